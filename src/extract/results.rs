//! Election results: the votes each candidate got, as counts keyed by the candidate's
//! surname (`votes:<surname>`), so that a clerk's table ("Andrea Szabo (D)   18,422")
//! and a paper's sentence ("Szabo received 18,422 votes to Pell's 17,486") meet whatever
//! their words, as a person's ages do.
//!
//! Read from prose ("<name> received N votes", "N votes to <name>'s M", "N votes for
//! <name>") and from the rows of a results table under a header with a "Votes" column
//! (columns parted by two or more spaces, a tab or a pipe).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::canon::numbers::parse_number;
use crate::model::{CountClaim, Interval};
use crate::text::normalize::fold_name;
use crate::text::{Doc, pattern};

/// A name of one to three capitalized words, the last a surname.
const NAME: &str = r"[A-Z][\p{L}'’-]+(?:[ ][A-Z][\p{L}'’.-]*){0,2}";

/// A figure: digits with thousands commas, or plain digits.
const FIGURE: &str = r"\d{1,3}(?:,\d{3})+|\d+";

/// `data/vote_receipt_verbs.txt` as an alternation.
fn receipt_verbs() -> String {
    crate::data::lines(include_str!("../../data/vote_receipt_verbs.txt"))
        .map(|v| regex::escape(v).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// "Szabo received 18,422 votes", "Pell, a former commissioner, had 17,486 votes".
static RECEIVED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"\b(?P<name>{NAME})(?:,[^,]{{1,60}},)?\s+(?:{verbs})\s+(?P<n>{FIGURE})\s+votes\b",
        verbs = receipt_verbs()
    ))
    .unwrap()
});

/// "18,422 votes to Pell's 17,486" (or "to Oakes' 17,486"): the second figure is the
/// named one's. A share may
/// follow the first figure ("18,422 votes, or 51%, to Pell's", "18,422 votes (51%) to").
static TO_THEIRS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"\b(?:{FIGURE})\s+votes(?:,\s+or\s+{SHARE},|\s+\({SHARE}\))?\s+to\s+(?P<name>{NAME})(?:'s|’s|'|’)\s+(?P<n>{FIGURE})\b"
    ))
    .unwrap()
});

/// A share of the vote after a figure: "51%", "50.8 percent".
const SHARE: &str = r"\d{1,3}(?:\.\d+)?\s?(?:%|percent)";

/// "17,486 votes for Pell".
static FOR_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"\b(?P<n>{FIGURE})\s+votes\s+for\s+(?P<name>{NAME})\b"
    ))
    .unwrap()
});

/// A results line that labels a figure of votes with a name: "Delgado: 41,221 votes",
/// "Tom Reyes (R): 37,590 votes (47.7%)".
static LABELED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"^(?:[-*•]\s+)?(?P<name>{NAME})(?:\s+\([\p{{L}}. -]{{1,20}}\))?:\s+(?P<n>{FIGURE})\s+votes\b"
    ))
    .unwrap()
});

/// Cells of a table row: parted by two or more spaces, a tab or a pipe.
static CELLS: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r" {2,}|\t|\|").unwrap());

/// A row's first cell: a name of two to four words, then perhaps a party in parentheses
/// ("Andrea Szabo (D)") or a mark of the winner.
static ROW_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?P<name>[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3})(?: \([\p{L}. -]{1,20}\))?(?: ?[*✓✔])?$",
    )
    .unwrap()
});

