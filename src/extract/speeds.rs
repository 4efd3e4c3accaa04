//! Speeds: "130 mph winds", "sustained winds near 115 mph (185 km/h)", "gusts up to 90
//! mph", "traveling at 85 mph in a 30 mph zone", an advisory's "MAXIMUM SUSTAINED
//! WINDS...115 MPH". Each speed is of a thing named by a word near it
//! (`data/speed_things.tsv`: wind, gust, motion, limit), kept in miles per hour; km/h
//! and knots are converted, as a range of the whole miles per hour they may round
//! from. Forecasts and conditions ("could reach 140 mph", "once winds drop below 30
//! mph") are not read: they are no account of what happened.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{AmountClaim, AmountUnit, Interval};
use crate::text::pattern;

static SPEED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?i)\b(?P<n>\d{1,3}(?:\.\d+)?)[\s-]*(?P<unit>mph|m\.p\.h\.|miles?[\s-]+(?:per|an|a)[\s-]+hour|km/h|kph|kmh|kilomet(?:er|re)s?[\s-]+(?:per|an|a)[\s-]+hour|knots|kts?)(?:\b|$)",
    )
    .unwrap()
});

/// `data/speed_things.tsv`: the thing a word near a speed names.
static THINGS: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/speed_things.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| (w.trim(), c.trim()))
        .collect()
});

/// `data/unreal_words.txt`: words that make a figure after them a forecast or a
/// condition.
pub(super) static UNREAL: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/unreal_words.txt")).collect());

/// Words read before a speed for its thing and for a forecast's or condition's word
/// (numbers and units are not counted: "MOVEMENT...N OR 360 DEGREES AT 12 MPH").
const BEFORE_WORDS: usize = 6;

/// The class of a storm's top wind: its peak or maximum sustained wind, one figure an
/// event has, where any other wind varies by place and hour.
pub const TOP_WIND: &str = "top wind";

/// The class of the top wind of a storm called a tropical storm or depression, not a
/// hurricane: another stage of the storm than a hurricane's top wind.
pub const TROPICAL_TOP_WIND: &str = "tropical storm's top wind";

/// A tropical storm or depression, and a hurricane, typhoon or cyclone, by name.
static TROPICAL: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?i)\btropical (?:storm|depression)").unwrap());
static HURRICANE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?i)\b(?:hurricane|typhoon|cyclone)").unwrap());

/// The class of a storm's forward speed, which changes by the hour: never one figure.
pub const STORM_MOTION: &str = "storm motion";

/// Words before a wind speed that make it the top one ("maximum sustained winds",
/// "peak winds").
const TOP_WORDS: [&str; 6] = ["maximum", "max", "peak", "sustained", "top", "highest"];

/// Words of a sentence that make its wind a storm's, whose wind is given as its top
/// one ("a Category 4 storm with 130 mph winds").
static STORM_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?i)\b(?:hurricane|typhoon|cyclone|tornado|category \d|EF-?\d)").unwrap()
});

/// Whether a wind speed is a storm's top wind: said so by a word before it, or given
/// in a sentence about a hurricane or a tornado.
fn top_wind(text: &str, before: &[String]) -> bool {
    before.iter().any(|w| TOP_WORDS.contains(&w.as_str())) || STORM_WORDS.is_match(text)
}

/// Words right after a speed that make it a difference between two ("59 mph over the
/// limit").
const RELATIVE: [&str; 8] = [
    "over", "above", "under", "below", "faster", "slower", "more", "less",
];

/// Whether a sentence may hold a speed: the cheap test before the pattern runs.
pub fn may_hold(text: &str) -> bool {
    pattern::contains_ignore_case(text, "mph")
        || pattern::contains_ignore_case(text, "m.p.h")
        || pattern::contains_ignore_case(text, " hour")
        || pattern::contains_ignore_case(text, "km/h")
        || pattern::contains_ignore_case(text, "kph")
        || pattern::contains_ignore_case(text, "kmh")
        || pattern::contains_ignore_case(text, "knot")
        || pattern::contains_ignore_case(text, " kt")
}

