//! The troubleshooter: paste an error (a log excerpt, with its noise) and get the likely causes,
//! most likely first, each with a concrete fix. Symptoms and causes are those of domain facts §7;
//! matching is on each symptom's distinctive phrases, ignoring case, whitespace runs and the
//! surrounding log.
//!
//! With an [`ExplainContext`] (the form, the deployed or generated policies, and what is known
//! about the failing job) causes are checked instead of guessed: the trust policy is linted and
//! evaluated against the claims the job presents, so a cause can say "your trust policy expects
//! repo:o/r:ref:refs/heads/main but a job with environment: production presents
//! repo:o/r:environment:production". Confirmed causes move to the top; causes the context rules
//! out move down.

use serde::Serialize;

use crate::diag::Severity;
use crate::form::{Field, Form};
use crate::iam::claims::{self, Run, SubjectFormat, Trigger};
use crate::iam::eval::{Reason, Request, evaluate};
use crate::iam::policy::{PolicyDocument, Principal};
use crate::lint::{self, LintContext, Report};

/// One possible cause of the error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// 1 is the most likely.
    pub rank: usize,
    /// Stable id of the cause, e.g. `job-uses-environment`.
    pub id: &'static str,
    /// Stable id of the symptom that was recognised, e.g. `not-authorized-web-identity`.
    pub symptom: &'static str,
    pub title: String,
    /// Why this produces the error; with a context, what in it shows this.
    pub why: String,
    /// What to do, imperative, with commands where the facts give them.
    pub fix: String,
    /// Related lint rule codes (see docs/rules.md).
    pub codes: Vec<&'static str>,
    /// The context shows this cause is present (not only plausible).
    pub confirmed: bool,
}

/// What is known about the failing job, all optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct JobFacts {
    /// `github.repository` as GitHub spells it, e.g. `Octo-Org/octo-repo`.
    pub repository: Option<String>,
    /// The job's `environment:` name.
    pub environment: Option<String>,
    /// The triggering event, e.g. `push`, `pull_request`.
    pub event: Option<String>,
    /// `github.ref`, e.g. `refs/heads/dev` or `refs/tags/v1`.
    pub git_ref: Option<String>,
    /// The `audience:` input of configure-aws-credentials, if set.
    pub audience: Option<String>,
    /// The token's `sub` if known (from actions-oidc-debugger or CloudTrail).
    pub subject: Option<String>,
    /// Whether the repository's tokens use the immutable subject form.
    pub immutable_subject: Option<bool>,
    pub owner_id: Option<u64>,
    pub repo_id: Option<u64>,
}

/// The user's setup, as far as it is known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExplainContext {
    /// The form the artifacts were generated from.
    pub form: Option<Form>,
    /// The role's trust policy as deployed (raw JSON or `aws iam get-role` output); when absent,
    /// the one generated from `form` is used.
    pub trust_policy: Option<String>,
    /// The role's permission policy; when absent, the generated one.
    pub permission_policy: Option<String>,
    pub job: JobFacts,
}

/// What to do when no known symptom is in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GenericHelp {
    pub title: &'static str,
    pub steps: Vec<&'static str>,
}

/// The advice for text that matches no known symptom.
pub fn generic_help() -> GenericHelp {
    GenericHelp {
        title: "No known error message was found in the text",
        steps: vec![
            "Paste the exact error lines of the failing step (in the GitHub log, the lines marked \
             ##[error] and the few before them), not only the step name.",
            "For a refused role, compare the token's sub with the trust policy: run \
             github/actions-oidc-debugger in a private repository, or read the subject in the \
             AssumeRoleWithWebIdentity event in CloudTrail.",
            "Check the trust policy and the permission policy with the linter: paste them, or \
             the output of aws iam get-role.",
        ],
    }
}

/// The causes, or the generic advice when nothing is recognised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Explanation {
    Causes { causes: Vec<Cause> },
    Unrecognised { help: GenericHelp },
}

/// [`explain`], with the generic advice when no symptom is recognised.
pub fn diagnose(error_text: &str, ctx: Option<&ExplainContext>) -> Explanation {
    let causes = explain(error_text, ctx);
    if causes.is_empty() {
        Explanation::Unrecognised {
            help: generic_help(),
        }
    } else {
        Explanation::Causes { causes }
    }
}

/// A recognised symptom: its id and the phrases that identify it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Symptom {
    pub id: &'static str,
    /// Any one of these groups identifies the symptom; every phrase of a group must occur.
    /// Phrases are lower-case with single spaces.
    pub phrases: &'static [&'static [&'static str]],
}

/// The symptoms of domain facts §7, in table order.
pub const SYMPTOMS: &[Symptom] = &[
    Symptom {
        id: "credentials-not-loaded",
        phrases: &[
            &["could not load credentials from any providers"],
            &["credentials could not be loaded"],
            &["did you mean to set the id-token permission"],
        ],
    },
    Symptom {
        id: "not-authorized-web-identity",
        phrases: &[
            &["not authorized to perform sts:assumerolewithwebidentity"],
            &["not authorized to perform: sts:assumerolewithwebidentity"],
        ],
    },
    Symptom {
        id: "incorrect-token-audience",
        phrases: &[&["incorrect token audience"]],
    },
    Symptom {
        id: "no-oidc-provider",
        phrases: &[&["no openidconnect provider found in your account"]],
    },
    Symptom {
        id: "thumbprint-mismatch",
        phrases: &[
            &["doesn't match configured thumbprint"],
            &["does not match configured thumbprint"],
        ],
    },
    Symptom {
        id: "duration-exceeds-max",
        phrases: &[&["durationseconds exceeds the maxsessionduration"]],
    },
    Symptom {
        id: "invalid-session-name",
        phrases: &[
            &["role session name must be between 2 and 64 characters"],
            &["role session name is not valid"],
        ],
    },
    Symptom {
        id: "role-name-without-account",
        phrases: &[&["source account id is needed if the role name is provided"]],
    },
    Symptom {
        id: "credentials-mismatch",
        phrases: &[&["credentials loaded by the sdk do not match the expected access key id"]],
    },
    Symptom {
        id: "id-token-request-failed",
        phrases: &[
            &["getidtoken call failed"],
            &["unable to get actions_id_token_request_url"],
            &["unable to get actions_id_token_request_token"],
        ],
    },
    Symptom {
        id: "trust-policy-not-scoped",
        phrases: &[
            &["which is not scoped to all"],
            &["must evaluate, using stringequals, stringlike or stringequalsignorecase"],
        ],
    },
    Symptom {
        id: "trust-policy-too-long",
        phrases: &[&["cannot exceed quota for aclsizeperrole"]],
    },
    Symptom {
        id: "provider-already-exists",
        phrases: &[
            &["entityalreadyexists", "provider with url"],
            &["provider with url", "already exists"],
        ],
    },
    Symptom {
        id: "ecr-login-denied",
        phrases: &[&["not authorized to perform: ecr:getauthorizationtoken"]],
    },
    Symptom {
        id: "ecr-push-denied",
        phrases: &[&["not authorized to perform: ecr:"]],
    },
    Symptom {
        id: "ecr-repository-not-found",
        phrases: &[
            &["does not exist in the registry with id"],
            &["repositorynotfoundexception"],
        ],
    },
    Symptom {
        id: "invalid-registry-id",
        phrases: &[
            &["invalid parameter at 'registryids'"],
            &["registryids", "[0-9]{12}"],
        ],
    },
];

