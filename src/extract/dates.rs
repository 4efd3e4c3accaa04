//! Dates, weekdays and deadlines: "by April 25", "until April 15", "no later than April
//! 25, 2025", "a workshop on Thursday, March 27", and the weekday of the article's main
//! event ("on Wednesday" in the lead, or "today" under a dated header).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::gates::{Gate, Gates};
use crate::model::{Claim, ClaimBody, DateClaim, DateSlot};
use crate::text::{BlockKind, Doc, pattern};

/// Month names and abbreviations → month number.
static MONTHS: LazyLock<Vec<(String, u8)>> = LazyLock::new(|| {
    let mut v = Vec::new();
    for l in include_str!("../../data/months.tsv").lines() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        let n: u8 = f[0].parse().unwrap_or(0);
        v.push((f[1].to_string(), n));
        for a in f.get(2).unwrap_or(&"-").split(',').filter(|a| *a != "-") {
            v.push((a.to_string(), n));
        }
    }
    v.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
    v
});

/// Whether a word as written is a month's name or abbreviation ("June", "Sept.").
pub(crate) fn is_month(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase()) && MONTHS.iter().any(|(m, _)| m == word)
}

pub const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Every month's name and abbreviation as one alternation of a pattern, longest first.
fn month_alternation() -> String {
    MONTHS
        .iter()
        .map(|(m, _)| regex::escape(m))
        .collect::<Vec<_>>()
        .join("|")
}

/// The last day of a range of days after a date ("-17, 2026" of "Nov. 9-17, 2026"),
/// with the year after it if one.
static DAY_RANGE_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^[-—](?P<d>\d{1,2})\b(?:,?\s+(?P<y>\d{4})\b)?(?:[^/\d]|$)").unwrap()
});

/// The pattern of a date with its day in figures ("March 4", "4 March 2027", "3/4/27",
/// an order's "this 15th day of July, 2027"),
/// and in words too when `spoken` ([`spoken_date_pattern`]).
fn date_pattern(spoken: bool) -> String {
    let months = month_alternation();
    let spoken = if spoken {
        format!("|{}", spoken_date_pattern())
    } else {
        String::new()
    };
    format!(
        r"\b(?:(?P<m>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<m2>{months}){spoken})\b(?:,?\s+(?P<y>\d{{4}}))?|\b(?P<nm>\d{{1,2}})/(?P<nd>\d{{1,2}})/(?P<ny>\d{{4}}|\d{{2}})\b"
    )
}

static DATE: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&date_pattern(false)).unwrap());

/// [`DATE`] and a day of a month in words, read where the spoken-date gate is open.
static DATE_OR_SPOKEN: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&date_pattern(true)).unwrap());

/// A day of a month in words, as a transcript or a script writes it: "March
/// thirty-first", "the fifteenth of March". Its day is `sd` or `sd2`, its month `m3`
/// or `m4`.
pub(super) fn spoken_date_pattern() -> String {
    let months = month_alternation();
    let ordinal = r"(?i:(?:twenty|thirty)[- ])?(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
    format!(
        r"(?P<m3>{months})\s+(?:the\s+)?(?P<sd>{ordinal})|[Tt]he\s+(?P<sd2>{ordinal})\s+of\s+(?P<m4>{months})"
    )
}

/// A month of a year in which something happened ("pleaded guilty in October 2024"):
/// no day, so [`DATE`] does not read it.
static MONTH_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = month_alternation();
    pattern::compile(&format!(r"\bin\s+(?P<m>{months})\s+(?P<y>\d{{4}})\b")).unwrap()
});

/// A weekday as prose writes it, or in capitals as a broadcast script does
/// ("WEDNESDAY"): [`weekday_name`] gives its name.
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let caps: Vec<String> = WEEKDAYS.iter().map(|d| d.to_ascii_uppercase()).collect();
    pattern::compile(&format!(r"\b({}|{})\b", WEEKDAYS.join("|"), caps.join("|"))).unwrap()
});

/// A weekday's name as [`WEEKDAYS`] writes it ("WEDNESDAY": "Wednesday").
fn weekday_name(written: &str) -> String {
    WEEKDAYS
        .iter()
        .find(|d| d.eq_ignore_ascii_case(written))
        .map_or_else(|| written.to_string(), |d| (*d).to_string())
}

static DEADLINE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?i)\b(?:by|until|before|no later than|not later than|due|deadline of|deadline(?:\s+to\s+[a-z]+)?(?:\s+(?:is|was|falls\s+on|is\s+set\s+for))?:?|on or before|(?:runs?|lasts?|continues?|remains?\s+in\s+effect|in\s+effect)\s+through|(?:window|period|applications?|registration|enrollment|filing|comment\s+period|offer)\s+(?:closes|close|ends|expires)(?:\s+on)?)\s+(?:the\s+)?(?:\w+,\s+)?$").unwrap()
});

/// A date printed on a package ("best by 10/12/2029", "marked use by Oct. 12"): its
/// "by" sets no deadline, and the date is the one another outlet gives as "a best-by
/// date of". "Use by" and "sell by" are a package's only after a mark, a label's verb
/// or "and"/"or": "owners must sell by Dec. 31" sets a deadline.
static PRODUCT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?i)(?:\b(?:best|freeze|enjoy)[- ](?:by|before|if\s+used\s+by)|(?:^|[^\w\s]\s*|\b(?:date|marked|stamped|labeled|labelled|printed|and|or)\s+)(?:use|sell)\s+by|\b(?:use|sell)-by)\s+$",
    )
    .unwrap()
});

/// Words read after a deadline (its "deadline" and "to" included) and before it, for
/// what must be done by it.
const ACTION_AFTER: usize = 3;
const ACTION_BEFORE: usize = 6;

