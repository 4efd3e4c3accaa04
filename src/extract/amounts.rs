//! Money and percentages: "$48.6 million", "nearly $49 million", "up to $10,000 per day"
//! ("$10K/day"),
//! "$5-billion", "millions of dollars", "37%", "37 percent". Floors and ceilings
//! ("over", "as much as") make ranges, as for counts.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::facts::{HEDGES, alternation, hedged_to, not_a_bound};
use super::gates::{Gate, Gates};
use crate::model::{AmountClaim, AmountUnit, Claim, ClaimBody, Interval};
use crate::text::{Doc, pattern};

/// A sum's rate after it: "per day", "a year", "/month".
const RATE: &str =
    r"(?:\s+(?:per|a|an|each)\s+|/)(?P<per>day|week|month|year|person|household|resident)";

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    let hedges = alternation(HEDGES.iter().map(|(p, _)| p.as_str()));
    pattern::compile(&format!(
        r"(?i)(?:\b(?P<hedge>{hedges})\s+)?(?P<cur>[$£€])\s?(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)(?:[-–]\$?(?P<to>\d(?:[\d,]*\d)?(?:\.\d+)?))?(?:[\s-]*(?P<scale>million|billion|trillion|thousand|mln|bn|[mbk])\b)?(?P<rate>{RATE})?"
    ))
    .unwrap()
});

/// The currency of a sum's sign: "$" and "US$" are dollars, "£" pounds, "€" euros.
/// Another country's dollar ("C$", "A$", "NZ$", "HK$") is none of these: not read.
fn currency(text: &str, sign: regex::Match) -> Option<AmountUnit> {
    match sign.as_str() {
        "£" => Some(AmountUnit::Gbp),
        "€" => Some(AmountUnit::Eur),
        _ => {
            let before = &text[..sign.start()];
            let letters = before.len()
                - before
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .len();
            (letters == 0 || &before[before.len() - letters..] == "US").then_some(AmountUnit::Usd)
        }
    }
}

/// A sum whose currency is a word after it: "2.4 billion euros", "650 million euros",
/// "3 million US dollars", "40 million pounds sterling" ("pounds" alone may weigh), and
/// a broadcast script's "4-point-2 million dollars".
static MONEY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let hedges = alternation(HEDGES.iter().map(|(p, _)| p.as_str()));
    pattern::compile(&format!(
        r"(?i)(?:\b(?P<hedge>{hedges})\s+)?\b(?P<n>\d(?:[\d,]*\d)?(?:\.\d+|[\s-]point[\s-]\d+)?)(?:[\s-]*(?P<scale>million|billion|trillion|thousand|mln|bn|m)\b)?\s+(?P<cur>euros|(?:US\s+|U\.S\.\s+)?dollars|pounds\s+sterling)\b(?:{RATE}\b)?"
    ))
    .unwrap()
});

/// A sum in words, as a transcript or a broadcast script writes it: "forty-two million
/// dollars", "about five hundred thousand euros". Sums in digits are [`MONEY_WORD`]'s.
static SPELLED_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    let hedges = alternation(HEDGES.iter().map(|(p, _)| p.as_str()));
    let words = crate::canon::numbers::number_pattern();
    pattern::compile(&format!(
        r"(?i)(?:\b(?P<hedge>{hedges})\s+)?\b(?P<n>{words})(?P<rest>(?:[\s-]+(?:{words}|thousand|million|billion|trillion|and)){{0,8}}?)\s+(?P<cur>euros|(?:US\s+|U\.S\.\s+)?dollars)\b(?:{RATE}\b)?"
    ))
    .unwrap()
});

/// The tails of "dollars" and "euros" in lowercase and in capitals: a sentence with
/// none of them holds no sum in words.
static CURRENCY_TAILS: LazyLock<[memchr::memmem::Finder<'static>; 4]> =
    LazyLock::new(|| ["ollars", "OLLARS", "uros", "UROS"].map(memchr::memmem::Finder::new));

/// The value of a sum in words: its first number and the words after it up to the
/// currency ("forty-two" and " million" → 42,000,000). None when a word is left
/// unread ("two and three dollars") or the first number is in digits.
fn spelled_sum(first: &str, rest: &str) -> Option<u64> {
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let value = crate::canon::numbers::parse_number(first)?;
    if rest.trim().is_empty() {
        return Some(value);
    }
    let (total, used) = crate::canon::numbers::spelled_compound(value, rest)?;
    rest[used..].trim().is_empty().then_some(total)
}

/// A figure times its scale, hedged as the words before it say ("nearly $4 million").
fn scaled(text: &str, c: &regex::Captures, n: f64, scale: f64) -> Interval {
    hedge(
        text,
        c.name("hedge"),
        (n * scale).round() as u64,
        last_place(&c["n"]).map(|p| (p * scale).round() as u64),
    )
}

/// A sum's rate: its own ("$500 per day"), or one the words around it give ("an annual
/// $12,480").
fn rate_of(text: &str, per: Option<regex::Match>, m: regex::Match) -> Option<String> {
    per.map(|p| p.as_str().to_lowercase())
        .or_else(|| rate_around(&text[..m.start()], &text[m.end()..]))
        .map(|p| format!("per {p}"))
}

/// What a scale word or abbreviation after a sum multiplies by.
fn money_scale(scale: Option<regex::Match>) -> f64 {
    match scale.map(|x| x.as_str().to_lowercase()).as_deref() {
        Some("million" | "mln" | "m") => 1e6,
        Some("billion" | "bn" | "b") => 1e9,
        Some("trillion") => 1e12,
        Some("thousand" | "k") => 1e3,
        _ => 1.0,
    }
}

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    let hedges = alternation(HEDGES.iter().map(|(p, _)| p.as_str()));
    pattern::compile(&format!(
        r"(?i)(?:\b(?P<hedge>{hedges})\s+)?\b(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"
    ))
    .unwrap()
});

