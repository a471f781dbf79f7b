//! A `sub` value GitHub can never issue (typos in the subject format).

use super::prelude::*;
use crate::lint::subject::Problem;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-sub-unmintable",
        summary: "A sub value can never be issued by GitHub (pull-request, refs/head/, a missing \
                  ref:, a bad owner or repository name...)",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for sv in &cx.subs {
        let (_, c, v) = cx.sub_parts(sv);
        // A literal * under StringEquals is trust-wildcard-in-string-equals's finding.
        if !c.op.wildcards() && facts::has_raw_wildcard(&v.text) {
            continue;
        }
        for problem in &sv.subject.problems {
            let Problem::Unmintable { reason, suggestion } = problem else {
                continue;
            };
            let help = match (suggestion, &sv.subject.repo) {
                (Some(s), Some(repo)) if !s.starts_with("repo:") => {
                    let written = if repo.immutable() {
                        format!(
                            "{}@{}/{}@{}",
                            repo.owner,
                            repo.owner_id.as_deref().unwrap_or_default(),
                            repo.repo,
                            repo.repo_id.as_deref().unwrap_or_default()
                        )
                    } else {
                        repo.name()
                    };
                    format!("Write \"repo:{written}:{s}\".")
                }
                (Some(s), _) => format!("Write \"{s}\"."),
                (None, _) => {
                    "Write the subject as GitHub does: repo:OWNER/REPO:ref:refs/heads/BRANCH, \
                              repo:OWNER/REPO:ref:refs/tags/TAG, repo:OWNER/REPO:environment:NAME \
                              or repo:OWNER/REPO:pull_request."
                        .to_owned()
                }
            };
            out.at(
                &v.ptr,
                format!(
                    "GitHub never issues the subject {}{}: {reason}, so this value never matches.",
                    quote(&v.text),
                    position(v)
                ),
                help,
            );
        }
    }
}
