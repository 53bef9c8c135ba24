//! Any pasted token: decoding its claims never panics, and whatever it
//! yields can be shown.
#![no_main]

use libfuzzer_sys::fuzz_target;
use token_core::claims::inspect;

fuzz_target!(|text: &str| {
    match inspect(text) {
        Ok(kind) => drop(format!("{kind:?}")),
        Err(error) => drop(error.to_string()),
    }
});