/// A percentage in words, as a broadcast script or a wire's sentence opening writes
/// it: "Ninety-six percent", "about sixty per cent", "four point two percent" (one
/// decimal, `tenth`). Digits are [`PERCENT`]'s.
static SPELLED_PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    let hedges = alternation(HEDGES.iter().map(|(p, _)| p.as_str()));
    let words = crate::canon::numbers::number_pattern();
    pattern::compile(&format!(
        r"(?i)(?:\b(?P<hedge>{hedges})\s+)?\b(?P<n>{words})(?:\s+point\s+(?P<tenth>zero|one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per cent)\b"
    ))
    .unwrap()
});

/// Whether a percentage is a fraction's ("one-half of one percent", "a tenth of 1%"):
/// the share is the fraction of it, which no figure of the text states.
fn of_a_fraction(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.next().is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            let w = w.rsplit('-').next().unwrap_or(&w);
            matches!(
                w.trim_end_matches('s'),
                "half" | "third" | "quarter" | "fourth" | "fifth" | "tenth" | "hundredth"
            )
        })
}

/// Whether a percentage is a study's confidence level ("95% CI, 0.65-0.91", "a 95
/// percent confidence interval"): a convention of the statistics, no finding.
fn confidence_level(after: &str) -> bool {
    let after = after.trim_start();
    after
        .strip_prefix("CI")
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        || after
            .get(..10)
            .is_some_and(|w| w.eq_ignore_ascii_case("confidence"))
}

static ERCENT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("ercent"));
static ER_CENT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("er cent"));

/// A figure in digits as a number reads it: thousands commas dropped, and a script's
/// spoken point ("4-point-2", "4 point 2") written as a decimal point.
fn decimal_point(figure: &str) -> String {
    let digits: String = figure.chars().filter(|&c| c != ',').collect();
    match digits.to_ascii_lowercase().split_once("point") {
        Some((whole, tenths)) => format!(
            "{}.{}",
            whole.trim_end_matches([' ', '-']),
            tenths.trim_start_matches([' ', '-'])
        ),
        None => digits,
    }
}

/// Whether the words after a rating make it a bound, not a reading: "aftershocks of
/// magnitude 2.5 or greater", "storms of Category 3 and above", "magnitude 4+".
fn is_threshold(after: &str) -> bool {
    let after = after.trim_start();
    after.starts_with('+')
        || ["or ", "and "].iter().any(|c| {
            after.strip_prefix(c).is_some_and(|rest| {
                ["greater", "higher", "larger", "more", "above", "stronger"]
                    .iter()
                    .any(|w| rest.starts_with(w))
            })
        })
}

/// An earthquake's magnitude ("magnitude 6.4", "a 6.4-magnitude quake", "Magnitude:
/// M 6.4", "an M6.4 earthquake"), a tornado's rating ("an EF3 tornado", "EF-3") and a
/// storm's category ("a Category 4 hurricane"; read only where a storm word is near).
static RATING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?:(?i:magnitude)[\s:-]+(?:M\s?)?(?P<m1>\d(?:\.\d)?)\b|\b(?P<m2>\d(?:\.\d)?)[\s-]*(?i:magnitude)\b|\bM ?(?P<m3>\d\.\d)[\s-]+(?i:earthquake|quake)\b|\bEF-?(?P<ef>[0-5])\b|\b(?i:category)[\s-]+(?P<cat>[1-5])\b)",
    )
    .unwrap()
});

/// A rating's range of winds, as a scale's legend gives it after the rating: "65 to 85
/// mph", "86-110 mph".
static SCALE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^[ \t]*[:=(—–-]?[ \t]*(?:[A-Za-z]+[ \t]*[.:—–-]+[ \t]*)?\d+[ \t]*(?:to|-|–)[ \t]*\d+",
    )
    .unwrap()
});

/// Whether the rating at `start..end` is a row of a scale's legend, not a rating given
/// to anything: "EF0...Weak......65 to 85 mph", or a line that opens with the rating
/// and gives its range of winds ("EF2: 111-135 mph").
fn in_a_scale(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    let leader = after.starts_with("..");
    let line_start = text[..start].trim_end_matches([' ', '\t']);
    let opens_line = line_start.is_empty() || line_start.ends_with('\n');
    leader || (opens_line && SCALE_RANGE.is_match(after))
}

/// Words that make "Category 4" a storm's category.
static STORM: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?i)\b(?:hurricane|typhoon|cyclone|storm)s?\b").unwrap());

static VAGUE_MONEY: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?i)\b(millions|billions) of dollars\b").unwrap());

/// How much of an article's start is read for what fell at its towns: its headline and
/// opening name the storm.
const ARTICLE_KIND_BYTES: usize = 2_000;

