//! The `keyless` command line: a thin layer over the core, host only (never in the wasm page).
//!
//! Every subcommand takes `--format text|json` and exits 0 (ok), 1 (findings at or above
//! `--fail-on`, invalid inputs, or a denied request) or 2 (bad usage, unreadable input, a file
//! that could not be written). The JSON shapes are documented in `docs/cli.md`.

mod audit;
mod convert;
mod evaluate;
mod explain;
mod generate;
mod output;
mod read;

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use read::MAX_INPUT_BYTES;

/// How a run ended; the process exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success: files generated with no finding at or above `--fail-on`, or a request allowed.
    Ok = 0,
    /// Findings at or above `--fail-on`, invalid inputs, or a request denied.
    Findings = 1,
    /// Bad usage, unreadable input, or output that could not be written.
    Usage = 2,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}

/// A failure that ends the run with exit status 2: the message says what and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fatal(pub String);

impl std::fmt::Display for Fatal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Output format, on every subcommand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For scripts: one JSON document on stdout (shapes in docs/cli.md).
    Json,
}

#[derive(Debug, Parser)]
#[command(
    name = "keyless",
    version,
    about = "Generate and check the AWS IAM and GitHub Actions files that let a workflow push to \
             Amazon ECR with OIDC instead of access keys.",
    long_about = None,
    arg_required_else_help = true,
    after_help = "Exit status: 0 ok; 1 findings at or above --fail-on, invalid inputs, or a \
                  denied request; 2 bad usage or unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Generate the permission policy, trust policy, setup script and workflow (what the page
    /// shows) from the page's inputs or a link to the page.
    Generate(generate::GenerateArgs),
    /// Decide whether a role trust policy lets a token with these claims assume the role, and
    /// name the statement and condition that refused it.
    Evaluate(evaluate::EvaluateArgs),
    /// Check a trust or permission policy against the rules (docs/rules.md): findings with
    /// codes, severities and JSON pointers, and who can assume the role.
    Audit(audit::AuditArgs),
    /// Read an error message (or a log excerpt) and list the likely causes, ranked, with fixes.
    Explain(explain::ExplainArgs),
    /// Convert a workflow from long-lived AWS keys to OIDC, changing only the lines that must
    /// change; the converted file, or a diff, and the findings.
    Convert(convert::ConvertArgs),
}

/// Runs the command line on `args` (including the program name) with the given streams and
/// returns the exit status. Never panics on any input.
pub fn run<I, T>(
    args: I,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // clap: help and version go to stdout and exit 0; usage errors exit 2.
            let text = err.render();
            let (stream, exit): (&mut dyn Write, Exit) = if err.use_stderr() {
                (stderr, Exit::Usage)
            } else {
                (stdout, Exit::Ok)
            };
            // Plain text (no colour codes), so the output is the same in a terminal and a pipe.
            let _ = stream.write_all(text.to_string().as_bytes());
            let _ = stream.flush();
            return exit;
        }
    };
    let result = match cli.command {
        Command::Generate(args) => generate::run(&args, stdout, stderr),
        Command::Evaluate(args) => evaluate::run(&args, stdin, stdout, stderr),
        Command::Audit(args) => audit::run(&args, stdin, stdout, stderr),
        Command::Explain(args) => explain::run(&args, stdin, stdout, stderr),
        Command::Convert(args) => convert::run(&args, stdin, stdout, stderr),
    };
    match result {
        Ok(exit) => exit,
        Err(Fatal(message)) => {
            let _ = writeln!(stderr, "error: {message}");
            let _ = stderr.flush();
            Exit::Usage
        }
    }
}

/// The form a page link (`--from-url`) carries; problems with the link go to stderr as notes.
fn link_form(url: &str, stderr: &mut dyn Write) -> crate::form::Form {
    let (form, warnings) = generate::form_of_link(url);
    for w in &warnings {
        output::note(stderr, &output::diagnostic_text(w));
    }
    form
}

/// The binary's entry point.
pub fn main() -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut stdin = stdin.lock();
    let mut stdout = stdout.lock();
    let mut stderr = stderr.lock();
    run(std::env::args_os(), &mut stdin, &mut stdout, &mut stderr).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn generate_has_one_flag_per_field_named_by_its_id() {
        let cmd = Cli::command();
        let generate = cmd
            .get_subcommands()
            .find(|c| c.get_name() == "generate")
            .map(|c| {
                c.get_arguments()
                    .filter_map(|a| a.get_long())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for field in crate::form::Field::ALL {
            assert!(generate.contains(&field.id()), "no --{}", field.id());
        }
    }
}
