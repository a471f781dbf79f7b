//! `keyless generate`: the page's four files from flags named like the page's fields, or from a
//! link to the page.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, ValueEnum};
use serde_json::{Map, Value, json};

use super::output::{diagnostic_text, note, put, put_json, summary};
use super::read::quoted;
use super::{Exit, Fatal, Format};
use crate::diag::{self, Diagnostic, Location, Severity};
use crate::form::{Field, Form, FragmentProblem};
use crate::generate::{Artifact, Bundle, generate};

#[derive(Debug, Args)]
#[command(after_help = "\
Unset fields keep the page's example values. With --from-url, the link's values are read first \
and the flags given alongside override them.

Output: without --out, the texts on stdout (JSON by default, or the files one after another \
with --format text). With --out DIR, the files are written to DIR: permission-policy.json, \
trust-policy.json, setup.sh (executable) and the workflow under its own file name (commit it as \
.github/workflows/<name>); with --reusable-workflow, the workflow is the reusable one and a \
fifth file is the calling workflow each repository commits. Findings always go to stderr as text.

Exit status: 0 generated with no finding at or above --fail-on; 1 an input is invalid (nothing \
generated) or a finding at or above --fail-on; 2 bad usage or a file that could not be written.")]
pub struct GenerateArgs {
    /// A link to the page (`https://.../#owner=...`) or just its `#...` fragment; flags given
    /// alongside override its values.
    #[arg(long, value_name = "URL")]
    from_url: Option<String>,

    /// Write the files (four, five with a reusable workflow) into DIR (created if missing; existing files are replaced) instead
    /// of printing them.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// Exit 1 when a finding is at least this severe [default: error].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<FailOn>,

    /// Output format [default: json without --out, text with --out].
    #[arg(long, value_enum)]
    format: Option<Format>,

    #[command(flatten)]
    fields: FieldArgs,
}

/// The least severity that makes `generate` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any finding.
    Suggestion,
    /// Warnings and worse.
    Warning,
    /// Security warnings and errors.
    SecurityWarning,
    /// Errors only.
    Error,
    /// Findings never change the exit status (invalid inputs still exit 1: nothing was made).
    Never,
}

impl FailOn {
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Suggestion => Some(Severity::Suggestion),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::SecurityWarning => Some(Severity::SecurityWarning),
            FailOn::Error => Some(Severity::Error),
            FailOn::Never => None,
        }
    }
}

/// One optional flag per form field, built from [`Field::ALL`] so that every flag is named by
/// the field's id (the page's element id and fragment key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldArgs {
    values: Vec<(Field, String)>,
}

const FIELDS_HEADING: &str = "Form fields (named like the page's inputs)";

fn field_help(field: Field) -> &'static str {
    match field {
        Field::Owner => {
            "GitHub owner (organization or user): 1-39 letters, digits or single hyphens, as GitHub shows it"
        }
        Field::Repo => "Repository name: up to 100 letters, digits, '-', '_' or '.'",
        Field::Scope => {
            "Who may assume the role: branches, environment, any-branch (wildcard) or owner-wide (wildcard)"
        }
        Field::Branches => "Comma-separated branches, e.g. \"main, release/v2\"",
        Field::Environment => "GitHub environment the job declares (with --scope environment)",
        Field::SubjectFormat => {
            "Subject (sub) form in the token: name, immutable (numeric ids) or both"
        }
        Field::OwnerId => "Numeric owner id (immutable or both subject format)",
        Field::RepoId => "Numeric repository id (immutable or both subject format)",
        Field::Account => "AWS account id: exactly 12 digits, leading zeros kept",
        Field::Region => {
            "AWS region; it chooses the partition (aws, aws-cn, aws-us-gov), e.g. eu-west-1"
        }
        Field::EcrRepo => {
            "ECR repository names, comma-separated (the workflow pushes to each); empty: the repository name in lower case"
        }
        Field::RoleName => {
            "IAM role name (up to 64 characters); empty: derived from the repository"
        }
        Field::PolicyName => {
            "Managed policy name (up to 128 characters); empty: derived from the repository"
        }
        Field::SessionDuration => "Maximum session duration in seconds, 3600 to 43200",
        Field::RoleArnSource => "Where the workflow reads the role ARN: vars, secrets or inline",
        Field::PinActions => "Pin actions by full commit SHA",
        Field::WorkflowFile => "Workflow file name (.yml or .yaml), saved under .github/workflows/",
        Field::CreateEcrRepo => "Create the ECR repository if it is missing (scan on push)",
        Field::ImmutableTags => "Immutable image tags (with --create-ecr-repo true)",
        Field::GithubHost => {
            "Who issues the tokens: github.com, enterprise (GHEC with the enterprise slug issuer), ghe.com or ghes"
        }
        Field::GithubHostName => {
            "The enterprise slug, the GHE.com subdomain or the GitHub Enterprise Server hostname"
        }
        Field::Tags => "Tags that may also assume the role, comma-separated; * is a wildcard (v*)",
        Field::PullRequests => {
            "Same-repository pull requests may assume the role (needs --access pull and --pull-requests-confirm true)"
        }
        Field::PullRequestsConfirm => {
            "Confirms that any pull request of the repository may assume the role"
        }
        Field::Access => "What the role may do in ECR: push (push and pull) or pull",
        Field::ExtraRepos => {
            "More repositories of the owner: name (same scopes) or name:SCOPE:SCOPE with its own scopes, each a branch, env=ENVIRONMENT or tag=TAG (repeat for more); separated by ';' (or ',' when none has its own scopes); name@id with the immutable subject"
        }
        Field::RegistryAccount => {
            "Account that holds the ECR repositories, when it is another account"
        }
        Field::SubjectTemplate => {
            "The include_claim_keys of a customized subject template, comma-separated (e.g. repo,context)"
        }
        Field::ReusableWorkflow => {
            "Pin the trust to this reusable workflow: OWNER/REPO/.github/workflows/FILE.yml@REF"
        }
        Field::Comments => {
            "Language of the comments in the generated workflow and setup.sh: en or ko (the code is the same)"
        }
    }
}

