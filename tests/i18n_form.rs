//! The page shows the core's sentences in Korean. This test collects what the form's validation,
//! the generated files' checks, the policy linter (findings, parse failures, the who-can-assume
//! summary) and the trust-policy reader say over broad corpora, and fails on every text that no
//! template of `src/i18n/messages_ko_form.rs` translates (all of them at once). It also checks a
//! few translations literally, that values are copied byte for byte, and which rows of the table
//! the corpora never reach.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use keyless::diag::Diagnostic;
use keyless::form::{Field, Form};
use keyless::i18n::Lang;
use keyless::i18n::messages::{Table, korean, reaches, table, translate, untranslated};
use keyless::iam::read::{self, ProviderFrom};
use keyless::lint::{self, LintContext, PolicyKind, Report};
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_file(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every sentence seen, with where it was first seen.
#[derive(Default)]
struct Corpus {
    texts: BTreeMap<String, String>,
}

impl Corpus {
    fn add(&mut self, text: &str, origin: &str) {
        if !text.is_empty() {
            self.texts
                .entry(text.to_owned())
                .or_insert_with(|| origin.to_owned());
        }
    }

    fn diagnostics(&mut self, diags: &[Diagnostic], origin: &str) {
        for d in diags {
            let at = format!("{origin} [{}]", d.code);
            self.add(&d.message, &at);
            self.add(&d.help, &at);
        }
    }

    fn report(&mut self, report: &Report, origin: &str) {
        match report {
            Report::Unreadable { failure } => self.add(&failure.message(), origin),
            Report::Checked(checked) => {
                self.diagnostics(&checked.diagnostics, origin);
                if let Some(summary) = &checked.summary {
                    self.add(summary, &format!("{origin} (summary)"));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Forms

/// The forms of the checked-in `generate` command-line cases (flags named by field id, and the
/// links they pass with --from-url).
fn cli_forms() -> Vec<(String, Form)> {
    let mut out = Vec::new();
    let dir = root().join("tests/cli");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cli")
        .map(|e| e.expect("entry").path())
        .collect();
    cases.sort();
    for case in cases {
        let Ok(cmd) = std::fs::read_to_string(case.join("cmd")) else {
            continue;
        };
        let args: Vec<&str> = cmd.lines().collect();
        if args.first() != Some(&"generate") {
            continue;
        }
        let mut form = Form::default();
        let mut i = 1;
        while i < args.len() {
            let arg = args[i];
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) => (f, Some(v.to_owned())),
                None => (arg, None),
            };
            let mut value = || {
                inline.clone().unwrap_or_else(|| {
                    i += 1;
                    args.get(i).map(|v| (*v).to_owned()).unwrap_or_default()
                })
            };
            if flag == "--from-url" {
                let url = value();
                let fragment = url.split_once('#').map_or("", |(_, f)| f);
                form = Form::from_fragment(&format!("#{fragment}")).0;
            } else if let Some(field) = flag.strip_prefix("--").and_then(Field::from_id) {
                form.set(field, value());
            } else if flag.starts_with("--") {
                let _ = value();
            }
            i += 1;
        }
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((format!("tests/cli/{name}"), form));
    }
    out
}

/// One value per validation path of `src/input.rs`, plus combinations that reach the rules
/// spanning fields, the generated bundles' checks and the lint of the generated policies.
fn forms() -> Vec<(String, Form)> {
    let base = Form::default();
    let one = |field: Field, value: &str| base.clone().with(field, value);
    let mut out: Vec<(String, Form)> = vec![("default".into(), base.clone())];
    let singles: &[(Field, &[&str])] = &[
        (
            Field::Owner,
            &[
                "",
                &"a".repeat(40),
                "a_b",
                "a\"b",
                "-x",
                "a--b",
                "Octo-Org",
                "legacy-",
            ],
        ),
        (
            Field::Repo,
            &[
                "",
                &"r".repeat(101),
                "a b",
                ".",
                "..",
                "My.Repo",
                "x",
                "repo_",
                "-repo",
                "a__b",
                "a..b",
                "GitHub-Tools",
                "é",
            ],
        ),
        (Field::Scope, &["bogus", "any-branch", "owner-wide"]),
        (
            Field::Branches,
            &[
                "",
                " , ",
                "a b",
                "a..b",
                "a:b",
                "a*",
                "a?",
                "a[b",
                "a\\b",
                "-x",
                "/a",
                "a/",
                "a//b",
                ".a",
                "a/.b",
                "a.lock",
                "a.",
                "@",
                "a@{b",
                "a~1",
                "a^",
                "a\tb",
                "a\u{7}b",
                "main,日本",
                "a${{b}}",
                "main, dev,main,",
                "café",
                "feat/$(id)",
            ],
        ),
        (Field::SubjectFormat, &["bogus", "immutable", "both"]),
        (
            Field::Account,
            &[
                "",
                "1",
                "12345",
                "1234567890123",
                "12345678901a",
                "１２３４５６７８９０１２",
                "012345678901",
            ],
        ),
        (
            Field::Region,
            &[
                "",
                "us-iso-east-1",
                "us-isob-east-1",
                "eu-isoe-west-1",
                "eusc-de-east-1",
                "mars-1",
                "US-EAST-1",
                "us-gov-west-1",
                "cn-north-1",
                "eu-west-1",
            ],
        ),
        (
            Field::EcrRepo,
            &[
                "a",
                "My-app",
                "a-",
                "-a",
                "a/",
                "a//b",
                "a___b",
                "a..b",
                "a b",
                "a_.b",
                "a1, B2",
                "a1, b",
                "a1, a1, b2",
                &"x".repeat(257),
                "ok, a//b",
                "team/app",
            ],
        ),
        (
            Field::RoleName,
            &["a b", "-a", &"r".repeat(65), "GitHubActions", "ci-push"],
        ),
        (
            Field::PolicyName,
            &["a b", "-a", &"p".repeat(129), "ci-push-ecr"],
        ),
        (
            Field::SessionDuration,
            &["3599", "43201", "x", "", "3600.5", "7200"],
        ),
        (Field::RoleArnSource, &["bogus", "secrets", "inline"]),
        (Field::PinActions, &["false"]),
        (
            Field::WorkflowFile,
            &["bad file.yml", ".x.yml", "x.txt", "release.yaml"],
        ),
        (
            Field::GithubHost,
            &["bogus", "enterprise", "ghe.com", "ghes"],
        ),
        (
            Field::Tags,
            &[
                "v?",
                "a..b",
                "v1-β",
                "${{x}}",
                "v*",
                "v1.2, v*, v1.2",
                "*",
                "-v1",
                "v1 2",
            ],
        ),
        (Field::Access, &["bogus", "pull"]),
        (
            Field::ExtraRepos,
            &[
                "a b",
                "octo-repo",
                "web, web",
                "web@",
                "web@0x",
                "@5",
                "api:",
                "api:env=",
                "api:tag=",
                "api:branch=",
                "api:tag=v?",
                "api:a..b",
                "api:a b",
                "api:env=${{ x }}",
                "api:env=Prod",
                "api:tag=v*",
                "api:main:branch=release/v2:env=prod:tag=v1.0",
                "api:main:main",
                "api:日本",
                "web",
            ],
        ),
        (
            Field::RegistryAccount,
            &["12", "123456789012", "abcdefghijkl"],
        ),
        (
            Field::SubjectTemplate,
            &[
                "repo, bogus",
                "repo-x",
                "repository_owner",
                "repo, job_workflow_ref",
                "repo, repository_id",
                "repo, environment",
                "context",
                "repo, context",
            ],
        ),
        (
            Field::ReusableWorkflow,
            &[
                "o/r/deploy.yml@main",
                "o/r/.github/workflows/d.yml@v1",
                "o/r/.github/workflows/d.yml@0123456789abcdef0123456789abcdef01234567",
                "o/r/.github/workflows/d.yml@${{ x }}",
            ],
        ),
    ];
    for (field, values) in singles {
        for value in *values {
            out.push((format!("{}={value:?}", field.id()), one(*field, value)));
        }
    }
    let env = |value: &str| {
        base.clone()
            .with(Field::Scope, "environment")
            .with(Field::Environment, value)
    };
    for value in [
        "",
        &"e".repeat(256),
        "a\u{1}b",
        "prod—eu",
        "${{ x }}",
        "Production",
        "prod, staging",
        "prod, prod",
        "Production:V1",
    ] {
        out.push((format!("environment={value:?}"), env(value)));
    }
    out.push((
        "environment scope with a bad trigger branch".into(),
        env("prod").with(Field::Branches, "a..b"),
    ));
    let ids = |format: &str, owner: &str, repo: &str| {
        base.clone()
            .with(Field::SubjectFormat, format)
            .with(Field::OwnerId, owner)
            .with(Field::RepoId, repo)
    };
    for (o, r) in [
        ("", ""),
        ("x1", "0123"),
        ("1", "x2"),
        ("99999999999999999999999", "12"),
        ("1", "2"),
    ] {
        out.push((format!("immutable ids {o:?} {r:?}"), ids("immutable", o, r)));
        out.push((format!("both ids {o:?} {r:?}"), ids("both", o, r)));
    }
    let host = |kind: &str, name: &str| {
        base.clone()
            .with(Field::GithubHost, kind)
            .with(Field::GithubHostName, name)
    };
    for (kind, name) in [
        ("enterprise", ""),
        ("enterprise", "Bad_Slug"),
        ("enterprise", "octo-enterprise"),
        ("ghe.com", ""),
        ("ghe.com", "-bad"),
        ("ghe.com", "octocorp"),
        ("ghes", ""),
        ("ghes", "https://x.example.com"),
        ("ghes", "GitHub.Example.com"),
        ("ghes", "nodot"),
    ] {
        out.push((format!("host {kind} {name:?}"), host(kind, name)));
    }
    out.push((
        "ghes with the immutable subject".into(),
        host("ghes", "git.example.com")
            .with(Field::SubjectFormat, "immutable")
            .with(Field::OwnerId, "1")
            .with(Field::RepoId, "2"),
    ));
    let pr = one(Field::PullRequests, "true");
    out.push(("pull requests with push".into(), pr.clone()));
    out.push((
        "pull requests unconfirmed".into(),
        pr.clone().with(Field::Access, "pull"),
    ));
    out.push((
        "pull requests confirmed".into(),
        pr.clone()
            .with(Field::Access, "pull")
            .with(Field::PullRequestsConfirm, "true")
            .with(Field::Tags, "v*"),
    ));
    let imm = ids("immutable", "1", "2");
    for extra in ["web", "web@3", "web@3:main", "web@x"] {
        out.push((
            format!("immutable extra {extra}"),
            imm.clone().with(Field::ExtraRepos, extra),
        ));
    }
    for scope in ["owner-wide", "environment", "any-branch"] {
        out.push((
            format!("{scope} with own scopes"),
            env("prod")
                .with(Field::Scope, scope)
                .with(Field::ExtraRepos, "api:main:env=staging:tag=v*; web"),
        ));
    }
    for extra in [
        "api:main:env=staging:tag=v*, web",
        "api:tag=v1,v2; web",
        "api:environment=prod",
        "api:env=Production:V1:tag=v*",
        "web@3",
    ] {
        out.push((format!("extra {extra}"), one(Field::ExtraRepos, extra)));
    }
    let sha = "0123456789abcdef0123456789abcdef01234567";
    for reusable in [
        "o/r/.github/workflows/d.yml@refs/tags/v1".to_owned(),
        "o/r/.github/workflows/d.yml@main".to_owned(),
        "o/r/.github/workflows/d.yml@${{ x }}".to_owned(),
        "o/r/.github/workflows/d.yml@x${{x}}".to_owned(),
        "o/r/.github/workflows/sub/d.yml@refs/heads/main".to_owned(),
        "o/r/d.yml".to_owned(),
        "-o/r/.github/workflows/d.yml@refs/heads/main".to_owned(),
        format!("octo-org/octo-repo/.github/workflows/ecr-push.yml@{sha}"),
    ] {
        out.push((
            format!("reusable {reusable}"),
            one(Field::ReusableWorkflow, &reusable).with(Field::WorkflowFile, "ecr-push.yml"),
        ));
    }
    let template = |keys: &str| one(Field::SubjectTemplate, keys);
    out.push((
        "template with the every-repository scope".into(),
        template("repo, context").with(Field::Scope, "owner-wide"),
    ));
    out.push((
        "template ref with environments".into(),
        template("repo, ref")
            .with(Field::Scope, "environment")
            .with(Field::Environment, "prod"),
    ));
    out.push((
        "template event_name with environments".into(),
        template("repo, event_name")
            .with(Field::Scope, "environment")
            .with(Field::Environment, "prod"),
    ));
    out.push((
        "template ref with a tag pattern".into(),
        template("repo, ref").with(Field::Tags, "v*"),
    ));
    out.push((
        "template job_workflow_ref with the reusable workflow".into(),
        template("repo, job_workflow_ref").with(
            Field::ReusableWorkflow,
            "o/r/.github/workflows/d.yml@refs/tags/v1",
        ),
    ));
    out.push((
        "template ids with the immutable subject".into(),
        template("repo, repository_id, repository_owner_id, context")
            .with(Field::SubjectFormat, "immutable")
            .with(Field::OwnerId, "1")
            .with(Field::RepoId, "2")
            .with(Field::ExtraRepos, "web@3"),
    ));
    // The generated trust policy over IAM's default size limit.
    let many: Vec<String> = (0..60)
        .map(|i| format!("release/very-long-branch-name-for-the-size-limit-{i:03}"))
        .collect();
    out.push((
        "sixty long branches".into(),
        one(Field::Branches, &many.join(", ")),
    ));
    // The generated permission policy over the managed policy limit.
    let repos: Vec<String> = (0..90)
        .map(|i| format!("team/a-service-with-a-rather-long-name-{i:03}"))
        .collect();
    out.push((
        "ninety ECR repositories".into(),
        one(Field::EcrRepo, &repos.join(", ")),
    ));
    // Everything at once, twice: every bad field is reported.
    out.push((
        "many bad fields".into(),
        Form::default()
            .with(Field::Owner, "")
            .with(Field::Account, "1")
            .with(Field::Region, "x")
            .with(Field::Repo, "a b")
            .with(Field::Tags, "v?")
            .with(Field::SessionDuration, "1"),
    ));
    out.push((
        "wide and loose".into(),
        Form::default()
            .with(Field::Scope, "any-branch")
            .with(Field::Tags, "v*, release-*")
            .with(Field::PinActions, "false")
            .with(Field::Region, "us-gov-east-1")
            .with(Field::RoleName, "my-github-role")
            .with(Field::ReusableWorkflow, "o/r/.github/workflows/d.yml@main")
            .with(Field::RegistryAccount, "210987654321")
            .with(Field::EcrRepo, "app, worker"),
    ));
    if let Some(comments) = Field::from_id("comments") {
        out.push(("comments=bogus".into(), one(comments, "bogus")));
        out.push(("comments=ko".into(), one(comments, "ko")));
    }
    out.extend(cli_forms());
    out
}

// ---------------------------------------------------------------------------------------------
// Policies

#[derive(serde::Deserialize)]
struct Case {
    kind: PolicyKind,
    #[serde(default)]
    context: LintContext,
}

fn lint_as(kind: PolicyKind, text: &str, ctx: &LintContext) -> Report {
    match kind {
        PolicyKind::Trust => lint::trust_policy(text, ctx),
        PolicyKind::Permission => lint::permission_policy(text, ctx),
    }
}

/// The statements of a bare policy document, as a list.
fn statements(doc: &mut Value) -> Option<&mut Vec<Value>> {
    let st = doc.get_mut("Statement")?;
    if st.is_object() {
        *st = Value::Array(vec![st.take()]);
    }
    st.as_array_mut()
}

/// Puts an exact value before every `sub` value, so each original value is "value 2 of N" and
/// not the first of its list.
fn with_sub_lists(doc: &Value) -> Option<Value> {
    let mut doc = doc.clone();
    let mut changed = false;
    for st in statements(&mut doc)? {
        let Some(cond) = st.get_mut("Condition").and_then(Value::as_object_mut) else {
            continue;
        };
        for keys in cond.values_mut().filter_map(Value::as_object_mut) {
            for (key, values) in keys.iter_mut() {
                if !key.to_ascii_lowercase().ends_with(":sub") {
                    continue;
                }
                let exact = json!("repo:zz-first/zz-first:ref:refs/heads/main");
                match values {
                    Value::Array(list) => list.insert(0, exact),
                    other => *other = json!([exact, other.take()]),
                }
                changed = true;
            }
        }
    }
    changed.then_some(doc)
}

/// Adds a Deny statement (breadth findings then carry the Deny note).
fn with_deny(doc: &Value) -> Option<Value> {
    let mut doc = doc.clone();
    statements(&mut doc)?.push(json!({
        "Effect": "Deny",
        "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:zz/zz:ref:refs/heads/zz"}}
    }));
    Some(doc)
}

/// Lints `text`, and its sub-list and Deny variants when it is a bare trust policy.
fn lint_all(corpus: &mut Corpus, kind: PolicyKind, text: &str, ctx: &LintContext, origin: &str) {
    corpus.report(&lint_as(kind, text, ctx), origin);
    corpus.report(&lint_as(kind, text, &LintContext::default()), origin);
    if kind != PolicyKind::Trust {
        return;
    }
    let Ok(doc) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let lists = with_sub_lists(&doc);
    for variant in [
        lists.clone(),
        with_deny(&doc),
        lists.as_ref().and_then(with_deny),
    ]
    .into_iter()
    .flatten()
    {
        corpus.report(
            &lint_as(kind, &variant.to_string(), ctx),
            &format!("{origin} (variant)"),
        );
    }
}

fn trust_with(conditions: Value) -> String {
    json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": conditions
        }]
    })
    .to_string()
}

