//! "Convert my workflow", end to end: the workflow converted with the form's choices (role ARN
//! placement, SHA pins, region), the diff, and for each role the converted jobs need, the trust
//! policy, permission policy and setup script generated from what those jobs' runs present.
//! Pure: the page and the command line only show the result.

use serde::Serialize;

use crate::form::{Field, Form};
use crate::generate::{self, Outcome};
use crate::input::{self, RoleArnSource, SubjectFormat};
use crate::workflow::{self, Conversion, ConvertOptions, RolePlacement, Subject};

/// The files for one IAM role of the converted workflow.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RolePlan {
    pub role_to_assume: String,
    pub jobs: Vec<String>,
    /// The `sub` values its trust policy admits.
    pub subjects: Vec<String>,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub conversion: Conversion,
    /// Unified diff of the edits (empty when nothing changed).
    pub diff: String,
    pub roles: Vec<RolePlan>,
}

/// The conversion options the form implies.
pub fn options(form: &Form, upgrade_actions: bool) -> ConvertOptions {
    let inputs = input::validate(form).inputs;
    let role = match inputs.as_ref().map(|i| (i.role_arn_source, i.role_arn())) {
        Some((RoleArnSource::Inline, arn)) => RolePlacement::Inline(arn),
        Some((RoleArnSource::Secrets, _)) => RolePlacement::Secrets,
        _ => match form.get(Field::RoleArnSource).trim() {
            "secrets" => RolePlacement::Secrets,
            _ => RolePlacement::Vars,
        },
    };
    let region = form.get(Field::Region).trim();
    ConvertOptions {
        role,
        upgrade_actions,
        pin_actions: form.flag(Field::PinActions),
        region: (!region.is_empty()).then(|| region.to_owned()),
    }
}

/// The subjects for `contexts` in the form's repository and subject format(s).
fn subjects(form: &Form, contexts: &[workflow::SubjectContext]) -> Vec<Subject> {
    let owner = form.get(Field::Owner).trim();
    let repo = form.get(Field::Repo).trim();
    let default_branch = form
        .get(Field::Branches)
        .split(',')
        .map(str::trim)
        .find(|b| !b.is_empty())
        .unwrap_or("main");
    let mut prefixes = Vec::new();
    let format = input::validate(form).inputs.map(|i| i.subject_format);
    match &format {
        Some(SubjectFormat::Immutable { owner_id, repo_id }) => {
            prefixes.push(format!("repo:{owner}@{owner_id}/{repo}@{repo_id}"));
        }
        Some(SubjectFormat::Both { owner_id, repo_id }) => {
            prefixes.push(format!("repo:{owner}/{repo}"));
            prefixes.push(format!("repo:{owner}@{owner_id}/{repo}@{repo_id}"));
        }
        _ => prefixes.push(format!("repo:{owner}/{repo}")),
    }
    let mut out: Vec<Subject> = Vec::new();
    for ctx in contexts {
        for prefix in &prefixes {
            if let Some(s) = ctx.subject_with_prefix(prefix, default_branch)
                && !out.iter().any(|o| o.value == s.value)
            {
                out.push(s);
            }
        }
    }
    out
}

/// Converts `text` and plans the roles it needs.
pub fn plan(form: &Form, text: &str, file_name: &str, upgrade_actions: bool) -> Plan {
    let conversion = workflow::convert(text, &options(form, upgrade_actions));
    let diff = workflow::unified_diff(text, &conversion.output, file_name);
    let roles = conversion
        .roles
        .iter()
        .map(|need| {
            let subjects = subjects(form, &need.subjects);
            RolePlan {
                role_to_assume: need.role_to_assume.clone(),
                jobs: need.jobs.clone(),
                subjects: subjects.iter().map(|s| s.value.clone()).collect(),
                outcome: generate::for_subjects(form, &subjects),
            }
        })
        .collect();
    Plan {
        conversion,
        diff,
        roles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYED: &str = "name: push\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - uses: actions/checkout@v6\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n      - uses: aws-actions/amazon-ecr-login@v2\n";

    #[test]
    fn the_trust_policy_follows_the_workflow_not_the_form() {
        let plan = plan(&Form::default(), KEYED, "ecr.yml", false);
        assert!(plan.conversion.changed);
        assert!(!plan.conversion.output.contains("aws-access-key-id"));
        assert!(plan.diff.starts_with("--- a/ecr.yml\n+++ b/ecr.yml\n"));
        assert_eq!(plan.roles.len(), 1);
        let role = &plan.roles[0];
        // The job declares an environment: its runs present that, whatever the form's branches.
        assert_eq!(
            role.subjects,
            ["repo:octo-org/octo-repo:environment:production"]
        );
        let trust = &role.outcome.bundle.as_ref().expect("bundle").trust_policy;
        assert!(trust.contains("repo:octo-org/octo-repo:environment:production"));
        assert!(!trust.contains("refs/heads/main"));
    }

    #[test]
    fn nothing_to_convert_plans_no_role() {
        let plan = plan(&Form::default(), "on: push\njobs: {}\n", "x.yml", false);
        assert!(!plan.conversion.changed);
        assert!(plan.roles.is_empty());
        assert!(plan.diff.is_empty());
    }
}
