//! A message with elements inside it (a `<code>` command in a sentence): the
//! catalog's sentence is formatted with a mark of its own where each element
//! goes, then cut there, so each language orders the sentence, and the
//! elements in it, its own way.

use crate::catalog::say_with;
use l10n::Arg;
use leptos::prelude::*;

/// The first of the marks that stand for elements: private-use characters,
/// which no catalog and no typed text contains.
const FIRST_MARK: u32 = 0xE000;

/// A piece of a cut sentence.
#[derive(Debug, PartialEq, Eq)]
enum Cut {
    /// Words.
    Text(String),
    /// Where element `n` (of those given) goes.
    Element(usize),
}

/// The sentence of `key` with each of `elements` (a placeholder's name and
/// the element shown there) where that language puts it. An element the
/// sentence does not name is left out; the catalog check refuses such a
/// translation.
pub fn sentence(key: &str, elements: Vec<(&str, AnyView)>) -> Vec<AnyView> {
    let marks: Vec<String> = (0..elements.len()).map(mark).collect();
    let args: Vec<(&str, Arg)> =
        elements.iter().zip(&marks).map(|((name, _), mark)| (*name, Arg::Text(mark))).collect();
    let said = say_with(key, &args);
    let mut views: Vec<Option<AnyView>> = elements.into_iter().map(|(_, view)| Some(view)).collect();
    cut(&said, views.len())
        .into_iter()
        .filter_map(|piece| match piece {
            Cut::Text(text) => Some(text.into_any()),
            Cut::Element(n) => views[n].take(),
        })
        .collect()
}

/// The mark that stands for element `n`.
fn mark(n: usize) -> String {
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    char::from_u32(FIRST_MARK.saturating_add(n)).map(String::from).unwrap_or_default()
}

/// `sentence` cut at the marks of elements `0..count`, in the sentence's order.
fn cut(sentence: &str, count: usize) -> Vec<Cut> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    for c in sentence.chars() {
        match (c as u32).checked_sub(FIRST_MARK).map(|n| n as usize).filter(|n| *n < count) {
            Some(n) => {
                pieces.push(Cut::Text(std::mem::take(&mut text)));
                pieces.push(Cut::Element(n));
            }
            None => text.push(c),
        }
    }
    pieces.push(Cut::Text(text));
    pieces.retain(|piece| *piece != Cut::Text(String::new()));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_cut_where_its_elements_go() {
        let sentence = format!("Run {} then {}.", mark(0), mark(1));
        assert_eq!(
            cut(&sentence, 2),
            [
                Cut::Text("Run ".into()),
                Cut::Element(0),
                Cut::Text(" then ".into()),
                Cut::Element(1),
                Cut::Text(".".into())
            ]
        );
    }

    #[test]
    fn a_language_that_turns_the_sentence_around_gets_each_element_in_its_place() {
        // Found in review: every element had the same mark, so a translation
        // naming the address before the host showed the host as the address.
        let sentence = format!("{} an {} senden?", mark(1), mark(0));
        assert_eq!(
            cut(&sentence, 2),
            [Cut::Element(1), Cut::Text(" an ".into()), Cut::Element(0), Cut::Text(" senden?".into())]
        );
    }

    #[test]
    fn only_the_marks_of_given_elements_cut() {
        let sentence = format!("a{}b", mark(3));
        assert_eq!(cut(&sentence, 2), [Cut::Text(sentence.clone())]);
    }
}
