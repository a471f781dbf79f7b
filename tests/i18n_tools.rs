//! Korean for the tools: collects what the core says over broad corpora (the troubleshooter's
//! catalogue run against many logs and contexts, the converter corpus under tests/convert/ and its
//! error paths, the evaluator over the CC0 conformance vectors and operator variants, the
//! simulator with described runs and pasted token payloads) and checks that every sentence the
//! page shows has a Korean template (`keyless::i18n::messages::untranslated` is `None`).
//!
//! Sentences of the policy linter (nested in an explanation or a simulator error) belong to the
//! form's table (`messages_ko_form.rs`); they are collected separately and only reported here.
//!
//! `KEYLESS_I18N_DUMP=path` writes every collected text with its Korean (or `UNTRANSLATED`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use keyless::explain::{self, ExplainContext, Explanation, JobFacts, SYMPTOMS};
use keyless::form::{Field, Form};
use keyless::i18n::Lang;
use keyless::i18n::messages::{Table, korean, reaches, table, translate, untranslated};
use keyless::iam::eval::{Decision, StatementOutcome, evaluate};
use keyless::iam::read::ProviderFrom;
use keyless::iam::{PolicyDocument, Request};
use keyless::lint::{self, LintContext};
use keyless::simulate::{RunKind, SimulateInput, simulate};
use keyless::workflow::{self, ConvertOptions, JobStatus, Partition, RolePlacement};

const GITHUB_HOST: &str = "token.actions.githubusercontent.com";
const PROVIDER: &str =
    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

/// Every distinct text the page can show, with where it was first seen.
#[derive(Default)]
struct Corpus {
    texts: BTreeMap<String, String>,
    /// Sentences of the linter (the form's table), nested in ours.
    foreign: BTreeSet<String>,
}

impl Corpus {
    /// A sentence the form's table translates (the reader of pasted policies and payloads,
    /// `iam/read.rs`): checked like the others, but only reported when it has no Korean.
    fn add_foreign(&mut self, origin: &str, text: &str) {
        self.add(origin, text);
        self.foreign.insert(text.to_owned());
    }

    fn add(&mut self, origin: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.texts
            .entry(text.to_owned())
            .or_insert_with(|| origin.to_owned());
    }

    /// The linter's own sentences for a policy text, which explanations and simulator errors
    /// may quote.
    fn lint_sentences(&mut self, text: &str, ctx: &LintContext) {
        for report in [
            lint::trust_policy(text, ctx),
            lint::permission_policy(text, ctx),
        ] {
            for d in report.diagnostics() {
                self.foreign.insert(d.message.clone());
            }
            if let Some(f) = report.failure() {
                self.foreign.insert(f.message());
            }
        }
    }
}

// ---- The troubleshooter ----------------------------------------------------------------------

fn log(lines: &[String]) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("2026-08-20T10:12:{:02}.{:07}Z {l}\n", i % 60, 1_234_567 + i))
        .collect()
}

fn configure_step(inputs: &[&str]) -> Vec<String> {
    let mut out = vec![
        "##[group]Run aws-actions/configure-aws-credentials@v6".to_owned(),
        "with:".to_owned(),
    ];
    out.extend(inputs.iter().map(|i| format!("  {i}")));
    out.push("##[endgroup]".to_owned());
    out
}

/// Error texts: each symptom's phrases, bare and inside logs with telling step inputs.
fn error_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for symptom in SYMPTOMS {
        for group in symptom.phrases {
            let phrase = group.join(" ... ");
            texts.push(phrase.clone());
            for inputs in [
                vec![
                    "role-to-assume: arn:aws:iam::123456789012:role/gha-ecr-push",
                    "aws-region: us-east-1",
                    "role-session-name: gha-16012345678",
                ],
                vec!["role-to-assume: ", "aws-region: us-east-1"],
                vec![
                    "role-to-assume: gha-ecr-push",
                    "aws-region: cn-north-1",
                    "audience: sts.amazonaws.com.cn",
                    "role-duration-seconds: 7200",
                    "role-chaining: true",
                    "force-skip-oidc: true",
                    "role-session-name: x",
                ],
                vec![
                    "role-to-assume: arn:aws:iam::123456789012:role/gha-ecr-push",
                    "aws-region: eu-west-1",
                    "audience: https://github.com/octo-org",
                ],
            ] {
                let mut lines = configure_step(&inputs);
                lines.push(format!("##[error]{phrase}"));
                texts.push(log(&lines));
            }
        }
    }
    let specific = [
        "denied: User: arn:aws:sts::123456789012:assumed-role/gha-ecr-push/gha-1 is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:123456789012:repository/octo-repo because no identity-based policy allows the ecr:InitiateLayerUpload action",
        "denied: User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: ecr:PutImage on resource: arn:aws:ecr:us-east-1:123456789012:repository/octo-repo with an explicit deny",
        "denied: not authorized to perform: ecr:BatchCheckLayerAvailability and not authorized to perform: ecr:PutImage",
        "Error: User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action",
        "name unknown: The repository with name 'octo-repo' does not exist in the registry with id '123456789012'",
        "name unknown: The repository with name 'app/api' does not exist in the registry with id '210987654321'",
        "RepositoryNotFoundException",
        "denied: User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform:\n  ecr:PutImage on resource: the repository",
        "##[error]Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com/octo-enterprise",
        "##[error]Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com",
        "An error occurred (EntityAlreadyExists) when calling the CreateOpenIDConnectProvider operation: Provider with url https://token.actions.githubusercontent.com already exists.",
        "Invalid parameter at 'registryIds' failed to satisfy constraint: 'Member must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]{12}]'",
        "Error: Process completed with exit code 137.",
        "",
    ];
    texts.extend(specific.iter().map(|s| (*s).to_owned()));
    texts
}

