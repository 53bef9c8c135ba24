//! Reads a Fluent file (`i18n/<tag>.ftl`) into a [`Catalog`], at build time.
//!
//! The page's catalogs use a small part of Fluent: text, variables
//! (`{ $host }`), terms (`{ -brand }`, put in here), string literals
//! (`{ "{" }`) and plural selectors on a count (`{ $n -> [one] … *[other] … }`).
//! Anything else is refused with its line, so a translation cannot ask the
//! page for something it does not do.

use crate::Catalog;
use crate::catalog::Piece;
use crate::plural::PluralCategory;
use fluent_syntax::ast;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// Why a Fluent file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// The language's tag.
    pub language: String,
    /// The 1-based line of the problem.
    pub line: usize,
    /// What is wrong there.
    pub what: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "i18n/{}.ftl line {}: {}", self.language, self.line, self.what)
    }
}

/// The catalog of `language` (a tag) from its Fluent `source`.
pub fn compile(language: &str, source: &str) -> Result<Catalog, Vec<CompileError>> {
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let error =
        |offset: usize, what: String| CompileError { language: language.into(), line: line_of(offset), what };
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors.into_iter().map(|e| error(e.pos.start, format!("{:?}", e.kind))).collect());
        }
    };
    let mut problems = Vec::new();
    let mut terms = HashMap::new();
    let mut entries = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(term) => {
                terms.insert(term.id.name, &term.value);
            }
            ast::Entry::Message(message) => entries.push(message),
            ast::Entry::Junk { content } => {
                let offset = content.as_ptr() as usize - source.as_ptr() as usize;
                problems.push(error(
                    offset,
                    format!("not Fluent: {}", content.lines().next().unwrap_or_default()),
                ));
            }
            _ => {}
        }
    }
    let mut messages = BTreeMap::new();
    for message in entries {
        let offset = message.id.name.as_ptr() as usize - source.as_ptr() as usize;
        let mut put = |key: String, pattern: &ast::Pattern<&str>| match pieces(pattern, &terms, 0) {
            Ok(pieces) => {
                if messages.insert(key.clone(), pieces).is_some() {
                    problems.push(error(offset, format!("{key}: defined twice")));
                }
            }
            Err(what) => problems.push(error(offset, format!("{key}: {what}"))),
        };
        if let Some(value) = &message.value {
            put(message.id.name.to_owned(), value);
        }
        for attribute in &message.attributes {
            put(format!("{}.{}", message.id.name, attribute.id.name), &attribute.value);
        }
    }
    if problems.is_empty() { Ok(Catalog { language: language.into(), messages }) } else { Err(problems) }
}

type Terms<'s> = HashMap<&'s str, &'s ast::Pattern<&'s str>>;

fn pieces(pattern: &ast::Pattern<&str>, terms: &Terms, depth: u8) -> Result<Vec<Piece>, String> {
    if depth > 4 {
        return Err("terms nest too deep".into());
    }
    let mut out: Vec<Piece> = Vec::new();
    let text = |out: &mut Vec<Piece>, value: &str| match out.last_mut() {
        Some(Piece::Text(last)) => last.push_str(value),
        _ => out.push(Piece::Text(value.to_owned())),
    };
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text(&mut out, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => match inline {
                    ast::InlineExpression::VariableReference { id } => {
                        out.push(Piece::Arg(id.name.to_owned()))
                    }
                    ast::InlineExpression::StringLiteral { value } => {
                        text(&mut out, &fluent_syntax::unicode::unescape_unicode_to_string(value))
                    }
                    ast::InlineExpression::TermReference { id, attribute: None, arguments: None } => {
                        let term = terms.get(id.name).ok_or(format!("no term -{}", id.name))?;
                        for piece in pieces(term, terms, depth + 1)? {
                            match piece {
                                Piece::Text(value) => text(&mut out, &value),
                                other => out.push(other),
                            }
                        }
                    }
                    other => return Err(format!("the page does not format {other:?}")),
                },
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a selector must be a count variable ($n)".into());
                    };
                    let mut cases = Vec::new();
                    for variant in variants {
                        let ast::VariantKey::Identifier { name } = &variant.key else {
                            return Err("plural cases are CLDR categories (one, other…), not numbers".into());
                        };
                        let category = PluralCategory::from_name(name)
                            .ok_or(format!("[{name}] is no CLDR plural category"))?;
                        if variant.default != (category == PluralCategory::Other) {
                            return Err("the default case (*) must be [other]".into());
                        }
                        cases.push((category, pieces(&variant.value, terms, depth + 1)?));
                    }
                    out.push(Piece::Plural(id.name.to_owned(), cases));
                }
            },
        }
    }
    Ok(out)
}

/// The name of the constant the page's build script writes for `key`
/// (`crate::catalog::words`): `step-1-title` → `STEP_1_TITLE`,
/// `field.aria-label` → `FIELD_ARIA_LABEL`. page-seal finds the keys the
/// code names by it.
pub fn key_const(key: &str) -> String {
    key.to_uppercase().replace(['-', '.'], "_")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Arg;

    #[test]
    fn text_variables_terms_and_plurals_are_read() {
        let source = "-app = Token page\nhello = Hi { $who }, this is { -app } { \"{\" }\n    second line\n    .title = A title\ncars = { $n ->\n    [one] one car\n   *[other] { $n } cars\n}\n";
        let catalog = compile("en", source).unwrap();
        let plain = |n: u64| n.to_string();
        assert_eq!(
            catalog.format("hello", &[("who", Arg::Text("Ann"))], &plain),
            "Hi Ann, this is Token page {\nsecond line"
        );
        assert_eq!(catalog.format("hello.title", &[], &plain), "A title");
        assert_eq!(catalog.format("cars", &[("n", Arg::Count(2))], &plain), "2 cars");
        assert!(!catalog.has("-app"), "terms are not messages");
    }

    #[test]
    fn what_the_page_cannot_format_is_refused_with_its_line() {
        let refused = |source: &str| compile("de", source).unwrap_err()[0].to_string();
        let function = refused("a = ok\nb = { NUMBER($n) }\n");
        assert!(function.starts_with("i18n/de.ftl line 2: b: the page does not format"), "{function}");
        assert!(refused("a = { $n ->\n  [1] one\n *[other] x\n}\n").contains("not numbers"));
        assert!(refused("a = { $n ->\n  [some] one\n *[other] x\n}\n").contains("[some] is no CLDR"));
        assert!(refused("a = x\na = y\n").contains("defined twice"));
        assert!(refused("a = { -missing }\n").contains("no term -missing"));
        assert!(refused("a = ok\n\n= no id\n").contains("line 3"));
    }
}
