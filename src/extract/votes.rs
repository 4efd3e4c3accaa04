//! Vote tallies: "voted 4-1", "a 5–0 vote", "approved 6-3", "passed it 12 to 9". A
//! number pair joined by a hyphen, a dash or "to" is a tally only in a sentence that
//! speaks of a vote (`data/vote_words.txt`); elsewhere it is a score, an age range or a
//! ratio. Each tally keeps the body that voted, where the sentence names one
//! (`data/vote_bodies.tsv`): a legislature's two chambers vote on one bill.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::gates::{Gate, Gates};
use crate::model::{Attendance, AttendanceClaim, Claim, ClaimBody, VoteClaim};
use crate::text::normalize::ascii_lower;
use crate::text::{Doc, pattern};

/// Words that make a number pair a tally, each with whether it is weak: said of games
/// too ("passes", "defeated"), so that it makes a tally only where no word of a game is.
static VOTE_WORDS: LazyLock<rustc_hash::FxHashMap<&'static str, bool>> = LazyLock::new(|| {
    crate::data::marked(include_str!("../../data/vote_words.txt"), "weak").collect()
});

/// `data/sport_words.txt`: words of games, before which a weak vote word makes no vote.
/// Each with whether it names a game for sure (marked "game").
pub(crate) static SPORT_WORDS: LazyLock<rustc_hash::FxHashMap<&'static str, bool>> =
    LazyLock::new(|| {
        crate::data::marked(include_str!("../../data/sport_words.txt"), "game").collect()
    });

/// Two counts joined by a hyphen or a dash, not part of a longer run ("2-1-1", "4-1-year").
/// ASCII classes: the tally is ASCII, and Unicode `\w` and `\d` cost more to compile
/// than the pattern costs to run.
/// A spoken tally ("12 to 9", "a 12-to-9 vote", "by 31 votes to 24") is one too.
static TALLY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?:^|[^0-9A-Za-z_-])(?P<for>[0-9]{1,3}(?:,[0-9]{3})?)(?P<sep> ?[-–—] ?| to |-to-| votes? to )(?P<against>[0-9]{1,3}(?:,[0-9]{3})?)(?:$|[^0-9A-Za-z_-])")
        .unwrap()
});

/// A tally in words, as a transcript writes it: "voted seven to two", "a
/// seven-to-two vote". Read only in sentences with no digit, where [`TALLY`] finds none.
static SPOKEN_TALLY: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&spoken_tally_pattern()).unwrap());

/// The pattern of [`SPOKEN_TALLY`], read for every sentence by the shared gates.
pub(super) fn spoken_tally_pattern() -> String {
    let words = crate::canon::numbers::number_word_pattern();
    format!(r"(?i)\b(?P<for>{words})(?P<sep> to |-to-)(?P<against>{words})\b")
}

/// Words after a tally in words that make it a ratio ("by a two-to-one margin").
const RATIO_WORDS: [&str; 3] = ["margin", "ratio", "majority"];

/// Whether `text` opens, after spaces, with the word `word`.
fn starts_with_word(text: &str, word: &str) -> bool {
    let text = text.trim_start();
    text.get(..word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
        && !text[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Words of voting bodies and the body each names; the flag says the word counts only
/// when capitalized ("House"). Words of documents ("Bill") have the body "(document)".
static BODIES: LazyLock<rustc_hash::FxHashMap<String, (&'static str, bool)>> =
    LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/vote_bodies.tsv"))
            .filter_map(|l| {
                let mut cols = l.split('\t').map(str::trim);
                let (word, body) = (cols.next()?, cols.next()?);
                let capital = word.starts_with(|c: char| c.is_uppercase());
                Some((word.to_lowercase(), (body, capital)))
            })
            .collect()
    });

/// Bodies that vote once in a story (the "once" column of `data/vote_bodies.tsv`).
pub static VOTES_ONCE: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/vote_bodies.tsv"))
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            (cols.get(2) == Some(&"once")).then_some(cols[1])
        })
        .collect()
});

