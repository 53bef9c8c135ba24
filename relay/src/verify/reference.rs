//! The release's page: the `page/` folder beside this binary (as release
//! archives ship it), or a folder given with `--page`; in the language of
//! the address checked (`…/de/` is compared with the release's `de/index.html`).

use super::html;
use super::verdict::{File, Page};
use l10n::Language;
use std::path::{Path, PathBuf};
use url::Url;

/// Why the release's page cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read the page to compare with in {dir}: {reason} (give one with --page DIR)")]
pub struct ReferenceError {
    /// The folder.
    pub dir: String,
    /// What went wrong.
    pub reason: String,
}

/// `page/` beside the running binary.
pub fn beside_binary() -> Option<PathBuf> {
    Some(std::env::current_exe().ok()?.parent()?.join("page"))
}

/// The language of the page at `page_url`, a page built for the folder
/// `built_for` (`""` or `/repo`, [`html::Declared::folder`]): the one whose
/// folder the address is in (`/repo/de/`, `/repo/de/index.html`), English
/// (the root) for any other.
pub fn language_at(page_url: &Url, built_for: &str) -> &'static Language {
    let below = page_url.path().strip_prefix(built_for).and_then(|rest| rest.strip_prefix('/'));
    let folder = below.map(|rest| rest.strip_suffix("index.html").unwrap_or(rest));
    folder
        .and_then(|folder| folder.strip_suffix('/'))
        .and_then(Language::by_folder)
        .unwrap_or(Language::english())
}

/// Reads `language`'s page in `dir` (`index.html`, `de/index.html`) and
/// each file it loads from `dir`, taking those of `already_read` (another
/// page's files of `dir`: every language loads the same code) as they are.
pub fn read(dir: &Path, language: &Language, mut already_read: Vec<File>) -> Result<Page, ReferenceError> {
    let fail = |reason: String| ReferenceError { dir: dir.display().to_string(), reason };
    let html_file = language.page_file();
    let html =
        std::fs::read_to_string(dir.join(&html_file)).map_err(|e| fail(format!("{html_file}: {e}")))?;
    let declared = html::read(&html).map_err(|e| fail(e.to_string()))?;
    let mut files = Vec::new();
    for loaded in &declared.files {
        let path = loaded.href.split(['?', '#']).next().unwrap_or_default();
        let name = path.rsplit('/').next().unwrap_or_default();
        if name.is_empty() || name.starts_with('.') {
            return Err(fail(format!("{html_file} loads {:?}, not a file in the folder", loaded.href)));
        }
        let bytes = match already_read.iter().position(|file| file.name == name) {
            Some(index) => already_read.swap_remove(index).bytes,
            None => std::fs::read(dir.join(name)).map_err(|e| fail(format!("{name}: {e}")))?,
        };
        files.push(File { name: name.to_owned(), integrity: loaded.integrity.clone(), bytes });
    }
    Ok(Page { declared, files, served_headers: Vec::new(), served_as: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_in_a_languages_folder_is_that_languages_page() {
        let tag = |address: &str, built_for: &str| language_at(&Url::parse(address).unwrap(), built_for).tag;
        assert_eq!(tag("https://me.github.io/repo/", "/repo"), "en");
        assert_eq!(tag("https://me.github.io/repo/index.html", "/repo"), "en");
        assert_eq!(tag("https://me.github.io/repo/de/", "/repo"), "de");
        assert_eq!(tag("https://me.github.io/repo/zh-Hans/index.html", "/repo"), "zh-Hans");
        assert_eq!(tag("http://127.0.0.1:8787/nb/", ""), "nb");
        assert_eq!(tag("http://127.0.0.1:8787/", ""), "en");
        // Only below the folder the page is built for, and only a language's folder.
        assert_eq!(tag("https://me.github.io/de/", "/repo"), "en");
        assert_eq!(tag("https://me.github.io/repo/xx/", "/repo"), "en");
        assert_eq!(tag("https://me.github.io/repo/de/x/", "/repo"), "en");
    }
}
