//! Lists of people: "The four charged are Ann Lee, 24, of Dalton; Tom Hale, 31,
//! of Ashby; …", "Police have charged four people: Ann Lee, Tom Hale and Bo Park",
//! "The victims were identified as …", "including Ann Lee and Tom Hale". Outlets that
//! name the same set of people by different names (one writes "Bo Parks" for
//! "Bo Park") disagree as lists of places do, and are compared by the same code.
//!
//! A list is two or more names the people finder found in full (a first and a last
//! name), one after another in a sentence, with only a separator between them (", ",
//! "; ", " and ") and at most an apposition after each (", 24", ", of Dalton", " (R)").
//! The lead-in before the first name must say it is a list
//! (`data/people_list_cues.tsv`): "are", "were identified as", a colon (the whole
//! set), or "including" (a part). A series with no lead-in ("Ann Lee and Tom Hale
//! were charged") is not read: the sentence may go on to name others.
//!
//! A bulleted list after such a lead-in ("Those arrested:") is read too, one name a
//! bullet. The people finder reads prose only, so a bullet's name is read from the
//! item itself.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::people::People;
use crate::canon::numbers::parse_number;
use crate::model::{Claim, ListClaim, ListItem, Place, PlaceKind, StatedCount};
use crate::text::normalize::fold_name;
use crate::text::{Doc, pattern};

/// `data/people_list_cues.tsv`: lead-in endings, longest first, and whether each opens
/// the whole set.
static CUES: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    let mut v: Vec<(&str, bool)> =
        crate::data::lines(include_str!("../../data/people_list_cues.tsv"))
            .filter_map(|l| {
                let (p, k) = l.split_once('\t')?;
                Some((p.trim(), k.trim() == "complete"))
            })
            .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// What may stand after a name in a list: an age, a home town, a party ("Ann Lee, 24,
/// of Dalton", "Tom Hale (R)", "Bo Park, from Ashby").
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?:,[ \t]*\d{1,3}\b)?(?:,?[ \t]*(?:of|from)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Z][a-z]+\.?)?)?(?:[ \t]*\([^)\n]{1,30}\))?",
    )
    .unwrap()
});

/// What may stand between two items of a list once the first's apposition is read.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$").unwrap()
});

/// A count of the people before the list: "four people", "The four charged", "three
/// victims".
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    let number = crate::canon::numbers::number_pattern();
    pattern::compile(&format!(r"(?i)\b(?P<n>{number})[ \t]+(?P<noun>[a-z]+)\b")).unwrap()
});

/// The words a list of people may be said to be of, after its count or "Those"
/// ("people", "victims", "charged"): a lowercase word of letters.
fn set_word(lead: &str) -> Option<String> {
    let lower = lead.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // "The four charged are", "Those arrested were": the word after the count or
    // "those"; else the last noun of people ("The victims were identified as").
    words
        .windows(2)
        .rev()
        .find(|w| {
            (parse_number(w[0]).is_some() || w[0] == "those")
                && !matches!(w[1], "are" | "were" | "of" | "and")
        })
        .map(|w| w[1].to_string())
        .or_else(|| {
            words
                .iter()
                .rev()
                .find(|w| super::facts::is_people_noun(w))
                .map(|w| w.to_string())
        })
}

/// Most words a cue's "…" stands for ("identified the dead as", "Among those honored
/// for 25 years of service were").
const MAX_GAP_WORDS: usize = 8;

/// Whether a lowercase lead-in ends with a cue of `data/people_list_cues.tsv`: at a
/// word's start, or for a cue with "…", its head a few words before its tail.
fn ends_with_cue(lower: &str, cue: &str) -> bool {
    let at_word = |head: &str| head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric());
    if let Some((head, tail)) = cue.split_once(" … ") {
        let Some(rest) = lower.strip_suffix(tail).filter(|r| r.ends_with(' ')) else {
            return false;
        };
        let words: Vec<&str> = rest
            .split_whitespace()
            .rev()
            .take(MAX_GAP_WORDS + 1)
            .collect();
        return words.iter().skip(1).any(|w| *w == head)
            && words.first().is_some_and(|w| *w != head);
    }
    lower
        .strip_suffix(cue)
        .is_some_and(|head| cue.starts_with(':') || at_word(head))
}

/// The cue a lead-in ends with, titles before the first name aside ("Voting in favor
/// were council members" ends in "were"), and whether it opens the whole set.
fn cue_of(lead: &str) -> Option<(&'static str, bool)> {
    let lower = untitled(lead.trim_end()).to_lowercase();
    let cue = CUES
        .iter()
        .find(|(c, _)| ends_with_cue(&lower, c))
        .copied()?;
    (!labels_things(&lower, cue.0)).then_some(cue)
}

