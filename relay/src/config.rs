//! Command-line settings.

use std::net::SocketAddr;
use std::time::Duration;
use url::Url;

/// Usage text for `--help` and mistakes.
pub const USAGE: &str = "\
usage: token-relay --allow-origin ORIGIN [--allow-origin ORIGIN …]
                   [--listen ADDR] [--allow-upstream ORIGIN …] [--upstream-timeout SECS]
                   [--rate-limit PER_MINUTE] [--max-in-flight N] [--client-timeout SECS]
                   [--max-connections N] [--max-connections-per-client N]

  --allow-origin ORIGIN     a page origin that may use this relay, e.g. https://you.github.io
  --listen ADDR             where to listen (default 127.0.0.1:8787; port 0 picks a free one)
  --allow-upstream ORIGIN   an upstream to allow besides Tesla's hosts (e.g. a test double)
  --upstream-timeout SECS   how long to wait for the upstream (default 30)
  --rate-limit PER_MINUTE   requests per client address and minute (default 120)
  --max-in-flight N         upstream calls at once (default 16)
  --client-timeout SECS     how long a client may take to send a request's headers or body (default 10)
  --max-connections N       open connections at once (default 512)
  --max-connections-per-client N
                            open connections from one address, or one IPv6 /64 (default 32)
  --page DIR                serve the built page (DIR holds its index.html) at this relay's own
                            address, which then needs no --allow-origin: one origin, nothing to allow
  --version                 print the version";

/// What a relay started without flags says: what it needs, in one screen.
pub const START_HERE: &str = "\
token-relay forwards the token page's requests to Tesla, for the pages you allow.

Simplest, in every browser (Safari too): let it serve the page itself, then open
http://127.0.0.1:8787/ (the release archives hold the page in page/):
  token-relay --page page

Or start it for the page you use elsewhere, with its address as your browser shows it:
  token-relay --allow-origin https://<you>.github.io/<repo>/
(only its origin counts: https://<you>.github.io). For the page on this computer
(scripts/serve.sh): token-relay --allow-origin http://127.0.0.1:8080

It then listens on http://127.0.0.1:8787/: that is the page's default relay, so
the page finds it by itself. Another address goes under the page's Settings → Relay.";

/// What the relay was told to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Page origins whose requests are relayed (exact, normalised).
    pub allowed_origins: Vec<String>,
    /// Upstream origins allowed besides Tesla's.
    pub extra_upstreams: Vec<String>,
    /// Time limit for the whole upstream exchange.
    pub upstream_timeout: Duration,
    /// Requests per client address and minute.
    pub rate_limit: u32,
    /// Upstream calls at once.
    pub max_in_flight: usize,
    /// How long a client may take to send a request's headers, or its body.
    pub client_timeout: Duration,
    /// Open connections at once.
    pub max_connections: usize,
    /// Open connections from one client.
    pub max_connections_per_client: usize,
    /// What the relay made of its flags, to say when it starts.
    pub notes: Vec<String>,
    /// The built page's folder (`--page DIR`, holding its `index.html`),
    /// to serve at the relay's own origin.
    pub served_page: Option<std::path::PathBuf>,
}

/// Why the arguments name no relay to start; `Display` is the sentence
/// printed above the usage text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// `-h` or `--help`: not a mistake; the caller prints [`USAGE`] and succeeds.
    #[error("help was asked for")]
    Help,
    /// A flag that takes a value came last.
    #[error("{0} needs a value")]
    MissingValue(String),
    /// `--listen` with something that is not `IP:PORT`.
    #[error("--listen {0}: not an address like 127.0.0.1:8787")]
    BadListen(String),
    /// `--allow-origin` with something that is not a URL.
    #[error("{0}: not a page address like https://you.github.io/repo/")]
    NotAPageAddress(String),
    /// `--allow-origin` with a URL that is not http(s), has no host, or names a user.
    #[error("{0}: a page address starts with https:// (or http://) and names no user")]
    BadPageAddress(String),
    /// `--allow-upstream` with something that is not a URL.
    #[error("{0}: not an origin like https://you.github.io")]
    NotAnOrigin(String),
    /// `--allow-upstream` with a path, query, fragment, user or another scheme.
    #[error("{0}: an origin is scheme://host[:port] with nothing after it")]
    NotABareOrigin(String),
    /// A count or a number of seconds that is not a whole number above zero.
    #[error("{flag} {text}: not a number above zero")]
    NotPositive {
        /// The flag, e.g. `--rate-limit`.
        flag: String,
        /// What followed it.
        text: String,
    },
    /// `--page DIR` where `DIR/index.html` is not a file.
    #[error("--page {0}: no index.html there (a built page, e.g. dist/)")]
    NoIndexHtml(String),
    /// A flag the relay does not know.
    #[error("unknown argument {0}")]
    UnknownArgument(String),
    /// Neither `--allow-origin` nor `--page`: nobody could use the relay.
    #[error("give at least one --allow-origin: the page(s) allowed to use this relay")]
    NoAllowedOrigin,
}

