//! The two checks that make in-place edits safe:
//!
//! 1. [`same_data`]: the concrete-syntax reader and `yaml_serde` read the input as the same data
//!    (same keys, same sequence lengths, same strings), so every position the converter edits is
//!    where the data really is.
//! 2. [`expected`]: the intended edits, written as operations on nodes, applied to the input's
//!    `yaml_serde::Value`; the converter re-parses its output and demands exactly this value. An
//!    edit to an anchored node is applied wherever an alias repeats it, as YAML reads it.

use std::collections::HashMap;

use yaml_serde::{Mapping, Value};

use super::syntax::{Doc, Kind, NodeId, Style};

/// Where the two readers first disagree (a byte offset), if they do.
pub(crate) fn same_data(doc: &Doc, value: &Value) -> Result<(), usize> {
    same(doc, doc.root, value)
}

fn same(doc: &Doc, id: NodeId, value: &Value) -> Result<(), usize> {
    let id = doc.resolve(id);
    let node = doc.node(id);
    match (&node.kind, value) {
        (Kind::Map { entries, .. }, Value::Mapping(map)) => {
            if entries.len() != map.len() {
                return Err(node.start);
            }
            for entry in entries {
                match map.get(entry.key.as_str()) {
                    Some(child) => same(doc, entry.value, child)?,
                    // A key YAML reads as a number, boolean or null: there is no string key to
                    // look up, and workflows never need one.
                    None if map.keys().any(|k| !k.is_string()) => {}
                    None => return Err(entry.key_start),
                }
            }
            Ok(())
        }
        (Kind::Seq { items, .. }, Value::Sequence(seq)) => {
            if items.len() != seq.len() {
                return Err(node.start);
            }
            for (item, child) in items.iter().zip(seq) {
                same(doc, item.value, child)?;
            }
            Ok(())
        }
        (Kind::Scalar { value: text, .. }, Value::String(s)) if text == s => Ok(()),
        (
            Kind::Scalar {
                style: Style::Plain,
                ..
            },
            Value::Number(_) | Value::Bool(_) | Value::Null,
        ) => Ok(()),
        (Kind::Null, Value::Null) => Ok(()),
        _ => Err(node.start),
    }
}

/// One intended change to the data, on a node of the input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DataOp {
    RemoveKey {
        map: NodeId,
        key: String,
    },
    AddKey {
        map: NodeId,
        key: String,
        value: Value,
    },
    /// The node's whole value becomes `value`.
    Replace {
        node: NodeId,
        value: Value,
    },
    /// `value` goes before the item at `index` (of the original sequence).
    InsertItem {
        seq: NodeId,
        index: usize,
        value: Value,
    },
}

impl DataOp {
    fn target(&self) -> NodeId {
        match self {
            DataOp::RemoveKey { map, .. } | DataOp::AddKey { map, .. } => *map,
            DataOp::Replace { node, .. } => *node,
            DataOp::InsertItem { seq, .. } => *seq,
        }
    }
}

/// The input's data with `ops` applied.
pub(crate) fn expected(doc: &Doc, input: &Value, ops: &[DataOp]) -> Result<Value, String> {
    let mut by_node: HashMap<NodeId, Vec<usize>> = HashMap::new();
    for (i, op) in ops.iter().enumerate() {
        by_node.entry(doc.resolve(op.target())).or_default().push(i);
    }
    let mut applied = vec![false; ops.len()];
    let mut value = input.clone();
    apply(doc, doc.root, &mut value, ops, &by_node, &mut applied)?;
    if let Some(i) = applied.iter().position(|a| !a) {
        return Err(format!("an intended edit was never reached: {:?}", ops[i]));
    }
    Ok(value)
}

fn apply(
    doc: &Doc,
    id: NodeId,
    value: &mut Value,
    ops: &[DataOp],
    by_node: &HashMap<NodeId, Vec<usize>>,
    applied: &mut [bool],
) -> Result<(), String> {
    let id = doc.resolve(id);
    let mine: &[usize] = by_node.get(&id).map_or(&[], Vec::as_slice);
    for &i in mine {
        if let DataOp::Replace { value: new, .. } = &ops[i] {
            *value = new.clone();
            applied[i] = true;
            return Ok(());
        }
    }
    match (&doc.node(id).kind, value) {
        (Kind::Map { entries, .. }, Value::Mapping(map)) => {
            for entry in entries {
                if let Some(child) = map.get_mut(entry.key.as_str()) {
                    apply(doc, entry.value, child, ops, by_node, applied)?;
                }
            }
            for &i in mine {
                match &ops[i] {
                    DataOp::RemoveKey { key, .. } => {
                        remove_key(map, key)?;
                        applied[i] = true;
                    }
                    DataOp::AddKey { key, value, .. } => {
                        if map.contains_key(key.as_str()) {
                            return Err(format!("key {key:?} is already present"));
                        }
                        map.insert(Value::String(key.clone()), value.clone());
                        applied[i] = true;
                    }
                    other => return Err(format!("{other:?} on a mapping")),
                }
            }
            Ok(())
        }
        (Kind::Seq { items, .. }, Value::Sequence(seq)) => {
            for (item, child) in items.iter().zip(seq.iter_mut()) {
                apply(doc, item.value, child, ops, by_node, applied)?;
            }
            let mut inserts: Vec<(usize, usize)> = Vec::new();
            for &i in mine {
                match &ops[i] {
                    DataOp::InsertItem { index, .. } => inserts.push((*index, i)),
                    other => return Err(format!("{other:?} on a sequence")),
                }
            }
            // Later positions first, so earlier indices still refer to the original items.
            inserts.sort_by(|a, b| b.cmp(a));
            for (index, i) in inserts {
                if index > seq.len() {
                    return Err(format!("insert at {index} past the end"));
                }
                if let DataOp::InsertItem { value, .. } = &ops[i] {
                    seq.insert(index, value.clone());
                }
                applied[i] = true;
            }
            Ok(())
        }
        _ if mine.is_empty() => Ok(()),
        _ => Err("an edit on a node of another shape".to_owned()),
    }
}

