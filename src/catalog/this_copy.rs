//! "This copy" and how to verify it, in English (see the catalog module, `super`).

use token_core::display::this_copy::WasmCheck;

/// One sentence on the SHA-384 of the wasm this tab runs against the
/// integrity value the page's HTML declares.
pub fn wasm_check(check: &WasmCheck) -> String {
    match check {
        WasmCheck::Matches => "It matches the integrity value in this page's HTML.".into(),
        WasmCheck::Differs { declared } => format!(
            "It does not match the integrity value in this page's HTML ({declared}): \
             do not use this copy; reload it, or build your own."
        ),
        WasmCheck::Undeclared => {
            "This page's HTML declares no integrity value: it was not built by this project's scripts.".into()
        }
    }
}

/// Leads the check, before the command with this page's address.
pub const VERIFY_LEAD: &str = "To check this copy against a release, run the relay of that release \
    (\"Running a relay\" in the README says where to download it) with:";

/// Follows the command: what it does and what it answers.
pub const VERIFY_AFTER: &str = "It fetches this page and every file it loads, checks each against the \
    integrity value in the page's HTML, compares the code byte for byte with the page that came with the \
    relay, checks that the page's security policy lets it connect only to itself, Tesla and relays, and \
    says \"IDENTICAL\" or exactly what differs.";

/// Leads the longer way, a build of your own, before the build command.
pub const BUILD_LEAD: &str = "Or build this commit yourself with";

/// Between the build command and the file to hash.
pub const BUILD_COMPARE: &str = " and compare the SHA-384 of ";

/// After the file to hash.
pub const BUILD_END: &str = " with the one above.";

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