/// The stem of what must be done by a deadline: the verb after "to" just after the date
/// ("until Sept. 30 to register", "an Oct. 1 deadline to register"), else the verb after
/// "to", "must" or "will" shortly before it ("must register new wells by Sept. 30"). A
/// word that is a stopword or not lowercase is no verb, nor is what follows "according
/// to".
fn action_of(before: &str, after: &str) -> Option<String> {
    fn verb_after_cue<'a>(words: &[&'a str]) -> Option<&'a str> {
        (0..words.len().saturating_sub(1)).find_map(|j| {
            let verb = words[j + 1].trim_end_matches([',', '.', ';', ':']);
            (matches!(words[j], "to" | "must" | "will")
                && (j == 0 || words[j - 1] != "according")
                && verb.len() >= 3
                && verb.bytes().all(|b| b.is_ascii_lowercase())
                && !super::lists::STOPWORDS.contains(verb))
            .then_some(verb)
        })
    }
    let after: Vec<&str> = after.split_whitespace().take(ACTION_AFTER + 1).collect();
    let mut before: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(ACTION_BEFORE)
        .collect();
    before.reverse();
    let verb = verb_after_cue(&after).or_else(|| verb_after_cue(&before))?;
    super::lists::stem_of(verb)
}

/// Most words read past between a verb and its date ("by 6 p.m. Friday,").
const MAX_SKIPPED: usize = 5;

/// A word of the time of a date, not what happens on it: a weekday ("Friday,"), an
/// hour ("6", "7:30", "p.m."), "by", "at", "noon".
fn is_time_of_day_word(word: &str) -> bool {
    let w = word.trim_end_matches(',');
    WEEKDAYS.contains(&w)
        || matches!(
            w,
            "by" | "at" | "noon" | "midnight" | "a.m." | "p.m." | "am" | "pm"
        )
        || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b':'))
}

/// Words that say what happens on the date after them (`data/date_verbs.txt`).
static DATE_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/date_verbs.txt")).collect());

/// Verbs in -ed that date the page, not the news (`data/page_date_verbs.txt`).
static PAGE_DATE_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/page_date_verbs.txt")).collect());

/// The word a date's verb would be, right before it, and the words before that (last
/// first): "to reopen by 6 p.m. Friday, May 14" gives "reopen", past the day's weekday,
/// the hour, "by" and "on" that stand between a verb and its date.
fn word_before_date(before: &str) -> Option<(&str, std::iter::Rev<std::str::SplitWhitespace<'_>>)> {
    let mut words = before.split_whitespace().rev();
    let mut word = words.next()?;
    for _ in 0..MAX_SKIPPED {
        if !is_time_of_day_word(word) {
            break;
        }
        word = words.next()?;
    }
    if word == "on" {
        word = words.next()?;
    }
    // "will shut their doors on April 1", "closes its doors March 31": the verb of the
    // idiom says what happens.
    if word == "doors" {
        let mut ahead = words.clone();
        if matches!(
            ahead.next(),
            Some("their" | "its" | "the" | "our" | "his" | "her")
        ) {
            word = ahead.next()?;
            words = ahead;
        }
    }
    Some((word, words))
}

/// Whether the word before a date schedules what happens on it, in the present tense
/// of `data/date_verbs.txt` ("The new fares begin March 1", "takes effect Jan. 1"):
/// told of a day to come, not of one past ("began", "opened").
fn schedule_word_before(before: &str) -> bool {
    word_before_date(before).is_some_and(|(word, _)| DATE_VERBS.contains(word))
}

/// Whether the words just before a date tell of a time to come: "will" or "is to"
/// among the last [`FUTURE_REACH`] words of its clause ("will all shut their doors on
/// April 1", "the branches are to close on 31 March").
fn told_ahead(before: &str) -> bool {
    // "will review the decision made on March 3": a participle right before the date
    // tells of a day past, unless "be" comes before it ("will be held on April 1").
    if let Some((word, mut rest)) = word_before_date(before)
        && is_past_participle(word)
        && !rest.next().is_some_and(|w| {
            ["be", "been", "being"]
                .iter()
                .any(|b| w.eq_ignore_ascii_case(b))
        })
    {
        return false;
    }
    let clause = before
        .rsplit([',', ';', '(', '"', '\u{201c}'])
        .next()
        .unwrap_or(before);
    let words: Vec<&str> = clause.split_whitespace().rev().take(FUTURE_REACH).collect();
    words.iter().enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case("will")
            || w.ends_with("'ll")
            || (w.eq_ignore_ascii_case("to")
                && words
                    .get(i + 1)
                    .is_some_and(|b| b.eq_ignore_ascii_case("is") || b.eq_ignore_ascii_case("are")))
    })
}

/// Whether a lowercase word reads as a past participle: one in -ed, or an irregular one
/// that is no verb's present form too ("made", "held"; not "shut" or "set").
fn is_past_participle(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed"))
        || matches!(
            word,
            "made"
                | "held"
                | "sent"
                | "taken"
                | "given"
                | "done"
                | "won"
                | "paid"
                | "sold"
                | "built"
                | "told"
                | "said"
                | "found"
                | "brought"
                | "bought"
                | "caught"
                | "lost"
                | "struck"
                | "seen"
                | "known"
                | "written"
                | "spent"
                | "begun"
        )
}

/// Most words read back from a date for the "will" of a time to come.
const FUTURE_REACH: usize = 6;

/// Whether a month and day given with no year, in an article dated `published` (month,
/// day), to come, are of the next year: more than a month before the article's own day
/// ("begin March 1" in an article of November 19). Within a month it may be just past
/// ("takes effect March 1" on March 20 is loosely told).
fn next_years(month: u8, day: u8, published: (u8, u8)) -> bool {
    let day_of_year = |m: u8, d: u8| u16::from(m) * 31 + u16::from(d);
    day_of_year(published.0, published.1) > day_of_year(month, day) + 31
}

