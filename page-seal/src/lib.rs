//! Seals a built `index.html`: adds a Content-Security-Policy `<meta>` that
//! names the hash of every inline script Trunk wrote, so those scripts and
//! the page's own files are the only code the browser will run.

pub mod localize;

use base64::Engine;
use sha2::{Digest, Sha256};
use token_core::transport::policy::content_security_policy;

/// The policy goes right after this tag (minified or not): first in
/// `<head>`, before anything it governs.
const ANCHOR: &str = "<meta charset=";

/// Why a page cannot be sealed; the build fails rather than ship unsealed.
#[derive(Debug, PartialEq, Eq)]
pub enum SealError {
    /// The page has no `<meta charset=…>` to put the policy after.
    NoAnchor,
    /// The page already carries a policy (sealed twice, or written by hand).
    AlreadySealed,
    /// A `<script>` or `<style>` without a closing tag.
    Unclosed,
    /// Trunk wrote no inline loader; the page would not start.
    NoInlineScript,
}

/// `html` with its policy inserted.
pub fn seal(html: &str) -> Result<String, SealError> {
    // A policy element, not words about one (the page explains its policy).
    let lower = html.to_ascii_lowercase();
    if ["http-equiv=\"content-security-policy\"", "http-equiv=content-security-policy"]
        .iter()
        .any(|policy| lower.contains(policy))
    {
        return Err(SealError::AlreadySealed);
    }
    let scripts = inline_hashes(html, "script")?;
    if scripts.is_empty() {
        return Err(SealError::NoInlineScript);
    }
    let styles = inline_hashes(html, "style")?;
    let anchor = html.find(ANCHOR).ok_or(SealError::NoAnchor)?;
    let at = html[anchor..].find('>').ok_or(SealError::NoAnchor)? + anchor + 1;
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        content_security_policy(&scripts, &styles)
    );
    Ok(format!("{}{meta}{}", &html[..at], &html[at..]))
}

/// Whether a `<script …` tag holds data, not code (a `type` that is neither
/// JavaScript nor `module`, such as the page's words in JSON): the browser
/// never runs it, so the policy need not allow it.
fn is_data_block(tag: &str) -> bool {
    let Some(at) = tag.find(" type=") else { return false };
    let value = tag[at + 6..].trim_start_matches(['"', '\'']);
    let value = value.split(['"', '\'', ' ', '>']).next().unwrap_or_default().to_ascii_lowercase();
    !(value.is_empty() || value == "module" || value.ends_with("javascript") || value.ends_with("ecmascript"))
}

/// `sha256-…` of the text of each `<script>` (or `<style>`) that has no
/// `src` and is code.
fn inline_hashes(html: &str, element: &str) -> Result<Vec<String>, SealError> {
    let (open, close) = (format!("<{element}"), format!("</{element}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let tag_end = rest[start..].find('>').ok_or(SealError::Unclosed)? + start;
        let tag = &rest[start..tag_end];
        let body_end = rest[tag_end..].find(&close).ok_or(SealError::Unclosed)? + tag_end;
        if !tag.contains(" src=") && !is_data_block(tag) {
            let digest = Sha256::digest(&rest.as_bytes()[tag_end + 1..body_end]);
            hashes.push(format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &rest[body_end..];
    }
    Ok(hashes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><meta charset=\"utf-8\" />\n<script type=\"module\">\nimport init from '/a.js';\n</script><script src=\"/b.js\"></script></head></html>";

    #[test]
    fn the_policy_names_the_hash_of_each_inline_script() {
        let sealed = seal(PAGE).unwrap();
        let expected = Sha256::digest("\nimport init from '/a.js';\n");
        let hash = base64::engine::general_purpose::STANDARD.encode(expected);
        assert!(
            sealed.contains(&format!("script-src 'self' 'sha256-{hash}' 'wasm-unsafe-eval'")),
            "{sealed}"
        );
        assert_eq!(sealed.matches("'sha256-").count(), 1, "scripts with src are not hashed");
        let meta = sealed.find("Content-Security-Policy").unwrap();
        assert!(meta < sealed.find("<script").unwrap(), "the policy comes before every script");
    }

    #[test]
    fn the_policy_names_the_hash_of_each_inline_style() {
        let page = PAGE.replace("</head>", "<style>body{margin:0}</style></head>");
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest("body{margin:0}"));
        let sealed = seal(&page).unwrap();
        assert!(sealed.contains(&format!("style-src 'self' 'sha256-{hash}';")), "{sealed}");
    }

    #[test]
    fn data_blocks_are_not_allowed_as_code_and_words_about_the_policy_are_no_policy() {
        let page = PAGE.replace(
            "</head>",
            "<script type=\"application/json\" id=\"words\">{\"a\":\"Content-Security-Policy\"}</script>\
             <script type=module>go()</script></head>",
        );
        let sealed = seal(&page).unwrap();
        let policy = sealed.split("script-src").nth(1).unwrap().split(';').next().unwrap();
        assert_eq!(
            policy.matches("'sha256-").count(),
            2,
            "the loader and the module, not the JSON: {policy}"
        );
        assert!(is_data_block("<script type=application/json id=words"));
        assert!(!is_data_block("<script type=\"text/javascript\""));
        assert!(!is_data_block("<script"));
    }

    #[test]
    fn a_page_that_cannot_be_sealed_fails_the_build() {
        assert_eq!(seal(&seal(PAGE).unwrap()), Err(SealError::AlreadySealed));
        assert_eq!(seal("<meta charset=\"utf-8\" /><script>x"), Err(SealError::Unclosed));
        assert_eq!(seal("<meta charset=\"utf-8\" />"), Err(SealError::NoInlineScript));
        assert_eq!(seal("<script>x</script>"), Err(SealError::NoAnchor));
        let minified = seal("<head><meta charset=utf-8><script>x</script>").unwrap();
        assert!(
            minified.starts_with("<head><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\"")
        );
    }
}
