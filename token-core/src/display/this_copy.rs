//! What this copy of the page says about itself, so a user can compare it
//! with a build of their own (README: "Check the page you are using").

use crate::settings::COMMIT;
use base64::Engine;

/// The page's version (from Cargo.toml).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What precedes the commit in the page's wasm, so that `token-relay verify`
/// can read which commit a downloaded wasm was built from.
pub const COMMIT_MARK_PREFIX: &str = "tesla-token-page built from commit ";

/// The longest commit the mark holds (a SHA-256 git id is 64 hex digits).
pub const MAX_COMMIT_LEN: usize = 64;

/// Ends the commit in the mark.
const COMMIT_MARK_END: u8 = b';';

const COMMIT_MARK_LEN: usize = COMMIT_MARK_PREFIX.len() + MAX_COMMIT_LEN + 1;

/// `{COMMIT_MARK_PREFIX}{commit};`, padded with spaces: one run of bytes in
/// the wasm's data, which the page reads at run time (so no optimizer drops it).
static COMMIT_MARK: [u8; COMMIT_MARK_LEN] = commit_mark(COMMIT.as_bytes());

const fn commit_mark(commit: &[u8]) -> [u8; COMMIT_MARK_LEN] {
    let mut mark = [b' '; COMMIT_MARK_LEN];
    let prefix = COMMIT_MARK_PREFIX.as_bytes();
    let mut at = 0;
    while at < prefix.len() {
        mark[at] = prefix[at];
        at += 1;
    }
    let mut i = 0;
    while i < commit.len() && i < MAX_COMMIT_LEN && commit[i] != COMMIT_MARK_END {
        mark[at + i] = commit[i];
        i += 1;
    }
    mark[at + i] = COMMIT_MARK_END;
    mark
}

/// The commit this page was built from (`PAGE_COMMIT`, else `unknown`),
/// read from the mark `token-relay verify` looks for.
pub fn commit() -> &'static str {
    // black_box: the mark must stay in the wasm as bytes, not be folded away.
    let mark: &'static [u8; COMMIT_MARK_LEN] = std::hint::black_box(&COMMIT_MARK);
    commit_after_prefix(&mark[COMMIT_MARK_PREFIX.len()..]).unwrap_or("unknown")
}

/// The commit a page's wasm (or any bytes) says it was built from: the
/// letters and digits after a [`COMMIT_MARK_PREFIX`], up to `;` (the first
/// such mark). `None` without one, or with only malformed ones (hostile bytes).
pub fn commit_in(bytes: &[u8]) -> Option<&str> {
    let prefix = COMMIT_MARK_PREFIX.as_bytes();
    bytes
        .windows(prefix.len())
        .enumerate()
        .filter(|(_, window)| *window == prefix)
        .find_map(|(at, _)| commit_after_prefix(&bytes[at + prefix.len()..]))
}

fn commit_after_prefix(rest: &[u8]) -> Option<&str> {
    let end = rest.iter().take(MAX_COMMIT_LEN + 1).position(|&b| b == COMMIT_MARK_END)?;
    let commit = std::str::from_utf8(&rest[..end]).ok()?;
    (!commit.is_empty() && commit.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(commit)
}

/// The command that checks a copy at `page` (its address, query and
/// fragment dropped) against a release: `token-relay verify https://…/`.
/// The address is single-quoted for a shell when it holds anything beyond
/// the characters of a plain URL.
pub fn verify_command(page: &url::Url) -> String {
    let mut address = page.clone();
    address.set_query(None);
    address.set_fragment(None);
    let address = address.as_str();
    let plain = address.bytes().all(|b| b.is_ascii_alphanumeric() || b"/:.-_~%".contains(&b));
    if plain {
        format!("token-relay verify {address}")
    } else {
        format!("token-relay verify '{}'", address.replace('\'', "%27"))
    }
}

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
    fn the_verify_command_names_the_pages_own_address() {
        let page = url::Url::parse("https://me.github.io/tesla-token-page/?relay=x#this-copy").unwrap();
        assert_eq!(verify_command(&page), "token-relay verify https://me.github.io/tesla-token-page/");
        let odd = url::Url::parse("http://127.0.0.1:8787/a'b$(x)/").unwrap();
        assert_eq!(verify_command(&odd), "token-relay verify 'http://127.0.0.1:8787/a%27b$(x)/'");
    }

    #[test]
    fn the_commit_is_read_back_from_its_mark_among_other_bytes() {
        assert_eq!(commit(), COMMIT);
        let mark = commit_mark(b"0123456789abcdef0123456789abcdef01234567");
        let wasm = [b"\0asm deadbeef".as_slice(), &mark, b"cafe"].concat();
        assert_eq!(commit_in(&wasm), Some("0123456789abcdef0123456789abcdef01234567"));
        assert_eq!(commit_in(b"no mark here"), None);
        let unterminated = [COMMIT_MARK_PREFIX.as_bytes(), &[b'a'; 80]].concat();
        assert_eq!(commit_in(&unterminated), None);
        assert_eq!(commit_in(format!("{COMMIT_MARK_PREFIX}ab<c;").as_bytes()), None);
        assert_eq!(commit_in(format!("{COMMIT_MARK_PREFIX};").as_bytes()), None);
        // The prefix alone (a string of the code that searches for it) comes first.
        let twice = [COMMIT_MARK_PREFIX.as_bytes(), b"<other data>", &mark].concat();
        assert_eq!(commit_in(&twice), Some("0123456789abcdef0123456789abcdef01234567"));
    }

    #[test]
    fn the_wasm_check_compares_with_the_declared_value() {
        assert_eq!(WasmCheck::compare("sha384-a", Some(" sha384-a ")), WasmCheck::Matches);
        assert_eq!(
            WasmCheck::compare("sha384-a", Some("sha384-b")),
            WasmCheck::Differs { declared: "sha384-b".into() }
        );
        assert_eq!(WasmCheck::compare("sha384-a", None), WasmCheck::Undeclared);
    }
}
