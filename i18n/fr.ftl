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
#   wake (a car)          -> réveiller
#   spent (a used refresh token) -> consommé ; minted/issued -> émis
#   client id             -> ID client ; scopes -> scopes ; owner API, Fleet API -> unchanged
#   Flash lights / Honk   -> Appel de phares / Klaxonner
#   the relay at <host>   -> le relais <host>
#   OAuth, PKCE, CORS, MFA, API names, commands, file names: unchanged.
# Typography: U+202F (narrow no-break space) before « : ; ! ? » and inside « ».
# Address: "vous" throughout.

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = Langues
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = Cette page existe aussi en français : <a>lisez-la en français</a>.

## The static page, readable before the code runs

# Also the heading of the tab a login of your own app comes back to.
page-title = Vos propres jetons d'API Tesla
lead = Connectez-vous sur la page de Tesla et obtenez vos jetons d'accès et d'actualisation
    (access et refresh tokens). Votre mot de passe n'atteint jamais cette page ; les jetons
    restent dans la mémoire de cet onglet.
jump-links = <a href="#trust">Pourquoi faire confiance à cette page</a> · <a href="#this-copy">Cette copie</a>
phone-banner = Sur un téléphone ? L'étape 2 demande les outils de développement d'un ordinateur. Sur un
    téléphone, utilisez votre propre application (dans « Plus d'outils »).
step-1-title = 1. Connectez-vous sur la page de Tesla
step-1-intro = Le bouton ouvre la page de connexion de Tesla dans un nouvel onglet. Avant de vous y
    connecter, ouvrez les outils de développement de cet onglet : l'étape 2 indique où regarder.
# Also the button once the page runs.
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
# Edge's step too: it prints the same line.
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
exchange-code-used-or-expired = Tesla indique que ce code a déjà été utilisé ou a expiré ({ $code }). Un code ne sert qu'une fois, et seulement pendant quelques minutes : recommencez à l'étape 1.
# { $code } is Tesla's error code (invalid_request), { $description } Tesla's explanation, in English.
exchange-invalid-verifier = Tesla a refusé le vérificateur PKCE ({ $code } : { $description }). Recommencez à l'étape 1 ; si cela se reproduit, Tesla a peut-être changé ses règles : merci de le signaler.
# { $code } is Tesla's error code (login_required).
exchange-login-required = Tesla demande une nouvelle connexion ({ $code }). Recommencez à l'étape 1.
# { $code } is Tesla's error code (e.g. invalid_grant).
exchange-refresh-token-spent = Tesla a refusé ce jeton d'actualisation ({ $code }) : il a déjà été utilisé, ou il a été révoqué (changer le mot de passe du compte révoque tous les jetons). Un jeton d'actualisation ne sert qu'une fois. Reconnectez-vous à l'étape 1.
# { $code } is Tesla's error code, { $description } Tesla's explanation, in English.
exchange-tesla-refused = Tesla a refusé la requête : { $code } ({ $description }, HTTP { $status }). Recommencez à l'étape 1 ; si cela se reproduit, Tesla a peut-être changé sa procédure de connexion.
# The same, when Tesla gave no explanation.
exchange-tesla-refused-no-reason = Tesla a refusé la requête : { $code } (aucune raison donnée, HTTP { $status }). Recommencez à l'étape 1 ; si cela se reproduit, Tesla a peut-être changé sa procédure de connexion.
# { $reason } is the relay's explanation, in English.
exchange-relay-refused = Le relais a refusé ou a échoué : { $reason }. Vérifiez le relais dans Paramètres, ou lancez un relais sur cet ordinateur comme l'indique l'étape 2.
# { $answer } is what Tesla's firewall answered, in English (Access Denied).
exchange-access-denied = Le pare-feu de Tesla a répondu « { $answer } » (HTTP { $status }). Il bloque certains réseaux et les relais hébergés : essayez un relais sur votre propre machine, puis collez de nouveau l'URL.
exchange-tesla-unavailable = Le serveur de Tesla a échoué (HTTP { $status }). Patientez une minute et réessayez : le code reste valable quelques minutes.
exchange-not-json = La réponse n'était pas du JSON (HTTP { $status }) : elle ne venait donc pas du serveur de jetons de Tesla. Vérifiez que l'adresse du relais, dans Paramètres, désigne bien un relais de jetons.
exchange-incomplete-tokens = Tesla a répondu sans jeton d'accès ni jeton d'actualisation. Recommencez à l'étape 1.
# The answer came through the relay at { $host } (e.g. 127.0.0.1:8787).
exchange-implausible-token-relay = La réponse arrivée par le relais { $host } contient un jeton avec des caractères que les jetons de Tesla n'ont jamais ; elle a donc été refusée : rien n'a été affiché ni exporté. Le relais modifie peut-être les réponses : utilisez un relais que vous faites tourner vous-même, puis reconnectez-vous.
# The same, when the page called Tesla directly.
exchange-implausible-token-direct = La réponse arrivée directement de Tesla, sans relais, contient un jeton avec des caractères que les jetons de Tesla n'ont jamais ; elle a donc été refusée : rien n'a été affiché ni exporté. Quelque chose modifie peut-être les réponses : utilisez un relais que vous faites tourner vous-même, puis reconnectez-vous.
exchange-relay-unreachable = Impossible de joindre le relais { $host } : il n'est pas lancé, ou il n'autorise pas cette page. Votre code n'a pas été utilisé : lancez le relais comme l'indique l'étape 2, puis appuyez de nouveau sur le bouton.
exchange-direct-unreachable = Impossible de joindre Tesla directement : Tesla ne laisse pas (ou plus) cette page lire ses réponses. Désactivez le mode direct pour passer par le relais.
exchange-timed-out = Aucune réponse en { $seconds ->
        [one] { $seconds } seconde
        [many] { $seconds } de secondes
       *[other] { $seconds } secondes
    }. Le relais ou Tesla est lent ou en panne ; réessayez dans un instant.
# { $reason } is the relay's explanation, in English.
exchange-tesla-timed-out = Tesla n'a pas répondu à temps (le relais indique : { $reason }). Réessayez dans un instant ; si Tesla a utilisé le code entre-temps, la page vous le dira, et vous recommencerez à l'étape 1.
# Said after a refusal of Tesla's; { $reference } is Tesla's reference id.
tesla-reference = Référence de Tesla pour ce refus : { $reference } (le support Tesla la demande).

# { $url } is tesla://auth/callback?…
paste-empty = Rien n'a été collé. Collez l'URL { $url } depuis les outils de développement de l'onglet de connexion.
# { $url } is tesla://auth/callback?locale=…&code=…, with this page's Tesla locale (en-US, de-DE…)
paste-too-long = C'est bien trop long pour une URL de retour (callback). Copiez seulement la ligne qui commence par { $url }
# { $url } is tesla://auth/callback?…
paste-authorize-link = C'est le lien de connexion, pas le résultat. Ouvrez-le, connectez-vous, puis copiez l'URL { $url } vers laquelle Tesla vous redirige (voir les étapes ci-dessus).
# { $url } is tesla://auth/callback?…; "Where is this URL?" is the title of the browser help (where-is-the-url).
paste-not-a-callback = Aucune URL { $url } n'a été trouvée dans ce que vous avez collé. « Où trouver cette URL ? », plus haut, montre où votre navigateur l'affiche, et quoi copier.
# { $address } is …/authorize/complete?transaction_id=…, { $row } complete?transaction_id=…, { $header } location: tesla://auth/callback?…
# Network, "Persist Logs" and Headers are Firefox's names (as in help-firefox-*).
paste-before-the-redirect = C'est l'adresse d'avant la redirection de Tesla ({ $address }), celle que montre la Console de Firefox : elle ne contient aucun code. Dans les outils de développement de l'onglet de connexion, ouvrez Réseau (avec « Conserver les journaux » coché), cliquez sur la ligne bloquée { $row }, et copiez l'en-tête de réponse { $header } dans ses En-têtes. Si la ligne a disparu, reconnectez-vous avec Réseau ouvert.
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
paste-tesla-refused = Tesla a refusé la connexion : { $description } ({ $code }). Rien n'a été envoyé. Recommencez à l'étape 1.
# The same, when Tesla gave no explanation.
paste-tesla-refused-no-reason = Tesla a refusé la connexion sans donner de raison ({ $code }). Rien n'a été envoyé. Recommencez à l'étape 1.
paste-missing-state = L'URL n'a pas de paramètre state : impossible de la rattacher à cette connexion. Copiez l'URL entière, y compris tout ce qui suit le point d'interrogation.
paste-state-mismatch = Cette URL appartient à une autre connexion : son state ne correspond pas à celui que cette page a lancé. Elle vient peut-être d'un onglet plus ancien ou du lien de quelqu'un d'autre. Rien n'a été envoyé. Utilisez l'URL de l'onglet ouvert à l'étape 1, ou recommencez à l'étape 1.
# { $url } is tesla://auth/callback?…
paste-missing-code = L'URL n'a pas de code. Copiez l'URL { $url } entière, y compris tout ce qui suit le point d'interrogation.
paste-malformed-code = Le code de cette URL ne ressemble pas à ceux qu'émet Tesla (caractères ou longueur inattendus). Copiez de nouveau l'URL, exactement comme les outils de développement l'affichent.
# { $issuer } is the address the URL names.
paste-untrusted-issuer = L'URL désigne un émetteur auquel cette page ne fait pas confiance : { $issuer }. Seuls les serveurs de Tesla peuvent recevoir votre code : rien n'a donc été envoyé. Utilisez l'URL de l'onglet de connexion de Tesla ; si quelqu'un vous a envoyé ce lien, ne l'utilisez pas.
# { $name } is the name of a part of the URL (state, code…).
paste-repeated = L'URL contient { $name } plus d'une fois : elle est donc ambiguë. Copiez-la de nouveau depuis l'onglet de connexion.

# { $global }, { $europe } and { $china } are the tokens' prefixes (qts-, eu-, cn-).
refresh-retired-v2 = C'est un jeton owner API d'avant 2021 ({ $global }, { $europe } ou { $china } suivi de { $digits ->
        [one] { $digits } chiffre hexadécimal
        [many] { $digits } de chiffres hexadécimaux
       *[other] { $digits } chiffres hexadécimaux
    }). Tesla les a retirés en mars 2022 ; il ne peut pas être actualisé. Connectez-vous à l'étape 1 pour obtenir de nouveaux jetons.
refresh-access-token = C'est un jeton d'accès, pas un jeton d'actualisation : il permet d'appeler l'API pendant { $hours ->
        [one] { $hours } heure
        [many] { $hours } d'heures
       *[other] { $hours } heures
    } et ne peut pas créer de nouveaux jetons. Collez le jeton d'actualisation reçu avec lui, ou connectez-vous à l'étape 1.
