//! The login, the paste, token answers, refresh, your own app and the relay
//! setting: one function per type `token_core` hands the view, each choosing
//! a message of the catalog (`i18n/<tag>.ftl`, "oauth.rs") and putting in
//! its data.

use super::words::*;
use super::{say, say_with, sentences};
use l10n::Arg;
use token_core::oauth::authorize::LoginOptionError;
use token_core::oauth::callback::PasteError;
use token_core::oauth::fleet::{FleetRegion, FleetResultError, FleetSettingError};
use token_core::oauth::pkce::RandomUnavailable;
use token_core::oauth::reference::ReferenceId;
use token_core::oauth::refresh::{ClientIdField, RefreshInputError};
use token_core::oauth::region::Region;
use token_core::oauth::token::{ExchangeError, IssuedFor};
use token_core::page::RelayHealth;
use token_core::settings::relay::{PLACEHOLDER, RelaySettingError, RelayTemplate};
use token_core::tesla::REDIRECT_URI;
use token_core::transport::route::Route;
use token_core::transport::via::DirectSupport;

/// How long Tesla's access tokens call the API, in hours.
const ACCESS_TOKEN_HOURS: u64 = 8;

/// Why a token request brought no tokens, and what to do next; a refusal
/// of Tesla's ends with its reference, which Tesla support asks for.
pub fn exchange_error(error: &ExchangeError) -> String {
    match error {
        ExchangeError::CodeUsedOrExpired { reference } => with_reference(
            say_with(EXCHANGE_CODE_USED_OR_EXPIRED, &[("code", Arg::Text("invalid_grant"))]),
            reference,
        ),
        ExchangeError::InvalidVerifier { description, reference } => with_reference(
            say_with(
                EXCHANGE_INVALID_VERIFIER,
                &[("code", Arg::Text("invalid_request")), ("description", Arg::Text(description))],
            ),
            reference,
        ),
        ExchangeError::LoginRequired { reference } => with_reference(
            say_with(EXCHANGE_LOGIN_REQUIRED, &[("code", Arg::Text("login_required"))]),
            reference,
        ),
        ExchangeError::RefreshTokenSpent { error, reference } => {
            with_reference(say_with(EXCHANGE_REFRESH_TOKEN_SPENT, &[("code", Arg::Text(error))]), reference)
        }
        ExchangeError::TeslaRefused { status, error, description, reference } => {
            let status = status.to_string();
            let key = by_reason(description, EXCHANGE_TESLA_REFUSED, EXCHANGE_TESLA_REFUSED_NO_REASON);
            let args = [
                ("code", Arg::Text(error)),
                ("description", Arg::Text(description)),
                ("status", Arg::Text(&status)),
            ];
            with_reference(say_with(key, &args), reference)
        }
        ExchangeError::RelayRefused(reason) => {
            say_with(EXCHANGE_RELAY_REFUSED, &[("reason", Arg::Text(reason))])
        }
        ExchangeError::AccessDenied => say_with(
            EXCHANGE_ACCESS_DENIED,
            &[("answer", Arg::Text("Access Denied")), ("status", Arg::Text("403"))],
        ),
        ExchangeError::TeslaUnavailable(status) => {
            say_with(EXCHANGE_TESLA_UNAVAILABLE, &[("status", Arg::Text(&status.to_string()))])
        }
        ExchangeError::NotJson(status) => {
            say_with(EXCHANGE_NOT_JSON, &[("status", Arg::Text(&status.to_string()))])
        }
        ExchangeError::IncompleteTokens => say(EXCHANGE_INCOMPLETE_TOKENS),
        ExchangeError::ImplausibleToken(came) => {
            by_route(came, EXCHANGE_IMPLAUSIBLE_TOKEN_RELAY, EXCHANGE_IMPLAUSIBLE_TOKEN_DIRECT)
        }
        ExchangeError::RelayUnreachable(host) => {
            say_with(EXCHANGE_RELAY_UNREACHABLE, &[("host", Arg::Text(host))])
        }
        ExchangeError::DirectUnreachable => say(EXCHANGE_DIRECT_UNREACHABLE),
        ExchangeError::TimedOut { limit } => {
            say_with(EXCHANGE_TIMED_OUT, &[("seconds", Arg::Count(limit.as_secs()))])
        }
        ExchangeError::TeslaTimedOut(reason) => {
            say_with(EXCHANGE_TESLA_TIMED_OUT, &[("reason", Arg::Text(reason))])
        }
    }
}

