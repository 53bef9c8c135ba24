# Simplified Chinese (简体中文): translated 2026-11-30 by an AI translator (not yet reviewed by a native speaker).
# Every catalog has exactly the keys of English (i18n/en.ftl).
#
# Glossary (one term for one thing):
#   access token → 访问令牌; refresh token → 刷新令牌; token(s) → 令牌
#   (TeslaMate's zh_Hans catalog, priv/gettext/zh_Hans/LC_MESSAGES/default.po, writes 令牌 / 刷新令牌)
#   relay → 中转服务; relay address → 中转服务地址; direct mode → 直连模式
#   developer tools → 开发者工具 (Edge's Chinese UI says 开发人员工具); tab → 标签页
#   log in / login → 登录; login page → 登录页面; paste → 粘贴; copy → 复制
#   address / URL → 地址; code (authorization code) → 授权码; verifier → verifier
#   token endpoint → 令牌接口; issuer → 签发方; inspect → 解析; your own app → 自有应用
#   idle time → 闲置时间; forget → 清除; "Forget everything" → “全部清除”; This copy → 本副本
#   (Tesla's) answer / response → 响应; command → 指令; wake → 唤醒; scopes → 权限范围;
#   client id → 客户端 ID; client secret → 客户端密钥; energy site → 能源站点; step 1 → 第 1 步
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

# Also the heading of the tab a login of your own app comes back to.
page-title = 你自己的 Tesla API 令牌
lead = 在特斯拉自己的页面上登录，获取你的访问令牌（access token）和刷新令牌（refresh token）。你的密码绝不会经过本页面，令牌只保存在这个标签页的内存中。
jump-links = <a href="#trust">为什么可以信任本页面</a> · <a href="#this-copy">本副本</a>
phone-banner = 在用手机？第 2 步需要电脑上的开发者工具。在手机上，请改用自有应用（见“更多工具”）。
step-1-title = 1. 在特斯拉页面登录
step-1-intro = 点击按钮会在新标签页中打开特斯拉登录页面。在那里登录之前，先打开该标签页的开发者工具：第 2 步会告诉你看哪里。
# Also the button once the page runs.
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
# Edge's step too: it prints the same line.
help-chrome-log-in = 登录。随后会出现一行红字：<code>Failed to launch 'tesla://auth/callback?locale=zh-CN&amp;code=…' because the scheme does not have a registered handler.</code>
help-chrome-copy = 在这一行上连点三下将它选中，复制（<kbd>Ctrl+C</kbd>、<kbd>⌘C</kbd>），再粘贴到下面：整行粘贴也没关系。
# 保留日志 (Preserve log): devtools-frontend zh.json, "panels/network/NetworkPanel.ts | preserveLog".
# 响应标头 (response headers): zh.json, "panels/network/RequestHeadersView.ts | responseHeaders".
help-chrome-no-line = 没有这一行？打开<b>网络</b>面板，勾选<b>保留日志</b>，然后重新登录；点击最后一个 <code>authorize</code> 行，复制它的 <code>location:</code> 响应标头。
# Edge: "Open DevTools" is Edge's own F12 dialog: 打开开发人员工具 is NOT CONFIRMED (no Edge string
# found; Edge's Chinese UI calls DevTools 开发人员工具). 控制台: Chromium's word (see Chrome above).
help-edge-open = 在特斯拉标签页中，登录之前，按 <kbd>F12</kbd>（如果 Edge 询问，选择<b>打开开发人员工具</b>），然后选择<b>控制台</b>。
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
trust-memory = 本次登录的私密参数（PKCE verifier）由这个标签页用浏览器的安全随机数生成。它和令牌只存在于这个标签页的内存中：从不写入存储、Cookie 或地址栏。只有中转服务地址会被保存。“全部清除”会立即清除它们；到了你设定的闲置时间，它们也会被自动清除。
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

# Placeholders that hold code stay as they are: hosts, addresses, commands,
# Tesla's error codes and HTTP statuses ({ $status }, e.g. 403), JSON field
# names. "step 1", "step 2", "Settings", "More tools", "Your own app" and the
# quoted button and field names are the page's own labels: use this
# language's. Browser menus, panels and prompts are named as the browser shows
# them in this language.

# Between two sentences (or runs of sentences) said one after the other:
# a space in English.
sentence-then-sentence = { $first }{ $second }

# oauth.rs

