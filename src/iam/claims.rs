//! The claims GitHub Actions puts in a job's OIDC token, computed from a description of the run,
//! so that a trust policy can be checked against what a real token will carry.
//!
//! Sources: domain facts §1.1 (issuers), §1.2 (audience), §3.1 (default `sub`), §3.2 (immutable
//! `sub`), §3.3 (other claims), §3.4 (customized `sub` templates). Where those facts are
//! unconfirmed this module says so rather than guessing:
//! - the `sub` of `pull_request_target` is not documented ([?]); model such a run as the ref it
//!   runs on ([`Trigger::Other`]) only if you know what GitHub sends;
//! - whether `sub` keeps the casing of the environment name as written is not documented ([?]);
//!   names are used exactly as given;
//! - how a customized template renders a claim the token lacks is not documented ([?]); that is
//!   an error here;
//! - `ref_type` of a `pull_request` token is not confirmed ([?]); it is left out.
//!
//! `job_workflow_ref`: domain facts §2.6 says it is present only inside reusable workflows, but
//! public decoded tokens (pypi/warehouse#10645, 2022) show it in ordinary jobs too, naming the
//! job's own workflow file. Here it is the called reusable workflow when one is given, else the
//! run's own workflow when its path is given, else left out.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::policy::OrderedMap;

/// The audience `aws-actions/configure-aws-credentials` asks for unless told otherwise.
pub const DEFAULT_AWS_AUDIENCE: &str = "sts.amazonaws.com";

/// Which GitHub issues the token (domain facts §1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Issuer {
    /// `https://token.actions.githubusercontent.com`.
    GitHubCom,
    /// GitHub Enterprise Cloud with `include_enterprise_slug`:
    /// `https://token.actions.githubusercontent.com/<slug>`.
    EnterpriseSlug { slug: String },
    /// GHE.com data residency: `https://token.actions.<subdomain>.ghe.com`, or with the
    /// enterprise slug `https://token.actions.<subdomain>.ghe.com/<subdomain>`.
    GheCom {
        subdomain: String,
        include_enterprise_slug: bool,
    },
    /// GitHub Enterprise Server: `https://<hostname>/_services/token`.
    Server { hostname: String },
}

impl Issuer {
    /// The issuer without `https://`: the IAM provider name and the condition-key prefix.
    pub fn host_path(&self) -> String {
        match self {
            Issuer::GitHubCom => "token.actions.githubusercontent.com".to_owned(),
            Issuer::EnterpriseSlug { slug } => {
                format!("token.actions.githubusercontent.com/{slug}")
            }
            Issuer::GheCom {
                subdomain,
                include_enterprise_slug: false,
            } => {
                format!("token.actions.{subdomain}.ghe.com")
            }
            Issuer::GheCom {
                subdomain,
                include_enterprise_slug: true,
            } => {
                format!("token.actions.{subdomain}.ghe.com/{subdomain}")
            }
            Issuer::Server { hostname } => format!("{hostname}/_services/token"),
        }
    }

    /// The `iss` claim and the IAM provider URL.
    pub fn url(&self) -> String {
        format!("https://{}", self.host_path())
    }

    /// Condition keys for this issuer's claims start with this (e.g.
    /// `token.actions.githubusercontent.com:`).
    pub fn key_prefix(&self) -> String {
        format!("{}:", self.host_path())
    }

    /// `arn:<partition>:iam::<account>:oidc-provider/<host/path>`.
    pub fn provider_arn(&self, partition: &str, account_id: &str) -> String {
        format!(
            "arn:{partition}:iam::{account_id}:oidc-provider/{}",
            self.host_path()
        )
    }

    /// The immutable `sub` format is not rolled out to GitHub Enterprise Server (§3.2).
    pub fn supports_immutable_subject(&self) -> bool {
        !matches!(self, Issuer::Server { .. })
    }
}

