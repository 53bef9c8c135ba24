use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::transport::choice::{RelayChoice, admitted};
use token_core::transport::relay::RelaySettingError;
use token_core::transport::via::{DirectSupport, probe};

/// The relay setting, and the confirmation a relay from a link needs.
#[component]
pub fn RelaySetting(
    /// The page whose relay and direct mode this sets.
    page: Page,
    /// Why a `?relay=` from the link was refused, if it was.
    link_refusal: Option<RelaySettingError>,
) -> impl IntoView {
    let relay = page.relay;
    let typed = RwSignal::new(relay.with_untracked(|r| r.active().as_str().to_owned()));
    let problem = RwSignal::new(link_refusal.map(|e| format!("The link's relay setting was refused: {e}")));
    let save = move |_| match admitted(&typed.get_untracked()) {
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
fn DirectMode(page: Page) -> impl IntoView {
    let direct = page.direct;
    let run_probe = move |_| {
        direct.set(DirectSupport::Testing);
        spawn_local(async move {
            let (url, body) = probe();
            // Any answer this page can read means Tesla allows it; the
            // probe carries nothing that can be spent.
            let readable = browser::post(&url, &body).await.is_ok();
            direct.set(if readable {
                DirectSupport::Available { chosen: false }
            } else {
                DirectSupport::Unavailable
            });
        });
    };
    let status = move || match direct.get() {
        DirectSupport::Untested => "",
        DirectSupport::Testing => "Asking Tesla…",
        DirectSupport::Unavailable => {
            "Tesla does not let this page read its answers: requests go through the relay."
        }
        DirectSupport::Available { .. } => "Tesla answers this page directly: you can skip the relay.",
    };
    let available = move || matches!(direct.get(), DirectSupport::Available { .. });
    view! {
        <h3>"Direct mode"</h3>
        <p class="note">
            "If Tesla's token endpoint lets this page read its answers (CORS), no relay is needed. "
            "The check sends Tesla a request that holds no code or token, so it cannot spend anything."
        </p>
        <button id="probe-direct" on:click=run_probe>"Check whether Tesla answers this page directly"</button>
        <p id="direct-status" role="status" aria-live="polite">{status}</p>
        <label class="inline">
            <input id="use-direct" type="checkbox" disabled=move || !available()
                prop:checked=move || direct.get() == (DirectSupport::Available { chosen: true })
                on:change=move |ev| direct.set(DirectSupport::Available { chosen: event_target_checked(&ev) })/>
            " Send token requests directly to Tesla (no relay)"
        </label>
    }
}
