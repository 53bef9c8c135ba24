# Dutch (Nederlands): translated 2026-11-30 by an AI translator (not yet reviewed by a native speaker).
#
# Glossary (one term for one thing):
#   access token      → access token (het access token), as TeslaMate and Dutch Tesla owners write it
#   refresh token     → refresh token (het refresh token)
#   token(s)          → token(s) (het token)
#   relay             → relay (de relay; plural relays); relay address → relay-adres
#   developer tools   → ontwikkelaarstools (Chrome's Dutch name); DevTools only as Edge's button name
#   log in / login    → inloggen (verb), de login (this login flow), inlogpagina (login page)
#   Tesla's tab       → het tabblad van Tesla; tab → tabblad
#   copy / paste      → kopiëren / plakken
#   address bar       → adresbalk; URL → URL; address → adres
#   request           → aanvraag; response header → reactieheader (Chrome) / antwoordheader (Firefox)
#   token endpoint    → token-endpoint; issuer → issuer; state → state; PKCE verifier → PKCE-verifier
#   security policy   → beveiligingsbeleid; integrity value → integriteitswaarde
#   direct mode       → directe modus; idle time → inactieve tijd
#   "Forget everything" → "Alles vergeten"; "More tools" → "Meer tools"; Settings → Instellingen
#   refresh (a token) → vernieuwen; inspect → inspecteren; export → exporteren
#   Form of address: je/jij throughout.
#
# Terms stay as owners write them: "access token", "refresh token", tesla://,
# PKCE, OAuth, CORS, API names and commands.

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Talen
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = Deze pagina is er ook in het Nederlands: <a>lees de Nederlandse versie</a>.

## The static page, readable before the code runs

page-title = Je eigen Tesla API-tokens
lead = Log in op de eigen pagina van Tesla en krijg je access token en refresh token. Je wachtwoord
    komt nooit op deze pagina, en de tokens blijven in het geheugen van dit tabblad.
jump-links = <a href="#trust">Waarom je deze pagina kunt vertrouwen</a> · <a href="#this-copy">Deze kopie</a>
phone-banner = Op een telefoon? Voor stap 2 heb je de ontwikkelaarstools van een computer nodig. Gebruik
    op een telefoon je eigen app (onder "Meer tools").
step-1-title = 1. Log in bij Tesla
step-1-intro = De knop opent de inlogpagina van Tesla in een nieuw tabblad. Open de ontwikkelaarstools
    van dat tabblad voordat je daar inlogt: stap 2 zegt waar je moet kijken.
open-tesla-login = Tesla-login openen
starting = Pagina wordt gestart…
step-2-title = 2. Plak de tesla://-URL
step-2-intro = Na het inloggen blijft het tabblad van Tesla laden: je browser kan het adres
    <code>tesla://auth/callback?…</code> waar Tesla naartoe stuurt niet openen. Kopieer dat adres
    uit de ontwikkelaarstools en plak het hier.
where-is-the-url = Waar vind ik deze URL?

# Browser help. Name each panel, menu, button and setting exactly as the
# browser shows it in this language (see the comment on each in other catalogs
# for where the names come from). The console line stays as the browser prints it.
#
# Chrome: "Console" = ChromeDevTools/devtools-frontend, front_end/core/i18n/locales/nl.json,
# "panels/console/console-meta.ts | console".
help-chrome-open = Druk in het tabblad van Tesla, voordat je inlogt, op <kbd>F12</kbd> (<kbd>⌥⌘J</kbd> op een
    Mac) en kies <b>Console</b>.
# The console line is printed in English by Chrome; the locale is the one this page sends (nl-NL).
help-chrome-log-in = Log in. Er verschijnt een rode regel:
    <code>Failed to launch 'tesla://auth/callback?locale=nl-NL&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-chrome-copy = Klik drie keer op die regel om hem te selecteren, kopieer hem (<kbd>Ctrl+C</kbd>,
    <kbd>⌘C</kbd>) en plak hem hieronder: de hele regel is prima.
