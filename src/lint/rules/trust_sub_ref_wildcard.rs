//! A wildcard inside a branch, tag or environment name.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-ref-wildcard",
        summary: "A sub value uses a wildcard inside a branch, tag or environment name \
                  (refs/heads/main*, refs/tags/v*, environment:*)",
        severity: Severity::Warning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for sv in &cx.subs {
        if sv.narrowed_by_sub {
            continue;
        }
        let Reach::Pattern { kind, pattern, any } = &sv.subject.reach else {
            continue;
        };
        let (_, c, v) = cx.sub_parts(sv);
        let repo = sv
            .subject
            .repo
            .as_ref()
            .map(|r| r.name())
            .unwrap_or_default();
        let (what, who) = match (kind, any) {
            (PatternKind::Branch, _) => (
                format!("branches of {repo} matching {}", quote(pattern)),
                "anyone who can push a branch with a matching name (main* also matches main-test)",
            ),
            (PatternKind::Tag, true) => {
                (format!("every tag of {repo}"), "anyone who can push a tag")
            }
            (PatternKind::Tag, false) => (
                format!("tags of {repo} matching {}", quote(pattern)),
                "anyone who can push a matching tag",
            ),
            (PatternKind::Environment, true) => (
                format!("jobs using any environment of {repo}"),
                "any job that names an environment, so the role is only as safe as the \
                 weakest environment's protection rules",
            ),
            (PatternKind::Environment, false) => (
                format!("environments of {repo} matching {}", quote(pattern)),
                "any job that names a matching environment",
            ),
            (PatternKind::Other, _) => (
                format!("subjects of {repo} matching {}", quote(&v.text)),
                "any job whose subject happens to match",
            ),
        };
        out.at(
            &v.ptr,
            format!(
                "{} {}{} admits {what}: {who} can assume this role.{}{}",
                c.op_text,
                quote(&v.text),
                position(v),
                hidden_note(v),
                deny_note(cx)
            ),
            "Prefer exact names with StringEquals; if a pattern is needed, protect every \
             matching branch or tag with a ruleset, or use an environment with required reviewers.",
        );
    }
}
