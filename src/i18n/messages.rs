//! Korean for the core's own sentences: validation messages, findings, explanations, converter
//! notes and the evaluator's reasons.
//!
//! The core speaks English (the command line, JSON output and tests read it), so the page
//! translates at the edge: each table row pairs an English template with its Korean. A template
//! is literal text with holes:
//!
//! - `{name}` matches a non-empty run of text and is copied as it is (a branch, an ARN, a
//!   number: values are never translated);
//! - `{@name}` matches a non-empty run of text that is itself a sentence of the core, translated
//!   by the same tables (a reason inside a message, for example);
//! - `{name:word}` matches a value with no space in it (an owner or repository name), so it
//!   cannot take in the phrases of a list around it;
//! - `{{` and `}}` stand for literal braces.
//!
//! When several templates match, the one with the most literal text wins, so a specific
//! sentence beats a general one. A match whose `{@name}` captures all translate, and whose
//! `{name}` captures neither cut a quoted value nor hold the end of a sentence (`. `), is
//! preferred to one that leaves English inside, so a `; ` or `, and ` inside a value does not
//! split it. A text no template matches is shown in
//! English; the tests in `tests/i18n_*.rs` collect what the core says over its corpora and fail
//! on any such text.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::Lang;
use super::{messages_ko_files, messages_ko_form, messages_ko_tools};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    /// A hole: its name and whether its capture is translated.
    Hole(String, bool),
}

#[derive(Debug)]
struct Template {
    parts: Vec<Part>,
    literal_len: usize,
    ko: &'static str,
}

/// Every `(English, Korean)` row.
pub fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    [Table::Form, Table::Tools, Table::Files]
        .into_iter()
        .flat_map(|t| table(t).iter().copied())
}

/// The three tables, each checked by its own tests against its own corpora.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Validation, the generated files' checks, the linter and the policy reader.
    Form,
    /// Explanations, the converter, the evaluator and the simulator.
    Tools,
    /// The comments of the generated files.
    Files,
}

/// The `(English, Korean)` rows of one table.
pub fn table(table: Table) -> &'static [(&'static str, &'static str)] {
    match table {
        Table::Form => messages_ko_form::KO,
        Table::Tools => messages_ko_tools::KO,
        Table::Files => messages_ko_files::KO,
    }
}

/// Whether `text` holds the literal pieces of the English `template` in order: the row could
/// have translated it, or a part of it. Tests use it to find rows that no corpus reaches.
pub fn reaches(template: &str, text: &str) -> bool {
    let Ok(parts) = parse(template) else {
        return false;
    };
    let mut rest = text;
    parts.iter().all(|p| match p {
        Part::Hole(..) => true,
        Part::Text(lit) => match rest.find(lit.as_str()) {
            Some(at) => {
                rest = &rest[at + lit.len()..];
                true
            }
            None => false,
        },
    })
}

/// Splits a template into text and holes; `Err` says why it is malformed.
fn parse(template: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => return Err(format!("unclosed hole in {template:?}")),
                    }
                }
                let (name, nested) = match name.strip_prefix('@') {
                    Some(n) => (n.to_owned(), true),
                    None => (name, false),
                };
                let bare = name.strip_suffix(":word").unwrap_or(&name);
                if bare.is_empty() || !bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return Err(format!("bad hole name {name:?} in {template:?}"));
                }
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                } else if matches!(parts.last(), Some(Part::Hole(..))) {
                    return Err(format!("two holes side by side in {template:?}"));
                }
                parts.push(Part::Hole(name, nested));
            }
            '}' => return Err(format!("lone '}}' in {template:?}")),
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    if !parts.iter().any(|p| matches!(p, Part::Text(_))) {
        return Err(format!("{template:?} has no text of its own"));
    }
    Ok(parts)
}

/// Every well-formed template, the most literal text first (table order among equals).
fn templates() -> &'static [Template] {
    static TEMPLATES: OnceLock<Vec<Template>> = OnceLock::new();
    TEMPLATES.get_or_init(|| compile(rows()))
}

