//! The release's page: the `page/` folder beside this binary (as release
//! archives ship it), or a folder given with `--page`.

use super::html;
use super::verdict::{File, Page};
use std::path::{Path, PathBuf};

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

/// Reads `dir/index.html` and each file it loads from `dir`.
pub fn read(dir: &Path) -> Result<Page, ReferenceError> {
    let fail = |reason: String| ReferenceError { dir: dir.display().to_string(), reason };
    let html =
        std::fs::read_to_string(dir.join("index.html")).map_err(|e| fail(format!("index.html: {e}")))?;
    let declared = html::read(&html).map_err(|e| fail(e.to_string()))?;
    let mut files = Vec::new();
    for loaded in &declared.files {
        let path = loaded.href.split(['?', '#']).next().unwrap_or_default();
        let name = path.rsplit('/').next().unwrap_or_default();
        if name.is_empty() || name.starts_with('.') {
            return Err(fail(format!("index.html loads {:?}, not a file in the folder", loaded.href)));
        }
        let bytes = std::fs::read(dir.join(name)).map_err(|e| fail(format!("{name}: {e}")))?;
        files.push(File { name: name.to_owned(), integrity: loaded.integrity.clone(), bytes });
    }
    Ok(Page { declared, files, refresh: None })
}
