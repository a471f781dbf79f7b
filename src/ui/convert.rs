//! "Convert my workflow": paste or drop a workflow that uses access keys, get it back converted
//! (Copy, Download), the diff of the changed lines, the findings, and the trust policy, setup
//! script and permission policy for what the converted jobs present. The pasted file stays in
//! this component's state: never in the link, never stored.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::severity_label;
use super::panels::CopyDownload;
use crate::convert::{Plan, plan};
use crate::diag::Location;
use crate::form::Form;
use crate::generate::Artifact;
use crate::i18n::messages::translate;
use crate::i18n::{Lang, t, tf};
use crate::workflow::JobStatus;

#[derive(Properties, PartialEq)]
pub struct ConvertProps {
    pub form: Form,
    pub on_status: Callback<String>,
}

/// Reads a dropped or chosen file as text, then hands it to `set`.
fn read_file(file: web_sys::File, set: Callback<(String, String)>) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await
            && let Some(text) = text.as_string()
        {
            set.emit((name, text));
        }
    });
}

#[component]
pub fn Convert(props: &ConvertProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    // The textarea is not controlled: a large pasted file is not copied back into it on every
    // render; its text is read when the user converts.
    let area = use_node_ref();
    let has_text = use_state(|| false);
    let file_name = use_state(|| "workflow.yml".to_owned());
    let upgrade = use_state(|| false);
    let result: UseStateHandle<Option<Rc<Plan>>> = use_state(|| None);

    let set_file = {
        let area = area.clone();
        let has_text = has_text.clone();
        let file_name = file_name.clone();
        let result = result.clone();
        Callback::from(move |(name, body): (String, String)| {
            if let Some(t) = area.cast::<web_sys::HtmlTextAreaElement>() {
                t.set_value(&body);
            }
            file_name.set(name);
            has_text.set(!body.trim().is_empty());
            result.set(None);
        })
    };
    let on_input = {
        let has_text = has_text.clone();
        let result = result.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                let filled = !t.value().trim().is_empty();
                if *has_text != filled {
                    has_text.set(filled);
                }
                if result.is_some() {
                    result.set(None);
                }
            }
        })
    };
    let on_file = {
        let set_file = set_file.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                read_file(file, set_file.clone());
            }
        })
    };
    let on_drop = {
        let set_file = set_file.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                read_file(file, set_file.clone());
            }
        })
    };
    let on_upgrade = {
        let upgrade = upgrade.clone();
        let result = result.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                upgrade.set(i.checked());
                result.set(None);
            }
        })
    };
    let on_convert = {
        let area = area.clone();
        let file_name = file_name.clone();
        let upgrade = upgrade.clone();
        let result = result.clone();
        let form = props.form.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = area.cast::<web_sys::HtmlTextAreaElement>() {
                result.set(Some(Rc::new(plan(&form, &t.value(), &file_name, *upgrade))));
            }
        })
    };

    let output = match result.as_ref() {
        None => html! {},
        Some(plan) => render_plan(lang, plan, &file_name, &props.on_status),
    };

    html! {
        <section class="tool" aria-labelledby="convert-heading">
            <h2 id="convert-heading">{ t(lang, "tool.convert") }</h2>
            <p class="hint">{ t(lang, "convert.intro") }</p>
            <div class="field">
                <label for="convert-input">{ t(lang, "convert.input") }</label>
                <textarea id="convert-input" rows="12" spellcheck="false" ref={area}
                    aria-describedby="hint-convert-input" oninput={on_input} ondrop={on_drop}
                    ondragover={Callback::from(|e: DragEvent| e.prevent_default())} />
                <p class="hint" id="hint-convert-input">{ t(lang, "convert.input.hint") }</p>
            </div>
            <div class="field">
                <label for="convert-file">{ t(lang, "convert.file") }</label>
                <input id="convert-file" type="file" accept=".yml,.yaml,text/yaml" onchange={on_file} />
            </div>
            <div class="field field-check">
                <input id="convert-upgrade" type="checkbox" checked={*upgrade} onchange={on_upgrade}
                    aria-describedby="hint-convert-upgrade" />
                <label for="convert-upgrade">{ t(lang, "convert.upgrade") }</label>
                <p class="hint" id="hint-convert-upgrade">{ t(lang, "convert.upgrade.hint") }</p>
            </div>
            <button type="button" data-testid="convert-run" onclick={on_convert}
                disabled={!*has_text}>{ t(lang, "convert.run") }</button>
            <div class="result" aria-live="polite">{ output }</div>
        </section>
    }
}

