use super::state::Page;
use crate::browser;
use crate::catalog::display::terminal;
use leptos::prelude::*;
use token_core::display::visitor::{System, relay_command};

/// How to start a relay for this page on this computer, for the user's
/// system: a release's download on a GitHub Pages copy, else from the source.
#[component]
pub fn RelayHelp(
    /// The page, for the relay it tries.
    page: Page,
) -> impl IntoView {
    let system = System::from_user_agent(&browser::user_agent());
    let how = browser::page_url().map(|url| relay_command(system, &url));
    let host = move || page.with(|p| p.relay().active().host().to_owned());
    view! {
        <div id="relay-help" class="banner quiet">
            {how.map(|how| view! {
                <p>"Start a relay on this computer. " {terminal(how.terminal)}</p>
                <pre id="relay-command">{how.command}</pre>
            })}
            <p class="note">
                "It listens on 127.0.0.1:8787; this page is trying " <code>{host}</code>
                " (change it under Settings). Started with --page, the relay also serves this page "
                "at http://127.0.0.1:8787/, which works in every browser."
            </p>
        </div>
    }
}
