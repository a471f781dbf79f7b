//! A concrete-syntax reader for the YAML that GitHub Actions workflow files use. Every node keeps
//! its byte span, so the converter can change a few lines and leave every other byte alone.
//!
//! It reads block mappings and sequences (including sequences written at their key's indentation),
//! flow mappings and sequences (also across lines), plain, single- and double-quoted scalars (also
//! across lines), literal and folded block scalars, comments, anchors and aliases, a leading `---`
//! and a trailing `...`. It refuses, with a position, what workflows do not use: tags, directives,
//! complex `? ` keys, anchors on keys, several documents. It runs only on text that `yaml_serde`
//! has already accepted, and [`super::verify::same_data`] then checks that both readers agree, so a
//! gap here shows up as "unsupported layout", never as a wrong edit.

use std::collections::HashMap;

pub(crate) type NodeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    Single,
    Double,
    Literal,
    Folded,
}

#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// No content at all (`key:` with nothing after it).
    Null,
    Scalar {
        style: Style,
        value: String,
    },
    Alias {
        target: NodeId,
    },
    Map {
        entries: Vec<Entry>,
        flow: bool,
    },
    Seq {
        items: Vec<Item>,
        flow: bool,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub key: String,
    pub key_start: usize,
    pub key_end: usize,
    /// The `:` after the key (for a flow key without a value, `key_end`).
    pub colon: usize,
    pub value: NodeId,
}

#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// The `-` of a block item, or the start of a flow item.
    pub start: usize,
    pub value: NodeId,
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub kind: Kind,
    /// Where the node's properties (`&anchor`) start; equal to `start` when it has none.
    pub props: usize,
    /// First byte of the content (after any anchor).
    pub start: usize,
    /// One past the last byte of the content (never a trailing comment or line break).
    pub end: usize,
    pub anchor: Option<String>,
}

/// Where the reader gave up, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub pos: usize,
    pub message: String,
}

type PResult<T> = Result<T, SyntaxError>;

/// Byte offsets of line starts, for line/column and whole-line edits.
#[derive(Debug, Clone)]
pub(crate) struct Lines {
    starts: Vec<usize>,
    len: usize,
}

impl Lines {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' && i + 1 < src.len() {
                starts.push(i + 1);
            }
        }
        Lines {
            starts,
            len: src.len(),
        }
    }

    /// Number of lines (a final line break does not start another line).
    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, pos: usize) -> usize {
        match self.starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// Start of the next line, or the end of the text.
    pub fn next_start(&self, line: usize) -> usize {
        self.starts.get(line + 1).copied().unwrap_or(self.len)
    }

    /// End of the line's text, before `\r\n` or `\n`.
    pub fn content_end(&self, src: &str, line: usize) -> usize {
        let mut end = self.next_start(line);
        let b = src.as_bytes();
        if end > self.start(line) && b.get(end - 1) == Some(&b'\n') {
            end -= 1;
            if end > self.start(line) && b.get(end - 1) == Some(&b'\r') {
                end -= 1;
            }
        }
        end
    }

    /// Whether the line ends with a line break.
    #[cfg(test)]
    pub fn has_break(&self, src: &str, line: usize) -> bool {
        self.content_end(src, line) < self.next_start(line)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, src: &str, pos: usize) -> (usize, usize) {
        let pos = pos.min(src.len());
        let line = self.line_of(pos);
        let start = self.start(line);
        let column = src
            .get(start..pos)
            .map_or(pos - start, |s| s.chars().count());
        (line + 1, column + 1)
    }

    /// Column (in bytes) of a byte offset; indentation is ASCII, so this is also the character
    /// column of any position reached through indentation and `- `.
    pub fn column(&self, pos: usize) -> usize {
        pos - self.start(self.line_of(pos))
    }
}

/// The parsed file.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub nodes: Vec<Node>,
    pub root: NodeId,
    pub lines: Lines,
}

impl Doc {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Follows an alias to the anchored node.
    pub fn resolve(&self, mut id: NodeId) -> NodeId {
        // Aliases always point at an earlier, complete node, so this ends.
        for _ in 0..self.nodes.len() {
            match self.nodes[id].kind {
                Kind::Alias { target } => id = target,
                _ => return id,
            }
        }
        id
    }

    pub fn entries(&self, id: NodeId) -> &[Entry] {
        match &self.nodes[self.resolve(id)].kind {
            Kind::Map { entries, .. } => entries,
            _ => &[],
        }
    }

    pub fn items(&self, id: NodeId) -> &[Item] {
        match &self.nodes[self.resolve(id)].kind {
            Kind::Seq { items, .. } => items,
            _ => &[],
        }
    }

    pub fn is_map(&self, id: NodeId) -> bool {
        matches!(self.nodes[self.resolve(id)].kind, Kind::Map { .. })
    }

    pub fn is_seq(&self, id: NodeId) -> bool {
        matches!(self.nodes[self.resolve(id)].kind, Kind::Seq { .. })
    }

    #[cfg(test)]
    pub fn is_flow(&self, id: NodeId) -> bool {
        matches!(
            self.nodes[self.resolve(id)].kind,
            Kind::Map { flow: true, .. } | Kind::Seq { flow: true, .. }
        )
    }

