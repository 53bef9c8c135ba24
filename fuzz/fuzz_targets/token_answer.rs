//! Any answer a relay or Tesla can send: judged without a panic, and every
//! refusal has a message for the user.
#![no_main]

use libfuzzer_sys::fuzz_target;
use token_core::transport::http::HttpAnswer;
use token_core::oauth::token::{Grant, read_token_answer};
use token_core::transport::route::Route;

fuzz_target!(|input: (u16, bool, &str)| {
    let (status, refresh, body) = input;
    let answer = HttpAnswer { status, body: body.to_owned(), retry_after: None };
    let grant = if refresh { Grant::Refresh } else { Grant::Code };
    if let Err(error) = read_token_answer(Ok(answer), &Route::Relay("relay.example".into()), grant) {
        assert!(!error.to_string().is_empty());
    }
});
