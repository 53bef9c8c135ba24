//! Test switches (`POST /_double/{name}`): make the double behave as Tesla
//! sometimes does, or hold its answers so a test can act while a request
//! is in flight. Not part of Tesla; the relay never forwards these paths.

use crate::state::{NextTokenAnswer, Shared};
use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::post;

/// The switches that change the next token answer, by name.
const NEXT_TOKEN_ANSWERS: [(&str, NextTokenAnswer); 5] = [
    ("/_double/access-denied-next-token", NextTokenAnswer::AccessDenied),
    ("/_double/omit-next-refresh-token", NextTokenAnswer::WithoutRefreshToken),
    ("/_double/hostile-next-token", NextTokenAnswer::Hostile),
    ("/_double/garbage-next-token", NextTokenAnswer::Garbage),
    ("/_double/reset-next-token", NextTokenAnswer::Reset),
];

/// The switch routes.
pub(crate) fn routes() -> Router<Shared> {
    let router = Router::new()
        .route("/_double/revoke-access-tokens", post(revoke))
        .route("/_double/rate-limit-next-call", post(rate_limit))
        .route("/_double/hold", post(async |State(d): State<Shared>| hold(&d, true)))
        .route("/_double/release", post(async |State(d): State<Shared>| hold(&d, false)));
    NEXT_TOKEN_ANSWERS.into_iter().fold(router, |router, (path, answer)| {
        router.route(path, post(async move |State(d): State<Shared>| next(&d, answer)))
    })
}

fn next(double: &Shared, answer: NextTokenAnswer) -> StatusCode {
    double.memory.lock().unwrap().next_token_answer = answer;
    StatusCode::NO_CONTENT
}

/// Revokes every access token issued so far: the owner API answers 401.
async fn revoke(State(double): State<Shared>) -> StatusCode {
    let mut memory = double.memory.lock().unwrap();
    let issued: Vec<String> = memory.access_owner.keys().cloned().collect();
    memory.revoked_access.extend(issued);
    StatusCode::NO_CONTENT
}

/// Makes the next owner-API call answer 429.
async fn rate_limit(State(double): State<Shared>) -> StatusCode {
    double.memory.lock().unwrap().rate_limit_next = true;
    StatusCode::NO_CONTENT
}

fn hold(double: &Shared, held: bool) -> StatusCode {
    double.held.send_replace(held);
    StatusCode::NO_CONTENT
}

/// Middleware for Tesla's routes: while held, a request waits for release.
pub(crate) async fn gate(State(double): State<Shared>, request: Request, next: Next) -> Response {
    let mut held = double.held.subscribe();
    let _ = held.wait_for(|held| !held).await;
    next.run(request).await
}
