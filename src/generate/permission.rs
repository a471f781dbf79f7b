//! `permission-policy.json`: least privilege to push (and pull, for layer reuse and caches) one
//! ECR repository. `ecr:GetAuthorizationToken` has no resource type, so it must be on `*`.

use crate::iam::policy::{OneOrMany, PolicyDocument, Statement, VERSION};
use crate::input::Inputs;

/// Push and pull on one repository (the amazon-ecr-login README's set).
pub const PUSH_PULL_ACTIONS: [&str; 7] = [
    "ecr:BatchCheckLayerAvailability",
    "ecr:InitiateLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:CompleteLayerUpload",
    "ecr:PutImage",
    "ecr:BatchGetImage",
    "ecr:GetDownloadUrlForLayer",
];

pub fn document(inputs: &Inputs) -> PolicyDocument {
    PolicyDocument {
        version: Some(VERSION.to_owned()),
        id: None,
        statement: OneOrMany::Many(vec![
            Statement {
                sid: Some("EcrAuth".to_owned()),
                action: Some(OneOrMany::One("ecr:GetAuthorizationToken".to_owned())),
                resource: Some(OneOrMany::One("*".to_owned())),
                ..Statement::allow()
            },
            Statement {
                sid: Some("EcrPushPull".to_owned()),
                action: Some(OneOrMany::Many(
                    PUSH_PULL_ACTIONS.iter().map(|a| (*a).to_owned()).collect(),
                )),
                resource: Some(OneOrMany::One(inputs.ecr_repo_arn())),
                ..Statement::allow()
            },
        ]),
    }
}
