use super::state::PageSignal;
use crate::browser;
use crate::catalog::say;
use crate::catalog::words::{TOKEN_FIELD_COPIED, TOKEN_FIELD_REFUSED};
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::page::Event;

/// A secret in a read-only box, with a copy button.
#[component]
pub fn TokenField(
    /// The page, told when the user has a copy.
    page: PageSignal,
    /// The element id, also used by the label.
    id: &'static str,
    /// What it is.
    label: String,
    /// Its copy button.
    copy_label: String,
    /// The value.
    value: Signal<String>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let copy = move |_| {
        spawn_local(async move {
            let ok = browser::copy_to_clipboard(&value.get_untracked()).await;
            if ok {
                page.send(Event::Saved);
            }
            copied.set(Some(say(if ok { TOKEN_FIELD_COPIED } else { TOKEN_FIELD_REFUSED })));
        });
    };
    view! {
        <div class="token">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="3" spellcheck="false" prop:value=move || value.get()></textarea>
            <button on:click=copy>{copy_label}</button>
            <span aria-live="polite">{move || copied.get()}</span>
        </div>
    }
}
