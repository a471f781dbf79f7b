//! Plans the conversion job by job, applies it as text edits, and checks the result.
//!
//! 1. Read each job: where keys enter (configure-aws-credentials inputs, `env:` at any level,
//!    docker/login-action to ECR), which steps call AWS, what blocks conversion.
//! 2. Give every distinct AWS identity (access-key source and partition) its own role reference.
//! 3. Write each job's edits; a job that shares an edit (a workflow-level `env:`, an anchored
//!    step) with a refused job is refused too, so nothing is half-converted.
//! 4. Grant `id-token: write` where it takes effect.
//! 5. Apply, re-parse, and compare with the input's data plus the intended edits.

use std::collections::BTreeSet;

use yaml_serde::Value;

use super::codes;
use super::edit::{self, At, Change, EditKind, Editor, LayoutError, Snip};
use super::model::{self, EnvAt, Job, PermAt, Step, Workflow};
use super::scan::{self, Partition, Source};
use super::subjects::{self, EnvironmentName, SubjectContext};
use super::syntax::{Doc, Kind, NodeId};
use super::verify;
use super::{
    AwsIdentity, Conversion, ConvertOptions, Edit, JobReport, JobStatus, RegionValue, RoleNeed,
    RolePlacement,
};
use crate::diag::{self, Diagnostic, Location, Severity};
use crate::generate::workflow::{AMAZON_ECR_LOGIN, Action, CONFIGURE_AWS_CREDENTIALS};

const CONFIGURE: &str = "aws-actions/configure-aws-credentials";
const ECR_LOGIN: &str = "aws-actions/amazon-ecr-login";
const DOCKER_LOGIN: &str = "docker/login-action";
const RENDER_TASK_DEF: &str = "aws-actions/amazon-ecs-render-task-definition";
const CHECKOUT: &str = "actions/checkout";
const CHINA_AUDIENCE: &str = "sts.amazonaws.com.cn";
const ROLE_NAME: &str = "AWS_ROLE_ARN";

/// What `read-all` grants, written out (GitHub's scope list; `id-token` has no read level).
const READ_ALL_SCOPES: [&str; 13] = [
    "actions",
    "attestations",
    "checks",
    "contents",
    "deployments",
    "discussions",
    "issues",
    "models",
    "packages",
    "pages",
    "pull-requests",
    "security-events",
    "statuses",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Access,
    Secret,
    Session,
}

fn env_key(name: &str) -> Option<KeyKind> {
    match name {
        "AWS_ACCESS_KEY_ID" => Some(KeyKind::Access),
        "AWS_SECRET_ACCESS_KEY" => Some(KeyKind::Secret),
        "AWS_SESSION_TOKEN" => Some(KeyKind::Session),
        _ => None,
    }
}

fn input_key(name: &str) -> Option<KeyKind> {
    match name {
        "aws-access-key-id" => Some(KeyKind::Access),
        "aws-secret-access-key" => Some(KeyKind::Secret),
        "aws-session-token" => Some(KeyKind::Session),
        _ => None,
    }
}

/// An entry that carries a key.
#[derive(Debug, Clone)]
struct KeyEntry {
    map: NodeId,
    idx: usize,
    kind: KeyKind,
    name: String,
    source: Source,
    key_start: usize,
    raw: String,
}

/// The keys in an `env:` mapping.
#[derive(Debug, Clone)]
struct EnvKeys {
    at: EnvAt,
    keys: Vec<KeyEntry>,
}

impl EnvKeys {
    fn get(&self, kind: KeyKind) -> Option<&KeyEntry> {
        self.keys.iter().find(|k| k.kind == kind)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StepRole {
    Configure,
    DockerLogin,
    AwsAction,
    Other,
}

#[derive(Debug, Clone)]
struct StepFacts {
    role: StepRole,
    /// Key inputs in `with:` (configure inputs, login username/password, unknown inputs).
    with_keys: Vec<KeyEntry>,
    env: Option<EnvKeys>,
    needs_aws: bool,
    has_role: bool,
    /// An action that takes keys as inputs and that Keyless does not know.
    unknown_key_action: bool,
    registry: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Workflow,
    Job,
    Step,
}

#[derive(Debug, Clone)]
enum SiteKind {
    /// A configure-aws-credentials step that used keys.
    Configure { step: usize },
    /// A new configure step before this step.
    Insert { before: usize, visible: bool },
}

/// A place where one AWS identity's keys are replaced by a role.
#[derive(Debug, Clone)]
struct Site {
    kind: SiteKind,
    access: Source,
    secret: Option<Source>,
    session: bool,
    region: RegionValue,
    /// For an inserted step: the `aws-region` text to write.
    region_text: Option<String>,
    partition: Partition,
    /// The existing `role-to-assume` (configure steps that already assumed a role).
    existing_role: Option<String>,
    role: Option<String>,
}

#[derive(Debug, Clone)]
struct Refusal {
    code: &'static str,
    reason: String,
    pos: usize,
}

#[derive(Debug, Clone, Default)]
struct JobWork {
    subjects: Vec<SubjectContext>,
    steps: Vec<StepFacts>,
    sites: Vec<Site>,
    job_keys: Option<EnvKeys>,
    /// The job has something to convert.
    has_keys: bool,
    /// A reusable-workflow caller that passes keys in `secrets:`.
    caller_keys: Vec<KeyEntry>,
    /// The workflow-level keys reach a step that uses them.
    uses_wf_keys: bool,
    /// The workflow-level keys reach this job at all.
    receives_wf_keys: bool,
    refusals: Vec<Refusal>,
    changes: Vec<Change>,
    /// Findings that apply only when the job is converted.
    notes: Vec<Diagnostic>,
}

impl JobWork {
    fn converting(&self) -> bool {
        self.refusals.is_empty() && (self.has_keys || !self.caller_keys.is_empty())
    }

    fn refuse(&mut self, code: &'static str, pos: usize, reason: impl Into<String>) {
        self.refusals.push(Refusal {
            code,
            reason: reason.into(),
            pos,
        });
    }
}

struct Cx<'a> {
    src: &'a str,
    doc: &'a Doc,
    wf: &'a Workflow,
    ed: Editor<'a>,
    opts: &'a ConvertOptions,
    wf_keys: Option<EnvKeys>,
}

impl Cx<'_> {
    fn line_col(&self, pos: usize) -> (usize, usize) {
        self.doc.lines.line_col(self.src, pos)
    }

    fn diag(
        &self,
        code: &'static str,
        severity: Severity,
        pos: usize,
        message: String,
        help: &str,
    ) -> Diagnostic {
        let (line, column) = self.line_col(pos);
        Diagnostic {
            code,
            severity,
            artifact: None,
            location: Location::Line { line, column },
            message,
            help: help.to_owned(),
        }
    }

    fn keys_in(&self, map: NodeId, f: fn(&str) -> Option<KeyKind>) -> Vec<KeyEntry> {
        let map = self.doc.resolve(map);
        self.doc
            .entries(map)
            .iter()
            .enumerate()
            .filter_map(|(idx, e)| {
                let kind = f(&e.key)?;
                let raw = self.doc.str(e.value).unwrap_or_default().to_owned();
                Some(KeyEntry {
                    map,
                    idx,
                    kind,
                    name: e.key.clone(),
                    source: scan::source(&raw),
                    key_start: e.key_start,
                    raw,
                })
            })
            .collect()
    }

    fn env_keys(&self, at: Option<EnvAt>) -> Option<EnvKeys> {
        let at = at?;
        let keys = self.keys_in(at.map, env_key);
        (!keys.is_empty()).then_some(EnvKeys { at, keys })
    }

    /// A value that passes an access key: a secret named like one, or a literal key.
    fn is_key_ref(raw: &str, source: &Source) -> bool {
        if source.literal {
            return !scan::literal_access_keys(raw).is_empty() || scan::looks_like_secret_key(raw);
        }
        let text = source.text.to_ascii_uppercase().replace('-', "_");
        [
            "ACCESS_KEY",
            "SECRET_ACCESS",
            "SECRET_KEY",
            "AWS_KEY",
            "KEY_ID",
        ]
        .iter()
        .any(|p| text.contains(p))
    }

    fn is_key_input_name(name: &str) -> bool {
        let n = name.to_ascii_lowercase().replace('_', "-");
        n.contains("access-key") || n.contains("secret-key") || n.contains("secret-access")
    }

    /// A literal `env` value visible to a step (its own env, the job's, the workflow's).
    fn env_value(&self, job: &Job, step: Option<&Step>, var: &str) -> Option<String> {
        [step.and_then(|s| s.env), job.env, self.wf.env]
            .into_iter()
            .flatten()
            .find_map(|at| self.doc.get(at.map, var))
            .and_then(|v| self.doc.str(v))
            .filter(|v| !v.contains("${{"))
            .map(str::to_owned)
    }

