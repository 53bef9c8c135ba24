use super::state::PageSignal;
use crate::browser;
use crate::catalog::owner_api as words;
use crate::catalog::words::*;
use crate::catalog::{say, say_with};
use l10n::Arg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::owner_api::task::ApiTask;
use token_core::owner_api::{CarCommand, Product, curl, mask_vin};
use token_core::page::{Event, TaskSpot};

/// "Use the token": list the account's products, wake a car, send a few
/// commands, read its data, all through the same relay, with each outcome
/// beside the button that asked and each call available as curl.
#[component]
pub fn CarsStep(
    /// The page whose tokens are used.
    page: PageSignal,
) -> impl IntoView {
    // One memo per part, so a new timeline line does not rebuild the car list.
    let products = Memo::new(move |_| page.with(|p| p.api().products.clone()));
    let data = Memo::new(move |_| page.with(|p| p.api().data.clone()));
    let last_call = Memo::new(move |_| page.with(|p| p.api().last_call.clone()));
    let run = move |task: ApiTask| page.send(Event::RunApi(task));
    let show_vins = RwSignal::new(false);
    let show_location = RwSignal::new(false);
    let include_token = RwSignal::new(false);
    // `None` until the owner picks one: the page then takes the first car.
    let one_step_car = RwSignal::new(None::<String>);
    let one_step_command = RwSignal::new(CarCommand::FlashLights);

    let cars = move || {
        products.get().unwrap_or_default().into_iter().map(move |product| match &product {
            Product::Car { id, vin, state, .. } => {
                let (id, vin, state, name) = (id.clone(), vin.clone(), *state, words::product_name(&product));
                let vin = move || if show_vins.get() { vin.clone() } else { mask_vin(&vin) };
                let (wake_id, data_id) = (id.clone(), id.clone());
                let commands = CarCommand::ALL.map(|command| {
                    let id = id.clone();
                    view! { <button class=command.name() on:click=move |_| run(ApiTask::Send(id.clone(), command))>{words::car_command(command)}</button> }
                });
                view! {
                    <li data-car=id.clone()>
                        <strong>{name}</strong> " · " <code>{vin}</code> " · " <span class="state">{words::car_state(state)}</span>
                        <div>
                            <button class="wake" on:click=move |_| run(ApiTask::Wake(wake_id.clone()))>{say(CARS_WAKE)}</button>
                            {commands}
                            <button class="data" on:click=move |_| run(ApiTask::Data(data_id.clone()))>{say(CARS_READ_DATA)}</button>
                        </div>
                        <TaskOutcome page at=TaskSpot::Car(id.clone())/>
                    </li>
                }
                .into_any()
            }
            Product::EnergySite { id, .. } => view! {
                <li data-site=id.clone()><strong>{words::product_name(&product)}</strong> " · " {say(CARS_ENERGY_SITE)}</li>
            }
            .into_any(),
        }).collect::<Vec<_>>()
    };
    let car_options = move || {
        products
            .get()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|product| match &product {
                Product::Car { id, .. } => {
                    Some(view! { <option value=id.clone()>{words::product_name(&product)}</option> })
                }
                Product::EnergySite { .. } => None,
            })
            .collect::<Vec<_>>()
    };
    let one_step =
        move |_| run(ApiTask::OneStep(one_step_car.get_untracked(), one_step_command.get_untracked()));
    let data_rows = move || {
        data.get().map(|summary| {
            summary
                .rows(show_location.get())
                .into_iter()
                .map(|row| {
                    let (label, value) = words::data_row(&row);
                    view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> }
                })
                .collect::<Vec<_>>()
        })
    };
    let curl_text = move || {
        let (method, url) = last_call.get()?;
        let origin = browser::page_url().map(|u| u.origin().ascii_serialization()).unwrap_or_default();
        let token = include_token
            .get()
            .then(|| page.with(|p| p.tokens().map(|t| t.tokens.access_token.expose().to_owned())))
            .flatten();
        Some(curl(method, &url, &origin, token.as_deref()))
    };

    view! {
        <div id="cars">
            <p>{say(CARS_INTRO)}</p>
            <button id="check-token" class="primary" on:click=move |_| run(ApiTask::Check)>{say(CARS_CHECK_TOKEN)}</button>
            <TaskOutcome page at=TaskSpot::Check/>
            <label class="inline"><input id="show-vins" type="checkbox" on:change=move |ev| show_vins.set(event_target_checked(&ev))/>" "{say(CARS_SHOW_VINS)}</label>
            <ul id="products">{cars}</ul>
            <Show when=move || products.with(|p| p.iter().flatten().any(|p| matches!(p, Product::Car { .. })))>
                <h3>{say(CARS_ONE_STEP_TITLE)}</h3>
                <p class="note">{say(CARS_ONE_STEP_NOTE)}</p>
                <label for="one-step-car">{say(CARS_ONE_STEP_CAR)}</label>
                <select id="one-step-car" on:change=move |ev| one_step_car.set(Some(event_target_value(&ev)))>{car_options}</select>
                <label for="one-step-command">{say(CARS_ONE_STEP_COMMAND)}</label>
                <select id="one-step-command" on:change=move |ev| {
                    if let Some(command) = CarCommand::named(&event_target_value(&ev)) {
                        one_step_command.set(command);
                    }
                }>
                    {CarCommand::ALL.map(|c| view! { <option value=c.name()>{words::car_command(c)}</option> })}
                </select>
                <button id="one-step" on:click=one_step>{say(CARS_ONE_STEP_DO)}</button>
                <TaskOutcome page at=TaskSpot::OneStep/>
            </Show>
            <Show when=move || data.with(Option::is_some)>
                <h3>{say(CARS_DATA_TITLE)}</h3>
                <table id="vehicle-data"><tbody>{data_rows}</tbody></table>
                <label class="inline"><input id="show-location" type="checkbox" on:change=move |ev| show_location.set(event_target_checked(&ev))/>" "{say(CARS_SHOW_LOCATION)}</label>
            </Show>
            <Show when=move || last_call.with(Option::is_some)>
                <h3>{say(CARS_CURL_TITLE)}</h3>
                <pre id="curl">{curl_text}</pre>
                <label class="inline"><input id="curl-include-token" type="checkbox" on:change=move |ev| include_token.set(event_target_checked(&ev))/>" "{say_with(CARS_CURL_INCLUDE_TOKEN, &[("variable", Arg::Text("$TESLA_ACCESS_TOKEN"))])}</label>
                <button on:click=move |_| if let Some(text) = curl_text() { spawn_local(async move { browser::copy_to_clipboard(&text).await; }); }>{say(CARS_COPY_CURL)}</button>
            </Show>
        </div>
    }
}

/// The running or last task's steps, its problem and "Cancel", when the
/// task was started by the button at `at`.
#[component]
fn TaskOutcome(page: PageSignal, at: TaskSpot) -> impl IntoView {
    let here = Memo::new(move |_| page.with(|p| p.api().at.as_ref() == Some(&at)));
    let timeline = Memo::new(move |_| page.with(|p| p.api().timeline.clone()));
    let problem = Memo::new(move |_| page.with(|p| p.api().problem.as_ref().map(crate::catalog::page::says)));
    let busy = Memo::new(move |_| page.with(|p| p.api().busy()));
    view! {
        <Show when=move || here.get()>
            <div id="timeline" class="timeline" role="status" aria-live="polite">
                {move || timeline.get().iter().map(|line| view! { <p>{words::task_line(line)}</p> }).collect::<Vec<_>>()}
            </div>
            <Show when=move || busy.get()>
                <button id="cancel" on:click=move |_| page.send(Event::CancelApi)>{say(CARS_CANCEL)}</button>
            </Show>
            <p id="api-problem" class="error" role="alert">{move || problem.get()}</p>
        </Show>
    }
}