# { $code } is Tesla's error code (invalid_grant).
exchange-code-used-or-expired = 特斯拉表示这个授权码已被使用或已过期（{ $code }）。授权码只能用一次，而且只在几分钟内有效：请从第 1 步重新开始。
# { $code } is Tesla's error code (invalid_request), { $description } Tesla's explanation, in English.
exchange-invalid-verifier = 特斯拉拒绝了 PKCE verifier（{ $code }：{ $description }）。请从第 1 步重新开始；如果再次出现，可能是特斯拉改了规则，请报告这个问题。
# { $code } is Tesla's error code (login_required).
exchange-login-required = 特斯拉要求重新登录（{ $code }）。请从第 1 步重新开始。
# { $code } is Tesla's error code (e.g. invalid_grant).
exchange-refresh-token-spent = 特斯拉拒绝了这个刷新令牌（{ $code }）：它已被用过，或已被撤销（修改账号密码会撤销所有令牌）。刷新令牌只能用一次。请在第 1 步重新登录。
# { $code } is Tesla's error code, { $description } Tesla's explanation, in English.
exchange-tesla-refused = 特斯拉拒绝了请求：{ $code }（{ $description }，HTTP { $status }）。请从第 1 步重新开始；如果再次出现，可能是特斯拉改了流程。
# The same, when Tesla gave no explanation.
exchange-tesla-refused-no-reason = 特斯拉拒绝了请求：{ $code }（未说明原因，HTTP { $status }）。请从第 1 步重新开始；如果再次出现，可能是特斯拉改了流程。
# { $reason } is the relay's explanation, in English.
exchange-relay-refused = 中转服务拒绝了请求或出错：{ $reason }。请检查“设置”中的中转服务，或按第 2 步的说明在这台电脑上启动一个中转服务。
# { $answer } is what Tesla's firewall answered, in English (Access Denied).
exchange-access-denied = 特斯拉的防火墙返回了“{ $answer }”（HTTP { $status }）。它会拦截某些网络和托管的中转服务：请改用你自己电脑上的中转服务，然后重新粘贴地址。
exchange-tesla-unavailable = 特斯拉的服务器出错（HTTP { $status }）。请等一分钟再试：授权码在几分钟内仍然有效。
exchange-not-json = 响应不是 JSON（HTTP { $status }），所以它并非来自特斯拉的令牌接口。请检查中转服务设置是否指向一个令牌中转服务。
exchange-incomplete-tokens = 特斯拉的响应中没有访问令牌和刷新令牌。请从第 1 步重新开始。
# The answer came through the relay at { $host } (e.g. 127.0.0.1:8787).
exchange-implausible-token-relay = 经 { $host } 上的中转服务传来的响应中，有一个令牌含有特斯拉令牌从不包含的字符，因此已被拒绝：没有显示或导出任何内容。中转服务可能在篡改响应：请使用你自己运行的中转服务，然后重新登录。
# The same, when the page called Tesla directly.
exchange-implausible-token-direct = 直接从特斯拉（不经中转服务）传来的响应中，有一个令牌含有特斯拉令牌从不包含的字符，因此已被拒绝：没有显示或导出任何内容。中转服务可能在篡改响应：请使用你自己运行的中转服务，然后重新登录。
exchange-relay-unreachable = 无法连接 { $host } 上的中转服务：它没有运行，或不允许本页面访问。你的授权码尚未使用：请按第 2 步的说明启动中转服务，然后再次点击按钮。
exchange-direct-unreachable = 无法直接连接特斯拉：特斯拉不允许（或不再允许）本页面读取它的响应。请关闭直连模式，改为经过中转服务。
exchange-timed-out = { $seconds } 秒内没有收到响应。中转服务或特斯拉速度很慢或已停止响应；请稍后再试。
# { $reason } is the relay's explanation, in English.
exchange-tesla-timed-out = 特斯拉没有及时响应（中转服务报告：{ $reason }）。请稍后再试；如果特斯拉在此期间已用掉了授权码，本页面会告诉你，届时请从第 1 步重新开始。
# Said after a refusal of Tesla's; { $reference } is Tesla's reference id.
tesla-reference = 特斯拉对这次拒绝的参考编号：{ $reference }（联系特斯拉客服时需要提供）。

# { $url } is tesla://auth/callback?…
paste-empty = 没有粘贴任何内容。请从登录标签页的开发者工具中复制 { $url } 地址，粘贴到这里。
# { $url } is tesla://auth/callback?locale=…&code=…, with this page's Tesla locale (en-US, de-DE…)
paste-too-long = 内容太长，不可能是回调地址。请只复制以 { $url } 开头的那一行
# { $url } is tesla://auth/callback?…
paste-authorize-link = 这是登录链接，不是登录结果。请打开它并登录，然后复制特斯拉跳转到的 { $url } 地址（见上面的步骤）。
# { $url } is tesla://auth/callback?…; "Where is this URL?" is the title of the browser help (where-is-the-url).
paste-not-a-callback = 粘贴的内容中没有找到 { $url } 地址。上面的“这个地址在哪里？”会告诉你浏览器把它放在哪里，以及要复制什么。
# { $address } is …/authorize/complete?transaction_id=…, { $row } complete?transaction_id=…, { $header } location: tesla://auth/callback?…
# Network, "Persist Logs" and Headers are Firefox's names (as in help-firefox-*).
paste-before-the-redirect = 这是特斯拉跳转之前的地址（{ $address }），Firefox 的控制台显示的就是它：其中没有授权码。请在登录标签页的开发者工具中打开“网络”（并开启“持续记录”），点击被拦截的 { $row } 这一行，从它的“消息头”中复制 { $header } 响应头。如果这一行已经不见了，请在打开“网络”的情况下重新登录。
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
paste-tesla-refused = 特斯拉拒绝了登录：{ $description }（{ $code }）。没有发送任何内容。请从第 1 步重新开始。
# The same, when Tesla gave no explanation.
paste-tesla-refused-no-reason = 特斯拉拒绝了登录，未说明原因（{ $code }）。没有发送任何内容。请从第 1 步重新开始。
paste-missing-state = 这个地址没有 state，因此无法与本次登录对应。请复制完整的地址，包括 ? 之后的全部内容。
paste-state-mismatch = 这个地址属于另一次登录：它的 state 与本页面发起的登录不一致。它可能来自较早的标签页，或来自别人发来的链接。没有发送任何内容。请使用第 1 步打开的标签页中的地址，或从第 1 步重新开始。
# { $url } is tesla://auth/callback?…
paste-missing-code = 这个地址没有授权码（code）。请复制完整的 { $url } 地址，包括 ? 之后的全部内容。
paste-malformed-code = 这个地址中的授权码不像特斯拉签发的（字符或长度不对）。请按开发者工具中显示的样子，重新完整复制这个地址。
# { $issuer } is the address the URL names.
paste-untrusted-issuer = 这个地址指定的签发方不受本页面信任：{ $issuer }。只有特斯拉自己的服务器才能接收你的授权码，因此没有发送任何内容。请使用特斯拉登录标签页中的地址；如果这个链接是别人发给你的，请不要使用。
# { $name } is the name of a part of the URL (state, code…).
paste-repeated = 这个地址中 { $name } 出现了不止一次，含义不明确。请从登录标签页重新复制。

