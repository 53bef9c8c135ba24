//! What goes into the page (events) and what comes out (commands).

use super::{Job, Spot, Ticket};
use crate::oauth::fleet::FleetRegion;
use crate::oauth::pkce::{PkceVerifier, RandomUnavailable};
use crate::oauth::region::Region;
use crate::oauth::token::{ExchangeError, TokenSet};
use crate::owner_api::ApiError;
use crate::owner_api::task::{ApiTask, Progress};
use url::Url;

/// Every user action and every answer.
#[derive(Debug)]
pub enum Event {
    /// "Open Tesla login", with the login options as typed and a fresh
    /// verifier and state from the browser's random source.
    StartLogin { switch_account: bool, email: String, locale: String, secrets: Secrets, now_ms: f64 },
    /// "Start again (forget this login)": forgets the pending logins.
    ForgetLogins,
    /// "Get my tokens" with what was pasted.
    Paste { text: String, now_ms: f64 },
    /// "Refresh now" for the tokens shown.
    RefreshShown,
    /// A pasted refresh token, from `spot`.
    RefreshPasted { text: String, region: Option<Region>, client_id: String, spot: Spot },
    /// "Log in with my app".
    StartFleet {
        client_id: String,
        scopes: String,
        region: FleetRegion,
        secret: String,
        secrets: Secrets,
        page_url: Url,
    },
    /// A message from a login tab that came back to this page.
    FleetMessage(String),
    /// A token request's outcome, and the route it travelled by ("through the relay at …").
    TokenAnswer { ticket: Ticket, route: String, outcome: Result<TokenSet, ExchangeError> },
    /// Whether the relay answered its health check.
    RelayChecked { ticket: Ticket, answering: bool },
    /// "Check whether Tesla answers this page directly".
    ProbeDirect,
    /// The probe's outcome: whether the page could read Tesla's answer.
    Probed { ticket: Ticket, readable: bool },
    /// The direct-mode checkbox.
    ChooseDirect(bool),
    /// "Use this relay" with the address typed.
    SaveRelay(String),
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
