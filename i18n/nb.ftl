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

# Also the heading of the tab a login of your own app comes back to.
page-title = Dine egne API-tokener for Tesla
lead = Logg inn på Teslas egen side og få ditt access token og refresh token. Passordet ditt når
    aldri denne siden, og tokenene holdes bare i minnet til denne fanen.
jump-links = <a href="#trust">Hvorfor du kan stole på denne siden</a> · <a href="#this-copy">Denne kopien</a>
phone-banner = På mobil? Steg 2 krever utviklerverktøyene på en datamaskin. På mobilen kan du bruke din egen
    app (under «Flere verktøy»).
step-1-title = 1. Logg inn på Teslas side
step-1-intro = Knappen åpner Teslas innlogging i en ny fane. Før du logger inn der, åpner du
    utviklerverktøyene i den fanen: steg 2 viser hvor du skal se.
# Also the button once the page runs.
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
# Edge's step too: it prints the same line.
help-chrome-log-in = Logg inn. En rød linje dukker opp:
    <code>Failed to launch 'tesla://auth/callback?locale=no-NO&amp;code=…' because the
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

# Placeholders that hold code stay as they are: hosts, addresses, commands,
# Tesla's error codes and HTTP statuses ({ $status }, e.g. 403), JSON field
# names. "step 1", "step 2", "Settings", "More tools", "Your own app" and the
# quoted button and field names are the page's own labels: use this
# language's. Browser menus, panels and prompts are named as the browser shows
# them in this language.
# nb: the page's labels as translated in this file: «Innstillinger», «Flere verktøy»,
# «Din egen app», «Sjekk tokenet mitt», «Logg inn med appen min», «Forny»,
# «Har du allerede et refresh token?», «Appens client id», «Hvor finner jeg adressen?».

# Between two sentences (or runs of sentences) said one after the other:
# a space in English.
sentence-then-sentence = { $first } { $second }

# oauth.rs

# { $code } is Tesla's error code (invalid_grant).
exchange-code-used-or-expired = Tesla sier at denne koden allerede er brukt eller har utløpt ({ $code }). En kode virker bare én gang og bare i noen få minutter: begynn på nytt i steg 1.
# { $code } is Tesla's error code (invalid_request), { $description } Tesla's explanation, in English.
exchange-invalid-verifier = Tesla avviste PKCE-verifieren ({ $code }: { $description }). Begynn på nytt i steg 1; skjer det igjen, kan Tesla ha endret reglene sine, så meld gjerne fra om det.
# { $code } is Tesla's error code (login_required).
exchange-login-required = Tesla ber om en ny innlogging ({ $code }). Begynn på nytt i steg 1.
# { $code } is Tesla's error code (e.g. invalid_grant).
exchange-refresh-token-spent = Tesla avviste dette refresh-tokenet ({ $code }): det er allerede brukt, eller det er trukket tilbake (når passordet til kontoen endres, trekkes alle tokener tilbake). Et refresh token virker bare én gang. Logg inn på nytt i steg 1.
# { $code } is Tesla's error code, { $description } Tesla's explanation, in English.
exchange-tesla-refused = Tesla avviste forespørselen: { $code } ({ $description }, HTTP { $status }). Begynn på nytt i steg 1; skjer det igjen, kan Tesla ha endret innloggingen sin.
# The same, when Tesla gave no explanation.
exchange-tesla-refused-no-reason = Tesla avviste forespørselen: { $code } (uten begrunnelse, HTTP { $status }). Begynn på nytt i steg 1; skjer det igjen, kan Tesla ha endret innloggingen sin.
# { $reason } is the relay's explanation, in English.
exchange-relay-refused = Reléet avviste forespørselen eller feilet: { $reason }. Sjekk reléet under Innstillinger, eller start et relé på denne datamaskinen slik steg 2 viser.
# { $answer } is what Tesla's firewall answered, in English (Access Denied).
exchange-access-denied = Teslas brannmur svarte «{ $answer }» (HTTP { $status }). Den blokkerer noen nettverk og hostede reléer: prøv et relé på din egen maskin, og lim inn adressen på nytt.
exchange-tesla-unavailable = Teslas server feilet (HTTP { $status }). Vent et minutt og prøv igjen: koden er gyldig i noen minutter.
exchange-not-json = Svaret var ikke JSON (HTTP { $status }), så det kom ikke fra Teslas token-endepunkt. Sjekk at relé-innstillingen peker på et token-relé.
exchange-incomplete-tokens = Tesla svarte uten et access token og et refresh token. Begynn på nytt i steg 1.
# The answer came through the relay at { $host } (e.g. 127.0.0.1:8787).
exchange-implausible-token-relay = Svaret som kom gjennom reléet på { $host }, inneholder et token med tegn som Teslas tokener aldri har, så det ble avvist: ingenting ble vist eller eksportert. Reléet kan endre svarene: bruk et relé du kjører selv, og logg inn på nytt.
# The same, when the page called Tesla directly.
exchange-implausible-token-direct = Svaret som kom direkte fra Tesla, uten relé, inneholder et token med tegn som Teslas tokener aldri har, så det ble avvist: ingenting ble vist eller eksportert. Reléet kan endre svarene: bruk et relé du kjører selv, og logg inn på nytt.
exchange-relay-unreachable = Fikk ikke kontakt med reléet på { $host }: det kjører ikke, eller det tillater ikke denne siden. Koden din ble ikke brukt: start reléet slik steg 2 viser, og trykk på knappen igjen.
exchange-direct-unreachable = Fikk ikke kontakt med Tesla direkte: Tesla lar ikke (eller ikke lenger) denne siden lese svarene. Slå av direktemodus for å gå gjennom reléet.
exchange-timed-out = Ikke noe svar innen { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    }. Reléet eller Tesla er tregt eller nede; prøv igjen om litt.
# { $reason } is the relay's explanation, in English.
exchange-tesla-timed-out = Tesla svarte ikke i tide (reléet sier: { $reason }). Prøv igjen om litt; hvis Tesla har brukt koden i mellomtiden, sier siden fra, og da begynner du på nytt i steg 1.
# Said after a refusal of Tesla's; { $reference } is Tesla's reference id.
tesla-reference = Teslas referanse for denne avvisningen: { $reference } (Teslas kundestøtte spør etter den).

