//! Lists of places: bulleted or numbered blocks, colon lists, semicolon series, and prose
//! lists introduced by a cue ("including A, B and C", "A, B and other cities").
//!
//! A list is **complete** when the article presents it as the whole set (a bulleted block
//! or colon list with no partial cue, "the following", a semicolon series) and **partial**
//! when a cue says so ("including", "among others"). Places named for another reason
//! (a lawsuit in three places, a dateline, a mayor's city) carry no cue and make no list.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::gates::{Gate, Gates};
use crate::canon::gazetteer::gazetteer;
use crate::canon::numbers::{number_pattern, parse_number};
use crate::canon::places::{ParsedPlace, as_city, make_place, parse_place_at, state_at};
use crate::model::{Claim, ClaimBody, CountClaim, ListClaim, ListItem, PlaceKind, StatedCount};
use crate::text::normalize::fold_name;
use crate::text::{BlockKind, Doc, pattern};

/// A cue phrase from `data/list_cues.txt`.
#[derive(Debug)]
struct Cue {
    complete: bool,
    list_after: bool,
    phrase: String,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    include_str!("../../data/list_cues.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let complete = f.next()? == "complete";
            let list_after = f.next()? == "after";
            let phrase = f.next()?.trim().to_string();
            Some(Cue {
                complete,
                list_after,
                phrase,
            })
        })
        .collect()
});

/// Set nouns with their class, longest first so "local governments" wins over
/// "governments".
static SET_NOUNS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut nouns: Vec<(String, String)> = include_str!("../../data/set_nouns.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (noun, class) = l.split_once('\t')?;
            Some((noun.trim().to_string(), class.trim().to_string()))
        })
        .collect();
    nouns.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    nouns
});

/// The longest set noun at the start of a text in any case: lowercases only as much of
/// the text as the longest set noun could cover, not the whole rest of the sentence.
pub fn set_noun_starting(text: &str) -> Option<&'static str> {
    let longest = SET_NOUNS.first().map_or(0, |(n, _)| n.len()) + 1;
    let mut end = longest.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    set_noun_at(&text[..end].to_lowercase())
}

/// Set nouns by their first word, longest first: a text's first word picks the few
/// nouns that can start it, instead of trying every set noun at every word.
static SET_NOUNS_BY_HEAD: LazyLock<rustc_hash::FxHashMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| {
        let mut by_head: rustc_hash::FxHashMap<&'static str, Vec<&'static str>> =
            Default::default();
        for (noun, _) in SET_NOUNS.iter() {
            by_head
                .entry(head_word(noun))
                .or_default()
                .push(noun.as_str());
        }
        by_head
    });

/// The text up to its first character that is not a letter or digit.
fn head_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    &text[..end]
}

/// The longest set noun at the start of a lowercase text ("cities and counties …").
pub fn set_noun_at(lower: &str) -> Option<&'static str> {
    SET_NOUNS_BY_HEAD
        .get(head_word(lower))?
        .iter()
        .copied()
        .find(|n| {
            lower.starts_with(n) && !lower[n.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
}

/// The class of a set noun ("communities" → "local"), for telling which lists of one
/// article speak of one set.
pub fn noun_class(noun: &str) -> Option<&'static str> {
    SET_NOUNS
        .iter()
        .find(|(n, _)| n == noun)
        .map(|(_, class)| class.as_str())
}

fn set_noun_alternation() -> String {
    SET_NOUNS
        .iter()
        .map(|(n, _)| regex::escape(n).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The pattern of the partial cues whose list follows them (`after`) or precedes them.
fn cue_pattern(after: bool) -> String {
    let mut alts: Vec<String> = CUES
        .iter()
        .filter(|c| c.list_after == after && !c.complete)
        .map(|c| {
            c.phrase
                .split(' ')
                .map(|w| {
                    if w == "…" {
                        r"(?:[\w-]+\s+){0,4}?".to_string()
                    } else {
                        format!(r"{}\s+", regex::escape(w))
                    }
                })
                .collect::<String>()
        })
        .map(|p| p.trim_end_matches(r"\s+").to_string())
        .collect();
    alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let alt = alts.join("|");
    if after {
        // "includes the attorneys general of A, B and C": the parties of the places
        // stand between the cue and the series, as after "joined by".
        format!(r"(?i)\b(?:{alt})\b[,:]?\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?")
    } else {
        let nouns = set_noun_alternation();
        format!(r"(?i),?\s+(?:{alt})\b(?:\s+(?:[\w-]+\s+){{0,2}}?({nouns})\b)?")
    }
}

/// Partial cues whose list follows them ("including").
static CUE_AFTER: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&cue_pattern(true)).unwrap());
/// Partial cues whose list precedes them ("and other cities").
static CUE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&cue_pattern(false)).unwrap());
/// Either kind of partial cue: a sentence where this finds nothing (nearly all of them)
/// is read for neither kind. Read for every sentence by [`super::gates`].
pub(crate) fn cue_gate_pattern() -> String {
    format!("(?:{})|(?:{})", cue_pattern(true), cue_pattern(false))
}

/// "23 jurisdictions", "fifteen (15) local governments", "all 23 cities and counties".
static COUNT: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&set_count_pattern()).unwrap());

/// The pattern of [`COUNT`], also read for every sentence by [`super::gates`].
pub(crate) fn set_count_pattern() -> String {
    format!(
        r"(?i)\b({num})(?:\s*\((\d+)\))?\s+((?:[a-z][\w-]*\s+){{0,2}}?)({nouns})\b",
        num = number_pattern(),
        nouns = set_noun_alternation()
    )
}
static SET_NOUN: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"(?i)\b({})\b", set_noun_alternation())).unwrap());

static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^(?:\s*[,;]\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)").unwrap()
});

static PLURAL_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?i)^(?:the\s+)?(?:(?:entire|whole)\s+)?(states|cities|counties|towns|parishes|countries)\s+of\s+").unwrap()
});

static PLURAL_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"[A-Z][\p{L}'.-]*(?: [A-Z][\p{L}'.-]*)*";
    let institutions = INSTITUTION_PLURALS
        .iter()
        .map(|(p, _)| regex::escape(p).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    pattern::compile(&format!(
        r"^({name}(?:, (?:and )?{name})*,? (?:and|or|&) {name}) ((?i:counties|parishes|cities|towns|states|{institutions}))\b"
    ))
    .unwrap()
});

/// `data/institution_plurals.tsv`: plurals a series of institutions' names shares
/// ("elementary schools"), longest first, with the words each name takes ("Elementary
/// School").
static INSTITUTION_PLURALS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut plurals: Vec<(&str, &str)> =
        crate::data::lines(include_str!("../../data/institution_plurals.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .collect();
    plurals.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    plurals
});

/// The words each name of a series sharing an institution's plural takes ("elementary
/// schools" → "Elementary School"), or none for a plural of places.
fn institution_tail(plural: &str) -> Option<&'static str> {
    let plural = plural.split_whitespace().collect::<Vec<_>>().join(" ");
    INSTITUTION_PLURALS
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(&plural))
        .map(|(_, tail)| *tail)
}

/// Reads every list of places in a document.
/// `counts` are the article's counts ([`super::facts::extract_counts`]): a series of
/// places with no cue is a list when one of them counts it.
pub fn extract_lists(doc: &Doc, gates: &Gates, counts: &[Claim]) -> Vec<Claim> {
    let mut found: Vec<(Range<usize>, ListClaim)> = Vec::new();
    for bullets in &doc.bullets {
        if let Some(list) = bullet_list(doc, gates, bullets) {
            found.push(list);
        } else {
            found.extend(bullet_colon_lists(doc, gates, bullets));
        }
    }
    found.extend(heading_lists(doc, gates));
    found.extend(tally_lists(doc, gates));
    let place_counts = place_counts(counts);
    let mut before: Option<Range<usize>> = None;
    for sentence in doc.prose_sentences() {
        let asked = before.replace(sentence.range.clone());
        let mut lists = prose_lists(doc, gates, sentence.range.clone());
        if lists.is_empty()
            && let Some(list) = asked.and_then(|q| answered_series(doc, gates, q, &sentence.range))
        {
            lists.push((sentence.range.clone(), list));
        }
        // A series has a comma and a conjunction before a capital.
        if lists.is_empty()
            && !place_counts.is_empty()
            && gates.open(&sentence.range, Gate::Series)
            && memchr::memchr(b',', doc.text(&sentence.range).as_bytes()).is_some()
        {
            lists.extend(counted_series(doc, &place_counts, sentence.range.clone()));
        }
        // "at the company's plants in Wichita, Kan., Moline, Ill., and Tulsa, Okla.":
        // where the things a set noun names stand, a list of the noun, when no count of
        // the article makes the series a list of places ("went to stores in Oregon,
        // Idaho, Utah and Nevada" with "four states"). Such series are set side by side
        // as plural series are (see `compare::align`).
        if lists.is_empty()
            && gates.open(&sentence.range, Gate::Series)
            && let Some((start, items)) = located_series(&doc.norm.text, sentence.range.clone())
        {
            let intro = sentence.range.start..start;
            let (complete, cue) = intro_completeness(doc.text(&intro), LOCATED_SERIES);
            let complete = complete && names_them_all(doc.text(&intro));
            let list = make_prose_list(doc, gates, intro, items, complete, cue, None);
            lists.push((sentence.range.clone(), list));
        }
        // "Evacuation orders remain in effect for Cedar Flat, North Fork and Penn
        // Valley": the places under an order, set side by side as plural series are.
        if lists.is_empty()
            && gates.open(&sentence.range, Gate::Series)
            && let Some((start, items)) = order_series(&doc.norm.text, sentence.range.clone())
        {
            let intro = sentence.range.start..start;
            let (complete, cue) = intro_completeness(doc.text(&intro), ORDER_SERIES);
            let complete = complete && items.len() >= MIN_NAMED_ITEMS;
            let list = make_prose_list(doc, gates, intro, items, complete, cue, None);
            lists.push((sentence.range.clone(), list));
        }
        // "The survivors come from Guinea, Ivory Coast and Mali": their countries.
        if lists.is_empty()
            && gates.open(&sentence.range, Gate::Series)
            && let Some((start, items, complete)) =
                origin_series(&doc.norm.text, sentence.range.clone())
        {
            let intro = sentence.range.start..start;
            let cue = if complete { ORIGIN_NOUN } else { "mostly from" };
            let of = Some(ORIGIN_NOUN.to_string());
            let list = make_prose_list(doc, gates, intro, items, complete, cue.to_string(), of);
            lists.push((sentence.range.clone(), list));
        }
        found.extend(lists);
    }
    found.sort_by_key(|(r, _)| (r.start, r.end));
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, list))| Claim {
            id: format!("{}#list{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::List(list),
            text: claim_text(doc, &range),
            span: doc.span(&range),
        })
        .collect()
}

/// The lists of people of an article (`super::people_lists`) as claims, numbered after
/// its lists of places (`places`); a sentence that already holds a list of places or
/// parties gives none.
pub fn people_list_claims(
    doc: &Doc,
    people: &super::people::People,
    places: &[Claim],
    votes: &[Claim],
) -> Vec<Claim> {
    let taken: Vec<Range<usize>> = places.iter().map(|c| c.span.start..c.span.end).collect();
    super::people_lists::people_lists(doc, people, votes)
        .into_iter()
        .filter(|(r, _)| {
            let span = doc.span(r);
            !taken
                .iter()
                .any(|t| t.start < span.end && span.start < t.end)
        })
        .enumerate()
        .map(|(n, (range, list))| Claim {
            id: format!("{}#list{}", doc.article.id, places.len() + n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::List(list),
            text: claim_text(doc, &range),
            span: doc.span(&range),
        })
        .collect()
}

/// The claim's own words, shortened for long lists: those of its first block (the
/// introduction of a bulleted list, or the sentence of a prose list, wrapped or not).
fn claim_text(doc: &Doc, range: &Range<usize>) -> String {
    let first_end = doc
        .blocks
        .iter()
        .find(|b| b.range.end > range.start)
        .map_or(range.end, |b| b.range.end.min(range.end));
    let first_line = doc.words(&(range.start..first_end));
    if first_line.chars().count() > 300 {
        let cut: String = first_line.chars().take(297).collect();
        format!("{cut}…")
    } else {
        first_line.to_string()
    }
}

/// Whether the rest of a bullet item after its place only describes the place: a
/// clause or an aside in lowercase after a comma, a dash or a parenthesis ("Abilene,
/// Kansas, whose report came late", "Cairo — the smallest"). "Boise Police" is no place.
fn describes(rest: &str) -> bool {
    [", ", " — ", " - ", " ("].iter().any(|lead| {
        rest.strip_prefix(lead)
            .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()))
    })
}

/// Whether the rest of a bullet item after its name is what a row of a table holds: a
/// qualifier (", Ashby", " (Ferris)") and then a figure after a dash or a colon
/// ("Pike General Hospital, Dalton — $120,000", "Ada County: 14"). A qualifier
/// alone ends an organization's item, whose name says what it is; a place's needs a
/// figure after it ("Boise, Ashby" is two places).
fn rests_as_a_row(rest: &str, organization: bool) -> bool {
    let mut r = rest;
    let mut qualified = false;
    if let Some(after) = r.strip_prefix(", ") {
        let words = after
            .split(' ')
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .take(3)
            .collect::<Vec<_>>();
        if !words.is_empty() {
            let len: usize = words.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
            // "Ashby — $250,000": the dash may follow the last word without a space.
            r = after[len..].trim_start_matches([',', ' ']);
            qualified = true;
        }
    } else if let Some(after) = r.strip_prefix(" (")
        && after.starts_with(|c: char| c.is_uppercase())
        && let Some(close) = after.find(')').filter(|&c| c <= 40)
    {
        r = &after[close + 1..];
        qualified = true;
    }
    let r = r.trim();
    if r.is_empty() {
        return qualified && organization;
    }
    let Some(figure) = ["—", "–", "-", ":"]
        .iter()
        .find_map(|dash| r.strip_prefix(dash))
    else {
        return false;
    };
    let figure = figure.trim();
    figure.starts_with(|c: char| c == '$' || c.is_ascii_digit())
        && figure.len() <= 40
        && !figure.contains(". ")
}

/// Whether text ends with a set noun of places ("… covers counties").
fn ends_with_place_noun(before: &str) -> bool {
    ends_with_set_noun(before, is_place_class)
}

/// Whether a cue is the verb "include" ("Counties getting money include A, B"), whose
/// subject may be a noun with a modifier after it, not the participle "including".
fn is_verb_cue(cue: &str) -> bool {
    let cue = cue.trim_start().as_bytes();
    cue.len() >= 7 && cue[..7].eq_ignore_ascii_case(b"include") && !cue[7..].starts_with(b"ing")
}

/// Most words of a modifier between a subject's set noun and its verb.
const MODIFIER_WORDS: usize = 4;

/// Whether the text before a verb cue ends with a noun of places and a short modifier
/// that picks them out: "Other counties receiving money", "Cities that got letters".
/// The modifier opens with a participle or a relative word and is in lowercase; one
/// with a negation ("that did not apply", "without grants") names the others.
fn modified_place_subject(lead: &str) -> bool {
    let lead = lead.trim_end();
    let Some(noun) = SET_NOUN.find_iter(lead).last() else {
        return false;
    };
    if !noun_class(&noun.as_str().to_lowercase()).is_some_and(is_place_class) {
        return false;
    }
    let words: Vec<&str> = lead[noun.end()..].split_whitespace().collect();
    let lowercase = |w: &&str| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let Some(first) = words.first() else {
        return false;
    };
    words.len() <= MODIFIER_WORDS
        && words.iter().all(lowercase)
        && (first.ends_with("ing")
            || first.ends_with("ed")
            || ["that", "which", "to"].contains(first))
        && !words
            .iter()
            .any(|w| ["not", "no", "never", "without", "out", "except"].contains(w))
}

/// `text` without a weekday that ends it ("counties on Tuesday," → "counties").
fn without_weekday(text: &str) -> &str {
    let t = text.trim_end().trim_end_matches(',');
    let Some((rest, day)) = t.rsplit_once(' ') else {
        return text;
    };
    if !super::dates::WEEKDAYS.contains(&day) {
        return text;
    }
    let rest = rest.trim_end();
    rest.strip_suffix(" on").unwrap_or(rest)
}

/// Whether text ends with a set noun whose class passes `class_ok`.
fn ends_with_set_noun(before: &str, class_ok: fn(&str) -> bool) -> bool {
    // "13 counties, including A, B and C": the comma before the cue is no word.
    let before = before.trim_end().trim_end_matches(',').trim_end();
    SET_NOUN
        .find_iter(before)
        .last()
        .filter(|m| m.end() == before.len())
        .and_then(|m| noun_class(&m.as_str().to_lowercase()))
        .is_some_and(class_ok)
}

