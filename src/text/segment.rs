//! Segmentation, done once per article: title, headings, prose paragraphs, bullet items
//! (grouped into bullet blocks with their introducing paragraph), boilerplate lines, and
//! sentences. Every range is a byte range of the normalized text; [`Doc::span`] maps it
//! back to the original.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::boilerplate::is_boilerplate;
use super::lines::LineIndex;
use super::normalize::Normalized;
use super::pattern;
use crate::article::Article;
use crate::canon::gazetteer::gazetteer;
use crate::model::Span;

/// What a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The first non-empty line.
    Title,
    /// A short stand-alone line without closing punctuation (section labels, deks).
    Heading,
    Prose,
    /// One bulleted or numbered item; the range excludes the marker.
    Bullet,
    /// Debris: captions, "Read more", sign-ups, bylines. Read by no extractor.
    Boilerplate,
}

/// A paragraph, a heading or one bullet item.
#[derive(Debug, Clone)]
pub struct Block {
    pub range: Range<usize>,
    pub kind: BlockKind,
}

/// A sentence of a title, heading or prose block.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    pub block: usize,
}

/// Consecutive bullet items and the prose block that introduces them, if any.
#[derive(Debug, Clone)]
pub struct BulletBlock {
    pub intro: Option<usize>,
    pub items: Vec<usize>,
}

/// An article segmented once; extractors read this and never the file again.
#[derive(Debug)]
pub struct Doc<'a> {
    pub article: &'a Article,
    pub norm: Normalized<'a>,
    pub lines: LineIndex,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub bullets: Vec<BulletBlock>,
    /// Where a line break inside a prose, bullet or title block was joined into a
    /// space, in text order: a transcript set line by line starts its turns there.
    pub breaks: Vec<usize>,
}

static BULLET: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^\s*(?:[•·▪◦‣●■*—-]|\(?\d{1,3}[.)])\s+").unwrap());

/// The start of a press release's closing blurb about an organization or a person: a
/// heading alone ("About Acme Foods", "About the Author") over the paragraph that
/// describes them, or the name and a colon before the description in one paragraph
/// ("About the Commission: The Commission is …"). Either way it is not the news.
static ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?i:about)\s+(?:the\s+)?[A-Z][\w&.,'’-]*(?:\s+[A-Z0-9&][\w&.,'’-]*)*(?P<colon>:)?",
    )
    .unwrap()
});

/// Abbreviations that end with a period but rarely end a sentence.
static ABBREVIATIONS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    let mut set: rustc_hash::FxHashSet<String> =
        crate::data::lines(include_str!("../../data/abbreviations.txt"))
            .map(str::to_string)
            .collect();
    set.extend(gazetteer().ap_abbreviations().map(str::to_string));
    set
});

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article) -> Doc<'a> {
        Doc::with_boilerplate(article, &[])
    }

    /// The text and its line index only, unsegmented: what the comparison needs to quote
    /// evidence, without the cost of finding blocks and sentences again.
    pub fn unsegmented(article: &'a Article) -> Doc<'a> {
        Doc {
            article,
            norm: Normalized::new(&article.text),
            lines: LineIndex::new(&article.text),
            blocks: Vec::new(),
            sentences: Vec::new(),
            bullets: Vec::new(),
            breaks: Vec::new(),
        }
    }

    /// Segments with extra boilerplate line patterns (from a configuration).
    pub fn with_boilerplate(article: &'a Article, extra: &[Regex]) -> Doc<'a> {
        let norm = Normalized::new(&article.text);
        let lines = LineIndex::new(&article.text);
        let mut blocks = blocks_of(&norm.text, extra);
        end_at_closing_section(&norm.text, &mut blocks);
        let bullets = bullet_blocks(&blocks);
        // A bullet item written as a sentence is read as prose too; it stays an item of
        // its bulleted list (found above), where it can still name a place.
        // So is a table's row: its cells hold facts ("Maria Esposito | 6,412 | 51.8%").
        for b in &mut blocks {
            let item = &norm.text[b.range.clone()];
            if b.kind == BlockKind::Bullet
                && (reads_as_sentence(item) || memchr::memchr(b'|', item.as_bytes()).is_some())
            {
                b.kind = BlockKind::Prose;
            }
        }
        let mut sentences = Vec::new();
        for (i, block) in blocks.iter().enumerate() {
            if matches!(
                block.kind,
                BlockKind::Prose | BlockKind::Heading | BlockKind::Title
            ) {
                // A title wrapped onto a second line is read as prose is.
                let prose = matches!(block.kind, BlockKind::Prose | BlockKind::Title);
                for range in split_sentences(&norm.text, block.range.clone(), prose) {
                    sentences.push(Sentence { range, block: i });
                }
            }
        }
        let (norm, breaks) = join_wrapped_lines(norm, &blocks);
        Doc {
            article,
            norm,
            lines,
            blocks,
            sentences,
            bullets,
            breaks,
        }
    }

    /// The lines of a block (its range), as written before wrapped lines were joined:
    /// the block starts one, and so does each line break joined inside it.
    pub fn block_lines(&self, block: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
        let first = self.breaks.partition_point(|&at| at < block.start);
        let breaks = self.breaks[first..]
            .iter()
            .take_while(move |&&at| at < block.end);
        let starts = std::iter::once(block.start).chain(breaks.clone().map(|&at| at + 1));
        let ends = breaks.copied().chain(std::iter::once(block.end));
        starts.zip(ends).map(|(start, end)| start..end)
    }

    /// The normalized text of a range.
    pub fn text(&self, range: &Range<usize>) -> &str {
        &self.norm.text[range.clone()]
    }

    /// The original span of a normalized range.
    pub fn span(&self, range: &Range<usize>) -> Span {
        let start = self.norm.to_original(range.start);
        let end = self.norm.to_original(range.end);
        self.lines.span(&self.article.text, start, end)
    }

    /// The article's own words for a normalized range.
    pub fn original(&self, range: &Range<usize>) -> &str {
        let start = self.norm.to_original(range.start);
        let end = self.norm.to_original(range.end);
        &self.article.text[start..end]
    }

    /// The article's own words for a normalized range, as a claim quotes them: a line
    /// break inside a paragraph, with the blanks around it, is written as one space, and
    /// a paragraph break as a blank line. Hard-wrapped text then reads as the sentence
    /// it is; the evidence lines still show where it stands.
    pub fn words(&self, range: &Range<usize>) -> String {
        let original = self.original(range);
        if memchr::memchr(b'\n', original.as_bytes()).is_none() {
            return original.to_string();
        }
        let mut out = String::with_capacity(original.len());
        let mut paragraph_break = false;
        for line in original.split('\n').map(str::trim) {
            if line.is_empty() {
                paragraph_break = true;
                continue;
            }
            if !out.is_empty() {
                out.push_str(if paragraph_break { "\n\n" } else { " " });
            }
            paragraph_break = false;
            out.push_str(line);
        }
        out
    }

    /// Sentences of prose blocks: where claims are read from.
    pub fn prose_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences
            .iter()
            .filter(|s| self.blocks[s.block].kind == BlockKind::Prose)
    }

    /// Sentences of prose, titles and headings: where counts are read from (a headline
    /// states a count as prose does; bullets and debris do not).
    pub fn counted_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(|s| {
            matches!(
                self.blocks[s.block].kind,
                BlockKind::Prose | BlockKind::Title | BlockKind::Heading
            )
        })
    }
}