fn trust_sub(op: &str, values: Value) -> String {
    trust_with(json!({
        "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
        op: {"token.actions.githubusercontent.com:sub": values}
    }))
}

/// `sub` values and operators that reach every breadth finding, every reason GitHub never issues
/// a subject, and every phrase of the summary.
fn sub_values() -> Vec<(&'static str, Value)> {
    let like = |v: &str| ("StringLike", json!(v));
    let eq = |v: &str| ("StringEquals", json!(v));
    vec![
        like("*"),
        like("repo:*"),
        like("repo:*/*"),
        like("repo:octo-*/app:*"),
        like("repo:octo-org/*"),
        like("repo:octo-org/app-*:*"),
        like("repo:octo-org/octo-repo:*"),
        like("repo:octo-org/octo-repo:ref:refs/heads/*"),
        like("repo:octo-org/octo-repo:ref:*"),
        like("repo:octo-org/octo-repo:ref:refs/heads/release-*"),
        like("repo:octo-org/octo-repo:ref:refs/tags/*"),
        like("repo:octo-org/octo-repo:ref:refs/tags/v*"),
        like("repo:octo-org/octo-repo:environment:*"),
        like("repo:octo-org/octo-repo:environment:prod-*"),
        like("repo:octo-org/octo-repo:pull_*"),
        like("repo:octo-org/octo-repo:job_workflow_ref:*"),
        like("repo:octo-org/octo-repo:ref:refs/head/*"),
        like("repo:octo-org/octo-repo:pr*"),
        like("repo:octo-org/octo-repo"),
        (
            "StringLike",
            json!([
                "repo:octo-org/a:ref:refs/heads/main",
                "repo:octo-org/b:ref:refs/heads/dev"
            ]),
        ),
        eq("repo:octo-org/octo-repo"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/main"),
        eq("repo:octo-org/octo-repo:ref:refs/tags/v1"),
        eq("repo:octo-org/octo-repo:environment:production"),
        eq("repo:octo-org/octo-repo:environment:Production:V1"),
        eq("repo:octo-org/octo-repo:pull_request"),
        eq("repo:Octo-Org/Octo-Repo:ref:refs/heads/main"),
        eq("repo:octo-org@1/octo-repo@2:ref:refs/heads/main"),
        eq("repo:octo-org@1/octo-repo:ref:refs/heads/main"),
        eq("repo:octo-org@x/octo-repo@2:ref:refs/heads/main"),
        eq("repo:octo-org@/octo-repo@2:ref:refs/heads/main"),
        eq("repo:octo-org/*"),
        eq(""),
        eq("octo-org/octo-repo:ref:refs/heads/main"),
        eq("hello world"),
        eq("repo:"),
        eq("repo:octo-org"),
        eq("repo:octo_org/octo-repo:ref:refs/heads/main"),
        eq("repo:octo-org/octo repo:ref:refs/heads/main"),
        eq("repo:octo-org/octo-repo:pull-request"),
        eq("repo:octo-org/octo-repo:env:prod"),
        eq("repo:octo-org/octo-repo:branch:main"),
        eq("repo:octo-org/octo-repo:tag:v1"),
        eq("repo:octo-org/octo-repo:refs/heads/main"),
        eq("repo:octo-org/octo-repo:bogus:x"),
        eq("repo:octo-org/octo-repo:ref:refs/head/main"),
        eq("repo:octo-org/octo-repo:ref:refs/tag/v1"),
        eq("repo:octo-org/octo-repo:ref:ref/heads/main"),
        eq("repo:octo-org/octo-repo:ref:heads/main"),
        eq("repo:octo-org/octo-repo:ref:tags/v1"),
        eq("repo:octo-org/octo-repo:ref:refs/pull/1/merge"),
        eq("repo:octo-org/octo-repo:ref:main"),
        eq("repo:octo-org/octo-repo:ref:refs/remotes/x"),
        eq("repo:octo-org/octo-repo:ref:"),
        eq("repo:octo-org/octo-repo:ref"),
        eq("repo:octo-org/octo-repo:environment"),
        eq("repo:octo-org/octo-repo:environment:"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a b"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a\tb"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a~b"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a..b"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a@{b"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a/"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/a.lock"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/.a"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/@"),
        eq("repo:octo-org/octo-repo:ref:refs/tags/a^b"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/main:bogus:x"),
        eq("repo:octo-org/octo-repo:ref:refs/heads/main::x"),
        eq("repo:octo-org/octo-repo::x"),
        eq("repo:/octo-repo:ref:refs/heads/main"),
        eq("repo:octo-org/:ref:refs/heads/main"),
        eq(":octo-org"),
        eq("repo"),
        (
            "StringEquals",
            json!([
                "repo:octo-org@1/octo-repo@2:ref:refs/heads/main",
                "repo:octo-org@1/octo-repo@2:ref:refs/heads/dev"
            ]),
        ),
        (
            "StringEquals",
            json!([
                "repo:/octo-repo:ref:refs/heads/main",
                "repo:/octo-repo:ref:refs/heads/dev"
            ]),
        ),
        (
            "StringEquals",
            json!([
                "repo:octo-org/:ref:refs/heads/main",
                "repo:octo-org/:ref:refs/heads/dev"
            ]),
        ),
        eq("repo:octo-org/octo-repo:ref:refs/heads/"),
        eq("repo:octo-org/octo-repo:ref:refs/tags/"),
        eq(
            "repo:octo-org/octo-repo:ref:refs/heads/main:job_workflow_ref:o/r/.github/workflows/d.yml@refs/heads/main",
        ),
        eq("repository_owner:octo-org"),
        eq("repository_owner:octo-org:bogus:x"),
        eq("repository_owner_id:1:context:ref:refs/heads/main"),
        eq("job_workflow_ref:octo-org/r/.github/workflows/d.yml@refs/heads/main"),
        (
            "StringEquals",
            json!([
                "repo:octo-org/octo-repo:ref:refs/heads/main",
                "repo:octo-org/octo-repo:ref:refs/heads/dev",
                "repo:octo-org/octo-repo:ref:refs/heads/qa"
            ]),
        ),
        (
            "StringEquals",
            json!(
                (0..7)
                    .map(|i| format!("repo:octo-org/octo-repo:ref:refs/heads/b{i}"))
                    .collect::<Vec<_>>()
            ),
        ),
        (
            "StringEquals",
            json!([
                "repo:octo-org/octo-repo:environment:prod",
                "repo:octo-org/octo-repo:ref:refs/tags/v1",
                "repo:octo-org/octo-repo:pull_request",
                "repo:octo-org/octo-repo:ref:refs/heads/main",
                "repo:octo-org/octo-repo:ref:refs/heads/dev"
            ]),
        ),
        (
            "StringLike",
            json!([
                "repo:octo-org/octo-repo:ref:refs/heads/*",
                "repo:octo-org/octo-repo:environment:*",
                "repo:octo-org/*",
                "repo:x-*/y:*"
            ]),
        ),
        (
            "StringEqualsIgnoreCase",
            json!("repo:Octo-Org/octo-repo:ref:refs/heads/main"),
        ),
        ("ForAnyValue:StringLike", json!("repo:octo-org/*")),
        (
            "StringLikeIfExists",
            json!("repo:octo-org/octo-repo:ref:refs/heads/main"),
        ),
    ]
}

/// Trust policies aimed at single findings and summary shapes.
fn targeted_trust() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (op, values) in sub_values() {
        out.push((format!("{op} sub {values}"), trust_sub(op, values)));
    }
    let provider = |federated: Value| {
        json!({
            "Version": "2012-10-17",
            "Statement": {
                "Effect": "Allow",
                "Principal": {"Federated": federated},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {"StringEquals": {
                    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                    "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"
                }}
            }
        })
        .to_string()
    };
    for arn in [
        "token.actions.githubusercontent.com",
        "arn:aws:iam::123456789012:token.actions.githubusercontent.com",
        "arn:bogus:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
        "arn:aws:sts::123456789012:oidc-provider/token.actions.githubusercontent.com",
        "arn:aws:iam:us-east-1:123456789012:oidc-provider/token.actions.githubusercontent.com",
        "arn:aws:iam::1234:oidc-provider/token.actions.githubusercontent.com",
        "arn:aws:iam::123456789012:role/token.actions.githubusercontent.com",
        "arn:aws:iam::123456789012:oidc-provider/https://token.actions.githubusercontent.com",
        "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/",
        "arn:aws:iam::123456789012:oidc-provider/",
        "arn:aws:iam::123456789012:oidc-provider/vstoken.actions.githubusercontent.com",
        "arn:aws-cn:iam::210987654321:oidc-provider/token.actions.githubusercontent.com/octo-ent",
        "arn:aws:iam::123456789012:oidc-provider/accounts.google.com",
        "arn:aws:iam:::oidc-provider/token.actions.githubusercontent.com",
        "arn::iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
        "arn:aws:::123456789012:oidc-provider/token.actions.githubusercontent.com",
    ] {
        out.push((format!("provider {arn}"), provider(json!(arn))));
    }
    let principal = |principal: Value, action: Value| {
        json!({"Statement": [{"Effect": "Allow", "Principal": principal, "Action": action}]})
            .to_string()
    };
    out.push((
        "no principal".into(),
        json!({"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}).to_string(),
    ));
    out.push((
        "AWS principal".into(),
        principal(
            json!({"AWS": "arn:aws:iam::123456789012:root", "Service": ["ec2.amazonaws.com"]}),
            json!("sts:AssumeRole"),
        ),
    ));
    out.push((
        "star principal".into(),
        principal(json!("*"), json!("sts:AssumeRole")),
    ));
    let github = json!({"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"});
    out.push((
        "assume role".into(),
        principal(github.clone(), json!(["sts:AssumeRole", "sts:TagSession"])),
    ));
    out.push((
        "not action".into(),
        json!({"Statement": [{"Effect": "Allow", "Principal": github.clone(), "NotAction": "sts:AssumeRoleWithWebIdentity"}]}).to_string(),
    ));
    out.push((
        "no action".into(),
        json!({"Statement": [{"Effect": "Allow", "Principal": github.clone()}]}).to_string(),
    ));
    out.push((
        "no condition".into(),
        principal(github.clone(), json!("sts:AssumeRoleWithWebIdentity")),
    ));
    let conditions: Vec<Value> = vec![
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:repository": "octo-org/octo-repo"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:repository": "octo-org/octo-repo", "token.actions.githubusercontent.com:ref": "refs/heads/main"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:repository": "octo-org/octo-repo", "token.actions.githubusercontent.com:ref": "refs/heads/main", "token.actions.githubusercontent.com:environment": "prod"}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/*"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:job_workflow_ref": ["octo-org/w/.github/workflows/d.yml@refs/heads/main", "octo-org/w/.github/workflows/e.yml@refs/heads/main"]}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:job_workflow_ref": "octo-org/w/.github/workflows/d.yml@refs/heads/main", "token.actions.githubusercontent.com:repository_owner": "octo-org"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": ["sts.amazonaws.com", "sts.amazonaws.com.cn", "https://github.com/octo-org", "api://AzureADTokenExchange"]}, "StringLike": {"token.actions.githubusercontent.com:aud": "sts.*", "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main", "token.actions.githubusercontent.com:aud": "https://octo.example.com/_services/token"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:subject": "x", "token.actions.githubusercontent.com:actor": "octocat", "token.actions.githubusercontent.com:repo_owner": "x", "token.actions.githubusercontent.com:workflow_ref": "x"}}),
        json!({"StringNotEquals": {"token.actions.githubusercontent.com:subx": "x"}, "StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}),
        json!({"StringEquals": {"token.actions.example.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main", "vstoken.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}),
        json!({"ForAllValues:StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}, "ForAnyValue:StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}),
        json!({"StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main", "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}),
        json!({"ForAnyValue:StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/ma*"}}),
        json!({"StringEqualsIfExists": {"token.actions.githubusercontent.com:bogus": "x"}, "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}),
        json!({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main\u{2013}x", "token.actions.githubusercontent.com:sub\u{0}": "x"}}),
    ];
    for (i, c) in conditions.into_iter().enumerate() {
        out.push((format!("conditions {i}"), trust_with(c)));
    }
    // Summaries of statements that name reusable workflows instead of subjects.
    let jwr = |values: Value, extra: Value| {
        let mut keys = json!({
            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
            "token.actions.githubusercontent.com:job_workflow_ref": values
        });
        if let (Some(keys), Some(extra)) = (keys.as_object_mut(), extra.as_object()) {
            keys.extend(extra.clone());
        }
        json!({"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": keys}})
    };
    let w = |name: &str| format!("octo-org/w/.github/workflows/{name}.yml@refs/heads/main");
    let two_claims = json!({"token.actions.githubusercontent.com:repository_owner": "octo-org", "token.actions.githubusercontent.com:ref": "refs/heads/main"});
    let one_claim = json!({"token.actions.githubusercontent.com:repository_owner": "octo-org"});
    let none = json!({});
    let statements_of =
        |list: Vec<Value>| json!({"Version": "2012-10-17", "Statement": list}).to_string();
    out.push((
        "one reusable workflow".into(),
        statements_of(vec![jwr(json!(w("a")), none.clone())]),
    ));
    out.push((
        "three reusable workflows".into(),
        statements_of(vec![jwr(json!([w("a"), w("b"), w("c")]), none.clone())]),
    ));
    out.push((
        "reusable workflow and two claims".into(),
        statements_of(vec![jwr(json!(w("a")), two_claims.clone())]),
    ));
    out.push((
        "reusable workflows, then a subject".into(),
        statements_of(vec![
            jwr(json!(w("a")), none.clone()),
            jwr(json!([w("a"), w("b")]), none.clone()),
            jwr(json!([w("a"), w("b"), w("c")]), none.clone()),
            jwr(json!(w("d")), one_claim.clone()),
            jwr(json!(w("e")), two_claims.clone()),
            json!({"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"}}}),
        ]),
    ));
    // Two statements: summaries with one extra claim, and several, and a wildcard principal.
    out.push((
        "two statements".into(),
        json!({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
             "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": ["repo:o/r:ref:refs/heads/main", "repo:o/r:ref:refs/heads/dev"], "token.actions.githubusercontent.com:repository": "o/r"}}},
            {"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
             "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:o/r:environment:prod", "token.actions.githubusercontent.com:repository": "o/r", "token.actions.githubusercontent.com:actor": "octocat"}}},
            {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRoleWithWebIdentity"}
        ]})
        .to_string(),
    ));
    out.push((
        "wildcard principal with GitHub keys".into(),
        json!({"Statement": [{"Effect": "Allow", "Principal": {"Federated": "*"}, "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"}}}]})
        .to_string(),
    ));
    out.push((
        "wildcard principal, impossible condition".into(),
        json!({"Statement": [{"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": {"token.actions.githubusercontent.com:bogus": "x"}}}, {"Effect": "Deny", "Principal": "*", "Action": "*"}]})
        .to_string(),
    ));
    out.push((
        "no version".into(),
        json!({"Statement": [{"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"}}}]})
        .to_string(),
    ));
    out.push((
        "old version".into(),
        json!({"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": github.clone(), "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"}}}]})
        .to_string(),
    ));
    let big: Vec<String> = (0..80)
        .map(|i| format!("repo:octo-org/octo-repo:ref:refs/heads/release/branch-number-{i:03}"))
        .collect();
    out.push((
        "over the size quota".into(),
        trust_sub("StringEquals", json!(big)),
    ));
    // The conformance vectors' conditions.
    let vectors: Value = serde_json::from_str(&read_file(
        &root().join("tests/data/conformance/subvectors-github-aws.json"),
    ))
    .expect("conformance vectors");
    for v in vectors["vectors"].as_array().into_iter().flatten() {
        let Some(pattern) = v["condition"]["pattern"].as_str() else {
            continue;
        };
        let op = match v["condition"]["consumer"].as_str() {
            Some("aws-stringlike") => "StringLike",
            _ => "StringEquals",
        };
        out.push((
            format!("conformance {}", v["id"]),
            trust_sub(op, json!(pattern)),
        ));
    }
    out
}

