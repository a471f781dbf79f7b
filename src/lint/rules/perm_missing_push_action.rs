//! Actions needed to push are not allowed.

use super::actions;
use super::prelude::*;
use crate::iam::eval::action_matches;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-missing-push-action",
        summary: "An action needed to push an image (AWS's push list plus \
                  ecr:GetAuthorizationToken) is not allowed",
        severity: Severity::Error,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    if !cx.ctx.can_push() {
        return;
    }
    let allowed = |needed: &str| {
        cx.statements
            .iter()
            .filter(|s| s.is_allow())
            .any(|s| match &s.st.not_action {
                Some(not) => !not.iter().any(|a| action_matches(a, needed)),
                None => actions(s).iter().any(|(a, _)| action_matches(a, needed)),
            })
    };
    let missing: Vec<&str> = std::iter::once(facts::ECR_AUTH_ACTION)
        .chain(facts::ECR_PUSH_ACTIONS)
        .filter(|a| !allowed(a))
        .collect();
    if missing.is_empty() {
        return;
    }
    out.at(
        &Pointer::root().key("Statement"),
        format!(
            "no Allow statement grants {}: docker push fails (the login step for \
             GetAuthorizationToken, the layer upload or the manifest put for the others).",
            missing.join(", ")
        ),
        "Allow ecr:GetAuthorizationToken on \"*\" and ecr:BatchCheckLayerAvailability, \
         ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, \
         ecr:BatchGetImage on the repository ARN.",
    );
}
