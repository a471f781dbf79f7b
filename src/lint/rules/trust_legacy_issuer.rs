//! The pre-GA `vstoken.actions.githubusercontent.com` issuer.

use super::prelude::*;
use crate::lint::facts::IssuerKind;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-legacy-issuer",
        summary: "The policy uses the pre-release issuer vstoken.actions.githubusercontent.com",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

const HELP: &str = "Use token.actions.githubusercontent.com: create that provider if needed \
                    (aws iam create-open-id-connect-provider --url \
                    https://token.actions.githubusercontent.com --client-id-list \
                    sts.amazonaws.com) and write its ARN and key prefix.";

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in &cx.statements {
        for f in &st.federated {
            if f.issuer == Some(IssuerKind::Legacy) {
                out.at(
                    &f.ptr,
                    format!(
                        "provider {} is the 2021 pre-release issuer; GitHub issues tokens from \
                         https://token.actions.githubusercontent.com, so none match it.",
                        quote(&f.value)
                    ),
                    HELP,
                );
            }
        }
        for c in &st.conditions {
            if c.prefix
                .is_some_and(|p| facts::github_issuer(p) == Some(IssuerKind::Legacy))
            {
                out.at(
                    &c.key_ptr,
                    format!(
                        "condition key {} uses the 2021 pre-release issuer; no current token \
                         carries it.",
                        quote(c.key)
                    ),
                    HELP,
                );
            }
        }
    }
}
