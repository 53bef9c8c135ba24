//! Limits that keep one client, or a flood, from monopolising the relay:
//! requests per minute, open connections, upstream calls at once, and the
//! size of what passes through.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The rate limit's window.
const WINDOW: Duration = Duration::from_secs(60);

/// Seconds a rate-limited client is told to wait (`Retry-After`): one window.
pub const RETRY_AFTER_SECS: u64 = WINDOW.as_secs();

/// Largest request body forwarded, in bytes: token requests are a few hundred.
pub const MAX_REQUEST_BODY: usize = 64 * 1024;

/// Largest upstream answer handed back, in bytes.
pub const MAX_ANSWER_BODY: usize = 1024 * 1024;

/// The most client windows remembered; beyond it the oldest is forgotten.
pub const MAX_TRACKED: usize = 10_000;

/// Who a limit counts as one client: an IPv4 address, or an IPv6 /64 (one
/// home or host is given a whole /64 and can rotate through it).
pub fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
        },
        v4 => v4,
    }
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Fixed one-minute windows per client, at most [`MAX_TRACKED`] of them;
/// each request costs O(1) amortised, however many clients there are.
#[derive(Default)]
struct Windows {
    by_client: HashMap<IpAddr, (Instant, u32)>,
    /// When each window started, oldest first (a restarted window leaves a
    /// stale entry behind, skipped when it comes up).
    started: VecDeque<(Instant, IpAddr)>,
}

impl Windows {
    fn count(&mut self, client: IpAddr, now: Instant) -> u32 {
        while let Some(&(start, oldest)) = self.started.front() {
            let expired = now.duration_since(start) >= WINDOW;
            if !expired && self.by_client.len() < MAX_TRACKED {
                break;
            }
            self.started.pop_front();
            if self.by_client.get(&oldest).is_some_and(|(current, _)| *current == start) {
                self.by_client.remove(&oldest);
            }
        }
        let window = self.by_client.entry(client).or_insert((now, 0));
        if now.duration_since(window.0) >= WINDOW {
            *window = (now, 0);
        }
        if window.1 == 0 {
            self.started.push_back((now, client));
        }
        window.1 += 1;
        window.1
    }
}

/// A per-client request budget per minute, and a cap on upstream calls in flight.
pub struct Limits {
    per_minute: u32,
    windows: Mutex<Windows>,
    in_flight: Arc<Semaphore>,
}

impl Limits {
    /// `per_minute` requests per client, `max_in_flight` upstream calls at once.
    pub fn new(per_minute: u32, max_in_flight: usize) -> Self {
        Self { per_minute, windows: Mutex::default(), in_flight: Arc::new(Semaphore::new(max_in_flight)) }
    }

    /// Whether `address` may make another request at `now`.
    pub fn admit(&self, address: IpAddr, now: Instant) -> bool {
        locked(&self.windows).count(client_key(address), now) <= self.per_minute
    }

    /// A slot for one upstream call, or `None` when all are taken.
    pub fn slot(&self) -> Option<OwnedSemaphorePermit> {
        self.in_flight.clone().try_acquire_owned().ok()
    }
}

/// Open connections, in total and per client.
pub struct Connections {
    total: usize,
    per_client: usize,
    /// Open connections per client, and their sum.
    open: Mutex<(HashMap<IpAddr, usize>, usize)>,
}

/// One open connection; counted until dropped.
pub struct Open {
    connections: Arc<Connections>,
    client: IpAddr,
}

impl Connections {
    /// At most `total` connections, and `per_client` from one client.
    pub fn new(total: usize, per_client: usize) -> Arc<Self> {
        Arc::new(Self { total, per_client, open: Mutex::default() })
    }

    /// Counts a new connection from `address`, or `None` if it is one too many.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Option<Open> {
        let client = client_key(address);
        let mut open = locked(&self.open);
        let (by_client, all) = &mut *open;
        let mine = by_client.entry(client).or_insert(0);
        if *all >= self.total || *mine >= self.per_client {
            if *mine == 0 {
                by_client.remove(&client);
            }
            return None;
        }
        (*mine, *all) = (*mine + 1, *all + 1);
        Some(Open { connections: self.clone(), client })
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        let mut open = locked(&self.connections.open);
        let (by_client, all) = &mut *open;
        *all -= 1;
        if let Some(count) = by_client.get_mut(&self.client) {
            *count -= 1;
            if *count == 0 {
                by_client.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_client_gets_its_budget_per_minute() {
        let limits = Limits::new(3, 1);
        let (me, other) = ("127.0.0.1".parse().unwrap(), "127.0.0.2".parse().unwrap());
        let start = Instant::now();
        assert!((0..3).all(|_| limits.admit(me, start)));
        assert!(!limits.admit(me, start + Duration::from_secs(59)), "the fourth in a minute is refused");
        assert!(limits.admit(other, start), "others are not affected");
        assert!(limits.admit(me, start + Duration::from_secs(61)), "a new minute, a new budget");
    }

    #[test]
    fn an_ipv6_client_is_its_whole_64() {
        let limits = Limits::new(2, 1);
        let start = Instant::now();
        assert!(limits.admit("2001:db8:1:2::1".parse().unwrap(), start));
        assert!(limits.admit("2001:db8:1:2:ffff::9".parse().unwrap(), start));
        assert!(!limits.admit("2001:db8:1:2:abcd::1".parse().unwrap(), start), "rotating within the /64");
        assert!(limits.admit("2001:db8:1:3::1".parse().unwrap(), start), "the next /64 is another client");
        assert_eq!(client_key("::ffff:10.0.0.1".parse().unwrap()), "10.0.0.1".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn the_windows_stay_bounded_and_each_request_touches_few_of_them() {
        let limits = Limits::new(1, 1);
        let start = Instant::now();
        for n in 0..(MAX_TRACKED as u32 + 500) {
            assert!(limits.admit(IpAddr::from(n.to_be_bytes()), start), "a new client is admitted");
        }
        let windows = locked(&limits.windows);
        assert!(windows.by_client.len() <= MAX_TRACKED, "{} windows", windows.by_client.len());
        assert!(windows.started.len() <= MAX_TRACKED + 1, "{} starts", windows.started.len());
        drop(windows);
        // The oldest were forgotten; the newest still count.
        let newest = IpAddr::from((MAX_TRACKED as u32 + 499).to_be_bytes());
        assert!(!limits.admit(newest, start));
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

    #[test]
    fn connections_are_capped_per_client_and_in_total() {
        let connections = Connections::new(3, 2);
        let (me, other): (IpAddr, IpAddr) = ("127.0.0.1".parse().unwrap(), "127.0.0.2".parse().unwrap());
        let mine = [connections.admit(me), connections.admit(me)];
        assert!(mine.iter().all(Option::is_some));
        assert!(connections.admit(me).is_none(), "a third from one client");
        let theirs = connections.admit(other);
        assert!(theirs.is_some());
        assert!(connections.admit("127.0.0.3".parse().unwrap()).is_none(), "the total is reached");
        drop(mine);
        assert!(connections.admit(me).is_some(), "closed connections are given back");
    }
}