/// The document marker of `data/vote_bodies.tsv`.
const DOCUMENT: &str = "(document)";

/// Prose paragraphs that open an article: a tally there is the story's vote.
const LEAD_PARAGRAPHS: usize = 2;

/// A tally in an article's opening paragraphs ("voted 5-2 to approve", "The vote was
/// 5-0") says the vote was held, as "the vote went ahead" would: another outlet's "A
/// vote on the rates was postponed" cannot be so. A tally further down may be an
/// earlier vote's, and says nothing of the story's. Each is read as the status of the
/// event "vote", under the tally's own claim id, so that a finding cites the tally.
pub fn vote_held(doc: &Doc, vote: &Claim) -> Option<Claim> {
    let tally = vote.as_vote()?;
    let in_lead = doc
        .blocks
        .iter()
        .filter(|b| b.kind == crate::text::BlockKind::Prose)
        .take(LEAD_PARAGRAPHS)
        .any(|b| {
            (doc.norm.to_original(b.range.start)..doc.norm.to_original(b.range.end))
                .contains(&vote.span.start)
        });
    in_lead.then(|| Claim {
        body: ClaimBody::Attendance(AttendanceClaim {
            event: "vote".into(),
            who: "the event".into(),
            who_key: "event".into(),
            status: Attendance::Held,
            cue: format!("a {}-{} vote", tally.in_favor, tally.against),
        }),
        ..vote.clone()
    })
}

/// Every vote tally of a document, in order.
pub fn extract_votes(doc: &Doc, gates: &Gates) -> Vec<Claim> {
    let mut found: Vec<(Range<usize>, VoteClaim)> = Vec::new();
    let mut previous: Option<&crate::text::segment::Sentence> = None;
    let mut spoken = gates.in_order();
    for s in doc.prose_sentences() {
        let lead_in = previous;
        previous = Some(s);
        let tallies = tallies_in(doc, s, lead_in, spoken.open(&s.range, Gate::SpokenTally));
        // "The board voted unanimously to admit …": a vote with no tally, in a sentence
        // that gives none.
        if tallies.is_empty()
            && let Some(vote) = unanimous_in(doc, s)
        {
            found.push(vote);
        }
        found.extend(tallies);
    }
    found.extend(roll_calls(doc));
    found.extend(fact_sheet_tallies(doc));
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, vote))| Claim {
            id: format!("{}#vote{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Vote(vote),
            text: doc.words(&range),
            span: doc.span(&range),
        })
        .collect()
}

/// Longest label of a fact sheet's tally ("Final vote", "Roll call tally"), in bytes.
const MAX_TALLY_LABEL: usize = 24;

/// The tallies of a fact sheet's bullets ("- Vote: 7-2", "- Final tally: 5-2"): an
/// item with no sentence in it, read for its tally when its label speaks of a vote. The
/// body is the one the title names, as for a roll call.
fn fact_sheet_tallies(doc: &Doc) -> Vec<(Range<usize>, VoteClaim)> {
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.kind != crate::text::BlockKind::Bullet {
            continue;
        }
        let text = doc.text(&b.range);
        let Some((label, _)) = text.split_once(": ") else {
            continue;
        };
        if label.len() > MAX_TALLY_LABEL || !speaks_of_a_vote(label) {
            continue;
        }
        let item = crate::text::segment::Sentence {
            range: b.range.clone(),
            block: i,
        };
        for (range, mut vote) in tallies_in(doc, &item, None, false) {
            if vote.body.is_none() {
                vote.body = title_body(doc).map(str::to_string);
            }
            found.push((range, vote));
        }
    }
    found
}

/// The voting body an article's title names ("SENATE JOURNAL", "Dalton City Council
/// adopts budget"): the body of a tally that names none near it, in a roll call or a
/// fact sheet.
fn title_body(doc: &Doc) -> Option<&'static str> {
    let title = doc.article.title.as_str();
    body_of(title, title.len(), title.len())
}

