use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use token_core::display::visitor::{System, relay_command};

/// How to start a relay on this computer for this page, for the user's system.
#[component]
pub fn RelayHelp(
    /// The page, for the relay it tries.
    page: Page,
) -> impl IntoView {
    let system = System::from_user_agent(&browser::user_agent());
    let origin = browser::page_url().map(|url| url.origin().ascii_serialization()).unwrap_or_default();
    let host = move || page.with(|p| p.relay().active().host().to_owned());
    view! {
        <div id="relay-help" class="banner quiet">
            <p>"Start a relay on this computer. " {system.terminal()}</p>
            <pre id="relay-command">{relay_command(&origin)}</pre>
            <p class="note">
                "It needs Rust (rustup.rs) the first time. It listens on 127.0.0.1:8787; this page "
                "is trying " <code>{host}</code> " (change it under Settings)."
            </p>
        </div>
    }
}