fn explain_contexts(corpus: &mut Corpus) -> Vec<Option<ExplainContext>> {
    let forms = [
        Form::default(),
        Form::default()
            .with(Field::Scope, "environment")
            .with(Field::Environment, "production"),
        Form::default()
            .with(Field::Region, "cn-north-1")
            .with(Field::Account, "210987654321"),
        Form::default()
            .with(Field::SubjectFormat, "immutable")
            .with(Field::OwnerId, "123456")
            .with(Field::RepoId, "456789"),
        Form::default().with(Field::Owner, ""),
    ];
    let jobs = [
        JobFacts::default(),
        JobFacts {
            environment: Some("production".into()),
            ..JobFacts::default()
        },
        JobFacts {
            event: Some("pull_request".into()),
            ..JobFacts::default()
        },
        JobFacts {
            repository: Some("octo-org/octo-repo".into()),
            ..JobFacts::default()
        },
        JobFacts {
            event: Some("push".into()),
            git_ref: Some("refs/tags/v1.2.3".into()),
            ..JobFacts::default()
        },
        JobFacts {
            environment: Some("production".into()),
            repository: Some("octo-org/octo-repo".into()),
            ..JobFacts::default()
        },
        JobFacts {
            event: Some("pull_request".into()),
            repository: Some("octo-org/octo-repo".into()),
            ..JobFacts::default()
        },
        JobFacts {
            git_ref: Some("refs/tags/v2".into()),
            repository: Some("octo-org/octo-repo".into()),
            ..JobFacts::default()
        },
        JobFacts {
            git_ref: Some("refs/heads/dev".into()),
            repository: Some("octo-org/octo-repo".into()),
            ..JobFacts::default()
        },
        JobFacts {
            repository: Some("Octo-Org/octo-repo".into()),
            ..JobFacts::default()
        },
        JobFacts {
            immutable_subject: Some(true),
            owner_id: Some(123_456),
            repo_id: Some(456_789),
            ..JobFacts::default()
        },
        JobFacts {
            immutable_subject: Some(true),
            ..JobFacts::default()
        },
        JobFacts {
            audience: Some("https://github.com/octo-org".into()),
            ..JobFacts::default()
        },
        JobFacts {
            subject: Some("repo:octo-org/octo-repo:environment:prod".into()),
            ..JobFacts::default()
        },
    ];
    let trust_policies = [
        // sts:AssumeRole instead of the web-identity action.
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRole","Condition":{{"StringEquals":{{"{GITHUB_HOST}:aud":"sts.amazonaws.com","{GITHUB_HOST}:sub":"repo:octo-org/octo-repo:ref:refs/heads/main"}}}}}}]}}"#
        ),
        // A Deny that matches.
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"Push","Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringLike":{{"{GITHUB_HOST}:sub":"repo:octo-org/*"}}}}}},{{"Sid":"NoMain","Effect":"Deny","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringLike":{{"{GITHUB_HOST}:sub":"*:ref:refs/heads/main"}}}}}}]}}"#
        ),
        // Another provider.
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:octo-org/octo-repo:ref:refs/heads/main"}}}]}"#.to_owned(),
        // Audience and a misspelt key.
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:aud":"https://github.com/octo-org","{GITHUB_HOST}:subject":"repo:octo-org/octo-repo:ref:refs/heads/main"}}}}}}]}}"#
        ),
        // A pattern under StringEquals; no sub at all.
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:sub":"repo:Octo-Org/*"}}}}}}]}}"#
        ),
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:aud":"sts.amazonaws.com","{GITHUB_HOST}:repository":"octo-org/octo-repo"}}}}}}]}}"#
        ),
        // Two sub values; a negated sub condition only.
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:sub":["repo:octo-org/octo-repo:ref:refs/heads/main","repo:octo-org/octo-repo:ref:refs/heads/release"]}}}}}}]}}"#
        ),
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringNotLike":{{"{GITHUB_HOST}:sub":"repo:octo-org/*"}}}}}}]}}"#
        ),
        // The provider only in a Deny: the Allow names another, or no principal, or is missing.
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:sub":"nothing"}}}}}},{{"Effect":"Allow","Principal":{{"Federated":"arn:aws:iam::123456789012:oidc-provider/example.com"}},"Action":"sts:AssumeRoleWithWebIdentity"}}]}}"#
        ),
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:sub":"nothing"}}}}}},{{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity"}}]}}"#
        ),
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{GITHUB_HOST}:sub":"nothing"}}}}}}]}}"#
        ),
        "{ not json".to_owned(),
    ];
    let permission_policies = [
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:GetAuthorizationToken","ecr:PutImage"],"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/octo-repo"}]}"#.to_owned(),
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"},{"Effect":"Allow","Action":["ecr:PutImage"],"Resource":"arn:aws:ecr:us-west-2:123456789012:repository/other"}]}"#.to_owned(),
    ];

    // The page's default form with every job; the other forms with a few; each deployed policy
    // with and without the form.
    let mut out = vec![None];
    for (f, form) in forms.iter().enumerate() {
        let lc = LintContext::from_form(form);
        if let Some(bundle) = keyless::generate(form).bundle {
            corpus.lint_sentences(&bundle.trust_policy, &lc);
            corpus.lint_sentences(&bundle.permission_policy, &lc);
        }
        let some_jobs = if f == 0 { &jobs[..] } else { &jobs[..3] };
        for job in some_jobs {
            out.push(Some(ExplainContext {
                form: Some(form.clone()),
                job: job.clone(),
                ..ExplainContext::default()
            }));
        }
    }
    let form = &forms[0];
    let lc = LintContext::from_form(form);
    for trust in &trust_policies {
        corpus.lint_sentences(trust, &lc);
        corpus.lint_sentences(trust, &LintContext::default());
        for job in &jobs {
            out.push(Some(ExplainContext {
                form: Some(form.clone()),
                trust_policy: Some(trust.clone()),
                job: job.clone(),
                ..ExplainContext::default()
            }));
        }
        out.push(Some(ExplainContext {
            trust_policy: Some(trust.clone()),
            job: jobs[1].clone(),
            ..ExplainContext::default()
        }));
    }
    for permission in &permission_policies {
        corpus.lint_sentences(permission, &lc);
        corpus.lint_sentences(permission, &LintContext::default());
        out.push(Some(ExplainContext {
            form: Some(form.clone()),
            permission_policy: Some(permission.clone()),
            ..ExplainContext::default()
        }));
        out.push(Some(ExplainContext {
            permission_policy: Some(permission.clone()),
            ..ExplainContext::default()
        }));
    }
    out
}

fn collect_explain(corpus: &mut Corpus) {
    let help = explain::generic_help();
    corpus.add("explain: generic help", help.title);
    for step in &help.steps {
        corpus.add("explain: generic help", step);
    }
    let contexts = explain_contexts(corpus);
    let mut causes = BTreeSet::new();
    let texts = error_texts();
    // Every text without a context and with the page's default form; the other contexts only
    // against the symptoms whose causes read them (the job, the policies, the form's account).
    let reads_context = |text: &str| {
        let t = text.to_lowercase();
        [
            "could not load credentials",
            "not authorized to perform",
            "incorrect token audience",
            "which is not scoped to all",
            "does not exist in the registry",
        ]
        .iter()
        .any(|p| t.contains(p))
    };
    let mut runs: Vec<(&String, Option<&ExplainContext>)> = Vec::new();
    for text in &texts {
        runs.push((text, None));
        runs.push((text, contexts[1].as_ref()));
        if reads_context(text) && !text.contains("##[group]") {
            for ctx in &contexts[2..] {
                runs.push((text, ctx.as_ref()));
            }
        }
    }
    for (text, ctx) in runs {
        {
            match explain::diagnose(text, ctx) {
                Explanation::Causes { causes: found } => {
                    for c in found {
                        causes.insert(c.id);
                        corpus.add(&format!("explain {}: title", c.id), &c.title);
                        corpus.add(&format!("explain {}: why", c.id), &c.why);
                        corpus.add(&format!("explain {}: fix", c.id), &c.fix);
                    }
                }
                Explanation::Unrecognised { help } => {
                    corpus.add("explain: generic help", help.title);
                }
            }
        }
    }
    // Every symptom was recognised and produced causes.
    assert!(
        causes.len() > 40,
        "only {} causes seen: is the corpus broken?",
        causes.len()
    );
}

// ---- The converter ---------------------------------------------------------------------------

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/convert")
}

/// As tests/convert.rs reads `NAME.options`.
fn parse_options(text: &str) -> ConvertOptions {
    let mut o = ConvertOptions::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        match k.trim() {
            "role" => {
                o.role = match v.trim() {
                    "vars" => RolePlacement::Vars,
                    "secrets" => RolePlacement::Secrets,
                    other => RolePlacement::Inline(
                        other.strip_prefix("inline:").unwrap_or(other).to_owned(),
                    ),
                }
            }
            "upgrade" => o.upgrade_actions = v.trim() == "true",
            "pin" => o.pin_actions = v.trim() == "true",
            "region" => o.region = Some(v.trim().to_owned()),
            _ => {}
        }
    }
    o
}

fn add_conversion(corpus: &mut Corpus, origin: &str, c: &workflow::Conversion) {
    for f in &c.findings {
        corpus.add(&format!("{origin}: {} message", f.code), &f.message);
        corpus.add(&format!("{origin}: {} help", f.code), &f.help);
    }
    for job in &c.jobs {
        if let JobStatus::Refused(why) = &job.status {
            corpus.add(&format!("{origin}: job {} refused", job.job_id), why);
        }
    }
}

/// Texts the converter cannot take: invalid YAML, not a workflow, syntax Keyless cannot edit.
const BROKEN: &[&str] = &[
    "on: push\njobs:\n  build: [\n",
    "on: push\njobs:\n  build:\n    steps:\n  - run: x\n   bad: indent\n",
    "key: \"unterminated\n",
    "a: b\n---\nc: d\n",
    "- just\n- a list\n",
    "name: x\n",
    "on: push\n",
    "jobs:\n  build:\n    runs-on: ubuntu-latest\n",
    "on: push\njobs: [a, b]\n",
    "on: push\njobs:\n  build: hello\n",
    "on: push\njobs:\n  build:\n    steps: oops\n",
    "on: push\njobs:\n  build:\n    steps:\n      - just a string\n",
    "%YAML 1.2\n---\non: push\njobs: {}\n",
    "on: push\njobs:\n  build:\n    runs-on: !!str ubuntu\n",
    "on: push\njobs:\n  build:\n    ? complex\n    : key\n",
    "on: push\njobs:\n  build:\n\truns-on: x\n",
    "on: push\njobs:\n  build:\n    runs-on: *nothing\n",
    "on: push\njobs:\n  build:\n    runs-on: @reserved\n",
    "on: push\njobs:\n  &anchor build:\n    runs-on: x\n",
    "on: push\njobs:\n  build:\n    runs-on: \"a\\qb\"\n",
    "on: push\njobs:\n  build:\n    runs-on: {a: [b}\n",
    "on: push\njobs:\n  build:\n    steps:\n      - &s - run: x\n",
    "on: push\njobs:\n  [a, b]: c\n",
    "on: push\njobs:\n  a: &x b\n  *x : c\n",
    "on: push\njobs: [a: b]\n",
    "on: push\njobs:\n  a: |  x\n",
    "on: push\njobs:\n  a: \"x\\\n  y\"\n",
    "on: push\njobs: {}\n...\n",
    "...\non: push\njobs: {}\n",
    "on: push\njobs:\n  a: [1,\n\t2]\n",
    "on: push\njobs:\n  a: {[b]: c}\n",
    "on: push\njobs:\n  a: [b, {c: d}: e]\n",
    "on: push\njobs:\n  a: \"\\N\\_\\L\\P\"\n",
    "on: push\njobs:\n  a: \"\\/\"\n",
    "on: push\njobs:\n  a: [b c, d]\n",
    "on: push\njobs:\n  a: {b: c, d}\n",
    "on: push\njobs:\n  a: \"b\" c\n",
    "on: push\njobs:\n  a: b\n  ? c\n",
    "on: push\njobs:\n  a: >2-\n    b\n",
    "on: push\njobs:\n  a:\n    - b\n    -\n",
    "on: push\njobs:\n  a: [b]c\n",
    "on: push\njobs:\n  \"a\": b\n  'c': d\n",
    "on: push\njobs:\n  a: &b\n",
    "on: push\njobs:\n  a: {b: c}}\n",
    "on: push\njobs:\n  a: x\n  b: *x\n",
    "",
    "   \n",
    "\u{0}\u{1}binary",
];

/// Workflows with several reasons to refuse a job, permissions Keyless cannot extend, and
/// findings the corpus under tests/convert/ does not raise.
const REFUSED: &[&str] = &[
    // The keys of a step after the credentials step differ from the step's.
    "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n      - run: aws s3 ls\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.OTHER_AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.OTHER_AWS_SECRET_ACCESS_KEY }}\n",
    // Workflow-level keys nothing uses.
    "on: push\nenv:\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
    // No keys at all.
    "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
    // GITHUB_TOKEN used in a way Keyless cannot read; an event whose subject is undocumented.
    "on: [push, merge_group]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'curl -H \"Authorization: token ${{ secrets.GITHUB_TOKEN }}\" https://example.com'\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n",
    "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: kciter/aws-ecr-action@v4\n        with:\n          access_key_id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          secret_access_key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      - run: aws s3 ls\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.OTHER_AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.OTHER_AWS_SECRET_ACCESS_KEY }}\n",
    "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions: 5\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n",
    "on: push\npermissions: 5\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n",
];

fn collect_convert(corpus: &mut Corpus) -> usize {
    let dir = corpus_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/convert")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".in.yml").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() > 30, "only {} converter cases", names.len());
    let variants = [
        ConvertOptions::default(),
        ConvertOptions {
            upgrade_actions: true,
            ..ConvertOptions::default()
        },
        ConvertOptions {
            role: RolePlacement::Secrets,
            pin_actions: false,
            ..ConvertOptions::default()
        },
        ConvertOptions {
            role: RolePlacement::Inline("arn:aws:iam::123456789012:role/gha".into()),
            region: Some("us-east-1".into()),
            ..ConvertOptions::default()
        },
        ConvertOptions {
            role: RolePlacement::Inline("arn:aws-cn:iam::123456789012:role/gha".into()),
            region: Some("cn-north-1".into()),
            upgrade_actions: true,
            ..ConvertOptions::default()
        },
    ];
    for name in &names {
        let input = fs::read_to_string(dir.join(format!("{name}.in.yml"))).expect("input");
        let options = parse_options(
            &fs::read_to_string(dir.join(format!("{name}.options"))).unwrap_or_default(),
        );
        let origin = format!("convert {name}");
        add_conversion(corpus, &origin, &workflow::convert(&input, &options));
        for v in &variants {
            add_conversion(corpus, &origin, &workflow::convert(&input, v));
        }
    }
    for text in REFUSED {
        for v in &variants {
            add_conversion(corpus, "convert: refused", &workflow::convert(text, v));
        }
    }
    for text in BROKEN {
        add_conversion(
            corpus,
            "convert: broken input",
            &workflow::convert(text, &ConvertOptions::default()),
        );
    }
    // Through the page's plan (the form's options).
    for name in names.iter().take(5) {
        let input = fs::read_to_string(dir.join(format!("{name}.in.yml"))).expect("input");
        let plan = keyless::convert::plan(&Form::default(), &input, "workflow.yml", true);
        add_conversion(corpus, &format!("plan {name}"), &plan.conversion);
    }
    for (_, description) in workflow::codes::ALL {
        corpus.add("convert: code description", description);
    }
    for p in [
        Partition::Aws,
        Partition::AwsUsGov,
        Partition::AwsCn,
        Partition::Unknown,
    ] {
        corpus.add("convert: partition label", p.label());
    }
    names.len()
}

// ---- The evaluator ---------------------------------------------------------------------------

fn add_decision(corpus: &mut Corpus, origin: &str, d: &Decision) {
    corpus.add(&format!("{origin}: decision"), &d.message);
    for c in &d.caveats {
        corpus.add(&format!("{origin}: caveat"), c);
    }
    for t in &d.statements {
        if let StatementOutcome::ConditionsFailed { failures } = &t.outcome {
            for f in failures {
                corpus.add(&format!("{origin}: failure"), &f.message);
            }
        }
    }
}

/// One vector condition as `(operator, key, values)` entries.
fn vector_conditions(
    condition: &serde_json::Value,
    out: &mut Vec<(String, String, serde_json::Value)>,
) {
    let consumer = condition["consumer"].as_str().unwrap_or_default();
    match consumer {
        "aws-all" => {
            for sub in condition["of"].as_array().into_iter().flatten() {
                vector_conditions(sub, out);
            }
        }
        _ => {
            let op = match consumer {
                "aws-stringlike" => "StringLike",
                _ => "StringEquals",
            };
            let claim = condition["claim"].as_str().unwrap_or("sub");
            out.push((
                op.to_owned(),
                format!("{GITHUB_HOST}:{claim}"),
                condition["pattern"].clone(),
            ));
        }
    }
}

fn policy_json(statements: &[serde_json::Value]) -> PolicyDocument {
    let doc = serde_json::json!({"Version": "2012-10-17", "Statement": statements});
    serde_json::from_value(doc).expect("policy")
}

fn statement(
    sid: Option<&str>,
    effect: &str,
    conditions: &[(String, String, serde_json::Value)],
) -> serde_json::Value {
    let mut block = serde_json::Map::new();
    for (op, key, values) in conditions {
        let entry = block
            .entry(op.clone())
            .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
        if let Some(map) = entry.as_object_mut() {
            map.insert(key.clone(), values.clone());
        }
    }
    let mut st = serde_json::json!({
        "Effect": effect,
        "Principal": {"Federated": PROVIDER},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": block,
    });
    if let Some(sid) = sid {
        st["Sid"] = serde_json::Value::String(sid.to_owned());
    }
    st
}

fn collect_evaluator(corpus: &mut Corpus) -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/conformance/subvectors-github-aws.json");
    let suite: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("vectors")).expect("vectors parse");
    let vectors = suite["vectors"].as_array().expect("vectors").clone();
    assert_eq!(vectors.len(), 32, "suite github-aws 0.3.0 has 32 vectors");
    let operators = [
        "StringEquals",
        "StringNotEquals",
        "StringEqualsIgnoreCase",
        "StringNotEqualsIgnoreCase",
        "StringLike",
        "StringNotLike",
        "ForAllValues:StringLike",
        "ForAllValues:StringNotEquals",
        "ForAnyValue:StringEquals",
        "ForAnyValue:StringNotLike",
        "StringLikeIfExists",
        "StringEqual",
        "NumericEquals",
    ];
    for vector in &vectors {
        let id = vector["id"].as_str().unwrap_or("?");
        let subject = vector["subject"].as_str().unwrap_or_default();
        // The token, and the same token with a second `sub` value (set operators read both).
        let mut request = Request::new(PROVIDER);
        let mut multi = Request::new(PROVIDER);
        if let Some(claims) = vector["claims"].as_object() {
            for (k, v) in claims.iter().filter(|(k, _)| *k != "sub") {
                request = request.with_claim(k.as_str(), v.as_str().unwrap_or_default());
                multi = multi.with_claim(k.as_str(), v.as_str().unwrap_or_default());
            }
        }
        let request = request.with_claim("sub", subject);
        let multi = multi.with_claim_values(
            "sub",
            vec![
                subject.to_owned(),
                "repo:other/other:ref:refs/heads/x".to_owned(),
            ],
        );
        let mut conditions = Vec::new();
        vector_conditions(&vector["condition"], &mut conditions);
        let origin = format!("vector {id}");
        let policy = policy_json(&[statement(Some("GitHubOidc"), "Allow", &conditions)]);
        add_decision(corpus, &origin, &evaluate(&policy, &request));
        for op in operators {
            let swapped: Vec<_> = conditions
                .iter()
                .map(|(_, k, v)| (op.to_owned(), k.clone(), v.clone()))
                .collect();
            let policy = policy_json(&[
                statement(None, "Allow", &swapped),
                statement(Some("Second"), "Allow", &conditions),
            ]);
            add_decision(corpus, &origin, &evaluate(&policy, &request));
            add_decision(corpus, &origin, &evaluate(&policy, &multi));
        }
        let deny = policy_json(&[
            statement(Some("All"), "Allow", &[]),
            statement(Some("Block"), "Deny", &conditions),
        ]);
        add_decision(corpus, &origin, &evaluate(&deny, &request));
        let deny = policy_json(&[statement(None, "Allow", &[]), statement(None, "Deny", &[])]);
        add_decision(corpus, &origin, &evaluate(&deny, &request));
    }
    // Keys absent from the token, Null, policy variables, request-context keys, other operators,
    // principals and actions, no Allow at all.
    let token = Request::new(PROVIDER)
        .with_claim("sub", "repo:octo-org/octo-repo:ref:refs/heads/main")
        .with_claim("aud", "sts.amazonaws.com");
    let with_context = token
        .clone()
        .with_context_key("aws:SourceIp", vec!["10.0.0.1".to_owned()])
        .with_context_key(
            "aws:PrincipalTag/team",
            vec!["a".to_owned(), "b".to_owned()],
        );
    let multi = Request::new(PROVIDER)
        .with_claim("sub", "repo:octo-org/octo-repo:ref:refs/heads/main")
        .with_claim_values("environment", vec!["prod".to_owned(), "staging".to_owned()]);
    let cond = |op: &str, key: &str, v: serde_json::Value| vec![(op.to_owned(), key.to_owned(), v)];
    let sub = format!("{GITHUB_HOST}:sub");
    let env = format!("{GITHUB_HOST}:environment");
    let team = "aws:PrincipalTag/team";
    let cases: Vec<Vec<(String, String, serde_json::Value)>> = vec![
        cond("StringEquals", &env, "prod".into()),
        cond("ForAnyValue:StringLike", &env, "prod".into()),
        cond("StringEquals", "aws:SourceIp", "10.0.0.2".into()),
        cond("ForAnyValue:StringEquals", team, "x".into()),
        cond("Null", &env, "false".into()),
        cond("Null", &sub, "true".into()),
        cond("Null", &sub, "maybe".into()),
        cond("Null", "aws:SourceIp", "false".into()),
        cond("Null", "aws:SourceIp", "true".into()),
        cond("Null", team, "true".into()),
        cond("StringLike", &sub, "repo:${aws:username}/*".into()),
        cond(
            "StringEquals",
            &sub,
            format!("repo:${{{GITHUB_HOST}:repository_owner}}/x").into(),
        ),
        cond("StringEquals", &sub, "${oops".into()),
        cond(
            "StringNotLike",
            &sub,
            serde_json::json!(["repo:octo-org/*", "x"]),
        ),
        cond(
            "StringNotEquals",
            &sub,
            "repo:octo-org/octo-repo:ref:refs/heads/main".into(),
        ),
        cond("StringNotEquals", "aws:SourceIp", "10.0.0.1".into()),
        cond("StringNotLike", "aws:SourceIp", "10.*".into()),
        cond("StringEquals", team, "c".into()),
        cond("StringNotEquals", team, "a".into()),
        cond("StringNotLike", team, "b*".into()),
        cond("ForAllValues:StringNotLike", team, "b*".into()),
        cond("ForAllValues:StringEquals", team, "a".into()),
        cond(
            "StringNotLike",
            &env,
            serde_json::json!(["prod", "staging"]),
        ),
        cond("StringNotEquals", &env, "staging".into()),
        cond("StringEqual", &sub, "x".into()),
        cond("Bool", "aws:SecureTransport", "true".into()),
        cond(
            "DateGreaterThan",
            "aws:CurrentTime",
            "2020-01-01T00:00:00Z".into(),
        ),
    ];
    for (i, c) in cases.iter().enumerate() {
        let origin = format!("evaluator case {i}");
        let policy = policy_json(&[statement(Some("Case"), "Allow", c)]);
        for request in [&token, &with_context, &multi] {
            add_decision(corpus, &origin, &evaluate(&policy, request));
        }
        let mut both = c.clone();
        both.extend(cond(
            "StringEquals",
            &sub,
            "repo:o/r:ref:refs/heads/dev".into(),
        ));
        let policy = policy_json(&[
            statement(None, "Allow", &both),
            statement(Some("Other"), "Allow", c),
        ]);
        for request in [&token, &with_context, &multi] {
            add_decision(corpus, &origin, &evaluate(&policy, request));
        }
    }
    let others = [
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity"}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"},{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":PROVIDER},"Action":"sts:AssumeRole"},{"Sid":"B","Effect":"Allow","Principal":{"Federated":PROVIDER},"Action":["sts:TagSession"]}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":PROVIDER}}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"*"}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotPrincipal":{"Federated":PROVIDER},"Action":"*"}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","NotAction":"sts:AssumeRoleWithWebIdentity"}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity"}]}),
        serde_json::json!({"Version":"2012-10-17","Statement":[{"Sid":"Only, \"odd\": sid","Effect":"Allow","Principal":{"Federated":PROVIDER},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:a; b, and c:ref:x"}}}]}),
    ];
    for (i, json) in others.iter().enumerate() {
        let policy: PolicyDocument = serde_json::from_value(json.clone()).expect("policy");
        add_decision(
            corpus,
            &format!("evaluator other {i}"),
            &evaluate(&policy, &token),
        );
    }
    vectors.len()
}

// ---- The simulator ---------------------------------------------------------------------------

const TOKENS: &[&str] = &[
    r#"{"sub": "repo:octo-org/octo-repo:ref:refs/heads/main", "aud": "sts.amazonaws.com", "iss": "https://token.actions.githubusercontent.com", "exp": 1}"#,
    r#"{"sub": "repo:octo-org/octo-repo:environment:production", "aud": "sts.amazonaws.com"}"#,
    r#"{"sub": "repo:octo-org/octo-repo:pull_request", "aud": ["sts.amazonaws.com", "x"], "iss": "https://token.actions.githubusercontent.com/octo-enterprise"}"#,
    r#"{"sub": "repo:octo-org/octo-repo:ref:refs/heads/main", "aud": "sts.amazonaws.com", "extra": null, "obj": {"a": 1}, "list": [1, [2]], "ok": true, "n": 1.5}"#,
    r#"{"sub": 5}"#,
    r#"{}"#,
    r#"["sub", "aud"]"#,
    r#""repo:octo-org/octo-repo:ref:refs/heads/main""#,
    "42",
    "true",
    "null",
    "{ not json",
    r#"{"sub": "a",}"#,
    r#"{"sub": "a" "aud": "b"}"#,
    r#"{"sub": "a"} trailing"#,
    r#"{"sub": "unterminated"#,
    r#"{"sub": "bad \q escape"}"#,
    r#"{"sub": tru}"#,
    r#"{"sub": 1e999}"#,
    "{\"sub\": \"tab\there\"}",
    r#"{sub: "a"}"#,
    r#"{"sub" "a"}"#,
    r#"{"a": [1, 2}"#,
    "{",
    "[",
    "\"",
    r#"{"a": "\ud800"}"#,
];

const POLICIES: &[&str] = &[
    "",
    "{\n  \"Statement\": [,]\n}",
    r#"{"Role": {"Arn": "arn:aws:iam::123456789012:role/gha", "AssumeRolePolicyDocument": {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:octo-org/octo-repo:environment:production"}}}]}}}"#,
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/example.com"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"#,
    r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:octo-org/*:ref:refs/tags/*","token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}}"#,
    "[]",
    "   ",
];

fn collect_simulate(corpus: &mut Corpus) -> usize {
    let forms = [
        Form::default(),
        Form::default()
            .with(Field::Scope, "environment")
            .with(Field::Environment, "production"),
        Form::default()
            .with(Field::SubjectFormat, "immutable")
            .with(Field::OwnerId, "123456")
            .with(Field::RepoId, "456789"),
        Form::default().with(Field::SubjectFormat, "immutable"),
        Form::default().with(Field::Owner, ""),
        Form::default().with(Field::Account, "12"),
    ];
    let mut runs = 0;
    for form in &forms {
        let generated = keyless::generate(form).bundle.map(|b| b.trust_policy);
        for policy in POLICIES {
            corpus.lint_sentences(policy, &LintContext::default());
            for kind in RunKind::ALL {
                for (git_ref, environment) in [
                    ("main", "production"),
                    ("dev", ""),
                    ("", "staging"),
                    ("v1", "prod:eu"),
                ] {
                    let input = SimulateInput {
                        policy: (*policy).to_owned(),
                        kind: kind.id().to_owned(),
                        git_ref: git_ref.to_owned(),
                        environment: environment.to_owned(),
                        token: String::new(),
                    };
                    for generated in [generated.as_deref(), None] {
                        add_simulation(
                            corpus,
                            &format!("simulate {}", kind.id()),
                            form,
                            generated,
                            &input,
                        );
                        runs += 1;
                    }
                }
            }
            for token in TOKENS {
                let input = SimulateInput {
                    policy: (*policy).to_owned(),
                    token: (*token).to_owned(),
                    ..SimulateInput::default()
                };
                add_simulation(corpus, "simulate token", form, generated.as_deref(), &input);
                runs += 1;
            }
        }
    }
    for from in [
        ProviderFrom::Flag,
        ProviderFrom::Role,
        ProviderFrom::Policy,
        ProviderFrom::Guess,
    ] {
        corpus.add_foreign("simulate: provider source", from.describe());
    }
    runs
}

fn add_simulation(
    corpus: &mut Corpus,
    origin: &str,
    form: &Form,
    generated: Option<&str>,
    input: &SimulateInput,
) {
    match simulate(form, generated, input) {
        Ok(sim) => {
            add_decision(corpus, origin, &sim.decision);
            for n in &sim.notes {
                corpus.add_foreign(&format!("{origin}: note"), n);
            }
            corpus.add_foreign(
                &format!("{origin}: provider source"),
                sim.provider_from.describe(),
            );
        }
        // The reader's refusals of a pasted policy or payload are the form's table's.
        Err(e) if e.starts_with("the pasted ") || e.starts_with("the generated trust policy") => {
            corpus.add_foreign(&format!("{origin}: error"), &e)
        }
        Err(e) => corpus.add(&format!("{origin}: error"), &e),
    }
}

// ---- The checks ------------------------------------------------------------------------------

/// English prose left in a translation: four or more lower-case words in a row outside quoted
/// values and code spans (a value hole that swallowed part of a sentence leaves this).
fn english_prose(korean: &str) -> Option<String> {
    let mut plain = String::new();
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in korean.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '`' => {
                quote = Some(c);
                plain.push(' ');
            }
            None => plain.push(c),
        }
    }
    let mut run: Vec<&str> = Vec::new();
    for word in plain.split(' ') {
        let is_word = word.len() >= 2 && word.chars().all(|c| c.is_ascii_lowercase() || c == '\'');
        if is_word {
            run.push(word);
            if run.len() >= 4 {
                return Some(run.join(" "));
            }
        } else {
            run.clear();
        }
    }
    None
}

/// Rows of the tools' table that no corpus reaches, known and accepted: paths the page cannot
/// trigger (YAML constructs the parser rejects before Keyless's own reader sees them, in-place
/// edit and self-check failures, which only a Keyless bug reaches, token-claim errors the page's
/// inputs cannot produce) and multi-reason variants the corpora do not combine. A row leaving
/// or joining this list fails the test: a drifted English sentence shows up here.
const UNREACHED: &[&str] = &[
    r#"The push was denied an ECR action on {arn}; a wrong region, account or repository name in the policy's Resource gives exactly this."#,
    r#"The push was denied an ECR action on the repository; a wrong region, account or repository name in the policy's Resource gives exactly this."#,
    r#"Pushing needs ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchGetImage on the repository."#,
    r#"Keyless reads the YAML at this line differently from a full YAML parser, so it will not edit the file"#,
    r#"Please report this file; meanwhile rewrite this value in a simpler style or convert by hand."#,
    r#"an unexpected end of the text"#,
    r#"unexpected text after a value"#,
    r#"a tab in indentation"#,
    r#"a document end marker before any content"#,
    r#"more than one YAML document"#,
    r#"unexpected content after the document"#,
    r#"an anchor on a compact sequence"#,
    r#"an empty anchor name"#,
    r#"a reserved indicator"#,
    r#"alias *{name} has no anchor before it"#,
    r#"expected `:` after a mapping key"#,
    r#"unexpected indentation"#,
    r#"a quoted key across lines"#,
    r#"a key that is not a scalar"#,
    r#"a key without `:`"#,
    r#"unexpected character"#,
    r#"an unterminated quoted scalar"#,
    r#"an unterminated escape"#,
    r#"an invalid escape"#,
    r#"an unknown escape"#,
    r#"text after a block scalar header"#,
    r#"an unterminated flow collection"#,
    r#"expected `,` or the end of the flow collection"#,
    r#"unexpected character in a flow collection"#,
    r#"Keyless cannot edit its permissions: {@why}"#,
    r#"Keyless cannot edit the workflow's permissions: {@why}"#,
    r#"Keyless cannot add a permissions block to it: {@why}"#,
    r#"Keyless cannot edit it in place here: {@why}"#,
    r#"the converted file failed Keyless's self-check"#,
    r#"step {step} ({name}) uses {action}, which takes the access keys as inputs ({inputs}); Keyless does not know whether it can use OIDC credentials instead, so the job is left as it is; {@more}"#,
    r#"step {step} uses the keys from {keys} while the credentials step before it uses {other}; one job would need two roles in turn; {@more}"#,
    r#"its steps use different key pairs ({sources}); one credentials step cannot replace both, so the job is left to be converted by hand; {@more}"#,
    r#"it needs a new credentials step before step {step}, and Keyless found no AWS region for it (no AWS_REGION or AWS_DEFAULT_REGION in env, no ECR registry host, no --region); set the region option; {@more}"#,
    r#"its access key is chosen at run time ({expression}); each key it can pick is a different AWS identity that needs its own role; {@more}"#,
    r#"it shares edited lines (workflow-level keys or an anchored step) with job `{other}`, which Keyless refused, so it is left as it is too; {@more}"#,
    r#"its permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write; {@more}"#,
    r#"the workflow's permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write; {@more}"#,
    r#"this job uses a different AWS identity ({identity}) from the one the inline role ARN replaces ({replaced}); an inline ARN names one role, so choose the vars or secrets placement to give each identity its own role; {@more}"#,
    r#"the role ARN is in partition `{partition}` but this job's region is in {@label} (`{region_partition}`); {@more}"#,
    r#"expected a mapping"#,
    r#"nothing to remove"#,
    r#"the only entry after `- ` cannot be removed in place"#,
    r#"a block value cannot replace an entry in place"#,
    r#"an empty block mapping"#,
    r#"cannot insert before an entry that follows `- `"#,
    r#"the value is an alias; edit its anchor instead"#,
    r#"expected a scalar"#,
    r#"steps are not a block sequence"#,
    r#"nothing to insert"#,
    r#"the converted workflow did not pass Keyless's own check, so nothing was changed: {@problem}"#,
    r#"This is a Keyless bug; please report the workflow. Convert by hand meanwhile."#,
    r#"the edited text is not valid YAML ({error})"#,
    r#"the edited text reads as different data from the intended edit"#,
    r#"job `{job}` is missing from the output"#,
    r#"job `{job}` still receives keys through env"#,
    r#"a step of job `{job}` still receives keys through env"#,
    r#"a credentials step of job `{job}` still has key inputs"#,
    r#"an intended edit was never reached: {edit}"#,
    r#"key {key} is already present"#,
    r#"{edit} on a sequence"#,
    r#"insert at {index} past the end"#,
    r#"an edit on a node of another shape"#,
    r#"key {key} is not there to remove"#,
    r#"two edits overlap at byte {byte} ({edit} and an earlier one)"#,
    r#"an edit has a bad range: {edit}"#,
    r#"the owner name is empty"#,
    r#"GitHub Enterprise Server does not issue the immutable subject format"#,
    r#"include_claim_keys is empty"#,
    r#"claim key {key} may contain only ASCII letters, digits and underscores"#,
    r#"the template names {key}, which this run's token does not carry; how GitHub renders a missing claim in sub is not documented"#,
];

/// Rows whose literal text occurs, in order, in no collected text (a sign that a corpus misses
/// a sentence, or that a row's English drifted from the core's).
fn unreached_rows(corpus: &Corpus) -> Vec<String> {
    table(Table::Tools)
        .iter()
        .map(|(en, _)| *en)
        .filter(|en| !corpus.texts.keys().any(|text| reaches(en, text)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_sentence_of_the_tools_has_korean() {
    let mut corpus = Corpus::default();
    collect_explain(&mut corpus);
    let cases = collect_convert(&mut corpus);
    let vectors = collect_evaluator(&mut corpus);
    let runs = collect_simulate(&mut corpus);

    // A sentence of ours that stands in for an untranslated sentence of the linter, so the
    // templates around it are still checked.
    const STAND_IN: &str = "Nothing to do.";
    assert!(untranslated(STAND_IN).is_none());
    let foreign_gaps: Vec<&String> = {
        let mut v: Vec<&String> = corpus
            .foreign
            .iter()
            .filter(|f| untranslated(f).is_some())
            .collect();
        v.sort_by_key(|f| std::cmp::Reverse(f.len()));
        v
    };
    let mut missing = Vec::new();
    let mut foreign = BTreeMap::new();
    let mut dump = String::new();
    let dump_to = std::env::var("KEYLESS_I18N_DUMP").ok();
    for (text, origin) in &corpus.texts {
        let mut checked = text.clone();
        for gap in &foreign_gaps {
            if checked.contains(gap.as_str()) {
                foreign.insert((*gap).clone(), origin.clone());
                checked = checked.replace(gap.as_str(), STAND_IN);
            }
        }
        // The YAML parser's own message is a value (the library's English).
        if !text.starts_with("the workflow is not valid YAML: ")
            && let Some(ko) = korean(&checked)
            && let Some(prose) = english_prose(&ko)
        {
            missing.push(format!("[{origin}] English {prose:?} left in {ko:?}"));
        }
        match untranslated(&checked) {
            Some(part) if part == checked => missing.push(format!("[{origin}] {text:?}")),
            Some(part) => missing.push(format!("[{origin}] {part:?}\n    inside {text:?}")),
            None => {}
        }
        if dump_to.is_some() {
            let _ = writeln!(
                dump,
                "[{origin}]\n{text}\n=> {}\n",
                korean(text).unwrap_or_else(|| "UNTRANSLATED".to_owned())
            );
        }
    }
    if let Some(path) = dump_to {
        fs::write(&path, &dump).expect("dump");
    }
    println!(
        "{} distinct texts checked ({cases} converter cases, {vectors} conformance vectors, {runs} simulator runs)",
        corpus.texts.len()
    );
    if !foreign.is_empty() {
        println!(
            "{} sentences of the linter (the form's table) nested in ours are not translated yet:",
            foreign.len()
        );
        for (part, origin) in &foreign {
            println!("  [{origin}] {part:?}");
        }
    }
    let unreached = unreached_rows(&corpus);
    println!(
        "{} rows of messages_ko_tools.rs no collected text reaches (all known)",
        unreached.len()
    );
    let expected: std::collections::BTreeSet<&str> = UNREACHED.iter().copied().collect();
    let got: std::collections::BTreeSet<&str> = unreached.iter().map(String::as_str).collect();
    assert!(
        got == expected,
        "rows the corpora do not reach, beyond the known ones:\n{:#?}\nknown but now reached:\n{:#?}",
        got.difference(&expected).collect::<Vec<_>>(),
        expected.difference(&got).collect::<Vec<_>>()
    );
    assert!(
        corpus.texts.len() > 300,
        "only {} texts",
        corpus.texts.len()
    );
    assert!(
        missing.is_empty(),
        "{} of {} texts have no Korean:\n{}",
        missing.len(),
        corpus.texts.len(),
        missing.join("\n")
    );
}

/// Reviewed Korean for a sentence of each tool, whole.
#[test]
fn representative_translations() {
    let ko = |text: &str| translate(Lang::Ko, text).into_owned();

    // The troubleshooter: a fixed sentence, and a cause checked against the form.
    assert_eq!(
        ko("The job does not have id-token: write"),
        "작업에 id-token: write 권한이 없습니다"
    );
    let ctx = ExplainContext {
        form: Some(Form::default()),
        job: JobFacts {
            environment: Some("production".into()),
            ..JobFacts::default()
        },
        ..ExplainContext::default()
    };
    let causes = explain::explain(
        "Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
        Some(&ctx),
    );
    let cause = causes
        .iter()
        .find(|c| c.id == "job-uses-environment")
        .expect("cause");
    assert_eq!(
        ko(&cause.why),
        "신뢰 정책은 repo:octo-org/octo-repo:ref:refs/heads/main을(를) 기대하지만 \
         environment: production인 작업은 repo:octo-org/octo-repo:environment:production을(를) \
         제시합니다. 작업이 environment:를 참조하면 GitHub는 sub에 \
         repo:OWNER/REPO:ref:refs/heads/BRANCH 대신 repo:OWNER/REPO:environment:NAME을 쓰므로, \
         브랜치만 나열한 신뢰 정책은 이를 거부합니다."
    );

    // The converter: a refused job, with a nested partition label.
    assert_eq!(
        ko(
            "job `build` was not converted: the role ARN is in partition `aws` but this job's \
            region is in AWS China (`aws-cn`)"
        ),
        "작업 `build`을(를) 변환하지 않았습니다: 역할 ARN은 `aws` 파티션에 있지만 이 작업의 \
         리전은 AWS 중국(`aws-cn`)에 있습니다"
    );
    assert_eq!(
        ko("nothing to convert: no long-lived AWS access keys reach AWS in this workflow"),
        "변환할 것이 없습니다. 이 워크플로에는 AWS에 전달되는 장기 AWS 액세스 키가 없습니다"
    );

    // The evaluator: statement, operator, key and values named in the refusal.
    let policy = policy_json(&[statement(
        Some("GitHubOidc"),
        "Allow",
        &[(
            "StringEquals".to_owned(),
            format!("{GITHUB_HOST}:sub"),
            "repo:o/r:ref:refs/heads/main".into(),
        )],
    )]);
    let d = evaluate(
        &policy,
        &Request::new(PROVIDER).with_claim("sub", "repo:o/r:ref:refs/heads/dev"),
    );
    assert_eq!(
        ko(&d.message),
        "조건을 충족하는 Allow 문이 없습니다: Allow 문 0 (Sid \"GitHubOidc\"): \
         token.actions.githubusercontent.com:sub에 대한 StringEquals: 토큰의 값 \
         \"repo:o/r:ref:refs/heads/dev\"은(는) [\"repo:o/r:ref:refs/heads/main\"] 중 어느 것과도 \
         일치하지 않습니다"
    );

    // The simulator: a described run whose claims cannot be built.
    let err = simulate(
        &Form::default().with(Field::SubjectFormat, "immutable"),
        None,
        &SimulateInput {
            policy: POLICIES[4].to_owned(),
            kind: "push-branch".to_owned(),
            git_ref: "main".to_owned(),
            ..SimulateInput::default()
        },
    )
    .expect_err("no IDs");
    assert_eq!(
        ko(&err),
        "토큰의 클레임을 만들 수 없습니다: 불변 subject 형식에는 소유자 ID와 리포지토리 ID가 \
         필요합니다 (GET /repos/{owner}/{repo}의 owner.id와 id)."
    );

    // English stays as it is.
    assert_eq!(translate(Lang::En, &err), err);
}

/// Values inside a message (a step name, a Sid, policy values, an environment) come through byte
/// for byte, even when they contain the separators the templates use.
#[test]
fn user_values_are_kept_byte_for_byte() {
    let mut checks: Vec<(String, Vec<String>)> = Vec::new();

    // A step name with separators, quotes and Hangul.
    let name = "Build; push, and \\\"ship\\\". 배포";
    let workflow = format!(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - name: \"{name}\"\n        uses: kciter/aws-ecr-action@v4\n        with:\n          access_key_id: ${{{{ secrets.AWS_ACCESS_KEY_ID }}}}\n          secret_access_key: ${{{{ secrets.AWS_SECRET_ACCESS_KEY }}}}\n"
    );
    let c = workflow::convert(&workflow, &ConvertOptions::default());
    let refused: Vec<&String> = c
        .jobs
        .iter()
        .filter_map(|j| match &j.status {
            JobStatus::Refused(why) => Some(why),
            _ => None,
        })
        .collect();
    assert_eq!(refused.len(), 1, "{:?}", c.jobs);
    checks.push((
        refused[0].clone(),
        vec![
            r#"("Build; push, and \"ship\". 배포")"#.to_owned(),
            "kciter/aws-ecr-action".to_owned(),
            "access_key_id, secret_access_key".to_owned(),
        ],
    ));
    for f in &c.findings {
        checks.push((f.message.clone(), vec!["`build`".to_owned()]));
    }

    // A Sid and policy values with separators.
    let sid = "odd; sid, and. x";
    let value = "repo:a; b, and c. d:ref:x";
    let policy = policy_json(&[
        statement(
            Some(sid),
            "Allow",
            &[
                (
                    "StringEquals".to_owned(),
                    format!("{GITHUB_HOST}:sub"),
                    value.into(),
                ),
                (
                    "StringLike".to_owned(),
                    format!("{GITHUB_HOST}:aud"),
                    "x; y, and z".into(),
                ),
            ],
        ),
        statement(
            None,
            "Allow",
            &[(
                "StringNotLike".to_owned(),
                format!("{GITHUB_HOST}:sub"),
                "repo:o/*".into(),
            )],
        ),
    ]);
    let request = Request::new(PROVIDER)
        .with_claim("sub", "repo:o/r:ref:refs/heads/a. b; c, and d")
        .with_claim("aud", "sts.amazonaws.com");
    let d = evaluate(&policy, &request);
    assert!(!d.allowed);
    checks.push((
        d.message.clone(),
        vec![
            serde_json::to_string(sid).expect("json"),
            serde_json::to_string(&[value]).expect("json"),
            "\"repo:o/r:ref:refs/heads/a. b; c, and d\"".to_owned(),
            "[\"x; y, and z\"]".to_owned(),
            format!("{GITHUB_HOST}:aud"),
        ],
    ));

    // An environment name with separators, in an explanation checked against the form.
    let environment = "prod; eu, and x (β)";
    let ctx = ExplainContext {
        form: Some(Form::default()),
        job: JobFacts {
            environment: Some(environment.into()),
            ..JobFacts::default()
        },
        ..ExplainContext::default()
    };
    let causes = explain::explain(
        "Not authorized to perform sts:AssumeRoleWithWebIdentity",
        Some(&ctx),
    );
    let cause = causes
        .iter()
        .find(|c| c.id == "job-uses-environment")
        .expect("cause");
    checks.push((
        cause.why.clone(),
        vec![
            format!("environment: {environment}"),
            format!("repo:octo-org/octo-repo:environment:{environment}"),
        ],
    ));

    for (text, values) in &checks {
        assert_eq!(untranslated(text), None, "{text}");
        let ko = korean(text).expect("translated");
        assert_ne!(&ko, text);
        for v in values {
            assert!(
                ko.contains(v.as_str()),
                "{v:?} not kept in {ko:?} (from {text:?})"
            );
        }
    }
}
