//! ForAnyValue on a GitHub claim: a set operator on a single-valued key.

use super::prelude::*;
use crate::lint::facts::SetQualifier;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-for-any-value",
        summary: "ForAnyValue: on a GitHub claim, a set operator on a single-valued key",
        severity: Severity::Warning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.github_statements() {
        for c in &st.conditions {
            if !c.github_key || c.op.set != Some(SetQualifier::ForAnyValue) {
                continue;
            }
            let claim = c.claim.unwrap_or_default();
            out.at(
                &c.key_ptr,
                format!(
                    "{} on {}: GitHub's {claim} claim is single-valued; AWS advises against set \
                     operators on single-valued keys because they can make a policy more \
                     permissive than it reads, especially combined with negated operators.",
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
