//! The form: one labelled control per [`Field`], its rule as a hint, and its error (from the
//! core's diagnostics) right below it.

use std::rc::Rc;

use yew::prelude::*;

use crate::diag::{Diagnostic, Severity};
use crate::form::{Field, Form, choices};
use crate::i18n::messages::translate;
use crate::i18n::{Lang, t, tf};
use crate::input::{default_policy_name, default_role_name};
use crate::regions;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub form: Form,
    pub diagnostics: Rc<[Diagnostic]>,
    pub on_change: Callback<(Field, String)>,
}

#[derive(Clone, PartialEq)]
enum Control {
    Text {
        placeholder: AttrValue,
        list: Option<AttrValue>,
        numeric: bool,
    },
    Number {
        min: u32,
        max: u32,
        step: u32,
    },
    Select(Rc<[(&'static str, &'static str)]>),
    Check,
}

#[derive(Properties, PartialEq)]
struct FieldProps {
    field: Field,
    label: AttrValue,
    value: AttrValue,
    control: Control,
    #[prop_or_default]
    hint: Html,
    #[prop_or_default]
    errors: Rc<[AttrValue]>,
    #[prop_or_default]
    notes: Rc<[(Severity, AttrValue)]>,
    #[prop_or_default]
    hidden: bool,
    on_change: Callback<(Field, String)>,
}

/// "Warning:" etc. in the page's language.
pub fn severity_label(lang: Lang, severity: Severity) -> String {
    format!("{}:", t(lang, &format!("severity.{}", severity.as_str())))
}

#[component]
fn FieldRow(props: &FieldProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let id = props.field.id();
    let hint_id = format!("hint-{id}");
    let error_id = format!("error-{id}");
    let invalid = !props.errors.is_empty();
    let described = if invalid {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let field = props.field;
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_change.emit((field, input.value()));
        }
    });
    let on_change = props.on_change.clone();
    let onchange_select = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            on_change.emit((field, select.value()));
        }
    });
    let on_change = props.on_change.clone();
    let onchange_check = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_change.emit((field, input.checked().to_string()));
        }
    });
    let aria_invalid = if invalid { "true" } else { "false" };
    let control = match &props.control {
        Control::Text {
            placeholder,
            list,
            numeric,
        } => html! {
            <input id={id} name={id} type="text" value={props.value.clone()}
                placeholder={placeholder.clone()} list={list.clone()}
                inputmode={numeric.then_some("numeric")}
                autocomplete="off" spellcheck="false"
                aria-invalid={aria_invalid} aria-describedby={described.clone()}
                oninput={oninput} />
        },
        Control::Number { min, max, step } => html! {
            <input id={id} name={id} type="number" value={props.value.clone()}
                min={min.to_string()} max={max.to_string()} step={step.to_string()}
                aria-invalid={aria_invalid} aria-describedby={described.clone()}
                oninput={oninput} />
        },
        Control::Select(options) => html! {
            <select id={id} name={id} aria-invalid={aria_invalid}
                aria-describedby={described.clone()} onchange={onchange_select}>
                { for options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.value.as_str() == *value}>{ *label }</option>
                }) }
            </select>
        },
        Control::Check => html! {
            <input id={id} name={id} type="checkbox" checked={props.value.as_str() == "true"}
                aria-describedby={described.clone()} onchange={onchange_check} />
        },
    };
    let is_check = matches!(props.control, Control::Check);
    html! {
        <div class={classes!("field", is_check.then_some("field-check"), invalid.then_some("invalid"))}
             hidden={props.hidden}>
            if is_check {
                { control }
                <label for={id}>{ props.label.clone() }</label>
            } else {
                <label for={id}>{ props.label.clone() }</label>
                { control }
            }
            <p class="hint" id={hint_id}>{ props.hint.clone() }</p>
            if invalid {
                <p class="error" id={error_id.clone()} data-testid={error_id}>
                    { for props.errors.iter().enumerate().map(|(i, e)| html! {
                        <>{ if i > 0 { " " } else { "" } }{ e.clone() }</>
                    }) }
                </p>
            }
            { for props.notes.iter().map(|(sev, text)| html! {
                <p class={classes!("note", sev.as_str())}>
                    <strong>{ severity_label(lang, *sev) }</strong>{ " " }{ text.clone() }
                </p>
            }) }
        </div>
    }
}

/// The options of a select field, labelled in `lang`.
fn options(lang: Lang, field: Field) -> Rc<[(&'static str, &'static str)]> {
    choices(field)
        .iter()
        .map(|v| (*v, t(lang, &format!("option.{}.{v}", field.id()))))
        .collect()
}

