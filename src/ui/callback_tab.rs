use crate::browser;
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
            "Login finished: the result went to the tab where you started it. You can close this tab."
        }
        Err(_) => "This address holds a login result this page cannot use. Close this tab and start again.",
    };
    view! {
        <main>
            <section id="login-handed-over" role="status">
                <h1>"Your own Tesla API tokens"</h1>
                <p>{message}</p>
                <p class="note">
                    "If the tab where you started is gone, the login's secret went with it: start "
                    "again there."
                </p>
            </section>
        </main>
    }
}
