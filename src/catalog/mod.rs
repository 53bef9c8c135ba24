//! Every word the owner reads that the code shows, in English: one function
//! per kind of typed value the core hands the view (`token_core` speaks in
//! types, never in sentences). Another language is another catalog with the
//! same functions.
//!
//! - [`oauth`]: the login, the paste, token answers, refresh, your own app,
//!   relay settings.
//! - [`owner_api`]: using the token: calls, answers, the timeline.
//! - [`display`]: claims, exports, durations, this copy, the browser help.
//! - [`page`]: the page's own messages and questions.
//! - [`this_copy`]: "This copy" and how to verify it.

pub mod display;
pub mod oauth;
pub mod owner_api;
pub mod page;
pub mod this_copy;
