//! Normalization for matching: curly quotes become straight ones, every dash becomes an
//! em dash, no-break spaces become spaces, and blanks at the end of a line (trailing
//! spaces, the carriage return of a CRLF) are dropped. The normalized text keeps a
//! sparse map back to the original so every span still points at the article's own
//! bytes.

use std::ops::Range;
use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A normalized copy of a text with a way back to original offsets. A text with nothing
/// to fold (most are plain ASCII) is borrowed, not copied.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    pub text: std::borrow::Cow<'a, str>,
    /// `(normalized offset, original - normalized)` from each replacement on.
    shifts: Vec<(usize, isize)>,
}

impl<'a> Normalized<'a> {
    pub fn new(original: &'a str) -> Normalized<'a> {
        let bytes = original.as_bytes();
        let mut fold = next_to_fold(bytes);
        let mut blanks = Removals {
            blanks: line_end_blanks(bytes).peekable(),
            marks: footnote_marks(bytes).peekable(),
        };
        let mut blank = blanks.next();
        if fold.is_none() && blank.is_none() {
            return Normalized {
                text: std::borrow::Cow::Borrowed(original),
                shifts: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut shifts = Vec::new();
        // `pos` is where the original is copied from next; fold and blank positions are
        // offsets of the original (a fold, never ASCII blank, is never inside a blank).
        let mut pos = 0;
        loop {
            match (fold, blank.clone()) {
                (Some(at), b) if b.as_ref().is_none_or(|b| at < b.start) => {
                    // ASCII runs are copied whole: only non-ASCII characters and the
                    // backtick fold.
                    text.push_str(&original[pos..at]);
                    let (c, len) = match character_reference(&original[at..]) {
                        Some(decoded) => decoded,
                        None => {
                            let c = original[at..].chars().next().unwrap_or_default();
                            (c, c.len_utf8())
                        }
                    };
                    let replacement = fold_char(c);
                    text.push(replacement);
                    pos = at + len;
                    if replacement.len_utf8() != len {
                        shifts.push((text.len(), pos as isize - text.len() as isize));
                    }
                    fold = next_to_fold(&bytes[pos..]).map(|p| pos + p);
                }
                (_, Some(b)) => {
                    text.push_str(&original[pos..b.start]);
                    pos = b.end;
                    // The shift starts after the line break (or the byte after a
                    // footnote mark), which maps to the first byte dropped: a range that
                    // ends there ends before what was dropped.
                    shifts.push((text.len() + 1, pos as isize - text.len() as isize));
                    blank = blanks.next();
                }
                (_, None) => break,
            }
        }
        text.push_str(&original[pos..]);
        Normalized {
            text: std::borrow::Cow::Owned(text),
            shifts,
        }
    }

    /// Maps a byte offset of the original text to the normalized text: the inverse of
    /// [`Normalized::to_original`] (an offset inside what normalization dropped or
    /// folded maps to where that went).
    pub fn from_original(&self, offset: usize) -> usize {
        let k = self
            .shifts
            .partition_point(|&(at, delta)| at as isize + delta <= offset as isize);
        if k == 0 {
            offset
        } else {
            (offset as isize - self.shifts[k - 1].1).max(0) as usize
        }
    }

    /// Maps a byte offset of the normalized text to the original text.
    pub fn to_original(&self, offset: usize) -> usize {
        let k = self.shifts.partition_point(|&(at, _)| at <= offset);
        if k == 0 {
            offset
        } else {
            (offset as isize + self.shifts[k - 1].1) as usize
        }
    }
}

/// The spaces, tabs and carriage returns right before each line break. Dropped, they let
/// a hard-wrapped line join the next with one space, as a wrapping program that leaves
/// a trailing space ("fold -s", format=flowed mail) or CRLF line ends would not.
fn line_end_blanks(bytes: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    memchr::memchr_iter(b'\n', bytes).filter_map(move |at| {
        let blanks = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| matches!(b, b' ' | b'\t' | b'\r'))
            .count();
        (blanks > 0).then(|| at - blanks..at)
    })
}

/// What normalization drops, in text order: [`line_end_blanks`] and [`footnote_marks`]
/// (which never overlap: a mark holds no blank).
struct Removals<B: Iterator<Item = Range<usize>>, M: Iterator<Item = Range<usize>>> {
    blanks: std::iter::Peekable<B>,
    marks: std::iter::Peekable<M>,
}

impl<B: Iterator<Item = Range<usize>>, M: Iterator<Item = Range<usize>>> Iterator
    for Removals<B, M>
{
    type Item = Range<usize>;
    fn next(&mut self) -> Option<Range<usize>> {
        match (self.blanks.peek(), self.marks.peek()) {
            (Some(b), Some(m)) if m.start < b.start => self.marks.next(),
            (Some(_), _) => self.blanks.next(),
            (None, _) => self.marks.next(),
        }
    }
}

/// Footnote marks glued to the word or stop before them, as encyclopedias and some blogs
/// print them: "in three states.[1][3] Fourteen". Dropped, they leave the sentence end
/// and the next sentence as the text has them, and no "3" reads as a count. A bracketed
/// number after a blank ("see [3]") is left alone.
fn footnote_marks(bytes: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    memchr::memchr_iter(b'[', bytes).filter_map(move |at| {
        let glued = at > 0 && !bytes[at - 1].is_ascii_whitespace();
        let digits = bytes[at + 1..]
            .iter()
            .take(4)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = at + 1 + digits;
        (glued && (1..=3).contains(&digits) && bytes.get(end) == Some(&b']')).then_some(at..end + 1)
    })
}

/// Named character references (`data/html_entities.tsv`): name → character.
static ENTITIES: LazyLock<rustc_hash::FxHashMap<&'static str, char>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/html_entities.tsv"))
        .filter_map(|l| {
            let (name, hex) = l.split_once('\t')?;
            let c = char::from_u32(u32::from_str_radix(hex.trim(), 16).ok()?)?;
            Some((name.trim(), c))
        })
        .collect()
});

