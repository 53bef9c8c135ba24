//! The login part: the logins waiting for their paste, what the owner
//! pasted and typed for them, and a login of your own (Fleet) app.

use super::desk::{Desk, Purpose};
use super::event::{Command, Event, Field};
use super::logins::{Logins, PasteOutcome};
use super::relay_part::RelayPart;
use super::says::{Says, Spot, Tone};
use crate::oauth::authorize::LoginOptions;
use crate::oauth::channel::LoginResult;
use crate::oauth::fleet::{FleetLogin, FleetSettings};
use crate::oauth::token::TokenRequest;
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

    /// The box `field`, if this part holds it.
    pub(super) fn field_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::LoginEmail => &mut self.email,
            Field::LoginLocale => &mut self.locale,
            Field::Callback => &mut self.callback,
            Field::FleetClientId => &mut self.fleet_client_id,
            Field::FleetScopes => &mut self.fleet_scopes,
            Field::FleetSecret => &mut self.fleet_secret,
            _ => return None,
        })
    }

    /// What is in the box `field`, if this part holds it.
    pub(super) fn field(&self, field: Field) -> Option<&str> {
        Some(match field {
            Field::LoginEmail => &self.email,
            Field::LoginLocale => &self.locale,
            Field::Callback => &self.callback,
            Field::FleetClientId => &self.fleet_client_id,
            Field::FleetScopes => &self.fleet_scopes,
            Field::FleetSecret => &self.fleet_secret,
            _ => return None,
        })
    }

    /// "Start again": the logins are forgotten, and so is their paste.
    pub(super) fn start_again(&mut self) {
        self.logins.forget();
        self.callback.clear();
    }

    /// The login's events: starting one (yours or your own app's), the
    /// paste, the own-app tab's message, "Start again".
    pub(super) fn handle(&mut self, event: Event, relay: &mut RelayPart, desk: &mut Desk) -> Vec<Command> {
        match event {
            Event::StartLogin { switch_account, secrets, now_ms } => {
                let options = match LoginOptions::parse(switch_account, &self.email, &self.locale) {
                    Ok(options) => options,
                    Err(error) => return problem(desk, Spot::Login, Says::LoginOption(error)),
                };
                let Ok((verifier, state)) = secrets else {
                    return problem(desk, Spot::Login, Says::RandomUnavailable);
                };
                desk.clear(Spot::Login);
                desk.clear(Spot::Paste);
                // The tab first, so no popup blocker intervenes; the check runs meanwhile.
                let url = self.logins.start(verifier, state, &options, now_ms);
                let mut commands = vec![Command::OpenTab(url)];
                commands.extend(relay.check(desk, now_ms));
                commands
            }
            Event::ForgetLogins => {
                self.start_again();
                relay.held = None;
                desk.drop_pending(Purpose::Exchange);
                desk.clear(Spot::Paste);
                Vec::new()
            }
            Event::Paste { now_ms } => self.paste(relay, desk, now_ms),
            Event::StartFleet { region, secrets, page_url } => {
                let settings = match FleetSettings::parse(
                    &self.fleet_client_id,
                    &self.fleet_scopes,
                    region,
                    &self.fleet_secret,
                ) {
                    Ok(settings) => settings,
                    Err(error) => return problem(desk, Spot::Fleet, Says::FleetSetting(error)),
                };
                let Ok((verifier, state)) = secrets else {
                    return problem(desk, Spot::Fleet, Says::RandomUnavailable);
                };
                let (login, url) = FleetLogin::start(settings, verifier, state, &page_url);
                self.fleet = Some(login);
                desk.say(Spot::Fleet, Tone::Working, Says::WaitingForFleetTab);
                vec![Command::OpenTab(url)]
            }
            Event::FleetMessage(message) => {
                // Anything from another tab of this origin could arrive: check it first.
                let Ok(result) = LoginResult::from_message(&message) else { return Vec::new() };
                let Some(login) = &self.fleet else { return Vec::new() };
                match login.request_for(&result) {
                    Ok(request) => self.send(request, Purpose::Fleet, Spot::Fleet, relay, desk),
                    Err(error) => problem(desk, Spot::Fleet, Says::FleetResult(error)),
                }
            }
            _ => Vec::new(),
        }
    }

    fn paste(&mut self, relay: &mut RelayPart, desk: &mut Desk, now_ms: f64) -> Vec<Command> {
        if super::exchanging(relay, desk) {
            return Vec::new();
        }
        match self.logins.take(&self.callback, now_ms) {
            PasteOutcome::Request(request) if relay.silent() => {
                relay.held = Some(request);
                desk.say(Spot::Paste, Tone::Working, relay.silent_says(true));
                relay.check(desk, now_ms)
            }
            PasteOutcome::Request(request) => self.send(request, Purpose::Exchange, Spot::Paste, relay, desk),
            PasteOutcome::AlreadyExchanged => {
                desk.say(Spot::Paste, Tone::Done, Says::AlreadyExchanged);
                Vec::new()
            }
            PasteOutcome::Refused(refusal) => problem(desk, Spot::Paste, Says::Paste(refusal)),
        }
    }

    /// Sends a login's token request; while no relay may be used, its code stays unspent.
    pub(super) fn send(
        &mut self,
        request: TokenRequest,
        purpose: Purpose,
        spot: Spot,
        relay: &RelayPart,
        desk: &mut Desk,
    ) -> Vec<Command> {
        relay.send_token(desk, request, purpose, spot).unwrap_or_else(|| {
            if purpose == Purpose::Exchange {
                self.logins.failed();
            }
            problem(desk, spot, Says::AnswerRelayQuestionFirst)
        })
    }
}

fn problem(desk: &mut Desk, spot: Spot, says: Says) -> Vec<Command> {
    desk.say(spot, Tone::Problem, says);
    Vec::new()
}
