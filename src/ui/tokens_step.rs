use crate::browser;
use crate::core::flow::Flow;
use crate::core::text::describe_duration;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Step 3: the tokens, each with a copy button, and when the access token expires.
#[component]
pub fn TokensStep(
    /// The flow that holds the tokens.
    flow: RwSignal<Flow>,
) -> impl IntoView {
    let token = move |pick: fn(&crate::core::token::Tokens) -> &str| {
        move || flow.with(|f| f.tokens().map(|t| pick(t).to_owned()).unwrap_or_default())
    };
    let expiry = move || {
        flow.with(|f| {
            let expires_at = f.access_token_expires_at_ms()?;
            let lifetime = f.tokens()?.expires_in;
            Some(format!(
                "The access token expires in {} (at {}). The refresh token lasts about three months and works once: each refresh gives a new one.",
                describe_duration(lifetime),
                browser::local_time(expires_at)
            ))
        })
    };

    view! {
        <Show when=move || flow.with(|f| f.tokens().is_some())>
            <section id="step-3" aria-labelledby="step-3-title">
                <h2 id="step-3-title">"3. Your tokens"</h2>
                <p class="banner quiet">
                    "Copy them now. They exist only in this page's memory: closing or "
                    "refreshing the page forgets them, and this page never stores them."
                </p>
                <TokenField id="access-token" label="Access token" value=Signal::derive(token(|t| t.access_token.expose()))/>
                <p id="expires">{expiry}</p>
                <TokenField id="refresh-token" label="Refresh token" value=Signal::derive(token(|t| t.refresh_token.expose()))/>
            </section>
        </Show>
    }
}

/// One token in a read-only box, with a copy button.
#[component]
fn TokenField(
    /// The element id, also used by the label.
    id: &'static str,
    /// What the token is.
    label: &'static str,
    /// The token.
    value: Signal<String>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        spawn_local(async move {
            let ok = browser::copy_to_clipboard(&value.get_untracked()).await;
            copied.set(Some(if ok {
                "Copied."
            } else {
                "The browser refused; select the text and copy it."
            }));
        });
    };
    view! {
        <div class="token">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="3" spellcheck="false" prop:value=move || value.get()></textarea>
            <button on:click=copy aria-describedby=format!("{id}-copied")>{format!("Copy {}", label.to_lowercase())}</button>
            <span id=format!("{id}-copied") aria-live="polite">{move || copied.get()}</span>
        </div>
    }
}
