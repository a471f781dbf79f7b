//! Snapshot tests of every generator (reviewed .snap files under tests/snapshots/), plus
//! property checks that the four artifacts agree with each other and with the inputs.
#![cfg(not(target_arch = "wasm32"))]

use keyless::form::{Field, Form};
use keyless::iam::policy::PolicyDocument;
use keyless::{Severity, generate};

/// The scenarios whose full output is snapshotted.
fn scenarios() -> Vec<(&'static str, Form)> {
    let base = Form::default();
    vec![
        ("default", base.clone()),
        (
            "two-branches-both-formats-leading-zero-account",
            base.clone()
                .with(Field::Branches, "main, release/v2")
                .with(Field::SubjectFormat, "both")
                .with(Field::OwnerId, "123456")
                .with(Field::RepoId, "456789")
                .with(Field::Account, "012345678901")
                .with(Field::Region, "eu-west-1"),
        ),
        (
            "environment-secrets-tag-pins",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "Production:V1")
                .with(Field::RoleArnSource, "secrets")
                .with(Field::PinActions, "false")
                .with(Field::SessionDuration, "7200")
                .with(Field::ImmutableTags, "true"),
        ),
        (
            "any-branch-immutable-inline",
            base.clone()
                .with(Field::Scope, "any-branch")
                .with(Field::SubjectFormat, "immutable")
                .with(Field::OwnerId, "1")
                .with(Field::RepoId, "2")
                .with(Field::RoleArnSource, "inline")
                .with(Field::CreateEcrRepo, "false"),
        ),
        (
            "owner-wide-custom-names",
            base.clone()
                .with(Field::Scope, "owner-wide")
                .with(Field::EcrRepo, "team/app")
                .with(Field::RoleName, "ci-push")
                .with(Field::PolicyName, "ci-push-ecr")
                .with(Field::WorkflowFile, "release.yaml"),
        ),
        (
            "china-enterprise-slug",
            base.clone()
                .with(Field::Region, "cn-northwest-1")
                .with(Field::GithubHost, "enterprise")
                .with(Field::GithubHostName, "octo-enterprise"),
        ),
        (
            "govcloud-ghe-com-immutable",
            base.clone()
                .with(Field::Region, "us-gov-west-1")
                .with(Field::GithubHost, "ghe.com")
                .with(Field::GithubHostName, "octocorp")
                .with(Field::SubjectFormat, "immutable")
                .with(Field::OwnerId, "11")
                .with(Field::RepoId, "22"),
        ),
        (
            "ghes-environment",
            base.clone()
                .with(Field::GithubHost, "ghes")
                .with(Field::GithubHostName, "github.example.com")
                .with(Field::Scope, "environment")
                .with(Field::Environment, "prod"),
        ),
        (
            "tags-and-branches",
            base.clone()
                .with(Field::Branches, "main")
                .with(Field::Tags, "v1.2.3, release/*"),
        ),
        (
            "environments-matrix-extra-repos",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "staging, production")
                .with(Field::ExtraRepos, "api, worker"),
        ),
        (
            "per-repo-branches",
            base.clone()
                .with(Field::Branches, "main")
                .with(Field::Tags, "v1")
                .with(Field::ExtraRepos, "api:release:hotfix; worker"),
        ),
        (
            // Each repository its own kind of scope: environments for one, a tag pattern and a
            // branch for another; the form's environment for the third.
            "per-repo-scopes",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "production")
                .with(Field::ExtraRepos, "api:env=staging:env=prod-eu; worker:main:tag=v2.*; docs"),
        ),
        (
            "pull-requests-read-only",
            base.clone()
                .with(Field::Access, "pull")
                .with(Field::PullRequests, "true")
                .with(Field::PullRequestsConfirm, "true"),
        ),
        (
            "several-ecr-repos-cross-account",
            base.clone()
                .with(Field::EcrRepo, "team/app, team/app-cache")
                .with(Field::RegistryAccount, "000011112222"),
        ),
        (
            "several-ecr-repos-same-account",
            base.clone().with(Field::EcrRepo, "app, app-debug"),
        ),
        (
            "reusable-workflow-template",
            base.clone()
                .with(Field::Scope, "environment")
                .with(Field::Environment, "prod")
                .with(Field::SubjectTemplate, "repo, context, job_workflow_ref")
                .with(
                    Field::ReusableWorkflow,
                    "octo-org/deploy/.github/workflows/ecr.yml@0123456789abcdef0123456789abcdef01234567",
                ),
        ),
        (
            "reusable-workflow-claim-key-immutable",
            base.clone()
                .with(Field::SubjectFormat, "immutable")
                .with(Field::OwnerId, "7")
                .with(Field::RepoId, "8")
                .with(Field::ExtraRepos, "web@9")
                .with(Field::ReusableWorkflow, "octo-org/deploy/.github/workflows/ecr.yml@refs/heads/main"),
        ),
        (
            "hostile-branch-names",
            base.with(
                Field::Branches,
                "feat/$(touch${IFS}pwned),a`id`b,it's,x;y{z},on,+1,${x}",
            ),
        ),
    ]
}

#[test]
fn snapshots() {
    for (name, form) in scenarios() {
        let outcome = generate(&form);
        let bundle = outcome
            .bundle
            .unwrap_or_else(|| panic!("{name}: no bundle: {:#?}", outcome.diagnostics));
        for artifact in bundle.artifacts() {
            insta::assert_snapshot!(format!("{name}__{}", artifact.id()), bundle.text(artifact));
        }
        let diags: Vec<String> = outcome
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{} {} {:?}: {}",
                    d.severity.as_str(),
                    d.code,
                    d.location,
                    d.message
                )
            })
            .collect();
        insta::assert_snapshot!(format!("{name}__diagnostics"), diags.join("\n"));
    }
}

