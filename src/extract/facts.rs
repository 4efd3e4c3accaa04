//! Stated facts: counts with what they count ("23 jurisdictions", "nearly two dozen
//! jurisdictions", "a seven-state agency", "Twelve of the 15").
//!
//! Vague quantities and hedges become ranges from `data/quantity_words.tsv` and
//! `data/hedges.tsv`, so that "nearly two dozen" (19–23) can agree with 23 and "more than
//! a dozen" (13 or more) with 15. Each count keeps the content words around it, which
//! the comparison uses to tell counts of one set from counts of another.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use super::gates::{Gate, Gates};
use super::lists::{STOPWORDS as STOP, noun_class, stems};
use crate::canon::gazetteer::gazetteer;
use crate::canon::numbers::{number_pattern, parse_number};
use crate::model::{Claim, ClaimBody, CountClaim, Interval};
use crate::text::normalize::fold_name;
use crate::text::{Doc, pattern};

fn data_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Vague quantity phrases and their ranges.
static QUANTITIES: LazyLock<Vec<(String, Interval)>> = LazyLock::new(|| {
    let mut v: Vec<(String, Interval)> = data_rows(include_str!("../../data/quantity_words.tsv"))
        .filter_map(|f| {
            let lo = f.get(1)?.parse().ok()?;
            let hi = match *f.get(2)? {
                "inf" => None,
                h => Some(h.parse().ok()?),
            };
            Some((f[0].to_string(), Interval { lo, hi }))
        })
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// Quantity words that stand for a round figure when no hedge comes before them
/// (marked "~" in `data/quantity_words.tsv`).
static ROUND: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    data_rows(include_str!("../../data/quantity_words.tsv"))
        .filter(|f| f.get(3) == Some(&"~"))
        .map(|f| f[0].to_lowercase())
        .collect()
});

pub(crate) static HEDGES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut v: Vec<(String, String)> = data_rows(include_str!("../../data/hedges.tsv"))
        .filter_map(|f| Some((f[0].to_string(), f.get(1)?.to_string())))
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// The kind of a hedge phrase as written, in any case and spacing ("More  than" →
/// "above"), from `data/hedges.tsv`.
pub(crate) fn hedge_kind(phrase: &str) -> Option<&'static str> {
    let phrase = phrase
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    HEDGES
        .iter()
        .find(|(p, _)| *p == phrase)
        .map(|(_, kind)| kind.as_str())
}

/// Last words of street names (`data/street_words.txt`).
static STREET_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/street_words.txt")).collect());

/// Whether the words after a number name a street, so the number is a street address:
/// one to three capitalized words ("Wells", "Ardmore Industrial") and a street word
/// ("St.", "Pkwy"). "12 Main Street businesses" is read as an address too, which costs a
/// rare count; a count of streets is written in lowercase ("three streets").
fn street_after(after: &str) -> bool {
    let mut words = after.split_whitespace();
    for i in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        if !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
        let mut buf = [0u8; 32];
        let lower = crate::text::normalize::ascii_lower(w.trim_end_matches(['.', ',']), &mut buf);
        if i > 0 && lower.is_some_and(|l| STREET_WORDS.contains(l)) {
            return true;
        }
    }
    false
}

/// First letters of broadcast call signs (`data/call_sign_prefixes.txt`).
static CALL_SIGN_PREFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/call_sign_prefixes.txt")).collect()
});

/// Whether a word is a station's call sign: a prefix letter and two or three more
/// capitals, perhaps with its band ("KPIK", "WBBM-TV").
fn is_call_sign(word: &str) -> bool {
    let sign = word.split_once('-').map_or(word, |(sign, band)| {
        if matches!(band, "AM" | "FM" | "TV" | "DT") {
            sign
        } else {
            ""
        }
    });
    (3..=4).contains(&sign.len())
        && sign.bytes().all(|b| b.is_ascii_uppercase())
        && CALL_SIGN_PREFIXES.iter().any(|p| sign.starts_with(p))
}

/// Words that make the number after them a label (`data/number_labels.txt`).
static NUMBER_LABELS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/number_labels.txt")).collect());

static NOT_COUNTED: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/not_counted.txt")).collect());

pub(crate) fn alternation<'a>(phrases: impl Iterator<Item = &'a str>) -> String {
    phrases
        .map(|p| regex::escape(p).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A hedge, a number or vague quantity, an optional "(15)", an optional "of the (15)".
static COUNT: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&count_pattern()).unwrap());

/// The pattern of [`COUNT`], also read for every sentence by [`super::gates`].
pub(crate) fn count_pattern() -> String {
    let hedges = alternation(HEDGES.iter().map(|(p, _)| p.as_str()));
    let quants = alternation(QUANTITIES.iter().map(|(p, _)| p.as_str()));
    format!(
        r"(?i)\b(?:(?P<hedge>{hedges})\s+)?(?P<q>{quants}|{num})(?:\s*\((?P<paren>\d+)\))?(?P<part>\s+of\s+(?:the|them|those|these|their)\b(?:\s+(?P<whole>{num})\b)?)?",
        num = number_pattern()
    )
}

/// The length of the count that opens `text` ("more than 1,400 ", "two dozen "), with
/// the white space after it, if one does. [`COUNT`]'s leftmost match starts there if
/// any match does, so no anchored copy of the pattern is compiled.
pub(crate) fn count_at_start(text: &str) -> Option<usize> {
    let m = COUNT.find(text).filter(|m| m.start() == 0)?;
    let rest = &text[m.end()..];
    Some(m.end() + rest.len() - rest.trim_start().len())
}

/// "a seven-state agency", "the seven-member commission".
static HYPHENATED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"(?i)\b(?P<q>{})-(?P<noun>[a-z]+)\b",
        number_pattern()
    ))
    .unwrap()
});

/// A person's age as a count, keyed by the folded surname (`age:<surname>`) so that
/// every way an article gives one person's age meets the others.
fn age_claim(age: u64, name: &str, surname_key: &str) -> CountClaim {
    exact_count(
        age,
        format!("{AGE_NOUN}{name})"),
        format!("{AGE_CLASS}{surname_key}"),
    )
}

/// How [`age_claim`] begins its noun and class.
const AGE_NOUN: &str = "years of age (";
const AGE_CLASS: &str = "age:";

/// Whose age a count of [`age_claim`] is: the name as written and the folded surname.
fn aged_person(c: &CountClaim) -> Option<(&str, &str)> {
    let surname = c.class.strip_prefix(AGE_CLASS)?;
    let name = c.noun.strip_prefix(AGE_NOUN)?.strip_suffix(')')?;
    Some((name, surname))
}

/// An exact count of a whole set with its noun and class, its context added later.
fn exact_count(n: u64, noun: String, class: String) -> CountClaim {
    CountClaim {
        value: Interval::exact(n),
        noun,
        class,
        partitive: false,
        loose: false,
        context: Vec::new(),
    }
}

/// Words [`SUBJECT_AGE`] needs ("She was", "died at", "dies at"), sought before it is
/// run.
static AGE_CUES: LazyLock<[memchr::memmem::Finder<'static>; 4]> = LazyLock::new(|| {
    [b"he was ".as_slice(), b"He was ", b"ied at ", b"ies at "].map(memchr::memmem::Finder::new)
});

/// The age of the person an article is about, with no name beside it: "She was 87.",
/// "He was 62 years old.", "dies at 87", "died at age 91", "died at the age of 91".
static SUBJECT_AGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"\b(?:(?:She|He)\s+was|(?:dies|died)\s+at(?:\s+age|\s+the\s+age\s+of)?)\s+(?P<age>[0-9]{1,3})(?:\s+years\s+old)?(?:[.,;]|\s+when\b|$)",
    )
    .unwrap()
});

/// A person's name (first and last, a middle name or initial between, or the last name
/// alone), then an age between commas: "Dale Mercer, 61,", "Mercer, 61,", or before
/// a semicolon or a dash ("Bo Park, 35 — slipped out", "Ann Lee, 29; Tom Hale"), or
/// at a sentence's end after a person's full name ("the death of Ann Lee, 33."). A name's
/// words are parted by spaces, never a line break: in a block of "Name, 24, of Town"
/// lines, the town ending one line is no first name of the next.
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"\b(?P<name>(?:[A-Z][A-Za-z'’-]+(?: +[A-Z][A-Za-z'’.-]*)? +)?[A-Z][A-Za-z'’-]+),\s(?P<age>[0-9]{1,3})(?:,\s|;\s|\s[—–]\s|(?P<stop>\.(?:\s|$)))",
    )
    .unwrap()
});

/// What [`AGE_BEFORE`] needs, sought before it is run.
static YEAR_OLD: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("-year-old "));

/// An age before a person's full name, with up to two lowercase words between ("56-year-
/// old Dwayne Morrow", "a 34-year-old nurse Ana Ruiz"): first and last name, a middle
/// initial perhaps. "A 15-year-old" with no name gives none.
static AGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"\b(?P<age>[0-9]{1,3})-year-old\s+(?:[a-z]+\s+){0,2}?(?P<name>[A-Z][a-z'’-]+(?: +[A-Z]\.)? +[A-Z][A-Za-z'’-]+)\b",
    )
    .unwrap()
});

/// The age of one who died, with no name: "An 8-year-old girl from Pike County died",
/// "A 6-year-old who was not vaccinated died last month". The words between age and
/// verb hold no clause break and no "and" (two subjects: "a 6-year-old and her mother
/// died"). Keyed `age:dead`; see `compare::facts` for when two such ages are compared.
static UNNAMED_DEAD_AGE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs: Vec<String> = crate::data::lines(include_str!("../../data/death_verbs.txt"))
        .map(|v| {
            v.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    pattern::compile(&format!(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?P<age>[0-9]{{1,3}})-year-old\b(?P<rest>[^.;:,!?()\x22\u201c\u201d]{{0,60}}?)\s(?:{})\b",
        verbs.join("|")
    ))
    .unwrap()
});

/// The class of the age of one who died, named by no name (see [`UNNAMED_DEAD_AGE`]).
pub(crate) const DEAD_AGE_CLASS: &str = "age:dead";

/// The length of the last `n` words of a name, as written with one space between.
fn last_words(name: &str, n: usize) -> usize {
    let mut start = name.len();
    for _ in 0..n.max(1) {
        start = name[..start].trim_end().rfind(' ').map_or(0, |p| p + 1);
    }
    name.len() - start
}

/// Whether a folded word names a state, a city or a country the gazetteer knows.
fn is_known_place(folded: &str) -> bool {
    gazetteer().state_by_name(folded).is_some()
        || !gazetteer().cities(folded).is_empty()
        || gazetteer().country(folded).is_some()
}

