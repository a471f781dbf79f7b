//! The `keyless` command line, run as a program on checked-in cases, plus checks that its
//! output is the core's output byte for byte.
//!
//! A case is a directory `tests/cli/<case>/` holding:
//! - `cmd`: the arguments, one per line (`{tmp}` stands for a fresh scratch directory);
//! - `stdin` (optional): what the program reads on stdin;
//! - `stdout`, `stderr`, `status`: what it must print and its exit status.
//!
//! The program runs in the case directory, so cases name their input files relatively; the
//! scratch directory's path is written `{tmp}` in the expected output. After a reviewed change
//! of output, `KEYLESS_BLESS=1 cargo test --test cli` rewrites the expected files; read the
//! diff before committing it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use keyless::form::{Field, Form};
use keyless::{Bundle, generate};

const BIN: &str = env!("CARGO_BIN_EXE_keyless");

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

/// A fresh, empty scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    dir
}

/// Runs the program with `args` in `cwd`, feeding `stdin`.
fn run_in(cwd: &Path, args: &[String], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn {BIN}: {e}"));
    if let Some(mut input) = child.stdin.take() {
        // The program may exit before reading everything (a usage error); that is fine.
        let _ = input.write_all(stdin);
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait for {BIN}: {e}"))
}

fn run(args: &[&str]) -> Output {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args, b"")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

fn status(out: &Output) -> i32 {
    out.status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {out:?}"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Runs the case `name` and compares (or, with KEYLESS_BLESS=1, rewrites) its expected files.
fn check_case(name: &str) {
    let dir = cases_dir().join(name);
    let tmp = scratch(name);
    let tmp_text = tmp.display().to_string();
    let cmd = read(&dir.join("cmd"));
    let cmd = cmd.strip_suffix('\n').unwrap_or(&cmd);
    let args: Vec<String> = if cmd.is_empty() {
        Vec::new()
    } else {
        cmd.split('\n')
            .map(|arg| arg.replace("{tmp}", &tmp_text))
            .collect()
    };
    let stdin = std::fs::read(dir.join("stdin")).unwrap_or_default();
    let out = run_in(&dir, &args, &stdin);
    let actual = [
        ("stdout", text(&out.stdout).replace(&tmp_text, "{tmp}")),
        ("stderr", text(&out.stderr).replace(&tmp_text, "{tmp}")),
        ("status", format!("{}\n", status(&out))),
    ];
    if std::env::var_os("KEYLESS_BLESS").is_some_and(|v| v == "1") {
        for (file, value) in &actual {
            let path = dir.join(file);
            std::fs::write(&path, value)
                .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        }
        return;
    }
    let mut mismatches = Vec::new();
    for (file, value) in &actual {
        let expected = read(&dir.join(file));
        if &expected != value {
            mismatches.push(format!(
                "--- tests/cli/{name}/{file} (expected)\n{expected}\n+++ actual\n{value}\n"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "case {name} differs (KEYLESS_BLESS=1 rewrites the expected files after review):\n{}",
        mismatches.join("\n")
    );
}

macro_rules! cases {
    ($($test:ident => $dir:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_case($dir);
            }
        )*

        /// Every directory under tests/cli is a case with a test above, and the other way round.
        #[test]
        fn every_case_directory_is_run() {
            let mut listed = vec![$($dir),*];
            listed.sort_unstable();
            let mut found: Vec<String> = std::fs::read_dir(cases_dir())
                .unwrap_or_else(|e| panic!("list tests/cli: {e}"))
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            found.sort_unstable();
            assert_eq!(found, listed);
        }
    };
}

cases! {
    generate_defaults_json => "generate-defaults-json",
    generate_flags => "generate-flags",
    generate_from_url => "generate-from-url",
    generate_from_url_fragment_only => "generate-from-url-fragment-only",
    generate_from_url_problems => "generate-from-url-problems",
    generate_text => "generate-text",
    generate_out => "generate-out",
    generate_out_json => "generate-out-json",
    generate_own_scopes => "generate-own-scopes",
    generate_invalid_account => "generate-invalid-account",
    generate_invalid_account_text => "generate-invalid-account-text",
    generate_fail_on_warning => "generate-fail-on-warning",
    generate_fail_on_never => "generate-fail-on-never",
    generate_invalid_fail_on_never => "generate-invalid-fail-on-never",
    usage_unknown_flag => "usage-unknown-flag",
    usage_bad_format => "usage-bad-format",
    usage_bad_boolean => "usage-bad-boolean",
    usage_no_subcommand => "usage-no-subcommand",
    usage_unknown_subcommand => "usage-unknown-subcommand",
    usage_missing_claims => "usage-missing-claims",
    help => "help",
    help_generate => "help-generate",
    help_evaluate => "help-evaluate",
    version => "version",
    evaluate_allowed => "evaluate-allowed",
    evaluate_allowed_json => "evaluate-allowed-json",
    evaluate_denied => "evaluate-denied",
    evaluate_denied_json => "evaluate-denied-json",
    evaluate_explicit_deny => "evaluate-explicit-deny",
    evaluate_provider_not_named => "evaluate-provider-not-named",
    evaluate_get_role_stdin => "evaluate-get-role-stdin",
    evaluate_token_payload_notes => "evaluate-token-payload-notes",
    evaluate_invalid_json => "evaluate-invalid-json",
    evaluate_invalid_policy => "evaluate-invalid-policy",
    evaluate_claims_not_object => "evaluate-claims-not-object",
    evaluate_unreadable => "evaluate-unreadable",
    evaluate_empty => "evaluate-empty",
    evaluate_empty_stdin => "evaluate-empty-stdin",
    evaluate_both_stdin => "evaluate-both-stdin",
    audit_loose_trust => "audit-loose-trust",
    audit_loose_json => "audit-loose-json",
    audit_clean => "audit-clean",
    audit_get_role_stdin => "audit-get-role-stdin",
    audit_permission => "audit-permission",
    audit_invalid_json => "audit-invalid-json",
    audit_not_a_policy => "audit-not-a-policy",
    explain_not_authorized => "explain-not-authorized",
    explain_environment_context => "explain-environment-context",
    explain_no_credentials => "explain-no-credentials",
    explain_unrecognised => "explain-unrecognised",
    explain_empty => "explain-empty",
    help_audit => "help-audit",
    help_explain => "help-explain",
    convert_starter => "convert-starter",
    convert_diff => "convert-diff",
    convert_stdin_secrets => "convert-stdin-secrets",
    convert_already_oidc => "convert-already-oidc",
    convert_invalid_yaml => "convert-invalid-yaml",
    convert_third_party => "convert-third-party",
    convert_out => "convert-out",
    help_convert => "help-convert",
}

/// `keyless convert` prints exactly the corpus's expected output for the default options.
#[test]
fn convert_matches_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/convert");
    for name in [
        "starter-ecs-keep-versions",
        "crlf",
        "anchors",
        "comments-everywhere",
    ] {
        let out = run(&[
            "convert",
            &dir.join(format!("{name}.in.yml")).display().to_string(),
        ]);
        assert_eq!(status(&out), 0, "{name}: {}", text(&out.stderr));
        let expected = std::fs::read(dir.join(format!("{name}.out.yml"))).expect("expected");
        assert_eq!(out.stdout, expected, "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Byte-for-byte agreement with the core

/// The JSON document `keyless generate` prints for these arguments, with its exit status.
fn generate_json(args: &[String]) -> (serde_json::Value, i32) {
    let mut all = vec!["generate".to_owned()];
    all.extend(args.iter().cloned());
    let out = run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &all, b"");
    let doc = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", text(&out.stdout)));
    (doc, status(&out))
}

/// Every field as a flag: `--<id> <value>`.
fn flags_of(form: &Form) -> Vec<String> {
    Field::ALL
        .iter()
        .flat_map(|f| [format!("--{}", f.id()), form.get(*f).to_owned()])
        .collect()
}

fn bundle_of(form: &Form) -> Bundle {
    generate(form)
        .bundle
        .unwrap_or_else(|| panic!("no bundle for {form:?}"))
}

fn forms() -> Vec<Form> {
    let base = Form::default();
    vec![
        base.clone(),
        base.clone()
            .with(Field::Owner, "Acme-Corp")
            .with(Field::Repo, "Web.API_2")
            .with(Field::Branches, "main, release/v2")
            .with(Field::SubjectFormat, "both")
            .with(Field::OwnerId, "123456")
            .with(Field::RepoId, "456789")
            .with(Field::Account, "012345678901")
            .with(Field::Region, "eu-west-1"),
        base.clone()
            .with(Field::Scope, "environment")
            .with(Field::Environment, "Production:V1")
            .with(Field::RoleArnSource, "secrets")
            .with(Field::PinActions, "false")
            .with(Field::SessionDuration, "7200")
            .with(Field::ImmutableTags, "true"),
        base.clone()
            .with(Field::Scope, "owner-wide")
            .with(Field::EcrRepo, "team/app")
            .with(Field::RoleName, "ci-push")
            .with(Field::PolicyName, "ci-push-ecr")
            .with(Field::WorkflowFile, "release.yaml")
            .with(Field::RoleArnSource, "inline")
            .with(Field::CreateEcrRepo, "false"),
        // A reusable workflow: five files, and both workflows download under distinct names.
        base.clone()
            .with(Field::Tags, "v*")
            .with(Field::WorkflowFile, "ecr.yml")
            .with(
                Field::ReusableWorkflow,
                "octo-org/deploy/.github/workflows/ecr.yml@0123456789abcdef0123456789abcdef01234567",
            ),
        base.with(
            Field::Branches,
            "feat/$(touch${IFS}pwned),a`id`b,it's,x;y{z},on,+1,${x}",
        )
        .with(Field::Scope, "branches"),
    ]
}

#[test]
fn generate_json_artifacts_are_the_core_texts_byte_for_byte() {
    for form in forms() {
        let bundle = bundle_of(&form);
        let (doc, code) = generate_json(&flags_of(&form));
        assert_eq!(code, 0, "{form:?}: {doc}");
        for artifact in bundle.artifacts() {
            assert_eq!(
                doc["artifacts"][artifact.id()].as_str(),
                Some(bundle.text(artifact)),
                "{form:?}: {}",
                artifact.id()
            );
        }
        assert_eq!(
            doc["workflow-path"].as_str(),
            Some(bundle.workflow_path.as_str())
        );
        assert_eq!(doc["caller-path"].as_str(), bundle.caller_path.as_deref());
        let diagnostics = serde_json::to_value(generate(&form).diagnostics)
            .unwrap_or_else(|e| panic!("serialize diagnostics: {e}"));
        assert_eq!(doc["diagnostics"], diagnostics, "{form:?}");
    }
}

#[test]
fn from_url_gives_the_same_output_as_the_equivalent_flags() {
    for form in forms() {
        let link = format!("https://example.com/keyless/#{}", form.to_fragment());
        let by_flags = run_in(
            Path::new(env!("CARGO_MANIFEST_DIR")),
            &[vec!["generate".to_owned()], flags_of(&form)].concat(),
            b"",
        );
        let by_link = run(&["generate", "--from-url", &link]);
        assert_eq!(status(&by_link), 0, "{}", text(&by_link.stderr));
        assert_eq!(text(&by_link.stdout), text(&by_flags.stdout), "{link}");
        assert_eq!(text(&by_link.stderr), text(&by_flags.stderr), "{link}");
    }
    // The checked-in cases say the same.
    let dir = cases_dir();
    assert_eq!(
        read(&dir.join("generate-from-url/stdout")),
        read(&dir.join("generate-flags/stdout"))
    );
    assert_eq!(
        read(&dir.join("generate-from-url-fragment-only/stdout")),
        read(&dir.join("generate-flags/stdout"))
    );
}

#[test]
fn flags_override_the_link() {
    let link = format!(
        "#{}",
        Form::default()
            .with(Field::Account, "111111111111")
            .to_fragment()
    );
    let (doc, code) = generate_json(&[
        "--from-url".to_owned(),
        link,
        "--account".to_owned(),
        "222222222222".to_owned(),
    ]);
    assert_eq!(code, 0);
    let expected = bundle_of(&Form::default().with(Field::Account, "222222222222"));
    assert_eq!(
        doc["artifacts"]["trust-policy"].as_str(),
        Some(expected.trust_policy.as_str())
    );
}

#[test]
fn out_writes_the_core_texts_byte_for_byte() {
    for (i, form) in forms().into_iter().enumerate() {
        let dir = scratch(&format!("out-{i}")).join("out");
        let dir_text = dir.display().to_string();
        let mut args = vec!["generate".to_owned(), "--out".to_owned(), dir_text];
        args.extend(flags_of(&form));
        let out = run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args, b"");
        assert_eq!(status(&out), 0, "{}", text(&out.stderr));
        let bundle = bundle_of(&form);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort_unstable();
        let mut expected_names: Vec<String> = bundle
            .artifacts()
            .iter()
            .map(|a| bundle.file_name(*a).to_owned())
            .collect();
        expected_names.sort_unstable();
        assert_eq!(names, expected_names, "exactly the bundle's files");
        for artifact in bundle.artifacts() {
            let path = dir.join(bundle.file_name(artifact));
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                bytes,
                bundle.text(artifact).as_bytes(),
                "{}",
                path.display()
            );
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |name: &str| {
                std::fs::metadata(dir.join(name))
                    .map(|m| m.permissions().mode() & 0o777)
                    .unwrap_or_else(|e| panic!("{name}: {e}"))
            };
            assert_eq!(mode("setup.sh"), 0o755);
            assert_eq!(
                mode("trust-policy.json") & 0o111,
                0,
                "JSON is not executable"
            );
        }
    }
}

#[test]
fn out_replaces_existing_files_and_reports_unwritable_places() {
    let tmp = scratch("out-existing");
    let dir = tmp.join("out");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("setup.sh"), "old").unwrap_or_else(|e| panic!("{e}"));
    let out = run(&["generate", "--out", &dir.display().to_string()]);
    assert_eq!(status(&out), 0);
    assert_eq!(read(&dir.join("setup.sh")), bundle_of(&Form::default()).cli);

    // --out naming a file: exit 2, the path and the OS error on stderr.
    let file = tmp.join("a-file");
    std::fs::write(&file, "x").unwrap_or_else(|e| panic!("{e}"));
    let out = run(&["generate", "--out", &file.display().to_string()]);
    assert_eq!(status(&out), 2);
    let err = text(&out.stderr);
    assert!(
        err.starts_with(&format!(
            "error: cannot create the output directory \"{}\": ",
            file.display()
        )) && err.contains("os error"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Input hygiene with files made at test time

fn evaluate_with_policy_file(path: &Path) -> Output {
    let claims = cases_dir().join("evaluate-allowed/claims.json");
    run(&[
        "evaluate",
        "--policy",
        &path.display().to_string(),
        "--claims",
        &claims.display().to_string(),
    ])
}

#[test]
fn binary_input_is_refused() {
    let tmp = scratch("binary");
    for (name, bytes) in [
        ("nul.json", &b"{\"Statement\": []}\0\0"[..]),
        (
            "latin1.json",
            &b"{\"Statement\": [], \"Id\": \"caf\xe9\"}"[..],
        ),
        ("png.json", &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..]),
    ] {
        let path = tmp.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        let out = evaluate_with_policy_file(&path);
        assert_eq!(status(&out), 2, "{name}");
        let err = text(&out.stderr);
        assert!(
            err.starts_with(&format!(
                "error: policy file \"{}\" is not UTF-8 text (",
                path.display()
            )),
            "{name}: {err}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn huge_input_is_refused() {
    let tmp = scratch("huge");
    let path = tmp.join("huge.json");
    // Valid JSON just over 5 MiB: refused for its size, not its content.
    let limit = 5 * 1024 * 1024;
    let mut bytes = b"{\"Statement\": [], \"Id\": \"".to_vec();
    bytes.resize(limit, b'a');
    bytes.extend_from_slice(b"\"}");
    std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = evaluate_with_policy_file(&path);
    assert_eq!(status(&out), 2);
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: policy file \"{}\" is larger than 5 MiB\n",
            path.display()
        )
    );

    // The same on stdin.
    let claims = cases_dir().join("evaluate-allowed/claims.json");
    let args: Vec<String> = [
        "evaluate",
        "--policy",
        "-",
        "--claims",
        &claims.display().to_string(),
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let out = run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args, &bytes);
    assert_eq!(status(&out), 2);
    assert_eq!(
        text(&out.stderr),
        "error: policy from stdin is larger than 5 MiB\n"
    );

    // Exactly 5 MiB gets past the command line's own limit; the policy reader then refuses it
    // (a policy document is at most 131,072 characters; it reads up to 1 MiB), still exit 2.
    let mut bytes = b"{\"Statement\": [], \"Id\": \"".to_vec();
    bytes.resize(limit - 2, b'a');
    bytes.extend_from_slice(b"\"}");
    assert_eq!(bytes.len(), limit);
    std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = evaluate_with_policy_file(&path);
    assert_eq!(status(&out), 2, "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("5242880 bytes, more than the 1048576"));

    // Just under the reader's limit is read: a valid policy with no Allow is denied, exit 1.
    let mut bytes = b"{\"Statement\": [], \"Id\": \"".to_vec();
    bytes.resize(1024 * 1024 - 2, b'a');
    bytes.extend_from_slice(b"\"}");
    std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = evaluate_with_policy_file(&path);
    assert_eq!(status(&out), 1, "{}", text(&out.stderr));
}

#[test]
fn every_subcommand_has_help_that_exits_0() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["generate", "--help"],
        &["generate", "-h"],
        &["help", "generate"],
        &["evaluate", "--help"],
        &["evaluate", "-h"],
        &["help", "evaluate"],
        &["audit", "--help"],
        &["help", "audit"],
        &["explain", "--help"],
        &["help", "explain"],
        &["convert", "--help"],
        &["help", "convert"],
    ] {
        let out = run(args);
        assert_eq!(status(&out), 0, "{args:?}");
        assert!(text(&out.stdout).contains("Usage: keyless"), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn every_subcommand_takes_format() {
    for sub in ["generate", "evaluate", "audit", "explain", "convert"] {
        let out = run(&[sub, "--help"]);
        assert!(
            text(&out.stdout).contains("--format <FORMAT>"),
            "{sub} --help"
        );
    }
}

#[test]
fn a_closed_stdout_is_not_a_panic() {
    // `keyless generate | head -c0`: the write fails; the program must not panic (exit 101).
    let mut child = Command::new(BIN)
        .args(["generate", "--format", "text"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    drop(child.stdout.take());
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    let code = status(&out);
    assert!(code == 0 || code == 2, "exit {code}: {}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("panicked"));
}
