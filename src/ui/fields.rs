//! The form: one labelled control per [`Field`], its rule as a hint, and its error (from the
//! core's diagnostics) right below it.

use std::rc::Rc;

use yew::prelude::*;

use crate::diag::{Diagnostic, Severity};
use crate::form::{Field, Form};
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

#[component]
fn FieldRow(props: &FieldProps) -> Html {
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
                    <strong>{ sev.label() }{ ": " }</strong>{ text.clone() }
                </p>
            }) }
        </div>
    }
}

fn options(list: &[(&'static str, &'static str)]) -> Rc<[(&'static str, &'static str)]> {
    list.into()
}

#[component]
pub fn FormView(props: &FormProps) -> Html {
    let form = &props.form;
    let errors_of = |field: Field| -> Rc<[AttrValue]> {
        props
            .diagnostics
            .iter()
            .filter(|d| d.field_ref() == Some(field) && d.severity == Severity::Error)
            .map(|d| AttrValue::from(d.message.clone()))
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
                    AttrValue::from(format!("{} {}", d.message, d.help)),
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
    let row = |field: Field, label: &str, control: Control, hint: Html, hidden: bool| {
        html! {
            <FieldRow field={field} label={AttrValue::from(label.to_owned())} value={value(field)}
                control={control} hint={hint} errors={errors_of(field)} notes={notes_of(field)}
                hidden={hidden} on_change={props.on_change.clone()} />
        }
    };

    html! {
        <form class="form" aria-label="Inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ "GitHub repository" }</legend>
                { row(Field::Owner, "Owner (organization or user)", text("octo-org"),
                    html!{ "1-39 letters, digits or single hyphens; written as GitHub shows it (case matters in AWS)." }, false) }
                { row(Field::Repo, "Repository", text("octo-repo"),
                    html!{ "Up to 100 letters, digits, '-', '_' or '.'." }, false) }
                { row(Field::GithubHost, "GitHub host (who issues the tokens)", Control::Select(options(&[
                    ("github.com", "github.com"),
                    ("enterprise", "GitHub Enterprise Cloud with the enterprise issuer"),
                    ("ghe.com", "GHE.com (data residency)"),
                    ("ghes", "GitHub Enterprise Server"),
                ])), html!{ "The token's issuer decides the identity provider's URL and ARN and the condition keys." }, false) }
                { row(Field::GithubHostName,
                    match host { "enterprise" => "Enterprise slug", "ghe.com" => "GHE.com subdomain", _ => "Server hostname" },
                    text(match host { "enterprise" => "octo-enterprise", "ghe.com" => "octocorp", _ => "github.example.com" }),
                    html!{ match host {
                        "enterprise" => "Issuer https://token.actions.githubusercontent.com/SLUG, once an enterprise admin turned on include_enterprise_slug.",
                        "ghe.com" => "Issuer https://token.actions.SUBDOMAIN.ghe.com.",
                        _ => "Issuer https://HOSTNAME/_services/token; AWS must be able to reach its discovery and JWKS endpoints.",
                    } },
                    host == "github.com" || host.is_empty()) }
            </fieldset>
            <fieldset>
                <legend>{ "Who may assume the role" }</legend>
                { row(Field::Scope, "Access scope", Control::Select(options(&[
                    ("branches", "These branches of this repository"),
                    ("environment", "One GitHub environment of this repository"),
                    ("any-branch", "Any branch of this repository (wildcard)"),
                    ("owner-wide", "Every repository of the owner (wildcard)"),
                ])), html!{ "The token's subject (sub) must match the trust policy exactly; wildcards use StringLike." }, false) }
                { row(Field::Branches,
                    if scope == "environment" { "Branches that start the workflow" } else { "Branches" },
                    text("main"),
                    html!{ "Comma-separated, e.g. main, release/v2." },
                    !(scope == "branches" || scope == "environment" || scope.is_empty())) }
                { row(Field::Environment, "Environments", text("production"),
                    html!{ "Comma-separated. The job declares environment: (one job per environment), and the token's sub then names the environment instead of the branch. Protect each with required reviewers or branch rules." },
                    scope != "environment") }
                { row(Field::Tags, "Tags (optional)", text("v1.2.3, v*"),
                    html!{ "Pushes of these tags may also assume the role; * matches anything (then StringLike). Protect matching tags with a ruleset." },
                    scope == "owner-wide") }
                { row(Field::PullRequests, "Pull requests may assume the role", Control::Check,
                    html!{ "Only for a role with pull access. Every pull request from a branch of this repository presents the same subject; pull requests from forks get no token." },
                    scope == "owner-wide") }
                { row(Field::PullRequestsConfirm, "I understand that any pull request of this repository can use this role", Control::Check,
                    html!{}, form.get(Field::PullRequests) != "true") }
                { row(Field::ExtraRepos, "More repositories (optional)", text("api, worker"),
                    html!{ "Other repositories of the same owner that share this role and its scopes, comma-separated; name@id with the immutable subject." },
                    scope == "owner-wide") }
                { row(Field::SubjectFormat, "Subject format", Control::Select(options(&[
                    ("name", "Name form: repo:OWNER/REPO:..."),
                    ("immutable", "Immutable form: repo:OWNER@ID/REPO@ID:..."),
                    ("both", "Both (transition)"),
                ])), html!{ "Repositories created, renamed or transferred after 15 July 2026 (or opted in) get the immutable form with numeric ids." }, false) }
                { row(Field::OwnerId, "Owner id", Control::Text { placeholder: "123456".into(), list: None, numeric: true },
                    html!{ <>{ "Numeric. Look both ids up with " }<code>{ id_lookup.clone() }</code>{ " (this page never calls GitHub)." }</> },
                    subject_format == "name" || subject_format.is_empty()) }
                { row(Field::RepoId, "Repository id", Control::Text { placeholder: "456789".into(), list: None, numeric: true },
                    html!{ <>{ "Numeric; see " }<code>{ id_lookup.clone() }</code>{ "." }</> },
                    subject_format == "name" || subject_format.is_empty()) }
                { row(Field::SubjectTemplate, "Customized subject template (optional)", text("repo, context, job_workflow_ref"),
                    html!{ "Only if your organization or repository set include_claim_keys: list them in order. The setup script prints the gh api command that sets it." }, false) }
                { row(Field::ReusableWorkflow, "Reusable workflow (optional)", text("octo-org/deploy/.github/workflows/ecr.yml@SHA"),
                    html!{ "Pins the trust to the called workflow (job_workflow_ref), preferably at a full commit SHA. AWS evaluates this claim since 2026; the exact list of claim keys AWS accepts is not confirmed [?]. The generated workflow becomes that reusable workflow." }, false) }
            </fieldset>
            <fieldset>
                <legend>{ "AWS" }</legend>
                { row(Field::Account, "Account id", Control::Text { placeholder: "123456789012".into(), list: None, numeric: true },
                    html!{ "Exactly 12 digits; leading zeros are kept." }, false) }
                { row(Field::Region, "Region", Control::Text { placeholder: "us-east-1".into(), list: Some("regions".into()), numeric: false },
                    html!{ "The region chooses the partition: commercial (aws), China (cn-*: aws-cn, audience sts.amazonaws.com.cn) or GovCloud (us-gov-*: aws-us-gov)." }, false) }
                <datalist id="regions">
                    { for regions::supported().map(|r| html! { <option value={r} /> }) }
                </datalist>
                { row(Field::EcrRepo, "ECR repositories", text(&repo_or("my-app").to_ascii_lowercase()),
                    html!{ "Comma-separated; the workflow pushes to each. Lower-case letters and digits separated by '.', '_', '__' or '-', with '/' between components. Empty: the repository name." }, false) }
                { row(Field::Access, "ECR access", Control::Select(options(&[
                    ("push", "Push and pull"),
                    ("pull", "Pull only (read-only role)"),
                ])), html!{ "Pull only is the access pull requests may have." }, false) }
                { row(Field::RegistryAccount, "Registry account (optional)", Control::Text { placeholder: "123456789012".into(), list: None, numeric: true },
                    html!{ "When the repositories live in another account: that account must also grant the role in each repository's policy (the setup script writes it)." }, false) }
                { row(Field::RoleName, "IAM role name", text(&default_role_name(&repo_or("REPO"))),
                    html!{ "Up to 64 letters, digits and + = , . @ _ -. Empty: the name shown." }, false) }
                { row(Field::PolicyName, "Managed policy name", text(&default_policy_name(&repo_or("REPO"))),
                    html!{ "Up to 128 letters, digits and + = , . @ _ -. Empty: the name shown." }, false) }
                { row(Field::SessionDuration, "Max session duration (seconds)", Control::Number { min: 3600, max: 43200, step: 60 },
                    html!{ "3600 to 43200. Above 3600 the workflow asks for the longer session too." }, false) }
                { row(Field::CreateEcrRepo, "Create the ECR repository if it is missing (scan on push)", Control::Check, html!{}, false) }
                { row(Field::ImmutableTags, "Immutable image tags", Control::Check,
                    html!{ "A re-run for the same commit then fails to push the same tag." }, form.get(Field::CreateEcrRepo) != "true") }
            </fieldset>
            <fieldset>
                <legend>{ "Workflow" }</legend>
                { row(Field::RoleArnSource, "Where the workflow reads the role ARN", Control::Select(options(&[
                    ("vars", "Repository variable: vars.AWS_ROLE_ARN"),
                    ("secrets", "Repository secret: secrets.AWS_ROLE_ARN"),
                    ("inline", "Written into the workflow"),
                ])), html!{ "A role ARN is not a secret; security comes from the trust policy. A variable keeps it visible in logs." }, false) }
                { row(Field::PinActions, "Pin actions by full commit SHA", Control::Check,
                    html!{ "Recommended: a tag can be moved, a commit cannot. The version stays as a comment." }, false) }
                { row(Field::WorkflowFile, "Workflow file name", text("ecr-push.yml"),
                    html!{ "Saved under .github/workflows/." }, false) }
            </fieldset>
        </form>
    }
}
