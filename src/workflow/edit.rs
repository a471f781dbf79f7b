//! Minimal text edits on the concrete syntax: remove, replace or add one mapping entry, replace a
//! value, insert a sequence item. Each edit touches whole lines only where it must, copies the
//! surrounding indentation and the file's own line ending, and carries the data operation it
//! stands for, so the result can be checked against the intended data.

use yaml_serde::{Mapping, Value};

use super::syntax::{Doc, Kind, NodeId, Style};
use super::verify::DataOp;
use crate::quote;

/// How the entries around an edit are written: quoted keys or values are copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Quote {
    #[default]
    Auto,
    Single,
    Double,
}

/// The quoting of keys and of scalar values next to an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Look {
    pub key: Quote,
    pub value: Quote,
}

fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn single_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A piece of YAML to write: a string scalar (with its text and an optional trailing comment) or a
/// mapping of such pieces. Text and data come from the same value, so they cannot disagree.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Snip {
    Str {
        value: String,
        comment: Option<String>,
        /// A fixed text Keyless knows reads back as itself when written plain.
        plain: bool,
    },
    Map(Vec<(String, Snip)>),
}

impl Snip {
    pub fn str(value: impl Into<String>) -> Snip {
        Snip::Str {
            value: value.into(),
            comment: None,
            plain: false,
        }
    }

    /// A fixed text that is safe as a plain scalar (checked by the self-check like any edit).
    pub fn plain(value: &'static str) -> Snip {
        Snip::Str {
            value: value.to_owned(),
            comment: None,
            plain: true,
        }
    }

    pub fn str_with_comment(value: impl Into<String>, comment: impl Into<String>) -> Snip {
        Snip::Str {
            value: value.into(),
            comment: Some(comment.into()),
            plain: false,
        }
    }

    pub fn value(&self) -> Value {
        match self {
            Snip::Str { value, .. } => Value::String(value.clone()),
            Snip::Map(entries) => {
                let mut m = Mapping::new();
                for (k, v) in entries {
                    m.insert(Value::String(k.clone()), v.value());
                }
                Value::Mapping(m)
            }
        }
    }

    /// A scalar's text: quoted like its neighbours when they are quoted; otherwise plain for
    /// `${{ ... }}` expressions (block context) and known-safe texts, else [`quote::yaml`].
    fn scalar_text(value: &str, plain: bool, quote: Quote, flow: bool) -> String {
        match quote {
            Quote::Double => double_quoted(value),
            Quote::Single => single_quoted(value),
            Quote::Auto if plain && !flow => value.to_owned(),
            Quote::Auto if !flow && is_plain_expression(value) => value.to_owned(),
            Quote::Auto => quote::yaml(value),
        }
    }

    fn key_text(key: &str, quote: Quote) -> String {
        match quote {
            Quote::Double => double_quoted(key),
            Quote::Single => single_quoted(key),
            Quote::Auto => quote::yaml(key),
        }
    }

    /// The value as flow-context text.
    fn flow_text(&self, look: Look) -> String {
        match self {
            Snip::Str { value, plain, .. } => Snip::scalar_text(value, *plain, look.value, true),
            Snip::Map(entries) if entries.is_empty() => "{}".to_owned(),
            Snip::Map(entries) => {
                let parts: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}: {}", Snip::key_text(k, look.key), v.flow_text(look)))
                    .collect();
                format!("{{ {} }}", parts.join(", "))
            }
        }
    }

    /// `key: value` lines at column `col`, nested mappings `step` deeper.
    fn block_lines(&self, key: &str, col: usize, step: usize, look: Look, out: &mut Vec<String>) {
        let pad = " ".repeat(col);
        let key = Snip::key_text(key, look.key);
        match self {
            Snip::Str {
                value,
                comment,
                plain,
            } => {
                let mut line = format!(
                    "{pad}{key}: {}",
                    Snip::scalar_text(value, *plain, look.value, false)
                );
                if let Some(c) = comment {
                    line.push_str(" # ");
                    line.push_str(c);
                }
                out.push(line);
            }
            Snip::Map(entries) if entries.is_empty() => out.push(format!("{pad}{key}: {{}}")),
            Snip::Map(entries) => {
                out.push(format!("{pad}{key}:"));
                for (k, v) in entries {
                    v.block_lines(k, col + step, step, look, out);
                }
            }
        }
    }

    /// Lines of a mapping's entries at column `col` (for a new sequence item or a replaced value).
    fn entry_lines(&self, col: usize, step: usize, look: Look) -> Vec<String> {
        let mut out = Vec::new();
        if let Snip::Map(entries) = self {
            for (k, v) in entries {
                v.block_lines(k, col, step, look, &mut out);
            }
        }
        out
    }
}