# Chrome, ChromeDevTools/devtools-frontend, front_end/core/i18n/locales/nl.json:
# "Netwerk" = "panels/network/network-meta.ts | network";
# "Logboek behouden" = "panels/network/NetworkPanel.ts | preserveLog";
# "reactieheader" from "Reactieheaders" = "panels/network/RequestHeadersView.ts | responseHeaders".
help-chrome-no-line = Geen regel? Open <b>Netwerk</b>, vink <b>Logboek behouden</b> aan en log opnieuw in;
    klik op de laatste rij <code>authorize</code> en kopieer de reactieheader
    <code>location:</code>.
# Edge: "DevTools openen" (Edge's own F12 dialog button, English "Open DevTools"): not confirmed,
# no Dutch Edge source found; Edge's Dutch UI writes infinitive buttons, so this is the likely name.
# "Console" as in Chromium (see help-chrome-open).
help-edge-open = Druk in het tabblad van Tesla, voordat je inlogt, op <kbd>F12</kbd> (kies
    <b>DevTools openen</b> als Edge dat vraagt) en kies <b>Console</b>.
help-edge-log-in = Log in. Er verschijnt een rode regel:
    <code>Failed to launch 'tesla://auth/callback?locale=nl-NL&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-edge-copy = Klik drie keer op die regel om hem te selecteren, kopieer hem (<kbd>Ctrl+C</kbd>) en
    plak hem hieronder: de hele regel is prima.
# Firefox, mozilla-l10n/firefox-l10n:
# "Netwerk" = nl/devtools/client/startup.properties, netmonitor.label;
# "Registraties aanhouden" (English "Persist Logs") = nl/devtools/client/netmonitor.properties,
# netmonitor.toolbar.enablePersistentLogs.label.
help-firefox-open = Druk in het tabblad van Tesla, voordat je inlogt, op <kbd>F12</kbd> (<kbd>⌥⌘I</kbd> op
    een Mac), kies <b>Netwerk</b>, open het ⚙-menu en vink <b>Registraties aanhouden</b> aan.
help-firefox-log-in = Log in. Het tabblad blijft laden.
# Firefox, mozilla-l10n/firefox-l10n, nl/devtools/client/netmonitor.properties:
# "Headers" = netmonitor.tab.headers; "Antwoordheaders" = responseHeaders;
# "Kopiëren" = netmonitor.context.copy; "Alles kopiëren" = netmonitor.context.copyAll.
help-firefox-copy = Klik in de lijst op de rij <code>complete?transaction_id=…</code> (de laatste rij is
    vaak <code>favicon.ico</code>: die niet). Klik onder <b>Headers</b>, <b>Antwoordheaders</b>
    met de rechtermuisknop op <code>location: tesla://auth/callback?…</code>, kies
    <b>Kopiëren</b> (of <b>Alles kopiëren</b>) en plak het hieronder.
# The Console line is printed in English by Firefox. "Console" = nl/devtools/client/startup.properties,
# ToolboxTabWebconsole.label.
help-firefox-not-console = De regel "Prevented navigation to …complete?transaction_id=…" in de Console
    werkt niet: die toont het adres van vóór de doorverwijzing van Tesla, zonder de code.
help-safari-log-in = Log in op het tabblad van Tesla. Safari toont dan <code>tesla://auth/callback?…</code>
    in de adresbalk, boven een pagina die zegt dat Safari het niet kan openen.
help-safari-copy = Klik in de adresbalk, selecteer alles (<kbd>⌘A</kbd>), kopieer (<kbd>⌘C</kbd>) en plak
    het hieronder.
# Safari: Instellingen → Geavanceerd → "Toon functies voor webontwikkelaars": not confirmed on an
# Apple page; the same words appear in several independent Dutch guides (e.g. a Raspberry Pi
# projects translation: "klik op Geavanceerd, vink ... 'Toon functies voor webontwikkelaars' aan").
# "Netwerk" (Web Inspector tab): not confirmed, the likely name (as in Chrome and Firefox).
help-safari-empty-address = Adresbalk leeg? Zet Instellingen → Geavanceerd → "Toon functies voor
    webontwikkelaars" aan, open het tabblad van Tesla opnieuw, druk op <kbd>⌥⌘I</kbd>, kies
    <b>Netwerk</b>, log in en kopieer de header <code>location:</code> van de laatste aanvraag
    <code>authorize</code>.

