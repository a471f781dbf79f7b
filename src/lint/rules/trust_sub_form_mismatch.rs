//! Name-form subjects for a repository that uses the immutable form, or the reverse.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-form-mismatch",
        summary: "The sub values use the name form (OWNER/REPO) while the repository uses the \
                  immutable form (OWNER@ID/REPO@ID), or the reverse",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let Some(want_immutable) = cx.ctx.immutable_subject else {
        return;
    };
    for (si, _) in cx.statements.iter().enumerate() {
        let named: Vec<_> = cx
            .subs
            .iter()
            .filter(|s| s.stmt == si)
            .filter_map(|s| s.subject.repo.as_ref().map(|r| (s, r)))
            .collect();
        if named.is_empty() || named.iter().any(|(_, r)| r.immutable() == want_immutable) {
            continue;
        }
        for (sv, repo) in named {
            let (_, c, v) = cx.sub_parts(sv);
            let (message, help) = if want_immutable {
                (
                    format!(
                        "{} {}{} uses the name form repo:{}, but this repository's tokens carry \
                         the immutable form repo:{}@OWNER_ID/{}@REPO_ID (repositories created, \
                         renamed or transferred after 15 July 2026, or opted in), so it never \
                         matches.",
                        c.op_text,
                        quote(&v.text),
                        position(v),
                        repo.name(),
                        repo.owner,
                        repo.repo
                    ),
                    format!(
                        "Write repo:{}@OWNER_ID/{}@REPO_ID:... (IDs from GET /repos/{}: owner.id \
                         and id), or list both forms during the transition.",
                        repo.owner,
                        repo.repo,
                        repo.name()
                    ),
                )
            } else {
                (
                    format!(
                        "{} {}{} uses the immutable form, but this repository's tokens still carry \
                         the name form repo:{}:..., so it never matches.",
                        c.op_text,
                        quote(&v.text),
                        position(v),
                        repo.name()
                    ),
                    format!(
                        "Write repo:{}:..., or list both forms until the repository switches.",
                        repo.name()
                    ),
                )
            };
            out.at(&v.ptr, message, help);
        }
    }
}
