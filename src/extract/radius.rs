//! Radii of an order: "residents within a half-mile were ordered to evacuate", "about
//! 1,600 residents within a 1-mile radius were evacuated", "those within 2 miles were
//! told to shelter in place". An evacuation or a shelter-in-place order has one radius,
//! so two articles' radii of one order are one figure told twice; what a radius bounds
//! is read from the cue words of its clause (`data/radius_cues.tsv`). Radii are kept
//! in feet; a metric one is a range a thirtieth wide either side, as conversions round.
//! Radii in capitals ("WITHIN 2 MILES") are not read.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{AmountClaim, AmountUnit, Interval};
use crate::text::pattern;

/// "within two miles", "within a half-mile", "within 1,000 feet", "a 1-mile radius",
/// "half a mile".
static RADIUS: LazyLock<Regex> = LazyLock::new(|| {
    let number = crate::canon::numbers::number_pattern();
    pattern::compile(&format!(
        r"(?i)\b(?:within[ \t]+(?:a[ \t]+|an[ \t]+)?(?:(?P<frac>half|quarter)[ \t-]*(?P<funit>mile)|half[ \t]+a[ \t]+(?P<hunit>mile)|(?P<n>{number}(?:\.\d+)?|a|one)[ \t-]*(?P<unit>miles?|mi|feet|foot|ft|yards?|kilomet(?:er|re)s?|km|met(?:er|re)s?)\b)(?:[ \t-]+radius)?|(?:a|an)[ \t]+(?P<rn>{number}(?:\.\d+)?)[ \t-]*(?P<runit>mile|kilomet(?:er|re)|km|foot|feet|yard|met(?:er|re))[ \t-]+radius)\b"
    ))
    .unwrap()
});

/// `data/radius_cues.tsv`: phrases that name the order a radius bounds.
static CUES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/radius_cues.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(p, o)| (p.trim(), o.trim()))
        .collect()
});

/// "ithin" and "adius": in "within" and "Within", "radius" and "Radius".
static MARKS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new("ithin"),
        memchr::memmem::Finder::new("adius"),
    ]
});

