//! The copy's Content-Security-Policy against the release's: where it lets
//! the page connect, and whether its other directives are the release's.

use super::verdict::Finding;
use token_core::tesla;

/// A policy as directives: a lowercase name and its source tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy(Vec<(String, Vec<String>)>);

impl Policy {
    /// Parses a policy (`name token…; name token…`); empty directives are skipped.
    pub fn parse(text: &str) -> Self {
        let directives = text.split(';').filter_map(|directive| {
            let mut words = directive.split_ascii_whitespace();
            let name = words.next()?.to_ascii_lowercase();
            Some((name, words.map(str::to_owned).collect()))
        });
        Self(directives.collect())
    }

    /// The tokens of the first directive called `name` (the browser ignores later ones).
    pub fn directive(&self, name: &str) -> Option<&[String]> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, tokens)| tokens.as_slice())
    }

    /// Where the page may connect: `connect-src`, else `default-src`, else anywhere (`*`).
    pub fn connect_sources(&self) -> Vec<String> {
        self.directive("connect-src")
            .or_else(|| self.directive("default-src"))
            .map_or_else(|| vec!["*".to_owned()], <[String]>::to_vec)
    }

    /// Directive names, each once, in order.
    fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for (name, _) in &self.0 {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
        names
    }
}

/// The hashes of inline scripts and styles differ with the address the page
/// is built for (the loader names it), so they are left out of comparisons;
/// the inline scripts themselves are compared instead.
fn without_hashes(tokens: &[String]) -> Vec<&str> {
    tokens.iter().map(String::as_str).filter(|token| !is_hash(token)).collect()
}

/// Whether `token` is a hash source as CSP writes one: `'sha256-<base64>'`
/// (or 384, 512), quoted. Unquoted, `sha256-x.example` is a host.
fn is_hash(token: &str) -> bool {
    let Some(inner) = token.strip_prefix('\'').and_then(|rest| rest.strip_suffix('\'')) else {
        return false;
    };
    let Some((algorithm, value)) = inner.split_once('-') else { return false };
    ["sha256", "sha384", "sha512"].iter().any(|known| known.eq_ignore_ascii_case(algorithm))
        && !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/-_=".contains(&b))
}

/// Whether `source` is one of Tesla's origins (token_core::tesla::BASES).
fn is_tesla(source: &str) -> bool {
    tesla::origins().any(|origin| origin.eq_ignore_ascii_case(source.trim_end_matches('/')))
}

/// The relay origins `copy` admits (its connect sources that are neither the
/// page itself nor Tesla), and a finding for each source or directive the
/// release's policy does not have.
pub fn compare(copy: &Policy, reference: &Policy) -> (Vec<String>, Vec<Finding>) {
    let allowed = reference.connect_sources();
    let mut relays = Vec::new();
    let mut findings = Vec::new();
    for source in copy.connect_sources() {
        if source.eq_ignore_ascii_case("'self'") || is_tesla(&source) {
            continue;
        }
        if !allowed.contains(&source) {
            findings.push(Finding::ExtraConnection { source: source.clone() });
        }
        relays.push(source);
    }
    let mut names = copy.names();
    names.extend(reference.names().into_iter().filter(|name| !copy.names().contains(name)));
    for name in names.into_iter().filter(|name| *name != "connect-src") {
        let (ours, theirs) = (copy.directive(name).unwrap_or_default(), reference.directive(name));
        let theirs = theirs.unwrap_or_default();
        let only_one_has_it = copy.directive(name).is_none() || reference.directive(name).is_none();
        if without_hashes(ours) != without_hashes(theirs) || only_one_has_it {
            findings.push(Finding::PolicyDirective {
                directive: name.to_owned(),
                copy: copy.directive(name).map(|tokens| tokens.join(" ")),
                reference: reference.directive(name).map(|tokens| tokens.join(" ")),
            });
        }
    }
    (relays, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELEASE: &str = "default-src 'none'; script-src 'self' 'sha256-A=' 'wasm-unsafe-eval'; \
        connect-src 'self' http://127.0.0.1:* https://auth.tesla.com; base-uri 'none'";

    #[test]
    fn the_same_policy_with_other_hashes_admits_the_releases_relays_only() {
        let copy = RELEASE.replace("sha256-A=", "sha256-B=");
        let (relays, findings) = compare(&Policy::parse(&copy), &Policy::parse(RELEASE));
        assert_eq!(relays, ["http://127.0.0.1:*"]);
        assert_eq!(findings, []);
    }

    #[test]
    fn another_connect_source_or_a_looser_directive_is_found() {
        let copy = RELEASE
            .replace("connect-src 'self'", "connect-src 'self' https://evil.example")
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
        let (relays, findings) = compare(&Policy::parse(&copy), &Policy::parse(RELEASE));
        assert_eq!(relays, ["https://evil.example", "http://127.0.0.1:*"]);
        assert_eq!(
            findings,
            [
                Finding::ExtraConnection { source: "https://evil.example".into() },
                Finding::PolicyDirective {
                    directive: "script-src".into(),
                    copy: Some("'self' 'unsafe-inline' 'sha256-A=' 'wasm-unsafe-eval'".into()),
                    reference: Some("'self' 'sha256-A=' 'wasm-unsafe-eval'".into()),
                },
            ]
        );
    }

    #[test]
    fn only_quoted_hashes_are_passed_over_and_a_directive_of_hashes_is_still_one() {
        // Found in review: an unquoted `sha256-x.evil.example` is a host, and
        // a directive the release lacks, made only of such tokens, passed.
        for copy in [
            RELEASE.replace("'sha256-A='", "'sha256-A=' sha256-x.evil.example"),
            format!("{RELEASE}; img-src sha256-x.evil.example"),
            format!("{RELEASE}; frame-src 'sha256-B='"),
        ] {
            let (_, findings) = compare(&Policy::parse(&copy), &Policy::parse(RELEASE));
            assert!(findings.iter().any(|f| matches!(f, Finding::PolicyDirective { .. })), "{copy}");
        }
        assert!(is_hash("'sha384-AbC+/9=='") && is_hash("'SHA512-a_b-c'"));
        for not_a_hash in ["sha256-A=", "'sha256-'", "'sha1-A='", "'sha256-a.b'", "'nonce-A='"] {
            assert!(!is_hash(not_a_hash), "{not_a_hash}");
        }
    }

    #[test]
    fn without_connect_src_the_default_or_anything_applies() {
        let (relays, findings) = compare(&Policy::parse("base-uri 'none'"), &Policy::parse(RELEASE));
        assert_eq!(relays, ["*"]);
        assert!(findings.contains(&Finding::ExtraConnection { source: "*".into() }));
        assert!(findings.iter().any(|f| matches!(f, Finding::PolicyDirective { directive, copy: None, .. } if directive == "default-src")));
    }
}
