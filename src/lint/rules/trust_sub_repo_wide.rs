//! A `sub` value that admits every context (branch, tag, environment, pull request) of a
//! repository.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-repo-wide",
        summary: "A sub value admits every branch, tag, environment and pull request of a \
                  repository (repo:OWNER/REPO:*)",
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
        let Reach::RepoWide { repo_only } = sv.subject.reach else {
            continue;
        };
        let (_, c, v) = cx.sub_parts(sv);
        let repo = sv
            .subject
            .repo
            .as_ref()
            .map(|r| r.name())
            .unwrap_or_default();
        let message = if repo_only {
            format!(
                "{} {}{} has nothing after the repository: GitHub's default subject always \
                 continues with :ref:, :environment: or :pull_request, so either no token matches \
                 or a customized template with only \"repo\" gives every job of {repo}, pull \
                 requests included, this subject.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            )
        } else {
            format!(
                "{} {}{} admits every branch, tag, environment and pull request of {repo}: anyone \
                 who can push a branch or open a pull request there can assume this role.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            )
        };
        out.at(
            &v.ptr,
            message,
            format!(
                "Name the branch (\"repo:{repo}:ref:refs/heads/main\") or a protected environment \
                 (\"repo:{repo}:environment:production\") with StringEquals."
            ),
        );
    }
}
