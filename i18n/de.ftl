# German (Deutsch): translated 2026-11-30 by an AI translator (not yet reviewed by a native speaker).
#
# Address: "Sie", as Tesla's own German site (tesla.com/de_DE/support) and
# Firefox's German developer tools write.
#
# Glossary (one term for one thing):
#   access token        → das Access-Token (TeslaMate de: "Access Token"; German compounds take a hyphen)
#   refresh token       → das Refresh-Token
#   tokens              → die Tokens
#   relay               → das Relay (plural: die Relays)
#   developer tools     → die Entwicklertools (Chrome's and Edge's German name)
#   log in / login      → anmelden / die Anmeldung; Tesla's login page → Teslas Anmeldeseite
#   paste / copy        → einfügen / kopieren
#   tab                 → der Tab
#   URL / address       → die URL / die Adresse
#   exchange (code)     → eintauschen; the exchange → der Tausch
#   refresh (a token)   → erneuern
#   inspect             → prüfen
#   issuer              → der Aussteller
#   verifier            → der Verifier (PKCE-Verifier)
#   direct mode         → der Direktmodus
#   idle time           → die Inaktivitätszeit
#   "Forget everything" → „Alles vergessen“
#   your own app        → Ihre eigene App
#   button              → die Schaltfläche
#   Ctrl                → Strg (German keyboards)
# Kept as written: OAuth, PKCE, CORS, tesla://, state, Fleet API, owner API,
# command names, file names, "IDENTICAL".

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Sprachen
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = Diese Seite gibt es auch auf Deutsch: <a>auf Deutsch lesen</a>.

## The static page, readable before the code runs

page-title = Ihre eigenen Tesla-API-Tokens
lead = Melden Sie sich auf Teslas eigener Seite an und erhalten Sie Ihr Access- und Refresh-Token. Ihr
    Passwort erreicht diese Seite nie, und die Tokens bleiben im Arbeitsspeicher dieses Tabs.
jump-links = <a href="#trust">Warum Sie dieser Seite vertrauen können</a> · <a href="#this-copy">Diese Kopie</a>
phone-banner = Am Smartphone? Schritt 2 braucht die Entwicklertools eines Computers. Nutzen Sie auf dem
    Smartphone Ihre eigene App (unter „Weitere Werkzeuge“).
step-1-title = 1. Bei Tesla anmelden
step-1-intro = Die Schaltfläche öffnet Teslas Anmeldung in einem neuen Tab. Öffnen Sie dort vor dem
    Anmelden die Entwicklertools dieses Tabs: Schritt 2 sagt, wo Sie nachsehen.
open-tesla-login = Tesla-Anmeldung öffnen
starting = Seite wird gestartet…
step-2-title = 2. tesla://-URL einfügen
# "Loading…": the text Tesla's page shows (README); not confirmed whether
# Tesla's German login page shows it in German.
step-2-intro = Nach der Anmeldung bleibt Teslas Tab bei „Loading…“ stehen: Ihr Browser kann die Adresse
    <code>tesla://auth/callback?…</code>, an die Tesla ihn schickt, nicht öffnen. Kopieren Sie
    diese Adresse aus den Entwicklertools und fügen Sie sie hier ein.
where-is-the-url = Wo finde ich diese URL?

# Browser help. Name each panel, menu, button and setting exactly as the
# browser shows it in this language (see the comment on each in other catalogs
# for where the names come from). The console line stays as the browser prints it.
# The example line shows locale=de-DE: the German page asks Tesla for that locale.

# Chrome "Konsole": ChromeDevTools/devtools-frontend front_end/core/i18n/locales/de.json
# ("core/common/SettingRegistration.ts | console", "panels/console/console-meta.ts | showConsole" = "Konsole anzeigen").
help-chrome-open = Drücken Sie im Tesla-Tab vor dem Anmelden <kbd>F12</kbd> (<kbd>⌥⌘J</kbd> auf dem Mac)
    und wählen Sie <b>Konsole</b>.
help-chrome-log-in = Melden Sie sich an. Eine rote Zeile erscheint:
    <code>Failed to launch 'tesla://auth/callback?locale=de-DE&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-chrome-copy = Klicken Sie dreimal auf diese Zeile, um sie zu markieren, kopieren Sie sie (<kbd>Strg+C</kbd>,
    <kbd>⌘C</kbd>) und fügen Sie sie unten ein: Die ganze Zeile ist in Ordnung.
# Chrome "Netzwerk" ("panels/network/network-meta.ts | network"), "Protokoll beibehalten"
# ("panels/network/NetworkPanel.ts | preserveLog"), "Antwortheader"
# ("panels/network/RequestHeadersView.ts | responseHeaders"):
# ChromeDevTools/devtools-frontend front_end/core/i18n/locales/de.json
help-chrome-no-line = Keine Zeile? Öffnen Sie <b>Netzwerk</b>, setzen Sie ein Häkchen bei <b>Protokoll beibehalten</b>
    und melden Sie sich erneut an. Klicken Sie auf die letzte Zeile <code>authorize</code> und kopieren
    Sie ihren Antwortheader <code>location:</code>.
