//! The tokens part: the tokens shown, whether the owner has a copy of
//! them, the tokens pasted to refresh or inspect, and the idle timeout.

use super::desk::{Desk, Purpose};
use super::event::{Command, Event, Field};
use super::relay_part::RelayPart;
use super::says::{Says, Spot, Tone};
use super::typed::Typed;
use crate::display::idle;
use crate::oauth::refresh::refresh_request_for;
use crate::oauth::token::TokenSet;
use crate::transport::route::Route;

/// Tokens shown, and whether they may be replaced without asking: the
/// owner has a copy of them, or said so.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    pub(super) tokens: TokenSet,
    pub(super) replaceable: bool,
    /// How they were minted.
    pub(super) route: Route,
}

/// The tokens and what the owner pasted of them.
#[derive(Debug)]
pub(super) struct TokensPart {
    pub(super) shown: Option<Shown>,
    /// How many times tokens arrived from a login: the view brings them into sight.
    pub(super) arrivals: u64,
    /// Bumped whenever other tokens are shown: which tokens a refresh or a task started from.
    pub(super) generation: u64,
    /// "Already have a refresh token?", its client id, the inspector's token.
    pub(super) typed: Typed,
    pub(super) idle_minutes: Option<u32>,
    pub(super) last_activity_ms: f64,
}

impl TokensPart {
    pub(super) fn new(now_ms: f64) -> Self {
        Self {
            shown: None,
            arrivals: 0,
            generation: 0,
            typed: Typed::holding(&[
                (Field::RefreshToken, ""),
                (Field::RefreshClientId, ""),
                (Field::InspectToken, ""),
            ]),
            idle_minutes: idle::DEFAULT_MINUTES,
            last_activity_ms: now_ms,
        }
    }

    /// "Refresh now", a pasted token's "Refresh", the idle time, activity,
    /// and the owner's copy ("Saved").
    pub(super) fn handle(&mut self, event: Event, relay: &RelayPart, desk: &mut Desk) -> Vec<Command> {
        let (request, purpose, spot) = match event {
            Event::RefreshShown => {
                let Some(shown) = &self.shown else { return Vec::new() };
                let rotate = Purpose::Rotate { of: self.generation };
                (shown.tokens.refresh_request(), rotate, Spot::RefreshNow)
            }
            Event::RefreshPasted { region, spot } => {
                // The inspector has no client-id field: its refusal points elsewhere.
                let (text, client_id) = match spot {
                    Spot::Inspector => (self.typed.text(Field::InspectToken), None),
                    _ => {
                        (self.typed.text(Field::RefreshToken), Some(self.typed.text(Field::RefreshClientId)))
                    }
                };
                match refresh_request_for(text, region, client_id) {
                    Ok(request) => (request, Purpose::Refresh(spot), spot),
                    Err(error) => {
                        desk.say(spot, Tone::Problem, Says::RefreshInput(error));
                        return Vec::new();
                    }
                }
            }
            Event::Activity { now_ms } => {
                self.last_activity_ms = now_ms;
                return Vec::new();
            }
            Event::ChooseIdle(minutes) => {
                self.idle_minutes = minutes;
                return Vec::new();
            }
            Event::Saved => {
                self.let_go();
                return Vec::new();
            }
            _ => return Vec::new(),
        };
        relay.send_token(desk, request, purpose, spot).unwrap_or_default()
    }

    /// Wipes the tokens and everything pasted; the idle choice stays.
    pub(super) fn forget(&mut self) {
        *self = Self {
            arrivals: self.arrivals,
            generation: self.generation + 1,
            idle_minutes: self.idle_minutes,
            ..Self::new(self.last_activity_ms)
        };
    }

    /// Whether new tokens would replace ones the owner has no copy of.
    pub(super) fn uncopied(&self) -> bool {
        self.shown.as_ref().is_some_and(|shown| !shown.replaceable)
    }

    /// The owner has a copy (or does not want one): they may be replaced.
    pub(super) fn let_go(&mut self) {
        if let Some(shown) = &mut self.shown {
            shown.replaceable = true;
        }
    }

    /// Whether the idle timeout has come, at `now_ms`.
    /// `typed`: a code, token or secret waits in a box (any part's), which
    /// the timeout wipes as it wipes shown tokens.
    pub(super) fn idle_expired(&self, now_ms: f64, typed: bool) -> bool {
        (self.shown.is_some() || typed)
            && idle::should_forget(self.idle_minutes, self.last_activity_ms, now_ms)
    }

    /// Shows `tokens`, minted by `route`; the owner has no copy yet.
    pub(super) fn show(&mut self, tokens: TokenSet, route: Route) {
        self.shown = Some(Shown { tokens, replaceable: false, route });
        self.generation += 1;
    }

    /// Whether tokens arriving from a request sent while generation `of`
    /// was shown may take their place without a question: the owner has a
    /// copy of those shown, or the request rotated them (they are spent).
    pub(super) fn may_replace(&self, rotating: Option<u64>) -> bool {
        !self.uncopied() || rotating == Some(self.generation)
    }
}