fn render_plan(lang: Lang, plan: &Plan, file_name: &str, on_status: &Callback<String>) -> Html {
    let c = &plan.conversion;
    let converted = c
        .jobs
        .iter()
        .filter(|j| j.status == JobStatus::Converted)
        .count();
    let status = if c.changed {
        tf(
            lang,
            "convert.status.converted",
            &[("count", &converted.to_string())],
        )
    } else if c.refused {
        t(lang, "convert.status.refused").to_owned()
    } else {
        t(lang, "convert.status.nothing").to_owned()
    };
    let diff_lines = plan.diff.lines().map(|line| {
        let class = if line.starts_with("+++") || line.starts_with("---") {
            "diff-file"
        } else if line.starts_with('+') {
            "diff-add"
        } else if line.starts_with('-') {
            "diff-del"
        } else if line.starts_with("@@") {
            "diff-hunk"
        } else {
            "diff-ctx"
        };
        html! { <span class={class}>{ line }{ "\n" }</span> }
    });
    html! {
        <>
            <p class={classes!("decision", if c.refused { "refused" } else { "allowed" })} data-testid="convert-status">{ status }</p>
            if !c.findings.is_empty() {
                <ul class="diagnostics" aria-label={t(lang, "summary.findings")}>
                    { for c.findings.iter().map(|d| {
                        let place = match d.location {
                            Location::Line { line, column } => format!("{line}:{column}"),
                            _ => String::new(),
                        };
                        html! {
                            <li class={classes!("diagnostic", d.severity.as_str())} data-testid="convert-finding" data-code={d.code}>
                                <strong>{ severity_label(lang, d.severity) }</strong>{ " " }
                                if !place.is_empty() { <code>{ place }</code>{ " " } }
                                { translate(lang, &d.message).into_owned() }{ " " }<span class="help">{ translate(lang, &d.help).into_owned() }</span>
                                { " " }<code class="code">{ d.code }</code>
                            </li>
                        }
                    }) }
                </ul>
            }
            <ul class="jobs">
                { for c.jobs.iter().map(|j| {
                    let state = match &j.status {
                        JobStatus::Converted => t(lang, "convert.job.converted").to_owned(),
                        JobStatus::Untouched => t(lang, "convert.job.untouched").to_owned(),
                        JobStatus::Refused(why) => {
                            tf(lang, "convert.job.refused", &[("why", &translate(lang, why))])
                        }
                    };
                    html! { <li data-testid="convert-job" data-job={j.job_id.clone()}><code>{ j.job_id.clone() }</code>{ ": " }{ state }</li> }
                }) }
            </ul>
            if c.changed {
                <section class="panel">
                    <div class="panel-head">
                        <h3>{ t(lang, "convert.diff") }</h3>
                    </div>
                    <pre class="artifact diff" tabindex="0" aria-label={t(lang, "convert.diff")}><code data-testid="convert-diff">{ for diff_lines }</code></pre>
                </section>
                <section class="panel">
                    <div class="panel-head">
                        <h3>{ t(lang, "convert.output") }</h3>
                        <code class="file-name">{ file_name }</code>
                        <CopyDownload testid="converted" name={file_name.to_owned()} text={c.output.clone()}
                            mime="application/yaml" on_status={on_status.clone()} />
                    </div>
                    <pre class="artifact" tabindex="0" aria-label={tf(lang, "panel.contents", &[("name", file_name)])}><code data-testid="convert-output">{ c.output.clone() }</code></pre>
                </section>
            }
            { for plan.roles.iter().enumerate().map(|(i, role)| html! {
                <section class="panel" data-testid="convert-role">
                    <div class="panel-head">
                        <h3>{ tf(lang, "convert.role", &[("role", &role.role_to_assume), ("jobs", &role.jobs.join(", "))]) }</h3>
                    </div>
                    { match role.outcome.bundle.as_ref() {
                        None => html! {
                            <div class="problem" data-testid={format!("convert-role-problem-{i}")}>
                                <ul>{ for role.outcome.diagnostics.iter().filter(|d| d.severity == crate::diag::Severity::Error).map(|d| html! { <li>{ translate(lang, &d.message).into_owned() }</li> }) }</ul>
                            </div>
                        },
                        Some(bundle) => html! {
                            { for [Artifact::TrustPolicy, Artifact::PermissionPolicy, Artifact::Cli].into_iter().map(|a| {
                                let name = bundle.file_name(a);
                                html! {
                                    <div class="role-file">
                                        <div class="panel-head">
                                            <h4>{ t(lang, &format!("artifact.{}", a.id())) }</h4>
                                            <code class="file-name">{ name }</code>
                                            <CopyDownload testid={format!("convert-{}-{i}", a.id())} name={name.to_owned()}
                                                text={bundle.text(a).to_owned()} mime="text/plain" on_status={on_status.clone()} />
                                        </div>
                                        <pre class="artifact" tabindex="0" aria-label={tf(lang, "panel.contents", &[("name", name)])}><code data-testid={format!("convert-{}-{i}", a.id())}>{ bundle.text(a) }</code></pre>
                                    </div>
                                }
                            }) }
                        },
                    } }
                </section>
            }) }
        </>
    }
}
