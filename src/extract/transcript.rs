//! Transcripts: "SHERIFF DANA ORTIZ: Good afternoon. …". Each turn is its speaker's own
//! words, so a transcript is the record an outlet's quote can be checked against: the
//! same words credited to someone else, or worded otherwise.
//!
//! A paragraph opens a turn when it starts with a label in capitals and a colon. An
//! article is read as a transcript only when two or more paragraphs do, so that one
//! "NOTE:" or "UPDATE:" makes no turn. A turn runs to the next label; a label of no
//! person ("REPORTER:", "Q:", "MODERATOR:", `data/transcript_labels.txt`) ends the turn
//! before it and opens none.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::people::{People, is_honorific, is_role_word};
use crate::model::{Speaker, SpeakerKind};
use crate::text::normalize::fold_name;
use crate::text::segment::BlockKind;
use crate::text::{Doc, pattern};

/// One speaker's turn: who, and the words after the label (normalized-text ranges, one
/// per paragraph).
#[derive(Debug, Clone)]
pub struct Turn {
    pub speaker: Speaker,
    pub pieces: Vec<Range<usize>>,
}

impl Turn {
    /// The normalized-text range from the turn's first word to its last.
    pub fn range(&self) -> Range<usize> {
        self.pieces[0].start..self.pieces[self.pieces.len() - 1].end
    }
}

/// A speaker label: up to six words in capitals, then a colon and a space. A role
/// may carry the name in brackets ("HOST (ANN LEE):"); the name is then the speaker.
/// A public radio transcript puts the role after a comma ("ANN LEE, HOST:", "TOM
/// HALE, BYLINE:").
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^((?:[A-Z][A-Z.'’-]*[ \t]+){0,5}[A-Z][A-Z.'’-]*)(?:,[ \t]+(?P<role>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}))?(?:[ \t]+\((?P<named>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})\))?:[ \t]+\S",
    )
    .unwrap()
});

/// A speaker label on a line of its own, as earnings-call and court transcripts write
/// them: a name of two to four capitalized words, then a dash and the speaker's title or
/// firm ("Lauren Whitfield -- Chief Executive Officer") or a time stamp ("Dana Ortiz
/// (00:01:23):"). A bare name is not one: it is as often a heading.
static LINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?P<name>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){1,3})(?: (?:--|—|–) \S[^\n]{0,80}| \((?:\d{1,2}:)?\d{1,2}:\d{2}\):?)$",
    )
    .unwrap()
});

/// Bytes of a paragraph's start that can hold a label and its colon.
const MAX_LABEL_BYTES: usize = 80;

/// Labels of no person: the press, a moderator, an unidentified voice.
static NOT_PEOPLE: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/transcript_labels.txt")).collect()
});

/// Labels of a clip's first or last words in a broadcast script ("OUTCUE:"): no
/// speaker's, and no turn's end.
static CLIP_CUES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/clip_cue_labels.txt")).collect());

/// Fewest labelled paragraphs that make an article a transcript.
const MIN_LABELS: usize = 2;

/// `data/sound_cues.txt` as words, lowercase: a cue alone in brackets after a label.
static SOUND_CUES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/sound_cues.txt")).collect());

