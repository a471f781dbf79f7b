//! `trust-policy.json`: who may assume the role. `aud` is always pinned with `StringEquals`.
//! `sub` uses `StringEquals` when every subject is exact and `StringLike` as soon as one is a
//! pattern (a wildcard scope or a tag pattern): one key under both operators would need both to
//! match, so all values move to `StringLike`, with the literal parts escaped (`${*}`, `${?}`,
//! `${$}`) so that they still match only themselves.

use crate::iam::policy::{
    ConditionValue, OneOrMany, OrderedMap, PolicyDocument, Principal, Statement, VERSION,
};
use crate::input::{Inputs, OwnScopes, Scope, SubjectFormat};
use crate::quote::policy_literal;

/// The `sub` condition: operator and values (already escaped for IAM).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubCondition {
    pub operator: &'static str,
    pub values: Vec<String>,
}

/// What one run presents after the repository part of its subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Context {
    Branch(String),
    Tag(String),
    /// A tag pattern: `*` is a wildcard.
    TagPattern(String),
    Environment(String),
    PullRequest,
    AnyBranch,
}

impl Context {
    fn is_pattern(&self) -> bool {
        matches!(self, Context::TagPattern(_) | Context::AnyBranch)
    }

    /// The context as GitHub writes it after `repo:OWNER/REPO:` (escaped for `like` when set).
    fn render(&self, like: bool) -> String {
        let lit = |s: &str| policy_literal(s, like);
        match self {
            Context::Branch(b) => format!("ref:refs/heads/{}", lit(b)),
            Context::Tag(t) => format!("ref:refs/tags/{}", lit(t)),
            Context::TagPattern(t) => format!(
                "ref:refs/tags/{}",
                t.split('*').map(lit).collect::<Vec<_>>().join("*")
            ),
            Context::Environment(e) => format!("environment:{}", lit(&encode_claim_part(e))),
            Context::PullRequest => "pull_request".to_owned(),
            Context::AnyBranch => "ref:refs/heads/*".to_owned(),
        }
    }

    /// The `ref` claim of the run, when the context fixes it.
    fn git_ref(&self, like: bool) -> Option<String> {
        match self {
            Context::Branch(_) | Context::Tag(_) | Context::TagPattern(_) | Context::AnyBranch => {
                self.render(like).strip_prefix("ref:").map(str::to_owned)
            }
            Context::Environment(_) | Context::PullRequest => None,
        }
    }
}

/// Every context the role admits for the repositories that follow the form, in the order the
/// form lists them.
pub fn contexts(inputs: &Inputs) -> Vec<Context> {
    let mut out = Vec::new();
    match &inputs.scope {
        Scope::Branches(branches) => out.extend(branches.iter().cloned().map(Context::Branch)),
        Scope::Environments(envs) => out.extend(envs.iter().cloned().map(Context::Environment)),
        Scope::AnyBranch => out.push(Context::AnyBranch),
        Scope::OwnerWide => {}
    }
    out.extend(inputs.tags.iter().map(tag_context));
    if inputs.pull_requests {
        out.push(Context::PullRequest);
    }
    out
}

fn tag_context(tag: &crate::input::TagSpec) -> Context {
    if tag.pattern {
        Context::TagPattern(tag.name.clone())
    } else {
        Context::Tag(tag.name.clone())
    }
}

/// The contexts of a repository with its own scopes: its branches, environments and tags, and
/// pull requests when the form admits them.
fn own_contexts(own: &OwnScopes, inputs: &Inputs) -> Vec<Context> {
    let mut out: Vec<Context> = own.branches.iter().cloned().map(Context::Branch).collect();
    out.extend(own.environments.iter().cloned().map(Context::Environment));
    out.extend(own.tags.iter().map(tag_context));
    if inputs.pull_requests {
        out.push(Context::PullRequest);
    }
    out
}

/// Every context any repository of the role admits (the form's and each repository's own).
pub fn all_contexts(inputs: &Inputs) -> Vec<Context> {
    let mut out = contexts(inputs);
    for own in inputs.extra_repos.iter().filter_map(|r| r.own.as_ref()) {
        for ctx in own_contexts(own, inputs) {
            if !out.contains(&ctx) {
                out.push(ctx);
            }
        }
    }
    out
}

/// One repository's subject prefixes (`repo:OWNER/REPO`, and/or the immutable form), in
/// transition order (name form first), with the ids for template keys.
struct RepoForm {
    segment: String,
    repo: String,
    repo_id: Option<String>,
    /// The repository's own scopes, replacing the form's.
    own: Option<OwnScopes>,
}