more-tools-title = Meer tools: vernieuwen, inspecteren, je eigen app
settings-title = Instellingen: relay, directe modus, inactieve tijd
trust-title = Waarom je deze pagina kunt vertrouwen
trust-what-runs-where = Wat waar draait
trust-password = Je typt je wachtwoord en MFA-code alleen op de eigen pagina van Tesla, in een eigen
    tabblad. Deze pagina ziet ze nooit.
trust-memory = Het geheim van de login (de PKCE-verifier) wordt in dit tabblad gemaakt met de veilige
    willekeurige getallen van je browser. Dat geheim en de tokens staan alleen in het geheugen van
    dit tabblad: nooit in de opslag, in cookies of in de adresbalk. Alleen het relay-adres wordt
    bewaard. "Alles vergeten" wist ze meteen, en na de inactieve tijd die je kiest worden ze
    vanzelf vergeten.
trust-state = Een geplakte URL moet de state van deze login bevatten, en alleen de eigen servers van
    Tesla mogen de code ontvangen: al het andere wordt geweigerd voordat het wordt verstuurd.
trust-what-the-relay-sees = Wat de relay ziet
trust-relay-sees = Het token-endpoint van Tesla laat webpagina's het niet aanroepen, dus de uitwisseling
    loopt via een relay (een kleine doorgeefserver) die de ontbrekende toestemming toevoegt. De relay
    ziet de eenmalige code, de verifier en de tokens die Tesla teruggeeft; je wachtwoord ziet hij
    nooit.
trust-own-relay = Draai de relay op je eigen computer, dan ziet niemand anders iets. Onze relay stuurt
    alleen door naar Tesla, alleen voor deze pagina, en logt van elke aanvraag alleen de methode,
    de host en de status.
trust-check-yourself = Controleer het zelf
trust-requests = De pagina verstuurt alleen aanvragen als je op een knop drukt, en alleen naar de relay
    onder Instellingen (of in de directe modus rechtstreeks naar Tesla). Open het tabblad Netwerk
    van de ontwikkelaarstools en kijk mee.
trust-policy = Je browser dwingt dat af: het beveiligingsbeleid van deze pagina (de eerste
    <code>&lt;meta&gt;</code>-tag in de bron) laat haar alleen verbinden met zichzelf, Tesla en
    de relays die erin staan.
noscript = Deze pagina heeft JavaScript en WebAssembly nodig om iets te doen: alles gebeurt in je browser.

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

this-copy-relays = De relays die deze kopie mag bereiken: { $relays }.
this-copy-title = Deze kopie
this-copy-version = Versie
this-copy-commit = Commit
this-copy-wasm = SHA-384 van de code (wasm), in dit tabblad berekend uit de bytes die worden uitgevoerd
this-copy-computing = bezig met berekenen…
# Kept in English: the catalog check reads any "<…>" as markup and holds it to English's,
# so "<adres van deze pagina>" fails the build. (Reported to the maintainers.)
this-copy-this-address = <this page's address>
wasm-check-matches = Die komt overeen met de integriteitswaarde in de HTML van deze pagina.
wasm-check-differs = Die komt niet overeen met de integriteitswaarde in de HTML van deze pagina ({ $declared }): gebruik deze kopie niet; laad de pagina opnieuw of bouw je eigen kopie.
wasm-check-undeclared = De HTML van deze pagina geeft geen integriteitswaarde op: ze is niet gebouwd met de scripts van dit project.
verify-lead = Om deze kopie te vergelijken met een release, draai je de relay van die release ("Running a relay" in de README zegt waar je die downloadt) met:
verify-after = Die haalt deze pagina en elk bestand dat ze laadt op, controleert elk bestand tegen de integriteitswaarde in de HTML van de pagina, vergelijkt de code byte voor byte met de pagina die bij de relay hoort, controleert dat het beveiligingsbeleid van de pagina alleen verbindingen toestaat met zichzelf, Tesla en relays, en meldt "IDENTICAL" of precies wat er verschilt.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Of bouw deze commit zelf met { $build } en vergelijk de SHA-384 van { $file } met die hierboven.