/// The templates of the generated files' comments only.
fn comment_templates() -> &'static [Template] {
    static TEMPLATES: OnceLock<Vec<Template>> = OnceLock::new();
    TEMPLATES.get_or_init(|| compile(messages_ko_files::KO.iter().copied()))
}

fn compile(rows: impl Iterator<Item = (&'static str, &'static str)>) -> Vec<Template> {
    {
        let mut all: Vec<Template> = rows
            .filter_map(|(en, ko)| {
                let parts = parse(en).ok()?;
                let literal_len = parts
                    .iter()
                    .map(|p| match p {
                        Part::Text(t) => t.len(),
                        Part::Hole(..) => 0,
                    })
                    .sum();
                Some(Template {
                    parts,
                    literal_len,
                    ko,
                })
            })
            .collect();
        all.sort_by_key(|t| std::cmp::Reverse(t.literal_len));
        all
    }
}

/// Matches `parts` against the whole of `text`, holes taking the shortest capture that lets the
/// rest match.
#[cfg(test)]
fn capture<'t>(parts: &[Part], text: &'t str, out: &mut Vec<&'t str>) -> bool {
    capture_with(parts, text, out, None)
}

/// What [`complete`] found for the texts already asked about, during one translation.
#[derive(Default)]
struct Memo(RefCell<HashMap<String, bool>>);

/// [`capture`]; when `strict`, a `{@name}` hole only takes a capture that is itself a sentence of
/// the core ([`complete`]) and a `{name}` hole one that reads as one value ([`whole_value`]), so
/// a separator inside a value (`; `, `, and `) does not split it.
fn capture_with<'t>(
    parts: &[Part],
    text: &'t str,
    out: &mut Vec<&'t str>,
    strict: Option<&Memo>,
) -> bool {
    let fits = |name: &str, nested: bool, cap: &str| {
        (!name.ends_with(":word") || !cap.contains(char::is_whitespace))
            && match strict {
                Some(memo) if nested => complete(cap, memo),
                Some(_) => whole_value(cap),
                None => true,
            }
    };
    match parts {
        [] => text.is_empty(),
        [Part::Text(lit), rest @ ..] => {
            text.starts_with(lit.as_str()) && capture_with(rest, &text[lit.len()..], out, strict)
        }
        [Part::Hole(name, nested)] => {
            if text.is_empty() || !fits(name, *nested, text) {
                return false;
            }
            out.push(text);
            true
        }
        [Part::Hole(name, nested), Part::Text(lit), rest @ ..] => {
            // Holes are never empty: start after the first character.
            let mut from = text.chars().next().map_or(text.len() + 1, char::len_utf8);
            while from <= text.len() {
                let Some(at) = text.get(from..).and_then(|t| t.find(lit.as_str())) else {
                    return false;
                };
                let end = from + at;
                let mark = out.len();
                if fits(name, *nested, &text[..end]) {
                    out.push(&text[..end]);
                    if capture_with(rest, &text[end + lit.len()..], out, strict) {
                        return true;
                    }
                    out.truncate(mark);
                }
                from = end + 1;
                while !text.is_char_boundary(from) && from < text.len() {
                    from += 1;
                }
            }
            false
        }
        // `parse` never puts two holes side by side.
        [Part::Hole(..), Part::Hole(..), ..] => false,
    }
}

/// Whether `cap` reads as one value: every `"` it opens is closed (`\"` does not count) and no
/// sentence ends in it outside quotes (`. `), so a value hole neither cuts a quoted value at a
/// separator inside it nor swallows the end of a sentence around it.
fn whole_value(cap: &str) -> bool {
    let mut open = false;
    let mut escaped = false;
    let mut after_stop = false;
    for c in cap.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => open = !open,
            ' ' if after_stop && !open => return false,
            _ => {}
        }
        after_stop = c == '.';
    }
    !open
}

/// The template with the most literal text that matches `text`, and its captures; with `strict`,
/// only a match whose `{@name}` captures all translate completely.
fn find<'t>(text: &'t str, strict: Option<&Memo>) -> Option<(&'static Template, Vec<&'t str>)> {
    find_in(templates(), text, strict)
}

