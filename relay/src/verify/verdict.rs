//! The comparison itself, with no IO: a copy of the page (its HTML's
//! declarations and the bytes of every file it loads) against the release's
//! page, as a list of findings and the exit code they call for.

use super::html::Declared;
use super::policy::{self, Policy};
use base64::Engine;
use sha2::{Digest, Sha256, Sha384, Sha512};
use token_core::display::this_copy::commit_in;

/// A page: what its HTML declares, and each file it loads.
#[derive(Debug, Clone)]
pub struct Page {
    /// What the HTML declares.
    pub declared: Declared,
    /// The files, in the order the HTML names them.
    pub files: Vec<File>,
    /// The headers the page's HTML was served with that a browser acts on
    /// ([`super::fetch::ACTED_ON_HEADERS`]), name and value; the release's has none.
    pub served_headers: Vec<(String, String)>,
    /// Each `Content-Type` the page's HTML was served with (none for the
    /// release's, read from a folder).
    pub served_as: Vec<String>,
}

/// One file of a page.
#[derive(Debug, Clone)]
pub struct File {
    /// Its name, the last segment of its address (`tesla-token-page-1a2b_bg.wasm`).
    pub name: String,
    /// The `integrity` value the HTML declares for it.
    pub integrity: Option<String>,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// One way the copy is not the release's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A file's bytes do not match the integrity value the HTML declares.
    Integrity {
        /// The file's name.
        file: String,
        /// The value in the HTML.
        declared: String,
        /// The `sha384-…` of the bytes served.
        computed: String,
    },
    /// A file the HTML loads with no integrity value.
    NoIntegrity {
        /// The file's name.
        file: String,
    },
    /// The HTML carries no Content-Security-Policy, or more than one.
    PolicyCount(usize),
    /// A script or file comes before the policy, which then does not govern it.
    CodeBeforePolicy,
    /// The policy lets the page connect to a source that is neither the page
    /// itself, nor Tesla, nor a relay the release's policy admits.
    ExtraConnection {
        /// The CSP source (`https://evil.example`, `*`, `https:`).
        source: String,
    },
    /// A directive other than `connect-src` is not the release's (hashes of
    /// inline code aside); `None` where a policy lacks it.
    PolicyDirective {
        /// The directive's name.
        directive: String,
        /// Its sources in the copy.
        copy: Option<String>,
        /// Its sources in the release's page.
        reference: Option<String>,
    },
    /// The copy's wasm says it was built from another commit.
    OtherCommit {
        /// The copy's commit (`None`: its wasm carries no commit).
        copy: Option<String>,
        /// The release page's commit.
        reference: Option<String>,
    },
    /// A file's bytes differ from the release's file of the same name (or kind).
    FileDiffers {
        /// The copy's file.
        file: String,
        /// The release's file it was compared with.
        reference: String,
        /// The copy's size in bytes.
        size: usize,
        /// The release's size in bytes.
        reference_size: usize,
        /// The offset of the first byte that differs.
        first_difference: usize,
    },
    /// The release's page loads this file and the copy loads nothing like it.
    FileMissing {
        /// The release's file.
        reference: String,
    },
    /// The copy loads a file the release's page has nothing like.
    FileExtra {
        /// The copy's file.
        file: String,
    },
    /// The copy's inline scripts are not the release's (its address aside).
    InlineScripts,
    /// The copy's HTML was served with a header a browser acts on beyond the
    /// body (`Refresh`, `Link`: [`super::fetch::ACTED_ON_HEADERS`]).
    ServedHeader {
        /// The header's name.
        name: String,
        /// Its value.
        value: String,
    },
    /// The copy's HTML was not served as UTF-8 HTML (`Content-Type` missing,
    /// repeated, another type, or another charset): a browser would decode its
    /// bytes otherwise than verify, into other markup (ISO-2022-JP escapes
    /// hidden in attribute values make tags of the text around them).
    ServedAs {
        /// The `Content-Type` values, joined by ", "; empty if none.
        content_type: String,
    },
    /// The rest of the copy's HTML is not the release's (address, integrity
    /// values and policy text aside).
    Html {
        /// The character where the copy's first differs.
        at: usize,
        /// The copy's text from a little before there.
        excerpt: String,
    },
}

