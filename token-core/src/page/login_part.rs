//! The login part: the logins waiting for their paste, what the owner
//! pasted and typed for them, and a login of your own (Fleet) app.

use super::logins::Logins;
use crate::oauth::fleet::FleetLogin;
use crate::settings;
use crate::tesla;

/// Logins under way and their inputs.
#[derive(Debug)]
pub(super) struct LoginPart {
    pub(super) logins: Logins,
    /// Step 2's paste.
    pub(super) callback: String,
    /// The account email under "Another account, or another language".
    pub(super) email: String,
    /// The language of Tesla's login page.
    pub(super) locale: String,
    /// Your own app's login, while its tab is out.
    pub(super) fleet: Option<FleetLogin>,
    pub(super) fleet_client_id: String,
    pub(super) fleet_scopes: String,
    pub(super) fleet_secret: String,
}

impl Default for LoginPart {
    fn default() -> Self {
        Self {
            logins: Logins::default(),
            callback: String::new(),
            email: String::new(),
            locale: String::new(),
            fleet: None,
            fleet_client_id: settings::FLEET_CLIENT_ID.unwrap_or_default().to_owned(),
            fleet_scopes: tesla::FLEET_SCOPES.to_owned(),
            fleet_secret: String::new(),
        }
    }
}

impl LoginPart {
    /// Whether a login waits for its paste or its tab.
    pub(super) fn pending(&self) -> bool {
        self.logins.any() || self.fleet.is_some()
    }

    /// "Start again": the logins are forgotten, and so is their paste.
    pub(super) fn start_again(&mut self) {
        self.logins.forget();
        self.callback.clear();
    }
}
