//! Direct quotes and who said them.
//!
//! Quote marks are paired per paragraph (curly marks say which way they face; straight ones
//! are judged by the characters around them). A quote that runs over several paragraphs
//! has an opening mark on each and a closing mark only at the end. A stray closing mark is
//! ignored, and an opening mark that is never closed ends at its first sentence, so it
//! never swallows the rest of the article.
//!
//! The speaker comes from the attribution after the quote (`," Lee said`, `," said
//! Mayor Ann Lee`), from a speech verb before it in the sentence (`Lee tweeted: "…"`,
//! `he expected "a basic level"`), from a headline's "Role: …", from the quote before it
//! in the paragraph (a split quote), or from the paragraph that introduces it. Pronouns
//! go to the nearest person before them of a fitting gender. Short quotes with no speaker
//! and titles in quote marks are terms ("sanctuary" cities), not speech.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::people::{Gender, People};
use crate::model::{Claim, ClaimBody, QuoteClaim, QuoteForm, Speaker, SpeakerKind};
use crate::text::normalize::fold_name;
use crate::text::{BlockKind, Doc, pattern};

fn verb_alternation() -> String {
    let mut verbs: Vec<String> = crate::data::lines(include_str!("../../data/speech_verbs.txt"))
        .map(|v| regex::escape(v).replace(' ', r"\s+"))
        .collect();
    verbs.sort_by_key(|v| std::cmp::Reverse(v.len()));
    verbs.join("|")
}

static VERB: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"(?i)\b(?:{})\b", verb_alternation())).unwrap());

/// A verb that reports another's words inside a transcript's turn
/// (`data/reporting_verbs.txt`).
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = crate::data::lines(include_str!("../../data/reporting_verbs.txt"))
        .map(|v| regex::escape(v).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    pattern::compile(&format!(r"(?i)\b(?:{verbs})\b")).unwrap()
});

/// Longest subject of "who said" after a quote, in characters.
const MAX_WHO_CHARS: usize = 160;

/// `," Lee said in a statement.`: who, then the verb.
///
/// The subject is at most [`MAX_WHO_CHARS`] characters, checked after the match: the
/// same as a bounded repetition in the pattern (the shortest subject is found either
/// way), but an automaton with one state per character of the bound costs the capture
/// search ten thousand instructions a quote.
static WHO_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r#"^[\s,]*(?P<who>[^!?"]+?)\s+(?P<verb>{})\b(?P<rest>[^"]*)"#,
        verb_alternation()
    ))
    .unwrap()
});

/// `," said Mayor Ann Lee.`: the verb, then who. A point inside the sentence is an
/// abbreviation's ("said Gov. Ann Lee", "said U.S. Attorney Rhea Calloway"): the
/// sentence would have ended there otherwise, so who runs on past it.
static VERB_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r#"^[\s,]*(?P<verb>{}|according\s+to)\s+(?P<who>(?:[^.;"!?]|\.\s*[A-Za-z])+)"#,
        verb_alternation()
    ))
    .unwrap()
});

/// A headline's "Mayor: …".
static ROLE_COLON: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^(?P<role>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}):\s").unwrap());

/// Each phrase ready to search for: building a searcher for every phrase of every
/// attribution had cost 0.4% of a run.
static MEDIA: LazyLock<Vec<(memchr::memmem::Finder<'static>, String)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/media_cues.txt"))
        .filter_map(|l| {
            let (phrase, medium) = l.split_once('\t')?;
            let phrase = phrase.trim().to_lowercase();
            let finder = memchr::memmem::Finder::new(phrase.as_bytes()).into_owned();
            Some((finder, medium.trim().to_string()))
        })
        .collect()
});

/// Words that are not part of a title-case phrase's capitals ("Fox and Friends").
const MINOR: &[&str] = &[
    "a", "an", "and", "the", "of", "in", "on", "at", "for", "to", "or", "with",
];

/// A pair of quote marks (or a run of paragraphs) and what is inside.
#[derive(Debug, Clone)]
struct RawQuote {
    /// Content ranges (normalized text), one per paragraph.
    pieces: Vec<Range<usize>>,
    /// Position of the opening mark.
    open: usize,
    /// Position just after the closing mark (or the recovered end).
    end: usize,
    closed: bool,
    /// Block of the opening mark and of the end.
    first_block: usize,
    last_block: usize,
}

impl RawQuote {
    /// A quote within one block: content `content`, ending at `end`.
    fn in_block(
        open: usize,
        content: Range<usize>,
        end: usize,
        closed: bool,
        block: usize,
    ) -> RawQuote {
        let mut pieces = Vec::with_capacity(2);
        pieces.push(content);
        RawQuote {
            pieces,
            open,
            end,
            closed,
            first_block: block,
            last_block: block,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

/// Single quote marks used as the main quote marks (British house style): an opening
/// mark before a capital, and a closing one after punctuation.
static SINGLE_OPEN: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?:^|[\s(\x{2014}])'[A-Z]").unwrap());
static SINGLE_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"[,.!?]'(?:\s|$)").unwrap());

/// The article's quote mark: double, unless it has none and quotes with single marks.
fn quote_char(doc: &Doc) -> char {
    let t = &doc.norm.text;
    if !t.contains('"') && SINGLE_OPEN.is_match(t) && SINGLE_CLOSE.is_match(t) {
        '\''
    } else {
        '"'
    }
}

/// Every quote mark of a block, with the way it faces.
fn marks(doc: &Doc, block: &Range<usize>, qc: char) -> Vec<(usize, Mark)> {
    let text = &doc.norm.text;
    let mut out = Vec::new();
    // Both quote characters are ASCII, so a byte search finds them, each at a character
    // boundary (no byte of a longer UTF-8 sequence is ASCII).
    debug_assert!(qc.is_ascii());
    for i in memchr::memchr_iter(qc as u8, text[block.clone()].as_bytes()) {
        let at = block.start + i;
        if qc == '\'' {
            // An apostrophe inside a word ("don't") is no quote mark.
            let before = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            if before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
        }
        let original = doc.article.text[doc.norm.to_original(at)..].chars().next();
        let kind = match original {
            Some('\u{201c}' | '\u{201e}' | '\u{00ab}' | '\u{2018}') => Mark::Open,
            Some('\u{201d}' | '\u{00bb}') => Mark::Close,
            _ => Mark::Either,
        };
        out.push((at, kind));
    }
    out
}

fn opens_here(text: &str, at: usize, block_start: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    let open_before = at == block_start
        || before
            .is_some_and(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '-' | '/' | ':'));
    open_before && after.is_some_and(|c| !c.is_whitespace())
}