/// A broadcast script's cue for a recorded clip, with its speaker: "(SOT: MARIA
/// DELGADO)", "[SOUNDBITE: GOV. ANN LEE, D-OHIO]". The clip is the speaker's own words,
/// on the same line or the paragraphs after it. The clip's length after the name
/// ("(SOT: MARIA DELGADO :12)") is no part of it. The cue words are in
/// `data/sound_cues.txt`.
static SOUND_CUE: LazyLock<Regex> = LazyLock::new(|| {
    let cues = crate::data::lines(include_str!("../../data/sound_cues.txt"))
        .map(|c| regex::escape(c).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    pattern::compile(&format!(
        r"^[(\[]\s*(?i:{cues})\s*[:—–-]\s*(?P<name>[^)\],\n]{{2,60}}?)(?:\s+\d{{0,2}}:\d{{2}})?\s*(?:,[^)\]\n]{{0,60}})?[)\]]"
    ))
    .unwrap()
});

/// Where a paragraph's label stands: the speaker as written, and where the speaker's
/// words start in the paragraph when they start there (both relative to it).
struct Label {
    name: Range<usize>,
    words: Option<usize>,
    /// The role after a comma ("HOST" in "ANN LEE, HOST:").
    role: Option<Range<usize>>,
}

impl Label {
    /// A label with no role after a comma.
    fn new(name: Range<usize>, words: Option<usize>) -> Self {
        Label {
            name,
            words,
            role: None,
        }
    }

    /// A stage direction's place among the labels: it ends the turn before it and names
    /// no one.
    fn stage() -> Self {
        Label::new(0..0, None)
    }

    /// Whether this is a stage direction, no label of a speaker.
    fn is_stage(&self) -> bool {
        self.name.is_empty()
    }
}

/// The turns of a transcript, in text order; none for an article that is not one.
pub fn turns(doc: &Doc, people: &People) -> Vec<Turn> {
    let text = &doc.norm.text;
    // Each prose paragraph with its label, if it opens with one.
    let mut paragraphs: Vec<(Range<usize>, Option<Label>)> = Vec::new();
    // A clip's cue names its speaker beyond doubt: one makes a script.
    let mut clips = 0;
    for b in &doc.blocks {
        let para = &text[b.range.clone()];
        // A label line: the turn is the paragraphs after it.
        if matches!(b.kind, BlockKind::Prose | BlockKind::Heading)
            && para.len() <= MAX_LABEL_BYTES + 40
            && para.starts_with(|c: char| c.is_ascii_uppercase())
            && !para.contains('\n')
            && let Some(c) = LINE_LABEL.captures(para)
            && !para.starts_with("By ")
            && !has_function_word(&c["name"])
        {
            let name = c.name("name").unwrap().range();
            paragraphs.push((b.range.clone(), Some(Label::new(name, None))));
            continue;
        }
        // "Operator" alone on its line: a label of no person, which ends a turn.
        if b.kind == BlockKind::Heading
            && !para.contains(' ')
            && NOT_PEOPLE.contains(para.trim().to_lowercase().as_str())
        {
            let name = 0..para.trim_end().len();
            paragraphs.push((b.range.clone(), Some(Label::new(name, None))));
            continue;
        }
        if !matches!(b.kind, BlockKind::Prose | BlockKind::Heading) {
            continue;
        }
        if b.kind == BlockKind::Heading {
            // A clip's cue may stand alone as a heading: "(SOT: MARIA DELGADO)".
            if let Some((label, clip)) = bracket_label(para).filter(|(l, _)| !l.is_stage()) {
                clips += usize::from(clip);
                paragraphs.push((b.range.clone(), Some(label)));
            }
            continue;
        }
        if b.kind != BlockKind::Prose {
            continue;
        }
        // A transcript set line by line, with no blank line between turns, is one
        // paragraph to the segmenter: each line that opens with a label opens a turn.
        for piece in label_lines(doc, b.range.clone()) {
            let line = &text[piece.clone()];
            let label = match bracket_label(line) {
                Some((label, clip)) => {
                    clips += usize::from(clip);
                    Some(label)
                }
                None if line.starts_with(['(', '[']) => None,
                None => inline_label(line),
            };
            paragraphs.push((piece, label));
        }
    }
    let labels = paragraphs
        .iter()
        .filter(|(_, l)| l.as_ref().is_some_and(|l| !l.is_stage()))
        .count();
    if labels < MIN_LABELS && clips == 0 {
        return Vec::new();
    }
    let mut out: Vec<Turn> = Vec::new();
    // Full names by folded last name, so that a later "ORTIZ:" is Dana Ortiz.
    let mut named: Vec<Speaker> = Vec::new();
    // Last names of the program's own voices ("TOM HALE, BYLINE:"): a later "HALE:"
    // is the reporter telling the story, which is no one's quote.
    let mut narrators: Vec<String> = Vec::new();
    let mut open: Option<Turn> = None;
    for (range, label) in paragraphs {
        match label {
            Some(l) => {
                out.extend(open.take());
                let written = &text[range.start + l.name.start..range.start + l.name.end];
                // A label line's turn starts with the next paragraph.
                let first = l.words.map(|w| {
                    let from = (range.start + w).min(range.end);
                    let lead =
                        text[from..range.end].len() - text[from..range.end].trim_start().len();
                    from + lead..range.end
                });
                let last = written.split_whitespace().next_back().unwrap_or("");
                let role = l
                    .role
                    .map(|r| &text[range.start + r.start..range.start + r.end]);
                if role.is_some_and(|r| {
                    r.split_whitespace()
                        .any(|w| NOT_PEOPLE.contains(w.to_lowercase().as_str()))
                }) {
                    narrators.push(fold_name(last));
                }
                open = if narrators.contains(&fold_name(last)) {
                    None
                } else {
                    speaker_of(written, people, &mut named).map(|speaker| Turn {
                        speaker,
                        pieces: first.into_iter().collect(),
                    })
                };
            }
            None => {
                if let Some(t) = open.as_mut() {
                    t.pieces.push(range);
                }
            }
        }
    }
    out.extend(open);
    out.retain(|t| !t.pieces.is_empty());
    out
}

/// A paragraph's label in brackets: a clip's cue with its speaker (and true), or a stage
/// direction (and false); none for any other paragraph.
fn bracket_label(para: &str) -> Option<(Label, bool)> {
    if !para.starts_with(['(', '[']) {
        return None;
    }
    if let Some(c) = SOUND_CUE.captures(para) {
        let end = c.get(0).unwrap().end();
        let words = (!para[end..].trim().is_empty()).then_some(end);
        let name = c.name("name").unwrap().range();
        return Some((Label::new(name, words), true));
    }
    // "(SOUNDBITE OF MUSIC)", "[LAUGHTER]": the turn before it ends; no one's words
    // follow until the next label. No label of its own.
    stage_direction(para).then(|| (Label::stage(), false))
}

/// A paragraph's inline label ("GOV. ANN LEE: Good morning."), whose words follow its
/// colon. Most paragraphs are turned away by two byte checks: a label opens with a
/// capital and has its colon within its first few words.
fn inline_label(para: &str) -> Option<Label> {
    let head = &para.as_bytes()[..para.len().min(MAX_LABEL_BYTES)];
    if !head.first().is_some_and(u8::is_ascii_uppercase) || memchr::memchr(b':', head).is_none() {
        return None;
    }
    let c = LABEL.captures(para)?;
    if CLIP_CUES.contains(c[1].to_lowercase().as_str()) {
        return None;
    }
    // "ANAND (SOUNDBITE):": a clip's cue in brackets names no one; the label before
    // it does.
    let name = c
        .name("named")
        .filter(|n| !SOUND_CUES.contains(n.as_str().to_lowercase().as_str()))
        .unwrap_or_else(|| c.get(1).unwrap())
        .range();
    // The words start after the label's colon (the match opens the paragraph).
    let colon = c.get(0).unwrap().as_str().find(':').unwrap_or(name.end);
    Some(Label {
        name,
        words: Some(colon + 1),
        role: c.name("role").map(|r| r.range()),
    })
}

/// A prose paragraph (its range in the text) cut before each of its later lines
/// ([`Doc::block_lines`]) that opens with a label or a bracketed cue; the paragraph
/// whole when none does. Hard-wrapped prose has lines that start with a capital and hold
/// a colon, but rarely one that reads as a label in capitals.
fn label_lines(doc: &Doc, para: Range<usize>) -> Vec<Range<usize>> {
    let text = &doc.norm.text;
    let mut pieces = Vec::new();
    let mut from = para.start;
    for line in doc.block_lines(para.clone()).skip(1) {
        let rest = &text[line.start..para.end];
        let opens = match rest.as_bytes().first() {
            Some(b'(' | b'[') => bracket_label(text[line.clone()].trim()).is_some(),
            Some(c) if c.is_ascii_uppercase() => inline_label(rest).is_some(),
            _ => false,
        };
        if opens {
            pieces.push(from..from + text[from..line.start - 1].trim_end().len());
            from = line.start;
        }
    }
    pieces.push(from..para.end);
    pieces
}

/// Whether a paragraph is a broadcast's stage direction, wholly in brackets and
/// capitals: "(SOUNDBITE OF MUSIC)", "[CROSSTALK]".
fn stage_direction(para: &str) -> bool {
    let para = para.trim();
    let inner = para
        .strip_prefix('(')
        .and_then(|p| p.strip_suffix(')'))
        .or_else(|| para.strip_prefix('[').and_then(|p| p.strip_suffix(']')));
    inner.is_some_and(|i| {
        i.chars().any(char::is_alphabetic)
            && !i.chars().any(char::is_lowercase)
            && !i.contains(['(', '['])
    })
}

/// Whether a capitalized name holds a word no person's name has ("CITY OF RIVERTON",
/// "Department of Health"): a heading, not a speaker.
fn has_function_word(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        ["of", "the", "and", "for", "in", "on", "at", "to"]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
    })
}