impl Config {
    /// Parses the arguments after the program name; `Err(ConfigError::Help)`
    /// for `-h`/`--help`, another [`ConfigError`] for a mistake.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, ConfigError> {
        let mut config = Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
            allowed_origins: Vec::new(),
            extra_upstreams: Vec::new(),
            upstream_timeout: Duration::from_secs(30),
            rate_limit: 120,
            max_in_flight: 16,
            client_timeout: Duration::from_secs(10),
            max_connections: 512,
            max_connections_per_client: 32,
            notes: Vec::new(),
            served_page: None,
        };
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| ConfigError::MissingValue(flag.clone()));
            match flag.as_str() {
                "--listen" => {
                    let text = value()?;
                    config.listen = text.parse().map_err(|_| ConfigError::BadListen(text))?;
                }
                "--allow-origin" => {
                    let text = value()?;
                    let origin = page_origin(&text)?;
                    if origin != text.trim_end_matches('/').to_ascii_lowercase() {
                        config.notes.push(format!("--allow-origin {text}: allowing its origin, {origin}"));
                    }
                    config.allowed_origins.push(origin);
                }
                "--allow-upstream" => config.extra_upstreams.push(origin(&value()?)?),
                "--upstream-timeout" => {
                    config.upstream_timeout = Duration::from_secs(positive(&flag, &value()?)?)
                }
                "--client-timeout" => {
                    config.client_timeout = Duration::from_secs(positive(&flag, &value()?)?)
                }
                "--max-connections" => config.max_connections = positive(&flag, &value()?)?,
                "--max-connections-per-client" => {
                    config.max_connections_per_client = positive(&flag, &value()?)?
                }
                "--rate-limit" => config.rate_limit = positive(&flag, &value()?)?,
                "--max-in-flight" => config.max_in_flight = positive(&flag, &value()?)?,
                "--page" => {
                    let dir = std::path::PathBuf::from(value()?);
                    if !dir.join("index.html").is_file() {
                        return Err(ConfigError::NoIndexHtml(dir.display().to_string()));
                    }
                    config.served_page = Some(dir);
                }
                "-h" | "--help" => return Err(ConfigError::Help),
                other => return Err(ConfigError::UnknownArgument(other.to_owned())),
            }
        }
        if config.allowed_origins.is_empty() && config.served_page.is_none() {
            return Err(ConfigError::NoAllowedOrigin);
        }
        Ok(config)
    }
}

/// A whole number above zero.
fn positive<T: std::str::FromStr + PartialOrd + Default>(flag: &str, text: &str) -> Result<T, ConfigError> {
    text.parse()
        .ok()
        .filter(|n| *n > T::default())
        .ok_or_else(|| ConfigError::NotPositive { flag: flag.to_owned(), text: text.to_owned() })
}

/// The origin of a page's address as the user copied it from the address
/// bar: path, query and fragment are dropped (a browser sends only the origin).
fn page_origin(text: &str) -> Result<String, ConfigError> {
    let url = Url::parse(text).map_err(|_| ConfigError::NotAPageAddress(text.to_owned()))?;
    if !matches!(url.scheme(), "http" | "https") || !url.username().is_empty() || url.host().is_none() {
        return Err(ConfigError::BadPageAddress(text.to_owned()));
    }
    Ok(url.origin().ascii_serialization())
}

