//! The view: components render the core's state and send it events; the
//! browser module does their IO.
//!
//! The page's text is plain HTML in `index.html`, readable before any code
//! runs; each interactive part is mounted into the place kept for it
//! (`data-mount`), and all parts share one state.

mod callback_tab;
mod cars_step;
mod fleet_step;
mod forget;
mod inspector;
mod leave_warning;
mod login_step;
mod paste_step;
mod question;
mod refresh_step;
mod relay_help;
mod relay_setting;
mod said;
mod split;
mod state;
mod token_field;
mod tokens_step;
mod trust;

use crate::browser;
use leptos::prelude::*;
use state::PageSignal;
use token_core::display::visitor::BrowserKind;
use token_core::oauth::channel::{CHANNEL, LoginResult};
use token_core::page::Event;
use token_core::transport::choice::RelayChoice;

/// Starts the page: the whole flow; or, in a tab that a Fleet login sent
/// back here, the hand-over to the tab that started it.
pub fn start() {
    crate::catalog::load(&browser::words_json().unwrap_or_default());
    offer_preferred_language();
    if browser::is_framed() {
        replace_page(|| {
            view! {
                <p id="framed" role="alert">{crate::catalog::say(crate::catalog::words::FRAMED_REFUSAL)}</p>
            }
        });
        return;
    }
    let query = browser::page_url().and_then(|url| url.query().map(str::to_owned)).unwrap_or_default();
    if let Some(result) = LoginResult::from_query(&query) {
        replace_page(move || view! { <callback_tab::CallbackTab result/> });
        return;
    }
    // One owner for every part, never disposed: the page lives as long as the tab.
    let owner = Owner::new();
    owner.with(start_flow);
    std::mem::forget(owner);
}

/// When the browser prefers another language the page has, shows the one
/// line that offers it, in that language (page-seal wrote it, hidden). No
/// redirect, and nothing stored: the language is the address.
fn offer_preferred_language() {
    let preferred = browser::preferred_languages();
    if let Some(language) = l10n::Language::preferred(preferred.iter().map(String::as_str))
        && language != crate::catalog::language()
    {
        browser::reveal(&format!("[data-offer=\"{}\"]", language.tag));
    }
}

fn start_flow() {
    let (choice, link_refusal) =
        RelayChoice::new(browser::saved_relay().as_deref(), browser::relay_from_link().as_deref());
    // A link's relay waits for the owner's answer, in Settings: shown open.
    let proposed = choice.proposed_by_link().is_some();
    let page = PageSignal::new(choice);
    browser::every(1000, move || {
        let now_ms = browser::now_ms();
        page.clock_ms.set(now_ms);
        page.send(Event::Tick { now_ms });
    });
    browser::on_user_activity(move || page.send(Event::Activity { now_ms: browser::now_ms() }));
    browser::listen(CHANNEL, move |message| page.send(Event::FleetMessage(message)));
    browser::reveal_jump_targets();
    if proposed {
        browser::set_open("settings", true);
    }
    if let Some(kind) = BrowserKind::from_user_agent(&browser::user_agent()) {
        browser::set_open(kind.help_id(), true);
    }

    // The epoch, which "Forget everything" bumps: parts holding inputs are rebuilt.
    let inputs = Some(Memo::new(move |_| page.with(|p| p.epoch())));
    mount("notice", None, Box::new(move || view! { <Notice page/> }.into_any()));
    mount("login", inputs, Box::new(move || view! { <login_step::LoginStep page/> }.into_any()));
    mount("paste", inputs, Box::new(move || view! { <paste_step::PasteStep page/> }.into_any()));
    mount("tokens", inputs, Box::new(move || view! { <tokens_step::TokensStep page/> }.into_any()));
    mount(
        "more-tools",
        inputs,
        Box::new(move || {
            view! {
                <refresh_step::RefreshStep page/>
                <inspector::Inspector page/>
                <fleet_step::FleetStep page/>
            }
            .into_any()
        }),
    );
    mount(
        "settings",
        inputs,
        Box::new(move || {
            let link_refusal = link_refusal.clone();
            view! {
                <relay_setting::RelaySetting page link_refusal/>
                <tokens_step::IdleChoice page/>
            }
            .into_any()
        }),
    );
    mount("this-copy", None, Box::new(|| view! { <trust::ThisCopy/> }.into_any()));
    mount("forget", None, Box::new(move || view! { <forget::Forget page/> }.into_any()));
    // After the first mount, which starts the executor effects run on.
    Effect::new(move |_| browser::set_leave_guard(page.with(|p| p.would_lose_work())));
    bring_new_tokens_into_view(page);
}

/// Mounts `part` into the place `index.html` keeps for it; a part that
/// holds inputs is rebuilt from scratch whenever `rebuilt_by` (the epoch,
/// bumped by "Forget everything") changes.
/// (Boxed and type-erased: one copy of the mounting code, not one per part.)
fn mount(name: &str, rebuilt_by: Option<Memo<u64>>, part: Box<dyn Fn() -> AnyView + Send + Sync>) {
    let Some(place) = browser::mount_point(name) else { return };
    let handle = leptos::mount::mount_to(place, move || {
        move || {
            if let Some(epoch) = rebuilt_by {
                epoch.track();
            }
            part()
        }
    });
    handle.forget();
}

/// Shows only `view`, for a tab that is not the flow.
fn replace_page<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) {
    if let Some(body) = browser::cleared_body() {
        leptos::mount::mount_to(body, view).forget();
    }
}

/// New tokens from a login: steps 1 and 2 fold up to their headings, and the
/// tokens scroll into view and take the focus.
fn bring_new_tokens_into_view(page: PageSignal) {
    when_tokens_arrive(page, || {
        browser::set_open("step-1", false);
        browser::set_open("step-2", false);
        // After the tokens' part has rendered them.
        request_animation_frame(|| browser::bring_into_view("step-3-title"));
    });
}

/// Runs `act` each time tokens from a login arrive (not on a refresh).
pub fn when_tokens_arrive(page: PageSignal, act: impl Fn() + 'static) {
    let arrivals = Memo::new(move |_| page.with(|p| p.arrivals()));
    Effect::new(move |previous: Option<u64>| {
        let now = arrivals.get();
        if previous.is_some_and(|previous| previous != now) {
            act();
        }
        now
    });
}

/// What was forgotten, and why, scrolled into sight when it is said.
#[component]
fn Notice(page: PageSignal) -> impl IntoView {
    let notice = Memo::new(move |_| page.with(|p| p.notice().map(crate::catalog::page::forgotten)));
    let place = NodeRef::<leptos::html::P>::new();
    said::show_when_said(place, move || notice.with(Option::is_some));
    view! { <p id="notice" node_ref=place role="status" aria-live="polite">{move || notice.get()}</p> }
}
