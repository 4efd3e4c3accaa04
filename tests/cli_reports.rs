//! Formats, exit-code policy, baselines, colour, completions, man page and schema, on the
//! real binary.

mod common;

use std::fs;
use std::path::Path;

use common::{fixture, root, xcheck, xcheck_in};
use tempfile::TempDir;

fn corpus(name: &str) -> String {
    fixture(name).to_str().unwrap().to_string()
}

#[test]
fn every_format_renders_both_corpora() {
    for name in ["sanctuary-2018", "riverways-2025"] {
        let c = corpus(name);
        let text = xcheck(&[&c]);
        assert_eq!(text.code, 1);
        assert!(text.stdout.contains("CONFLICTS"), "{name}");
        let md = xcheck(&["--format", "markdown", &c]);
        assert_eq!(md.code, 1);
        assert!(md.stdout.starts_with("## xcheck report"));
        assert!(md.stdout.contains("### Conflicts ("));
        assert!(md.stdout.contains("<details><summary>Agreements"));
        assert!(md.stdout.contains("> `"), "evidence as quoted lines");
        let html = xcheck(&["--format", "html", &c]);
        assert_eq!(html.code, 1);
        assert!(html.stdout.starts_with("<!DOCTYPE html>"));
        assert!(html.stdout.contains("<mark>"), "differing words are marked");
        assert!(html.stdout.contains("Claims × articles"));
        assert!(
            !html.stdout.contains("<script"),
            "readable without JavaScript"
        );
        assert!(
            !html.stdout.contains("http://") && !html.stdout.contains("https://"),
            "no network"
        );
        let json = xcheck(&["--format", "json", &c]);
        assert_eq!(json.json()["schema"], 1);
    }
}

#[test]
fn fail_on_sets_which_findings_fail_and_input_errors_still_win() {
    let c = corpus("sanctuary-2018");
    assert_eq!(xcheck(&[&c]).code, 1);
    assert_eq!(xcheck(&["--fail-on", "never", &c]).code, 0);
    assert_eq!(xcheck(&["--fail-on", "single-source", &c]).code, 1);
    let missing = xcheck(&["--fail-on", "never", &c, "no-such-file.txt"]);
    assert_eq!(
        missing.code, 2,
        "an input error (2) wins even with --fail-on never"
    );
    // Agreeing articles with a single-source claim: 0 by default, 1 with single-source.
    let dir = TempDir::new().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Towns fined\n\nThe following towns were fined:\n\n- Dover, Delaware;\n- Boise, Idaho.\n",
    )
    .unwrap();
    fs::write(dir.path().join("b.txt"), "Fines\n\nThe fines went to Dover, Del.; Boise, Idaho; and nowhere else, said Mayor Ann Lee, who added \"we will pay every cent of it.\"\n").unwrap();
    let r = xcheck_in(dir.path(), &["a.txt", "b.txt"], b"");
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = xcheck_in(
        dir.path(),
        &["--fail-on", "single-source", "a.txt", "b.txt"],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
}

fn copy_corpus(name: &str, to: &Path) {
    for entry in fs::read_dir(fixture(name)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn baseline_catches_a_one_word_edit_and_names_the_finding() {
    let dir = TempDir::new().unwrap();
    copy_corpus("sanctuary-2018", dir.path());
    let write = xcheck_in(dir.path(), &["--write-baseline", "expected.json", "."], b"");
    assert_eq!(
        write.code, 1,
        "conflicts still fail the run that writes the baseline"
    );
    assert!(dir.path().join("expected.json").exists());
    let same = xcheck_in(dir.path(), &["--baseline", "expected.json", "."], b"");
    assert_eq!(same.code, 0, "{}", same.stdout);
    assert!(same.stdout.contains("baseline: no change"));
    // One word: 003 now prints "communities", as 002 does; the wording conflict goes.
    let path = dir.path().join("003_31deacc472b22a10.txt");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("immigrant community.", "immigrant communities.");
    fs::write(&path, text).unwrap();
    let changed = xcheck_in(dir.path(), &["--baseline", "expected.json", "."], b"");
    assert_eq!(changed.code, 1, "{}", changed.stdout);
    assert!(
        changed.stdout.contains("1 disappeared"),
        "{}",
        changed.stdout
    );
    assert!(
        changed
            .stdout
            .contains("- [quote_wording] quote_wording:quote:BilldeBlasio:person:blasio"),
        "{}",
        changed.stdout
    );
    let md = xcheck_in(
        dir.path(),
        &["--format", "markdown", "--baseline", "expected.json", "."],
        b"",
    );
    assert!(
        md.stdout.contains("**disappeared** `quote_wording"),
        "{}",
        md.stdout
    );
}

#[test]
fn a_bad_baseline_is_an_input_error() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("bad.json"), "{ not json").unwrap();
    let c = corpus("sanctuary-2018");
    let r = xcheck_in(dir.path(), &["--baseline", "bad.json", &c], b"");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with("xcheck: reading baseline bad.json"),
        "{}",
        r.stderr
    );
    let r = xcheck_in(dir.path(), &["--baseline", "missing.json", &c], b"");
    assert_eq!(r.code, 2);
}

#[test]
fn colour_follows_the_flag_and_never_reaches_a_pipe_by_default() {
    let c = corpus("riverways-2025");
    assert!(
        !xcheck(&[&c]).stdout.contains('\u{1b}'),
        "piped output has no escapes"
    );
    assert!(
        xcheck(&["--color", "always", &c])
            .stdout
            .contains("\u{1b}[")
    );
    assert!(!xcheck(&["--color", "never", &c]).stdout.contains('\u{1b}'));
}

#[test]
fn quiet_prints_the_header_only_and_verbose_the_rules() {
    let c = corpus("riverways-2025");
    let q = xcheck(&["-q", &c]);
    assert_eq!(q.code, 1);
    assert_eq!(q.stdout.lines().count(), 1, "{}", q.stdout);
    let v = xcheck(&["-v", &c]);
    assert!(v.stdout.contains("rule: "));
}

#[test]
fn completions_man_page_and_schema_are_generated() {
    let bash = xcheck(&["completions", "bash"]);
    assert_eq!(bash.code, 0);
    assert!(bash.stdout.contains("--fail-on") && bash.stdout.contains("_xcheck"));
    let zsh = xcheck(&["completions", "zsh"]);
    assert!(zsh.stdout.contains("#compdef xcheck"));
    let man = xcheck(&["man"]);
    assert_eq!(man.code, 0);
    assert!(man.stdout.contains(".TH xcheck 1") && man.stdout.contains("fail\\-on"));
    let schema = xcheck(&["schema"]);
    let committed = fs::read_to_string(root().join("schema/report.schema.json")).unwrap();
    assert_eq!(
        schema.stdout.trim_end(),
        committed.trim_end(),
        "schema/report.schema.json is stale: run `cargo run -- schema > schema/report.schema.json`"
    );
}
