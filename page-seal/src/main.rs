//! Trunk's post-build hook: seals `$TRUNK_STAGING_DIR/index.html`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(staging) = std::env::var_os("TRUNK_STAGING_DIR") else {
        eprintln!("page-seal: run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");
        return ExitCode::FAILURE;
    };
    let page = PathBuf::from(staging).join("index.html");
    let sealed = std::fs::read_to_string(&page)
        .map_err(|e| format!("cannot read {}: {e}", page.display()))
        .and_then(|html| page_seal::seal(&html).map_err(|e| format!("cannot seal {}: {e:?}", page.display())))
        .and_then(|html| {
            std::fs::write(&page, html).map_err(|e| format!("cannot write {}: {e}", page.display()))
        });
    match sealed {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("page-seal: {message}");
            ExitCode::FAILURE
        }
    }
}
