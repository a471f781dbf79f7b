//! `trust-policy.json`: who may assume the role. `aud` is always pinned with `StringEquals`;
//! `sub` uses `StringEquals` for exact subjects and `StringLike` only for the wildcard scopes
//! (under `StringEquals` a `*` is literal and never matches).

use crate::iam::policy::{
    ConditionValue, OneOrMany, OrderedMap, PolicyDocument, Principal, Statement, VERSION,
};
use crate::input::{Inputs, Scope, SubjectFormat};
use crate::quote::policy_literal;

/// The `sub` condition: operator and values (already escaped for IAM).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubCondition {
    pub operator: &'static str,
    pub values: Vec<String>,
}

/// `repo:OWNER/REPO` and/or `repo:OWNER@ID/REPO@ID`, in transition order (name form first).
fn repo_prefixes(inputs: &Inputs) -> Vec<(String, String)> {
    let name = (inputs.owner.clone(), inputs.repo.clone());
    let immutable = |o: &str, r: &str| {
        (
            format!("{}@{o}", inputs.owner),
            format!("{}@{r}", inputs.repo),
        )
    };
    match &inputs.subject_format {
        SubjectFormat::Name => vec![name],
        SubjectFormat::Immutable { owner_id, repo_id } => vec![immutable(owner_id, repo_id)],
        SubjectFormat::Both { owner_id, repo_id } => vec![name, immutable(owner_id, repo_id)],
    }
}

/// GitHub writes a `:` inside a claim value as `%3A`.
pub fn encode_claim_part(value: &str) -> String {
    value.replace(':', "%3A")
}

pub fn sub_condition(inputs: &Inputs) -> SubCondition {
    let prefixes = repo_prefixes(inputs);
    let like = inputs.scope.is_wildcard();
    let mut values = Vec::new();
    match &inputs.scope {
        Scope::Branches(branches) => {
            for branch in branches {
                for (owner, repo) in &prefixes {
                    values.push(format!(
                        "repo:{owner}/{repo}:ref:refs/heads/{}",
                        policy_literal(branch, like)
                    ));
                }
            }
        }
        Scope::Environment(env) => {
            for (owner, repo) in &prefixes {
                values.push(format!(
                    "repo:{owner}/{repo}:environment:{}",
                    policy_literal(&encode_claim_part(env), like)
                ));
            }
        }
        Scope::AnyBranch => {
            for (owner, repo) in &prefixes {
                values.push(format!("repo:{owner}/{repo}:ref:refs/heads/*"));
            }
        }
        Scope::OwnerWide => {
            for (owner, _) in &prefixes {
                values.push(format!("repo:{owner}/*"));
            }
        }
    }
    SubCondition {
        operator: if like { "StringLike" } else { "StringEquals" },
        values,
    }
}

pub fn document(inputs: &Inputs) -> PolicyDocument {
    let prefix = inputs.issuer.key_prefix();
    let aud_key = format!("{prefix}aud");
    let sub_key = format!("{prefix}sub");
    let sub = sub_condition(inputs);
    let sub_values =
        OneOrMany::from_vec(sub.values.into_iter().map(ConditionValue::String).collect());
    let aud_value = OneOrMany::One(ConditionValue::from(inputs.audience()));
    let mut condition = OrderedMap::new();
    if sub.operator == "StringEquals" {
        condition.insert(
            "StringEquals",
            OrderedMap::new()
                .with(aud_key, aud_value)
                .with(sub_key, sub_values),
        );
    } else {
        condition.insert("StringEquals", OrderedMap::new().with(aud_key, aud_value));
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
