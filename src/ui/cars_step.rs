use super::api_calls::{LastCall, call, refresh, wake};
use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::display::claims::{Expiry, TokenKind, inspect};
use token_core::owner_api::{
    Answer, ApiError, Call, CarState, Command, Product, VehicleSummary, curl, mask_vin,
};

/// What the user asked the page to do with the token.
#[derive(Clone)]
enum Task {
    Check,
    Wake(String),
    Data(String),
    Send(String, Command),
    OneStep(String, Command),
}

/// Shared handles of the section, `Copy` so closures can hold them.
#[derive(Clone, Copy)]
struct Panel {
    page: Page,
    products: RwSignal<Option<Vec<Product>>>,
    timeline: RwSignal<Vec<String>>,
    problem: RwSignal<Option<String>>,
    data: RwSignal<Option<VehicleSummary>>,
    last: LastCall,
    cancelled: RwSignal<bool>,
    busy: RwSignal<bool>,
}

impl Panel {
    fn log(self, line: String) {
        self.timeline.update(|t| t.push(line));
    }

    fn run(self, task: Task) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.cancelled.set(false);
        self.problem.set(None);
        self.timeline.set(Vec::new());
        spawn_local(async move {
            if let Err(error) = self.perform(task).await {
                self.problem.set(Some(error.to_string()));
            }
            self.busy.set(false);
        });
    }

    async fn perform(self, task: Task) -> Result<(), ApiError> {
        let log = move |line| self.log(line);
        match task {
            Task::Check => {
                if let Answer::Products(products) = call(self.page, &Call::Products, self.last, log).await? {
                    log(format!("The token works: {} products.", products.len()));
                    self.products.set(Some(products));
                }
            }
            Task::Wake(id) => {
                wake(self.page, &id, self.last, self.cancelled, log).await?;
                log("The car is online.".into());
                self.set_state(&id, CarState::Online);
            }
            Task::Data(id) => {
                if let Answer::Data(summary) = call(self.page, &Call::VehicleData(id), self.last, log).await?
                {
                    self.data.set(Some(summary));
                }
            }
            Task::Send(id, command) => {
                call(self.page, &Call::Command(id, command), self.last, log).await?;
                log(format!("Done: {}.", command.name()));
            }
            Task::OneStep(id, command) => self.one_step(id, command).await?,
        }
        Ok(())
    }

    /// Refresh if needed, wake if needed, send: each step reported.
    async fn one_step(self, id: String, command: Command) -> Result<(), ApiError> {
        let log = move |line| self.log(line);
        let now = (browser::now_ms() / 1000.0) as i64;
        let expired = self.page.flow.with_untracked(|f| {
            let access = f.tokens()?.tokens.access_token.expose().to_owned();
            match inspect(&access) {
                Ok(TokenKind::Jwt(claims)) => {
                    Some(matches!(Expiry::at(claims.exp?, now), Expiry::Expired(_)))
                }
                _ => None,
            }
        });
        if expired == Some(true) {
            log("Step 1: the access token has expired; refreshing it…".into());
            refresh(self.page).await?;
        } else {
            log("Step 1: the access token looks valid.".into());
        }
        log("Step 2: reading the car's state…".into());
        let state = match call(self.page, &Call::Vehicle(id.clone()), self.last, log).await? {
            Answer::Car(state) => state,
            _ => CarState::Unknown,
        };
        if state == CarState::Online {
            log("Step 2: the car is online.".into());
        } else {
            log(format!("Step 2: the car is {}; waking it…", state.label()));
            wake(self.page, &id, self.last, self.cancelled, log).await?;
            log("Step 2: the car is online.".into());
            self.set_state(&id, CarState::Online);
        }
        log(format!("Step 3: sending {}…", command.name()));
        call(self.page, &Call::Command(id, command), self.last, log).await?;
        log(format!("Done: {}.", command.name()));
        Ok(())
    }

    fn set_state(self, id: &str, state: CarState) {
        self.products.update(|products| {
            for product in products.iter_mut().flatten() {
                if let Product::Car { id: car, state: old, .. } = product
                    && car == id
                {
                    *old = state;
                }
            }
        });
    }
}

