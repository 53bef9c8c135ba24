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

# Also the heading of the tab a login of your own app comes back to.
page-title = Je eigen Tesla API-tokens
lead = Log in op de eigen pagina van Tesla en krijg je access token en refresh token. Je wachtwoord
    komt nooit op deze pagina, en de tokens blijven in het geheugen van dit tabblad.
jump-links = <a href="#trust">Waarom je deze pagina kunt vertrouwen</a> · <a href="#this-copy">Deze kopie</a>
phone-banner = Op een telefoon? Voor stap 2 heb je de ontwikkelaarstools van een computer nodig. Gebruik
    op een telefoon je eigen app (onder "Meer tools").
step-1-title = 1. Log in bij Tesla
step-1-intro = De knop opent de inlogpagina van Tesla in een nieuw tabblad. Open de ontwikkelaarstools
    van dat tabblad voordat je daar inlogt: stap 2 zegt waar je moet kijken.
# Also the button once the page runs.
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
# Edge's step too: it prints the same line.
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
exchange-code-used-or-expired = Tesla zegt dat deze code al is gebruikt of is verlopen ({ $code }). Een code werkt één keer en maar een paar minuten: begin opnieuw bij stap 1.
# { $code } is Tesla's error code (invalid_request), { $description } Tesla's explanation, in English.
exchange-invalid-verifier = Tesla heeft de PKCE-verifier geweigerd ({ $code }: { $description }). Begin opnieuw bij stap 1; gebeurt het weer, dan heeft Tesla misschien zijn regels veranderd: meld het dan.
# { $code } is Tesla's error code (login_required).
exchange-login-required = Tesla vraagt je opnieuw in te loggen ({ $code }). Begin opnieuw bij stap 1.
# { $code } is Tesla's error code (e.g. invalid_grant).
exchange-refresh-token-spent = Tesla heeft dit refresh token geweigerd ({ $code }): het is al gebruikt, of het is ingetrokken (als je het wachtwoord van het account wijzigt, worden alle tokens ingetrokken). Een refresh token werkt één keer. Log opnieuw in bij stap 1.
# { $code } is Tesla's error code, { $description } Tesla's explanation, in English.
exchange-tesla-refused = Tesla heeft de aanvraag geweigerd: { $code } ({ $description }, HTTP { $status }). Begin opnieuw bij stap 1; gebeurt het weer, dan heeft Tesla misschien zijn werkwijze veranderd.
# The same, when Tesla gave no explanation.
exchange-tesla-refused-no-reason = Tesla heeft de aanvraag geweigerd: { $code } (zonder reden, HTTP { $status }). Begin opnieuw bij stap 1; gebeurt het weer, dan heeft Tesla misschien zijn werkwijze veranderd.
# { $reason } is the relay's explanation, in English.
exchange-relay-refused = De relay weigerde of gaf een fout: { $reason }. Controleer de relay onder Instellingen, of start een relay op deze computer zoals stap 2 laat zien.
# { $answer } is what Tesla's firewall answered, in English (Access Denied).
exchange-access-denied = De firewall van Tesla antwoordde "{ $answer }" (HTTP { $status }). Die blokkeert sommige netwerken en gehoste relays: probeer een relay op je eigen computer en plak de URL daarna opnieuw.
exchange-tesla-unavailable = De server van Tesla gaf een fout (HTTP { $status }). Wacht een minuut en probeer het opnieuw: de code blijft een paar minuten geldig.
exchange-not-json = Het antwoord was geen JSON (HTTP { $status }), dus het kwam niet van het token-endpoint van Tesla. Controleer of de relay-instelling naar een token-relay wijst.
exchange-incomplete-tokens = Tesla antwoordde zonder access token en refresh token. Begin opnieuw bij stap 1.
# The answer came through the relay at { $host } (e.g. 127.0.0.1:8787).
exchange-implausible-token-relay = Het antwoord dat via de relay op { $host } kwam, bevat een token met tekens die tokens van Tesla nooit hebben, dus het is geweigerd: er is niets getoond of geëxporteerd. De relay verandert misschien antwoorden: gebruik een relay die je zelf draait en log opnieuw in.
# The same, when the page called Tesla directly.
exchange-implausible-token-direct = Het antwoord dat rechtstreeks van Tesla kwam, zonder relay, bevat een token met tekens die tokens van Tesla nooit hebben, dus het is geweigerd: er is niets getoond of geëxporteerd. Iets onderweg verandert misschien antwoorden: gebruik een relay die je zelf draait en log opnieuw in.
exchange-relay-unreachable = Kan de relay op { $host } niet bereiken: hij draait niet, of hij laat deze pagina niet toe. Je code is niet gebruikt: start de relay zoals stap 2 laat zien en druk dan opnieuw op de knop.
exchange-direct-unreachable = Kan Tesla niet rechtstreeks bereiken: Tesla laat deze pagina zijn antwoorden niet (meer) lezen. Zet de directe modus uit om via de relay te gaan.
exchange-timed-out = Geen antwoord binnen { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }. De relay of Tesla is traag of onbereikbaar; probeer het zo opnieuw.
# { $reason } is the relay's explanation, in English.
exchange-tesla-timed-out = Tesla antwoordde niet op tijd (de relay zegt: { $reason }). Probeer het zo opnieuw; heeft Tesla de code intussen gebruikt, dan zegt de pagina dat en begin je opnieuw bij stap 1.
# Said after a refusal of Tesla's; { $reference } is Tesla's reference id.
tesla-reference = Referentie van Tesla voor deze weigering: { $reference } (de klantenservice van Tesla vraagt erom).

