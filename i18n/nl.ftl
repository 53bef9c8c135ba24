# nl: NOT YET TRANSLATED (a copy of English).
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

# Placeholders that hold code stay as they are: hosts, addresses, commands,
# Tesla's error codes and HTTP statuses ({ $status }, e.g. 403), JSON field
# names. "step 1", "step 2", "Settings", "More tools", "Your own app" and the
# quoted button and field names are the page's own labels: use this
# language's. Browser menus, panels and prompts are named as the browser shows
# them in this language.

# Between two sentences (or runs of sentences) said one after the other:
# a space in English.
sentence-then-sentence = { $first } { $second }

# owner_api.rs

api-expired = The access token has expired or was revoked (HTTP { $status }). Refresh it, then try again.
# { $answer } is Tesla's answer, in English (forbidden, see fleet-api); { $command } is token-relay.
api-forbidden-see-fleet = Tesla refused this token for the owner API ({ $status } "{ $answer }"). Since June 2026 Tesla refuses tokens minted over some connections. If this token came through a hosted relay or a Worker, log in again through a relay on your own computer ({ $command }); if it already did, use the Fleet API with your own app (under More tools).
api-asleep = The car is asleep or out of reach (HTTP { $status }). Wake it up first, then try again.
# { $endpoint } is /api/1/products.
api-fleet-only = This endpoint only answers on the Fleet API now (HTTP { $status }). The page uses { $endpoint } instead; for the rest, register your own app (see "Your own app").
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server; { $call } is partner_accounts.
api-other-region-app-unregistered = Tesla's Fleet API for { $called } ({ $called_host }) answered that your app is not registered in this region (HTTP { $status }), though your account is in it. Register the app there (Tesla's { $call } call), then try again.
# { $called } and { $account } are Fleet API regions' names (fleet-region-*), { $called_host } and { $account_host } their servers.
api-other-region-account-in = Tesla's Fleet API for { $called } ({ $called_host }) answered that the account is registered in another region (HTTP { $status }): it is in { $account } ({ $account_host }). Log in again under "Your own app" with that region, so that the tokens are for its Fleet API.
# The same, when the page does not know which region it called.
api-other-region-account-in-unknown-call = Tesla's API answered that the account is registered in another region (HTTP { $status }): it is in { $account } ({ $account_host }). Log in again under "Your own app" with that region, so that the tokens are for its Fleet API.
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server.
api-other-region-account-unknown = Tesla's Fleet API for { $called } ({ $called_host }) answered that the account is registered in another region (HTTP { $status }), and Tesla did not say which. Log in again under "Your own app" with another region.
# The same, when the page does not know which region it called.
api-other-region-account-unknown-unknown-call = Tesla's API answered that the account is registered in another region (HTTP { $status }), and Tesla did not say which. Log in again under "Your own app" with another region.
api-rate-limited-seconds = Tesla limits how often you may call it (HTTP { $status }). Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
# { $date } is the time Tesla gave, as Tesla wrote it.
api-rate-limited-date = Tesla limits how often you may call it (HTTP { $status }). Try again after { $date }.
api-rate-limited = Tesla limits how often you may call it (HTTP { $status }). Try again in a minute.
api-needs-signed-command = This car accepts this command only signed with Tesla's vehicle-command protocol: it needs a virtual key paired with the car, which only a registered Fleet API app can have. The owner API cannot send it.
# { $reason } is the car's reason, in English.
api-command-refused = The car refused the command: { $reason }.
api-command-refused-no-reason = The car refused the command and gave no reason.
# { $reason } is Tesla's reason, in English.
api-other = Tesla answered HTTP { $status }: { $reason }.
api-other-no-reason = Tesla answered HTTP { $status } and gave no reason.
api-not-json = The answer was not the JSON Tesla sends (HTTP { $status }). Check the relay setting.
# { $reason } is the relay's explanation, in English.
api-relay-refused = The relay refused or failed: { $reason }.
api-relay-unreachable = Could not reach the relay at { $host }. Is the relay running, and does it allow this page's origin?
api-direct-unreachable = Could not reach Tesla directly.
api-timed-out = No answer in time. The relay or Tesla is slow or down; try again in a moment.
api-bad-id = Tesla's answer named a car id this page cannot use.
api-no-api-base = These tokens name no Tesla API this page knows, so it cannot use them.
# { $seconds } s: a number of seconds.
api-wake-timed-out = The car did not come online within { $seconds } s. It may be out of reach; try again later.
api-cancelled = Waking was cancelled.
# { $why } is why the refresh failed: one of the exchange-* messages.
api-refresh-failed = The access token was refused and refreshing it failed: { $why }
api-no-tokens = No tokens on the page: log in or paste a refresh token first.
# "Check my token" is the button's label.
api-no-car = Choose a car first: list your products with "Check my token".
# Said after api-forbidden-see-fleet; { $host } is the relay's.
minted-relay = These tokens were minted through the relay at { $host }.
minted-direct = These tokens were minted directly to Tesla, with no relay.

# The timeline of a task on the car, one line each.
task-token-works = The token works: { $products ->
        [one] { $products } product
       *[other] { $products } products
    }.
