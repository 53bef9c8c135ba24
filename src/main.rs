use tesla_token_page::browser::mark_interactive;

fn main() {
    console_error_panic_hook::set_once();
    tesla_token_page::ui::start();
    mark_interactive();
}
