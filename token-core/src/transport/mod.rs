//! How requests travel: what they carry, what came back, which relay,
//! the page's security policy, and direct mode. (The relay setting's
//! syntax is [`crate::settings::relay`], which the build check shares.)

pub mod choice;
pub mod http;
pub mod io;
pub mod policy;
pub mod route;
pub mod via;
