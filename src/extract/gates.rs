//! One pass over each sentence that tells which of the costlier patterns can match it.
//!
//! Several extractors each read every sentence with a pattern that rarely matches (list
//! cues, attendance statuses, counts of a set noun) or matches in a third of sentences
//! (counts). Each such pass is the lazy DFA reading every byte. A `RegexSet` of the same
//! patterns reads each byte once for all of them: measured on 131k sentences, three
//! patterns as a set cost what one costs alone. Each extractor then runs its own
//! pattern only where its gate is open. The set holds the very patterns the extractors
//! compile, so a gate is open exactly where the extractor's pattern matches; the one
//! exception, [`Gate::Series`], is a cheap condition a plain series of names needs (a
//! conjunction before a capital), read here because a fifth pattern in the set costs
//! nothing measurable.

use std::ops::Range;
use std::sync::LazyLock;

use regex::RegexSet;

use crate::text::{Doc, pattern};

/// A pattern read for every sentence.
#[derive(Debug, Clone, Copy)]
pub enum Gate {
    /// Either kind of partial list cue ("including", "and other cities").
    ListCue,
    /// A count of a set noun ("23 jurisdictions"): the count an article gives for a list.
    SetCount,
    /// A status of an event ("boycotted", "was canceled").
    Status,
    /// A number or vague quantity that may start a count.
    Count,
    /// A conjunction before a capital, which may close a series of names ("A, B and C").
    Series,
    /// A court ("federal court in Boston", "UNITED STATES DISTRICT COURT"): where a suit
    /// may be said to be filed.
    Court,
    /// A day of a month in words ("March thirty-first"), as a transcript writes it.
    SpokenDate,
    /// A tally in words ("seven to two"), as a transcript writes it.
    SpokenTally,
}

static SET: LazyLock<RegexSet> = LazyLock::new(|| {
    // In the order of `Gate`.
    pattern::compile_set([
        super::lists::cue_gate_pattern(),
        super::lists::set_count_pattern(),
        super::events::status_pattern(),
        super::facts::count_pattern(),
        super::lists::series_end_pattern(),
        super::venues::COURT_GATE.to_string(),
        super::dates::spoken_date_pattern(),
        super::votes::spoken_tally_pattern(),
    ])
    .expect("the extractors' patterns compile")
});

/// One bit for each [`Gate`]: room for sixteen.
type Bits = u16;

impl Gate {
    /// Whether this gate's bit is set in a sentence's bits.
    fn is_open(self, bits: Bits) -> bool {
        bits & (1 << self as u32) != 0
    }
}

/// The open gates of each sentence a gate is read for.
pub struct Gates {
    /// Sentence ranges, in text order, with one bit for each [`Gate`].
    sentences: Vec<(Range<usize>, Bits)>,
}

impl Gates {
    /// Reads the sentences of prose, titles and headings (where the gated patterns
    /// run) once.
    pub fn new(doc: &Doc) -> Gates {
        let sentences = doc
            .counted_sentences()
            .map(|s| {
                let bits = SET
                    .matches(doc.text(&s.range))
                    .iter()
                    .fold(0, |bits: Bits, i| bits | (1 << i));
                (s.range.clone(), bits)
            })
            .collect();
        Gates { sentences }
    }

    /// The sentences this read whose gate is open, in text order.
    pub fn open_sentences(&self, gate: Gate) -> impl Iterator<Item = &Range<usize>> {
        self.sentences
            .iter()
            .filter(move |(_, bits)| gate.is_open(*bits))
            .map(|(r, _)| r)
    }

    /// A reader of the gates of sentences asked for in text order, each found by a
    /// step forward rather than a search: for a loop over every prose sentence.
    pub fn in_order(&self) -> InOrder<'_> {
        InOrder {
            sentences: &self.sentences,
            at: 0,
        }
    }

    /// False only when `range` is a sentence this read and the gate's pattern does not
    /// match it; any other range is open (its pattern decides).
    pub fn open(&self, range: &Range<usize>, gate: Gate) -> bool {
        match self
            .sentences
            .binary_search_by_key(&range.start, |(r, _)| r.start)
        {
            Ok(i) if self.sentences[i].0 == *range => gate.is_open(self.sentences[i].1),
            _ => true,
        }
    }
}

/// [`Gates::open`] for sentences asked for in text order.
pub struct InOrder<'a> {
    sentences: &'a [(Range<usize>, Bits)],
    at: usize,
}

impl InOrder<'_> {
    /// As [`Gates::open`]; `range` must start no earlier than the range asked before.
    pub fn open(&mut self, range: &Range<usize>, gate: Gate) -> bool {
        while self
            .sentences
            .get(self.at)
            .is_some_and(|(r, _)| r.start < range.start)
        {
            self.at += 1;
        }
        match self.sentences.get(self.at) {
            Some((r, bits)) if r == range => gate.is_open(*bits),
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    #[test]
    fn a_gate_is_open_where_its_pattern_matches() {
        let article = Article::from_text(
            "t",
            "t.txt",
            "Headline\n\nCities including Boise and Nampa were named. The talks were canceled. \
             About 40 people came. Nothing here. Ohio sued in federal court.\n",
        );
        let doc = Doc::new(&article);
        let gates = Gates::new(&doc);
        let open = |text: &str, gate| {
            let s = doc
                .sentences
                .iter()
                .find(|s| doc.text(&s.range).starts_with(text))
                .expect(text);
            gates.open(&s.range, gate)
        };
        assert!(open("Cities including", Gate::ListCue));
        assert!(!open("Cities including", Gate::Status));
        assert!(open("The talks", Gate::Status));
        assert!(!open("The talks", Gate::Count));
        assert!(open("About 40", Gate::Count));
        assert!(!open("About 40", Gate::ListCue));
        assert!(open("Cities including", Gate::Series));
        assert!(!open("The talks", Gate::Series));
        for gate in [
            Gate::ListCue,
            Gate::SetCount,
            Gate::Status,
            Gate::Count,
            Gate::Series,
            Gate::Court,
        ] {
            assert!(!open("Nothing here", gate));
        }
        assert!(open("Ohio sued", Gate::Court));
        assert!(!open("About 40", Gate::Court));
        // A range that is not one sentence is left to the pattern.
        assert!(gates.open(&(0..3), Gate::Status));
    }
}