/// Every count of a document, in order.
pub fn extract_counts(doc: &Doc, gates: &Gates) -> Vec<Claim> {
    let mut found: Vec<(Range<usize>, CountClaim)> = Vec::new();
    // The one person the article is about, if one: read only when a sentence gives an
    // age with no name ("She was 87."), once.
    let mut subject: Option<Option<crate::text::names::Subject>> = None;
    // Whether the article tells of a sentencing ("sentenced"), read once when needed.
    let mut sentencing: Option<bool> = None;
    // Terms given as a person's (where in `found`, the term as it was, whose surname).
    let mut owned_terms: Vec<(usize, CountClaim, String)> = Vec::new();
    for s in doc.counted_sentences() {
        // Sentences with no number go only to the hyphenated form's search, if that.
        let counted = gates.open(&s.range, Gate::Count);
        let text = doc.text(&s.range);
        let headline = doc.blocks[s.block].kind == crate::text::BlockKind::Title;
        // "Structures Destroyed: 42" on a fact sheet.
        // A row's name ("Sunset Estates, Dalton — 412") says whose its figure is, not
        // what it counts: no count.
        if let Some(line) = crate::text::fact_line::fact_line(text) {
            if let Some(claim) = (!line.named)
                .then(|| fact_line_count(doc, line.label, line.figure))
                .flatten()
            {
                found.push((s.range.start..s.range.end, claim));
            }
            continue;
        }
        // Most matches count nothing ("two years", "three minutes"): they are dropped
        // before their groups are read, which costs far more than finding them.
        // A plain loop: a flattened optional iterator moved the searcher's state on
        // every match.
        if counted {
            for found_at in COUNT.find_iter(text) {
                if hopeless(text, &found_at) {
                    continue;
                }
                let Some(c) = COUNT.captures_at(text, found_at.start()) else {
                    continue;
                };
                let m = c.get(0).unwrap();
                if let Some(count) = read_count(text, &c) {
                    let (start, noun_end, mut claim) = count;
                    if headline {
                        claim.value = rounded_in_a_headline(&text[start..noun_end], claim.value);
                    }
                    let claim = with_owner(&text[..start], claim);
                    let r = s.range.start + start..s.range.start + noun_end;
                    found.push((r, with_context(text, m.start(), noun_end, claim)));
                }
            }
        }
        // "No one was injured", "One person was killed": a fate's none or one.
        if super::none_or_one::may_hold(text) {
            for c in super::none_or_one::counts(text) {
                let r = s.range.start + c.start..s.range.start + c.end;
                let claim = exact_count(c.value, c.noun, format!("casualty:{}", c.fate));
                found.push((r, with_context(text, c.start, c.end, claim)));
            }
        }
        // "She was 87.", "dies at 87": the age of the article's one subject (see
        // `text::names::subjects`). With two people the article is about (a suspect and
        // a victim), a pronoun's person is not guessed.
        if counted
            && AGE_CUES.iter().any(|f| f.find(text.as_bytes()).is_some())
            && let Some(c) = SUBJECT_AGE.captures(text)
            && let Ok(age) = c["age"].parse::<u64>()
            && (1..=120).contains(&age)
            && let Some(crate::text::names::Subject {
                key: folded,
                surname,
            }) = subject
                .get_or_insert_with(|| {
                    // The one subject, if the article has exactly one.
                    let mut all = crate::text::names::subjects(&doc.norm.text);
                    all.pop().filter(|_| all.is_empty())
                })
                .as_ref()
        {
            let m = c.get(0).unwrap();
            let end = c.name("age").unwrap().end();
            let claim = age_claim(age, surname, folded);
            let r = s.range.start + m.start()..s.range.start + end;
            found.push((r, with_context(text, m.start(), end, claim)));
        }
        // "Dale Mercer, 61, pleaded guilty": a person's age, in the apposition after the
        // name that wire style gives it. Only sentences with ", " before a digit are read.
        let aged = counted
            && memchr::memchr_iter(b',', text.as_bytes())
                .any(|at| text.as_bytes().get(at + 2).is_some_and(u8::is_ascii_digit));
        if aged {
            for c in pattern::captures(&AGE, text) {
                let Ok(age) = c["age"].parse::<u64>() else {
                    continue;
                };
                if !(1..=120).contains(&age) {
                    continue;
                }
                let (mut name, m) = (&c["name"], c.get(0).unwrap());
                let mut from = m.start();
                // "of Robbinsdale\nMarcus Tibbs, 31,": lines of "Name, age, of Town" read as
                // one wrapped sentence; the name starts on the age's line.
                let original = doc.original(&(s.range.start + from..s.range.start + m.end()));
                if let Some(p) = original.find(',').and_then(|c| original[..c].rfind('\n')) {
                    let kept = original[p + 1..].split(',').next().unwrap_or("");
                    let cut = name.len() - last_words(name, kept.split_whitespace().count());
                    name = &name[cut..];
                    from += cut;
                }
                // "Hammond, 57,": a last name alone, when it is no place ("Reno, 57,"). No
                // word of a name is one that never names a person ("By Tuesday, 12,").
                // A name of two words or more may hold a place's name ("Andrew Jackson").
                let last = name.split_whitespace().next_back().unwrap_or(name);
                let not_a_name = name.split_whitespace().any(super::people::is_not_name);
                if not_a_name || (last == name && is_known_place(&fold_name(name))) {
                    continue;
                }
                // At a sentence's end, a figure after a comma may be anything ("in
                // Ward 3, 12."): only a person's full name makes it an age.
                if c.name("stop").is_some() && super::people::as_a_persons_name(name).is_none() {
                    continue;
                }
                let end = c.name("age").unwrap().end();
                // By last name: "Curtis Lyle Hammond, 58" and "Hammond, 57" are one
                // person's ages.
                let claim = age_claim(age, name, &fold_name(last));
                let r = s.range.start + from..s.range.start + end;
                found.push((r, with_context(text, from, end, claim)));
            }
        }
        // "The driver, 56-year-old Dwayne Morrow,": an age before a full name.
        let year_old = counted && YEAR_OLD.find(text.as_bytes()).is_some();
        if year_old {
            for c in pattern::captures(&AGE_BEFORE, text) {
                let Ok(age) = c["age"].parse::<u64>() else {
                    continue;
                };
                let name = &c["name"];
                // "an 8-year-old girl from Pike County": a place after "from" or "in" is
                // where the person is from, and a name ending "County" is a place's.
                let between = &text[c.name("age").unwrap().end()..c.name("name").unwrap().start()];
                let placed = between
                    .split_whitespace()
                    .any(|w| super::amounts::PREPOSITIONS.contains(w));
                let last = name.split_whitespace().next_back().unwrap_or(name);
                if !(1..=120).contains(&age)
                    || placed
                    || super::people::is_place_name_end(last)
                    || name.split_whitespace().any(super::people::is_not_name)
                    || is_known_place(&fold_name(name))
                {
                    continue;
                }
                let (m, end) = (c.get(0).unwrap(), c.name("name").unwrap().end());
                let claim = age_claim(age, name, &fold_name(last));
                let r = s.range.start + m.start()..s.range.start + end;
                found.push((r, with_context(text, m.start(), end, claim)));
            }
        }
        // "A 6-year-old died last month": the age of one who died, with no name. An
        // age already read with a name ("a 27-year-old Anoka woman") is not read again.
        if year_old {
            for c in pattern::captures(&UNNAMED_DEAD_AGE, text) {
                let m = c.get(0).unwrap();
                let rest = &c["rest"];
                let two = rest.split_whitespace().any(|w| w == "and" || w == "or");
                let named = found.iter().any(|(r, _)| {
                    r.start <= s.range.start + m.start() + 4 && r.end > s.range.start + m.start()
                });
                let Ok(age) = c["age"].parse::<u64>() else {
                    continue;
                };
                if two || named || !(1..=120).contains(&age) {
                    continue;
                }
                let end = c.name("age").unwrap().end() + "-year-old".len();
                let claim = exact_count(
                    age,
                    "years of age (the one who died)".into(),
                    DEAD_AGE_CLASS.into(),
                );
                let r = s.range.start + m.start()..s.range.start + end;
                found.push((r, with_context(text, m.start(), end, claim)));
            }
        }
        // A prison term needs a number ("eight years"), which opens the count gate, or
        // a decade; "a year in jail" is not read.
        let termed = counted || DECADE.find(text.as_bytes()).is_some();
        // Each term with whether it needs a person to be one.
        let mut terms: Vec<(Range<usize>, CountClaim, bool)> = if termed {
            prison_terms(text)
                .into_iter()
                .map(|(r, c)| (r, c, false))
                .collect()
        } else {
            Vec::new()
        };
        // "Ann Lee, 34, received 87 months": in an article about a sentencing, what a
        // person "received" or "got" is a term too, when the clause names that person.
        if counted
            && *sentencing.get_or_insert_with(|| SENTENCED.find(doc.norm.text.as_bytes()).is_some())
        {
            for (at, claim) in received_terms(text) {
                if !terms
                    .iter()
                    .any(|(r, _, _)| r.start < at.end && at.start < r.end)
                {
                    terms.push((at, claim, true));
                }
            }
        }
        for (at, mut claim, needs_person) in terms {
            // Several people's terms in one article are told apart by whose they are:
            // the person whose age the clause gives ("Ann Lee, 34, was sentenced to 87
            // months; Tom Hale, 29, to 60 months").
            let whose = whose_term(text, &found, s.range.start, at.start);
            if whose.is_none() && needs_person {
                continue;
            }
            if let Some((name, surname)) = whose {
                owned_terms.push((found.len(), claim.clone(), surname.clone()));
                claim.class = format!("{}:{surname}", claim.class);
                claim.noun = format!("{}, {name})", claim.noun.trim_end_matches(')'));
            }
            let r = s.range.start + at.start..s.range.start + at.end;
            found.push((r, with_context(text, at.start, at.end, claim)));
        }
        // "two years of free credit monitoring": how long a thing lasts, written with
        // "of".
        for (at, unit, n, of_end) in counted.then(|| lengths_of(text)).into_iter().flatten() {
            // A length the article has already given ("two years of complaints" in a
            // repeated paragraph) adds nothing.
            let Some((end, thing)) = thing_lasting(text, of_end) else {
                continue;
            };
            let given = found.iter().any(|(_, c)| {
                c.value == Interval::exact(n)
                    && c.class.strip_prefix("duration:").is_some_and(|k| {
                        k.len() == unit.len() + 1 + thing.len()
                            && k.starts_with(unit)
                            && k.ends_with(thing)
                    })
            });
            if !given {
                let r = s.range.start + at..s.range.start + end;
                let claim = lasting(n, unit, thing);
                found.push((r, with_context(text, at, end, claim)));
            }
        }
        // "180 days' notice": how long a thing lasts, written with an apostrophe.
        let possessive = counted && (pattern::has_byte(text, b'\'') || text.contains('’'));
        if possessive {
            for (at, end, unit, n, thing) in lengths_possessive(text) {
                let r = s.range.start + at..s.range.start + end;
                let claim = lasting(n, unit, thing);
                found.push((r, with_context(text, at, end, claim)));
            }
        }
        // "make payments for 25 years": how long a thing lasts, written with "for".
        let for_length = counted && FOR.find(text.as_bytes()).is_some();
        for (at, end, unit, n, thing) in for_length.then(|| lengths_for(text)).into_iter().flatten()
        {
            let r = s.range.start + at..s.range.start + end;
            let claim = lasting(n, unit, thing);
            found.push((r, with_context(text, at, end, claim)));
        }
        // "pay $212 million over eight years": how long the payments run.
        let over_length = counted && OVER.find(text.as_bytes()).is_some();
        for (at, end, unit, n) in over_length
            .then(|| lengths_paid_over(text))
            .into_iter()
            .flatten()
        {
            let r = s.range.start + at..s.range.start + end;
            let claim = lasting(n, unit, "payments");
            found.push((r, with_context(text, at, end, claim)));
        }
        // "The strike ended after 24 days", "a lockout that lasted 11 weeks": how long a
        // thing lasted, told by its end.
        let ended = counted && tells_an_end(text);
        for (at, end, unit, n, thing) in ended.then(|| lengths_ended(text)).into_iter().flatten() {
            let r = s.range.start + at..s.range.start + end;
            let claim = lasting(n, unit, &thing);
            found.push((r, with_context(text, at, end, claim)));
        }
        // "a seven-state agency" needs a hyphen: most sentences are not searched twice.
        if pattern::has_byte(text, b'-') {
            for c in pattern::captures(&HYPHENATED, text) {
                // "$48.6-billion": a sum of money, not six billions.
                let before = &text[..c.get(0).unwrap().start()];
                if before.ends_with(['$', '£', '€', '.', ',']) || scale_of(&c["noun"]).is_some()
                {
                    continue;
                }
                let Some(n) = parse_number(&c["q"]) else {
                    continue;
                };
                let noun_lower = c["noun"].to_ascii_lowercase();
                if parse_number(&c["noun"]).is_some()
                    || c["noun"].len() < 3
                    || crate::canon::numbers::is_ordinal_word(&noun_lower)
                {
                    continue; // "thirty-one"; a form's "8-K"; "eighty-fourth"
                }
                // "2029-Ohio-1187", a court's citation; "2024-era": a year is no count, and
                // a number joined on both sides is a label.
                let q = &c["q"];
                let year = q.len() == 4
                    && q.bytes().all(|b| b.is_ascii_digit())
                    && (1000..=2100).contains(&n);
                let after = &text[c.get(0).unwrap().end()..];
                if year
                    || after.starts_with('-')
                        && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
                {
                    continue;
                }
                // A count so joined modifies the noun after it ("a seven-state agency");
                // with none, the compound is a name ("4-methylcyclohexanemethanol)").
                let modifies = after
                    .strip_prefix([' ', '\n'])
                    .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_alphabetic()));
                if !modifies && !after.starts_with('-') {
                    continue;
                }
                let m = c.get(0).unwrap();
                let unit = c["noun"].to_lowercase();
                if let Some((end, claim)) = duration(text, m.end(), &unit, n) {
                    let r = s.range.start + m.start()..s.range.start + end;
                    found.push((r, with_context(text, m.start(), end, claim)));
                    continue;
                }
                // "a 24-inch main", "10-ounce bags": a size, not a count. A noun joined so
                // to a number is singular ("a seven-state agency"): a plural there is a
                // fraction ("two-thirds of voters").
                let noun = crate::text::inflect::plural(&unit);
                let plural = unit.ends_with('s') && !unit.ends_with("ss");
                if NOT_COUNTED.contains(noun.as_str())
                    || MEASURE_UNITS.contains(unit.as_str())
                    || n < 2
                    || plural
                {
                    continue;
                }
                let claim = CountClaim {
                    value: Interval::exact(n),
                    class: class_of(&noun),
                    noun,
                    partitive: false,
                    loose: false,
                    context: Vec::new(),
                };
                let r = s.range.start + m.start()..s.range.start + m.end();
                found.push((r, with_context(text, m.start(), m.end(), claim)));
            }
        }
    }
    // Each candidate's votes ("Szabo received 18,422 votes", a results table's rows).
    found.extend(super::results::candidate_votes(doc));
    // One person's terms are the article's terms: "Dale Mercer, 61, was sentenced to 97
    // months" meets "Mercer was sentenced to 97 months". Only an article that gives
    // terms to two people or more tells them apart by whose they are.
    let people: rustc_hash::FxHashSet<&str> =
        owned_terms.iter().map(|(_, _, who)| who.as_str()).collect();
    if people.len() < 2 {
        for (i, term, _) in &owned_terms {
            found[*i].1.class = term.class.clone();
            found[*i].1.noun = term.noun.clone();
        }
    }
    // "14 people were hurt, not 41 people as first reported": a denied figure is no
    // claim; nor is "two people familiar with the matter said", who the outlet spoke to.
    found.retain(|(r, count)| {
        let from = crate::text::normalize::floor_boundary(
            &doc.norm.text,
            r.start.saturating_sub(DENIAL_BYTES),
        );
        let before = &doc.norm.text[from..r.start];
        // A word cut by the window's start ("…not" of "cannot") is no word.
        let before = if from > 0 {
            before.split_once(' ').map_or("", |(_, b)| b)
        } else {
            before
        };
        !super::denies_figure(before, doc.text(r))
            && !counts_sources(&doc.norm.text, r, &count.noun)
    });
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, count))| Claim {
            id: format!("{}#count{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Count(count),
            text: doc.words(&range),
            span: doc.span(&range),
        })
        .collect()
}

/// Bytes before a count read for a denial ("rather than the 41"): its last words.
const DENIAL_BYTES: usize = 24;

/// Words of [`SOURCE_COUNTS`]: nouns of unnamed sources, the first words of their
/// descriptions, and the verbs they speak by.
#[derive(Default)]
struct SourceWords {
    nouns: FxHashSet<&'static str>,
    openers: FxHashSet<&'static str>,
    verbs: FxHashSet<&'static str>,
}

/// `data/source_counts.tsv`, with the one-word verbs of `data/reporting_verbs.txt`.
static SOURCE_COUNTS: LazyLock<SourceWords> = LazyLock::new(|| {
    let mut w = SourceWords::default();
    for row in data_rows(include_str!("../../data/source_counts.tsv")) {
        match row[..] {
            ["noun", x] => w.nouns.insert(x),
            ["opener", x] => w.openers.insert(x),
            ["verb", x] => w.verbs.insert(x),
            _ => false,
        };
    }
    w.verbs.extend(
        crate::data::lines(include_str!("../../data/reporting_verbs.txt"))
            .filter(|v| !v.contains(' ')),
    );
    w
});

/// Most words from a source count's noun to its reporting verb ("familiar with the
/// negotiations over the budget told").
const SOURCE_WORDS: usize = 10;

/// Whether a count (at `range`, of `noun`) counts an outlet's unnamed sources: a noun
/// of sources right after "according to" ("according to two people familiar with the
/// talks"), or the subject of a reporting verb in its own clause, the verb right after
/// the noun ("three officials said") or after a description that opens with a word of
/// `data/source_counts.tsv` ("two people in the room told Axios"). "Four people were
/// injured, police said" counts the injured: its clause ends before the verb; "two
/// people died after the gunman said" is no source, as "died" opens no description.
fn counts_sources(text: &str, range: &Range<usize>, noun: &str) -> bool {
    let sources = &*SOURCE_COUNTS;
    let noun = noun.to_ascii_lowercase();
    if !sources.nouns.contains(noun.as_str()) {
        return false;
    }
    let before = text[..range.start].trim_end().as_bytes();
    if before.len() >= 12 && before[before.len() - 12..].eq_ignore_ascii_case(b"according to") {
        return true;
    }
    let clause_end = text[range.end..]
        .find([',', '.', ';', ':', '"', '\n'])
        .map_or(text.len(), |at| range.end + at);
    let mut words = text[range.end..clause_end]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take(SOURCE_WORDS);
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    if sources.verbs.contains(first.as_str()) {
        return true;
    }
    sources.openers.contains(first.as_str())
        && words.any(|w| sources.verbs.contains(w.to_ascii_lowercase().as_str()))
}

/// The count a fact sheet's line states ("Acres: 14,200", "Structures Destroyed: 42"):
/// of the label's first plural noun, with the label and the title as its context. A
/// sum, a percentage or a label with no plural noun ("Containment: 15%", "Personnel
/// Assigned: 1,640") counts nothing; a label that is a casualty word ("56 —
/// hospitalized") counts people.
fn fact_line_count(doc: &Doc, label: &str, figure: &str) -> Option<CountClaim> {
    let figure = figure.trim_end();
    if figure.contains(['$', '£', '€', '%', '.']) {
        return None;
    }
    let value = parse_number(figure)?;
    // "56 — hospitalized": a casualty word alone counts people by what befell them;
    // "Attendance: 45,800": the size of a body of people.
    let single = casualty(label)
        .map(|what| (what, format!("casualty:{what}")))
        .or_else(|| {
            let (noun, class) = body_named(label.trim())?;
            Some((noun, class.to_string()))
        });
    if let Some((noun, class)) = single {
        return Some(CountClaim {
            value: Interval::exact(value),
            noun: noun.to_string(),
            class,
            partitive: false,
            loose: false,
            context: super::fact_line_context(doc, label),
        });
    }
    let noun = label
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .find(|w| looks_plural(w) && !STOP.contains(w.as_str()))?;
    if NOT_COUNTED.contains(noun.as_str()) || value < 2 || names_someone(doc, label) {
        return None;
    }
    let own = stems(&noun);
    // "Illnesses so far: 9" counts a fate as "seven illnesses" does.
    let class = casualty(&noun).map_or_else(|| class_of(&noun), |what| format!("casualty:{what}"));
    Some(CountClaim {
        value: Interval::exact(value),
        class,
        noun,
        partitive: false,
        loose: false,
        context: super::fact_line_context(doc, label)
            .into_iter()
            .filter(|s| !own.contains(s))
            .collect(),
    })
}

/// Whether a one-word label is a name the article writes capitalized inside a sentence
/// ("Reyes: 37,590." in a thread that says "defeats Tom Reyes"): a candidate's votes,
/// not a count of "reyes" as "Acres: 14,200" is of acres.
fn names_someone(doc: &Doc, label: &str) -> bool {
    let text = &doc.norm.text;
    !label.contains(' ')
        && text.match_indices(label).any(|(at, _)| {
            let before = text[..at].trim_end_matches(' ');
            before.len() < at
                && before.ends_with(|c: char| c.is_lowercase() || c == ',')
                && !text[at + label.len()..].starts_with(char::is_alphanumeric)
        })
}

/// A scale word after a number, with the number's decimals before it: ".2 million" is
/// (200, 1_000_000, its length); the decimals are thousandths, so at most three digits
/// are read. Also " thousand", " billion", " trillion".
fn scale_after(after_number: &str) -> Option<(u64, u64, usize)> {
    let (fraction, rest) = match after_number.strip_prefix('.') {
        Some(r) => {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 || digits > 3 {
                return None;
            }
            let thousandths = format!("{:0<3}", &r[..digits]).parse().ok()?;
            (thousandths, &r[digits..])
        }
        None => (0, after_number),
    };
    let Some(word) = rest.strip_prefix(' ') else {
        // "40m people", "1.5bn viewers": the British house style's scale, lowercase and
        // glued, after any figure.
        if let Some((scale, len)) = scale_abbreviation(rest) {
            return Some((fraction, scale, after_number.len() - rest.len() + len));
        }
        // "2.3M patients", "1.5K jobs": a scale's letter glued to a figure with decimals
        // (a whole figure's, "3M", "4K", is a name more often than a count).
        let letter = scale_letter(rest.get(..1)?)?;
        let glued = after_number.len() != rest.len()
            && !rest[1..].starts_with(|c: char| c.is_alphanumeric());
        return glued.then_some((fraction, letter, after_number.len() - rest.len() + 1));
    };
    let end = word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let scale = scale_of(&word[..end])?;
    Some((fraction, scale, after_number.len() - word.len() + end))
}

/// The span a figure with decimals of a scale word rounds ("1.2 million": 1,150,000 to
/// 1,250,000; "2.3M"), read from a count's own words; none for any other figure. A
/// reporter rounds "1,204,311 patients" so, and the two tell one figure.
pub(crate) fn rounded_span(words: &str) -> Option<Interval> {
    let b = words.as_bytes();
    let dot = memchr::memchr(b'.', b)?;
    if dot == 0 || !b[dot - 1].is_ascii_digit() {
        return None;
    }
    let (fraction, scale, _) = scale_after(&words[dot..])?;
    let start = words[..dot]
        .rfind(|c: char| !c.is_ascii_digit() && c != ',')
        .map_or(0, |p| p + 1);
    let whole: u64 = words[start..dot].replace(',', "").parse().ok()?;
    let digits = b[dot + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count() as u32;
    let half = scale / 10u64.pow(digits) / 2;
    let n = whole.checked_mul(scale)? + fraction * scale / 1000;
    (half > 0).then(|| Interval {
        lo: n - half,
        hi: Some(n + half),
    })
}

/// A lowercase abbreviation of a scale glued to a figure and ending a word ("40m",
/// "1.5bn", "12k"): what it multiplies by and its length. A unit of length ("a 400m
/// race") counts nothing, as no plural noun follows it.
fn scale_abbreviation(rest: &str) -> Option<(u64, usize)> {
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let scale = match &rest[..len] {
        "k" => 1_000,
        "m" | "mn" => 1_000_000,
        "bn" => 1_000_000_000,
        _ => return None,
    };
    (!rest[len..].starts_with(|c: char| c.is_alphanumeric())).then_some((scale, len))
}

/// What a scale's capital letter glued to a figure multiplies by ("2.3M", "1.5K",
/// "4.2B").
fn scale_letter(letter: &str) -> Option<u64> {
    match letter {
        "K" => Some(1_000),
        "M" => Some(1_000_000),
        "B" => Some(1_000_000_000),
        _ => None,
    }
}

/// What a scale word multiplies by: "thousand", "million", "billion", "trillion".
fn scale_of(word: &str) -> Option<u64> {
    match word.to_ascii_lowercase().as_str() {
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        "trillion" => Some(1_000_000_000_000),
        _ => None,
    }
}

/// True when a match cannot be a count whatever its groups say: it is no part ("of
/// the"), no "of" follows it, and no counted noun follows it (see [`read_count`]).
fn hopeless(text: &str, m: &regex::Match) -> bool {
    let part = m
        .as_str()
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("of"));
    let of_after = text[m.end()..]
        .get(..4)
        .is_some_and(|s| s.eq_ignore_ascii_case(" of "));
    // "fourteen thousand two hundred acres": read on by `read_count`.
    let spelled = text[m.end()..].get(1..9).is_some_and(|w| {
        w.eq_ignore_ascii_case("thousand")
            || w.get(..7)
                .is_some_and(|h| h.eq_ignore_ascii_case("hundred"))
    });
    // "40m people": the noun after the glued scale.
    let noun_from = m.end() + scale_abbreviation(&text[m.end()..]).map_or(0, |(_, len)| len);
    !part
        && !of_after
        && !spelled
        && noun_after(text, noun_from).is_none()
        && nounless(text, m, m.end()).is_none()
}

