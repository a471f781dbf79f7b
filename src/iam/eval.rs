//! How IAM decides whether a role trust policy lets a web-identity token assume the role
//! (`sts:AssumeRoleWithWebIdentity`), modelled closely enough to explain a refusal.
//!
//! What is modelled (domain facts §1.1, §2.1, §2.2, §2.4; IAM User Guide "Condition operators",
//! "Conditions with multiple context keys or values", "Single-valued vs. multivalued context
//! keys", "Policy variables"):
//!
//! - Statements are `Allow` or `Deny`. A matching `Deny` wins over any `Allow`; with no matching
//!   `Allow` the request is implicitly denied.
//! - A statement applies when its `Principal` names the request's federated provider (or is
//!   `"*"` / `{"AWS": "*"}`; `NotPrincipal` inverts), its `Action`/`NotAction` covers the action
//!   (IAM wildcards `*` and `?`, case-insensitive), and every condition holds.
//! - Conditions: operators are ANDed, keys under one operator are ANDed, values for one key are
//!   ORed (NOR for the negated operators). Operator and key names are case-insensitive; values
//!   are case-sensitive except for the `...IgnoreCase` operators.
//! - A key absent from the request makes positive operators false and the negated operators
//!   (`StringNotEquals`, `StringNotEqualsIgnoreCase`, `StringNotLike`) true; `...IfExists` makes
//!   any operator true; `ForAllValues:` is true (fail-open) and `ForAnyValue:` false; `Null`
//!   tests presence.
//! - With `"Version": "2012-10-17"`, `${...}` in a string value is a policy variable: `${*}`,
//!   `${?}` and `${$}` stand for a literal `*`, `?` and `$`; `${key}` (optionally
//!   `${key, 'default'}`) is replaced by the request's single value for `key`. A variable that
//!   cannot be resolved makes the statement invalid: it matches nothing. With another or no
//!   `Version`, `${...}` is literal text.
//! - A condition key `<provider host/path>:<claim>` (for GitHub,
//!   `token.actions.githubusercontent.com:sub`) reads the token's claim. Every claim given in the
//!   request is readable; which GitHub claims AWS actually exposes beyond `aud` and `sub` is not
//!   confirmed (domain facts §2.6 [?]), so the caller decides by what it puts in the claims.
//!   Keys of any other prefix (`aws:...`) are absent unless given as context keys.
//! - Duplicate JSON keys (the policy model keeps them) are all evaluated and ANDed; how IAM
//!   itself treats duplicates is not confirmed [?].
//!
//! What is not modelled: operators other than the string operators and `Null` (numeric, date,
//! `Bool`, binary, IP, ARN) make the statement not match, with a reason saying so; the provider's
//! audience list (`Incorrect token audience`) and the token signature are checked by STS before
//! the trust policy and are outside this model; `Resource` in a trust policy is ignored.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::operator::{Base, Operator, Parsed, SetQualifier};
use super::policy::{
    ConditionBlock, ConditionValue, Effect, OneOrMany, OrderedMap, PolicyDocument, Principal,
    Statement, VERSION,
};

/// The action a web-identity token exchange asks for.
pub const ASSUME_ROLE_WITH_WEB_IDENTITY: &str = "sts:AssumeRoleWithWebIdentity";

/// A token's claims: claim name -> value(s).
pub type Claims = OrderedMap<OneOrMany<String>>;

/// What is being asked: which provider the token's issuer maps to, which action, and the
/// values the condition keys can read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// `arn:<partition>:iam::<account>:oidc-provider/<issuer host/path>`.
    pub provider_arn: String,
    /// Defaults to `sts:AssumeRoleWithWebIdentity`.
    pub action: String,
    /// The token's claims, read through `<issuer host/path>:<claim>` condition keys.
    pub claims: Claims,
    /// Other request-context keys by full name (`aws:SourceIp`, ...); absent unless given.
    #[serde(default)]
    pub context: OrderedMap<OneOrMany<String>>,
}

impl Request {
    /// A request from the identity provider `provider_arn`, with no claims yet.
    pub fn new(provider_arn: impl Into<String>) -> Self {
        Request {
            provider_arn: provider_arn.into(),
            action: ASSUME_ROLE_WITH_WEB_IDENTITY.to_owned(),
            claims: OrderedMap::new(),
            context: OrderedMap::new(),
        }
    }

    /// A request for a token whose `iss` is `issuer_url`, against a role in `account_id` of
    /// `partition` (`aws`, `aws-cn`, `aws-us-gov`).
    pub fn for_issuer(issuer_url: &str, partition: &str, account_id: &str) -> Self {
        Request::new(provider_arn_for_issuer(issuer_url, partition, account_id))
    }

    pub fn with_action(mut self, action: impl Into<String>) -> Self {
        self.action = action.into();
        self
    }

    pub fn with_claim(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.claims.insert(name, OneOrMany::One(value.into()));
        self
    }

    pub fn with_claim_values(mut self, name: impl Into<String>, values: Vec<String>) -> Self {
        self.claims.insert(name, OneOrMany::from_vec(values));
        self
    }

    /// Adds every claim of a single-valued claim map (what [`super::claims::claims`] returns).
    pub fn with_claims(mut self, claims: &OrderedMap<String>) -> Self {
        for (name, value) in claims.iter() {
            self.claims.insert(name, OneOrMany::One(value.clone()));
        }
        self
    }

    /// Adds a request-context key that is not a claim, e.g. `aws:SourceIp`.
    pub fn with_context_key(mut self, key: impl Into<String>, values: Vec<String>) -> Self {
        self.context.insert(key, OneOrMany::from_vec(values));
        self
    }

    /// The condition-key prefix (without the `:`) for this provider: the part of the ARN after
    /// `oidc-provider/`, or the whole provider string for names such as
    /// `cognito-identity.amazonaws.com`.
    pub fn key_prefix(&self) -> &str {
        match self.provider_arn.find(":oidc-provider/") {
            Some(at) => &self.provider_arn[at + ":oidc-provider/".len()..],
            None => &self.provider_arn,
        }
    }

    /// Resolves a condition key (case-insensitively) to the request's values.
    fn lookup(&self, key: &str) -> Lookup<'_> {
        if let Some(claim) = claim_name_of(key, self.key_prefix()) {
            let found = self
                .claims
                .iter()
                .find(|(name, _)| *name == claim)
                .or_else(|| {
                    self.claims
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case(claim))
                });
            return match found {
                Some((_, values)) if !values.as_slice().is_empty() => Lookup::Present {
                    values: values.as_slice(),
                    from_token: true,
                },
                _ => Lookup::Absent {
                    claim: Some(claim.to_owned()),
                },
            };
        }
        match self
            .context
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(key))
        {
            Some((_, values)) if !values.as_slice().is_empty() => Lookup::Present {
                values: values.as_slice(),
                from_token: false,
            },
            _ => Lookup::Absent { claim: None },
        }
    }
}

/// `arn:<partition>:iam::<account>:oidc-provider/<host/path>` for an issuer URL
/// (`https://` and a trailing `/` are dropped, as IAM names providers).
pub fn provider_arn_for_issuer(issuer_url: &str, partition: &str, account_id: &str) -> String {
    format!(
        "arn:{partition}:iam::{account_id}:oidc-provider/{}",
        issuer_host_path(issuer_url)
    )
}

/// The issuer URL without its scheme and trailing `/`: the condition-key prefix.
pub fn issuer_host_path(issuer_url: &str) -> &str {
    let url = issuer_url.trim();
    let url = match url.get(..8) {
        Some(scheme) if scheme.eq_ignore_ascii_case("https://") => &url[8..],
        _ => url,
    };
    url.trim_end_matches('/')
}

/// The claim a key names when it starts with `<prefix>:` (compared case-insensitively).
fn claim_name_of<'k>(key: &'k str, prefix: &str) -> Option<&'k str> {
    let head = key.get(..prefix.len())?;
    let rest = key.get(prefix.len()..)?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    rest.strip_prefix(':').filter(|claim| !claim.is_empty())
}

enum Lookup<'a> {
    Present {
        values: &'a [String],
        from_token: bool,
    },
    /// `claim` is the claim the key would read, when the key has the provider's prefix.
    Absent { claim: Option<String> },
}

// ---------------------------------------------------------------------------------------------
// Results