fn field_arg(field: Field) -> Arg {
    let example = Form::default();
    let default = example.get(field);
    let help = if default.is_empty() {
        field_help(field).to_owned()
    } else {
        format!("{} [default: {default}]", field_help(field))
    };
    let arg = Arg::new(field.id())
        .long(field.id())
        .action(ArgAction::Set)
        .help(help)
        .help_heading(FIELDS_HEADING);
    if field.is_flag() {
        arg.value_name("BOOL")
            .value_parser(PossibleValuesParser::new(["true", "false"]))
            .hide_possible_values(true)
    } else {
        arg.value_name("VALUE")
    }
}

impl Args for FieldArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.args(Field::ALL.map(field_arg))
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for FieldArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut args = FieldArgs::default();
        args.update_from_arg_matches(matches)?;
        Ok(args)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        for field in Field::ALL {
            let value = matches.try_get_one::<String>(field.id()).map_err(|e| {
                clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{e}\n"))
            })?;
            if let Some(value) = value {
                self.values.retain(|(f, _)| *f != field);
                self.values.push((field, value.clone()));
            }
        }
        Ok(())
    }
}

/// The form the arguments describe: the link's values (or the page's defaults), then the
/// flags. Problems with the link come back as warnings.
fn form_of(args: &GenerateArgs) -> (Form, Vec<Diagnostic>) {
    let (mut form, mut diags) = match &args.from_url {
        Some(link) => form_of_link(link),
        None => (Form::default(), Vec::new()),
    };
    for (field, value) in &args.fields.values {
        form.set(*field, value.as_str());
        // A flag replaces the link's unreadable value: nothing was lost.
        diags.retain(|d| !(d.code == "link-bad-encoding" && d.field_ref() == Some(*field)));
    }
    (form, diags)
}

/// The form a page link carries, and warnings about the link (no fragment, unknown fields...).
pub(super) fn form_of_link(link: &str) -> (Form, Vec<Diagnostic>) {
    let link = link.trim();
    let fragment = match link.split_once('#') {
        Some((_, fragment)) => fragment,
        None if link.contains("://") => {
            let warning = Diagnostic {
                code: "link-no-fragment",
                severity: Severity::Warning,
                artifact: None,
                location: Location::Whole,
                message: format!(
                    "the link {} has no #fragment, so it carries no values; the page's example values were used",
                    quoted(link)
                ),
                help: "Copy the link from the page's address bar after filling in the form: the values follow the '#'.".to_owned(),
            };
            return (Form::default(), vec![warning]);
        }
        None => link,
    };
    let (form, problems) = Form::from_fragment(fragment);
    let diags = problems
        .iter()
        .map(|problem| match problem {
            FragmentProblem::UnknownKey(_) => Diagnostic {
                code: "link-unknown-field",
                severity: Severity::Warning,
                artifact: None,
                location: Location::Whole,
                message: problem.to_string(),
                help: "Check the link: it may come from another version of the page or have been edited.".to_owned(),
            },
            FragmentProblem::BadEncoding(field) => Diagnostic::field(
                "link-bad-encoding",
                Severity::Warning,
                *field,
                problem.to_string(),
                "Copy the link again from the page's address bar, or give the value with its flag.",
            ),
        })
        .collect();
    (form, diags)
}