/// A count with no counted noun after it, read from the words around the number:
/// a winning margin ("by 444 votes") or people by what befell them ("12 injured",
/// "injuring 12"). Its noun as shown, its class, where its words start (before the
/// number for "injuring 12") and where they end. `noun_from` is where a noun would start.
fn nounless(text: &str, m: &regex::Match, noun_from: usize) -> Option<Nounless> {
    if let Some((noun, end)) = margin_at(text, m) {
        let class = format!("margin:{}", noun.rsplit(' ').next().unwrap_or(noun));
        return Some((format!("{noun} (margin)"), class, m.start(), end));
    }
    // "12 injured", and "two were hospitalized" through a few linking words.
    if let Some((what, end)) = fate_after(text, noun_from) {
        return Some((what.to_string(), format!("casualty:{what}"), m.start(), end));
    }
    // "and three were taken to a hospital", "sent two to the hospital", "3 taken to
    // hospital": those taken to one are the hospitalized. Read only beside "were" or
    // such, or a verb that takes people there: most counts with no noun are neither.
    let next = ascii_word_after(text, m.end()).unwrap_or("");
    let before = ascii_word_before(text, m.start());
    let may_be_taken = matches!(next, "were" | "was" | "are" | "is" | "had" | "have")
        || HOSPITAL_VERBS.contains(next)
        || HOSPITAL_VERBS.contains(before.to_ascii_lowercase().as_str());
    if may_be_taken && let Some(end) = hospital_end(text, m.start(), m.end()) {
        let what = "hospitalized";
        return Some((what.to_string(), format!("casualty:{what}"), m.start(), end));
    }
    // "The death toll has risen to five after a body was recovered".
    if let Some(start) = toll_start(text, m.start()) {
        return Some((
            "dead".to_string(),
            "casualty:dead".to_string(),
            start,
            m.end(),
        ));
    }
    // "evacuated three times", "injured twice in two years": how often, not how many.
    let how_often = NOT_COUNTED.contains(next);
    if !how_often && let Some((verb, what)) = casualty_before(text, m.start()) {
        let start = text[..m.start()].trim_end().len() - verb.len();
        return Some((what.to_string(), format!("casualty:{what}"), start, m.end()));
    }
    // "a sellout crowd of 48,500", "a crew of six".
    let (noun, class, start) = body_before(text, m.start())?;
    Some((noun.to_string(), class.to_string(), start, m.end()))
}

/// `data/collective_of.tsv`: bodies of people whose size follows "of", with their class.
static COLLECTIVE_OF: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| {
        data_rows(include_str!("../../data/collective_of.tsv"))
            .filter_map(|f| Some((f[0], *f.get(1)?)))
            .collect()
    });

/// The body of people a word names, in any case ("Attendance", "crowd"), as
/// `data/collective_of.tsv` writes it, with its class.
fn body_named(word: &str) -> Option<(&'static str, &'static str)> {
    let mut buf = [0u8; 16];
    let lower = crate::text::normalize::ascii_lower(word, &mut buf)?;
    COLLECTIVE_OF.get_key_value(lower).map(|(n, c)| (*n, *c))
}

/// Whether a count's class is that of a body of people (`data/collective_of.tsv`):
/// one that "a crowd of 48,500", "48,500 fans" and "Attendance: 48,500" all count, so
/// that its noun says little of which body it is.
pub(crate) fn counts_a_body(class: &str) -> bool {
    static CLASSES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| COLLECTIVE_OF.values().copied().collect());
    CLASSES.contains(class)
}

/// The body of people whose size a number after "of" gives ("crowd of 48,500"): its noun
/// as written in lowercase, its class and where its word starts.
fn body_before(text: &str, at: usize) -> Option<(&'static str, &'static str, usize)> {
    // Most numbers follow no "of": one comparison turns them away. A crowd's size
    // may follow "at" ("Police estimated the crowd at 4,000").
    let of_start = at.checked_sub(3)?;
    let link = text.get(of_start..at)?;
    if !(link == "of " || link == "at ") || !text[..of_start].ends_with(' ') {
        return None;
    }
    let word = ascii_word_before(text, of_start);
    let (noun, class) = body_named(word)?;
    if link == "at " && class != CROWD_CLASS {
        return None;
    }
    Some((
        noun,
        class,
        text[..of_start].trim_end_matches(' ').len() - word.len(),
    ))
}

/// What [`nounless`] reads: noun, class, start and end of its words.
type Nounless = (String, String, usize, usize);

/// What befell people, by the words that say it (`data/casualty_words.tsv`).
static CASUALTIES: LazyLock<rustc_hash::FxHashMap<String, &'static str>> = LazyLock::new(|| {
    data_rows(include_str!("../../data/casualty_words.tsv"))
        .filter_map(|f| Some((f[0].to_lowercase(), *f.get(1)?)))
        .collect()
});

/// Plural nouns that count people whose fate a verb after them may tell
/// (`data/people_nouns.txt`).
static PEOPLE_NOUNS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/people_nouns.txt")).collect());

/// After a count's noun of people, " and " and another noun of people with no number
/// of its own ("passengers and crew", "students and staff members"): that noun and where
/// it ends.
fn people_and_people(text: &str, noun: &str, noun_end: usize) -> Option<(String, usize)> {
    if !PEOPLE_NOUNS.contains(noun) {
        return None;
    }
    let rest = text[noun_end..].strip_prefix(" and ")?;
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    if !PEOPLE_NOUNS.contains(word) {
        return None;
    }
    let mut end = noun_end + " and ".len() + word.len();
    let mut second = word.to_string();
    // "crew members", "staff members".
    if let Some(after) = text[end..].strip_prefix(" members")
        && !after.starts_with(char::is_alphanumeric)
    {
        second.push_str(" members");
        end += " members".len();
    }
    Some((second, end))
}

/// Whether a lowercase word is a plural noun of people ("victims", "workers").
pub fn is_people_noun(word: &str) -> bool {
    PEOPLE_NOUNS.contains(word)
}

/// Nouns of [`PEOPLE_NOUNS`] that count everyone a fate befell
/// (`data/general_people_nouns.txt`).
static GENERAL_PEOPLE_NOUNS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/general_people_nouns.txt")).collect()
});

/// Whether a count's noun names a part of the people a fate befell ("workers",
/// "passengers"), not all of them ("people"): "three workers died" may be three of
/// "five people died".
pub(crate) fn names_a_part_of_people(noun: &str) -> bool {
    let lower = noun.to_ascii_lowercase();
    PEOPLE_NOUNS.contains(lower.as_str()) && !GENERAL_PEOPLE_NOUNS.contains(lower.as_str())
}

/// Whether a count's noun counts people ("residents", "people", `data/people_nouns.txt`).
pub(crate) fn counts_people(noun: &str) -> bool {
    PEOPLE_NOUNS.contains(noun.to_ascii_lowercase().as_str())
}

/// Words between a count of people and the word of their fate (`data/fate_links.txt`).
static FATE_LINKS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/fate_links.txt")).collect());

/// Whether a lowercase word may stand between people and their fate ("were", "has
/// been"; `data/fate_links.txt`).
pub(super) fn is_fate_link(word: &str) -> bool {
    FATE_LINKS.contains(word)
}

/// `data/sentence_adverbs.txt`: capitalized words before a comma that name nothing.
static SENTENCE_ADVERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/sentence_adverbs.txt")).collect());

/// Whether the words before "<n> other <noun>" name one more of them: "Tulsa and",
/// or a headline's name alone before a comma ("Tulsa, ", "New Castle, "; not
/// "Meanwhile, ").
///
/// A joining phrase of `data/joining_phrases.tsv` says so too: "Oregon joins 18 other
/// states" (a singular verb: its subject is one), "Oregon, along with 18 other states"
/// (the words before it one name; not "Oregon and Utah joined 17 other states").
pub(super) fn follows_a_named_one(before: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(" and") {
        return true;
    }
    if let Some((subject, one)) = JOINING.iter().find_map(|(phrase, one)| {
        let cut = before.len().checked_sub(phrase.len())?;
        let (subject, tail) = (before.get(..cut)?, before.get(cut..)?);
        (tail.eq_ignore_ascii_case(phrase) && subject.ends_with([' ', ',']))
            .then_some((subject, *one))
    }) {
        return one || one_name_ends(subject.trim_end().trim_end_matches(','));
    }
    let Some(name) = before.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=MAX_NAME_WORDS).contains(&words.len()) && words.iter().all(|w| is_name_word(w))
}

/// Whether a capitalized word may be a word of a name (not "Meanwhile", "Separately").
fn is_name_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.starts_with(|c: char| c.is_uppercase())
        && !lower.ends_with("ly")
        && !SENTENCE_ADVERBS.contains(lower.as_str())
}

/// Whether `before` ends with one name and nothing joins another to it: "BOSTON —
/// Oregon", "Gov. Ann Lee"; not "Oregon and Utah", "Oregon, Utah", "the states".
fn one_name_ends(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let n = words.iter().rev().take_while(|w| is_name_word(w)).count();
    let joined = words.len() > n
        && matches!(words[words.len() - n - 1], "and" | "or" | "&" | "with")
        || words.len() > n && words[words.len() - n - 1].ends_with(',');
    (1..=MAX_NAME_WORDS).contains(&n) && !joined
}

/// `data/joining_phrases.tsv`: phrases before "<n> other <noun>" that add one to the
/// n, each with whether its subject is one by grammar (else it must be one name).
static JOINING: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    let mut v: Vec<(&str, bool)> = data_rows(include_str!("../../data/joining_phrases.tsv"))
        .filter_map(|f| Some((f[0], *f.get(1)? == "one")))
        .collect();
    // Longest first: "joins with" before "joins".
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// Most words of a name alone before "<n> other <noun>".
const MAX_NAME_WORDS: usize = 3;

/// The fate a count counts, when its noun names one ("14 illnesses", "six
/// hospitalizations") or names people and a verb after it tells one ("six people have
/// been hospitalized", "16 people got sick"): such counts are compared with counts of the
/// same fate, as "6 hospitalized" is, and not with every count of people, since one story
/// counts the sick, the hospitalized and the dead.
fn fate_of(text: &str, noun: &str, noun_end: usize) -> Option<&'static str> {
    if let Some(what) = casualty(noun) {
        return Some(what);
    }
    if !PEOPLE_NOUNS.contains(noun.to_ascii_lowercase().as_str()) {
        return None;
    }
    fate_after(text, noun_end).map(|(what, _)| what)
}

/// The fate that a verb right after `at` tells, after at most four linking words ("have
/// been hospitalized", "were hospitalized" after "10 of them", "are believed to have
/// drowned"), and where its word ends.
fn fate_after(text: &str, mut at: usize) -> Option<(&'static str, usize)> {
    for _ in 0..5 {
        let word = ascii_word_after(text, at)?;
        if let Some(what) = casualty(word) {
            return Some((what, at + 1 + word.len()));
        }
        let mut buf = [0u8; 16];
        let lower = crate::text::normalize::ascii_lower(word, &mut buf)?;
        if !FATE_LINKS.contains(lower) {
            return None;
        }
        at += 1 + word.len();
    }
    None
}

/// `data/crowd_verbs.txt`.
static CROWD_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/crowd_verbs.txt")).collect());

/// The class of a crowd's size (`data/collective_of.tsv`).
const CROWD_CLASS: &str = "crowd";

/// Whether a verb of `data/crowd_verbs.txt` follows a count of people at `at`, after at
/// most two linking words ("4,000 people marched", "10,000 people who rallied"): the
/// count is a crowd's size.
fn crowd_after(text: &str, mut at: usize) -> bool {
    for _ in 0..3 {
        let Some(word) = ascii_word_after(text, at) else {
            return false;
        };
        let mut buf = [0u8; 16];
        let Some(lower) = crate::text::normalize::ascii_lower(word, &mut buf) else {
            return false;
        };
        if CROWD_VERBS.contains(lower) {
            return true;
        }
        if !FATE_LINKS.contains(lower) {
            return false;
        }
        at += 1 + word.len();
    }
    false
}

/// `data/hospital_verbs.txt`.
static HOSPITAL_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/hospital_verbs.txt")).collect());

/// A few words after a counted noun, then "to", "at" or "in" a hospital: "were taken to
/// the hospital", "were evaluated at a local hospital", " to hospitals".
static TO_HOSPITAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"(?i)^(?P<mid>(?:\s+[a-z'-]+){{0,5}}?)\s+(?:to|at|in)\s+(?:(?:(?:the|a|an|local|area|nearby|two|three|several|different|regional)\s+){{0,3}}hospitals?\b|(?-i:(?:[A-Z][\w.'’-]*\s+){{1,5}}(?:{kinds}))\b)",
        kinds = alternation(HOSPITAL_KINDS.iter().copied())
    ))
    .unwrap()
});

/// Last words of a hospital's name (`data/hospital_kinds.txt`).
static HOSPITAL_KINDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/hospital_kinds.txt")).collect());

/// Whether `text` may name a hospital: "hospital", or the last word of a hospital's
/// name ("Center", "Infirmary"), each sought with a searcher built once.
fn may_name_a_hospital(text: &str) -> bool {
    static LAST_WORDS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        HOSPITAL_KINDS
            .iter()
            .filter_map(|k| k.rsplit(' ').next())
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect()
    });
    pattern::contains_ignore_case(text, "hospital")
        || LAST_WORDS.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// Whether the people a count at `count_start` counts were taken to a hospital: a
/// verb of `data/hospital_verbs.txt` right before the count ("sent four workers to the
/// hospital") or between the noun and the hospital ("Three employees were evaluated at
/// a local hospital"), in one clause.
fn taken_to_hospital(text: &str, count_start: usize, noun_end: usize) -> bool {
    hospital_end(text, count_start, noun_end).is_some()
}

/// Where the words that take the people counted at `count_start` to a hospital end
/// ("three were taken to a hospital"), as [`taken_to_hospital`] reads them.
fn hospital_end(text: &str, count_start: usize, noun_end: usize) -> Option<usize> {
    let after = &text[noun_end..];
    if !may_name_a_hospital(&after[..crate::text::normalize::floor_boundary(after, 80)]) {
        return None;
    }
    let c = TO_HOSPITAL.captures(after)?;
    let mid: Vec<String> = c["mid"]
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    if mid.iter().any(|w| w == "and" || w == "but" || w == "or") {
        return None;
    }
    let before = ascii_word_before(text, count_start).to_ascii_lowercase();
    (HOSPITAL_VERBS.contains(before.as_str())
        || mid.iter().any(|w| HOSPITAL_VERBS.contains(w.as_str())))
    .then(|| noun_end + c.get(0).unwrap().end())
}

/// Words between "death toll" and its count (`data/toll_links.txt`).
static TOLL_LINKS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/toll_links.txt")).collect());

/// Whether the words right before a count at `at` give a death toll ("the death toll
/// has risen to 42 people", "the death toll from the quake that struck two towns rose
/// to 42 people"): one to four linking words, after "death toll" itself or with "death
/// toll" earlier in the sentence's last [`TOLL_REACH`] bytes. Returns where those words
/// start: at "death toll" when the links reach it, else at the first link ("rose to 42"
/// after a clause that names the toll).
fn toll_start(text: &str, at: usize) -> Option<usize> {
    let mut end = at;
    for links in 0..=4 {
        let word = ascii_word_before(text, end);
        if word.is_empty() {
            return None;
        }
        let start = text[..end].trim_end_matches(' ').len() - word.len();
        if word.eq_ignore_ascii_case("toll") {
            let death = ascii_word_before(text, start);
            return death
                .eq_ignore_ascii_case("death")
                .then(|| text[..start].trim_end_matches(' ').len() - death.len());
        }
        let mut buf = [0u8; 16];
        let linked = crate::text::normalize::ascii_lower(word, &mut buf)
            .is_some_and(|w| TOLL_LINKS.contains(w));
        if !linked {
            if links == 0 {
                return None;
            }
            let before = &text.as_bytes()[end.saturating_sub(TOLL_REACH)..end];
            return DEATH_TOLL.find(before).is_some().then_some(end);
        }
        end = start;
    }
    None
}

/// "death toll" or "Death toll", built once: a finder built for each search costs more
/// than the search.
static DEATH_TOLL: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"eath toll"));

/// How far back "death toll" is looked for before the words that link it to a count.
const TOLL_REACH: usize = 160;

/// What befell people by a casualty word, lowercased on the stack: the words are short
/// and ASCII, and most words looked up are none.
pub(super) fn casualty(word: &str) -> Option<&'static str> {
    let mut buf = [0u8; 24];
    let lower = crate::text::normalize::ascii_lower(word, &mut buf)?;
    CASUALTIES.get(lower).copied()
}

/// The ASCII word after the one space at `at`, by bytes: these checks run for most
/// numbers of most articles, and nearly always find nothing.
fn ascii_word_after(text: &str, at: usize) -> Option<&str> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b' ') {
        return None;
    }
    let len = b[at + 1..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    (len > 0).then(|| &text[at + 1..at + 1 + len])
}

/// The ASCII word that ends right before `at`, spaces between skipped.
fn ascii_word_before(text: &str, at: usize) -> &str {
    let b = &text.as_bytes()[..at];
    let end = b.len() - b.iter().rev().take_while(|&&c| c == b' ').count();
    let len = b[..end]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    &text[end - len..end]
}

/// The casualty verb right before `at` ("killing three", "injured 12"), with what befell
/// them.
fn casualty_before(text: &str, at: usize) -> Option<(&str, &'static str)> {
    let word = ascii_word_before(text, at);
    let what = casualty(word)?;
    // "12 dead" reads after the number; before one, only verbs count ("killing 3").
    (word.ends_with("ing") || word.ends_with("ed")).then_some((word, what))
}