/// The person a label names ("SHERIFF DANA ORTIZ" is Dana Ortiz, a sheriff), or none
/// for a label of no person. A last name alone is the person of that name labelled
/// before, or the article's person of that name.
fn speaker_of(written: &str, people: &People, named: &mut Vec<Speaker>) -> Option<Speaker> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower
        .iter()
        .any(|w| NOT_PEOPLE.contains(w.trim_end_matches('.')))
    {
        return None;
    }
    // Titles first ("SHERIFF", "FIRE CHIEF", "MR."), then the name: the words after
    // the last title word. A label of titles alone ("THE PRESIDENT") names no one.
    // Role words hold "sheriff-elect" as they hold "sheriff".
    let titled = |w: &String| {
        let bare = w.trim_end_matches('.');
        is_role_word(w) || is_role_word(bare) || is_honorific(w)
    };
    let name_at = lower.iter().rposition(titled).map_or(0, |i| i + 1);
    let name: Vec<String> = words[name_at..].iter().map(|w| capitalized(w)).collect();
    let last = name.last()?;
    let key = format!("person:{}", fold_name(last));
    if let Some(known) = named.iter().find(|s| s.key == key) {
        return Some(Speaker {
            as_written: written.to_string(),
            ..known.clone()
        });
    }
    // The article's own spelling of the name, where it names the person in prose.
    let full = people
        .persons
        .iter()
        .find(|p| p.key() == key && (name.len() == 1 || p.name.split_whitespace().count() > 1))
        .map_or_else(|| name.join(" "), |p| p.name.clone());
    let roles = (name_at > 0)
        .then(|| {
            words[..name_at]
                .iter()
                .map(|w| capitalized(w))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .into_iter()
        .collect();
    let speaker = Speaker {
        name: full,
        key,
        kind: SpeakerKind::Person,
        as_written: written.to_string(),
        roles,
    };
    named.push(speaker.clone());
    Some(speaker)
}

/// A word in capitals as a name is written: "ORTIZ" → "Ortiz", "O'NEIL" → "O'Neil",
/// "SMITH-JONES" → "Smith-Jones".
fn capitalized(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper = true;
    for c in word.chars() {
        if upper {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        upper = matches!(c, '\'' | '’' | '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn turns_of(text: &str) -> Vec<(String, String, String)> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        let people = super::super::people::find_people(&doc);
        turns(&doc, &people)
            .iter()
            .map(|t| {
                (
                    t.speaker.name.clone(),
                    t.speaker.key.clone(),
                    t.pieces
                        .iter()
                        .map(|r| doc.words(r))
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            })
            .collect()
    }

    #[test]
    fn turns_set_line_by_line_without_blank_lines_are_read() {
        let text = "Transcript: news conference\nDalton, Ohio -- May 2, 2027\nMAYOR ANN LEE: Good morning. We are opening two clinics.\nQ: When do they open?\nDR. TOM HALE: The first opens in June,\nand the second in July.\n[END OF TRANSCRIPT]\n";
        assert_eq!(
            turns_of(text),
            [
                (
                    "Ann Lee".to_string(),
                    "person:lee".to_string(),
                    "Good morning. We are opening two clinics.".to_string()
                ),
                (
                    "Tom Hale".to_string(),
                    "person:hale".to_string(),
                    // A wrapped line goes on with its turn; the closing mark ends it.
                    "The first opens in June, and the second in July.".to_string()
                ),
            ]
        );
    }

    #[test]
    fn labels_on_lines_of_their_own_open_the_turns_after_them() {
        let text = "Acme Q4 2026 Earnings Call Transcript\n\nOperator\n\nWelcome to the call.\n\nLauren Whitfield -- Chief Executive Officer\n\nWe are closing three plants.\n\nIt was not made lightly.\n\nOperator\n\nOur first question.\n\nPriya Shah (00:12:41):\n\nHow many people does this affect?\n\nBy Gail Porter\n\nA note from the editor.\n";
        assert_eq!(
            turns_of(text),
            [
                (
                    "Lauren Whitfield".to_string(),
                    "person:whitfield".to_string(),
                    "We are closing three plants. It was not made lightly.".to_string()
                ),
                (
                    "Priya Shah".to_string(),
                    "person:shah".to_string(),
                    // A byline is debris, and no label.
                    "How many people does this affect? A note from the editor.".to_string()
                ),
            ]
        );
        // Headings that are names alone open no turn.
        assert!(
            turns_of(
                "Story\n\nHarrow Industries\n\nText here.\n\nLauren Whitfield\n\nMore text.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn labelled_paragraphs_are_turns_of_their_speakers() {
        let text = "Briefing on the storm\n\nGOV. ANN MARIE O'NEIL: We are opening six shelters tonight.\n\nEvery county will get help.\n\nQ: When will power be back?\n\nO'NEIL: Not before Friday.\n\nUTILITY DIRECTOR TOM BRIGGS: Crews are out now.\n";
        assert_eq!(
            turns_of(text),
            [
                (
                    "Ann Marie O'Neil".to_string(),
                    "person:oneil".to_string(),
                    "We are opening six shelters tonight. Every county will get help.".to_string()
                ),
                (
                    "Ann Marie O'Neil".to_string(),
                    "person:oneil".to_string(),
                    "Not before Friday.".to_string()
                ),
                (
                    "Tom Briggs".to_string(),
                    "person:briggs".to_string(),
                    "Crews are out now.".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_clips_cue_opens_its_speakers_turn() {
        let text = "Evening script\n\nANCHOR: The county has a new sheriff.\n\nLEE: Supporters cheered at nine.\n\n(SOT: SHERIFF-ELECT DANA PRUITT) \"We will answer every call.\"\n\nLEE: Turnout was light.\n\n[SOUNDBITE: GOV. ANN MARIE O'NEIL, D-OHIO]\n\nCongratulations to her.\n";
        let turns = turns_of(text);
        let who: Vec<(&str, &str)> = turns
            .iter()
            .map(|(n, _, w)| (n.as_str(), w.as_str()))
            .collect();
        assert_eq!(
            who,
            [
                ("Lee", "Supporters cheered at nine."),
                ("Dana Pruitt", "\"We will answer every call.\""),
                ("Lee", "Turnout was light."),
                ("Ann Marie O'Neil", "Congratulations to her."),
            ]
        );
        // One clip alone makes a script.
        let one = turns_of("Brief\n\n(SOT: DANA PRUITT) \"We will answer every call.\"\n");
        assert_eq!(one.len(), 1, "{one:?}");
        // A cue in brackets after a label names no one: the label does.
        let cued = turns_of(
            "Brief\n\nLEE: The vote is in.\n\nPRUITT (SOUNDBITE): We will answer every call.\n",
        );
        assert_eq!(cued[1].0, "Pruitt", "{cued:?}");
        // The clip's length is no part of its speaker's name, and its out-cue line is
        // the clip's last words, no speaker's label.
        let timed = turns_of(
            "Brief\n\nLEE: The vote is in.\n(SOT: DANA PRUITT :12)\nOUTCUE: \"...EVERY CALL.\"\n",
        );
        assert_eq!(
            timed
                .iter()
                .map(|(n, k, w)| (n.as_str(), k.as_str(), w.as_str()))
                .collect::<Vec<_>>(),
            [
                ("Lee", "person:lee", "The vote is in."),
                ("Dana Pruitt", "person:pruitt", "OUTCUE: \"...EVERY CALL.\"")
            ]
        );
    }

    #[test]
    fn a_public_radio_transcripts_host_and_reporter_are_no_speakers() {
        // The reporter's later turns by surname are the story told, not a quote; a
        // stage direction ends the turn before it.
        let text = "Deal reached\n\nANN LEE, HOST:\n\nA deal was reached today. Tom Hale reports.\n\nTOM HALE, BYLINE: Twelve states signed it.\n\nDANA ORTIZ: We held out for the limits.\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\nHALE: The company admitted nothing. Tom Hale, News.\n\nBO PARK, HOST: Thanks, Tom.\n";
        let who: Vec<(String, String)> = turns_of(text)
            .into_iter()
            .map(|(name, _, words)| (name, words))
            .collect();
        assert_eq!(
            who,
            [(
                "Dana Ortiz".to_string(),
                "We held out for the limits.".to_string()
            )]
        );
    }

    #[test]
    fn a_results_pages_headings_are_no_speakers() {
        let text = "County Elections Office\nUnofficial Results — General Election, November 4, 2025\n\nCITY OF RIVERTON — MAYOR\n\nMaria Delgado: 41,212\n\nResults are unofficial until certified.\n";
        assert!(turns_of(text).is_empty(), "{:?}", turns_of(text));
    }

    #[test]
    fn one_label_or_a_memos_labels_make_no_transcript() {
        let text = "Council news\n\nUPDATE: The council met Tuesday and approved the budget.\n\nThe vote was 5-2.\n";
        assert!(turns_of(text).is_empty());
        let memo = "Memo on the budget\n\nTO: Council members\n\nFROM: Finance Director Ann Lee\n\nSUBJECT: Budget gap\n\nCONTACT: Tom Hale\n";
        assert!(turns_of(memo).is_empty());
    }
}
