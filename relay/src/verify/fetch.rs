//! Fetches a copy of the page and every file it loads, with bounds: only
//! `https://` or loopback `http://` addresses, a few same-origin redirects,
//! a size cap per answer, connect and per-request timeouts, and a cap on the
//! number of files. Every answer is hostile input.

use super::html;
use super::verdict::{File, Page};
use std::net::IpAddr;
use std::time::Duration;
use url::Url;

/// Redirects followed per request, each to the same origin.
pub const MAX_REDIRECTS: usize = 3;
/// The largest answer read, in bytes (the release's wasm is well under 1 MiB).
pub const MAX_BYTES: usize = 8 * 1024 * 1024;
/// The most files one page may load.
pub const MAX_FILES: usize = 16;
/// The longest wait for a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a page or one of its files could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The address is not one `verify` fetches.
    #[error("{0}")]
    Address(String),
    /// No answer, or a broken one (connection, TLS, HTTP).
    #[error("{url}: {reason}")]
    Network {
        /// The address asked for.
        url: String,
        /// The client's reason.
        reason: String,
    },
    /// A redirect beyond the limit, or to another origin.
    #[error("{url}: redirected more than {MAX_REDIRECTS} times, or to another origin")]
    Redirect {
        /// The address asked for.
        url: String,
    },
    /// No answer within the time allowed.
    #[error("{url}: no complete answer within {seconds} s")]
    Slow {
        /// The address asked for.
        url: String,
        /// The time allowed, in seconds.
        seconds: u64,
    },
    /// An HTTP status other than 200.
    #[error("{url}: the server answered {status}")]
    Status {
        /// The address asked for.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// More than [`MAX_BYTES`].
    #[error("{url}: the answer is larger than {} MiB", MAX_BYTES / (1024 * 1024))]
    TooLarge {
        /// The address asked for.
        url: String,
    },
    /// A page that is not UTF-8 HTML, or loads too many files or files elsewhere.
    #[error("{0}")]
    Page(String),
}

/// The page address `text` names: `https://…`, or `http://` on a loopback
/// address (this computer), with no user name or password.
pub fn page_address(text: &str) -> Result<Url, FetchError> {
    let refuse = |why: &str| Err(FetchError::Address(format!("{text:?}: {why}")));
    let Ok(url) = Url::parse(text) else { return refuse("not an address (https://…)") };
    if !url.username().is_empty() || url.password().is_some() {
        return refuse("an address with a user name or password is refused");
    }
    let loopback = match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    };
    match url.scheme() {
        "https" if url.host().is_some() => Ok(url),
        "http" if loopback => Ok(url),
        "http" => refuse("http:// only on this computer (127.0.0.1, localhost); use https://"),
        _ => refuse("only https:// addresses (or http:// on this computer) are checked"),
    }
}

/// An HTTP client with the bounds above; `timeout` is per request.
pub struct Fetcher {
    client: reqwest::Client,
    timeout: Duration,
}