# { $url } is tesla://auth/callback?…
paste-empty = Er is niets geplakt. Plak de URL { $url } uit de ontwikkelaarstools van het inlogtabblad.
# { $url } is tesla://auth/callback?locale=…&code=…, with this page's Tesla locale (en-US, de-DE…)
paste-too-long = Dat is veel te lang voor een callback-URL. Kopieer alleen de regel die begint met { $url }
# { $url } is tesla://auth/callback?…
paste-authorize-link = Dit is de inloglink, niet het resultaat. Open hem, log in en kopieer dan de URL { $url } waar Tesla naar doorverwijst (zie de stappen hierboven).
# { $url } is tesla://auth/callback?…; "Where is this URL?" is the title of the browser help (where-is-the-url).
paste-not-a-callback = In wat je hebt geplakt staat geen URL { $url }. "Waar vind ik deze URL?" hierboven laat zien waar je browser hem zet en wat je moet kopiëren.
# { $address } is …/authorize/complete?transaction_id=…, { $row } complete?transaction_id=…, { $header } location: tesla://auth/callback?…
# Network, "Persist Logs" and Headers are Firefox's names (as in help-firefox-*).
paste-before-the-redirect = Dit is het adres van vóór de doorverwijzing van Tesla ({ $address }), dat de Console van Firefox toont: er staat geen code in. Open in de ontwikkelaarstools van het inlogtabblad Netwerk (met "Registraties aanhouden" aan), klik op de geblokkeerde rij { $row } en kopieer onder Headers de antwoordheader { $header }. Is de rij weg, log dan opnieuw in terwijl Netwerk open is.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
paste-tesla-refused = Tesla heeft de login geweigerd: { $description } ({ $code }). Er is niets verstuurd. Begin opnieuw bij stap 1.
# The same, when Tesla gave no explanation.
paste-tesla-refused-no-reason = Tesla heeft de login zonder reden geweigerd ({ $code }). Er is niets verstuurd. Begin opnieuw bij stap 1.
paste-missing-state = De URL heeft geen state, dus hij kan niet aan deze login worden gekoppeld. Kopieer de hele URL, inclusief alles na het ?.
paste-state-mismatch = Deze URL hoort bij een andere login: de state komt niet overeen met die van de login die deze pagina heeft gestart. Hij komt misschien uit een ouder tabblad of uit de link van iemand anders. Er is niets verstuurd. Gebruik de URL uit het tabblad dat stap 1 heeft geopend, of begin opnieuw bij stap 1.
# { $url } is tesla://auth/callback?…
paste-missing-code = De URL heeft geen code. Kopieer de hele URL { $url }, inclusief alles na het ?.
paste-malformed-code = De code in deze URL lijkt niet op een code van Tesla (onverwachte tekens of lengte). Kopieer de URL opnieuw, precies zoals de ontwikkelaarstools hem tonen.
# { $issuer } is the address the URL names.
paste-untrusted-issuer = De URL noemt een uitgever (issuer) die deze pagina niet vertrouwt: { $issuer }. Alleen de eigen servers van Tesla mogen je code ontvangen, dus er is niets verstuurd. Gebruik de URL uit het inlogtabblad van Tesla; heeft iemand je deze link gestuurd, gebruik hem dan niet.
# { $name } is the name of a part of the URL (state, code…).
paste-repeated = De URL bevat { $name } meer dan één keer, dus hij is dubbelzinnig. Kopieer hem opnieuw uit het inlogtabblad.

# { $global }, { $europe } and { $china } are the tokens' prefixes (qts-, eu-, cn-).
refresh-retired-v2 = Dit is een owner-API-token van vóór 2021 ({ $global }, { $europe } of { $china } en { $digits ->
        [one] { $digits } hexadecimaal cijfer
       *[other] { $digits } hexadecimale cijfers
    }). Tesla heeft die in maart 2022 buiten gebruik gesteld; het kan niet worden vernieuwd. Log in bij stap 1 voor nieuwe tokens.
refresh-access-token = Dit is een access token, geen refresh token: het geeft { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    } toegang tot de API en kan geen nieuwe tokens aanmaken. Plak het refresh token dat erbij hoorde, of log in bij stap 1.
# { $field } is id_token.
refresh-id-token = Dit is een { $field } (het zegt wie er heeft ingelogd), geen refresh token. Plak het refresh token, of log in bij stap 1.
refresh-untrusted-issuer = Dit token noemt een uitgever (issuer) die deze pagina niet vertrouwt ({ $issuer }), dus het wordt nergens heen gestuurd. Alleen de eigen servers van Tesla mogen je refresh token ontvangen.
# { $global } and { $china } are the regions' names (region-global, region-china).
refresh-needs-region = Dit token zegt niet bij welke regio het hoort: kies { $global } of { $china } en vernieuw het dan.
# { $region } is the token's region code (NA, EU, CN); "App client id" is the label of the field beside the token, Refresh its button.
refresh-fleet-needs-client-id-beside = Dit is een Fleet API-refresh token ({ $region }_…). Om het te vernieuwen is de client-id van je app nodig: vul die in bij "Client-id van de app" naast het token en druk dan op Vernieuwen.
# { $region } is the token's region code (NA, EU, CN); "Already have a refresh token?" and "App client id" are the page's labels.
refresh-fleet-needs-client-id-elsewhere = Dit is een Fleet API-refresh token ({ $region }_…). Om het te vernieuwen is de client-id van je app nodig, en die kun je hier niet invullen: plak het token onder "Heb je al een refresh token?" en vul de client-id in bij "Client-id van de app" ernaast.
# { $algorithm } is the signature's algorithm (RS256, ES256).
refresh-cut-off = Dit refresh token is afgekapt: de handtekening heeft { $length ->
        [one] { $length } teken
       *[other] { $length } tekens
    }, en een { $algorithm }-handtekening heeft er minstens { $minimum }. Het einde is bij het kopiëren verloren gegaan. Er is niets verstuurd, dus het is niet verbruikt: kopieer het hele token opnieuw en plak het.

