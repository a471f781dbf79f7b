//! The `sub` claims a converted job's runs will carry, derived from the workflow's triggers and the
//! job's `environment:` (domain facts §3.1: environment > pull_request > ref), so the trust policy
//! can admit exactly those runs.

use serde::Serialize;

use super::model::{self, Job, Workflow};
use super::syntax::{Doc, NodeId};
use crate::quote::policy_literal;

/// An environment named by a job: a name, or an expression Keyless cannot resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum EnvironmentName {
    Name(String),
    Unresolved(String),
}

/// One kind of run a job can have, as it shows in the token's `sub`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum SubjectContext {
    /// A run on a branch matching this `on.push.branches` filter pattern (`**`: any branch).
    Branch(String),
    /// A run on a tag matching this filter pattern (`**`: any tag).
    Tag(String),
    /// The job declares this environment; it takes precedence over everything else.
    Environment(EnvironmentName),
    /// A `pull_request` run (same repository; fork pull requests get no token).
    PullRequest,
    /// A run on the default branch (`schedule`, `workflow_dispatch`, `workflow_run`, ...).
    DefaultBranch,
    /// The workflow is a reusable one (`workflow_call`): the subject is its caller's.
    Caller,
    /// An event whose `sub` GitHub does not document (e.g. `pull_request_target`).
    Undocumented(String),
}

/// A `sub` value for the trust policy: exact (`StringEquals`) or with IAM wildcards
/// (`StringLike`). Literal parts are already escaped for IAM.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Subject {
    pub value: String,
    pub wildcard: bool,
    /// The wildcard admits more than the workflow filter does (IAM `*` also matches `/`;
    /// `?`, `+` and `[...]` are widened).
    pub widened: bool,
}

impl SubjectContext {
    /// The `sub` for `repo:OWNER/REPO`, or `None` when it cannot be known from the workflow
    /// (an unresolved environment, a caller's subject, an undocumented event).
    pub fn subject(&self, owner: &str, repo: &str, default_branch: &str) -> Option<Subject> {
        self.subject_with_prefix(&format!("repo:{owner}/{repo}"), default_branch)
    }

    /// As [`SubjectContext::subject`], with the repository segment given, e.g.
    /// `repo:OWNER@OWNER_ID/REPO@REPO_ID` for the immutable format.
    pub fn subject_with_prefix(&self, prefix: &str, default_branch: &str) -> Option<Subject> {
        match self {
            SubjectContext::Branch(p) => Some(ref_subject(prefix, "refs/heads/", p)),
            SubjectContext::Tag(p) => Some(ref_subject(prefix, "refs/tags/", p)),
            SubjectContext::DefaultBranch => Some(ref_subject(
                prefix,
                "refs/heads/",
                &crate::quote::filter_literal(default_branch),
            )),
            SubjectContext::PullRequest => Some(Subject {
                value: format!("{prefix}:pull_request"),
                wildcard: false,
                widened: false,
            }),
            SubjectContext::Environment(EnvironmentName::Name(name)) => Some(Subject {
                value: format!(
                    "{prefix}:environment:{}",
                    policy_literal(&name.replace(':', "%3A"), false)
                ),
                wildcard: false,
                widened: false,
            }),
            SubjectContext::Environment(EnvironmentName::Unresolved(_))
            | SubjectContext::Caller
            | SubjectContext::Undocumented(_) => None,
        }
    }
}

/// The `sub` values for a set of contexts, without duplicates, in order.
pub fn sub_strings(
    contexts: &[SubjectContext],
    owner: &str,
    repo: &str,
    default_branch: &str,
) -> Vec<Subject> {
    let mut out: Vec<Subject> = Vec::new();
    for c in contexts {
        if let Some(s) = c.subject(owner, repo, default_branch)
            && !out.contains(&s)
        {
            out.push(s);
        }
    }
    out
}

