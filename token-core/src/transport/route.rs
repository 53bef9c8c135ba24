//! What a request carries and how it travelled: shared by token requests
//! and owner-API calls, so both sit above this module, never beside it.

use crate::secret::Secret;

/// A request body and its `Content-Type`; the text is a [`Secret`], so `Debug` hides it.
#[derive(Debug)]
pub struct Body {
    /// `application/json` or `application/x-www-form-urlencoded`.
    pub content_type: &'static str,
    /// The encoded fields.
    pub text: Secret,
}

/// How a request travelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Through the relay at this host.
    Relay(String),
    /// Straight to Tesla (its endpoint answered the CORS probe).
    Direct,
}
