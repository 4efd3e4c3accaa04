//! Depths fallen at a place: "Pine Hollow got 48.5 inches of snow", "Ashby had 44
//! inches", "6.2 inches of rain fell in Houston", "nearly 2 feet of snow in Erie". A
//! town's snow or rain total of one storm is one figure, so two articles' totals of
//! one town are one figure told twice. The place is the clause's subject before a
//! verb of receiving (`data/depth_verbs.txt`) or the town after "in" or "at"; a depth
//! with no town (a storm's "more than 4 feet of snow" somewhere) varies by place and is
//! not read. What fell is named by the words after the figure ("of snow"), else by the
//! sentence, else by the article (`data/depth_kinds.tsv`). Depths are kept in tenths of
//! an inch; metric ones are ranges, as conversions round. Forecasts ("could see 2
//! feet") are not read.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{AmountClaim, AmountUnit, Interval};
use crate::text::pattern;

/// "48.5 inches", "44 inches", "2 feet", "a foot", "30 centimeters", with a hedge
/// before it.
static DEPTH: LazyLock<Regex> = LazyLock::new(|| {
    let number = crate::canon::numbers::number_pattern();
    let hedges = super::facts::alternation(super::facts::HEDGES.iter().map(|(p, _)| p.as_str()));
    pattern::compile(&format!(
        r"(?i)(?:\b(?P<hedge>{hedges})[ \t]+)?\b(?P<n>{number}(?:\.\d+)?|a)[ \t-]*(?P<unit>inches|inch|in\.|feet|foot|ft\.?|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm)(?:\b|$)"
    ))
    .unwrap()
});

/// `data/depth_kinds.tsv`: words that name what fell, and the kind each names.
static KINDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/depth_kinds.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, k)| (w.trim(), k.trim()))
        .collect()
});

/// `data/depth_verbs.txt`: verbs between a town and the depth it got ("got", "had",
/// "recorded", "picked up").
static VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = crate::data::lines(include_str!("../../data/depth_verbs.txt")).collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
});

/// "inch", "feet", "foot", "imet" (centimeters, millimeters) and "cm", "mm": a sentence
/// without them holds no depth; one with them may hold none ("perimeter"), as a cheap
/// test may pass a sentence the pattern then turns away.
static MARKS: LazyLock<[memchr::memmem::Finder<'static>; 6]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new("inch"),
        memchr::memmem::Finder::new("feet"),
        memchr::memmem::Finder::new("foot"),
        memchr::memmem::Finder::new("imet"),
        memchr::memmem::Finder::new("cm"),
        memchr::memmem::Finder::new("mm"),
    ]
});

/// Whether a sentence may hold a depth: the cheap test before the pattern runs.
pub fn may_hold(text: &str) -> bool {
    MARKS.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// What fell, by the first word of `text` that names it ("snow", "rain").
pub fn kind_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    KINDS
        .iter()
        .filter_map(|(w, k)| find_word(&lower, w).map(|at| (at, *k)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, k)| k)
}

