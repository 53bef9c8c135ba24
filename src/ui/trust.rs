use crate::browser;
use crate::catalog::this_copy as words;
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
    let command = browser::page_url()
        .map_or_else(|| "token-relay verify <this page's address>".to_owned(), |url| verify_command(&url));
    view! {
        <p>"The relays this copy may reach: " <code id="policy-relays">{relay_sources().join(" ")}</code>"."</p>
        <h3 id="this-copy">"This copy"</h3>
        <dl id="this-copy-facts">
            <dt>"Version"</dt><dd id="page-version">{VERSION}</dd>
            <dt>"Commit"</dt><dd id="page-commit"><code>{commit()}</code></dd>
            <dt>"SHA-384 of its code (wasm), computed in this tab from the bytes it runs"</dt>
            <dd>
                <code id="wasm-sha384">{move || digest.with(|d| d.as_ref().map_or("computing…".to_owned(), |d| d.0.clone()))}</code>
                " "<span id="wasm-check">{move || digest.with(|d| d.as_ref().map(|d| words::wasm_check(&d.1)))}</span>
            </dd>
        </dl>
        <p>{words::VERIFY_LEAD}</p>
        <pre><code id="verify-command">{command}</code></pre>
        <p>{words::VERIFY_AFTER}</p>
        <p>
            {words::BUILD_LEAD}" "
            <code>"scripts/trunk.sh build --release --offline --public-url "{browser::page_path()}</code>
            {words::BUILD_COMPARE}<code>"dist/*.wasm"</code>{words::BUILD_END}
        </p>
    }
}