/// Lower-case, every whitespace run one space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// What the log itself says: the `with:` inputs GitHub prints for each step, ARNs, names.
#[derive(Debug, Default)]
struct LogFacts {
    role_to_assume: Option<String>,
    role_to_assume_empty: bool,
    audience: Option<String>,
    region: Option<String>,
    session_name: Option<String>,
    duration: Option<String>,
    role_chaining: bool,
    force_skip_oidc: bool,
    repository: Option<String>,
    /// `ecr:Action` names in "not authorized to perform: ecr:X".
    denied_ecr_actions: Vec<String>,
    /// `arn:...:ecr:...:repository/...` in the text.
    ecr_arns: Vec<String>,
    /// From "The repository with name 'X' does not exist in the registry with id 'Y'".
    missing_repository: Option<(String, String)>,
    /// The issuer URL in "No OpenIDConnect provider found in your account for URL".
    provider_url: Option<String>,
}

/// Drops a GitHub log timestamp (`2026-08-20T10:00:00.1234567Z `) and `##[group]`-style
/// markers from a line.
fn strip_log_prefix(line: &str) -> &str {
    let mut line = line.trim_start();
    if line.len() > 20
        && line.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && let Some(end) = line.find("Z ")
        && end < 40
    {
        line = &line[end + 2..];
    }
    if line.starts_with("##[")
        && let Some(end) = line.find(']')
    {
        line = &line[end + 1..];
    }
    line.trim()
}

fn quoted_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let at = text.find(marker)? + marker.len();
    let rest = &text[at..];
    let rest = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('"'))?;
    let end = rest.find(['\'', '"'])?;
    Some(&rest[..end])
}

fn read_log(text: &str) -> LogFacts {
    let mut facts = LogFacts::default();
    for raw in text.lines() {
        let line = strip_log_prefix(raw);
        let (key, value) = match line.split_once(':') {
            Some((k, v)) => (k.trim(), v.trim()),
            None => continue,
        };
        match key {
            "role-to-assume" => {
                if value.is_empty() {
                    facts.role_to_assume_empty = true;
                } else {
                    facts.role_to_assume = Some(value.to_owned());
                }
            }
            "audience" if !value.is_empty() => facts.audience = Some(value.to_owned()),
            "aws-region" | "AWS_REGION" | "AWS_DEFAULT_REGION" if !value.is_empty() => {
                facts.region = Some(value.to_owned());
            }
            "role-session-name" if !value.is_empty() => {
                facts.session_name = Some(value.to_owned());
            }
            "role-duration-seconds" if !value.is_empty() => {
                facts.duration = Some(value.to_owned());
            }
            "role-chaining" => facts.role_chaining = value.eq_ignore_ascii_case("true"),
            "force-skip-oidc" => facts.force_skip_oidc = value.eq_ignore_ascii_case("true"),
            "repository" if value.contains('/') && !value.contains(' ') => {
                facts.repository = Some(value.to_owned());
            }
            _ => {}
        }
    }
    let lower = text.to_ascii_lowercase();
    let marker = "not authorized to perform: ecr:";
    let mut from = 0;
    while let Some(at) = lower[from..].find(marker) {
        let start = from + at + marker.len() - "ecr:".len();
        let action: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
            .collect();
        if !facts.denied_ecr_actions.contains(&action) {
            facts.denied_ecr_actions.push(action);
        }
        from = start + 4;
    }
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '(' | ')'))
    {
        let word = word.trim_end_matches(['.', ';']);
        if word.starts_with("arn:")
            && word.contains(":ecr:")
            && word.contains(":repository/")
            && !facts.ecr_arns.iter().any(|a| a == word)
        {
            facts.ecr_arns.push(word.to_owned());
        }
    }
    if let (Some(name), Some(id)) = (
        quoted_after(text, "repository with name "),
        quoted_after(text, "registry with id "),
    ) {
        facts.missing_repository = Some((name.to_owned(), id.to_owned()));
    }
    if let Some(at) = lower.find("provider found in your account for ") {
        let rest = &text[at + "provider found in your account for ".len()..];
        let url: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, '"' | '\''))
            .collect();
        facts.provider_url = Some(url.trim_end_matches(['.', ',']).to_owned());
    }
    facts
}

/// A cause before ranking.
struct Draft {
    id: &'static str,
    symptom: &'static str,
    title: String,
    why: String,
    fix: String,
    codes: Vec<&'static str>,
    score: i32,
    confirmed: bool,
}

impl Draft {
    fn new(
        symptom: &'static str,
        id: &'static str,
        score: i32,
        title: impl Into<String>,
        why: impl Into<String>,
        fix: impl Into<String>,
    ) -> Draft {
        Draft {
            id,
            symptom,
            title: title.into(),
            why: why.into(),
            fix: fix.into(),
            codes: Vec::new(),
            score,
            confirmed: false,
        }
    }

    fn codes(mut self, codes: &[&'static str]) -> Draft {
        self.codes = codes.to_vec();
        self
    }
}

/// Everything the cause builders read.
struct Evidence<'a> {
    log: LogFacts,
    ctx: Option<&'a ExplainContext>,
    form_ctx: Option<LintContext>,
    trust: Option<Report>,
    permission: Option<Report>,
}