/// A branch or tag filter pattern as a `sub` value. GitHub's glob (`*`, `**`, `?` and `+` after
/// a character, `[...]`, `\` escapes) becomes IAM's `*` and `?`, widened where IAM cannot say it.
fn ref_subject(prefix: &str, kind: &str, pattern: &str) -> Subject {
    // (wildcard?, text) pieces; literal text is escaped once the whole value is known.
    let mut pieces: Vec<(bool, String)> = Vec::new();
    let mut literal = String::new();
    let mut widened = false;
    let mut chars = pattern.chars().peekable();
    let wild = |pieces: &mut Vec<(bool, String)>, literal: &mut String, text: &str| {
        pieces.push((false, std::mem::take(literal)));
        pieces.push((true, text.to_owned()));
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    literal.push(n);
                }
            }
            '*' => {
                while chars.peek() == Some(&'*') {
                    chars.next();
                }
                // GitHub's `*` stops at `/`; IAM's does not.
                widened = true;
                wild(&mut pieces, &mut literal, "*");
            }
            '?' => {
                // Zero or one of the previous character (or class).
                widened = true;
                if literal.pop().is_none()
                    && let Some(last) = pieces.last_mut().filter(|p| p.0)
                {
                    last.1 = "*".to_owned();
                    continue;
                }
                wild(&mut pieces, &mut literal, "*");
            }
            '+' => {
                // One or more of the previous character (or class): it stays, more may follow.
                widened = true;
                wild(&mut pieces, &mut literal, "*");
            }
            '[' => {
                for n in chars.by_ref() {
                    if n == ']' {
                        break;
                    }
                }
                wild(&mut pieces, &mut literal, "?");
            }
            _ => literal.push(c),
        }
    }
    pieces.push((false, literal));
    let wildcard = pieces.iter().any(|p| p.0);
    let mut out = String::new();
    for (is_wild, text) in pieces {
        if is_wild {
            if !(text == "*" && out.ends_with('*')) {
                out.push_str(&text);
            }
        } else {
            out.push_str(&policy_literal(&text, wildcard));
        }
    }
    Subject {
        value: format!("{prefix}:ref:{kind}{out}"),
        wildcard,
        widened,
    }
}

/// Events whose runs use the default branch as their ref.
const DEFAULT_BRANCH_EVENTS: [&str; 22] = [
    "schedule",
    "workflow_dispatch",
    "workflow_run",
    "repository_dispatch",
    "issues",
    "issue_comment",
    "label",
    "milestone",
    "discussion",
    "discussion_comment",
    "watch",
    "fork",
    "delete",
    "check_run",
    "check_suite",
    "status",
    "page_build",
    "project",
    "project_card",
    "project_column",
    "public",
    "gollum",
];

/// The subjects of a job's runs.
pub(crate) fn derive(doc: &Doc, wf: &Workflow, job: &Job) -> Vec<SubjectContext> {
    let mut out: Vec<SubjectContext> = Vec::new();
    let mut add = |c: SubjectContext| {
        if !out.contains(&c) {
            out.push(c);
        }
    };
    if let Some(env) = job.environment {
        for name in environment_names(doc, job, env) {
            add(SubjectContext::Environment(name));
        }
        return out;
    }
    for (event, config) in job_events(doc, wf, job) {
        match event.as_str() {
            "push" => {
                for c in push_subjects(doc, config) {
                    add(c);
                }
            }
            "pull_request" => add(SubjectContext::PullRequest),
            "workflow_call" => add(SubjectContext::Caller),
            "release" => add(SubjectContext::Tag("**".to_owned())),
            "create" => {
                add(SubjectContext::Branch("**".to_owned()));
                add(SubjectContext::Tag("**".to_owned()));
            }
            e if DEFAULT_BRANCH_EVENTS.contains(&e) => add(SubjectContext::DefaultBranch),
            e => add(SubjectContext::Undocumented(e.to_owned())),
        }
    }
    out
}

