//! Waking a car: poll its state with growing pauses until it is online or
//! the time is up. Pure, so its timing is tested without real time.

use crate::owner_api::CarState;

/// How long to keep trying and how to pace the polls.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WakePlan {
    /// Give up after this long (ms).
    pub timeout_ms: f64,
    /// The pause before the first poll (ms).
    pub first_pause_ms: f64,
    /// Pauses grow by this factor…
    pub growth: f64,
    /// …up to this (ms).
    pub max_pause_ms: f64,
}

impl Default for WakePlan {
    /// 60 s in all; pauses of 1 s, 1.5 s, 2.25 s… up to 8 s.
    fn default() -> Self {
        Self { timeout_ms: 60_000.0, first_pause_ms: 1_000.0, growth: 1.5, max_pause_ms: 8_000.0 }
    }
}

/// What to do after a poll.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Next {
    /// The car is online.
    Online,
    /// Pause this long (ms), then poll again.
    PollAfter(f64),
    /// The time is up.
    GiveUp,
}

impl WakePlan {
    /// The pause before poll number `poll` (1-based).
    pub fn pause_before(&self, poll: u32) -> f64 {
        (self.first_pause_ms * self.growth.powi(poll.saturating_sub(1) as i32)).min(self.max_pause_ms)
    }

    /// After poll number `poll`, `elapsed_ms` into the wake, saw `state`.
    pub fn next(&self, poll: u32, elapsed_ms: f64, state: CarState) -> Next {
        if state == CarState::Online {
            return Next::Online;
        }
        let pause = self.pause_before(poll + 1);
        if elapsed_ms + pause > self.timeout_ms { Next::GiveUp } else { Next::PollAfter(pause) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_and_level_off() {
        let plan = WakePlan::default();
        let pauses: Vec<f64> = (1..=7).map(|n| plan.pause_before(n)).collect();
        assert_eq!(pauses, [1000.0, 1500.0, 2250.0, 3375.0, 5062.5, 7593.75, 8000.0]);
    }

    #[test]
    fn online_ends_the_wait_at_once() {
        assert_eq!(WakePlan::default().next(1, 500.0, CarState::Online), Next::Online);
    }

    #[test]
    fn a_simulated_wake_polls_until_online() {
        // The car comes online at 10 s; simulated time, no sleeping.
        let plan = WakePlan::default();
        let (mut elapsed, mut poll) = (plan.pause_before(1), 1);
        loop {
            let state = if elapsed >= 10_000.0 { CarState::Online } else { CarState::Asleep };
            match plan.next(poll, elapsed, state) {
                Next::Online => break,
                Next::PollAfter(pause) => elapsed += pause,
                Next::GiveUp => panic!("gave up at {elapsed}"),
            }
            poll += 1;
        }
        assert_eq!(poll, 5, "polls at 1, 2.5, 4.75, 8.125 and 13.1875 s");
        assert!((10_000.0..14_000.0).contains(&elapsed));
    }

    #[test]
    fn a_car_that_never_wakes_is_given_up_before_the_timeout() {
        let plan = WakePlan { timeout_ms: 10_000.0, ..WakePlan::default() };
        let (mut elapsed, mut poll) = (plan.pause_before(1), 1);
        while let Next::PollAfter(pause) = plan.next(poll, elapsed, CarState::Asleep) {
            elapsed += pause;
            poll += 1;
        }
        assert!(elapsed <= 10_000.0, "never waits past the timeout: {elapsed}");
        assert_eq!(plan.next(poll, elapsed, CarState::Asleep), Next::GiveUp);
    }
}
