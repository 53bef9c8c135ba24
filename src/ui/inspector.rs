use super::question::QuestionAt;
use super::said::Said;
use super::state::PageSignal;
use crate::browser;
use crate::catalog::display as words;
use crate::catalog::say;
use crate::catalog::words::*;
use leptos::prelude::*;
use token_core::claims::{ClaimValue, Expiry, TokenKind, inspect};
use token_core::oauth::token::TokenSet;
use token_core::page::{Event, Field, Spot};

/// Decodes any token for reading: claims, role, expiry countdown. Display
/// only: nothing here is trusted.
#[component]
pub fn Inspector(
    /// The page, for its tokens, clock and refresh.
    page: PageSignal,
) -> impl IntoView {
    let status = Memo::new(move |_| page.with(|p| p.message(Spot::Inspector).cloned()));
    let take = move |pick: fn(&TokenSet) -> Option<String>| {
        if let Some(token) = page.with_untracked(|p| p.tokens().and_then(pick)) {
            page.type_into(Field::InspectToken, token);
        }
    };
    // Decoded once per change of the text, not on every clock tick.
    let text = page.typed(Field::InspectToken);
    let decoded = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| inspect(t))));
    let reading = move || decoded.get();
    let summary = move || {
        reading().map(|result| match result {
            Err(error) => words::inspect_error(&error),
            Ok(kind) => words::token_kind(&kind),
        })
    };
    let rows = move || match reading() {
        Some(Ok(TokenKind::Jwt(claims))) => claims
            .rows()
            .into_iter()
            .map(|(label, value)| {
                let value = match value {
                    ClaimValue::Text(text) => text,
                    ClaimValue::Time(secs) => {
                        browser::local_time(secs as f64 * 1000.0, crate::catalog::language().tag)
                    }
                };
                view! { <tr><th scope="row">{words::claim_label(label)}</th><td>{value}</td></tr> }
            })
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let expiry = move || match reading() {
        Some(Ok(TokenKind::Jwt(claims))) => {
            let expiry = Expiry::at(claims.exp?, (page.clock_ms.get() / 1000.0) as i64);
            Some((matches!(expiry, Expiry::Valid(_)), words::inspected_expiry(expiry)))
        }
        _ => None,
    };
    let is_refresh = move || matches!(reading(), Some(Ok(kind)) if kind.can_refresh());
    let refresh = move |_| page.send(Event::RefreshPasted { region: None, spot: Spot::Inspector });

    view! {
        <section id="inspector" aria-labelledby="inspector-title">
            <h3 id="inspector-title">{say(INSPECTOR_TITLE)}</h3>
            <p class="note">{say(INSPECTOR_NOTE)}</p>
            <Show when=move || page.with(|p| p.tokens().is_some())>
                <button id="inspect-access" on:click=move |_| take(|t| Some(t.tokens.access_token.expose().to_owned()))>{say(INSPECTOR_TAKE_ACCESS)}</button>
                <button id="inspect-refresh" on:click=move |_| take(|t| Some(t.tokens.refresh_token.expose().to_owned()))>{say(INSPECTOR_TAKE_REFRESH)}</button>
                <button id="inspect-id" on:click=move |_| take(|t| t.tokens.id_token.as_ref().map(|i| i.expose().to_owned()))>{say(INSPECTOR_TAKE_ID)}</button>
            </Show>
            <label for="inspect-input">{say(INSPECTOR_TOKEN)}</label>
            <textarea id="inspect-input" rows="3" spellcheck="false" autocomplete="off"
                prop:value=move || text.get() on:input=move |ev| page.type_into(Field::InspectToken, event_target_value(&ev))
                on:change=move |ev| page.type_into(Field::InspectToken, event_target_value(&ev))></textarea>
            <p id="inspect-summary" aria-live="polite">{summary}</p>
            <table id="claims"><tbody>{rows}</tbody></table>
            <p id="inspect-expiry" class:error=move || expiry().is_some_and(|(fine, _)| !fine)>{move || expiry().map(|(_, t)| t)}</p>
            <Show when=is_refresh>
                <button id="inspect-refresh-now" on:click=refresh>{say(INSPECTOR_REFRESH)}</button>
            </Show>
            <QuestionAt page spot=Spot::Inspector/>
            <Said id="inspect-status" message=status/>
        </section>
    }
}
