# Norwegian Bokmål (Norsk bokmål): translated 2026-11-30 by an AI translator (not yet reviewed by a native speaker).
#
# Glossary (one term for one thing):
#   access token / refresh token -> access token / refresh token (kept in English, as
#     Norwegian Tesla owners and TeslaMate's nb catalog write them; "et access token",
#     "et refresh token"; definite "access-tokenet", "refresh-tokenet"); token -> token
#     (et token, tokenet, tokener, tokenene)
#   relay -> relé (et relé, reléet, reléer, reléene)
#   developer tools -> utviklerverktøy (Chrome's own word, "Utviklerverktøy")
#   log in / login -> logge inn / innlogging
#   copy / paste -> kopiere / lime inn
#   tab -> fane; address bar -> adressefelt; address / URL -> adresse
#   response header -> svarhode (Chrome's "Svarhoder")
#   refresh (the action) -> fornye; inspect -> inspisere; export -> eksportere
#   direct mode -> direktemodus; idle time -> inaktiv tid
#   issuer -> utsteder; token endpoint -> token-endepunkt; request -> forespørsel
#   security policy -> sikkerhetspolicy; integrity value -> integritetsverdi
#   "Forget everything" -> «Glem alt»; "More tools" -> «Flere verktøy»
#   OAuth, PKCE, CORS, MFA, state, verifier, commit, tesla:// -> as in English
# The reader is addressed with "du" throughout. Quotation marks: « ».

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Språk
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = Denne siden finnes også på norsk: <a>les den på norsk</a>.

## The static page, readable before the code runs

page-title = Dine egne API-tokener for Tesla
lead = Logg inn på Teslas egen side og få ditt access token og refresh token. Passordet ditt når
    aldri denne siden, og tokenene holdes bare i minnet til denne fanen.
jump-links = <a href="#trust">Hvorfor du kan stole på denne siden</a> · <a href="#this-copy">Denne kopien</a>
phone-banner = På mobil? Steg 2 krever utviklerverktøyene på en datamaskin. På mobilen kan du bruke din egen
    app (under «Flere verktøy»).
step-1-title = 1. Logg inn på Teslas side
step-1-intro = Knappen åpner Teslas innlogging i en ny fane. Før du logger inn der, åpner du
    utviklerverktøyene i den fanen: steg 2 viser hvor du skal se.
open-tesla-login = Åpne Tesla-innlogging
starting = Starter siden …
step-2-title = 2. Lim inn tesla://-adressen
# "Loading…" is the text of Tesla's own page, kept as Tesla shows it in English
# (whether Tesla's page says it in Norwegian: not confirmed).
step-2-intro = Etter innloggingen stopper Teslas fane på «Loading…»: nettleseren din kan ikke åpne
    adressen <code>tesla://auth/callback?…</code> som Tesla sender den til. Kopier den adressen fra
    utviklerverktøyene og lim den inn her.
where-is-the-url = Hvor finner jeg adressen?

# Browser help. Name each panel, menu, button and setting exactly as the
# browser shows it in this language. The console line stays as the browser prints it.
#
# Chrome: "Konsoll" = panels/console/console-meta.ts | console, in
# ChromeDevTools/devtools-frontend, front_end/core/i18n/locales/no.json.
help-chrome-open = I Teslas fane, før du logger inn: trykk <kbd>F12</kbd> (<kbd>⌥⌘J</kbd> på Mac)
    og velg <b>Konsoll</b>.
# The console line is printed in English by Chrome.
help-chrome-log-in = Logg inn. En rød linje dukker opp:
    <code>Failed to launch 'tesla://auth/callback?locale=en-US&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-chrome-copy = Trippelklikk på linjen for å merke den, kopier den (<kbd>Ctrl+C</kbd>, <kbd>⌘C</kbd>)
    og lim den inn nedenfor: det går fint med hele linjen.
