//! The policy linter: reads a pasted role trust policy or ECR permission policy (raw JSON, or the
//! output of `aws iam get-role` and friends) and reports findings shaped like IAM Access
//! Analyzer's, each pointing at its place with a JSON pointer (RFC 6901) into the policy
//! document.
//!
//! Reading never repairs: invalid JSON is reported with serde_json's 1-based line and column,
//! JSON that is not a policy (an array, no `Statement`, an unknown or duplicated element) with
//! the reason and where. Only then do the rules run, one rule per file under `lint/rules/`,
//! listed in one registry; [`catalogue`] returns every rule's metadata.

pub(crate) mod facts;
pub(crate) mod node;
pub mod pointer;
mod read;
mod rules;
pub(crate) mod subject;
mod summary;
pub(crate) mod view;

use serde::{Deserialize, Serialize};

use crate::diag::{self, Diagnostic, Location, Severity};
use crate::form::{Field, Form};
use crate::iam::policy::PolicyDocument;
use crate::input::{self, SubjectFormat};

pub use pointer::Pointer;

/// Inputs larger than this are refused before parsing (1 MiB; IAM's own API limit for a policy
/// document is 131,072 characters).
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// IAM's default "Role trust policy length" quota, and the most it can be raised to (domain
/// facts §6, [S24]; the counting method is not confirmed [?]).
pub const TRUST_POLICY_DEFAULT_LIMIT: usize = 2048;
pub const TRUST_POLICY_MAX_LIMIT: usize = 4096;

/// Which policy a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyKind {
    /// A role trust policy (who may assume the role).
    Trust,
    /// A permission (identity) policy attached to the role.
    Permission,
}

/// Which policies a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppliesTo {
    Trust,
    Permission,
    Both,
}

impl AppliesTo {
    pub fn covers(self, kind: PolicyKind) -> bool {
        matches!(
            (self, kind),
            (AppliesTo::Both, _)
                | (AppliesTo::Trust, PolicyKind::Trust)
                | (AppliesTo::Permission, PolicyKind::Permission)
        )
    }
}

/// One rule's metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleMeta {
    /// Stable kebab-case id; never reused. The docs anchor is the code itself.
    pub code: &'static str,
    /// One line: what the rule flags.
    pub summary: &'static str,
    /// In IAM Access Analyzer's levels: error, security-warning, warning, suggestion.
    pub severity: Severity,
    pub applies_to: AppliesTo,
}

impl RuleMeta {
    /// Where the rule is documented, relative to the repository root.
    pub fn docs_path(&self) -> String {
        format!("docs/rules.md#{}", self.code)
    }
}

/// Every rule's metadata, in registry order.
pub fn catalogue() -> Vec<RuleMeta> {
    rules::REGISTRY.iter().map(|r| r.meta).collect()
}

/// The metadata of one code, if it is a rule of this linter.
pub fn rule(code: &str) -> Option<RuleMeta> {
    rules::REGISTRY
        .iter()
        .map(|r| r.meta)
        .find(|m| m.code == code)
}

/// What the linter may expect. Every field is optional; a rule that needs a missing expectation
/// stays quiet.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct LintContext {
    /// The 12-digit account the role and the ECR repository live in.
    pub account_id: Option<String>,
    /// `aws`, `aws-cn`, `aws-us-gov`...
    pub partition: Option<String>,
    /// The ECR repository's region.
    pub region: Option<String>,
    /// The GitHub token issuer as host/path (`token.actions.githubusercontent.com`,
    /// `token.actions.githubusercontent.com/SLUG`, `HOST/_services/token`); `https://` is
    /// accepted and dropped.
    pub issuer: Option<String>,
    /// Whether the role can push images. `None` means yes: this tool builds ECR push roles.
    pub can_push: Option<bool>,
    /// Whether the repository's tokens use the immutable subject `OWNER@ID/REPO@ID`
    /// (`Some(false)`: the name form; `None`: unknown or in transition).
    pub immutable_subject: Option<bool>,
    /// The repository owner and name, as the user believes GitHub spells them.
    pub owner: Option<String>,
    pub repo: Option<String>,
    /// The ECR repository name.
    pub ecr_repository: Option<String>,
    /// More ECR repositories the role may use.
    pub more_ecr_repositories: Vec<String>,
    /// The account holding the ECR repositories, when it is not `account_id`.
    pub registry_account: Option<String>,
    /// The account's "Role trust policy length" quota; `None` means the default 2,048.
    pub trust_policy_limit: Option<usize>,
}

impl LintContext {
    pub fn can_push(&self) -> bool {
        self.can_push.unwrap_or(true)
    }

    pub fn trust_policy_limit(&self) -> usize {
        self.trust_policy_limit
            .unwrap_or(TRUST_POLICY_DEFAULT_LIMIT)
    }

