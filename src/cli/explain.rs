//! `keyless explain`: an error message from a job log or from IAM in, the likely causes out,
//! ranked, each with its fix.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::Args;

use super::output::{put, put_json};
use super::read;
use super::{Exit, Fatal, Format};
use crate::explain::{self, ExplainContext, Explanation};

#[derive(Debug, Args)]
#[command(after_help = "\
The text can be a whole log excerpt: the known error messages are found in it, and the step \
inputs GitHub prints (role-to-assume, audience, aws-region) are read too. With --from-url (a \
link to the page) the causes are checked against those inputs and the trust policy generated \
from them.

Exit status: 0 causes found; 1 no known error message in the text (the generic advice is \
printed); 2 bad usage or an input that cannot be read.")]
pub struct ExplainArgs {
    /// The error text: a path, or - for stdin.
    #[arg(value_name = "ERROR.txt", default_value = "-")]
    input: PathBuf,

    /// Check the causes against the inputs of this page link (its #fragment).
    #[arg(long, value_name = "URL")]
    from_url: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(
    args: &ExplainArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Exit, Fatal> {
    let input = read::input("error text", &args.input, stdin)?;
    let ctx = args.from_url.as_ref().map(|url| ExplainContext {
        form: Some(super::link_form(url, stderr)),
        ..ExplainContext::default()
    });
    let explanation = explain::diagnose(&input.text, ctx.as_ref());
    match args.format {
        Format::Json => put_json(stdout, &explanation)?,
        Format::Text => {
            let mut text = String::new();
            match &explanation {
                Explanation::Causes { causes } => {
                    for c in causes {
                        text.push_str(&format!(
                            "{}. {}{}\n   why: {}\n   fix: {}\n",
                            c.rank,
                            c.title,
                            if c.confirmed {
                                " (seen in your inputs)"
                            } else {
                                ""
                            },
                            c.why,
                            c.fix
                        ));
                        if !c.codes.is_empty() {
                            text.push_str(&format!("   checks: {}\n", c.codes.join(", ")));
                        }
                    }
                }
                Explanation::Unrecognised { help } => {
                    text.push_str(&format!("{}\n", help.title));
                    for step in &help.steps {
                        text.push_str(&format!("- {step}\n"));
                    }
                }
            }
            put(stdout, &text)?;
        }
    }
    Ok(match explanation {
        Explanation::Causes { .. } => Exit::Ok,
        Explanation::Unrecognised { .. } => Exit::Findings,
    })
}
