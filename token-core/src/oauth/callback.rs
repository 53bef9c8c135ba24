//! Step 2: turning whatever the user pasted into a code and an issuer.
//!
//! Tolerant about form (bare URL, console line, `location:` header, legacy
//! `void/callback` URL, bare query string, quotes or brackets around it) and
//! strict about meaning (this flow's `state`, a trusted issuer, a plausible
//! code). Nothing here sends anything: a refused paste goes nowhere.

use crate::oauth::reference::ReferenceId;
use crate::secret::Secret;
use crate::tesla;
use crate::text::{echo, is_url_safe};
use url::Url;

/// More than any real callback URL (they are well under 2 KB); a paste above
/// this is refused before it is searched.
pub const MAX_PASTE_BYTES: usize = 16 * 1024;

/// The longest code accepted; Tesla's are far shorter.
pub const MAX_CODE_LEN: usize = 2048;

/// A callback that belongs to this flow and may be exchanged.
#[derive(Debug, PartialEq, Eq)]
pub struct Callback {
    /// The one-time authorization code.
    pub code: Secret,
    /// The trusted issuer whose token endpoint receives the code.
    pub issuer: String,
}

/// Why a paste cannot be used; nothing is sent for any of them. The page's
/// catalog says each in the owner's words, with what to do next; `Display`
/// is a terse line for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasteError {
    /// Nothing but whitespace.
    #[error("empty paste")]
    Empty,
    /// More than [`MAX_PASTE_BYTES`].
    #[error("paste too long")]
    TooLong,
    /// The `…/authorize?…` login link itself.
    #[error("the authorize link, not the callback")]
    AuthorizeLink,
    /// No callback's query in it.
    #[error("no callback found")]
    NotACallback,
    /// `…/authorize/complete?transaction_id=…`, the address before the redirect
    /// that Firefox's Console shows: it holds no code.
    #[error("the address before the redirect")]
    BeforeTheRedirect,
    /// The callback carries Tesla's refusal (`error`), cleaned.
    #[error("login refused: {error} ({description})")]
    TeslaRefused {
        /// Tesla's `error` code.
        error: String,
        /// Tesla's `error_description`, or empty.
        description: String,
        /// Tesla's reference for the refusal, from `error_uri`.
        reference: Option<ReferenceId>,
    },
    /// No `state`.
    #[error("no state")]
    MissingState,
    /// A `state` this page did not start.
    #[error("state mismatch")]
    StateMismatch,
    /// No `code`.
    #[error("no code")]
    MissingCode,
    /// A code with characters or a length Tesla's never have.
    #[error("malformed code")]
    MalformedCode,
    /// An `issuer`, cleaned, that is not one of Tesla's.
    #[error("untrusted issuer {0}")]
    UntrustedIssuer(String),
    /// This query parameter more than once.
    #[error("{0} repeated")]
    Repeated(&'static str),
}

/// Parses a paste and checks it against this flow's `state` and the
/// trusted issuers. `default_issuer` is used when the URL names none.
pub fn parse_callback<'a>(
    pasted: &str,
    expected_state: &str,
    default_issuer: &str,
    trusted_issuers: impl IntoIterator<Item = &'a str>,
) -> Result<Callback, PasteError> {
    let params = CallbackParams::find(pasted)?;
    if let Some(error) = params.error {
        return Err(PasteError::TeslaRefused {
            description: echo(params.error_description.as_deref().unwrap_or_default()),
            error: echo(&error),
            reference: params.error_uri.as_deref().and_then(ReferenceId::from_error_uri),
        });
    }
    match params.state {
        None => return Err(PasteError::MissingState),
        Some(state) if state != expected_state => return Err(PasteError::StateMismatch),
        Some(_) => {}
    }
    let code = params.code.filter(|c| !c.is_empty()).ok_or(PasteError::MissingCode)?;
    if !is_url_safe(&code, MAX_CODE_LEN) {
        return Err(PasteError::MalformedCode);
    }
    let issuer = params.issuer.unwrap_or_else(|| default_issuer.to_owned());
    let issuer = issuer.trim_end_matches('/');
    if !trusted_issuers.into_iter().any(|trusted| trusted == issuer) {
        return Err(PasteError::UntrustedIssuer(echo(issuer)));
    }
    Ok(Callback { code: Secret::new(code), issuer: issuer.to_owned() })
}

