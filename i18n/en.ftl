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

# Also the heading of the tab a login of your own app comes back to.
page-title = Your own Tesla API tokens
lead = Log in on Tesla's own page and get your access and refresh tokens. Your password never
    reaches this page, and the tokens stay in this tab's memory.
jump-links = <a href="#trust">Why you can trust this page</a> · <a href="#this-copy">This copy</a>
phone-banner = On a phone? Step 2 needs a computer's developer tools. On a phone, use your own app (under
    "More tools").
step-1-title = 1. Log in on Tesla's page
step-1-intro = The button opens Tesla's login in a new tab. Before you log in there, open that tab's
    developer tools: step 2 says where to look.
# Also the button once the page runs.
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
# Edge's step too: it prints the same line.
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
help-edge-copy = Triple-click that line to select it, copy it (<kbd>Ctrl+C</kbd>) and paste it
    below: the whole line is fine.
help-firefox-open = In Tesla's tab, before you log in, press <kbd>F12</kbd> (<kbd>⌥⌘I</kbd> on a Mac),
    choose <b>Network</b>, open its ⚙ menu and tick <b>Persist Logs</b>.
help-firefox-log-in = Log in. The tab stays on "Loading…".
help-firefox-copy = In the list, click the row <code>complete?transaction_id=…</code> (the last row is
    often <code>favicon.ico</code>: not that one). Under <b>Headers</b>, <b>Response
    Headers</b>, right-click <code>location: tesla://auth/callback?…</code>, choose
    <b>Copy Value</b> (or <b>Copy All</b>) and paste it below.
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

# oauth.rs

# { $code } is Tesla's error code (invalid_grant).
exchange-code-used-or-expired = Tesla says this code was already used or has expired ({ $code }). Codes work once and only for a few minutes: start again at step 1.
# { $code } is Tesla's error code (invalid_request), { $description } Tesla's explanation, in English.
exchange-invalid-verifier = Tesla refused the PKCE verifier ({ $code }: { $description }). Start again at step 1; if it happens again, Tesla may have changed its rules, so please report it.
# { $code } is Tesla's error code (login_required).
exchange-login-required = Tesla asks for a fresh login ({ $code }). Start again at step 1.
# { $code } is Tesla's error code (e.g. invalid_grant).
exchange-refresh-token-spent = Tesla refused this refresh token ({ $code }): it was already used, or it was revoked (changing the account password revokes every token). Refresh tokens work once. Log in again at step 1.
# { $code } is Tesla's error code, { $description } Tesla's explanation, in English.
exchange-tesla-refused = Tesla refused the request: { $code } ({ $description }, HTTP { $status }). Start again at step 1; if it happens again, Tesla may have changed its flow.
# The same, when Tesla gave no explanation.
exchange-tesla-refused-no-reason = Tesla refused the request: { $code } (no reason given, HTTP { $status }). Start again at step 1; if it happens again, Tesla may have changed its flow.
# { $reason } is the relay's explanation, in English.
exchange-relay-refused = The relay refused or failed: { $reason }. Check the relay under Settings, or start a relay on this computer as step 2 shows.
# { $answer } is what Tesla's firewall answered, in English (Access Denied).
exchange-access-denied = Tesla's firewall answered "{ $answer }" (HTTP { $status }). It blocks some networks and hosted relays: try a relay on your own machine, then paste the URL again.
exchange-tesla-unavailable = Tesla's server failed (HTTP { $status }). Wait a minute and try again: the code stays valid for a few minutes.
exchange-not-json = The answer was not JSON (HTTP { $status }), so it did not come from Tesla's token endpoint. Check that the relay setting points at a token relay.
exchange-incomplete-tokens = Tesla answered without an access token and a refresh token. Start again at step 1.
# The answer came through the relay at { $host } (e.g. 127.0.0.1:8787).
exchange-implausible-token-relay = The answer that came through the relay at { $host } holds a token with characters Tesla's tokens never have, so it was refused: nothing was shown or exported. The relay may be altering answers: use a relay you run yourself, then log in again.
# The same, when the page called Tesla directly.
exchange-implausible-token-direct = The answer that came straight from Tesla holds a token with characters Tesla's tokens never have, so it was refused: nothing was shown or exported. Something may be altering answers on the way: use a relay you run yourself, then log in again.
exchange-relay-unreachable = Could not reach the relay at { $host }: it is not running, or it does not allow this page. Your code was not used: start the relay as step 2 shows, then press the button again.
exchange-direct-unreachable = Could not reach Tesla directly: it does not (or no longer) let this page read its answers. Switch direct mode off to go through the relay.
exchange-timed-out = No answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. The relay or Tesla is slow or down; try again in a moment.
# { $reason } is the relay's explanation, in English.
exchange-tesla-timed-out = Tesla did not answer in time (the relay says: { $reason }). Try again in a moment; if Tesla used the code meanwhile, the page says so, and you start again at step 1.
# Said after a refusal of Tesla's; { $reference } is Tesla's reference id.
tesla-reference = Tesla's reference for this refusal: { $reference } (Tesla support asks for it).

