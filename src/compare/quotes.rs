//! Judging quotes across articles: the same words (after normalization), a fragment
//! inside a longer quote, joined quotes, near matches whose words differ, and the same
//! words credited to different people.
//!
//! Quotes are aligned through an index of three-word shingles, so only quotes that share
//! words are ever compared. Word-level differences come from a diff of the two word
//! sequences (the `similar` crate), trimmed to the stretch both versions cover, so that
//! a shorter excerpt is never mistaken for a rewording.

use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::evidence::Quoter;
use super::{UnionFind, join, new_finding, pair_key, pair_of, possessive, unique};
use crate::extract::quotes::TRANSCRIPT_CUE;
use crate::model::{Claim, Evidence, Finding, FindingType, QuoteClaim, SpeakerKind, WordChange};
use crate::text::Doc;
use crate::text::normalize::fold_char;

/// A quote ready for comparison.
struct Q<'a> {
    claim: &'a Claim,
    quote: &'a QuoteClaim,
    words: Vec<String>,
}

/// How two quotes relate.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rel {
    /// Same characters.
    Identical,
    /// Same words once case, punctuation, quote marks and dashes are normalized, and
    /// contractions spelled out ("that's" = "that is") and British spellings read as
    /// American ("behaviour" = "behavior").
    Equivalent,
    /// One is a contiguous part of the other.
    Subsumed,
    /// Aligned, but some words differ: (shorter's words, longer's words) per change.
    Wording(Vec<(String, String)>),
}

/// Contractions as quote words have them ("thats") and the words they stand for.
static CONTRACTIONS: std::sync::LazyLock<HashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/contractions.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });

/// The words with every contraction spelled out, when there is one to spell out.
fn spelled_out(words: &[String]) -> Option<Vec<String>> {
    if !words.iter().any(|w| CONTRACTIONS.contains_key(w.as_str())) {
        return None;
    }
    let mut out = Vec::with_capacity(words.len() + 2);
    for w in words {
        match CONTRACTIONS.get(w.as_str()) {
            Some(full) => out.extend(full.split(' ').map(str::to_string)),
            None => out.push(w.clone()),
        }
    }
    Some(out)
}

/// Puts back the apostrophe of the word at `from..` (the end of `buffer`) when, without
/// it, the contraction would read as another word: "we're" is not "were"
/// (`data/contractions.tsv` lists those with their apostrophe).
fn keep_apostrophe(buffer: &mut String, from: usize, apostrophe: Option<usize>) {
    let Some(at) = apostrophe.filter(|&at| at > from && at < buffer.len()) else {
        return;
    };
    let word = &buffer[from..];
    let split = at - from;
    let kept = CONTRACTIONS.keys().any(|k| {
        k.len() == word.len() + 1
            && k.as_bytes().get(split) == Some(&b'\'')
            && k[..split] == word[..split]
            && k[split + 1..] == word[split..]
    });
    if kept {
        buffer.insert(at, '\'');
    }
}

/// Shared words a quote needs before a different speaker makes a conflict: a three-word
/// phrase in two people's mouths is a coincidence, six words are a quote.
const MIN_ATTRIBUTION_WORDS: usize = 6;

/// Normalized words of a quote: lowercase, apostrophes dropped ("don't" = "don’t"), every
/// other non-alphanumeric character a separator (dashes, commas, quote marks).
pub fn quote_words(text: &str) -> Vec<String> {
    quote_words_up_to(text, usize::MAX)
}

/// The first `limit` words of [`quote_words`], reading no further into the text.
pub fn quote_words_up_to(text: &str, limit: usize) -> Vec<String> {
    let w = Words::up_to(text, limit);
    (0..w.len()).map(|i| w.word(i).to_string()).collect()
}

/// Appends the first `limit` words of [`quote_words`] to `out`, joined by spaces, and
/// says how many there were: the words as one string, with no string a word.
pub fn push_quote_words(text: &str, limit: usize, out: &mut String) -> usize {
    let w = Words::up_to(text, limit);
    w.push_run(0..w.len(), out);
    w.len()
}

/// Every run of `n` words of a quote, folded as [`push_quote_words`] folds them, after
/// `tag`: "we will review every option including", "will review every option including
/// a", …; none when the quote is no longer than `n` words (its opening says it all).
pub fn quote_windows(text: &str, n: usize, tag: &str) -> Vec<String> {
    let w = Words::new(text);
    if w.len() <= n {
        return Vec::new();
    }
    (0..=w.len() - n)
        .map(|start| {
            let mut run = String::from(tag);
            w.push_run(start..start + n, &mut run);
            run
        })
        .collect()
}

/// The last `limit` words of a quote, folded as [`push_quote_words`] folds its first
/// ("the stolen data has been misused"); none when the quote is no longer than that.
pub fn push_closing_words(text: &str, limit: usize, out: &mut String) -> usize {
    // Only the tail is read: a word cut where the tail starts is left out.
    let mut from = text.len().saturating_sub(24 * limit);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let w = Words::new(&text[from..]);
    let cut = usize::from(from > 0);
    if w.len() < limit + cut || (from == 0 && w.len() <= limit) {
        return 0;
    }
    w.push_run(w.len() - limit..w.len(), out);
    limit
}

