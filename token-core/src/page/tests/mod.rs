use super::*;
use crate::oauth::callback::PasteError;
use crate::oauth::channel::LoginResult;
use crate::oauth::fleet::FleetRegion;
use crate::oauth::pkce::PkceVerifier;
use crate::owner_api::ApiError;
use crate::owner_api::task::ApiTask;
use crate::testing::{ScriptedIo, block_on, token_answer};
use crate::transport::via::DirectSupport;

const NOW: f64 = 1_000_000.0;

fn page() -> Page {
    let (relay, _) = RelayChoice::new(None, None);
    Page::new(relay, NOW)
}

/// "Open Tesla login" with fresh secrets made from `seed`; the login's state is `state-{seed}`.
fn press_login(seed: u8) -> Event {
    let secrets = Ok((PkceVerifier::from_random_bytes(&[seed; 64]), format!("state-{seed}")));
    Event::StartLogin { switch_account: false, secrets, now_ms: NOW }
}

/// Presses "Open Tesla login"; returns the `state` of the login tab.
fn start_login(page: &mut Page, seed: u8) -> String {
    let commands = page.handle(press_login(seed));
    // The tab first (no popup blocker), and the relay's health check with it.
    assert!(matches!(commands.first(), Some(Command::OpenTab(_))), "{commands:?}");
    assert!(commands[1..].iter().all(|c| matches!(c, Command::Run(Job { work: Work::Health { .. }, .. }))));
    format!("state-{seed}")
}

/// Presses "Forget everything" and answers "yes".
fn forget_everything(page: &mut Page) {
    page.handle(Event::Forget);
    page.handle(Event::Confirm);
}

fn callback(state: &str) -> String {
    format!(
        "tesla://auth/callback?locale=en-US&code=NA_code&state={state}&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3"
    )
}

fn paste(page: &mut Page, state: &str) -> Vec<Command> {
    page.handle(Event::Input { field: Field::Callback, text: callback(state) });
    page.handle(Event::Paste { now_ms: NOW })
}

fn only_job(commands: Vec<Command>) -> Job {
    match <[Command; 1]>::try_from(commands) {
        Ok([Command::Run(job)]) => job,
        Ok(other) => panic!("not a job: {other:?}"),
        Err(commands) => panic!("not one command: {commands:?}"),
    }
}

/// Runs `job` against Tesla answering `status, body`, and hands the answer back.
fn answer(page: &mut Page, job: Job, status: u16, body: &str) -> Vec<Command> {
    let event = block_on(perform(job, &ScriptedIo::answering(&[(status, body)])));
    page.handle(event)
}

fn with_tokens(tag: &str) -> Page {
    let mut page = page();
    let state = start_login(&mut page, 1);
    let job = only_job(paste(&mut page, &state));
    answer(&mut page, job, 200, &token_answer(tag));
    assert!(page.tokens().is_some());
    page
}

fn refresh_token(page: &Page) -> Option<String> {
    page.tokens().map(|t| t.tokens.refresh_token.expose().to_owned())
}

#[test]
fn a_paste_becomes_an_exchange_and_its_answer_shows_the_tokens() {
    let mut page = page();
    let state = start_login(&mut page, 1);
    assert_eq!(page.leave_warning(), Some(LeaveWarning::LoginPending));
    let job = only_job(paste(&mut page, &state));
    assert!(page.exchanging());
    assert!(paste(&mut page, &state).is_empty(), "one exchange at a time");
    answer(&mut page, job, 200, &token_answer("one"));
    assert_eq!(refresh_token(&page).as_deref(), Some("one-refresh"));
    assert!(page.would_lose_work() && !page.exchanging(), "tokens never copied");
    assert_eq!(page.leave_warning(), Some(LeaveWarning::UncopiedTokens));
    assert_eq!(page.arrivals(), 1, "the view brings them into sight");
    page.handle(Event::Saved);
    assert!(!page.would_lose_work() && page.leave_warning().is_none());
    // Step 2 folds away as the tokens arrive: the news is told under them.
    assert_eq!(page.message(Spot::Paste), None, "no \"working\" line left in the folded step");
    let said = page.message(Spot::Tokens).unwrap();
    assert_eq!(said.tone, Tone::Done);
    assert_eq!(said.says, Says::TokensReceived(Route::Relay("127.0.0.1:8787".into())));
    assert_eq!(page.input(Field::Callback), "", "the spent code left its box");
}

