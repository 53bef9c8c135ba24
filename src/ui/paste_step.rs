use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use token_core::page::{Event, Spot, Tone};

/// What step 2 says while a relay from a link awaits the user's answer.
const RELAY_FIRST: &str =
    "First answer the relay question below: this page sends nothing to a relay you have not confirmed.";

/// The class of a message's paragraph.
pub fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Working => "working",
        Tone::Done => "done",
        Tone::Problem => "error",
    }
}

/// Step 2: the paste box, and the exchange through the relay (or direct).
#[component]
pub fn PasteStep(
    /// The page whose login the paste finishes.
    page: Page,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let exchange =
        move |_| page.send(Event::Paste { text: pasted.get_untracked(), now_ms: browser::now_ms() });
    let awaiting = Memo::new(move |_| page.with(|p| p.awaiting_paste()));
    let working = Memo::new(move |_| page.with(|p| p.exchanging()));
    let relay_pending = Memo::new(move |_| page.with(|p| p.relay_unconfirmed() && !p.exchanging()));
    let status = Memo::new(move |_| page.with(|p| p.message(Spot::Paste).cloned()));
    // The code is spent once it gave tokens; it has no business staying on screen.
    Effect::new(move |_| {
        if status.with(|m| m.as_ref().is_some_and(|m| m.tone == Tone::Done)) {
            pasted.set(String::new());
        }
    });
    let class = move || status.with(|m| m.as_ref().map(|m| tone_class(m.tone)));
    let text = move || {
        if relay_pending.get() {
            return Some(RELAY_FIRST.to_owned());
        }
        status.with(|m| m.as_ref().map(|m| m.text.clone()))
    };

    view! {
        <section id="step-2" aria-labelledby="step-2-title" class:inactive=move || !awaiting.get()>
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
            <button id="exchange" class="primary" on:click=exchange disabled=move || !awaiting.get() || working.get() || relay_pending.get()>
                "Get my tokens"
            </button>
            <p id="status" role="status" aria-live="polite" class=move || if relay_pending.get() { Some("error") } else { class() }>
                {text}
            </p>
            <Show when=move || !awaiting.get()>
                <p class="note">"Start with step 1: a paste only works for the login this page started."</p>
            </Show>
        </section>
    }
}
