//! Small readers for values inside a workflow: which shell commands call AWS, literal access keys,
//! regions in registry hosts and scripts, what an expression names, which `GITHUB_TOKEN` scopes a
//! step evidently uses.

use std::collections::BTreeMap;

use serde::Serialize;

/// The AWS partition a region belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Partition {
    /// Commercial regions (`arn:aws:`).
    Aws,
    /// AWS GovCloud (US) (`arn:aws-us-gov:`).
    AwsUsGov,
    /// AWS China (`arn:aws-cn:`).
    AwsCn,
    /// The region is an expression Keyless cannot resolve.
    Unknown,
}

impl Partition {
    pub fn of_region(region: &str) -> Partition {
        if region.starts_with("us-gov-") {
            Partition::AwsUsGov
        } else if region.starts_with("cn-") {
            Partition::AwsCn
        } else if is_region_like(region) {
            Partition::Aws
        } else {
            Partition::Unknown
        }
    }

    /// The ARN partition string.
    pub fn arn(self) -> &'static str {
        match self {
            Partition::Aws | Partition::Unknown => "aws",
            Partition::AwsUsGov => "aws-us-gov",
            Partition::AwsCn => "aws-cn",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Partition::Aws => "AWS commercial",
            Partition::AwsUsGov => "AWS GovCloud (US)",
            Partition::AwsCn => "AWS China",
            Partition::Unknown => "unknown partition",
        }
    }
}

/// `xx-name-1`: lowercase letters, digits and dashes with at least two dashes.
pub(crate) fn is_region_like(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && s.matches('-').count() >= 2
        && s.ends_with(|c: char| c.is_ascii_digit())
}

/// What a value passed as a key reads from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Source {
    /// `secrets.NAME`, another expression's text, or `literal`.
    pub text: String,
    /// The secret or variable name when the value is exactly `${{ secrets.NAME }}` (or vars/env).
    pub name: Option<String>,
    /// Not an expression: the value itself is in the file.
    pub literal: bool,
    /// Chosen at run time (`matrix.`, `inputs.`, `secrets[...]`, `format(...)`).
    pub dynamic: bool,
}

/// The single `${{ ... }}` expression a value consists of, if it is exactly one.
pub(crate) fn sole_expression(value: &str) -> Option<&str> {
    let v = value.trim();
    let inner = v.strip_prefix("${{")?.strip_suffix("}}")?;
    (!inner.contains("${{") && !inner.contains("}}")).then(|| inner.trim())
}

