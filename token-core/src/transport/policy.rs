//! The page's Content-Security-Policy, and the relays it lets the page reach.
//!
//! The policy goes into a `<meta>` tag at build time (`page-seal`), so the
//! browser itself refuses any connection to a host it does not name: a
//! tampered copy of this code still could not send a token elsewhere
//! without also changing the policy, which anyone can read in the page.

use crate::settings::relay::{PLACEHOLDER, RelaySettingError, RelayTemplate};
use crate::settings::syntax::CspSource;
use crate::settings::{DEFAULT_RELAY, RELAY_SOURCES, tesla_bases};
use url::Url;

/// Every relay source the page admits: `PAGE_RELAYS` and the default relay's origin.
pub fn relay_sources() -> Vec<String> {
    let mut sources: Vec<String> = RELAY_SOURCES.split_whitespace().map(str::to_owned).collect();
    if let Some(default) = origin_of(DEFAULT_RELAY)
        && !sources.iter().any(|source| CspSource::parse(source).is_some_and(|s| s.admits(&default)))
    {
        sources.push(default);
    }
    sources
}

/// Refuses a relay the page's policy would block, with what to do instead,
/// so the user hears why rather than a bare network failure.
pub fn admit(relay: RelayTemplate) -> Result<RelayTemplate, RelaySettingError> {
    let origin = origin_of(relay.as_str()).unwrap_or_default();
    let sources = relay_sources();
    if sources.iter().filter_map(|s| CspSource::parse(s)).any(|source| source.admits(&origin)) {
        Ok(relay)
    } else {
        Err(RelaySettingError::NotInPolicy { relay: relay.host().to_owned(), allowed: sources.join(" ") })
    }
}

/// The whole policy for a page whose inline scripts and styles have these
/// hashes (`sha256-…` each). `'self'` serves the page's own files and the wasm.
pub fn content_security_policy(script_hashes: &[String], style_hashes: &[String]) -> String {
    let quoted = |hashes: &[String]| hashes.iter().map(|hash| format!(" '{hash}'")).collect::<String>();
    let (scripts, styles) = (quoted(script_hashes), quoted(style_hashes));
    let mut connect = vec!["'self'".to_owned()];
    connect.extend(relay_sources());
    // Direct mode (when Tesla sends CORS headers) talks to Tesla itself.
    for base in tesla_bases() {
        if let Some(origin) = origin_of(base)
            && !connect.contains(&origin)
        {
            connect.push(origin);
        }
    }
    format!(
        "default-src 'none'; script-src 'self'{scripts} 'wasm-unsafe-eval'; style-src 'self'{styles}; \
         img-src data:; connect-src {}; base-uri 'none'; form-action 'none'",
        connect.join(" ")
    )
}

/// `scheme://host[:port]` of an absolute URL (the template's `{url}` aside).
fn origin_of(address: &str) -> Option<String> {
    let url = Url::parse(&address.replace(PLACEHOLDER, "x")).ok()?;
    Some(url.origin().ascii_serialization()).filter(|origin| origin != "null")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay(text: &str) -> Result<RelayTemplate, RelaySettingError> {
        admit(RelayTemplate::parse(text).unwrap())
    }

    #[test]
    fn the_default_build_admits_relays_on_this_computer_only() {
        assert!(relay("http://127.0.0.1:8787/").is_ok());
        assert!(relay("http://localhost:9000/?url={url}").is_ok());
        // The policy's http://127.0.0.1:* admits an HTTPS relay there too, as the browser does.
        assert!(relay("https://127.0.0.1:8788/").is_ok());
        let refusal = relay("https://relay.example/?url={url}").unwrap_err();
        assert!(matches!(&refusal, RelaySettingError::NotInPolicy { relay, .. } if relay == "relay.example"));
        assert!(refusal.to_string().contains("http://127.0.0.1:*"), "{refusal}");
    }

    #[test]
    fn the_policy_allows_only_the_pages_own_scripts_and_named_hosts() {
        let policy = content_security_policy(&["sha256-abc=".to_owned()], &["sha256-css=".to_owned()]);
        assert!(policy.starts_with("default-src 'none'; "));
        assert!(policy.contains("script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval';"));
        assert!(policy.contains("style-src 'self' 'sha256-css=';"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains(" 'unsafe-eval'"));
        let connect = policy.split("connect-src ").nth(1).unwrap().split(';').next().unwrap();
        assert_eq!(
            connect,
            "'self' http://127.0.0.1:* http://localhost:* https://auth.tesla.com https://auth.tesla.cn \
             https://fleet-auth.prd.vn.cloud.tesla.com https://owner-api.teslamotors.com \
             https://owner-api.vn.cloud.tesla.cn https://fleet-api.prd.na.vn.cloud.tesla.com \
             https://fleet-api.prd.eu.vn.cloud.tesla.com https://fleet-api.prd.cn.vn.cloud.tesla.cn"
        );
        assert!(policy.ends_with("base-uri 'none'; form-action 'none'"));
    }
}