/// Whether a lead-in ends by counting things: a number, then a plural that is no noun
/// of people nor a title, before a colon ("departing four airports:"; not "four
/// victims:" or "three council members:"). What it counts is what the names are,
/// unless each reads as a person's whole name ("two suspects: Ann Lee and Tom Hale").
fn counts_things(lead: &str) -> bool {
    let lower = untitled(lead.trim_end()).to_lowercase();
    let Some(head) = lower.strip_suffix(':') else {
        return false;
    };
    let mut words = head
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let (Some(noun), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    crate::canon::numbers::is_number_lower(number)
        && super::facts::looks_plural(noun)
        && !super::facts::is_people_noun(noun)
        && !is_title_word(noun)
}

/// `data/thing_labels.txt`: words that say a series of names is of things.
static THING_LABELS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/thing_labels.txt")).collect());

/// Whether one of the last words before a lead-in's cue says the names are of things:
/// "brand name:", "the brands are" (`data/thing_labels.txt`). "The store's owners are"
/// names people.
fn labels_things(lower: &str, cue: &str) -> bool {
    let head = lower.strip_suffix(cue).unwrap_or(lower);
    head.split_whitespace()
        .rev()
        .take(THING_LABEL_REACH)
        .any(|w| THING_LABELS.contains(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Most words before a cue read for a label of things ("brand name").
const THING_LABEL_REACH: usize = 2;

/// Adds a member unless the list already names that person.
fn push_new(items: &mut Vec<ListItem>, item: ListItem) {
    if !items.iter().any(|x| x.place.key == item.place.key) {
        items.push(item);
    }
}

/// Most title words read off the end of a lead-in ("council members").
const MAX_TITLE_WORDS: usize = 3;

/// A lead-in without the title words at its end: "Voting in favor were council
/// members" is "Voting in favor were".
fn untitled(lead: &str) -> &str {
    let mut end = lead.len();
    for _ in 0..MAX_TITLE_WORDS {
        let head = lead[..end].trim_end();
        let start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        if !is_title_word(&head[start..]) {
            break;
        }
        end = start;
    }
    lead[..end].trim_end()
}

/// Whether a word is a title or its plural ("council", "members", "Sens.").
pub fn is_title_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.trim_end_matches('.');
    let one = bare.strip_suffix('s').unwrap_or(bare);
    [bare, one]
        .iter()
        .any(|w| super::people::is_role_word(w) || super::people::is_honorific(w))
}

/// A list's members as items, one per person named (a person named twice is one).
/// A name whose first word is another listed person's surname ("Defense counsel: Marc
/// Dubois, Dubois Carr") is a firm named for that person, not a second person.
fn items_of(doc: &Doc, people: &People, mentions: &[&super::people::Mention]) -> Vec<ListItem> {
    let mut items = Vec::new();
    for m in mentions {
        let p = &people.persons[m.person];
        let Some(first_name) = p.first.as_deref() else {
            continue;
        };
        let firm = mentions.iter().any(|o| {
            o.person != m.person
                && people.persons[o.person]
                    .last
                    .eq_ignore_ascii_case(first_name)
        });
        if firm {
            continue;
        }
        push_new(
            &mut items,
            person_item(doc, m.range.clone(), (first_name, &p.last), &p.name),
        );
    }
    items
}

/// `data/roster_verbs.tsv`: what follows the names of one side's voters, with the set
/// they are.
static ROSTER_VERBS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/roster_verbs.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// Lists of those who voted one way: names in full, one after another, right before
/// a word of `data/roster_verbs.tsv` ("Directors Ann Lee and Tom Hale voted no", "Only
/// board member Ann Lee voted no"). The list is whole when "only" opens it, or when a
/// tally of the vote in the article counts as many on that side ("voted 7-2"); a part
/// of the side otherwise, and then only of two names or more.
fn vote_rosters(
    doc: &Doc,
    people: &People,
    full: &[&super::people::Mention],
    votes: &[Claim],
) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let mut out = Vec::new();
    if full.is_empty() {
        return out;
    }
    // Where a word of voting stands: a name is read only when one follows it closely.
    // Most articles tell no vote.
    let mut cues: Vec<usize> = VOT
        .find_iter(text.as_bytes())
        .chain(DISSENT.find_iter(text.as_bytes()))
        .collect();
    if cues.is_empty() {
        return out;
    }
    cues.sort_unstable();
    // The article's one tally, as `super::votes` read it ("voted 7-2", "The vote was
    // 6-3"). A roster is of the article's one vote: with two tallies ("voted 6-1 to
    // raise fees", "The budget passed 5-2") a name may have voted no on either.
    let one = match Tally::of(votes) {
        Tally::Several => return out,
        Tally::None => None,
        Tally::One(vote, yes, no) => Some((vote, yes, no)),
    };
    for (k, m) in full.iter().enumerate() {
        let next = cues.partition_point(|&c| c < m.range.end);
        if cues
            .get(next)
            .is_none_or(|&c| c > m.range.end + ROSTER_REACH)
        {
            continue;
        }
        let after = &text[m.range.end..];
        let rest = &after[APPOSITION.find(after).map_or(0, |a| a.end())..];
        let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
        let Some(&(verb, set)) = ROSTER_VERBS.iter().find(|(v, _)| {
            rest.get(..v.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(v))
                && !rest[v.len()..].starts_with(char::is_alphanumeric)
        }) else {
            continue;
        };
        // Back over the names before it with only a separator between.
        let mut first = k;
        while first > 0 {
            let gap = &text[full[first - 1].range.end..full[first].range.start];
            let gap = &gap[APPOSITION.find(gap).map_or(0, |a| a.end())..];
            if !SEPARATOR.is_match(gap) {
                break;
            }
            first -= 1;
        }
        let run = &full[first..=k];
        let items = items_of(doc, people, run);
        if items.is_empty() {
            continue;
        }
        let sentence = doc
            .sentences
            .iter()
            .find(|s| s.range.start <= m.range.start && m.range.end <= s.range.end);
        let Some(sentence) = sentence else { continue };
        let lead = &text[sentence.range.start..run[0].range.start];
        let only = lead
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("only"));
        let side = side_count(one, set);
        let complete = only
            || side
                .as_ref()
                .is_some_and(|c| c.value as usize == items.len());
        // One name of a side that may hold more ("Ann Lee voted no", of a 9-6 vote)
        // says too little to compare.
        if items.len() < 2 && !complete {
            continue;
        }
        let end = m.range.end + (after.len() - rest.len()) + verb.len();
        out.push((
            sentence.range.start..end,
            ListClaim {
                complete,
                cue: verb.to_string(),
                of: Some(set.to_string()),
                stated_count: side,
                items,
            },
        ));
    }
    out
}

/// The count the article's one tally gives the side of a vote a list names ("no votes"
/// or "yes votes"), as that list's stated count.
fn side_count(one: Option<(&Claim, u64, u64)>, set: &str) -> Option<StatedCount> {
    one.map(|(vote, yes, no)| StatedCount {
        value: if set == "no votes" { no } else { yes },
        text: vote.text.clone(),
        span: vote.span,
    })
}

/// `data/roll_call_votes.tsv`: a roll call's labels of one side, with the set each
/// names.
static ROLL_CALL: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<(&str, &str)> =
        crate::data::lines(include_str!("../../data/roll_call_votes.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .collect();
    v.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    v
});

/// Bytes of a line's start that can hold a roll call's label and its colon.
const ROLL_LABEL_BYTES: usize = 20;

/// The label of a roll call's side at the start of a line ("Ayes: ", "NAYS (2): "):
/// the set it names and the length of the label, colon and blanks.
fn roll_call_label(line: &str) -> Option<(&'static str, usize)> {
    let head = &line.as_bytes()[..line.len().min(ROLL_LABEL_BYTES)];
    memchr::memchr(b':', head)?;
    ROLL_CALL.iter().find_map(|&(label, set)| {
        let rest = line
            .get(..label.len())
            .filter(|w| w.eq_ignore_ascii_case(label))
            .map(|_| &line[label.len()..])?;
        // A count in brackets may stand before the colon: "Ayes (5):".
        let counted = rest.trim_start();
        let counted = match counted.strip_prefix('(') {
            Some(c) => c
                .trim_start_matches(|ch: char| ch.is_ascii_digit())
                .strip_prefix(')')?,
            None => counted,
        };
        let after = counted.strip_prefix(':')?;
        Some((set, line.len() - after.trim_start().len()))
    })
}

/// A roll-call vote in minutes, a side to a line: "Ayes: Lee, Hale, Park" over "Nays:
/// Cole, Ortiz". Each side is the whole list of those who voted that way. Names may be
/// last names alone: each is the article's person of that name, named in full
/// elsewhere ("Members present: Ann Lee, …"); a side with a name that is no such
/// person, or with anything but names, is not read.
fn roll_calls(doc: &Doc, people: &People, votes: &[Claim]) -> Vec<(Range<usize>, ListClaim)> {
    use crate::text::BlockKind;
    let text = &doc.norm.text;
    let mut out = Vec::new();
    let one = match Tally::of(votes) {
        Tally::One(vote, yes, no) => Some((vote, yes, no)),
        _ => None,
    };
    for b in &doc.blocks {
        if !matches!(
            b.kind,
            BlockKind::Prose | BlockKind::Heading | BlockKind::Bullet
        ) {
            continue;
        }
        for line in doc.block_lines(b.range.clone()) {
            let start = line.start;
            let line = &text[line];
            let Some((set, label_len)) = roll_call_label(line) else {
                continue;
            };
            let names = start + label_len..start + line.trim_end().trim_end_matches('.').len();
            if let Some(items) = roll_call_items(doc, people, names.clone()) {
                let side = side_count(one, set);
                out.push((
                    start..names.end,
                    ListClaim {
                        complete: true,
                        cue: "roll call".to_string(),
                        of: Some(set.to_string()),
                        stated_count: side,
                        items,
                    },
                ));
            }
        }
    }
    out
}

/// What stands between the names of a roll call's side: a comma or semicolon, "and".
static ROLL_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+").unwrap());

/// The members of a roll call's side (`names`, a range of the text): each item between
/// separators is a person the article names, after titles if any ("Trustee Lee"); none
/// if any item is not one.
fn roll_call_items(doc: &Doc, people: &People, names: Range<usize>) -> Option<Vec<ListItem>> {
    let text = &doc.norm.text;
    let first = people
        .mentions
        .partition_point(|m| m.range.start < names.start);
    let mentions = &people.mentions[first..];
    let mut pieces = Vec::new();
    let mut from = names.start;
    for sep in ROLL_SEPARATOR.find_iter(&text[names.clone()]) {
        pieces.push(from..names.start + sep.start());
        from = names.start + sep.end();
    }
    pieces.push(from..names.end);
    let mut items = Vec::new();
    for piece in pieces {
        let m = mentions
            .iter()
            .take_while(|m| m.range.start < piece.end)
            .find(|m| m.range.end == piece.end && m.range.start >= piece.start)?;
        let titles = &text[piece.start..m.range.start];
        if !titles.split_whitespace().all(is_title_word) {
            return None;
        }
        let p = &people.persons[m.person];
        let first_name = p.first.as_deref()?;
        push_new(
            &mut items,
            person_item(doc, m.range.clone(), (first_name, &p.last), &p.name),
        );
    }
    (!items.is_empty()).then_some(items)
}

/// Searches for the words of voting ("voted", "vote", "dissented").
static VOT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("vot"));
static DISSENT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("dissent"));