#[test]
fn artifacts_agree_with_each_other() {
    for (name, form) in scenarios() {
        let bundle = generate(&form).bundle.expect("bundle");
        let account = form.get(Field::Account);
        let trust: PolicyDocument = serde_json::from_str(&bundle.trust_policy).expect("trust json");
        let permission: PolicyDocument =
            serde_json::from_str(&bundle.permission_policy).expect("permission json");
        let trust_json = serde_json::to_value(&trust).expect("value");
        let federated = trust_json["Statement"][0]["Principal"]["Federated"]
            .as_str()
            .expect("federated");
        assert!(
            federated.starts_with("arn:aws")
                && federated.contains(&format!(":iam::{account}:oidc-provider/")),
            "{name}: {federated}"
        );
        // The condition keys are named after the same issuer as the provider.
        let host = federated.split_once(":oidc-provider/").expect("provider").1;
        let condition = trust_json["Statement"][0]["Condition"].to_string();
        assert!(
            condition.contains(&format!("\"{host}:sub\"")),
            "{name}: {condition}"
        );
        assert!(
            bundle
                .cli
                .contains(&format!("PROVIDER_URL=https://{host}\n")),
            "{name}"
        );
        let perm_json = serde_json::to_value(&permission).expect("value");
        let resource = &perm_json["Statement"][1]["Resource"];
        let repo_arn = resource
            .as_str()
            .or_else(|| resource[0].as_str())
            .expect("resource");
        let partition = federated.split(':').nth(1).expect("partition");
        let registry = match form.get(Field::RegistryAccount) {
            "" => account,
            other => other,
        };
        assert!(
            repo_arn.starts_with(&format!(
                "arn:{partition}:ecr:{}:{registry}:repository/",
                form.get(Field::Region)
            )),
            "{name}"
        );
        // The setup script embeds exactly these two documents.
        assert!(bundle.cli.contains(&bundle.trust_policy), "{name}");
        assert!(bundle.cli.contains(&bundle.permission_policy), "{name}");
        assert!(
            bundle.cli.contains(&format!("ACCOUNT_ID={account}\n")),
            "{name}"
        );
        // The workflow targets the same region and repository.
        let wf: yaml_serde::Value = yaml_serde::from_str(&bundle.workflow).expect("yaml");
        let steps = wf["jobs"]["push"]["steps"].as_sequence().expect("steps");
        let with = &steps[1]["with"];
        assert_eq!(
            with["aws-region"].as_str(),
            Some(form.get(Field::Region)),
            "{name}"
        );
        let ecr = repo_arn.rsplit_once("repository/").expect("arn").1;
        assert_eq!(steps[4]["env"]["REPOSITORY"].as_str(), Some(ecr), "{name}");
    }
}

#[test]
fn default_inputs_are_clean() {
    let outcome = generate(&Form::default());
    assert!(outcome.bundle.is_some());
    assert!(
        outcome.worst().is_none_or(|s| s < Severity::Warning),
        "{:#?}",
        outcome.diagnostics
    );
}

#[test]
fn invalid_input_withholds_every_artifact() {
    let outcome = generate(&Form::default().with(Field::Account, "12345"));
    assert!(outcome.bundle.is_none());
    assert!(outcome.diagnostics.iter().any(|d| d.code == "input-invalid"
        && d.field_ref() == Some(Field::Account)
        && d.message.contains("exactly 12 digits")));
}

#[test]
fn oversized_trust_policy_is_refused() {
    let branches: Vec<String> = (0..60)
        .map(|i| format!("release/branch-number-{i}"))
        .collect();
    let outcome = generate(&Form::default().with(Field::Branches, branches.join(",")));
    assert!(outcome.bundle.is_none());
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.code == "trust-policy-too-large")
    );
}

/// The every-repository scope names each owner form once, however many repositories share it.
#[test]
fn owner_wide_lists_each_owner_form_once() {
    let form = Form::default()
        .with(Field::Scope, "owner-wide")
        .with(Field::SubjectFormat, "both")
        .with(Field::OwnerId, "11")
        .with(Field::RepoId, "22")
        .with(Field::ExtraRepos, "api@33; web@44");
    let bundle = generate(&form).bundle.expect("bundle");
    let doc: serde_json::Value = serde_json::from_str(&bundle.trust_policy).expect("json");
    assert_eq!(
        doc["Statement"][0]["Condition"]["StringLike"]["token.actions.githubusercontent.com:sub"],
        serde_json::json!(["repo:octo-org/*", "repo:octo-org@11/*"])
    );
}

/// An environment whose name holds `*` is a literal, not a pattern: the subjects move to
/// StringLike with the `*` escaped as `${*}`, and the linter has nothing to say (under
/// StringEquals the bare `*` would read as a mistaken pattern).
#[test]
fn an_environment_with_a_star_is_matched_literally() {
    let form = Form::default()
        .with(Field::Scope, "environment")
        .with(Field::Environment, "prod*");
    let outcome = generate(&form);
    let bundle = outcome.bundle.expect("bundle");
    let doc: serde_json::Value = serde_json::from_str(&bundle.trust_policy).expect("json");
    assert_eq!(
        doc["Statement"][0]["Condition"]["StringLike"]["token.actions.githubusercontent.com:sub"],
        serde_json::json!("repo:octo-org/octo-repo:environment:prod${*}")
    );
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
}
