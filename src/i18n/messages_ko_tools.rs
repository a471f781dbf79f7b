//! Korean for the tools: error explanations, the workflow converter and the evaluator.
//! Template syntax: see `messages.rs`.

pub(super) const KO: &[(&str, &str)] = &[];
