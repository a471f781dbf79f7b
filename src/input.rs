//! Form strings -> validated inputs. Every rule is stated in its message, and every bad field
//! is reported (not only the first). Sources for the rules: GitHub's naming limits, git's
//! check-ref-format, the ECR API model's repository-name pattern and IAM's name patterns.

use crate::diag::{Diagnostic, Severity};
use crate::form::{Field, Form};
use crate::i18n::Lang;
use crate::iam::claims::Issuer;
use crate::regions::{self, Partition, RegionKind};

/// Who may assume the role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// These branches of the repository (exact subjects, `StringEquals`).
    Branches(Vec<String>),
    /// Jobs that declare one of these GitHub environments (`StringEquals`).
    Environments(Vec<String>),
    /// Any branch of the repository (`StringLike`, `refs/heads/*`).
    AnyBranch,
    /// Any run of any repository of the owner (`StringLike`, `repo:OWNER/*`).
    OwnerWide,
}

impl Scope {
    pub fn is_wildcard(&self) -> bool {
        matches!(self, Scope::AnyBranch | Scope::OwnerWide)
    }
}

/// Which subject form GitHub puts in the token for this repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubjectFormat {
    /// `repo:OWNER/REPO:...` (repositories created before 2026-07-15 that did not opt in).
    Name,
    /// `repo:OWNER@OWNER_ID/REPO@REPO_ID:...`.
    Immutable { owner_id: String, repo_id: String },
    /// Both, for the transition.
    Both { owner_id: String, repo_id: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleArnSource {
    Vars,
    Secrets,
    Inline,
}

/// Everything the generators need, already checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    pub owner: String,
    pub repo: String,
    pub scope: Scope,
    pub subject_format: SubjectFormat,
    pub account: String,
    pub region: &'static str,
    /// Chosen by the region.
    pub partition: Partition,
    /// Which GitHub issues the tokens: github.com, an enterprise slug, GHE.com or a server.
    pub issuer: Issuer,
    pub ecr_repo: String,
    pub role_name: String,
    pub policy_name: String,
    pub session_duration: u32,
    pub role_arn_source: RoleArnSource,
    pub pin_actions: bool,
    pub workflow_file: String,
    pub create_ecr_repo: bool,
    pub immutable_tags: bool,
    /// Branches whose pushes start the workflow (the scope's branches, or for an environment
    /// scope the branches field; empty means any branch).
    pub trigger_branches: Vec<String>,
    /// Tags (exact names, or patterns with `*`) that may also assume the role.
    pub tags: Vec<TagSpec>,
    /// Same-repository pull requests may assume the role (read-only roles only).
    pub pull_requests: bool,
    /// What the role may do in ECR.
    pub access: Access,
    /// More repositories of the same owner, with the same scopes.
    pub extra_repos: Vec<RepoRef>,
    /// More ECR repositories the role may use (besides `ecr_repo`).
    pub more_ecr_repos: Vec<String>,
    /// The account that holds the ECR repositories, when it is not `account`.
    pub registry_account: Option<String>,
    /// A customized subject template (`include_claim_keys`), when the org or repo uses one.
    pub subject_template: Option<Vec<String>>,
    /// The reusable workflow the trust is pinned to (`job_workflow_ref`).
    pub reusable_workflow: Option<String>,
    /// The language of the comments in the generated workflow and script (the code itself is
    /// the same in every language).
    pub comments: Lang,
}

/// A tag that may assume the role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagSpec {
    pub name: String,
    /// Contains `*`: matched with `StringLike`.
    pub pattern: bool,
}

/// Another repository of the same owner, with its numeric id for the immutable subject and,
/// when it has its own, the branches, environments and tags that may assume the role from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoRef {
    pub name: String,
    pub id: Option<String>,
    /// `name:main:env=prod:tag=v*`: these instead of the form's branches, environments and
    /// tags (pull requests still follow the form).
    pub own: Option<OwnScopes>,
}

/// A repository's own scopes (at least one entry in all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnScopes {
    pub branches: Vec<String>,
    pub environments: Vec<String>,
    pub tags: Vec<TagSpec>,
}

/// What the role may do in ECR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Push and pull (the default).
    Push,
    /// Pull only: the only access pull requests may get.
    Pull,
}

impl Inputs {
    pub fn role_arn(&self) -> String {
        format!(
            "arn:{}:iam::{}:role/{}",
            self.partition.id(),
            self.account,
            self.role_name
        )
    }
    pub fn policy_arn(&self) -> String {
        format!(
            "arn:{}:iam::{}:policy/{}",
            self.partition.id(),
            self.account,
            self.policy_name
        )
    }
    pub fn ecr_repo_arn(&self) -> String {
        self.ecr_arn(&self.ecr_repo)
    }
    fn ecr_arn(&self, name: &str) -> String {
        format!(
            "arn:{}:ecr:{}:{}:repository/{}",
            self.partition.id(),
            self.region,
            self.registry(),
            name
        )
    }
    /// Every ECR repository the role may use, the workflow's first.
    pub fn ecr_repos(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.ecr_repo.as_str())
            .chain(self.more_ecr_repos.iter().map(String::as_str))
    }
    pub fn ecr_repo_arns(&self) -> Vec<String> {
        self.ecr_repos().map(|r| self.ecr_arn(r)).collect()
    }
    /// The account whose registry holds the repositories.
    pub fn registry(&self) -> &str {
        self.registry_account.as_deref().unwrap_or(&self.account)
    }
    pub fn cross_account(&self) -> bool {
        self.registry() != self.account
    }
    pub fn provider_arn(&self) -> String {
        self.issuer.provider_arn(self.partition.id(), &self.account)
    }
    /// The audience the provider registers and the workflow requests.
    pub fn audience(&self) -> &'static str {
        self.partition.audience()
    }
}

/// The github.com token issuer host: provider URL without `https://`, and condition-key prefix.
pub const ISSUER_HOST: &str = "token.actions.githubusercontent.com";
/// The audience configure-aws-credentials requests in the commercial partition.
pub const AUDIENCE: &str = "sts.amazonaws.com";

/// Result of validation: the inputs when every field is valid, and all findings either way.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub inputs: Option<Inputs>,
    pub diagnostics: Vec<Diagnostic>,
}

const CODE_INVALID: &str = "input-invalid";

struct Checker {
    diags: Vec<Diagnostic>,
}

impl Checker {
    fn error(&mut self, field: Field, message: String, help: &str) {
        self.diags.push(Diagnostic::field(
            CODE_INVALID,
            Severity::Error,
            field,
            message,
            help,
        ));
    }
    fn note(
        &mut self,
        code: &'static str,
        severity: Severity,
        field: Field,
        message: String,
        help: &str,
    ) {
        self.diags
            .push(Diagnostic::field(code, severity, field, message, help));
    }
}

