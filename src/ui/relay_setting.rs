use super::split::sentence;
use super::state::PageSignal;
use crate::catalog::words::*;
use crate::catalog::{self, say, say_with};
use l10n::Arg;
use leptos::prelude::*;
use token_core::page::{Event, Field, Spot};
use token_core::settings::relay::{PLACEHOLDER, RelaySettingError};
use token_core::transport::via::DirectSupport;

/// The relay setting, and the confirmation a relay from a link needs.
#[component]
pub fn RelaySetting(
    /// The page whose relay and direct mode this sets.
    page: PageSignal,
    /// Why a `?relay=` from the link was refused, if it was.
    link_refusal: Option<RelaySettingError>,
) -> impl IntoView {
    let active = Memo::new(move |_| page.with(|p| p.relay().active().clone()));
    let proposed = Memo::new(move |_| page.with(|p| p.relay().proposed_by_link().cloned()));
    let refused_link = link_refusal.map(|e| {
        let reason = catalog::oauth::relay_setting_error(&e);
        say_with(RELAY_SETTING_LINK_REFUSED, &[("reason", Arg::Text(&reason))])
    });
    let problem =
        Memo::new(move |_| page.with(|p| p.message(Spot::Relay).map(|m| catalog::page::says(&m.says))));
    let active_host = move || active.with(|a| a.host().to_owned());

    view! {
        <section id="relay" aria-labelledby="relay-title">
            <h3 id="relay-title">{say(RELAY_SETTING_TITLE)}</h3>
            <p>{sentence(RELAY_SETTING_WHY, vec![("relay", view! { <code>"token-relay"</code> }.into_any())])}</p>
            <p>{sentence(RELAY_SETTING_ACTIVE, vec![("host", view! { <code id="relay-host">{active_host}</code> }.into_any())])}</p>
            {move || proposed.get().map(|proposed| {
                let asks = sentence(
                    RELAY_SETTING_PROPOSAL,
                    vec![
                        ("host", view! { <code>{proposed.host().to_owned()}</code> }.into_any()),
                        ("address", view! { <code>{proposed.as_str().to_owned()}</code> }.into_any()),
                    ],
                );
                let host = |key| say_with(key, &[("host", Arg::Text(proposed.host()))]);
                view! {
                    <div id="relay-proposal" class="banner" role="alert">
                        <p>{asks}</p>
                        <button id="relay-accept" on:click=move |_| page.send(Event::AcceptRelay)>{host(RELAY_SETTING_ACCEPT)}</button>
                        <button id="relay-reject" on:click=move |_| page.send(Event::RejectRelay)>
                            {say_with(RELAY_SETTING_KEEP, &[("host", Arg::Text(&active_host()))])}
                        </button>
                    </div>
                }
            })}
            <label for="relay-input">{sentence(RELAY_SETTING_ADDRESS, vec![("marker", view! { <code>{PLACEHOLDER}</code> }.into_any())])}</label>
            <input
                id="relay-input"
                type="url"
                spellcheck="false"
                autocomplete="off"
                prop:value=page.typed(Field::RelayAddress)
                on:input=move |ev| page.type_into(Field::RelayAddress, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::RelayAddress, event_target_value(&ev))
            />
            <button id="relay-save" on:click=move |_| page.send(Event::SaveRelay)>{say(RELAY_SETTING_SAVE)}</button>
            <p id="relay-error" class="error" aria-live="polite">{move || problem.get().or_else(|| refused_link.clone())}</p>
            <DirectMode page/>
            <p class="note">{say(RELAY_SETTING_LOCAL_NETWORK)}</p>
        </section>
    }
}

/// The direct-mode probe, and the choice to skip the relay when it works.
#[component]
fn DirectMode(page: PageSignal) -> impl IntoView {
    let direct = Memo::new(move |_| page.with(|p| p.direct()));
    let status = move || catalog::oauth::direct_support(direct.get());
    let available = move || matches!(direct.get(), DirectSupport::Available { .. });
    view! {
        <h3 id="direct-title">{say(DIRECT_MODE_TITLE)}</h3>
        <p class="note">{say(DIRECT_MODE_NOTE)}</p>
        <button id="probe-direct" on:click=move |_| page.send(Event::ProbeDirect)>{say(DIRECT_MODE_PROBE)}</button>
        <p id="direct-status" role="status" aria-live="polite">{status}</p>
        <label class="inline">
            <input id="use-direct" type="checkbox" disabled=move || !available()
                prop:checked=move || direct.get() == (DirectSupport::Available { chosen: true })
                on:change=move |ev| page.send(Event::ChooseDirect(event_target_checked(&ev)))/>
            " "{say(DIRECT_MODE_USE)}
        </label>
    }
}