# Chrome: "Nettverk" = panels/network/network-meta.ts | network; "Ivareta loggen" =
# panels/network/NetworkPanel.ts | preserveLog; "svarhode" from "Svarhoder" =
# panels/network/RequestHeadersView.ts | responseHeaders; all in
# ChromeDevTools/devtools-frontend, front_end/core/i18n/locales/no.json.
help-chrome-no-line = Ingen linje? Åpne <b>Nettverk</b>, kryss av for <b>Ivareta loggen</b> og logg inn på
    nytt; klikk på den siste <code>authorize</code>-raden og kopier svarhodet
    <code>location:</code>.
# Edge: "Åpne DevTools" is Edge's own F12 dialog: not confirmed (no Norwegian Edge
# string found; Microsoft's Norwegian docs keep "DevTools"). "Konsoll" is
# Chromium's word (devtools-frontend, no.json, panels/console/console-meta.ts | console);
# Edge's own Norwegian DevTools strings: not confirmed.
help-edge-open = I Teslas fane, før du logger inn: trykk <kbd>F12</kbd> (hvis Edge spør, velg
    <b>Åpne DevTools</b>) og velg <b>Konsoll</b>.
help-edge-log-in = Logg inn. En rød linje dukker opp:
    <code>Failed to launch 'tesla://auth/callback?locale=en-US&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-edge-copy = Trippelklikk på linjen for å merke den, kopier den (<kbd>Ctrl+C</kbd>) og lim den inn
    nedenfor: det går fint med hele linjen.
# Firefox's Norwegian Bokmål build shows its network tools in English:
# mozilla-l10n/firefox-l10n, nb-NO/devtools/client/startup.properties
# (netmonitor.label = Network, ToolboxTabWebconsole.label = Console) and
# nb-NO/devtools/client/netmonitor.properties
# (netmonitor.toolbar.enablePersistentLogs.label = Persist Logs).
help-firefox-open = I Teslas fane, før du logger inn: trykk <kbd>F12</kbd> (<kbd>⌥⌘I</kbd> på Mac),
    velg <b>Network</b>, åpne ⚙-menyen og kryss av for <b>Persist Logs</b>.
help-firefox-log-in = Logg inn. Fanen blir stående på «Loading…».
# Firefox (English in nb-NO): mozilla-l10n/firefox-l10n, nb-NO/devtools/client/netmonitor.properties:
# netmonitor.tab.headers = Headers, responseHeaders = Response headers,
# netmonitor.context.copyAll = Copy All; "Copy" (the header's context menu): not confirmed by key,
# English like the rest of that file.
help-firefox-copy = Klikk på raden <code>complete?transaction_id=…</code> i listen (den siste raden er
    ofte <code>favicon.ico</code>: ikke den). Under <b>Headers</b>, <b>Response headers</b>,
    høyreklikk på <code>location: tesla://auth/callback?…</code>, velg <b>Copy</b> (eller
    <b>Copy All</b>) og lim den inn nedenfor.
# The console line is printed in English by Firefox; "Console" as in
# nb-NO/devtools/client/startup.properties (ToolboxTabWebconsole.label).
help-firefox-not-console = Linjen «Prevented navigation to …complete?transaction_id=…» i Console
    virker ikke: den viser adressen før Teslas omdirigering, uten koden.
help-safari-log-in = Logg inn i Teslas fane. Safari viser da <code>tesla://auth/callback?…</code> i
    adressefeltet, over en side som sier at den ikke kan åpne den.
help-safari-copy = Klikk i adressefeltet, merk alt (<kbd>⌘A</kbd>), kopier (<kbd>⌘C</kbd>) og lim det
    inn nedenfor.
# Safari: "Innstillinger → Avansert → «Vis funksjoner for webutviklere»" and "Nettverk":
# not confirmed (no Norwegian Apple page found; an older Norwegian text in a public
# repository says "Safari > Valg > Avansert", "Vis Utvikle-menyen i menylinjen" and
# "Konsoll"; macOS renamed "Valg" to "Innstillinger").
help-safari-empty-address = Tomt adressefelt? Slå på Innstillinger → Avansert → «Vis funksjoner for
    webutviklere», åpne Teslas fane på nytt, trykk <kbd>⌥⌘I</kbd>, velg <b>Nettverk</b>, logg
    inn og kopier <code>location:</code>-hodet fra den siste <code>authorize</code>-forespørselen.

