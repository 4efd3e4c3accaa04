//! Many stories in one run: the fixture corpora mixed in one folder are grouped back into
//! their stories, and no finding mixes two of them.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::{fixture, root, xcheck_in};
use tempfile::TempDir;

const CORPORA: [&str; 5] = [
    "sanctuary-2018",
    "riverways-2025",
    "wildfire-2031",
    "council-2032",
    "buyout-2033",
];

#[test]
fn mixed_corpora_are_grouped_into_their_stories() {
    let dir = TempDir::new().unwrap();
    let mut corpus_of: BTreeMap<String, &str> = BTreeMap::new();
    let mut conflicts_alone = 0;
    for c in CORPORA {
        for entry in fs::read_dir(fixture(c)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
                corpus_of.insert(path.file_stem().unwrap().to_string_lossy().into_owned(), c);
            }
        }
        let alone = xcheck_in(
            &root(),
            &["--format", "json", fixture(c).to_str().unwrap()],
            b"",
        )
        .json();
        conflicts_alone += alone["summary"]["conflicts"].as_u64().unwrap();
    }
    let r = xcheck_in(dir.path(), &["--format", "json", "."], b"").json();
    // The corpus each article named in `articles` came from.
    let corpora_of = |articles: &serde_json::Value| -> Vec<&str> {
        articles
            .as_array()
            .unwrap()
            .iter()
            .map(|a| corpus_of[a.as_str().unwrap()])
            .collect()
    };
    let stories = r["stories"].as_array().unwrap();
    assert_eq!(stories.len(), CORPORA.len(), "{stories:#?}");
    for s in stories {
        let corpora = corpora_of(&s["articles"]);
        assert!(
            corpora.windows(2).all(|w| w[0] == w[1]),
            "a story mixes corpora: {corpora:?}"
        );
    }
    for f in r["findings"].as_array().unwrap() {
        let corpora = corpora_of(&f["articles"]);
        assert!(
            corpora.windows(2).all(|w| w[0] == w[1]),
            "{} mixes corpora",
            f["id"]
        );
        assert!(f["story"].is_string());
    }
    // Report order: kind, then story, then topic and id.
    let kind_rank = |k: &str| {
        ["conflict", "not_comparable", "agreement", "single_source"]
            .iter()
            .position(|x| *x == k)
            .unwrap()
    };
    let keys: Vec<(usize, &str, &str, &str)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                kind_rank(f["kind"].as_str().unwrap()),
                f["story"].as_str().unwrap(),
                f["topic"].as_str().unwrap(),
                f["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "findings out of report order"
    );
    assert!(keys.iter().any(|k| k.0 == 0) && keys.iter().any(|k| k.0 == 3));
    assert_eq!(
        r["summary"]["conflicts"].as_u64().unwrap(),
        conflicts_alone,
        "the same conflicts as one corpus at a time"
    );
    let one = xcheck_in(dir.path(), &["--one-story", "--format", "json", "."], b"").json();
    assert!(
        one.get("stories").is_none(),
        "--one-story makes a single group"
    );
}