fn repo_forms(inputs: &Inputs) -> Vec<RepoForm> {
    let owner = &inputs.owner;
    let mut repos: Vec<(String, Option<String>, Option<OwnScopes>)> = vec![(
        inputs.repo.clone(),
        match &inputs.subject_format {
            SubjectFormat::Name => None,
            SubjectFormat::Immutable { repo_id, .. } | SubjectFormat::Both { repo_id, .. } => {
                Some(repo_id.clone())
            }
        },
        None,
    )];
    repos.extend(
        inputs
            .extra_repos
            .iter()
            .map(|r| (r.name.clone(), r.id.clone(), r.own.clone())),
    );
    let owner_id = match &inputs.subject_format {
        SubjectFormat::Name => None,
        SubjectFormat::Immutable { owner_id, .. } | SubjectFormat::Both { owner_id, .. } => {
            Some(owner_id.as_str())
        }
    };
    let mut out = Vec::new();
    for (repo, repo_id, own) in repos {
        let name = RepoForm {
            segment: format!("{owner}/{repo}"),
            repo: repo.clone(),
            repo_id: repo_id.clone(),
            own: own.clone(),
        };
        let immutable = |oid: &str, rid: &str| RepoForm {
            segment: format!("{owner}@{oid}/{repo}@{rid}"),
            repo: repo.clone(),
            repo_id: Some(rid.to_owned()),
            own: own.clone(),
        };
        match (&inputs.subject_format, owner_id, repo_id.as_deref()) {
            (SubjectFormat::Immutable { .. }, Some(o), Some(r)) => out.push(immutable(o, r)),
            (SubjectFormat::Both { .. }, Some(o), Some(r)) => {
                out.push(name);
                out.push(immutable(o, r));
            }
            _ => out.push(name),
        }
    }
    out
}

/// GitHub writes a `:` inside a claim value as `%3A`.
pub fn encode_claim_part(value: &str) -> String {
    value.replace(':', "%3A")
}

/// One subject under a customized template, or `None` when a key has no value for this
/// context (validation has refused such combinations; see [`template_gaps`]).
fn templated(
    keys: &[String],
    inputs: &Inputs,
    repo: &RepoForm,
    ctx: &Context,
    like: bool,
) -> Option<String> {
    let lit = |s: &str| policy_literal(s, like);
    let owner_id = match &inputs.subject_format {
        SubjectFormat::Name => None,
        SubjectFormat::Immutable { owner_id, .. } | SubjectFormat::Both { owner_id, .. } => {
            Some(owner_id.clone())
        }
    };
    let mut parts = Vec::new();
    for key in keys {
        let value = match key.as_str() {
            "repo" => repo.segment.clone(),
            "context" => ctx.render(like),
            "repository" => format!("{}/{}", inputs.owner, repo.repo),
            "repository_owner" => inputs.owner.clone(),
            "repository_id" => repo.repo_id.clone()?,
            "repository_owner_id" => owner_id.clone()?,
            "ref" => ctx.git_ref(like)?,
            "environment" => match ctx {
                Context::Environment(e) => lit(&encode_claim_part(e)),
                _ => return None,
            },
            "job_workflow_ref" => lit(inputs.reusable_workflow.as_deref()?),
            "event_name" => match ctx {
                Context::PullRequest => "pull_request".to_owned(),
                Context::Branch(_)
                | Context::Tag(_)
                | Context::TagPattern(_)
                | Context::AnyBranch => "push".to_owned(),
                Context::Environment(_) => return None,
            },
            _ => return None,
        };
        // `repo` and `context` carry their own `key:` prefixes in the default format.
        if key == "context" {
            parts.push(value);
        } else {
            parts.push(format!("{key}:{value}"));
        }
    }
    Some(parts.join(":"))
}

/// Why a template cannot be filled for these inputs (one message per problem).
pub fn template_gaps(inputs: &Inputs) -> Vec<String> {
    let Some(keys) = &inputs.subject_template else {
        return Vec::new();
    };
    let mut gaps = Vec::new();
    let has = |k: &str| keys.iter().any(|key| key == k);
    if inputs.scope == Scope::OwnerWide {
        gaps.push(
            "a customized template cannot be combined with the every-repository scope".to_owned(),
        );
    }
    if has("job_workflow_ref") && inputs.reusable_workflow.is_none() {
        gaps.push("the template names job_workflow_ref: fill in the reusable workflow".to_owned());
    }
    if has("repository_id") || has("repository_owner_id") {
        if matches!(inputs.subject_format, SubjectFormat::Name) {
            gaps.push(
                "the template names ids: choose the immutable subject format and give the ids"
                    .to_owned(),
            );
        } else if inputs.extra_repos.iter().any(|r| r.id.is_none()) {
            gaps.push(
                "the template names repository_id: give every extra repository as name@id"
                    .to_owned(),
            );
        }
    }
    for ctx in all_contexts(inputs) {
        let unknown = (has("ref") && ctx.git_ref(false).is_none())
            || (has("environment") && !matches!(ctx, Context::Environment(_)))
            || (has("event_name") && matches!(ctx, Context::Environment(_)));
        if unknown {
            gaps.push(format!(
                "the template names a claim whose value Keyless cannot know for {}",
                ctx.render(false)
            ));
        }
    }
    gaps
}