# Edge "DevTools öffnen": German Microsoft Learn, Edge IE-mode FAQ
# (NilsPeper/Edge-Enterprise-pr.de-de edgeenterprise/edge-ie-mode-faq.md, machine-translated:
# "drücken Sie F12 und wählen Sie „DevTools öffnen“"); not confirmed in Edge's own strings.
# Edge "Konsole": Chromium's word (see Chrome); not confirmed in Edge's own strings.
help-edge-open = Drücken Sie im Tesla-Tab vor dem Anmelden <kbd>F12</kbd> (falls Edge nachfragt, wählen Sie
    <b>DevTools öffnen</b>) und wählen Sie <b>Konsole</b>.
help-edge-log-in = Melden Sie sich an. Eine rote Zeile erscheint:
    <code>Failed to launch 'tesla://auth/callback?locale=de-DE&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-edge-copy = Klicken Sie dreimal auf diese Zeile, um sie zu markieren, kopieren Sie sie (<kbd>Strg+C</kbd>)
    und fügen Sie sie unten ein: Die ganze Zeile ist in Ordnung.
# Firefox "Netzwerkanalyse" (netmonitor.label): mozilla-l10n/firefox-l10n de/devtools/client/startup.properties;
# "Logs nicht leeren" (netmonitor.toolbar.enablePersistentLogs.label):
# mozilla-l10n/firefox-l10n de/devtools/client/netmonitor.properties
help-firefox-open = Drücken Sie im Tesla-Tab vor dem Anmelden <kbd>F12</kbd> (<kbd>⌥⌘I</kbd> auf dem Mac),
    wählen Sie <b>Netzwerkanalyse</b>, öffnen Sie dort das Menü ⚙ und setzen Sie ein Häkchen bei
    <b>Logs nicht leeren</b>.
help-firefox-log-in = Melden Sie sich an. Der Tab bleibt bei „Loading…“ stehen.
# Firefox "Kopfzeilen" (netmonitor.tab.headers), "Antwortkopfzeilen" (responseHeaders),
# "Wert kopieren" (netmonitor.context.copyValue), "Alles kopieren" (netmonitor.context.copyAll):
# mozilla-l10n/firefox-l10n de/devtools/client/netmonitor.properties.
# Current Firefox's header context menu says "Copy Value" (en-US, mozilla-l10n/firefox-l10n-source
# devtools/client/netmonitor.properties; PropertiesViewContextMenu uses netmonitor.context.copyValue),
# so "Wert kopieren" stands where English says "Copy".
help-firefox-copy = Klicken Sie in der Liste auf die Zeile <code>complete?transaction_id=…</code> (die letzte Zeile
    ist oft <code>favicon.ico</code>: nicht diese). Klicken Sie unter <b>Kopfzeilen</b>,
    <b>Antwortkopfzeilen</b> mit der rechten Maustaste auf <code>location: tesla://auth/callback?…</code>,
    wählen Sie <b>Wert kopieren</b> (oder <b>Alles kopieren</b>) und fügen Sie ihn unten ein.
# Firefox "Konsole" (ToolboxTabWebconsole.label): mozilla-l10n/firefox-l10n de/devtools/client/startup.properties.
# The console line stays in English, as Firefox prints it.
help-firefox-not-console = Die Zeile „Prevented navigation to …complete?transaction_id=…“ in der Konsole hilft
    nicht: Sie zeigt die Adresse vor Teslas Weiterleitung, ohne den Code.
help-safari-log-in = Melden Sie sich im Tesla-Tab an. Safari zeigt dann <code>tesla://auth/callback?…</code> in
    der Adressleiste, über einer Seite, die meldet, dass sie sich nicht öffnen lässt.
help-safari-copy = Klicken Sie in die Adressleiste, wählen Sie alles aus (<kbd>⌘A</kbd>), kopieren Sie es
    (<kbd>⌘C</kbd>) und fügen Sie es unten ein.
# Safari "Einstellungen → Erweitert → „Funktionen für Webentwickler anzeigen“": as German guides
# write it (e.g. several German READMEs found by the search tool); Apple's own German page
# (support.apple.com/de-de/guide/safari) not found: not confirmed.
# Safari Web Inspector "Netzwerk": not confirmed (Apple's German Web Inspector strings not found).
help-safari-empty-address = Adressleiste leer? Aktivieren Sie Einstellungen → Erweitert → „Funktionen für
    Webentwickler anzeigen“, öffnen Sie den Tesla-Tab erneut, drücken Sie <kbd>⌥⌘I</kbd>, wählen Sie
    <b>Netzwerk</b>, melden Sie sich an und kopieren Sie den Header <code>location:</code> der
    letzten Anfrage <code>authorize</code>.

