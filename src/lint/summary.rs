//! Who can assume a role, in one plain-language phrase.

use crate::iam::policy::PolicyDocument;

use super::read::Parsed;
use super::subject::{self, Reach};
use super::view::Cx;
use super::{LintContext, PolicyKind, Source, Wrapper};

/// Describes the Allow statements that GitHub tokens can use: their `sub` values (ORed), and
/// what else they check. Deny statements are mentioned, not subtracted.
pub(crate) fn summary(policy: &PolicyDocument) -> String {
    let parsed = Parsed {
        source: Source {
            wrapper: Wrapper::None,
            document_pointer: String::new(),
            url_encoded: false,
        },
        document: policy.clone(),
        node: super::node::Node::Null,
    };
    let ctx = LintContext::default();
    let cx = Cx::new(&parsed, &ctx, PolicyKind::Trust);
    let mut phrases: Vec<String> = Vec::new();
    let mut push = |p: String| {
        if !phrases.contains(&p) {
            phrases.push(p);
        }
    };
    let mut any_github = false;
    let mut unmintable = false;
    for (si, st) in cx.statements.iter().enumerate() {
        if !st.is_github() {
            if st.is_allow() && st.wildcard_principal().is_some() {
                push("any principal at all (Principal \"*\")".to_owned());
            }
            continue;
        }
        any_github = true;
        if st.has_impossible_condition() {
            unmintable = true;
            continue;
        }
        let subs: Vec<_> = cx.subs.iter().filter(|s| s.stmt == si).collect();
        let jwr: Vec<String> = st
            .claim_conditions("job_workflow_ref")
            .filter(|c| c.op.is_positive_string())
            .flat_map(|c| c.values.iter().map(|v| v.text.to_string()))
            .collect();
        let mut extra: Vec<&str> = st
            .conditions
            .iter()
            .filter(|c| c.github_key && c.op.is_positive_string())
            .filter_map(|c| c.claim)
            .filter(|c| {
                !["sub", "aud", "job_workflow_ref"]
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case(c))
            })
            .collect();
        extra.dedup();
        let tail = match extra.as_slice() {
            [] => String::new(),
            [one] => format!(" (when the token's {one} claim also matches)"),
            many => format!(
                " (when the token's {} claims also match)",
                many.join(" and ")
            ),
        };
        if subs.is_empty() {
            if jwr.is_empty() {
                push(format!("any repository on GitHub{tail}"));
            } else {
                push(format!(
                    "any repository's job that runs the reusable workflow {}{tail}",
                    jwr.join(" or ")
                ));
            }
            continue;
        }
        // Several sub conditions in one statement are ANDed: describe the narrowest.
        let narrowest = subs
            .iter()
            .map(|s| s.cond)
            .min_by_key(|ci| {
                subs.iter()
                    .filter(|s| s.cond == *ci)
                    .map(|s| breadth(&s.subject.reach))
                    .max()
                    .unwrap_or(0)
            })
            .unwrap_or(0);
        for sv in subs.iter().filter(|s| s.cond == narrowest) {
            if sv.subject.reach == Reach::Unmintable
                || (!cx.statements[sv.stmt].conditions[sv.cond].op.wildcards()
                    && super::facts::has_raw_wildcard(&cx.sub_parts(sv).2.text))
            {
                unmintable = true;
                continue;
            }
            let (_, _, v) = cx.sub_parts(sv);
            push(format!("{}{tail}", subject::describe(&sv.subject, &v.text)));
        }
    }
    let mut out = if phrases.is_empty() {
        if unmintable {
            "nobody (GitHub never issues the subjects this policy accepts)".to_owned()
        } else if any_github {
            "nobody".to_owned()
        } else {
            "no GitHub Actions job (no statement trusts a GitHub OIDC provider)".to_owned()
        }
    } else {
        join_or(&phrases)
    };
    if cx.has_deny() {
        out.push_str(", except what the Deny statements exclude");
    }
    out
}

/// Orders reaches from broadest (high) to narrowest (low).
fn breadth(reach: &Reach) -> u8 {
    match reach {
        Reach::AnyRepo { .. } => 9,
        Reach::OrgWide { .. } => 8,
        Reach::RepoWide { .. } => 7,
        Reach::AnyBranch { .. } => 6,
        Reach::Pattern { .. } => 4,
        Reach::PullRequest { .. } => 3,
        Reach::Branch(_) | Reach::Tag(_) | Reach::Environment(_) | Reach::Custom => 2,
        Reach::Unmintable => 1,
    }
}

fn join_or(items: &[String]) -> String {
    const SHOWN: usize = 4;
    if items.len() > SHOWN + 1 {
        return format!(
            "{}, or {} more",
            items[..SHOWN].join(", "),
            items.len() - SHOWN
        );
    }
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}, or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(sub_op: &str, sub: serde_json::Value) -> PolicyDocument {
        let json = serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {
                    "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                    sub_op: {"token.actions.githubusercontent.com:sub": sub}
                }
            }]
        });
        serde_json::from_value(json).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn lint_summary_phrases() {
        let cases = [
            (
                "StringEquals",
                serde_json::json!("repo:octo-org/octo-repo:ref:refs/heads/main"),
                "the main branch of octo-org/octo-repo",
            ),
            (
                "StringLike",
                serde_json::json!("repo:octo-org/octo-repo:*"),
                "any branch, tag or environment of octo-org/octo-repo, including pull requests",
            ),
            (
                "StringEquals",
                serde_json::json!("repo:octo-org/octo-repo:environment:production"),
                "jobs using environment production in octo-org/octo-repo",
            ),
            (
                "StringLike",
                serde_json::json!("repo:*"),
                "any repository on GitHub",
            ),
            (
                "StringLike",
                serde_json::json!("repo:octo-org/*"),
                "any repository of octo-org",
            ),
            (
                "StringEquals",
                serde_json::json!([
                    "repo:octo-org/octo-repo:ref:refs/heads/main",
                    "repo:octo-org@1/octo-repo@2:ref:refs/heads/main"
                ]),
                "the main branch of octo-org/octo-repo",
            ),
            (
                "StringEquals",
                serde_json::json!([
                    "repo:octo-org/octo-repo:ref:refs/heads/main",
                    "repo:octo-org/octo-repo:pull_request"
                ]),
                "the main branch of octo-org/octo-repo, or pull requests in octo-org/octo-repo",
            ),
        ];
        for (op, sub, want) in cases {
            assert_eq!(summary(&doc(op, sub.clone())), want, "{op} {sub}");
        }
    }
}
