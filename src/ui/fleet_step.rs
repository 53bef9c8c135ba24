use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::oauth::channel::LoginResult;
use token_core::oauth::fleet::{FleetLogin, FleetRegion, FleetSettings, redirect_uri_for};
use token_core::oauth::pkce::{PkceVerifier, new_state};
use token_core::settings;
use token_core::tesla;

/// A message from a login tab that came back to this page: if it belongs
/// to the pending Fleet login, exchange its code.
pub fn receive(page: Page, message: &str) {
    // Anything from another tab of this origin could arrive: check it first.
    let Ok(result) = LoginResult::from_message(message) else { return };
    let request = page.fleet.with_untracked(|login| login.as_ref().map(|l| l.request_for(&result)));
    let request = match request {
        None => return,
        Some(Err(error)) => return page.notice.set(Some(error.to_string())),
        Some(Ok(request)) => request,
    };
    let Some(via) = page.via() else {
        return page
            .notice
            .set(Some("Answer the relay question first, then log in with your app again.".into()));
    };
    page.notice.set(Some(format!("Exchanging your app's code {}…", via.route().describe())));
    spawn_local(async move {
        match page.adopt(&request, &via).await {
            Ok(()) => {
                page.fleet.set(None);
                page.notice.set(Some(format!("Tokens for your app received {}.", via.route().describe())));
            }
            Err(error) => page.notice.set(Some(error.to_string())),
        }
    });
}

/// "Your own app": a Fleet API app whose redirect URI is this page, so no
/// developer tools are needed. Collapsed: most people want the owner API.
#[component]
pub fn FleetStep(
    /// The page that keeps the pending login.
    page: Page,
) -> impl IntoView {
    let client_id = RwSignal::new(settings::FLEET_CLIENT_ID.unwrap_or_default().to_owned());
    let scopes = RwSignal::new(tesla::FLEET_SCOPES.to_owned());
    let region = RwSignal::new(FleetRegion::NorthAmerica);
    let secret = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let page_url = browser::page_url();
    let redirect = page_url.as_ref().map(redirect_uri_for);
    let start = move |_| {
        let settings = FleetSettings::parse(
            &client_id.get_untracked(),
            &scopes.get_untracked(),
            region.get_untracked(),
            &secret.get_untracked(),
        );
        let (settings, Some(page_url)) = (settings, page_url.clone()) else { return };
        let settings = match settings {
            Ok(settings) => settings,
            Err(error) => return problem.set(Some(error.to_string())),
        };
        match PkceVerifier::generate().and_then(|v| Ok((v, new_state()?))) {
            Ok((verifier, state)) => {
                let (login, url) = FleetLogin::start(settings, verifier, state, &page_url);
                page.fleet.set(Some(login));
                problem.set(None);
                browser::open_in_new_tab(url.as_str());
            }
            Err(error) => problem.set(Some(error.to_string())),
        }
    };
    let regions = FleetRegion::ALL
        .map(|r| view! { <option value=r.label() selected=move || region.get() == r>{r.label()}</option> });
    let choose_region = move |ev| {
        let label = event_target_value(&ev);
        if let Some(chosen) = FleetRegion::ALL.into_iter().find(|r| r.label() == label) {
            region.set(chosen);
        }
    };

    view! {
        <details id="fleet" class="section">
            <summary><h2>"Your own app (Fleet API): no developer tools needed"</h2></summary>
            <p>
                "For a Fleet API app you registered at developer.tesla.com. Register this page's "
                "address as its redirect URI: " <code id="fleet-redirect">{redirect}</code>
                ". After the login, Tesla sends the tab back here, and it hands the code to this "
                "tab (through the browser, not through any server)."
            </p>
            <label for="fleet-client-id">"Client id"</label>
            <input id="fleet-client-id" type="text" autocomplete="off"
                prop:value=move || client_id.get() on:input=move |ev| client_id.set(event_target_value(&ev))/>
            <label for="fleet-region">"Region of your account"</label>
            <select id="fleet-region" on:change=choose_region>{regions}</select>
            <label for="fleet-scopes">"Scopes"</label>
            <input id="fleet-scopes" type="text" autocomplete="off"
                prop:value=move || scopes.get() on:input=move |ev| scopes.set(event_target_value(&ev))/>
            <label for="fleet-secret">"Client secret (only for a third-party app; leave empty for an open-source app)"</label>
            <input id="fleet-secret" type="password" autocomplete="off"
                prop:value=move || secret.get() on:input=move |ev| secret.set(event_target_value(&ev))/>
            <p class="note">
                "A secret stays in this page's memory, but it travels to Tesla through the relay, "
                "which can see it: only use a secret with a relay you run on your own machine."
            </p>
            <button id="fleet-login" class="primary" on:click=start>"Log in with my app"</button>
            <p id="fleet-problem" class="error" role="alert">{move || problem.get()}</p>
            <Show when=move || page.fleet.with(Option::is_some)>
                <p id="fleet-waiting" role="status">"Waiting for the login tab to come back…"</p>
            </Show>
        </details>
    }
}