    fn step_facts(&self, job: &Job, step: &Step) -> StepFacts {
        let doc = self.doc;
        let action = step.uses.as_ref().map(|u| u.action.as_str());
        let env = self.env_keys(step.env);
        let with = step.with.map(|(_, w)| w);
        let registry = with
            .and_then(|w| doc.get(w, "registry"))
            .and_then(|r| doc.str(r))
            .map(
                |r| match scan::sole_expression(r).and_then(|e| e.strip_prefix("env.")) {
                    Some(var) => self
                        .env_value(job, Some(step), var)
                        .unwrap_or_else(|| r.to_owned()),
                    None => r.to_owned(),
                },
            );
        let mut facts = StepFacts {
            role: StepRole::Other,
            with_keys: Vec::new(),
            env,
            needs_aws: false,
            has_role: false,
            unknown_key_action: false,
            registry,
        };
        match action {
            Some(CONFIGURE) => {
                facts.role = StepRole::Configure;
                if let Some(w) = with {
                    facts.with_keys = self.keys_in(w, input_key);
                    facts.has_role = doc
                        .get(w, "role-to-assume")
                        .and_then(|r| doc.str(r))
                        .is_some_and(|r| !r.trim().is_empty());
                }
            }
            Some(DOCKER_LOGIN) => {
                facts.role = StepRole::DockerLogin;
                let ecr = facts.registry.as_deref().is_some_and(scan::is_ecr_registry)
                    || with
                        .and_then(|w| doc.get(w, "ecr"))
                        .and_then(|v| doc.str(v))
                        .is_some_and(|v| v == "true");
                if let Some(w) = with {
                    for (idx, e) in doc.entries(w).iter().enumerate() {
                        let kind = match e.key.as_str() {
                            "username" => KeyKind::Access,
                            "password" => KeyKind::Secret,
                            _ => continue,
                        };
                        let raw = doc.str(e.value).unwrap_or_default().to_owned();
                        let source = scan::source(&raw);
                        if Self::is_key_ref(&raw, &source) {
                            facts.with_keys.push(KeyEntry {
                                map: doc.resolve(w),
                                idx,
                                kind,
                                name: e.key.clone(),
                                source,
                                key_start: e.key_start,
                                raw,
                            });
                        }
                    }
                }
                facts.needs_aws = ecr;
                facts.unknown_key_action = !ecr && !facts.with_keys.is_empty();
            }
            Some(RENDER_TASK_DEF) => {}
            Some(a) if a.starts_with("aws-actions/") => {
                facts.role = StepRole::AwsAction;
                facts.needs_aws = true;
            }
            Some(a) => {
                if a.starts_with("docker://") && a.contains("aws-cli") || scan::action_looks_aws(a)
                {
                    facts.needs_aws = true;
                }
                if let Some(w) = with {
                    for (idx, e) in doc.entries(w).iter().enumerate() {
                        let raw = doc.str(e.value).unwrap_or_default().to_owned();
                        let source = scan::source(&raw);
                        if Self::is_key_input_name(&e.key) || Self::is_key_ref(&raw, &source) {
                            let upper = format!("{} {}", e.key, source.text).to_ascii_uppercase();
                            let kind = if upper.contains("SECRET") {
                                KeyKind::Secret
                            } else {
                                KeyKind::Access
                            };
                            facts.with_keys.push(KeyEntry {
                                map: doc.resolve(w),
                                idx,
                                kind,
                                name: e.key.clone(),
                                source,
                                key_start: e.key_start,
                                raw,
                            });
                        }
                    }
                }
                facts.unknown_key_action = !facts.with_keys.is_empty();
            }
            None => {}
        }
        if step.run.as_deref().is_some_and(scan::script_calls_aws) {
            facts.needs_aws = true;
        }
        // Keys, or other AWS_* settings, given to the step itself.
        let aws_env = step.env.is_some_and(|at| {
            doc.entries(at.map)
                .iter()
                .any(|e| e.key.starts_with("AWS_"))
        });
        if (facts.env.is_some() || aws_env) && facts.role != StepRole::Configure {
            facts.needs_aws = true;
        }
        if facts.unknown_key_action {
            facts.needs_aws = true;
        }
        facts
    }

    /// The env keys reaching a step: its own, else the job's, else the workflow's.
    fn reaching<'b>(
        &'b self,
        facts: &'b StepFacts,
        job_keys: Option<&'b EnvKeys>,
    ) -> Option<(Level, &'b EnvKeys)> {
        if let Some(k) = &facts.env {
            return Some((Level::Step, k));
        }
        if let Some(k) = job_keys {
            return Some((Level::Job, k));
        }
        self.wf_keys.as_ref().map(|k| (Level::Workflow, k))
    }

    fn region_value(&self, job: &Job, step: Option<&Step>, text: &str) -> RegionValue {
        if !text.contains("${{") {
            return RegionValue::Literal {
                region: text.to_owned(),
            };
        }
        let mut resolved = Vec::new();
        if let Some(expr) = scan::sole_expression(text) {
            if let Some(var) = expr.strip_prefix("env.") {
                resolved.extend(self.env_value(job, step, var));
            } else if let Some(var) = expr.strip_prefix("matrix.")
                && let Some(values) = subjects::matrix_values(self.doc, job, var)
            {
                resolved = values;
            }
        }
        RegionValue::Expression {
            text: text.to_owned(),
            resolved,
        }
    }

    fn partition(region: &RegionValue) -> Partition {
        match region {
            RegionValue::Literal { region } => Partition::of_region(region),
            RegionValue::Expression { resolved, .. } => {
                let parts: BTreeSet<Partition> =
                    resolved.iter().map(|r| Partition::of_region(r)).collect();
                match parts.len() {
                    1 => parts.into_iter().next().unwrap_or(Partition::Unknown),
                    _ => Partition::Unknown,
                }
            }
            RegionValue::Missing => Partition::Unknown,
        }
    }

    /// The `aws-region` text for a credentials step inserted before `step`.
    fn insert_region(&self, job: &Job, step: &Step, facts: &StepFacts) -> Option<String> {
        let doc = self.doc;
        for var in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let Some(at) = step.env
                && let Some(v) = doc.get(at.map, var).and_then(|v| doc.str(v))
            {
                return Some(v.to_owned());
            }
        }
        for var in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            for at in [job.env, self.wf.env].into_iter().flatten() {
                if doc.get(at.map, var).is_some() {
                    return Some(format!("${{{{ env.{var} }}}}"));
                }
            }
        }
        if let Some(region) = facts.registry.as_deref().and_then(scan::region_of_registry) {
            return Some(region);
        }
        if let Some(region) = step.run.as_deref().and_then(scan::region_in_script) {
            return Some(region);
        }
        self.opts.region.clone()
    }

    fn analyze(&self, job: &Job) -> JobWork {
        let doc = self.doc;
        let mut w = JobWork {
            subjects: subjects::derive(doc, self.wf, job),
            ..JobWork::default()
        };
        if job.calls.is_some() {
            if let Some(secrets) = job.secrets.filter(|s| doc.is_map(*s)) {
                for (idx, e) in doc.entries(secrets).iter().enumerate() {
                    let raw = doc.str(e.value).unwrap_or_default().to_owned();
                    let source = scan::source(&raw);
                    let kind = env_key(&e.key).or_else(|| {
                        Self::is_key_ref(&raw, &source).then(|| {
                            if source.text.to_ascii_uppercase().contains("SECRET") {
                                KeyKind::Secret
                            } else {
                                KeyKind::Access
                            }
                        })
                    });
                    if let Some(kind) = kind {
                        w.caller_keys.push(KeyEntry {
                            map: doc.resolve(secrets),
                            idx,
                            kind,
                            name: e.key.clone(),
                            source,
                            key_start: e.key_start,
                            raw,
                        });
                    }
                }
            }
            return w;
        }
        let job_keys = self.env_keys(job.env);
        let steps: Vec<StepFacts> = job.steps.iter().map(|s| self.step_facts(job, s)).collect();
        // The workflow's keys reach the job unless its own env: sets every one of them.
        w.receives_wf_keys = !job.steps.is_empty()
            && self.wf_keys.as_ref().is_some_and(|wk| {
                wk.keys.iter().any(|k| {
                    job_keys
                        .as_ref()
                        .is_none_or(|jk| !jk.keys.iter().any(|j| j.name == k.name))
                })
            });

        // Refuse actions that take the keys as inputs and that Keyless does not know.
        for (step, facts) in job.steps.iter().zip(&steps) {
            if facts.unknown_key_action {
                let action = step
                    .uses
                    .as_ref()
                    .map_or("?", |u| u.action.as_str())
                    .to_owned();
                let inputs: Vec<&str> = facts.with_keys.iter().map(|k| k.name.as_str()).collect();
                w.refuse(
                    codes::UNKNOWN_KEY_ACTION,
                    step.start,
                    format!(
                        "step {}{} uses {action}, which takes the access keys as inputs ({}); Keyless does not know whether it can use OIDC credentials instead, so the job is left as it is",
                        step.index + 1,
                        step_label(self.doc, step),
                        inputs.join(", ")
                    ),
                );
            }
        }

        let first_configure = steps.iter().position(|f| f.role == StepRole::Configure);
        let mut sites = Vec::new();
        let mut covered_sources: Vec<String> = Vec::new();
        let mut insert_before: Option<usize> = None;

        for (i, (step, facts)) in job.steps.iter().zip(&steps).enumerate() {
            let reaching = self.reaching(facts, job_keys.as_ref());
            if facts.role == StepRole::Configure {
                let env_access =
                    reaching.and_then(|(_, k)| k.get(KeyKind::Access).or(k.keys.first()));
                if let Some((Level::Workflow, _)) = reaching
                    && facts.with_keys.is_empty()
                {
                    w.uses_wf_keys = true;
                }
                let with_access = facts
                    .with_keys
                    .iter()
                    .find(|k| k.kind == KeyKind::Access)
                    .or(facts.with_keys.first());
                // Keys in its inputs, or in the env it sees (which it uses to assume a role, or
                // as the credentials themselves).
                let key_based = !facts.with_keys.is_empty() || env_access.is_some();
                if !key_based {
                    continue;
                }
                let access = with_access.or(env_access);
                let Some(access) = access else { continue };
                let secret = facts
                    .with_keys
                    .iter()
                    .chain(reaching.map_or(&[][..], |(_, k)| &k.keys[..]))
                    .find(|k| k.kind == KeyKind::Secret)
                    .map(|k| k.source.clone());
                let session = facts
                    .with_keys
                    .iter()
                    .chain(reaching.map_or(&[][..], |(_, k)| &k.keys[..]))
                    .any(|k| k.kind == KeyKind::Session);
                let region_text = step
                    .with
                    .and_then(|(_, wmap)| doc.get(wmap, "aws-region"))
                    .and_then(|r| doc.str(r));
                let region = match region_text {
                    Some(t) => self.region_value(job, Some(step), t),
                    None => RegionValue::Missing,
                };
                let existing_role = if facts.has_role {
                    step.with
                        .and_then(|(_, wmap)| doc.get(wmap, "role-to-assume"))
                        .and_then(|r| doc.str(r))
                        .map(str::to_owned)
                } else {
                    None
                };
                sites.push(Site {
                    kind: SiteKind::Configure { step: i },
                    access: access.source.clone(),
                    secret,
                    session,
                    partition: Self::partition(&region),
                    region,
                    region_text: None,
                    existing_role,
                    role: None,
                });
                continue;
            }
            let login_keys = facts.role == StepRole::DockerLogin && !facts.with_keys.is_empty();
            if !facts.needs_aws || facts.unknown_key_action {
                continue;
            }
            let access = if login_keys {
                facts
                    .with_keys
                    .iter()
                    .find(|k| k.kind == KeyKind::Access)
                    .or(facts.with_keys.first())
            } else {
                reaching.and_then(|(_, k)| k.get(KeyKind::Access).or(k.keys.first()))
            };
            let Some(access) = access else { continue };
            if let Some((Level::Workflow, _)) = reaching
                && !login_keys
            {
                w.uses_wf_keys = true;
            }
            let before_configure = first_configure.is_none_or(|c| c > i);
            if before_configure {
                if !covered_sources.contains(&access.source.text) {
                    covered_sources.push(access.source.text.clone());
                }
                if insert_before.is_none() {
                    insert_before = Some(i);
                }
            } else if let (Some(Level::Step), Some(site)) = (reaching.map(|r| r.0), sites.last()) {
                let site: &Site = site;
                if site.access.text != access.source.text && !login_keys {
                    w.refuse(
                        codes::MIXED_KEYS,
                        step.start,
                        format!(
                            "step {} uses the keys from {} while the credentials step before it uses {}; one job would need two roles in turn",
                            i + 1,
                            access.source.text,
                            site.access.text
                        ),
                    );
                }
            }
        }
        if covered_sources.len() > 1 {
            w.refuse(
                codes::MIXED_KEYS,
                job.key_start,
                format!(
                    "its steps use different key pairs ({}); one credentials step cannot replace both, so the job is left to be converted by hand",
                    covered_sources.join(", ")
                ),
            );
        }

        let mut visible = true;
        if insert_before.is_none()
            && sites.is_empty()
            && job_keys.is_some()
            && !job.steps.is_empty()
        {
            // Keys given to the whole job, but no step visibly calls AWS: keep the job's access
            // by adding the credentials step before the first step after checkout.
            let first = job
                .steps
                .iter()
                .position(|s| !s.uses.as_ref().is_some_and(|u| u.is(CHECKOUT)))
                .unwrap_or(job.steps.len().saturating_sub(1));
            insert_before = Some(first);
            visible = false;
        }
        if let Some(before) = insert_before {
            let step = &job.steps[before];
            let facts = &steps[before];
            let reaching = self.reaching(facts, job_keys.as_ref());
            let login_keys = facts.role == StepRole::DockerLogin && !facts.with_keys.is_empty();
            let keys: Vec<&KeyEntry> = if login_keys {
                facts.with_keys.iter().collect()
            } else {
                reaching.map_or(Vec::new(), |(_, k)| k.keys.iter().collect())
            };
            let access = keys
                .iter()
                .find(|k| k.kind == KeyKind::Access)
                .or(keys.first())
                .map(|k| k.source.clone());
            if let Some(access) = access {
                let region_text = self.insert_region(job, step, facts);
                let region = match &region_text {
                    Some(t) => self.region_value(job, Some(step), t),
                    None => RegionValue::Missing,
                };
                if region_text.is_none() {
                    w.refuse(
                        codes::REGION_UNKNOWN,
                        step.start,
                        format!(
                            "it needs a new credentials step before step {}, and Keyless found no AWS region for it (no AWS_REGION or AWS_DEFAULT_REGION in env, no ECR registry host, no --region); set the region option",
                            before + 1
                        ),
                    );
                }
                sites.push(Site {
                    kind: SiteKind::Insert { before, visible },
                    secret: keys
                        .iter()
                        .find(|k| k.kind == KeyKind::Secret)
                        .map(|k| k.source.clone()),
                    session: keys.iter().any(|k| k.kind == KeyKind::Session),
                    partition: Self::partition(&region),
                    access,
                    region,
                    region_text,
                    existing_role: None,
                    role: None,
                });
            }
        }
        for site in &sites {
            if site.access.dynamic {
                w.refuse(
                    codes::DYNAMIC_KEYS,
                    job.key_start,
                    format!(
                        "its access key is chosen at run time ({}); each key it can pick is a different AWS identity that needs its own role",
                        site.access.text
                    ),
                );
            }
        }
        let step_env_keys = steps.iter().any(|f| f.env.is_some());
        let login_keys = steps
            .iter()
            .any(|f| f.role == StepRole::DockerLogin && !f.with_keys.is_empty());
        w.has_keys = !sites.is_empty()
            || step_env_keys
            || login_keys
            || job_keys.is_some()
            || w.uses_wf_keys
            || !w.refusals.is_empty();
        w.sites = sites;
        w.steps = steps;
        w.job_keys = job_keys;
        w
    }
}