# { $email } is what was typed.
login-option-bad-email = "{ $email }" is geen e-mailadres; laat het veld leeg of vul het e-mailadres van je Tesla-account in.
# { $locale } is what was typed; { $first } and { $second } are examples (en-US, de-DE).
login-option-bad-locale = "{ $locale }" is geen taalcode zoals { $first } of { $second }.
random-unavailable = Deze browser gaf geen veilige willekeurige getallen, dus er kan niet veilig een login worden gestart. Probeer een actuele browser.

# { $site } is developer.tesla.com.
fleet-missing-client-id = Vul de client-id van je app in (van { $site }).
# { $id } is what was typed.
fleet-bad-client-id = Een client-id bevat alleen letters, cijfers, - en _: "{ $id }" niet.
# { $example } is openid offline_access vehicle_device_data.
fleet-bad-scopes = Scopes zijn woorden zoals { $example }, gescheiden door spaties.
# { $scope } is offline_access.
fleet-no-offline-access = De scopes moeten { $scope } bevatten, anders stuurt Tesla geen refresh token.
# "Log in with my app" is the button's label.
fleet-result-state-mismatch = Er kwam een inlogresultaat binnen voor een andere login (de state komt niet overeen): het is genegeerd. Gebruik het tabblad dat "Inloggen met mijn app" heeft geopend.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
fleet-result-refused = Tesla heeft de login geweigerd: { $description } ({ $code }). Probeer het opnieuw.
# The same, when Tesla gave no explanation.
fleet-result-refused-no-reason = Tesla heeft de login zonder reden geweigerd ({ $code }). Probeer het opnieuw.

# { $example } is http://127.0.0.1:8787/
relay-setting-empty = Vul het adres van de relay in, bijvoorbeeld { $example }
# { $text } is what was typed; { $example } is http://127.0.0.1:8787/
relay-setting-not-a-url = Dat is geen webadres: { $text }. Het moet eruitzien als { $example }
# { $https } is https://, { $http } http://
relay-setting-unsupported-scheme = Een relay-adres moet beginnen met { $https } (of { $http } voor een relay op deze computer).
# { $http } is http://, { $https } https://, { $local } the addresses of this computer (127.0.0.1, localhost, [::1]), { $host } the relay's.
relay-setting-plain-http-to-remote = Gewoon { $http } mag alleen voor een relay op deze computer ({ $local }); gebruik { $https } voor { $host }, anders gaan je tokens onversleuteld over het netwerk.
relay-setting-has-credentials = Het relay-adres mag geen gebruikersnaam of wachtwoord bevatten.
relay-setting-has-fragment = Het relay-adres mag geen #-fragment bevatten.
# { $placeholder } is {url}, the place of Tesla's address in a relay address.
relay-setting-repeated-placeholder = Gebruik { $placeholder } hoogstens één keer in het relay-adres.
# { $allowed } is the list of relays this copy may reach, { $relay } the relay refused.
relay-setting-not-in-policy = Deze kopie van de pagina mag alleen praten met de relays die in haar beveiligingsbeleid staan ({ $allowed }), dus je browser zou { $relay } blokkeren. Draai een relay op deze computer (stap 2 laat zien hoe), of host je eigen kopie, gebouwd met jouw relay.

# Step 1's line on the relay; { $host } is the relay's (e.g. 127.0.0.1:8787).
relay-health-unchecked = Relay: { $host }, wordt gecontroleerd als je op de knop drukt.
relay-health-checking = Relay: { $host }, wordt gecontroleerd…
relay-health-answering = Relay: { $host }, antwoordt.
relay-health-silent = Relay: { $host }, antwoordt niet (zie stap 2).

# What the check of direct mode found.
direct-testing = Tesla wordt gevraagd…
direct-unavailable = Tesla laat deze pagina zijn antwoorden niet lezen: aanvragen gaan via de relay.
direct-available = Tesla antwoordt deze pagina rechtstreeks: je kunt de relay overslaan.

# The choice of an account's region; { $host } is auth.tesla.com or auth.tesla.cn.
region-global = Wereldwijd ({ $host })
region-china = China ({ $host })
# The regions of Tesla's Fleet API, under "Your own app".
fleet-region-north-america = Noord-Amerika, Azië-Pacific
fleet-region-europe = Europa, Midden-Oosten, Afrika
fleet-region-china = China
# { $issuer } and { $api } are addresses.
issued-for-owner-api = Uitgegeven door { $issuer } voor de owner-API op { $api }.
issued-for-fleet-api = Uitgegeven door { $issuer } voor de Fleet API-regio van je app.

# owner_api.rs

