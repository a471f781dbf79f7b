//! `setup.sh` under real bash: `bash -n`, then a run with stub `aws` and `gh` on PATH that record
//! their arguments. For hostile branch names every recorded argument must equal the intended
//! value exactly, no other command may run, and nothing the names contain may execute.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use keyless::form::{Field, Form};
use keyless::generate;

const HOSTILE_BRANCHES: &str =
    "main,feat/$(touch${IFS}CANARY),x`touch${IFS}CANARY2`y,it's,a;b,{c},\"q\",$HOME,café";

struct Run {
    calls: Vec<Vec<String>>,
    docs: Vec<Option<String>>,
    stdout: String,
    workdir: PathBuf,
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keyless-setup-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `script` with stub `aws` and `gh` first on PATH; returns bash's output and the folders
/// holding the recorded calls and the working directory.
fn run_stubbed(
    name: &str,
    script: &str,
    account: &str,
    exists: bool,
    client_ids: &str,
) -> (std::process::Output, PathBuf, PathBuf) {
    let dir = temp_dir(name);
    let bin = dir.join("bin");
    let calls = dir.join("calls");
    let work = dir.join("work");
    for d in [&bin, &calls, &work] {
        std::fs::create_dir_all(d).expect("dir");
    }
    let stub = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/aws-stub.sh");
    for tool in ["aws", "gh"] {
        std::os::unix::fs::symlink(&stub, bin.join(tool)).expect("symlink");
    }
    let script_path = dir.join("setup.sh");
    std::fs::write(&script_path, script).expect("write script");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg(&script_path)
        .current_dir(&work)
        .env("PATH", path)
        .env("STUB_DIR", &calls)
        .env("STUB_ACCOUNT", account)
        .env("STUB_EXISTS", if exists { "1" } else { "0" })
        .env("STUB_CLIENT_IDS", client_ids)
        .output()
        .expect("bash runs");
    (out, calls, work)
}

fn run_script(name: &str, script: &str, account: &str, exists: bool, client_ids: &str) -> Run {
    let (out, calls, work) = run_stubbed(name, script, account, exists, client_ids);
    assert!(
        out.status.success(),
        "setup.sh failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut recorded = Vec::new();
    let mut docs = Vec::new();
    for n in 1.. {
        let Ok(bytes) = std::fs::read(calls.join(format!("call-{n}"))) else {
            break;
        };
        let args: Vec<String> = bytes
            .split(|b| *b == 0)
            .filter(|s| !s.is_empty())
            .map(|s| String::from_utf8(s.to_vec()).expect("utf-8 argv"))
            .collect();
        recorded.push(args);
        docs.push(std::fs::read_to_string(calls.join(format!("call-{n}.doc"))).ok());
    }
    Run {
        calls: recorded,
        docs,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        workdir: work,
    }
}

/// `bash -n`: the script parses.
fn assert_bash_syntax(name: &str, script: &str) {
    let dir = temp_dir(name);
    let path = dir.join("setup.sh");
    std::fs::write(&path, script).expect("write");
    let out = Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn argv(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| (*s).to_owned()).collect()
}

/// Replaces the temp file path in `file://...` arguments so argv can be compared exactly.
fn normalised(call: &[String]) -> Vec<String> {
    call.iter()
        .map(|a| match a.strip_prefix("file://") {
            Some(path) => format!(
                "file://<tmp>/{}",
                path.rsplit('/').next().unwrap_or_default()
            ),
            None => a.clone(),
        })
        .collect()
}

#[test]
fn new_setups_pass_bash_syntax_check() {
    let base = Form::default();
    let forms = [
        base.clone().with(Field::EcrRepo, "a1, b2/c, d-3"),
        base.clone()
            .with(Field::EcrRepo, "a1, b2")
            .with(Field::RegistryAccount, "000011112222"),
        base.clone().with(Field::SubjectTemplate, "repo, context"),
        base.clone()
            .with(Field::Region, "cn-north-1")
            .with(Field::GithubHost, "ghes")
            .with(Field::GithubHostName, "git.example.com"),
        base.with(Field::Access, "pull")
            .with(Field::PullRequests, "true")
            .with(Field::PullRequestsConfirm, "true"),
    ];
    for (i, form) in forms.iter().enumerate() {
        let bundle = generate(form)
            .bundle
            .unwrap_or_else(|| panic!("form {i} generates nothing"));
        assert_bash_syntax(&format!("syntax-new-{i}"), &bundle.cli);
    }
}

#[test]
fn several_repositories_are_each_created() {
    let form = Form::default().with(Field::EcrRepo, "app, app-debug");
    let bundle = generate(&form).bundle.expect("bundle");
    let run = run_script("several", &bundle.cli, "123456789012", false, "");
    let created: Vec<&str> = run
        .calls
        .iter()
        .filter(|c| c[1..3] == ["ecr".to_owned(), "create-repository".to_owned()])
        .map(|c| c[6].as_str())
        .collect();
    assert_eq!(created, ["app", "app-debug"]);
}

#[test]
fn passes_bash_syntax_check() {
    for scope in ["branches", "environment", "any-branch", "owner-wide"] {
        let form = Form::default()
            .with(Field::Scope, scope)
            .with(Field::Environment, "prod $(x)")
            .with(Field::Branches, HOSTILE_BRANCHES);
        let bundle = generate(&form).bundle.expect("bundle");
        assert_bash_syntax(&format!("syntax-{scope}"), &bundle.cli);
    }
}

#[test]
fn fresh_account_records_exactly_the_intended_calls() {
    let form = Form::default()
        .with(Field::Account, "012345678901")
        .with(Field::Region, "eu-west-1")
        .with(Field::Branches, HOSTILE_BRANCHES)
        .with(Field::EcrRepo, "team/app")
        .with(Field::ImmutableTags, "true");
    let bundle = generate(&form).bundle.expect("bundle");
    let run = run_script("fresh", &bundle.cli, "012345678901", false, "");
    let provider = "arn:aws:iam::012345678901:oidc-provider/token.actions.githubusercontent.com";
    let policy = "arn:aws:iam::012345678901:policy/ecr-push-octo-repo-policy";
    let expected = vec![
        argv(&[
            "aws",
            "sts",
            "get-caller-identity",
            "--query",
            "Account",
            "--output",
            "text",
        ]),
        argv(&[
            "aws",
            "iam",
            "get-open-id-connect-provider",
            "--open-id-connect-provider-arn",
            provider,
        ]),
        argv(&[
            "aws",
            "iam",
            "create-open-id-connect-provider",
            "--url",
            "https://token.actions.githubusercontent.com",
            "--client-id-list",
            "sts.amazonaws.com",
        ]),
        argv(&["aws", "iam", "get-policy", "--policy-arn", policy]),
        argv(&[
            "aws",
            "iam",
            "create-policy",
            "--policy-name",
            "ecr-push-octo-repo-policy",
            "--policy-document",
            "file://<tmp>/permission-policy.json",
            "--description",
            "Push images to ECR repository team/app (Keyless)",
        ]),
        argv(&[
            "aws",
            "iam",
            "get-role",
            "--role-name",
            "ecr-push-octo-repo",
        ]),
        argv(&[
            "aws",
            "iam",
            "create-role",
            "--role-name",
            "ecr-push-octo-repo",
            "--assume-role-policy-document",
            "file://<tmp>/trust-policy.json",
            "--max-session-duration",
            "3600",
            "--description",
            "GitHub Actions in octo-org/octo-repo pushes images to ECR (OIDC, Keyless)",
        ]),
        argv(&[
            "aws",
            "iam",
            "attach-role-policy",
            "--role-name",
            "ecr-push-octo-repo",
            "--policy-arn",
            policy,
        ]),
        argv(&[
            "aws",
            "ecr",
            "describe-repositories",
            "--region",
            "eu-west-1",
            "--repository-names",
            "team/app",
        ]),
        argv(&[
            "aws",
            "ecr",
            "create-repository",
            "--region",
            "eu-west-1",
            "--repository-name",
            "team/app",
            "--image-scanning-configuration",
            "scanOnPush=true",
            "--image-tag-mutability",
            "IMMUTABLE",
        ]),
    ];
    let got: Vec<Vec<String>> = run.calls.iter().map(|c| normalised(c)).collect();
    assert_eq!(got, expected);
    // The documents handed to IAM are byte-for-byte the ones the page shows.
    assert_eq!(
        run.docs[4].as_deref(),
        Some(bundle.permission_policy.as_str())
    );
    assert_eq!(run.docs[6].as_deref(), Some(bundle.trust_policy.as_str()));
    // Nothing in the branch names ran.
    let leftovers: Vec<_> = std::fs::read_dir(&run.workdir).expect("workdir").collect();
    assert!(leftovers.is_empty(), "files appeared: {leftovers:?}");
    assert!(run.stdout.contains(
        "gh variable set AWS_ROLE_ARN --repo octo-org/octo-repo --body arn:aws:iam::012345678901:role/ecr-push-octo-repo"
    ));
}

#[test]
fn existing_resources_are_reused_and_the_trust_policy_updated() {
    let form = Form::default()
        .with(Field::Scope, "environment")
        .with(Field::Environment, "prod's $(touch${IFS}CANARY) `x`")
        .with(Field::SessionDuration, "7200")
        .with(Field::RoleArnSource, "secrets")
        .with(Field::CreateEcrRepo, "false");
    let bundle = generate(&form).bundle.expect("bundle");
    let run = run_script(
        "existing",
        &bundle.cli,
        "123456789012",
        true,
        "https://github.com/octo-org",
    );
    let commands: Vec<String> = run.calls.iter().map(|c| c[1..3].join(" ")).collect();
    assert_eq!(
        commands,
        [
            "sts get-caller-identity",
            "iam get-open-id-connect-provider",
            "iam get-open-id-connect-provider",
            "iam add-client-id-to-open-id-connect-provider",
            "iam get-policy",
            "iam get-role",
            "iam update-assume-role-policy",
            "iam update-role",
            "iam attach-role-policy",
        ]
    );
    assert_eq!(
        run.calls[3][3..],
        argv(&[
            "--open-id-connect-provider-arn",
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
            "--client-id",
            "sts.amazonaws.com"
        ])
    );
    assert_eq!(
        run.calls[7][3..],
        argv(&[
            "--role-name",
            "ecr-push-octo-repo",
            "--max-session-duration",
            "7200"
        ])
    );
    assert_eq!(run.docs[6].as_deref(), Some(bundle.trust_policy.as_str()));
    // `${` in the name starts a policy variable, so every `$` is escaped as `${$}`.
    assert!(
        bundle
            .trust_policy
            .contains("environment:prod's ${$}(touch${$}{IFS}CANARY) `x`")
    );
    assert!(
        std::fs::read_dir(&run.workdir)
            .expect("workdir")
            .next()
            .is_none()
    );
    assert!(run.stdout.contains("gh secret set AWS_ROLE_ARN"));
}

#[test]
fn wrong_account_changes_nothing() {
    let bundle = generate(&Form::default()).bundle.expect("bundle");
    let (out, calls, work) = run_stubbed("wrong", &bundle.cli, "999999999999", false, "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not 123456789012"));
    assert_eq!(
        std::fs::read_dir(&calls).expect("calls").count(),
        1,
        "only get-caller-identity ran"
    );
    assert!(std::fs::read_dir(&work).expect("workdir").next().is_none());
}

/// Another repository's own environments, tags and branches reach IAM as written: the script
/// hands over the very trust policy the page shows, and nothing in the names runs.
#[test]
fn hostile_own_scopes_of_another_repository_reach_iam_verbatim() {
    let form = Form::default().with(
        Field::ExtraRepos,
        "api:env=prod's $(touch${IFS}CANARY) `x`:tag=v*$(touch${IFS}CANARY2):feat/{a}",
    );
    let bundle = generate(&form).bundle.expect("bundle");
    assert_bash_syntax("own-scopes", &bundle.cli);
    let run = run_script("own-scopes", &bundle.cli, "123456789012", false, "");
    let create = run
        .calls
        .iter()
        .position(|c| c[1..3] == ["iam".to_owned(), "create-role".to_owned()])
        .expect("create-role");
    assert_eq!(
        run.docs[create].as_deref(),
        Some(bundle.trust_policy.as_str())
    );
    for sub in [
        "repo:octo-org/api:environment:prod's ${$}(touch${$}{IFS}CANARY) `x`",
        "repo:octo-org/api:ref:refs/tags/v*${$}(touch${$}{IFS}CANARY2)",
        "repo:octo-org/api:ref:refs/heads/feat/{a}",
    ] {
        assert!(bundle.trust_policy.contains(sub), "missing {sub}");
    }
    assert!(
        std::fs::read_dir(&run.workdir)
            .expect("workdir")
            .next()
            .is_none()
    );
}
