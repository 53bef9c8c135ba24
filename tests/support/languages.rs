//! The page in each of its languages (`l10n::LANGUAGES`): where each one's
//! page is, opening it, and what its catalog says, so that a test expects
//! a language's words without writing them down.

use super::Stack;
use l10n::{Catalog, Language};
use serde_json::json;

/// `language`'s catalog, read from `i18n/<tag>.ftl` as the build reads it.
pub fn catalog(language: &Language) -> Catalog {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{}.ftl", language.tag));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    l10n::compile::compile(language.tag, &source)
        .unwrap_or_else(|errors| panic!("i18n/{}.ftl: {errors:?}", language.tag))
}

/// What `language`'s catalog says for `key` (a message without arguments),
/// markup and all.
pub fn says(language: &Language, key: &str) -> String {
    let catalog = catalog(language);
    assert!(catalog.has(key), "i18n/{}.ftl has no {key}", language.tag);
    catalog.format(key, &[], &|n| n.to_string())
}

/// Every language but `language`.
pub fn others(language: &Language) -> impl Iterator<Item = &'static Language> + '_ {
    l10n::LANGUAGES.iter().filter(move |other| *other != language)
}

impl Stack {
    /// The address of `language`'s page: `{page_url}de/`.
    pub fn page_url_in(&self, language: &Language) -> String {
        format!("{}{}", self.page_url, language.folder)
    }

    /// Opens `language`'s page with `query` (e.g. `?relay=…`), waits until
    /// it runs, and checks that it is that language's page.
    pub async fn open_page_in(&self, language: &Language, query: &str) {
        self.browser.goto(&format!("{}{query}", self.page_url_in(language))).await.unwrap();
        self.wait_for("#start-login").await;
        self.assert_page_in(language).await;
    }

    /// Asserts that the page shown is `language`'s: its `<html lang>` and address.
    pub async fn assert_page_in(&self, language: &Language) {
        let shown =
            self.js("return [document.documentElement.lang, location.origin + location.pathname];").await;
        assert_eq!(shown, json!([language.tag, self.page_url_in(language)]), "{}'s page", language.name);
    }
}