api-expired = Het access token is verlopen of ingetrokken (HTTP { $status }). Vernieuw het en probeer het opnieuw.
# { $answer } is Tesla's answer, in English (forbidden, see fleet-api); { $command } is token-relay.
api-forbidden-see-fleet = Tesla weigerde dit token voor de owner-API ({ $status } "{ $answer }"). Sinds juni 2026 weigert Tesla tokens die via sommige verbindingen zijn aangemaakt. Kwam dit token via een gehoste relay of een Worker, log dan opnieuw in via een relay op je eigen computer ({ $command }); was dat al zo, gebruik dan de Fleet API met je eigen app (onder Meer tools).
api-asleep = De auto slaapt of is onbereikbaar (HTTP { $status }). Wek hem eerst en probeer het dan opnieuw.
# { $endpoint } is /api/1/products.
api-fleet-only = Dit endpoint antwoordt nu alleen nog op de Fleet API (HTTP { $status }). De pagina gebruikt in plaats daarvan { $endpoint }; registreer voor de rest je eigen app (zie "Je eigen app").
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server; { $call } is partner_accounts.
api-other-region-app-unregistered = De Fleet API van Tesla voor { $called } ({ $called_host }) antwoordde dat je app niet in deze regio is geregistreerd (HTTP { $status }), hoewel je account er wel in zit. Registreer de app daar (de aanroep { $call } van Tesla) en probeer het opnieuw.
# { $called } and { $account } are Fleet API regions' names (fleet-region-*), { $called_host } and { $account_host } their servers.
api-other-region-account-in = De Fleet API van Tesla voor { $called } ({ $called_host }) antwoordde dat het account in een andere regio is geregistreerd (HTTP { $status }): het zit in { $account } ({ $account_host }). Log opnieuw in onder "Je eigen app" met die regio, zodat de tokens voor de Fleet API van die regio zijn.
# The same, when the page does not know which region it called.
api-other-region-account-in-unknown-call = De API van Tesla antwoordde dat het account in een andere regio is geregistreerd (HTTP { $status }): het zit in { $account } ({ $account_host }). Log opnieuw in onder "Je eigen app" met die regio, zodat de tokens voor de Fleet API van die regio zijn.
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server.
api-other-region-account-unknown = De Fleet API van Tesla voor { $called } ({ $called_host }) antwoordde dat het account in een andere regio is geregistreerd (HTTP { $status }), en Tesla zei niet welke. Log opnieuw in onder "Je eigen app" met een andere regio.
# The same, when the page does not know which region it called.
api-other-region-account-unknown-unknown-call = De API van Tesla antwoordde dat het account in een andere regio is geregistreerd (HTTP { $status }), en Tesla zei niet welke. Log opnieuw in onder "Je eigen app" met een andere regio.
api-rate-limited-seconds = Tesla beperkt hoe vaak je de API mag aanroepen (HTTP { $status }). Probeer het opnieuw over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }.
# { $date } is the time Tesla gave, as Tesla wrote it.
api-rate-limited-date = Tesla beperkt hoe vaak je de API mag aanroepen (HTTP { $status }). Probeer het opnieuw na { $date }.
api-rate-limited = Tesla beperkt hoe vaak je de API mag aanroepen (HTTP { $status }). Probeer het over een minuut opnieuw.
api-needs-signed-command = Deze auto accepteert deze opdracht alleen als die is ondertekend met het vehicle-command-protocol van Tesla: daarvoor is een virtuele sleutel nodig die aan de auto is gekoppeld, en die kan alleen een geregistreerde Fleet API-app hebben. De owner-API kan de opdracht niet versturen.
# { $reason } is the car's reason, in English.
api-command-refused = De auto weigerde de opdracht: { $reason }.
api-command-refused-no-reason = De auto weigerde de opdracht en gaf geen reden.
# { $reason } is Tesla's reason, in English.
api-other = Tesla antwoordde HTTP { $status }: { $reason }.
api-other-no-reason = Tesla antwoordde HTTP { $status } en gaf geen reden.
api-not-json = Het antwoord was niet de JSON die Tesla stuurt (HTTP { $status }). Controleer de relay-instelling.
# { $reason } is the relay's explanation, in English.
api-relay-refused = De relay weigerde of gaf een fout: { $reason }.
api-relay-unreachable = Kan de relay op { $host } niet bereiken. Draait de relay, en laat hij de origin van deze pagina toe?
api-direct-unreachable = Kan Tesla niet rechtstreeks bereiken.
api-timed-out = Geen antwoord op tijd. De relay of Tesla is traag of onbereikbaar; probeer het zo opnieuw.
api-bad-id = Het antwoord van Tesla noemde een auto-id die deze pagina niet kan gebruiken.
api-no-api-base = Deze tokens noemen geen API van Tesla die deze pagina kent, dus ze kan ze niet gebruiken.
# { $seconds } s: a number of seconds.
api-wake-timed-out = De auto kwam niet binnen { $seconds } s online. Hij is misschien onbereikbaar; probeer het later opnieuw.
api-cancelled = Het wekken is geannuleerd.
# { $why } is why the refresh failed: one of the exchange-* messages.
api-refresh-failed = Het access token werd geweigerd en vernieuwen is mislukt: { $why }
api-no-tokens = Geen tokens op de pagina: log eerst in of plak een refresh token.
# "Check my token" is the button's label.
api-no-car = Kies eerst een auto: toon je producten met "Mijn token controleren".
# Said after api-forbidden-see-fleet; { $host } is the relay's.
minted-relay = Deze tokens zijn aangemaakt via de relay op { $host }.
minted-direct = Deze tokens zijn rechtstreeks bij Tesla aangemaakt, zonder relay.

# The timeline of a task on the car, one line each.
task-token-works = Het token werkt: { $products ->
        [one] { $products } product
       *[other] { $products } producten
    }.
task-car-online = De auto is online.
task-done-flash-lights = Klaar: de lichten hebben geknipperd.
task-done-honk-horn = Klaar: de claxon heeft geklonken.
task-refreshing-after-401 = Het access token werd geweigerd ({ $status }): het wordt één keer vernieuwd…
# Followed by refresh-kept or refresh-replaced.
task-refreshed = Vernieuwd.
task-waking-up = Gewekt; wachten tot de auto online komt…
# A check on a waking car: its number · seconds since it was woken · the car's state (car-state-*).
task-poll = Poging { $attempt } · { $seconds } s · { $state }
task-one-step-refreshing = Stap 1: het access token is verlopen; het wordt vernieuwd…
task-one-step-token-valid = Stap 1: het access token lijkt geldig.
task-one-step-reading-state = Stap 2: de status van de auto wordt gelezen…
task-one-step-car-online = Stap 2: de auto is online.
task-one-step-waking-online = Stap 2: de auto is online; hij wordt gewekt…
task-one-step-waking-asleep = Stap 2: de auto slaapt; hij wordt gewekt…
task-one-step-waking-offline = Stap 2: de auto is offline; hij wordt gewekt…
task-one-step-waking-unknown = Stap 2: de status van de auto is onbekend; hij wordt gewekt…
task-one-step-flash-lights = Stap 3: lichten knipperen…
task-one-step-honk = Stap 3: claxonneren…
task-asking-region = Tesla wordt gevraagd in welke regio het account is geregistreerd…

