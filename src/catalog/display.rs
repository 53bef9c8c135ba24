//! What the page shows about tokens: claims, expiry, exports, the idle
//! time, the browser help, and durations, each a message of the catalog
//! (`i18n/<tag>.ftl`, "display.rs").

use super::words::*;
use super::{say, say_with};
use l10n::Arg;
use std::time::Duration;
use token_core::claims::{ClaimLabel, Expiry, InspectError, JwtPart, Role, TokenKind};
use token_core::display::export::{ExportError, ExportFormat, QrTooLong};
use token_core::display::visitor::Terminal;
use token_core::settings::relay::RelayTemplate;

/// "7 h 59 min"; "less than a minute" below 60 s; from two days on,
/// "about 90 days", as people say it (not "2159 h").
pub fn duration(duration: Duration) -> String {
    const DAY: u64 = 24 * 3600;
    let seconds = duration.as_secs();
    if seconds >= 2 * DAY {
        return say_with(DURATION_DAYS, &[("days", Arg::Count(seconds.saturating_add(DAY / 2) / DAY))]);
    }
    match (seconds / 3600, seconds % 3600 / 60) {
        (0, 0) => say(DURATION_UNDER_A_MINUTE),
        (0, minutes) => say_with(DURATION_MINUTES, &[("minutes", Arg::Count(minutes))]),
        (hours, minutes) => say_with(
            DURATION_HOURS_MINUTES,
            &[("hours", Arg::Count(hours)), ("minutes", Arg::Count(minutes))],
        ),
    }
}

fn seconds(seconds: i64) -> String {
    duration(Duration::from_secs(seconds.unsigned_abs()))
}

/// An inspected token's expiry, as a sentence.
pub fn inspected_expiry(expiry: Expiry) -> String {
    let (key, left) = match expiry {
        Expiry::Valid(left) => (INSPECTED_EXPIRES_IN, left),
        Expiry::Soon(left) => (INSPECTED_EXPIRES_SOON, left),
        Expiry::Expired(ago) => (INSPECTED_EXPIRED, ago),
    };
    say_with(key, &[("duration", Arg::Text(&seconds(left)))])
}

/// The shown access token's expiry, with the local time `at` it expires.
pub fn access_token_expiry(expiry: Expiry, at: &str) -> String {
    let (key, left) = match expiry {
        Expiry::Valid(left) => (ACCESS_TOKEN_EXPIRES_IN, left),
        Expiry::Soon(left) => (ACCESS_TOKEN_EXPIRES_SOON, left),
        Expiry::Expired(ago) => (ACCESS_TOKEN_EXPIRED, ago),
    };
    say_with(key, &[("duration", Arg::Text(&seconds(left))), ("time", Arg::Text(at))])
}

/// One sentence on what a token is.
pub fn token_kind(kind: &TokenKind) -> String {
    match kind {
        TokenKind::RetiredV2 => say(TOKEN_KIND_RETIRED_V2),
        TokenKind::FleetRefresh(region) => {
            say_with(TOKEN_KIND_FLEET_REFRESH, &[("region", Arg::Text(region))])
        }
        TokenKind::Jwt(claims) => match claims.role() {
            Role::Access => say(TOKEN_KIND_ACCESS),
            Role::Refresh => say(TOKEN_KIND_REFRESH),
            Role::Id => say_with(TOKEN_KIND_ID, &[("field", Arg::Text("id_token"))]),
            Role::Unknown => say(TOKEN_KIND_UNKNOWN),
        },
    }
}

/// Why the inspector could not read a token.
pub fn inspect_error(error: &InspectError) -> String {
    match error {
        InspectError::Empty => say(INSPECT_EMPTY),
        InspectError::TooLong => say(INSPECT_TOO_LONG),
        InspectError::NotAToken => say_with(INSPECT_NOT_A_TOKEN, &[("prefix", Arg::Text("eyJ"))]),
        InspectError::Malformed(JwtPart::PayloadEncoding) => say(INSPECT_BAD_PAYLOAD_ENCODING),
        InspectError::Malformed(JwtPart::Claims) => say(INSPECT_BAD_CLAIMS),
    }
}

