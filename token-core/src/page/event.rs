//! What goes into the page (events) and what comes out (commands).

use super::{Job, Spot, Ticket};
use crate::oauth::fleet::FleetRegion;
use crate::oauth::pkce::{PkceVerifier, RandomUnavailable};
use crate::oauth::region::Region;
use crate::oauth::token::{ExchangeError, TokenSet};
use crate::owner_api::ApiError;
use crate::owner_api::task::{ApiTask, Progress};
use crate::transport::route::Route;
use url::Url;

/// Every user action and every answer.
#[derive(Debug)]
pub enum Event {
    /// What the owner typed or pasted into `field`: held by the page, so
    /// that "Forget everything" and the idle timeout reach it.
    Input { field: Field, text: String },
    /// "Open Tesla login", with a fresh verifier and state from the
    /// browser's random source (the email and locale typed are the page's).
    StartLogin { switch_account: bool, secrets: Secrets, now_ms: f64 },
    /// "Start again (forget this login)": forgets the pending logins.
    ForgetLogins,
    /// "Get my tokens" with what was pasted ([`Field::Callback`]).
    Paste { now_ms: f64 },
    /// "Refresh now" for the tokens shown.
    RefreshShown,
    /// "Refresh" with the token pasted at `spot`: [`Field::RefreshToken`]
    /// (and its client id) or, from the inspector, [`Field::InspectToken`].
    RefreshPasted { region: Option<Region>, spot: Spot },
    /// "Log in with my app", with the app's settings as typed.
    StartFleet { region: FleetRegion, secrets: Secrets, page_url: Url },
    /// A message from a login tab that came back to this page.
    FleetMessage(String),
    /// A token request's outcome, and the route it travelled by.
    TokenAnswer { ticket: Ticket, route: Route, outcome: Result<TokenSet, ExchangeError> },
    /// How the relay answered its check.
    RelayChecked { ticket: Ticket, reach: Reach },
    /// "Check whether Tesla answers this page directly".
    ProbeDirect,
    /// The probe's outcome: whether the page could read Tesla's answer.
    Probed { ticket: Ticket, readable: bool },
    /// The direct-mode checkbox.
    ChooseDirect(bool),
    /// "Use this relay" with the address typed ([`Field::RelayAddress`]).
    SaveRelay,
    /// The user accepted the relay a link proposed.
    AcceptRelay,
    /// The user kept their own relay.
    RejectRelay,
    /// A task of "Use the token".
    RunApi(ApiTask),
    /// "Cancel" while a task runs.
    CancelApi,
    /// A running task's progress.
    ApiProgress { ticket: Ticket, progress: Progress },
    /// A task ended.
    ApiDone { ticket: Ticket, result: Result<(), ApiError> },
    /// "Forget everything".
    Forget,
    /// The clock, every second: the idle timeout.
    Tick { now_ms: f64 },
    /// The user typed, clicked, scrolled or touched.
    Activity { now_ms: f64 },
    /// The idle time chosen (`None`: keep the tokens).
    ChooseIdle(Option<u32>),
    /// The tokens were copied or downloaded.
    Saved,
    /// "Yes" to the question asked.
    Confirm,
    /// "No" to the question asked.
    Decline,
}

/// A box the owner types or pastes into. Everything typed is the page's
/// state, wiped by "Forget everything" and by the idle timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The account email under "Another account, or another language".
    LoginEmail,
    /// The language of Tesla's login page.
    LoginLocale,
    /// Step 2's paste: the `tesla://auth/callback?…` URL.
    Callback,
    /// "Already have a refresh token?"
    RefreshToken,
    /// The app client id beside it (Fleet refresh tokens, `NA_…`).
    RefreshClientId,
    /// The inspector's token.
    InspectToken,
    /// Your own app's client id.
    FleetClientId,
    /// Your own app's scopes.
    FleetScopes,
    /// Your own app's client secret.
    FleetSecret,
    /// The relay address being typed, until "Use this relay".
    RelayAddress,
}

impl Field {
    /// Every field, for the tests that check each one.
    pub const ALL: [Self; 10] = [
        Self::LoginEmail,
        Self::LoginLocale,
        Self::Callback,
        Self::RefreshToken,
        Self::RefreshClientId,
        Self::InspectToken,
        Self::FleetClientId,
        Self::FleetScopes,
        Self::FleetSecret,
        Self::RelayAddress,
    ];
}

/// How the relay answered `GET …/health`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// `200 ok`: a relay of ours.
    Ours,
    /// Some other answer the page could read: another kind of relay, which
    /// has no `/health` but answers this page.
    Answers,
    /// No answer the page could read: not running, or not allowing this page.
    Unreachable,
}

/// A verifier and a state from the browser's random source.
pub type Secrets = Result<(PkceVerifier, String), RandomUnavailable>;

/// What the browser is to do.
#[derive(Debug)]
pub enum Command {
    /// Open Tesla's login page in a new tab.
    OpenTab(Url),
    /// Send a request (and report its answer as an event).
    Run(Job),
    /// Save the relay setting, the one thing the page stores.
    StoreRelay(String),
}
