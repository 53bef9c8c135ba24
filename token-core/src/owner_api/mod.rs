//! Using a token: the owner-API calls the page makes, and what Tesla's
//! answers and refusals mean (docs/PROTOCOL.md, "Using the token").

pub mod task;
pub mod wake;

use crate::claims::{TokenKind, inspect};
use crate::oauth::fleet::FleetRegion;
use crate::oauth::region::Region;
use crate::oauth::token::{ExchangeError, TokenSet};
use crate::secret::Secret;
use crate::tesla;
use crate::text::{echo, shell_quote};
use crate::transport::http::{HttpAnswer, TransportFailure, relay_error};
use crate::transport::route::{Body, Route};
use serde::Deserialize;
use serde_json::Value;

/// A command the page can send to a car (the car's, not the page's:
/// `page::Command` is what the page asks the browser to do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarCommand {
    /// `flash_lights`.
    FlashLights,
    /// `honk_horn`.
    HonkHorn,
}

impl CarCommand {
    /// Every command, in the order the page offers them.
    pub const ALL: [Self; 2] = [Self::FlashLights, Self::HonkHorn];

    /// Tesla's name for it, the last path segment.
    pub fn name(self) -> &'static str {
        match self {
            Self::FlashLights => crate::tesla::COMMANDS[0],
            Self::HonkHorn => crate::tesla::COMMANDS[1],
        }
    }

    /// The command named `name` (Tesla's name), if the page sends it.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|command| command.name() == name)
    }
}

/// One owner-API (or Fleet API) call.
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
    Command(String, CarCommand),
    /// `GET /api/1/users/region` (Fleet API): the account's region.
    UsersRegion,
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
            Self::UsersRegion => tesla::USERS_REGION.fill("", ""),
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
            Self::UsersRegion => tesla::USERS_REGION.method,
        }
    }

    /// The body: an empty JSON object for a POST (Tesla takes one), none for a GET.
    pub fn body(&self) -> Option<Body> {
        (self.method() == "POST").then(|| Body { content_type: "application/json", text: Secret::new("{}") })
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
}

/// One of the account's products; a name is `None` when Tesla gave none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Product {
    /// A car: `id` is the one the API paths take (not `vehicle_id`).
    Car { id: String, name: Option<String>, vin: String, state: CarState },
    /// A Powerwall or solar site.
    EnergySite { id: String, name: Option<String> },
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
    /// The account's Fleet API region; `None` when Tesla's base URL is not
    /// one of the Fleet API hosts in [`tesla`] (the answer is not trusted).
    Region(Option<FleetRegion>),
}

/// When Tesla's `Retry-After` says a rate-limited call may be tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryAfter {
    /// After this many seconds.
    Seconds(u64),
    /// After this HTTP date, as Tesla wrote it (cut short and cleaned).
    Date(String),
    /// Tesla did not say.
    Unknown,
}

