//! The parts of a workflow the converter reads: triggers, `env`, `permissions`, jobs and their
//! steps, located in the concrete syntax (aliases followed, so an aliased step is read where it
//! is used and edited where it is anchored).

use super::syntax::{Doc, NodeId};

/// An `env:` mapping and where its entry sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EnvAt {
    /// The mapping that holds the `env` entry (workflow, job or step), resolved.
    pub owner: NodeId,
    /// Index of the `env` entry in `owner`.
    pub entry: usize,
    /// The env mapping itself, resolved.
    pub map: NodeId,
}

/// A `permissions:` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PermAt {
    pub owner: NodeId,
    pub entry: usize,
    /// The value, resolved.
    pub value: NodeId,
    /// Where the entry's key is.
    pub key_start: usize,
}

/// `uses: owner/name@ref`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Uses {
    /// `owner/name` (plus a path for actions in subdirectories), lower-cased; `docker://...`
    /// and `./local` kept as written.
    pub action: String,
    pub git_ref: String,
    /// The scalar node of the value.
    pub node: NodeId,
}

impl Uses {
    pub fn is(&self, name: &str) -> bool {
        self.action == name
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub index: usize,
    /// The step mapping, resolved (for an aliased step: the anchored mapping).
    pub node: NodeId,
    /// The `-` of the item in this job.
    pub start: usize,
    pub uses: Option<Uses>,
    pub run: Option<String>,
    /// The `with:` mapping, resolved, and its entry index in the step.
    pub with: Option<(usize, NodeId)>,
    pub env: Option<EnvAt>,
}

#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub id: String,
    pub key_start: usize,
    /// The job mapping, resolved.
    pub node: NodeId,
    pub env: Option<EnvAt>,
    pub permissions: Option<PermAt>,
    /// The `steps:` sequence, resolved.
    pub steps_seq: Option<NodeId>,
    pub steps: Vec<Step>,
    /// `uses:` of a job that calls a reusable workflow.
    pub calls: Option<String>,
    /// `secrets:` of such a job, resolved.
    pub secrets: Option<NodeId>,
    pub environment: Option<NodeId>,
    pub matrix: Option<NodeId>,
}

#[derive(Debug, Clone)]
pub(crate) struct Workflow {
    pub on: NodeId,
    pub env: Option<EnvAt>,
    pub permissions: Option<PermAt>,
    pub jobs: Vec<Job>,
}

/// Why the document is not a workflow: a position and a message.
pub(crate) type ShapeError = (usize, String);

fn env_at(doc: &Doc, owner: NodeId) -> Option<EnvAt> {
    let (entry, e) = doc.entry(owner, "env")?;
    let map = doc.resolve(e.value);
    doc.is_map(map).then_some(EnvAt {
        owner: doc.resolve(owner),
        entry,
        map,
    })
}

fn perm_at(doc: &Doc, owner: NodeId) -> Option<PermAt> {
    let (entry, e) = doc.entry(owner, "permissions")?;
    Some(PermAt {
        owner: doc.resolve(owner),
        entry,
        value: doc.resolve(e.value),
        key_start: e.key_start,
    })
}

fn parse_uses(doc: &Doc, node: NodeId) -> Option<Uses> {
    let text = doc.str(node)?.trim();
    let (action, git_ref) = match text.rsplit_once('@') {
        Some((a, r)) if !text.starts_with("docker://") => (a, r),
        _ => (text, ""),
    };
    let action = if action.starts_with("docker://") || action.starts_with("./") {
        action.to_owned()
    } else {
        action.to_ascii_lowercase()
    };
    Some(Uses {
        action,
        git_ref: git_ref.to_owned(),
        node: doc.resolve(node),
    })
}