# { $url } is tesla://auth/callback?…
paste-empty = Nothing was pasted. Paste the { $url } URL from the login tab's developer tools.
# { $url } is tesla://auth/callback?locale=…&code=…, with this page's Tesla locale (en-US, de-DE…)
paste-too-long = That is far too long to be a callback URL. Copy only the line that starts with { $url }
# { $url } is tesla://auth/callback?…
paste-authorize-link = This is the login link, not the result. Open it, log in, then copy the { $url } URL that Tesla redirects to (see the steps above).
# { $url } is tesla://auth/callback?…; "Where is this URL?" is the title of the browser help (where-is-the-url).
paste-not-a-callback = No { $url } URL was found in what you pasted. "Where is this URL?" above shows where your browser puts it, and what to copy.
# { $address } is …/authorize/complete?transaction_id=…, { $row } complete?transaction_id=…, { $header } location: tesla://auth/callback?…
# Network, "Persist Logs" and Headers are Firefox's names (as in help-firefox-*).
paste-before-the-redirect = This is the address before Tesla's redirect ({ $address }), which Firefox's Console shows: it holds no code. In the login tab's developer tools, open Network (with "Persist Logs" on), click the blocked { $row } row, and copy the { $header } response header from its Headers. If the row is gone, log in again with Network open.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
paste-tesla-refused = Tesla refused the login: { $description } ({ $code }). Nothing was sent. Start again at step 1.
# The same, when Tesla gave no explanation.
paste-tesla-refused-no-reason = Tesla refused the login: no reason given ({ $code }). Nothing was sent. Start again at step 1.
paste-missing-state = The URL has no state, so it cannot be matched to this login. Copy the whole URL, including everything after the ?.
paste-state-mismatch = This URL belongs to a different login: its state does not match the one this page started. It may come from an older tab or from someone else's link. Nothing was sent. Use the URL from the tab opened by step 1, or start again at step 1.
# { $url } is tesla://auth/callback?…
paste-missing-code = The URL has no code. Copy the whole { $url } URL, including everything after the ?.
paste-malformed-code = The code in this URL does not look like one Tesla issues (unexpected characters or length). Copy the URL again, exactly as the developer tools show it.
# { $issuer } is the address the URL names.
paste-untrusted-issuer = The URL names an issuer this page does not trust: { $issuer }. Only Tesla's own servers may receive your code, so nothing was sent. Use the URL from Tesla's login tab; if someone sent you this link, do not use it.
# { $name } is the name of a part of the URL (state, code…).
paste-repeated = The URL contains { $name } more than once, so it is ambiguous. Copy it again from the login tab.

# { $global }, { $europe } and { $china } are the tokens' prefixes (qts-, eu-, cn-).
refresh-retired-v2 = This is a pre-2021 owner-API token ({ $global }, { $europe } or { $china } and { $digits ->
        [one] { $digits } hex digit
       *[other] { $digits } hex digits
    }). Tesla retired those in March 2022; it cannot be refreshed. Log in at step 1 to get new tokens.
refresh-access-token = This is an access token, not a refresh token: it calls the API for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } and cannot mint new tokens. Paste the refresh token that came with it, or log in at step 1.
# { $field } is id_token.
refresh-id-token = This is an { $field } (it says who logged in), not a refresh token. Paste the refresh token, or log in at step 1.
refresh-untrusted-issuer = This token names an issuer this page does not trust ({ $issuer }), so it is not sent anywhere. Only Tesla's own servers may receive your refresh token.
# { $global } and { $china } are the regions' names (region-global, region-china).
refresh-needs-region = This token does not say which region it belongs to: choose { $global } or { $china }, then refresh.
# { $region } is the token's region code (NA, EU, CN); "App client id" is the label of the field beside the token, Refresh its button.
refresh-fleet-needs-client-id-beside = This is a Fleet API refresh token ({ $region }_…). Refreshing it needs your app's client id: enter it in "App client id" beside the token, then press Refresh.
# { $region } is the token's region code (NA, EU, CN); "Already have a refresh token?" and "App client id" are the page's labels.
refresh-fleet-needs-client-id-elsewhere = This is a Fleet API refresh token ({ $region }_…). Refreshing it needs your app's client id, which cannot be entered here: paste the token under "Already have a refresh token?" and enter the client id in "App client id" beside it.
# { $algorithm } is the signature's algorithm (RS256, ES256).
refresh-cut-off = This refresh token is cut off: its signature has { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }, and an { $algorithm } signature has at least { $minimum }. Its end was lost when it was copied. Nothing was sent, so it is not spent: copy the whole token again and paste it.

