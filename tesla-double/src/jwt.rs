//! JWT-shaped tokens with realistic claims, and a check that a token came
//! from this double (tests use it to prove the page shows the double's tokens).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Not a real signature (Tesla signs with RS256); enough to recognise our own.
const SIGNING_KEY: &[u8] = b"tesla-double signing key: not a secret, not a real signature";

/// Encodes `claims` as `header.payload.signature`.
pub fn encode(claims: &Value) -> String {
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": "tesla-double"});
    let signing_input = format!("{}.{}", part(&header), part(claims));
    format!("{signing_input}.{}", signature(&signing_input))
}

/// The claims of a token this double issued; `None` for anything else.
pub fn verify(token: &str) -> Option<Value> {
    let (signing_input, signature_part) = token.rsplit_once('.')?;
    if signature(signing_input) != signature_part {
        return None;
    }
    let (_, payload) = signing_input.split_once('.')?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

fn part(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

/// As long as an RS256 signature with a 2048-bit key (256 bytes, 342
/// characters), which the page expects: a shorter one reads as cut off.
fn signature(signing_input: &str) -> String {
    let digest = Sha256::new().chain_update(SIGNING_KEY).chain_update(signing_input).finalize();
    URL_SAFE_NO_PAD.encode(digest.repeat(8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_tokens_verify_and_altered_ones_do_not() {
        let token = encode(&json!({"sub": "x", "exp": 1}));
        assert!(token.starts_with("eyJ"));
        assert_eq!(token.rsplit('.').next().map(str::len), Some(342), "as long as an RS256 signature");
        assert_eq!(verify(&token).unwrap()["sub"], "x");
        let altered = token.replacen(".eyJ", ".eyK", 1);
        assert_eq!(verify(&altered), None);
        assert_eq!(verify("not-a-token"), None);
    }
}
