//! What the page says, and where, as typed values: the view words each one
//! through its catalog, beside the control that caused it.

use super::event::Event;
use crate::display::visitor::BrowserKind;
use crate::oauth::authorize::LoginOptionError;
use crate::oauth::callback::PasteError;
use crate::oauth::fleet::{FleetResultError, FleetSettingError};
use crate::oauth::refresh::RefreshInputError;
use crate::oauth::token::ExchangeError;
use crate::owner_api::ApiError;
use crate::owner_api::task::RefreshOutcome;
use crate::settings::relay::RelaySettingError;
use crate::transport::route::Route;

/// Where on the page a message belongs: next to the control that caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Spot {
    /// Step 1, "Open Tesla login".
    Login,
    /// Step 2, "Get my tokens".
    Paste,
    /// Step 3, under "Your tokens": where tokens from a login are announced, because
    /// the steps that asked for them fold away when they arrive.
    Tokens,
    /// "Refresh now", beside the tokens.
    RefreshNow,
    /// "Already have a refresh token?"
    RefreshPasted,
    /// The inspector's "Refresh with this token".
    Inspector,
    /// "Your own app".
    Fleet,
    /// The relay setting.
    Relay,
    /// The direct-mode check.
    Direct,
    /// "Forget everything".
    Forget,
}

/// How a message reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something is under way.
    Working,
    /// It worked.
    Done,
    /// It did not; the words say what to do.
    Problem,
}

/// A message beside a control.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// How it reads.
    pub tone: Tone,
    /// What it says.
    pub says: Says,
}

/// Everything the page can say beside a control, with the data its words need.
#[derive(Debug, Clone, PartialEq)]
pub enum Says {
    /// The login options as typed cannot be used.
    LoginOption(LoginOptionError),
    /// The browser gave no random numbers for a verifier and a state.
    RandomUnavailable,
    /// A paste that cannot be used; nothing was sent.
    Paste(PasteError),
    /// A pasted refresh token that cannot be used; nothing was sent.
    RefreshInput(RefreshInputError),
    /// Your own app's settings cannot be used.
    FleetSetting(FleetSettingError),
    /// Your own app's login came back unusable.
    FleetResult(FleetResultError),
    /// The relay address typed cannot be used.
    RelaySetting(RelaySettingError),
    /// A token request failed.
    Exchange(ExchangeError),
    /// A relay on this computer could not be reached from this hosted
    /// (HTTPS) page: what the browser does between them decides.
    RelayBlocked {
        /// The relay's host and port.
        host: String,
        /// The browser the page runs in, if known.
        browser: Option<BrowserKind>,
    },
    /// A relay from a link waits for the owner's answer: nothing goes to it before.
    AnswerRelayQuestionFirst,
    /// The relay did not answer its check.
    RelaySilent {
        /// The relay's host and port.
        host: String,
        /// Whether a pasted code waits, unspent, for the relay.
        code_held: bool,
        /// For a hosted (HTTPS) page and a relay on this computer: the
        /// browser in between, which may be what stops it.
        hosted_in: Option<Option<BrowserKind>>,
    },
    /// A login's code is being exchanged.
    Exchanging(Route),
    /// Your own app's code is being exchanged.
    ExchangingFleet(Route),
    /// A refresh is under way.
    Refreshing(Route),
    /// Your own app's login tab is open.
    WaitingForFleetTab,
    /// Tokens from a login arrived.
    TokensReceived(Route),
    /// Tokens from your own app's login arrived.
    FleetTokensReceived(Route),
    /// A refresh gave new tokens, and what it did to the refresh token.
    Refreshed(RefreshOutcome),
    /// The pasted URL's code already gave the tokens shown.
    AlreadyExchanged,
    /// A task of "Use the token" failed; `minted` is how the tokens were
    /// minted, which decides when the owner API refuses them.
    Api {
        /// What went wrong.
        error: ApiError,
        /// The route the tokens shown were minted by.
        minted: Option<Route>,
    },
}

/// A question the page asks before it does something that cannot be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asks {
    /// "Forget everything now?"
    ForgetEverything,
    /// New tokens would replace ones never copied or downloaded.
    ReplaceUncopiedTokens,
    /// New tokens arrived while others, never copied or downloaded, are
    /// shown: show the new ones (the others go) or keep those shown (the
    /// new ones go).
    ReplaceWithArrived,
}

/// A question waiting for "yes" or "no", beside the control that asked it.
#[derive(Debug)]
pub struct Question {
    pub(super) spot: Spot,
    pub(super) asks: Asks,
    pub(super) then: Box<Event>,
}

impl Question {
    /// What is asked.
    pub fn asks(&self) -> Asks {
        self.asks
    }

    /// Beside which control it is asked.
    pub fn spot(&self) -> Spot {
        self.spot
    }
}

/// A page-wide notice: what was forgotten, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forgotten {
    /// The owner pressed "Forget everything".
    Everything,
    /// Nothing happened on the page for `minutes`, the idle time chosen.
    Idle {
        /// The idle time chosen, in minutes.
        minutes: u32,
    },
}

/// What leaving the page now would lose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveWarning {
    /// Tokens never copied or downloaded: they exist only here.
    UncopiedTokens,
    /// A login waits for its paste or its tab: its secret lives only here.
    LoginPending,
}
