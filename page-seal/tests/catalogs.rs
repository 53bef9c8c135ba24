//! Every catalog in `i18n/` against English and the template: the same check
//! the build makes, run natively, printing each language's key count.
//! `cargo test -p page-seal --test catalogs -- --nocapture`

use l10n::LANGUAGES;
use std::path::Path;

#[test]
fn every_catalog_is_complete() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let template = std::fs::read_to_string(root.join("index.html")).unwrap();
    let code = page_seal::localize::rust_source(&root.join("src")).unwrap();
    let catalogs = page_seal::localize::catalogs(&template, &code, |tag| {
        std::fs::read_to_string(root.join("i18n").join(format!("{tag}.ftl"))).map_err(|e| e.to_string())
    });
    let catalogs = match catalogs {
        Ok(catalogs) => catalogs,
        Err(problems) => panic!("{} problems:\n{}", problems.len(), problems.join("\n")),
    };
    for (language, catalog) in LANGUAGES.iter().zip(catalogs.by_language()) {
        println!("catalog {}: {} keys", language.tag, catalog.messages.len());
    }
    // Every page is made, in its own language.
    for (index, language) in LANGUAGES.iter().enumerate() {
        let page = page_seal::localize::page(&catalogs, index).unwrap();
        assert!(page.contains(&format!("<html lang=\"{}\">", language.tag)));
    }
}