impl Evidence<'_> {
    fn trust_policy(&self) -> Option<&PolicyDocument> {
        self.trust.as_ref()?.checked().map(|c| &c.policy)
    }

    /// Lint findings at error or security level with one of `codes`.
    fn findings(&self, report: Option<&Report>, codes: &[&str]) -> Vec<String> {
        report
            .map(|r| {
                r.diagnostics()
                    .iter()
                    .filter(|d| codes.contains(&d.code) && d.severity >= Severity::Warning)
                    .map(|d| format!("{} ({})", d.message, d.code))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn job(&self) -> JobFacts {
        self.ctx.map(|c| c.job.clone()).unwrap_or_default()
    }

    fn form_field(&self, field: Field) -> Option<String> {
        let v = self.ctx?.form.as_ref()?.get(field).trim().to_owned();
        (!v.is_empty()).then_some(v)
    }
}

fn evidence<'a>(text: &str, ctx: Option<&'a ExplainContext>) -> Evidence<'a> {
    let log = read_log(text);
    let mut ev = Evidence {
        log,
        ctx,
        form_ctx: None,
        trust: None,
        permission: None,
    };
    let Some(ctx) = ctx else {
        return ev;
    };
    let lint_ctx = ctx.form.as_ref().map(LintContext::from_form);
    let bundle = ctx
        .form
        .as_ref()
        .and_then(|f| crate::generate::generate(f).bundle);
    let lc = lint_ctx.clone().unwrap_or_default();
    let trust_text = ctx
        .trust_policy
        .clone()
        .or_else(|| bundle.as_ref().map(|b| b.trust_policy.clone()));
    ev.trust = trust_text.map(|t| lint::trust_policy(&t, &lc));
    let permission_text = ctx
        .permission_policy
        .clone()
        .or_else(|| bundle.as_ref().map(|b| b.permission_policy.clone()));
    ev.permission = permission_text.map(|t| lint::permission_policy(&t, &lc));
    ev.form_ctx = lint_ctx;
    ev
}

/// The sub values of the policy's GitHub Allow statements, as written.
fn expected_subjects(policy: &PolicyDocument) -> Vec<String> {
    let mut out = Vec::new();
    for st in policy.statement.iter() {
        let Some(block) = &st.condition else { continue };
        for (op, keys) in block.iter() {
            if op.to_ascii_lowercase().starts_with("stringnot") {
                continue;
            }
            for (key, values) in keys.iter() {
                if key.to_ascii_lowercase().ends_with(":sub") {
                    out.extend(values.iter().map(|v| v.text().into_owned()));
                }
            }
        }
    }
    out
}

/// The policy's first Federated GitHub provider ARN.
fn provider_of(policy: &PolicyDocument) -> Option<String> {
    policy.statement.iter().find_map(|st| match &st.principal {
        Some(Principal::Map(map)) => map
            .iter()
            .filter(|(k, _)| *k == "Federated")
            .flat_map(|(_, v)| v.iter())
            .find(|v| v.contains("oidc-provider/"))
            .cloned(),
        _ => None,
    })
}

/// What the job presents, built from the job facts, the log and the form.
struct Presented {
    sub: String,
    aud: String,
    /// "a job with environment: production", "a pull_request run", ...
    who: String,
}

fn presented(ev: &Evidence<'_>, policy: &PolicyDocument) -> Option<Presented> {
    let job = ev.job();
    let says_something = job.subject.is_some()
        || job.environment.is_some()
        || job.event.is_some()
        || job.git_ref.is_some()
        || job.repository.is_some()
        || ev.log.repository.is_some()
        || job.immutable_subject.is_some()
        || job.audience.is_some()
        || ev.log.audience.is_some();
    if !says_something {
        return None;
    }
    let aud = job
        .audience
        .clone()
        .or_else(|| ev.log.audience.clone())
        .unwrap_or_else(|| claims::DEFAULT_AWS_AUDIENCE.to_owned());
    if let Some(sub) = &job.subject {
        return Some(Presented {
            sub: sub.clone(),
            aud,
            who: "the job".to_owned(),
        });
    }
    let repository = job.repository.clone().or_else(|| ev.log.repository.clone());
    let (owner, repo) = match &repository {
        Some(r) => r
            .split_once('/')
            .map(|(o, r)| (o.to_owned(), r.to_owned()))?,
        None => match (ev.form_field(Field::Owner), ev.form_field(Field::Repo)) {
            (Some(o), Some(r)) => (o, r),
            _ => {
                // Read them from the policy's first name-form subject.
                let first = expected_subjects(policy).into_iter().next()?;
                let seg = first.strip_prefix("repo:")?.split(':').next()?.to_owned();
                let (o, r) = seg.split_once('/')?;
                (
                    o.split('@').next().unwrap_or(o).to_owned(),
                    r.split('@').next().unwrap_or(r).to_owned(),
                )
            }
        },
    };
    let default_branch = ev
        .form_field(Field::Branches)
        .and_then(|b| b.split(',').next().map(|s| s.trim().to_owned()))
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| "main".to_owned());
    let event = job.event.clone().unwrap_or_else(|| "push".to_owned());
    let trigger = if event == "pull_request" {
        Trigger::PullRequest {
            number: 1,
            head_ref: "feature".to_owned(),
            base_ref: default_branch.clone(),
        }
    } else {
        match job.git_ref.as_deref() {
            Some(r) if r.starts_with("refs/tags/") => Trigger::PushTag {
                tag: r.trim_start_matches("refs/tags/").to_owned(),
            },
            Some(r) => Trigger::PushBranch {
                branch: r.trim_start_matches("refs/heads/").to_owned(),
            },
            None => Trigger::PushBranch {
                branch: default_branch,
            },
        }
    };
    let mut run = Run::new(owner.clone(), repo.clone(), trigger.clone());
    run.environment = job.environment.clone();
    run.audience = Some(aud.clone());
    let ids = (
        job.owner_id
            .or_else(|| ev.form_field(Field::OwnerId).and_then(|v| v.parse().ok())),
        job.repo_id
            .or_else(|| ev.form_field(Field::RepoId).and_then(|v| v.parse().ok())),
    );
    if job.immutable_subject == Some(true) {
        run.subject = SubjectFormat::Immutable;
        run.owner_id = ids.0;
        run.repo_id = ids.1;
    }
    let sub = claims::subject(&run).ok()?;
    let who = if let Some(env) = &job.environment {
        format!("a job with environment: {env}")
    } else if event == "pull_request" {
        "a pull_request run".to_owned()
    } else {
        match &trigger {
            Trigger::PushTag { tag } => format!("a run for tag {tag}"),
            Trigger::PushBranch { branch } => format!("a run on branch {branch}"),
            _ => "the job".to_owned(),
        }
    };
    let who = if repository.is_some() {
        format!("{who} in {owner}/{repo}")
    } else {
        who
    };
    Some(Presented { sub, aud, who })
}

fn list(values: &[String]) -> String {
    match values {
        [] => "no sub value".to_owned(),
        [one] => one.clone(),
        many => format!("one of {}", many.join(", ")),
    }
}

/// A refusal the context explains: the cause id, why, and the subject the job presents (when
/// it was computed).
struct Refusal {
    id: &'static str,
    why: String,
    sub: Option<String>,
}

fn refusal(id: &'static str, why: String, sub: Option<String>) -> Option<Result<(), Refusal>> {
    Some(Err(Refusal { id, why, sub }))
}

