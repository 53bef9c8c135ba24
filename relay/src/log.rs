//! The relay's whole log: method, upstream host and status, one line a
//! request. Never bodies, query strings or headers, which hold codes and
//! tokens; nothing a client chose but the method, and that from a fixed
//! vocabulary; and refusals at a bounded rate, so a flood of bad requests
//! cannot flood the disk.

use axum::http::{Method, StatusCode};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Refusal lines written per second at most; the rest are counted.
pub const REFUSALS_PER_SECOND: u32 = 20;

/// The method as logged: one of four words.
pub fn method_word(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Where log lines go (standard error), and how many refusals were held back.
#[derive(Default)]
pub struct Log {
    refusals: Mutex<(Option<Instant>, u32, u64)>,
}

impl Log {
    /// Logs one request. `host` is an allowlisted upstream's or `-`.
    pub fn line(&self, method: &Method, host: &str, status: StatusCode) {
        if let Some(line) = self.admit(method, host, status, Instant::now()) {
            eprintln!("{line}");
        }
    }

    /// The line to write, if any: every forwarded answer; refusals (4xx and
    /// 5xx the relay made or passed on) up to the rate, then a count.
    fn admit(&self, method: &Method, host: &str, status: StatusCode, now: Instant) -> Option<String> {
        let line = || format!("{} {host} {}", method_word(method), status.as_u16());
        if !(status.is_client_error() || status.is_server_error()) {
            return Some(line());
        }
        let mut refusals = self.refusals.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (second, written, held_back) = &mut *refusals;
        if second.is_none_or(|start| now.duration_since(start) >= Duration::from_secs(1)) {
            (*second, *written) = (Some(now), 0);
        }
        if *written >= REFUSALS_PER_SECOND {
            *held_back += 1;
            return None;
        }
        *written += 1;
        match std::mem::take(held_back) {
            0 => Some(line()),
            n => Some(format!("{} ({n} more refusals were not logged)", line())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_method_words_are_ever_written() {
        let odd = Method::from_bytes(&[b'X'; 4000]).unwrap();
        assert_eq!(method_word(&odd), "other");
        assert_eq!(method_word(&Method::PUT), "other");
        assert_eq!(method_word(&Method::POST), "POST");
    }

    #[test]
    fn refusals_are_logged_at_a_bounded_rate_and_counted() {
        let log = Log::default();
        let start = Instant::now();
        let written =
            (0..1000).filter_map(|_| log.admit(&Method::GET, "-", StatusCode::FORBIDDEN, start)).count();
        assert_eq!(written, REFUSALS_PER_SECOND as usize);
        assert!(log.admit(&Method::POST, "127.0.0.1", StatusCode::OK, start).is_some(), "answers always");
        let next = log.admit(&Method::GET, "-", StatusCode::FORBIDDEN, start + Duration::from_secs(1));
        assert_eq!(next.as_deref(), Some("GET - 403 (980 more refusals were not logged)"));
    }
}
