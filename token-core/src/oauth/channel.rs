//! The message a Fleet login tab, back on this page, hands to the tab that
//! holds the verifier, over a same-origin `BroadcastChannel` (no storage).

use crate::oauth::callback::MAX_CODE_LEN;
use crate::secret::Secret;
use crate::text::{echo, is_url_safe};
use serde::{Deserialize, Serialize};

/// The channel's name.
pub const CHANNEL: &str = "tesla-token-page";

/// The longest message accepted.
const MAX_MESSAGE_BYTES: usize = 8 * 1024;

/// What the login tab found in its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginResult {
    /// Tesla issued a code.
    Code { code: Secret, state: String, issuer: Option<String> },
    /// Tesla refused or the user cancelled.
    Refused { error: String, description: String, state: String },
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
enum Wire {
    #[serde(rename = "tesla-login-result/1")]
    Result {
        code: Option<String>,
        state: String,
        issuer: Option<String>,
        error: Option<String>,
        error_description: Option<String>,
    },
}

/// Why a message or an address is not a login result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChannelError {
    #[error("not a login result")]
    NotAResult,
    #[error("the code in the login result is not plausible")]
    BadCode,
}

impl LoginResult {
    /// Reads a page address's query (`?code=…&state=…` or `?error=…`);
    /// `None` if it is not a login result at all (a plain visit).
    pub fn from_query(query: &str) -> Option<Result<Self, ChannelError>> {
        let mut fields = std::collections::HashMap::new();
        for (key, value) in url::form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            fields.entry(key.into_owned()).or_insert_with(|| value.into_owned());
        }
        let state = fields.remove("state")?;
        if !fields.contains_key("code") && !fields.contains_key("error") {
            return None;
        }
        Some(Self::checked(
            fields.remove("code"),
            state,
            fields.remove("issuer"),
            fields.remove("error"),
            fields.remove("error_description"),
        ))
    }

    fn checked(
        code: Option<String>,
        state: String,
        issuer: Option<String>,
        error: Option<String>,
        description: Option<String>,
    ) -> Result<Self, ChannelError> {
        if !is_url_safe(&state, 512) {
            return Err(ChannelError::NotAResult);
        }
        match (code, error) {
            (_, Some(error)) => Ok(Self::Refused {
                error: echo(&error),
                description: echo(description.as_deref().unwrap_or_default()),
                state,
            }),
            (Some(code), None) if is_url_safe(&code, MAX_CODE_LEN) => {
                Ok(Self::Code { code: Secret::new(code), state, issuer: issuer.map(|i| echo(&i)) })
            }
            (Some(_), None) => Err(ChannelError::BadCode),
            (None, None) => Err(ChannelError::NotAResult),
        }
    }

    /// The message posted on the channel.
    pub fn to_message(&self) -> String {
        let wire = match self {
            Self::Code { code, state, issuer } => Wire::Result {
                code: Some(code.expose().to_owned()),
                state: state.clone(),
                issuer: issuer.clone(),
                error: None,
                error_description: None,
            },
            Self::Refused { error, description, state } => Wire::Result {
                code: None,
                state: state.clone(),
                issuer: None,
                error: Some(error.clone()),
                error_description: Some(description.clone()),
            },
        };
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// Reads a message from the channel. Anything could arrive there from
    /// another tab of this origin, so it is checked like a paste.
    pub fn from_message(message: &str) -> Result<Self, ChannelError> {
        if message.len() > MAX_MESSAGE_BYTES {
            return Err(ChannelError::NotAResult);
        }
        let Ok(Wire::Result { code, state, issuer, error, error_description }) =
            serde_json::from_str(message)
        else {
            return Err(ChannelError::NotAResult);
        };
        Self::checked(code, state, issuer, error, error_description)
    }

    /// The `state` the result claims to belong to.
    pub fn state(&self) -> &str {
        match self {
            Self::Code { state, .. } | Self::Refused { state, .. } => state,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_survives_the_channel() {
        let result = LoginResult::from_query(
            "?code=NA_abc-123&state=st_1&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3&locale=en-US",
        )
        .unwrap()
        .unwrap();
        let message = result.to_message();
        assert!(message.starts_with(r#"{"kind":"tesla-login-result/1""#), "{message}");
        assert_eq!(LoginResult::from_message(&message), Ok(result));
    }

    #[test]
    fn refusals_travel_too() {
        let result = LoginResult::from_query(
            "error=login_cancelled&error_description=User%20cancelled%20login&state=s",
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            result,
            LoginResult::Refused {
                error: "login_cancelled".into(),
                description: "User cancelled login".into(),
                state: "s".into()
            }
        );
        assert_eq!(LoginResult::from_message(&result.to_message()), Ok(result));
    }

    #[test]
    fn plain_visits_are_not_login_results() {
        for query in ["", "?relay=http%3A%2F%2F127.0.0.1%3A8787%2F", "?state=x", "?code=abc"] {
            assert_eq!(LoginResult::from_query(query), None, "{query}");
        }
    }

    #[test]
    fn hostile_messages_are_refused() {
        for message in [
            "",
            "null",
            "[]",
            r#"{"kind":"other","state":"s"}"#,
            r#"{"kind":"tesla-login-result/1","state":"s"}"#,
            r#"{"kind":"tesla-login-result/1","state":"s","code":"a\"b"}"#,
            r#"{"kind":"tesla-login-result/1","state":"s","code":"ok","extra":1}"#,
            r#"{"kind":"tesla-login-result/1","state":"","code":"ok"}"#,
            r#"{"kind":"tesla-login-result/1","state":"<script>","code":"ok"}"#,
        ] {
            assert!(LoginResult::from_message(message).is_err(), "{message}");
        }
        let huge =
            format!(r#"{{"kind":"tesla-login-result/1","state":"s","code":"{}"}}"#, "a".repeat(10_000));
        assert!(LoginResult::from_message(&huge).is_err());
        assert_eq!(LoginResult::from_query("?code=%22x&state=s"), Some(Err(ChannelError::BadCode)));
    }
}