/// Checks the trust policy against what the job presents; returns the confirmed cause, or
/// `Ok(())` when the policy lets the job in.
fn check_trust(ev: &Evidence<'_>) -> Option<Result<(), Refusal>> {
    let policy = ev.trust_policy()?;
    let job = ev.job();
    let expected = expected_subjects(policy);
    // The immutable form without IDs: the sub cannot be computed, but the form can be compared.
    if job.immutable_subject == Some(true)
        && job.subject.is_none()
        && (job.owner_id.is_none() || job.repo_id.is_none())
        && ev.form_field(Field::OwnerId).is_none()
        && !expected.is_empty()
        && !expected
            .iter()
            .any(|s| s.split(':').nth(1).is_some_and(|r| r.contains('@')))
    {
        return refusal(
            "immutable-subject",
            format!(
                "your trust policy expects {} (name form), but this repository's tokens carry the \
                 immutable form repo:OWNER@OWNER_ID/REPO@REPO_ID:...",
                list(&expected)
            ),
            None,
        );
    }
    let p = presented(ev, policy)?;
    let provider = provider_of(policy)?;
    let request = Request::new(provider)
        .with_claim("sub", p.sub.clone())
        .with_claim("aud", p.aud.clone());
    let decision = evaluate(policy, &request);
    if decision.allowed {
        return Some(Ok(()));
    }
    let failures: Vec<String> = match &decision.reason {
        Reason::ConditionsNotMet { statements } => statements
            .iter()
            .flat_map(|s| s.failures.iter())
            .filter_map(|f| f.key.clone())
            .map(|k| k.to_ascii_lowercase())
            .collect(),
        Reason::ActionNotCovered { .. } => {
            return refusal("action-assume-role", decision.message.clone(), None);
        }
        Reason::ExplicitDeny { .. } => {
            return refusal("explicit-deny", decision.message.clone(), None);
        }
        _ => return refusal("provider-arn-mismatch", decision.message.clone(), None),
    };
    if failures.iter().any(|k| k.ends_with(":sub")) {
        let why = format!(
            "your trust policy expects {} but {} presents {}",
            list(&expected),
            p.who,
            p.sub
        );
        let repo_part = |s: &str| s.split(':').nth(1).map(str::to_owned);
        let presented_repo = repo_part(&p.sub);
        let id = if p.sub.contains(":environment:")
            && !expected.iter().any(|s| s.contains(":environment:"))
        {
            "job-uses-environment"
        } else if p.sub.ends_with(":pull_request") {
            "pull-request-subject"
        } else if presented_repo.as_deref().is_some_and(|r| r.contains('@'))
            != expected
                .iter()
                .any(|s| repo_part(s).is_some_and(|r| r.contains('@')))
        {
            "immutable-subject"
        } else if expected.iter().any(|s| {
            s.eq_ignore_ascii_case(&p.sub)
                || repo_part(s).is_some_and(|r| {
                    Some(r.to_ascii_lowercase())
                        == presented_repo.as_ref().map(|x| x.to_ascii_lowercase())
                        && Some(&r) != presented_repo.as_ref()
                })
        }) {
            "owner-repo-case"
        } else {
            "other-branch-or-tag"
        };
        return refusal(id, why, Some(p.sub));
    }
    if failures.iter().any(|k| k.ends_with(":aud")) {
        return refusal(
            "audience-mismatch",
            format!(
                "the job's token carries aud {}, which the trust policy's aud condition does not \
                 accept",
                p.aud
            ),
            None,
        );
    }
    refusal("condition-key-typo", decision.message.clone(), None)
}

fn credentials_causes(symptom: &'static str, ev: &Evidence<'_>, text: &str) -> Vec<Draft> {
    let hinted = text.contains("did you mean to set the id-token permission");
    let mut out = vec![
        Draft::new(
            symptom,
            "missing-id-token-permission",
            if hinted { 95 } else { 80 },
            "The job does not have id-token: write",
            "Without id-token: write GitHub does not give the job the token request variables \
             (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN), so the action has no OIDC token and no \
             other credentials. A job-level permissions: block replaces the workflow-level one, \
             so it must list id-token again.",
            "Add to the job: permissions: { id-token: write, contents: read }.",
        ),
        Draft::new(
            symptom,
            "fork-pull-request",
            55,
            "The run is a pull request from a fork",
            "GitHub never grants id-token: write to workflows run for pull requests from forks, so \
             no token can be requested.",
            "Skip the AWS steps for forks: if: github.event.pull_request.head.repo.full_name == \
             github.repository.",
        ),
        Draft::new(
            symptom,
            "role-to-assume-empty",
            50,
            "role-to-assume is empty",
            "The expression behind role-to-assume expanded to nothing: the variable or secret is \
             not defined, it is scoped to an environment the job does not name, or a reusable \
             workflow did not receive the caller's secrets. Without a role the action does not \
             try OIDC.",
            "Define the repository variable AWS_ROLE_ARN and use role-to-assume: ${{ \
             vars.AWS_ROLE_ARN }} (a role ARN is not secret); add environment: to the job if the \
             variable is environment-scoped; pass secrets: inherit to a reusable workflow.",
        ),
        Draft::new(
            symptom,
            "force-skip-oidc",
            15,
            "force-skip-oidc is set",
            "With force-skip-oidc: true the action never requests an OIDC token.",
            "Remove force-skip-oidc from the step.",
        ),
    ];
    let job = ev.job();
    for d in &mut out {
        match d.id {
            "role-to-assume-empty" if ev.log.role_to_assume_empty => {
                d.score += 60;
                d.confirmed = true;
                d.why
                    .push_str(" The log shows role-to-assume with an empty value.");
            }
            "force-skip-oidc" if ev.log.force_skip_oidc => {
                d.score += 90;
                d.confirmed = true;
                d.why.push_str(" The log shows force-skip-oidc: true.");
            }
            "fork-pull-request" if job.event.as_deref() == Some("pull_request") => {
                d.score += 30;
                d.why
                    .push_str(" The failing run was triggered by pull_request.");
            }
            "fork-pull-request"
                if job.event.is_some() && job.event.as_deref() != Some("pull_request") =>
            {
                d.score -= 40;
            }
            _ => {}
        }
    }
    out
}