/// Headings that end an article's own text (`data/end_sections.txt`).
static END_SECTIONS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/end_sections.txt")).collect());

/// Marks as boilerplate a heading that ends the article's own text ("References",
/// "See also", "Related stories", a line alone) and every block after it: reference
/// lists quote other outlets' headlines and dates, and link lists other stories' facts.
/// The title is never such a heading.
fn end_at_closing_section(text: &str, blocks: &mut [Block]) {
    // Longer than any heading of the list: most blocks are turned away by length alone.
    const LONGEST: usize = 24;
    let closing = blocks.iter().skip(1).position(|b| {
        let line = &text[b.range.clone()];
        line.len() <= LONGEST && !line.contains('\n') && {
            let heading = line.trim().trim_end_matches(':').trim_end();
            let mut buf = [0u8; 32];
            crate::text::normalize::ascii_lower(heading, &mut buf)
                .is_some_and(|lower| END_SECTIONS.contains(lower))
        }
    });
    if let Some(i) = closing {
        for b in &mut blocks[i + 1..] {
            b.kind = BlockKind::Boilerplate;
        }
    }
}

/// Splits the text into blocks by lines: blank lines end paragraphs, and bullet,
/// boilerplate and heading lines stand alone.
fn blocks_of(text: &str, extra: &[Regex]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Option<Range<usize>> = None;
    let mut seen_title = false;
    let mut offset = 0;
    // The width the text was wrapped to, if it was: its longest line (normalization has
    // dropped blanks at line ends).
    let width = longest_line(text);
    // The previous line, trimmed, when it was the title, a bullet item or a line of
    // debris (or went on with one): the next line may be the rest of it, wrapped.
    let mut item_line: Option<&str> = None;
    // After an "About Acme Foods" heading, the paragraph that describes the
    // organization.
    let mut about_heading = false;
    let flush = |para: &mut Option<Range<usize>>, blocks: &mut Vec<Block>, about: &mut bool| {
        if let Some(range) = para.take() {
            let paragraph = &text[range.clone()];
            let mut kind = classify_paragraph(paragraph, width);
            if std::mem::take(about) {
                kind = BlockKind::Boilerplate;
            } else if paragraph
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("about "))
            {
                let (first, rest) = paragraph.split_once('\n').unwrap_or((paragraph, ""));
                let first = first.trim_end();
                if let Some(c) = ABOUT.captures(first) {
                    let after = &first[c.get(0).unwrap().end()..];
                    if after.is_empty() {
                        // The heading alone: the blurb is the next paragraph.
                        *about = rest.trim().is_empty();
                        kind = BlockKind::Boilerplate;
                    } else if c.name("colon").is_some() && after.starts_with(char::is_whitespace) {
                        kind = BlockKind::Boilerplate;
                    }
                }
            }
            blocks.push(Block { kind, range });
        }
    };
    let tables = table_lines(text);
    let mut tables = tables.iter().peekable();
    for raw in lines_inclusive(text) {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut para, &mut blocks, &mut about_heading);
            item_line = None;
            continue;
        }
        while tables.next_if(|t| t.end < start).is_some() {}
        if tables.peek().is_some_and(|t| t.start <= start) {
            flush(&mut para, &mut blocks, &mut about_heading);
            item_line = None;
            seen_title = true;
            if let Some(range) = table_row(line, start) {
                blocks.push(Block {
                    range,
                    kind: BlockKind::Bullet,
                });
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let trimmed = &trimmed[..trimmed.len() - post_number_len(trimmed)];
        let range = start + lead..start + lead + trimmed.len();
        let after_item = item_line.take();
        // Debris before the headline ("Skip to main content", a station's "KSPR 33 |
        // Springfield News") is no title: the title is the first line that is not.
        let tag = if seen_title {
            0
        } else {
            super::boilerplate::headline_tag_len(trimmed)
        };
        if !seen_title && (tag > 0 || !is_boilerplate(trimmed)) {
            seen_title = true;
            // A first line that is a whole lede, dateline and all ("Law360 (November
            // 24, 2026) -- An Alameda County jury on Monday hit ... for years."), is
            // prose: no headline runs to a closed sentence of that length.
            if is_lede(trimmed) {
                blocks.push(Block {
                    range,
                    kind: BlockKind::Prose,
                });
                item_line = Some(trimmed);
                continue;
            }
            // A wire's version mark ("UPDATE 2-") is no word of the headline.
            let mark = tag.max(super::boilerplate::stamp_len(trimmed));
            blocks.push(Block {
                range: range.start + mark..range.end,
                kind: BlockKind::Title,
            });
            item_line = Some(trimmed);
            continue;
        }
        if is_boilerplate(trimmed) || extra.iter().any(|r| r.is_match(trimmed)) {
            flush(&mut para, &mut blocks, &mut about_heading);
            blocks.push(Block {
                range,
                kind: BlockKind::Boilerplate,
            });
            item_line = Some(trimmed);
        } else if let Some(m) = BULLET
            .find(line)
            .filter(|m| start + m.end() < range.end)
            .filter(|m| !dash_goes_on(para.as_ref().map(|p| &text[p.clone()]), &line[m.end()..]))
        {
            // A marker with nothing after it ("* ") is no bullet item.
            flush(&mut para, &mut blocks, &mut about_heading);
            blocks.push(Block {
                range: start + m.end()..range.end,
                kind: BlockKind::Bullet,
            });
            item_line = Some(trimmed);
        } else if para.is_none() && after_item.is_some_and(|prev| goes_on(prev, trimmed, width)) {
            // The title, a bullet item or a line of debris wrapped onto this line.
            if let Some(last) = blocks.last_mut() {
                last.range.end = range.end;
            }
            item_line = Some(trimmed);
        } else {
            para = Some(match para {
                Some(p) => p.start..range.end,
                // A live page's "UPDATE 3:15 PM:" is no part of the paragraph's text.
                None => range.start + super::boilerplate::stamp_len(trimmed)..range.end,
            });
        }
    }
    flush(&mut para, &mut blocks, &mut about_heading);
    blocks
}