# { $global }, { $europe } and { $china } are the tokens' prefixes (qts-, eu-, cn-).
refresh-retired-v2 = 这是 2021 年以前的 owner API 令牌（以 { $global }、{ $europe } 或 { $china } 开头，后接 { $digits } 位十六进制数字）。特斯拉已于 2022 年 3 月停用这类令牌，它无法刷新。请在第 1 步登录，获取新令牌。
refresh-access-token = 这是访问令牌，不是刷新令牌：它可以调用 API { $hours } 小时，但不能生成新令牌。请粘贴与它一起获得的刷新令牌，或在第 1 步登录。
# { $field } is id_token.
refresh-id-token = 这是 { $field }（它说明是谁登录的），不是刷新令牌。请粘贴刷新令牌，或在第 1 步登录。
refresh-untrusted-issuer = 这个令牌指定的签发方不受本页面信任（{ $issuer }），因此不会被发送到任何地方。只有特斯拉自己的服务器才能接收你的刷新令牌。
# { $global } and { $china } are the regions' names (region-global, region-china).
refresh-needs-region = 这个令牌没有说明它属于哪个区域：请选择 { $global } 或 { $china }，然后刷新。
# { $region } is the token's region code (NA, EU, CN); "App client id" is the label of the field beside the token, Refresh its button.
refresh-fleet-needs-client-id-beside = 这是 Fleet API 刷新令牌（{ $region }_…）。刷新它需要你的应用的客户端 ID：请在令牌旁边的“应用客户端 ID”中填写，然后点击“刷新”。
# { $region } is the token's region code (NA, EU, CN); "Already have a refresh token?" and "App client id" are the page's labels.
refresh-fleet-needs-client-id-elsewhere = 这是 Fleet API 刷新令牌（{ $region }_…）。刷新它需要你的应用的客户端 ID，但这里无法填写：请在“已经有刷新令牌？”下粘贴这个令牌，并在它旁边的“应用客户端 ID”中填写客户端 ID。
# { $algorithm } is the signature's algorithm (RS256, ES256).
refresh-cut-off = 这个刷新令牌不完整：它的签名只有 { $length } 个字符，而 { $algorithm } 签名至少有 { $minimum } 个字符。复制时丢失了结尾部分。没有发送任何内容，所以它没有被用掉：请重新复制完整的令牌并粘贴。

# { $email } is what was typed.
login-option-bad-email = “{ $email }”不是电子邮件地址；请留空，或填写你的特斯拉账号邮箱。
# { $locale } is what was typed; { $first } and { $second } are examples (en-US, de-DE).
login-option-bad-locale = “{ $locale }”不是像 { $first } 或 { $second } 这样的语言代码。
random-unavailable = 这个浏览器没有提供安全随机数，因此无法安全地开始登录。请使用最新版本的浏览器。

# { $site } is developer.tesla.com.
fleet-missing-client-id = 请填写你的应用的客户端 ID（来自 { $site }）。
# { $id } is what was typed.
fleet-bad-client-id = 客户端 ID 只能包含字母、数字、- 和 _：“{ $id }”不符合。
# { $example } is openid offline_access vehicle_device_data.
fleet-bad-scopes = 权限范围是像 { $example } 这样用空格分隔的单词。
# { $scope } is offline_access.
fleet-no-offline-access = 权限范围必须包含 { $scope }，否则特斯拉不会发送刷新令牌。
# "Log in with my app" is the button's label.
fleet-result-state-mismatch = 收到了属于另一次登录的结果（state 不一致）：已忽略。请使用“用我的应用登录”打开的标签页。
# { $description } is Tesla's explanation, in English; { $code } Tesla's error code.
fleet-result-refused = 特斯拉拒绝了登录：{ $description }（{ $code }）。请重试。
# The same, when Tesla gave no explanation.
fleet-result-refused-no-reason = 特斯拉拒绝了登录，未说明原因（{ $code }）。请重试。

# { $example } is http://127.0.0.1:8787/
relay-setting-empty = 请输入中转服务的地址，例如 { $example }
# { $text } is what was typed; { $example } is http://127.0.0.1:8787/
relay-setting-not-a-url = 这不是网址：{ $text }。它应该类似 { $example }
# { $https } is https://, { $http } http://
relay-setting-unsupported-scheme = 中转服务地址必须以 { $https } 开头（这台电脑上的中转服务也可以用 { $http }）。
# { $http } is http://, { $https } https://, { $local } the addresses of this computer (127.0.0.1, localhost, [::1]), { $host } the relay's.
relay-setting-plain-http-to-remote = 只有这台电脑上的中转服务（{ $local }）才允许使用不加密的 { $http }；{ $host } 请使用 { $https }，否则你的令牌会以明文在网络上传输。
relay-setting-has-credentials = 中转服务地址中不能包含用户名或密码。
relay-setting-has-fragment = 中转服务地址中不能包含 # 片段。
# { $placeholder } is {url}, the place of Tesla's address in a relay address.
relay-setting-repeated-placeholder = 中转服务地址中 { $placeholder } 最多只能出现一次。
# { $allowed } is the list of relays this copy may reach, { $relay } the relay refused.
relay-setting-not-in-policy = 本副本只能连接其安全策略中列出的中转服务（{ $allowed }），所以你的浏览器会阻止 { $relay }。请在这台电脑上运行一个中转服务（第 2 步会说明方法），或者托管一个用你自己的中转服务构建的副本。

# Step 1's line on the relay; { $host } is the relay's (e.g. 127.0.0.1:8787).
relay-health-unchecked = 中转服务：{ $host }，点击按钮时检查。
relay-health-checking = 中转服务：{ $host }，检查中…
relay-health-answering = 中转服务：{ $host }，有响应。
relay-health-silent = 中转服务：{ $host }，无响应（见第 2 步）。

