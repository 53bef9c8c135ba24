//! `token-relay verify` against the page's real build (Trunk, wasm-opt,
//! page-seal, as the release workflow builds it: default settings, for `/`),
//! served by `token-relay --page`, and laid out as a release archive lays it
//! out: the binary with `page/` beside it. Needs the tools of
//! `scripts/setup.sh` (trunk, wasm-bindgen, wasm-opt).

use base64::Engine;
use sha2::{Digest, Sha384};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("relay/ is in the repository")
}

fn head() -> String {
    let output = Command::new("git").current_dir(repo()).args(["rev-parse", "HEAD"]).output().unwrap();
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// The page as the release workflow builds it, once per commit.
fn built_page() -> PathBuf {
    let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join("verify-release-page");
    let stamp = dist.join(".built-from");
    if std::fs::read_to_string(&stamp).ok() != Some(head()) {
        let status = Command::new(repo().join("scripts/trunk.sh"))
            .current_dir(repo())
            .args(["build", "--release", "--offline", "--public-url", "/", "--dist"])
            .arg(&dist)
            .status()
            .expect("scripts/trunk.sh runs (scripts/setup.sh installs its tools)");
        assert!(status.success(), "trunk build of the page");
        std::fs::write(&stamp, head()).unwrap();
    }
    dist
}

/// Copies `from` into a fresh `to`, with each language's folder (`de/`).
fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        } else if path.is_dir() {
            copy_dir(&path, &to.join(path.file_name().unwrap()));
        }
    }
}

/// `token-relay --page dir` on a free loopback port: its origin and process.
fn serve(dir: &Path) -> (String, std::process::Child) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_token-relay"))
        .args(["--listen", "127.0.0.1:0", "--page"])
        .arg(dir)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let origin =
        first.strip_prefix("token-relay listening on ").unwrap().split(' ').next().unwrap().to_owned();
    std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
    (origin, child)
}

fn run(binary: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::new(binary).args(args).output().unwrap();
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn the_real_page_from_a_release_archive_is_identical_and_one_wasm_byte_is_not() {
    let dist = built_page();
    // A release archive: token-relay, and page/ beside it.
    let archive =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("verify-archive-{}", std::process::id()));
    copy_dir(&dist, &archive.join("page"));
    let binary = archive.join("token-relay");
    std::fs::copy(env!("CARGO_BIN_EXE_token-relay"), &binary).unwrap();

    let (origin, mut served) = serve(&archive.join("page"));
    let (code, out) = run(&binary, &["verify", &format!("{origin}/")]);
    let identical = format!(
        "IDENTICAL to the page of release v{}, built from commit {}",
        env!("CARGO_PKG_VERSION"),
        head()
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&identical), "{out}");
    assert!(out.contains("http://127.0.0.1:* http://localhost:*"), "{out}");
    // Each language's page, served by the relay in its folder, is that
    // language's page of the release, loading the same two files.
    for language in l10n::LANGUAGES {
        let (code, out) = run(&binary, &["verify", &format!("{origin}/{}", language.folder)]);
        assert_eq!(code, 0, "{}: {out}", language.tag);
        assert!(out.contains(&identical), "{out}");
        assert!(out.contains(" 2 files it loads"), "{out}");
        assert!(out.contains(&format!("against the release's {}index.html.", language.folder)), "{out}");
    }
    let _ = served.kill();

    // The same page with one byte of its wasm changed, its integrity value updated.
    let changed = archive.join("changed");
    copy_dir(&dist, &changed);
    let wasm = std::fs::read_dir(&changed)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|e| e == "wasm"))
        .expect("the build has one wasm file");
    let mut bytes = std::fs::read(&wasm).unwrap();
    let sri = |bytes: &[u8]| {
        format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
    };
    let old = sri(&bytes);
    // Early in the code, far from the data where the commit mark is.
    let at = 100;
    bytes[at] ^= 0x20;
    std::fs::write(&wasm, &bytes).unwrap();
    let html = std::fs::read_to_string(changed.join("index.html")).unwrap();
    assert!(html.contains(&old), "the HTML declares the wasm's integrity value");
    std::fs::write(changed.join("index.html"), html.replace(&old, &sri(&bytes))).unwrap();

    let (origin, mut served) = serve(&changed);
    let (code, out) = run(&binary, &["verify", &format!("{origin}/")]);
    let _ = served.kill();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("the first difference at byte {at}.")), "{out}");
    let _ = std::fs::remove_dir_all(&archive);
}