pub fn validate(form: &Form) -> Validated {
    let mut c = Checker { diags: Vec::new() };
    let get = |f: Field| form.get(f).trim();

    let owner = check_owner(&mut c, get(Field::Owner));
    let repo = check_repo(&mut c, get(Field::Repo));
    let scope_kind = get(Field::Scope);
    let scope = match scope_kind {
        "branches" | "" => check_branches(&mut c, form.get(Field::Branches)).map(Scope::Branches),
        "environment" => {
            check_environments(&mut c, get(Field::Environment)).map(Scope::Environments)
        }
        "any-branch" => Some(Scope::AnyBranch),
        "owner-wide" => Some(Scope::OwnerWide),
        other => {
            c.error(
                Field::Scope,
                format!("access scope \"{other}\" is not one of branches, environment, any-branch, owner-wide"),
                "Choose who may assume the role from the list.",
            );
            None
        }
    };
    let trigger_branches = match &scope {
        Some(Scope::Branches(b)) => Some(b.clone()),
        Some(Scope::Environments(_)) => check_branches(&mut c, form.get(Field::Branches)),
        _ => Some(Vec::new()),
    };
    let subject_format = check_subject_format(
        &mut c,
        get(Field::SubjectFormat),
        get(Field::OwnerId),
        get(Field::RepoId),
    );
    let account = check_account(&mut c, get(Field::Account));
    let tags = check_tags(&mut c, get(Field::Tags));
    let access = match get(Field::Access) {
        "push" | "" => Some(Access::Push),
        "pull" => Some(Access::Pull),
        other => {
            c.error(
                Field::Access,
                format!("ECR access \"{other}\" is not one of push, pull"),
                "Choose the access from the list.",
            );
            None
        }
    };
    let pull_requests = form.flag(Field::PullRequests);
    if pull_requests {
        if access == Some(Access::Push) {
            c.error(
                Field::PullRequests,
                "pull requests may not assume a role that can push: every pull request of the repository presents the same subject, whatever its branch or author".into(),
                "Use a separate role with ECR access \"pull\" for pull requests.",
            );
        } else if !form.flag(Field::PullRequestsConfirm) {
            c.error(
                Field::PullRequestsConfirm,
                "confirm that any pull request opened from a branch of this repository may assume this role".into(),
                "Tick the confirmation. Pull requests from forks get no OIDC token at all, so they cannot use the role.",
            );
        } else {
            c.note(
                "scope-pull-requests",
                Severity::SecurityWarning,
                Field::PullRequests,
                "any pull request from a branch of this repository can pull from ECR with this role; pull requests from forks get no OIDC token".into(),
                "Keep this role read-only and the repository's write access tight.",
            );
        }
    }
    let extra_repos = check_extra_repos(
        &mut c,
        get(Field::ExtraRepos),
        repo.as_deref(),
        get(Field::SubjectFormat),
    );
    if let Some(repos) = &extra_repos
        && repos.iter().any(|r| r.own.is_some())
        && matches!(scope, Some(Scope::OwnerWide))
    {
        c.error(
            Field::ExtraRepos,
            "a repository's own scopes (name:branch, env=, tag=) cannot narrow the every-repository scope".into(),
            "Choose another scope, or list the repositories without their own scopes.",
        );
    }
    let more_ecr_repos = check_more_ecr_repos(&mut c, get(Field::EcrRepo));
    let registry_account = check_registry_account(&mut c, get(Field::RegistryAccount));
    let subject_template = check_template(&mut c, get(Field::SubjectTemplate));
    let reusable_workflow = check_reusable(&mut c, get(Field::ReusableWorkflow));
    let comments = match get(Field::Comments) {
        "" => Some(Lang::En),
        id => Lang::from_id(id).or_else(|| {
            c.error(
                Field::Comments,
                format!("comment language \"{id}\" is not one of en, ko"),
                "Choose the language from the list.",
            );
            None
        }),
    };
    let region = check_region(&mut c, get(Field::Region));
    let issuer = check_issuer(&mut c, get(Field::GithubHost), get(Field::GithubHostName));
    if let (
        Some(Issuer::Server { .. }),
        Some(SubjectFormat::Immutable { .. } | SubjectFormat::Both { .. }),
    ) = (&issuer, &subject_format)
    {
        c.error(
            Field::SubjectFormat,
            "GitHub Enterprise Server does not issue immutable subjects (the July 2026 rollout excludes it)".into(),
            "Choose the name form for a GitHub Enterprise Server.",
        );
    }
    if let Some((_, Partition::AwsUsGov)) = region {
        c.note(
            "partition-govcloud-audience",
            Severity::Suggestion,
            Field::Region,
            "GovCloud uses the audience sts.amazonaws.com, as reported by users; no AWS page was found that states it".into(),
            "If AWS answers \"Incorrect token audience\", check the provider's client IDs.",
        );
    }
    let ecr_repo = check_ecr_repo(
        &mut c,
        get(Field::EcrRepo)
            .split(',')
            .next()
            .unwrap_or_default()
            .trim(),
        repo.as_deref(),
    );
    let role_name = check_iam_name(
        &mut c,
        Field::RoleName,
        get(Field::RoleName),
        repo.as_deref().map(default_role_name),
        64,
        "IAM role name",
    );
    let policy_name = check_iam_name(
        &mut c,
        Field::PolicyName,
        get(Field::PolicyName),
        repo.as_deref().map(default_policy_name),
        128,
        "managed policy name",
    );
    let session_duration = check_duration(&mut c, get(Field::SessionDuration));
    let role_arn_source = match get(Field::RoleArnSource) {
        "vars" | "" => Some(RoleArnSource::Vars),
        "secrets" => Some(RoleArnSource::Secrets),
        "inline" => Some(RoleArnSource::Inline),
        other => {
            c.error(
                Field::RoleArnSource,
                format!("role ARN source \"{other}\" is not one of vars, secrets, inline"),
                "Choose where the workflow reads the role ARN from the list.",
            );
            None
        }
    };
    let workflow_file = check_workflow_file(&mut c, get(Field::WorkflowFile));
    // The calling workflow goes into each admitted repository under the workflow file name: it
    // must not take the place of the reusable workflow itself.
    if let (Some(Some(reusable)), Some(file), Some(owner), Some(repo)) =
        (&reusable_workflow, &workflow_file, &owner, &repo)
    {
        let path = reusable.split('@').next().unwrap_or_default();
        let callers = std::iter::once(repo.as_str())
            .chain(extra_repos.iter().flatten().map(|r| r.name.as_str()));
        for caller in callers {
            if path == format!("{owner}/{caller}/.github/workflows/{file}") {
                c.error(
                    Field::WorkflowFile,
                    format!("the calling workflow would replace the reusable workflow .github/workflows/{file} in {owner}/{caller}"),
                    "Choose another workflow file name for the calling workflow.",
                );
            }
        }
    }

    if let Some(Scope::AnyBranch) = scope {
        c.note(
            "scope-any-branch",
            Severity::SecurityWarning,
            Field::Scope,
            "any branch of the repository may assume this role: anyone with write access can push a new branch and push images with it".into(),
            "Prefer listing the branches (protect them), or use an environment with required reviewers.",
        );
    }
    if let Some(Scope::OwnerWide) = scope {
        c.note(
            "scope-owner-wide",
            Severity::SecurityWarning,
            Field::Scope,
            "every repository of the owner may assume this role, including repositories created later, and every branch, tag, environment and pull-request run in them".into(),
            "Prefer one role per repository with exact branches or an environment.",
        );
    }

    if !form.flag(Field::PinActions) {
        c.note(
            "actions-not-pinned",
            Severity::Warning,
            Field::PinActions,
            "actions are referenced by major tag (v7, v6, v2); whoever controls a tag can move it to other code, and this job can mint AWS credentials".into(),
            "Pin by full commit SHA (the version stays as a comment); update pins with Dependabot or Renovate.",
        );
    }

    let complete = (
        owner,
        repo,
        scope,
        trigger_branches,
        subject_format,
        account,
        region,
        issuer,
        ecr_repo,
        role_name,
        policy_name,
        session_duration,
        role_arn_source,
        workflow_file,
    );
    let build = move || -> Option<Inputs> {
        let (
            Some(owner),
            Some(repo),
            Some(scope),
            Some(trigger_branches),
            Some(subject_format),
            Some(account),
            Some((region, partition)),
            Some(issuer),
            Some(ecr_repo),
            Some(role_name),
            Some(policy_name),
            Some(session_duration),
            Some(role_arn_source),
            Some(workflow_file),
        ) = complete
        else {
            return None;
        };
        Some(Inputs {
            owner,
            repo,
            scope,
            subject_format,
            account,
            region,
            partition,
            issuer,
            ecr_repo,
            role_name,
            policy_name,
            session_duration,
            role_arn_source,
            pin_actions: form.flag(Field::PinActions),
            workflow_file,
            create_ecr_repo: form.flag(Field::CreateEcrRepo),
            immutable_tags: form.flag(Field::ImmutableTags),
            trigger_branches,
            tags: tags?,
            pull_requests,
            access: access?,
            extra_repos: extra_repos?,
            more_ecr_repos: more_ecr_repos?,
            registry_account: registry_account?,
            subject_template: subject_template?,
            reusable_workflow: reusable_workflow?,
            comments: comments?,
        })
    };
    let inputs = build();
    if let Some(i) = &inputs {
        // One workflow is generated, with the form's triggers and environments: a repository
        // with its own scopes needs its own.
        for r in i.extra_repos.iter().filter(|r| r.own.is_some()) {
            c.note(
                "own-scopes-workflow",
                Severity::Warning,
                Field::ExtraRepos,
                format!("the generated workflow runs on the form's scopes, not on the own scopes of \"{}\": there it would present subjects this role refuses", r.name),
                "For that repository, generate its workflow with it as the repository and its scopes in the form (the trust policy here already admits them).",
            );
        }
        for gap in crate::generate::trust::template_gaps(i) {
            c.error(
                Field::SubjectTemplate,
                gap,
                "Adjust the template keys or the scope so every subject can be written exactly.",
            );
        }
        if i.reusable_workflow.is_some() {
            c.note(
                "reusable-claim-key",
                Severity::Suggestion,
                Field::ReusableWorkflow,
                "AWS has evaluated GitHub claims such as job_workflow_ref in trust policies since early 2026; the exact list of keys it accepts is not confirmed by an AWS page".into(),
                "Check the role with a real run; to rely only on sub, add job_workflow_ref to a customized subject template.",
            );
        }
    }
    // Any error withholds the inputs, including rules that span fields.
    let inputs = inputs.filter(|_| c.diags.iter().all(|d| d.severity != Severity::Error));
    crate::diag::sort(&mut c.diags);
    Validated {
        inputs,
        diagnostics: c.diags,
    }
}

