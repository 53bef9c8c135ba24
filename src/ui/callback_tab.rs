use crate::browser;
use crate::catalog::say;
use crate::catalog::words::*;
use leptos::prelude::*;
use token_core::oauth::channel::{CHANNEL, ChannelError, LoginResult};

/// A login tab that Tesla sent back to this page: it hands the result to
/// the tab holding the verifier, wipes the code from its own address, and
/// says it can be closed.
#[component]
pub fn CallbackTab(
    /// What the address held.
    result: Result<LoginResult, ChannelError>,
) -> impl IntoView {
    browser::clear_address_query();
    let message = match &result {
        Ok(result) => {
            browser::broadcast(CHANNEL, &result.to_message());
            say(CALLBACK_TAB_DONE)
        }
        Err(_) => say(CALLBACK_TAB_UNUSABLE),
    };
    view! {
        <main>
            <section id="login-handed-over" role="status">
                <h1>{say(PAGE_TITLE)}</h1>
                <p>{message}</p>
                <p class="note">{say(CALLBACK_TAB_START_TAB_GONE)}</p>
            </section>
        </main>
    }
}