/// The address Tesla sends a login's result to, with `query` (`…` for
/// "and so on").
pub fn callback_address(query: &str) -> String {
    format!("{REDIRECT_URI}?{query}")
}

/// The message of a pair for a refusal: the one that quotes Tesla's
/// `description`, or `no_reason` when Tesla gave none.
fn by_reason(description: &str, with_reason: &'static str, no_reason: &'static str) -> &'static str {
    if description.is_empty() { no_reason } else { with_reason }
}

/// The message of a pair that says how a request travelled: `through_relay`
/// (with the relay's host as `host`) or `direct`.
pub(super) fn by_route(route: &Route, through_relay: &str, direct: &str) -> String {
    match route {
        Route::Relay(host) => say_with(through_relay, &[("host", Arg::Text(host))]),
        Route::Direct => say(direct),
    }
}

/// Why a paste was refused (nothing was sent), and what to copy instead.
pub fn paste_error(error: &PasteError) -> String {
    match error {
        PasteError::Empty => say_with(PASTE_EMPTY, &[("url", Arg::Text(&callback_address("…")))]),
        PasteError::TooLong => {
            let url = callback_address(&format!("locale={}&code=…", super::language().tesla_locale));
            say_with(PASTE_TOO_LONG, &[("url", Arg::Text(&url))])
        }
        PasteError::AuthorizeLink => {
            say_with(PASTE_AUTHORIZE_LINK, &[("url", Arg::Text(&callback_address("…")))])
        }
        PasteError::NotACallback => {
            say_with(PASTE_NOT_A_CALLBACK, &[("url", Arg::Text(&callback_address("…")))])
        }
        PasteError::BeforeTheRedirect => say_with(
            PASTE_BEFORE_THE_REDIRECT,
            &[
                ("address", Arg::Text("…/authorize/complete?transaction_id=…")),
                ("row", Arg::Text("complete?transaction_id=…")),
                ("header", Arg::Text("location: tesla://auth/callback?…")),
            ],
        ),
        PasteError::TeslaRefused { error, description, reference } => {
            let key = by_reason(description, PASTE_TESLA_REFUSED, PASTE_TESLA_REFUSED_NO_REASON);
            with_reference(
                say_with(key, &[("code", Arg::Text(error)), ("description", Arg::Text(description))]),
                reference,
            )
        }
        PasteError::MissingState => say(PASTE_MISSING_STATE),
        PasteError::StateMismatch => say(PASTE_STATE_MISMATCH),
        PasteError::MissingCode => {
            say_with(PASTE_MISSING_CODE, &[("url", Arg::Text(&callback_address("…")))])
        }
        PasteError::MalformedCode => say(PASTE_MALFORMED_CODE),
        PasteError::UntrustedIssuer(issuer) => {
            say_with(PASTE_UNTRUSTED_ISSUER, &[("issuer", Arg::Text(issuer))])
        }
        PasteError::Repeated(name) => say_with(PASTE_REPEATED, &[("name", Arg::Text(name))]),
    }
}

