use super::cars_step::CarsStep;
use super::leave_warning::LeaveWarning;
use super::said::Said;
use super::state::PageSignal;
use super::token_field::TokenField;
use crate::browser;
use crate::catalog::display as words;
use crate::catalog::say;
use crate::catalog::words::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::claims::Expiry;
use token_core::display::export::{ExportFormat, export, qr_modules, qr_payload};
use token_core::display::idle::{CHOICES_MINUTES, minutes_left};
use token_core::oauth::token::TokenSet;
use token_core::page::{Event, Spot};

/// Step 3: the tokens, when the access token expires and a refresh; then,
/// closed until wanted, exports and using the token.
#[component]
pub fn TokensStep(
    /// The page that holds the tokens.
    page: PageSignal,
) -> impl IntoView {
    let has_tokens = Memo::new(move |_| page.with(|p| p.tokens().is_some()));
    let arrived = Memo::new(move |_| page.with(|p| p.message(Spot::Tokens).cloned()));
    view! {
        <Show when=move || has_tokens.get()>
            <section id="step-3" aria-labelledby="step-3-title">
                // Focused when tokens arrive, so a screen reader reads them next.
                <h2 id="step-3-title" tabindex="-1">{say(TOKENS_STEP_TITLE)}</h2>
                <Said id="tokens-status" message=arrived/>
                <LeaveWarning page/>
                <Tokens page/>
                <Refresh page/>
                <details id="export">
                    <summary>{say(TOKENS_STEP_EXPORT)}</summary>
                    <Exports page/>
                    <Qr page/>
                </details>
                <details id="use-token">
                    <summary>{say(TOKENS_STEP_USE)}</summary>
                    <CarsStep page/>
                </details>
            </section>
        </Show>
    }
}

fn with_tokens<T: Default>(page: PageSignal, read: impl Fn(&TokenSet) -> T) -> T {
    page.with(|p| p.tokens().map(&read).unwrap_or_default())
}

#[component]
fn Tokens(page: PageSignal) -> impl IntoView {
    let access = Signal::derive(move || with_tokens(page, |t| t.tokens.access_token.expose().to_owned()));
    let refresh = Signal::derive(move || with_tokens(page, |t| t.tokens.refresh_token.expose().to_owned()));
    let expires_at = Memo::new(move |_| with_tokens(page, |t| Some(t.expires_at_secs())));
    // Written once per token, not on every tick of the countdown.
    let at = Memo::new(move |_| {
        expires_at.get().map(|secs| browser::local_time(secs as f64 * 1000.0, crate::catalog::language().tag))
    });
    let expiry = Memo::new(move |_| {
        let (expires_at, at) = (expires_at.get()?, at.get()?);
        let expiry = Expiry::at(expires_at, (page.clock_ms.get() / 1000.0) as i64);
        Some((matches!(expiry, Expiry::Valid(_)), words::access_token_expiry(expiry, &at)))
    });
    let api_base = move || with_tokens(page, |t| Some(crate::catalog::oauth::issued_for(&t.issued_for())));
    view! {
        <TokenField page id="access-token" label=say(TOKENS_STEP_ACCESS) copy_label=say(TOKENS_STEP_COPY_ACCESS) value=access/>
        <p id="expires" class:error=move || expiry.with(|e| e.as_ref().is_some_and(|(fine, _)| !fine))>{move || expiry.get().map(|(_, text)| text)}</p>
        <TokenField page id="refresh-token" label=say(TOKENS_STEP_REFRESH) copy_label=say(TOKENS_STEP_COPY_REFRESH) value=refresh/>
        <p class="note">{say(TOKENS_STEP_REFRESH_LASTS)}</p>
        <p id="api-base" class="note">{api_base}</p>
    }
}

#[component]
fn Refresh(page: PageSignal) -> impl IntoView {
    let status = Memo::new(move |_| page.with(|p| p.message(Spot::RefreshNow).cloned()));
    view! {
        <button id="refresh-now" on:click=move |_| page.send(Event::RefreshShown)>{say(TOKENS_STEP_REFRESH_NOW)}</button>
        <Said id="refresh-now-status" message=status/>
    }
}

#[component]
fn Exports(page: PageSignal) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let run = move |format: ExportFormat, action: fn(&str, String)| match page
        .with_untracked(|p| p.tokens().map(|t| export(t, format)))
    {
        Some(Ok(text)) => {
            problem.set(None);
            action(format.file_name(), text);
            page.send(Event::Saved);
        }
        Some(Err(error)) => problem.set(Some(words::export_error(&error))),
        None => {}
    };
    let rows = ExportFormat::ALL.map(|format| {
        view! {
            <li>
                <span class="export-name">{words::export_format(format)}</span>
                <button on:click=move |_| run(format, |name, text| browser::download(name, &text))>
                    {words::export_download(format)}
                </button>
                <button on:click=move |_| run(format, |_, text| spawn_local(async move { browser::copy_to_clipboard(&text).await; }))>
                    {words::export_copy(format)}
                </button>
            </li>
        }
    });
    view! {
        <ul id="exports" class="exports">{rows}</ul>
        <p id="export-problem" class="error" aria-live="polite">{move || problem.get()}</p>
    }
}

#[component]
fn Qr(page: PageSignal) -> impl IntoView {
    let shown = RwSignal::new(false);
    let drawing = move || {
        let qr = with_tokens(page, |t| Some(qr_modules(qr_payload(t))))?;
        Some(match qr {
            Ok(qr) => {
                let side = qr.width + 8;
                view! {
                    <svg id="refresh-qr" role="img" aria-label=say(TOKENS_STEP_QR_LABEL)
                        viewBox=format!("0 0 {side} {side}") width="320" height="320" shape-rendering="crispEdges">
                        <rect width=side.to_string() height=side.to_string() fill="#fff"/>
                        <path d=qr.svg_path(4) fill="#000"/>
                    </svg>
                }
                .into_any()
            }
            Err(error) => view! { <p class="error">{words::qr_too_long(&error)}</p> }.into_any(),
        })
    };
    view! {
        <button id="toggle-qr" on:click=move |_| shown.update(|s| *s = !*s) aria-expanded=move || shown.get().to_string()>
            {move || say(if shown.get() { TOKENS_STEP_QR_HIDE } else { TOKENS_STEP_QR_SHOW })}
        </button>
        <Show when=move || shown.get()>{drawing}</Show>
    }
}

/// When the page forgets the tokens by itself.
#[component]
pub fn IdleChoice(
    /// The page whose idle time this sets.
    page: PageSignal,
) -> impl IntoView {
    let options = CHOICES_MINUTES.map(|choice| {
        let value = choice.map_or_else(|| "keep".to_owned(), |minutes| minutes.to_string());
        let label = words::idle_choice(choice);
        let selected = move || page.with(|p| p.idle_minutes()) == choice;
        view! { <option value=value selected=selected>{label}</option> }
    });
    let idle = Memo::new(move |_| page.with(|p| (p.idle_minutes(), p.last_activity_ms())));
    let left = move || idle.with(|(minutes, last)| minutes_left(*minutes, *last, page.clock_ms.get()));
    view! {
        <h3>{say(IDLE_SETTING_TITLE)}</h3>
        <label for="idle-minutes">{say(IDLE_SETTING_LABEL)}</label>
        <select id="idle-minutes" on:change=move |ev| page.send(Event::ChooseIdle(event_target_value(&ev).parse().ok()))>
            {options}
        </select>
        <p class="note" id="idle-left">{move || left().map(words::idle_left)}</p>
    }
}