/// An origin as browsers send it: `scheme://host[:port]`, no path.
fn origin(text: &str) -> Result<String, ConfigError> {
    let url = Url::parse(text).map_err(|_| ConfigError::NotAnOrigin(text.to_owned()))?;
    let is_bare = matches!(url.path(), "" | "/") && url.query().is_none() && url.fragment().is_none();
    if !matches!(url.scheme(), "http" | "https") || !is_bare || !url.username().is_empty() {
        return Err(ConfigError::NotABareOrigin(text.to_owned()));
    }
    Ok(url.origin().ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, ConfigError> {
        Config::from_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn flags_are_read_and_origins_normalised() {
        let config = parse(&[
            "--listen",
            "127.0.0.1:0",
            "--allow-origin",
            "HTTPS://Me.GitHub.io/",
            "--allow-origin",
            "http://127.0.0.1:8080",
            "--allow-upstream",
            "http://127.0.0.1:38443",
            "--upstream-timeout",
            "2",
        ])
        .unwrap();
        assert_eq!(config.listen, "127.0.0.1:0".parse().unwrap());
        assert_eq!(config.allowed_origins, ["https://me.github.io", "http://127.0.0.1:8080"]);
        assert_eq!(config.extra_upstreams, ["http://127.0.0.1:38443"]);
        assert_eq!(config.upstream_timeout, Duration::from_secs(2));
    }

    #[test]
    fn defaults_listen_locally_with_a_thirty_second_limit() {
        let config = parse(&["--allow-origin", "https://me.github.io"]).unwrap();
        assert_eq!(config.listen, "127.0.0.1:8787".parse().unwrap());
        assert_eq!(config.upstream_timeout, Duration::from_secs(30));
        assert_eq!((config.rate_limit, config.max_in_flight), (120, 16));
        assert_eq!(config.client_timeout, Duration::from_secs(10));
        assert_eq!((config.max_connections, config.max_connections_per_client), (512, 32));
        let tight =
            parse(&["--allow-origin", "https://a.b", "--rate-limit", "3", "--max-in-flight", "1"]).unwrap();
        assert_eq!((tight.rate_limit, tight.max_in_flight), (3, 1));
        assert!(parse(&["--allow-origin", "https://a.b", "--rate-limit", "0"]).is_err());
    }

    #[test]
    fn a_page_address_copied_from_the_address_bar_allows_its_origin_with_a_note() {
        let config = parse(&["--allow-origin", "https://Me.github.io/tesla-token-page/?x#y"]).unwrap();
        assert_eq!(config.allowed_origins, ["https://me.github.io"]);
        assert_eq!(config.notes.len(), 1);
        assert!(config.notes[0].contains("allowing its origin, https://me.github.io"), "{:?}", config.notes);
        assert!(parse(&["--allow-origin", "http://127.0.0.1:8080/"]).unwrap().notes.is_empty());
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(parse(&[]), Err(ConfigError::NoAllowedOrigin));
        assert!(parse(&[]).unwrap_err().to_string().contains("--allow-origin"));
        assert_eq!(parse(&["--allow-origin"]), Err(ConfigError::MissingValue("--allow-origin".into())));
        assert_eq!(parse(&["--allow-origin"]).unwrap_err().to_string(), "--allow-origin needs a value");
        assert_eq!(parse(&["--allow-origin", "*"]), Err(ConfigError::NotAPageAddress("*".into())));
        assert_eq!(
            parse(&["--allow-origin", "https://u:p@x.example"]),
            Err(ConfigError::BadPageAddress("https://u:p@x.example".into()))
        );
        assert_eq!(
            parse(&["--allow-upstream", "https://x.example/path", "--allow-origin", "https://a.b"]),
            Err(ConfigError::NotABareOrigin("https://x.example/path".into()))
        );
        assert_eq!(
            parse(&["--allow-origin", "https://x.example", "--listen", "nowhere"]).unwrap_err().to_string(),
            "--listen nowhere: not an address like 127.0.0.1:8787"
        );
        assert_eq!(
            parse(&["--allow-origin", "https://x.example", "--bogus"]),
            Err(ConfigError::UnknownArgument("--bogus".into()))
        );
        assert_eq!(
            parse(&["--allow-origin", "https://a.b", "--rate-limit", "0"]).unwrap_err().to_string(),
            "--rate-limit 0: not a number above zero"
        );
        assert_eq!(
            parse(&["--page", "/nonexistent-relay-page"]).unwrap_err().to_string(),
            "--page /nonexistent-relay-page: no index.html there (a built page, e.g. dist/)"
        );
    }

    #[test]
    fn help_is_its_own_answer_not_a_mistake() {
        assert_eq!(parse(&["--help"]), Err(ConfigError::Help));
        assert_eq!(parse(&["--allow-origin", "https://a.b", "-h"]), Err(ConfigError::Help));
    }
}