/// The lines of the tables of a text: runs of three or more lines, each with the same
/// number of cells split by "|" ("State | AG | Party", "| Oregon | D |"). A table's
/// cells look like a menu of links ("Home | News | Video") line by line; a run of them
/// with one shape is a table. Each row is read by its first cell, as a bullet item is.
fn table_lines(text: &str) -> Vec<Range<usize>> {
    let mut tables = Vec::new();
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        return tables;
    }
    // The run so far: where it starts, where it ends, its lines, their cells.
    let mut run: Option<(usize, usize, usize, usize)> = None;
    let mut offset = 0;
    for raw in lines_inclusive(text) {
        let start = offset;
        offset += raw.len();
        let inner = raw.trim().trim_matches('|');
        let cells = memchr::memchr_iter(b'|', inner.as_bytes()).count();
        run = match run {
            Some((from, _, lines, n)) if cells == n && cells > 0 => {
                Some((from, start + raw.trim_end().len(), lines + 1, n))
            }
            other => {
                if let Some((from, end, lines, _)) = other
                    && lines >= 3
                {
                    tables.push(from..end);
                }
                (cells > 0).then(|| (start, start + raw.trim_end().len(), 1, cells))
            }
        };
    }
    if let Some((from, end, lines, _)) = run
        && lines >= 3
    {
        tables.push(from..end);
    }
    tables
}

/// A table's row as an item: the line without its outer bars, or None for a Markdown
/// rule row ("|---|:--|"), which is no row.
fn table_row(line: &str, start: usize) -> Option<Range<usize>> {
    let inner = line.trim().trim_matches('|');
    if inner
        .bytes()
        .all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
    {
        return None;
    }
    let lead = line.len() - line.trim_start().trim_start_matches(['|', ' ']).len();
    let end = line.trim_end().trim_end_matches(['|', ' ']).len();
    Some(start + lead..start + end)
}

/// The length of the post number that closes a line of a thread ("… in Minnesota.
/// 2/6", "… pending. (5/6)"), or 0. It follows a sentence's end, so a date written with
/// a slash ("due 6/6") is never taken for one.
fn post_number_len(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = b.len();
    let close = b.last() == Some(&b')');
    i -= usize::from(close);
    let denominator = b[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&denominator) || i < denominator + 1 || b[i - denominator - 1] != b'/' {
        return 0;
    }
    i -= denominator + 1;
    let numerator = b[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&numerator) {
        return 0;
    }
    i -= numerator;
    if close {
        if i == 0 || b[i - 1] != b'(' {
            return 0;
        }
        i -= 1;
    }
    let blanks = b[..i].iter().rev().take_while(|c| **c == b' ').count();
    if blanks == 0 || i == blanks {
        return 0;
    }
    i -= blanks;
    if matches!(b[i - 1], b'.' | b'!' | b'?' | b'"' | b'\'') {
        b.len() - i
    } else {
        0
    }
}

/// Whether `next`, the line after the last line of the title, a bullet item or debris
/// (`item`), goes on with it: it starts in lowercase, or the item's line has no closing
/// punctuation and the next line's first word would not have fitted on it (the item was
/// wrapped at `width`).
fn goes_on(item: &str, next: &str, width: usize) -> bool {
    next.starts_with(|c: char| c.is_lowercase())
        || (!item.ends_with(['.', '!', '?', ':', ';']) && !next_word_fits(item, next, width))
}

/// Whether `line` was wrapped onto `next` in text wrapped at `width`: the next line
/// starts in lowercase, or its first word would not have fitted.
fn wraps_onto(line: &str, next: &str, width: usize) -> bool {
    next.starts_with(|c: char| c.is_lowercase()) || !next_word_fits(line, next.trim_start(), width)
}

/// Whether the first word of `next` would have fitted on `line` in text wrapped at
/// `width`. A wrapping program breaks a line only when the next word does not fit, so a
/// break that leaves room was written, not wrapped. The margin of an eighth of the width
/// allows for wrappers that count a trailing blank or balance their lines (`fmt`).
fn next_word_fits(line: &str, next: &str, width: usize) -> bool {
    let word = next.split_whitespace().next().unwrap_or_default();
    line.len() + 1 + word.len() + width / 8 <= width
}

/// Whether a line of a paragraph (`para`, the lines so far) that starts with a bullet
/// marker is the paragraph going on, wrapped before a dash: "file a plan⏎— or risk
/// losing". It is when the words after the marker start in lowercase and the paragraph
/// did not end with a colon (which introduces items that may start in lowercase).
fn dash_goes_on(para: Option<&str>, after_marker: &str) -> bool {
    para.is_some_and(|p| !p.trim_end().ends_with(':'))
        && after_marker.starts_with(|c: char| c.is_lowercase())
}

/// The length of the longest line of `text`, line break excluded.
fn longest_line(text: &str) -> usize {
    let mut longest = 0;
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', text.as_bytes()) {
        longest = longest.max(at - from);
        from = at + 1;
    }
    longest.max(text.len() - from)
}

/// The lines of a text with their line breaks, as `split_inclusive('\n')` gives them,
/// found with memchr's vector search (the standard library's per-line search cost a
/// setup for every line of every article).
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        if from >= text.len() {
            return None;
        }
        let end = breaks.next().map_or(text.len(), |i| i + 1);
        let line = &text[from..end];
        from = end;
        Some(line)
    })
}

