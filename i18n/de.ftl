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
#   inspect (a token)   → untersuchen (Chrome's word for Inspect); check → prüfen
#   car / VIN           → das Auto / die FIN
#   owner API, Fleet API → Owner API, Fleet API (Owner-API-…, Fleet-API-… in compounds)
#   issuer              → der Aussteller
#   verifier            → der Verifier (PKCE-Verifier)
#   direct mode         → der Direktmodus
#   idle time           → die Inaktivitätszeit
#   "Forget everything" → „Alles vergessen“
#   your own app        → Ihre eigene App
#   button              → die Schaltfläche
#   Ctrl                → Strg (German keyboards)
# Kept as written: OAuth, PKCE, CORS, tesla://, state, JWT, claims, scopes, curl,
# command names, file names, "IDENTICAL".

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Sprachen
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = Diese Seite gibt es auch auf Deutsch: <a>auf Deutsch lesen</a>.

## The static page, readable before the code runs

# Also the heading of the tab a login of your own app comes back to.
page-title = Ihre eigenen Tesla-API-Tokens
lead = Melden Sie sich auf Teslas eigener Seite an und erhalten Sie Ihr Access- und Refresh-Token. Ihr
    Passwort erreicht diese Seite nie, und die Tokens bleiben im Arbeitsspeicher dieses Tabs.
jump-links = <a href="#trust">Warum Sie dieser Seite vertrauen können</a> · <a href="#this-copy">Diese Kopie</a>
phone-banner = Am Smartphone? Schritt 2 braucht die Entwicklertools eines Computers. Nutzen Sie auf dem
    Smartphone Ihre eigene App (unter „Weitere Werkzeuge“).
step-1-title = 1. Bei Tesla anmelden
step-1-intro = Die Schaltfläche öffnet Teslas Anmeldung in einem neuen Tab. Öffnen Sie dort vor dem
    Anmelden die Entwicklertools dieses Tabs: Schritt 2 sagt, wo Sie nachsehen.
# Also the button once the page runs.
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
# Edge's step too: it prints the same line.
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

more-tools-title = Weitere Werkzeuge: erneuern, untersuchen, eigene App
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

# Placeholders that hold code stay as they are: hosts, addresses, commands,
# Tesla's error codes and HTTP statuses ({ $status }, e.g. 403), JSON field
# names. "step 1", "step 2", "Settings", "More tools", "Your own app" and the
# quoted button and field names are the page's own labels: use this
# language's. Browser menus, panels and prompts are named as the browser shows
# them in this language.
# German labels used here: „Einstellungen“, „Weitere Werkzeuge“, „Ihre eigene App“,
# „Mein Token prüfen“, „Mit meiner App anmelden“, „Haben Sie schon ein Refresh-Token?“,
# „App-Client-ID“, „Erneuern“, „Wo finde ich diese URL?“, „Nein“ (question-no).

# Between two sentences (or runs of sentences) said one after the other:
# a space in English.
sentence-then-sentence = { $first } { $second }

# oauth.rs

# { $code } is Tesla's error code (invalid_grant).
exchange-code-used-or-expired = Tesla meldet, dass dieser Code schon verwendet wurde oder abgelaufen ist ({ $code }). Codes funktionieren nur einmal und nur wenige Minuten lang: Beginnen Sie erneut bei Schritt 1.
# { $code } is Tesla's error code (invalid_request), { $description } Tesla's explanation, in English.
exchange-invalid-verifier = Tesla hat den PKCE-Verifier abgelehnt ({ $code }: { $description }). Beginnen Sie erneut bei Schritt 1; passiert es wieder, hat Tesla vielleicht seine Regeln geändert: Bitte melden Sie es dann.
# { $code } is Tesla's error code (login_required).
exchange-login-required = Tesla verlangt eine neue Anmeldung ({ $code }). Beginnen Sie erneut bei Schritt 1.
# { $code } is Tesla's error code (e.g. invalid_grant).
exchange-refresh-token-spent = Tesla hat dieses Refresh-Token abgelehnt ({ $code }): Es wurde schon verwendet oder widerrufen (eine Änderung des Kontopassworts widerruft alle Tokens). Refresh-Tokens funktionieren nur einmal. Melden Sie sich bei Schritt 1 neu an.
# { $code } is Tesla's error code, { $description } Tesla's explanation, in English.
exchange-tesla-refused = Tesla hat die Anfrage abgelehnt: { $code } ({ $description }, HTTP { $status }). Beginnen Sie erneut bei Schritt 1; passiert es wieder, hat Tesla vielleicht seinen Ablauf geändert.
# The same, when Tesla gave no explanation.
exchange-tesla-refused-no-reason = Tesla hat die Anfrage abgelehnt: { $code } (ohne Begründung, HTTP { $status }). Beginnen Sie erneut bei Schritt 1; passiert es wieder, hat Tesla vielleicht seinen Ablauf geändert.
# { $reason } is the relay's explanation, in English.
exchange-relay-refused = Das Relay hat abgelehnt oder ist gescheitert: { $reason }. Prüfen Sie das Relay unter „Einstellungen“ oder starten Sie ein Relay auf diesem Computer, wie Schritt 2 zeigt.
# { $answer } is what Tesla's firewall answered, in English (Access Denied).
exchange-access-denied = Teslas Firewall hat „{ $answer }“ geantwortet (HTTP { $status }). Sie sperrt manche Netze und gehostete Relays: Versuchen Sie ein Relay auf Ihrem eigenen Rechner und fügen Sie die URL dann erneut ein.
exchange-tesla-unavailable = Teslas Server hat einen Fehler gemeldet (HTTP { $status }). Warten Sie eine Minute und versuchen Sie es erneut: Der Code bleibt einige Minuten gültig.
exchange-not-json = Die Antwort war kein JSON (HTTP { $status }), kam also nicht von Teslas Token-Endpunkt. Prüfen Sie, ob die Relay-Einstellung auf ein Token-Relay zeigt.
exchange-incomplete-tokens = Tesla hat ohne Access-Token und Refresh-Token geantwortet. Beginnen Sie erneut bei Schritt 1.
# The answer came through the relay at { $host } (e.g. 127.0.0.1:8787).
exchange-implausible-token-relay = Die Antwort, die über das Relay unter { $host } kam, enthält ein Token mit Zeichen, die Teslas Tokens nie haben, und wurde daher abgelehnt: Nichts wurde angezeigt oder exportiert. Das Relay verändert vielleicht Antworten: Verwenden Sie ein Relay, das Sie selbst betreiben, und melden Sie sich dann neu an.
# The same, when the page called Tesla directly.
# (German: "the answer may have been altered on its way", as there was no relay.)
exchange-implausible-token-direct = Die Antwort, die direkt von Tesla kam, ohne Relay, enthält ein Token mit Zeichen, die Teslas Tokens nie haben, und wurde daher abgelehnt: Nichts wurde angezeigt oder exportiert. Die Antwort wurde vielleicht unterwegs verändert: Verwenden Sie ein Relay, das Sie selbst betreiben, und melden Sie sich dann neu an.
exchange-relay-unreachable = Das Relay unter { $host } war nicht erreichbar: Es läuft nicht, oder es lässt diese Seite nicht zu. Ihr Code wurde nicht verwendet: Starten Sie das Relay, wie Schritt 2 zeigt, und drücken Sie dann erneut die Schaltfläche.
exchange-direct-unreachable = Tesla war direkt nicht erreichbar: Tesla lässt diese Seite seine Antworten nicht (oder nicht mehr) lesen. Schalten Sie den Direktmodus aus, um über das Relay zu gehen.
exchange-timed-out = Keine Antwort innerhalb von { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }. Das Relay oder Tesla ist langsam oder nicht erreichbar; versuchen Sie es gleich noch einmal.
# { $reason } is the relay's explanation, in English.
exchange-tesla-timed-out = Tesla hat nicht rechtzeitig geantwortet (das Relay meldet: { $reason }). Versuchen Sie es gleich noch einmal; hat Tesla den Code inzwischen verwendet, sagt die Seite es Ihnen, und Sie beginnen erneut bei Schritt 1.
# Said after a refusal of Tesla's; { $reference } is Tesla's reference id.
tesla-reference = Teslas Referenz für diese Ablehnung: { $reference } (der Tesla-Support fragt danach).

