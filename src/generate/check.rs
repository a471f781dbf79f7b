//! Self-checks run on every generated bundle. A failure here means a generator bug, so it is an
//! error and the page shows the problem instead of a broken artifact.

use yaml_serde::Value;

use super::Artifact;
use super::setup::{PERMISSION_EOF, TRUST_EOF};
use super::workflow::{branch_patterns, role_to_assume, tag_pattern};
use crate::diag::{Diagnostic, Location, Severity};
use crate::iam::policy::PolicyDocument;
use crate::input::{Inputs, RoleArnSource, Scope};

/// IAM's default role trust policy limit (adjustable to 4,096), whitespace not counted.
pub const TRUST_POLICY_LIMIT: usize = 2048;
/// IAM's managed policy limit, whitespace not counted.
pub const MANAGED_POLICY_LIMIT: usize = 6144;

const SELF_CHECK: &str = "self-check-failed";

fn internal(artifact: Artifact, message: String) -> Diagnostic {
    Diagnostic::artifact(
        SELF_CHECK,
        Severity::Error,
        artifact,
        Location::Whole,
        message,
        "This is a Keyless bug; the artifact is withheld. Please report the inputs that caused it.",
    )
}

pub fn policy_round_trip(
    out: &mut Vec<Diagnostic>,
    artifact: Artifact,
    doc: &PolicyDocument,
    text: &str,
) {
    match serde_json::from_str::<PolicyDocument>(text) {
        Ok(back) if &back == doc => {}
        Ok(_) => out.push(internal(
            artifact,
            "the generated JSON reads back as a different policy".into(),
        )),
        Err(e) => out.push(internal(
            artifact,
            format!("the generated JSON does not parse: {e}"),
        )),
    }
}

pub fn sizes(out: &mut Vec<Diagnostic>, permission: &PolicyDocument, trust: &PolicyDocument) {
    let trust_len = trust.compact_len();
    if trust_len > TRUST_POLICY_LIMIT {
        out.push(Diagnostic::artifact(
            "trust-policy-too-large",
            Severity::Error,
            Artifact::TrustPolicy,
            Location::Whole,
            format!("the trust policy is {trust_len} characters without whitespace; IAM's default limit is {TRUST_POLICY_LIMIT}"),
            "List fewer branches or use separate roles, or raise the account's \"Role trust policy length\" quota (up to 4,096).",
        ));
    }
    let permission_len = permission.compact_len();
    if permission_len > MANAGED_POLICY_LIMIT {
        out.push(Diagnostic::artifact(
            "permission-policy-too-large",
            Severity::Error,
            Artifact::PermissionPolicy,
            Location::Whole,
            format!("the permission policy is {permission_len} characters without whitespace; IAM's managed policy limit is {MANAGED_POLICY_LIMIT}"),
            "Shorten the repository name.",
        ));
    }
}

fn text_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |v, key| v.get(*key))?.as_str()
}