/// Every amount of a document. A sum in words is looked for only where `gates` saw a
/// number.
pub fn extract_amounts(doc: &Doc, gates: &Gates) -> Vec<Claim> {
    let mut found: Vec<(Range<usize>, AmountClaim)> = Vec::new();
    // What the article says fell (snow, rain), read once for the first sentence that
    // may hold a depth ("Ashby had 44 inches" says nothing of what).
    let mut article_kind: Option<Option<&'static str>> = None;
    // Prose, and the lines of a fact sheet ("Containment: 15%"), whose context is their
    // label and the article's title.
    // Headlines too, for a rating only ("Marisol slams Big Bend as Category 4 storm"): a
    // headline's sum or share is often rounded or a teaser's, a rating never is.
    let fact_lines = doc.counted_sentences().filter_map(|s| {
        use crate::text::BlockKind;
        let kind = doc.blocks[s.block].kind;
        let headline = matches!(kind, BlockKind::Title | BlockKind::Heading);
        let label = crate::text::fact_line::fact_line(doc.text(&s.range)).map(|f| f.label);
        (kind == BlockKind::Prose || headline || label.is_some()).then_some((s, label, headline))
    });
    for (s, label, headline) in fact_lines {
        let text = doc.text(&s.range);
        let first = found.len();
        let at = |m: regex::Match| s.range.start + m.start()..s.range.start + m.end();
        // Each pattern needs its own marks ("$"; a digit and "%" or "per"; "of dollars"):
        // sentences without them are not searched.
        let digit = pattern::has_digit(text);
        // Sums and shares: not a headline's words.
        let sums = !headline || label.is_some();
        // "£" and "€" by a byte of their UTF-8 forms (0xA3, 0xAC).
        let money = sums
            && (pattern::has_byte(text, b'$')
                || pattern::has_byte(text, 0xA3)
                || pattern::has_byte(text, 0xAC));
        let percent = sums
            && digit
            && (pattern::has_byte(text, b'%') || pattern::contains_ignore_case(text, "per"));
        // "percent" and "per cent" in lowercase, as prose writes them after a number
        // word: found by their tails, with no case folding, as most sentences have none.
        let spelled_percent = sums
            && (ERCENT.find(text.as_bytes()).is_some() || ER_CENT.find(text.as_bytes()).is_some());
        let vague = sums && pattern::contains_ignore_case(text, "of dollars");
        if money {
            for c in pattern::captures(&MONEY, text) {
                let mut m = c.get(0).unwrap();
                let Ok(n) = c["n"].replace(',', "").parse::<f64>() else {
                    continue;
                };
                let Some(currency) = currency(text, c.name("cur").unwrap()) else {
                    continue;
                };
                // "$1.34 billion a year ago" is no rate: the sum ends before "a year".
                let ago = c.name("rate").filter(|_| {
                    text[m.end()..]
                        .get(..4)
                        .is_some_and(|w| w.eq_ignore_ascii_case(" ago"))
                });
                if let Some(rate) = ago {
                    m = MONEY.find_at(&text[..rate.start()], m.start()).unwrap_or(m);
                }
                let scale = money_scale(c.name("scale"));
                // "$1.87": cents with no scale word are cents, not a rounded dollar.
                // A price in pence or euro cents is not read.
                let cents = scale == 1.0 && c["n"].contains('.');
                let (unit, scale) = match (currency, cents) {
                    (AmountUnit::Usd, true) => (AmountUnit::UsdCents, 100.0),
                    (_, true) => continue,
                    (unit, false) => (unit, scale),
                };
                // "$5.6-5.7 billion": a range, both ends in the scale after the second.
                let to = c
                    .name("to")
                    .and_then(|t| t.as_str().replace(',', "").parse::<f64>().ok())
                    .filter(|&t| t > n);
                let value = match to {
                    Some(t) => Interval {
                        lo: (n * scale).round() as u64,
                        hi: Some((t * scale).round() as u64),
                    },
                    None => scaled(text, &c, n, scale),
                };
                // "$1.2bn (£940m)": a sum in brackets right after a sum in another
                // currency is that sum converted, no claim of its own.
                if let Some(before) = text[..m.start()].trim_end().strip_suffix('(') {
                    let end = s.range.start + before.trim_end().len();
                    if found[first..]
                        .last()
                        .is_some_and(|(r, a)| r.end == end && a.unit != unit)
                    {
                        continue;
                    }
                }
                let per = rate_of(text, c.name("per").filter(|_| ago.is_none()), m);
                found.push((at(m), claim(text, m, unit, value, per)));
            }
        }
        let money_word = sums
            && digit
            && (pattern::contains_ignore_case(text, "euros")
                || pattern::contains_ignore_case(text, "dollars")
                || pattern::contains_ignore_case(text, "sterling"));
        if money_word {
            for c in pattern::captures(&MONEY_WORD, text) {
                let m = c.get(0).unwrap();
                let written = decimal_point(&c["n"]);
                let Ok(n) = written.parse::<f64>() else {
                    continue;
                };
                // "$3 million dollars": read once, with its sign.
                let figure = c.name("n").unwrap();
                if text[..figure.start()].trim_end().ends_with(['$', '£', '€']) {
                    continue;
                }
                let cur = c["cur"].to_ascii_lowercase();
                let unit = if cur.starts_with("euro") {
                    AmountUnit::Eur
                } else if cur.starts_with("pound") {
                    AmountUnit::Gbp
                } else {
                    AmountUnit::Usd
                };
                let scale = money_scale(c.name("scale"));
                // "1.50 euros": cents are not read.
                if scale == 1.0 && written.contains('.') {
                    continue;
                }
                let value = scaled(text, &c, n, scale);
                let per = rate_of(text, c.name("per"), m);
                found.push((at(m), claim(text, m, unit, value, per)));
            }
        }
        if sums
            && gates.open(&s.range, Gate::Count)
            && CURRENCY_TAILS
                .iter()
                .any(|f| f.find(text.as_bytes()).is_some())
        {
            for c in pattern::captures(&SPELLED_MONEY, text) {
                let m = c.get(0).unwrap();
                let Some(n) = spelled_sum(&c["n"], &c["rest"]) else {
                    continue;
                };
                let unit = if c["cur"].to_ascii_lowercase().starts_with("euro") {
                    AmountUnit::Eur
                } else {
                    AmountUnit::Usd
                };
                let value = hedge(text, c.name("hedge"), n, None);
                let per = rate_of(text, c.name("per"), m);
                found.push((at(m), claim(text, m, unit, value, per)));
            }
        }
        if percent {
            for c in pattern::captures(&PERCENT, text) {
                let m = c.get(0).unwrap();
                if of_a_fraction(&text[..m.start()]) || confidence_level(&text[m.end()..]) {
                    continue;
                }
                let Ok(n) = c["n"].parse::<f64>() else {
                    continue;
                };
                let value = hedge(
                    text,
                    c.name("hedge"),
                    (n * 10.0).round() as u64,
                    last_place(&c["n"]).map(|p| (p * 10.0).round() as u64),
                );
                found.push((
                    at(m),
                    claim(text, m, AmountUnit::PercentTenths, value, None),
                ));
            }
        }
        if spelled_percent {
            for c in pattern::captures(&SPELLED_PERCENT, text) {
                let m = c.get(0).unwrap();
                if of_a_fraction(&text[..m.start()]) {
                    continue;
                }
                let Some(n) = crate::canon::numbers::parse_number(&c["n"])
                    .filter(|n| *n <= 100 && !c["n"].starts_with(|c: char| c.is_ascii_digit()))
                else {
                    continue;
                };
                // "four point two five percent": the words read end a decimal's
                // second place, which a share in tenths cannot hold.
                let decimal = text[..m.start()]
                    .split_whitespace()
                    .rev()
                    .find(|w| crate::canon::numbers::parse_number(w).is_none())
                    .is_some_and(|w| w.eq_ignore_ascii_case("point"));
                if decimal {
                    continue;
                }
                let tenth = c
                    .name("tenth")
                    .and_then(|t| crate::canon::numbers::parse_number(t.as_str()));
                let (tenths, place) = match tenth {
                    Some(t) => (n * 10 + t, Some(1)),
                    None => (n * 10, None),
                };
                let value = hedge(text, c.name("hedge"), tenths, place);
                found.push((
                    at(m),
                    claim(text, m, AmountUnit::PercentTenths, value, None),
                ));
            }
        }
        if vague {
            for c in pattern::captures(&VAGUE_MONEY, text) {
                let m = c.get(0).unwrap();
                let value = if c[1].eq_ignore_ascii_case("millions") {
                    Interval {
                        lo: 2_000_000,
                        hi: Some(999_999_999),
                    }
                } else {
                    Interval {
                        lo: 2_000_000_000,
                        hi: Some(999_999_999_999),
                    }
                };
                found.push((at(m), claim(text, m, AmountUnit::Usd, value, None)));
            }
        }
        let rating = digit
            && (text.contains("EF")
                || pattern::contains_ignore_case(text, "quake")
                || pattern::contains_ignore_case(text, "agnitude")
                || pattern::contains_ignore_case(text, "ategory"));
        if rating {
            for c in pattern::captures(&RATING, text) {
                let m = c.get(0).unwrap();
                if is_threshold(&text[m.end()..]) {
                    continue;
                }
                let (unit, n) = if let Some(n) = c.name("m1").or(c.name("m2")).or(c.name("m3")) {
                    let Ok(n) = n.as_str().parse::<f64>() else {
                        continue;
                    };
                    (AmountUnit::MagnitudeTenths, (n * 10.0).round() as u64)
                } else if let Some(n) = c.name("ef") {
                    if in_a_scale(text, m.start(), m.end()) {
                        continue;
                    }
                    (AmountUnit::EfRating, n.as_str().parse().unwrap_or(0))
                } else if let Some(n) = c.name("cat")
                    && STORM.is_match(text)
                {
                    (AmountUnit::StormCategory, n.as_str().parse().unwrap_or(0))
                } else {
                    continue;
                };
                let value = Interval { lo: n, hi: Some(n) };
                found.push((at(m), claim(text, m, unit, value, None)));
            }
        }
        if !sums {
            continue;
        }
        let depth = digit && super::depths::may_hold(text);
        if depth && article_kind.is_none() {
            article_kind = Some(super::depths::kind_in(&doc.article.title).or_else(|| {
                super::depths::kind_in(
                    &doc.norm.text[..doc.norm.text.len().min(ARTICLE_KIND_BYTES)],
                )
            }));
        }
        let measures = [
            (digit && super::speeds::may_hold(text)).then(|| super::speeds::speeds(text)),
            super::radius::may_hold(text).then(|| super::radius::radii(text)),
            (digit && super::paths::may_hold(text)).then(|| super::paths::paths(text)),
            depth.then(|| super::depths::depths(text, article_kind.flatten())),
        ];
        for (r, measure) in measures.into_iter().flatten().flatten() {
            found.push((s.range.start + r.start..s.range.start + r.end, measure));
        }
        // "$4.5M, not the $45M in the original draft": a denied figure is no claim.
        let read = found.split_off(first);
        found.extend(read.into_iter().filter(|(r, _)| {
            let r = r.start - s.range.start..r.end - s.range.start;
            !super::denies_figure(&text[..r.start], &text[r])
        }));
        if let Some(label) = label {
            for (_, amount) in &mut found[first..] {
                amount.context = super::fact_line_context(doc, label);
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, amount))| Claim {
            id: format!("{}#amount{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Amount(amount),
            text: doc.words(&range),
            span: doc.span(&range),
        })
        .collect()
}

/// The figure and its range under a hedge. A figure written with decimals says how
/// precise it is: "roughly $6.8 billion" is $6.7–6.9 billion, not the fifth either side
/// a round "about $7 billion" gets, so it meets "$6.75 billion" and not "roughly $6.2
/// billion". `place` is the value of one unit in the figure's last decimal place.
fn hedge(text: &str, h: Option<regex::Match>, n: u64, place: Option<u64>) -> Interval {
    let base = Interval::exact(n);
    // "sued over $6.8 billion": "over" names the topic, not a floor.
    let Some(h) = h.filter(|h| !not_a_bound(h.as_str(), &text[..h.start()])) else {
        return base;
    };
    match super::facts::hedge_kind(h.as_str()) {
        Some(kind) => hedged_to(base, kind, place),
        None => base,
    }
}

/// One unit in the last decimal place of a figure as written ("6.8" → 0.1, "1.25" →
/// 0.01); none for a whole number, whose precision the words do not tell ("about 80").
fn last_place(written: &str) -> Option<f64> {
    let (_, decimals) = written.split_once('.')?;
    let places = decimals.bytes().take_while(u8::is_ascii_digit).count();
    (places > 0).then(|| 10f64.powi(-(places as i32)))
}

/// Words of a rate and the period each gives (`data/rate_words.tsv`).
static RATE_WORDS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/rate_words.tsv"))
        .filter_map(|l| {
            let (w, p) = l.split_once('\t')?;
            Some((w.to_lowercase(), p.trim().to_string()))
        })
        .collect()
});

