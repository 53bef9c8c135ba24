use super::question::QuestionAt;
use super::said::Said;
use super::state::PageSignal;
use crate::catalog::words::*;
use crate::catalog::{self, say};
use leptos::prelude::*;
use token_core::oauth::region::Region;
use token_core::page::{Event, Field, Spot};

/// Refresh without logging in: paste a refresh token, get new tokens.
#[component]
pub fn RefreshStep(
    /// The page that will show the new tokens.
    page: PageSignal,
) -> impl IntoView {
    let region = RwSignal::new(None::<Region>);
    let status = Memo::new(move |_| page.with(|p| p.message(Spot::RefreshPasted).cloned()));
    let refresh = move |_| {
        page.send(Event::RefreshPasted { region: region.get_untracked(), spot: Spot::RefreshPasted })
    };
    let choose_region = move |ev| {
        region.set(match event_target_value(&ev).as_str() {
            "global" => Some(Region::Global),
            "china" => Some(Region::China),
            _ => None,
        })
    };
    view! {
        <section id="refresh" aria-labelledby="refresh-title">
            <h3 id="refresh-title">{say(REFRESH_STEP_TITLE)}</h3>
            <p>{say(REFRESH_STEP_INTRO)}</p>
            <label for="refresh-input">{say(REFRESH_STEP_TOKEN)}</label>
            <textarea id="refresh-input" rows="3" spellcheck="false" autocomplete="off"
                prop:value=page.typed(Field::RefreshToken)
                on:input=move |ev| page.type_into(Field::RefreshToken, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::RefreshToken, event_target_value(&ev))></textarea>
            <label for="refresh-region">{say(REFRESH_STEP_REGION)}</label>
            <select id="refresh-region" on:change=choose_region>
                <option value="">{say(REFRESH_STEP_REGION_FROM_TOKEN)}</option>
                <option value="global">{catalog::oauth::region(Region::Global)}</option>
                <option value="china">{catalog::oauth::region(Region::China)}</option>
            </select>
            <label for="refresh-client-id">{say(REFRESH_STEP_CLIENT_ID)}</label>
            <input id="refresh-client-id" type="text" autocomplete="off"
                prop:value=page.typed(Field::RefreshClientId)
                on:input=move |ev| page.type_into(Field::RefreshClientId, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::RefreshClientId, event_target_value(&ev))/>
            <button id="refresh-pasted" class="primary" on:click=refresh>{say(REFRESH_STEP_BUTTON)}</button>
            <QuestionAt page spot=Spot::RefreshPasted/>
            <Said id="refresh-status" message=status/>
        </section>
    }
}
