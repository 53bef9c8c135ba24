//! Any paste: never a panic, and an accepted one names a trusted issuer,
//! carries this flow's state and a non-empty code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use token_core::oauth::callback::parse_callback;
use token_core::settings::{AUTH_BASE, trusted_issuers};

const STATE: &str = "fuzz-state";

fuzz_target!(|pasted: &str| {
    if let Ok(callback) = parse_callback(pasted, STATE, AUTH_BASE, trusted_issuers()) {
        assert!(trusted_issuers().contains(&callback.issuer.as_str()), "{}", callback.issuer);
        assert!(!callback.code.expose().is_empty());
        assert!(pasted.contains(STATE));
    }
});
