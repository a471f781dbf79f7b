//! The page: Yew components over the core. State is the raw [`Form`]; the bundle and its
//! diagnostics are derived from it with `use_memo`, never stored. Only `ui/browser.rs` touches
//! `web_sys`.

mod browser;
mod fields;
mod panels;

use std::rc::Rc;

use yew::prelude::*;

use crate::diag::{Diagnostic, Severity};
use crate::form::{Field, Form};
use crate::generate::{Outcome, generate};

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

/// The page state: the form as typed plus the last status message.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub form: Form,
    pub status: String,
    /// Problems found in the link the page was opened with.
    pub link_problems: Vec<String>,
}

pub enum Action {
    Set(Field, String),
    Replace(Box<Form>, Vec<String>),
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
            Action::Replace(form, problems) => {
                next.form = *form;
                next.link_problems = problems;
            }
            Action::Status(s) => next.status = s,
        }
        Rc::new(next)
    }
}

fn initial_state() -> State {
    let (form, problems) = Form::from_fragment(&browser::fragment());
    State {
        form,
        status: String::new(),
        link_problems: problems.iter().map(ToString::to_string).collect(),
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let outcome: Rc<Outcome> = {
        let form = state.form.clone();
        use_memo(form, generate)
    };

    // Keep the link in step with the form (replaceState: no history entry per keystroke).
    {
        let fragment = state.form.to_fragment();
        use_effect_with(fragment, |fragment| {
            browser::set_fragment(fragment);
        });
    }
    // Opening another link in the same tab (hashchange) reloads the form from it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = browser::on_hash_change(move |fragment| {
                let (form, problems) = Form::from_fragment(&fragment);
                dispatcher.dispatch(Action::Replace(
                    Box::new(form),
                    problems.iter().map(ToString::to_string).collect(),
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

    html! {
        <>
            <header class="page-header">
                <h1>{ "Keyless" }</h1>
                <p class="tagline">
                    { "Move a GitHub Actions workflow that pushes to Amazon ECR from long-lived AWS access keys to OIDC. " }
                    { "Fill in the form; the four files update as you type. Nothing you enter leaves this page." }
                </p>
            </header>
            <main class="layout">
                <fields::FormView
                    form={state.form.clone()}
                    diagnostics={diagnostics.clone()}
                    on_change={on_change}
                />
                <section class="outputs" aria-label="Generated files">
                    <panels::Summary
                        diagnostics={diagnostics.clone()}
                        link_problems={Rc::<[String]>::from(state.link_problems.clone())}
                        errors={errors}
                    />
                    <panels::Panels outcome={outcome.clone()} on_status={on_status} />
                </section>
            </main>
            <p class="status" role="status" aria-live="polite" data-testid="status">{ state.status.clone() }</p>
            <footer class="page-footer">
                <p>{ "Keyless runs entirely in your browser: it makes no requests, sets no cookies and stores nothing. The link holds your inputs after the #, which browsers never send to a server." }</p>
            </footer>
        </>
    }
}