/// The strings of a YAML sequence (none when it is absent).
fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_sequence)
        .map(|s| {
            s.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The `on:` block reads back as the form's branches, tags and pull requests.
fn triggers(problems: &mut Vec<String>, inputs: &Inputs, on: &Value) {
    let push = on.get("push");
    let branches = strings(push.and_then(|p| p.get("branches")));
    if branches != branch_patterns(inputs) {
        problems.push(format!("push branches read back as {branches:?}"));
    }
    let tags = strings(push.and_then(|p| p.get("tags")));
    let expected: Vec<String> = inputs.tags.iter().map(tag_pattern).collect();
    if tags != expected {
        problems.push(format!(
            "push tags read back as {tags:?}, expected {expected:?}"
        ));
    }
    if on.get("pull_request").is_some() != inputs.pull_requests {
        problems.push("the pull_request trigger does not match the scope".into());
    }
}

/// A generated workflow parsed back as YAML; when it does not parse, a finding says so.
fn read_back(
    out: &mut Vec<Diagnostic>,
    artifact: Artifact,
    what: &str,
    text: &str,
) -> Option<Value> {
    yaml_serde::from_str(text)
        .map_err(|e| {
            out.push(internal(
                artifact,
                format!("the generated {what} is not valid YAML: {e}"),
            ));
        })
        .ok()
}

/// Parses the calling workflow back: the form's triggers, and one job that grants the token and
/// calls exactly the reusable workflow.
pub fn caller_workflow(out: &mut Vec<Diagnostic>, inputs: &Inputs, text: &str) {
    let Some(doc) = read_back(out, Artifact::CallerWorkflow, "calling workflow", text) else {
        return;
    };
    let mut problems = Vec::new();
    triggers(&mut problems, inputs, doc.get("on").unwrap_or(&Value::Null));
    let job = doc
        .get("jobs")
        .and_then(|j| j.get("push"))
        .unwrap_or(&Value::Null);
    if text_at(job, &["permissions", "id-token"]) != Some("write") {
        problems.push("the calling job does not read back with id-token: write".into());
    }
    let passed = text_at(job, &["secrets", "AWS_ROLE_ARN"]);
    let expected =
        (inputs.role_arn_source == RoleArnSource::Secrets).then_some("${{ secrets.AWS_ROLE_ARN }}");
    if passed != expected {
        problems.push(format!("the calling job passes AWS_ROLE_ARN as {passed:?}"));
    }
    let uses = inputs
        .reusable_workflow
        .as_deref()
        .map(super::workflow::reusable_uses);
    if text_at(job, &["uses"]) != uses.as_deref() {
        problems.push("the calling job's uses does not read back as the reusable workflow".into());
    }
    for p in problems {
        out.push(internal(Artifact::CallerWorkflow, p));
    }
}

/// Parses the workflow back and checks that every interpolated value reads as intended.
pub fn workflow(out: &mut Vec<Diagnostic>, inputs: &Inputs, text: &str) {
    let Some(doc) = read_back(out, Artifact::Workflow, "workflow", text) else {
        return;
    };
    let mut problems = Vec::new();
    let on = doc.get("on").unwrap_or(&Value::Null);
    if inputs.reusable_workflow.is_some() {
        if on.get("workflow_call").is_none() {
            problems.push("a reusable workflow must be triggered by workflow_call".into());
        }
        let declared = on
            .get("workflow_call")
            .and_then(|c| c.get("secrets"))
            .and_then(|s| s.get("AWS_ROLE_ARN"))
            .is_some();
        if declared != (inputs.role_arn_source == RoleArnSource::Secrets) {
            problems
                .push("the AWS_ROLE_ARN secret is not declared as the role placement needs".into());
        }
    } else {
        triggers(&mut problems, inputs, on);
    }
    let job = doc
        .get("jobs")
        .and_then(|j| j.get("push"))
        .unwrap_or(&Value::Null);
    if text_at(job, &["permissions", "id-token"]) != Some("write") {
        problems.push("the job does not read back with id-token: write".into());
    }
    let env = text_at(job, &["environment"]);
    let matrix = strings(
        job.get("strategy")
            .and_then(|s| s.get("matrix"))
            .and_then(|m| m.get("environment")),
    );
    let env_ok = match &inputs.scope {
        Scope::Environments(e) if e.len() == 1 => env == Some(e[0].as_str()),
        Scope::Environments(e) => env == Some("${{ matrix.environment }}") && &matrix == e,
        _ => env.is_none(),
    };
    if !env_ok {
        problems.push(format!("environment reads back as {env:?} {matrix:?}"));
    }
    let steps = job
        .get("steps")
        .and_then(Value::as_sequence)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let step = |action: &str| {
        steps
            .iter()
            .find(|s| text_at(s, &["uses"]).is_some_and(|u| u.starts_with(action)))
            .and_then(|s| s.get("with"))
            .unwrap_or(&Value::Null)
    };
    let with = step("aws-actions/configure-aws-credentials@");
    let role = role_to_assume(inputs);
    if text_at(with, &["role-to-assume"]) != Some(role.as_str()) {
        problems.push("role-to-assume does not read back as written".into());
    }
    if text_at(with, &["aws-region"]) != Some(inputs.region) {
        problems.push("aws-region does not read back as written".into());
    }
    let audience = text_at(with, &["audience"]).unwrap_or(crate::iam::claims::DEFAULT_AWS_AUDIENCE);
    if audience != inputs.audience() {
        problems.push(format!(
            "the workflow requests the audience {audience}, the role expects {}",
            inputs.audience()
        ));
    }
    let registries = text_at(step("aws-actions/amazon-ecr-login@"), &["registries"]);
    if registries != inputs.cross_account().then(|| inputs.registry()) {
        problems.push(format!("registries reads back as {registries:?}"));
    }
    let repository = steps
        .iter()
        .find_map(|s| text_at(s, &["env", "REPOSITORY"]));
    if repository != Some(inputs.ecr_repo.as_str()) {
        problems.push(format!("REPOSITORY reads back as {repository:?}"));
    }
    for p in problems {
        out.push(internal(Artifact::Workflow, p));
    }
}

/// The here-documents must end where they are meant to.
pub fn script(out: &mut Vec<Diagnostic>, text: &str) {
    for delimiter in [TRUST_EOF, PERMISSION_EOF] {
        let count = text.lines().filter(|l| *l == delimiter).count();
        if count != 1 {
            out.push(internal(
                Artifact::Cli,
                format!("the here-document delimiter {delimiter} appears on {count} lines"),
            ));
        }
    }
}
