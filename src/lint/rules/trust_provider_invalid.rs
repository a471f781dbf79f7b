//! A Federated principal meant for GitHub that is not a valid OIDC provider ARN.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-provider-invalid",
        summary: "A Federated principal meant for GitHub is not a valid \
                  arn:PARTITION:iam::ACCOUNT:oidc-provider/HOST ARN",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        for f in st.github_providers() {
            let Err(reason) = &f.parsed else {
                continue;
            };
            let account = cx.ctx.account_id.as_deref().unwrap_or("ACCOUNT");
            let partition = cx.ctx.partition.as_deref().unwrap_or("aws");
            out.at(
                &f.ptr,
                format!(
                    "Federated principal {} is not an OIDC provider ARN: {reason}. IAM rejects \
                     the policy or no token ever matches it.",
                    quote(&f.value)
                ),
                format!(
                    "Write arn:{partition}:iam::{account}:oidc-provider/token.actions.githubusercontent.com \
                     (or your issuer's host/path, without https://)."
                ),
            );
        }
    }
}
