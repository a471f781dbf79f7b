//! The rule registry. Each rule is one file in `rules/` holding its metadata and its check;
//! adding a rule means: the file, a line in [`REGISTRY`], fixtures under `tests/lint/<code>/`
//! and a section in `docs/rules.md` (the tests fail until all four exist).

use crate::diag::{Diagnostic, Location};
use crate::generate::Artifact;

use super::pointer::Pointer;
use super::view::Cx;
use super::{PolicyKind, RuleMeta};

mod perm_action_beyond_push;
mod perm_action_not_ecr;
mod perm_action_wildcard;
mod perm_arn_mismatch;
mod perm_auth_token_scoped;
mod perm_missing_push_action;
mod perm_resource_malformed;
mod perm_resource_too_broad;
mod policy_character_set;
mod policy_version;
mod trust_action_mismatch;
mod trust_aud_missing;
mod trust_aud_unusual;
mod trust_claim_key_unconfirmed;
mod trust_condition_key_unknown;
mod trust_for_all_values;
mod trust_for_any_value;
mod trust_legacy_issuer;
mod trust_no_github_provider;
mod trust_provider_invalid;
mod trust_provider_mismatch;
mod trust_size_limit;
mod trust_string_like_no_wildcard;
mod trust_sub_any_branch;
mod trust_sub_any_repo;
mod trust_sub_case_mismatch;
mod trust_sub_environment_colon;
mod trust_sub_form_mismatch;
mod trust_sub_missing;
mod trust_sub_org_wide;
mod trust_sub_pull_request;
mod trust_sub_ref_wildcard;
mod trust_sub_repo_wide;
mod trust_sub_unmintable;
mod trust_wildcard_in_string_equals;
mod trust_wildcard_principal;

/// What every rule file imports.
pub(crate) mod prelude {
    pub(crate) use super::{Emit, Rule};
    pub(crate) use crate::diag::Severity;
    pub(crate) use crate::lint::facts;
    pub(crate) use crate::lint::node::quote;
    pub(crate) use crate::lint::pointer::Pointer;
    pub(crate) use crate::lint::subject::{PatternKind, Reach};
    pub(crate) use crate::lint::view::{Cx, deny_note, hidden_note, position};
    pub(crate) use crate::lint::{AppliesTo, RuleMeta};
}

/// A rule: its metadata and its check.
pub(crate) struct Rule {
    pub meta: RuleMeta,
    pub check: fn(&Cx<'_>, &mut Emit<'_>),
}

/// Collects one rule's findings; code and severity come from the rule's metadata, so a rule
/// cannot report under another code.
pub(crate) struct Emit<'a> {
    meta: RuleMeta,
    artifact: Artifact,
    out: &'a mut Vec<Diagnostic>,
}

impl Emit<'_> {
    pub(crate) fn at(
        &mut self,
        ptr: &Pointer,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.out.push(Diagnostic {
            code: self.meta.code,
            severity: self.meta.severity,
            artifact: Some(self.artifact),
            location: Location::Pointer {
                pointer: ptr.as_str().to_owned(),
            },
            message: message.into(),
            help: help.into(),
        });
    }
}

