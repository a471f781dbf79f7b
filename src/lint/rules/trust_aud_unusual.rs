//! An `aud` value other than the one configure-aws-credentials sends.

use super::prelude::*;

pub(crate) const RULE: Rule = Rule {
    meta: RuleMeta {
        code: "trust-aud-unusual",
        summary: "An aud value is not sts.amazonaws.com (sts.amazonaws.com.cn in China), or is a \
                  pattern",
        severity: Severity::Warning,
        applies_to: AppliesTo::Trust,
    },
    check,
};

fn check(cx: &Cx<'_>, out: &mut Emit<'_>) {
    let partition = cx.ctx.partition.as_deref();
    for st in cx.github_statements() {
        for c in st.claim_conditions("aud") {
            if !c.op.is_positive_string() {
                continue;
            }
            for v in &c.values {
                let text: &str = &v.text;
                let pattern = c.op.wildcards() && facts::has_raw_wildcard(text);
                let expected = match partition {
                    Some("aws-cn") => facts::AUD_CHINA,
                    _ => facts::AUD_COMMERCIAL,
                };
                let normal = match partition {
                    None => text == facts::AUD_COMMERCIAL || text == facts::AUD_CHINA,
                    Some(_) => text == expected,
                };
                let why = if pattern {
                    "is a pattern, so tokens minted for other audiences that match it are \
                     accepted too"
                        .to_owned()
                } else if normal {
                    continue;
                } else if text.starts_with("https://github.com/") || text.contains("/_services/") {
                    "is GitHub's default audience (the owner's URL), which a token carries only \
                     when no audience is requested; configure-aws-credentials requests \
                     sts.amazonaws.com unless its audience input is set"
                        .to_owned()
                } else if text == facts::AUD_COMMERCIAL || text == facts::AUD_CHINA {
                    format!(
                        "is not the audience for the {} partition ({expected}); the action must \
                         request the one the provider lists",
                        partition.unwrap_or("aws")
                    )
                } else {
                    format!(
                        "is not what configure-aws-credentials requests ({expected} by default); \
                         the job must set audience: {} and the provider must list it",
                        quote(text)
                    )
                };
                out.at(
                    &v.ptr,
                    format!("aud value {}{} {why}.", quote(text), position(v)),
                    format!(
                        "Use \"{expected}\" under StringEquals, and register it on the provider \
                         (aws iam add-client-id-to-open-id-connect-provider --client-id {expected})."
                    ),
                );
            }
        }
    }
}
