//! Any request target and method the relay can receive: never a panic, and
//! an accepted one goes to an allowed origin only.
#![no_main]

use libfuzzer_sys::fuzz_target;
use token_core::tesla;
use token_relay::upstream::{Allowlist, upstream_url};

const EXTRA: &str = "http://127.0.0.1:9999";

fuzz_target!(|input: (bool, &str)| {
    let (post, target) = input;
    let allowlist = Allowlist::new([EXTRA.to_owned()]);
    let method = if post { "POST" } else { "GET" };
    if let Ok(url) = upstream_url(target)
        && allowlist.check(method, &url).is_ok()
    {
        let origin = url.origin().ascii_serialization();
        assert!(tesla::origins().any(|tesla| tesla == origin) || origin == EXTRA, "{origin}");
        assert!(url.username().is_empty() && url.password().is_none());
    }
});