/// Every rule, trust rules first, then permission rules, then rules for both.
pub(crate) const REGISTRY: &[&Rule] = &[
    &trust_sub_missing::RULE,
    &trust_sub_any_repo::RULE,
    &trust_sub_org_wide::RULE,
    &trust_sub_repo_wide::RULE,
    &trust_sub_any_branch::RULE,
    &trust_sub_ref_wildcard::RULE,
    &trust_sub_pull_request::RULE,
    &trust_wildcard_in_string_equals::RULE,
    &trust_for_all_values::RULE,
    &trust_for_any_value::RULE,
    &trust_aud_missing::RULE,
    &trust_aud_unusual::RULE,
    &trust_no_github_provider::RULE,
    &trust_provider_invalid::RULE,
    &trust_provider_mismatch::RULE,
    &trust_legacy_issuer::RULE,
    &trust_action_mismatch::RULE,
    &trust_sub_unmintable::RULE,
    &trust_sub_environment_colon::RULE,
    &trust_condition_key_unknown::RULE,
    &trust_claim_key_unconfirmed::RULE,
    &trust_sub_form_mismatch::RULE,
    &trust_sub_case_mismatch::RULE,
    &trust_size_limit::RULE,
    &trust_wildcard_principal::RULE,
    &trust_string_like_no_wildcard::RULE,
    &perm_action_not_ecr::RULE,
    &perm_action_wildcard::RULE,
    &perm_action_beyond_push::RULE,
    &perm_resource_too_broad::RULE,
    &perm_auth_token_scoped::RULE,
    &perm_missing_push_action::RULE,
    &perm_arn_mismatch::RULE,
    &perm_resource_malformed::RULE,
    &policy_version::RULE,
    &policy_character_set::RULE,
];

/// Runs every rule that applies to the policy's kind.
pub(crate) fn run(cx: &Cx<'_>) -> Vec<Diagnostic> {
    let artifact = match cx.kind {
        PolicyKind::Trust => Artifact::TrustPolicy,
        PolicyKind::Permission => Artifact::PermissionPolicy,
    };
    let mut out = Vec::new();
    for rule in REGISTRY {
        if !rule.meta.applies_to.covers(cx.kind) {
            continue;
        }
        let mut emit = Emit {
            meta: rule.meta,
            artifact,
            out: &mut out,
        };
        (rule.check)(cx, &mut emit);
    }
    out
}

/// The condition-key prefix a statement's GitHub keys should use: its provider's host/path, or
/// github.com's.
pub(crate) fn key_prefix(st: &super::view::Stmt<'_>) -> String {
    st.github_providers()
        .find_map(|f| f.parsed.as_ref().ok().map(|p| p.host_path.clone()))
        .unwrap_or_else(|| crate::input::ISSUER_HOST.to_owned())
}

/// The statement's `Action` values with their pointers.
pub(crate) fn actions<'s>(st: &'s super::view::Stmt<'_>) -> Vec<(&'s str, Pointer)> {
    list(st, st.st.action.as_ref(), "Action")
}

/// The statement's `Resource` values with their pointers.
pub(crate) fn resources<'s>(st: &'s super::view::Stmt<'_>) -> Vec<(&'s str, Pointer)> {
    list(st, st.st.resource.as_ref(), "Resource")
}

fn list<'s>(
    st: &super::view::Stmt<'_>,
    values: Option<&'s crate::iam::policy::OneOrMany<String>>,
    element: &str,
) -> Vec<(&'s str, Pointer)> {
    let Some(values) = values else {
        return Vec::new();
    };
    let at = st.ptr.key(element);
    values
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), at.item(values.is_list(), i)))
        .collect()
}

/// A parsed `arn:PARTITION:ecr:REGION:ACCOUNT:repository/NAME`.
pub(crate) struct EcrArn<'a> {
    pub partition: &'a str,
    pub region: &'a str,
    pub account: &'a str,
    pub name: &'a str,
}

/// Parses an ECR repository ARN; `Err` says what is wrong. `Ok(None)`: not an ECR ARN at all.
pub(crate) fn parse_ecr_arn(text: &str) -> Result<Option<EcrArn<'_>>, String> {
    let Some(rest) = text.strip_prefix("arn:") else {
        return Err("it is neither \"*\" nor an ARN".to_owned());
    };
    let parts: Vec<&str> = rest.splitn(5, ':').collect();
    let [partition, service, region, account, resource] = parts.as_slice() else {
        return Err("it does not have the six colon-separated parts of an ARN".to_owned());
    };
    if *service != "ecr" {
        return Ok(None);
    }
    let Some(name) = resource.strip_prefix("repository/") else {
        return Err(format!(
            "the resource part is \"{resource}\", not repository/NAME"
        ));
    };
    Ok(Some(EcrArn {
        partition,
        region,
        account,
        name,
    }))
}
