//! An Allow statement with a wildcard principal and no Deny statement.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-wildcard-principal",
        summary: "An Allow statement trusts Principal \"*\" (or AWS/Federated \"*\") and no Deny \
                  statement narrows it",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    if cx.has_deny() {
        return;
    }
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        let Some(ptr) = st.wildcard_principal() else {
            continue;
        };
        out.at(
            &ptr,
            format!(
                "statement {} trusts every principal (\"*\") and no Deny statement narrows it: \
                 any identity that satisfies its conditions, from any account or identity \
                 provider, can assume this role.",
                st.index
            ),
            "Name the provider: \"Principal\": {\"Federated\": \
             \"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com\"}.",
        );
    }
}
