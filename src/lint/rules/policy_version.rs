//! Version missing or not 2012-10-17.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "policy-version",
        summary: "Version is missing or not \"2012-10-17\", so policy variables and ${*} escapes \
                  are not evaluated",
        severity: Severity::Suggestion,
        applies_to: AppliesTo::Both,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let (ptr, what) = match cx.doc.version.as_deref() {
        Some(crate::iam::policy::VERSION) => return,
        Some(v) => (
            Pointer::root().key("Version"),
            format!("Version is {}", quote(v)),
        ),
        None => (Pointer::root(), "the policy has no Version".to_owned()),
    };
    out.at(
        &ptr,
        format!(
            "{what}: IAM then treats ${{...}} as literal text, so policy variables and the \
             ${{*}}, ${{?}}, ${{$}} escapes do not work."
        ),
        "Add \"Version\": \"2012-10-17\".",
    );
}
