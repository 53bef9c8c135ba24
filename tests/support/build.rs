//! One release build of the page for every browser test, pointed at the
//! Tesla test double through the build-time settings.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Where the test double listens: its own loopback host, so its cookies are
/// not the page's (cookies ignore ports), and a fixed port, because the
/// trusted issuer is baked into the build (no runtime input may change it).
pub const DOUBLE_ADDR: &str = "127.0.0.2:38443";

/// Where the page is served: below a sub-path, as GitHub Pages serves a
/// project's page (`https://<user>.github.io/<repo>/`). Each language's
/// page is in its folder below it (`/tesla-token-page/de/`, `l10n::Language::folder`).
pub const SUB_PATH: &str = "/tesla-token-page/";

/// The global issuer of the test build: the double.
pub fn double_issuer() -> String {
    format!("http://{DOUBLE_ADDR}/oauth2/v3")
}

/// The Fleet auth base of the test build: the double's Fleet side.
pub fn double_fleet_auth() -> String {
    format!("http://{DOUBLE_ADDR}/fleet/oauth2/v3")
}

/// The China issuer of the test build: the double's China side.
pub fn double_cn_issuer() -> String {
    format!("http://{DOUBLE_ADDR}/cn/oauth2/v3")
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `target/debug` (or the profile dir these tests were built in).
pub fn binaries_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its own path");
    exe.parent().and_then(Path::parent).expect("tests live in target/<profile>/deps").to_owned()
}

fn run(command: &mut Command, what: &str) {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start ({e}); run scripts/setup.sh --test"));
    assert!(
        output.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Builds (once per test binary) the page, the relay and the double; returns
/// the page's `dist` directory. The page is built as for GitHub Pages.
pub fn page_dist() -> &'static Path {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        run(
            Command::new(cargo).current_dir(repo()).args([
                "build",
                "--quiet",
                "-p",
                "token-relay",
                "-p",
                "tesla-double",
            ]),
            "building the relay and the double",
        );
        let dist = repo().join("target/e2e-dist");
        // One build for every test binary and every engine: skipped while
        // the build is newer than all of the page's sources and was made
        // from the same commit (the page shows its commit).
        let stamp = dist.join(".built-from");
        let commit = git_head();
        let fresh = std::fs::read_to_string(&stamp).is_ok_and(|built| built == commit)
            && modified(&stamp) > PAGE_SOURCES.iter().map(|path| newest(&repo().join(path))).max().unwrap();
        if !fresh {
            run(
                Command::new(repo().join("scripts/trunk.sh"))
                    .args(["build", "--release", "--offline", "--public-url", SUB_PATH, "--dist"])
                    .arg(&dist)
                    .env("TESLA_AUTH_BASE", double_issuer())
                    .env("TESLA_CN_AUTH_BASE", double_cn_issuer())
                    .env("TESLA_FLEET_AUTH_BASE", double_fleet_auth())
                    .env("TESLA_OWNER_API", format!("http://{DOUBLE_ADDR}"))
                    .env("TESLA_OWNER_API_CN", format!("http://{DOUBLE_ADDR}/cn")),
                "trunk build of the page",
            );
            std::fs::write(&stamp, commit).unwrap();
        }
        dist
    })
}

/// Everything the page's build reads, besides the registry.
const PAGE_SOURCES: [&str; 15] = [
    "src",
    "token-core/src",
    "token-core/Cargo.toml",
    "page-seal/src",
    "page-seal/Cargo.toml",
    // The languages and their catalogs: each language's page is made from them.
    "l10n/src",
    "l10n/Cargo.toml",
    "i18n",
    "style",
    "index.html",
    "build.rs",
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    "scripts/trunk.sh",
];

fn git_head() -> String {
    let output = Command::new("git").current_dir(repo()).args(["rev-parse", "HEAD"]).output();
    output.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default()
}

fn modified(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path).and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH)
}

/// The newest modification time of `path` or anything below it.
fn newest(path: &Path) -> std::time::SystemTime {
    let children = std::fs::read_dir(path).into_iter().flatten().flatten();
    children.map(|entry| newest(&entry.path())).fold(modified(path), std::cmp::max)
}
