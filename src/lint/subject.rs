//! What one `sub` condition value admits.
//!
//! A value is read two ways. Literally: its `:`-separated segments are parsed as GitHub writes
//! subjects (domain facts §3.1, §3.2, §3.4): `repo:OWNER[@ID]/REPO[@ID]:` then `ref:refs/heads/…`,
//! `ref:refs/tags/…`, `environment:…` or `pull_request`, or a customized template's
//! `claim:value` pairs. And, where wildcards make the literal reading unsure, by asking the
//! trust-policy evaluator whether sample subjects match: a foreign repository, a new branch, a
//! pull request, a new environment.

use crate::iam::eval::{Request, condition_matches};
use crate::iam::policy::{ConditionBlock, ConditionValue, OneOrMany, OrderedMap};

use super::facts::{self, Operator};

/// One piece of a value: a literal character or an active wildcard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    Lit(char),
    Star,
    Quest,
}

/// Splits a value into pieces. `${*}`, `${?}` and `${$}` are literal; `*` and `?` are wildcards
/// only when `wildcards` (StringLike). Other `${...}` variables are kept as literal text.
pub(crate) fn tokens(value: &str, wildcards: bool) -> Vec<Tok> {
    let mut out = Vec::with_capacity(value.len());
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if let Some(escaped) = ["${*}", "${?}", "${$}"]
            .iter()
            .find(|e| rest.starts_with(**e))
        {
            out.push(Tok::Lit(escaped.chars().nth(2).unwrap_or('$')));
            rest = &rest[4..];
            continue;
        }
        out.push(match c {
            '*' if wildcards => Tok::Star,
            '?' if wildcards => Tok::Quest,
            c => Tok::Lit(c),
        });
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn literal(toks: &[Tok]) -> Option<String> {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => Some(*c),
            _ => None,
        })
        .collect()
}

fn text(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => *c,
            Tok::Star => '*',
            Tok::Quest => '?',
        })
        .collect()
}

fn wild(toks: &[Tok]) -> bool {
    toks.iter().any(|t| !matches!(t, Tok::Lit(_)))
}

/// The literal characters before the first wildcard.
fn literal_prefix(toks: &[Tok]) -> String {
    toks.iter()
        .map_while(|t| match t {
            Tok::Lit(c) => Some(*c),
            _ => None,
        })
        .collect()
}

fn split_segments(toks: &[Tok]) -> Vec<Vec<Tok>> {
    let mut segs = vec![Vec::new()];
    for t in toks {
        match t {
            Tok::Lit(':') => segs.push(Vec::new()),
            t => {
                if let Some(last) = segs.last_mut() {
                    last.push(*t);
                }
            }
        }
    }
    segs
}

/// The repository a value names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RepoRef {
    pub owner: String,
    pub owner_id: Option<String>,
    pub repo: String,
    pub repo_id: Option<String>,
}

impl RepoRef {
    /// `owner/repo`, without IDs.
    pub(crate) fn name(&self) -> String {
        format!("{}/{}", self.owner, self.repo)
    }

    pub(crate) fn immutable(&self) -> bool {
        self.owner_id.is_some() || self.repo_id.is_some()
    }
}

/// What kind of name a wildcard pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PatternKind {
    Branch,
    Tag,
    Environment,
    Other,
}

/// What a value admits, broadest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reach {
    /// Repositories of any owner. `owner_pattern` is the owner segment when it has a wildcard.
    AnyRepo {
        owner_pattern: Option<String>,
    },
    /// Repositories of one owner: every one (`repo_pattern` `*`) or those matching.
    OrgWide {
        owner: String,
        repo_pattern: String,
    },
    /// Every branch, tag, environment and pull request of one repository. `repo_only`: the value
    /// is `repo:O/R` with nothing after it.
    RepoWide {
        repo_only: bool,
    },
    /// Every branch (`or_tag`: and every tag) of one repository.
    AnyBranch {
        or_tag: bool,
    },
    /// Pull requests of one repository (`exact`: the value is literally `...:pull_request`).
    PullRequest {
        exact: bool,
    },
    /// A partial wildcard, e.g. `refs/heads/release/*`, `refs/tags/v*`, `environment:*`.
    Pattern {
        kind: PatternKind,
        pattern: String,
        any: bool,
    },
    Branch(String),
    Tag(String),
    /// The environment name as GitHub knows it (`%3A` decoded).
    Environment(String),
    /// A customized template's subject, e.g. `job_workflow_ref:...`.
    Custom,
    /// GitHub can never issue this value.
    Unmintable,
}