fn check_owner(c: &mut Checker, v: &str) -> Option<String> {
    const RULE: &str =
        "A GitHub owner is 1-39 letters, digits or single hyphens, not starting with a hyphen.";
    let problem = if v.is_empty() {
        Some("GitHub owner is required".to_owned())
    } else if v.chars().count() > 39 {
        Some(format!("GitHub owner \"{v}\" is longer than 39 characters"))
    } else if let Some(bad) = v
        .chars()
        .find(|ch| !(ch.is_ascii_alphanumeric() || *ch == '-'))
    {
        Some(format!(
            "GitHub owner \"{v}\" contains \"{bad}\"; only ASCII letters, digits and hyphens are allowed"
        ))
    } else if v.starts_with('-') {
        Some(format!("GitHub owner \"{v}\" starts with a hyphen"))
    } else if v.contains("--") {
        Some(format!("GitHub owner \"{v}\" contains consecutive hyphens"))
    } else {
        None
    };
    match problem {
        Some(m) => {
            c.error(Field::Owner, m, RULE);
            None
        }
        None => Some(v.to_owned()),
    }
}

fn check_repo(c: &mut Checker, v: &str) -> Option<String> {
    const RULE: &str = "A repository name is up to 100 ASCII letters, digits, '-', '_' or '.'; '.' and '..' are reserved.";
    let problem = if v.is_empty() {
        Some("repository name is required".to_owned())
    } else if v.chars().count() > 100 {
        Some(format!(
            "repository name \"{v}\" is longer than 100 characters"
        ))
    } else if let Some(bad) = v
        .chars()
        .find(|ch| !(ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '.')))
    {
        Some(format!(
            "repository name \"{v}\" contains \"{bad}\"; only ASCII letters, digits, '-', '_' and '.' are allowed"
        ))
    } else if v == "." || v == ".." {
        Some(format!("repository name \"{v}\" is reserved"))
    } else {
        None
    };
    match problem {
        Some(m) => {
            c.error(Field::Repo, m, RULE);
            None
        }
        None => Some(v.to_owned()),
    }
}

/// IAM policy documents accept only tab, line breaks and U+0020-U+00FF, so a name outside that
/// range cannot be written into a trust policy.
pub fn iam_chars_problem(name: &str) -> Option<String> {
    name.chars()
        .find(|ch| !(('\u{20}'..='\u{ff}').contains(ch)))
        .map(|ch| {
            format!(
                "contains \"{ch}\" (U+{:04X}); IAM policies accept only characters U+0020-U+00FF, so the trust policy cannot name it",
                u32::from(ch)
            )
        })
}

/// Why `name` is not a valid git branch name (git check-ref-format --branch), if it is not.
pub fn branch_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("is empty".into());
    }
    if let Some(bad) = name
        .chars()
        .find(|ch| ch.is_control() || matches!(ch, ' ' | '~' | '^' | ':' | '?' | '*' | '[' | '\\'))
    {
        let shown = if bad.is_control() {
            format!("control character U+{:04X}", u32::from(bad))
        } else if bad == ' ' {
            "a space".to_owned()
        } else {
            format!("\"{bad}\"")
        };
        return Some(format!(
            "contains {shown}, which git does not allow in branch names"
        ));
    }
    if name.starts_with('-') {
        return Some("starts with '-'".into());
    }
    if name.starts_with('/') || name.ends_with('/') || name.contains("//") {
        return Some("has an empty path component (leading, trailing or double '/')".into());
    }
    if name.contains("..") {
        return Some("contains '..'".into());
    }
    if name.contains("@{") {
        return Some("contains '@{'".into());
    }
    if name == "@" {
        return Some("is '@'".into());
    }
    if name.ends_with('.') {
        return Some("ends with '.'".into());
    }
    for part in name.split('/') {
        if part.starts_with('.') {
            return Some(format!("has a component \"{part}\" starting with '.'"));
        }
        if part.ends_with(".lock") {
            return Some(format!("has a component \"{part}\" ending with '.lock'"));
        }
    }
    None
}

