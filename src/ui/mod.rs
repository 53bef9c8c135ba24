//! The view: components render the core's state and call its methods; the
//! browser module does their IO.

mod callback_tab;
mod cars_step;
mod fleet_step;
mod inspector;
mod leave_warning;
mod login_step;
mod paste_step;
mod question;
mod refresh_step;
mod relay_setting;
mod said;
mod state;
mod token_field;
mod tokens_step;
mod trust;

use crate::browser;
use leptos::prelude::*;
use state::Page;
use token_core::oauth::channel::{CHANNEL, LoginResult};
use token_core::page::Event;
use token_core::transport::choice::RelayChoice;

/// The whole page; or, in a tab that a Fleet login sent back here, the
/// hand-over to the tab that started it.
#[component]
pub fn App() -> impl IntoView {
    if browser::is_framed() {
        return view! {
            <p id="framed" role="alert">
                "This page refuses to run inside another page, which could trick you into "
                "clicks. Open it directly in its own tab."
            </p>
        }
        .into_any();
    }
    let query = browser::page_url().and_then(|url| url.query().map(str::to_owned)).unwrap_or_default();
    if let Some(result) = LoginResult::from_query(&query) {
        return view! { <callback_tab::CallbackTab result/> }.into_any();
    }
    let (choice, link_refusal) =
        RelayChoice::new(browser::saved_relay().as_deref(), browser::relay_from_link().as_deref());
    let page = Page::new(choice);
    browser::every(1000, move || {
        let now_ms = browser::now_ms();
        page.clock_ms.set(now_ms);
        page.send(Event::Tick { now_ms });
    });
    browser::on_user_activity(move || page.send(Event::Activity { now_ms: browser::now_ms() }));
    browser::listen(CHANNEL, move |message| page.send(Event::FleetMessage(message)));
    Effect::new(move |_| browser::set_leave_guard(page.with(|p| p.would_lose_work())));
    let epoch = Memo::new(move |_| page.with(|p| p.epoch()));

    view! {
        <header>
            <h1>"Your own Tesla API tokens"</h1>
            <p class="lead">
                "Log in on Tesla's own page, paste one URL back here, and get an access token "
                "and a refresh token. Your password never touches this page, and the tokens "
                "exist only in this tab's memory."
            </p>
            <button id="forget-everything" on:click=move |_| page.send(Event::Forget)>
                "Forget everything"
            </button>
        </header>
        <p id="notice" role="status" aria-live="polite">{move || page.with(|p| p.notice().map(str::to_owned))}</p>
        <question::Question page/>
        {move || {
            // Rebuilt from scratch by "forget everything", inputs included.
            epoch.track();
            view! {
                <leave_warning::LeaveWarning page/>
                <main>
                    <login_step::LoginStep page/>
                    <paste_step::PasteStep page/>
                    <tokens_step::TokensStep page/>
                    <cars_step::CarsStep page/>
                    <refresh_step::RefreshStep page/>
                    <inspector::Inspector page/>
                    <fleet_step::FleetStep page/>
                    <relay_setting::RelaySetting page link_refusal=link_refusal.clone()/>
                    <trust::Trust/>
                </main>
            }
        }}
    }
    .into_any()
}
