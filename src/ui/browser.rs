//! The only file that touches the browser: location hash, clipboard and downloads.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `<main id="app">` if the host page has one.
pub fn app_root() -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id("app")
}

/// The current fragment, without `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Rewrites the fragment without adding a history entry or firing `hashchange`.
pub fn set_fragment(fragment: &str) {
    let Some(w) = window() else { return };
    let current = w.location().hash().unwrap_or_default();
    if current.trim_start_matches('#') == fragment {
        return;
    }
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// Calls `f` with the new fragment whenever the user opens another link in this tab.
/// The fragment is read from the event's new URL: the location may already have been rewritten
/// by then.
pub fn on_hash_change(
    mut f: impl FnMut(String) + 'static,
) -> Option<Listener<dyn FnMut(web_sys::HashChangeEvent)>> {
    let target: web_sys::EventTarget = window()?.into();
    let closure =
        Closure::<dyn FnMut(web_sys::HashChangeEvent)>::new(move |e: web_sys::HashChangeEvent| {
            let url = e.new_url();
            f(url.split_once('#').map_or("", |(_, f)| f).to_owned())
        });
    target
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target,
        event: "hashchange",
        closure,
    })
}

/// Writes `text` to the clipboard; `Err` carries a message for the user.
pub async fn copy(text: &str) -> Result<(), String> {
    let Some(w) = window() else {
        return Err("no browser window".into());
    };
    let clipboard = w.navigator().clipboard();
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "the browser refused access to the clipboard".into())
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |what: &str| format!("the download could not start ({what})");
    let w = window().ok_or_else(|| fail("no window"))?;
    let document = w.document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("element"))?
        .dyn_into()
        .map_err(|_| fail("anchor"))?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Selects the text of the element with this id, so the user can copy it by hand.
pub fn select_text_of(id: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(el), Some(selection)) = (
        document.get_element_by_id(id),
        window().and_then(|w| w.get_selection().ok().flatten()),
    ) else {
        return;
    };
    if let Ok(range) = document.create_range() {
        let _ = range.select_node_contents(&el);
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}

/// Sets `data-theme` on the root element (`None` follows the system setting).
pub fn set_theme(theme: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
}

/// Whether the system asks for a dark colour scheme.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// True in the self-contained offline file (its loader sets `KEYLESS_SINGLE_FILE`).
pub fn is_single_file() -> bool {
    window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("KEYLESS_SINGLE_FILE")).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Posts `{type: "keyless:height", height}` to the embedding page when the height changed.
pub fn post_height() {
    thread_local! {
        static LAST: std::cell::Cell<i32> = const { std::cell::Cell::new(-1) };
    }
    let Some(w) = window() else { return };
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    // The root's own box: scrollHeight never drops below the frame's height, so a frame sized
    // from it could grow but never shrink.
    let height = root.get_bounding_client_rect().height().ceil() as i32;
    if LAST.with(|last| last.replace(height)) == height {
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"keyless:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&message, "*");
}

/// Keeps a listener alive; dropping it removes the listener.
pub struct Listener<T: ?Sized + wasm_bindgen::closure::WasmClosure> {
    target: web_sys::EventTarget,
    event: &'static str,
    closure: Closure<T>,
}

impl<T: ?Sized + wasm_bindgen::closure::WasmClosure> Drop for Listener<T> {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// Calls `f(dark)` when the system colour scheme changes.
pub fn on_scheme_change(mut f: impl FnMut(bool) + 'static) -> Option<Listener<dyn FnMut()>> {
    let query = window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()?;
    let target: web_sys::EventTarget = query.clone().into();
    let closure = Closure::<dyn FnMut()>::new(move || f(query.matches()));
    target
        .add_event_listener_with_callback("change", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target,
        event: "change",
        closure,
    })
}

/// Posts the height again whenever the root element changes size. Dropping the guard stops it.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _closure: Closure<dyn FnMut()>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn observe_height() -> Option<HeightObserver> {
    let root = window()?.document()?.document_element()?;
    let closure = Closure::<dyn FnMut()>::new(post_height);
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some(HeightObserver {
        observer,
        _closure: closure,
    })
}

/// The browser's preferred language tag (`navigator.language`), or empty.
pub fn language() -> String {
    window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Sets the `lang` attribute of the root element.
pub fn set_lang(lang: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
    }
}