more-tools-title = Flere verktøy: forny, inspiser, din egen app
settings-title = Innstillinger: relé, direktemodus, inaktiv tid
trust-title = Hvorfor du kan stole på denne siden
trust-what-runs-where = Hva som kjører hvor
trust-password = Passordet og MFA-koden skriver du bare inn på Teslas egen side, i dens egen fane.
    Denne siden ser dem aldri.
trust-memory = Innloggingens hemmelighet (PKCE-verifier) lages i denne fanen ut fra nettleserens sikre
    tilfeldige tall. Den og tokenene finnes bare i minnet til denne fanen: aldri i lagring,
    informasjonskapsler eller adressefeltet. Bare reléadressen lagres. «Glem alt» sletter dem
    med en gang, og de glemmes av seg selv etter den inaktive tiden du velger.
trust-state = En innlimt adresse må ha denne innloggingens state, og bare Teslas egne servere får
    motta koden: alt annet avvises før det blir sendt.
trust-what-the-relay-sees = Hva reléet ser
trust-relay-sees = Teslas token-endepunkt lar ikke nettsider kalle det, så utvekslingen går gjennom et
    relé som legger til tillatelsen som mangler. Reléet ser engangskoden, verifieren og tokenene
    Tesla sender tilbake; det ser aldri passordet ditt.
trust-own-relay = Kjør reléet på din egen datamaskin, så ser ingen andre noe. Vårt relé videresender
    bare til Tesla, bare for denne siden, og logger bare metode, vert og status for hver
    forespørsel.
trust-check-yourself = Sjekk selv
trust-requests = Siden sender forespørsler bare når du trykker på en knapp, og bare til reléet under
    Innstillinger (eller rett til Tesla i direktemodus). Åpne Nettverk-fanen i utviklerverktøyene
    og følg med.
trust-policy = Nettleseren din håndhever det: sikkerhetspolicyen til denne siden (den første
    <code>&lt;meta&gt;</code>-taggen i kildekoden) lar den bare koble til seg selv, Tesla og
    reléene den nevner.
noscript = Denne siden trenger JavaScript og WebAssembly for å gjøre noe som helst: alt skjer i nettleseren din.

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

this-copy-relays = Reléene denne kopien kan nå: { $relays }.
this-copy-title = Denne kopien
this-copy-version = Versjon
this-copy-commit = Commit
this-copy-wasm = SHA-384 av koden (wasm), beregnet i denne fanen fra bytene den kjører
this-copy-computing = beregner …
# Kept in English: the catalog check reads "<…>" as a tag and requires English's
# exact text here (a Norwegian "<denne sidens adresse>" fails the check).
this-copy-this-address = <this page's address>
wasm-check-matches = Den stemmer med integritetsverdien i HTML-en til denne siden.
wasm-check-differs = Den stemmer ikke med integritetsverdien i HTML-en til denne siden ({ $declared }): ikke bruk denne kopien; last den inn på nytt, eller bygg din egen.
wasm-check-undeclared = HTML-en til denne siden oppgir ingen integritetsverdi: den er ikke bygget av skriptene til dette prosjektet.
verify-lead = For å sjekke denne kopien mot en utgivelse kjører du reléet fra den utgivelsen («Running a relay» i README-en sier hvor du laster det ned) med:
verify-after = Reléet henter denne siden og alle filene den laster, sjekker hver av dem mot integritetsverdien i sidens HTML, sammenligner koden byte for byte med siden som fulgte med reléet, sjekker at sidens sikkerhetspolicy bare lar den koble til seg selv, Tesla og reléer, og sier «IDENTICAL» eller nøyaktig hva som er forskjellig.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Eller bygg denne commiten selv med { $build } og sammenlign SHA-384 av { $file } med verdien over.