impl Reach {
    /// Whether this lets repositories, branches or contexts beyond one exact subject in, in a
    /// way the rules report as a security warning.
    pub(crate) fn is_broad(&self) -> bool {
        matches!(
            self,
            Reach::AnyRepo { .. }
                | Reach::OrgWide { .. }
                | Reach::RepoWide { .. }
                | Reach::AnyBranch { .. }
        )
    }
}

/// Why a value can never be issued, with a corrected value when one is obvious.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    Unmintable {
        reason: String,
        suggestion: Option<String>,
    },
    /// An environment name written with a raw `:`; GitHub writes `%3A`.
    EnvironmentColon { written: String, encoded: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Subject {
    pub reach: Reach,
    pub repo: Option<RepoRef>,
    pub problems: Vec<Problem>,
    /// Whether the value admits a pull-request subject of its repository (asked of the
    /// evaluator).
    pub admits_pull_request: bool,
}

impl Subject {
    fn new(reach: Reach) -> Self {
        Subject {
            reach,
            repo: None,
            problems: Vec::new(),
            admits_pull_request: false,
        }
    }

    fn unmintable(reason: impl Into<String>, suggestion: Option<String>) -> Self {
        Subject {
            problems: vec![Problem::Unmintable {
                reason: reason.into(),
                suggestion,
            }],
            ..Subject::new(Reach::Unmintable)
        }
    }
}

const PROBE_KEY: &str = "token.actions.githubusercontent.com:sub";
const PROBE_PROVIDER: &str =
    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
const PROBE_NAME: &str = "zz-keyless-probe";

/// Whether the evaluator lets a token with this `sub` through this one value.
pub(crate) fn probe(value: &str, op: Operator, subject: &str) -> bool {
    let block: ConditionBlock = OrderedMap::new().with(
        op.plain_name(),
        OrderedMap::new().with(PROBE_KEY, OneOrMany::One(ConditionValue::from(value))),
    );
    let request = Request::new(PROBE_PROVIDER).with_claim("sub", subject);
    condition_matches(&block, &request).is_ok()
}

/// Does the value admit a repository of an owner it never names?
fn admits_foreign(value: &str, op: Operator) -> bool {
    let repos = [
        format!("{PROBE_NAME}/{PROBE_NAME}"),
        format!("{PROBE_NAME}@1/{PROBE_NAME}@2"),
    ];
    let contexts = [
        "ref:refs/heads/main",
        "pull_request",
        "environment:production",
        "ref:refs/tags/v1",
    ];
    repos.iter().any(|repo| {
        contexts
            .iter()
            .any(|ctx| probe(value, op, &format!("repo:{repo}:{ctx}")))
    })
}

/// Reads one value of a `sub` condition under `op`.
pub(crate) fn analyse(value: &str, op: Operator) -> Subject {
    let toks = tokens(value, op.wildcards());
    if toks.is_empty() {
        return Subject::unmintable("the value is empty", None);
    }
    if wild(&toks) && admits_foreign(value, op) {
        return Subject::new(Reach::AnyRepo {
            owner_pattern: None,
        });
    }
    let segs = split_segments(&toks);
    let first = &segs[0];
    let Some(first_lit) = literal(first) else {
        // A wildcard before the first claim name is complete stands where the owner goes.
        return Subject::new(Reach::AnyRepo {
            owner_pattern: None,
        });
    };
    let key = fold(&first_lit, op);
    if key == "repo" {
        return repo_subject(value, &segs, op);
    }
    if facts::is_github_claim(&key) {
        return custom_subject(&segs, op);
    }
    let suggestion = if first_lit.contains('/') && !first_lit.contains(' ') {
        Some(format!("repo:{}", value))
    } else {
        None
    };
    Subject::unmintable(
        format!(
            "a sub starts with repo: (or, with a customized template, a claim name), not \
             \"{first_lit}\""
        ),
        suggestion,
    )
}

fn fold(s: &str, op: Operator) -> String {
    if op.ignore_case() {
        s.to_ascii_lowercase()
    } else {
        s.to_owned()
    }
}

fn split_id(part: &str) -> (String, Option<String>) {
    match part.split_once('@') {
        Some((name, id)) => (name.to_owned(), Some(id.to_owned())),
        None => (part.to_owned(), None),
    }
}

fn repo_subject(value: &str, segs: &[Vec<Tok>], op: Operator) -> Subject {
    let Some(seg1) = segs.get(1) else {
        return Subject::unmintable("repo: must be followed by OWNER/REPO", None);
    };
    let slash = seg1.iter().position(|t| *t == Tok::Lit('/'));
    let owner_toks = &seg1[..slash.unwrap_or(seg1.len())];
    if wild(owner_toks) {
        return Subject::new(Reach::AnyRepo {
            owner_pattern: Some(text(owner_toks)),
        });
    }
    let owner_text = text(owner_toks);
    let Some(slash) = slash else {
        return Subject::unmintable(
            format!("repo: is followed by OWNER/REPO, but \"{owner_text}\" has no /"),
            None,
        );
    };
    let (owner, owner_id) = split_id(&owner_text);
    let repo_toks = &seg1[slash + 1..];
    if wild(repo_toks) {
        let mut s = Subject::new(Reach::OrgWide {
            owner: owner.clone(),
            repo_pattern: text(repo_toks),
        });
        s.admits_pull_request = true;
        return s;
    }
    let (repo, repo_id) = split_id(&text(repo_toks));
    let repo_ref = RepoRef {
        owner: owner.clone(),
        owner_id: owner_id.clone(),
        repo: repo.clone(),
        repo_id: repo_id.clone(),
    };
    let mut problems = Vec::new();
    if !facts::valid_owner_chars(&owner) {
        problems.push(format!(
            "\"{owner}\" cannot be a GitHub owner name (letters, digits and - only)"
        ));
    }
    if !facts::valid_repo_chars(&repo) {
        problems.push(format!(
            "\"{repo}\" cannot be a GitHub repository name (letters, digits, -, _ and . only)"
        ));
    }
    for id in [&owner_id, &repo_id].into_iter().flatten() {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            problems.push(format!(
                "\"@{id}\" is not a numeric ID (the immutable form is OWNER@ID/REPO@ID)"
            ));
        }
    }
    if owner_id.is_some() != repo_id.is_some() {
        problems.push(
            "the immutable form carries both IDs (OWNER@ID/REPO@ID), this value only one"
                .to_owned(),
        );
    }
    if let Some(reason) = problems.into_iter().next() {
        let mut s = Subject::unmintable(reason, None);
        s.repo = Some(repo_ref);
        return s;
    }
    let rest = &segs[2..];
    let mut subject = if rest.is_empty() {
        Subject::new(Reach::RepoWide { repo_only: true })
    } else if rest.iter().any(|s| wild(s)) {
        wildcard_context(value, &repo_ref, &text(seg1), rest, op)
    } else {
        literal_context(rest, op)
    };
    subject.repo = Some(repo_ref);
    let base = format!("repo:{}:", text(seg1));
    subject.admits_pull_request = match subject.reach {
        Reach::PullRequest { .. } | Reach::RepoWide { .. } => true,
        _ => probe(value, op, &format!("{base}pull_request")),
    };
    subject
}

