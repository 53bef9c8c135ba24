//! Command-line settings.

use std::net::SocketAddr;
use std::time::Duration;
use url::Url;

/// Usage text for `--help` and mistakes.
pub const USAGE: &str = "\
usage: token-relay --allow-origin ORIGIN [--allow-origin ORIGIN …]
                   [--listen ADDR] [--allow-upstream ORIGIN …] [--upstream-timeout SECS]
                   [--rate-limit PER_MINUTE] [--max-in-flight N]

  --allow-origin ORIGIN     a page origin that may use this relay, e.g. https://you.github.io
  --listen ADDR             where to listen (default 127.0.0.1:8787; port 0 picks a free one)
  --allow-upstream ORIGIN   an upstream to allow besides Tesla's hosts (e.g. a test double)
  --upstream-timeout SECS   how long to wait for the upstream (default 30)
  --rate-limit PER_MINUTE   requests per client address and minute (default 120)
  --max-in-flight N         upstream calls at once (default 16)";

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
                "--allow-origin" => config.allowed_origins.push(origin(&value()?)?),
                "--allow-upstream" => config.extra_upstreams.push(origin(&value()?)?),
                "--upstream-timeout" => {
                    let text = value()?;
                    let secs: u64 = text
                        .parse()
                        .ok()
                        .filter(|&s| s > 0)
                        .ok_or_else(|| format!("--upstream-timeout {text}: not a number of seconds"))?;
                    config.upstream_timeout = Duration::from_secs(secs);
                }
                "--rate-limit" => config.rate_limit = positive(&flag, &value()?)?,
                "--max-in-flight" => config.max_in_flight = positive(&flag, &value()?)?,
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        if config.allowed_origins.is_empty() {
            return Err(
                "give at least one --allow-origin: the page origin(s) allowed to use this relay".into()
            );
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
        let tight =
            parse(&["--allow-origin", "https://a.b", "--rate-limit", "3", "--max-in-flight", "1"]).unwrap();
        assert_eq!((tight.rate_limit, tight.max_in_flight), (3, 1));
        assert!(parse(&["--allow-origin", "https://a.b", "--rate-limit", "0"]).is_err());
    }

    #[test]
    fn mistakes_are_explained() {
        assert!(parse(&[]).unwrap_err().contains("--allow-origin"));
        assert!(parse(&["--allow-origin"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--allow-origin", "https://x.example/path"]).is_err());
        assert!(parse(&["--allow-origin", "*"]).is_err());
        assert!(parse(&["--allow-origin", "https://x.example", "--listen", "nowhere"]).is_err());
        assert!(parse(&["--allow-origin", "https://x.example", "--bogus"]).is_err());
    }
}
