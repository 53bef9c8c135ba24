//! Makes each language's page from the one template Trunk built
//! (`index.html`) and that language's catalog (`i18n/<tag>.ftl`).
//!
//! Every element with `data-l10n-id` gets its message (HTML from our own
//! catalogs, whose markup the check holds to English's); `<html lang>` is
//! set; the list of languages, `<link rel="alternate" hreflang>` for each
//! and the offers of the others are written; and the words the code shows
//! go in as JSON (`<script type="application/json" id="words">`), so one
//! wasm speaks every language. Read by lol_html, never by string search.

use l10n::check::{Problem, check};
use l10n::compile::{compile, key_const};
use l10n::{Catalog, LANGUAGES, Language, WORDS_ID};
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;

/// The messages this step writes itself (the list and the offers).
const SEAL_KEYS: &[&str] = &["languages-label", "language-offer"];

/// The template and every language's catalog, checked against each other
/// ([`catalogs`]): what [`page`] makes each language's page from.
#[derive(Debug)]
pub struct Catalogs {
    template: String,
    catalogs: Vec<Catalog>,
    /// The keys of the words the code shows ([`code_keys`]), worked out once.
    code_keys: BTreeSet<String>,
}

impl Catalogs {
    /// One catalog per language, in [`LANGUAGES`] order.
    pub fn by_language(&self) -> &[Catalog] {
        &self.catalogs
    }
}