# { $email } is what was typed.
login-option-bad-email = "{ $email }" is not an email address; leave the field empty or enter your Tesla account's email.
# { $locale } is what was typed; { $first } and { $second } are examples (en-US, de-DE).
login-option-bad-locale = "{ $locale }" is not a language code like { $first } or { $second }.
random-unavailable = This browser did not provide secure random numbers, so no login can be started safely. Try an up-to-date browser.

# { $site } is developer.tesla.com.
fleet-missing-client-id = Enter your app's client id (from { $site }).
# { $id } is what was typed.
fleet-bad-client-id = A client id has only letters, digits, - and _: "{ $id }" does not.
# { $example } is openid offline_access vehicle_device_data.
fleet-bad-scopes = Scopes are words like { $example }, separated by spaces.
# { $scope } is offline_access.
fleet-no-offline-access = Scopes must include { $scope }, or Tesla sends no refresh token.
# "Log in with my app" is the button's label.
fleet-result-state-mismatch = A login result arrived for a different login (its state does not match): it was ignored. Use the tab opened by "Log in with my app".
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
fleet-result-refused = Tesla refused the login: { $description } ({ $code }). Try again.
# The same, when Tesla gave no explanation.
fleet-result-refused-no-reason = Tesla refused the login: no reason given ({ $code }). Try again.

# { $example } is http://127.0.0.1:8787/
relay-setting-empty = Enter the relay's address, e.g. { $example }
# { $text } is what was typed; { $example } is http://127.0.0.1:8787/
relay-setting-not-a-url = That is not a web address: { $text }. It should look like { $example }
# { $https } is https://, { $http } http://
relay-setting-unsupported-scheme = A relay address must start with { $https } (or { $http } for a relay on this computer).
# { $http } is http://, { $https } https://, { $local } the addresses of this computer (127.0.0.1, localhost, [::1]), { $host } the relay's.
relay-setting-plain-http-to-remote = Plain { $http } is only allowed for a relay on this computer ({ $local }); use { $https } for { $host }, or your tokens would cross the network unencrypted.
relay-setting-has-credentials = The relay address must not contain a user name or password.
relay-setting-has-fragment = The relay address must not contain a # fragment.
# { $placeholder } is {url}, the place of Tesla's address in a relay address.
relay-setting-repeated-placeholder = Use { $placeholder } at most once in the relay address.
# { $allowed } is the list of relays this copy may reach, { $relay } the relay refused.
relay-setting-not-in-policy = This copy of the page may only talk to the relays its security policy names ({ $allowed }), so your browser would block { $relay }. Run a relay on this computer (step 2 shows how), or host your own copy built with your relay.

# Step 1's line on the relay; { $host } is the relay's (e.g. 127.0.0.1:8787).
relay-health-unchecked = Relay: { $host }, checked when you press the button.
relay-health-checking = Relay: { $host }, checking…
relay-health-answering = Relay: { $host }, answering.
relay-health-silent = Relay: { $host }, not answering (see step 2).

# What the check of direct mode found.
direct-testing = Asking Tesla…
direct-unavailable = Tesla does not let this page read its answers: requests go through the relay.
direct-available = Tesla answers this page directly: you can skip the relay.

# The choice of an account's region; { $host } is auth.tesla.com or auth.tesla.cn.
region-global = Global ({ $host })
region-china = China ({ $host })
# The regions of Tesla's Fleet API, under "Your own app".
fleet-region-north-america = North America, Asia-Pacific
fleet-region-europe = Europe, Middle East, Africa
fleet-region-china = China
# { $issuer } and { $api } are addresses.
issued-for-owner-api = Issued by { $issuer } for the owner API at { $api }.
issued-for-fleet-api = Issued by { $issuer } for your app's Fleet API region.

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

# page.rs

