//! Which browser and system the page runs in, from the user agent: enough
//! to open the right "Where is this URL?" help and to show the command that
//! starts a relay. A guess the user can correct, never a gate.

/// The browsers the page has help for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserKind {
    Chrome,
    Edge,
    Firefox,
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
    Windows,
    Mac,
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

    /// Where to type the command.
    pub fn terminal(self) -> &'static str {
        match self {
            Self::Windows => "In PowerShell, in the folder of this project's source:",
            Self::Mac => "In Terminal, in the folder of this project's source:",
            Self::Linux => "In a terminal, in the folder of this project's source:",
        }
    }
}

/// The command that starts a relay for a page at `page_origin` (the same
/// on every system: Rust's cargo runs it).
pub fn relay_command(page_origin: &str) -> String {
    format!("cargo run --release -p token-relay -- --allow-origin {page_origin}")
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
        assert_eq!(
            relay_command("https://you.github.io"),
            "cargo run --release -p token-relay -- --allow-origin https://you.github.io"
        );
    }
}
