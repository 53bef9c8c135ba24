//! "This copy" and how to verify it (see the catalog module, `super`).

use super::words::*;
use super::{say, say_with};
use l10n::Arg;
use token_core::display::this_copy::WasmCheck;

/// One sentence on the SHA-384 of the wasm this tab runs against the
/// integrity value the page's HTML declares.
pub fn wasm_check(check: &WasmCheck) -> String {
    match check {
        WasmCheck::Matches => say(WASM_CHECK_MATCHES),
        WasmCheck::Differs { declared } => say_with(WASM_CHECK_DIFFERS, &[("declared", Arg::Text(declared))]),
        WasmCheck::Undeclared => say(WASM_CHECK_UNDECLARED),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wasm_that_differs_is_named_with_the_declared_value_and_advice() {
        let differs = wasm_check(&WasmCheck::compare("sha384-a", Some("sha384-b")));
        assert!(differs.contains("sha384-b") && differs.contains("do not use"), "{differs}");
        assert!(wasm_check(&WasmCheck::Matches).contains("matches"));
    }
}