/// Whether a word is the singular of a set noun ("State", "County", "Jurisdiction"):
/// the header of a table's column of places, not a place.
fn names_a_kind(word: &str) -> bool {
    let lower = word.to_lowercase();
    let plural = match lower.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{lower}s"),
    };
    set_noun_at(&plural) == Some(plural.as_str())
}

/// A bulleted or numbered block whose items are places.
fn bullet_list(
    doc: &Doc,
    gates: &Gates,
    block: &crate::text::BulletBlock,
) -> Option<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let mut parsed = Vec::new();
    let headed = headed_by_a_kind(text, &doc.blocks[block.items[0]].range);
    if let Some((kind, parish, _)) = headed {
        // "County | Confirmed cases" over "Pike | 21": each row's first cell is a
        // place of the header's kind (Pike County); a "Total" row is none.
        for &i in &block.items[1..] {
            let range = doc.blocks[i].range.clone();
            let cell_end = text[range.clone()]
                .find('|')
                .map_or(range.end, |c| range.start + c);
            let cell = text[range.start..cell_end].trim_end();
            let words_ok = !cell.is_empty()
                && cell.starts_with(|c: char| c.is_uppercase())
                && !cell.bytes().any(|b| b.is_ascii_digit())
                && !cell.split_whitespace().all(super::people::is_not_name);
            parsed.extend(
                words_ok
                    .then(|| {
                        forced_place(
                            text,
                            range.start..range.start + cell.len(),
                            kind,
                            None,
                            parish,
                        )
                    })
                    .flatten(),
            );
        }
    }
    for &i in block.items.iter().filter(|_| headed.is_none()) {
        let range = doc.blocks[i].range.clone();
        if let Some(p) = parse_place_at(text, range.start).filter(|p| p.range.end <= range.end) {
            // A table's row is read by its first cell ("Oregon | Dan Rayfield | D").
            let rest = &text[p.range.end..range.end];
            let rest = rest.split_once('|').map_or(rest, |(cell, _)| cell);
            let covers = rest
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '.'))
                .trim()
                .trim_start_matches("and")
                .trim_start_matches("or")
                .trim()
                .is_empty();
            let row = rests_as_a_row(rest, p.place.kind == PlaceKind::Organization);
            // A guessed name that is a word of no name is a table's "Total" or
            // "Other" row.
            let no_name = !p.confident
                && text[p.range.clone()]
                    .split_whitespace()
                    .all(super::people::is_not_name);
            if (covers || row || describes(rest))
                && (p.confident || !names_a_kind(&text[p.range.clone()]))
                && !no_name
            {
                parsed.push(p);
            } else if let Some(whole) = name_with_connectors(text, &p, range.clone()) {
                parsed.push(whole);
            }
        }
    }
    let intro = block.intro.map(|b| {
        doc.sentences
            .iter()
            .rfind(|s| s.block == b)
            .map_or(doc.blocks[b].range.clone(), |s| s.range.clone())
    });
    let intro_text = intro.as_ref().map_or("", |r| doc.text(r));
    // A table's rows that name no place ("Total") are no rows of the list.
    let rows = if headed.is_some() {
        parsed.len()
    } else {
        block.items.len()
    };
    if !rows_are_places(&parsed, rows, intro_text) {
        return None;
    }
    // "Joining the attorney general are the attorneys general of:" lists those who
    // joined one who is not among them.
    let default_cue = if headed.is_some() {
        TABLE
    } else {
        "bulleted list"
    };
    let (complete, cue) = match predicate_intro(intro_text).and_then(|(_, k)| k.cue()) {
        Some(cue) => (false, cue.to_string()),
        None => intro_completeness(intro_text, default_cue),
    };
    let first = doc.blocks[block.items[0]].range.start;
    let last = doc.blocks[*block.items.last().unwrap()].range.end;
    let start = intro.as_ref().map_or(first, |r| r.start);
    let mut list = rows_list(doc, gates, (intro, intro_text), parsed, (complete, cue));
    if let Some((_, _, plural)) = headed {
        list.of.get_or_insert_with(|| plural.to_string());
    }
    Some((start..last, list))
}

/// Lowercase words inside a place's name ("Rough and Ready", "Isle of Palms",
/// "Stratford upon Avon").
const NAME_CONNECTORS: &[&str] = &["and", "of", "on", "upon", "the", "in", "by", "de", "la"];

/// A row that is one name of capitalized words and connectors ("- Rough and Ready"),
/// read whole where its first words (`p`, "Rough") are no place the gazetteer knows:
/// "Ohio and Michigan" is two.
fn name_with_connectors(text: &str, p: &ParsedPlace, row: Range<usize>) -> Option<ParsedPlace> {
    if p.confident {
        return None;
    }
    let line = text[p.range.start..row.end].trim_end();
    let words: Vec<&str> = line.split(' ').collect();
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let fits = (2..=5).contains(&words.len())
        && words.last().is_some_and(capital)
        && words.iter().all(|w| {
            (capital(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.')))
                || NAME_CONNECTORS.contains(w)
        });
    fits.then(|| {
        let range = p.range.start..p.range.start + line.len();
        ParsedPlace {
            place: make_place(line, p.place.kind, None),
            range,
            confident: false,
            state_or_city: false,
        }
    })
}

/// Whether rows read as places (`parsed` of `rows`) make a list: two or more, three
/// fifths of the rows, and half of them known places unless the introduction names
/// their kind.
fn rows_are_places(parsed: &[ParsedPlace], rows: usize, intro_text: &str) -> bool {
    let confident = parsed.iter().filter(|p| p.confident).count();
    parsed.len() >= 2
        && parsed.len() * 5 >= rows * 3
        && (confident * 2 >= parsed.len() || names_its_items(intro_text, parsed.len()))
}

/// The list of rows read as places (a bulleted block's, a tally's) under their
/// introduction: its set noun, and its count, stated there or elsewhere in the article.
fn rows_list(
    doc: &Doc,
    gates: &Gates,
    (intro, intro_text): (Option<Range<usize>>, &str),
    parsed: Vec<ParsedPlace>,
    (complete, cue): (bool, String),
) -> ListClaim {
    let of = set_noun_in(intro_text);
    let items = finish_items(doc, parsed, of.as_deref());
    let stated_count = intro.and_then(|r| count_in(doc, r)).or_else(|| {
        let kinds = items.iter().map(|i| i.place.kind);
        article_count(
            doc,
            gates,
            intro_text,
            set_noun_or_places(of.as_deref(), kinds),
        )
    });
    ListClaim {
        complete,
        cue,
        of,
        stated_count,
        items,
    }
}

/// Colon lists inside the items of a bulleted block whose items are not places: a fact
/// sheet's "* States: Arizona, Nevada and Utah" beside "* Lot codes: …".
fn bullet_colon_lists(
    doc: &Doc,
    gates: &Gates,
    block: &crate::text::BulletBlock,
) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    block
        .items
        .iter()
        .map(|&i| doc.blocks[i].range.clone())
        .filter(|r| memchr::memchr(b',', text[r.clone()].as_bytes()).is_some())
        .filter_map(|r| Some((r.clone(), colon_list(doc, gates, r, &[])?)))
        .collect()
}

/// Every whole-phrase cue an introduction can hold, as one set searched in one pass:
/// (the cue index of each pattern, the set).
static INTRO_CUES: LazyLock<(Vec<usize>, RegexSet)> = LazyLock::new(|| {
    let (index, patterns): (Vec<usize>, Vec<String>) = CUES
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.phrase.contains('…'))
        .map(|(i, c)| (i, format!(r"(?i)\b{}\b", regex::escape(&c.phrase))))
        .unzip();
    (index, pattern::compile_set(patterns).unwrap())
});

/// Whether an introduction presents the whole set, and the words that say so.
fn intro_completeness(intro: &str, default_cue: &str) -> (bool, String) {
    let (index, set) = &*INTRO_CUES;
    let found: Vec<&Cue> = set.matches(intro).iter().map(|k| &CUES[index[k]]).collect();
    if let Some(c) = found.iter().find(|c| !c.complete && c.phrase != "like") {
        return (false, c.phrase.clone());
    }
    if let Some(c) = found.iter().find(|c| c.complete) {
        return (true, c.phrase.clone());
    }
    (true, default_cue.to_string())
}

fn set_noun_in(text: &str) -> Option<String> {
    SET_NOUN.find_iter(text).last().map(|m| {
        m.as_str()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Lists in one prose sentence.
fn prose_lists(doc: &Doc, gates: &Gates, sentence: Range<usize>) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let s = &text[sentence.clone()];
    let mut out = Vec::new();
    let mut taken: Vec<Range<usize>> = Vec::new();
    // Partial lists, after their cue ("including A, B and C") or before it ("A, B and
    // other cities"). All partial lists of one sentence are one enumeration: "A and B,
    // among other cities, several counties including C" names one partial set.
    let mut partial: Vec<ParsedPlace> = Vec::new();
    let mut cues: Vec<String> = Vec::new();
    let mut noun: Option<String> = None;
    let mut first_cue = sentence.end;
    // "A and B are among 14 states suing": the cue after a series may count the whole
    // set the series is part of.
    let mut cue_counted: Option<Range<usize>> = None;
    let cued = gates.open(&sentence, Gate::ListCue);
    if cued {
        for m in CUE_AFTER.find_iter(s) {
            let start = sentence.start + m.end();
            // "counties including Perry, Knott and Letcher": the noun before the cue says
            // that unknown names are places. Two are enough here, as the cue marks them a
            // series.
            // So does a noun of parties: "hospitals, including Cove Regional and Valley
            // General".
            // "a dozen counties on Tuesday, including": a weekday after the noun is when.
            let lead = without_weekday(&text[sentence.start..sentence.start + m.start()]);
            let strong = ends_with_place_noun(lead)
                || ends_with_set_noun(lead, is_party_class)
                || (is_verb_cue(m.as_str()) && modified_place_subject(lead));
            let items = parse_series(text, start, sentence.end, strong);
            let items = with_institution_tail(text, lead.trim_end().trim_end_matches(','), items);
            let enough = items.iter().any(|p| p.confident) || (strong && items.len() >= 2);
            if enough && !overlaps(&taken, &items) {
                taken.extend(items.iter().map(|p| p.range.clone()));
                cues.push(
                    m.as_str()
                        .trim()
                        .trim_end_matches([',', ':'])
                        .to_lowercase(),
                );
                first_cue = first_cue.min(sentence.start + m.start());
                partial.extend(items);
            }
        }
    }
    if cued {
        for c in pattern::captures(&CUE_BEFORE, s) {
            let m = c.get(0).unwrap();
            let cue_at = sentence.start + m.start();
            let Some((start, items)) = series_ending_at(text, sentence.start, cue_at) else {
                continue;
            };
            if overlaps(&taken, &items) {
                cues.push(
                    m.as_str()
                        .trim()
                        .trim_start_matches(',')
                        .trim()
                        .to_lowercase(),
                );
                continue;
            }
            taken.extend(items.iter().map(|p| p.range.clone()));
            cues.push(
                m.as_str()
                    .trim()
                    .trim_start_matches(',')
                    .trim()
                    .to_lowercase(),
            );
            noun = noun.or_else(|| c.get(1).map(|n| n.as_str().to_lowercase()));
            if c.get(1).is_some() {
                cue_counted.get_or_insert(cue_at..sentence.start + m.end());
            }
            first_cue = first_cue.min(start);
            partial.extend(items);
        }
    }
    if !partial.is_empty() {
        partial.sort_by_key(|p| p.range.start);
        let before = sentence.start..first_cue;
        let cue = cues.join(", ");
        let mut list = make_prose_list(doc, gates, before, partial, false, cue, noun);
        if list.stated_count.is_none() {
            list.stated_count = cue_counted.and_then(|r| count_in(doc, r));
        }
        out.push((sentence.clone(), list));
    }
    // Colon lists: "The towns were: A; B; C."
    if let Some(list) = colon_list(doc, gates, sentence.clone(), &taken) {
        taken.push(sentence.clone());
        out.push((sentence.clone(), list));
    }
    // A series as the sentence's predicate: "The states suing are A, B and C." names
    // the whole set; a release's "Joining Attorney General X in the suit are the
    // attorneys general of A, B and C." names part of it (the one they join is not
    // among them).
    if out.is_empty()
        && gates.open(&sentence, Gate::Series)
        && let Some((intro_end, kind)) = predicate_intro(s)
    {
        let start = sentence.start + intro_end;
        let intro = sentence.start..start;
        // Unknown names go on the series when the subject says they are places, or
        // parties.
        let strong = names_places(doc.text(&intro)) || names_parties(doc.text(&intro));
        let items = parse_series(text, start, sentence.end, strong);
        let confident = items.iter().filter(|p| p.confident).count();
        if items.len() >= 2
            && (confident * 2 >= items.len() || (strong && items.len() >= MIN_NAMED_ITEMS))
            && !overlaps(&taken, &items)
        {
            let (complete, cue) = match kind.cue() {
                Some(cue) => (false, cue.to_string()),
                None => intro_completeness(doc.text(&intro), "predicate series"),
            };
            let list = make_prose_list(doc, gates, intro, items, complete, cue, None);
            taken.push(sentence.clone());
            out.push((sentence.clone(), list));
        }
    }
    // "declared an emergency in Shasta, Tehama and Trinity counties": names sharing one
    // plural kind word are the whole set the sentence speaks of. Two outlets' such
    // series are set side by side only when their sentences share a word beyond the
    // places (see `compare::align`): one story may name two sets of counties.
    if out.is_empty()
        && gates.open(&sentence, Gate::Series)
        && PLURAL_KINDS.iter().any(|k| k.find(s.as_bytes()).is_some())
        && let Some((group, items)) = plural_series(text, sentence.clone())
        && !overlaps(&taken, &items)
    {
        let intro = sentence.start..group.start;
        let noun = set_noun_in(&text[group]);
        let (complete, cue) = intro_completeness(doc.text(&intro), PLURAL_SERIES);
        let list = make_prose_list(doc, gates, intro, items, complete, cue, noun);
        taken.push(sentence.clone());
        out.push((sentence.clone(), list));
    }
    // Semicolon series with no cue: "The notices went to A, Pa.; B, Ohio; … and C, Ky."
    if memchr::memchr_iter(b';', s.as_bytes()).nth(1).is_some()
        && out.is_empty()
        && let Some((start, items)) = semicolon_series(text, sentence.clone())
    {
        let intro = sentence.start..start;
        let (complete, cue) = intro_completeness(doc.text(&intro), "semicolon series");
        let list = make_prose_list(doc, gates, intro, items, complete, cue, None);
        out.push((sentence.clone(), list));
    }
    out
}

/// A colon list in one sentence: "The towns were: A; B; C.", "Counties under
/// declaration: Burt, Cass, Dodge". The names need not be known places when the label
/// names their kind or counts them.
fn colon_list(
    doc: &Doc,
    gates: &Gates,
    sentence: Range<usize>,
    taken: &[Range<usize>],
) -> Option<ListClaim> {
    let text = &doc.norm.text;
    let mut colon = colon_then_space(&text[sentence.clone()])?;
    let mut label_start = sentence.start;
    // "A: About 3,400 nurses at three hospitals: St. Anselm, …": an answer's own
    // colon list is introduced by the words after its label.
    if matches!(
        text[sentence.start..sentence.start + colon].trim(),
        "A" | "Answer"
    ) && let Some(next) = colon_then_space(&text[sentence.start + colon + 2..sentence.end])
    {
        label_start = sentence.start + colon + 2;
        colon += 2 + next;
    }
    let start = sentence.start + colon + 2;
    let label = label_start..sentence.start + colon;
    // An explainer's answer ("A: Fresno, Kern and Kings.") is introduced by its
    // question ("Q: Which counties are covered?").
    let intro = question_answered(doc, &label).unwrap_or(label);
    series_list(doc, gates, intro, start..sentence.end, "colon list", taken)
}

/// A series after its introduction (a colon list's label, or the heading above a line
/// of names), as a list: two or more names, half of them places the gazetteer knows,
/// or three or more the introduction counts or labels as places.
fn series_list(
    doc: &Doc,
    gates: &Gates,
    intro: Range<usize>,
    series: Range<usize>,
    default_cue: &str,
    taken: &[Range<usize>],
) -> Option<ListClaim> {
    let items = split_bare_states(
        &doc.norm.text,
        parse_series(&doc.norm.text, series.start, series.end, true),
    );
    let confident = items.iter().filter(|p| p.confident).count();
    // "Guest: Owen Dyer, Nebraska Cattlemen's Council" is a person and where they work:
    // one known name (the organization) is half of two, but a name the gazetteer does
    // not know that reads as a person's is no place.
    let a_persons = |p: &ParsedPlace| {
        super::people::as_a_persons_name(&doc.norm.text[p.range.clone()]).is_some()
    };
    let named = (confident * 2 >= items.len()
        && !items.iter().any(|p| !p.confident && a_persons(p)))
        || counts_its_places(doc, &intro, items.len())
        || labels_its_places(doc, &intro, items.len())
        // "a state of emergency for the following counties:": a noun of places right
        // before the colon says what the names after it are, known places or not.
        // None reads as a person's name ("Ann Lee"); a count that disagrees with the
        // names ("four counties: Ada, Owyhee and Gem") leaves them unknown.
        || (items.len() >= MIN_NAMED_ITEMS
            && ends_with_place_noun(doc.text(&intro))
            && count_in(doc, intro.clone()).is_none()
            && !items.iter().any(a_persons));
    if items.len() < 2
        || !named
        || overlaps(taken, &items)
        || cut_short(&doc.norm.text, &items, &series)
    {
        return None;
    }
    let items = with_institution_tail(&doc.norm.text, doc.text(&intro), items);
    let (complete, cue) = intro_completeness(doc.text(&intro), default_cue);
    Some(make_prose_list(
        doc, gates, intro, items, complete, cue, None,
    ))
}

/// Bare names after an introduction that ends in an institution's plural ("three
/// elementary schools: Ash, Birch and Fir", "four elementary schools, including Lincoln
/// and Jefferson") take the words each name of such a series takes ("Ash Elementary
/// School"), as "Ash, Birch and Fir elementary schools" does. `text` is what the items'
/// ranges index.
fn with_institution_tail(text: &str, intro: &str, items: Vec<ParsedPlace>) -> Vec<ParsedPlace> {
    let Some(tail) = tail_of_intro(intro) else {
        return items;
    };
    items
        .into_iter()
        .map(|mut p| {
            // "Mercy Ridge" reads as a person's name, and "Lincoln" as a city's, but the
            // plural says what it is; a name written with its kind ("Pike County",
            // "Dalton, Ga.") says so itself.
            let bare = text[p.range.clone()] == p.place.name;
            if bare || matches!(p.place.kind, PlaceKind::Unknown | PlaceKind::Person) {
                let name = format!("{} {tail}", p.place.name);
                p.place = make_place(&name, PlaceKind::Organization, None);
                p.confident = true;
            }
            p
        })
        .collect()
}

/// The words each name takes after an introduction that ends in an institution's
/// plural ("at three hospitals:" → "Hospital"); none for any other.
pub(crate) fn tail_of_intro(intro: &str) -> Option<&'static str> {
    let lower = intro.trim_end_matches([' ', ':', '\n']).to_lowercase();
    INSTITUTION_PLURALS
        .iter()
        .find(|(p, _)| lower.ends_with(p) && lower[..lower.len() - p.len()].ends_with(' '))
        .map(|(_, tail)| *tail)
}

/// A series of bare names read as "City, State" pairs where most names stand alone:
/// "Sarpy, Saunders, Washington" under a heading of counties is three counties, not
/// Sarpy, Saunders and a Saunders in Washington. Each such pair is read again as two
/// names.
fn split_bare_states(text: &str, items: Vec<ParsedPlace>) -> Vec<ParsedPlace> {
    // A pair of two bare words, the second a state spelled out ("Saunders, Washington",
    // not "Washoe County, Nev."), in a series with no semicolons between its items.
    let paired = |p: &ParsedPlace| {
        let words = &text[p.range.clone()];
        words.split(", ").count() == 2
            && !words.contains(['.', ';'])
            && words.split(' ').count() == 2
            && p.place.kind != PlaceKind::State
    };
    let series = items
        .first()
        .zip(items.last())
        .map(|(a, b)| &text[a.range.start..b.range.end]);
    if series.is_some_and(|s| s.contains(';')) {
        return items;
    }
    let pairs = items.iter().filter(|p| paired(p)).count();
    if pairs == 0 || pairs * 2 >= items.len() {
        return items;
    }
    let mut out = Vec::with_capacity(items.len() + pairs);
    for p in items {
        let Some(comma) = paired(&p)
            .then(|| text[p.range.clone()].find(", "))
            .flatten()
        else {
            out.push(p);
            continue;
        };
        let (first, second) = (p.range.start + comma, p.range.start + comma + 2);
        // Each half read in the text cut at its end, so no reading runs past it.
        let halves: Vec<ParsedPlace> = [p.range.start..first, second..p.range.end]
            .into_iter()
            .filter_map(|r| parse_place_at(&text[..r.end], r.start))
            .collect();
        if halves.len() == 2 {
            out.extend(halves);
        } else {
            out.push(p);
        }
    }
    out
}

/// Lists in the short lines of a notice or situation report: a label and a colon
/// before the names on one line ("Counties under declaration: Burt, Cass, Dodge"), or a
/// heading that names the kind ("COUNTIES UNDER DECLARATION") over a line of names
/// alone, in the same paragraph or the one before.
fn heading_lists(doc: &Doc, gates: &Gates) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let mut out = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        if !matches!(block.kind, BlockKind::Heading | BlockKind::Prose) {
            continue;
        }
        // The line above the one read: in the block, or the heading before it.
        let mut above: Option<Range<usize>> = i
            .checked_sub(1)
            .map(|j| &doc.blocks[j])
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| b.range.clone());
        let mut from = block.range.start;
        for line in text[block.range.clone()].split('\n') {
            let range = from..from + line.len();
            from = range.end + 1;
            let open = !line
                .trim_end()
                .ends_with(['.', '!', '?', ';', ',', '"', '”', '’', ')']);
            // Every list here has a comma between its names ("Ada, Gem and Owyhee").
            if memchr::memchr(b',', line.as_bytes()).is_none() {
                above = open.then_some(range);
                continue;
            }
            if block.kind == BlockKind::Heading
                && let Some(list) = colon_list(doc, gates, range.clone(), &[])
            {
                out.push((range.clone(), list));
            } else if open
                && is_bare_series(line)
                && let Some(intro) = above.clone()
                && let Some(list) =
                    series_list(doc, gates, intro.clone(), range.clone(), "headed list", &[])
            {
                // Shown by its names: the heading says only what they are.
                out.push((range.clone(), list));
            } else if open
                && let Some(caps) = capitals_label(line)
                && is_bare_series(&line[caps..])
                && let Some(list) = series_list(
                    doc,
                    gates,
                    range.start..range.start + caps,
                    range.start + caps..range.end,
                    "headed list",
                    &[],
                )
            {
                // The heading's line break was read as a wrapped line's.
                out.push((range.start + caps..range.end, list));
            }
            above = open.then_some(range);
        }
    }
    out
}

