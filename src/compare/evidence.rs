//! Evidence: the article's own words behind a finding, cut to a readable snippet.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Claim, Evidence, Span};
use crate::text::Doc;

/// Words before a figure, with its own, read for an update word.
const UPDATE_REACH: usize = 8;

/// `data/update_words.txt`, each phrase with its words.
static UPDATE_WORDS: std::sync::LazyLock<Vec<(&'static str, Vec<&'static str>)>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/update_words.txt"))
            .map(|p| (p, p.split(' ').collect()))
            .collect()
    });

/// Words after a figure read for a word of `data/still_words.txt`.
const STILL_REACH: usize = 3;

/// Words after a figure read, to its sentence's end, for a word of
/// `data/still_words.txt` by `still_in_sentence`.
const STILL_SENTENCE_REACH: usize = 16;

/// Whether one of `words` (punctuation aside) is a word of `data/still_words.txt`.
fn says_still<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    words.any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        STILL_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
    })
}

/// `data/still_words.txt`.
static STILL_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/still_words.txt")).collect()
});

/// Snippets longer than this are cut around the words they point at.
const MAX_SNIPPET: usize = 160;

/// Bytes of an article's opening segmented to read its date (a header and a lead, cut
/// at a paragraph's end): segmenting whole articles for it cost 1% of a run.
const HEAD_BYTES: usize = 1_500;

/// A calendar day: year, month, day.
type Day = (u16, u8, u8);

/// Looks up articles by id to quote them.
pub struct Quoter<'a> {
    docs: HashMap<&'a str, &'a Doc<'a>>,
    /// Each article's date once read (see [`Quoter::published`]).
    dates: std::cell::RefCell<HashMap<&'a str, Option<Day>>>,
}

