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