# { $url } is tesla://auth/callback?…
paste-empty = Es wurde nichts eingefügt. Fügen Sie die URL { $url } aus den Entwicklertools des Anmelde-Tabs ein.
# { $url } is tesla://auth/callback?locale=…&code=…, with this page's Tesla locale (en-US, de-DE…)
paste-too-long = Das ist viel zu lang für eine Callback-URL. Kopieren Sie nur die Zeile, die mit { $url } beginnt.
# { $url } is tesla://auth/callback?…
paste-authorize-link = Das ist der Anmelde-Link, nicht das Ergebnis. Öffnen Sie ihn, melden Sie sich an und kopieren Sie dann die URL { $url }, zu der Tesla weiterleitet (siehe die Schritte oben).
# { $url } is tesla://auth/callback?…; "Where is this URL?" is the title of the browser help (where-is-the-url).
paste-not-a-callback = In Ihrer Eingabe wurde keine URL { $url } gefunden. „Wo finde ich diese URL?“ oben zeigt, wo Ihr Browser sie anzeigt und was Sie kopieren müssen.
# { $address } is …/authorize/complete?transaction_id=…, { $row } complete?transaction_id=…, { $header } location: tesla://auth/callback?…
# Network, "Persist Logs" and Headers are Firefox's names (as in help-firefox-*).
# German Firefox: „Netzwerkanalyse“, „Logs nicht leeren“, „Kopfzeilen“, „Antwortkopfzeile“
# (mozilla-l10n/firefox-l10n de/devtools/client/startup.properties, netmonitor.properties).
paste-before-the-redirect = Das ist die Adresse vor Teslas Weiterleitung ({ $address }), die Firefox in der Konsole zeigt: Sie enthält keinen Code. Öffnen Sie in den Entwicklertools des Anmelde-Tabs die Netzwerkanalyse (mit „Logs nicht leeren“), klicken Sie auf die blockierte Zeile { $row } und kopieren Sie unter „Kopfzeilen“ die Antwortkopfzeile { $header }. Ist die Zeile weg, melden Sie sich bei geöffneter Netzwerkanalyse erneut an.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
paste-tesla-refused = Tesla hat die Anmeldung abgelehnt: { $description } ({ $code }). Nichts wurde gesendet. Beginnen Sie erneut bei Schritt 1.
# The same, when Tesla gave no explanation.
paste-tesla-refused-no-reason = Tesla hat die Anmeldung ohne Begründung abgelehnt ({ $code }). Nichts wurde gesendet. Beginnen Sie erneut bei Schritt 1.
paste-missing-state = Die URL hat keinen „state“ und lässt sich daher dieser Anmeldung nicht zuordnen. Kopieren Sie die ganze URL, einschließlich allem nach dem ?.
paste-state-mismatch = Diese URL gehört zu einer anderen Anmeldung: Ihr „state“ passt nicht zu dem, den diese Seite gestartet hat. Sie stammt vielleicht aus einem älteren Tab oder aus dem Link einer anderen Person. Nichts wurde gesendet. Verwenden Sie die URL aus dem Tab, den Schritt 1 geöffnet hat, oder beginnen Sie erneut bei Schritt 1.
# { $url } is tesla://auth/callback?…
paste-missing-code = Die URL enthält keinen Code. Kopieren Sie die ganze URL { $url }, einschließlich allem nach dem ?.
paste-malformed-code = Der Code in dieser URL sieht nicht aus wie einer, den Tesla ausgibt (unerwartete Zeichen oder Länge). Kopieren Sie die URL erneut, genau so, wie die Entwicklertools sie zeigen.
# { $issuer } is the address the URL names.
paste-untrusted-issuer = Die URL nennt einen Aussteller, dem diese Seite nicht vertraut: { $issuer }. Nur Teslas eigene Server dürfen Ihren Code erhalten, deshalb wurde nichts gesendet. Verwenden Sie die URL aus Teslas Anmelde-Tab; wenn Ihnen jemand diesen Link geschickt hat, verwenden Sie ihn nicht.
# { $name } is the name of a part of the URL (state, code…).
paste-repeated = Die URL enthält { $name } mehrmals und ist daher mehrdeutig. Kopieren Sie sie erneut aus dem Anmelde-Tab.

# { $global }, { $europe } and { $china } are the tokens' prefixes (qts-, eu-, cn-).
refresh-retired-v2 = Das ist ein Owner-API-Token von vor 2021 ({ $global }, { $europe } oder { $china } und { $digits ->
        [one] { $digits } Hex-Ziffer
       *[other] { $digits } Hex-Ziffern
    }). Tesla hat diese Tokens im März 2022 abgeschaltet; es lässt sich nicht erneuern. Melden Sie sich bei Schritt 1 an, um neue Tokens zu erhalten.