# What a refresh did to the refresh token.
refresh-kept = Er wordt een nieuw access token getoond. Tesla stuurde geen nieuw refresh token: het token dat je gebruikte is nog geldig en blijft het token dat je gebruikt.
refresh-replaced = Er worden nieuwe tokens getoond. Het refresh token dat je gebruikte is nu verbruikt: vervang het overal waar je het gebruikt door het nieuwe.

# Buttons.
car-command-flash-lights = Lichten knipperen
car-command-honk = Claxonneren
# A car's connection state, shown beside it.
car-state-online = online
car-state-asleep = slaapt
car-state-offline = offline
car-state-unknown = onbekend
# A product Tesla gave no name.
product-car = Auto
product-energy-site = Energie-installatie
# The rows of the car's data: a label, then its value.
data-battery = Accu
data-battery-value = { $percent } %
data-range = Bereik
# { $miles } in miles, { $km } in kilometres.
# nl: kilometres first, as Dutch readers expect.
data-range-value = { $km } km ({ $miles } mi)
data-locked = Vergrendeld
data-climate-on = Klimaat aan
data-inside = Binnen
# { $celsius } is the temperature, e.g. 21.5.
data-inside-value = { $celsius } °C
data-location = Locatie
data-location-hidden = verborgen
data-yes = ja
data-no = nee

# display.rs

# A duration, put in { $duration } of the expiry messages below: "expires
# in …", "expired … ago".
duration-days = { $days ->
        [one] ongeveer { $days } dag
       *[other] ongeveer { $days } dagen
    }
duration-hours-minutes = { $hours } u { $minutes } min
duration-minutes = { $minutes } min
duration-under-a-minute = minder dan een minuut
# { $duration } is one of the duration-* messages.
inspected-expires-in = Dit token verloopt over { $duration }.
inspected-expires-soon = Dit token verloopt over { $duration }: vernieuw het binnenkort.
inspected-expired = Dit token is { $duration } geleden verlopen.
# { $duration } is one of the duration-* messages, { $time } the local time.
access-token-expires-in = Het access token verloopt over { $duration } (om { $time }).
access-token-expires-soon = Het access token verloopt over { $duration } (om { $time }): vernieuw het binnenkort.
access-token-expired = Het access token is { $duration } geleden verlopen (om { $time }).

# What a token is.
token-kind-retired-v2 = Een owner-API-token van vóór 2021, in maart 2022 door Tesla buiten gebruik gesteld: het werkt niet meer.
# { $region } is a region code (NA, EU, CN).
token-kind-fleet-refresh = Een ondoorzichtig Fleet API-refresh token voor regio { $region }: er staan geen leesbare claims in.
token-kind-access = Een access token (JWT).
token-kind-refresh = Een refresh token (JWT).
# { $field } is id_token.
token-kind-id = Een { $field } (JWT): het zegt wie er heeft ingelogd.
token-kind-unknown = Een JWT met een onbekend doel.
inspect-empty = Plak een token om het te inspecteren.
inspect-too-long = Dat is veel te lang voor een token van Tesla.
# { $prefix } is eyJ.
inspect-not-a-token = Dit lijkt niet op een token van Tesla: v3-tokens beginnen met { $prefix } en hebben drie delen, gescheiden door punten.
inspect-bad-payload-encoding = Dit lijkt op een JWT, maar de codering van de payload kan niet worden gedecodeerd. Kopieer het opnieuw, helemaal.
inspect-bad-claims = Dit lijkt op een JWT, maar de claims kunnen niet worden gedecodeerd. Kopieer het opnieuw, helemaal.

# The rows of the claims table; { $claim } is the claim's name in the token (ou_code, azp).
claim-issuer = Uitgever
claim-audience = Doelgroep
claim-scopes = Scopes
claim-region = Regio ({ $claim })
claim-subject = Subject
claim-client = Client ({ $claim })
claim-email = E-mail
claim-issued = Uitgegeven
claim-expires = Verloopt

# Buttons; { $file } is a file name (tokens.json), { $format } an export's name (TeslaPy cache.json).
export-download = { $file } downloaden
export-copy = { $format } kopiëren
# { $field } is id_token, { $file } tokens.json.
export-no-email = TeslaPy ordent zijn cache op het e-mailadres van het account, en dat komt uit het { $field }; deze tokens kwamen zonder. Gebruik in plaats daarvan { $file }.
qr-too-long = Dit token is te lang voor een QR-code; kopieer het in plaats daarvan.

# Where to type the command that starts a relay (shown under it).
# { $site } is rustup.rs.
terminal-source-folder = In een terminal, in de map met de broncode van dit project (daarvoor heb je Rust nodig, van { $site }):
terminal-powershell = In PowerShell:
# { $intel } and { $arm } are the names of the downloads (macos-x86_64, macos-arm64).
terminal-mac = In Terminal (op een Intel-Mac: { $intel } in plaats van { $arm }):
terminal-shell = In een terminal:
# { $address } is http://127.0.0.1:8787/
relay-serves-page = Safari laat een pagina op het web nooit een relay op deze computer bereiken. Start de relay samen met de pagina (de opdracht hieronder), open dan { $address } en log daar in: één adres, niets om toe te staan.
# { $listens } is 127.0.0.1:8787, { $host } the relay this page tries, { $flag } --page, { $address } http://127.0.0.1:8787/
relay-help-note = Hij luistert op { $listens }; deze pagina probeert { $host } (wijzig dat onder Instellingen). Gestart met { $flag } serveert de relay ook deze pagina op { $address }, en dat werkt in elke browser.

