//! Trunk's post-build hook: makes every language's page from the template
//! Trunk built (`$TRUNK_STAGING_DIR/index.html`), the catalogs in
//! `$TRUNK_SOURCE_DIR/i18n/` and the keys the code in
//! `$TRUNK_SOURCE_DIR/src/` names, then seals each. Any catalog problem fails the
//! build, naming the language and the key.

use l10n::LANGUAGES;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let (Some(staging), Some(source)) =
        (std::env::var_os("TRUNK_STAGING_DIR"), std::env::var_os("TRUNK_SOURCE_DIR"))
    else {
        eprintln!(
            "page-seal: run by Trunk as a post_build hook (TRUNK_STAGING_DIR or TRUNK_SOURCE_DIR is not set)"
        );
        return ExitCode::FAILURE;
    };
    match build(&PathBuf::from(staging), &PathBuf::from(source)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for problem in problems {
                eprintln!("page-seal: {problem}");
            }
            ExitCode::FAILURE
        }
    }
}

fn build(staging: &Path, source: &Path) -> Result<(), Vec<String>> {
    let template_path = staging.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| vec![format!("cannot read {}: {e}", template_path.display())])?;
    let code = page_seal::localize::rust_source(&source.join("src")).map_err(|e| vec![e])?;
    let catalogs = page_seal::localize::catalogs(&template, &code, |tag| {
        std::fs::read_to_string(source.join("i18n").join(format!("{tag}.ftl"))).map_err(|e| e.to_string())
    })?;
    for (index, language) in LANGUAGES.iter().enumerate() {
        let folder = staging.join(language.folder);
        let path = staging.join(language.page_file());
        let page = page_seal::localize::page(&catalogs, index)
            .and_then(|html| {
                page_seal::seal(&html).map_err(|e| format!("cannot seal {}: {e:?}", path.display()))
            })
            .map_err(|e| vec![e])?;
        std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(&path, page))
            .map_err(|e| vec![format!("cannot write {}: {e}", path.display())])?;
    }
    Ok(())
}
