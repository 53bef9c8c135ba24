//! Which browser and system the page runs in, from the user agent: enough
//! to open the right "Where is this URL?" help and to show the command that
//! starts a relay. A guess the user can correct, never a gate.

/// The browsers the page has help for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserKind {
    /// Chrome or Chromium.
    Chrome,
    /// Microsoft Edge.
    Edge,
    /// Firefox.
    Firefox,
    /// Safari, or another WebKit browser.
    Safari,
}

impl BrowserKind {
    /// The browser a user agent names; `None` if it is none of ours.
    pub fn from_user_agent(agent: &str) -> Option<Self> {
        // Order matters: Edge names Chrome and Safari too, Chrome names Safari.
        if agent.contains("Edg/") {
            Some(Self::Edge)
        } else if agent.contains("Firefox/") {
            Some(Self::Firefox)
        } else if agent.contains("Chrome/") || agent.contains("Chromium/") {
            Some(Self::Chrome)
        } else if agent.contains("Safari/") {
            Some(Self::Safari)
        } else {
            None
        }
    }

    /// The id of its help in `index.html`.
    pub fn help_id(self) -> &'static str {
        match self {
            Self::Chrome => "help-chrome",
            Self::Edge => "help-edge",
            Self::Firefox => "help-firefox",
            Self::Safari => "help-safari",
        }
    }
}

/// The computer's system, for the command that starts a relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// Windows.
    Windows,
    /// macOS.
    Mac,
    /// Linux, or anything else.
    Linux,
}

impl System {
    /// The system a user agent names; Linux when unsure (most alike).
    pub fn from_user_agent(agent: &str) -> Self {
        if agent.contains("Windows") {
            Self::Windows
        } else if agent.contains("Macintosh") || agent.contains("Mac OS X") {
            Self::Mac
        } else {
            Self::Linux
        }
    }

    /// The release archive for this system (Intel Macs take `macos-x86_64`).
    fn archive(self) -> &'static str {
        match self {
            Self::Windows => "token-relay-windows-x86_64",
            Self::Mac => "token-relay-macos-arm64",
            Self::Linux => "token-relay-linux-x86_64",
        }
    }
}

/// Where to type the command that starts a relay (the page words it:
/// `catalog::display::terminal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    /// A terminal in the folder of the project's source, with Rust installed.
    SourceFolder,
    /// Windows' PowerShell.
    PowerShell,
    /// The Mac's Terminal (an Intel Mac takes the `macos-x86_64` archive).
    MacTerminal,
    /// Any terminal (Linux).
    Shell,
}

/// How to start a relay for the page at `page_url`: where to type it, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayCommand {
    /// Where to type it.
    pub terminal: Terminal,
    /// The command line, as typed.
    pub command: String,
}

