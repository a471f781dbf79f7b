//! Text -> policy document, refusing (with a reason and a place) rather than repairing.

use crate::form::percent_decode;
use crate::iam::policy::{OneOrMany, PolicyDocument, Statement};

use super::node::Node;
use super::pointer::Pointer;
use super::{MAX_INPUT_BYTES, ParseFailure, PolicyKind, Source, Wrapper};

/// A document that passed reading.
pub(crate) struct Parsed {
    pub source: Source,
    pub document: PolicyDocument,
    /// The document as a tree (duplicates kept), for rules that look at the raw text.
    pub node: Node,
}

const TOP_ELEMENTS: [&str; 3] = ["Version", "Id", "Statement"];
const STATEMENT_ELEMENTS: [&str; 9] = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

pub(crate) fn read(text: &str, kind: PolicyKind) -> Result<Parsed, ParseFailure> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ParseFailure::TooLarge {
            bytes: text.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(ParseFailure::Empty);
    }
    if let Some((line, column)) = binary_at(text) {
        return Err(ParseFailure::Binary { line, column });
    }
    let root = parse_json(text, None)?;
    let (node, source) = locate(root, kind)?;
    let document = check_document(&node)?;
    Ok(Parsed {
        source,
        document,
        node,
    })
}

/// The position of a NUL, or of the first control character when there are many of them.
fn binary_at(text: &str) -> Option<(usize, usize)> {
    let is_odd = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    let odd = text.chars().filter(|c| is_odd(*c)).count();
    let total = text.chars().count().max(1);
    let binary = text.contains('\0') || (odd >= 4 && odd * 100 >= total);
    if !binary {
        return None;
    }
    let (mut line, mut column) = (1, 1);
    for c in text.chars() {
        if c == '\0' || is_odd(c) {
            return Some((line, column));
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    Some((line, column))
}

fn parse_json(text: &str, within: Option<&Pointer>) -> Result<Node, ParseFailure> {
    let within_text = within.map(|p| p.as_str().to_owned());
    if text.starts_with('\u{feff}') {
        return Err(ParseFailure::InvalidJson {
            line: 1,
            column: 1,
            message: "the text starts with a byte-order mark (U+FEFF), which JSON does not \
                      allow; save it as UTF-8 without a BOM"
                .to_owned(),
            within: within_text,
        });
    }
    serde_json::from_str::<Node>(text).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        ParseFailure::InvalidJson {
            line: e.line().max(1),
            column: e.column().max(1),
            message,
            within: within_text,
        }
    })
}

fn not_a_policy(pointer: &Pointer, reason: impl Into<String>) -> ParseFailure {
    ParseFailure::NotAPolicy {
        pointer: pointer.as_str().to_owned(),
        reason: reason.into(),
    }
}

/// The single member `key` of `node` at `at`; a duplicate is refused.
fn single<'a>(
    node: &'a Node,
    at: &Pointer,
    key: &'a str,
) -> Result<Option<&'a Node>, ParseFailure> {
    let mut found = node.members(key);
    let first = found.next();
    if found.next().is_some() {
        return Err(not_a_policy(
            &at.key(key),
            format!("\"{key}\" appears more than once"),
        ));
    }
    Ok(first)
}

/// Finds the policy document in the input.
fn locate(root: Node, kind: PolicyKind) -> Result<(Node, Source), ParseFailure> {
    let top = Pointer::root();
    if !matches!(root, Node::Object(_)) {
        return Err(not_a_policy(
            &top,
            format!(
                "the text is {}; a policy is a JSON object with \"Version\" and \"Statement\"",
                root.kind()
            ),
        ));
    }
    if root.get("Statement").is_some() {
        return Ok((
            root,
            Source {
                wrapper: Wrapper::None,
                document_pointer: String::new(),
                url_encoded: false,
            },
        ));
    }
    let paths: &[(&[&str], Wrapper)] = match kind {
        PolicyKind::Trust => &[
            (&["Role", "AssumeRolePolicyDocument"], Wrapper::GetRole),
            (&["AssumeRolePolicyDocument"], Wrapper::Role),
        ],
        PolicyKind::Permission => &[
            (&["PolicyVersion", "Document"], Wrapper::GetPolicyVersion),
            (&["PolicyDocument"], Wrapper::GetRolePolicy),
        ],
    };
    for (path, wrapper) in paths {
        if root.get(path[0]).is_none() {
            continue;
        }
        let mut node = &root;
        let mut at = top.clone();
        for (depth, key) in path.iter().enumerate() {
            let next = single(node, &at, key)?;
            let Some(next) = next else {
                return Err(not_a_policy(
                    &at,
                    format!(
                        "there is no \"{key}\" here (expected the output of {})",
                        wrapper_command(*wrapper)
                    ),
                ));
            };
            at = at.key(key);
            if depth + 1 < path.len() && !matches!(next, Node::Object(_)) {
                return Err(not_a_policy(
                    &at,
                    format!("expected an object, found {}", next.kind()),
                ));
            }
            node = next;
        }
        let (document, url_encoded) = match node {
            Node::String(s) => embedded(s, &at)?,
            other => (other.clone(), false),
        };
        if !matches!(document, Node::Object(_)) {
            return Err(not_a_policy(
                &at,
                format!("the policy document is {}, not an object", document.kind()),
            ));
        }
        if document.get("Statement").is_none() {
            return Err(missing_statement(&document, &at));
        }
        return Ok((
            document,
            Source {
                wrapper: *wrapper,
                document_pointer: at.as_str().to_owned(),
                url_encoded,
            },
        ));
    }
    Err(missing_statement_with_hint(&root, kind))
}