/// The period of a sum said by a rate word around it: "annual savings of $45 million"
/// (the word two words before "of"), "$45 million annually", "$5 million annual budget".
fn rate_around(before: &str, after: &str) -> Option<String> {
    let period = |w: &str| {
        RATE_WORDS
            .iter()
            .find(|(r, _)| w.eq_ignore_ascii_case(r))
            .map(|(_, p)| p.clone())
    };
    let last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let before_of = match last[..] {
        ["of", _, rate] | ["of", rate, ..] => period(rate),
        // A label's rate word: "Projected annual savings: $3.1 million".
        [label, near, ..] if label.ends_with(':') && period(near).is_some() => period(near),
        [label, _, far] if label.ends_with(':') => period(far),
        _ => None,
    };
    let next = after
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches([',', '.', ';']));
    before_of.or_else(|| next.and_then(period))
}

fn claim(
    text: &str,
    m: regex::Match,
    unit: AmountUnit,
    value: Interval,
    per: Option<String>,
) -> AmountClaim {
    // "$4.5M, not the $45M in the original draft": the words after a denial are the
    // denied figure's, not this one's.
    let denial = super::opens_a_denial(&text[m.end()..]);
    let context = super::context_stems(
        if denial { &text[..m.end()] } else { text },
        m.start(),
        m.end(),
    );
    AmountClaim {
        unit,
        value,
        per,
        what: what_of(&text[..m.start()], &text[m.end()..]),
        context,
    }
}