/// Pairs the marks of every quotable block into quotes.
fn raw_quotes(doc: &Doc) -> Vec<RawQuote> {
    let text = &doc.norm.text;
    let qc = quote_char(doc);
    let mut out = Vec::new();
    let mut pending: Option<RawQuote> = None;
    for (b, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Boilerplate {
            continue;
        }
        let range = block.range.clone();
        let mut ms = marks(doc, &range, qc);
        // A quote left open at the end of the last paragraph goes on here only if this
        // paragraph opens with a quote mark (the multi-paragraph convention).
        if let Some(mut q) = pending.take() {
            let continues = ms
                .first()
                .is_some_and(|&(at, k)| at == range.start && k != Mark::Close)
                && block.kind == BlockKind::Prose;
            if continues {
                ms.remove(0);
                let content_start = range.start + 1;
                match ms.iter().position(|&(at, k)| closes(text, at, k)) {
                    Some(p) => {
                        let at = ms[p].0;
                        q.pieces.push(content_start..at);
                        q.end = at + 1;
                        q.closed = true;
                        q.last_block = b;
                        out.push(q);
                        ms.drain(..=p);
                    }
                    None => {
                        q.pieces.push(content_start..range.end);
                        q.end = range.end;
                        q.last_block = b;
                        pending = Some(q);
                        continue;
                    }
                }
            } else {
                out.push(recover(text, q));
            }
        }
        let mut open: Option<usize> = None;
        for &(at, kind) in &ms {
            match open {
                None => {
                    let is_open = kind == Mark::Open
                        || (kind == Mark::Either && opens_here(text, at, range.start));
                    if is_open {
                        open = Some(at);
                    }
                }
                Some(o) => {
                    if closes(text, at, kind) {
                        out.push(RawQuote::in_block(o, o + 1..at, at + 1, true, b));
                        open = None;
                    } else if kind == Mark::Open {
                        // A new opening mark while one is open: the first was never closed.
                        out.push(recover(
                            text,
                            RawQuote::in_block(o, o + 1..at, at, false, b),
                        ));
                        open = Some(at);
                    }
                }
            }
        }
        if let Some(o) = open {
            pending = Some(RawQuote::in_block(o, o + 1..range.end, range.end, false, b));
        }
    }
    if let Some(q) = pending {
        out.push(recover(text, q));
    }
    out
}

fn closes(text: &str, at: usize, kind: Mark) -> bool {
    match kind {
        Mark::Close => true,
        Mark::Open => false,
        Mark::Either => {
            let before = text[..at].chars().next_back();
            before.is_some_and(|c| !c.is_whitespace())
        }
    }
}

/// An opening mark never closed: the quote ends at its first sentence.
fn recover(text: &str, mut q: RawQuote) -> RawQuote {
    let first = q.pieces[0].clone();
    let s = &text[first.clone()];
    let cut = s
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && s[i + 1..].starts_with(' ')
                && s[i + 1..]
                    .trim_start()
                    .starts_with(|n: char| n.is_uppercase())
        })
        .map_or(s.len(), |(i, _)| i + 1);
    q.pieces.truncate(0);
    q.pieces.push(first.start..first.start + cut);
    q.end = first.start + cut;
    q.closed = false;
    q.last_block = q.first_block;
    q
}

/// Who said a quote and how, as found in the text around it.
#[derive(Debug, Clone, Default)]
struct Attribution {
    speaker: Option<Speaker>,
    cue: Option<String>,
    medium: Option<String>,
    /// The attribution names no one the quote could be pinned on (for inheriting).
    found: bool,
}

/// The cue of a transcript's turn, and of a quote inside one that names no other
/// speaker: the words are the speaker's, as the record has them.
pub const TRANSCRIPT_CUE: &str = "transcript";