/// The stem of the verb right before an event's date: one in -ed ("was announced on
/// March 3", "filed March 9": "annou", "filed"), not one that dates the page ("updated
/// on"), or a word of `data/date_verbs.txt` ("takes effect June 1": "effec"). What was
/// done that day, as the article words it. Lowercase words only, none a stopword, so
/// "in Boise on March 3" has none.
fn verb_before(before: &str) -> Option<String> {
    let (word, mut words) = word_before_date(before)?;
    // "a best-by date of Nov. 20", "expiration dates of": the kind of date it is.
    if word == "of" {
        let kind = match words.next()? {
            "date" | "dates" => words.next()?,
            _ => return None,
        };
        return (kind.len() >= 3
            && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !super::lists::STOPWORDS.contains(kind))
        .then(|| super::lists::stem_of(kind))
        .flatten();
    }
    let verb = (word.len() >= 5 && word.ends_with("ed") && !PAGE_DATE_VERBS.contains(word))
        || DATE_VERBS.contains(word);
    (verb
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !super::lists::STOPWORDS.contains(word))
    .then(|| super::lists::stem_of(word))
    .flatten()
}

/// Whether the words before a date are a label that dates the page, not the news:
/// "FDA Publish Date:", "Last updated:", "Posted on:" (a verb of
/// `data/page_date_verbs.txt`, in any form, in a label ending in a colon on its line).
fn dates_the_page(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before).trim_end();
    let Some(label) = line.strip_suffix(':') else {
        return false;
    };
    label.split_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        PAGE_DATE_VERBS
            .iter()
            .any(|v| w.starts_with(v.strip_suffix("ed").unwrap_or(v)))
    })
}

/// The action of a date that ends a range ([`ends_a_range`]): "through".
pub const RANGE_END: &str = "throu";

/// Whether the words before a date make it the end of a range that a date before it
/// opens in the sentence ("best-by dates of October 9 through October 17", "between
/// Sept. 22 and Oct. 3", "June 3-June 7"): such a date is compared with the ends of
/// other ranges only, not with a date on which something happened.
fn ends_a_range(before: &str) -> bool {
    let b = before.trim_end();
    // Not "to": "moved the vote from June 3 to June 7" gives the vote's new day.
    let Some(rest) = ["through", "thru", "and", "-", "–", "—"]
        .iter()
        .find_map(|w| b.strip_suffix(w))
    else {
        return false;
    };
    // The date before: a day number, with its year and comma perhaps ("Oct. 9, 2029,").
    let rest = rest.trim_end().trim_end_matches(',');
    let digits = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return false;
    }
    let rest = rest[..rest.len() - digits].trim_end().trim_end_matches(',');
    let rest = if digits == 4 {
        // A year: the day before it.
        let d = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&d) {
            return false;
        }
        rest[..rest.len() - d].trim_end()
    } else {
        rest.trim_end()
    };
    let month = rest.rsplit(' ').next().unwrap_or("");
    is_month(month) && (!b.ends_with("and") || rest.to_lowercase().contains("between"))
}

/// Every date claim of a document, with the article's own date where its header gives one.
pub fn extract_dates(doc: &Doc, gates: &Gates) -> Vec<Claim> {
    let published = publication_date(doc);
    let first_paragraph = doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Prose)
        .map(|b| b.range.start);
    let mut found: Vec<(Range<usize>, DateClaim)> = Vec::new();
    let mut spoken = gates.in_order();
    for s in doc.prose_sentences() {
        let text = doc.text(&s.range);
        // A date has a day number: sentences without a digit hold none, unless the
        // day is spoken ("March thirty-first"), which needs a month's name.
        let date = if spoken.open(&s.range, Gate::SpokenDate) {
            &DATE_OR_SPOKEN
        } else if pattern::has_digit(text) {
            &DATE
        } else {
            continue;
        };
        let opens_article = first_paragraph == Some(s.range.start);
        for c in pattern::captures(date, text) {
            let m = c.get(0).unwrap();
            let (month, day) = month_day(&c);
            // "May first-quarter sales": an ordinal that opens a compound is no day.
            if c.name("sd")
                .is_some_and(|d| text[d.end()..].starts_with('-'))
            {
                continue;
            }
            // "24/7/365" and "1/2/3" are no dates.
            if !(1..=31).contains(&day) || month == 0 || text[m.end()..].starts_with('/') {
                continue;
            }
            // "Pittsburgh – October 8, 2025 – The authority announced": the article's
            // own date, read by `publication_date`; nothing happened on it.
            if opens_article && in_dateline(text, m.start(), m.end()) {
                continue;
            }
            let before = &text[..m.start()];
            if dates_the_page(before) {
                continue;
            }
            // "Nov. 9-17, 2026": a range's last day, in the same month; the year after
            // it is both days'.
            let range_end = (c.name("d").is_some() && c.name("y").is_none())
                .then(|| DAY_RANGE_END.captures(&text[m.end()..]))
                .flatten();
            let range_year = range_end
                .as_ref()
                .and_then(|r| r.name("y"))
                .and_then(|y| y.as_str().parse().ok());
            let after = &text[m.end()..];
            let deadline = (DEADLINE_BEFORE.is_match(before) && !PRODUCT_DATE.is_match(before))
                || after
                    .trim_start_matches([',', ' '])
                    .to_lowercase()
                    .starts_with("deadline");
            let year = year_of(&c).or(range_year).or_else(|| {
                let (y, m, d) = published?;
                let ahead = deadline || schedule_word_before(before) || told_ahead(before);
                Some(if ahead && next_years(month, day, (m, d)) {
                    y + 1
                } else {
                    y
                })
            });
            let mut range_claim = None;
            if let Some(r) = &range_end
                && let Ok(last) = r["d"].parse::<u8>()
                && last > day
                && last <= 31
            {
                let end = m.end() + r.name("y").unwrap_or(r.name("d").unwrap()).end();
                range_claim = Some((
                    s.range.start + m.start()..s.range.start + end,
                    DateClaim {
                        slot: DateSlot::Event,
                        month: Some(month),
                        day: Some(last),
                        year,
                        weekday: year.map(|y| weekday_of(y, month, last).to_string()),
                        action: Some(RANGE_END.to_string()),
                        context: context(text, m.start(), end),
                    },
                ));
            }
            let slot = if deadline {
                DateSlot::Deadline
            } else {
                DateSlot::Event
            };
            let weekday = year.map(|y| weekday_of(y, month, day).to_string());
            let action = if deadline {
                action_of(before, after)
            } else if ends_a_range(before) {
                Some(RANGE_END.to_string())
            } else {
                verb_before(before)
            };
            found.push((
                s.range.start + m.start()..s.range.start + m.end(),
                DateClaim {
                    slot,
                    month: Some(month),
                    day: Some(day),
                    year,
                    weekday,
                    action,
                    context: context(text, m.start(), m.end()),
                },
            ));
            found.extend(range_claim);
        }
        found.extend(
            months_of_years(text)
                .map(|(r, claim)| (s.range.start + r.start..s.range.start + r.end, claim)),
        );
    }
    if let Some(lead) = lead_day(doc, published) {
        found.push(lead);
    }
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, date))| Claim {
            id: format!("{}#date{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Date(date),
            text: doc.words(&range),
            span: doc.span(&range),
        })
        .collect()
}