#[test]
fn an_exchange_answered_after_forget_everything_is_dropped() {
    // Pins a bug: a slow answer wrote tokens back after "Forget everything".
    let mut page = page();
    let state = start_login(&mut page, 1);
    let job = only_job(paste(&mut page, &state));
    forget_everything(&mut page);
    answer(&mut page, job, 200, &token_answer("late"));
    assert_eq!(page.tokens(), None);
    assert_eq!(page.message(Spot::Paste), None);
    assert_eq!(page.notice(), Some(Forgotten::Everything));
    assert!(!page.awaiting_paste(), "the login's verifier is gone too");
}

#[test]
fn a_refresh_answered_after_the_idle_timeout_is_dropped() {
    let mut page = with_tokens("one");
    let job = only_job(page.handle(Event::RefreshShown));
    page.handle(Event::Tick { now_ms: NOW + 16.0 * 60_000.0 });
    assert_eq!(page.tokens(), None, "idle for longer than the default 15 minutes");
    answer(&mut page, job, 200, &token_answer("late"));
    assert_eq!(page.tokens(), None);
    assert_eq!(page.notice(), Some(Forgotten::Idle { minutes: 15 }));
}

#[test]
fn an_own_app_answer_after_forget_is_dropped() {
    let mut page = page();
    let url = Url::parse("https://me.github.io/tokens/").unwrap();
    page.handle(Event::Input { field: Field::FleetClientId, text: "my-app".into() });
    let commands = page.handle(Event::StartFleet {
        region: FleetRegion::Europe,
        secrets: Ok((PkceVerifier::from_random_bytes(&[3; 64]), "fleet-state".into())),
        page_url: url,
    });
    assert!(matches!(commands.as_slice(), [Command::OpenTab(_)]));
    let message = LoginResult::from_query("?code=EU_code&state=fleet-state").unwrap().unwrap().to_message();
    let job = only_job(page.handle(Event::FleetMessage(message)));
    forget_everything(&mut page);
    answer(&mut page, job, 200, &token_answer("late"));
    assert_eq!(page.tokens(), None);
    assert!(!page.fleet_waiting());
}

#[test]
fn a_url_from_an_earlier_login_tab_still_works_after_a_second_press() {
    let mut page = page();
    let first = start_login(&mut page, 1);
    let _second = start_login(&mut page, 2);
    let job = only_job(paste(&mut page, &first));
    answer(&mut page, job, 200, &token_answer("first"));
    assert_eq!(refresh_token(&page).as_deref(), Some("first-refresh"));
}

#[test]
fn only_the_last_three_logins_are_kept_and_each_for_its_lifetime() {
    let mut page = page();
    let oldest = start_login(&mut page, 1);
    for seed in 2..=4 {
        start_login(&mut page, seed);
    }
    paste(&mut page, &oldest);
    let refused = Some(Says::Paste(PasteError::StateMismatch));
    assert_eq!(page.message(Spot::Paste).map(|m| m.says.clone()), refused);
    let late = NOW + crate::tesla::LOGIN_LIFETIME_MS;
    page.handle(Event::Input { field: Field::Callback, text: callback("state-4") });
    page.handle(Event::Paste { now_ms: late });
    assert_eq!(page.message(Spot::Paste).map(|m| m.says.clone()), refused, "expired with its code");
}

/// The `locale` of the login link "Open Tesla login" opens, if it has one.
fn login_locale(page: &mut Page, seed: u8) -> Option<String> {
    let commands = page.handle(press_login(seed));
    let Some(Command::OpenTab(url)) = commands.first() else { panic!("no tab: {commands:?}") };
    url.query_pairs().find(|(name, _)| name == "locale").map(|(_, value)| value.into_owned())
}

#[test]
fn tesla_s_login_speaks_the_page_s_language_unless_another_is_typed() {
    let mut page = page().speaking("de-DE");
    assert_eq!(page.default_login_locale(), Some("de-DE"));
    assert_eq!(login_locale(&mut page, 1).as_deref(), Some("de-DE"), "empty box: the page's language");
    page.handle(Event::Input { field: Field::LoginLocale, text: " fr-FR ".into() });
    assert_eq!(login_locale(&mut page, 2).as_deref(), Some("fr-FR"), "the typed locale wins");
    page.handle(Event::Input { field: Field::LoginLocale, text: String::new() });
    assert_eq!(login_locale(&mut page, 3).as_deref(), Some("de-DE"), "emptied again: the default again");
    forget_everything(&mut page);
    assert_eq!(page.default_login_locale(), Some("de-DE"), "the page's language is no secret to forget");
    assert_eq!(login_locale(&mut page, 4).as_deref(), Some("de-DE"));
}