/// Each candidate's votes an article gives, with the range of its words.
pub fn candidate_votes(doc: &Doc) -> Vec<(Range<usize>, CountClaim)> {
    let text = &doc.norm.text;
    let mut out = Vec::new();
    if !pattern::contains_ignore_case(text, "votes") {
        return out;
    }
    for s in doc.counted_sentences() {
        let sentence = doc.text(&s.range);
        if !sentence.contains("votes") {
            continue;
        }
        for re in [&*RECEIVED, &*TO_THEIRS, &*FOR_NAME] {
            for c in pattern::captures(re, sentence) {
                let (name, n) = (c.name("name").unwrap(), c.name("n").unwrap());
                let Some(claim) = votes_of(name.as_str(), n.as_str()) else {
                    continue;
                };
                // "Szabo received 18,422 votes", "Pell's 17,486", "17,486 votes for Pell".
                let end = if std::ptr::eq(re, &*TO_THEIRS) {
                    n.end()
                } else {
                    c.get(0).unwrap().end()
                };
                let start = s.range.start + name.start().min(n.start());
                let end = s.range.start + end;
                out.push((start..end, claim));
            }
        }
    }
    out.extend(table_rows(doc));
    out.sort_by_key(|(r, _)| r.start);
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// The rows of results tables: each line under a header with a "Votes" column whose
/// first cell is a name and whose cell under "Votes" is a figure (a blank line ends a
/// table), and lines that label votes with a name ("Delgado: 41,221 votes"). Lines are the original's: segmentation may have read a table as a wrapped
/// paragraph and joined its lines.
fn table_rows(doc: &Doc) -> Vec<(Range<usize>, CountClaim)> {
    let text: &str = &doc.article.text;
    let mut out = Vec::new();
    // The column of "Votes" in the current table's header, if one is open.
    let mut column: Option<usize> = None;
    // Whether a label of results ("Results after recount:") opened the lines below:
    // there a name and a figure parted by a dash are a row ("Ann Lee — 2,412").
    let mut labeled_block = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            column = None;
            labeled_block = false;
            continue;
        }
        // The trimmed line's first `len` bytes, as a range of the normalized text.
        let from = start + (line.len() - line.trim_start().len());
        let words = |len: usize| doc.norm.from_original(from)..doc.norm.from_original(from + len);
        if let Some(c) = LABELED.captures(trimmed)
            && let Some(claim) = votes_of(&c["name"], &c["n"])
        {
            out.push((words(c.get(0).unwrap().end()), claim));
            continue;
        }
        if trimmed.ends_with(':')
            && trimmed.len() <= MAX_RESULTS_LABEL
            && pattern::contains_ignore_case(trimmed, "results")
        {
            labeled_block = true;
            continue;
        }
        if labeled_block
            && let Some((first, figure)) = [" — ", " – ", " - "]
                .iter()
                .find_map(|dash| trimmed.split_once(dash))
            && let Some(c) = ROW_NAME.captures(first.trim())
            && let Some(claim) = votes_of(&c["name"], figure.trim())
        {
            out.push((words(trimmed.len()), claim));
            continue;
        }
        let cells: Vec<&str> = CELLS
            .split(trimmed)
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if cells.len() < 2 {
            continue;
        }
        if let Some(k) = cells.iter().position(|c| c.eq_ignore_ascii_case("votes")) {
            column = (k > 0).then_some(k);
            continue;
        }
        let Some(k) = column else { continue };
        let (Some(first), Some(figure)) = (cells.first(), cells.get(k)) else {
            continue;
        };
        let Some(name) = ROW_NAME.captures(first).map(|c| c["name"].to_string()) else {
            continue;
        };
        let Some(claim) = votes_of(&name, figure) else {
            continue;
        };
        out.push((words(trimmed.len()), claim));
    }
    out
}

/// Longest line read as a label of results ("Unofficial results, Ward 3:").
const MAX_RESULTS_LABEL: usize = 60;