# { $url } is tesla://auth/callback?…
paste-empty = Ingenting ble limt inn. Lim inn adressen { $url } fra utviklerverktøyene i innloggingsfanen.
# { $url } is tesla://auth/callback?locale=…&code=…, with this page's Tesla locale (en-US, de-DE…)
paste-too-long = Dette er altfor langt til å være en callback-adresse. Kopier bare linjen som begynner med { $url }
# { $url } is tesla://auth/callback?…
paste-authorize-link = Dette er innloggingslenken, ikke resultatet. Åpne den, logg inn og kopier så adressen { $url } som Tesla sender deg videre til (se stegene over).
# { $url } is tesla://auth/callback?…; "Where is this URL?" is the title of the browser help (where-is-the-url).
paste-not-a-callback = Fant ingen adresse { $url } i det du limte inn. «Hvor finner jeg adressen?» over viser hvor nettleseren din legger den, og hva du skal kopiere.
# { $address } is …/authorize/complete?transaction_id=…, { $row } complete?transaction_id=…, { $header } location: tesla://auth/callback?…
# Network, "Persist Logs" and Headers are Firefox's names (as in help-firefox-*):
# English in Firefox's nb-NO build (mozilla-l10n/firefox-l10n, nb-NO/devtools/client/).
paste-before-the-redirect = Dette er adressen før Teslas omdirigering ({ $address }), som Firefox viser i Console: den inneholder ingen kode. I utviklerverktøyene i innloggingsfanen åpner du Network (med «Persist Logs» på), klikker på den blokkerte raden { $row } og kopierer svarhodet { $header } under Headers. Er raden borte, logger du inn på nytt med Network åpen.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
paste-tesla-refused = Tesla avviste innloggingen: { $description } ({ $code }). Ingenting ble sendt. Begynn på nytt i steg 1.
# The same, when Tesla gave no explanation.
paste-tesla-refused-no-reason = Tesla avviste innloggingen uten begrunnelse ({ $code }). Ingenting ble sendt. Begynn på nytt i steg 1.
paste-missing-state = Adressen har ingen state, så den kan ikke knyttes til denne innloggingen. Kopier hele adressen, også alt etter ?.
paste-state-mismatch = Denne adressen hører til en annen innlogging: state stemmer ikke med den denne siden startet. Den kan komme fra en eldre fane eller fra en lenke fra noen andre. Ingenting ble sendt. Bruk adressen fra fanen som steg 1 åpnet, eller begynn på nytt i steg 1.
# { $url } is tesla://auth/callback?…
paste-missing-code = Adressen har ingen kode. Kopier hele adressen { $url }, også alt etter ?.
paste-malformed-code = Koden i denne adressen ser ikke ut som en Tesla utsteder (uventede tegn eller lengde). Kopier adressen på nytt, nøyaktig slik utviklerverktøyene viser den.
# { $issuer } is the address the URL names.
paste-untrusted-issuer = Adressen oppgir en utsteder som denne siden ikke stoler på: { $issuer }. Bare Teslas egne servere får motta koden din, så ingenting ble sendt. Bruk adressen fra Teslas innloggingsfane; har noen sendt deg denne lenken, så ikke bruk den.
# { $name } is the name of a part of the URL (state, code…).
paste-repeated = Adressen inneholder { $name } mer enn én gang, så den er tvetydig. Kopier den på nytt fra innloggingsfanen.

# { $global }, { $europe } and { $china } are the tokens' prefixes (qts-, eu-, cn-).
refresh-retired-v2 = Dette er et owner API-token fra før 2021 ({ $global }, { $europe } eller { $china } og { $digits ->
        [one] { $digits } heksadesimalt siffer
       *[other] { $digits } heksadesimale sifre
    }). Tesla faset ut disse i mars 2022; det kan ikke fornyes. Logg inn i steg 1 for å få nye tokener.
refresh-access-token = Dette er et access token, ikke et refresh token: det kaller API-et i { $hours ->
        [one] { $hours } time
       *[other] { $hours } timer
    } og kan ikke lage nye tokener. Lim inn refresh-tokenet som fulgte med det, eller logg inn i steg 1.
# { $field } is id_token.
refresh-id-token = Dette er et { $field } (det sier hvem som logget inn), ikke et refresh token. Lim inn refresh-tokenet, eller logg inn i steg 1.
refresh-untrusted-issuer = Dette tokenet oppgir en utsteder som denne siden ikke stoler på ({ $issuer }), så det sendes ikke noe sted. Bare Teslas egne servere får motta refresh-tokenet ditt.
# { $global } and { $china } are the regions' names (region-global, region-china).
refresh-needs-region = Dette tokenet sier ikke hvilken region det hører til: velg { $global } eller { $china }, og forny så.
# { $region } is the token's region code (NA, EU, CN); "App client id" is the label of the field beside the token, Refresh its button.
refresh-fleet-needs-client-id-beside = Dette er et Fleet API-refresh token ({ $region }_…). For å fornye det trengs appens client id: skriv den inn i «Appens client id» ved siden av tokenet, og trykk på Forny.
# { $region } is the token's region code (NA, EU, CN); "Already have a refresh token?" and "App client id" are the page's labels.
refresh-fleet-needs-client-id-elsewhere = Dette er et Fleet API-refresh token ({ $region }_…). For å fornye det trengs appens client id, som ikke kan skrives inn her: lim inn tokenet under «Har du allerede et refresh token?» og skriv inn client id i «Appens client id» ved siden av.
# { $algorithm } is the signature's algorithm (RS256, ES256).
refresh-cut-off = Dette refresh-tokenet er avkuttet: signaturen har { $length ->
        [one] { $length } tegn
       *[other] { $length } tegn
    }, og en signatur med { $algorithm } har minst { $minimum }. Slutten forsvant da det ble kopiert. Ingenting ble sendt, så det er ikke brukt opp: kopier hele tokenet på nytt og lim det inn.