/// Whether a paragraph is prose or a heading. Its lines are read as written: a line
/// wrapped onto the next (see [`goes_on`]) is one line with it.
fn classify_paragraph(text: &str, width: usize) -> BlockKind {
    let closes = |l: &str| {
        l.trim_end()
            .ends_with(['.', '!', '?', ':', ';', ',', '"', '\'', ')'])
    };
    // Over the written lines: how many, whether all are open (no closing punctuation)
    // and at most 120 bytes long, whether all are shorter than 60.
    let (mut count, mut open_short, mut all_under_60) = (0, true, true);
    let mut tally = |(len, closed): (usize, bool)| {
        count += 1;
        open_short &= !closed && len <= 120;
        all_under_60 &= len < 60;
    };
    let mut current: Option<(usize, bool)> = None;
    let mut prev: Option<&str> = None;
    for line in text.lines() {
        current = match current {
            Some((len, _)) if prev.is_some_and(|p| wraps_onto(p, line, width)) => {
                Some((len + 1 + line.len(), closes(line)))
            }
            other => {
                other.map(&mut tally);
                Some((line.len(), closes(line)))
            }
        };
        prev = Some(line);
    }
    current.map(&mut tally);
    // One short line, or stacked short lines (a masthead, a byline and date), with no
    // closing punctuation: a heading.
    // A line that closes a sentence of its own inside it and runs on ("… SB 12, 21-17.
    // Heads to the House. Thread 🧵", a post that ends in an emoji) is prose.
    let heading =
        open_short && (count == 1 || all_under_60) && !(count == 1 && inner_sentence(text));
    // An encyclopedia's box scraped as "Label<tab>value" rows states facts row by row,
    // however short its lines; so do minutes' roll calls ("Absent: Supervisor Tom Hale").
    if heading
        && !text.lines().all(tab_row)
        && !text.lines().all(super::roll_call::is_roll_call_line)
    {
        BlockKind::Heading
    } else {
        BlockKind::Prose
    }
}

/// Whether a line closes a sentence of four words or more inside it: a stop, a blank and
/// a capital, after a lowercase word of three letters or more or a figure ("21-17.
/// Heads"), not an abbreviation ("Sen. Okafor", "U.S. House").
fn inner_sentence(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        let (p, w) = (pair[0], pair[1]);
        let Some(body) = p.strip_suffix(['.', '!', '?']) else {
            return false;
        };
        let lower = body.len() >= 3 && body.bytes().all(|b| b.is_ascii_lowercase());
        i >= 3
            && w.starts_with(char::is_uppercase)
            && (lower || body.ends_with(|c: char| c.is_ascii_digit()))
    })
}

/// Whether a first line is a lede, not a headline: [`LEDE_WORDS`] words or more,
/// closed as a sentence is.
fn is_lede(line: &str) -> bool {
    let closed = line
        .trim_end_matches(['"', '\'', ')', '”', '’'])
        .ends_with(['.', '!', '?']);
    closed && line.split_whitespace().nth(LEDE_WORDS - 1).is_some()
}

/// Words from which a closed first line is a lede ([`is_lede`]): headlines run to
/// twenty words at most.
const LEDE_WORDS: usize = 30;

/// Whether a bullet item is written as a sentence, as newsletters, briefs and "what we
/// know" boxes write the news ("• The board voted 5-2 to approve the cuts."): closed by a
/// sentence's punctuation, six words or more, and not all of them capitalized. An item
/// that names a place ("• Cook County, Illinois;") is none of these. Nor is it an item
/// that goes on from its introduction as a predicate ("What the bill does:" / "• caps
/// pumping in six rural counties"): six words or more, the first in lowercase, as a
/// place's name never is. A fact line ("• 481 — confirmed cases") states a figure as a
/// sentence would, and so does a sum or a share ("• A $2,500 signing bonus").
fn reads_as_sentence(item: &str) -> bool {
    let item = item.trim_end();
    let closed = item
        .trim_end_matches(['"', '\'', ')'])
        .ends_with(['.', '!', '?']);
    let mut words = item.split_whitespace();
    let lowercase = |w: &&str| w.starts_with(|c: char| c.is_lowercase());
    let six_words = words.clone().nth(5).is_some();
    // A figure in a line of six words or more reads as a sentence's does, closed or
    // not ("State of emergency in 11 Mississippi counties").
    let figure = || item.bytes().any(|b| b.is_ascii_digit());
    // A sum or a share in three words or more, two in lowercase ("A $2,500 signing
    // bonus", "5% raise in 2026"): no place's name is written so.
    let sum = || {
        figure()
            && item.contains(['$', '%', '€', '£'])
            && words.clone().filter(lowercase).nth(1).is_some()
    };
    (six_words && (closed || figure()) && words.clone().any(|w| lowercase(&w)))
        || (six_words && words.clone().next().is_some_and(|w| lowercase(&w)))
        || sum()
        || states_a_count(&mut words, lowercase)
        || super::fact_line::fact_line(item).is_some()
}

/// Whether a bullet item states a count as a fact sheet does, in three words or more,
/// unclosed: "4 plant workers hospitalized", "Seven fire departments responded". A
/// number opens it and the next two words are in lowercase, which a place's name is not.
fn states_a_count<'w>(
    words: &mut impl Iterator<Item = &'w str>,
    lowercase: impl Fn(&&str) -> bool,
) -> bool {
    let Some(first) = words.next() else {
        return false;
    };
    let number = first.starts_with(|c: char| c.is_ascii_digit())
        || crate::canon::numbers::parse_number(first).is_some();
    number && words.take(2).filter(lowercase).count() == 2
}

/// Groups consecutive bullet items (blank lines allowed between them) and ties each
/// group to the prose block just before it.
fn bullet_blocks(blocks: &[Block]) -> Vec<BulletBlock> {
    let mut out: Vec<BulletBlock> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].kind != BlockKind::Bullet {
            i += 1;
            continue;
        }
        let intro = (i > 0 && blocks[i - 1].kind == BlockKind::Prose).then(|| i - 1);
        let mut items = Vec::new();
        while i < blocks.len() && blocks[i].kind == BlockKind::Bullet {
            items.push(i);
            i += 1;
        }
        out.push(BulletBlock { intro, items });
    }
    out
}