/// A winning margin ("by 444 votes", "a margin of 454 votes", "won by 12 points"): the
/// noun of what it counts and where that noun ends. Votes and points measure rather
/// than count (`data/not_counted.txt`), but a margin is a fact outlets misreport.
fn margin_at(text: &str, m: &regex::Match) -> Option<(&'static str, usize)> {
    // Where the word before the figure starts: "passed by just 1,135 votes", "won by
    // only 12 points", "by a mere 40 votes" put a word of smallness between.
    let mut at = m.start();
    let mut word = ascii_word_before(text, at);
    for small in ["just", "only", "barely", "mere", "a"] {
        if word.eq_ignore_ascii_case(small) {
            at = text[..at].trim_end().len() - word.len();
            word = ascii_word_before(text, at);
        }
    }
    // Where "of" starts, for the word before it.
    let of_at = text[..at].trim_end().len().saturating_sub(2);
    let by = word.eq_ignore_ascii_case("by")
        || (word.eq_ignore_ascii_case("of") && {
            let w = ascii_word_before(text, of_at);
            ["margin", "lead", "edge"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        });
    if !by {
        return None;
    }
    let after = &text[m.end()..];
    ["votes", "points", "percentage points"]
        .iter()
        .find(|n| {
            after.len() > n.len()
                && after.as_bytes()[0] == b' '
                && after[1..]
                    .get(..n.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(n))
                && !after[1 + n.len()..].starts_with(char::is_alphanumeric)
        })
        // "by 31 votes to 24" is a tally (read by `votes`), not a margin.
        .filter(|n| !after[1 + n.len()..].trim_start().starts_with("to "))
        .map(|n| (*n, m.end() + 1 + n.len()))
}

/// The count a match starts, with where its words start and where its noun ends; none
/// for years, money, dates, percentages and measures of time.
fn read_count(text: &str, c: &regex::Captures) -> Option<(usize, usize, CountClaim)> {
    let m = c.get(0).unwrap();
    let before = &text[..m.start()];
    // "$5"; the "6" of "3/6" (a fraction, a date, a thread's "2/6"); a footnote's "[3]";
    // a number's label ("POOL REPORT #3", "No. 1" aside, "#3" is an ordinal).
    if before.ends_with(['$', '£', '€', '/', '[', '#']) {
        return None;
    }
    // A number right after another ("1 000", "in 2019 23 cities") is no count of its
    // own; after "3/6" or "I-5" it may be ("3/6 At least 12 people").
    // A quote mark opening the sentence is no part of its first word ("\"Twelve
    // hundred thousand people": the "hundred" continues "Twelve").
    let prev_token = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_start_matches(['"', '\u{201c}', '\'', '\u{2018}', '(']);
    let is_number = |t: &str| {
        t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    };
    // A number and a comma before it part two figures ("In 2019, 23 cities", "On June
    // 11, twenty states").
    // So is a word of a number spelled in several words, read from its first: the
    // "hundred" of "two hundred", the "two" of "thousand two hundred".
    let mut buf = [0u8; 32];
    let prev_lower = crate::text::normalize::ascii_lower(prev_token, &mut buf).unwrap_or("");
    let prev_number = is_number(prev_token)
        || crate::canon::numbers::is_number_lower(prev_lower)
        || scale_of(prev_lower).is_some();
    if before.ends_with(|ch: char| ch.is_ascii_digit())
        || (prev_number && !prev_token.ends_with(','))
    {
        return None;
    }
    // "June 11", "Sept. 30": a day of a month, not a count.
    if super::dates::is_month(prev_token) {
        return None;
    }
    // "12,000 acres (4,856 hectares)": a figure in parentheses right after a figure
    // converts it or breaks it down; it is no claim of its own.
    if let Some(open) = before.trim_end().strip_suffix('(') {
        let counted = open
            .split_whitespace()
            .rev()
            .skip(1)
            .take(2)
            .any(|w| is_number(w) || crate::canon::numbers::is_number_lower(&w.to_lowercase()));
        if counted {
            return None;
        }
    }
    // "Section 1342 of the Act", "No. 5", "AB 214", "Local 1199": a label, not a count
    // (`data/number_labels.txt`).
    let prev_word = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    if NUMBER_LABELS.contains(prev_word.trim_end_matches([',', '.'])) {
        return None;
    }
    // "KPIK 1040 Sports Update": a station's frequency. In a sentence with lowercase
    // letters only: in capitals throughout, "WITH 12" is a word and a count.
    let prev_raw = before.split_whitespace().next_back().unwrap_or("");
    if is_call_sign(prev_raw) && text.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // "HB26-1187", "I-40", "COVID-19": a number joined by a hyphen to a word with a
    // letter in it is part of a name.
    if let Some(joined) = before.strip_suffix('-')
        && joined
            .rsplit(|ch: char| ch.is_whitespace())
            .next()
            .is_some_and(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
    {
        return None;
    }
    // "1720 Wells St.": a street address.
    if m.as_str().starts_with(|c: char| c.is_ascii_digit()) && street_after(&text[m.end()..]) {
        return None;
    }
    // The "2" of "1.2 million" is no number of its own.
    if let Some(b) = before.strip_suffix(['.', ','])
        && b.ends_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let q = c["q"].to_lowercase();
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    let after_q = &text[c.name("q").unwrap().end()..];
    // "fourth-quarter", "tenth", "Tennessee": a number word inside a longer word; but
    // "40m people", a figure and its scale glued. "The 100m hurdles" is a distance.
    if after_q.starts_with(char::is_alphanumeric) {
        let glued = q.bytes().all(|b| b.is_ascii_digit()) && scale_abbreviation(after_q).is_some();
        let before = text[..c.name("q").unwrap().start()].trim_end();
        let determined = ["the", "a", "an"].iter().any(|d| {
            before.len() >= d.len()
                && before[before.len() - d.len()..].eq_ignore_ascii_case(d)
                && !before[..before.len() - d.len()].ends_with(char::is_alphanumeric)
        });
        if !glued || (determined && after_q.starts_with('m')) {
            return None;
        }
    }
    // "1.2 million customers", "3 million riders": the number times its scale word.
    // "fourteen thousand two hundred acres": a number spelled in several words.
    let spelled = parse_number(&q)
        .and_then(|first| crate::canon::numbers::spelled_compound(first, after_q))
        .map(|(value, len)| (value, c.name("q").unwrap().end() + len));
    let scaled = spelled.or_else(|| {
        scale_after(after_q).and_then(|(fraction, scale, len)| {
            let whole = parse_number(&q)?;
            let value = whole.checked_mul(scale)? + fraction * scale / 1000;
            Some((value, c.name("q").unwrap().end() + len))
        })
    });
    // A sentence's closing stop ("the crowd at 4,000.") ends a figure as ". " does.
    let closing_stop = after_q
        .strip_prefix('.')
        .is_some_and(|rest| rest.chars().next().is_none_or(char::is_whitespace));
    if after_q.starts_with(['%', '-', '.', ',', ':', '/'])
        && scaled.is_none()
        && !after_q.starts_with(", ")
        && !closing_stop
    {
        // "37%", "6-1", "1.5", "10:30", "3/6"
        if !after_q.starts_with(',') {
            return None;
        }
    }
    let base = match c.name("paren").and_then(|p| p.as_str().parse().ok()) {
        Some(v) => Interval::exact(v),
        None if scaled.is_some() => Interval::exact(scaled.unwrap_or_default().0),
        None => match QUANTITIES.iter().find(|(p, _)| *p == q) {
            Some((_, i)) => *i,
            None => {
                let n = parse_number(&q)?;
                if (1900..=2100).contains(&n) && q.len() == 4 {
                    return None; // a year
                }
                Interval::exact(n)
            }
        },
    };
    let hedge = c
        .name("hedge")
        .filter(|h| !not_a_bound(h.as_str(), &text[..h.start()]))
        .map(|h| h.as_str().to_lowercase());
    // "~2.3M patients": a tilde glued to the figure is "about".
    let tilde = hedge.is_none() && text[..c.name("q").unwrap().start()].ends_with('~');
    // "8,000+ people": a plus glued after the figure is "at least".
    let plus = hedge.is_none()
        && scaled.is_none()
        && after_q
            .strip_prefix('+')
            .is_some_and(|rest| rest.chars().next().is_none_or(char::is_whitespace));
    let hedge = if tilde {
        Some("about".to_string())
    } else if plus {
        Some("at least".to_string())
    } else {
        hedge
    };
    let kind = hedge.as_deref().and_then(hedge_kind);
    // "a dozen residents" with no hedge is a round figure, read as "about a dozen" is
    // and never precise enough to contradict "Fourteen residents".
    let round = kind.is_none() && ROUND.contains(q.to_lowercase().as_str());
    // "approximately 4.2 million customers": decimals before a scale word say how
    // precise the figure is, as they do for a sum.
    let place = scaled.and_then(|_| {
        let decimals = after_q.strip_prefix('.')?;
        let digits = decimals.bytes().take_while(u8::is_ascii_digit).count() as u32;
        let word = decimals[digits as usize..].trim_start().split(' ').next()?;
        let scale = scale_of(word).or_else(|| scale_letter(word))?;
        Some(scale / 10u64.pow(digits))
    });
    // "approximately 1,150 positions": three significant digits say the figure is
    // known to its tens, so the hedge spans half a hundred either side, not a fifth.
    let place = place.or_else(|| {
        (scaled.is_none() && base.hi == Some(base.lo))
            .then(|| precise_place(base.lo))
            .flatten()
    });
    let value = match kind {
        Some(kind) => hedged_to(base, kind, place),
        None if round => hedged(base, "about"),
        None => base,
    };
    let mut partitive = c.name("part").is_some();
    // "dozens of riders": a vague quantity before "of" counts what follows.
    let mut noun_from = scaled.map_or(m.end(), |(_, end)| end.max(m.end()));
    let vague = QUANTITIES.iter().any(|(p, _)| *p == q);
    if !partitive && vague && text[noun_from..].to_lowercase().starts_with(" of ") {
        noun_from += 4;
    }
    // The class a count with no noun gets from the words around it, and where its
    // words start.
    let mut own_class: Option<String> = None;
    let mut start = m.start();
    let (noun, noun_end) = match noun_after(text, noun_from) {
        Some((noun, end)) => (noun, end),
        // "by 444 votes"; "3 dead, 12 injured", "killing three".
        None if !partitive
            && let Some((noun, class, from, end)) = nounless(text, &m, noun_from) =>
        {
            own_class = Some(class);
            start = from;
            (noun, end)
        }
        // "10 of them were hospitalized": the part its fate befell, counted as "10
        // hospitalized" is, whatever the whole.
        None if partitive && let Some((what, end)) = fate_after(text, m.end()) => {
            own_class = Some(format!("casualty:{what}"));
            partitive = false;
            (what.to_string(), end)
        }
        // "Twelve of the 15 are cited", "About a dozen of them": a part with no noun
        // needs its whole, or "them".
        None if partitive
            && (c.name("whole").is_some() || c["part"].to_lowercase().contains("them")) =>
        {
            (String::new(), m.end())
        }
        None => return None,
    };
    // "178 passengers and crew", "40 students and staff": one count of both kinds of
    // people, never a count of the first alone.
    let (noun, noun_end, both) = match people_and_people(text, &noun, noun_end) {
        Some((second, end)) => (format!("{noun} and {second}"), end, Some(second)),
        None => (noun, noun_end, None),
    };
    if partitive && value == Interval::exact(1) {
        return None; // "one of the most …"
    }
    // "all 42 of the district's bus routes", "all three of the victims": a part that
    // is all of its set counts the set.
    if partitive
        && c.name("whole").is_none()
        && !noun.is_empty()
        && text[..m.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("all"))
    {
        partitive = false;
    }
    // "84 positions, 35 of them teachers": a noun right after "of them" says what the
    // part is, and the part is a count of that noun.
    if partitive
        && c.name("whole").is_none()
        && !noun.is_empty()
        && noun_from == m.end()
        && ["them", "those"]
            .iter()
            .any(|w| c["part"].trim_end().to_lowercase().ends_with(w))
    {
        partitive = false;
    }
    if !partitive && value == Interval::exact(1) {
        return None;
    }
    // "Tulsa and more than a dozen other towns", a headline's "Tulsa, 15 other states":
    // the named one counts too.
    let mods = &text[noun_from.min(noun_end)..noun_end];
    let value = if mods
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("other"))
        && follows_a_named_one(&text[..m.start()])
    {
        Interval {
            lo: value.lo + 1,
            hi: value.hi.map(|h| h + 1),
        }
    } else {
        value
    };
    // The first noun of "passengers and crew" says whether they are people.
    let lead = if both.is_some() {
        noun.split(" and ").next().unwrap_or_default()
    } else {
        noun.as_str()
    };
    let mut class = if partitive {
        "part".to_string()
    } else if let Some(class) = own_class {
        class
    } else if let Some(what) = fate_of(text, lead, noun_end) {
        format!("casualty:{what}")
    } else if PEOPLE_NOUNS.contains(lead.to_ascii_lowercase().as_str())
        && crowd_after(text, noun_end)
    {
        CROWD_CLASS.to_string()
    } else if PEOPLE_NOUNS.contains(lead.to_ascii_lowercase().as_str())
        && taken_to_hospital(text, m.start(), noun_end)
    {
        "casualty:hospitalized".to_string()
    } else if PEOPLE_NOUNS.contains(lead.to_ascii_lowercase().as_str())
        && let Some(what) = casualty_before(text, m.start())
            .map(|(_, what)| what)
            .or_else(|| toll_start(text, m.start()).map(|_| "dead"))
    {
        // "killing at least 34 people", "the death toll has risen to 42 people".
        format!("casualty:{what}")
    } else if let Some(second) = &both {
        format!("{}+{}", class_of(lead), class_of(second))
    } else {
        class_of(&noun)
    };
    // "others" counts people only by what befell them ("sending 14 others to
    // hospitals"); "two others" alone is no set.
    if noun == "others" && !class.starts_with("casualty:") {
        return None;
    }
    // "Three Oregon counties" counts a part of the counties: a place among the
    // modifiers narrows the set. A place after another capitalized word that is no
    // place and no region ("412,000 Entergy Louisiana customers") ends a company's or
    // a body's name: it narrows nothing.
    let mut after_name = false;
    for w in mods.split_whitespace() {
        let folded = fold_name(w);
        let capital = w.starts_with(|c: char| c.is_uppercase());
        let place = !folded.is_empty() && capital && is_known_place(&folded);
        let home = place && crate::canon::gazetteer::gazetteer().is_home_country(&folded);
        if place && !after_name && !home {
            class = format!("{class}:{folded}");
        }
        after_name = capital && !place && !super::people::NOT_NAMES.contains(w);
    }
    // Words with no number in them ("several", "a handful of") are loose.
    let loose = round || (QUANTITIES.iter().any(|(p, _)| *p == q) && !q.contains("dozen"));
    Some((
        start,
        noun_end,
        CountClaim {
            value,
            noun,
            class,
            partitive,
            loose,
            context: Vec::new(),
        },
    ))
}

/// Words after which "over" is "about" (`data/over_topics.txt`).
static OVER_TOPICS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/over_topics.txt")).collect());

/// Whether a hedge "over" says what a thing is about ("sued over $6.8 billion", "a
/// dispute over 40 acres"), not that the figure is a floor: the word before it says
/// so, or a word of dispute before the one it names ("suing the U.S. Department of
/// Education over $6.8 billion", "a lawsuit against Acme over 40 acres").
pub(crate) fn over_a_topic(hedge: &str, before: &str) -> bool {
    if !hedge.eq_ignore_ascii_case("over") {
        return false;
    }
    let is_topic = |w: &str| OVER_TOPICS.contains(w.to_ascii_lowercase().as_str());
    // Walk back over the name of who is sued: capitalized words, articles and the
    // small words of a name, a few other lowercase words ("the state education
    // department"), never a clause's edge or a word that starts another
    // phrase ("sued the company for over $5 million" is a floor).
    let mut plain = 0;
    // The word after the one read, toward "over": what a word of dispute is followed
    // by says whether the words between name who is disputed with ("sued the", "a
    // lawsuit against", "suing Ohio"), not what it is of ("a probe of Acme's books
    // found over $5 million" is a floor).
    let mut after: Option<&str> = None;
    for w in before.split_whitespace().rev().take(OVER_OBJECT_REACH) {
        // A lowercase word that ends a sentence ("the lawsuit.") is an edge too.
        let ends_sentence =
            w.ends_with(['.', '!', '?']) && w.starts_with(|c: char| c.is_ascii_lowercase());
        if ends_sentence || w.ends_with([',', ';', ':']) || w.starts_with(['"', '\u{201c}']) {
            return false;
        }
        if is_topic(w) {
            return after.is_none_or(|a| {
                a.starts_with(|c: char| c.is_ascii_uppercase())
                    || super::is_determiner(a)
                    || matches!(a, "against" | "with")
            });
        }
        let lower = w.to_ascii_lowercase();
        let name_part = w.starts_with(|c: char| c.is_ascii_uppercase())
            || super::is_determiner(w)
            || matches!(lower.as_str(), "of" | "and" | "&" | "against" | "with");
        after = Some(w);
        if !name_part {
            plain += 1;
            if plain > OVER_OBJECT_PLAIN || OVER_OBJECT_STOPS.contains(lower.as_str()) {
                return false;
            }
        }
    }
    false
}

/// How many words before "over" may name who a suit or a dispute is against.
const OVER_OBJECT_REACH: usize = 8;

/// How many lowercase words other than articles that name may hold ("the state
/// education department").
const OVER_OBJECT_PLAIN: usize = 3;

/// `data/over_object_stops.txt`: words that start a phrase of their own between a word
/// of dispute and "over", after which "over" is "more than" ("sued the firm for over
/// $5 million").
static OVER_OBJECT_STOPS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/over_object_stops.txt")).collect()
});

/// `data/rise_verbs.txt`: words after which "up to" is where a figure rises.
static RISE_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/rise_verbs.txt")).collect());

/// A headline's round thousands in digits ("Wildfire grows to 18,000 acres" over a
/// story of 18,240): a headline rounds, so such a figure spans one unit of its last
/// place other than zero either side (17,000–19,000), and no more than a tenth of it
/// (20,000 is 18,000–22,000). A figure with a scale word ("3.2 million") already
/// says how precise it is; `words` are the count's words.
fn rounded_in_a_headline(words: &str, value: Interval) -> Interval {
    let n = value.lo;
    let mut tokens = words.split_whitespace();
    let digits = tokens.find(|t| t.contains(|c: char| c.is_ascii_digit()));
    let in_digits = digits.is_some_and(|t| t.chars().all(|c| c.is_ascii_digit() || c == ','))
        && tokens
            .next()
            .is_none_or(|next| scale_of(&next.to_lowercase()).is_none());
    if value.hi != Some(n) || n < 1_000 || !n.is_multiple_of(1_000) || !in_digits {
        return value;
    }
    let mut unit = 1;
    while n.is_multiple_of(unit * 10) {
        unit *= 10;
    }
    let unit = unit.min(n / 10);
    Interval {
        lo: n - unit,
        hi: Some(n + unit),
    }
}

/// Whether a hedge is no bound of its figure: "over" of a topic ([`over_a_topic`]), or
/// "up to" where a figure rises ("is going up to $5.50" is $5.50, not at most that).
pub(crate) fn not_a_bound(hedge: &str, before: &str) -> bool {
    over_a_topic(hedge, before)
        || (hedge.eq_ignore_ascii_case("up to")
            && before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| RISE_VERBS.contains(w.to_ascii_lowercase().as_str())))
}

/// For a whole figure of three or more significant digits, how far a hedge may move it:
/// five units of its last place other than zero (1,150 → 50; 12,480 → 50). A rounder
/// figure ("about 1,500", "about 640") keeps a hedge's usual fifth either side.
fn precise_place(n: u64) -> Option<u64> {
    let mut unit = 1;
    let mut m = n;
    while m > 0 && m.is_multiple_of(10) {
        m /= 10;
        unit *= 10;
    }
    (m >= 100).then_some(unit * 5)
}