/// Which statement, for reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementRef {
    /// Position in `Statement` (0-based).
    pub index: usize,
    pub sid: Option<String>,
    pub effect: Effect,
}

impl fmt::Display for StatementRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let effect = match self.effect {
            Effect::Allow => "Allow",
            Effect::Deny => "Deny",
        };
        match &self.sid {
            Some(sid) => write!(f, "{effect} statement {} (Sid {})", self.index, quote(sid)),
            None => write!(f, "{effect} statement {} (no Sid)", self.index),
        }
    }
}

/// Why one condition (one operator on one key) does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The operator as written in the policy.
    pub operator: String,
    /// The condition key as written; `None` when the operator itself is the problem.
    pub key: Option<String>,
    /// The policy's values for the key, as written.
    pub policy_values: Vec<String>,
    /// The request's values for the key; `None` when the key is absent.
    pub request_values: Option<Vec<String>>,
    #[serde(flatten)]
    pub kind: FailureKind,
    /// The whole explanation in one sentence.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FailureKind {
    /// A positive operator: no request value matches any policy value.
    NoValueMatched,
    /// A negated operator: a request value matches a policy value.
    NegatedValueMatched { value: String, policy_value: String },
    /// A positive operator (or `ForAnyValue:`) on a key the request does not have.
    KeyAbsent,
    /// `ForAllValues:`: this request value does not satisfy the operator.
    NotAllValuesMatched { value: String },
    /// `Null: true` but the key is present.
    NullButPresent,
    /// `Null: false` but the key is absent.
    NullButAbsent,
    /// A `Null` value other than `true`/`false`.
    InvalidNullValue { value: String },
    /// `${...}` that the request cannot fill: the statement is invalid and matches nothing.
    UnresolvedVariable { variable: String },
    /// Not an IAM condition operator at all.
    UnknownOperator,
    /// An IAM operator this evaluator does not model (numeric, date, Bool, binary, IP, ARN).
    UnsupportedOperator,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// What happened to one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum StatementOutcome {
    /// Principal, action and conditions all match.
    Applies,
    /// The statement has neither `Principal` nor `NotPrincipal`.
    NoPrincipal,
    /// `Principal` does not name the provider (or `NotPrincipal` does); `named` lists what it
    /// names.
    PrincipalNotMatched { named: Vec<String> },
    /// The statement has neither `Action` nor `NotAction`.
    NoAction,
    /// `Action` does not cover the action (or `NotAction` does).
    ActionNotCovered {
        actions: Vec<String>,
        not_action: bool,
    },
    /// At least one condition does not hold; all failing conditions are listed.
    ConditionsFailed { failures: Vec<Failure> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementTrace {
    #[serde(flatten)]
    pub statement: StatementRef,
    #[serde(flatten)]
    pub outcome: StatementOutcome,
}

/// An Allow statement that names the provider and the action, and the conditions it failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementFailures {
    pub statement: StatementRef,
    pub failures: Vec<Failure>,
}

/// Why the request was allowed or refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// This Allow statement matched and no Deny did.
    Allowed { statement: StatementRef },
    /// This Deny statement matched (explicit deny wins).
    ExplicitDeny { statement: StatementRef },
    /// Allow statements name the provider and the action, but their conditions fail.
    ConditionsNotMet { statements: Vec<StatementFailures> },
    /// Allow statements name the provider, but none covers the action.
    ActionNotCovered {
        action: String,
        statements: Vec<StatementRef>,
    },
    /// No Allow statement names the provider; `named` lists the principals they do name.
    ProviderNotNamed {
        provider_arn: String,
        named: Vec<String>,
    },
    /// The policy has no Allow statement.
    NoAllowStatement,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Allowed { statement } => write!(f, "allowed by {statement}"),
            Reason::ExplicitDeny { statement } => {
                write!(
                    f,
                    "explicitly denied by {statement} (a matching Deny wins over any Allow)"
                )
            }
            Reason::ConditionsNotMet { statements } => {
                f.write_str("no Allow statement's conditions hold: ")?;
                for (i, st) in statements.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{}: ", st.statement)?;
                    for (j, failure) in st.failures.iter().enumerate() {
                        if j > 0 {
                            f.write_str(", and ")?;
                        }
                        f.write_str(&failure.message)?;
                    }
                }
                Ok(())
            }
            Reason::ActionNotCovered { action, statements } => {
                write!(
                    f,
                    "no Allow statement that names the provider covers {action}: "
                )?;
                for (i, st) in statements.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{st}")?;
                }
                f.write_str(" name it but not the action")
            }
            Reason::ProviderNotNamed {
                provider_arn,
                named,
            } => {
                write!(
                    f,
                    "no Allow statement names the token's identity provider {}",
                    quote(provider_arn)
                )?;
                if named.is_empty() {
                    Ok(())
                } else {
                    write!(
                        f,
                        "; the policy's Allow statements name {}",
                        quote_list(named)
                    )
                }
            }
            Reason::NoAllowStatement => f.write_str(
                "the policy has no Allow statement, so every request is implicitly denied",
            ),
        }
    }
}

/// The verdict, its reason, and what happened to each statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub reason: Reason,
    /// `reason` as one sentence.
    pub message: String,
    /// Statements this evaluator could not fully judge (unknown or unsupported operators,
    /// unresolved policy variables) in a way that could change the verdict.
    pub caveats: Vec<String>,
    pub statements: Vec<StatementTrace>,
}

// ---------------------------------------------------------------------------------------------
// Policy evaluation

/// Evaluates a role trust policy for `request`.
pub fn evaluate(policy: &PolicyDocument, request: &Request) -> Decision {
    let version = policy.version.as_deref();
    let traces: Vec<StatementTrace> = policy
        .statement
        .iter()
        .enumerate()
        .map(|(index, st)| StatementTrace {
            statement: StatementRef {
                index,
                sid: st.sid.clone(),
                effect: st.effect,
            },
            outcome: statement_outcome(st, request, version),
        })
        .collect();

    let mut caveats = Vec::new();
    for trace in &traces {
        if let StatementOutcome::ConditionsFailed { failures } = &trace.outcome {
            for failure in failures {
                let undecidable = matches!(
                    failure.kind,
                    FailureKind::UnknownOperator
                        | FailureKind::UnsupportedOperator
                        | FailureKind::UnresolvedVariable { .. }
                );
                if undecidable {
                    caveats.push(format!(
                        "{} was treated as not matching: {}",
                        trace.statement, failure.message
                    ));
                }
            }
        }
    }

    let applies = |t: &&StatementTrace, effect: Effect| {
        t.statement.effect == effect && t.outcome == StatementOutcome::Applies
    };
    let reason = if let Some(deny) = traces.iter().find(|t| applies(t, Effect::Deny)) {
        Reason::ExplicitDeny {
            statement: deny.statement.clone(),
        }
    } else if let Some(allow) = traces.iter().find(|t| applies(t, Effect::Allow)) {
        Reason::Allowed {
            statement: allow.statement.clone(),
        }
    } else {
        refusal(&traces, policy, request)
    };
    let allowed = matches!(reason, Reason::Allowed { .. });
    Decision {
        allowed,
        message: reason.to_string(),
        reason,
        caveats,
        statements: traces,
    }
}

/// The most useful explanation of an implicit deny: the nearest misses first.
fn refusal(traces: &[StatementTrace], policy: &PolicyDocument, request: &Request) -> Reason {
    let allows: Vec<&StatementTrace> = traces
        .iter()
        .filter(|t| t.statement.effect == Effect::Allow)
        .collect();
    if allows.is_empty() {
        return Reason::NoAllowStatement;
    }
    let failing: Vec<StatementFailures> = allows
        .iter()
        .filter_map(|t| match &t.outcome {
            StatementOutcome::ConditionsFailed { failures } => Some(StatementFailures {
                statement: t.statement.clone(),
                failures: failures.clone(),
            }),
            _ => None,
        })
        .collect();
    if !failing.is_empty() {
        return Reason::ConditionsNotMet {
            statements: failing,
        };
    }
    let wrong_action: Vec<StatementRef> = allows
        .iter()
        .filter(|t| {
            matches!(
                t.outcome,
                StatementOutcome::ActionNotCovered { .. } | StatementOutcome::NoAction
            )
        })
        .map(|t| t.statement.clone())
        .collect();
    if !wrong_action.is_empty() {
        return Reason::ActionNotCovered {
            action: request.action.clone(),
            statements: wrong_action,
        };
    }
    let mut named = Vec::new();
    for (st, trace) in policy.statement.iter().zip(traces) {
        if trace.statement.effect == Effect::Allow {
            for name in principal_names(st.principal.as_ref().or(st.not_principal.as_ref())) {
                if !named.contains(&name) {
                    named.push(name);
                }
            }
        }
    }
    Reason::ProviderNotNamed {
        provider_arn: request.provider_arn.clone(),
        named,
    }
}