/// An HTML character reference at the start of `s` ("&#8217;", "&#x2019;", "&rsquo;")
/// and its length: scraped text that kept them reads as the page showed it, so a quote
/// between "&#8220;" and "&#8221;" is a quote. A control character or an unknown name
/// is no reference; the "&" of "AT&T" stays as it is.
fn character_reference(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('&')?;
    let end = body.as_bytes().iter().take(10).position(|&b| b == b';')?;
    let name = &body[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        *ENTITIES.get(name)?
    };
    (!c.is_control()).then_some((c, end + 2))
}

/// The first byte that may need folding: a non-ASCII byte, a backtick or the "&" that
/// may start a character reference. Clean 64-byte chunks are skipped with word-at-a-time
/// tests rather than byte by byte.
fn next_to_fold(bytes: &[u8]) -> Option<usize> {
    let needs = |b: &u8| !b.is_ascii() || *b == b'`' || *b == b'&';
    let mut base = 0;
    for chunk in bytes.chunks(64) {
        if chunk.is_ascii() && memchr::memchr2(b'`', b'&', chunk).is_none() {
            base += chunk.len();
            continue;
        }
        return chunk.iter().position(needs).map(|p| base + p);
    }
    None
}

/// `word` lowercased into `buf`, when it is ASCII and fits: short words are looked up
/// in word lists without a new `String` each.
pub fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let lower = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// The character used for matching in place of `c`.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{00ab}'
        | '\u{00bb}' => '"',
        '\u{2010}' | '\u{2011}' => '-',
        '\u{2012}' | '\u{2013}' | '\u{2015}' | '\u{2212}' => '\u{2014}',
        '\u{00a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' => ' ',
        other => other,
    }
}

/// A comparison key for names: lowercase letters and digits without diacritics ("José
/// Peña" and the wire's "Jose Pena" are one person), single spaces, "saint" spelled
/// "st", periods and apostrophes dropped.
pub fn fold_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    if s.is_ascii() {
        // The common case, byte by byte: names are mostly ASCII.
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else if !matches!(b, b'.' | b'\'' | b'`') {
                space = true;
            }
        }
        return saint_as_st(out);
    }
    for c in s.chars().map(fold_char) {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            // Decomposed (NFD), without its marks: "é" → "e", "ñ" → "n".
            for lower in c.to_lowercase() {
                decompose_canonical(lower, |d| {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                });
            }
        } else if c == '.' || c == '\'' || is_combining_mark(c) {
            // "St." = "St", "D.C." = "DC"
        } else {
            space = true;
        }
    }
    saint_as_st(out)
}

/// "saint paul" is keyed as "st paul".
fn saint_as_st(folded: String) -> String {
    match folded.strip_prefix("saint ") {
        Some(rest) => format!("st {rest}"),
        None => folded,
    }
}

