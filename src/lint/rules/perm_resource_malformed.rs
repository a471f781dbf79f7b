//! A resource in an ECR statement that is not "*" and not a repository ARN.

use super::prelude::*;
use super::{actions, parse_ecr_arn, resources};

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-resource-malformed",
        summary: "A resource of an ECR statement is neither \"*\" nor a well-formed \
                  arn:PARTITION:ecr:REGION:ACCOUNT:repository/NAME",
        severity: Severity::Error,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        let ecr = actions(st).iter().any(|(a, _)| {
            a.split_once(':')
                .is_some_and(|(s, _)| s.eq_ignore_ascii_case("ecr"))
        });
        if !ecr {
            continue;
        }
        for (resource, ptr) in resources(st) {
            if resource == "*" {
                continue;
            }
            let problem = match parse_ecr_arn(resource) {
                Err(p) => p,
                Ok(None) => "it is not an ECR ARN, so no ECR action ever applies to it".to_owned(),
                Ok(Some(arn)) => {
                    let wild = facts::has_raw_wildcard;
                    if !wild(arn.partition) && !facts::is_partition(arn.partition) {
                        format!("\"{}\" is not an AWS partition", arn.partition)
                    } else if arn.region.is_empty() {
                        "the region is empty".to_owned()
                    } else if !wild(arn.account) && !facts::is_account_id(arn.account) {
                        format!("the account \"{}\" is not 12 digits", arn.account)
                    } else if arn.name.is_empty() {
                        "the repository name is empty".to_owned()
                    } else {
                        continue;
                    }
                }
            };
            out.at(
                &ptr,
                format!(
                    "resource {} is not a repository ARN: {problem}; ECR actions never match it.",
                    quote(resource)
                ),
                "Write arn:aws:ecr:REGION:ACCOUNT:repository/NAME (and \"*\" only for \
                 ecr:GetAuthorizationToken).",
            );
        }
    }
}
