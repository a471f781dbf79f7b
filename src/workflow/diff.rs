//! A unified diff (`diff -u` format: `---`/`+++` headers, `@@` hunks, 3 lines of context), built
//! with Myers' O(ND) algorithm on the lines between the common prefix and suffix. Lines keep their
//! `\r`; a last line without a line break gets `\ No newline at end of file`.

/// Lines of context around each change.
const CONTEXT: usize = 3;
/// Past this many differing lines Myers' trace gets large; the middle is then shown as one
/// replacement, which is still a correct diff.
const MAX_EDIT_DISTANCE: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Equal(usize, usize),
    Delete(usize),
    Insert(usize),
}

/// The unified diff of `before` and `after`, labelled `a/<file_name>` and `b/<file_name>`; empty
/// when they are equal.
pub fn unified_diff(before: &str, after: &str, file_name: &str) -> String {
    if before == after {
        return String::new();
    }
    let a: Vec<&str> = before.split_inclusive('\n').collect();
    let b: Vec<&str> = after.split_inclusive('\n').collect();
    let ops = diff_lines(&a, &b);
    let mut out = format!("--- a/{file_name}\n+++ b/{file_name}\n");
    for hunk in hunks(&ops) {
        write_hunk(&mut out, &ops[hunk.0..hunk.1], &a, &b);
    }
    out
}

fn diff_lines(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mid_a = &a[prefix..a.len() - suffix];
    let mid_b = &b[prefix..b.len() - suffix];
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Equal(i, i)).collect();
    let middle = myers(mid_a, mid_b).unwrap_or_else(|| {
        let mut v: Vec<Op> = (0..mid_a.len()).map(Op::Delete).collect();
        v.extend((0..mid_b.len()).map(Op::Insert));
        v
    });
    for op in middle {
        ops.push(match op {
            Op::Equal(x, y) => Op::Equal(x + prefix, y + prefix),
            Op::Delete(x) => Op::Delete(x + prefix),
            Op::Insert(y) => Op::Insert(y + prefix),
        });
    }
    let (ea, eb) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|i| Op::Equal(ea + i, eb + i)));
    ops
}

fn myers(a: &[&str], b: &[&str]) -> Option<Vec<Op>> {
    let n = a.len() as isize;
    let m = b.len() as isize;
    let max = (n + m) as usize;
    let off = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    // trace[d] holds v[-d..=d] as it was before step d.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let mut found = None;
    'outer: for d in 0..=max as isize {
        if d as usize > MAX_EDIT_DISTANCE {
            return None;
        }
        trace.push(v[(off - d) as usize..=(off + d) as usize].to_vec());
        let mut k = -d;
        while k <= d {
            let down = k == -d || (k != d && v[(off + k - 1) as usize] < v[(off + k + 1) as usize]);
            let mut x = if down {
                v[(off + k + 1) as usize]
            } else {
                v[(off + k - 1) as usize] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[(off + k) as usize] = x;
            if x >= n && y >= m {
                found = Some(d);
                break 'outer;
            }
            k += 2;
        }
    }
    let last = found?;
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (0..=last).rev() {
        if d == 0 {
            while x > 0 && y > 0 {
                ops.push(Op::Equal((x - 1) as usize, (y - 1) as usize));
                x -= 1;
                y -= 1;
            }
            break;
        }
        let saved = &trace[d as usize];
        let at = |k: isize| saved[(k + d) as usize];
        let k = x - y;
        let prev_k = if k == -d || (k != d && at(k - 1) < at(k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = at(prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            ops.push(Op::Equal((x - 1) as usize, (y - 1) as usize));
            x -= 1;
            y -= 1;
        }
        if x == prev_x {
            ops.push(Op::Insert((y - 1) as usize));
        } else {
            ops.push(Op::Delete((x - 1) as usize));
        }
        x = prev_x;
        y = prev_y;
    }
    ops.reverse();
    Some(ops)
}

/// Ranges of `ops` forming hunks: each change with up to 3 equal lines around it, merged when
/// the context of two changes touches.
fn hunks(ops: &[Op]) -> Vec<(usize, usize)> {
    let changes: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| !matches!(op, Op::Equal(..)))
        .map(|(i, _)| i)
        .collect();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &i in &changes {
        let start = i.saturating_sub(CONTEXT);
        let end = (i + 1 + CONTEXT).min(ops.len());
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = end.max(last.1),
            _ => out.push((start, end)),
        }
    }
    out
}

fn range(start: usize, len: usize) -> String {
    match len {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{len}", start + 1),
    }
}

fn write_hunk(out: &mut String, ops: &[Op], a: &[&str], b: &[&str]) {
    let a_lines = ops.iter().filter(|o| !matches!(o, Op::Insert(_))).count();
    let b_lines = ops.iter().filter(|o| !matches!(o, Op::Delete(_))).count();
    let a_start = ops
        .iter()
        .find_map(|o| match o {
            Op::Equal(x, _) | Op::Delete(x) => Some(*x),
            Op::Insert(_) => None,
        })
        .unwrap_or(0);
    let b_start = ops
        .iter()
        .find_map(|o| match o {
            Op::Equal(_, y) | Op::Insert(y) => Some(*y),
            Op::Delete(_) => None,
        })
        .unwrap_or(0);
    out.push_str(&format!(
        "@@ -{} +{} @@\n",
        range(a_start, a_lines),
        range(b_start, b_lines)
    ));
    for op in ops {
        let (mark, line) = match *op {
            Op::Equal(x, _) => (' ', a[x]),
            Op::Delete(x) => ('-', a[x]),
            Op::Insert(y) => ('+', b[y]),
        };
        out.push(mark);
        match line.strip_suffix('\n') {
            Some(text) => {
                out.push_str(text);
                out.push('\n');
            }
            None => {
                out.push_str(line);
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_changed_line_with_context() {
        let before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        let after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assert_eq!(
            unified_diff(before, after, "w.yml"),
            "--- a/w.yml\n+++ b/w.yml\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn missing_final_newline_is_marked() {
        let d = unified_diff("a\nb", "a\nc", "f");
        assert_eq!(
            d,
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn far_apart_changes_make_two_hunks_and_pure_insertions_use_n_0() {
        let before: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let after: String = (1..=20)
            .filter(|&i| i != 19)
            .flat_map(|i| {
                let mut v = vec![format!("{i}\n")];
                if i == 2 {
                    v.push("new\n".to_owned());
                }
                v
            })
            .collect();
        let d = unified_diff(&before, &after, "f");
        assert!(
            d.contains("@@ -1,5 +1,6 @@\n 1\n 2\n+new\n 3\n 4\n 5\n"),
            "{d}"
        );
        assert!(
            d.contains("@@ -16,5 +17,4 @@\n 16\n 17\n 18\n-19\n 20\n"),
            "{d}"
        );
        let ins = unified_diff("", "x\n", "f");
        assert_eq!(ins, "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
        assert_eq!(unified_diff("same", "same", "f"), "");
    }
}
