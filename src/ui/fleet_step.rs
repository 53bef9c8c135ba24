use super::login_step::new_secrets;
use super::question::QuestionAt;
use super::said::Said;
use super::split::sentence;
use super::state::PageSignal;
use crate::catalog::words::*;
use crate::catalog::{self, say};
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
    // Every language's page comes back to one address, the one registered
    // for the app: the page without its language's folder.
    let page_url = catalog::shared_page_url();
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
            <h3 id="fleet-title">{say(FLEET_STEP_TITLE)}</h3>
            <p>{sentence(FLEET_STEP_INTRO, vec![("redirect", view! { <code id="fleet-redirect">{redirect}</code> }.into_any())])}</p>
            <label for="fleet-client-id">{say(FLEET_STEP_CLIENT_ID)}</label>
            <input id="fleet-client-id" type="text" autocomplete="off"
                prop:value=page.typed(Field::FleetClientId)
                on:input=move |ev| page.type_into(Field::FleetClientId, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::FleetClientId, event_target_value(&ev))/>
            <label for="fleet-region">{say(FLEET_STEP_REGION)}</label>
            <select id="fleet-region" on:change=choose_region>{regions}</select>
            <label for="fleet-scopes">{say(FLEET_STEP_SCOPES)}</label>
            // A box that wraps: every scope of the default list in sight, on a phone too.
            <textarea id="fleet-scopes" rows="3" autocomplete="off" spellcheck="false"
                prop:value=page.typed(Field::FleetScopes)
                on:input=move |ev| page.type_into(Field::FleetScopes, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::FleetScopes, event_target_value(&ev))/>
            <label for="fleet-secret">{say(FLEET_STEP_SECRET)}</label>
            <input id="fleet-secret" type="password" autocomplete="off"
                prop:value=page.typed(Field::FleetSecret)
                on:input=move |ev| page.type_into(Field::FleetSecret, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::FleetSecret, event_target_value(&ev))/>
            <p class="note">{say(FLEET_STEP_SECRET_NOTE)}</p>
            <button id="fleet-login" class="primary" on:click=start>{say(FLEET_STEP_LOGIN)}</button>
            <QuestionAt page spot=Spot::Fleet/>
            <Said id="fleet-status" message=status/>
        </section>
    }
}
