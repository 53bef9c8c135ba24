# French (Français): translated 2026-11-30 by an AI translator (not yet reviewed by a native speaker).
#
# Glossary (one term for one thing, everywhere):
#   access token          -> jeton d'accès (first mention on the page adds "access token")
#   refresh token         -> jeton d'actualisation (first mention adds "refresh token");
#                            both as in TeslaMate's French UI (teslamate-org/teslamate,
#                            priv/gettext/fr/LC_MESSAGES/default.po: "Jeton d'accès", "Jeton d'actualisation")
#   token (generic)       -> jeton
#   to refresh (a token)  -> actualiser ; to reload (a page) -> recharger
#   relay                 -> relais (m., invariable)
#   developer tools       -> outils de développement
#   log in / login        -> se connecter / connexion ; login page -> page de connexion
#   log out               -> se déconnecter
#   copy / paste          -> copier / coller
#   tab                   -> onglet ; address bar -> barre d'adresse
#   URL / address         -> URL (f.) / adresse
#   token endpoint        -> serveur de jetons
#   PKCE verifier         -> vérificateur (PKCE)
#   direct mode           -> mode direct ; idle time -> délai d'inactivité
#   Forget everything     -> Tout oublier
#   Settings (this page)  -> Paramètres
#   your own app (Fleet)  -> votre propre application
#   wake / honk / flash   -> réveiller / klaxonner / faire clignoter les phares
#   OAuth, PKCE, CORS, MFA, API names, commands, file names: unchanged.
# Typography: U+202F (narrow no-break space) before « : ; ! ? » and inside « ».
# Address: "vous" throughout.

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Langues
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = Cette page existe aussi en français : <a>lisez-la en français</a>.

## The static page, readable before the code runs

page-title = Vos propres jetons d'API Tesla
lead = Connectez-vous sur la page de Tesla elle-même et obtenez votre jeton d'accès (access token) et votre
    jeton d'actualisation (refresh token). Votre mot de passe n'arrive jamais jusqu'à cette page, et les
    jetons restent dans la mémoire de cet onglet.
jump-links = <a href="#trust">Pourquoi faire confiance à cette page</a> · <a href="#this-copy">Cette copie</a>
phone-banner = Sur un téléphone ? L'étape 2 demande les outils de développement d'un ordinateur. Sur un
    téléphone, utilisez votre propre application (dans « Plus d'outils »).
step-1-title = 1. Connectez-vous sur la page de Tesla
step-1-intro = Le bouton ouvre la page de connexion de Tesla dans un nouvel onglet. Avant de vous y
    connecter, ouvrez les outils de développement de cet onglet : l'étape 2 indique où regarder.
open-tesla-login = Ouvrir la connexion Tesla
starting = Démarrage de la page…
step-2-title = 2. Collez l'URL tesla://
step-2-intro = Après la connexion, l'onglet de Tesla reste bloqué sur une page de chargement : votre
    navigateur ne peut pas ouvrir l'adresse <code>tesla://auth/callback?…</code> vers laquelle Tesla le
    renvoie. Copiez cette adresse depuis les outils de développement et collez-la ici.
where-is-the-url = Où trouver cette URL ?

# Browser help. Name each panel, menu, button and setting exactly as the
# browser shows it in this language. The console line stays as the browser prints it
# (in English, with the locale the page sends to Tesla: fr-FR).
#
# Chrome: "Console" = core/common/SettingRegistration.ts | console;
# ChromeDevTools/devtools-frontend, front_end/core/i18n/locales/fr.json.
help-chrome-open = Dans l'onglet de Tesla, avant de vous connecter, appuyez sur <kbd>F12</kbd>
    (<kbd>⌥⌘J</kbd> sur Mac) et choisissez <b>Console</b>.
help-chrome-log-in = Connectez-vous. Une ligne rouge apparaît :
    <code>Failed to launch 'tesla://auth/callback?locale=fr-FR&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-chrome-copy = Cliquez trois fois sur cette ligne pour la sélectionner, copiez-la (<kbd>Ctrl+C</kbd>,
    <kbd>⌘C</kbd>) et collez-la ci-dessous : la ligne entière convient.