/// Reads every quote of a document: the quoted words, and each turn of a transcript
/// as its speaker's words.
pub fn extract_quotes(doc: &Doc, people: &People) -> Vec<Claim> {
    let text = &doc.norm.text;
    let turns = super::transcript::turns(doc, people);
    let mut claims = Vec::new();
    let mut last_in_block: Option<(usize, Attribution)> = None;
    for q in raw_quotes(doc) {
        if people.in_debris(q.open) {
            continue;
        }
        let words: String = q
            .pieces
            .iter()
            .map(|r| text[r.clone()].trim())
            .collect::<Vec<_>>()
            .join(" ");
        let words = words.trim().to_string();
        if words.is_empty() {
            continue;
        }
        let before = sentence_before(doc, people, q.open);
        let after = sentence_after(doc, people, q.end);
        let mut att = attribution_after(doc, people, &after, q.open)
            .or_else(|| attribution_before(doc, people, &before, q.open))
            .unwrap_or_default();
        if !att.found {
            // A headline's "Mayor: City learned of it \"from a reporter\"".
            if let Some(c) = ROLE_COLON.captures(&text[doc.blocks[q.first_block].range.clone()])
                && let Some(p) = people.by_role(&c["role"])
            {
                att = person_attribution(people, p, &c["role"], None);
            }
        }
        if !att.found
            && let Some(p) = named_before_colon(doc, people, q.first_block, q.open)
        {
            // A post's or a release's "Sheriff Dennis Hollins: \"If you are told to go…\"".
            att = person_attribution(people, p, &people.persons[p].name, None);
        }
        let starts_paragraph = text[doc.blocks[q.first_block].range.start..q.open]
            .trim()
            .is_empty();
        if !att.found {
            // A split quote: the quote before it in the same paragraph gives the speaker.
            if let Some((b, prev)) = &last_in_block
                && *b == q.first_block
                && prev.found
            {
                att = prev.clone();
            }
        }
        if !att.found && starts_paragraph && before.1.trim().is_empty() {
            att = introduced_by_previous_paragraph(doc, people, q.first_block).unwrap_or_default();
        }
        if !att.found
            && let Some(t) = turns.iter().find(|t| t.range().contains(&q.open))
        {
            att = turn_attribution(t);
        }
        let n_words = words.split_whitespace().count();
        let is_term = n_words <= 1
            || is_title(&words)
            || (!att.found && n_words < 5)
            || (n_words < 5 && inside_noun_phrase(text, q.open, q.end));
        if is_term {
            continue;
        }
        let form = if words.starts_with(|c: char| c.is_uppercase())
            && before
                .1
                .trim_end()
                .chars()
                .last()
                .is_none_or(|c| matches!(c, ':' | ','))
        {
            QuoteForm::Whole
        } else {
            QuoteForm::Fragment
        };
        last_in_block = Some((q.last_block, att.clone()));
        let range = q.open..q.end;
        let n = claims.len() + 1;
        claims.push(Claim {
            id: format!("{}#quote{n}", doc.article.id),
            article: doc.article.id.clone(),
            body: ClaimBody::Quote(QuoteClaim {
                quote: doc_original_words(doc, &q),
                speaker: att.speaker,
                cue: att.cue,
                medium: att.medium,
                form,
                unbalanced: !q.closed,
            }),
            text: doc.words(&range),
            span: doc.span(&range),
        });
    }
    if turns.is_empty() {
        return claims;
    }
    for t in &turns {
        let words = own_words(doc, t);
        if words.is_empty() {
            continue;
        }
        let att = turn_attribution(t);
        claims.push(Claim {
            id: String::new(),
            article: doc.article.id.clone(),
            body: ClaimBody::Quote(QuoteClaim {
                quote: words.clone(),
                speaker: att.speaker,
                cue: att.cue,
                medium: att.medium,
                form: QuoteForm::Whole,
                unbalanced: false,
            }),
            text: words,
            span: doc.span(&t.range()),
        });
    }
    // In order of appearance, numbered again.
    claims.sort_by_key(|c| c.span.start);
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("{}#quote{}", doc.article.id, n + 1);
    }
    claims
}

/// The words of a turn that are its speaker's own: sentences that report what someone
/// said ("Her spokesman told me she'd review the bill carefully") or hold a quote
/// (read on its own above) are left out, so that a reporter's turn is never credited
/// with the words it reports.
fn own_words(doc: &Doc, t: &super::transcript::Turn) -> String {
    let mut kept: Vec<String> = Vec::new();
    for piece in &t.pieces {
        let first = doc
            .sentences
            .partition_point(|s| s.range.end <= piece.start);
        for s in doc.sentences[first..]
            .iter()
            .take_while(|s| s.range.start < piece.end)
        {
            let r = s.range.start.max(piece.start)..s.range.end.min(piece.end);
            let text = doc.text(&r);
            let quoted = text.contains(['"', '“', '”']);
            if !quoted && !REPORTED.is_match(text) && !text.trim().is_empty() {
                kept.push(doc.words(&r));
            }
        }
    }
    kept.join(" ")
}

/// A transcript turn's speaker, as the attribution of its words.
fn turn_attribution(t: &super::transcript::Turn) -> Attribution {
    Attribution {
        speaker: Some(t.speaker.clone()),
        cue: Some(TRANSCRIPT_CUE.to_string()),
        medium: Some("spoken".to_string()),
        found: true,
    }
}

