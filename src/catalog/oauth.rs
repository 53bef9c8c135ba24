//! The login, the paste, token answers, refresh, your own app and the relay
//! setting, in English: one function per type `token_core` hands the view.

use token_core::oauth::authorize::LoginOptionError;
use token_core::oauth::callback::PasteError;
use token_core::oauth::fleet::{FleetRegion, FleetResultError, FleetSettingError};
use token_core::oauth::pkce::RandomUnavailable;
use token_core::oauth::reference::ReferenceId;
use token_core::oauth::refresh::{ClientIdField, RefreshInputError};
use token_core::oauth::region::Region;
use token_core::oauth::token::{ExchangeError, IssuedFor};
use token_core::page::RelayHealth;
use token_core::settings::relay::RelaySettingError;
use token_core::transport::route::Route;
use token_core::transport::via::DirectSupport;

/// Why a token request brought no tokens, and what to do next; a refusal
/// of Tesla's ends with its reference, which Tesla support asks for.
pub fn exchange_error(error: &ExchangeError) -> String {
    match error {
        ExchangeError::CodeUsedOrExpired { reference } => with_reference(
            "Tesla says this code was already used or has expired (invalid_grant). Codes work once and only \
             for a few minutes: start again at step 1."
                .into(),
            reference,
        ),
        ExchangeError::InvalidVerifier { description, reference } => with_reference(
            format!(
                "Tesla refused the PKCE verifier (invalid_request: {description}). Start again at step 1; if \
                 it happens again, Tesla may have changed its rules, so please report it."
            ),
            reference,
        ),
        ExchangeError::LoginRequired { reference } => with_reference(
            "Tesla asks for a fresh login (login_required). Start again at step 1.".into(),
            reference,
        ),
        ExchangeError::RefreshTokenSpent { error, reference } => with_reference(
            format!(
                "Tesla refused this refresh token ({error}): it was already used, or it was revoked (changing \
                 the account password revokes every token). Refresh tokens work once. Log in again at step 1."
            ),
            reference,
        ),
        ExchangeError::TeslaRefused { status, error, description, reference } => with_reference(
            format!(
                "Tesla refused the request: {error} ({}, HTTP {status}). Start again at step 1; if it \
                 happens again, Tesla may have changed its flow.",
                or_no_reason(description)
            ),
            reference,
        ),
        ExchangeError::RelayRefused(reason) => format!(
            "The relay refused or failed: {reason}. Check the relay under Settings, or start a relay on this \
             computer as step 2 shows."
        ),
        ExchangeError::AccessDenied => {
            "Tesla's firewall answered \"Access Denied\" (HTTP 403). It blocks some \
                                        networks and hosted relays: try a relay on your own machine, then \
                                        paste the URL again."
                .into()
        }
        ExchangeError::TeslaUnavailable(status) => format!(
            "Tesla's server failed (HTTP {status}). Wait a minute and try again: the code stays valid for a \
             few minutes."
        ),
        ExchangeError::NotJson(status) => format!(
            "The answer was not JSON (HTTP {status}), so it did not come from Tesla's token endpoint. Check \
             that the relay setting points at a token relay."
        ),
        ExchangeError::IncompleteTokens => {
            "Tesla answered without an access token and a refresh token. Start again at step 1.".into()
        }
        ExchangeError::ImplausibleToken(came) => format!(
            "The answer that came {} holds a token with characters Tesla's tokens never have, so it was \
             refused: nothing was shown or exported. The relay may be altering answers: use a relay you run \
             yourself, then log in again.",
            route(came)
        ),
        ExchangeError::RelayUnreachable(host) => format!(
            "Could not reach the relay at {host}: it is not running, or it does not allow this page. Your \
             code was not used: start the relay as step 2 shows, then press the button again."
        ),
        ExchangeError::DirectUnreachable => "Could not reach Tesla directly: it does not (or no longer) let \
                                             this page read its answers. Switch direct mode off to go \
                                             through the relay."
            .into(),
        ExchangeError::TimedOut { limit } => format!(
            "No answer within {} seconds. The relay or Tesla is slow or down; try again in a moment.",
            limit.as_secs()
        ),
        ExchangeError::TeslaTimedOut(reason) => format!(
            "Tesla did not answer in time (the relay says: {reason}). Try again in a moment; if Tesla used \
             the code meanwhile, the page says so, and you start again at step 1."
        ),
    }
}

/// How a request travelled, to end "The answer that came …".
pub fn route(route: &Route) -> String {
    match route {
        Route::Relay(host) => format!("through the relay at {host}"),
        Route::Direct => "directly to Tesla, with no relay".into(),
    }
}

