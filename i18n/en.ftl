# English: the reference catalog. Every other catalog has exactly these keys.
# Last checked: 2026-11-30, by the project's maintainers (native speakers welcome).
#
# Terms stay as owners write them: "access token", "refresh token", tesla://,
# PKCE, OAuth, CORS, API names and commands.

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Languages
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = This page is also in English: <a>read it in English</a>.

## The static page, readable before the code runs

page-title = Your own Tesla API tokens
lead = Log in on Tesla's own page and get your access and refresh tokens. Your password never
    reaches this page, and the tokens stay in this tab's memory.
jump-links = <a href="#trust">Why you can trust this page</a> · <a href="#this-copy">This copy</a>
phone-banner = On a phone? Step 2 needs a computer's developer tools. On a phone, use your own app (under
    "More tools").
step-1-title = 1. Log in on Tesla's page
step-1-intro = The button opens Tesla's login in a new tab. Before you log in there, open that tab's
    developer tools: step 2 says where to look.
open-tesla-login = Open Tesla login
starting = Starting the page…
step-2-title = 2. Paste the tesla:// URL
step-2-intro = After the login, Tesla's tab stops at "Loading…": your browser cannot open the
    <code>tesla://auth/callback?…</code> address Tesla sends it to. Copy that address from
    the developer tools and paste it here.
where-is-the-url = Where is this URL?

# Browser help. Name each panel, menu, button and setting exactly as the
# browser shows it in this language (see the comment on each in other catalogs
# for where the names come from). The console line stays as the browser prints it.
help-chrome-open = In Tesla's tab, before you log in, press <kbd>F12</kbd> (<kbd>⌥⌘J</kbd> on a Mac)
    and choose <b>Console</b>.
help-chrome-log-in = Log in. A red line appears:
    <code>Failed to launch 'tesla://auth/callback?locale=en-US&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-chrome-copy = Triple-click that line to select it, copy it (<kbd>Ctrl+C</kbd>, <kbd>⌘C</kbd>)
    and paste it below: the whole line is fine.
help-chrome-no-line = No line? Open <b>Network</b>, tick <b>Preserve log</b> and log in again;
    click the last <code>authorize</code> row and copy its <code>location:</code> response
    header.
help-edge-open = In Tesla's tab, before you log in, press <kbd>F12</kbd> (if Edge asks, choose
    <b>Open DevTools</b>) and choose <b>Console</b>.
help-edge-log-in = Log in. A red line appears:
    <code>Failed to launch 'tesla://auth/callback?locale=en-US&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-edge-copy = Triple-click that line to select it, copy it (<kbd>Ctrl+C</kbd>) and paste it
    below: the whole line is fine.
help-firefox-open = In Tesla's tab, before you log in, press <kbd>F12</kbd> (<kbd>⌥⌘I</kbd> on a Mac),
    choose <b>Network</b>, open its ⚙ menu and tick <b>Persist Logs</b>.
help-firefox-log-in = Log in. The tab stays on "Loading…".
help-firefox-copy = In the list, click the row <code>complete?transaction_id=…</code> (the last row is
    often <code>favicon.ico</code>: not that one). Under <b>Headers</b>, <b>Response
    Headers</b>, right-click <code>location: tesla://auth/callback?…</code>, choose
    <b>Copy</b> (or <b>Copy All</b>) and paste it below.
help-firefox-not-console = The Console's "Prevented navigation to …complete?transaction_id=…" line
    does not work: it shows the address before Tesla's redirect, without the code.
help-safari-log-in = Log in in Tesla's tab. Safari then shows <code>tesla://auth/callback?…</code> in
    the address bar, over a page saying it cannot open it.
help-safari-copy = Click the address bar, select all (<kbd>⌘A</kbd>), copy (<kbd>⌘C</kbd>) and
    paste it below.
help-safari-empty-address = Address bar empty? Turn on Settings → Advanced → "Show features for web
    developers", open Tesla's tab again, press <kbd>⌥⌘I</kbd>, choose <b>Network</b>, log
    in, and copy the <code>location:</code> header of the last <code>authorize</code>
    request.

more-tools-title = More tools: refresh, inspect, your own app
settings-title = Settings: relay, direct mode, idle time
trust-title = Why you can trust this page
trust-what-runs-where = What runs where
trust-password = You type your password and MFA code only on Tesla's own page, in its own tab. This
    page never sees them.
trust-memory = The login's secret (PKCE verifier) is made in this tab from the browser's secure
    random numbers. It and the tokens live only in this tab's memory: never in storage,
    cookies or the address bar. Only the relay address is saved. "Forget everything" wipes
    them at once, and they are forgotten by themselves after the idle time you choose.
trust-state = A pasted URL must carry this login's state, and only Tesla's own servers may receive
    the code: anything else is refused before it is sent.
trust-what-the-relay-sees = What the relay sees
trust-relay-sees = Tesla's token endpoint does not let web pages call it, so the exchange goes through a
    relay that adds the missing permission. The relay sees the one-time code, the verifier
    and the tokens Tesla returns; it never sees your password.