refresh-access-token = Das ist ein Access-Token, kein Refresh-Token: Es gilt { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } lang für API-Aufrufe und kann keine neuen Tokens erzeugen. Fügen Sie das Refresh-Token ein, das mit ihm kam, oder melden Sie sich bei Schritt 1 an.
# { $field } is id_token.
refresh-id-token = Das ist ein { $field } (es sagt, wer sich angemeldet hat), kein Refresh-Token. Fügen Sie das Refresh-Token ein oder melden Sie sich bei Schritt 1 an.
refresh-untrusted-issuer = Dieses Token nennt einen Aussteller, dem diese Seite nicht vertraut ({ $issuer }), deshalb wird es nirgendwohin gesendet. Nur Teslas eigene Server dürfen Ihr Refresh-Token erhalten.
# { $global } and { $china } are the regions' names (region-global, region-china).
refresh-needs-region = Dieses Token sagt nicht, zu welcher Region es gehört: Wählen Sie { $global } oder { $china } und erneuern Sie dann.
# { $region } is the token's region code (NA, EU, CN); "App client id" is the label of the field beside the token, Refresh its button.
refresh-fleet-needs-client-id-beside = Das ist ein Fleet-API-Refresh-Token ({ $region }_…). Zum Erneuern braucht es die Client-ID Ihrer App: Tragen Sie sie neben dem Token unter „App-Client-ID“ ein und drücken Sie dann „Erneuern“.
# { $region } is the token's region code (NA, EU, CN); "Already have a refresh token?" and "App client id" are the page's labels.
refresh-fleet-needs-client-id-elsewhere = Das ist ein Fleet-API-Refresh-Token ({ $region }_…). Zum Erneuern braucht es die Client-ID Ihrer App, die sich hier nicht eingeben lässt: Fügen Sie das Token unter „Haben Sie schon ein Refresh-Token?“ ein und tragen Sie die Client-ID daneben unter „App-Client-ID“ ein.
# { $algorithm } is the signature's algorithm (RS256, ES256).
refresh-cut-off = Dieses Refresh-Token ist abgeschnitten: Seine Signatur hat { $length ->
        [one] { $length } Zeichen
       *[other] { $length } Zeichen
    }, eine { $algorithm }-Signatur hat aber mindestens { $minimum }. Sein Ende ging beim Kopieren verloren. Es wurde nichts gesendet, das Token ist also nicht verbraucht: Kopieren Sie das ganze Token erneut und fügen Sie es ein.

# { $email } is what was typed.
login-option-bad-email = „{ $email }“ ist keine E-Mail-Adresse; lassen Sie das Feld leer oder geben Sie die E-Mail-Adresse Ihres Tesla-Kontos ein.
# { $locale } is what was typed; { $first } and { $second } are examples (en-US, de-DE).
login-option-bad-locale = „{ $locale }“ ist kein Sprachcode wie { $first } oder { $second }.
random-unavailable = Dieser Browser hat keine sicheren Zufallszahlen geliefert, daher lässt sich keine Anmeldung sicher starten. Versuchen Sie es mit einem aktuellen Browser.

# { $site } is developer.tesla.com.
fleet-missing-client-id = Geben Sie die Client-ID Ihrer App ein (von { $site }).
# { $id } is what was typed.
fleet-bad-client-id = Eine Client-ID enthält nur Buchstaben, Ziffern, - und _: „{ $id }“ nicht.
# { $example } is openid offline_access vehicle_device_data.
fleet-bad-scopes = Scopes sind Wörter wie { $example }, getrennt durch Leerzeichen.
# { $scope } is offline_access.
fleet-no-offline-access = Die Scopes müssen { $scope } enthalten, sonst sendet Tesla kein Refresh-Token.
# "Log in with my app" is the button's label.
fleet-result-state-mismatch = Ein Anmeldeergebnis kam für eine andere Anmeldung an (sein „state“ passt nicht): Es wurde ignoriert. Verwenden Sie den Tab, den „Mit meiner App anmelden“ geöffnet hat.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
fleet-result-refused = Tesla hat die Anmeldung abgelehnt: { $description } ({ $code }). Versuchen Sie es erneut.
# The same, when Tesla gave no explanation.
fleet-result-refused-no-reason = Tesla hat die Anmeldung ohne Begründung abgelehnt ({ $code }). Versuchen Sie es erneut.

# { $example } is http://127.0.0.1:8787/
relay-setting-empty = Geben Sie die Adresse des Relays ein, z. B. { $example }
# { $text } is what was typed; { $example } is http://127.0.0.1:8787/
relay-setting-not-a-url = Das ist keine Webadresse: { $text }. Sie sollte so aussehen: { $example }
# { $https } is https://, { $http } http://
relay-setting-unsupported-scheme = Eine Relay-Adresse muss mit { $https } beginnen (oder mit { $http } für ein Relay auf diesem Computer).
# { $http } is http://, { $https } https://, { $local } the addresses of this computer (127.0.0.1, localhost, [::1]), { $host } the relay's.
relay-setting-plain-http-to-remote = Einfaches { $http } ist nur für ein Relay auf diesem Computer erlaubt ({ $local }); verwenden Sie { $https } für { $host }, sonst gingen Ihre Tokens unverschlüsselt durchs Netz.
relay-setting-has-credentials = Die Relay-Adresse darf keinen Benutzernamen und kein Passwort enthalten.
relay-setting-has-fragment = Die Relay-Adresse darf kein #-Fragment enthalten.
# { $placeholder } is {url}, the place of Tesla's address in a relay address.
relay-setting-repeated-placeholder = Verwenden Sie { $placeholder } höchstens einmal in der Relay-Adresse.
# { $allowed } is the list of relays this copy may reach, { $relay } the relay refused.
relay-setting-not-in-policy = Diese Kopie der Seite darf nur mit den Relays sprechen, die ihre Sicherheitsrichtlinie nennt ({ $allowed }), daher würde Ihr Browser { $relay } blockieren. Betreiben Sie ein Relay auf diesem Computer (Schritt 2 zeigt, wie) oder hosten Sie Ihre eigene Kopie, gebaut mit Ihrem Relay.

# Step 1's line on the relay; { $host } is the relay's (e.g. 127.0.0.1:8787).
relay-health-unchecked = Relay: { $host }, wird geprüft, wenn Sie die Schaltfläche drücken.
relay-health-checking = Relay: { $host }, wird geprüft…
relay-health-answering = Relay: { $host }, antwortet.
relay-health-silent = Relay: { $host }, antwortet nicht (siehe Schritt 2).

# What the check of direct mode found.
direct-testing = Tesla wird gefragt…
direct-unavailable = Tesla lässt diese Seite seine Antworten nicht lesen: Anfragen gehen über das Relay.
direct-available = Tesla antwortet dieser Seite direkt: Sie können auf das Relay verzichten.

# The choice of an account's region; { $host } is auth.tesla.com or auth.tesla.cn.
region-global = Global ({ $host })
region-china = China ({ $host })
# The regions of Tesla's Fleet API, under "Your own app".
fleet-region-north-america = Nordamerika, Asien-Pazifik
fleet-region-europe = Europa, Naher Osten, Afrika
fleet-region-china = China
# { $issuer } and { $api } are addresses.
issued-for-owner-api = Ausgestellt von { $issuer } für die Owner API unter { $api }.
issued-for-fleet-api = Ausgestellt von { $issuer } für die Fleet-API-Region Ihrer App.