/// Bytes after a name within which a word of voting must start for the name to open
/// a roster's verb (past an apposition: ", 24, of Dalton,", "(D)").
const ROSTER_REACH: usize = 60;

/// What an article tallies of votes: none, one vote (its claim, yes votes, no votes),
/// or several.
enum Tally<'c> {
    None,
    One(&'c Claim, u64, u64),
    Several,
}

impl<'c> Tally<'c> {
    /// From the article's vote claims: their distinct tallies (a vote called
    /// unanimous with no tally counts none).
    fn of(votes: &'c [Claim]) -> Tally<'c> {
        let mut one: Option<(&Claim, u64, u64)> = None;
        for c in votes {
            let Some(v) = c.as_vote().filter(|v| !v.unanimous) else {
                continue;
            };
            let (yes, no) = (u64::from(v.in_favor), u64::from(v.against));
            match one {
                None => one = Some((c, yes, no)),
                Some((_, y, n)) if (y, n) == (yes, no) => {}
                Some(_) => return Tally::Several,
            }
        }
        one.map_or(Tally::None, |(c, yes, no)| Tally::One(c, yes, no))
    }
}

/// A member of a list of people: the name as written at `range`, keyed by last name,
/// then first ("person:park:bo"), so that a middle name or initial changes nothing.
fn person_item(
    doc: &Doc,
    range: Range<usize>,
    (first, last): (&str, &str),
    display: &str,
) -> ListItem {
    ListItem {
        text: doc.words(&range),
        span: doc.span(&range),
        place: person_place((first, last), display),
    }
}

/// A person as a list member, keyed by last name, then first ("person:park:bo").
pub fn person_place((first, last): (&str, &str), display: &str) -> Place {
    Place {
        name: format!("{first} {last}"),
        kind: PlaceKind::Person,
        state: None,
        display: display.to_string(),
        key: format!("person:{}:{}", fold_name(last), fold_name(first)),
    }
}

/// A count of people in a lead-in ("four people", "three victims", "The four
/// charged", "the three defendants", whose noun the list is of); "for 25 years of
/// service" counts none. `at` is where the lead-in starts.
fn people_count(doc: &Doc, lead: &str, at: usize) -> Option<StatedCount> {
    let set = set_word(lead);
    pattern::captures(&COUNT, lead)
        .filter(|c| {
            let noun = c["noun"].to_lowercase();
            super::facts::is_people_noun(&noun)
                || noun.ends_with("ed")
                || set.as_deref() == Some(noun.as_str())
        })
        .filter_map(|c| {
            let m = c.get(0).unwrap();
            let value = parse_number(&c["n"])?;
            let r = at + m.start()..at + m.end();
            Some(StatedCount {
                value,
                text: doc.words(&r),
                span: doc.span(&r),
            })
        })
        .last()
}

/// A count right before a dash ("said three inmates — Ann Lee, 29, Tom Hale, 41, and
/// Bo Park, 35 —"): the dash opens the names of the set just counted, when its noun
/// is one of people or it counts as many as are named. A dash after anything else
/// ("The mayor — Ann Lee — and Tom Hale") opens no list.
fn counted_before_a_dash(lead: &str, named: usize) -> bool {
    let Some(head) = lead
        .trim_end()
        .strip_suffix(['—', '–'])
        .or_else(|| lead.trim_end().strip_suffix("--"))
    else {
        return false;
    };
    let head = head.trim_end();
    pattern::captures(&COUNT, head).last().is_some_and(|c| {
        c.get(0).is_some_and(|m| m.end() == head.len())
            && (super::facts::is_people_noun(&c["noun"].to_lowercase())
                || parse_number(&c["n"]).is_some_and(|n| n == named as u64))
    })
}

/// A list of people: its lead-in (and where it starts), the cue found in it (a colon
/// named `colon` in the claim) and whether it opens the whole set, and its items. Its
/// count is one of people in the lead-in ("four people", "The four charged"; "for 25
/// years of service" counts none).
fn list_claim(
    doc: &Doc,
    (lead, at): (&str, usize),
    (cue, complete): (&str, bool),
    colon: &str,
    items: Vec<ListItem>,
) -> ListClaim {
    ListClaim {
        complete,
        cue: if cue == ":" { colon } else { cue }.to_string(),
        of: set_word(lead).or_else(|| Some("people".to_string())),
        stated_count: people_count(doc, lead, at),
        items,
    }
}

/// A bullet item's name: two or three capitalized words at its start ("Ann Lee",
/// "Ann Marie Lee"), an initial between allowed.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}\b").unwrap()
});

