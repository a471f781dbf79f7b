//! The page: Yew components over the core. State is the raw [`Form`]; the bundle and its
//! diagnostics are derived from it with `use_memo`, never stored. Only `ui/browser.rs` touches
//! `web_sys`.

mod audit;
mod browser;
mod convert;
mod fields;
mod panels;
mod simulate;

use std::rc::Rc;

use yew::prelude::*;

use crate::diag::{Diagnostic, Severity};
use crate::form::{Field, Form, PageOptions, Theme};
use crate::generate::{Outcome, generate};
use crate::i18n::{Lang, t};

/// Mounts the app into `<main id="app">` (or the body).
pub fn start() {
    let root = browser::app_root();
    match root {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// How long typing must pause before the link is rewritten.
const FRAGMENT_DELAY_MS: u32 = 150;

/// The page state: the form as typed plus the last status message.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub form: Form,
    pub status: String,
    /// Problems found in the link the page was opened with.
    pub link_problems: Vec<String>,
    /// Embed mode and theme, kept in the link beside the form.
    pub options: PageOptions,
    /// The system asks for a dark colour scheme (kept current by a media-query listener).
    pub system_dark: bool,
}

pub enum Action {
    Set(Field, String),
    Theme(Theme),
    Tool(Tool),
    Lang(Lang),
    /// Another link was opened in this tab: its form, the problems found in it, its options.
    Replace(Box<Form>, Vec<String>, PageOptions),
    SystemDark(bool),
    Status(String),
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(field, value) => {
                next.form.set(field, value);
                next.status.clear();
            }
            Action::Replace(form, problems, options) => {
                next.form = *form;
                next.link_problems = problems;
                next.options = options;
            }
            Action::SystemDark(dark) => next.system_dark = dark,
            Action::Status(s) => next.status = s,
            Action::Theme(theme) => next.options.theme = Some(theme),
            Action::Lang(lang) => next.options.lang = Some(lang),
            Action::Tool(tool) => {
                next.options.tool = (tool != Tool::Files).then(|| tool.id().to_owned());
            }
        }
        Rc::new(next)
    }
}

/// The tools of the right-hand column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Files,
    Simulate,
    Audit,
    Explain,
    Convert,
}

impl Tool {
    pub const ALL: [Tool; 5] = [
        Tool::Files,
        Tool::Simulate,
        Tool::Audit,
        Tool::Explain,
        Tool::Convert,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Tool::Files => "files",
            Tool::Simulate => "simulate",
            Tool::Audit => "audit",
            Tool::Explain => "explain",
            Tool::Convert => "convert",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        t(lang, &format!("tool.{}", self.id()))
    }

    fn from_options(options: &PageOptions) -> Tool {
        Tool::ALL
            .into_iter()
            .find(|t| options.tool.as_deref() == Some(t.id()))
            .unwrap_or(Tool::Files)
    }
}

