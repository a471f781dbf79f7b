//! Korean for the form's validation, the generated files' checks and the policy linter.
//! Template syntax: see `messages.rs`.

pub(super) const KO: &[(&str, &str)] = &[];
