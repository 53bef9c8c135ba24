//! What the double remembers between requests: logins under way, codes and
//! refresh tokens handed out, sessions, and what its test switches asked
//! for. Every route module reads it; it reads none of them.

use crate::accounts::{Account, Region};
use crate::cars::{self, Car};
use crate::config::{DoubleConfig, FleetApp};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Which token endpoint a request reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    /// An owner-API issuer's, by region.
    Owner(Region),
    /// The Fleet auth host's.
    Fleet,
}

/// Who a login is for: Tesla's own client or a registered app.
#[derive(Debug, Clone)]
pub(crate) enum Client {
    /// `ownerapi`, Tesla's own apps.
    OwnerApi,
    /// A registered Fleet API app.
    Fleet(FleetApp),
}

/// What the next token answer should be instead of Tesla's usual one (set
/// by a test switch, taken by the token endpoints).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum NextTokenAnswer {
    /// As Tesla answers.
    #[default]
    Usual,
    /// Akamai's HTML "Access Denied" page (HTTP 403), before Tesla sees anything.
    AccessDenied,
    /// A refresh answer without `refresh_token` (RFC 6749 §6 allows it):
    /// the refresh token used stays valid.
    WithoutRefreshToken,
    /// A refresh token with shell characters, as a hostile relay could send.
    Hostile,
    /// Bytes that are no answer at all, before Tesla sees the request.
    Garbage,
    /// The connection broken mid-answer, before Tesla sees the request.
    Reset,
}

/// A login waiting for credentials.
pub(crate) struct Transaction {
    pub client: Client,
    pub state: String,
    pub challenge: String,
    pub redirect_uri: String,
    pub locale: String,
    /// Whose password was given.
    pub account: Option<&'static Account>,
    /// True once the password (and the MFA passcode, if any) checked out.
    pub verified: bool,
}

/// A code handed out in a callback, until it is used or expires.
pub(crate) struct IssuedCode {
    pub endpoint: Endpoint,
    pub client_id: String,
    pub challenge: String,
    pub redirect_uri: String,
    pub state: String,
    pub account: &'static Account,
    pub issued: Instant,
}

/// A refresh token handed out, until it is used once.
pub(crate) struct IssuedRefresh {
    pub endpoint: Endpoint,
    pub client_id: String,
    pub account: &'static Account,
    pub audience: Option<String>,
    pub used: bool,
}

/// Everything that changes while the double runs.
pub(crate) struct Memory {
    pub transactions: HashMap<String, Transaction>,
    pub codes: HashMap<String, IssuedCode>,
    pub refresh_tokens: HashMap<String, IssuedRefresh>,
    /// Remembered logins (the double's session cookie → account).
    pub sessions: HashMap<String, &'static Account>,
    /// Whose each access token is, by `jti`.
    pub access_owner: HashMap<String, &'static Account>,
    /// Access tokens revoked by the test switch, by `jti`.
    pub revoked_access: HashSet<String>,
    /// Answer the next owner-API call with 429.
    pub rate_limit_next: bool,
    /// How to answer the next token request.
    pub next_token_answer: NextTokenAnswer,
    /// The cars, with their sleep state.
    pub cars: Vec<Car>,
}

impl Default for Memory {
    fn default() -> Self {
        Self {
            transactions: HashMap::new(),
            codes: HashMap::new(),
            refresh_tokens: HashMap::new(),
            sessions: HashMap::new(),
            access_owner: HashMap::new(),
            revoked_access: HashSet::new(),
            rate_limit_next: false,
            next_token_answer: NextTokenAnswer::Usual,
            cars: cars::cars(),
        }
    }
}

/// The running double: its settings and its memory.
pub(crate) struct Double {
    pub config: DoubleConfig,
    pub memory: Mutex<Memory>,
    /// While true, Tesla's routes hold their answers (`/_double/hold`).
    pub held: tokio::sync::watch::Sender<bool>,
}

/// The double as every handler receives it.
pub(crate) type Shared = Arc<Double>;

impl Double {
    /// A double that behaves as `config` says, remembering nothing yet.
    pub fn shared(config: DoubleConfig) -> Shared {
        Arc::new(Self { config, memory: Mutex::default(), held: tokio::sync::watch::Sender::new(false) })
    }
}

/// A random URL-safe string of `bytes` random bytes.
pub(crate) fn random_id(bytes: usize) -> String {
    use base64::Engine;
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the OS random source works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}