/// Reads the workflow's structure, or says why the document is not a workflow.
pub(crate) fn read(doc: &Doc) -> Result<Workflow, ShapeError> {
    let root = doc.resolve(doc.root);
    let root_node = doc.node(root);
    if !doc.is_map(root) {
        return Err((
            root_node.start,
            "the file is YAML but not a GitHub Actions workflow: its top level is not a mapping with `on:` and `jobs:`".to_owned(),
        ));
    }
    let Some((_, jobs_entry)) = doc.entry(root, "jobs") else {
        return Err((
            root_node.start,
            "the file is YAML but not a GitHub Actions workflow: it has no `jobs:`".to_owned(),
        ));
    };
    let jobs_map = doc.resolve(jobs_entry.value);
    if !doc.is_map(jobs_map) {
        return Err((
            jobs_entry.key_start,
            "`jobs:` is not a mapping of job ids to jobs".to_owned(),
        ));
    }
    let Some(on) = doc.get(root, "on") else {
        return Err((
            root_node.start,
            "the file is YAML but not a GitHub Actions workflow: it has no `on:` (the events that start it)".to_owned(),
        ));
    };
    let mut jobs = Vec::new();
    for entry in doc.entries(jobs_map) {
        let node = doc.resolve(entry.value);
        if !doc.is_map(node) {
            return Err((
                entry.key_start,
                format!("job `{}` is not a mapping", entry.key),
            ));
        }
        let steps_seq = doc.get(node, "steps");
        let mut steps = Vec::new();
        if let Some(seq) = steps_seq {
            if !doc.is_seq(seq) {
                return Err((
                    doc.node(seq).start,
                    format!("`steps:` of job `{}` is not a sequence", entry.key),
                ));
            }
            for (index, item) in doc.items(seq).iter().enumerate() {
                let step = doc.resolve(item.value);
                if !doc.is_map(step) {
                    return Err((
                        item.start,
                        format!("step {} of job `{}` is not a mapping", index + 1, entry.key),
                    ));
                }
                let with = doc
                    .entry(step, "with")
                    .map(|(i, e)| (i, doc.resolve(e.value)))
                    .filter(|(_, w)| doc.is_map(*w));
                steps.push(Step {
                    index,
                    node: step,
                    start: item.start,
                    uses: doc.get(step, "uses").and_then(|u| parse_uses(doc, u)),
                    run: doc
                        .get(step, "run")
                        .and_then(|r| doc.str(r))
                        .map(str::to_owned),
                    with,
                    env: env_at(doc, step),
                });
            }
        }
        let matrix = doc
            .get(node, "strategy")
            .and_then(|s| doc.get(s, "matrix"))
            .filter(|m| doc.is_map(*m));
        jobs.push(Job {
            id: entry.key.clone(),
            key_start: entry.key_start,
            node,
            env: env_at(doc, node),
            permissions: perm_at(doc, node),
            steps_seq,
            steps,
            calls: doc
                .get(node, "uses")
                .and_then(|u| doc.str(u))
                .map(str::to_owned),
            secrets: doc.get(node, "secrets"),
            environment: doc.get(node, "environment"),
            matrix,
        });
    }
    Ok(Workflow {
        on,
        env: env_at(doc, root),
        permissions: perm_at(doc, root),
        jobs,
    })
}

/// The events that start the workflow, with each event's configuration node.
pub(crate) fn events(doc: &Doc, on: NodeId) -> Vec<(String, Option<NodeId>)> {
    if let Some(s) = doc.str(on) {
        return vec![(s.to_owned(), None)];
    }
    if doc.is_seq(on) {
        return doc
            .items(on)
            .iter()
            .filter_map(|i| doc.str(i.value).map(|s| (s.to_owned(), None)))
            .collect();
    }
    doc.entries(on)
        .iter()
        .map(|e| {
            let v = doc.resolve(e.value);
            (e.key.clone(), (!doc.is_null(v)).then_some(v))
        })
        .collect()
}

/// A scalar or a sequence of scalars, as strings.
pub(crate) fn strings(doc: &Doc, node: NodeId) -> Vec<String> {
    if let Some(s) = doc.str(node) {
        return vec![s.to_owned()];
    }
    doc.items(node)
        .iter()
        .filter_map(|i| doc.str(i.value).map(str::to_owned))
        .collect()
}
