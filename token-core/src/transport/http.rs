//! What came back from a request, as plain data the core can judge.

/// An HTTP answer as the browser received it through the relay.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpAnswer {
    /// The status code.
    pub status: u16,
    /// The body as text (lossy for non-UTF-8 bytes).
    pub body: String,
    /// `Retry-After`, on a rate-limited answer.
    pub retry_after: Option<String>,
}

/// The body may hold tokens: `Debug` shows only its length.
impl std::fmt::Debug for HttpAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpAnswer")
            .field("status", &self.status)
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

/// A request that produced no HTTP answer at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportFailure {
    /// The browser could not connect or the relay's CORS answer was refused;
    /// a page cannot tell these apart.
    Unreachable,
    /// No answer within the page's own time limit.
    TimedOut,
}

/// The page's own limit, above the relay's 30 s upstream limit so that the
/// relay's clearer timeout message arrives first.
pub const REQUEST_TIMEOUT_MS: u32 = 40_000;

/// If the relay itself refused or failed (its JSON `{"relay_error": …}`),
/// the reason it gave.
pub fn relay_error(answer: &HttpAnswer) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct RelayError {
        relay_error: String,
    }
    if answer.status < 400 {
        return None;
    }
    serde_json::from_str::<RelayError>(&answer.body).ok().map(|e| e.relay_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_body() {
        let answer =
            HttpAnswer { status: 200, body: r#"{"access_token":"eyJsecret"}"#.into(), retry_after: None };
        let shown = format!("{answer:?}");
        assert!(!shown.contains("eyJsecret") && shown.contains("28 bytes"), "{shown}");
    }

    #[test]
    fn relay_errors_are_recognised_only_on_failures() {
        let refusal = HttpAnswer {
            status: 403,
            body: r#"{"relay_error":"origin not allowed"}"#.into(),
            retry_after: None,
        };
        assert_eq!(relay_error(&refusal).as_deref(), Some("origin not allowed"));
        let ok = HttpAnswer { status: 200, body: r#"{"relay_error":"x"}"#.into(), retry_after: None };
        assert_eq!(relay_error(&ok), None);
        let tesla =
            HttpAnswer { status: 400, body: r#"{"error":"invalid_grant"}"#.into(), retry_after: None };
        assert_eq!(relay_error(&tesla), None);
    }
}
