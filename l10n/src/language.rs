//! The languages the page is built in.

use crate::plural::{self, PluralCategory};

/// One language of the page.
#[derive(Debug, Clone, Copy)]
pub struct Language {
    /// BCP 47 tag, as in `lang` and `hreflang`: `en`, `de`, `zh-Hans`. The
    /// catalog is `i18n/<tag>.ftl`.
    pub tag: &'static str,
    /// The page's folder, `""` for the root (English) or `"de/"`.
    pub folder: &'static str,
    /// The language's name in itself, as the language list shows it.
    pub name: &'static str,
    /// The `locale` Tesla's login page takes for this language. Its line in
    /// [`LANGUAGES`] says whether it was seen on Tesla's own sites or
    /// inferred (see `docs/PROTOCOL.md`, "Login languages").
    pub tesla_locale: &'static str,
    /// The CLDR plural category of a whole number `n`.
    pub plural: fn(u64) -> PluralCategory,
    /// The plural categories the language uses, the cases a plural message must have.
    pub plural_categories: &'static [PluralCategory],
}

/// Every language, English (the reference, at the root) first. One line per language.
#[rustfmt::skip]
pub const LANGUAGES: &[Language] = &[
    Language { tag: "en", folder: "", name: "English", tesla_locale: "en-US", plural: plural::one_other, plural_categories: plural::ONE_OTHER }, // tesla_locale seen on Tesla's sites
    Language { tag: "de", folder: "de/", name: "Deutsch", tesla_locale: "de-DE", plural: plural::one_other, plural_categories: plural::ONE_OTHER }, // tesla_locale seen on Tesla's sites
    Language { tag: "nl", folder: "nl/", name: "Nederlands", tesla_locale: "nl-NL", plural: plural::one_other, plural_categories: plural::ONE_OTHER }, // tesla_locale seen on Tesla's sites
    Language { tag: "nb", folder: "nb/", name: "Norsk bokmål", tesla_locale: "no-NO", plural: plural::one_other, plural_categories: plural::ONE_OTHER }, // tesla_locale inferred, not seen
    Language { tag: "fr", folder: "fr/", name: "Français", tesla_locale: "fr-FR", plural: plural::french, plural_categories: plural::ONE_MANY_OTHER }, // tesla_locale inferred, not seen
    Language { tag: "zh-Hans", folder: "zh-Hans/", name: "简体中文", tesla_locale: "zh-CN", plural: plural::other_only, plural_categories: plural::OTHER }, // tesla_locale seen on Tesla's sites
];

/// Languages are one by their tag.
impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag
    }
}

impl Eq for Language {}

impl Language {
    /// The language with this exact tag.
    pub fn by_tag(tag: &str) -> Option<&'static Language> {
        LANGUAGES.iter().find(|language| language.tag == tag)
    }

    /// The language whose page is in the folder named `name` (`de`,
    /// `zh-Hans`: a path segment, no slash); English, at the root, is in none.
    pub fn by_folder(name: &str) -> Option<&'static Language> {
        LANGUAGES.iter().find(|language| language.folder.strip_suffix('/') == Some(name))
    }

    /// The path of the language's page from the site's root: `index.html`, `de/index.html`.
    pub fn page_file(&self) -> String {
        format!("{}index.html", self.folder)
    }

    /// The reference language, English.
    pub fn english() -> &'static Language {
        &LANGUAGES[0]
    }

    /// The first of `preferred` (the browser's languages, most wanted first,
    /// such as `["de-AT", "en"]`) that the page has: an exact tag, or the
    /// same primary language (`de-AT` → `de`; `zh-CN`, `zh-SG` and `zh-Hans-*`
    /// → `zh-Hans`; `no` and `nn` → `nb`, which Norwegian readers read).
    pub fn preferred<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<&'static Language> {
        preferred.into_iter().find_map(|wanted| {
            let wanted = wanted.to_ascii_lowercase();
            let primary = wanted.split(['-', '_']).next().unwrap_or_default();
            LANGUAGES.iter().find(|language| {
                let tag = language.tag.to_ascii_lowercase();
                tag == wanted
                    || match primary {
                        "zh" => {
                            tag == "zh-hans"
                                && !["zh-hant", "zh-tw", "zh-hk", "zh-mo"]
                                    .iter()
                                    .any(|t| wanted.starts_with(t))
                        }
                        "no" | "nn" => tag == "nb",
                        _ => tag == primary,
                    }
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_folders_are_unique_and_english_is_the_root() {
        assert_eq!(Language::english().tag, "en");
        assert_eq!(Language::english().folder, "");
        for language in &LANGUAGES[1..] {
            assert_eq!(language.folder, format!("{}/", language.tag));
        }
        let mut tags: Vec<_> = LANGUAGES.iter().map(|l| l.tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), LANGUAGES.len());
    }

    #[test]
    fn a_language_is_found_by_its_folder_and_its_page_is_in_it() {
        for language in &LANGUAGES[1..] {
            assert_eq!(Language::by_folder(language.tag), Some(language));
        }
        for not_a_folder in ["", "de/", "/de", "xx", "DE", "zh-hans", "en"] {
            assert_eq!(Language::by_folder(not_a_folder), None, "{not_a_folder:?}");
        }
        assert_eq!(Language::english().page_file(), "index.html");
        assert_eq!(Language::by_tag("zh-Hans").unwrap().page_file(), "zh-Hans/index.html");
    }

    #[test]
    fn the_browsers_languages_find_the_closest_page() {
        let tag = |wanted: &[&str]| Language::preferred(wanted.iter().copied()).map(|l| l.tag);
        assert_eq!(tag(&["de-AT", "en"]), Some("de"));
        assert_eq!(tag(&["es", "fr-CA"]), Some("fr"));
        assert_eq!(tag(&["zh-CN"]), Some("zh-Hans"));
        assert_eq!(tag(&["zh-Hans-SG"]), Some("zh-Hans"));
        assert_eq!(tag(&["zh-TW"]), None, "traditional Chinese readers are not sent to simplified");
        assert_eq!(tag(&["nn-NO"]), Some("nb"));
        assert_eq!(tag(&["no"]), Some("nb"));
        assert_eq!(tag(&["EN-gb"]), Some("en"));
        assert_eq!(tag(&["ja", "ko"]), None);
        assert_eq!(tag(&[]), None);
    }
}
