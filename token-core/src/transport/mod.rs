//! How requests travel: what they carry, what came back, the relay
//! setting, the page's security policy, and direct mode.

pub mod choice;
pub mod http;
pub mod io;
pub mod policy;
pub mod relay;
pub mod route;
pub mod via;