# Chrome, from ChromeDevTools/devtools-frontend, front_end/core/i18n/locales/fr.json:
# "Réseau" = panels/network/network-meta.ts | network;
# "Conserver le journal" = panels/network/NetworkPanel.ts | preserveLog;
# "response header" as in panels/network/RequestHeadersView.ts | responseHeaders ("En-têtes de réponse").
help-chrome-no-line = Pas de ligne ? Ouvrez <b>Réseau</b>, cochez <b>Conserver le journal</b> et
    reconnectez-vous ; cliquez sur la dernière ligne <code>authorize</code> et copiez son en-tête de
    réponse <code>location:</code>.
# Edge: "Ouvrir DevTools" is Edge's own F12 dialog: NOT CONFIRMED (no French source found;
# Microsoft's French pages keep the name "DevTools"). "Console" as in Chromium's fr.json.
help-edge-open = Dans l'onglet de Tesla, avant de vous connecter, appuyez sur <kbd>F12</kbd> (si Edge
    le demande, choisissez <b>Ouvrir DevTools</b>) et choisissez <b>Console</b>.
help-edge-log-in = Connectez-vous. Une ligne rouge apparaît :
    <code>Failed to launch 'tesla://auth/callback?locale=fr-FR&amp;code=…' because the
    scheme does not have a registered handler.</code>
help-edge-copy = Cliquez trois fois sur cette ligne pour la sélectionner, copiez-la (<kbd>Ctrl+C</kbd>)
    et collez-la ci-dessous : la ligne entière convient.
# Firefox, from mozilla-l10n/firefox-l10n:
# "Réseau" = fr/devtools/client/startup.properties, netmonitor.label;
# "Conserver les journaux" = fr/devtools/client/netmonitor.properties,
#   netmonitor.toolbar.enablePersistentLogs.label (English "Persist Logs");
# the ⚙ menu is netmonitor.settings.menuTooltip ("Paramètres réseau").
help-firefox-open = Dans l'onglet de Tesla, avant de vous connecter, appuyez sur <kbd>F12</kbd>
    (<kbd>⌥⌘I</kbd> sur Mac), choisissez <b>Réseau</b>, ouvrez son menu ⚙ et cochez
    <b>Conserver les journaux</b>.
help-firefox-log-in = Connectez-vous. L'onglet reste bloqué sur une page de chargement.
# Firefox, from mozilla-l10n/firefox-l10n, fr/devtools/client/netmonitor.properties:
# "En-têtes" = netmonitor.tab.headers; "En-têtes de la réponse" = responseHeaders;
# "Copier la valeur" = netmonitor.context.copyValue (en-US "Copy Value": the first item of
#   the headers' context menu, devtools/client/netmonitor/src/widgets/PropertiesViewContextMenu.js);
# "Tout copier" = netmonitor.context.copyAll ("Copy All").
help-firefox-copy = Dans la liste, cliquez sur la ligne <code>complete?transaction_id=…</code> (la
    dernière ligne est souvent <code>favicon.ico</code> : pas celle-là). Sous <b>En-têtes</b>,
    <b>En-têtes de la réponse</b>, faites un clic droit sur <code>location: tesla://auth/callback?…</code>,
    choisissez <b>Copier la valeur</b> (ou <b>Tout copier</b>) et collez-la ci-dessous.
# "Console" = fr/devtools/client/startup.properties, ToolboxTabWebconsole.label.
# The quoted console line is printed in English.
help-firefox-not-console = La ligne « Prevented navigation to …complete?transaction_id=… » de la Console
    ne convient pas : elle montre l'adresse d'avant la redirection de Tesla, sans le code.
help-safari-log-in = Connectez-vous dans l'onglet de Tesla. Safari affiche alors
    <code>tesla://auth/callback?…</code> dans la barre d'adresse, sur une page qui indique qu'il ne
    peut pas l'ouvrir.
help-safari-copy = Cliquez dans la barre d'adresse, sélectionnez tout (<kbd>⌘A</kbd>), copiez
    (<kbd>⌘C</kbd>) et collez ci-dessous.
# Safari: "Réglages", "Avancés", "Afficher les fonctionnalités pour les développeurs web" are the
# labels a French macOS UI-scripting AppleScript clicks (menu item "Réglages…", toolbar button
# "Avancés", checkbox), found with the search tool's code index; not from an Apple page.
# "Réseau" (Web Inspector's Network tab): NOT CONFIRMED.
help-safari-empty-address = Barre d'adresse vide ? Activez Réglages → Avancés → « Afficher les
    fonctionnalités pour les développeurs web », rouvrez l'onglet de Tesla, appuyez sur <kbd>⌥⌘I</kbd>,
    choisissez <b>Réseau</b>, connectez-vous et copiez l'en-tête <code>location:</code> de la dernière
    requête <code>authorize</code>.

