//! The policy as the rules see it: statements with their pointers, principals, and condition
//! entries (operator, key, values), each with the pointer to its place in the document.

use crate::iam::policy::{Effect, PolicyDocument, Principal, Statement};

use super::facts::{self, IssuerKind, Operator, ProviderArn};
use super::node::Node;
use super::pointer::Pointer;
use super::read::Parsed;
use super::subject::{self, Subject};
use super::{LintContext, PolicyKind};

pub(crate) struct Cx<'a> {
    pub doc: &'a PolicyDocument,
    pub node: &'a Node,
    pub ctx: &'a LintContext,
    pub kind: PolicyKind,
    pub statements: Vec<Stmt<'a>>,
    /// Every `sub` value under a positive string operator in a GitHub statement, analysed.
    pub subs: Vec<SubVal>,
}

/// One analysed `sub` value: indices into `statements`, its `conditions` and their `values`.
pub(crate) struct SubVal {
    pub stmt: usize,
    pub cond: usize,
    pub val: usize,
    pub subject: Subject,
    /// Another positive `sub` condition of the same statement lists only exact values; the
    /// conditions are ANDed, so this value's breadth does not widen the statement.
    pub narrowed_by_sub: bool,
    /// A positive condition on `repository` or `repository_id` with exact values names the
    /// repository (AWS's support for those keys is unconfirmed, see trust-claim-key-unconfirmed).
    pub narrowed_by_repo: bool,
}

impl SubVal {
    /// Whether a finding about how many repositories this value admits would overstate it.
    pub(crate) fn repo_narrowed(&self) -> bool {
        self.narrowed_by_sub || self.narrowed_by_repo
    }
}

/// Whether every value of the condition is exact (no active wildcard).
fn exact(c: &Cond<'_>) -> bool {
    !c.op.wildcards() || c.values.iter().all(|v| !facts::has_raw_wildcard(&v.text))
}

/// A `Federated` principal value that names (or tries to name) a GitHub provider.
pub(crate) struct Federated {
    pub value: String,
    pub ptr: Pointer,
    pub parsed: Result<ProviderArn, String>,
    pub issuer: Option<IssuerKind>,
}

pub(crate) struct Stmt<'a> {
    pub index: usize,
    pub ptr: Pointer,
    pub st: &'a Statement,
    /// Pointer to `Principal` (or `NotPrincipal`) when present.
    pub principal_ptr: Pointer,
    /// Every `Federated` value, GitHub or not.
    pub federated: Vec<Federated>,
    pub conditions: Vec<Cond<'a>>,
}

pub(crate) struct Val<'a> {
    pub text: std::borrow::Cow<'a, str>,
    pub ptr: Pointer,
    pub index: usize,
    pub count: usize,
}

pub(crate) struct Cond<'a> {
    pub op_text: &'a str,
    pub op: Operator,
    pub key: &'a str,
    pub key_ptr: Pointer,
    /// The part before the last `:` and the part after it.
    pub prefix: Option<&'a str>,
    pub claim: Option<&'a str>,
    /// The prefix looks like a GitHub issuer (even a misspelt one).
    pub github_key: bool,
    pub values: Vec<Val<'a>>,
}

impl Cond<'_> {
    /// Whether this is a GitHub key for `claim` (case-insensitive).
    pub(crate) fn is_claim(&self, claim: &str) -> bool {
        self.github_key && self.claim.is_some_and(|c| c.eq_ignore_ascii_case(claim))
    }
}

impl<'a> Stmt<'a> {
    pub(crate) fn is_allow(&self) -> bool {
        self.st.effect == Effect::Allow
    }

    /// Federated values that look like GitHub providers.
    pub(crate) fn github_providers(&self) -> impl Iterator<Item = &Federated> {
        self.federated.iter().filter(|f| f.issuer.is_some())
    }

