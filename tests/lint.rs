//! The policy linter: one firing and one quiet fixture per rule (tests/lint/<code>/), the rule
//! catalogue against docs/rules.md, the generated artifacts, and hostile input.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use keyless::diag::{Location, Severity};
use keyless::form::{Field, Form};
use keyless::lint::{self, LintContext, ParseFailure, PolicyKind, Report, Wrapper};
use serde::Deserialize;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    kind: PolicyKind,
    /// Where the rule must fire in fire.json, exactly.
    pointers: Vec<String>,
    #[serde(default)]
    context: LintContext,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

fn lint_as(kind: PolicyKind, text: &str, ctx: &LintContext) -> Report {
    match kind {
        PolicyKind::Trust => lint::trust_policy(text, ctx),
        PolicyKind::Permission => lint::permission_policy(text, ctx),
    }
}

fn pointers_of(report: &Report, code: &str) -> BTreeSet<String> {
    report
        .diagnostics()
        .iter()
        .filter(|d| d.code == code)
        .map(|d| match &d.location {
            Location::Pointer { pointer } => pointer.clone(),
            other => panic!("{code}: finding without a pointer: {other:?}"),
        })
        .collect()
}

#[test]
fn every_rule_fires_on_its_fixture_and_stays_quiet_on_the_other() {
    let mut failures = Vec::new();
    for meta in lint::catalogue() {
        let dir = root().join("tests/lint").join(meta.code);
        let case: Case = serde_json::from_str(&read(&dir.join("case.json")))
            .unwrap_or_else(|e| panic!("{}: bad case.json: {e}", meta.code));
        assert!(
            meta.applies_to.covers(case.kind),
            "{}: fixture kind {:?} is not one the rule applies to",
            meta.code,
            case.kind
        );
        let fire = lint_as(case.kind, &read(&dir.join("fire.json")), &case.context);
        if let Some(f) = fire.failure() {
            failures.push(format!("{}: fire.json unreadable: {f}", meta.code));
            continue;
        }
        let got = pointers_of(&fire, meta.code);
        let want: BTreeSet<String> = case.pointers.iter().cloned().collect();
        if got != want {
            failures.push(format!(
                "{}: fired at {got:?}, expected {want:?}; all findings: {:#?}",
                meta.code,
                fire.diagnostics()
            ));
        }
        for d in fire.diagnostics().iter().filter(|d| d.code == meta.code) {
            assert_eq!(d.severity, meta.severity, "{}", meta.code);
            assert!(!d.message.is_empty() && !d.help.is_empty(), "{}", meta.code);
            let artifact = match case.kind {
                PolicyKind::Trust => keyless::Artifact::TrustPolicy,
                PolicyKind::Permission => keyless::Artifact::PermissionPolicy,
            };
            assert_eq!(d.artifact, Some(artifact), "{}", meta.code);
        }
        let quiet = lint_as(case.kind, &read(&dir.join("quiet.json")), &case.context);
        if let Some(f) = quiet.failure() {
            failures.push(format!("{}: quiet.json unreadable: {f}", meta.code));
            continue;
        }
        let noisy = pointers_of(&quiet, meta.code);
        if !noisy.is_empty() {
            failures.push(format!("{}: quiet.json fired at {noisy:?}", meta.code));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn fixture_directories_match_the_catalogue() {
    let codes: BTreeSet<String> = lint::catalogue()
        .iter()
        .map(|m| m.code.to_owned())
        .collect();
    let dirs: BTreeSet<String> = std::fs::read_dir(root().join("tests/lint"))
        .unwrap_or_else(|e| panic!("tests/lint: {e}"))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(dirs, codes, "fixture directories and rule codes differ");
}

/// The `## code` headings of docs/rules.md.
fn documented_codes() -> Vec<String> {
    read(&root().join("docs/rules.md"))
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|h| h.trim().trim_matches('`').to_owned())
        .collect()
}

#[test]
fn codes_are_unique_kebab_case_and_documented() {
    let catalogue = lint::catalogue();
    let mut seen = BTreeSet::new();
    for meta in &catalogue {
        assert!(seen.insert(meta.code), "duplicate code {}", meta.code);
        let kebab = !meta.code.is_empty()
            && meta.code.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        assert!(kebab, "{} is not kebab-case", meta.code);
        assert!(
            meta.code.starts_with("trust-")
                || meta.code.starts_with("perm-")
                || meta.code.starts_with("policy-"),
            "{}",
            meta.code
        );
        assert!(!meta.summary.is_empty(), "{}", meta.code);
        assert_eq!(lint::rule(meta.code), Some(*meta));
        assert_eq!(meta.docs_path(), format!("docs/rules.md#{}", meta.code));
    }
    let documented = documented_codes();
    let mut doc_seen = BTreeSet::new();
    for code in &documented {
        assert!(
            doc_seen.insert(code.clone()),
            "docs/rules.md has {code} twice"
        );
        assert!(
            seen.contains(code.as_str()),
            "docs/rules.md documents {code}, which is not a rule"
        );
    }
    for meta in &catalogue {
        assert!(
            doc_seen.contains(meta.code),
            "docs/rules.md has no \"## {}\" section",
            meta.code
        );
    }
    // Every section states the severity the catalogue gives.
    let docs = read(&root().join("docs/rules.md"));
    for meta in &catalogue {
        let start = docs
            .find(&format!("## {}\n", meta.code))
            .unwrap_or_else(|| panic!("{}", meta.code));
        let section = &docs[start..];
        let end = section[3..].find("\n## ").map_or(section.len(), |i| i + 3);
        assert!(
            section[..end].contains(&format!("Severity: {}", meta.severity.as_str())),
            "docs/rules.md section {} does not say \"Severity: {}\"",
            meta.code,
            meta.severity.as_str()
        );
    }
}

fn generated(form: &Form) -> keyless::Bundle {
    let outcome = keyless::generate(form);
    outcome
        .bundle
        .unwrap_or_else(|| panic!("no bundle: {:#?}", outcome.diagnostics))
}

#[test]
fn generated_artifacts_for_default_inputs_lint_clean() {
    let scenarios = [
        ("default", Form::default()),
        (
            "environment",
            Form::default()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "Production:V1"),
        ),
        (
            "both-forms-two-branches",
            Form::default()
                .with(Field::Branches, "main, release/v2")
                .with(Field::SubjectFormat, "both")
                .with(Field::OwnerId, "123456")
                .with(Field::RepoId, "456789")
                .with(Field::Account, "012345678901")
                .with(Field::Region, "eu-west-1"),
        ),
        (
            "immutable",
            Form::default()
                .with(Field::SubjectFormat, "immutable")
                .with(Field::OwnerId, "1")
                .with(Field::RepoId, "2"),
        ),
        (
            "hostile-branches",
            Form::default().with(Field::Branches, "feat/$(touch${IFS}pwned),it's,x;y{z},${x}"),
        ),
        (
            "namespaced-ecr-repo",
            Form::default().with(Field::EcrRepo, "team/app"),
        ),
    ];
    for (name, form) in scenarios {
        let bundle = generated(&form);
        let ctx = LintContext::from_form(&form);
        for (kind, text) in [
            (PolicyKind::Trust, &bundle.trust_policy),
            (PolicyKind::Permission, &bundle.permission_policy),
        ] {
            let report = lint_as(kind, text, &ctx);
            assert!(
                report.is_clean(Severity::Warning),
                "{name} {kind:?}: {:#?}\n{text}",
                report.diagnostics()
            );
        }
    }
    let default_trust = lint::trust_policy(
        &generated(&Form::default()).trust_policy,
        &LintContext::default(),
    );
    assert_eq!(
        default_trust
            .checked()
            .and_then(|c| c.summary.clone())
            .as_deref(),
        Some("the main branch of octo-org/octo-repo")
    );
}

#[test]
fn generated_wildcard_scopes_get_their_security_warning() {
    for (scope, code, pointer) in [
        (
            "any-branch",
            "trust-sub-any-branch",
            "/Statement/0/Condition/StringLike/token.actions.githubusercontent.com:sub",
        ),
        (
            "owner-wide",
            "trust-sub-org-wide",
            "/Statement/0/Condition/StringLike/token.actions.githubusercontent.com:sub",
        ),
    ] {
        let form = Form::default().with(Field::Scope, scope);
        let bundle = generated(&form);
        let report = lint::trust_policy(&bundle.trust_policy, &LintContext::from_form(&form));
        let hits: Vec<_> = report
            .diagnostics()
            .iter()
            .filter(|d| d.code == code)
            .collect();
        assert_eq!(hits.len(), 1, "{scope}: {:#?}", report.diagnostics());
        assert_eq!(hits[0].severity, Severity::SecurityWarning);
        assert_eq!(
            hits[0].location,
            Location::Pointer {
                pointer: pointer.to_owned()
            }
        );
    }
}

fn failure(text: &str) -> ParseFailure {
    match lint::trust_policy(text, &LintContext::default()) {
        Report::Unreadable { failure } => failure,
        Report::Checked(c) => panic!("read as a policy: {c:?}"),
    }
}

#[test]
fn invalid_json_reports_line_and_column() {
    let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    { \"Effect\": \"Allow\" \"Action\": \"x\" }\n  ]\n}\n";
    let f = failure(text);
    let ParseFailure::InvalidJson {
        line,
        column,
        within,
        ..
    } = &f
    else {
        panic!("{f:?}");
    };
    assert_eq!((*line, *column, within.clone()), (4, 25, None));
    assert_eq!(
        f.location(),
        Location::Line {
            line: 4,
            column: 25
        }
    );
    assert!(f.message().contains("line 4, column 25"), "{f}");
    // A trailing comma is not silently accepted.
    assert!(matches!(
        failure(r#"{"Statement": [],}"#),
        ParseFailure::InvalidJson { line: 1, .. }
    ));
    // Inside a URL-encoded get-role document, the position counts in the decoded text.
    let f = failure(r#"{"Role":{"AssumeRolePolicyDocument":"%7B%22Statement%22%3A%5B%5D%2C%7D"}}"#);
    assert!(
        matches!(&f, ParseFailure::InvalidJson { within: Some(p), .. } if p == "/Role/AssumeRolePolicyDocument"),
        "{f:?}"
    );
    let f = failure(r#"{"Role":{"AssumeRolePolicyDocument":"%7B%2"}}"#);
    assert!(matches!(f, ParseFailure::BadEncoding { .. }), "{f:?}");
}

#[test]
fn bad_input_gives_a_clear_message_and_never_panics() {
    assert_eq!(failure(""), ParseFailure::Empty);
    assert_eq!(failure(" \n\t "), ParseFailure::Empty);
    let huge = format!(
        "{{\"Statement\": \"{}\"}}",
        "x".repeat(lint::MAX_INPUT_BYTES)
    );
    assert!(matches!(failure(&huge), ParseFailure::TooLarge { .. }));
    assert!(matches!(
        failure("{\"Statement\": []}\0\0"),
        ParseFailure::Binary {
            line: 1,
            column: 18
        }
    ));
    let png = "\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR\0\0\u{1}\0";
    assert!(matches!(failure(png), ParseFailure::Binary { .. }));
    let array = failure(r#"[{"Effect": "Allow"}]"#);
    assert!(
        matches!(&array, ParseFailure::NotAPolicy { pointer, reason } if pointer.is_empty() && reason.contains("array")),
        "{array:?}"
    );
    let no_statement = failure(r#"{"Version": "2012-10-17"}"#);
    assert!(
        no_statement.message().contains("no \"Statement\""),
        "{no_statement}"
    );
    for (text, pointer) in [
        (
            r#"{"Statement": [{"Effect": "allow"}]}"#,
            "/Statement/0/Effect",
        ),
        (
            r#"{"Statement": [{"Effect": "Allow", "Conditions": {}}]}"#,
            "/Statement/0/Conditions",
        ),
        (
            r#"{"Statement": [{"Effect": "Allow", "Action": 3}]}"#,
            "/Statement/0/Action",
        ),
        (r#"{"Statement": "x"}"#, "/Statement"),
        (r#"{"Statement": [], "statement": []}"#, "/statement"),
        (
            r#"{"Statement": [{"Effect": "Allow", "Condition": {"StringEquals": {"k": null}}}]}"#,
            "/Statement/0/Condition",
        ),
    ] {
        let f = failure(text);
        assert_eq!(
            f.location(),
            Location::Pointer {
                pointer: pointer.to_owned()
            },
            "{text}: {f}"
        );
    }
    // A permission policy pasted as a trust policy, and the reverse, say so.
    let f = failure(r#"{"PolicyVersion": {"Document": {"Statement": []}}}"#);
    assert!(f.message().contains("permission policy"), "{f}");
    let r = lint::permission_policy(
        r#"{"Role": {"AssumeRolePolicyDocument": {"Statement": []}}}"#,
        &LintContext::default(),
    );
    assert!(
        r.failure()
            .is_some_and(|f| f.message().contains("trust policy")),
        "{r:?}"
    );

    // Every prefix of a real policy, and deep nesting: a value or a failure, never a panic.
    let text = read(&root().join("tests/lint/trust-sub-org-wide/fire.json"));
    for cut in (0..text.len()).filter(|i| text.is_char_boundary(*i)) {
        let _ = lint::trust_policy(&text[..cut], &LintContext::default());
        let _ = lint::permission_policy(&text[..cut], &LintContext::default());
    }
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(failure(&deep), ParseFailure::InvalidJson { .. }));
}

#[test]
fn get_role_output_is_read_and_pointers_stay_relative_to_the_document() {
    let text = read(&root().join("tests/lint/trust-sub-org-wide/fire.json"));
    let report = lint::trust_policy(&text, &LintContext::default());
    let checked = report.checked().unwrap_or_else(|| panic!("{report:?}"));
    assert_eq!(checked.source.wrapper, Wrapper::GetRole);
    assert!(checked.source.url_encoded);
    assert_eq!(
        checked.source.document_pointer,
        "/Role/AssumeRolePolicyDocument"
    );
    assert_eq!(
        checked.summary.as_deref(),
        Some("any repository of octo-org")
    );
}

#[test]
fn enterprise_slug_keys_are_escaped_in_pointers() {
    let text = r#"{
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/jamf"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {
          "StringEquals": {"token.actions.githubusercontent.com/jamf:aud": "sts.amazonaws.com"},
          "StringLike": {"token.actions.githubusercontent.com/jamf:sub": ["repo:jamf/app:ref:refs/heads/main", "repo:jamf/*"]}
        }
      }]
    }"#;
    let ctx = LintContext {
        issuer: Some("https://token.actions.githubusercontent.com/jamf".into()),
        ..LintContext::default()
    };
    let report = lint::trust_policy(text, &ctx);
    assert_eq!(
        pointers_of(&report, "trust-sub-org-wide"),
        BTreeSet::from([
            "/Statement/0/Condition/StringLike/token.actions.githubusercontent.com~1jamf:sub/1"
                .to_owned()
        ])
    );
    assert!(pointers_of(&report, "trust-provider-mismatch").is_empty());
    assert!(pointers_of(&report, "trust-condition-key-unknown").is_empty());
    // A key without the slug does not match this provider.
    let wrong = text.replace(
        "githubusercontent.com/jamf:aud",
        "githubusercontent.com:aud",
    );
    let report = lint::trust_policy(&wrong, &ctx);
    assert_eq!(
        pointers_of(&report, "trust-condition-key-unknown"),
        BTreeSet::from([
            "/Statement/0/Condition/StringEquals/token.actions.githubusercontent.com:aud"
                .to_owned()
        ])
    );
}

#[test]
fn trust_size_limit_follows_the_context() {
    let text = read(&root().join("tests/lint/trust-size-limit/fire.json"));
    let default = lint::trust_policy(&text, &LintContext::default());
    assert!(default.codes().contains(&"trust-size-limit"));
    let raised = LintContext {
        trust_policy_limit: Some(lint::TRUST_POLICY_MAX_LIMIT),
        ..LintContext::default()
    };
    assert!(
        !lint::trust_policy(&text, &raised)
            .codes()
            .contains(&"trust-size-limit")
    );
}

#[test]
fn pull_request_subjects_are_fine_on_a_role_that_cannot_push() {
    let text = read(&root().join("tests/lint/trust-sub-pull-request/fire.json"));
    let read_only = LintContext {
        can_push: Some(false),
        ..LintContext::default()
    };
    assert!(
        !lint::trust_policy(&text, &read_only)
            .codes()
            .contains(&"trust-sub-pull-request")
    );
}

#[test]
fn summaries_say_who_can_assume_the_role() {
    let cases = [
        (
            "trust-sub-repo-wide",
            "any branch, tag or environment of octo-org/octo-repo, including pull requests",
        ),
        ("trust-sub-any-branch", "any branch of octo-org/octo-repo"),
        ("trust-sub-missing", "any repository on GitHub"),
        (
            "trust-sub-any-repo",
            "the main branch of octo-org/octo-repo, or any repository on GitHub",
        ),
        (
            "trust-sub-ref-wildcard",
            "tags of octo-org/octo-repo matching v*",
        ),
        (
            "trust-no-github-provider",
            "no GitHub Actions job (no statement trusts a GitHub OIDC provider)",
        ),
    ];
    for (fixture, want) in cases {
        let text = read(&root().join("tests/lint").join(fixture).join("fire.json"));
        let report = lint::trust_policy(&text, &LintContext::default());
        let got = report.checked().and_then(|c| c.summary.clone());
        assert_eq!(got.as_deref(), Some(want), "{fixture}");
    }
    let env = read(&root().join("tests/lint/trust-sub-environment-colon/quiet.json"));
    let report = lint::trust_policy(&env, &LintContext::default());
    assert_eq!(
        report.checked().and_then(|c| c.summary.clone()).as_deref(),
        Some("jobs using environment Production:V1 in octo-org/octo-repo")
    );
}

#[test]
fn findings_are_sorted_worst_first() {
    let text = read(&root().join("tests/lint/trust-sub-any-repo/fire.json"));
    let report = lint::trust_policy(&text, &LintContext::default());
    let severities: Vec<Severity> = report.diagnostics().iter().map(|d| d.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(severities, sorted);
}

#[test]
fn anded_conditions_narrow_a_broad_value() {
    // StringLike repo:octo-org/* AND StringEquals on one exact subject: only that subject gets in.
    let text = r#"{
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {
          "StringEquals": {
            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
            "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"
          },
          "StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/*"}
        }
      }]
    }"#;
    let report = lint::trust_policy(text, &LintContext::default());
    assert!(
        report.is_clean(Severity::SecurityWarning),
        "{:#?}",
        report.diagnostics()
    );
    assert_eq!(
        report.checked().and_then(|c| c.summary.clone()).as_deref(),
        Some("the main branch of octo-org/octo-repo")
    );
    // Without the exact condition the same value is reported.
    let loose = text.replace(
        ",\n            \"token.actions.githubusercontent.com:sub\": \"repo:octo-org/octo-repo:ref:refs/heads/main\"",
        "",
    );
    assert!(
        lint::trust_policy(&loose, &LintContext::default())
            .codes()
            .contains(&"trust-sub-org-wide")
    );
}
