//! The troubleshooter: one realistic log excerpt per row of domain facts §7 (top cause asserted),
//! then the context checks (environment vs branch, immutable subject, case, audience...).
#![cfg(not(target_arch = "wasm32"))]

use keyless::explain::{self, Cause, ExplainContext, Explanation, JobFacts};
use keyless::form::{Field, Form};

/// A GitHub Actions log: each line gets a timestamp, as the raw log download shows.
fn log(lines: &[&str]) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("2026-08-20T10:12:{:02}.{:07}Z {l}\n", i % 60, 1_234_567 + i))
        .collect()
}

fn configure_step(inputs: &[&str]) -> Vec<String> {
    let mut out = vec![
        "##[group]Run aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c"
            .to_owned(),
        "with:".to_owned(),
    ];
    out.extend(inputs.iter().map(|i| format!("  {i}")));
    out.push("##[endgroup]".to_owned());
    out
}

fn top(text: &str, ctx: Option<&ExplainContext>) -> Cause {
    let causes = explain::explain(text, ctx);
    for (i, c) in causes.iter().enumerate() {
        assert_eq!(c.rank, i + 1, "ranks are 1..n in order");
        assert!(!c.title.is_empty() && !c.why.is_empty() && !c.fix.is_empty());
        for code in &c.codes {
            assert!(
                keyless::lint::rule(code).is_some(),
                "{}: unknown lint code {code}",
                c.id
            );
        }
    }
    causes
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing recognised in:\n{text}"))
}

fn standard_inputs() -> Vec<String> {
    configure_step(&[
        "role-to-assume: arn:aws:iam::123456789012:role/gha-ecr-push",
        "aws-region: us-east-1",
        "role-session-name: gha-16012345678",
    ])
}

fn with_error(mut lines: Vec<String>, error: &[&str]) -> String {
    lines.extend(error.iter().map(|e| (*e).to_owned()));
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    log(&refs)
}

// ---- One case per §7 row ------------------------------------------------------------------

#[test]
fn row_01_credentials_could_not_be_loaded() {
    let text = with_error(
        standard_inputs(),
        &[
            "It looks like you might be trying to authenticate with OIDC. Did you mean to set the id-token permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.",
            "##[error]Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers",
        ],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "missing-id-token-permission");
    assert_eq!(cause.symptom, "credentials-not-loaded");
    assert!(cause.fix.contains("id-token: write"), "{}", cause.fix);
}

#[test]
fn row_02_not_authorized_to_assume_role_with_web_identity() {
    let text = with_error(
        standard_inputs(),
        &[
            "Assuming role with OIDC",
            "Assuming role with OIDC",
            "Assuming role with OIDC",
            "##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
        ],
    );
    let causes = explain::explain(&text, None);
    assert_eq!(causes[0].id, "job-uses-environment");
    assert_eq!(causes[0].symptom, "not-authorized-web-identity");
    // Without a context nothing is confirmed, and every listed cause of §7 is offered.
    assert!(causes.iter().all(|c| !c.confirmed));
    for id in [
        "pull-request-subject",
        "other-branch-or-tag",
        "immutable-subject",
        "owner-repo-case",
        "wildcard-in-string-equals",
        "audience-mismatch",
        "provider-arn-mismatch",
        "action-assume-role",
        "custom-sub-template",
        "reusable-workflow",
        "environment-colon",
        "condition-key-typo",
        "scp-or-rcp-deny",
        "wrong-role-arn",
    ] {
        assert!(causes.iter().any(|c| c.id == id), "{id} missing");
    }
}

#[test]
fn row_03_incorrect_token_audience() {
    let text = with_error(
        standard_inputs(),
        &["##[error]Could not assume role with OIDC: Incorrect token audience"],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "provider-missing-audience");
    assert!(
        cause
            .fix
            .contains("aws iam add-client-id-to-open-id-connect-provider"),
        "{}",
        cause.fix
    );
}