/// A situation report's tally by place: rows of a name, a colon and a figure alone
/// ("Gaines County: 41", "Terry County: 9"), right after the words that introduce them
/// and end in a colon ("Cases by county:"). Two or more rows that are places, three
/// fifths of the rows or more, are the whole set the tally counts. The rows are read in
/// the text as normalized, where a paragraph's line breaks are spaces.
fn tally_lists(doc: &Doc, gates: &Gates) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let mut out = Vec::new();
    // The block before, which may introduce a tally that opens the next block.
    let mut before: Option<Range<usize>> = None;
    for block in &doc.blocks {
        let above = before.take();
        if !matches!(block.kind, BlockKind::Heading | BlockKind::Prose) {
            continue;
        }
        before = Some(block.range.clone());
        let t = &text[block.range.clone()];
        // Most blocks hold no tally: it has two rows, and a colon each.
        if memchr::memchr_iter(b':', t.as_bytes()).nth(1).is_none() {
            continue;
        }
        let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
        let mut last_end = None;
        for c in TALLY_ROW.captures_iter(t) {
            let label = c.get(1).unwrap();
            let row_start = c.get(0).unwrap().start();
            let goes_on = last_end.is_some_and(|end| t[end..row_start].trim().is_empty());
            if !goes_on {
                runs.push(Vec::new());
            }
            let r = block.range.start + label.start()..block.range.start + label.end();
            runs.last_mut().unwrap().push(r);
            last_end = Some(c.get(0).unwrap().end());
        }
        for rows in runs {
            let intro = match &above {
                Some(above) if rows[0].start == block.range.start => above.clone(),
                _ => block.range.start..rows[0].start,
            };
            out.extend(tally_list(doc, gates, intro, rows));
        }
    }
    out
}

/// A row of a tally: capitalized words, a colon and a figure, then a space or the end.
static TALLY_ROW: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:(?:St|Ft|Mt)\. )?[A-Z][\p{L}'.-]*";
    pattern::compile(&format!(r"({word}(?: {word}){{0,4}}): \d[\d,]*(?:\s|$)")).unwrap()
});

/// The list of a tally's rows (see [`tally_lists`]), if its introduction ends in a colon
/// and enough of its labels are places.
fn tally_list(
    doc: &Doc,
    gates: &Gates,
    intro: Range<usize>,
    rows: Vec<Range<usize>>,
) -> Option<(Range<usize>, ListClaim)> {
    let intro_text = doc.text(&intro).trim();
    if rows.len() < 2 || !intro_text.ends_with(':') {
        return None;
    }
    let text = &doc.norm.text;
    let parsed: Vec<ParsedPlace> = rows
        .iter()
        .filter_map(|r| parse_place_at(text, r.start).filter(|p| p.range.end == r.end))
        .collect();
    if !rows_are_places(&parsed, rows.len(), intro_text) {
        return None;
    }
    let completeness = intro_completeness(intro_text, "tally");
    let range = intro.start..rows.last()?.end;
    let list = rows_list(doc, gates, (Some(intro), intro_text), parsed, completeness);
    Some((range, list))
}

/// Where a heading in capitals that opens a line ends ("DECLARED COUNTIES Adams, Berks,
/// …"): one to four words of two or more capital letters, then a space.
fn capitals_label(line: &str) -> Option<usize> {
    let mut end = 0;
    for (n, word) in line.split(' ').enumerate() {
        let caps = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
        if !caps {
            return (n > 0).then_some(end);
        }
        if n == MAX_LABEL_WORDS {
            return None;
        }
        end += word.len() + 1;
    }
    None
}

/// Whether a line is names and commas only, three or more of them: "Burt, Cass, Dodge,
/// Douglas", "Ada, Gem and Owyhee". Each name is one to three capitalized words.
fn is_bare_series(line: &str) -> bool {
    // Read part by part, no part kept: most lines tried are prose and fail at once.
    let mut parts = 0;
    for part in line.trim().split(',').flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        let part = part.strip_prefix("and ").unwrap_or(part).trim();
        let mut words = 0;
        for w in part.split_whitespace() {
            words += 1;
            if words > 3 || !w.starts_with(|c: char| c.is_uppercase()) {
                return false;
            }
        }
        if words == 0 {
            return false;
        }
        parts += 1;
    }
    parts >= MIN_NAMED_ITEMS
}

/// How a predicate series stands to the whole set its sentence speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Predicate {
    /// "The states suing are A, B and C": the whole set.
    Whole,
    /// "Joining Attorney General X in the suit are the attorneys general of A, B and C",
    /// "It was joined by A, B and C": those who joined another, who is not among them.
    Joining,
    /// "Among the states joining Minnesota are A, B and C": some of the set.
    Among,
    /// "The other sites are A, B and C": the set but for those named before.
    Other,
}

impl Predicate {
    /// The cue a list of this kind of predicate is shown with, and whether it is whole.
    fn cue(self) -> Option<&'static str> {
        match self {
            Predicate::Whole => None,
            Predicate::Joining => Some("joining"),
            Predicate::Among => Some("among"),
            Predicate::Other => Some("the other"),
        }
    }
}

/// "The states suing are ", "Those that joined were ", "Joining Gov. Ruiz in the
/// letter are the governors of ", "Among the states joining are ": a sentence's
/// subject, then "are" or "were" before a series.
static PREDICATE_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?:(?:The|These|Those)\s+(?P<head>[^,;:]{1,80}?)|(?P<join>(?:Also\s+)?Joining)\s[^;:]{1,160}?|Among\s+(?:the\s+)?(?P<among>[^,;:]{1,80}?))\s+(?:are|were)\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?",
    )
    .unwrap()
});

/// "The suit was joined by ", "were joined by the attorneys general of ": those who
/// joined the sentence's subject follow.
static JOINED_BY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"\b(?:is|are|was|were|been|being)\s+joined\s+by\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?",
    )
    .unwrap()
});

/// Where the series of a predicate list starts in a sentence, and how it stands to the
/// set. The subject of "The … are" and "Among the … are" must hold a set noun: "The
/// winners were A and B" lists no places.
fn predicate_intro(sentence: &str) -> Option<(usize, Predicate)> {
    if sentence.starts_with(['T', 'J', 'A'])
        && let Some(c) = PREDICATE_INTRO.captures(sentence)
    {
        let kind = if c.name("join").is_some() {
            Some(Predicate::Joining)
        } else if let Some(among) = c.name("among") {
            set_noun_in(among.as_str()).map(|_| Predicate::Among)
        } else {
            // "The other sites are A, B and C": the rest of a set, one or more of it
            // named before, so not the whole.
            let head = &c["head"];
            let other = head.split_whitespace().next() == Some("other");
            set_noun_in(head).map(|_| {
                if other {
                    Predicate::Other
                } else {
                    Predicate::Whole
                }
            })
        };
        if let Some(kind) = kind {
            return Some((c.get(0)?.end(), kind));
        }
    }
    if memchr::memmem::find(sentence.as_bytes(), b"joined by").is_some() {
        let m = JOINED_BY.find(sentence)?;
        return Some((m.end(), Predicate::Joining));
    }
    // "The agreement, signed by Canada, Denmark and Sweden": its signers, all of them.
    if memchr::memmem::find(sentence.as_bytes(), b"d by ").is_some()
        && let Some(m) = SIGNED_BY.find(sentence)
    {
        return Some((m.end(), Predicate::Whole));
    }
    None
}

/// "signed by ", "ratified by the governments of ": the parties to a document follow.
static SIGNED_BY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"\b(?:signed|ratified)\s+by\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?")
        .unwrap()
});

/// The end of a series of names, "and", "or" or "&" before a capital ("A, B and C",
/// "Norway, Sweden and the United States"), read for every sentence by
/// [`super::gates`].
pub(crate) fn series_end_pattern() -> String {
    r"\s(?:and|or|&)\s+(?:the\s+)?[A-Z]".to_string()
}

/// Whether a count is an exact count of three or more places ("sold in 11 states",
/// "four counties"): the count a list of them may state. Smaller counts of places meet
/// by chance too often to say which list they count.
pub fn counts_places(count: &CountClaim) -> bool {
    counts_places_as(count, &count.class)
}

/// [`counts_places`] of a count taken as a count of `class` ("local" for "14 Eastern
/// Kentucky counties", whose own class names Kentucky).
pub fn counts_places_as(count: &CountClaim, class: &str) -> bool {
    is_place_class(class) && !count.partitive && count.value.is_exact() && count.value.lo >= 3
}

