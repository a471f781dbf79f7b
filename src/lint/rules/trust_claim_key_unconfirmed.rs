//! A GitHub claim other than aud/sub/job_workflow_ref used as a condition key: AWS's support is
//! not confirmed.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-claim-key-unconfirmed",
        summary: "A condition uses a GitHub claim other than aud, sub or job_workflow_ref, which \
                  AWS STS may not expose",
        severity: Severity::Warning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.github_statements() {
        for c in &st.conditions {
            if !c.github_key {
                continue;
            }
            let prefix = c.prefix.unwrap_or_default();
            let Some(claim) = c.claim else { continue };
            if facts::github_issuer(prefix).is_none() || !facts::is_github_claim(claim) {
                continue;
            }
            let lower = claim.to_ascii_lowercase();
            if ["aud", "sub", "job_workflow_ref"].contains(&lower.as_str()) {
                continue;
            }
            let status = if facts::REPORTED_AWS_CLAIMS.contains(&lower.as_str()) {
                "third-party summaries of AWS's 2026 launch list it as a supported key, but AWS's \
                 own list was not confirmed"
            } else {
                "no source seen lists it among the GitHub claims AWS STS exposes"
            };
            out.at(
                &c.key_ptr,
                format!(
                    "{} reads the token's {claim} claim: {status} [?]. If AWS does not expose it, \
                     the key is absent and a positive condition on it refuses every token.",
                    quote(c.key)
                ),
                "Keep sub as the main guard; test an extra claim key with a real run (or the IAM \
                 policy simulator) before relying on it, or encode it in a customized sub \
                 template instead.",
            );
        }
    }
}