/// Summaries of lists of sub values of different kinds: every ordered pair, and a sample of
/// triples (the summary joins one phrase per value).
fn summary_lists() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let kinds: Vec<(&str, &str)> = vec![
        ("StringLike", "repo:octo-org/*"),
        ("StringLike", "repo:octo-org/app-*:*"),
        ("StringLike", "repo:x-*/y:*"),
        ("StringLike", "repo:octo-org/octo-repo:*"),
        ("StringLike", "repo:octo-org/octo-repo:ref:refs/heads/*"),
        ("StringLike", "repo:octo-org/octo-repo:ref:*"),
        (
            "StringLike",
            "repo:octo-org/octo-repo:ref:refs/heads/release-*",
        ),
        ("StringLike", "repo:octo-org/octo-repo:ref:refs/tags/*"),
        ("StringLike", "repo:octo-org/octo-repo:ref:refs/tags/v*"),
        ("StringLike", "repo:octo-org/octo-repo:environment:*"),
        ("StringLike", "repo:octo-org/octo-repo:environment:prod-*"),
        ("StringLike", "repo:octo-org/octo-repo:pull_*"),
        ("StringLike", "repo:octo-org/octo-repo:job_workflow_ref:*"),
        ("StringLike", "repo:octo-org/octo-repo"),
        ("StringLike", "repo:octo-org/octo-repo:ref:refs/heads/main"),
        ("StringLike", "repo:octo-org/octo-repo:ref:refs/tags/v1"),
        (
            "StringLike",
            "repo:octo-org/octo-repo:environment:production",
        ),
        ("StringLike", "repo:octo-org/octo-repo:pull_request"),
        ("StringLike", "repository_owner:octo-org"),
        (
            "StringLike",
            "job_workflow_ref:octo-org/r/.github/workflows/d.yml@refs/heads/main",
        ),
    ];
    for (i, (_, a)) in kinds.iter().enumerate() {
        for (j, (_, b)) in kinds.iter().enumerate() {
            if i == j {
                continue;
            }
            out.push((
                format!("pair {a} {b}"),
                trust_sub("StringLike", json!([a, b])),
            ));
            let (_, c) = kinds[(i + j + 1) % kinds.len()];
            if (i + j) % 4 == 0 && c != *a && c != *b {
                out.push((
                    format!("triple {a} {b} {c}"),
                    trust_sub("StringLike", json!([a, b, c])),
                ));
            }
        }
    }
    out
}

