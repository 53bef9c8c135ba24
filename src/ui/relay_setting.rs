use crate::browser;
use crate::core::relay::{RelayChoice, RelaySettingError, RelayTemplate};
use leptos::prelude::*;

/// The relay setting, and the confirmation a relay from a link needs.
#[component]
pub fn RelaySetting(
    /// The relay in use.
    relay: RwSignal<RelayChoice>,
    /// Why a `?relay=` from the link was refused, if it was.
    link_refusal: Option<RelaySettingError>,
) -> impl IntoView {
    let typed = RwSignal::new(relay.with_untracked(|r| r.active().as_str().to_owned()));
    let problem = RwSignal::new(link_refusal.map(|e| format!("The link's relay setting was refused: {e}")));
    let save = move |_| match RelayTemplate::parse(&typed.get_untracked()) {
        Ok(template) => {
            browser::save_relay(template.as_str());
            typed.set(template.as_str().to_owned());
            relay.update(|r| r.choose(template));
            problem.set(None);
        }
        Err(error) => problem.set(Some(error.to_string())),
    };
    let accept = move |_| {
        relay.update(RelayChoice::accept_proposal);
        let chosen = relay.with_untracked(|r| r.active().as_str().to_owned());
        browser::save_relay(&chosen);
        typed.set(chosen);
    };
    let active_host = move || relay.with(|r| r.active().host().to_owned());

    view! {
        <section id="relay" aria-labelledby="relay-title">
            <h2 id="relay-title">"Relay"</h2>
            <p>
                "Tesla's token endpoint does not let web pages read its answers (it sends no CORS "
                "headers), so the exchange goes through a relay: a tiny forwarder that sees your "
                "code and tokens in passing. Use one you run yourself ("
                <code>"token-relay"</code> ", see the README). Generic public CORS proxies are "
                "unsafe for tokens."
            </p>
            <p>"Requests go to the relay at " <code id="relay-host">{active_host}</code> "."</p>
            {move || relay.with(|r| r.proposed_by_link().cloned()).map(|proposed| view! {
                <div id="relay-proposal" class="banner" role="alert">
                    <p>
                        "The link you opened asks this page to use the relay at "
                        <code>{proposed.host().to_owned()}</code> " (" <code>{proposed.as_str().to_owned()}</code>
                        "). A relay sees your code and tokens as they pass: use it only if you "
                        "trust whoever runs it. Nothing is sent until you choose."
                    </p>
                    <button id="relay-accept" on:click=accept>{format!("Use {}", proposed.host())}</button>
                    <button id="relay-reject" on:click=move |_| relay.update(RelayChoice::reject_proposal)>
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
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
            <button id="relay-save" on:click=save>"Use this relay"</button>
            <p id="relay-error" class="error" aria-live="polite">{move || problem.get()}</p>
            <p class="note">
                "If this page is hosted on the web and your relay runs on this computer, the "
                "browser may ask whether the page may reach devices on your local network: allow "
                "it for this page, or the relay cannot be reached."
            </p>
        </section>
    }
}