/// Why a call failed. The `Display` is a terse note for developers; the
/// page words each variant in `catalog::owner_api::api_error`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// HTTP 401: the access token expired or was revoked.
    #[error("access token expired or revoked (401)")]
    Expired,
    /// HTTP 403 "forbidden, see fleet-api": since June 2026 Tesla refuses
    /// owner-API tokens minted over some connections (docs/PROTOCOL.md).
    #[error("forbidden, see fleet-api (403)")]
    ForbiddenSeeFleet,
    /// HTTP 408: the car is asleep or out of reach.
    #[error("car asleep or unreachable (408)")]
    Asleep,
    /// HTTP 412 from the owner API: the endpoint answers only on the Fleet API.
    #[error("fleet api only (412)")]
    FleetOnly,
    /// HTTP 412 from a Fleet API about the account's region ("Account …
    /// must be registered in the current region …"): `called` is the region
    /// the call went to, `account` the one `GET /api/1/users/region` named
    /// (`None` when unknown). [`read_answer`] leaves both `None`; the task,
    /// which knows where it called, fills them in.
    #[error("account registered in another region (412)")]
    OtherRegion { called: Option<FleetRegion>, account: Option<FleetRegion> },
    /// HTTP 429, with when to try again.
    #[error("rate limited (429)")]
    RateLimited(RetryAfter),
    /// HTTP 403: the car takes this command only signed (vehicle-command protocol).
    #[error("signed command required (403)")]
    NeedsSignedCommand,
    /// The car answered `result: false`, with Tesla's reason if any (cut short and cleaned).
    #[error("command refused")]
    CommandRefused(Option<String>),
    /// Any other HTTP status, with Tesla's `error` if any (cut short and cleaned).
    #[error("http {status}")]
    Other { status: u16, reason: Option<String> },
    /// The answer, with this HTTP status, was not Tesla's JSON envelope.
    #[error("answer not json (http {0})")]
    NotJson(u16),
    /// The relay refused or failed, with its reason (cut short and cleaned).
    #[error("relay refused: {0}")]
    RelayRefused(String),
    /// Nothing answered: the relay at this host, or Tesla directly (`None`).
    #[error("unreachable")]
    Unreachable { relay: Option<String> },
    /// No answer in time (the page's timeout or the relay's 504).
    #[error("timed out")]
    TimedOut,
    /// Tesla's answer named a car id that is not 1 to 32 digits.
    #[error("unusable car id")]
    BadId,
    /// The tokens name no API base the page knows (neither a trusted
    /// issuer nor a Fleet API audience).
    #[error("no known api base for these tokens")]
    NoApiBase,
    /// The car was not online after this many seconds of waking.
    #[error("wake timed out after {0} s")]
    WakeTimedOut(u64),
    /// The page no longer wanted the task (cancel, forget).
    #[error("cancelled")]
    Cancelled,
    /// A 401 came, and the refresh that followed failed.
    #[error("refresh after 401 failed: {0}")]
    RefreshFailed(ExchangeError),
    /// The page holds no tokens.
    #[error("no tokens")]
    NoTokens,
    /// "One step" with no car chosen and none listed.
    #[error("no car chosen")]
    NoCar,
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
            ApiError::Unreachable { relay: Some(host.clone()) }
        }
        (TransportFailure::Unreachable, Route::Direct) => ApiError::Unreachable { relay: None },
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
        // The Fleet API's "Account … must be registered in the current region …".
        412 if error.contains("region") => return Err(ApiError::OtherRegion { called: None, account: None }),
        412 => return Err(ApiError::FleetOnly),
        429 => return Err(ApiError::RateLimited(retry_after(answer.retry_after.as_deref()))),
        status if envelope.is_none() => return Err(ApiError::NotJson(status)),
        status => {
            let reason = (!error.is_empty()).then(|| echo(&error));
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
            _ => Err(ApiError::CommandRefused(
                response["reason"].as_str().filter(|reason| !reason.is_empty()).map(echo),
            )),
        },
        Call::UsersRegion => {
            Ok(Answer::Region(response["fleet_api_base_url"].as_str().and_then(fleet_region_of)))
        }
    }
}

/// `Retry-After` as seconds (RFC 9110 §10.2.3: digits) or an HTTP date.
fn retry_after(retry_after: Option<&str>) -> RetryAfter {
    match retry_after.map(str::trim) {
        Some(secs) if !secs.is_empty() && secs.bytes().all(|b| b.is_ascii_digit()) && secs.len() < 7 => {
            secs.parse().map_or(RetryAfter::Unknown, RetryAfter::Seconds)
        }
        Some(date) if !date.is_empty() => RetryAfter::Date(echo(date)),
        _ => RetryAfter::Unknown,
    }
}

/// The Fleet API region whose base `base` is, exactly (a trailing `/`
/// aside); `None` for any other text, since it comes from Tesla's answers
/// or the token's claims, which are not trusted.
pub fn fleet_region_of(base: &str) -> Option<FleetRegion> {
    let base = base.trim_end_matches('/');
    FleetRegion::ALL.into_iter().find(|region| region.audience() == base)
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
                return Some(Product::EnergySite { id: site, name: text(&item["site_name"]) });
            }
            // `id_s` is exact; JSON numbers this large may lose digits elsewhere.
            let id = text(&item["id_s"]).or_else(|| text(&item["id"]))?;
            Some(Product::Car {
                id,
                name: text(&item["display_name"]),
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
    // Only a known Fleet API base: the token's claims are not trusted.
    let audiences = claims.aud?;
    audiences.values().into_iter().find_map(fleet_region_of).map(|region| region.audience().to_owned())
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

/// One row of the vehicle data the page shows, with its value in Tesla's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DataRow {
    /// Battery, percent.
    Battery(f64),
    /// Estimated range, miles.
    Range(f64),
    /// Doors locked.
    Locked(bool),
    /// Climate on.
    ClimateOn(bool),
    /// Inside temperature, °C.
    Inside(f64),
    /// Latitude and longitude in degrees; `None` while hidden.
    Location(Option<(f64, f64)>),
}

impl VehicleSummary {
    /// The rows the page shows, present values only; the location only if
    /// `show_location`, else a hidden location row.
    pub fn rows(&self, show_location: bool) -> Vec<DataRow> {
        [
            self.battery_percent.map(DataRow::Battery),
            self.range_miles.map(DataRow::Range),
            self.locked.map(DataRow::Locked),
            self.climate_on.map(DataRow::ClimateOn),
            self.inside_celsius.map(DataRow::Inside),
            self.location.map(|at| DataRow::Location(show_location.then_some(at))),
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
