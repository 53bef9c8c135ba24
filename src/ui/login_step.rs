use super::question::QuestionAt;
use super::split::sentence;
use super::state::PageSignal;
use crate::browser;
use crate::catalog::words::*;
use crate::catalog::{self, say, say_with};
use l10n::Arg;
use leptos::prelude::*;
use token_core::oauth::pkce::{PkceVerifier, new_state};
use token_core::page::{Event, Field, RelayHealth, Secrets, Spot};
use token_core::transport::via::DirectSupport;

/// A fresh verifier and state from the browser's random source.
pub fn new_secrets() -> Secrets {
    PkceVerifier::generate().and_then(|verifier| Ok((verifier, new_state()?)))
}

/// Step 1's controls: the relay's state, "Open Tesla login", the login
/// options, and the way back if no tab opened.
#[component]
pub fn LoginStep(
    /// The page whose flow the login starts.
    page: PageSignal,
) -> impl IntoView {
    let switch_account = RwSignal::new(false);
    let start = move |_| {
        page.send(Event::StartLogin {
            switch_account: switch_account.get_untracked(),
            secrets: new_secrets(),
            now_ms: browser::now_ms(),
        })
    };
    let login_url = Memo::new(move |_| page.with(|p| p.login_url().map(ToString::to_string)));
    let awaiting = Memo::new(move |_| page.with(|p| p.awaiting_paste()));
    let problem =
        Memo::new(move |_| page.with(|p| p.message(Spot::Login).map(|m| catalog::page::says(&m.says))));
    // Tesla's page speaks the page's language unless another is typed: the core's default.
    let default_locale = page.with_untracked(|p| p.default_login_locale().unwrap_or_default().to_owned());
    let locale_label = say_with(LOGIN_LOCALE, &[("locale", Arg::Text(&default_locale))]);

    view! {
        <RelayState page/>
        <button id="start-login" class="primary" on:click=start>
            {move || say(if awaiting.get() { LOGIN_START_NEW } else { OPEN_TESLA_LOGIN })}
        </button>
        <QuestionAt page spot=Spot::Login/>
        <p id="login-problem" class="error" role="alert">{move || problem.get()}</p>
        {move || login_url.get().map(|url| {
            let link = view! {
                <a id="login-link" href=url target="_blank" rel="noopener noreferrer">{say(LOGIN_NO_TAB_LINK)}</a>
            };
            view! {
                <p class="note">{sentence(LOGIN_NO_TAB, vec![("link", link.into_any())])}</p>
                <button id="start-again" on:click=move |_| page.send(Event::ForgetLogins)>
                    {say(LOGIN_START_AGAIN)}
                </button>
            }
        })}
        <details id="login-options">
            <summary>{say(LOGIN_OPTIONS_TITLE)}</summary>
            <label class="inline">
                <input id="switch-account" type="checkbox" prop:checked=move || switch_account.get()
                    on:change=move |ev| switch_account.set(event_target_checked(&ev))/>
                " "{say(LOGIN_SWITCH_ACCOUNT)}
            </label>
            <label for="login-hint">{say(LOGIN_EMAIL)}</label>
            <input id="login-hint" type="email" autocomplete="off" prop:value=page.typed(Field::LoginEmail)
                on:input=move |ev| page.type_into(Field::LoginEmail, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::LoginEmail, event_target_value(&ev))/>
            <label for="locale">{locale_label}</label>
            <input id="locale" type="text" autocomplete="off" placeholder=default_locale prop:value=page.typed(Field::LoginLocale)
                on:input=move |ev| page.type_into(Field::LoginLocale, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::LoginLocale, event_target_value(&ev))/>
        </details>
    }
}

/// One line: where token requests go, and whether that relay answered.
#[component]
fn RelayState(page: PageSignal) -> impl IntoView {
    let state = Memo::new(move |_| page.with(|p| (p.relay().active().host().to_owned(), p.relay_health())));
    let direct = Memo::new(move |_| page.with(|p| p.direct() == DirectSupport::Available { chosen: true }));
    let text = move || {
        if direct.get() {
            return say(LOGIN_DIRECT_MODE);
        }
        let (host, health) = state.get();
        catalog::oauth::relay_health(&host, health)
    };
    view! {
        <p id="relay-state" class="note" class:error=move || state.with(|s| s.1 == RelayHealth::Silent)>{text}</p>
    }
}
