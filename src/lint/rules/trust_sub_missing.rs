//! No `sub` (or `job_workflow_ref`) condition: any repository on GitHub can assume the role.

use super::key_prefix;
use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-missing",
        summary: "A statement trusting a GitHub provider evaluates no sub (or job_workflow_ref) \
                  with StringEquals, StringLike or StringEqualsIgnoreCase",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.github_statements() {
        let scoped = st.conditions.iter().any(|c| {
            c.op.is_positive_string() && (c.is_claim("sub") || c.is_claim("job_workflow_ref"))
        });
        // A statement that can never match (reported by trust-condition-key-unknown) lets
        // nobody in, scoped or not.
        if scoped || st.has_impossible_condition() {
            continue;
        }
        let others: Vec<&str> = st
            .conditions
            .iter()
            .filter(|c| c.github_key)
            .filter_map(|c| c.claim)
            .collect();
        let detail = if others.is_empty() {
            String::new()
        } else {
            format!(
                " (it checks only {}, which name no repository and branch)",
                others.join(", ")
            )
        };
        let prefix = key_prefix(st);
        out.at(
            &st.condition_ptr(),
            format!(
                "statement {} trusts the GitHub OIDC provider but evaluates no sub condition{detail}: \
                 a workflow in any GitHub repository can request a token and assume this role",
                st.index
            ),
            format!(
                "Add \"{prefix}:sub\": \"repo:OWNER/REPO:ref:refs/heads/BRANCH\" under StringEquals."
            ),
        );
    }
}
