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
