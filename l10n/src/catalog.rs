//! A language's words as the page carries them, and the formatter.

use crate::Language;
use crate::plural::PluralCategory;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The id of the element that carries a page's code's words, its catalog
/// as JSON (`<script type="application/json" id="words">`): page-seal
/// writes it, the page's code reads it.
pub const WORDS_ID: &str = "words";

/// A part of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    /// Words, as they are.
    #[serde(rename = "t")]
    Text(String),
    /// A placeholder: the argument of this name (`{ $host }` in Fluent).
    #[serde(rename = "a")]
    Arg(String),
    /// The case for the CLDR plural category of the count argument named
    /// first; every language's cases end with `other`, the default.
    #[serde(rename = "p")]
    Plural(String, Vec<(PluralCategory, Vec<Piece>)>),
}

/// An argument of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text put in as it is (a host name, an error code).
    Text(&'a str),
    /// A whole number: chooses plural cases, and is written as the
    /// language writes numbers.
    Count(u64),
}

/// One language's messages by key (Fluent message id; an attribute is
/// `id.attribute`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    /// The language's tag ([`Language::tag`]).
    pub language: String,
    /// Each message's pieces.
    pub messages: BTreeMap<String, Vec<Piece>>,
}

impl Catalog {
    /// Reads a catalog the build wrote; `None` if `json` is not one or
    /// names a language the page does not have.
    pub fn from_json(json: &str) -> Option<Self> {
        let catalog: Self = serde_json::from_str(json).ok()?;
        Language::by_tag(&catalog.language)?;
        Some(catalog)
    }

    /// The catalog as the page carries it: JSON that is safe inside a
    /// `<script type="application/json">`: no `<`, `>` or `&` at all (each
    /// written `\u003c`…, which only strings can hold), so nothing in it can
    /// end the element or change how the HTML parser reads it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_default()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }

    /// The catalog's language.
    pub fn language(&self) -> &'static Language {
        Language::by_tag(&self.language).unwrap_or(Language::english())
    }

    /// Whether the catalog has a message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// The message `key` with `args` put in, counts written by `number`
    /// (the page passes the browser's `Intl.NumberFormat`). A key the
    /// catalog lacks comes back as the key itself and an argument not given
    /// as `{name}`, so nothing fails and the gap shows; the build's checks
    /// keep both from happening.
    pub fn format(&self, key: &str, args: &[(&str, Arg)], number: &dyn Fn(u64) -> String) -> String {
        let Some(pieces) = self.messages.get(key) else { return key.to_owned() };
        let mut out = String::new();
        self.write(pieces, args, number, &mut out);
        out
    }

    fn write(
        &self,
        pieces: &[Piece],
        args: &[(&str, Arg)],
        number: &dyn Fn(u64) -> String,
        out: &mut String,
    ) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, arg)| *arg);
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Arg(name) => match arg(name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Count(n)) => out.push_str(&number(n)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Plural(name, cases) => {
                    let category = match arg(name) {
                        Some(Arg::Count(n)) => (self.language().plural)(n),
                        _ => PluralCategory::Other,
                    };
                    let case = cases
                        .iter()
                        .find(|(c, _)| *c == category)
                        .or_else(|| cases.iter().find(|(c, _)| *c == PluralCategory::Other));
                    if let Some((_, pieces)) = case {
                        self.write(pieces, args, number, out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(language: &str) -> Catalog {
        let plural = Piece::Plural(
            "n".into(),
            vec![
                (PluralCategory::One, vec![Piece::Text("one car".into())]),
                (PluralCategory::Other, vec![Piece::Arg("n".into()), Piece::Text(" cars".into())]),
            ],
        );
        let messages = [
            ("hello".to_owned(), vec![Piece::Text("Hi ".into()), Piece::Arg("who".into())]),
            ("cars".to_owned(), vec![plural]),
        ];
        Catalog { language: language.into(), messages: messages.into_iter().collect() }
    }

    #[test]
    fn arguments_and_plurals_are_put_in() {
        let plain = |n: u64| n.to_string();
        let en = catalog("en");
        assert_eq!(en.format("hello", &[("who", Arg::Text("Ann"))], &plain), "Hi Ann");
        assert_eq!(en.format("cars", &[("n", Arg::Count(1))], &plain), "one car");
        assert_eq!(en.format("cars", &[("n", Arg::Count(0))], &plain), "0 cars");
        assert_eq!(catalog("fr").format("cars", &[("n", Arg::Count(0))], &plain), "one car");
        let grouped = |n: u64| format!("{n}.000");
        assert_eq!(en.format("cars", &[("n", Arg::Count(3))], &grouped), "3.000 cars");
    }

    #[test]
    fn gaps_show_and_never_fail() {
        let en = catalog("en");
        assert_eq!(en.format("missing", &[], &|n| n.to_string()), "missing");
        assert_eq!(en.format("hello", &[], &|n| n.to_string()), "Hi {who}");
        assert_eq!(en.format("cars", &[], &|n| n.to_string()), "{n} cars");
    }

    #[test]
    fn the_page_carries_json_that_cannot_close_its_script() {
        let mut en = catalog("en");
        en.messages.insert("tag".into(), vec![Piece::Text("</script><!--<script> &amp;".into())]);
        let json = en.to_json();
        assert!(!json.contains(['<', '>', '&']), "{json}");
        assert_eq!(Catalog::from_json(&json), Some(en));
        assert_eq!(Catalog::from_json("{\"language\":\"xx\",\"messages\":{}}"), None);
        assert_eq!(Catalog::from_json("not json"), None);
    }
}