# owner_api.rs

api-expired = Das Access-Token ist abgelaufen oder wurde widerrufen (HTTP { $status }). Erneuern Sie es und versuchen Sie es dann erneut.
# { $answer } is Tesla's answer, in English (forbidden, see fleet-api); { $command } is token-relay.
api-forbidden-see-fleet = Tesla hat dieses Token für die Owner API abgelehnt ({ $status } „{ $answer }“). Seit Juni 2026 lehnt Tesla Tokens ab, die über bestimmte Verbindungen ausgestellt wurden. Kam dieses Token über ein gehostetes Relay oder einen Worker, melden Sie sich erneut über ein Relay auf Ihrem eigenen Computer an ({ $command }); war das schon so, verwenden Sie die Fleet API mit Ihrer eigenen App (unter „Weitere Werkzeuge“).
api-asleep = Das Auto schläft oder ist nicht erreichbar (HTTP { $status }). Wecken Sie es zuerst und versuchen Sie es dann erneut.
# { $endpoint } is /api/1/products.
api-fleet-only = Dieser Endpunkt antwortet jetzt nur noch über die Fleet API (HTTP { $status }). Die Seite verwendet stattdessen { $endpoint }; für alles andere registrieren Sie Ihre eigene App (siehe „Ihre eigene App“).
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server; { $call } is partner_accounts.
api-other-region-app-unregistered = Teslas Fleet API für { $called } ({ $called_host }) hat geantwortet, dass Ihre App in dieser Region nicht registriert ist (HTTP { $status }), obwohl Ihr Konto dort liegt. Registrieren Sie die App dort (Teslas Aufruf { $call }) und versuchen Sie es dann erneut.
# { $called } and { $account } are Fleet API regions' names (fleet-region-*), { $called_host } and { $account_host } their servers.
api-other-region-account-in = Teslas Fleet API für { $called } ({ $called_host }) hat geantwortet, dass das Konto in einer anderen Region registriert ist (HTTP { $status }): Es liegt in { $account } ({ $account_host }). Melden Sie sich unter „Ihre eigene App“ mit dieser Region erneut an, damit die Tokens für deren Fleet API gelten.
# The same, when the page does not know which region it called.
api-other-region-account-in-unknown-call = Teslas API hat geantwortet, dass das Konto in einer anderen Region registriert ist (HTTP { $status }): Es liegt in { $account } ({ $account_host }). Melden Sie sich unter „Ihre eigene App“ mit dieser Region erneut an, damit die Tokens für deren Fleet API gelten.
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server.
api-other-region-account-unknown = Teslas Fleet API für { $called } ({ $called_host }) hat geantwortet, dass das Konto in einer anderen Region registriert ist (HTTP { $status }), und Tesla hat nicht gesagt, in welcher. Melden Sie sich unter „Ihre eigene App“ mit einer anderen Region erneut an.
# The same, when the page does not know which region it called.
api-other-region-account-unknown-unknown-call = Teslas API hat geantwortet, dass das Konto in einer anderen Region registriert ist (HTTP { $status }), und Tesla hat nicht gesagt, in welcher. Melden Sie sich unter „Ihre eigene App“ mit einer anderen Region erneut an.
api-rate-limited-seconds = Tesla begrenzt, wie oft Sie es aufrufen dürfen (HTTP { $status }). Versuchen Sie es in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } erneut.
# { $date } is the time Tesla gave, as Tesla wrote it.
api-rate-limited-date = Tesla begrenzt, wie oft Sie es aufrufen dürfen (HTTP { $status }). Versuchen Sie es nach { $date } erneut.
api-rate-limited = Tesla begrenzt, wie oft Sie es aufrufen dürfen (HTTP { $status }). Versuchen Sie es in einer Minute erneut.
api-needs-signed-command = Dieses Auto nimmt diesen Befehl nur signiert mit Teslas Vehicle-Command-Protokoll an: Dafür braucht es einen mit dem Auto gekoppelten virtuellen Schlüssel, den nur eine registrierte Fleet-API-App haben kann. Die Owner API kann ihn nicht senden.
# { $reason } is the car's reason, in English.
api-command-refused = Das Auto hat den Befehl abgelehnt: { $reason }.
api-command-refused-no-reason = Das Auto hat den Befehl ohne Begründung abgelehnt.
# { $reason } is Tesla's reason, in English.
api-other = Tesla hat mit HTTP { $status } geantwortet: { $reason }.
api-other-no-reason = Tesla hat mit HTTP { $status } geantwortet, ohne Begründung.
api-not-json = Die Antwort war nicht das JSON, das Tesla sendet (HTTP { $status }). Prüfen Sie die Relay-Einstellung.
# { $reason } is the relay's explanation, in English.
api-relay-refused = Das Relay hat abgelehnt oder ist gescheitert: { $reason }.
api-relay-unreachable = Das Relay unter { $host } war nicht erreichbar. Läuft das Relay, und lässt es den Ursprung dieser Seite zu?
api-direct-unreachable = Tesla war direkt nicht erreichbar.
api-timed-out = Keine Antwort in der vorgesehenen Zeit. Das Relay oder Tesla ist langsam oder nicht erreichbar; versuchen Sie es gleich noch einmal.
api-bad-id = Teslas Antwort nannte eine Fahrzeug-ID, die diese Seite nicht verwenden kann.
api-no-api-base = Diese Tokens nennen keine Tesla-API, die diese Seite kennt, daher kann sie sie nicht verwenden.
# { $seconds } s: a number of seconds.
api-wake-timed-out = Das Auto ist nicht innerhalb von { $seconds } s online gekommen. Es ist vielleicht nicht erreichbar; versuchen Sie es später erneut.
api-cancelled = Das Wecken wurde abgebrochen.
# { $why } is why the refresh failed: one of the exchange-* messages.
api-refresh-failed = Das Access-Token wurde abgelehnt, und das Erneuern ist gescheitert: { $why }
api-no-tokens = Keine Tokens auf der Seite: Melden Sie sich zuerst an oder fügen Sie ein Refresh-Token ein.
# "Check my token" is the button's label.
api-no-car = Wählen Sie zuerst ein Auto: Listen Sie Ihre Produkte mit „Mein Token prüfen“ auf.
# Said after api-forbidden-see-fleet; { $host } is the relay's.
minted-relay = Diese Tokens wurden über das Relay unter { $host } ausgestellt.
minted-direct = Diese Tokens wurden direkt bei Tesla ausgestellt, ohne Relay.