/// [`hedged`], no wider than one unit in the figure's last decimal place (`place`) on
/// either side: "roughly $6.8 billion" is $6.7–6.9 billion, not the fifth either side a
/// round "about $7 billion" gets.
pub(crate) fn hedged_to(base: Interval, kind: &str, place: Option<u64>) -> Interval {
    let (n, range) = (base.lo, hedged(base, kind));
    match (place, kind) {
        (Some(place), "about" | "below") if place > 0 => Interval {
            lo: range.lo.max(n.saturating_sub(place)),
            hi: range.hi.map(|hi| hi.min(n + place)),
        },
        _ => range,
    }
}

pub(crate) fn hedged(base: Interval, kind: &str) -> Interval {
    let n = base.lo;
    let f = |x: f64| x.round() as u64;
    match kind {
        "below" => Interval {
            lo: f(n as f64 * 0.8),
            hi: Some(n.saturating_sub(1)),
        },
        "about" => Interval {
            lo: f(n as f64 * 0.8),
            hi: Some(f(n as f64 * 1.2)),
        },
        "above" => Interval {
            lo: n + 1,
            hi: None,
        },
        "atleast" => Interval { lo: n, hi: None },
        "atmost" => Interval { lo: 0, hi: Some(n) },
        "under" => Interval {
            lo: 0,
            hi: Some(n.saturating_sub(1)),
        },
        _ => base,
    }
}

/// Bytes of the longest unit of `data/measure_units.txt` ("gallon"): longer words are
/// not looked up.
const MAX_UNIT_BYTES: usize = 6;

/// `data/measure_units.txt`: units of measure after a number.
static MEASURE_UNITS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/measure_units.txt")).collect());

/// Singular nouns that count people right after a number (`data/collective_nouns.txt`).
static COLLECTIVE: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/collective_nouns.txt")).collect());

/// `data/object_participles.txt`: participles that take an object ("carrying").
static OBJECT_PARTICIPLES: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/object_participles.txt")).collect()
});

/// The counted noun after a number: a set noun ("cities and counties") or a plural noun,
/// after at most two modifiers ("Democratic mayors", "quarterly overflow reports").
fn noun_after(text: &str, at: usize) -> Option<(String, usize)> {
    let mut mods = 0;
    let mut pos = at;
    let bytes = text.as_bytes();
    // Most words are short ASCII: lowercased on the stack; a string is made for the
    // noun returned only.
    let mut buf = [0u8; 32];
    let mut owned;
    // Where the word before starts, for a place's name of two words ("Des Moines").
    let mut before_start: Option<usize> = None;
    // Words, each with the white space after it, found by a plain byte loop: they are a
    // few bytes long, shorter than a memchr call is worth. A line break parts words as a
    // space does: "three\nroutes" is two words, and the noun ends where "routes" ends.
    while pos < bytes.len() {
        let word_start = pos;
        pos = bytes[pos..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |p| pos + p + 1);
        let raw = &text[word_start..pos];
        if raw.trim().is_empty() {
            continue;
        }
        let w = raw
            .trim()
            .trim_end_matches([',', '.', ';', ':', ')', '"', '\'']);
        let lower = match crate::text::normalize::ascii_lower(w, &mut buf) {
            Some(lower) => lower,
            None => {
                owned = w.to_lowercase();
                owned.as_str()
            }
        };
        if lower.is_empty() {
            return None;
        }
        // "Vehicles involved: 2\nFatalities: 3": a fact sheet's next label, not a noun.
        if raw.trim_end().ends_with(':') && text[at..word_start].contains('\n') {
            return None;
        }
        // A multi-word set noun starting here ("cities and counties", "local governments").
        if let Some(noun) = super::lists::set_noun_starting(&text[word_start..]) {
            return Some((noun.to_string(), word_start + noun.len()));
        }
        // "injuring 14 others", "sending 14 others to hospitals": people, when a fate
        // or a hospital is told of them (the class is read from it).
        if mods == 0 && lower == "others" {
            let end = word_start + w.len();
            let near = crate::text::normalize::floor_boundary(text, end + 40);
            let told = fate_after(text, end).is_some()
                || pattern::contains_ignore_case(&text[end..near], "hospital");
            return told.then(|| (lower.to_string(), end));
        }
        // "11 carrying hazardous materials": a participle with an object starts a
        // clause; what it carries is not what the number counts.
        if OBJECT_PARTICIPLES.contains(lower) {
            return None;
        }
        // "other" and "new" modify the noun ("40 new officers"); other stopwords end it.
        if STOP.contains(lower) && lower != "other" && lower != "new" {
            return None;
        }
        // "120 mph winds": a measure, not a count of winds.
        if mods == 0 && lower.len() <= MAX_UNIT_BYTES && MEASURE_UNITS.contains(lower) {
            return None;
        }
        // "6 crew", "40 staff": a collective noun right after the number, unless a
        // plural noun it modifies follows ("6 crew members").
        if mods == 0
            && COLLECTIVE.contains(lower)
            && (raw.len() != w.len() + 1 || plural_word_at(text, pos, false).is_none())
        {
            return Some((lower.to_string(), word_start + w.len()));
        }
        // "Three Des Moines Men": a title-case word that ends a place's name with the
        // word before it modifies the noun after it.
        let ends_a_place = mods > 0
            && title_case(w)
            && before_start
                .is_some_and(|b| is_known_place(&fold_name(&text[b..word_start + w.len()])));
        // "great-grandchildren": a hyphen may join the words of a plural.
        if looks_plural(lower)
            && lower.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lower.starts_with('-')
            && !lower.ends_with('-')
            && !ends_a_place
        {
            // A plural noun that modifies the next one ("two civil rights groups", "14
            // news outlets"): the noun is the second. After a plural a verb in "-s"
            // would not agree, so a second plural word is the head noun.
            if raw.len() == w.len() + 1
                && raw.ends_with(' ')
                && let Some(head) = plural_word_at(text, pos, title_case(w))
            {
                return Some((head.to_ascii_lowercase(), pos + head.len()));
            }
            if NOT_COUNTED.contains(lower) {
                return None;
            }
            return Some((lower.to_string(), word_start + w.len()));
        }
        // "June 11 twenty states": a number is no modifier of a counted noun; nor is a
        // lone dash ("NEWS AT SIX - CLOSED CAPTIONS": the dash parts a title's pieces).
        if crate::canon::numbers::is_number_lower(lower)
            || lower.chars().all(|c| matches!(c, '-' | '–' | '—'))
        {
            return None;
        }
        mods += 1;
        before_start = Some(word_start);
        // Two modifiers at most, and no punctuation between modifier and noun but the
        // last point of a capital abbreviation ("three U.S. plants"; not "6 a.m. news").
        let abbreviation = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.contains('.')
            && raw.trim_end().len() == w.len() + 1;
        if mods > 2 || (raw.trim_end().len() != w.len() && !abbreviation) {
            return None;
        }
    }
    None
}

/// The lowercase plural noun at `at` ("groups" in "rights groups, ..."), if the word
/// there is one: four letters or more, ending in "s" but not "ss", not a stopword and
/// not a noun that is never counted. In a headline's title case (`capitalized`, as
/// the word before it is: "481 Measles Cases") the noun may be capitalized too.
fn plural_word_at(text: &str, at: usize, capitalized: bool) -> Option<&str> {
    let rest = text.get(at..)?;
    let end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..end];
    let mut buf = [0u8; 32];
    let lower = crate::text::normalize::ascii_lower(word, &mut buf)?;
    let cased = word == lower || (capitalized && title_case(word));
    (cased && looks_plural(lower) && !STOP.contains(lower) && !NOT_COUNTED.contains(lower))
        .then_some(word)
}

/// A capital and then lowercase letters only: "Cases", not "CASES" or "cases".
fn title_case(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase) && b[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether a lowercase word has the shape of a plural noun: four letters or more, ending
/// in "s" but not "ss" ("towns", not "press" or "bus").
pub(super) fn looks_plural(word: &str) -> bool {
    (word.len() >= 4 && word.ends_with('s') && !word.ends_with("ss"))
        || IRREGULAR_PLURALS.contains(word.rsplit('-').next().unwrap_or(word))
        || (word.contains('-') && IRREGULAR_PLURALS.contains(word))
}

/// `data/irregular_plurals.txt`: plurals that do not end in "s" ("grandchildren").
static IRREGULAR_PLURALS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/irregular_plurals.txt")).collect()
});

static DURATIONS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/durations.txt")).collect());

/// How long a thing lasts, from a hyphenated count of a unit of time and the noun after
/// it ("a 30-year lease": 30 years of the lease), with the end of the noun. Its class
/// holds unit and noun, so only lengths of one kind of thing meet: a 30-year lease
/// and a 25-year lease, never a 30-year lease and a 10-year plan. "A 60-year-old pool"
/// and a unit before no word give none.
fn duration(text: &str, end: usize, unit: &str, n: u64) -> Option<(usize, CountClaim)> {
    if !DURATIONS.contains(unit) {
        return None;
    }
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let thing = &rest[..len];
    if stems(thing).is_empty() {
        return None;
    }
    // "a three-year labor agreement": the known thing a word or two on.
    if let Some((at, known)) = phrase_words(text, end + 1, LASTING_REACH)
        .into_iter()
        .find(|(_, w)| LASTING.contains_key(w))
    {
        return Some((at + known.len(), lasting(n, unit, known)));
    }
    Some((end + 1 + len, lasting(n, unit, thing)))
}

/// The words of a noun phrase from `at`, each with where it starts: at most `limit`
/// lowercase words, up to a capital, a digit, a stopword or a preposition, and no
/// further than a word that punctuation closes ("free credit monitoring,").
fn phrase_words(text: &str, at: usize, limit: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = at;
    for word in text[at..].split(' ').take(limit) {
        let w = word.trim_end_matches([',', '.', ';', ':']);
        if w.is_empty()
            || !w.bytes().all(|b| b.is_ascii_lowercase())
            || STOP.contains(w)
            || super::amounts::PREPOSITIONS.contains(w)
        {
            break;
        }
        out.push((start, w));
        if w.len() != word.len() {
            break;
        }
        start += word.len() + 1;
    }
    out
}

/// Words after "N-year" in which a known thing is sought.
const LASTING_REACH: usize = 3;

/// `data/lasting_things.tsv`: things whose length news gives, by the thing they are one
/// of ("agreement", "deal" and "pact" are contracts).
static LASTING: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    data_rows(include_str!("../../data/lasting_things.tsv"))
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect()
});

static OF: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" of "));

/// Each number, unit of time and " of " in a sentence ("two years of", "90 days of"):
/// where the number starts, the unit as `data/durations.txt` writes it, the number,
/// and where the words after " of " start. Found from each " of " by reading the two
/// words before it, with no pattern: most sentences have an "of" and no such unit.
fn lengths_of(text: &str) -> impl Iterator<Item = (usize, &'static str, u64, usize)> + '_ {
    let word_before = |end: usize| {
        let start = text[..end]
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |p| p + 1);
        (start, &text[start..end])
    };
    OF.find_iter(text.as_bytes()).filter_map(move |at| {
        let (unit_start, word) = word_before(at);
        let singular = word.strip_suffix('s').unwrap_or(word);
        let unit = *DURATIONS
            .iter()
            .find(|u| u.eq_ignore_ascii_case(singular))?;
        let before = text[..unit_start].strip_suffix(' ')?;
        let (start, number) = word_before(before.len());
        let n = parse_number(number)?;
        Some((start, unit, n, at + 4))
    })
}

/// "180 days' notice", "six months’ notice", "two weeks' pay": a number, a unit of time
/// in the plural with an apostrophe after it, and the thing it is a length of (the next
/// word, in lowercase, no preposition). Where the number starts, where the thing ends,
/// the unit, the number and the thing. Found from each apostrophe after an "s".
fn lengths_possessive(
    text: &str,
) -> impl Iterator<Item = (usize, usize, &'static str, u64, &str)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'\'', 0x99, bytes).filter_map(move |at| {
        // The apostrophe: "'" or the last byte of "’" (E2 80 99).
        let mark = if bytes[at] == b'\'' {
            at
        } else if at >= 2 && bytes[at - 2..at] == [0xE2, 0x80] {
            at - 2
        } else {
            return None;
        };
        let after = at + 1;
        if bytes.get(after) != Some(&b' ') || !text[..mark].ends_with('s') {
            return None;
        }
        let unit_start = text[..mark].rfind(' ').map_or(0, |p| p + 1);
        let singular = &text[unit_start..mark - 1];
        let unit = *DURATIONS
            .iter()
            .find(|u| u.eq_ignore_ascii_case(singular))?;
        let before = text[..unit_start].strip_suffix(' ')?;
        let start = before.rfind(' ').map_or(0, |p| p + 1);
        let n = parse_number(&text[start..before.len()])?;
        let rest = &text[after + 1..];
        let len = rest
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(rest.len());
        let thing = &rest[..len];
        if thing.len() < 3 || super::amounts::PREPOSITIONS.contains(thing) {
            return None;
        }
        Some((start, after + 1 + len, unit, n, thing))
    })
}

/// " for ", where a length written with "for" is sought.
static FOR: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" for "));

/// "make payments for 25 years", "a ban for the next five years": a thing of
/// `data/lasting_things.tsv`, then "for", then a number of a unit of time with no "of"
/// after it. Where its words start and end, the unit, the number, the thing. Read word
/// by word after each " for ": most sentences hold one, few a length after it.
fn lengths_for(text: &str) -> impl Iterator<Item = (usize, usize, &'static str, u64, &str)> + '_ {
    FOR.find_iter(text.as_bytes()).filter_map(move |at| {
        let (n, unit, unit_end, next) =
            time_span_at(text, at + " for ".len(), &["the", "next", "first", "last"])?;
        if next == Some("of") {
            return None;
        }
        let thing_start = text[..at].rfind(' ').map_or(0, |p| p + 1);
        let thing = &text[thing_start..at];
        let known = |w: &str| LASTING.contains_key(w);
        (known(thing) || thing.strip_suffix('s').is_some_and(known)).then_some((
            thing_start,
            unit_end,
            unit,
            n,
            thing,
        ))
    })
}

/// A number of a unit of time at `from` ("25 years", "the next five years", past the
/// words of `skips`): the number, the unit as `data/durations.txt` writes it, where the
/// unit's word ends (a stop after it left off), and the word after it, when no stop
/// ends the unit's word ("of" in "30 days of the year"). The unit is read first: most
/// words after "for" or "over" are no number, and reading one as a number costs more
/// than a look at the word after it.
fn time_span_at<'t>(
    text: &'t str,
    from: usize,
    skips: &[&str],
) -> Option<(u64, &'static str, usize, Option<&'t str>)> {
    let mut pos = from;
    let mut word = || {
        let rest = &text[pos..];
        let len = rest.find(' ').unwrap_or(rest.len());
        let w = &rest[..len];
        let end = pos + len;
        pos = (end + 1).min(text.len());
        (w, end)
    };
    let (mut number, _) = word();
    for skip in skips {
        if number.eq_ignore_ascii_case(skip) {
            number = word().0;
        }
    }
    let (unit_word, unit_end) = word();
    let bare = unit_word.trim_end_matches(['.', ',', ';', ':']);
    let singular = bare.strip_suffix('s').unwrap_or(bare);
    let mut buf = [0u8; 16];
    let lower = crate::text::normalize::ascii_lower(singular, &mut buf)?;
    let unit = *DURATIONS.get(lower)?;
    let n = parse_number(number)?;
    let unit_end = unit_end - (unit_word.len() - bare.len());
    let next = (bare.len() == unit_word.len())
        .then(|| word().0.trim_end_matches(['.', ',', ';', ':']))
        .filter(|w| !w.is_empty());
    Some((n, unit, unit_end, next))
}

/// " over ", where a length of payments is sought.
static OVER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" over "));

/// `data/paid_over_words.txt`: words that make "over N years" the span a sum is paid
/// across.
static PAID_OVER: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/paid_over_words.txt")).collect());

/// Words before "over" in which a word of paying is sought.
const PAID_OVER_REACH: usize = 6;

/// "will pay $212 million over eight years", "paid over the next 10 years": "over",
/// a number and a unit of time (no "of", "ago" or "old" after it: "over 10 years of
/// premiums", "over 20 years ago" say "more than"), with a word of paying among the six
/// words before it in its clause. Where "over" starts and the unit ends, the unit and
/// the number.
fn lengths_paid_over(text: &str) -> impl Iterator<Item = (usize, usize, &'static str, u64)> + '_ {
    OVER.find_iter(text.as_bytes()).filter_map(move |at| {
        let (n, unit, unit_end, next) =
            time_span_at(text, at + " over ".len(), &["the", "next", "first"])?;
        if next.is_some_and(|w| {
            ["of", "ago", "old"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        }) {
            return None;
        }
        let clause = &text[..at];
        let clause = &clause[clause.rfind([';', '.', '—']).map_or(0, |p| p + 1)..];
        let paid = clause
            .split_whitespace()
            .rev()
            .take(PAID_OVER_REACH)
            .any(|w| PAID_OVER.contains(w.trim_end_matches(',').to_ascii_lowercase().as_str()));
        paid.then_some((at + 1, unit_end, unit, n))
    })
}

/// "after" and "ast" (of "lasted", "lasting", "lasts"), in any case: where a length
/// told by its end is sought. One search for "ast" costs less than three for each
/// word of lasting; the letters around a hit are then looked at.
static AFTER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("fter "));
static LAST: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("ast"));

/// Whether a sentence may tell a length by its end: an "after" right behind an ending
/// word ("ended after", "Over After"), or a word of lasting. Most sentences with an
/// "after" have none, and are not split into words.
fn tells_an_end(text: &str) -> bool {
    let bytes = text.as_bytes();
    // One pass for "ast", then a look around it: "lasted ", "Lasting ", "lasts ".
    let lasting = LAST.find_iter(bytes).any(|at| {
        at >= 1
            && bytes[at - 1] | 0x20 == b'l'
            && ([&b"ed "[..], b"ing ", b"s "]
                .iter()
                .any(|end| bytes[at + 3..].starts_with(end))
                // "will last": most "last " is "last year".
                || (bytes[at + 3..].starts_with(b" ") && modal_before(&text[..at - 1])))
    });
    lasting
        || AFTER.find_iter(bytes).any(|at| {
            let before = text[..at.saturating_sub(1)].trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            let mut buf = [0u8; 16];
            crate::text::normalize::ascii_lower(word, &mut buf)
                .is_some_and(|w| ENDING.get(w) == Some(&"after"))
        })
}