fn is_plain_expression(value: &str) -> bool {
    value.starts_with("${{ ")
        && value.ends_with(" }}")
        && !value.contains(['\'', '#', '\n', '"'])
        && !value.contains(": ")
}

/// What an edit does, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EditKind {
    /// An `aws-access-key-id` / `aws-secret-access-key` / `aws-session-token` input removed.
    RemoveKeyInput,
    /// An `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` env entry removed.
    RemoveKeyEnv,
    /// `username` / `password` (the access keys) removed from a docker/login-action step.
    RemoveLoginKeys,
    /// `role-to-assume` added.
    AddRoleToAssume,
    /// `audience: sts.amazonaws.com.cn` added for an AWS China region.
    AddAudience,
    /// A configure-aws-credentials step inserted before the first step that needs AWS.
    InsertCredentialsStep,
    /// `id-token: write` added to (or set in) an existing permissions mapping.
    GrantIdToken,
    /// A new `permissions:` block written for a job.
    NewPermissions,
    /// `read-all` written out as an explicit mapping with `id-token: write`.
    ExpandReadAll,
    /// An action reference moved to the current release.
    UpgradeAction,
}

/// One text edit and the data change it stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Change {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub ops: Vec<DataOp>,
    pub kind: EditKind,
    pub summary: String,
}

/// Why an edit cannot be made in this layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LayoutError {
    pub pos: usize,
    pub message: String,
}

pub(crate) type LResult<T> = Result<T, LayoutError>;

fn layout<T>(pos: usize, message: impl Into<String>) -> LResult<T> {
    Err(LayoutError {
        pos,
        message: message.into(),
    })
}

/// Where a new entry goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    After(usize),
    Before(usize),
    End,
}

/// Edit helpers over one parsed file.
pub(crate) struct Editor<'a> {
    pub src: &'a str,
    pub doc: &'a Doc,
    pub eol: &'static str,
    /// The file's usual indentation step for nested mappings.
    pub step: usize,
}

impl<'a> Editor<'a> {
    pub fn new(src: &'a str, doc: &'a Doc) -> Self {
        let eol = match src.find('\n') {
            Some(i) if i > 0 && src.as_bytes()[i - 1] == b'\r' => "\r\n",
            _ => "\n",
        };
        let mut editor = Editor {
            src,
            doc,
            eol,
            step: 2,
        };
        editor.step = editor.global_step();
        editor
    }

    fn global_step(&self) -> usize {
        for node in &self.doc.nodes {
            if let Kind::Map {
                entries,
                flow: false,
            } = &node.kind
                && let Some(s) = entries.iter().find_map(|e| self.child_step(e))
            {
                return s;
            }
        }
        2
    }

    /// Indentation step between an entry's key and its block-mapping value.
    fn child_step(&self, entry: &super::syntax::Entry) -> Option<usize> {
        let value = self.doc.node(entry.value);
        match &value.kind {
            Kind::Map {
                entries,
                flow: false,
            } => {
                let first = entries.first()?;
                let parent = self.col(entry.key_start);
                let child = self.col(first.key_start);
                (child > parent && self.line(first.key_start) > self.line(entry.key_start))
                    .then(|| child - parent)
            }
            _ => None,
        }
    }

    /// The indentation step used inside `map` (falling back to the file's).
    pub fn step_in(&self, map: NodeId) -> usize {
        self.doc
            .entries(map)
            .iter()
            .find_map(|e| self.child_step(e))
            .unwrap_or(self.step)
    }

    pub fn line(&self, pos: usize) -> usize {
        self.doc.lines.line_of(pos)
    }

