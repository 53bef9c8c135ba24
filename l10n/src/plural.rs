//! CLDR plural rules for whole numbers, written by hand for the page's
//! languages (<https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>,
//! CLDR 46). The page counts only whole things (minutes, days, cars), so
//! the rules' decimal operands are always zero.

use serde::{Deserialize, Serialize};

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The category by its CLDR name (`one`, `other`…), as a Fluent variant key.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "zero" => Self::Zero,
            "one" => Self::One,
            "two" => Self::Two,
            "few" => Self::Few,
            "many" => Self::Many,
            "other" => Self::Other,
            _ => return None,
        })
    }

    /// The CLDR name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// English, German, Dutch, Norwegian Bokmål: `one` for 1.
pub const ONE_OTHER: &[PluralCategory] = &[PluralCategory::One, PluralCategory::Other];
/// French: `one` for 0 and 1, `many` for non-zero millions.
pub const ONE_MANY_OTHER: &[PluralCategory] =
    &[PluralCategory::One, PluralCategory::Many, PluralCategory::Other];
/// Chinese: one form.
pub const OTHER: &[PluralCategory] = &[PluralCategory::Other];

/// `one: i = 1 and v = 0` (en, de, nl; nb's `n = 1` is the same for whole numbers).
pub fn one_other(n: u64) -> PluralCategory {
    if n == 1 { PluralCategory::One } else { PluralCategory::Other }
}

/// `one: i = 0,1`; `many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0` (fr).
pub fn french(n: u64) -> PluralCategory {
    match n {
        0 | 1 => PluralCategory::One,
        n if n % 1_000_000 == 0 => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// No plural forms (zh).
pub fn other_only(_: u64) -> PluralCategory {
    PluralCategory::Other
}

#[cfg(test)]
mod tests {
    use super::PluralCategory::*;
    use super::*;
    use crate::LANGUAGES;

    #[test]
    fn each_language_follows_its_cldr_rule() {
        // CLDR's own examples for each category.
        let cases: &[(&str, &[(u64, PluralCategory)])] = &[
            ("en", &[(0, Other), (1, One), (2, Other), (21, Other), (100, Other)]),
            ("de", &[(0, Other), (1, One), (2, Other), (1000000, Other)]),
            ("nl", &[(0, Other), (1, One), (5, Other)]),
            ("nb", &[(0, Other), (1, One), (2, Other), (11, Other)]),
            (
                "fr",
                &[
                    (0, One),
                    (1, One),
                    (2, Other),
                    (17, Other),
                    (100, Other),
                    (1000000, Many),
                    (2000000, Many),
                    (1000001, Other),
                ],
            ),
            ("zh-Hans", &[(0, Other), (1, Other), (2, Other), (1000000, Other)]),
        ];
        for (tag, examples) in cases {
            let language = crate::Language::by_tag(tag).unwrap();
            for &(n, category) in *examples {
                assert_eq!((language.plural)(n), category, "{tag} {n}");
            }
        }
        assert_eq!(cases.len(), LANGUAGES.len(), "every language has examples");
    }

    #[test]
    fn a_rule_yields_only_its_languages_categories() {
        for language in LANGUAGES {
            for n in (0..2000).chain([1_000_000, 2_000_000, 10_000_000, u64::MAX]) {
                let category = (language.plural)(n);
                assert!(language.plural_categories.contains(&category), "{} {n} {category:?}", language.tag);
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for category in [Zero, One, Two, Few, Many, Other] {
            assert_eq!(PluralCategory::from_name(category.name()), Some(category));
        }
        assert_eq!(PluralCategory::from_name("plural"), None);
    }
}
