//! "Would this run be allowed?": a described run (or a pasted, decoded token payload) against a
//! trust policy (the generated one, or one the user pastes), through the same evaluator the
//! command line uses. Pure: the page only renders the result.

use serde::Serialize;

use crate::form::{Field, Form};
use crate::iam::claims::{self, Run, SubjectFormat, Trigger};
use crate::iam::eval::{self, Claims, Decision, Request};
use crate::iam::read::{self, LoadedPolicy, ProviderFrom};

/// What kind of run to simulate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    PushBranch,
    PushTag,
    PullRequest,
    Environment,
    WorkflowDispatch,
    Schedule,
}

impl RunKind {
    pub const ALL: [RunKind; 6] = [
        RunKind::PushBranch,
        RunKind::PushTag,
        RunKind::PullRequest,
        RunKind::Environment,
        RunKind::WorkflowDispatch,
        RunKind::Schedule,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RunKind::PushBranch => "push-branch",
            RunKind::PushTag => "push-tag",
            RunKind::PullRequest => "pull-request",
            RunKind::Environment => "environment",
            RunKind::WorkflowDispatch => "workflow-dispatch",
            RunKind::Schedule => "schedule",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RunKind::PushBranch => "Push to a branch",
            RunKind::PushTag => "Push of a tag",
            RunKind::PullRequest => "Pull request (same repository)",
            RunKind::Environment => "A job with an environment",
            RunKind::WorkflowDispatch => "Manual run (workflow_dispatch)",
            RunKind::Schedule => "Scheduled run",
        }
    }

    pub fn from_id(id: &str) -> Option<RunKind> {
        RunKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The simulator's inputs, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SimulateInput {
    /// A pasted trust policy or `aws iam get-role` output; empty = the generated policy.
    pub policy: String,
    pub kind: String,
    /// Branch or tag name (or ref) of the run.
    pub git_ref: String,
    /// The job's environment (for the environment kind).
    pub environment: String,
    /// A decoded token payload; when not empty it replaces the described run.
    pub token: String,
}

/// The result: the claims used, the provider the token maps to, and the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Simulation {
    pub policy_source: &'static str,
    pub claims: Vec<(String, String)>,
    pub provider_arn: String,
    pub provider_from: ProviderFrom,
    pub decision: Decision,
    pub notes: Vec<String>,
}

fn run_from_form(form: &Form, input: &SimulateInput) -> Result<Run, String> {
    let owner = form.get(Field::Owner).trim();
    let repo = form.get(Field::Repo).trim();
    if owner.is_empty() || repo.is_empty() {
        return Err("Fill in the owner and repository in the form to describe a run, or paste a token payload.".into());
    }
    let git_ref = input.git_ref.trim();
    let kind = RunKind::from_id(input.kind.trim()).unwrap_or(RunKind::PushBranch);
    let need_ref = |what: &str| -> Result<String, String> {
        if git_ref.is_empty() {
            Err(format!("Enter the {what} of the run."))
        } else {
            Ok(git_ref.to_owned())
        }
    };
    let trigger = match kind {
        RunKind::PushBranch | RunKind::Environment => Trigger::PushBranch {
            branch: need_ref("branch")?,
        },
        RunKind::PushTag => Trigger::PushTag {
            tag: need_ref("tag")?,
        },
        RunKind::PullRequest => Trigger::PullRequest {
            number: 1,
            head_ref: "feature".into(),
            base_ref: if git_ref.is_empty() {
                "main".into()
            } else {
                git_ref.to_owned()
            },
        },
        RunKind::WorkflowDispatch => Trigger::WorkflowDispatch {
            git_ref: need_ref("branch or tag")?,
        },
        RunKind::Schedule => Trigger::Schedule {
            git_ref: need_ref("default branch")?,
        },
    };
    let mut run = Run::new(owner, repo, trigger);
    if kind == RunKind::Environment {
        let env = input.environment.trim();
        if env.is_empty() {
            return Err("Enter the environment the job declares.".into());
        }
        run.environment = Some(env.to_owned());
    }
    if form.get(Field::SubjectFormat).trim() == "immutable" {
        run.subject = SubjectFormat::Immutable;
        run.owner_id = form.get(Field::OwnerId).trim().parse().ok();
        run.repo_id = form.get(Field::RepoId).trim().parse().ok();
    }
    Ok(run)
}

