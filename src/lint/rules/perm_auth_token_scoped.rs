//! GetAuthorizationToken allowed only on a repository ARN: it needs `*`.

use super::prelude::*;
use super::{actions, resources};
use crate::iam::eval::action_matches;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "perm-auth-token-scoped",
        summary: "ecr:GetAuthorizationToken is allowed only on a repository ARN; it has no \
                  resource type and needs \"*\"",
        severity: Severity::Error,
        applies_to: AppliesTo::Permission,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let granting: Vec<_> = cx
        .statements
        .iter()
        .filter(|s| s.is_allow())
        .filter(|s| {
            actions(s)
                .iter()
                .any(|(a, _)| action_matches(a, facts::ECR_AUTH_ACTION))
        })
        .collect();
    let on_star = granting
        .iter()
        .any(|s| s.st.not_resource.is_some() || resources(s).iter().any(|(r, _)| *r == "*"));
    if granting.is_empty() || on_star {
        return;
    }
    // Point at the first resource of the statement that names the action itself, if any.
    let named = granting.iter().find(|s| {
        actions(s)
            .iter()
            .any(|(a, _)| a.eq_ignore_ascii_case(facts::ECR_AUTH_ACTION))
    });
    let Some(st) = named.or(granting.first()) else {
        return;
    };
    let res = resources(st);
    let (shown, ptr) = match res.first() {
        Some((r, p)) => (quote(r), p.clone()),
        None => ("no resource".to_owned(), st.ptr.clone()),
    };
    out.at(
        &ptr,
        format!(
            "ecr:GetAuthorizationToken is allowed only on {shown}: the action has no resource \
             type, so IAM matches it only against \"*\" and the login step fails with \"not \
             authorized to perform: ecr:GetAuthorizationToken\"."
        ),
        "Add a statement { \"Effect\": \"Allow\", \"Action\": \"ecr:GetAuthorizationToken\", \
         \"Resource\": \"*\" }.",
    );
}
