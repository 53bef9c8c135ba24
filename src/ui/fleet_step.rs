use super::login_step::new_secrets;
use super::question::QuestionAt;
use super::said::Said;
use super::state::PageSignal;
use crate::browser;
use crate::catalog;
use leptos::prelude::*;
use token_core::oauth::fleet::{FleetRegion, redirect_uri_for};
use token_core::page::{Event, Field, Spot};

/// "Your own app": a Fleet API app whose redirect URI is this page, so no
/// developer tools are needed. Under "More tools": most people want the owner API.
#[component]
pub fn FleetStep(
    /// The page that keeps the pending login.
    page: PageSignal,
) -> impl IntoView {
    let region = RwSignal::new(FleetRegion::NorthAmerica);
    let status = Memo::new(move |_| page.with(|p| p.message(Spot::Fleet).cloned()));
    let page_url = browser::page_url();
    let redirect = page_url.as_ref().map(redirect_uri_for);
    let start = move |_| {
        let Some(page_url) = page_url.clone() else { return };
        page.send(Event::StartFleet { region: region.get_untracked(), secrets: new_secrets(), page_url })
    };
    let regions = FleetRegion::ALL.map(|r| {
        view! { <option value=r.code() selected=move || region.get() == r>{catalog::oauth::fleet_region(r)}</option> }
    });
    let choose_region = move |ev| {
        if let Some(chosen) = FleetRegion::from_code(&event_target_value(&ev)) {
            region.set(chosen);
        }
    };

    view! {
        <section id="fleet" aria-labelledby="fleet-title">
            <h3 id="fleet-title">"Your own app (Fleet API): no developer tools needed, works on a phone"</h3>
            <p>
                "For a Fleet API app you registered at developer.tesla.com. Register this page's "
                "address as its redirect URI: " <code id="fleet-redirect">{redirect}</code>
                ". After the login, Tesla sends the tab back here, and it hands the code to this "
                "tab (through the browser, not through any server)."
            </p>
            <label for="fleet-client-id">"Client id"</label>
            <input id="fleet-client-id" type="text" autocomplete="off"
                prop:value=page.typed(Field::FleetClientId)
                on:input=move |ev| page.type_into(Field::FleetClientId, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::FleetClientId, event_target_value(&ev))/>
            <label for="fleet-region">"Region of your account"</label>
            <select id="fleet-region" on:change=choose_region>{regions}</select>
            <label for="fleet-scopes">"Scopes"</label>
            // A box that wraps: every scope of the default list in sight, on a phone too.
            <textarea id="fleet-scopes" rows="3" autocomplete="off" spellcheck="false"
                prop:value=page.typed(Field::FleetScopes)
                on:input=move |ev| page.type_into(Field::FleetScopes, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::FleetScopes, event_target_value(&ev))/>
            <label for="fleet-secret">"Client secret (only for a third-party app; leave empty for an open-source app)"</label>
            <input id="fleet-secret" type="password" autocomplete="off"
                prop:value=page.typed(Field::FleetSecret)
                on:input=move |ev| page.type_into(Field::FleetSecret, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::FleetSecret, event_target_value(&ev))/>
            <p class="note">
                "A secret stays in this page's memory, but it travels to Tesla through the relay, "
                "which can see it: only use a secret with a relay you run on your own machine."
            </p>
            <button id="fleet-login" class="primary" on:click=start>"Log in with my app"</button>
            <QuestionAt page spot=Spot::Fleet/>
            <Said id="fleet-status" message=status/>
        </section>
    }
}
