//! The typed IAM policy model (serde) shared by the generators and the checks.

pub mod policy;

pub use policy::{
    ConditionBlock, ConditionValue, Effect, OneOrMany, OrderedMap, PolicyDocument, Principal,
    Statement,
};