# The timeline of a task on the car, one line each.
task-token-works = Das Token funktioniert: { $products ->
        [one] { $products } Produkt
       *[other] { $products } Produkte
    }.
task-car-online = Das Auto ist online.
# "Lichthupe", "Hupen": the Tesla app's German buttons (not confirmed from Tesla's strings).
task-done-flash-lights = Erledigt: Die Lichthupe wurde ausgelöst.
task-done-honk-horn = Erledigt: Es wurde gehupt.
task-refreshing-after-401 = Das Access-Token wurde abgelehnt ({ $status }): Es wird einmal erneuert…
# Followed by refresh-kept or refresh-replaced.
task-refreshed = Erneuert.
task-waking-up = Geweckt; warten, bis das Auto online ist…
# A check on a waking car: its number · seconds since it was woken · the car's state (car-state-*).
task-poll = Versuch { $attempt } · { $seconds } s · { $state }
task-one-step-refreshing = Schritt 1: Das Access-Token ist abgelaufen; es wird erneuert…
task-one-step-token-valid = Schritt 1: Das Access-Token scheint gültig.
task-one-step-reading-state = Schritt 2: Zustand des Autos wird gelesen…
task-one-step-car-online = Schritt 2: Das Auto ist online.
task-one-step-waking-online = Schritt 2: Das Auto ist online; es wird geweckt…
task-one-step-waking-asleep = Schritt 2: Das Auto schläft; es wird geweckt…
task-one-step-waking-offline = Schritt 2: Das Auto ist offline; es wird geweckt…
task-one-step-waking-unknown = Schritt 2: Zustand des Autos unbekannt; es wird geweckt…
task-one-step-flash-lights = Schritt 3: Lichthupe…
task-one-step-honk = Schritt 3: Hupen…
task-asking-region = Tesla wird gefragt, in welcher Region das Konto registriert ist…

# What a refresh did to the refresh token.
refresh-kept = Ein neues Access-Token wird angezeigt. Tesla hat kein neues Refresh-Token gesendet: Das verwendete ist weiter gültig und bleibt das, das Sie verwenden.
refresh-replaced = Neue Tokens werden angezeigt. Das verwendete Refresh-Token ist jetzt verbraucht: Ersetzen Sie es überall, wo Sie es verwenden, durch das neue.

# Buttons.
car-command-flash-lights = Lichthupe
car-command-honk = Hupen
# A car's connection state, shown beside it.
car-state-online = online
car-state-asleep = schläft
car-state-offline = offline
car-state-unknown = unbekannt
# A product Tesla gave no name.
product-car = Auto
product-energy-site = Energieanlage
# The rows of the car's data: a label, then its value.
data-battery = Batterie
data-battery-value = { $percent } %
data-range = Reichweite
# { $miles } in miles, { $km } in kilometres.
# (German: kilometres first.)
data-range-value = { $km } km ({ $miles } mi)
data-locked = Verriegelt
data-climate-on = Klimatisierung an
data-inside = Innen
# { $celsius } is the temperature, e.g. 21.5.
data-inside-value = { $celsius } °C
data-location = Standort
data-location-hidden = verborgen
data-yes = ja
data-no = nein

# display.rs

# A duration, put in { $duration } of the expiry messages below: "expires
# in …", "expired … ago".
# German: both places take the dative ("in etwa 3 Tagen", "vor etwa 3 Tagen",
# "vor weniger als einer Minute").
duration-days = { $days ->
        [one] etwa { $days } Tag
       *[other] etwa { $days } Tagen
    }
duration-hours-minutes = { $hours } h { $minutes } min
duration-minutes = { $minutes } min
duration-under-a-minute = weniger als einer Minute
# { $duration } is one of the duration-* messages.
inspected-expires-in = Dieses Token läuft in { $duration } ab.
inspected-expires-soon = Dieses Token läuft in { $duration } ab: Erneuern Sie es bald.
inspected-expired = Dieses Token ist vor { $duration } abgelaufen.
# { $duration } is one of the duration-* messages, { $time } the local time.
access-token-expires-in = Das Access-Token läuft in { $duration } ab (um { $time }).
access-token-expires-soon = Das Access-Token läuft in { $duration } ab (um { $time }): Erneuern Sie es bald.
access-token-expired = Das Access-Token ist vor { $duration } abgelaufen (um { $time }).

# What a token is.
token-kind-retired-v2 = Ein Owner-API-Token von vor 2021, von Tesla im März 2022 abgeschaltet: Es funktioniert nicht mehr.
# { $region } is a region code (NA, EU, CN).
token-kind-fleet-refresh = Ein opakes Fleet-API-Refresh-Token für die Region { $region }: Es enthält keine lesbaren Claims.
token-kind-access = Ein Access-Token (JWT).
token-kind-refresh = Ein Refresh-Token (JWT).
# { $field } is id_token.
token-kind-id = Ein { $field } (JWT): Es sagt, wer sich angemeldet hat.
token-kind-unknown = Ein JWT mit unbekanntem Zweck.
inspect-empty = Fügen Sie ein Token ein, um es zu untersuchen.
inspect-too-long = Das ist viel zu lang für ein Tesla-Token.
# { $prefix } is eyJ.
inspect-not-a-token = Das sieht nicht wie ein Tesla-Token aus: v3-Tokens beginnen mit { $prefix } und bestehen aus drei durch Punkte getrennten Teilen.
inspect-bad-payload-encoding = Das sieht wie ein JWT aus, aber seine Nutzdaten lassen sich nicht dekodieren. Kopieren Sie es erneut, vollständig.
inspect-bad-claims = Das sieht wie ein JWT aus, aber seine Claims lassen sich nicht dekodieren. Kopieren Sie es erneut, vollständig.

# The rows of the claims table; { $claim } is the claim's name in the token (ou_code, azp).
claim-issuer = Aussteller
claim-audience = Audience
claim-scopes = Scopes
claim-region = Region ({ $claim })
claim-subject = Subject
claim-client = Client ({ $claim })
claim-email = E-Mail
claim-issued = Ausgestellt
claim-expires = Läuft ab

# Buttons; { $file } is a file name (tokens.json), { $format } an export's name (TeslaPy cache.json).
export-download = { $file } herunterladen
export-copy = { $format } kopieren
# { $field } is id_token, { $file } tokens.json.
export-no-email = TeslaPy ordnet seinen Cache nach der E-Mail-Adresse des Kontos, die aus dem { $field } stammt; diese Tokens kamen ohne. Verwenden Sie stattdessen { $file }.
qr-too-long = Dieses Token ist zu lang für einen QR-Code; kopieren Sie es stattdessen.