/// The callback's query parameters, each at most once.
#[derive(Default)]
struct CallbackParams {
    code: Option<String>,
    state: Option<String>,
    issuer: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
    error_uri: Option<String>,
}

impl CallbackParams {
    fn find(pasted: &str) -> Result<Self, PasteError> {
        if pasted.len() > MAX_PASTE_BYTES {
            return Err(PasteError::TooLong);
        }
        if pasted.trim().is_empty() {
            return Err(PasteError::Empty);
        }
        // Copied from view-source or an HTML log, `&` arrives escaped.
        let pasted = pasted.replace("&amp;", "&");
        let query = locate_query(&pasted)?;
        let params = Self::from_query(&query)?;
        if params.code.is_none() && params.state.is_none() && params.error.is_none() {
            return Err(PasteError::NotACallback);
        }
        Ok(params)
    }

    fn from_query(query: &str) -> Result<Self, PasteError> {
        let mut params = Self::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let (slot, name) = match key.as_ref() {
                "code" => (&mut params.code, "code"),
                "state" => (&mut params.state, "state"),
                "issuer" => (&mut params.issuer, "issuer"),
                "error" => (&mut params.error, "error"),
                "error_description" => (&mut params.error_description, "error_description"),
                "error_uri" => (&mut params.error_uri, "error_uri"),
                _ => continue,
            };
            if slot.replace(value.into_owned()).is_some() {
                return Err(PasteError::Repeated(name));
            }
        }
        Ok(params)
    }
}

/// Finds the query string in a paste: in a `tesla://` URL wherever it
/// stands, else in an `http(s)://` URL that has one, else the paste itself.
fn locate_query(pasted: &str) -> Result<String, PasteError> {
    let web_url = url_token(pasted, "https://")
        .or_else(|| url_token(pasted, "http://"))
        .and_then(|token| Url::parse(token).ok());
    // Checked first: a decoded authorize link holds `tesla://` in redirect_uri.
    if web_url.as_ref().is_some_and(|url| url.path().trim_end_matches('/').ends_with(tesla::AUTHORIZE_PATH)) {
        return Err(PasteError::AuthorizeLink);
    }
    if let Some(token) = url_token(pasted, tesla::REDIRECT_URI_START) {
        let url = Url::parse(token).map_err(|_| PasteError::NotACallback)?;
        return Ok(url.query().unwrap_or_default().to_owned());
    }
    if web_url
        .as_ref()
        .is_some_and(|url| url.path().trim_end_matches('/').ends_with(tesla::AUTHORIZE_COMPLETE_PATH))
    {
        return Err(PasteError::BeforeTheRedirect);
    }
    if let Some(query) = web_url.as_ref().and_then(Url::query) {
        return Ok(query.to_owned());
    }
    // A bare query string; it may hold a decoded `issuer=https://…`.
    let bare = strip_wrapping(pasted);
    Ok(bare.split_once('?').map_or(bare, |(_, query)| query).to_owned())
}

/// The URL starting with `scheme` (any case), up to the first character
/// that cannot be part of a pasted URL.
fn url_token<'a>(pasted: &'a str, scheme: &str) -> Option<&'a str> {
    let start = pasted.to_ascii_lowercase().find(scheme)?;
    pasted[start..].split(|c: char| c.is_whitespace() || WRAPPERS.contains(c)).next()
}

/// Quotes and brackets a URL may come wrapped in, typographic ones included
/// (Firefox's Console writes “…”).
const WRAPPERS: &str = "\"'`<>“”‘’«»„‚";

/// Removes whitespace, quotes and angle brackets around a paste.
fn strip_wrapping(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || WRAPPERS.contains(c))
}

#[cfg(test)]
mod tests;
