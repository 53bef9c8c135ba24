//! For the native tests: an [`Io`] that answers from a script and keeps a
//! simulated clock, and a `block_on` for its futures (which never wait).

use crate::page::{Event, PageIo, Ticket};
use crate::transport::http::{HttpAnswer, TransportFailure};
use crate::transport::io::{HttpRequest, Io};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

/// Runs a future whose every await is ready at once.
pub fn block_on<F: Future>(future: F) -> F::Output {
    struct Noop;
    impl Wake for Noop {
        fn wake(self: Arc<Self>) {}
    }
    let waker = Waker::from(Arc::new(Noop));
    let mut context = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

/// One request as it was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub method: &'static str,
    pub url: String,
    pub bearer: Option<String>,
    pub body: Option<String>,
}

/// Answers requests in order from a script; sleeping moves its clock.
#[derive(Default)]
pub struct ScriptedIo {
    answers: RefCell<VecDeque<Result<HttpAnswer, TransportFailure>>>,
    pub sent: RefCell<Vec<Sent>>,
    pub now_ms: Cell<f64>,
    /// Answers `wanted` with this (a cancel or forget sets it false).
    pub still_wanted: Cell<bool>,
}

impl ScriptedIo {
    /// An IO that answers `answers`, in order: `(status, body)`.
    pub fn answering(answers: &[(u16, &str)]) -> Self {
        let io = Self { still_wanted: Cell::new(true), now_ms: Cell::new(1_000_000.0), ..Self::default() };
        for (status, body) in answers {
            io.then(*status, body);
        }
        io
    }

    /// Adds an answer to the script.
    pub fn then(&self, status: u16, body: &str) {
        self.answers.borrow_mut().push_back(Ok(HttpAnswer { status, body: body.into(), retry_after: None }));
    }

    /// The URLs requested, in order.
    pub fn urls(&self) -> Vec<String> {
        self.sent.borrow().iter().map(|sent| format!("{} {}", sent.method, sent.url)).collect()
    }
}

impl Io for ScriptedIo {
    async fn send(&self, request: HttpRequest) -> Result<HttpAnswer, TransportFailure> {
        self.sent.borrow_mut().push(Sent {
            method: request.method,
            url: request.url,
            bearer: request.bearer.map(|b| b.expose().to_owned()),
            body: request.body.map(|b| b.text.expose().to_owned()),
        });
        self.answers.borrow_mut().pop_front().unwrap_or(Err(TransportFailure::Unreachable))
    }

    async fn sleep(&self, ms: f64) {
        self.now_ms.set(self.now_ms.get() + ms);
    }

    fn now_ms(&self) -> f64 {
        self.now_ms.get()
    }
}

impl PageIo for ScriptedIo {
    /// The page tests hand each job's answer to the page themselves.
    fn report(&self, _: Event) {}

    fn wanted(&self, _: Ticket) -> bool {
        self.still_wanted.get()
    }
}

/// A JWT with `claims` and a stand-in RS256 signature as long as a real one
/// (342 characters: the page never trusts claims, but refuses a cut-off token).
pub fn jwt(claims: &str) -> String {
    use base64::Engine;
    let encode = |text: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text);
    format!("{}.{}.{}", encode(r#"{"alg":"RS256"}"#), encode(claims), "s".repeat(342))
}

/// A token answer of Tesla's, with tokens named after `tag`.
pub fn token_answer(tag: &str) -> String {
    let access = jwt(&format!(
        r#"{{"iss":"https://auth.tesla.com/oauth2/v3","aud":["https://owner-api.teslamotors.com/"],"exp":9999999999,"sub":"{tag}"}}"#
    ));
    format!(r#"{{"access_token":"{access}","refresh_token":"{tag}-refresh","expires_in":28800}}"#)
}

/// Tokens as the page holds them, named after `tag`.
pub fn set(tag: &str) -> crate::oauth::token::TokenSet {
    use crate::oauth::token::{TokenSet, Tokens};
    use crate::secret::Secret;
    TokenSet {
        tokens: Tokens {
            access_token: Secret::new(format!("{tag}-access")),
            refresh_token: Secret::new(format!("{tag}-refresh")),
            id_token: None,
            expires_in: 28_800,
        },
        refresh_kept: false,
        issuer: crate::tesla::AUTH_ISSUER.into(),
        client_id: crate::tesla::CLIENT_ID.into(),
        received_at_ms: 0.0,
    }
}
