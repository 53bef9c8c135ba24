use crate::browser;
use crate::catalog;
use leptos::html::P;
use leptos::prelude::*;
use token_core::page::{Message, Tone};

/// A result beside the control that caused it, announced to screen readers
/// and scrolled into sight when it changes.
#[component]
pub fn Said(
    /// The element id.
    id: &'static str,
    /// What to say, if anything.
    message: Memo<Option<Message>>,
) -> impl IntoView {
    let class = move || {
        message.with(|m| {
            m.as_ref().map(|m| match m.tone {
                Tone::Working => "working",
                Tone::Done => "done",
                Tone::Problem => "error",
            })
        })
    };
    let place = NodeRef::<P>::new();
    show_when_said(place, move || message.with(Option::is_some));
    view! {
        <p id=id node_ref=place role="status" aria-live="polite" class=class>
            {move || message.with(|m| m.as_ref().map(|m| catalog::page::says(&m.says)))}
        </p>
    }
}

/// Scrolls `place` into sight whenever `said` turns true or what it reads
/// changes: a result shows where the eye already is.
pub fn show_when_said(place: NodeRef<P>, said: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        if said()
            && let Some(element) = place.get()
        {
            browser::show_whole(&element);
        }
    });
}