/// Everything the planner computes, before the self-check.
pub(crate) fn run(
    src: &str,
    doc: &Doc,
    input: &Value,
    wf: &Workflow,
    opts: &ConvertOptions,
) -> Conversion {
    let ed = Editor::new(src, doc);
    let mut cx = Cx {
        src,
        doc,
        wf,
        ed,
        opts,
        wf_keys: None,
    };
    cx.wf_keys = cx.env_keys(wf.env);
    let mut works: Vec<JobWork> = wf.jobs.iter().map(|j| cx.analyze(j)).collect();

    assign_roles(&cx, &mut works);
    for (j, work) in works.iter_mut().enumerate() {
        job_changes(&cx, &wf.jobs[j], work);
    }
    let wf_changes = workflow_env_changes(&cx);
    let wf_ranges: Vec<(usize, usize)> = wf_changes.as_ref().map_or(Vec::new(), |cs| {
        cs.iter().map(|c| (c.start, c.end)).collect()
    });

    // Refuse jobs that share an edit with a refused job, and plan permissions, until stable.
    let mut perm_changes: Vec<(Option<usize>, Change)>;
    let mut perm_notes: Vec<(usize, Diagnostic)>;
    let mut rounds = 0;
    loop {
        rounds += 1;
        cascade(&cx, &mut works, &wf_ranges);
        let (changes, notes, refusals) = plan_permissions(&cx, &works);
        perm_changes = changes;
        perm_notes = notes;
        if refusals.is_empty() || rounds > wf.jobs.len() + 2 {
            for (j, r) in refusals {
                works[j].refusals.push(r);
            }
            if rounds > wf.jobs.len() + 2 {
                cascade(&cx, &mut works, &wf_ranges);
            }
            break;
        }
        for (j, r) in refusals {
            works[j].refusals.push(r);
        }
    }
    for (j, d) in perm_notes {
        if works[j].converting() {
            works[j].notes.push(d);
        }
    }

    finish(&cx, input, works, wf_changes, perm_changes)
}

/// Gives every distinct identity (access-key source and partition) its own role reference.
fn assign_roles(cx: &Cx, works: &mut [JobWork]) {
    // (source text, partition group) -> index
    let mut idents: Vec<(String, Partition, Option<String>)> = Vec::new();
    let group = |p: Partition| match p {
        Partition::Unknown => Partition::Aws,
        other => other,
    };
    for w in works.iter() {
        if !w.refusals.is_empty() {
            continue;
        }
        for site in w.sites.iter().filter(|s| s.existing_role.is_none()) {
            let key = (site.access.text.clone(), group(site.partition));
            if !idents.iter().any(|(t, p, _)| (t, p) == (&key.0, &key.1)) {
                idents.push((key.0, key.1, site.access.name.clone()));
            }
        }
    }
    let mut names: Vec<String> = Vec::new();
    for (_, partition, source_name) in &idents {
        let base = if idents.len() == 1 {
            ROLE_NAME.to_owned()
        } else {
            derive_role_name(source_name.as_deref())
        };
        let mut name = base.clone();
        if names.contains(&name) {
            name = match partition {
                Partition::AwsUsGov => format!("{base}_GOVCLOUD"),
                Partition::AwsCn => format!("{base}_CHINA"),
                _ => base.clone(),
            };
        }
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        names.push(name);
    }
    for w in works.iter_mut() {
        let mut refusals = Vec::new();
        for site in w.sites.iter_mut() {
            if let Some(existing) = &site.existing_role {
                site.role = Some(existing.clone());
                continue;
            }
            let key = (site.access.text.clone(), group(site.partition));
            let Some(i) = idents
                .iter()
                .position(|(t, p, _)| (t, p) == (&key.0, &key.1))
            else {
                continue;
            };
            site.role = match &cx.opts.role {
                RolePlacement::Vars => Some(format!("${{{{ vars.{} }}}}", names[i])),
                RolePlacement::Secrets => Some(format!("${{{{ secrets.{} }}}}", names[i])),
                RolePlacement::Inline(arn) => {
                    let arn_partition = arn
                        .strip_prefix("arn:")
                        .and_then(|r| r.split(':').next())
                        .unwrap_or("aws");
                    if i > 0 {
                        refusals.push((
                            codes::SEPARATE_ROLES,
                            format!(
                                "this job uses a different AWS identity ({}) from the one the inline role ARN replaces ({}); an inline ARN names one role, so choose the vars or secrets placement to give each identity its own role",
                                site.access.text, idents[0].0
                            ),
                        ));
                        None
                    } else if site.partition != Partition::Unknown
                        && site.partition.arn() != arn_partition
                    {
                        refusals.push((
                            codes::INLINE_ARN_PARTITION,
                            format!(
                                "the role ARN is in partition `{arn_partition}` but this job's region is in {} (`{}`)",
                                site.partition.label(),
                                site.partition.arn()
                            ),
                        ));
                        None
                    } else {
                        Some(arn.clone())
                    }
                }
            };
        }
        // Position 0 stands for "the job's key", filled in when the finding is made.
        for (code, reason) in refusals {
            w.refuse(code, 0, reason);
        }
    }
}

/// `PROD_AWS_ACCESS_KEY_ID` -> `PROD_AWS_ROLE_ARN`; `AWS_ACCESS_KEY_ID_STAGING` ->
/// `AWS_ROLE_ARN_STAGING`; anything else gets `_ROLE_ARN` appended.
fn derive_role_name(source: Option<&str>) -> String {
    let Some(name) = source else {
        return ROLE_NAME.to_owned();
    };
    // Variable and secret names are letters, digits and `_`, not starting with a digit.
    let upper: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    let upper = if upper.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{upper}")
    } else {
        upper
    };
    for pattern in ["ACCESS_KEY_ID", "ACCESS_KEY", "KEY_ID"] {
        if upper.contains(pattern) {
            return upper.replacen(pattern, "ROLE_ARN", 1);
        }
    }
    format!("{upper}_ROLE_ARN")
}

/// ` ("Step name")` when the step has a name.
fn step_label(doc: &Doc, step: &Step) -> String {
    doc.get(step.node, "name")
        .and_then(|n| doc.str(n))
        .map_or(String::new(), |n| format!(" ({n:?})"))
}