# { $email } is what was typed.
login-option-bad-email = «{ $email }» er ikke en e-postadresse; la feltet stå tomt, eller skriv inn e-postadressen til Tesla-kontoen din.
# { $locale } is what was typed; { $first } and { $second } are examples (en-US, de-DE).
login-option-bad-locale = «{ $locale }» er ikke en språkkode som { $first } eller { $second }.
random-unavailable = Denne nettleseren ga ingen sikre tilfeldige tall, så ingen innlogging kan startes trygt. Prøv en oppdatert nettleser.

# { $site } is developer.tesla.com.
fleet-missing-client-id = Skriv inn appens client id (fra { $site }).
# { $id } is what was typed.
fleet-bad-client-id = En client id har bare bokstaver, sifre, - og _: «{ $id }» har noe annet.
# { $example } is openid offline_access vehicle_device_data.
fleet-bad-scopes = Scopes er ord som { $example }, skilt med mellomrom.
# { $scope } is offline_access.
fleet-no-offline-access = Scopes må ta med { $scope }, ellers sender ikke Tesla noe refresh token.
# "Log in with my app" is the button's label.
fleet-result-state-mismatch = Et innloggingsresultat kom for en annen innlogging (state stemmer ikke): det ble ignorert. Bruk fanen som «Logg inn med appen min» åpnet.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
fleet-result-refused = Tesla avviste innloggingen: { $description } ({ $code }). Prøv igjen.
# The same, when Tesla gave no explanation.
fleet-result-refused-no-reason = Tesla avviste innloggingen uten begrunnelse ({ $code }). Prøv igjen.

# { $example } is http://127.0.0.1:8787/
relay-setting-empty = Skriv inn adressen til reléet, f.eks. { $example }
# { $text } is what was typed; { $example } is http://127.0.0.1:8787/
relay-setting-not-a-url = Det er ikke en nettadresse: { $text }. Den skal se ut som { $example }
# { $https } is https://, { $http } http://
relay-setting-unsupported-scheme = En reléadresse må begynne med { $https } (eller { $http } for et relé på denne datamaskinen).
# { $http } is http://, { $https } https://, { $local } the addresses of this computer (127.0.0.1, localhost, [::1]), { $host } the relay's.
relay-setting-plain-http-to-remote = Ren { $http } er bare tillatt for et relé på denne datamaskinen ({ $local }); bruk { $https } for { $host }, ellers går tokenene dine ukryptert over nettet.
relay-setting-has-credentials = Reléadressen kan ikke inneholde brukernavn eller passord.
relay-setting-has-fragment = Reléadressen kan ikke inneholde et #-fragment.
# { $placeholder } is {url}, the place of Tesla's address in a relay address.
relay-setting-repeated-placeholder = Bruk { $placeholder } høyst én gang i reléadressen.
# { $allowed } is the list of relays this copy may reach, { $relay } the relay refused.
relay-setting-not-in-policy = Denne kopien av siden kan bare snakke med reléene som sikkerhetspolicyen dens nevner ({ $allowed }), så nettleseren din ville blokkert { $relay }. Kjør et relé på denne datamaskinen (steg 2 viser hvordan), eller host din egen kopi, bygget med ditt relé.

# Step 1's line on the relay; { $host } is the relay's (e.g. 127.0.0.1:8787).
relay-health-unchecked = Relé: { $host }, sjekkes når du trykker på knappen.
relay-health-checking = Relé: { $host }, sjekker …
relay-health-answering = Relé: { $host }, svarer.
relay-health-silent = Relé: { $host }, svarer ikke (se steg 2).

# What the check of direct mode found.
direct-testing = Spør Tesla …
direct-unavailable = Tesla lar ikke denne siden lese svarene: forespørslene går gjennom reléet.
direct-available = Tesla svarer denne siden direkte: du kan hoppe over reléet.

# The choice of an account's region; { $host } is auth.tesla.com or auth.tesla.cn.
region-global = Global ({ $host })
region-china = Kina ({ $host })
# The regions of Tesla's Fleet API, under "Your own app".
fleet-region-north-america = Nord-Amerika, Asia–stillehavsområdet
fleet-region-europe = Europa, Midtøsten, Afrika
fleet-region-china = Kina
# { $issuer } and { $api } are addresses.
issued-for-owner-api = Utstedt av { $issuer } for owner API-et på { $api }.
issued-for-fleet-api = Utstedt av { $issuer } for Fleet API-regionen til appen din.

# owner_api.rs

