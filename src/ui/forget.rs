use super::question::QuestionAt;
use super::state::PageSignal;
use crate::catalog::say;
use crate::catalog::words::FORGET_EVERYTHING_BUTTON;
use leptos::prelude::*;
use token_core::page::{Event, Spot};

/// "Forget everything": asks once when something would go, then wipes it.
#[component]
pub fn Forget(
    /// The page to wipe.
    page: PageSignal,
) -> impl IntoView {
    view! {
        <button id="forget-everything" on:click=move |_| page.send(Event::Forget)>{say(FORGET_EVERYTHING_BUTTON)}</button>
        <QuestionAt page spot=Spot::Forget/>
    }
}
