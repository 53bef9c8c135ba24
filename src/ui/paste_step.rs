use super::state::Page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::oauth::flow::Exchange;

/// Step 2: the paste box, and the exchange through the relay (or direct).
#[component]
pub fn PasteStep(
    /// The page whose login the paste finishes.
    page: Page,
) -> impl IntoView {
    let flow = page.flow;
    let pasted = RwSignal::new(String::new());
    let exchange = move |_| {
        let Some(via) = page.via() else { return };
        let text = pasted.get_untracked();
        let Some(request) = flow.try_update(|f| f.begin_exchange(&text, via.route())).flatten() else {
            return;
        };
        spawn_local(async move {
            let outcome = Page::send(&request, &via).await;
            if outcome.is_ok() {
                // The code is spent; it has no business staying on screen.
                pasted.set(String::new());
                page.notice.set(Some(format!("Tokens received {}.", via.route().describe())));
            }
            flow.update(|f| f.finish_exchange(outcome));
        });
    };
    let awaiting = move || flow.with(|f| f.awaiting_paste());
    let working = move || flow.with(|f| matches!(f.exchange(), Exchange::Working(_)));
    let relay_pending = move || {
        page.direct.track();
        page.relay.track();
        page.via().is_none()
    };
    let status = move || {
        if relay_pending() {
            return Some(("error", "First answer the relay question below: this page sends nothing to a relay you have not confirmed.".to_owned()));
        }
        flow.with(|f| match f.exchange() {
            Exchange::Idle => None,
            Exchange::Working(route) => Some((
                "working",
                format!("Working… exchanging the code {}. This can take several seconds.", route.describe()),
            )),
            Exchange::Refused(refusal) => Some(("error", refusal.to_string())),
            Exchange::Failed(failure) => Some(("error", failure.to_string())),
        })
    };

    view! {
        <section id="step-2" aria-labelledby="step-2-title" class:inactive=move || !awaiting()>
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
            <button id="exchange" class="primary" on:click=exchange disabled=move || !awaiting() || working() || relay_pending()>
                "Get my tokens"
            </button>
            <p id="status" role="status" aria-live="polite" class=move || status().map(|(kind, _)| kind)>
                {move || status().map(|(_, text)| text)}
            </p>
            <Show when=move || !awaiting()>
                <p class="note">"Start with step 1: a paste only works for the login this page started."</p>
            </Show>
        </section>
    }
}