    pub fn col(&self, pos: usize) -> usize {
        self.doc.lines.column(pos)
    }

    fn line_start(&self, line: usize) -> usize {
        self.doc.lines.start(line)
    }

    fn content_end(&self, line: usize) -> usize {
        self.doc.lines.content_end(self.src, line)
    }

    fn next_start(&self, line: usize) -> usize {
        self.doc.lines.next_start(line)
    }

    fn first_on_line(&self, pos: usize) -> bool {
        let start = self.line_start(self.line(pos));
        self.src[start..pos].bytes().all(|b| b == b' ')
    }

    fn is_blank_line(&self, line: usize) -> bool {
        let start = self.line_start(line);
        let end = self.content_end(line);
        self.src[start..end]
            .bytes()
            .all(|b| b == b' ' || b == b'\t')
    }

    fn is_comment_line(&self, line: usize) -> bool {
        let start = self.line_start(line);
        let end = self.content_end(line);
        self.src[start..end].trim_start().starts_with('#')
    }

    /// End of an entry's value (or of its key when the value is empty).
    fn value_end(&self, entry: &super::syntax::Entry) -> usize {
        self.doc.node(entry.value).end.max(entry.key_end)
    }

    /// Last line of an entry.
    fn entry_last_line(&self, entry: &super::syntax::Entry) -> usize {
        self.line(self.value_end(entry).saturating_sub(1).max(entry.key_start))
    }

    /// Text for whole new lines inserted before the line starting at `at` (or, at the very end
    /// of a file without a final line break, after its last line).
    fn lines_text(&self, at: usize, lines: &[String]) -> String {
        let joined = lines.join(self.eol);
        if at == self.src.len() && !self.src.is_empty() && !self.src.ends_with('\n') {
            format!("{}{joined}", self.eol)
        } else {
            format!("{joined}{}", self.eol)
        }
    }

    /// Byte range of whole lines `first..=last`, keeping a missing final line break missing.
    fn whole_lines(&self, first: usize, last: usize) -> (usize, usize) {
        let start = self.line_start(first);
        let end = self.next_start(last);
        if end == self.src.len() && !self.src.ends_with('\n') && first > 0 {
            (self.content_end(first - 1), end)
        } else {
            (start, end)
        }
    }

    fn map_parts(&self, map: NodeId) -> LResult<(&'a [super::syntax::Entry], bool)> {
        let id = self.doc.resolve(map);
        match &self.doc.node(id).kind {
            Kind::Map { entries, flow } => Ok((entries.as_slice(), *flow)),
            _ => layout(self.doc.node(id).start, "expected a mapping"),
        }
    }

    /// How a key or scalar value at `pos` is quoted.
    fn quote_at(&self, pos: usize) -> Quote {
        match self.src.as_bytes().get(pos) {
            Some(b'"') => Quote::Double,
            Some(b'\'') => Quote::Single,
            _ => Quote::Auto,
        }
    }

    /// How an entry's key and scalar value are quoted.
    fn entry_look(&self, entry: &super::syntax::Entry) -> Look {
        let value = self.doc.node(entry.value);
        let value_quote = match &value.kind {
            Kind::Scalar {
                style: Style::Single,
                ..
            } => Quote::Single,
            Kind::Scalar {
                style: Style::Double,
                ..
            } => Quote::Double,
            _ => Quote::Auto,
        };
        Look {
            key: self.quote_at(entry.key_start),
            value: value_quote,
        }
    }

    /// How the entries of `map` are quoted: the first key's quoting, and the quoting most of its
    /// scalar values share (plain when they disagree).
    fn look_of(&self, map: NodeId) -> Look {
        let entries = self.doc.entries(map);
        let key = entries
            .first()
            .map_or(Quote::Auto, |e| self.quote_at(e.key_start));
        let quotes: Vec<Quote> = entries
            .iter()
            .filter(|e| matches!(self.doc.node(e.value).kind, Kind::Scalar { .. }))
            .map(|e| self.entry_look(e).value)
            .collect();
        let value = match quotes.first() {
            Some(q) if quotes.iter().all(|x| x == q) => *q,
            _ => Quote::Auto,
        };
        Look { key, value }
    }

