//! The double's test accounts (printed at start, shown on its login page).

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
}

/// The password every test account uses.
pub const PASSWORD: &str = "test-double-password";

/// Every account: one plain, one with MFA.
pub const ACCOUNTS: [Account; 2] = [
    Account {
        email: "owner@example.com",
        password: PASSWORD,
        mfa_passcode: None,
        subject: "5a1e0b5c-0000-4000-8000-000000000001",
    },
    Account {
        email: "mfa-owner@example.com",
        password: PASSWORD,
        mfa_passcode: Some("123456"),
        subject: "5a1e0b5c-0000-4000-8000-000000000002",
    },
];

/// The account with this email and password, if any.
pub fn find(email: &str, password: &str) -> Option<&'static Account> {
    ACCOUNTS.iter().find(|a| a.email.eq_ignore_ascii_case(email.trim()) && a.password == password)
}