fn remove_key(map: &mut Mapping, key: &str) -> Result<(), String> {
    // `Mapping::remove` would reorder; order does not matter to equality, but keep it anyway.
    match map.shift_remove(key) {
        Some(_) => Ok(()),
        None => Err(format!("key {key:?} is not there to remove")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::syntax::parse;
    use super::*;

    fn value(src: &str) -> Value {
        yaml_serde::from_str(src).expect("test input")
    }

    #[test]
    fn agrees_with_yaml_serde_on_scalars_of_every_style() {
        let src = "a: plain text\nb: 'it''s'\nc: \"tab\\tx\"\nd: |\n  one\n  two\ne: >-\n  folded\n  line\n\n  para\nf: 12\ng:\nh: [x, 'y', {z: 1}]\ni: long\n  plain\n";
        let doc = parse(src).expect("test input");
        assert_eq!(same_data(&doc, &value(src)), Ok(()));
    }

    #[test]
    fn agrees_with_yaml_serde_on_tricky_layouts() {
        let cases = [
            "a:\n  - x\n   - y\n",
            "a: [\n  b, # c\n  d\n]\n",
            "a: \"x\\\n   y\"\n",
            "a: |2\n   x\n  y\n",
            "- |\n  a\n- b\n",
            "a: >-\n\n  x\n\n",
            "k: |+\n  a\n\n\nz: 1\n",
            "k: >\n  a\n  b\n\n  c\n   d\n  e\n",
            "a: &x {p: 1}\nb: *x\nc:\n  <<: *x\n",
            "a:\tb\n",
            "key: [a, b]\nk2: {x: , y}\n",
            "- a\n- b: c\n  d: e\n",
            "a: 'it''s'\nb: \"\\u00e9\\t\"\n",
            "a:\n- 1\n- 2\nb: 3\n",
            "a: 'x\n\n  y'\n",
            "a: http://x:80/y\nb: {u: http://x}\n",
            "\u{feff}a: 1\n",
            "---\na: 1\n...\n",
            "- - a\n  - b\n- c\n",
            "a: b # c\n#d\n",
            "\"on\": x\n'jobs': y\n",
            "a:\n  b\n  c\n\n  d\n",
            "run: |\n  echo \"a: b\" # not a comment\n\n  done\nnext: 1\n",
            "e:\r\n  - x: 1\r\n    y: 2\r\n",
            "a: -1\nb: -x\nc: ~\nd: null\ne:\n",
            "x: &a\n  - 1\ny: *a\n",
            "s: >2\n    indented\n  text\n",
            "é: ü\nx: \"a\n  b\"\n",
            "a:     # comment\n  b: 1\n",
            "- # comment\n  name: x\n",
            "a: [main]#c\nb: {x: 1}#d\n",
        ];
        for src in cases {
            let doc = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
            assert_eq!(same_data(&doc, &value(src)), Ok(()), "{src:?}");
        }
    }

    #[test]
    fn an_edit_that_does_not_match_the_data_is_caught() {
        let src = "a:\n  k: 1\n";
        let doc = parse(src).expect("test input");
        let a = doc.get(doc.root, "a").expect("test input");
        let ops = vec![DataOp::RemoveKey {
            map: a,
            key: "missing".into(),
        }];
        assert!(expected(&doc, &value(src), &ops).is_err());
    }

    #[test]
    fn alias_edits_apply_everywhere_the_alias_repeats_the_node() {
        let src = "a: &x\n  k: 1\n  drop: 2\nb: *x\n";
        let doc = parse(src).expect("test input");
        let input = value(src);
        let anchored = doc.get(doc.root, "a").expect("test input");
        let ops = vec![DataOp::RemoveKey {
            map: anchored,
            key: "drop".into(),
        }];
        let out = expected(&doc, &input, &ops).expect("test input");
        assert_eq!(out, value("a: {k: 1}\nb: {k: 1}\n"));
    }
}