/// What started the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Trigger {
    /// `push` to a branch (the name without `refs/heads/`).
    PushBranch { branch: String },
    /// `push` of a tag (the name without `refs/tags/`).
    PushTag { tag: String },
    /// `pull_request` (same-repository; fork PRs get no token). `ref` is
    /// `refs/pull/<number>/merge`.
    PullRequest {
        number: u64,
        head_ref: String,
        base_ref: String,
    },
    /// `schedule` on a ref (`refs/heads/...`, `refs/tags/...`, or a bare branch name).
    Schedule { git_ref: String },
    /// `workflow_dispatch` on a ref (as for `Schedule`).
    WorkflowDispatch { git_ref: String },
    /// Any other event on a ref, e.g. `release` or `workflow_run`.
    Other { event_name: String, git_ref: String },
}

impl Trigger {
    pub fn event_name(&self) -> &str {
        match self {
            Trigger::PushBranch { .. } | Trigger::PushTag { .. } => "push",
            Trigger::PullRequest { .. } => "pull_request",
            Trigger::Schedule { .. } => "schedule",
            Trigger::WorkflowDispatch { .. } => "workflow_dispatch",
            Trigger::Other { event_name, .. } => event_name,
        }
    }

    /// The full git ref of the run (`GITHUB_REF`).
    pub fn git_ref(&self) -> String {
        match self {
            Trigger::PushBranch { branch } => format!("refs/heads/{branch}"),
            Trigger::PushTag { tag } => format!("refs/tags/{tag}"),
            Trigger::PullRequest { number, .. } => format!("refs/pull/{number}/merge"),
            Trigger::Schedule { git_ref }
            | Trigger::WorkflowDispatch { git_ref }
            | Trigger::Other { git_ref, .. } => full_ref(git_ref),
        }
    }
}

/// A bare name is a branch.
fn full_ref(git_ref: &str) -> String {
    if git_ref.starts_with("refs/") {
        git_ref.to_owned()
    } else {
        format!("refs/heads/{git_ref}")
    }
}

/// How the repository's `sub` claim is built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "format", rename_all = "snake_case")]
pub enum SubjectFormat {
    /// `repo:OWNER/REPO:<context>` (§3.1).
    Name,
    /// `repo:OWNER@OWNER_ID/REPO@REPO_ID:<context>` (§3.2): default for repositories created,
    /// renamed or transferred after 2026-07-15, or opted in. Needs both IDs.
    Immutable,
    /// An `include_claim_keys` template (§3.4): `key:value` pairs joined by `:`, where `repo` is
    /// the repository segment (with IDs when `immutable`) and `context` is the part after the
    /// repository in the default format.
    Custom {
        include_claim_keys: Vec<String>,
        immutable: bool,
    },
}

/// The run whose token is wanted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub owner: String,
    pub repo: String,
    pub owner_id: Option<u64>,
    pub repo_id: Option<u64>,
    pub trigger: Trigger,
    /// The job's `environment:`; it takes precedence in `sub`.
    pub environment: Option<String>,
    /// The workflow file of the run, e.g. `.github/workflows/deploy.yml` (for `workflow_ref`).
    pub workflow_path: Option<String>,
    /// The workflow's `name:` (the `workflow` claim).
    pub workflow_name: Option<String>,
    /// When the job runs inside a reusable workflow: the called workflow,
    /// `OWNER/REPO/.github/workflows/FILE.yml@REF`. `sub`, `ref` and the rest still describe
    /// the caller (§3.1).
    pub reusable_workflow: Option<String>,
    pub subject: SubjectFormat,
    pub issuer: Issuer,
    /// `None`: `sts.amazonaws.com`, what `configure-aws-credentials` requests by default.
    pub audience: Option<String>,
    /// `private`, `internal` or `public`, when known.
    pub repository_visibility: Option<String>,
    /// More claims to put in the token as given (e.g. `repo_property_*`, `actor`,
    /// `runner_environment`); they can also be named in a custom template.
    pub extra_claims: OrderedMap<String>,
}

impl Run {
    /// A github.com run with the name-based `sub`, default audience and nothing optional set.
    pub fn new(owner: impl Into<String>, repo: impl Into<String>, trigger: Trigger) -> Self {
        Run {
            owner: owner.into(),
            repo: repo.into(),
            owner_id: None,
            repo_id: None,
            trigger,
            environment: None,
            workflow_path: None,
            workflow_name: None,
            reusable_workflow: None,
            subject: SubjectFormat::Name,
            issuer: Issuer::GitHubCom,
            audience: None,
            repository_visibility: None,
            extra_claims: OrderedMap::new(),
        }
    }
}