fn targeted_permission() -> Vec<(String, String)> {
    let policy =
        |statements: Value| json!({"Version": "2012-10-17", "Statement": statements}).to_string();
    let repo = "arn:aws:ecr:us-east-1:123456789012:repository/octo-repo";
    let mut out = vec![
        (
            "star action".into(),
            policy(json!([{"Effect": "Allow", "Action": "*", "Resource": "*"}])),
        ),
        (
            "ecr star".into(),
            policy(
                json!([{"Effect": "Allow", "Action": ["ecr:*", "ecr:Put*", "ecr:Delete*", "s3:GetObject", "GetObject", "ecr:DeleteRepository"], "Resource": [repo, "*", "arn:aws:ecr:*:123456789012:repository/*"]}]),
            ),
        ),
        (
            "not action".into(),
            policy(json!([{"Effect": "Allow", "NotAction": "iam:*", "NotResource": repo}])),
        ),
        (
            "auth on repo".into(),
            policy(
                json!([{"Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": repo}]),
            ),
        ),
        (
            "auth without resource".into(),
            policy(json!([{"Effect": "Allow", "Action": "ecr:GetAuthorizationToken"}])),
        ),
        (
            "nothing".into(),
            policy(json!([{"Effect": "Allow", "Action": "ecr:DescribeImages", "Resource": repo}])),
        ),
        (
            "wrong arns".into(),
            policy(
                json!([{"Effect": "Allow", "Action": ["ecr:PutImage"], "Resource": [
                    "arn:aws-cn:ecr:eu-west-1:210987654321:repository/other",
                    "octo-repo",
                    "arn:aws:ecr:us-east-1:123456789012",
                    "arn:aws:ecr:us-east-1:123456789012:image/octo-repo",
                    "arn:aws:s3:::bucket",
                    "arn:bogus:ecr:us-east-1:123456789012:repository/x",
                    "arn:aws:ecr::123456789012:repository/x",
                    "arn:aws:ecr:us-east-1:1234:repository/x",
                    "arn:aws:ecr:us-east-1:123456789012:repository/",
                    "arn:aws:ecr:us-east-1::repository/x",
                    "arn::ecr:us-east-1:123456789012:repository/x",
                    "arn:aws:ecr:us-east-1:123456789012:",
                    "arn:aws:ecr:us-east-1:999999999999:repository/octo-repo"
                ]}]),
            ),
        ),
        (
            "typographic quote".into(),
            policy(
                json!([{"Effect": "Allow", "Action": "ecr:PutImage", "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/octo\u{2019}repo", "Sid": "a\u{1}b"}]),
            ),
        ),
    ];
    out.push((
        "no version".into(),
        json!({"Statement": [{"Effect": "Allow", "Action": "ecr:PutImage", "Resource": repo}]})
            .to_string(),
    ));
    out
}

