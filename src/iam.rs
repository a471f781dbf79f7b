//! The typed IAM policy model (serde) shared by the generators and the checks.

pub mod operator;
pub mod policy;
pub mod read;

pub mod claims;
pub mod eval;

pub use policy::{
    ConditionBlock, ConditionValue, Effect, OneOrMany, OrderedMap, PolicyDocument, Principal,
    Statement,
};

pub use claims::{ClaimsError, Issuer, Run, SubjectFormat, Trigger};
pub use eval::{Decision, Failure, FailureKind, Reason, Request, condition_matches, evaluate};