# What the check of direct mode found.
direct-testing = 正在询问特斯拉…
direct-unavailable = 特斯拉不允许本页面读取它的响应：请求会经过中转服务。
direct-available = 特斯拉直接响应本页面：你可以不用中转服务。

# The choice of an account's region; { $host } is auth.tesla.com or auth.tesla.cn.
region-global = 全球（{ $host }）
region-china = 中国（{ $host }）
# The regions of Tesla's Fleet API, under "Your own app".
fleet-region-north-america = 北美、亚太
fleet-region-europe = 欧洲、中东、非洲
fleet-region-china = 中国
# { $issuer } and { $api } are addresses.
issued-for-owner-api = 由 { $issuer } 签发，用于 { $api } 上的 owner API。
issued-for-fleet-api = 由 { $issuer } 签发，用于你的应用所在区域的 Fleet API。

# owner_api.rs

api-expired = 访问令牌已过期或已被撤销（HTTP { $status }）。请刷新后再试。
# { $answer } is Tesla's answer, in English (forbidden, see fleet-api); { $command } is token-relay.
api-forbidden-see-fleet = 特斯拉拒绝在 owner API 上使用这个令牌（{ $status }“{ $answer }”）。自 2026 年 6 月起，特斯拉会拒绝通过某些连接生成的令牌。如果这个令牌是通过托管的中转服务或 Worker 获取的，请通过你自己电脑上的中转服务（{ $command }）重新登录；如果已经是这样，请改用自有应用调用 Fleet API（见“更多工具”）。
api-asleep = 车辆处于休眠状态或无法连接（HTTP { $status }）。请先唤醒车辆，然后再试。
# { $endpoint } is /api/1/products.
api-fleet-only = 这个接口现在只在 Fleet API 上响应（HTTP { $status }）。本页面改用 { $endpoint }；其他功能请注册你的自有应用（见“自有应用”）。
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server; { $call } is partner_accounts.
api-other-region-app-unregistered = 特斯拉{ $called }区域的 Fleet API（{ $called_host }）返回：你的应用尚未在该区域注册（HTTP { $status }），而你的账号属于该区域。请在该区域注册应用（特斯拉的 { $call } 调用），然后再试。
# { $called } and { $account } are Fleet API regions' names (fleet-region-*), { $called_host } and { $account_host } their servers.
api-other-region-account-in = 特斯拉{ $called }区域的 Fleet API（{ $called_host }）返回：该账号注册在其他区域（HTTP { $status }），它属于{ $account }区域（{ $account_host }）。请在“自有应用”中选择该区域重新登录，让令牌对应该区域的 Fleet API。
# The same, when the page does not know which region it called.
api-other-region-account-in-unknown-call = 特斯拉的 API 返回：该账号注册在其他区域（HTTP { $status }），它属于{ $account }区域（{ $account_host }）。请在“自有应用”中选择该区域重新登录，让令牌对应该区域的 Fleet API。
# { $called } is a Fleet API region's name (fleet-region-*), { $called_host } its server.
api-other-region-account-unknown = 特斯拉{ $called }区域的 Fleet API（{ $called_host }）返回：该账号注册在其他区域（HTTP { $status }），但特斯拉没有说明是哪个区域。请在“自有应用”中选择另一个区域重新登录。
# The same, when the page does not know which region it called.
api-other-region-account-unknown-unknown-call = 特斯拉的 API 返回：该账号注册在其他区域（HTTP { $status }），但特斯拉没有说明是哪个区域。请在“自有应用”中选择另一个区域重新登录。
api-rate-limited-seconds = 特斯拉限制了调用频率（HTTP { $status }）。请在 { $seconds } 秒后再试。
# { $date } is the time Tesla gave, as Tesla wrote it.
api-rate-limited-date = 特斯拉限制了调用频率（HTTP { $status }）。请在 { $date } 之后再试。
api-rate-limited = 特斯拉限制了调用频率（HTTP { $status }）。请一分钟后再试。
api-needs-signed-command = 这辆车只接受用特斯拉车辆指令协议（vehicle-command）签名的这条指令：这需要一把与车辆配对的虚拟钥匙，而只有注册过的 Fleet API 应用才能拥有。owner API 无法发送这条指令。
# { $reason } is the car's reason, in English.
api-command-refused = 车辆拒绝了指令：{ $reason }。
api-command-refused-no-reason = 车辆拒绝了指令，未说明原因。
# { $reason } is Tesla's reason, in English.
api-other = 特斯拉返回 HTTP { $status }：{ $reason }。
api-other-no-reason = 特斯拉返回 HTTP { $status }，未说明原因。
api-not-json = 响应不是特斯拉发送的 JSON（HTTP { $status }）。请检查中转服务设置。
# { $reason } is the relay's explanation, in English.
api-relay-refused = 中转服务拒绝了请求或出错：{ $reason }。
api-relay-unreachable = 无法连接 { $host } 上的中转服务。中转服务在运行吗？它允许本页面的来源（origin）吗？
api-direct-unreachable = 无法直接连接特斯拉。
api-timed-out = 没有及时收到响应。中转服务或特斯拉速度很慢或已停止响应；请稍后再试。
api-bad-id = 特斯拉的响应中给出的车辆 ID 本页面无法使用。
api-no-api-base = 这些令牌指向的 Tesla API 本页面不认识，因此无法使用。
# { $seconds } s: a number of seconds.
api-wake-timed-out = 车辆在 { $seconds } 秒内没有上线。它可能无法连接；请稍后再试。
api-cancelled = 已取消唤醒。
# { $why } is why the refresh failed: one of the exchange-* messages.
api-refresh-failed = 访问令牌被拒绝，刷新也失败了：{ $why }
api-no-tokens = 页面上没有令牌：请先登录，或粘贴一个刷新令牌。
# "Check my token" is the button's label.
api-no-car = 请先选择一辆车：用“检查我的令牌”列出你的产品。
# Said after api-forbidden-see-fleet; { $host } is the relay's.
minted-relay = 这些令牌是通过 { $host } 上的中转服务生成的。
minted-direct = 这些令牌是直接从特斯拉生成的，没有经过中转服务。