api-expired = Access-tokenet har utløpt eller er trukket tilbake (HTTP { $status }). Forny det, og prøv igjen.
# { $answer } is Tesla's answer, in English (forbidden, see fleet-api); { $command } is token-relay.
api-forbidden-see-fleet = Tesla avviste dette tokenet for owner API-et ({ $status } «{ $answer }»). Siden juni 2026 avviser Tesla tokener som er laget over enkelte forbindelser. Kom dette tokenet gjennom et hostet relé eller en Worker, logger du inn på nytt gjennom et relé på din egen datamaskin ({ $command }); gjorde det allerede det, bruker du Fleet API med din egen app (under Flere verktøy).
api-asleep = Bilen sover eller er utenfor rekkevidde (HTTP { $status }). Vekk den først, og prøv igjen.
# { $endpoint } is /api/1/products.
api-fleet-only = Dette endepunktet svarer nå bare på Fleet API (HTTP { $status }). Siden bruker { $endpoint } i stedet; for resten registrerer du din egen app (se «Din egen app»).
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server; { $call } is partner_accounts.
api-other-region-app-unregistered = Teslas Fleet API for { $called } ({ $called_host }) svarte at appen din ikke er registrert i denne regionen (HTTP { $status }), selv om kontoen din er der. Registrer appen der (kallet { $call } hos Tesla), og prøv igjen.
# { $called } and { $account } are Fleet API regions' names (fleet-region-*), { $called_host } and { $account_host } their servers.
api-other-region-account-in = Teslas Fleet API for { $called } ({ $called_host }) svarte at kontoen er registrert i en annen region (HTTP { $status }): den er i { $account } ({ $account_host }). Logg inn på nytt under «Din egen app» med den regionen, slik at tokenene gjelder dens Fleet API.
# The same, when the page does not know which region it called.
api-other-region-account-in-unknown-call = Teslas API svarte at kontoen er registrert i en annen region (HTTP { $status }): den er i { $account } ({ $account_host }). Logg inn på nytt under «Din egen app» med den regionen, slik at tokenene gjelder dens Fleet API.
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server.
api-other-region-account-unknown = Teslas Fleet API for { $called } ({ $called_host }) svarte at kontoen er registrert i en annen region (HTTP { $status }), og Tesla sa ikke hvilken. Logg inn på nytt under «Din egen app» med en annen region.
# The same, when the page does not know which region it called.
api-other-region-account-unknown-unknown-call = Teslas API svarte at kontoen er registrert i en annen region (HTTP { $status }), og Tesla sa ikke hvilken. Logg inn på nytt under «Din egen app» med en annen region.
api-rate-limited-seconds = Tesla begrenser hvor ofte du kan kalle API-et (HTTP { $status }). Prøv igjen om { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    }.
# { $date } is the time Tesla gave, as Tesla wrote it.
api-rate-limited-date = Tesla begrenser hvor ofte du kan kalle API-et (HTTP { $status }). Prøv igjen etter { $date }.
api-rate-limited = Tesla begrenser hvor ofte du kan kalle API-et (HTTP { $status }). Prøv igjen om et minutt.
api-needs-signed-command = Denne bilen godtar denne kommandoen bare signert med Teslas vehicle-command-protokoll: den krever en virtuell nøkkel som er paret med bilen, og det kan bare en registrert Fleet API-app ha. Owner API-et kan ikke sende den.
# { $reason } is the car's reason, in English.
api-command-refused = Bilen avviste kommandoen: { $reason }.
api-command-refused-no-reason = Bilen avviste kommandoen uten begrunnelse.
# { $reason } is Tesla's reason, in English.
api-other = Tesla svarte HTTP { $status }: { $reason }.
api-other-no-reason = Tesla svarte HTTP { $status } uten begrunnelse.
api-not-json = Svaret var ikke JSON-en Tesla sender (HTTP { $status }). Sjekk relé-innstillingen.
# { $reason } is the relay's explanation, in English.
api-relay-refused = Reléet avviste forespørselen eller feilet: { $reason }.
api-relay-unreachable = Fikk ikke kontakt med reléet på { $host }. Kjører reléet, og tillater det opphavet (origin) til denne siden?
api-direct-unreachable = Fikk ikke kontakt med Tesla direkte.
api-timed-out = Ikke noe svar i tide. Reléet eller Tesla er tregt eller nede; prøv igjen om litt.
api-bad-id = Svaret fra Tesla oppga en bil-ID som denne siden ikke kan bruke.
api-no-api-base = Disse tokenene oppgir ikke noe Tesla-API som denne siden kjenner, så den kan ikke bruke dem.
# { $seconds } s: a number of seconds.
api-wake-timed-out = Bilen ble ikke online innen { $seconds } s. Den kan være utenfor rekkevidde; prøv igjen senere.
api-cancelled = Vekkingen ble avbrutt.
# { $why } is why the refresh failed: one of the exchange-* messages.
api-refresh-failed = Access-tokenet ble avvist, og fornyingen feilet: { $why }
api-no-tokens = Ingen tokener på siden: logg inn eller lim inn et refresh token først.
# "Check my token" is the button's label.
api-no-car = Velg en bil først: list opp produktene dine med «Sjekk tokenet mitt».
# Said after api-forbidden-see-fleet; { $host } is the relay's.
minted-relay = Disse tokenene ble laget gjennom reléet på { $host }.
minted-direct = Disse tokenene ble laget direkte hos Tesla, uten relé.

# The timeline of a task on the car, one line each.
task-token-works = Tokenet virker: { $products ->
        [one] { $products } produkt
       *[other] { $products } produkter
    }.
