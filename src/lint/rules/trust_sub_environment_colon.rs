//! An environment name with a raw `:`; GitHub writes `%3A` in `sub`.

use super::prelude::*;
use crate::lint::subject::Problem;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-environment-colon",
        summary: "An environment name in sub contains a raw \":\"; GitHub writes it as %3A",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for sv in &cx.subs {
        let (_, _, v) = cx.sub_parts(sv);
        for problem in &sv.subject.problems {
            let Problem::EnvironmentColon { written, encoded } = problem else {
                continue;
            };
            let fixed = v.text.replacen(written.as_str(), encoded, 1);
            out.at(
                &v.ptr,
                format!(
                    "environment {} is written with a raw \":\" in {}{}: GitHub encodes a \":\" \
                     inside a claim value as %3A, so the token's sub ends in environment:{encoded} \
                     and this value never matches.",
                    quote(written),
                    quote(&v.text),
                    position(v)
                ),
                format!("Write \"{fixed}\"."),
            );
        }
    }
}
