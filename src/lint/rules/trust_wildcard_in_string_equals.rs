//! `*` or `?` under StringEquals: literal, so the intended subjects never match.

use super::prelude::*;
use crate::lint::facts::Base;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-wildcard-in-string-equals",
        summary: "A value under StringEquals contains * or ?, which are literal there",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in &cx.statements {
        for c in &st.conditions {
            if !matches!(
                c.op.base,
                Base::StringEquals
                    | Base::StringNotEquals
                    | Base::StringEqualsIgnoreCase
                    | Base::StringNotEqualsIgnoreCase
            ) {
                continue;
            }
            for v in &c.values {
                if !facts::has_raw_wildcard(&v.text) {
                    continue;
                }
                out.at(
                    &v.ptr,
                    format!(
                        "{} compares {}{} literally: * and ? are wildcards only under StringLike, \
                         so this value matches only a claim containing a literal * or ?, which \
                         GitHub never issues for owners, repositories or branches.",
                        c.op_text,
                        quote(&v.text),
                        position(v)
                    ),
                    "Use StringLike if a pattern is meant (and check that it is as narrow as \
                     intended), or write the exact value.",
                );
            }
        }
    }
}
