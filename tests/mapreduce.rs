//! `xcheck extract … | xcheck compare -` gives exactly the report of `xcheck …`.

mod common;

use std::fs;

use common::{fixture, root, xcheck, xcheck_in};
use tempfile::TempDir;

#[test]
fn extract_then_compare_equals_one_run_byte_for_byte() {
    let dir = TempDir::new().unwrap();
    for c in [
        "sanctuary-2018",
        "riverways-2025",
        "wildfire-2031",
        "council-2032",
        "buyout-2033",
    ] {
        for e in fs::read_dir(fixture(c)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
            }
        }
    }
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    for format in ["json", "text"] {
        let one = xcheck_in(dir.path(), &["--format", format, "."], b"");
        let claims = xcheck_in(dir.path(), &["extract", "."], b"");
        assert_eq!(
            claims.code, 2,
            "the empty file is an input problem in the map step too"
        );
        assert!(
            claims
                .stdout
                .lines()
                .all(|l| l.starts_with("{\"article\"") || l.starts_with("{\"problem\""))
        );
        let two = xcheck_in(
            dir.path(),
            &["compare", "--format", format, "-"],
            claims.stdout.as_bytes(),
        );
        assert_eq!(one.code, 2);
        assert_eq!(two.code, one.code);
        assert!(one.stdout == two.stdout, "{format} reports differ");
    }
}

#[test]
fn compare_refuses_what_extract_did_not_write() {
    let r = xcheck_in(&root(), &["compare", "-"], b"{\"article\": 3}\n");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("standard input:1: not a record of `xcheck extract`"),
        "{}",
        r.stderr
    );
    let r = xcheck(&["compare", "no-such-claims.jsonl"]);
    assert_eq!(r.code, 2);
}