    /// `Principal: "*"`, `{"AWS": "*"}` or `{"Federated": "*"}`.
    pub(crate) fn wildcard_principal(&self) -> Option<Pointer> {
        match &self.st.principal {
            Some(Principal::Wildcard(s)) if s == "*" => Some(self.principal_ptr.clone()),
            Some(Principal::Map(map)) => map.iter().find_map(|(kind, values)| {
                values
                    .iter()
                    .position(|v| v == "*")
                    .map(|i| self.principal_ptr.key(kind).item(values.is_list(), i))
            }),
            _ => None,
        }
    }

    /// An Allow statement that GitHub tokens can use: it names a GitHub provider, or it has a
    /// wildcard principal and GitHub condition keys.
    pub(crate) fn is_github(&self) -> bool {
        self.is_allow()
            && (self.github_providers().next().is_some()
                || (self.wildcard_principal().is_some()
                    && self.conditions.iter().any(|c| c.github_key)))
    }

    /// The GitHub provider host/paths this statement names (lower-case).
    pub(crate) fn provider_hosts(&self) -> Vec<String> {
        self.github_providers()
            .filter_map(|f| f.parsed.as_ref().ok())
            .map(|p| p.host_path.to_ascii_lowercase())
            .collect()
    }

    /// Where a missing condition would go: `Condition` if present, else the statement.
    pub(crate) fn condition_ptr(&self) -> Pointer {
        if self.st.condition.is_some() {
            self.ptr.key("Condition")
        } else {
            self.ptr.clone()
        }
    }

    /// A positive condition on a GitHub-looking key that no token carries (an unknown claim or a
    /// prefix other than the provider's): the statement can never match.
    pub(crate) fn has_impossible_condition(&self) -> bool {
        let hosts = self.provider_hosts();
        self.conditions.iter().any(|c| {
            let absent = !c.github_key
                || facts::github_issuer(c.prefix.unwrap_or_default()).is_none()
                || !c.claim.is_some_and(facts::is_github_claim)
                || (!hosts.is_empty()
                    && !hosts.contains(&c.prefix.unwrap_or_default().to_ascii_lowercase()));
            c.github_key
                && absent
                && c.op.is_positive_string()
                && !c.op.if_exists
                && c.op.set != Some(facts::SetQualifier::ForAllValues)
        })
    }

    /// Conditions on the GitHub claim `claim`.
    pub(crate) fn claim_conditions(&self, claim: &'a str) -> impl Iterator<Item = &Cond<'a>> {
        self.conditions.iter().filter(move |c| c.is_claim(claim))
    }
}

impl<'a> Cx<'a> {
    pub(crate) fn new(parsed: &'a Parsed, ctx: &'a LintContext, kind: PolicyKind) -> Self {
        let doc = &parsed.document;
        let list = doc.statement.is_list();
        let statements: Vec<Stmt<'a>> = doc
            .statement
            .iter()
            .enumerate()
            .map(|(index, st)| {
                stmt(
                    index,
                    Pointer::root().key("Statement").item(list, index),
                    st,
                )
            })
            .collect();
        let mut subs = Vec::new();
        if kind == PolicyKind::Trust {
            for (si, s) in statements.iter().enumerate() {
                if !s.is_github() {
                    continue;
                }
                let positive = |c: &&Cond<'_>| {
                    c.op.is_positive_string()
                        && !c.op.if_exists
                        && c.op.set != Some(facts::SetQualifier::ForAllValues)
                };
                for (ci, c) in s.conditions.iter().enumerate() {
                    if !(c.is_claim("sub") && c.op.is_positive_string()) {
                        continue;
                    }
                    let narrowed_by_sub = s
                        .conditions
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != ci)
                        .map(|(_, o)| o)
                        .filter(positive)
                        .any(|o| o.is_claim("sub") && exact(o));
                    let narrowed_by_repo = s.conditions.iter().filter(positive).any(|o| {
                        (o.is_claim("repository") || o.is_claim("repository_id")) && exact(o)
                    });
                    for (vi, v) in c.values.iter().enumerate() {
                        subs.push(SubVal {
                            stmt: si,
                            cond: ci,
                            val: vi,
                            subject: subject::analyse(&v.text, c.op),
                            narrowed_by_sub,
                            narrowed_by_repo,
                        });
                    }
                }
            }
        }
        Cx {
            doc,
            node: &parsed.node,
            ctx,
            kind,
            statements,
            subs,
        }
    }

    /// The statement, condition and value a [`SubVal`] refers to.
    pub(crate) fn sub_parts(&self, s: &SubVal) -> (&Stmt<'a>, &Cond<'a>, &Val<'a>) {
        let st = &self.statements[s.stmt];
        let c = &st.conditions[s.cond];
        (st, c, &c.values[s.val])
    }

    pub(crate) fn github_statements(&self) -> impl Iterator<Item = &Stmt<'a>> {
        self.statements.iter().filter(|s| s.is_github())
    }

    pub(crate) fn has_deny(&self) -> bool {
        self.statements.iter().any(|s| !s.is_allow())
    }
}