/// The quote's own words from the original text, paragraphs joined by a space.
fn doc_original_words(doc: &Doc, q: &RawQuote) -> String {
    q.pieces
        .iter()
        .map(|r| doc.words(r))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The part of the sentence holding `at` that comes before it: (start offset, text).
fn sentence_before(doc: &Doc, people: &People, at: usize) -> (usize, String) {
    let s = doc
        .sentences
        .iter()
        .find(|s| s.range.start <= at && at < s.range.end.max(s.range.start + 1))
        .map_or(at..at, |s| s.range.clone());
    (s.start, readable(doc, people, s.start..at.max(s.start)))
}

/// The part of the sentence holding `at` (or just before it) that comes after it.
fn sentence_after(doc: &Doc, people: &People, at: usize) -> (usize, String) {
    let s = doc
        .sentences
        .iter()
        .find(|s| s.range.start < at && at <= s.range.end)
        .map_or(at..at, |s| s.range.clone());
    let end = s.end.max(at);
    (at, readable(doc, people, at..end))
}

/// The normalized text of a range with inline debris blanked out (same byte offsets).
fn readable(doc: &Doc, people: &People, range: Range<usize>) -> String {
    let mut out = String::with_capacity(range.len());
    for (i, c) in doc.norm.text[range.clone()].char_indices() {
        if people.in_debris(range.start + i) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

fn attribution_after(
    doc: &Doc,
    people: &People,
    after: &(usize, String),
    open: usize,
) -> Option<Attribution> {
    let (base, s) = after;
    if let Some(c) = VERB_FIRST
        .captures(s)
        .filter(|c| reads_as_speaker(&c["who"]))
    {
        let who = c.name("who").unwrap();
        let who_range = base + who.start()..base + who.end();
        let verb = c["verb"].to_string();
        // "said Mayor Ann Lee in a statement": the cue is the verb and what follows the
        // name ("said in a statement").
        let mention_end = people
            .mentions
            .iter()
            .find(|m| m.range.start >= who_range.start && m.range.end <= who_range.end)
            .map_or(who_range.start, |m| m.range.end);
        let after_name = VERB.replace(&doc.norm.text[mention_end..who_range.end], "");
        let after_name = if mention_end == who_range.start {
            ""
        } else {
            after_name.trim_start()
        };
        let mut att = resolve_who(
            doc,
            people,
            who_range,
            &verb,
            &s[c.name("verb").unwrap().end()..],
            open,
            false,
        );
        att.cue = Some(cue_text(&verb, after_name));
        return Some(att);
    }
    let c = who_first(s)?;
    let who = c.name("who").unwrap();
    let who_text = who.as_str();
    if !reads_as_speaker(who_text) {
        return None;
    }
    if who_text.split_whitespace().count() > 16 {
        return None;
    }
    let who_range = base + who.start()..base + who.end();
    let verb = c["verb"].to_string();
    let rest = c.name("rest").map_or("", |m| m.as_str());
    Some(resolve_who(doc, people, who_range, &verb, rest, open, true))
}

/// [`WHO_FIRST`]'s match, when its subject is no longer than [`MAX_WHO_CHARS`].
fn who_first(s: &str) -> Option<regex::Captures<'_>> {
    WHO_FIRST
        .captures(s)
        .filter(|c| c["who"].chars().count() <= MAX_WHO_CHARS)
}

static ACCORDING_TO: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?i)\baccording to (?P<who>[^,;]+)").unwrap());

/// An attribution's subject reads as a speaker (a name, a pronoun, "the group's
/// president", "a spokeswoman"), not as a clause ("and pursuing policies", "that").
fn reads_as_speaker(who: &str) -> bool {
    let who = who.trim_start_matches([',', ' ']);
    let words: Vec<&str> = who.split_whitespace().collect();
    let first_word = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    // "union president Dave Kowalski": a lowercase title before a name, read up to a
    // comma ("attorney Ann Lee, who tried the case with her partner").
    let head: Vec<&str> = who
        .split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let names_someone = head.len() <= 8
        && head
            .iter()
            .skip(1)
            .any(|w| w.starts_with(|c: char| c.is_uppercase()));
    // "… zone" and the mayor … termed": a new clause, with its own speaker.
    let new_clause = matches!(
        first_word.as_str(),
        "and" | "but" | "or" | "as" | "while" | "because" | "that" | "which" | "who" | "when"
    );
    !new_clause
        && (who.starts_with(|c: char| c.is_uppercase())
            || matches!(
                first_word.as_str(),
                "he" | "she" | "they" | "it" | "a" | "an" | "the"
            )
            || names_someone)
}

static UNNAMED: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/unnamed_sources.txt")).collect());

fn attribution_before(
    doc: &Doc,
    people: &People,
    before: &(usize, String),
    open: usize,
) -> Option<Attribution> {
    let (base, s) = before;
    // "According to the council's budget memo, the freeze \"will cost …\"".
    if let Some(c) = ACCORDING_TO.captures(s) {
        let who = c.name("who").unwrap();
        let range = base + who.start()..base + who.end();
        return Some(resolve_who(
            doc,
            people,
            range,
            "according to",
            who.as_str(),
            open,
            true,
        ));
    }
    // "so-called" is no speech verb.
    let m = VERB
        .find_iter(s)
        .filter(|m| !s[..m.start()].ends_with('-'))
        .last()?;
    let verb = m.as_str().to_string();
    let subject = *base..base + m.start();
    let tail = &s[m.end()..];
    let mut att = Attribution {
        cue: Some(cue_text(&verb, tail)),
        medium: medium_of(&verb, tail),
        found: true,
        ..Attribution::default()
    };
    let subject = outside_relative_clause(&doc.norm.text, subject, people);
    // "Premier Ann Lee defended her decision to skip the summit, saying ...": a
    // participle after a comma speaks for the sentence's subject, its first person.
    let participle =
        verb.ends_with("ing") && doc.norm.text[subject.clone()].trim_end().ends_with(',');
    if let Some(p) = people.within(subject.clone(), !participle) {
        let written = doc.norm.text[subject.clone()].trim().to_string();
        att.speaker = Some(person_speaker(people, p, &written));
        return Some(att);
    }
    let subject_text = doc.norm.text[subject].trim();
    let last_word = subject_text.rsplit(' ').next().unwrap_or("").to_lowercase();
    // "I wrote": the memo's or the column's writer.
    if last_word == "i" {
        att.speaker = author(doc, people, "I");
        return att.speaker.is_some().then_some(att);
    }
    if let Some(g) = pronoun_gender(&last_word)
        && let Some(p) = people.before(open, g)
    {
        att.speaker = Some(person_speaker(people, p, &last_word));
        return Some(att);
    }
    // An organization or a document: "the Justice Department demanded", "The DOJ says".
    let phrase = subject_tail_phrase(subject_text);
    if phrase.is_empty() {
        return None;
    }
    att.speaker = Some(other_speaker(&phrase));
    Some(att)
}

/// A subject without the relative clause between its person and the verb: in "Gov.
/// Ann Lee, who sent her aide, Tom Hale, said", the speaker is Lee, not the last person
/// named before "said". Kept whole when no person is named before the clause.
fn outside_relative_clause(text: &str, subject: Range<usize>, people: &People) -> Range<usize> {
    let s = &text[subject.clone()];
    if !s.trim_end().ends_with(',') {
        return subject;
    }
    let opener = [", who ", ", whose "]
        .iter()
        .filter_map(|o| s.rfind(o))
        .max();
    // "Mayor Ann Lee, who called it a shame, and the mayor of Ashby, Tom Hale, said":
    // after "and" the clause has ended, and a second subject is named.
    match opener {
        Some(at)
            if !s[at..].contains(" and ")
                && people
                    .within(subject.start..subject.start + at, true)
                    .is_some() =>
        {
            subject.start..subject.start + at
        }
        _ => subject,
    }
}

/// `data/speech_leads.txt` and `data/verb_leads.txt`: words between a speaker and a
/// speech verb.
static SPEECH_LEADS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/speech_leads.txt"))
        .chain(crate::data::lines(include_str!(
            "../../data/verb_leads.txt"
        )))
        .collect()
});