/// Texts that are not policies, for both kinds.
fn unreadable() -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        "   ",
        "\u{feff}{}",
        "{\"Statement\": []}\0\0",
        "a\u{1}b\u{2}c\u{3}d\u{4}",
        "{",
        "[",
        "\"abc",
        "{\"a\" 1}",
        "[1 2]",
        "{\"a\": 1 \"b\": 2}",
        "{\"Statement\": [],}",
        "{\"Statement\": []} x",
        "nul",
        "x",
        "{1: 2}",
        "\"\\x\"",
        "1.e5",
        "1e999",
        "\"\u{1}\"",
        "\"\\ud800\"",
        "\"\\uzzzz\"",
        "\"\\ud800\\u0041\"",
        "[1, 2, 3]",
        "\"a string\"",
        "12",
        "true",
        "null",
        "{}",
        "{\"Version\": \"2012-10-17\"}",
        "{\"statement\": []}",
        "{\"Statement\": [], \"statement\": []}",
        "{\"Statement\": \"x\"}",
        "{\"Statement\": [1]}",
        "{\"Statement\": [], \"Version\": 1}",
        "{\"Statement\": [], \"Id\": []}",
        "{\"Statement\": [], \"Id\": {}}",
        "{\"Statement\": [], \"Version\": {}}",
        "{\"Statement\": [], \"Version\": null}",
        "{\"Statement\": true}",
        "{\"Statement\": null}",
        "{\"Statement\": 1}",
        "[tru]",
        "\"\\udc00\"",
        "\"\\ud800\\udb00\"",
        "{\"Statement\": [], \"Bogus\": 1}",
        "{\"Statement\": [], \"\": 1}",
        "{\"Statement\": [], \"version\": \"x\"}",
        "{\"Statement\": [], \"Statement\": []}",
        "{\"Statement\": [{}]}",
        "{\"Statement\": [{\"Effect\": \"allow\"}]}",
        "{\"Statement\": [{\"Effect\": \"\"}]}",
        "{\"Statement\": [{\"Effect\": true}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Conditions\": {}}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"action\": \"x\"}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Effect\": \"Allow\"}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"x\", \"NotAction\": \"y\"}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"NotPrincipal\": \"*\"}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Resource\": \"*\", \"NotResource\": \"*\"}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": 3}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"x\", 1]}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": 1}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": null}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": true}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": 1.5}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": []}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": {}}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": 1}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": []}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": \"x\"}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEquals\": []}}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEquals\": {\"k\": null}}}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEquals\": {\"k\": {}}}}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEquals\": {\"k\": [[1]]}}}]}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": {\"Statement\": []}}}",
        "{\"Role\": {\"Arn\": \"x\"}}",
        "{\"Role\": 1}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": 1}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": {}}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": {\"statement\": []}}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": \"x\"}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": \"{\\\"Statement\\\": [}\"}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": \"%7B%22Statement%22%3A%5B%5D%2C%7D\"}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": \"%7B%2\"}}",
        "{\"Role\": {\"AssumeRolePolicyDocument\": {\"Statement\": []}, \"AssumeRolePolicyDocument\": {}}}",
        "{\"Role\": {}, \"Role\": {}}",
        "{\"AssumeRolePolicyDocument\": {\"Statement\": []}}",
        "{\"PolicyVersion\": {\"Document\": {\"Statement\": []}}}",
        "{\"PolicyVersion\": {}}",
        "{\"PolicyDocument\": \"x\"}",
        "{\"PolicyDocument\": {\"Statement\": []}}",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    out.push(format!("{}{}", "[".repeat(200), "]".repeat(200)));
    out.push("x".repeat(lint::MAX_INPUT_BYTES + 1));
    out
}

