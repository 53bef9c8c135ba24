use super::state::Page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::oauth::refresh::refresh_request_for;
use token_core::oauth::region::Region;
use token_core::oauth::token::TokenRequest;

/// Refreshes a pasted refresh token at the issuer it belongs to; messages
/// go to `status`, and `done` runs once the new tokens are shown.
pub fn refresh_pasted(
    page: Page,
    pasted: &str,
    region: Option<Region>,
    fleet_client_id: &str,
    status: RwSignal<Option<String>>,
    done: impl Fn() + 'static,
) {
    match refresh_request_for(pasted, region, Some(fleet_client_id)) {
        Ok(request) => run_refresh(page, request, status, done),
        Err(error) => status.set(Some(error.to_string())),
    }
}

/// Sends a refresh request and shows the new tokens, saying that the old
/// refresh token is now spent.
pub fn run_refresh(
    page: Page,
    request: TokenRequest,
    status: RwSignal<Option<String>>,
    done: impl Fn() + 'static,
) {
    let Some(via) = page.via() else {
        return status.set(Some("Answer the relay question below first.".into()));
    };
    status.set(Some(format!("Refreshing {}…", via.route().describe())));
    spawn_local(async move {
        match page.adopt(&request, &via).await {
            Ok(()) => {
                status.set(None);
                page.notice.set(Some(
                    "New tokens are shown. The refresh token you used is now spent: replace it with \
                     the new one everywhere you use it."
                        .into(),
                ));
                done();
            }
            Err(error) => status.set(Some(error.to_string())),
        }
    });
}

/// Refresh without logging in: paste a refresh token, get new tokens.
#[component]
pub fn RefreshStep(
    /// The page that will show the new tokens.
    page: Page,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let region = RwSignal::new(None::<Region>);
    let client_id = RwSignal::new(String::new());
    let status = RwSignal::new(None::<String>);
    let refresh = move |_| {
        refresh_pasted(
            page,
            &pasted.get_untracked(),
            region.get_untracked(),
            &client_id.get_untracked(),
            status,
            move || pasted.set(String::new()),
        )
    };
    let choose_region = move |ev| {
        region.set(match event_target_value(&ev).as_str() {
            "global" => Some(Region::Global),
            "china" => Some(Region::China),
            _ => None,
        })
    };
    view! {
        <section id="refresh" aria-labelledby="refresh-title">
            <h2 id="refresh-title">"Already have a refresh token?"</h2>
            <p>"Paste it to get a new access token without logging in. The refresh token is "
               "spent by this: use the new one from then on."</p>
            <label for="refresh-input">"Refresh token"</label>
            <textarea id="refresh-input" rows="3" spellcheck="false" autocomplete="off"
                prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            <label for="refresh-region">"Region (only needed if the token does not name its issuer)"</label>
            <select id="refresh-region" on:change=choose_region>
                <option value="">"From the token"</option>
                <option value="global">{Region::Global.label()}</option>
                <option value="china">{Region::China.label()}</option>
            </select>
            <label for="refresh-client-id">"App client id (Fleet API refresh tokens, NA_…, only)"</label>
            <input id="refresh-client-id" type="text" autocomplete="off"
                prop:value=move || client_id.get() on:input=move |ev| client_id.set(event_target_value(&ev))/>
            <button id="refresh-pasted" class="primary" on:click=refresh>"Refresh"</button>
            <p id="refresh-status" role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}