/// What a bullet may say of its person after a dash or a colon ("- Ann Lee, 24, of
/// Dalton — held on burglary charges", "- Tom Hale: six years"): the name still opens
/// the item.
static AFTER_A_DASH: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^[ \t]*(?:[—–:]|-{1,2}[ \t])").unwrap());

/// Bulleted lists of people: an introduction that ends in a cue ("Those charged:",
/// "The victims are:") and items that are each a name in full with at most an
/// apposition after it ("- Ann Lee, 24, of Dalton").
fn bulleted(doc: &Doc) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let mut out = Vec::new();
    for block in &doc.bullets {
        let Some(intro) = block.intro else { continue };
        let intro_range = doc.blocks[intro].range.clone();
        let lead = &text[intro_range.clone()];
        let Some((cue, complete)) = cue_of(lead) else {
            continue;
        };
        let mut items: Vec<ListItem> = Vec::new();
        for &i in &block.items {
            let r = doc.blocks[i].range.clone();
            if let Some((item, _)) = person_on_a_line(doc, &text[r.clone()], r.start) {
                push_new(&mut items, item);
            }
        }
        // Most items must be names: a list of places or things is none.
        if items.len() < 2 || items.len() * 5 < block.items.len() * 3 {
            continue;
        }
        let last = doc.blocks[*block.items.last().unwrap()].range.end;
        out.push((
            intro_range.start..last,
            list_claim(
                doc,
                (lead, intro_range.start),
                (cue, complete),
                "bulleted list",
                items,
            ),
        ));
    }
    out
}

