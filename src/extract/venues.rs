//! Where a suit was filed: "filed in the U.S. District Court for the District of Rhode
//! Island", "filed in the Western District of Washington", "sued the department in
//! federal court in Boston", "a suit filed in state court in Austin", and a complaint's own caption ("UNITED STATES DISTRICT COURT / FOR
//! THE DISTRICT OF RHODE ISLAND"). A court in prose is read only in a sentence that
//! tells of a filing (`data/filing_words.txt`) before it: "a federal court in Boston
//! ruled" is no venue of the story's suit. A town is read as its state through the
//! gazetteer ("Providence" is Rhode Island); a town the gazetteer does not know, or
//! knows in several states, gives no venue. Words of another suit or of a move to
//! another court (`data/other_suit_words.txt`: "a similar suit", "a separate lawsuit",
//! "was transferred to") mark the venue as an aside.

use std::sync::LazyLock;

use regex::Regex;

use super::gates::{Gate, Gates};
use crate::canon::gazetteer::gazetteer;
use crate::canon::places::parse_place_at;
use crate::model::{Claim, ClaimBody, CourtLevel, PlaceKind, VenueClaim};
use crate::text::normalize::fold_name;
use crate::text::{Doc, pattern};

/// `data/filing_words.txt`: words that tell of a suit being filed.
static FILING_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/filing_words.txt")).collect());

/// `data/other_suit_words.txt`: words that tell of another suit than the story's.
static OTHER_SUIT_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/other_suit_words.txt")).collect());

/// A federal district court named with its district: "U.S. District Court for the
/// Southern District of New York", in any case (a caption is in capitals).
static DISTRICT_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?i)\b(?:u\.s\.|united states|federal)[ \t]+district[ \t]+court,?\s+for[ \t]+the[ \t]+(?:(northern|southern|eastern|western|middle|central)[ \t]+)?district[ \t]+of[ \t]+",
    )
    .unwrap()
});

/// A federal district named alone after "the": "filed in the Western District of
/// Washington". Capitalized, so "the district of" a school or a council is not read.
static THE_DISTRICT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"\bthe[ \t]+(?:(Northern|Southern|Eastern|Western|Middle|Central)[ \t]+)?District[ \t]+of[ \t]+",
    )
    .unwrap()
});

/// A court named by the town or state it sits in: "federal court in Boston", "U.S.
/// District Court in Providence", "state court in Austin".
static COURT_IN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"\b(?:(federal|[Ss]tate)(?:[ \t]+(?:district|bankruptcy|trial))?[ \t]+court|(?:U\.S\.|United States|[Ff]ederal)[ \t]+(?:District|district|Bankruptcy|bankruptcy)[ \t]+(?:Court|court))[ \t]+in[ \t]+",
    )
    .unwrap()
});

/// How far into an article a caption's court may stand, in bytes.
const CAPTION_REACH: usize = 600;

/// Every venue of a suit an article gives, in order of appearance. Only sentences of
/// prose, titles and headings that name a court are read, and the line after a court
/// near the top (a caption's district).
pub fn extract_venues(doc: &Doc, gates: &Gates) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut next = 0;
    for r in gates.open_sentences(Gate::Court) {
        let i = doc.sentences.partition_point(|s| s.range.start < r.start);
        let caption_line = (r.start < CAPTION_REACH).then_some(i + 1);
        for j in std::iter::once(i).chain(caption_line) {
            if j >= next && j < doc.sentences.len() {
                venues_of_sentence(doc, j, &mut out);
                next = j + 1;
            }
        }
    }
    out
}