# { $field } is id_token.
refresh-id-token = C'est un { $field } (il indique qui s'est connecté), pas un jeton d'actualisation. Collez le jeton d'actualisation, ou connectez-vous à l'étape 1.
refresh-untrusted-issuer = Ce jeton désigne un émetteur auquel cette page ne fait pas confiance ({ $issuer }) : il n'est donc envoyé nulle part. Seuls les serveurs de Tesla peuvent recevoir votre jeton d'actualisation.
# { $global } and { $china } are the regions' names (region-global, region-china).
refresh-needs-region = Ce jeton n'indique pas à quelle région il appartient : choisissez { $global } ou { $china }, puis actualisez.
# { $region } is the token's region code (NA, EU, CN); "App client id" is the label of the field beside the token, Refresh its button.
refresh-fleet-needs-client-id-beside = C'est un jeton d'actualisation Fleet API ({ $region }_…). Pour l'actualiser, il faut l'ID client de votre application : saisissez-le dans « ID client de l'application », à côté du jeton, puis appuyez sur Actualiser.
# { $region } is the token's region code (NA, EU, CN); "Already have a refresh token?" and "App client id" are the page's labels.
refresh-fleet-needs-client-id-elsewhere = C'est un jeton d'actualisation Fleet API ({ $region }_…). Pour l'actualiser, il faut l'ID client de votre application, qui ne peut pas être saisi ici : collez le jeton sous « Vous avez déjà un jeton d'actualisation ? » et saisissez l'ID client dans « ID client de l'application », juste à côté.
# { $algorithm } is the signature's algorithm (RS256, ES256).
refresh-cut-off = Ce jeton d'actualisation est tronqué : sa signature a { $length ->
        [one] { $length } caractère
        [many] { $length } de caractères
       *[other] { $length } caractères
    }, et une signature { $algorithm } en a au moins { $minimum }. Sa fin a été perdue lors de la copie. Rien n'a été envoyé, il n'est donc pas consommé : copiez de nouveau le jeton entier et collez-le.