task-car-online = The car is online.
task-done-flash-lights = Done: the lights flashed.
task-done-honk-horn = Done: the horn honked.
task-refreshing-after-401 = The access token was refused ({ $status }): refreshing it once…
# Followed by refresh-kept or refresh-replaced.
task-refreshed = Refreshed.
task-waking-up = Woken up; waiting for the car to come online…
# A check on a waking car: its number · seconds since it was woken · the car's state (car-state-*).
task-poll = Attempt { $attempt } · { $seconds } s · { $state }
task-one-step-refreshing = Step 1: the access token has expired; refreshing it…
task-one-step-token-valid = Step 1: the access token looks valid.
task-one-step-reading-state = Step 2: reading the car's state…
task-one-step-car-online = Step 2: the car is online.
task-one-step-waking-online = Step 2: the car is online; waking it…
task-one-step-waking-asleep = Step 2: the car is asleep; waking it…
task-one-step-waking-offline = Step 2: the car is offline; waking it…
task-one-step-waking-unknown = Step 2: the car is unknown; waking it…
task-one-step-flash-lights = Step 3: flash lights…
task-one-step-honk = Step 3: honk…
task-asking-region = Asking Tesla which region the account is registered in…

# What a refresh did to the refresh token.
refresh-kept = A new access token is shown. Tesla sent no new refresh token: the one you used is still valid and still the one to use.
refresh-replaced = New tokens are shown. The refresh token you used is now spent: replace it with the new one everywhere you use it.

# Buttons.
car-command-flash-lights = Flash lights
car-command-honk = Honk
# A car's connection state, shown beside it.
car-state-online = online
car-state-asleep = asleep
car-state-offline = offline
car-state-unknown = unknown
# A product Tesla gave no name.
product-car = Car
product-energy-site = Energy site
# The rows of the car's data: a label, then its value.
data-battery = Battery
data-battery-value = { $percent } %
data-range = Range
# { $miles } in miles, { $km } in kilometres.
data-range-value = { $miles } mi ({ $km } km)
data-locked = Locked
data-climate-on = Climate on
data-inside = Inside
# { $celsius } is the temperature, e.g. 21.5.
data-inside-value = { $celsius } °C
data-location = Location
data-location-hidden = hidden
data-yes = yes
data-no = no

# display.rs

# A duration, put in { $duration } of the expiry messages below: "expires
# in …", "expired … ago".
duration-days = { $days ->
        [one] about { $days } day
       *[other] about { $days } days
    }
duration-hours-minutes = { $hours } h { $minutes } min
duration-minutes = { $minutes } min
duration-under-a-minute = less than a minute
# { $duration } is one of the duration-* messages.
inspected-expires-in = This token expires in { $duration }.
inspected-expires-soon = This token expires in { $duration }: refresh it soon.
inspected-expired = This token expired { $duration } ago.
# { $duration } is one of the duration-* messages, { $time } the local time.
access-token-expires-in = The access token expires in { $duration } (at { $time }).
access-token-expires-soon = The access token expires in { $duration } (at { $time }): refresh it soon.
access-token-expired = The access token expired { $duration } ago (at { $time }).

# What a token is.
token-kind-retired-v2 = A pre-2021 owner-API token, retired by Tesla in March 2022: it no longer works.
# { $region } is a region code (NA, EU, CN).
token-kind-fleet-refresh = An opaque Fleet API refresh token for region { $region }: it carries no readable claims.
token-kind-access = An access token (JWT).
token-kind-refresh = A refresh token (JWT).
# { $field } is id_token.
token-kind-id = An { $field } (JWT): it says who logged in.
token-kind-unknown = A JWT of unknown purpose.
inspect-empty = Paste a token to inspect it.
inspect-too-long = That is far too long to be a Tesla token.
# { $prefix } is eyJ.
inspect-not-a-token = This does not look like a Tesla token: v3 tokens start with { $prefix } and have three parts separated by dots.
inspect-bad-payload-encoding = This looks like a JWT, but its payload encoding cannot be decoded. Copy it again, completely.
inspect-bad-claims = This looks like a JWT, but its claims cannot be decoded. Copy it again, completely.

# The rows of the claims table; { $claim } is the claim's name in the token (ou_code, azp).
claim-issuer = Issuer
claim-audience = Audience
claim-scopes = Scopes
claim-region = Region ({ $claim })
claim-subject = Subject
claim-client = Client ({ $claim })
claim-email = Email
claim-issued = Issued
claim-expires = Expires

# Buttons; { $file } is a file name (tokens.json), { $format } an export's name (TeslaPy cache.json).
export-download = Download { $file }
export-copy = Copy { $format }
# { $field } is id_token, { $file } tokens.json.
export-no-email = TeslaPy keys its cache by the account email, which comes from the { $field }; these tokens came without one. Use { $file } instead.
qr-too-long = This token is too long for a QR code; copy it instead.

# Where to type the command that starts a relay (shown under it).
# { $site } is rustup.rs.
terminal-source-folder = In a terminal, in the folder of this project's source (it needs Rust, from { $site }):
terminal-powershell = In PowerShell:
# { $intel } and { $arm } are the names of the downloads (macos-x86_64, macos-arm64).
terminal-mac = In Terminal (an Intel Mac: { $intel } instead of { $arm }):
terminal-shell = In a terminal:
# { $address } is http://127.0.0.1:8787/
relay-serves-page = Safari never lets a page on the web reach a relay on this computer. Start the relay with the page (the command below), then open { $address } and log in there: one address, nothing to allow.
# { $listens } is 127.0.0.1:8787, { $host } the relay this page tries, { $flag } --page, { $address } http://127.0.0.1:8787/
relay-help-note = It listens on { $listens }; this page is trying { $host } (change it under Settings). Started with { $flag }, the relay also serves this page at { $address }, which works in every browser.

# The choices of the idle time, after which the page forgets the tokens.
idle-after = { $minutes ->
        [one] after { $minutes } minute without activity
       *[other] after { $minutes } minutes without activity
    }
idle-never = never (keep them until I close the page)
# { $minutes } min: a number of minutes.
idle-left = Forgotten in { $minutes } min unless you use the page.

# (end of the core messages)




### View labels: what the components in src/ui/ show

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