task-car-online = Bilen er online.
task-done-flash-lights = Ferdig: lysene blinket.
task-done-honk-horn = Ferdig: bilen tutet.
task-refreshing-after-401 = Access-tokenet ble avvist ({ $status }): fornyer det én gang …
# Followed by refresh-kept or refresh-replaced.
task-refreshed = Fornyet.
task-waking-up = Vekket; venter på at bilen blir online …
# A check on a waking car: its number · seconds since it was woken · the car's state (car-state-*).
task-poll = Forsøk { $attempt } · { $seconds } s · { $state }
task-one-step-refreshing = Steg 1: access-tokenet har utløpt; fornyer det …
task-one-step-token-valid = Steg 1: access-tokenet ser gyldig ut.
task-one-step-reading-state = Steg 2: leser bilens tilstand …
task-one-step-car-online = Steg 2: bilen er online.
task-one-step-waking-online = Steg 2: bilen er online; vekker den …
task-one-step-waking-asleep = Steg 2: bilen sover; vekker den …
task-one-step-waking-offline = Steg 2: bilen er offline; vekker den …
task-one-step-waking-unknown = Steg 2: bilens tilstand er ukjent; vekker den …
task-one-step-flash-lights = Steg 3: blinker med lysene …
task-one-step-honk = Steg 3: tuter …
task-asking-region = Spør Tesla hvilken region kontoen er registrert i …

# What a refresh did to the refresh token.
refresh-kept = Et nytt access token vises. Tesla sendte ikke noe nytt refresh token: det du brukte, er fortsatt gyldig og fortsatt det du skal bruke.
refresh-replaced = Nye tokener vises. Refresh-tokenet du brukte, er nå brukt opp: bytt det ut med det nye overalt der du bruker det.

# Buttons.
car-command-flash-lights = Blink med lysene
car-command-honk = Tut
# A car's connection state, shown beside it.
car-state-online = online
car-state-asleep = sover
car-state-offline = offline
car-state-unknown = ukjent
# A product Tesla gave no name.
product-car = Bil
product-energy-site = Energianlegg
# The rows of the car's data: a label, then its value.
data-battery = Batteri
data-battery-value = { $percent } %
data-range = Rekkevidde
# { $miles } in miles, { $km } in kilometres.
data-range-value = { $km } km ({ $miles } mi)
data-locked = Låst
data-climate-on = Klima på
data-inside = Inne
# { $celsius } is the temperature, e.g. 21.5.
data-inside-value = { $celsius } °C
data-location = Posisjon
data-location-hidden = skjult
data-yes = ja
data-no = nei

# display.rs

# A duration, put in { $duration } of the expiry messages below: "expires
# in …", "expired … ago".
duration-days = { $days ->
        [one] omtrent { $days } dag
       *[other] omtrent { $days } dager
    }
duration-hours-minutes = { $hours } t { $minutes } min
duration-minutes = { $minutes } min
duration-under-a-minute = under ett minutt
# { $duration } is one of the duration-* messages.
inspected-expires-in = Dette tokenet utløper om { $duration }.
inspected-expires-soon = Dette tokenet utløper om { $duration }: forny det snart.
inspected-expired = Dette tokenet utløp for { $duration } siden.
# { $duration } is one of the duration-* messages, { $time } the local time.
access-token-expires-in = Access-tokenet utløper om { $duration } (kl. { $time }).
access-token-expires-soon = Access-tokenet utløper om { $duration } (kl. { $time }): forny det snart.
access-token-expired = Access-tokenet utløp for { $duration } siden (kl. { $time }).

# What a token is.
token-kind-retired-v2 = Et owner API-token fra før 2021, faset ut av Tesla i mars 2022: det virker ikke lenger.
# { $region } is a region code (NA, EU, CN).
token-kind-fleet-refresh = Et ugjennomsiktig Fleet API-refresh token for regionen { $region }: det har ingen lesbare claims.
token-kind-access = Et access token (JWT).
token-kind-refresh = Et refresh token (JWT).
# { $field } is id_token.
token-kind-id = Et { $field } (JWT): det sier hvem som logget inn.
token-kind-unknown = Et JWT med ukjent formål.
inspect-empty = Lim inn et token for å inspisere det.
inspect-too-long = Dette er altfor langt til å være et Tesla-token.
# { $prefix } is eyJ.
inspect-not-a-token = Dette ser ikke ut som et Tesla-token: v3-tokener begynner med { $prefix } og har tre deler skilt med punktum.
inspect-bad-payload-encoding = Dette ser ut som et JWT, men kodingen av innholdet (payload) kan ikke dekodes. Kopier det på nytt, helt.
inspect-bad-claims = Dette ser ut som et JWT, men claims-delen kan ikke dekodes. Kopier det på nytt, helt.

# The rows of the claims table; { $claim } is the claim's name in the token (ou_code, azp).
claim-issuer = Utsteder
claim-audience = Mottaker
claim-scopes = Scopes
claim-region = Region ({ $claim })
claim-subject = Subjekt
claim-client = Klient ({ $claim })
claim-email = E-post
claim-issued = Utstedt
claim-expires = Utløper

# Buttons; { $file } is a file name (tokens.json), { $format } an export's name (TeslaPy cache.json).
export-download = Last ned { $file }
export-copy = Kopier { $format }
# { $field } is id_token, { $file } tokens.json.
export-no-email = TeslaPy lagrer hurtigbufferen sin under kontoens e-postadresse, som kommer fra { $field }; disse tokenene kom uten et slikt. Bruk { $file } i stedet.
qr-too-long = Dette tokenet er for langt til en QR-kode; kopier det i stedet.

# Where to type the command that starts a relay (shown under it).
# { $site } is rustup.rs.
terminal-source-folder = I en terminal, i mappen med kildekoden til dette prosjektet (den krever Rust, fra { $site }):
terminal-powershell = I PowerShell:
# { $intel } and { $arm } are the names of the downloads (macos-x86_64, macos-arm64).
# "Terminal" is the name of the Mac app (the same in Norwegian macOS).
terminal-mac = I Terminal (på en Intel-Mac: { $intel } i stedet for { $arm }):
terminal-shell = I en terminal:
# { $address } is http://127.0.0.1:8787/
relay-serves-page = Safari lar aldri en side på nettet nå et relé på denne datamaskinen. Start reléet med siden (kommandoen under), åpne så { $address } og logg inn der: én adresse, ingenting å tillate.
# { $listens } is 127.0.0.1:8787, { $host } the relay this page tries, { $flag } --page, { $address } http://127.0.0.1:8787/
relay-help-note = Det lytter på { $listens }; denne siden prøver { $host } (endre det under Innstillinger). Startet med { $flag } serverer reléet også denne siden på { $address }, som virker i alle nettlesere.