/// Whether the date at `start..end` of an article's first sentence is its dateline's:
/// after a few capitalized words (the place) and before a dash ("PITTSBURGH, PA (October
/// 8, 2025) –", "Pittsburgh – October 8, 2025 – ").
fn in_dateline(text: &str, start: usize, end: usize) -> bool {
    let place = &text[..start];
    let place_ok = place
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && place.split_whitespace().count() <= MAX_DATELINE_WORDS;
    let mut after = text[end..].trim_start_matches([')', ' ', ',']);
    // "Law Desk (March 10, 2027, 4:41 PM EST) --": the time of posting after the date.
    if let Some(clock) = DATELINE_CLOCK.find(after) {
        after = after[clock.end()..].trim_start_matches([')', ' ', ',']);
    }
    // "ROME, Aug 8 (Reuters) - ": the outlet's name in parentheses after the date.
    if let Some(outlet) = after.strip_prefix('(')
        && let Some(close) = outlet.find(')')
        && outlet[..close]
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && outlet[..close].split_whitespace().count() <= MAX_OUTLET_WORDS
    {
        after = outlet[close + 1..].trim_start();
    }
    place_ok && ["–", "—", "--", "- "].iter().any(|d| after.starts_with(d))
}

/// A clock time with its zone after a dateline's date ("4:41 PM EST").
static DATELINE_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^[0-9]{1,2}:[0-9]{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?").unwrap()
});

/// Most words of an outlet's name in parentheses after a dateline's date ("(Thomson
/// Reuters Foundation)").
const MAX_OUTLET_WORDS: usize = 3;

/// Most words before the date of a dateline (a city, its state, an outlet's name).
const MAX_DATELINE_WORDS: usize = 6;

/// The months of a sentence in which something was done, with a verb in -ed at most
/// three words before "in" ("pleaded guilty in October 2024", "was arrested in June
/// 2023"): a date with no day ([`DateClaim::day`] is none). Without a verb ("the floods
/// of March 2019", "in March 2019, the river rose") a month says too little of what
/// happened in it to be compared.
fn months_of_years(text: &str) -> impl Iterator<Item = (Range<usize>, DateClaim)> + '_ {
    pattern::captures(&MONTH_OF_YEAR, text).filter_map(move |c| {
        let m = c.get(0).unwrap();
        let month = c.name("m").unwrap();
        // The words before "in", each with where it starts, nearest first.
        let mut end = m.start();
        let mut verb = None;
        for _ in 0..3 {
            let head = text[..end].trim_end_matches(' ');
            let start = head.rfind(' ').map_or(0, |p| p + 1);
            let word = &head[start..];
            if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
                break;
            }
            if word.len() >= 5 && word.ends_with("ed") && !PAGE_DATE_VERBS.contains(word) {
                verb = Some((start, word));
                break;
            }
            end = start;
        }
        let (verb_start, verb) = verb?;
        let year = c["y"].parse().ok()?;
        // The claim's words run from the verb: "pleaded guilty in October 2024".
        Some((
            verb_start..m.end(),
            DateClaim {
                slot: DateSlot::Event,
                month: Some(month_number(month.as_str())),
                day: None,
                year: Some(year),
                weekday: None,
                action: super::lists::stem_of(verb),
                context: context(text, month.start(), m.end()),
            },
        ))
    })
}

/// Month and day of a match, in either order ("June 1" or "1 June"), or of a date in
/// figures: month first as American news writes it ("11/20/2025"), unless the first
/// figure cannot be a month ("20/11/2025"). A month out of range reads as 0.
fn month_day(c: &regex::Captures) -> (u8, u8) {
    if let (Some(a), Some(b)) = (c.name("nm"), c.name("nd")) {
        let a: u8 = a.as_str().parse().unwrap_or(0);
        let b: u8 = b.as_str().parse().unwrap_or(0);
        return match (a, b) {
            (1..=12, _) => (a, b),
            (_, 1..=12) => (b, a),
            _ => (0, 0),
        };
    }
    let m = ["m", "m2", "m3", "m4"]
        .iter()
        .find_map(|g| c.name(g))
        .map_or("", |m| m.as_str());
    let spoken = c
        .name("sd")
        .or_else(|| c.name("sd2"))
        .and_then(|d| crate::canon::numbers::ordinal_value(&d.as_str().to_ascii_lowercase()));
    let d = match spoken {
        Some(v) => u8::try_from(v).unwrap_or(0),
        None => c
            .name("d")
            .or_else(|| c.name("d2"))
            .map_or(0, |d| d.as_str().parse().unwrap_or(0)),
    };
    (month_number(m), d)
}