/// What a count that a series may state counts: places of a class ("four states"), or
/// things that stand in places ("three plants": "plants in Dayton, Muncie and Joplin").
#[derive(Clone, Copy, PartialEq)]
enum Counted<'c> {
    Places(&'c str),
    In(&'c str),
}

/// The article's counts of places ([`counts_places`]), each as a list's stated count
/// with the class of place it counts, and its exact counts of three or more other
/// things, with their noun.
fn place_counts(counts: &[Claim]) -> Vec<(StatedCount, Counted<'_>, &[String])> {
    counts
        .iter()
        .filter_map(|c| {
            let count = c.as_count()?;
            let counted = if counts_places(count) {
                Counted::Places(count.class.as_str())
            } else if !count.partitive
                && count.value.is_exact()
                && count.value.lo >= 3
                && !count.noun.is_empty()
                && !count.class.starts_with("age:")
                && !count.class.starts_with("votes:")
                && !count.class.starts_with("duration:")
            {
                Counted::In(count.noun.as_str())
            } else {
                return None;
            };
            let stated = StatedCount {
                value: count.value.lo,
                text: c.text.clone(),
                span: c.span,
            };
            Some((stated, counted, count.context.as_slice()))
        })
        .collect()
}

/// A series of places with no cue ("went to distributors in Iowa, Illinois, Kansas and
/// Ohio") is a complete list only when the article counts exactly that many places of
/// their kind ("sold in four states"): the count says the enumeration is whole. So is a
/// series after "<noun> in" when the article counts exactly that many of the noun
/// ("close three plants", "its plants in Dayton, Ohio, Muncie, Indiana, and Joplin,
/// Missouri"): a list of the places of the plants. Any other series says too little of
/// what it lists, and makes no claim.
fn counted_series(
    doc: &Doc,
    counts: &[(StatedCount, Counted, &[String])],
    sentence: Range<usize>,
) -> Option<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let s = &text[sentence.clone()];
    let commas = memchr::memchr_iter(b',', s.as_bytes()).count();
    // "A, B and C" has a comma fewer than its names but one.
    let longest = counts
        .iter()
        .map(|(c, _, _)| c.value)
        .filter(|&n| commas as u64 + 2 >= n)
        .max()?;
    // "issued a boil water advisory for Riverside, Old Mill, Kessler Park and Eastgate"
    // in a story of "four neighborhoods" under a "boil water advisory": a count of local
    // places whose words the sentence shares says what the names are. Read once a
    // sentence, for each count.
    let local = |k: &Counted| matches!(k, Counted::Places("local"));
    let own = counts.iter().any(|(_, k, _)| local(k)).then(|| stems(s));
    let tells: Vec<bool> = counts
        .iter()
        .map(|(_, k, context)| local(k) && own.as_ref().is_some_and(|own| tells_of(own, context)))
        .collect();
    let told = tells.contains(&true);
    let mut next = 0;
    // Each word's start: the sentence's and the byte after each space.
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b' ', s.as_bytes()).map(|at| at + 1));
    for i in starts {
        if i < next || !s[i..].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let start = sentence.start + i;
        // After "<noun> in" of a counted noun, names the gazetteer does not know are
        // places too ("four plants in all — in Muncie, Dayton, Joplin and Erie, Pa.").
        let before = &text[sentence.start..start];
        // So after "<place noun> in" ("three sites in Cologne, Lyon and Turin").
        let located_here = counts.iter().any(|(_, k, _)| match k {
            Counted::In(noun) => located(before, noun),
            Counted::Places(class) => located(before, &crate::text::inflect::plural(class)),
        });
        // Right after the count of its places, set off by a comma, a colon or a dash
        // ("in three counties, Esmeralda, Mineral and Nye"), the count's noun says what
        // the names are.
        let appositive = counts
            .iter()
            .any(|(c, k, _)| matches!(k, Counted::Places(_)) && follows_count(before, &c.text));
        let items = parse_series(
            text,
            start,
            sentence.end,
            located_here || appositive || told,
        );
        if items.len() < 3 {
            continue;
        }
        next = items.last().unwrap().range.end - sentence.start;
        let confident = items.iter().all(|p| p.confident);
        if items.len() as u64 > longest || !(confident || located_here || appositive || told) {
            continue;
        }
        if !closed_by_conjunction(text, &items) {
            continue;
        }
        let kind = |p: &ParsedPlace| match p.place.kind.class() {
            "county" => "local",
            class => class,
        };
        // Names told of as local places: each one the gazetteer does not know or a
        // local place ("Riverside" is also a city in California).
        let told_local = told
            && items
                .iter()
                .all(|p| p.place.kind == PlaceKind::Unknown || kind(p) == "local");
        // One kind of place throughout; a name that is both a state and a city ("New
        // York") fits either, and the list decides which it is.
        let Some(class) = items.iter().find(|p| !p.state_or_city).map(kind) else {
            continue;
        };
        if !told_local && items.iter().any(|p| !p.state_or_city && kind(p) != class) {
            continue;
        }
        let n = items.len() as u64;
        let found = counts
            .iter()
            .zip(&tells)
            .find(|((c, k, _), told_here)| match k {
                // Known places of the count's class, or any names after "<its noun> in"
                // ("three sites in Cologne, Lyon and Turin"), or names none of which the
                // gazetteer knows in a sentence that tells of the count's local places.
                Counted::Places(k) => {
                    let of_class = (confident || follows_count(before, &c.text)) && *k == class;
                    let sites_in = located(before, &crate::text::inflect::plural(k));
                    let told_of = told_local && **told_here;
                    c.value == n && (of_class || sites_in || told_of)
                }
                Counted::In(noun) => c.value == n && located(before, noun),
            });
        let Some(((count, counted, _), _)) = found else {
            continue;
        };
        let of = match counted {
            Counted::Places(_) => set_noun_in(&count.text),
            Counted::In(noun) => Some(noun.to_lowercase()),
        };
        let items = finish_items(doc, items, of.as_deref());
        let list = ListClaim {
            complete: true,
            cue: "series of the stated count".to_string(),
            of,
            stated_count: Some(count.clone()),
            items,
        };
        return Some((sentence, list));
    }
    None
}

/// Fewest context words a sentence must share with a count of local places for names
/// the gazetteer does not know to be those places.
const TOLD_OF_WORDS: usize = 2;

/// Whether a sentence's stems hold [`TOLD_OF_WORDS`] of the context stems of a count.
fn tells_of(own: &rustc_hash::FxHashSet<String>, context: &[String]) -> bool {
    context.iter().filter(|w| own.contains(w.as_str())).count() >= TOLD_OF_WORDS
}

/// Whether the words before a series place things of `noun` in it: they end with "in"
/// and name the noun among the last few ("closing four plants in all — in", "shutter
/// plants in"). "arrested three people in connection with 41 thefts reported in"
/// places the thefts, not the people.
fn located(before: &str, noun: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let near = &words[words.len().saturating_sub(LOCATED_REACH)..];
    // "The clinics set to close are in": the noun as the subject that opens a short
    // clause places its things as well as a noun right before "in" does.
    let subject = words.len() <= SUBJECT_LOCATED_REACH
        && words.iter().take(2).any(|w| w.eq_ignore_ascii_case(noun));
    words.last().is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && (subject || near.iter().any(|w| w.eq_ignore_ascii_case(noun)))
}

/// Most words from a sentence's opening subject to the "in" that places its things,
/// "in" included ("The clinics set to close are in").
const SUBJECT_LOCATED_REACH: usize = 8;

/// Whether the words before a series end with a count, then a comma, a colon or a dash:
/// "in three counties, " before "Esmeralda, Mineral and Nye".
fn follows_count(before: &str, count: &str) -> bool {
    let trimmed = before.trim_end();
    let Some(rest) = trimmed
        .strip_suffix(',')
        .or_else(|| trimmed.strip_suffix(':'))
        .or_else(|| trimmed.strip_suffix('—'))
    else {
        return false;
    };
    let rest = rest.trim_end();
    rest.len() >= count.len()
        && rest.is_char_boundary(rest.len() - count.len())
        && rest[rest.len() - count.len()..].eq_ignore_ascii_case(count)
}

/// Most words from a counted noun to the "in" that places its things, "in" included.
const LOCATED_REACH: usize = 5;

/// True when a colon list's introduction counts exactly `n` places ("covers 11 counties:",
/// "these four states:"): then names the gazetteer does not know ("Ada", "Owyhee") are
/// places all the same, since the count, the place noun and the list agree. A count of
/// people or organizations ("three workers:") says nothing of places.
fn counts_its_places(doc: &Doc, intro: &Range<usize>, n: usize) -> bool {
    let text = doc.text(intro);
    (names_places(text) || names_parties(text))
        && count_in(doc, intro.clone()).is_some_and(|c| c.value == n as u64)
}

/// Whether the last set noun of `text` names places ("counties", "cities and towns").
fn names_places(text: &str) -> bool {
    set_noun_in(text)
        .as_deref()
        .and_then(noun_class)
        .is_some_and(is_place_class)
}

/// Whether a text's set noun names parties (`data/party_classes.txt`): "The defendants
/// are", "the following hospitals".
fn names_parties(text: &str) -> bool {
    set_noun_in(text)
        .as_deref()
        .and_then(noun_class)
        .is_some_and(is_party_class)
}

/// Classes of set nouns whose members are parties (`data/party_classes.txt`).
static PARTY_CLASSES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/party_classes.txt")).collect());

fn is_party_class(class: &str) -> bool {
    PARTY_CLASSES.contains(class)
}

/// Whether a class of set nouns is a class of places.
fn is_place_class(class: &str) -> bool {
    matches!(class, "local" | "state" | "country" | "site")
}

/// Whether the introduction of three or more names says they are places ("residents of
/// the following counties:", "The counties approved are"): then names the gazetteer
/// does not know ("Breathitt", "Owsley") are places all the same, as the noun says
/// what they are. Bulleted and predicate lists only: their items are bare names, each
/// a bullet or a member of one series after the introduction.
fn names_its_items(intro: &str, n: usize) -> bool {
    n >= MIN_NAMED_ITEMS && names_places(intro)
}

/// Fewest unknown names an introduction that names their kind makes a list of: two
/// capitalized words after "The counties are" may be anything.
const MIN_NAMED_ITEMS: usize = 3;

/// Whether a colon list's introduction is a short label that names the kind of place
/// its three or more items are ("The counties:", "States affected:", "Q: Which counties
/// are covered?"): the names need not be known places, as the label says what they are.
/// A longer introduction that counts the items is left to [`counts_its_places`].
fn labels_its_places(doc: &Doc, intro: &Range<usize>, n: usize) -> bool {
    // A newsletter's label may open with a pictograph ("📍 Counties that filed late:").
    let text = doc
        .text(intro)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let text = text.strip_prefix("Q:").unwrap_or(text);
    n >= 3
        && text.split_whitespace().nth(MAX_LABEL_WORDS).is_none()
        && names_places(text)
        && count_in(doc, intro.clone()).is_none()
}

/// Most words of a label that introduces a colon list.
const MAX_LABEL_WORDS: usize = 4;

/// The question a Q&A answer labelled "A:" (or "Answer:") answers: the sentence just
/// before it, when that sentence asks.
fn question_answered(doc: &Doc, label: &Range<usize>) -> Option<Range<usize>> {
    let word = doc.text(label).trim();
    if !(word == "A" || word.eq_ignore_ascii_case("answer")) {
        return None;
    }
    let before = doc.sentences.iter().rfind(|s| s.range.end <= label.start)?;
    doc.text(&before.range)
        .trim_end()
        .ends_with('?')
        .then(|| before.range.clone())
}

/// A sentence of names alone that answers the question before it, when the question
/// asks which places: "Which states? Oregon, Idaho, Utah, Nevada." An explainer's
/// answer needs no "and": the question says the names are the whole set it asks for.
fn answered_series(
    doc: &Doc,
    gates: &Gates,
    question: Range<usize>,
    answer: &Range<usize>,
) -> Option<ListClaim> {
    // Most sentences before another ask nothing: one look at their last byte.
    let asked = doc.text(&question).trim_end();
    if !asked.ends_with('?') {
        return None;
    }
    let asked = asked.trim_start();
    let line = doc.text(answer).trim_end();
    let names = line.strip_suffix('.').unwrap_or(line);
    let first = asked.split_whitespace().next();
    let asks = asked.split_whitespace().nth(MAX_LABEL_WORDS).is_none()
        && first.is_some_and(|w| matches!(w, "Which" | "What" | "Where"));
    // "Where were they sold?" asks for places with no noun of them. Its answer, as a
    // plain series, holds only names the gazetteer knows ("Walmart, Target, Kroger"
    // is none).
    let of_places = names_places(asked) || first == Some("Where");
    if !(asks && of_places && is_bare_series(names)) {
        return None;
    }
    let series = answer.start..answer.start + names.len();
    series_list(doc, gates, question, series, "answered question", &[])
}

/// Where ": " first occurs: a search for the colon alone (memchr), which for one
/// sentence costs less than setting up a substring search.
fn colon_then_space(s: &str) -> Option<usize> {
    memchr::memchr_iter(b':', s.as_bytes()).find(|&at| s.as_bytes().get(at + 1) == Some(&b' '))
}

fn overlaps(taken: &[Range<usize>], items: &[ParsedPlace]) -> bool {
    items.iter().any(|p| {
        taken
            .iter()
            .any(|t| t.start < p.range.end && p.range.start < t.end)
    })
}

/// The list claim of a prose list whose introduction is `before`.
fn make_prose_list(
    doc: &Doc,
    gates: &Gates,
    before: Range<usize>,
    items: Vec<ParsedPlace>,
    complete: bool,
    cue: String,
    noun: Option<String>,
) -> ListClaim {
    let before_text = doc.text(&before);
    let of = noun.or_else(|| set_noun_in(before_text));
    // A count of another kind of thing than the list's is not its count: "4,500
    // workers had been on strike at plants in A; B; and C" lists plants.
    let mut stated_count = count_in(doc, before.clone())
        .filter(|c| same_kind_of_set(of.as_deref(), set_noun_in(&c.text).as_deref()));
    if stated_count.is_none() && complete {
        let kinds = items.iter().map(|p| p.place.kind);
        let noun = set_noun_or_places(of.as_deref(), kinds);
        stated_count = article_count(doc, gates, before_text, noun);
    }
    let items = finish_items(doc, items, of.as_deref());
    ListClaim {
        complete,
        cue,
        of,
        stated_count,
        items,
    }
}

/// Places separated by commas, semicolons and "and", from `pos`, not past `end`. Outside
/// strong contexts (bullets, colon lists) a bare name the gazetteer does not know ends the
/// series.
pub fn parse_series(text: &str, mut pos: usize, end: usize, strong: bool) -> Vec<ParsedPlace> {
    // Names are read within the series only: a line joined to the next ("Communities
    // affected: Dalton, Ashby and Milford⏎Public meeting: …") would make "Milford
    // Public" one name that runs past the series' end.
    let text = text.get(..end).unwrap_or(text);
    if let Some(codes) = code_series(text, pos, end) {
        return codes;
    }
    let mut items = Vec::new();
    // The item at `pos`: read once, whether it starts the series or was read ahead
    // after a separator to see that the series goes on.
    let Some(mut item) = series_item_at(text, pos) else {
        return items;
    };
    loop {
        match item {
            SeriesItem::Group(group, group_end) => {
                if group_end > end {
                    break;
                }
                items.extend(group);
                pos = group_end;
            }
            SeriesItem::Place(p) => {
                if p.range.end > end || (!p.confident && !strong) || modifies_a_name(text, &p) {
                    break;
                }
                pos = p.range.end;
                // "Pike Health Systems, Inc.": a company's legal form after a
                // comma ends its name; it is no item.
                if !is_legal_form(&text[p.range.clone()]) {
                    items.push(p);
                }
            }
        }
        let Some(m) = SEPARATOR.find(&text[pos..end]) else {
            break;
        };
        let next = pos + m.end();
        item = match series_item_at(text, next) {
            Some(SeriesItem::Place(p)) if !(p.confident || strong) || p.range.end > end => break,
            Some(next_item) => next_item,
            None => break,
        };
    }
    join_and_names(text, items)
}

/// Legal forms of companies written after a comma (`data/legal_forms.txt`).
static LEGAL_FORMS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/legal_forms.txt")).collect());

/// Whether a series item is a company's legal form ("Inc.", "LLC"), not a name.
fn is_legal_form(item: &str) -> bool {
    LEGAL_FORMS.contains(item.trim().trim_end_matches('.'))
}

/// "Cedar Flat, North Fork, Rough and Ready and Penn Valley": where a series ends in two
/// "and"s, the two names the first joins are one name ("Rough and Ready"), when neither
/// is a place the gazetteer knows. "Ohio and Michigan and Indiana" keeps its three.
fn join_and_names(text: &str, mut items: Vec<ParsedPlace>) -> Vec<ParsedPlace> {
    let n = items.len();
    if n < 3 {
        return items;
    }
    let (a, b, c) = (&items[n - 3], &items[n - 2], &items[n - 1]);
    let joins = |x: &ParsedPlace, y: &ParsedPlace| &text[x.range.end..y.range.start];
    let first = joins(a, b);
    let second = joins(b, c);
    let second_and = matches!(second.trim_start_matches(','), " and " | " or ");
    if first != " and " || !second_and || a.confident || b.confident {
        return items;
    }
    let range = a.range.start..b.range.end;
    let joined = ParsedPlace {
        place: make_place(&text[range.clone()], a.place.kind, None),
        range,
        confident: false,
        state_or_city: false,
    };
    items.splice(n - 3..n - 1, [joined]);
    items
}

/// Fewest postal codes that make a series of states on their own.
const MIN_CODES: usize = 3;

/// "AZ, CA, CO, FL and WA": a series of USPS codes alone, as an agency's notice writes
/// its states. A code alone is no place elsewhere ("OR", "IN" and "ME" are words, and
/// "AZ, CA" reads as a town and its state), but three or more in a series, every one a
/// state's code, name states.
fn code_series(text: &str, mut pos: usize, end: usize) -> Option<Vec<ParsedPlace>> {
    // Two capitals and no more letters, before the gazetteer is asked: this runs at
    // the start of every series.
    let code_at = |at: usize| {
        let b = text.as_bytes();
        let code = text.get(at..at + 2).filter(|_| at + 2 <= end)?;
        let closed = b.get(at + 2).is_none_or(|c| !c.is_ascii_alphanumeric());
        if !closed || !code.bytes().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        gazetteer()
            .state_by_abbreviation(code)
            .filter(|state| state.code == code)
    };
    let mut items = Vec::new();
    while let Some(state) = code_at(pos) {
        items.push(ParsedPlace {
            range: pos..pos + 2,
            place: make_place(&state.name, PlaceKind::State, Some(&state.code)),
            confident: true,
            state_or_city: false,
        });
        let rest = &text[pos + 2..end];
        let Some(sep) = [", and ", ", or ", ", ", " and ", " or ", " & "]
            .iter()
            .find(|sep| rest.starts_with(**sep))
        else {
            break;
        };
        pos += 2 + sep.len();
    }
    (items.len() >= MIN_CODES).then_some(items)
}

