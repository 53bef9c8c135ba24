//! The verdict in words an owner understands (terminal output, English).

use super::verdict::{Finding, Outcome, Page, Verdict};
use url::Url;

/// What the copy was compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Against {
    /// The page beside this binary, of this release (`0.1.0`).
    Release {
        /// This binary's version.
        version: &'static str,
    },
    /// A folder given with `--page`.
    Folder(String),
}

/// The whole report: what was checked (`compared_with`, the release's HTML
/// file: `index.html`, `de/index.html`), each finding, and the verdict last.
pub fn render(
    page_url: &Url,
    copy: &Page,
    verdict: &Verdict,
    against: &Against,
    compared_with: &str,
) -> String {
    let names: Vec<&str> = copy.files.iter().map(|file| file.name.as_str()).collect();
    let mut lines = vec![format!(
        "Checked {page_url} and the {} files it loads: {}, against the release's {compared_with}.",
        names.len(),
        names.join(", ")
    )];
    let relays = if verdict.relays.is_empty() { "none".to_owned() } else { verdict.relays.join(" ") };
    lines
        .push(format!("Relays its security policy lets it connect to (besides itself and Tesla): {relays}."));
    for finding in &verdict.findings {
        lines.push(format!("  - {}", sentence(finding)));
    }
    let commit = |commit: &Option<String>| commit.clone().unwrap_or_else(|| "unknown".into());
    let release = match against {
        Against::Release { version } => format!("the page of release v{version}"),
        Against::Folder(dir) => format!("the page in {dir}"),
    };
    lines.push(match verdict.outcome() {
        Outcome::Identical => format!(
            "IDENTICAL to {release}, built from commit {}: the same wasm and JavaScript, byte for byte, \
             each matching the integrity value its HTML declares.",
            commit(&verdict.reference_commit)
        ),
        Outcome::Integrity => {
            "NOT VERIFIED: a file does not match the integrity value its page declares (see above).".into()
        }
        Outcome::Policy => {
            format!("NOT VERIFIED: its security policy admits more than {release}'s (see above).")
        }
        Outcome::OtherCommit => format!(
            "NOT {release}: built from commit {}, not {}.",
            commit(&verdict.commit),
            commit(&verdict.reference_commit)
        ),
        Outcome::Differs => format!("NOT {release}: its code differs (see above)."),
    });
    lines.join("\n")
}

fn sentence(finding: &Finding) -> String {
    let or_none = |value: &Option<String>| value.clone().unwrap_or_else(|| "absent".into());
    match finding {
        Finding::Integrity { file, declared, computed } => format!(
            "{file} does not match the integrity value the HTML declares ({declared}): its bytes hash to \
             {computed}. A browser refuses to run it."
        ),
        Finding::NoIntegrity { file } => format!("{file} is loaded with no integrity value."),
        Finding::PolicyCount(0) => "The HTML has no security policy (Content-Security-Policy).".into(),
        Finding::PolicyCount(n) => format!("The HTML has {n} security policies; the release's has one."),
        Finding::CodeBeforePolicy => {
            "A script or file comes before the security policy, which then does not govern it.".into()
        }
        Finding::ExtraConnection { source } => format!(
            "Its security policy lets it connect to {source}: neither the page itself, nor Tesla, nor a \
             relay the release's policy admits."
        ),
        Finding::PolicyDirective { directive, copy, reference } => format!(
            "Its security policy's {directive} is {}; the release's is {}.",
            or_none(copy),
            or_none(reference)
        ),
        Finding::OtherCommit { copy, reference } => format!(
            "Its wasm says it was built from commit {}; the release's from commit {}.",
            copy.as_deref().unwrap_or("(none given)"),
            reference.as_deref().unwrap_or("(none given)")
        ),
        Finding::FileDiffers { file, reference, size, reference_size, first_difference } => format!(
            "{file} differs from the release's {reference}: {size} bytes against {reference_size}, \
             the first difference at byte {first_difference}."
        ),
        Finding::FileMissing { reference } => {
            format!("The release's page loads {reference}; this copy loads nothing like it.")
        }
        Finding::FileExtra { file } => format!("This copy loads {file}, which the release's page does not."),
        Finding::Html { at, excerpt } => {
            format!("Its HTML differs from the release's from byte {at} of its text: {excerpt:?}.")
        }
        Finding::ServedHeader { name, value } => {
            let effect = match name.as_str() {
                "Refresh" => "a browser leaves the page for the address it names",
                "Link" => "a browser may load what it names (a stylesheet, say) with the page",
                _ => "a browser acts on it beyond the page's HTML",
            };
            format!(
                "The page is served with a {name} header ({:?}): {effect}; the release's page is served \
                 with none.",
                token_core::text::echo(value)
            )
        }
        Finding::ServedAs { content_type } if content_type.is_empty() => {
            "The page is served with no Content-Type: a browser guesses how to read its bytes, and may \
             read other markup than the release's."
                .into()
        }
        Finding::ServedAs { content_type } => format!(
            "The page is served as {:?}, not as UTF-8 HTML: a browser reads its bytes another way, which \
             can make other markup of them than the release's.",
            token_core::text::echo(content_type)
        ),
        Finding::InlineScripts => {
            "Its inline scripts differ from the release's (beyond the address it is built for).".into()
        }
    }
}
