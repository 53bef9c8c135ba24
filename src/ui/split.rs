//! A message with elements inside it (a `<code>` command in a sentence):
//! the catalog's sentence is formatted with a mark where each element goes,
//! then cut there, so each language orders the sentence its own way.

/// A sentence cut at its marks.
pub struct Around(Vec<String>);

impl Around {
    /// What stands for an element in the sentence (a private-use
    /// character, which no catalog and no typed text contains).
    pub const MARK: &str = "\u{E000}";

    /// `sentence` cut at each [`Around::MARK`].
    pub fn new(sentence: String) -> Self {
        Self(sentence.split(Self::MARK).map(str::to_owned).collect())
    }

    /// The text before element `n` (or after the last, for `n` = their count).
    pub fn part(&self, n: usize) -> String {
        self.0.get(n).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_cut_where_its_elements_go() {
        let around = Around::new(format!("Run {} then {}.", Around::MARK, Around::MARK));
        assert_eq!(
            [around.part(0), around.part(1), around.part(2), around.part(3)],
            ["Run ", " then ", ".", ""]
        );
    }
}
