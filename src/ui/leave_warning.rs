use super::state::Page;
use leptos::prelude::*;

/// The banner shown while leaving the page would lose the login.
#[component]
pub fn LeaveWarning(
    /// The page whose login secrets would be lost.
    page: Page,
) -> impl IntoView {
    view! {
        <Show when=move || page.with(|p| p.would_lose_work())>
            <div id="leave-warning" class="banner" role="alert">
                <strong>"Do not refresh or close this page"</strong>
                " until your tokens are shown: the login's secret lives only in this page's "
                "memory, and a refresh loses it."
            </div>
        </Show>
    }
}
