//! What a visitor downloads: every file in `dist`, raw and gzip-compressed
//! (GitHub Pages serves gzip), and each language's whole page (its
//! `index.html` and the files every language shares).

use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::Path;

pub struct Asset {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
}

/// One file's sizes.
fn asset(path: &Path, name: String) -> Asset {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut gzip = GzEncoder::new(Vec::new(), Compression::default());
    gzip.write_all(&bytes).unwrap();
    let gzip = gzip.finish().unwrap().len() as u64;
    Asset { name, raw: bytes.len() as u64, gzip }
}

/// The files every language's page loads: those at `dist`'s top but its `index.html`.
pub fn shared_files(dist: &Path) -> Vec<Asset> {
    let mut assets: Vec<Asset> = std::fs::read_dir(dist)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dist.display()))
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name();
            entry.path().is_file() && name != "index.html" && !name.to_string_lossy().starts_with('.')
        })
        .map(|entry| asset(&entry.path(), entry.file_name().to_string_lossy().into_owned()))
        .collect();
    assets.sort_by_key(|asset| std::cmp::Reverse(asset.raw));
    assets
}

/// Each language's `index.html` (`index.html`, `de/index.html`…), by tag.
pub fn language_pages(dist: &Path) -> Vec<(&'static str, Asset)> {
    l10n::LANGUAGES
        .iter()
        .map(|language| {
            let name = language.page_file();
            (language.tag, asset(&dist.join(&name), name))
        })
        .collect()
}
