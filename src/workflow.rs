//! Reading and rewriting GitHub Actions workflows: converts a workflow that pushes to Amazon ECR
//! with long-lived access keys to GitHub's OIDC token, changing nothing else.
//!
//! [`convert`] finds every place the keys reach AWS (configure-aws-credentials inputs, `env:` at
//! workflow, job and step level, docker/login-action to an ECR registry), removes them, adds
//! `role-to-assume` (inserting a credentials step where there was none), grants `id-token: write`
//! where it takes effect, and derives the subjects each converted job's runs will carry. It edits
//! the text in place through a concrete-syntax reader ([`syntax`]), so comments, quoting, anchors,
//! flow style, line endings and everything else outside the edited lines stay byte for byte, then
//! re-parses the result and checks that its data is exactly the input's data plus the intended
//! edits. See docs/convert.md.

pub mod codes;
mod convert;
mod diff;
mod edit;
mod model;
mod scan;
mod subjects;
mod syntax;
mod verify;

use serde::Serialize;

use crate::diag::{self, Diagnostic, Location, Severity};

pub use diff::unified_diff;
pub use edit::EditKind;
pub use scan::Partition;
pub use subjects::{EnvironmentName, Subject, SubjectContext, sub_strings};

/// Where the converted workflow reads the role ARN from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "arn", rename_all = "kebab-case")]
pub enum RolePlacement {
    /// `${{ vars.AWS_ROLE_ARN }}`: a repository or environment variable (the ARN is not secret).
    Vars,
    /// `${{ secrets.AWS_ROLE_ARN }}`.
    Secrets,
    /// The ARN written into the workflow.
    Inline(String),
}

/// Choices the user makes for a conversion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConvertOptions {
    pub role: RolePlacement,
    /// Move configure-aws-credentials (older than v6) and amazon-ecr-login (v1) to the current
    /// release in the jobs being converted. Off by default: nothing else changes unasked.
    pub upgrade_actions: bool,
    /// Reference new and upgraded actions by full commit SHA with the version as a comment
    /// (`@<sha> # v6.2.3`); otherwise by major tag (`@v6`).
    pub pin_actions: bool,
    /// The region for an inserted credentials step when the workflow does not say (no
    /// `AWS_REGION`/`AWS_DEFAULT_REGION`, registry host or `--region`).
    pub region: Option<String>,
}

impl Default for ConvertOptions {
    fn default() -> Self {
        ConvertOptions {
            role: RolePlacement::Vars,
            upgrade_actions: false,
            pin_actions: true,
            region: None,
        }
    }
}

/// One change to the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// 1-based line (and column) in the input where the edit starts.
    pub line: usize,
    pub column: usize,
    /// Byte range replaced in the input (empty for an insertion).
    pub start: usize,
    pub end: usize,
    /// The job the edit is for; `None` for workflow-level edits shared by several jobs.
    pub job: Option<String>,
    pub kind: EditKind,
    /// The input text that was replaced, and the text put in its place.
    pub removed: String,
    pub inserted: String,
    pub summary: String,
}

/// What happened to one job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", content = "reason", rename_all = "kebab-case")]
pub enum JobStatus {
    Converted,
    /// Left exactly as it was, with the reason.
    Refused(String),
    /// Nothing in the job used long-lived keys.
    Untouched,
}

/// The region a credentials site uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RegionValue {
    Literal {
        region: String,
    },
    /// An expression, with the literal values it can take when Keyless can tell (`env.X`
    /// defined in the file, `matrix.X`).
    Expression {
        text: String,
        resolved: Vec<String>,
    },
    Missing,
}

/// One AWS identity a job used through keys, and the role that replaces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AwsIdentity {
    /// Where the access key id came from: `secrets.NAME`, another expression, or `literal`.
    pub access_key: String,
    pub secret_key: Option<String>,
    pub session_token: bool,
    pub region: RegionValue,
    pub partition: Partition,
    /// The `role-to-assume` value the job now uses (`None` when the job was refused).
    pub role_to_assume: Option<String>,
}

/// The report for one job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobReport {
    pub job_id: String,
    /// 1-based line of the job's key.
    pub line: usize,
    pub status: JobStatus,
    /// The kinds of runs the job has; their `sub` values come from [`sub_strings`].
    pub subjects: Vec<SubjectContext>,
    pub aws_identity: Vec<AwsIdentity>,
}

