//! Any answer a relay or Tesla can send: judged without a panic, and every
//! refusal has a message for the user.
#![no_main]

use libfuzzer_sys::fuzz_target;
use token_core::oauth::callback::parse_callback;
use token_core::oauth::pkce::PkceVerifier;
use token_core::oauth::token::{TokenRequest, authorization_code_request, read_token_answer, refresh_request};
use token_core::secret::Secret;
use token_core::settings::{AUTH_BASE, trusted_issuers};
use token_core::transport::http::HttpAnswer;
use token_core::transport::route::Route;

/// The request an answer is read for: a login's code, or a refresh.
fn request(refresh: bool) -> TokenRequest {
    if refresh {
        return refresh_request(AUTH_BASE, &Secret::new("a-refresh-token"));
    }
    let pasted = format!("tesla://auth/callback?code=NA_code&state=s&issuer={AUTH_BASE}");
    let callback = parse_callback(&pasted, "s", AUTH_BASE, trusted_issuers()).expect("a well-formed callback");
    authorization_code_request(&callback, &PkceVerifier::from_random_bytes(&[7; 32]))
}

fuzz_target!(|input: (u16, bool, &str)| {
    let (status, refresh, body) = input;
    let answer = HttpAnswer { status, body: body.to_owned(), retry_after: None };
    let route = Route::Relay("relay.example".into());
    if let Err(error) = read_token_answer(Ok(answer), &route, &request(refresh)) {
        assert!(!error.to_string().is_empty());
    }
});
