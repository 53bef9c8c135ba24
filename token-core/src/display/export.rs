//! Tokens in the shapes the tools owners use expect.

use crate::oauth::token::TokenSet;
use crate::text::shell_quote;
use serde_json::{Value, json};

/// Where tokens can be exported to (the page names each:
/// `catalog::display::export_format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// `tokens.json`: every field, plus the issuer and `expires_at`.
    TokensJson,
    /// An entry of TeslaPy's `cache.json`, keyed by the account email.
    TeslaPy,
    /// The pair TeslaMate's "existing API tokens" sign-in asks for.
    TeslaMate,
    /// `.env` lines.
    DotEnv,
}

impl ExportFormat {
    /// Every format, in the order the page offers them.
    pub const ALL: [Self; 4] = [Self::TokensJson, Self::TeslaPy, Self::TeslaMate, Self::DotEnv];

    /// The file name when downloaded.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::TokensJson => "tokens.json",
            Self::TeslaPy => "cache.json",
            Self::TeslaMate => "teslamate-tokens.txt",
            Self::DotEnv => "tesla.env",
        }
    }
}

/// Why an export cannot be made. The `Display` is a terse note for
/// developers; the page words it (`catalog::display::export_error`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// TeslaPy keys its cache by the account email, from the id_token; these tokens have none.
    #[error("no email for teslapy (no id_token)")]
    NoEmail,
}

/// The export in `format`.
pub fn export(set: &TokenSet, format: ExportFormat) -> Result<String, ExportError> {
    let tokens = &set.tokens;
    let (access, refresh) = (tokens.access_token.expose(), tokens.refresh_token.expose());
    let mut fields = json!({
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": tokens.expires_in,
        "token_type": "Bearer",
    });
    if let Some(id_token) = &tokens.id_token {
        fields["id_token"] = id_token.expose().into();
    }
    Ok(match format {
        ExportFormat::TokensJson => {
            fields["expires_at"] = set.expires_at_secs().into();
            fields["issuer"] = set.issuer.as_str().into();
            pretty(&fields)
        }
        ExportFormat::TeslaPy => {
            let email = set.email().ok_or(ExportError::NoEmail)?;
            // TeslaPy keeps oauthlib's token dict, whose expires_at is a float,
            // and builds its refresh URL as `url + "oauth2/v3/token"`.
            fields["expires_at"] = (set.expires_at_secs() as f64).into();
            let sso_base = format!(
                "{}/",
                set.issuer.trim_end_matches('/').trim_end_matches("oauth2/v3").trim_end_matches('/')
            );
            pretty(&json!({ email: { "url": sso_base, "sso": fields } }))
        }
        ExportFormat::TeslaMate => {
            format!("Access Token: {access}\nRefresh Token: {refresh}\n")
        }
        // Quoted: a sourced `.env` must not run anything a value holds.
        ExportFormat::DotEnv => format!(
            "TESLA_ACCESS_TOKEN={}\nTESLA_REFRESH_TOKEN={}\nTESLA_TOKEN_EXPIRES_AT={}\nTESLA_ISSUER={}\n",
            shell_quote(access),
            shell_quote(refresh),
            set.expires_at_secs(),
            shell_quote(&set.issuer)
        ),
    })
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// What the QR code holds: the refresh token alone, which phone apps scan.
pub fn qr_payload(set: &TokenSet) -> &str {
    set.tokens.refresh_token.expose()
}

/// A QR code as its side length in modules and the dark modules, row by row.
pub struct QrModules {
    /// Modules per side.
    pub width: usize,
    /// `true` for a dark module.
    pub dark: Vec<bool>,
}

/// Why a QR code cannot be made: the text is longer than a QR code holds
/// (the page words it: `catalog::display::qr_too_long`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("too long for a qr code")]
pub struct QrTooLong;

/// Encodes `text` at the lowest error correction, which fits the longest tokens.
pub fn qr_modules(text: &str) -> Result<QrModules, QrTooLong> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L)
        .map_err(|_| QrTooLong)?;
    let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Ok(QrModules { width: code.width(), dark })
}

impl QrModules {
    /// An SVG path drawing the dark modules, one unit square each, offset
    /// by `margin` units (the quiet zone scanners need).
    pub fn svg_path(&self, margin: usize) -> String {
        let mut path = String::new();
        for (index, _) in self.dark.iter().enumerate().filter(|(_, dark)| **dark) {
            let (x, y) = (index % self.width + margin, index / self.width + margin);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
        path
    }
}

#[cfg(test)]
mod tests;