/// The year a date match gives: four figures, or two after a date in figures
/// ("11/20/25": 2025).
fn year_of(c: &regex::Captures) -> Option<u16> {
    if let Some(y) = c.name("y") {
        return y.as_str().parse().ok();
    }
    let y = c.name("ny")?.as_str();
    let n: u16 = y.parse().ok()?;
    Some(if y.len() == 2 { 2000 + n } else { n })
}

fn month_number(name: &str) -> u8 {
    MONTHS
        .iter()
        .find(|(m, _)| m == name)
        .map_or(0, |(_, n)| *n)
}

fn context(text: &str, start: usize, end: usize) -> Vec<String> {
    // Month names say when, not what.
    super::context_stems(text, start, end)
        .into_iter()
        .filter(|s| {
            !MONTHS.iter().any(|(m, _)| {
                m.get(..s.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(s))
            })
        })
        .collect()
}

/// The article's date: the first full date above its first paragraph (a dateline,
/// "Published: …"), or the `published` field of its scraped record.
pub(crate) fn publication_date(doc: &Doc) -> Option<(u16, u8, u8)> {
    header_date(doc).or_else(|| {
        let p = doc.article.published.as_deref()?;
        let mut parts = p.get(..10)?.split('-');
        Some((
            parts.next()?.parse().ok()?,
            parts.next()?.parse().ok()?,
            parts.next()?.parse().ok()?,
        ))
    })
}

fn header_date(doc: &Doc) -> Option<(u16, u8, u8)> {
    // The latest of the header's dates: a page is dated no earlier than what its
    // header reports ("Argued: March 4, 2029", "Decided: June 12, 2029").
    let mut latest = None;
    for b in &doc.blocks {
        if b.kind == BlockKind::Prose {
            // The header ends at the first paragraph; a wire dateline opens it. A page
            // whose header is dated has its date: the first paragraph's may be when
            // the news takes effect ("Issued: Thursday, October 14" over "Effective
            // 8:00 a.m. Friday, October 15, all outdoor burning is prohibited").
            if latest.is_some() {
                return latest;
            }
            let head: String = doc.text(&b.range).chars().take(80).collect();
            return DATE.captures(&head).and_then(full_date);
        }
        let dates = DATE.captures_iter(doc.text(&b.range)).filter_map(full_date);
        latest = dates.fold(latest, |l, d| l.max(Some(d)));
    }
    latest
}

fn full_date(c: regex::Captures) -> Option<(u16, u8, u8)> {
    let (month, day) = month_day(&c);
    if month == 0 {
        return None;
    }
    Some((year_of(&c)?, month, day))
}

/// The weekday of the article's main event: the first weekday named in its first two
/// paragraphs, or "today" / "on Tuesday" read against the header's date. A weekday
/// right after a speech verb ("lottery officials said Saturday") is the day of the
/// saying: another weekday of those paragraphs ("drawn Friday night") comes first.
fn lead_day(doc: &Doc, published: Option<(u16, u8, u8)>) -> Option<(Range<usize>, DateClaim)> {
    lead_day_of(doc, published, true).or_else(|| lead_day_of(doc, published, false))
}

/// [`lead_day`], passing over weekdays right after a speech verb when `strict`.
fn lead_day_of(
    doc: &Doc,
    published: Option<(u16, u8, u8)>,
    strict: bool,
) -> Option<(Range<usize>, DateClaim)> {
    let paragraphs: Vec<usize> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Prose)
        .map(|(i, _)| i)
        .take(2)
        .collect();
    for &p in &paragraphs {
        let range = doc.blocks[p].range.clone();
        let text = doc.text(&range);
        // A weekday in an aside ("(more surveys Monday)") is not the lead's, nor one
        // after a speech verb once the lead has dated its event over a span ("killed
        // five people over the weekend, officials said Sunday").
        let aside = |at: usize| text[..at].matches('(').count() > text[..at].matches(')').count();
        let said = |at: usize| {
            let verb = text[..at].trim_end().rsplit(' ').next().unwrap_or("");
            super::people::SPEECH_VERBS.contains(verb)
        };
        let said_after_span = |at: usize| {
            said(at) && {
                let lower = text[..at].to_lowercase();
                SPAN_WORDS.iter().any(|w| lower.contains(w))
            }
        };
        let hit = WEEKDAY
            .find_iter(text)
            .find(|m| {
                !(aside(m.start())
                    || said_after_span(m.start())
                    || (strict && said(m.start()))
                    || planned(&text[..m.start()]))
            })
            .map(|m| (m.start(), m.end(), weekday_name(m.as_str())))
            .or_else(|| {
                let (y, mo, d) = published?;
                let at = text.find(" today")?;
                Some((at + 1, at + 6, weekday_of(y, mo, d).to_string()))
            });
        if let Some((a, b, weekday)) = hit {
            let claim = DateClaim {
                slot: DateSlot::LeadDay,
                month: None,
                day: None,
                year: None,
                weekday: Some(weekday),
                action: None,
                context: context(text, a, b),
            };
            return Some((range.start + a..range.start + b, claim));
        }
    }
    None
}

/// Words before a weekday that make it a plan (`data/plan_words.txt`).
static PLAN_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/plan_words.txt")).collect());

/// Words of a weekday's clause read back for a plan word.
const PLAN_REACH: usize = 6;

