//! The quote findings of each corpus's FINDINGS.md, asserted on the real binary.

mod common;

use common::{S000, S001, S002, S003, S004, corpus_report, findings, has_evidence};
use serde_json::Value;

fn report(corpus: &str) -> Value {
    corpus_report(corpus).1
}

fn quote_findings<'a>(r: &'a Value, kind: &str) -> Vec<&'a Value> {
    findings(r, kind)
        .into_iter()
        .filter(|f| f["topic"].as_str().unwrap().starts_with("quote"))
        .collect()
}

/// The one quote finding of `kind_type` whose summary holds `words`.
fn with<'a>(r: &'a Value, kind_type: &str, words: &str) -> &'a Value {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == kind_type && f["summary"].as_str().unwrap().contains(words))
        .unwrap_or_else(|| {
            let all: Vec<String> = r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| format!("[{}] {}", f["type"], f["summary"]))
                .collect();
            panic!("no {kind_type} finding with {words:?}:\n{}", all.join("\n"))
        })
}

fn diff_pairs(f: &Value) -> Vec<(String, String)> {
    f["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["words"].as_str().unwrap().to_string(),
                d["other_words"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn sanctuary_de_blasio_wording_conflict_is_the_only_quote_conflict() {
    let r = report("sanctuary-2018");
    let conflicts = quote_findings(&r, "conflict");
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    let f = with(&r, "quote_wording", "I will NOT be attending");
    assert_eq!(
        diff_pairs(f),
        vec![("community".to_string(), "communities".to_string())]
    );
    assert!(f["summary"].as_str().unwrap().contains("Bill de Blasio"));
    assert!(has_evidence(f, S002, 11));
    assert!(has_evidence(f, S003, 49));
}

#[test]
fn sanctuary_quote_agreements() {
    let r = report("sanctuary-2018");
    let urge = with(&r, "identical", "I continue to urge all jurisdictions");
    for a in [S000, S001, S002, S003] {
        assert!(
            urge["articles"].as_array().unwrap().iter().any(|x| x == a),
            "{a}"
        );
    }
    let notes = urge["notes"].to_string();
    assert!(
        notes.contains("press release") && notes.contains("statement"),
        "{notes}"
    );
    // Joined in 001 and 003, separate in 000, dash spacing differs: one agreement.
    let protecting = with(&r, "subsumed", "Protecting criminal aliens");
    for (a, line) in [(S000, 11), (S000, 15), (S001, 13), (S003, 11), (S004, 7)] {
        assert!(has_evidence(protecting, a, line), "{a}:{line}");
    }
    // 004's fragment is inside 002's Landrieu quote.
    let landrieu = with(&r, "subsumed", "Mitch Landrieu");
    assert!(has_evidence(landrieu, S004, 11));
    // The letters' words, quoted in 000 and 004; 003 prints 001's quote unquoted.
    with(
        &r,
        "identical",
        "unlawfully restricting information sharing",
    );
    let orders = with(&r, "equivalent", "without quote marks");
    assert!(has_evidence(orders, S003, 47));
}

#[test]
fn sanctuary_single_source_quotes_have_their_speakers() {
    let r = report("sanctuary-2018");
    let single: Vec<String> = quote_findings(&r, "single_source")
        .iter()
        .map(|f| f["summary"].as_str().unwrap().to_string())
        .collect();
    for words in [
        "quotes Greg Fischer: \"Picking fights",
        "quotes Sarah Isgur Flores: \"We are sending them",
        "quotes Sarah Isgur Flores: \"We’ve given them",
        "quotes Lindsay Walters: \"We are disappointed",
        "quotes Ted Wheeler: \"has no moral compass",
        "quotes Rahm Emanuel: \"Trump-free zone",
        "quotes Mitch Landrieu: \"When the President",
    ] {
        assert!(
            single.iter().any(|s| s.contains(words)),
            "{words} in {single:#?}"
        );
    }
}

#[test]
fn riverways_wording_and_attribution_conflicts() {
    let r = report("riverways-2025");
    let conflicts = quote_findings(&r, "conflict");
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    let w = with(&r, "quote_wording", "These notices are not a");
    assert_eq!(diff_pairs(w).len(), 1);
    let (a, b) = &diff_pairs(w)[0];
    assert_eq!(
        [a.as_str(), b.as_str()]
            .iter()
            .filter(|x| ["penalty", "punishment"].contains(x))
            .count(),
        2
    );
    assert!(
        w["summary"]
            .as_str()
            .unwrap()
            .contains("all credit Dana Whitcombe")
    );
    let a = with(&r, "quote_attribution", "Our rivers don");
    let s = a["summary"].as_str().unwrap();
    assert!(
        s.contains("Priya Holloway's in heartland-taxpayer-blog"),
        "{s}"
    );
    assert!(
        s.contains("Dana Whitcombe's in irc-newsroom and national-press-wire"),
        "{s}"
    );
    // "a paperwork ambush" is inside the blog's quote: agreement, with the media noted.
    let tate = with(&r, "subsumed", "Gerald Tate");
    assert!(tate["notes"].to_string().contains("tweet"));
}

#[test]
fn council_made_up_corpus_quotes() {
    let r = report("council-2032");
    let w = with(&r, "quote_wording", "People told us");
    assert_eq!(
        diff_pairs(w),
        vec![("hike".to_string(), "increase".to_string())]
    );
    let a = with(&r, "quote_attribution", "a promise we cannot pay for");
    assert!(
        a["summary"]
            .as_str()
            .unwrap()
            .contains("Frank Osei's in metro-daily")
    );
    // The three-paragraph quote holds the radio's fragment and the hyperlocal's sentence.
    let brandt = with(&r, "subsumed", "Helen Brandt");
    for (article, line) in [
        ("metro-daily", 16),
        ("lakeshore-radio", 9),
        ("neighborhood-news", 9),
    ] {
        assert!(has_evidence(brandt, article, line), "{article}:{line}");
    }
    with(&r, "identical", "We listened");
    with(&r, "single_source", "quotes council's budget memo");
    assert_eq!(quote_findings(&r, "conflict").len(), 2);
}
