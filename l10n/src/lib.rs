//! The page's languages and their words.
//!
//! Each language has one catalog, `i18n/<tag>.ftl`, in Fluent syntax
//! (<https://projectfluent.org/fluent/guide/>): the words of the static page
//! and every message the code shows. At build time ([`compile`], feature
//! `compile`) each file is read into a [`Catalog`] and checked against the
//! English one ([`check`]): a missing or extra key, a placeholder a
//! translation lost, or plural cases other than the language's CLDR plural
//! categories fail the build, naming the language and the key. The page
//! then carries its catalog as JSON, and the one wasm formats from it
//! ([`Catalog::format`]), so the words live in each language's page and
//! not in the code.
//!
//! Adding a language: one catalog file and one line in [`LANGUAGES`].

mod catalog;
#[cfg(feature = "compile")]
pub mod check;
#[cfg(feature = "compile")]
pub mod compile;
mod language;
pub mod plural;

pub use catalog::{Arg, Catalog, Piece, WORDS_ID};
pub use language::{LANGUAGES, Language};