# Where to type the command that starts a relay (shown under it).
# { $site } is rustup.rs.
terminal-source-folder = In einem Terminal, im Ordner mit dem Quellcode dieses Projekts (dafür brauchen Sie Rust, von { $site }):
terminal-powershell = In PowerShell:
# { $intel } and { $arm } are the names of the downloads (macos-x86_64, macos-arm64).
terminal-mac = Im Terminal (auf einem Intel-Mac: { $intel } statt { $arm }):
terminal-shell = In einem Terminal:
# { $address } is http://127.0.0.1:8787/
relay-serves-page = Safari lässt eine Seite im Web nie ein Relay auf diesem Computer erreichen. Starten Sie das Relay mit der Seite (Befehl unten), öffnen Sie dann { $address } und melden Sie sich dort an: eine Adresse, nichts zu erlauben.
# { $listens } is 127.0.0.1:8787, { $host } the relay this page tries, { $flag } --page, { $address } http://127.0.0.1:8787/
relay-help-note = Es lauscht auf { $listens }; diese Seite versucht { $host } (änderbar unter „Einstellungen“). Mit { $flag } gestartet, liefert das Relay auch diese Seite unter { $address } aus, was in jedem Browser funktioniert.

# The choices of the idle time, after which the page forgets the tokens.
idle-after = { $minutes ->
        [one] nach { $minutes } Minute ohne Aktivität
       *[other] nach { $minutes } Minuten ohne Aktivität
    }
idle-never = nie (behalten, bis ich die Seite schließe)
# { $minutes } min: a number of minutes.
idle-left = Wird in { $minutes } min vergessen, wenn Sie die Seite nicht nutzen.

# page.rs

# The relay at { $host } on this computer cannot be reached from this page
# (on the web): the first sentence, by browser, then relay-local-* says
# what to do, then relay-blocked-code-unused.
relay-blocked-safari = Das Relay unter { $host } war nicht erreichbar: Diese Seite liegt im Web (HTTPS) und das Relay auf diesem Computer, was Safari nie erlaubt.
relay-blocked-prompt = Das Relay unter { $host } war nicht erreichbar: Diese Seite liegt im Web (HTTPS) und das Relay auf diesem Computer, und der Browser fragt, bevor eine Website es erreichen darf.
relay-blocked-unknown-browser = Das Relay unter { $host } war nicht erreichbar: Diese Seite liegt im Web (HTTPS) und das Relay auf diesem Computer.
relay-blocked-code-unused = Ihr Code wurde nicht verwendet: Drücken Sie dann die Schaltfläche erneut.
# The relay at { $host } does not answer: the first sentence, by browser,
# then relay-local-* (or relay-silent-start-it), then relay-silent-code-kept
# or relay-silent-paste-waits.
relay-silent-safari = Das Relay unter { $host } antwortet dieser Seite nicht: Diese Seite liegt im Web (HTTPS) und das Relay auf diesem Computer, was Safari nie erlaubt.
relay-silent-prompt = Das Relay unter { $host } antwortet dieser Seite nicht: Diese Seite liegt im Web (HTTPS) und das Relay auf diesem Computer, und der Browser fragt, bevor eine Website es erreichen darf.
relay-silent-unknown-browser = Das Relay unter { $host } antwortet dieser Seite nicht: Diese Seite liegt im Web (HTTPS) und das Relay auf diesem Computer.
relay-silent-not-running = Das Relay unter { $host } antwortet dieser Seite nicht: Es läuft nicht, oder es lässt diese Seite nicht zu.
relay-silent-start-it = Starten Sie es wie unten gezeigt; diese Seite fragt alle paar Sekunden erneut.
relay-silent-code-kept = Ihr Code bleibt hier, unbenutzt, und wird gesendet, sobald das Relay antwortet.
relay-silent-paste-waits = Sie können mit der Anmeldung weitermachen: Das Eingefügte wartet auf das Relay.
# { $command } is token-relay --page, { $address } http://127.0.0.1:8787/
relay-local-safari = Öffnen Sie die Seite stattdessen über Ihr eigenes Relay ({ $command } liefert sie unter { $address } aus) oder verwenden Sie ein HTTPS-Relay.
# The prompt is quoted as Chrome, Edge and Firefox show it in this language.
# „Auf andere Apps und Dienste auf diesem Gerät zugreifen“: Chrome's German prompt as German
# READMEs quote it (search tool, corpus code); not confirmed from Chromium's own strings,
# nor for Firefox.
relay-local-prompt = Achten Sie in diesem Tab auf eine Abfrage („Auf andere Apps und Dienste auf diesem Gerät zugreifen“) und erlauben Sie sie. Läuft das Relay nicht, starten Sie es wie unten gezeigt; diese Seite fragt alle paar Sekunden erneut.
relay-local-unknown-browser = Chrome, Edge und Firefox fragen, bevor eine Website es erreichen darf: Achten Sie in diesem Tab auf eine Abfrage („Auf andere Apps und Dienste auf diesem Gerät zugreifen“) und erlauben Sie sie. Safari erlaubt es nie: Öffnen Sie die Seite stattdessen über Ihr eigenes Relay oder verwenden Sie ein HTTPS-Relay. Läuft das Relay nicht, starten Sie es wie unten gezeigt; diese Seite fragt alle paar Sekunden erneut.
answer-relay-question-first = Beantworten Sie zuerst unten die Frage zum Relay: Diese Seite sendet nichts an ein Relay, das Sie nicht bestätigt haben.

# While a request is under way: through the relay at { $host }, or directly.
exchanging-relay = Einen Moment… Der Code wird über das Relay unter { $host } eingetauscht. Das kann einige Sekunden dauern.
exchanging-direct = Einen Moment… Der Code wird direkt bei Tesla eingetauscht, ohne Relay. Das kann einige Sekunden dauern.
exchanging-fleet-relay = Der Code Ihrer App wird über das Relay unter { $host } eingetauscht…
exchanging-fleet-direct = Der Code Ihrer App wird direkt bei Tesla eingetauscht, ohne Relay…
refreshing-relay = Wird über das Relay unter { $host } erneuert…
refreshing-direct = Wird direkt bei Tesla erneuert, ohne Relay…
waiting-for-fleet-tab = Warten, bis der Anmelde-Tab zurückkommt…
tokens-received-relay = Tokens über das Relay unter { $host } erhalten: Kopieren Sie sie jetzt.
tokens-received-direct = Tokens direkt von Tesla erhalten, ohne Relay: Kopieren Sie sie jetzt.
fleet-tokens-received-relay = Tokens für Ihre App über das Relay unter { $host } erhalten: Kopieren Sie sie jetzt.
fleet-tokens-received-direct = Tokens für Ihre App direkt von Tesla erhalten, ohne Relay: Kopieren Sie sie jetzt.
already-exchanged = Diese Tokens werden schon unten angezeigt: Der Code dieser URL wurde für sie verwendet.

