//! What the rules know about GitHub's tokens, IAM's operators and ECR, with the domain-facts
//! source of each list. Kept apart from the rules so every rule reads the same facts.

use crate::iam::eval::issuer_host_path;

/// The claims GitHub documents for Actions OIDC tokens (domain facts §3.3, [S11][S14]).
/// `repo_property_*` custom-property claims are matched by prefix.
pub const GITHUB_CLAIMS: &[&str] = &[
    "aud",
    "iss",
    "sub",
    "exp",
    "iat",
    "jti",
    "nbf",
    "actor",
    "actor_id",
    "base_ref",
    "check_run_id",
    "enterprise",
    "enterprise_id",
    "environment",
    "event_name",
    "head_ref",
    "job_workflow_ref",
    "job_workflow_sha",
    "ref",
    "ref_type",
    "repository",
    "repository_id",
    "repository_owner",
    "repository_owner_id",
    "repository_visibility",
    "run_id",
    "run_number",
    "run_attempt",
    "runner_environment",
    "workflow",
    "workflow_ref",
    "workflow_sha",
];

/// Whether `claim` is a GitHub Actions token claim (case-insensitive, as IAM key names are).
pub fn is_github_claim(claim: &str) -> bool {
    let lower = claim.to_ascii_lowercase();
    GITHUB_CLAIMS.contains(&lower.as_str())
        || lower
            .strip_prefix("repo_property_")
            .is_some_and(|rest| !rest.is_empty())
}

/// Claims that third-party summaries of AWS's 2026 launch report as usable trust-policy keys
/// (domain facts §2.6, [S27]). The authoritative AWS list was not read, so all of these are
/// unconfirmed [?]. `aud`, `sub` and `job_workflow_ref` are left out: IAM's own create-time
/// error message names `sub` and `job_workflow_ref` ([S29]), and `aud`/`sub` always worked.
pub const REPORTED_AWS_CLAIMS: &[&str] = &[
    "actor",
    "actor_id",
    "repository",
    "repository_id",
    "repository_owner",
    "repository_owner_id",
    "workflow",
    "ref",
    "environment",
    "enterprise_id",
    "runner_environment",
];

/// Audiences that `configure-aws-credentials` sends: the default, and the one China needs
/// (domain facts §1.2, [S1][S2][S12]).
pub const AUD_COMMERCIAL: &str = "sts.amazonaws.com";
pub const AUD_CHINA: &str = "sts.amazonaws.com.cn";

/// The action a Federated principal needs (domain facts §2.1).
pub const WEB_IDENTITY_ACTION: &str = "sts:AssumeRoleWithWebIdentity";

/// Pushing an image ([S26]): the set the permission-policy generator grants.
pub use crate::generate::permission::PUSH_ACTIONS as ECR_PUSH_ACTIONS;

pub const ECR_AUTH_ACTION: &str = "ecr:GetAuthorizationToken";

/// ECR actions a push role does not need and that change or remove repositories, images or the
/// registry's configuration. Not the full ECR action list: wildcards are judged by whether they
/// reach one of these (or leave the service).
pub const ECR_SENSITIVE_ACTIONS: &[&str] = &[
    "ecr:BatchDeleteImage",
    "ecr:DeleteRepository",
    "ecr:DeleteRepositoryPolicy",
    "ecr:SetRepositoryPolicy",
    "ecr:DeleteLifecyclePolicy",
    "ecr:PutLifecyclePolicy",
    "ecr:PutImageTagMutability",
    "ecr:PutImageScanningConfiguration",
    "ecr:PutRegistryPolicy",
    "ecr:DeleteRegistryPolicy",
    "ecr:PutRegistryScanningConfiguration",
    "ecr:PutReplicationConfiguration",
    "ecr:ReplicateImage",
    "ecr:CreatePullThroughCacheRule",
    "ecr:DeletePullThroughCacheRule",
    "ecr:CreateRepositoryCreationTemplate",
    "ecr:DeleteRepositoryCreationTemplate",
    "ecr:UpdateRepositoryCreationTemplate",
    "ecr:UntagResource",
];

/// Which kind of GitHub issuer a provider host/path belongs to (domain facts §1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssuerKind {
    /// `token.actions.githubusercontent.com`
    GitHubCom,
    /// `token.actions.githubusercontent.com/<slug>`
    EnterpriseSlug,
    /// `token.actions.<sub>.ghe.com` (optionally `/<sub>`)
    GheCom,
    /// `<host>/_services/token`
    Server,
    /// `vstoken.actions.githubusercontent.com`, the pre-GA issuer (2021).
    Legacy,
}