fn wrapper_command(wrapper: Wrapper) -> &'static str {
    match wrapper {
        Wrapper::GetRole => "aws iam get-role",
        Wrapper::Role => "a role object",
        Wrapper::GetRolePolicy => "aws iam get-role-policy",
        Wrapper::GetPolicyVersion => "aws iam get-policy-version",
        Wrapper::None => "a policy document",
    }
}

/// A document held in a string: JSON text, or URL-encoded JSON as `aws iam get-role` may print.
fn embedded(s: &str, at: &Pointer) -> Result<(Node, bool), ParseFailure> {
    let trimmed = s.trim_start();
    if trimmed.starts_with('{') {
        return Ok((parse_json(s, Some(at))?, false));
    }
    if trimmed.starts_with('%') {
        let Some(decoded) = percent_decode(trimmed) else {
            return Err(ParseFailure::BadEncoding {
                pointer: at.as_str().to_owned(),
                reason: "a %XX escape is broken or the bytes are not UTF-8".to_owned(),
            });
        };
        return Ok((parse_json(&decoded, Some(at))?, true));
    }
    Err(not_a_policy(
        at,
        "the string is neither a JSON policy nor a URL-encoded one (%7B...)",
    ))
}

fn missing_statement(node: &Node, at: &Pointer) -> ParseFailure {
    let hint = case_hint(node, "Statement");
    not_a_policy(at, format!("the object has no \"Statement\" element{hint}"))
}

fn missing_statement_with_hint(root: &Node, kind: PolicyKind) -> ParseFailure {
    let top = Pointer::root();
    let other = match kind {
        PolicyKind::Trust
            if root.get("PolicyVersion").is_some() || root.get("PolicyDocument").is_some() =>
        {
            Some(
                "; this looks like a permission policy (aws iam get-policy-version / get-role-policy \
             output): check it as the permission policy",
            )
        }
        PolicyKind::Permission
            if root.get("Role").is_some() || root.get("AssumeRolePolicyDocument").is_some() =>
        {
            Some(
                "; this is aws iam get-role output, which holds the trust policy: check it as the \
             trust policy, and read the permission policy with aws iam get-role-policy or \
             get-policy-version",
            )
        }
        _ => None,
    };
    match other {
        Some(hint) => not_a_policy(
            &top,
            format!("the object has no \"Statement\" element{hint}"),
        ),
        None => missing_statement(root, &top),
    }
}

/// ` (element names are case-sensitive: "statement" should be "Statement")` when a member differs
/// only in case.
fn case_hint(node: &Node, wanted: &str) -> String {
    if let Node::Object(pairs) = node
        && let Some((k, _)) = pairs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(wanted) && k != wanted)
    {
        return format!(" (element names are case-sensitive: \"{k}\" should be \"{wanted}\")");
    }
    String::new()
}

fn unknown_element(key: &str, allowed: &[&str]) -> String {
    match allowed.iter().find(|a| a.eq_ignore_ascii_case(key)) {
        Some(right) => format!(
            "\"{key}\" is not an IAM policy element (names are case-sensitive: write \"{right}\")"
        ),
        None => format!(
            "\"{key}\" is not an IAM policy element here; IAM rejects the policy (allowed: {})",
            allowed.join(", ")
        ),
    }
}

fn check_members(node: &Node, at: &Pointer, allowed: &[&str]) -> Result<(), ParseFailure> {
    let Node::Object(pairs) = node else {
        return Err(not_a_policy(
            at,
            format!("expected an object, found {}", node.kind()),
        ));
    };
    for (i, (k, _)) in pairs.iter().enumerate() {
        if !allowed.contains(&k.as_str()) {
            return Err(not_a_policy(&at.key(k), unknown_element(k, allowed)));
        }
        if pairs[..i].iter().any(|(prev, _)| prev == k) {
            return Err(not_a_policy(
                &at.key(k),
                format!("\"{k}\" appears more than once; IAM would not use both"),
            ));
        }
    }
    Ok(())
}

