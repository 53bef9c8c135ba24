//! What the page shows about tokens, in English: claims, expiry, exports,
//! the idle time, the browser help, and durations.

use std::time::Duration;
use token_core::claims::{ClaimLabel, Expiry, InspectError, JwtPart, Role, TokenKind};
use token_core::display::export::{ExportError, ExportFormat, QrTooLong};
use token_core::display::visitor::Terminal;

/// "7 h 59 min"; "less than a minute" below 60 s; from two days on,
/// "about 90 days", as people say it (not "2159 h").
pub fn duration(duration: Duration) -> String {
    const DAY: u64 = 24 * 3600;
    let seconds = duration.as_secs();
    if seconds >= 2 * DAY {
        return format!("about {} days", seconds.saturating_add(DAY / 2) / DAY);
    }
    match (seconds / 3600, seconds % 3600 / 60) {
        (0, 0) => "less than a minute".into(),
        (0, minutes) => format!("{minutes} min"),
        (hours, minutes) => format!("{hours} h {minutes} min"),
    }
}

fn seconds(seconds: i64) -> String {
    duration(Duration::from_secs(seconds.unsigned_abs()))
}

/// An inspected token's expiry, as a sentence.
pub fn inspected_expiry(expiry: Expiry) -> String {
    match expiry {
        Expiry::Valid(left) => format!("This token expires in {}.", seconds(left)),
        Expiry::Soon(left) => format!("This token expires in {}: refresh it soon.", seconds(left)),
        Expiry::Expired(ago) => format!("This token expired {} ago.", seconds(ago)),
    }
}

/// The shown access token's expiry, with the local time `at` it expires.
pub fn access_token_expiry(expiry: Expiry, at: &str) -> String {
    match expiry {
        Expiry::Valid(left) => format!("The access token expires in {} (at {at}).", seconds(left)),
        Expiry::Soon(left) => {
            format!("The access token expires in {} (at {at}): refresh it soon.", seconds(left))
        }
        Expiry::Expired(ago) => format!("The access token expired {} ago (at {at}).", seconds(ago)),
    }
}

/// One sentence on what a token is.
pub fn token_kind(kind: &TokenKind) -> String {
    match kind {
        TokenKind::RetiredV2 => {
            "A pre-2021 owner-API token, retired by Tesla in March 2022: it no longer works.".into()
        }
        TokenKind::FleetRefresh(region) => {
            format!("An opaque Fleet API refresh token for region {region}: it carries no readable claims.")
        }
        TokenKind::Jwt(claims) => match claims.role() {
            Role::Access => "An access token (JWT).".into(),
            Role::Refresh => "A refresh token (JWT).".into(),
            Role::Id => "An id_token (JWT): it says who logged in.".into(),
            Role::Unknown => "A JWT of unknown purpose.".into(),
        },
    }
}

/// Why the inspector could not read a token.
pub fn inspect_error(error: &InspectError) -> String {
    match error {
        InspectError::Empty => "Paste a token to inspect it.".into(),
        InspectError::TooLong => "That is far too long to be a Tesla token.".into(),
        InspectError::NotAToken => {
            "This does not look like a Tesla token: v3 tokens start with eyJ and have \
                                    three parts separated by dots."
                .into()
        }
        InspectError::Malformed(JwtPart::PayloadEncoding) => {
            "This looks like a JWT, but its payload encoding cannot be decoded. Copy it again, completely."
                .into()
        }
        InspectError::Malformed(JwtPart::Claims) => {
            "This looks like a JWT, but its claims cannot be decoded. Copy it again, completely.".into()
        }
    }
}

/// The label of a row of the claims table.
pub fn claim_label(label: ClaimLabel) -> String {
    match label {
        ClaimLabel::Issuer => "Issuer",
        ClaimLabel::Audience => "Audience",
        ClaimLabel::Scopes => "Scopes",
        ClaimLabel::Region => "Region (ou_code)",
        ClaimLabel::Subject => "Subject",
        ClaimLabel::Client => "Client (azp)",
        ClaimLabel::Email => "Email",
        ClaimLabel::Issued => "Issued",
        ClaimLabel::Expires => "Expires",
    }
    .into()
}

/// The name of an export format.
pub fn export_format(format: ExportFormat) -> String {
    match format {
        ExportFormat::TokensJson => "tokens.json",
        ExportFormat::TeslaPy => "TeslaPy cache.json",
        ExportFormat::TeslaMate => "TeslaMate",
        ExportFormat::DotEnv => ".env",
    }
    .into()
}

