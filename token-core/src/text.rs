//! Showing untrusted text (from a paste, a relay or Tesla) inside our messages.

/// How much of a hostile string is echoed back in a message.
pub const MAX_ECHO_CHARS: usize = 120;

/// A hostile string made short and free of control characters, safe to put
/// in a message (the view escapes HTML itself). Invisible formatting
/// characters go too: bidirectional overrides and isolates would let a
/// crafted URL show its text reversed or reordered inside the page's own
/// sentence (`evil.example` shown as `elpmaxe.live`), zero-width ones would
/// hide text in it.
pub fn echo(text: &str) -> String {
    let mut shown: String =
        text.chars().filter(|c| !c.is_control() && !is_invisible_format(*c)).take(MAX_ECHO_CHARS).collect();
    if text.chars().count() > MAX_ECHO_CHARS {
        shown.push('…');
    }
    shown
}

/// Unicode's invisible formatting characters that reorder or hide text:
/// bidirectional marks, embeddings, overrides and isolates, zero-width
/// spaces and joiners, the byte-order mark.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether `text` is 1 to `max_len` characters from RFC 3986's unreserved
/// set `[A-Za-z0-9-._~]`: what Tesla's codes and our states are made of,
/// and nothing that could break out of a URL or JSON string.
pub fn is_url_safe(text: &str, max_len: usize) -> bool {
    !text.is_empty()
        && text.len() <= max_len
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// `text` single-quoted for a POSIX shell (and `.env` files), so that
/// nothing in it is expanded or run: `'` becomes `'\''`.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_cuts_long_text_and_drops_control_characters() {
        assert_eq!(echo("a\u{1b}[31mb\nc"), "a[31mbc");
        let long = echo(&"x".repeat(500));
        assert_eq!(long.chars().count(), MAX_ECHO_CHARS + 1);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn echo_drops_characters_that_reorder_or_hide_text() {
        // Found in review: a crafted callback's issuer or Tesla's refusal text
        // could carry a right-to-left override and show itself reversed.
        assert_eq!(echo("https://\u{202E}elpmaxe.live\u{202C}/x"), "https://elpmaxe.live/x");
        assert_eq!(echo("a\u{200B}b\u{2066}c\u{2069}d\u{FEFF}e\u{061C}f\u{200F}g"), "abcdefg");
        assert_eq!(echo("Tesla’s « ok » — fine"), "Tesla’s « ok » — fine");
    }

    #[test]
    fn url_safe_text_is_short_and_unreserved() {
        assert!(is_url_safe("NA_abc-1.2~x", 20));
        assert!(!is_url_safe("", 20));
        assert!(!is_url_safe("a\"b", 20));
        assert!(!is_url_safe("abc", 2));
    }

    #[test]
    fn shell_quoting_leaves_nothing_to_expand() {
        assert_eq!(shell_quote("a$b;c"), "'a$b;c'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}
