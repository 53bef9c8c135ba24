//! `GET/POST /oauth2/v3/authorize` and the redirect to the app.

use crate::{IssuedCode, Shared, Transaction, accounts, pages, random_id};
use axum::extract::{Form, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use std::collections::HashMap;
use std::time::Instant;

type Params = HashMap<String, String>;

fn refuse(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, Html(pages::error(message))).into_response()
}

/// Checks the authorize request like Tesla and shows the login form.
pub async fn show_form(State(double): State<Shared>, Query(query): Query<Params>) -> Response {
    let get = |key: &str| query.get(key).map(String::as_str).unwrap_or_default();
    if get("client_id") != "ownerapi" {
        return refuse("The 'client_id' supplied is not registered.");
    }
    if get("redirect_uri") != double.config.redirect.redirect_uri() {
        return refuse("The 'redirect_uri' supplied is not registered for this 'client_id'.");
    }
    if get("response_type") != "code" {
        return refuse("The 'response_type' must be 'code'.");
    }
    if get("code_challenge").is_empty() || get("code_challenge_method") != "S256" {
        return refuse("A 'code_challenge' with 'code_challenge_method' S256 is required.");
    }
    if get("state").is_empty() {
        return refuse("The 'state' parameter is required.");
    }
    let id = random_id(16);
    let transaction = Transaction {
        state: get("state").to_owned(),
        challenge: get("code_challenge").to_owned(),
        redirect_uri: get("redirect_uri").to_owned(),
        locale: query.get("locale").cloned().unwrap_or_else(|| "en-US".into()),
        account: None,
        verified: false,
    };
    double.memory.lock().unwrap().transactions.insert(id.clone(), transaction);
    Html(pages::login_form(&id, None)).into_response()
}

/// Takes the password (then the MFA passcode, for an account with MFA).
pub async fn submit_form(State(double): State<Shared>, Form(form): Form<Params>) -> Response {
    let id = form.get("transaction_id").cloned().unwrap_or_default();
    let mut memory = double.memory.lock().unwrap();
    let Some(transaction) = memory.transactions.get_mut(&id) else {
        return refuse("This login session has expired. Start again.");
    };
    if let Some(passcode) = form.get("passcode") {
        let Some(account) = transaction.account else { return refuse("Log in first.") };
        if account.mfa_passcode != Some(passcode.trim()) {
            return (StatusCode::UNAUTHORIZED, Html(pages::mfa_form(&id, Some("Invalid passcode."))))
                .into_response();
        }
        transaction.verified = true;
        return verified(&id);
    }
    let email = form.get("identity").map(String::as_str).unwrap_or_default();
    let password = form.get("credential").map(String::as_str).unwrap_or_default();
    let Some(account) = accounts::find(email, password) else {
        return (StatusCode::UNAUTHORIZED, Html(pages::login_form(&id, Some("Invalid credentials."))))
            .into_response();
    };
    transaction.account = Some(account);
    if account.mfa_passcode.is_some() {
        return Html(pages::mfa_form(&id, None)).into_response();
    }
    transaction.verified = true;
    verified(&id)
}

fn verified(id: &str) -> Response {
    Html(pages::verified(&format!("/oauth2/v3/authorize/complete?transaction_id={id}"))).into_response()
}

/// Issues the code and redirects to the registered (app) redirect URI.
pub async fn redirect_to_app(State(double): State<Shared>, Query(query): Query<Params>) -> Response {
    let id = query.get("transaction_id").cloned().unwrap_or_default();
    let mut memory = double.memory.lock().unwrap();
    let finished = memory.transactions.get(&id).is_some_and(|t| t.verified);
    let Some(transaction) = finished.then(|| memory.transactions.remove(&id)).flatten() else {
        return refuse("This login session has expired. Start again.");
    };
    let code = format!("NA_{}", random_id(24));
    let mut location = url::Url::parse(&transaction.redirect_uri).expect("registered redirect URIs parse");
    location
        .query_pairs_mut()
        .append_pair("locale", &transaction.locale)
        .append_pair("code", &code)
        .append_pair("state", &transaction.state)
        .append_pair("issuer", &double.config.issuer);
    memory.codes.insert(
        code,
        IssuedCode {
            challenge: transaction.challenge,
            redirect_uri: transaction.redirect_uri,
            state: transaction.state,
            account: transaction.account.expect("a verified login has an account"),
            issued: Instant::now(),
        },
    );
    (StatusCode::FOUND, [(header::LOCATION, location.to_string())]).into_response()
}
