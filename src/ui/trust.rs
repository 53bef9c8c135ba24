use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::display::this_copy::{VERSION, WasmCheck, sri};
use token_core::settings::COMMIT;
use token_core::transport::policy::relay_sources;

/// Why the page can be trusted, and how to check this copy of it.
#[component]
pub fn Trust() -> impl IntoView {
    view! {
        <section id="trust" aria-labelledby="trust-title">
            <h2 id="trust-title">"Why you can trust this page"</h2>
            <h3>"What runs where"</h3>
            <ul>
                <li>"You type your password and MFA code only on Tesla's own page, in its own tab. "
                    "This page never sees them."</li>
                <li>"The login's secret (PKCE verifier) is made in this tab from the browser's "
                    "secure random numbers, and it and the tokens live only in this tab's memory: "
                    "never in storage, cookies or the address bar. Only the relay address is saved. "
                    "\"Forget everything\" wipes them at once, and they are forgotten by themselves "
                    "after the idle time you choose."</li>
                <li>"A pasted URL must carry this login's state, and only Tesla's own servers "
                    "may receive the code: anything else is refused before it is sent."</li>
            </ul>
            <h3>"What the relay sees"</h3>
            <ul>
                <li>"Tesla's token endpoint does not let web pages call it, so the exchange goes "
                    "through a relay that adds the missing permission. The relay sees the one-time "
                    "code, the verifier and the tokens Tesla returns; it never sees your password."</li>
                <li>"Run the relay on your own computer (the README's first command) and nobody "
                    "else sees anything. Ours forwards only to Tesla, only for this page, and logs "
                    "only the method, host and status of each request."</li>
            </ul>
            <h3>"Check it yourself"</h3>
            <ul>
                <li>"The page sends requests only when you press a button, and only to the relay "
                    "shown above (or straight to Tesla in direct mode). Open the developer tools' "
                    "Network tab and watch."</li>
                <li>"Your browser enforces that: this page's security policy lets it connect only "
                    "to itself, Tesla and these relays: "<code id="policy-relays">{relay_sources().join(" ")}</code>"."</li>
            </ul>
            <ThisCopy/>
        </section>
    }
}

/// The version, commit and wasm SHA-384 of this copy, to compare with a
/// build of your own.
#[component]
fn ThisCopy() -> impl IntoView {
    let digest = RwSignal::new(None::<(String, WasmCheck)>);
    spawn_local(async move {
        if let Some((bytes, declared)) = browser::own_wasm_digest().await {
            let computed = sri("sha384", &bytes);
            let check = WasmCheck::compare(&computed, declared.as_deref());
            digest.set(Some((computed, check)));
        }
    });
    view! {
        <h3>"This copy"</h3>
        <dl id="this-copy">
            <dt>"Version"</dt><dd id="page-version">{VERSION}</dd>
            <dt>"Commit"</dt><dd id="page-commit"><code>{COMMIT}</code></dd>
            <dt>"SHA-384 of its code (wasm), computed in this tab"</dt>
            <dd>
                <code id="wasm-sha384">{move || digest.with(|d| d.as_ref().map_or("computing…".to_owned(), |d| d.0.clone()))}</code>
                " "<span id="wasm-check">{move || digest.with(|d| d.as_ref().map(|d| d.1.message()))}</span>
            </dd>
        </dl>
        <p>"Build the same commit yourself with scripts/trunk.sh and compare: the README shows how."</p>
    }
}