/// A roll call's count under its label, as a legislature's journal and minutes print
/// it: "YEAS—21.", "NAYS—Brandvold, Cassel, Vance—17." (the names, then the count),
/// "Ayes: 5", "Yeas 21, Nays 17", "the ayes were 21". The names start with a capital and
/// hold no digit and no dash, so that "Nays: Lee and Hale. The 4-1 vote" is not read
/// as one. (Plain classes: a class of every letter costs tens of millions of
/// instructions to compile.)
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    let labels = super::facts::alternation(TALLY_LABELS.iter().map(|(l, _)| *l));
    pattern::compile(&format!(
        r"\b(?P<label>(?i:{labels}))\b(?:[ \t]*(?::|—|–|-|were|was)[ \t]*|[ \t]+)(?:[A-Z][^\n0-9—–-]*?[ \t]*[—–-][ \t]*)?(?P<n>[0-9]{{1,3}})\b"
    ))
    .unwrap()
});

/// A label of those against ("nays", "noes") as a whole word: the paragraphs that may
/// hold a roll call, found with one search.
static AGAINST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels =
        super::facts::alternation(TALLY_LABELS.iter().filter(|(_, yea)| !yea).map(|(l, _)| *l));
    pattern::compile(&format!(r"(?i)\b(?:{labels})\b")).unwrap()
});

/// `data/tally_labels.tsv`: a roll call's labels, each with whether it counts those for.
static TALLY_LABELS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/tally_labels.tsv"))
        .filter_map(|l| {
            let (label, side) = l.split_once('\t')?;
            Some((label, side.trim() == "for"))
        })
        .collect()
});

/// Most bytes between a roll call's "yeas" count and its "nays" label.
const ROLL_CALL_GAP: usize = 40;

/// The tallies of a roll call printed by label ([`LABELLED`]): a count of yeas and the
/// count of nays right after it in one paragraph. The body is the one the paragraph
/// names before it, else the title's ("SENATE JOURNAL").
fn roll_calls(doc: &Doc) -> Vec<(Range<usize>, VoteClaim)> {
    let mut found = Vec::new();
    for b in doc
        .blocks
        .iter()
        .filter(|b| b.kind == crate::text::BlockKind::Prose)
    {
        let text = doc.text(&b.range);
        if !AGAINST_LABEL.is_match(text) {
            continue;
        }
        let counts: Vec<(bool, u32, Range<usize>)> = pattern::captures(&LABELLED, text)
            .filter_map(|c| {
                let label = c["label"].to_ascii_lowercase();
                let yea = TALLY_LABELS.iter().any(|&(l, yea)| yea && l == label);
                let m = c.get(0).unwrap();
                Some((yea, c["n"].parse().ok()?, m.start()..m.end()))
            })
            .collect();
        for pair in counts.windows(2) {
            let ((yea, yes, ry), (nay, no, rn)) = (&pair[0], &pair[1]);
            if !*yea || *nay || rn.start - ry.end > ROLL_CALL_GAP || yes < no {
                continue;
            }
            let (start, end) = (ry.start, rn.end);
            let body = body_of(text, start, end).or_else(|| title_body(doc));
            found.push((
                b.range.start + start..b.range.start + end,
                VoteClaim {
                    in_favor: *yes,
                    against: *no,
                    unanimous: false,
                    motion: Vec::new(),
                    body: body.map(str::to_string),
                    context: super::context_stems_within(text, start, end, SENTENCE_WORDS),
                },
            ));
        }
    }
    found
}