#[test]
fn a_page_without_a_language_or_with_a_bad_one_lets_tesla_choose() {
    let mut page = page();
    assert_eq!(page.default_login_locale(), None);
    assert_eq!(login_locale(&mut page, 1), None);
    let mut page = self::page().speaking("german&x=1");
    assert_eq!(page.default_login_locale(), None, "never put into the link unchecked");
    assert_eq!(login_locale(&mut page, 1), None);
}

#[test]
fn start_again_forgets_the_logins_but_not_the_tokens() {
    let mut page = with_tokens("one");
    let state = start_login_confirmed(&mut page, 2);
    page.handle(Event::ForgetLogins);
    assert!(!page.awaiting_paste());
    assert!(paste(&mut page, &state).is_empty());
    assert_eq!(refresh_token(&page).as_deref(), Some("one-refresh"), "no token lost without a word");
}

fn start_login_confirmed(page: &mut Page, seed: u8) -> String {
    page.handle(Event::Saved);
    start_login(page, seed)
}

#[test]
fn a_failed_exchange_lets_the_same_url_be_pasted_again() {
    let mut page = page();
    let state = start_login(&mut page, 1);
    let job = only_job(paste(&mut page, &state));
    let event = block_on(perform(job, &ScriptedIo::answering(&[])));
    page.handle(event);
    let said = page.message(Spot::Paste).unwrap();
    assert_eq!(said.tone, Tone::Problem);
    assert_eq!(said.says, Says::Exchange(ExchangeError::RelayUnreachable("127.0.0.1:8787".into())));
    let job = only_job(paste(&mut page, &state));
    answer(&mut page, job, 200, &token_answer("retry"));
    assert!(page.tokens().is_some());
}

#[test]
fn pasting_a_used_url_again_says_the_tokens_are_shown() {
    let mut page = page();
    let state = start_login(&mut page, 1);
    let job = only_job(paste(&mut page, &state));
    answer(&mut page, job, 200, &token_answer("one"));
    assert!(page.can_paste(), "the button takes it");
    assert!(paste(&mut page, &state).is_empty(), "nothing is sent");
    let said = page.message(Spot::Paste).unwrap();
    assert_eq!(said.tone, Tone::Done, "no red error");
    assert_eq!(said.says, Says::AlreadyExchanged);
}

