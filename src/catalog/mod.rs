//! Every word the owner reads that the code shows: one function per kind of
//! typed value the core hands the view (`token_core` speaks in types, never
//! in sentences), each choosing a message of the page's catalog by its key
//! ([`words`]) and putting in its data.
//!
//! The messages are in `i18n/<tag>.ftl`, one Fluent file per language; each
//! language's page carries its own as JSON (`page-seal`), and [`load`] reads
//! it, so one wasm speaks every language.
//!
//! - [`oauth`]: the login, the paste, token answers, refresh, your own app,
//!   relay settings.
//! - [`owner_api`]: using the token: calls, answers, the timeline.
//! - [`display`]: claims, exports, durations, this copy, the browser help.
//! - [`page`]: the page's own messages and questions.
//! - [`this_copy`]: "This copy" and how to verify it.

pub mod display;
pub mod oauth;
pub mod owner_api;
pub mod page;
pub mod this_copy;

/// The key of every message, with its English text as the constant's doc
/// (written by `build.rs` from `i18n/en.ftl`). Name a key by its constant:
/// page-seal puts a message the page's HTML shows into the code's words
/// only when the code names its constant.
pub mod words {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}

use l10n::{Arg, Catalog, Language};
use std::cell::RefCell;

thread_local! {
    /// The page's catalog, read once at start ([`load`]); until then the
    /// fallback (English in native tests, none in the page).
    static CATALOG: RefCell<Option<Catalog>> = RefCell::new(fallback());
}

/// Reads the page's catalog from the JSON its page carries (see
/// `page-seal`); `json` that is not a catalog leaves the words as keys.
pub fn load(json: &str) {
    CATALOG.with(|catalog| *catalog.borrow_mut() = Catalog::from_json(json).or_else(fallback));
}

/// The language the page speaks (English until [`load`]).
pub fn language() -> &'static Language {
    CATALOG.with(|catalog| catalog.borrow().as_ref().map_or(Language::english(), Catalog::language))
}

/// `path` (this page's, `/repo/de/` or `/repo/de/index.html`) without the
/// file and the page's language folder (`/repo/`): the address every
/// language's page shares.
pub fn shared_path(path: &str) -> &str {
    let folder = path.strip_suffix("index.html").unwrap_or(path);
    folder.strip_suffix(language().folder).unwrap_or(folder)
}

/// This page's address with [`shared_path`]'s path, e.g.
/// `https://me.github.io/repo/`; `None` outside a browser.
pub fn shared_page_url() -> Option<url::Url> {
    let mut url = crate::browser::page_url()?;
    let path = url.path().to_owned();
    url.set_path(shared_path(&path));
    Some(url)
}

/// The message `key` (a [`words`] constant).
pub fn say(key: &str) -> String {
    say_with(key, &[])
}

/// The message `key` with `args` put in; counts are written the page's
/// language's way.
pub fn say_with(key: &str, args: &[(&str, Arg)]) -> String {
    CATALOG.with(|catalog| match catalog.borrow().as_ref() {
        Some(catalog) => catalog.format(key, args, &number),
        None => key.to_owned(),
    })
}

/// Two sentences (or runs of sentences) one after the other, as the page's
/// language joins them.
pub fn sentences(first: &str, second: &str) -> String {
    say_with(words::SENTENCE_THEN_SENTENCE, &[("first", Arg::Text(first)), ("second", Arg::Text(second))])
}

/// A whole number as the page's language writes it.
fn number(n: u64) -> String {
    decimal(n as f64, 0)
}

/// `value` with `digits` decimals, as the page's language writes numbers
/// (the browser's `Intl`: "21,5" in German, "1 234" in French).
#[cfg(target_arch = "wasm32")]
pub fn decimal(value: f64, digits: u32) -> String {
    crate::browser::format_number(value, digits, language().tag)
        .unwrap_or_else(|| format!("{value:.*}", digits as usize))
}

/// Natively (tests), as English writes numbers without grouping.
#[cfg(not(target_arch = "wasm32"))]
pub fn decimal(value: f64, digits: u32) -> String {
    format!("{value:.*}", digits as usize)
}

/// Native tests read English from its Fluent file; the page has no fallback
/// (its catalog always comes with it).
#[cfg(test)]
fn fallback() -> Option<Catalog> {
    l10n::compile::compile("en", include_str!("../../i18n/en.ftl")).ok()
}

#[cfg(not(test))]
fn fallback() -> Option<Catalog> {
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_languages_page_shares_the_address_without_file_and_folder() {
        // English (the test catalog) has no folder: only the file goes.
        assert_eq!(super::shared_path("/repo/"), "/repo/");
        assert_eq!(super::shared_path("/repo/index.html"), "/repo/");
        assert_eq!(super::shared_path("/index.html"), "/");
    }
}
