//! Inputs -> the four artifacts, each a pure function of validated [`Inputs`], then checked:
//! JSON re-parsed into the typed model, the workflow re-parsed as YAML and compared with what
//! was meant, IAM size limits applied.

mod check;
pub mod comments;
pub mod permission;
pub mod setup;
pub mod trust;
pub mod workflow;

use serde::Serialize;

use crate::diag::{self, Diagnostic};
use crate::form::Form;
use crate::input::{self, Inputs};

/// The four generated files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Artifact {
    PermissionPolicy,
    TrustPolicy,
    Cli,
    Workflow,
    /// With a reusable workflow: the workflow each admitted repository commits to call it.
    CallerWorkflow,
}

impl Artifact {
    pub const ALL: [Artifact; 4] = [
        Artifact::PermissionPolicy,
        Artifact::TrustPolicy,
        Artifact::Cli,
        Artifact::Workflow,
    ];

    /// Stable name used in `data-testid`s and JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Artifact::PermissionPolicy => "permission-policy",
            Artifact::TrustPolicy => "trust-policy",
            Artifact::Cli => "cli",
            Artifact::Workflow => "workflow",
            Artifact::CallerWorkflow => "caller-workflow",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Artifact::PermissionPolicy => "Permission policy (ECR push)",
            Artifact::TrustPolicy => "Role trust policy (GitHub OIDC)",
            Artifact::Cli => "AWS CLI setup script",
            Artifact::Workflow => "GitHub Actions workflow",
            Artifact::CallerWorkflow => "Calling workflow (GitHub Actions)",
        }
    }
}

/// The generated texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bundle {
    #[serde(rename = "permission-policy")]
    pub permission_policy: String,
    #[serde(rename = "trust-policy")]
    pub trust_policy: String,
    pub cli: String,
    pub workflow: String,
    /// Where the workflow goes in the repository, e.g. `.github/workflows/ecr-push.yml` (for a
    /// reusable workflow, the path its reference names).
    #[serde(rename = "workflow-path")]
    pub workflow_path: String,
    /// With a reusable workflow: the calling workflow and where it goes in each repository.
    #[serde(rename = "caller-workflow", skip_serializing_if = "Option::is_none")]
    pub caller_workflow: Option<String>,
    #[serde(rename = "caller-path", skip_serializing_if = "Option::is_none")]
    pub caller_path: Option<String>,
}

impl Bundle {
    pub fn text(&self, artifact: Artifact) -> &str {
        match artifact {
            Artifact::PermissionPolicy => &self.permission_policy,
            Artifact::TrustPolicy => &self.trust_policy,
            Artifact::Cli => &self.cli,
            Artifact::Workflow => &self.workflow,
            Artifact::CallerWorkflow => self.caller_workflow.as_deref().unwrap_or_default(),
        }
    }

    /// The artifacts this bundle has: the four, and the calling workflow when there is one.
    pub fn artifacts(&self) -> Vec<Artifact> {
        let mut out = Artifact::ALL.to_vec();
        if self.caller_workflow.is_some() {
            out.push(Artifact::CallerWorkflow);
        }
        out
    }

    /// Where a workflow artifact goes in its repository (`None` for the other artifacts).
    pub fn repo_path(&self, artifact: Artifact) -> Option<&str> {
        match artifact {
            Artifact::Workflow => Some(&self.workflow_path),
            Artifact::CallerWorkflow => self.caller_path.as_deref(),
            _ => None,
        }
    }

    /// The file name a download of this artifact gets.
    pub fn file_name(&self, artifact: Artifact) -> &str {
        match artifact {
            Artifact::PermissionPolicy => "permission-policy.json",
            Artifact::TrustPolicy => "trust-policy.json",
            Artifact::Cli => "setup.sh",
            Artifact::Workflow | Artifact::CallerWorkflow => {
                let name = |a| {
                    self.repo_path(a)
                        .and_then(|p| p.rsplit('/').next())
                        .unwrap_or("ecr-push.yml")
                };
                // Both workflows download into one folder: the caller gives way.
                if artifact == Artifact::CallerWorkflow
                    && name(Artifact::CallerWorkflow) == name(Artifact::Workflow)
                {
                    "caller.yml"
                } else {
                    name(artifact)
                }
            }
        }
    }
}

/// Everything the page and the command line show for one form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// `None` when an input is invalid or a self-check failed: then no artifact is shown.
    pub bundle: Option<Bundle>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Outcome {
    pub fn worst(&self) -> Option<diag::Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }
}

/// Validates the form and generates and checks the four artifacts.
pub fn generate(form: &Form) -> Outcome {
    let validated = input::validate(form);
    let mut diagnostics = validated.diagnostics;
    let bundle = validated.inputs.and_then(|inputs| {
        let (bundle, findings) = build(&inputs);
        let broken = findings.iter().any(|d| d.severity == diag::Severity::Error);
        let form_codes: Vec<&'static str> = diagnostics
            .iter()
            .chain(&findings)
            .map(|d| d.code)
            .collect();
        diagnostics.extend(findings.into_iter().filter(|d| {
            !FORM_COVERS
                .iter()
                .any(|(form, lint)| *lint == d.code && form_codes.contains(form))
        }));
        (!broken).then_some(bundle)
    });
    diag::sort(&mut diagnostics);
    Outcome {
        bundle,
        diagnostics,
    }
}

