//! Refuses to build a page whose build settings would break it or make it
//! unsafe (a relay that cannot parse, a plain-http Tesla host…), naming the
//! variable, so that nothing about them can fail when the page runs.

fn main() {
    use token_core::settings::build_check::{VARIABLES, check};
    for variable in VARIABLES {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    let problems = check(|name| std::env::var(name).ok());
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("bad build setting: {problem}");
        }
        std::process::exit(1);
    }
}
