//! Limits that keep one client, or a flood, from monopolising the relay.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The rate limit's window.
const WINDOW: Duration = Duration::from_secs(60);

/// Above this many tracked addresses, old windows are dropped.
const MAX_TRACKED: usize = 10_000;

/// A per-address request budget per minute, and a cap on upstream calls in flight.
pub struct Limits {
    per_minute: u32,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
    in_flight: Arc<Semaphore>,
}

impl Limits {
    /// `per_minute` requests per address, `max_in_flight` upstream calls at once.
    pub fn new(per_minute: u32, max_in_flight: usize) -> Self {
        Self { per_minute, windows: Mutex::default(), in_flight: Arc::new(Semaphore::new(max_in_flight)) }
    }

    /// Whether `address` may make another request at `now` (fixed one-minute windows).
    pub fn admit(&self, address: IpAddr, now: Instant) -> bool {
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > MAX_TRACKED {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let (start, count) = windows.entry(address).or_insert((now, 0));
        if now.duration_since(*start) >= WINDOW {
            (*start, *count) = (now, 0);
        }
        *count += 1;
        *count <= self.per_minute
    }

    /// A slot for one upstream call, or `None` when all are taken.
    pub fn slot(&self) -> Option<OwnedSemaphorePermit> {
        self.in_flight.clone().try_acquire_owned().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_gets_its_budget_per_minute() {
        let limits = Limits::new(3, 1);
        let (me, other) = ("127.0.0.1".parse().unwrap(), "127.0.0.2".parse().unwrap());
        let start = Instant::now();
        assert!((0..3).all(|_| limits.admit(me, start)));
        assert!(!limits.admit(me, start + Duration::from_secs(59)), "the fourth in a minute is refused");
        assert!(limits.admit(other, start), "others are not affected");
        assert!(limits.admit(me, start + Duration::from_secs(61)), "a new minute, a new budget");
    }

    #[test]
    fn upstream_slots_run_out_and_come_back() {
        let limits = Limits::new(10, 2);
        let (first, second) = (limits.slot(), limits.slot());
        assert!(first.is_some() && second.is_some());
        assert!(limits.slot().is_none());
        drop(first);
        assert!(limits.slot().is_some());
    }
}
