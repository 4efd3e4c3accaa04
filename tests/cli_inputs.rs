//! Inputs, bad and good, and exit codes, on the real binary.

mod common;

use std::fs;

use common::{Run, xcheck_in};
use tempfile::TempDir;

const GOOD: &str = "Towns fined over water reports\n\nThe agency fined 3 towns on Friday.\n\nThe following towns were fined:\n\n- Dover, Delaware;\n- Boise, Idaho;\n- Tulsa, Oklahoma.\n";
const GOOD_TOO: &str = "Three towns fined\n\nThe fines went to Dover, Del.; Boise, Idaho; and Tulsa, Okla., officials said.\n";

fn dir_with(files: &[(&str, &[u8])]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

fn run(dir: &TempDir, args: &[&str]) -> Run {
    xcheck_in(dir.path(), args, b"")
}

/// The one stderr line about `file`.
fn error_line<'a>(run: &'a Run, file: &str) -> &'a str {
    let lines: Vec<&str> = run.stderr.lines().filter(|l| l.contains(file)).collect();
    assert_eq!(lines.len(), 1, "one line naming {file}: {}", run.stderr);
    assert!(lines[0].starts_with("xcheck: "), "{}", lines[0]);
    lines[0]
}

/// The good article was still checked and reported.
fn good_still_checked(run: &Run) {
    assert!(run.stdout.contains("1 article"), "{}", run.stdout);
}

