//! "Audit a policy" and "Explain an error": pasted text through the linter and the explainer.
//! Pasted text stays in component state: never in the link, never stored.

use yew::prelude::*;

use super::fields::severity_label;
use crate::diag::Location;
use crate::explain::{self, ExplainContext, Explanation};
use crate::form::Form;
use crate::i18n::messages::translate;
use crate::i18n::{Lang, t};
use crate::lint::{self, LintContext, PolicyKind, Report};

fn textarea_setter(state: UseStateHandle<String>) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            state.set(t.value());
        }
    })
}

/// A report's sentences in the page's language.
#[derive(Default)]
struct ReportTexts {
    failure: String,
    summary: Option<String>,
    /// Message and help of each finding, in the report's order.
    findings: Vec<(String, String)>,
}

impl ReportTexts {
    fn new(lang: Lang, report: &Report) -> Self {
        match report {
            Report::Unreadable { failure } => ReportTexts {
                failure: translate(lang, &failure.message()).into_owned(),
                ..ReportTexts::default()
            },
            Report::Checked(checked) => ReportTexts {
                summary: checked
                    .summary
                    .as_deref()
                    .map(|s| translate(lang, s).into_owned()),
                findings: checked
                    .diagnostics
                    .iter()
                    .map(|d| {
                        (
                            translate(lang, &d.message).into_owned(),
                            translate(lang, &d.help).into_owned(),
                        )
                    })
                    .collect(),
                ..ReportTexts::default()
            },
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AuditProps {
    pub form: Form,
}

#[component]
pub fn Audit(props: &AuditProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let text = use_state(String::new);
    let kind = use_state(|| PolicyKind::Trust);
    let use_form = use_state(|| true);
    let report = {
        let deps = ((*text).clone(), *kind, *use_form, props.form.clone());
        use_memo(deps, |(text, kind, use_form, form)| {
            if text.trim().is_empty() {
                return None;
            }
            let ctx = if *use_form {
                LintContext::from_form(form)
            } else {
                LintContext::default()
            };
            Some(match kind {
                PolicyKind::Trust => lint::trust_policy(text, &ctx),
                PolicyKind::Permission => lint::permission_policy(text, &ctx),
            })
        })
    };
    // Translated once per report: typing in the form re-renders this tool, mostly with an equal
    // report.
    let texts = use_memo((lang, (*report).clone()), |(lang, report)| {
        report
            .as_ref()
            .map(|r| ReportTexts::new(*lang, r))
            .unwrap_or_default()
    });
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                kind.set(if s.value() == "permission" {
                    PolicyKind::Permission
                } else {
                    PolicyKind::Trust
                });
            }
        })
    };
    let on_use_form = {
        let use_form = use_form.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                use_form.set(i.checked());
            }
        })
    };

    let result = match report.as_ref() {
        None => html! { <p class="hint">{ t(lang, "audit.empty") }</p> },
        // The message names the line and column, or the JSON pointer, itself.
        Some(Report::Unreadable { .. }) => html! {
            <p class="problem" role="alert" data-testid="audit-error">{ texts.failure.clone() }</p>
        },
        Some(Report::Checked(checked)) => html! {
            <>
                if let Some(summary) = &texts.summary {
                    <p class="summary-line" data-testid="audit-summary">
                        <strong>{ t(lang, "audit.who") }</strong>{ " " }{ summary.clone() }
                    </p>
                }
                if checked.diagnostics.is_empty() {
                    <p class="decision allowed" data-testid="audit-clean">{ t(lang, "audit.clean") }</p>
                } else {
                    <ul class="diagnostics" data-testid="audit-findings">
                        { for checked.diagnostics.iter().zip(&texts.findings).map(|(d, (message, help))| {
                            let pointer = match &d.location {
                                Location::Pointer { pointer } => {
                                    let prefix = &checked.source.document_pointer;
                                    format!("{prefix}{pointer}")
                                }
                                _ => String::new(),
                            };
                            html! {
                                <li class={classes!("diagnostic", d.severity.as_str())} data-testid="audit-finding" data-code={d.code}>
                                    <strong>{ severity_label(lang, d.severity) }</strong>{ " " }
                                    { message.clone() }{ " " }
                                    <span class="help">{ help.clone() }</span>
                                    if !pointer.is_empty() {
                                        { " " }<code class="pointer" data-testid="audit-pointer">{ pointer }</code>
                                    }
                                    { " " }<code class="code">{ d.code }</code>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </>
        },
    };

    html! {
        <section class="tool" aria-labelledby="audit-heading">
            <h2 id="audit-heading">{ t(lang, "tool.audit") }</h2>
            <p class="hint">{ t(lang, "audit.intro") }</p>
            <div class="field">
                <label for="audit-kind">{ t(lang, "audit.kind") }</label>
                <select id="audit-kind" onchange={on_kind}>
                    <option value="trust" selected={*kind == PolicyKind::Trust}>{ t(lang, "audit.kind.trust") }</option>
                    <option value="permission" selected={*kind == PolicyKind::Permission}>{ t(lang, "audit.kind.permission") }</option>
                </select>
            </div>
            <div class="field">
                <label for="audit-policy">{ t(lang, "audit.text") }</label>
                <textarea id="audit-policy" rows="10" spellcheck="false" value={(*text).clone()}
                    oninput={textarea_setter(text.clone())} />
            </div>
            <div class="field field-check">
                <input id="audit-use-form" type="checkbox" checked={*use_form} onchange={on_use_form}
                    aria-describedby="hint-audit-use-form" />
                <label for="audit-use-form">{ t(lang, "audit.use-form") }</label>
                <p class="hint" id="hint-audit-use-form">{ t(lang, "audit.use-form.hint") }</p>
            </div>
            <div class="result" aria-live="polite">{ result }</div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub form: Form,
}

#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let text = use_state(String::new);
    let explanation = {
        let deps = ((*text).clone(), props.form.clone());
        use_memo(deps, |(text, form)| {
            if text.trim().is_empty() {
                return None;
            }
            let ctx = ExplainContext {
                form: Some(form.clone()),
                ..ExplainContext::default()
            };
            Some(explain::diagnose(text, Some(&ctx)))
        })
    };
    let result = match explanation.as_ref() {
        None => html! { <p class="hint">{ t(lang, "explain.empty") }</p> },
        Some(Explanation::Unrecognised { help }) => html! {
            <div data-testid="explain-unrecognised">
                <p><strong>{ translate(lang, help.title).into_owned() }</strong></p>
                <ul>{ for help.steps.iter().map(|s| html! { <li>{ translate(lang, s).into_owned() }</li> }) }</ul>
            </div>
        },
        Some(Explanation::Causes { causes }) => html! {
            <ol class="causes" data-testid="explain-causes">
                { for causes.iter().map(|c| html! {
                    <li class="cause" data-testid="explain-cause" data-cause={c.id}>
                        <p class="cause-title">
                            <strong>{ translate(lang, &c.title).into_owned() }</strong>
                            if c.confirmed {
                                { " " }<span class="badge" data-testid="explain-confirmed">{ t(lang, "explain.confirmed") }</span>
                            }
                        </p>
                        <p>{ translate(lang, &c.why).into_owned() }</p>
                        <p class="fix"><strong>{ t(lang, "explain.fix") }</strong>{ " " }{ translate(lang, &c.fix).into_owned() }</p>
                        if !c.codes.is_empty() {
                            <p class="hint">{ t(lang, "explain.related") }{ " " }{ for c.codes.iter().map(|code| html! { <><code>{ *code }</code>{ " " }</> }) }</p>
                        }
                    </li>
                }) }
            </ol>
        },
    };
    html! {
        <section class="tool" aria-labelledby="explain-heading">
            <h2 id="explain-heading">{ t(lang, "tool.explain") }</h2>
            <p class="hint">{ t(lang, "explain.intro") }</p>
            <div class="field">
                <label for="explain-text">{ t(lang, "explain.text") }</label>
                <textarea id="explain-text" rows="8" spellcheck="false" value={(*text).clone()}
                    oninput={textarea_setter(text.clone())} />
            </div>
            <div class="result" aria-live="polite">{ result }</div>
        </section>
    }
}