/// Classifies a context with wildcards by probing, after checking its literal start for typos.
fn wildcard_context(
    value: &str,
    repo: &RepoRef,
    written_repo: &str,
    rest: &[Vec<Tok>],
    op: Operator,
) -> Subject {
    let _ = repo;
    let first = &rest[0];
    // Typos in the literal part still make the value useless.
    if let Some(key) = literal(first) {
        let key = fold(&key, op);
        if let Some(problem) = context_key_problem(&key, rest.get(1).map(|s| text(s))) {
            return problem;
        }
        if key == "ref"
            && let Some(v) = rest.get(1)
        {
            let start = literal_prefix(v);
            let fits = |full: &str| full.starts_with(start.as_str()) || start.starts_with(full);
            if !fits("refs/heads/") && !fits("refs/tags/") {
                return ref_value_problem(&start);
            }
        }
    }
    let base = format!("repo:{written_repo}:");
    let pr = probe(value, op, &format!("{base}pull_request"));
    let branch = probe(value, op, &format!("{base}ref:refs/heads/{PROBE_NAME}"));
    let tag = probe(value, op, &format!("{base}ref:refs/tags/{PROBE_NAME}"));
    let env = probe(value, op, &format!("{base}environment:{PROBE_NAME}"));
    if pr && (branch || env || tag) {
        return Subject::new(Reach::RepoWide { repo_only: false });
    }
    if branch {
        return Subject::new(Reach::AnyBranch { or_tag: tag });
    }
    if pr {
        return Subject::new(Reach::PullRequest { exact: false });
    }
    let context = rest.iter().map(|s| text(s)).collect::<Vec<_>>().join(":");
    let (kind, pattern, any) = if let Some(p) = context.strip_prefix("ref:refs/heads/") {
        (PatternKind::Branch, p.to_owned(), false)
    } else if let Some(p) = context.strip_prefix("ref:refs/tags/") {
        (PatternKind::Tag, p.to_owned(), tag)
    } else if let Some(p) = context.strip_prefix("environment:") {
        (PatternKind::Environment, p.to_owned(), env)
    } else {
        (PatternKind::Other, context.clone(), false)
    };
    Subject::new(Reach::Pattern { kind, pattern, any })
}

