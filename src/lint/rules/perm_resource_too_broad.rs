//! Push actions on `*` or on a wildcard repository ARN.

use super::prelude::*;
use super::{actions, parse_ecr_arn, resources};
use crate::iam::eval::action_matches;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-resource-too-broad",
        summary: "Actions other than ecr:GetAuthorizationToken are allowed on \"*\" or on a \
                  wildcard repository ARN",
        severity: Severity::SecurityWarning,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        let acts = actions(st);
        let beyond_auth = st.st.not_action.is_some()
            || acts.iter().any(|(a, _)| {
                !(a.eq_ignore_ascii_case(facts::ECR_AUTH_ACTION))
                    && (facts::has_raw_wildcard(a)
                        || a.split_once(':')
                            .is_some_and(|(s, _)| s.eq_ignore_ascii_case("ecr")))
            });
        if !beyond_auth {
            continue;
        }
        let grants_auth = acts
            .iter()
            .any(|(a, _)| action_matches(a, facts::ECR_AUTH_ACTION));
        if st.st.not_resource.is_some() {
            out.at(
                &st.ptr.key("NotResource"),
                format!(
                    "statement {} allows its actions on every resource except the listed ones \
                     (NotResource).",
                    st.index
                ),
                "Replace NotResource with the repository ARN.",
            );
        }
        for (resource, ptr) in resources(st) {
            let what = if resource == "*" {
                "every repository in every region and account the role can reach".to_owned()
            } else {
                match parse_ecr_arn(resource) {
                    Ok(Some(arn))
                        if facts::has_raw_wildcard(arn.region)
                            || facts::has_raw_wildcard(arn.account)
                            || facts::has_raw_wildcard(arn.name) =>
                    {
                        format!("every repository matching {}", quote(resource))
                    }
                    _ => continue,
                }
            };
            let split = if grants_auth && resource == "*" {
                " Keep ecr:GetAuthorizationToken on \"*\" in a statement of its own."
            } else {
                ""
            };
            out.at(
                &ptr,
                format!(
                    "statement {} allows push actions on {what}, not one repository: a workflow \
                     can overwrite images in repositories it does not own.{split}",
                    st.index
                ),
                "Use the repository's ARN, arn:aws:ecr:REGION:ACCOUNT:repository/NAME, as \
                 Resource for the push actions.",
            );
        }
    }
}