/// The tallies of one sentence; `lead_in` is the prose sentence before it. `words`
/// says the sentence may hold a spoken tally ("voted seven to two").
fn tallies_in(
    doc: &Doc,
    s: &crate::text::segment::Sentence,
    lead_in: Option<&crate::text::segment::Sentence>,
    words: bool,
) -> Vec<(Range<usize>, VoteClaim)> {
    let mut found = Vec::new();
    let before = lead_in.filter(|p| p.block == s.block);
    let text = doc.text(&s.range);
    // A tally needs a number and a dash or "to"; most sentences are not read further.
    let digit = pattern::has_digit(text);
    if !digit && !words {
        return found;
    }
    let dash = pattern::has_byte(text, b'-')
        || text.contains('–')
        || text.contains('—')
        || text.contains(" to ");
    if !dash || !speaks_of_a_vote(text) {
        return found;
    }
    // Tallies in figures, then in words where the gate saw one ("voted six to three"
    // in a sentence that gives "$412.6 million" too).
    let figures = digit.then(|| pattern::captures(&TALLY, text));
    let spoken = words.then(|| pattern::captures(&SPOKEN_TALLY, text));
    for c in figures
        .into_iter()
        .flatten()
        .chain(spoken.into_iter().flatten())
    {
        let number =
            |n: &str| crate::canon::numbers::parse_number(n).and_then(|v| u32::try_from(v).ok());
        let (Some(yes), Some(no)) = (number(&c["for"]), number(&c["against"])) else {
            continue;
        };
        // "by a two-to-one margin": a ratio of votes, not a count of voters.
        if !c["for"].starts_with(|c: char| c.is_ascii_digit())
            && RATIO_WORDS
                .iter()
                .any(|w| starts_with_word(&text[c.get(0).unwrap().end()..], w))
        {
            continue;
        }
        // "cut the board from 12 to 9": a change, not a tally.
        if c["sep"].contains("to") && spoken_range(&text[..c.name("for").unwrap().start()]) {
            continue;
        }
        // A tally is written winner first ("4-1", "60-40"); a pair rising from left
        // to right is a range ("ages 5-12"). "0-0" is no vote. Pairs summing over a
        // thousand are a membership's vote, written with "to" ("voted 2,912 to
        // 431") or right after a vote word with its thousands set off by a comma
        // ("voted 1,897-323"), not a score or a range.
        let word_before = text[..c.name("for").unwrap().start()]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        let spoken = c["sep"].contains("to")
            || (c["for"].contains(',') && VOTE_WORDS.contains_key(word_before.as_str()));
        if yes < no || yes + no == 0 || (yes + no > 1000 && !spoken) {
            continue;
        }
        let (start, end) = (
            c.name("for").unwrap().start(),
            c.name("against").unwrap().end(),
        );
        // The whole sentence: it is about the vote, and the words that tell one
        // vote from another ("arena", "council") may sit far from the tally
        // ("approved a new downtown arena for the city's pro hockey team on a 7-2
        // vote").
        let mut context = super::context_stems_within(text, start, end, SENTENCE_WORDS);
        let mut body = body_of(text, start, end);
        // "AB 214 passes the Senate. The final tally was 13-8.": a sentence that
        // names no body speaks of the vote of the one before it, if that names one.
        if body.is_none()
            && let Some(p) = before
        {
            let earlier = doc.text(&p.range);
            body = body_of(earlier, earlier.len(), earlier.len());
            if body.is_some() {
                context.extend(super::context_stems_within(earlier, 0, 0, SENTENCE_WORDS));
                context.sort_unstable();
                context.dedup();
            }
        }
        // "Motion to close Ashby Elementary. Carried 4-3.", "The board voted Tuesday to
        // close the school. ¶ The vote was 4-2.": a tally that names no motion is of
        // the motion of the sentence before, when that speaks of a vote and gives no
        // tally of its own.
        let mut motion_named = motion(&text[end..]);
        if motion_named.is_empty()
            && let Some(p) = lead_in
        {
            let earlier = doc.text(&p.range);
            if speaks_of_a_vote(earlier) && pattern::captures(&TALLY, earlier).next().is_none() {
                motion_named = motion(earlier);
                if !motion_named.is_empty() {
                    context.extend(super::context_stems_within(earlier, 0, 0, SENTENCE_WORDS));
                    context.sort_unstable();
                    context.dedup();
                }
            }
        }
        found.push((
            s.range.start + start..s.range.start + end,
            VoteClaim {
                in_favor: yes,
                against: no,
                unanimous: false,
                motion: motion_named,
                body: body.map(str::to_string),
                context,
            },
        ));
    }
    found
}

