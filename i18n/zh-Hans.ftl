# Simplified Chinese (简体中文): translated 2026-11-30 by an AI translator (not yet reviewed by a native speaker).
# Every catalog has exactly the keys of English (i18n/en.ftl).
#
# Glossary (one term for one thing):
#   access token → 访问令牌; refresh token → 刷新令牌; token(s) → 令牌
#   (TeslaMate's zh_Hans catalog, priv/gettext/zh_Hans/LC_MESSAGES/default.po, writes 令牌 / 刷新令牌)
#   relay → 中转服务; relay address → 中转服务地址; direct mode → 直连模式
#   developer tools → 开发者工具 (Edge's own dialog says 开发人员工具); tab → 标签页
#   log in / login → 登录; login page → 登录页面; paste → 粘贴; copy → 复制
#   address / URL → 地址; code (authorization code) → 授权码; verifier → verifier
#   token endpoint → 令牌接口; issuer → 签发方; inspect → 解析; your own app → 自有应用
#   idle time → 闲置时间; "Forget everything" → “全部清除”; This copy → 本副本
#   Tesla (the company) → 特斯拉; Tesla API, Fleet API, owner API, OAuth, PKCE, CORS, state,
#   commands, file names and the browsers' English console lines stay as written.
# Style: the reader is 你; full-width punctuation (，。：；！？“”（）) in Chinese text;
# one space between Chinese and Latin words or numbers, none next to full-width punctuation.
# Each message stays on one line: a line break would show as a space between Chinese characters.

## The page's language list and the offer of another language

# The name of the list of languages, for screen readers.
languages-label = 语言
# Said in THIS language, to a reader whose browser prefers it, on a page in another language.
language-offer = 本页面也有简体中文版：<a>阅读简体中文版</a>。

## The static page, readable before the code runs

page-title = 你自己的 Tesla API 令牌
lead = 在特斯拉自己的页面上登录，获取你的访问令牌（access token）和刷新令牌（refresh token）。你的密码绝不会经过本页面，令牌只保存在这个标签页的内存中。
jump-links = <a href="#trust">为什么可以信任本页面</a> · <a href="#this-copy">本副本</a>
phone-banner = 在用手机？第 2 步需要电脑上的开发者工具。在手机上，请改用自有应用（见“更多工具”）。
step-1-title = 1. 在特斯拉页面登录
step-1-intro = 点击按钮会在新标签页中打开特斯拉登录页面。在那里登录之前，先打开该标签页的开发者工具：第 2 步会告诉你看哪里。
open-tesla-login = 打开特斯拉登录页面
starting = 页面启动中…
step-2-title = 2. 粘贴 tesla:// 地址
step-2-intro = 登录后，特斯拉的标签页会停在加载状态（“Loading…”）：特斯拉让浏览器跳转到 <code>tesla://auth/callback?…</code> 地址，而浏览器打不开它。请从开发者工具中复制这个地址，粘贴到这里。
where-is-the-url = 这个地址在哪里？

# Browser help. Name each panel, menu, button and setting exactly as the
# browser shows it in this language. The console lines stay as the browsers print them (in English).
#
# Chrome: 控制台 (Console) and 网络 (Network): ChromeDevTools/devtools-frontend,
# front_end/core/i18n/locales/zh.json, "core/common/SettingRegistration.ts | console" = 控制台,
# "core/common/SettingRegistration.ts | network" = 网络, "core/common/Revealer.ts | networkPanel" = “网络”面板.
help-chrome-open = 在特斯拉标签页中，登录之前，按 <kbd>F12</kbd>（Mac 上按 <kbd>⌥⌘J</kbd>），然后选择<b>控制台</b>。
help-chrome-log-in = 登录。随后会出现一行红字：<code>Failed to launch 'tesla://auth/callback?locale=zh-CN&amp;code=…' because the scheme does not have a registered handler.</code>
help-chrome-copy = 在这一行上连点三下将它选中，复制（<kbd>Ctrl+C</kbd>、<kbd>⌘C</kbd>），再粘贴到下面：整行粘贴也没关系。
# 保留日志 (Preserve log): devtools-frontend zh.json, "panels/network/NetworkPanel.ts | preserveLog".
# 响应标头 (response headers): zh.json, "panels/network/RequestHeadersView.ts | responseHeaders".
help-chrome-no-line = 没有这一行？打开<b>网络</b>面板，勾选<b>保留日志</b>，然后重新登录；点击最后一个 <code>authorize</code> 行，复制它的 <code>location:</code> 响应标头。
# Edge: "Open DevTools" is Edge's own F12 dialog: 打开开发人员工具 is NOT CONFIRMED (no Edge string
# found; Edge's Chinese UI calls DevTools 开发人员工具). 控制台: Chromium's word (see Chrome above).
help-edge-open = 在特斯拉标签页中，登录之前，按 <kbd>F12</kbd>（如果 Edge 询问，选择<b>打开开发人员工具</b>），然后选择<b>控制台</b>。
help-edge-log-in = 登录。随后会出现一行红字：<code>Failed to launch 'tesla://auth/callback?locale=zh-CN&amp;code=…' because the scheme does not have a registered handler.</code>
help-edge-copy = 在这一行上连点三下将它选中，复制（<kbd>Ctrl+C</kbd>），再粘贴到下面：整行粘贴也没关系。
# Firefox: 网络 (Network), 控制台 (Console): mozilla-l10n/firefox-l10n, zh-CN/devtools/client/startup.properties
# (netmonitor.label, ToolboxTabWebconsole.label). 持续记录 (Persist Logs): zh-CN/devtools/client/netmonitor.properties,
# netmonitor.toolbar.enablePersistentLogs.label (an older stored version had 持续日志).
help-firefox-open = 在特斯拉标签页中，登录之前，按 <kbd>F12</kbd>（Mac 上按 <kbd>⌥⌘I</kbd>），选择<b>网络</b>，打开它的 ⚙ 菜单并勾选<b>持续记录</b>。
help-firefox-log-in = 登录。标签页会一直停在加载状态（“Loading…”）。
# 消息头 (Headers tab): netmonitor.tab.headers; 响应头 (Response Headers): responseHeaders;
# 复制 (Copy): netmonitor.context.copy; 复制全部 (Copy All): netmonitor.context.copyAll;
# all in mozilla-l10n/firefox-l10n, zh-CN/devtools/client/netmonitor.properties.
help-firefox-copy = 在列表中点击 <code>complete?transaction_id=…</code> 这一行（最后一行往往是 <code>favicon.ico</code>，不是它）。在<b>消息头</b>的<b>响应头</b>下，右键点击 <code>location: tesla://auth/callback?…</code>，选择<b>复制</b>（或<b>复制全部</b>），再粘贴到下面。
help-firefox-not-console = 控制台里那行“Prevented navigation to …complete?transaction_id=…”没有用：它显示的是特斯拉跳转之前的地址，不含授权码。
help-safari-log-in = 在特斯拉标签页中登录。随后 Safari 会在地址栏显示 <code>tesla://auth/callback?…</code>，页面上提示无法打开这个地址。
help-safari-copy = 点击地址栏，全选（<kbd>⌘A</kbd>），复制（<kbd>⌘C</kbd>），再粘贴到下面。
# Safari: 设置 → 高级 → “显示网页开发者功能” and 网络 (Network tab of the Web Inspector):
# NOT CONFIRMED (no Apple page in Simplified Chinese found; the most likely wording of macOS Safari 17+).
help-safari-empty-address = 地址栏是空的？在“设置”→“高级”中打开“显示网页开发者功能”，重新打开特斯拉标签页，按 <kbd>⌥⌘I</kbd>，选择<b>网络</b>，登录，然后复制最后一个 <code>authorize</code> 请求的 <code>location:</code> 标头。

