//! The four artifact panels (file name, Copy, Download, the text) and the findings summary.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::fields::severity_label;
use crate::diag::{Diagnostic, Severity};
use crate::generate::{Artifact, Bundle, Outcome};
use crate::i18n::messages::translate;
use crate::i18n::{Lang, t, tf};

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub diagnostics: Rc<[Diagnostic]>,
    pub link_problems: Rc<[String]>,
    pub errors: usize,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let findings: Vec<&Diagnostic> = props
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Error || d.field_ref().is_none())
        .collect();
    html! {
        <div class="summary">
            if props.errors > 0 {
                <p class="summary-errors">
                    { tf(lang, "summary.errors", &[("count", &props.errors.to_string())]) }
                </p>
            }
            if !props.link_problems.is_empty() {
                <ul class="link-problems">
                    { for props.link_problems.iter().map(|p| html! { <li>{ translate(lang, p).into_owned() }</li> }) }
                </ul>
            }
            if !findings.is_empty() {
                <ul class="diagnostics" data-testid="diagnostics" aria-label={t(lang, "summary.findings")}>
                    { for findings.iter().map(|d| html! {
                        <li class={classes!("diagnostic", d.severity.as_str())} data-testid="diagnostic" data-code={d.code}>
                            <strong>{ severity_label(lang, d.severity) }</strong>{ " " }
                            { translate(lang, &d.message).into_owned() }{ ". " }
                            <span class="help">{ translate(lang, &d.help).into_owned() }</span>
                            { " " }<code class="code">{ d.code }</code>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PanelsProps {
    pub outcome: Rc<Outcome>,
    pub on_status: Callback<String>,
}

#[component]
pub fn Panels(props: &PanelsProps) -> Html {
    html! {
        { for props.outcome.bundle.as_ref().map_or(Artifact::ALL.to_vec(), Bundle::artifacts).into_iter().map(|a| html! {
            <Panel artifact={a} outcome={props.outcome.clone()} on_status={props.on_status.clone()} />
        }) }
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    artifact: Artifact,
    outcome: Rc<Outcome>,
    on_status: Callback<String>,
}

fn mime(artifact: Artifact) -> &'static str {
    match artifact {
        Artifact::PermissionPolicy | Artifact::TrustPolicy => "application/json",
        Artifact::Cli => "text/x-shellscript",
        Artifact::Workflow | Artifact::CallerWorkflow => "application/yaml",
    }
}

#[component]
fn Panel(props: &PanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let artifact = props.artifact;
    let title = t(lang, &format!("artifact.{}", artifact.id()));
    let id = artifact.id();
    let heading_id = format!("heading-{id}");
    let text_id = format!("text-{id}");
    let Some(bundle) = props.outcome.bundle.as_ref() else {
        let reasons: Vec<String> = props
            .outcome
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| translate(lang, &d.message).into_owned())
            .collect();
        return html! {
            <section class="panel" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ title }</h2>
                <div class="problem" data-testid={format!("problem-{id}")}>
                    <p>{ t(lang, "panel.problem") }</p>
                    <ul>{ for reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                </div>
            </section>
        };
    };
    let name = bundle.file_name(artifact).to_owned();
    let shown_name = bundle.repo_path(artifact).unwrap_or(&name).to_owned();
    let text = bundle.text(artifact).to_owned();
    html! {
        <section class="panel" aria-labelledby={heading_id.clone()}>
            <div class="panel-head">
                <h2 id={heading_id}>{ title }</h2>
                <code class="file-name">{ shown_name }</code>
                <CopyDownload testid={id} name={name.clone()} text={text.clone()} mime={mime(artifact)}
                    select_id={Some(AttrValue::from(text_id.clone()))} on_status={props.on_status.clone()} />
            </div>
            <pre class="artifact" tabindex="0" aria-label={tf(lang, "panel.contents", &[("name", name.as_str())])}><code id={text_id} data-testid={format!("artifact-{id}")}>{ text }</code></pre>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyDownloadProps {
    /// The buttons are `copy-<testid>` and `download-<testid>`.
    pub testid: AttrValue,
    /// The file name (download name, and in messages and labels).
    pub name: AttrValue,
    pub text: AttrValue,
    pub mime: &'static str,
    /// The element whose text is selected for a manual copy when the clipboard is refused.
    #[prop_or_default]
    pub select_id: Option<AttrValue>,
    pub on_status: Callback<String>,
}

/// Copy and Download buttons for one text, reporting to the status line.
#[component]
pub fn CopyDownload(props: &CopyDownloadProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let on_copy = {
        let (text, name, select_id) = (
            props.text.clone(),
            props.name.clone(),
            props.select_id.clone(),
        );
        let on_status = props.on_status.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, name, select_id) = (text.clone(), name.clone(), select_id.clone());
            let on_status = on_status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let args = [("name", name.as_str())];
                match browser::copy(&text).await {
                    Ok(()) => on_status.emit(tf(lang, "status.copied", &args)),
                    Err(_) => {
                        if let Some(id) = &select_id {
                            browser::select_text_of(id);
                        }
                        on_status.emit(tf(lang, "status.copy-failed", &args));
                    }
                }
            });
        })
    };
    let on_download = {
        let (text, name, mime) = (props.text.clone(), props.name.clone(), props.mime);
        let on_status = props.on_status.clone();
        Callback::from(move |_: MouseEvent| {
            let key = match browser::download(&name, &text, mime) {
                Ok(()) => "status.downloaded",
                Err(_) => "status.download-failed",
            };
            on_status.emit(tf(lang, key, &[("name", name.as_str())]));
        })
    };
    let name = props.name.as_str();
    html! {
        <div class="actions">
            <button type="button" data-testid={format!("copy-{}", props.testid)} onclick={on_copy}
                aria-label={tf(lang, "panel.copy.label", &[("name", name)])}>{ t(lang, "panel.copy") }</button>
            <button type="button" data-testid={format!("download-{}", props.testid)} onclick={on_download}
                aria-label={tf(lang, "panel.download.label", &[("name", name)])}>{ t(lang, "panel.download") }</button>
        </div>
    }
}