pub fn sub_condition(inputs: &Inputs) -> SubCondition {
    let contexts = contexts(inputs);
    // An environment name may hold `*` or `?` (git forbids them in branches and tags): under
    // StringEquals that is fine, but the value would read like a mistaken pattern, so such a
    // name moves the values to StringLike, where it is escaped (`${*}`, `${?}`).
    let wild_name = |c: &Context| matches!(c, Context::Environment(e) if e.contains(['*', '?']));
    let like = inputs.scope == Scope::OwnerWide
        || all_contexts(inputs)
            .iter()
            .any(|c| c.is_pattern() || wild_name(c));
    let forms = repo_forms(inputs);
    let mut values = Vec::new();
    if inputs.scope == Scope::OwnerWide {
        // One value per owner form (the name form and the immutable one), in first-seen order.
        for form in &forms {
            let owner = form.segment.split('/').next().unwrap_or_default();
            let value = format!("repo:{owner}/*");
            if !values.contains(&value) {
                values.push(value);
            }
        }
    }
    // The repositories that follow the form, context by context; then each repository with its
    // own scopes.
    let mut pairs: Vec<(&RepoForm, Context)> = Vec::new();
    for ctx in &contexts {
        for form in forms.iter().filter(|f| f.own.is_none()) {
            pairs.push((form, ctx.clone()));
        }
    }
    for form in &forms {
        if let Some(own) = &form.own {
            pairs.extend(own_contexts(own, inputs).into_iter().map(|c| (form, c)));
        }
    }
    for (form, ctx) in pairs {
        let value = match &inputs.subject_template {
            Some(keys) => templated(keys, inputs, form, &ctx, like),
            None => Some(format!("repo:{}:{}", form.segment, ctx.render(like))),
        };
        if let Some(v) = value
            && !values.contains(&v)
        {
            values.push(v);
        }
    }
    SubCondition {
        operator: if like { "StringLike" } else { "StringEquals" },
        values,
    }
}

pub fn document(inputs: &Inputs) -> PolicyDocument {
    document_with(inputs, sub_condition(inputs))
}

/// The trust policy with a `sub` condition decided elsewhere (e.g. from a converted workflow).
pub fn document_with(inputs: &Inputs, sub: SubCondition) -> PolicyDocument {
    let prefix = inputs.issuer.key_prefix();
    let aud_key = format!("{prefix}aud");
    let sub_key = format!("{prefix}sub");
    let sub_values =
        OneOrMany::from_vec(sub.values.into_iter().map(ConditionValue::String).collect());
    let aud_value = OneOrMany::One(ConditionValue::from(inputs.audience()));
    let mut equals = OrderedMap::new().with(aud_key, aud_value);
    // Pinned to the called workflow through the claim key AWS evaluates since 2026, unless the
    // subject template already carries it.
    let template_has_ref = inputs
        .subject_template
        .as_ref()
        .is_some_and(|k| k.iter().any(|k| k == "job_workflow_ref"));
    if let Some(reusable) = &inputs.reusable_workflow
        && !template_has_ref
    {
        equals.insert(
            format!("{prefix}job_workflow_ref"),
            OneOrMany::One(ConditionValue::String(policy_literal(reusable, false))),
        );
    }
    let mut condition = OrderedMap::new();
    if sub.operator == "StringEquals" {
        equals.insert(sub_key, sub_values);
        condition.insert("StringEquals", equals);
    } else {
        condition.insert("StringEquals", equals);
        condition.insert(sub.operator, OrderedMap::new().with(sub_key, sub_values));
    }
    PolicyDocument {
        version: Some(VERSION.to_owned()),
        id: None,
        statement: OneOrMany::Many(vec![Statement {
            sid: Some("GitHubActionsOidc".to_owned()),
            principal: Some(Principal::Map(
                OrderedMap::new().with("Federated", OneOrMany::One(inputs.provider_arn())),
            )),
            action: Some(OneOrMany::One("sts:AssumeRoleWithWebIdentity".to_owned())),
            condition: Some(condition),
            ..Statement::allow()
        }]),
    }
}