fn lint_corpus(corpus: &mut Corpus) {
    let dir = root().join("tests/lint");
    let mut codes: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/lint")
        .map(|e| e.expect("entry").path())
        .collect();
    codes.sort();
    for code in codes {
        let case: Case =
            serde_json::from_str(&read_file(&code.join("case.json"))).expect("case.json");
        for file in ["fire.json", "quiet.json"] {
            let path = code.join(file);
            if let Ok(text) = std::fs::read_to_string(&path) {
                let origin = path
                    .strip_prefix(root())
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                lint_all(corpus, case.kind, &text, &case.context, &origin);
            }
        }
    }
    for (case, kind) in [
        ("audit-get-role-stdin/stdin", PolicyKind::Trust),
        ("audit-invalid-json/bad.json", PolicyKind::Trust),
        ("audit-loose-trust/loose.json", PolicyKind::Trust),
        ("audit-not-a-policy/stdin", PolicyKind::Trust),
        ("audit-permission/perm.json", PolicyKind::Permission),
        ("evaluate-allowed/trust-policy.json", PolicyKind::Trust),
        ("evaluate-explicit-deny/policy.json", PolicyKind::Trust),
        ("evaluate-invalid-json/policy.json", PolicyKind::Trust),
        ("evaluate-invalid-policy/policy.json", PolicyKind::Trust),
        ("evaluate-provider-not-named/policy.json", PolicyKind::Trust),
    ] {
        let path = root().join("tests/cli").join(case);
        let text = read_file(&path);
        let ctx = LintContext::from_form(&Form::default());
        lint_all(corpus, kind, &text, &ctx, &format!("tests/cli/{case}"));
        // The simulator reads the same texts as trust policies.
        if let Err(e) = read::policy("the pasted policy", &text) {
            corpus.add(&e, &format!("tests/cli/{case} (read)"));
        }
    }
    let ctx = LintContext::from_form(&Form::default());
    for (name, text) in targeted_trust() {
        lint_all(corpus, PolicyKind::Trust, &text, &ctx, &name);
    }
    for (name, text) in summary_lists() {
        corpus.report(
            &lint_as(PolicyKind::Trust, &text, &LintContext::default()),
            &name,
        );
        if let Some(denied) = serde_json::from_str(&text)
            .ok()
            .as_ref()
            .and_then(with_deny)
        {
            corpus.report(
                &lint_as(
                    PolicyKind::Trust,
                    &denied.to_string(),
                    &LintContext::default(),
                ),
                &format!("{name} (deny)"),
            );
        }
    }
    for (name, text) in targeted_permission() {
        lint_all(corpus, PolicyKind::Permission, &text, &ctx, &name);
        lint_all(
            corpus,
            PolicyKind::Permission,
            &text,
            &LintContext {
                can_push: Some(false),
                ..ctx.clone()
            },
            &name,
        );
    }
    let china = LintContext::from_form(
        &Form::default()
            .with(Field::Region, "cn-north-1")
            .with(Field::SubjectFormat, "immutable")
            .with(Field::OwnerId, "1")
            .with(Field::RepoId, "2")
            .with(Field::GithubHost, "enterprise")
            .with(Field::GithubHostName, "octo-ent"),
    );
    for (name, text) in targeted_trust().into_iter().chain(targeted_permission()) {
        let kind = if name.contains("ecr") || text.contains("ecr:") {
            PolicyKind::Permission
        } else {
            PolicyKind::Trust
        };
        corpus.report(&lint_as(kind, &text, &china), &format!("{name} (china)"));
    }
    let raised = LintContext {
        trust_policy_limit: Some(lint::TRUST_POLICY_MAX_LIMIT),
        ..LintContext::default()
    };
    for (name, text) in targeted_trust() {
        corpus.report(
            &lint_as(PolicyKind::Trust, &text, &raised),
            &format!("{name} (raised)"),
        );
    }
    for text in unreadable() {
        let origin = format!("unreadable {:?}", text.chars().take(60).collect::<String>());
        for kind in [PolicyKind::Trust, PolicyKind::Permission] {
            corpus.report(&lint_as(kind, &text, &LintContext::default()), &origin);
        }
        if let Err(e) = read::policy("the pasted policy", &text) {
            corpus.add(&e, &origin);
        }
        if let Err(e) = read::policy("the generated trust policy", &text) {
            corpus.add(&e, &origin);
        }
    }
}

