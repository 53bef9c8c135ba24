//! Tesla's OAuth: the login link, the pasted callback, token requests and
//! their answers, refresh, and logins of your own (Fleet) app.

pub mod authorize;
pub mod callback;
pub mod channel;
pub mod fleet;
pub mod pkce;
pub mod reference;
pub mod refresh;
pub mod region;
pub mod token;
