//! Keyless core: turns a handful of form values into the four files a team needs to move a
//! GitHub Actions workflow that pushes to Amazon ECR from long-lived access keys to OIDC, and
//! checks them. No web dependencies live here; the page (`ui`) and the command line
//! (`bin/keyless.rs`) are thin layers over this crate.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod convert;
pub mod diag;
pub mod explain;
pub mod form;
pub mod generate;
pub mod i18n;
pub mod iam;
pub mod input;
pub mod lint;
pub mod quote;
pub mod regions;
pub mod simulate;
pub mod workflow;

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use diag::{Diagnostic, Location, Severity};
pub use form::{Field, Form};
pub use generate::{Artifact, Bundle, Outcome, generate};