/// Recognises a GitHub issuer by its host/path (no scheme), case-insensitively.
pub fn github_issuer(host_path: &str) -> Option<IssuerKind> {
    let lower = host_path.to_ascii_lowercase();
    let (host, path) = match lower.split_once('/') {
        Some((h, p)) => (h, Some(p)),
        None => (lower.as_str(), None),
    };
    if host == "vstoken.actions.githubusercontent.com" {
        return Some(IssuerKind::Legacy);
    }
    if host == "token.actions.githubusercontent.com" {
        return Some(match path {
            None | Some("") => IssuerKind::GitHubCom,
            Some(_) => IssuerKind::EnterpriseSlug,
        });
    }
    if host.starts_with("token.actions.") && host.ends_with(".ghe.com") {
        return Some(IssuerKind::GheCom);
    }
    if path == Some("_services/token") {
        return Some(IssuerKind::Server);
    }
    None
}

/// Whether a condition-key prefix looks like it was meant for a GitHub issuer, even if it is
/// misspelt (`token.actions.githubusercontent:sub`, `https://token.actions...`).
pub fn looks_like_github_prefix(prefix: &str) -> bool {
    let lower = prefix.to_ascii_lowercase();
    lower.contains("token.actions")
        || lower.contains("githubusercontent")
        || lower.ends_with(".ghe.com")
        || lower.contains("_services/token")
}

/// Splits a condition key into (prefix, claim) at the last `:`; IAM key names never contain a
/// `:` in the claim part, while a mistaken `https://` prefix does contain one.
pub fn split_key(key: &str) -> Option<(&str, &str)> {
    key.rsplit_once(':')
}

/// A parsed `arn:<partition>:iam::<account>:oidc-provider/<host/path>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderArn {
    pub partition: String,
    pub account: String,
    pub host_path: String,
}

/// Parses an OIDC provider ARN; `Err` says what is wrong with it.
pub fn parse_provider_arn(text: &str) -> Result<ProviderArn, String> {
    let Some(rest) = text.strip_prefix("arn:") else {
        return Err(
            "it is not an ARN; a Federated principal names the provider as \
             arn:aws:iam::ACCOUNT:oidc-provider/HOST"
                .to_owned(),
        );
    };
    let parts: Vec<&str> = rest.splitn(5, ':').collect();
    let [partition, service, region, account, resource] = parts.as_slice() else {
        return Err("it does not have the six colon-separated parts of an ARN".to_owned());
    };
    if !is_partition(partition) {
        return Err(format!("\"{partition}\" is not an AWS partition"));
    }
    if *service != "iam" {
        return Err(format!(
            "the service is \"{service}\"; OIDC providers are IAM resources (arn:{partition}:iam::...)"
        ));
    }
    if !region.is_empty() {
        return Err(format!(
            "IAM ARNs have no region, but this one has \"{region}\""
        ));
    }
    if !is_account_id(account) {
        return Err(format!("the account \"{account}\" is not 12 digits"));
    }
    let Some(host_path) = resource.strip_prefix("oidc-provider/") else {
        return Err(format!(
            "the resource is \"{resource}\", not oidc-provider/HOST"
        ));
    };
    if host_path.contains("://") {
        return Err(format!(
            "the provider name \"{host_path}\" includes a URL scheme; IAM names providers \
             without https://"
        ));
    }
    if host_path.is_empty() || host_path.ends_with('/') {
        return Err(format!(
            "the provider name \"{host_path}\" is empty or ends with /"
        ));
    }
    Ok(ProviderArn {
        partition: (*partition).to_owned(),
        account: (*account).to_owned(),
        host_path: host_path.to_owned(),
    })
}

