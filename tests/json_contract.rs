//! The JSON report read back into test-side types that refuse unknown fields, so that any
//! unplanned change to the contract fails here first. Adding a field means adding it
//! here too, on purpose.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{fixture, xcheck};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Report {
    schema: u32,
    xcheck: String,
    articles: Vec<Article>,
    problems: Vec<Problem>,
    claims: Vec<Value>,
    findings: Vec<Finding>,
    #[serde(default)]
    events: Vec<EventTable>,
    #[serde(default)]
    lists: Vec<ListTable>,
    summary: Summary,
    #[serde(default)]
    baseline: Option<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Article {
    id: String,
    path: String,
    title: String,
    bytes: usize,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Problem {
    path: String,
    message: String,
    fatal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Finding {
    id: String,
    kind: String,
    #[serde(rename = "type")]
    kind_type: String,
    topic: String,
    summary: String,
    rule: String,
    articles: Vec<String>,
    claims: Vec<String>,
    evidence: Vec<Evidence>,
    #[serde(default)]
    notes: Vec<String>,
    #[serde(default)]
    diff: Vec<WordChange>,
    #[serde(default)]
    marks: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Evidence {
    article: String,
    line: usize,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct WordChange {
    article: String,
    words: String,
    other_article: String,
    other_words: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct EventTable {
    event: String,
    articles: Vec<String>,
    rows: Vec<EventRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct EventRow {
    who: String,
    cells: Vec<String>,
    conflict: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ListTable {
    topic: String,
    articles: Vec<String>,
    rows: Vec<ListRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ListRow {
    place: String,
    cells: Vec<String>,
    differs: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Summary {
    articles: usize,
    claims: usize,
    conflicts: usize,
    agreements: usize,
    single_source: usize,
    not_comparable: usize,
    problems: usize,
}

/// The fields each kind of claim may have, besides id, article, kind, text and span.
fn claim_fields() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let set = |v: &[&'static str]| v.iter().copied().collect::<BTreeSet<_>>();
    BTreeMap::from([
        (
            "list",
            set(&["complete", "cue", "of", "stated_count", "items"]),
        ),
        (
            "quote",
            set(&["quote", "speaker", "cue", "medium", "form", "unbalanced"]),
        ),
        (
            "count",
            set(&["value", "noun", "class", "partitive", "loose", "context"]),
        ),
        (
            "citation",
            set(&["canonical", "display", "detail", "context"]),
        ),
        ("fiscal_years", set(&["years", "program", "context"])),
        ("amount", set(&["unit", "value", "per", "what", "context"])),
        (
            "vote",
            set(&["in_favor", "against", "motion", "body", "context"]),
        ),
        (
            "date",
            set(&[
                "slot", "month", "day", "year", "weekday", "action", "context",
            ]),
        ),
        ("role", set(&["person", "person_key", "role", "title"])),
        (
            "attendance",
            set(&["event", "who", "who_key", "status", "cue"]),
        ),
    ])
}

#[test]
fn real_reports_match_the_documented_contract() {
    let allowed = claim_fields();
    let mut kinds_seen = BTreeSet::new();
    for corpus in ["sanctuary-2018", "riverways-2025", "buyout-2033"] {
        let run = xcheck(&["--format", "json", fixture(corpus).to_str().unwrap()]);
        let report: Report =
            serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{corpus}: {e}"));
        assert_eq!(report.schema, 1);
        for f in &report.findings {
            assert!(
                ["conflict", "agreement", "single_source", "not_comparable"]
                    .contains(&f.kind.as_str())
            );
            assert!(
                !f.evidence.is_empty(),
                "every finding shows its words: {}",
                f.id
            );
        }
        for c in &report.claims {
            let obj = c.as_object().unwrap();
            let kind = obj["kind"].as_str().unwrap();
            kinds_seen.insert(kind.to_string());
            let extra: Vec<&String> = obj
                .keys()
                .filter(|k| !["id", "article", "kind", "text", "span"].contains(&k.as_str()))
                .filter(|k| !allowed[kind].contains(k.as_str()))
                .collect();
            assert!(
                extra.is_empty(),
                "{kind} claim has undocumented fields {extra:?}"
            );
            let span = obj["span"].as_object().unwrap();
            let keys: BTreeSet<&str> = span.keys().map(String::as_str).collect();
            assert_eq!(keys, BTreeSet::from(["start", "end", "line", "col"]));
        }
    }
    assert_eq!(
        kinds_seen.len(),
        allowed.len(),
        "every kind of claim appears: {kinds_seen:?}"
    );
}
