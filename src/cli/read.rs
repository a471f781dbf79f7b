//! Reading a file argument (a path, or `-` for stdin) with the same rules everywhere: readable,
//! not empty, UTF-8 text without NUL bytes, at most 5 MiB. Each refusal names the input.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::Fatal;

/// The largest input read: 5 MiB.
pub const MAX_INPUT_BYTES: u64 = 5 * 1024 * 1024;

/// A text input and how to name it in messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// `policy file "trust.json"` or `claims from stdin`.
    pub name: String,
    pub text: String,
}

/// Reads `arg` (a path, or `-` for `stdin`). `what` names the input in messages ("policy").
pub fn input(what: &str, arg: &Path, stdin: &mut dyn Read) -> Result<Input, Fatal> {
    let (name, bytes) = if arg == Path::new("-") {
        let name = format!("{what} from stdin");
        let bytes = read_limited(stdin, &name)?;
        (name, bytes)
    } else {
        let name = format!("{what} file {}", quoted(&arg.display().to_string()));
        let mut file = File::open(arg).map_err(|e| Fatal(format!("cannot read {name}: {e}")))?;
        let bytes = read_limited(&mut file, &name)?;
        (name, bytes)
    };
    let text = check_text(&name, bytes)?;
    Ok(Input { name, text })
}

fn read_limited(source: &mut dyn Read, name: &str) -> Result<Vec<u8>, Fatal> {
    let mut bytes = Vec::new();
    source
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Fatal(format!("cannot read {name}: {e}")))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Fatal(format!("{name} is larger than 5 MiB")));
    }
    Ok(bytes)
}

/// Rejects empty (or whitespace-only) input and anything that is not UTF-8 text; drops a
/// leading byte-order mark.
fn check_text(name: &str, bytes: Vec<u8>) -> Result<String, Fatal> {
    if bytes.contains(&0) {
        return Err(Fatal(format!(
            "{name} is not UTF-8 text (it contains NUL bytes)"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Fatal(format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(Fatal(format!("{name} is empty")));
    }
    Ok(text)
}

pub use crate::iam::read::quoted;

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<Input, Fatal> {
        input("policy", Path::new("-"), &mut &bytes[..])
    }

    #[test]
    fn refuses_empty_binary_and_invalid_utf8() {
        assert_eq!(
            read(b"").map_err(|e| e.0),
            Err("policy from stdin is empty".into())
        );
        assert_eq!(
            read(b" \n\t").map_err(|e| e.0),
            Err("policy from stdin is empty".into())
        );
        let nul = read(b"{\0}").map_err(|e| e.0);
        assert!(
            matches!(&nul, Err(m) if m.contains("is not UTF-8 text")),
            "{nul:?}"
        );
        let bad = read(b"{\"a\": \"\xff\"}").map_err(|e| e.0);
        assert!(
            matches!(&bad, Err(m) if m.contains("is not UTF-8 text")),
            "{bad:?}"
        );
    }

    #[test]
    fn strips_bom_and_limits_size() {
        assert_eq!(
            read("\u{feff}{}".as_bytes()).map(|i| i.text),
            Ok("{}".into())
        );
        let huge = vec![b' '; (MAX_INPUT_BYTES + 1) as usize];
        assert_eq!(
            read(&huge).map_err(|e| e.0),
            Err("policy from stdin is larger than 5 MiB".into())
        );
        let mut exact = vec![b' '; MAX_INPUT_BYTES as usize];
        exact[0] = b'1';
        assert!(read(&exact).is_ok());
    }

    #[test]
    fn names_the_path_and_os_error() {
        let err = input(
            "claims",
            Path::new("/nonexistent/keyless/x.json"),
            &mut &b""[..],
        )
        .map_err(|e| e.0);
        assert!(
            matches!(&err, Err(m) if m.starts_with("cannot read claims file \"/nonexistent/keyless/x.json\": ")
                && m.contains("os error")),
            "{err:?}"
        );
    }
}
