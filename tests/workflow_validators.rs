//! The generated workflows checked by real tools, not only by our own code: actionlint must
//! report nothing, and `zizmor --offline` nothing above "low" (with actions pinned by SHA; with
//! tag pins it must report exactly the unpinned references the page warns about).
//! The tools are installed, pinned, by scripts/install-tools.sh into .tools/bin.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use keyless::form::{Field, Form};
use keyless::generate;

fn tool(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".tools/bin")
        .join(name);
    assert!(
        path.exists(),
        "{} is missing: run scripts/install-tools.sh (the README's test command does)",
        path.display()
    );
    path
}

fn forms() -> Vec<(&'static str, Form)> {
    let base = Form::default();
    vec![
        ("default", base.clone()),
        (
            "branches",
            base.clone().with(
                Field::Branches,
                "main,release/v2,feat/$(id),it's,+x,on,${x},{y}",
            ),
        ),
        (
            "environment",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "Production:V1 's"),
        ),
        (
            "any-branch-inline",
            base.clone()
                .with(Field::Scope, "any-branch")
                .with(Field::RoleArnSource, "inline")
                .with(Field::Account, "012345678901"),
        ),
        (
            "owner-wide-secrets",
            base.clone()
                .with(Field::Scope, "owner-wide")
                .with(Field::RoleArnSource, "secrets")
                .with(Field::SessionDuration, "43200"),
        ),
        (
            "reusable-secrets",
            base.clone()
                .with(Field::Tags, "v*, release-1")
                .with(Field::Branches, "main")
                .with(Field::RoleArnSource, "secrets")
                .with(
                    Field::ReusableWorkflow,
                    "octo-org/deploy/.github/workflows/ecr.yml@0123456789abcdef0123456789abcdef01234567",
                ),
        ),
        (
            "korean-comments",
            base.clone()
                .with(Field::Comments, "ko")
                .with(Field::Scope, "environment")
                .with(Field::Environment, "prod, staging")
                .with(Field::Access, "pull")
                .with(Field::PullRequests, "true")
                .with(Field::PullRequestsConfirm, "true"),
        ),
        (
            "ecr-namespaced",
            base.with(Field::EcrRepo, "1e5/app")
                .with(Field::Region, "ap-southeast-7"),
        ),
    ]
}

/// Writes each workflow into a fresh repository-like folder and returns it.
fn write_workflows(name: &str, pin: bool) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("keyless-validators-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let wf = dir.join(".github/workflows");
    std::fs::create_dir_all(&wf).expect("dir");
    for (case, form) in forms() {
        let form = form.with(Field::PinActions, pin.to_string());
        let bundle = generate(&form)
            .bundle
            .unwrap_or_else(|| panic!("{case}: no bundle"));
        std::fs::write(wf.join(format!("{case}.yml")), &bundle.workflow).expect("write");
        if let Some(caller) = &bundle.caller_workflow {
            std::fs::write(wf.join(format!("{case}-caller.yml")), caller).expect("write");
        }
    }
    dir
}

#[test]
fn actionlint_reports_nothing() {
    for pin in [true, false] {
        let dir = write_workflows(&format!("actionlint-{pin}"), pin);
        let out = actionlint(&dir);
        assert!(
            out.status.success(),
            "actionlint (pin={pin}):\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn actionlint(dir: &Path) -> std::process::Output {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(".github/workflows"))
        .expect("workflows")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    Command::new(tool("actionlint"))
        .args(["-no-color", "-shellcheck=", "-pyflakes="])
        .args(&files)
        .current_dir(dir)
        .output()
        .expect("actionlint runs")
}

/// Control: the same check does fail on a workflow with a real mistake, so a silent tool
/// cannot make the test above pass.
#[test]
fn actionlint_catches_a_broken_workflow() {
    let dir = write_workflows("actionlint-control", true);
    let path = dir.join(".github/workflows/default.yml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("id-token: write", "id-token: read")).expect("write");
    let out = actionlint(&dir);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("id-token"));
}

fn zizmor(dir: &Path) -> Vec<(String, String)> {
    let out = Command::new(tool("zizmor"))
        .args([
            "--offline",
            "--no-progress",
            "--format",
            "json",
            ".github/workflows",
        ])
        .current_dir(dir)
        .output()
        .expect("zizmor runs");
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "zizmor output is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    findings
        .as_array()
        .expect("a list of findings")
        .iter()
        .map(|f| {
            (
                f["ident"].as_str().unwrap_or_default().to_owned(),
                f["determinations"]["severity"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect()
}

#[test]
fn zizmor_finds_nothing_above_low_when_pinned() {
    let dir = write_workflows("zizmor-pinned", true);
    let above_low: Vec<_> = zizmor(&dir)
        .into_iter()
        .filter(|(_, sev)| !matches!(sev.as_str(), "Unknown" | "Informational" | "Low"))
        .collect();
    assert!(above_low.is_empty(), "{above_low:?}");
}

#[test]
fn zizmor_flags_only_the_tag_pins_when_unpinned() {
    let dir = write_workflows("zizmor-tags", false);
    let findings = zizmor(&dir);
    let above_low: Vec<_> = findings
        .iter()
        .filter(|(_, sev)| !matches!(sev.as_str(), "Unknown" | "Informational" | "Low"))
        .collect();
    assert_eq!(above_low.len(), 3 * forms().len(), "{findings:?}");
    assert!(
        above_low.iter().all(|(id, _)| id == "unpinned-uses"),
        "{findings:?}"
    );
}