# The choices of the idle time, after which the page forgets the tokens.
idle-after = { $minutes ->
        [one] na { $minutes } minuut zonder activiteit
       *[other] na { $minutes } minuten zonder activiteit
    }
idle-never = nooit (bewaar ze tot ik de pagina sluit)
# { $minutes } min: a number of minutes.
idle-left = Vergeten over { $minutes } min, tenzij je de pagina gebruikt.

# page.rs

# The relay at { $host } on this computer cannot be reached from this page
# (on the web): the first sentence, by browser, then relay-local-* says
# what to do, then relay-blocked-code-unused.
relay-blocked-safari = Kan de relay op { $host } niet bereiken: deze pagina staat op het web (HTTPS) en de relay draait op deze computer, en dat staat Safari nooit toe.
relay-blocked-prompt = Kan de relay op { $host } niet bereiken: deze pagina staat op het web (HTTPS) en de relay draait op deze computer: de browser vraagt eerst of een website die mag bereiken.
relay-blocked-unknown-browser = Kan de relay op { $host } niet bereiken: deze pagina staat op het web (HTTPS) en de relay draait op deze computer.
relay-blocked-code-unused = Je code is niet gebruikt: druk daarna opnieuw op de knop.
# The relay at { $host } does not answer: the first sentence, by browser,
# then relay-local-* (or relay-silent-start-it), then relay-silent-code-kept
# or relay-silent-paste-waits.
relay-silent-safari = De relay op { $host } antwoordt deze pagina niet: deze pagina staat op het web (HTTPS) en de relay draait op deze computer, en dat staat Safari nooit toe.
relay-silent-prompt = De relay op { $host } antwoordt deze pagina niet: deze pagina staat op het web (HTTPS) en de relay draait op deze computer: de browser vraagt eerst of een website die mag bereiken.
relay-silent-unknown-browser = De relay op { $host } antwoordt deze pagina niet: deze pagina staat op het web (HTTPS) en de relay draait op deze computer.
relay-silent-not-running = De relay op { $host } antwoordt deze pagina niet: hij draait niet, of hij laat deze pagina niet toe.
relay-silent-start-it = Start hem zoals hieronder staat; deze pagina vraagt het om de paar seconden opnieuw.
relay-silent-code-kept = Je code blijft hier bewaard, ongebruikt, en wordt verstuurd zodra de relay antwoordt.
relay-silent-paste-waits = Je kunt gewoon verder met inloggen: het plakken wacht op de relay.
# { $command } is token-relay --page, { $address } http://127.0.0.1:8787/
relay-local-safari = Open de pagina in plaats daarvan vanaf je eigen relay ({ $command } serveert haar op { $address }), of gebruik een HTTPS-relay.
# The prompt is quoted as Chrome, Edge and Firefox show it in this language.
# nl: the prompt's Dutch words are not confirmed (no Dutch Chrome/Edge/Firefox string found);
# a likely rendering of "access other apps and services on this device".
relay-local-prompt = Zoek op dit tabblad naar een vraag ("toegang tot andere apps en services op dit apparaat") en sta die toe. Draait de relay niet, start hem dan zoals hieronder staat; deze pagina vraagt het om de paar seconden opnieuw.
relay-local-unknown-browser = Chrome, Edge en Firefox vragen eerst of een website die mag bereiken: zoek op dit tabblad naar een vraag ("toegang tot andere apps en services op dit apparaat") en sta die toe. Safari staat het nooit toe: open de pagina in plaats daarvan vanaf je eigen relay, of gebruik een HTTPS-relay. Draait de relay niet, start hem dan zoals hieronder staat; deze pagina vraagt het om de paar seconden opnieuw.
answer-relay-question-first = Beantwoord eerst de vraag over de relay hieronder: deze pagina stuurt niets naar een relay die je niet hebt bevestigd.

# While a request is under way: through the relay at { $host }, or directly.
exchanging-relay = Bezig… de code wordt ingewisseld via de relay op { $host }. Dit kan enkele seconden duren.
exchanging-direct = Bezig… de code wordt rechtstreeks bij Tesla ingewisseld, zonder relay. Dit kan enkele seconden duren.
exchanging-fleet-relay = De code van je app wordt ingewisseld via de relay op { $host }…
exchanging-fleet-direct = De code van je app wordt rechtstreeks bij Tesla ingewisseld, zonder relay…
refreshing-relay = Vernieuwen via de relay op { $host }…
refreshing-direct = Rechtstreeks vernieuwen bij Tesla, zonder relay…
waiting-for-fleet-tab = Wachten tot het inlogtabblad terugkomt…
tokens-received-relay = Tokens ontvangen via de relay op { $host }: kopieer ze nu.
tokens-received-direct = Tokens rechtstreeks van Tesla ontvangen, zonder relay: kopieer ze nu.
fleet-tokens-received-relay = Tokens voor je app ontvangen via de relay op { $host }: kopieer ze nu.
fleet-tokens-received-direct = Tokens voor je app rechtstreeks van Tesla ontvangen, zonder relay: kopieer ze nu.
already-exchanged = Deze tokens staan al hieronder: de code van deze URL is gebruikt om ze op te halen.