/// A unanimous vote of one sentence ([`unanimous_at`]), with no tally.
fn unanimous_in(
    doc: &Doc,
    s: &crate::text::segment::Sentence,
) -> Option<(Range<usize>, VoteClaim)> {
    let text = doc.text(&s.range);
    let at = unanimous_at(text)?;
    let end = at + "unanimous".len();
    Some((
        s.range.start + at..s.range.start + end,
        VoteClaim {
            in_favor: 0,
            against: 0,
            unanimous: true,
            motion: motion(&text[end..]),
            body: body_of(text, at, end).map(str::to_string),
            context: super::context_stems_within(text, at, end, SENTENCE_WORDS),
        },
    ))
}

/// Whether the words before a spoken pair ("12 to 9") make it a change or a span:
/// "from 12 to 9", "between 12 to 15".
fn spoken_range(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("between"))
}

/// The body whose vote the tally at `start..end` of `text` is: the nearest body word
/// before it ("the Assembly approved it 28-14"), else the first after it ("12-9 in the
/// Senate"). A body word before a document word names the document ("the Senate passed
/// Assembly Bill 214 12-9" is the Senate's vote).
fn body_of(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let body = |w: &str| -> Option<&'static str> {
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
            .trim_matches(['\'', '’']);
        let &(body, capital) = BODIES.get(&bare.to_lowercase())?;
        (!capital || bare.starts_with(|c: char| c.is_uppercase())).then_some(body)
    };
    let is_body = |ws: &[String], i: usize| {
        body(&ws[i])
            .filter(|&b| b != DOCUMENT && ws.get(i + 1).and_then(|n| body(n)) != Some(DOCUMENT))
    };
    // "sending the measure to the Assembly on a 21-17 vote": a body after "to" is where
    // the measure goes next, not who voted; it is taken only when no other is named.
    let destination = |ws: &[String], i: usize| {
        let to = |j: usize| ws.get(j).is_some_and(|w| w.eq_ignore_ascii_case("to"));
        (i >= 1 && to(i - 1)) || (i >= 2 && ws[i - 1].eq_ignore_ascii_case("the") && to(i - 2))
    };
    let before = words(&text[..start]);
    let after = words(&text[end..]);
    let voter = |ws: &[String], i: usize| is_body(ws, i).filter(|_| !destination(ws, i));
    (0..before.len())
        .rev()
        .find_map(|i| voter(&before, i))
        .or_else(|| (0..after.len()).find_map(|i| voter(&after, i)))
        .or_else(|| (0..before.len()).rev().find_map(|i| is_body(&before, i)))
        .or_else(|| (0..after.len()).find_map(|i| is_body(&after, i)))
}

/// Words read on each side of a tally for its context: more than a sentence holds.
const SENTENCE_WORDS: usize = 40;

/// The stems of the vote words: they say that a vote was taken, not what it was on.
static VOTE_STEMS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    VOTE_WORDS
        .keys()
        .flat_map(|w| super::lists::stems(w))
        .collect()
});

/// What was voted on: the words of the clause after the tally from its first "to"
/// ("4-1 on Thursday to close the pool, …" → close, pool), as sorted stems. Vote words
/// are left out: "to approve the budget" and "to approve the hire" are two motions.
fn motion(after: &str) -> Vec<String> {
    let clause = after.split([',', '.', ';', ':']).next().unwrap_or_default();
    let Some(at) = clause.find(" to ") else {
        return Vec::new();
    };
    let mut v: Vec<String> = super::lists::stems(&clause[at + 4..])
        .into_iter()
        .filter(|s| !VOTE_STEMS.contains(s))
        .collect();
    v.sort();
    v
}