    /// Expectations read from the form: the validated values when the form is valid, else the
    /// non-empty fields as typed.
    pub fn from_form(form: &Form) -> LintContext {
        let validated = input::validate(form);
        if let Some(inputs) = validated.inputs {
            return LintContext::from_inputs(&inputs);
        }
        let field = |f: Field| {
            let v = form.get(f).trim();
            (!v.is_empty()).then(|| v.to_owned())
        };
        LintContext {
            account_id: field(Field::Account),
            region: field(Field::Region),
            owner: field(Field::Owner),
            repo: field(Field::Repo),
            ecr_repository: field(Field::EcrRepo),
            immutable_subject: match form.get(Field::SubjectFormat).trim() {
                "name" => Some(false),
                "immutable" => Some(true),
                _ => None,
            },
            ..LintContext::default()
        }
    }

    /// Expectations from validated inputs: what the generated policies must match.
    pub fn from_inputs(inputs: &input::Inputs) -> LintContext {
        LintContext {
            account_id: Some(inputs.account.clone()),
            partition: Some(inputs.partition.id().to_owned()),
            region: Some(inputs.region.to_owned()),
            issuer: Some(inputs.issuer.host_path()),
            can_push: Some(inputs.access == input::Access::Push),
            immutable_subject: match inputs.subject_format {
                SubjectFormat::Name => Some(false),
                SubjectFormat::Immutable { .. } => Some(true),
                SubjectFormat::Both { .. } => None,
            },
            owner: Some(inputs.owner.clone()),
            repo: Some(inputs.repo.clone()),
            ecr_repository: Some(inputs.ecr_repo.clone()),
            more_ecr_repositories: inputs.more_ecr_repos.clone(),
            registry_account: inputs.registry_account.clone(),
            trust_policy_limit: None,
        }
    }
}

/// Why the text could not be linted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ParseFailure {
    /// Nothing but whitespace.
    Empty,
    /// More than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// NUL bytes or many control characters: not text.
    Binary { line: usize, column: usize },
    /// Not JSON. `line`/`column` are 1-based, from serde_json. `within` is the JSON pointer of
    /// the string holding a URL-encoded or embedded document when the error is inside it (its
    /// line and column then count in the decoded document).
    InvalidJson {
        line: usize,
        column: usize,
        message: String,
        within: Option<String>,
    },
    /// A document string that looks URL-encoded but does not decode.
    BadEncoding { pointer: String, reason: String },
    /// JSON, but not a policy IAM would accept; `pointer` is where.
    NotAPolicy { pointer: String, reason: String },
}

impl ParseFailure {
    /// One sentence for the user.
    pub fn message(&self) -> String {
        match self {
            ParseFailure::Empty => {
                "the input is empty; paste a policy document or the output of aws iam get-role"
                    .to_owned()
            }
            ParseFailure::TooLarge { bytes, limit } => format!(
                "the input is {bytes} bytes, more than the {limit} this checker reads; a policy \
                 document is at most 131,072 characters"
            ),
            ParseFailure::Binary { line, column } => format!(
                "the input is not text (a NUL or other control character at line {line}, column \
                 {column}); paste the policy JSON itself"
            ),
            ParseFailure::InvalidJson {
                line,
                column,
                message,
                within: None,
            } => format!("invalid JSON at line {line}, column {column}: {message}"),
            ParseFailure::InvalidJson {
                line,
                column,
                message,
                within: Some(pointer),
            } => format!(
                "the document in {pointer} is not valid JSON (line {line}, column {column} of \
                 the decoded document): {message}"
            ),
            ParseFailure::BadEncoding { pointer, reason } => {
                format!("the document in {pointer} cannot be URL-decoded: {reason}")
            }
            ParseFailure::NotAPolicy { pointer, reason } => {
                if pointer.is_empty() {
                    format!("not a policy document: {reason}")
                } else {
                    format!("not a policy document: at {pointer}, {reason}")
                }
            }
        }
    }

    /// Where the problem is.
    pub fn location(&self) -> Location {
        match self {
            ParseFailure::Binary { line, column }
            | ParseFailure::InvalidJson {
                line,
                column,
                within: None,
                ..
            } => Location::Line {
                line: *line,
                column: *column,
            },
            ParseFailure::InvalidJson {
                within: Some(pointer),
                ..
            }
            | ParseFailure::BadEncoding { pointer, .. }
            | ParseFailure::NotAPolicy { pointer, .. } => Location::Pointer {
                pointer: pointer.clone(),
            },
            ParseFailure::Empty | ParseFailure::TooLarge { .. } => Location::Whole,
        }
    }
}

impl std::fmt::Display for ParseFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ParseFailure {}

/// What was pasted around the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Wrapper {
    /// The policy document itself (also `aws iam get-role --query Role.AssumeRolePolicyDocument`).
    None,
    /// `aws iam get-role`: `{"Role": {"AssumeRolePolicyDocument": ...}}`.
    GetRole,
    /// A role object: `{"AssumeRolePolicyDocument": ...}`.
    Role,
    /// `aws iam get-role-policy`: `{"PolicyDocument": ...}`.
    GetRolePolicy,
    /// `aws iam get-policy-version`: `{"PolicyVersion": {"Document": ...}}`.
    GetPolicyVersion,
}