fn check_branches(c: &mut Checker, raw: &str) -> Option<Vec<String>> {
    const RULE: &str = "List branch names separated by commas, e.g. main, release/v2. Git forbids spaces, ~ ^ : ? * [ \\, '..', '@{', leading '-' or '.', and a trailing '.' or '.lock'.";
    let names: Vec<&str> = raw.split(',').map(str::trim).collect();
    if names.iter().all(|n| n.is_empty()) {
        c.error(
            Field::Branches,
            "at least one branch is required".into(),
            RULE,
        );
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut ok = true;
    for name in names {
        if name.is_empty() {
            continue;
        }
        if let Some(why) = branch_problem(name) {
            c.error(Field::Branches, format!("branch \"{name}\" {why}"), RULE);
            ok = false;
        } else if let Some(why) = iam_chars_problem(name) {
            c.error(Field::Branches, format!("branch \"{name}\" {why}"), RULE);
            ok = false;
        } else if name.contains("${{") {
            c.error(
                Field::Branches,
                format!("branch \"{name}\" contains \"${{{{\", which GitHub Actions would read as the start of an expression in the workflow"),
                "Rename the branch; git allows the name, but a workflow cannot name it safely.",
            );
            ok = false;
        } else if out.iter().any(|n| n == name) {
            c.note(
                "branch-duplicate",
                Severity::Warning,
                Field::Branches,
                format!("branch \"{name}\" is listed twice; it is used once"),
                "Remove the repeated name.",
            );
        } else {
            out.push(name.to_owned());
        }
    }
    ok.then_some(out)
}

fn check_environment(c: &mut Checker, v: &str) -> Option<String> {
    const RULE: &str = "A GitHub environment name is 1-255 characters without control characters.";
    let problem = if v.is_empty() {
        Some("environment name is required for the environment scope".to_owned())
    } else if v.chars().count() > 255 {
        Some(format!(
            "environment name \"{v}\" is longer than 255 characters"
        ))
    } else if v.chars().any(char::is_control) {
        Some(format!(
            "environment name \"{}\" contains a control character",
            v.escape_debug()
        ))
    } else if let Some(why) = iam_chars_problem(v) {
        Some(format!("environment name \"{v}\" {why}"))
    } else if v.contains("${{") {
        Some(format!(
            "environment name \"{v}\" contains \"${{{{\", which the workflow would evaluate as an expression"
        ))
    } else {
        None
    };
    if let Some(m) = problem {
        c.error(Field::Environment, m, RULE);
        return None;
    }
    // Names are Latin-1 here (checked above): its capitals are the ones that fold.
    if v.chars().any(|ch| crate::iam::eval::fold_case(ch) != ch) {
        c.note(
            "environment-name-case",
            Severity::Suggestion,
            Field::Environment,
            format!("environment \"{v}\" has capital letters; GitHub treats environment names case-insensitively, and whether the token's sub keeps this casing is not documented"),
            "Write the name exactly as it appears in the repository's Environments settings; if AWS refuses the role, compare with the sub shown in CloudTrail.",
        );
    }
    Some(v.to_owned())
}

fn check_numeric_id(c: &mut Checker, field: Field, v: &str, what: &str) -> Option<String> {
    let problem = if v.is_empty() {
        Some(format!(
            "{what} is required for the immutable subject format"
        ))
    } else if !v.bytes().all(|b| b.is_ascii_digit()) {
        Some(format!("{what} \"{v}\" must be digits only"))
    } else if v.starts_with('0') || v.parse::<u64>().is_err() {
        Some(format!(
            "{what} \"{v}\" is not a GitHub numeric id (a positive integer without leading zeros)"
        ))
    } else {
        None
    };
    match problem {
        Some(m) => {
            c.error(
                field,
                m,
                "Look the ids up with: gh api repos/OWNER/REPO --jq '.owner.id, .id'",
            );
            None
        }
        None => Some(v.to_owned()),
    }
}

fn check_subject_format(
    c: &mut Checker,
    v: &str,
    owner_id: &str,
    repo_id: &str,
) -> Option<SubjectFormat> {
    match v {
        "name" | "" => Some(SubjectFormat::Name),
        "immutable" | "both" => {
            let o = check_numeric_id(c, Field::OwnerId, owner_id, "owner id");
            let r = check_numeric_id(c, Field::RepoId, repo_id, "repository id");
            let (owner_id, repo_id) = (o?, r?);
            Some(if v == "both" {
                SubjectFormat::Both { owner_id, repo_id }
            } else {
                SubjectFormat::Immutable { owner_id, repo_id }
            })
        }
        other => {
            c.error(
                Field::SubjectFormat,
                format!("subject format \"{other}\" is not one of name, immutable, both"),
                "Choose the subject format from the list.",
            );
            None
        }
    }
}

fn check_account(c: &mut Checker, v: &str) -> Option<String> {
    if v.len() == 12 && v.bytes().all(|b| b.is_ascii_digit()) {
        return Some(v.to_owned());
    }
    let message = if v.is_empty() {
        "AWS account id is required".to_owned()
    } else {
        format!(
            "AWS account id \"{v}\" must be exactly 12 digits (it has {} character{})",
            v.chars().count(),
            if v.chars().count() == 1 { "" } else { "s" }
        )
    };
    c.error(
        Field::Account,
        message,
        "Copy the 12-digit id from the AWS console's account menu, keeping any leading zeros.",
    );
    None
}

fn check_region(c: &mut Checker, v: &str) -> Option<(&'static str, Partition)> {
    match regions::classify(v) {
        RegionKind::Supported(partition) => regions::supported()
            .find(|r| *r == v)
            .map(|r| (r, partition)),
        RegionKind::OtherPartition(partition, label) => {
            c.error(
                Field::Region,
                format!("region \"{v}\" is in {label} (partition {partition}); Keyless generates for the aws, aws-cn and aws-us-gov partitions only"),
                "Pick a region of those partitions, or set up this account by hand following AWS's documentation for that partition.",
            );
            None
        }
        RegionKind::Unknown => {
            c.error(
                Field::Region,
                if v.is_empty() {
                    "AWS region is required".to_owned()
                } else {
                    format!(
                        "\"{v}\" is not a known AWS region (aws, aws-cn or aws-us-gov partition)"
                    )
                },
                "Pick a region from the list, e.g. us-east-1.",
            );
            None
        }
    }
}

/// Which GitHub issues the tokens. The name is the enterprise slug, the GHE.com subdomain or the
/// GitHub Enterprise Server hostname.
fn check_issuer(c: &mut Checker, kind: &str, name: &str) -> Option<Issuer> {
    let label_rule = |what: &str| {
        format!(
            "{what} is 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen"
        )
    };
    let label_ok = |v: &str| {
        (1..=63).contains(&v.len())
            && v.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !v.starts_with('-')
            && !v.ends_with('-')
    };
    let mut need = |what: &str, ok: bool| -> bool {
        if !ok {
            c.error(
                Field::GithubHostName,
                if name.is_empty() {
                    format!("the {what} is required for this GitHub host")
                } else {
                    format!("\"{name}\" is not a valid {what}")
                },
                &label_rule(what),
            );
        }
        ok
    };
    match kind {
        "github.com" | "" => Some(Issuer::GitHubCom),
        "enterprise" => need("enterprise slug", label_ok(name)).then(|| Issuer::EnterpriseSlug {
            slug: name.to_owned(),
        }),
        "ghe.com" => need("GHE.com subdomain", label_ok(name)).then(|| Issuer::GheCom {
            subdomain: name.to_owned(),
            include_enterprise_slug: false,
        }),
        "ghes" => {
            let host_ok = name.len() <= 253
                && name.contains('.')
                && name.split('.').all(|l| {
                    (1..=63).contains(&l.len())
                        && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                });
            if !host_ok {
                c.error(
                    Field::GithubHostName,
                    if name.is_empty() {
                        "the GitHub Enterprise Server hostname is required".to_owned()
                    } else {
                        format!("\"{name}\" is not a hostname (like github.example.com)")
                    },
                    "Give the server's hostname only: no https://, port or path.",
                );
                return None;
            }
            c.note(
                "ghes-discovery-reachable",
                Severity::Warning,
                Field::GithubHost,
                format!("AWS must reach https://{name}/_services/token/.well-known/openid-configuration and its JWKS over the internet; a certificate from a private CA also needs thumbprints on the provider"),
                "Allow AWS to reach those two endpoints (they can be limited to AWS's IP ranges), or the role can never be assumed.",
            );
            Some(Issuer::Server {
                hostname: name.to_ascii_lowercase(),
            })
        }
        other => {
            c.error(
                Field::GithubHost,
                format!(
                    "GitHub host \"{other}\" is not one of github.com, enterprise, ghe.com, ghes"
                ),
                "Choose the GitHub host from the list.",
            );
            None
        }
    }
}

/// Tags: exact names, or patterns where `*` matches anything (IAM `StringLike`). `?` is refused:
/// IAM reads it as one character, GitHub's tag filters as "the previous character is optional".
fn check_tags(c: &mut Checker, raw: &str) -> Option<Vec<TagSpec>> {
    const RULE: &str = "Tags separated by commas, e.g. v1.2.3 or v*; git's ref rules apply, and * is the only wildcard.";
    let mut out: Vec<TagSpec> = Vec::new();
    let mut ok = true;
    for name in raw.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let pattern = name.contains('*');
        let probe = name.replace('*', "x");
        let problem = if let Some(why) = iam_chars_problem(name) {
            Some(why)
        } else if name.contains('?') {
            Some("contains '?', which IAM and GitHub's tag filters read differently".to_owned())
        } else if name.contains("${{") {
            Some("contains \"${{\", which GitHub Actions would read as an expression".to_owned())
        } else {
            branch_problem(&probe)
        };
        if let Some(why) = problem {
            c.error(Field::Tags, format!("tag \"{name}\" {why}"), RULE);
            ok = false;
        } else if !out.iter().any(|t| t.name == name) {
            out.push(TagSpec {
                name: name.to_owned(),
                pattern,
            });
        }
    }
    for t in out.iter().filter(|t| t.pattern) {
        c.note(
            "scope-tag-pattern",
            Severity::SecurityWarning,
            Field::Tags,
            format!(
                "any tag matching \"{}\" that anyone with write access pushes can assume this role",
                t.name
            ),
            "Protect the tags with a tag ruleset, or list exact tags.",
        );
    }
    ok.then_some(out)
}