#[component]
pub fn FormView(props: &FormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let form = &props.form;
    let errors_of = |field: Field| -> Rc<[AttrValue]> {
        props
            .diagnostics
            .iter()
            .filter(|d| d.field_ref() == Some(field) && d.severity == Severity::Error)
            .map(|d| AttrValue::from(translate(lang, &d.message).into_owned()))
            .collect()
    };
    let notes_of = |field: Field| -> Rc<[(Severity, AttrValue)]> {
        props
            .diagnostics
            .iter()
            .filter(|d| d.field_ref() == Some(field) && d.severity != Severity::Error)
            .map(|d| {
                (
                    d.severity,
                    AttrValue::from(format!(
                        "{} {}",
                        translate(lang, &d.message),
                        translate(lang, &d.help)
                    )),
                )
            })
            .collect()
    };
    let value = |field: Field| AttrValue::from(form.get(field).to_owned());
    let text = |placeholder: &str| Control::Text {
        placeholder: AttrValue::from(placeholder.to_owned()),
        list: None,
        numeric: false,
    };
    let numeric = |placeholder: &'static str| Control::Text {
        placeholder: AttrValue::from(placeholder),
        list: None,
        numeric: true,
    };
    let select = |field: Field| Control::Select(options(lang, field));
    let scope = form.get(Field::Scope);
    let host = form.get(Field::GithubHost);
    let subject_format = form.get(Field::SubjectFormat);
    let owner = form.get(Field::Owner).trim();
    let repo = form.get(Field::Repo).trim();
    let repo_or = |fallback: &str| {
        if repo.is_empty() {
            fallback.to_owned()
        } else {
            repo.to_owned()
        }
    };
    let id_lookup = format!(
        "gh api repos/{}/{} --jq '.owner.id, .id'",
        if owner.is_empty() { "OWNER" } else { owner },
        if repo.is_empty() { "REPO" } else { repo }
    );
    let hint = |field: Field| -> Html {
        let key = format!("field.{}.hint", field.id());
        html! { tf(lang, &key, &[("command", &id_lookup)]) }
    };
    let row = |field: Field, control: Control, hidden: bool| {
        let label = AttrValue::from(t(lang, &format!("field.{}.label", field.id())));
        html! {
            <FieldRow field={field} label={label} value={value(field)}
                control={control} hint={hint(field)} errors={errors_of(field)} notes={notes_of(field)}
                hidden={hidden} on_change={props.on_change.clone()} />
        }
    };
    let no_ids = subject_format == "name" || subject_format.is_empty();

    html! {
        <form class="form" aria-label={t(lang, "app.form")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ t(lang, "legend.github") }</legend>
                { row(Field::Owner, text("octo-org"), false) }
                { row(Field::Repo, text("octo-repo"), false) }
                { row(Field::GithubHost, select(Field::GithubHost), false) }
                { row(Field::GithubHostName,
                    text(match host { "enterprise" => "octo-enterprise", "ghe.com" => "octocorp", _ => "github.example.com" }),
                    host == "github.com" || host.is_empty()) }
            </fieldset>
            <fieldset>
                <legend>{ t(lang, "legend.scope") }</legend>
                { row(Field::Scope, select(Field::Scope), false) }
                { row(Field::Branches, text("main"),
                    !(scope == "branches" || scope == "environment" || scope.is_empty())) }
                { row(Field::Environment, text("production"), scope != "environment") }
                { row(Field::Tags, text("v1.2.3, v*"), scope == "owner-wide") }
                { row(Field::PullRequests, Control::Check, scope == "owner-wide") }
                { row(Field::PullRequestsConfirm, Control::Check, form.get(Field::PullRequests) != "true") }
                { row(Field::ExtraRepos, text("api, worker"), scope == "owner-wide") }
                { row(Field::SubjectFormat, select(Field::SubjectFormat), false) }
                { row(Field::OwnerId, numeric("123456"), no_ids) }
                { row(Field::RepoId, numeric("456789"), no_ids) }
                { row(Field::SubjectTemplate, text("repo, context, job_workflow_ref"), false) }
                { row(Field::ReusableWorkflow, text("octo-org/deploy/.github/workflows/ecr.yml@SHA"), false) }
            </fieldset>
            <fieldset>
                <legend>{ t(lang, "legend.aws") }</legend>
                { row(Field::Account, numeric("123456789012"), false) }
                { row(Field::Region, Control::Text { placeholder: "us-east-1".into(), list: Some("regions".into()), numeric: false }, false) }
                <datalist id="regions">
                    { for regions::supported().map(|r| html! { <option value={r} /> }) }
                </datalist>
                { row(Field::EcrRepo, text(&repo_or("my-app").to_ascii_lowercase()), false) }
                { row(Field::Access, select(Field::Access), false) }
                { row(Field::RegistryAccount, numeric("123456789012"), false) }
                { row(Field::RoleName, text(&default_role_name(&repo_or("REPO"))), false) }
                { row(Field::PolicyName, text(&default_policy_name(&repo_or("REPO"))), false) }
                { row(Field::SessionDuration, Control::Number { min: 3600, max: 43200, step: 60 }, false) }
                { row(Field::CreateEcrRepo, Control::Check, false) }
                { row(Field::ImmutableTags, Control::Check, form.get(Field::CreateEcrRepo) != "true") }
            </fieldset>
            <fieldset>
                <legend>{ t(lang, "legend.workflow") }</legend>
                { row(Field::RoleArnSource, select(Field::RoleArnSource), false) }
                { row(Field::PinActions, Control::Check, false) }
                { row(Field::WorkflowFile, text("ecr-push.yml"), false) }
                { row(Field::Comments, select(Field::Comments), false) }
            </fieldset>
        </form>
    }
}