fn not_authorized_causes(symptom: &'static str, ev: &Evidence<'_>) -> Vec<Draft> {
    let role_title = match &ev.log.role_to_assume {
        Some(role) => format!("role-to-assume names the wrong role ({role})"),
        None => "role-to-assume names the wrong role".to_owned(),
    };
    let mut out =
        vec![
        Draft::new(
            symptom,
            "job-uses-environment",
            80,
            "The job uses an environment, so its sub names the environment, not the branch",
            "When a job references environment:, GitHub writes repo:OWNER/REPO:environment:NAME \
             as sub instead of repo:OWNER/REPO:ref:refs/heads/BRANCH, and a trust policy that \
             lists only branches refuses it.",
            "Add \"repo:OWNER/REPO:environment:NAME\" to the sub values (StringEquals), or remove \
             environment: from the job.",
        ),
        Draft::new(
            symptom,
            "pull-request-subject",
            70,
            "A pull_request run presents repo:OWNER/REPO:pull_request",
            "Runs for pull requests get the subject repo:OWNER/REPO:pull_request, not the \
             branch's; a policy for a branch refuses them.",
            "Run the AWS steps only on push to the branch; if pull requests really need AWS, \
             give them a separate read-only role that accepts :pull_request.",
        )
        .codes(&["trust-sub-pull-request"]),
        Draft::new(
            symptom,
            "other-branch-or-tag",
            65,
            "The run is on a branch or tag the trust policy does not list",
            "The sub ends with ref:refs/heads/BRANCH or ref:refs/tags/TAG of the run; only the \
             listed ones are accepted.",
            "Add the branch or tag to the sub values, or run the workflow from a listed branch.",
        ),
        Draft::new(
            symptom,
            "immutable-subject",
            60,
            "The repository uses the immutable subject OWNER@ID/REPO@ID",
            "Repositories created, renamed or transferred after 15 July 2026 (or opted in) get \
             sub repo:OWNER@OWNER_ID/REPO@REPO_ID:...; a policy with names only refuses them.",
            "Read the IDs (gh api repos/OWNER/REPO --jq '.owner.id, .id') and list both forms in \
             the sub values during the transition.",
        )
        .codes(&["trust-sub-form-mismatch"]),
        Draft::new(
            symptom,
            "owner-repo-case",
            55,
            "The owner or repository is spelt with different letter case",
            "sub carries the names as GitHub displays them, and StringEquals/StringLike compare \
             case-sensitively.",
            "Copy the names from github.repository of a run, or use StringEqualsIgnoreCase.",
        )
        .codes(&["trust-sub-case-mismatch"]),
        Draft::new(
            symptom,
            "wildcard-in-string-equals",
            50,
            "A pattern is written under StringEquals",
            "Under StringEquals * and ? are literal, so repo:ORG/* never matches.",
            "Use StringLike for patterns (and keep them narrow).",
        )
        .codes(&["trust-wildcard-in-string-equals"]),
        Draft::new(
            symptom,
            "audience-mismatch",
            45,
            "The aud condition does not accept the token's audience",
            "configure-aws-credentials requests sts.amazonaws.com unless audience: is set; a \
             trust policy expecting https://github.com/ORG or a custom audience refuses it.",
            "Make the aud condition and the action's audience input agree (sts.amazonaws.com; \
             sts.amazonaws.com.cn in China).",
        )
        .codes(&["trust-aud-unusual"]),
        Draft::new(
            symptom,
            "provider-arn-mismatch",
            40,
            "Principal.Federated names another account, partition or issuer",
            "The provider must be the role account's provider for the token's issuer (an \
             enterprise slug or a GHES host changes it).",
            "Write arn:aws:iam::ACCOUNT:oidc-provider/ISSUER_HOST with the role's account and the \
             token's iss without https://.",
        )
        .codes(&["trust-provider-mismatch", "trust-provider-invalid", "trust-legacy-issuer"]),
        Draft::new(
            symptom,
            "action-assume-role",
            38,
            "The trust policy allows sts:AssumeRole instead of sts:AssumeRoleWithWebIdentity",
            "A Federated principal can only use sts:AssumeRoleWithWebIdentity.",
            "Write \"Action\": \"sts:AssumeRoleWithWebIdentity\".",
        )
        .codes(&["trust-action-mismatch"]),
        Draft::new(
            symptom,
            "custom-sub-template",
            30,
            "The organisation or repository customized the sub template",
            "With a customized template (include_claim_keys) sub no longer starts with \
             repo:OWNER/REPO:ref:...; a default-format policy refuses it.",
            "Check GET /repos/OWNER/REPO/actions/oidc/customization/sub and write sub values in \
             the template's format.",
        ),
        Draft::new(
            symptom,
            "reusable-workflow",
            28,
            "The job runs in a reusable workflow",
            "In a reusable workflow sub describes the caller's repository and ref; \
             job_workflow_ref names the called workflow.",
            "Write the caller's subject in the trust policy, or pin job_workflow_ref.",
        ),
        Draft::new(
            symptom,
            "environment-colon",
            26,
            "The environment name contains \":\"",
            "GitHub writes a \":\" inside a claim value as %3A.",
            "Write environment:NAME%3APART in the sub value.",
        )
        .codes(&["trust-sub-environment-colon"]),
        Draft::new(
            symptom,
            "condition-key-typo",
            25,
            "A condition key or operator is misspelt, or uses ForAllValues",
            "A key that tokens do not carry (…:subject, a wrong prefix) makes the condition \
             false; subjects GitHub never issues (refs/head/, pull-request) never match.",
            "Lint the trust policy and fix every error it reports.",
        )
        .codes(&[
            "trust-condition-key-unknown",
            "trust-sub-unmintable",
            "trust-for-all-values",
        ]),
        Draft::new(
            symptom,
            "wrong-role-arn",
            20,
            role_title,
            "A role whose trust policy was never updated refuses the token.",
            "Compare role-to-assume with the role you edited (aws iam get-role --role-name NAME).",
        ),
        Draft::new(
            symptom,
            "scp-or-rcp-deny",
            15,
            "An organisation SCP or RCP denies the call",
            "Service or resource control policies can deny sts:AssumeRoleWithWebIdentity even when \
             the trust policy allows it.",
            "Ask the organisation's administrators to check SCPs/RCPs for the account.",
        ),
    ];
    // Lint findings that explain a refusal confirm their cause.
    for d in &mut out {
        let found = ev.findings(ev.trust.as_ref(), &d.codes);
        if !found.is_empty() {
            d.confirmed = true;
            d.score += 100;
            d.why = format!("{} In your trust policy: {}", d.why, found.join(" "));
        }
    }
    match check_trust(ev) {
        Some(Err(Refusal { id, why, sub })) => {
            if let Some(d) = out.iter_mut().find(|d| d.id == id) {
                d.confirmed = true;
                d.score += 150;
                d.why = format!("{why}. {}", d.why);
                if let Some(sub) = sub {
                    d.fix = match id {
                        "pull-request-subject" => format!(
                            "Run the AWS steps only on push to a listed branch; if pull requests \
                             really need AWS, give them a separate read-only role that accepts \
                             \"{sub}\" (never this push role)."
                        ),
                        "owner-repo-case" => format!(
                            "Write the sub value exactly as \"{sub}\", or compare with \
                             StringEqualsIgnoreCase."
                        ),
                        _ => format!(
                            "Add \"{sub}\" to the sub values under StringEquals (regenerate the \
                             trust policy with that scope), then update the role: aws iam \
                             update-assume-role-policy --role-name ROLE --policy-document \
                             file://trust-policy.json"
                        ),
                    };
                }
            } else {
                out.push(Draft {
                    confirmed: true,
                    ..Draft::new(
                        symptom,
                        "explicit-deny",
                        230,
                        "A Deny statement in the trust policy matches",
                        why,
                        "Narrow or remove the Deny statement.",
                    )
                });
            }
        }
        Some(Ok(())) => {
            for d in &mut out {
                if matches!(
                    d.id,
                    "job-uses-environment"
                        | "pull-request-subject"
                        | "other-branch-or-tag"
                        | "immutable-subject"
                        | "owner-repo-case"
                        | "wildcard-in-string-equals"
                        | "audience-mismatch"
                        | "environment-colon"
                ) {
                    d.score -= 60;
                    d.why.push_str(
                        " (Unlikely here: the trust policy accepts the token this job presents, as \
                         far as it is known.)",
                    );
                }
                if matches!(
                    d.id,
                    "wrong-role-arn" | "scp-or-rcp-deny" | "provider-arn-mismatch"
                ) {
                    d.score += 40;
                }
            }
        }
        None => {}
    }
    out
}