/// Each speed of a sentence, with its range in the sentence. The speed's `what` is
/// its thing's class; its `context`, the words around it.
pub fn speeds(text: &str) -> Vec<(Range<usize>, AmountClaim)> {
    let mut out = Vec::new();
    for c in pattern::captures(&SPEED, text) {
        let m = c.get(0).unwrap();
        let Ok(n) = c["n"].parse::<f64>() else {
            continue;
        };
        // "59 mph over the limit", "10 mph faster than": a difference, not a speed.
        let next = text[m.end()..]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        if RELATIVE.contains(&next.to_ascii_lowercase().as_str()) {
            continue;
        }
        let before = words_before(&text[..m.start()]);
        if before.iter().any(|w| UNREAL.contains(w.as_str())) {
            continue;
        }
        let Some(mut thing) = thing_after(&text[m.end()..]).or_else(|| thing_before(&before))
        else {
            continue;
        };
        if thing == "wind" && top_wind(text, &before) {
            thing = TOP_WIND;
            // "Tropical Storm Odalys, with maximum sustained winds of 50 mph": the
            // storm at another stage than a hurricane's landfall, never set against it.
            if TROPICAL.is_match(text) && !HURRICANE.is_match(text) {
                thing = TROPICAL_TOP_WIND;
            }
        } else if thing == "motion" && STORM_WORDS.is_match(text) {
            // "Odalys is moving north at 12 mph": a storm's pace changes by the hour.
            thing = STORM_MOTION;
        }
        let Some((lo, hi)) = in_mph(n, &c["unit"].to_ascii_lowercase()) else {
            continue;
        };
        let Some((value, start)) = hedged(&text[..m.start()], &before, lo, hi) else {
            continue;
        };
        out.push((
            start..m.end(),
            AmountClaim {
                unit: AmountUnit::SpeedMph,
                value,
                per: None,
                what: Some(thing.to_string()),
                context: super::context_stems(text, m.start(), m.end()),
            },
        ));
    }
    out
}

/// The whole miles per hour a speed written in `unit` may be: one figure for mph, the
/// two it falls between for a converted one (185 km/h is 114.95 mph: 114–115).
fn in_mph(n: f64, unit: &str) -> Option<(u64, u64)> {
    let factor = if unit.starts_with('m') {
        1.0
    } else if unit.starts_with('k') && !unit.starts_with("kt") && !unit.starts_with("kn") {
        1.0 / 1.609_344
    } else {
        1.150_779
    };
    let mph = n * factor;
    (mph > 0.0 && mph < 1000.0).then(|| (mph.floor() as u64, mph.ceil() as u64))
}

/// Lowercase words before a speed, nearest last, numbers and units left out.
fn words_before(before: &str) -> Vec<String> {
    let mut words: Vec<String> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '/'))
        .rev()
        .filter(|w| !w.is_empty() && !w.bytes().any(|b| b.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !SPEED.is_match(&format!("1 {w}")))
        .take(BEFORE_WORDS)
        .collect();
    words.reverse();
    words
}

/// The thing named by the last thing's word of the two right after a speed ("130 mph
/// winds", "a 50 mph speed limit").
fn thing_after(after: &str) -> Option<&'static str> {
    after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(2)
        .filter_map(|w| THINGS.get(w.to_lowercase().as_str()).copied())
        .last()
}

/// The thing named by the nearest thing's word before a speed, or by that word and
/// the one before it ("maximum authorized speed": a limit, where "speed" alone is
/// motion).
fn thing_before(before: &[String]) -> Option<&'static str> {
    let i = before
        .iter()
        .rposition(|w| THINGS.contains_key(w.as_str()))?;
    let pair = i
        .checked_sub(1)
        .and_then(|j| THINGS.get(format!("{} {}", before[j], before[i]).as_str()));
    pair.or_else(|| THINGS.get(before[i].as_str())).copied()
}

