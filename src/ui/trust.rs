use leptos::prelude::*;

/// Why the page can be trusted, and how to check it.
#[component]
pub fn Trust() -> impl IntoView {
    view! {
        <section id="trust" aria-labelledby="trust-title">
            <h2 id="trust-title">"Why this is safe"</h2>
            <ul>
                <li>"You type your password and MFA code only on Tesla's own page, in its own tab."</li>
                <li>"The login's secret (PKCE verifier) is made in this tab from the browser's "
                    "secure random numbers, and it and the tokens live only in this tab's memory: "
                    "never in storage, cookies or the address bar. Only the relay address is saved. "
                    "\"Forget everything\" wipes them at once, and they are forgotten by themselves "
                    "after the idle time you choose."</li>
                <li>"The page sends requests only to Tesla's token endpoint, only when you press a "
                    "button, and only through the relay shown above (or straight to Tesla, if you "
                    "turn direct mode on). It loads nothing from other sites."</li>
                <li>"A pasted URL must carry this login's state, and only Tesla's own servers "
                    "may receive the code: anything else is refused before it is sent."</li>
                <li>"Check it yourself: open the developer tools' Network tab on this page and "
                    "watch every request; the source is public and small."</li>
            </ul>
        </section>
    }
}