/// A misspelt context word, or `None` when the word is one GitHub writes.
fn context_key_problem(key: &str, next: Option<String>) -> Option<Subject> {
    let reason = |r: &str, s: Option<String>| Some(Subject::unmintable(r, s));
    match key {
        "ref" | "environment" | "pull_request" => None,
        "pull-request" | "pullrequest" | "pull_requests" | "pull-requests" | "pr" => reason(
            &format!("GitHub writes pull_request (with an underscore), not \"{key}\""),
            Some("pull_request".to_owned()),
        ),
        "environments" | "env" | "environment_name" => reason(
            &format!("GitHub writes environment:NAME, not \"{key}:\""),
            None,
        ),
        "branch" | "branches" | "heads" | "tag" | "tags" => reason(
            &format!("GitHub writes ref:refs/heads/BRANCH or ref:refs/tags/TAG, not \"{key}:\""),
            next.map(|n| {
                if key.starts_with("tag") {
                    format!("ref:refs/tags/{n}")
                } else {
                    format!("ref:refs/heads/{n}")
                }
            }),
        ),
        k if k.starts_with("refs/") || k == "refs" => reason(
            &format!("the context is missing \"ref:\": GitHub writes ref:{k}"),
            Some(format!("ref:{k}")),
        ),
        k if facts::is_github_claim(k) => None,
        k => reason(
            &format!(
                "after repo:OWNER/REPO GitHub writes ref:, environment: or pull_request (or, with \
                 a customized template, a claim name), not \"{k}\""
            ),
            None,
        ),
    }
}

fn ref_value_problem(value: &str) -> Subject {
    let fixes = [
        ("refs/head/", "refs/heads/"),
        ("refs/tag/", "refs/tags/"),
        ("ref/heads/", "refs/heads/"),
        ("ref/tags/", "refs/tags/"),
        ("heads/", "refs/heads/"),
        ("tags/", "refs/tags/"),
    ];
    for (wrong, right) in fixes {
        if let Some(rest) = value.strip_prefix(wrong) {
            return Subject::unmintable(
                format!("GitHub writes {right}, not {wrong}"),
                Some(format!("ref:{right}{rest}")),
            );
        }
    }
    if value.starts_with("refs/pull/") {
        return Subject::unmintable(
            "pull request tokens do not carry their ref in sub: their subject is \
             repo:OWNER/REPO:pull_request",
            Some("pull_request".to_owned()),
        );
    }
    if !value.starts_with("refs/") {
        return Subject::unmintable(
            format!("GitHub writes the full ref (refs/heads/{value}), not \"{value}\""),
            Some(format!("ref:refs/heads/{value}")),
        );
    }
    Subject::unmintable(
        format!("\"{value}\" is neither refs/heads/… nor refs/tags/…"),
        None,
    )
}