/// A line's person, when the line opens with a name in full that reads as a person's,
/// followed by at most an apposition and words after a dash or a colon ("Ann
/// Lee, 24, of Dalton"). `at` is where the line starts in the text.
fn person_on_a_line(doc: &Doc, line: &str, at: usize) -> Option<(ListItem, usize)> {
    let name = NAME.find(line)?;
    let words: Vec<&str> = name.as_str().split(' ').collect();
    let personal = words.iter().all(|w| {
        !super::people::is_org_word(w)
            && !super::people::is_place_name_end(w)
            && !super::people::is_not_name(w)
    }) && crate::canon::places::parse_place_at(&doc.norm.text, at)
        .is_none_or(|p| !p.confident);
    let rest = &line[name.end()..];
    let rest = &rest[APPOSITION.find(rest).map_or(0, |a| a.end())..];
    let bare = rest
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '.'))
        .is_empty()
        || AFTER_A_DASH.is_match(rest);
    (personal && bare).then(|| {
        let names = (words[0], words[words.len() - 1]);
        (
            person_item(doc, at..at + name.end(), names, name.as_str()),
            at + name.end(),
        )
    })
}

/// A line's label of people, in capitals, and where the rest starts: "ARRESTED: Ann
/// Lee, 24" is "ARRESTED".
static LINE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^(?P<label>[A-Z][A-Z ]{2,30}[A-Z]):[ \t]+").unwrap());

/// Reads a line's person at a text offset: the member and where its name ends.
type LineReader<'a> = dyn Fn(usize, &str) -> Option<(ListItem, usize)> + 'a;