# The timeline of a task on the car, one line each.
task-token-works = 令牌有效：{ $products } 个产品。
task-car-online = 车辆已上线。
task-done-flash-lights = 完成：车灯已闪烁。
task-done-honk-horn = 完成：喇叭已鸣响。
task-refreshing-after-401 = 访问令牌被拒绝（{ $status }）：正在刷新一次…
# Followed by refresh-kept or refresh-replaced.
task-refreshed = 已刷新。
task-waking-up = 已唤醒；正在等待车辆上线…
# A check on a waking car: its number · seconds since it was woken · the car's state (car-state-*).
task-poll = 第 { $attempt } 次 · { $seconds } 秒 · { $state }
task-one-step-refreshing = 第 1 步：访问令牌已过期，正在刷新…
task-one-step-token-valid = 第 1 步：访问令牌看起来有效。
task-one-step-reading-state = 第 2 步：正在读取车辆状态…
task-one-step-car-online = 第 2 步：车辆在线。
task-one-step-waking-online = 第 2 步：车辆在线；正在唤醒…
task-one-step-waking-asleep = 第 2 步：车辆处于休眠状态；正在唤醒…
task-one-step-waking-offline = 第 2 步：车辆离线；正在唤醒…
task-one-step-waking-unknown = 第 2 步：车辆状态未知；正在唤醒…
task-one-step-flash-lights = 第 3 步：闪灯…
task-one-step-honk = 第 3 步：鸣笛…
task-asking-region = 正在询问特斯拉该账号注册在哪个区域…

# What a refresh did to the refresh token.
refresh-kept = 已显示新的访问令牌。特斯拉没有发送新的刷新令牌：你刚才用的刷新令牌仍然有效，请继续使用它。
refresh-replaced = 已显示新的令牌。你刚才用的刷新令牌已被用掉：请在所有用到它的地方换成新的。

# Buttons.
car-command-flash-lights = 闪灯
car-command-honk = 鸣笛
# A car's connection state, shown beside it.
car-state-online = 在线
car-state-asleep = 休眠
car-state-offline = 离线
car-state-unknown = 未知
# A product Tesla gave no name.
product-car = 车辆
product-energy-site = 能源站点
# The rows of the car's data: a label, then its value.
data-battery = 电量
data-battery-value = { $percent }%
data-range = 续航里程
# { $miles } in miles, { $km } in kilometres.
data-range-value = { $miles } 英里（{ $km } 公里）
data-locked = 已锁车
data-climate-on = 空调已开启
data-inside = 车内温度
# { $celsius } is the temperature, e.g. 21.5.
data-inside-value = { $celsius } °C
data-location = 位置
data-location-hidden = 已隐藏
data-yes = 是
data-no = 否

# display.rs

# A duration, put in { $duration } of the expiry messages below: "expires
# in …", "expired … ago".
duration-days = 约 { $days } 天
duration-hours-minutes = { $hours } 小时 { $minutes } 分钟
duration-minutes = { $minutes } 分钟
duration-under-a-minute = 不到 1 分钟
# { $duration } is one of the duration-* messages.
inspected-expires-in = 这个令牌将在{ $duration }后过期。
inspected-expires-soon = 这个令牌将在{ $duration }后过期：请尽快刷新。
inspected-expired = 这个令牌已于{ $duration }前过期。
# { $duration } is one of the duration-* messages, { $time } the local time.
access-token-expires-in = 访问令牌将在{ $duration }后过期（{ $time }）。
access-token-expires-soon = 访问令牌将在{ $duration }后过期（{ $time }）：请尽快刷新。
access-token-expired = 访问令牌已于{ $duration }前过期（{ $time }）。

# What a token is.
token-kind-retired-v2 = 2021 年以前的 owner API 令牌，特斯拉已于 2022 年 3 月停用：它已无法使用。
# { $region } is a region code (NA, EU, CN).
token-kind-fleet-refresh = { $region } 区域的不透明 Fleet API 刷新令牌：其中没有可读取的声明（claims）。
token-kind-access = 访问令牌（JWT）。
token-kind-refresh = 刷新令牌（JWT）。
# { $field } is id_token.
token-kind-id = { $field }（JWT）：它说明是谁登录的。
token-kind-unknown = 用途不明的 JWT。
inspect-empty = 粘贴一个令牌来解析它。
inspect-too-long = 内容太长，不可能是特斯拉令牌。
# { $prefix } is eyJ.
inspect-not-a-token = 这看起来不像特斯拉令牌：v3 令牌以 { $prefix } 开头，由点号分成三部分。
inspect-bad-payload-encoding = 这看起来像 JWT，但它的载荷（payload）编码无法解码。请重新完整复制。
inspect-bad-claims = 这看起来像 JWT，但它的声明（claims）无法解码。请重新完整复制。

# The rows of the claims table; { $claim } is the claim's name in the token (ou_code, azp).
claim-issuer = 签发方
claim-audience = 受众
claim-scopes = 权限范围
claim-region = 区域（{ $claim }）
claim-subject = 主体
claim-client = 客户端（{ $claim }）
claim-email = 邮箱
claim-issued = 签发时间
claim-expires = 过期时间

# Buttons; { $file } is a file name (tokens.json), { $format } an export's name (TeslaPy cache.json).
export-download = 下载 { $file }
export-copy = 复制 { $format }
# { $field } is id_token, { $file } tokens.json.
export-no-email = TeslaPy 用账号邮箱作为缓存的键，而邮箱来自 { $field }；这些令牌没有附带它。请改用 { $file }。
qr-too-long = 这个令牌太长，无法生成二维码；请改为复制。

