//! What a page's HTML declares: its security policies, the files it loads
//! with their integrity values, and its inline scripts. The HTML is hostile
//! input: it is read by lol_html, a streaming parser that follows the HTML
//! standard's tokenizer, never by string search.

use lol_html::{RewriteStrSettings, element, rewrite_str, text};
use std::cell::RefCell;

/// The declarations of one page's HTML, in document order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Declared {
    /// The `content` of each `<meta http-equiv="Content-Security-Policy">`.
    pub policies: Vec<String>,
    /// Whether a script or a loaded file comes before the first policy, which
    /// then does not govern it.
    pub code_before_policy: bool,
    /// Each file the HTML loads (`<script src>`, `<link href>`), `data:` aside.
    pub files: Vec<Loaded>,
    /// The text of each `<script>` without `src`.
    pub inline_scripts: Vec<String>,
    /// The HTML with what depends on the address it is built for, or on the
    /// files' bytes, taken out (see [`skeleton`]): equal for two builds of
    /// one commit, whatever their address.
    pub skeleton: String,
}

impl Declared {
    /// The folder the page's wasm is in, as written (`""` for `/x_bg.wasm`,
    /// `/repo` for `/repo/x_bg.wasm`): the address the page was built for.
    /// `None` unless each of its segments is made of letters, digits and
    /// `-._~%` only: the comparison takes the folder out of the inline
    /// scripts, and a folder holding a quote or a line break would take code
    /// out with it.
    pub fn folder(&self) -> Option<&str> {
        let plain = |segment: &str| {
            !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b))
        };
        let folder = self.files.iter().find_map(|file| {
            let path = file.href.split(['?', '#']).next().unwrap_or_default();
            path.ends_with(".wasm").then(|| path.rsplit_once('/').map_or("", |(folder, _)| folder))
        })?;
        let mut segments = folder.split('/');
        let from_root = segments.next() == Some("");
        (folder.is_empty() || (from_root && segments.all(plain))).then_some(folder)
    }
}

/// One file the HTML loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The address as written (`/name-1a2b.js`, relative to the page).
    pub href: String,
    /// Its `integrity` attribute (`sha384-…`), if any.
    pub integrity: Option<String>,
}

/// HTML the parser gave up on (lol_html's own reason, e.g. a memory limit).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the page's HTML cannot be read: {0}")]
pub struct HtmlError(String);

/// Reads what `html` declares.
pub fn read(html: &str) -> Result<Declared, HtmlError> {
    let declared = RefCell::new(Declared::default());
    // Whether the script whose text is being read has no `src`.
    let inline = RefCell::new(false);
    let note_code = |declared: &mut Declared| {
        if declared.policies.is_empty() {
            declared.code_before_policy = true;
        }
    };
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!("meta[http-equiv]", |el| {
                let equiv = el.get_attribute("http-equiv").unwrap_or_default();
                if equiv.trim().eq_ignore_ascii_case("content-security-policy") {
                    let content = el.get_attribute("content").unwrap_or_default();
                    declared.borrow_mut().policies.push(content);
                }
                Ok(())
            }),
            element!("script", |el| {
                let mut declared = declared.borrow_mut();
                note_code(&mut declared);
                match el.get_attribute("src") {
                    Some(href) => {
                        *inline.borrow_mut() = false;
                        let integrity = el.get_attribute("integrity");
                        declared.files.push(Loaded { href, integrity });
                    }
                    None => {
                        *inline.borrow_mut() = true;
                        declared.inline_scripts.push(String::new());
                    }
                }
                Ok(())
            }),
            text!("script", |chunk| {
                if *inline.borrow()
                    && let Some(script) = declared.borrow_mut().inline_scripts.last_mut()
                {
                    script.push_str(chunk.as_str());
                }
                Ok(())
            }),
            element!("link[href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                let rel = el.get_attribute("rel").unwrap_or_default();
                if !href.trim_start().to_ascii_lowercase().starts_with("data:") && !only_names_a_page(&rel) {
                    let mut declared = declared.borrow_mut();
                    note_code(&mut declared);
                    let integrity = el.get_attribute("integrity");
                    declared.files.push(Loaded { href, integrity });
                }
                Ok(())
            }),
        ],
        ..RewriteStrSettings::new()
    };
    rewrite_str(html, settings).map_err(|error| HtmlError(error.to_string()))?;
    let mut declared = declared.into_inner();
    declared.skeleton = skeleton(html, declared.folder().unwrap_or_default())?;
    Ok(declared)
}

/// The `rel` values of a `<link>` that names another document and loads
/// nothing: the language versions of the page (`alternate` with `hreflang`),
/// and the other hyperlink-only kinds of the HTML standard.
const HYPERLINKS: [&str; 9] = [
    "alternate",
    "author",
    "canonical",
    "help",
    "license",
    "next",
    "prev",
    "privacy-policy",
    "terms-of-service",
];

/// Whether a `<link>` with this `rel` only names another page: every one of
/// its keywords is a [`HYPERLINKS`] kind. `alternate stylesheet` is still a
/// stylesheet (browsers load it), and a link with no `rel` stays counted.
fn only_names_a_page(rel: &str) -> bool {
    let mut keywords = rel.split_ascii_whitespace().peekable();
    keywords.peek().is_some()
        && keywords.all(|keyword| HYPERLINKS.iter().any(|kind| kind.eq_ignore_ascii_case(keyword)))
}

