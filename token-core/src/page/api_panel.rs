//! "Use the token" as the page holds it.

use super::{Says, Ticket};
use crate::owner_api::task::{ApiTask, TaskLine};
use crate::owner_api::{CarState, Product, VehicleSummary};

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
}
