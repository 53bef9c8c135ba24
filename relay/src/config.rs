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
    /// The page's files, to serve at the relay's own origin.
    pub page: Option<std::path::PathBuf>,
}

impl Config {
    /// Parses the arguments after the program name.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
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
            page: None,
        };
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--listen" => {
                    let text = value()?;
                    config.listen = text
                        .parse()
                        .map_err(|_| format!("--listen {text}: not an address like 127.0.0.1:8787"))?;
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
                        return Err(format!(
                            "--page {}: no index.html there (a built page, e.g. dist/)",
                            dir.display()
                        ));
                    }
                    config.page = Some(dir);
                }
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        if config.allowed_origins.is_empty() && config.page.is_none() {
            return Err("give at least one --allow-origin: the page(s) allowed to use this relay".into());
        }
        Ok(config)
    }
}

/// A whole number above zero.
fn positive<T: std::str::FromStr + PartialOrd + Default>(flag: &str, text: &str) -> Result<T, String> {
    text.parse()
        .ok()
        .filter(|n| *n > T::default())
        .ok_or_else(|| format!("{flag} {text}: not a number above zero"))
}

/// The origin of a page's address as the user copied it from the address
/// bar: path, query and fragment are dropped (a browser sends only the origin).
fn page_origin(text: &str) -> Result<String, String> {
    let url = Url::parse(text)
        .map_err(|_| format!("{text}: not a page address like https://you.github.io/repo/"))?;
    if !matches!(url.scheme(), "http" | "https") || !url.username().is_empty() || url.host().is_none() {
        return Err(format!("{text}: a page address starts with https:// (or http://) and names no user"));
    }
    Ok(url.origin().ascii_serialization())
}

/// An origin as browsers send it: `scheme://host[:port]`, no path.
fn origin(text: &str) -> Result<String, String> {
    let url = Url::parse(text).map_err(|_| format!("{text}: not an origin like https://you.github.io"))?;
    let is_bare = matches!(url.path(), "" | "/") && url.query().is_none() && url.fragment().is_none();
    if !matches!(url.scheme(), "http" | "https") || !is_bare || !url.username().is_empty() {
        return Err(format!("{text}: an origin is scheme://host[:port] with nothing after it"));
    }
    Ok(url.origin().ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, String> {
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
        assert!(parse(&[]).unwrap_err().contains("--allow-origin"));
        assert!(parse(&["--allow-origin"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--allow-origin", "*"]).is_err());
        assert!(parse(&["--allow-origin", "https://u:p@x.example"]).is_err());
        assert!(
            parse(&["--allow-upstream", "https://x.example/path", "--allow-origin", "https://a.b"]).is_err()
        );
        assert!(parse(&["--allow-origin", "https://x.example", "--listen", "nowhere"]).is_err());
        assert!(parse(&["--allow-origin", "https://x.example", "--bogus"]).is_err());
    }
}
