//! The steps a random sequence is made of, and how they are drawn.

use super::Field;
use proptest::prelude::*;

/// One thing the owner or the network does.
#[derive(Debug, Clone)]
pub(super) enum Step {
    Type(usize),
    Login(u8),
    Paste { login: usize, fresh_code: bool },
    PasteJunk,
    Answer { request: usize, outcome: Outcome },
    RefreshShown,
    RefreshPasted { inspector: bool },
    Fleet,
    FleetBack,
    RunApi,
    RefreshedByTask { request: usize },
    CancelApi,
    Probe,
    ChooseDirect(bool),
    SaveRelay,
    Forget,
    ForgetLogins,
    Confirm,
    Decline,
    Saved,
    Wait { minutes: u8 },
    Activity,
    ChooseIdle(Option<u8>),
}

/// How the network answers a request.
#[derive(Debug, Clone, Copy)]
pub(super) enum Outcome {
    Fine,
    Refused,
    Unreachable,
    Other,
}

/// What a request sent was for, so its answers can be made up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Sent {
    /// A token request that spends a code or a pasted token.
    Token,
    /// "Refresh now": the tokens shown rotate.
    Rotation,
    Probe,
    Health,
    Api,
}

pub(super) fn step() -> impl Strategy<Value = Step> {
    let outcome = prop_oneof![
        Just(Outcome::Fine),
        Just(Outcome::Refused),
        Just(Outcome::Unreachable),
        Just(Outcome::Other)
    ];
    prop_oneof![
        4 => (0..Field::ALL.len()).prop_map(Step::Type),
        3 => (1u8..4).prop_map(Step::Login),
        3 => (0usize..4, any::<bool>()).prop_map(|(login, fresh_code)| Step::Paste { login, fresh_code }),
        1 => Just(Step::PasteJunk),
        8 => (0usize..8, outcome).prop_map(|(request, outcome)| Step::Answer { request, outcome }),
        2 => Just(Step::RefreshShown),
        2 => any::<bool>().prop_map(|inspector| Step::RefreshPasted { inspector }),
        1 => Just(Step::Fleet),
        1 => Just(Step::FleetBack),
        1 => Just(Step::RunApi),
        1 => (0usize..8).prop_map(|request| Step::RefreshedByTask { request }),
        1 => Just(Step::CancelApi),
        1 => Just(Step::Probe),
        1 => any::<bool>().prop_map(Step::ChooseDirect),
        1 => Just(Step::SaveRelay),
        2 => Just(Step::Forget),
        1 => Just(Step::ForgetLogins),
        3 => Just(Step::Confirm),
        1 => Just(Step::Decline),
        2 => Just(Step::Saved),
        1 => (0u8..20).prop_map(|minutes| Step::Wait { minutes }),
        1 => Just(Step::Activity),
        1 => prop::option::of(1u8..20).prop_map(Step::ChooseIdle),
    ]
}