more-tools-title = Weitere Werkzeuge: erneuern, prüfen, eigene App
settings-title = Einstellungen: Relay, Direktmodus, Inaktivitätszeit
trust-title = Warum Sie dieser Seite vertrauen können
trust-what-runs-where = Was wo läuft
trust-password = Ihr Passwort und Ihren MFA-Code geben Sie nur auf Teslas eigener Seite ein, in deren eigenem
    Tab. Diese Seite sieht sie nie.
trust-memory = Das Geheimnis der Anmeldung (der PKCE-Verifier) entsteht in diesem Tab aus den sicheren
    Zufallszahlen des Browsers. Es und die Tokens liegen nur im Arbeitsspeicher dieses Tabs: nie im
    Browserspeicher, in Cookies oder in der Adressleiste. Gespeichert wird nur die Relay-Adresse.
    „Alles vergessen“ löscht sie sofort, und nach der von Ihnen gewählten Inaktivitätszeit werden sie
    von selbst vergessen.
trust-state = Eine eingefügte URL muss den „state“ dieser Anmeldung tragen, und nur Teslas eigene Server
    dürfen den Code erhalten: Alles andere wird abgelehnt, bevor es gesendet wird.
trust-what-the-relay-sees = Was das Relay sieht
trust-relay-sees = Teslas Token-Endpunkt lässt sich nicht von Webseiten aufrufen, deshalb läuft der Tausch
    über ein Relay, das die fehlende Erlaubnis ergänzt. Das Relay sieht den Einmal-Code, den Verifier
    und die Tokens, die Tesla zurückgibt; Ihr Passwort sieht es nie.
trust-own-relay = Betreiben Sie das Relay auf Ihrem eigenen Computer, dann sieht niemand sonst etwas.
    Unseres leitet nur an Tesla weiter, nur für diese Seite, und protokolliert je Anfrage nur Methode,
    Host und Status.
trust-check-yourself = Prüfen Sie es selbst
trust-requests = Die Seite sendet Anfragen nur, wenn Sie eine Schaltfläche drücken, und nur an das Relay
    unter „Einstellungen“ (oder im Direktmodus direkt an Tesla). Öffnen Sie in den Entwicklertools den
    Bereich „Netzwerk“ und sehen Sie zu.
trust-policy = Ihr Browser setzt das durch: Die Sicherheitsrichtlinie dieser Seite (das erste
    <code>&lt;meta&gt;</code>-Tag in ihrem Quelltext) erlaubt ihr nur Verbindungen zu sich selbst, zu
    Tesla und zu den Relays, die sie nennt.
noscript = Diese Seite braucht JavaScript und WebAssembly, um etwas zu tun: Alles geschieht in Ihrem Browser.

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

this-copy-relays = Die Relays, die diese Kopie erreichen darf: { $relays }.
this-copy-title = Diese Kopie
this-copy-version = Version
this-copy-commit = Commit
this-copy-wasm = SHA-384 ihres Codes (wasm), in diesem Tab aus den tatsächlich ausgeführten Bytes berechnet
this-copy-computing = wird berechnet…
# Kept in English for now: the catalog check reads "<…>" as a tag, so "<Adresse dieser Seite>"
# fails it (markup differs). Wanted German: <Adresse dieser Seite>.
this-copy-this-address = <this page's address>
wasm-check-matches = Der Hash stimmt mit dem Integritätswert im HTML dieser Seite überein.
wasm-check-differs = Der Hash stimmt nicht mit dem Integritätswert im HTML dieser Seite überein ({ $declared }): Verwenden Sie diese Kopie nicht; laden Sie sie neu oder bauen Sie Ihre eigene.
wasm-check-undeclared = Das HTML dieser Seite nennt keinen Integritätswert: Sie wurde nicht mit den Skripten dieses Projekts gebaut.
# "Running a relay" is the README's (English) section title.
verify-lead = Um diese Kopie mit einem Release zu vergleichen, starten Sie das Relay dieses Release („Running a relay“ in der README sagt, wo Sie es herunterladen) mit:
verify-after = Es lädt diese Seite und jede Datei, die sie lädt, prüft jede gegen den Integritätswert im HTML der Seite, vergleicht den Code Byte für Byte mit der Seite, die mit dem Relay kam, prüft, dass die Sicherheitsrichtlinie der Seite nur Verbindungen zu sich selbst, zu Tesla und zu Relays erlaubt, und meldet „IDENTICAL“ oder genau, was abweicht.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Oder bauen Sie diesen Commit selbst mit { $build } und vergleichen Sie den SHA-384 von { $file } mit dem obigen.