fn audience_causes(symptom: &'static str, ev: &Evidence<'_>) -> Vec<Draft> {
    let aud = ev
        .job()
        .audience
        .or_else(|| ev.log.audience.clone())
        .unwrap_or_else(|| claims::DEFAULT_AWS_AUDIENCE.to_owned());
    let account = ev
        .form_ctx
        .as_ref()
        .and_then(|c| c.account_id.clone())
        .unwrap_or_else(|| "ACCOUNT".to_owned());
    let china = ev
        .log
        .region
        .as_deref()
        .is_some_and(|r| r.starts_with("cn-"))
        || ev
            .form_ctx
            .as_ref()
            .is_some_and(|c| c.partition.as_deref() == Some("aws-cn"));
    let mut out = vec![
        Draft::new(
            symptom,
            "provider-missing-audience",
            80,
            format!("The OIDC provider does not list the audience {aud}"),
            "STS checks the token's aud against the provider's client-ID list before it reads \
             the trust policy.",
            format!(
                "aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn \
                 arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com \
                 --client-id {aud}"
            ),
        ),
        Draft::new(
            symptom,
            "china-audience",
            if china { 95 } else { 40 },
            "In AWS China the audience is sts.amazonaws.com.cn",
            "The action's default audience sts.amazonaws.com is not what China-region providers \
             list.",
            "Set audience: sts.amazonaws.com.cn on configure-aws-credentials and list it on the \
             provider and in the aud condition.",
        )
        .codes(&["trust-aud-unusual"]),
        Draft::new(
            symptom,
            "custom-audience-input",
            35,
            "The step sets a custom audience",
            "An audience: input changes the token's aud; the provider must list it.",
            "Remove the audience input, or register that audience on the provider.",
        ),
    ];
    if ev
        .log
        .audience
        .as_deref()
        .is_some_and(|a| a != claims::DEFAULT_AWS_AUDIENCE)
        && let Some(d) = out.iter_mut().find(|d| d.id == "custom-audience-input")
    {
        d.score += 70;
        d.confirmed = true;
        d.why.push_str(&format!(" The log shows audience: {aud}."));
    }
    if china && let Some(d) = out.iter_mut().find(|d| d.id == "china-audience") {
        d.confirmed = true;
    }
    out
}

fn provider_causes(symptom: &'static str, ev: &Evidence<'_>) -> Vec<Draft> {
    let url = ev
        .log
        .provider_url
        .clone()
        .unwrap_or_else(|| "https://token.actions.githubusercontent.com".to_owned());
    let non_default = url != "https://token.actions.githubusercontent.com";
    vec![
        Draft::new(
            symptom,
            "provider-not-created",
            if non_default { 60 } else { 85 },
            "The account has no IAM OIDC provider for GitHub's issuer",
            format!(
                "STS looks for a provider whose URL equals the token's iss ({url}) in the role's \
                 account; there is none."
            ),
            format!(
                "In the role's account: aws iam create-open-id-connect-provider --url {url} \
                 --client-id-list sts.amazonaws.com"
            ),
        ),
        Draft::new(
            symptom,
            "issuer-mismatch",
            if non_default { 90 } else { 45 },
            "The token comes from another issuer than the provider's",
            format!(
                "With an enterprise slug, GHE.com or GitHub Enterprise Server the issuer is not \
                 https://token.actions.githubusercontent.com; the token here names {url}."
            ),
            format!("Create the provider with exactly {url}, and use its host/path as key prefix."),
        )
        .codes(&["trust-provider-mismatch"]),
        Draft::new(
            symptom,
            "wrong-account",
            40,
            "The role is in another account or partition than the provider",
            "The provider must exist in the same account (and partition) as the role.",
            "Create the provider in the role's account, or use a role in the provider's account.",
        )
        .codes(&["trust-provider-mismatch"]),
    ]
}

