//! A WebDriver server (ChromeDriver, geckodriver, WebKitWebDriver) on a
//! loopback port, and sessions with it.

use crate::ports;
use crate::process::{Process, ProcessError};
use fantoccini::error::NewSessionError;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use std::time::Duration;
use tokio::process::Command;

/// How long a WebDriver server may take to listen.
const START_TIME: Duration = Duration::from_secs(10);

/// A running WebDriver server, and the programs it needs (e.g. WebKit's X
/// server); all killed when dropped.
pub struct WebDriver {
    /// Where it listens: `http://127.0.0.1:{port}`.
    pub address: String,
    /// The server last, so that it stops first.
    processes: Vec<Process>,
}

impl WebDriver {
    /// Starts `command`, a WebDriver server told to listen on `port`, next
    /// to the already running `companions`, and waits until it listens.
    pub async fn start(command: Command, port: u16, companions: Vec<Process>) -> Result<Self, ProcessError> {
        let server = Process::start(command)?;
        let address = format!("http://127.0.0.1:{port}");
        if !ports::listening_within(port, START_TIME).await {
            let (program, log) = (server.program().to_owned(), server.log().join("\n"));
            let ready = format!("listening on port {port}");
            return Err(if server.has_ended() {
                ProcessError::Ended { program, ready, log }
            } else {
                ProcessError::NotReady { program, ready, within: START_TIME, log }
            });
        }
        let mut processes = companions;
        processes.push(server);
        Ok(Self { address, processes })
    }

    /// Debian's ChromeDriver on a free port.
    pub async fn chromedriver() -> Result<Self, ProcessError> {
        let port = ports::free_port().map_err(|source| ProcessError::Spawn {
            program: crate::chromium::CHROMEDRIVER.into(),
            source,
        })?;
        let mut command = Command::new(crate::chromium::CHROMEDRIVER);
        command.arg(format!("--port={port}"));
        Self::start(command, port, Vec::new()).await
    }

    /// A new browser session with `capabilities`, over plain HTTP.
    pub async fn session(&self, capabilities: Capabilities) -> Result<Client, NewSessionError> {
        ClientBuilder::new(HttpConnector::new()).capabilities(capabilities).connect(&self.address).await
    }

    /// Everything the server wrote so far (it speaks up when a browser
    /// fails to start).
    pub fn log(&self) -> Vec<String> {
        self.processes.last().map(Process::log).unwrap_or_default()
    }

    /// Stops the server, then its companions, waiting until each is gone.
    pub async fn stop(mut self) {
        while let Some(process) = self.processes.pop() {
            process.stop().await;
        }
    }
}
