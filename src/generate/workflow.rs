//! The GitHub Actions workflow. Written as text so it keeps comments and a readable order;
//! every value from the form goes through [`crate::quote::yaml`] (and branch names through
//! [`crate::quote::filter_literal`] first), and [`super::check::workflow`] parses the result
//! back to prove each value reads as intended.

use crate::input::{Access, Inputs, RoleArnSource, Scope, TagSpec};
use crate::quote::{self, filter_literal};

/// A pinned action: owner/name, full commit SHA, exact version, floating major tag.
pub struct Action {
    pub name: &'static str,
    pub sha: &'static str,
    pub version: &'static str,
    pub major: &'static str,
}

/// Release commits read from each action's repository (domain facts 4.5).
pub const CHECKOUT: Action = Action {
    name: "actions/checkout",
    sha: "3d3c42e5aac5ba805825da76410c181273ba90b1",
    version: "v7.0.1",
    major: "v7",
};
pub const CONFIGURE_AWS_CREDENTIALS: Action = Action {
    name: "aws-actions/configure-aws-credentials",
    sha: "e6de054238d6b7531b4efff3b6587d9aade6a06c",
    version: "v6.2.3",
    major: "v6",
};
pub const AMAZON_ECR_LOGIN: Action = Action {
    name: "aws-actions/amazon-ecr-login",
    sha: "03f1aad4c6c7ffd436567f42f9384779290529bd",
    version: "v2.1.7",
    major: "v2",
};

impl Action {
    /// The `uses:` value, and the comment that goes after it when pinned by SHA.
    pub fn uses(&self, pin: bool) -> String {
        if pin {
            format!("{}@{} # {}", self.name, self.sha, self.version)
        } else {
            format!("{}@{}", self.name, self.major)
        }
    }
}

/// The `role-to-assume` value for the chosen placement.
pub fn role_to_assume(inputs: &Inputs) -> String {
    match inputs.role_arn_source {
        RoleArnSource::Vars => "${{ vars.AWS_ROLE_ARN }}".to_owned(),
        RoleArnSource::Secrets => "${{ secrets.AWS_ROLE_ARN }}".to_owned(),
        RoleArnSource::Inline => inputs.role_arn(),
    }
}

/// The push filter patterns: one literal pattern per branch, or `**` for any branch. Empty
/// when only tags (or pull requests) start the workflow.
pub fn branch_patterns(inputs: &Inputs) -> Vec<String> {
    match &inputs.scope {
        Scope::AnyBranch | Scope::OwnerWide => vec!["**".to_owned()],
        Scope::Branches(_) | Scope::Environments(_) => inputs
            .trigger_branches
            .iter()
            .map(|b| filter_literal(b))
            .collect(),
    }
}

/// A tag as a GitHub tag filter: exact names escaped; in patterns IAM's `*` (which crosses `/`)
/// becomes the filter's `**`, so the trigger and the trust policy admit the same tags.
pub fn tag_pattern(tag: &TagSpec) -> String {
    if tag.pattern {
        tag.name
            .split('*')
            .map(filter_literal)
            .collect::<Vec<_>>()
            .join("**")
    } else {
        filter_literal(&tag.name)
    }
}

/// The environments the job runs in (one job per environment through a matrix when several).
fn environments(inputs: &Inputs) -> &[String] {
    match &inputs.scope {
        Scope::Environments(envs) => envs,
        _ => &[],
    }
}

/// The `uses:` value that calls a reusable workflow: the reference with the short ref a workflow
/// writes (`...@refs/tags/v1` -> `...@v1`); the trust pins the full one, which is what the
/// token's `job_workflow_ref` carries.
pub fn reusable_uses(reusable: &str) -> String {
    match reusable.split_once('@') {
        Some((path, git_ref)) => {
            let short = git_ref
                .strip_prefix("refs/heads/")
                .or_else(|| git_ref.strip_prefix("refs/tags/"))
                .unwrap_or(git_ref);
            format!("{path}@{short}")
        }
        None => reusable.to_owned(),
    }
}

/// The path in its repository that a reusable workflow reference names
/// (`OWNER/REPO/PATH@REF` -> `PATH`).
pub fn reusable_path(reusable: &str) -> &str {
    let path = reusable.split('@').next().unwrap_or_default();
    path.splitn(3, '/').nth(2).unwrap_or(path)
}