# The choices of the idle time, after which the page forgets the tokens.
idle-after = { $minutes ->
        [one] etter { $minutes } minutt uten aktivitet
       *[other] etter { $minutes } minutter uten aktivitet
    }
idle-never = aldri (behold dem til jeg lukker siden)
# { $minutes } min: a number of minutes.
idle-left = Glemmes om { $minutes } min hvis du ikke bruker siden.

# page.rs

# The relay at { $host } on this computer cannot be reached from this page
# (on the web): the first sentence, by browser, then relay-local-* says
# what to do, then relay-blocked-code-unused.
relay-blocked-safari = Fikk ikke kontakt med reléet på { $host }: denne siden ligger på nettet (HTTPS) og reléet på denne datamaskinen, og det tillater Safari aldri.
relay-blocked-prompt = Fikk ikke kontakt med reléet på { $host }: denne siden ligger på nettet (HTTPS) og reléet på denne datamaskinen: nettleseren spør før et nettsted får nå det.
relay-blocked-unknown-browser = Fikk ikke kontakt med reléet på { $host }: denne siden ligger på nettet (HTTPS) og reléet på denne datamaskinen.
relay-blocked-code-unused = Koden din ble ikke brukt: trykk på knappen igjen etterpå.
# The relay at { $host } does not answer: the first sentence, by browser,
# then relay-local-* (or relay-silent-start-it), then relay-silent-code-kept
# or relay-silent-paste-waits.
relay-silent-safari = Reléet på { $host } svarer ikke denne siden: denne siden ligger på nettet (HTTPS) og reléet på denne datamaskinen, og det tillater Safari aldri.
relay-silent-prompt = Reléet på { $host } svarer ikke denne siden: denne siden ligger på nettet (HTTPS) og reléet på denne datamaskinen: nettleseren spør før et nettsted får nå det.
relay-silent-unknown-browser = Reléet på { $host } svarer ikke denne siden: denne siden ligger på nettet (HTTPS) og reléet på denne datamaskinen.
relay-silent-not-running = Reléet på { $host } svarer ikke denne siden: det kjører ikke, eller det tillater ikke denne siden.
relay-silent-start-it = Start det slik det vises under; denne siden spør igjen med noen sekunders mellomrom.
relay-silent-code-kept = Koden din holdes her, ubrukt, og sendes så snart reléet svarer.
relay-silent-paste-waits = Du kan fortsette innloggingen: det du limer inn, venter på reléet.
# { $command } is token-relay --page, { $address } http://127.0.0.1:8787/
relay-local-safari = Åpne siden fra ditt eget relé i stedet ({ $command } serverer den på { $address }), eller bruk et HTTPS-relé.
# The prompt is quoted as Chrome, Edge and Firefox show it in this language.
# nb: the Norwegian wording of the browsers' local-network prompt: not confirmed
# (English: "access other apps and services on this device").
relay-local-prompt = Se etter et spørsmål i denne fanen («få tilgang til andre apper og tjenester på denne enheten») og tillat det. Kjører ikke reléet, starter du det slik det vises under; denne siden spør igjen med noen sekunders mellomrom.
relay-local-unknown-browser = Chrome, Edge og Firefox spør før et nettsted får nå det: se etter et spørsmål i denne fanen («få tilgang til andre apper og tjenester på denne enheten») og tillat det. Safari tillater det aldri: åpne siden fra ditt eget relé i stedet, eller bruk et HTTPS-relé. Kjører ikke reléet, starter du det slik det vises under; denne siden spør igjen med noen sekunders mellomrom.
answer-relay-question-first = Svar først på relé-spørsmålet under: denne siden sender ingenting til et relé du ikke har godkjent.

# While a request is under way: through the relay at { $host }, or directly.
exchanging-relay = Jobber … bytter koden gjennom reléet på { $host }. Dette kan ta flere sekunder.
exchanging-direct = Jobber … bytter koden direkte hos Tesla, uten relé. Dette kan ta flere sekunder.
exchanging-fleet-relay = Bytter appens kode gjennom reléet på { $host } …
exchanging-fleet-direct = Bytter appens kode direkte hos Tesla, uten relé …
refreshing-relay = Fornyer gjennom reléet på { $host } …
refreshing-direct = Fornyer direkte hos Tesla, uten relé …
waiting-for-fleet-tab = Venter på at innloggingsfanen kommer tilbake …
tokens-received-relay = Tokener mottatt gjennom reléet på { $host }: kopier dem nå.
tokens-received-direct = Tokener mottatt direkte fra Tesla, uten relé: kopier dem nå.
fleet-tokens-received-relay = Tokener for appen din mottatt gjennom reléet på { $host }: kopier dem nå.
fleet-tokens-received-direct = Tokener for appen din mottatt direkte fra Tesla, uten relé: kopier dem nå.
already-exchanged = Disse tokenene vises allerede nedenfor: koden i denne adressen ble brukt til å hente dem.

