//! The relay as released carries its dependency list (`cargo auditable`),
//! so a scanner (`cargo audit bin`, Trivy, Syft) can name its crates years
//! later. This reads the list back from the binary in TOKEN_RELAY_BIN, the
//! way those scanners do. Not part of a plain `cargo test` (`test = false`
//! in Cargo.toml): scripts/test.sh runs it on the binary
//! scripts/static-relay.sh built.

use auditable_info::{Limits, audit_info_from_file};
use std::path::PathBuf;

/// The versions Cargo.lock holds for the crate `name`.
fn locked_versions(name: &str) -> Vec<String> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock")).unwrap();
    let entry = format!("name = \"{name}\"\nversion = \"");
    lock.split("[[package]]\n")
        .filter_map(|package| package.strip_prefix(&entry))
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_binary_lists_the_relay_and_its_locked_dependencies() {
    let binary = std::env::var_os("TOKEN_RELAY_BIN")
        .map(PathBuf::from)
        .expect("TOKEN_RELAY_BIN names a relay built with `cargo auditable` (scripts/static-relay.sh)");
    // A relative path is taken from the workspace root, where scripts run;
    // cargo runs this test in relay/.
    let binary = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(binary);
    let info = audit_info_from_file(&binary, Limits::default())
        .unwrap_or_else(|error| panic!("{}: no dependency list: {error}", binary.display()));
    let find = |name: &str| info.packages.iter().find(|package| package.name == name);

    let relay = find("token-relay").expect("the relay itself is listed");
    assert!(relay.root, "token-relay is the root of the list");
    assert_eq!(relay.version.to_string(), env!("CARGO_PKG_VERSION"));
    for name in ["hyper", "rustls", "axum", "token-core"] {
        let package = find(name).unwrap_or_else(|| panic!("{name} is not listed"));
        assert!(
            locked_versions(name).contains(&package.version.to_string()),
            "{name} {} is not the version in Cargo.lock",
            package.version
        );
    }
    // Only what is built into the binary: no test-only crate.
    assert!(find("auditable-info").is_none(), "a dev-dependency is listed");
    println!("{}: {} packages listed", binary.display(), info.packages.len());
}
