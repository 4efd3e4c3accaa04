//! Many stories in one run: the fixture corpora mixed in one folder are grouped back into
//! their stories, and no finding mixes two of them.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::{fixture, root, stories_of, xcheck_in};
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

/// Writes `files` into a fresh folder and returns xcheck's JSON report on it.
fn report_on(files: &[(&str, &str)]) -> serde_json::Value {
    let dir = TempDir::new().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    xcheck_in(dir.path(), &["--format", "json", "."], b"").json()
}

/// A disaster abroad told by a wire, an agency's release, a live page and a charity:
/// they share no quote, no list and no large figure, but name the same towns and the
/// same province near their start. Those names make them one story.
#[test]
fn articles_that_name_the_same_places_near_their_start_are_one_story() {
    let wire = "Strong quake kills at least 34 in Indonesia's Sulawesi\n\nJAKARTA (Reuters) - A magnitude 6.2 earthquake struck Indonesia's West Sulawesi province on Thursday, killing at least 34 people, the disaster agency said. At least 26 people died in the provincial capital, Mamuju, and eight in Majene, said Raditya Jati, a spokesman for the agency.\n";
    let agency = "National Disaster Mitigation Agency\n\nUpdate on the M6.2 Earthquake in West Sulawesi Province\n\nThe death toll from the earthquake that struck Majene and Mamuju regencies has risen to 42 people. \"The search continues,\" said Raditya Jati.\n";
    let live = "Indonesia earthquake: live updates\n\nA hospital in Mamuju, the capital of West Sulawesi, collapsed, local media reported. Roads to Majene were cut.\n";
    let charity = "PRESS RELEASE\n\nAid Without Borders launches emergency appeal\n\nLONDON — An earthquake struck West Sulawesi, Indonesia, on Thursday. Our partners in Mamuju and Majene report that hundreds of homes were destroyed.\n";
    let r = report_on(&[
        ("agency.txt", agency),
        ("charity.txt", charity),
        ("live.txt", live),
        ("wire.txt", wire),
    ]);
    assert_eq!(stories_of(&r).len(), 1, "{:#?}", stories_of(&r));
}

/// Two stories of one town on one day, each quoting its mayor: the town and the mayor
/// alone do not make them one story.
#[test]
fn two_stories_of_one_town_quoting_its_mayor_stay_apart() {
    let budget_a = "Brookfield council delays budget vote\n\nThe Brookfield City Council on Monday delayed a vote on a $412 million budget after four members stayed away. \"The people elected nine members to show up,\" said Mayor Teresa Lindqvist.\n";
    let budget_b = "Budget vote delayed in Brookfield\n\nA vote on the $412 million budget was put off Monday in Brookfield when four council members stayed away, Mayor Teresa Lindqvist said.\n";
    let fire_a = "Fire destroys Brookfield warehouse\n\nA fire destroyed a warehouse on Canal Street in Brookfield early Monday. \"We are grateful no one was hurt,\" said Mayor Teresa Lindqvist.\n";
    let fire_b = "Warehouse fire in Brookfield\n\nFirefighters from Ashby and Milton helped put out a warehouse fire in Brookfield on Monday, Mayor Teresa Lindqvist said. The building on Canal Street was empty.\n";
    let r = report_on(&[
        ("budget_a.txt", budget_a),
        ("budget_b.txt", budget_b),
        ("fire_a.txt", fire_a),
        ("fire_b.txt", fire_b),
    ]);
    assert_eq!(
        stories_of(&r),
        [["budget_a", "budget_b"], ["fire_a", "fire_b"]]
    );
}
