//! The trust policy is longer than the role trust policy quota.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-size-limit",
        summary: "The trust policy is longer than the role trust policy length quota (2,048 by \
                  default, up to 4,096)",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let length = cx.node.to_json().chars().count();
    let limit = cx.ctx.trust_policy_limit();
    if length <= limit {
        return;
    }
    let raise = if limit < crate::lint::TRUST_POLICY_MAX_LIMIT {
        " or ask for a higher \"Role trust policy length\" quota (up to 4,096)"
    } else {
        ""
    };
    out.at(
        &Pointer::root(),
        format!(
            "the trust policy is {length} characters without whitespace, over the quota of \
             {limit}: CreateRole / UpdateAssumeRolePolicy fail with \"LimitExceeded: Cannot exceed \
             quota for ACLSizePerRole\". How IAM counts (whitespace excluded, escapes) is not \
             confirmed [?], so policies near the limit may differ by a few characters."
        ),
        format!("Shorten the policy (fewer sub values, or one role per repository){raise}."),
    );
}