/// Where the policy document was found in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub wrapper: Wrapper,
    /// JSON pointer of the document in the input (`""` when the input is the document). Finding
    /// pointers are relative to the document.
    pub document_pointer: String,
    /// The document was a URL-encoded string (as `aws iam get-role` may return it) and was
    /// decoded.
    pub url_encoded: bool,
}

/// A policy that was read and checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checked {
    pub kind: PolicyKind,
    pub source: Source,
    pub policy: PolicyDocument,
    /// Sorted: worst first, then by place.
    pub diagnostics: Vec<Diagnostic>,
    /// For trust policies: who can assume the role, in plain language.
    pub summary: Option<String>,
}

/// The result of linting one input: a parse failure, or the findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Report {
    Unreadable { failure: ParseFailure },
    Checked(Box<Checked>),
}

impl Report {
    /// The findings; empty when the input could not be read.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Report::Checked(c) => &c.diagnostics,
            Report::Unreadable { .. } => &[],
        }
    }

    pub fn failure(&self) -> Option<&ParseFailure> {
        match self {
            Report::Unreadable { failure } => Some(failure),
            Report::Checked(_) => None,
        }
    }

    pub fn checked(&self) -> Option<&Checked> {
        match self {
            Report::Checked(c) => Some(c),
            Report::Unreadable { .. } => None,
        }
    }

    /// The worst finding's severity (`Error` for an unreadable input).
    pub fn worst(&self) -> Option<Severity> {
        match self {
            Report::Unreadable { .. } => Some(Severity::Error),
            Report::Checked(c) => c.diagnostics.iter().map(|d| d.severity).max(),
        }
    }

    /// The codes found, in report order.
    pub fn codes(&self) -> Vec<&'static str> {
        self.diagnostics().iter().map(|d| d.code).collect()
    }

    /// Readable and nothing at `at` or worse.
    pub fn is_clean(&self, at: Severity) -> bool {
        self.failure().is_none() && self.diagnostics().iter().all(|d| d.severity < at)
    }
}

/// Lints a role trust policy (raw JSON, `aws iam get-role` output, or a role object).
/// Reads a policy (or the AWS CLI output that holds one) without linting it: the document and
/// where it was found, or why it cannot be read.
pub fn read_policy(text: &str, kind: PolicyKind) -> Result<(PolicyDocument, Source), ParseFailure> {
    read::read(text, kind).map(|p| (p.document, p.source))
}

pub fn trust_policy(text: &str, ctx: &LintContext) -> Report {
    lint(text, PolicyKind::Trust, ctx)
}

/// Lints an ECR permission policy (raw JSON, `aws iam get-role-policy` or
/// `aws iam get-policy-version` output).
pub fn permission_policy(text: &str, ctx: &LintContext) -> Report {
    lint(text, PolicyKind::Permission, ctx)
}

/// Lints a policy already in the typed model (e.g. one the generators built). Pointers assume
/// the document is serialised as the model writes it.
pub fn policy_document(policy: &PolicyDocument, kind: PolicyKind, ctx: &LintContext) -> Report {
    lint(&policy.to_pretty_json(), kind, ctx)
}

fn lint(text: &str, kind: PolicyKind, ctx: &LintContext) -> Report {
    let parsed = match read::read(text, kind) {
        Ok(p) => p,
        Err(failure) => return Report::Unreadable { failure },
    };
    let cx = view::Cx::new(&parsed, ctx, kind);
    let mut diagnostics = rules::run(&cx);
    diag::sort(&mut diagnostics);
    let summary = (kind == PolicyKind::Trust).then(|| summary::summary(&parsed.document));
    Report::Checked(Box::new(Checked {
        kind,
        source: parsed.source,
        policy: parsed.document,
        diagnostics,
        summary,
    }))
}

/// Who can assume the role, as one plain-language phrase, e.g. "the main branch of
/// octo-org/octo-repo" or "any repository on GitHub".
pub fn summary(policy: &PolicyDocument) -> String {
    summary::summary(policy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lint_catalogue_codes_are_unique_kebab_case() {
        let cat = catalogue();
        let mut codes: Vec<&str> = cat.iter().map(|m| m.code).collect();
        for code in &codes {
            assert!(
                code.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{code}"
            );
        }
        codes.sort_unstable();
        let n = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), n);
    }

    #[test]
    fn lint_default_form_context() {
        let ctx = LintContext::from_form(&Form::default());
        assert_eq!(ctx.account_id.as_deref(), Some("123456789012"));
        assert_eq!(ctx.immutable_subject, Some(false));
        assert!(ctx.can_push());
    }
}