# Questions before something that cannot be undone (answered Yes or No).
ask-forget-everything = Glemme alt nå? Tokenene som vises og en eventuell innlogging som pågår, slettes fra denne siden. Tokener du har kopiert, fortsetter å virke.
ask-replace-uncopied-tokens = Tokenene som vises, er aldri kopiert eller lastet ned. Nye tokener vil erstatte dem på denne siden: fortsette?
ask-replace-with-arrived = Nye tokener har kommet, men tokenene som vises, er aldri kopiert eller lastet ned. Vise de nye i stedet? (Nei beholder tokenene som vises; de nye blir da glemt.)
forgotten-everything = Alt ble glemt: tokener, innloggingshemmeligheter og det du skrev inn.
forgotten-idle = Etter { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    } uten aktivitet, slik du valgte, ble tokenene og alt du skrev inn, glemt. Logg inn eller forny på nytt for å få nye tokener.
# Shown while leaving the page would lose something.
leave-uncopied-tokens = Kopier eller last ned tokenene dine før du lukker eller laster inn denne siden på nytt: de finnes bare her.
leave-login-pending = La denne siden være åpen til tokenene dine vises: innloggingens hemmelighet finnes bare i minnet til denne siden, og den går tapt hvis du laster inn siden på nytt.

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

callback-tab-done = Innloggingen er ferdig: resultatet gikk til fanen der du startet den. Du kan lukke denne fanen.
callback-tab-unusable = Denne adressen har et innloggingsresultat som denne siden ikke kan bruke. Lukk denne fanen og begynn på nytt.
callback-tab-start-tab-gone = Hvis fanen der du startet, er borte, forsvant innloggingens hemmelighet med den: begynn på nytt der.

## The page inside another page (src/ui/mod.rs)

framed-refusal = Denne siden nekter å kjøre inne i en annen side, som kunne lure deg til å klikke. Åpne den direkte i sin egen fane.

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = Token-forespørsler går rett til Tesla (direktemodus).
# The login button (open-tesla-login) while a login waits for its paste.
login-start-new = Start en ny innlogging
# { $link } is a link whose text is login-no-tab-link.
login-no-tab = Ingen ny fane? Nettleseren din kan ha blokkert den: { $link }.
login-no-tab-link = åpne Teslas innloggingsside
login-start-again = Begynn på nytt (glem denne innloggingen)
login-options-title = En annen konto eller et annet språk
login-switch-account = Bruk en annen Tesla-konto (Tesla viser innloggingsskjemaet selv om den husker deg)
login-email = E-post for kontoen (valgfritt: lar Tesla velge regionen din)
# { $locale } is Tesla's code for this page's language (en-US, de-DE…): Tesla's login page
# is in that language unless the owner types another code in the box.
login-locale = Språk på Teslas side (valgfritt; tomt betyr { $locale }, språket på denne siden)

## Step 2: the paste (src/ui/paste_step.rs)

# { $callback } is tesla://auth/callback?…, { $header } is location: (both shown as code).
paste-label = Adressen { $callback }, konsollinjen eller hodet { $header }
paste-exchange = Hent tokenene mine
paste-start-first = Begynn med steg 1: det du limer inn, virker bare for innloggingen denne siden startet.

## Starting a relay when none answers (src/ui/relay_help.rs)

# { $terminal } says where to type the command (such as "In PowerShell:"); the command follows.
relay-help-start = Start et relé på denne datamaskinen. { $terminal }

## Step 3: the tokens (src/ui/tokens_step.rs, src/ui/token_field.rs)

tokens-step-title = 3. Tokenene dine
tokens-step-access = Access token
tokens-step-copy-access = Kopier access token
tokens-step-refresh = Refresh token
tokens-step-copy-refresh = Kopier refresh token
tokens-step-refresh-lasts = Refresh-tokenet varer i omtrent tre måneder og virker én gang: hver fornying gir et nytt.
tokens-step-refresh-now = Forny nå (nytt access token og refresh token)
tokens-step-export = Eksporter: .env, JSON, TeslaPy og andre, QR-kode
tokens-step-use = Bruk tokenet: sjekk det, vekk en bil, send en kommando
# The QR code's name, for screen readers.
tokens-step-qr-label = QR-kode for refresh-tokenet
tokens-step-qr-show = Vis refresh-tokenet som QR-kode (for en mobilapp)
tokens-step-qr-hide = Skjul QR-koden
# After a copy button, when the copy worked or the browser refused it.
token-field-copied = Kopiert.
token-field-refused = Nettleseren nektet; merk teksten og kopier den.

## Using the token (src/ui/cars_step.rs)

cars-intro = Alt her går gjennom reléet med access-tokenet ditt. Et utløpt token fornyes én gang av seg selv; det nye refresh-tokenet vises da over.
cars-check-token = Sjekk tokenet mitt
cars-show-vins = Vis hele VIN-numre
cars-wake = Vekk
cars-read-data = Les dataene
# After a product's name and " · ": what kind of product it is.
cars-energy-site = energianlegg
cars-one-step-title = Ett steg
cars-one-step-note = Fornyer ved behov, vekker bilen ved behov og sender så kommandoen.
cars-one-step-car = Bil
cars-one-step-command = Kommando
cars-one-step-do = Gjør det
cars-data-title = Bildata
cars-show-location = Vis posisjonen
cars-curl-title = Det siste kallet som curl
# { $variable } is $TESLA_ACCESS_TOKEN, the variable the command reads the token from.
cars-curl-include-token = Ta med access-tokenet mitt (ellers { $variable })
cars-copy-curl = Kopier som curl
# Stops the task running (waking a car, sending a command).
cars-cancel = Avbryt

## More tools: refresh with a pasted token (src/ui/refresh_step.rs)

