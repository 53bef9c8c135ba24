use std::process::ExitCode;
use std::time::Duration;
use tesla_double::{DoubleConfig, RedirectMode, accounts};

const USAGE: &str = "\
usage: tesla-double [--listen ADDR] [--issuer URL] [--legacy-redirect] [--code-lifetime SECS]

  --listen ADDR          where to listen (default 127.0.0.1:38443)
  --issuer URL           issuer named in callbacks (default http://ADDR/oauth2/v3)
  --legacy-redirect      play Tesla before April 2026 (https://auth.tesla.com/void/callback)
  --code-lifetime SECS   how long a code can be exchanged (default 120)";

fn parse(mut args: impl Iterator<Item = String>) -> Result<(String, DoubleConfig), String> {
    let (mut listen, mut issuer) = ("127.0.0.1:38443".to_owned(), None);
    let mut config = DoubleConfig {
        issuer: String::new(),
        redirect: RedirectMode::AppScheme,
        code_lifetime: Duration::from_secs(120),
    };
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--listen" => listen = value()?,
            "--issuer" => issuer = Some(value()?),
            "--legacy-redirect" => config.redirect = RedirectMode::LegacyVoid,
            "--code-lifetime" => {
                let secs = value()?.parse().map_err(|_| "--code-lifetime takes seconds".to_owned())?;
                config.code_lifetime = Duration::from_secs(secs);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    config.issuer = issuer.unwrap_or_else(|| format!("http://{listen}/oauth2/v3"));
    Ok((listen, config))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let (listen, config) = match parse(std::env::args().skip(1)) {
        Ok(parsed) => parsed,
        Err(problem) => {
            eprintln!("tesla-double: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(&listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("tesla-double: cannot listen on {listen}: {error}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("tesla-double listening on http://{listen}, issuer {}", config.issuer);
    for account in &accounts::ACCOUNTS {
        eprintln!(
            "  account {} password {}{}",
            account.email,
            account.password,
            account.mfa_passcode.map(|c| format!(" MFA {c}")).unwrap_or_default()
        );
    }
    match axum::serve(listener, tesla_double::app(config)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tesla-double: {error}");
            ExitCode::FAILURE
        }
    }
}
