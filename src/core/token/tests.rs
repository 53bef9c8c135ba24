use super::*;

const RELAY: &str = "127.0.0.1:8787";

fn answer(status: u16, body: &str) -> Result<HttpAnswer, TransportFailure> {
    Ok(HttpAnswer { status, body: body.into() })
}

fn read(status: u16, body: &str) -> Result<Tokens, ExchangeError> {
    read_token_answer(answer(status, body), RELAY)
}

#[test]
fn authorization_code_body_is_teslas_json_grant() {
    let callback = Callback { code: Secret::new("NA_abc"), issuer: "https://auth.tesla.cn/oauth2/v3".into() };
    let verifier = PkceVerifier::from_random_bytes(&[3; 64]);
    let request = authorization_code_request(&callback, &verifier);
    assert_eq!(request.endpoint, "https://auth.tesla.cn/oauth2/v3/token");
    let body: serde_json::Value = serde_json::from_str(request.body.expose()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "grant_type": "authorization_code",
            "client_id": "ownerapi",
            "code": "NA_abc",
            "code_verifier": verifier.secret(),
            "redirect_uri": "tesla://auth/callback",
        })
    );
    assert!(!format!("{request:?}").contains("NA_abc"));
}

#[test]
fn success_gives_all_three_tokens() {
    let tokens = read(
        200,
        r#"{"access_token":"eyJa.b.c","refresh_token":"eyJr.s.t","id_token":"eyJi.d.t","expires_in":28800,"state":"x","token_type":"Bearer"}"#,
    )
    .unwrap();
    assert_eq!(tokens.access_token.expose(), "eyJa.b.c");
    assert_eq!(tokens.refresh_token.expose(), "eyJr.s.t");
    assert_eq!(tokens.id_token.unwrap().expose(), "eyJi.d.t");
    assert_eq!(tokens.expires_in, 28_800);
}

#[test]
fn missing_lifetime_defaults_to_eight_hours() {
    let tokens = read(200, r#"{"access_token":"a","refresh_token":"r"}"#).unwrap();
    assert_eq!(tokens.expires_in, 28_800);
    assert_eq!(tokens.id_token, None);
}

#[test]
fn success_without_usable_tokens_is_incomplete() {
    for body in [
        r#"{"access_token":"a"}"#,
        r#"{"refresh_token":"r"}"#,
        r#"{"access_token":"","refresh_token":"r"}"#,
        r#"{"access_token":"a b","refresh_token":"r"}"#,
        r#"{"access_token":"<script>\n","refresh_token":"r"}"#,
        r#"{}"#,
    ] {
        assert_eq!(read(200, body), Err(ExchangeError::IncompleteTokens), "{body}");
    }
    let huge = format!(r#"{{"access_token":"{}","refresh_token":"r"}}"#, "a".repeat(MAX_TOKEN_LEN + 1));
    assert_eq!(read(200, &huge), Err(ExchangeError::IncompleteTokens));
}

#[test]
fn teslas_refusals_have_their_own_meaning() {
    let grant = r#"{"error":"invalid_grant","error_description":"The authorization code is invalid","error_uri":"x"}"#;
    assert_eq!(read(400, grant), Err(ExchangeError::CodeUsedOrExpired));
    assert_eq!(read(401, r#"{"error":"invalid_auth_code"}"#), Err(ExchangeError::CodeUsedOrExpired));
    assert_eq!(
        read(400, r#"{"error":"invalid_request","error_description":"Invalid code_verifier"}"#),
        Err(ExchangeError::InvalidVerifier("Invalid code_verifier".into()))
    );
    assert_eq!(read(401, r#"{"error":"login_required"}"#), Err(ExchangeError::LoginRequired));
    assert_eq!(
        read(400, r#"{"error":"unsupported_grant_type","error_description":"nope"}"#),
        Err(ExchangeError::TeslaRefused {
            status: 400,
            error: "unsupported_grant_type".into(),
            description: "nope".into()
        })
    );
    assert_eq!(read(503, r#"{"error":"server_error"}"#), Err(ExchangeError::TeslaUnavailable(503)));
}

#[test]
fn html_and_garbage_answers_are_explained() {
    let akamai = "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>…</BODY></HTML>";
    assert_eq!(read(403, akamai), Err(ExchangeError::AccessDenied));
    assert_eq!(read(502, "<html>Bad Gateway</html>"), Err(ExchangeError::TeslaUnavailable(502)));
    assert_eq!(read(200, "<!doctype html><title>not a relay</title>"), Err(ExchangeError::NotJson(200)));
    assert_eq!(read(404, "Not Found"), Err(ExchangeError::NotJson(404)));
    assert_eq!(read(200, ""), Err(ExchangeError::NotJson(200)));
}

#[test]
fn relay_refusals_and_timeouts_are_the_relays() {
    assert_eq!(
        read(403, r#"{"relay_error":"upstream host evil.example is not allowed"}"#),
        Err(ExchangeError::RelayRefused("upstream host evil.example is not allowed".into()))
    );
    assert_eq!(read(504, r#"{"relay_error":"upstream timed out"}"#), Err(ExchangeError::TimedOut));
}

#[test]
fn transport_failures_name_the_relay() {
    let unreachable = read_token_answer(Err(TransportFailure::Unreachable), RELAY).unwrap_err();
    assert_eq!(unreachable, ExchangeError::RelayUnreachable(RELAY.into()));
    assert!(unreachable.to_string().contains("127.0.0.1:8787"));
    assert_eq!(read_token_answer(Err(TransportFailure::TimedOut), RELAY), Err(ExchangeError::TimedOut));
}

#[test]
fn hostile_descriptions_are_cut_short() {
    let body = format!(r#"{{"error":"x","error_description":"{}"}}"#, "y".repeat(10_000));
    let Err(ExchangeError::TeslaRefused { description, .. }) = read(400, &body) else {
        panic!("expected a refusal")
    };
    assert!(description.chars().count() < 200);
}