/// Serde's message without its " at line L column C" tail (positions in re-serialised text
/// mean nothing to the user).
fn serde_reason(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

fn check_document(node: &Node) -> Result<PolicyDocument, ParseFailure> {
    let top = Pointer::root();
    check_members(node, &top, &TOP_ELEMENTS)?;
    let version = match node.get("Version") {
        None => None,
        Some(Node::String(v)) => Some(v.clone()),
        Some(other) => {
            return Err(not_a_policy(
                &top.key("Version"),
                format!(
                    "Version must be a string such as \"2012-10-17\", not {}",
                    other.kind()
                ),
            ));
        }
    };
    let id = match node.get("Id") {
        None => None,
        Some(Node::String(v)) => Some(v.clone()),
        Some(other) => {
            return Err(not_a_policy(
                &top.key("Id"),
                format!("Id must be a string, not {}", other.kind()),
            ));
        }
    };
    let at = top.key("Statement");
    let statement = match node.get("Statement") {
        Some(Node::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                out.push(check_statement(item, &at.index(i))?);
            }
            OneOrMany::Many(out)
        }
        Some(one @ Node::Object(_)) => OneOrMany::One(check_statement(one, &at)?),
        Some(other) => {
            return Err(not_a_policy(
                &at,
                format!(
                    "Statement must be an object or an array of objects, not {}",
                    other.kind()
                ),
            ));
        }
        None => return Err(missing_statement(node, &top)),
    };
    Ok(PolicyDocument {
        version,
        id,
        statement,
    })
}

fn check_statement(node: &Node, at: &Pointer) -> Result<Statement, ParseFailure> {
    check_members(node, at, &STATEMENT_ELEMENTS)?;
    match node.get("Effect") {
        Some(Node::String(e)) if e == "Allow" || e == "Deny" => {}
        Some(Node::String(e)) => {
            return Err(not_a_policy(
                &at.key("Effect"),
                format!("Effect must be \"Allow\" or \"Deny\" (case-sensitive), not \"{e}\""),
            ));
        }
        Some(other) => {
            return Err(not_a_policy(
                &at.key("Effect"),
                format!(
                    "Effect must be the string \"Allow\" or \"Deny\", not {}",
                    other.kind()
                ),
            ));
        }
        None => return Err(not_a_policy(at, "the statement has no Effect")),
    }
    for (a, b) in [
        ("Principal", "NotPrincipal"),
        ("Action", "NotAction"),
        ("Resource", "NotResource"),
    ] {
        if node.get(a).is_some() && node.get(b).is_some() {
            return Err(not_a_policy(
                at,
                format!("a statement cannot have both {a} and {b}"),
            ));
        }
    }
    // Element by element, so a type error names its element.
    for (key, value) in match node {
        Node::Object(pairs) => pairs.as_slice(),
        _ => &[],
    } {
        let json = value.to_json();
        let result = match key.as_str() {
            "Sid" => serde_json::from_str::<String>(&json).map(|_| ()),
            "Principal" | "NotPrincipal" => {
                serde_json::from_str::<crate::iam::policy::Principal>(&json).map(|_| ())
            }
            "Action" | "NotAction" | "Resource" | "NotResource" => {
                serde_json::from_str::<OneOrMany<String>>(&json).map(|_| ())
            }
            "Condition" => {
                serde_json::from_str::<crate::iam::policy::ConditionBlock>(&json).map(|_| ())
            }
            _ => Ok(()),
        };
        if let Err(e) = result {
            return Err(not_a_policy(
                &at.key(key),
                format!("{key} has the wrong shape: {}", serde_reason(&e)),
            ));
        }
    }
    serde_json::from_str::<Statement>(&node.to_json())
        .map_err(|e| not_a_policy(at, serde_reason(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(text: &str) -> ParseFailure {
        match read(text, PolicyKind::Trust) {
            Ok(_) => ParseFailure::Empty,
            Err(f) => f,
        }
    }

    #[test]
    fn lint_read_reports_json_errors_with_position() {
        let f = failure("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}");
        assert!(
            matches!(f, ParseFailure::InvalidJson { line: 3, .. }),
            "{f:?}"
        );
    }

    #[test]
    fn lint_read_refuses_unknown_and_duplicate_elements() {
        let f = failure(r#"{"Statement":[{"Effect":"Allow","Conditions":{}}]}"#);
        assert_eq!(
            f.location(),
            crate::diag::Location::Pointer {
                pointer: "/Statement/0/Conditions".into()
            }
        );
        let f = failure(r#"{"Statement":[],"Statement":[]}"#);
        assert!(f.message().contains("more than once"), "{f}");
        let f = failure(r#"{"statement":[]}"#);
        assert!(f.message().contains("case-sensitive"), "{f}");
    }

    #[test]
    fn lint_read_decodes_get_role_output() {
        let text = r#"{"Role":{"RoleName":"r","AssumeRolePolicyDocument":"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D"}}"#;
        let parsed = read(text, PolicyKind::Trust);
        let Ok(parsed) = parsed else {
            panic!("did not read");
        };
        assert!(parsed.source.url_encoded);
        assert_eq!(
            parsed.source.document_pointer,
            "/Role/AssumeRolePolicyDocument"
        );
    }
}