/// The venues sentence `i` gives, pushed to `out`.
fn venues_of_sentence(doc: &Doc, i: usize, out: &mut Vec<Claim>) {
    let s = &doc.sentences[i];
    let text = doc.text(&s.range);
    let caption = s.range.start < CAPTION_REACH && is_capitals(text);
    // A caption's court and its district stand on two lines, read as one.
    let from = match i.checked_sub(1).map(|p| &doc.sentences[p]) {
        Some(p) if caption && is_capitals(doc.text(&p.range)) => p.range.start,
        _ => s.range.start,
    };
    let text = doc.text(&(from..s.range.end));
    for (start, end, venue) in venues_in(text) {
        if from + end <= s.range.start {
            // Read with the sentence before it already.
            continue;
        }
        let filed = text[..start]
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| FILING_WORDS.contains(w.to_ascii_lowercase().as_str()));
        if !(filed || caption) {
            continue;
        }
        let aside = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| OTHER_SUIT_WORDS.contains(w.to_ascii_lowercase().as_str()));
        // Evidence is one line: a caption's venue is shown by its district's line
        // ("FOR THE DISTRICT OF IDAHO"), which says where.
        let r = (from + start).max(s.range.start)..from + end;
        out.push(Claim {
            id: format!("{}#venue{}", doc.article.id, out.len() + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Venue(VenueClaim { aside, ..venue }),
            text: doc.words(&r),
            span: doc.span(&r),
        });
    }
}

/// A court named in any of its cases, or a federal district ("the District of Idaho"):
/// a sentence without either names no court (read for every sentence in
/// [`super::gates::Gates`]).
pub(crate) const COURT_GATE: &str = "[Cc]ourt|COURT|District of";

/// Whether a sentence is written in capitals (a caption's lines).
fn is_capitals(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (mut upper, mut all) = (0, 0);
    for c in letters {
        all += 1;
        upper += usize::from(c.is_uppercase());
    }
    all > 0 && upper * 10 >= all * 9
}

/// The venues a sentence names: (start, end, venue) with offsets into `text`.
fn venues_in(text: &str) -> Vec<(usize, usize, VenueClaim)> {
    let mut out = Vec::new();
    // A district named with its court, or alone after "the"; the first reading of a
    // span wins.
    for re in [&*DISTRICT_OF, &*THE_DISTRICT] {
        for c in pattern::captures(re, text) {
            let m = c.get(0).unwrap();
            if out.iter().any(|(s, e, _)| m.start() < *e && *s < m.end()) {
                continue;
            }
            let Some((state, end)) = state_named_at(text, m.end()) else {
                continue;
            };
            let district = c.get(1).map(|d| d.as_str().to_ascii_lowercase());
            out.push((
                m.start(),
                end,
                venue(CourtLevel::Federal, state, district, None),
            ));
        }
    }
    for c in pattern::captures(&COURT_IN, text) {
        let m = c.get(0).unwrap();
        if out.iter().any(|(s, e, _)| m.start() < *e && *s < m.end()) {
            continue;
        }
        let level = match c.get(1) {
            Some(w) if w.as_str().eq_ignore_ascii_case("state") => CourtLevel::State,
            _ => CourtLevel::Federal,
        };
        let Some(p) = parse_place_at(text, m.end()) else {
            continue;
        };
        let Some((state, town)) = state_of(&p.place) else {
            continue;
        };
        out.push((m.start(), p.range.end, venue(level, state, None, town)));
    }
    out.sort_by_key(|(s, _, _)| *s);
    out
}

fn venue(
    level: CourtLevel,
    state: String,
    district: Option<String>,
    town: Option<String>,
) -> VenueClaim {
    VenueClaim {
        level,
        state,
        district,
        town,
        aside: false,
    }
}

/// A state's name at `pos` in any case ("Rhode Island", "RHODE ISLAND"), longest first
/// (up to three words: "District of Columbia"): its code and where it ends.
fn state_named_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = &text[pos..];
    let mut ends: Vec<usize> = Vec::new();
    let mut at = 0;
    for w in rest.split(' ').take(3) {
        let word_end = at + w.len();
        let clean = w.trim_end_matches(|c: char| !c.is_alphabetic());
        if clean.is_empty() {
            break;
        }
        ends.push(at + clean.len());
        if clean.len() < w.len() {
            break;
        }
        at = word_end + 1;
    }
    ends.iter().rev().find_map(|&e| {
        gazetteer()
            .state_by_name(&rest[..e])
            .map(|s| (s.code.clone(), pos + e))
    })
}

