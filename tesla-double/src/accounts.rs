//! The double's test accounts (printed at start, shown on its login page).

/// Where an account is registered, which decides its issuer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// `auth.tesla.com`.
    Global,
    /// `auth.tesla.cn`.
    China,
}

impl Region {
    /// The owner API for accounts of this region, as Tesla names it in an
    /// access token's `aud`.
    pub fn owner_api(self) -> &'static str {
        match self {
            Self::Global => token_core::tesla::OWNER_API,
            Self::China => token_core::tesla::OWNER_API_CN,
        }
    }
}

/// A Tesla account the double knows.
#[derive(Debug)]
pub struct Account {
    /// Login email, also the id_token's `email`.
    pub email: &'static str,
    /// Password.
    pub password: &'static str,
    /// The MFA passcode, for an account that has MFA.
    pub mfa_passcode: Option<&'static str>,
    /// Stable subject id (`sub`).
    pub subject: &'static str,
    /// Where it is registered.
    pub region: Region,
    /// Its tokens get 403 "forbidden, see fleet-api" from the owner API, as
    /// tokens minted by some HTTP clients have since June 2026.
    pub owner_api_forbidden: bool,
}

/// The password every test account uses.
pub const PASSWORD: &str = "test-double-password";

/// Every account: a plain one, one with MFA, one registered in China, and
/// one whose tokens the owner API refuses.
pub const ACCOUNTS: [Account; 4] = [
    Account {
        email: "owner@example.com",
        password: PASSWORD,
        mfa_passcode: None,
        subject: "5a1e0b5c-0000-4000-8000-000000000001",
        region: Region::Global,
        owner_api_forbidden: false,
    },
    Account {
        email: "mfa-owner@example.com",
        password: PASSWORD,
        mfa_passcode: Some("123456"),
        subject: "5a1e0b5c-0000-4000-8000-000000000002",
        region: Region::Global,
        owner_api_forbidden: false,
    },
    Account {
        email: "cn-owner@example.com",
        password: PASSWORD,
        mfa_passcode: None,
        subject: "5a1e0b5c-0000-4000-8000-000000000003",
        region: Region::China,
        owner_api_forbidden: false,
    },
    Account {
        email: "old-client@example.com",
        password: PASSWORD,
        mfa_passcode: None,
        subject: "5a1e0b5c-0000-4000-8000-000000000004",
        region: Region::Global,
        owner_api_forbidden: true,
    },
];

/// The account with this email and password, if any.
pub fn find(email: &str, password: &str) -> Option<&'static Account> {
    by_email(email).filter(|a| a.password == password)
}

/// The account with this email, if any.
pub fn by_email(email: &str) -> Option<&'static Account> {
    ACCOUNTS.iter().find(|a| a.email.eq_ignore_ascii_case(email.trim()))
}