/// Whether the word before is one that makes "last" a verb ("will last", "to last").
fn modal_before(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    LAST_MODALS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// Words before which "last" is a verb of lasting ([`lengths_ended`], [`tells_an_end`]).
const LAST_MODALS: &[&str] = &["will", "would", "could", "may", "might", "should", "to"];

/// `data/ending_words.tsv`: words that tell a length by its end, with what each is.
static ENDING: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    data_rows(include_str!("../../data/ending_words.tsv"))
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect()
});

/// Words passed over on the way back from an ending word to its thing, at most.
const ENDING_SKIP: usize = 4;

/// "The strike ended after 24 days", "Strike Over After 24 Days", "a lockout that
/// lasted 11 weeks": a thing, a word of `data/ending_words.tsv` ("ended" then "after",
/// or "lasted"), a number and a unit of time with no "of" after it. Where the thing
/// starts and the unit ends, the unit, the number and the thing in lowercase. Only an
/// exact length: "after nearly four weeks" is not read.
fn lengths_ended(
    text: &str,
) -> impl Iterator<Item = (usize, usize, &'static str, u64, String)> + '_ {
    let words = crate::text::normalize::words_at(text);
    let lower = |w: &str| w.to_ascii_lowercase();
    (0..words.len()).filter_map(move |i| {
        let verb = lower(words[i].1);
        let length_at = match ENDING.get(verb.as_str()).copied()? {
            "after" if words.get(i + 1).is_some_and(|(_, w)| lower(w) == "after") => i + 2,
            // "will last five days", not "the last five days".
            "lasted"
                if verb != "last"
                    || i.checked_sub(1)
                        .is_some_and(|p| LAST_MODALS.contains(&lower(words[p].1).as_str())) =>
            {
                i + 1
            }
            _ => return None,
        };
        let (_, number) = *words.get(length_at)?;
        let (unit_at, unit_word) = *words.get(length_at + 1)?;
        let bare = unit_word.trim_end_matches(['.', ',', ';', ':']);
        let singular = lower(bare.strip_suffix(['s', 'S']).unwrap_or(bare));
        let unit = *DURATIONS.get(singular.as_str())?;
        if bare.len() == unit_word.len()
            && words.get(length_at + 2).is_some_and(|(_, w)| {
                let w = lower(w.trim_end_matches(['.', ',', ';', ':']));
                matches!(w.as_str(), "of" | "ago" | "later")
            })
        {
            return None;
        }
        let n = parse_number(number)?;
        // Back from the ending word to its thing, past "was", "that" and the like.
        let (thing_at, thing) = words[..i]
            .iter()
            .rev()
            .take(ENDING_SKIP + 1)
            .find(|(_, w)| ENDING.get(lower(w).as_str()) != Some(&"skip"))
            .copied()?;
        // "a strike, which lasted 23 days": the thing before the relative's comma.
        let thing = lower(thing.trim_end_matches(','));
        let plain = thing.len() >= 3 && thing.bytes().all(|b| b.is_ascii_lowercase());
        (plain && !STOP.contains(thing.as_str()) && !ENDING.contains_key(thing.as_str()))
            .then_some((thing_at, unit_at + bare.len(), unit, n, thing))
    })
}

/// The thing units of time are of, from `at` (after "of"): the last of up to three
/// lowercase words before a word that ends the noun phrase ("free credit monitoring
/// through Experian": monitoring). Ages ("years of age") and prison terms are read
/// elsewhere.
fn thing_lasting(text: &str, at: usize) -> Option<(usize, &str)> {
    let words = phrase_words(text, at, 3);
    // "16 weeks of severance pay" is a length of severance, as "14 weeks of
    // severance" is: a known thing among the words outdoes the last word.
    let (start, thing) = words
        .iter()
        .find(|(_, w)| LASTING.contains_key(w))
        .or(words.last())
        .copied()?;
    if thing.len() < 3 || thing == "age" || CUSTODY.contains(&thing) {
        return None;
    }
    Some((start + thing.len(), thing))
}

/// `n` units of time of one thing ("30 years (lease)"), classed by unit and thing so
/// that only lengths of one kind of thing meet.
fn lasting(n: u64, unit: &str, thing: &str) -> CountClaim {
    let class = LASTING.get(thing).copied().unwrap_or(thing);
    exact_count(
        n,
        format!("{unit}s ({thing})"),
        format!("duration:{unit}:{class}"),
    )
}

/// `data/custody_words.txt`: where a prison term is served.
static CUSTODY: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/custody_words.txt")).collect());

/// A search for each place of custody.
static CUSTODY_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    CUSTODY
        .iter()
        .map(|w| memchr::memmem::Finder::new(*w))
        .collect()
});

/// "a decade behind bars" has no number for the count gate to see.
static DECADE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("decade"));

/// `data/potential_sentence_words.txt`: words that make a prison term a possibility.
static POTENTIAL: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/potential_sentence_words.txt")).collect()
});

/// A length of time served ("eight years in federal prison", "a decade behind bars",
/// "90 days in jail").
static PRISON_TERM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"(?i)\b(?P<q>{num}|a|an)\s+(?P<unit>year|month|week|day|decade)s?\s+(?:in|behind)\s+(?:(?:a|the)\s+)?(?:(?:federal|state|county|city)\s+)?(?P<thing>{custody})\b",
        num = number_pattern(),
        custody = alternation(CUSTODY.iter().copied()),
    ))
    .unwrap()
});

/// `data/noncustodial_words.txt`: words after a length that make it no prison term.
static NONCUSTODIAL: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/noncustodial_words.txt")).collect()
});

/// "sentenced" opens the search for a court's term.
static SENTENCED: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("sentenced"));

/// A term a court gave, with no place of custody written: "was sentenced Thursday in
/// Omaha to seven years and three months", "sentenced a contractor to 97 months". Up to
/// six words part "sentenced" from "to"; a second length after "and" adds to the first.
static SENTENCED_TO: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"(?i)\bsentenced\s+(?:[\w.,'’-]+\s+){{0,6}}?to\s+(?P<q>{num}|a|an)\s+(?P<unit>year|month|week|day)s?(?:\s+and\s+(?P<q2>{num}|a|an)\s+(?P<unit2>month|week|day)s?)?\b(?P<after>(?:'|’)?(?:\s+[a-z]+){{0,2}})",
        num = number_pattern(),
    ))
    .unwrap()
});

/// What a person "received" or "got" in a sentencing: "received 87 months", "got six
/// years", "was given five years".
static RECEIVED_TERM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"(?i)\b(?:received|got|drew|was\s+given)\s+(?P<q>{num}|a|an)\s+(?P<unit>year|month)s?\b(?P<after>(?:\s+[a-z]+){{0,2}})",
        num = number_pattern(),
    ))
    .unwrap()
});

/// The terms a sentence says people received ([`RECEIVED_TERM`]), as terms of prison
/// unless the words after say otherwise ("got two years of probation").
fn received_terms(text: &str) -> Vec<(Range<usize>, CountClaim)> {
    pattern::captures(&RECEIVED_TERM, text)
        .filter(|c| !noncustodial(&c["after"]))
        .filter_map(|c| {
            let n = term_number(&c["q"])?;
            let q = c.name("q").unwrap();
            let unit = c.name("unit").unwrap();
            let end = word_end(text, unit.end());
            Some((
                q.start()..end,
                lasting(n, &unit.as_str().to_lowercase(), "prison"),
            ))
        })
        .collect()
}

/// Whose a term at `at` in a sentence is: the last person whose age (a count of class
/// `age:<surname>` already read) the term's clause gives before it, with no ";" between.
/// Their name and folded surname.
fn whose_term(
    text: &str,
    found: &[(Range<usize>, CountClaim)],
    sentence_start: usize,
    at: usize,
) -> Option<(String, String)> {
    found
        .iter()
        .rev()
        .filter(|(r, _)| {
            r.start >= sentence_start
                && r.end <= sentence_start + at
                && !text[r.end - sentence_start..at].contains(';')
        })
        .find_map(|(_, c)| aged_person(c))
        .map(|(name, surname)| (name.to_string(), surname.to_string()))
}

/// Whether the words after a term's length make it no prison term ("of probation",
/// `data/noncustodial_words.txt`).
fn noncustodial(after: &str) -> bool {
    after
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .any(|w| NONCUSTODIAL.contains(w))
}

/// Where the word that holds `at` ends: a term's claim runs to the end of its unit's
/// word ("months;").
fn word_end(text: &str, at: usize) -> usize {
    at + text[at..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - at)
}

/// The number a term's quantity word stands for ("a" is one).
fn term_number(q: &str) -> Option<u64> {
    let q = q.to_lowercase();
    if q == "a" || q == "an" {
        Some(1)
    } else {
        parse_number(&q)
    }
}

/// The prison terms of a sentence, as durations of what they are served in: "eight
/// years in federal prison" and "a 10-year prison sentence" are both years of prison
/// (class `duration:year:prison`), so two outlets' terms meet. A decade is ten years.
/// A term after a hedge ("up to 20 years") or a word of possibility ("faces") is none.
/// Sentences that name no place of custody are not searched.
fn prison_terms(text: &str) -> Vec<(Range<usize>, CountClaim)> {
    // Written in lowercase after a length of time: a search each, no lowercased copy.
    let custody = CUSTODY_FINDERS
        .iter()
        .any(|f| f.find(text.as_bytes()).is_some());
    let sentenced = SENTENCED.find(text.as_bytes()).is_some();
    if !custody && !sentenced {
        return Vec::new();
    }
    let mut out = Vec::new();
    if custody {
        for c in PRISON_TERM.captures_iter(text) {
            let Some(n) = term_number(&c["q"]) else {
                continue;
            };
            let unit = c["unit"].to_lowercase();
            let (n, unit) = if unit == "decade" {
                (n * 10, "year".to_string())
            } else {
                (n, unit)
            };
            let mut thing = c["thing"].to_lowercase();
            if thing == "bars" {
                thing = "prison".to_string(); // "behind bars"
            }
            let m = c.get(0).unwrap();
            let before = text[..m.start()].trim_end().to_lowercase();
            let hedged = HEDGES.iter().any(|(h, _)| before.ends_with(h.as_str()));
            if hedged || POTENTIAL.iter().any(|p| before.ends_with(p)) {
                continue;
            }
            // The number and its unit: the place of custody stays a word of its context.
            let end = c.name("unit").unwrap().end();
            let end = end + text[end..].find(char::is_whitespace).unwrap_or(0);
            out.push((m.start()..end, lasting(n, &unit, &thing)));
        }
    }
    // "sentenced … to 87 months": a court's sentence, served in prison unless the words
    // after it say otherwise ("to three years of probation").
    if sentenced {
        for c in SENTENCED_TO.captures_iter(text) {
            let noncustodial = noncustodial(&c["after"]);
            let Some(mut n) = term_number(&c["q"]) else {
                continue;
            };
            let mut unit = c["unit"].to_lowercase();
            let mut end = c.name("unit").unwrap().end();
            if let (Some(q2), Some(unit2)) = (c.name("q2"), c.name("unit2")) {
                // "seven years and three months" is 87 months; "two years and 30 days"
                // mixes units no count adds up, and is read as its first part.
                let Some(n2) = term_number(q2.as_str()) else {
                    continue;
                };
                if unit == "year" && unit2.as_str().eq_ignore_ascii_case("month") {
                    (n, unit) = (n * 12 + n2, "month".to_string());
                    end = unit2.end();
                }
            }
            let start = c.name("q").unwrap().start();
            let end = word_end(text, end);
            if noncustodial
                || out
                    .iter()
                    .any(|(r, _): &(Range<usize>, _)| r.start < end && start < r.end)
            {
                continue;
            }
            out.push((start..end, lasting(n, &unit, "prison")));
        }
    }
    out
}

/// `data/owned_counts.tsv`: classes of counts a party holds, each with the verbs that
/// give a change of them.
static OWNED_COUNTS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    data_rows(include_str!("../../data/owned_counts.tsv"))
        .map(|f| {
            let verbs = f
                .get(1)
                .map_or_else(Vec::new, |v| v.split(',').map(str::trim).collect());
            (f[0], verbs)
        })
        .collect()
});

/// A count of things a party holds ("38 seats", `data/owned_counts.tsv`) as its owner's,
/// when the words before it name one ([`owner_of`]): "The Liberal Alliance won 38 seats"
/// and "the Green Left, which won 19 seats" count two parties' seats, never one thing
/// told two ways. A change ("lost 9 seats") is a class of its own. With no owner named
/// ("A majority requires 76 seats") the count is as it was.
fn with_owner(before: &str, mut claim: CountClaim) -> CountClaim {
    let Some((_, verbs)) = OWNED_COUNTS.iter().find(|(c, _)| *c == claim.class) else {
        return claim;
    };
    let Some(owner) = owner_of(before) else {
        return claim;
    };
    let key = fold_name(&owner).to_lowercase();
    let lower = before.trim_end().to_lowercase();
    match verbs.iter().find(|v| lower.ends_with(&format!(" {v}"))) {
        Some(verb) => {
            claim.class = format!("{}:{verb}:{key}", claim.class);
            claim.noun = format!("{} {verb} ({owner})", claim.noun);
        }
        None => {
            claim.class = format!("{}:{key}", claim.class);
            claim.noun = format!("{} ({owner})", claim.noun);
        }
    }
    claim
}

/// Most words of a wire's dateline before its first sentence ("KESTRA, Sept 15
/// (Reuters)").
const MAX_DATELINE_WORDS: usize = 8;

/// Most words of a party's name read as a count's owner.
const MAX_OWNER_WORDS: usize = 5;

/// The name the words before a count give as its owner: a possessive right before it
/// ("Green Left's 19 seats"), the name a relative clause follows ("the Green Left, which
/// won 19 seats"), or the sentence's subject ("The centre-right Liberal Alliance, led by
/// …, won 38 seats").
fn owner_of(before: &str) -> Option<String> {
    let trimmed = before.trim_end();
    if let Some(name) = crate::text::names::strip_possessive(trimmed) {
        return trailing_name(name);
    }
    for relative in [", which ", ", who "] {
        if let Some(at) = trimmed.rfind(relative)
            && trimmed[at + relative.len()..].split_whitespace().count() <= 2
        {
            return trailing_name(&trimmed[..at]);
        }
    }
    subject_name(trimmed)
}

/// The capitalized words that end a text, without a leading "The" ("the Green Left" →
/// "Green Left").
fn trailing_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(is_name_char))
        .count();
    let name: Vec<&str> = words[words.len() - n..]
        .iter()
        .copied()
        .skip_while(|w| matches!(*w, "The" | "A" | "An"))
        .collect();
    (!name.is_empty() && name.len() <= MAX_OWNER_WORDS).then(|| name.join(" "))
}

/// The name a sentence opens with, after "The" and lowercase modifiers joined by hyphens
/// ("The centre-right Liberal Alliance"), when a lowercase word (its verb) follows it,
/// or the sentence has a comma ("The Liberal Alliance, led by …, won").
fn subject_name(text: &str) -> Option<String> {
    // A wire's dateline before the sentence ("KESTRA, Sept 15 (Reuters) - The ...").
    let text = [" - ", " \u{2014} ", " \u{2013} "]
        .iter()
        .find_map(|dash| {
            let (line, rest) = text.split_once(dash)?;
            let first = line.split_whitespace().next()?.trim_end_matches(',');
            (line.split_whitespace().count() <= MAX_DATELINE_WORDS
                && first.len() > 1
                && first
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic()))
            .then_some(rest)
        })
        .unwrap_or(text);
    let mut words = text.split_whitespace().peekable();
    words.next_if(|w| matches!(*w, "The" | "A" | "An"));
    while words
        .next_if(|w| w.contains('-') && w.starts_with(|c: char| c.is_lowercase()))
        .is_some()
    {}
    let mut name = Vec::new();
    while let Some(w) = words.next_if(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.trim_end_matches(',').chars().all(is_name_char)
    }) {
        // "The SDP's 31.2%": the possessive's name.
        let bare = w.trim_end_matches(',');
        let name_part = crate::text::names::strip_possessive(bare).unwrap_or(bare);
        name.push(name_part);
        if name_part.len() != w.len() {
            break;
        }
    }
    let ends_well = text.split_whitespace().any(|w| w.ends_with(','))
        || words
            .peek()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    (!name.is_empty() && name.len() <= MAX_OWNER_WORDS && ends_well && !is_stop_start(name[0]))
        .then(|| name.join(" "))
}

/// A letter of a name's word: "People's", "Sinn", "Fianna-Fail".
fn is_name_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-' | '.')
}

/// A capitalized sentence opener that names no party ("In", "But", "Officials").
fn is_stop_start(word: &str) -> bool {
    let lower = word.to_lowercase();
    STOP.contains(lower.as_str()) || super::amounts::PREPOSITIONS.contains(lower.as_str())
}

fn class_of(noun: &str) -> String {
    match noun_class(noun) {
        Some(c) => c.to_string(),
        None => noun.trim_end_matches('s').to_string(),
    }
}

