//! `keyless evaluate`: whether a role trust policy lets a token with these claims assume the
//! role, using the evaluator in [`crate::iam::eval`].

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use serde_json::{Value, json};

use super::output::{note, put, put_json};
use super::read::{self, Input};
use super::{Exit, Fatal, Format};
use crate::iam::eval::{self, Claims, Decision, Failure, Reason, Request, StatementRef};

#[derive(Debug, Args)]
#[command(after_help = "\
CLAIMS.json is a JSON object of claim names to values; a decoded token payload works as is. \
Numbers and booleans are compared as their text, a list of strings is a multi-valued claim, and \
null or object values are ignored (with a note).

POLICY.json is a role trust policy document, or the output of `aws iam get-role` (its \
Role.AssumeRolePolicyDocument is used, and the role's ARN tells the account).

The request's identity provider is --provider-arn when given; otherwise the provider for the \
claims' `iss` (default: GitHub.com's issuer) in the role's account (from get-role output) or as \
the policy's Federated principal names it.

Exit status: 0 allowed; 1 denied; 2 bad usage, or an input that cannot be read, is not valid \
JSON or is not a policy or claims (the message gives the line and column).")]
pub struct EvaluateArgs {
    /// Role trust policy (or `aws iam get-role` output): a path, or - for stdin.
    #[arg(long, value_name = "POLICY.json")]
    policy: PathBuf,

    /// Token claims (a JSON object, e.g. a decoded token payload): a path, or - for stdin.
    #[arg(long, value_name = "CLAIMS.json")]
    claims: PathBuf,

    /// The identity provider the token comes from
    /// (arn:aws:iam::ACCOUNT:oidc-provider/HOST) [default: derived, see below].
    #[arg(long, value_name = "ARN")]
    provider_arn: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(
    args: &EvaluateArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Exit, Fatal> {
    let dash = Path::new("-");
    if args.policy == dash && args.claims == dash {
        return Err(Fatal(
            "--policy and --claims cannot both read stdin (-); give one of them as a file".into(),
        ));
    }
    let policy_input = read::input("policy", &args.policy, stdin)?;
    let claims_input = read::input("claims", &args.claims, stdin)?;
    let policy = load_policy(&policy_input)?;
    let (claims, notes) = load_claims(&claims_input)?;
    let (provider_arn, provider_from) = provider(args.provider_arn.as_deref(), &claims, &policy);

    let mut request = Request::new(provider_arn.clone());
    request.claims = claims;
    let decision = eval::evaluate(&policy.document, &request);

    for text in &notes {
        note(stderr, &format!("note: {text}\n"));
    }
    match args.format {
        Format::Json => put_json(
            stdout,
            &json_report(&decision, &request, provider_from, &notes),
        )?,
        Format::Text => put(stdout, &text_report(&decision, &request, provider_from))?,
    }
    Ok(if decision.allowed {
        Exit::Ok
    } else {
        Exit::Findings
    })
}

// ---------------------------------------------------------------------------------------------
// The policy

use crate::iam::read::LoadedPolicy;

fn load_policy(input: &Input) -> Result<LoadedPolicy, Fatal> {
    crate::iam::read::policy(&input.name, &input.text).map_err(Fatal)
}

fn load_claims(input: &Input) -> Result<(Claims, Vec<String>), Fatal> {
    crate::iam::read::claims(&input.name, &input.text).map_err(Fatal)
}

// ---------------------------------------------------------------------------------------------
// The provider

use crate::iam::read::ProviderFrom;

fn provider(
    explicit: Option<&str>,
    claims: &Claims,
    policy: &LoadedPolicy,
) -> (String, ProviderFrom) {
    match explicit {
        Some(arn) => (arn.to_owned(), ProviderFrom::Flag),
        None => crate::iam::read::provider_for(claims, policy),
    }
}

// ---------------------------------------------------------------------------------------------
// Reports

fn reason_id(reason: &Reason) -> &'static str {
    match reason {
        Reason::Allowed { .. } => "allowed",
        Reason::ExplicitDeny { .. } => "explicit-deny",
        Reason::ConditionsNotMet { .. } => "conditions-not-met",
        Reason::ActionNotCovered { .. } => "action-not-covered",
        Reason::ProviderNotNamed { .. } => "provider-not-named",
        Reason::NoAllowStatement => "no-allow-statement",
    }
}

/// The statements that decided, each with the conditions it failed (only for
/// `conditions-not-met`).
fn deciding(reason: &Reason) -> Vec<(&StatementRef, &[Failure])> {
    match reason {
        Reason::Allowed { statement } | Reason::ExplicitDeny { statement } => {
            vec![(statement, &[][..])]
        }
        Reason::ConditionsNotMet { statements } => statements
            .iter()
            .map(|s| (&s.statement, s.failures.as_slice()))
            .collect(),
        Reason::ActionNotCovered { statements, .. } => {
            statements.iter().map(|s| (s, &[][..])).collect()
        }
        Reason::ProviderNotNamed { .. } | Reason::NoAllowStatement => Vec::new(),
    }
}

/// The failure's kind as the evaluator names it (`no_value_matched`, ...).
fn failure_kind(failure: &Failure) -> Value {
    serde_json::to_value(&failure.kind)
        .ok()
        .and_then(|v| v.get("kind").cloned())
        .unwrap_or(Value::Null)
}

fn json_report(
    decision: &Decision,
    request: &Request,
    provider_from: ProviderFrom,
    notes: &[String],
) -> Value {
    let statements: Vec<Value> = deciding(&decision.reason)
        .into_iter()
        .map(|(st, failures)| {
            json!({
                "index": st.index,
                "sid": st.sid,
                "effect": st.effect,
                "failed-conditions": failures.iter().map(|f| json!({
                    "operator": f.operator,
                    "key": f.key,
                    "policy-values": f.policy_values,
                    "request-values": f.request_values,
                    "kind": failure_kind(f),
                    "message": f.message,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "decision": if decision.allowed { "allowed" } else { "denied" },
        "reason": reason_id(&decision.reason),
        "message": decision.message,
        "statements": statements,
        "provider-arn": request.provider_arn,
        "provider-from": provider_from,
        "action": request.action,
        "caveats": decision.caveats,
        "notes": notes,
        "trace": decision.statements,
    })
}

/// For people: the verdict in one line, then for refused conditions the statement and each
/// failing condition, then caveats and the request.
fn text_report(decision: &Decision, request: &Request, provider_from: ProviderFrom) -> String {
    let mut out = String::new();
    let verdict = if decision.allowed {
        "allowed"
    } else {
        "denied"
    };
    match &decision.reason {
        Reason::ConditionsNotMet { statements } => {
            out.push_str(&format!(
                "{verdict}: no Allow statement's conditions hold\n"
            ));
            for st in statements {
                out.push_str(&format!("  refused by: {}\n", st.statement));
                for failure in &st.failures {
                    out.push_str(&format!("    condition: {}\n", failure.message));
                }
            }
        }
        _ => out.push_str(&format!("{verdict}: {}\n", decision.message)),
    }
    for caveat in &decision.caveats {
        out.push_str(&format!("  caveat: {caveat}\n"));
    }
    out.push_str(&format!(
        "  provider: {} ({})\n  action: {}\n",
        request.provider_arn,
        provider_from.describe(),
        request.action
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::iam::read::quoted;
    use crate::iam::{OneOrMany, PolicyDocument};

    fn input(text: &str) -> Input {
        Input {
            name: "policy file \"p.json\"".into(),
            text: text.into(),
        }
    }

    #[test]
    fn reads_get_role_output_object_and_encoded() {
        let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"#;
        let wrapped = format!(
            r#"{{"Role":{{"Arn":"arn:aws:iam::111122223333:role/r","AssumeRolePolicyDocument":{doc}}}}}"#
        );
        let encoded = format!(
            r#"{{"Role":{{"AssumeRolePolicyDocument":{}}}}}"#,
            quoted(&crate::form::percent_encode(doc))
        );
        let plain = load_policy(&input(doc))
            .map(|p| p.document)
            .map_err(|e| e.0);
        let a = load_policy(&input(&wrapped)).map_err(|e| e.0);
        let b = load_policy(&input(&encoded))
            .map(|p| p.document)
            .map_err(|e| e.0);
        assert!(plain.is_ok(), "{plain:?}");
        assert_eq!(
            a.as_ref().map(|p| p.document.clone()).ok(),
            plain.clone().ok()
        );
        assert_eq!(
            a.ok().and_then(|p| p.role_arn).as_deref(),
            Some("arn:aws:iam::111122223333:role/r")
        );
        assert_eq!(b.ok(), plain.ok());
    }

    #[test]
    fn shape_errors_name_the_place() {
        let err = load_policy(&input("{\n  \"Statement\": [{\"Effect\": \"Alow\"}]\n}"))
            .map(|_| ())
            .map_err(|e| e.0);
        assert!(
            matches!(&err, Err(m) if m.contains("/Statement/0/Effect") && m.contains("\"Alow\"")),
            "{err:?}"
        );
        let err = load_policy(&input("{\n  \"Statement\": [,]\n}"))
            .map(|_| ())
            .map_err(|e| e.0);
        assert!(
            matches!(&err, Err(m) if m.contains("line 2, column")),
            "{err:?}"
        );
    }

    #[test]
    fn claims_convert_scalars_keep_lists_and_ignore_the_rest() {
        let text = r#"{"sub":"s","exp":1700000000,"ok":true,"f":1.5,"aud":["a","b"],"n":null,"o":{"x":1},"l":[1,{"y":2}]}"#;
        let (claims, notes) = load_claims(&input(text)).unwrap_or_default();
        let get = |k: &str| claims.get(k).map(|v| v.as_slice().to_vec());
        assert_eq!(get("exp"), Some(vec!["1700000000".to_owned()]));
        assert_eq!(get("ok"), Some(vec!["true".to_owned()]));
        assert_eq!(get("f"), Some(vec!["1.5".to_owned()]));
        assert_eq!(get("aud"), Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(get("n"), None);
        assert_eq!(notes.len(), 3, "{notes:?}");
    }

    #[test]
    fn provider_comes_from_flag_role_policy_or_a_guess() {
        let doc = |principal: &str| {
            serde_json::from_str::<PolicyDocument>(&format!(
                r#"{{"Statement":[{{"Effect":"Allow","Principal":{principal},"Action":"sts:*"}}]}}"#
            ))
            .map_err(|e| e.to_string())
        };
        let github = r#"{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}"#;
        let Ok(document) = doc(github) else {
            panic!("policy parses")
        };
        let mut policy = LoadedPolicy {
            document,
            role_arn: None,
        };
        let claims = Claims::new();
        assert_eq!(
            provider(None, &claims, &policy),
            (
                "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
                    .to_owned(),
                ProviderFrom::Policy
            )
        );
        let ghes = Claims::new().with(
            "iss",
            OneOrMany::One("https://ghe.example.com/_services/token".to_owned()),
        );
        assert_eq!(
            provider(None, &ghes, &policy),
            (
                "arn:aws:iam::111122223333:oidc-provider/ghe.example.com/_services/token"
                    .to_owned(),
                ProviderFrom::Guess
            )
        );
        policy.role_arn = Some("arn:aws-cn:iam::444455556666:role/x".into());
        assert_eq!(
            provider(None, &claims, &policy).0,
            "arn:aws-cn:iam::444455556666:oidc-provider/token.actions.githubusercontent.com"
        );
        assert_eq!(
            provider(Some("arn:x"), &claims, &policy),
            ("arn:x".to_owned(), ProviderFrom::Flag)
        );
    }
}