more-tools-title = Plus d'outils : actualiser, inspecter, votre propre application
settings-title = Paramètres : relais, mode direct, délai d'inactivité
trust-title = Pourquoi faire confiance à cette page
trust-what-runs-where = Ce qui s'exécute, et où
trust-password = Vous tapez votre mot de passe et votre code MFA uniquement sur la page de Tesla, dans
    son propre onglet. Cette page ne les voit jamais.
trust-memory = Le secret de la connexion (le vérificateur PKCE) est créé dans cet onglet à partir des
    nombres aléatoires sécurisés du navigateur. Lui et les jetons ne vivent que dans la mémoire de cet
    onglet : jamais dans le stockage, les cookies ou la barre d'adresse. Seule l'adresse du relais est
    enregistrée. « Tout oublier » les efface aussitôt, et ils sont oubliés d'eux-mêmes après le délai
    d'inactivité que vous choisissez.
trust-state = Une URL collée doit contenir le « state » de cette connexion, et seuls les serveurs de Tesla
    peuvent recevoir le code : tout le reste est refusé avant d'être envoyé.
trust-what-the-relay-sees = Ce que voit le relais
trust-relay-sees = Le serveur de jetons de Tesla ne laisse pas les pages web l'appeler : l'échange passe
    donc par un relais qui ajoute l'autorisation manquante. Le relais voit le code à usage unique, le
    vérificateur et les jetons que Tesla renvoie ; il ne voit jamais votre mot de passe.
trust-own-relay = Faites tourner le relais sur votre propre ordinateur : personne d'autre ne voit rien.
    Le nôtre ne transmet qu'à Tesla, uniquement pour cette page, et ne journalise que la méthode, l'hôte
    et le statut de chaque requête.
trust-check-yourself = Vérifiez par vous-même
trust-requests = La page n'envoie de requêtes que lorsque vous appuyez sur un bouton, et uniquement au
    relais indiqué dans Paramètres (ou directement à Tesla en mode direct). Ouvrez l'onglet Réseau des
    outils de développement et observez.
trust-policy = C'est votre navigateur qui l'impose : la politique de sécurité de cette page (la première
    balise <code>&lt;meta&gt;</code> de sa source) ne l'autorise à se connecter qu'à elle-même, à Tesla
    et aux relais qu'elle nomme.
noscript = Cette page a besoin de JavaScript et de WebAssembly pour fonctionner : tout se passe dans votre navigateur.

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

this-copy-relays = Les relais que cette copie peut joindre : { $relays }.
this-copy-title = Cette copie
this-copy-version = Version
this-copy-commit = Commit
this-copy-wasm = SHA-384 de son code (wasm), calculé dans cet onglet à partir des octets qu'il exécute
this-copy-computing = calcul en cours…
# Kept in English: the check counts anything between < and > as markup, which must match English.
this-copy-this-address = <this page's address>
wasm-check-matches = Il correspond à la valeur d'intégrité indiquée dans le HTML de cette page.
wasm-check-differs = Il ne correspond pas à la valeur d'intégrité indiquée dans le HTML de cette page ({ $declared }) : n'utilisez pas cette copie ; rechargez-la, ou compilez la vôtre.
wasm-check-undeclared = Le HTML de cette page ne déclare aucune valeur d'intégrité : elle n'a pas été construite par les scripts de ce projet.
verify-lead = Pour vérifier cette copie par rapport à une version publiée, lancez le relais de cette version (la section « Running a relay » du README indique où le télécharger) avec :
verify-after = Il récupère cette page et chaque fichier qu'elle charge, vérifie chacun par rapport à la valeur d'intégrité du HTML de la page, compare le code octet par octet avec la page livrée avec le relais, vérifie que la politique de sécurité de la page ne l'autorise à se connecter qu'à elle-même, à Tesla et à des relais, et affiche « IDENTICAL » ou exactement ce qui diffère.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Ou compilez vous-même ce commit avec { $build } et comparez le SHA-384 de { $file } avec celui ci-dessus.
