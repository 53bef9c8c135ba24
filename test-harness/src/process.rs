//! The one way the tests and the benchmark start a program: its stdout and
//! stderr read line by line into a log (so a chatty program never blocks on
//! a full pipe, and a failure can show what it said), and the program killed
//! when its handle drops, even when a test panics.

use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::watch;

/// Why a program could not be started or never became ready.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    /// The OS could not start it (not installed, not executable).
    #[error("cannot start {program}: {source} (scripts/setup.sh --test installs the tools)")]
    Spawn {
        /// The program, as given.
        program: String,
        /// What the OS said.
        source: std::io::Error,
    },
    /// It closed its output (it ended) before it was ready.
    #[error("{program} ended before {ready}; it said:\n{log}")]
    Ended {
        /// The program, as given.
        program: String,
        /// What it was waited for, e.g. `saying it listens`.
        ready: String,
        /// All it wrote, stdout and stderr, one line each.
        log: String,
    },
    /// It was still not ready when the wait ran out.
    #[error("{program} was not {ready} within {within:?}; it said:\n{log}")]
    NotReady {
        /// The program, as given.
        program: String,
        /// What it was waited for.
        ready: String,
        /// How long the wait was.
        within: Duration,
        /// All it wrote so far.
        log: String,
    },
}

/// What a program has written so far, and how many of its two output
/// streams are still open.
#[derive(Default)]
struct Output {
    lines: Vec<String>,
    open_streams: usize,
}

/// A running program, killed when dropped.
pub struct Process {
    program: String,
    child: Child,
    output: watch::Receiver<Output>,
    /// How many lines [`Process::log`] skips: those up to the line waited for.
    ready_after: usize,
}

impl Process {
    /// Starts `command` with stdin closed and stdout and stderr captured
    /// (the lines of both, as they arrive, in one log). Needs a Tokio runtime.
    pub fn start(mut command: Command) -> Result<Self, ProcessError> {
        let program = command.as_std().get_program().to_string_lossy().into_owned();
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|source| ProcessError::Spawn { program: program.clone(), source })?;
        let (sender, output) = watch::channel(Output { lines: Vec::new(), open_streams: 2 });
        if let Some(stdout) = child.stdout.take() {
            tokio::spawn(collect(stdout, sender.clone()));
        }
        if let Some(stderr) = child.stderr.take() {
            tokio::spawn(collect(stderr, sender));
        }
        Ok(Self { program, child, output, ready_after: 0 })
    }

    /// [`Process::start`], then waits (at most `within`) for the line that
    /// starts with `says` (e.g. `token-relay listening on `); returns the
    /// process and that line.
    pub async fn start_saying(
        command: Command,
        says: &str,
        within: Duration,
    ) -> Result<(Self, String), ProcessError> {
        let mut process = Self::start(command)?;
        let line =
            process.wait_for_line(&format!("saying {says:?}"), within, |l| l.starts_with(says)).await?;
        Ok((process, line))
    }

    /// Waits (at most `within`) for the first line that `is_ready` accepts,
    /// on either stream, and returns it; `ready` says what that line means
    /// (e.g. `saying it listens`), for the error. [`Process::log`] then
    /// starts after it.
    pub async fn wait_for_line(
        &mut self,
        ready: &str,
        within: Duration,
        is_ready: impl Fn(&str) -> bool,
    ) -> Result<String, ProcessError> {
        let mut output = self.output.clone();
        let waited = tokio::time::timeout(
            within,
            output.wait_for(|o| o.lines.iter().any(|l| is_ready(l)) || o.open_streams == 0),
        )
        .await;
        let found = self.output.borrow().lines.iter().position(|l| is_ready(l));
        match (found, waited) {
            (Some(at), _) => {
                self.ready_after = at + 1;
                Ok(self.output.borrow().lines[at].clone())
            }
            (None, Ok(_)) => Err(ProcessError::Ended {
                program: self.program.clone(),
                ready: ready.into(),
                log: self.all(),
            }),
            (None, Err(_)) => Err(ProcessError::NotReady {
                program: self.program.clone(),
                ready: ready.into(),
                within,
                log: self.all(),
            }),
        }
    }

    /// Whether the program has closed both its outputs (it has ended, or
    /// is about to).
    pub fn has_ended(&self) -> bool {
        self.output.borrow().open_streams == 0
    }

    /// Every line written after the line last waited for (all of them, if
    /// none was waited for).
    pub fn log(&self) -> Vec<String> {
        self.output.borrow().lines.get(self.ready_after..).unwrap_or_default().to_vec()
    }

    /// The OS process id, while the program runs.
    pub fn id(&self) -> Option<u32> {
        self.child.id()
    }

    /// The program's name, as it was started.
    pub fn program(&self) -> &str {
        &self.program
    }

    /// Kills the program and waits until it is gone (and its ports free).
    pub async fn stop(mut self) {
        // It may have ended already: nothing left to kill.
        let _ = self.child.kill().await;
    }

    fn all(&self) -> String {
        self.output.borrow().lines.join("\n")
    }
}

/// Moves the lines of one output stream into the log until it closes.
async fn collect(stream: impl AsyncRead + Unpin, output: watch::Sender<Output>) {
    let mut lines = BufReader::new(stream).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        output.send_modify(|o| o.lines.push(line));
    }
    output.send_modify(|o| o.open_streams -= 1);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(script: &str) -> Process {
        let mut command = Command::new("sh");
        command.args(["-c", script]);
        Process::start(command).unwrap()
    }

    #[tokio::test]
    async fn the_ready_line_comes_from_either_stream_and_the_log_starts_after_it() {
        let mut process = shell("echo noise >&2; sleep 0.1; echo ready on 42; echo after >&2; sleep 5");
        let line = process.wait_for_line("ready", Duration::from_secs(5), |l| l.starts_with("ready")).await;
        assert_eq!(line.unwrap(), "ready on 42");
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(process.log(), ["after"]);
        assert!(!process.has_ended());
        process.stop().await;
    }

    #[tokio::test]
    async fn a_program_that_ends_unready_is_an_error_with_what_it_said() {
        let mut process = shell("echo cannot listen >&2; exit 1");
        let error =
            process.wait_for_line("listening", Duration::from_secs(5), |l| l == "ok").await.unwrap_err();
        assert!(matches!(&error, ProcessError::Ended { log, .. } if log == "cannot listen"), "{error}");
    }

    #[tokio::test]
    async fn a_silent_program_runs_out_of_time_and_a_missing_one_cannot_start() {
        let mut process = shell("sleep 5");
        let error = process.wait_for_line("ready", Duration::from_millis(100), |_| true).await.unwrap_err();
        assert!(matches!(error, ProcessError::NotReady { .. }), "{error}");
        let missing = Process::start(Command::new("/nonexistent/program"));
        assert!(matches!(missing, Err(ProcessError::Spawn { .. })));
    }

    #[tokio::test]
    async fn dropping_the_handle_kills_the_program() {
        let process = shell("sleep 30");
        let pid = process.id().unwrap();
        drop(process);
        tokio::time::sleep(Duration::from_millis(300)).await;
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Gone, or a zombie waiting for the runtime to reap it.
        assert!(state.is_empty() || state.contains(") Z"), "{state}");
    }
}
