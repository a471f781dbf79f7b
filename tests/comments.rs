//! Comments of the generated files in Korean (`comments=ko`): the code is the same as in
//! English, value for value and line for line outside comments, and no English comment is left.
#![cfg(not(target_arch = "wasm32"))]

use keyless::form::{Field, Form};
use keyless::{Artifact, Bundle, generate};

fn forms() -> Vec<(&'static str, Form)> {
    let base = Form::default();
    let reusable =
        "octo-org/deploy/.github/workflows/ecr.yml@0123456789abcdef0123456789abcdef01234567";
    vec![
        ("default", base.clone()),
        (
            "pull-requests",
            base.clone()
                .with(Field::Access, "pull")
                .with(Field::PullRequests, "true")
                .with(Field::PullRequestsConfirm, "true")
                .with(Field::EcrRepo, "a1, b2"),
        ),
        (
            "environments",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "production, staging # x"),
        ),
        (
            "one-environment-tags",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "prod # the token's sub names it")
                .with(Field::Tags, "v*, release-1"),
        ),
        (
            "cross-account",
            base.clone()
                .with(Field::EcrRepo, "team/app, team/app-cache")
                .with(Field::RegistryAccount, "000011112222"),
        ),
        (
            "existing-repository",
            base.clone().with(Field::CreateEcrRepo, "false"),
        ),
        (
            "existing-repositories",
            base.clone()
                .with(Field::CreateEcrRepo, "false")
                .with(Field::EcrRepo, "a1, b2"),
        ),
        (
            "template-govcloud",
            base.clone()
                .with(Field::SubjectTemplate, "repo, context")
                .with(Field::Region, "us-gov-west-1"),
        ),
        ("china", base.clone().with(Field::Region, "cn-north-1")),
        (
            "reusable-secrets",
            base.clone()
                .with(Field::RoleArnSource, "secrets")
                .with(Field::ReusableWorkflow, reusable),
        ),
        (
            "reusable-vars-any-branch",
            base.clone()
                .with(Field::Scope, "any-branch")
                .with(Field::ReusableWorkflow, reusable),
        ),
        (
            // Values that read like the generator's comments, in the workflow and in the
            // policies inside setup.sh.
            "hostile-environments",
            base.with(Field::Scope, "environment").with(
                Field::Environment,
                "a #b, it's # lets the job request the OIDC token that AWS trusts, x # string y",
            ),
        ),
    ]
}

fn bundles(form: &Form) -> (Bundle, Bundle) {
    let en = generate(&form.clone().with(Field::Comments, "en"))
        .bundle
        .expect("English bundle");
    let ko = generate(&form.clone().with(Field::Comments, "ko"))
        .bundle
        .expect("Korean bundle");
    (en, ko)
}

fn is_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') && !t.starts_with("#!")
}

fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// Three English words in a row (names such as "AWS CLI v2" or "Amazon ECR" are two at most): a
/// hole that took an English sentence, or a sentence left untranslated.
fn english_run(s: &str) -> bool {
    // Product names are names, in any language.
    let s = s.replace("AWS GovCloud (US)", "");
    let mut run = 0;
    for word in s.split([' ', ',', '(', ')']) {
        if word.len() > 1 && word.chars().all(|c| c.is_ascii_alphabetic()) {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else if !word.is_empty() {
            run = 0;
        }
    }
    false
}

/// Where the trailing comment of a code line starts (its ` #`), reading quotes as YAML and the
/// shell do: a `#` inside a quoted value is part of the value.
fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut prev = ' ';
    for (at, c) in line.char_indices() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' && prev == ' ' && at > 0 => return Some(at - 1),
            None => {}
        }
        prev = c;
    }
    None
}

/// The trailing comment of a code line, unless it is a version tag (`# v7.0.1` after a pinned
/// action), which stays as it is in every language.
fn trailing(line: &str) -> Option<&str> {
    let text = line[comment_start(line)?..]
        .trim_start()
        .strip_prefix('#')?
        .trim();
    (!text.starts_with('v')).then_some(text)
}