# { $email } is what was typed.
login-option-bad-email = « { $email } » n'est pas une adresse e-mail ; laissez le champ vide ou saisissez l'e-mail de votre compte Tesla.
# { $locale } is what was typed; { $first } and { $second } are examples (en-US, de-DE).
login-option-bad-locale = « { $locale } » n'est pas un code de langue comme { $first } ou { $second }.
random-unavailable = Ce navigateur n'a pas fourni de nombres aléatoires sécurisés : aucune connexion ne peut être lancée sans risque. Essayez un navigateur à jour.

# { $site } is developer.tesla.com.
fleet-missing-client-id = Saisissez l'ID client de votre application (sur { $site }).
# { $id } is what was typed.
fleet-bad-client-id = Un ID client ne contient que des lettres, des chiffres, - et _ : « { $id } » ne convient pas.
# { $example } is openid offline_access vehicle_device_data.
fleet-bad-scopes = Les scopes sont des mots comme { $example }, séparés par des espaces.
# { $scope } is offline_access.
fleet-no-offline-access = Les scopes doivent inclure { $scope }, sinon Tesla n'envoie pas de jeton d'actualisation.
# "Log in with my app" is the button's label.
fleet-result-state-mismatch = Un résultat de connexion est arrivé pour une autre connexion (son state ne correspond pas) : il a été ignoré. Utilisez l'onglet ouvert par « Se connecter avec mon application ».
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
fleet-result-refused = Tesla a refusé la connexion : { $description } ({ $code }). Réessayez.
# The same, when Tesla gave no explanation.
fleet-result-refused-no-reason = Tesla a refusé la connexion sans donner de raison ({ $code }). Réessayez.

# { $example } is http://127.0.0.1:8787/
relay-setting-empty = Saisissez l'adresse du relais, par exemple { $example }
# { $text } is what was typed; { $example } is http://127.0.0.1:8787/
relay-setting-not-a-url = Ce n'est pas une adresse web : { $text }. Elle devrait ressembler à { $example }
# { $https } is https://, { $http } http://
relay-setting-unsupported-scheme = L'adresse d'un relais doit commencer par { $https } (ou { $http } pour un relais sur cet ordinateur).
# { $http } is http://, { $https } https://, { $local } the addresses of this computer (127.0.0.1, localhost, [::1]), { $host } the relay's.
relay-setting-plain-http-to-remote = Le simple { $http } n'est autorisé que pour un relais sur cet ordinateur ({ $local }) ; utilisez { $https } pour { $host }, sinon vos jetons traverseraient le réseau sans chiffrement.
relay-setting-has-credentials = L'adresse du relais ne doit contenir ni nom d'utilisateur ni mot de passe.
relay-setting-has-fragment = L'adresse du relais ne doit pas contenir de fragment #.
# { $placeholder } is {url}, the place of Tesla's address in a relay address.
relay-setting-repeated-placeholder = Utilisez { $placeholder } une seule fois au plus dans l'adresse du relais.
# { $allowed } is the list of relays this copy may reach, { $relay } the relay refused.
relay-setting-not-in-policy = Cette copie de la page ne peut parler qu'aux relais que nomme sa politique de sécurité ({ $allowed }) : votre navigateur bloquerait donc { $relay }. Lancez un relais sur cet ordinateur (l'étape 2 montre comment), ou hébergez votre propre copie, construite avec votre relais.