/// Why a paste was refused (nothing was sent), and what to copy instead.
pub fn paste_error(error: &PasteError) -> String {
    match error {
        PasteError::Empty => {
            "Nothing was pasted. Paste the tesla://auth/callback?… URL from the login tab's developer tools."
                .into()
        }
        PasteError::TooLong => "That is far too long to be a callback URL. Copy only the line that starts \
                                with tesla://auth/callback?locale=en-US&code=…"
            .into(),
        PasteError::AuthorizeLink => {
            "This is the login link, not the result. Open it, log in, then copy the \
                                      tesla://auth/callback?… URL that Tesla redirects to (see the steps \
                                      above)."
                .into()
        }
        PasteError::NotACallback => {
            "No tesla://auth/callback?… URL was found in what you pasted. \"Where is \
                                     this URL?\" above shows where your browser puts it, and what to copy."
                .into()
        }
        PasteError::BeforeTheRedirect => {
            "This is the address before Tesla's redirect (…/authorize/complete?transaction_id=…), which \
             Firefox's Console shows: it holds no code. In the login tab's developer tools, open Network \
             (with \"Persist Logs\" on), click the blocked complete?transaction_id=… row, and copy the \
             location: tesla://auth/callback?… response header from its Headers. If the row is gone, log in \
             again with Network open."
                .into()
        }
        PasteError::TeslaRefused { error, description, reference } => with_reference(
            format!(
                "Tesla refused the login: {} ({error}). Nothing was sent. Start again at step 1.",
                or_no_reason(description)
            ),
            reference,
        ),
        PasteError::MissingState => "The URL has no state, so it cannot be matched to this login. Copy the \
                                     whole URL, including everything after the ?."
            .into(),
        PasteError::StateMismatch => "This URL belongs to a different login: its state does not match the \
                                      one this page started. It may come from an older tab or from someone \
                                      else's link. Nothing was sent. Use the URL from the tab opened by step \
                                      1, or start again at step 1."
            .into(),
        PasteError::MissingCode => "The URL has no code. Copy the whole tesla://auth/callback?… URL, \
                                    including everything after the ?."
            .into(),
        PasteError::MalformedCode => "The code in this URL does not look like one Tesla issues (unexpected \
                                      characters or length). Copy the URL again, exactly as the developer \
                                      tools show it."
            .into(),
        PasteError::UntrustedIssuer(issuer) => format!(
            "The URL names an issuer this page does not trust: {issuer}. Only Tesla's own servers may receive \
             your code, so nothing was sent. Use the URL from Tesla's login tab; if someone sent you this \
             link, do not use it."
        ),
        PasteError::Repeated(name) => {
            format!(
                "The URL contains {name} more than once, so it is ambiguous. Copy it again from the login tab."
            )
        }
    }
}

/// Why a pasted refresh token was not used (nothing was sent), and what to
/// do instead: the words for a Fleet token depend on whether a client-id
/// field is beside the token.
pub fn refresh_input_error(error: &RefreshInputError) -> String {
    match error {
        RefreshInputError::Unreadable(error) => super::display::inspect_error(error),
        RefreshInputError::RetiredV2 => "This is a pre-2021 owner-API token (qts-, eu- or cn- and 64 hex \
                                         digits). Tesla retired those in March 2022; it cannot be refreshed. \
                                         Log in at step 1 to get new tokens."
            .into(),
        RefreshInputError::AccessToken => "This is an access token, not a refresh token: it calls the API \
                                           for 8 hours and cannot mint new tokens. Paste the refresh token \
                                           that came with it, or log in at step 1."
            .into(),
        RefreshInputError::IdToken => "This is an id_token (it says who logged in), not a refresh token. \
                                       Paste the refresh token, or log in at step 1."
            .into(),
        RefreshInputError::UntrustedIssuer(issuer) => format!(
            "This token names an issuer this page does not trust ({issuer}), so it is not sent anywhere. Only \
             Tesla's own servers may receive your refresh token."
        ),
        RefreshInputError::NeedsRegion => format!(
            "This token does not say which region it belongs to: choose {} or {}, then refresh.",
            region(Region::Global),
            region(Region::China)
        ),
        RefreshInputError::FleetNeedsClientId { region, field: ClientIdField::Beside } => format!(
            "This is a Fleet API refresh token ({region}_…). Refreshing it needs your app's client id: enter \
             it in \"App client id\" beside the token, then press Refresh."
        ),
        RefreshInputError::FleetNeedsClientId { region, field: ClientIdField::Absent } => format!(
            "This is a Fleet API refresh token ({region}_…). Refreshing it needs your app's client id, which \
             cannot be entered here: paste the token under \"Already have a refresh token?\" and enter the \
             client id in \"App client id\" beside it."
        ),
        RefreshInputError::CutOff { algorithm, length, minimum } => format!(
            "This refresh token is cut off: its signature has {length} characters, and an {algorithm} \
             signature has at least {minimum}. Its end was lost when it was copied. Nothing was sent, so it \
             is not spent: copy the whole token again and paste it."
        ),
    }
}

/// Why a login option was refused, beside its field.
pub fn login_option_error(error: &LoginOptionError) -> String {
    match error {
        LoginOptionError::BadEmail(email) => format!(
            "\"{email}\" is not an email address; leave the field empty or enter your Tesla account's email."
        ),
        LoginOptionError::BadLocale(locale) => {
            format!("\"{locale}\" is not a language code like en-US or de-DE.")
        }
    }
}

