//! A string that must not leak into logs, panics or debug output.

use std::fmt;

/// A secret string (token, code, verifier, request body holding them).
///
/// `Debug` prints `[redacted]`, so a stray `{:?}` cannot leak it. It is
/// deliberately not `Display`; read it with [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself. Security: only hand it to the request that needs
    /// it or to the element that shows it to its owner.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(test)]
        if reveal::on() {
            return write!(f, "Secret({:?})", self.0);
        }
        f.write_str("[redacted]")
    }
}

/// For the tests that look for a secret anywhere in a value's `Debug`
/// output: inside [`reveal::revealed`], secrets print themselves.
#[cfg(test)]
pub(crate) mod reveal {
    use std::cell::Cell;

    thread_local! {
        static ON: Cell<bool> = const { Cell::new(false) };
    }

    /// Whether secrets print themselves now.
    pub(crate) fn on() -> bool {
        ON.get()
    }

    /// `read`'s result, with secrets printing themselves meanwhile.
    pub(crate) fn revealed<T>(read: impl FnOnce() -> T) -> T {
        ON.set(true);
        let result = read();
        ON.set(false);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_value() {
        let secret = Secret::new("eyJhbGciOi.secret.value");
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(secret.expose(), "eyJhbGciOi.secret.value");
    }
}