/// Why a pasted refresh token was not used (nothing was sent), and what to
/// do instead: the words for a Fleet token depend on whether a client-id
/// field is beside the token.
pub fn refresh_input_error(error: &RefreshInputError) -> String {
    match error {
        RefreshInputError::Unreadable(error) => super::display::inspect_error(error),
        RefreshInputError::RetiredV2 => say_with(
            REFRESH_RETIRED_V2,
            &[
                ("global", Arg::Text("qts-")),
                ("europe", Arg::Text("eu-")),
                ("china", Arg::Text("cn-")),
                ("digits", Arg::Count(64)),
            ],
        ),
        RefreshInputError::AccessToken => {
            say_with(REFRESH_ACCESS_TOKEN, &[("hours", Arg::Count(ACCESS_TOKEN_HOURS))])
        }
        RefreshInputError::IdToken => say_with(REFRESH_ID_TOKEN, &[("field", Arg::Text("id_token"))]),
        RefreshInputError::UntrustedIssuer(issuer) => {
            say_with(REFRESH_UNTRUSTED_ISSUER, &[("issuer", Arg::Text(issuer))])
        }
        RefreshInputError::NeedsRegion => say_with(
            REFRESH_NEEDS_REGION,
            &[("global", Arg::Text(&region(Region::Global))), ("china", Arg::Text(&region(Region::China)))],
        ),
        RefreshInputError::FleetNeedsClientId { region, field: ClientIdField::Beside } => {
            say_with(REFRESH_FLEET_NEEDS_CLIENT_ID_BESIDE, &[("region", Arg::Text(region))])
        }
        RefreshInputError::FleetNeedsClientId { region, field: ClientIdField::Absent } => {
            say_with(REFRESH_FLEET_NEEDS_CLIENT_ID_ELSEWHERE, &[("region", Arg::Text(region))])
        }
        RefreshInputError::CutOff { algorithm, length, minimum } => say_with(
            REFRESH_CUT_OFF,
            &[
                ("algorithm", Arg::Text(algorithm)),
                ("length", Arg::Count(*length as u64)),
                ("minimum", Arg::Count(*minimum as u64)),
            ],
        ),
    }
}

/// Why a login option was refused, beside its field.
pub fn login_option_error(error: &LoginOptionError) -> String {
    match error {
        LoginOptionError::BadEmail(email) => say_with(LOGIN_OPTION_BAD_EMAIL, &[("email", Arg::Text(email))]),
        LoginOptionError::BadLocale(locale) => say_with(
            LOGIN_OPTION_BAD_LOCALE,
            &[("locale", Arg::Text(locale)), ("first", Arg::Text("en-US")), ("second", Arg::Text("de-DE"))],
        ),
    }
}

/// Why no login could start: the browser has no secure random numbers.
pub fn random_unavailable(_: &RandomUnavailable) -> String {
    say(RANDOM_UNAVAILABLE)
}

/// Why a setting of your own app was refused, beside its field.
pub fn fleet_setting_error(error: &FleetSettingError) -> String {
    match error {
        FleetSettingError::MissingClientId => {
            say_with(FLEET_MISSING_CLIENT_ID, &[("site", Arg::Text("developer.tesla.com"))])
        }
        FleetSettingError::BadClientId(client_id) => {
            say_with(FLEET_BAD_CLIENT_ID, &[("id", Arg::Text(client_id))])
        }
        FleetSettingError::BadScopes => {
            say_with(FLEET_BAD_SCOPES, &[("example", Arg::Text("openid offline_access vehicle_device_data"))])
        }
        FleetSettingError::NoOfflineAccess => {
            say_with(FLEET_NO_OFFLINE_ACCESS, &[("scope", Arg::Text("offline_access"))])
        }
    }
}

/// Why your own app's login result was not exchanged.
pub fn fleet_result_error(error: &FleetResultError) -> String {
    match error {
        FleetResultError::StateMismatch => say(FLEET_RESULT_STATE_MISMATCH),
        FleetResultError::Refused { error, description } => say_with(
            by_reason(description, FLEET_RESULT_REFUSED, FLEET_RESULT_REFUSED_NO_REASON),
            &[("code", Arg::Text(error)), ("description", Arg::Text(description))],
        ),
    }
}

