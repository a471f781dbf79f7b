//! The diagnostic codes the converter emits, each with a one-line description (docs/convert.md
//! has a section per code). Codes are stable and never reused.

pub const INVALID_YAML: &str = "convert-invalid-yaml";
pub const NOT_A_WORKFLOW: &str = "convert-not-a-workflow";
pub const UNSUPPORTED_SYNTAX: &str = "convert-unsupported-syntax";
pub const SELF_CHECK_FAILED: &str = "convert-self-check-failed";
pub const NOTHING_TO_CONVERT: &str = "convert-nothing-to-convert";
pub const LITERAL_ACCESS_KEY: &str = "convert-literal-access-key";
pub const LITERAL_SECRET_KEY: &str = "convert-literal-secret-key";
pub const UNKNOWN_KEY_ACTION: &str = "convert-unknown-key-action";
pub const JOB_REFUSED: &str = "convert-job-refused";
pub const REGION_UNKNOWN: &str = "convert-region-unknown";
pub const DYNAMIC_KEYS: &str = "convert-dynamic-keys";
pub const MIXED_KEYS: &str = "convert-mixed-keys-in-job";
pub const SEPARATE_ROLES: &str = "convert-separate-roles";
pub const INLINE_ARN_PARTITION: &str = "convert-inline-arn-partition";
pub const FORK_PULL_REQUEST: &str = "convert-fork-pull-request";
pub const PULL_REQUEST_SUBJECT: &str = "convert-pull-request-subject";
pub const DANGEROUS_TRIGGER: &str = "convert-dangerous-trigger";
pub const UNDOCUMENTED_SUBJECT: &str = "convert-undocumented-subject";
pub const ENVIRONMENT_UNRESOLVED: &str = "convert-environment-unresolved";
pub const ENVIRONMENT_SUBJECT: &str = "convert-environment-subject";
pub const DISPATCH_BRANCH: &str = "convert-dispatch-branch";
pub const REUSABLE_CALLEE: &str = "convert-reusable-workflow";
pub const CALLER_PASSES_KEYS: &str = "convert-caller-passes-keys";
pub const KEYS_UNUSED: &str = "convert-keys-unused";
pub const KEYS_KEPT: &str = "convert-keys-kept";
pub const NO_VISIBLE_AWS_STEP: &str = "convert-no-visible-aws-step";
pub const EXISTING_ROLE: &str = "convert-existing-role";
pub const READ_ALL_EXPANDED: &str = "convert-read-all-expanded";
pub const WRITE_ALL: &str = "convert-write-all";
pub const PERMISSIONS_COPIED: &str = "convert-permissions-copied";
pub const NEW_PERMISSIONS: &str = "convert-new-permissions";
pub const TOKEN_USE_UNKNOWN: &str = "convert-token-use-unknown";
pub const OUTDATED_ACTION: &str = "convert-outdated-action";
pub const ACTION_UPGRADED: &str = "convert-action-upgraded";
pub const CHINA_AUDIENCE: &str = "convert-china-audience";
pub const SECRET_ROLE_IN_CALLEE: &str = "convert-secret-role-in-reusable";

/// Every code with its one-line description.
pub const ALL: [(&str, &str); 36] = [
    (
        INVALID_YAML,
        "the pasted text is not valid YAML; it is returned unchanged",
    ),
    (
        NOT_A_WORKFLOW,
        "the YAML is not a GitHub Actions workflow; it is returned unchanged",
    ),
    (
        UNSUPPORTED_SYNTAX,
        "a YAML construct Keyless cannot edit in place; the file is returned unchanged",
    ),
    (
        SELF_CHECK_FAILED,
        "the edited file did not read back as the intended data; nothing is changed",
    ),
    (
        NOTHING_TO_CONVERT,
        "no long-lived AWS keys reach AWS in this workflow",
    ),
    (
        LITERAL_ACCESS_KEY,
        "an AWS access key id is written in the file",
    ),
    (
        LITERAL_SECRET_KEY,
        "an AWS secret access key is written in the file",
    ),
    (
        UNKNOWN_KEY_ACTION,
        "a job passes the keys to an action Keyless does not know how to convert; the job is left as it is",
    ),
    (
        JOB_REFUSED,
        "a job could not be converted (shared with a refused job, or a layout Keyless cannot edit)",
    ),
    (
        REGION_UNKNOWN,
        "a new credentials step needs an AWS region and none was found",
    ),
    (
        DYNAMIC_KEYS,
        "the access key is chosen at run time, so the job may need several roles",
    ),
    (MIXED_KEYS, "steps of one job use different key pairs"),
    (
        SEPARATE_ROLES,
        "the workflow uses several AWS identities; each needs its own role",
    ),
    (
        INLINE_ARN_PARTITION,
        "the inline role ARN's partition does not match the job's region",
    ),
    (
        FORK_PULL_REQUEST,
        "pull requests from forks get no OIDC token",
    ),
    (
        PULL_REQUEST_SUBJECT,
        "every same-repository pull request shares one subject",
    ),
    (
        DANGEROUS_TRIGGER,
        "pull_request_target or workflow_run with id-token: write can hand the token to fork code",
    ),
    (
        UNDOCUMENTED_SUBJECT,
        "GitHub does not document the subject of this event",
    ),
    (
        ENVIRONMENT_UNRESOLVED,
        "the job's environment is an expression Keyless cannot resolve",
    ),
    (
        ENVIRONMENT_SUBJECT,
        "the job's environment, not its branch, is in its token's subject",
    ),
    (
        DISPATCH_BRANCH,
        "workflow_dispatch can run on any branch, not only the default one",
    ),
    (
        REUSABLE_CALLEE,
        "a reusable workflow: callers must grant id-token: write and their subject is used",
    ),
    (
        CALLER_PASSES_KEYS,
        "a job passes the access keys to a reusable workflow",
    ),
    (
        KEYS_UNUSED,
        "a job received the keys through env but no step visibly calls AWS",
    ),
    (
        KEYS_KEPT,
        "workflow-level keys stay for a job that was not converted and still reach a converted one",
    ),
    (
        NO_VISIBLE_AWS_STEP,
        "the credentials step was placed without a step that visibly calls AWS",
    ),
    (
        EXISTING_ROLE,
        "the keys assumed a role that must now trust GitHub's OIDC provider",
    ),
    (
        READ_ALL_EXPANDED,
        "read-all was written out as an explicit mapping to add id-token: write",
    ),
    (
        WRITE_ALL,
        "write-all already grants id-token: write, with every other write scope",
    ),
    (
        PERMISSIONS_COPIED,
        "a job got its own permissions block copied from the workflow's",
    ),
    (NEW_PERMISSIONS, "a job got a new permissions block"),
    (
        TOKEN_USE_UNKNOWN,
        "a step uses GITHUB_TOKEN in a way Keyless cannot read",
    ),
    (
        OUTDATED_ACTION,
        "an AWS action is older than its current major version",
    ),
    (
        ACTION_UPGRADED,
        "an AWS action reference was moved to the current release",
    ),
    (
        CHINA_AUDIENCE,
        "audience sts.amazonaws.com.cn added for an AWS China region",
    ),
    (
        SECRET_ROLE_IN_CALLEE,
        "a reusable workflow reads the role ARN from a secret its callers must pass",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for (code, description) in ALL {
            assert!(seen.insert(code), "duplicate code {code}");
            assert!(code.starts_with("convert-"));
            assert!(code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            assert!(!description.is_empty());
        }
    }
}