/// The events that can run a job: the workflow's, narrowed by a plain `github.event_name`
/// condition in the job's `if:`.
pub(crate) fn job_events(doc: &Doc, wf: &Workflow, job: &Job) -> Vec<(String, Option<NodeId>)> {
    let (only, except) = event_conditions(doc, job);
    model::events(doc, wf.on)
        .into_iter()
        .filter(|(e, _)| only.as_ref().is_none_or(|o| o == e) && !except.contains(e))
        .collect()
}

/// What a job's `if:` says about the event, when it is a plain `&&` of comparisons:
/// `github.event_name == 'X'` (only X) and `github.event_name != 'X'` (never X).
fn event_conditions(doc: &Doc, job: &Job) -> (Option<String>, Vec<String>) {
    let Some(cond) = doc.get(job.node, "if").and_then(|n| doc.str(n)) else {
        return (None, Vec::new());
    };
    let cond = cond.trim();
    let cond = cond
        .strip_prefix("${{")
        .and_then(|c| c.strip_suffix("}}"))
        .unwrap_or(cond);
    if cond.contains("||") || cond.contains('!') && !cond.contains("!=") {
        return (None, Vec::new());
    }
    let mut only = None;
    let mut except = Vec::new();
    for part in cond.split("&&") {
        let part = part
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim();
        for (op, equal) in [("==", true), ("!=", false)] {
            let Some((lhs, rhs)) = part.split_once(op) else {
                continue;
            };
            let (lhs, rhs) = (lhs.trim(), rhs.trim());
            let lit = if lhs == "github.event_name" {
                rhs
            } else if rhs == "github.event_name" {
                lhs
            } else {
                continue;
            };
            let Some(name) = lit
                .strip_prefix('\'')
                .and_then(|l| l.strip_suffix('\''))
                .map(str::to_owned)
            else {
                continue;
            };
            if equal {
                if only.as_ref().is_some_and(|o| *o != name) {
                    return (None, Vec::new());
                }
                only = Some(name);
            } else {
                except.push(name);
            }
        }
    }
    (only, except)
}

fn push_subjects(doc: &Doc, config: Option<NodeId>) -> Vec<SubjectContext> {
    let any = || {
        vec![
            SubjectContext::Branch("**".to_owned()),
            SubjectContext::Tag("**".to_owned()),
        ]
    };
    let Some(config) = config.filter(|c| doc.is_map(*c)) else {
        return any();
    };
    let list = |key: &str| doc.get(config, key).map(|n| model::strings(doc, n));
    let branches = list("branches");
    let branches_ignore = list("branches-ignore");
    let tags = list("tags");
    let tags_ignore = list("tags-ignore");
    let branch_filters = branches.is_some() || branches_ignore.is_some();
    let tag_filters = tags.is_some() || tags_ignore.is_some();
    if !branch_filters && !tag_filters {
        return any();
    }
    let mut out = Vec::new();
    match (branches, branches_ignore) {
        (Some(patterns), _) => out.extend(
            patterns
                .into_iter()
                .filter(|p| !p.starts_with('!'))
                .map(SubjectContext::Branch),
        ),
        (None, Some(_)) => out.push(SubjectContext::Branch("**".to_owned())),
        (None, None) => {}
    }
    match (tags, tags_ignore) {
        (Some(patterns), _) => out.extend(
            patterns
                .into_iter()
                .filter(|p| !p.starts_with('!'))
                .map(SubjectContext::Tag),
        ),
        (None, Some(_)) => out.push(SubjectContext::Tag("**".to_owned())),
        (None, None) => {}
    }
    out
}

fn environment_names(doc: &Doc, job: &Job, env: NodeId) -> Vec<EnvironmentName> {
    let text = match doc.str(env) {
        Some(s) => s.to_owned(),
        None => match doc.get(env, "name").and_then(|n| doc.str(n)) {
            Some(s) => s.to_owned(),
            None => return vec![EnvironmentName::Unresolved("(no name)".to_owned())],
        },
    };
    if !text.contains("${{") {
        return vec![EnvironmentName::Name(text)];
    }
    match expand_matrix(doc, job, &text) {
        Some(names) if !names.is_empty() => names.into_iter().map(EnvironmentName::Name).collect(),
        _ => vec![EnvironmentName::Unresolved(text)],
    }
}

