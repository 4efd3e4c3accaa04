//! Plain-text copy is often hard-wrapped: wire copy and newsletters at 72 columns, some
//! feeds at 40, with a blank left at each line end or CRLF line ends. Wrapping changes
//! where lines break, not what an article says, so every fixture story wrapped those
//! ways must give the findings it gives unwrapped.

mod common;

use std::fs;
use std::path::Path;

use common::{fixture, xcheck_in};
use tempfile::TempDir;

/// How a test rewrites every line of an article.
#[derive(Clone, Copy, Debug)]
enum Wrap {
    /// Greedy wrapping at a width, in characters; `trailing` leaves the blank at which a
    /// line was broken at its end, as `fold -s` and format=flowed mail do.
    Columns { width: usize, trailing: bool },
    /// Unwrapped, with CRLF line ends.
    Crlf,
}

fn wrap_line(line: &str, width: usize, trailing: bool, out: &mut String) {
    if line.chars().count() <= width {
        out.push_str(line);
        out.push('\n');
        return;
    }
    let indent = &line[..line.len() - line.trim_start().len()];
    let mut current = indent.to_string();
    let mut len = current.chars().count();
    for word in line.trim_start().split(' ') {
        let wlen = word.chars().count();
        if len > indent.len() && len + 1 + wlen > width {
            out.push_str(&current);
            if trailing {
                out.push(' ');
            }
            out.push('\n');
            current.clear();
            len = 0;
        }
        if len > 0 && !current.trim().is_empty() {
            current.push(' ');
            len += 1;
        }
        current.push_str(word);
        len += wlen;
    }
    out.push_str(&current);
    out.push('\n');
}

fn rewrite(text: &str, how: Wrap) -> String {
    let mut out = String::with_capacity(text.len() * 11 / 10);
    for line in text.lines() {
        match how {
            Wrap::Columns { width, trailing } => wrap_line(line, width, trailing, &mut out),
            Wrap::Crlf => {
                out.push_str(line);
                out.push_str("\r\n");
            }
        }
    }
    out
}

/// (kind, type, topic, summary) of every finding, in report order.
fn findings_of(dir: &Path) -> Vec<(String, String, String, String)> {
    let run = xcheck_in(dir, &["--format", "json", "--fail-on", "never", "."], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("kind"), s("type"), s("topic"), s("summary"))
        })
        .collect()
}

fn assert_wrapping_changes_nothing(story: &str) {
    let original = findings_of(&fixture(story));
    assert!(!original.is_empty());
    for how in [
        Wrap::Columns {
            width: 72,
            trailing: false,
        },
        Wrap::Columns {
            width: 40,
            trailing: true,
        },
        Wrap::Crlf,
    ] {
        let dir = TempDir::new().unwrap();
        let mut wrapped_lines = 0;
        for entry in fs::read_dir(fixture(story)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = fs::read_to_string(&path).unwrap();
                let out = rewrite(&text, how);
                wrapped_lines += out.lines().count() - text.lines().count();
                fs::write(dir.path().join(path.file_name().unwrap()), out).unwrap();
            }
        }
        if matches!(how, Wrap::Columns { width: 40, .. }) {
            assert!(
                wrapped_lines > 20,
                "{story} {how:?}: the test wrapped nothing"
            );
        }
        let rewritten = findings_of(dir.path());
        for (a, b) in original.iter().zip(&rewritten) {
            assert_eq!(a, b, "{story} {how:?}");
        }
        assert_eq!(original.len(), rewritten.len(), "{story} {how:?}");
    }
}

#[test]
fn sanctuary_wrapped_gives_the_same_findings() {
    assert_wrapping_changes_nothing("sanctuary-2018");
}

#[test]
fn riverways_wrapped_gives_the_same_findings() {
    assert_wrapping_changes_nothing("riverways-2025");
}

#[test]
fn the_other_fixture_stories_wrapped_give_the_same_findings() {
    for story in ["council-2032", "buyout-2033", "wildfire-2031"] {
        assert_wrapping_changes_nothing(story);
    }
}
