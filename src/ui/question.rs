use super::state::PageSignal;
use crate::catalog::words::{QUESTION_NO, QUESTION_YES};
use crate::catalog::{self, say};
use leptos::prelude::*;
use token_core::page::{Event, Spot};

/// The question the page asks before it does something that cannot be
/// undone, shown beside the control that would do it.
#[component]
pub fn QuestionAt(
    /// The page that asks.
    page: PageSignal,
    /// The control beside which this place stands.
    spot: Spot,
) -> impl IntoView {
    let text = Memo::new(move |_| {
        page.with(|p| p.question().filter(|q| q.spot() == spot).map(|q| catalog::page::asks(q.asks())))
    });
    view! {
        {move || text.get().map(|text| view! {
            <div id="question" class="banner" role="alertdialog" aria-labelledby="question-text">
                <p id="question-text">{text}</p>
                <button id="confirm-yes" on:click=move |_| page.send(Event::Confirm)>{say(QUESTION_YES)}</button>
                <button id="confirm-no" on:click=move |_| page.send(Event::Decline)>{say(QUESTION_NO)}</button>
            </div>
        })}
    }
}
