//! A `sub` value that admits every branch of a repository.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-any-branch",
        summary: "A sub value admits every branch of a repository (ref:refs/heads/*, ref:*)",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for sv in &cx.subs {
        if sv.narrowed_by_sub {
            continue;
        }
        let Reach::AnyBranch { or_tag } = sv.subject.reach else {
            continue;
        };
        let (_, c, v) = cx.sub_parts(sv);
        let repo = sv
            .subject
            .repo
            .as_ref()
            .map(|r| r.name())
            .unwrap_or_default();
        let what = if or_tag {
            "every branch and tag"
        } else {
            "every branch"
        };
        out.at(
            &v.ptr,
            format!(
                "{} {}{} admits {what} of {repo}: anyone with write access can push a new branch \
                 and assume this role from it, without review.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            ),
            format!(
                "List the branches that may push (\"repo:{repo}:ref:refs/heads/main\") with \
                 StringEquals, or require a protected environment."
            ),
        );
    }
}