/// Adds the content-word stems around a count (not the number, not the noun).
pub(crate) fn with_context(
    text: &str,
    start: usize,
    end: usize,
    mut claim: CountClaim,
) -> CountClaim {
    // The counted noun is the count itself, not its context.
    let own = stems(&claim.noun);
    claim.context = super::context_stems(text, start, end)
        .into_iter()
        .filter(|s| !own.contains(s))
        .collect();
    claim
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::article::Article;

    #[test]
    fn the_owner_of_a_count_of_seats() {
        assert_eq!(owner_of("Green Left's "), Some("Green Left".into()));
        assert_eq!(
            owner_of("talks with the Pike Party, which won "),
            Some("Pike Party".into())
        );
        assert_eq!(
            owner_of("The centre-right Dalton Alliance came second with 23.6% and "),
            Some("Dalton Alliance".into())
        );
        assert_eq!(
            owner_of("DALTON, Sept 15 (Reuters) - The Ashby Union, led by Ann Lee, won "),
            Some("Ashby Union".into())
        );
        assert_eq!(owner_of("A majority requires "), None);
        assert_eq!(owner_of("In Dalton, the party won "), None);
    }

    #[test]
    fn a_collective_noun_right_after_a_number_is_counted() {
        let nouns = |text: &str| -> Vec<(u64, String)> {
            let article = Article::from_text("t", "t.txt", text);
            let doc = Doc::new(&article);
            extract_counts(&doc, &Gates::new(&doc))
                .into_iter()
                .filter_map(|c| match c.body {
                    ClaimBody::Count(x) => Some((x.value.lo, x.noun)),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            nouns("T\n\nIt carried 148 passengers and 6 crew. Two crew members were hurt.\n"),
            vec![
                (148, "passengers".to_string()),
                (6, "crew".to_string()),
                (2, "crew members".to_string())
            ]
        );
    }

    #[test]
    fn a_courts_sentence_is_a_prison_term_unless_it_is_probation() {
        let terms = |text: &str| -> Vec<(u64, String)> {
            prison_terms(text)
                .into_iter()
                .map(|(_, c)| (c.value.lo, c.class))
                .collect()
        };
        assert_eq!(
            terms("Judge Buescher sentenced a contractor to 97 months on wire fraud counts."),
            vec![(97, "duration:month:prison".to_string())]
        );
        assert_eq!(
            terms("Haskell was sentenced Thursday in Omaha to seven years and three months."),
            vec![(87, "duration:month:prison".to_string())]
        );
        assert_eq!(
            terms("He was sentenced to eight years in federal prison."),
            vec![(8, "duration:year:prison".to_string())]
        );
        assert!(terms("She was sentenced to three years of probation.").is_empty());
        assert!(terms("She was sentenced to two years' supervised release.").is_empty());
    }

    #[test]
    fn a_number_before_a_street_name_is_an_address() {
        assert!(street_after(" Wells St., at 10 a.m."));
        assert!(street_after(" Ardmore Industrial Pkwy, Fort Wayne"));
        assert!(street_after(" E. 5th Street"));
        assert!(street_after(" Main Street businesses"));
        // A street word first, lowercase words, or a name that never ends in a street
        // word: no address.
        assert!(!street_after(" Streets were closed"));
        assert!(!street_after(" workers on Main St."));
        assert!(!street_after(" Supreme Court justices"));
        assert!(!street_after(" Wells"));
    }

    /// Each count's range and noun.
    fn ranges_and_nouns(text: &str) -> Vec<(u64, Option<u64>, String)> {
        counts(text)
            .into_iter()
            .map(|c| (c.value.lo, c.value.hi, c.noun))
            .collect()
    }

    #[test]
    fn a_scale_word_multiplies_and_a_decimal_is_one_number() {
        let got = ranges_and_nouns(
            "Rates rise for 1.2 million customers. Nearly 3 million riders use it. Some 40 thousand fans came. It costs $1.5 million.",
        );
        // Before, "1.2 million customers" was counted as 2 customers.
        assert_eq!(
            got,
            [
                (1_200_000, Some(1_200_000), "customers".to_string()),
                (2_400_000, Some(2_999_999), "riders".to_string()),
                (32_000, Some(48_000), "fans".to_string())
            ]
        );
        assert_eq!(
            scale_after(".25 billion people"),
            Some((250, 1_000_000_000, 11))
        );
        assert_eq!(scale_after(".2345 million"), None);
        // "$48.6-billion" is a sum, not a count of six billions.
        assert!(counts("They agreed on a $48.6-billion plan.").is_empty());
        assert_eq!(scale_after(" millionaires"), None);
        // A number spelled in words inside a quote is read once, from its first word.
        let got = ranges_and_nouns("\"Twelve hundred thousand people deserve answers,\" he said.");
        assert_eq!(got, [(1_200_000, Some(1_200_000), "people".to_string())]);
    }

    #[test]
    fn a_figure_in_decimals_of_a_scale_word_rounds_a_span() {
        let span = |w: &str| rounded_span(w).map(|i| (i.lo, i.hi));
        assert_eq!(
            span("1.2 million patients"),
            Some((1_150_000, Some(1_250_000)))
        );
        assert_eq!(span("~2.35M riders"), Some((2_345_000, Some(2_355_000))));
        assert_eq!(span("about 1.5K stores"), Some((1_450, Some(1_550))));
        assert_eq!(span("3 million riders"), None);
        assert_eq!(span("1,204,311 patients"), None);
    }

    #[test]
    fn a_scale_letter_glued_to_decimals_multiplies_and_a_tilde_is_about() {
        let got =
            ranges_and_nouns("It hit 1.5K stores. Who: ~2.3M patients. 3M said 4K screens sold.");
        assert_eq!(
            got,
            [
                (1_500, Some(1_500), "stores".to_string()),
                (2_200_000, Some(2_400_000), "patients".to_string())
            ]
        );
        assert_eq!(scale_after(".3M patients"), Some((300, 1_000_000, 3)));
        assert_eq!(scale_after(".3Mb"), None);
        assert_eq!(scale_after("M patients"), None);
        assert_eq!(scale_after("m people"), Some((0, 1_000_000, 1)));
        assert_eq!(scale_after(".5bn viewers"), Some((500, 1_000_000_000, 4)));
        assert_eq!(scale_after("mph winds"), None);
    }

    /// Each count's value and class.
    fn classes(text: &str) -> Vec<(u64, String)> {
        counts(text)
            .into_iter()
            .map(|c| (c.value.lo, c.class))
            .collect()
    }

    #[test]
    fn a_place_ending_a_company_name_narrows_no_count() {
        let c = counts(
            "About 91,000 Cleco Louisiana customers lost power, as did 3,000 Texas customers.",
        );
        assert_eq!(c[0].class, "customer");
        assert_eq!(c[1].class, "customer:texas");
    }

    #[test]
    fn the_gazetteers_own_country_narrows_no_count_of_its_places() {
        let c = counts("Crowds marched in 7 US cities, 3 U.S. states and 4 Ohio cities.");
        let classes: Vec<&str> = c.iter().map(|c| c.class.as_str()).collect();
        assert_eq!(classes, ["local", "state", "local:ohio"]);
    }

    fn counts(text: &str) -> Vec<CountClaim> {
        let article = Article::from_text("t", "t.txt", &format!("Headline\n\n{text}\n"));
        let doc = Doc::new(&article);
        extract_counts(&doc, &Gates::new(&doc))
            .into_iter()
            .filter_map(|c| c.as_count().cloned())
            .collect()
    }

    #[test]
    fn an_outlets_unnamed_sources_are_no_count() {
        for text in [
            "The talks stalled, two people familiar with the matter said.",
            "Three officials briefed on the plan told reporters it was dead.",
            "Two people in the room told Pike News the meeting was tense.",
            "The deal is off, according to two sources.",
            "Four officials said the plan was dead.",
            // Letters of two bytes before the count: no byte of one is cut.
            "The ééééééx two people said it.",
        ] {
            assert_eq!(counts(text), [], "{text}");
        }
        // The counted who met a fate, and a clause ended before the verb.
        for text in [
            "Four people were injured, police said.",
            "Two people died after the gunman said he would shoot.",
            "The blast injured two people, officials said.",
        ] {
            assert_eq!(counts(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_numbered_label_is_no_count() {
        assert!(counts("POOL REPORT #3 — GOVERNORS' SUMMIT").is_empty());
        assert_eq!(counts("Three governors met.").len(), 1);
        // A round, a phase, a step named by its number.
        assert!(counts("Round two applications close March 15.").is_empty());
        assert!(counts("Phase 3 construction starts in May.").is_empty());
    }

    #[test]
    fn a_stations_frequency_is_no_count() {
        assert!(counts("KPIK 1040 Sports Update: the Pilots won.").is_empty());
        assert!(counts("Tune in to WBBM-TV 2 News at six.").is_empty());
        // In capitals throughout, a word that looks like a call sign is a word.
        assert_eq!(counts("THE CREW WAS WITH 12 PEOPLE.").len(), 1);
    }

    #[test]
    fn a_chemicals_name_with_a_number_is_no_count() {
        assert!(counts("Material: crude MCHM (4-methylcyclohexanemethanol)").is_empty());
        assert!(counts("It leaked 2-butoxyethanol.").is_empty());
        let c = counts("A seven-state\ncoalition sued.");
        assert_eq!((c.len(), c[0].value.lo), (1, 7));
    }

    #[test]
    fn a_lone_dash_parts_a_number_from_the_words_after_it() {
        assert!(counts("PIKE 9 NEWS AT SIX - CLOSED CAPTIONS (UNEDITED)").is_empty());
        assert!(counts("The late news at 11 – full transcripts follow.").is_empty());
        // A hyphen inside a word still joins it.
        assert_eq!(counts("Four great-grandchildren survive her.").len(), 1);
    }

    /// The ages a text gives, with their classes.
    fn ages(text: &str) -> Vec<(u64, String)> {
        let mut v = classes(text);
        v.retain(|(_, class)| class.starts_with("age:"));
        v
    }

    #[test]
    fn an_age_after_a_name_before_a_comma_a_semicolon_or_a_dash() {
        assert_eq!(
            ages("Three inmates — Ann Lee, 29; Tom Hale, 41, and Bo Park, 35 — slipped out."),
            vec![
                (29, "age:lee".to_string()),
                (41, "age:hale".to_string()),
                (35, "age:park".to_string())
            ]
        );
        // A figure at a sentence's end is no age, but after a person's full name it is.
        assert!(ages("The vote in Dalton was close, 12.").is_empty());
        assert!(ages("The first ward went to Pine Hollow, 12. Then more.").is_empty());
        assert_eq!(
            ages("A jury found him liable for the death of Ann Lee, 33. It took a day."),
            vec![(33, "age:lee".to_string())]
        );
    }

    #[test]
    fn an_age_before_a_full_name_is_that_persons_age() {
        assert_eq!(
            ages("The driver, 56-year-old Dwayne Morrow, was flown to a hospital."),
            vec![(56, "age:morrow".to_string())]
        );
        assert_eq!(
            ages("A 34-year-old nurse Ana M. Ruiz was hurt."),
            vec![(34, "age:ruiz".to_string())]
        );
        // No name, or a place after the age: none.
        assert!(ages("A 15-year-old was among the dead.").is_empty());
        assert!(ages("The 40-year-old New York law was cited.").is_empty());
        // Where the person is from is no name, nor is a county's name.
        assert!(ages("An 8-year-old girl from Pike County was hurt.").is_empty());
        assert!(ages("An 8-year-old girl Pike County was hurt.").is_empty());
    }

    #[test]
    fn the_age_of_one_who_died_unnamed_is_read_once() {
        let dead = |n: u64| vec![(n, DEAD_AGE_CLASS.to_string())];
        assert_eq!(
            ages("An 8-year-old girl from Pike County died in May."),
            dead(8)
        );
        assert_eq!(
            ages("A 6-year-old who was not vaccinated died last month."),
            dead(6)
        );
        assert_eq!(ages("A 71-year-old man was killed Tuesday."), dead(71));
        // Other verbs of death (data/death_verbs.txt).
        assert_eq!(
            ages("The family of a 19-year-old worker who suffocated in a grain bin sued."),
            dead(19)
        );
        // Two subjects, a clause between, a name, or no death: none as the dead's.
        assert!(ages("A 5-year-old and her mother died.").is_empty());
        assert!(ages("A 5-year-old, the police said, died.").is_empty());
        assert!(ages("A 9-year-old was hurt.").is_empty());
        assert_eq!(
            ages("A 56-year-old Dwayne Morrow died."),
            vec![(56, "age:morrow".to_string())]
        );
    }

    #[test]
    fn every_unit_of_measure_is_short_enough_to_be_looked_up() {
        assert!(MEASURE_UNITS.iter().all(|u| u.len() <= MAX_UNIT_BYTES));
        assert!(counts("Gusts reached 60 mph winds near 40 homes.").len() == 1);
    }

    #[test]
    fn people_who_march_are_a_crowd_and_a_crowd_may_be_put_at_a_figure() {
        assert_eq!(
            classes("About 4,000 people marched downtown. Police estimated the crowd at 3,500."),
            vec![(3200, "crowd".to_string()), (3500, "crowd".to_string())]
        );
        assert_eq!(
            classes("An estimated 10,000 people who rallied were there."),
            vec![(8000, "crowd".to_string())]
        );
        // People who did something else, and a staff "at" a figure: no crowd.
        assert_eq!(
            classes("Then 40 people signed up."),
            vec![(40, "people".to_string())]
        );
        assert!(classes("It put its staff at 12.").is_empty());
    }

    #[test]
    fn a_length_written_with_an_apostrophe_is_a_length_of_its_thing() {
        assert_eq!(
            classes("Owners must give 180 days' notice. Tenants get six months’ notice."),
            vec![
                (180, "duration:day:notice".to_string()),
                (6, "duration:month:notice".to_string())
            ]
        );
        // A family's name, and a unit with no thing after it: none.
        assert!(classes("The Smiths' house. They served ten days' in jail.").is_empty());
    }

    #[test]
    fn a_number_joined_by_a_hyphen_to_a_word_is_part_of_a_name() {
        assert!(classes("HB26-1187  Tenant Protections passed. COVID-19 cases rose.").is_empty());
        assert_eq!(
            classes("Then 25 people came."),
            vec![(25, "people".to_string())]
        );
    }

    #[test]
    fn a_length_written_with_for_is_a_length_of_its_thing() {
        assert_eq!(
            classes(
                "The city will make payments for 25 years. It set a ban for the next five years."
            ),
            vec![
                (25, "duration:year:payment".to_string()),
                (5, "duration:year:ban".to_string())
            ]
        );
        assert_eq!(
            classes("The deal commits the city to 30 years of payments."),
            vec![(30, "duration:year:payment".to_string())]
        );
        // A thing the data does not know, and a unit with "of" after it, are none.
        assert!(classes("She lived in the city for 30 years.").is_empty());
        assert!(
            lengths_for("It set a ban for 30 days of the year.")
                .next()
                .is_none()
        );
    }

    #[test]
    fn a_sum_paid_over_a_span_is_a_length_of_its_payments() {
        let payments = |n| vec![(n, "duration:year:payment".to_string())];
        assert_eq!(
            classes("The company agreed to pay $40 million over eight years."),
            payments(8)
        );
        assert_eq!(
            classes("The headline number is $40 million, paid over the next 10 years."),
            payments(10)
        );
        assert_eq!(
            classes("Under the deal, the firm will make payments over 12 years."),
            payments(12)
        );
        // "over" as "more than", and a span with no paying in its clause, are none.
        for text in [
            "The firm has paid over 20 years of premiums.",
            "He paid the fine over 20 years ago.",
            "The program grew over 10 years.",
            "The city paid $3 million. The trial ran over two weeks.",
        ] {
            assert!(
                classes(text).iter().all(|(_, c)| !c.ends_with(":payment")),
                "{text}: {:?}",
                classes(text)
            );
        }
    }

    #[test]
    fn lengths_of_a_deal_in_other_words_are_of_one_class() {
        assert_eq!(
            classes("Members ratified a three-year labor agreement on Monday."),
            vec![(3, "duration:year:contract".to_string())]
        );
        assert_eq!(
            classes("Members approved a four-year contract with the city."),
            vec![(4, "duration:year:contract".to_string())]
        );
        // Other things are of their own class; one the data does not know keeps its
        // first word.
        assert_eq!(
            classes(
                "The city signed a 30-year lease, a 10-year parking plan and a 20-year bond issue."
            ),
            vec![
                (30, "duration:year:lease".to_string()),
                (10, "duration:year:plan".to_string()),
                (20, "duration:year:bond".to_string())
            ]
        );
    }

    #[test]
    fn others_are_people_when_their_fate_is_told() {
        assert_eq!(
            classes("The blast sent 14 others to hospitals."),
            vec![(14, "casualty:hospitalized".to_string())]
        );
        assert_eq!(
            classes("Two others were arrested."),
            vec![(2, "casualty:arrested".to_string())]
        );
        assert!(classes("The company and two others bid on the work.").is_empty());
    }

    #[test]
    fn how_often_a_fate_befell_is_no_count_of_people() {
        assert!(classes("Some elders have been evacuated three times in five years.").is_empty());
        assert_eq!(
            classes("The storm injured 12 and killed 3."),
            vec![
                (12, "casualty:injured".to_string()),
                (3, "casualty:dead".to_string())
            ]
        );
    }

    #[test]
    fn a_length_told_by_its_end() {
        for (text, want) in [
            (
                "The strike ended after 24 days.",
                (24, "duration:day:strike"),
            ),
            (
                "Pike County Strike Over After 24 Days",
                (24, "duration:day:strike"),
            ),
            ("The walkout lasted 11 days.", (11, "duration:day:strike")),
            (
                "It ended a lockout, which lasted 11 weeks, at the mill.",
                (11, "duration:week:lockout"),
            ),
            (
                "The talks ended after two days, officials said.",
                (2, "duration:day:talks"),
            ),
        ] {
            assert_eq!(classes(text), vec![(want.0, want.1.to_string())], "{text}");
        }
        // No ending word, a length of something else, a time ago or a rough length: none.
        for text in [
            "He was let go after 24 days.",
            "The strike ended after nearly four weeks.",
            "The strike ended after 24 days of talks.",
            "The strike ended after 24 days ago.",
            "Ann Lee, who lasted 12 days, left.",
        ] {
            assert!(
                classes(text)
                    .iter()
                    .all(|(_, c)| !c.starts_with("duration:day:strike")),
                "{text}: {:?}",
                classes(text)
            );
        }
    }

    #[test]
    fn a_figure_in_parentheses_after_a_figure_is_no_count_of_its_own() {
        let values = |text: &str| -> Vec<(u64, String)> {
            counts(text)
                .into_iter()
                .map(|c| (c.value.lo, c.noun))
                .collect()
        };
        assert_eq!(
            values("The fire burned 12,000 acres (4,856 hectares) near the town."),
            vec![(12_000, "acres".to_string())]
        );
        assert_eq!(
            values("The crash killed three people (two adults and a child)."),
            vec![(3, "people".to_string())]
        );
        // A figure in parentheses after words is one.
        assert_eq!(
            values("The shelters (12 schools in all) opened."),
            vec![(12, "schools".to_string())]
        );
    }

    #[test]
    fn a_death_toll_and_a_verb_of_fate_before_people_count_the_dead() {
        for (text, class) in [
            ("The death toll has risen to 42 people.", "casualty:dead"),
            ("Three people are confirmed dead.", "casualty:dead"),
            (
                "The death toll from the quake that struck Majene and Mamuju rose to 42 people.",
                "casualty:dead",
            ),
            (
                "The quake struck Thursday, killing at least 34 people.",
                "casualty:dead",
            ),
            (
                "About 15,000 people have fled to shelters.",
                "casualty:displaced",
            ),
            ("The toll road carried 42 people an hour.", "people"),
            ("Officials said 42 people attended.", "people"),
        ] {
            let c = counts(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(c[0].class, class, "{text}");
        }
    }

    fn one(text: &str) -> (Interval, String) {
        let c = counts(text);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        (c[0].value, c[0].noun.clone())
    }

    #[test]
    fn people_taken_to_a_hospital_are_counted_as_hospitalized() {
        let classes =
            |text: &str| -> Vec<String> { counts(text).into_iter().map(|c| c.class).collect() };
        for text in [
            "The leak sent four workers to the hospital.",
            "Three employees were evaluated at a local hospital as a precaution.",
            "Two people were taken to the hospital in Hawthorne.",
            "Heard 3 people went to the hospital.",
        ] {
            assert_eq!(classes(text), ["casualty:hospitalized"], "{text}");
        }
        // A clause of its own: the 200 were forced from their homes; the two, with no
        // noun, were sent to the hospital.
        let c = counts("It forced 200 people from their homes and sent two to the hospital.");
        let read: Vec<(u64, &str)> = c.iter().map(|c| (c.value.lo, c.class.as_str())).collect();
        assert_eq!(read, [(200, "people"), (2, "casualty:hospitalized")]);
        // Where they are, not where they were taken.
        assert!(
            !classes("There are 120 patients at the hospital.")
                .contains(&"casualty:hospitalized".to_string())
        );
    }

    #[test]
    fn a_count_of_people_whose_fate_a_verb_tells_is_a_count_of_that_fate() {
        let class = |text: &str| counts(text)[0].class.clone();
        assert_eq!(
            class("Six people have been hospitalized."),
            "casualty:hospitalized"
        );
        assert_eq!(
            class("It counted six hospitalizations."),
            "casualty:hospitalized"
        );
        assert_eq!(
            class("After 16 people got sick, it acted."),
            "casualty:sickened"
        );
        assert_eq!(class("It knows of 14 illnesses."), "casualty:sickened");
        assert_eq!(
            class("Three patients who fell ill recovered."),
            "casualty:sickened"
        );
        assert_eq!(class("Two workers died."), "casualty:dead");
        assert_eq!(class("Seven people have fallen ill."), "casualty:sickened");
        // No noun: the fate through a few linking words.
        assert_eq!(
            counts("Seven fell ill, and two were hospitalized.")[1].class,
            "casualty:hospitalized"
        );
        assert_eq!(
            counts("Of 17 people with information, 6 have been hospitalized.")[1].class,
            "casualty:hospitalized"
        );
        // A fact line's label names the fate with other words beside it.
        assert_eq!(
            counts("Here is the latest.\n\nIllnesses so far: 9\nHospitalizations: 2")
                .iter()
                .map(|c| c.class.as_str())
                .collect::<Vec<_>>(),
            ["casualty:sickened", "casualty:hospitalized"]
        );
        // No fate word, or too far off: people, as before.
        assert_eq!(class("About 300 people were at the rally."), "people");
        assert_eq!(
            class("Six people have since been seen and treated."),
            "people"
        );
        // A noun that counts no people takes no fate from the verb after it.
        assert_eq!(class("Four cars were hurt in the crash."), "car");
    }

    #[test]
    fn the_size_of_a_body_of_people_after_of() {
        let got = |text: &str| -> Vec<(String, String, u64)> {
            counts(text)
                .into_iter()
                .map(|c| (c.noun, c.class, c.value.lo))
                .collect()
        };
        let row = |noun: &str, class: &str, n: u64| (noun.to_string(), class.to_string(), n);
        assert_eq!(
            got("It won before a sellout crowd of 48,500 at the stadium."),
            [row("crowd", "crowd", 48_500)]
        );
        assert_eq!(
            got("It played before 48,500 fans."),
            [row("fans", "crowd", 48_500)]
        );
        assert_eq!(
            got("Final score.\n\nAttendance: 45,800\n"),
            [row("attendance", "crowd", 45_800)]
        );
        // A plural after the number is the noun; "of" after another word counts nothing.
        assert_eq!(
            got("A crowd of 300 protesters gathered."),
            [row("protesters", "protester", 300)]
        );
        assert!(got("It is one of 300 at the show.").is_empty());
    }

    #[test]
    fn a_hedged_count_with_decimals_is_as_precise_as_its_last_place() {
        let c = counts("It hit approximately 4.2 million customers and about 3 million riders.");
        assert_eq!(c[0].value.lo, 4_100_000);
        assert_eq!(c[0].value.hi, Some(4_300_000));
        assert_eq!(c[1].value.lo, 2_400_000);
        assert_eq!(c[1].value.hi, Some(3_600_000));
        // Three significant digits: known to the tens; two: a fifth either side.
        let c = counts("It will cut approximately 1,150 positions and about 640 jobs.");
        assert_eq!((c[0].value.lo, c[0].value.hi), (1_100, Some(1_200)));
        assert_eq!((c[1].value.lo, c[1].value.hi), (512, Some(768)));
    }

    #[test]
    fn people_and_more_people_are_one_count_of_both() {
        let c = counts("The jet landed with 178 passengers and crew on board.");
        assert_eq!(
            (c[0].noun.as_str(), c[0].class.as_str()),
            ("passengers and crew", "customer+crew")
        );
        let c = counts("The bus carried 40 students and staff members.");
        assert_eq!(c[0].noun, "students and staff members");
        // A number of their own makes two counts; a fate still reads.
        let c = counts("It carried 150 passengers and six crew members.");
        assert_eq!(
            (c[0].noun.as_str(), c[1].noun.as_str()),
            ("passengers", "crew members")
        );
        let c = counts("In all, 12 passengers and crew were killed.");
        assert_eq!(c[0].class, "casualty:dead");
    }

    #[test]
    fn a_plus_after_a_figure_is_at_least() {
        let c = counts("Thanks to the 3,000+ parents who wrote in, and 2+2 is four.");
        assert_eq!(c[0].noun, "parents");
        assert_eq!((c[0].value.lo, c[0].value.hi), (3_000, None));
        // A fact sheet's "approx." is "about".
        let c = counts("Crowd: approx. 300 residents");
        assert_eq!((c[0].value.lo, c[0].value.hi), (240, Some(360)));
    }

    #[test]
    fn a_title_case_headline_counts_its_head_noun() {
        let (n, noun) = one("Agency Reports 481 Measles Cases");
        assert_eq!((n, noun.as_str()), (Interval::exact(481), "cases"));
        // A capitalized place before a lowercase noun, as before.
        let (_, noun) = one("Crews reached 5 Texas counties.");
        assert_eq!(noun, "counties");
        // A place's name of two words, its last in "s", is no noun.
        assert!(
            counts("Three Des Moines Men Sentenced")
                .iter()
                .all(|c| c.noun != "moines")
        );
    }

    #[test]
    fn a_participle_with_an_object_after_a_number_counts_nothing() {
        assert!(
            counts("About 30 freight cars derailed, including 11 carrying hazardous materials.")
                .iter()
                .all(|c| c.noun != "materials")
        );
        assert_eq!(one("Crews moved 11 remaining cars.").1, "cars");
    }

    #[test]
    fn a_headlines_round_thousands_are_about_that_many() {
        let headline = |title: &str| -> Vec<Interval> {
            let article = Article::from_text("t", "t.txt", &format!("{title}\n\nBody.\n"));
            let doc = Doc::new(&article);
            extract_counts(&doc, &Gates::new(&doc))
                .into_iter()
                .filter_map(|c| c.as_count().map(|c| c.value))
                .collect()
        };
        let about = headline("Fire grows to 18,000 acres");
        assert_eq!(about.len(), 1);
        assert!(
            about[0].lo < 18_000 && about[0].hi > Some(18_240),
            "{about:?}"
        );
        // Other figures, and round ones in the body, are as written.
        assert_eq!(
            headline("Fire grows to 18,240 acres"),
            [Interval::exact(18_240)]
        );
        assert_eq!(
            counts("The fire grew to 18,000 acres.")[0].value,
            Interval::exact(18_000)
        );
    }

    #[test]
    fn a_headlines_verb_of_passing_is_a_floor() {
        let (n, noun) = one("Outbreak tops 400 cases");
        assert_eq!((n.lo, n.hi, noun.as_str()), (401, None, "cases"));
    }

    #[test]
    fn an_age_after_a_name_is_that_persons_age_by_last_name() {
        let c = counts("The court ordered Dale Q. Mercer, 61, to repay the county.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].value, Interval::exact(61));
        assert_eq!(c[0].class, "age:mercer");
        // A last name alone is the same person's age.
        let c = counts("Mercer, 61, pleaded guilty.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].class, "age:mercer");
        // A count after a place, a weekday, or a number with no closing comma: no age.
        for text in [
            "It hit Reno, 12, of them said.",
            "By Tuesday, 12, of them had left.",
            "Dale Mercer, 61 years in the county, retired.",
        ] {
            assert!(
                counts(text).iter().all(|c| !c.class.starts_with("age:")),
                "{text}: {:?}",
                counts(text)
            );
        }
    }

    #[test]
    fn a_denied_count_is_no_claim() {
        let lows = |t: &str| counts(t).iter().map(|c| c.value.lo).collect::<Vec<_>>();
        assert_eq!(
            lows("Officials said 14 people were hurt, not 41 people."),
            [14]
        );
        assert_eq!(lows("It hired 12 nurses rather than 20 nurses."), [12]);
        // A denial ends with its sentence.
        assert_eq!(lows("It was not. 3 people came."), [3]);
    }

    #[test]
    fn a_size_before_a_hyphen_counts_nothing() {
        assert!(counts("A 24-inch main broke under 10-ounce bags and a 12-foot wall.").is_empty());
        // An ordinal spelled with a hyphen counts nothing either.
        assert!(counts("The EIGHTY-FOURTH SESSION and the twenty-first day.").is_empty());
        assert!(counts("Its ninety-ninth and seventy-fifth meetings.").is_empty());
        assert_eq!(counts("It is a seven-member board.")[0].noun, "members");
        // The noun's plural is a word ("counties", "classes"), and meets the same count
        // written out ("seven counties").
        let region = counts("It is a seven-county region.");
        assert_eq!(
            (region[0].noun.as_str(), region[0].class.as_str()),
            ("counties", "local")
        );
        assert_eq!(counts("It is a three-class system.")[0].noun, "classes");
        // A plural joined to a number is a fraction, no count.
        assert!(counts("It passed with two-thirds of the vote.").is_empty());
    }

    #[test]
    fn in_lines_of_names_ages_and_towns_a_town_is_no_first_name() {
        let c = counts(
            "ARRESTED:\nTravis Quade, 24, of Minneapolis\nKendra Lowe, 22, of Robbinsdale\nMarcus Tibbs, 31, of St. Paul",
        );
        let got: Vec<(&str, u64)> = c.iter().map(|c| (c.noun.as_str(), c.value.lo)).collect();
        assert_eq!(
            got,
            [
                ("years of age (Travis Quade)", 24),
                ("years of age (Kendra Lowe)", 22),
                ("years of age (Marcus Tibbs)", 31),
            ]
        );
    }

    #[test]
    fn how_long_a_thing_lasts_is_a_count_of_its_unit_of_time() {
        let c = counts("The team signed a 30-year lease.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].value, Interval::exact(30));
        assert_eq!(c[0].noun, "years (lease)");
        assert_eq!(c[0].class, "duration:year:lease");
        assert_eq!(one("It ended a two-week strike.").1, "weeks (strike)");
        // An age, a unit before no noun, and a unit before a stopword are no length.
        for text in [
            "The 60-year-old pool will close.",
            "The lease runs 30 years.",
            "It was a five-year, hard fight.",
            "He served a 10-year and then some.",
        ] {
            assert!(counts(text).is_empty(), "{text}: {:?}", counts(text));
        }
    }

    #[test]
    fn exact_counts_in_digits_words_and_parentheses() {
        assert_eq!(
            one("The board fined 31 towns on Monday."),
            (Interval::exact(31), "towns".into())
        );
        assert_eq!(
            one("It fined Thirty-one towns."),
            (Interval::exact(31), "towns".into())
        );
        assert_eq!(
            one("It fined eleven (11) local governments."),
            (Interval::exact(11), "local governments".into())
        );
        assert_eq!(
            one("It fined 9 cities and counties."),
            (Interval::exact(9), "cities and counties".into())
        );
    }

    #[test]
    fn a_plural_noun_before_another_modifies_it() {
        assert_eq!(
            one("It sided with two civil rights groups."),
            (Interval::exact(2), "groups".into())
        );
        assert_eq!(
            one("Reporters from 14 news outlets came."),
            (Interval::exact(14), "outlets".into())
        );
        // Punctuation or a word that is no plural noun ends the noun where it was.
        assert_eq!(
            one("It named 12 voters, plaintiffs in the case."),
            (Interval::exact(12), "voters".into())
        );
        assert_eq!(
            one("The 14 voters was the count."),
            (Interval::exact(14), "voters".into())
        );
    }

    #[test]
    fn a_line_break_in_a_count_parts_words_as_a_space_does() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "Headline\n\nThe transit board, meeting late on Monday night, voted to cut three\n\
             routes from the schedule and, after a long debate, to close two\n\
             bus depots that serve the airport and the university campus.\n",
        );
        let doc = Doc::new(&article);
        let texts: Vec<String> = extract_counts(&doc, &Gates::new(&doc))
            .into_iter()
            .map(|c| c.text)
            .collect();
        // Before, the first ended a byte short ("three\nroute") and the second was lost.
        // A claim quotes wrapped words with the line break as a space.
        assert_eq!(texts, ["three routes", "two bus depots"]);
    }

    #[test]
    fn vague_quantities_become_ranges() {
        assert_eq!(
            one("The lender hid fees from hundreds of thousands of borrowers."),
            (
                Interval {
                    lo: 200_000,
                    hi: Some(999_999)
                },
                "borrowers".to_string()
            )
        );
        assert_eq!(
            one("Tens of thousands of fans lined the route.").0,
            Interval {
                lo: 20_000,
                hi: Some(99_999)
            }
        );
        assert_eq!(
            one("Letters went to nearly two dozen districts.").0,
            Interval {
                lo: 19,
                hi: Some(23)
            }
        );
        // "Two dozen" is as round as "a dozen": about 24.
        assert_eq!(
            one("Two dozen attorneys general sued.").0,
            Interval {
                lo: 19,
                hi: Some(29)
            }
        );
        assert_eq!(
            one("Letters went to about a dozen districts.").0,
            Interval {
                lo: 10,
                hi: Some(14)
            }
        );
        assert_eq!(
            one("Letters went to more than 20 districts.").0,
            Interval { lo: 21, hi: None }
        );
        assert_eq!(
            one("At least two mayors left.").0,
            Interval { lo: 2, hi: None }
        );
        assert_eq!(
            one("Several Democratic mayors left.").0,
            Interval { lo: 3, hi: Some(9) }
        );
        assert_eq!(one("Dozens of riders complained.").0.lo, 24);
    }

    #[test]
    fn several_peoples_terms_are_told_apart_by_whose_they_are() {
        let classes = |text: &str| -> Vec<String> {
            counts(text)
                .into_iter()
                .filter(|c| c.class.contains(":prison"))
                .map(|c| c.class)
                .collect()
        };
        assert_eq!(
            classes(
                "Ann Lee, 34, was sentenced to 87 months; Tom Hale, 29, received five years; and Bo Park, 41, got two years of probation."
            ),
            ["duration:month:prison:lee", "duration:year:prison:hale"]
        );
        // One person's term is the article's: it meets an outlet that gives no age.
        assert_eq!(
            classes("Ann Lee, 34, was sentenced to 87 months."),
            ["duration:month:prison"]
        );
        // "received" is a term only in a sentencing, and only of a person named.
        assert!(classes("Ann Lee, 34, received five years of back pay.").is_empty());
        assert!(
            classes("He was sentenced Monday. The firm received two years of grants.").is_empty()
        );
    }

    #[test]
    fn a_winning_margin_small_or_not() {
        for text in [
            "Measure L passed by 1,135 votes.",
            "Measure L passed by just 1,135 votes out of nearly 22,000 cast.",
            "She won by a mere 1,135 votes.",
            "It passed with a margin of only 1,135 votes.",
        ] {
            let c = counts(text);
            assert!(
                c.iter()
                    .any(|c| c.class == "margin:votes" && c.value == Interval::exact(1135)),
                "{text}: {c:?}"
            );
        }
        // A tally told in words is no margin.
        assert!(counts("Members backed it by 31 votes to 24.").is_empty());
    }

    #[test]
    fn the_named_one_counts_with_n_others() {
        assert_eq!(
            one("Tulsa and more than a dozen other towns were warned.").0,
            Interval { lo: 14, hi: None }
        );
        assert_eq!(
            one("Pike, 15 other counties sue over cuts").0,
            Interval::exact(16)
        );
        assert_eq!(
            one("In all, 15 other counties sued.").0,
            Interval::exact(15),
            "\"all\" names none"
        );
        assert_eq!(
            one("Meanwhile, 15 other counties sued.").0,
            Interval::exact(15)
        );
        // A joining phrase: a singular verb's subject is one, whatever it is called;
        // a phrase that says nothing of number needs one name before it.
        for (text, n) in [
            ("Pike County joins 15 other counties in the suit.", 16),
            ("The city has joined 40 other cities in suing.", 41),
            ("Dalton, along with 15 other towns, sued.", 16),
            ("Pike joined 15 other counties in the suit.", 16),
            ("Pike and Ashby joined 15 other counties in the suit.", 15),
            ("The counties joined 15 other counties in the suit.", 15),
        ] {
            assert_eq!(one(text).0, Interval::exact(n), "{text}");
        }
    }

    #[test]
    fn years_money_time_and_votes_are_not_counts() {
        assert!(counts("In 2024 submissions fell. It cost $12 million. He served six years. The vote was 6-1. It rose 37% and 40 percent.").is_empty());
    }

    #[test]
    fn partitives_and_hyphenated_counts() {
        let c = counts("Twelve of the 15 were cited. A seven-state panel met.");
        assert!(c[0].partitive);
        assert_eq!(c[1].value, Interval::exact(7));
        assert_eq!(c[1].noun, "states");
    }

    #[test]
    fn a_part_its_fate_befell_counts_that_fate() {
        let c = counts("Nineteen people fell ill, and 7 of them were hospitalized.");
        assert_eq!(c[1].value, Interval::exact(7));
        assert_eq!(c[1].class, "casualty:hospitalized");
        assert!(!c[1].partitive);
        // A part with no fate after it stays a part.
        let c = counts("Twelve of them were cited by the state.");
        assert!(c[0].partitive);
        // A noun right after "of them" names the part: a count of that noun.
        let c = counts("It cuts 84 positions, 35 of them teachers.");
        assert!(!c[1].partitive);
        assert_eq!(
            (c[1].value, c[1].noun.as_str()),
            (Interval::exact(35), "teachers")
        );
    }
}