pub(crate) fn source(value: &str) -> Source {
    if !value.contains("${{") {
        return Source {
            text: "literal".to_owned(),
            name: None,
            literal: true,
            dynamic: false,
        };
    }
    let Some(expr) = sole_expression(value) else {
        return Source {
            text: value.trim().to_owned(),
            name: None,
            literal: false,
            dynamic: true,
        };
    };
    let name = ["secrets.", "vars.", "env."]
        .iter()
        .find_map(|p| expr.strip_prefix(p))
        .filter(|n| {
            !n.is_empty()
                && n.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
        .map(str::to_owned);
    let dynamic = name.is_none();
    Source {
        text: expr.to_owned(),
        name,
        literal: false,
        dynamic,
    }
}

/// Commands that take AWS credentials from the environment.
const AWS_TOOLS: [&str; 15] = [
    "aws",
    "sam",
    "cdk",
    "cdktf",
    "eksctl",
    "copilot",
    "terraform",
    "terragrunt",
    "serverless",
    "sls",
    "pulumi",
    "amplify",
    "chalice",
    "ecs-cli",
    "aws-vault",
];

/// Words that may precede the command itself.
const PREFIXES: [&str; 14] = [
    "sudo", "exec", "time", "env", "command", "npx", "then", "do", "else", "if", "while", "until",
    "!", "xargs",
];

/// Whether a `run:` script evidently calls AWS with the credentials in its environment.
pub(crate) fn script_calls_aws(script: &str) -> bool {
    if script.contains("AWS_ACCESS_KEY_ID")
        || script.contains("AWS_SECRET_ACCESS_KEY")
        || script.contains("amazon/aws-cli")
    {
        return true;
    }
    for line in script.lines() {
        let line = strip_comment(line);
        for segment in line.split(['|', ';', '&', '(', ')', '`', '{', '}']) {
            let mut words = segment
                .split_whitespace()
                .skip_while(|w| PREFIXES.contains(w) || is_assignment(w) || w.starts_with('-'));
            if let Some(first) = words.next() {
                let first = first.trim_start_matches('$');
                if AWS_TOOLS.contains(&first) {
                    return true;
                }
            }
        }
    }
    false
}

fn strip_comment(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with('#') {
        return "";
    }
    match line.find(" #") {
        Some(i) => &line[..i],
        None => line,
    }
}

fn is_assignment(word: &str) -> bool {
    match word.split_once('=') {
        Some((name, _)) => {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        }
        None => false,
    }
}

/// AWS service words that, in an action's name, say it talks to AWS with the credentials in its
/// environment.
const AWS_ACTION_WORDS: [&str; 11] = [
    "aws",
    "s3",
    "ecr",
    "ecs",
    "eks",
    "lambda",
    "cloudformation",
    "cloudfront",
    "dynamodb",
    "sqs",
    "sns",
];

/// Whether an action's `owner/name` names an AWS service (`jakejarvis/s3-sync-action`).
pub(crate) fn action_looks_aws(action: &str) -> bool {
    action
        .split(['/', '-', '_', '.'])
        .any(|word| AWS_ACTION_WORDS.contains(&word))
}

/// `--region X` (or `--region=X`) with a literal region in a script.
pub(crate) fn region_in_script(script: &str) -> Option<String> {
    let mut words = script.split_whitespace();
    while let Some(w) = words.next() {
        let candidate = if w == "--region" {
            words.next()
        } else {
            w.strip_prefix("--region=")
        };
        if let Some(c) = candidate {
            let c = c.trim_matches(['"', '\'']);
            if is_region_like(c) {
                return Some(c.to_owned());
            }
        }
    }
    None
}

/// The region of an ECR registry host: `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]`.
pub(crate) fn region_of_registry(host: &str) -> Option<String> {
    let host = host.trim().trim_start_matches("https://");
    let host = host.split('/').next()?;
    let parts: Vec<&str> = host.split('.').collect();
    let i = parts.iter().position(|p| *p == "ecr" || *p == "ecr-fips")?;
    if i < 1 || parts.get(i - 1) != Some(&"dkr") {
        return None;
    }
    let region = parts.get(i + 1)?;
    (is_region_like(region) && parts.get(i + 2) == Some(&"amazonaws")).then(|| (*region).to_owned())
}

/// Whether a registry value names Amazon ECR (private or public).
pub(crate) fn is_ecr_registry(value: &str) -> bool {
    let v = value.to_ascii_lowercase();
    v.contains(".dkr.ecr") || v.contains("public.ecr.aws") || v.contains("amazonaws.com")
}

/// Literal AWS access key ids (`AKIA`/`ASIA` and 16 more characters) with their byte offsets.
pub(crate) fn literal_access_keys(src: &str) -> Vec<(usize, &str)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 20 <= b.len() {
        let head = &b[i..i + 4];
        if (head == b"AKIA" || head == b"ASIA")
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b[i + 4..i + 20]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && b.get(i + 20).is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            out.push((i, &src[i..i + 20]));
            i += 20;
        } else {
            i += 1;
        }
    }
    out
}

/// Shows only the first four and last four characters of a key.
pub(crate) fn redact(key: &str) -> String {
    if key.len() > 8 && key.is_ascii() {
        format!("{}…{}", &key[..4], &key[key.len() - 4..])
    } else {
        "…".to_owned()
    }
}

/// Whether a value looks like a pasted secret access key (40 base64 characters).
pub(crate) fn looks_like_secret_key(value: &str) -> bool {
    let v = value.trim();
    v.len() == 40
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'+' || b == b'=')
}

/// `GITHUB_TOKEN` scopes, `read` < `write`.
pub(crate) type Scopes = BTreeMap<&'static str, &'static str>;

fn grant(scopes: &mut Scopes, scope: &'static str, level: &'static str) {
    let entry = scopes.entry(scope).or_insert(level);
    if level == "write" {
        *entry = "write";
    }
}