fn stmt<'a>(index: usize, ptr: Pointer, st: &'a Statement) -> Stmt<'a> {
    let principal_ptr = if st.principal.is_some() {
        ptr.key("Principal")
    } else {
        ptr.key("NotPrincipal")
    };
    let mut federated = Vec::new();
    if let Some(Principal::Map(map)) = &st.principal {
        for (kind, values) in map.iter() {
            if kind != "Federated" {
                continue;
            }
            for (i, v) in values.iter().enumerate() {
                let parsed = facts::parse_provider_arn(v);
                let issuer = match &parsed {
                    Ok(p) => facts::github_issuer(&p.host_path),
                    Err(_) => None,
                }
                .or_else(|| facts::looks_like_github_prefix(v).then_some(IssuerKind::GitHubCom));
                federated.push(Federated {
                    value: v.clone(),
                    ptr: principal_ptr.key(kind).item(values.is_list(), i),
                    parsed,
                    issuer,
                });
            }
        }
    }
    let mut conditions = Vec::new();
    if let Some(block) = &st.condition {
        let cptr = ptr.key("Condition");
        for (op_text, keys) in block.iter() {
            let op_ptr = cptr.key(op_text);
            for (key, values) in keys.iter() {
                let key_ptr = op_ptr.key(key);
                let (prefix, claim) = match facts::split_key(key) {
                    Some((p, c)) => (Some(p), Some(c)),
                    None => (None, None),
                };
                let github_key = prefix.is_some_and(facts::looks_like_github_prefix);
                let count = values.as_slice().len();
                let vals = values
                    .iter()
                    .enumerate()
                    .map(|(i, v)| Val {
                        text: v.text(),
                        ptr: key_ptr.item(values.is_list(), i),
                        index: i,
                        count,
                    })
                    .collect();
                conditions.push(Cond {
                    op_text,
                    op: Operator::parse(op_text),
                    key,
                    key_ptr,
                    prefix,
                    claim,
                    github_key,
                    values: vals,
                });
            }
        }
    }
    Stmt {
        index,
        ptr,
        st,
        principal_ptr,
        federated,
        conditions,
    }
}

/// A note for breadth findings when the policy has Deny statements, which the linter does not
/// subtract.
pub(crate) fn deny_note(cx: &Cx<'_>) -> &'static str {
    if cx.has_deny() {
        " (The policy has Deny statements; they may exclude part of this, and the linter does \
         not subtract them.)"
    } else {
        ""
    }
}

/// "value 2 of 3" style position text for list values, empty for a single value.
pub(crate) fn position(v: &Val<'_>) -> String {
    if v.count > 1 {
        format!(" (value {} of {})", v.index + 1, v.count)
    } else {
        String::new()
    }
}

/// The note for a loose value that is not first in its list: IAM's create-time check and
/// Checkov read only the first value (domain facts §2.5, landscape §3.3).
pub(crate) fn hidden_note(v: &Val<'_>) -> &'static str {
    if v.index > 0 {
        " It is not the first value of its list: IAM's create-time guardrail and Checkov's \
         CKV_AWS_358 read only the first value, so neither catches it."
    } else {
        ""
    }
}
