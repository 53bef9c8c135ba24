//! The page's one state machine (`token_core::page`), held in a signal at
//! the root of the view, which nothing disposes: components read it and
//! send it events; the commands it returns are carried out here.

use crate::browser::{self, Browser};
use leptos::prelude::*;
use leptos::task::spawn_local;
use token_core::display::visitor::BrowserKind;
use token_core::page::{Command, Event, Field, Page as State, PageIo, Ticket, perform};
use token_core::transport::choice::RelayChoice;
use token_core::transport::http::{HttpAnswer, TransportFailure};
use token_core::transport::io::{HttpRequest, Io};

/// The page's state machine in a signal, as the components share it: a `Copy` handle.
#[derive(Clone, Copy)]
pub struct PageSignal {
    state: RwSignal<State>,
    /// The browser clock, ticking every second (countdowns only; the idle
    /// timeout is the state machine's).
    pub clock_ms: RwSignal<f64>,
}

impl PageSignal {
    /// A fresh page using `relay`, whose logins open Tesla's page in this
    /// page's language (the core keeps it, and a typed locale wins).
    pub fn new(relay: RelayChoice) -> Self {
        let now = browser::now_ms();
        let state = State::new(relay, now).speaking(crate::catalog::language().tesla_locale);
        let state = match browser::page_url() {
            Some(url) => state.loaded_from(&url, BrowserKind::from_user_agent(&browser::user_agent())),
            None => state,
        };
        Self { state: RwSignal::new(state), clock_ms: RwSignal::new(now) }
    }

    /// Reads the state (and re-runs the reader when it changes).
    pub fn with<T>(self, read: impl FnOnce(&State) -> T) -> T {
        self.state.with(read)
    }

    /// Reads the state without subscribing to it.
    pub fn with_untracked<T>(self, read: impl FnOnce(&State) -> T) -> T {
        self.state.with_untracked(read)
    }

    /// What is in `field`, changing only when its text does: a box bound to
    /// it is rewritten only then, never under the owner's fingers (a
    /// composition, a caret) because something else changed.
    pub fn typed(self, field: Field) -> Memo<String> {
        Memo::new(move |_| self.with(|state| state.input(field).to_owned()))
    }

    /// Hands what was typed into `field` to the state machine, which keeps it.
    pub fn type_into(self, field: Field, text: String) {
        self.send(Event::Input { field, text });
    }

    /// Hands `event` to the state machine and carries out what it asks.
    pub fn send(self, event: Event) {
        let commands = self.state.try_update(|state| state.handle(event)).unwrap_or_default();
        for command in commands {
            match command {
                Command::OpenTab(url) => browser::open_in_new_tab(url.as_str()),
                Command::StoreRelay(template) => browser::save_relay(&template),
                Command::Run(job) => spawn_local(async move {
                    let event = perform(job, &PageBrowser(self)).await;
                    self.send(event);
                }),
            }
        }
    }
}

/// The browser's IO, with the way back into this page.
struct PageBrowser(PageSignal);

impl Io for PageBrowser {
    async fn send(&self, request: HttpRequest) -> Result<HttpAnswer, TransportFailure> {
        Browser.send(request).await
    }

    async fn sleep(&self, ms: f64) {
        Browser.sleep(ms).await
    }

    fn now_ms(&self) -> f64 {
        browser::now_ms()
    }
}

impl PageIo for PageBrowser {
    fn report(&self, event: Event) {
        self.0.send(event);
    }

    fn wanted(&self, ticket: Ticket) -> bool {
        self.0.state.try_with_untracked(|state| state.wants(ticket)).unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use token_core::page::Page;
    use token_core::transport::choice::RelayChoice;

    #[test]
    fn every_language_opens_tesla_s_login_in_its_own_locale() {
        for language in l10n::LANGUAGES {
            let page = Page::new(RelayChoice::new(None, None).0, 0.0).speaking(language.tesla_locale);
            assert_eq!(page.default_login_locale(), Some(language.tesla_locale), "{}", language.tag);
        }
    }
}