fn find_in<'t>(
    templates: &'static [Template],
    text: &'t str,
    strict: Option<&Memo>,
) -> Option<(&'static Template, Vec<&'t str>)> {
    templates.iter().find_map(|template| {
        // Cheap refusals first: the text's ends, then every literal part somewhere.
        let parts = &template.parts;
        let ends_fit = match (parts.first(), parts.last()) {
            (Some(Part::Text(a)), _) if !text.starts_with(a.as_str()) => false,
            (_, Some(Part::Text(z))) => text.ends_with(z.as_str()),
            _ => true,
        };
        let literals_occur = ends_fit
            && parts.iter().all(|p| match p {
                Part::Text(t) => text.contains(t.as_str()),
                Part::Hole(..) => true,
            });
        let mut caps = Vec::new();
        (literals_occur && capture_with(&template.parts, text, &mut caps, strict))
            .then_some((template, caps))
    })
}

/// Whether `text` translates completely: a template matches it with every `{@name}` capture
/// translating completely too.
fn complete(text: &str, memo: &Memo) -> bool {
    if let Some(known) = memo.0.borrow().get(text) {
        return *known;
    }
    let found = find(text, Some(memo)).is_some();
    memo.0.borrow_mut().insert(text.to_owned(), found);
    found
}

/// The template for `text`: one that translates it completely if any, else the best partial
/// match (its untranslated captures stay in English).
fn best<'t>(text: &'t str, memo: &Memo) -> Option<(&'static Template, Vec<&'t str>)> {
    find(text, Some(memo)).or_else(|| find(text, None))
}

/// The Korean for one sentence of the core, or `None` when no template matches it.
pub fn korean(text: &str) -> Option<String> {
    korean_with(text, &Memo::default())
}

/// The Korean for a comment of a generated file: only the files' own rows, and only a strict
/// match (every value hole one whole value), so neither a general row of the other tables nor a
/// hole that swallows the next sentence can produce it.
///
/// With `fixed`, only rows without holes: a trailing comment (`value # comment`) is then
/// replaced only when it is exactly one of Keyless's own, never when a value merely ends like
/// one.
pub fn korean_comment(text: &str, fixed: bool) -> Option<String> {
    let memo = Memo::default();
    let (template, caps) = find_in(comment_templates(), text, Some(&memo))?;
    if fixed && !caps.is_empty() {
        return None;
    }
    fill(template, caps, &memo)
}

fn korean_with(text: &str, memo: &Memo) -> Option<String> {
    let (template, caps) = best(text, memo)?;
    fill(template, caps, memo)
}

fn fill(template: &Template, caps: Vec<&str>, memo: &Memo) -> Option<String> {
    let holes = template.parts.iter().filter_map(|p| match p {
        Part::Hole(name, nested) => Some((name.as_str(), *nested)),
        Part::Text(_) => None,
    });
    let mut values = Vec::new();
    for ((name, nested), cap) in holes.zip(caps) {
        let value = if nested {
            korean_with(cap, memo).unwrap_or_else(|| cap.to_owned())
        } else {
            cap.to_owned()
        };
        values.push((name, value));
    }
    let parts = parse(template.ko).ok()?;
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(&t),
            Part::Hole(name, _) => {
                let (_, value) = values.iter().find(|(n, _)| *n == name)?;
                out.push_str(value);
            }
        }
    }
    Some(out)
}

/// A sentence of the core in the page's language (English as it is; Korean when a template
/// matches, else the English).
pub fn translate(lang: Lang, text: &str) -> Cow<'_, str> {
    match lang {
        Lang::En => Cow::Borrowed(text),
        Lang::Ko => korean(text).map_or(Cow::Borrowed(text), Cow::Owned),
    }
}