pub fn run(
    args: &GenerateArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Exit, Fatal> {
    let (form, mut diagnostics) = form_of(args);
    let outcome = generate(&form);
    diagnostics.extend(outcome.diagnostics);
    diag::sort(&mut diagnostics);

    for d in &diagnostics {
        note(stderr, &diagnostic_text(d));
    }

    let format = args.format.unwrap_or(if args.out.is_some() {
        Format::Text
    } else {
        Format::Json
    });
    let fail_on = args.fail_on.unwrap_or(FailOn::Error);
    let failing = fail_on
        .threshold()
        .is_some_and(|t| diagnostics.iter().any(|d| d.severity >= t));

    let Some(bundle) = outcome.bundle else {
        if format == Format::Json {
            let key = if args.out.is_some() {
                "files"
            } else {
                "artifacts"
            };
            let mut doc = Map::new();
            doc.insert(key.to_owned(), Value::Null);
            doc.insert("workflow-path".to_owned(), Value::Null);
            doc.insert("diagnostics".to_owned(), json!(diagnostics));
            put_json(stdout, &doc)?;
        }
        note(
            stderr,
            &format!(
                "error: nothing was generated ({}); fix the inputs above\n",
                summary(&diagnostics)
            ),
        );
        return Ok(Exit::Findings);
    };

    match &args.out {
        Some(dir) => {
            let written = write_files(dir, &bundle)?;
            match format {
                Format::Json => {
                    let files: Map<String, Value> = written
                        .iter()
                        .map(|(a, path)| (a.id().to_owned(), json!(path.display().to_string())))
                        .collect();
                    put_json(stdout, &json_report("files", files, &bundle, &diagnostics))?;
                }
                Format::Text => {
                    let mut text = String::new();
                    for (artifact, path) in &written {
                        text.push_str(&format!("wrote {}", path.display()));
                        if let Some(path) = bundle.repo_path(*artifact) {
                            text.push_str(&format!(" (commit it as {path})"));
                        }
                        text.push('\n');
                    }
                    put(stdout, &text)?;
                }
            }
        }
        None => match format {
            Format::Json => {
                let artifacts: Map<String, Value> = bundle
                    .artifacts()
                    .into_iter()
                    .map(|a| (a.id().to_owned(), json!(bundle.text(a))))
                    .collect();
                put_json(
                    stdout,
                    &json_report("artifacts", artifacts, &bundle, &diagnostics),
                )?;
            }
            Format::Text => put(stdout, &text_listing(&bundle))?,
        },
    }

    if failing {
        note(
            stderr,
            &format!(
                "error: findings at or above --fail-on {} ({})\n",
                fail_on
                    .to_possible_value()
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default(),
                summary(&diagnostics)
            ),
        );
        Ok(Exit::Findings)
    } else {
        Ok(Exit::Ok)
    }
}

/// The JSON printed on success: `what` (the texts or the files written), where the workflows
/// go, and the findings.
fn json_report(
    what: &str,
    entries: Map<String, Value>,
    bundle: &Bundle,
    diagnostics: &[Diagnostic],
) -> Value {
    let mut doc = json!({
        what: entries,
        "workflow-path": bundle.workflow_path,
        "diagnostics": diagnostics,
    });
    if let Some(path) = &bundle.caller_path {
        doc["caller-path"] = json!(path);
    }
    doc
}

/// The texts one after another, each under a `==> name: title <==` header. Workflows are
/// named by their path in the repository.
fn text_listing(bundle: &Bundle) -> String {
    let mut out = String::new();
    for (i, artifact) in bundle.artifacts().into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let name = bundle
            .repo_path(artifact)
            .unwrap_or_else(|| bundle.file_name(artifact));
        out.push_str(&format!("==> {name}: {} <==\n", artifact.title()));
        let text = bundle.text(artifact);
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Writes the files into `dir`, setup.sh executable. Returns what went where.
fn write_files(dir: &Path, bundle: &Bundle) -> Result<Vec<(Artifact, PathBuf)>, Fatal> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Fatal(format!(
            "cannot create the output directory {}: {e}",
            quoted(&dir.display().to_string())
        ))
    })?;
    let mut written = Vec::new();
    for artifact in bundle.artifacts() {
        let path = dir.join(bundle.file_name(artifact));
        let cannot = |e: std::io::Error| {
            Fatal(format!(
                "cannot write {}: {e}",
                quoted(&path.display().to_string())
            ))
        };
        std::fs::write(&path, bundle.text(artifact)).map_err(cannot)?;
        if artifact == Artifact::Cli {
            make_executable(&path).map_err(cannot)?;
        }
        written.push((artifact, path));
    }
    Ok(written)
}

#[cfg(unix)]
fn make_executable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_without_fragment_warns_and_keeps_defaults() {
        let (form, diags) = form_of_link("https://example.com/keyless/");
        assert_eq!(form, Form::default());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "link-no-fragment");
    }

    #[test]
    fn bare_fragment_and_full_link_agree() {
        let (a, da) = form_of_link("https://x.test/p?q=1#account=012345678901&scope=any-branch");
        let (b, db) = form_of_link("account=012345678901&scope=any-branch");
        let (c, dc) = form_of_link("#account=012345678901&scope=any-branch");
        assert!(da.is_empty() && db.is_empty() && dc.is_empty());
        assert_eq!(a, b);
        assert_eq!(b, c);
        assert_eq!(a.get(Field::Account), "012345678901");
    }

    #[test]
    fn link_problems_become_warnings() {
        let (_, diags) = form_of_link("#bogus=1&repo=%ZZ");
        let codes: Vec<_> = diags.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(
            codes,
            vec![
                ("link-unknown-field", Severity::Warning),
                ("link-bad-encoding", Severity::Warning)
            ]
        );
    }
}