#[test]
fn row_04_no_openid_connect_provider() {
    let text = with_error(
        standard_inputs(),
        &[
            "##[error]Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com",
        ],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "provider-not-created");
    assert!(cause.fix.contains(
        "aws iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com"
    ));
    // A GitHub Enterprise Server issuer points at the issuer instead.
    let ghes = with_error(
        standard_inputs(),
        &[
            "##[error]Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://ghe.example.com/_services/token",
        ],
    );
    let cause = top(&ghes, None);
    assert_eq!(cause.id, "issuer-mismatch");
    assert!(
        cause
            .fix
            .contains("https://ghe.example.com/_services/token")
    );
}

#[test]
fn row_05_thumbprint_mismatch() {
    let text = with_error(
        standard_inputs(),
        &[
            "##[error]Could not assume role with OIDC: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint",
        ],
    );
    assert_eq!(top(&text, None).id, "stale-thumbprint");
}

#[test]
fn row_06_duration_exceeds_max_session_duration() {
    let text = with_error(
        configure_step(&[
            "role-to-assume: arn:aws:iam::123456789012:role/gha-ecr-push",
            "aws-region: us-east-1",
            "role-duration-seconds: 7200",
        ]),
        &[
            "##[error]Could not assume role with OIDC: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        ],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "duration-over-max");
    assert!(cause.title.contains("7200"), "{}", cause.title);
    assert!(
        cause
            .fix
            .contains("aws iam update-role --role-name ROLE --max-session-duration 7200")
    );
}

#[test]
fn row_07_role_session_name_invalid() {
    let text = with_error(
        configure_step(&[
            "role-to-assume: arn:aws:iam::123456789012:role/gha-ecr-push",
            "aws-region: us-east-1",
            "role-session-name: deploy from GitHub",
        ]),
        &["##[error]Role session name is not valid. It must match the pattern [\\w+=,.@-]*"],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "session-name-format");
    assert!(cause.why.contains("deploy from GitHub"));
    let other = log(&["##[error]Role session name must be between 2 and 64 characters long"]);
    assert_eq!(top(&other, None).id, "session-name-format");
}

#[test]
fn row_08_source_account_id_needed() {
    let text = with_error(
        configure_step(&["role-to-assume: gha-ecr-push", "aws-region: us-east-1"]),
        &[
            "##[error]Source Account ID is needed if the Role Name is provided and not the Role Arn.",
        ],
    );
    assert_eq!(top(&text, None).id, "role-name-not-arn");
}

#[test]
fn row_09_credentials_do_not_match() {
    let text = with_error(
        standard_inputs(),
        &[
            "##[error]Credentials loaded by the SDK do not match the expected access key ID configured by the action",
        ],
    );
    assert_eq!(top(&text, None).id, "existing-credentials");
}

#[test]
fn row_10_get_id_token_failed() {
    let text = with_error(
        standard_inputs(),
        &[
            "##[error]Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
            "##[error]getIDToken call failed: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
        ],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "missing-id-token-permission");
    assert_eq!(cause.symptom, "id-token-request-failed");
}

#[test]
fn row_11_malformed_policy_not_scoped_to_all() {
    // Terraform output, with its box-drawing prefix and wrapped lines.
    let text = "\
╷
│ Error: creating IAM Role (gha-ecr-push): operation error IAM: CreateRole, https response error StatusCode: 400, RequestID: 1f0c6e2a-6b1d-4a0e-9d3c-2b7e8f9a0c1d,
│ MalformedPolicyDocument: Trust policy with trusted principal arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, token.actions.githubusercontent.com:sub or token.actions.githubusercontent.com:job_workflow_ref which is not scoped to all.
│
│   with aws_iam_role.gha,
│   on main.tf line 31, in resource \"aws_iam_role\" \"gha\":
│   31: resource \"aws_iam_role\" \"gha\" {
╵";
    let cause = top(text, None);
    assert_eq!(cause.id, "unscoped-sub");
    assert!(cause.codes.contains(&"trust-sub-missing"));
}

#[test]
fn row_12_trust_policy_quota() {
    let text = "+ aws iam update-assume-role-policy --role-name gha-ecr-push --policy-document file://trust-policy.json\n\nAn error occurred (LimitExceeded) when calling the UpdateAssumeRolePolicy operation: Cannot exceed quota for ACLSizePerRole: 2048\n";
    let cause = top(text, None);
    assert_eq!(cause.id, "trust-policy-too-long");
    assert_eq!(cause.codes, vec!["trust-size-limit"]);
}

#[test]
fn row_13_provider_already_exists() {
    let text = "+ aws iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com --client-id-list sts.amazonaws.com\n\nAn error occurred (EntityAlreadyExists) when calling the CreateOpenIDConnectProvider operation: Provider with url https://token.actions.githubusercontent.com already exists.\n";
    let cause = top(text, None);
    assert_eq!(cause.id, "provider-exists");
    assert!(cause.fix.contains("aws iam list-open-id-connect-providers"));
}

#[test]
fn row_14_not_authorized_get_authorization_token() {
    let text = log(&[
        "##[group]Run aws-actions/amazon-ecr-login@062b18b96a7aff071d4dc91bc00c4c1a7945b076",
        "##[endgroup]",
        "##[error]User: arn:aws:sts::123456789012:assumed-role/gha-ecr-push/gha-16012345678 is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action",
    ]);
    let causes = explain::explain(&text, None);
    assert_eq!(causes[0].id, "auth-token-not-on-star");
    assert!(
        causes.iter().all(|c| c.symptom == "ecr-login-denied"),
        "the push-denied symptom must not also claim a login error"
    );
}

#[test]
fn row_15_denied_initiate_layer_upload() {
    let text = log(&[
        "The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/octo-repo]",
        "5f70bf18a086: Preparing",
        "a3b5c80a4eba: Preparing",
        "denied: User: arn:aws:sts::123456789012:assumed-role/gha-ecr-push/gha-16012345678 is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:123456789012:repository/octo-repo because no identity-based policy allows the ecr:InitiateLayerUpload action",
        "##[error]Process completed with exit code 1.",
    ]);
    let cause = top(&text, None);
    assert_eq!(cause.id, "repository-arn-mismatch");
    assert!(cause.why.contains("ecr:InitiateLayerUpload"));
    assert!(
        cause
            .fix
            .contains("arn:aws:ecr:us-east-1:123456789012:repository/octo-repo")
    );
}

#[test]
fn row_16_repository_does_not_exist() {
    let text = log(&[
        "The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/octo-repo]",
        "name unknown: The repository with name 'octo-repo' does not exist in the registry with id '123456789012'",
        "##[error]Process completed with exit code 1.",
    ]);
    let cause = top(&text, None);
    assert_eq!(cause.id, "repository-not-created");
    assert!(
        cause
            .fix
            .contains("aws ecr create-repository --repository-name octo-repo")
    );
}

#[test]
fn row_17_registry_ids_pattern() {
    let text = log(&[
        "##[group]Run aws-actions/amazon-ecr-login@062b18b96a7aff071d4dc91bc00c4c1a7945b076",
        "with:",
        "  registries: 12345678901",
        "##[endgroup]",
        "##[error]1 validation error detected: Value '[12345678901]' at 'registryIds' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]{12}]",
    ]);
    assert_eq!(top(&text, None).id, "registry-id-not-12-digits");
    let short = "Invalid parameter at 'registryIds' failed to satisfy constraint";
    assert_eq!(top(short, None).id, "registry-id-not-12-digits");
}

// ---- Context ---------------------------------------------------------------------------------

fn not_authorized() -> String {
    with_error(
        standard_inputs(),
        &[
            "##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
        ],
    )
}

fn form_ctx(job: JobFacts) -> ExplainContext {
    ExplainContext {
        form: Some(Form::default()),
        job,
        ..ExplainContext::default()
    }
}

#[test]
fn context_environment_against_branch_policy() {
    let ctx = form_ctx(JobFacts {
        environment: Some("production".into()),
        ..JobFacts::default()
    });
    let cause = top(&not_authorized(), Some(&ctx));
    assert_eq!(cause.id, "job-uses-environment");
    assert!(cause.confirmed);
    assert!(
        cause.why.contains(
            "your trust policy expects repo:octo-org/octo-repo:ref:refs/heads/main but a job \
             with environment: production presents repo:octo-org/octo-repo:environment:production"
        ),
        "{}",
        cause.why
    );
}

#[test]
fn context_environment_allowed_by_policy_demotes_subject_causes() {
    let form = Form::default()
        .with(Field::Scope, "environment")
        .with(Field::Environment, "production");
    let ctx = ExplainContext {
        form: Some(form),
        job: JobFacts {
            environment: Some("production".into()),
            ..JobFacts::default()
        },
        ..ExplainContext::default()
    };
    let causes = explain::explain(&not_authorized(), Some(&ctx));
    assert!(
        !matches!(
            causes[0].id,
            "job-uses-environment" | "other-branch-or-tag" | "pull-request-subject"
        ),
        "{:?}",
        causes.iter().map(|c| c.id).collect::<Vec<_>>()
    );
}

#[test]
fn context_immutable_subject() {
    let ctx = form_ctx(JobFacts {
        immutable_subject: Some(true),
        owner_id: Some(123_456),
        repo_id: Some(456_789),
        ..JobFacts::default()
    });
    let cause = top(&not_authorized(), Some(&ctx));
    assert_eq!(cause.id, "immutable-subject");
    assert!(cause.confirmed);
    assert!(
        cause
            .why
            .contains("presents repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main"),
        "{}",
        cause.why
    );
    // Without the IDs the form of the subject is enough.
    let ctx = form_ctx(JobFacts {
        immutable_subject: Some(true),
        ..JobFacts::default()
    });
    let cause = top(&not_authorized(), Some(&ctx));
    assert_eq!(cause.id, "immutable-subject");
    assert!(cause.confirmed);
}

#[test]
fn context_owner_case_mismatch() {
    let ctx = form_ctx(JobFacts {
        repository: Some("Octo-Org/octo-repo".into()),
        ..JobFacts::default()
    });
    let cause = top(&not_authorized(), Some(&ctx));
    assert_eq!(cause.id, "owner-repo-case");
    assert!(
        cause
            .why
            .contains("presents repo:Octo-Org/octo-repo:ref:refs/heads/main")
    );
    // The checkout step's inputs in the log say the same without job facts.
    let text = with_error(
        vec![
            "##[group]Run actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1".to_owned(),
            "with:".to_owned(),
            "  repository: Octo-Org/octo-repo".to_owned(),
            "##[endgroup]".to_owned(),
        ],
        &[
            "##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
        ],
    );
    let ctx = form_ctx(JobFacts::default());
    assert_eq!(top(&text, Some(&ctx)).id, "owner-repo-case");
}

#[test]
fn context_audience_mismatch() {
    let text = with_error(
        configure_step(&[
            "role-to-assume: arn:aws:iam::123456789012:role/gha-ecr-push",
            "aws-region: us-east-1",
            "audience: https://github.com/octo-org",
        ]),
        &[
            "##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
        ],
    );
    let ctx = form_ctx(JobFacts::default());
    let cause = top(&text, Some(&ctx));
    assert_eq!(cause.id, "audience-mismatch");
    assert!(cause.confirmed);
    assert!(
        cause.why.contains("https://github.com/octo-org"),
        "{}",
        cause.why
    );
}

#[test]
fn context_pull_request_run() {
    let ctx = form_ctx(JobFacts {
        event: Some("pull_request".into()),
        ..JobFacts::default()
    });
    let cause = top(&not_authorized(), Some(&ctx));
    assert_eq!(cause.id, "pull-request-subject");
    assert!(
        cause
            .why
            .contains("a pull_request run presents repo:octo-org/octo-repo:pull_request")
    );
}

#[test]
fn context_deployed_trust_policy_with_assume_role() {
    let policy = r#"{"Role": {"AssumeRolePolicyDocument": {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
          "Action": "sts:AssumeRole",
          "Condition": {"StringEquals": {
            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
            "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}
        }]}}}"#;
    let ctx = ExplainContext {
        trust_policy: Some(policy.to_owned()),
        ..ExplainContext::default()
    };
    let cause = top(&not_authorized(), Some(&ctx));
    assert_eq!(cause.id, "action-assume-role");
    assert!(cause.confirmed);
    assert!(cause.why.contains("trust-action-mismatch"));
}