/// Why a relay address was refused, and what to use instead.
pub fn relay_setting_error(error: &RelaySettingError) -> String {
    let example = RelayTemplate::local();
    match error {
        RelaySettingError::Empty => {
            say_with(RELAY_SETTING_EMPTY, &[("example", Arg::Text(example.as_str()))])
        }
        RelaySettingError::NotAUrl(text) => say_with(
            RELAY_SETTING_NOT_A_URL,
            &[("text", Arg::Text(text)), ("example", Arg::Text(example.as_str()))],
        ),
        RelaySettingError::UnsupportedScheme => say_with(
            RELAY_SETTING_UNSUPPORTED_SCHEME,
            &[("https", Arg::Text("https://")), ("http", Arg::Text("http://"))],
        ),
        RelaySettingError::PlainHttpToRemote(host) => say_with(
            RELAY_SETTING_PLAIN_HTTP_TO_REMOTE,
            &[
                ("http", Arg::Text("http://")),
                ("local", Arg::Text("127.0.0.1, localhost, [::1]")),
                ("https", Arg::Text("https://")),
                ("host", Arg::Text(host)),
            ],
        ),
        RelaySettingError::HasCredentials => say(RELAY_SETTING_HAS_CREDENTIALS),
        RelaySettingError::HasFragment => say(RELAY_SETTING_HAS_FRAGMENT),
        RelaySettingError::RepeatedPlaceholder => {
            say_with(RELAY_SETTING_REPEATED_PLACEHOLDER, &[("placeholder", Arg::Text(PLACEHOLDER))])
        }
        RelaySettingError::NotInPolicy { relay, allowed } => say_with(
            RELAY_SETTING_NOT_IN_POLICY,
            &[("relay", Arg::Text(relay)), ("allowed", Arg::Text(allowed))],
        ),
    }
}

/// Step 1's line on the relay at `host` and whether it answered.
pub fn relay_health(host: &str, health: RelayHealth) -> String {
    let key = match health {
        RelayHealth::Unchecked => RELAY_HEALTH_UNCHECKED,
        RelayHealth::Checking => RELAY_HEALTH_CHECKING,
        RelayHealth::Answering => RELAY_HEALTH_ANSWERING,
        RelayHealth::Silent => RELAY_HEALTH_SILENT,
    };
    say_with(key, &[("host", Arg::Text(host))])
}

/// What the direct-mode check found (empty before it ran).
pub fn direct_support(support: DirectSupport) -> String {
    match support {
        DirectSupport::Untested => String::new(),
        DirectSupport::Testing => say(DIRECT_TESTING),
        DirectSupport::Unavailable => say(DIRECT_UNAVAILABLE),
        DirectSupport::Available { .. } => say(DIRECT_AVAILABLE),
    }
}

/// An account region, as the refresh box lists it.
pub fn region(region: Region) -> String {
    match region {
        Region::Global => say_with(REGION_GLOBAL, &[("host", Arg::Text("auth.tesla.com"))]),
        Region::China => say_with(REGION_CHINA, &[("host", Arg::Text("auth.tesla.cn"))]),
    }
}

/// A Fleet API region, as "Your own app" lists it.
pub fn fleet_region(region: FleetRegion) -> String {
    match region {
        FleetRegion::NorthAmerica => say(FLEET_REGION_NORTH_AMERICA),
        FleetRegion::Europe => say(FLEET_REGION_EUROPE),
        FleetRegion::China => say(FLEET_REGION_CHINA),
    }
}

/// Who issued the tokens shown and which API they are for.
pub fn issued_for(issued: &IssuedFor) -> String {
    match issued {
        IssuedFor::OwnerApi { issuer, owner_api } => {
            say_with(ISSUED_FOR_OWNER_API, &[("issuer", Arg::Text(issuer)), ("api", Arg::Text(owner_api))])
        }
        IssuedFor::FleetApi { issuer } => say_with(ISSUED_FOR_FLEET_API, &[("issuer", Arg::Text(issuer))]),
    }
}