/// One item of a series: a place, or a plural group ("the cities of A and B") with
/// where it ends.
enum SeriesItem {
    Group(Vec<ParsedPlace>, usize),
    Place(ParsedPlace),
}

/// The plural group or the place that starts at `pos`, if any. A country a series
/// names with its article ("the Netherlands", "the United Kingdom") is a member too.
fn series_item_at(text: &str, pos: usize) -> Option<SeriesItem> {
    match plural_group_at(text, pos) {
        Some((group, end)) => Some(SeriesItem::Group(group, end)),
        None => parse_place_at(text, pos)
            .or_else(|| {
                text[pos..]
                    .starts_with("the ")
                    .then(|| parse_place_at(text, pos + 4))
                    .flatten()
                    // "the Netherlands", "the District of Columbia", "the State of
                    // Oregon": a country, or a name built as "<kind> of <name>".
                    .filter(|p| {
                        p.place.kind == PlaceKind::Country || text[p.range.clone()].contains(" of ")
                    })
            })
            .map(SeriesItem::Place),
    }
}

/// A place directly followed by a capitalized word names whose thing it is ("Springfield
/// City Mayor Ann Lee", "Boise State"), not a member of a list.
fn modifies_a_name(text: &str, p: &ParsedPlace) -> bool {
    let after = &text[p.range.end..];
    after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()))
}

/// The longest series that ends right before `cue_at` ("A, B and C" before "and other
/// cities"), starting no earlier than `from`.
fn series_ending_at(text: &str, from: usize, cue_at: usize) -> Option<(usize, Vec<ParsedPlace>)> {
    let region = &text[from..cue_at];
    let starts = std::iter::once(0).chain(
        region
            .char_indices()
            .filter(|(i, _)| *i > 0 && region[..*i].ends_with([' ', '(', '"']))
            .map(|(i, _)| i),
    );
    for rel in starts {
        let start = from + rel;
        if !text[start..].starts_with(|c: char| c.is_uppercase() || c == 't') {
            continue;
        }
        let items = parse_series(text, start, cue_at, false);
        if let Some(last) = items.last()
            && text[last.range.end..cue_at]
                .trim_matches([' ', ','])
                .is_empty()
            && items.iter().any(|p| p.confident)
        {
            return Some((start, items));
        }
    }
    None
}

/// The cue of a list of names sharing one plural kind word ("Shasta and Tehama
/// counties"), which needs a shared word to be compared with another outlet's list.
pub const PLURAL_SERIES: &str = "plural series";

/// The plural kind words a series of names may share, as a sentence writes them.
static PLURAL_KINDS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    // Lowercase, and in title case as a proper name's part ("Letcher Counties",
    // "Keewaywin First Nations").
    [" counties", " parishes", " cities", " towns", " states of "]
        .iter()
        .map(|w| w.to_string())
        .chain(INSTITUTION_PLURALS.iter().map(|(p, _)| format!(" {p}")))
        .flat_map(|w| [title_case_words(&w), w])
        .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
        .collect()
});

/// Each word with its first letter capital: " first nations" → " First Nations".
fn title_case_words(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    let mut start = true;
    for c in words.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ';
    }
    out
}

/// The first group of two or more names sharing a plural kind word in a sentence, and
/// its range.
fn plural_series(text: &str, sentence: Range<usize>) -> Option<(Range<usize>, Vec<ParsedPlace>)> {
    for i in series_starts(&text[sentence.clone()]) {
        let start = sentence.start + i;
        if let Some((items, end)) = plural_group_at(text, start)
            && end <= sentence.end
            && items.len() >= 2
        {
            // "Lincoln and Jefferson elementary schools and Oak Park Middle School":
            // places the gazetteer or their own words name may follow the group.
            let more = parse_series(text, start, sentence.end, false);
            if more.len() > items.len() && more.iter().zip(&items).all(|(a, b)| a.range == b.range)
            {
                let end = end.max(more.last().map_or(end, |p| p.range.end));
                return Some((start..end, more));
            }
            let (items, end) = joined_groups(text, sentence.end, items, end);
            return Some((start..end, items));
        }
    }
    None
}

/// ", along with", "as well as", "and" between two groups of one plural kind.
static GROUP_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^,?\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus|and)\s+").unwrap()
});

/// A plural group with the groups of its kind that a joining phrase adds to it in its
/// sentence: "Appling, Bacon and Ware counties, along with Bulloch and Evans counties
/// to the east" names five counties, not three.
fn joined_groups(
    text: &str,
    sentence_end: usize,
    mut items: Vec<ParsedPlace>,
    mut end: usize,
) -> (Vec<ParsedPlace>, usize) {
    while let Some(join) = GROUP_JOIN.find(&text[end..sentence_end]) {
        let at = end + join.end();
        let Some((more, more_end)) = plural_group_at(text, at) else {
            break;
        };
        let same_kind = match (items.first(), more.first()) {
            (Some(a), Some(b)) => a.place.kind == b.place.kind,
            _ => false,
        };
        if more_end > sentence_end || !same_kind {
            break;
        }
        items.extend(more);
        end = more_end;
    }
    (items, end)
}

/// Where a series of names may start in a sentence: each word that begins with a
/// capital, or with "t" ("the city of …").
fn series_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .map(|(i, _)| i)
        .filter(move |&i| i == 0 || s[..i].ends_with([' ', '\t']))
        .filter(move |&i| s[i..].starts_with(|c: char| c.is_uppercase() || c == 't'))
}

/// Whether the last two names of a series of two or more are joined by "and", "or" or
/// "&": a series with a comma there ("Dayton, Muncie, Joplin closed") may run on, or be
/// a place and its state.
/// Whether a series was read only in part: no conjunction closes the items read, and a
/// separator and another name follow the last ("four airports: Pike Field, Dalton
/// Regional, Adair-Boone and Clay Municipal" read to its second item). A list of the
/// names read would be complete and short of the rest.
fn cut_short(text: &str, items: &[ParsedPlace], series: &Range<usize>) -> bool {
    let Some(last) = items.last() else {
        return false;
    };
    let rest = &text[last.range.end.min(series.end)..series.end];
    !closed_by_conjunction(text, items)
        && SEPARATOR.find(rest).is_some_and(|m| {
            rest[m.end()..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

fn closed_by_conjunction(text: &str, items: &[ParsedPlace]) -> bool {
    let [.., before_last, last] = items else {
        return false;
    };
    text[before_last.range.end..last.range.start]
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .any(|w| matches!(w, "and" | "or" | "&"))
}

/// The cue of a series after "<noun> in" ([`located_series`]).
pub const LOCATED_SERIES: &str = "located series";

/// "<set noun> in " for the set nouns of things that stand in places
/// (`data/located_classes.txt`): "plants in ", "distribution centers in ".
static LOCATED_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let classes: rustc_hash::FxHashSet<&str> =
        crate::data::lines(include_str!("../../data/located_classes.txt")).collect();
    let nouns: Vec<String> = SET_NOUNS
        .iter()
        .filter(|(_, class)| classes.contains(class.as_str()))
        .map(|(n, _)| regex::escape(n).replace(' ', r"\s+"))
        .collect();
    pattern::compile(&format!(r"(?i)\b(?:{})\s+in\s+", nouns.join("|"))).unwrap()
});

/// Whether the words before a located series ("… at the company's plants in") speak of
/// all the noun's things: a determiner or a possessive right before the noun ("the
/// plants", "its plants", "Harlan's plants"). "sold at stores in Ohio and Michigan" may
/// name some of the stores' states, and "Kroger stores" are some of the stores: each is
/// a partial list, never set against another outlet's whole one.
fn names_them_all(intro: &str) -> bool {
    let words: Vec<&str> = intro.split_whitespace().collect();
    let whose = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "its" | "their" | "his" | "her" | "our"
        ) || crate::text::names::strip_possessive(w).is_some()
    };
    // The noun and "in" end the introduction; the word before the noun says whose, or
    // the one before that when the noun has two words ("the distribution centers in").
    let at = |back: usize| words.len().checked_sub(back).and_then(|i| words.get(i));
    match (at(3), at(4)) {
        (Some(w), _) if whose(w) => true,
        (Some(w), Some(before)) => w.starts_with(char::is_lowercase) && whose(before),
        _ => false,
    }
}

/// The series of places after "<noun> in" where the noun's things stand ("plants in
/// Wichita, Moline and Tulsa"), and where it starts: two or more places the gazetteer
/// knows, or three or more names, the last two joined by a conjunction. A series that
/// is not closed is a place and its state ("plants in Moline, Illinois") or runs on.
fn located_series(text: &str, sentence: Range<usize>) -> Option<(usize, Vec<ParsedPlace>)> {
    for m in LOCATED_NOUN.find_iter(&text[sentence.clone()]) {
        let start = sentence.start + m.end();
        if !text[start..].starts_with(char::is_uppercase) {
            continue;
        }
        if let Some(items) = closed_names(text, start, sentence.end) {
            return Some((start, items));
        }
    }
    None
}

/// The names from `start` to `end` when they are a closed series: two or more places
/// the gazetteer knows, or three or more names, the last two joined by a conjunction.
/// A series that is not closed is a place and its state ("plants in Moline, Illinois")
/// or runs on.
fn closed_names(text: &str, start: usize, end: usize) -> Option<Vec<ParsedPlace>> {
    let items = parse_series(text, start, end, true);
    let known = items.iter().all(|p| p.confident);
    let enough = items.len() >= MIN_NAMED_ITEMS || (items.len() == 2 && known);
    (enough && closed_by_conjunction(text, &items)).then_some(items)
}

/// The cue of a series of places under an order ([`order_series`]).
pub const ORDER_SERIES: &str = "places under an order";

/// An order that covers places (`data/area_orders.txt`), a few lowercase words that
/// link it to them ("remain in effect", "are in place", "were issued"), the word before
/// them, and the capital that starts the first.
static ORDER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let mut orders: Vec<String> = crate::data::lines(include_str!("../../data/area_orders.txt"))
        .map(|o| regex::escape(o).replace(' ', r"\s+"))
        .collect();
    orders.sort_by_key(|o| std::cmp::Reverse(o.len()));
    pattern::compile(&format!(
        r"(?i)\b(?:{})(?:\s+(?-i:[a-z]+)){{0,4}}?\s+(?:for|in|covered|covering|covers|cover|across|throughout|affecting)\s+(?-i:[A-Z])",
        orders.join("|")
    ))
    .unwrap()
});

/// `data/lifted_words.txt`: words that say an order no longer covers the places after it.
static LIFTED_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/lifted_words.txt")).collect());

/// The places under an order ("Evacuation orders covered Cedar Flat, North Fork, Rough
/// and Ready and Penn Valley", "a curfew in Ashby, Dalton and Pine Hollow") and where
/// they start: three or more names, or two places the gazetteer knows, the last two
/// joined by a conjunction. Two are never the whole set (see `extract_lists`).
fn order_series(text: &str, sentence: Range<usize>) -> Option<(usize, Vec<ParsedPlace>)> {
    for m in ORDER_NOUN.find_iter(&text[sentence.clone()]) {
        // "Evacuation orders were lifted for …": places no longer under it.
        if m.as_str()
            .split_whitespace()
            .any(|w| LIFTED_WORDS.contains(&w.to_lowercase().as_str()))
        {
            continue;
        }
        // The match ends with the first letter of the first name.
        let start = sentence.start + m.end() - 1;
        if let Some(items) = closed_names(text, start, sentence.end) {
            return Some((start, items));
        }
    }
    None
}

/// The set noun of a series of countries after "<people> from" ([`origin_series`]), and
/// the cue of a whole one: a set of its own class, so that no count of people is taken
/// for its count and no other list of countries for the same set.
const ORIGIN_NOUN: &str = "countries of origin";

/// `data/origin_nouns.txt`: plural nouns of people whose countries a series gives.
static ORIGIN_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/origin_nouns.txt")).collect());

/// Most words between the people and "from": "The survivors are all originally from".
const ORIGIN_REACH: usize = 4;

/// The countries after "<people> … from", where the series starts, and whether it is
/// whole: two or more countries the gazetteer knows, closed by a conjunction, right
/// after a plural noun of people (`data/origin_nouns.txt`) and a few words that link
/// them ("are", "come", "–"). "mostly from" or "many from" gives part of the set.
/// Towns and states are no one's nationality, and "flights from Chicago, Denver and
/// Dallas" names no people.
fn origin_series(text: &str, sentence: Range<usize>) -> Option<(usize, Vec<ParsedPlace>, bool)> {
    let s = &text[sentence.clone()];
    for (at, _) in s.match_indices(" from ") {
        let start = sentence.start + at + " from ".len();
        if !text[start..].starts_with(char::is_uppercase) {
            continue;
        }
        let words: Vec<String> = s[..at]
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '—' | '('))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut partial = false;
        let mut noun_at = None;
        for back in 1..=ORIGIN_REACH.min(words.len()) {
            let w = words[words.len() - back].as_str();
            let two =
                (back < words.len()).then(|| format!("{} {w}", words[words.len() - back - 1]));
            // Where the noun starts, counted from the end: "asylum seekers" is two words.
            if two.is_some_and(|t| ORIGIN_NOUNS.contains(&t.as_str())) {
                noun_at = Some(back + 1);
                break;
            }
            if ORIGIN_NOUNS.contains(&w) {
                noun_at = Some(back);
                break;
            }
            match w {
                "mostly" | "mainly" | "largely" | "chiefly" | "many" | "most" | "some" => {
                    partial = true
                }
                "are" | "were" | "come" | "came" | "all" | "originally" | "who" | "hail"
                | "hailed" | "had" | "travelled" | "traveled" => {}
                _ => break,
            }
        }
        let Some(back) = noun_at else {
            continue;
        };
        // "The survivors", "all 45 survivors": all of them; "passengers from France and
        // Germany were hurt" may be some.
        let before_noun = &words[..words.len() - back];
        let determined = before_noun
            .iter()
            .rev()
            .skip_while(|w| w.bytes().all(|b| b.is_ascii_digit() || b == b','))
            .take(1)
            .any(|w| matches!(w.as_str(), "the" | "all" | "its" | "their" | "these"));
        partial |= !determined;
        let items = parse_series(text, start, sentence.end, false);
        if items.len() < 2
            || !items
                .iter()
                .all(|p| p.confident && p.place.kind == PlaceKind::Country)
        {
            continue;
        }
        if closed_by_conjunction(text, &items) {
            return Some((start, items, !partial));
        }
    }
    None
}

/// A series of three or more places with semicolons between all of them.
fn semicolon_series(text: &str, sentence: Range<usize>) -> Option<(usize, Vec<ParsedPlace>)> {
    for i in series_starts(&text[sentence.clone()]) {
        let start = sentence.start + i;
        let items = parse_series(text, start, sentence.end, false);
        if items.len() >= 3 {
            let last = items.last().unwrap().range.end;
            // "…; Tupelo, Miss.; and Juarez, Mexico": a series that goes on past its
            // last name read with a name it could not read is no whole list.
            let goes_on = SEPARATOR.find(&text[last..sentence.end]).is_some_and(|m| {
                m.as_str().contains(';') && text[last + m.end()..].starts_with(char::is_uppercase)
            });
            if goes_on {
                return None;
            }
            if text[start..last].matches(';').count() + 1 >= items.len() {
                return Some((start, items));
            }
        }
    }
    None
}

/// "Sacramento, Yolo and Placer counties in California", "the states of Ohio and Iowa":
/// several names sharing one plural kind word.
fn plural_group_at(text: &str, pos: usize) -> Option<(Vec<ParsedPlace>, usize)> {
    let rest = &text[pos..];
    if let Some(m) = PLURAL_PREFIX.captures(rest) {
        let kind = kind_of_plural(&m[1]);
        let parish = m[1].eq_ignore_ascii_case("parishes");
        let mut at = pos + m.get(0).unwrap().end();
        let mut names = Vec::new();
        while let Some(r) = name_at(text, at) {
            names.push(r.clone());
            at = r.end;
            match SEPARATOR.find(&text[at..]) {
                Some(sep) if name_at(text, at + sep.end()).is_some() => at += sep.end(),
                _ => break,
            }
        }
        if names.len() < 2 {
            return None;
        }
        let items = names
            .into_iter()
            .map(|r| forced_place(text, r, kind, None, parish))
            .collect::<Option<Vec<_>>>()?;
        let end = items.last()?.range.end;
        return Some((items, end));
    }
    let m = PLURAL_SUFFIX.captures(rest)?;
    if let Some(tail) = institution_tail(&m[2]) {
        return institutions_sharing(text, pos, &m, tail);
    }
    let kind = kind_of_plural(&m[2]);
    let parish = m[2].eq_ignore_ascii_case("parishes");
    let names_end = pos + m.get(1).unwrap().end();
    let mut end = pos + m.get(0).unwrap().end();
    let mut state = None;
    for prefix in [" in ", ", "] {
        if text[end..].starts_with(prefix)
            && let Some((code, e)) = state_at(text, end + prefix.len())
        {
            state = Some(code);
            end = e;
            break;
        }
    }
    let mut items = Vec::new();
    let mut at = pos;
    while at < names_end {
        let r = name_before(text, at, names_end)?;
        at = r.end;
        items.push(forced_place(text, r, kind, state.as_deref(), parish)?);
        if let Some(sep) = SEPARATOR.find(&text[at..names_end]) {
            at += sep.end();
        } else {
            break;
        }
    }
    if let Some(last) = items.last_mut() {
        last.range.end = end;
    }
    Some((items, end))
}