refresh-step-title = Har du allerede et refresh token?
refresh-step-intro = Lim det inn for å få et nytt access token uten å logge inn. Refresh-tokenet blir brukt opp av dette: bruk det nye fra da av.
refresh-step-token = Refresh token
refresh-step-region = Region (trengs bare hvis tokenet ikke oppgir utstederen sin)
refresh-step-region-from-token = Fra tokenet
refresh-step-client-id = Appens client id (bare for Fleet API-refresh tokens, NA_…)
# The button: new tokens from the pasted refresh token.
refresh-step-button = Forny

## More tools: inspect a token (src/ui/inspector.rs)

inspector-title = Inspiser et token
inspector-note = Dekodet her, i nettleseren din, bare for lesing.
inspector-take-access = Inspiser access-tokenet
inspector-take-refresh = Inspiser refresh-tokenet
# id_token is the name of a field of Tesla's answer: keep it as is.
inspector-take-id = Inspiser id_token
inspector-token = Token
inspector-refresh = Forny med dette tokenet

## More tools: your own app (src/ui/fleet_step.rs)

fleet-step-title = Din egen app (Fleet API): uten utviklerverktøy, virker på mobil
# { $redirect } is this page's address, shown as code.
fleet-step-intro = For en Fleet API-app du har registrert på developer.tesla.com. Registrer adressen til denne siden som appens redirect URI: { $redirect }. Etter innloggingen sender Tesla fanen tilbake hit, og den gir koden videre til denne fanen (gjennom nettleseren, ikke gjennom noen server).
fleet-step-client-id = Client id
fleet-step-region = Regionen til kontoen din
fleet-step-scopes = Scopes
fleet-step-secret = Client secret (bare for en tredjepartsapp; la stå tomt for en app med åpen kildekode)
fleet-step-secret-note = En secret blir i minnet til denne siden, men den går til Tesla gjennom reléet, som kan se den: bruk bare en secret med et relé du kjører på din egen maskin.
fleet-step-login = Logg inn med appen min

## Settings: the relay and direct mode (src/ui/relay_setting.rs)

relay-setting-title = Relé
# { $relay } is token-relay, the name of the project's relay program (shown as code).
relay-setting-why = Teslas token-endepunkt lar ikke nettsider lese svarene (det sender ingen CORS-hoder), så utvekslingen går gjennom et relé: en liten videresender som ser koden og tokenene dine i forbifarten. Bruk et du kjører selv ({ $relay }: steg 2 viser kommandoen når det trengs). Generelle offentlige CORS-proxyer er utrygge for tokener. Tokener som er laget gjennom et Cloudflare Worker-relé, kan bli avvist av owner API-et (Tesla sjekker hvordan tokenet ble bedt om, og forbindelsen fra en Worker til Tesla er ikke verifisert): velg heller token-relay.
# { $host } is the relay's host, shown as code.
relay-setting-active = Forespørsler går til reléet på { $host }.
# { $reason } says what is wrong with the address.
relay-setting-link-refused = Relé-innstillingen i lenken ble avvist: { $reason }
# { $host } is the proposed relay's host, { $address } its whole address (both shown as code).
relay-setting-proposal = Lenken du åpnet, ber denne siden bruke reléet på { $host } ({ $address }). Et relé ser koden og tokenene dine når de passerer: bruk det bare hvis du stoler på den som driver det. Ingenting sendes før du velger.
# Buttons: { $host } is the proposed relay's host, or the one used now.
relay-setting-accept = Bruk { $host }
relay-setting-keep = Behold { $host }
# { $marker } is {url}, shown as code.
relay-setting-address = Reléadresse ({ $marker } viser hvor Tesla-adressen skal stå; uten den legges adressen til på slutten)
relay-setting-save = Bruk dette reléet
relay-setting-local-network = Hvis denne siden ligger på nettet og reléet ditt kjører på denne datamaskinen, kan nettleseren spørre om siden får nå enheter på det lokale nettverket ditt: tillat det for denne siden, ellers kan ikke reléet nås.
direct-mode-title = Direktemodus
direct-mode-note = Hvis Teslas token-endepunkt lar denne siden lese svarene (CORS), trengs ikke noe relé. Sjekken sender Tesla en forespørsel uten kode eller token, så den kan ikke bruke opp noe.
direct-mode-probe = Sjekk om Tesla svarer denne siden direkte
direct-mode-use = Send token-forespørsler direkte til Tesla (uten relé)

## Settings: idle time (src/ui/tokens_step.rs)

idle-setting-title = Inaktiv tid
# The label of the list of idle times ("after 15 minutes without activity"…).
idle-setting-label = Glem tokenene

## Asking before something cannot be undone (src/ui/question.rs, src/ui/forget.rs)

question-yes = Ja, fortsett
question-no = Nei, behold dem
forget-everything-button = Glem alt

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
this-copy-this-address = ‹adressen til denne siden›
wasm-check-matches = Den stemmer med integritetsverdien i HTML-en til denne siden.
wasm-check-differs = Den stemmer ikke med integritetsverdien i HTML-en til denne siden ({ $declared }): ikke bruk denne kopien; last den inn på nytt, eller bygg din egen.
wasm-check-undeclared = HTML-en til denne siden oppgir ingen integritetsverdi: den er ikke bygget av skriptene til dette prosjektet.
verify-lead = For å sjekke denne kopien mot en utgivelse kjører du reléet fra den utgivelsen («Running a relay» i README-en sier hvor du laster det ned) med:
verify-after = Reléet henter denne siden og alle filene den laster, sjekker hver av dem mot integritetsverdien i sidens HTML, sammenligner koden byte for byte med siden som fulgte med reléet, sjekker at sidens sikkerhetspolicy bare lar den koble til seg selv, Tesla og reléer, og sier «IDENTICAL» eller nøyaktig hva som er forskjellig.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Eller bygg denne commiten selv med { $build } og sammenlign SHA-384 av { $file } med verdien over.