/// Pairs of quotes from different articles that share a three-word shingle; a quote of
/// one or two words is paired with the quotes holding its words. Never every pair.
fn candidate_pairs(qs: &[Q]) -> Vec<(usize, usize)> {
    let mut trigrams: HashMap<String, Vec<usize>> = HashMap::default();
    let mut short_keys: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, q) in qs.iter().enumerate() {
        if q.words.len() < 3 {
            short_keys.entry(q.words.join(" ")).or_default().push(i);
            continue;
        }
        for w in q.words.windows(3) {
            let entry = trigrams.entry(w.join(" ")).or_default();
            if entry.last() != Some(&i) {
                entry.push(i);
            }
        }
    }
    let mut pairs = Vec::new();
    for v in trigrams.values() {
        for (k, &a) in v.iter().enumerate() {
            pairs.extend(v[k + 1..].iter().map(|&b| (a, b)));
        }
    }
    if !short_keys.is_empty() {
        for (i, q) in qs.iter().enumerate() {
            for n in 1..=2 {
                for w in q.words.windows(n) {
                    for &j in short_keys.get(&w.join(" ")).into_iter().flatten() {
                        if i != j {
                            pairs.push((i.min(j), i.max(j)));
                        }
                    }
                }
            }
        }
    }
    pairs.retain(|&(a, b)| qs[a].claim.article != qs[b].claim.article);
    pairs
}

/// The relation of two quotes, shorter first, or none.
fn relate(a: &Q, b: &Q) -> Option<Rel> {
    let (s, l) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    if s.words.is_empty() {
        return None;
    }
    if s.words == l.words {
        let trim = |t: &str| t.trim().trim_end_matches([',', '.', '!', '?']).to_string();
        return Some(if trim(&s.quote.quote) == trim(&l.quote.quote) {
            Rel::Identical
        } else {
            Rel::Equivalent
        });
    }
    if s.words.len() >= 2
        && l.words
            .windows(s.words.len())
            .any(|w| w == s.words.as_slice())
    {
        return Some(Rel::Subsumed);
    }
    // "that's" for "that is": an outlet's style, not another wording. The words are
    // compared with every contraction spelled out from here on.
    let (se, le) = (spelled_out(&s.words), spelled_out(&l.words));
    let mut sw: &[String] = se.as_deref().unwrap_or(&s.words);
    let mut lw: &[String] = le.as_deref().unwrap_or(&l.words);
    if se.is_some() || le.is_some() {
        if sw == lw {
            return Some(Rel::Equivalent);
        }
        if sw.len() > lw.len() {
            std::mem::swap(&mut sw, &mut lw);
        }
        if sw.len() >= 2 && lw.windows(sw.len()).any(|w| w == sw) {
            return Some(Rel::Subsumed);
        }
    }
    let ops = capture_diff_slices(Algorithm::Myers, sw, lw);
    // Keep the stretch both versions cover: drop the longer quote's extra words at either
    // end, and the shorter's own extra words at either end (overlapping excerpts).
    let mut lo = 0;
    let mut hi = ops.len();
    while lo < hi && matches!(ops[lo], DiffOp::Insert { .. } | DiffOp::Delete { .. }) {
        lo += 1;
    }
    while hi > lo && matches!(ops[hi - 1], DiffOp::Insert { .. } | DiffOp::Delete { .. }) {
        hi -= 1;
    }
    let core = &ops[lo..hi];
    let equal: usize = core
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    if equal < 3 || (equal as f64) < 0.6 * sw.len() as f64 {
        return None;
    }
    let mut changes = Vec::new();
    let mut changed = 0;
    for (i, op) in core.iter().enumerate() {
        let last = i + 1 == core.len();
        match *op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                changed += old_len;
                changes.push((sw[old_index..old_index + old_len].join(" "), String::new()));
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                changed += new_len;
                changes.push((String::new(), lw[new_index..new_index + new_len].join(" ")));
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } if old_len == new_len
                && (0..old_len).all(|k| spelled_alike(&sw[old_index + k], &lw[new_index + k])) => {}
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                changed += old_len;
                // At the end of the shorter quote, the longer one goes on: show only as
                // many of its words as were replaced.
                let shown = if last { new_len.min(old_len) } else { new_len };
                changes.push((
                    sw[old_index..old_index + old_len].join(" "),
                    lw[new_index..new_index + shown].join(" "),
                ));
            }
        }
    }
    if changes.is_empty() {
        // One quote spelled two ways ("behaviour", "behavior"), or overlapping excerpts
        // of one quote.
        let spelled = core.iter().any(|op| matches!(op, DiffOp::Replace { .. }));
        return Some(if spelled && sw.len() == lw.len() {
            Rel::Equivalent
        } else {
            Rel::Subsumed
        });
    }
    let limit = 2.max(sw.len() / 4);
    (changed <= limit).then_some(Rel::Wording(changes))
}

/// `data/spelling_variants.tsv`: British parts of words and their American spelling.
static SPELLINGS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/spelling_variants.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .map(|(b, a)| (b.trim(), a.trim()))
            .collect()
    });

/// Whether two words are one word spelled the British and the American way
/// ("behaviour" and "behavior", "centre" and "center", "organised" and "organized").
fn spelled_alike(a: &str, b: &str) -> bool {
    fn american(word: &str) -> String {
        let mut w = word.to_string();
        for (british, us) in SPELLINGS.iter() {
            if let Some(at) = w.get(1..).and_then(|rest| rest.find(british)) {
                w.replace_range(1 + at..1 + at + british.len(), us);
            }
        }
        w
    }
    a != b
        && a.chars().count() >= 5
        && b.chars().count() >= 5
        && a.chars().all(char::is_alphabetic)
        && b.chars().all(char::is_alphabetic)
        && american(a) == american(b)
}

