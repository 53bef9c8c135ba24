use std::process::ExitCode;
use token_relay::config::{Config, ConfigError, START_HERE, USAGE};
use token_relay::limits::Connections;
use token_relay::serve::{Deadlines, serve};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|arg| arg == "verify") {
        return token_relay::verify::main(&args[1..]).await;
    }
    if args.iter().any(|arg| arg == "--version") {
        println!("token-relay {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    if args.is_empty() {
        println!("{START_HERE}");
        return ExitCode::from(2);
    }
    let config = match Config::from_args(args) {
        Ok(config) => config,
        Err(ConfigError::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("token-relay: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("token-relay: cannot listen on {}: {error}", config.listen);
            return ExitCode::FAILURE;
        }
    };
    let address = match listener.local_addr() {
        Ok(address) => address,
        Err(error) => {
            eprintln!("token-relay: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (app, allowed) = match token_relay::relay::app(&config, address) {
        Ok(app) => app,
        Err(error) => {
            eprintln!("token-relay: cannot set up the upstream client: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Tests and scripts read the address from this one start-up line.
    eprintln!("token-relay listening on http://{address} for {}", allowed.join(" "));
    if config.served_page.is_some() {
        eprintln!("token-relay: the page is at http://{address}/ (open it in your browser)");
    }
    for note in &config.notes {
        eprintln!("token-relay: {note}");
    }
    let connections = Connections::new(config.max_connections, config.max_connections_per_client);
    let deadlines = Deadlines {
        headers: config.client_timeout,
        // Headers, body and Tesla's answer, with a little room.
        request: 2 * config.client_timeout + config.upstream_timeout,
        connection: 4 * config.client_timeout + 2 * config.upstream_timeout,
    };
    serve(listener, app, connections, deadlines).await;
    ExitCode::SUCCESS
}
