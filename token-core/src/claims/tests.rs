use super::*;

fn jwt(claims: &str) -> String {
    format!("eyJhbGciOiJSUzI1NiJ9.{}.c2lnbmF0dXJl", URL_SAFE_NO_PAD.encode(claims))
}

#[test]
fn access_token_claims_become_a_readable_table() {
    let token = jwt(
        r#"{"iss":"https://auth.tesla.com/oauth2/v3","aud":["https://owner-api.teslamotors.com/","https://auth.tesla.com/oauth2/v3/userinfo"],
            "sub":"abc","scp":["openid","email","offline_access"],"azp":"ownerapi","ou_code":"NA","iat":1000,"exp":29800,"amr":["pwd"]}"#,
    );
    let TokenKind::Jwt(claims) = inspect(&token).unwrap() else { panic!("a JWT") };
    assert_eq!(claims.role(), Role::Access);
    assert_eq!(
        claims.rows(),
        vec![
            ("Issuer", ClaimValue::Text("https://auth.tesla.com/oauth2/v3".into())),
            (
                "Audience",
                ClaimValue::Text(
                    "https://owner-api.teslamotors.com/, https://auth.tesla.com/oauth2/v3/userinfo".into()
                )
            ),
            ("Scopes", ClaimValue::Text("openid email offline_access".into())),
            ("Region (ou_code)", ClaimValue::Text("NA".into())),
            ("Subject", ClaimValue::Text("abc".into())),
            ("Client (azp)", ClaimValue::Text("ownerapi".into())),
            ("Issued", ClaimValue::Time(1000)),
            ("Expires", ClaimValue::Time(29800)),
        ]
    );
}

#[test]
fn roles_are_told_apart() {
    let id = jwt(r#"{"aud":"ownerapi","email":"me@example.com"}"#);
    let refresh = jwt(r#"{"aud":"https://auth.tesla.com/oauth2/v3/token"}"#);
    let fleet_access = jwt(r#"{"aud":["https://fleet-api.prd.na.vn.cloud.tesla.com"],"scp":"openid"}"#);
    let unknown = jwt(r#"{"aud":"something"}"#);
    let role = |t: &str| match inspect(t).unwrap() {
        TokenKind::Jwt(c) => c.role(),
        other => panic!("{other:?}"),
    };
    assert_eq!(role(&id), Role::Id);
    assert_eq!(role(&refresh), Role::Refresh);
    assert_eq!(role(&fleet_access), Role::Access);
    assert_eq!(role(&unknown), Role::Unknown);
}

#[test]
fn retired_and_opaque_tokens_are_recognised() {
    assert_eq!(inspect(&format!("qts-{}", "ab12".repeat(16))), Ok(TokenKind::RetiredV2));
    assert_eq!(inspect(&format!(" cn-{} ", "0".repeat(64))), Ok(TokenKind::RetiredV2));
    assert_eq!(inspect("NA_0123456789abcdef0123"), Ok(TokenKind::FleetRefresh("NA".into())));
    assert_eq!(inspect(&format!("qts-{}", "z".repeat(64))), Err(InspectError::NotAToken));
}

#[test]
fn malformed_input_gets_a_message_not_a_panic() {
    assert_eq!(inspect(""), Err(InspectError::Empty));
    assert_eq!(inspect(&"a".repeat(20_000)), Err(InspectError::TooLong));
    assert_eq!(inspect("hello"), Err(InspectError::NotAToken));
    assert_eq!(inspect("a.b.c.d"), Err(InspectError::NotAToken));
    assert_eq!(inspect("eyJ.!!!.x"), Err(InspectError::Malformed("payload encoding")));
    assert_eq!(inspect(&jwt("not json")), Err(InspectError::Malformed("claims")));
    assert_eq!(inspect(&jwt(r#"{"exp":"soon"}"#)), Err(InspectError::Malformed("claims")));
    assert_eq!(inspect("🚗.🔑.🔒"), Err(InspectError::Malformed("payload encoding")));
}

#[test]
fn hostile_claim_text_is_cut_and_cleaned() {
    let token = jwt(&format!(r#"{{"email":"{}\u001b[31m"}}"#, "x".repeat(500)));
    let TokenKind::Jwt(claims) = inspect(&token).unwrap() else { panic!() };
    let ClaimValue::Text(email) = &claims.rows()[0].1 else { panic!() };
    assert!(email.chars().count() <= 121 && !email.chars().any(char::is_control));
}

#[test]
fn expiry_counts_down_and_warns_near_the_end() {
    assert_eq!(Expiry::at(28_800, 1), Expiry::Valid(28_799));
    assert_eq!(Expiry::at(28_800, 1).describe(), "expires in 7 h 59 min");
    assert_eq!(Expiry::at(1000, 1000 - 300), Expiry::Soon(300));
    assert_eq!(Expiry::at(1000, 700).describe(), "expires in 5 min: refresh it soon");
    assert_eq!(Expiry::at(1000, 1180).describe(), "expired 3 min ago");
}

#[test]
fn each_kind_of_token_says_what_it_is_and_whether_it_refreshes() {
    let refresh =
        inspect(&jwt(r#"{"aud":"https://auth.tesla.com/oauth2/v3/token","typ":"refresh"}"#)).unwrap();
    assert_eq!((refresh.summary().as_str(), refresh.can_refresh()), ("A refresh token (JWT).", true));
    let fleet = inspect("NA_0123456789abcdef0123456789").unwrap();
    assert!(fleet.summary().contains("Fleet API refresh token for region NA") && fleet.can_refresh());
    let retired = inspect(&format!("qts-{}", "a".repeat(64))).unwrap();
    assert!(retired.summary().contains("retired") && !retired.can_refresh());
}