/// `aws`, `aws-cn`, `aws-us-gov` and the isolated partitions (`aws-iso`, `aws-iso-b`, ...).
pub fn is_partition(text: &str) -> bool {
    text == "aws"
        || text.strip_prefix("aws-").is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// Exactly 12 ASCII digits (ECR `RegistryId` pattern, domain facts §3.6).
pub fn is_account_id(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The issuer the context names, normalised to host/path.
pub fn normalise_issuer(text: &str) -> String {
    issuer_host_path(text).to_ascii_lowercase()
}

pub use crate::iam::operator::{Base, Operator, SetQualifier};

/// Whether the value has an unescaped `*` or `?` (policy variables `${*}`, `${?}` are literal).
pub fn has_raw_wildcard(value: &str) -> bool {
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("${*}") || rest.starts_with("${?}") || rest.starts_with("${$}") {
            rest = &rest[4..];
            continue;
        }
        if c == '*' || c == '?' {
            return true;
        }
        rest = &rest[c.len_utf8()..];
    }
    false
}

/// A GitHub owner (user or organisation) name: ASCII letters, digits and `-` (domain facts
/// §3.6, [S32]). Length and hyphen placement are not checked: legacy names vary.
pub fn valid_owner_chars(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A repository name: ASCII letters, digits, `-`, `_`, `.` (domain facts §3.6, [S32]).
pub fn valid_repo_chars(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Why a branch or tag name cannot exist under git's check-ref-format rules (domain facts §3.6,
/// [S31]), or `None`.
pub fn ref_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("the name is empty".to_owned());
    }
    if let Some(c) = name
        .chars()
        .find(|c| c.is_ascii_control() || matches!(c, ' ' | '~' | '^' | ':' | '\\' | '['))
    {
        return Some(format!(
            "git does not allow {} in branch or tag names",
            describe_char(c)
        ));
    }
    if name.contains("..") {
        return Some("git does not allow \"..\" in branch or tag names".to_owned());
    }
    if name.contains("@{") {
        return Some("git does not allow \"@{\" in branch or tag names".to_owned());
    }
    if name.starts_with('/') || name.ends_with('/') || name.contains("//") {
        return Some("git does not allow a leading, trailing or doubled \"/\"".to_owned());
    }
    if name.ends_with('.') || name.ends_with(".lock") {
        return Some("git does not allow a name ending with \".\" or \".lock\"".to_owned());
    }
    if name.split('/').any(|part| part.starts_with('.')) {
        return Some("git does not allow a path component starting with \".\"".to_owned());
    }
    if name == "@" {
        return Some("git does not allow the name \"@\"".to_owned());
    }
    None
}

fn describe_char(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        c if c.is_ascii_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("\"{c}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lint_facts_recognise_issuers() {
        assert_eq!(
            github_issuer("token.actions.githubusercontent.com"),
            Some(IssuerKind::GitHubCom)
        );
        assert_eq!(
            github_issuer("token.actions.githubusercontent.com/jamf"),
            Some(IssuerKind::EnterpriseSlug)
        );
        assert_eq!(
            github_issuer("token.actions.octocorp.ghe.com"),
            Some(IssuerKind::GheCom)
        );
        assert_eq!(
            github_issuer("ghe.example.com/_services/token"),
            Some(IssuerKind::Server)
        );
        assert_eq!(
            github_issuer("vstoken.actions.githubusercontent.com"),
            Some(IssuerKind::Legacy)
        );
        assert_eq!(github_issuer("accounts.google.com"), None);
    }

    #[test]
    fn lint_facts_parse_provider_arns() {
        let ok = parse_provider_arn(
            "arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
        );
        assert_eq!(
            ok.map(|p| (p.partition, p.account)),
            Ok(("aws-cn".to_owned(), "123456789012".to_owned()))
        );
        for bad in [
            "token.actions.githubusercontent.com",
            "arn:aws:iam::12345:oidc-provider/token.actions.githubusercontent.com",
            "arn:aws:iam::123456789012:oidc-provider/https://token.actions.githubusercontent.com",
            "arn:aws:sts::123456789012:oidc-provider/x",
            "arn:aws:iam::123456789012:saml-provider/x",
        ] {
            assert!(parse_provider_arn(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lint_facts_operators_and_wildcards() {
        let op = Operator::parse("ForAllValues:stringlikeIfExists");
        assert_eq!(op.set, Some(SetQualifier::ForAllValues));
        assert_eq!(op.base, Base::StringLike);
        assert!(op.if_exists);
        assert!(has_raw_wildcard("repo:o/*"));
        assert!(!has_raw_wildcard("repo:o/${*}"));
        assert!(ref_name_problem("main ").is_some());
        assert!(ref_name_problem("feat/$(x){y}").is_none());
    }
}