impl Fetcher {
    /// A client whose requests each end within `timeout`.
    pub fn new(timeout: Duration) -> Result<Self, FetchError> {
        let redirects = reqwest::redirect::Policy::custom(|attempt| {
            let same_origin =
                attempt.previous().first().is_some_and(|first| first.origin() == attempt.url().origin());
            if attempt.previous().len() > MAX_REDIRECTS || !same_origin {
                attempt.error("redirect refused")
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .redirect(redirects)
            .connect_timeout(CONNECT_TIMEOUT.min(timeout))
            .timeout(timeout)
            // A browser's name, not ours: a host must not tell verify from a
            // visitor by a header and serve each a different page (found in review).
            .user_agent(BROWSER_USER_AGENT)
            .build()
            .map_err(|error| FetchError::Page(format!("cannot set up the HTTP client: {error}")))?;
        Ok(Self { client, timeout })
    }

    /// The answer at `url` (redirects followed), once its status and declared
    /// size are checked; its body is still to read.
    async fn send(&self, url: &Url) -> Result<reqwest::Response, FetchError> {
        let answer = self.client.get(url.clone()).send().await.map_err(|error| self.failed(url, error))?;
        if answer.status() != reqwest::StatusCode::OK {
            return Err(FetchError::Status { url: url.to_string(), status: answer.status().as_u16() });
        }
        if answer.content_length().is_some_and(|length| length > MAX_BYTES as u64) {
            return Err(FetchError::TooLarge { url: url.to_string() });
        }
        Ok(answer)
    }

    /// The body of `answer`, the answer at `url`, up to [`MAX_BYTES`].
    async fn body(&self, url: &Url, mut answer: reqwest::Response) -> Result<Vec<u8>, FetchError> {
        let mut bytes = Vec::new();
        while let Some(chunk) = answer.chunk().await.map_err(|error| self.failed(url, error))? {
            if bytes.len() + chunk.len() > MAX_BYTES {
                return Err(FetchError::TooLarge { url: url.to_string() });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    }

    /// Why the request for `url` failed, as the client says it.
    fn failed(&self, url: &Url, error: reqwest::Error) -> FetchError {
        let url = url.to_string();
        if error.is_redirect() {
            FetchError::Redirect { url }
        } else if error.is_timeout() {
            FetchError::Slow { url, seconds: self.timeout.as_secs() }
        } else {
            let reason =
                std::error::Error::source(&error).map_or(error.to_string(), |source| source.to_string());
            FetchError::Network { url, reason }
        }
    }

    /// The page at `address` and every file its HTML loads, each from the
    /// page's own origin; returns the page's final address too.
    pub async fn page(&self, address: &Url) -> Result<(Url, Page), FetchError> {
        let answer = self.send(address).await?;
        let page_url = answer.url().clone();
        let served_headers = acted_on(answer.headers());
        let served_as = answer
            .headers()
            .get_all(reqwest::header::CONTENT_TYPE)
            .iter()
            .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
            .collect();
        let bytes = self.body(address, answer).await?;
        let html = String::from_utf8(bytes)
            .map_err(|_| FetchError::Page(format!("{page_url}: the page is not UTF-8 text")))?;
        let declared = html::read(&html).map_err(|error| FetchError::Page(format!("{page_url}: {error}")))?;
        if declared.files.len() > MAX_FILES {
            return Err(FetchError::Page(format!("{page_url}: the page loads more than {MAX_FILES} files")));
        }
        let mut files = Vec::new();
        for loaded in &declared.files {
            let url = page_url.join(loaded.href.trim()).map_err(|_| {
                FetchError::Page(format!("{page_url}: the page loads {:?}, not an address", loaded.href))
            })?;
            if url.origin() != page_url.origin() {
                return Err(FetchError::Page(format!(
                    "{page_url}: the page loads {url} from another origin (the release loads only its own files)"
                )));
            }
            let bytes = self.body(&url, self.send(&url).await?).await?;
            let name = url.path_segments().and_then(|mut segments| segments.next_back()).unwrap_or_default();
            files.push(File { name: name.to_owned(), integrity: loaded.integrity.clone(), bytes });
        }
        Ok((page_url, Page { declared, files, served_headers, served_as }))
    }
}

/// The headers of a page's answer that a browser acts on beyond its body,
/// as the release's page is never served: `Refresh` sends the reader to
/// another address (as `<meta http-equiv=refresh>` does), `Link` loads what
/// it names with the page (Firefox applies a `rel=stylesheet`, which the
/// page's `style-src 'self'` admits). A `Link` that only preloads the
/// page's own files is no difference (`verdict::only_preloads`).
pub const ACTED_ON_HEADERS: [&str; 2] = ["Refresh", "Link"];

/// Each of [`ACTED_ON_HEADERS`] in `headers`, name and value, one per line
/// the server sent.
fn acted_on(headers: &reqwest::header::HeaderMap) -> Vec<(String, String)> {
    ACTED_ON_HEADERS
        .iter()
        .flat_map(|&name| {
            headers
                .get_all(name)
                .iter()
                .map(move |value| (name.to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
        })
        .collect()
}

/// The User-Agent verify sends: a current desktop Chrome's.
const BROWSER_USER_AGENT: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_addresses_are_taken() {
        for ok in
            ["https://me.github.io/repo/", "http://127.0.0.1:8787/", "http://localhost:1/", "http://[::1]:2/"]
        {
            assert!(page_address(ok).is_ok(), "{ok}");
        }
        for refused in [
            "http://example.com/",
            "http://192.168.1.2/",
            "ftp://127.0.0.1/",
            "file:///etc/passwd",
            "https://user:pw@example.com/",
            "example.com",
            "",
        ] {
            assert!(matches!(page_address(refused), Err(FetchError::Address(_))), "{refused}");
        }
    }
}
