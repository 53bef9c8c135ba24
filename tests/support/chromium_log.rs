//! Reading Chromium's performance log (DevTools network events), which is
//! what a user looks at in DevTools → Network.

use serde_json::Value;

/// One `Network.requestWillBeSent` event.
#[derive(Debug, Clone)]
pub struct SentRequest {
    /// The tab that sent it.
    pub tab: String,
    /// Where it went.
    pub url: String,
    /// The `location` header of the redirect that led here, if any.
    pub redirected_by: Option<String>,
}

/// The requests in a batch of performance-log entries.
pub fn sent_requests(entries: &[Value]) -> Vec<SentRequest> {
    entries
        .iter()
        .filter_map(|entry| serde_json::from_str::<Value>(entry["message"].as_str()?).ok())
        .filter(|event| event["message"]["method"] == "Network.requestWillBeSent")
        .map(|event| {
            let params = &event["message"]["params"];
            SentRequest {
                tab: event["webview"].as_str().unwrap_or_default().to_owned(),
                url: params["request"]["url"].as_str().unwrap_or_default().to_owned(),
                redirected_by: params["redirectResponse"]["headers"]["location"].as_str().map(str::to_owned),
            }
        })
        .collect()
}
