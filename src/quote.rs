//! Quoting for every place a user value lands in generated text. Nothing is interpolated into
//! shell, YAML, workflow filters or IAM condition values except through these functions.

/// A bash word that expands to exactly `s`: single quotes, with `'` written as `'\''`.
pub fn shell(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:@%+=,".contains(&b))
    {
        return s.to_owned();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A YAML scalar that reads back as the string `s`: plain when that is unambiguous, otherwise
/// single-quoted (`'` doubled). Plain is used only for a conservative character set and never
/// for values YAML 1.1 or 1.2 would read as something other than a string.
pub fn yaml(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !first.is_ascii_alphabetic() {
        return false;
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_./@".contains(&b))
    {
        return false;
    }
    const RESERVED: [&str; 14] = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "nan", "inf", "infinity",
        "none", "~",
    ];
    !RESERVED.contains(&s.to_ascii_lowercase().as_str())
}

/// A branch or tag name as a literal GitHub Actions filter pattern: the filter metacharacters
/// `* ? + [ ] !` (and `\`) are escaped with `\`, so the pattern matches that one name only.
pub fn filter_literal(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if matches!(c, '*' | '?' | '+' | '[' | ']' | '!' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A literal string as an IAM condition value. `${` starts a policy variable in every string
/// operator, so `$` is written `${$}` whenever the value contains `${`; under `StringLike` the
/// wildcards `*` and `?` are also written `${*}` and `${?}`.
pub fn policy_literal(s: &str, like: bool) -> String {
    let escape_dollar = s.contains("${");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '$' if escape_dollar => out.push_str("${$}"),
            '*' if like => out.push_str("${*}"),
            '?' if like => out.push_str("${?}"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quotes_everything_risky() {
        assert_eq!(shell("main"), "main");
        assert_eq!(shell(""), "''");
        assert_eq!(shell("a b"), "'a b'");
        assert_eq!(shell("$(id)"), "'$(id)'");
        assert_eq!(shell("it's"), r"'it'\''s'");
        assert_eq!(shell("`x`;{y}"), "'`x`;{y}'");
    }

    #[test]
    fn yaml_quotes_what_would_not_read_back_as_a_string() {
        assert_eq!(yaml("main"), "main");
        assert_eq!(yaml("feature/x-1"), "feature/x-1");
        for risky in [
            "on",
            "No",
            "true",
            "null",
            "123",
            "1e5",
            "012345678901",
            "",
            "a: b",
            "#x",
            "a #b",
            "*ref",
            "&a",
            "!tag",
            "-x",
            "[x]",
            "{x}",
            "x'y",
            "${{ x }}",
            "%x",
            "@x",
        ] {
            let q = yaml(risky);
            assert!(q.starts_with('\''), "{risky} -> {q}");
        }
        assert_eq!(yaml("x'y"), "'x''y'");
    }

    #[test]
    fn filter_literal_escapes_metacharacters() {
        assert_eq!(filter_literal("release+1"), r"release\+1");
        assert_eq!(filter_literal("!x"), r"\!x");
        assert_eq!(filter_literal("main"), "main");
    }

    #[test]
    fn policy_literal_escapes_variables_and_wildcards() {
        assert_eq!(policy_literal("a$b", false), "a$b");
        assert_eq!(policy_literal("a${b}", false), "a${$}{b}");
        assert_eq!(policy_literal("a*b?", false), "a*b?");
        assert_eq!(policy_literal("a*b?", true), "a${*}b${?}");
        assert_eq!(policy_literal("${*}", true), "${$}{${*}}");
    }
}