/// The `on:` block for the form's scopes: push to the branches and tags, and pull requests.
fn triggers(inputs: &Inputs, line: &mut impl FnMut(&str)) {
    line("on:");
    let branches = branch_patterns(inputs);
    if !branches.is_empty() || !inputs.tags.is_empty() {
        line("  push:");
    }
    if !branches.is_empty() {
        line("    branches:");
        for pattern in &branches {
            line(&format!("      - {}", quote::yaml(pattern)));
        }
    }
    if !inputs.tags.is_empty() {
        line("    tags:");
        for tag in &inputs.tags {
            line(&format!("      - {}", quote::yaml(&tag_pattern(tag))));
        }
    }
    if inputs.pull_requests {
        line("  # Pull requests from forks get no OIDC token; same-repository ones can pull.");
        line("  pull_request:");
        if !branches.is_empty() && branches != ["**"] {
            line("    branches:");
            for pattern in &branches {
                line(&format!("      - {}", quote::yaml(pattern)));
            }
        }
    }
    line("");
}

/// The workflow a repository commits to call the reusable workflow: the form's triggers, and
/// one job that grants the OIDC token and calls it. The token's `sub` names the calling
/// repository and ref; its `job_workflow_ref`, the called workflow.
pub fn caller_text(inputs: &Inputs, reusable: &str) -> String {
    let mut y = String::new();
    let mut line = |text: &str| {
        y.push_str(text);
        y.push('\n');
    };
    line(&format!("# Calls {},", reusable_uses(reusable)));
    line(&format!(
        "# which builds the image and pushes it to Amazon ECR with the IAM role {}.",
        inputs.role_name
    ));
    line("# Commit this file in each repository the role admits. Generated by Keyless.");
    line("name: Push image to Amazon ECR");
    line("");
    triggers(inputs, &mut line);
    line("# Nothing for the workflow as a whole; the job grants what the called workflow needs.");
    line("permissions: {}");
    line("");
    line("jobs:");
    line("  push:");
    line("    permissions:");
    line("      contents: read # the called workflow checks out the repository");
    line("      id-token: write # lets the called workflow request the OIDC token");
    line(&format!(
        "    uses: {}",
        quote::yaml(&reusable_uses(reusable))
    ));
    if inputs.role_arn_source == RoleArnSource::Secrets {
        // Only the one secret, not `secrets: inherit`.
        line("    secrets:");
        line("      AWS_ROLE_ARN: ${{ secrets.AWS_ROLE_ARN }}");
    }
    y
}

