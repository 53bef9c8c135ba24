//! Using a token: the owner-API calls the page makes, and what Tesla's
//! answers and refusals mean (docs/PROTOCOL.md, "Using the token").

pub mod task;
pub mod wake;

use crate::claims::{TokenKind, inspect};
use crate::oauth::region::Region;
use crate::oauth::token::TokenSet;
use crate::secret::Secret;
use crate::tesla;
use crate::text::{echo, shell_quote};
use crate::transport::http::{HttpAnswer, TransportFailure, relay_error};
use crate::transport::route::{Body, Route};
use serde::Deserialize;
use serde_json::Value;

/// A command the page can send to a car.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `flash_lights`.
    FlashLights,
    /// `honk_horn`.
    HonkHorn,
}

impl Command {
    /// Every command, in the order the page offers them.
    pub const ALL: [Self; 2] = [Self::FlashLights, Self::HonkHorn];

    /// Tesla's name for it, the last path segment.
    pub fn name(self) -> &'static str {
        match self {
            Self::FlashLights => crate::tesla::COMMANDS[0],
            Self::HonkHorn => crate::tesla::COMMANDS[1],
        }
    }

    /// What the page calls it.
    pub fn label(self) -> &'static str {
        match self {
            Self::FlashLights => "Flash lights",
            Self::HonkHorn => "Honk",
        }
    }

    /// What happened once the car took it, as a person says it.
    pub fn done(self) -> &'static str {
        match self {
            Self::FlashLights => "the lights flashed",
            Self::HonkHorn => "the horn honked",
        }
    }

    /// The command named `name` (Tesla's name), if the page sends it.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|command| command.name() == name)
    }
}

/// One owner-API call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// `GET /api/1/products`: cars and energy sites.
    Products,
    /// `GET /api/1/vehicles/{id}`: one car and its state.
    Vehicle(String),
    /// `POST /api/1/vehicles/{id}/wake_up`.
    WakeUp(String),
    /// `GET /api/1/vehicles/{id}/vehicle_data`.
    VehicleData(String),
    /// `POST /api/1/vehicles/{id}/command/{name}`.
    Command(String, Command),
}

impl Call {
    /// The path below the API base; `None` for an id that is not all
    /// digits (ids come from Tesla's answers, which are not trusted either).
    pub fn path(&self) -> Option<String> {
        match self {
            Self::Products => tesla::PRODUCTS.fill("", ""),
            Self::Vehicle(id) => tesla::VEHICLE.fill(id, ""),
            Self::WakeUp(id) => tesla::WAKE_UP.fill(id, ""),
            Self::VehicleData(id) => tesla::VEHICLE_DATA.fill(id, ""),
            Self::Command(id, command) => tesla::COMMAND.fill(id, command.name()),
        }
    }

    /// `GET` or `POST`, from Tesla's table.
    pub fn method(&self) -> &'static str {
        match self {
            Self::Products => tesla::PRODUCTS.method,
            Self::Vehicle(_) => tesla::VEHICLE.method,
            Self::WakeUp(_) => tesla::WAKE_UP.method,
            Self::VehicleData(_) => tesla::VEHICLE_DATA.method,
            Self::Command(..) => tesla::COMMAND.method,
        }
    }

    /// The body: an empty JSON object for a POST (Tesla takes one), none for a GET.
    pub fn body(&self) -> Option<Body> {
        (self.method() == "POST").then(|| Body { content_type: "application/json", text: Secret::new("{}") })
    }

    /// What the page calls this step in a timeline.
    pub fn describe(&self) -> String {
        match self {
            Self::Products => "List products".into(),
            Self::Vehicle(_) => "Read the car's state".into(),
            Self::WakeUp(_) => "Send wake_up".into(),
            Self::VehicleData(_) => "Read vehicle_data".into(),
            Self::Command(_, command) => format!("Send {}", command.name()),
        }
    }
}

/// A car's connection state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarState {
    /// Awake and connected: commands work.
    Online,
    /// Asleep: wake it first.
    Asleep,
    /// Not reachable (no signal, or deep sleep).
    Offline,
    /// Anything else Tesla says.
    Unknown,
}

impl CarState {
    fn from_tesla(state: &str) -> Self {
        match state {
            "online" => Self::Online,
            "asleep" => Self::Asleep,
            "offline" => Self::Offline,
            _ => Self::Unknown,
        }
    }

    /// As the page shows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Asleep => "asleep",
            Self::Offline => "offline",
            Self::Unknown => "unknown",
        }
    }
}

/// One of the account's products.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Product {
    /// A car: `id` is the one the API paths take (not `vehicle_id`).
    Car { id: String, name: String, vin: String, state: CarState },
    /// A Powerwall or solar site.
    EnergySite { id: String, name: String },
}

/// What a successful call answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The product list.
    Products(Vec<Product>),
    /// One car's state.
    Car(CarState),
    /// `vehicle_data`, as a summary.
    Data(VehicleSummary),
    /// A command went through.
    Done,
}

