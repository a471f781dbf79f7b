//! A `sub` value that admits repositories of any owner.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-any-repo",
        summary: "A sub value admits repositories of any owner (*, repo:*, repo:*/*, a wildcard \
                  in the owner)",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for sv in &cx.subs {
        if sv.repo_narrowed() {
            continue;
        }
        let Reach::AnyRepo { owner_pattern } = &sv.subject.reach else {
            continue;
        };
        let (_, c, v) = cx.sub_parts(sv);
        let what = match owner_pattern {
            Some(p) => format!("any repository whose owner matches {}", quote(p)),
            None => "any repository on GitHub".to_owned(),
        };
        out.at(
            &v.ptr,
            format!(
                "{} {}{} admits {what}: a workflow in a repository you do not control can assume \
                 this role.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            ),
            "Name the owner and repository: \"repo:OWNER/REPO:ref:refs/heads/BRANCH\" with \
             StringEquals.",
        );
    }
}