pub fn text(inputs: &Inputs) -> String {
    let mut y = String::new();
    let mut line = |text: &str| {
        y.push_str(text);
        y.push('\n');
    };
    let pin = inputs.pin_actions;
    if inputs.reusable_workflow.is_some() {
        line(
            "# Builds the Docker image of the repository that calls it and pushes it to Amazon ECR.",
        );
    } else {
        line(&format!(
            "# Builds the Docker image of {}/{} and pushes it to Amazon ECR.",
            inputs.owner, inputs.repo
        ));
    }
    line(&format!(
        "# AWS access comes from GitHub's OIDC token and the IAM role {}:",
        inputs.role_name
    ));
    line("# no AWS access keys are stored in GitHub. Generated by Keyless.");
    line("name: Push image to Amazon ECR");
    line("");
    if let Some(reusable) = &inputs.reusable_workflow {
        let path = reusable.split('@').next().unwrap_or_default();
        let (repo, file) = match path.splitn(3, '/').collect::<Vec<_>>()[..] {
            [owner, repo, file] => (format!("{owner}/{repo}"), file),
            _ => (String::new(), path),
        };
        line(&format!(
            "# A reusable workflow: commit it as {file} in {repo}."
        ));
        line("# Each repository the role admits calls it with the calling workflow generated");
        line("# beside it.");
        line("on:");
        line("  workflow_call:");
        if inputs.role_arn_source == RoleArnSource::Secrets {
            line("    secrets:");
            line("      AWS_ROLE_ARN: # passed by the calling workflow");
            line("        required: true");
        }
        line("");
    } else {
        triggers(inputs, &mut line);
    }
    line("# Nothing for the workflow as a whole; the job asks for what it needs.");
    line("permissions: {}");
    line("");
    line("jobs:");
    line("  push:");
    line("    name: Build and push");
    line("    runs-on: ubuntu-latest");
    match environments(inputs) {
        [] => {}
        [env] => line(&format!(
            "    environment: {} # the token's sub names this environment",
            quote::yaml(env)
        )),
        envs => {
            line("    strategy:");
            line("      matrix:");
            line("        environment:");
            for env in envs {
                line(&format!("          - {}", quote::yaml(env)));
            }
            line("    environment: ${{ matrix.environment }} # the token's sub names it");
        }
    }
    line("    permissions:");
    line("      contents: read # actions/checkout reads the repository");
    line("      id-token: write # lets the job request the OIDC token that AWS trusts");
    line("    steps:");
    line("      - name: Check out the repository");
    line(&format!("        uses: {}", CHECKOUT.uses(pin)));
    line("        with:");
    line("          persist-credentials: false");
    line("");
    line("      - name: Get AWS credentials from the OIDC token");
    line(&format!(
        "        uses: {}",
        CONFIGURE_AWS_CREDENTIALS.uses(pin)
    ));
    line("        with:");
    line(&format!(
        "          role-to-assume: {}",
        yaml_or_expression(&role_to_assume(inputs))
    ));
    line(&format!(
        "          aws-region: {}",
        quote::yaml(inputs.region)
    ));
    line("          role-session-name: ecr-push-${{ github.run_id }}");
    if inputs.audience() != crate::iam::claims::DEFAULT_AWS_AUDIENCE {
        line(&format!(
            "          audience: {}",
            quote::yaml(inputs.audience())
        ));
    }
    if inputs.session_duration > 3600 {
        line(&format!(
            "          role-duration-seconds: {}",
            inputs.session_duration
        ));
    }
    line("");
    line("      - name: Log in to Amazon ECR");
    line("        id: ecr");
    line(&format!("        uses: {}", AMAZON_ECR_LOGIN.uses(pin)));
    if inputs.cross_account() {
        line("        with:");
        line(&format!(
            "          registries: {} # the account that holds the repositories",
            quote::yaml(inputs.registry())
        ));
    }
    line("");
    line("      - name: Use the short commit SHA as the image tag");
    line("        run: echo \"TAG=$(git rev-parse --short HEAD)\" >> \"$GITHUB_ENV\"");
    line("");
    match (inputs.access, inputs.more_ecr_repos.is_empty()) {
        (Access::Pull, _) => {
            line("      - name: Build the image (this role can pull from ECR, not push)");
            line("        env:");
            line("          REGISTRY: ${{ steps.ecr.outputs.registry }}");
            line(&format!(
                "          REPOSITORY: {}",
                quote::yaml(&inputs.ecr_repo)
            ));
            line("        run: docker build --pull -t \"$REGISTRY/$REPOSITORY:$TAG\" .");
        }
        (Access::Push, true) => {
            line("      - name: Build, tag and push the image");
            line("        env:");
            line("          REGISTRY: ${{ steps.ecr.outputs.registry }}");
            line(&format!(
                "          REPOSITORY: {}",
                quote::yaml(&inputs.ecr_repo)
            ));
            line("        run: |");
            line("          docker build -t \"$REGISTRY/$REPOSITORY:$TAG\" .");
            line("          docker push \"$REGISTRY/$REPOSITORY:$TAG\"");
        }
        (Access::Push, false) => {
            let all: Vec<&str> = inputs.ecr_repos().collect();
            line("      - name: Build the image and push it to each repository");
            line("        env:");
            line("          REGISTRY: ${{ steps.ecr.outputs.registry }}");
            line(&format!(
                "          REPOSITORY: {}",
                quote::yaml(&inputs.ecr_repo)
            ));
            line(&format!(
                "          REPOSITORIES: {}",
                quote::yaml(&all.join(" "))
            ));
            line("        run: |");
            line("          docker build -t \"$REGISTRY/$REPOSITORY:$TAG\" .");
            line("          for repository in $REPOSITORIES; do");
            line(
                "            docker tag \"$REGISTRY/$REPOSITORY:$TAG\" \"$REGISTRY/$repository:$TAG\"",
            );
            line("            docker push \"$REGISTRY/$repository:$TAG\"");
            line("          done");
        }
    }
    y
}

/// `${{ ... }}` expressions are written plain (they read back as the same string); anything
/// else goes through YAML quoting.
fn yaml_or_expression(value: &str) -> String {
    if value.starts_with("${{ ") && value.ends_with(" }}") && !value.contains('\'') {
        value.to_owned()
    } else {
        quote::yaml(value)
    }
}
