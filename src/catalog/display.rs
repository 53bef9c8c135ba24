//! See the catalog module (`super`).

use token_core::display::claims::InspectError;

/// Why a string could not be read as a token.
pub fn inspect_error(error: &InspectError) -> String {
    match error {
        InspectError::Empty => "Paste a token to inspect it.".into(),
        InspectError::TooLong => "That is far too long to be a Tesla token.".into(),
        InspectError::NotAToken => {
            "This does not look like a Tesla token: v3 tokens start with eyJ and have \
                                    three parts separated by dots."
                .into()
        }
        InspectError::Malformed(part) => {
            format!("This looks like a JWT, but its {part} cannot be decoded. Copy it again, completely.")
        }
    }
}
