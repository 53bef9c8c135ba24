//! PKCE (RFC 7636) with the S256 method, and the `state` value.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use std::fmt;

/// Random bytes behind a verifier: 64 bytes give the 86 characters that
/// working Tesla clients send (some lengths, e.g. 64 characters, are refused).
const VERIFIER_BYTES: usize = 64;

/// Random bytes behind `state`: 256 bits, above the 128 the protocol asks.
const STATE_BYTES: usize = 32;

/// The random source failed; the page cannot start a login safely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no secure random numbers")]
pub struct RandomUnavailable;

/// A PKCE code verifier.
///
/// Not `Clone`, so one verifier cannot casually serve two logins, and its
/// `Debug` is redacted: it is the secret that turns a code into tokens.
pub struct PkceVerifier(String);

impl PkceVerifier {
    /// A fresh verifier from the platform CSPRNG (`crypto.getRandomValues`
    /// in the browser).
    pub fn generate() -> Result<Self, RandomUnavailable> {
        let mut bytes = [0u8; VERIFIER_BYTES];
        getrandom::fill(&mut bytes).map_err(|_| RandomUnavailable)?;
        Ok(Self::from_random_bytes(&bytes))
    }

    /// The verifier for the given random bytes: base64url without padding,
    /// which only uses RFC 7636 §4.1's unreserved characters `[A-Za-z0-9-_]`.
    pub fn from_random_bytes(bytes: &[u8]) -> Self {
        Self(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The S256 challenge: BASE64URL-NOPAD(SHA-256(ASCII(verifier))) (RFC 7636 §4.2).
    pub fn challenge(&self) -> String {
        URL_SAFE_NO_PAD.encode(Sha256::digest(self.0.as_bytes()))
    }

    /// The verifier itself. Security: it only goes into the token request.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PkceVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(test)]
        if crate::secret::reveal::on() {
            return write!(f, "PkceVerifier({:?})", self.0);
        }
        f.write_str("PkceVerifier([redacted])")
    }
}

/// A fresh random `state`, checked when the callback comes back so that a
/// URL from an older tab or from someone else's login is refused.
pub fn new_state() -> Result<String, RandomUnavailable> {
    let mut bytes = [0u8; STATE_BYTES];
    getrandom::fill(&mut bytes).map_err(|_| RandomUnavailable)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc7636_appendix_b_vector() {
        // RFC 7636 Appendix B (docs/PROTOCOL.md quotes it).
        let verifier = PkceVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into());
        assert_eq!(verifier.challenge(), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn appendix_b_bytes_give_appendix_b_verifier() {
        let bytes = [
            116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105,
            214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
        ];
        assert_eq!(
            PkceVerifier::from_random_bytes(&bytes).secret(),
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        );
    }

    #[test]
    fn generated_verifiers_are_86_unreserved_characters_and_differ() {
        let first = PkceVerifier::generate().unwrap();
        let second = PkceVerifier::generate().unwrap();
        for verifier in [&first, &second] {
            assert_eq!(verifier.secret().len(), 86);
            assert!(verifier.secret().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(verifier.challenge().len(), 43);
        }
        assert_ne!(first.secret(), second.secret());
    }

    #[test]
    fn state_is_random_and_url_safe() {
        let (a, b) = (new_state().unwrap(), new_state().unwrap());
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert!(a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn debug_does_not_show_the_verifier() {
        let verifier = PkceVerifier::from_random_bytes(&[7; 64]);
        assert!(!format!("{verifier:?}").contains(verifier.secret()));
    }
}
