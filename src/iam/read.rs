//! Reading what users paste or pass: a role trust policy (raw JSON, or the output of
//! `aws iam get-role`, whose document may be URL-encoded) and a token's claims (a decoded token
//! payload works as is). Shared by the page, the command line and the linter, so they accept
//! and refuse the same inputs with the same messages. Invalid JSON is reported with its line and
//! column; nothing is repaired.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::eval::{Claims, issuer_host_path};
use super::{OneOrMany, OrderedMap, PolicyDocument, Principal};

/// The issuer of GitHub.com's Actions tokens, assumed when the claims have no `iss`.
pub const GITHUB_ISSUER: &str = "https://token.actions.githubusercontent.com";

/// A path or value in double quotes, escaped like JSON so odd characters stay visible.
pub fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A trust policy as read, and the role's ARN when the input was `aws iam get-role` output.
pub struct LoadedPolicy {
    pub document: PolicyDocument,
    pub role_arn: Option<String>,
}

/// Reads a trust policy: raw JSON, or `aws iam get-role` output (its document may be
/// URL-encoded). The linter's reader does the work, so the page, the command line and the
/// linter accept and refuse the same texts with the same messages.
pub fn policy(name: &str, text: &str) -> Result<LoadedPolicy, String> {
    // The message names the line and column, or the JSON pointer, itself.
    let (document, source) = crate::lint::read_policy(text, crate::lint::PolicyKind::Trust)
        .map_err(|failure| format!("{name} cannot be read: {}", failure.message()))?;
    // The role's ARN tells the account, for get-role output.
    let role_arn = (source.wrapper == crate::lint::Wrapper::GetRole)
        .then(|| serde_json::from_str::<Value>(text).ok())
        .flatten()
        .and_then(|v| {
            v.pointer("/Role/Arn")
                .and_then(Value::as_str)
                .map(str::to_owned)
        });
    Ok(LoadedPolicy { document, role_arn })
}

// ---------------------------------------------------------------------------------------------
// The claims

/// One claim's value as read: its text value(s), or why it was left out.
enum ClaimValue {
    Values(OneOrMany<String>),
    Ignored(&'static str),
}

impl<'de> Deserialize<'de> for ClaimValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ClaimValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a claim value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(ClaimValue::Values(OneOrMany::One(v.to_owned())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(ClaimValue::Values(OneOrMany::One(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(ClaimValue::Values(OneOrMany::One(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(ClaimValue::Values(OneOrMany::One(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(ClaimValue::Values(OneOrMany::One(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(ClaimValue::Ignored("it is null"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(ClaimValue::Ignored("it is an object"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut values = Vec::new();
                let mut nested = false;
                while let Some(item) = seq.next_element::<ClaimValue>()? {
                    match item {
                        ClaimValue::Values(OneOrMany::One(v)) => values.push(v),
                        _ => nested = true,
                    }
                }
                Ok(if nested {
                    ClaimValue::Ignored(
                        "its list holds values other than strings, numbers and booleans",
                    )
                } else {
                    ClaimValue::Values(OneOrMany::Many(values))
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// The claims, and a note for each claim that was left out.
pub fn claims(name: &str, text: &str) -> Result<(Claims, Vec<String>), String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("{name} is not valid JSON: {e}"))?;
    if !value.is_object() {
        let kind = match value {
            Value::Array(_) => "a list",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Bool(_) => "a boolean",
            Value::Null | Value::Object(_) => "null",
        };
        return Err(format!(
            "{name} is {kind}, not a JSON object of claim names to values"
        ));
    }
    let read: OrderedMap<ClaimValue> = serde_json::from_str(text)
        .map_err(|e| format!("{name} is not a JSON object of claim names to values: {e}"))?;
    let mut claims = Claims::new();
    let mut notes = Vec::new();
    for (claim, value) in read.0 {
        match value {
            ClaimValue::Values(values) => claims.insert(claim, values),
            ClaimValue::Ignored(why) => notes.push(format!(
                "claim {} was ignored: {why}",
                crate::iam::read::quoted(&claim)
            )),
        }
    }
    Ok((claims, notes))
}

/// Where the request's provider ARN came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderFrom {
    /// `--provider-arn`.
    Flag,
    /// The role's account (get-role output) and the claims' issuer.
    Role,
    /// A Federated principal of the policy naming the claims' issuer.
    Policy,
    /// The claims' issuer with the account of another provider the policy names, or a
    /// placeholder account.
    Guess,
}

impl ProviderFrom {
    pub fn describe(self) -> &'static str {
        match self {
            ProviderFrom::Flag => "from --provider-arn",
            ProviderFrom::Role => "the token's issuer in the role's account",
            ProviderFrom::Policy => "the token's issuer, as the policy names it",
            ProviderFrom::Guess => {
                "the policy names no provider for the token's issuer; give --provider-arn to set it"
            }
        }
    }
}

/// The identity provider a token with these claims comes from, as IAM will see it: the
/// claims' issuer (GitHub.com's when absent) in the role's account (from get-role output), else
/// as a `Federated` principal of the policy names it, else in the account of another provider
/// the policy names (or a placeholder account).
pub fn provider_for(claims: &Claims, policy: &LoadedPolicy) -> (String, ProviderFrom) {
    let issuer = claims
        .get("iss")
        .and_then(|v| v.as_slice().first())
        .map_or(GITHUB_ISSUER, String::as_str);
    let host = issuer_host_path(issuer);
    if let Some((partition, account)) = policy.role_arn.as_deref().and_then(partition_account) {
        return (
            format!("arn:{partition}:iam::{account}:oidc-provider/{host}"),
            ProviderFrom::Role,
        );
    }
    let federated = federated_principals(&policy.document);
    let suffix = format!(":oidc-provider/{host}");
    if let Some(arn) = federated.iter().find(|arn| {
        arn.len() >= suffix.len()
            && arn
                .get(arn.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(&suffix))
    }) {
        return ((*arn).to_owned(), ProviderFrom::Policy);
    }
    let (partition, account) = federated
        .iter()
        .find_map(|arn| partition_account(arn))
        .unwrap_or(("aws", "ACCOUNT"));
    (
        format!("arn:{partition}:iam::{account}:oidc-provider/{host}"),
        ProviderFrom::Guess,
    )
}

/// `arn:PARTITION:iam::ACCOUNT:...` -> (partition, account).
pub fn partition_account(arn: &str) -> Option<(&str, &str)> {
    let mut parts = arn.splitn(6, ':');
    let (Some("arn"), Some(partition), Some("iam"), Some(""), Some(account)) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    (!partition.is_empty() && !account.is_empty()).then_some((partition, account))
}

/// Every `Federated` value of every statement's `Principal` or `NotPrincipal`, in order.
pub fn federated_principals(policy: &PolicyDocument) -> Vec<&str> {
    let mut out = Vec::new();
    for st in policy.statement.iter() {
        for principal in [&st.principal, &st.not_principal].into_iter().flatten() {
            if let Principal::Map(map) = principal {
                for (kind, values) in map.iter() {
                    if kind == "Federated" {
                        out.extend(values.iter().map(String::as_str));
                    }
                }
            }
        }
    }
    out
}
