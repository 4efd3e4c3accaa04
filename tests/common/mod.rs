//! Running the real binary in isolation: a cleared environment, a chosen working
//! directory, stdout, stderr and exit code captured together.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// The repository root, where the fixtures live.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// Runs xcheck with `args` in `cwd`, feeding `stdin`.
pub fn xcheck_in(cwd: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_xcheck"))
        .args(args)
        .current_dir(cwd)
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("xcheck starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

pub fn xcheck(args: &[&str]) -> Run {
    xcheck_in(&root(), args, b"")
}

/// Findings of the JSON report with the given kind.
pub fn findings<'a>(report: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .collect()
}

/// True when some evidence of the finding is from `article` at `line`.
pub fn has_evidence(finding: &serde_json::Value, article: &str, line: u64) -> bool {
    finding["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["article"] == article && e["line"] == line)
}

/// The sanctuary corpus's article ids.
pub const S000: &str = "000_8577ef63aadfc01b";
pub const S001: &str = "001_0086706c6918467f";
pub const S002: &str = "002_e5557b24b0ea34ff";
pub const S003: &str = "003_31deacc472b22a10";
pub const S004: &str = "004_9b0c6bdc12e228eb";

/// The JSON report of a fixture corpus, with its exit code; stderr must be empty.
pub fn corpus_report(corpus: &str) -> (i32, serde_json::Value) {
    let dir = fixture(corpus);
    let run = xcheck(&["--format", "json", dir.to_str().unwrap()]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    (run.code, run.json())
}

/// The stories of a report as lists of article ids ("one story" when there is one).
pub fn stories_of(r: &serde_json::Value) -> Vec<Vec<String>> {
    match r.get("stories") {
        None => vec![
            r["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["id"].as_str().unwrap().to_string())
                .collect(),
        ],
        Some(stories) => stories
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string())
                    .collect()
            })
            .collect(),
    }
}
