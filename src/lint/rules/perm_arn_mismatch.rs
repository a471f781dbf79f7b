//! A repository ARN in another partition, region or account, or naming another repository.

use super::prelude::*;
use super::{parse_ecr_arn, resources};

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-arn-mismatch",
        summary: "A repository ARN's partition, region, account or name differs from the \
                  expected repository",
        severity: Severity::Error,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let ctx = cx.ctx;
    for st in cx.statements.iter().filter(|s| s.is_allow()) {
        for (resource, ptr) in resources(st) {
            let Ok(Some(arn)) = parse_ecr_arn(resource) else {
                continue;
            };
            let mut wrong = Vec::new();
            let mut check = |label: &str, got: &str, want: Option<&String>| {
                if let Some(want) = want
                    && !facts::has_raw_wildcard(got)
                    && got != want
                {
                    wrong.push(format!("{label} {} instead of {}", quote(got), quote(want)));
                }
            };
            check("partition", arn.partition, ctx.partition.as_ref());
            check("region", arn.region, ctx.region.as_ref());
            let registry = ctx.registry_account.as_ref().or(ctx.account_id.as_ref());
            check("account", arn.account, registry);
            if !ctx.more_ecr_repositories.iter().any(|r| r == arn.name) {
                check("repository", arn.name, ctx.ecr_repository.as_ref());
            }
            if wrong.is_empty() {
                continue;
            }
            let want = format!(
                "arn:{}:ecr:{}:{}:repository/{}",
                ctx.partition.as_deref().unwrap_or(arn.partition),
                ctx.region.as_deref().unwrap_or(arn.region),
                registry.map_or(arn.account, String::as_str),
                ctx.ecr_repository.as_deref().unwrap_or(arn.name)
            );
            out.at(
                &ptr,
                format!(
                    "repository ARN {} has {}: pushes to the intended repository are denied \
                     (\"not authorized to perform: ecr:InitiateLayerUpload on resource ...\").",
                    quote(resource),
                    wrong.join(", ")
                ),
                format!("Write {want}."),
            );
        }
    }
}
