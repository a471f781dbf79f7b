//! Characters outside what IAM's API accepts in a policy document.

use super::prelude::*;
use crate::lint::node::Node;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "policy-character-set",
        summary: "A string holds characters outside TAB, LF, CR and U+0020-U+00FF, which IAM's \
                  API rejects",
        severity: Severity::Error,
        applies_to: AppliesTo::Both,
    },
    check,
};

fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{ff}')
}

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    walk(cx.node, &Pointer::root(), out);
}

fn report(text: &str, ptr: &Pointer, out: &mut Emit<'_>) {
    let Some(bad) = text.chars().find(|c| !allowed(*c)) else {
        return;
    };
    out.at(
        ptr,
        format!(
            "{} contains U+{:04X} ({}); IAM accepts only tab, line breaks and U+0020-U+00FF in a \
             policy document, so CreateRole / PutRolePolicy reject it.",
            quote(text),
            bad as u32,
            if bad.is_control() {
                "a control character".to_owned()
            } else {
                format!("\"{bad}\"")
            }
        ),
        "Retype the value with plain ASCII characters (pasted text often carries typographic \
         quotes, dashes or non-breaking spaces).",
    );
}

fn walk(node: &Node, ptr: &Pointer, out: &mut Emit<'_>) {
    match node {
        Node::String(s) => report(s, ptr, out),
        Node::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &ptr.index(i), out);
            }
        }
        Node::Object(pairs) => {
            for (k, v) in pairs {
                let at = ptr.key(k);
                report(k, &at, out);
                walk(v, &at, out);
            }
        }
        Node::Null | Node::Bool(_) | Node::Number(_) => {}
    }
}
