//! JSON pointers (RFC 6901) into the policy document.

use std::fmt;

/// A JSON pointer built token by token; `~` is written `~0` and `/` is written `~1`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document (the empty pointer).
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// This pointer with one more reference token (an object key or an array index).
    pub fn key(&self, token: &str) -> Self {
        let mut out = self.0.clone();
        out.push('/');
        out.push_str(&escape(token));
        Pointer(out)
    }

    /// This pointer with an array index appended.
    pub fn index(&self, i: usize) -> Self {
        Pointer(format!("{}/{i}", self.0))
    }

    /// Appends an index only when the value is a list: IAM lets a single value be written as a
    /// scalar, and then there is no index to point at.
    pub fn item(&self, is_list: bool, i: usize) -> Self {
        if is_list { self.index(i) } else { self.clone() }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.0
    }
}

/// Escapes one reference token.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Reverses [`escape`] for one token.
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lint_pointer_escapes_tilde_and_slash() {
        let p = Pointer::root()
            .key("Statement")
            .index(0)
            .key("Condition")
            .key("StringLike")
            .key("token.actions.githubusercontent.com/jamf:sub")
            .item(true, 1);
        assert_eq!(
            p.as_str(),
            "/Statement/0/Condition/StringLike/token.actions.githubusercontent.com~1jamf:sub/1"
        );
        assert_eq!(Pointer::root().key("a~/b").as_str(), "/a~0~1b");
        assert_eq!(unescape("a~0~1b"), "a~/b");
        assert_eq!(Pointer::root().key("x").item(false, 3).as_str(), "/x");
    }
}