/// What `token-relay verify` ends with; the exit codes are in `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Identical to the release's page.
    Identical = 0,
    /// The code differs from the release's.
    Differs = 1,
    /// A file does not match its integrity value.
    Integrity = 3,
    /// The security policy admits more than the release's.
    Policy = 4,
    /// Built from another commit.
    OtherCommit = 5,
}

impl Finding {
    fn outcome(&self) -> Outcome {
        match self {
            Self::Integrity { .. } | Self::NoIntegrity { .. } => Outcome::Integrity,
            Self::PolicyCount(_)
            | Self::CodeBeforePolicy
            | Self::ExtraConnection { .. }
            | Self::PolicyDirective { .. } => Outcome::Policy,
            Self::OtherCommit { .. } => Outcome::OtherCommit,
            Self::FileDiffers { .. }
            | Self::FileMissing { .. }
            | Self::FileExtra { .. }
            | Self::InlineScripts
            | Self::ServedHeader { .. }
            | Self::ServedAs { .. }
            | Self::Html { .. } => Outcome::Differs,
        }
    }
}

/// The result of one comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Every difference found, integrity first.
    pub findings: Vec<Finding>,
    /// The relay origins the copy's policy admits (CSP sources).
    pub relays: Vec<String>,
    /// The commit the copy's wasm was built from, if it says.
    pub commit: Option<String>,
    /// The commit the release page's wasm was built from, if it says.
    pub reference_commit: Option<String>,
}

impl Verdict {
    /// The outcome the most serious finding calls for: a broken integrity
    /// value, then the policy, then another commit, then any difference.
    pub fn outcome(&self) -> Outcome {
        let order = [Outcome::Integrity, Outcome::Policy, Outcome::OtherCommit, Outcome::Differs];
        order
            .into_iter()
            .find(|outcome| self.findings.iter().any(|finding| finding.outcome() == *outcome))
            .unwrap_or(Outcome::Identical)
    }
}

/// Compares `copy` with `reference`, the release's page.
pub fn compare(copy: &Page, reference: &Page) -> Verdict {
    let mut findings = Vec::new();
    for file in &copy.files {
        match file.integrity.as_deref() {
            None => findings.push(Finding::NoIntegrity { file: file.name.clone() }),
            Some(declared) if !integrity_matches(declared, &file.bytes) => {
                findings.push(Finding::Integrity {
                    file: file.name.clone(),
                    declared: declared.to_owned(),
                    computed: sri_sha384(&file.bytes),
                })
            }
            Some(_) => {}
        }
    }
    let policies = &copy.declared.policies;
    let mut relays = Vec::new();
    if policies.len() == 1 {
        let reference_policy = reference.declared.policies.first().map(String::as_str).unwrap_or_default();
        let (admitted, found) =
            policy::compare(&Policy::parse(&policies[0]), &Policy::parse(reference_policy));
        relays = admitted;
        findings.extend(found);
    } else {
        findings.push(Finding::PolicyCount(policies.len()));
    }
    if copy.declared.code_before_policy {
        findings.push(Finding::CodeBeforePolicy);
    }
    let commit = wasm_commit(copy);
    let reference_commit = wasm_commit(reference);
    if commit != reference_commit {
        findings.push(Finding::OtherCommit { copy: commit.clone(), reference: reference_commit.clone() });
    }
    findings.extend(compare_files(copy, reference));
    if copy.declared.inline_scripts != scripts_built_for(reference, copy.declared.folder()) {
        findings.push(Finding::InlineScripts);
    }
    if !served_as_utf8_html(&copy.served_as) {
        findings.push(Finding::ServedAs { content_type: copy.served_as.join(", ") });
    }
    findings.extend(
        copy.served_headers
            .iter()
            .filter(|(name, value)| {
                !(name.eq_ignore_ascii_case("Link") && only_preloads(value, &copy.declared))
            })
            .map(|(name, value)| Finding::ServedHeader { name: name.clone(), value: value.clone() }),
    );
    let (ours, theirs) = (&copy.declared.skeleton, &reference.declared.skeleton);
    if let Some(at) = first_difference(ours.as_bytes(), theirs.as_bytes()) {
        let start = ours.char_indices().map(|(i, _)| i).take_while(|&i| i + 20 <= at).last().unwrap_or(0);
        findings.push(Finding::Html { at, excerpt: ours[start..].chars().take(80).collect() });
    }
    Verdict { findings, relays, commit, reference_commit }
}

