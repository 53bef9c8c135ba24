use super::state::PageSignal;
use crate::catalog;
use leptos::prelude::*;
use token_core::page::{Event, Field, Spot};
use token_core::settings::relay::RelaySettingError;
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
        format!("The link's relay setting was refused: {}", catalog::oauth::relay_setting_error(&e))
    });
    let problem =
        Memo::new(move |_| page.with(|p| p.message(Spot::Relay).map(|m| catalog::page::says(&m.says))));
    let active_host = move || active.with(|a| a.host().to_owned());

    view! {
        <section id="relay" aria-labelledby="relay-title">
            <h3 id="relay-title">"Relay"</h3>
            <p>
                "Tesla's token endpoint does not let web pages read its answers (it sends no CORS "
                "headers), so the exchange goes through a relay: a tiny forwarder that sees your "
                "code and tokens in passing. Use one you run yourself ("
                <code>"token-relay"</code> ": step 2 shows the command when it is needed). "
                "Generic public CORS proxies are unsafe for tokens. Tokens minted through a "
                "Cloudflare Worker relay may be refused by the owner API (Tesla checks how the token "
                "was requested, and a Worker's connection to Tesla is unverified): prefer token-relay."
            </p>
            <p>"Requests go to the relay at " <code id="relay-host">{active_host}</code> "."</p>
            {move || proposed.get().map(|proposed| view! {
                <div id="relay-proposal" class="banner" role="alert">
                    <p>
                        "The link you opened asks this page to use the relay at "
                        <code>{proposed.host().to_owned()}</code> " (" <code>{proposed.as_str().to_owned()}</code>
                        "). A relay sees your code and tokens as they pass: use it only if you "
                        "trust whoever runs it. Nothing is sent until you choose."
                    </p>
                    <button id="relay-accept" on:click=move |_| page.send(Event::AcceptRelay)>{format!("Use {}", proposed.host())}</button>
                    <button id="relay-reject" on:click=move |_| page.send(Event::RejectRelay)>
                        {format!("Keep {}", active_host())}
                    </button>
                </div>
            })}
            <label for="relay-input">"Relay address (" <code>"{url}"</code> " marks where the Tesla URL goes; without it, the URL is appended)"</label>
            <input
                id="relay-input"
                type="url"
                spellcheck="false"
                autocomplete="off"
                prop:value=page.typed(Field::RelayAddress)
                on:input=move |ev| page.type_into(Field::RelayAddress, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::RelayAddress, event_target_value(&ev))
            />
            <button id="relay-save" on:click=move |_| page.send(Event::SaveRelay)>"Use this relay"</button>
            <p id="relay-error" class="error" aria-live="polite">{move || problem.get().or_else(|| refused_link.clone())}</p>
            <DirectMode page/>
            <p class="note">
                "If this page is hosted on the web and your relay runs on this computer, the "
                "browser may ask whether the page may reach devices on your local network: allow "
                "it for this page, or the relay cannot be reached."
            </p>
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
        <h3 id="direct-title">"Direct mode"</h3>
        <p class="note">
            "If Tesla's token endpoint lets this page read its answers (CORS), no relay is needed. "
            "The check sends Tesla a request that holds no code or token, so it cannot spend anything."
        </p>
        <button id="probe-direct" on:click=move |_| page.send(Event::ProbeDirect)>"Check whether Tesla answers this page directly"</button>
        <p id="direct-status" role="status" aria-live="polite">{status}</p>
        <label class="inline">
            <input id="use-direct" type="checkbox" disabled=move || !available()
                prop:checked=move || direct.get() == (DirectSupport::Available { chosen: true })
                on:change=move |ev| page.send(Event::ChooseDirect(event_target_checked(&ev)))/>
            " Send token requests directly to Tesla (no relay)"
        </label>
    }
}
