use super::leave_warning::LeaveWarning;
use super::relay_help::RelayHelp;
use super::said::Said;
use super::split::sentence;
use super::state::PageSignal;
use crate::browser;
use crate::catalog::oauth::callback_address;
use crate::catalog::words::*;
use crate::catalog::{self, say};
use leptos::prelude::*;
use token_core::page::{Event, Field, RelayHealth};

/// Step 2's controls: the paste box, the exchange, and how to start the
/// relay if it is not answering.
#[component]
pub fn PasteStep(
    /// The page whose login the paste finishes.
    page: PageSignal,
) -> impl IntoView {
    let exchange = move |_| page.send(Event::Paste { now_ms: browser::now_ms() });
    let awaiting = Memo::new(move |_| page.with(|p| p.awaiting_paste()));
    let can_paste = Memo::new(move |_| page.with(|p| p.can_paste()));
    let status = Memo::new(move |_| page.with(|p| p.paste_status()));
    let silent = Memo::new(move |_| page.with(|p| p.relay_health() == RelayHealth::Silent));
    let no_tokens = Memo::new(move |_| page.with(|p| p.tokens().is_none()));

    let label = sentence(
        PASTE_LABEL,
        vec![
            ("callback", view! { <code>{callback_address("…")}</code> }.into_any()),
            ("header", view! { <code>"location:"</code> }.into_any()),
        ],
    );

    view! {
        <label for="paste">{label}</label>
        <textarea
            id="paste"
            rows="4"
            spellcheck="false"
            autocomplete="off"
            placeholder=callback_address(&format!("locale={}&code=…&state=…&issuer=…", catalog::language().tesla_locale))
            prop:value=page.typed(Field::Callback)
            on:input=move |ev| page.type_into(Field::Callback, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::Callback, event_target_value(&ev))
        ></textarea>
        <button id="exchange" class="primary" on:click=exchange disabled=move || !can_paste.get()>
            {say(PASTE_EXCHANGE)}
        </button>
        <Said id="status" message=status/>
        <Show when=move || silent.get()><RelayHelp page/></Show>
        <Show when=move || !awaiting.get()>
            <p class="note">{say(PASTE_START_FIRST)}</p>
        </Show>
        <Show when=move || no_tokens.get()><LeaveWarning page/></Show>
    }
}
