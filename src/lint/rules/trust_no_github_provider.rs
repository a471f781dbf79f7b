//! No statement trusts a GitHub OIDC provider.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-no-github-provider",
        summary: "No Allow statement names a GitHub Actions OIDC provider as Federated principal",
        severity: Severity::Error,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    if cx
        .statements
        .iter()
        .any(|s| s.is_allow() && s.github_providers().next().is_some())
    {
        return;
    }
    if cx.github_statements().next().is_some() {
        // A wildcard principal with GitHub keys: reported by trust-wildcard-principal.
        return;
    }
    let named: Vec<String> = cx
        .statements
        .iter()
        .filter(|s| s.is_allow())
        .flat_map(|s| match &s.st.principal {
            Some(crate::iam::policy::Principal::Wildcard(w)) => vec![w.clone()],
            Some(crate::iam::policy::Principal::Map(m)) => m
                .iter()
                .flat_map(|(k, vs)| vs.iter().map(move |v| format!("{k}: {v}")))
                .collect(),
            None => Vec::new(),
        })
        .collect();
    let names = if named.is_empty() {
        "no principal at all".to_owned()
    } else {
        named.join(", ")
    };
    let ptr = Pointer::root().key("Statement");
    out.at(
        &ptr,
        format!(
            "no Allow statement trusts a GitHub Actions OIDC provider (the policy names {names}), \
             so no workflow can assume this role."
        ),
        "Add a statement with \"Principal\": {\"Federated\": \
         \"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com\"} and \
         \"Action\": \"sts:AssumeRoleWithWebIdentity\".",
    );
}