#[test]
fn the_code_is_the_same_and_every_comment_is_korean() {
    for (name, form) in forms() {
        let (en, ko) = bundles(&form);
        assert_eq!(en.artifacts(), ko.artifacts(), "{name}");
        for artifact in en.artifacts() {
            let (e, k) = (en.text(artifact), ko.text(artifact));
            match artifact {
                Artifact::PermissionPolicy | Artifact::TrustPolicy => {
                    assert_eq!(e, k, "{name}: policies have no comments");
                    continue;
                }
                Artifact::Workflow | Artifact::CallerWorkflow => {
                    let parse = |t: &str| -> yaml_serde::Value {
                        yaml_serde::from_str(t).unwrap_or_else(|err| panic!("{name}: {err}"))
                    };
                    assert_eq!(
                        parse(e),
                        parse(k),
                        "{name} {}: YAML data differs",
                        artifact.id()
                    );
                }
                Artifact::Cli => {}
            }
            // Outside comments, line for line the same (in setup.sh this includes the
            // here-documents, which are handed to IAM).
            let code = |t: &str| -> Vec<String> {
                t.lines()
                    .filter(|l| !is_comment(l))
                    .map(|l| l[..comment_start(l).unwrap_or(l.len())].to_owned())
                    .collect()
            };
            assert_eq!(code(e), code(k), "{name} {}", artifact.id());
            let mut left = Vec::new();
            let mut heredoc: Option<String> = None;
            for line in k.lines() {
                // Here-documents are data (the policies), not comments.
                if let Some(end) = &heredoc {
                    if line == end {
                        heredoc = None;
                    }
                    continue;
                }
                if let Some(at) = line.find("<<'") {
                    let rest = &line[at + 3..];
                    heredoc = rest.find('\'').map(|q| rest[..q].to_owned());
                }
                let comment = if is_comment(line) {
                    Some(line.trim_start().trim_start_matches('#').trim())
                } else {
                    trailing(line)
                };
                if let Some(c) = comment
                    && !c.is_empty()
                    && (!has_hangul(c) || english_run(c))
                {
                    left.push(line.to_owned());
                }
            }
            assert!(
                left.is_empty(),
                "{name} {}: English comments left:\n{}",
                artifact.id(),
                left.join("\n")
            );
        }
    }
}

#[test]
fn a_comment_starts_outside_quotes_only() {
    assert_eq!(comment_start("a: 'x # y' # z"), Some(10));
    assert_eq!(comment_start("a: \"x \\\" # y\" # z"), Some(13));
    assert_eq!(comment_start("- 'it''s # no'"), None);
    assert_eq!(comment_start("echo \"$A\" # note"), Some(9));
    assert_eq!(trailing("uses: a/b@0123 # v7.0.1"), None);
}

#[test]
fn a_value_that_reads_like_a_comment_is_left_alone() {
    let form = Form::default()
        .with(Field::Comments, "ko")
        .with(Field::Scope, "environment")
        .with(Field::Environment, "prod # the token's sub names it");
    let bundle = generate(&form).bundle.expect("bundle");
    assert!(
        bundle.workflow.contains(
            "environment: 'prod # the token''s sub names it' # 토큰의 sub에 이 환경 이름이 들어갑니다"
        ),
        "{}",
        bundle.workflow
    );
}

#[test]
fn korean_setup_scripts_pass_bash_syntax_check() {
    for (name, form) in forms() {
        let (_, ko) = bundles(&form);
        let out = std::process::Command::new("bash")
            .arg("-n")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .expect("stdin")
                    .write_all(ko.cli.as_bytes())?;
                child.wait_with_output()
            })
            .expect("bash");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn an_unknown_comment_language_is_an_input_error() {
    let outcome = generate(&Form::default().with(Field::Comments, "fr"));
    assert!(outcome.bundle.is_none());
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.message == "comment language \"fr\" is not one of en, ko")
    );
}