fn form_corpus(corpus: &mut Corpus) -> usize {
    let all = forms();
    for (name, form) in &all {
        let outcome = keyless::generate(form);
        corpus.diagnostics(&outcome.diagnostics, name);
        // The generated policies, as the audit would read them without the form.
        if let Some(bundle) = &outcome.bundle {
            corpus.report(
                &lint::trust_policy(&bundle.trust_policy, &LintContext::default()),
                &format!("{name} (generated trust policy)"),
            );
            corpus.report(
                &lint::permission_policy(&bundle.permission_policy, &LintContext::default()),
                &format!("{name} (generated permission policy)"),
            );
            if let Err(e) = read::policy("the generated trust policy", &bundle.trust_policy) {
                corpus.add(&e, name);
            }
        }
    }
    // A converted workflow whose runs present no subject Keyless can know.
    let outcome = keyless::generate::for_subjects(&Form::default(), &[]);
    corpus.diagnostics(&outcome.diagnostics, "for_subjects with no subjects");
    for fragment in [
        "#bogus=1&repo=%ZZ&owner=%E2%82&account=000000000042",
        "#owner=acme&Owner=x&branches=%FF",
    ] {
        for problem in Form::from_fragment(fragment).1 {
            corpus.add(&problem.to_string(), fragment);
        }
    }
    all.len()
}

fn reader_corpus(corpus: &mut Corpus) {
    for text in [
        "x",
        "{",
        "[1]",
        "\"s\"",
        "1",
        "true",
        "null",
        "{\"sub\": \"repo:o/r:ref:refs/heads/main\", \"a\": null, \"b\": {}, \"c\": [1, [2]], \"d\": [\"x\", true, 2.5]}",
    ] {
        match read::claims("the pasted token payload", text) {
            Err(e) => corpus.add(&e, &format!("claims {text:?}")),
            Ok((_, notes)) => {
                for n in notes {
                    corpus.add(&n, &format!("claims {text:?}"));
                }
            }
        }
    }
    for from in [
        ProviderFrom::Flag,
        ProviderFrom::Role,
        ProviderFrom::Policy,
        ProviderFrom::Guess,
    ] {
        corpus.add(from.describe(), "ProviderFrom::describe");
    }
}

#[test]
fn every_sentence_of_the_form_the_checks_and_the_linter_has_korean() {
    let mut corpus = Corpus::default();
    let forms = form_corpus(&mut corpus);
    lint_corpus(&mut corpus);
    reader_corpus(&mut corpus);

    // KEYLESS_I18N_DUMP=FILE writes every text and its Korean, a JSON pair a line, for review.
    if let Ok(path) = std::env::var("KEYLESS_I18N_DUMP") {
        let lines: Vec<String> = corpus
            .texts
            .keys()
            .map(|t| {
                serde_json::to_string(&[t.as_str(), &translate(Lang::Ko, t)]).unwrap_or_default()
            })
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n").expect("write the dump");
    }
    // KEYLESS_I18N_SHOW=TEXT prints the Korean of every text containing TEXT, for review.
    if let Ok(needle) = std::env::var("KEYLESS_I18N_SHOW") {
        for text in corpus.texts.keys().filter(|t| t.contains(&needle)) {
            println!("{text}\n  {}\n", translate(Lang::Ko, text));
        }
    }
    let mut missing = Vec::new();
    for (text, origin) in &corpus.texts {
        if let Some(english) = untranslated(text) {
            if &english == text {
                missing.push(format!("- {text:?}\n    (from {origin})"));
            } else {
                missing.push(format!(
                    "- {english:?}\n    inside {text:?}\n    (from {origin})"
                ));
            }
        }
    }
    // A template whose hole swallowed English prose (a verbatim hole at the end of a template
    // taking a sentence it was not meant for) passes the check above: look for English left in
    // the Korean, outside quoted values.
    let mut leaked = Vec::new();
    for (text, origin) in &corpus.texts {
        let Some(ko) = korean(text) else { continue };
        if let Some(words) = english_left(&ko) {
            leaked.push(format!(
                "- {words:?}\n    in {ko:?}\n    from {text:?}\n    ({origin})"
            ));
        }
    }
    // KEYLESS_I18N_SLOW=1 prints the texts that take longest to translate.
    if std::env::var("KEYLESS_I18N_SLOW").is_ok() {
        let mut times: Vec<(std::time::Duration, &String)> = corpus
            .texts
            .keys()
            .map(|t| {
                let at = std::time::Instant::now();
                let _ = korean(t);
                (at.elapsed(), t)
            })
            .collect();
        times.sort();
        for (d, t) in times.iter().rev().take(15) {
            println!("{d:?} {}", t.chars().take(150).collect::<String>());
        }
        let total: std::time::Duration = times.iter().map(|(d, _)| *d).sum();
        let median = times[times.len() / 2].0;
        println!("total {total:?}, median {median:?}");
    }
    // Every quoted value of the English is in the Korean as it is (an empty "" may become a
    // word).
    let mut altered = Vec::new();
    for text in corpus.texts.keys() {
        let Some(ko) = korean(text) else { continue };
        for value in quoted_values(text) {
            // A value holding a quote pairs the quotes wrongly: " contains " is no value.
            let inner = &value[1..value.len() - 1];
            if inner.starts_with(' ') || inner.ends_with(' ') {
                continue;
            }
            if value != "\"\"" && !ko.contains(value) {
                altered.push(format!("- {value}\n    in {text:?}\n    -> {ko:?}"));
            }
        }
    }
    assert!(
        altered.is_empty(),
        "{} quoted values are not kept in the Korean:\n{}",
        altered.len(),
        altered.join("\n")
    );
    println!(
        "{} distinct messages checked over {forms} forms and the linter's and reader's corpora",
        corpus.texts.len(),
    );
    assert!(
        missing.is_empty(),
        "{} of {} texts have no Korean:\n{}",
        missing.len(),
        corpus.texts.len(),
        missing.join("\n")
    );

    assert!(
        leaked.is_empty(),
        "{} translations still hold English prose:\n{}",
        leaked.len(),
        leaked.join("\n")
    );

    // Which rows of this table the corpora reach.
    let ours: Vec<&str> = table(Table::Form).iter().map(|(en, _)| *en).collect();
    let unreached: Vec<&str> = ours
        .iter()
        .copied()
        .filter(|en| !corpus.texts.keys().any(|t| reaches(en, t)))
        .collect();
    println!(
        "{} rows in messages_ko_form.rs, {} reached by the corpora",
        ours.len(),
        ours.len() - unreached.len()
    );
    let expected: BTreeSet<&str> = UNREACHED.iter().copied().collect();
    let got: BTreeSet<&str> = unreached.iter().copied().collect();
    assert!(
        got == expected,
        "rows the corpora do not reach, beyond the known ones:\n{:#?}\nknown but now reached:\n{:#?}",
        got.difference(&expected).collect::<Vec<_>>(),
        expected.difference(&got).collect::<Vec<_>>()
    );
}