fn layout_refusal(w: &mut JobWork, e: LayoutError) {
    w.refuse(
        codes::JOB_REFUSED,
        e.pos,
        format!("Keyless cannot edit it in place here: {}", e.message),
    );
}

/// Removes key entries from an env mapping; the whole `env:` entry when nothing else is left.
fn remove_env_keys(cx: &Cx, keys: &EnvKeys, what: &str) -> Result<Vec<Change>, LayoutError> {
    let doc = cx.doc;
    let total = doc.entries(keys.at.map).len();
    let names: Vec<&str> = keys.keys.iter().map(|k| k.name.as_str()).collect();
    if keys.keys.len() == total {
        let summary = format!(
            "remove the {what} env: ({}), which held only the keys",
            names.join(", ")
        );
        if doc.node(keys.at.map).anchor.is_some()
            && let Some((holder, idx)) = holder_of(doc, keys.at.map)
        {
            // The mapping is anchored: every `env: *alias` that repeats it goes too, so no alias
            // is left without its anchor. An alias used anywhere else keeps an empty `{}`.
            let summary = format!(
                "remove the anchored env: &{} ({}) and the env: entries that alias it, which held only the keys",
                doc.node(keys.at.map).anchor.as_deref().unwrap_or_default(),
                names.join(", ")
            );
            return match alias_entries(doc, keys.at.map) {
                Some(aliases) => std::iter::once((holder, idx))
                    .chain(aliases)
                    .map(|(map, i)| {
                        cx.ed
                            .remove_entry(map, i, EditKind::RemoveKeyEnv, summary.clone())
                    })
                    .collect(),
                None => Ok(vec![cx.ed.empty_map(
                    holder,
                    idx,
                    EditKind::RemoveKeyEnv,
                    summary,
                )?]),
            };
        }
        return Ok(vec![cx.ed.remove_entry(
            keys.at.owner,
            keys.at.entry,
            EditKind::RemoveKeyEnv,
            summary,
        )?]);
    }
    let idxs: Vec<usize> = keys.keys.iter().map(|k| k.idx).collect();
    cx.ed.remove_entries(
        keys.at.map,
        &idxs,
        EditKind::RemoveKeyEnv,
        format!("remove {} from the {what} env:", names.join(" and ")),
    )
}

/// The mapping entries whose value is an alias of `node`; `None` when an alias of it is used
/// anywhere else (as a sequence item).
fn alias_entries(doc: &Doc, node: NodeId) -> Option<Vec<(NodeId, usize)>> {
    let is_alias =
        |id: NodeId| matches!(doc.node(id).kind, Kind::Alias { target } if target == node);
    let mut out = Vec::new();
    for (id, n) in doc.nodes.iter().enumerate() {
        match &n.kind {
            Kind::Map { entries, .. } => {
                for (i, e) in entries.iter().enumerate() {
                    if is_alias(e.value) {
                        out.push((id, i));
                    }
                }
            }
            Kind::Seq { items, .. } if items.iter().any(|it| is_alias(it.value)) => return None,
            _ => {}
        }
    }
    Some(out)
}

/// The mapping entry whose value is written at `node` (where an anchor is defined).
fn holder_of(doc: &Doc, node: NodeId) -> Option<(NodeId, usize)> {
    doc.nodes
        .iter()
        .enumerate()
        .find_map(|(id, n)| match &n.kind {
            Kind::Map { entries, .. } => entries
                .iter()
                .position(|e| e.value == node)
                .map(|i| (id, i)),
            _ => None,
        })
}

fn role_snip(role: &str) -> Snip {
    Snip::str(role)
}

fn action_snip(action: &Action, pin: bool) -> Snip {
    if pin {
        Snip::str_with_comment(format!("{}@{}", action.name, action.sha), action.version)
    } else {
        Snip::str(format!("{}@{}", action.name, action.major))
    }
}

/// The major version of an action reference: from the tag, or from a `# vX` comment beside a
/// SHA pin.
fn major_of(cx: &Cx, step: &Step) -> Option<u32> {
    let uses = step.uses.as_ref()?;
    let r = uses.git_ref.as_str();
    let from = |s: &str| -> Option<u32> {
        let s = s.trim();
        let s = s
            .strip_prefix("tag=")
            .or_else(|| s.strip_prefix("pin@"))
            .unwrap_or(s);
        let digits: String = s
            .strip_prefix('v')?
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    };
    if crate::input::is_full_sha(r) {
        let node = cx.doc.node(uses.node);
        let line = cx.doc.lines.line_of(node.end);
        let end = cx.doc.lines.content_end(cx.src, line);
        let rest = cx.src.get(node.end..end)?.trim_start();
        return from(rest.strip_prefix('#')?);
    }
    from(r)
}

/// A commit SHA shortened to 12 characters; tags as they are.
fn short_ref(r: &str) -> &str {
    if crate::input::is_full_sha(r) {
        &r[..12]
    } else {
        r
    }
}

fn current_of(action: &str) -> Option<&'static Action> {
    match action {
        CONFIGURE => Some(&CONFIGURE_AWS_CREDENTIALS),
        ECR_LOGIN => Some(&AMAZON_ECR_LOGIN),
        _ => None,
    }
}

/// Writes one job's edits (not permissions).
fn job_changes(cx: &Cx, job: &Job, w: &mut JobWork) {
    if !w.has_keys {
        return;
    }
    match build_job_changes(cx, job, w) {
        Ok(changes) => w.changes = changes,
        Err(e) => layout_refusal(w, e),
    }
}

fn build_job_changes(cx: &Cx, job: &Job, w: &mut JobWork) -> Result<Vec<Change>, LayoutError> {
    let doc = cx.doc;
    let ed = &cx.ed;
    let mut changes = Vec::new();
    let mut notes = Vec::new();
    let sites = w.sites.clone();
    for site in &sites {
        match &site.kind {
            SiteKind::Configure { step } => {
                let step = &job.steps[*step];
                let facts = &w.steps[step.index];
                let mut keys: Vec<&KeyEntry> = facts.with_keys.iter().collect();
                keys.sort_by_key(|k| k.idx);
                let with = step.with.map(|(_, m)| m);
                if site.existing_role.is_none() {
                    let Some(role) = &site.role else { continue };
                    let summary = format!("use role-to-assume {role} instead of the access keys");
                    match (keys.first(), with) {
                        (Some(first), _) => {
                            changes.push(ed.replace_entry(
                                first.map,
                                first.idx,
                                "role-to-assume",
                                &role_snip(role),
                                EditKind::AddRoleToAssume,
                                format!("replace {} with role-to-assume: {role}", first.name),
                            )?);
                            keys.remove(0);
                        }
                        (None, Some(with)) => {
                            let at = doc
                                .entry(with, "aws-region")
                                .map_or(At::End, |(i, _)| At::Before(i));
                            changes.push(ed.add_entry(
                                with,
                                at,
                                "role-to-assume",
                                &role_snip(role),
                                EditKind::AddRoleToAssume,
                                summary,
                            )?);
                        }
                        (None, None) => {
                            let at = doc
                                .entry(step.node, "uses")
                                .map_or(At::End, |(i, _)| At::After(i));
                            changes.push(ed.add_entry(
                                step.node,
                                at,
                                "with",
                                &Snip::Map(vec![("role-to-assume".to_owned(), role_snip(role))]),
                                EditKind::AddRoleToAssume,
                                summary,
                            )?);
                        }
                    }
                } else {
                    notes.push(cx.diag(
                        codes::EXISTING_ROLE,
                        Severity::Warning,
                        step.start,
                        format!(
                            "step {} of job `{}` used the access keys to assume {}; with OIDC the job assumes that role directly, so its trust policy must now admit GitHub's OIDC provider and this job's subjects",
                            step.index + 1,
                            job.id,
                            site.existing_role.as_deref().unwrap_or("its role")
                        ),
                        "Add the OIDC trust statement to that role (or create a new role) before merging the converted workflow.",
                    ));
                }
                if let Some(first) = keys.first() {
                    let names: Vec<&str> = keys.iter().map(|k| k.name.as_str()).collect();
                    let idxs: Vec<usize> = keys.iter().map(|k| k.idx).collect();
                    changes.extend(ed.remove_entries(
                        first.map,
                        &idxs,
                        EditKind::RemoveKeyInput,
                        format!(
                            "remove the {} input{}",
                            names.join(" and "),
                            if names.len() > 1 { "s" } else { "" }
                        ),
                    )?);
                }
                if site.partition == Partition::AwsCn
                    && let Some(with) = with.filter(|w| doc.get(*w, "audience").is_none())
                {
                    changes.push(ed.add_entry(
                        with,
                        At::End,
                        "audience",
                        &Snip::str(CHINA_AUDIENCE),
                        EditKind::AddAudience,
                        "add audience: sts.amazonaws.com.cn for the AWS China region".to_owned(),
                    )?);
                    notes.push(cx.diag(
                            codes::CHINA_AUDIENCE,
                            Severity::Suggestion,
                            step.start,
                            format!(
                                "job `{}` uses an AWS China region, whose STS expects the token audience sts.amazonaws.com.cn; Keyless added that audience",
                                job.id
                            ),
                            "Register sts.amazonaws.com.cn as a client ID of the OIDC provider in the China account.",
                        ));
                }
            }
            SiteKind::Insert { before, visible } => {
                let Some(role) = &site.role else { continue };
                let Some(region) = &site.region_text else {
                    continue;
                };
                let Some(seq) = job.steps_seq else { continue };
                let mut with = vec![
                    ("role-to-assume".to_owned(), role_snip(role)),
                    ("aws-region".to_owned(), Snip::str(region.clone())),
                ];
                if site.partition == Partition::AwsCn {
                    with.push(("audience".to_owned(), Snip::str(CHINA_AUDIENCE)));
                }
                let snip = Snip::Map(vec![
                    ("name".to_owned(), Snip::plain("Configure AWS credentials")),
                    (
                        "uses".to_owned(),
                        action_snip(&CONFIGURE_AWS_CREDENTIALS, cx.opts.pin_actions),
                    ),
                    ("with".to_owned(), Snip::Map(with)),
                ]);
                let target = &job.steps[*before];
                let nested = ed.step_in(target.node);
                changes.push(ed.insert_item(
                    seq,
                    *before,
                    &snip,
                    nested,
                    EditKind::InsertCredentialsStep,
                    format!(
                        "insert a configure-aws-credentials step (role-to-assume {role}) before step {}",
                        before + 1
                    ),
                )?);
                if !visible {
                    notes.push(cx.diag(
                        codes::NO_VISIBLE_AWS_STEP,
                        Severity::Warning,
                        target.start,
                        format!(
                            "job `{}` received the access keys through its env: but no step visibly calls AWS; Keyless kept its access by adding the credentials step before step {}",
                            job.id,
                            before + 1
                        ),
                        "Move the credentials step before the step that needs AWS, or remove it and the id-token grant if the job does not need AWS.",
                    ));
                }
            }
        }
    }
    // Keys given to docker/login-action and in step env.
    for (step, facts) in job.steps.iter().zip(&w.steps) {
        if facts.role == StepRole::DockerLogin
            && !facts.unknown_key_action
            && let Some(first) = facts.with_keys.first()
        {
            let names: Vec<&str> = facts.with_keys.iter().map(|k| k.name.as_str()).collect();
            let idxs: Vec<usize> = facts.with_keys.iter().map(|k| k.idx).collect();
            changes.extend(ed.remove_entries(
                    first.map,
                    &idxs,
                    EditKind::RemoveLoginKeys,
                    format!(
                        "remove {} from docker/login-action (it logs in to ECR with the role's credentials)",
                        names.join(" and ")
                    ),
                )?);
        }
        if let Some(env) = &facts.env {
            changes.extend(remove_env_keys(
                cx,
                env,
                &format!("step {}", step.index + 1),
            )?);
        }
    }
    if let Some(keys) = &w.job_keys {
        changes.extend(remove_env_keys(cx, keys, &format!("job `{}`", job.id))?);
    }
    // Outdated AWS actions in this job.
    for step in &job.steps {
        let Some(uses) = &step.uses else { continue };
        let Some(current) = current_of(&uses.action) else {
            continue;
        };
        let Some(major) = major_of(cx, step) else {
            continue;
        };
        let current_major: u32 = current.major.trim_start_matches('v').parse().unwrap_or(0);
        if major >= current_major {
            continue;
        }
        if cx.opts.upgrade_actions {
            let (text, comment) = if cx.opts.pin_actions {
                (
                    format!("{}@{}", current.name, current.sha),
                    Some(current.version),
                )
            } else {
                (format!("{}@{}", current.name, current.major), None)
            };
            changes.push(ed.replace_scalar_text(
                uses.node,
                &text,
                comment,
                EditKind::UpgradeAction,
                format!(
                    "upgrade {}@{} to {}",
                    uses.action,
                    short_ref(&uses.git_ref),
                    current.version
                ),
            )?);
            let extra = if uses.action == ECR_LOGIN {
                " (v2 masks the registry password in its outputs by default)"
            } else {
                ""
            };
            notes.push(cx.diag(
                codes::ACTION_UPGRADED,
                Severity::Suggestion,
                doc.node(uses.node).start,
                format!(
                    "{} v{major} was moved to {}{extra}",
                    uses.action, current.version
                ),
                "Read the action's changelog for the versions in between before merging.",
            ));
        } else {
            notes.push(cx.diag(
                codes::OUTDATED_ACTION,
                Severity::Warning,
                doc.node(uses.node).start,
                format!(
                    "{} v{major} (`@{}`) is older than the current {} ({}); its older majors run on Node runtimes GitHub has deprecated or retired",
                    uses.action,
                    short_ref(&uses.git_ref),
                    current.major,
                    current.version
                ),
                "Convert again with the upgrade option, or move the reference to the current release yourself.",
            ));
        }
    }
    w.notes.extend(notes);
    Ok(changes)
}