fn literal_context(rest: &[Vec<Tok>], op: Operator) -> Subject {
    let words: Vec<String> = rest.iter().map(|s| text(s)).collect();
    let key = fold(&words[0], op);
    if let Some(problem) = context_key_problem(&key, words.get(1).cloned()) {
        return problem;
    }
    match key.as_str() {
        "ref" => {
            let Some(value) = words.get(1) else {
                return Subject::unmintable("ref: needs a value such as refs/heads/main", None);
            };
            let mut subject = if let Some(branch) = value.strip_prefix("refs/heads/") {
                match facts::ref_name_problem(branch) {
                    Some(p) => Subject::unmintable(format!("branch \"{branch}\": {p}"), None),
                    None => Subject::new(Reach::Branch(branch.to_owned())),
                }
            } else if let Some(tag) = value.strip_prefix("refs/tags/") {
                match facts::ref_name_problem(tag) {
                    Some(p) => Subject::unmintable(format!("tag \"{tag}\": {p}"), None),
                    None => Subject::new(Reach::Tag(tag.to_owned())),
                }
            } else {
                ref_value_problem(value)
            };
            trailing(&words[2..], &mut subject);
            subject
        }
        "environment" => {
            // The name runs until a claim name followed by its value (a customized template).
            let mut end = 2;
            while end < words.len() && !starts_pair(&words[end..]) {
                end += 1;
            }
            let name_parts = &words[1..end.min(words.len()).max(1)];
            let written = name_parts.join(":");
            if written.is_empty() {
                return Subject::unmintable("environment: needs an environment name", None);
            }
            let mut subject = Subject::new(Reach::Environment(written.replace("%3A", ":")));
            if name_parts.len() > 1 {
                subject.problems.push(Problem::EnvironmentColon {
                    encoded: name_parts.join("%3A"),
                    written,
                });
            }
            trailing(&words[end.min(words.len())..], &mut subject);
            subject
        }
        "pull_request" => {
            let mut subject = Subject::new(Reach::PullRequest { exact: true });
            trailing(&words[1..], &mut subject);
            subject
        }
        _ => {
            let mut subject = Subject::new(Reach::Custom);
            trailing(&words, &mut subject);
            subject
        }
    }
}

/// Whether the words start a `claim:value` pair (or the bare `pull_request`).
fn starts_pair(words: &[String]) -> bool {
    match words.first().map(String::as_str) {
        Some("pull_request") => true,
        Some(k) => facts::is_github_claim(k) && words.len() >= 2,
        None => false,
    }
}

/// Checks the `claim:value` pairs a customized template appends.
fn trailing(words: &[String], subject: &mut Subject) {
    let mut i = 0;
    while i < words.len() {
        let key = words[i].as_str();
        if key == "pull_request" {
            i += 1;
            continue;
        }
        if !facts::is_github_claim(key) && key != "repo" {
            subject.problems.push(Problem::Unmintable {
                reason: format!(
                    "\"{key}\" is not a claim name, so no template can put it at this place"
                ),
                suggestion: None,
            });
            subject.reach = Reach::Unmintable;
            return;
        }
        i += 2;
    }
}

/// A subject built from a customized template whose first key is not `repo`.
fn custom_subject(segs: &[Vec<Tok>], op: Operator) -> Subject {
    let words: Vec<String> = segs.iter().map(|s| text(s)).collect();
    let mut keys = Vec::new();
    let mut owner = None;
    let mut i = 0;
    while i < words.len() {
        let key = fold(&words[i], op);
        if key == "pull_request" {
            keys.push(key);
            i += 1;
            continue;
        }
        if !facts::is_github_claim(&key) && key != "repo" {
            return Subject::unmintable(
                format!(
                    "\"{}\" is not a claim name, so no template can put it at this place",
                    words[i]
                ),
                None,
            );
        }
        if (key == "repository_owner" || key == "repository_owner_id")
            && let Some(v) = words.get(i + 1)
        {
            owner = Some(v.clone());
        }
        keys.push(key);
        i += 2;
    }
    let narrowing = [
        "repo",
        "repository",
        "repository_id",
        "ref",
        "environment",
        "job_workflow_ref",
        "job_workflow_sha",
        "workflow",
        "workflow_ref",
        "workflow_sha",
        "pull_request",
        "context",
    ];
    let narrows = keys.iter().any(|k| narrowing.contains(&k.as_str()));
    match owner {
        Some(owner) if !narrows && !segs.iter().any(|s| wild(s)) => {
            let mut s = Subject::new(Reach::OrgWide {
                owner,
                repo_pattern: "*".to_owned(),
            });
            s.admits_pull_request = true;
            s
        }
        _ => Subject::new(Reach::Custom),
    }
}

