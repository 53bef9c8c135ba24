//! token-relay: forwards a web page's requests to Tesla, which sends no CORS
//! headers, and hands the answers back with CORS for allowed origins only.
//!
//! Small enough to audit in one sitting: `upstream` decides where a request
//! may go, `cors` which pages may ask, `limits` how much, `serve` how long
//! a connection may take, `relay` does the forwarding, `refusal` says why
//! not, `served_page` serves the built page itself (`--page`), and `verify`
//! checks a hosted copy of the page against the release's.

pub mod config;
pub mod cors;
pub mod limits;
pub mod log;
pub mod refusal;
pub mod relay;
pub mod serve;
pub mod served_page;
pub mod upstream;
pub mod verify;
