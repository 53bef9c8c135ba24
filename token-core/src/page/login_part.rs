//! The login part: the logins waiting for their paste, what the owner
//! pasted and typed for them, and a login of your own (Fleet) app.

use super::desk::{Desk, Purpose};
use super::event::{Command, Event, Field};
use super::logins::{Logins, PasteOutcome};
use super::relay_part::RelayPart;
use super::says::{Says, Spot, Tone};
use super::typed::Typed;
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
    /// Your own app's login, while its tab is out.
    pub(super) fleet: Option<FleetLogin>,
    /// The paste, the login options, your own app's settings.
    pub(super) typed: Typed,
    /// Tesla's `locale` for the page's language: the login page's language
    /// when the owner types none. Kept by a forget (it is no secret).
    pub(super) default_locale: Option<String>,
}

impl Default for LoginPart {
    fn default() -> Self {
        Self {
            logins: Logins::default(),
            fleet: None,
            typed: Typed::holding(&[
                (Field::Callback, ""),
                (Field::LoginEmail, ""),
                (Field::LoginLocale, ""),
                (Field::FleetClientId, settings::FLEET_CLIENT_ID.unwrap_or_default()),
                (Field::FleetScopes, tesla::FLEET_SCOPES),
                (Field::FleetSecret, ""),
            ]),
            default_locale: None,
        }
    }
}

impl LoginPart {
    /// A fresh part whose logins open in `default_locale` unless another is typed.
    pub(super) fn speaking(default_locale: Option<String>) -> Self {
        Self { default_locale, ..Self::default() }
    }

    /// Whether a login waits for its paste or its tab.
    pub(super) fn pending(&self) -> bool {
        self.logins.any() || self.fleet.is_some()
    }

    /// "Start again": the logins are forgotten, and so is their paste.
    pub(super) fn start_again(&mut self) {
        self.logins.forget();
        self.typed.clear(Field::Callback);
    }

    /// The login's events: starting one (yours or your own app's), the
    /// paste, the own-app tab's message, "Start again".
    pub(super) fn handle(&mut self, event: Event, relay: &mut RelayPart, desk: &mut Desk) -> Vec<Command> {
        match event {
            Event::StartLogin { switch_account, secrets, now_ms } => {
                let mut options = match LoginOptions::parse(
                    switch_account,
                    self.typed.text(Field::LoginEmail),
                    self.typed.text(Field::LoginLocale),
                ) {
                    Ok(options) => options,
                    Err(error) => return problem(desk, Spot::Login, Says::LoginOption(error)),
                };
                // What the owner typed wins; an empty box means the page's language.
                options.locale = options.locale.or_else(|| self.default_locale.clone());
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
                    self.typed.text(Field::FleetClientId),
                    self.typed.text(Field::FleetScopes),
                    region,
                    self.typed.text(Field::FleetSecret),
                ) {
                    Ok(settings) => settings,
                    Err(error) => return problem(desk, Spot::Fleet, Says::FleetSetting(error)),
                };
                let Ok((verifier, state)) = secrets else {
                    return problem(desk, Spot::Fleet, Says::RandomUnavailable);
                };
                let locale = self.default_locale.clone();
                let (login, url) = FleetLogin::start(settings, verifier, state, &page_url, locale);
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
        match self.logins.take(self.typed.text(Field::Callback), now_ms) {
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
            Vec::new()
        })
    }
}

fn problem(desk: &mut Desk, spot: Spot, says: Says) -> Vec<Command> {
    desk.say(spot, Tone::Problem, says);
    Vec::new()
}
