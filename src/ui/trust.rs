use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::display::this_copy::{VERSION, WasmCheck, sri};
use token_core::settings::COMMIT;
use token_core::transport::policy::relay_sources;

/// The relays this copy may reach, and its version, commit and wasm
/// SHA-384, to compare with a build of your own. The rest of "Why you can
/// trust this page" is plain HTML in `index.html`.
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
    view! {
        <p>"The relays this copy may reach: " <code id="policy-relays">{relay_sources().join(" ")}</code>"."</p>
        <h3 id="this-copy">"This copy"</h3>
        <dl id="this-copy-facts">
            <dt>"Version"</dt><dd id="page-version">{VERSION}</dd>
            <dt>"Commit"</dt><dd id="page-commit"><code>{COMMIT}</code></dd>
            <dt>"SHA-384 of its code (wasm), computed in this tab from the bytes it runs"</dt>
            <dd>
                <code id="wasm-sha384">{move || digest.with(|d| d.as_ref().map_or("computing…".to_owned(), |d| d.0.clone()))}</code>
                " "<span id="wasm-check">{move || digest.with(|d| d.as_ref().map(|d| d.1.message()))}</span>
            </dd>
        </dl>
        <p>
            "To check it: build this commit yourself with "
            <code>"scripts/trunk.sh build --release --offline --public-url "{browser::page_path()}</code>
            " and compare the SHA-384 of " <code>"dist/*.wasm"</code> " with the one above."
        </p>
    }
}