/// Every quote finding for a set of articles.
pub fn judge(docs: &[Doc], claims: &[&Claim]) -> Vec<Finding> {
    let quote = Quoter::new(docs);
    let qs: Vec<Q> = claims
        .iter()
        .filter_map(|c| {
            c.as_quote().map(|q| Q {
                claim: c,
                quote: q,
                words: quote_words(&q.quote),
            })
        })
        .collect();
    let mut pairs: Vec<u64> = candidate_pairs(&qs)
        .into_iter()
        .map(|(a, b)| pair_key(a, b))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut sets = UnionFind::new(qs.len());
    let mut relations: Vec<(usize, usize, Rel)> = Vec::new();
    for (a, b) in pairs.into_iter().map(pair_of) {
        if let Some(rel) = relate(&qs[a], &qs[b]) {
            sets.union(a, b);
            relations.push((a, b, rel));
        }
    }
    let clusters = sets.groups();
    // Quotes no other article prints as a quote may still be printed as plain text.
    let openings: HashSet<String> = clusters
        .iter()
        .filter(|m| {
            m.iter()
                .all(|&i| qs[i].claim.article == qs[m[0]].claim.article)
        })
        .flatten()
        .filter(|&&i| qs[i].words.len() >= MIN_UNQUOTED_WORDS)
        .map(|&i| qs[i].words[..3].join(" "))
        .collect();
    let prose = Prose::new(docs, &openings);
    let mut out = Vec::new();
    for members in &clusters {
        let rels: Vec<&(usize, usize, Rel)> = relations
            .iter()
            .filter(|(a, _, _)| members.contains(a))
            .collect();
        let articles = unique(members.iter().map(|&i| qs[i].claim.article.clone()));
        if articles.len() < 2 {
            for &i in members {
                // A transcript is the record other outlets are checked against; its
                // turns that no outlet quotes are no claim of its own.
                if qs[i].quote.cue.as_deref() == Some(TRANSCRIPT_CUE) {
                    continue;
                }
                match prose.find_unquoted(&qs[i]) {
                    Some(found) => out.push(reproduced(&quote, &qs[i], &found)),
                    None => out.push(single_source(&quote, &qs[i])),
                }
            }
            continue;
        }
        out.extend(judge_cluster(&quote, &qs, members, &rels));
    }
    out
}

/// Minimum words for finding a quote's words printed without quote marks elsewhere.
const MIN_UNQUOTED_WORDS: usize = 6;

/// Every article's words, indexed by three-word shingles, to find quotes that another
/// article prints without quote marks (a document it reproduces).
struct Prose<'a> {
    docs: &'a [Doc<'a>],
    words: Vec<Words>,
    index: HashMap<String, Vec<(usize, usize)>>,
}

/// Where another article prints a quote's words.
struct Unquoted {
    article: String,
    line: usize,
    text: String,
}

impl<'a> Prose<'a> {
    /// Indexes only the three-word openings of the quotes to look for, so the index
    /// stays as small as the question.
    fn new(docs: &'a [Doc<'a>], openings: &HashSet<String>) -> Prose<'a> {
        let mut words = Vec::new();
        let mut index: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        let firsts: HashSet<&str> = openings
            .iter()
            .filter_map(|o| o.split(' ').next())
            .collect();
        for (d, doc) in docs.iter().enumerate() {
            if openings.is_empty() {
                words.push(Words::default());
                continue;
            }
            let w = Words::new(&doc.norm.text);
            let mut key = String::new();
            for k in 0..w.len().saturating_sub(2) {
                // Most words start no opening: no key is built for them.
                if !firsts.contains(w.word(k)) {
                    continue;
                }
                key.clear();
                key.push_str(w.word(k));
                key.push(' ');
                key.push_str(w.word(k + 1));
                key.push(' ');
                key.push_str(w.word(k + 2));
                if openings.contains(&key) {
                    index.entry(key.clone()).or_default().push((d, k));
                }
            }
            words.push(w);
        }
        Prose { docs, words, index }
    }

    fn find_unquoted(&self, q: &Q) -> Option<Unquoted> {
        if q.words.len() < MIN_UNQUOTED_WORDS {
            return None;
        }
        let first = q.words[..3].join(" ");
        for &(d, k) in self.index.get(&first)? {
            let doc = &self.docs[d];
            if doc.article.id == q.claim.article {
                continue;
            }
            let w = &self.words[d];
            let fits = w.len() >= k + q.words.len()
                && q.words.iter().enumerate().all(|(j, b)| w.word(k + j) == b);
            if fits {
                let at = w.offset(k);
                let end = w.offset(k + q.words.len() - 1);
                let span = doc.span(&(at..end));
                return Some(Unquoted {
                    article: doc.article.id.clone(),
                    line: span.line,
                    text: super::evidence::snippet(&doc.article.text, &span),
                });
            }
        }
        None
    }
}

/// Normalized words with the offset where each starts.
#[cfg(test)]
fn words_with_offsets(text: &str) -> Vec<(String, usize)> {
    let w = Words::new(text);
    (0..w.len())
        .map(|i| (w.word(i).to_string(), w.offset(i)))
        .collect()
}

/// A text's normalized words (lowercase, folded, apostrophes dropped) in one buffer:
/// each word a range of it, with the offset in the text where the word starts. One
/// allocation for the words of a whole article, where a string each cost one per word.
#[derive(Default)]
struct Words {
    buffer: String,
    words: Vec<(Range<usize>, usize)>,
}

impl Words {
    /// Appends the words of `run` to `out`, joined by spaces.
    fn push_run(&self, run: Range<usize>, out: &mut String) {
        for i in run.clone() {
            if i > run.start {
                out.push(' ');
            }
            out.push_str(self.word(i));
        }
    }

    fn new(text: &str) -> Words {
        Words::up_to(text, usize::MAX)
    }