    /// Removes entry `idx` of `map`.
    pub fn remove_entry(
        &self,
        map: NodeId,
        idx: usize,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let mut changes = self.remove_entries(map, &[idx], kind, summary)?;
        match changes.pop() {
            Some(c) => Ok(c),
            None => layout(self.doc.node(map).start, "nothing to remove"),
        }
    }

    /// Removes entries of `map`; consecutive ones as one range, so removals never overlap.
    pub fn remove_entries(
        &self,
        map: NodeId,
        idxs: &[usize],
        kind: EditKind,
        summary: String,
    ) -> LResult<Vec<Change>> {
        let (entries, flow) = self.map_parts(map)?;
        let map = self.doc.resolve(map);
        let mut idxs: Vec<usize> = idxs.to_vec();
        idxs.sort_unstable();
        idxs.dedup();
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for i in idxs {
            match runs.last_mut() {
                Some(run) if run.1 + 1 == i => run.1 = i,
                _ => runs.push((i, i)),
            }
        }
        let n = entries.len();
        let mut out = Vec::new();
        for (i, j) in runs {
            let first = &entries[i];
            let last = &entries[j];
            let (start, end) = if flow {
                if i == 0 && j + 1 == n {
                    let node = self.doc.node(map);
                    (node.start + 1, node.end - 1)
                } else if j + 1 < n {
                    (first.key_start, entries[j + 1].key_start)
                } else {
                    (self.value_end(&entries[i - 1]), self.value_end(last))
                }
            } else if self.first_on_line(first.key_start) {
                self.whole_lines(self.line(first.key_start), self.entry_last_line(last))
            } else if j + 1 < n {
                (first.key_start, entries[j + 1].key_start)
            } else {
                return layout(
                    first.key_start,
                    "the only entry after `- ` cannot be removed in place",
                );
            };
            out.push(Change {
                start,
                end,
                text: String::new(),
                ops: entries[i..=j]
                    .iter()
                    .map(|e| DataOp::RemoveKey {
                        map,
                        key: e.key.clone(),
                    })
                    .collect(),
                kind,
                summary: summary.clone(),
            });
        }
        Ok(out)
    }

    /// Replaces entry `idx` of `map` with `key: value` (a scalar), on the same line and quoted
    /// the way the replaced entry was.
    pub fn replace_entry(
        &self,
        map: NodeId,
        idx: usize,
        key: &str,
        value: &Snip,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let (entries, flow) = self.map_parts(map)?;
        let entry = &entries[idx];
        let map = self.doc.resolve(map);
        let look = self.entry_look(entry);
        let (end, text) = if flow {
            (
                self.value_end(entry),
                format!(
                    "{}: {}",
                    Snip::key_text(key, look.key),
                    value.flow_text(look)
                ),
            )
        } else {
            let mut lines = Vec::new();
            value.block_lines(key, 0, self.step_in(map), look, &mut lines);
            if lines.len() != 1 {
                return layout(
                    entry.key_start,
                    "a block value cannot replace an entry in place",
                );
            }
            (
                self.content_end(self.entry_last_line(entry)),
                lines.remove(0),
            )
        };
        Ok(Change {
            start: entry.key_start,
            end,
            text,
            ops: vec![
                DataOp::RemoveKey {
                    map,
                    key: entry.key.clone(),
                },
                DataOp::AddKey {
                    map,
                    key: key.to_owned(),
                    value: value.value(),
                },
            ],
            kind,
            summary,
        })
    }