/// "Ash, Birch and Cedar elementary schools": each name with the words the
/// shared plural gives it, an organization; the last item's range takes in the plural.
fn institutions_sharing(
    text: &str,
    pos: usize,
    m: &regex::Captures,
    tail: &str,
) -> Option<(Vec<ParsedPlace>, usize)> {
    let names_end = pos + m.get(1)?.end();
    let end = pos + m.get(0)?.end();
    let mut items = Vec::new();
    let mut at = pos;
    while at < names_end {
        let mut r = name_before(text, at, names_end)?;
        at = r.end;
        // "Cascade Health's St. Anselm, Mercy Ridge … hospitals": the owner before a
        // possessive is no part of the first name.
        if let Some(owner) = text[r.clone()].rfind("'s ") {
            r.start += owner + "'s ".len();
        }
        let name = format!("{} {tail}", &text[r.clone()]);
        items.push(ParsedPlace {
            range: r,
            place: make_place(&name, PlaceKind::Organization, None),
            confident: true,
            state_or_city: false,
        });
        match SEPARATOR.find(&text[at..names_end]) {
            Some(sep) => at += sep.end(),
            None => break,
        }
    }
    if let Some(last) = items.last_mut() {
        last.range.end = end;
    }
    (items.len() >= 2).then_some((items, end))
}

/// [`name_at`], ending by `limit`: in "Perry and Letcher Counties" the last name is
/// "Letcher", though "Counties" is capitalized too.
fn name_before(text: &str, pos: usize, limit: usize) -> Option<Range<usize>> {
    let r = name_at(text, pos)?;
    let end = r.start + text[r.start..r.end.min(limit)].trim_end().len();
    (end > r.start).then_some(r.start..end)
}

/// The cue of a table whose first column is headed by a kind of place.
pub const TABLE: &str = "table";

/// The kind of place a table's header row gives its first column ("County | Cases"),
/// whether its names are parishes, and the plural that says what the rows are; None
/// for any other header or row.
fn headed_by_a_kind(text: &str, row: &Range<usize>) -> Option<(PlaceKind, bool, &'static str)> {
    let (first, _) = text[row.clone()].split_once('|')?;
    Some(match first.trim().to_lowercase().as_str() {
        "county" | "counties" => (PlaceKind::County, false, "counties"),
        "parish" | "parishes" => (PlaceKind::County, true, "parishes"),
        "state" | "states" => (PlaceKind::State, false, "states"),
        "country" | "countries" => (PlaceKind::Country, false, "countries"),
        "city" | "cities" => (PlaceKind::City, false, "cities"),
        "town" | "towns" => (PlaceKind::City, false, "towns"),
        _ => return None,
    })
}

fn kind_of_plural(word: &str) -> PlaceKind {
    match word.to_lowercase().as_str() {
        "states" => PlaceKind::State,
        "counties" | "parishes" => PlaceKind::County,
        "countries" => PlaceKind::Country,
        _ => PlaceKind::City,
    }
}

/// A run of capitalized words at `pos` ("San Francisco", "St. Louis"), on one line.
fn name_at(text: &str, pos: usize) -> Option<Range<usize>> {
    NAME_RUN.find(&text[pos..]).map(|m| pos..pos + m.end())
}

static NAME_RUN: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:(?:St|Ft|Mt)\. )?[A-Z][\p{L}'-]*";
    pattern::compile(&format!("^{word}(?: {word})*")).unwrap()
});

/// A place whose kind a plural word gives ("Yolo" in "Yolo and Placer counties").
/// A name given the kind of its series' plural noun; the names of "parishes" are
/// parishes ("Calcasieu and Cameron parishes": Calcasieu Parish), not counties.
fn forced_place(
    text: &str,
    range: Range<usize>,
    kind: PlaceKind,
    state: Option<&str>,
    parish: bool,
) -> Option<ParsedPlace> {
    let parish_name;
    let mut name = &text[range.clone()];
    if parish && !name.ends_with(" Parish") {
        parish_name = format!("{name} Parish");
        name = &parish_name;
    }
    let place = match kind {
        PlaceKind::State => {
            let s = gazetteer().state_by_name(name)?;
            make_place(&s.name, PlaceKind::State, Some(&s.code))
        }
        PlaceKind::City => {
            let cities = gazetteer().cities(&fold_name(name));
            let known = cities
                .iter()
                .find(|c| state.is_none_or(|s| s == c.state))
                .filter(|_| state.is_some() || cities.len() == 1);
            match known {
                Some(c) => make_place(&c.name, PlaceKind::City, Some(&c.state)),
                None => make_place(name, PlaceKind::City, state),
            }
        }
        PlaceKind::Country => make_place(gazetteer().country(&fold_name(name))?, kind, None),
        _ => make_place(name, kind, state),
    };
    Some(ParsedPlace {
        range,
        place,
        confident: true,
        state_or_city: false,
    })
}

/// Settles names that are both a state and a city, drops repeats, and ties items to their
/// original words.
/// Nouns that name parts of one town (`data/town_parts.txt`).
static TOWN_PARTS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/town_parts.txt")).collect());

fn finish_items(doc: &Doc, parsed: Vec<ParsedPlace>, of: Option<&str>) -> Vec<ListItem> {
    let locals = parsed
        .iter()
        .filter(|p| !p.state_or_city && p.place.kind.class() == "local")
        .count();
    let states = parsed
        .iter()
        .filter(|p| !p.state_or_city && p.place.kind == PlaceKind::State)
        .count();
    // "Lebanon" among Pennsylvania counties is Lebanon County.
    let countries = parsed
        .iter()
        .filter(|p| p.place.kind == PlaceKind::Country)
        .count();
    let parsed_len = parsed.len();
    let of_cities = of.is_some_and(|o| o.contains("cities") || o.contains("towns"));
    // A name of no known kind takes the kind its list's noun gives it: "Ada" in a list
    // of counties is Ada County, as another outlet may write it.
    let named_kind = match of {
        Some("counties" | "parishes") => Some(PlaceKind::County),
        Some("cities" | "towns") => Some(PlaceKind::City),
        // "Acme Widgets" among the defendants is a party, as "Acme Widgets Inc." is.
        Some(noun) if noun_class(noun).is_some_and(is_party_class) => Some(PlaceKind::Organization),
        _ => None,
    };
    let town_parts = of.is_some_and(|o| TOWN_PARTS.contains(o));
    // A list of parties ("defendants") or of people ("victims") may name people.
    let of_parties_or_people =
        named_kind == Some(PlaceKind::Organization) || of.is_some_and(super::facts::is_people_noun);
    let mut seen = rustc_hash::FxHashSet::default();
    let mut items = Vec::new();
    for p in parsed {
        // Written as the bare name, with no state and no "City of": the list's noun says
        // what it is, even where the gazetteer knows a city of that name ("Boise" in a
        // list of counties is Boise County).
        // So is a state's or a country's bare name among other names ("Wyoming" in a
        // list of West Virginia counties, "Washington" and "Lebanon" in others).
        let county = named_kind == Some(PlaceKind::County)
            && ((!p.state_or_city && matches!(p.place.kind, PlaceKind::Unknown | PlaceKind::City))
                || ((p.state_or_city || p.place.kind == PlaceKind::State)
                    && states * 2 < parsed_len)
                || (p.place.kind == PlaceKind::Country && countries * 2 < parsed_len))
            && doc.text(&p.range).trim() == p.place.name;
        let bare = doc.text(&p.range).trim() == p.place.name;
        let place = if town_parts && bare && p.place.kind != PlaceKind::State {
            // A neighborhood's bare name keeps no state the gazetteer gave a city of that
            // name elsewhere.
            make_place(&p.place.name, PlaceKind::Unknown, None)
        } else if county {
            // The bare name wrote no state: one the gazetteer gave it belongs to the city
            // or state of that name ("Lancaster" is a city in California, and a county
            // in Nebraska and Pennsylvania).
            make_place(&p.place.name, PlaceKind::County, None)
        } else if p.state_or_city && (of_cities || locals > states) {
            as_city(&p)
        } else if let Some((first, last)) = of_parties_or_people
            .then(|| super::people::as_a_persons_name(&p.place.name))
            .flatten()
            .filter(|_| bare && p.place.kind == PlaceKind::Unknown)
        {
            // "Ann Lee" among the defendants or the victims: a person, whom
            // another outlet's list of people may name.
            super::people_lists::person_place((first, last), &p.place.name)
        } else if let Some(kind) = named_kind.filter(|_| p.place.kind == PlaceKind::Unknown) {
            make_place(&p.place.name, kind, p.place.state.as_deref())
        } else {
            p.place.clone()
        };
        if !seen.insert(place.key.clone()) {
            continue;
        }
        items.push(ListItem {
            text: doc.words(&p.range),
            span: doc.span(&p.range),
            place,
        });
    }
    items
}

/// A count of a set noun inside a range ("to 23 jurisdictions").
fn count_in(doc: &Doc, range: Range<usize>) -> Option<StatedCount> {
    counts_in(doc, range).into_iter().last()
}

fn counts_in(doc: &Doc, range: Range<usize>) -> Vec<StatedCount> {
    let text = doc.text(&range);
    pattern::captures(&COUNT, text)
        .filter(|c| {
            // "five of the 23 jurisdictions" counts a part; but a count of part that
            // closes a list's introduction ("to close five of our libraries:") counts
            // the items listed after it.
            let closes = c.get(0).unwrap().end() == text.trim_end().len()
                && matches!(
                    c[3].to_ascii_lowercase()
                        .split_whitespace()
                        .collect::<Vec<_>>()[..],
                    [
                        "of",
                        "our" | "its" | "their" | "the" | "his" | "her" | "your"
                    ]
                );
            closes
                || !c[3]
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("of"))
        })
        .filter_map(|c| {
            let value: u64 = c
                .get(2)
                .and_then(|d| d.as_str().parse().ok())
                .or_else(|| parse_number(&c[1]))?;
            let m = c.get(0).unwrap();
            // "Minnesota and 15 other states": the named one is of the set too.
            let others = c[3]
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("other"))
                && super::facts::follows_a_named_one(&text[..m.start()]);
            let value = value + u64::from(others);
            let r = range.start + m.start()..range.start + m.end();
            Some(StatedCount {
                value,
                text: doc.words(&r),
                span: doc.span(&r),
            })
        })
        .collect()
}

