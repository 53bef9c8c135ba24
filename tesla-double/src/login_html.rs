//! The login HTML the double serves (sign-in form, MFA form, "Verified
//! Successfully", errors): plain forms, like Tesla's without the styling.

use crate::accounts::{ACCOUNTS, PASSWORD, Region};
use token_core::tesla;

/// Where the forms post: Tesla's login page below the global issuer.
fn form_action() -> String {
    format!("{}{}", tesla::OAUTH_PATH, tesla::AUTHORIZE_PATH)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A whole HTML document titled `title`, marked as not Tesla's.
fn document(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body><p><em>Tesla test double: not Tesla.</em></p>{body}</body></html>",
        escape(title)
    )
}

/// Email and password form.
pub fn login_form(transaction_id: &str, email: &str, problem: Option<&str>) -> String {
    let action = form_action();
    let accounts: String = ACCOUNTS
        .iter()
        .map(|a| match a.mfa_passcode {
            Some(code) => format!("<li><code>{}</code> (MFA passcode <code>{code}</code>)</li>", a.email),
            None if a.region == Region::China => {
                format!("<li><code>{}</code> (China)</li>", a.email)
            }
            None => format!("<li><code>{}</code></li>", a.email),
        })
        .collect();
    document(
        "Sign In",
        &format!(
            "<h1>Sign In</h1>{}\
             <form method=\"post\" action=\"{action}\">\
             <input type=\"hidden\" name=\"transaction_id\" value=\"{}\">\
             <label for=\"identity\">Email</label> <input id=\"identity\" name=\"identity\" type=\"email\" value=\"{}\">\
             <label for=\"credential\">Password</label> <input id=\"credential\" name=\"credential\" type=\"password\">\
             <button id=\"sign-in\" type=\"submit\">Sign In</button></form>\
             <p>Test accounts, password <code>{PASSWORD}</code>:</p><ul>{accounts}</ul>",
            problem
                .map(|p| format!("<p id=\"problem\" role=\"alert\">{}</p>", escape(p)))
                .unwrap_or_default(),
            escape(transaction_id),
            escape(email),
        ),
    )
}

/// The multi-factor passcode form.
pub fn mfa_form(transaction_id: &str, problem: Option<&str>) -> String {
    let action = form_action();
    document(
        "Multi-Factor Authentication",
        &format!(
            "<h1>Multi-Factor Authentication</h1>{}\
             <form method=\"post\" action=\"{action}\">\
             <input type=\"hidden\" name=\"transaction_id\" value=\"{}\">\
             <label for=\"passcode\">Passcode</label> <input id=\"passcode\" name=\"passcode\" inputmode=\"numeric\">\
             <button id=\"verify\" type=\"submit\">Submit</button></form>",
            problem
                .map(|p| format!("<p id=\"problem\" role=\"alert\">{}</p>", escape(p)))
                .unwrap_or_default(),
            escape(transaction_id),
        ),
    )
}

/// What Tesla shows after a login, while it redirects to the app.
pub fn verified(next: &str) -> String {
    document(
        "Verified Successfully",
        &format!(
            "<meta http-equiv=\"refresh\" content=\"0;url={}\"><h1>Verified Successfully</h1><p>Loading…</p>",
            escape(next)
        ),
    )
}

/// An error page, as Tesla shows for a bad authorize request.
pub fn error(message: &str) -> String {
    document("Error", &format!("<h1>Error</h1><p id=\"problem\">{}</p>", escape(message)))
}
