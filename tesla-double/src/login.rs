//! `GET/POST /oauth2/v3/authorize` and the redirect back to the client.

use crate::accounts;
use crate::login_html;
use crate::state::{Client, Endpoint, IssuedCode, Shared, Transaction, random_id};
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use std::collections::HashMap;
use std::time::Instant;
use token_core::tesla;

type Params = HashMap<String, String>;

/// The cookie that remembers a login, as Tesla's SSO session does.
const SESSION_COOKIE: &str = "tesla_double_session";

fn refuse(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, Html(login_html::error(message))).into_response()
}

/// Checks the authorize request like Tesla and shows the login form, or
/// skips it for a remembered login unless `prompt=login` asks for it.
pub async fn show_form(
    State(double): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<Params>,
) -> Response {
    let get = |key: &str| query.get(key).map(String::as_str).unwrap_or_default();
    let client = match get("client_id") {
        tesla::CLIENT_ID => Client::OwnerApi,
        id => match double.config.fleet_apps.iter().find(|app| app.client_id == id) {
            Some(app) => Client::Fleet(app.clone()),
            None => return refuse("The 'client_id' supplied is not registered."),
        },
    };
    let registered = match &client {
        Client::OwnerApi => double.config.redirect.redirect_uri(),
        Client::Fleet(app) => app.redirect_uri.clone(),
    };
    if get("redirect_uri") != registered {
        return refuse("The 'redirect_uri' supplied is not registered for this 'client_id'.");
    }
    if get("response_type") != "code" {
        return refuse("The 'response_type' must be 'code'.");
    }
    let is_secret_app = matches!(&client, Client::Fleet(app) if app.client_secret.is_some());
    if !is_secret_app && (get("code_challenge").is_empty() || get("code_challenge_method") != "S256") {
        return refuse("A 'code_challenge' with 'code_challenge_method' S256 is required.");
    }
    if get("state").is_empty() {
        return refuse("The 'state' parameter is required.");
    }
    let mut memory = double.memory.lock().unwrap();
    let remembered = session_id(&headers).and_then(|id| memory.sessions.get(&id).copied());
    let remembered = remembered.filter(|_| get("prompt") != "login");
    let id = random_id(16);
    memory.transactions.insert(
        id.clone(),
        Transaction {
            client,
            state: get("state").to_owned(),
            challenge: get("code_challenge").to_owned(),
            redirect_uri: get("redirect_uri").to_owned(),
            locale: query.get("locale").cloned().unwrap_or_else(|| "en-US".into()),
            account: remembered,
            verified: remembered.is_some(),
        },
    );
    if remembered.is_some() {
        return verified(&id);
    }
    Html(login_html::login_form(&id, get("login_hint"), None)).into_response()
}

fn session_id(headers: &HeaderMap) -> Option<String> {
    let cookies = headers.get(header::COOKIE)?.to_str().ok()?;
    cookies
        .split(';')
        .find_map(|c| c.trim().strip_prefix(SESSION_COOKIE)?.strip_prefix('='))
        .map(str::to_owned)
}

/// Takes the password (then the MFA passcode, for an account with MFA).
pub async fn submit_form(State(double): State<Shared>, Form(form): Form<Params>) -> Response {
    let id = form.get("transaction_id").cloned().unwrap_or_default();
    let mut memory = double.memory.lock().unwrap();
    let Some(transaction) = memory.transactions.get_mut(&id) else {
        return refuse("This login session has expired. Start again.");
    };
    let account = if let Some(passcode) = form.get("passcode") {
        let Some(account) = transaction.account else { return refuse("Log in first.") };
        if account.mfa_passcode != Some(passcode.trim()) {
            return (StatusCode::UNAUTHORIZED, Html(login_html::mfa_form(&id, Some("Invalid passcode."))))
                .into_response();
        }
        account
    } else {
        let email = form.get("identity").map(String::as_str).unwrap_or_default();
        let password = form.get("credential").map(String::as_str).unwrap_or_default();
        let Some(account) = accounts::find(email, password) else {
            return (
                StatusCode::UNAUTHORIZED,
                Html(login_html::login_form(&id, email, Some("Invalid credentials."))),
            )
                .into_response();
        };
        transaction.account = Some(account);
        if account.mfa_passcode.is_some() {
            return Html(login_html::mfa_form(&id, None)).into_response();
        }
        account
    };
    transaction.verified = true;
    let session = random_id(16);
    memory.sessions.insert(session.clone(), account);
    let cookie = format!("{SESSION_COOKIE}={session}; Path=/; HttpOnly; SameSite=Lax");
    ([(header::SET_COOKIE, cookie)], verified(&id)).into_response()
}

fn verified(id: &str) -> Response {
    Html(login_html::verified(&format!(
        "{}{}?transaction_id={id}",
        tesla::OAUTH_PATH,
        tesla::AUTHORIZE_COMPLETE_PATH
    )))
    .into_response()
}

/// Issues the code and redirects to the client's registered redirect URI.
pub async fn redirect_to_client(State(double): State<Shared>, Query(query): Query<Params>) -> Response {
    let id = query.get("transaction_id").cloned().unwrap_or_default();
    let mut memory = double.memory.lock().unwrap();
    let finished = memory.transactions.get(&id).is_some_and(|t| t.verified);
    let Some(transaction) = finished.then(|| memory.transactions.remove(&id)).flatten() else {
        return refuse("This login session has expired. Start again.");
    };
    let account = transaction.account.expect("a verified login has an account");
    let (endpoint, client_id) = match &transaction.client {
        Client::OwnerApi => (Endpoint::Owner(account.region), tesla::CLIENT_ID.to_owned()),
        Client::Fleet(app) => (Endpoint::Fleet, app.client_id.clone()),
    };
    let code = format!("NA_{}", random_id(24));
    let mut location = url::Url::parse(&transaction.redirect_uri).expect("registered redirect URIs parse");
    location
        .query_pairs_mut()
        .append_pair("locale", &transaction.locale)
        .append_pair("code", &code)
        .append_pair("state", &transaction.state)
        .append_pair("issuer", &double.config.issuer(account.region));
    memory.codes.insert(
        code,
        IssuedCode {
            endpoint,
            client_id,
            challenge: transaction.challenge,
            redirect_uri: transaction.redirect_uri,
            state: transaction.state,
            account,
            issued: Instant::now(),
        },
    );
    (StatusCode::FOUND, [(header::LOCATION, location.to_string())]).into_response()
}