fn check_environments(c: &mut Checker, raw: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut ok = true;
    let names: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return check_environment(c, "").map(|e| vec![e]);
    }
    for name in names {
        match check_environment(c, name) {
            Some(e) if !out.contains(&e) => out.push(e),
            Some(_) => {}
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn check_extra_repos(
    c: &mut Checker,
    raw: &str,
    primary: Option<&str>,
    subject_format: &str,
) -> Option<Vec<RepoRef>> {
    const RULE: &str = "Other repositories of the same owner: name (the form's scopes), or name followed by its own scopes after colons: a branch, env=ENVIRONMENT, tag=TAG (api:main:env=production:tag=v*). Repeat a scope for more values (api:tag=v1:tag=v2). Separate repositories with ';' (',' also works when none has its own scopes). env= takes the rest up to the next scope, so an environment may contain ':'. With the immutable subject write name@id.";
    let needs_id = matches!(subject_format, "immutable" | "both");
    // ',' separates repositories only when none has its own scopes: "api:tag=v1,v2" could mean
    // tags v1 and v2, or the tag v1 and a repository v2, and the second reading lets a
    // repository named v2 in.
    let items: Vec<&str> = if raw.contains(';') {
        raw.split(';').collect()
    } else {
        let items: Vec<&str> = raw.split(',').collect();
        if raw.contains(':') && items.iter().filter(|i| !i.trim().is_empty()).count() > 1 {
            c.error(
                Field::ExtraRepos,
                format!("\"{}\" mixes ',' with a repository's own scopes: separate repositories with ';' and repeat a scope for more values", raw.trim()),
                RULE,
            );
            return None;
        }
        items
    };
    let mut out: Vec<RepoRef> = Vec::new();
    let mut ok = true;
    for item in items.into_iter().map(str::trim).filter(|n| !n.is_empty()) {
        // Branch names cannot contain ':', so it separates a repository's own scopes.
        let mut parts = item.split(':');
        let head = parts.next().unwrap_or_default().trim();
        let (name, id) = match head.split_once('@') {
            Some((n, i)) => (n, Some(i)),
            None => (head, None),
        };
        let mut scratch = Checker { diags: Vec::new() };
        let valid_name = check_repo(&mut scratch, name).is_some();
        let valid_id =
            id.is_none_or(|i| !i.is_empty() && !i.starts_with('0') && i.parse::<u64>().is_ok());
        let problem = if !valid_name {
            scratch.diags.first().map(|d| d.message.clone())
        } else if !valid_id {
            Some(format!(
                "\"{head}\": the id after @ must be a positive number"
            ))
        } else if needs_id && id.is_none() {
            Some(format!(
                "\"{head}\" needs its numeric id (name@id) for the immutable subject"
            ))
        } else if Some(name) == primary || out.iter().any(|r| r.name == name) {
            Some(format!("repository \"{name}\" is listed twice"))
        } else if item.contains(',') {
            Some(format!(
                "\"{item}\": ',' inside a repository's own scopes; repeat the scope for more values (tag=v1:tag=v2)"
            ))
        } else {
            None
        };
        if let Some(m) = problem {
            c.error(Field::ExtraRepos, m, RULE);
            ok = false;
            continue;
        }
        if id.is_some() && !needs_id {
            c.note(
                "extra-repo-id-unused",
                Severity::Suggestion,
                Field::ExtraRepos,
                format!("\"{head}\": the id is used only with the immutable subject format"),
                "Choose the immutable (or both) subject format to use it, or leave @id out.",
            );
        }
        // The entries after the name: `key=value` or a bare branch; an environment takes the
        // entries after it that name no scope (it may contain ':').
        let mut entries: Vec<String> = Vec::new();
        for part in parts.map(str::trim) {
            let keyed = part.split_once('=').is_some_and(|(k, _)| {
                !k.is_empty()
                    && k.bytes()
                        .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_')
            });
            match entries.last_mut() {
                Some(last) if last.starts_with("env=") && !keyed => {
                    last.push(':');
                    last.push_str(part);
                }
                _ => entries.push(part.to_owned()),
            }
        }
        let mut own = OwnScopes::default();
        let any = !entries.is_empty();
        for part in entries.iter().map(String::as_str) {
            // Each entry is checked by the rule of its own field; what that field would say is
            // reported on this field, naming the repository.
            let mut scratch = Checker { diags: Vec::new() };
            if part.is_empty() {
                c.error(
                    Field::ExtraRepos,
                    format!("\"{name}\" has an empty entry after ':'"),
                    RULE,
                );
                ok = false;
                continue;
            }
            let (kind, value) = match part.split_once('=') {
                Some(("env", v)) => ("env", v.trim()),
                Some(("tag", v)) => ("tag", v.trim()),
                Some(("branch", v)) => ("branch", v.trim()),
                Some((key, _))
                    if !key.is_empty()
                        && key
                            .bytes()
                            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_') =>
                {
                    c.error(
                        Field::ExtraRepos,
                        format!(
                            "in \"{name}\": \"{key}=\" is not a scope; write env=, tag= or branch="
                        ),
                        RULE,
                    );
                    ok = false;
                    continue;
                }
                _ => ("branch", part),
            };
            match kind {
                "env" => {
                    if value.is_empty() {
                        scratch.error(
                            Field::Environment,
                            "env= needs an environment name".to_owned(),
                            RULE,
                        );
                    } else if let Some(e) = check_environment(&mut scratch, value)
                        && !own.environments.contains(&e)
                    {
                        own.environments.push(e);
                    }
                }
                "tag" => {
                    if value.is_empty() {
                        scratch.error(Field::Tags, "tag= needs a tag or pattern".to_owned(), RULE);
                    } else if let Some(tags) = check_tags(&mut scratch, value) {
                        for t in tags {
                            if !own.tags.contains(&t) {
                                own.tags.push(t);
                            }
                        }
                    }
                }
                _ => {
                    if let Some(b) = check_branches(&mut scratch, value) {
                        for b in b {
                            if !own.branches.contains(&b) {
                                own.branches.push(b);
                            }
                        }
                    }
                }
            }
            for d in scratch.diags {
                if d.severity == Severity::Error {
                    ok = false;
                }
                let message = format!("in \"{name}\": {}", d.message);
                c.diags.push(Diagnostic::field(
                    d.code,
                    d.severity,
                    Field::ExtraRepos,
                    message,
                    d.help,
                ));
            }
        }
        out.push(RepoRef {
            name: name.to_owned(),
            id: id.map(str::to_owned),
            own: any.then_some(own),
        });
    }
    ok.then_some(out)
}

/// ECR repositories after the first (the field is a comma-separated list).
fn check_more_ecr_repos(c: &mut Checker, raw: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut ok = true;
    for name in raw
        .split(',')
        .skip(1)
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        match ecr_name_problem(name) {
            Some(why) => {
                c.error(
                    Field::EcrRepo,
                    format!("ECR repository name \"{name}\" {why}"),
                    "ECR names: 2-256 lower-case letters and digits, separated by '.', '_', '__' or '-', with '/' between components.",
                );
                ok = false;
            }
            None if !out.iter().any(|n| n == name) => out.push(name.to_owned()),
            None => {}
        }
    }
    ok.then_some(out)
}

fn check_registry_account(c: &mut Checker, v: &str) -> Option<Option<String>> {
    if v.is_empty() {
        return Some(None);
    }
    if v.len() == 12 && v.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Some(v.to_owned()));
    }
    c.error(
        Field::RegistryAccount,
        format!("registry account id \"{v}\" must be exactly 12 digits"),
        "Leave it empty when the ECR repositories are in the role's own account.",
    );
    None
}

/// The claim keys a customized subject template may name that Keyless can fill.
pub const TEMPLATE_KEYS: [&str; 10] = [
    "repo",
    "context",
    "repository",
    "repository_owner",
    "repository_id",
    "repository_owner_id",
    "ref",
    "environment",
    "job_workflow_ref",
    "event_name",
];

fn check_template(c: &mut Checker, raw: &str) -> Option<Option<Vec<String>>> {
    let keys: Vec<String> = raw
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect();
    if keys.is_empty() {
        return Some(None);
    }
    let mut ok = true;
    for key in &keys {
        if !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            c.error(
                Field::SubjectTemplate,
                format!("claim key \"{key}\" may contain only letters, digits and underscores"),
                "List the include_claim_keys of your template, e.g. repo, context, job_workflow_ref.",
            );
            ok = false;
        } else if !TEMPLATE_KEYS.contains(&key.as_str()) {
            c.error(
                Field::SubjectTemplate,
                format!(
                    "Keyless cannot fill the claim \"{key}\" in a subject; it knows {}",
                    TEMPLATE_KEYS.join(", ")
                ),
                "Remove the key, or write this trust policy by hand.",
            );
            ok = false;
        }
    }
    let has = |k: &[&str]| keys.iter().any(|key| k.contains(&key.as_str()));
    if ok && !has(&["repo", "repository", "repository_id"]) {
        c.note(
            "template-drops-repository",
            Severity::SecurityWarning,
            Field::SubjectTemplate,
            "this template leaves the repository out of the subject, so even an exact subject admits runs of other repositories".into(),
            "Add repo (or repository_id) to the template.",
        );
    }
    if ok && !has(&["context", "ref", "environment", "job_workflow_ref"]) {
        c.note(
            "template-drops-ref",
            Severity::SecurityWarning,
            Field::SubjectTemplate,
            "this template leaves the branch, tag and environment out of the subject, so any run of the repository matches".into(),
            "Add context (or ref, environment, job_workflow_ref) to the template.",
        );
    }
    ok.then_some(Some(keys))
}

/// `OWNER/REPO/.github/workflows/FILE.yml@REF`.
fn check_reusable(c: &mut Checker, v: &str) -> Option<Option<String>> {
    const RULE: &str = "Give the workflow the jobs call as OWNER/REPO/.github/workflows/FILE.yml@REF, with REF a full commit SHA (preferred), refs/tags/TAG or refs/heads/BRANCH: the form the token's job_workflow_ref carries.";
    if v.is_empty() {
        return Some(None);
    }
    let (path, git_ref) = v.split_once('@').unwrap_or((v, ""));
    let parts: Vec<&str> = path.splitn(3, '/').collect();
    let mut scratch = Checker { diags: Vec::new() };
    let problem = if v.contains(|ch: char| ch.is_whitespace() || ch.is_control()) {
        Some(format!(
            "reusable workflow \"{}\" contains a space or a control character",
            v.escape_debug()
        ))
    } else if v.contains("${{") {
        Some(format!(
            "reusable workflow \"{v}\" contains \"${{{{\", which GitHub Actions would read as an expression"
        ))
    } else if parts.len() != 3 || git_ref.is_empty() {
        Some(format!(
            "reusable workflow \"{v}\" must look like OWNER/REPO/.github/workflows/FILE.yml@REF"
        ))
    } else if check_owner(&mut scratch, parts[0]).is_none()
        || check_repo(&mut scratch, parts[1]).is_none()
    {
        scratch
            .diags
            .first()
            .map(|d| format!("reusable workflow: {}", d.message))
    } else if !parts[2]
        .strip_prefix(".github/workflows/")
        .is_some_and(|file| {
            !file.contains('/')
                && !file.starts_with('.')
                && (file.ends_with(".yml") || file.ends_with(".yaml"))
        })
    {
        Some(format!(
            "reusable workflow \"{v}\": the file must be directly in .github/workflows/ and end in .yml or .yaml"
        ))
    } else if !is_full_sha(git_ref)
        && !["refs/heads/", "refs/tags/"].iter().any(|prefix| {
            git_ref
                .strip_prefix(prefix)
                .is_some_and(|name| !name.is_empty() && branch_problem(name).is_none())
        })
    {
        Some(format!(
            "the reusable workflow's ref \"{git_ref}\" is not what the token's job_workflow_ref carries: write a full commit SHA, refs/tags/{git_ref} or refs/heads/{git_ref}"
        ))
    } else {
        None
    };
    if let Some(m) = problem {
        c.error(Field::ReusableWorkflow, m, RULE);
        return None;
    }
    if !is_full_sha(git_ref) {
        c.note(
            "reusable-not-sha",
            Severity::Warning,
            Field::ReusableWorkflow,
            format!("the reusable workflow is pinned to \"{git_ref}\", which can move"),
            "Pin it to a full commit SHA so the trust names exact code.",
        );
    }
    Some(Some(v.to_owned()))
}