/// `html` without its policy's text, integrity values and inline scripts'
/// text (each compared on its own), and with `folder/` at the start of
/// addresses replaced by `{folder}/`.
fn skeleton(html: &str, folder: &str) -> Result<String, HtmlError> {
    let prefix = format!("{folder}/");
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!("meta[http-equiv]", |el| {
                let equiv = el.get_attribute("http-equiv").unwrap_or_default();
                if equiv.trim().eq_ignore_ascii_case("content-security-policy") {
                    el.remove_attribute("content");
                }
                Ok(())
            }),
            // Only where it is checked against the file: elsewhere an
            // integrity value is text like any other.
            element!("link[href][integrity], script[src][integrity]", |el| {
                el.remove_attribute("integrity");
                Ok(())
            }),
            element!("link[href], script[src]", |el| {
                for name in ["href", "src"] {
                    if let Some(rest) =
                        el.get_attribute(name).and_then(|v| v.strip_prefix(&prefix).map(str::to_owned))
                    {
                        el.set_attribute(name, &format!("{{folder}}/{rest}"))?;
                    }
                }
                Ok(())
            }),
            text!("script", |chunk| {
                chunk.remove();
                Ok(())
            }),
        ],
        ..RewriteStrSettings::new()
    };
    rewrite_str(html, settings).map_err(|error| HtmlError(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_files_and_inline_scripts_are_read_in_order() {
        let html = "<!doctype html><html><head><meta charset=utf-8>\
            <meta http-equiv=content-security-policy content=\"default-src 'none'\">\
            <link rel=icon href=\"data:,\"><link rel=modulepreload href=/a-1.js integrity=sha384-AAA>\
            <link rel=preload href='/a-1_bg.wasm' as=fetch>\
            <script type=module>import init from '/a-1.js';</script>\
            <script src=\"x.js\" integrity=\"sha256-B\"></script></head></html>";
        let declared = read(html).unwrap();
        assert_eq!(declared.policies, ["default-src 'none'"]);
        assert!(!declared.code_before_policy);
        let hrefs: Vec<_> =
            declared.files.iter().map(|f| (f.href.as_str(), f.integrity.as_deref())).collect();
        assert_eq!(
            hrefs,
            [("/a-1.js", Some("sha384-AAA")), ("/a-1_bg.wasm", None), ("x.js", Some("sha256-B"))]
        );
        assert_eq!(declared.inline_scripts, ["import init from '/a-1.js';"]);
    }

    #[test]
    fn a_folder_is_a_plain_path_or_none() {
        let folder = |href: &str| {
            read(&format!("<link rel=preload href=\"{href}\">")).unwrap().folder().map(str::to_owned)
        };
        assert_eq!(folder("/x_bg.wasm").as_deref(), Some(""));
        assert_eq!(folder("/tesla-token-page/x_bg.wasm").as_deref(), Some("/tesla-token-page"));
        assert_eq!(folder("/a/b%20c/x_bg.wasm").as_deref(), Some("/a/b%20c"));
        // Found in review: a folder that ends a string and starts code.
        for code in [
            "/x'\n+(evil(),'')+'/x_bg.wasm",
            "/x\"/x_bg.wasm",
            "/a b/x_bg.wasm",
            "//x/x_bg.wasm",
            "a/x_bg.wasm",
        ] {
            assert_eq!(folder(code), None, "{code:?}");
        }
    }

    #[test]
    fn the_skeleton_is_the_same_for_another_address_and_other_files() {
        let page = |folder: &str, sri: &str| {
            format!(
                "<head><meta charset=utf-8><meta http-equiv=Content-Security-Policy content=\"{sri}\">\
                 <link rel=preload href={folder}/x_bg.wasm integrity={sri}>\
                 <script type=module>import('{folder}/x.js')</script></head><body><p>Hello</p></body>"
            )
        };
        let root = read(&page("", "sha384-A")).unwrap();
        let repo = read(&page("/repo", "sha384-B")).unwrap();
        assert_eq!((root.folder(), repo.folder()), (Some(""), Some("/repo")));
        assert_eq!(root.skeleton, repo.skeleton);
        let refresh = page("", "sha384-A")
            .replace("<p>", "<meta http-equiv=refresh content=\"0;url=https://evil.example\"><p>");
        assert_ne!(read(&refresh).unwrap().skeleton, root.skeleton);
    }

    #[test]
    fn a_language_version_of_the_page_is_not_a_file_it_loads() {
        let html = "<head><meta http-equiv=Content-Security-Policy content=x>\
            <link rel=alternate hreflang=de href=\"../de/\"><link rel=\"Alternate\" hreflang=x-default href=../>\
            <link rel=canonical href=https://a.example/><link rel=\"alternate stylesheet\" href=dark.css>\
            <link rel=\"alternate icon\" href=i.png><link href=plain.css>\
            <link rel=stylesheet href=s.css></head>";
        let declared = read(html).unwrap();
        let hrefs: Vec<_> = declared.files.iter().map(|f| f.href.as_str()).collect();
        assert_eq!(hrefs, ["dark.css", "i.png", "plain.css", "s.css"]);
        assert!(!declared.code_before_policy);
        let before = read(
            "<link rel=alternate hreflang=en href=../><meta http-equiv=Content-Security-Policy content=x>",
        );
        assert!(!before.unwrap().code_before_policy, "a language link is no code");
    }

    #[test]
    fn a_script_before_the_policy_is_noticed() {
        let html = "<head><script>evil()</script><meta http-equiv=Content-Security-Policy content=x></head>";
        let declared = read(html).unwrap();
        assert!(declared.code_before_policy);
        assert_eq!(declared.inline_scripts, ["evil()"]);
    }

    #[test]
    fn hostile_markup_is_read_without_panicking() {
        for html in
            ["", "<", "<script", "<script>never closed", "<link href", "\u{0}<meta http-equiv>", "<<<>>>"]
        {
            assert!(read(html).is_ok(), "{html:?}");
        }
    }
}
