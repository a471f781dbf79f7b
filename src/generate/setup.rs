//! `setup.sh`: one bash script to paste into AWS CloudShell. It creates what is missing and
//! reuses what exists, so it can be run again after a change. Every user value is assigned to a
//! shell variable once, through [`crate::quote::shell`], and used as `"$VAR"` afterwards; the
//! two policies are written with quoted here-documents, so nothing in them is expanded.

use crate::input::{Inputs, RoleArnSource};
use crate::quote::shell;

/// Here-document delimiters; pretty-printed JSON never has a line equal to either.
pub const TRUST_EOF: &str = "KEYLESS_TRUST_POLICY";
pub const PERMISSION_EOF: &str = "KEYLESS_PERMISSION_POLICY";

struct Script(String);

impl Script {
    fn line(&mut self, text: &str) {
        self.0.push_str(text);
        self.0.push('\n');
    }
    fn assign(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}={}", shell(value)));
    }
}

pub fn script(inputs: &Inputs, permission_policy: &str, trust_policy: &str) -> String {
    let mut s = Script(String::new());
    let repo_full = format!("{}/{}", inputs.owner, inputs.repo);
    s.line("#!/usr/bin/env bash");
    s.line(&format!(
        "# Keyless setup: lets GitHub Actions in {repo_full} push images to the Amazon ECR"
    ));
    s.line(&format!(
        "# repository {} in AWS account {} ({}) through OIDC, without access keys.",
        inputs.ecr_repo, inputs.account, inputs.region
    ));
    s.line(
        "# Run it in AWS CloudShell, or any shell where AWS CLI v2 is signed in to that account.",
    );
    s.line(
        "# Running it again is safe: it reuses what exists and updates the role's trust policy.",
    );
    s.line("set -euo pipefail");
    s.line("");
    s.assign("ACCOUNT_ID", &inputs.account);
    s.assign("REGION", inputs.region);
    s.assign("ROLE_NAME", &inputs.role_name);
    s.assign("POLICY_NAME", &inputs.policy_name);
    s.assign("ECR_REPOSITORY", &inputs.ecr_repo);
    s.assign("MAX_SESSION_DURATION", &inputs.session_duration.to_string());
    s.assign("PROVIDER_URL", &inputs.issuer.url());
    s.assign("AUDIENCE", inputs.audience());
    let partition = inputs.partition.id();
    s.line(&format!(
        "PROVIDER_ARN=\"arn:{partition}:iam::${{ACCOUNT_ID}}:oidc-provider/{}\"",
        inputs.issuer.host_path()
    ));
    s.line(&format!(
        "POLICY_ARN=\"arn:{partition}:iam::${{ACCOUNT_ID}}:policy/${{POLICY_NAME}}\""
    ));
    s.line(&format!(
        "ROLE_ARN=\"arn:{partition}:iam::${{ACCOUNT_ID}}:role/${{ROLE_NAME}}\""
    ));
    if inputs.partition != crate::regions::Partition::Aws {
        s.line(&format!(
            "# {} has its own endpoints: the AWS CLI finds them from the region.",
            inputs.partition.label()
        ));
        s.line("export AWS_DEFAULT_REGION=\"$REGION\"");
    }
    s.line("");
    s.line("# Stop before changing anything if these credentials are for another account.");
    s.line("caller_account=$(aws sts get-caller-identity --query Account --output text)");
    s.line("if [ \"$caller_account\" != \"$ACCOUNT_ID\" ]; then");
    s.line("  echo \"These credentials are for account $caller_account, not $ACCOUNT_ID; nothing was changed.\" >&2");
    s.line("  exit 1");
    s.line("fi");
    s.line("");
    s.line("workdir=$(mktemp -d)");
    s.line("trap 'rm -rf \"$workdir\"' EXIT");
    s.line("");
    s.line(&format!(
        "cat > \"$workdir/trust-policy.json\" <<'{TRUST_EOF}'"
    ));
    s.0.push_str(trust_policy);
    s.line(TRUST_EOF);
    s.line("");
    s.line(&format!(
        "cat > \"$workdir/permission-policy.json\" <<'{PERMISSION_EOF}'"
    ));
    s.0.push_str(permission_policy);
    s.line(PERMISSION_EOF);
    s.line("");
    s.line("# 1. GitHub's OIDC identity provider (one per account; GitHub needs no thumbprint).");
    s.line("if aws iam get-open-id-connect-provider --open-id-connect-provider-arn \"$PROVIDER_ARN\" >/dev/null 2>&1; then");
    s.line("  echo \"OIDC provider already exists: $PROVIDER_ARN\"");
    s.line("  client_ids=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn \"$PROVIDER_ARN\" --query ClientIDList --output text)");
    s.line("  case \" $client_ids \" in");
    s.line("    *[[:space:]]\"$AUDIENCE\"[[:space:]]*) ;;");
    s.line("    *)");
    s.line("      aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn \"$PROVIDER_ARN\" --client-id \"$AUDIENCE\"");
    s.line("      echo \"Added the audience $AUDIENCE to the provider\"");
    s.line("      ;;");
    s.line("  esac");
    s.line("else");
    s.line("  aws iam create-open-id-connect-provider --url \"$PROVIDER_URL\" --client-id-list \"$AUDIENCE\" >/dev/null");
    s.line("  echo \"Created OIDC provider $PROVIDER_ARN\"");
    s.line("fi");
    s.line("");
    s.line("# 2. The permission policy: push to this one ECR repository.");
    s.line("if aws iam get-policy --policy-arn \"$POLICY_ARN\" >/dev/null 2>&1; then");
    s.line("  echo \"Managed policy $POLICY_ARN already exists and was left unchanged; compare it with permission-policy.json\"");
    s.line("else");
    s.line(&format!(
        "  aws iam create-policy --policy-name \"$POLICY_NAME\" --policy-document \"file://$workdir/permission-policy.json\" --description {} >/dev/null",
        shell(&format!("Push images to ECR repository {} (Keyless)", inputs.ecr_repo))
    ));
    s.line("  echo \"Created managed policy $POLICY_ARN\"");
    s.line("fi");
    s.line("");
    s.line("# 3. The role the workflow assumes with its OIDC token.");
    s.line("if aws iam get-role --role-name \"$ROLE_NAME\" >/dev/null 2>&1; then");
    s.line("  aws iam update-assume-role-policy --role-name \"$ROLE_NAME\" --policy-document \"file://$workdir/trust-policy.json\"");
    s.line("  aws iam update-role --role-name \"$ROLE_NAME\" --max-session-duration \"$MAX_SESSION_DURATION\"");
    s.line("  echo \"Role $ROLE_NAME already existed; its trust policy and max session duration were updated\"");
    s.line("else");
    s.line(&format!(
        "  aws iam create-role --role-name \"$ROLE_NAME\" --assume-role-policy-document \"file://$workdir/trust-policy.json\" --max-session-duration \"$MAX_SESSION_DURATION\" --description {} >/dev/null",
        shell(&format!("GitHub Actions in {repo_full} pushes images to ECR (OIDC, Keyless)"))
    ));
    s.line("  echo \"Created role $ROLE_NAME\"");
    s.line("fi");
    s.line("aws iam attach-role-policy --role-name \"$ROLE_NAME\" --policy-arn \"$POLICY_ARN\"");
    s.line("");
    if inputs.create_ecr_repo {
        let mutability = if inputs.immutable_tags {
            "IMMUTABLE"
        } else {
            "MUTABLE"
        };
        s.line("# 4. The ECR repository (scanned on push).");
        s.line("if aws ecr describe-repositories --region \"$REGION\" --repository-names \"$ECR_REPOSITORY\" >/dev/null 2>&1; then");
        s.line("  echo \"ECR repository $ECR_REPOSITORY already exists\"");
        s.line("else");
        s.line(&format!(
            "  aws ecr create-repository --region \"$REGION\" --repository-name \"$ECR_REPOSITORY\" --image-scanning-configuration scanOnPush=true --image-tag-mutability {mutability} >/dev/null"
        ));
        s.line("  echo \"Created ECR repository $ECR_REPOSITORY\"");
        s.line("fi");
    } else {
        s.line(
            "# 4. The ECR repository is expected to exist already (creation was not requested).",
        );
    }
    s.line("");
    s.line("echo");
    s.line("echo \"Role ARN: $ROLE_ARN\"");
    let gh_line = match inputs.role_arn_source {
        RoleArnSource::Vars => Some(format!(
            "gh variable set AWS_ROLE_ARN --repo {} --body {}",
            shell(&repo_full),
            shell(&inputs.role_arn())
        )),
        RoleArnSource::Secrets => Some(format!(
            "gh secret set AWS_ROLE_ARN --repo {} --body {}",
            shell(&repo_full),
            shell(&inputs.role_arn())
        )),
        RoleArnSource::Inline => None,
    };
    match gh_line {
        Some(line) => {
            s.line("echo \"Next, store it where the workflow reads it (GitHub CLI, signed in to GitHub):\"");
            s.line(&format!("echo {}", shell(&format!("  {line}"))));
        }
        None => s.line(
            "echo \"The workflow names this ARN directly; nothing needs to be stored in GitHub.\"",
        ),
    }
    s.0
}
