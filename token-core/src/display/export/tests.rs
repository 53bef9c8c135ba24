use super::*;
use crate::oauth::token::Tokens;
use crate::secret::Secret;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

const TESLAPY_FIXTURE: &str = include_str!("../../../tests/fixtures/teslapy_cache.json");

fn set(issuer: &str, email: Option<&str>) -> TokenSet {
    let id_token = email.map(|e| {
        Secret::new(format!(
            "eyJhbGciOiJSUzI1NiJ9.{}.c2ln",
            URL_SAFE_NO_PAD.encode(format!(r#"{{"email":"{e}"}}"#))
        ))
    });
    TokenSet {
        tokens: Tokens {
            access_token: Secret::new("eyJaccess.a.b"),
            refresh_token: Secret::new("eyJrefresh.c.d"),
            id_token,
            expires_in: 28_800,
        },
        refresh_kept: false,
        issuer: issuer.into(),
        client_id: "ownerapi".into(),
        received_at_ms: 1_795_395_600_000.0,
    }
}

/// The same keys at every level, and the same JSON type for every value.
fn same_shape(ours: &Value, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            // The top-level key is the account's email, not a fixed name.
            let keys = |m: &serde_json::Map<String, Value>| {
                m.keys().filter(|k| !k.contains('@')).cloned().collect::<Vec<_>>()
            };
            keys(a) == keys(b)
                && a.len() == b.len()
                && a.values().zip(b.values()).all(|(x, y)| same_shape(x, y))
        }
        (Value::Number(a), Value::Number(b)) => a.is_f64() == b.is_f64(),
        (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

#[test]
fn teslapy_cache_has_teslapys_shape() {
    let ours: Value = serde_json::from_str(
        &export(&set("https://auth.tesla.com/oauth2/v3", Some("owner@example.com")), ExportFormat::TeslaPy)
            .unwrap(),
    )
    .unwrap();
    let theirs: Value = serde_json::from_str(TESLAPY_FIXTURE).unwrap();
    assert!(same_shape(&ours, &theirs), "ours: {ours:#}\nfixture: {theirs:#}");
    let entry = &ours["owner@example.com"];
    assert_eq!(entry["url"], "https://auth.tesla.com/");
    assert_eq!(entry["sso"]["expires_at"], 1_795_395_600.0 + 28_800.0);
    assert_eq!(entry["sso"]["refresh_token"], "eyJrefresh.c.d");
}

#[test]
fn teslapy_cache_of_a_china_account_points_at_the_china_sso() {
    let ours: Value = serde_json::from_str(
        &export(&set("https://auth.tesla.cn/oauth2/v3", Some("a@b.cn")), ExportFormat::TeslaPy).unwrap(),
    )
    .unwrap();
    assert_eq!(ours["a@b.cn"]["url"], "https://auth.tesla.cn/");
}

#[test]
fn teslapy_needs_the_email() {
    assert_eq!(
        export(&set("https://auth.tesla.com/oauth2/v3", None), ExportFormat::TeslaPy),
        Err(ExportError::NoEmail)
    );
}

#[test]
fn tokens_json_holds_everything_with_absolute_expiry() {
    let text =
        export(&set("https://auth.tesla.com/oauth2/v3", Some("o@e.com")), ExportFormat::TokensJson).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["access_token"], "eyJaccess.a.b");
    assert_eq!(value["refresh_token"], "eyJrefresh.c.d");
    assert!(value["id_token"].as_str().unwrap().starts_with("eyJ"));
    assert_eq!(value["expires_at"], 1_795_395_600 + 28_800);
    assert_eq!(value["issuer"], "https://auth.tesla.com/oauth2/v3");
    assert_eq!(value["token_type"], "Bearer");
}

#[test]
fn teslamate_and_dotenv_are_plain_lines() {
    let tokens = set("https://auth.tesla.com/oauth2/v3", None);
    assert_eq!(
        export(&tokens, ExportFormat::TeslaMate).unwrap(),
        "Access Token: eyJaccess.a.b\nRefresh Token: eyJrefresh.c.d\n"
    );
    let env = export(&tokens, ExportFormat::DotEnv).unwrap();
    assert_eq!(
        env.lines().collect::<Vec<_>>(),
        [
            "TESLA_ACCESS_TOKEN='eyJaccess.a.b'",
            "TESLA_REFRESH_TOKEN='eyJrefresh.c.d'",
            "TESLA_TOKEN_EXPIRES_AT=1795424400",
            "TESLA_ISSUER='https://auth.tesla.com/oauth2/v3'",
        ]
    );
}

#[test]
fn a_sourced_env_file_runs_nothing_a_value_holds() {
    // Pins a bug: an unquoted hostile refresh token ran a command when the file was sourced.
    let mut tokens = set("https://auth.tesla.com/oauth2/v3", None);
    tokens.tokens.refresh_token = Secret::new("r1;touch${IFS}/tmp/x;#'");
    let env = export(&tokens, ExportFormat::DotEnv).unwrap();
    let script = format!("{env}printf %s \"$TESLA_REFRESH_TOKEN\"");
    let output = std::process::Command::new("sh").args(["-c", &script]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "r1;touch${IFS}/tmp/x;#'");
}

#[test]
fn the_qr_code_holds_only_the_refresh_token() {
    assert_eq!(qr_payload(&set("https://auth.tesla.com/oauth2/v3", None)), "eyJrefresh.c.d");
}

#[test]
fn qr_codes_fit_long_tokens_and_draw_every_dark_module() {
    let token = format!("eyJ{}", "a".repeat(1500));
    let qr = qr_modules(&token).unwrap();
    assert_eq!(qr.dark.len(), qr.width * qr.width);
    let path = qr.svg_path(4);
    assert_eq!(path.matches('M').count(), qr.dark.iter().filter(|d| **d).count());
    assert!(path.starts_with("M4 4h1v1h-1z"), "the finder pattern's corner is dark: {}", &path[..20]);
    assert!(qr_modules(&"a".repeat(5000)).is_err());
}