# The relay at { $host } on this computer cannot be reached from this page
# (on the web): the first sentence, by browser, then relay-local-* says
# what to do, then relay-blocked-code-unused.
relay-blocked-safari = Could not reach the relay at { $host }: this page is on the web (HTTPS) and the relay is on this computer, which Safari never allows.
relay-blocked-prompt = Could not reach the relay at { $host }: this page is on the web (HTTPS) and the relay is on this computer: the browser asks before a site may reach it.
relay-blocked-unknown-browser = Could not reach the relay at { $host }: this page is on the web (HTTPS) and the relay is on this computer.
relay-blocked-code-unused = Your code was not used: press the button again then.
# The relay at { $host } does not answer: the first sentence, by browser,
# then relay-local-* (or relay-silent-start-it), then relay-silent-code-kept
# or relay-silent-paste-waits.
relay-silent-safari = The relay at { $host } is not answering this page: this page is on the web (HTTPS) and the relay is on this computer, which Safari never allows.
relay-silent-prompt = The relay at { $host } is not answering this page: this page is on the web (HTTPS) and the relay is on this computer: the browser asks before a site may reach it.
relay-silent-unknown-browser = The relay at { $host } is not answering this page: this page is on the web (HTTPS) and the relay is on this computer.
relay-silent-not-running = The relay at { $host } is not answering this page: it is not running, or it does not allow this page.
relay-silent-start-it = Start it as shown below; this page asks again every few seconds.
relay-silent-code-kept = Your code is kept here, unused, and sent as soon as the relay answers.
relay-silent-paste-waits = You can go on logging in: the paste waits for the relay.
# { $command } is token-relay --page, { $address } http://127.0.0.1:8787/
relay-local-safari = Open the page from your own relay instead ({ $command } serves it at { $address }), or use an HTTPS relay.
# The prompt is quoted as Chrome, Edge and Firefox show it in this language.
relay-local-prompt = Look for a prompt on this tab ("access other apps and services on this device") and allow it. If the relay is not running, start it as shown below; this page asks again every few seconds.
relay-local-unknown-browser = Chrome, Edge and Firefox ask before a site may reach it: look for a prompt on this tab ("access other apps and services on this device") and allow it. Safari never allows it: open the page from your own relay instead, or use an HTTPS relay. If the relay is not running, start it as shown below; this page asks again every few seconds.
answer-relay-question-first = First answer the relay question below: this page sends nothing to a relay you have not confirmed.

# While a request is under way: through the relay at { $host }, or directly.
exchanging-relay = Working… exchanging the code through the relay at { $host }. This can take several seconds.
exchanging-direct = Working… exchanging the code directly to Tesla, with no relay. This can take several seconds.
exchanging-fleet-relay = Exchanging your app's code through the relay at { $host }…
exchanging-fleet-direct = Exchanging your app's code directly to Tesla, with no relay…
refreshing-relay = Refreshing through the relay at { $host }…
refreshing-direct = Refreshing directly to Tesla, with no relay…
waiting-for-fleet-tab = Waiting for the login tab to come back…
tokens-received-relay = Tokens received through the relay at { $host }: copy them now.
tokens-received-direct = Tokens received directly to Tesla, with no relay: copy them now.
fleet-tokens-received-relay = Tokens for your app received through the relay at { $host }: copy them now.
fleet-tokens-received-direct = Tokens for your app received directly to Tesla, with no relay: copy them now.
already-exchanged = These tokens are already shown below: this URL's code was used to get them.

# Questions before something that cannot be undone (answered Yes or No).
ask-forget-everything = Forget everything now? The tokens shown and any login under way are wiped from this page. Tokens you copied keep working.
ask-replace-uncopied-tokens = The tokens shown were never copied or downloaded. New tokens will replace them on this page: continue?
ask-replace-with-arrived = New tokens arrived, but the tokens shown were never copied or downloaded. Show the new ones instead? (No keeps the tokens shown; the new ones are then forgotten.)
forgotten-everything = Everything was forgotten: tokens, login secrets and inputs.
forgotten-idle = After { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } without activity, as chosen, the tokens and everything typed were forgotten. Log in or refresh again to get new tokens.
# Shown while leaving the page would lose something.
leave-uncopied-tokens = Copy or download your tokens before you close or reload this page: they exist only here.
leave-login-pending = Keep this page open until your tokens are shown: the login's secret lives only in this page's memory, and a reload loses it.

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

callback-tab-done = Login finished: the result went to the tab where you started it. You can close this tab.
callback-tab-unusable = This address holds a login result this page cannot use. Close this tab and start again.
callback-tab-start-tab-gone = If the tab where you started is gone, the login's secret went with it: start again there.

## The page inside another page (src/ui/mod.rs)

framed-refusal = This page refuses to run inside another page, which could trick you into clicks. Open it directly in its own tab.

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = Token requests go straight to Tesla (direct mode).
# The login button (open-tesla-login) while a login waits for its paste.
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
this-copy-this-address = ‹this page's address›
wasm-check-matches = It matches the integrity value in this page's HTML.
wasm-check-differs = It does not match the integrity value in this page's HTML ({ $declared }): do not use this copy; reload it, or build your own.
wasm-check-undeclared = This page's HTML declares no integrity value: it was not built by this project's scripts.
verify-lead = To check this copy against a release, run the relay of that release ("Running a relay" in the README says where to download it) with:
verify-after = It fetches this page and every file it loads, checks each against the integrity value in the page's HTML, compares the code byte for byte with the page that came with the relay, checks that the page's security policy lets it connect only to itself, Tesla and relays, and says "IDENTICAL" or exactly what differs.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Or build this commit yourself with { $build } and compare the SHA-384 of { $file } with the one above.