/// For a copy on GitHub Pages, the download and start of its repository's
/// release for `system`; elsewhere (this computer, another host), the start
/// from the source with Rust. With `serving_the_page` (Safari, which never
/// lets a hosted page reach this computer), the relay serves the page itself
/// (`--page`), to be opened at the relay's address, instead of allowing this copy.
pub fn relay_command(system: System, page_url: &url::Url, serving_the_page: bool) -> RelayCommand {
    let host = page_url.host_str().unwrap_or_default();
    let Some(owner) = host.strip_suffix(".github.io").filter(|owner| !owner.contains('.')) else {
        let origin = page_url.origin().ascii_serialization();
        let command = if serving_the_page {
            "scripts/trunk.sh build --release --offline && cargo run --release -p token-relay -- --page dist"
                .into()
        } else {
            format!("cargo run --release -p token-relay -- --allow-origin {origin}")
        };
        return RelayCommand { terminal: Terminal::SourceFolder, command };
    };
    let repo = page_url.path_segments().and_then(|mut s| s.next()).filter(|s| !s.is_empty()).unwrap_or(host);
    let archive = system.archive();
    let download = format!("https://github.com/{owner}/{repo}/releases/latest/download/{archive}");
    let command = match (system, serving_the_page) {
        (System::Windows, false) => format!(
            "curl.exe -LO {download}.zip; Expand-Archive {archive}.zip .; .\\{archive}\\token-relay.exe --allow-origin {page_url}"
        ),
        (System::Windows, true) => format!(
            "curl.exe -LO {download}.zip; Expand-Archive {archive}.zip .; .\\{archive}\\token-relay.exe --page .\\{archive}\\page"
        ),
        (System::Mac | System::Linux, false) => {
            format!("curl -L {download}.tar.gz | tar -xz && {archive}/token-relay --allow-origin {page_url}")
        }
        (System::Mac | System::Linux, true) => {
            format!("curl -L {download}.tar.gz | tar -xz && {archive}/token-relay --page {archive}/page")
        }
    };
    let terminal = match system {
        System::Windows => Terminal::PowerShell,
        System::Mac => Terminal::MacTerminal,
        System::Linux => Terminal::Shell,
    };
    RelayCommand { terminal, command }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    const EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0";
    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";
    const SAFARI: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.0 Safari/605.1.15";
    const WEBKITGTK: &str = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";

    #[test]
    fn each_browser_is_told_apart_though_each_names_the_others() {
        assert_eq!(BrowserKind::from_user_agent(CHROME), Some(BrowserKind::Chrome));
        assert_eq!(BrowserKind::from_user_agent(EDGE), Some(BrowserKind::Edge));
        assert_eq!(BrowserKind::from_user_agent(FIREFOX), Some(BrowserKind::Firefox));
        assert_eq!(BrowserKind::from_user_agent(SAFARI), Some(BrowserKind::Safari));
        assert_eq!(BrowserKind::from_user_agent(WEBKITGTK), Some(BrowserKind::Safari));
        assert_eq!(BrowserKind::from_user_agent("curl/8"), None);
    }

    #[test]
    fn the_system_is_recognised() {
        assert_eq!(System::from_user_agent(EDGE), System::Windows);
        assert_eq!(System::from_user_agent(SAFARI), System::Mac);
        assert_eq!(System::from_user_agent(FIREFOX), System::Linux);
        let local = url::Url::parse("http://127.0.0.1:8080/").unwrap();
        let from_source = relay_command(System::Linux, &local, false);
        assert_eq!(
            from_source.command,
            "cargo run --release -p token-relay -- --allow-origin http://127.0.0.1:8080"
        );
        assert_eq!(from_source.terminal, Terminal::SourceFolder);
        let hosted = url::Url::parse("https://you.github.io/tesla-token-page/").unwrap();
        assert_eq!(
            relay_command(System::Linux, &hosted, false).command,
            "curl -L https://github.com/you/tesla-token-page/releases/latest/download/token-relay-linux-x86_64.tar.gz \
             | tar -xz && token-relay-linux-x86_64/token-relay --allow-origin https://you.github.io/tesla-token-page/"
        );
        assert_eq!(relay_command(System::Mac, &hosted, false).terminal, Terminal::MacTerminal);
        assert_eq!(relay_command(System::Windows, &hosted, false).terminal, Terminal::PowerShell);
        let windows = relay_command(System::Windows, &hosted, false).command;
        assert!(
            windows.starts_with("curl.exe -LO https://github.com/you/tesla-token-page/releases/"),
            "{windows}"
        );
        assert!(
            windows.contains(r".\token-relay-windows-x86_64\token-relay.exe --allow-origin"),
            "{windows}"
        );
    }

    #[test]
    fn safari_is_given_the_relay_that_serves_the_page_since_it_can_reach_no_other() {
        let hosted = url::Url::parse("https://you.github.io/tesla-token-page/").unwrap();
        assert_eq!(
            relay_command(System::Mac, &hosted, true).command,
            "curl -L https://github.com/you/tesla-token-page/releases/latest/download/token-relay-macos-arm64.tar.gz \
             | tar -xz && token-relay-macos-arm64/token-relay --page token-relay-macos-arm64/page"
        );
        let elsewhere = url::Url::parse("https://tokens.example/").unwrap();
        let from_source = relay_command(System::Mac, &elsewhere, true).command;
        assert!(from_source.ends_with("token-relay -- --page dist"), "{from_source}");
        assert!(!from_source.contains("--allow-origin"), "{from_source}");
    }
}