/// Expands `${{ matrix.X }}` (one variable, possibly inside other text) over the literal values
/// the matrix gives `X` (its list plus `include` entries). `None` when anything else is in an
/// expression or a value is not literal.
pub(crate) fn expand_matrix(doc: &Doc, job: &Job, text: &str) -> Option<Vec<String>> {
    let mut var: Option<&str> = None;
    let mut rest = text;
    let mut parts: Vec<(bool, &str)> = Vec::new();
    while let Some(i) = rest.find("${{") {
        parts.push((false, &rest[..i]));
        let after = &rest[i + 3..];
        let j = after.find("}}")?;
        let expr = after[..j].trim();
        let name = expr.strip_prefix("matrix.")?;
        if !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        match var {
            Some(v) if v != name => return None,
            _ => var = Some(name),
        }
        parts.push((true, name));
        rest = &after[j + 2..];
    }
    parts.push((false, rest));
    let values = matrix_values(doc, job, var?)?;
    Some(
        values
            .into_iter()
            .map(|v| {
                parts
                    .iter()
                    .map(|(is_var, t)| if *is_var { v.as_str() } else { t })
                    .collect::<String>()
            })
            .collect(),
    )
}

/// The literal values a matrix gives a variable.
pub(crate) fn matrix_values(doc: &Doc, job: &Job, var: &str) -> Option<Vec<String>> {
    let matrix = job.matrix?;
    let mut values: Vec<String> = Vec::new();
    if let Some(list) = doc.get(matrix, var) {
        if !doc.is_seq(list) {
            return None;
        }
        for item in doc.items(list) {
            let s = doc.str(item.value)?;
            if s.contains("${{") {
                return None;
            }
            values.push(s.to_owned());
        }
    }
    if let Some(include) = doc.get(matrix, "include") {
        for item in doc.items(include) {
            if let Some(v) = doc.get(item.value, var) {
                let s = doc.str(v)?;
                if !values.iter().any(|x| x == s) {
                    values.push(s.to_owned());
                }
            }
        }
    }
    (!values.is_empty()).then_some(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_follow_the_documented_formats() {
        let b = SubjectContext::Branch("main".into());
        assert_eq!(
            b.subject("octo", "app", "main").expect("test input").value,
            "repo:octo/app:ref:refs/heads/main"
        );
        let e = SubjectContext::Environment(EnvironmentName::Name("Prod:1".into()));
        assert_eq!(
            e.subject("octo", "app", "main").expect("test input").value,
            "repo:octo/app:environment:Prod%3A1"
        );
        let t = SubjectContext::Tag("v*".into())
            .subject("octo", "app", "main")
            .expect("test input");
        assert_eq!(t.value, "repo:octo/app:ref:refs/tags/v*");
        assert!(t.wildcard);
        let any = SubjectContext::Branch("**".into())
            .subject("octo", "app", "main")
            .expect("test input");
        assert_eq!(any.value, "repo:octo/app:ref:refs/heads/*");
        let q = SubjectContext::Branch("release/v1.[0-9]+".into())
            .subject("o", "r", "main")
            .expect("test input");
        assert_eq!(q.value, "repo:o/r:ref:refs/heads/release/v1.?*");
        assert_eq!(
            SubjectContext::DefaultBranch
                .subject("o", "r", "trunk")
                .expect("test input")
                .value,
            "repo:o/r:ref:refs/heads/trunk"
        );
        assert_eq!(SubjectContext::Caller.subject("o", "r", "main"), None);
    }

    #[test]
    fn literal_parts_are_escaped_for_iam() {
        let s = SubjectContext::Branch("a${b}*".into())
            .subject("o", "r", "main")
            .expect("test input");
        assert_eq!(s.value, "repo:o/r:ref:refs/heads/a${$}{b}*");
    }
}