/// Whether the clause that ends where a weekday starts makes that day a plan ("will
/// return to normal operations on"): a press release's lead may name only the day
/// work resumes, which is no day of the event the others report.
fn planned(before: &str) -> bool {
    let clause = before
        .rsplit([',', ';', ':', '.', '!', '?', '—'])
        .next()
        .unwrap_or(before);
    // Read back to the nearest plan word or past verb ("will share grants approved
    // Thursday": the approval's day).
    clause
        .split_whitespace()
        .rev()
        .take(PLAN_REACH)
        .find(|w| PLAN_WORDS.contains(w) || (w.len() > 4 && w.ends_with("ed")))
        .is_some_and(|w| PLAN_WORDS.contains(w))
}

/// Words that date an event over a span (`data/span_words.txt`).
static SPAN_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/span_words.txt")).collect());

/// The weekday of a date (Sakamoto's method).
pub fn weekday_of(year: u16, month: u8, day: u8) -> &'static str {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let (mut y, m, d) = (
        i32::from(year),
        i32::from(month.clamp(1, 12)),
        i32::from(day),
    );
    if m < 3 {
        y -= 1;
    }
    let w = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d).rem_euclid(7);
    WEEKDAYS[w as usize]
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_month_of_a_year_after_a_verb() {
        let months: Vec<(Option<u8>, Option<u16>, Option<String>)> = dates(
            "Title\n\nHe pleaded guilty in October 2024 and was arrested in June 2023. The floods of March 2019 came in March 2019, when it rained.\n",
        )
        .into_iter()
        .filter(DateClaim::is_month)
        .map(|d| (d.month, d.year, d.action))
        .collect();
        assert_eq!(
            months,
            vec![
                (Some(10), Some(2024), Some("plead".to_string())),
                (Some(6), Some(2023), Some("arres".to_string())),
            ]
        );
    }

    /// Month and day of each event date of a text.
    fn events(text: &str) -> Vec<(Option<u8>, Option<u8>)> {
        dates(text)
            .into_iter()
            .filter(|d| d.slot == DateSlot::Event)
            .map(|d| (d.month, d.day))
            .collect()
    }

    #[test]
    fn a_datelines_date_is_no_event() {
        for text in [
            "T\n\nPittsburgh – October 8, 2025 – The union ratified a contract, ending a strike that began September 19.\n",
            "T\n\nPITTSBURGH, PA (October 8, 2025) – The union ratified a contract, ending a strike that began September 19.\n",
            "T\n\nSeptember 30, 2025 - The union ratified a contract, ending a strike that began September 19.\n",
            "T\n\nPITTSBURGH, Oct 8 (Reuters) - The union ratified a contract, ending a strike that began September 19.\n",
            "T\n\nLaw Desk (October 8, 2025, 4:41 PM EST) -- The union ratified a contract, ending a strike that began September 19.\n",
        ] {
            assert_eq!(events(text), vec![(Some(9), Some(19))], "{text}");
        }
        // A date the first sentence tells of is one.
        assert_eq!(
            events("T\n\nThe union ratified a contract on October 8, 2025 - a Wednesday.\n"),
            vec![(Some(10), Some(8))]
        );
    }

    #[test]
    fn a_scripts_weekday_in_capitals_is_the_leads_day() {
        let lead: Vec<Option<String>> = dates(
            "ADVISER SENTENCED\n\nA DALTON MAN WILL SPEND 12 YEARS IN PRISON. A JUDGE SENTENCED HIM WEDNESDAY.\n",
        )
        .into_iter()
        .filter(|d| d.slot == DateSlot::LeadDay)
        .map(|d| d.weekday)
        .collect();
        assert_eq!(lead, [Some("Wednesday".to_string())]);
    }

    #[test]
    fn an_orders_day_of_a_month_and_a_span_it_runs_through() {
        type Day = (Option<u8>, Option<u8>, Option<u16>, DateSlot);
        let days = |text: &str| -> Vec<Day> {
            dates(&format!("T\n\n{text}\n"))
                .into_iter()
                .filter(|d| d.slot != DateSlot::LeadDay)
                .map(|d| (d.month, d.day, d.year, d.slot))
                .collect()
        };
        assert_eq!(
            days("I have set my hand this 15th day of July, 2027."),
            [(Some(7), Some(15), Some(2027), DateSlot::Event)]
        );
        assert_eq!(
            days("The order runs through Sept. 30."),
            [(Some(9), Some(30), None, DateSlot::Deadline)]
        );
        assert_eq!(
            days("The ban remains in effect through Oct. 2."),
            [(Some(10), Some(2), None, DateSlot::Deadline)]
        );
        // A package's "best by" date is the date of the product, no deadline.
        assert_eq!(
            days("The bags are marked best by 10/12/2029."),
            [(Some(10), Some(12), Some(2029), DateSlot::Event)]
        );
        assert_eq!(
            days("The cartons are stamped use by 10/12/2029."),
            [(Some(10), Some(12), Some(2029), DateSlot::Event)]
        );
        assert_eq!(
            days("Owners must sell by Dec. 31."),
            [(Some(12), Some(31), None, DateSlot::Deadline)]
        );
    }

    #[test]
    fn a_spoken_day_of_a_month_is_a_date() {
        let days = |text: &str| -> Vec<(Option<u8>, Option<u8>, DateSlot)> {
            dates(&format!("T\n\n{text}\n"))
                .into_iter()
                .filter(|d| d.slot != DateSlot::LeadDay)
                .map(|d| (d.month, d.day, d.slot))
                .collect()
        };
        assert_eq!(
            days("Applications are due by March thirty-first."),
            [(Some(3), Some(31), DateSlot::Deadline)]
        );
        assert_eq!(
            days("The vote is set for the fifteenth of June, 2027."),
            [(Some(6), Some(15), DateSlot::Event)]
        );
        assert_eq!(
            days("The fair opened on August twenty second."),
            [(Some(8), Some(22), DateSlot::Event)]
        );
        // An ordinal that opens a compound, or stands alone, is no day.
        assert!(days("May first-quarter sales were weak.").is_empty());
        assert!(days("It was the second time in March that the plant closed.").is_empty());
    }

    #[test]
    fn the_day_of_the_saying_after_a_span_is_no_leads_day() {
        let lead = |text: &str| -> Vec<Option<String>> {
            dates(text)
                .into_iter()
                .filter(|d| d.slot == DateSlot::LeadDay)
                .map(|d| d.weekday)
                .collect()
        };
        assert!(
            lead("T\n\nStorms killed five people over the weekend, officials said Sunday.\n")
                .is_empty()
        );
        assert_eq!(
            lead("T\n\nThe council voted 5-2, officials said Sunday.\n"),
            vec![Some("Sunday".to_string())]
        );
    }

    #[test]
    fn the_end_of_a_range_of_days() {
        assert!(ends_a_range("best-by dates of October 9 through "));
        assert!(ends_a_range("dates of Oct. 9, 2029, through "));
        assert!(ends_a_range("sold between September 22 and "));
        assert!(ends_a_range("open June 3-"));
        // A change of day, a list of days, a day after no other.
        assert!(!ends_a_range("moved the vote from June 3 to "));
        assert!(!ends_a_range("met on June 3 and "));
        assert!(!ends_a_range("the deal runs through "));
    }

    use super::*;
    use crate::article::Article;

    fn dates(text: &str) -> Vec<DateClaim> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        extract_dates(&doc, &Gates::new(&doc))
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Date(d) => Some(d),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn what_must_be_done_by_a_deadline() {
        let actions_in = |slot: DateSlot, text: &str| -> Vec<Option<String>> {
            dates(&format!("Headline\n\n{text}\n"))
                .into_iter()
                .filter(|d| d.slot == slot)
                .map(|d| d.action)
                .collect()
        };
        let actions = |text: &str| actions_in(DateSlot::Deadline, text);
        let event_actions = |text: &str| actions_in(DateSlot::Event, text);
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            actions("Growers have until Sept. 30 to register new wells."),
            [some("regis")]
        );
        assert_eq!(
            actions("Owners face an Oct. 1 deadline to register."),
            [some("regis")]
        );
        assert_eq!(
            actions("Growers must register new wells by Sept. 30."),
            [some("regis")]
        );
        assert_eq!(
            actions("Comments are due by May 2, according to officials."),
            [None]
        );
        // A date that is no deadline has no action but the verb right before it: not
        // what is done "to" after it.
        assert_eq!(
            event_actions("The rule takes effect Aug. 1 to protect voters."),
            [some("effec")]
        );
        assert_eq!(
            event_actions("The recall was announced on March 3. It was filed March 9."),
            [some("annou"), some("filed")]
        );
        assert_eq!(
            event_actions("The plant opened in Boise on March 3. They need March 9."),
            [None, None]
        );
        assert_eq!(
            event_actions("This story was updated on March 4. It was posted March 3."),
            [None, None]
        );
        assert_eq!(
            event_actions("The ordinance takes effect June 1. The season opens on March 28."),
            [some("effec"), some("opens")]
        );
        // "shut their doors on": the idiom's verb.
        assert_eq!(
            event_actions("The two depots will shut their doors on April 1."),
            [some("shut")]
        );
    }

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(weekday_of(2000, 1, 1), "Saturday");
        assert_eq!(weekday_of(2031, 8, 14), "Thursday");
        assert_eq!(weekday_of(2024, 2, 29), "Thursday");
    }

    #[test]
    fn day_month_order_too() {
        let d = dates(
            "Headline\n\nThe rules take effect on 1 June 2031 and appeals close by 15 July.\n",
        );
        let md: Vec<(Option<u8>, Option<u8>)> = d
            .iter()
            .filter(|x| x.slot != DateSlot::LeadDay)
            .map(|x| (x.month, x.day))
            .collect();
        assert_eq!(md, vec![(Some(6), Some(1)), (Some(7), Some(15))]);
    }

    #[test]
    fn a_day_to_come_with_no_year_is_of_the_next_year_when_months_before_the_article() {
        let years = |body: &str| -> Vec<(Option<u8>, Option<u16>)> {
            dates(&format!(
                "Fares to rise\n\nPosted: Nov. 19, 2026\n\n{body}\n"
            ))
            .iter()
            .filter(|x| x.slot != DateSlot::LeadDay)
            .map(|x| (x.month, x.year))
            .collect()
        };
        // Scheduled ahead: the next March.
        assert_eq!(
            years("The new fares begin March 1."),
            [(Some(3), Some(2027))]
        );
        assert_eq!(
            years("Riders must apply by Feb. 2 to keep the discount."),
            [(Some(2), Some(2027))]
        );
        // Told with "will" or "is to": to come, whatever the verb.
        assert_eq!(
            years("The old depot will all shut its doors on April 1."),
            [(Some(4), Some(2027))]
        );
        assert_eq!(
            years("The depots are to be sold on 31 March."),
            [(Some(3), Some(2027))]
        );
        // A participle of its own before the date tells of a day past.
        assert_eq!(
            years("The board will review the decision made on March 3."),
            [(Some(3), Some(2026))]
        );
        // Told as past, or given a year, or within a month of the article's day.
        assert_eq!(
            years("The fares were approved March 1."),
            [(Some(3), Some(2026))]
        );
        assert_eq!(
            years("The new fares begin March 1, 2026."),
            [(Some(3), Some(2026))]
        );
        assert_eq!(
            years("The new fares take effect Nov. 1."),
            [(Some(11), Some(2026))]
        );
    }

    #[test]
    fn a_range_of_days_gives_its_last_day_too() {
        let d = dates(
            "Headline\n\nWhen: Nov. 9-17, 2026 (detected Nov. 18). Scores were 4-3 on March 4-3.\n",
        );
        /// Month, day, year and action of a date.
        type Read<'a> = (Option<u8>, Option<u8>, Option<u16>, Option<&'a str>);
        let got: Vec<Read> = d
            .iter()
            .filter(|x| x.slot != DateSlot::LeadDay)
            .map(|x| (x.month, x.day, x.year, x.action.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(11), Some(9), Some(2026), None),
                (Some(11), Some(17), Some(2026), Some(RANGE_END)),
                (Some(11), Some(18), None, None),
                // "March 4-3" is no range: its last day comes first.
                (Some(3), Some(4), None, None),
            ]
        );
    }

    #[test]
    fn dates_in_figures_month_first_unless_it_cannot_be() {
        let d = dates(
            "Headline\n\nThe bags carry a best-by date of 11/20/2025. Lots sold before 25/11/25 are safe, open 24/7/365, and 1/2/3 is no date.\n",
        );
        let got: Vec<String> = d
            .into_iter()
            .filter(|x| x.slot != DateSlot::LeadDay)
            .map(|x| format!("{:?}/{:?}/{:?} {:?}", x.month, x.day, x.year, x.action))
            .collect();
        assert_eq!(
            got,
            [
                "Some(11)/Some(20)/Some(2025) Some(\"best\")",
                "Some(11)/Some(25)/Some(2025) None",
            ]
        );
    }

    #[test]
    fn a_label_that_dates_the_page_gives_no_event() {
        assert_eq!(
            events(
                "T\n\nCompany Announcement Date: 11/14/2025\nFDA Publish Date: 11/15/2025\nLast Updated: Nov. 16, 2025\n"
            ),
            vec![(Some(11), Some(14))]
        );
    }

    #[test]
    fn a_closing_that_is_not_of_a_window_is_a_date() {
        let d = dates("Headline\n\nThe plant closes March 14 after 60 years.\n");
        assert_eq!(d.len(), 1);
        assert_ne!(d[0].slot, DateSlot::Deadline);
    }

    #[test]
    fn a_deadline_stated_as_such_is_a_deadline() {
        for text in [
            "Headline\n\nOperators may appeal; the deadline is March 14.\n",
            "Headline\n\nOperators may appeal. Deadline: March 14.\n",
            "Headline\n\nThe filing deadline falls on March 14 this year.\n",
            "Headline\n\nDeadline to apply is March 14.\n",
            "Headline\n\nDeadline to appeal: March 14.\n",
            "Headline\n\nThe appeal window closes March 14.\n",
            "Headline\n\nApplications close on March 14, the city said.\n",
        ] {
            let d = dates(text);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!(d[0].slot, DateSlot::Deadline, "{text}");
        }
    }

    #[test]
    fn the_latest_date_of_a_header_dates_today() {
        let d = dates(
            "SUMMARY\n\nArgued: March 4, 2029\nDecided: June 12, 2029\n\nThe court today ruled 4-3.\n",
        );
        let lead: Vec<&str> = d
            .iter()
            .filter(|d| d.slot == DateSlot::LeadDay)
            .filter_map(|d| d.weekday.as_deref())
            .collect();
        assert_eq!(lead, ["Tuesday"]);
    }

    #[test]
    fn a_dated_header_outdoes_the_first_paragraphs_date() {
        let page = |text: &str| {
            let article = Article::from_text("t", "t.txt", text);
            publication_date(&Doc::new(&article))
        };
        // The first paragraph's date is when the order takes effect.
        assert_eq!(
            page(
                "BULLETIN\n\nIssued: Thursday, October 14, 2027\n\nEffective Friday, October 15, 2027, all burning is banned.\n"
            ),
            Some((2027, 10, 14))
        );
        // With no dated header, a dateline opens the first paragraph.
        assert_eq!(
            page("Headline\n\nDALTON, Oct. 15, 2027 -- All burning is banned.\n"),
            Some((2027, 10, 15))
        );
    }

    #[test]
    fn a_weekday_of_a_plan_is_no_lead_day() {
        let lead = |text: &str| -> Vec<String> {
            dates(text)
                .into_iter()
                .filter(|d| d.slot == DateSlot::LeadDay)
                .filter_map(|d| d.weekday)
                .collect()
        };
        // Only a day work resumes: no day of the event.
        assert!(lead("Headline\n\nThe plant will reopen on Tuesday after the fire.\n").is_empty());
        assert!(lead("Headline\n\nA vote is scheduled for Monday.\n").is_empty());
        // The plan is passed over for the day of what happened.
        assert_eq!(
            lead(
                "Headline\n\nCrews will resume work Tuesday, a day after the pipe burst Monday.\n"
            ),
            ["Monday"]
        );
        // A past verb nearer the weekday than the plan word dates what it tells.
        assert_eq!(
            lead("Headline\n\nTowns will share grants approved Thursday by the board.\n"),
            ["Thursday"]
        );
        // A plan word of another clause leaves the weekday alone.
        assert_eq!(
            lead("Headline\n\nThe mayor — who will retire in June — resigned Friday.\n"),
            ["Friday"]
        );
    }

    #[test]
    fn deadlines_events_and_the_lead_day() {
        let d = dates(
            "Headline\n\nMay 2, 2030\n\nThe board met today. Towns must file plans by June 5, and a hearing is set for July 9. Appeals are due Aug. 1.\n",
        );
        let lead = d.iter().find(|x| x.slot == DateSlot::LeadDay).unwrap();
        assert_eq!(lead.weekday.as_deref(), Some("Thursday"));
        let deadlines: Vec<(Option<u8>, Option<u8>)> = d
            .iter()
            .filter(|x| x.slot == DateSlot::Deadline)
            .map(|x| (x.month, x.day))
            .collect();
        assert_eq!(deadlines, vec![(Some(6), Some(5)), (Some(8), Some(1))]);
        let event = d.iter().find(|x| x.slot == DateSlot::Event).unwrap();
        assert_eq!(
            (event.month, event.day, event.year),
            (Some(7), Some(9), Some(2030))
        );
    }
}