/// Where a sentence that speaks of a vote calls it unanimous ("voted unanimously", "a
/// unanimous vote"), unless it says it was not ("was not unanimous", "nearly
/// unanimous"). Sentences without the word are passed over by one search.
fn unanimous_at(text: &str) -> Option<usize> {
    static NANIMOUS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"nanimous"));
    let at = NANIMOUS.find(text.as_bytes())?.checked_sub(1)?;
    if !text[at..].starts_with(['u', 'U']) || !speaks_of_a_vote(text) {
        return None;
    }
    let before = text[..at].to_lowercase();
    let last = before.split_whitespace().next_back().unwrap_or("");
    let denied = matches!(
        last,
        "not" | "never" | "nearly" | "almost" | "near" | "less" | "than" | "isn't" | "wasn't"
    ) || before.ends_with("near-")
        || before.ends_with("not quite ");
    (!denied).then_some(at)
}

/// True when a word of `text` is a vote word. The words are short and ASCII, so each
/// candidate is lowercased on the stack and longer or non-ASCII words are passed over.
/// A weak vote word counts only in a sentence with no word of a game ("threw three
/// touchdown passes ... held off Washington 31-28" is a score).
pub(crate) fn speaks_of_a_vote(text: &str) -> bool {
    let mut buf = [0u8; 16];
    let (mut weak, mut sport) = (false, false);
    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
        let Some(l) = ascii_lower(w, &mut buf) else {
            continue;
        };
        match VOTE_WORDS.get(l) {
            Some(false) => return true,
            Some(true) => weak = true,
            None => sport = sport || SPORT_WORDS.contains_key(l),
        }
    }
    weak && !sport
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    /// The vote claims of an article's text.
    fn votes_in(text: &str) -> Vec<VoteClaim> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        extract_votes(&doc, &Gates::new(&doc))
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Vote(v) => Some(v),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_spoken_tally_is_read() {
        let tallies = |text: &str| -> Vec<(u32, u32)> {
            votes_in(&format!("T\n\n{text}\n"))
                .iter()
                .map(|v| (v.in_favor, v.against))
                .collect()
        };
        assert_eq!(
            tallies("The council voted seven to two last night to close the pool."),
            [(7, 2)]
        );
        assert_eq!(
            tallies("It passed on a twenty-one-to-nine vote."),
            [(21, 9)]
        );
        assert_eq!(
            tallies("The council voted six to three to adopt a $412.6 million budget."),
            [(6, 3)]
        );
        // A ratio, a range and a tally rising left to right are no tallies.
        assert!(tallies("Voters approved it by a two-to-one margin.").is_empty());
        assert!(tallies("The vote cut the board from nine to seven seats.").is_empty());
        assert!(tallies("Three to five members may vote.").is_empty());
    }

    #[test]
    fn a_fact_sheets_tally_is_read() {
        let votes = votes_in(
            "Dalton City Council adopts budget\n\nThe council adopted the budget.\n\nKey facts:\n- Vote: 5-2\n- Budget: $4 million\n- Score: 5-2\n",
        );
        assert_eq!(
            votes
                .iter()
                .map(|v| (v.in_favor, v.against, v.body.as_deref()))
                .collect::<Vec<_>>(),
            [(5, 2, Some("local"))]
        );
    }

    fn tallies(text: &str) -> Vec<(u32, u32)> {
        votes_in(text)
            .into_iter()
            .map(|v| (v.in_favor, v.against))
            .collect()
    }

    #[test]
    fn a_unanimous_vote_is_a_vote_with_no_votes_against() {
        let votes = |text: &str| {
            votes_in(text)
                .into_iter()
                .map(|v| (v.unanimous, v.in_favor, v.against))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            votes("Headline\n\nThe board voted unanimously to admit them.\n"),
            [(true, 0, 0)]
        );
        assert_eq!(
            votes("Headline\n\nIn a unanimous vote, the council approved the plan.\n"),
            [(true, 0, 0)]
        );
        // A tally in the sentence is the vote; a denial or a hedge is none; nor is a
        // sentence that speaks of no vote.
        assert_eq!(
            votes("Headline\n\nThe unanimous 7-0 vote came at noon.\n"),
            [(false, 7, 0)]
        );
        for text in [
            "Headline\n\nThe vote was not unanimous.\n",
            "Headline\n\nThe plan was approved in a nearly unanimous vote.\n",
            "Headline\n\nThe praise for her was unanimous.\n",
        ] {
            assert_eq!(votes(text), [], "{text}");
        }
    }

    #[test]
    fn tallies_in_sentences_about_a_vote() {
        assert_eq!(
            tallies("Headline\n\nThe council voted 4-1 on Monday to close the pool.\n"),
            [(4, 1)]
        );
        assert_eq!(
            tallies("Headline\n\nThe plan passed on a 5–0 vote after an hour.\n"),
            [(5, 0)]
        );
    }

    #[test]
    fn a_split_body_and_a_court_ruling_are_votes() {
        assert_eq!(
            tallies("Headline\n\nBoard members split 5-2 on the delay.\n"),
            [(5, 2)]
        );
        assert_eq!(
            tallies("Headline\n\nThe justices ruled 6-3 that the map must be redrawn.\n"),
            [(6, 3)]
        );
        assert_eq!(
            tallies(
                "Headline\n\nThe court struck down the cap, ruling 5-2 that it went too far.\n"
            ),
            [(5, 2)]
        );
    }

    #[test]
    fn a_membership_votes_in_thousands_spoken_with_to() {
        assert_eq!(
            tallies("Headline\n\nMembers voted 2,912 to 431 on Thursday to ratify it.\n"),
            vec![(2912, 431)]
        );
        assert_eq!(
            tallies("Headline\n\nThe union voted 1,897-323 to ratify the deal.\n"),
            vec![(1897, 323)]
        );
        // A score or a range in thousands is no vote.
        assert!(tallies("Headline\n\nThe vote drew 1,200-1,100 fans.\n").is_empty());
        assert!(tallies("Headline\n\nVoters cut it from 2,400 to 1,900.\n").is_empty());
    }

    #[test]
    fn the_motion_is_the_clause_after_to() {
        assert_eq!(
            motion(" on Thursday to close the Elm Street pool, the board said."),
            ["close", "elm", "pool", "stree"]
        );
        assert!(motion(", with no debate.").is_empty());
        // A vote word says a vote was taken, not what it was on.
        assert_eq!(motion(" to approve the budget."), ["budge"]);
    }

    fn motions(text: &str) -> Vec<Vec<String>> {
        votes_in(text).into_iter().map(|v| v.motion).collect()
    }

    #[test]
    fn a_tally_with_no_motion_takes_the_motion_of_the_sentence_before() {
        // Minutes: the motion, then "Carried"; a page: the vote, then its tally in a
        // paragraph of its own.
        assert_eq!(
            motions("Minutes\n\nMotion (Lee/Hale) to close the Elm Street pool. Carried 4-3.\n"),
            [["close", "elm", "pool", "stree"]]
        );
        assert_eq!(
            motions(
                "Pool to close\n\nThe board voted Tuesday to close the Elm Street pool.\n\nThe vote was 4-2.\n"
            ),
            [["close", "elm", "pool", "stree"]]
        );
        // A sentence before with its own tally lends nothing; nor does one of no vote.
        assert_eq!(
            motions(
                "Votes\n\nThe board voted 5-2 to close the pool. The vote on fees was 4-3.\n\nIt rained all day to the end. The vote was 6-1.\n"
            ),
            [
                vec!["close".to_string(), "pool".to_string()],
                vec![],
                vec![]
            ]
        );
    }

    #[test]
    fn a_spoken_tally_is_one_and_a_change_is_not() {
        assert_eq!(
            tallies("Headline\n\nThe Senate passed the bill late Monday, 12 to 9.\n"),
            [(12, 9)]
        );
        assert_eq!(
            tallies("Headline\n\nIt passed on a 30-to-12 vote.\n"),
            [(30, 12)]
        );
        assert_eq!(
            tallies("Headline\n\nMembers backed the plan by 40 votes to 11 on Monday.\n"),
            [(40, 11)]
        );
        assert!(
            tallies("Headline\n\nThe council voted to cut the board from 12 to 9 members.\n")
                .is_empty()
        );
    }

    fn bodies(text: &str) -> Vec<Option<String>> {
        votes_in(text).into_iter().map(|v| v.body).collect()
    }

    #[test]
    fn a_roll_call_printed_by_label_is_a_tally() {
        // A journal's roll call: the count after the names, the body from the title.
        let journal = "HOUSE JOURNAL\n\nRoll call on House Bill No. 88:\nYEAS—30.\nNAYS—Hale, Lee, Ortiz and Park—12.\nExcused—Dana—1.\n";
        let v = votes_in(journal);
        assert_eq!(
            v.iter()
                .map(|v| (v.in_favor, v.against, v.body.as_deref()))
                .collect::<Vec<_>>(),
            [(30, 12, Some("house"))]
        );
        assert_eq!(
            tallies("Headline\n\nThe council vote was Ayes: 5, Noes: 2.\n"),
            [(5, 2)]
        );
        assert_eq!(
            tallies("Headline\n\nOn the bill the ayes were 21 and the noes 17.\n"),
            [(21, 17)]
        );
        // Names with no count, and a tally of its own after them: one tally, not two.
        assert_eq!(
            tallies("Headline\n\nNays: Lee and Hale. The 4-1 vote passed the plan.\n"),
            [(4, 1)]
        );
        // Nays with no yeas before them are no tally.
        assert!(tallies("Headline\n\nThe nays were 12, said the clerk.\n").is_empty());
    }

    #[test]
    fn a_tally_keeps_the_body_that_voted() {
        let s = |b: &str| Some(b.to_string());
        assert_eq!(
            bodies(
                "Headline\n\nThe Senate passed Assembly Bill 214 on a 12-9 vote, a week after the Assembly approved it 28-14.\n"
            ),
            [s("senate"), s("assembly")]
        );
        // The sentence before names the chamber.
        assert_eq!(
            bodies("Headline\n\nAB 214 PASSES THE SENATE. The final tally was 13-8.\n"),
            [s("senate")]
        );
        // A house is no chamber in lowercase; a county board is a local body.
        assert_eq!(
            bodies("Headline\n\nThe county commission voted 3-2 to sell the house.\n"),
            [s("local")]
        );
        assert_eq!(bodies("Headline\n\nVoters approved it 60-40.\n"), [None]);
        // A chamber the measure is sent to did not vote on it, unless it is all there is.
        assert_eq!(
            bodies(
                "Headline\n\nThe Senate on Monday passed the bill, sending it to the House on a 30-12 vote.\n"
            ),
            [s("senate")]
        );
        assert_eq!(
            bodies("Headline\n\nIt goes to the House after a 30-12 vote.\n"),
            [s("house")]
        );
    }

    #[test]
    fn scores_ranges_and_dates_are_not_tallies() {
        assert!(tallies("Headline\n\nThe Hawks won 4-1 on Monday.\n").is_empty());
        assert!(tallies("Headline\n\nThe camp takes children ages 5-12.\n").is_empty());
        assert!(tallies("Headline\n\nThe board voted on the 2024-25 budget.\n").is_empty());
        assert!(tallies("Headline\n\nVoters approved the plan 2-1-1.\n").is_empty());
        // A word said of votes and of games ("passes", "defeated") makes a score in a
        // sentence about a game, and a vote elsewhere.
        for text in [
            "Ann Lee threw three touchdown passes and Pike held off Dalton 31-28 on Saturday.",
            "Pike defeated Dalton 24-17 in the title game.",
        ] {
            assert!(
                tallies(&format!("Headline\n\n{text}\n")).is_empty(),
                "{text}"
            );
        }
        assert_eq!(
            tallies("Headline\n\nThe measure was defeated 5-4 on Tuesday.\n"),
            [(5, 4)]
        );
        assert_eq!(
            tallies("Headline\n\nThe council voted 6-3 after the game.\n"),
            [(6, 3)]
        );
    }
}