/// Whether a word of a subject leads into its speech verb rather than names the
/// speaker: "keeps", "has", "also", an adverb in -ly. Lowercase words only.
fn leads_speech(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'')
        && (SPEECH_LEADS.contains(word) || (word.len() > 4 && word.ends_with("ly")))
}

/// The last noun phrase of a subject ("In letters to X, the Justice Department" → "the
/// Justice Department").
/// A subject without where the speaker stood: "A Sutter aide in the hallway" is "A
/// Sutter aide". Only a place written as a common noun is cut ("in the hallway", "at
/// the scene", "outside the courthouse"); a name after the preposition ("in the White
/// House") may be the speaker's own.
fn without_where(subject: &str) -> &str {
    [" in the ", " at the ", " outside the ", " inside the "]
        .iter()
        .filter_map(|p| {
            let at = subject.find(p)?;
            let after = &subject[at + p.len()..];
            (at > 0 && after.starts_with(|c: char| c.is_lowercase())).then_some(at)
        })
        .min()
        .map_or(subject, |at| &subject[..at])
}

fn subject_tail_phrase(subject: &str) -> String {
    let tail = subject
        .rsplit([',', ';', '—', '('])
        .next()
        .unwrap_or("")
        .trim();
    let tail = without_where(tail);
    let mut words: Vec<&str> = tail.split_whitespace().collect();
    // "The mayor keeps saying", "the agency repeatedly said": not of the speaker.
    while words.len() > 1 && words.last().is_some_and(|w| leads_speech(w)) {
        words.pop();
    }
    let start = words.len().saturating_sub(5);
    let phrase = words[start..].join(" ");
    let keep = phrase
        .split_whitespace()
        .any(|w| w.starts_with(|c: char| c.is_uppercase()))
        || phrase.to_lowercase().contains("letter")
        || phrase.to_lowercase().contains("official");
    if keep { phrase } else { String::new() }
}

fn resolve_who(
    doc: &Doc,
    people: &People,
    who: Range<usize>,
    verb: &str,
    tail: &str,
    open: usize,
    who_first: bool,
) -> Attribution {
    let written = doc.norm.text[who.clone()].trim().to_string();
    let mut att = Attribution {
        cue: Some(cue_text(verb, tail)),
        medium: medium_of(verb, tail),
        found: true,
        ..Attribution::default()
    };
    if let Some(p) = people.first_not_owner(&doc.norm.text, who.clone()) {
        att.speaker = Some(person_speaker(people, p, &clean_written(&written)));
        return att;
    }
    let lower = written.to_lowercase();
    if lower == "i" {
        att.speaker = author(doc, people, &written);
        att.found = att.speaker.is_some();
        return att;
    }
    if let Some(g) = pronoun_gender(&lower) {
        if let Some(p) = people.before(open, g) {
            att.speaker = Some(person_speaker(people, p, &written));
        }
        return att;
    }
    let phrase = if who_first {
        written.clone()
    } else {
        written
            .split([','])
            .next()
            .unwrap_or("")
            .split(" in ")
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    };
    if phrase.is_empty() || phrase.split_whitespace().count() > 8 {
        att.found = false;
        return att;
    }
    att.speaker = Some(other_speaker(&phrase));
    att
}

/// The as-written form without debris glued to a name.
fn clean_written(written: &str) -> String {
    written
        .split_whitespace()
        .take(12)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Bytes of an article's start searched for its writer's name.
const AUTHOR_BYTES: usize = 600;

/// The writer of a first-person text, as the speaker of its "I": the name on its
/// "From:" line (a memo, an email) or its byline ("By Ann Lee"), in its first lines,
/// two to four capitalized words before a comma, a "<" or the line's end. The person
/// the article names so is taken when there is one.
fn author(doc: &Doc, people: &People, written: &str) -> Option<Speaker> {
    let original = doc.article.text.as_str();
    let mut end = AUTHOR_BYTES.min(original.len());
    while !original.is_char_boundary(end) {
        end -= 1;
    }
    let name = original[..end].lines().find_map(|line| {
        let line = line.trim();
        let rest = ["From:", "FROM:", "By ", "BY "]
            .iter()
            .find_map(|p| line.strip_prefix(p))?;
        let name = rest.split([',', '<', '|', '(']).next()?.trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        let named = (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && !super::people::is_org_word(w)
                    && !super::people::is_not_name(w)
            });
        named.then_some(words.join(" "))
    })?;
    let last = name.rsplit(' ').next().unwrap_or(&name);
    let known = people.persons.iter().position(|p| p.last == last);
    Some(match known {
        Some(p) => person_speaker(people, p, written),
        None => Speaker {
            key: format!("person:{}", fold_name(last)),
            name: name.clone(),
            kind: SpeakerKind::Person,
            as_written: written.to_string(),
            roles: Vec::new(),
        },
    })
}

fn pronoun_gender(word: &str) -> Option<Option<Gender>> {
    match word.trim() {
        "he" => Some(Some(Gender::M)),
        "she" => Some(Some(Gender::F)),
        _ => None,
    }
}

fn person_speaker(people: &People, p: usize, written: &str) -> Speaker {
    let person = &people.persons[p];
    Speaker {
        name: person.name.clone(),
        key: person.key(),
        kind: SpeakerKind::Person,
        as_written: written.to_string(),
        roles: person.roles.clone(),
    }
}