/// Whether `content_type` is one `text/html` with no charset (the page's own
/// `<meta charset=utf-8>` then decides) or a UTF-8 one, by any label the
/// Encoding Standard gives UTF-8.
fn served_as_utf8_html(content_type: &[String]) -> bool {
    const UTF8_LABELS: [&str; 6] =
        ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"];
    let [value] = content_type else { return false };
    let mut parts = value.split(';');
    let is_html = parts.next().is_some_and(|kind| kind.trim().eq_ignore_ascii_case("text/html"));
    let charsets: Vec<String> = parts
        .filter_map(|param| param.split_once('='))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, label)| label.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    is_html
        && match charsets.as_slice() {
            [] => true,
            [label] => UTF8_LABELS.contains(&label.as_str()),
            _ => false,
        }
}

/// Whether a `Link` header's `value` only preloads files the page's HTML
/// loads itself, as Cloudflare Pages copies its `<link rel=preload>` and
/// `rel=modulepreload` into one (Early Hints): the browser then fetches
/// nothing the page would not. Each link must name one of those addresses
/// exactly, with only `preload` or `modulepreload` as its `rel`.
fn only_preloads(value: &str, declared: &Declared) -> bool {
    value.split(',').all(|link| {
        let Some((address, params)) = link.trim().strip_prefix('<').and_then(|rest| rest.split_once('>'))
        else {
            return false;
        };
        let rel = params.split(';').find_map(|param| {
            let (name, rel) = param.split_once('=')?;
            name.trim().eq_ignore_ascii_case("rel").then(|| rel.trim().trim_matches('"'))
        });
        let preloads = rel.is_some_and(|rel| {
            let mut kinds = rel.split_ascii_whitespace().peekable();
            kinds.peek().is_some()
                && kinds.all(|kind| {
                    kind.eq_ignore_ascii_case("preload") || kind.eq_ignore_ascii_case("modulepreload")
                })
        });
        preloads && declared.files.iter().any(|file| file.href.trim() == address)
    })
}

/// Pairs each file with the release's of the same name, else the release's
/// only file of the same kind (extension), and compares their bytes.
fn compare_files(copy: &Page, reference: &Page) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut matched = vec![false; reference.files.len()];
    for file in &copy.files {
        let by_name = reference.files.iter().position(|theirs| theirs.name == file.name);
        let same_kind: Vec<usize> = (0..reference.files.len())
            .filter(|&i| extension(&reference.files[i].name) == extension(&file.name))
            .collect();
        let by_kind = (same_kind.len() == 1).then(|| same_kind[0]);
        let Some(index) = by_name.or(by_kind) else {
            findings.push(Finding::FileExtra { file: file.name.clone() });
            continue;
        };
        matched[index] = true;
        let theirs = &reference.files[index];
        if let Some(first_difference) = first_difference(&file.bytes, &theirs.bytes) {
            findings.push(Finding::FileDiffers {
                file: file.name.clone(),
                reference: theirs.name.clone(),
                size: file.bytes.len(),
                reference_size: theirs.bytes.len(),
                first_difference,
            });
        }
    }
    for (theirs, _) in reference.files.iter().zip(matched).filter(|(_, matched)| !matched) {
        findings.push(Finding::FileMissing { reference: theirs.name.clone() });
    }
    findings
}

fn extension(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, extension)| extension)
}

fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    match a.iter().zip(b).position(|(x, y)| x != y) {
        Some(at) => Some(at),
        None => (a.len() != b.len()).then(|| a.len().min(b.len())),
    }
}

fn wasm_commit(page: &Page) -> Option<String> {
    let wasm = page.files.iter().find(|file| extension(&file.name) == "wasm")?;
    commit_in(&wasm.bytes).map(str::to_owned)
}

/// `reference`'s inline scripts as a build for `folder` writes them (the
/// address a copy was built for, `""` or `/repo`): its own folder where an
/// address starts (`'/repo/`) replaced by `folder`. Only the release's text
/// is rewritten, so a copy's scripts are compared as the browser runs them
/// (a copy that wrote a placeholder itself once matched).
fn scripts_built_for(reference: &Page, folder: Option<&str>) -> Vec<String> {
    let scripts = reference.declared.inline_scripts.iter();
    match (reference.declared.folder(), folder) {
        (Some(theirs), Some(ours)) => {
            scripts.map(|s| s.replace(&format!("'{theirs}/"), &format!("'{ours}/"))).collect()
        }
        _ => scripts.cloned().collect(),
    }
}

