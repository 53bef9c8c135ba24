//! The check of the build settings, run by the page's build script: it
//! refuses a setting that would ship a broken or unsafe page, naming the
//! variable.

use super::relay::{RelayTemplate, is_loopback};
use super::syntax::{CspSource, is_client_id};
use super::{DEFAULT_RELAY, RELAY_SOURCES};
use crate::tesla;
use url::Url;

/// The Tesla-base settings, by variable, with their defaults.
const TESLA_BASE_SETTINGS: [(&str, &str); 5] = [
    ("TESLA_AUTH_BASE", tesla::AUTH_ISSUER),
    ("TESLA_CN_AUTH_BASE", tesla::CN_AUTH_ISSUER),
    ("TESLA_FLEET_AUTH_BASE", tesla::FLEET_AUTH),
    ("TESLA_OWNER_API", tesla::OWNER_API),
    ("TESLA_OWNER_API_CN", tesla::OWNER_API_CN),
];

/// Every variable [`check`] reads, for the build script to watch.
pub const VARIABLES: [&str; 8] = [
    "TESLA_AUTH_BASE",
    "TESLA_CN_AUTH_BASE",
    "TESLA_FLEET_AUTH_BASE",
    "TESLA_OWNER_API",
    "TESLA_OWNER_API_CN",
    "PAGE_DEFAULT_RELAY",
    "PAGE_RELAYS",
    "TESLA_FLEET_CLIENT_ID",
];

/// A build setting that would ship a broken or unsafe page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}={value:?}: {problem}")]
pub struct SettingError {
    /// The environment variable.
    pub variable: &'static str,
    /// Its value.
    pub value: String,
    /// What is wrong, and what would be right.
    pub problem: String,
}

/// Checks the settings as `read` gives them (the build script passes the
/// environment); every problem is returned, each naming its variable.
pub fn check(read: impl Fn(&str) -> Option<String>) -> Vec<SettingError> {
    let mut problems = Vec::new();
    let mut fail = |variable: &'static str, value: &str, problem: String| {
        problems.push(SettingError { variable, value: value.to_owned(), problem })
    };
    for (variable, default) in TESLA_BASE_SETTINGS {
        let value = read(variable).unwrap_or_else(|| default.to_owned());
        if let Err(problem) = check_tesla_base(&value) {
            fail(variable, &value, problem);
        }
    }
    let relays = read("PAGE_RELAYS").unwrap_or_else(|| RELAY_SOURCES.to_owned());
    for source in relays.split_whitespace() {
        if CspSource::parse(source).is_none() {
            fail("PAGE_RELAYS", &relays, format!("{source} is not a CSP source like https://relay.example"));
        }
    }
    let default_relay = read("PAGE_DEFAULT_RELAY").unwrap_or_else(|| DEFAULT_RELAY.to_owned());
    // The policy admits the default relay's origin by itself (transport::policy::relay_sources).
    if let Err(error) = RelayTemplate::parse(&default_relay) {
        fail("PAGE_DEFAULT_RELAY", &default_relay, error.to_string());
    }
    if let Some(client_id) = read("TESLA_FLEET_CLIENT_ID")
        && !is_client_id(&client_id)
    {
        fail("TESLA_FLEET_CLIENT_ID", &client_id, "a client id has only letters, digits, - and _".into());
    }
    problems
}

/// A Tesla base must be https, with no query or fragment; plain http only
/// on this computer (the test double), which no token can leave.
fn check_tesla_base(value: &str) -> Result<(), String> {
    let url = Url::parse(value).map_err(|_| format!("not a URL like {}", tesla::AUTH_ISSUER))?;
    let loopback = url.host().is_some_and(|host| is_loopback(&host));
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => {
            return Err(
                "a Tesla base must start with https:// (http:// only for a test double on this computer)"
                    .into(),
            );
        }
    }
    if url.query().is_some() || url.fragment().is_some() || value.ends_with('/') {
        return Err("a base has no query, fragment or trailing slash".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn check_with(pairs: &[(&str, &str)]) -> Vec<SettingError> {
        let env: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        check(|name| env.get(name).cloned())
    }

    fn variables(problems: &[SettingError]) -> Vec<&str> {
        problems.iter().map(|p| p.variable).collect()
    }

    #[test]
    fn the_defaults_and_the_test_build_pass() {
        assert_eq!(check_with(&[]), []);
        let test_build = check_with(&[
            ("TESLA_AUTH_BASE", "http://127.0.0.2:38443/oauth2/v3"),
            ("TESLA_OWNER_API_CN", "http://127.0.0.2:38443/cn"),
            ("PAGE_DEFAULT_RELAY", "https://relay.example/?url={url}"),
            ("PAGE_RELAYS", "https://relay.example http://127.0.0.1:*"),
        ]);
        assert_eq!(test_build, []);
    }

    #[test]
    fn a_default_relay_that_cannot_work_fails_the_build_by_name() {
        // Pins a bug: this built fine and hit `unreachable!` when the page loaded.
        let problems = check_with(&[("PAGE_DEFAULT_RELAY", "http://relay.example/")]);
        assert_eq!(variables(&problems), ["PAGE_DEFAULT_RELAY"]);
        assert!(problems[0].to_string().starts_with("PAGE_DEFAULT_RELAY=\"http://relay.example/\": "));
        assert_eq!(variables(&check_with(&[("PAGE_DEFAULT_RELAY", "")])), ["PAGE_DEFAULT_RELAY"]);
    }

    #[test]
    fn tesla_bases_must_be_https_off_this_computer() {
        let problems = check_with(&[
            ("TESLA_AUTH_BASE", "http://auth.example/oauth2/v3"),
            ("TESLA_OWNER_API", "not a url"),
            ("TESLA_CN_AUTH_BASE", "https://auth.tesla.cn/oauth2/v3/"),
        ]);
        assert_eq!(variables(&problems), ["TESLA_AUTH_BASE", "TESLA_CN_AUTH_BASE", "TESLA_OWNER_API"]);
    }

    #[test]
    fn relay_sources_and_client_ids_are_checked() {
        let problems =
            check_with(&[("PAGE_RELAYS", "http://127.0.0.1:* nonsense"), ("TESLA_FLEET_CLIENT_ID", "a b")]);
        assert_eq!(variables(&problems), ["PAGE_RELAYS", "TESLA_FLEET_CLIENT_ID"]);
    }
}
