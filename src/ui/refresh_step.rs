use super::question::QuestionAt;
use super::said::Said;
use super::state::PageSignal;
use crate::catalog;
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
            <h3 id="refresh-title">"Already have a refresh token?"</h3>
            <p>"Paste it to get a new access token without logging in. The refresh token is "
               "spent by this: use the new one from then on."</p>
            <label for="refresh-input">"Refresh token"</label>
            <textarea id="refresh-input" rows="3" spellcheck="false" autocomplete="off"
                prop:value=page.typed(Field::RefreshToken)
                on:input=move |ev| page.type_into(Field::RefreshToken, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::RefreshToken, event_target_value(&ev))></textarea>
            <label for="refresh-region">"Region (only needed if the token does not name its issuer)"</label>
            <select id="refresh-region" on:change=choose_region>
                <option value="">"From the token"</option>
                <option value="global">{catalog::oauth::region(Region::Global)}</option>
                <option value="china">{catalog::oauth::region(Region::China)}</option>
            </select>
            <label for="refresh-client-id">"App client id (Fleet API refresh tokens, NA_…, only)"</label>
            <input id="refresh-client-id" type="text" autocomplete="off"
                prop:value=page.typed(Field::RefreshClientId)
                on:input=move |ev| page.type_into(Field::RefreshClientId, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::RefreshClientId, event_target_value(&ev))/>
            <button id="refresh-pasted" class="primary" on:click=refresh>"Refresh"</button>
            <QuestionAt page spot=Spot::RefreshPasted/>
            <Said id="refresh-status" message=status/>
        </section>
    }
}