    /// The first `limit` words only.
    fn up_to(text: &str, limit: usize) -> Words {
        let mut out = Words {
            buffer: String::with_capacity(text.len()),
            words: Vec::new(),
        };
        // Where the word being read starts, in the buffer and in the text.
        let mut open: Option<(usize, usize)> = None;
        // Where in the buffer the open word had an apostrophe.
        let mut apostrophe: Option<usize> = None;
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // ASCII is read byte by byte (most of any article); `fold_char` changes no
            // ASCII character but the backtick, an apostrophe.
            let (c, len) = if b[i].is_ascii() {
                let c = if b[i] == b'`' { '\'' } else { char::from(b[i]) };
                (c, 1)
            } else {
                let c = text[i..].chars().next().expect("a character boundary");
                (fold_char(c), c.len_utf8())
            };
            if c.is_ascii_alphanumeric() {
                open.get_or_insert((out.buffer.len(), i));
                out.buffer.push(c.to_ascii_lowercase());
            } else if c.is_alphanumeric() {
                open.get_or_insert((out.buffer.len(), i));
                out.buffer.extend(c.to_lowercase());
            } else if c == '\'' && open.is_some() {
                apostrophe = Some(out.buffer.len());
            } else if let Some(skip) = open.and(bracketed_ending(&b[i..])) {
                // "deeply regret[s] that": the reporter's ending, not the speaker's word.
                i += skip;
                continue;
            } else if let Some((from, at)) = open.take() {
                out.close(from, at, apostrophe.take(), b);
                if out.words.len() == limit {
                    return out;
                }
            }
            i += len;
        }
        if let Some((from, at)) = open {
            out.close(from, at, apostrophe, b);
        }
        out
    }

    /// Ends the word read into the buffer from `from` (at `at` of `text`): its
    /// apostrophe kept or dropped, a number word written in digits, and a unit after a
    /// tens word joined to it ("forty-one", "forty one": "41", as "41" is written).
    fn close(&mut self, from: usize, at: usize, apostrophe: Option<usize>, text: &[u8]) {
        keep_apostrophe(&mut self.buffer, from, apostrophe);
        as_digits(&mut self.buffer, from);
        // A unit word is now one digit ("one" stays a word: see `as_digits`), and a
        // tens word two digits ending in 0, both read from letters.
        let unit = match &self.buffer.as_bytes()[from..] {
            [d @ b'2'..=b'9'] => Some(u32::from(d - b'0')),
            b"one" => Some(1),
            _ => None,
        };
        if let (Some(unit), Some((tens, tens_at))) = (unit, self.words.last().cloned())
            && let [t @ b'2'..=b'9', b'0'] = &self.buffer.as_bytes()[tens.clone()]
            && text[at].is_ascii_alphabetic()
            && text[tens_at].is_ascii_alphabetic()
            && text[tens_at..at]
                .iter()
                .filter(|b| !b.is_ascii_alphabetic())
                .count()
                == 1
        {
            let value = u32::from(t - b'0') * 10 + unit;
            self.buffer.truncate(tens.start);
            self.buffer.push_str(&value.to_string());
            self.words.last_mut().expect("a tens word").0 = tens.start..self.buffer.len();
            return;
        }
        self.words.push((from..self.buffer.len(), at));
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    fn word(&self, i: usize) -> &str {
        &self.buffer[self.words[i].0.clone()]
    }

    /// Where word `i` starts in the text.
    fn offset(&self, i: usize) -> usize {
        self.words[i].1
    }
}

/// Writes the number word at `from..` (the end of `buffer`) in digits: "nine out of
/// ten" and "nine out of 10" are one wording, an outlet's style of numbers.
#[inline]
fn as_digits(buffer: &mut String, from: usize) {
    if let Some(v) = crate::canon::numbers::small_number_word(&buffer[from..]) {
        buffer.truncate(from);
        buffer.push_str(&v.to_string());
    }
}

/// The length of a reporter's ending in brackets glued to a word ("[s]", "[ed]"), which
/// fits the speaker's word to the sentence around it; none for other brackets.
fn bracketed_ending(b: &[u8]) -> Option<usize> {
    let close = b.iter().take(5).position(|&c| c == b']')?;
    (close > 1 && b[0] == b'[' && b[1..close].iter().all(u8::is_ascii_lowercase))
        .then_some(close + 1)
}

fn reproduced(quote: &Quoter, q: &Q, found: &Unquoted) -> Finding {
    let mut f = new_finding(
        FindingType::Equivalent,
        &topic_of(q.quote),
        &key_of(q),
        format!(
            "{} quotes {} from {}, and {} prints the same words without quote marks",
            q.claim.article,
            opening(q.quote),
            speaker_name(q.quote),
            found.article
        ),
        "a quote's words appear verbatim, unquoted, in another article (a reproduced document)",
        &[q.claim],
        vec![
            evidence_of(quote, q),
            Evidence {
                article: found.article.clone(),
                line: found.line,
                text: found.text.clone(),
            },
        ],
    );
    f.articles.push(found.article.clone());
    f
}

/// The speaker's name for a topic and a summary.
fn speaker_name(q: &QuoteClaim) -> String {
    q.speaker
        .as_ref()
        .map_or("unattributed".to_string(), |s| s.name.clone())
}

/// The first words of a quote, for summaries.
fn opening(q: &QuoteClaim) -> String {
    let words: Vec<&str> = q.quote.split_whitespace().collect();
    if words.len() <= 9 {
        format!(
            "\"{}\"",
            q.quote.trim_end_matches([',', ' ', '.', ';', ':'])
        )
    } else {
        format!(
            "\"{}…\"",
            words[..8].join(" ").trim_end_matches([',', ';', ':'])
        )
    }
}

