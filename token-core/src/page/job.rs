//! Carrying out a [`Command::Run`](super::Command): the request and its
//! answer, turned into the event the page handles next.

use super::{Event, Reach, Ticket};
use crate::oauth::token::{TokenRequest, TokenSet, read_token_answer};
use crate::owner_api::task::{self, ApiTask, Session};
use crate::transport::io::{HttpRequest, Io};
use crate::transport::via::{Via, probe};

/// A request to run, and the ticket its answer carries.
#[derive(Debug)]
pub struct Job {
    /// Which request this is.
    pub ticket: Ticket,
    /// What to do.
    pub work: Work,
}

/// What a job does.
#[derive(Debug)]
pub enum Work {
    /// A token request (a code, a refresh), by `via`.
    Token { request: TokenRequest, via: Via },
    /// The direct-mode probe, which carries nothing that can be spent.
    Probe,
    /// Asks the relay whether it runs and allows this page (`GET …/health`):
    /// a relay of ours answers `ok`, another kind answers something readable.
    Health { url: String },
    /// A task of "Use the token".
    Api { task: ApiTask, session: Session },
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("api_via", &self.api_via).finish_non_exhaustive()
    }
}

/// The browser's IO, plus the way back into the page for a long task.
pub trait PageIo: Io {
    /// Hands a task's progress to the page.
    fn report(&self, event: Event);
    /// Whether the page still wants `ticket`'s request (no cancel, no forget).
    fn wanted(&self, ticket: Ticket) -> bool;
}

/// Runs `job`; the event it returns goes to [`super::Page::handle`].
pub async fn perform(job: Job, io: &impl PageIo) -> Event {
    let ticket = job.ticket;
    match job.work {
        Work::Token { request, via } => {
            let body = request.body(via.is_direct());
            let answer = io.send(HttpRequest::post(via.url_for(&request.endpoint), body)).await;
            let outcome = read_token_answer(answer, &via.route(), &request)
                .map(|tokens| TokenSet::from_answer(tokens, &request, io.now_ms()));
            Event::TokenAnswer { ticket, route: via.route(), outcome }
        }
        Work::Probe => {
            let (url, body) = probe();
            // Any answer the page can read means Tesla allows it.
            let readable = io.send(HttpRequest::post(url, body)).await.is_ok();
            Event::Probed { ticket, readable }
        }
        Work::Health { url } => {
            let reach = match io.send(HttpRequest::get(url)).await {
                Ok(answer) if answer.status == 200 && answer.body.trim() == "ok" => Reach::Ours,
                // Any answer the page can read: the relay runs and allows this page.
                Ok(_) => Reach::Answers,
                Err(_) => Reach::Unreachable,
            };
            Event::RelayChecked { ticket, reach }
        }
        Work::Api { task, session } => {
            let report = |progress| io.report(Event::ApiProgress { ticket, progress });
            let wanted = || io.wanted(ticket);
            let result = task::run(task, session, io, &report, &wanted).await;
            Event::ApiDone { ticket, result }
        }
    }
}
