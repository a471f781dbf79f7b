//! The workflow converter against a corpus of key-based workflows (tests/convert/): each
//! `NAME.in.yml` converts to exactly `NAME.out.yml`, with the report in `NAME.findings.txt`
//! (options, if any, in `NAME.options`). `KEYLESS_BLESS=1 cargo test --test convert` rewrites
//! the expected files; review them as diffs.
//!
//! Also: every output parses and hands no keys to converted jobs, converting twice changes
//! nothing, random edits to unrelated lines survive, actionlint accepts every output, and a
//! large file converts in reasonable time.

#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use keyless::diag::Location;
use keyless::workflow::{
    Conversion, ConvertOptions, EnvironmentName, JobStatus, RegionValue, RolePlacement,
    SubjectContext, convert, sub_strings, unified_diff,
};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/convert")
}

struct Case {
    name: String,
    input: String,
    options: ConvertOptions,
    /// actionlint may report on the output exactly what it reports on the input (for inputs
    /// that use an action version actionlint rejects and that the options keep).
    lint_same_as_input: bool,
}

fn cases() -> Vec<Case> {
    let dir = corpus_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".in.yml").map(str::to_owned)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let input = fs::read_to_string(dir.join(format!("{name}.in.yml"))).expect("input");
            let text = fs::read_to_string(dir.join(format!("{name}.options"))).unwrap_or_default();
            Case {
                name,
                input,
                options: parse_options(&text),
                lint_same_as_input: text.lines().any(|l| l.trim() == "lint=same-as-input"),
            }
        })
        .collect()
}

/// `key=value` lines: `role=vars|secrets|inline:ARN`, `upgrade=true`, `pin=false`,
/// `region=REGION`, `lint=same-as-input`; `#` starts a comment line.
fn parse_options(text: &str) -> ConvertOptions {
    let mut o = ConvertOptions::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once('=').expect("key=value");
        match k.trim() {
            "role" => {
                o.role = match v.trim() {
                    "vars" => RolePlacement::Vars,
                    "secrets" => RolePlacement::Secrets,
                    other => RolePlacement::Inline(
                        other
                            .strip_prefix("inline:")
                            .expect("inline:ARN")
                            .to_owned(),
                    ),
                }
            }
            "upgrade" => o.upgrade_actions = v.trim() == "true",
            "pin" => o.pin_actions = v.trim() == "true",
            "region" => o.region = Some(v.trim().to_owned()),
            "lint" => {}
            other => panic!("unknown option {other}"),
        }
    }
    o
}

fn context(c: &SubjectContext) -> String {
    match c {
        SubjectContext::Branch(p) => format!("branch {p}"),
        SubjectContext::Tag(p) => format!("tag {p}"),
        SubjectContext::Environment(EnvironmentName::Name(n)) => format!("environment {n}"),
        SubjectContext::Environment(EnvironmentName::Unresolved(e)) => {
            format!("environment (unresolved) {e}")
        }
        SubjectContext::PullRequest => "pull_request".to_owned(),
        SubjectContext::DefaultBranch => "default branch".to_owned(),
        SubjectContext::Caller => "caller's subject".to_owned(),
        SubjectContext::Undocumented(e) => format!("undocumented ({e})"),
    }
}

fn region(r: &RegionValue) -> String {
    match r {
        RegionValue::Literal { region } => region.clone(),
        RegionValue::Expression { text, resolved } if resolved.is_empty() => text.clone(),
        RegionValue::Expression { text, resolved } => format!("{text} = {}", resolved.join(" | ")),
        RegionValue::Missing => "(none)".to_owned(),
    }
}