fn simple(symptom: &'static str, ev: &Evidence<'_>) -> Vec<Draft> {
    match symptom {
        "thumbprint-mismatch" => vec![Draft::new(
            symptom,
            "stale-thumbprint",
            80,
            "The provider's thumbprint list is stale",
            "For github.com AWS has verified the certificate against trusted root CAs since \
                 6 July 2023 and ignores thumbprints; this error now points at an IdP whose \
                 certificate does not chain to a trusted CA, such as a GitHub Enterprise Server \
                 host with a private CA.",
            "Update the provider's thumbprints to the SHA-1 of the certificates of both the \
                 discovery and the JWKS hosts; for github.com, make sure the provider URL is \
                 exactly https://token.actions.githubusercontent.com.",
        )],
        "duration-exceeds-max" => {
            let asked = ev
                .log
                .duration
                .clone()
                .unwrap_or_else(|| "SECONDS".to_owned());
            vec![
                Draft::new(
                    symptom,
                    "duration-over-max",
                    85,
                    format!(
                        "role-duration-seconds ({asked}) is above the role's MaxSessionDuration"
                    ),
                    "STS refuses a DurationSeconds longer than the role's maximum (3,600 s unless \
                     raised, up to 43,200).",
                    format!(
                        "Lower role-duration-seconds, or raise the role's maximum: aws iam \
                         update-role --role-name ROLE --max-session-duration {asked}"
                    ),
                ),
                Draft::new(
                    symptom,
                    "role-chaining-one-hour",
                    if ev.log.role_chaining { 95 } else { 35 },
                    "Role chaining caps sessions at one hour",
                    "With role-chaining a DurationSeconds above 3,600 fails whatever the role's \
                     maximum.",
                    "Set role-duration-seconds to 3600 or less for the chained role.",
                ),
            ]
        }
        "invalid-session-name" => vec![Draft::new(
            symptom,
            "session-name-format",
            90,
            "role-session-name breaks STS's rules",
            format!(
                "configure-aws-credentials v6.2+ checks the name: 2 to 64 characters from \
                 letters, digits and _+=,.@-{}.",
                ev.log
                    .session_name
                    .as_ref()
                    .map(|n| format!("; the log shows {n}"))
                    .unwrap_or_default()
            ),
            "Use e.g. role-session-name: gha-${{ github.run_id }}.",
        )],
        "role-name-without-account" => vec![Draft::new(
            symptom,
            "role-name-not-arn",
            90,
            "role-to-assume is a role name, not an ARN",
            "With OIDC the action needs the full role ARN to know the account.",
            "Set role-to-assume to arn:aws:iam::ACCOUNT:role/NAME (for instance through vars.AWS_ROLE_ARN).",
        )],
        "credentials-mismatch" => vec![Draft::new(
            symptom,
            "existing-credentials",
            90,
            "Credentials from an earlier step are still in the environment",
            "The action found credentials other than the ones it configured, typically from a \
             previous configure-aws-credentials step.",
            "Set role-chaining: true when assuming a second role on purpose, or \
             unset-current-credentials: true.",
        )],
        "trust-policy-too-long" => {
            vec![Draft::new(
            symptom,
            "trust-policy-too-long",
            90,
            "The trust policy is longer than the role trust policy quota",
            "IAM counts the policy against the \"Role trust policy length\" quota, 2,048 by \
             default and up to 4,096 (how it counts whitespace is not confirmed).",
            "Use fewer sub values or one role per repository, or raise the quota in Service \
             Quotas (maximum 4,096).",
        )
        .codes(&["trust-size-limit"])]
        }
        "provider-already-exists" => vec![Draft::new(
            symptom,
            "provider-exists",
            90,
            "The account already has this OIDC provider",
            "There is one provider per URL per account.",
            "Reuse it: find its ARN with aws iam list-open-id-connect-providers and reference \
             it (import it into Terraform or CloudFormation instead of creating it).",
        )],
        "ecr-repository-not-found" => {
            let (name, registry) = ev
                .log
                .missing_repository
                .clone()
                .unwrap_or_else(|| ("NAME".to_owned(), "ACCOUNT".to_owned()));
            let account = ev.form_ctx.as_ref().and_then(|c| c.account_id.clone());
            let other_account = account.as_ref().is_some_and(|a| *a != registry);
            let mut wrong = Draft::new(
                symptom,
                "wrong-registry",
                55,
                "The push goes to another region or account",
                format!(
                    "The registry {registry} is searched in the workflow's region; the \
                     repository may exist elsewhere."
                ),
                "Make aws-region and the registry account match where the repository is.",
            );
            if other_account {
                wrong.score += 60;
                wrong.confirmed = true;
                wrong.why.push_str(&format!(
                    " Your form's account is {}, not {registry}.",
                    account.unwrap_or_default()
                ));
            }
            vec![
                Draft::new(
                    symptom,
                    "repository-not-created",
                    80,
                    format!("The ECR repository {name} does not exist"),
                    "Pushing does not create a repository (unless a create-on-push template \
                     exists).",
                    format!(
                        "aws ecr create-repository --repository-name {name} \
                         --image-tag-mutability IMMUTABLE --image-scanning-configuration \
                         scanOnPush=true"
                    ),
                ),
                wrong,
                Draft::new(
                    symptom,
                    "create-on-push",
                    20,
                    "A create-on-push template is expected but not in place",
                    "Since December 2025 a repository creation template with appliedFor \
                     CREATE_ON_PUSH lets a push create the repository; whether the pusher also \
                     needs ecr:CreateRepository is not confirmed.",
                    "Create the template, or create the repository up front.",
                ),
            ]
        }
        "invalid-registry-id" => vec![Draft::new(
            symptom,
            "registry-id-not-12-digits",
            90,
            "The registries input is not a 12-digit account ID",
            "An unquoted account ID with a leading zero is read by YAML as a number and loses the \
             zero.",
            "Quote the account ID in the workflow: registries: '012345678901'.",
        )],
        _ => Vec::new(),
    }
}

fn not_scoped_causes(symptom: &'static str, ev: &Evidence<'_>) -> Vec<Draft> {
    let mut out = vec![
        Draft::new(
            symptom,
            "unscoped-sub",
            90,
            "The trust policy has no scoped sub condition",
            "IAM rejects a trust policy for the GitHub provider unless it checks sub (or \
             job_workflow_ref) with StringEquals, StringLike or StringEqualsIgnoreCase and a \
             value that is not scoped to all.",
            "Add \"token.actions.githubusercontent.com:sub\": \
             \"repo:OWNER/REPO:ref:refs/heads/BRANCH\" under StringEquals.",
        )
        .codes(&["trust-sub-missing", "trust-sub-any-repo"]),
        Draft::new(
            symptom,
            "only-other-claims",
            60,
            "The policy scopes only other claims",
            "Conditions on repository, ref or environment do not satisfy the guardrail.",
            "Keep those conditions if you like, and add the sub condition.",
        )
        .codes(&["trust-sub-missing"]),
    ];
    for d in &mut out {
        let found = ev.findings(ev.trust.as_ref(), &d.codes);
        if !found.is_empty() {
            d.confirmed = true;
            d.score += 50;
            d.why = format!("{} In your trust policy: {}", d.why, found.join(" "));
        }
    }
    out
}