/// The person a short label names just before the colon that opens the quote's
/// paragraph ("Sheriff Dennis Hollins: \"…\""): the label is at most a title in capitals
/// and the name, and the name ends where the colon is, so "A warning to Ann Lee: \"…\""
/// names no speaker.
fn named_before_colon(doc: &Doc, people: &People, block: usize, open: usize) -> Option<usize> {
    let start = doc.blocks[block].range.start;
    let label = doc.norm.text[start..open].trim_end();
    let colon = start + label.strip_suffix(':')?.len();
    if label
        .split_whitespace()
        .nth(MAX_COLON_LABEL_WORDS)
        .is_some()
    {
        return None;
    }
    let m = people
        .mentions
        .iter()
        .find(|m| m.range.end == colon && m.range.start >= start)?;
    doc.norm.text[start..m.range.start]
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        .then_some(m.person)
}

/// Most words of a label that names a speaker before a colon.
const MAX_COLON_LABEL_WORDS: usize = 6;

fn person_attribution(
    people: &People,
    p: usize,
    written: &str,
    cue: Option<String>,
) -> Attribution {
    Attribution {
        speaker: Some(person_speaker(people, p, written)),
        cue,
        medium: None,
        found: true,
    }
}

/// An organization, a document or an unnamed official.
fn other_speaker(phrase: &str) -> Speaker {
    let name = phrase
        .trim()
        .trim_start_matches("The ")
        .trim_start_matches("the ")
        .trim_start_matches("U.S. ")
        .trim_end_matches([',', ' '])
        .to_string();
    // "A Sutter aide said": an article in a summary's middle is lowercase ("Only pool
    // quotes a Sutter aide").
    let name = match name.strip_prefix("A ").or_else(|| name.strip_prefix("An ")) {
        Some(rest) => format!(
            "{} {rest}",
            if name.starts_with("An ") { "an" } else { "a" }
        ),
        None => name,
    };
    let lower = name.to_lowercase();
    let unnamed = UNNAMED
        .iter()
        .any(|u| lower == *u || lower.ends_with(&format!(" {u}")));
    let name = if unnamed && !lower.contains(' ') {
        format!("unnamed ({lower})")
    } else {
        name
    };
    let kind = if unnamed
        || lower.starts_with("a ")
        || lower.starts_with("an ")
        || lower.contains("official")
    {
        SpeakerKind::Unnamed
    } else if [
        "letter",
        "statement",
        "report",
        "memo",
        "filing",
        "release",
        "document",
        "records",
    ]
    .iter()
    .any(|d| lower.contains(d))
    {
        SpeakerKind::Document
    } else {
        SpeakerKind::Organization
    };
    Speaker {
        key: format!("{}:{}", kind.as_str(), fold_name(&name)),
        name,
        kind,
        as_written: phrase.trim().to_string(),
        roles: Vec::new(),
    }
}

/// "Mayor Ann Lee did not mince words." before a quote paragraph with no attribution.
fn introduced_by_previous_paragraph(
    doc: &Doc,
    people: &People,
    block: usize,
) -> Option<Attribution> {
    let prev = (0..block)
        .rev()
        .find(|&b| doc.blocks[b].kind == BlockKind::Prose)?;
    if prev + 1 != block
        && !(prev + 2 == block && doc.blocks[prev + 1].kind == BlockKind::Boilerplate)
    {
        return None;
    }
    let range = doc.blocks[prev].range.clone();
    let p = people.within(range.clone(), false)?;
    // The introducing paragraph must be about the speaker, not quote someone else.
    if doc.norm.text[range].contains('"') {
        return None;
    }
    Some(person_attribution(people, p, &people.persons[p].name, None))
}

/// The verb and the few words after it ("said in a statement", "told reporters after the
/// vote"), up to the end of the clause.
fn cue_text(verb: &str, tail: &str) -> String {
    let tail = &tail[..clause_end(tail)];
    let words: Vec<&str> = tail.split_whitespace().take(6).collect();
    let mut cue = verb.to_lowercase();
    if !words.is_empty() {
        cue.push(' ');
        cue.push_str(&words.join(" "));
    }
    cue
}

/// Where the clause of `tail` ends: at its first comma, period, semicolon, colon or
/// quote mark, but not at the point or comma of a figure ("calls the $4.2 million fund").
fn clause_end(tail: &str) -> usize {
    let b = tail.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len())
        .find(|&i| match b[i] {
            b'.' | b',' => !(i > 0 && digit(i - 1) && digit(i + 1)),
            b';' | b':' | b'"' => true,
            _ => false,
        })
        .unwrap_or(b.len())
}

fn medium_of(verb: &str, tail: &str) -> Option<String> {
    let cue = format!(
        "{} {}",
        verb,
        tail.split(['.', ';', '"']).next().unwrap_or("")
    )
    .to_lowercase();
    MEDIA
        .iter()
        .find(|(phrase, _)| has_phrase(&cue, phrase))
        .map(|(_, m)| m.clone())
        .or_else(|| {
            Some("spoken".to_string())
                .filter(|_| SPOKEN_VERBS.contains(verb.to_lowercase().as_str()))
        })
}

/// Whether `text` holds `phrase` as whole words: "report" is in "a police report", not
/// in "told reporters".
fn has_phrase(text: &str, phrase: &memchr::memmem::Finder) -> bool {
    let len = phrase.needle().len();
    phrase
        .find_iter(text.as_bytes())
        .any(|at| pattern::starts_word(text, at) && pattern::ends_word(text, at + len))
}

/// Verbs that say an attribution's words were spoken (`data/spoken_verbs.txt`).
static SPOKEN_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/spoken_verbs.txt")).collect());

