//! Writing results: JSON documents and text on stdout, diagnostics as text on stderr.

use std::io::Write;

use serde::Serialize;

use super::Fatal;
use crate::diag::{Diagnostic, Location, Severity};

/// Writes `text` to stdout; a closed pipe or full disk ends the run with exit status 2.
pub fn put(stdout: &mut dyn Write, text: &str) -> Result<(), Fatal> {
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Fatal(format!("cannot write to stdout: {e}")))
}

/// Writes `value` as pretty JSON (two-space indentation) and a final newline.
pub fn put_json(stdout: &mut dyn Write, value: &impl Serialize) -> Result<(), Fatal> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Fatal(format!("cannot encode the JSON output: {e}")))?;
    put(stdout, &(text + "\n"))
}

/// Messages on stderr are best effort: a closed stderr must not change the exit status.
pub fn note(stderr: &mut dyn Write, text: &str) {
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}

/// One diagnostic as text:
///
/// ```text
/// error[input-invalid] account: AWS account id "1234" must be exactly 12 digits (it has 4 characters)
///   help: Copy the 12-digit id from the AWS console's account menu, keeping any leading zeros.
/// ```
pub fn diagnostic_text(d: &Diagnostic) -> String {
    let place = match (&d.location, d.artifact) {
        (Location::Field { field }, _) => field.id().to_owned(),
        (Location::Pointer { pointer }, Some(a)) => format!("{} {pointer}", a.id()),
        (Location::Pointer { pointer }, None) => pointer.clone(),
        (Location::Line { line, column }, Some(a)) => format!("{}:{line}:{column}", a.id()),
        (Location::Line { line, column }, None) => format!("{line}:{column}"),
        (Location::Whole, Some(a)) => a.id().to_owned(),
        (Location::Whole, None) => "link".to_owned(),
    };
    format!(
        "{}[{}] {place}: {}\n  help: {}\n",
        d.severity.as_str(),
        d.code,
        d.message,
        d.help
    )
}

/// `1 error, 2 warnings` style count of the diagnostics, worst first; empty for none.
pub fn summary(diags: &[Diagnostic]) -> String {
    let mut parts = Vec::new();
    for severity in [
        Severity::Error,
        Severity::SecurityWarning,
        Severity::Warning,
        Severity::Suggestion,
    ] {
        let n = diags.iter().filter(|d| d.severity == severity).count();
        if n > 0 {
            let word = severity.as_str();
            parts.push(format!("{n} {word}{}", if n == 1 { "" } else { "s" }));
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::Field;
    use crate::generate::Artifact;

    #[test]
    fn formats_each_location() {
        let d = Diagnostic::field("c", Severity::Error, Field::Account, "m", "h");
        assert_eq!(diagnostic_text(&d), "error[c] account: m\n  help: h\n");
        let d = Diagnostic::artifact(
            "c",
            Severity::Warning,
            Artifact::Workflow,
            Location::Line { line: 3, column: 7 },
            "m",
            "h",
        );
        assert_eq!(
            diagnostic_text(&d),
            "warning[c] workflow:3:7: m\n  help: h\n"
        );
    }

    #[test]
    fn summary_counts_worst_first() {
        let w = Diagnostic::field("c", Severity::Warning, Field::Owner, "m", "h");
        let e = Diagnostic::field("c", Severity::Error, Field::Owner, "m", "h");
        assert_eq!(summary(&[w.clone(), e, w]), "1 error, 2 warnings");
        assert_eq!(summary(&[]), "");
    }
}
