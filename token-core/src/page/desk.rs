//! The page's desk: the requests under way, each with its [`Ticket`], and
//! the messages beside the controls. Every forget opens a new epoch, so an
//! answer to a request sent before it is dropped.

use super::says::{Message, Says, Spot, Tone};

/// Which request an answer belongs to: the page's epoch when it was sent
/// (bumped by every forget) and its own number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket {
    /// The epoch the request was sent in.
    pub epoch: u64,
    /// The request's number, unique for the page's life.
    pub id: u64,
}

/// What a pending request is for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Purpose {
    /// A pasted callback's code.
    Exchange,
    /// A pasted refresh token's refresh, asked for at `Spot`.
    Refresh(Spot),
    /// "Refresh now": the tokens shown as `of` (their generation) rotate.
    Rotate { of: u64 },
    /// Your own app's code.
    Fleet,
    /// The direct-mode probe.
    Probe,
    /// The relay's health check.
    Health,
    /// Whether the page's own origin is a relay of ours.
    OwnHealth,
    /// A task of "Use the token", run with the tokens shown as `of`.
    Api { of: u64 },
}

/// Requests under way and messages shown.
#[derive(Debug, Default)]
pub(super) struct Desk {
    epoch: u64,
    next_id: u64,
    pending: Vec<(Ticket, Purpose)>,
    messages: Vec<(Spot, Message)>,
}

impl Desk {
    /// A new ticket for a request sent for `purpose`.
    pub(super) fn ticket(&mut self, purpose: Purpose) -> Ticket {
        self.next_id += 1;
        let ticket = Ticket { epoch: self.epoch, id: self.next_id };
        self.pending.push((ticket, purpose));
        ticket
    }

    /// Whether `ticket`'s request is still wanted.
    pub(super) fn is_pending(&self, ticket: Ticket) -> bool {
        ticket.epoch == self.epoch && self.pending.iter().any(|(pending, _)| *pending == ticket)
    }

    /// The purpose of `ticket`, if it is still pending (and so wanted).
    pub(super) fn purpose(&self, ticket: Ticket) -> Option<Purpose> {
        let found = self.pending.iter().find(|(pending, _)| *pending == ticket);
        found.filter(|_| ticket.epoch == self.epoch).map(|(_, purpose)| *purpose)
    }

    /// The purpose of `ticket` if it is still pending (and so wanted); it is no longer.
    pub(super) fn take(&mut self, ticket: Ticket) -> Option<Purpose> {
        if !self.is_pending(ticket) {
            return None;
        }
        let at = self.pending.iter().position(|(pending, _)| *pending == ticket)?;
        Some(self.pending.remove(at).1)
    }

    /// `ticket`'s request is now for `purpose`.
    pub(super) fn retag(&mut self, ticket: Ticket, purpose: Purpose) {
        for (pending, was) in &mut self.pending {
            if *pending == ticket {
                *was = purpose;
            }
        }
    }

    /// Whether a request for `purpose` is under way.
    pub(super) fn awaits(&self, purpose: Purpose) -> bool {
        self.pending.iter().any(|(_, pending)| *pending == purpose)
    }

    /// Drops the requests for `purpose`: their answers no longer count.
    pub(super) fn drop_pending(&mut self, purpose: Purpose) {
        self.pending.retain(|(_, pending)| *pending != purpose);
    }

    /// Says `says` beside `spot`, replacing what was said there.
    pub(super) fn say(&mut self, spot: Spot, tone: Tone, says: Says) {
        self.clear(spot);
        self.messages.push((spot, Message { tone, says }));
    }

    /// Says nothing beside `spot`.
    pub(super) fn clear(&mut self, spot: Spot) {
        self.messages.retain(|(at, _)| *at != spot);
    }

    /// What is said beside `spot`.
    pub(super) fn message(&self, spot: Spot) -> Option<&Message> {
        self.messages.iter().find(|(at, _)| *at == spot).map(|(_, message)| message)
    }

    /// A new epoch: every request under way is dropped, every message goes.
    pub(super) fn forget(&mut self) {
        *self = Self { epoch: self.epoch + 1, next_id: self.next_id, ..Self::default() };
    }

    /// The epoch.
    pub(super) fn epoch(&self) -> u64 {
        self.epoch
    }
}
