//! "Use the token" as the page holds it.

use super::desk::{Desk, Purpose};
use super::event::{Command, Event};
use super::job::{Job, Work};
use super::relay_part::RelayPart;
use super::tokens_part::TokensPart;
use super::{Says, Ticket};
use crate::owner_api::ApiError;
use crate::owner_api::task::{ApiTask, Progress, Session, TaskLine};
use crate::owner_api::{CarState, Product, VehicleSummary};
use crate::transport::route::Route;
use crate::transport::via::Via;

/// Where a task's steps and outcome are shown: beside the button that started it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskSpot {
    /// "Check my token".
    Check,
    /// A button of car `id`.
    Car(String),
    /// "One step".
    OneStep,
}

impl TaskSpot {
    /// Where `task`'s outcome belongs.
    pub fn of(task: &ApiTask) -> Self {
        match task {
            ApiTask::Check => Self::Check,
            ApiTask::Wake(id) | ApiTask::Data(id) | ApiTask::Send(id, _) => Self::Car(id.clone()),
            ApiTask::OneStep(..) => Self::OneStep,
        }
    }
}

/// "Use the token": what the account holds and what the last task did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ApiPanel {
    /// The products, once listed.
    pub products: Option<Vec<Product>>,
    /// The running or last task's steps (worded by the page's catalog).
    pub timeline: Vec<TaskLine>,
    /// Why the last task failed.
    pub problem: Option<Says>,
    /// The last `vehicle_data`.
    pub data: Option<VehicleSummary>,
    /// The last call, for "copy as curl": method and address.
    pub last_call: Option<(&'static str, String)>,
    /// Where the running or last task's steps are shown.
    pub at: Option<TaskSpot>,
    pub(super) running: Option<Ticket>,
}

impl ApiPanel {
    /// Whether a task is under way.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    pub(super) fn first_car(&self) -> Option<String> {
        self.products.iter().flatten().find_map(|product| match product {
            Product::Car { id, .. } => Some(id.clone()),
            Product::EnergySite { .. } => None,
        })
    }

    pub(super) fn set_state(&mut self, car: &str, new: CarState) {
        for product in self.products.iter_mut().flatten() {
            if let Product::Car { id, state, .. } = product
                && id == car
            {
                *state = new;
            }
        }
    }

    /// Runs `task` with the tokens shown, unless a task runs already.
    pub(super) fn run(
        &mut self,
        task: ApiTask,
        tokens: &TokensPart,
        relay: &RelayPart,
        desk: &mut Desk,
    ) -> Vec<Command> {
        if self.busy() {
            return Vec::new();
        }
        let Some(shown) = &tokens.shown else { return Vec::new() };
        // "One step" with no car chosen means the first car listed.
        let task = match task {
            ApiTask::OneStep(None, command) => match self.first_car() {
                Some(first) => ApiTask::OneStep(Some(first), command),
                None => return Vec::new(),
            },
            task => task,
        };
        let refresh = shown.tokens.refresh_request();
        let api_via = Via::through_relay(&relay.choice);
        let token_via = Via::choose(&relay.choice, relay.direct, &refresh.endpoint);
        self.timeline.clear();
        self.data = None;
        self.at = Some(TaskSpot::of(&task));
        let (Some(api_via), Some(token_via)) = (api_via, token_via) else {
            self.problem = Some(Says::AnswerRelayQuestionFirst);
            return Vec::new();
        };
        self.problem = None;
        let ticket = desk.ticket(Purpose::Api { of: tokens.generation });
        self.running = Some(ticket);
        let session = Session { tokens: shown.tokens.clone(), api_via, token_via };
        vec![Command::Run(Job { ticket, work: Work::Api { task, session } })]
    }

    /// "Cancel", or the task's end: what went wrong, with how the tokens
    /// shown were minted (`minted`), which decides when the owner API refuses them.
    pub(super) fn end(&mut self, event: Event, minted: Option<Route>, desk: &mut Desk) {
        let problem = match event {
            Event::CancelApi => {
                let Some(ticket) = self.running else { return };
                desk.take(ticket);
                Some(ApiError::Cancelled)
            }
            Event::ApiDone { ticket, result } if desk.take(ticket).is_some() => result.err(),
            _ => return,
        };
        self.running = None;
        self.problem = problem.map(|error| Says::Api { error, minted });
    }

    /// What the running task (`ticket`) reported.
    pub(super) fn progress(
        &mut self,
        progress: Progress,
        tokens: &mut TokensPart,
        desk: &mut Desk,
        ticket: Ticket,
    ) {
        match progress {
            Progress::Line(line) => self.timeline.push(line),
            Progress::Called(method, url) => self.last_call = Some((method, url)),
            Progress::Refreshed(refreshed) => {
                let Some(route) = tokens.shown.as_ref().map(|shown| shown.route.clone()) else { return };
                tokens.show(refreshed, route);
                // The task goes on with these: a second refresh rotates them.
                desk.retag(ticket, Purpose::Api { of: tokens.generation });
            }
            Progress::Products(products) => self.products = Some(products),
            Progress::Online(id) => self.set_state(&id, CarState::Online),
            Progress::Data(summary) => self.data = Some(summary),
        }
    }
}
