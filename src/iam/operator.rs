//! IAM condition operator names: `[ForAllValues:|ForAnyValue:]Base[IfExists]`, matched
//! case-insensitively. Shared by the evaluator and the linter so both read an operator the same
//! way.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetQualifier {
    ForAllValues,
    ForAnyValue,
}

/// The string and `Null` operators Keyless models; anything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    Null,
    Other,
}

/// An operator as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operator {
    pub set: Option<SetQualifier>,
    pub base: Base,
    pub if_exists: bool,
}

/// What an operator name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parsed {
    Known(Operator),
    /// A real IAM operator outside the modelled family (numeric, date, Bool, IP, ARN, binary).
    Unsupported,
    /// Not an IAM operator (a typo), or `Null` with a qualifier.
    Unknown,
}

/// IAM operators outside the modelled string/Null family.
const UNMODELLED: &[&str] = &[
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnNotEquals",
    "ArnLike",
    "ArnNotLike",
];

const BASES: [(&str, Base); 7] = [
    ("StringEquals", Base::StringEquals),
    ("StringNotEquals", Base::StringNotEquals),
    ("StringEqualsIgnoreCase", Base::StringEqualsIgnoreCase),
    ("StringNotEqualsIgnoreCase", Base::StringNotEqualsIgnoreCase),
    ("StringLike", Base::StringLike),
    ("StringNotLike", Base::StringNotLike),
    ("Null", Base::Null),
];

pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

pub fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.get(cut..)?;
    if tail.eq_ignore_ascii_case(suffix) {
        s.get(..cut)
    } else {
        None
    }
}

impl Operator {
    /// Reads an operator name; see [`Parsed`].
    pub fn classify(text: &str) -> Parsed {
        let mut rest = text.trim();
        let mut set = None;
        if let Some(r) = strip_prefix_ci(rest, "ForAllValues:") {
            set = Some(SetQualifier::ForAllValues);
            rest = r;
        } else if let Some(r) = strip_prefix_ci(rest, "ForAnyValue:") {
            set = Some(SetQualifier::ForAnyValue);
            rest = r;
        }
        let mut if_exists = false;
        if rest.len() > "IfExists".len()
            && let Some(head) = strip_suffix_ci(rest, "IfExists")
        {
            if_exists = true;
            rest = head;
        }
        if let Some((_, base)) = BASES
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(rest))
        {
            // `Null` takes neither a set qualifier nor `IfExists`.
            if *base == Base::Null && (set.is_some() || if_exists) {
                return Parsed::Unknown;
            }
            return Parsed::Known(Operator {
                set,
                base: *base,
                if_exists,
            });
        }
        if UNMODELLED
            .iter()
            .any(|name| name.eq_ignore_ascii_case(rest))
        {
            Parsed::Unsupported
        } else {
            Parsed::Unknown
        }
    }

    /// Reads an operator name, with anything outside the string family as [`Base::Other`]
    /// (keeping its qualifier and `IfExists`).
    pub fn parse(text: &str) -> Operator {
        match Operator::classify(text) {
            Parsed::Known(op) if op.base != Base::Null => op,
            _ => {
                let trimmed = text.trim();
                let set = if strip_prefix_ci(trimmed, "ForAllValues:").is_some() {
                    Some(SetQualifier::ForAllValues)
                } else if strip_prefix_ci(trimmed, "ForAnyValue:").is_some() {
                    Some(SetQualifier::ForAnyValue)
                } else {
                    None
                };
                Operator {
                    set,
                    base: Base::Other,
                    if_exists: trimmed.len() > "IfExists".len()
                        && strip_suffix_ci(trimmed, "IfExists").is_some(),
                }
            }
        }
    }

    /// The negated string operators, true when the key is absent.
    pub fn negated(self) -> bool {
        matches!(
            self.base,
            Base::StringNotEquals | Base::StringNotEqualsIgnoreCase | Base::StringNotLike
        )
    }

    /// One of the operators IAM's guardrail accepts for scoping `sub` (domain facts 2.5):
    /// StringEquals, StringLike, StringEqualsIgnoreCase (here also with qualifiers).
    pub fn is_positive_string(self) -> bool {
        matches!(
            self.base,
            Base::StringEquals | Base::StringLike | Base::StringEqualsIgnoreCase
        )
    }

    /// `*` and `?` are wildcards only under StringLike / StringNotLike.
    pub fn wildcards(self) -> bool {
        matches!(self.base, Base::StringLike | Base::StringNotLike)
    }

    pub fn ignore_case(self) -> bool {
        matches!(
            self.base,
            Base::StringEqualsIgnoreCase | Base::StringNotEqualsIgnoreCase
        )
    }

    /// The operator without set qualifier and `IfExists`, for probing with the evaluator.
    pub fn plain_name(self) -> &'static str {
        match self.base {
            Base::StringNotEquals => "StringNotEquals",
            Base::StringEqualsIgnoreCase => "StringEqualsIgnoreCase",
            Base::StringNotEqualsIgnoreCase => "StringNotEqualsIgnoreCase",
            Base::StringLike => "StringLike",
            Base::StringNotLike => "StringNotLike",
            Base::Null => "Null",
            Base::StringEquals | Base::Other => "StringEquals",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_qualifiers_case_and_suffix() {
        assert_eq!(
            Operator::classify("forallvalues:stringlikeifexists"),
            Parsed::Known(Operator {
                set: Some(SetQualifier::ForAllValues),
                base: Base::StringLike,
                if_exists: true
            })
        );
        assert_eq!(Operator::classify("NumericLessThan"), Parsed::Unsupported);
        assert_eq!(Operator::classify("StringEqualz"), Parsed::Unknown);
        assert_eq!(Operator::classify("ForAnyValue:Null"), Parsed::Unknown);
        assert_eq!(Operator::parse("IfExists").base, Base::Other);
        assert_eq!(Operator::parse("Null").base, Base::Other);
    }
}