    /// Adds `key: value` to `map`, written like its other entries.
    pub fn add_entry(
        &self,
        map: NodeId,
        at: At,
        key: &str,
        value: &Snip,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let (entries, flow) = self.map_parts(map)?;
        let map = self.doc.resolve(map);
        let look = self.look_of(map);
        let op = DataOp::AddKey {
            map,
            key: key.to_owned(),
            value: value.value(),
        };
        let pair = || {
            format!(
                "{}: {}",
                Snip::key_text(key, look.key),
                value.flow_text(look)
            )
        };
        let (start, text) = if flow {
            let node = self.doc.node(map);
            if entries.is_empty() {
                (node.start + 1, format!(" {} ", pair()))
            } else {
                match at {
                    At::Before(i) => (entries[i].key_start, format!("{}, ", pair())),
                    At::After(i) => (self.value_end(&entries[i]), format!(", {}", pair())),
                    At::End => (
                        self.value_end(&entries[entries.len() - 1]),
                        format!(", {}", pair()),
                    ),
                }
            }
        } else {
            let Some(first) = entries.first() else {
                return layout(self.doc.node(map).start, "an empty block mapping");
            };
            let col = self.col(first.key_start);
            let mut lines = Vec::new();
            value.block_lines(key, col, self.step_in(map), look, &mut lines);
            let at_pos = match at {
                At::Before(i) => {
                    if !self.first_on_line(entries[i].key_start) {
                        return layout(
                            entries[i].key_start,
                            "cannot insert before an entry that follows `- `",
                        );
                    }
                    self.line_start(self.line(entries[i].key_start))
                }
                At::After(i) => self.next_start(self.entry_last_line(&entries[i])),
                At::End => self.next_start(self.entry_last_line(&entries[entries.len() - 1])),
            };
            (at_pos, self.lines_text(at_pos, &lines))
        };
        Ok(Change {
            start,
            end: start,
            text,
            ops: vec![op],
            kind,
            summary,
        })
    }

    /// Replaces the value of entry `idx` of `map` (anchors kept). A mapping value in block
    /// context is written as indented lines below the key.
    pub fn replace_value(
        &self,
        map: NodeId,
        idx: usize,
        value: &Snip,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let (entries, flow) = self.map_parts(map)?;
        let entry = &entries[idx];
        let node = self.doc.node(entry.value);
        let target = self.doc.resolve(entry.value);
        let op = DataOp::Replace {
            node: target,
            value: value.value(),
        };
        if matches!(node.kind, Kind::Alias { .. }) {
            return layout(node.start, "the value is an alias; edit its anchor instead");
        }
        let content_start = match &node.anchor {
            Some(name) => node.props + 1 + name.len(),
            None => entry.colon + 1,
        };
        let look = self.entry_look(entry);
        let (start, end, text) = if flow {
            (node.start, node.end, value.flow_text(look))
        } else {
            let end = self.content_end(self.entry_last_line(entry));
            match value {
                Snip::Str { .. } => {
                    let mut lines = Vec::new();
                    value.block_lines(
                        "k",
                        0,
                        2,
                        Look {
                            key: Quote::Auto,
                            ..look
                        },
                        &mut lines,
                    );
                    let text = lines.remove(0);
                    let text = text.strip_prefix("k:").unwrap_or(&text).to_owned();
                    (content_start, end, text)
                }
                Snip::Map(_) => {
                    let owner = self.doc.resolve(map);
                    let col = self.col(entry.key_start) + self.step_in(owner);
                    let look = Look {
                        key: look.key,
                        value: self.look_of(owner).value,
                    };
                    let lines = value.entry_lines(col, self.step, look);
                    (
                        content_start,
                        end,
                        format!("{}{}", self.eol, lines.join(self.eol)),
                    )
                }
            }
        };
        Ok(Change {
            start,
            end,
            text,
            ops: vec![op],
            kind,
            summary,
        })
    }

    /// Replaces a scalar node's text only (quoting style kept when possible), for `uses:`.
    pub fn replace_scalar_text(
        &self,
        node: NodeId,
        new_value: &str,
        comment: Option<&str>,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let n = self.doc.node(node);
        let Kind::Scalar { style, .. } = &n.kind else {
            return layout(n.start, "expected a scalar");
        };
        let text = match style {
            Style::Single => format!("'{}'", new_value.replace('\'', "''")),
            Style::Double if !new_value.contains(['"', '\\']) => format!("\"{new_value}\""),
            Style::Plain if quote::yaml(new_value) == new_value || !new_value.contains(' ') => {
                new_value.to_owned()
            }
            _ => quote::yaml(new_value),
        };
        // A version comment after the value (`# v4.2.1`) is replaced too.
        let line = self.line(n.end);
        let line_end = self.content_end(line);
        let rest = &self.src[n.end..line_end];
        let (end, text) = match rest.trim_start().strip_prefix('#') {
            Some(c) if looks_like_version_comment(c) => {
                let text = match comment {
                    Some(c) => format!("{text} # {c}"),
                    None => text,
                };
                (line_end, text)
            }
            _ => {
                let text = match comment {
                    Some(c) if rest.trim().is_empty() => format!("{text} # {c}"),
                    _ => text,
                };
                (n.end, text)
            }
        };
        Ok(Change {
            start: n.start,
            end,
            text,
            ops: vec![DataOp::Replace {
                node,
                value: Value::String(new_value.to_owned()),
            }],
            kind,
            summary,
        })
    }

