//! A GitHub condition key whose claim does not exist or whose prefix is not the provider's.

use super::prelude::*;
use crate::lint::facts::IssuerKind;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-condition-key-unknown",
        summary: "A condition key names a claim GitHub does not issue (e.g. :subject) or uses a \
                  prefix other than the provider's",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

/// Likely intended claims for common misspellings.
fn nearest(claim: &str) -> Option<&'static str> {
    match claim.to_ascii_lowercase().as_str() {
        "subject" | "sub_claim" | "subs" => Some("sub"),
        "audience" | "auds" | "client_id" => Some("aud"),
        "repo" | "repository_name" | "repo_name" => Some("repository"),
        "branch" | "git_ref" => Some("ref"),
        "env" | "environment_name" => Some("environment"),
        "owner" | "org" | "organization" => Some("repository_owner"),
        "workflow_job_ref" | "job_workflow" => Some("job_workflow_ref"),
        _ => None,
    }
}

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        let hosts = st.provider_hosts();
        for c in &st.conditions {
            if !c.github_key {
                continue;
            }
            let prefix = c.prefix.unwrap_or_default();
            let claim = c.claim.unwrap_or_default();
            let issuer = facts::github_issuer(prefix);
            if issuer == Some(IssuerKind::Legacy) {
                continue;
            }
            let wanted = hosts
                .first()
                .cloned()
                .unwrap_or_else(|| crate::input::ISSUER_HOST.to_owned());
            let bad_prefix = issuer.is_none()
                || (!hosts.is_empty() && !hosts.contains(&prefix.to_ascii_lowercase()));
            if bad_prefix {
                out.at(
                    &c.key_ptr,
                    format!(
                        "condition key {} starts with {}, but this provider's keys start with \
                         {wanted}: (the issuer's host and path, without https://); the key is \
                         never present in the request, so {}.",
                        quote(c.key),
                        quote(prefix),
                        consequence(c)
                    ),
                    format!("Write \"{wanted}:{claim}\"."),
                );
                continue;
            }
            if !facts::is_github_claim(claim) {
                let help = match nearest(claim) {
                    Some(n) => format!("Write \"{prefix}:{n}\"."),
                    None => format!(
                        "Use a claim GitHub issues (sub, aud, ...); see \
                         https://{prefix}/.well-known/openid-configuration (claims_supported)."
                    ),
                };
                out.at(
                    &c.key_ptr,
                    format!(
                        "condition key {} names the claim {}, which GitHub tokens do not carry; \
                         the key is never present in the request, so {}.",
                        quote(c.key),
                        quote(claim),
                        consequence(c)
                    ),
                    help,
                );
            }
        }
    }
}

/// What an absent key does to the condition.
fn consequence(c: &crate::lint::view::Cond<'_>) -> &'static str {
    use crate::lint::facts::{Base, SetQualifier};
    if c.op.if_exists || c.op.set == Some(SetQualifier::ForAllValues) {
        return "the condition is always true and checks nothing";
    }
    match c.op.base {
        Base::StringNotEquals | Base::StringNotEqualsIgnoreCase | Base::StringNotLike => {
            "the condition is always true and checks nothing"
        }
        _ => "the condition is always false and no token can assume the role",
    }
}