/// The `"..."` and `` `...` `` segments of a text, quotes included (`\"` inside `"..."` does not
/// close it).
fn quoted_values(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match open {
            Some(_) if escaped => escaped = false,
            Some((_, '"')) if c == '\\' => escaped = true,
            Some((start, q)) if c == q => {
                out.push(&text[start..at + c.len_utf8()]);
                open = None;
            }
            Some(_) => {}
            None if c == '"' || c == '`' => open = Some((at, c)),
            None => {}
        }
    }
    out
}

/// English prose left outside `"..."` and `` `...` `` (values and code): a word that only
/// English sentences use.
fn english_left(ko: &str) -> Option<String> {
    const PROSE: [&str; 37] = [
        "the",
        "and",
        "or",
        "of",
        "to",
        "is",
        "are",
        "not",
        "with",
        "for",
        "an",
        "in",
        "on",
        "by",
        "it",
        "as",
        "be",
        "can",
        "only",
        "this",
        "that",
        "which",
        "matching",
        "when",
        "claim",
        "claims",
        "also",
        "match",
        "matches",
        "every",
        "repositories",
        "using",
        "nobody",
        "except",
        "whose",
        "more",
        "no",
    ];
    let mut plain = String::new();
    let mut quote: Option<char> = None;
    for c in ko.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '`' => quote = Some(c),
            None => plain.push(c),
        }
    }
    plain
        .split_whitespace()
        .map(|token| token.trim_matches(|c: char| ",.;:()[]!?".contains(c)))
        .find(|word| PROSE.contains(word))
        .map(str::to_owned)
}

/// Rows no corpus reaches, and why.
const UNREACHED: &[&str] = &[
    // The generated files' self-checks: each reports a Keyless bug, which no input reaches.
    "This is a Keyless bug; the artifact is withheld. Please report the inputs that caused it.",
    "the generated JSON does not parse: {e}",
    "the generated JSON reads back as a different policy",
    "the generated workflow is not valid YAML: {e}",
    "the generated calling workflow is not valid YAML: {e}",
    "a reusable workflow must be triggered by workflow_call",
    "push branches read back as {v}",
    "push tags read back as {v}, expected {e}",
    "the pull_request trigger does not match the scope",
    "the calling job does not read back with id-token: write",
    "the calling job passes AWS_ROLE_ARN as {v}",
    "the calling job's uses does not read back as the reusable workflow",
    "the AWS_ROLE_ARN secret is not declared as the role placement needs",
    "the job does not read back with id-token: write",
    "environment reads back as {v}",
    "role-to-assume does not read back as written",
    "aws-region does not read back as written",
    "the workflow requests the audience {a}, the role expects {b}",
    "registries reads back as {v}",
    "REPOSITORY reads back as {v}",
    "the here-document delimiter {d} appears on {n} lines",
    // Validation refuses an extra repository without its id under the immutable subject first.
    "the template names repository_id: give every extra repository as name@id",
];

#[test]
fn representative_translations() {
    let cases = [
        ("GitHub owner is required", "GitHub 소유자를 입력하세요"),
        (
            "branch \"feat/x y\" contains a space, which git does not allow in branch names",
            "브랜치 \"feat/x y\"은(는) git이 브랜치 이름에 허용하지 않는 공백을 포함합니다",
        ),
        (
            "in \"api\": tag \"v?\" contains '?', which IAM and GitHub's tag filters read differently",
            "\"api\" 리포지토리: 태그 \"v?\"은(는) IAM과 GitHub 태그 필터가 서로 다르게 해석하는 '?'를 포함합니다",
        ),
        (
            "StringLike \"repo:octo-org/octo-repo:ref:refs/heads/*\" (value 2 of 2) admits every branch of octo-org/octo-repo: anyone with write access can push a new branch and assume this role from it, without review. It is not the first value of its list: IAM's create-time guardrail and Checkov's CKV_AWS_358 read only the first value, so neither catches it.",
            "StringLike \"repo:octo-org/octo-repo:ref:refs/heads/*\"(값 2개 중 2번째)은(는) octo-org/octo-repo의 모든 브랜치를 허용합니다. 쓰기 권한이 있는 누구나 새 브랜치를 푸시해 검토 없이 이 역할을 맡을 수 있습니다. 이 값은 목록의 첫 값이 아닙니다. IAM의 생성 시점 검사와 Checkov의 CKV_AWS_358은 첫 값만 읽으므로 둘 다 이를 잡아내지 못합니다.",
        ),
        (
            "the main branch of octo-org/octo-repo, the tag v1.2 of octo-org/octo-repo, or tags of octo-org/octo-repo matching v*, except what the Deny statements exclude",
            "octo-org/octo-repo의 main 브랜치, octo-org/octo-repo의 태그 v1.2, 또는 octo-org/octo-repo에서 v*와(과) 일치하는 태그, 다만 Deny 문이 제외하는 대상은 빼고",
        ),
        (
            "the pasted policy cannot be read: invalid JSON at line 4, column 25: expected `,` or `}`",
            "붙여 넣은 정책을(를) 읽을 수 없습니다: 4번째 줄 25번째 열의 JSON이 올바르지 않습니다: `,` 또는 `}`가 와야 합니다",
        ),
        (
            "not a policy document: at /Statement/0/Effect, Effect must be \"Allow\" or \"Deny\" (case-sensitive), not \"allow\"",
            "정책 문서가 아닙니다 (/Statement/0/Effect): Effect는 \"allow\"이(가) 아니라 \"Allow\" 또는 \"Deny\"여야 합니다 (대소문자 구분)",
        ),
    ];
    for (en, ko) in cases {
        assert_eq!(translate(Lang::Ko, en), ko, "{en}");
        assert_eq!(translate(Lang::En, en), en);
    }
}

/// What the form says about odd values, through validation: the Korean keeps each value byte
/// for byte, braces and quotes included.
#[test]
fn user_values_are_kept_byte_for_byte() {
    let messages = |form: Form| -> Vec<String> {
        keyless::input::validate(&form)
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == keyless::Severity::Error)
            .map(|d| d.message)
            .collect()
    };
    let owner = "Ünï\"{x}$";
    let got = messages(Form::default().with(Field::Owner, owner));
    assert_eq!(
        got,
        [format!(
            "GitHub owner \"{owner}\" contains \"Ü\"; only ASCII letters, digits and hyphens are allowed"
        )]
    );
    assert_eq!(
        translate(Lang::Ko, &got[0]),
        format!(
            "GitHub 소유자 \"{owner}\"에 \"Ü\"이(가) 있습니다. ASCII 영문자, 숫자, 하이픈만 쓸 수 있습니다"
        )
    );
    let account = "１２３４５６７８９０１２";
    let got = messages(Form::default().with(Field::Account, account));
    assert_eq!(
        translate(Lang::Ko, &got[0]),
        format!("AWS 계정 ID \"{account}\"은(는) 정확히 12자리 숫자여야 합니다 (현재 12자)")
    );
    let branch = "rel/${x}\"q:1";
    let got = messages(Form::default().with(Field::Branches, format!("main, {branch}")));
    assert_eq!(
        translate(Lang::Ko, &got[0]),
        format!(
            "브랜치 \"{branch}\"은(는) git이 브랜치 이름에 허용하지 않는 \":\"을(를) 포함합니다"
        )
    );
}