impl<'a> Quoter<'a> {
    pub fn new(docs: &'a [Doc<'a>]) -> Quoter<'a> {
        Quoter {
            docs: docs.iter().map(|d| (d.article.id.as_str(), d)).collect(),
            dates: Default::default(),
        }
    }

    /// The article's date (year, month, day): a full date in its header ("Posted:
    /// March 6, 2026", a transcript's "…, March 7, 2026") or its record's `published`.
    /// Comparison's documents are unsegmented, so the article is segmented again here,
    /// once, and only when a finding asks.
    pub fn published(&self, article: &str) -> Option<Day> {
        let doc = self.docs.get(article)?;
        let key = doc.article.id.as_str();
        if let Some(date) = self.dates.borrow().get(key) {
            return *date;
        }
        // Only the opening is segmented: the header ends at the first paragraph.
        let text = &doc.article.text;
        let cut = crate::text::normalize::floor_boundary(text, HEAD_BYTES);
        let head_end = if cut == text.len() {
            cut
        } else {
            text[..cut].rfind("\n\n").unwrap_or(cut)
        };
        let head = crate::article::Article {
            text: text[..head_end].to_string(),
            ..doc.article.clone()
        };
        let date = crate::extract::dates::publication_date(&Doc::new(&head));
        self.dates.borrow_mut().insert(key, date);
        date
    }

    /// "radio is dated March 7, 2026, after health and paper (March 6, 2026)": when every
    /// article of `later` and of `earlier` is dated, and each of the first after each of
    /// the second. Outlets that report a running count (cases, the dead, acres burned) or
    /// a growing list (counties with cases) on different days give different figures of
    /// one count; the later one is no rival account of the earlier.
    pub fn dated_after(&self, later: &[String], earlier: &[String]) -> Option<String> {
        let dates = |arts: &[String]| -> Option<Vec<Day>> {
            arts.iter().map(|a| self.published(a)).collect()
        };
        let (late, early) = (dates(later)?, dates(earlier)?);
        let (first_late, last_early) = (late.iter().min()?, early.iter().max()?);
        if first_late <= last_early {
            return None;
        }
        let day_text = |&(y, m, d): &Day| {
            let month = super::months::MONTHS.get(usize::from(m).wrapping_sub(1));
            format!("{} {d}, {y}", month.unwrap_or(&"?"))
        };
        let one_day = |days: &[Day]| days.iter().all(|d| *d == days[0]);
        // Articles of one day share it ("health and paper (March 6, 2026)"); of
        // several, each is given its own ("health (March 6, 2026) and paper (March 5,
        // 2026)"), so no reader pairs a day with the wrong outlet.
        let each = |arts: &[String], days: &[Day]| -> String {
            let named: Vec<String> = arts
                .iter()
                .zip(days)
                .map(|(a, d)| format!("{a} ({})", day_text(d)))
                .collect();
            super::join(&named)
        };
        let late_part = if one_day(&late) {
            format!(
                "{} {} dated {},",
                super::join(later),
                if later.len() == 1 { "is" } else { "are" },
                day_text(&late[0])
            )
        } else {
            format!("{} are dated", each(later, &late))
        };
        let early_part = if one_day(&early) {
            format!("{} ({})", super::join(earlier), day_text(&early[0]))
        } else {
            each(earlier, &early)
        };
        Some(format!("{late_part} after {early_part}"))
    }

    /// The words of `span` with some of their line around them.
    pub fn at(&self, article: &str, span: &Span) -> Evidence {
        let text = self
            .docs
            .get(article)
            .map(|d| snippet(&d.article.text, span))
            .unwrap_or_default();
        Evidence {
            article: article.to_string(),
            line: span.line,
            text,
        }
    }

    /// Whether `span` runs over more than one line of its article's text.
    pub fn spans_lines(&self, article: &str, span: &Span) -> bool {
        self.docs.get(article).is_some_and(|d| {
            d.article
                .text
                .get(span.start..span.end)
                .is_some_and(|t| t.contains('\n'))
        })
    }

    /// The words of `span`, centred on the first occurrence of `word` inside it (for a
    /// long quote whose differing word would otherwise be cut off).
    pub fn at_word(&self, article: &str, span: &Span, word: &str) -> Evidence {
        let Some(doc) = self.docs.get(article) else {
            return self.at(article, span);
        };
        let text = &doc.article.text;
        let inside = text.get(span.start..span.end.min(text.len())).unwrap_or("");
        let lower = inside.to_lowercase();
        match lower
            .find(&word.to_lowercase())
            .filter(|_| !word.is_empty() && lower.len() == inside.len())
        {
            Some(at) => {
                let start = span.start + at;
                let focus = doc.lines.span(text, start, start + word.len());
                self.at(article, &focus)
            }
            None => self.at(article, span),
        }
    }

    /// Whether the paragraph that holds `span` closes with no sentence's end: a headline or
    /// a live update's heading ("Death toll rises to 42"), which restates a figure the
    /// body gives.
    pub fn in_open_paragraph(&self, article: &str, span: &Span) -> bool {
        let Some(doc) = self.docs.get(article) else {
            return false;
        };
        let text = &doc.article.text;
        let Some(rest) = text.get(span.end.min(text.len())..) else {
            return false;
        };
        // To the paragraph's end: a hard-wrapped sentence goes on over its line break.
        let paragraph = rest.split("\n\n").next().unwrap_or("");
        !paragraph
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\'', '”', '’', ':', ';', ','])
    }

    /// The word of `data/update_words.txt` that gives the figure at `span` as an update
    /// ("grows to 14,200 acres", "Death toll rises to 4", "has now burned"): read in the
    /// figure's own words and in the few words of its clause before it.
    pub fn update_word(&self, article: &str, span: &Span) -> Option<&'static str> {
        let doc = self.docs.get(article)?;
        let text = &doc.article.text;
        let start = floor_char(text, span.start.min(text.len()));
        let end = floor_char(text, span.end.clamp(start, text.len()));
        let before = &text[..start];
        // Back to the clause's start ("acres, 78 structures": a comma before a space),
        // the line's start, or the last few words.
        let line = before.rfind('\n').map_or(0, |p| p + 1);
        let clause = &before[line..];
        let from = clause
            .char_indices()
            .rev()
            .find(|&(at, c)| {
                c == '('
                    || (matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '—')
                        && clause[at + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_none_or(char::is_whitespace))
            })
            .map_or(line, |(at, c)| line + at + c.len_utf8());
        let words: Vec<&str> = text[from..end].split_whitespace().collect();
        let words = &words[words.len().saturating_sub(UPDATE_REACH)..];
        // Each phrase's words in a row among the figure's, in any case; no string built.
        UPDATE_WORDS.iter().find_map(|(phrase, parts)| {
            words
                .windows(parts.len())
                .any(|run| {
                    run.iter()
                        .zip(parts)
                        .all(|(w, p)| w.eq_ignore_ascii_case(p))
                })
                .then_some(*phrase)
        })
    }

    /// Whether one of the `reach` words right before `span`, in its sentence, is one of
    /// `words` (compared case-blind, by its first five letters: "earlier" for "earli").
    pub fn stem_before(&self, article: &str, span: &Span, reach: usize, stems: &[&str]) -> bool {
        let Some(doc) = self.docs.get(article) else {
            return false;
        };
        let text = &doc.article.text;
        let start = floor_char(text, span.start.min(text.len()));
        let before = &text[..start];
        // A point between digits ("$16.2 billion") ends no sentence.
        let b = before.as_bytes();
        let sentence = before
            .match_indices(['.', '!', '?', '\n'])
            .map(|(p, _)| p)
            .rfind(|&p| {
                !(b[p] == b'.'
                    && p > 0
                    && b[p - 1].is_ascii_digit()
                    && b.get(p + 1).is_some_and(u8::is_ascii_digit))
            })
            .map_or(before, |p| &before[p + 1..]);
        sentence
            .split_whitespace()
            .rev()
            .take(reach)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .any(|w| {
                let stem: String = w.chars().take(5).collect();
                stems.contains(&stem.as_str())
            })
    }

    /// Whether the figure at `span`, or the range it opens ("$16.2 billion to $16.5
    /// billion"), is followed by one of `words` that ends its clause: "from $16.2
    /// billion to $16.5 billion before." says both figures were.
    pub fn clause_ends_with(&self, article: &str, span: &Span, words: &[&str]) -> bool {
        let Some(doc) = self.docs.get(article) else {
            return false;
        };
        let text = &doc.article.text;
        let end = floor_char(text, span.end.min(text.len()));
        let closes = |w: &str| w.ends_with(['.', ',', ';']);
        let mut after = text[end..].split_whitespace();
        let mut next = after.next();
        // The range's second figure, with its scale word: "to $16.5 billion".
        if next == Some("to") {
            let Some(second) = after.next() else {
                return false;
            };
            if !second.starts_with(|c: char| c == '$' || c.is_ascii_digit()) || closes(second) {
                return false;
            }
            next = after.next();
            if let Some(w) = next
                && crate::canon::numbers::SCALE_WORDS.contains(&w.trim_end_matches(['.', ',', ';']))
            {
                if closes(w) {
                    return false;
                }
                next = after.next();
            }
        }
        // The word must end the clause: punctuation after it, or the text's end.
        next.is_some_and(|w| {
            let bare = w.trim_end_matches(['.', ',', ';']);
            (closes(w) || after.next().is_none()) && words.contains(&bare.to_lowercase().as_str())
        })
    }

    /// Whether one of the few words right after `span` says a figure holds now, not in
    /// all ("12 remain hospitalized", "three are still in the hospital"): a count of
    /// those still in a state, not of all who have been in it.
    pub fn still_after(&self, article: &str, span: &Span) -> bool {
        let Some(doc) = self.docs.get(article) else {
            return false;
        };
        let text = &doc.article.text;
        let end = floor_char(text, span.end.min(text.len()));
        says_still(text[end..].split_whitespace().take(STILL_REACH))
    }

    /// Whether the rest of the sentence after `span` says its figure holds now ("Two
    /// inmates who broke out of the jail early Tuesday are still on the run"): a count
    /// of those still in a state, a part of all who were in it. Read to the sentence's
    /// end, at most `STILL_SENTENCE_REACH` words.
    pub fn still_in_sentence(&self, article: &str, span: &Span) -> bool {
        let Some(doc) = self.docs.get(article) else {
            return false;
        };
        let text = &doc.article.text;
        let end = floor_char(text, span.end.min(text.len()));
        let rest = &text[end..];
        let rest = rest
            .find(['.', ';', '!', '?', '\n'])
            .map_or(rest, |p| &rest[..p]);
        says_still(rest.split_whitespace().take(STILL_SENTENCE_REACH))
    }

    /// The opening words of a claim.
    pub fn claim(&self, claim: &Claim) -> Evidence {
        let span = Span {
            end: claim.span.start + claim.text.len().min(claim.span.end - claim.span.start),
            ..claim.span
        };
        self.at(&claim.article, &span)
    }
}

