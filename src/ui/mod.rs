//! The view: components render the core's state and call its methods; the
//! browser module does their IO.

mod leave_warning;
mod login_step;
mod paste_step;
mod relay_setting;
mod tokens_step;
mod trust;

use crate::browser;
use crate::core::flow::Flow;
use crate::core::relay::RelayChoice;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let flow = RwSignal::new(Flow::default());
    let (choice, link_refusal) =
        RelayChoice::new(browser::saved_relay().as_deref(), browser::relay_from_link().as_deref());
    let relay = RwSignal::new(choice);
    Effect::new(move |_| browser::set_leave_guard(flow.with(Flow::would_lose_work)));

    view! {
        <header>
            <h1>"Your own Tesla API tokens"</h1>
            <p class="lead">
                "Log in on Tesla's own page, paste one URL back here, and get an access token "
                "and a refresh token. Your password never touches this page, and the tokens "
                "exist only in this tab's memory."
            </p>
        </header>
        <leave_warning::LeaveWarning flow/>
        <main>
            <login_step::LoginStep flow/>
            <paste_step::PasteStep flow relay/>
            <tokens_step::TokensStep flow/>
            <relay_setting::RelaySetting relay link_refusal/>
            <trust::Trust/>
        </main>
    }
}
