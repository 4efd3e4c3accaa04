//! The list findings of each fixture corpus's FINDINGS.md, asserted on the real binary.

mod common;

use common::{
    S000, S001, S002, S003, S004, corpus_report, findings, fixture, has_evidence, xcheck,
};
use serde_json::Value;

fn report(corpus: &str) -> Value {
    let (code, report) = corpus_report(corpus);
    assert_eq!(code, 1, "conflicts give exit 1");
    report
}

fn list_claims<'a>(report: &'a Value, article: &str) -> Vec<&'a Value> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list" && c["article"] == article)
        .collect()
}

fn complete_lists<'a>(report: &'a Value, article: &str) -> Vec<&'a Value> {
    list_claims(report, article)
        .into_iter()
        .filter(|c| c["complete"] == true)
        .collect()
}

fn item_keys(claim: &Value) -> Vec<String> {
    claim["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["place"]["key"].as_str().unwrap().to_string())
        .collect()
}

/// Findings of `kind` about lists.
fn list_findings<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    findings(report, kind)
        .into_iter()
        .filter(|f| f["topic"].as_str().unwrap().starts_with("list"))
        .collect()
}

fn summaries(report: &Value, kind: &str) -> Vec<String> {
    list_findings(report, kind)
        .iter()
        .map(|f| f["summary"].as_str().unwrap().to_string())
        .collect()
}

/// The one finding of `kind_type` whose summary holds `words`.
fn finding_with<'a>(report: &'a Value, kind_type: &str, words: &str) -> &'a Value {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == kind_type && f["summary"].as_str().unwrap().contains(words))
        .unwrap_or_else(|| {
            panic!(
                "no {kind_type} finding saying {words:?}: {:#?}",
                summaries(report, "conflict")
            )
        })
}

/// The keys of every list item of every article.
fn all_item_keys(report: &Value) -> Vec<String> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list")
        .flat_map(item_keys)
        .collect()
}

#[test]
fn sanctuary_three_complete_lists_of_23_agree_once_normalized() {
    let r = report("sanctuary-2018");
    let mut keys = Vec::new();
    for a in [S000, S003, S004] {
        let lists = complete_lists(&r, a);
        assert_eq!(lists.len(), 1, "{a} has one complete list");
        assert_eq!(lists[0]["items"].as_array().unwrap().len(), 23, "{a}");
        assert_eq!(lists[0]["stated_count"]["value"], 23, "{a}");
        let mut k = item_keys(lists[0]);
        k.sort();
        keys.push(k);
    }
    assert_eq!(keys[0], keys[1]);
    assert_eq!(keys[0], keys[2]);
    for a in [S001, S002] {
        assert!(
            complete_lists(&r, a).is_empty(),
            "{a} gives no complete list"
        );
    }
    let agreement = list_findings(&r, "agreement")
        .into_iter()
        .find(|f| f["type"] == "equivalent")
        .expect("an equivalence finding for the complete lists");
    let summary = agreement["summary"].as_str().unwrap();
    assert!(summary.contains("same 23"), "{summary}");
    let notes = agreement["notes"].to_string();
    assert!(
        notes.contains("'Louisville Metro, Kentucky' = 'Louisville, Ky.'"),
        "{notes}"
    );
    assert!(notes.contains("3 states"), "{notes}");
}

#[test]
fn sanctuary_portland_in_the_lead_conflicts_with_the_state_of_oregon() {
    let r = report("sanctuary-2018");
    let conflicts = list_findings(&r, "conflict");
    assert_eq!(
        conflicts.len(),
        1,
        "only Portland: {:#?}",
        summaries(&r, "conflict")
    );
    let f = conflicts[0];
    assert_eq!(f["type"], "granularity");
    let summary = f["summary"].as_str().unwrap();
    assert!(summary.contains("Portland, Ore."), "{summary}");
    assert!(summary.contains("State of Oregon"), "{summary}");
    assert!(has_evidence(f, S004, 7), "the lead");
    assert!(has_evidence(f, S000, 41), "000's list");
    assert!(has_evidence(f, S003, 39), "003's list");
    assert!(has_evidence(f, S004, 23), "004's own list");
}

#[test]
fn sanctuary_partial_lists_are_subsumed_not_conflicts() {
    let r = report("sanctuary-2018");
    let subsumed: Vec<&Value> = list_findings(&r, "agreement")
        .into_iter()
        .filter(|f| f["type"] == "subsumed")
        .collect();
    for a in [S001, S002] {
        assert!(
            subsumed.iter().any(|f| f["articles"][0] == a),
            "{a}'s partial list is subsumed"
        );
        let partial = list_claims(&r, a);
        assert!(!partial.is_empty() && partial.iter().all(|c| c["complete"] == false));
    }
    // 002: "New York" among cities is New York City; "San Francisco ... counties" is the
    // city-county; the states are states.
    let keys: Vec<String> = list_claims(&r, S002)
        .iter()
        .flat_map(|c| item_keys(c))
        .collect();
    for k in [
        "local:new york:NY",
        "local:san francisco:CA",
        "county:sacramento:CA",
        "county:cook:IL",
        "state:oregon:OR",
    ] {
        assert!(keys.contains(&k.to_string()), "{k} in {keys:?}");
    }
}