/// Why a call failed, each with what to do next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("The access token has expired or was revoked (HTTP 401). Refresh it, then try again.")]
    Expired,
    #[error(
        "Tesla refused this token for the owner API (403 \"forbidden, see fleet-api\"). Since June \
         2026 Tesla refuses tokens minted over some connections. If this token came through a \
         hosted relay or a Worker, log in again through a relay on your own computer (token-relay); \
         if it already did, use the Fleet API with your own app (under More tools)."
    )]
    ForbiddenSeeFleet,
    #[error("The car is asleep or out of reach (HTTP 408). Wake it up first, then try again.")]
    Asleep,
    #[error(
        "This endpoint only answers on the Fleet API now (HTTP 412). The page uses /api/1/products \
         instead; for the rest, register your own app (see \"Your own app\")."
    )]
    FleetOnly,
    #[error("Tesla limits how often you may call it (HTTP 429). Try again {0}.")]
    RateLimited(String),
    #[error(
        "This car accepts this command only signed with Tesla's vehicle-command protocol: it needs \
         a virtual key paired with the car, which only a registered Fleet API app can have. The \
         owner API cannot send it."
    )]
    NeedsSignedCommand,
    #[error("The car refused the command: {0}.")]
    CommandRefused(String),
    #[error("Tesla answered HTTP {status}: {reason}.")]
    Other { status: u16, reason: String },
    #[error("The answer was not the JSON Tesla sends (HTTP {0}). Check the relay setting.")]
    NotJson(u16),
    #[error("The relay refused or failed: {0}.")]
    RelayRefused(String),
    #[error("Could not reach {0}. Is the relay running, and does it allow this page's origin?")]
    Unreachable(String),
    #[error("No answer in time. The relay or Tesla is slow or down; try again in a moment.")]
    TimedOut,
    #[error("Tesla's answer named a car id this page cannot use.")]
    BadId,
    #[error("The car did not come online within {0} s. It may be out of reach; try again later.")]
    WakeTimedOut(u64),
    #[error("Waking was cancelled.")]
    Cancelled,
    #[error("The access token was refused and refreshing it failed: {0}")]
    RefreshFailed(String),
    #[error("No tokens on the page: log in or paste a refresh token first.")]
    NoTokens,
}

#[derive(Deserialize)]
struct Envelope {
    response: Option<Value>,
    error: Option<String>,
}

/// Judges the answer to `call`. Everything in it is treated as hostile.
pub fn read_answer(
    call: &Call,
    answer: Result<HttpAnswer, TransportFailure>,
    route: &Route,
) -> Result<Answer, ApiError> {
    let answer = answer.map_err(|failure| match (failure, route) {
        (TransportFailure::TimedOut, _) => ApiError::TimedOut,
        (TransportFailure::Unreachable, Route::Relay(host)) => {
            ApiError::Unreachable(format!("the relay at {host}"))
        }
        (TransportFailure::Unreachable, Route::Direct) => ApiError::Unreachable("Tesla directly".into()),
    })?;
    if let Some(reason) = relay_error(&answer) {
        return Err(match answer.status {
            504 => ApiError::TimedOut,
            _ => ApiError::RelayRefused(echo(&reason)),
        });
    }
    let envelope: Option<Envelope> = serde_json::from_str(&answer.body).ok();
    let error = envelope.as_ref().and_then(|e| e.error.clone()).unwrap_or_default();
    match answer.status {
        200..=299 => {}
        401 => return Err(ApiError::Expired),
        403 if error.contains("Vehicle Command Protocol") => return Err(ApiError::NeedsSignedCommand),
        403 if error.contains("fleet-api") => return Err(ApiError::ForbiddenSeeFleet),
        408 => return Err(ApiError::Asleep),
        412 => return Err(ApiError::FleetOnly),
        429 => return Err(ApiError::RateLimited(retry_in(answer.retry_after.as_deref()))),
        status if envelope.is_none() => return Err(ApiError::NotJson(status)),
        status => {
            let reason = if error.is_empty() { "no reason given".into() } else { echo(&error) };
            return Err(ApiError::Other { status, reason });
        }
    }
    let response = envelope.and_then(|e| e.response).ok_or(ApiError::NotJson(answer.status))?;
    match call {
        Call::Products => Ok(Answer::Products(products(&response))),
        Call::Vehicle(_) | Call::WakeUp(_) => {
            Ok(Answer::Car(CarState::from_tesla(response["state"].as_str().unwrap_or_default())))
        }
        Call::VehicleData(_) => Ok(Answer::Data(VehicleSummary::from(&response))),
        Call::Command(..) => match response["result"].as_bool() {
            Some(true) => Ok(Answer::Done),
            _ => {
                Err(ApiError::CommandRefused(echo(response["reason"].as_str().unwrap_or("no reason given"))))
            }
        },
    }
}