/// Evaluates the run against the policy. `generated` is the page's trust policy, if any.
pub fn simulate(
    form: &Form,
    generated: Option<&str>,
    input: &SimulateInput,
) -> Result<Simulation, String> {
    let (policy, policy_source) = if input.policy.trim().is_empty() {
        let text = generated.ok_or(
            "The form has errors, so there is no generated trust policy; fix them or paste a policy.",
        )?;
        (
            read::policy("the generated trust policy", text)?,
            "generated",
        )
    } else {
        (read::policy("the pasted policy", &input.policy)?, "pasted")
    };
    let mut notes = Vec::new();
    let claims: Claims = if input.token.trim().is_empty() {
        let run = run_from_form(form, input)?;
        let map =
            claims::claims(&run).map_err(|e| format!("Cannot build the token's claims: {e}."))?;
        let mut c = Claims::new();
        for (k, v) in map.iter() {
            c.insert(k, crate::iam::OneOrMany::One(v.clone()));
        }
        c
    } else {
        let (c, n) = read::claims("the pasted token payload", &input.token)?;
        notes.extend(n);
        c
    };
    Ok(evaluate(&policy, policy_source, claims, notes))
}

fn evaluate(
    policy: &LoadedPolicy,
    policy_source: &'static str,
    claims: Claims,
    notes: Vec<String>,
) -> Simulation {
    let (provider_arn, provider_from) = read::provider_for(&claims, policy);
    let request = Request {
        claims,
        ..Request::new(provider_arn.clone())
    };
    let decision = eval::evaluate(&policy.document, &request);
    Simulation {
        policy_source,
        claims: request
            .claims
            .iter()
            .map(|(k, v)| (k.to_owned(), v.as_slice().join(", ")))
            .collect(),
        provider_arn,
        provider_from,
        decision,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate;

    fn generated(form: &Form) -> String {
        generate(form)
            .bundle
            .map(|b| b.trust_policy)
            .unwrap_or_default()
    }

    fn input(kind: RunKind, git_ref: &str) -> SimulateInput {
        SimulateInput {
            kind: kind.id().into(),
            git_ref: git_ref.into(),
            ..SimulateInput::default()
        }
    }

    #[test]
    fn generated_policy_admits_its_branch_and_nothing_else() {
        let form = Form::default();
        let policy = generated(&form);
        let ok = simulate(&form, Some(&policy), &input(RunKind::PushBranch, "main")).expect("runs");
        assert!(ok.decision.allowed, "{}", ok.decision.message);
        assert_eq!(ok.provider_from, ProviderFrom::Policy);
        let other =
            simulate(&form, Some(&policy), &input(RunKind::PushBranch, "dev")).expect("runs");
        assert!(!other.decision.allowed);
        assert!(
            other.decision.message.contains("refs/heads/dev"),
            "{}",
            other.decision.message
        );
        let pr =
            simulate(&form, Some(&policy), &input(RunKind::PullRequest, "main")).expect("runs");
        assert!(!pr.decision.allowed);
    }

    #[test]
    fn environment_job_is_refused_by_a_branch_policy() {
        let form = Form::default();
        let policy = generated(&form);
        let mut i = input(RunKind::Environment, "main");
        i.environment = "production".into();
        let sim = simulate(&form, Some(&policy), &i).expect("runs");
        assert!(!sim.decision.allowed);
        assert!(
            sim.claims
                .iter()
                .any(|(k, v)| k == "sub" && v.ends_with(":environment:production"))
        );
    }

    #[test]
    fn pasted_token_and_policy() {
        let form = Form::default();
        let token = r#"{"sub": "repo:octo-org/octo-repo:ref:refs/heads/main", "aud": "sts.amazonaws.com", "iss": "https://token.actions.githubusercontent.com", "exp": 1}"#;
        let sim = simulate(
            &form,
            Some(&generated(&form)),
            &SimulateInput {
                token: token.into(),
                ..SimulateInput::default()
            },
        )
        .expect("runs");
        assert!(sim.decision.allowed);
        let bad = simulate(
            &form,
            None,
            &SimulateInput {
                policy: "{\n  \"Statement\": [,]\n}".into(),
                ..SimulateInput::default()
            },
        );
        let err = bad.expect_err("invalid JSON is refused");
        assert!(err.contains("line 2"), "{err}");
        assert!(simulate(&form, None, &SimulateInput::default()).is_err());
    }
}
