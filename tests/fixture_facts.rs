//! The counts, stated facts and event findings of each FINDINGS.md, on the real binary.

mod common;

use common::{S002, S003, S004, corpus_report, has_evidence};
use serde_json::Value;

fn report(corpus: &str) -> Value {
    corpus_report(corpus).1
}

/// Findings of one type whose topic starts with `topic`.
fn of<'a>(r: &'a Value, kind_type: &str, topic: &str) -> Vec<&'a Value> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == kind_type && f["topic"].as_str().unwrap().starts_with(topic))
        .collect()
}

fn one<'a>(r: &'a Value, kind_type: &str, topic: &str, words: &str) -> &'a Value {
    let all = of(r, kind_type, topic);
    let hits: Vec<&&Value> = all
        .iter()
        .filter(|f| f["summary"].as_str().unwrap().contains(words))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "one {kind_type} on {topic:?} saying {words:?}, among {all:#?}"
    );
    hits[0]
}

fn conflicts(r: &Value) -> Vec<String> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .map(|f| {
            format!(
                "[{}] {}",
                f["type"].as_str().unwrap(),
                f["summary"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn sanctuary_counts_agree_and_cities_is_a_characterization() {
    let r = report("sanctuary-2018");
    let agree = one(&r, "subsumed", "count:", "agree on 23");
    assert!(
        agree["summary"]
            .as_str()
            .unwrap()
            .contains("\"nearly two dozen jurisdictions\" is consistent")
    );
    assert_eq!(agree["articles"].as_array().unwrap().len(), 5);
    let ch = one(
        &r,
        "characterization",
        "count: cities",
        "calls the 23 \"cities\"",
    );
    assert!(ch["summary"].as_str().unwrap().contains("3 states"));
    assert!(has_evidence(ch, S004, 3));
    assert!(
        of(&r, "count_mismatch", "count").is_empty(),
        "{:#?}",
        conflicts(&r)
    );
}

#[test]
fn sanctuary_single_source_statute_and_program() {
    let r = report("sanctuary-2018");
    let usc = one(&r, "single_source", "citation:", "8 U.S.C. 1373");
    assert!(usc["summary"].as_str().unwrap().contains("usc/8/1373"));
    assert_eq!(usc["articles"][0], S003);
    let fy = one(&r, "single_source", "fiscal years:", "FY2016, FY2017");
    assert!(
        fy["summary"]
            .as_str()
            .unwrap()
            .contains("Edward Byrne Memorial Justice Assistance Grant")
    );
    one(&r, "equivalent", "day of the event", "Wednesday");
}

#[test]
fn sanctuary_meeting_canceled_against_held_and_de_blasio_stays_away() {
    let r = report("sanctuary-2018");
    let held = one(&r, "attendance", "event: meeting", "canceled");
    assert!(has_evidence(held, S002, 13));
    let de_blasio = one(&r, "equivalent", "event: meeting", "Bill de Blasio");
    assert_eq!(
        de_blasio["articles"].as_array().unwrap().len(),
        3,
        "000, 002 and 003"
    );
    one(&r, "equivalent", "event: meeting", "Mitch Landrieu");
    let table = &r["events"][0];
    assert_eq!(table["event"], "meeting");
    let rows: Vec<&str> = table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["who"].as_str().unwrap())
        .collect();
    assert!(
        rows.contains(&"Bill de Blasio") && rows.contains(&"the meeting itself"),
        "{rows:?}"
    );
}

#[test]
fn sanctuary_has_no_false_fact_conflicts() {
    let r = report("sanctuary-2018");
    let c = conflicts(&r);
    // Portland, de Blasio's wording, "23 cities", canceled against held: nothing else.
    assert_eq!(c.len(), 4, "{c:#?}");
}

#[test]
fn riverways_fact_conflicts() {
    let r = report("riverways-2025");
    let count = one(&r, "count_mismatch", "count:", "counts 14");
    assert!(count["summary"].as_str().unwrap().contains("count 15"));
    assert_eq!(count["articles"][0], "heartland-taxpayer-blog");
    let deadline = one(&r, "date_mismatch", "deadline", "April 15");
    assert!(deadline["summary"].as_str().unwrap().contains("April 25"));
    assert!(has_evidence(deadline, "tristate7-news", 11));
    let tate = one(&r, "attendance", "event: meeting", "Gerald Tate");
    assert!(tate["summary"].as_str().unwrap().contains("boycotted"));
    let vance = one(&r, "role", "role: Harold Vance", "vice chair");
    assert!(
        vance["summary"]
            .as_str()
            .unwrap()
            .contains("tristate7-news")
    );
}

#[test]
fn riverways_fact_agreements() {
    let r = report("riverways-2025");
    one(&r, "equivalent", "count:", "agree on 15");
    one(&r, "equivalent", "count:", "agree on 7");
    one(
        &r,
        "subsumed",
        "count: part",
        "\"About a dozen of them\" is consistent",
    );
    one(&r, "equivalent", "deadline", "April 25");
    one(&r, "equivalent", "date", "March 27");
    one(&r, "equivalent", "event: workshop", "Loretta Bixby");
    let cwa = one(&r, "equivalent", "citation:", "33 U.S.C. 1342");
    assert_eq!(
        cwa["articles"].as_array().unwrap().len(),
        5,
        "Section 402 of the CWA too"
    );
    one(&r, "equivalent", "citation:", "Article IX");
    one(&r, "single_source", "citation:", "Article XII");
    one(&r, "equivalent", "percentage", "37");
    one(&r, "equivalent", "amount", "nearly $49 million");
    one(&r, "equivalent", "amount", "$10,000 per day");
    one(
        &r,
        "equivalent",
        "fiscal years:",
        "FY2025, FY2026 Clean Rivers Partnership",
    );
    one(
        &r,
        "equivalent",
        "role: Dana Whitcombe",
        "executive director",
    );
}

#[test]
fn riverways_traps_raise_no_conflict() {
    let r = report("riverways-2025");
    let c = conflicts(&r);
    for trap in [
        "22",
        "seven-member",
        "$2.1 million",
        "Chairman\" where",
        "Bixby",
        "Article XII",
    ] {
        assert!(!c.iter().any(|x| x.contains(trap)), "{trap} in {c:#?}");
    }
    // Three list conflicts, 14 vs 15, the deadline, Tate, Vance, two quote conflicts.
    assert_eq!(c.len(), 9, "{c:#?}");
}

#[test]
fn made_up_corpora_have_no_false_fact_conflicts() {
    for (corpus, expected) in [("wildfire-2031", 3), ("council-2032", 2)] {
        let r = report(corpus);
        let c = conflicts(&r);
        assert_eq!(c.len(), expected, "{corpus}: {c:#?}");
    }
}

#[test]
fn buyout_made_up_corpus_facts() {
    let r = report("buyout-2033");
    let c = conflicts(&r);
    assert_eq!(c.len(), 3, "{c:#?}");
    let deadline = one(&r, "date_mismatch", "deadline", "Nov. 30");
    assert!(
        deadline["summary"]
            .as_str()
            .unwrap()
            .contains("bayou-ledger and parish-radio give Nov. 15")
    );
    one(&r, "role", "role: Ana Lima", "deputy director");
    one(&r, "attendance", "event: hearing", "Paul Guidry");
    one(
        &r,
        "subsumed",
        "count: homes",
        "\"more than 40 homes\", \"about 50 homes\" are consistent",
    );
    one(&r, "equivalent", "citation:", "cfr/24/570.201");
    one(&r, "single_source", "citation:", "pl/117-58");
    one(
        &r,
        "equivalent",
        "fiscal years: Community Development Block Grant",
        "FY2032, FY2033",
    );
    one(&r, "equivalent", "amount", "roughly $18 million");
    one(&r, "equivalent", "day of the event", "Wednesday");
}
