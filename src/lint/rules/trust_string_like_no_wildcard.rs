//! StringLike with no wildcard in any value: StringEquals says the same more plainly.

use super::prelude::*;
use crate::lint::facts::Base;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-string-like-no-wildcard",
        summary: "StringLike is used but no value has a wildcard; StringEquals says the same",
        severity: Severity::Suggestion,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in &cx.statements {
        for c in &st.conditions {
            if c.op.base != Base::StringLike {
                continue;
            }
            if c.values.iter().any(|v| facts::has_raw_wildcard(&v.text)) {
                continue;
            }
            // A literal * or ? written as ${*} or ${?}: under StringEquals it would read as a
            // mistaken pattern (trust-wildcard-in-string-equals), so StringLike is the clear form.
            if c.values
                .iter()
                .any(|v| v.text.contains("${*}") || v.text.contains("${?}"))
            {
                continue;
            }
            let plain = equals_form(c.op_text);
            out.at(
                &c.key_ptr,
                format!(
                    "{} on {} has no * or ? in any value, so it matches exactly, as {plain} \
                     would; readers and scanners expect StringLike to mean a pattern.",
                    c.op_text,
                    quote(c.key)
                ),
                format!("Move the key under {plain}."),
            );
        }
    }
}

/// The operator as written with `StringLike` replaced by `StringEquals` (qualifiers kept).
fn equals_form(op: &str) -> String {
    match op.to_ascii_lowercase().find("stringlike") {
        Some(at) => format!(
            "{}StringEquals{}",
            &op[..at],
            &op[at + "stringlike".len()..]
        ),
        None => "StringEquals".to_owned(),
    }
}