/// The report in a stable, reviewable text form.
fn render(c: &Conversion) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "changed: {}\nrefused: {}", c.changed, c.refused);
    let _ = writeln!(s, "\nfindings:");
    for f in &c.findings {
        let at = match &f.location {
            Location::Line { line, column } => format!("{line}:{column}"),
            other => format!("{other:?}"),
        };
        let _ = writeln!(
            s,
            "  {} {} {at}\n    {}\n    help: {}",
            f.severity.as_str(),
            f.code,
            f.message,
            f.help
        );
    }
    let _ = writeln!(s, "\njobs:");
    for j in &c.jobs {
        let status = match &j.status {
            JobStatus::Converted => "converted".to_owned(),
            JobStatus::Untouched => "untouched".to_owned(),
            JobStatus::Refused(reason) => format!("refused: {reason}"),
        };
        let _ = writeln!(s, "  {} (line {}): {status}", j.job_id, j.line);
        let subjects: Vec<String> = j.subjects.iter().map(context).collect();
        let _ = writeln!(s, "    subjects: {}", subjects.join(", "));
        for id in &j.aws_identity {
            let _ = writeln!(
                s,
                "    identity: key {}, secret {}, session token {}, region {}, partition {:?}, role {}",
                id.access_key,
                id.secret_key.as_deref().unwrap_or("-"),
                id.session_token,
                region(&id.region),
                id.partition,
                id.role_to_assume.as_deref().unwrap_or("-")
            );
        }
    }
    let _ = writeln!(s, "\nroles:");
    for r in &c.roles {
        let _ = writeln!(
            s,
            "  {} ({:?}) replaces {} for {}",
            r.role_to_assume,
            r.partition,
            r.replaces.join(", "),
            r.jobs.join(", ")
        );
        for sub in sub_strings(&r.subjects, "octo-org", "octo-app", "main") {
            let op = if sub.wildcard {
                "StringLike"
            } else {
                "StringEquals"
            };
            let _ = writeln!(s, "    sub {op} {}", sub.value);
        }
    }
    let _ = writeln!(s, "\nedits:");
    for e in &c.edits {
        let _ = writeln!(
            s,
            "  {}:{} {:?} [{}] {}",
            e.line,
            e.column,
            e.kind,
            e.job.as_deref().unwrap_or("shared"),
            e.summary
        );
    }
    s
}

fn bless() -> bool {
    std::env::var_os("KEYLESS_BLESS").is_some_and(|v| v == "1")
}

