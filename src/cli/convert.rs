//! `keyless convert`: a workflow that uses long-lived AWS keys, converted to OIDC with minimal
//! edits; the converted file (or a unified diff) on stdout or in `--out`, findings on stderr.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::output::{diagnostic_text, note, put, put_json};
use super::read;
use super::{Exit, Fatal, Format};
use crate::convert::plan;
use crate::form::{Field, Form};
use crate::workflow::JobStatus;

#[derive(Debug, Args)]
#[command(after_help = "\
Only the lines that must change are edited: key inputs and key env entries go, role-to-assume \
comes in, id-token: write is granted where it takes effect; comments, quoting, anchors, CRLF \
and everything else stay byte for byte (docs/convert.md). The role ARN placement, SHA pins and \
region come from --from-url (a link to the page) or the page's defaults; --role-arn-source and \
--pin-actions override them.

With --format json the result is the whole plan: the converted text, the edits, the jobs, the \
roles needed with their generated trust policy, permission policy and setup script.

Exit status: 0 converted, or nothing to convert; 1 a job (or the file) was refused; 2 bad usage \
or an input that cannot be read.")]
pub struct ConvertArgs {
    /// The workflow file: a path, or - for stdin.
    #[arg(value_name = "WORKFLOW.yml")]
    workflow: PathBuf,

    /// Write the converted file here instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Print a unified diff of the changes instead of the converted file.
    #[arg(long)]
    diff: bool,

    /// Also upgrade outdated configure-aws-credentials / amazon-ecr-login in converted jobs.
    #[arg(long)]
    upgrade_actions: bool,

    /// Take the form's inputs from this page link (its #fragment).
    #[arg(long, value_name = "URL")]
    from_url: Option<String>,

    /// Where the workflow reads the role ARN: vars, secrets or inline.
    #[arg(long, value_name = "VALUE")]
    role_arn_source: Option<String>,

    /// Pin new and upgraded actions by full commit SHA (true/false).
    #[arg(long, value_name = "BOOL")]
    pin_actions: Option<bool>,

    /// Output format (text: the file or the diff; json: the whole plan).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(
    args: &ConvertArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Exit, Fatal> {
    let input = read::input("workflow", &args.workflow, stdin)?;
    let mut form = match &args.from_url {
        Some(url) => super::link_form(url, stderr),
        None => Form::default(),
    };
    if let Some(source) = &args.role_arn_source {
        form.set(Field::RoleArnSource, source.clone());
    }
    if let Some(pin) = args.pin_actions {
        form.set(Field::PinActions, pin.to_string());
    }
    let file_name = args
        .workflow
        .file_name()
        .map_or("workflow.yml".to_owned(), |n| {
            n.to_string_lossy().into_owned()
        });
    let plan = plan(&form, &input.text, &file_name, args.upgrade_actions);
    let c = &plan.conversion;
    for d in &c.findings {
        note(stderr, &diagnostic_text(d));
    }
    for job in &c.jobs {
        if let JobStatus::Refused(why) = &job.status {
            note(stderr, &format!("refused job {}: {why}\n", job.job_id));
        }
    }
    if !c.changed && !c.refused {
        note(stderr, "nothing to convert\n");
    }
    match args.format {
        Format::Json => put_json(stdout, &json!({ "file": file_name, "plan": plan }))?,
        Format::Text => {
            let text = if args.diff { &plan.diff } else { &c.output };
            match &args.out {
                Some(path) => std::fs::write(path, text).map_err(|e| {
                    Fatal(format!(
                        "cannot write {}: {e}",
                        read::quoted(&path.display().to_string())
                    ))
                })?,
                None => put(stdout, text)?,
            }
        }
    }
    let refused = c.refused
        || c.jobs
            .iter()
            .any(|j| matches!(j.status, JobStatus::Refused(_)));
    Ok(if refused { Exit::Findings } else { Exit::Ok })
}
