//! What the browser tests (`tests/`) and the benchmark (`bench/`) share,
//! so that each is written once: the one list of Chromium's command-line
//! flags ([`chromium`]), the one way a child process is started with its
//! output captured and killed when its handle drops ([`process`]), and
//! WebDriver start-up on a free loopback port ([`webdriver`]).

pub mod chromium;
pub mod ports;
pub mod process;
pub mod webdriver;

pub use process::{Process, ProcessError};
pub use webdriver::WebDriver;