# Questions before something that cannot be undone (answered Yes or No).
ask-forget-everything = Jetzt alles vergessen? Die angezeigten Tokens und jede laufende Anmeldung werden von dieser Seite gelöscht. Tokens, die Sie kopiert haben, funktionieren weiter.
ask-replace-uncopied-tokens = Die angezeigten Tokens wurden nie kopiert oder heruntergeladen. Neue Tokens ersetzen sie auf dieser Seite: fortfahren?
ask-replace-with-arrived = Neue Tokens sind angekommen, aber die angezeigten wurden nie kopiert oder heruntergeladen. Stattdessen die neuen anzeigen? (Mit „Nein“ bleiben die angezeigten Tokens; die neuen werden dann vergessen.)
forgotten-everything = Alles wurde vergessen: Tokens, Anmeldegeheimnisse und Eingaben.
forgotten-idle = Nach { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } ohne Aktivität wurden, wie gewählt, die Tokens und alle Eingaben vergessen. Melden Sie sich erneut an oder erneuern Sie, um neue Tokens zu erhalten.
# Shown while leaving the page would lose something.
leave-uncopied-tokens = Kopieren Sie Ihre Tokens oder laden Sie sie herunter, bevor Sie diese Seite schließen oder neu laden: Es gibt sie nur hier.
leave-login-pending = Lassen Sie diese Seite offen, bis Ihre Tokens angezeigt werden: Das Geheimnis der Anmeldung liegt nur im Arbeitsspeicher dieser Seite, und ein Neuladen löscht es.

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

callback-tab-done = Anmeldung abgeschlossen: Das Ergebnis ging an den Tab, in dem Sie begonnen haben. Sie können diesen Tab schließen.
callback-tab-unusable = Diese Adresse enthält ein Anmeldeergebnis, das diese Seite nicht verwenden kann. Schließen Sie diesen Tab und beginnen Sie neu.
callback-tab-start-tab-gone = Ist der Tab, in dem Sie begonnen haben, geschlossen, ist das Geheimnis der Anmeldung mit ihm verschwunden: Beginnen Sie dort neu.

## The page inside another page (src/ui/mod.rs)

framed-refusal = Diese Seite läuft nicht innerhalb einer anderen Seite, denn die könnte Sie zu Klicks verleiten. Öffnen Sie sie direkt in einem eigenen Tab.

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = Token-Anfragen gehen direkt an Tesla (Direktmodus).
# The login button (open-tesla-login) while a login waits for its paste.
login-start-new = Neue Anmeldung starten
# { $link } is a link whose text is login-no-tab-link.
login-no-tab = Kein neuer Tab? Ihr Browser hat ihn vielleicht blockiert: { $link }.
login-no-tab-link = Teslas Anmeldeseite öffnen
login-start-again = Neu beginnen (diese Anmeldung vergessen)
login-options-title = Anderes Konto oder andere Sprache
login-switch-account = Anderes Tesla-Konto verwenden (Tesla zeigt das Anmeldeformular, auch wenn es Sie wiedererkennt)
login-email = E-Mail-Adresse des Kontos (optional: damit wählt Tesla Ihre Region)
# { $locale } is Tesla's code for this page's language (en-US, de-DE…): Tesla's login page
# is in that language unless the owner types another code in the box.
login-locale = Sprache von Teslas Seite (optional; leer bedeutet { $locale }, die Sprache dieser Seite)

## Step 2: the paste (src/ui/paste_step.rs)

# { $callback } is tesla://auth/callback?…, { $header } is location: (both shown as code).
paste-label = Die URL { $callback }, die Konsolenzeile oder der Header { $header }
paste-exchange = Meine Tokens holen
paste-start-first = Beginnen Sie mit Schritt 1: Das Einfügen funktioniert nur für die Anmeldung, die diese Seite gestartet hat.

## Starting a relay when none answers (src/ui/relay_help.rs)

# { $terminal } says where to type the command (such as "In PowerShell:"); the command follows.
relay-help-start = Starten Sie ein Relay auf diesem Computer. { $terminal }

## Step 3: the tokens (src/ui/tokens_step.rs, src/ui/token_field.rs)

tokens-step-title = 3. Ihre Tokens
tokens-step-access = Access-Token
tokens-step-copy-access = Access-Token kopieren
tokens-step-refresh = Refresh-Token
tokens-step-copy-refresh = Refresh-Token kopieren
tokens-step-refresh-lasts = Das Refresh-Token gilt etwa drei Monate und funktioniert nur einmal: Jedes Erneuern liefert ein neues.
tokens-step-refresh-now = Jetzt erneuern (neues Access- und Refresh-Token)
tokens-step-export = Export: .env, JSON, TeslaPy und mehr, QR-Code
tokens-step-use = Token verwenden: prüfen, Auto wecken, Befehl senden
# The QR code's name, for screen readers.
tokens-step-qr-label = QR-Code des Refresh-Tokens
tokens-step-qr-show = Refresh-Token als QR-Code zeigen (für eine Smartphone-App)
tokens-step-qr-hide = QR-Code ausblenden
# After a copy button, when the copy worked or the browser refused it.
token-field-copied = Kopiert.
token-field-refused = Der Browser hat es abgelehnt; markieren Sie den Text und kopieren Sie ihn.

## Using the token (src/ui/cars_step.rs)

cars-intro = Alles hier läuft mit Ihrem Access-Token über das Relay. Ein abgelaufenes Token wird einmal von selbst erneuert; das neue Refresh-Token erscheint dann oben.
cars-check-token = Mein Token prüfen
# FIN: the German name of the VIN (Fahrzeug-Identifizierungsnummer).
cars-show-vins = Vollständige FINs zeigen
cars-wake = Aufwecken
cars-read-data = Daten lesen
# After a product's name and " · ": what kind of product it is.
cars-energy-site = Energieanlage
cars-one-step-title = In einem Schritt
cars-one-step-note = Erneuert bei Bedarf das Token, weckt bei Bedarf das Auto und sendet dann den Befehl.
cars-one-step-car = Auto
cars-one-step-command = Befehl
cars-one-step-do = Ausführen
cars-data-title = Fahrzeugdaten
cars-show-location = Standort zeigen
cars-curl-title = Der letzte Aufruf als curl
# { $variable } is $TESLA_ACCESS_TOKEN, the variable the command reads the token from.
cars-curl-include-token = Mein Access-Token einsetzen (sonst { $variable })
cars-copy-curl = Als curl kopieren
# Stops the task running (waking a car, sending a command).
cars-cancel = Abbrechen

## More tools: refresh with a pasted token (src/ui/refresh_step.rs)

