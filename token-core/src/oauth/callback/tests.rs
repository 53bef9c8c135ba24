use super::*;
use crate::text::MAX_ECHO_CHARS;

const STATE: &str = "flow-state-123";
const TESLA: &str = "https://auth.tesla.com/oauth2/v3";
const TESLA_CN: &str = "https://auth.tesla.cn/oauth2/v3";
const TRUSTED: [&str; 2] = [TESLA, TESLA_CN];

fn parse(pasted: &str) -> Result<Callback, PasteError> {
    parse_callback(pasted, STATE, TESLA, TRUSTED)
}

fn accepted(pasted: &str) -> (String, String) {
    let callback = parse(pasted).unwrap_or_else(|e| panic!("refused {pasted:?}: {e}"));
    (callback.code.expose().to_owned(), callback.issuer)
}

const CALLBACK: &str = "tesla://auth/callback?locale=en-US&code=NA_0a1b2c3d&state=flow-state-123&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3";

#[test]
fn every_form_people_paste_gives_the_same_code() {
    let forms = [
        CALLBACK.to_owned(),
        format!("  \n{CALLBACK}\n\t"),
        format!("\"{CALLBACK}\""),
        format!("'{CALLBACK}'"),
        format!("<{CALLBACK}>"),
        format!("`{CALLBACK}`"),
        format!("“{CALLBACK}”"),
        format!("‘{CALLBACK}’"),
        format!("«{CALLBACK}»"),
        format!("Location: “{CALLBACK}”"),
        // Firefox's "Copy All" of the response headers.
        format!("HTTP/2 302\ncontent-type: text/html\nlocation: {CALLBACK}\nx-frame-options: DENY\n"),
        format!(
            "Failed to launch '{CALLBACK}' because the scheme does not have a registered handler."
        ),
        format!("authorize?…:1 Failed to launch '{CALLBACK}' because the scheme does not have a registered handler."),
        format!("location: {CALLBACK}"),
        format!("Location: {CALLBACK}\r\n"),
        CALLBACK.replace("tesla://", "TESLA://"),
        CALLBACK.replace('&', "&amp;"),
        "https://auth.tesla.com/void/callback?code=NA_0a1b2c3d&state=flow-state-123&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3".into(),
        "code=NA_0a1b2c3d&state=flow-state-123&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3".into(),
        "?code=NA_0a1b2c3d&state=flow-state-123".into(),
        "code=NA_0a1b2c3d&state=flow-state-123&issuer=https://auth.tesla.com/oauth2/v3".into(),
        "locale=en-US&code=NA_0a1b2c3d&state=flow-state-123&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3%2F".into(),
    ];
    for form in forms {
        assert_eq!(accepted(&form), ("NA_0a1b2c3d".into(), TESLA.into()), "form: {form:?}");
    }
}

#[test]
fn firefox_console_lines_and_the_url_before_the_redirect_point_to_the_network_panel() {
    let before = "https://auth.tesla.com/oauth2/v3/authorize/complete?transaction_id=abc123XYZ";
    for pasted in [
        format!("Prevented navigation to “{before}” due to an unknown protocol."),
        before.to_owned(),
        format!("GET {before}"),
    ] {
        let refusal = parse(&pasted).expect_err(&pasted);
        assert_eq!(refusal, PasteError::BeforeTheRedirect, "{pasted}");
    }
}

#[test]
fn china_issuer_is_kept_for_the_exchange() {
    let pasted = CALLBACK.replace("auth.tesla.com", "auth.tesla.cn");
    assert_eq!(accepted(&pasted).1, TESLA_CN);
}

#[test]
fn missing_issuer_falls_back_to_the_login_issuer() {
    assert_eq!(accepted("tesla://auth/callback?code=EU_abc&state=flow-state-123").1, TESLA);
}

#[test]
fn untrusted_issuer_is_refused_and_named() {
    for issuer in [
        "https%3A%2F%2Fevil.example%2Foauth2%2Fv3",
        "https%3A%2F%2Fauth.tesla.com.evil.example%2Foauth2%2Fv3",
        "http%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3",
        "https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3%2F..%2F..%2Fevil",
        "https%3A%2F%2Fauth.tesla.com%40evil.example%2Foauth2%2Fv3",
    ] {
        let pasted = format!("tesla://auth/callback?code=NA_1&state={STATE}&issuer={issuer}");
        assert!(matches!(parse(&pasted), Err(PasteError::UntrustedIssuer(_))), "accepted issuer {issuer}");
    }
}