/// `sha384-…` of `bytes`, as an integrity attribute writes it.
pub fn sri_sha384(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// Whether `bytes` match an integrity attribute as a browser checks it
/// (Subresource Integrity §3.3.5): among its `sha256`/`sha384`/`sha512`
/// values, those of the strongest algorithm present, any one matching.
/// A value with no known algorithm matches nothing here: a browser would
/// load the file unchecked, and the release always declares one.
pub fn integrity_matches(declared: &str, bytes: &[u8]) -> bool {
    let values: Vec<(&str, &str)> = declared
        .split_ascii_whitespace()
        .filter_map(|token| token.split('?').next()?.split_once('-'))
        .filter(|(algorithm, _)| ["sha256", "sha384", "sha512"].contains(algorithm))
        .collect();
    let Some(strongest) =
        ["sha512", "sha384", "sha256"].into_iter().find(|a| values.iter().any(|(v, _)| v == a))
    else {
        return false;
    };
    let digest = match strongest {
        "sha512" => Sha512::digest(bytes).to_vec(),
        "sha384" => Sha384::digest(bytes).to_vec(),
        _ => Sha256::digest(bytes).to_vec(),
    };
    let computed = base64::engine::general_purpose::STANDARD.encode(digest);
    values.iter().any(|(algorithm, value)| *algorithm == strongest && *value == computed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_uses_the_strongest_algorithm_given() {
        let sha384 = sri_sha384(b"abc");
        assert!(integrity_matches(&sha384, b"abc"));
        assert!(integrity_matches(&format!("sha256-wrong {sha384}?ct=x"), b"abc"));
        assert!(!integrity_matches(&sha384, b"abd"));
        assert!(!integrity_matches(&format!("{sha384} sha512-wrong"), b"abc"));
        assert!(!integrity_matches("md5-x", b"abc"));
        assert!(!integrity_matches("", b"abc"));
    }

    #[test]
    fn a_link_header_may_only_preload_the_pages_own_files() {
        let html = r#"<link rel=modulepreload href="/r/a.js"><link rel=preload as=fetch href="/r/a_bg.wasm"><script type=module src="/r/a.js"></script>"#;
        let declared = super::super::html::read(html).unwrap();
        // What Cloudflare Pages sends for this HTML.
        assert!(only_preloads(
            "</r/a.js>; rel=modulepreload, </r/a_bg.wasm>; rel=preload; as=fetch",
            &declared
        ));
        assert!(only_preloads(r#"</r/a.js>; rel="modulepreload""#, &declared));
        for hostile in [
            "</x.css>; rel=stylesheet",
            "</r/a.js>; rel=stylesheet",
            "</r/a.js>; rel=\"preload stylesheet\"",
            "</r/a.js>; rel=preload, </x.css>; rel=preload",
            "<https://elsewhere.example/r/a.js>; rel=preload",
            "</r/a.js>",
            "/r/a.js; rel=preload",
            "</r/a.js>; rel=",
        ] {
            assert!(!only_preloads(hostile, &declared), "{hostile}");
        }
    }

    #[test]
    fn only_html_in_utf8_is_read_as_verify_reads_it() {
        let served =
            |values: &[&str]| served_as_utf8_html(&values.iter().map(|v| v.to_string()).collect::<Vec<_>>());
        for fine in [&["text/html"][..], &["text/html; charset=utf-8"], &["Text/HTML;Charset=\"UTF8\""]] {
            assert!(served(fine), "{fine:?}");
        }
        for other in [
            &[][..],
            &["text/html; charset=ISO-2022-JP"],
            &["text/html; charset=windows-1252"],
            &["text/html; charset=utf-8; charset=iso-2022-jp"],
            &["text/html", "text/html; charset=iso-2022-jp"],
            &["text/plain; charset=utf-8"],
            &["application/xhtml+xml"],
            &[""],
        ] {
            assert!(!served(other), "{other:?}");
        }
    }

    #[test]
    fn the_first_differing_byte_is_found() {
        assert_eq!(first_difference(b"abc", b"abc"), None);
        assert_eq!(first_difference(b"abc", b"abd"), Some(2));
        assert_eq!(first_difference(b"ab", b"abc"), Some(2));
    }
}