/// The scopes a step evidently needs, and whether it uses the token in a way Keyless cannot read.
pub(crate) fn step_scopes(
    action: Option<&str>,
    with_registry: Option<&str>,
    run: Option<&str>,
    mentions_token: bool,
    scopes: &mut Scopes,
) -> bool {
    let mut known = false;
    if let Some(a) = action {
        known = true;
        match a {
            "actions/checkout" => grant(scopes, "contents", "read"),
            "softprops/action-gh-release"
            | "ncipollo/release-action"
            | "actions/create-release"
            | "stefanzweifel/git-auto-commit-action"
            | "endbug/add-and-commit" => grant(scopes, "contents", "write"),
            "peter-evans/create-pull-request" => {
                grant(scopes, "contents", "write");
                grant(scopes, "pull-requests", "write");
            }
            "marocchino/sticky-pull-request-comment"
            | "thollander/actions-comment-pull-request"
            | "mshick/add-pr-comment" => grant(scopes, "pull-requests", "write"),
            "dorny/test-reporter"
            | "mikepenz/action-junit-report"
            | "enricomi/publish-unit-test-result-action" => grant(scopes, "checks", "write"),
            "docker/login-action" => {
                if with_registry.is_some_and(|r| r.contains("ghcr.io")) {
                    grant(scopes, "packages", "write");
                }
            }
            _ => known = false,
        }
    }
    if let Some(script) = run {
        if script.contains("git push") || script.contains("gh release") {
            grant(scopes, "contents", "write");
            known = true;
        }
        if script.contains("gh pr ") {
            grant(scopes, "pull-requests", "write");
            known = true;
        }
        if script.contains("gh issue ") {
            grant(scopes, "issues", "write");
            known = true;
        }
        if script.contains("ghcr.io")
            && (script.contains("docker push") || script.contains("docker login"))
        {
            grant(scopes, "packages", "write");
            known = true;
        }
    }
    mentions_token && !known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_aws_commands_not_aws_words() {
        assert!(script_calls_aws(
            "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin x"
        ));
        assert!(script_calls_aws("set -e\nFOO=1 terraform apply"));
        assert!(script_calls_aws("if aws s3 ls; then echo ok; fi"));
        assert!(!script_calls_aws("echo aws is great"));
        assert!(!script_calls_aws("docker push public.ecr.aws/x/y"));
        assert!(!script_calls_aws("# aws s3 ls\nnpm test"));
    }

    #[test]
    fn recognises_aws_actions_by_name() {
        assert!(action_looks_aws("jakejarvis/s3-sync-action"));
        assert!(action_looks_aws("appleboy/lambda-action"));
        assert!(!action_looks_aws("actions/setup-node"));
        assert!(!action_looks_aws("docker/build-push-action"));
    }

    #[test]
    fn finds_literal_keys_with_boundaries() {
        let src = "id: AKIAIOSFODNN7EXAMPLE\nx: XAKIAIOSFODNN7EXAMPLE\ny: ASIAIOSFODNN7EXAMPLEZ\n";
        let keys = literal_access_keys(src);
        assert_eq!(keys, vec![(4, "AKIAIOSFODNN7EXAMPLE")]);
        assert_eq!(redact("AKIAIOSFODNN7EXAMPLE"), "AKIA…MPLE");
    }

    #[test]
    fn reads_regions() {
        assert_eq!(
            region_of_registry("123456789012.dkr.ecr.eu-west-1.amazonaws.com"),
            Some("eu-west-1".to_owned())
        );
        assert_eq!(
            region_of_registry("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app"),
            Some("cn-north-1".to_owned())
        );
        assert_eq!(region_of_registry("ghcr.io"), None);
        assert_eq!(
            region_in_script("aws ecr get-login-password --region us-gov-west-1 | x"),
            Some("us-gov-west-1".to_owned())
        );
        assert_eq!(Partition::of_region("us-gov-east-1"), Partition::AwsUsGov);
        assert_eq!(Partition::of_region("cn-northwest-1"), Partition::AwsCn);
        assert_eq!(Partition::of_region("${{ env.X }}"), Partition::Unknown);
    }

    #[test]
    fn reads_sources() {
        let s = source("${{ secrets.PROD_AWS_ACCESS_KEY_ID }}");
        assert_eq!(s.name.as_deref(), Some("PROD_AWS_ACCESS_KEY_ID"));
        assert!(!s.dynamic);
        assert!(source("${{ secrets[format('{0}_KEY', matrix.env)] }}").dynamic);
        assert!(source("AKIAIOSFODNN7EXAMPLE").literal);
    }
}
