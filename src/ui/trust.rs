use super::split::sentence;
use crate::browser;
use crate::catalog::this_copy::wasm_check;
use crate::catalog::words::*;
use crate::catalog::{self, say};
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::display::this_copy::{VERSION, WasmCheck, commit, sri, verify_command};
use token_core::transport::policy::relay_sources;

/// The relays this copy may reach, its version, commit and wasm SHA-384,
/// and the `token-relay verify` command with this page's own address, to
/// check it against a release. The rest of "Why you can trust this page"
/// is plain HTML in `index.html`.
#[component]
pub fn ThisCopy() -> impl IntoView {
    let digest = RwSignal::new(None::<(String, WasmCheck)>);
    spawn_local(async move {
        if let Some((bytes, declared)) = browser::own_wasm_digest().await {
            let computed = sri("sha384", &bytes);
            let check = WasmCheck::compare(&computed, declared.as_deref());
            digest.set(Some((computed, check)));
        }
    });
    let command = browser::page_url().map_or_else(
        || format!("token-relay verify {}", say(THIS_COPY_THIS_ADDRESS)),
        |url| verify_command(&url),
    );
    // The folder the page was built for: this page's path without its language's folder.
    let base = catalog::shared_page_url().map_or_else(|| "/".into(), |url| url.path().to_owned());
    let relays = sentence(
        THIS_COPY_RELAYS,
        vec![("relays", view! { <code id="policy-relays">{relay_sources().join(" ")}</code> }.into_any())],
    );
    let build = sentence(
        BUILD_YOURSELF,
        vec![
            (
                "build",
                view! { <code>"scripts/trunk.sh build --release --offline --public-url "{base}</code> }
                    .into_any(),
            ),
            ("file", view! { <code>"dist/*.wasm"</code> }.into_any()),
        ],
    );
    view! {
        <p>{relays}</p>
        <h3 id="this-copy">{say(THIS_COPY_TITLE)}</h3>
        <dl id="this-copy-facts">
            <dt>{say(THIS_COPY_VERSION)}</dt><dd id="page-version">{VERSION}</dd>
            <dt>{say(THIS_COPY_COMMIT)}</dt><dd id="page-commit"><code>{commit()}</code></dd>
            <dt>{say(THIS_COPY_WASM)}</dt>
            <dd>
                <code id="wasm-sha384">{move || digest.with(|d| d.as_ref().map_or_else(|| say(THIS_COPY_COMPUTING), |d| d.0.clone()))}</code>
                " "<span id="wasm-check">{move || digest.with(|d| d.as_ref().map(|d| wasm_check(&d.1)))}</span>
            </dd>
        </dl>
        <p>{say(VERIFY_LEAD)}</p>
        <pre><code id="verify-command">{command}</code></pre>
        <p>{say(VERIFY_AFTER)}</p>
        <p>{build}</p>
    }
}
