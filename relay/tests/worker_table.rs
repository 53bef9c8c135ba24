//! The Worker (relay/worker/relay.js) carries its own copy of Tesla's
//! table, since it runs JavaScript; this keeps that copy equal to the one
//! in token-core, and keeps the Worker and the conformance suite from
//! naming a Tesla host the table does not have.

use token_core::tesla;

const WORKER: &str = include_str!("../worker/relay.js");

/// The double-quoted strings between `const {name} = [` and its `];`.
fn worker_array(name: &str) -> Vec<String> {
    let start = WORKER.find(&format!("const {name} = [")).unwrap_or_else(|| panic!("no {name} in relay.js"));
    let body = &WORKER[start..];
    let body = &body[body.find('[').unwrap() + 1..body.find("];").unwrap()];
    body.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

#[test]
fn the_workers_origins_are_teslas_origins() {
    let core: Vec<&str> = tesla::origins().collect();
    assert_eq!(worker_array("TESLA_ORIGINS"), core);
}

#[test]
fn the_workers_calls_and_commands_are_the_pages_calls() {
    let core: Vec<String> =
        tesla::CALLS.iter().flat_map(|c| [c.method.to_owned(), c.path.to_owned()]).collect();
    assert_eq!(worker_array("CALLS"), core);
    assert_eq!(worker_array("COMMANDS"), tesla::COMMANDS);
}

#[test]
fn the_workers_id_pattern_allows_as_many_digits_as_the_core() {
    let pattern = format!("/^[0-9]{{1,{}}}$/", tesla::MAX_ID_LEN);
    assert_eq!(WORKER.matches(&pattern).count(), 1, "relay.js should test ids with {pattern}");
}

/// Every host of Tesla's domains named in a URL in `text`, whatever the
/// scheme, user or port around it.
fn tesla_hosts_in(text: &str) -> Vec<&str> {
    let domains = ["tesla.com", "tesla.cn", "teslamotors.com"];
    text.split("://")
        .skip(1)
        .filter_map(|rest| {
            let authority = &rest[..rest.find(['/', '"', '`', ' ', '?']).unwrap_or(rest.len())];
            let host = authority.rsplit('@').next()?.split(':').next()?;
            domains.iter().any(|d| host == *d || host.ends_with(&format!(".{d}"))).then_some(host)
        })
        .collect()
}

#[test]
fn the_worker_and_the_conformance_suite_name_no_tesla_host_outside_the_table() {
    let core: Vec<&str> = tesla::origins().map(|origin| origin.trim_start_matches("https://")).collect();
    let suite = include_str!("../conformance/relay.test.mjs");
    for (file, text) in [("relay.js", WORKER), ("relay.test.mjs", suite)] {
        for host in tesla_hosts_in(text) {
            assert!(core.contains(&host), "{file} names {host}, not in token_core::tesla");
        }
    }
    assert_eq!(tesla_hosts_in(WORKER), core, "relay.js names each host once, in TESLA_ORIGINS");
    assert!(!tesla_hosts_in(suite).is_empty(), "the suite asks for Tesla's hosts");
}
