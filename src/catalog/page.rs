//! The page's own messages, questions and notices, each a message of the
//! catalog (`i18n/<tag>.ftl`, "page.rs").

use super::oauth::{self, by_route};
use super::owner_api;
use super::words::*;
use super::{say, say_with, sentences};
use l10n::Arg;
use token_core::display::visitor::BrowserKind;
use token_core::oauth::pkce::RandomUnavailable;
use token_core::owner_api::ApiError;
use token_core::page::{Asks, Forgotten, LeaveWarning, Says};
use token_core::settings::relay::RelayTemplate;

/// A message beside a control.
pub fn says(says: &Says) -> String {
    match says {
        Says::LoginOption(error) => oauth::login_option_error(error),
        Says::RandomUnavailable => oauth::random_unavailable(&RandomUnavailable),
        Says::Paste(error) => oauth::paste_error(error),
        Says::RefreshInput(error) => oauth::refresh_input_error(error),
        Says::FleetSetting(error) => oauth::fleet_setting_error(error),
        Says::FleetResult(error) => oauth::fleet_result_error(error),
        Says::RelaySetting(error) => oauth::relay_setting_error(error),
        Says::Exchange(error) => oauth::exchange_error(error),
        Says::RelayBlocked { host, browser } => {
            let first = by_browser(
                *browser,
                [RELAY_BLOCKED_SAFARI, RELAY_BLOCKED_PROMPT, RELAY_BLOCKED_UNKNOWN_BROWSER],
            );
            let why = say_with(first, &[("host", Arg::Text(host))]);
            sentences(&sentences(&why, &what_to_do(*browser)), &say(RELAY_BLOCKED_CODE_UNUSED))
        }
        Says::AnswerRelayQuestionFirst => say(ANSWER_RELAY_QUESTION_FIRST),
        Says::RelaySilent { host, code_held, hosted_in } => {
            let (first, then) = match hosted_in {
                Some(browser) => (
                    by_browser(
                        *browser,
                        [RELAY_SILENT_SAFARI, RELAY_SILENT_PROMPT, RELAY_SILENT_UNKNOWN_BROWSER],
                    ),
                    what_to_do(*browser),
                ),
                None => (RELAY_SILENT_NOT_RUNNING, say(RELAY_SILENT_START_IT)),
            };
            let why = sentences(&say_with(first, &[("host", Arg::Text(host))]), &then);
            let code = say(if *code_held { RELAY_SILENT_CODE_KEPT } else { RELAY_SILENT_PASTE_WAITS });
            sentences(&why, &code)
        }
        Says::Exchanging(via) => by_route(via, EXCHANGING_RELAY, EXCHANGING_DIRECT),
        Says::ExchangingFleet(via) => by_route(via, EXCHANGING_FLEET_RELAY, EXCHANGING_FLEET_DIRECT),
        Says::Refreshing(via) => by_route(via, REFRESHING_RELAY, REFRESHING_DIRECT),
        Says::WaitingForFleetTab => say(WAITING_FOR_FLEET_TAB),
        Says::TokensReceived(via) => by_route(via, TOKENS_RECEIVED_RELAY, TOKENS_RECEIVED_DIRECT),
        Says::FleetTokensReceived(via) => {
            by_route(via, FLEET_TOKENS_RECEIVED_RELAY, FLEET_TOKENS_RECEIVED_DIRECT)
        }
        Says::Refreshed(outcome) => owner_api::refresh_outcome(*outcome),
        Says::AlreadyExchanged => say(ALREADY_EXCHANGED),
        Says::Api { error, minted } => match (error, minted) {
            (ApiError::ForbiddenSeeFleet, Some(minted)) => {
                sentences(&owner_api::api_error(error), &by_route(minted, MINTED_RELAY, MINTED_DIRECT))
            }
            _ => owner_api::api_error(error),
        },
    }
}

/// What to do about an HTTPS page and a plain-http relay on this computer,
/// for the browser the page runs in: Safari's reader first meets the one
/// way that works there.
fn what_to_do(browser: Option<BrowserKind>) -> String {
    // Only Safari's message names the command and the address.
    say_with(
        by_browser(browser, [RELAY_LOCAL_SAFARI, RELAY_LOCAL_PROMPT, RELAY_LOCAL_UNKNOWN_BROWSER]),
        &[
            ("command", Arg::Text("token-relay --page")),
            ("address", Arg::Text(RelayTemplate::local().as_str())),
        ],
    )
}

/// The message of three for `browser`: Safari's, the one for browsers that
/// ask before a page reaches this computer, or the one for a browser the page
/// does not know.
fn by_browser(browser: Option<BrowserKind>, [safari, prompt, unknown]: [&'static str; 3]) -> &'static str {
    match browser {
        Some(BrowserKind::Safari) => safari,
        Some(BrowserKind::Chrome | BrowserKind::Edge | BrowserKind::Firefox) => prompt,
        None => unknown,
    }
}

/// A question before something that cannot be undone.
pub fn asks(asks: Asks) -> String {
    match asks {
        Asks::ForgetEverything => say(ASK_FORGET_EVERYTHING),
        Asks::ReplaceUncopiedTokens => say(ASK_REPLACE_UNCOPIED_TOKENS),
        Asks::ReplaceWithArrived => say(ASK_REPLACE_WITH_ARRIVED),
    }
}

/// What was forgotten, and why.
pub fn forgotten(forgotten: Forgotten) -> String {
    match forgotten {
        Forgotten::Everything => say(FORGOTTEN_EVERYTHING),
        Forgotten::Idle { minutes } => {
            say_with(FORGOTTEN_IDLE, &[("minutes", Arg::Count(u64::from(minutes)))])
        }
    }
}

/// What leaving the page now would lose.
pub fn leave_warning(warning: LeaveWarning) -> String {
    match warning {
        LeaveWarning::UncopiedTokens => say(LEAVE_UNCOPIED_TOKENS),
        LeaveWarning::LoginPending => say(LEAVE_LOGIN_PENDING),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn silent(hosted_in: Option<Option<BrowserKind>>) -> String {
        says(&Says::RelaySilent { host: "127.0.0.1:8787".into(), code_held: false, hosted_in })
    }

    #[test]
    fn an_unreachable_relay_is_explained_for_the_browser_the_page_runs_in() {
        let safari = silent(Some(Some(BrowserKind::Safari)));
        assert!(safari.contains("Safari never allows") && safari.contains("--page"), "{safari}");
        assert!(!safari.contains("prompt"), "Safari shows no prompt: {safari}");
        let chrome = silent(Some(Some(BrowserKind::Chrome)));
        assert!(chrome.contains("Look for a prompt on this tab") && !chrome.contains("Safari"), "{chrome}");
        let unknown = silent(Some(None));
        assert!(unknown.contains("prompt") && unknown.contains("Safari never allows it"), "{unknown}");
        let local = silent(None);
        assert!(local.contains("not running") && !local.contains("HTTPS"), "{local}");
    }

    #[test]
    fn what_was_forgotten_and_the_questions_are_said() {
        assert_eq!(
            forgotten(Forgotten::Idle { minutes: 5 }).split(" as chosen").next(),
            Some("After 5 minutes without activity,")
        );
        assert!(asks(Asks::ReplaceWithArrived).contains("never copied"));
        assert!(leave_warning(LeaveWarning::LoginPending).starts_with("Keep this page open"));
    }
}