/// Most words of the noun phrase after a sum that name what it is ("of combined sewer
/// overflow events").
const WHAT_WORDS: usize = 4;

/// Words that end the noun phrase after a sum (data/prepositions.txt).
pub(crate) static PREPOSITIONS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/prepositions.txt"))
            .flat_map(str::split_whitespace)
            .collect()
    });

/// The stem of the noun a sum is of, read from the words right after it: after "in",
/// "of" or "for" (and an article), or with none when an article or possessive comes
/// before the sum, up to four lowercase words that are not stopwords, prepositions or
/// adverbs in "-ly", the last of which is the noun ("$45 million in aid", "$2 million in
/// emergency aid for farms", "$40 million for rural water systems", "a $9 million
/// settlement"). A capital, a digit, a stopword or punctuation ends the phrase. Without
/// either ("$1.2 billion goes to schools") the next word may be a verb: none.
fn what_of(before: &str, after: &str) -> Option<String> {
    let mut words = after.split(' ').peekable();
    if words.peek() == Some(&"") {
        words.next();
    }
    let led = words
        .next_if(|w| matches!(*w, "in" | "of" | "for"))
        .is_some();
    if led {
        words.next_if(|w| matches!(*w, "the" | "a" | "an"));
    } else {
        let determiner = before
            .split_whitespace()
            .next_back()
            .is_some_and(super::is_determiner);
        if !determiner {
            return subject_of(before);
        }
    }
    let mut noun = None;
    for w in words.take(WHAT_WORDS) {
        let word = w.trim_end_matches([',', '.', ';', ':', ')']);
        if word.is_empty()
            || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || super::lists::STOPWORDS.contains(word)
            || PREPOSITIONS.contains(word)
            || word.ends_with("ly")
        {
            break;
        }
        // "in the quarter ended Sept. 30": a participle after the noun starts a clause
        // of its own.
        if noun.is_some() && word.ends_with("ed") {
            break;
        }
        // So does one in "-ing" after a plural: "73% of members voting".
        if noun.is_some_and(|n: &str| n.ends_with('s')) && word.ends_with("ing") {
            break;
        }
        noun = Some(word);
        if word.len() != w.len() {
            break;
        }
    }
    match noun {
        // "$4.12 billion in the quarter ended Sept. 30" says when; the subject may
        // say what.
        Some(noun) if PERIOD_NOUNS.contains(noun) => subject_of(before),
        noun => super::lists::stem_of(noun?),
    }
}

/// `data/period_nouns.txt`: spans of time a sum is "in" or "for".
static PERIOD_NOUNS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/period_nouns.txt")).collect());

/// `data/figure_links.tsv`: words that tie a figure to the subject before them, each
/// with whether "to" or "at" comes between.
static FIGURE_LINKS: LazyLock<Vec<(Vec<&'static str>, bool)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/figure_links.tsv"))
        .filter_map(|l| {
            let (words, how) = l.split_once('\t')?;
            Some((words.split(' ').collect(), how.trim() == "to"))
        })
        .collect()
});

/// Most words of a clause's subject read as what its figure is ("Net income").
const SUBJECT_WORDS: usize = 3;