    /// Empties a mapping that others reach through an alias: `key: &anchor {}`.
    pub fn empty_map(
        &self,
        map: NodeId,
        idx: usize,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let snip = Snip::Map(Vec::new());
        let (entries, flow) = self.map_parts(map)?;
        let entry = &entries[idx];
        let node = self.doc.node(entry.value);
        if flow || matches!(node.kind, Kind::Map { flow: true, .. }) {
            return self.replace_value(map, idx, &snip, kind, summary);
        }
        let content_start = match &node.anchor {
            Some(name) => node.props + 1 + name.len(),
            None => entry.colon + 1,
        };
        let end = self.content_end(self.entry_last_line(entry));
        Ok(Change {
            start: content_start,
            end,
            text: " {}".to_owned(),
            ops: vec![DataOp::Replace {
                node: self.doc.resolve(entry.value),
                value: snip.value(),
            }],
            kind,
            summary,
        })
    }

    /// Inserts a mapping as a new item before item `idx` of the block sequence `seq`, copying
    /// that item's `- ` layout, keeping comments above it with it, and a blank line between items
    /// when the sequence uses them.
    pub fn insert_item(
        &self,
        seq: NodeId,
        idx: usize,
        value: &Snip,
        nested_step: usize,
        kind: EditKind,
        summary: String,
    ) -> LResult<Change> {
        let id = self.doc.resolve(seq);
        let node = self.doc.node(id);
        let Kind::Seq { items, flow: false } = &node.kind else {
            return layout(node.start, "steps are not a block sequence");
        };
        let item = &items[idx];
        let dash_col = self.col(item.start);
        let first_key = self
            .doc
            .entries(item.value)
            .first()
            .map(|e| e.key_start)
            .filter(|&k| self.line(k) == self.line(item.start));
        let content_col = match first_key {
            Some(k) => self.col(k),
            None => dash_col + 2,
        };
        let look = self.look_of(item.value);
        let mut lines = value.entry_lines(content_col, nested_step, look);
        let Some(first) = lines.first_mut() else {
            return layout(item.start, "nothing to insert");
        };
        let prefix = format!(
            "{}-{}",
            " ".repeat(dash_col),
            " ".repeat(content_col.saturating_sub(dash_col + 1))
        );
        first.replace_range(0..content_col, &prefix);
        // Keep comment lines directly above the item (at its indentation) with it.
        let mut line = self.line(item.start);
        while line > 0 && self.is_comment_line(line - 1) {
            let ls = self.line_start(line - 1);
            let indent = self.src[ls..].bytes().take_while(|&b| b == b' ').count();
            if indent != dash_col {
                break;
            }
            line -= 1;
        }
        let blank_before = line > 0 && self.is_blank_line(line - 1);
        let blank_between = idx == 0
            && items.len() > 1
            && (self.line(self.doc.node(item.value).end.max(item.start))
                ..self.line(items[1].start))
                .any(|l| l > self.line(item.start) && self.is_blank_line(l));
        if blank_before || blank_between {
            lines.push(String::new());
        }
        let at = self.line_start(line);
        Ok(Change {
            start: at,
            end: at,
            text: self.lines_text(at, &lines),
            ops: vec![DataOp::InsertItem {
                seq: id,
                index: idx,
                value: value.value(),
            }],
            kind,
            summary,
        })
    }
}