#[test]
fn context_push_to_another_region() {
    let text = log(&[
        "denied: User: arn:aws:sts::123456789012:assumed-role/gha-ecr-push/gha-1 is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:123456789012:repository/octo-repo because no identity-based policy allows the ecr:InitiateLayerUpload action",
    ]);
    let ctx = form_ctx(JobFacts::default());
    let cause = top(&text, Some(&ctx));
    assert_eq!(cause.id, "repository-arn-mismatch");
    assert!(cause.confirmed);
    assert!(
        cause
            .why
            .contains("arn:aws:ecr:us-east-1:123456789012:repository/octo-repo"),
        "{}",
        cause.why
    );
}

#[test]
fn context_empty_role_to_assume() {
    let text = with_error(
        configure_step(&["role-to-assume: ", "aws-region: us-east-1"]),
        &[
            "##[error]Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers",
        ],
    );
    let cause = top(&text, None);
    assert_eq!(cause.id, "role-to-assume-empty");
    assert!(cause.confirmed);
}

#[test]
fn context_china_audience() {
    let text = with_error(
        configure_step(&[
            "role-to-assume: arn:aws-cn:iam::123456789012:role/gha-ecr-push",
            "aws-region: cn-north-1",
        ]),
        &["##[error]Could not assume role with OIDC: Incorrect token audience"],
    );
    assert_eq!(top(&text, None).id, "china-audience");
}