#[test]
fn corpus_converts_byte_for_byte() {
    let dir = corpus_dir();
    let mut failures = Vec::new();
    for case in cases() {
        let conversion = convert(&case.input, &case.options);
        let report = render(&conversion);
        let out_path = dir.join(format!("{}.out.yml", case.name));
        let report_path = dir.join(format!("{}.findings.txt", case.name));
        if bless() {
            fs::write(&out_path, &conversion.output).expect("write output");
            fs::write(&report_path, &report).expect("write report");
            continue;
        }
        let expected = fs::read_to_string(&out_path).unwrap_or_default();
        if expected != conversion.output {
            failures.push(format!(
                "{}: output differs from {}:\n{}",
                case.name,
                out_path.display(),
                unified_diff(
                    &expected,
                    &conversion.output,
                    &format!("{}.out.yml", case.name)
                )
            ));
        }
        let expected_report = fs::read_to_string(&report_path).unwrap_or_default();
        if expected_report != report {
            failures.push(format!(
                "{}: report differs from {}:\n{}",
                case.name,
                report_path.display(),
                unified_diff(&expected_report, &report, "findings.txt")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn corpus_is_large_enough_and_mixed() {
    let all = cases();
    assert!(all.len() >= 30, "only {} corpus workflows", all.len());
    let results: Vec<Conversion> = all.iter().map(|c| convert(&c.input, &c.options)).collect();
    let converted = results.iter().filter(|r| r.changed).count();
    let refused = results.iter().filter(|r| r.refused).count();
    assert!(converted >= 20, "{converted} converted");
    assert!(refused >= 4, "{refused} refused");
}

/// Mapping keys anywhere in the data, except under `secrets:` (a reusable workflow's declared
/// secrets, and what a caller passes, stay until both sides are converted).
fn keys_in(v: &yaml_serde::Value, out: &mut Vec<String>) {
    match v {
        yaml_serde::Value::Mapping(m) => {
            for (k, v) in m {
                if let Some(k) = k.as_str() {
                    out.push(k.to_owned());
                    if k == "secrets" {
                        continue;
                    }
                }
                keys_in(v, out);
            }
        }
        yaml_serde::Value::Sequence(s) => s.iter().for_each(|v| keys_in(v, out)),
        _ => {}
    }
}

#[test]
fn outputs_parse_and_converted_files_hold_no_key_inputs() {
    for case in cases() {
        let c = convert(&case.input, &case.options);
        if c.refused && !c.changed {
            assert_eq!(c.output, case.input, "{}: refused but changed", case.name);
            continue;
        }
        let v: yaml_serde::Value = yaml_serde::from_str(&c.output)
            .unwrap_or_else(|e| panic!("{}: output does not parse: {e}", case.name));
        let any_refused = c
            .jobs
            .iter()
            .any(|j| matches!(j.status, JobStatus::Refused(_)));
        if !c.changed || any_refused {
            continue;
        }
        let mut keys = Vec::new();
        keys_in(&v, &mut keys);
        for forbidden in [
            "aws-access-key-id",
            "aws-secret-access-key",
            "aws-session-token",
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
        ] {
            assert!(
                !keys.iter().any(|k| k == forbidden),
                "{}: output still has {forbidden}",
                case.name
            );
        }
    }
}

#[test]
fn converting_the_output_again_changes_nothing() {
    for case in cases() {
        let first = convert(&case.input, &case.options);
        if !first.changed {
            continue;
        }
        let second = convert(&first.output, &case.options);
        assert!(
            !second.changed,
            "{}: a second conversion changed the output:\n{}",
            case.name,
            unified_diff(&first.output, &second.output, "second")
        );
    }
}

/// xorshift64*: a small deterministic generator for the property test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn words(&mut self) -> String {
        const WORDS: [&str; 12] = [
            "build", "release", "café", "naïve", "日本", "Zürich", "lint", "cache", "v2", "node",
            "report", "ümlaut",
        ];
        let n = 1 + self.below(4);
        (0..n)
            .map(|_| WORDS[self.below(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Lines of `text` with their line breaks.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// Lines unrelated to the conversion that may be rewritten: comments, single-line `run:`
/// commands and `name:` values that mention nothing AWS-related.
fn mutable_line(line: &str) -> Option<(usize, &'static str)> {
    let body = line.trim_end_matches(['\n', '\r']);
    let indent = body.len() - body.trim_start().len();
    let t = body.trim_start();
    let lowered = t.to_ascii_lowercase();
    const AVOID: [&str; 16] = [
        "aws",
        "ecr",
        "key",
        "secret",
        "token",
        "docker",
        "login",
        "terraform",
        "cdk",
        "sam ",
        "region",
        "role",
        "akia",
        "asia",
        "${{",
        "&",
    ];
    if AVOID.iter().any(|a| lowered.contains(a)) || t.contains('*') {
        return None;
    }
    if t.starts_with("# ") {
        return Some((indent, "comment"));
    }
    let t = t.strip_prefix("- ").unwrap_or(t);
    if let Some(rest) = t.strip_prefix("run: ")
        && !rest.starts_with(['|', '>', '"', '\''])
        && !rest.contains('#')
    {
        return Some((indent, "run"));
    }
    if let Some(rest) = t.strip_prefix("name: ")
        && !rest.starts_with(['"', '\''])
        && !rest.contains('#')
    {
        return Some((indent, "name"));
    }
    None
}

fn mutate(line: &str, what: &str, rng: &mut Rng) -> String {
    let ending = &line[line.trim_end_matches(['\n', '\r']).len()..];
    let body = line.trim_end_matches(['\n', '\r']);
    let words = rng.words();
    let new_body = match what {
        "comment" => {
            let i = body.find("# ").unwrap_or(0);
            format!("{}# {words}", &body[..i])
        }
        "run" => {
            let i = body.find("run: ").unwrap_or(0);
            format!("{}run: echo {words}", &body[..i])
        }
        _ => {
            let i = body.find("name: ").unwrap_or(0);
            format!("{}name: {words}", &body[..i])
        }
    };
    format!("{new_body}{ending}")
}

/// Pairs of (input line, output line) that the conversion left identical.
fn unchanged_pairs(input: &str, output: &str) -> Vec<(usize, usize)> {
    let a = lines(input);
    let b = lines(output);
    // Align through the diff: walk it hunk by hunk.
    let diff = unified_diff(input, output, "x");
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    for line in diff.lines().skip(2) {
        if let Some(h) = line.strip_prefix("@@ -") {
            let (old, new) = h.split_once(" +").unwrap_or(("0", "0"));
            let start = |s: &str| -> usize {
                s.split([',', ' '])
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(1)
            };
            let (oi, nj) = (start(old).saturating_sub(1), start(new).saturating_sub(1));
            while i < oi && j < nj {
                pairs.push((i, j));
                i += 1;
                j += 1;
            }
            i = oi;
            j = nj;
        } else if line.starts_with(' ') {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if line.starts_with('-') {
            i += 1;
        } else if line.starts_with('+') {
            j += 1;
        }
    }
    while i < a.len() && j < b.len() {
        pairs.push((i, j));
        i += 1;
        j += 1;
    }
    pairs.retain(|&(x, y)| a.get(x) == b.get(y));
    pairs
}

#[test]
fn edits_to_unrelated_lines_survive_conversion() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tried = 0;
    for case in cases() {
        let base = convert(&case.input, &case.options);
        let pairs: Vec<(usize, usize, &'static str)> = unchanged_pairs(&case.input, &base.output)
            .into_iter()
            .filter_map(|(i, j)| {
                let line = lines(&case.input)[i];
                mutable_line(line).map(|(_, what)| (i, j, what))
            })
            .collect();
        if pairs.is_empty() {
            continue;
        }
        for _ in 0..12 {
            let mut input_lines: Vec<String> =
                lines(&case.input).iter().map(|s| (*s).to_owned()).collect();
            let mut output_lines: Vec<String> = lines(&base.output)
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
            let picks = 1 + rng.below(3);
            for _ in 0..picks {
                let (i, j, what) = pairs[rng.below(pairs.len())];
                let new = mutate(&input_lines[i], what, &mut rng);
                input_lines[i] = new.clone();
                output_lines[j] = new;
            }
            let input: String = input_lines.concat();
            let expected: String = output_lines.concat();
            let got = convert(&input, &case.options);
            tried += 1;
            assert_eq!(
                got.output,
                expected,
                "{}: a mutated unrelated line did not survive:\n{}",
                case.name,
                unified_diff(&expected, &got.output, "mutated")
            );
        }
    }
    assert!(tried > 100, "only {tried} mutations tried");
}

/// actionlint's messages for some files, without positions, per file name.
fn actionlint(tool: &Path, dir: &Path, paths: &[PathBuf]) -> Vec<(String, String)> {
    let out = Command::new(tool)
        .arg("-shellcheck=")
        .arg("-pyflakes=")
        .arg("-format")
        .arg("{{range $err := .}}{{$err.Filepath}}\t{{$err.Message}}\n{{end}}")
        .args(paths)
        .current_dir(dir)
        .output()
        .expect("run actionlint");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut findings: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(f, m)| {
            let name = Path::new(f)
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            (name, m.to_owned())
        })
        .collect();
    findings.sort();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.trim().is_empty(), "actionlint failed: {stderr}");
    findings
}

#[test]
fn mangled_inputs_never_panic_and_changed_outputs_parse() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let all = cases();
    let mut changed = 0;
    for round in 0..1500 {
        let case = &all[rng.below(all.len())];
        let mut text: Vec<char> = case.input.chars().collect();
        for _ in 0..1 + rng.below(4) {
            if text.is_empty() {
                break;
            }
            let at = rng.below(text.len());
            match rng.below(5) {
                0 => {
                    let end = (at + 1 + rng.below(12)).min(text.len());
                    text.drain(at..end);
                }
                1 => text.insert(
                    at,
                    [' ', '\n', ':', '-', '#', '\'', '"', '{', '&', '*'][rng.below(10)],
                ),
                2 => text.insert(at, '\t'),
                3 => {
                    let end = (at + rng.below(40)).min(text.len());
                    let copy: Vec<char> = text[at..end].to_vec();
                    text.splice(at..at, copy);
                }
                _ => text[at] = 'é',
            }
        }
        let input: String = text.into_iter().collect();
        let c = convert(&input, &case.options);
        if std::env::var_os("KEYLESS_DEBUG_MANGLE").is_some() {
            for f in &c.findings {
                if f.code == keyless::workflow::codes::SELF_CHECK_FAILED
                    || f.code == keyless::workflow::codes::UNSUPPORTED_SYNTAX
                {
                    eprintln!(
                        "MANGLE {round} {} {}: {}\n{input}\n-----",
                        case.name, f.code, f.message
                    );
                }
            }
        }
        if c.changed {
            changed += 1;
            assert!(
                yaml_serde::from_str::<yaml_serde::Value>(&c.output).is_ok(),
                "round {round} ({}): changed output does not parse",
                case.name
            );
        } else {
            assert_eq!(c.output, input, "round {round}: unchanged output differs");
        }
    }
    assert!(changed > 100, "only {changed} mangled inputs converted");
}

#[test]
fn actionlint_accepts_every_converted_output() {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/bin/actionlint");
    if !tool.exists() {
        eprintln!("skipped: {} not found", tool.display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("keyless-convert-{}", std::process::id()));
    let wf_dir = dir.join(".github/workflows");
    let in_dir = dir.join("inputs/.github/workflows");
    fs::create_dir_all(&wf_dir).expect("temp dir");
    fs::create_dir_all(&in_dir).expect("temp dir");
    let mut strict = Vec::new();
    let mut compared = Vec::new();
    for case in cases() {
        let c = convert(&case.input, &case.options);
        // Files that are not workflows at all come back unchanged and are not linted.
        if c.findings.iter().any(|f| {
            f.code == keyless::workflow::codes::INVALID_YAML
                || f.code == keyless::workflow::codes::NOT_A_WORKFLOW
        }) {
            continue;
        }
        let path = wf_dir.join(format!("{}.yml", case.name));
        fs::write(&path, &c.output).expect("write");
        if case.lint_same_as_input {
            let input = in_dir.join(format!("{}.yml", case.name));
            fs::write(&input, &case.input).expect("write");
            compared.push((path, input));
        } else {
            strict.push(path);
        }
    }
    let findings = actionlint(&tool, &dir, &strict);
    assert!(
        findings.is_empty(),
        "actionlint findings on converted outputs: {findings:#?}"
    );
    for (output, input) in &compared {
        let after = actionlint(&tool, &dir, std::slice::from_ref(output));
        let before = actionlint(&tool, &dir.join("inputs"), std::slice::from_ref(input));
        assert_eq!(
            after, before,
            "the conversion changed actionlint's findings"
        );
        assert!(
            !before.is_empty(),
            "{}: expected the input's own findings",
            input.display()
        );
    }
    assert!(strict.len() >= 40, "only {} outputs linted", strict.len());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_large_pasted_file_converts_in_reasonable_time() {
    // About 500 KB: the starter workflow plus many more jobs, steps and comments.
    let base = fs::read_to_string(corpus_dir().join("starter-ecs.in.yml")).expect("starter");
    let mut text = base.clone();
    let mut n = 0;
    while text.len() < 500_000 {
        n += 1;
        let _ = write!(
            text,
            "\n  # extra job {n}: lint and test\n  extra-{n}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - name: Test {n}\n        run: |\n          echo testing {n}\n          make test-{n}\n      - name: Build {n}\n        run: make build-{n} # comment {n}\n"
        );
    }
    let options = ConvertOptions {
        upgrade_actions: true,
        ..ConvertOptions::default()
    };
    let started = Instant::now();
    let c = convert(&text, &options);
    let took = started.elapsed();
    eprintln!(
        "converted {} bytes ({n} extra jobs) in {took:?}",
        text.len()
    );
    assert!(c.changed);
    assert!(!c.refused);
    // A sanity bound only (debug build, shared machine): quadratic behaviour would take minutes.
    assert!(took.as_secs() < 30, "took {took:?}");
}

#[test]
fn the_diff_of_a_conversion_is_a_unified_diff() {
    let case = cases()
        .into_iter()
        .find(|c| c.name == "starter-ecs")
        .expect("starter case");
    let c = convert(&case.input, &case.options);
    let d = unified_diff(&case.input, &c.output, ".github/workflows/aws.yml");
    assert!(
        d.starts_with("--- a/.github/workflows/aws.yml\n+++ b/.github/workflows/aws.yml\n@@ -")
    );
    assert!(d.contains("\n-        aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"));
    assert!(d.contains("\n+        role-to-assume: ${{ vars.AWS_ROLE_ARN }}\n"));
}

#[test]
fn the_report_serializes_for_the_page() {
    let case = cases()
        .into_iter()
        .find(|c| c.name == "two-accounts")
        .expect("two-accounts case");
    let c = convert(&case.input, &case.options);
    let json = serde_json::to_value(&c).expect("serialize");
    assert_eq!(json["changed"], true);
    assert_eq!(json["jobs"][0]["status"]["status"], "converted");
    assert_eq!(json["jobs"][0]["subjects"][0]["kind"], "environment");
    assert_eq!(json["roles"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["edits"][0]["kind"], "new-permissions");
}

#[test]
fn subjects_come_as_sub_strings_for_the_trust_policy() {
    let case = cases()
        .into_iter()
        .find(|c| c.name == "starter-ecs")
        .expect("starter case");
    let c = convert(&case.input, &case.options);
    let deploy = c
        .jobs
        .iter()
        .find(|j| j.job_id == "deploy")
        .expect("deploy job");
    let subs = sub_strings(&deploy.subjects, "octo-org", "octo-app", "main");
    assert_eq!(subs.len(), 1);
    assert_eq!(
        subs[0].value,
        "repo:octo-org/octo-app:environment:production"
    );
    assert!(!subs[0].wildcard);
}
