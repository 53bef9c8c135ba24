use super::question::QuestionAt;
use super::state::PageSignal;
use leptos::prelude::*;
use token_core::page::{Event, Spot};

/// "Forget everything": asks once when something would go, then wipes it.
#[component]
pub fn Forget(
    /// The page to wipe.
    page: PageSignal,
) -> impl IntoView {
    view! {
        <button id="forget-everything" on:click=move |_| page.send(Event::Forget)>"Forget everything"</button>
        <QuestionAt page spot=Spot::Forget/>
    }
}