/// The state a place is in, and its town when it is one: a state is itself, a town
/// with its state written is in it, a bare town is in the one state the gazetteer
/// knows it in.
fn state_of(place: &crate::model::Place) -> Option<(String, Option<String>)> {
    match place.kind {
        PlaceKind::State => Some((place.state.clone()?, None)),
        PlaceKind::City | PlaceKind::CityCounty | PlaceKind::Metro | PlaceKind::Unknown => {
            let state = match &place.state {
                Some(s) => s.clone(),
                None => {
                    let cities = gazetteer().cities(&fold_name(&place.name));
                    let first = cities.first()?;
                    if cities.iter().any(|c| c.state != first.state) {
                        return None;
                    }
                    first.state.clone()
                }
            };
            Some((state, Some(place.name.clone())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venues(text: &str) -> Vec<VenueClaim> {
        let article =
            crate::article::Article::from_text("t", "t.txt", &format!("Title\n\n{text}\n"));
        let doc = Doc::new(&article);
        extract_venues(&doc, &Gates::new(&doc))
            .into_iter()
            .map(|c| match c.body {
                ClaimBody::Venue(v) => v,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_district_court_named_with_its_district() {
        let v = venues(
            "The suit was filed in the U.S. District Court for the Southern District of Ohio.",
        );
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].level, CourtLevel::Federal);
        assert_eq!(v[0].state, "OH");
        assert_eq!(v[0].district.as_deref(), Some("southern"));
    }

    #[test]
    fn a_district_named_alone() {
        let v = venues("Ohio filed suit in the Western District of Michigan on Friday.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].state, "MI");
        assert_eq!(v[0].district.as_deref(), Some("western"));
        // Not a school's or a council's district, nor the District of Columbia as a
        // place.
        assert!(venues("Parents sued the School District of Erie in May.").is_empty());
        assert!(venues("The suit was filed in the District of Columbia.").is_empty());
    }

    #[test]
    fn a_town_is_read_as_its_state() {
        let v = venues("Ten counties sued the agency Monday in federal court in Boise.");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].state, "ID");
        assert_eq!(v[0].town.as_deref(), Some("Boise"));
    }

    #[test]
    fn a_court_with_no_filing_is_no_venue() {
        assert!(venues("A federal court in Boise ruled against the plan last year.").is_empty());
    }

    #[test]
    fn another_suit_is_an_aside() {
        let v = venues("A similar suit was filed in federal court in Boise in 2025.");
        assert_eq!(v.len(), 1);
        assert!(v[0].aside);
    }

    #[test]
    fn a_suit_moved_to_another_court_is_an_aside() {
        let v = venues("The suit, filed in Ohio, was transferred to federal court in Boise.");
        assert!(v[0].aside, "{v:?}");
    }

    #[test]
    fn a_town_in_two_states_gives_no_venue() {
        assert!(venues("Ohio sued the firm in federal court in Springfield.").is_empty());
    }

    #[test]
    fn a_captions_court_on_two_lines() {
        let article = crate::article::Article::from_text(
            "t",
            "t.txt",
            "Case 1:27-cv-00101 Document 1\n\nUNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF NEW YORK\n\nSTATE OF OHIO,\n\nPlaintiff.\n",
        );
        let doc = Doc::new(&article);
        let v = extract_venues(&doc, &Gates::new(&doc));
        assert_eq!(v.len(), 1, "{v:?}");
        let ClaimBody::Venue(venue) = &v[0].body else {
            unreachable!()
        };
        assert_eq!(venue.state, "NY");
        assert_eq!(venue.district.as_deref(), Some("eastern"));
    }

    #[test]
    fn a_state_court() {
        let v = venues("The union filed suit in state court in Boise on Friday.");
        assert_eq!(v[0].level, CourtLevel::State);
        assert_eq!(v[0].state, "ID");
    }
}