/// The line holding `span`, trimmed; a long line is cut to a window around the span, at
/// word boundaries, with "…" where it was cut.
pub fn snippet(text: &str, span: &Span) -> String {
    let start = floor_char(text, span.start.min(text.len()));
    let end = floor_char(text, span.end.clamp(start, text.len()));
    // Evidence is one line: a span over several paragraphs shows its first line.
    let end = text[start..end].find('\n').map_or(end, |p| start + p);
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    let line = &text[line_start..line_end];
    if line.chars().count() <= MAX_SNIPPET {
        return line.trim().to_string();
    }
    let focus = &text[start..end];
    let focus_len = focus.chars().count();
    if focus_len >= MAX_SNIPPET {
        return format!("{}…", cut_after(focus, MAX_SNIPPET));
    }
    let room = MAX_SNIPPET - focus_len;
    let (before, after) = (&text[line_start..start], &text[end..line_end]);
    let (nb_all, na_all) = (before.chars().count(), after.chars().count());
    let na = na_all.min(room - nb_all.min(room / 2));
    let nb = nb_all.min(room - na);
    let mut out = String::new();
    if nb < nb_all {
        out.push('…');
        out.push_str(cut_before(before, nb));
    } else {
        out.push_str(before.trim_start());
    }
    out.push_str(focus);
    if na < na_all {
        out.push_str(cut_after(after, na).trim_end());
        out.push('…');
    } else {
        out.push_str(after.trim_end());
    }
    out
}

