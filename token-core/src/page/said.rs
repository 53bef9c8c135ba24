//! What the page says, and where: a message beside the control that
//! caused it, a question before anything that cannot be undone.

use super::Event;
use crate::oauth::token::TokenSet;

/// Where on the page a message belongs: next to the control that caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Spot {
    /// Step 1, "Open Tesla login".
    Login,
    /// Step 2, "Get my tokens".
    Paste,
    /// Step 3, under "Your tokens": where tokens from a login are announced, because
    /// the steps that asked for them fold away when they arrive.
    Tokens,
    /// "Refresh now", beside the tokens.
    RefreshNow,
    /// "Already have a refresh token?"
    RefreshPasted,
    /// The inspector's "Refresh with this token".
    Inspector,
    /// "Your own app".
    Fleet,
    /// The relay setting.
    Relay,
    /// The direct-mode check.
    Direct,
    /// "Forget everything".
    Forget,
}

/// How a message reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something is under way.
    Working,
    /// It worked.
    Done,
    /// It did not; the text says what to do.
    Problem,
}

/// A message beside a control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How it reads.
    pub tone: Tone,
    /// What it says.
    pub text: String,
}

/// A question the page asks before it does something that cannot be undone.
#[derive(Debug)]
pub struct Question {
    /// Where it is asked: beside the control that would do it.
    pub(super) spot: Spot,
    /// What is asked.
    pub(super) text: String,
    /// What happens on "yes".
    pub(super) then: Box<Event>,
}

impl Question {
    /// The text of the question.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Beside which control it is asked.
    pub fn spot(&self) -> Spot {
        self.spot
    }
}

/// What a refresh did to the refresh token, in the owner's words.
pub fn refreshed(tokens: &TokenSet) -> &'static str {
    if tokens.refresh_kept {
        "A new access token is shown. Tesla sent no new refresh token: the one you used is still valid \
         and still the one to use."
    } else {
        "New tokens are shown. The refresh token you used is now spent: replace it with the new one \
         everywhere you use it."
    }
}

/// What to do while a relay from a link awaits an answer.
pub(super) const RELAY_QUESTION: &str =
    "First answer the relay question below: this page sends nothing to a relay you have not confirmed.";
