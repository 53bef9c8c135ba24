//! `token-relay verify <page address>`: fetches a copy of the page and every
//! file it loads, checks each against the integrity value its HTML declares,
//! compares the code (wasm and JS, whose bytes do not depend on the address
//! the page is built for) with the release's page, and checks that the
//! page's security policy lets it connect only to itself, Tesla and relays.
//!
//! `fetch` does the bounded IO, `html` reads the HTML, `reference` the
//! release's page from disk, `verdict` and `policy` compare with no IO,
//! `report` says it in words.

pub mod fetch;
pub mod html;
pub mod policy;
pub mod reference;
pub mod report;
pub mod verdict;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The command's help, with every exit code.
pub const USAGE: &str = "\
token-relay verify <page address> [--page DIR] [--timeout SECONDS]

Checks that the page at <page address> (https://…, or http:// on this computer)
is the page of this release: fetches it and every file it loads, checks each file
against the integrity value the page's HTML declares, compares the code (wasm and
JavaScript) byte for byte with the page beside this binary (page/, as release
archives ship it) or in DIR, and checks that the page's security policy lets it
connect only to itself, Tesla and relays, which it lists.

  --page DIR         compare with the page in DIR (a build of your own) instead
  --timeout SECONDS  the longest wait for each answer, and 4 times that in all
                     (default 20); answers are capped at 8 MiB, redirects at 3,
                     within the page's own origin

Exit codes:
  0  identical to the release's page
  1  the page differs from the release's (a file changed, missing or added, or
     its HTML beyond the address it is built for)
  2  usage: a wrong argument, or an address that is not https:// or this computer
  3  a file does not match the integrity value the page's HTML declares
  4  the page's security policy admits more than the release's (another
     connection, or another rule)
  5  the page was built from another commit
  6  the page or a file could not be fetched (network, status, size, time, redirect)
  7  the page to compare with (beside this binary, or --page) cannot be read";

/// Exit code: the arguments are wrong.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: the copy could not be fetched.
pub const EXIT_FETCH: u8 = 6;
/// Exit code: the release's page could not be read.
pub const EXIT_REFERENCE: u8 = 7;

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Request {
    address: String,
    page: Option<PathBuf>,
    timeout: Duration,
}

fn parse(args: &[String]) -> Result<Option<Request>, String> {
    let mut address = None;
    let mut page = None;
    let mut timeout = Duration::from_secs(20);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(None),
            "--page" => page = Some(PathBuf::from(args.next().ok_or("--page needs a folder")?)),
            "--timeout" => {
                let seconds =
                    args.next().and_then(|s| s.parse::<u64>().ok()).filter(|s| (1..=600).contains(s));
                timeout =
                    Duration::from_secs(seconds.ok_or("--timeout needs a number of seconds, 1 to 600")?);
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ if address.is_some() => return Err("give one page address".into()),
            text => address = Some(text.to_owned()),
        }
    }
    let address = address.ok_or("give the page's address, e.g. https://you.github.io/tesla-token-page/")?;
    Ok(Some(Request { address, page, timeout }))
}

/// Runs `token-relay verify` with the arguments after `verify`; prints the
/// verdict on stdout (problems with the command or the network on stderr).
pub async fn main(args: &[String]) -> ExitCode {
    let request = match parse(args) {
        Ok(Some(request)) => request,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("token-relay verify: {problem}\n\n{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let address = match fetch::page_address(&request.address) {
        Ok(address) => address,
        Err(problem) => {
            eprintln!("token-relay verify: {problem}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let beside = request.page.is_none();
    let Some(dir) = request.page.or_else(reference::beside_binary) else {
        eprintln!("token-relay verify: cannot find this binary's folder; give the page with --page DIR");
        return ExitCode::from(EXIT_REFERENCE);
    };
    // The root page first: a folder that is no release's page is said before any fetch.
    let root = match reference::read(&dir, l10n::Language::english(), Vec::new()) {
        Ok(page) => page,
        Err(problem) => {
            eprintln!("token-relay verify: {problem}");
            return ExitCode::from(EXIT_REFERENCE);
        }
    };
    let fetched = match fetch::Fetcher::new(request.timeout) {
        Ok(fetcher) => {
            let total = request.timeout * 4;
            match tokio::time::timeout(total, fetcher.page(&address)).await {
                Ok(fetched) => fetched,
                Err(_) => Err(fetch::FetchError::Slow { url: address.to_string(), seconds: total.as_secs() }),
            }
        }
        Err(problem) => Err(problem),
    };
    let (page_url, copy) = match fetched {
        Ok(fetched) => fetched,
        Err(problem) => {
            println!("Could not check {address}: {problem}");
            return ExitCode::from(EXIT_FETCH);
        }
    };
    // A language's page (`…/de/`) is compared with that language's page of the release.
    let language = reference::language_at(&page_url, copy.declared.folder().unwrap_or_default());
    let release = if language == l10n::Language::english() {
        root
    } else {
        match reference::read(&dir, language, root.files) {
            Ok(page) => page,
            Err(problem) => {
                eprintln!("token-relay verify: {problem}");
                return ExitCode::from(EXIT_REFERENCE);
            }
        }
    };
    let verdict = verdict::compare(&copy, &release);
    let against = if beside {
        report::Against::Release { version: env!("CARGO_PKG_VERSION") }
    } else {
        report::Against::Folder(dir.display().to_string())
    };
    let compared_with = language.page_file();
    println!("{}", report::render(&page_url, &copy, &verdict, &against, &compared_with));
    ExitCode::from(verdict.outcome() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn the_command_line_takes_one_address_and_two_options() {
        let request = parse(&args("https://a.example/ --page dist --timeout 5")).unwrap().unwrap();
        assert_eq!(request.address, "https://a.example/");
        assert_eq!(request.page, Some(PathBuf::from("dist")));
        assert_eq!(request.timeout, Duration::from_secs(5));
        assert_eq!(parse(&args("--help")), Ok(None));
        for wrong in ["", "a b", "a --page", "a --timeout 0", "a --timeout x", "a --open"] {
            assert!(parse(&args(wrong)).is_err(), "{wrong:?}");
        }
    }
}
