use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use token_core::oauth::pkce::{PkceVerifier, new_state};
use token_core::page::{Event, Secrets, Spot};

/// A fresh verifier and state from the browser's random source.
pub fn new_secrets() -> Secrets {
    PkceVerifier::generate().and_then(|verifier| Ok((verifier, new_state()?)))
}

/// Step 1: what will happen, the login options, and the button that opens
/// Tesla's login.
#[component]
pub fn LoginStep(
    /// The page whose flow the login starts.
    page: Page,
) -> impl IntoView {
    let switch_account = RwSignal::new(false);
    let email = RwSignal::new(String::new());
    let locale = RwSignal::new(String::new());
    let start = move |_| {
        page.send(Event::StartLogin {
            switch_account: switch_account.get_untracked(),
            email: email.get_untracked(),
            locale: locale.get_untracked(),
            secrets: new_secrets(),
            now_ms: browser::now_ms(),
        })
    };
    let login_url = Memo::new(move |_| page.with(|p| p.login_url().map(ToString::to_string)));
    let awaiting = Memo::new(move |_| page.with(|p| p.awaiting_paste()));
    let problem = Memo::new(move |_| page.with(|p| p.message(Spot::Login).map(|m| m.text.clone())));

    view! {
        <section id="step-1" aria-labelledby="step-1-title">
            <h2 id="step-1-title">"1. Log in on Tesla's page"</h2>
            <ol class="instructions">
                <li>"Press the button below. A new tab opens on " <code>"auth.tesla.com"</code>
                    ": Tesla's own login page (check the address bar)."</li>
                <li><strong>"In that new tab, open the developer tools before you log in"</strong>
                    ": " <kbd>"F12"</kbd> " or " <kbd>"Ctrl+Shift+I"</kbd> " (" <kbd>"⌥⌘I"</kbd>
                    " on a Mac), and pick the " <em>"Console"</em> " tab."</li>
                <li>"Log in with your email and password, and your MFA code if you use one. "
                    "Only Tesla's tab sees them."</li>
                <li>"The tab then stays on " <q>"Verified Successfully"</q> " / " <q>"Loading…"</q>
                    ". That is expected: the browser cannot open the app link Tesla sends it to."</li>
                <li>"Copy that link. In the " <em>"Console"</em> " it is in the line "
                    <code>"Failed to launch 'tesla://auth/callback?code=…' because the scheme does not have a registered handler."</code>
                    " (copying the whole line is fine). Or, in " <em>"Network"</em>
                    " (tick " <em>"Preserve log"</em> "), pick the last request and copy its "
                    <code>"location: tesla://auth/callback?…"</code> " response header."</li>
                <li>"Paste it in step 2. Opened the developer tools too late? Reload the login "
                    "tab with them open and log in again."</li>
            </ol>
            <p class="banner quiet">
                "Keep this page open until your tokens are shown: the login's secret lives only "
                "in this page's memory, so refreshing or closing the page means starting again."
            </p>
            <p class="note">
                "The steps above are Chrome's and Edge's. In Firefox, the Console line names the "
                "address before the redirect, which is useless: open Network (with \"Persist Logs\"), "
                "pick the blocked complete?transaction_id=… row and copy its location: response "
                "header. Safari shows the tesla:// URL in its address bar. On a phone with the "
                "Tesla app installed, the app may take the link, so use a computer."
            </p>
            <details id="login-options">
                <summary>"Another account, or another language"</summary>
                <label class="inline">
                    <input id="switch-account" type="checkbox" prop:checked=move || switch_account.get()
                        on:change=move |ev| switch_account.set(event_target_checked(&ev))/>
                    " Use a different Tesla account (Tesla shows its login form even if it remembers you)"
                </label>
                <label for="login-hint">"Account email (optional: lets Tesla pick your region)"</label>
                <input id="login-hint" type="email" autocomplete="off" prop:value=move || email.get()
                    on:input=move |ev| email.set(event_target_value(&ev))/>
                <label for="locale">"Language of Tesla's page (optional, e.g. en-US, de-DE)"</label>
                <input id="locale" type="text" autocomplete="off" prop:value=move || locale.get()
                    on:input=move |ev| locale.set(event_target_value(&ev))/>
            </details>
            <button id="start-login" class="primary" on:click=start>
                {move || if awaiting.get() { "Start a new login" } else { "Open Tesla login" }}
            </button>
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
        </section>
    }
}