# Step 1's line on the relay; { $host } is the relay's (e.g. 127.0.0.1:8787).
relay-health-unchecked = Relais : { $host }, vérifié quand vous appuierez sur le bouton.
relay-health-checking = Relais : { $host }, vérification…
relay-health-answering = Relais : { $host }, répond.
relay-health-silent = Relais : { $host }, ne répond pas (voir l'étape 2).

# What the check of direct mode found.
direct-testing = Interrogation de Tesla…
direct-unavailable = Tesla ne laisse pas cette page lire ses réponses : les requêtes passent par le relais.
direct-available = Tesla répond directement à cette page : vous pouvez vous passer du relais.

# The choice of an account's region; { $host } is auth.tesla.com or auth.tesla.cn.
region-global = Monde ({ $host })
region-china = Chine ({ $host })
# The regions of Tesla's Fleet API, under "Your own app".
fleet-region-north-america = Amérique du Nord, Asie-Pacifique
fleet-region-europe = Europe, Moyen-Orient, Afrique
fleet-region-china = Chine
# { $issuer } and { $api } are addresses.
issued-for-owner-api = Émis par { $issuer } pour l'owner API, à l'adresse { $api }.
issued-for-fleet-api = Émis par { $issuer } pour la région Fleet API de votre application.

# owner_api.rs

api-expired = Le jeton d'accès a expiré ou a été révoqué (HTTP { $status }). Actualisez-le, puis réessayez.
# { $answer } is Tesla's answer, in English (forbidden, see fleet-api); { $command } is token-relay.
api-forbidden-see-fleet = Tesla a refusé ce jeton pour l'owner API ({ $status } « { $answer } »). Depuis juin 2026, Tesla refuse les jetons émis par certaines connexions. Si ce jeton est passé par un relais hébergé ou un Worker, reconnectez-vous via un relais sur votre propre ordinateur ({ $command }) ; si c'est déjà le cas, utilisez la Fleet API avec votre propre application (dans Plus d'outils).
api-asleep = La voiture est endormie ou injoignable (HTTP { $status }). Réveillez-la d'abord, puis réessayez.
# { $endpoint } is /api/1/products.
api-fleet-only = Cet appel ne fonctionne plus que sur la Fleet API (HTTP { $status }). La page utilise { $endpoint } à la place ; pour le reste, enregistrez votre propre application (voir « Votre propre application »).
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server; { $call } is partner_accounts.
api-other-region-app-unregistered = La Fleet API de Tesla de la région { $called } ({ $called_host }) a répondu que votre application n'est pas enregistrée dans cette région (HTTP { $status }), alors que votre compte s'y trouve. Enregistrez-y l'application (appel { $call } de Tesla), puis réessayez.
# { $called } and { $account } are Fleet API regions' names (fleet-region-*), { $called_host } and { $account_host } their servers.
api-other-region-account-in = La Fleet API de Tesla de la région { $called } ({ $called_host }) a répondu que le compte est enregistré dans une autre région (HTTP { $status }) : il dépend de la région { $account } ({ $account_host }). Reconnectez-vous sous « Votre propre application » avec cette région, pour que les jetons soient destinés à sa Fleet API.
# The same, when the page does not know which region it called.
api-other-region-account-in-unknown-call = L'API de Tesla a répondu que le compte est enregistré dans une autre région (HTTP { $status }) : il dépend de la région { $account } ({ $account_host }). Reconnectez-vous sous « Votre propre application » avec cette région, pour que les jetons soient destinés à sa Fleet API.
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server.
api-other-region-account-unknown = La Fleet API de Tesla de la région { $called } ({ $called_host }) a répondu que le compte est enregistré dans une autre région (HTTP { $status }), sans préciser laquelle. Reconnectez-vous sous « Votre propre application » avec une autre région.
# The same, when the page does not know which region it called.
api-other-region-account-unknown-unknown-call = L'API de Tesla a répondu que le compte est enregistré dans une autre région (HTTP { $status }), sans préciser laquelle. Reconnectez-vous sous « Votre propre application » avec une autre région.
api-rate-limited-seconds = Tesla limite la fréquence des appels (HTTP { $status }). Réessayez dans { $seconds ->
        [one] { $seconds } seconde
        [many] { $seconds } de secondes
       *[other] { $seconds } secondes
    }.
# { $date } is the time Tesla gave, as Tesla wrote it.
api-rate-limited-date = Tesla limite la fréquence des appels (HTTP { $status }). Réessayez après { $date }.
api-rate-limited = Tesla limite la fréquence des appels (HTTP { $status }). Réessayez dans une minute.
api-needs-signed-command = Cette voiture n'accepte cette commande que signée avec le protocole vehicle-command de Tesla : il faut une clé virtuelle associée à la voiture, que seule une application Fleet API enregistrée peut avoir. L'owner API ne peut pas l'envoyer.
# { $reason } is the car's reason, in English.
api-command-refused = La voiture a refusé la commande : { $reason }.
api-command-refused-no-reason = La voiture a refusé la commande sans donner de raison.
# { $reason } is Tesla's reason, in English.
api-other = Tesla a répondu HTTP { $status } : { $reason }.
api-other-no-reason = Tesla a répondu HTTP { $status } sans donner de raison.
api-not-json = La réponse n'était pas le JSON qu'envoie Tesla (HTTP { $status }). Vérifiez l'adresse du relais.
# { $reason } is the relay's explanation, in English.
api-relay-refused = Le relais a refusé ou a échoué : { $reason }.
api-relay-unreachable = Impossible de joindre le relais { $host }. Le relais est-il lancé, et autorise-t-il l'origine de cette page ?
api-direct-unreachable = Impossible de joindre Tesla directement.
api-timed-out = Pas de réponse à temps. Le relais ou Tesla est lent ou en panne ; réessayez dans un instant.
api-bad-id = La réponse de Tesla désignait une voiture par un identifiant que cette page ne peut pas utiliser.
api-no-api-base = Ces jetons ne désignent aucune API Tesla que cette page connaît : elle ne peut pas les utiliser.
# { $seconds } s: a number of seconds.
api-wake-timed-out = La voiture n'est pas passée en ligne en { $seconds } s. Elle est peut-être hors de portée ; réessayez plus tard.
api-cancelled = Réveil annulé.
# { $why } is why the refresh failed: one of the exchange-* messages.
api-refresh-failed = Le jeton d'accès a été refusé et son actualisation a échoué : { $why }
api-no-tokens = Aucun jeton sur la page : connectez-vous ou collez d'abord un jeton d'actualisation.
# "Check my token" is the button's label.
api-no-car = Choisissez d'abord une voiture : affichez vos produits avec « Vérifier mon jeton ».
# Said after api-forbidden-see-fleet; { $host } is the relay's.
minted-relay = Ces jetons ont été émis via le relais { $host }.
minted-direct = Ces jetons ont été émis directement par Tesla, sans relais.

# The timeline of a task on the car, one line each.
task-token-works = Le jeton fonctionne : { $products ->
        [one] { $products } produit
        [many] { $products } de produits
       *[other] { $products } produits
    }.
task-car-online = La voiture est en ligne.
task-done-flash-lights = Fait : les phares ont clignoté.
task-done-honk-horn = Fait : le klaxon a retenti.
task-refreshing-after-401 = Le jeton d'accès a été refusé ({ $status }) : actualisation, une seule fois…
# Followed by refresh-kept or refresh-replaced.
task-refreshed = Actualisé.
task-waking-up = Réveil demandé ; en attente que la voiture passe en ligne…
# A check on a waking car: its number · seconds since it was woken · the car's state (car-state-*).
task-poll = Essai { $attempt } · { $seconds } s · { $state }
task-one-step-refreshing = Étape 1 : le jeton d'accès a expiré ; actualisation…
task-one-step-token-valid = Étape 1 : le jeton d'accès semble valide.
task-one-step-reading-state = Étape 2 : lecture de l'état de la voiture…
task-one-step-car-online = Étape 2 : la voiture est en ligne.
task-one-step-waking-online = Étape 2 : la voiture est en ligne ; réveil…
task-one-step-waking-asleep = Étape 2 : la voiture est endormie ; réveil…
task-one-step-waking-offline = Étape 2 : la voiture est hors ligne ; réveil…
task-one-step-waking-unknown = Étape 2 : l'état de la voiture est inconnu ; réveil…
task-one-step-flash-lights = Étape 3 : appel de phares…
task-one-step-honk = Étape 3 : klaxon…
task-asking-region = Recherche auprès de Tesla de la région où le compte est enregistré…

# What a refresh did to the refresh token.
refresh-kept = Un nouveau jeton d'accès est affiché. Tesla n'a pas envoyé de nouveau jeton d'actualisation : celui que vous avez utilisé reste valable, et c'est toujours celui à utiliser.
refresh-replaced = De nouveaux jetons sont affichés. Le jeton d'actualisation que vous avez utilisé est désormais consommé : remplacez-le par le nouveau partout où vous l'utilisez.

# Buttons.
car-command-flash-lights = Appel de phares
car-command-honk = Klaxonner
# A car's connection state, shown beside it.
car-state-online = en ligne
car-state-asleep = endormie
car-state-offline = hors ligne
car-state-unknown = état inconnu
# A product Tesla gave no name.
product-car = Voiture
product-energy-site = Installation énergétique
# The rows of the car's data: a label, then its value.
data-battery = Batterie
data-battery-value = { $percent } %
data-range = Autonomie
# { $miles } in miles, { $km } in kilometres.
data-range-value = { $km } km ({ $miles } mi)
data-locked = Verrouillée
data-climate-on = Climatisation en marche
data-inside = Intérieur
# { $celsius } is the temperature, e.g. 21.5.
data-inside-value = { $celsius } °C
data-location = Position
data-location-hidden = masquée
data-yes = oui
data-no = non

# display.rs

# A duration, put in { $duration } of the expiry messages below: "expires
# in …", "expired … ago".
duration-days = { $days ->
        [one] environ { $days } jour
        [many] environ { $days } de jours
       *[other] environ { $days } jours
    }
duration-hours-minutes = { $hours } h { $minutes } min
duration-minutes = { $minutes } min
duration-under-a-minute = moins d'une minute
# { $duration } is one of the duration-* messages.
inspected-expires-in = Ce jeton expire dans { $duration }.
inspected-expires-soon = Ce jeton expire dans { $duration } : actualisez-le bientôt.
inspected-expired = Ce jeton a expiré il y a { $duration }.
# { $duration } is one of the duration-* messages, { $time } the local time.
access-token-expires-in = Le jeton d'accès expire dans { $duration } (à { $time }).
access-token-expires-soon = Le jeton d'accès expire dans { $duration } (à { $time }) : actualisez-le bientôt.
access-token-expired = Le jeton d'accès a expiré il y a { $duration } (à { $time }).

# What a token is.
token-kind-retired-v2 = Un jeton owner API d'avant 2021, retiré par Tesla en mars 2022 : il ne fonctionne plus.
# { $region } is a region code (NA, EU, CN).
token-kind-fleet-refresh = Un jeton d'actualisation Fleet API opaque, pour la région { $region } : il ne contient aucune donnée lisible.
token-kind-access = Un jeton d'accès (JWT).
token-kind-refresh = Un jeton d'actualisation (JWT).
# { $field } is id_token.
token-kind-id = Un { $field } (JWT) : il indique qui s'est connecté.
token-kind-unknown = Un JWT à l'usage inconnu.
inspect-empty = Collez un jeton pour l'inspecter.
inspect-too-long = C'est bien trop long pour être un jeton Tesla.
# { $prefix } is eyJ.
inspect-not-a-token = Cela ne ressemble pas à un jeton Tesla : les jetons v3 commencent par { $prefix } et ont trois parties séparées par des points.
inspect-bad-payload-encoding = Cela ressemble à un JWT, mais l'encodage de son contenu (payload) ne peut pas être décodé. Copiez-le de nouveau, en entier.
inspect-bad-claims = Cela ressemble à un JWT, mais ses données (claims) ne peuvent pas être décodées. Copiez-le de nouveau, en entier.

# The rows of the claims table; { $claim } is the claim's name in the token (ou_code, azp).
claim-issuer = Émetteur
claim-audience = Audience
claim-scopes = Scopes
claim-region = Région ({ $claim })
claim-subject = Sujet
claim-client = Client ({ $claim })
claim-email = E-mail
claim-issued = Émis le
claim-expires = Expire le

# Buttons; { $file } is a file name (tokens.json), { $format } an export's name (TeslaPy cache.json).
export-download = Télécharger { $file }
export-copy = Copier { $format }
# { $field } is id_token, { $file } tokens.json.
export-no-email = TeslaPy range son cache par e-mail du compte, qui vient de l'{ $field } ; ces jetons sont arrivés sans. Utilisez plutôt { $file }.
qr-too-long = Ce jeton est trop long pour un QR code ; copiez-le plutôt.

# Where to type the command that starts a relay (shown under it).
# { $site } is rustup.rs.
terminal-source-folder = Dans un terminal, dans le dossier du code source de ce projet (il faut Rust, à installer depuis { $site }) :
terminal-powershell = Dans PowerShell :
# { $intel } and { $arm } are the names of the downloads (macos-x86_64, macos-arm64).
terminal-mac = Dans Terminal (sur un Mac Intel : { $intel } au lieu de { $arm }) :
terminal-shell = Dans un terminal :
# { $address } is http://127.0.0.1:8787/
relay-serves-page = Safari ne laisse jamais une page du web joindre un relais sur cet ordinateur. Lancez le relais avec la page (la commande ci-dessous), puis ouvrez { $address } et connectez-vous là : une seule adresse, rien à autoriser.
# { $listens } is 127.0.0.1:8787, { $host } the relay this page tries, { $flag } --page, { $address } http://127.0.0.1:8787/
relay-help-note = Il écoute sur { $listens } ; cette page essaie { $host } (modifiable dans Paramètres). Lancé avec { $flag }, le relais sert aussi cette page à l'adresse { $address }, qui fonctionne dans tous les navigateurs.

# The choices of the idle time, after which the page forgets the tokens.
idle-after = { $minutes ->
        [one] après { $minutes } minute sans activité
        [many] après { $minutes } de minutes sans activité
       *[other] après { $minutes } minutes sans activité
    }
idle-never = jamais (les garder jusqu'à ce que je ferme la page)
# { $minutes } min: a number of minutes.
idle-left = Oubliés dans { $minutes } min si vous n'utilisez pas la page.

# page.rs

# The relay at { $host } on this computer cannot be reached from this page
# (on the web): the first sentence, by browser, then relay-local-* says
# what to do, then relay-blocked-code-unused.
relay-blocked-safari = Impossible de joindre le relais { $host } : cette page est sur le web (HTTPS) et le relais sur cet ordinateur, ce que Safari n'autorise jamais.
relay-blocked-prompt = Impossible de joindre le relais { $host } : cette page est sur le web (HTTPS) et le relais sur cet ordinateur ; le navigateur demande votre accord avant qu'un site puisse le joindre.
relay-blocked-unknown-browser = Impossible de joindre le relais { $host } : cette page est sur le web (HTTPS) et le relais sur cet ordinateur.
relay-blocked-code-unused = Votre code n'a pas été utilisé : appuyez alors de nouveau sur le bouton.
# The relay at { $host } does not answer: the first sentence, by browser,
# then relay-local-* (or relay-silent-start-it), then relay-silent-code-kept
# or relay-silent-paste-waits.
relay-silent-safari = Le relais { $host } ne répond pas à cette page : cette page est sur le web (HTTPS) et le relais sur cet ordinateur, ce que Safari n'autorise jamais.
relay-silent-prompt = Le relais { $host } ne répond pas à cette page : cette page est sur le web (HTTPS) et le relais sur cet ordinateur ; le navigateur demande votre accord avant qu'un site puisse le joindre.
relay-silent-unknown-browser = Le relais { $host } ne répond pas à cette page : cette page est sur le web (HTTPS) et le relais sur cet ordinateur.
relay-silent-not-running = Le relais { $host } ne répond pas à cette page : il n'est pas lancé, ou il n'autorise pas cette page.
relay-silent-start-it = Lancez-le comme indiqué ci-dessous ; cette page réessaie toutes les quelques secondes.
relay-silent-code-kept = Votre code est gardé ici, inutilisé, et sera envoyé dès que le relais répondra.
relay-silent-paste-waits = Vous pouvez continuer à vous connecter : le collage attendra le relais.
# { $command } is token-relay --page, { $address } http://127.0.0.1:8787/
relay-local-safari = Ouvrez plutôt la page depuis votre propre relais ({ $command } la sert à l'adresse { $address }), ou utilisez un relais HTTPS.
# The prompt is quoted as Chrome, Edge and Firefox show it in this language.
# French: the quoted prompt (« accéder à d'autres applications et services sur cet appareil ») is
# NOT CONFIRMED: no French source for Chrome's, Edge's or Firefox's local-network prompt was found.
relay-local-prompt = Cherchez une demande d'autorisation sur cet onglet (« accéder à d'autres applications et services sur cet appareil ») et acceptez-la. Si le relais n'est pas lancé, lancez-le comme indiqué ci-dessous ; cette page réessaie toutes les quelques secondes.
relay-local-unknown-browser = Chrome, Edge et Firefox demandent votre accord avant qu'un site puisse le joindre : cherchez une demande d'autorisation sur cet onglet (« accéder à d'autres applications et services sur cet appareil ») et acceptez-la. Safari ne l'autorise jamais : ouvrez plutôt la page depuis votre propre relais, ou utilisez un relais HTTPS. Si le relais n'est pas lancé, lancez-le comme indiqué ci-dessous ; cette page réessaie toutes les quelques secondes.
answer-relay-question-first = Répondez d'abord à la question sur le relais ci-dessous : cette page n'envoie rien à un relais que vous n'avez pas confirmé.

# While a request is under way: through the relay at { $host }, or directly.
exchanging-relay = En cours… échange du code via le relais { $host }. Cela peut prendre plusieurs secondes.
exchanging-direct = En cours… échange du code directement avec Tesla, sans relais. Cela peut prendre plusieurs secondes.
exchanging-fleet-relay = Échange du code de votre application via le relais { $host }…
exchanging-fleet-direct = Échange du code de votre application directement avec Tesla, sans relais…
refreshing-relay = Actualisation via le relais { $host }…
refreshing-direct = Actualisation directement auprès de Tesla, sans relais…
waiting-for-fleet-tab = En attente du retour de l'onglet de connexion…
tokens-received-relay = Jetons reçus via le relais { $host } : copiez-les maintenant.
tokens-received-direct = Jetons reçus directement de Tesla, sans relais : copiez-les maintenant.
fleet-tokens-received-relay = Jetons de votre application reçus via le relais { $host } : copiez-les maintenant.
fleet-tokens-received-direct = Jetons de votre application reçus directement de Tesla, sans relais : copiez-les maintenant.
already-exchanged = Ces jetons sont déjà affichés ci-dessous : le code de cette URL a servi à les obtenir.

# Questions before something that cannot be undone (answered Yes or No).
ask-forget-everything = Tout oublier maintenant ? Les jetons affichés et toute connexion en cours sont effacés de cette page. Les jetons que vous avez copiés continuent de fonctionner.
ask-replace-uncopied-tokens = Les jetons affichés n'ont jamais été copiés ni téléchargés. De nouveaux jetons vont les remplacer sur cette page : continuer ?
ask-replace-with-arrived = De nouveaux jetons sont arrivés, mais les jetons affichés n'ont jamais été copiés ni téléchargés. Afficher les nouveaux à la place ? (« Non » garde les jetons affichés ; les nouveaux sont alors oubliés.)
forgotten-everything = Tout a été oublié : jetons, secrets de connexion et saisies.
forgotten-idle = Après { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } de minutes
       *[other] { $minutes } minutes
    } sans activité, comme choisi, les jetons et tout ce qui avait été saisi ont été oubliés. Reconnectez-vous ou actualisez de nouveau pour obtenir de nouveaux jetons.
# Shown while leaving the page would lose something.
leave-uncopied-tokens = Copiez ou téléchargez vos jetons avant de fermer ou de recharger cette page : ils n'existent qu'ici.
leave-login-pending = Gardez cette page ouverte jusqu'à l'affichage de vos jetons : le secret de la connexion ne vit que dans la mémoire de cette page, et un rechargement le perd.

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

callback-tab-done = Connexion terminée : le résultat est parti vers l'onglet où vous l'avez commencée. Vous pouvez fermer cet onglet.
callback-tab-unusable = Cette adresse contient un résultat de connexion que cette page ne peut pas utiliser. Fermez cet onglet et recommencez.
callback-tab-start-tab-gone = Si l'onglet où vous avez commencé n'existe plus, le secret de la connexion est parti avec lui : recommencez depuis la page.

## The page inside another page (src/ui/mod.rs)

framed-refusal = Cette page refuse de fonctionner à l'intérieur d'une autre page, qui pourrait vous faire cliquer à votre insu. Ouvrez-la directement dans son propre onglet.

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = Les requêtes de jetons vont directement à Tesla (mode direct).
# The login button (open-tesla-login) while a login waits for its paste.
login-start-new = Lancer une nouvelle connexion
# { $link } is a link whose text is login-no-tab-link.
login-no-tab = Pas de nouvel onglet ? Votre navigateur l'a peut-être bloqué : { $link }.
login-no-tab-link = ouvrir la page de connexion de Tesla
login-start-again = Recommencer (oublier cette connexion)
login-options-title = Un autre compte, ou une autre langue
login-switch-account = Utiliser un autre compte Tesla (Tesla affiche son formulaire de connexion même s'il se souvient de vous)
login-email = E-mail du compte (facultatif : permet à Tesla de choisir votre région)
# { $locale } is Tesla's code for this page's language (en-US, de-DE…): Tesla's login page
# is in that language unless the owner types another code in the box.
login-locale = Langue de la page de Tesla (facultatif ; vide signifie { $locale }, la langue de cette page)

## Step 2: the paste (src/ui/paste_step.rs)

# { $callback } is tesla://auth/callback?…, { $header } is location: (both shown as code).
paste-label = L'URL { $callback }, la ligne de la console ou l'en-tête { $header }
paste-exchange = Obtenir mes jetons
paste-start-first = Commencez par l'étape 1 : un collage ne fonctionne que pour la connexion lancée par cette page.

## Starting a relay when none answers (src/ui/relay_help.rs)

# { $terminal } says where to type the command (such as "In PowerShell:"); the command follows.
relay-help-start = Lancez un relais sur cet ordinateur. { $terminal }

## Step 3: the tokens (src/ui/tokens_step.rs, src/ui/token_field.rs)

tokens-step-title = 3. Vos jetons
tokens-step-access = Jeton d'accès
tokens-step-copy-access = Copier le jeton d'accès
tokens-step-refresh = Jeton d'actualisation
tokens-step-copy-refresh = Copier le jeton d'actualisation
tokens-step-refresh-lasts = Le jeton d'actualisation dure environ trois mois et ne sert qu'une fois : chaque actualisation en donne un nouveau.
tokens-step-refresh-now = Actualiser maintenant (nouveaux jetons d'accès et d'actualisation)
tokens-step-export = Exporter : .env, JSON, TeslaPy et autres, QR code
tokens-step-use = Utiliser votre jeton : le vérifier, réveiller une voiture, envoyer une commande
# The QR code's name, for screen readers.
tokens-step-qr-label = QR code du jeton d'actualisation
tokens-step-qr-show = Afficher le jeton d'actualisation en QR code (pour une application mobile)
tokens-step-qr-hide = Masquer le QR code
# After a copy button, when the copy worked or the browser refused it.
token-field-copied = Copié.
token-field-refused = Le navigateur a refusé ; sélectionnez le texte et copiez-le.

## Using the token (src/ui/cars_step.rs)

cars-intro = Tout ici passe par le relais, avec votre jeton d'accès. Un jeton expiré est actualisé une fois, automatiquement ; le nouveau jeton d'actualisation s'affiche alors plus haut.
cars-check-token = Vérifier mon jeton
cars-show-vins = Afficher les VIN complets
cars-wake = Réveiller
cars-read-data = Lire ses données
# After a product's name and " · ": what kind of product it is.
cars-energy-site = installation énergétique
cars-one-step-title = En une étape
cars-one-step-note = Actualise si besoin, réveille la voiture si besoin, puis envoie la commande.
cars-one-step-car = Voiture
cars-one-step-command = Commande
cars-one-step-do = Lancer
cars-data-title = Données du véhicule
cars-show-location = Afficher la position
cars-curl-title = Le dernier appel en curl
# { $variable } is $TESLA_ACCESS_TOKEN, the variable the command reads the token from.
cars-curl-include-token = Inclure mon jeton d'accès (sinon { $variable })
cars-copy-curl = Copier en curl
# Stops the task running (waking a car, sending a command).
cars-cancel = Annuler

## More tools: refresh with a pasted token (src/ui/refresh_step.rs)

refresh-step-title = Vous avez déjà un jeton d'actualisation ?
refresh-step-intro = Collez-le pour obtenir un nouveau jeton d'accès sans vous connecter. Le jeton d'actualisation est alors consommé : utilisez ensuite le nouveau.
refresh-step-token = Jeton d'actualisation
refresh-step-region = Région (seulement si le jeton ne nomme pas son émetteur)
refresh-step-region-from-token = D'après le jeton
refresh-step-client-id = ID client de l'application (seulement pour les jetons d'actualisation Fleet API, NA_…)
# The button: new tokens from the pasted refresh token.
refresh-step-button = Actualiser

## More tools: inspect a token (src/ui/inspector.rs)

inspector-title = Inspecter un jeton
inspector-note = Décodé ici, dans votre navigateur, en lecture seule.
inspector-take-access = Inspecter le jeton d'accès
inspector-take-refresh = Inspecter le jeton d'actualisation
# id_token is the name of a field of Tesla's answer: keep it as is.
inspector-take-id = Inspecter l'id_token
inspector-token = Jeton
inspector-refresh = Actualiser avec ce jeton

## More tools: your own app (src/ui/fleet_step.rs)

fleet-step-title = Votre propre application (Fleet API) : sans outils de développement, fonctionne sur téléphone
# { $redirect } is this page's address, shown as code.
fleet-step-intro = Pour une application Fleet API que vous avez enregistrée sur developer.tesla.com. Enregistrez l'adresse de cette page comme URI de redirection : { $redirect }. Après la connexion, Tesla renvoie l'onglet ici, et celui-ci transmet le code à cet onglet (par le navigateur, sans passer par aucun serveur).
fleet-step-client-id = ID client
fleet-step-region = Région de votre compte
fleet-step-scopes = Scopes
fleet-step-secret = Secret client (seulement pour une application tierce ; laissez vide pour une application open source)
fleet-step-secret-note = Un secret reste dans la mémoire de cette page, mais il voyage jusqu'à Tesla via le relais, qui peut le voir : n'utilisez un secret qu'avec un relais que vous faites tourner sur votre propre machine.
fleet-step-login = Se connecter avec mon application

## Settings: the relay and direct mode (src/ui/relay_setting.rs)

relay-setting-title = Relais
# { $relay } is token-relay, the name of the project's relay program (shown as code).
relay-setting-why = Le serveur de jetons de Tesla ne laisse pas les pages web lire ses réponses (il n'envoie pas d'en-têtes CORS) : l'échange passe donc par un relais, un petit intermédiaire qui voit votre code et vos jetons au passage. Utilisez-en un que vous faites tourner vous-même ({ $relay } : l'étape 2 affiche la commande quand il le faut). Les proxys CORS publics génériques ne sont pas sûrs pour des jetons. Les jetons émis via un relais Cloudflare Worker peuvent être refusés par l'owner API (Tesla vérifie comment le jeton a été demandé, et la connexion d'un Worker à Tesla n'est pas vérifiée) : préférez token-relay.
# { $host } is the relay's host, shown as code.
relay-setting-active = Les requêtes vont au relais { $host }.
# { $reason } says what is wrong with the address.
relay-setting-link-refused = Le relais proposé par le lien a été refusé : { $reason }
# { $host } is the proposed relay's host, { $address } its whole address (both shown as code).
relay-setting-proposal = Le lien que vous avez ouvert demande à cette page d'utiliser le relais { $host } ({ $address }). Un relais voit votre code et vos jetons au passage : ne l'utilisez que si vous faites confiance à la personne qui le gère. Rien n'est envoyé tant que vous n'avez pas choisi.
# Buttons: { $host } is the proposed relay's host, or the one used now.
relay-setting-accept = Utiliser { $host }
relay-setting-keep = Garder { $host }
# { $marker } is {url}, shown as code.
relay-setting-address = Adresse du relais ({ $marker } marque l'emplacement de l'URL de Tesla ; sans lui, l'URL est ajoutée à la fin)
relay-setting-save = Utiliser ce relais
relay-setting-local-network = Si cette page est hébergée sur le web et que votre relais tourne sur cet ordinateur, le navigateur peut demander si la page peut accéder aux appareils de votre réseau local : autorisez-le pour cette page, sinon le relais sera injoignable.
direct-mode-title = Mode direct
direct-mode-note = Si le serveur de jetons de Tesla laisse cette page lire ses réponses (CORS), aucun relais n'est nécessaire. La vérification envoie à Tesla une requête sans code ni jeton : elle ne peut donc rien consommer.
direct-mode-probe = Vérifier si Tesla répond directement à cette page
direct-mode-use = Envoyer les requêtes de jetons directement à Tesla (sans relais)

## Settings: idle time (src/ui/tokens_step.rs)

idle-setting-title = Délai d'inactivité
# The label of the list of idle times ("after 15 minutes without activity"…).
idle-setting-label = Oublier les jetons

## Asking before something cannot be undone (src/ui/question.rs, src/ui/forget.rs)

question-yes = Oui, continuer
question-no = Non, les garder
forget-everything-button = Tout oublier

# (end of the view labels)





### "This copy" (src/catalog/this_copy.rs, src/ui/trust.rs)

this-copy-relays = Les relais que cette copie peut joindre : { $relays }.
this-copy-title = Cette copie
this-copy-version = Version
this-copy-commit = Commit
this-copy-wasm = SHA-384 de son code (wasm), calculé dans cet onglet à partir des octets qu'il exécute
this-copy-computing = calcul en cours…
# Kept in English: the check counts anything between < and > as markup, which must match English.
this-copy-this-address = ‹adresse de cette page›
wasm-check-matches = Il correspond à la valeur d'intégrité indiquée dans le HTML de cette page.
wasm-check-differs = Il ne correspond pas à la valeur d'intégrité indiquée dans le HTML de cette page ({ $declared }) : n'utilisez pas cette copie ; rechargez-la, ou compilez la vôtre.
wasm-check-undeclared = Le HTML de cette page ne déclare aucune valeur d'intégrité : elle n'a pas été construite par les scripts de ce projet.
verify-lead = Pour vérifier cette copie par rapport à une version publiée, lancez le relais de cette version (la section « Running a relay » du README indique où le télécharger) avec :
verify-after = Il récupère cette page et chaque fichier qu'elle charge, vérifie chacun par rapport à la valeur d'intégrité du HTML de la page, compare le code octet par octet avec la page livrée avec le relais, vérifie que la politique de sécurité de la page ne l'autorise à se connecter qu'à elle-même, à Tesla et à des relais, et affiche « IDENTICAL » ou exactement ce qui diffère.
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = Ou compilez vous-même ce commit avec { $build } et comparez le SHA-384 de { $file } avec celui ci-dessus.