/// `v4`, `v4.2.1`, `tag=v4.2.1`, `pin@v4` and the like.
pub(crate) fn looks_like_version_comment(comment: &str) -> bool {
    let c = comment.trim();
    let c = c
        .strip_prefix("tag=")
        .or_else(|| c.strip_prefix("pin@"))
        .or_else(|| c.strip_prefix("tag: "))
        .unwrap_or(c);
    c.strip_prefix('v')
        .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_ascii_digit()))
}

/// Applies non-overlapping changes (sorted by position, insertions first) to `src`.
pub(crate) fn apply(src: &str, changes: &[Change]) -> Result<String, String> {
    let mut order: Vec<&Change> = changes.iter().collect();
    order.sort_by_key(|c| (c.start, c.end));
    let mut out = String::with_capacity(src.len() + 256);
    let mut at = 0;
    for c in order {
        if c.start < at {
            return Err(format!(
                "two edits overlap at byte {} ({} and an earlier one)",
                c.start, c.summary
            ));
        }
        if c.end < c.start
            || c.end > src.len()
            || !src.is_char_boundary(c.start)
            || !src.is_char_boundary(c.end)
        {
            return Err(format!("an edit has a bad range: {}", c.summary));
        }
        out.push_str(&src[at..c.start]);
        out.push_str(&c.text);
        at = c.end;
    }
    out.push_str(&src[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::syntax::parse;
    use super::*;

    #[test]
    fn removes_a_line_and_keeps_the_rest_byte_for_byte() {
        let src = "a:\n  keep: 1 # c\n  drop: 2 # gone\n  also: 3\n";
        let doc = parse(src).expect("test input");
        let ed = Editor::new(src, &doc);
        let a = doc.get(doc.root, "a").expect("test input");
        let ch = ed
            .remove_entry(a, 1, EditKind::RemoveKeyEnv, String::new())
            .expect("test input");
        assert_eq!(
            apply(src, &[ch]).expect("test input"),
            "a:\n  keep: 1 # c\n  also: 3\n"
        );
    }

    #[test]
    fn removing_the_last_line_keeps_a_missing_final_newline_missing() {
        let src = "a:\r\n  keep: 1\r\n  drop: 2";
        let doc = parse(src).expect("test input");
        let ed = Editor::new(src, &doc);
        let a = doc.get(doc.root, "a").expect("test input");
        let ch = ed
            .remove_entry(a, 1, EditKind::RemoveKeyEnv, String::new())
            .expect("test input");
        assert_eq!(apply(src, &[ch]).expect("test input"), "a:\r\n  keep: 1");
        let ch = ed
            .add_entry(
                a,
                At::End,
                "new",
                &Snip::str("x"),
                EditKind::GrantIdToken,
                String::new(),
            )
            .expect("test input");
        assert_eq!(
            apply(src, &[ch]).expect("test input"),
            "a:\r\n  keep: 1\r\n  drop: 2\r\n  new: x"
        );
    }

    #[test]
    fn flow_mappings_stay_flow() {
        let src = "p: { contents: read, x: y }\n";
        let doc = parse(src).expect("test input");
        let ed = Editor::new(src, &doc);
        let p = doc.get(doc.root, "p").expect("test input");
        let add = ed
            .add_entry(
                p,
                At::End,
                "id-token",
                &Snip::str("write"),
                EditKind::GrantIdToken,
                String::new(),
            )
            .expect("test input");
        assert_eq!(
            apply(src, &[add]).expect("test input"),
            "p: { contents: read, x: y, id-token: write }\n"
        );
        let rm = ed
            .remove_entry(p, 1, EditKind::RemoveKeyEnv, String::new())
            .expect("test input");
        assert_eq!(
            apply(src, &[rm]).expect("test input"),
            "p: { contents: read }\n"
        );
        let rm0 = ed
            .remove_entry(p, 0, EditKind::RemoveKeyEnv, String::new())
            .expect("test input");
        assert_eq!(apply(src, &[rm0]).expect("test input"), "p: { x: y }\n");
    }

    #[test]
    fn version_comments() {
        assert!(looks_like_version_comment(" v4.2.1"));
        assert!(looks_like_version_comment("tag=v1"));
        assert!(!looks_like_version_comment(" configure credentials"));
    }
}