# Where to type the command that starts a relay (shown under it).
# { $site } is rustup.rs.
terminal-source-folder = 在终端中，进入本项目源代码所在的文件夹（需要 Rust，可从 { $site } 获取）：
terminal-powershell = 在 PowerShell 中：
# { $intel } and { $arm } are the names of the downloads (macos-x86_64, macos-arm64).
terminal-mac = 在“终端”中（Intel 芯片的 Mac 请把 { $arm } 换成 { $intel }）：
terminal-shell = 在终端中：
# { $address } is http://127.0.0.1:8787/
relay-serves-page = Safari 从不允许网上的页面访问这台电脑上的中转服务。请让中转服务同时提供本页面（用下面的命令启动），然后打开 { $address } 并在那里登录：只有一个地址，无需任何授权。
# { $listens } is 127.0.0.1:8787, { $host } the relay this page tries, { $flag } --page, { $address } http://127.0.0.1:8787/
relay-help-note = 它监听 { $listens }；本页面正在尝试连接 { $host }（可在“设置”中修改）。用 { $flag } 启动时，中转服务还会在 { $address } 提供本页面，这个地址在所有浏览器中都能用。

# The choices of the idle time, after which the page forgets the tokens.
idle-after = 闲置 { $minutes } 分钟后
idle-never = 从不（保留到我关闭页面为止）
# { $minutes } min: a number of minutes.
idle-left = 如果不使用本页面，将在 { $minutes } 分钟后清除。

# page.rs

# The relay at { $host } on this computer cannot be reached from this page
# (on the web): the first sentence, by browser, then relay-local-* says
# what to do, then relay-blocked-code-unused.
relay-blocked-safari = 无法连接 { $host } 上的中转服务：本页面在网上（HTTPS），而中转服务在这台电脑上，Safari 从不允许这种访问。
relay-blocked-prompt = 无法连接 { $host } 上的中转服务：本页面在网上（HTTPS），而中转服务在这台电脑上，浏览器会先询问是否允许网站访问它。
relay-blocked-unknown-browser = 无法连接 { $host } 上的中转服务：本页面在网上（HTTPS），而中转服务在这台电脑上。
relay-blocked-code-unused = 你的授权码尚未使用：届时再次点击按钮即可。
# The relay at { $host } does not answer: the first sentence, by browser,
# then relay-local-* (or relay-silent-start-it), then relay-silent-code-kept
# or relay-silent-paste-waits.
relay-silent-safari = { $host } 上的中转服务没有响应本页面：本页面在网上（HTTPS），而中转服务在这台电脑上，Safari 从不允许这种访问。
relay-silent-prompt = { $host } 上的中转服务没有响应本页面：本页面在网上（HTTPS），而中转服务在这台电脑上，浏览器会先询问是否允许网站访问它。
relay-silent-unknown-browser = { $host } 上的中转服务没有响应本页面：本页面在网上（HTTPS），而中转服务在这台电脑上。
relay-silent-not-running = { $host } 上的中转服务没有响应本页面：它没有运行，或不允许本页面访问。
relay-silent-start-it = 请按下面的说明启动它；本页面每隔几秒会再询问一次。
relay-silent-code-kept = 你的授权码保存在这里，尚未使用，中转服务一有响应就会发送。
relay-silent-paste-waits = 你可以继续登录：粘贴的内容会等待中转服务响应。
# { $command } is token-relay --page, { $address } http://127.0.0.1:8787/
relay-local-safari = 请改为从你自己的中转服务打开本页面（{ $command } 会在 { $address } 提供本页面），或者使用 HTTPS 中转服务。
# The prompt is quoted as Chrome, Edge and Firefox show it in this language.
# 访问此设备上的其他应用和服务: the Chinese Chrome/Edge local-network prompt ("<site> 想要访问此设备上的其他应用和服务",
# 允许/屏蔽) as quoted in several public repositories' notes (find_string); NOT CONFIRMED from the browsers'
# own localisation files, nor Firefox's wording.
relay-local-prompt = 请留意这个标签页上的提示（“访问此设备上的其他应用和服务”），并选择允许。如果中转服务没有运行，请按下面的说明启动它；本页面每隔几秒会再询问一次。
relay-local-unknown-browser = Chrome、Edge 和 Firefox 会先询问是否允许网站访问它：请留意这个标签页上的提示（“访问此设备上的其他应用和服务”），并选择允许。Safari 从不允许这种访问：请改为从你自己的中转服务打开本页面，或者使用 HTTPS 中转服务。如果中转服务没有运行，请按下面的说明启动它；本页面每隔几秒会再询问一次。
answer-relay-question-first = 请先回答下面关于中转服务的问题：本页面不会向你没有确认的中转服务发送任何内容。

# While a request is under way: through the relay at { $host }, or directly.
exchanging-relay = 处理中…正在通过 { $host } 上的中转服务交换授权码，可能需要几秒钟。
exchanging-direct = 处理中…正在直接与特斯拉交换授权码（不经中转服务），可能需要几秒钟。
exchanging-fleet-relay = 正在通过 { $host } 上的中转服务交换你的应用的授权码…
exchanging-fleet-direct = 正在直接与特斯拉交换你的应用的授权码（不经中转服务）…
refreshing-relay = 正在通过 { $host } 上的中转服务刷新…
refreshing-direct = 正在直接向特斯拉刷新（不经中转服务）…
waiting-for-fleet-tab = 正在等待登录标签页返回…
tokens-received-relay = 已通过 { $host } 上的中转服务收到令牌：请立即复制。
tokens-received-direct = 已直接从特斯拉收到令牌（不经中转服务）：请立即复制。
fleet-tokens-received-relay = 已通过 { $host } 上的中转服务收到你的应用的令牌：请立即复制。
fleet-tokens-received-direct = 已直接从特斯拉收到你的应用的令牌（不经中转服务）：请立即复制。
already-exchanged = 这些令牌已经显示在下方：它们正是用这个地址中的授权码获取的。

