//! The owner API (`/api/1/…`), as Tesla answers it today: products, car
//! state, a wake-up that takes a few polls, vehicle_data (408 while
//! asleep), commands (one car insists on signed ones), `/vehicles` → 412.
//! Two switches let tests make Tesla revoke tokens (401) or rate-limit (429).

use crate::accounts::Region;
use crate::cars::Car;
use crate::jwt;
use crate::state::Shared;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde_json::{Value, json};
use std::time::{SystemTime, UNIX_EPOCH};
use token_core::tesla;

/// How many polls after `wake_up` the asleep car needs to come online.
const POLLS_TO_WAKE: u32 = 3;

/// The owner-API routes.
pub fn routes() -> Router<Shared> {
    Router::new()
        .route(tesla::PRODUCTS.path, get(products))
        // Tesla answers 412 here since 2024; the page never calls it.
        .route(tesla::VEHICLES_PATH, get(vehicles_list))
        .route(tesla::VEHICLE.path, get(vehicle))
        .route(tesla::WAKE_UP.path, post(wake_up))
        .route(tesla::VEHICLE_DATA.path, get(vehicle_data))
        .route(tesla::COMMAND.path, post(command))
}

fn answer(status: StatusCode, body: Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn refusal(status: StatusCode, error: &str) -> Response {
    answer(status, json!({ "response": null, "error": error, "error_description": "" }))
}

/// Why a call is refused, if it is: the switches, then the bearer token.
fn refusal_for(double: &Shared, region: Region, headers: &HeaderMap) -> Option<Response> {
    let mut memory = double.memory.lock().unwrap();
    if std::mem::take(&mut memory.rate_limit_next) {
        return Some((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "30")], "").into_response());
    }
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let Some(claims) = jwt::verify(token) else {
        return Some(refusal(StatusCode::UNAUTHORIZED, "invalid bearer token"));
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let jti = claims["jti"].as_str().unwrap_or_default();
    let expired = claims["exp"].as_u64().is_none_or(|exp| exp <= now) || memory.revoked_access.contains(jti);
    // Only tokens of this region's issuer, minted for this region's owner API.
    let audience = format!("{}/", region.owner_api());
    let foreign = claims["iss"] != double.config.issuer(region).as_str()
        || !claims["aud"].as_array().is_some_and(|aud| aud.iter().any(|a| *a == audience.as_str()));
    if expired || foreign || claims["scp"].is_null() {
        return Some(refusal(StatusCode::UNAUTHORIZED, "invalid bearer token"));
    }
    let owner = memory.access_owner.get(jti).copied();
    owner
        .is_some_and(|account| account.owner_api_forbidden)
        .then(|| refusal(StatusCode::FORBIDDEN, &format!("forbidden, see {}", tesla::FLEET_API_DOCS)))
}

async fn products(
    State(double): State<Shared>,
    Extension(region): Extension<Region>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = refusal_for(&double, region, &headers) {
        return refused;
    }
    let memory = double.memory.lock().unwrap();
    let mut items: Vec<Value> = memory.cars.iter().map(car_json).collect();
    items.push(
        json!({ "energy_site_id": 7_770_001, "site_name": "Home Powerwall", "resource_type": "battery" }),
    );
    answer(StatusCode::OK, json!({ "response": items, "count": items.len() }))
}

async fn vehicles_list(
    State(double): State<Shared>,
    Extension(region): Extension<Region>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = refusal_for(&double, region, &headers) {
        return refused;
    }
    refusal(
        StatusCode::PRECONDITION_FAILED,
        &format!("Endpoint is only available on fleetapi. Visit {} for more info", tesla::DEVELOPER_DOCS),
    )
}

fn car_json(car: &Car) -> Value {
    let id: u64 = car.id.parse().unwrap_or_default();
    let state = if car.asleep_for.is_some() { "asleep" } else { "online" };
    json!({ "id": id, "id_s": car.id, "vehicle_id": id % 1_000_000_000, "vin": car.vin, "display_name": car.name, "state": state })
}

/// Runs `act` on the car `id` after the checks every car call makes.
fn with_car(
    double: &Shared,
    region: Region,
    headers: &HeaderMap,
    id: &str,
    act: impl FnOnce(&mut Car) -> Response,
) -> Response {
    if let Some(refused) = refusal_for(double, region, headers) {
        return refused;
    }
    let mut memory = double.memory.lock().unwrap();
    match memory.cars.iter_mut().find(|car| car.id == id) {
        Some(car) => act(car),
        None => refusal(StatusCode::NOT_FOUND, "not_found"),
    }
}

async fn vehicle(
    State(double): State<Shared>,
    Extension(region): Extension<Region>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    with_car(&double, region, &headers, &id, |car| {
        // Each poll brings a waking car closer to online.
        car.asleep_for = match car.asleep_for {
            Some(u32::MAX) => Some(u32::MAX),
            Some(0 | 1) | None => None,
            Some(left) => Some(left - 1),
        };
        answer(StatusCode::OK, json!({ "response": car_json(car) }))
    })
}

async fn wake_up(
    State(double): State<Shared>,
    Extension(region): Extension<Region>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    with_car(&double, region, &headers, &id, |car| {
        if car.asleep_for == Some(u32::MAX) {
            car.asleep_for = Some(POLLS_TO_WAKE);
        }
        answer(StatusCode::OK, json!({ "response": car_json(car) }))
    })
}

async fn vehicle_data(
    State(double): State<Shared>,
    Extension(region): Extension<Region>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    with_car(&double, region, &headers, &id, |car| {
        if car.asleep_for.is_some() {
            return refusal(StatusCode::REQUEST_TIMEOUT, "vehicle unavailable: vehicle is offline or asleep");
        }
        let mut data = car_json(car);
        data["charge_state"] = json!({ "battery_level": 81, "battery_range": 250.5 });
        data["vehicle_state"] = json!({ "locked": true });
        data["climate_state"] = json!({ "is_climate_on": false, "inside_temp": 21.5 });
        data["drive_state"] = json!({ "latitude": 52.3702, "longitude": 4.8952 });
        answer(StatusCode::OK, json!({ "response": data }))
    })
}

async fn command(
    State(double): State<Shared>,
    Extension(region): Extension<Region>,
    headers: HeaderMap,
    Path((id, name)): Path<(String, String)>,
) -> Response {
    with_car(&double, region, &headers, &id, |car| {
        if car.asleep_for.is_some() {
            return refusal(StatusCode::REQUEST_TIMEOUT, "vehicle unavailable: vehicle is offline or asleep");
        }
        if car.needs_signed_commands {
            return refusal(
                StatusCode::FORBIDDEN,
                &format!(
                    "Tesla Vehicle Command Protocol required, please refer to the documentation here: {}",
                    tesla::FLEET_API_DOCS
                ),
            );
        }
        if tesla::COMMANDS.contains(&name.as_str()) {
            answer(StatusCode::OK, json!({ "response": { "result": true, "reason": "" } }))
        } else {
            refusal(StatusCode::NOT_FOUND, "unknown command")
        }
    })
}