/// The edits that remove the workflow-level keys.
fn workflow_env_changes(cx: &Cx) -> Option<Vec<Change>> {
    let keys = cx.wf_keys.as_ref()?;
    remove_env_keys(cx, keys, "workflow").ok()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 == b.0 || (a.0 < b.1 && b.0 < a.1)
}

/// Refuses converting jobs whose edits overlap a refused job's (shared anchors, shared
/// workflow-level keys), until nothing changes.
fn cascade(cx: &Cx, works: &mut [JobWork], wf_ranges: &[(usize, usize)]) {
    loop {
        let ranges: Vec<Vec<(usize, usize)>> = works
            .iter()
            .map(|w| {
                let mut r: Vec<(usize, usize)> =
                    w.changes.iter().map(|c| (c.start, c.end)).collect();
                let claims_wf = if w.converting() {
                    w.uses_wf_keys
                } else {
                    !w.refusals.is_empty() && w.receives_wf_keys
                };
                if claims_wf {
                    r.extend_from_slice(wf_ranges);
                }
                r
            })
            .collect();
        let refused: Vec<usize> = (0..works.len())
            .filter(|&j| !works[j].refusals.is_empty())
            .collect();
        let mut newly = Vec::new();
        for (p, w) in works.iter().enumerate() {
            if !w.converting() {
                continue;
            }
            if let Some(&r) = refused.iter().find(|&&r| {
                ranges[p]
                    .iter()
                    .any(|a| ranges[r].iter().any(|b| overlaps(*a, *b)))
            }) {
                newly.push((p, r));
            }
        }
        if newly.is_empty() {
            return;
        }
        for (p, r) in newly {
            let other = cx.wf.jobs[r].id.clone();
            let pos = cx.wf.jobs[p].key_start;
            works[p].refuse(
                codes::JOB_REFUSED,
                pos,
                format!(
                    "it shares edited lines (workflow-level keys or an anchored step) with job `{other}`, which Keyless refused, so it is left as it is too"
                ),
            );
        }
    }
}

/// How a `permissions:` value reads.
enum Perm {
    Map(NodeId),
    ReadAll,
    WriteAll,
    Other,
}

fn perm_kind(cx: &Cx, p: &PermAt) -> Perm {
    let doc = cx.doc;
    if doc.is_map(p.value) {
        return Perm::Map(p.value);
    }
    match doc.str(p.value) {
        Some("read-all") => Perm::ReadAll,
        Some("write-all") => Perm::WriteAll,
        _ => Perm::Other,
    }
}

fn write_all_note(cx: &Cx, pos: usize, job: &str) -> Diagnostic {
    cx.diag(
        codes::WRITE_ALL,
        Severity::Suggestion,
        pos,
        format!(
            "permissions: write-all already grants id-token: write to job `{job}`, so Keyless left it; it also grants every other write scope"
        ),
        "Replace write-all with the scopes the job uses plus id-token: write.",
    )
}

fn read_all_with_id_token() -> Snip {
    let mut entries: Vec<(String, Snip)> = READ_ALL_SCOPES
        .iter()
        .map(|s| ((*s).to_owned(), Snip::plain("read")))
        .collect();
    entries.push(("id-token".to_owned(), Snip::plain("write")));
    Snip::Map(entries)
}

/// Makes a permissions mapping grant `id-token: write` (nothing when it does).
fn grant_in_map(cx: &Cx, map: NodeId, whose: &str) -> Result<Option<Change>, LayoutError> {
    let doc = cx.doc;
    match doc.entry(map, "id-token") {
        Some((idx, e)) => {
            if doc.str(e.value) == Some("write") {
                return Ok(None);
            }
            Ok(Some(cx.ed.replace_value(
                map,
                idx,
                &Snip::plain("write"),
                EditKind::GrantIdToken,
                format!("set id-token: write in the {whose} permissions"),
            )?))
        }
        None => Ok(Some(cx.ed.add_entry(
            map,
            At::End,
            "id-token",
            &Snip::plain("write"),
            EditKind::GrantIdToken,
            format!("add id-token: write to the {whose} permissions"),
        )?)),
    }
}

type PermPlan = (
    Vec<(Option<usize>, Change)>,
    Vec<(usize, Diagnostic)>,
    Vec<(usize, Refusal)>,
);

