//! Owner or repository in `sub` differs only in case from the expected one.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-case-mismatch",
        summary: "The owner or repository in a sub value differs only in letter case from the \
                  expected one; sub is compared case-sensitively",
        severity: Severity::Warning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for sv in &cx.subs {
        let Some(repo) = &sv.subject.repo else {
            continue;
        };
        let (_, c, v) = cx.sub_parts(sv);
        if c.op.ignore_case() {
            continue;
        }
        let mut diffs = Vec::new();
        for (label, written, expected) in [
            ("owner", &repo.owner, cx.ctx.owner.as_ref()),
            ("repository", &repo.repo, cx.ctx.repo.as_ref()),
        ] {
            if let Some(expected) = expected
                && written != expected
                && written.eq_ignore_ascii_case(expected)
            {
                diffs.push(format!(
                    "{label} {} (expected {})",
                    quote(written),
                    quote(expected)
                ));
            }
        }
        if diffs.is_empty() {
            continue;
        }
        out.at(
            &v.ptr,
            format!(
                "{}{} names {}, differing only in case: {} compares case-sensitively and the \
                 token carries the names as GitHub displays them, so one of the two spellings \
                 fails.",
                quote(&v.text),
                position(v),
                diffs.join(" and "),
                c.op_text
            ),
            "Write the owner and repository exactly as GitHub shows them (the github.repository \
             value of a run), or compare with StringEqualsIgnoreCase.",
        );
    }
}