/// "Use the token": list the account's products, wake a car, send a few
/// commands, read its data, all through the same relay, with each refusal
/// explained and each call available as curl.
#[component]
pub fn CarsStep(
    /// The page whose tokens are used.
    page: Page,
) -> impl IntoView {
    let panel = Panel {
        page,
        products: RwSignal::new(None),
        timeline: RwSignal::new(Vec::new()),
        problem: RwSignal::new(None),
        data: RwSignal::new(None),
        last: RwSignal::new(None),
        cancelled: RwSignal::new(false),
        busy: RwSignal::new(false),
    };
    let show_vins = RwSignal::new(false);
    let show_location = RwSignal::new(false);
    let include_token = RwSignal::new(false);
    let one_step_car = RwSignal::new(String::new());
    let one_step_command = RwSignal::new(Command::FlashLights);

    let cars = move || {
        panel.products.get().unwrap_or_default().into_iter().map(move |product| match product {
            Product::Car { id, name, vin, state } => {
                let vin = move || if show_vins.get() { vin.clone() } else { mask_vin(&vin) };
                let (wake_id, data_id) = (id.clone(), id.clone());
                let commands = Command::ALL.map(|command| {
                    let id = id.clone();
                    view! { <button class=command.name() on:click=move |_| panel.run(Task::Send(id.clone(), command))>{command.label()}</button> }
                });
                view! {
                    <li data-car=id.clone()>
                        <strong>{name}</strong> " · " <code>{vin}</code> " · " <span class="state">{state.label()}</span>
                        <div>
                            <button class="wake" on:click=move |_| panel.run(Task::Wake(wake_id.clone()))>"Wake up"</button>
                            {commands}
                            <button class="data" on:click=move |_| panel.run(Task::Data(data_id.clone()))>"Read its data"</button>
                        </div>
                    </li>
                }
                .into_any()
            }
            Product::EnergySite { id, name } => view! {
                <li data-site=id><strong>{name}</strong> " · energy site"</li>
            }
            .into_any(),
        }).collect::<Vec<_>>()
    };
    let car_options = move || {
        panel
            .products
            .get()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|product| match product {
                Product::Car { id, name, .. } => Some(view! { <option value=id>{name}</option> }),
                Product::EnergySite { .. } => None,
            })
            .collect::<Vec<_>>()
    };
    let one_step = move |_| {
        let chosen = one_step_car.get_untracked();
        let id = if chosen.is_empty() {
            panel.products.with_untracked(|p| {
                p.iter().flatten().find_map(|p| match p {
                    Product::Car { id, .. } => Some(id.clone()),
                    Product::EnergySite { .. } => None,
                })
            })
        } else {
            Some(chosen)
        };
        if let Some(id) = id {
            panel.run(Task::OneStep(id, one_step_command.get_untracked()));
        }
    };
    let data_rows = move || {
        panel.data.get().map(|summary| {
            summary
                .rows(show_location.get())
                .into_iter()
                .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
                .collect::<Vec<_>>()
        })
    };
    let curl_text = move || {
        let (method, url) = panel.last.get()?;
        let origin = browser::page_url().map(|u| u.origin().ascii_serialization()).unwrap_or_default();
        let token = include_token
            .get()
            .then(|| page.flow.with(|f| f.tokens().map(|t| t.tokens.access_token.expose().to_owned())))
            .flatten();
        Some(curl(method, &url, &origin, token.as_deref()))
    };

    view! {
        <Show when=move || page.flow.with(|f| f.tokens().is_some())>
            <section id="cars" aria-labelledby="cars-title">
                <h2 id="cars-title">"Use the token"</h2>
                <p>"Everything here goes through the same relay (or direct mode) with your access token. "
                   "An expired token is refreshed once automatically; the new refresh token is shown above."</p>
                <button id="check-token" class="primary" on:click=move |_| panel.run(Task::Check)>"Check my token"</button>
                <label class="inline"><input id="show-vins" type="checkbox" on:change=move |ev| show_vins.set(event_target_checked(&ev))/>" Show full VINs"</label>
                <ul id="products">{cars}</ul>
                <Show when=move || panel.products.with(|p| p.as_ref().is_some_and(|p| p.iter().any(|p| matches!(p, Product::Car { .. }))))>
                    <h3>"One step"</h3>
                    <p class="note">"Refreshes if needed, wakes the car if needed, then sends the command."</p>
                    <label for="one-step-car">"Car"</label>
                    <select id="one-step-car" on:change=move |ev| one_step_car.set(event_target_value(&ev))>{car_options}</select>
                    <label for="one-step-command">"Command"</label>
                    <select id="one-step-command" on:change=move |ev| {
                        let name = event_target_value(&ev);
                        if let Some(command) = Command::ALL.into_iter().find(|c| c.name() == name) {
                            one_step_command.set(command);
                        }
                    }>
                        {Command::ALL.map(|c| view! { <option value=c.name()>{c.label()}</option> })}
                    </select>
                    <button id="one-step" on:click=one_step>"Do it"</button>
                </Show>
                <ol id="timeline" aria-live="polite">{move || panel.timeline.get().into_iter().map(|line| view! { <li>{line}</li> }).collect::<Vec<_>>()}</ol>
                <Show when=move || panel.busy.get()>
                    <button id="cancel" on:click=move |_| panel.cancelled.set(true)>"Cancel"</button>
                </Show>
                <p id="api-problem" class="error" role="alert">{move || panel.problem.get()}</p>
                <Show when=move || panel.data.with(Option::is_some)>
                    <h3>"Vehicle data"</h3>
                    <table id="vehicle-data"><tbody>{data_rows}</tbody></table>
                    <label class="inline"><input id="show-location" type="checkbox" on:change=move |ev| show_location.set(event_target_checked(&ev))/>" Show the location"</label>
                </Show>
                <Show when=move || panel.last.with(Option::is_some)>
                    <h3>"The last call as curl"</h3>
                    <pre id="curl">{curl_text}</pre>
                    <label class="inline"><input id="curl-include-token" type="checkbox" on:change=move |ev| include_token.set(event_target_checked(&ev))/>" Include my access token (otherwise $TESLA_ACCESS_TOKEN)"</label>
                    <button on:click=move |_| if let Some(text) = curl_text() { spawn_local(async move { browser::copy_to_clipboard(&text).await; }); }>"Copy as curl"</button>
                </Show>
            </section>
        </Show>
    }
}