// ---- Tolerance and unknown text ---------------------------------------------------------------

#[test]
fn matching_ignores_case_whitespace_and_noise() {
    let text = "[build 17] ERROR >>> could not ASSUME role with oidc:   NOT   authorized to perform\n   sts:assumeRoleWithWebIdentity <<<";
    assert_eq!(top(text, None).symptom, "not-authorized-web-identity");
}

#[test]
fn unknown_text_gives_no_causes_and_generic_help() {
    for text in [
        "",
        "   ",
        "Error: Process completed with exit code 137.",
        "\u{0}\u{1}binary\u{fffd}",
    ] {
        assert!(explain::explain(text, None).is_empty(), "{text:?}");
        match explain::diagnose(text, None) {
            Explanation::Unrecognised { help } => {
                assert!(!help.title.is_empty());
                assert!(
                    help.steps
                        .iter()
                        .any(|s| s.contains("actions-oidc-debugger"))
                );
            }
            other => panic!("{other:?}"),
        }
    }
    let huge = "x".repeat(2_000_000) + " Incorrect token audience";
    assert_eq!(top(&huge, None).id, "provider-missing-audience");
}

#[test]
fn every_symptom_has_a_row_test() {
    // The rows above cover every symptom id.
    let covered = [
        "credentials-not-loaded",
        "not-authorized-web-identity",
        "incorrect-token-audience",
        "no-oidc-provider",
        "thumbprint-mismatch",
        "duration-exceeds-max",
        "invalid-session-name",
        "role-name-without-account",
        "credentials-mismatch",
        "id-token-request-failed",
        "trust-policy-not-scoped",
        "trust-policy-too-long",
        "provider-already-exists",
        "ecr-login-denied",
        "ecr-push-denied",
        "ecr-repository-not-found",
        "invalid-registry-id",
    ];
    let ids: Vec<&str> = explain::SYMPTOMS.iter().map(|s| s.id).collect();
    assert_eq!(ids, covered);
}