/// The files for one role that a converted workflow needs: the form's account, names and ECR
/// settings, with a trust policy that admits exactly `subjects` (what the workflow's runs
/// present). The bundle's workflow is the form's; the converted file replaces it.
pub fn for_subjects(form: &Form, subjects: &[crate::workflow::Subject]) -> Outcome {
    let validated = input::validate(form);
    let mut diagnostics = validated.diagnostics;
    let bundle = validated.inputs.and_then(|inputs| {
        if subjects.is_empty() {
            diagnostics.push(Diagnostic::artifact(
                "convert-no-subjects",
                diag::Severity::Error,
                Artifact::TrustPolicy,
                diag::Location::Whole,
                "the converted jobs' runs present no subject Keyless can know (an environment chosen by an expression, or only reusable-workflow callers)",
                "Write the subjects into the form instead (branches or environments) and use the generated files.",
            ));
            return None;
        }
        let sub = trust::SubCondition {
            operator: if subjects.iter().any(|s| s.wildcard) {
                "StringLike"
            } else {
                "StringEquals"
            },
            values: subjects.iter().map(|s| s.value.clone()).collect(),
        };
        let (bundle, findings) = build_with(&inputs, sub);
        let broken = findings.iter().any(|d| d.severity == diag::Severity::Error);
        diagnostics.extend(findings);
        (!broken).then_some(bundle)
    });
    diag::sort(&mut diagnostics);
    Outcome {
        bundle,
        diagnostics,
    }
}

/// Generates from validated inputs and runs the self-checks.
pub fn build(inputs: &Inputs) -> (Bundle, Vec<Diagnostic>) {
    build_with(inputs, trust::sub_condition(inputs))
}

fn build_with(inputs: &Inputs, sub: trust::SubCondition) -> (Bundle, Vec<Diagnostic>) {
    let permission_doc = permission::document(inputs);
    let trust_doc = trust::document_with(inputs, sub);
    let permission_policy = permission_doc.to_pretty_json() + "\n";
    let trust_policy = trust_doc.to_pretty_json() + "\n";
    let lang = inputs.comments;
    let cli = comments::localize(
        &setup::script(inputs, &permission_policy, &trust_policy),
        lang,
    );
    let workflow = comments::localize(&workflow::text(inputs), lang);
    let own_path = format!(".github/workflows/{}", inputs.workflow_file);
    let bundle = match inputs.reusable_workflow.as_deref() {
        Some(reusable) => Bundle {
            permission_policy,
            trust_policy,
            cli,
            workflow,
            workflow_path: workflow::reusable_path(reusable).to_owned(),
            caller_workflow: Some(comments::localize(
                &workflow::caller_text(inputs, reusable),
                lang,
            )),
            caller_path: Some(own_path),
        },
        None => Bundle {
            permission_policy,
            trust_policy,
            cli,
            workflow,
            workflow_path: own_path,
            caller_workflow: None,
            caller_path: None,
        },
    };
    let mut findings = Vec::new();
    check::policy_round_trip(
        &mut findings,
        Artifact::PermissionPolicy,
        &permission_doc,
        &bundle.permission_policy,
    );
    check::policy_round_trip(
        &mut findings,
        Artifact::TrustPolicy,
        &trust_doc,
        &bundle.trust_policy,
    );
    check::sizes(&mut findings, &permission_doc, &trust_doc);
    check::workflow(&mut findings, inputs, &bundle.workflow);
    if let Some(caller) = &bundle.caller_workflow {
        check::caller_workflow(&mut findings, inputs, caller);
    }
    check::script(&mut findings, &bundle.cli);
    lint_generated(&mut findings, inputs, &bundle);
    (bundle, findings)
}

/// Lint findings that only repeat what the form or a self-check already says.
const FORM_COVERS: [(&str, &str); 4] = [
    ("trust-policy-too-large", "trust-size-limit"),
    ("scope-any-branch", "trust-sub-any-branch"),
    ("scope-owner-wide", "trust-sub-org-wide"),
    ("scope-tag-pattern", "trust-sub-ref-wildcard"),
];

/// The generated policies go through the same linter as pasted ones.
fn lint_generated(findings: &mut Vec<Diagnostic>, inputs: &Inputs, bundle: &Bundle) {
    let ctx = crate::lint::LintContext::from_inputs(inputs);
    for (artifact, report) in [
        (
            Artifact::TrustPolicy,
            crate::lint::trust_policy(&bundle.trust_policy, &ctx),
        ),
        (
            Artifact::PermissionPolicy,
            crate::lint::permission_policy(&bundle.permission_policy, &ctx),
        ),
    ] {
        findings.extend(report.diagnostics().iter().map(|d| Diagnostic {
            artifact: Some(artifact),
            ..d.clone()
        }));
    }
}