# Questions before something that cannot be undone (answered Yes or No).
ask-forget-everything = Nu alles vergeten? De getoonde tokens en een login die nog loopt worden van deze pagina gewist. Tokens die je hebt gekopieerd, blijven werken.
ask-replace-uncopied-tokens = De getoonde tokens zijn nooit gekopieerd of gedownload. Nieuwe tokens vervangen ze op deze pagina: doorgaan?
ask-replace-with-arrived = Er zijn nieuwe tokens binnengekomen, maar de getoonde tokens zijn nooit gekopieerd of gedownload. De nieuwe tonen in plaats daarvan? (Met Nee houd je de getoonde tokens; de nieuwe worden dan vergeten.)
forgotten-everything = Alles is vergeten: tokens, inloggeheimen en invoer.
forgotten-idle = Na { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } zonder activiteit zijn, zoals gekozen, de tokens en alles wat je hebt getypt vergeten. Log opnieuw in of vernieuw opnieuw om nieuwe tokens te krijgen.
# Shown while leaving the page would lose something.
leave-uncopied-tokens = Kopieer of download je tokens voordat je deze pagina sluit of herlaadt: ze bestaan alleen hier.
leave-login-pending = Houd deze pagina open tot je tokens worden getoond: het geheim van de login staat alleen in het geheugen van deze pagina, en herladen wist het.

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

callback-tab-done = Inloggen voltooid: het resultaat is naar het tabblad gegaan waar je begon. Je kunt dit tabblad sluiten.
callback-tab-unusable = Dit adres bevat een inlogresultaat dat deze pagina niet kan gebruiken. Sluit dit tabblad en begin opnieuw.
callback-tab-start-tab-gone = Is het tabblad waar je begon weg, dan is het geheim van de login mee verdwenen: begin dan opnieuw.

## The page inside another page (src/ui/mod.rs)

framed-refusal = Deze pagina weigert te draaien binnen een andere pagina, want die zou je ongemerkt ergens op kunnen laten klikken. Open haar rechtstreeks in een eigen tabblad.

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = Tokenaanvragen gaan rechtstreeks naar Tesla (directe modus).
# The login button (open-tesla-login) while a login waits for its paste.
login-start-new = Nieuwe login starten
# { $link } is a link whose text is login-no-tab-link.
login-no-tab = Geen nieuw tabblad? Je browser heeft het misschien geblokkeerd: { $link }.
login-no-tab-link = open de inlogpagina van Tesla
login-start-again = Opnieuw beginnen (deze login vergeten)
login-options-title = Ander account of andere taal
login-switch-account = Een ander Tesla-account gebruiken (Tesla toont het inlogformulier, ook als het je nog kent)
login-email = E-mailadres van het account (optioneel: zo kiest Tesla je regio)
# { $locale } is Tesla's code for this page's language (en-US, de-DE…): Tesla's login page
# is in that language unless the owner types another code in the box.
login-locale = Taal van de pagina van Tesla (optioneel; leeg betekent { $locale }, de taal van deze pagina)

## Step 2: the paste (src/ui/paste_step.rs)

# { $callback } is tesla://auth/callback?…, { $header } is location: (both shown as code).
paste-label = De URL { $callback }, de consoleregel of de header { $header }
paste-exchange = Mijn tokens ophalen
paste-start-first = Begin bij stap 1: plakken werkt alleen voor de login die deze pagina heeft gestart.

## Starting a relay when none answers (src/ui/relay_help.rs)

# { $terminal } says where to type the command (such as "In PowerShell:"); the command follows.
relay-help-start = Start een relay op deze computer. { $terminal }

## Step 3: the tokens (src/ui/tokens_step.rs, src/ui/token_field.rs)

tokens-step-title = 3. Je tokens
tokens-step-access = Access token
tokens-step-copy-access = Access token kopiëren
tokens-step-refresh = Refresh token
tokens-step-copy-refresh = Refresh token kopiëren
tokens-step-refresh-lasts = Het refresh token is ongeveer drie maanden geldig en werkt één keer: elke vernieuwing geeft je een nieuw refresh token.
tokens-step-refresh-now = Nu vernieuwen (nieuw access token en refresh token)
tokens-step-export = Exporteren: .env, JSON, TeslaPy en meer, QR-code
tokens-step-use = Je token gebruiken: controleren, een auto wekken, een opdracht sturen
# The QR code's name, for screen readers.
tokens-step-qr-label = QR-code van het refresh token
tokens-step-qr-show = Het refresh token als QR-code tonen (voor een telefoonapp)
tokens-step-qr-hide = QR-code verbergen
# After a copy button, when the copy worked or the browser refused it.
token-field-copied = Gekopieerd.
token-field-refused = De browser weigerde; selecteer de tekst en kopieer hem zelf.

## Using the token (src/ui/cars_step.rs)

cars-intro = Alles hier gaat via de relay, met je access token. Een verlopen token wordt één keer vanzelf vernieuwd; het nieuwe refresh token staat dan hierboven.
cars-check-token = Mijn token controleren
cars-show-vins = Volledige VIN's tonen
cars-wake = Wekken
cars-read-data = Gegevens lezen
# After a product's name and " · ": what kind of product it is.
cars-energy-site = energie-installatie
cars-one-step-title = In één stap
cars-one-step-note = Vernieuwt zo nodig het token, wekt zo nodig de auto en stuurt dan de opdracht.
cars-one-step-car = Auto
cars-one-step-command = Opdracht
cars-one-step-do = Uitvoeren
cars-data-title = Voertuiggegevens
cars-show-location = Locatie tonen
cars-curl-title = De laatste aanroep als curl
# { $variable } is $TESLA_ACCESS_TOKEN, the variable the command reads the token from.
cars-curl-include-token = Mijn access token meenemen (anders { $variable })
cars-copy-curl = Kopiëren als curl
# Stops the task running (waking a car, sending a command).
cars-cancel = Annuleren

## More tools: refresh with a pasted token (src/ui/refresh_step.rs)

refresh-step-title = Heb je al een refresh token?
refresh-step-intro = Plak het om zonder inloggen een nieuw access token te krijgen. Het refresh token wordt daarbij verbruikt: gebruik daarna het nieuwe.
refresh-step-token = Refresh token
refresh-step-region = Regio (alleen nodig als het token zijn uitgever niet noemt)
refresh-step-region-from-token = Uit het token
refresh-step-client-id = Client-id van de app (alleen voor Fleet API-refresh tokens, NA_…)
# The button: new tokens from the pasted refresh token.
refresh-step-button = Vernieuwen

