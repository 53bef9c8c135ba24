use crate::browser;
use crate::core::flow::{Exchange, Flow};
use crate::core::relay::RelayChoice;
use crate::core::token::{Route, read_token_answer};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Step 2: the paste box, and the exchange through the relay.
#[component]
pub fn PasteStep(
    /// The flow whose login the paste finishes.
    flow: RwSignal<Flow>,
    /// The relay the exchange goes through.
    relay: RwSignal<RelayChoice>,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let exchange = move |_| {
        let Some(template) = relay.with_untracked(|r| r.usable().cloned()) else { return };
        let text = pasted.get_untracked();
        let Some(request) = flow.try_update(|f| f.begin_exchange(&text, &template)).flatten() else {
            return;
        };
        let url = template.url_for(&request.endpoint);
        spawn_local(async move {
            let answer = browser::post(&url, &request.body(false)).await;
            let outcome = read_token_answer(answer, &Route::Relay(template.host().to_owned()), request.grant);
            if outcome.is_ok() {
                // The code is spent; it has no business staying on screen.
                pasted.set(String::new());
            }
            flow.update(|f| f.finish_exchange(outcome, browser::now_ms()));
        });
    };
    let working = move || flow.with(|f| matches!(f.exchange(), Exchange::Working { .. }));
    let relay_pending = move || relay.with(|r| r.usable().is_none());
    let status = move || {
        if relay_pending() {
            return Some(("error", "First answer the relay question below: this page sends nothing to a relay you have not confirmed.".to_owned()));
        }
        flow.with(|f| match f.exchange() {
            Exchange::Idle => None,
            Exchange::Working { relay_host } => Some(("working", format!(
                "Working… exchanging the code through the relay at {relay_host}. This can take several seconds."
            ))),
            Exchange::Refused(refusal) => Some(("error", refusal.to_string())),
            Exchange::Failed(failure) => Some(("error", failure.to_string())),
        })
    };

    view! {
        <section id="step-2" aria-labelledby="step-2-title" class:inactive=move || !flow.with(Flow::awaiting_paste)>
            <h2 id="step-2-title">"2. Paste the callback URL"</h2>
            <label for="paste">"The " <code>"tesla://auth/callback?…"</code> " URL or console line"</label>
            <textarea
                id="paste"
                rows="4"
                spellcheck="false"
                autocomplete="off"
                placeholder="tesla://auth/callback?locale=en-US&code=…&state=…&issuer=…"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button
                id="exchange"
                class="primary"
                on:click=exchange
                disabled=move || !flow.with(Flow::awaiting_paste) || working() || relay_pending()
            >
                "Get my tokens"
            </button>
            <p id="status" role="status" aria-live="polite" class=move || status().map(|(kind, _)| kind)>
                {move || status().map(|(_, text)| text)}
            </p>
            <Show when=move || !flow.with(Flow::awaiting_paste)>
                <p class="note">"Start with step 1: a paste only works for the login this page started."</p>
            </Show>
        </section>
    }
}