/// The stem of the subject a sum is the figure of, when the clause opens with it and a
/// linking word stands between ("Revenue of $4.21 billion", "Revenue rose 7% to $4.12
/// billion", "Net income was $310 million"): its last word is the noun.
fn subject_of(before: &str) -> Option<String> {
    // The clause: after the sentence's last comma, semicolon or colon, with a bullet's
    // mark and the dashes of a list left out.
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let mut words: Vec<&str> = clause
        .split_whitespace()
        .filter(|w| w.contains(|c: char| c.is_alphanumeric()))
        .collect();
    let linked = FIGURE_LINKS.iter().any(|(link, to)| {
        let mut end = words.len();
        if *to {
            if !matches!(words.last(), Some(&("to" | "at"))) {
                return false;
            }
            end -= 1;
            // "rose 7% to": the change before "to" is another figure's.
            if end > 0 && words[end - 1].ends_with('%') {
                end -= 1;
            }
        }
        let Some(start) = end.checked_sub(link.len()) else {
            return false;
        };
        if words[start..end] != link[..] {
            return false;
        }
        words.truncate(start);
        true
    });
    if !linked || words.is_empty() || words.len() > SUBJECT_WORDS {
        return None;
    }
    // "The budget of ...": an article may open the subject; every other word is a word
    // of a name for a thing, in lowercase but the first.
    let first = usize::from(super::is_determiner(&words[0].to_lowercase()));
    let subject = &words[first..];
    let plain = |w: &&str| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let (head, rest) = subject.split_first()?;
    let head_lower = head.to_ascii_lowercase();
    if !(plain(&head_lower.as_str()) && rest.iter().all(plain)) {
        return None;
    }
    let noun = rest.last().copied().unwrap_or(head_lower.as_str());
    if super::lists::STOPWORDS.contains(noun) || PREPOSITIONS.contains(noun) {
        return None;
    }
    super::lists::stem_of(noun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn amounts(text: &str) -> Vec<AmountClaim> {
        let article = Article::from_text("t", "t.txt", &format!("Headline\n\n{text}\n"));
        let doc = Doc::new(&article);
        extract_amounts(&doc, &Gates::new(&doc))
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Amount(a) => Some(a),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_denied_figure_is_no_claim() {
        let lows = |text: &str| amounts(text).iter().map(|a| a.value.lo).collect::<Vec<_>>();
        assert_eq!(
            lows("The fund is $4.5M, not the $45M in the original draft."),
            [4_500_000]
        );
        assert_eq!(
            lows("It costs $2 million rather than $3 million."),
            [2_000_000]
        );
        // The words after the denial are the denied figure's.
        let fund = amounts("Fund is $4.5M, not the $45M in the original draft.");
        assert!(!fund[0].context.iter().any(|s| s.starts_with("orig")));
        assert_eq!(lows("They paid 40% instead of 30%."), [400]);
        // A bound is no denial.
        assert_eq!(lows("It will cost not more than $3 million.").len(), 1);
    }

    #[test]
    fn a_spoken_decimal_share_is_read_whole() {
        let shares = |text: &str| amounts(text).iter().map(|a| a.value.lo).collect::<Vec<_>>();
        assert_eq!(shares("Tuition rises four point two percent."), [42]);
        assert_eq!(shares("Turnout was sixty percent."), [600]);
        // A second decimal place is not read, and not read as a share of its own.
        assert!(shares("Rates rose four point two five percent.").is_empty());
    }

    #[test]
    fn a_scripts_spoken_point_is_a_decimal_point() {
        let lows = |text: &str| amounts(text).iter().map(|a| a.value.lo).collect::<Vec<_>>();
        assert_eq!(
            lows("HE TOOK 4-POINT-2 MILLION DOLLARS FROM CLIENTS."),
            [4_200_000]
        );
        assert_eq!(
            lows("The fund holds 3 point 5 billion euros."),
            [3_500_000_000]
        );
    }

    #[test]
    fn a_converted_sum_in_brackets_is_no_claim() {
        let units = |text: &str| amounts(text).iter().map(|a| a.unit).collect::<Vec<_>>();
        assert_eq!(
            units("Dalton seeks up to $1.2bn (£940m) in damages."),
            [AmountUnit::Usd]
        );
        assert_eq!(units("The fine is £40m ($51m)."), [AmountUnit::Gbp]);
        // Two sums of one currency, or a bracket away from the sum, are two claims.
        assert_eq!(units("It cost $4m ($3m in 2020).").len(), 2);
        assert_eq!(units("It cost $4m last year (£3m in 2020).").len(), 2);
    }

    #[test]
    fn a_sum_in_words_is_read_as_a_transcript_writes_it() {
        let read = |text: &str| {
            amounts(text)
                .iter()
                .map(|a| (a.value.lo, a.value.hi, a.unit))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("Today we are announcing forty-two million dollars for the roads."),
            [(42_000_000, Some(42_000_000), AmountUnit::Usd)]
        );
        assert_eq!(
            read("THE TOWN WILL SPEND TWELVE MILLION DOLLARS."),
            [(12_000_000, Some(12_000_000), AmountUnit::Usd)]
        );
        assert_eq!(
            read("The grant is worth about five hundred thousand euros."),
            [(400_000, Some(600_000), AmountUnit::Eur)]
        );
        // Digits are read once; words that make no one number are no sum.
        assert_eq!(read("It will cost 42 million dollars.").len(), 1);
        assert_eq!(read("He paid two and three dollars."), []);
    }

    #[test]
    fn a_labels_rate_word_is_the_sums_rate() {
        let per = |text: &str| amounts(text).into_iter().map(|a| a.per).collect::<Vec<_>>();
        assert_eq!(
            per("Projected annual savings: $3.1 million."),
            [Some("per year".to_string())]
        );
        assert_eq!(
            per("Annual budget: $3.1 million."),
            [Some("per year".to_string())]
        );
        assert_eq!(per("Projected savings: $3.1 million."), [None]);
    }

    #[test]
    fn a_comma_after_a_sum_ends_it() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "Headline\n\nThe penalty was $75,000, the smallest of the four.\n",
        );
        let doc = Doc::new(&article);
        let got = extract_amounts(&doc, &Gates::new(&doc));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].text, "$75,000");
    }

    #[test]
    fn a_headline_gives_its_rating_and_no_sum() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "The Ashby Ledger\n\nHurricane Lena hits coast as Category 4 storm, $2 billion in damage\n\nThe storm came ashore on Tuesday.\n",
        );
        let got: Vec<(AmountUnit, u64)> = {
            let doc = Doc::new(&article);
            extract_amounts(&doc, &Gates::new(&doc))
        }
        .into_iter()
        .filter_map(|c| match c.body {
            ClaimBody::Amount(a) => Some((a.unit, a.value.lo)),
            _ => None,
        })
        .collect();
        assert_eq!(got, vec![(AmountUnit::StormCategory, 4)]);
    }

    #[test]
    fn ratings_of_quakes_tornadoes_and_storms() {
        let ratings = |text: &str| -> Vec<(AmountUnit, u64)> {
            amounts(text)
                .into_iter()
                .filter(|a| a.unit.is_rating())
                .map(|a| (a.unit, a.value.lo))
                .collect()
        };
        use AmountUnit::{EfRating, MagnitudeTenths, StormCategory};
        assert_eq!(
            ratings("A magnitude 6.4 earthquake struck, then a 5.1-magnitude aftershock."),
            vec![(MagnitudeTenths, 64), (MagnitudeTenths, 51)]
        );
        assert_eq!(ratings("Magnitude: M 6.4"), vec![(MagnitudeTenths, 64)]);
        // A bound is no reading.
        assert_eq!(
            ratings(
                "A magnitude 4.4 quake hit; 9 aftershocks of magnitude 2.5 or greater followed."
            ),
            vec![(MagnitudeTenths, 44)]
        );
        assert_eq!(
            ratings("An M7.1 quake hit the coast."),
            vec![(MagnitudeTenths, 71)]
        );
        assert_eq!(
            ratings("The weather service rated it an EF-3 with 150 mph winds."),
            vec![(EfRating, 3)]
        );
        assert_eq!(
            ratings("Hurricane Lena made landfall as a Category 4 storm."),
            vec![(StormCategory, 4)]
        );
        // A category of another thing, and "EF" inside a word, are no ratings.
        assert!(ratings("The Category 2 permits and the EFT3 form were filed.").is_empty());
        // A survey's rating line is one; the scale's legend is none.
        assert_eq!(
            ratings(
                "Survey\n\nRating:      EF2\nFatalities:  0\n\nThe scale:\nEF0...Weak......65 to 85 mph\nEF1...Weak......86 to 110 mph\n\nEF4: 166-200 mph\n"
            ),
            vec![(EfRating, 2)]
        );
        assert_eq!(
            ratings("The tornado was an EF1 (86-110 mph) when it hit the school."),
            vec![(EfRating, 1)]
        );
    }

    #[test]
    fn up_to_where_a_figure_rises_is_no_ceiling() {
        let a = amounts("The daily pass is going up to $5.50. Fines of up to $500 apply.");
        assert_eq!(a[0].value, Interval::exact(550));
        assert_eq!(
            a[1].value,
            Interval {
                lo: 0,
                hi: Some(500)
            }
        );
    }

    #[test]
    fn money_with_scales_hedges_and_rates() {
        let a = amounts(
            "It got $3.4 million, nearly $4 million in all, and fines of up to $500 per day. A $5-billion plan failed.",
        );
        assert_eq!(a[0].value, Interval::exact(3_400_000));
        assert!(a[1].value.contains(3_400_000) && !a[1].value.contains(4_000_000));
        assert_eq!(
            a[2].value,
            Interval {
                lo: 0,
                hi: Some(500)
            }
        );
        assert_eq!(a[2].per.as_deref(), Some("per day"));
        assert_eq!(a[3].value, Interval::exact(5_000_000_000));
    }

    #[test]
    fn pounds_euros_and_other_dollars() {
        let a = amounts(
            "Ministers pledged £350m, then €2.4 billion and US$40 million; tickets cost £4.50. The mine cost C$1.5 billion, A$2bn, $7 million.",
        );
        let got: Vec<(AmountUnit, u64)> = a.iter().map(|x| (x.unit, x.value.lo)).collect();
        assert_eq!(
            got,
            [
                (AmountUnit::Gbp, 350_000_000),
                (AmountUnit::Eur, 2_400_000_000),
                (AmountUnit::Usd, 40_000_000),
                (AmountUnit::Usd, 7_000_000),
            ]
        );
    }

    #[test]
    fn a_currency_named_after_the_figure() {
        let a = amounts(
            "It seeks savings of 2.4 billion euros and paid 3 million US dollars, or $5 million dollars in all. The haul weighed 300 pounds.",
        );
        let got: Vec<(AmountUnit, u64)> = a.iter().map(|x| (x.unit, x.value.lo)).collect();
        assert_eq!(
            got,
            [
                (AmountUnit::Eur, 2_400_000_000),
                (AmountUnit::Usd, 3_000_000),
                (AmountUnit::Usd, 5_000_000),
            ]
        );
    }

    #[test]
    fn cents_ranges_and_a_year_ago() {
        let a = amounts(
            "EPS was $1.87, against $2 a year ago. Sales were $1.34 billion a year ago. It sees $5.6-5.7 billion and a $2.75 fare per day.",
        );
        let got: Vec<(AmountUnit, Interval, Option<&str>)> = a
            .iter()
            .map(|x| (x.unit, x.value, x.per.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (AmountUnit::UsdCents, Interval::exact(187), None),
                (AmountUnit::Usd, Interval::exact(2), None),
                (AmountUnit::Usd, Interval::exact(1_340_000_000), None),
                (
                    AmountUnit::Usd,
                    Interval {
                        lo: 5_600_000_000,
                        hi: Some(5_700_000_000)
                    },
                    None
                ),
                (AmountUnit::UsdCents, Interval::exact(275), None),
            ]
        );
    }

    #[test]
    fn a_hedged_figure_with_decimals_is_as_precise_as_its_last_place() {
        let a = amounts(
            "It withheld roughly $6.8 billion, about $7 billion, nearly $1.25 million and about 51.8% of it.",
        );
        let range = |i: usize| (a[i].value.lo, a[i].value.hi);
        assert_eq!(range(0), (6_700_000_000, Some(6_900_000_000)));
        // A whole figure keeps the fifth either side a round number gets.
        assert_eq!(range(1), (5_600_000_000, Some(8_400_000_000)));
        assert_eq!(range(2), (1_240_000, Some(1_249_999)));
        assert_eq!(range(3), (517, Some(519)));
    }

    /// "Containment: 15%" on a fact sheet is a percentage, with its label as context.
    #[test]
    fn over_after_a_lawsuit_says_what_it_is_about() {
        let a = amounts("States sued over $6.8 billion in funds. It costs over $2 million.");
        assert_eq!(a[0].value, Interval::exact(6_800_000_000));
        assert_eq!(a[1].value.hi, None);
        // The one sued stands between: "over" still names the topic.
        for text in [
            "Iowa is one of 23 states suing the U.S. Department of Education over $6.8 billion.",
            "Ohio sued the state education department over $6.8 billion.",
            "A lawsuit against Acme Corp. over $6.8 billion was filed.",
        ] {
            assert_eq!(
                amounts(text)[0].value,
                Interval::exact(6_800_000_000),
                "{text}"
            );
        }
        // A phrase of its own between them makes it "more than" again.
        for text in [
            "Ohio sued the firm for over $6.8 billion.",
            "The suit, which seeks over $6.8 billion, was filed.",
            "The suit seeks over $6.8 billion.",
            "A probe of Acme's books found over $6.8 billion missing.",
            "Suing Acme cost Ohio over $6.8 billion.",
        ] {
            assert_eq!(amounts(text)[0].value.hi, None, "{text}");
        }
    }

    #[test]
    fn a_fact_sheets_percentage_is_read() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "FIRE UPDATE\n\nIncident Facts\nContainment: 15%\nCost: $4,200,000\n",
        );
        let doc = Doc::new(&article);
        let a: Vec<_> = extract_amounts(&doc, &Gates::new(&doc))
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Amount(a) => Some(a),
                _ => None,
            })
            .collect();
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].value, Interval::exact(150));
        assert!(a[0].context.contains(&"conta".to_string()), "{a:?}");
        assert_eq!(a[1].value, Interval::exact(4_200_000));
        assert!(a[1].context.contains(&"cost".to_string()), "{a:?}");
    }

    #[test]
    fn the_noun_a_sum_is_of() {
        let what = |text: &str| -> Vec<Option<String>> {
            amounts(text).into_iter().map(|a| a.what).collect()
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            what("It frees $40 million in emergency aid for farms and $5 million in aid."),
            [some("aid"), some("aid")]
        );
        assert_eq!(
            what("A $9 million settlement and the $1.2 billion fund."),
            [some("settl"), some("fund")]
        );
        assert_eq!(
            what("Of 37% of combined sewer overflow events, $2 million goes to schools."),
            [some("event"), None]
        );
        // A participle after a plural starts a clause; after a singular it may be the
        // noun ("emergency housing").
        assert_eq!(
            what("By 71% of members voting, $2 million in emergency housing passed."),
            [some("membe"), some("housi")]
        );
        assert_eq!(
            what(
                "Fines of $500 per day under the law; it rose 40% since 2021 and $3 million in Fresno."
            ),
            [some("fines"), None, None]
        );
        // A participle after the noun starts a clause of its own; a span of time says
        // when, and the clause's subject, tied to the sum, says what.
        assert_eq!(
            what("The $48 million budget passed. Aid of $2 million in the quarter ended May 1."),
            [some("budge"), some("aid")]
        );
        assert_eq!(
            what("Revenue rose 7% to $4.12 billion. Net income was $310 million."),
            [None, some("reven"), some("incom")]
        );
        // A subject of more words, or one that names someone, is not read.
        assert_eq!(
            what("Pike Mills on Tuesday reported revenue of $4 billion. Ann Lee was $2 short."),
            [None, None]
        );
    }

    #[test]
    fn a_rate_said_by_a_word_around_the_sum() {
        let a = amounts(
            "It expects annual savings of $45 million. Dues rise to $30 monthly. A fee of $9 applies.",
        );
        assert_eq!(a[0].per.as_deref(), Some("per year"));
        assert_eq!(a[1].per.as_deref(), Some("per month"));
        assert_eq!(a[2].per, None);
    }

    #[test]
    fn a_rate_written_with_a_slash() {
        let a = amounts("Rent: $2.5M/year. Fines run $500/day.");
        assert_eq!(a[0].value, Interval::exact(2_500_000));
        assert_eq!(a[0].per.as_deref(), Some("per year"));
        assert_eq!(a[1].per.as_deref(), Some("per day"));
    }

    #[test]
    fn percentages_in_both_spellings() {
        let a = amounts("Turnout was 41% in May and 41 percent in June, about 12.5 percent lower.");
        assert_eq!(a[0].value, a[1].value);
        assert_eq!(a[0].unit, AmountUnit::PercentTenths);
        assert!(a[2].value.contains(125));
    }

    #[test]
    fn a_fraction_of_a_percent_is_no_percentage() {
        for text in [
            "The margin is within one-half of one percent of the votes cast.",
            "Fees rose by a tenth of 1% this year.",
            "Only three-quarters of one percent voted.",
        ] {
            assert!(amounts(text).is_empty(), "{text}");
        }
        assert_eq!(
            amounts("Half of 40 voters, or 50 percent, agreed.").len(),
            1
        );
    }

    #[test]
    fn a_confidence_level_is_no_percentage() {
        for text in [
            "Risk fell 23% (hazard ratio, 0.77; 95% CI, 0.65-0.91).",
            "Risk fell 23 percent (95 percent confidence interval, 0.65 to 0.91).",
        ] {
            let a = amounts(text);
            assert_eq!(a.len(), 1, "{text}: {a:#?}");
            assert_eq!(a[0].value, Interval::exact(230));
        }
    }
}