/// Names one a line, with no bullet: after a line that ends in a cue ("Those
/// arrested:" then "Ann Lee, 24, of Dalton" a line), or each behind the same
/// label in capitals ("ARRESTED: Ann Lee, 24, of Dalton" a line: the whole set of
/// that label). Lines of debris are not read.
fn one_a_line(doc: &Doc) -> Vec<(Range<usize>, ListClaim)> {
    // Most articles have neither a line that ends in a colon nor one that opens with a
    // label in capitals: they are passed over before any line is mapped.
    // Read from each colon, the rarer byte.
    let bytes = doc.article.text.as_bytes();
    let may_open = |colon: usize| {
        let ends_line = bytes[colon + 1..]
            .iter()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\r'))
            .is_none_or(|&b| b == b'\n');
        let line_start = memchr::memrchr(b'\n', &bytes[..colon]).map_or(0, |p| p + 1);
        ends_line
            || bytes[line_start..colon]
                .iter()
                .take(3)
                .filter(|b| b.is_ascii_uppercase())
                .count()
                == 3
    };
    if !memchr::memchr_iter(b':', bytes).any(may_open) {
        return Vec::new();
    }
    // Lines as the article breaks them: normalizing joins a paragraph's lines.
    let text = &doc.norm.text;
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in doc.article.text.split('\n') {
        let (start, end) = (
            doc.norm.from_original(at),
            doc.norm.from_original(at + line.len()),
        );
        if let Some(l) = text.get(start..end.max(start)) {
            lines.push((start, l.trim_end()));
        }
        at += line.len() + 1;
    }
    let debris = |at: usize| {
        doc.blocks
            .iter()
            .find(|b| b.range.start <= at && at < b.range.end.max(b.range.start + 1))
            .is_some_and(|b| b.kind == crate::text::BlockKind::Boilerplate)
    };
    // The people of the lines from `from` on, each read by `person` (none ends the
    // run), with where the last name ends and the first line after the run.
    let run = |from: usize, person: &LineReader| {
        let mut items: Vec<ListItem> = Vec::new();
        let mut end = 0;
        let mut j = from;
        while let Some(&(at, l)) = lines.get(j) {
            let Some((item, name_end)) = person(at, l).filter(|_| !debris(at)) else {
                break;
            };
            end = name_end;
            push_new(&mut items, item);
            j += 1;
        }
        (items, end, j)
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let (start, line) = lines[k];
        // "ARRESTED: …" on this line and the next ones.
        if let Some(c) = LINE_LABEL.captures(line) {
            let label = c.name("label").unwrap().as_str();
            let labelled = |at: usize, l: &str| {
                let c = LINE_LABEL.captures(l).filter(|c| &c["label"] == label)?;
                let off = c.get(0).unwrap().end();
                person_on_a_line(doc, &l[off..], at + off)
            };
            let (items, end, next) = run(k, &labelled);
            if items.len() >= 2 {
                let mut list = list_claim(doc, ("", start), (":", true), "labelled lines", items);
                list.of = Some(label.to_lowercase());
                out.push((start..end, list));
                k = next;
                continue;
            }
        }
        // "Those arrested:" then a name a line.
        if line.ends_with(':') && !debris(start) {
            // The lead-in is the line's last sentence: "Police arrested three people
            // Tuesday. Those arrested:" is "Those arrested:".
            let lead = line
                .rfind(". ")
                .map_or(line, |p| &line[p + 2..])
                .trim_start();
            if let Some((cue, complete)) = cue_of(lead) {
                let (items, end, next) = run(k + 1, &|at, l| person_on_a_line(doc, l, at));
                if items.len() >= 2 {
                    let at = start + (line.len() - lead.len());
                    out.push((
                        at..end,
                        list_claim(doc, (lead, at), (cue, complete), "lines", items),
                    ));
                    k = next;
                    continue;
                }
            }
        }
        k += 1;
    }
    out
}

