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