/// Each depth of a sentence fallen at a named town, with its range in the sentence.
/// `article_kind` is what the article says fell, for a sentence that does not say
/// ("Ashby had 44 inches"). The depth's `what` is the kind and the town ("snow:Orchard
/// Park").
pub fn depths(text: &str, article_kind: Option<&str>) -> Vec<(Range<usize>, AmountClaim)> {
    let mut out = Vec::new();
    for c in pattern::captures(&DEPTH, text) {
        let m = c.get(0).unwrap();
        let figure = c.name("n").unwrap();
        let before = &text[..m.start()];
        if before.split_whitespace().rev().take(4).any(|w| {
            super::speeds::UNREAL.contains(
                w.trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
            )
        }) {
            continue;
        }
        let after = &text[m.end()..];
        let clause_end = after.find([',', ';', '.']).unwrap_or(after.len());
        let named_kind = after.strip_prefix(" of ").and_then(|a| {
            kind_in(
                a.split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            )
        });
        let kind = named_kind.or_else(|| kind_in(text)).or(article_kind);
        let Some(kind) = kind else {
            continue;
        };
        // "Pine Hollow got 48.5 inches and Ashby 44 inches": after a town's depth, the
        // next town's verb may be left out.
        let gapped = || (!out.is_empty()).then(|| gapped_town(before)).flatten();
        // A town after the depth only for a depth said to be of snow or rain ("6
        // inches of rain fell in Dalton"): "the river rose 3 feet in Dalton" is none.
        let Some(town) = town_before(before)
            .or_else(|| {
                named_kind
                    .is_some()
                    .then(|| town_after(&after[..clause_end]))
                    .flatten()
            })
            .or_else(gapped)
        else {
            continue;
        };
        let Some(mut value) = tenths(figure.as_str(), &c["unit"]) else {
            continue;
        };
        if let Some(kind) = c
            .name("hedge")
            .and_then(|h| super::facts::hedge_kind(h.as_str()))
        {
            value = super::facts::hedged_to(value, kind, None);
        }
        out.push((
            m.start()..m.end(),
            AmountClaim {
                unit: AmountUnit::DepthTenthInches,
                value,
                per: None,
                what: Some(format!("{kind}:{town}")),
                context: super::context_stems(text, m.start(), m.end()),
            },
        ));
    }
    out
}

/// Most words of a town's name.
const TOWN_WORDS: usize = 4;

/// The town right before a verb of receiving that ends `before`: "Pine Hollow got",
/// "Ashby had", "Pine Hollow has picked up".
fn town_before(before: &str) -> Option<String> {
    let trimmed = before.trim_end();
    let lower = trimmed.to_lowercase();
    let verb = VERBS.iter().find(|v| {
        lower.ends_with(*v) && {
            let at = lower.len() - v.len();
            at > 0 && lower.as_bytes()[at - 1] == b' '
        }
    })?;
    let head = trimmed[..trimmed.len() - verb.len()].trim_end();
    town_ending(head)
}

/// The town right before a depth whose verb is left out, after "and" or a comma: "and
/// Ashby" in "Pine Hollow got 48.5 inches and Ashby 44 inches".
fn gapped_town(before: &str) -> Option<String> {
    let trimmed = before.trim_end();
    let capitals: usize = trimmed
        .split(' ')
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .map(|w| w.len() + 1)
        .sum();
    let cut = trimmed.len().checked_sub(capitals.checked_sub(1)?)?;
    let (lead, name) = trimmed.split_at(cut);
    let led = lead.ends_with(" and ") || lead.ends_with(", ");
    (led && !name.is_empty()).then(|| clean(name))
}

/// The town a clause names after a depth: "in Houston", "at the airport in Erie".
fn town_after(after: &str) -> Option<String> {
    let rest = after
        .split_once(" in ")
        .or_else(|| after.split_once(" at "))
        .map(|(_, r)| r)?;
    let words: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .take(TOWN_WORDS)
        .collect();
    let name = words.join(" ");
    (!words.is_empty() && rest.starts_with(&name)).then(|| clean(&name))
}

/// The capitalized words that end `head`, a town's name: none when a word before them
/// in the same clause is capitalized too far back, or when they are a sentence's
/// first word alone that is no place ("It had").
fn town_ending(head: &str) -> Option<String> {
    let words: Vec<&str> = head.split(' ').collect();
    let capitals = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let run = &words[words.len() - capitals..];
    if run.is_empty() || run.len() > TOWN_WORDS {
        return None;
    }
    let name = clean(&run.join(" "));
    // "It had 4 inches": a sentence's first word alone, a common word, is no town.
    let lone_first = run.len() == words.len() && run.len() == 1;
    if lone_first && super::lists::STOPWORDS.contains(name.to_lowercase().as_str()) {
        return None;
    }
    (!name.is_empty()).then_some(name)
}