/// Sentence boundaries inside one block: `.`, `!` or `?` (with closing quotes or
/// brackets) before white space and a capital, digit or quote; not after a known
/// abbreviation or an initial. In titles and headings a line break ends a sentence when
/// the line is short or closed by punctuation, so stacked headings and datelines do not
/// run together. In `prose`, which may be hard-wrapped (plain-text wire copy, email,
/// text wrapped at 72 or 40 columns), a line break is read as the period or space it
/// stands for: see `ends_at_break`.
pub fn split_sentences(text: &str, block: Range<usize>, prose: bool) -> Vec<Range<usize>> {
    let s = &text[block.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    // The width the block's lines were wrapped to, if they were: its longest line.
    let width = if prose && memchr::memchr(b'\n', bytes).is_some() {
        s.lines().map(str::len).max().unwrap_or(0)
    } else {
        0
    };
    let mut start = 0;
    let mut i = 0;
    let mut marks = Marks::new(bytes);
    while i < bytes.len() {
        // Only a line break, ".", "!" or "?" can end a sentence: skip to the next one.
        let Some(at) = marks.next_from(i) else {
            break;
        };
        i = at;
        let c = bytes[i];
        let mut boundary_end = None;
        if c == b'\n' {
            let line_start = s[..i].rfind('\n').map_or(0, |p| p + 1);
            let line = s[line_start..i].trim_end();
            let ends = if prose {
                ends_at_break(line, s[i + 1..].trim_start(), width)
            } else {
                line.len() < 60 || line.ends_with(['.', '!', '?', ':', '"'])
            };
            if ends {
                boundary_end = Some(i);
            }
        } else if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            let next_ok = j == bytes.len()
                || (bytes[j] == b' '
                    && s[j..]
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(opens_sentence));
            // "R.C. 3501.38", "A.R.S. 13-1105": letters with points before a number cite
            // a code; the sentence runs on.
            let cites = c == b'.'
                && j == i + 1
                && s[j..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit())
                && dotted_initials(&s[..=i]);
            let abbreviated = c == b'.'
                && ends_with_abbreviation(&s[..=i])
                && !ends_a_clock_time(&s[..=i], &s[j..]);
            if next_ok && !cites && !abbreviated {
                boundary_end = Some(j);
            }
        }
        if let Some(end) = boundary_end {
            push_trimmed(&mut out, s, block.start, start, end);
            start = end;
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, s, block.start, start, bytes.len());
    out
}

/// Finds the bytes that may end a sentence with memchr, remembering the next "!" so it
/// is not searched for again at every mark.
struct Marks<'a> {
    bytes: &'a [u8],
    bang: Option<usize>,
}

impl<'a> Marks<'a> {
    fn new(bytes: &'a [u8]) -> Marks<'a> {
        Marks {
            bytes,
            bang: memchr::memchr(b'!', bytes),
        }
    }

    /// The first line break, ".", "!" or "?" at or after `from`.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        if self.bang.is_some_and(|b| b < from) {
            self.bang = memchr::memchr(b'!', &self.bytes[from..]).map(|p| from + p);
        }
        let other = memchr::memchr3(b'\n', b'.', b'?', &self.bytes[from..]).map(|p| from + p);
        match (other, self.bang) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Whether a line break of prose ends the sentence, given the `line` before it, the
/// text after it (`next`, from its first word) and the width the block was wrapped to.
///
/// After ".", "!" or "?" it does when a period before a space would: the next line
/// starts with a capital, a digit or a quote, and the period does not close an
/// abbreviation ("U.S.⏎officials" runs on). After ":" it does unless the wrapper broke
/// the line there; after a quote closed by a comma it does not ("that will be all,"⏎
/// Quinlan said). A line
/// without closing punctuation ends a sentence only when it is short and the next
/// line's first word would have fitted on it ([`next_word_fits`]: the break was
/// written, not wrapped, as in "By Ann Lee⏎Staff Writer"). A next line that starts in
/// lowercase always continues the sentence.
fn ends_at_break(line: &str, next: &str, width: usize) -> bool {
    let Some(first) = next.chars().next() else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    // "Vehicles involved: 2⏎Fatalities: 3": a fact line is whole on its line; so is
    // each row of an encyclopedia's box scraped as "Location<tab>Pike County".
    if super::fact_line::fact_line(line).is_some() || tab_row(line) || tab_row(next) {
        return true;
    }
    // "Layoff Date: 05/01/2027⏎Number of Affected Employees: 212": a notice's fields,
    // one to a line, whatever their values.
    if field_row(line) && field_row(next) {
        return true;
    }
    let closed = line.trim_end_matches(['"', '\'', ')', ']']);
    if closed.ends_with(['.', '!', '?']) {
        return opens_sentence(first) && !(closed.ends_with('.') && ends_with_abbreviation(closed));
    }
    // A colon ends a written line ("The counties:⏎Fresno, Kern and Kings."), but where
    // the wrapper broke the line after it, the colon's list goes on in the sentence.
    if line.ends_with(':') {
        return next_word_fits(line, next, width);
    }
    line.len() < 60 && next_word_fits(line, next, width)
}

/// Whether a line is a form's field: a short label of at most five words without
/// digits, ": ", then a value ("Notice Date: 03/02/2027", "Type: Layoff"). A count in
/// parentheses may close the label ("Plaintiffs (15): CA, CO, ...").
fn field_row(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(label, value)| {
        let words = strip_counted(label);
        labels_a_row(label, value)
            && words.split_whitespace().count() <= 5
            && !words.bytes().any(|b| b.is_ascii_digit() || b == b'"')
    })
}

/// A label without the count in parentheses that closes it: "Plaintiffs" of
/// "Plaintiffs (15)".
fn strip_counted(label: &str) -> &str {
    label
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(label, |(words, _)| words)
}

/// Whether a line is a table's row as a scrape writes it: a short label, a tab, then
/// its value ("Date<tab>March 9, 2026 – present").
fn tab_row(line: &str) -> bool {
    line.split_once('\t')
        .is_some_and(|(label, value)| labels_a_row(label, value))
}

/// A row's label and value: the label short and capitalized, the value not empty.
fn labels_a_row(label: &str, value: &str) -> bool {
    label.len() <= 48 && label.starts_with(char::is_uppercase) && !value.trim().is_empty()
}

/// Whether a sentence can start with `c`, after a period: a capital, a digit or a quote.
fn opens_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'')
}