#[test]
fn other_state_is_refused() {
    let pasted = CALLBACK.replace("flow-state-123", "someone-elses-state");
    assert_eq!(parse(&pasted), Err(PasteError::StateMismatch));
}

#[test]
fn missing_state_or_code_is_named() {
    assert_eq!(parse("tesla://auth/callback?code=NA_1"), Err(PasteError::MissingState));
    assert_eq!(parse("tesla://auth/callback?state=flow-state-123"), Err(PasteError::MissingCode));
    assert_eq!(parse("tesla://auth/callback?code=&state=flow-state-123"), Err(PasteError::MissingCode));
}

#[test]
fn error_callback_is_teslas_refusal() {
    let pasted = "tesla://auth/callback?error=login_cancelled&error_description=User%20cancelled%20login&state=flow-state-123";
    assert_eq!(
        parse(pasted),
        Err(PasteError::TeslaRefused {
            error: "login_cancelled".into(),
            description: "User cancelled login".into(),
            reference: None,
        })
    );
    let with_uri = format!("{pasted}&error_uri=https%3A%2F%2Fauth.tesla.com%2Ferror%2Freference%2Fab12");
    let Err(PasteError::TeslaRefused { reference: Some(reference), .. }) = parse(&with_uri) else {
        panic!("a refusal with its reference")
    };
    assert_eq!(reference.as_str(), "ab12");
}

#[test]
fn authorize_link_gets_its_own_message() {
    let encoded = "https://auth.tesla.com/oauth2/v3/authorize?client_id=ownerapi&redirect_uri=tesla%3A%2F%2Fauth%2Fcallback&state=flow-state-123";
    let decoded = "https://auth.tesla.com/oauth2/v3/authorize?client_id=ownerapi&redirect_uri=tesla://auth/callback&state=flow-state-123";
    assert_eq!(parse(encoded), Err(PasteError::AuthorizeLink));
    assert_eq!(parse(decoded), Err(PasteError::AuthorizeLink));
}

#[test]
fn repeated_parameters_are_ambiguous() {
    let pasted = format!("{CALLBACK}&code=NA_other");
    assert_eq!(parse(&pasted), Err(PasteError::Repeated("code")));
    let pasted = format!("{CALLBACK}&issuer=https%3A%2F%2Fevil.example");
    assert_eq!(parse(&pasted), Err(PasteError::Repeated("issuer")));
}

#[test]
fn hostile_inputs_get_messages_not_panics() {
    assert_eq!(parse(""), Err(PasteError::Empty));
    assert_eq!(parse(" \n\t "), Err(PasteError::Empty));
    assert_eq!(parse(&"a".repeat(1 << 20)), Err(PasteError::TooLong));
    assert_eq!(parse(&format!("{CALLBACK}{}", " ".repeat(MAX_PASTE_BYTES))), Err(PasteError::TooLong));
    assert_eq!(parse("hello there"), Err(PasteError::NotACallback));
    assert_eq!(parse("https://www.tesla.com/"), Err(PasteError::NotACallback));
    assert_eq!(parse("tesla://"), Err(PasteError::NotACallback));
    assert_eq!(parse("https://"), Err(PasteError::NotACallback));
    assert_eq!(parse("???&&&==="), Err(PasteError::NotACallback));
    assert_eq!(parse("🚗 tesla://auth/callback?code=NA_1&state=🔑"), Err(PasteError::StateMismatch));
    assert_eq!(
        parse("tesla://auth/callback?code=NA_%E2%9C%93&state=flow-state-123"),
        Err(PasteError::MalformedCode)
    );
    assert_eq!(
        parse("tesla://auth/callback?code=a%22%7D%2C%22x%22%3A%22&state=flow-state-123"),
        Err(PasteError::MalformedCode)
    );
    let long_code = format!("tesla://auth/callback?code={}&state={STATE}", "a".repeat(5000));
    assert_eq!(parse(&long_code), Err(PasteError::MalformedCode));
}

#[test]
fn echoed_hostile_text_is_short_and_has_no_control_characters() {
    let description = format!("{}%0A%1B[31m", "x".repeat(500));
    let pasted = format!("tesla://auth/callback?error=e&error_description={description}&state=s");
    let Err(PasteError::TeslaRefused { description, .. }) = parse(&pasted) else {
        panic!("expected a refusal")
    };
    assert!(description.chars().count() <= MAX_ECHO_CHARS + 1);
    assert!(!description.chars().any(char::is_control));
}

#[test]
fn code_is_redacted_in_debug_output() {
    let callback = parse(CALLBACK).unwrap();
    assert!(!format!("{callback:?}").contains("NA_0a1b2c3d"));
}