# Questions before something that cannot be undone (answered Yes or No).
ask-forget-everything = 现在全部清除吗？显示的令牌和正在进行的登录都会从本页面清除。你已复制的令牌仍然可以使用。
ask-replace-uncopied-tokens = 显示的令牌从未被复制或下载过。新令牌会在本页面上替换它们：要继续吗？
ask-replace-with-arrived = 新令牌已到达，但显示的令牌从未被复制或下载过。要改为显示新令牌吗？（选“不，保留它们”会保留显示的令牌，新令牌随之被清除。）
forgotten-everything = 已全部清除：令牌、登录私密参数和输入的内容。
forgotten-idle = 按你的设置，闲置 { $minutes } 分钟后，令牌和输入的所有内容都已清除。请重新登录或刷新，获取新令牌。
# Shown while leaving the page would lose something.
leave-uncopied-tokens = 关闭或重新加载本页面之前，请复制或下载你的令牌：它们只存在于这里。
leave-login-pending = 请保持本页面打开，直到令牌显示出来：登录的私密参数只存在于本页面的内存中，重新加载就会丢失。

# (end of the core messages)




### View labels: what the components in src/ui/ show

# Each group is one part of the page the code draws. A { $placeholder } in a
# sentence stands for something shown as code or as a link (a command, an
# address, a header): move it where the sentence needs it, never translate it.

## The tab a login of your own app came back to (src/ui/callback_tab.rs)

callback-tab-done = 登录已完成：结果已交给你开始登录的那个标签页。你可以关闭这个标签页。
callback-tab-unusable = 这个地址带有本页面无法使用的登录结果。请关闭这个标签页，重新开始。
callback-tab-start-tab-gone = 如果你开始登录的那个标签页已经关闭，本次登录的私密参数也随之丢失：请重新打开本页面，从头开始。

## The page inside another page (src/ui/mod.rs)

framed-refusal = 本页面拒绝在其他页面中运行，因为那样可能诱骗你点击。请在单独的标签页中直接打开它。

## Step 1: the login (src/ui/login_step.rs)

# Shown when the relay is skipped (Settings, "Direct mode").
login-direct-mode = 令牌请求直接发往特斯拉（直连模式）。
# The login button (open-tesla-login) while a login waits for its paste.
login-start-new = 开始新的登录
# { $link } is a link whose text is login-no-tab-link.
login-no-tab = 没有出现新标签页？可能被浏览器拦截了：{ $link }。
login-no-tab-link = 打开特斯拉登录页面
login-start-again = 重新开始（放弃本次登录）
login-options-title = 换个账号或语言
login-switch-account = 使用其他特斯拉账号（即使特斯拉记得你，也会显示登录表单）
login-email = 账号邮箱（可选：让特斯拉确定你的区域）
# { $locale } is Tesla's code for this page's language (en-US, de-DE…): Tesla's login page
# is in that language unless the owner types another code in the box.
login-locale = 特斯拉页面的语言（可选；留空表示 { $locale }，即本页面的语言）

## Step 2: the paste (src/ui/paste_step.rs)

# { $callback } is tesla://auth/callback?…, { $header } is location: (both shown as code).
paste-label = { $callback } 地址、控制台中的那一行或 { $header } 标头
paste-exchange = 获取我的令牌
paste-start-first = 请从第 1 步开始：粘贴只对本页面发起的登录有效。

## Starting a relay when none answers (src/ui/relay_help.rs)

# { $terminal } says where to type the command (such as "In PowerShell:"); the command follows.
relay-help-start = 在这台电脑上启动一个中转服务。{ $terminal }

## Step 3: the tokens (src/ui/tokens_step.rs, src/ui/token_field.rs)

tokens-step-title = 3. 你的令牌
tokens-step-access = 访问令牌
tokens-step-copy-access = 复制访问令牌
tokens-step-refresh = 刷新令牌
tokens-step-copy-refresh = 复制刷新令牌
tokens-step-refresh-lasts = 刷新令牌的有效期约为三个月，而且只能用一次：每次刷新都会得到一个新的。
tokens-step-refresh-now = 立即刷新（获取新的访问令牌和刷新令牌）
tokens-step-export = 导出：.env、JSON、TeslaPy 等格式，以及二维码
tokens-step-use = 使用令牌：检查令牌、唤醒车辆、发送指令
# The QR code's name, for screen readers.
tokens-step-qr-label = 刷新令牌的二维码
tokens-step-qr-show = 用二维码显示刷新令牌（供手机应用使用）
tokens-step-qr-hide = 隐藏二维码
# After a copy button, when the copy worked or the browser refused it.
token-field-copied = 已复制。
token-field-refused = 浏览器拒绝了复制；请选中文本后手动复制。

## Using the token (src/ui/cars_step.rs)

cars-intro = 这里的所有操作都会带着你的访问令牌经过中转服务。过期的令牌会自动刷新一次；新的刷新令牌随后会显示在上方。
cars-check-token = 检查我的令牌
cars-show-vins = 显示完整 VIN
cars-wake = 唤醒
cars-read-data = 读取车辆数据
# After a product's name and " · ": what kind of product it is.
cars-energy-site = 能源站点
cars-one-step-title = 一步完成
cars-one-step-note = 需要时先刷新令牌，需要时先唤醒车辆，然后发送指令。
cars-one-step-car = 车辆
cars-one-step-command = 指令
cars-one-step-do = 执行
cars-data-title = 车辆数据
cars-show-location = 显示位置
cars-curl-title = 上一次调用的 curl 命令
# { $variable } is $TESLA_ACCESS_TOKEN, the variable the command reads the token from.
cars-curl-include-token = 包含我的访问令牌（否则使用 { $variable }）
cars-copy-curl = 复制为 curl
# Stops the task running (waking a car, sending a command).
cars-cancel = 取消