/// The largest char boundary of `text` at or before `at` (its length when past it):
/// where a cut of a fixed number of bytes ("the opening 600 bytes") may fall.
/// `str::floor_char_boundary` is newer than the supported Rust.
pub fn floor_boundary(text: &str, at: usize) -> usize {
    let mut end = at.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Each word of a sentence (split at single spaces, as normalized text is) with where
/// it starts, punctuation kept: readers that look a few words back and forth from a
/// cue ("ended after", "No one was") need both.
pub fn words_at(text: &str) -> Vec<(usize, &str)> {
    text.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_is_borrowed_and_anything_to_fold_is_copied() {
        let plain = "The council met on Monday.";
        let n = Normalized::new(plain);
        assert!(matches!(n.text, std::borrow::Cow::Borrowed(_)));
        assert_eq!(n.to_original(10), 10);
        let curly = "Ann said \u{201c}no\u{201d} twice.";
        let n = Normalized::new(curly);
        assert!(matches!(n.text, std::borrow::Cow::Owned(_)));
        assert_eq!(n.text, "Ann said \"no\" twice.");
        assert_eq!(&curly[n.to_original(12)..], "\u{201d} twice.");
    }

    #[test]
    fn blanks_before_a_line_break_are_dropped_and_offsets_still_map() {
        let original = "one two \nthree\t \r\nfour\r\n\nfive";
        let n = Normalized::new(original);
        assert_eq!(n.text, "one two\nthree\nfour\n\nfive");
        for word in ["two", "three", "four", "five"] {
            let at = n.text.find(word).unwrap();
            let (start, end) = (n.to_original(at), n.to_original(at + word.len()));
            assert_eq!(&original[start..end], word);
        }
        // A line break maps to the first blank before it, so a range that ends at the
        // break ends before the blanks.
        let first_break = n.text.find('\n').unwrap();
        assert_eq!(&original[..n.to_original(first_break)], "one two");
        // Blanks elsewhere stay, and text without any stays borrowed.
        assert_eq!(Normalized::new("a  b\n").text, "a  b\n");
        assert!(matches!(
            Normalized::new("a  b\nc").text,
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn footnote_marks_glued_to_a_word_are_dropped_and_offsets_still_map() {
        let original =
            "in three states.[1][3] Fourteen “cases” were seen.[12]\nSee [3] and x[1234].";
        let n = Normalized::new(original);
        assert_eq!(
            n.text,
            "in three states. Fourteen \"cases\" were seen.\nSee [3] and x[1234]."
        );
        for word in ["states.", "Fourteen", "seen.", "See"] {
            let at = n.text.find(word).unwrap();
            let (start, end) = (n.to_original(at), n.to_original(at + word.len()));
            assert_eq!(&original[start..end], word);
        }
    }

    #[test]
    fn short_ascii_words_lowercase_on_the_stack() {
        let mut buf = [0u8; 8];
        assert_eq!(ascii_lower("Voted", &mut buf), Some("voted"));
        assert_eq!(ascii_lower("Endorsements", &mut buf), None);
        assert_eq!(ascii_lower("Café", &mut buf), None);
    }

    #[test]
    fn character_references_read_as_their_characters_and_offsets_still_map() {
        let original =
            "&#8220;Here&#8217;s the deal,&rdquo; AT&T said &amp; left &#x2014; &bogus; &#1;";
        let n = Normalized::new(original);
        assert_eq!(
            n.text,
            "\"Here's the deal,\" AT&T said & left \u{2014} &bogus; &#1;"
        );
        let said = n.text.find("said").unwrap();
        assert_eq!(
            &original[n.to_original(said)..n.to_original(said + 4)],
            "said"
        );
        let deal = n.text.find("deal").unwrap();
        assert_eq!(
            &original[n.to_original(deal)..n.to_original(deal + 4)],
            "deal"
        );
        let left = n.text.find("left").unwrap();
        assert_eq!(
            &original[n.to_original(left)..],
            "left &#x2014; &bogus; &#1;"
        );
    }

    #[test]
    fn original_offsets_map_forward_as_normalized_ones_map_back() {
        let original = "a “b” — c’d e  \nf &amp; g";
        let n = Normalized::new(original);
        for word in ["a", "b", "c", "d", "e", "f", "g"] {
            let at = n.text.find(word).unwrap();
            assert_eq!(n.from_original(n.to_original(at)), at, "{word}");
        }
    }

    #[test]
    fn offsets_map_back_across_multibyte_replacements() {
        let original = "a “b” — c’d e";
        let n = Normalized::new(original);
        assert_eq!(n.text, "a \"b\" — c'd e");
        let e = n.text.find('e').unwrap();
        assert_eq!(&original[n.to_original(e)..], "e");
        let d = n.text.find('d').unwrap();
        assert_eq!(&original[n.to_original(d)..n.to_original(d + 1)], "d");
    }

    #[test]
    fn ascii_runs_are_copied_and_the_backtick_still_folds() {
        let original = "plain `quoted' text\u{a0}end";
        let n = Normalized::new(original);
        assert_eq!(n.text, "plain 'quoted' text end");
        let end = n.to_original(n.text.find("end").unwrap());
        assert_eq!(&original[end..], "end");
    }

    #[test]
    fn long_ascii_runs_fold_what_follows_them() {
        let original = format!("{}`{}’x", "a".repeat(100), "b".repeat(70));
        let n = Normalized::new(&original);
        assert_eq!(n.text, format!("{}'{}'x", "a".repeat(100), "b".repeat(70)));
        let x = n.to_original(n.text.len() - 1);
        assert_eq!(&original[x..], "x");
    }

    #[test]
    fn names_fold_case_punctuation_and_saint() {
        assert_eq!(fold_name("Saint Paul"), "st paul");
        assert_eq!(fold_name("Saint Géorge"), "st george");
        assert_eq!(fold_name("José Peña"), fold_name("Jose Pena"));
        assert_eq!(fold_name("Jose\u{301} Zoë"), "jose zoe");
        assert_eq!(fold_name("Łódź Straße"), "łodz straße");
        assert_eq!(fold_name("O`Neil  Co."), "oneil co");
        assert_eq!(fold_name("Ángel’s Camp"), "angels camp");
        assert_eq!(fold_name("St. Paul"), "st paul");
        assert_eq!(fold_name("Winston-Salem"), "winston salem");
        assert_eq!(fold_name("D.C."), "dc");
    }
}
