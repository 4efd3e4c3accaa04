//! Loading articles: paths, directories and standard input, with every bad input turned
//! into a [`Problem`] that names the file, never a panic.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::{ArticleInfo, Problem};

/// Files larger than this are refused unless the caller raises the limit: a scraped
/// article is a few kilobytes, and a multi-megabyte "article" is almost always a dump.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// One article's text, read once; every later stage borrows it.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub path: String,
    pub title: String,
    pub text: String,
}

impl Article {
    /// Builds an article from text already in memory (tests, other front ends).
    pub fn from_text(id: &str, path: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            path: path.to_string(),
            title: title_of(text),
            text: text.to_string(),
        }
    }

    pub fn info(&self) -> ArticleInfo {
        ArticleInfo {
            id: self.id.clone(),
            path: self.path.clone(),
            title: self.title.clone(),
            bytes: self.text.len(),
        }
    }
}

/// An input as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

/// Everything that was read, and everything that went wrong while reading.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// Reads every input. Directories contribute their `*.txt` files, sorted by name, not
/// recursing; a bad file is recorded and skipped, the others are still read.
pub fn load(inputs: &[Input], max_bytes: u64) -> Loaded {
    let mut loaded = Loaded::default();
    let mut ids = HashSet::new();
    for input in inputs {
        match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                match std::io::stdin().lock().read_to_end(&mut bytes) {
                    Ok(_) => accept(&mut loaded, &mut ids, "-", "stdin", &bytes, max_bytes),
                    Err(e) => loaded
                        .problems
                        .push(fatal("-", format!("cannot read: {e}"))),
                }
            }
            Input::Path(path) => load_path(&mut loaded, &mut ids, path, max_bytes),
        }
    }
    loaded
}

fn load_path(loaded: &mut Loaded, ids: &mut HashSet<String>, path: &Path, max_bytes: u64) {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            loaded
                .problems
                .push(fatal(&shown, "no such file or directory".into()));
            return;
        }
        Err(e) => {
            loaded
                .problems
                .push(fatal(&shown, format!("cannot read: {e}")));
            return;
        }
    };
    if meta.is_dir() {
        let files = match txt_files_in(path) {
            Ok(files) => files,
            Err(e) => {
                loaded
                    .problems
                    .push(fatal(&shown, format!("cannot list directory: {e}")));
                return;
            }
        };
        if files.is_empty() {
            loaded
                .problems
                .push(fatal(&shown, "directory holds no .txt files".into()));
        }
        for file in files {
            load_path(loaded, ids, &file, max_bytes);
        }
        return;
    }
    if meta.len() > max_bytes {
        loaded.problems.push(fatal(
            &shown,
            format!(
                "file is too large ({} bytes; the limit is {max_bytes}, see --max-bytes)",
                meta.len()
            ),
        ));
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| shown.clone());
            accept(loaded, ids, &shown, &stem, &bytes, max_bytes);
        }
        Err(e) => loaded
            .problems
            .push(fatal(&shown, format!("cannot read: {e}"))),
    }
}

fn txt_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let is_txt = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if is_txt && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Checks raw bytes and turns them into an article, or records why not.
fn accept(
    loaded: &mut Loaded,
    ids: &mut HashSet<String>,
    path: &str,
    stem: &str,
    bytes: &[u8],
    max_bytes: u64,
) {
    match decode(bytes, max_bytes) {
        Err(message) => loaded.problems.push(fatal(path, message)),
        Ok((text, warning)) => {
            if let Some(message) = warning {
                loaded.problems.push(Problem {
                    path: path.to_string(),
                    message,
                    fatal: false,
                });
            }
            let id = unique_id(ids, stem, path);
            loaded.articles.push(Article {
                title: title_of(&text),
                id,
                path: path.to_string(),
                text,
            });
        }
    }
}

/// Decodes an article's bytes. Text that is not UTF-8 is decoded lossily (each bad
/// sequence becomes U+FFFD) and reported, so one bad byte in a scrape does not hide the
/// rest of the article; offsets then refer to the decoded text.
pub fn decode(bytes: &[u8], max_bytes: u64) -> Result<(String, Option<String>), String> {
    if bytes.len() as u64 > max_bytes {
        return Err(format!(
            "input is too large ({} bytes; the limit is {max_bytes}, see --max-bytes)",
            bytes.len()
        ));
    }
    if bytes.contains(&0) {
        return Err("binary file (holds NUL bytes), not article text".into());
    }
    let (text, warning) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(e) => (
            String::from_utf8_lossy(bytes).into_owned(),
            Some(format!(
                "not valid UTF-8 (first bad byte at offset {}); read with replacement characters",
                e.valid_up_to()
            )),
        ),
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err("empty file: no text to check".into());
    }
    Ok((text, warning))
}

fn unique_id(ids: &mut HashSet<String>, stem: &str, path: &str) -> String {
    let id = if ids.contains(stem) { path } else { stem };
    ids.insert(id.to_string());
    id.to_string()
}

fn fatal(path: &str, message: String) -> Problem {
    Problem {
        path: path.to_string(),
        message,
        fatal: true,
    }
}

/// The first non-empty line, trimmed.
pub fn title_of(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rejects_nul_and_empty() {
        assert!(decode(b"abc\0def", 100).unwrap_err().contains("binary"));
        assert!(decode(b"  \n\n ", 100).unwrap_err().contains("empty"));
        assert!(decode(b"0123456789", 5).unwrap_err().contains("too large"));
    }

    #[test]
    fn decode_repairs_bad_utf8_and_says_so() {
        let (text, warning) = decode(b"caf\xe9 au lait", 100).unwrap();
        assert_eq!(text, "caf\u{fffd} au lait");
        assert!(warning.unwrap().contains("offset 3"));
    }

    #[test]
    fn title_is_first_nonempty_line() {
        assert_eq!(title_of("\n\n  Headline here \nbody"), "Headline here");
    }
}
