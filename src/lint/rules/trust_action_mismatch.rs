//! A GitHub (Federated) statement whose action does not cover AssumeRoleWithWebIdentity.

use super::prelude::*;
use crate::iam::eval::action_matches;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-action-mismatch",
        summary: "A statement trusting a GitHub provider does not allow \
                  sts:AssumeRoleWithWebIdentity (e.g. sts:AssumeRole)",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        if st.github_providers().next().is_none() {
            continue;
        }
        let (ptr, written) = match (&st.st.action, &st.st.not_action) {
            (Some(actions), _) => {
                if actions
                    .iter()
                    .any(|a| action_matches(a, facts::WEB_IDENTITY_ACTION))
                {
                    continue;
                }
                (
                    st.ptr.key("Action"),
                    format!(
                        "Action is {}",
                        actions
                            .iter()
                            .map(|a| quote(a))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            }
            (None, Some(not_actions)) => {
                if !not_actions
                    .iter()
                    .any(|a| action_matches(a, facts::WEB_IDENTITY_ACTION))
                {
                    continue;
                }
                (
                    st.ptr.key("NotAction"),
                    "NotAction excludes sts:AssumeRoleWithWebIdentity".to_owned(),
                )
            }
            (None, None) => (st.ptr.clone(), "the statement has no Action".to_owned()),
        };
        out.at(
            &ptr,
            format!(
                "{written}: a Federated (OIDC) principal can only call \
                 sts:AssumeRoleWithWebIdentity, so every token is refused (Access Analyzer: \
                 mismatched action for principal)."
            ),
            "Write \"Action\": \"sts:AssumeRoleWithWebIdentity\".",
        );
    }
}