fn topic_of(q: &QuoteClaim) -> String {
    format!("quote: {}", speaker_name(q))
}

fn key_of(q: &Q) -> String {
    let speaker = q
        .quote
        .speaker
        .as_ref()
        .map_or("unattributed".to_string(), |s| s.key.clone());
    let start: Vec<&str> = q.words.iter().take(6).map(String::as_str).collect();
    // Finding ids keep no apostrophe ("were-fixing"), as before quote words kept one.
    format!("{speaker}:{}", start.join("-").replace('\'', ""))
}

/// Words of a quote that locate it inside a longer one ([`evidence_per_line`]).
const FOCUS_WORDS: usize = 3;

fn evidence_of(quote: &Quoter, q: &Q) -> Evidence {
    quote.at(&q.claim.article, &q.claim.span)
}

fn judge_cluster(
    quote: &Quoter,
    qs: &[Q],
    members: &[usize],
    rels: &[&(usize, usize, Rel)],
) -> Vec<Finding> {
    let mut out = Vec::new();
    // The longest quote stands for the cluster.
    let head = *members
        .iter()
        .max_by_key(|&&i| (qs[i].words.len(), std::cmp::Reverse(i)))
        .unwrap();
    let h = &qs[head];
    let claims: Vec<&Claim> = members.iter().map(|&i| qs[i].claim).collect();
    let evidence = evidence_per_line(quote, qs, members);
    // Who is credited, person by person. A name spelled two ways is one person's (the
    // spelling is a finding of names.rs).
    let credits_of = |members: &[usize]| {
        let mut by_speaker: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
        for &i in members {
            if let Some(s) = qs[i]
                .quote
                .speaker
                .as_ref()
                .filter(|s| s.kind == SpeakerKind::Person)
            {
                let key = by_speaker
                    .iter()
                    .find(|(_, (name, _))| super::names::spelled_alike(name, &s.name))
                    .map_or_else(|| s.key.clone(), |(k, _)| k.clone());
                let e = by_speaker
                    .entry(key)
                    .or_insert((s.name.clone(), Vec::new()));
                // Named in full where any outlet names the speaker so: "Rebecca
                // Lindqvist", not a blog's "Justice Lindqvist".
                if s.name.split_whitespace().count() > e.0.split_whitespace().count() {
                    e.0 = s.name.clone();
                }
                if !e.1.contains(&qs[i].claim.article) {
                    e.1.push(qs[i].claim.article.clone());
                }
            }
        }
        by_speaker
    };
    let by_speaker = credits_of(members);
    // Who is credited with the versions long enough to be one person's words: a short
    // version ("Help is on the way") inside another's long quote may be anyone's.
    let long: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| qs[i].words.len() >= MIN_ATTRIBUTION_WORDS)
        .collect();
    let long_credits = credits_of(&long);
    let shortest_shared = rels
        .iter()
        .map(|(a, b, _)| qs[*a].words.len().min(qs[*b].words.len()))
        .max()
        .unwrap_or(0);
    let wording: Vec<&&(usize, usize, Rel)> = rels
        .iter()
        .filter(|r| matches!(r.2, Rel::Wording(_)))
        .collect();
    let speakers_agree = by_speaker.len() <= 1;
    let misattributed = long_credits.len() > 1 && shortest_shared >= MIN_ATTRIBUTION_WORDS;
    if !wording.is_empty() {
        let mut diff = Vec::new();
        // Each change once, with every article that words it the other way.
        let mut changes_seen: Vec<((String, String, String), Vec<String>)> = Vec::new();
        for (a, b, rel) in wording.iter().map(|r| (&r.0, &r.1, &r.2)) {
            let Rel::Wording(changes) = rel else { continue };
            let (s, l) = if qs[*a].words.len() <= qs[*b].words.len() {
                (*a, *b)
            } else {
                (*b, *a)
            };
            for (sw, lw) in changes {
                diff.push(WordChange {
                    article: qs[s].claim.article.clone(),
                    words: sw.clone(),
                    other_article: qs[l].claim.article.clone(),
                    other_words: lw.clone(),
                });
                let key = (qs[s].claim.article.clone(), sw.clone(), lw.clone());
                let other = qs[l].claim.article.clone();
                match changes_seen.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, others)) if !others.contains(&other) => others.push(other),
                    Some(_) => {}
                    None => changes_seen.push((key, vec![other])),
                }
            }
        }
        let pairs_text: Vec<String> = changes_seen
            .iter()
            .map(|((article, words, other_words), others)| {
                change_text(article, words, other_words, others)
            })
            .collect();
        let credit = match by_speaker.values().next() {
            Some((name, _)) if speakers_agree => format!(" (all credit {name})"),
            _ => String::new(),
        };
        let mut f = new_finding(
            FindingType::QuoteWording,
            &topic_of(h.quote),
            &key_of(h),
            format!(
                "The quote {} is worded differently: {}{credit}",
                opening(h.quote),
                pairs_text.join("; ")
            ),
            "the same quote, aligned word by word, differs beyond case, punctuation and dashes",
            &claims,
            evidence.clone(),
        );
        // Show each version around the words that differ.
        f.evidence = members
            .iter()
            .map(|&i| {
                let q = &qs[i];
                let word = diff
                    .iter()
                    .find_map(|d| {
                        if d.article == q.claim.article && !d.words.is_empty() {
                            Some(d.words.split(' ').next().unwrap_or(""))
                        } else if d.other_article == q.claim.article && !d.other_words.is_empty() {
                            Some(d.other_words.split(' ').next().unwrap_or(""))
                        } else {
                            None
                        }
                    })
                    .unwrap_or("");
                quote.at_word(&q.claim.article, &q.claim.span, word)
            })
            .collect();
        f.marks = unique(
            diff.iter()
                .flat_map(|d| [d.words.clone(), d.other_words.clone()])
                .filter(|w| !w.is_empty()),
        );
        f.diff = diff;
        f.notes = cue_notes(qs, members);
        out.push(f);
    }
    // The shortest version: the words every version holds.
    let shortest = &qs[*members
        .iter()
        .min_by_key(|&&i| (qs[i].words.len(), i))
        .unwrap()];
    // The words shown are a version two people are credited with, and the credits are
    // of the versions that hold those words or are held by them: a long quote joining
    // two outlets' shorter ones ("Crews made progress, but the weather is turning")
    // must not lend one outlet's words to the other's speaker.
    let shown = misattributed
        .then(|| crossed_version(qs, &long, rels))
        .flatten();
    if let Some(shown) = shown {
        let credited: Vec<usize> = long
            .iter()
            .copied()
            .filter(|&i| {
                i == shown
                    || rels
                        .iter()
                        .any(|(a, b, _)| (*a, *b) == (shown, i) || (*a, *b) == (i, shown))
            })
            .collect();
        let (topic, credits) = credit_lines(&credits_of(&credited));
        let mut f = new_finding(
            FindingType::QuoteAttribution,
            &topic,
            &key_of(h),
            format!("The words {} are {credits}", opening(qs[shown].quote)),
            "the same words are credited to different people",
            &credited.iter().map(|&i| qs[i].claim).collect::<Vec<_>>(),
            evidence_per_line(quote, qs, &credited),
        );
        f.notes = cue_notes(qs, &credited);
        out.push(f);
    }
    // Two people credited with words too short to be one person's own ("We
    // deserve better than this"): the words match, but who said them cannot be
    // settled either way, and an agreement would hide the second name.
    if wording.is_empty() && shown.is_none() && !speakers_agree && !misattributed {
        let (topic, credits) = credit_lines(&by_speaker);
        let mut f = new_finding(
            FindingType::NotComparable,
            &topic,
            &key_of(h),
            format!(
                "The words {} are {credits}; too few words in common to say they are one person's",
                opening(shortest.quote)
            ),
            "the same short words are credited to different people",
            &claims,
            evidence,
        );
        f.notes = cue_notes(qs, members);
        out.push(f);
        return out;
    }
    if wording.is_empty() && shown.is_none() {
        let all_identical = rels.iter().all(|r| r.2 == Rel::Identical);
        let any_subsumed = rels.iter().any(|r| r.2 == Rel::Subsumed);
        let (kind_type, how) = if all_identical {
            (FindingType::Identical, "in the same words")
        } else if any_subsumed {
            (
                FindingType::Subsumed,
                "in the same words, some in part or joined with the next sentence",
            )
        } else if members.iter().any(|&i| qs[i].words != qs[members[0]].words) {
            (
                FindingType::Equivalent,
                "in the same words once quote marks, dashes and commas are normalized, contractions spelled out and British spellings read as American",
            )
        } else {
            (
                FindingType::Equivalent,
                "in the same words once quote marks, dashes and commas are normalized",
            )
        };
        let arts = unique(members.iter().map(|&i| qs[i].claim.article.clone()));
        let who = match by_speaker.values().next() {
            Some((name, _)) if speakers_agree => format!("{} quote", possessive(name)),
            _ => "The quote".to_string(),
        };
        let topic = match by_speaker.values().next() {
            Some((name, _)) if speakers_agree => format!("quote: {name}"),
            _ => topic_of(h.quote),
        };
        let mut f = new_finding(
            kind_type,
            &topic,
            &key_of(h),
            format!(
                "{who} {} appears in {} {how}",
                // A transcript's whole turn stands for no outlet's words: the part
                // quoted is what every article prints.
                opening(if h.quote.cue.as_deref() == Some(TRANSCRIPT_CUE) {
                    shortest.quote
                } else {
                    h.quote
                }),
                join(&arts)
            ),
            match kind_type {
                FindingType::Identical => "the same quote, character for character",
                FindingType::Subsumed => "a quote or fragment is contained in a longer version",
                _ => "the same words after normalizing case, punctuation, quote marks and dashes",
            },
            &claims,
            evidence,
        );
        f.notes = cue_notes(qs, members);
        out.push(f);
    }
    out
}

