//! The page: mounts the Yew app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    keyless::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("keyless-page is the web page; build it with trunk (see README.md).");
}
