//! An ECR action a push role does not need and that changes or deletes things.

use super::actions;
use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-action-beyond-push",
        summary: "The permission policy allows an ECR action that deletes or reconfigures \
                  repositories, which pushing does not need",
        severity: Severity::Warning,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        for (action, ptr) in actions(st) {
            if facts::has_raw_wildcard(action) {
                continue;
            }
            let Some(known) = facts::ECR_SENSITIVE_ACTIONS
                .iter()
                .find(|a| a.eq_ignore_ascii_case(action))
            else {
                continue;
            };
            out.at(
                &ptr,
                format!(
                    "{known} is not needed to push images, and it lets every workflow that can \
                     assume the role delete or reconfigure repositories, images or registry \
                     settings."
                ),
                "Remove it; keep administrative ECR actions on a role people use, not on CI.",
            );
        }
    }
}
