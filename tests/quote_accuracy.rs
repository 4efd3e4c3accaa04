//! Precision and recall of quote and speaker extraction against hand-written answers
//! (`tests/data/quotes_gold.tsv`) over every fixture corpus, the made-up ones included.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{root, xcheck};
use serde_json::Value;
use xcheck::text::normalize::fold_name;

/// (file, line, folded start) → speaker suffix.
fn gold() -> BTreeMap<(String, u64, String), String> {
    include_str!("data/quotes_gold.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                (f[0].to_string(), f[1].parse().unwrap(), fold_name(f[2])),
                f[3].to_string(),
            )
        })
        .collect()
}

/// Every quote xcheck finds: (file, line, folded quote, speaker key or "-").
fn found() -> Vec<(String, u64, String, String)> {
    let corpora: BTreeSet<&str> = include_str!("data/quotes_gold.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('/').next().unwrap())
        .collect();
    let mut out = Vec::new();
    for corpus in corpora {
        let dir = root().join("fixtures").join(corpus);
        let run = xcheck(&["--format", "json", dir.to_str().unwrap()]);
        let report: Value = run.json();
        let paths: BTreeMap<String, String> = report["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let path = a["path"].as_str().unwrap();
                let file = path.rsplit('/').next().unwrap();
                (
                    a["id"].as_str().unwrap().to_string(),
                    format!("{corpus}/{file}"),
                )
            })
            .collect();
        for c in report["claims"].as_array().unwrap() {
            if c["kind"] != "quote" {
                continue;
            }
            let speaker = c["speaker"]["key"].as_str().unwrap_or("-").to_string();
            out.push((
                paths[c["article"].as_str().unwrap()].clone(),
                c["span"]["line"].as_u64().unwrap(),
                fold_name(c["quote"].as_str().unwrap()),
                speaker,
            ));
        }
    }
    out
}

fn speaker_matches(found: &str, gold: &str) -> bool {
    if gold == "-" {
        return found == "-";
    }
    found.ends_with(&format!(":{gold}"))
}

#[test]
fn quote_and_speaker_precision_and_recall_are_at_least_95_percent() {
    let gold = gold();
    let found = found();
    let mut correct = 0;
    let mut misses = Vec::new();
    let mut matched_gold = BTreeSet::new();
    for (file, line, quote, speaker) in &found {
        let hit = gold
            .iter()
            .find(|((f, l, start), _)| f == file && l == line && quote.starts_with(start.as_str()));
        match hit {
            Some((key, want)) if speaker_matches(speaker, want) => {
                correct += 1;
                matched_gold.insert(key.clone());
            }
            Some((_, want)) => misses.push(format!(
                "wrong speaker {speaker} (want {want}): {file}:{line} {quote}"
            )),
            None => misses.push(format!(
                "not in the answers: {file}:{line} {quote} [{speaker}]"
            )),
        }
    }
    for key in gold.keys() {
        if !matched_gold.contains(key) {
            misses.push(format!("missed: {}:{} {}", key.0, key.1, key.2));
        }
    }
    let precision = correct as f64 / found.len() as f64;
    let recall = matched_gold.len() as f64 / gold.len() as f64;
    for m in &misses {
        eprintln!("  {m}");
    }
    eprintln!(
        "quotes: {} found, {} expected, precision {precision:.3}, recall {recall:.3}",
        found.len(),
        gold.len()
    );
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}:\n{}",
        misses.join("\n")
    );
}