/// The button that downloads an export, named after its file.
pub fn export_download(format: ExportFormat) -> String {
    format!("Download {}", format.file_name())
}

/// The button that copies an export.
pub fn export_copy(format: ExportFormat) -> String {
    format!("Copy {}", export_format(format))
}

/// Why an export cannot be made.
pub fn export_error(error: &ExportError) -> String {
    match error {
        ExportError::NoEmail => {
            "TeslaPy keys its cache by the account email, which comes from the id_token; \
                                 these tokens came without one. Use tokens.json instead."
                .into()
        }
    }
}

/// Why the refresh token cannot be shown as a QR code.
pub fn qr_too_long(_: &QrTooLong) -> String {
    "This token is too long for a QR code; copy it instead.".into()
}

/// Where to type the command that starts a relay.
pub fn terminal(terminal: Terminal) -> String {
    match terminal {
        Terminal::SourceFolder => {
            "In a terminal, in the folder of this project's source (it needs Rust, from rustup.rs):"
        }
        Terminal::PowerShell => "In PowerShell:",
        Terminal::MacTerminal => "In Terminal (an Intel Mac: macos-x86_64 instead of macos-arm64):",
        Terminal::Shell => "In a terminal:",
    }
    .into()
}

/// Safari's way to a relay: the relay serves the page, opened at its own address.
pub fn relay_serves_page() -> &'static str {
    "Safari never lets a page on the web reach a relay on this computer. Start the relay with the page \
     (the command below), then open http://127.0.0.1:8787/ and log in there: one address, nothing to allow."
}

/// Under the relay command: where it listens, and which relay this page tries (`host`).
pub fn relay_help_note(host: &str) -> String {
    format!(
        "It listens on 127.0.0.1:8787; this page is trying {host} (change it under Settings). Started with \
         --page, the relay also serves this page at http://127.0.0.1:8787/, which works in every browser."
    )
}

/// One choice of idle time: after `Some(minutes)` without activity, or never.
pub fn idle_choice(minutes: Option<u32>) -> String {
    match minutes {
        Some(minutes) => format!("after {minutes} minutes without activity"),
        None => "never (keep them until I close the page)".into(),
    }
}

/// How long until the tokens are forgotten, in whole minutes.
pub fn idle_left(minutes: u32) -> String {
    format!("Forgotten in {minutes} min unless you use the page.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        let read = |secs| duration(Duration::from_secs(secs));
        assert_eq!(read(28_800), "8 h 0 min");
        assert_eq!(read(28_799), "7 h 59 min");
        assert_eq!(read(61), "1 min");
        assert_eq!(read(59), "less than a minute");
        assert_eq!(read(47 * 3600), "47 h 0 min");
        // Pins a bug: a refresh token's lifetime read "expires in 2159 h 59 min".
        assert_eq!(read(90 * 24 * 3600 - 1), "about 90 days");
        assert!(read(u64::MAX).starts_with("about "), "no overflow on a hostile exp");
    }

    #[test]
    fn expiry_sentences_carry_the_time_left_or_past() {
        assert_eq!(inspected_expiry(Expiry::Valid(28_799)), "This token expires in 7 h 59 min.");
        assert_eq!(inspected_expiry(Expiry::Soon(300)), "This token expires in 5 min: refresh it soon.");
        assert_eq!(inspected_expiry(Expiry::Expired(180)), "This token expired 3 min ago.");
        assert_eq!(
            access_token_expiry(Expiry::Valid(28_800), "10:00"),
            "The access token expires in 8 h 0 min (at 10:00)."
        );
        assert_eq!(
            inspected_expiry(Expiry::Expired(i64::MAX)),
            "This token expired about 106751991167301 days ago."
        );
    }

    #[test]
    fn exports_and_relay_help_are_named() {
        assert_eq!(export_download(ExportFormat::TeslaMate), "Download teslamate-tokens.txt");
        assert_eq!(export_copy(ExportFormat::TeslaPy), "Copy TeslaPy cache.json");
        assert_eq!(idle_choice(Some(15)), "after 15 minutes without activity");
        assert_eq!(
            token_kind(&TokenKind::FleetRefresh("EU".into())),
            "An opaque Fleet API refresh token for region EU: it carries no readable claims."
        );
    }
}