/// The lists of people of an article, each with its range (lead-in to last name): in
/// prose, bulleted, and one a line.
pub fn people_lists(doc: &Doc, people: &People, votes: &[Claim]) -> Vec<(Range<usize>, ListClaim)> {
    let text = &doc.norm.text;
    let mut out = bulleted(doc);
    out.extend(one_a_line(doc));
    // Mentions in full (two words or more), in text order.
    let full: Vec<&super::people::Mention> = people
        .mentions
        .iter()
        .filter(|m| text[m.range.clone()].split_whitespace().count() >= 2)
        .collect();
    out.extend(vote_rosters(doc, people, &full, votes));
    out.extend(roll_calls(doc, people, votes));
    if full.len() < 2 {
        return out;
    }
    for s in doc.prose_sentences() {
        let first = full.partition_point(|m| m.range.start < s.range.start);
        let inside: Vec<&super::people::Mention> = full[first..]
            .iter()
            .copied()
            .take_while(|m| m.range.end <= s.range.end)
            .collect();
        if inside.len() < 2 {
            continue;
        }
        // Runs of names with only a separator (after an apposition) between them.
        let mut runs: Vec<Vec<&super::people::Mention>> = vec![vec![inside[0]]];
        for pair in inside.windows(2) {
            let gap = &text[pair[0].range.end..pair[1].range.start];
            let rest = &gap[APPOSITION.find(gap).map_or(0, |m| m.end())..];
            if SEPARATOR.is_match(rest) {
                runs.last_mut().unwrap().push(pair[1]);
            } else {
                runs.push(vec![pair[1]]);
            }
        }
        for run in runs.into_iter().filter(|r| r.len() >= 2) {
            let lead = &text[s.range.start..run[0].range.start];
            // "at three hospitals: St. Anselm, Mercy Ridge …": names of institutions.
            if super::lists::tail_of_intro(lead).is_some() {
                continue;
            }
            // "Voting in favor were council members Tom Hale, …": the titles before the
            // first name are no part of the lead-in's cue.
            let Some((cue, complete)) = cue_of(lead)
                .or_else(|| counted_before_a_dash(lead, run.len()).then_some(("dash", true)))
            else {
                continue;
            };
            if counts_things(lead)
                && !run
                    .iter()
                    .all(|m| super::people::as_a_persons_name(&text[m.range.clone()]).is_some())
            {
                continue;
            }
            let items = items_of(doc, people, &run);
            if items.len() < 2 {
                continue;
            }
            let last = run.last().unwrap();
            out.push((
                s.range.start..last.range.end,
                list_claim(
                    doc,
                    (lead, s.range.start),
                    (cue, complete),
                    "colon list",
                    items,
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    /// A list as read: whole or not, of what, its stated count and its members' keys.
    type Read = (bool, Option<String>, Option<u64>, Vec<String>);

    #[test]
    fn those_who_voted_one_way_are_a_list_whole_when_the_tally_or_only_says_so() {
        let got = lists("T\n\nThe board voted 7-2. Directors Ann Lee and Tom Hale voted no.\n");
        assert_eq!(
            got,
            [(
                true,
                Some("no votes".to_string()),
                Some(2),
                vec!["person:lee:ann".to_string(), "person:hale:tom".to_string()]
            )]
        );
        // "with ... voting no", as a clause after the tally writes it.
        let got = lists("T\n\nThe board passed it 7-2, with Ann Lee and Tom Hale voting no.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(got[0].0);
        // Two tallies in one article: which vote a name voted no on is not told.
        assert!(
            lists("T\n\nThe council voted 6-1 to raise fees. The budget passed 5-2. Ann Lee and Tom Hale voted no.\n")
                .is_empty()
        );
        let got = lists("T\n\nThe board voted 8-1. Only board member Ann Lee voted no.\n");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(got[0].0);
        // Two of a side of three: a part of it.
        let got = lists("T\n\nThe council voted 6-3. Ann Lee and Tom Hale voted against it.\n");
        assert!(!got[0].0, "{got:#?}");
        // A tally as the vote reader reads it ("The vote was 6-3.") counts the side too.
        let got = lists(
            "T\n\nThe vote was 6-3. Council members Ann Lee, Tom Hale and Bo Park voted against it.\n",
        );
        assert!(got[0].0, "{got:#?}");
        assert_eq!(got[0].2, Some(3));
        // One name of a larger side is no list.
        assert!(lists("T\n\nThe council voted 9-6. Alderman Ann Lee voted no.\n").is_empty());
    }

    #[test]
    fn a_firm_named_for_a_listed_person_is_no_second_person() {
        // "Hale Carr" after "Tom Hale": his firm, and one person is no list.
        let text = "Verdicts\n\nLee v. Hale (Pike County Court, No. 24-CV-1187)\nResult: verdict\nDefense counsel: Tom Hale, Hale Carr\n";
        assert!(lists(text).is_empty(), "{:#?}", lists(text));
    }

    #[test]
    fn names_after_a_count_of_things_are_no_people() {
        assert_eq!(
            lists(
                "T\n\nThe FAA stopped flights departing four airports: Dalton Regional, Pike Field, Ashby Municipal and Clay County.\n"
            ),
            []
        );
        // A count of people, or of a title's plural, still opens a list of people.
        for text in [
            "T\n\nPolice arrested two suspects: Ann Lee and Tom Hale.\n",
            "T\n\nVoting no were two council members: Ann Lee and Tom Hale.\n",
        ] {
            assert_eq!(lists(text).len(), 1, "{text}");
        }
    }

    fn lists(text: &str) -> Vec<Read> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        let people = super::super::people::find_people(&doc);
        let votes =
            super::super::votes::extract_votes(&doc, &super::super::gates::Gates::new(&doc));
        people_lists(&doc, &people, &votes)
            .into_iter()
            .map(|(_, l)| {
                (
                    l.complete,
                    l.of,
                    l.stated_count.map(|c| c.value),
                    l.items.into_iter().map(|i| i.place.key).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_roll_call_in_minutes_names_each_side_whole() {
        let minutes = "Board minutes\n\nMembers present: Ann Lee, Tom Hale, Bo Park, Ruth Cole.\nMotion by Hale to adopt the budget.\nRoll call vote:\nAyes: Lee, Hale and Trustee Park\nNays: Cole\nMotion carried 3-1.\n";
        let got: Vec<Read> = lists(minutes)
            .into_iter()
            .filter(|l| l.1.as_deref() != Some("people"))
            .collect();
        assert_eq!(
            got,
            [
                (
                    true,
                    Some("yes votes".to_string()),
                    Some(3),
                    vec![
                        "person:lee:ann".to_string(),
                        "person:hale:tom".to_string(),
                        "person:park:bo".to_string()
                    ]
                ),
                (
                    true,
                    Some("no votes".to_string()),
                    Some(1),
                    vec!["person:cole:ruth".to_string()]
                ),
            ]
        );
        // A name the minutes never give in full, or words that are no names: not read.
        let unknown = minutes.replace("Nays: Cole", "Nays: Cole, Ortiz");
        assert!(
            !lists(&unknown)
                .iter()
                .any(|l| l.1.as_deref() == Some("no votes"))
        );
        let none = minutes.replace("Nays: Cole", "Nays: none");
        assert!(
            !lists(&none)
                .iter()
                .any(|l| l.1.as_deref() == Some("no votes"))
        );
    }

    #[test]
    fn names_after_a_lead_in_that_says_so_are_a_list() {
        let l = lists(
            "Four charged\n\nThe four charged are Ann Lee, 24, of Dalton; Tom Hale, 31, of Ashby; Bo Park, 19, of Dalton; and Cy Ames, 27, of Pine Hollow.\n",
        );
        assert_eq!(
            l,
            [(
                true,
                Some("charged".to_string()),
                Some(4),
                vec![
                    "person:lee:ann".to_string(),
                    "person:hale:tom".to_string(),
                    "person:park:bo".to_string(),
                    "person:ames:cy".to_string()
                ]
            )]
        );
        let l =
            lists("Arrests\n\nPolice have charged three people: Ann Lee, Tom Hale and Bo Park.\n");
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].1.as_deref(), Some("people"));
        assert_eq!(l[0].2, Some(3));
        let l = lists("Crash\n\nPolice identified the dead as Ann Lee, 34, and Tom Hale, 9.\n");
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].0);
        let l = lists("Honors\n\nAmong those honored were Ann Lee and Tom Hale.\n");
        assert!(!l[0].0, "a part of the set");
        let l = lists("Charges\n\nAlso charged were Ann Lee and Tom Hale.\n");
        assert!(!l[0].0, "a part of the set");
        let l = lists("Awards\n\nThe other finalists were Ann Lee and Tom Hale.\n");
        assert!(!l[0].0, "a part of the set");
        let l = lists("Awards\n\nHonored for 25 years of service were Ann Lee and Tom Hale.\n");
        assert_eq!(l[0].2, None, "years count no one");
        let l = lists("Honors\n\nSeveral officers were honored, including Ann Lee and Tom Hale.\n");
        assert!(!l[0].0, "a part of the set");
        // Names of things that look like people's.
        assert!(lists("Recall\n\nBrand Name: Ann Lee, Tom Hale\n").is_empty());
        assert!(lists("Recall\n\nThe brands are Ann Lee and Tom Hale.\n").is_empty());
        let l = lists("Shop\n\nThe store's owners are Ann Lee and Tom Hale.\n");
        assert_eq!(l.len(), 1, "people who own a store");
    }

    #[test]
    fn a_bulleted_list_of_names_after_a_cue() {
        let l = lists(
            "Arrests\n\nThe four people charged are:\n\n- Ann Lee, 24, of Dalton\n- Tom Hale, 31, of Ashby\n- Bo Park, 19\n- Cy Ames (no address given)\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].0);
        assert_eq!(l[0].2, Some(4));
        assert_eq!(l[0].3.len(), 4);
        // Places in bullets are no people.
        assert!(lists("Towns\n\nThe towns are:\n\n- Dalton\n- Ashby\n").is_empty());
        // A bullet may go on after a dash or a colon; a bullet whose name is followed
        // by other words is no member.
        let l = lists(
            "Escape\n\nESCAPED INMATES:\n\n- Ann Lee, 29, of Dalton — held on burglary charges\n- Tom Hale, 41: six years\n- Bo Park -- held without bond\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].3.len(), 3);
        let l = lists(
            "Escape\n\nThe inmates are:\n\n- Ann Lee was held on burglary charges\n- Tom Hale was held on a warrant\n",
        );
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn names_one_a_line_after_a_cue_or_behind_one_label() {
        let l = lists(
            "Arrests\n\nPolice arrested three people Tuesday. Those arrested:\nAnn Lee, 24, of Dalton\nTom Hale, 33, of Ashby\nBo Park, 41 — held without bond\n\nAll were booked.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].1.as_deref(), Some("arrested"));
        assert_eq!(l[0].3.len(), 3);
        let l = lists(
            "Arrests\n\nPolice made three arrests.\n\nARRESTED: Ann Lee, 24, of Dalton\nARRESTED: Tom Hale, 33, of Ashby\nCHARGES: burglary\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].0);
        assert_eq!(l[0].1.as_deref(), Some("arrested"));
        assert_eq!(l[0].3, ["person:lee:ann", "person:hale:tom"]);
        // Lines that go on after the name are prose, not a list; one label alone is none.
        assert!(
            lists(
                "Arrests\n\nThose arrested:\nAnn Lee was held overnight\nTom Hale was released\n"
            )
            .is_empty()
        );
        assert!(lists("Notice\n\nCONTACT: Ann Lee, 555-0188\n").is_empty());
    }

    #[test]
    fn names_set_off_by_dashes_after_a_count() {
        let l = lists(
            "Escape\n\nThe sheriff said three inmates — Ann Lee, 29, Tom Hale, 41, and Bo Park, 35 — slipped out.\n",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].0);
        assert_eq!(l[0].1.as_deref(), Some("inmates"));
        assert_eq!(l[0].2, Some(3));
        assert_eq!(l[0].3.len(), 3);
        // A count of things that is not the number named, or no count, opens no list.
        assert!(
            lists("Visit\n\nThe mayor met four officials — Ann Lee, 29, and Tom Hale, 41 — on Monday.\n")
                .is_empty()
        );
        assert!(
            lists("Visit\n\nThe mayor — Ann Lee, 29, and Tom Hale, 41 — spoke Monday.\n")
                .is_empty()
        );
    }

    #[test]
    fn a_series_with_no_lead_in_is_no_list() {
        assert!(lists("Arrests\n\nAnn Lee and Tom Hale were charged Tuesday.\n").is_empty());
        assert!(lists("Council\n\nMayor Ann Lee thanked Tom Hale for his work.\n").is_empty());
    }
}