trust-own-relay = Run the relay on your own computer and nobody else sees anything. Ours forwards only
    to Tesla, only for this page, and logs only the method, host and status of each
    request.
trust-check-yourself = Check it yourself
trust-requests = The page sends requests only when you press a button, and only to the relay under
    Settings (or straight to Tesla in direct mode). Open the developer tools' Network tab
    and watch.
trust-policy = Your browser enforces that: this page's security policy (the first
    <code>&lt;meta&gt;</code> tag of its source) lets it connect only to itself, Tesla and
    the relays it names.
noscript = This page needs JavaScript and WebAssembly to do anything: everything happens in your browser.

## The words the code shows

### Core messages: what src/catalog/oauth.rs, owner_api.rs, display.rs and page.rs say

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

# The page's title again (as page-title), on the tab Tesla sent back.
callback-tab-title = Your own Tesla API tokens
callback-tab-done = Login finished: the result went to the tab where you started it. You can close this tab.
callback-tab-unusable = This address holds a login result this page cannot use. Close this tab and start again.
callback-tab-start-tab-gone = If the tab where you started is gone, the login's secret went with it: start again there.

## The page inside another page (src/ui/mod.rs)

framed-refusal = This page refuses to run inside another page, which could trick you into clicks. Open it directly in its own tab.

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = Token requests go straight to Tesla (direct mode).
# The same button as open-tesla-login, once the page runs.
login-open-tesla = Open Tesla login
# The same button while a login waits for its paste.
login-start-new = Start a new login
# { $link } is a link whose text is login-no-tab-link.
login-no-tab = No new tab? Your browser may have blocked it: { $link }.
login-no-tab-link = open Tesla's login page
login-start-again = Start again (forget this login)
login-options-title = Another account, or another language
login-switch-account = Use a different Tesla account (Tesla shows its login form even if it remembers you)
login-email = Account email (optional: lets Tesla pick your region)
# { $locale } is Tesla's code for this page's language (en-US, de-DE…): Tesla's login page
# is in that language unless the owner types another code in the box.
login-locale = Language of Tesla's page (optional; empty means { $locale }, this page's language)

## Step 2: the paste (src/ui/paste_step.rs)

# { $callback } is tesla://auth/callback?…, { $header } is location: (both shown as code).
paste-label = The { $callback } URL, console line or { $header } header
paste-exchange = Get my tokens
paste-start-first = Start with step 1: a paste only works for the login this page started.

## Starting a relay when none answers (src/ui/relay_help.rs)

# { $terminal } says where to type the command (such as "In PowerShell:"); the command follows.
relay-help-start = Start a relay on this computer. { $terminal }

## Step 3: the tokens (src/ui/tokens_step.rs, src/ui/token_field.rs)

tokens-step-title = 3. Your tokens
tokens-step-access = Access token
tokens-step-copy-access = Copy access token
tokens-step-refresh = Refresh token
tokens-step-copy-refresh = Copy refresh token
tokens-step-refresh-lasts = The refresh token lasts about three months and works once: each refresh gives a new one.
tokens-step-refresh-now = Refresh now (new access and refresh token)
tokens-step-export = Export: .env, JSON, TeslaPy and others, QR code
tokens-step-use = Use your token: check it, wake a car, send a command
# The QR code's name, for screen readers.
tokens-step-qr-label = QR code of the refresh token
tokens-step-qr-show = Show the refresh token as a QR code (for a phone app)
tokens-step-qr-hide = Hide the QR code
# After a copy button, when the copy worked or the browser refused it.
token-field-copied = Copied.
token-field-refused = The browser refused; select the text and copy it.

## Using the token (src/ui/cars_step.rs)

cars-intro = Everything here goes through the relay with your access token. An expired token is refreshed once by itself; the new refresh token is then shown above.
cars-check-token = Check my token
cars-show-vins = Show full VINs
cars-wake = Wake up
cars-read-data = Read its data
# After a product's name and " · ": what kind of product it is.
cars-energy-site = energy site
cars-one-step-title = One step
cars-one-step-note = Refreshes if needed, wakes the car if needed, then sends the command.
cars-one-step-car = Car
cars-one-step-command = Command
cars-one-step-do = Do it
cars-data-title = Vehicle data
cars-show-location = Show the location
cars-curl-title = The last call as curl
# { $variable } is $TESLA_ACCESS_TOKEN, the variable the command reads the token from.
cars-curl-include-token = Include my access token (otherwise { $variable })
cars-copy-curl = Copy as curl
# Stops the task running (waking a car, sending a command).
cars-cancel = Cancel

## More tools: refresh with a pasted token (src/ui/refresh_step.rs)

