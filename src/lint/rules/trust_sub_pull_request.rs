//! Pull-request subjects on a role that can push.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-pull-request",
        summary: "A sub value admits pull_request tokens on a role that can push images",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    if !cx.ctx.can_push() {
        return;
    }
    for sv in &cx.subs {
        if sv.narrowed_by_sub {
            continue;
        }
        // Broader values are reported by their own rule, which names pull requests too.
        if !sv.subject.admits_pull_request || sv.subject.reach.is_broad() {
            continue;
        }
        let (_, c, v) = cx.sub_parts(sv);
        let repo = sv
            .subject
            .repo
            .as_ref()
            .map(|r| r.name())
            .unwrap_or_default();
        out.at(
            &v.ptr,
            format!(
                "{} {}{} admits pull request runs of {repo}: every pull request from a branch of \
                 the repository gets the same subject repo:{repo}:pull_request, so unreviewed \
                 code can push images with this role.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            ),
            "Remove the pull_request subject from this push role; if pull requests need AWS, give \
             them a separate role with read-only permissions.",
        );
    }
}