/// Every language's catalog, read and checked: each translation against
/// English, and English against the template (every `data-l10n-id` it
/// uses). `code` is the page's Rust source ([`rust_source`]), where the
/// code names the keys it shows; `source(tag)` is the text of
/// `i18n/<tag>.ftl`.
pub fn catalogs(
    template: &str,
    code: &str,
    source: impl Fn(&str) -> Result<String, String>,
) -> Result<Catalogs, Vec<String>> {
    let mut problems = Vec::new();
    let mut catalogs = Vec::new();
    for language in LANGUAGES {
        match source(language.tag) {
            Err(error) => problems.push(format!("i18n/{}.ftl: {error}", language.tag)),
            Ok(text) => match compile(language.tag, &text) {
                Ok(catalog) => catalogs.push(catalog),
                Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
            },
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let english = &catalogs[0];
    for catalog in &catalogs {
        problems.extend(check(english, catalog).iter().map(Problem::to_string));
    }
    let template_keys = template_keys(template).map_err(|e| vec![e])?;
    for key in &template_keys {
        if !english.has(key) {
            problems.push(format!("i18n/en.ftl, {key}: missing (index.html uses it)"));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let code_keys = code_keys(&template_keys, english, code);
    Ok(Catalogs { template: template.to_owned(), catalogs, code_keys })
}

/// The `data-l10n-id`s the template uses.
fn template_keys(template: &str) -> Result<BTreeSet<String>, String> {
    let keys = RefCell::new(BTreeSet::new());
    let settings = RewriteStrSettings {
        element_content_handlers: vec![element!("[data-l10n-id]", |el| {
            keys.borrow_mut().extend(el.get_attribute("data-l10n-id"));
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    rewrite_str(template, settings).map_err(|e| format!("index.html: {e}"))?;
    Ok(keys.into_inner())
}

/// The keys of the words the code shows, which every page carries as JSON:
/// every message of `english` but those only the page's HTML shows. One the
/// HTML shows (a `data-l10n-id` of the template, or this step's own) is the
/// code's too when `code` names its constant ([`key_const`]: the build
/// script writes one for every key, and the code names keys only by them),
/// so the page and the code share one message. `code` is searched for the
/// name as a word: a mention that is no use (a comment) only adds a message.
/// Every catalog has the same keys.
fn code_keys(template_keys: &BTreeSet<String>, english: &Catalog, code: &str) -> BTreeSet<String> {
    let named: HashSet<&str> = code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).collect();
    english
        .messages
        .keys()
        .filter(|key| {
            let id = key.split('.').next().unwrap_or_default();
            let in_html = template_keys.contains(id) || SEAL_KEYS.contains(&id);
            !in_html || named.contains(key_const(key).as_str())
        })
        .cloned()
        .collect()
}

/// The text of every Rust file under `folder` (the page's `src/`): the
/// `code` of [`catalogs`].
pub fn rust_source(folder: &Path) -> Result<String, String> {
    let mut text = String::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", folder.display()))?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                text += &std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                text.push('\n');
            }
        }
    }
    Ok(text)
}

/// The relative address of `to`'s page from `from`'s (`./`, `de/`, `../`, `../nl/`).
pub fn link(from: &Language, to: &Language) -> String {
    if from == to {
        return "./".into();
    }
    let up = if from.folder.is_empty() { "./" } else { "../" };
    format!("{up}{}", to.folder)
}

/// The page of the language of `catalogs.by_language()[index]`, in which it
/// also offers every other language. The checks of [`catalogs`] leave it no
/// key to miss.
pub fn page(catalogs: &Catalogs, index: usize) -> Result<String, String> {
    let catalog = &catalogs.catalogs[index];
    let language = catalog.language();
    let words = |key: &str| catalog.format(key, &[], &|n| n.to_string());
    let code_words = Catalog {
        language: catalog.language.clone(),
        messages: catalog
            .messages
            .iter()
            .filter(|(key, _)| catalogs.code_keys.contains(*key))
            .map(|(k, p)| (k.clone(), p.clone()))
            .collect(),
    };
    let alternates: String = LANGUAGES
        .iter()
        .map(|other| {
            format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", other.tag, link(language, other))
        })
        .chain([format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
            link(language, &LANGUAGES[0])
        )])
        .collect();
    let list: String = LANGUAGES
        .iter()
        .map(|other| {
            // Screen readers say "current page" for it.
            let current = if other == language { " aria-current=\"page\"" } else { "" };
            format!(
                "<li><a href=\"{}\" lang=\"{}\" hreflang=\"{}\"{current}>{}</a></li>",
                link(language, other),
                other.tag,
                other.tag,
                other.name
            )
        })
        .collect();
    let offers: String = catalogs
        .catalogs
        .iter()
        .filter(|other| other.language != catalog.language)
        .map(|other| {
            let to = other.language();
            let anchor = format!("<a href=\"{}\" hreflang=\"{}\">", link(language, to), to.tag);
            let offer = other.format("language-offer", &[], &|n| n.to_string()).replace("<a>", &anchor);
            format!(
                "<p class=\"banner quiet\" lang=\"{}\" data-offer=\"{}\" hidden>{offer}</p>",
                to.tag, to.tag
            )
        })
        .collect();
    let words_placed = RefCell::new(false);
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!("html", |el| {
                el.set_attribute("lang", language.tag)?;
                Ok(())
            }),
            // After the title, in the head: a minified page has no `<head>` tag to find.
            element!("title", |el| {
                el.after(&alternates, ContentType::Html);
                Ok(())
            }),
            // Last in the body, after the text a reader sees first: the code
            // (a module script, run once the page is read) needs it only then.
            element!("noscript", |el| {
                let script = format!(
                    "<script type=\"application/json\" id=\"{WORDS_ID}\">{}</script>",
                    code_words.to_json()
                );
                el.after(&script, ContentType::Html);
                *words_placed.borrow_mut() = true;
                Ok(())
            }),
            element!("[data-languages]", |el| {
                el.remove_attribute("data-languages");
                el.set_attribute("aria-label", &words("languages-label"))?;
                el.set_inner_content(&format!("<ul>{list}</ul>"), ContentType::Html);
                Ok(())
            }),
            element!("[data-language-offers]", |el| {
                el.remove_attribute("data-language-offers");
                el.set_inner_content(&offers, ContentType::Html);
                Ok(())
            }),
            element!("[data-l10n-id]", |el| {
                let key = el.get_attribute("data-l10n-id").unwrap_or_default();
                el.remove_attribute("data-l10n-id");
                // A title is text only; everywhere else the catalog's markup stays.
                let kind = if el.tag_name() == "title" { ContentType::Text } else { ContentType::Html };
                el.set_inner_content(&words(&key), kind);
                for attribute in ["title", "aria-label", "placeholder"] {
                    let attribute_key = format!("{key}.{attribute}");
                    if catalog.has(&attribute_key) {
                        el.set_attribute(attribute, &words(&attribute_key))?;
                    }
                }
                Ok(())
            }),
        ],
        ..RewriteStrSettings::new()
    };
    let page = rewrite_str(&catalogs.template, settings).map_err(|e| format!("{}: {e}", language.tag))?;
    if words_placed.into_inner() {
        Ok(page)
    } else {
        Err("index.html has no <noscript> to put the code's words after".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title data-l10n-id=page-title></title>\
        <body><nav data-languages></nav><div data-language-offers></div><h1 data-l10n-id=page-title></h1>\
        <p data-l10n-id=lead></p><noscript data-l10n-id=lead></noscript></body></html>";

    fn source(tag: &str) -> Result<String, String> {
        let lead = if tag == "de" { "Melden Sie sich <b>an</b>" } else { "Log <b>in</b> & more" };
        let title = if tag == "de" { "Ihre Tokens" } else { "Your tokens & co" };
        let offer =
            if tag == "de" { "Diese Seite gibt es auf <a>Deutsch</a>." } else { "Also in <a>English</a>." };
        let count = match tag {
            "fr" => "{ $n ->\n [one] x\n [many] x\n *[other] x\n}",
            "zh-Hans" => "{ $n ->\n *[other] x\n}",
            _ => "{ $n ->\n [one] x\n *[other] x\n}",
        };
        Ok(format!(
            "page-title = {title}\nlead = {lead}\nlanguage-offer = {offer}\n\
             languages-label = Languages\ncount = {count}\n"
        ))
    }

    #[test]
    fn each_page_is_in_its_language_with_the_others_listed_and_offered() {
        let catalogs = catalogs(TEMPLATE, "", source).unwrap();
        let german = page(&catalogs, 1).unwrap();
        assert!(german.contains("<html lang=\"de\">"), "{german}");
        assert!(german.contains("<title>Ihre Tokens</title>"), "{german}");
        assert!(german.contains("<p>Melden Sie sich <b>an</b></p>"), "{german}");
        assert!(german.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../\">"), "{german}");
        assert!(
            german.contains("<a href=\"../zh-Hans/\" lang=\"zh-Hans\" hreflang=\"zh-Hans\">简体中文</a>")
        );
        assert!(
            german.contains("<a href=\"./\" lang=\"de\" hreflang=\"de\" aria-current=\"page\">Deutsch</a>"),
            "{german}"
        );
        assert!(german.contains("<p class=\"banner quiet\" lang=\"en\" data-offer=\"en\" hidden>Also in <a href=\"../\" hreflang=\"en\">English</a>.</p>"), "{german}");
        assert!(!german.contains("data-offer=\"de\""), "a page does not offer itself");
        assert!(!german.contains("data-l10n-id"), "{german}");
        // The code's words: with no code naming any, only what the template does not show.
        assert!(
            german.find("<h1>").unwrap() < german.find("id=\"words\"").unwrap(),
            "the words come after the text"
        );
        let words = german.split("id=\"words\">").nth(1).unwrap().split("</script>").next().unwrap();
        let words = Catalog::from_json(words).unwrap();
        assert!(words.has("count") && !words.has("lead") && !words.has("language-offer"));
        let english = page(&catalogs, 0).unwrap();
        assert!(english.contains("<title>Your tokens &amp; co</title>"), "{english}");
        assert!(english.contains("href=\"./de/\""), "{english}");
    }

    #[test]
    fn a_message_of_the_template_the_code_names_is_in_the_words_too() {
        let catalogs = catalogs(TEMPLATE, "h1(say(PAGE_TITLE))", source).unwrap();
        let german = page(&catalogs, 1).unwrap();
        let words = german.split("id=\"words\">").nth(1).unwrap().split("</script>").next().unwrap();
        let words = Catalog::from_json(words).unwrap();
        assert!(words.has("page-title") && words.has("count") && !words.has("lead"));
        assert!(german.contains("<h1>Ihre Tokens</h1>"), "the template still shows it: {german}");
    }

    #[test]
    fn a_template_without_a_place_for_the_words_fails_the_build() {
        let template = TEMPLATE.replace("<noscript data-l10n-id=lead></noscript>", "");
        let catalogs = catalogs(&template, "", source).unwrap();
        assert!(page(&catalogs, 0).unwrap_err().contains("<noscript>"));
    }

    #[test]
    fn a_catalog_that_lacks_a_key_of_the_template_fails_the_build() {
        let template = TEMPLATE.replace("</body>", "<p data-l10n-id=nowhere></p></body>");
        let problems = catalogs(&template, "", source).unwrap_err();
        assert_eq!(problems, ["i18n/en.ftl, nowhere: missing (index.html uses it)"]);
        let missing = catalogs(TEMPLATE, "", |tag| {
            source(tag).map(|s| if tag == "nb" { s.replace("lead = Log <b>in</b> & more\n", "") } else { s })
        })
        .unwrap_err();
        assert_eq!(missing, ["i18n/nb.ftl, lead: missing (English has it)"]);
    }
}
