//! A wildcard action (or NotAction) that grants more than pushing.

use super::actions;
use super::prelude::*;
use crate::iam::eval::action_matches;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-action-wildcard",
        summary: "A wildcard action (*, ecr:*, ecr:Put*...) or NotAction grants more than \
                  pushing images",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        if st.st.not_action.is_some() {
            out.at(
                &st.ptr.key("NotAction"),
                format!(
                    "statement {} allows NotAction: every action of every service except the \
                     listed ones.",
                    st.index
                ),
                "Replace NotAction with the list of ECR push actions.",
            );
        }
        for (action, ptr) in actions(st) {
            if !facts::has_raw_wildcard(action) {
                continue;
            }
            let service = action.split_once(':').map_or(action, |(s, _)| s);
            let reached: Vec<&str> = facts::ECR_SENSITIVE_ACTIONS
                .iter()
                .copied()
                .filter(|a| action_matches(action, a))
                .collect();
            let message = if facts::has_raw_wildcard(service) {
                format!(
                    "action {} covers every service's actions, not only ECR's.",
                    quote(action)
                )
            } else if !reached.is_empty() {
                let shown: Vec<&str> = reached.iter().take(4).copied().collect();
                let more = if reached.len() > shown.len() {
                    ", ..."
                } else {
                    ""
                };
                format!(
                    "action {} also grants {}{more}, which a push role does not need (deleting \
                     repositories or images, changing repository or registry policies).",
                    quote(action),
                    shown.join(", ")
                )
            } else {
                continue;
            };
            out.at(
                &ptr,
                message,
                "List the push actions: ecr:BatchCheckLayerAvailability, \
                 ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, \
                 ecr:PutImage, ecr:BatchGetImage (plus ecr:GetDownloadUrlForLayer to pull).",
            );
        }
    }
}
