//! What the owner typed into the boxes a part owns: held by that part, so
//! that a forget, which wipes the part, wipes what was typed with it.

use super::event::Field;

/// The boxes a part owns, each with its text.
#[derive(Debug, Clone)]
pub(super) struct Typed(Vec<(Field, String)>);

impl Typed {
    /// The boxes `fields`, each starting with its text.
    pub(super) fn holding(fields: &[(Field, &str)]) -> Self {
        Self(fields.iter().map(|(field, text)| (*field, (*text).to_owned())).collect())
    }

    /// What is in `field`, if it is one of these boxes.
    pub(super) fn get(&self, field: Field) -> Option<&str> {
        self.0.iter().find(|(held, _)| *held == field).map(|(_, text)| text.as_str())
    }

    /// What is in `field`; empty if it is none of these boxes.
    pub(super) fn text(&self, field: Field) -> &str {
        self.get(field).unwrap_or_default()
    }

    /// Puts `text` in `field`; hands `text` back if it is none of these boxes.
    pub(super) fn set(&mut self, field: Field, text: String) -> Result<(), String> {
        match self.0.iter_mut().find(|(held, _)| *held == field) {
            Some((_, held)) => {
                *held = text;
                Ok(())
            }
            None => Err(text),
        }
    }

    /// Empties `field` (its code or token was spent).
    pub(super) fn clear(&mut self, field: Field) {
        let _ = self.set(field, String::new());
    }
}