/// Where `id-token: write` goes for the converting jobs.
fn plan_permissions(cx: &Cx, works: &[JobWork]) -> PermPlan {
    let doc = cx.doc;
    let wf = cx.wf;
    let mut changes = Vec::new();
    let mut notes = Vec::new();
    let mut refusals = Vec::new();
    let converting: Vec<usize> = (0..works.len())
        .filter(|&j| works[j].converting())
        .collect();
    let mut covered = Vec::new();
    for &j in &converting {
        let job = &wf.jobs[j];
        let Some(p) = &job.permissions else {
            covered.push(j);
            continue;
        };
        let whose = format!("job `{}`", job.id);
        let result = match perm_kind(cx, p) {
            Perm::Map(map) => grant_in_map(cx, map, &whose),
            Perm::WriteAll => {
                notes.push((j, write_all_note(cx, p.key_start, &job.id)));
                Ok(None)
            }
            Perm::ReadAll => {
                notes.push((
                    j,
                    cx.diag(
                        codes::READ_ALL_EXPANDED,
                        Severity::Warning,
                        p.key_start,
                        format!(
                            "job `{}` had permissions: read-all, which cannot grant id-token: write; Keyless wrote it out as every scope at read plus id-token: write",
                            job.id
                        ),
                        "Remove the scopes the job does not use.",
                    ),
                ));
                cx.ed
                    .replace_value(
                        p.owner,
                        p.entry,
                        &read_all_with_id_token(),
                        EditKind::ExpandReadAll,
                        format!(
                            "write out read-all for job `{}` and add id-token: write",
                            job.id
                        ),
                    )
                    .map(Some)
            }
            Perm::Other => {
                refusals.push((
                    j,
                    Refusal {
                        code: codes::JOB_REFUSED,
                        reason: "its permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write".to_owned(),
                        pos: p.key_start,
                    },
                ));
                Ok(None)
            }
        };
        match result {
            Ok(Some(c)) => changes.push((Some(j), c)),
            Ok(None) => {}
            Err(e) => refusals.push((
                j,
                Refusal {
                    code: codes::JOB_REFUSED,
                    reason: format!("Keyless cannot edit its permissions: {}", e.message),
                    pos: e.pos,
                },
            )),
        }
    }
    if covered.is_empty() {
        return (changes, notes, refusals);
    }
    // Jobs without their own block that are not being converted.
    let others: Vec<&str> = wf
        .jobs
        .iter()
        .enumerate()
        .filter(|(j, job)| job.permissions.is_none() && !covered.contains(j))
        .map(|(_, job)| job.id.as_str())
        .collect();
    let new_block = |j: usize, entries: Vec<(String, Snip)>, kind_note: Diagnostic| {
        let job = &wf.jobs[j];
        let at = ["runs-on", "uses", "name"]
            .iter()
            .find_map(|k| doc.entry(job.node, k).map(|(i, _)| At::After(i)))
            .unwrap_or(At::Before(0));
        let change = cx.ed.add_entry(
            job.node,
            at,
            "permissions",
            &Snip::Map(entries),
            EditKind::NewPermissions,
            format!(
                "give job `{}` a permissions block with id-token: write",
                job.id
            ),
        );
        (change, kind_note)
    };
    let mut plans: Vec<(usize, Result<Change, LayoutError>, Diagnostic)> = Vec::new();
    match wf.permissions.as_ref().map(|p| (p, perm_kind(cx, p))) {
        None => {
            for &j in &covered {
                let job = &wf.jobs[j];
                let (entries, unknown_token) = evident_scopes(cx, j, &works[j]);
                let listed: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| match v {
                        Snip::Str { value, .. } => format!("{k}: {value}"),
                        Snip::Map(_) => k.clone(),
                    })
                    .collect();
                let note = cx.diag(
                    codes::NEW_PERMISSIONS,
                    Severity::Suggestion,
                    job.key_start,
                    format!(
                        "job `{}` had GitHub's default token permissions; naming id-token sets every other scope to none, so its new permissions block lists {}",
                        job.id,
                        listed.join(", ")
                    ),
                    "Add any scope a step needs that Keyless could not see (for example pull-requests: write for a comment action).",
                );
                if let Some(step) = unknown_token {
                    notes.push((
                        j,
                        cx.diag(
                            codes::TOKEN_USE_UNKNOWN,
                            Severity::Warning,
                            step,
                            format!(
                                "a step of job `{}` uses GITHUB_TOKEN and Keyless cannot tell which scopes it needs; the new permissions block may not grant them",
                                job.id
                            ),
                            "Add the scopes this step needs to the job's permissions block.",
                        ),
                    ));
                }
                let (c, n) = new_block(j, entries, note);
                plans.push((j, c, n));
            }
        }
        Some((p, Perm::WriteAll)) => {
            for &j in &covered {
                notes.push((j, write_all_note(cx, p.key_start, &wf.jobs[j].id)));
            }
        }
        Some((_, Perm::Map(map))) if doc.entries(map).is_empty() => {
            for &j in &covered {
                let job = &wf.jobs[j];
                let note = cx.diag(
                    codes::PERMISSIONS_COPIED,
                    Severity::Suggestion,
                    job.key_start,
                    format!(
                        "the workflow grants no token permissions (permissions: {{}}); job `{}` gets its own block with only id-token: write",
                        job.id
                    ),
                    "Keep the workflow-level {} and grant each job what it needs.",
                );
                let (c, n) =
                    new_block(j, vec![("id-token".to_owned(), Snip::plain("write"))], note);
                plans.push((j, c, n));
            }
        }
        Some((p, kind @ (Perm::Map(_) | Perm::ReadAll))) => {
            if others.is_empty() {
                let result = match kind {
                    Perm::Map(map) => grant_in_map(cx, map, "workflow"),
                    _ => {
                        for &j in &covered {
                            notes.push((
                                j,
                                cx.diag(
                                    codes::READ_ALL_EXPANDED,
                                    Severity::Warning,
                                    p.key_start,
                                    "the workflow had permissions: read-all, which cannot grant id-token: write; Keyless wrote it out as every scope at read plus id-token: write".to_owned(),
                                    "Remove the scopes the jobs do not use.",
                                ),
                            ));
                        }
                        cx.ed
                            .replace_value(
                                p.owner,
                                p.entry,
                                &read_all_with_id_token(),
                                EditKind::ExpandReadAll,
                                "write out the workflow's read-all and add id-token: write"
                                    .to_owned(),
                            )
                            .map(Some)
                    }
                };
                match result {
                    Ok(Some(c)) => changes.push((None, c)),
                    Ok(None) => {}
                    Err(e) => {
                        for &j in &covered {
                            refusals.push((
                                j,
                                Refusal {
                                    code: codes::JOB_REFUSED,
                                    reason: format!(
                                        "Keyless cannot edit the workflow's permissions: {}",
                                        e.message
                                    ),
                                    pos: e.pos,
                                },
                            ));
                        }
                    }
                }
            } else {
                let entries: Vec<(String, Snip)> = match kind {
                    Perm::Map(map) => {
                        let mut v: Vec<(String, Snip)> = doc
                            .entries(map)
                            .iter()
                            .filter(|e| e.key != "id-token")
                            .map(|e| {
                                (
                                    e.key.clone(),
                                    Snip::str(doc.str(e.value).unwrap_or_default()),
                                )
                            })
                            .collect();
                        v.push(("id-token".to_owned(), Snip::plain("write")));
                        v
                    }
                    _ => match read_all_with_id_token() {
                        Snip::Map(v) => v,
                        Snip::Str { .. } => Vec::new(),
                    },
                };
                for &j in &covered {
                    let job = &wf.jobs[j];
                    let note = cx.diag(
                        codes::PERMISSIONS_COPIED,
                        Severity::Suggestion,
                        job.key_start,
                        format!(
                            "the workflow-level permissions also cover {}, which do not need AWS; so that only job `{}` gets id-token: write, it now has its own block with the workflow's scopes plus id-token: write",
                            others
                                .iter()
                                .map(|o| format!("`{o}`"))
                                .collect::<Vec<_>>()
                                .join(", "),
                            job.id
                        ),
                        "Nothing to do; trim the job's scopes if it needs fewer.",
                    );
                    let (c, n) = new_block(j, entries.clone(), note);
                    plans.push((j, c, n));
                }
            }
        }
        Some((p, Perm::Other)) => {
            for &j in &covered {
                refusals.push((
                    j,
                    Refusal {
                        code: codes::JOB_REFUSED,
                        reason: "the workflow's permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write".to_owned(),
                        pos: p.key_start,
                    },
                ));
            }
        }
    }
    for (j, change, note) in plans {
        match change {
            Ok(c) => {
                changes.push((Some(j), c));
                notes.push((j, note));
            }
            Err(e) => refusals.push((
                j,
                Refusal {
                    code: codes::JOB_REFUSED,
                    reason: format!(
                        "Keyless cannot add a permissions block to it: {}",
                        e.message
                    ),
                    pos: e.pos,
                },
            )),
        }
    }
    (changes, notes, refusals)
}

/// `contents: read`, the scopes the job's steps evidently use, then `id-token: write`; and the
/// first step that uses the token in a way Keyless cannot read.
fn evident_scopes(cx: &Cx, j: usize, w: &JobWork) -> (Vec<(String, Snip)>, Option<usize>) {
    let job = &cx.wf.jobs[j];
    let mut scopes = scan::Scopes::new();
    scopes.insert("contents", "read");
    let mut unknown = None;
    for (step, facts) in job.steps.iter().zip(&w.steps) {
        let node = cx.doc.node(step.node);
        let text = &cx.src[node.props..node.end];
        let mentions = text.contains("GITHUB_TOKEN") || text.contains("github.token");
        let unread = scan::step_scopes(
            step.uses.as_ref().map(|u| u.action.as_str()),
            facts.registry.as_deref(),
            step.run.as_deref(),
            mentions,
            &mut scopes,
        );
        if unread && unknown.is_none() {
            unknown = Some(step.start);
        }
    }
    let mut entries: Vec<(String, Snip)> = Vec::new();
    if let Some(level) = scopes.remove("contents") {
        entries.push(("contents".to_owned(), Snip::str(level)));
    }
    for (k, v) in scopes {
        entries.push((k.to_owned(), Snip::str(v)));
    }
    entries.push(("id-token".to_owned(), Snip::plain("write")));
    (entries, unknown)
}

fn events(cx: &Cx) -> Vec<String> {
    model::events(cx.doc, cx.wf.on)
        .into_iter()
        .map(|(e, _)| e)
        .collect()
}

