use leptos::mount::mount_to_body;
use tesla_token_page::browser::mark_interactive;
use tesla_token_page::ui::App;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
    mark_interactive();
}