/// The first `n` characters of `s`, shortened to end at a word boundary.
fn cut_after(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    match s[..end].rfind(' ') {
        Some(p) if end < s.len() && p > 0 => &s[..p],
        _ => &s[..end],
    }
}

/// The last `n` characters of `s`, shortened to start at a word boundary.
fn cut_before(s: &str, n: usize) -> &str {
    let total = s.chars().count();
    let start = s.char_indices().nth(total - n).map_or(s.len(), |(i, _)| i);
    match s[start..].find(' ') {
        Some(p) if start > 0 => &s[start + p + 1..],
        _ => &s[start..],
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_that_ends_a_figures_clause_is_read_after_it_or_its_range() {
        let text = "T\n\nIt was $2.1 million to $2.5 million before. Then $3 million before the cut. \
                    It was 40% previously, and $9 million earlier";
        let article = crate::article::Article::from_text("t", "t.txt", text);
        let docs = [Doc::unsegmented(&article)];
        let quote = Quoter::new(&docs);
        let ends = |figure: &str| {
            let start = text.find(figure).unwrap();
            let span = Span {
                start,
                end: start + figure.len(),
                line: 3,
                col: 1,
            };
            quote.clause_ends_with("t", &span, &["before", "previously", "earlier"])
        };
        assert!(ends("$2.1 million"));
        assert!(ends("$2.5 million"));
        assert!(!ends("$3 million"));
        assert!(ends("40%"));
        assert!(ends("$9 million"));
    }

    #[test]
    fn short_lines_are_whole_and_long_lines_are_cut_at_words() {
        let text = "first line\nshort one here\n";
        let at = text.find("one").unwrap();
        let span = Span {
            start: at,
            end: at + 3,
            line: 2,
            col: 7,
        };
        assert_eq!(snippet(text, &span), "short one here");

        let long = format!("{} TARGET {}", "word ".repeat(60), "more ".repeat(60));
        let at = long.find("TARGET").unwrap();
        let span = Span {
            start: at,
            end: at + 6,
            line: 1,
            col: 1,
        };
        let s = snippet(&long, &span);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("TARGET"));
        assert!(s.chars().count() <= MAX_SNIPPET + 2);
        assert!(!s.contains("wor…") && !s.contains("…ord"));
    }
}
