//! Refuses to build a page whose build settings would break it or make it
//! unsafe (a relay that cannot parse, a plain-http Tesla host…), naming the
//! variable, so that nothing about them can fail when the page runs; and
//! writes a constant for every key of the English catalog
//! (`crate::catalog::words`), so a key English lacks is a compile error.

use std::fmt::Write;

fn main() {
    use token_core::settings::build_check::{VARIABLES, check};
    for variable in VARIABLES {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    let problems = check(|name| std::env::var(name).ok());
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("bad build setting: {problem}");
        }
        std::process::exit(1);
    }
    write_word_keys();
}

fn write_word_keys() {
    println!("cargo:rerun-if-changed=i18n/en.ftl");
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let english = l10n::compile::compile("en", &read("i18n/en.ftl")).unwrap_or_else(|errors| {
        fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    let mut out = String::new();
    for key in english.messages.keys() {
        let name = l10n::compile::key_const(key);
        let text = english.format(key, &[], &|n| n.to_string()).replace('\n', " ");
        let _ = writeln!(out, "/// {text}\npub const {name}: &str = {key:?};");
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("words.rs");
    std::fs::write(&path, out).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(problem: &str) -> ! {
    eprintln!("{problem}");
    std::process::exit(1)
}
