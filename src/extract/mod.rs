//! Extractors: one per kind of claim, all reading the same segmented [`Doc`].

pub mod amounts;
pub mod citations;
pub mod dates;
pub mod events;
pub mod facts;
pub mod gates;
pub mod lists;
pub mod people;
pub mod quotes;
pub mod transcript;
pub mod votes;

use crate::model::Claim;
use crate::text::Doc;

/// Every claim of one article, kind by kind (lists, quotes, counts, citations, dates,
/// amounts, vote tallies, roles, attendance), each kind in order of appearance.
pub fn extract(doc: &Doc) -> Vec<Claim> {
    extract_with(doc, &std::collections::BTreeMap::new())
}

/// Like [`extract`], with other names of people mapped to their canonical names.
pub fn extract_with(doc: &Doc, aliases: &std::collections::BTreeMap<String, String>) -> Vec<Claim> {
    let mut people = people::find_people(doc);
    people.apply_aliases(aliases);
    let gates = gates::Gates::new(doc);
    // Counts first: a series of places as long as a count of places is a list.
    let counts = facts::extract_counts(doc, &gates);
    let mut claims = lists::extract_lists(doc, &gates, &counts);
    let quotes = quotes::extract_quotes(doc, &people);
    let attendance = events::extract_attendance(doc, &gates, &people, &quotes);
    claims.extend(quotes);
    claims.extend(counts);
    claims.extend(citations::extract_citations(doc));
    claims.extend(dates::extract_dates(doc));
    claims.extend(amounts::extract_amounts(doc));
    claims.extend(votes::extract_votes(doc));
    claims.extend(events::extract_roles(doc, &people));
    claims.extend(attendance);
    claims
}

/// A fact sheet's line, "Acres: 14,200" or "Structures Destroyed: 42": a short label
/// (one to four words, the first capitalized, no digits) and a figure that is the whole
/// rest of the line. Returns where the figure starts. Incident updates, results pages
/// and company fact boxes state their figures so, with no sentence around them.
pub fn fact_line(line: &str) -> Option<usize> {
    // Read for every sentence: the last byte and the first 42 bytes turn nearly all away.
    let line = line.trim_end();
    if !line.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
        return None;
    }
    let head = &line.as_bytes()[..line.len().min(42)];
    let colon = memchr::memchr(b':', head)?;
    if line.as_bytes().get(colon + 1) != Some(&b' ') {
        return None;
    }
    let (label, value) = (&line[..colon], &line[colon + 2..]);
    let words = label.split_whitespace().count();
    let label_ok = (1..=4).contains(&words)
        && label.len() <= 40
        && label.starts_with(|c: char| c.is_ascii_uppercase())
        && label.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ');
    let figure = value.trim_start_matches('$').trim_end_matches('%');
    let figure_ok = figure.starts_with(|c: char| c.is_ascii_digit())
        && figure
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
    (label_ok && figure_ok).then(|| label.len() + 2)
}

/// The stems of a fact line's context: its label's words and the article's title (what
/// the sheet is about).
pub fn fact_line_context(doc: &Doc, label: &str) -> Vec<String> {
    let mut stems: Vec<String> = Vec::new();
    let title = doc.article.title.as_str();
    for text in [label, title] {
        lists::each_stem(text, |s| stems.push(s.to_string()));
    }
    stems.sort();
    stems.dedup();
    stems
}

/// Words read on each side of a fact for its context.
pub const CONTEXT_WORDS: usize = 8;

/// The content-word stems of the words around `start..end` in `text` (up to
/// [`CONTEXT_WORDS`] each side), sorted: what facts are aligned by.
pub fn context_stems(text: &str, start: usize, end: usize) -> Vec<String> {
    context_stems_within(text, start, end, CONTEXT_WORDS)
}

/// [`context_stems`] with `window` words read on each side.
pub fn context_stems_within(text: &str, start: usize, end: usize, window: usize) -> Vec<String> {
    // Only the words of the window are split off: reading the whole text on each side
    // would cost a pass over the sentence (or article) per fact.
    let mut words: Vec<&str> = text[..start]
        .split_whitespace()
        .rev()
        .take(window)
        .collect();
    words.reverse();
    words.extend(text[end..].split_whitespace().take(window));
    // The stems of the window's words, sorted once: no joined copy, no set.
    let mut v: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        lists::each_stem(w, |s| v.push(s.to_string()));
    }
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::fact_line;

    #[test]
    fn a_fact_line_is_a_short_label_and_a_figure() {
        assert_eq!(fact_line("Acres: 14,200"), Some(7));
        assert_eq!(fact_line("Structures Destroyed: 42"), Some(22));
        assert_eq!(fact_line("Containment: 15%"), Some(13));
        assert_eq!(fact_line("Cost: $4.2 million"), None);
        // A time, a sentence, a figure with words after it, a label with digits.
        for line in [
            "Date/Time: 08/12/2025 7:00 PM",
            "The fire grew overnight and crews said: 40",
            "Acres: 14,200 and growing",
            "Route 9: 12",
            "Contact: (617) 555-0142",
        ] {
            assert_eq!(fact_line(line), None, "{line}");
        }
    }
}