fn initial_state() -> State {
    let fragment = browser::fragment();
    let (form, problems) = Form::from_fragment(&fragment);
    State {
        form,
        status: String::new(),
        link_problems: problems.iter().map(ToString::to_string).collect(),
        options: PageOptions::from_fragment(&fragment),
        system_dark: browser::prefers_dark(),
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let outcome: Rc<Outcome> = {
        let form = state.form.clone();
        use_memo(form, generate)
    };

    // A link rewrite waiting for typing to pause; opening another link cancels it.
    let pending_fragment = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // Keep the link in step with the form (replaceState: no history entry per keystroke).
    // Written once typing pauses: replaceState costs more than generating all four files.
    {
        let options = state.options.to_fragment();
        let mut fragment = state.form.to_fragment();
        if !options.is_empty() {
            fragment.push('&');
            fragment.push_str(&options);
        }
        let pending = pending_fragment.clone();
        use_effect_with(fragment, move |fragment| {
            let fragment = fragment.clone();
            // Replacing the handle cancels the write scheduled by the previous keystroke.
            *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                FRAGMENT_DELAY_MS,
                move || browser::set_fragment(&fragment),
            ));
        });
    }
    {
        let theme = state.options.theme;
        use_effect_with(theme, |theme| browser::set_theme(theme.map(Theme::as_str)));
    }
    // In an iframe, tell the host page how tall the content is: after every render, and
    // whenever the content box changes size without one (the frame got narrower, fonts...).
    {
        let embed = state.options.embed;
        use_effect(move || {
            if embed {
                browser::post_height();
            }
        });
        use_effect_with(embed, |embed| {
            let observer = embed.then(browser::observe_height).flatten();
            move || drop(observer)
        });
    }
    // Follow the system colour scheme while the page is open.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = browser::on_scheme_change(move |dark| {
                dispatcher.dispatch(Action::SystemDark(dark))
            });
            move || drop(listener)
        });
    }
    // Opening another link in the same tab (hashchange) reloads the form from it.
    {
        let dispatcher = state.dispatcher();
        let pending = pending_fragment.clone();
        use_effect_with((), move |()| {
            let listener = browser::on_hash_change(move |fragment| {
                // The link the user opened wins over a rewrite still waiting.
                pending.borrow_mut().take();
                let (form, problems) = Form::from_fragment(&fragment);
                dispatcher.dispatch(Action::Replace(
                    Box::new(form),
                    problems.iter().map(ToString::to_string).collect(),
                    PageOptions::from_fragment(&fragment),
                ));
            });
            move || drop(listener)
        });
    }

    let on_change = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(field, value): (Field, String)| {
            dispatcher.dispatch(Action::Set(field, value));
        })
    };
    let on_status = {
        let dispatcher = state.dispatcher();
        Callback::from(move |s: String| dispatcher.dispatch(Action::Status(s)))
    };

    let diagnostics: Rc<[Diagnostic]> = outcome.diagnostics.clone().into();
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();

    let embed = state.options.embed;
    let tool = Tool::from_options(&state.options);
    let lang = state
        .options
        .lang
        .unwrap_or_else(|| Lang::from_browser(&browser::language()));
    {
        use_effect_with(lang, |lang| browser::set_lang(lang.id()));
    }
    let on_lang = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>()
                && let Some(lang) = Lang::from_id(&select.value())
            {
                dispatcher.dispatch(Action::Lang(lang));
            }
        })
    };
    let lang_select = html! {
        <select id="lang" class="lang" aria-label={t(lang, "app.language")} onchange={on_lang}>
            { for Lang::ALL.iter().map(|l| html! {
                <option value={l.id()} lang={l.id()} selected={*l == lang}>{ l.name() }</option>
            }) }
        </select>
    };
    let dark_now = match state.options.theme {
        Some(theme) => theme == Theme::Dark,
        None => state.system_dark,
    };
    let on_theme = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Theme(if dark_now {
                Theme::Light
            } else {
                Theme::Dark
            }));
        })
    };
    let theme_button = html! {
        <button type="button" class="theme-toggle secondary" data-testid="theme-toggle"
            aria-pressed={if dark_now { "true" } else { "false" }} onclick={on_theme}>
            { t(lang, "app.theme") }
        </button>
    };

    html! {
        <ContextProvider<Lang> context={lang}>
        <div class={classes!("app", embed.then_some("embed"))}>
            if !embed {
                <header class="page-header">
                    <div class="title-row">
                        <h1>{ "Keyless" }</h1>
                        { theme_button }
                        { lang_select }
                    </div>
                    <p class="tagline">{ t(lang, "app.tagline") }</p>
                </header>
            } else {
                <h1 class="visually-hidden">{ "Keyless" }</h1>
            }
            <main class="layout" aria-label="Keyless">
                <fields::FormView
                    form={state.form.clone()}
                    diagnostics={diagnostics.clone()}
                    on_change={on_change}
                />
                <div class="outputs">
                    <div class="tabs" role="tablist" aria-label={t(lang, "app.tools")}>
                        { for Tool::ALL.iter().map(|t| {
                            let dispatcher = state.dispatcher();
                            let t = *t;
                            html! {
                                <button type="button" role="tab" id={format!("tab-{}", t.id())}
                                    data-testid={format!("tab-{}", t.id())}
                                    aria-selected={if t == tool { "true" } else { "false" }}
                                    aria-controls={format!("tool-{}", t.id())}
                                    class={classes!("tab", (t == tool).then_some("selected"))}
                                    onclick={Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Tool(t)))}>
                                    { t.label(lang) }
                                </button>
                            }
                        }) }
                    </div>
                    <div role="tabpanel" id={format!("tool-{}", tool.id())} aria-labelledby={format!("tab-{}", tool.id())}>
                        <panels::Summary
                            diagnostics={diagnostics.clone()}
                            link_problems={Rc::<[String]>::from(state.link_problems.clone())}
                            errors={errors}
                        />
                        { match tool {
                            Tool::Files => html! { <panels::Panels outcome={outcome.clone()} on_status={on_status} /> },
                            Tool::Simulate => html! {
                                <simulate::Simulate form={state.form.clone()}
                                    generated={outcome.bundle.as_ref().map(|b| AttrValue::from(b.trust_policy.clone()))} />
                            },
                            Tool::Audit => html! { <audit::Audit form={state.form.clone()} /> },
                            Tool::Explain => html! { <audit::Explain form={state.form.clone()} /> },
                            Tool::Convert => html! { <convert::Convert form={state.form.clone()} on_status={on_status.clone()} /> },
                        } }
                    </div>
                </div>
            </main>
            <p class="status" role="status" aria-live="polite" data-testid="status">{ state.status.clone() }</p>
            if !embed {
                <footer class="page-footer">
                    <p>{ t(lang, "app.privacy") }</p>
                    if !browser::is_single_file() {
                        <p>
                            <a href="keyless.html" download="keyless.html" data-testid="offline-copy">{ t(lang, "app.offline") }</a>
                            { " " }{ t(lang, "app.offline.hint") }
                        </p>
                    }
                </footer>
            }
        </div>
        </ContextProvider<Lang>>
    }
}