fn statement_outcome(st: &Statement, request: &Request, version: Option<&str>) -> StatementOutcome {
    // Principal.
    match (&st.principal, &st.not_principal) {
        (Some(p), _) => {
            if !principal_names_provider(p, &request.provider_arn) {
                return StatementOutcome::PrincipalNotMatched {
                    named: principal_names(Some(p)),
                };
            }
        }
        (None, Some(np)) => {
            if principal_names_provider(np, &request.provider_arn) {
                return StatementOutcome::PrincipalNotMatched {
                    named: principal_names(Some(np)),
                };
            }
        }
        (None, None) => return StatementOutcome::NoPrincipal,
    }
    // Action.
    match (&st.action, &st.not_action) {
        (Some(actions), _) => {
            if !actions.iter().any(|a| action_matches(a, &request.action)) {
                return StatementOutcome::ActionNotCovered {
                    actions: actions.iter().cloned().collect(),
                    not_action: false,
                };
            }
        }
        (None, Some(not_actions)) => {
            if not_actions
                .iter()
                .any(|a| action_matches(a, &request.action))
            {
                return StatementOutcome::ActionNotCovered {
                    actions: not_actions.iter().cloned().collect(),
                    not_action: true,
                };
            }
        }
        (None, None) => return StatementOutcome::NoAction,
    }
    // Conditions.
    match &st.condition {
        Some(block) => {
            let failures = condition_failures(block, request, version);
            if failures.is_empty() {
                StatementOutcome::Applies
            } else {
                StatementOutcome::ConditionsFailed { failures }
            }
        }
        None => StatementOutcome::Applies,
    }
}

/// Whether a `Principal` value covers the federated provider. `"*"` and `{"AWS": "*"}` cover
/// everyone; a `Federated` entry covers the provider when it is `"*"` or the exact ARN.
fn principal_names_provider(principal: &Principal, provider_arn: &str) -> bool {
    match principal {
        Principal::Wildcard(s) => s == "*",
        Principal::Map(map) => map.iter().any(|(kind, values)| match kind {
            "Federated" => values.iter().any(|v| v == "*" || v == provider_arn),
            "AWS" => values.iter().any(|v| v == "*"),
            _ => false,
        }),
    }
}

fn principal_names(principal: Option<&Principal>) -> Vec<String> {
    match principal {
        None => Vec::new(),
        Some(Principal::Wildcard(s)) => vec![s.clone()],
        Some(Principal::Map(map)) => map
            .iter()
            .flat_map(|(kind, values)| values.iter().map(move |v| format!("{kind}: {v}")))
            .collect(),
    }
}

/// IAM action matching: case-insensitive, `*` any run of characters, `?` one character.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    let pattern: Vec<Piece> = pattern
        .chars()
        .map(fold_case)
        .map(|c| match c {
            '*' => Piece::Many,
            '?' => Piece::One,
            c => Piece::Lit(c),
        })
        .collect();
    let text: Vec<char> = action.chars().map(fold_case).collect();
    glob_matches(&pattern, &text)
}

/// Lower case for the characters IAM policies may hold (U+0020-U+00FF: ASCII and Latin-1);
/// anything else is compared as it is. IAM documents case-insensitive matching without saying
/// how it folds other scripts, and a policy cannot name them anyway.
pub(crate) fn fold_case(c: char) -> char {
    match c {
        'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => {
            char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
        }
        _ => c,
    }
}

// ---------------------------------------------------------------------------------------------
// Conditions

/// Whether a condition block holds for `request`, with `"Version": "2012-10-17"` semantics
/// (policy variables on). On failure, returns the first failing condition; see
/// [`condition_failures`] for all of them.
#[allow(
    clippy::result_large_err,
    reason = "the failure is the explanation; refusals are rare and reported once"
)]
pub fn condition_matches(block: &ConditionBlock, request: &Request) -> Result<(), Failure> {
    match condition_failures(block, request, Some(VERSION))
        .into_iter()
        .next()
    {
        Some(failure) => Err(failure),
        None => Ok(()),
    }
}

/// Every condition of `block` that does not hold (empty: the block holds). `policy_version` is
/// the document's `Version`; only `2012-10-17` turns on policy variables.
pub fn condition_failures(
    block: &ConditionBlock,
    request: &Request,
    policy_version: Option<&str>,
) -> Vec<Failure> {
    let variables = policy_version == Some(VERSION);
    let mut failures = Vec::new();
    for (op_text, keys) in block.iter() {
        let op = match parse_operator(op_text) {
            Parsed::Known(op) => op,
            parsed @ (Parsed::Unsupported | Parsed::Unknown) => {
                let (kind, message) = if matches!(parsed, Parsed::Unsupported) {
                    (
                        FailureKind::UnsupportedOperator,
                        format!(
                            "{} is an IAM condition operator this evaluator does not model, so \
                             the statement is treated as not matching",
                            quote(op_text)
                        ),
                    )
                } else {
                    (
                        FailureKind::UnknownOperator,
                        format!(
                            "{} is not an IAM condition operator (unknown operator), so the \
                             statement does not match",
                            quote(op_text)
                        ),
                    )
                };
                failures.push(Failure {
                    operator: op_text.to_owned(),
                    key: None,
                    policy_values: Vec::new(),
                    request_values: None,
                    kind,
                    message,
                });
                continue;
            }
        };
        for (key, values) in keys.iter() {
            if let Err(failure) = check_key(op_text, &op, key, values, request, variables) {
                failures.push(failure);
            }
        }
    }
    failures
}

/// Operator names are case-insensitive: `ForAllValues:`/`ForAnyValue:` prefix, base name,
/// `IfExists` suffix (see [`super::operator`]).
fn parse_operator(text: &str) -> Parsed {
    Operator::classify(text)
}

