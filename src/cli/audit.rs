//! `keyless audit`: the linter on a trust or permission policy (raw JSON or `aws iam get-role`
//! output), with findings' codes, severities and JSON pointers.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::generate::FailOn;
use super::output::{diagnostic_text, put, put_json, summary};
use super::read;
use super::{Exit, Fatal, Format};
use crate::lint::{self, LintContext, Report};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A role trust policy.
    Trust,
    /// A permission policy for ECR.
    Permission,
}

#[derive(Debug, Args)]
#[command(after_help = "\
POLICY.json is a policy document, or the output of `aws iam get-role` (or get-role-policy, \
get-policy-version); findings point into the input with JSON pointers. The rules are described \
in docs/rules.md.

Expectations (account, region, repository, issuer...) come from --from-url, a link to the page \
with its #fragment; without it only the policy's own problems are reported.

Exit status: 0 no finding at or above --fail-on; 1 findings at or above it; 2 bad usage, or an \
input that cannot be read or is not a policy (the message gives the line and column).")]
pub struct AuditArgs {
    /// The policy: a path, or - for stdin.
    #[arg(value_name = "POLICY.json")]
    policy: PathBuf,

    /// Which kind of policy it is.
    #[arg(long, value_enum, default_value = "trust")]
    kind: Kind,

    /// Compare with the inputs of this page link (its #fragment).
    #[arg(long, value_name = "URL")]
    from_url: Option<String>,

    /// Exit 1 when a finding is at least this severe.
    #[arg(
        long,
        value_enum,
        value_name = "SEVERITY",
        default_value = "security-warning"
    )]
    fail_on: FailOn,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(
    args: &AuditArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Exit, Fatal> {
    let input = read::input("policy", &args.policy, stdin)?;
    let ctx = match &args.from_url {
        Some(url) => LintContext::from_form(&super::link_form(url, stderr)),
        None => LintContext::default(),
    };
    let report = match args.kind {
        Kind::Trust => lint::trust_policy(&input.text, &ctx),
        Kind::Permission => lint::permission_policy(&input.text, &ctx),
    };
    let checked = match &report {
        Report::Unreadable { failure } => {
            // The message names the line and column, or the JSON pointer, itself.
            return Err(Fatal(format!(
                "{} cannot be audited: {}",
                input.name,
                failure.message()
            )));
        }
        Report::Checked(checked) => checked,
    };
    let prefix = &checked.source.document_pointer;
    let findings: Vec<_> = checked
        .diagnostics
        .iter()
        .map(|d| {
            let mut d = d.clone();
            if let crate::diag::Location::Pointer { pointer } = &mut d.location {
                *pointer = format!("{prefix}{pointer}");
            }
            d
        })
        .collect();
    match args.format {
        Format::Json => put_json(
            stdout,
            &json!({
                "kind": match args.kind { Kind::Trust => "trust", Kind::Permission => "permission" },
                "summary": checked.summary,
                "document-pointer": prefix,
                "findings": findings,
            }),
        )?,
        Format::Text => {
            let mut text = String::new();
            if let Some(s) = &checked.summary {
                text.push_str(&format!("who can assume this role: {s}\n"));
            }
            for d in &findings {
                text.push_str(&diagnostic_text(d));
            }
            let counts = summary(&findings);
            text.push_str(&if counts.is_empty() {
                "no findings\n".to_owned()
            } else {
                format!("{counts}\n")
            });
            put(stdout, &text)?;
        }
    }
    let failing = args
        .fail_on
        .threshold()
        .is_some_and(|t| findings.iter().any(|d| d.severity >= t));
    Ok(if failing { Exit::Findings } else { Exit::Ok })
}