/// Whether a sentence may hold a radius: the cheap test before the pattern runs (a
/// case-blind search cost twice as much; a radius in capitals is not read).
pub fn may_hold(text: &str) -> bool {
    MARKS.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// Each radius of a sentence whose order its clause names, with its range in the
/// sentence. The radius's `what` is "radius:" and its order.
pub fn radii(text: &str) -> Vec<(Range<usize>, AmountClaim)> {
    let mut out = Vec::new();
    for c in pattern::captures(&RADIUS, text) {
        let m = c.get(0).unwrap();
        let Some(value) = feet(&c) else {
            continue;
        };
        let Some(order) = order_of(text, m.start(), m.end()) else {
            continue;
        };
        out.push((
            m.start()..m.end(),
            AmountClaim {
                unit: AmountUnit::DistanceFeet,
                value,
                per: None,
                what: Some(format!("radius:{order}")),
                context: super::context_stems(text, m.start(), m.end()),
            },
        ));
    }
    out
}

/// The radius in feet (see [`to_feet`]).
fn feet(c: &regex::Captures) -> Option<Interval> {
    let (n, unit) = if let Some(f) = c.name("frac") {
        let n = if f.as_str().eq_ignore_ascii_case("half") {
            0.5
        } else {
            0.25
        };
        (n, "mile".to_string())
    } else if c.name("hunit").is_some() {
        (0.5, "mile".to_string())
    } else {
        let (n, unit) = match (c.name("n"), c.name("rn")) {
            (Some(n), _) => (n.as_str(), &c["unit"]),
            (None, Some(n)) => (n.as_str(), &c["runit"]),
            _ => return None,
        };
        let n = crate::canon::numbers::measure_figure(n)?;
        (n, unit.to_ascii_lowercase())
    };
    to_feet(n, &unit)
}

/// A distance of `n` in `unit` (lowercase: "miles", "yard", "km", "meters", "feet") in
/// feet: exact for miles, feet and yards, a thirtieth either side for a metric one, as
/// conversions round. None for a distance of nothing or of a continent's size.
pub(super) fn to_feet(n: f64, unit: &str) -> Option<Interval> {
    let (per_unit, metric) = match unit.as_bytes()[0] {
        b'm' if unit.starts_with("mi") => (5280.0, false),
        b'm' => (3.280_84, true),
        b'k' => (3280.84, true),
        b'y' => (3.0, false),
        _ => (1.0, false),
    };
    let ft = n * per_unit;
    if !(ft > 0.0 && ft < 1.0e7) {
        return None;
    }
    Some(if metric {
        Interval {
            lo: (ft * 29.0 / 30.0).floor() as u64,
            hi: Some((ft * 31.0 / 30.0).ceil() as u64),
        }
    } else {
        Interval::exact(ft.round() as u64)
    })
}

/// The order a radius at `start..end` bounds: the first cue after it in its clause,
/// else the last one before it.
fn order_of(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let after = &text[end..];
    let clause_end = after.find([',', ';', '.']).unwrap_or(after.len());
    let after = after[..clause_end].to_ascii_lowercase();
    let before = &text[..start];
    let clause_start = before.rfind([',', ';', '.']).map_or(0, |p| p + 1);
    let before = before[clause_start..].to_ascii_lowercase();
    let first = |hay: &str| {
        CUES.iter()
            .filter_map(|(p, o)| find_word_start(hay, p).map(|at| (at, *o)))
            .min_by_key(|(at, _)| *at)
    };
    let last = |hay: &str| {
        CUES.iter()
            .filter_map(|(p, o)| rfind_word_start(hay, p).map(|at| (at, *o)))
            .max_by_key(|(at, _)| *at)
    };
    first(&after).or_else(|| last(&before)).map(|(_, o)| o)
}

/// The first place `phrase` stands at a word's start in `hay`.
fn find_word_start(hay: &str, phrase: &str) -> Option<usize> {
    hay.match_indices(phrase)
        .map(|(at, _)| at)
        .find(|&at| at == 0 || !hay.as_bytes()[at - 1].is_ascii_alphabetic())
}

/// The last place `phrase` stands at a word's start in `hay`.
fn rfind_word_start(hay: &str, phrase: &str) -> Option<usize> {
    hay.rmatch_indices(phrase)
        .map(|(at, _)| at)
        .find(|&at| at == 0 || !hay.as_bytes()[at - 1].is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Interval, String)> {
        radii(text)
            .into_iter()
            .map(|(r, x)| (x.what.unwrap(), x.value, text[r].to_string()))
            .collect()
    }

    #[test]
    fn each_radius_bounds_the_order_its_clause_names() {
        assert_eq!(
            read(
                "Residents within a half-mile were ordered to evacuate, and those within 2 miles were told to shelter in place."
            ),
            vec![
                (
                    "radius:evacuation".into(),
                    Interval::exact(2640),
                    "within a half-mile".into()
                ),
                (
                    "radius:shelter".into(),
                    Interval::exact(10560),
                    "within 2 miles".into()
                ),
            ]
        );
        assert_eq!(
            read("About 1,600 residents within a 1-mile radius were evacuated."),
            vec![(
                "radius:evacuation".into(),
                Interval::exact(5280),
                "within a 1-mile radius".into()
            )]
        );
        assert_eq!(
            read(
                "The shelter-in-place order for residents within one mile of the plant was lifted."
            ),
            vec![(
                "radius:shelter".into(),
                Interval::exact(5280),
                "within one mile".into()
            )]
        );
        assert_eq!(
            read(
                "Police cleared homes in a 1.5-kilometer radius, forcing 300 people to leave their homes."
            ),
            vec![]
        );
        assert_eq!(
            read(
                "Police cleared homes in a 2-kilometer radius so 300 people could leave their homes."
            ),
            vec![(
                "radius:evacuation".into(),
                Interval {
                    lo: 6342,
                    hi: Some(6781)
                },
                "a 2-kilometer radius".into()
            )]
        );
    }

    #[test]
    fn a_radius_of_no_order_is_not_read() {
        assert!(read("The school sits within 500 feet of the highway.").is_empty());
        assert!(
            read("Residents within a mile may use the Red Cross shelter at the school.").is_empty()
        );
    }
}