    /// The entry with this key, and its index.
    pub fn entry(&self, map: NodeId, key: &str) -> Option<(usize, &Entry)> {
        self.entries(map)
            .iter()
            .enumerate()
            .find(|(_, e)| e.key == key)
    }

    /// The value under `key`, aliases followed.
    pub fn get(&self, map: NodeId, key: &str) -> Option<NodeId> {
        self.entry(map, key).map(|(_, e)| self.resolve(e.value))
    }

    /// The text of a scalar (any style), aliases followed.
    pub fn str(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[self.resolve(id)].kind {
            Kind::Scalar { value, .. } => Some(value),
            _ => None,
        }
    }

    pub fn is_null(&self, id: NodeId) -> bool {
        match &self.nodes[self.resolve(id)].kind {
            Kind::Null => true,
            Kind::Scalar {
                style: Style::Plain,
                value,
            } => matches!(value.as_str(), "~" | "null" | "Null" | "NULL"),
            _ => false,
        }
    }
}

/// Parses `src` (already accepted by `yaml_serde`).
pub(crate) fn parse(src: &str) -> Result<Doc, SyntaxError> {
    let lines = Lines::new(src);
    let mut p = Parser {
        s: src,
        b: src.as_bytes(),
        pos: 0,
        nodes: Vec::new(),
        anchors: HashMap::new(),
        lines: &lines,
    };
    let root = p.document()?;
    let nodes = p.nodes;
    Ok(Doc { nodes, root, lines })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// After `key:` on the same line.
    MapValue,
    /// After `- ` on the same line.
    SeqItem,
    /// After a leading `--- `.
    Top,
}

/// The next line with content.
#[derive(Debug, Clone, Copy)]
struct Ahead {
    pos: usize,
    indent: usize,
    /// `---` or `...` at column 0.
    marker: bool,
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    nodes: Vec<Node>,
    anchors: HashMap<String, NodeId>,
    lines: &'a Lines,
}

fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

fn is_flow_indicator(c: u8) -> bool {
    matches!(c, b',' | b'[' | b']' | b'{' | b'}')
}

