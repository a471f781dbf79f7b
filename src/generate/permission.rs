//! `permission-policy.json`: least privilege to push (and pull, for layer reuse and caches) one
//! ECR repository. `ecr:GetAuthorizationToken` has no resource type, so it must be on `*`.

use crate::iam::policy::{OneOrMany, PolicyDocument, Statement, VERSION};
use crate::input::{Access, Inputs};

/// Pushing an image, per AWS's ECR guide "IAM permissions for pushing an image" (domain facts
/// 5.2); `ecr:GetAuthorizationToken` must also be allowed on `*`.
pub const PUSH_ACTIONS: [&str; 6] = [
    "ecr:BatchCheckLayerAvailability",
    "ecr:InitiateLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:CompleteLayerUpload",
    "ecr:PutImage",
    "ecr:BatchGetImage",
];

/// Push and pull on one repository (the amazon-ecr-login README's set): the push set plus
/// `ecr:GetDownloadUrlForLayer`.
pub const PUSH_PULL_ACTIONS: [&str; 7] = [
    PUSH_ACTIONS[0],
    PUSH_ACTIONS[1],
    PUSH_ACTIONS[2],
    PUSH_ACTIONS[3],
    PUSH_ACTIONS[4],
    PUSH_ACTIONS[5],
    "ecr:GetDownloadUrlForLayer",
];

/// Pull only: for read-only roles (the only access pull requests may get).
pub const PULL_ACTIONS: [&str; 3] = [
    "ecr:BatchCheckLayerAvailability",
    "ecr:BatchGetImage",
    "ecr:GetDownloadUrlForLayer",
];

pub fn document(inputs: &Inputs) -> PolicyDocument {
    let (sid, actions): (&str, &[&str]) = match inputs.access {
        Access::Push => ("EcrPushPull", &PUSH_PULL_ACTIONS),
        Access::Pull => ("EcrPull", &PULL_ACTIONS),
    };
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
                sid: Some(sid.to_owned()),
                action: Some(OneOrMany::Many(
                    actions.iter().map(|a| (*a).to_owned()).collect(),
                )),
                resource: Some(OneOrMany::from_vec(inputs.ecr_repo_arns())),
                ..Statement::allow()
            },
        ]),
    }
}

/// The repository policy a repository in another account needs so the role may use it.
pub fn repository_policy(inputs: &Inputs) -> PolicyDocument {
    let (sid, actions): (&str, &[&str]) = match inputs.access {
        Access::Push => ("AllowRolePushPull", &PUSH_PULL_ACTIONS),
        Access::Pull => ("AllowRolePull", &PULL_ACTIONS),
    };
    PolicyDocument {
        version: Some(VERSION.to_owned()),
        id: None,
        statement: OneOrMany::Many(vec![Statement {
            sid: Some(sid.to_owned()),
            principal: Some(crate::iam::Principal::Map(
                crate::iam::OrderedMap::new().with("AWS", OneOrMany::One(inputs.role_arn())),
            )),
            action: Some(OneOrMany::Many(
                actions.iter().map(|a| (*a).to_owned()).collect(),
            )),
            ..Statement::allow()
        }]),
    }
}