#[test]
fn agreeing_articles_exit_zero() {
    let dir = dir_with(&[("a.txt", GOOD.as_bytes()), ("b.txt", GOOD_TOO.as_bytes())]);
    let r = run(&dir, &["a.txt", "b.txt"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("0 conflicts"), "{}", r.stdout);
    assert!(r.stdout.contains("name the same 3 towns"), "{}", r.stdout);
    assert!(r.stderr.is_empty());
}

#[test]
fn missing_file_is_named_and_the_rest_is_checked() {
    let dir = dir_with(&[("a.txt", GOOD.as_bytes())]);
    let r = run(&dir, &["a.txt", "nope.txt"]);
    assert_eq!(r.code, 2);
    assert!(error_line(&r, "nope.txt").contains("no such file"));
    good_still_checked(&r);
}

#[test]
fn directory_without_txt_files() {
    let dir = dir_with(&[("a.txt", GOOD.as_bytes())]);
    fs::create_dir(dir.path().join("empty")).unwrap();
    fs::write(dir.path().join("empty/notes.md"), "# not an article").unwrap();
    let r = run(&dir, &["a.txt", "empty"]);
    assert_eq!(r.code, 2);
    assert!(error_line(&r, "empty").contains("no .txt, .html or .jsonl files"));
    good_still_checked(&r);
}

#[test]
fn directory_reads_its_txt_files_sorted() {
    let dir = dir_with(&[
        ("b.txt", GOOD_TOO.as_bytes()),
        ("a.txt", GOOD.as_bytes()),
        ("c.md", b"skip me"),
    ]);
    let r = run(&dir, &["--format", "json", "."]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ids: Vec<String> = r.json()["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["a", "b"]);
}

#[test]
fn files_with_one_name_in_two_folders_keep_their_claims_apart() {
    // Both files are "story": the first keeps the name as its id, the second takes its
    // path. Claims are read while files are still being read, under the file's name, so
    // the second article's claims must follow it to its new id.
    let dir = dir_with(&[]);
    for (folder, text) in [("a", GOOD), ("b", GOOD_TOO)] {
        fs::create_dir(dir.path().join(folder)).unwrap();
        fs::write(dir.path().join(folder).join("story.txt"), text).unwrap();
    }
    let r = run(&dir, &["--format", "json", "a", "b"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    let ids: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["story", "b/story.txt"]);
    let claims = json["claims"].as_array().unwrap();
    for id in &ids {
        assert!(
            claims.iter().any(|c| c["article"] == *id),
            "a claim of {id}: {claims:?}"
        );
    }
    for c in claims {
        let article = c["article"].as_str().unwrap();
        assert!(
            c["id"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{article}#")),
            "{c}"
        );
    }
}

#[test]
fn empty_file() {
    let dir = dir_with(&[("a.txt", GOOD.as_bytes()), ("empty.txt", b"  \n\n")]);
    let r = run(&dir, &["a.txt", "empty.txt"]);
    assert_eq!(r.code, 2);
    assert!(error_line(&r, "empty.txt").contains("empty file"));
    good_still_checked(&r);
}

#[test]
fn binary_file() {
    let dir = dir_with(&[
        ("a.txt", GOOD.as_bytes()),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
    ]);
    let r = run(&dir, &["a.txt", "photo.txt"]);
    assert_eq!(r.code, 2);
    assert!(error_line(&r, "photo.txt").contains("binary"));
    good_still_checked(&r);
}

#[test]
fn huge_file() {
    let big = GOOD.repeat(50);
    let dir = dir_with(&[("a.txt", GOOD.as_bytes()), ("big.txt", big.as_bytes())]);
    let r = run(&dir, &["--max-bytes", "2000", "a.txt", "big.txt"]);
    assert_eq!(r.code, 2);
    assert!(error_line(&r, "big.txt").contains("too large"));
    good_still_checked(&r);
}

#[test]
fn non_utf8_is_read_lossily_reported_and_exits_two() {
    let mut latin1 = b"Towns fined\n\nThe fines went to Dover, Del.; Boise, Idaho; and Tulsa, Okla., the caf\xe9 owner said.\n".to_vec();
    latin1.extend_from_slice(b"\n");
    let dir = dir_with(&[("a.txt", GOOD.as_bytes()), ("latin1.txt", &latin1)]);
    let r = run(&dir, &["--format", "json", "a.txt", "latin1.txt"]);
    assert_eq!(
        r.code, 2,
        "an input that was not clean raises the exit code"
    );
    assert!(error_line(&r, "latin1.txt").contains("not valid UTF-8"));
    let report = r.json();
    assert_eq!(
        report["articles"].as_array().unwrap().len(),
        2,
        "the file is still checked"
    );
    assert_eq!(report["problems"][0]["fatal"], false);
}

#[test]
fn standard_input_is_an_article() {
    let dir = dir_with(&[("a.txt", GOOD.as_bytes())]);
    let r = xcheck_in(dir.path(), &["a.txt", "-"], GOOD_TOO.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("2 articles"));
    assert!(r.stdout.contains("stdin"), "{}", r.stdout);
}

#[test]
fn conflicts_exit_one_and_input_errors_win() {
    let extra = "Four towns fined\n\nThe fines went to Dover, Del.; Boise, Idaho; Akron, Ohio; and Tulsa, Okla., officials said.\n";
    let dir = dir_with(&[("a.txt", GOOD.as_bytes()), ("b.txt", extra.as_bytes())]);
    let r = run(&dir, &["a.txt", "b.txt"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("Akron, Ohio is missing from a's complete list"),
        "{}",
        r.stdout
    );
    let r = run(&dir, &["a.txt", "b.txt", "missing.txt"]);
    assert_eq!(r.code, 2, "an input error (2) wins over conflicts (1)");
}

#[test]
fn usage_errors_exit_two_and_help_documents_exit_codes() {
    let dir = dir_with(&[]);
    let r = run(&dir, &[]);
    assert_eq!(r.code, 2);
    let r = run(&dir, &["--format", "yaml", "a.txt"]);
    assert_eq!(r.code, 2);
    let r = run(&dir, &["--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("Exit codes:"), "{}", r.stdout);
    assert!(r.stdout.contains("2 wins over 1"));
}

#[test]
fn web_pages_give_their_article_text() {
    let page = "<html><head><title>Towns fined</title></head><body><nav><p>Home</p></nav><article>\
        <h1>Towns fined</h1><p>The following towns were fined:</p><ul><li>Dover, Delaware;</li>\
        <li>Boise, Idaho;</li><li>Tulsa, Oklahoma.</li></ul><footer><p>Read more at Example.com</p></footer></article></body></html>";
    let dir = dir_with(&[
        ("page.html", page.as_bytes()),
        ("b.txt", GOOD_TOO.as_bytes()),
    ]);
    let r = run(&dir, &["--format", "json", "page.html", "b.txt"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(report["articles"][0]["title"], "Towns fined");
    let agree = report["findings"].as_array().unwrap().iter().any(|f| {
        f["summary"]
            .as_str()
            .unwrap()
            .contains("name the same 3 towns")
    });
    assert!(agree, "{}", r.stdout);
    let empty = dir_with(&[("empty.html", b"<html><body><nav>menu</nav></body></html>")]);
    let r = run(&empty, &["empty.html"]);
    assert_eq!(r.code, 2);
    assert!(error_line(&r, "empty.html").contains("no article text"));
}

#[test]
fn json_lines_records_are_articles_ordered_by_date() {
    let records = [
        r#"{"id": "late", "title": "Later story", "text": "The fines went to Dover, Del.; Boise, Idaho; and Tulsa, Okla., officials said.", "published": "2031-05-02", "source": "Valley Wire", "url": "https://example.com/late"}"#,
        r#"{"id": "early", "title": "Towns fined", "text": "The agency met today. The following towns were fined:\n\n- Dover, Delaware;\n- Boise, Idaho;\n- Tulsa, Oklahoma.", "published": "2031-05-01"}"#,
        r#"not json"#,
    ]
    .join("\n");
    let dir = dir_with(&[("feed.jsonl", records.as_bytes())]);
    let r = run(&dir, &["--format", "json", "feed.jsonl"]);
    assert_eq!(r.code, 2, "the bad line is an input problem");
    assert!(error_line(&r, "feed.jsonl:3").contains("not an article record"));
    let report = r.json();
    let ids: Vec<&str> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["early", "late"], "ordered by published");
    assert_eq!(
        report["articles"][1]["source"], "Valley Wire",
        "the outlet is kept"
    );
    let day = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "date" && c["article"] == "early")
        .unwrap();
    assert_eq!(
        day["weekday"], "Thursday",
        "'today' read against the record's date"
    );
}

#[test]
fn configuration_adds_places_people_and_boilerplate() {
    let a = "Grants\n\nSPONSORED: our app is loved in cities such as Tulsa and Akron, Ohio.\n\nThe board gave grants to towns, including Smallville and Boise.\n\n\"We are thrilled,\" said Mayor Annie Lee.\n";
    let b = "Grants go out\n\nThe following towns got grants:\n\n- Smallville, Kansas;\n- Boise, Idaho.\n\n\"We are thrilled,\" said Mayor Ann Lee.\n";
    let config = "[places]\ncities = [\"Smallville, KS, Lowell County\"]\n[people]\naliases = { \"Ann Lee\" = [\"Annie Lee\"] }\n[boilerplate]\npatterns = [\"^SPONSORED:\"]\n";
    let dir = dir_with(&[
        ("a.txt", a.as_bytes()),
        ("b.txt", b.as_bytes()),
        ("xcheck.toml", config.as_bytes()),
    ]);
    let with = run(&dir, &["--format", "json", "a.txt", "b.txt"]);
    assert_eq!(with.code, 0, "{}", with.stdout);
    let summaries = with.json()["findings"].to_string();
    assert!(
        summaries.contains("Ann Lee's quote"),
        "the alias joins the quotes: {summaries}"
    );
    assert!(
        !summaries.contains("Akron"),
        "the sponsored line is boilerplate"
    );
    assert!(
        summaries.contains("Smallville, Kan."),
        "a configured city: {summaries}"
    );
    let without = run(&dir, &["--no-config", "--format", "json", "a.txt", "b.txt"]);
    let claims = without.json()["claims"].to_string();
    assert!(
        claims.contains("Akron"),
        "without the config the sponsored line is read: {claims}"
    );
    fs::write(dir.path().join("bad.toml"), "[peeple]\n").unwrap();
    let bad = run(&dir, &["--config", "bad.toml", "a.txt"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("peeple"), "{}", bad.stderr);
}
