use std::process::ExitCode;
use std::time::Duration;
use tesla_double::{DoubleConfig, FleetApp, RedirectMode, accounts};

const USAGE: &str = "\
usage: tesla-double [--listen ADDR] [--legacy-redirect] [--code-lifetime SECS] [--cors]
                    [--fleet-app CLIENT_ID=REDIRECT_URI[=SECRET] …]

  --listen ADDR          where to listen (default 127.0.0.1:38443); issuers are
                         http://ADDR/oauth2/v3 and http://ADDR/cn/oauth2/v3
  --legacy-redirect      play Tesla before April 2026 (https://auth.tesla.com/void/callback)
  --code-lifetime SECS   how long a code can be exchanged (default 120)
  --cors                 send Access-Control-Allow-Origin: * from the token endpoints
  --fleet-app …          register a Fleet API app (with a SECRET: a third-party app)";

fn parse(mut args: impl Iterator<Item = String>) -> Result<(String, DoubleConfig), String> {
    let mut listen = "127.0.0.1:38443".to_owned();
    let mut config = DoubleConfig::new("");
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--listen" => listen = value()?,
            "--legacy-redirect" => config.redirect = RedirectMode::LegacyVoid,
            "--cors" => config.cors = true,
            "--code-lifetime" => {
                let secs = value()?.parse().map_err(|_| "--code-lifetime takes seconds".to_owned())?;
                config.code_lifetime = Duration::from_secs(secs);
            }
            "--fleet-app" => {
                let text = value()?;
                let mut parts = text.splitn(3, '=');
                let (Some(client_id), Some(redirect_uri)) = (parts.next(), parts.next()) else {
                    return Err(format!("--fleet-app {text}: expected CLIENT_ID=REDIRECT_URI[=SECRET]"));
                };
                config.fleet_apps.push(FleetApp {
                    client_id: client_id.into(),
                    redirect_uri: redirect_uri.into(),
                    client_secret: parts.next().map(Into::into),
                });
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    config.base = format!("http://{listen}");
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
    let accounts: Vec<String> = accounts::ACCOUNTS
        .iter()
        .map(|a| format!("{}{}", a.email, a.mfa_passcode.map(|c| format!(" (MFA {c})")).unwrap_or_default()))
        .collect();
    // Tests and scripts read this one start-up line.
    eprintln!(
        "tesla-double listening on {}; accounts {} with password {}",
        config.base,
        accounts.join(", "),
        accounts::PASSWORD
    );
    match axum::serve(listener, tesla_double::app(config)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tesla-double: {error}");
            ExitCode::FAILURE
        }
    }
}
