//! The page's layout as the browser lays it out: the window's size, where
//! things are on the screen, the words before the login button, and what
//! does not fit.

use super::Stack;
use serde_json::{Value, json};

/// Visible words before `#start-login`, in reading order, as the browser's
/// word segmentation in the page's language counts them (`Intl.Segmenter`,
/// Unicode's word boundaries with a dictionary for Chinese, which writes no
/// spaces between words).
pub const WORDS_BEFORE_THE_BUTTON: &str = "
    const button = document.querySelector('#start-login');
    const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let words = 0;
    while (walker.nextNode()) {
      const text = walker.currentNode;
      if (button.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      if (!text.parentElement.checkVisibility({ visibilityProperty: true })) continue;
      for (const segment of segmenter.segment(text.textContent)) {
        if (segment.isWordLike) words += 1;
      }
    }
    return words;";

/// Every details opened (the browser helps, which open one at a time, all
/// at once), then what does not fit: each visible button, input, select,
/// textarea, summary or box (`details`, `section`, `pre`, `code` set as a
/// block, `.banner`) whose content is wider than it, and the page's width
/// if it is wider than the window.
const OVERFLOWS: &str = "
    for (const details of document.querySelectorAll('details')) {
      details.removeAttribute('name');
      details.open = true;
    }
    const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
      + ' \"' + (e.value || e.textContent).trim().replace(/\\s+/g, ' ').slice(0, 40) + '\"';
    const over = [...document.querySelectorAll(
        'button, input, select, textarea, summary, details, section, pre, code, .banner')]
      // An inline element (a `code` in a sentence) has no box of its own to
      // overflow: what it does not fit shows in its block's.
      .filter(e => e.checkVisibility() && getComputedStyle(e).display !== 'inline')
      .filter(e => e.scrollWidth > e.clientWidth + 1)
      .map(e => `${name(e)}: ${e.scrollWidth} px in ${e.clientWidth} px`);
    const page = document.documentElement.scrollWidth;
    if (page > innerWidth) over.push(`the page: ${page} px in a ${innerWidth} px window`);
    return over;";

/// Where an element is on the screen: `[top, bottom]` in CSS pixels.
pub async fn span_of(stack: &Stack, css: &str) -> (f64, f64) {
    let rect = stack
        .js(&format!(
            "const r = document.querySelector({css:?}).getBoundingClientRect(); return [r.top, r.bottom];"
        ))
        .await;
    (rect[0].as_f64().unwrap(), rect[1].as_f64().unwrap())
}

/// Sizes the window so that the page itself gets `width` × `height`. The
/// browser's own bars take some of the window's height, and WebKit applies a
/// new size a moment later: the window grows by what is missing until the
/// page has it.
pub async fn set_viewport(stack: &Stack, width: u32, height: u32) {
    let mut window_height = height;
    for _ in 0..20 {
        stack.browser.set_window_size(width, window_height).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let inner = stack.js("return innerHeight;").await.as_u64().unwrap() as u32;
        if inner == height {
            break;
        }
        window_height = (window_height + height).saturating_sub(inner);
    }
    assert_eq!(stack.js("return [innerWidth, innerHeight];").await, json!([width, height]));
}

/// Where the element matching `css` is if it is not wholly inside the
/// window; `None` if it is.
pub async fn outside_view(stack: &Stack, css: &str) -> Option<String> {
    let (top, bottom) = span_of(stack, css).await;
    let height = stack.js("return window.innerHeight;").await.as_f64().unwrap();
    (top < 0.0 || bottom > height)
        .then(|| format!("{css} spans {top}..{bottom}, outside the {height} px window"))
}

/// Asserts that the element matching `css` is wholly inside the window.
pub async fn assert_in_view(stack: &Stack, css: &str) {
    if let Some(outside) = outside_view(stack, css).await {
        panic!("{outside}");
    }
}

/// Opens every closed part of the page and returns what does not fit (see
/// [`OVERFLOWS`]), one line each; empty if everything fits. The page is
/// left with every section open.
pub async fn overflows(stack: &Stack) -> Vec<String> {
    match stack.js(OVERFLOWS).await {
        Value::Array(lines) => {
            lines.into_iter().map(|line| line.as_str().unwrap_or_default().to_owned()).collect()
        }
        other => panic!("the overflow check returned {other}"),
    }
}