more-tools-title = 更多工具：刷新、解析、自有应用
settings-title = 设置：中转服务、直连模式、闲置时间
trust-title = 为什么可以信任本页面
trust-what-runs-where = 什么在哪里运行
trust-password = 你只在特斯拉自己的页面、它自己的标签页中输入密码和 MFA 验证码。本页面永远看不到它们。
trust-memory = 本次登录的私密参数（PKCE verifier）由这个标签页用浏览器的安全随机数生成。它和令牌只存在于这个标签页的内存中：从不写入存储、Cookie 或地址栏。只有中转服务地址会被保存。“全部清除”会立即清除它们；到了你设定的闲置时间，它们也会被自动遗忘。
trust-state = 粘贴的地址必须带有本次登录的 state，而且授权码只能发给特斯拉自己的服务器：否则在发送之前就会被拒绝。
trust-what-the-relay-sees = 中转服务能看到什么
trust-relay-sees = 特斯拉的令牌接口不允许网页直接调用，所以交换要经过一个中转服务，由它补上缺少的许可（CORS）。中转服务能看到一次性授权码、verifier 和特斯拉返回的令牌；它永远看不到你的密码。
trust-own-relay = 在你自己的电脑上运行中转服务，其他人就什么也看不到。我们的中转服务只转发到特斯拉，只为本页面服务，每个请求只记录方法、主机和状态码。
trust-check-yourself = 自己验证
trust-requests = 本页面只在你按下按钮时才发送请求，而且只发往“设置”中的中转服务（直连模式下则直接发往特斯拉）。打开开发者工具的“网络”面板看看就知道。
trust-policy = 这一点由你的浏览器强制执行：本页面的安全策略（源代码中的第一个 <code>&lt;meta&gt;</code> 标签）只允许它连接自身、特斯拉以及其中列出的中转服务。
noscript = 本页面需要 JavaScript 和 WebAssembly 才能工作：一切都在你的浏览器中进行。

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

this-copy-relays = 本副本可以连接的中转服务：{ $relays }。
this-copy-title = 本副本
this-copy-version = 版本
this-copy-commit = 提交
this-copy-wasm = 它的代码（wasm）的 SHA-384，由这个标签页根据实际运行的字节计算
this-copy-computing = 计算中…
# Shown inside a command line (token-relay verify …). It stays in English: the catalog check
# reads "<…>" as a tag and holds it to English's.
this-copy-this-address = <this page's address>
wasm-check-matches = 与本页面 HTML 中的完整性值（integrity）一致。
wasm-check-differs = 与本页面 HTML 中的完整性值（{ $declared }）不一致：请不要使用本副本；请重新加载，或自行构建。
wasm-check-undeclared = 本页面的 HTML 没有声明完整性值：它不是由本项目的脚本构建的。
verify-lead = 要将本副本与某个发布版本核对，请运行该版本的中转服务（README 的“Running a relay”一节说明了在哪里下载），并执行：
verify-after = 它会获取本页面及其加载的每个文件，逐一与页面 HTML 中的完整性值核对，将代码与中转服务自带的页面逐字节比较，检查页面的安全策略是否只允许连接自身、特斯拉和中转服务，最后输出“IDENTICAL”或准确指出哪里不同。
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = 或者用 { $build } 自行构建这个提交，并将 { $file } 的 SHA-384 与上面的值比较。
