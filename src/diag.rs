//! Diagnostics, shaped like IAM Access Analyzer findings: a stable code, an ordered severity,
//! what it is about, where, a specific message and one imperative fix.

use serde::Serialize;

use crate::form::Field;
use crate::generate::Artifact;

/// How serious a finding is, least to most. Ordered so `max()` gives the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Suggestion,
    Warning,
    SecurityWarning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Suggestion => "suggestion",
            Severity::Warning => "warning",
            Severity::SecurityWarning => "security-warning",
            Severity::Error => "error",
        }
    }

    /// Human label used by the page and the command line.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Suggestion => "Suggestion",
            Severity::Warning => "Warning",
            Severity::SecurityWarning => "Security warning",
            Severity::Error => "Error",
        }
    }
}

/// Where a finding points.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Location {
    /// A form field (its element id and fragment key).
    Field { field: Field },
    /// A JSON pointer into a policy document.
    Pointer { pointer: String },
    /// A 1-based line (and column) in a text artifact.
    Line { line: usize, column: usize },
    /// The artifact as a whole.
    Whole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    pub location: Location,
    pub message: String,
    pub help: String,
}

impl Diagnostic {
    pub fn field(
        code: &'static str,
        severity: Severity,
        field: Field,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity,
            artifact: None,
            location: Location::Field { field },
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn artifact(
        code: &'static str,
        severity: Severity,
        artifact: Artifact,
        location: Location,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity,
            artifact: Some(artifact),
            location,
            message: message.into(),
            help: help.into(),
        }
    }

    /// The form field this finding is about, if any.
    pub fn field_ref(&self) -> Option<Field> {
        match self.location {
            Location::Field { field } => Some(field),
            _ => None,
        }
    }
}

/// Sorts diagnostics deterministically: worst first, then by place, code and message.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.artifact.cmp(&b.artifact))
            .then_with(|| a.location.cmp(&b.location))
            .then_with(|| a.code.cmp(b.code))
            .then_with(|| a.message.cmp(&b.message))
    });
}