/// A speed's range under the hedge right before it, and where the hedge starts: "near"
/// and "about" are within a twentieth, "nearly" just under; "up to" and "as high as"
/// give the top speed itself; "more than" and "at least" a floor. None for a ceiling
/// ("less than", "under", "below"): a threshold, not a speed seen.
fn hedged(before: &str, words: &[String], lo: u64, hi: u64) -> Option<(Interval, usize)> {
    let trimmed = before.trim_end();
    let lower = trimmed.to_ascii_lowercase();
    let last = |n: usize| words[words.len().saturating_sub(n)..].join(" ");
    for n in [3, 2, 1] {
        if words.len() < n {
            continue;
        }
        let phrase = last(n);
        if !lower.ends_with(&phrase) {
            continue;
        }
        let start = trimmed.len() - phrase.len();
        let value = match phrase.as_str() {
            "near" | "about" | "around" | "roughly" | "approximately" | "some" | "an estimated" => {
                Interval {
                    lo: (lo as f64 * 0.95).floor() as u64,
                    hi: Some((hi as f64 * 1.05).ceil() as u64),
                }
            }
            "nearly" | "almost" | "close to" | "just under" => Interval {
                lo: (lo as f64 * 0.9).floor() as u64,
                hi: Some(hi),
            },
            "up to" | "as high as" | "of up to" | "reaching" | "peaking at" => {
                Interval { lo, hi: Some(hi) }
            }
            "more than" | "over" | "above" | "at least" | "exceeding" | "topping"
            | "in excess of" | "upwards of" => Interval { lo, hi: None },
            "less than" | "under" | "below" | "no more than" => return None,
            _ => continue,
        };
        return Some((value, start));
    }
    Some((Interval { lo, hi: Some(hi) }, before.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Interval, String)> {
        speeds(text)
            .into_iter()
            .map(|(r, s)| (s.what.unwrap(), s.value, text[r].to_string()))
            .collect()
    }

    fn exact(lo: u64, hi: u64) -> Interval {
        Interval { lo, hi: Some(hi) }
    }

    #[test]
    fn speeds_take_the_thing_after_or_the_nearest_before() {
        assert_eq!(
            read("The hurricane came ashore with 130 mph winds and gusts up to 160 mph."),
            vec![
                ("top wind".into(), exact(130, 130), "130 mph".into()),
                ("gust".into(), exact(160, 160), "up to 160 mph".into()),
            ]
        );
        assert_eq!(
            read("The driver was traveling at 85 mph in a 30-mph zone."),
            vec![
                ("motion".into(), exact(85, 85), "85 mph".into()),
                ("limit".into(), exact(30, 30), "30-mph".into()),
            ]
        );
        assert_eq!(
            read("MAXIMUM SUSTAINED WINDS...115 MPH...185 KM/H"),
            vec![
                ("top wind".into(), exact(115, 115), "115 MPH".into()),
                ("top wind".into(), exact(114, 115), "185 KM/H".into()),
            ]
        );
        assert_eq!(
            read(
                "The train was traveling about 47 mph. The maximum authorized speed for the track is 50 mph."
            ),
            vec![
                ("motion".into(), exact(44, 50), "about 47 mph".into()),
                ("limit".into(), exact(50, 50), "50 mph".into()),
            ]
        );
        assert_eq!(
            read("PRESENT MOVEMENT...N OR 360 DEGREES AT 12 MPH"),
            vec![("motion".into(), exact(12, 12), "12 MPH".into())]
        );
        assert_eq!(
            read("Tropical Storm Lena had maximum sustained winds of 50 mph."),
            vec![(
                "tropical storm's top wind".into(),
                exact(50, 50),
                "50 mph".into()
            )]
        );
        assert_eq!(
            read("The hurricane is moving north at 12 mph."),
            vec![("storm motion".into(), exact(12, 12), "12 mph".into())]
        );
    }

    #[test]
    fn hedges_give_ranges_and_floors() {
        assert_eq!(
            read("Winds near 100 miles per hour battered the pier.")[0].1,
            exact(95, 105)
        );
        assert_eq!(
            read("It had winds of more than 90 knots.")[0].1,
            Interval { lo: 103, hi: None }
        );
    }

    #[test]
    fn forecasts_conditions_and_ceilings_are_not_read() {
        assert!(read("Forecasters said winds could reach 140 mph by morning.").is_empty());
        assert!(read("Crews will start once winds drop below 30 mph.").is_empty());
        assert!(read("Gusts stayed under 40 mph all day.").is_empty());
        assert!(read("He was driving 59 mph over the limit.").is_empty());
        // No thing named: a speed of nothing the reader can compare.
        assert!(read("It went from zero to 60 mph in four seconds.").is_empty());
    }
}
