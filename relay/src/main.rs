use std::process::ExitCode;
use token_relay::config::{Config, USAGE};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let config = match Config::from_args(std::env::args().skip(1)) {
        Ok(config) => config,
        Err(problem) if problem.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("token-relay: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let app = match token_relay::relay::app(&config) {
        Ok(app) => app,
        Err(error) => {
            eprintln!("token-relay: cannot set up the upstream client: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("token-relay: cannot listen on {}: {error}", config.listen);
            return ExitCode::FAILURE;
        }
    };
    // Tests and scripts read the address from this one start-up line.
    match listener.local_addr() {
        Ok(address) => {
            eprintln!("token-relay listening on http://{address} for {}", config.allowed_origins.join(" "))
        }
        Err(error) => eprintln!("token-relay: {error}"),
    }
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("token-relay: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
