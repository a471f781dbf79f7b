//! ForAllValues on a GitHub claim: single-valued, and true when the claim is absent.

use super::prelude::*;
use crate::lint::facts::SetQualifier;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-for-all-values",
        summary: "ForAllValues: on a GitHub claim (single-valued), which is true when the claim \
                  is absent",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.github_statements() {
        for c in &st.conditions {
            if !c.github_key || c.op.set != Some(SetQualifier::ForAllValues) {
                continue;
            }
            let claim = c.claim.unwrap_or_default();
            out.at(
                &c.key_ptr,
                format!(
                    "{} on {}: GitHub's {claim} claim is single-valued, and ForAllValues is true \
                     when the key is absent from the request, so this condition can pass without \
                     checking {claim} at all (AWS: do not use set operators with single-valued \
                     keys).",
                    c.op_text, c.key
                ),
                format!(
                    "Write the operator without the qualifier: {}.",
                    c.op_text
                        .split_once(':')
                        .map_or(c.op_text, |(_, base)| base)
                ),
            );
        }
    }
}
