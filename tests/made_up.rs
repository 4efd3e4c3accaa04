//! Small made-up stories in styles the fixtures lack: each asserts what a careful reader
//! would find, on the real binary.

mod common;

use std::fs;

use common::{findings, xcheck_in};
use serde_json::Value;
use tempfile::TempDir;

fn check(files: &[(&str, &str)]) -> (i32, Value) {
    let dir = TempDir::new().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let run = xcheck_in(dir.path(), &["--format", "json", "."], b"");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    (run.code, run.json())
}

fn conflict_summaries(report: &Value) -> Vec<String> {
    findings(report, "conflict")
        .iter()
        .map(|f| f["summary"].as_str().unwrap().to_string())
        .collect()
}

const LETTERS: &str = "Four states get letters\n\nThe following states received letters from the agency on Monday:\n\n- Texas;\n- Ohio;\n- Iowa; and\n- Maine.\n";

#[test]
fn places_named_for_another_reason_do_not_conflict() {
    let storms = "Storm season\n\nStorms hit several states this week, including Texas, Ohio and Utah, forecasters said.\n";
    let (code, r) = check(&[("a.txt", LETTERS), ("b.txt", storms)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_partial_list_about_the_same_letters_conflicts() {
    let letters_too = "Letters sent\n\nLetters went to several states, including Texas, Ohio and Utah, the agency said.\n";
    let (code, r) = check(&[("a.txt", LETTERS), ("b.txt", letters_too)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(
        s[0].starts_with("b names the State of Utah among the states"),
        "{s:#?}"
    );
}

#[test]
fn two_partial_lists_never_conflict() {
    let a = "Grants\n\nGrants went to several cities, including Tulsa, Omaha and Boise.\n";
    let b = "Grants\n\nCities such as Tulsa, Omaha and Akron, Ohio, got grants.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let overlap = findings(&r, "agreement");
    assert_eq!(overlap.len(), 1);
    assert_eq!(overlap[0]["type"], "overlap");
}

#[test]
fn countries_and_a_state_named_like_a_country() {
    let a = "Watch list\n\nWASHINGTON (AP) — Treasury added five countries to its watch list: Iran, Syria, North Korea, Venezuela and Cuba.\n";
    let b = "Watch list grows\n\nTreasury named Iran, Syria and other countries on Monday.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let keys: Vec<&str> = r["claims"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["place"]["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        vec![
            "country:iran:?",
            "country:syria:?",
            "country:north korea:?",
            "country:venezuela:?",
            "country:cuba:?"
        ]
    );
}

#[test]
fn lists_of_parties_compare_like_lists_of_places() {
    let a = "Regulator subpoenas three firms\n\nThe following companies received subpoenas:\n\n- Acme Corp.\n- Blue River Energy\n- Northwind Holdings\n";
    let b = "Blackout probe widens\n\nThe companies were: Acme Corp., Blue River Energy and Northwind Holdings, officials said.\n";
    let c = "Probe\n\nThe companies were: Acme Corp., Blue River Energy and Contoso Bank, officials said.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let kinds: Vec<&str> = r["claims"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["place"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["organization"; 3]);
    let (code, r) = check(&[("a.txt", a), ("c.txt", c)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert!(
        s.iter()
            .any(|x| x.starts_with("Contoso Bank is missing from a's complete list")),
        "{s:#?}"
    );
}

#[test]
fn a_wire_copy_without_accents_is_the_same_story_and_the_same_speaker() {
    let dispatch = "Port fines three terminals\n\nThe Port Authority of San Andrés on Thursday fined three terminal operators for missing emissions reports.\n\n“We warned every operator twice,” said Commissioner José Peña.\n";
    let wire = "Port fines four terminal operators\n\nSAN ANDRES (Wire) - The port authority fined four terminal operators on Thursday over late emissions reports.\n\n\"We warned every operator twice,\" Commissioner Jose Pena said in a statement.\n";
    let (code, r) = check(&[("dispatch.txt", dispatch), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert_eq!(r["stories"].as_array().map_or(0, Vec::len), 0, "one story");
    let s = conflict_summaries(&r);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(s[0].contains("counts 4"), "{s:#?}");
    let quote = findings(&r, "agreement")
        .into_iter()
        .find(|f| f["topic"].as_str().unwrap_or("").starts_with("quote"))
        .expect("the quote agrees");
    assert_eq!(quote["type"], "identical");
}