/// Why the claims cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimsError {
    /// `owner` or `repo` is empty.
    EmptyName { field: String },
    /// The immutable format needs `owner_id` and `repo_id`.
    MissingIds,
    /// The immutable format is not available on GitHub Enterprise Server.
    ImmutableNotOnServer,
    /// A custom template with no keys.
    EmptyTemplate,
    /// Template keys may contain only ASCII letters, digits and `_`.
    InvalidClaimKey { key: String },
    /// The template names a claim this run's token does not carry.
    TemplateClaimMissing { key: String },
}

impl fmt::Display for ClaimsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClaimsError::EmptyName { field } => write!(f, "the {field} name is empty"),
            ClaimsError::MissingIds => f.write_str(
                "the immutable subject format needs the owner ID and the repository ID \
                 (GET /repos/{owner}/{repo}: owner.id and id)",
            ),
            ClaimsError::ImmutableNotOnServer => {
                f.write_str("GitHub Enterprise Server does not issue the immutable subject format")
            }
            ClaimsError::EmptyTemplate => f.write_str("include_claim_keys is empty"),
            ClaimsError::InvalidClaimKey { key } => write!(
                f,
                "claim key {key:?} may contain only ASCII letters, digits and underscores"
            ),
            ClaimsError::TemplateClaimMissing { key } => write!(
                f,
                "the template names {key:?}, which this run's token does not carry; how GitHub \
                 renders a missing claim in sub is not documented"
            ),
        }
    }
}

impl std::error::Error for ClaimsError {}

/// `:` inside a value is written `%3A` in `sub` (§3.1).
pub fn encode_sub_value(value: &str) -> String {
    value.replace(':', "%3A")
}

/// The `sub` claim of the run's token.
pub fn subject(run: &Run) -> Result<String, ClaimsError> {
    let base = base_claims(run)?;
    build_subject(run, &base)
}

/// All claims of the run's token that do not change from run to run (no `exp`, `iat`, `jti`,
/// `run_id`...), in a stable order: `iss`, `sub`, `aud`, then the GitHub claims, then
/// `extra_claims`.
pub fn claims(run: &Run) -> Result<OrderedMap<String>, ClaimsError> {
    let base = base_claims(run)?;
    let sub = build_subject(run, &base)?;
    let mut out = OrderedMap::new();
    out.insert("iss", run.issuer.url());
    out.insert("sub", sub);
    out.insert(
        "aud",
        run.audience
            .clone()
            .unwrap_or_else(|| DEFAULT_AWS_AUDIENCE.to_owned()),
    );
    for (k, v) in base.iter() {
        out.insert(k, v.clone());
    }
    Ok(out)
}

/// The GitHub claims other than `iss`, `sub`, `aud`.
fn base_claims(run: &Run) -> Result<OrderedMap<String>, ClaimsError> {
    if run.owner.is_empty() {
        return Err(ClaimsError::EmptyName {
            field: "owner".to_owned(),
        });
    }
    if run.repo.is_empty() {
        return Err(ClaimsError::EmptyName {
            field: "repository".to_owned(),
        });
    }
    let git_ref = run.trigger.git_ref();
    let mut c = OrderedMap::new();
    c.insert("ref", git_ref.clone());
    if !matches!(run.trigger, Trigger::PullRequest { .. }) {
        if git_ref.starts_with("refs/heads/") {
            c.insert("ref_type", "branch".to_owned());
        } else if git_ref.starts_with("refs/tags/") {
            c.insert("ref_type", "tag".to_owned());
        }
    }
    if let Some(env) = &run.environment {
        c.insert("environment", env.clone());
    }
    c.insert("repository", format!("{}/{}", run.owner, run.repo));
    c.insert("repository_owner", run.owner.clone());
    if let Some(id) = run.repo_id {
        c.insert("repository_id", id.to_string());
    }
    if let Some(id) = run.owner_id {
        c.insert("repository_owner_id", id.to_string());
    }
    if let Some(vis) = &run.repository_visibility {
        c.insert("repository_visibility", vis.clone());
    }
    if let Some(name) = &run.workflow_name {
        c.insert("workflow", name.clone());
    }
    let workflow_ref = run.workflow_path.as_ref().map(|path| {
        format!(
            "{}/{}/{}@{}",
            run.owner,
            run.repo,
            path.trim_start_matches('/'),
            git_ref
        )
    });
    if let Some(wr) = &workflow_ref {
        c.insert("workflow_ref", wr.clone());
    }
    if let Some(jwr) = run.reusable_workflow.clone().or(workflow_ref) {
        c.insert("job_workflow_ref", jwr);
    }
    let (head_ref, base_ref) = match &run.trigger {
        Trigger::PullRequest {
            head_ref, base_ref, ..
        } => (head_ref.clone(), base_ref.clone()),
        _ => (String::new(), String::new()),
    };
    c.insert("head_ref", head_ref);
    c.insert("base_ref", base_ref);
    c.insert("event_name", run.trigger.event_name().to_owned());
    for (k, v) in run.extra_claims.iter() {
        c.insert(k, v.clone());
    }
    Ok(c)
}

