//! `setup.sh`: one bash script to paste into AWS CloudShell. It creates what is missing and
//! reuses what exists, so it can be run again after a change. Every user value is assigned to a
//! shell variable once, through [`crate::quote::shell`], and used as `"$VAR"` afterwards; the
//! two policies are written with quoted here-documents, so nothing in them is expanded.

use crate::input::{Access, Inputs, RoleArnSource};
use crate::quote::shell;

/// Here-document delimiters; pretty-printed JSON never has a line equal to either.
pub const TRUST_EOF: &str = "KEYLESS_TRUST_POLICY";
pub const PERMISSION_EOF: &str = "KEYLESS_PERMISSION_POLICY";
pub const REPOSITORY_EOF: &str = "KEYLESS_REPOSITORY_POLICY";

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
    let names: Vec<&str> = inputs.ecr_repos().collect();
    let one = names.len() == 1;
    let repos_text = if one {
        format!("repository {}", names.join(""))
    } else {
        format!("repositories {}", names.join(", "))
    };
    let verb = match inputs.access {
        Access::Push => "push images to",
        Access::Pull => "pull images from",
    };
    s.line("#!/usr/bin/env bash");
    s.line(&format!(
        "# Keyless setup: lets GitHub Actions in {repo_full} {verb} the Amazon ECR"
    ));
    s.line(&format!(
        "# {repos_text} in AWS account {} ({}) through OIDC, without access keys.",
        inputs.registry(),
        inputs.region
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
    if one {
        s.assign("ECR_REPOSITORY", &inputs.ecr_repo);
    } else {
        let quoted: Vec<String> = names.iter().map(|n| shell(n)).collect();
        s.line(&format!("ECR_REPOSITORIES=({})", quoted.join(" ")));
    }
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
    s.line(&format!(
        "# 2. The permission policy: {verb} {}.",
        if one {
            "this one ECR repository"
        } else {
            "these ECR repositories"
        }
    ));
    s.line("if aws iam get-policy --policy-arn \"$POLICY_ARN\" >/dev/null 2>&1; then");
    s.line("  echo \"Managed policy $POLICY_ARN already exists and was left unchanged; compare it with permission-policy.json\"");
    s.line("else");
    s.line(&format!(
        "  aws iam create-policy --policy-name \"$POLICY_NAME\" --policy-document \"file://$workdir/permission-policy.json\" --description {} >/dev/null",
        shell(&format!("{} ECR {repos_text} (Keyless)", capitalised(verb)))
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
        shell(&format!(
            "GitHub Actions in {repo_full} {} ECR (OIDC, Keyless)",
            match inputs.access {
                Access::Push => "pushes images to",
                Access::Pull => "pulls images from",
            }
        ))
    ));
    s.line("  echo \"Created role $ROLE_NAME\"");
    s.line("fi");
    s.line("aws iam attach-role-policy --role-name \"$ROLE_NAME\" --policy-arn \"$POLICY_ARN\"");
    s.line("");
    if inputs.cross_account() {
        repository_policy_section(&mut s, inputs, &names);
    } else if inputs.create_ecr_repo {
        let mutability = if inputs.immutable_tags {
            "IMMUTABLE"
        } else {
            "MUTABLE"
        };
        let indent = if one {
            s.line("# 4. The ECR repository (scanned on push).");
            ""
        } else {
            s.line("# 4. The ECR repositories (scanned on push).");
            s.line("for ECR_REPOSITORY in \"${ECR_REPOSITORIES[@]}\"; do");
            "  "
        };
        s.line(&format!("{indent}if aws ecr describe-repositories --region \"$REGION\" --repository-names \"$ECR_REPOSITORY\" >/dev/null 2>&1; then"));
        s.line(&format!(
            "{indent}  echo \"ECR repository $ECR_REPOSITORY already exists\""
        ));
        s.line(&format!("{indent}else"));
        s.line(&format!(
            "{indent}  aws ecr create-repository --region \"$REGION\" --repository-name \"$ECR_REPOSITORY\" --image-scanning-configuration scanOnPush=true --image-tag-mutability {mutability} >/dev/null"
        ));
        s.line(&format!(
            "{indent}  echo \"Created ECR repository $ECR_REPOSITORY\""
        ));
        s.line(&format!("{indent}fi"));
        if !one {
            s.line("done");
        }
    } else {
        s.line(&format!(
            "# 4. The ECR {repos_text} {} expected to exist already (creation was not requested).",
            if one { "is" } else { "are" }
        ));
    }
    if let Some(keys) = &inputs.subject_template {
        s.line("");
        s.line(
            "# 5. The customized subject template. Set it only now, after the role accepts the new",
        );
        s.line("#    subjects: runs started before that keep the old format.");
        let mut gh = format!(
            "gh api --method PUT repos/{repo_full}/actions/oidc/customization/sub -F use_default=false"
        );
        for key in keys {
            gh.push_str(&format!(
                " -f {}",
                shell(&format!("include_claim_keys[]={key}"))
            ));
        }
        s.line("echo \"Then set the repository's subject template (GitHub CLI, as a repository admin):\"");
        s.line(&format!("echo {}", shell(&format!("  {gh}"))));
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

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect()
    })
}

/// The repositories live in another account: that account must grant the role in each
/// repository's policy. Nothing there can be done with these credentials, so the script writes
/// the policy and prints the command for that account.
fn repository_policy_section(s: &mut Script, inputs: &Inputs, names: &[&str]) {
    let policy = super::permission::repository_policy(inputs).to_pretty_json() + "\n";
    s.line(&format!(
        "# 4. The ECR repositories are in account {}: each needs a repository policy that lets this",
        inputs.registry()
    ));
    s.line("#    role in. Apply it there, with credentials for that account.");
    s.assign("REGISTRY_ACCOUNT_ID", inputs.registry());
    s.line(&format!(
        "cat > repository-policy.json <<'{REPOSITORY_EOF}'"
    ));
    s.0.push_str(&policy);
    s.line(REPOSITORY_EOF);
    s.line("echo \"Wrote repository-policy.json. In account $REGISTRY_ACCOUNT_ID, run for each repository:\"");
    for name in names {
        s.line(&format!(
            "echo {}",
            shell(&format!(
                "  aws ecr set-repository-policy --region {} --registry-id {} --repository-name {} --policy-text file://repository-policy.json",
                inputs.region,
                inputs.registry(),
                name
            ))
        ));
    }
}
