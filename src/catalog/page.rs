//! The page's own messages, questions and notices, in English.

use super::oauth::{self, route};
use super::owner_api;
use token_core::display::visitor::BrowserKind;
use token_core::oauth::pkce::RandomUnavailable;
use token_core::owner_api::ApiError;
use token_core::page::{Asks, Forgotten, LeaveWarning, Says};

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
        Says::RelayBlocked { host, browser } => format!(
            "Could not reach the relay at {host}: {} Your code was not used: press the button again then.",
            between(*browser)
        ),
        Says::AnswerRelayQuestionFirst => {
            "First answer the relay question below: this page sends nothing to a relay you have not confirmed.".into()
        }
        Says::RelaySilent { host, code_held, hosted_in } => {
            let why = match hosted_in {
                Some(browser) => between(*browser),
                None => "it is not running, or it does not allow this page. Start it as shown below; this page asks \
                         again every few seconds.",
            };
            let then = if *code_held {
                "Your code is kept here, unused, and sent as soon as the relay answers."
            } else {
                "You can go on logging in: the paste waits for the relay."
            };
            format!("The relay at {host} is not answering this page: {why} {then}")
        }
        Says::Exchanging(via) => {
            format!("Working… exchanging the code {}. This can take several seconds.", route(via))
        }
        Says::ExchangingFleet(via) => format!("Exchanging your app's code {}…", route(via)),
        Says::Refreshing(via) => format!("Refreshing {}…", route(via)),
        Says::WaitingForFleetTab => "Waiting for the login tab to come back…".into(),
        Says::TokensReceived(via) => format!("Tokens received {}: copy them now.", route(via)),
        Says::FleetTokensReceived(via) => format!("Tokens for your app received {}: copy them now.", route(via)),
        Says::Refreshed(outcome) => owner_api::refresh_outcome(*outcome),
        Says::AlreadyExchanged => "These tokens are already shown below: this URL's code was used to get them.".into(),
        Says::Api { error, minted } => match (error, minted) {
            (ApiError::ForbiddenSeeFleet, Some(minted)) => {
                format!("{} These tokens were minted {}.", owner_api::api_error(error), route(minted))
            }
            _ => owner_api::api_error(error),
        },
    }
}

/// What a browser does between an HTTPS page and a plain-http relay on
/// this computer, for the browser the page runs in: Safari's reader first
/// meets the one way that works there.
fn between(browser: Option<BrowserKind>) -> &'static str {
    match browser {
        Some(BrowserKind::Safari) => {
            "this page is on the web (HTTPS) and the relay is on this computer, which Safari never allows. Open \
             the page from your own relay instead (token-relay --page serves it at http://127.0.0.1:8787/), or \
             use an HTTPS relay."
        }
        Some(BrowserKind::Chrome | BrowserKind::Edge | BrowserKind::Firefox) => {
            "this page is on the web (HTTPS) and the relay is on this computer: the browser asks before a site \
             may reach it. Look for a prompt on this tab (\"access other apps and services on this device\") and \
             allow it. If the relay is not running, start it as shown below; this page asks again every few \
             seconds."
        }
        None => {
            "this page is on the web (HTTPS) and the relay is on this computer. Chrome, Edge and Firefox ask \
             before a site may reach it: look for a prompt on this tab (\"access other apps and services on \
             this device\") and allow it. Safari never allows it: open the page from your own relay instead, or \
             use an HTTPS relay. If the relay is not running, start it as shown below; this page asks again \
             every few seconds."
        }
    }
}

/// A question before something that cannot be undone.
pub fn asks(asks: Asks) -> &'static str {
    match asks {
        Asks::ForgetEverything => {
            "Forget everything now? The tokens shown and any login under way are wiped from this page. Tokens \
             you copied keep working."
        }
        Asks::ReplaceUncopiedTokens => {
            "The tokens shown were never copied or downloaded. New tokens will replace them on this page: continue?"
        }
        Asks::ReplaceWithArrived => {
            "New tokens arrived, but the tokens shown were never copied or downloaded. Show the new ones instead? \
             (No keeps the tokens shown; the new ones are then forgotten.)"
        }
    }
}

/// What was forgotten, and why.
pub fn forgotten(forgotten: Forgotten) -> String {
    match forgotten {
        Forgotten::Everything => "Everything was forgotten: tokens, login secrets and inputs.".into(),
        Forgotten::Idle { minutes } => format!(
            "After {minutes} minutes without activity, as chosen, the tokens and everything typed were \
             forgotten. Log in or refresh again to get new tokens."
        ),
    }
}

/// What leaving the page now would lose.
pub fn leave_warning(warning: LeaveWarning) -> &'static str {
    match warning {
        LeaveWarning::UncopiedTokens => {
            "Copy or download your tokens before you close or reload this page: they exist only here."
        }
        LeaveWarning::LoginPending => {
            "Keep this page open until your tokens are shown: the login's secret lives only in this page's \
             memory, and a reload loses it."
        }
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