#[allow(
    clippy::result_large_err,
    reason = "the failure is the explanation; refusals are rare and reported once"
)]
fn check_key(
    op_text: &str,
    op: &Operator,
    key: &str,
    values: &OneOrMany<ConditionValue>,
    request: &Request,
    variables: bool,
) -> Result<(), Failure> {
    let policy_values: Vec<String> = values.iter().map(|v| v.text().into_owned()).collect();
    let lookup = request.lookup(key);
    let (request_values, from_token) = match &lookup {
        Lookup::Present { values, from_token } => (Some(*values), *from_token),
        Lookup::Absent { .. } => (None, false),
    };
    let fail = |kind: FailureKind, detail: String| Failure {
        operator: op_text.to_owned(),
        key: Some(key.to_owned()),
        policy_values: policy_values.clone(),
        request_values: request_values.map(<[String]>::to_vec),
        kind,
        message: format!("{op_text} on {key}: {detail}"),
    };
    let whose = if from_token {
        "the token's"
    } else {
        "the request's"
    };

    if op.base == Base::Null {
        let mut invalid = None;
        let mut want_absent = false;
        let mut want_present = false;
        for v in &policy_values {
            if v.eq_ignore_ascii_case("true") {
                want_absent = true;
            } else if v.eq_ignore_ascii_case("false") {
                want_present = true;
            } else if invalid.is_none() {
                invalid = Some(v.clone());
            }
        }
        let present = request_values.is_some();
        if (want_absent && !present) || (want_present && present) {
            return Ok(());
        }
        if let Some(value) = invalid
            && !want_absent
            && !want_present
        {
            return Err(fail(
                FailureKind::InvalidNullValue {
                    value: value.clone(),
                },
                format!("Null takes true or false, not {}", quote(&value)),
            ));
        }
        return Err(match request_values {
            Some(vals) => fail(
                FailureKind::NullButPresent,
                format!(
                    "Null true requires the key to be absent, but {whose} value is {}",
                    show_values(vals)
                ),
            ),
            None => fail(
                FailureKind::NullButAbsent,
                format!(
                    "Null false requires the key to be present, but it is absent{}",
                    absent_hint(&lookup, request)
                ),
            ),
        });
    }

    let Some(actual) = request_values else {
        if op.if_exists {
            return Ok(());
        }
        return match op.set {
            Some(SetQualifier::ForAllValues) => Ok(()),
            Some(SetQualifier::ForAnyValue) => Err(fail(
                FailureKind::KeyAbsent,
                format!(
                    "the key is absent from the request{}, and ForAnyValue needs at least one value",
                    absent_hint(&lookup, request)
                ),
            )),
            None if op.negated() => Ok(()),
            None => Err(fail(
                FailureKind::KeyAbsent,
                format!(
                    "the key is absent from the request{}, so the operator is false",
                    absent_hint(&lookup, request)
                ),
            )),
        };
    };

    // Resolve policy variables once per value.
    let mut patterns = Vec::with_capacity(policy_values.len());
    for (text, raw) in policy_values.iter().zip(values.iter()) {
        let wildcards = matches!(op.base, Base::StringLike | Base::StringNotLike);
        // Policy variables apply to string values only; a JSON number or boolean is its text.
        let use_vars = variables && matches!(raw, ConditionValue::String(_));
        match compile(text, use_vars, wildcards, request) {
            Ok(p) => patterns.push(p),
            Err(variable) => {
                return Err(fail(
                    FailureKind::UnresolvedVariable {
                        variable: variable.clone(),
                    },
                    format!(
                        "the policy variable {variable} has no single value in this request, so \
                         the statement is invalid and matches nothing"
                    ),
                ));
            }
        }
    }

    // For one request value: the index of the first policy value it matches.
    let first_match = |value: &str| -> Option<usize> {
        patterns
            .iter()
            .position(|p| value_matches(op.base, p, value))
    };
    let negated = op.negated();
    // Whether one request value satisfies the operator (NOR across values when negated).
    let satisfied = |value: &str| first_match(value).is_some() != negated;

    let ok = match op.set {
        Some(SetQualifier::ForAllValues) => actual.iter().all(|v| satisfied(v)),
        Some(SetQualifier::ForAnyValue) => actual.iter().any(|v| satisfied(v)),
        // Without a qualifier a (normally single) value must satisfy the operator; with several
        // request values the positive operators need one of them to match and the negated ones
        // need none to match.
        None if negated => actual.iter().all(|v| first_match(v).is_none()),
        None => actual.iter().any(|v| first_match(v).is_some()),
    };
    if ok {
        return Ok(());
    }

    let values_text = if actual.len() == 1 {
        format!("{whose} value {}", quote(&actual[0]))
    } else {
        format!("{whose} values {}", quote_list(actual))
    };
    let pattern_word = if matches!(op.base, Base::StringLike | Base::StringNotLike) {
        "the pattern "
    } else {
        ""
    };
    if op.set == Some(SetQualifier::ForAllValues)
        && let Some(bad) = actual.iter().find(|v| !satisfied(v))
    {
        let detail = if negated {
            let hit = first_match(bad)
                .map(|i| policy_values[i].as_str())
                .unwrap_or_default();
            format!(
                "ForAllValues needs every value to pass, but {} matches {pattern_word}{}",
                quote(bad),
                quote(hit)
            )
        } else {
            format!(
                "ForAllValues needs every value to pass, but {} matches none of {}",
                quote(bad),
                quote_list(&policy_values)
            )
        };
        return Err(fail(
            FailureKind::NotAllValuesMatched { value: bad.clone() },
            detail,
        ));
    }
    if negated {
        // Some request value matched a policy value.
        let (value, hit) = actual
            .iter()
            .find_map(|v| first_match(v).map(|i| (v.clone(), policy_values[i].clone())))
            .unwrap_or_default();
        let detail = if actual.len() == 1 {
            format!("{values_text} matches {pattern_word}{}", quote(&hit))
        } else {
            format!(
                "{values_text}: {} matches {pattern_word}{}",
                quote(&value),
                quote(&hit)
            )
        };
        return Err(fail(
            FailureKind::NegatedValueMatched {
                value,
                policy_value: hit,
            },
            detail,
        ));
    }
    Err(fail(
        FailureKind::NoValueMatched,
        format!(
            "{values_text} matches none of {}",
            quote_list(&policy_values)
        ),
    ))
}

/// Extra words for an absent key: which claim the token lacks, or the prefix this issuer's keys
/// use when the key has another.
fn absent_hint(lookup: &Lookup<'_>, request: &Request) -> String {
    match lookup {
        Lookup::Absent { claim: Some(claim) } => {
            format!(" (the token has no {} claim)", quote(claim))
        }
        _ => format!(
            " (this token's claims are read through keys starting with {})",
            quote(&format!("{}:", request.key_prefix()))
        ),
    }
}

fn value_matches(base: Base, pattern: &[Piece], value: &str) -> bool {
    match base {
        Base::StringEquals | Base::StringNotEquals => {
            let text: Vec<char> = value.chars().collect();
            glob_matches(pattern, &text)
        }
        Base::StringEqualsIgnoreCase | Base::StringNotEqualsIgnoreCase => {
            let literal: String = pattern
                .iter()
                .map(|p| match p {
                    Piece::Lit(c) => *c,
                    // Not produced without wildcards; kept total.
                    Piece::One => '?',
                    Piece::Many => '*',
                })
                .collect();
            literal
                .chars()
                .map(fold_case)
                .eq(value.chars().map(fold_case))
        }
        Base::StringLike | Base::StringNotLike => {
            let text: Vec<char> = value.chars().collect();
            glob_matches(pattern, &text)
        }
        // Never reached: the evaluator handles `Null` itself, and other operators are
        // reported as unsupported before any value is compared.
        Base::Null | Base::Other => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Values: policy variables and wildcards

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Lit(char),
    /// `?`: exactly one character.
    One,
    /// `*`: zero or more characters, `/` and `:` included.
    Many,
}

/// Turns a policy value into pieces: resolves `${...}` when `variables` is on (escapes and
/// substituted values are always literal), and reads `*`/`?` as wildcards when `wildcards` is
/// on. `Err` carries the variable that cannot be resolved.
fn compile(
    value: &str,
    variables: bool,
    wildcards: bool,
    request: &Request,
) -> Result<Vec<Piece>, String> {
    let mut out = Vec::with_capacity(value.len());
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if variables
            && rest.starts_with("${")
            && let Some((replacement, used)) = parse_variable(rest, request)?
        {
            out.extend(replacement.chars().map(Piece::Lit));
            rest = &rest[used..];
            continue;
        }
        out.push(match c {
            '*' if wildcards => Piece::Many,
            '?' if wildcards => Piece::One,
            c => Piece::Lit(c),
        });
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

/// Parses `${name}` or `${name, 'default'}` at the start of `text`. `Ok(None)`: no closing brace,
/// so the text is literal. `Ok(Some((replacement, bytes used)))` or `Err(variable as written)`.
fn parse_variable(text: &str, request: &Request) -> Result<Option<(String, usize)>, String> {
    let body = &text[2..];
    // The name runs to `}` or `,`.
    let Some(end) = body.find(['}', ',']) else {
        return Ok(None);
    };
    let name = body[..end].trim();
    let (default, used) = if body[end..].starts_with(',') {
        // `, 'default'}` with `''` for a literal quote.
        let after = body[end + 1..].trim_start();
        let Some(quoted) = after.strip_prefix('\'') else {
            return Err(variable_text(text, body));
        };
        let mut default = String::new();
        let mut chars = quoted.char_indices().peekable();
        let mut close = None;
        while let Some((i, c)) = chars.next() {
            if c == '\'' {
                if matches!(chars.peek(), Some((_, '\''))) {
                    default.push('\'');
                    chars.next();
                } else {
                    close = Some(i);
                    break;
                }
            } else {
                default.push(c);
            }
        }
        let Some(close) = close else {
            return Err(variable_text(text, body));
        };
        let tail = &quoted[close + 1..];
        let tail_trimmed = tail.trim_start();
        let Some(after_brace) = tail_trimmed.strip_prefix('}') else {
            return Err(variable_text(text, body));
        };
        let used = text.len() - after_brace.len();
        (Some(default), used)
    } else {
        (None, 2 + end + 1)
    };
    let replacement = match name {
        "*" => Some("*".to_owned()),
        "?" => Some("?".to_owned()),
        "$" => Some("$".to_owned()),
        "" => None,
        key => match request.lookup(key) {
            Lookup::Present { values: [one], .. } => Some(one.clone()),
            _ => None,
        },
    };
    match replacement.or(default) {
        Some(r) => Ok(Some((r, used))),
        None => Err(text[..used].to_owned()),
    }
}

/// The variable as written, up to its closing brace if any, for error messages.
fn variable_text(text: &str, body: &str) -> String {
    match body.find('}') {
        Some(i) => text[..2 + i + 1].to_owned(),
        None => text.to_owned(),
    }
}

/// Glob matching over characters; `*` may match nothing.
fn glob_matches(pattern: &[Piece], text: &[char]) -> bool {
    let (mut p, mut t) = (0, 0);
    // Where to resume after the last `*`: (pattern index after it, text index it matched to).
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(Piece::Many) => {
                star = Some((p + 1, t));
                p += 1;
            }
            Some(Piece::One) => {
                p += 1;
                t += 1;
            }
            Some(Piece::Lit(c)) if *c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|piece| *piece == Piece::Many)
}

// ---------------------------------------------------------------------------------------------
// Display helpers

/// A string as a JSON literal: quoted, with escapes.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

fn quote_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", inner.join(", "))
}