/// Prose, bullet items and the title with their line breaks made spaces, once sentences
/// are found: a hard-wrapped paragraph or item then reads as one line to every
/// extractor ("Marlow County,⏎Idaho" is a place, "cut three⏎routes" a count). One byte for one, so every offset still holds.
/// Blanks before a line break are already gone ([`Normalized::new`]).
fn join_wrapped_lines<'a>(
    mut norm: Normalized<'a>,
    blocks: &[Block],
) -> (Normalized<'a>, Vec<usize>) {
    let text: &str = &norm.text;
    let breaks: Vec<usize> = blocks
        .iter()
        .filter(|b| {
            matches!(
                b.kind,
                BlockKind::Prose | BlockKind::Bullet | BlockKind::Title
            )
        })
        .flat_map(|b| {
            memchr::memchr_iter(b'\n', &text.as_bytes()[b.range.clone()]).map(|i| b.range.start + i)
        })
        .collect();
    if breaks.is_empty() {
        return (norm, breaks);
    }
    let mut joined = String::with_capacity(text.len());
    let mut from = 0;
    for &at in &breaks {
        joined.push_str(&text[from..at]);
        joined.push(' ');
        from = at + 1;
    }
    joined.push_str(&text[from..]);
    norm.text = std::borrow::Cow::Owned(joined);
    (norm, breaks)
}

fn push_trimmed(out: &mut Vec<Range<usize>>, s: &str, base: usize, start: usize, end: usize) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let a = base + start + lead;
        out.push(a..a + trimmed.len());
    }
}