refresh-step-title = Haben Sie schon ein Refresh-Token?
refresh-step-intro = Fügen Sie es ein, um ohne Anmeldung ein neues Access-Token zu erhalten. Das Refresh-Token ist danach verbraucht: Verwenden Sie ab dann das neue.
refresh-step-token = Refresh-Token
refresh-step-region = Region (nur nötig, wenn das Token seinen Aussteller nicht nennt)
refresh-step-region-from-token = Aus dem Token
refresh-step-client-id = App-Client-ID (nur für Fleet-API-Refresh-Tokens, NA_…)
# The button: new tokens from the pasted refresh token.
refresh-step-button = Erneuern

## More tools: inspect a token (src/ui/inspector.rs)

inspector-title = Token untersuchen
inspector-note = Hier in Ihrem Browser dekodiert, nur zum Lesen.
inspector-take-access = Access-Token untersuchen
inspector-take-refresh = Refresh-Token untersuchen
# id_token is the name of a field of Tesla's answer: keep it as is.
inspector-take-id = id_token untersuchen
inspector-token = Token
inspector-refresh = Mit diesem Token erneuern

## More tools: your own app (src/ui/fleet_step.rs)

fleet-step-title = Ihre eigene App (Fleet API): ohne Entwicklertools, auch am Smartphone
# { $redirect } is this page's address, shown as code.
fleet-step-intro = Für eine Fleet-API-App, die Sie bei developer.tesla.com registriert haben. Tragen Sie die Adresse dieser Seite als Redirect-URI der App ein: { $redirect }. Nach der Anmeldung schickt Tesla den Tab hierher zurück, und er übergibt den Code an diesen Tab (über den Browser, über keinen Server).
fleet-step-client-id = Client-ID
fleet-step-region = Region Ihres Kontos
fleet-step-scopes = Scopes
fleet-step-secret = Client-Secret (nur für eine Drittanbieter-App; bei einer Open-Source-App leer lassen)
fleet-step-secret-note = Ein Secret bleibt im Arbeitsspeicher dieser Seite, reist aber über das Relay zu Tesla, und das Relay kann es sehen: Verwenden Sie ein Secret nur mit einem Relay, das Sie selbst auf Ihrem Rechner betreiben.
fleet-step-login = Mit meiner App anmelden

## Settings: the relay and direct mode (src/ui/relay_setting.rs)

relay-setting-title = Relay
# { $relay } is token-relay, the name of the project's relay program (shown as code).
relay-setting-why = Teslas Token-Endpunkt lässt Webseiten seine Antworten nicht lesen (er sendet keine CORS-Header), deshalb läuft der Tausch über ein Relay: einen kleinen Weiterleiter, der Ihren Code und Ihre Tokens im Vorbeigehen sieht. Verwenden Sie eines, das Sie selbst betreiben ({ $relay }: Schritt 2 zeigt den Befehl, wenn er gebraucht wird). Allgemeine öffentliche CORS-Proxys sind für Tokens unsicher. Tokens, die über ein Relay als Cloudflare Worker ausgestellt wurden, lehnt die Owner API womöglich ab (Tesla prüft, wie das Token angefordert wurde, und die Verbindung eines Workers zu Tesla ist nicht verifiziert): Nehmen Sie lieber token-relay.
# { $host } is the relay's host, shown as code.
relay-setting-active = Anfragen gehen an das Relay unter { $host }.
# { $reason } says what is wrong with the address.
relay-setting-link-refused = Die Relay-Einstellung aus dem Link wurde abgelehnt: { $reason }
# { $host } is the proposed relay's host, { $address } its whole address (both shown as code).
relay-setting-proposal = Der Link, den Sie geöffnet haben, bittet diese Seite, das Relay unter { $host } ({ $address }) zu verwenden. Ein Relay sieht Ihren Code und Ihre Tokens, wenn sie durchlaufen: Verwenden Sie es nur, wenn Sie dem Betreiber vertrauen. Nichts wird gesendet, bevor Sie wählen.
# Buttons: { $host } is the proposed relay's host, or the one used now.
relay-setting-accept = { $host } verwenden
relay-setting-keep = { $host } behalten
# { $marker } is {url}, shown as code.
relay-setting-address = Relay-Adresse ({ $marker } markiert, wo die Tesla-URL eingesetzt wird; ohne Markierung wird die URL angehängt)
relay-setting-save = Dieses Relay verwenden
relay-setting-local-network = Liegt diese Seite im Web und läuft Ihr Relay auf diesem Computer, fragt der Browser vielleicht, ob die Seite Geräte in Ihrem lokalen Netzwerk erreichen darf: Erlauben Sie es für diese Seite, sonst ist das Relay nicht erreichbar.
direct-mode-title = Direktmodus
direct-mode-note = Wenn Teslas Token-Endpunkt dieser Seite erlaubt, seine Antworten zu lesen (CORS), ist kein Relay nötig. Die Prüfung sendet Tesla eine Anfrage ohne Code und ohne Token, kann also nichts verbrauchen.
direct-mode-probe = Prüfen, ob Tesla dieser Seite direkt antwortet
direct-mode-use = Token-Anfragen direkt an Tesla senden (ohne Relay)

## Settings: idle time (src/ui/tokens_step.rs)

idle-setting-title = Inaktivitätszeit
# The label of the list of idle times ("after 15 minutes without activity"…).
idle-setting-label = Tokens vergessen

## Asking before something cannot be undone (src/ui/question.rs, src/ui/forget.rs)

question-yes = Ja, weiter
question-no = Nein, behalten
forget-everything-button = Alles vergessen

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
this-copy-this-address = ‹Adresse dieser Seite›
wasm-check-matches = Der Hash stimmt mit dem Integritätswert im HTML dieser Seite überein.
wasm-check-differs = Der Hash stimmt nicht mit dem Integritätswert im HTML dieser Seite überein ({ $declared }): Verwenden Sie diese Kopie nicht; laden Sie sie neu oder bauen Sie Ihre eigene.
wasm-check-undeclared = Das HTML dieser Seite nennt keinen Integritätswert: Sie wurde nicht mit den Skripten dieses Projekts gebaut.
# "Running a relay" is the README's (English) section title.
verify-lead = Um diese Kopie mit einem Release zu vergleichen, starten Sie das Relay dieses Release („Running a relay“ in der README sagt, wo Sie es herunterladen) mit:
verify-after = Es lädt diese Seite und jede Datei, die sie lädt, prüft jede gegen den Integritätswert im HTML der Seite, vergleicht den Code Byte für Byte mit der Seite, die mit dem Relay kam, prüft, dass die Sicherheitsrichtlinie der Seite nur Verbindungen zu sich selbst, zu Tesla und zu Relays erlaubt, und meldet „IDENTICAL“ oder genau, was abweicht.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Oder bauen Sie diesen Commit selbst mit { $build } und vergleichen Sie den SHA-384 von { $file } mit dem obigen.