impl Parser<'_> {
    fn err<T>(&self, pos: usize, message: impl Into<String>) -> PResult<T> {
        Err(SyntaxError {
            pos,
            message: message.into(),
        })
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    /// The byte at `pos` (the parser only asks where content is; the end is an error, not a
    /// panic).
    fn cur(&self) -> PResult<u8> {
        match self.at(self.pos) {
            Some(c) => Ok(c),
            None => self.err(self.pos, "an unexpected end of the text"),
        }
    }

    fn is_break_at(&self, i: usize) -> bool {
        matches!(self.at(i), None | Some(b'\n') | Some(b'\r'))
    }

    fn is_blank_or_end(&self, i: usize) -> bool {
        matches!(self.at(i), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
    }

    fn skip_ws(&mut self) {
        while self.at(self.pos).is_some_and(is_ws) {
            self.pos += 1;
        }
    }

    fn line_start_of(&self, pos: usize) -> usize {
        self.lines.start(self.lines.line_of(pos))
    }

    fn column(&self, pos: usize) -> usize {
        self.lines.column(pos)
    }

    /// A `#` that starts a comment: at a line start or after whitespace (libyaml also takes one
    /// right after a closing `]` or `}`).
    fn is_comment_start(&self, i: usize) -> bool {
        self.at(i) == Some(b'#')
            && (i == self.line_start_of(i)
                || self
                    .at(i - 1)
                    .is_some_and(|c| is_ws(c) || c == b']' || c == b'}'))
    }

    /// Only whitespace or a comment is left on this line (after skipping whitespace).
    fn at_line_end(&mut self) -> bool {
        self.skip_ws();
        self.is_break_at(self.pos) || self.is_comment_start(self.pos)
    }

    fn expect_line_end(&mut self) -> PResult<()> {
        if self.at_line_end() {
            Ok(())
        } else {
            self.err(self.pos, "unexpected text after a value")
        }
    }

    fn is_dash_item(&self, i: usize) -> bool {
        self.at(i) == Some(b'-') && self.is_blank_or_end(i + 1)
    }

    fn is_marker_at(&self, i: usize) -> bool {
        let three = self.b.get(i..i + 3);
        (three == Some(b"---") || three == Some(b"...")) && self.is_blank_or_end(i + 3)
    }

    /// Scans lines from `from` (a line start, or just after a byte order mark) for the next
    /// line with content.
    fn scan_from(&self, from: usize) -> PResult<Option<Ahead>> {
        let mut line = self.lines.line_of(from);
        if from >= self.b.len() {
            return Ok(None);
        }
        loop {
            if line >= self.lines.count() {
                return Ok(None);
            }
            let start = self.lines.start(line).max(from);
            let end = self.lines.content_end(self.s, line);
            let mut i = start;
            while i < end && self.b[i] == b' ' {
                i += 1;
            }
            let indent = i - start;
            let mut j = i;
            while j < end && is_ws(self.b[j]) {
                j += 1;
            }
            if j >= end || self.b[j] == b'#' {
                line += 1;
                continue;
            }
            if j != i {
                return self.err(j, "a tab in indentation");
            }
            let marker = indent == 0 && self.is_marker_at(i);
            return Ok(Some(Ahead {
                pos: i,
                indent,
                marker,
            }));
        }
    }

    /// The next line with content after the current line.
    fn ahead(&self) -> PResult<Option<Ahead>> {
        let line = self.lines.line_of(self.pos);
        let next = self.lines.next_start(line);
        if next >= self.b.len() {
            return Ok(None);
        }
        self.scan_from(next)
    }

    fn push(
        &mut self,
        kind: Kind,
        props: usize,
        start: usize,
        end: usize,
        anchor: Option<String>,
    ) -> NodeId {
        let id = self.nodes.len();
        if let Some(name) = &anchor {
            self.anchors.insert(name.clone(), id);
        }
        self.nodes.push(Node {
            kind,
            props,
            start,
            end,
            anchor,
        });
        id
    }

    /// Attaches an anchor parsed before the node.
    fn with_anchor(&mut self, id: NodeId, props: Option<(usize, String)>) -> NodeId {
        if let Some((at, name)) = props {
            self.nodes[id].props = at;
            self.nodes[id].anchor = Some(name.clone());
            self.anchors.insert(name, id);
        }
        id
    }

    fn document(&mut self) -> PResult<NodeId> {
        if self.b.starts_with("\u{feff}".as_bytes()) {
            self.pos = 3;
        }
        if self.at(self.pos) == Some(b'%') {
            return self.err(self.pos, "YAML directives");
        }
        let first = self.scan_from(self.pos)?;
        let root = match first {
            None => self.push(Kind::Null, self.pos, self.pos, self.pos, None),
            Some(a) if a.marker && self.at(a.pos) == Some(b'-') => {
                self.pos = a.pos + 3;
                if self.at_line_end() {
                    self.below(-1, false, self.pos)?
                } else {
                    let id = self.inline(-1, Ctx::Top)?;
                    self.expect_line_end()?;
                    id
                }
            }
            Some(a) if a.marker => {
                return self.err(a.pos, "a document end marker before any content");
            }
            Some(a) => {
                self.pos = a.pos;
                let id = self.at_line_start(a.indent, -1)?;
                self.expect_line_end()?;
                id
            }
        };
        // Only comments, blank lines and `...` may follow.
        loop {
            match self.ahead()? {
                None => break,
                Some(a) if a.marker && self.at(a.pos) == Some(b'.') => {
                    self.pos = a.pos + 3;
                    self.expect_line_end()?;
                }
                Some(a) if a.marker => return self.err(a.pos, "more than one YAML document"),
                Some(a) => return self.err(a.pos, "unexpected content after the document"),
            }
        }
        Ok(root)
    }

    /// The value of a key or item whose line has nothing more: the next content line if it is
    /// indented deeper than `parent` (or is a `- ` item at `parent` when `indentless` is allowed),
    /// else an empty node at `null_at`.
    fn below(&mut self, parent: isize, indentless: bool, null_at: usize) -> PResult<NodeId> {
        match self.ahead()? {
            Some(a)
                if !a.marker
                    && ((a.indent as isize) > parent
                        || (indentless
                            && a.indent as isize == parent
                            && self.is_dash_item(a.pos))) =>
            {
                self.pos = a.pos;
                self.at_line_start(a.indent, parent)
            }
            _ => Ok(self.push(Kind::Null, null_at, null_at, null_at, None)),
        }
    }

    /// A node that starts at the first character of a line indented `indent`.
    fn at_line_start(&mut self, indent: usize, parent: isize) -> PResult<NodeId> {
        let c = self.cur()?;
        if self.is_dash_item(self.pos) {
            return self.block_seq(indent);
        }
        if c == b'&' || c == b'!' {
            let props = self.props()?;
            if self.at_line_end() {
                let id = self.below(parent, false, self.pos)?;
                return Ok(self.with_anchor(id, props));
            }
            if self.implicit_key_at(self.pos) {
                return self.err(self.pos, "an anchor on a mapping key");
            }
            let id = self.scalar_or_flow(parent)?;
            return Ok(self.with_anchor(id, props));
        }
        if c == b'?' && self.is_blank_or_end(self.pos + 1) {
            return self.err(self.pos, "a complex mapping key (`? `)");
        }
        if self.implicit_key_at(self.pos) {
            return self.block_map(indent);
        }
        self.scalar_or_flow(parent)
    }

    /// A node after an indicator on the same line (`key: `, `- `, `--- `).
    fn inline(&mut self, parent: isize, ctx: Ctx) -> PResult<NodeId> {
        let props = self.props()?;
        if props.is_some() && self.at_line_end() {
            let id = self.below(parent, ctx == Ctx::MapValue, self.pos)?;
            return Ok(self.with_anchor(id, props));
        }
        let c = self.cur()?;
        if ctx != Ctx::MapValue {
            if self.is_dash_item(self.pos) {
                if props.is_some() {
                    return self.err(self.pos, "an anchor on a compact sequence");
                }
                let col = self.column(self.pos);
                return self.block_seq(col);
            }
            if c == b'?' && self.is_blank_or_end(self.pos + 1) {
                return self.err(self.pos, "a complex mapping key (`? `)");
            }
            if self.implicit_key_at(self.pos) {
                if props.is_some() {
                    return self.err(self.pos, "an anchor on a mapping key");
                }
                let col = self.column(self.pos);
                return self.block_map(col);
            }
        }
        let id = self.scalar_or_flow(parent)?;
        Ok(self.with_anchor(id, props))
    }

    /// `&anchor` (tags are refused). Leaves `pos` after the properties and following spaces.
    fn props(&mut self) -> PResult<Option<(usize, String)>> {
        match self.at(self.pos) {
            Some(b'!') => self.err(self.pos, "a YAML tag"),
            Some(b'&') => {
                let at = self.pos;
                let name = self.name_after(at + 1);
                if name.is_empty() {
                    return self.err(at, "an empty anchor name");
                }
                self.pos = at + 1 + name.len();
                self.skip_ws();
                if self.at(self.pos) == Some(b'!') {
                    return self.err(self.pos, "a YAML tag");
                }
                Ok(Some((at, name)))
            }
            _ => Ok(None),
        }
    }

    fn name_after(&self, from: usize) -> String {
        let mut i = from;
        while let Some(c) = self.at(i) {
            if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' || is_flow_indicator(c) {
                break;
            }
            i += 1;
        }
        self.s.get(from..i).unwrap_or_default().to_owned()
    }

    fn scalar_or_flow(&mut self, parent: isize) -> PResult<NodeId> {
        match self.cur()? {
            b'|' | b'>' => self.block_scalar(parent),
            b'[' | b'{' => {
                let id = self.flow_collection()?;
                self.skip_ws();
                if self.at(self.pos) == Some(b':') {
                    return self.err(self.pos, "a flow collection as a mapping key");
                }
                Ok(id)
            }
            b'*' => self.alias(),
            b'"' => self.double_quoted(),
            b'\'' => self.single_quoted(),
            b'@' | b'`' => self.err(self.pos, "a reserved indicator"),
            _ => self.plain_block(parent),
        }
    }

    fn alias(&mut self) -> PResult<NodeId> {
        let at = self.pos;
        let name = self.name_after(at + 1);
        let Some(&target) = self.anchors.get(&name) else {
            return self.err(at, format!("alias *{name} has no anchor before it"));
        };
        self.pos = at + 1 + name.len();
        Ok(self.push(Kind::Alias { target }, at, at, self.pos, None))
    }

    /// Whether a plain or quoted key followed by `:` starts at `i` on this line.
    fn implicit_key_at(&self, i: usize) -> bool {
        let Some(c) = self.at(i) else {
            return false;
        };
        let after_key = match c {
            b'"' | b'\'' => match self.quoted_end_on_line(i) {
                Some(end) => end,
                None => return false,
            },
            _ => {
                if !self.plain_can_start(i, false) {
                    return false;
                }
                let mut j = i;
                loop {
                    match self.at(j) {
                        None | Some(b'\n' | b'\r') => return false,
                        Some(b':') if self.is_blank_or_end(j + 1) => return true,
                        Some(b'#') if j > i && self.at(j - 1).is_some_and(is_ws) => return false,
                        _ => j += 1,
                    }
                }
            }
        };
        let mut j = after_key;
        while self.at(j).is_some_and(is_ws) {
            j += 1;
        }
        self.at(j) == Some(b':') && self.is_blank_or_end(j + 1)
    }

    /// The end of a quoted scalar that closes on the same line.
    fn quoted_end_on_line(&self, i: usize) -> Option<usize> {
        let q = self.at(i)?;
        let mut j = i + 1;
        loop {
            match self.at(j)? {
                b'\n' | b'\r' => return None,
                b'\\' if q == b'"' => j += 2,
                b'\'' if q == b'\'' && self.at(j + 1) == Some(b'\'') => j += 2,
                c if c == q => return Some(j + 1),
                _ => j += 1,
            }
        }
    }

    fn plain_can_start(&self, i: usize, flow: bool) -> bool {
        let Some(c) = self.at(i) else {
            return false;
        };
        match c {
            b'-' | b'?' | b':' => {
                let next = self.at(i + 1);
                !(next.is_none()
                    || next.is_some_and(|n| n == b' ' || n == b'\t' || n == b'\n' || n == b'\r')
                    || flow && next.is_some_and(is_flow_indicator))
            }
            b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
            | b'"' | b'%' | b'@' | b'`' => false,
            b' ' | b'\t' | b'\n' | b'\r' => false,
            _ => true,
        }
    }

    fn block_map(&mut self, indent: usize) -> PResult<NodeId> {
        let start = self.pos;
        let mut entries = Vec::new();
        let mut end;
        loop {
            let c = self.cur()?;
            if c == b'?' && self.is_blank_or_end(self.pos + 1) {
                return self.err(self.pos, "a complex mapping key (`? `)");
            }
            if c == b'&' || c == b'!' || c == b'*' {
                return self.err(self.pos, "an anchor, tag or alias as a mapping key");
            }
            let (key, key_start, key_end) = self.key()?;
            self.skip_ws();
            if self.at(self.pos) != Some(b':') {
                return self.err(self.pos, "expected `:` after a mapping key");
            }
            let colon = self.pos;
            self.pos += 1;
            let value = if self.at_line_end() {
                self.below(indent as isize, true, colon + 1)?
            } else {
                self.inline(indent as isize, Ctx::MapValue)?
            };
            self.expect_line_end()?;
            end = self.nodes[value].end.max(colon + 1);
            entries.push(Entry {
                key,
                key_start,
                key_end,
                colon,
                value,
            });
            match self.ahead()? {
                Some(a) if !a.marker && a.indent == indent && !self.is_dash_item(a.pos) => {
                    self.pos = a.pos;
                }
                Some(a) if !a.marker && a.indent > indent => {
                    return self.err(a.pos, "unexpected indentation");
                }
                _ => break,
            }
        }
        Ok(self.push(
            Kind::Map {
                entries,
                flow: false,
            },
            start,
            start,
            end,
            None,
        ))
    }

    /// A block mapping key: plain or quoted, on one line. Leaves `pos` after it.
    fn key(&mut self) -> PResult<(String, usize, usize)> {
        let start = self.pos;
        match self.cur()? {
            b'"' | b'\'' => {
                if self.quoted_end_on_line(start).is_none() {
                    return self.err(start, "a quoted key across lines");
                }
                let id = if self.at(start) == Some(b'"') {
                    self.double_quoted()?
                } else {
                    self.single_quoted()?
                };
                let node = self.nodes.pop();
                match node {
                    Some(Node {
                        kind: Kind::Scalar { value, .. },
                        end,
                        ..
                    }) if id == self.nodes.len() => Ok((value, start, end)),
                    _ => self.err(start, "a key that is not a scalar"),
                }
            }
            _ => {
                let mut j = start;
                loop {
                    match self.at(j) {
                        None | Some(b'\n' | b'\r') => return self.err(start, "a key without `:`"),
                        Some(b':') if self.is_blank_or_end(j + 1) => break,
                        _ => j += 1,
                    }
                }
                let mut end = j;
                while end > start && is_ws(self.b[end - 1]) {
                    end -= 1;
                }
                self.pos = end;
                Ok((
                    self.s.get(start..end).unwrap_or_default().to_owned(),
                    start,
                    end,
                ))
            }
        }
    }

    fn block_seq(&mut self, indent: usize) -> PResult<NodeId> {
        let start = self.pos;
        let mut items = Vec::new();
        let mut end;
        loop {
            let dash = self.pos;
            self.pos += 1;
            let value = if self.at_line_end() {
                self.below(indent as isize, false, dash + 1)?
            } else {
                self.inline(indent as isize, Ctx::SeqItem)?
            };
            self.expect_line_end()?;
            end = self.nodes[value].end.max(dash + 1);
            items.push(Item { start: dash, value });
            match self.ahead()? {
                Some(a) if !a.marker && a.indent == indent && self.is_dash_item(a.pos) => {
                    self.pos = a.pos;
                }
                Some(a) if !a.marker && a.indent > indent => {
                    return self.err(a.pos, "unexpected indentation");
                }
                _ => break,
            }
        }
        Ok(self.push(Kind::Seq { items, flow: false }, start, start, end, None))
    }

    /// A plain scalar in block context, possibly continued on deeper-indented lines.
    fn plain_block(&mut self, parent: isize) -> PResult<NodeId> {
        let start = self.pos;
        if !self.plain_can_start(start, false) {
            return self.err(start, "unexpected character");
        }
        let mut value = String::new();
        let mut end = self.plain_line_end(start);
        value.push_str(self.s.get(start..end).unwrap_or_default());
        let mut stopped_by_comment = self.comment_follows(end);
        let mut line = self.lines.line_of(start);
        while !stopped_by_comment {
            // Look for continuation lines, counting empty ones.
            let mut empties = 0;
            let mut next = line + 1;
            let mut found = None;
            while next < self.lines.count() {
                let ls = self.lines.start(next);
                let le = self.lines.content_end(self.s, next);
                let mut i = ls;
                while i < le && is_ws(self.b[i]) {
                    i += 1;
                }
                if i >= le {
                    empties += 1;
                    next += 1;
                    continue;
                }
                let indent = self
                    .s
                    .get(ls..i)
                    .unwrap_or_default()
                    .bytes()
                    .take_while(|&c| c == b' ')
                    .count();
                if (indent as isize) <= parent
                    || self.b[i] == b'#'
                    || indent == 0 && self.is_marker_at(ls)
                {
                    break;
                }
                found = Some((next, i));
                break;
            }
            let Some((l, i)) = found else { break };
            let e = self.plain_line_end(i);
            if e == i {
                break;
            }
            if empties == 0 {
                value.push(' ');
            } else {
                for _ in 0..empties {
                    value.push('\n');
                }
            }
            value.push_str(self.s.get(i..e).unwrap_or_default());
            end = e;
            line = l;
            stopped_by_comment = self.comment_follows(e);
        }
        self.pos = end;
        Ok(self.push(
            Kind::Scalar {
                style: Style::Plain,
                value,
            },
            start,
            start,
            end,
            None,
        ))
    }

    /// End (trailing spaces trimmed) of the plain text on this line from `i`: stops at a comment,
    /// a line break or `: `.
    fn plain_line_end(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            match self.at(j) {
                None | Some(b'\n' | b'\r') => break,
                Some(b':') if self.is_blank_or_end(j + 1) => break,
                Some(b'#') if j > i && self.at(j - 1).is_some_and(is_ws) => break,
                _ => j += 1,
            }
        }
        while j > i && is_ws(self.b[j - 1]) {
            j -= 1;
        }
        j
    }

    fn comment_follows(&self, mut i: usize) -> bool {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        self.at(i) == Some(b'#')
    }

    /// Skips a line break at `i` (which must be one); returns the next line start.
    fn after_break(&self, i: usize) -> usize {
        match self.at(i) {
            Some(b'\r') if self.at(i + 1) == Some(b'\n') => i + 2,
            Some(b'\r' | b'\n') => i + 1,
            _ => i,
        }
    }

    /// Line folding inside a quoted scalar: from the break at `i`, skips following whitespace and
    /// empty lines; returns the folded text and the position of the next content.
    fn quoted_fold(&self, mut i: usize) -> (String, usize) {
        let mut empties = 0;
        loop {
            i = self.after_break(i);
            while self.at(i).is_some_and(is_ws) {
                i += 1;
            }
            if self.is_break_at(i) && i < self.b.len() {
                empties += 1;
                continue;
            }
            break;
        }
        let fold = if empties == 0 {
            " ".to_owned()
        } else {
            "\n".repeat(empties)
        };
        (fold, i)
    }

    fn single_quoted(&mut self) -> PResult<NodeId> {
        let start = self.pos;
        let mut out = String::new();
        let mut i = start + 1;
        loop {
            match self.at(i) {
                None => return self.err(start, "an unterminated quoted scalar"),
                Some(b'\'') if self.at(i + 1) == Some(b'\'') => {
                    out.push('\'');
                    i += 2;
                }
                Some(b'\'') => {
                    i += 1;
                    break;
                }
                Some(b'\n' | b'\r') => {
                    let trimmed = out.trim_end_matches([' ', '\t']).len();
                    out.truncate(trimmed);
                    let (fold, next) = self.quoted_fold(i);
                    out.push_str(&fold);
                    i = next;
                }
                Some(_) => {
                    let ch_end = self.char_end(i);
                    out.push_str(self.s.get(i..ch_end).unwrap_or_default());
                    i = ch_end;
                }
            }
        }
        self.pos = i;
        Ok(self.push(
            Kind::Scalar {
                style: Style::Single,
                value: out,
            },
            start,
            start,
            i,
            None,
        ))
    }

    fn char_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.b.len() && !self.s.is_char_boundary(j) {
            j += 1;
        }
        j
    }

    fn double_quoted(&mut self) -> PResult<NodeId> {
        let start = self.pos;
        let mut out = String::new();
        // Length of `out` that trailing-space trimming at a line break may not cut into.
        let mut keep = 0;
        let mut i = start + 1;
        loop {
            match self.at(i) {
                None => return self.err(start, "an unterminated quoted scalar"),
                Some(b'"') => {
                    i += 1;
                    break;
                }
                Some(b'\\') => {
                    let Some(e) = self.at(i + 1) else {
                        return self.err(i, "an unterminated escape");
                    };
                    i += 2;
                    match e {
                        b'\n' | b'\r' => {
                            i = self.after_break(i - 1);
                            while self.at(i).is_some_and(is_ws) {
                                i += 1;
                            }
                            // Empty lines after an escaped break still become line feeds.
                            while self.is_break_at(i) && i < self.b.len() {
                                out.push('\n');
                                i = self.after_break(i);
                                while self.at(i).is_some_and(is_ws) {
                                    i += 1;
                                }
                            }
                        }
                        b'0' => out.push('\0'),
                        b'a' => out.push('\u{7}'),
                        b'b' => out.push('\u{8}'),
                        b't' | b'\t' => out.push('\t'),
                        b'n' => out.push('\n'),
                        b'v' => out.push('\u{b}'),
                        b'f' => out.push('\u{c}'),
                        b'r' => out.push('\r'),
                        b'e' => out.push('\u{1b}'),
                        b' ' => out.push(' '),
                        b'"' => out.push('"'),
                        b'/' => out.push('/'),
                        b'\\' => out.push('\\'),
                        b'N' => out.push('\u{85}'),
                        b'_' => out.push('\u{a0}'),
                        b'L' => out.push('\u{2028}'),
                        b'P' => out.push('\u{2029}'),
                        b'x' | b'u' | b'U' => {
                            let n = match e {
                                b'x' => 2,
                                b'u' => 4,
                                _ => 8,
                            };
                            let hex = self.s.get(i..i + n).unwrap_or_default();
                            let ch = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                            match ch {
                                Some(ch) if hex.len() == n => out.push(ch),
                                _ => return self.err(i - 2, "an invalid escape"),
                            }
                            i += n;
                        }
                        _ => return self.err(i - 2, "an unknown escape"),
                    }
                    keep = out.len();
                }
                Some(b'\n' | b'\r') => {
                    let trimmed = out.trim_end_matches([' ', '\t']).len().max(keep);
                    out.truncate(trimmed);
                    let (fold, next) = self.quoted_fold(i);
                    out.push_str(&fold);
                    keep = out.len();
                    i = next;
                }
                Some(_) => {
                    let ch_end = self.char_end(i);
                    out.push_str(self.s.get(i..ch_end).unwrap_or_default());
                    i = ch_end;
                }
            }
        }
        self.pos = i;
        Ok(self.push(
            Kind::Scalar {
                style: Style::Double,
                value: out,
            },
            start,
            start,
            i,
            None,
        ))
    }

    fn block_scalar(&mut self, parent: isize) -> PResult<NodeId> {
        let start = self.pos;
        let literal = self.at(start) == Some(b'|');
        let mut chomp = 0i8; // -1 strip, 0 clip, 1 keep
        let mut explicit: Option<usize> = None;
        let mut i = start + 1;
        while let Some(c) = self.at(i) {
            match c {
                b'-' => chomp = -1,
                b'+' => chomp = 1,
                b'1'..=b'9' => explicit = Some(usize::from(c - b'0')),
                _ => break,
            }
            i += 1;
        }
        self.pos = i;
        if !self.at_line_end() {
            return self.err(self.pos, "text after a block scalar header");
        }
        let header_line = self.lines.line_of(start);
        let base = parent.max(0) as usize;
        let mut content_indent = explicit.map(|m| if parent < 0 { m - 1 } else { base + m });
        // Collect the scalar's lines.
        let mut texts: Vec<(usize, usize)> = Vec::new(); // (line, text start) for content lines
        let mut line = header_line + 1;
        let mut last_content_end = None;
        let mut trailing_empty = 0usize;
        let mut rows: Vec<Option<(usize, usize)>> = Vec::new(); // None = empty line
        while line < self.lines.count() {
            let ls = self.lines.start(line);
            let le = self.lines.content_end(self.s, line);
            let spaces = self
                .s
                .get(ls..le)
                .unwrap_or_default()
                .bytes()
                .take_while(|&c| c == b' ')
                .count();
            let blank = self
                .s
                .get(ls..le)
                .unwrap_or_default()
                .bytes()
                .all(|c| c == b' ' || c == b'\t');
            let needed = match content_indent {
                Some(n) => n,
                None if blank => {
                    rows.push(None);
                    trailing_empty += 1;
                    line += 1;
                    continue;
                }
                None => {
                    if (spaces as isize) <= parent {
                        break;
                    }
                    content_indent = Some(spaces);
                    spaces
                }
            };
            if blank && spaces <= needed {
                rows.push(None);
                trailing_empty += 1;
                line += 1;
                continue;
            }
            if spaces < needed || needed == 0 && self.is_marker_at(ls) {
                break;
            }
            rows.push(Some((ls + needed, le)));
            texts.push((line, ls + needed));
            last_content_end = Some(le);
            trailing_empty = 0;
            line += 1;
        }
        // Drop the trailing empty lines from the rows (they only count for chomping).
        let keep_rows = rows.len() - trailing_empty;
        rows.truncate(keep_rows);
        let body = if literal {
            let parts: Vec<&str> = rows
                .iter()
                .map(|r| r.map_or("", |(a, b)| self.s.get(a..b).unwrap_or_default()))
                .collect();
            parts.join("\n")
        } else {
            self.fold_rows(&rows)
        };
        let has_content = last_content_end.is_some();
        let value = match (chomp, has_content) {
            (_, false) if chomp == 1 => "\n".repeat(rows.len() + trailing_empty),
            (_, false) => String::new(),
            (-1, true) => body,
            (0, true) => body + "\n",
            (_, true) => body + "\n" + &"\n".repeat(trailing_empty),
        };
        let end = last_content_end.unwrap_or(self.pos);
        self.pos = end;
        let style = if literal {
            Style::Literal
        } else {
            Style::Folded
        };
        Ok(self.push(Kind::Scalar { style, value }, start, start, end, None))
    }

    fn fold_rows(&self, rows: &[Option<(usize, usize)>]) -> String {
        let mut out = String::new();
        let mut prev_normal: Option<bool> = None;
        let mut empties = 0usize;
        for row in rows {
            let Some((a, b)) = *row else {
                empties += 1;
                continue;
            };
            let text = self.s.get(a..b).unwrap_or_default();
            let normal = !text.starts_with([' ', '\t']);
            match prev_normal {
                None => out.push_str(&"\n".repeat(empties)),
                Some(true) if normal => {
                    if empties == 0 {
                        out.push(' ');
                    } else {
                        out.push_str(&"\n".repeat(empties));
                    }
                }
                Some(_) => out.push_str(&"\n".repeat(empties + 1)),
            }
            out.push_str(text);
            empties = 0;
            prev_normal = Some(normal);
        }
        out
    }

    /// Skips whitespace, line breaks and comments inside a flow collection.
    fn skip_flow_space(&mut self) {
        loop {
            match self.at(self.pos) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'#') if self.is_comment_start(self.pos) => {
                    while !self.is_break_at(self.pos) {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
    }

    fn flow_collection(&mut self) -> PResult<NodeId> {
        let start = self.pos;
        let map = self.at(start) == Some(b'{');
        let close = if map { b'}' } else { b']' };
        self.pos += 1;
        let mut entries = Vec::new();
        let mut items = Vec::new();
        loop {
            self.skip_flow_space();
            match self.at(self.pos) {
                None => return self.err(start, "an unterminated flow collection"),
                Some(c) if c == close => {
                    self.pos += 1;
                    break;
                }
                _ => {}
            }
            if map {
                let key_start = self.pos;
                let (key, key_end) = match self.cur()? {
                    b'"' | b'\'' => {
                        let id = if self.at(key_start) == Some(b'"') {
                            self.double_quoted()?
                        } else {
                            self.single_quoted()?
                        };
                        let end = self.nodes[id].end;
                        match self.nodes.pop() {
                            Some(Node {
                                kind: Kind::Scalar { value, .. },
                                ..
                            }) => (value, end),
                            _ => return self.err(key_start, "a key that is not a scalar"),
                        }
                    }
                    _ if self.plain_can_start(key_start, true) => {
                        let end = self.plain_flow_end(key_start);
                        self.pos = end;
                        (
                            self.s.get(key_start..end).unwrap_or_default().to_owned(),
                            end,
                        )
                    }
                    _ => return self.err(key_start, "a flow mapping key that is not a scalar"),
                };
                self.skip_flow_space();
                let (colon, value) = if self.at(self.pos) == Some(b':') {
                    let colon = self.pos;
                    self.pos += 1;
                    self.skip_flow_space();
                    let value = match self.at(self.pos) {
                        Some(b',') | Some(b'}') => {
                            self.push(Kind::Null, colon + 1, colon + 1, colon + 1, None)
                        }
                        _ => self.flow_node()?,
                    };
                    (colon, value)
                } else {
                    (
                        key_end,
                        self.push(Kind::Null, key_end, key_end, key_end, None),
                    )
                };
                entries.push(Entry {
                    key,
                    key_start,
                    key_end,
                    colon,
                    value,
                });
            } else {
                let item_start = self.pos;
                let value = self.flow_node()?;
                self.skip_flow_space();
                if self.at(self.pos) == Some(b':') {
                    return self.err(self.pos, "a key: value pair inside a flow sequence");
                }
                items.push(Item {
                    start: item_start,
                    value,
                });
            }
            self.skip_flow_space();
            match self.at(self.pos) {
                Some(b',') => self.pos += 1,
                Some(c) if c == close => {
                    self.pos += 1;
                    break;
                }
                _ => return self.err(self.pos, "expected `,` or the end of the flow collection"),
            }
        }
        let kind = if map {
            Kind::Map {
                entries,
                flow: true,
            }
        } else {
            Kind::Seq { items, flow: true }
        };
        Ok(self.push(kind, start, start, self.pos, None))
    }

    fn flow_node(&mut self) -> PResult<NodeId> {
        let props = self.props()?;
        if props.is_some() {
            self.skip_flow_space();
        }
        let id = match self.at(self.pos) {
            Some(b'[' | b'{') => self.flow_collection()?,
            Some(b'*') => self.alias()?,
            Some(b'"') => self.double_quoted()?,
            Some(b'\'') => self.single_quoted()?,
            _ if self.plain_can_start(self.pos, true) => {
                let start = self.pos;
                let end = self.plain_flow_end(start);
                self.pos = end;
                self.push(
                    Kind::Scalar {
                        style: Style::Plain,
                        value: self.s.get(start..end).unwrap_or_default().to_owned(),
                    },
                    start,
                    start,
                    end,
                    None,
                )
            }
            _ => return self.err(self.pos, "unexpected character in a flow collection"),
        };
        Ok(self.with_anchor(id, props))
    }

    /// End of a plain scalar in flow context (one line only).
    fn plain_flow_end(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            match self.at(j) {
                None | Some(b'\n' | b'\r') => break,
                Some(c) if is_flow_indicator(c) => break,
                Some(b':')
                    if self.is_blank_or_end(j + 1)
                        || self.at(j + 1).is_some_and(is_flow_indicator) =>
                {
                    break;
                }
                Some(b'#') if j > i && self.at(j - 1).is_some_and(is_ws) => break,
                _ => j += 1,
            }
        }
        while j > i && is_ws(self.b[j - 1]) {
            j -= 1;
        }
        j
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(doc: &Doc, id: NodeId) -> String {
        doc.str(id).unwrap_or("<not a scalar>").to_owned()
    }

    #[test]
    fn reads_block_and_flow_layouts() {
        let src = "a: 1\nb:\n- x\n- y: z\n  w: v\nc: {p: q, r: [s, t]}\nd: |\n  line\n";
        let doc = parse(src).expect("test input");
        let root = doc.root;
        assert_eq!(scalar(&doc, doc.get(root, "a").expect("test input")), "1");
        let b = doc.get(root, "b").expect("test input");
        assert_eq!(doc.items(b).len(), 2);
        let second = doc.items(b)[1].value;
        assert_eq!(scalar(&doc, doc.get(second, "w").expect("test input")), "v");
        let c = doc.get(root, "c").expect("test input");
        assert!(doc.is_flow(c));
        assert_eq!(doc.items(doc.get(c, "r").expect("test input")).len(), 2);
        assert_eq!(
            scalar(&doc, doc.get(root, "d").expect("test input")),
            "line\n"
        );
    }

    #[test]
    fn refuses_tags_and_complex_keys() {
        assert!(parse("a: !!str 1\n").is_err());
        assert!(parse("? a\n: b\n").is_err());
    }

    #[test]
    fn line_index_handles_crlf_and_missing_final_break() {
        let src = "a: 1\r\nb: 2";
        let lines = Lines::new(src);
        assert_eq!(lines.count(), 2);
        assert_eq!(lines.content_end(src, 0), 4);
        assert!(lines.has_break(src, 0));
        assert!(!lines.has_break(src, 1));
        assert_eq!(lines.line_col(src, 8), (2, 3));
    }
}