/// "in 30 seconds", "after Tue, 24 Nov 2026 10:00:00 GMT", or "in a minute".
fn retry_in(retry_after: Option<&str>) -> String {
    match retry_after.map(str::trim) {
        Some(secs) if !secs.is_empty() && secs.bytes().all(|b| b.is_ascii_digit()) && secs.len() < 7 => {
            format!("in {secs} seconds")
        }
        Some(date) if !date.is_empty() => format!("after {}", echo(date)),
        _ => "in a minute".into(),
    }
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(echo(s)),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn products(response: &Value) -> Vec<Product> {
    let items = response.as_array().map(Vec::as_slice).unwrap_or_default();
    items
        .iter()
        .take(100)
        .filter_map(|item| {
            if let Some(site) = text(&item["energy_site_id"]) {
                let name = text(&item["site_name"]).unwrap_or_else(|| "Energy site".into());
                return Some(Product::EnergySite { id: site, name });
            }
            // `id_s` is exact; JSON numbers this large may lose digits elsewhere.
            let id = text(&item["id_s"]).or_else(|| text(&item["id"]))?;
            Some(Product::Car {
                id,
                name: text(&item["display_name"]).unwrap_or_else(|| "Car".into()),
                vin: text(&item["vin"]).unwrap_or_default(),
                state: CarState::from_tesla(item["state"].as_str().unwrap_or_default()),
            })
        })
        .collect()
}

/// The API base for these tokens: the owner API of their region, or, for
/// a Fleet app's tokens, the Fleet API their access token was minted for.
pub fn api_base(set: &TokenSet) -> Option<String> {
    if let Some(region) = Region::of_issuer(&set.issuer) {
        return Some(region.owner_api().to_owned());
    }
    let Ok(TokenKind::Jwt(claims)) = inspect(set.tokens.access_token.expose()) else { return None };
    let fleet = [tesla::FLEET_API_NA, tesla::FLEET_API_EU, tesla::FLEET_API_CN];
    // Only a known Fleet API base: the token's claims are not trusted.
    let audiences = claims.aud?;
    fleet
        .into_iter()
        .find(|base| audiences.values().iter().any(|a| a.trim_end_matches('/') == *base))
        .map(str::to_owned)
}

/// A VIN with the middle hidden: `5YJ3…1234`.
pub fn mask_vin(vin: &str) -> String {
    let chars: Vec<char> = vin.chars().collect();
    if chars.len() <= 7 {
        return "•".repeat(chars.len());
    }
    let start: String = chars[..3].iter().collect();
    let end: String = chars[chars.len() - 4..].iter().collect();
    format!("{start}{}{end}", "•".repeat(chars.len() - 7))
}

/// The parts of `vehicle_data` the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VehicleSummary {
    /// Battery, percent.
    pub battery_percent: Option<f64>,
    /// Estimated range, miles (Tesla's unit here).
    pub range_miles: Option<f64>,
    /// Doors locked.
    pub locked: Option<bool>,
    /// Climate on.
    pub climate_on: Option<bool>,
    /// Inside temperature, °C.
    pub inside_celsius: Option<f64>,
    /// Where the car is (shown only when asked).
    pub location: Option<(f64, f64)>,
}

impl From<&Value> for VehicleSummary {
    fn from(data: &Value) -> Self {
        let number = |section: &str, field: &str| data[section][field].as_f64().filter(|n| n.is_finite());
        let flag = |section: &str, field: &str| data[section][field].as_bool();
        let location = number("drive_state", "latitude").zip(number("drive_state", "longitude"));
        Self {
            battery_percent: number("charge_state", "battery_level"),
            range_miles: number("charge_state", "battery_range"),
            locked: flag("vehicle_state", "locked"),
            climate_on: flag("climate_state", "is_climate_on"),
            inside_celsius: number("climate_state", "inside_temp"),
            location,
        }
    }
}

impl VehicleSummary {
    /// The rows the page shows; the location only if `show_location`.
    pub fn rows(&self, show_location: bool) -> Vec<(&'static str, String)> {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
        [
            self.battery_percent.map(|b| ("Battery", format!("{b:.0} %"))),
            self.range_miles.map(|r| ("Range", format!("{r:.0} mi ({:.0} km)", r * 1.609_344))),
            self.locked.map(|l| ("Locked", yes_no(l))),
            self.climate_on.map(|c| ("Climate on", yes_no(c))),
            self.inside_celsius.map(|t| ("Inside", format!("{t:.1} °C"))),
            match (show_location, self.location) {
                (true, Some((lat, lon))) => Some(("Location", format!("{lat:.5}, {lon:.5}"))),
                (false, Some(_)) => Some(("Location", "hidden".to_owned())),
                _ => None,
            },
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// The same call as a `curl` command through the relay, so people can
/// automate it. The token is a placeholder unless `token` is given.
pub fn curl(method: &str, url: &str, page_origin: &str, token: Option<&str>) -> String {
    let quote = shell_quote;
    let bearer = format!("Authorization: Bearer {}", token.unwrap_or("$TESLA_ACCESS_TOKEN"));
    let bearer = if token.is_some() { quote(&bearer) } else { format!("\"{bearer}\"") };
    let mut command = format!("curl -X {method} -H {bearer} -H {}", quote(&format!("Origin: {page_origin}")));
    if method == "POST" {
        command.push_str(" -H 'Content-Type: application/json' -d '{}'");
    }
    format!("{command} {}", quote(url))
}

#[cfg(test)]
mod tests;