/// The label of a row of the claims table.
pub fn claim_label(label: ClaimLabel) -> String {
    match label {
        ClaimLabel::Issuer => say(CLAIM_ISSUER),
        ClaimLabel::Audience => say(CLAIM_AUDIENCE),
        ClaimLabel::Scopes => say(CLAIM_SCOPES),
        ClaimLabel::Region => say_with(CLAIM_REGION, &[("claim", Arg::Text("ou_code"))]),
        ClaimLabel::Subject => say(CLAIM_SUBJECT),
        ClaimLabel::Client => say_with(CLAIM_CLIENT, &[("claim", Arg::Text("azp"))]),
        ClaimLabel::Email => say(CLAIM_EMAIL),
        ClaimLabel::Issued => say(CLAIM_ISSUED),
        ClaimLabel::Expires => say(CLAIM_EXPIRES),
    }
}

/// The name of an export format: names of programs and files, the same in
/// every language.
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
    say_with(EXPORT_DOWNLOAD, &[("file", Arg::Text(format.file_name()))])
}

/// The button that copies an export.
pub fn export_copy(format: ExportFormat) -> String {
    say_with(EXPORT_COPY, &[("format", Arg::Text(&export_format(format)))])
}

/// Why an export cannot be made.
pub fn export_error(error: &ExportError) -> String {
    match error {
        ExportError::NoEmail => say_with(
            EXPORT_NO_EMAIL,
            &[("field", Arg::Text("id_token")), ("file", Arg::Text(ExportFormat::TokensJson.file_name()))],
        ),
    }
}

/// Why the refresh token cannot be shown as a QR code.
pub fn qr_too_long(_: &QrTooLong) -> String {
    say(QR_TOO_LONG)
}

/// Where to type the command that starts a relay.
pub fn terminal(terminal: Terminal) -> String {
    match terminal {
        Terminal::SourceFolder => say_with(TERMINAL_SOURCE_FOLDER, &[("site", Arg::Text("rustup.rs"))]),
        Terminal::PowerShell => say(TERMINAL_POWERSHELL),
        Terminal::MacTerminal => {
            say_with(TERMINAL_MAC, &[("intel", Arg::Text("macos-x86_64")), ("arm", Arg::Text("macos-arm64"))])
        }
        Terminal::Shell => say(TERMINAL_SHELL),
    }
}

/// Safari's way to a relay: the relay serves the page, opened at its own address.
pub fn relay_serves_page() -> String {
    say_with(RELAY_SERVES_PAGE, &[("address", Arg::Text(RelayTemplate::local().as_str()))])
}

/// Under the relay command: where it listens, and which relay this page tries (`host`).
pub fn relay_help_note(host: &str) -> String {
    let local = RelayTemplate::local();
    say_with(
        RELAY_HELP_NOTE,
        &[
            ("listens", Arg::Text(local.host())),
            ("host", Arg::Text(host)),
            ("flag", Arg::Text("--page")),
            ("address", Arg::Text(local.as_str())),
        ],
    )
}

/// One choice of idle time: after `Some(minutes)` without activity, or never.
pub fn idle_choice(minutes: Option<u32>) -> String {
    match minutes {
        Some(minutes) => say_with(IDLE_AFTER, &[("minutes", Arg::Count(u64::from(minutes)))]),
        None => say(IDLE_NEVER),
    }
}

/// How long until the tokens are forgotten, in whole minutes.
pub fn idle_left(minutes: u32) -> String {
    say_with(IDLE_LEFT, &[("minutes", Arg::Count(u64::from(minutes)))])
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
        assert_eq!(idle_choice(Some(1)), "after 1 minute without activity");
        assert_eq!(
            token_kind(&TokenKind::FleetRefresh("EU".into())),
            "An opaque Fleet API refresh token for region EU: it carries no readable claims."
        );
    }
}