fn ecr_causes(symptom: &'static str, ev: &Evidence<'_>) -> Vec<Draft> {
    let login = symptom == "ecr-login-denied";
    if login {
        let mut out = vec![
            Draft::new(
                symptom,
                "auth-token-not-on-star",
                85,
                "ecr:GetAuthorizationToken is not allowed on \"*\"",
                "The action has no resource type: it is allowed only by a statement with \
                 Resource \"*\".",
                "Add { \"Effect\": \"Allow\", \"Action\": \"ecr:GetAuthorizationToken\", \
                 \"Resource\": \"*\" } to the role's permission policy.",
            )
            .codes(&["perm-auth-token-scoped", "perm-missing-push-action"]),
            Draft::new(
                symptom,
                "policy-not-attached",
                45,
                "The permission policy is not attached to the role",
                "A correct policy does nothing until it is attached to the role the workflow \
                 assumes.",
                "Attach the policy to the role named in role-to-assume.",
            ),
        ];
        confirm_with_lint(&mut out, ev);
        return out;
    }
    let actions = ev.log.denied_ecr_actions.join(", ");
    let arn = ev.log.ecr_arns.first().cloned();
    let mut arn_cause = Draft::new(
        symptom,
        "repository-arn-mismatch",
        80,
        "The policy's repository ARN is not the repository being pushed to",
        format!(
            "The push was denied {} on {}; a wrong region, account or repository name in the \
             policy's Resource gives exactly this.",
            if actions.is_empty() {
                "an ECR action".to_owned()
            } else {
                actions.clone()
            },
            arn.clone().unwrap_or_else(|| "the repository".to_owned())
        ),
        format!(
            "Make the push actions' Resource {}.",
            arn.clone()
                .map(|a| format!("exactly {a}"))
                .unwrap_or_else(|| "the repository's ARN".to_owned())
        ),
    )
    .codes(&["perm-arn-mismatch", "perm-resource-malformed"]);
    // Compare the denied resource with what the permission policy allows.
    if let (Some(arn), Some(report)) = (&arn, &ev.permission)
        && let Some(checked) = report.checked()
    {
        let allowed: Vec<String> = checked
            .policy
            .statement
            .iter()
            .filter_map(|s| s.resource.as_ref())
            .flat_map(|r| r.iter().cloned())
            .filter(|r| r != "*")
            .collect();
        let covered = allowed.iter().any(|r| {
            if r.contains(['*', '?']) {
                crate::iam::eval::action_matches(r, arn)
            } else {
                r == arn
            }
        });
        if !allowed.is_empty() && !covered {
            arn_cause.confirmed = true;
            arn_cause.score += 120;
            arn_cause.why = format!(
                "the error names {arn}, but your permission policy allows the push actions on {}. {}",
                allowed.join(", "),
                arn_cause.why
            );
        }
    }
    let mut out = vec![
        arn_cause,
        Draft::new(
            symptom,
            "missing-push-action",
            70,
            "The permission policy lacks a push action",
            format!(
                "Pushing needs ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, \
                 ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and \
                 ecr:BatchGetImage on the repository{}.",
                if actions.is_empty() {
                    String::new()
                } else {
                    format!("; denied: {actions}")
                }
            ),
            "Allow the full push list on the repository ARN.",
        )
        .codes(&["perm-missing-push-action"]),
        Draft::new(
            symptom,
            "repository-policy-deny",
            if ev.log.ecr_arns.is_empty() { 30 } else { 35 },
            "The repository's own policy denies the push",
            "An explicit Deny in the repository policy (or an SCP) wins over the role's Allow.",
            "Read it with aws ecr get-repository-policy --repository-name NAME and remove the \
             Deny for this role.",
        ),
    ];
    confirm_with_lint(&mut out, ev);
    out
}

fn confirm_with_lint(out: &mut [Draft], ev: &Evidence<'_>) {
    for d in out.iter_mut() {
        let found = ev.findings(ev.permission.as_ref(), &d.codes);
        if !found.is_empty() {
            d.confirmed = true;
            d.score += 100;
            d.why = format!("{} In your permission policy: {}", d.why, found.join(" "));
        }
    }
}

/// The causes of the error in `error_text`, most likely first; empty when no known symptom is
/// in the text (see [`generic_help`]).
pub fn explain(error_text: &str, ctx: Option<&ExplainContext>) -> Vec<Cause> {
    let text = normalise(error_text);
    let matched: Vec<&Symptom> = SYMPTOMS
        .iter()
        .filter(|s| {
            s.phrases
                .iter()
                .any(|group| group.iter().all(|p| text.contains(p)))
        })
        .collect();
    if matched.is_empty() {
        return Vec::new();
    }
    let ev = evidence(error_text, ctx);
    let mut drafts: Vec<Draft> = Vec::new();
    for s in &matched {
        let new = match s.id {
            "credentials-not-loaded" | "id-token-request-failed" => {
                credentials_causes(s.id, &ev, &text)
            }
            "not-authorized-web-identity" => not_authorized_causes(s.id, &ev),
            "incorrect-token-audience" => audience_causes(s.id, &ev),
            "no-oidc-provider" => provider_causes(s.id, &ev),
            "trust-policy-not-scoped" => not_scoped_causes(s.id, &ev),
            "ecr-login-denied" => ecr_causes(s.id, &ev),
            "ecr-push-denied" => {
                if ev
                    .log
                    .denied_ecr_actions
                    .iter()
                    .all(|a| a.eq_ignore_ascii_case("ecr:GetAuthorizationToken"))
                {
                    Vec::new()
                } else {
                    ecr_causes(s.id, &ev)
                }
            }
            other => simple(other, &ev),
        };
        for d in new {
            match drafts.iter_mut().find(|x| x.id == d.id) {
                Some(existing) => {
                    if d.score > existing.score {
                        *existing = d;
                    }
                }
                None => drafts.push(d),
            }
        }
    }
    // Stable: equal scores keep symptom-table order.
    drafts.sort_by_key(|d| std::cmp::Reverse(d.score));
    drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| Cause {
            rank: i + 1,
            id: d.id,
            symptom: d.symptom,
            title: d.title,
            why: d.why,
            fix: d.fix,
            codes: d.codes,
            confirmed: d.confirmed,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explain_normalises_case_and_whitespace() {
        assert_eq!(normalise("  Not\tAuthorized \n to  "), "not authorized to");
    }

    #[test]
    fn explain_reads_step_inputs_from_a_log() {
        let log = "2026-08-20T10:00:01.0000000Z ##[group]Run aws-actions/configure-aws-credentials@v6\n\
                   2026-08-20T10:00:01.0000000Z with:\n\
                   2026-08-20T10:00:01.0000000Z   role-to-assume: \n\
                   2026-08-20T10:00:01.0000000Z   aws-region: cn-north-1\n\
                   2026-08-20T10:00:01.0000000Z   audience: sts.amazonaws.com.cn\n";
        let facts = read_log(log);
        assert!(facts.role_to_assume_empty);
        assert_eq!(facts.region.as_deref(), Some("cn-north-1"));
        assert_eq!(facts.audience.as_deref(), Some("sts.amazonaws.com.cn"));
    }

    #[test]
    fn explain_symptom_ids_are_unique() {
        let mut ids: Vec<&str> = SYMPTOMS.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
