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
            (ClaimLabel::Issuer, ClaimValue::Text("https://auth.tesla.com/oauth2/v3".into())),
            (
                ClaimLabel::Audience,
                ClaimValue::Text(
                    "https://owner-api.teslamotors.com/, https://auth.tesla.com/oauth2/v3/userinfo".into()
                )
            ),
            (ClaimLabel::Scopes, ClaimValue::Text("openid email offline_access".into())),
            (ClaimLabel::Region, ClaimValue::Text("NA".into())),
            (ClaimLabel::Subject, ClaimValue::Text("abc".into())),
            (ClaimLabel::Client, ClaimValue::Text("ownerapi".into())),
            (ClaimLabel::Issued, ClaimValue::Time(1000)),
            (ClaimLabel::Expires, ClaimValue::Time(29800)),
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
    assert_eq!(inspect("eyJ.!!!.x"), Err(InspectError::Malformed(JwtPart::PayloadEncoding)));
    assert_eq!(inspect(&jwt("not json")), Err(InspectError::Malformed(JwtPart::Claims)));
    assert_eq!(inspect(&jwt(r#"{"exp":"soon"}"#)), Err(InspectError::Malformed(JwtPart::Claims)));
    assert_eq!(inspect("🚗.🔑.🔒"), Err(InspectError::Malformed(JwtPart::PayloadEncoding)));
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
    assert_eq!(Expiry::at(1000, 1000 - 300), Expiry::Soon(300));
    assert_eq!(Expiry::at(1000, 1180), Expiry::Expired(180));
    assert_eq!(Expiry::at(1000, 1000), Expiry::Expired(0));
}

#[test]
fn a_hostile_expiry_claim_saturates_instead_of_overflowing() {
    // Pins a bug: `exp - now` overflowed (a panic in debug builds) for a pasted `exp` near i64's ends.
    let now = 1_795_000_000;
    assert_eq!(Expiry::at(i64::MIN, now), Expiry::Expired(i64::MAX));
    assert_eq!(Expiry::at(i64::MAX, -now), Expiry::Valid(i64::MAX));
    let token = jwt(r#"{"aud":"x","exp":-9223372036854775808}"#);
    let TokenKind::Jwt(claims) = inspect(&token).unwrap() else { panic!() };
    assert!(matches!(Expiry::at(claims.exp.unwrap(), now), Expiry::Expired(_)));
}

#[test]
fn each_kind_of_token_says_what_it_is_and_whether_it_refreshes() {
    let refresh =
        inspect(&jwt(r#"{"aud":"https://auth.tesla.com/oauth2/v3/token","typ":"refresh"}"#)).unwrap();
    assert!(matches!(&refresh, TokenKind::Jwt(claims) if claims.role() == Role::Refresh));
    assert!(refresh.can_refresh());
    let fleet = inspect("NA_0123456789abcdef0123456789").unwrap();
    assert_eq!(fleet, TokenKind::FleetRefresh("NA".into()));
    assert!(fleet.can_refresh());
    let retired = inspect(&format!("qts-{}", "a".repeat(64))).unwrap();
    assert_eq!(retired, TokenKind::RetiredV2);
    assert!(!retired.can_refresh());
}