/// For a complete list whose introduction gives no count, the article's count of a set
/// noun in the sentence that shares most words with the introduction ("The full list of
/// jurisdictions that received notices" ↔ "one of 15 cities and counties that received
/// notices"). No shared word, no count: a count is never guessed. Nor is a count of
/// another kind of thing than the list's noun names: "killed two people" in the lead
/// counts no list of counties.
fn article_count(doc: &Doc, gates: &Gates, intro: &str, of: Option<&str>) -> Option<StatedCount> {
    let intro_stems = stems(intro);
    let mut best: Option<(usize, StatedCount)> = None;
    for s in doc.counted_sentences() {
        if !gates.open(&s.range, Gate::SetCount) {
            continue;
        }
        // Words first: a sentence that shares none, or no more than the best so far,
        // cannot give the count, and its counts (a capture search) are not read.
        let shared = shared_stems(doc.text(&s.range), &intro_stems);
        if shared == 0 || best.as_ref().is_some_and(|(score, _)| shared <= *score) {
            continue;
        }
        for c in counts_in(doc, s.range.clone()) {
            if !same_set_noun_class(of, set_noun_in(&c.text).as_deref()) {
                continue;
            }
            if best.as_ref().is_none_or(|(score, _)| shared > *score) {
                best = Some((shared, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// A list's set noun, or "places" for a list without one whose items are all
/// governments of a known kind: what a count must count to be the list's.
fn set_noun_or_places(
    of: Option<&str>,
    mut kinds: impl Iterator<Item = PlaceKind>,
) -> Option<&str> {
    of.or_else(|| {
        kinds
            .all(|k| !matches!(k, PlaceKind::Organization | PlaceKind::Unknown))
            .then_some("places")
    })
}

/// Whether two set nouns can count one set: their classes are equal, or both are
/// kinds of place ("six states" counts where a list of cities lies). A noun with no
/// class says nothing against.
fn same_kind_of_set(a: Option<&str>, b: Option<&str>) -> bool {
    let place = |c: &str| matches!(c, "local" | "state" | "country");
    match (a.and_then(noun_class), b.and_then(noun_class)) {
        (Some(x), Some(y)) => x == y || (place(x) && place(y)),
        _ => true,
    }
}

/// Whether a count in another sentence can count a list: where both nouns have a
/// class, the classes are equal, or name nations ("eight Arctic countries" counts
/// "the Arctic states"). "14 states" in the lead does not count "Clark and Washoe
/// counties" three sentences on, as a count in the list's own introduction may
/// ([`same_kind_of_set`]). A list with no noun of its own, of "places" (see
/// [`set_noun_or_places`]), may be counted by any noun of places.
fn same_set_noun_class(a: Option<&str>, b: Option<&str>) -> bool {
    if a == Some("places") {
        return same_kind_of_set(a, b);
    }
    let nation = |c: &str| matches!(c, "state" | "country");
    match (a.and_then(noun_class), b.and_then(noun_class)) {
        (Some(x), Some(y)) => x == y || (nation(x) && nation(y)),
        _ => true,
    }
}

/// How many of `stems` the words of `text` have (see [`stems`]), with no set built.
fn shared_stems(text: &str, stems: &rustc_hash::FxHashSet<String>) -> usize {
    let mut found: Vec<&str> = Vec::new();
    each_stem(text, |stem| {
        if let Some(s) = stems.get(stem)
            && !found.contains(&s.as_str())
        {
            found.push(s);
        }
    });
    found.len()
}

pub(crate) static STOPWORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Characters a stem keeps of a word.
pub const STEM_CHARS: usize = 5;

/// Bytes a lowercased word needs to have a stem.
pub const MIN_STEM_BYTES: usize = 3;

/// Content-word stems: lowercase words of three or more letters, not stopwords, cut to
/// five characters (a crude truncation stemmer: "notices" and "notice" meet).
pub fn stems(text: &str) -> rustc_hash::FxHashSet<String> {
    let mut out = rustc_hash::FxHashSet::default();
    each_stem(text, |s| {
        if !out.contains(s) {
            out.insert(s.to_string());
        }
    });
    out
}

/// The stem of one word (the last, if `word` holds several: "emergency-aid" is "aid"),
/// or none for a stopword, a number or a word too short to stem.
pub fn stem_of(word: &str) -> Option<String> {
    let mut stem = None;
    each_stem(word, |s| stem = Some(s.to_string()));
    stem
}

/// Calls `each` with the stem of each content word of `text` (see [`stems`]), repeats
/// included, in order; only a caller that keeps a stem allocates it.
pub fn each_stem(text: &str, mut each: impl FnMut(&str)) {
    let mut other = String::new();
    let mut buf = [0u8; 32];
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        // Lowercased on the stack when ASCII (nearly every word), else into one reused
        // buffer.
        let lower = match crate::text::normalize::ascii_lower(w, &mut buf) {
            Some(lower) => lower,
            None => {
                other.clear();
                other.extend(w.chars().flat_map(char::to_lowercase));
                other.as_str()
            }
        };
        if lower.len() < MIN_STEM_BYTES || STOPWORDS.contains(lower) {
            continue;
        }
        let stem = if lower.is_ascii() {
            &lower[..lower.len().min(STEM_CHARS)]
        } else {
            match lower.char_indices().nth(STEM_CHARS) {
                Some((end, _)) => &lower[..end],
                None => lower,
            }
        };
        each(stem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    #[test]
    fn a_person_and_where_they_work_is_no_list() {
        assert!(lists("T\n\nGuest: Ann Lee, Iowa Growers' Council\n").is_empty());
        assert!(lists("T\n\nGuest: Tom Hale, Ohio Dairy Council\n").is_empty());
        // Known places, or a label that names them, still make a list.
        assert_eq!(lists("T\n\nStops: Omaha, Lincoln\n").len(), 1);
    }

    #[test]
    fn a_label_may_open_with_a_pictograph() {
        let got =
            lists("T\n\nThe board met.\n\n📍 Counties that filed late: Adair, Boone and Zell.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].items.len(), 3);
    }

    #[test]
    fn a_tally_of_places_in_rows_is_a_whole_list() {
        // Rows of a name and a figure under a line ending in a colon, as a paragraph
        // (its line breaks read as spaces) or as short lines of their own.
        for text in [
            "T\n\nCases by county:\nPike County: 12\nAshby County: 4\nDalton County: 1\n\nMore later.\n",
            "T\n\nOutages by county:\n\nPike County: 1,200\nAshby County: 40\n",
        ] {
            let got = lists(text);
            assert_eq!(got.len(), 1, "{text}: {got:#?}");
            assert!(got[0].complete);
            assert_eq!(got[0].cue, "tally");
            assert!(
                keys(&got[0]).iter().all(|k| k.starts_with("county:")),
                "{got:#?}"
            );
        }
        // Rows that are no places, and rows under no introduction, are no list.
        assert!(
            lists("T\n\nTotals:\nConfirmed cases: 58\nHospitalized: 9\nDeaths: 0\n").is_empty()
        );
        assert!(lists("T\n\nThe count rose. Pike County: 12 Ashby County: 4\n").is_empty());
    }

    #[test]
    fn a_list_of_institutions_in_bullets_rows_and_a_shared_plural() {
        // Bullets that are rows: a name, its town, a figure after a dash or a colon.
        let got = lists(
            "T\n\nThe following hospitals were fined:\n\n- Cove Regional Medical Center, Dalton — $250,000\n- St. Jude Hospital (Ferris): $180,000\n- Lakeview Clinic, Ashby — $75,000\n",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            [
                "organization:cove regional:?",
                "organization:st jude:?",
                "organization:lakeview clinic:?"
            ]
        );
        assert_eq!(got[0].of.as_deref(), Some("hospitals"));
        // "elementary schools" gives each name of its series the words of a school.
        let got = lists(
            "T\n\nThe schools to close are Ash, Birch and Cedar elementary schools and Dale Middle School.\n",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            [
                "organization:ash elementary:?",
                "organization:birch elementary:?",
                "organization:cedar elementary:?",
                "organization:dale middle:?"
            ]
        );
        // A party noun makes unknown names parties, their legal form left out of the key.
        let got = lists("T\n\nThe defendants are Acme Widgets Inc., Baxter Tools and Corvo LLC.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            [
                "organization:acme widgets:?",
                "organization:baxter tools:?",
                "organization:corvo:?"
            ]
        );
        // A name that reads as a person's among the defendants is a person.
        let got = lists("T\n\nThe defendants are Ann Lee, Tom Hale and Acme Widgets Inc.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            [
                "person:lee:ann",
                "person:hale:tom",
                "organization:acme widgets:?"
            ]
        );
    }

    #[test]
    fn names_alone_that_answer_a_question_of_which_places() {
        let got = lists(
            "T\n\nWhich counties? Pike, Dalton, Ashby, Lyon. If you live elsewhere, you are fine.\n",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(got[0].complete);
        assert_eq!(got[0].items.len(), 4);
        assert_eq!(got[0].cue, "answered question");
        // A question of something else, or an answer that is a sentence, is none.
        assert!(lists("T\n\nWho won? Pike, Dalton, Ashby, Lyon.\n").is_empty());
        assert!(lists("T\n\nWhich counties? Pike, Dalton and Ashby voted yes.\n").is_empty());
        // "Where?" asks for places with no noun: known places answer it, shops do not.
        let got = lists("T\n\nWhere were they sold?\nOhio, Indiana, Michigan, Kentucky.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(got[0].complete);
        assert!(
            lists("T\n\nWhere can I buy it?\nPikemart, Dalton Foods, Ashby Grocers.\n").is_empty()
        );
    }

    #[test]
    fn a_partial_list_of_parties_by_their_short_names() {
        let got =
            lists("T\n\nFour hospitals, including Cove Regional and Pike General, were fined.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(!got[0].complete);
        assert_eq!(
            keys(&got[0]),
            [
                "organization:cove regional:?",
                "organization:pike general:?"
            ]
        );
    }

    #[test]
    fn a_colon_list_under_a_count_of_institutions() {
        let got =
            lists("T\n\nThe board voted to close three elementary schools: Ash, Birch and Fir.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            [
                "organization:ash elementary:?",
                "organization:birch elementary:?",
                "organization:fir elementary:?"
            ]
        );
        // A count that is not the names' number makes no list of unknown names.
        assert!(
            lists("T\n\nThe board voted to close two elementary schools: Ash, Birch and Fir.\n")
                .is_empty()
        );
    }

    #[test]
    fn names_after_a_plural_of_institutions_and_a_cue_are_institutions() {
        // "Dalton" is a town's name too, but the plural says what it is here.
        let got = lists(
            "T\n\nThe board will close four elementary schools, including Dalton and Ashby.\n",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            [
                "organization:dalton elementary:?",
                "organization:ashby elementary:?"
            ]
        );
        // A plural of places leaves them places.
        let got = lists("T\n\nStorms hit several towns, including Dalton, Ga., and Ashby.\n");
        assert!(
            keys(&got[0]).iter().all(|k| !k.starts_with("organization")),
            "{got:#?}"
        );
    }

    #[test]
    fn the_rest_of_a_row_after_its_name() {
        assert!(rests_as_a_row(", Dalton — $250,000", false));
        assert!(rests_as_a_row(" (Ferris): $180,000", false));
        assert!(rests_as_a_row(": 14", false));
        assert!(rests_as_a_row(", Dalton", true));
        // A qualifier alone ends only an organization; words after a dash are no figure.
        assert!(!rests_as_a_row(", Dalton", false));
        assert!(!rests_as_a_row(" — the largest of them", true));
        assert!(!rests_as_a_row(" Police — 4", false));
    }

    #[test]
    fn a_series_set_off_after_its_count_of_places_is_a_list_of_them() {
        let got = lists(
            "T\n\nThe governor declared an emergency in three counties, Esmeralda, Mineral and Nye.\n",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            keys(&got[0]),
            ["county:esmeralda:?", "county:mineral:?", "county:nye:?"]
        );
        assert!(follows_count("in three counties — ", "three counties"));
        assert!(!follows_count("in three counties near ", "three counties"));
        // Names set off after a count of something else are no places.
        assert!(
            lists("T\n\nThe team signed three players, Esmeralda, Mineral and Nye.\n").is_empty()
        );
    }

    #[test]
    fn bare_names_among_a_towns_neighborhoods_take_no_state_of_a_city() {
        let got = lists(
            "T\n\nThe advisory covers the following neighborhoods:\n\n- Linden Heights\n- Oak Park\n- Riverside\n- Cedar Flats\n",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        let riverside = got[0].items.iter().find(|i| i.text == "Riverside").unwrap();
        assert_eq!(riverside.place.display, "Riverside");
        assert_eq!(riverside.place.state, None);
    }

    #[test]
    fn stems_are_lowercase_first_five_characters_of_content_words() {
        let mut got = Vec::new();
        each_stem("Zoë's NOTICES, the notice; 2024 Überlingen x1 ab", |s| {
            got.push(s.to_string())
        });
        assert_eq!(got, ["zoë", "notic", "notic", "überl"]);
    }

    #[test]
    fn the_names_of_parishes_are_parishes() {
        let l = lists(
            "Headline\n\nPower is out in the Acadia, Vermilion and Iberia parishes tonight.\n",
        );
        let names = displays(&l[0]);
        assert_eq!(
            names,
            ["Acadia Parish", "Vermilion Parish", "Iberia Parish"]
        );
    }

    /// How a reader would name each place of a list.
    fn displays(l: &ListClaim) -> Vec<&str> {
        l.items.iter().map(|i| i.place.display.as_str()).collect()
    }

    #[test]
    fn a_fields_names_end_with_its_line() {
        let l = lists(
            "T\n\nCommunities affected: Dalton, Ashby and Milford\nPublic meeting: Tuesday, Jan. 11, 6 p.m., Pike High School gym\n",
        );
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].items.len(), 3);
    }

    #[test]
    fn a_series_read_only_in_part_is_no_list() {
        // The third item does not read as a name: the two before it are not the set.
        assert!(
            lists("T\n\nThe counties are: Adair County, Boone County, 3M Land and Story County.\n")
                .is_empty()
        );
        // Closed by its conjunction, or running to the sentence's end, a series is whole.
        for text in [
            "T\n\nThe counties are: Adair County, Boone County and Story County.\n",
            "T\n\nCounties under the order: Adair, Boone, Clay, Polk, Story.\n",
        ] {
            let l = lists(text);
            assert!(l.len() == 1 && l[0].complete, "{text}: {l:?}");
        }
    }

    fn lists(text: &str) -> Vec<ListClaim> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        let gates = Gates::new(&doc);
        let counts = crate::extract::facts::extract_counts(&doc, &gates);
        extract_lists(&doc, &gates, &counts)
            .into_iter()
            .filter_map(|c| c.as_list().cloned())
            .collect()
    }

    fn keys(list: &ListClaim) -> Vec<&str> {
        list.items.iter().map(|i| i.place.key.as_str()).collect()
    }

    /// A counted noun that opens its sentence as the subject places its things in the
    /// names after "are in", as "<noun> in" does.
    #[test]
    fn a_counted_subject_places_a_series() {
        let found = lists(
            "Clinics to close\n\nThe health system will close four rural clinics.\n\nThe clinics set to close are in Adair, Boone, Dalton and Polk.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].complete);
        assert_eq!(found[0].items.len(), 4);
        // A noun far back in a long sentence does not.
        assert!(
            lists(
                "Clinics to close\n\nThe health system will close four rural clinics.\n\nThe clinics, which opened in the 1990s and were run by the county for years, are in Adair, Boone, Dalton and Polk.\n",
            )
            .is_empty()
        );
    }

    #[test]
    fn a_series_goes_on_past_the_district_of_columbia() {
        let found = lists(
            "States sue\n\nJoining her are the attorneys general of Iowa, Ohio, the District of Columbia, Utah and Maine.\n\nThe states suing are Iowa, the District of Columbia and Utah.\n",
        );
        let names: Vec<Vec<&str>> = found
            .iter()
            .map(|l| l.items.iter().map(|i| i.place.display.as_str()).collect())
            .collect();
        assert_eq!(
            names,
            [
                vec![
                    "State of Iowa",
                    "State of Ohio",
                    "District of Columbia",
                    "State of Utah",
                    "State of Maine"
                ],
                vec!["State of Iowa", "District of Columbia", "State of Utah"],
            ]
        );
    }

    #[test]
    fn a_name_joined_by_and_in_a_series_ending_in_two_ands_is_one_name() {
        let names = |text: &str| -> Vec<String> {
            parse_series(text, 0, text.len(), true)
                .iter()
                .map(|p| p.place.name.clone())
                .collect()
        };
        assert_eq!(
            names("Pine Hollow, Dalton Flats, Rough and Ready and Ashby Cove"),
            [
                "Pine Hollow",
                "Dalton Flats",
                "Rough and Ready",
                "Ashby Cove"
            ]
        );
        // Places the gazetteer knows stay apart, however many "and"s join them.
        assert_eq!(
            names("Ohio and Michigan and Indiana"),
            ["Ohio", "Michigan", "Indiana"]
        );
        let l = lists(
            "T\n\nA curfew is in effect across Pine Hollow, Dalton Flats, Rough and Ready and Ashby Cove.\n",
        );
        assert_eq!(l.len(), 1, "{l:#?}");
        assert_eq!(l[0].cue, ORDER_SERIES);
        assert!(l[0].complete);
        assert_eq!(l[0].items.len(), 4, "{l:#?}");
        // Places an order was lifted for are no longer under it.
        assert!(
            lists(
                "T\n\nEvacuation orders were lifted for Pine Hollow, Dalton Flats and Ashby Cove.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_colon_list_as_long_as_its_count_of_counties_is_a_list_of_counties() {
        let l = lists("Permit\n\nThe permit covers three counties: Ada, Owyhee and Gem.\n");
        assert_eq!(l.len(), 1, "{l:#?}");
        assert!(l[0].complete);
        assert_eq!(l[0].stated_count.as_ref().map(|c| c.value), Some(3));
        assert_eq!(
            keys(&l[0]),
            ["county:ada:?", "county:owyhee:?", "county:gem:?"]
        );
        // A short label that names the kind of place needs no count, nor does a
        // sentence whose noun of places stands right before the colon.
        for text in [
            "The counties: Ada, Owyhee and Gem.",
            "Counties affected: Ada, Owyhee and Gem.",
            "The permit covers these counties: Ada, Owyhee and Gem.",
        ] {
            let l = lists(&format!("Permit\n\n{text}\n"));
            assert_eq!(l.len(), 1, "{text}: {l:#?}");
            assert_eq!(l[0].items.len(), 3);
        }
        // Names the gazetteer does not know, with no count or one that disagrees, or a
        // count of people: no list.
        for text in [
            "The permit covers four counties: Ada, Owyhee and Gem.",
            "Three workers were hurt: Ann Lee, Bo Ruiz and Cy Tam.",
            "The four counties: Ada, Owyhee and Gem.",
            "The winners: Ada, Owyhee and Gem.",
            "The counties: Ada and Gem.",
        ] {
            let l = lists(&format!("Permit\n\n{text}\n"));
            assert!(l.is_empty(), "{text}: {l:#?}");
        }
    }

    #[test]
    fn a_count_of_states_elsewhere_does_not_count_a_list_of_counties() {
        let text = "Grants\n\nOhio will receive $7 million from a deal 14 states reached Wednesday, Attorney General Ann Lee said.\n\nLee said the money would go to programs in Pike and Ross counties.\n";
        let l = lists(text);
        assert_eq!(l.len(), 1, "{l:#?}");
        assert_eq!(l[0].stated_count, None);
        // A count of the list's own noun still counts it.
        let text = "Grants\n\nThe deal sends money to two counties, Attorney General Ann Lee said.\n\nLee said the money would go to programs in Pike and Ross counties.\n";
        assert_eq!(
            lists(text)[0].stated_count.as_ref().map(|c| c.value),
            Some(2)
        );
    }

    #[test]
    fn places_after_a_noun_of_things_that_stand_in_them_are_a_list_of_the_noun() {
        let l = lists(
            "Strike\n\nAbout 900 workers struck at the plants in Dayton, Ohio, Muncie, Ind., and Joplin, Mo.\n",
        );
        assert_eq!(l.len(), 1, "{l:#?}");
        assert_eq!(l[0].cue, LOCATED_SERIES);
        assert!(l[0].complete);
        assert_eq!(l[0].of.as_deref(), Some("plants"));
        // The count is of workers, not of plants.
        assert_eq!(l[0].stated_count, None);
        assert_eq!(l[0].items.len(), 3);
        // Without a determiner or a possessive, or of a named kind of the things, the
        // series may name some of them.
        for text in [
            "Spinach was sold at stores in Dayton, Ohio, Muncie, Ind., and Joplin, Mo.",
            "Spinach was sold at the Kroger stores in Dayton, Ohio, and Muncie, Ind.",
        ] {
            let l = lists(&format!("Recall\n\n{text}\n"));
            assert_eq!(l.len(), 1, "{text}: {l:#?}");
            assert!(!l[0].complete, "{text}: {l:#?}");
        }
        // A place and its state, a series not closed by a conjunction, and places of
        // no such noun: no list.
        for text in [
            "The plants in Dayton, Ohio, closed.",
            "The plants in Dayton, Muncie, Joplin closed.",
            "Protests in Dayton, Muncie and Joplin went on.",
        ] {
            let l = lists(&format!("Strike\n\n{text}\n"));
            assert!(l.is_empty(), "{text}: {l:#?}");
        }
    }

    #[test]
    fn countries_after_people_from_are_their_countries_of_origin() {
        let l = lists(
            "Wreck\n\nThe 30 survivors – from Peru, Chile and Bolivia – were taken ashore.\n",
        );
        assert_eq!(l.len(), 1, "{l:#?}");
        assert!(l[0].complete);
        assert_eq!(l[0].of.as_deref(), Some(ORIGIN_NOUN));
        assert_eq!(l[0].stated_count, None);
        // Part of them: "mostly from", or people with no determiner.
        for text in [
            "The migrants were mostly from Peru and Chile.",
            "Passengers from Peru and Chile were hurt.",
        ] {
            let l = lists(&format!("Wreck\n\n{text}\n"));
            assert_eq!(l.len(), 1, "{text}: {l:#?}");
            assert!(!l[0].complete, "{text}: {l:#?}");
        }
        let l = lists("Wreck\n\nAll 12 asylum seekers are from Peru and Chile.\n");
        assert!(l[0].complete, "{l:#?}");
        // Towns, no people before "from", or no conjunction: no list.
        for text in [
            "Flights from Peru, Chile and Bolivia were canceled.",
            "The survivors come from Dayton, Ohio, and Muncie, Ind.",
            "The survivors came from Peru, Chile, Bolivia.",
        ] {
            let l = lists(&format!("Wreck\n\n{text}\n"));
            assert!(l.is_empty(), "{text}: {l:#?}");
        }
    }

    #[test]
    fn a_series_as_long_as_the_articles_count_of_its_kind_is_a_complete_list() {
        let text = "Pears recalled in four states\n\n\
            The grower said the pears went to stores in Oregon, Idaho, Utah and Nevada.\n";
        let l = lists(text);
        assert_eq!(l.len(), 1, "{l:#?}");
        assert!(l[0].complete);
        assert_eq!(l[0].of.as_deref(), Some("states"));
        assert_eq!(l[0].stated_count.as_ref().map(|c| c.value), Some(4));
        assert_eq!(l[0].items.len(), 4);
        // No count, a count of another length or of another kind, or no conjunction
        // closing the series: no list.
        for text in [
            "Pears recalled\n\nThe pears went to Oregon, Idaho, Utah and Nevada.\n",
            "Pears recalled in five states\n\nThe pears went to Oregon, Idaho, Utah and Nevada.\n",
            "Pears recalled in four cities\n\nThe pears went to Oregon, Idaho, Utah and Nevada.\n",
            "Pears recalled in four states\n\nThe pears went to Oregon, Idaho, Utah, Nevada.\n",
        ] {
            assert!(lists(text).is_empty(), "{text}: {:#?}", lists(text));
        }
    }

    #[test]
    fn a_list_without_a_count_takes_the_count_of_the_sentence_most_like_its_introduction() {
        let text = "Warnings\n\n\
            The state sent notices to 40 agencies last year.\n\n\
            Officials said three counties that received warning notices had asked for time.\n\n\
            Later, five counties that received warning notices appealed.\n\n\
            The full list of counties that received warning notices:\n\n\
            - Ada County\n- Gem County\n- Owyhee County\n";
        let l = lists(text);
        assert_eq!(l.len(), 1, "{l:#?}");
        // The second and third sentences share four stems with the introduction, the
        // first only one: the earlier of the two best gives the count.
        let count = l[0].stated_count.as_ref().expect("a count");
        assert_eq!((count.value, count.text.as_str()), (3, "three counties"));
    }

    #[test]
    fn a_cue_after_a_series_may_count_the_whole_set() {
        let l = lists("Suit\n\nArizona and Kansas are among seven states suing the agency.\n");
        assert_eq!(l.len(), 1, "{l:#?}");
        assert!(!l[0].complete);
        let count = l[0].stated_count.as_ref().expect("a count");
        assert_eq!((count.value, count.text.as_str()), (7, "seven states"));
    }

    #[test]
    fn a_count_of_people_is_no_count_of_a_list_of_places() {
        // The lead shares "wildfire" and "burned" with the sentence of the list, but it
        // counts the dead: neither the prose list nor the bulleted one takes it.
        for text in [
            "Fire\n\nThe wildfire burned homes and killed two people, officials said.\n\n\
             The wildfire burned land in Lake and Napa counties.\n",
            "Fire\n\nThe wildfire burned homes and killed two people, officials said.\n\n\
             The wildfire burned land in:\n\n- Ada County\n- Gem County\n",
        ] {
            let l = lists(text);
            assert_eq!(l.len(), 1, "{text}: {l:#?}");
            assert_eq!(l[0].stated_count, None, "{text}");
        }
        // A count of counties still counts them.
        let l = lists(
            "Fire\n\nThe wildfire burned homes in two counties, officials said.\n\n\
             The wildfire burned land in Lake and Napa counties.\n",
        );
        assert_eq!(l[0].stated_count.as_ref().map(|c| c.value), Some(2));
    }

    #[test]
    fn shared_stems_counts_what_the_stem_sets_share() {
        let intro =
            stems("The full list of jurisdictions that received Justice Department letters");
        for text in [
            "Officials in 23 jurisdictions received letters from the department.",
            "The LETTERS, received Tuesday, listed jurisdictions; letters again.",
            "Nothing in common here at all, 2018.",
            "Zoë Ångström received the jurisdictional Ñotices from Justice.",
            "",
        ] {
            assert_eq!(
                shared_stems(text, &intro),
                stems(text).intersection(&intro).count(),
                "{text}"
            );
        }
    }

    #[test]
    fn bulleted_list_after_the_following_is_complete_with_its_count() {
        let l = lists(
            "Headline\n\nThe agency fined 3 towns on Friday.\n\nThe following towns were fined:\n\n- Dover, Delaware;\n- Boise, Idaho;\n- the state of Iowa.\n",
        );
        assert_eq!(l.len(), 1);
        assert!(l[0].complete);
        assert_eq!(l[0].cue, "the following");
        assert_eq!(
            keys(&l[0]),
            vec!["local:dover:DE", "local:boise:ID", "state:iowa:IA"]
        );
        assert_eq!(l[0].stated_count.as_ref().unwrap().value, 3);
    }

    #[test]
    fn three_or_more_postal_codes_in_a_series_are_states() {
        let l = lists("Alert\n\nCases were reported from 4 states: AZ, CA, OR and WA.\n");
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(
            keys(&l[0]),
            vec![
                "state:arizona:AZ",
                "state:california:CA",
                "state:oregon:OR",
                "state:washington:WA"
            ]
        );
        // Two codes are no series of them: a town and its state, as before.
        let l = lists("Alert\n\nThe agency fined 2 towns: Tempe, AZ and Boise, ID.\n");
        assert_eq!(keys(&l[0]), vec!["local:tempe:AZ", "local:boise:ID"]);
    }

    #[test]
    fn unknown_names_after_a_noun_of_places_are_places() {
        // Right before a colon: "the following counties:", the names unknown to the
        // gazetteer; names that read as people's are not.
        let l = lists(
            "Storm\n\nGov. Ann Lee declared an emergency for the following counties: Ashby, Pine Hollow, Tolland and Marrow.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].complete);
        assert_eq!(l[0].items.len(), 4);
        let people = lists(
            "Storm\n\nThe governor later toured the flooded counties: Ann Lee, Tom Hale and Mary Park spoke.\n",
        );
        assert!(
            people.iter().all(|l| l.of.as_deref() != Some("counties")),
            "{people:?}"
        );
        // Before "including", past the weekday of the act.
        let l = lists(
            "Storm\n\nGov. Ann Lee declared an emergency for a dozen counties on Tuesday, including Ashby, Tolland and Marrow.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(!l[0].complete);
        assert_eq!(l[0].items.len(), 3);
    }

    #[test]
    fn those_who_joined_and_some_among_a_set_are_partial_lists() {
        let joined = lists("Suit\n\nThe suit was joined by Ohio, Iowa and Utah.\n");
        assert_eq!(joined.len(), 1);
        assert_eq!(
            (joined[0].complete, joined[0].cue.as_str()),
            (false, "joining")
        );
        let among = lists("Suit\n\nAmong the states suing are Ohio, Iowa and Utah.\n");
        assert_eq!((among[0].complete, among[0].cue.as_str()), (false, "among"));
        // People who joined, and "among" without a set noun, make no list.
        assert!(
            lists("Suit\n\nThe mayor was joined by Sen. Ann Lee and Rep. Bob Ray.\n").is_empty()
        );
        assert!(lists("Suit\n\nAmong the winners were Ohio and Iowa.\n").is_empty());
    }

    #[test]
    fn a_tables_header_names_the_kind_of_its_places_and_is_no_place() {
        let table = lists(
            "Suit\n\nThe coalition:\n\nState | AG\nOhio | Dave Yost\nIowa | Brenna Bird\nUtah | Derek Brown\n",
        );
        assert_eq!(
            keys(&table[0]),
            ["state:ohio:OH", "state:iowa:IA", "state:utah:UT"]
        );
        // A total row is no place.
        let table = lists(
            "Outbreak\n\nCases by state:\n\nState | Cases\nOhio | 7\nIowa | 4\nUtah | 2\nTotal | 13\n",
        );
        assert_eq!(
            keys(&table[0]),
            ["state:ohio:OH", "state:iowa:IA", "state:utah:UT"]
        );
        assert!(names_a_kind("County") && names_a_kind("State"));
        assert!(!names_a_kind("Ada"));
    }

    #[test]
    fn a_bullet_item_may_describe_its_place_after_a_comma_or_a_dash() {
        let l = lists(
            "Headline\n\nThe order names these towns:\n\n- Abilene, Kansas, whose report came three weeks late\n- Lindsborg, Kansas\n- Cairo, Illinois — the smallest of them\n- Boise Police Department\n",
        );
        assert_eq!(l.len(), 1);
        assert_eq!(
            keys(&l[0]),
            vec!["local:abilene:KS", "local:lindsborg:KS", "local:cairo:IL"]
        );
    }

    #[test]
    fn a_line_of_bare_names_under_a_heading_in_capitals() {
        assert_eq!(
            capitals_label("DECLARED COUNTIES Adams, Berks, York"),
            Some(18)
        );
        assert_eq!(capitals_label("Declared counties Adams, Berks"), None);
        assert_eq!(capitals_label("A ONE TWO THREE FOUR FIVE Adams"), None);
        assert!(is_bare_series("Adams, Berks, Cumberland, Dauphin"));
        assert!(is_bare_series("Ada, Gem and Owyhee"));
        // Two names; a sentence; a name of four words.
        for line in [
            "Adams, Berks",
            "Adams, Berks and others were hit",
            "Adams, Berks, Big Sandy River Valley",
        ] {
            assert!(!is_bare_series(line), "{line}");
        }
        let l = lists(
            "Headline\n\nCOUNTIES UNDER DECLARATION\n\nBurt, Cass, Dodge, Saunders, Washington\n",
        );
        assert_eq!(l.len(), 1);
        let names = displays(&l[0]);
        assert_eq!(
            names,
            [
                "Burt County",
                "Cass County",
                "Dodge County",
                "Saunders County",
                "Washington County"
            ]
        );
    }

    #[test]
    fn including_makes_a_partial_list_and_stops_at_non_places() {
        let l = lists(
            "Headline\n\nLetters went to 12 cities, including Boise, Tulsa and Akron, Ohio, on Monday, officials said.\n",
        );
        assert_eq!(l.len(), 1);
        assert!(!l[0].complete);
        assert_eq!(
            keys(&l[0]),
            vec!["local:boise:ID", "local:tulsa:OK", "local:akron:OH"]
        );
        assert_eq!(l[0].stated_count.as_ref().unwrap().value, 12);
        assert_eq!(l[0].of.as_deref(), Some("cities"));
    }

    #[test]
    fn and_other_cue_reads_the_list_before_it() {
        let l = lists(
            "Headline\n\nIn letters to Tulsa, Omaha and other jurisdictions, the agency asked for records.\n",
        );
        assert_eq!(l.len(), 1);
        assert_eq!(keys(&l[0]), vec!["local:tulsa:OK", "local:omaha:NE"]);
        assert_eq!(l[0].of.as_deref(), Some("jurisdictions"));
        let l = lists("Headline\n\nBoise and more than a dozen other river towns were warned.\n");
        assert_eq!(keys(&l[0]), vec!["local:boise:ID"]);
    }

    #[test]
    fn plural_kind_words_distribute_over_names() {
        let l = lists(
            "Headline\n\nIt cited several counties including Yolo and Placer counties in California and the entire states of Iowa, Ohio and Utah.\n",
        );
        assert_eq!(
            keys(&l[0]),
            vec![
                "county:yolo:CA",
                "county:placer:CA",
                "state:iowa:IA",
                "state:ohio:OH",
                "state:utah:UT"
            ]
        );
    }

    #[test]
    fn one_sentence_of_cities_counties_and_states_is_one_partial_list() {
        let l = lists(
            "Headline\n\nIt wants records from Tulsa, Omaha and Boise, among other cities, several counties including Dane County in Wisconsin and Yolo, Placer and Napa counties in California and the entire states of Iowa, Ohio and Utah.\n",
        );
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].items.len(), 10, "{:?}", keys(&l[0]));
    }

    #[test]
    fn a_place_naming_whose_mayor_is_no_member() {
        let l = lists("Headline\n\nSeveral mayors, including Omaha Mayor Jean Doe, stayed away.\n");
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn colon_and_semicolon_series_are_complete() {
        let l = lists(
            "Headline\n\nThe towns were: Dover, Del.; Boise, Idaho; Tulsa, Okla. and the state of Iowa.\n",
        );
        assert!(l[0].complete);
        assert_eq!(l[0].items.len(), 4);
        let l = lists(
            "Headline\n\nThe fines went to Dover, Del.; Boise, Idaho; Tulsa, Okla.; and Akron, Ohio.\n",
        );
        assert!(l[0].complete);
        assert_eq!(l[0].cue, "semicolon series");
        assert_eq!(l[0].items.len(), 4);
        // A town abroad is named with its country.
        let l = lists(
            "Headline\n\nThe plants are in Dover, Del.; Boise, Idaho; Tulsa, Okla.; and Juarez, Mexico.\n",
        );
        assert_eq!(l[0].items.len(), 4);
        assert_eq!(l[0].items[3].place.display, "Juarez, Mexico");
        // A series that goes on with a name it cannot read is no whole list.
        let l = lists(
            "Headline\n\nThe fines went to Dover, Del.; Boise, Idaho; Tulsa, Okla.; and Pine Hollow.\n",
        );
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn a_count_of_part_that_closes_a_colon_lists_introduction_counts_its_items() {
        // "five of our libraries:" counts the five named after the colon; the names are
        // no known places, so without the count there is no list.
        let l = lists(
            "Headline\n\nThe board voted to close three of our libraries: Northgate, Birch Hill and Fenwick.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].stated_count.as_ref().map(|c| c.value), Some(3));
        assert_eq!(l[0].items.len(), 3);
    }

    #[test]
    fn a_labelled_series_in_a_bullet_of_facts_is_a_list() {
        let l = lists(
            "Headline\n\nWhat to know:\n\n* States: Arizona, Nevada, Utah and Washington\n* Lot codes: HC2531 through HC2538\n* Suspects: Ann Lee, Bo Tran and Cy Moss\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].complete);
        assert_eq!(l[0].cue, "colon list");
        assert_eq!(l[0].items.len(), 4);
    }

    #[test]
    fn a_count_of_things_far_before_in_does_not_place_them() {
        let l = lists(
            "Headline\n\nDetectives arrested three people in connection with at least 41 thefts reported in Maple Grove, Brooklyn Park and Plymouth.\n",
        );
        assert!(l.is_empty(), "{l:?}");
        let l = lists(
            "Headline\n\nThe company will close three plants in Dayton, Muncie and Joplin.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
    }

    #[test]
    fn a_series_ending_in_a_country_with_its_article_and_the_signers_of_a_pact() {
        let l = lists(
            "Headline\n\nThe signatories are Canada, Denmark, Norway and the United Kingdom.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].items.len(), 4);
        let l = lists(
            "Headline\n\nThe agreement, signed by Canada, Denmark, Finland and the United States, sets a target.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].complete);
        assert_eq!(l[0].items.len(), 4);
        // Signed by people, or by one party: no list.
        assert!(
            lists("Headline\n\nThe bill was signed by Gov. Ann Lee and Sen. Bo Park.\n").is_empty()
        );
    }

    #[test]
    fn places_without_a_cue_make_no_list() {
        let l = lists(
            "Headline\n\nLawsuits are pending in Boise, Tulsa and Iowa over the rule. The mayor of Akron, Ohio, spoke.\n",
        );
        assert!(l.is_empty());
    }

    #[test]
    fn state_or_city_names_follow_their_neighbours() {
        let l = lists("Headline\n\nThe cities include Washington, Boise and Tulsa.\n");
        assert_eq!(l[0].items[0].place.key, "local:washington:DC");
        let l = lists("Headline\n\nThe states include Washington, Iowa and Utah.\n");
        assert_eq!(l[0].items[0].place.key, "state:washington:WA");
    }

    #[test]
    fn a_subject_with_a_modifier_says_bare_names_are_places() {
        let items = |text: &str| {
            lists(&format!("Headline\n\n{text}\n"))
                .iter()
                .map(|l| (l.of.clone(), l.items.len()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            items("Other counties receiving money include Adair, Boone, Clay and Polk."),
            [(Some("counties".to_string()), 4)]
        );
        assert_eq!(
            items("Cities that got letters include Dalton, Elk Ridge and Pine Bluff."),
            [(Some("cities".to_string()), 3)]
        );
        // A modifier that names the others, and a subject of people, make no list.
        assert_eq!(
            items("Counties left out include Adair, Boone and Clay."),
            []
        );
        assert_eq!(
            items("Counties that did not apply include Adair, Boone and Clay."),
            []
        );
        assert_eq!(
            items("Officials receiving money include Adair, Boone and Clay."),
            []
        );
    }
}
