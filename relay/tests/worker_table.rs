//! The Worker (relay/worker/relay.js) carries its own copy of Tesla's
//! table, since it runs JavaScript; this keeps that copy equal to the one
//! in token-core.

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
