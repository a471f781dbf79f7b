//! A GitHub provider ARN whose account, partition or issuer differs from what is expected.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-provider-mismatch",
        summary: "The GitHub provider ARN's account, partition or issuer differs from the \
                  expected one",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let ctx = cx.ctx;
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        for f in st.github_providers() {
            let Ok(p) = &f.parsed else {
                continue;
            };
            let mut wrong = Vec::new();
            if let Some(account) = &ctx.account_id
                && &p.account != account
            {
                wrong.push(format!(
                    "account {} instead of the role's account {account} (the provider must be in \
                     the role's own account)",
                    p.account
                ));
            }
            if let Some(partition) = &ctx.partition
                && &p.partition != partition
            {
                wrong.push(format!("partition {} instead of {partition}", p.partition));
            }
            if let Some(issuer) = &ctx.issuer {
                let want = facts::normalise_issuer(issuer);
                if p.host_path.to_ascii_lowercase() != want {
                    wrong.push(format!(
                        "issuer {} instead of {want} (the provider URL must equal the token's \
                         iss)",
                        p.host_path
                    ));
                }
            }
            if wrong.is_empty() {
                continue;
            }
            let account = ctx.account_id.as_deref().unwrap_or(&p.account);
            let partition = ctx.partition.as_deref().unwrap_or(&p.partition);
            let host = ctx
                .issuer
                .as_deref()
                .map(facts::normalise_issuer)
                .unwrap_or_else(|| p.host_path.clone());
            out.at(
                &f.ptr,
                format!(
                    "provider {} names {}: tokens are refused with \"Not authorized to perform \
                     sts:AssumeRoleWithWebIdentity\" or \"No OpenIDConnect provider found\".",
                    quote(&f.value),
                    wrong.join(", and ")
                ),
                format!("Write arn:{partition}:iam::{account}:oidc-provider/{host}."),
            );
        }
    }
}