/// One IAM role the converted workflow needs: a distinct AWS identity and the jobs using it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleNeed {
    pub role_to_assume: String,
    pub partition: Partition,
    /// The access-key sources this role replaces.
    pub replaces: Vec<String>,
    pub jobs: Vec<String>,
    /// Union of the jobs' subjects: what this role's trust policy must admit.
    pub subjects: Vec<SubjectContext>,
}

/// The result of [`convert`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversion {
    /// The converted workflow; the input unchanged when nothing was converted.
    pub output: String,
    pub changed: bool,
    /// The input came back unchanged because of an error (invalid YAML, not a workflow, a layout
    /// Keyless cannot edit, a failed self-check) or because every job with keys was refused.
    pub refused: bool,
    pub edits: Vec<Edit>,
    pub findings: Vec<Diagnostic>,
    pub jobs: Vec<JobReport>,
    pub roles: Vec<RoleNeed>,
}

impl Conversion {
    fn unchanged(input: &str, findings: Vec<Diagnostic>, refused: bool) -> Conversion {
        let mut findings = findings;
        diag::sort(&mut findings);
        Conversion {
            output: input.to_owned(),
            changed: false,
            refused,
            edits: Vec::new(),
            findings,
            jobs: Vec::new(),
            roles: Vec::new(),
        }
    }

    /// The worst finding's severity.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|d| d.severity).max()
    }
}

fn finding_at(
    code: &'static str,
    severity: Severity,
    line: usize,
    column: usize,
    message: String,
    help: &str,
) -> Diagnostic {
    Diagnostic {
        code,
        severity,
        artifact: None,
        location: Location::Line { line, column },
        message,
        help: help.to_owned(),
    }
}

/// 1-based line and column of a byte offset.
fn line_col(text: &str, pos: usize) -> (usize, usize) {
    syntax::Lines::new(text).line_col(text, pos)
}

/// Converts `text` from access keys to OIDC. Never panics; bad input comes back unchanged with
/// a finding that says where and why.
pub fn convert(text: &str, options: &ConvertOptions) -> Conversion {
    let value: yaml_serde::Value = match yaml_serde::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let (line, column) = match e.location() {
                Some(l) => (l.line(), l.column()),
                None => second_document(text).unwrap_or((1, 1)),
            };
            return Conversion::unchanged(
                text,
                vec![finding_at(
                    codes::INVALID_YAML,
                    Severity::Error,
                    line,
                    column,
                    format!("the workflow is not valid YAML: {e}"),
                    "Fix the YAML at this line (a linter or the GitHub editor shows the same error), then convert again.",
                )],
                true,
            );
        }
    };
    let doc = match syntax::parse(text) {
        Ok(d) => d,
        Err(e) => {
            let (line, column) = line_col(text, e.pos);
            return Conversion::unchanged(
                text,
                vec![finding_at(
                    codes::UNSUPPORTED_SYNTAX,
                    Severity::Error,
                    line,
                    column,
                    format!(
                        "Keyless cannot edit this file in place: it uses {} here, which GitHub workflows do not need",
                        e.message
                    ),
                    "Rewrite this part in plain block or flow style, or convert the workflow by hand.",
                )],
                true,
            );
        }
    };
    if let Err(pos) = verify::same_data(&doc, &value) {
        let (line, column) = line_col(text, pos);
        return Conversion::unchanged(
            text,
            vec![finding_at(
                codes::UNSUPPORTED_SYNTAX,
                Severity::Error,
                line,
                column,
                "Keyless reads the YAML at this line differently from a full YAML parser, so it will not edit the file".to_owned(),
                "Please report this file; meanwhile rewrite this value in a simpler style or convert by hand.",
            )],
            true,
        );
    }
    let wf = match model::read(&doc) {
        Ok(wf) => wf,
        Err((pos, message)) => {
            let (line, column) = line_col(text, pos);
            return Conversion::unchanged(
                text,
                vec![finding_at(
                    codes::NOT_A_WORKFLOW,
                    Severity::Error,
                    line,
                    column,
                    message,
                    "Paste the workflow file itself (.github/workflows/*.yml).",
                )],
                true,
            );
        }
    };
    convert::run(text, &doc, &value, &wf, options)
}

/// Where a second YAML document starts (`---` at the start of a line after some content).
fn second_document(text: &str) -> Option<(usize, usize)> {
    let mut seen_content = false;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_end_matches('\r');
        if t == "---" || t.starts_with("--- ") {
            if seen_content {
                return Some((i + 1, 1));
            }
        } else if !t.trim().is_empty() && !t.trim_start().starts_with('#') {
            seen_content = true;
        }
    }
    None
}