/// Findings about the runs of a converting job.
fn run_notes(cx: &Cx, j: usize, w: &JobWork) -> Vec<Diagnostic> {
    let job = &cx.wf.jobs[j];
    let events: Vec<String> = subjects::job_events(cx.doc, cx.wf, job)
        .into_iter()
        .map(|(e, _)| e)
        .collect();
    let mut out = Vec::new();
    let at = job.key_start;
    let has = |e: &str| events.iter().any(|x| x == e);
    if has("pull_request") {
        out.push(cx.diag(
            codes::FORK_PULL_REQUEST,
            Severity::Warning,
            at,
            format!(
                "job `{}` runs on pull_request; runs for pull requests from forks get no OIDC token (id-token is a write permission forks never get), so its AWS steps will fail there",
                job.id
            ),
            "Skip the AWS steps for fork pull requests: if: github.event.pull_request.head.repo.full_name == github.repository",
        ));
        if w.subjects.contains(&SubjectContext::PullRequest) {
            out.push(cx.diag(
                codes::PULL_REQUEST_SUBJECT,
                Severity::Warning,
                at,
                format!(
                    "pull_request runs of job `{}` carry the subject repo:OWNER/REPO:pull_request, shared by every pull request in the repository; a role that admits it lets any pull request branch use it",
                    job.id
                ),
                "Admit the pull_request subject only in a role with read-only permissions, or do not run the AWS steps for pull requests.",
            ));
        }
    }
    for event in ["pull_request_target", "workflow_run"] {
        if has(event) {
            let head = job.steps.iter().any(|s| {
                s.uses.as_ref().is_some_and(|u| u.is(CHECKOUT))
                    && s.with.is_some_and(|(_, wmap)| {
                        cx.doc
                            .get(wmap, "ref")
                            .and_then(|r| cx.doc.str(r))
                            .is_some_and(|r| {
                                r.contains("pull_request.head")
                                    || r.contains("workflow_run.head")
                                    || r.contains("refs/pull/")
                            })
                    })
            });
            let detail = if head {
                ", and it checks out the pull request's code, so that code runs with a token that can assume the AWS role"
            } else {
                "; if any step runs code from a fork (a checkout of the pull request head, artifacts from the triggering run), that code can mint the token"
            };
            out.push(cx.diag(
                codes::DANGEROUS_TRIGGER,
                Severity::SecurityWarning,
                at,
                format!(
                    "job `{}` now gets id-token: write under {event}, which runs with the base repository's privileges even for fork pull requests{detail}",
                    job.id
                ),
                "Run the AWS steps in a separate workflow on push, or never execute fork code in this job.",
            ));
        }
    }
    let names: Vec<String> = w
        .subjects
        .iter()
        .filter_map(|s| match s {
            SubjectContext::Environment(EnvironmentName::Name(n)) => Some(format!(
                "repo:OWNER/REPO:environment:{}",
                n.replace(':', "%3A")
            )),
            _ => None,
        })
        .collect();
    if !names.is_empty() {
        let (what, subs) = if names.len() == 1 {
            ("an environment", names[0].clone())
        } else {
            ("environments", format!("one of {}", names.join(", ")))
        };
        out.push(cx.diag(
            codes::ENVIRONMENT_SUBJECT,
            Severity::Suggestion,
            job.environment.map_or(at, |e| cx.doc.node(e).start),
            format!(
                "job `{}` declares {what}, so its token's sub is {subs}, whatever branch or event started the run; a trust policy that names a branch will not admit it",
                job.id
            ),
            "Build the trust policy from these subjects (Keyless does), and protect the environment with required reviewers or branch rules.",
        ));
    }
    for s in &w.subjects {
        match s {
            SubjectContext::Undocumented(e) if e != "pull_request_target" => out.push(cx.diag(
                codes::UNDOCUMENTED_SUBJECT,
                Severity::Warning,
                at,
                format!(
                    "GitHub does not document the subject of {e} runs; Keyless does not derive a sub for them, so a trust policy built from these subjects will not admit them"
                ),
                "Decode a real token (github/actions-oidc-debugger) and add its sub by hand if the role must admit these runs.",
            )),
            SubjectContext::Undocumented(_) => out.push(cx.diag(
                codes::UNDOCUMENTED_SUBJECT,
                Severity::Warning,
                at,
                "GitHub does not document the subject of pull_request_target runs; Keyless does not derive a sub for them".to_owned(),
                "Decode a real token (github/actions-oidc-debugger) before admitting these runs.",
            )),
            SubjectContext::Environment(EnvironmentName::Name(_)) => {}
            SubjectContext::Environment(EnvironmentName::Unresolved(expr)) => out.push(cx.diag(
                codes::ENVIRONMENT_UNRESOLVED,
                Severity::Warning,
                job.environment.map_or(at, |e| cx.doc.node(e).start),
                format!(
                    "job `{}` sets environment: {expr}, which Keyless cannot resolve; its runs carry repo:OWNER/REPO:environment:<that name>",
                    job.id
                ),
                "List the environments it can take and admit each in the trust policy.",
            )),
            _ => {}
        }
    }
    out
}

