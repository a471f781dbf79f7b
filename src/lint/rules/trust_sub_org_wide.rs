//! A `sub` value that admits every repository of one owner.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-org-wide",
        summary: "A sub value admits every repository of an owner (repo:ORG/*, or a template of \
                  only repository_owner)",
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
        let Reach::OrgWide {
            owner,
            repo_pattern,
        } = &sv.subject.reach
        else {
            continue;
        };
        let (_, c, v) = cx.sub_parts(sv);
        let which = if repo_pattern == "*" {
            format!("every repository of {owner}")
        } else {
            format!(
                "every repository of {owner} whose name matches {}",
                quote(repo_pattern)
            )
        };
        out.at(
            &v.ptr,
            format!(
                "{} {}{} admits {which}, including repositories created later, every branch and \
                 their pull requests: anyone who can create or push to such a repository can \
                 assume this role.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            ),
            format!(
                "Name the repository and branch: \"repo:{owner}/REPO:ref:refs/heads/BRANCH\" with \
                 StringEquals (list several values for several repositories)."
            ),
        );
    }
}