refresh-step-title = Already have a refresh token?
refresh-step-intro = Paste it to get a new access token without logging in. The refresh token is spent by this: use the new one from then on.
refresh-step-token = Refresh token
refresh-step-region = Region (only needed if the token does not name its issuer)
refresh-step-region-from-token = From the token
refresh-step-client-id = App client id (Fleet API refresh tokens, NA_…, only)
# The button: new tokens from the pasted refresh token.
refresh-step-button = Refresh

## More tools: inspect a token (src/ui/inspector.rs)

inspector-title = Inspect a token
inspector-note = Decoded here, in your browser, for reading only.
inspector-take-access = Inspect the access token
inspector-take-refresh = Inspect the refresh token
# id_token is the name of a field of Tesla's answer: keep it as is.
inspector-take-id = Inspect the id_token
inspector-token = Token
inspector-refresh = Refresh with this token

## More tools: your own app (src/ui/fleet_step.rs)

fleet-step-title = Your own app (Fleet API): no developer tools needed, works on a phone
# { $redirect } is this page's address, shown as code.
fleet-step-intro = For a Fleet API app you registered at developer.tesla.com. Register this page's address as its redirect URI: { $redirect }. After the login, Tesla sends the tab back here, and it hands the code to this tab (through the browser, not through any server).
fleet-step-client-id = Client id
fleet-step-region = Region of your account
fleet-step-scopes = Scopes
fleet-step-secret = Client secret (only for a third-party app; leave empty for an open-source app)
fleet-step-secret-note = A secret stays in this page's memory, but it travels to Tesla through the relay, which can see it: only use a secret with a relay you run on your own machine.
fleet-step-login = Log in with my app

## Settings: the relay and direct mode (src/ui/relay_setting.rs)

relay-setting-title = Relay
# { $relay } is token-relay, the name of the project's relay program (shown as code).
relay-setting-why = Tesla's token endpoint does not let web pages read its answers (it sends no CORS headers), so the exchange goes through a relay: a tiny forwarder that sees your code and tokens in passing. Use one you run yourself ({ $relay }: step 2 shows the command when it is needed). Generic public CORS proxies are unsafe for tokens. Tokens minted through a Cloudflare Worker relay may be refused by the owner API (Tesla checks how the token was requested, and a Worker's connection to Tesla is unverified): prefer token-relay.
# { $host } is the relay's host, shown as code.
relay-setting-active = Requests go to the relay at { $host }.
# { $reason } says what is wrong with the address.
relay-setting-link-refused = The link's relay setting was refused: { $reason }
# { $host } is the proposed relay's host, { $address } its whole address (both shown as code).
relay-setting-proposal = The link you opened asks this page to use the relay at { $host } ({ $address }). A relay sees your code and tokens as they pass: use it only if you trust whoever runs it. Nothing is sent until you choose.
# Buttons: { $host } is the proposed relay's host, or the one used now.
relay-setting-accept = Use { $host }
relay-setting-keep = Keep { $host }
# { $marker } is {url}, shown as code.
relay-setting-address = Relay address ({ $marker } marks where the Tesla URL goes; without it, the URL is appended)
relay-setting-save = Use this relay
relay-setting-local-network = If this page is hosted on the web and your relay runs on this computer, the browser may ask whether the page may reach devices on your local network: allow it for this page, or the relay cannot be reached.
direct-mode-title = Direct mode
direct-mode-note = If Tesla's token endpoint lets this page read its answers (CORS), no relay is needed. The check sends Tesla a request that holds no code or token, so it cannot spend anything.
direct-mode-probe = Check whether Tesla answers this page directly
direct-mode-use = Send token requests directly to Tesla (no relay)

## Settings: idle time (src/ui/tokens_step.rs)

idle-setting-title = Idle time
# The label of the list of idle times ("after 15 minutes without activity"…).
idle-setting-label = Forget the tokens

## Asking before something cannot be undone (src/ui/question.rs, src/ui/forget.rs)

question-yes = Yes, continue
question-no = No, keep them
forget-everything-button = Forget everything

# (end of the view labels)





### "This copy" (src/catalog/this_copy.rs, src/ui/trust.rs)

this-copy-relays = The relays this copy may reach: { $relays }.
this-copy-title = This copy
this-copy-version = Version
this-copy-commit = Commit
this-copy-wasm = SHA-384 of its code (wasm), computed in this tab from the bytes it runs
this-copy-computing = computing…
this-copy-this-address = <this page's address>
wasm-check-matches = It matches the integrity value in this page's HTML.
wasm-check-differs = It does not match the integrity value in this page's HTML ({ $declared }): do not use this copy; reload it, or build your own.
wasm-check-undeclared = This page's HTML declares no integrity value: it was not built by this project's scripts.
verify-lead = To check this copy against a release, run the relay of that release ("Running a relay" in the README says where to download it) with:
verify-after = It fetches this page and every file it loads, checks each against the integrity value in the page's HTML, compares the code byte for byte with the page that came with the relay, checks that the page's security policy lets it connect only to itself, Tesla and relays, and says "IDENTICAL" or exactly what differs.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Or build this commit yourself with { $build } and compare the SHA-384 of { $file } with the one above.
