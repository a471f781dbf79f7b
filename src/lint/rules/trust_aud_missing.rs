//! No `aud` condition.

use super::key_prefix;
use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-aud-missing",
        summary: "A statement trusting a GitHub provider has no aud condition",
        severity: Severity::Warning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.github_statements() {
        if st
            .claim_conditions("aud")
            .any(|c| c.op.is_positive_string())
        {
            continue;
        }
        let aud = if cx.ctx.partition.as_deref() == Some("aws-cn") {
            facts::AUD_CHINA
        } else {
            facts::AUD_COMMERCIAL
        };
        out.at(
            &st.condition_ptr(),
            format!(
                "statement {} does not check aud: the role accepts a token a job requested for \
                 any audience, for instance one it minted for another service.",
                st.index
            ),
            format!(
                "Add \"{}:aud\": \"{aud}\" under StringEquals.",
                key_prefix(st)
            ),
        );
    }
}