/// True when the text ends with two or more capitals each with its point ("R.C.",
/// "A.R.S.").
fn dotted_initials(upto_period: &str) -> bool {
    let word = upto_period
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let b = word.as_bytes();
    b.len() >= 4
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// `data/clock_followers.txt`: words that may follow "a.m." or "p.m." in one sentence.
static CLOCK_FOLLOWERS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/clock_followers.txt")).collect());

/// Whether "a.m." or "p.m." ends a sentence: the next word is capitalized and no time
/// zone, weekday or month ("at 10:52 a.m. Present at the table: …", not "at 9 a.m.
/// Tuesday").
fn ends_a_clock_time(upto_period: &str, after: &str) -> bool {
    let lower_end = upto_period.len().saturating_sub(4);
    let clock = upto_period
        .get(lower_end..)
        .is_some_and(|w| w.eq_ignore_ascii_case("a.m.") || w.eq_ignore_ascii_case("p.m."))
        && upto_period[..lower_end].ends_with(|c: char| c == ' ' || c.is_ascii_digit());
    if !clock {
        return false;
    }
    let next = after.split_whitespace().next().unwrap_or("");
    let bare = next.trim_end_matches([',', ':', ';']);
    next.starts_with(|c: char| c.is_ascii_uppercase())
        && !CLOCK_FOLLOWERS.contains(bare)
        && !CLOCK_FOLLOWERS.contains(bare.trim_end_matches('.'))
}

/// True when the text ends with an abbreviation or an initial ("J.").
fn ends_with_abbreviation(upto_period: &str) -> bool {
    let word_start = upto_period
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |p| p + 1);
    let word = &upto_period[word_start..];
    if ABBREVIATIONS.contains(word) {
        return true;
    }
    // An initial: one capital letter, no Vec of its characters (this runs at every period).
    let mut letters = word.chars().filter(|c| *c != '.');
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_come_as_split_inclusive_gives_them() {
        for text in ["", "a", "a\n", "\n", "a\nb", "a\r\n\nb\n", "\n\nx\n\n"] {
            let ours: Vec<&str> = lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text, 0..text.len(), true)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_on_periods_but_not_abbreviations() {
        let text = "Gov. Ann Lee visited Dover, Del. on Monday. She met Dr. Ruiz. \"It went well,\" she said.";
        assert_eq!(
            sentences(text),
            vec![
                "Gov. Ann Lee visited Dover, Del. on Monday.",
                "She met Dr. Ruiz.",
                "\"It went well,\" she said."
            ]
        );
        // After a clock time a capital opens a sentence, unless it is a zone, a weekday
        // or a month; a plural title's point ends nothing.
        let text = "The pool came in at 10:52 a.m. Present: Govs. Lee and Ruiz. They left at 11 a.m. ET on Monday. Talks resume at 9 a.m. Tuesday.";
        assert_eq!(
            sentences(text),
            vec![
                "The pool came in at 10:52 a.m.",
                "Present: Govs. Lee and Ruiz.",
                "They left at 11 a.m. ET on Monday.",
                "Talks resume at 9 a.m. Tuesday."
            ]
        );
    }

    #[test]
    fn a_forms_fields_are_sentences_of_their_own_a_counted_label_too() {
        let text = "Claim: APA, 5 U.S.C. 706; challenges the community eligibility rule for school meals\nPlaintiffs (3): AZ, NV, UT\nLead counsel: Nevada AG Ivo Brandt";
        assert_eq!(
            sentences(text),
            vec![
                "Claim: APA, 5 U.S.C. 706; challenges the community eligibility rule for school meals",
                "Plaintiffs (3): AZ, NV, UT",
                "Lead counsel: Nevada AG Ivo Brandt"
            ]
        );
        assert_eq!(strip_counted("Plaintiffs (15)"), "Plaintiffs");
        assert_eq!(strip_counted("Plaintiffs (CA)"), "Plaintiffs (CA)");
    }

    #[test]
    fn exclamations_and_questions_end_sentences_anywhere_in_a_block() {
        let text = "Wow! It works. Does it? Yes! \"Fine!\" He left.\nA short line\nEnd";
        assert_eq!(
            sentences(text),
            vec![
                "Wow!",
                "It works.",
                "Does it?",
                "Yes!",
                "\"Fine!\"",
                "He left.",
                "A short line",
                "End"
            ]
        );
    }

    /// The kind of each block of an article with text `text`.
    fn kinds_of(text: &str) -> Vec<BlockKind> {
        let article = Article::from_text("t", "t.txt", text);
        Doc::new(&article).blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn a_closing_heading_ends_the_article_and_a_notes_heading_does_not() {
        use BlockKind::{Boilerplate, Prose, Title};
        let closed =
            "Title\n\nTwo towns sued.\n\nSources:\n\nThe county clerk, 2026.\n\nA second line.\n";
        assert_eq!(
            kinds_of(closed),
            vec![Title, Prose, Boilerplate, Boilerplate, Boilerplate]
        );
        // Not a heading alone, or not one that ends an article.
        let open =
            "Title\n\nReferences were checked by the clerk.\n\nNotes\n\nThe county sued twice.\n";
        assert!(
            !kinds_of(open).contains(&Boilerplate),
            "{:?}",
            kinds_of(open)
        );
    }

    #[test]
    fn a_wrapped_line_break_is_a_space_and_a_written_one_still_ends_a_sentence() {
        // Wrapped at 40 columns: no break leaves room for the next word.
        let text = "Board Chairwoman Lucia Marquez said\nthe hearing would go on as planned. U.S.\nofficials said \"that will be all,\"\nQuinlan said. Residents of Marlow\nCounty, Idaho, were told on Monday.\nBy Ann Lee\nStaff Writer";
        assert_eq!(
            sentences(text),
            vec![
                "Board Chairwoman Lucia Marquez said\nthe hearing would go on as planned.",
                "U.S.\nofficials said \"that will be all,\"\nQuinlan said.",
                "Residents of Marlow\nCounty, Idaho, were told on Monday.",
                "By Ann Lee",
                "Staff Writer"
            ]
        );
    }

    #[test]
    fn wrapped_items_debris_and_titles_stay_whole_and_read_as_one_line() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "Water board fines eleven small rural\ndistricts over late filing reports\n\n\
             PHOTO: A flooded road by the Snake River\nnear Twin Falls on Tuesday. (Valley 9\nNews)\n\n\
             Letters went to towns that must send a\nreport\n— or risk losing their grants.\n\n\
             8. Boise/Ada County Consolidated Metro\nGovernment, Idaho\n9. City of Nampa, Idaho\n",
        );
        let doc = Doc::new(&article);
        assert_eq!(
            kinds_of(&article.text),
            vec![
                BlockKind::Title,
                BlockKind::Boilerplate,
                BlockKind::Prose,
                BlockKind::Bullet,
                BlockKind::Bullet,
            ]
        );
        let text = |i: usize| doc.text(&doc.blocks[i].range);
        assert_eq!(
            text(0),
            "Water board fines eleven small rural districts over late filing reports"
        );
        assert_eq!(
            text(2),
            "Letters went to towns that must send a report — or risk losing their grants."
        );
        assert_eq!(
            text(3),
            "Boise/Ada County Consolidated Metro Government, Idaho"
        );
        // Claims quote the article's words with its line breaks as spaces.
        assert_eq!(
            doc.words(&doc.blocks[3].range),
            "Boise/Ada County Consolidated Metro Government, Idaho"
        );
        assert_eq!(doc.span(&doc.blocks[3].range).line, 12);
    }

    #[test]
    fn a_first_line_that_is_a_whole_lede_is_prose() {
        let lede = "Legal Wire (November 24, 2026, 6:48 PM EST) -- A Pike County jury on Monday hit a Riverton landlord with a $14.2 million verdict, including $10 million in punitive damages, after a trial that ran three weeks.";
        assert_eq!(
            kinds_of(&format!("{lede}\n\nThe jury voted 11-1.\n")),
            vec![BlockKind::Prose, BlockKind::Prose]
        );
        // A long headline with no closing stop is still the title.
        let headline = "Jury awards $142 million to tenants of a Riverton apartment building who said their landlord ignored mold, rats and broken heat for years on end";
        assert_eq!(
            kinds_of(&format!("{headline}\n\nThe jury voted 11-1.\n"))[0],
            BlockKind::Title
        );
    }

    /// A headline opening with a media tag is the page's title, read after the tag; the
    /// same tag on a later line is a link to a clip.
    #[test]
    fn a_tagged_headline_is_the_title() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "WATCH: Mayor Ann Lee signs the Dalton budget\n\nDALTON — Mayor Ann Lee signed the budget Monday.\n\nWATCH: Lee signs\n",
        );
        let doc = Doc::new(&article);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![BlockKind::Title, BlockKind::Prose, BlockKind::Boilerplate]
        );
        assert_eq!(
            doc.text(&doc.blocks[0].range),
            "Mayor Ann Lee signs the Dalton budget"
        );
        // A tag with too short a headline after it is a link, not the title.
        assert_eq!(
            kinds_of("VIDEO: Live\n\nHeadline\n\nText.\n")[1],
            BlockKind::Title
        );
    }

    /// A posting line is debris, and so is the rest of it wrapped onto the next line;
    /// a dateline of another form wrapped so stays one heading.
    #[test]
    fn a_wrapped_dateline_is_one_block() {
        assert_eq!(
            kinds_of(
                "Headline\n\nPosted 5:10 PM, Aug 14, 2031 | By Staff,\nNorth State 12\n\nBy Iris Cole\nMetro Daily\n\nThe board met on\nThursday.\n"
            ),
            vec![
                BlockKind::Title,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate,
                BlockKind::Heading,
                BlockKind::Prose
            ]
        );
        assert_eq!(
            kinds_of("Headline\n\nAug 14, 2031 | By Staff,\nNorth State 12\n\nThe board met.\n"),
            vec![BlockKind::Title, BlockKind::Heading, BlockKind::Prose]
        );
    }

    #[test]
    fn a_live_pages_time_stamp_is_no_part_of_its_paragraph() {
        let article = Article::from_text(
            "a",
            "a.txt",
            "Live\n\nUPDATE 3:15 PM: The state will send aid.\n\n4:30 p.m. — Crews left.\n\n10:30 Main St. is closed.\n\nUPDATE 3/4/2027: Aid came.\n\nCorrection (3/5): It was four.\n\nIn 3/4 of cases it rained.\n",
        );
        let doc = Doc::with_boilerplate(&article, &[]);
        let prose: Vec<&str> = doc.prose_sentences().map(|s| doc.text(&s.range)).collect();
        assert_eq!(
            prose,
            [
                "The state will send aid.",
                "Crews left.",
                "10:30 Main St. is closed.",
                "Aid came.",
                "It was four.",
                "In 3/4 of cases it rained."
            ]
        );
    }

    #[test]
    fn a_recordings_time_code_is_no_part_of_its_turn() {
        let article = Article::from_text(
            "a",
            "a.txt",
            "Podcast\n\n[00:00:13] MAYA REYES: Welcome back.\n\n(12:31) HOST: Hi.\n\n00:04:10 We are back.\n",
        );
        let doc = Doc::with_boilerplate(&article, &[]);
        let prose: Vec<&str> = doc.prose_sentences().map(|s| doc.text(&s.range)).collect();
        assert_eq!(
            prose,
            ["MAYA REYES: Welcome back.", "HOST: Hi.", "We are back."]
        );
    }

    #[test]
    fn letters_with_points_before_a_number_cite_a_code_and_end_no_sentence() {
        assert_eq!(
            sentences("It cites R.C. 3501.38 here. The end. 3 of them left."),
            ["It cites R.C. 3501.38 here.", "The end.", "3 of them left."]
        );
    }

    #[test]
    fn a_bullet_that_gives_a_sum_or_a_share_is_prose() {
        for item in [
            "A $2,500 signing bonus",
            "5% raise in 2026",
            "£40 fine for each day",
        ] {
            assert!(reads_as_sentence(item), "{item}");
        }
        for item in ["$2,500", "Lake County, 12%", "Springfield, Ill."] {
            assert!(!reads_as_sentence(item), "{item}");
        }
    }

    #[test]
    fn a_bullet_written_as_a_sentence_is_prose_and_stays_in_its_list() {
        let text = "Digest\n\nToday:\n\n• The board voted 5-2 to approve the cuts. It meets again Friday.\n• Cook County, Illinois;\n• Tickets go on sale\n";
        assert_eq!(
            kinds_of(text),
            vec![
                BlockKind::Title,
                BlockKind::Prose,
                BlockKind::Prose,
                BlockKind::Bullet,
                BlockKind::Bullet
            ]
        );
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        let item: Vec<&str> = doc
            .sentences
            .iter()
            .filter(|s| s.block == 2)
            .map(|s| doc.text(&s.range))
            .collect();
        assert_eq!(
            item,
            [
                "The board voted 5-2 to approve the cuts.",
                "It meets again Friday."
            ]
        );
        assert_eq!(doc.bullets[0].items, [2, 3, 4]);
    }

    #[test]
    fn blocks_separate_bullets_boilerplate_and_prose() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "A Headline\n\nThe towns are listed below:\n\n  • Dover, Delaware;\n  • Salem, Oregon.\n\nRead more at Example.com.\nMore prose here.\n",
        );
        let doc = Doc::new(&article);
        assert_eq!(
            kinds_of(&article.text),
            vec![
                BlockKind::Title,
                BlockKind::Prose,
                BlockKind::Bullet,
                BlockKind::Bullet,
                BlockKind::Boilerplate,
                BlockKind::Prose,
            ]
        );
        assert_eq!(doc.bullets.len(), 1);
        assert_eq!(doc.bullets[0].intro, Some(1));
        assert_eq!(doc.text(&doc.blocks[2].range), "Dover, Delaware;");
        assert_eq!(doc.span(&doc.blocks[2].range).line, 5);
    }

    #[test]
    fn a_closing_blurb_about_the_organization_is_boilerplate() {
        use BlockKind::*;
        // The blurb as one paragraph, and as a heading over its paragraph (with or
        // without a blank line between).
        assert_eq!(
            kinds_of(
                "Title\n\nNews.\n\nAbout the Guild: The Guild has 40 members in Ohio, Iowa and Utah.\n"
            ),
            [Title, Prose, Boilerplate]
        );
        assert_eq!(
            kinds_of(
                "Title\n\nNews.\n\nAbout Pell Mills\n\nPell Mills was founded in 1950.\n\nMore news.\n"
            ),
            [Title, Prose, Boilerplate, Boilerplate, Prose]
        );
        assert_eq!(
            kinds_of("Title\n\nNews.\n\nAbout Pell Mills\nPell Mills was founded in 1950.\n"),
            [Title, Prose, Boilerplate]
        );
        // "About" that starts a sentence of the news is no blurb.
        assert_eq!(
            kinds_of("Title\n\nAbout 40 people came.\n\nAbout the plan: nobody knows.\n"),
            [Title, Prose, Prose]
        );
    }

    #[test]
    fn a_tables_rows_are_items_and_a_menu_line_is_debris() {
        use BlockKind::*;
        let text = "Title\n\nThe coalition:\n\n| State | AG |\n|---|---|\n| Ohio | Dave Yost |\n| Iowa | Brenna Bird |\n\nHome | News | Video\n";
        assert_eq!(
            kinds_of(text),
            [Title, Prose, Prose, Prose, Prose, Boilerplate]
        );
        // Its rows are the items of a bulleted block, and each is read as prose too.
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        assert_eq!(doc.text(&doc.blocks[3].range), "Ohio | Dave Yost");
        assert_eq!(doc.bullets[0].intro, Some(1));
        // Two lines of one shape are no table.
        assert_eq!(
            kinds_of("Title\n\nOhio | Yost\nIowa | Bird\n"),
            [Title, Boilerplate, Boilerplate]
        );
    }

    #[test]
    fn a_wires_version_mark_is_no_word_of_the_headline() {
        let article = Article::from_text("t", "t.txt", "UPDATE 2-Strong quake kills 34\n\nText.\n");
        let doc = Doc::new(&article);
        assert_eq!(doc.text(&doc.blocks[0].range), "Strong quake kills 34");
        let article = Article::from_text("t", "t.txt", "UPDATE: Quake kills 34\n\nText.\n");
        let doc = Doc::new(&article);
        assert_eq!(doc.text(&doc.blocks[0].range), "UPDATE: Quake kills 34");
    }

    #[test]
    fn a_threads_post_number_closes_no_sentence_and_a_slashed_date_stays() {
        assert_eq!(post_number_len("Five states total. 2/6"), 4);
        assert_eq!(post_number_len("It is pending. (5/6)"), 6);
        assert_eq!(post_number_len("\"We sued.\" 12/12"), 6);
        assert_eq!(post_number_len("Claims are due 6/6"), 0);
        assert_eq!(post_number_len("2/6"), 0);
        assert_eq!(post_number_len("Done. 123/6"), 0);
        // A post that runs on after a closed sentence is no headline.
        assert!(inner_sentence(
            "Senate passes HB 88, 30-12. Heads to the House. Thread"
        ));
        assert!(inner_sentence("The storm is over now. Crews are out"));
        assert!(!inner_sentence(
            "Gov. Lee signs the U.S. Senate bill in Dalton"
        ));
        assert!(!inner_sentence("Storm nears. Residents flee"));
    }
}