/// A plain-language description of what one value admits.
pub(crate) fn describe(subject: &Subject, value: &str) -> String {
    let repo = subject.repo.as_ref().map(RepoRef::name).unwrap_or_default();
    match &subject.reach {
        Reach::AnyRepo {
            owner_pattern: Some(p),
        } => format!("any repository of any owner matching {p}"),
        Reach::AnyRepo {
            owner_pattern: None,
        } => "any repository on GitHub".to_owned(),
        Reach::OrgWide {
            owner,
            repo_pattern,
        } => {
            if repo_pattern == "*" {
                format!("any repository of {owner}")
            } else {
                format!("any repository of {owner} matching {repo_pattern}")
            }
        }
        Reach::RepoWide { repo_only: false } => {
            format!("any branch, tag or environment of {repo}, including pull requests")
        }
        Reach::RepoWide { repo_only: true } => format!(
            "any job of {repo} (a customized template with only \"repo\" gives every job this subject)"
        ),
        Reach::AnyBranch { or_tag: false } => format!("any branch of {repo}"),
        Reach::AnyBranch { or_tag: true } => format!("any branch or tag of {repo}"),
        Reach::PullRequest { .. } => format!("pull requests in {repo}"),
        Reach::Pattern { kind, pattern, any } => match (kind, any) {
            (PatternKind::Branch, _) => format!("branches of {repo} matching {pattern}"),
            (PatternKind::Tag, true) => format!("any tag of {repo}"),
            (PatternKind::Tag, false) => format!("tags of {repo} matching {pattern}"),
            (PatternKind::Environment, true) => format!("jobs using any environment in {repo}"),
            (PatternKind::Environment, false) => {
                format!("jobs using an environment matching {pattern} in {repo}")
            }
            (PatternKind::Other, _) => format!("jobs of {repo} whose subject matches {value}"),
        },
        Reach::Branch(b) => format!("the {b} branch of {repo}"),
        Reach::Tag(t) => format!("the tag {t} of {repo}"),
        Reach::Environment(e) => format!("jobs using environment {e} in {repo}"),
        Reach::Custom => format!("jobs whose customized subject is {value}"),
        Reach::Unmintable => format!("nobody through {value} (GitHub never issues that subject)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn like(v: &str) -> Subject {
        analyse(v, Operator::parse("StringLike"))
    }
    fn eq(v: &str) -> Subject {
        analyse(v, Operator::parse("StringEquals"))
    }

    #[test]
    fn lint_subject_reach() {
        for v in [
            "*",
            "repo:*",
            "repo:*/*",
            "*:ref:refs/heads/main",
            "repo:octo-*/*",
        ] {
            assert!(
                matches!(like(v).reach, Reach::AnyRepo { .. }),
                "{v}: {:?}",
                like(v)
            );
        }
        assert!(matches!(
            like("repo:octo-org/*").reach,
            Reach::OrgWide { .. }
        ));
        assert_eq!(
            like("repo:octo-org/octo-repo:*").reach,
            Reach::RepoWide { repo_only: false }
        );
        assert_eq!(
            like("repo:octo-org/octo-repo:ref:refs/heads/*").reach,
            Reach::AnyBranch { or_tag: false }
        );
        assert_eq!(
            like("repo:octo-org/octo-repo:ref:*").reach,
            Reach::AnyBranch { or_tag: true }
        );
        assert!(matches!(
            like("repo:octo-org/octo-repo:ref:refs/heads/main*").reach,
            Reach::Pattern {
                kind: PatternKind::Branch,
                ..
            }
        ));
        assert_eq!(
            eq("repo:octo-org/octo-repo:ref:refs/heads/main").reach,
            Reach::Branch("main".into())
        );
        let pr = eq("repo:octo-org/octo-repo:pull_request");
        assert!(pr.admits_pull_request);
        assert_eq!(
            eq("repo:octo-org/octo-repo:environment:Production%3AV1").reach,
            Reach::Environment("Production:V1".into())
        );
        assert!(matches!(
            eq("repository_owner:octo-org").reach,
            Reach::OrgWide { .. }
        ));
        assert_eq!(
            eq("repo:octo-org/octo-repo:environment:prod:job_workflow_ref:o/a/.github/workflows/x.yml@refs/heads/main")
                .problems,
            vec![]
        );
    }

    #[test]
    fn lint_subject_unmintable() {
        for v in [
            "repo:octo-org/octo-repo:pull-request",
            "repo:octo-org/octo-repo:ref:refs/head/main",
            "repo:octo-org/octo-repo:refs/heads/main",
            "repo:octo-org/octo-repo:ref:main",
            "repo:octo-org:ref:refs/heads/main",
            "octo-org/octo-repo:ref:refs/heads/main",
            "repo:octo-org/octo-repo:ref:refs/heads/main ",
        ] {
            assert_eq!(eq(v).reach, Reach::Unmintable, "{v}");
        }
        let env = eq("repo:octo-org/octo-repo:environment:Production:V1");
        assert_eq!(
            env.problems,
            vec![Problem::EnvironmentColon {
                written: "Production:V1".into(),
                encoded: "Production%3AV1".into()
            }]
        );
        assert_eq!(
            like("repo:octo-org/octo-repo:ref:refs/head/*").reach,
            Reach::Unmintable
        );
    }
}