## More tools: refresh with a pasted token (src/ui/refresh_step.rs)

refresh-step-title = 已经有刷新令牌？
refresh-step-intro = 粘贴到这里，无需登录即可获取新的访问令牌。这会用掉这个刷新令牌：之后请改用新的。
refresh-step-token = 刷新令牌
refresh-step-region = 区域（仅当令牌没有写明签发方时才需要）
refresh-step-region-from-token = 根据令牌判断
refresh-step-client-id = 应用客户端 ID（仅用于 Fleet API 刷新令牌，即 NA_… 等）
# The button: new tokens from the pasted refresh token.
refresh-step-button = 刷新

## More tools: inspect a token (src/ui/inspector.rs)

inspector-title = 解析令牌
inspector-note = 在这里、在你的浏览器中解码，仅供查看。
inspector-take-access = 解析访问令牌
inspector-take-refresh = 解析刷新令牌
# id_token is the name of a field of Tesla's answer: keep it as is.
inspector-take-id = 解析 id_token
inspector-token = 令牌
inspector-refresh = 用这个令牌刷新

## More tools: your own app (src/ui/fleet_step.rs)

fleet-step-title = 自有应用（Fleet API）：无需开发者工具，手机上也能用
# { $redirect } is this page's address, shown as code.
fleet-step-intro = 适用于你在 developer.tesla.com 注册的 Fleet API 应用。请把本页面的地址注册为它的重定向 URI：{ $redirect }。登录后，特斯拉会把那个标签页送回这里，由它把授权码交给本标签页（通过浏览器，不经过任何服务器）。
fleet-step-client-id = 客户端 ID
fleet-step-region = 账号所在区域
fleet-step-scopes = 权限范围（scopes）
fleet-step-secret = 客户端密钥（仅第三方应用需要；开源应用请留空）
fleet-step-secret-note = 密钥只保存在本页面的内存中，但它会经过中转服务发送给特斯拉，中转服务能看到它：只有在使用你自己电脑上运行的中转服务时才填写密钥。
fleet-step-login = 用我的应用登录

## Settings: the relay and direct mode (src/ui/relay_setting.rs)

relay-setting-title = 中转服务
# { $relay } is token-relay, the name of the project's relay program (shown as code).
relay-setting-why = 特斯拉的令牌接口不允许网页读取它的响应（它不发送 CORS 标头），所以交换要经过一个中转服务：一个很小的转发程序，转发时能看到你的授权码和令牌。请使用你自己运行的中转服务（{ $relay }：需要时第 2 步会显示启动命令）。通用的公共 CORS 代理用来传令牌并不安全。通过 Cloudflare Worker 中转生成的令牌可能会被 owner API 拒绝（特斯拉会检查令牌是如何申请的，而 Worker 与特斯拉之间的连接未经验证）：请优先使用 token-relay。
# { $host } is the relay's host, shown as code.
relay-setting-active = 请求发往 { $host } 上的中转服务。
# { $reason } says what is wrong with the address.
relay-setting-link-refused = 链接中的中转服务设置被拒绝：{ $reason }
# { $host } is the proposed relay's host, { $address } its whole address (both shown as code).
relay-setting-proposal = 你打开的链接要求本页面使用 { $host }（{ $address }）上的中转服务。中转服务能看到经过的授权码和令牌：只有在你信任它的运营者时才使用。在你做出选择之前，不会发送任何内容。
# Buttons: { $host } is the proposed relay's host, or the one used now.
relay-setting-accept = 使用 { $host }
relay-setting-keep = 保留 { $host }
# { $marker } is {url}, shown as code.
relay-setting-address = 中转服务地址（{ $marker } 标记特斯拉网址插入的位置；没有它时，网址会追加到末尾）
relay-setting-save = 使用这个中转服务
relay-setting-local-network = 如果本页面托管在网上，而你的中转服务运行在这台电脑上，浏览器可能会询问是否允许本页面访问本地网络上的设备：请允许本页面访问，否则无法连接中转服务。
direct-mode-title = 直连模式
direct-mode-note = 如果特斯拉的令牌接口允许本页面读取它的响应（CORS），就不需要中转服务。这项检查发给特斯拉的请求不含授权码或令牌，所以不会用掉任何东西。
direct-mode-probe = 检查特斯拉是否直接响应本页面
direct-mode-use = 令牌请求直接发往特斯拉（不用中转服务）

## Settings: idle time (src/ui/tokens_step.rs)

idle-setting-title = 闲置时间
# The label of the list of idle times ("after 15 minutes without activity"…).
idle-setting-label = 自动清除令牌

## Asking before something cannot be undone (src/ui/question.rs, src/ui/forget.rs)

question-yes = 是，继续
question-no = 不，保留它们
forget-everything-button = 全部清除

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
this-copy-this-address = ‹本页地址›
wasm-check-matches = 与本页面 HTML 中的完整性值（integrity）一致。
wasm-check-differs = 与本页面 HTML 中的完整性值（{ $declared }）不一致：请不要使用本副本；请重新加载，或自行构建。
wasm-check-undeclared = 本页面的 HTML 没有声明完整性值：它不是由本项目的脚本构建的。
verify-lead = 要将本副本与某个发布版本核对，请运行该版本的中转服务（README 的“Running a relay”一节说明了在哪里下载），并执行：
verify-after = 它会获取本页面及其加载的每个文件，逐一与页面 HTML 中的完整性值核对，将代码与中转服务自带的页面逐字节比较，检查页面的安全策略是否只允许连接自身、特斯拉和中转服务，最后输出“IDENTICAL”或准确指出哪里不同。
# Around two commands: { $build } is the build command, { $file } the file to hash.
build-yourself = 或者用 { $build } 自行构建这个提交，并将 { $file } 的 SHA-384 与上面的值比较。