/// A full commit SHA (40 hex digits), the only ref that cannot move.
pub(crate) fn is_full_sha(git_ref: &str) -> bool {
    git_ref.len() == 40 && git_ref.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Why `name` is not a valid ECR repository name (ECR API pattern, 2-256 characters).
pub fn ecr_name_problem(name: &str) -> Option<String> {
    let len = name.chars().count();
    if !(2..=256).contains(&len) {
        return Some(format!("must be 2-256 characters (it has {len})"));
    }
    for component in name.split('/') {
        if let Some(why) = ecr_component_problem(component) {
            return Some(why);
        }
    }
    None
}

fn ecr_component_problem(part: &str) -> Option<String> {
    if part.is_empty() {
        return Some("has an empty component (leading, trailing or double '/')".into());
    }
    let bytes = part.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let mut i = 0;
    let mut expect_alnum = true;
    while i < bytes.len() {
        let b = bytes[i];
        if alnum(b) {
            expect_alnum = false;
            i += 1;
            continue;
        }
        if expect_alnum {
            return Some(format!(
                "component \"{part}\" must start with a lower-case letter or digit, and separators ('.', '_', '__', '-') must sit between letters or digits"
            ));
        }
        match b {
            b'.' => i += 1,
            b'_' => {
                i += if bytes.get(i + 1) == Some(&b'_') {
                    2
                } else {
                    1
                }
            }
            b'-' => {
                while bytes.get(i) == Some(&b'-') {
                    i += 1;
                }
            }
            _ => {
                let bad = part[i..].chars().next().unwrap_or('?');
                return Some(format!(
                    "contains \"{bad}\"; only lower-case letters, digits, '.', '_', '-' and '/' are allowed"
                ));
            }
        }
        expect_alnum = true;
    }
    if expect_alnum {
        return Some(format!(
            "component \"{part}\" must end with a lower-case letter or digit"
        ));
    }
    None
}

fn check_ecr_repo(c: &mut Checker, v: &str, repo: Option<&str>) -> Option<String> {
    const RULE: &str = "ECR names: 2-256 lower-case letters and digits, separated by '.', '_', '__' or '-', with '/' between components.";
    if v.is_empty() {
        let repo = repo?;
        let derived = repo.to_ascii_lowercase();
        return match ecr_name_problem(&derived) {
            None => Some(derived),
            Some(why) => {
                c.error(
                    Field::EcrRepo,
                    format!("enter an ECR repository name: the repository name \"{repo}\" cannot be used as one, it {why}"),
                    RULE,
                );
                None
            }
        };
    }
    match ecr_name_problem(v) {
        None => Some(v.to_owned()),
        Some(why) => {
            c.error(
                Field::EcrRepo,
                format!("ECR repository name \"{v}\" {why}"),
                RULE,
            );
            None
        }
    }
}

/// Keeps the IAM name character set and drops the word "github", which has been reported to
/// break role assumption in role names (configure-aws-credentials README, unexplained).
fn iam_safe(repo: &str) -> String {
    let lower = repo.to_ascii_lowercase();
    let mut out = String::new();
    let mut rest = lower.as_str();
    while let Some(pos) = rest.find("github") {
        out.push_str(&rest[..pos]);
        out.push_str("gh");
        rest = &rest[pos + "github".len()..];
    }
    out.push_str(rest);
    out
}

pub fn default_role_name(repo: &str) -> String {
    let name = format!("ecr-push-{}", iam_safe(repo));
    name.chars().take(64).collect()
}

pub fn default_policy_name(repo: &str) -> String {
    let name = format!("ecr-push-{}-policy", iam_safe(repo));
    name.chars().take(128).collect()
}

fn check_iam_name(
    c: &mut Checker,
    field: Field,
    v: &str,
    default: Option<String>,
    max: usize,
    what: &str,
) -> Option<String> {
    if v.is_empty() {
        return default;
    }
    let rule = format!("An {what} is 1-{max} characters from letters, digits and + = , . @ _ -.");
    let problem = if v.chars().count() > max {
        Some(format!("{what} \"{v}\" is longer than {max} characters"))
    } else if let Some(bad) = v
        .chars()
        .find(|ch| !(ch.is_ascii_alphanumeric() || "+=,.@_-".contains(*ch)))
    {
        Some(format!(
            "{what} \"{v}\" contains \"{bad}\", which IAM does not allow"
        ))
    } else if v.starts_with('-') {
        Some(format!(
            "{what} \"{v}\" starts with '-', which the AWS CLI would read as an option"
        ))
    } else {
        None
    };
    if let Some(m) = problem {
        c.error(field, m, &rule);
        return None;
    }
    if field == Field::RoleName && v.to_ascii_lowercase().contains("github") {
        c.note(
            "role-name-github",
            Severity::Warning,
            field,
            format!("role name \"{v}\" contains \"github\"; names like GitHubActions have been reported not to work with configure-aws-credentials (cause unexplained)"),
            "Choose a name without \"github\", e.g. the default ecr-push-REPO.",
        );
    }
    Some(v.to_owned())
}

fn check_duration(c: &mut Checker, v: &str) -> Option<u32> {
    match v.parse::<u32>() {
        Ok(n) if (3600..=43200).contains(&n) => Some(n),
        _ => {
            c.error(
                Field::SessionDuration,
                format!("max session duration \"{v}\" must be a whole number of seconds from 3600 to 43200"),
                "Use 3600 (one hour) unless a build needs longer.",
            );
            None
        }
    }
}

fn check_workflow_file(c: &mut Checker, v: &str) -> Option<String> {
    let v = if v.is_empty() { "ecr-push.yml" } else { v };
    let ok_chars = v
        .chars()
        .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '.'));
    let ok_ext = v.ends_with(".yml") || v.ends_with(".yaml");
    if ok_chars && ok_ext && !v.starts_with('.') && v.len() <= 100 {
        return Some(v.to_owned());
    }
    c.error(
        Field::WorkflowFile,
        format!("workflow file name \"{v}\" must end in .yml or .yaml and use only letters, digits, '-', '_' and '.'"),
        "The file goes in .github/workflows/; give just its name, e.g. ecr-push.yml.",
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_for(form: &Form, field: Field) -> Vec<String> {
        validate(form)
            .diagnostics
            .into_iter()
            .filter(|d| d.field_ref() == Some(field) && d.severity == Severity::Error)
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn defaults_are_valid_and_derive_names() {
        let v = validate(&Form::default());
        let inputs = v.inputs.expect("defaults are valid");
        assert_eq!(inputs.ecr_repo, "octo-repo");
        assert_eq!(inputs.role_name, "ecr-push-octo-repo");
        assert_eq!(inputs.policy_name, "ecr-push-octo-repo-policy");
        assert!(v.diagnostics.iter().all(|d| d.severity < Severity::Warning));
    }

    #[test]
    fn account_rules() {
        for bad in [
            "12345",
            "1234567890123",
            "12345678901a",
            " ",
            "１２３４５６７８９０１２",
        ] {
            let f = Form::default().with(Field::Account, bad);
            assert_eq!(errors_for(&f, Field::Account).len(), 1, "{bad}");
        }
        let f = Form::default().with(Field::Account, "012345678901");
        assert_eq!(
            validate(&f).inputs.map(|i| i.account),
            Some("012345678901".into())
        );
        let msg = &errors_for(
            &Form::default().with(Field::Account, "12345"),
            Field::Account,
        )[0];
        assert!(
            msg.contains("12345") && msg.contains("exactly 12 digits"),
            "{msg}"
        );
    }

    #[test]
    fn owner_and_repo_rules() {
        for bad in ["-x", "a--b", "a_b", "a@b", &"a".repeat(40), ""] {
            assert_eq!(
                errors_for(&Form::default().with(Field::Owner, bad), Field::Owner).len(),
                1,
                "{bad}"
            );
        }
        for good in ["a", "octo-org", "A1-b2", "legacy-"] {
            assert!(
                errors_for(&Form::default().with(Field::Owner, good), Field::Owner).is_empty(),
                "{good}"
            );
        }
        for bad in [".", "..", "a b", "a/b", &"r".repeat(101), ""] {
            assert_eq!(
                errors_for(&Form::default().with(Field::Repo, bad), Field::Repo).len(),
                1,
                "{bad}"
            );
        }
        assert!(
            errors_for(
                &Form::default().with(Field::Repo, "My_Repo.v2"),
                Field::Repo
            )
            .is_empty()
        );
    }

    #[test]
    fn branch_rules_follow_git() {
        for good in [
            "main",
            "release/v2",
            "feat/$(id)",
            "a{b}",
            "x;y",
            "日本",
            "a@b",
            "it's",
            "a`b`",
        ] {
            assert_eq!(branch_problem(good), None, "{good}");
        }
        for bad in [
            "", "a b", "a..b", "a:b", "a*", "a?", "a[b", "a\\b", "-x", "/a", "a/", "a//b", ".a",
            "a/.b", "a.lock", "a.", "@", "a@{b", "a~1", "a^", "a\tb",
        ] {
            assert!(branch_problem(bad).is_some(), "{bad:?}");
        }
        let v = validate(&Form::default().with(Field::Branches, "main, dev,main,"));
        assert_eq!(
            v.inputs.map(|i| i.trigger_branches),
            Some(vec!["main".into(), "dev".into()])
        );
        assert!(v.diagnostics.iter().any(|d| d.code == "branch-duplicate"));
        assert_eq!(
            errors_for(
                &Form::default().with(Field::Branches, " , "),
                Field::Branches
            )
            .len(),
            1
        );
    }

    #[test]
    fn names_outside_the_iam_character_set_are_refused() {
        for (field, value) in [(Field::Branches, "main,日本"), (Field::Tags, "v1-β")] {
            let errors = errors_for(&Form::default().with(field, value), field);
            assert_eq!(errors.len(), 1, "{value}");
            assert!(errors[0].contains("U+0020-U+00FF"), "{}", errors[0]);
        }
        let env = Form::default()
            .with(Field::Scope, "environment")
            .with(Field::Environment, "prod—eu");
        assert_eq!(errors_for(&env, Field::Environment).len(), 1);
        assert!(
            errors_for(
                &Form::default().with(Field::Branches, "café"),
                Field::Branches
            )
            .is_empty()
        );
    }

    #[test]
    fn branch_names_with_expression_syntax_are_refused() {
        let errors = errors_for(
            &Form::default().with(Field::Branches, "a${{b}}"),
            Field::Branches,
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("expression"), "{}", errors[0]);
        assert!(
            errors_for(
                &Form::default().with(Field::Branches, "a${b}"),
                Field::Branches
            )
            .is_empty()
        );
    }

    #[test]
    fn tag_pins_warn() {
        let v = validate(&Form::default().with(Field::PinActions, "false"));
        assert!(v.inputs.is_some());
        assert!(
            v.diagnostics
                .iter()
                .any(|d| d.code == "actions-not-pinned" && d.severity == Severity::Warning)
        );
        assert!(
            !validate(&Form::default())
                .diagnostics
                .iter()
                .any(|d| d.code == "actions-not-pinned")
        );
    }

    #[test]
    fn ecr_names_follow_the_api_pattern() {
        for good in ["ab", "my-app", "team/app", "a__b", "a---b", "a.b_c", "0app"] {
            assert_eq!(ecr_name_problem(good), None, "{good}");
        }
        for bad in [
            "a", "My-app", "a-", "-a", "a/", "a//b", "a___b", "a..b", "a b", "a_.b",
        ] {
            assert!(ecr_name_problem(bad).is_some(), "{bad}");
        }
        // The default is derived from the repository, lower-cased.
        let v = validate(&Form::default().with(Field::Repo, "My.Repo"));
        assert_eq!(v.inputs.map(|i| i.ecr_repo), Some("my.repo".into()));
        // A repository name that cannot be an ECR name asks for one.
        let f = Form::default().with(Field::Repo, "x");
        assert_eq!(errors_for(&f, Field::EcrRepo).len(), 1);
    }

    #[test]
    fn regions_choose_the_partition_and_others_are_refused_by_name() {
        let partition = |r: &str| {
            validate(&Form::default().with(Field::Region, r))
                .inputs
                .map(|i| i.partition)
        };
        assert_eq!(partition("cn-north-1"), Some(Partition::AwsCn));
        assert_eq!(partition("us-gov-west-1"), Some(Partition::AwsUsGov));
        assert_eq!(partition("eu-west-1"), Some(Partition::Aws));
        let msg = &errors_for(
            &Form::default().with(Field::Region, "us-iso-east-1"),
            Field::Region,
        )[0];
        assert!(msg.contains("ISO") && msg.contains("aws-iso"), "{msg}");
        assert_eq!(
            errors_for(
                &Form::default().with(Field::Region, "mars-1"),
                Field::Region
            )
            .len(),
            1
        );
    }

    #[test]
    fn github_hosts() {
        let host = |kind: &str, name: &str| {
            validate(
                &Form::default()
                    .with(Field::GithubHost, kind)
                    .with(Field::GithubHostName, name),
            )
        };
        assert_eq!(
            host("ghe.com", "octocorp")
                .inputs
                .map(|i| i.issuer.host_path()),
            Some("token.actions.octocorp.ghe.com".into())
        );
        assert_eq!(
            host("ghes", "GitHub.Example.com")
                .inputs
                .map(|i| i.issuer.url()),
            Some("https://github.example.com/_services/token".into())
        );
        assert!(host("ghes", "https://x.example.com").inputs.is_none());
        assert!(host("enterprise", "").inputs.is_none());
        assert!(host("enterprise", "Bad_Slug").inputs.is_none());
        let ghes_immutable = validate(
            &Form::default()
                .with(Field::GithubHost, "ghes")
                .with(Field::GithubHostName, "git.example.com")
                .with(Field::SubjectFormat, "immutable")
                .with(Field::OwnerId, "1")
                .with(Field::RepoId, "2"),
        );
        assert!(ghes_immutable.inputs.is_none());
    }

    #[test]
    fn combinable_scopes_are_checked() {
        let f = Form::default();
        // Tags: `*` patterns allowed, `?` refused, git rules applied.
        let v = validate(&f.clone().with(Field::Tags, "v1.2, v*"));
        let tags = v.inputs.expect("valid").tags;
        assert_eq!(tags.iter().filter(|t| t.pattern).count(), 1);
        assert!(v.diagnostics.iter().any(|d| d.code == "scope-tag-pattern"));
        assert_eq!(
            errors_for(&f.clone().with(Field::Tags, "v?"), Field::Tags).len(),
            1
        );
        assert_eq!(
            errors_for(&f.clone().with(Field::Tags, "a..b"), Field::Tags).len(),
            1
        );
        // Pull requests: never with push access, and only once confirmed.
        let pr = f.clone().with(Field::PullRequests, "true");
        assert_eq!(errors_for(&pr, Field::PullRequests).len(), 1);
        let pr = pr.with(Field::Access, "pull");
        assert_eq!(errors_for(&pr, Field::PullRequestsConfirm).len(), 1);
        let pr = pr.with(Field::PullRequestsConfirm, "true");
        assert!(validate(&pr).inputs.is_some_and(|i| i.pull_requests));
        // More repositories: names checked, ids required with the immutable subject.
        assert_eq!(
            errors_for(&f.clone().with(Field::ExtraRepos, "a b"), Field::ExtraRepos).len(),
            1
        );
        assert_eq!(
            errors_for(
                &f.clone().with(Field::ExtraRepos, "octo-repo"),
                Field::ExtraRepos
            )
            .len(),
            1
        );
        let imm = f
            .clone()
            .with(Field::SubjectFormat, "immutable")
            .with(Field::OwnerId, "1")
            .with(Field::RepoId, "2");
        assert_eq!(
            errors_for(
                &imm.clone().with(Field::ExtraRepos, "web"),
                Field::ExtraRepos
            )
            .len(),
            1
        );
        assert!(
            validate(&imm.with(Field::ExtraRepos, "web@3"))
                .inputs
                .is_some()
        );
        // A repository's own scopes: branches (bare or branch=), env= and tag=.
        let own = validate(&f.clone().with(
            Field::ExtraRepos,
            "api:main:branch=release/v2:env=prod:env=prod:tag=v*:tag=v1.0; web",
        ))
        .inputs
        .expect("valid");
        assert_eq!(own.extra_repos[1].own, None);
        assert_eq!(
            own.extra_repos[0].own,
            Some(OwnScopes {
                branches: vec!["main".into(), "release/v2".into()],
                environments: vec!["prod".into()],
                tags: vec![
                    TagSpec {
                        name: "v*".into(),
                        pattern: true
                    },
                    TagSpec {
                        name: "v1.0".into(),
                        pattern: false
                    }
                ],
            })
        );
        for (bad, says) in [
            ("api:", "\"api\" has an empty entry after ':'"),
            ("api:env=", "in \"api\": env= needs an environment name"),
            ("api:tag=", "in \"api\": tag= needs a tag or pattern"),
            ("api:tag=v?", "in \"api\": tag \"v?\" contains '?'"),
            ("api:a..b", "in \"api\": branch \"a..b\""),
            (
                "api:env=${{ x }}",
                "in \"api\": environment name \"${{ x }}\"",
            ),
        ] {
            let errors = errors_for(&f.clone().with(Field::ExtraRepos, bad), Field::ExtraRepos);
            assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
            assert!(errors[0].starts_with(says), "{bad}: {errors:?}");
        }
        // ',' separates repositories only when none has its own scopes: "api:tag=v1,v2" would
        // otherwise admit a repository named v2.
        for bad in ["api:tag=v1,v2", "api:main, worker", "api:tag=v1,v2; worker"] {
            let errors = errors_for(&f.clone().with(Field::ExtraRepos, bad), Field::ExtraRepos);
            assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
            assert!(errors[0].contains("','"), "{bad}: {errors:?}");
        }
        // env= takes the entries after it that name no scope: environments may contain ':'.
        let own = |raw: &str| {
            validate(&f.clone().with(Field::ExtraRepos, raw))
                .inputs
                .and_then(|i| i.extra_repos[0].own.clone())
        };
        let colon = own("api:main:env=Production:V1:tag=v1").expect("valid");
        assert_eq!(colon.environments, ["Production:V1"]);
        assert_eq!(colon.branches, ["main"]);
        assert_eq!(colon.tags.len(), 1);
        // An unknown key= is refused rather than read as a branch.
        let errors = errors_for(
            &f.clone().with(Field::ExtraRepos, "api:environment=prod"),
            Field::ExtraRepos,
        );
        assert_eq!(
            errors,
            ["in \"api\": \"environment=\" is not a scope; write env=, tag= or branch="]
        );
        assert_eq!(
            own("api:branch=feature=x").map(|o| o.branches),
            Some(vec!["feature=x".to_owned()])
        );
        // A warning of the entry's own field is kept, on this field.
        let warned = validate(&f.clone().with(Field::ExtraRepos, "api:tag=v*"));
        assert!(
            warned
                .diagnostics
                .iter()
                .any(|d| d.code == "scope-tag-pattern"
                    && d.field_ref() == Some(Field::ExtraRepos)
                    && d.message.starts_with("in \"api\": any tag matching \"v*\""))
        );
        // Own scopes narrow any scope but the every-repository one.
        for scope in ["environment", "any-branch"] {
            let form = f
                .clone()
                .with(Field::Scope, scope)
                .with(Field::Environment, "prod")
                .with(Field::ExtraRepos, "api:env=staging");
            assert!(validate(&form).inputs.is_some(), "{scope}");
        }
        let wide = f
            .clone()
            .with(Field::Scope, "owner-wide")
            .with(Field::ExtraRepos, "api:main");
        assert_eq!(errors_for(&wide, Field::ExtraRepos).len(), 1);
        // Several ECR repositories and a registry account.
        assert_eq!(
            validate(&f.clone().with(Field::EcrRepo, "a1, b2"))
                .inputs
                .map(|i| i.more_ecr_repos),
            Some(vec!["b2".to_owned()])
        );
        assert_eq!(
            errors_for(&f.clone().with(Field::EcrRepo, "a1, B2"), Field::EcrRepo).len(),
            1
        );
        assert_eq!(
            errors_for(
                &f.clone().with(Field::RegistryAccount, "12"),
                Field::RegistryAccount
            )
            .len(),
            1
        );
    }

    #[test]
    fn templates_and_reusable_workflows() {
        let f = Form::default();
        assert_eq!(
            errors_for(
                &f.clone().with(Field::SubjectTemplate, "repo, bogus"),
                Field::SubjectTemplate
            )
            .len(),
            1
        );
        assert_eq!(
            errors_for(
                &f.clone().with(Field::SubjectTemplate, "repo-x"),
                Field::SubjectTemplate
            )
            .len(),
            1
        );
        let v = validate(&f.clone().with(Field::SubjectTemplate, "repository_owner"));
        assert!(
            v.diagnostics
                .iter()
                .any(|d| d.code == "template-drops-repository")
        );
        assert!(v.diagnostics.iter().any(|d| d.code == "template-drops-ref"));
        // A key whose value is unknown for a context is refused, not guessed.
        let env = f
            .clone()
            .with(Field::Scope, "environment")
            .with(Field::Environment, "prod");
        assert_eq!(
            errors_for(
                &env.with(Field::SubjectTemplate, "repo, ref"),
                Field::SubjectTemplate
            )
            .len(),
            1
        );
        assert_eq!(
            errors_for(
                &f.clone()
                    .with(Field::SubjectTemplate, "repo, job_workflow_ref"),
                Field::SubjectTemplate
            )
            .len(),
            1
        );
        assert_eq!(
            errors_for(
                &f.clone()
                    .with(Field::ReusableWorkflow, "o/r/deploy.yml@main"),
                Field::ReusableWorkflow
            )
            .len(),
            1
        );
        let v = validate(&f.clone().with(
            Field::ReusableWorkflow,
            "o/r/.github/workflows/d.yml@refs/tags/v1",
        ));
        assert!(v.inputs.is_some());
        assert!(v.diagnostics.iter().any(|d| d.code == "reusable-not-sha"));
        // The ref as job_workflow_ref carries it; the file directly in .github/workflows; names
        // by GitHub's rules; no space.
        for bad in [
            "o/r/.github/workflows/d.yml@v1",
            "o/r/.github/workflows/d.yml@main",
            "o/r/.github/workflows/sub/d.yml@refs/heads/main",
            "o/r/.github/workflows/../d.yml@refs/heads/main",
            "o*/r/.github/workflows/d.yml@refs/heads/main",
            "o/r/.github/workflows/d.yml@refs/heads/a b",
            "o/r/.github/workflows/d\n.yml@refs/heads/main",
            "o/r/.github/workflows/d.txt@refs/heads/main",
        ] {
            assert_eq!(
                errors_for(
                    &f.clone().with(Field::ReusableWorkflow, bad),
                    Field::ReusableWorkflow
                )
                .len(),
                1,
                "{bad}"
            );
        }
        let sha = "0123456789abcdef0123456789abcdef01234567";
        let v = validate(&f.clone().with(
            Field::ReusableWorkflow,
            format!("o/r/.github/workflows/d.yml@{sha}"),
        ));
        assert!(!v.diagnostics.iter().any(|d| d.code == "reusable-not-sha"));
        // The calling workflow must not replace the reusable one in the same repository.
        let same = f
            .clone()
            .with(
                Field::ReusableWorkflow,
                format!("octo-org/octo-repo/.github/workflows/ecr-push.yml@{sha}"),
            )
            .with(Field::WorkflowFile, "ecr-push.yml");
        assert_eq!(errors_for(&same, Field::WorkflowFile).len(), 1);
        assert!(
            validate(&same.with(Field::WorkflowFile, "push.yml"))
                .inputs
                .is_some()
        );
    }

    #[test]
    fn immutable_format_needs_ids() {
        let f = Form::default().with(Field::SubjectFormat, "immutable");
        assert_eq!(errors_for(&f, Field::OwnerId).len(), 1);
        assert_eq!(errors_for(&f, Field::RepoId).len(), 1);
        let f = f.with(Field::OwnerId, "0123").with(Field::RepoId, "456");
        assert_eq!(errors_for(&f, Field::OwnerId).len(), 1);
        let f = f.with(Field::OwnerId, "123");
        assert!(validate(&f).inputs.is_some());
    }

    #[test]
    fn names_and_duration() {
        assert_eq!(default_role_name("GitHub-Tools"), "ecr-push-gh-tools");
        assert_eq!(default_role_name(&"r".repeat(100)).len(), 64);
        assert_eq!(
            errors_for(
                &Form::default().with(Field::RoleName, "a b"),
                Field::RoleName
            )
            .len(),
            1
        );
        assert_eq!(
            errors_for(
                &Form::default().with(Field::RoleName, "-a"),
                Field::RoleName
            )
            .len(),
            1
        );
        assert!(
            validate(&Form::default().with(Field::RoleName, "GitHubActions"))
                .diagnostics
                .iter()
                .any(|d| d.code == "role-name-github")
        );
        for bad in ["3599", "43201", "x", "", "3600.5"] {
            assert_eq!(
                errors_for(
                    &Form::default().with(Field::SessionDuration, bad),
                    Field::SessionDuration
                )
                .len(),
                1,
                "{bad}"
            );
        }
    }

    #[test]
    fn wildcard_scopes_warn() {
        for (scope, code) in [
            ("any-branch", "scope-any-branch"),
            ("owner-wide", "scope-owner-wide"),
        ] {
            let v = validate(&Form::default().with(Field::Scope, scope));
            assert!(v.inputs.is_some());
            assert!(
                v.diagnostics
                    .iter()
                    .any(|d| d.code == code && d.severity == Severity::SecurityWarning)
            );
        }
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let f = Form::default()
            .with(Field::Owner, "")
            .with(Field::Account, "1")
            .with(Field::Region, "x");
        let v = validate(&f);
        assert!(v.inputs.is_none());
        let fields: Vec<_> = v.diagnostics.iter().filter_map(|d| d.field_ref()).collect();
        for field in [Field::Owner, Field::Account, Field::Region] {
            assert!(fields.contains(&field), "{field:?}");
        }
    }
}
