use super::state::PageSignal;
use crate::browser;
use crate::catalog::display::{relay_help_note, relay_serves_page, terminal};
use crate::catalog::say_with;
use crate::catalog::words::RELAY_HELP_START;
use l10n::Arg;
use leptos::prelude::*;
use token_core::display::visitor::{BrowserKind, System, relay_command};

/// How to start a relay for this page on this computer, for the user's
/// system: a release's download on a GitHub Pages copy, else from the
/// source. In Safari on a hosted copy, which can reach no relay on this
/// computer, it leads with the one way that works: the relay serving the page.
#[component]
pub fn RelayHelp(
    /// The page, for the relay it tries.
    page: PageSignal,
) -> impl IntoView {
    let agent = browser::user_agent();
    let system = System::from_user_agent(&agent);
    let page_url = browser::page_url();
    let safari_hosted = BrowserKind::from_user_agent(&agent) == Some(BrowserKind::Safari)
        && page_url.as_ref().is_some_and(|url| url.scheme() == "https");
    let how = page_url.map(|url| relay_command(system, &url, safari_hosted));
    let host = move || page.with(|p| p.relay().active().host().to_owned());
    view! {
        <div id="relay-help" class="banner quiet">
            {safari_hosted.then(|| view! { <p id="relay-serves-page">{relay_serves_page()}</p> })}
            {how.map(|how| view! {
                <p>{say_with(RELAY_HELP_START, &[("terminal", Arg::Text(&terminal(how.terminal)))])}</p>
                <pre id="relay-command">{how.command}</pre>
            })}
            <p class="note">{move || relay_help_note(&host())}</p>
        </div>
    }
}
