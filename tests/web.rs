//! Component tests in headless Chromium (wasm-bindgen-test): the real App rendered into a fresh
//! root, driven through DOM events, read back by `data-testid`. No sleeps: `yew::scheduler::flush`
//! waits for rendering to finish.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

async fn mount() -> Element {
    // Every test starts from the same link.
    let _ = web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"));
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<keyless::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn by_testid(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .ok()
        .flatten()
}

fn text(root: &Element, id: &str) -> String {
    by_testid(root, id)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

async fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .expect("input")
        .dyn_into()
        .expect("an input");
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

async fn choose(root: &Element, id: &str, value: &str) {
    let select: HtmlSelectElement = root
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .expect("select")
        .dyn_into()
        .expect("a select");
    select.set_value(value);
    let event = web_sys::Event::new("change").expect("event");
    select.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn renders_all_four_artifacts_equal_to_the_core() {
    let root = mount().await;
    let expected = keyless::generate(&keyless::Form::default())
        .bundle
        .expect("defaults generate");
    for artifact in keyless::Artifact::ALL {
        assert_eq!(
            text(&root, &format!("artifact-{}", artifact.id())),
            expected.text(artifact),
            "{}",
            artifact.id()
        );
    }
}

#[wasm_bindgen_test]
async fn typing_updates_every_artifact() {
    let root = mount().await;
    type_into(&root, "account", "012345678901").await;
    type_into(&root, "branches", "main, release/v2").await;
    for artifact in ["permission-policy", "trust-policy", "cli"] {
        assert!(
            text(&root, &format!("artifact-{artifact}")).contains("012345678901"),
            "{artifact}"
        );
    }
    let trust = text(&root, "artifact-trust-policy");
    assert!(trust.contains("repo:octo-org/octo-repo:ref:refs/heads/release/v2"));
    assert!(text(&root, "artifact-workflow").contains("- release/v2"));
}

#[wasm_bindgen_test]
async fn invalid_account_shows_its_error_and_withholds_artifacts() {
    let root = mount().await;
    type_into(&root, "account", "12345").await;
    let error = text(&root, "error-account");
    assert!(error.contains("exactly 12 digits"), "{error}");
    let input = root
        .query_selector("#account")
        .ok()
        .flatten()
        .expect("input");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    for artifact in ["permission-policy", "trust-policy", "cli", "workflow"] {
        assert!(by_testid(&root, &format!("artifact-{artifact}")).is_none());
        assert!(text(&root, &format!("problem-{artifact}")).contains("12 digits"));
    }
    type_into(&root, "account", "123456789012").await;
    assert!(by_testid(&root, "error-account").is_none());
    assert!(by_testid(&root, "artifact-trust-policy").is_some());
}

#[wasm_bindgen_test]
async fn wildcard_scope_uses_string_like_and_warns() {
    let root = mount().await;
    choose(&root, "scope", "owner-wide").await;
    let trust = text(&root, "artifact-trust-policy");
    assert!(trust.contains("\"StringLike\""), "{trust}");
    assert!(trust.contains("repo:octo-org/*"));
    let warning = root
        .query_selector("[data-code=\"scope-owner-wide\"]")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(warning.contains("created later"), "{warning}");
}

/// Waits, frame by frame, until `done` holds (at most two seconds); false if it never does.
async fn frames_until(mut done: impl FnMut() -> bool) -> bool {
    let start = js_sys::Date::now();
    while js_sys::Date::now() - start < 2000.0 {
        if done() {
            return true;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    done()
}

/// The link follows the form once typing pauses (it is not rewritten on every keystroke).
#[wasm_bindgen_test]
async fn editing_rewrites_the_fragment() {
    let root = mount().await;
    type_into(&root, "repo", "other-repo").await;
    let hash = || {
        web_sys::window()
            .expect("window")
            .location()
            .hash()
            .expect("hash")
    };
    assert!(
        frames_until(|| hash().contains("repo=other-repo")).await,
        "{}",
        hash()
    );
    drop(root);
}

async fn click(root: &Element, testid: &str) {
    let el: web_sys::HtmlElement = by_testid(root, testid)
        .expect("element")
        .dyn_into()
        .expect("html element");
    el.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn simulator_allows_the_branch_and_names_what_refuses_another() {
    let root = mount().await;
    click(&root, "tab-simulate").await;
    assert_eq!(text(&root, "sim-decision"), "Allowed");
    type_into(&root, "sim-ref", "dev").await;
    assert_eq!(text(&root, "sim-decision"), "Refused");
    let failure = text(&root, "sim-failure");
    assert!(failure.contains("refs/heads/dev"), "{failure}");
    assert!(failure.contains("StringEquals"), "{failure}");
    let claims = text(&root, "sim-claims");
    assert!(
        claims.contains("repo:octo-org/octo-repo:ref:refs/heads/dev"),
        "{claims}"
    );
    click(&root, "tab-files").await;
    assert!(by_testid(&root, "artifact-trust-policy").is_some());
}