/// Why no login could start: the browser has no secure random numbers.
pub fn random_unavailable(_: &RandomUnavailable) -> String {
    "This browser did not provide secure random numbers, so no login can be started safely. Try an \
     up-to-date browser."
        .into()
}

/// Why a setting of your own app was refused, beside its field.
pub fn fleet_setting_error(error: &FleetSettingError) -> String {
    match error {
        FleetSettingError::MissingClientId => "Enter your app's client id (from developer.tesla.com).".into(),
        FleetSettingError::BadClientId(client_id) => {
            format!("A client id has only letters, digits, - and _: \"{client_id}\" does not.")
        }
        FleetSettingError::BadScopes => {
            "Scopes are words like openid offline_access vehicle_device_data, separated by spaces.".into()
        }
        FleetSettingError::NoOfflineAccess => {
            "Scopes must include offline_access, or Tesla sends no refresh token.".into()
        }
    }
}

/// Why your own app's login result was not exchanged.
pub fn fleet_result_error(error: &FleetResultError) -> String {
    match error {
        FleetResultError::StateMismatch => {
            "A login result arrived for a different login (its state does not \
                                            match): it was ignored. Use the tab opened by \"Log in with my \
                                            app\"."
                .into()
        }
        FleetResultError::Refused { error, description } => {
            format!("Tesla refused the login: {} ({error}). Try again.", or_no_reason(description))
        }
    }
}

/// Why a relay address was refused, and what to use instead.
pub fn relay_setting_error(error: &RelaySettingError) -> String {
    match error {
        RelaySettingError::Empty => "Enter the relay's address, e.g. http://127.0.0.1:8787/".into(),
        RelaySettingError::NotAUrl(text) => {
            format!("That is not a web address: {text}. It should look like http://127.0.0.1:8787/")
        }
        RelaySettingError::UnsupportedScheme => {
            "A relay address must start with https:// (or http:// for a relay on this computer).".into()
        }
        RelaySettingError::PlainHttpToRemote(host) => format!(
            "Plain http:// is only allowed for a relay on this computer (127.0.0.1, localhost, [::1]); use \
             https:// for {host}, or your tokens would cross the network unencrypted."
        ),
        RelaySettingError::HasCredentials => {
            "The relay address must not contain a user name or password.".into()
        }
        RelaySettingError::HasFragment => "The relay address must not contain a # fragment.".into(),
        RelaySettingError::RepeatedPlaceholder => "Use {url} at most once in the relay address.".into(),
        RelaySettingError::NotInPolicy { relay, allowed } => format!(
            "This copy of the page may only talk to the relays its security policy names ({allowed}), so \
             your browser would block {relay}. Run a relay on this computer (step 2 shows how), or host your \
             own copy built with your relay."
        ),
    }
}

/// Step 1's line on the relay at `host` and whether it answered.
pub fn relay_health(host: &str, health: RelayHealth) -> String {
    match health {
        RelayHealth::Unchecked => format!("Relay: {host}, checked when you press the button."),
        RelayHealth::Checking => format!("Relay: {host}, checking…"),
        RelayHealth::Answering => format!("Relay: {host}, answering."),
        RelayHealth::Silent => format!("Relay: {host}, not answering (see step 2)."),
    }
}

/// What the direct-mode check found (empty before it ran).
pub fn direct_support(support: DirectSupport) -> String {
    match support {
        DirectSupport::Untested => String::new(),
        DirectSupport::Testing => "Asking Tesla…".into(),
        DirectSupport::Unavailable => {
            "Tesla does not let this page read its answers: requests go through the relay.".into()
        }
        DirectSupport::Available { .. } => "Tesla answers this page directly: you can skip the relay.".into(),
    }
}

/// An account region, as the refresh box lists it.
pub fn region(region: Region) -> String {
    match region {
        Region::Global => "Global (auth.tesla.com)".into(),
        Region::China => "China (auth.tesla.cn)".into(),
    }
}

/// A Fleet API region, as "Your own app" lists it.
pub fn fleet_region(region: FleetRegion) -> String {
    match region {
        FleetRegion::NorthAmerica => "North America, Asia-Pacific".into(),
        FleetRegion::Europe => "Europe, Middle East, Africa".into(),
        FleetRegion::China => "China".into(),
    }
}

/// Who issued the tokens shown and which API they are for.
pub fn issued_for(issued: &IssuedFor) -> String {
    match issued {
        IssuedFor::OwnerApi { issuer, owner_api } => {
            format!("Issued by {issuer} for the owner API at {owner_api}.")
        }
        IssuedFor::FleetApi { issuer } => format!("Issued by {issuer} for your app's Fleet API region."),
    }
}

/// `sentence`, then Tesla's reference for the refusal if it gave one.
fn with_reference(sentence: String, reference: &Option<ReferenceId>) -> String {
    match reference {
        Some(id) => format!(
            "{sentence} Tesla's reference for this refusal: {} (Tesla support asks for it).",
            id.as_str()
        ),
        None => sentence,
    }
}

/// Tesla's `error_description`, or words saying it gave none.
fn or_no_reason(description: &str) -> &str {
    if description.is_empty() { "no reason given" } else { description }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

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