/// The count of a candidate's votes, unless the name is no person's (a place, a word
/// that starts no name) or the figure is none.
fn votes_of(name: &str, figure: &str) -> Option<CountClaim> {
    if !figure.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    let n = parse_number(figure)?;
    // "Democrat Andrea Szabo": words that start no name are left off.
    let words: Vec<&str> = name
        .split_whitespace()
        .skip_while(|w| super::people::is_not_name(w))
        .collect();
    let surname = words.last()?.trim_end_matches('.');
    if surname.len() < 2
        || super::people::is_not_name(surname)
        || super::people::is_org_word(surname)
        || words.iter().any(|w| w.eq_ignore_ascii_case("votes"))
    {
        return None;
    }
    let folded = fold_name(surname);
    let g = crate::canon::gazetteer::gazetteer();
    if g.state_by_name(&folded).is_some()
        || g.country(&folded).is_some()
        || !g.cities(&folded).is_empty()
    {
        return None;
    }
    Some(CountClaim {
        value: Interval::exact(n),
        noun: format!("votes for {}", words.join(" ")),
        class: format!("votes:{folded}"),
        partitive: false,
        loose: false,
        context: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn votes(text: &str) -> Vec<(String, u64, String)> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        candidate_votes(&doc)
            .into_iter()
            .map(|(r, c)| (c.class, c.value.lo, doc.text(&r).to_string()))
            .collect()
    }

    #[test]
    fn prose_gives_each_candidates_votes_by_surname() {
        let got = votes(
            "T\n\nDemocrat Andrea Szabo received 18,422 votes to Pell's 17,486. Ortiz, a teacher, had 2,310 votes, and 412 votes went to write-ins. Nearly 900 votes for Lee were cast late.\n",
        );
        assert_eq!(
            got,
            [
                (
                    "votes:szabo".to_string(),
                    18_422,
                    "Democrat Andrea Szabo received 18,422 votes".to_string()
                ),
                (
                    "votes:pell".to_string(),
                    17_486,
                    "Pell's 17,486".to_string()
                ),
                (
                    "votes:ortiz".to_string(),
                    2_310,
                    "Ortiz, a teacher, had 2,310 votes".to_string()
                ),
                (
                    "votes:lee".to_string(),
                    900,
                    "900 votes for Lee".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_surname_in_s_takes_a_bare_apostrophe() {
        let got = votes(
            "T\n\nLee received 9,310 votes to Republican Tom Hayes' 8,902, the clerk said.\n",
        );
        let classes: Vec<(&str, u64)> = got.iter().map(|(c, n, _)| (c.as_str(), *n)).collect();
        assert_eq!(classes, [("votes:lee", 9_310), ("votes:hayes", 8_902)]);
    }

    #[test]
    fn a_share_between_the_figures_still_gives_the_second_candidates_votes() {
        let got = votes(
            "T\n\nLee had 9,310 votes, or 50.8%, to Hale's 8,902, or 48.6%. Park drew 4,100 votes (52 percent) to Ruiz's 3,780.\n",
        );
        let classes: Vec<(&str, u64)> = got.iter().map(|(c, n, _)| (c.as_str(), *n)).collect();
        assert_eq!(
            classes,
            [
                ("votes:lee", 9_310),
                ("votes:hale", 8_902),
                ("votes:park", 4_100),
                ("votes:ruiz", 3_780)
            ]
        );
    }

    #[test]
    fn names_and_figures_parted_by_a_dash_under_a_results_label_are_votes() {
        let got = votes(
            "Minutes\n\nThe recount decided the seat by 7 votes.\n\nResults after recount:\nTom Hale — 2,412\nAnn Lee — 2,419\n\nDana Ortiz — 2027\n",
        );
        let classes: Vec<(&str, u64)> = got.iter().map(|(c, n, _)| (c.as_str(), *n)).collect();
        // A blank line ends the block: the line after it is no row.
        assert_eq!(classes, [("votes:hale", 2_412), ("votes:lee", 2_419)]);
    }

    #[test]
    fn a_results_tables_rows_under_a_votes_column_are_votes() {
        let got = votes(
            "T\n\nCandidate          Votes     Pct\nAndrea Szabo (D)   18,422    51.3%\nGregory Pell (R)   17,486    48.7%\nTotal              35,908\n\n| Candidate | Votes |\n| Mara Quist | 1,204 |\n\nYes   21,060\nRosa Diaz   2,000\n",
        );
        let classes: Vec<(&str, u64)> = got.iter().map(|(c, n, _)| (c.as_str(), *n)).collect();
        // "Total" is no name of two words; a row after a blank line is in no table.
        assert_eq!(
            classes,
            [
                ("votes:szabo", 18_422),
                ("votes:pell", 17_486),
                ("votes:quist", 1_204)
            ]
        );
    }

    #[test]
    fn lines_that_label_votes_with_a_name_are_votes() {
        let got = votes(
            "Results\n\nDelgado: 41,221 votes\n- Tom Reyes (R): 37,590 votes (47.7%)\nTurnout: 78,811 votes\n- Margin: 3,631 votes\n",
        );
        let classes: Vec<(&str, u64)> = got.iter().map(|(c, n, _)| (c.as_str(), *n)).collect();
        assert_eq!(
            classes,
            [("votes:delgado", 41_221), ("votes:reyes", 37_590)]
        );
        assert_eq!(got[0].2, "Delgado: 41,221 votes");
    }

    #[test]
    fn places_and_words_that_name_no_one_get_no_votes() {
        assert!(votes("T\n\nTexas received 38 votes. The Senate had 51 votes.\n").is_empty());
    }
}
