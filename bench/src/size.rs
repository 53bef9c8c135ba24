//! What a visitor downloads: every file in `dist`, raw and gzip-compressed
//! (GitHub Pages serves gzip).

use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::Path;

pub struct Asset {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
}

pub fn transfer_sizes(dist: &Path) -> Vec<Asset> {
    let mut assets: Vec<Asset> = std::fs::read_dir(dist)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dist.display()))
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_file())
        .map(|entry| {
            let bytes = std::fs::read(entry.path()).unwrap();
            let mut gzip = GzEncoder::new(Vec::new(), Compression::default());
            gzip.write_all(&bytes).unwrap();
            let gzip = gzip.finish().unwrap().len() as u64;
            Asset { name: entry.file_name().to_string_lossy().into_owned(), raw: bytes.len() as u64, gzip }
        })
        .collect();
    assets.sort_by_key(|asset| std::cmp::Reverse(asset.raw));
    assets
}
