use super::state::PageSignal;
use crate::catalog;
use leptos::prelude::*;

/// What leaving the page now would lose, while it would lose something.
#[component]
pub fn LeaveWarning(
    /// The page whose login or tokens would be lost.
    page: PageSignal,
) -> impl IntoView {
    let warning = Memo::new(move |_| page.with(|p| p.leave_warning().map(catalog::page::leave_warning)));
    view! {
        {move || warning.get().map(|text| view! { <p id="leave-warning" class="banner quiet" role="note">{text}</p> })}
    }
}
