//! How requests travel: what came back, the relay setting, the page's
//! security policy, and direct mode.

pub mod choice;
pub mod http;
pub mod io;
pub mod policy;
pub mod relay;
pub mod via;
