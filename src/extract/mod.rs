//! Extractors: one per kind of claim, all reading the same segmented [`Doc`].

pub mod amounts;
pub mod citations;
pub mod dates;
pub mod depths;
pub mod events;
pub mod facts;
pub mod gates;
pub mod lists;
pub mod none_or_one;
pub mod paths;
pub mod people;
pub mod people_lists;
pub mod quotes;
pub mod radius;
pub mod results;
pub mod scores;
pub mod speeds;
pub mod transcript;
pub mod venues;
pub mod votes;

use crate::model::Claim;
use crate::text::Doc;

/// Whether a word opens a noun phrase (`data/determiners.txt`: "the", "its", ...), in
/// any case.
pub(crate) fn is_determiner(word: &str) -> bool {
    static DETERMINERS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/determiners.txt")).collect()
    });
    DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// Whether the words before a figure deny it ("$4.5M, not the $45M in the draft",
/// "rather than 40 days", "instead of the $2 million"): the outlet says the figure is
/// wrong, so it is no claim of that figure. A figure that opens with a word ("not more
/// than 40", "not about $45M", "not six schools") is not taken as denied: a hedge after
/// "not" makes a bound, and a number word may be one.
pub(crate) fn denies_figure(before: &str, figure: &str) -> bool {
    // "… was not. 3 people …": a denial ends with its sentence.
    if figure.starts_with(char::is_alphabetic)
        || before.trim_end().ends_with(['.', '!', '?', ';', ':'])
    {
        return false;
    }
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
    let mut last = words.next().unwrap_or_default();
    if is_determiner(last) {
        last = words.next().unwrap_or_default();
    }
    let two = format!("{} {last}", words.next().unwrap_or_default());
    DENIALS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(last) || d.eq_ignore_ascii_case(&two))
}

/// Whether the words after a figure open a denial of the next ("$4.5M, not the $45M in
/// the original draft"): the words after it are the denied figure's, not this one's.
pub(crate) fn opens_a_denial(after: &str) -> bool {
    let after = after.trim_start_matches(',').trim_start();
    DENIALS.iter().any(|d| {
        after
            .get(..d.len() + 1)
            .is_some_and(|w| w.starts_with(d) && w.ends_with(' '))
    })
}

/// The words that deny the figure after them ([`denies_figure`], [`opens_a_denial`]).
const DENIALS: [&str; 3] = ["not", "rather than", "instead of"];

/// Every claim of one article, kind by kind (lists, quotes, counts, citations, dates,
/// amounts, vote tallies, game scores, venues of suits, roles, attendance), each kind in order of
/// appearance.
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
    // Votes before lists of people: a roster of those who voted no is whole when the
    // tally counts as many.
    let votes = votes::extract_votes(doc, &gates);
    claims.extend(lists::people_list_claims(doc, &people, &claims, &votes));
    let quotes = quotes::extract_quotes(doc, &people);
    let attendance = events::extract_attendance(doc, &gates, &people, &quotes, &claims);
    claims.extend(quotes);
    claims.extend(counts);
    claims.extend(citations::extract_citations(doc));
    claims.extend(dates::extract_dates(doc, &gates));
    claims.extend(amounts::extract_amounts(doc, &gates));
    claims.extend(votes);
    claims.extend(scores::extract_scores(doc));
    claims.extend(venues::extract_venues(doc, &gates));
    claims.extend(events::extract_roles(doc, &people));
    claims.extend(attendance);
    claims
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

/// `data/context_synonyms.tsv`: context stems read as another ("reven" as "sales").
static CONTEXT_SYNONYMS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/context_synonyms.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });

/// The stem a context stem is read as ([`CONTEXT_SYNONYMS`]): "shut" as "close".
pub fn context_stem(stem: &str) -> &str {
    CONTEXT_SYNONYMS.get(stem).copied().unwrap_or(stem)
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
        lists::each_stem(w, |s| {
            v.push(context_stem(s).to_string());
        });
    }
    v.sort_unstable();
    v.dedup();
    v
}