## More tools: inspect a token (src/ui/inspector.rs)

inspector-title = Een token inspecteren
inspector-note = Hier gedecodeerd, in je browser, alleen om te lezen.
inspector-take-access = Het access token inspecteren
inspector-take-refresh = Het refresh token inspecteren
# id_token is the name of a field of Tesla's answer: keep it as is.
inspector-take-id = Het id_token inspecteren
inspector-token = Token
inspector-refresh = Vernieuwen met dit token

## More tools: your own app (src/ui/fleet_step.rs)

fleet-step-title = Je eigen app (Fleet API): geen ontwikkelaarstools nodig, werkt op een telefoon
# { $redirect } is this page's address, shown as code.
fleet-step-intro = Voor een Fleet API-app die je op developer.tesla.com hebt geregistreerd. Registreer het adres van deze pagina als redirect-URI van de app: { $redirect }. Na het inloggen stuurt Tesla het tabblad hierheen terug, en dat geeft de code door aan dit tabblad (via de browser, niet via een server).
fleet-step-client-id = Client-id
fleet-step-region = Regio van je account
fleet-step-scopes = Scopes
fleet-step-secret = Client secret (alleen voor een app van derden; laat leeg voor een opensource-app)
fleet-step-secret-note = Een secret blijft in het geheugen van deze pagina, maar gaat via de relay naar Tesla, en de relay kan het zien: gebruik een secret alleen met een relay die je op je eigen computer draait.
fleet-step-login = Inloggen met mijn app

## Settings: the relay and direct mode (src/ui/relay_setting.rs)

relay-setting-title = Relay
# { $relay } is token-relay, the name of the project's relay program (shown as code).
relay-setting-why = Het token-endpoint van Tesla laat webpagina's zijn antwoorden niet lezen (het stuurt geen CORS-headers), dus de uitwisseling loopt via een relay: een kleine doorgeefserver die je code en tokens onderweg ziet. Gebruik er een die je zelf draait ({ $relay }: stap 2 toont de opdracht als die nodig is). Algemene openbare CORS-proxy's zijn onveilig voor tokens. Tokens die via een Cloudflare Worker-relay zijn aangemaakt, kunnen door de owner-API worden geweigerd (Tesla controleert hoe het token is aangevraagd, en de verbinding van een Worker met Tesla is niet geverifieerd): kies liever token-relay.
# { $host } is the relay's host, shown as code.
relay-setting-active = Aanvragen gaan naar de relay op { $host }.
# { $reason } says what is wrong with the address.
relay-setting-link-refused = De relay-instelling uit de link is geweigerd: { $reason }
# { $host } is the proposed relay's host, { $address } its whole address (both shown as code).
relay-setting-proposal = De link die je opende, vraagt deze pagina de relay op { $host } ({ $address }) te gebruiken. Een relay ziet je code en tokens voorbijkomen: gebruik hem alleen als je vertrouwt wie hem draait. Er wordt niets verstuurd tot je kiest.
# Buttons: { $host } is the proposed relay's host, or the one used now.
relay-setting-accept = { $host } gebruiken
relay-setting-keep = { $host } houden
# { $marker } is {url}, shown as code.
relay-setting-address = Relay-adres ({ $marker } geeft aan waar de Tesla-URL komt; zonder dat wordt de URL achteraan toegevoegd)
relay-setting-save = Deze relay gebruiken
relay-setting-local-network = Staat deze pagina op het web en draait je relay op deze computer, dan vraagt de browser misschien of de pagina apparaten op je lokale netwerk mag bereiken: sta dat toe voor deze pagina, anders is de relay niet bereikbaar.
direct-mode-title = Directe modus
direct-mode-note = Als het token-endpoint van Tesla deze pagina zijn antwoorden laat lezen (CORS), is geen relay nodig. De controle stuurt Tesla een aanvraag zonder code of token, dus er kan niets worden verbruikt.
direct-mode-probe = Controleren of Tesla deze pagina rechtstreeks antwoordt
direct-mode-use = Tokenaanvragen rechtstreeks naar Tesla sturen (geen relay)

## Settings: idle time (src/ui/tokens_step.rs)

idle-setting-title = Inactieve tijd
# The label of the list of idle times ("after 15 minutes without activity"…).
idle-setting-label = De tokens vergeten

## Asking before something cannot be undone (src/ui/question.rs, src/ui/forget.rs)

question-yes = Ja, doorgaan
question-no = Nee, houden
forget-everything-button = Alles vergeten

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
this-copy-this-address = ‹adres van deze pagina›
wasm-check-matches = Die komt overeen met de integriteitswaarde in de HTML van deze pagina.
wasm-check-differs = Die komt niet overeen met de integriteitswaarde in de HTML van deze pagina ({ $declared }): gebruik deze kopie niet; laad de pagina opnieuw of bouw je eigen kopie.
wasm-check-undeclared = De HTML van deze pagina geeft geen integriteitswaarde op: ze is niet gebouwd met de scripts van dit project.
verify-lead = Om deze kopie te vergelijken met een release, draai je de relay van die release ("Running a relay" in de README zegt waar je die downloadt) met:
verify-after = Die haalt deze pagina en elk bestand dat ze laadt op, controleert elk bestand tegen de integriteitswaarde in de HTML van de pagina, vergelijkt de code byte voor byte met de pagina die bij de relay hoort, controleert dat het beveiligingsbeleid van de pagina alleen verbindingen toestaat met zichzelf, Tesla en relays, en meldt "IDENTICAL" of precies wat er verschilt.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Of bouw deze commit zelf met { $build } en vergelijk de SHA-384 van { $file } met die hierboven.