fn finish(
    cx: &Cx,
    input: &Value,
    mut works: Vec<JobWork>,
    wf_changes: Option<Vec<Change>>,
    perm_changes: Vec<(Option<usize>, Change)>,
) -> Conversion {
    let doc = cx.doc;
    let wf = cx.wf;
    let src = cx.src;
    let evs = events(cx);
    let mut findings: Vec<Diagnostic> = Vec::new();

    let converting: Vec<bool> = works.iter().map(JobWork::converting).collect();
    let any_converting = converting.iter().any(|c| *c);
    let wf_keys_removable = cx.wf_keys.is_some()
        && any_converting
        && !works
            .iter()
            .any(|w| !w.refusals.is_empty() && w.receives_wf_keys);

    // Collect the edits.
    let mut changes: Vec<(Option<usize>, Change)> = Vec::new();
    for (j, w) in works.iter().enumerate() {
        if converting[j] {
            for c in &w.changes {
                changes.push((Some(j), c.clone()));
            }
        }
    }
    if wf_keys_removable && let Some(cs) = &wf_changes {
        for c in cs {
            changes.push((None, c.clone()));
        }
    }
    changes.extend(perm_changes);
    // Identical edits from several jobs (a shared anchor) are made once.
    let mut unique: Vec<(Option<usize>, Change)> = Vec::new();
    for (j, c) in changes {
        match unique
            .iter_mut()
            .find(|(_, u)| u.start == c.start && u.end == c.end && u.text == c.text)
        {
            Some(existing) => {
                if existing.0 != j {
                    existing.0 = None;
                }
            }
            None => unique.push((j, c)),
        }
    }

    // Literal keys, converted or not.
    let removed = |pos: usize| unique.iter().any(|(_, c)| c.start <= pos && pos < c.end);
    for (pos, key) in scan::literal_access_keys(src) {
        let fate = if removed(pos) {
            "the conversion removes it, but it stays in the repository's history"
        } else {
            "it is still in the converted file"
        };
        findings.push(cx.diag(
            codes::LITERAL_ACCESS_KEY,
            Severity::SecurityWarning,
            pos,
            format!(
                "an AWS access key id ({}) is written in the workflow; anyone who can read the repository or its history has it ({fate})",
                scan::redact(key)
            ),
            "Deactivate and delete this key in IAM now; removing it from the file does not remove it from git history.",
        ));
    }
    let mut literal_secret_seen = BTreeSet::new();
    let secret_entries =
        cx.wf_keys
            .iter()
            .flat_map(|k| k.keys.iter())
            .chain(works.iter().flat_map(|w| {
                w.job_keys
                    .iter()
                    .flat_map(|k| k.keys.iter())
                    .chain(w.steps.iter().flat_map(|f| {
                        f.with_keys
                            .iter()
                            .chain(f.env.iter().flat_map(|e| e.keys.iter()))
                    }))
                    .chain(w.caller_keys.iter())
            }));
    for k in secret_entries {
        if k.kind == KeyKind::Secret
            && k.source.literal
            && !k.raw.trim().is_empty()
            && literal_secret_seen.insert(k.key_start)
        {
            findings.push(cx.diag(
                codes::LITERAL_SECRET_KEY,
                Severity::SecurityWarning,
                k.key_start,
                format!(
                    "{} holds a secret access key written in the workflow; anyone who can read the repository or its history has it",
                    k.name
                ),
                "Deactivate and delete this key pair in IAM now; removing it from the file does not remove it from git history.",
            ));
        }
    }

    // Findings that depend on the outcome.
    if wf_keys_removable {
        for (j, job) in wf.jobs.iter().enumerate() {
            if !converting[j] && works[j].receives_wf_keys && works[j].refusals.is_empty() {
                findings.push(cx.diag(
                    codes::KEYS_UNUSED,
                    Severity::Warning,
                    job.key_start,
                    format!(
                        "job `{}` received the access keys through the workflow-level env: but no step visibly calls AWS; after the conversion it has no AWS credentials",
                        job.id
                    ),
                    "If a step of this job needs AWS, add a configure-aws-credentials step with role-to-assume and grant the job id-token: write.",
                ));
            }
        }
    } else if cx.wf_keys.is_some()
        && !any_converting
        && works.iter().all(|w| w.refusals.is_empty())
        && let Some(env) = wf.env
    {
        findings.push(cx.diag(
                codes::KEYS_UNUSED,
                Severity::Warning,
                doc.entries(env.owner)[env.entry].key_start,
                "the workflow puts AWS access keys in env: but no step visibly calls AWS, so Keyless left them; if something does use them, say which step and convert again".to_owned(),
                "Add a configure-aws-credentials step with role-to-assume before the step that uses AWS, or delete the keys if nothing uses them.",
            ));
    }
    if cx.wf_keys.is_some() && !wf_keys_removable {
        let keeper = works
            .iter()
            .position(|w| !w.refusals.is_empty() && w.receives_wf_keys);
        if let Some(r) = keeper {
            for (j, job) in wf.jobs.iter().enumerate() {
                if converting[j] && works[j].receives_wf_keys {
                    findings.push(cx.diag(
                        codes::KEYS_KEPT,
                        Severity::Warning,
                        job.key_start,
                        format!(
                            "the workflow-level env: keeps the access keys because job `{}` was not converted, so converted job `{}` still receives them in its environment",
                            wf.jobs[r].id, job.id
                        ),
                        "Convert the other job (or move the keys into it), then remove the keys from the workflow-level env:.",
                    ));
                }
            }
        }
    }
    let has_callee = evs.iter().any(|e| e == "workflow_call");
    for (j, w) in works.iter().enumerate() {
        let job = &wf.jobs[j];
        if converting[j] {
            findings.extend(w.notes.iter().cloned());
            findings.extend(run_notes(cx, j, w));
            if !w.caller_keys.is_empty() {
                let names: Vec<&str> = w.caller_keys.iter().map(|k| k.name.as_str()).collect();
                findings.push(cx.diag(
                    codes::CALLER_PASSES_KEYS,
                    Severity::Warning,
                    job.key_start,
                    format!(
                        "job `{}` passes the access keys ({}) to the reusable workflow {}; Keyless granted it id-token: write (a called workflow can only keep or reduce its caller's permissions) and left the keys in place until that workflow is converted",
                        job.id,
                        names.join(", "),
                        job.calls.as_deref().unwrap_or("?")
                    ),
                    "Convert the called workflow, then stop passing the keys here, delete the secrets, and add any other scope the called workflow needs to this job's permissions.",
                ));
            }
        } else if !w.refusals.is_empty() && (w.has_keys || !w.caller_keys.is_empty()) {
            for r in &w.refusals {
                let pos = if r.pos == 0 { job.key_start } else { r.pos };
                findings.push(cx.diag(
                    r.code,
                    Severity::Error,
                    pos,
                    format!("job `{}` was not converted: {}", job.id, r.reason),
                    "Convert this job by hand, or change what blocks it and convert again.",
                ));
            }
        }
    }
    if has_callee && any_converting {
        findings.push(cx.diag(
            codes::REUSABLE_CALLEE,
            Severity::Warning,
            doc.node(wf.on).start,
            "this is a reusable workflow (workflow_call): its token's sub is its caller's, and each calling job must grant id-token: write too (a called workflow can only keep or reduce its caller's permissions)".to_owned(),
            "Grant id-token: write in every calling job, build the trust policy from the callers' subjects, and once no caller passes the old key secrets, remove them from on.workflow_call.secrets.",
        ));
        if cx.opts.role == RolePlacement::Secrets {
            findings.push(cx.diag(
                codes::SECRET_ROLE_IN_CALLEE,
                Severity::Warning,
                doc.node(wf.on).start,
                "the role ARN is read from secrets.AWS_ROLE_ARN, but a reusable workflow only sees the secrets its caller passes".to_owned(),
                "Declare AWS_ROLE_ARN under on.workflow_call.secrets and pass it from each caller (or use secrets: inherit), or use the vars placement.",
            ));
        }
    }
    if any_converting && evs.iter().any(|e| e == "workflow_dispatch") {
        findings.push(cx.diag(
            codes::DISPATCH_BRANCH,
            Severity::Suggestion,
            doc.node(wf.on).start,
            "workflow_dispatch lets a user run the workflow on any branch or tag; Keyless counts such runs as runs on the default branch".to_owned(),
            "If manual runs on other branches must reach AWS, admit those branches in the trust policy.",
        ));
    }

    // Roles and reports.
    let mut reports = Vec::new();
    let mut roles: Vec<RoleNeed> = Vec::new();
    for (j, w) in works.iter_mut().enumerate() {
        let job = &wf.jobs[j];
        let status = if converting[j] {
            JobStatus::Converted
        } else if !w.refusals.is_empty() && (w.has_keys || !w.caller_keys.is_empty()) {
            JobStatus::Refused(
                w.refusals
                    .iter()
                    .map(|r| r.reason.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        } else {
            JobStatus::Untouched
        };
        let mut identities: Vec<AwsIdentity> = w
            .sites
            .iter()
            .map(|s| AwsIdentity {
                access_key: s.access.text.clone(),
                secret_key: s.secret.as_ref().map(|x| x.text.clone()),
                session_token: s.session,
                region: s.region.clone(),
                partition: s.partition,
                role_to_assume: if converting[j] { s.role.clone() } else { None },
            })
            .collect();
        if !w.caller_keys.is_empty() {
            let access = w
                .caller_keys
                .iter()
                .find(|k| k.kind == KeyKind::Access)
                .or(w.caller_keys.first());
            if let Some(a) = access {
                identities.push(AwsIdentity {
                    access_key: a.source.text.clone(),
                    secret_key: w
                        .caller_keys
                        .iter()
                        .find(|k| k.kind == KeyKind::Secret)
                        .map(|k| k.source.text.clone()),
                    session_token: w.caller_keys.iter().any(|k| k.kind == KeyKind::Session),
                    region: RegionValue::Missing,
                    partition: Partition::Unknown,
                    role_to_assume: None,
                });
            }
        }
        if converting[j] {
            for s in &w.sites {
                let Some(role) = &s.role else { continue };
                match roles.iter_mut().find(|r| &r.role_to_assume == role) {
                    Some(r) => {
                        if !r.jobs.contains(&job.id) {
                            r.jobs.push(job.id.clone());
                        }
                        if !r.replaces.contains(&s.access.text) {
                            r.replaces.push(s.access.text.clone());
                        }
                        for c in &w.subjects {
                            if !r.subjects.contains(c) {
                                r.subjects.push(c.clone());
                            }
                        }
                    }
                    None => roles.push(RoleNeed {
                        role_to_assume: role.clone(),
                        partition: s.partition,
                        replaces: vec![s.access.text.clone()],
                        jobs: vec![job.id.clone()],
                        subjects: w.subjects.clone(),
                    }),
                }
            }
        }
        let (line, _) = cx.line_col(job.key_start);
        reports.push(JobReport {
            job_id: job.id.clone(),
            line,
            status,
            subjects: w.subjects.clone(),
            aws_identity: identities,
        });
    }
    if roles.len() > 1 {
        let list: Vec<String> = roles
            .iter()
            .map(|r| {
                format!(
                    "{} ({}, replaces {}) for {}",
                    r.role_to_assume,
                    r.partition.label(),
                    r.replaces.join(", "),
                    r.jobs
                        .iter()
                        .map(|j| format!("`{j}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
            .collect();
        findings.push(cx.diag(
            codes::SEPARATE_ROLES,
            Severity::Warning,
            doc.node(doc.root).start,
            format!(
                "the workflow uses {} different AWS identities, so it needs {} IAM roles, each trusting only its own jobs' subjects: {}",
                roles.len(),
                roles.len(),
                list.join("; ")
            ),
            "Create one role per identity (in its own account and partition) and store each ARN under the name shown.",
        ));
    }

    let refused_any = works
        .iter()
        .any(|w| !w.refusals.is_empty() && (w.has_keys || !w.caller_keys.is_empty()));
    if unique.is_empty() {
        let nothing = !refused_any && findings.iter().all(|f| f.code != codes::KEYS_UNUSED);
        if nothing {
            let oidc = wf.jobs.iter().any(|job| {
                job.steps.iter().any(|s| {
                    s.uses.as_ref().is_some_and(|u| u.is(CONFIGURE))
                        && s.with
                            .is_some_and(|(_, wmap)| doc.get(wmap, "role-to-assume").is_some())
                })
            });
            let message = if oidc {
                "nothing to convert: the workflow already uses OIDC (role-to-assume) and no long-lived keys reach AWS".to_owned()
            } else {
                "nothing to convert: no long-lived AWS access keys reach AWS in this workflow"
                    .to_owned()
            };
            findings.push(cx.diag(
                codes::NOTHING_TO_CONVERT,
                Severity::Suggestion,
                doc.node(doc.root).start,
                message,
                "Nothing to do.",
            ));
        }
        diag::sort(&mut findings);
        return Conversion {
            output: src.to_owned(),
            changed: false,
            refused: refused_any,
            edits: Vec::new(),
            findings,
            jobs: reports,
            roles: Vec::new(),
        };
    }

    // Apply and check.
    let plain: Vec<Change> = unique.iter().map(|(_, c)| c.clone()).collect();
    let checked = edit::apply(src, &plain)
        .and_then(|out| self_check(cx, input, &plain, &out, &works, &converting).map(|()| out));
    match checked {
        Ok(output) => {
            let mut edits: Vec<Edit> = unique
                .iter()
                .map(|(j, c)| {
                    let (line, column) = cx.line_col(c.start);
                    Edit {
                        line,
                        column,
                        start: c.start,
                        end: c.end,
                        job: j.map(|j| wf.jobs[j].id.clone()),
                        kind: c.kind,
                        removed: src[c.start..c.end].to_owned(),
                        inserted: c.text.clone(),
                        summary: c.summary.clone(),
                    }
                })
                .collect();
            edits.sort_by_key(|e| (e.start, e.end));
            diag::sort(&mut findings);
            Conversion {
                changed: output != src,
                output,
                refused: false,
                edits,
                findings,
                jobs: reports,
                roles,
            }
        }
        Err(problem) => {
            findings.push(cx.diag(
                codes::SELF_CHECK_FAILED,
                Severity::Error,
                doc.node(doc.root).start,
                format!("the converted workflow did not pass Keyless's own check, so nothing was changed: {problem}"),
                "This is a Keyless bug; please report the workflow. Convert by hand meanwhile.",
            ));
            for r in &mut reports {
                if r.status == JobStatus::Converted {
                    r.status = JobStatus::Refused(
                        "the converted file failed Keyless's self-check".to_owned(),
                    );
                }
            }
            diag::sort(&mut findings);
            Conversion {
                output: src.to_owned(),
                changed: false,
                refused: true,
                edits: Vec::new(),
                findings,
                jobs: reports,
                roles: Vec::new(),
            }
        }
    }
}

/// The output must parse, carry exactly the input's data plus the intended edits, and no longer
/// hand keys to the converted jobs.
fn self_check(
    cx: &Cx,
    input: &Value,
    changes: &[Change],
    output: &str,
    works: &[JobWork],
    converting: &[bool],
) -> Result<(), String> {
    let parsed: Value = yaml_serde::from_str(output)
        .map_err(|e| format!("the edited text is not valid YAML ({e})"))?;
    let ops: Vec<verify::DataOp> = changes.iter().flat_map(|c| c.ops.iter().cloned()).collect();
    let expected = verify::expected(cx.doc, input, &ops)?;
    if parsed != expected {
        return Err("the edited text reads as different data from the intended edit".to_owned());
    }
    // No key inputs or key env entries remain where a converted job can see them.
    let jobs = parsed.get("jobs").and_then(Value::as_mapping);
    let has_env_keys = |v: Option<&Value>| {
        v.and_then(Value::as_mapping).is_some_and(|m| {
            [
                "AWS_ACCESS_KEY_ID",
                "AWS_SECRET_ACCESS_KEY",
                "AWS_SESSION_TOKEN",
            ]
            .iter()
            .any(|k| m.contains_key(*k))
        })
    };
    for (j, job) in cx.wf.jobs.iter().enumerate() {
        if !converting[j] || !works[j].caller_keys.is_empty() {
            continue;
        }
        let Some(jv) = jobs.and_then(|m| m.get(job.id.as_str())) else {
            return Err(format!("job `{}` is missing from the output", job.id));
        };
        if has_env_keys(jv.get("env")) || has_env_keys(parsed.get("env")) && works[j].uses_wf_keys {
            return Err(format!("job `{}` still receives keys through env", job.id));
        }
        for step in jv
            .get("steps")
            .and_then(Value::as_sequence)
            .into_iter()
            .flatten()
        {
            if has_env_keys(step.get("env")) {
                return Err(format!(
                    "a step of job `{}` still receives keys through env",
                    job.id
                ));
            }
            let uses = step.get("uses").and_then(Value::as_str).unwrap_or_default();
            if uses.to_ascii_lowercase().starts_with(CONFIGURE) {
                let with = step.get("with").and_then(Value::as_mapping);
                if with.is_some_and(|w| {
                    [
                        "aws-access-key-id",
                        "aws-secret-access-key",
                        "aws-session-token",
                    ]
                    .iter()
                    .any(|k| w.contains_key(*k))
                }) {
                    return Err(format!(
                        "a credentials step of job `{}` still has key inputs",
                        job.id
                    ));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_follow_the_key_secret_names() {
        assert_eq!(
            derive_role_name(Some("PROD_AWS_ACCESS_KEY_ID")),
            "PROD_AWS_ROLE_ARN"
        );
        assert_eq!(
            derive_role_name(Some("AWS_ACCESS_KEY_ID_GOV")),
            "AWS_ROLE_ARN_GOV"
        );
        assert_eq!(derive_role_name(Some("aws-access-key-id")), "AWS_ROLE_ARN");
        assert_eq!(
            derive_role_name(Some("DEPLOY_USER")),
            "DEPLOY_USER_ROLE_ARN"
        );
        assert_eq!(derive_role_name(None), "AWS_ROLE_ARN");
    }
}
