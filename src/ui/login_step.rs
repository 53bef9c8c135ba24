use super::question::QuestionAt;
use super::state::PageSignal;
use crate::browser;
use crate::catalog;
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

    view! {
        <RelayState page/>
        <button id="start-login" class="primary" on:click=start>
            {move || if awaiting.get() { "Start a new login" } else { "Open Tesla login" }}
        </button>
        <QuestionAt page spot=Spot::Login/>
        <p id="login-problem" class="error" role="alert">{move || problem.get()}</p>
        {move || login_url.get().map(|url| view! {
            <p class="note">
                "No new tab? Your browser may have blocked it: "
                <a id="login-link" href=url target="_blank" rel="noopener noreferrer">"open Tesla's login page"</a>"."
            </p>
            <button id="start-again" on:click=move |_| page.send(Event::ForgetLogins)>
                "Start again (forget this login)"
            </button>
        })}
        <details id="login-options">
            <summary>"Another account, or another language"</summary>
            <label class="inline">
                <input id="switch-account" type="checkbox" prop:checked=move || switch_account.get()
                    on:change=move |ev| switch_account.set(event_target_checked(&ev))/>
                " Use a different Tesla account (Tesla shows its login form even if it remembers you)"
            </label>
            <label for="login-hint">"Account email (optional: lets Tesla pick your region)"</label>
            <input id="login-hint" type="email" autocomplete="off" prop:value=page.typed(Field::LoginEmail)
                on:input=move |ev| page.type_into(Field::LoginEmail, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::LoginEmail, event_target_value(&ev))/>
            <label for="locale">"Language of Tesla's page (optional, e.g. en-US, de-DE)"</label>
            <input id="locale" type="text" autocomplete="off" prop:value=page.typed(Field::LoginLocale)
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
            return "Token requests go straight to Tesla (direct mode).".to_owned();
        }
        let (host, health) = state.get();
        catalog::oauth::relay_health(&host, health)
    };
    view! {
        <p id="relay-state" class="note" class:error=move || state.with(|s| s.1 == RelayHealth::Silent)>{text}</p>
    }
}