/// "Fox and Friends": every word capitalized but small ones, no closing punctuation.
/// Whether quoted words sit inside a noun phrase, a term's name and not anyone's words:
/// a determiner right before the quote and a lowercase content word right after it
/// ("over its \"borrower defense\" protections", "the \"fast track\" rule"; not
/// "called his city a \"Trump-free zone\" and", whose words end the phrase).
fn inside_noun_phrase(text: &str, open: usize, end: usize) -> bool {
    let before = text[..open].trim_end_matches(' ');
    let word_before = before.rsplit([' ', '\n']).next().unwrap_or("");
    let Some(after) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word_after = after
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    super::is_determiner(word_before)
        && word_after.starts_with(|c: char| c.is_lowercase())
        && !super::lists::STOPWORDS.contains(word_after)
}

fn is_title(words: &str) -> bool {
    let words = words.trim_end_matches(',');
    let ws: Vec<&str> = words.split_whitespace().collect();
    ws.len() <= 6
        && !words.ends_with(['.', '!', '?'])
        && ws
            .iter()
            .all(|w| MINOR.contains(w) || w.starts_with(|c: char| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::extract::people::find_people;

    #[test]
    fn a_speech_verb_says_words_were_spoken_unless_a_medium_is_named() {
        let medium = |verb: &str, tail: &str| medium_of(verb, tail);
        assert_eq!(
            medium("adding", " that the vote was close").as_deref(),
            Some("spoken")
        );
        assert_eq!(
            medium("explained", " to reporters").as_deref(),
            Some("spoken")
        );
        // A phrase of a medium is read as whole words: "reporters" is no "report".
        assert_eq!(medium("spoke", " to reporters"), None);
        assert_eq!(
            medium("said", " in a police report").as_deref(),
            Some("document")
        );
        assert_eq!(
            medium("said", " in a statement").as_deref(),
            Some("statement")
        );
        // "wrote" is written; words that may be either keep their medium unknown.
        assert_eq!(
            medium("wrote", " for the majority").as_deref(),
            Some("written")
        );
        assert_eq!(medium("called", " the ruling"), None);
    }

    #[test]
    fn a_cue_runs_past_the_point_of_a_figure() {
        assert_eq!(
            cue_text("calls", " the $4.2 million buyback fund "),
            "calls the $4.2 million buyback fund"
        );
        assert_eq!(
            cue_text("said", " in a statement. Then"),
            "said in a statement"
        );
        assert_eq!(cue_text("said", " Monday, 4,500 people"), "said Monday");
    }

    fn quotes(text: &str) -> Vec<QuoteClaim> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        let people = find_people(&doc);
        extract_quotes(&doc, &people)
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Quote(q) => Some(q),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn quoted_words_inside_a_noun_phrase_are_a_term() {
        let qs = quotes(
            "Headline\n\nMayor Ann Lee said the town would fight the \"fair share\" formula in court.\n",
        );
        assert!(qs.is_empty(), "{qs:?}");
        // Words that end the phrase ("and") leave it a quote: a characterization.
        let qs = quotes(
            "Headline\n\nStanding beside him was Mayor Ann Lee, who called her town a \"tax-free haven\" and left.\n",
        );
        assert_eq!(speakers(&qs), ["Ann Lee"], "{qs:?}");
    }

    fn speakers(qs: &[QuoteClaim]) -> Vec<String> {
        qs.iter()
            .map(|q| {
                q.speaker
                    .as_ref()
                    .map_or("-".to_string(), |s| s.name.clone())
            })
            .collect()
    }

    #[test]
    fn where_an_unnamed_speaker_stood_is_no_part_of_them() {
        let qs = quotes(
            "Headline\n\nA Hale aide in the hallway said the governor was \"not going to be a prop.\"\n",
        );
        assert_eq!(speakers(&qs), ["a Hale aide"]);
        assert_eq!(qs[0].speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
    }

    #[test]
    fn a_turn_keeps_its_speakers_sentences_and_drops_those_reporting_others() {
        let q = quotes(
            "Podcast\n\nHOST (TOM HALE): Welcome back.\n\nANN LEE: We have 31 people sick in five states. Pike Farms recalled the kits. My deputy told me more are coming.\n",
        );
        assert_eq!(speakers(&q), ["Tom Hale", "Ann Lee"]);
        // "states" and "recalled" are no report of another's words; "told" is.
        assert_eq!(
            q[1].quote,
            "We have 31 people sick in five states. Pike Farms recalled the kits."
        );
    }

    #[test]
    fn a_memos_i_is_the_writer_its_from_line_names() {
        let q = quotes(
            "From: Ann Lee, CEO\nTo: All staff\n\nTeam,\n\n\"I take full responsibility,\" I wrote to our board.\n",
        );
        assert_eq!(speakers(&q), ["Ann Lee"]);
        assert_eq!(q[0].speaker.as_ref().unwrap().key, "person:lee");
        // With no writer named, "I" is no one's: the quote is none.
        let q = quotes("Team,\n\n\"I take full responsibility,\" I wrote to our board.\n");
        assert!(q.iter().all(|q| q.speaker.is_none()), "{q:?}");
    }

    #[test]
    fn words_leading_into_the_verb_are_no_part_of_the_speaker() {
        let q = quotes(
            "T\n\nThe mayor keeps saying \"40 new officers.\" The Justice Department repeatedly said \"we will act.\" Acme Corp. also said \"we are glad.\"\n",
        );
        assert_eq!(speakers(&q), ["mayor", "Justice Department", "Acme Corp."]);
        assert_eq!(
            q[2].speaker.as_ref().unwrap().kind,
            SpeakerKind::Organization
        );
    }

    #[test]
    fn who_first_takes_the_shortest_subject_up_to_its_limit() {
        let who = |s: &str| who_first(s).map(|c| c["who"].to_string());
        assert_eq!(who(", Lee said. Park said.").as_deref(), Some("Lee"));
        let long = format!(", {} said.", "é".repeat(MAX_WHO_CHARS));
        assert_eq!(who(&long).map(|w| w.chars().count()), Some(MAX_WHO_CHARS));
        let too_long = format!(", {} said.", "é".repeat(MAX_WHO_CHARS + 1));
        assert_eq!(who(&too_long), None);
    }

    #[test]
    fn a_speaker_after_the_verb_runs_past_an_abbreviations_point() {
        let qs = quotes(
            "Headline\n\n\"Every home will be rebuilt in this county,\" said Gov. Ann Lee.\n\n\"Officials who sell their office will answer for it,\" said U.S. Attorney Rhea Calloway.\n\n\"The shelters are full tonight and we need more,\" said Dr. Sam Ruiz, the county health officer. It rained.\n",
        );
        assert_eq!(speakers(&qs), vec!["Ann Lee", "Rhea Calloway", "Sam Ruiz"]);
        // A lowercase title, a name and a long relative clause naming another.
        let qs = quotes(
            "Headline\n\nTom Hale was there.\n\n\"This verdict matters,\" said attorney Ann Lee, who tried the case with her partner Bo Park.\n",
        );
        assert_eq!(speakers(&qs), vec!["Ann Lee"]);
    }

    #[test]
    fn a_relative_clause_naming_another_person_is_no_speaker() {
        let qs = quotes(
            "Headline\n\nGov. Ann Lee, who sent her aide, Tom Hale, said in a statement that \
             the county \"will not be rushed by anyone in the capital.\"\n\n\
             Tom Hale, who met Bo Park, said \"the roads reopen on Friday morning.\"\n\n\
             Beside him was Ann Lee, who called it a shame, and the mayor of Ashby, Dana \
             Ortiz, termed it \"the worst day this town has had.\"\n\n\
             Mayor Bo Park defended his decision to skip the meeting with Governor Tom \
             Hale, saying the town would \"not be bullied by the capital.\"\n",
        );
        assert_eq!(
            speakers(&qs),
            vec!["Ann Lee", "Tom Hale", "Dana Ortiz", "Bo Park"]
        );
    }

    #[test]
    fn a_name_and_a_colon_before_a_quote_name_its_speaker() {
        let qs = quotes(
            "Update\n\nSheriff Dora Vance: \"If you are told to go, go right now.\"\n\n\
             A warning to Dora Vance: \"Keep the roads clear for the trucks.\"\n",
        );
        // The second label is words to a person, not a name: its quote has no speaker.
        assert_eq!(speakers(&qs), vec!["Dora Vance", "-"]);
    }

    #[test]
    fn split_quotes_pronouns_and_verb_first() {
        let qs = quotes(
            "Headline\n\nCity Manager Ana Ruiz spoke first. “We have the money,” she said. “We do not have the time.”\n\n\"It is a fair plan for every family here,\" said Councilman Bo Park.\n",
        );
        assert_eq!(speakers(&qs), vec!["Ana Ruiz", "Ana Ruiz", "Bo Park"]);
        assert_eq!(qs[0].quote, "We have the money,");
        assert_eq!(qs[0].cue.as_deref(), Some("said"));
        assert_eq!(qs[2].form, QuoteForm::Whole);
    }

    #[test]
    fn quote_over_three_paragraphs_with_attribution_at_the_end() {
        let qs = quotes(
            "Headline\n\nMayor Dee Holt did not hold back.\n\n\"First paragraph of the quote runs here.\n\n\"Second paragraph goes on.\n\n\"Third one ends it,\" Holt said in an interview.\n\nNext paragraph.\n",
        );
        assert_eq!(qs.len(), 1);
        assert_eq!(
            qs[0].quote,
            "First paragraph of the quote runs here. Second paragraph goes on. Third one ends it,"
        );
        assert_eq!(speakers(&qs), vec!["Dee Holt"]);
        assert_eq!(qs[0].medium.as_deref(), Some("interview"));
    }

    #[test]
    fn fragments_terms_and_stray_marks() {
        let qs = quotes(
            "Headline\n\nThe so-called \"sanctuary\" rule, aired on \"Meet the Press,\" drew fire. Gov. Lin Wu said the plan was \"a basic failure of nerve\" and left. “We are done here,” she said.”\n\nMore text follows here.\n",
        );
        assert_eq!(speakers(&qs), vec!["Lin Wu", "Lin Wu"]);
        assert_eq!(qs[0].form, QuoteForm::Fragment);
        assert_eq!(qs[1].quote, "We are done here,");
    }

    #[test]
    fn an_unclosed_quote_ends_at_its_first_sentence() {
        let qs = quotes(
            "Headline\n\nDirector Pat Kim says the agency is \"just doing its job here. Sure. Then why the secrecy? Nobody knows.\n\nNext paragraph stays out.\n",
        );
        assert_eq!(qs.len(), 1);
        assert_eq!(qs[0].quote, "just doing its job here.");
        assert!(qs[0].unbalanced);
        assert_eq!(speakers(&qs), vec!["Pat Kim"]);
    }

    #[test]
    fn single_quote_house_style() {
        let qs = quotes(
            "Headline\n\n'This is a clear message,' said Minister Anna Berg. 'We will not stand by.' It's the ministers' view.\n",
        );
        assert_eq!(speakers(&qs), vec!["Anna Berg", "Anna Berg"]);
        assert_eq!(qs[0].quote, "This is a clear message,");
        assert_eq!(qs[1].quote, "We will not stand by.");
    }

    #[test]
    fn organizations_documents_and_tweets() {
        let qs = quotes(
            "Headline\n\nThe Water Board said it wanted \"every record of every pump station in the county.\" Senator Jo Marsh tweeted her reply: \"This is a stunt and everyone knows it.\"\n",
        );
        assert_eq!(
            qs[0].speaker.as_ref().unwrap().kind,
            SpeakerKind::Organization
        );
        assert_eq!(qs[0].speaker.as_ref().unwrap().name, "Water Board");
        assert_eq!(speakers(&qs)[1], "Jo Marsh");
        assert_eq!(qs[1].medium.as_deref(), Some("tweet"));
        assert_eq!(qs[1].form, QuoteForm::Whole);
    }
}