#[test]
fn replacing_tokens_never_copied_asks_first() {
    // Pins a bug: a second "Open Tesla login" wiped the only copy of the tokens without a word.
    let mut page = with_tokens("one");
    assert!(page.handle(press_login(9)).is_empty());
    assert_eq!(page.question().map(Question::asks), Some(Asks::ReplaceUncopiedTokens));
    page.handle(Event::Decline);
    assert!(page.question().is_none() && page.login_url().is_none(), "no login was started");
    let pasted = crate::testing::jwt(r#"{"iss":"https://auth.tesla.com/oauth2/v3"}"#);
    page.handle(Event::Input { field: Field::RefreshToken, text: pasted });
    let again = Event::RefreshPasted { region: None, spot: Spot::RefreshPasted };
    assert!(page.handle(again).is_empty());
    assert!(only_job(page.handle(Event::Confirm)).ticket.id > 0, "yes runs what was asked");
    assert_eq!(refresh_token(&page).as_deref(), Some("one-refresh"), "still shown until new ones arrive");
}

#[test]
fn copied_tokens_are_replaced_without_a_question() {
    let mut page = with_tokens("one");
    page.handle(Event::Saved);
    start_login(&mut page, 2);
    assert!(page.question().is_none());
}

#[test]
fn a_task_reporting_after_forget_or_cancel_changes_nothing() {
    // Pins a bug: forgetting during "Wake up" killed the page.
    let mut page = with_tokens("one");
    let job = only_job(page.handle(Event::RunApi(ApiTask::Check)));
    let ticket = job.ticket;
    assert!(page.wants(ticket) && page.api().busy());
    forget_everything(&mut page);
    assert!(!page.wants(ticket), "the task stops at its next step");
    page.handle(Event::ApiProgress { ticket, progress: Progress::Refreshed(crate::testing::set("late")) });
    page.handle(Event::ApiDone { ticket, result: Ok(()) });
    assert_eq!(page.tokens(), None);
    assert_eq!(page.api(), &ApiPanel::default());

    let mut page = with_tokens("two");
    let ticket = only_job(page.handle(Event::RunApi(ApiTask::Check))).ticket;
    page.handle(Event::CancelApi);
    assert!(!page.wants(ticket) && !page.api().busy());
    page.handle(Event::ApiProgress {
        ticket,
        progress: Progress::Line(crate::owner_api::task::TaskLine::CarOnline),
    });
    assert!(page.api().timeline.is_empty());
}

#[test]
fn owner_api_calls_go_through_the_relay_even_in_direct_mode() {
    let mut page = with_tokens("one");
    let probe = only_job(page.handle(Event::ProbeDirect)).ticket;
    page.handle(Event::Probed { ticket: probe, readable: true });
    page.handle(Event::ChooseDirect(true));
    assert_eq!(page.direct(), DirectSupport::Available { chosen: true });
    let Work::Api { session, .. } = only_job(page.handle(Event::RunApi(ApiTask::Check))).work else {
        panic!("not an owner-API task")
    };
    assert!(!session.api_via.is_direct());
    assert!(session.token_via.is_direct(), "the refresh goes where the probe proved");
}

#[test]
fn nothing_is_sent_while_a_links_relay_awaits_an_answer() {
    let (relay, _) = RelayChoice::new(None, Some("http://localhost:9/"));
    let mut page = Page::new(relay, NOW);
    let state = start_login(&mut page, 1);
    assert!(paste(&mut page, &state).is_empty());
    assert_eq!(page.message(Spot::Paste).unwrap().says, Says::AnswerRelayQuestionFirst);
    page.handle(Event::AcceptRelay);
    let Work::Token { via, .. } = only_job(paste(&mut page, &state)).work else { panic!("not a token job") };
    assert_eq!(via.route(), Route::Relay("localhost:9".into()));
}

#[test]
fn a_refresh_without_a_new_refresh_token_keeps_the_old_one_and_says_so() {
    let mut page = with_tokens("one");
    let job = only_job(page.handle(Event::RefreshShown));
    answer(&mut page, job, 200, r#"{"access_token":"a2","expires_in":28800}"#);
    assert_eq!(refresh_token(&page).as_deref(), Some("one-refresh"));
    let said = page.message(Spot::RefreshNow).unwrap();
    assert_eq!(said.says, Says::Refreshed(RefreshOutcome::Kept));
    assert_eq!(page.message(Spot::Tokens), None, "the login's news no longer describes these tokens");
}

#[test]
fn forget_everything_asks_once_beside_its_button_and_only_when_something_would_go() {
    let mut page = page();
    page.handle(Event::Forget);
    assert!(page.question().is_none(), "nothing to lose: nothing to ask");
    let mut page = with_tokens("one");
    page.handle(Event::Forget);
    assert_eq!(page.question().map(Question::spot), Some(Spot::Forget));
    assert!(page.tokens().is_some(), "nothing forgotten before the answer");
    page.handle(Event::Decline);
    assert!(page.tokens().is_some());
    forget_everything(&mut page);
    assert!(page.tokens().is_none() && page.question().is_none());
}

#[test]
fn a_tasks_outcome_is_shown_beside_the_button_that_started_it() {
    let mut page = with_tokens("one");
    only_job(page.handle(Event::RunApi(ApiTask::Wake("42".into()))));
    assert_eq!(page.api().at, Some(TaskSpot::Car("42".into())));
}

#[test]
fn a_token_the_owner_api_refuses_says_which_relay_minted_it() {
    let mut page = with_tokens("one");
    let ticket = only_job(page.handle(Event::RunApi(ApiTask::Check))).ticket;
    page.handle(Event::ApiDone { ticket, result: Err(ApiError::ForbiddenSeeFleet) });
    let minted = Some(Route::Relay("127.0.0.1:8787".into()));
    assert_eq!(page.api().problem, Some(Says::Api { error: ApiError::ForbiddenSeeFleet, minted }));
}

mod relay;

#[test]
fn the_idle_timeout_wipes_a_typed_token_even_with_no_tokens_shown() {
    // Found in review: the idle timeout only fired while tokens were shown,
    // so a refresh token pasted into its box, a token in the inspector (and
    // the claims it decoded) or a client secret stayed on the page forever.
    for field in [Field::RefreshToken, Field::InspectToken, Field::FleetSecret, Field::Callback] {
        let mut page = page();
        page.handle(Event::Input { field, text: "NA_a-secret-someone-typed".into() });
        page.handle(Event::Tick { now_ms: NOW + 14.0 * 60_000.0 });
        assert_eq!(page.input(field), "NA_a-secret-someone-typed", "{field:?}: not yet idle");
        page.handle(Event::Tick { now_ms: NOW + 16.0 * 60_000.0 });
        assert_eq!(page.input(field), "", "{field:?}: idle for longer than the default 15 minutes");
        assert_eq!(page.notice(), Some(Forgotten::Idle { minutes: 15 }), "{field:?}");
    }
    // A page holding nothing says nothing when the time passes.
    let mut page = page();
    page.handle(Event::Tick { now_ms: NOW + 16.0 * 60_000.0 });
    assert_eq!(page.notice(), None);
}
