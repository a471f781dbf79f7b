//! An action of another service in the ECR push policy.

use super::actions;
use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-action-not-ecr",
        summary: "The permission policy allows an action of a service other than ECR",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        for (action, ptr) in actions(st) {
            let Some((service, _)) = action.split_once(':') else {
                if action != "*" {
                    out.at(
                        &ptr,
                        format!(
                            "action {} has no service prefix (service:Action), so it is not an \
                             ECR action.",
                            quote(action)
                        ),
                        "Allow only the ECR push actions (ecr:...).",
                    );
                }
                continue;
            };
            if facts::has_raw_wildcard(service) || service.eq_ignore_ascii_case("ecr") {
                continue;
            }
            out.at(
                &ptr,
                format!(
                    "action {} belongs to {service}, not ECR: a role that pushes images does not \
                     need it, and every workflow that can assume the role gets it.",
                    quote(action)
                ),
                "Remove it from this policy; give other permissions to a separate role.",
            );
        }
    }
}