/// Whether `text`, in Korean, still has an English sentence in it: no template matches it, or a
/// nested `{@...}` capture has none. Tests use it over the core's corpora.
pub fn untranslated(text: &str) -> Option<String> {
    fn walk(text: &str, memo: &Memo) -> Option<String> {
        if complete(text, memo) {
            return None;
        }
        let Some((template, caps)) = find(text, None) else {
            return Some(text.to_owned());
        };
        let nested = template.parts.iter().filter_map(|p| match p {
            Part::Hole(_, nested) => Some(*nested),
            Part::Text(_) => None,
        });
        nested
            .zip(caps)
            .filter(|(n, _)| *n)
            .find_map(|(_, cap)| walk(cap, memo))
    }
    walk(text, &Memo::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_well_formed_and_both_sides_have_the_same_holes() {
        let mut seen = std::collections::HashSet::new();
        for (en, ko) in rows() {
            assert!(seen.insert(en), "English template twice: {en:?}");
            let en_parts = parse(en).unwrap_or_else(|e| panic!("{e}"));
            let ko_parts = parse(ko).unwrap_or_else(|e| panic!("{e}"));
            let holes = |parts: &[Part]| {
                let mut h: Vec<(String, bool)> = parts
                    .iter()
                    .filter_map(|p| match p {
                        Part::Hole(n, nested) => Some((n.clone(), *nested)),
                        Part::Text(_) => None,
                    })
                    .collect();
                h.sort();
                h
            };
            let (he, hk) = (holes(&en_parts), holes(&ko_parts));
            let mut unique = he.clone();
            unique.dedup_by(|a, b| a.0 == b.0);
            assert_eq!(unique.len(), he.len(), "hole named twice in {en:?}");
            assert_eq!(he, hk, "holes differ between {en:?} and {ko:?}");
            assert_ne!(en, ko, "row not translated: {en:?}");
        }
    }

    #[test]
    fn parse_refuses_malformed_templates() {
        assert!(parse("{a}{b} x").is_err());
        assert!(parse("{a}").is_err());
        assert!(parse("x {a").is_err());
        assert!(parse("x } y").is_err());
        assert!(parse("x {a-b}").is_err());
        assert_eq!(
            parse("a {{b}} {c}").expect("ok"),
            vec![Part::Text("a {b} ".into()), Part::Hole("c".into(), false)]
        );
    }

    #[test]
    fn capture_takes_the_shortest_hole_that_lets_the_rest_match() {
        let parts = parse("branch \"{name}\" {@why}").expect("ok");
        let mut caps = Vec::new();
        assert!(capture(&parts, "branch \"a\" b\" c", &mut caps));
        assert_eq!(caps, ["a", "b\" c"]);
        let mut caps = Vec::new();
        assert!(!capture(&parts, "branch \"\" x", &mut caps));
        let parts = parse("{a}: 한 {b}.").expect("ok");
        let mut caps = Vec::new();
        assert!(capture(&parts, "가나: 한 다: 한 라.", &mut caps));
        assert_eq!(caps, ["가나", "다: 한 라"]);
    }

    #[test]
    fn reaching_needs_the_literal_pieces_in_order() {
        assert!(reaches(
            "branch \"{name}\" {@why}",
            "in \"api\": branch \"x\" is odd"
        ));
        assert!(!reaches("branch \"{name}\" {@why}", "branch x"));
        assert!(!reaches("a {x} b", "b then a"));
        assert!(reaches("{{{x}}} c", "{y} c"));
    }

    #[test]
    fn a_word_hole_takes_no_space() {
        let parts = parse("any repository of {owner:word}, {rest}").expect("ok");
        let mut caps = Vec::new();
        assert!(capture(&parts, "any repository of o, x, y", &mut caps));
        assert_eq!(caps, ["o", "x, y"]);
        let mut caps = Vec::new();
        assert!(!capture(&parts, "any repository of o p, x", &mut caps));
        assert!(parse("a {x:word} b").is_ok());
        assert!(parse("a {x:wor} b").is_err());
    }

    #[test]
    fn a_value_is_captured_whole() {
        assert!(whole_value(r#""a; b", and "c""#));
        assert!(whole_value(r#""say \"hi\". bye""#));
        assert!(!whole_value(r#"["repo:a; b"#));
        assert!(whole_value("v1.2.3 and 3.5"));
        assert!(!whole_value("gives exactly this. In your policy: x"));
    }

    #[test]
    fn english_passes_through_and_unknown_text_falls_back() {
        assert_eq!(translate(Lang::En, "anything"), "anything");
        assert_eq!(
            translate(Lang::Ko, "no template says this \u{1}"),
            "no template says this \u{1}"
        );
        assert!(untranslated("no template says this \u{1}").is_some());
    }
}