#[test]
fn sanctuary_traps_are_not_list_members() {
    let r = report("sanctuary-2018");
    let all_keys = all_item_keys(&r);
    for k in all_keys.iter() {
        assert!(
            !k.contains("philadelphia"),
            "lawsuit mention became a member: {k}"
        );
        assert!(!k.contains("long island"), "caption became a member: {k}");
        assert!(
            !k.contains("new orleans"),
            "a mayor's city became a member: {k}"
        );
    }
    // Portland appears once, from the lead; "the mayor of Portland, Oregon" is no member.
    assert_eq!(
        all_keys.iter().filter(|k| k.contains("portland")).count(),
        1
    );
}

#[test]
fn riverways_list_conflicts_are_reported() {
    let r = report("riverways-2025");
    let clarksville = finding_with(
        &r,
        "list_membership",
        "Clarksville, Tenn. is missing from paducah-river-sentinel's",
    );
    assert!(has_evidence(clarksville, "irc-newsroom", 44));
    assert!(has_evidence(clarksville, "national-press-wire", 29));
    let cincinnati = finding_with(&r, "granularity", "Cincinnati");
    assert!(
        cincinnati["summary"]
            .as_str()
            .unwrap()
            .contains("Hamilton County")
    );
    assert!(has_evidence(cincinnati, "tristate7-news", 7));
    let count = finding_with(&r, "count_mismatch", "14 items");
    assert_eq!(count["articles"][0], "paducah-river-sentinel");
    assert_eq!(
        list_findings(&r, "conflict").len(),
        3,
        "{:#?}",
        summaries(&r, "conflict")
    );
}

#[test]
fn riverways_lists_and_traps() {
    let r = report("riverways-2025");
    for (article, n) in [
        ("irc-newsroom", 15),
        ("national-press-wire", 15),
        ("paducah-river-sentinel", 14),
    ] {
        assert_eq!(
            complete_lists(&r, article)[0]["items"]
                .as_array()
                .unwrap()
                .len(),
            n,
            "{article}"
        );
    }
    // The member-state footer (a closing "About the Commission:" blurb), datelines,
    // headquarters and "Read more" lines make no list.
    let all = all_item_keys(&r);
    assert!(!all.iter().any(|k| k.starts_with("state:")), "{all:?}");
    for trap in ["pittsburgh", "frankfort", "columbus", "washington"] {
        assert!(!all.iter().any(|k| k.contains(trap)), "{trap} in {all:?}");
    }
    let cincinnati = all.iter().filter(|k| k.contains("cincinnati")).count();
    assert_eq!(cincinnati, 1, "only the TV lead names Cincinnati as cited");
    // Louisville and Nashville under every name are one member each.
    let irc = item_keys(complete_lists(&r, "irc-newsroom")[0]);
    assert!(irc.contains(&"local:louisville:KY".to_string()), "{irc:?}");
    assert!(irc.contains(&"local:nashville:TN".to_string()), "{irc:?}");
    finding_with(&r, "equivalent", "agree on 14 of 15");
}

#[test]
fn wildfire_made_up_corpus_lists() {
    let r = report("wildfire-2031");
    assert_eq!(
        list_findings(&r, "conflict").len(),
        3,
        "{:#?}",
        summaries(&r, "conflict")
    );
    let klamath = finding_with(
        &r,
        "list_membership",
        "oregon-ledger's complete list of the counties adds Klamath County, Ore.",
    );
    assert!(has_evidence(klamath, "oregon-ledger", 23));
    finding_with(
        &r,
        "granularity",
        "Santa Rosa, Calif. (a city) among the counties",
    );
    finding_with(
        &r,
        "count_mismatch",
        "\"nine counties\" but its own complete list has 10 items",
    );
    // Plural groups ("Butte, Shasta ... counties in California; ...") give nine counties.
    let wire = item_keys(complete_lists(&r, "valley-wire")[0]);
    assert_eq!(wire.len(), 9);
    assert!(wire.contains(&"county:washoe:NV".to_string()));
    // Traps: the member-state footer, the caption, lawsuit places, datelines.
    let all = all_item_keys(&r);
    for trap in [
        "state:",
        "paradise",
        "reno",
        "carson",
        "sacramento",
        "grants pass",
        "oroville",
    ] {
        assert!(!all.iter().any(|k| k.contains(trap)), "{trap} in {all:?}");
    }
    let subsumed = list_findings(&r, "agreement")
        .into_iter()
        .filter(|f| f["type"] == "subsumed")
        .count();
    assert_eq!(
        subsumed, 3,
        "TV, blog and the Ledger's lead are inside the complete lists"
    );
}

#[test]
fn reports_are_deterministic() {
    let dir = fixture("sanctuary-2018");
    let a = xcheck(&["--format", "json", dir.to_str().unwrap()]);
    let b = xcheck(&["--format", "json", dir.to_str().unwrap()]);
    assert_eq!(a.stdout, b.stdout);
    let t1 = xcheck(&[dir.to_str().unwrap()]);
    let t2 = xcheck(&[dir.to_str().unwrap()]);
    assert_eq!(t1.stdout, t2.stdout);
}
