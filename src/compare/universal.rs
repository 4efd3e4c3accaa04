//! The context words every article of a story uses.
//!
//! Facts are aligned by the words around them, and a shared word that every article
//! uses ("commission" in a story about a commission) is too weak to set two different
//! numbers against each other. This module answers "does every article use this stem?"
//! for the stems claims carry, reading each article's words once.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::lists::STEM_CHARS;
use crate::model::{Claim, ClaimBody};
use crate::text::{Doc, pattern};

/// Fewest articles in which "every article uses it" says anything about a word.
const MIN_UNIVERSAL: usize = 3;

/// The wanted stems that every article of a story uses, found the first time they are
/// asked about: many stories never ask (no two of their figures share a word), and
/// finding them reads every article of the story again.
pub struct Universal<'a> {
    docs: &'a [Doc<'a>],
    wanted: HashSet<&'a str>,
    stems: std::cell::OnceCell<HashSet<String>>,
}

impl<'a> Universal<'a> {
    /// Which of `wanted` (the stems claims carry as context) every article of `docs`
    /// uses, found when first asked.
    pub fn new(docs: &'a [Doc<'a>], wanted: HashSet<&'a str>) -> Universal<'a> {
        Universal {
            docs,
            wanted,
            stems: std::cell::OnceCell::new(),
        }
    }

    /// The stems every article uses.
    fn stems(&self) -> &HashSet<String> {
        self.stems.get_or_init(|| find(self.docs, &self.wanted))
    }

    /// The context stems that claims of two or more articles carry. Only these are ever
    /// asked about: [`Universal::has`] is read for a word two claims of different
    /// articles share, so a stem of one article's claims alone is never searched for.
    pub fn wanted(claims: &[&'a Claim]) -> HashSet<&'a str> {
        // Each stem with the one article whose claims carry it, or `None` once two do.
        let mut seen: HashMap<&str, Option<&str>> = HashMap::default();
        for c in claims {
            let ctx: &[String] = match &c.body {
                ClaimBody::Count(x) => &x.context,
                ClaimBody::Amount(x) => &x.context,
                ClaimBody::Date(x) => &x.context,
                ClaimBody::FiscalYears(x) => &x.context,
                ClaimBody::Vote(x) => &x.context,
                ClaimBody::Score(x) => &x.context,
                _ => continue,
            };
            for s in ctx {
                let article = seen.entry(s).or_insert(Some(&c.article));
                if *article != Some(c.article.as_str()) {
                    *article = None;
                }
            }
        }
        seen.into_iter()
            .filter(|(_, article)| article.is_none())
            .map(|(s, _)| s)
            .collect()
    }

    /// A stem every article uses (in runs of three or more articles).
    pub fn has(&self, stem: &str) -> bool {
        self.stems().contains(stem)
    }
}

/// Finds which of `wanted` (the stems claims carry as context) every article uses. A
/// stem is used where a word starts with it and, for a stem shorter than five
/// characters, where it is the whole word: a stem is a word's first five
/// characters, lowercased.
///
/// Each stem still in the running is searched for (`memmem`) in the article's lowercased
/// text, and the search stops at its first use: a story asks about some twenty stems,
/// and a vectorized search for each, stopping early, costs a quarter of reading every
/// word of the article once (measured: 4.3% of all instructions on a generated corpus
/// went to that reading). Articles are read in turn, and reading stops once no stem is
/// left that every article so far has used.
fn find(docs: &[Doc], wanted: &HashSet<&str>) -> HashSet<String> {
    if wanted.is_empty() || docs.len() < MIN_UNIVERSAL {
        return HashSet::default();
    }
    // The stems every article read so far uses, each with its searcher.
    let mut alive: Vec<(&str, memchr::memmem::Finder)> = wanted
        .iter()
        .map(|s| (*s, memchr::memmem::Finder::new(s.as_bytes())))
        .collect();
    alive.sort_unstable_by_key(|(s, _)| *s);
    for d in docs {
        let lower = d.norm.text.to_lowercase();
        alive.retain(|(stem, finder)| {
            let whole_word = stem.chars().count() < STEM_CHARS;
            finder.find_iter(lower.as_bytes()).any(|at| {
                // A stem starts a word; a short one is the whole word.
                pattern::starts_word(&lower, at)
                    && (!whole_word || pattern::ends_word(&lower, at + stem.len()))
            })
        });
        if alive.is_empty() {
            break;
        }
    }
    alive.into_iter().map(|(s, _)| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn universal(texts: &[&str], wanted: &[&str]) -> Vec<String> {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::from_text(&format!("a{i}"), "a.txt", t))
            .collect();
        let docs: Vec<Doc> = articles.iter().map(Doc::unsegmented).collect();
        let wanted: HashSet<&str> = wanted.iter().copied().collect();
        let u = Universal::new(&docs, wanted);
        let mut found: Vec<String> = u.stems().iter().cloned().collect();
        found.sort();
        found
    }

    #[test]
    fn a_stem_is_used_where_a_word_starts_with_it() {
        let texts = [
            "The commission met.",
            "Commissioners voted on the violations.",
            "A COMMISSION spokesman, citing a violation, said so.",
        ];
        assert_eq!(
            universal(&texts, &["commi", "viola", "spoke"]),
            ["commi"],
            "every article has a word starting 'commi'; 'viola' and 'spoke' miss one"
        );
    }

    #[test]
    fn a_short_stem_must_be_the_whole_word() {
        let texts = ["The FBI agents.", "An fbi agent.", "Fbi's agents, fbiz."];
        assert_eq!(universal(&texts, &["fbi", "agent"]), ["agent", "fbi"]);
        let texts = ["The FBI agents.", "An fbi agent.", "The fbiz agents."];
        assert_eq!(universal(&texts, &["fbi"]), Vec::<String>::new());
    }

    #[test]
    fn a_stem_starts_a_word_not_the_middle_of_one() {
        let texts = ["The so-called mayor.", "A mayor.", "The mayoral race."];
        assert_eq!(universal(&texts, &["mayor", "calle"]), ["mayor"]);
        let texts = ["Ex-mayor Lee.", "Her mayor.", "Formayor."];
        assert_eq!(universal(&texts, &["mayor"]), Vec::<String>::new());
    }

    #[test]
    fn words_with_letters_beyond_ascii_are_stemmed_by_characters() {
        let texts = [
            "Zoë Ångström spoke.",
            "ÅNGSTRÖM and Zoë.",
            "ångströms, said zoë.",
        ];
        assert_eq!(
            universal(&texts, &["ångs", "ångst", "zoë"]),
            ["zoë", "ångst"]
        );
    }

    #[test]
    fn fewer_than_three_articles_make_no_word_universal() {
        let texts = ["The commission met.", "The commission voted."];
        assert_eq!(universal(&texts, &["commi"]), Vec::<String>::new());
    }
}
