//! The `keyless` command line. Host only: on wasm32 (the page's target) it is an empty program,
//! so the command line adds nothing to the page's bundle.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    keyless::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
