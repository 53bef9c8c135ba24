//! What this copy of the page says about itself, so a user can compare it
//! with a build of their own (README: "Check the page you are using").

use base64::Engine;

/// The page's version (from Cargo.toml).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// An integrity value in the form of `<link integrity>` (`sha384-…`).
pub fn sri(algorithm: &str, digest: &[u8]) -> String {
    format!("{algorithm}-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// What the SHA-384 of the wasm this tab fetched says next to the page's
/// own integrity attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WasmCheck {
    /// The bytes match what the page declares.
    Matches,
    /// The bytes differ from what the page declares.
    Differs { declared: String },
    /// The page declares no integrity value (not a build of ours).
    Undeclared,
}

impl WasmCheck {
    /// Compares the computed `sha384-…` with the `integrity` attribute.
    pub fn compare(computed: &str, declared: Option<&str>) -> Self {
        match declared.map(str::trim) {
            Some(declared) if declared == computed => Self::Matches,
            Some(declared) => Self::Differs { declared: crate::text::echo(declared) },
            None => Self::Undeclared,
        }
    }

    /// One sentence for the page.
    pub fn message(&self) -> String {
        match self {
            Self::Matches => "It matches the integrity value in this page's HTML.".into(),
            Self::Differs { declared } => format!(
                "It does not match the integrity value in this page's HTML ({declared}): \
                 do not use this copy; reload it, or build your own."
            ),
            Self::Undeclared => "This page's HTML declares no integrity value: it was not built by \
                                 this project's scripts."
                .into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::Digest;

    #[test]
    fn sri_is_the_base64_of_the_digest() {
        let digest = sha2::Sha256::digest(b"abc");
        assert_eq!(sri("sha256", &digest), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    #[test]
    fn the_wasm_check_compares_with_the_declared_value() {
        assert_eq!(WasmCheck::compare("sha384-a", Some(" sha384-a ")), WasmCheck::Matches);
        let differs = WasmCheck::compare("sha384-a", Some("sha384-b"));
        assert!(differs.message().contains("sha384-b") && differs.message().contains("do not use"));
        assert_eq!(WasmCheck::compare("sha384-a", None), WasmCheck::Undeclared);
    }
}