/// `repo:OWNER/REPO` or `repo:OWNER@OWNER_ID/REPO@REPO_ID`.
fn repo_segment(run: &Run, immutable: bool) -> Result<String, ClaimsError> {
    if !immutable {
        return Ok(format!(
            "repo:{}/{}",
            encode_sub_value(&run.owner),
            encode_sub_value(&run.repo)
        ));
    }
    if !run.issuer.supports_immutable_subject() {
        return Err(ClaimsError::ImmutableNotOnServer);
    }
    match (run.owner_id, run.repo_id) {
        (Some(owner_id), Some(repo_id)) => Ok(format!(
            "repo:{}@{owner_id}/{}@{repo_id}",
            encode_sub_value(&run.owner),
            encode_sub_value(&run.repo)
        )),
        _ => Err(ClaimsError::MissingIds),
    }
}

/// The part after the repository in the default format: environment > pull_request > ref.
fn context_segment(run: &Run) -> String {
    if let Some(env) = &run.environment {
        format!("environment:{}", encode_sub_value(env))
    } else if matches!(run.trigger, Trigger::PullRequest { .. }) {
        "pull_request".to_owned()
    } else {
        format!("ref:{}", encode_sub_value(&run.trigger.git_ref()))
    }
}

fn build_subject(run: &Run, base: &OrderedMap<String>) -> Result<String, ClaimsError> {
    match &run.subject {
        SubjectFormat::Name => Ok(format!(
            "{}:{}",
            repo_segment(run, false)?,
            context_segment(run)
        )),
        SubjectFormat::Immutable => Ok(format!(
            "{}:{}",
            repo_segment(run, true)?,
            context_segment(run)
        )),
        SubjectFormat::Custom {
            include_claim_keys,
            immutable,
        } => {
            if include_claim_keys.is_empty() {
                return Err(ClaimsError::EmptyTemplate);
            }
            let mut parts = Vec::with_capacity(include_claim_keys.len());
            for key in include_claim_keys {
                let valid =
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !valid {
                    return Err(ClaimsError::InvalidClaimKey { key: key.clone() });
                }
                let part = match key.as_str() {
                    "repo" => repo_segment(run, *immutable)?,
                    "context" => context_segment(run),
                    other => match base.get(other) {
                        // An empty claim (head_ref outside pull requests) counts as missing.
                        Some(value) if !value.is_empty() => {
                            format!("{other}:{}", encode_sub_value(value))
                        }
                        _ => return Err(ClaimsError::TemplateClaimMissing { key: key.clone() }),
                    },
                };
                parts.push(part);
            }
            Ok(parts.join(":"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn octo(trigger: Trigger) -> Run {
        Run::new("octo-org", "octo-repo", trigger)
    }

    fn main_branch() -> Trigger {
        Trigger::PushBranch {
            branch: "main".into(),
        }
    }

    fn sub(run: &Run) -> String {
        match subject(run) {
            Ok(s) => s,
            Err(e) => panic!("subject failed: {e}"),
        }
    }

    fn custom(keys: &[&str]) -> SubjectFormat {
        SubjectFormat::Custom {
            include_claim_keys: keys.iter().map(|k| (*k).to_owned()).collect(),
            immutable: false,
        }
    }

    // §3.1 default formats.

    #[test]
    fn branch_subject() {
        assert_eq!(
            sub(&octo(main_branch())),
            "repo:octo-org/octo-repo:ref:refs/heads/main"
        );
        let dispatch = octo(Trigger::WorkflowDispatch {
            git_ref: "refs/heads/demo-branch".into(),
        });
        assert_eq!(
            sub(&dispatch),
            "repo:octo-org/octo-repo:ref:refs/heads/demo-branch"
        );
        let schedule = octo(Trigger::Schedule {
            git_ref: "main".into(),
        });
        assert_eq!(
            sub(&schedule),
            "repo:octo-org/octo-repo:ref:refs/heads/main"
        );
    }

    #[test]
    fn tag_subject() {
        let run = octo(Trigger::PushTag {
            tag: "v1.2.3".into(),
        });
        assert_eq!(sub(&run), "repo:octo-org/octo-repo:ref:refs/tags/v1.2.3");
        let dispatch = octo(Trigger::WorkflowDispatch {
            git_ref: "refs/tags/v2".into(),
        });
        assert_eq!(sub(&dispatch), "repo:octo-org/octo-repo:ref:refs/tags/v2");
    }

    #[test]
    fn pull_request_subject() {
        let run = octo(Trigger::PullRequest {
            number: 7,
            head_ref: "feature".into(),
            base_ref: "main".into(),
        });
        assert_eq!(sub(&run), "repo:octo-org/octo-repo:pull_request");
    }

    #[test]
    fn environment_subject_takes_precedence_over_pull_request_and_ref() {
        let mut run = octo(main_branch());
        run.environment = Some("Production".into());
        assert_eq!(sub(&run), "repo:octo-org/octo-repo:environment:Production");
        let mut pr = octo(Trigger::PullRequest {
            number: 1,
            head_ref: "f".into(),
            base_ref: "main".into(),
        });
        pr.environment = Some("prod".into());
        assert_eq!(sub(&pr), "repo:octo-org/octo-repo:environment:prod");
    }

    #[test]
    fn colon_in_a_value_is_percent_encoded() {
        let mut run = octo(main_branch());
        run.environment = Some("Production:V1".into());
        assert_eq!(
            sub(&run),
            "repo:octo-org/octo-repo:environment:Production%3AV1"
        );
        // The environment claim itself keeps the colon.
        let claims = claims(&run).expect("claims");
        assert_eq!(
            claims.get("environment").map(String::as_str),
            Some("Production:V1")
        );
    }

    // §3.2 immutable format.

    #[test]
    fn immutable_subject() {
        let mut run = octo(main_branch());
        run.subject = SubjectFormat::Immutable;
        run.owner_id = Some(123456);
        run.repo_id = Some(456789);
        assert_eq!(
            sub(&run),
            "repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main"
        );
    }

    #[test]
    fn immutable_environment_subject() {
        let mut run = Run::new("rhprasad0", "nova-toll-budget-agent", main_branch());
        run.subject = SubjectFormat::Immutable;
        run.owner_id = Some(91573985);
        run.repo_id = Some(1306930324);
        run.environment = Some("development".into());
        assert_eq!(
            sub(&run),
            "repo:rhprasad0@91573985/nova-toll-budget-agent@1306930324:environment:development"
        );
    }

    #[test]
    fn immutable_needs_both_ids_and_is_not_on_server() {
        let mut run = octo(main_branch());
        run.subject = SubjectFormat::Immutable;
        run.owner_id = Some(1);
        assert_eq!(subject(&run), Err(ClaimsError::MissingIds));
        run.repo_id = Some(2);
        run.issuer = Issuer::Server {
            hostname: "ghe.example.com".into(),
        };
        assert_eq!(subject(&run), Err(ClaimsError::ImmutableNotOnServer));
    }

    #[test]
    fn immutable_custom_template_keeps_the_ids_in_the_repo_segment() {
        let mut run = octo(main_branch());
        run.owner_id = Some(123456);
        run.repo_id = Some(456789);
        run.subject = SubjectFormat::Custom {
            include_claim_keys: vec!["repo".into(), "context".into()],
            immutable: true,
        };
        assert_eq!(
            sub(&run),
            "repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main"
        );
    }

    // §3.4 customized templates, each documented example.

    #[test]
    fn template_owner_and_visibility() {
        let mut run = Run::new("monalisa", "repo", main_branch());
        run.repository_visibility = Some("private".into());
        run.subject = custom(&["repository_owner", "repository_visibility"]);
        assert_eq!(
            sub(&run),
            "repository_owner:monalisa:repository_visibility:private"
        );
        run.subject = custom(&["repository_owner"]);
        assert_eq!(sub(&run), "repository_owner:monalisa");
    }

    fn reusable_run() -> Run {
        let mut run = octo(main_branch());
        run.reusable_workflow =
            Some("octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main".into());
        run
    }

    #[test]
    fn template_job_workflow_ref() {
        let mut run = reusable_run();
        run.subject = custom(&["job_workflow_ref"]);
        assert_eq!(
            sub(&run),
            "job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main"
        );
    }

    #[test]
    fn template_repo_context_job_workflow_ref() {
        let mut run = reusable_run();
        run.environment = Some("prod".into());
        run.subject = custom(&["repo", "context", "job_workflow_ref"]);
        assert_eq!(
            sub(&run),
            "repo:octo-org/octo-repo:environment:prod:job_workflow_ref:\
             octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main"
        );
    }

    #[test]
    fn template_ids() {
        let mut run = octo(main_branch());
        run.repo_id = Some(74);
        run.owner_id = Some(65);
        run.subject = custom(&["repository_id"]);
        assert_eq!(sub(&run), "repository_id:74");
        run.subject = custom(&["repository_owner_id"]);
        assert_eq!(sub(&run), "repository_owner_id:65");
        run.repo_id = None;
        run.subject = custom(&["repository_id"]);
        assert_eq!(
            subject(&run),
            Err(ClaimsError::TemplateClaimMissing {
                key: "repository_id".into()
            })
        );
    }

    #[test]
    fn template_environment_colon_is_encoded() {
        let mut run = octo(main_branch());
        run.environment = Some("production:eastus".into());
        run.subject = custom(&["environment", "repository_owner"]);
        assert_eq!(
            sub(&run),
            "environment:production%3Aeastus:repository_owner:octo-org"
        );
    }

    #[test]
    fn template_custom_property() {
        let mut run = octo(main_branch());
        run.extra_claims
            .insert("repo_property_workspace_id", "ws-abc123".to_owned());
        run.subject = custom(&["repo_property_workspace_id"]);
        assert_eq!(sub(&run), "repo_property_workspace_id:ws-abc123");
    }

    #[test]
    fn template_repo_context_is_the_default() {
        for env in [None, Some("prod".to_owned())] {
            let mut run = octo(main_branch());
            run.environment = env;
            let default = sub(&run);
            run.subject = custom(&["repo", "context"]);
            assert_eq!(sub(&run), default);
        }
    }

    #[test]
    fn template_rejects_bad_keys_and_empty_lists() {
        let mut run = octo(main_branch());
        run.subject = custom(&["repo-name"]);
        assert_eq!(
            subject(&run),
            Err(ClaimsError::InvalidClaimKey {
                key: "repo-name".into()
            })
        );
        run.subject = custom(&[]);
        assert_eq!(subject(&run), Err(ClaimsError::EmptyTemplate));
        run.subject = custom(&["environment"]);
        assert_eq!(
            subject(&run),
            Err(ClaimsError::TemplateClaimMissing {
                key: "environment".into()
            })
        );
    }

    // Other claims, issuers, audience.

    #[test]
    fn full_claim_set_for_a_push() {
        let mut run = octo(main_branch());
        run.owner_id = Some(65);
        run.repo_id = Some(74);
        run.workflow_path = Some(".github/workflows/deploy.yml".into());
        run.workflow_name = Some("Deploy".into());
        let claims = claims(&run).expect("claims");
        let got: Vec<(&str, &str)> = claims.iter().map(|(k, v)| (k, v.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("iss", "https://token.actions.githubusercontent.com"),
                ("sub", "repo:octo-org/octo-repo:ref:refs/heads/main"),
                ("aud", "sts.amazonaws.com"),
                ("ref", "refs/heads/main"),
                ("ref_type", "branch"),
                ("repository", "octo-org/octo-repo"),
                ("repository_owner", "octo-org"),
                ("repository_id", "74"),
                ("repository_owner_id", "65"),
                ("workflow", "Deploy"),
                (
                    "workflow_ref",
                    "octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main"
                ),
                (
                    "job_workflow_ref",
                    "octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main"
                ),
                ("head_ref", ""),
                ("base_ref", ""),
                ("event_name", "push"),
            ]
        );
    }

    #[test]
    fn pull_request_claims() {
        let mut run = octo(Trigger::PullRequest {
            number: 15,
            head_ref: "feature/x".into(),
            base_ref: "main".into(),
        });
        run.audience = Some("sts.amazonaws.com.cn".into());
        let c = claims(&run).expect("claims");
        assert_eq!(c.get("ref").map(String::as_str), Some("refs/pull/15/merge"));
        assert_eq!(c.get("ref_type"), None);
        assert_eq!(c.get("head_ref").map(String::as_str), Some("feature/x"));
        assert_eq!(c.get("base_ref").map(String::as_str), Some("main"));
        assert_eq!(
            c.get("event_name").map(String::as_str),
            Some("pull_request")
        );
        assert_eq!(
            c.get("aud").map(String::as_str),
            Some("sts.amazonaws.com.cn")
        );
    }

    #[test]
    fn reusable_workflow_describes_the_caller_in_sub() {
        let mut run = reusable_run();
        run.workflow_path = Some(".github/workflows/caller.yml".into());
        let c = claims(&run).expect("claims");
        assert_eq!(
            c.get("sub").map(String::as_str),
            Some("repo:octo-org/octo-repo:ref:refs/heads/main")
        );
        assert_eq!(
            c.get("workflow_ref").map(String::as_str),
            Some("octo-org/octo-repo/.github/workflows/caller.yml@refs/heads/main")
        );
        assert_eq!(
            c.get("job_workflow_ref").map(String::as_str),
            Some("octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main")
        );
    }

    #[test]
    fn issuers() {
        let cases = [
            (
                Issuer::GitHubCom,
                "https://token.actions.githubusercontent.com",
            ),
            (
                Issuer::EnterpriseSlug {
                    slug: "jamf".into(),
                },
                "https://token.actions.githubusercontent.com/jamf",
            ),
            (
                Issuer::GheCom {
                    subdomain: "octocorp".into(),
                    include_enterprise_slug: false,
                },
                "https://token.actions.octocorp.ghe.com",
            ),
            (
                Issuer::GheCom {
                    subdomain: "octocorp".into(),
                    include_enterprise_slug: true,
                },
                "https://token.actions.octocorp.ghe.com/octocorp",
            ),
            (
                Issuer::Server {
                    hostname: "ghe.example.com".into(),
                },
                "https://ghe.example.com/_services/token",
            ),
        ];
        for (issuer, url) in cases {
            assert_eq!(issuer.url(), url);
            let mut run = octo(main_branch());
            run.issuer = issuer.clone();
            let c = claims(&run).expect("claims");
            assert_eq!(c.get("iss").map(String::as_str), Some(url));
            let host_path = &url["https://".len()..];
            assert_eq!(issuer.key_prefix(), format!("{host_path}:"));
            assert_eq!(
                issuer.provider_arn("aws", "123456789012"),
                format!("arn:aws:iam::123456789012:oidc-provider/{host_path}")
            );
        }
        assert_eq!(
            Issuer::EnterpriseSlug {
                slug: "jamf".into()
            }
            .key_prefix(),
            "token.actions.githubusercontent.com/jamf:"
        );
    }

    #[test]
    fn empty_names_are_rejected() {
        let run = Run::new("", "r", main_branch());
        assert_eq!(
            subject(&run),
            Err(ClaimsError::EmptyName {
                field: "owner".into()
            })
        );
    }
}
