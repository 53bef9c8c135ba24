//! Tesla's reference for a refusal, which Tesla support asks for.

/// The longest reference id taken from an `error_uri`.
const MAX_ID_LEN: usize = 64;

/// What precedes the id in an `error_uri`.
const MARKER: &str = "/error/reference/";

/// The id that ends a refusal's `error_uri` (`…/error/reference/<id>`;
/// docs/PROTOCOL.md §2). The URI arrives through a relay, so it is hostile:
/// only 1 to 64 characters of `[A-Za-z0-9-_]` after the last marker are
/// taken, else there is no id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceId(String);

impl ReferenceId {
    /// The id in `error_uri`, if it ends in a plausible one.
    pub fn from_error_uri(error_uri: &str) -> Option<Self> {
        let (_, id) = error_uri.rsplit_once(MARKER)?;
        let plausible = !id.is_empty()
            && id.len() <= MAX_ID_LEN
            && id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b));
        plausible.then(|| Self(id.to_owned()))
    }

    /// The id, e.g. `a1b2c3d4`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_after_error_reference_is_taken() {
        let id = ReferenceId::from_error_uri("https://auth.tesla.com/error/reference/18a2b3c4-77_x");
        assert_eq!(id.as_ref().map(ReferenceId::as_str), Some("18a2b3c4-77_x"));
    }

    #[test]
    fn hostile_or_foreign_uris_give_no_id() {
        for uri in [
            "",
            "x",
            "https://auth.tesla.com/error/reference/",
            "https://auth.tesla.com/error/reference/abc?x=1",
            "https://auth.tesla.com/error/reference/abc/",
            "https://auth.tesla.com/error/reference/<script>",
            "https://auth.tesla.com/error/reference/a b",
            "https://auth.tesla.com/error/reference/a\u{1b}[31m",
            "https://auth.tesla.com/docs/errors#abc",
        ] {
            assert_eq!(ReferenceId::from_error_uri(uri), None, "{uri}");
        }
        let long = format!("https://auth.tesla.com/error/reference/{}", "a".repeat(MAX_ID_LEN + 1));
        assert_eq!(ReferenceId::from_error_uri(&long), None);
    }
}