/// A finding's topic naming each person credited ("quote: Ann Lee / Tom Hale") and its
/// credits ("Ann Lee's in letter and Tom Hale's in radio").
fn credit_lines(by_speaker: &BTreeMap<String, (String, Vec<String>)>) -> (String, String) {
    let names: Vec<&str> = by_speaker.values().map(|(n, _)| n.as_str()).collect();
    let credits: Vec<String> = by_speaker
        .values()
        .map(|(name, arts)| format!("{} in {}", possessive(name), join(arts)))
        .collect();
    (format!("quote: {}", names.join(" / ")), join(&credits))
}

/// "cues: 000 said in a statement (statement); 002 said (spoken)".
fn cue_notes(qs: &[Q], members: &[usize]) -> Vec<String> {
    let mut cues: Vec<String> = Vec::new();
    let mut media: Vec<&str> = Vec::new();
    for &i in members {
        let q = qs[i].quote;
        if let Some(cue) = &q.cue {
            let medium = q.medium.as_deref().unwrap_or("?");
            let line = format!("{} {cue} ({medium})", qs[i].claim.article);
            if !cues.contains(&line) {
                cues.push(line);
            }
        }
        if let Some(m) = q.medium.as_deref()
            && !media.contains(&m)
        {
            media.push(m);
        }
    }
    let mut notes = Vec::new();
    if !cues.is_empty() {
        notes.push(format!("cues: {}", cues.join("; ")));
    }
    let real: Vec<&&str> = media.iter().filter(|m| **m != "spoken").collect();
    if real.len() > 1 {
        notes.push(format!(
            "the outlets name different media ({}); both can be true of one quote",
            real.iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    notes
}

fn single_source(quote: &Quoter, q: &Q) -> Finding {
    let mut f = new_finding(
        FindingType::SingleSource,
        &topic_of(q.quote),
        &format!("{}:{}", q.claim.article, key_of(q)),
        format!(
            "Only {} quotes {}: {}",
            q.claim.article,
            speaker_name(q.quote),
            opening(q.quote)
        ),
        "no other article prints these words",
        &[q.claim],
        vec![evidence_of(quote, q)],
    );
    f.notes = q
        .quote
        .cue
        .iter()
        .map(|c| format!("cue: {c} ({})", q.quote.medium.as_deref().unwrap_or("?")))
        .collect();
    f
}

/// One line of evidence per line of an article for the quotes `idx`: a transcript's
/// turn and a quote inside it show the same line.
///
/// A transcript's turn that runs over lines is shown at the words the shortest quote of
/// `idx` opens with, when they are found in it as written: the turn's first line may be
/// a greeting far from the words the others quote. (A quote of several paragraphs in
/// prose is shown at its opening, the words a finding's summary quotes.)
/// The shortest version among `long` that is aligned with a version credited to
/// another person, if any is: the words two people are both credited with.
fn crossed_version(qs: &[Q], long: &[usize], rels: &[&(usize, usize, Rel)]) -> Option<usize> {
    let person = |i: usize| {
        qs[i]
            .quote
            .speaker
            .as_ref()
            .filter(|s| s.kind == SpeakerKind::Person)
    };
    let others = |a: usize, b: usize| match (person(a), person(b)) {
        (Some(x), Some(y)) => x.key != y.key && !super::names::spelled_alike(&x.name, &y.name),
        _ => false,
    };
    rels.iter()
        .filter(|(a, b, _)| long.contains(a) && long.contains(b) && others(*a, *b))
        .flat_map(|(a, b, _)| [*a, *b])
        .min_by_key(|&i| (qs[i].words.len(), i))
}

fn evidence_per_line(quote: &Quoter, qs: &[Q], idx: &[usize]) -> Vec<Evidence> {
    let shortest = idx.iter().min_by_key(|&&i| qs[i].words.len());
    let focus: Option<String> = shortest.map(|&i| {
        let words = &qs[i].words;
        words[..words.len().min(FOCUS_WORDS)].join(" ")
    });
    let mut evidence: Vec<Evidence> = Vec::with_capacity(idx.len());
    for &i in idx {
        let q = &qs[i];
        let e = match &focus {
            Some(focus)
                if !focus.is_empty()
                    && q.quote.cue.as_deref() == Some(TRANSCRIPT_CUE)
                    && quote.spans_lines(&q.claim.article, &q.claim.span) =>
            {
                quote.at_word(&q.claim.article, &q.claim.span, focus)
            }
            _ => evidence_of(quote, q),
        };
        if !evidence
            .iter()
            .any(|x| x.article == e.article && x.line == e.line)
        {
            evidence.push(e);
        }
    }
    evidence
}

/// One change of wording in words a reader takes in at once: `article` leaves out words
/// `others` have, adds words they lack, or has its words where they have theirs.
fn change_text(article: &str, words: &str, other_words: &str, others: &[String]) -> String {
    let one = others.len() == 1;
    let (have, lack) = if one {
        ("has", "does not")
    } else {
        ("have", "do not")
    };
    let others = join(others);
    if words.is_empty() {
        format!("{article} leaves out \"{other_words}\" ({others} {have} it)")
    } else if other_words.is_empty() {
        format!("{article} adds \"{words}\" ({others} {lack})")
    } else {
        format!("{article} has \"{words}\" where {others} {have} \"{other_words}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimBody, QuoteForm, Span};

    #[test]
    fn quote_words_fold_case_apostrophes_and_dashes() {
        assert_eq!(
            words_with_offsets(
                "\u{201c}We DON\u{2019}T\u{2014}won`t\u{2014}back down,\u{201d} Zoë said"
            ),
            [
                ("we".to_string(), 3),
                ("dont".to_string(), 6),
                ("wont".to_string(), 16),
                ("back".to_string(), 24),
                ("down".to_string(), 29),
                ("zoë".to_string(), 38),
                ("said".to_string(), 43),
            ]
        );
        // The byte loop gives what the plain definition gives, character by character.
        let by_chars = |text: &str| {
            let mut out = Vec::new();
            let mut cur = String::new();
            let mut start = 0;
            for (i, c) in text.char_indices() {
                let c = fold_char(c);
                if c.is_alphanumeric() {
                    if cur.is_empty() {
                        start = i;
                    }
                    cur.extend(c.to_lowercase());
                } else if c == '\'' && !cur.is_empty() {
                } else if !cur.is_empty() {
                    out.push((std::mem::take(&mut cur), start));
                }
            }
            if !cur.is_empty() {
                out.push((cur, start));
            }
            out
        };
        for text in [
            "It’s the `best` deal—by far, İstanbul's ΣΊΣΥΦΟΣ said: \"no\" 42x.",
            "'quoted' words'' and trailing apostrophe'",
            "",
        ] {
            assert_eq!(words_with_offsets(text), by_chars(text), "{text}");
        }
        assert!(words_with_offsets(" -- , ").is_empty());
        assert_eq!(quote_words("ÅNGSTRÖM's 3rd"), ["ångströms", "3rd"]);
        assert_eq!(quote_words_up_to("One, two; three four", 2), ["one", "2"]);
        assert_eq!(quote_words_up_to("One two", 6), ["one", "2"]);
        for (text, limit) in [
            ("One, two; three four", 2),
            ("Don't — STOP now", 6),
            ("", 6),
        ] {
            let mut joined = String::from("q:");
            let n = push_quote_words(text, limit, &mut joined);
            let words = quote_words_up_to(text, limit);
            assert_eq!(n, words.len());
            assert_eq!(joined, format!("q:{}", words.join(" ")));
        }
    }

    fn q(article: &str, text: &str) -> Claim {
        Claim {
            id: format!("{article}#q"),
            article: article.to_string(),
            body: ClaimBody::Quote(QuoteClaim {
                quote: text.to_string(),
                speaker: None,
                cue: None,
                medium: None,
                form: QuoteForm::Whole,
                unbalanced: false,
            }),
            text: text.to_string(),
            span: Span {
                start: 0,
                end: 1,
                line: 1,
                col: 1,
            },
        }
    }

    fn rel(a: &str, b: &str) -> Option<Rel> {
        let (ca, cb) = (q("a", a), q("b", b));
        let qa = Q {
            claim: &ca,
            quote: ca.as_quote().unwrap(),
            words: quote_words(a),
        };
        let qb = Q {
            claim: &cb,
            quote: cb.as_quote().unwrap(),
            words: quote_words(b),
        };
        relate(&qa, &qb)
    }

    #[test]
    fn normalization_ignores_case_marks_dashes_and_serial_commas() {
        assert_eq!(
            rel(
                "It’s red, white, and blue—really.",
                "it's red, white and blue — really"
            ),
            Some(Rel::Equivalent)
        );
        assert_eq!(rel("We are ready.", "We are ready."), Some(Rel::Identical));
    }

    #[test]
    fn fragments_and_joined_quotes_are_subsumed() {
        assert_eq!(
            rel(
                "the budget is a fantasy",
                "Frankly, the budget is a fantasy and we all know it."
            ),
            Some(Rel::Subsumed)
        );
    }

    #[test]
    fn british_and_american_spellings_are_one_wording() {
        assert!(spelled_alike("behaviour", "behavior"));
        assert!(spelled_alike("centre", "center"));
        assert!(spelled_alike("organised", "organized"));
        assert!(spelled_alike("travelled", "traveled"));
        assert!(!spelled_alike("county", "country"));
        assert!(!spelled_alike("four", "for"));
        let r = rel(
            "We saw fire behaviour tonight that we have not seen before",
            "We saw fire behavior tonight that we have not seen before",
        );
        assert_eq!(r, Some(Rel::Equivalent));
    }

    #[test]
    fn one_changed_word_is_a_wording_difference() {
        let r = rel(
            "The plan is a gift to the whole city.",
            "The plan is a gift to the whole county.",
        );
        assert_eq!(
            r,
            Some(Rel::Wording(vec![("city".into(), "county".into())]))
        );
        let r = rel(
            "help our neighbors in need",
            "We must help our neighbor in need, today and every day.",
        );
        assert_eq!(
            r,
            Some(Rel::Wording(vec![("neighbors".into(), "neighbor".into())]))
        );
    }

    #[test]
    fn a_number_in_words_or_digits_is_one_wording() {
        assert_eq!(
            rel(
                "One case can infect nine out of ten people.",
                "One case can infect nine out of 10 people."
            ),
            Some(Rel::Equivalent)
        );
        assert_eq!(quote_words("one of twenty"), ["one", "of", "20"]);
        // A tens word and a unit, hyphened or not, are one number.
        assert_eq!(
            rel(
                "We have lost forty-one teachers in two years.",
                "We have lost 41 teachers in two years."
            ),
            Some(Rel::Equivalent)
        );
        assert_eq!(
            quote_words("forty one of 40 one"),
            ["41", "of", "40", "one"]
        );
    }

    #[test]
    fn a_bracketed_ending_is_the_reporters_not_a_wording() {
        assert_eq!(
            rel(
                "We deeply regret that this happened to our riders.",
                "deeply regret[s] that this happened",
            ),
            Some(Rel::Subsumed)
        );
        // A bracketed word of its own is kept: it stands for the speaker's.
        assert_eq!(
            quote_words("[Pike County] will pay"),
            ["pike", "county", "will", "pay"]
        );
    }

    #[test]
    fn a_contraction_spelled_out_is_the_same_wording() {
        let r = rel(
            "Nobody got everything, and that's how you know it's fair.",
            "Nobody got everything, and that is how you know it is fair.",
        );
        assert_eq!(r, Some(Rel::Equivalent));
        let r = rel(
            "and that's how you know",
            "Nobody got everything, and that is how you know it is fair.",
        );
        assert_eq!(r, Some(Rel::Subsumed));
        // Another word is still another wording.
        let r = rel(
            "Nobody got everything, and that's how you know it's fair.",
            "Nobody got everything, and that is how you see it is fair.",
        );
        assert!(matches!(r, Some(Rel::Wording(_))), "{r:?}");
    }

    #[test]
    fn different_quotes_sharing_a_phrase_are_unrelated() {
        assert_eq!(
            rel(
                "We will protect the rule of law in this state.",
                "Nobody is above the rule of law, he said, and nobody ever will be."
            ),
            None
        );
    }
}
