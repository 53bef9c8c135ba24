use crate::core::flow::Flow;
use leptos::prelude::*;

/// The banner shown while leaving the page would lose the login.
#[component]
pub fn LeaveWarning(
    /// The flow whose verifier would be lost.
    flow: RwSignal<Flow>,
) -> impl IntoView {
    view! {
        <Show when=move || flow.with(Flow::would_lose_work)>
            <div id="leave-warning" class="banner" role="alert">
                <strong>"Do not refresh or close this page"</strong>
                " until your tokens are shown: the login's secret lives only in this page's "
                "memory, and a refresh loses it."
            </div>
        </Show>
    }
}