fn show_values(values: &[String]) -> String {
    if values.len() == 1 {
        quote(&values[0])
    } else {
        quote_list(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::iam::claims::{self, Issuer, Run, Trigger};

    const GITHUB: &str =
        "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
    const SUB: &str = "token.actions.githubusercontent.com:sub";
    const AUD: &str = "token.actions.githubusercontent.com:aud";
    const MAIN: &str = "repo:o/r:ref:refs/heads/main";

    #[test]
    fn case_folds_ascii_and_latin1_capitals_only() {
        assert_eq!(fold_case('A'), 'a');
        assert_eq!(fold_case('Z'), 'z');
        assert_eq!(fold_case('\u{C0}'), '\u{E0}'); // À -> à
        assert_eq!(fold_case('\u{DE}'), '\u{FE}'); // Þ -> þ
        assert_eq!(fold_case('\u{D7}'), '\u{D7}'); // × has no lower case
        assert_eq!(fold_case('\u{DF}'), '\u{DF}'); // ß stays
        assert_eq!(fold_case('a'), 'a');
        assert_eq!(fold_case('Ω'), 'Ω'); // outside what a policy can hold
        assert!(action_matches("ECR:Put*", "ecr:putimage"));
    }

    fn parse(json: &str) -> PolicyDocument {
        serde_json::from_str(json).expect("test policy parses")
    }

    /// An Allow statement for the GitHub provider with this `Condition` JSON.
    fn trust(condition: &str) -> PolicyDocument {
        parse(&format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"GitHubOidc","Effect":"Allow",
            "Principal":{{"Federated":"{GITHUB}"}},"Action":"sts:AssumeRoleWithWebIdentity",
            "Condition":{condition}}}]}}"#
        ))
    }

    fn token(sub: &str) -> Request {
        Request::new(GITHUB)
            .with_claim("sub", sub)
            .with_claim("aud", "sts.amazonaws.com")
    }

    fn block(json: &str) -> ConditionBlock {
        serde_json::from_str(json).expect("test block parses")
    }

    fn holds(condition: &str, request: &Request) -> bool {
        condition_matches(&block(condition), request).is_ok()
    }

    fn like(pattern: &str, sub: &str) -> bool {
        holds(
            &format!(r#"{{"StringLike":{{"{SUB}":"{pattern}"}}}}"#),
            &token(sub),
        )
    }

    fn equals(pattern: &str, sub: &str) -> bool {
        holds(
            &format!(r#"{{"StringEquals":{{"{SUB}":"{pattern}"}}}}"#),
            &token(sub),
        )
    }

    #[test]
    fn canonical_policy_allows_the_pinned_branch() {
        let policy = trust(&format!(
            r#"{{"StringEquals":{{"{AUD}":"sts.amazonaws.com","{SUB}":"{MAIN}"}}}}"#
        ));
        let d = evaluate(&policy, &token(MAIN));
        assert!(d.allowed, "{}", d.message);
        assert_eq!(
            d.message,
            "allowed by Allow statement 0 (Sid \"GitHubOidc\")"
        );
        assert!(d.caveats.is_empty());
    }

    #[test]
    fn refusal_names_statement_operator_key_and_values() {
        let policy = trust(&format!(r#"{{"StringEquals":{{"{SUB}":"{MAIN}"}}}}"#));
        let d = evaluate(&policy, &token("repo:o/r:ref:refs/heads/dev"));
        assert!(!d.allowed);
        let Reason::ConditionsNotMet { statements } = &d.reason else {
            panic!("unexpected reason {:?}", d.reason)
        };
        assert_eq!(statements.len(), 1);
        assert_eq!(statements[0].statement.index, 0);
        assert_eq!(statements[0].statement.sid.as_deref(), Some("GitHubOidc"));
        let f = &statements[0].failures[0];
        assert_eq!(f.operator, "StringEquals");
        assert_eq!(f.key.as_deref(), Some(SUB));
        assert_eq!(f.kind, FailureKind::NoValueMatched);
        assert_eq!(
            f.message,
            "StringEquals on token.actions.githubusercontent.com:sub: the token's value \
             \"repo:o/r:ref:refs/heads/dev\" matches none of [\"repo:o/r:ref:refs/heads/main\"]"
        );
        assert_eq!(
            d.message,
            format!(
                "no Allow statement's conditions hold: Allow statement 0 (Sid \"GitHubOidc\"): {}",
                f.message
            )
        );
    }

    #[test]
    fn string_equals_is_exact_and_case_sensitive_and_star_is_literal() {
        assert!(equals(MAIN, MAIN));
        assert!(!equals(MAIN, "repo:O/r:ref:refs/heads/main"));
        assert!(!equals("repo:o/*", MAIN));
        assert!(equals("repo:o/*", "repo:o/*"));
        assert!(!equals("repo:o/r:ref:refs/heads/mai?", MAIN));
    }

    #[test]
    fn star_matches_zero_characters() {
        assert!(like("repo:o/r:ref:refs/heads/main*", MAIN));
        assert!(like("*repo:o/r:ref:refs/heads/main", MAIN));
        assert!(like(
            "repo:o/r:*:refs/heads/main",
            "repo:o/r::refs/heads/main"
        ));
        assert!(like("*", ""));
    }

    #[test]
    fn star_crosses_slash_and_colon() {
        assert!(like("repo:o/*", "repo:o/other:ref:refs/heads/main"));
        assert!(like(
            "repo:o/r:ref:refs/heads/*",
            "repo:o/r:ref:refs/heads/feature/x"
        ));
        assert!(like("repo:*:pull_request", "repo:o/r:pull_request"));
        assert!(like("repo:o/r:*", "repo:o/r:environment:prod"));
        assert!(like(
            "repo:o/r:ref:refs/heads/main*",
            "repo:o/r:ref:refs/heads/main-hotfix"
        ));
        assert!(!like(
            "repo:o/r:*",
            "job_workflow_ref:o/r/.github/workflows/x.yml@refs/heads/main"
        ));
        // Backtracking: the first `*` must not swallow what the rest needs.
        assert!(like("*:ref:*main", "repo:o/r:ref:refs/heads/main"));
        assert!(!like("*:ref:*main", "repo:o/r:pull_request"));
    }

    #[test]
    fn question_mark_matches_exactly_one_character() {
        assert!(like("repo:o/r:ref:refs/heads/mai?", MAIN));
        assert!(
            !like("repo:o/r:ref:refs/heads/main?", MAIN),
            "not zero characters"
        );
        assert!(
            !like("repo:o/r:ref:refs/heads/ma?", MAIN),
            "not two characters"
        );
        assert!(like("repo:o/r:ref:refs/heads/??in", MAIN));
        assert!(
            like("repo:o?r:ref:refs/heads/main", MAIN),
            "? matches a slash"
        );
    }

    #[test]
    fn escapes_are_literal_characters() {
        // ${*}: a literal star, not a wildcard.
        assert!(like(
            "repo:o/r:environment:a${*}b",
            "repo:o/r:environment:a*b"
        ));
        assert!(!like(
            "repo:o/r:environment:a${*}b",
            "repo:o/r:environment:axxb"
        ));
        // ${?}: a literal question mark.
        assert!(like(
            "repo:o/r:environment:a${?}",
            "repo:o/r:environment:a?"
        ));
        assert!(!like(
            "repo:o/r:environment:a${?}",
            "repo:o/r:environment:ab"
        ));
        // ${$}: a literal dollar, also to write a literal "${".
        assert!(like(
            "repo:o/r:ref:refs/heads/${$}{x}",
            "repo:o/r:ref:refs/heads/${x}"
        ));
        assert!(equals(
            "repo:o/r:ref:refs/heads/a${$}b",
            "repo:o/r:ref:refs/heads/a$b"
        ));
        assert!(equals("a${*}", "a*"));
        // Escapes mixed with real wildcards.
        assert!(like(
            "repo:o/r:environment:${*}*",
            "repo:o/r:environment:*prod"
        ));
        assert!(!like(
            "repo:o/r:environment:${*}*",
            "repo:o/r:environment:prod"
        ));
    }

    #[test]
    fn escapes_need_version_2012_10_17() {
        // Without a Version the policy language is 2008-10-17: `${*}` is five literal characters
        // (and its `*` is a wildcard again under StringLike).
        let policy = parse(&format!(
            r#"{{"Statement":{{"Effect":"Allow","Principal":{{"Federated":"{GITHUB}"}},
            "Action":"sts:AssumeRoleWithWebIdentity",
            "Condition":{{"StringEquals":{{"{SUB}":"a${{*}}"}}}}}}}}"#
        ));
        assert!(!evaluate(&policy, &token("a*")).allowed);
        assert!(evaluate(&policy, &token("a${*}")).allowed);
    }

    #[test]
    fn policy_variables_read_the_request() {
        let owner = "token.actions.githubusercontent.com:repository_owner";
        let req = token("repo:octo/x:ref:refs/heads/main").with_claim("repository_owner", "octo");
        assert!(holds(
            &format!(r#"{{"StringLike":{{"{SUB}":"repo:${{{owner}}}/*"}}}}"#),
            &req
        ));
        assert!(!holds(
            &format!(r#"{{"StringLike":{{"{SUB}":"repo:${{{owner}}}x/*"}}}}"#),
            &req
        ));
        // An unresolvable variable makes the statement invalid, whatever the operator.
        let missing = format!(r#"{{"StringNotEquals":{{"{SUB}":"${{aws:username}}"}}}}"#);
        let err = condition_matches(&block(&missing), &req).expect_err("invalid");
        assert_eq!(
            err.kind,
            FailureKind::UnresolvedVariable {
                variable: "${aws:username}".into()
            }
        );
        // A default value fills in.
        let with_default =
            format!(r#"{{"StringLike":{{"{SUB}":"repo:${{aws:username, 'octo'}}/*"}}}}"#);
        assert!(holds(&with_default, &req));
        let quoted = format!(r#"{{"StringEquals":{{"{SUB}":"${{aws:x, 'it''s'}}"}}}}"#);
        assert!(holds(&quoted, &token("it's")));
        // The substituted value is literal even under StringLike.
        let star = token("repo:*/x").with_claim("repository_owner", "*");
        let pattern = format!(r#"{{"StringLike":{{"{SUB}":"repo:${{{owner}}}/x"}}}}"#);
        assert!(holds(&pattern, &star));
        let other = token("repo:abc/x").with_claim("repository_owner", "*");
        assert!(!holds(&pattern, &other));
    }

    #[test]
    fn ignore_case_operators() {
        let eq = format!(
            r#"{{"StringEqualsIgnoreCase":{{"{SUB}":"repo:Octo-Org/Repo:ref:refs/heads/main"}}}}"#
        );
        assert!(holds(&eq, &token("repo:octo-org/repo:ref:refs/heads/main")));
        assert!(!holds(&eq, &token("repo:octo-org/repo:ref:refs/heads/dev")));
        let ne = format!(r#"{{"StringNotEqualsIgnoreCase":{{"{SUB}":"REPO:O/R:PULL_REQUEST"}}}}"#);
        assert!(!holds(&ne, &token("repo:o/r:pull_request")));
        assert!(holds(&ne, &token(MAIN)));
        // StringLike stays case-sensitive.
        assert!(!like("repo:O/*", MAIN));
    }

    #[test]
    fn key_and_operator_names_are_case_insensitive() {
        let upper = r#"{"stringequals":{"TOKEN.Actions.GitHubUserContent.com:SUB":"repo:o/r:ref:refs/heads/main"}}"#;
        assert!(holds(upper, &token(MAIN)));
        assert!(!holds(upper, &token("repo:o/r:ref:refs/heads/dev")));
        let like_upper = r#"{"STRINGLIKE":{"token.actions.githubusercontent.com:Sub":"repo:o/*"}}"#;
        assert!(holds(like_upper, &token(MAIN)));
        let for_all = r#"{"forallvalues:stringlikeifexists":{"token.actions.githubusercontent.com:sub":"repo:o/*"}}"#;
        assert!(holds(for_all, &token(MAIN)));
    }

    #[test]
    fn absent_key_fails_positive_and_passes_negated_operators() {
        let req = token(MAIN);
        let env = "token.actions.githubusercontent.com:environment";
        for op in ["StringEquals", "StringLike", "StringEqualsIgnoreCase"] {
            let c = format!(r#"{{"{op}":{{"{env}":"prod"}}}}"#);
            let err = condition_matches(&block(&c), &req).expect_err("absent key fails");
            assert_eq!(err.kind, FailureKind::KeyAbsent);
            assert_eq!(
                err.message,
                format!(
                    "{op} on {env}: the key is absent from the request (the token has no \"environment\" claim), so the operator is false"
                )
            );
        }
        for op in [
            "StringNotEquals",
            "StringNotLike",
            "StringNotEqualsIgnoreCase",
        ] {
            assert!(
                holds(&format!(r#"{{"{op}":{{"{env}":"prod"}}}}"#), &req),
                "{op}"
            );
        }
    }

    #[test]
    fn negated_operators_fail_when_a_value_matches() {
        let c = format!(r#"{{"StringNotLike":{{"{SUB}":["repo:o/r:pull_request","repo:x/*"]}}}}"#);
        assert!(holds(&c, &token(MAIN)));
        let err = condition_matches(&block(&c), &token("repo:x/y:ref:refs/heads/main"))
            .expect_err("matches");
        assert_eq!(
            err.kind,
            FailureKind::NegatedValueMatched {
                value: "repo:x/y:ref:refs/heads/main".into(),
                policy_value: "repo:x/*".into()
            }
        );
        assert_eq!(
            err.message,
            "StringNotLike on token.actions.githubusercontent.com:sub: the token's value \
             \"repo:x/y:ref:refs/heads/main\" matches the pattern \"repo:x/*\""
        );
        let ne = format!(r#"{{"StringNotEquals":{{"{SUB}":"{MAIN}"}}}}"#);
        assert!(!holds(&ne, &token(MAIN)));
        assert!(holds(&ne, &token("repo:o/r:ref:refs/heads/dev")));
    }

    #[test]
    fn other_prefixes_are_absent_unless_given() {
        let c = r#"{"StringEquals":{"aws:SourceIp":"203.0.113.7"}}"#;
        let err = condition_matches(&block(c), &token(MAIN)).expect_err("absent");
        assert_eq!(err.kind, FailureKind::KeyAbsent);
        assert!(
            err.message
                .contains("keys starting with \"token.actions.githubusercontent.com:\"")
        );
        let given = token(MAIN).with_context_key("AWS:SourceIP", vec!["203.0.113.7".into()]);
        assert!(holds(c, &given));
    }

    #[test]
    fn if_exists_passes_on_absent_keys_and_checks_present_ones() {
        let env = "token.actions.githubusercontent.com:environment";
        let c = format!(r#"{{"StringEqualsIfExists":{{"{env}":"prod"}}}}"#);
        assert!(holds(&c, &token(MAIN)));
        assert!(holds(&c, &token(MAIN).with_claim("environment", "prod")));
        assert!(!holds(&c, &token(MAIN).with_claim("environment", "dev")));
        let like_c = format!(r#"{{"StringLikeIfExists":{{"{env}":"pr*"}}}}"#);
        assert!(holds(&like_c, &token(MAIN)));
        assert!(!holds(
            &like_c,
            &token(MAIN).with_claim("environment", "dev")
        ));
        let not_c = format!(r#"{{"StringNotEqualsIfExists":{{"{env}":"dev"}}}}"#);
        assert!(holds(&not_c, &token(MAIN)));
        assert!(!holds(
            &not_c,
            &token(MAIN).with_claim("environment", "dev")
        ));
    }

    #[test]
    fn null_checks_presence() {
        let env = "token.actions.githubusercontent.com:environment";
        let absent = token(MAIN);
        let present = token(MAIN).with_claim("environment", "prod");
        let null_true = format!(r#"{{"Null":{{"{env}":"true"}}}}"#);
        let null_false = format!(r#"{{"Null":{{"{env}":false}}}}"#);
        assert!(holds(&null_true, &absent));
        assert!(!holds(&null_true, &present));
        assert!(holds(&null_false, &present));
        let err = condition_matches(&block(&null_false), &absent).expect_err("absent");
        assert_eq!(err.kind, FailureKind::NullButAbsent);
        let err = condition_matches(&block(&null_true), &present).expect_err("present");
        assert_eq!(err.kind, FailureKind::NullButPresent);
        assert_eq!(
            err.message,
            format!(
                "Null on {env}: Null true requires the key to be absent, but the token's value is \"prod\""
            )
        );
        let bad = format!(r#"{{"Null":{{"{env}":"maybe"}}}}"#);
        let err = condition_matches(&block(&bad), &absent).expect_err("invalid");
        assert_eq!(
            err.kind,
            FailureKind::InvalidNullValue {
                value: "maybe".into()
            }
        );
    }

    #[test]
    fn for_all_values_fails_open_on_an_absent_key() {
        let env = "token.actions.githubusercontent.com:environment";
        let c = format!(r#"{{"ForAllValues:StringEquals":{{"{env}":"prod"}}}}"#);
        assert!(holds(&c, &token(MAIN)), "absent key: ForAllValues is true");
        assert!(holds(&c, &token(MAIN).with_claim("environment", "prod")));
        assert!(!holds(&c, &token(MAIN).with_claim("environment", "dev")));
        // Under Allow this admits every token that lacks the claim.
        let policy = trust(&c);
        assert!(evaluate(&policy, &token("repo:evil/x:ref:refs/heads/main")).allowed);
        // Every value must pass.
        let multi = Request::new(GITHUB).with_claim_values("groups", vec!["a".into(), "b".into()]);
        let key = "token.actions.githubusercontent.com:groups";
        assert!(holds(
            &format!(r#"{{"ForAllValues:StringEquals":{{"{key}":["a","b","c"]}}}}"#),
            &multi
        ));
        let err = condition_matches(
            &block(&format!(
                r#"{{"ForAllValues:StringEquals":{{"{key}":["a"]}}}}"#
            )),
            &multi,
        )
        .expect_err("b is not listed");
        assert_eq!(
            err.kind,
            FailureKind::NotAllValuesMatched { value: "b".into() }
        );
    }

    #[test]
    fn for_any_value_is_false_on_an_absent_key() {
        let env = "token.actions.githubusercontent.com:environment";
        let c = format!(r#"{{"ForAnyValue:StringEquals":{{"{env}":"prod"}}}}"#);
        let err = condition_matches(&block(&c), &token(MAIN)).expect_err("absent");
        assert_eq!(err.kind, FailureKind::KeyAbsent);
        assert!(holds(&c, &token(MAIN).with_claim("environment", "prod")));
        let not_c = format!(r#"{{"ForAnyValue:StringNotEquals":{{"{env}":"prod"}}}}"#);
        assert!(!holds(&not_c, &token(MAIN)));
        let multi = Request::new(GITHUB).with_claim_values("groups", vec!["a".into(), "b".into()]);
        let key = "token.actions.githubusercontent.com:groups";
        assert!(holds(
            &format!(r#"{{"ForAnyValue:StringLike":{{"{key}":"b*"}}}}"#),
            &multi
        ));
        assert!(!holds(
            &format!(r#"{{"ForAnyValue:StringLike":{{"{key}":"c*"}}}}"#),
            &multi
        ));
    }

    #[test]
    fn values_are_ored_keys_and_operators_are_anded() {
        let two =
            format!(r#"{{"StringEquals":{{"{SUB}":["repo:o/a:ref:refs/heads/main","{MAIN}"]}}}}"#);
        assert!(holds(&two, &token(MAIN)));
        assert!(!holds(&two, &token("repo:o/c:ref:refs/heads/main")));
        let keys =
            format!(r#"{{"StringEquals":{{"{AUD}":"sts.amazonaws.com","{SUB}":"{MAIN}"}}}}"#);
        assert!(holds(&keys, &token(MAIN)));
        let wrong_aud = Request::new(GITHUB)
            .with_claim("sub", MAIN)
            .with_claim("aud", "https://github.com/o");
        let failures = condition_failures(&block(&keys), &wrong_aud, Some(VERSION));
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].key.as_deref(), Some(AUD));
        let ops = format!(
            r#"{{"StringEquals":{{"{AUD}":"sts.amazonaws.com"}},"StringLike":{{"{SUB}":"repo:o/r:*"}},"StringNotLike":{{"{SUB}":"*:pull_request"}}}}"#
        );
        assert!(holds(&ops, &token(MAIN)));
        assert!(!holds(&ops, &token("repo:o/r:pull_request")));
        assert!(!holds(&ops, &wrong_aud));
        // Both failures are reported.
        let both = condition_failures(
            &block(&ops),
            &Request::new(GITHUB).with_claim("sub", "repo:o/r:pull_request"),
            Some(VERSION),
        );
        assert_eq!(both.len(), 2);
    }

    #[test]
    fn deny_wins_over_allow() {
        let policy = parse(&format!(
            r#"{{"Version":"2012-10-17","Statement":[
              {{"Sid":"Allow","Effect":"Allow","Principal":{{"Federated":"{GITHUB}"}},
                "Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringLike":{{"{SUB}":"repo:o/r:*"}}}}}},
              {{"Sid":"NoPRs","Effect":"Deny","Principal":"*","Action":"sts:*",
                "Condition":{{"StringLike":{{"{SUB}":"*:pull_request"}}}}}}]}}"#
        ));
        assert!(evaluate(&policy, &token(MAIN)).allowed);
        let d = evaluate(&policy, &token("repo:o/r:pull_request"));
        assert!(!d.allowed);
        let Reason::ExplicitDeny { statement } = &d.reason else {
            panic!("{:?}", d.reason)
        };
        assert_eq!(statement.index, 1);
        assert_eq!(statement.sid.as_deref(), Some("NoPRs"));
        assert_eq!(
            d.message,
            "explicitly denied by Deny statement 1 (Sid \"NoPRs\") (a matching Deny wins over any Allow)"
        );
    }

    #[test]
    fn implicit_deny_without_allow() {
        let policy = parse(&format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Principal":{{"Federated":"{GITHUB}"}},"Action":"sts:*","Condition":{{"StringEquals":{{"{SUB}":"x"}}}}}}]}}"#
        ));
        let d = evaluate(&policy, &token(MAIN));
        assert!(!d.allowed);
        assert_eq!(d.reason, Reason::NoAllowStatement);
    }

    #[test]
    fn wrong_provider_is_reported() {
        let other = "arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com";
        let policy = parse(&format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{other}"}},"Action":"sts:AssumeRoleWithWebIdentity"}}]}}"#
        ));
        let d = evaluate(&policy, &token(MAIN));
        assert!(!d.allowed);
        assert_eq!(
            d.reason,
            Reason::ProviderNotNamed {
                provider_arn: GITHUB.into(),
                named: vec![format!("Federated: {other}")]
            }
        );
        assert!(
            d.message
                .starts_with("no Allow statement names the token's identity provider")
        );
        // A list that includes the provider, and the "*" principal, both match.
        let listed = parse(&format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":["{other}","{GITHUB}"]}},"Action":"sts:AssumeRoleWithWebIdentity"}}]}}"#
        ));
        assert!(evaluate(&listed, &token(MAIN)).allowed);
        let star = parse(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRoleWithWebIdentity"}]}"#,
        );
        assert!(evaluate(&star, &token(MAIN)).allowed);
        let aws_star = parse(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"#,
        );
        assert!(evaluate(&aws_star, &token(MAIN)).allowed);
        let aws_role = parse(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"#,
        );
        assert!(!evaluate(&aws_role, &token(MAIN)).allowed);
    }

    #[test]
    fn enterprise_slug_issuer_reads_its_own_prefix() {
        let slug = Request::for_issuer(
            "https://token.actions.githubusercontent.com/acme/",
            "aws",
            "123456789012",
        )
        .with_claim("sub", MAIN);
        assert_eq!(
            slug.provider_arn,
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/acme"
        );
        assert_eq!(
            slug.key_prefix(),
            "token.actions.githubusercontent.com/acme"
        );
        assert!(holds(
            &format!(
                r#"{{"StringEquals":{{"token.actions.githubusercontent.com/acme:sub":"{MAIN}"}}}}"#
            ),
            &slug
        ));
        let err = condition_matches(
            &block(&format!(r#"{{"StringEquals":{{"{SUB}":"{MAIN}"}}}}"#)),
            &slug,
        )
        .expect_err("plain prefix is another provider's key");
        assert_eq!(err.kind, FailureKind::KeyAbsent);
        assert!(
            err.message
                .contains("token.actions.githubusercontent.com/acme:")
        );
    }

    #[test]
    fn action_must_cover_web_identity() {
        let with_action = |action: &str| {
            parse(&format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{GITHUB}"}},"Action":{action}}}]}}"#
            ))
        };
        for ok in [
            r#""sts:*""#,
            r#""*""#,
            r#""STS:assumerolewithwebidentity""#,
            r#""sts:AssumeRole*""#,
            r#""sts:AssumeRoleWith?ebIdentity""#,
            r#"["sts:TagSession","sts:AssumeRoleWithWebIdentity"]"#,
        ] {
            assert!(evaluate(&with_action(ok), &token(MAIN)).allowed, "{ok}");
        }
        let d = evaluate(&with_action(r#""sts:AssumeRole""#), &token(MAIN));
        assert!(
            !d.allowed,
            "sts:AssumeRole does not cover sts:AssumeRoleWithWebIdentity"
        );
        assert_eq!(
            d.reason,
            Reason::ActionNotCovered {
                action: ASSUME_ROLE_WITH_WEB_IDENTITY.into(),
                statements: vec![StatementRef {
                    index: 0,
                    sid: None,
                    effect: Effect::Allow
                }],
            }
        );
        assert_eq!(
            d.statements[0].outcome,
            StatementOutcome::ActionNotCovered {
                actions: vec!["sts:AssumeRole".into()],
                not_action: false
            }
        );
        assert!(!evaluate(&with_action(r#""sts:AssumeRoleWithSAML""#), &token(MAIN)).allowed);
        // NotAction: everything except what it lists.
        let not_action = |list: &str| {
            parse(&format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{GITHUB}"}},"NotAction":{list}}}]}}"#
            ))
        };
        assert!(evaluate(&not_action(r#""sts:AssumeRole""#), &token(MAIN)).allowed);
        assert!(!evaluate(&not_action(r#""sts:*""#), &token(MAIN)).allowed);
        // The request's action can be changed.
        assert!(
            !evaluate(
                &with_action(r#""sts:AssumeRoleWithWebIdentity""#),
                &token(MAIN).with_action("sts:AssumeRole")
            )
            .allowed
        );
    }

    #[test]
    fn unknown_operator_makes_the_statement_not_match() {
        let policy = trust(&format!(r#"{{"StringEqualz":{{"{SUB}":"{MAIN}"}}}}"#));
        let d = evaluate(&policy, &token(MAIN));
        assert!(!d.allowed);
        let Reason::ConditionsNotMet { statements } = &d.reason else {
            panic!("{:?}", d.reason)
        };
        assert_eq!(statements[0].failures[0].kind, FailureKind::UnknownOperator);
        assert!(
            d.message
                .contains("\"StringEqualz\" is not an IAM condition operator (unknown operator)"),
            "{}",
            d.message
        );
        assert_eq!(d.caveats.len(), 1);
        // Known IAM operators outside the model are reported as such.
        let bool_op = trust(r#"{"Bool":{"aws:SecureTransport":"true"}}"#);
        let d = evaluate(&bool_op, &token(MAIN));
        assert!(!d.allowed);
        assert!(d.message.contains("does not model"), "{}", d.message);
        // Null takes no set qualifier or IfExists.
        let err = condition_matches(
            &block(&format!(r#"{{"NullIfExists":{{"{SUB}":"true"}}}}"#)),
            &token(MAIN),
        )
        .expect_err("unknown");
        assert_eq!(err.kind, FailureKind::UnknownOperator);
    }

    #[test]
    fn statement_without_principal_or_action_matches_nothing() {
        let policy = parse(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity"},{"Effect":"Allow","Principal":"*"}]}"#,
        );
        let d = evaluate(&policy, &token(MAIN));
        assert!(!d.allowed);
        assert_eq!(d.statements[0].outcome, StatementOutcome::NoPrincipal);
        assert_eq!(d.statements[1].outcome, StatementOutcome::NoAction);
    }

    #[test]
    fn decision_serializes_to_json() {
        let policy = trust(&format!(r#"{{"StringEquals":{{"{SUB}":"{MAIN}"}}}}"#));
        let d = evaluate(&policy, &token("repo:o/r:pull_request"));
        let json = serde_json::to_value(&d).expect("serializes");
        assert_eq!(json["allowed"], serde_json::json!(false));
        assert_eq!(json["reason"]["kind"], "conditions_not_met");
        let failure = &json["reason"]["statements"][0]["failures"][0];
        assert_eq!(failure["kind"], "no_value_matched");
        assert_eq!(failure["operator"], "StringEquals");
        assert_eq!(failure["key"], SUB);
        assert_eq!(
            failure["request_values"],
            serde_json::json!(["repo:o/r:pull_request"])
        );
        assert_eq!(json["statements"][0]["outcome"], "conditions_failed");
        assert_eq!(json["statements"][0]["sid"], "GitHubOidc");
        assert_eq!(json["statements"][0]["index"], 0);
        let allowed = serde_json::to_value(evaluate(&policy, &token(MAIN))).expect("serializes");
        assert_eq!(allowed["reason"]["kind"], "allowed");
        assert_eq!(allowed["reason"]["statement"]["effect"], "Allow");
    }

    #[test]
    fn computed_claims_feed_the_evaluator() {
        let mut run = Run::new(
            "octo-org",
            "octo-repo",
            Trigger::PushBranch {
                branch: "main".into(),
            },
        );
        run.environment = Some("prod".into());
        let claims = claims::claims(&run).expect("claims");
        let request = Request::new(Issuer::GitHubCom.provider_arn("aws", "123456789012"))
            .with_claims(&claims);
        // The branch pin no longer matches once the job names an environment.
        let branch_pin = trust(&format!(
            r#"{{"StringEquals":{{"{AUD}":"sts.amazonaws.com","{SUB}":"repo:octo-org/octo-repo:ref:refs/heads/main"}}}}"#
        ));
        let d = evaluate(&branch_pin, &request);
        assert!(!d.allowed);
        assert!(
            d.message
                .contains("\"repo:octo-org/octo-repo:environment:prod\""),
            "{}",
            d.message
        );
        let env_pin = trust(&format!(
            r#"{{"StringEquals":{{"{AUD}":"sts.amazonaws.com","{SUB}":"repo:octo-org/octo-repo:environment:prod"}}}}"#
        ));
        assert!(evaluate(&env_pin, &request).allowed);
    }

    #[test]
    fn glob_edge_cases() {
        let lit = |s: &str| s.chars().map(Piece::Lit).collect::<Vec<_>>();
        let text = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(glob_matches(&[], &[]));
        assert!(!glob_matches(&[], &text("a")));
        assert!(glob_matches(&[Piece::Many, Piece::Many], &[]));
        assert!(!glob_matches(&[Piece::One], &[]));
        assert!(glob_matches(&lit("é"), &text("é")));
        assert!(
            glob_matches(&[Piece::One], &text("é")),
            "? is one character, not one byte"
        );
        let mut p = vec![Piece::Many];
        p.extend(lit("aab"));
        assert!(glob_matches(&p, &text("aaab")));
    }
}