/// `said`, then Tesla's reference for the refusal if it gave one.
fn with_reference(said: String, reference: &Option<ReferenceId>) -> String {
    match reference {
        Some(id) => sentences(&said, &say_with(TESLA_REFERENCE, &[("reference", Arg::Text(id.as_str()))])),
        None => said,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_too_long_paste_is_shown_the_callback_of_the_pages_own_login_language() {
        // Found in review: the example said locale=en-US on every language's page.
        let german = l10n::compile::compile("de", include_str!("../../i18n/de.ftl")).unwrap();
        super::super::load(&german.to_json());
        let said = paste_error(&PasteError::TooLong);
        assert!(said.contains("tesla://auth/callback?locale=de-DE&code="), "{said}");
    }

    #[test]
    fn a_refusal_ends_with_teslas_reference() {
        let reference = ReferenceId::from_error_uri("https://auth.tesla.com/error/reference/7f3a9c21");
        let said =
            exchange_error(&ExchangeError::RefreshTokenSpent { error: "login_required".into(), reference });
        assert!(said.contains("it was already used, or it was revoked"), "{said}");
        assert!(
            said.ends_with("Tesla's reference for this refusal: 7f3a9c21 (Tesla support asks for it)."),
            "{said}"
        );
        let without = exchange_error(&ExchangeError::CodeUsedOrExpired { reference: None });
        assert!(!without.contains("reference"), "{without}");
    }

    #[test]
    fn answers_name_how_they_came_and_how_long_the_page_waited() {
        let relay = exchange_error(&ExchangeError::ImplausibleToken(Route::Relay("127.0.0.1:8787".into())));
        assert!(
            relay.starts_with("The answer that came through the relay at 127.0.0.1:8787 holds"),
            "{relay}"
        );
        assert!(relay.contains("characters Tesla's tokens never have"), "{relay}");
        let late = exchange_error(&ExchangeError::TimedOut { limit: Duration::from_millis(40_000) });
        assert!(late.starts_with("No answer within 40 seconds."), "{late}");
        let second = exchange_error(&ExchangeError::TimedOut { limit: Duration::from_secs(1) });
        assert!(second.starts_with("No answer within 1 second."), "{second}");
        let refused = exchange_error(&ExchangeError::TeslaRefused {
            status: 400,
            error: "unsupported_grant_type".into(),
            description: String::new(),
            reference: None,
        });
        assert!(refused.contains("unsupported_grant_type (no reason given, HTTP 400)"), "{refused}");
    }

    #[test]
    fn a_fleet_token_is_sent_to_the_client_id_field_beside_it_or_to_the_refresh_box() {
        let beside = refresh_input_error(&RefreshInputError::FleetNeedsClientId {
            region: "NA".into(),
            field: ClientIdField::Beside,
        });
        assert!(
            beside.contains("(NA_…)") && beside.contains("\"App client id\" beside the token"),
            "{beside}"
        );
        assert!(!beside.contains("Your own app"), "{beside}");
        let inspector = refresh_input_error(&RefreshInputError::FleetNeedsClientId {
            region: "EU".into(),
            field: ClientIdField::Absent,
        });
        assert!(
            inspector.contains("(EU_…)") && inspector.contains("Already have a refresh token?"),
            "{inspector}"
        );
    }

    #[test]
    fn a_cut_off_token_is_called_cut_off_not_spent() {
        let said =
            refresh_input_error(&RefreshInputError::CutOff { algorithm: "RS256", length: 200, minimum: 342 });
        assert!(said.contains("cut off") && said.contains("200 characters"), "{said}");
        assert!(said.contains("an RS256 signature has at least 342"), "{said}");
        assert!(!said.contains("already used"), "{said}");
    }

    #[test]
    fn the_sentences_browser_tests_read_are_kept() {
        assert!(exchange_error(&ExchangeError::AccessDenied).contains("\"Access Denied\""));
        assert!(
            exchange_error(&ExchangeError::NotJson(200)).starts_with("The answer was not JSON (HTTP 200)")
        );
        let said = paste_error(&PasteError::StateMismatch);
        assert!(said.contains("belongs to a different login"), "{said}");
        let said = relay_health("127.0.0.1:9", RelayHealth::Unchecked);
        assert_eq!(said, "Relay: 127.0.0.1:9, checked when you press the button.");
        assert_eq!(relay_health("h:1", RelayHealth::Answering), "Relay: h:1, answering.");
        assert_eq!(direct_support(DirectSupport::Untested), "");
    }

    #[test]
    fn regions_and_issuers_read_as_before() {
        assert_eq!(region(Region::China), "China (auth.tesla.cn)");
        assert_eq!(
            issued_for(&IssuedFor::OwnerApi {
                issuer: "https://auth.tesla.com/oauth2/v3".into(),
                owner_api: "https://owner-api.teslamotors.com"
            }),
            "Issued by https://auth.tesla.com/oauth2/v3 for the owner API at https://owner-api.teslamotors.com."
        );
        assert!(
            relay_setting_error(&RelaySettingError::NotInPolicy {
                relay: "relay.example".into(),
                allowed: "http://127.0.0.1:*".into()
            })
            .contains(
                "security policy names (http://127.0.0.1:*), so your browser would block relay.example"
            )
        );
    }
}
