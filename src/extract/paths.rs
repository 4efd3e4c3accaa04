//! The dimensions of a tornado's path: "carved a 41.2-mile path", "its path was 14.2
//! miles long and up to 400 yards wide", a damage survey's "Path Length /statute/:
//! 14.2 miles". A tornado has one path, so two articles' lengths of it are one figure
//! told twice (a storm of many tornadoes has many: see `compare::measures`). Which
//! dimension a distance gives, and whether its sentence speaks of a path at all, is
//! read from the words of `data/path_words.tsv`. Distances are kept in feet, as radii
//! are (`super::radius`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{AmountClaim, AmountUnit, Interval};
use crate::text::pattern;

/// The measure class of a path's length.
pub const LENGTH: &str = "path:length";
/// The measure class of a path's width.
pub const WIDTH: &str = "path:width";

/// "14.2 miles", "41.2-mile path", "400 yards wide", "a 400-yard-wide path".
static DISTANCE: LazyLock<Regex> = LazyLock::new(|| {
    let number = crate::canon::numbers::number_pattern();
    pattern::compile(&format!(
        r"(?i)\b(?P<n>{number}(?:\.\d+)?)(?:[ \t]+|[ \t]*-[ \t]*)(?P<unit>miles?|mi|yards?|yds?|feet|foot|ft|kilomet(?:er|re)s?|km|met(?:er|re)s?)\b(?:[ \t-]+(?P<dim>long|wide)\b)?(?P<path>[ \t-]+path\b)?"
    ))
    .unwrap()
});

/// Which a word of `data/path_words.tsv` tells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tells {
    Length,
    Width,
    Thing,
}

/// `data/path_words.tsv`, by word.
static WORDS: LazyLock<rustc_hash::FxHashMap<&'static str, Tells>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/path_words.tsv"))
        .filter_map(|l| {
            let (w, t) = l.split_once('\t')?;
            let tells = match t.trim() {
                "length" => Tells::Length,
                "width" => Tells::Width,
                _ => Tells::Thing,
            };
            Some((w.trim(), tells))
        })
        .collect()
});

/// "path", "Path", "ornado", "wister": a sentence without them speaks of no path.
static MARKS: LazyLock<[memchr::memmem::Finder<'static>; 4]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new("path"),
        memchr::memmem::Finder::new("Path"),
        memchr::memmem::Finder::new("ornado"),
        memchr::memmem::Finder::new("wister"),
    ]
});

/// Whether a sentence may give a path's dimension: the cheap test before the pattern.
pub fn may_hold(text: &str) -> bool {
    MARKS.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// How many words before a distance may tell its dimension.
const WORDS_BEFORE: usize = 6;

/// The words of `text`, lowercased and stripped of marks around them.
fn words(text: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    text.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    })
}

/// Each dimension of a path a sentence gives, with its range in the sentence. The
/// measure's `what` is [`LENGTH`] or [`WIDTH`].
pub fn paths(text: &str) -> Vec<(Range<usize>, AmountClaim)> {
    let tells = |w: &str| WORDS.get(w).copied();
    if !words(text).any(|w| tells(&w) == Some(Tells::Thing)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in pattern::captures(&DISTANCE, text) {
        let m = c.get(0).unwrap();
        let dim = match c.name("dim").map(|d| d.as_str().to_ascii_lowercase()) {
            Some(d) if d == "wide" => Some(Tells::Width),
            Some(_) => Some(Tells::Length),
            None if c.name("path").is_some() => Some(Tells::Length),
            None => words(&text[m.end()..])
                .next()
                .and_then(|w| tells(&w))
                .filter(|t| *t == Tells::Width)
                .or_else(|| {
                    words(&text[..m.start()])
                        .rev()
                        .take(WORDS_BEFORE)
                        .find_map(|w| tells(&w).filter(|t| *t != Tells::Thing))
                }),
        };
        let what = match dim {
            Some(Tells::Length) => LENGTH,
            Some(Tells::Width) => WIDTH,
            _ => continue,
        };
        let Some(n) = crate::canon::numbers::measure_figure(&c["n"]) else {
            continue;
        };
        let unit = c["unit"].to_ascii_lowercase();
        // A whole number of miles or kilometers may be a length rounded: "a 23-mile
        // path" is the survey's 23.4 miles.
        let rounded = !c["n"].contains('.') && (unit.starts_with("mi") || unit.starts_with('k'));
        let value = if rounded {
            super::radius::to_feet(n - 0.5, &unit)
                .zip(super::radius::to_feet(n + 0.5, &unit))
                .map(|(lo, hi)| Interval {
                    lo: lo.lo,
                    hi: hi.hi,
                })
        } else {
            super::radius::to_feet(n, &unit)
        };
        let Some(value) = value else {
            continue;
        };
        out.push((
            m.start()..m.end(),
            AmountClaim {
                unit: AmountUnit::DistanceFeet,
                value,
                per: None,
                what: Some(what.to_string()),
                context: super::context_stems(text, m.start(), m.end()),
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Interval, String)> {
        paths(text)
            .into_iter()
            .map(|(r, x)| (x.what.unwrap(), x.value, text[r].to_string()))
            .collect()
    }

    #[test]
    fn a_paths_length_and_width_as_outlets_and_surveys_give_them() {
        assert_eq!(
            read("Its path was 14.2 miles long and up to 400 yards wide."),
            vec![
                (
                    LENGTH.into(),
                    Interval::exact(74976),
                    "14.2 miles long".into()
                ),
                (WIDTH.into(), Interval::exact(1200), "400 yards wide".into()),
            ]
        );
        assert_eq!(
            read("EF2 tornado carved 41.2-mile path through the parish"),
            vec![(
                LENGTH.into(),
                Interval::exact(217536),
                "41.2-mile path".into()
            )]
        );
        assert_eq!(
            read("Path Length /statute/:  14.2 miles"),
            vec![(LENGTH.into(), Interval::exact(74976), "14.2 miles".into())]
        );
        assert_eq!(
            read(
                "The tornado touched down at 6:42 p.m. and traveled 12 miles. At its widest, it was 300 yards across."
            ),
            vec![
                (
                    LENGTH.into(),
                    // A whole number of miles may be rounded: 11.5 to 12.5 miles.
                    Interval {
                        lo: 60720,
                        hi: Some(66000)
                    },
                    "12 miles".into()
                ),
                (WIDTH.into(), Interval::exact(900), "300 yards".into()),
            ]
        );
    }

    #[test]
    fn other_distances_are_no_paths() {
        // Where it touched down, a distance of no path, a sentence of no tornado.
        assert!(read("The tornado touched down 3 miles southwest of Dalton.").is_empty());
        assert!(read("The road is 12 miles long and was closed for a week.").is_empty());
        assert!(read("Crews cleared a 2-mile stretch of the highway.").is_empty());
    }
}
