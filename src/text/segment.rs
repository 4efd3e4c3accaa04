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
}

static BULLET: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^\s*(?:[•·▪◦‣●■*—-]|\(?\d{1,3}[.)])\s+").unwrap());

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
        }
    }

    /// Segments with extra boilerplate line patterns (from a configuration).
    pub fn with_boilerplate(article: &'a Article, extra: &[Regex]) -> Doc<'a> {
        let norm = Normalized::new(&article.text);
        let lines = LineIndex::new(&article.text);
        let blocks = blocks_of(&norm.text, extra);
        let bullets = bullet_blocks(&blocks);
        let mut sentences = Vec::new();
        for (i, block) in blocks.iter().enumerate() {
            if matches!(
                block.kind,
                BlockKind::Prose | BlockKind::Heading | BlockKind::Title
            ) {
                for range in split_sentences(&norm.text, block.range.clone()) {
                    sentences.push(Sentence { range, block: i });
                }
            }
        }
        Doc {
            article,
            norm,
            lines,
            blocks,
            sentences,
            bullets,
        }
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

/// Splits the text into blocks by lines: blank lines end paragraphs, and bullet,
/// boilerplate and heading lines stand alone.
fn blocks_of(text: &str, extra: &[Regex]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Option<Range<usize>> = None;
    let mut seen_title = false;
    let mut offset = 0;
    let flush = |para: &mut Option<Range<usize>>, blocks: &mut Vec<Block>| {
        if let Some(range) = para.take() {
            blocks.push(Block {
                kind: classify_paragraph(&text[range.clone()]),
                range,
            });
        }
    };
    for raw in lines_inclusive(text) {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut para, &mut blocks);
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let range = start + lead..start + lead + trimmed.len();
        if !seen_title {
            seen_title = true;
            blocks.push(Block {
                range,
                kind: BlockKind::Title,
            });
            continue;
        }
        if is_boilerplate(trimmed) || extra.iter().any(|r| r.is_match(trimmed)) {
            flush(&mut para, &mut blocks);
            blocks.push(Block {
                range,
                kind: BlockKind::Boilerplate,
            });
        } else if let Some(m) = BULLET.find(line).filter(|m| start + m.end() < range.end) {
            // A marker with nothing after it ("* ") is no bullet item.
            flush(&mut para, &mut blocks);
            blocks.push(Block {
                range: start + m.end()..range.end,
                kind: BlockKind::Bullet,
            });
        } else {
            para = Some(match para {
                Some(p) => p.start..range.end,
                None => range,
            });
        }
    }
    flush(&mut para, &mut blocks);
    blocks
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

fn classify_paragraph(text: &str) -> BlockKind {
    let closes = |l: &str| {
        l.trim_end()
            .ends_with(['.', '!', '?', ':', ';', ',', '"', '\'', ')'])
    };
    // One short line, or stacked short lines (a masthead, a byline and date), with no
    // closing punctuation: a heading.
    let heading = text.lines().all(|l| !closes(l) && l.len() <= 120)
        && (!text.contains('\n') || text.lines().all(|l| l.len() < 60));
    if heading {
        BlockKind::Heading
    } else {
        BlockKind::Prose
    }
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
/// abbreviation or an initial. A line break ends a sentence when the line is short or
/// closed by punctuation, so stacked headings and datelines do not run together.
pub fn split_sentences(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[block.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
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
            if line.len() < 60 || line.ends_with(['.', '!', '?', ':', '"']) {
                boundary_end = Some(i);
            }
        } else if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            let next_ok = j == bytes.len()
                || (bytes[j] == b' '
                    && s[j..].trim_start().chars().next().is_some_and(|n| {
                        n.is_uppercase() || n.is_ascii_digit() || n == '"' || n == '\''
                    }));
            if next_ok && !(c == b'.' && ends_with_abbreviation(&s[..=i])) {
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

fn push_trimmed(out: &mut Vec<Range<usize>>, s: &str, base: usize, start: usize, end: usize) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let a = base + start + lead;
        out.push(a..a + trimmed.len());
    }
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
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    letters.len() == 1 && letters[0].is_uppercase()
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
        split_sentences(text, 0..text.len())
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

    #[test]
    fn blocks_separate_bullets_boilerplate_and_prose() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "A Headline\n\nThe towns are listed below:\n\n  • Dover, Delaware;\n  • Salem, Oregon.\n\nRead more at Example.com.\nMore prose here.\n",
        );
        let doc = Doc::new(&article);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
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
}