/// A name without the marks around it: "(Pine Hollow)" → "Pine Hollow".
fn clean(name: &str) -> String {
    name.trim_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("'s")
        .to_string()
}

/// A depth in tenths of an inch: exact for inches and feet, a fiftieth either side for
/// a metric one.
fn tenths(n: &str, unit: &str) -> Option<Interval> {
    let n = crate::canon::numbers::measure_figure(n)?;
    let unit = unit.to_ascii_lowercase();
    let (per_unit, metric) = if unit.starts_with("in") {
        (10.0, false)
    } else if unit.starts_with('f') {
        (120.0, false)
    } else if unit.starts_with('c') {
        (10.0 / 2.54, true)
    } else {
        (10.0 / 25.4, true)
    };
    let t = n * per_unit;
    if !(t > 0.0 && t < 1.0e6) {
        return None;
    }
    Some(if metric {
        Interval {
            lo: (t * 49.0 / 50.0).floor() as u64,
            hi: Some((t * 51.0 / 50.0).ceil() as u64),
        }
    } else {
        Interval::exact(t.round() as u64)
    })
}

/// The first place `word` stands as a whole word in `hay`.
fn find_word(hay: &str, word: &str) -> Option<usize> {
    hay.match_indices(word).map(|(at, _)| at).find(|&at| {
        let b = hay.as_bytes();
        (at == 0 || !b[at - 1].is_ascii_alphabetic())
            && b.get(at + word.len())
                .is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, kind: Option<&str>) -> Vec<(String, Interval, String)> {
        depths(text, kind)
            .into_iter()
            .map(|(r, x)| (x.what.unwrap(), x.value, text[r].to_string()))
            .collect()
    }

    #[test]
    fn a_towns_depth_by_its_verb_or_its_preposition() {
        assert_eq!(
            read(
                "Pine Hollow got 48.5 inches of snow by Sunday and Ashby 44 inches, the weather service said.",
                None
            ),
            vec![
                (
                    "snow:Pine Hollow".into(),
                    Interval::exact(485),
                    "48.5 inches".into()
                ),
                (
                    "snow:Ashby".into(),
                    Interval::exact(440),
                    "44 inches".into()
                )
            ]
        );
        // The kind from the article, the verb of several words.
        assert_eq!(
            read("Pine Hollow has picked up 84.5 inches.", Some("snow")),
            vec![(
                "snow:Pine Hollow".into(),
                Interval::exact(845),
                "84.5 inches".into()
            )]
        );
        assert_eq!(
            read("More than 6 inches of rain fell in Dalton overnight.", None),
            vec![(
                "rain:Dalton".into(),
                Interval { lo: 61, hi: None },
                "More than 6 inches".into()
            )]
        );
        assert_eq!(
            read("Nearly 2 feet of snow fell at Ashby.", None)[0].1,
            Interval {
                lo: 192,
                hi: Some(239)
            }
        );
    }

    #[test]
    fn a_towns_depth_after_measuring() {
        assert_eq!(
            read(
                "A storm buried the region, with Ashby measuring 24.5 inches by dawn.",
                Some("snow")
            ),
            vec![(
                "snow:Ashby".into(),
                Interval::exact(245),
                "24.5 inches".into()
            )]
        );
    }

    #[test]
    fn no_town_no_kind_or_a_forecast_is_no_depth() {
        assert!(
            read(
                "The storm dumped more than 4 feet of snow on the suburbs.",
                None
            )
            .is_empty()
        );
        assert!(read("Pine Hollow got 3 inches.", None).is_empty());
        assert!(read("Pine Hollow could see 2 feet of snow.", None).is_empty());
        assert!(read("The fence is 6 feet tall in Ashby.", None).is_empty());
        assert!(read("The river rose 3 feet in Ashby.", Some("rain")).is_empty());
    }
}
