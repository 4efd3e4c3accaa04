//! The context words every article of a story uses.
//!
//! Facts are aligned by the words around them, and a shared word that every article
//! uses ("commission" in a story about a commission) is too weak to set two different
//! numbers against each other. This module answers "does every article use this stem?"
//! for the stems claims carry, reading each article's words once.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::lists::{MIN_STEM_BYTES, STEM_CHARS};
use crate::model::{Claim, ClaimBody};
use crate::text::Doc;

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
/// characters, lowercased, so a word is looked up by its own first five.
///
/// Each word is one lookup of a number, not a string: an ASCII stem fits in a `u64`.
/// Articles are read in turn, and reading stops once no stem is left that every
/// article so far has used.
fn find(docs: &[Doc], wanted: &HashSet<&str>) -> HashSet<String> {
    let found = HashSet::default();
    if wanted.is_empty() || docs.len() < MIN_UNIVERSAL {
        return found;
    }
    // The stems every article read so far uses, looked up by packed key or by text.
    let mut alive: Vec<&str> = wanted.iter().copied().collect();
    alive.sort_unstable();
    let mut lower = String::new();
    for d in docs {
        let mut packed: HashMap<u64, usize> = HashMap::default();
        let mut bits = KeyBits::default();
        let mut other: HashMap<&str, usize> = HashMap::default();
        for (i, s) in alive.iter().enumerate() {
            match pack(s) {
                Some(key) => {
                    bits.insert(key);
                    packed.insert(key, i)
                }
                None => other.insert(s, i),
            };
        }
        let mut seen = vec![false; alive.len()];
        let mut missing = alive.len();
        each_word(&d.norm.text, |w| {
            let i = match w {
                Word::Ascii(key) => bits.may_hold(key).then(|| packed.get(&key)).flatten(),
                Word::Other(word) => {
                    lower.clear();
                    lower.extend(word.chars().flat_map(char::to_lowercase).take(STEM_CHARS));
                    match pack(&lower) {
                        Some(key) => packed.get(&key),
                        None => other.get(lower.as_str()),
                    }
                }
            };
            if let Some(&i) = i
                && !seen[i]
            {
                seen[i] = true;
                missing -= 1;
            }
            // Once the article has used every stem still in the running, the rest
            // of it cannot change the answer.
            missing > 0
        });
        let mut seen = seen.into_iter();
        alive.retain(|_| seen.next().unwrap_or(false));
        if alive.is_empty() {
            return found;
        }
    }
    alive.into_iter().map(str::to_string).collect()
}

/// Packed keys as bits, read before the map: most words of an article are no stem in
/// the running, and one bit says so for nearly all of them, where a map lookup costs a
/// hash, a probe and a compare. A set bit only sends the word on to the map.
struct KeyBits([u64; 64]);

impl Default for KeyBits {
    fn default() -> KeyBits {
        KeyBits([0; 64])
    }
}

impl KeyBits {
    /// One of the 4,096 bits, from the key's high product bits (Fibonacci hashing).
    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    fn insert(&mut self, key: u64) {
        let s = Self::slot(key);
        self.0[s >> 6] |= 1 << (s & 63);
    }

    /// False only when `key` was never inserted.
    fn may_hold(&self, key: u64) -> bool {
        let s = Self::slot(key);
        self.0[s >> 6] >> (s & 63) & 1 != 0
    }
}

/// An ASCII stem of at most five bytes as one number: its lowercase bytes and its length.
/// `None` for any other stem.
fn pack(stem: &str) -> Option<u64> {
    let b = stem.as_bytes();
    (stem.is_ascii() && b.len() <= STEM_CHARS).then(|| pack_bytes(b))
}

/// The bytes (at most five, ASCII) lowercased and packed with their count.
fn pack_bytes(b: &[u8]) -> u64 {
    let mut key = (b.len() as u64) << 40;
    for (j, c) in b.iter().enumerate() {
        key |= u64::from(c.to_ascii_lowercase()) << (8 * j);
    }
    key
}

/// A word of a text, as [`each_word`] hands it over.
enum Word<'a> {
    /// An all-ASCII word: its packed stem.
    Ascii(u64),
    /// Any other word, whole.
    Other(&'a str),
}

/// Calls `each` with every word of `text` (a run of alphanumeric characters; an ASCII one
/// only when it is long enough to have a stem, three bytes or more), until `each` returns false.
fn each_word<'a>(text: &'a str, mut each: impl FnMut(Word<'a>) -> bool) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii() {
            if ASCII_LOWER[usize::from(b[i])] == 0 {
                i += 1;
                continue;
            }
            // The word is read once: each byte classified and lowercased by one table
            // lookup, the first five packed into the key as they go by.
            let start = i;
            let mut key = 0u64;
            while i < b.len() {
                let c = ASCII_LOWER[usize::from(b[i])];
                if c == 0 {
                    break;
                }
                if i - start < STEM_CHARS {
                    key |= u64::from(c) << (8 * (i - start));
                }
                i += 1;
            }
            if i == b.len() || b[i].is_ascii() {
                let len = i - start;
                if len >= MIN_STEM_BYTES
                    && !each(Word::Ascii(key | (len.min(STEM_CHARS) as u64) << 40))
                {
                    return;
                }
                continue;
            }
            // The word goes on in non-ASCII letters: read it whole below.
            i = start;
        }
        let rest = &text[i..];
        let end = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(at, _)| at);
        if end == 0 {
            // One non-alphanumeric, non-ASCII character.
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if !each(Word::Other(&rest[..end])) {
            return;
        }
        i += end;
    }
}

/// Each ASCII letter or digit as its lowercase byte, every other byte as 0: one table
/// lookup both tests and folds a byte, in the one loop here that reads every byte of a
/// story.
static ASCII_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        if (c as u8).is_ascii_alphanumeric() {
            t[c] = (c as u8).to_ascii_lowercase();
        }
        c += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    #[test]
    fn a_word_is_packed_as_its_lowercase_first_five_bytes() {
        let mut keys = Vec::new();
        each_word("The COMMISSION's 23 ferry-boats, Ab, é Zoë xyz9", |w| {
            if let Word::Ascii(k) = w {
                keys.push(k);
            }
            true
        });
        let want: Vec<u64> = ["the", "commi", "ferry", "boats", "xyz9"]
            .iter()
            .map(|s| pack(s).unwrap())
            .collect();
        assert_eq!(keys, want);
    }

    #[test]
    fn key_bits_hold_every_key_put_in() {
        let mut bits = KeyBits::default();
        let keys: Vec<u64> = ["commi", "mayor", "vote", "ferry", "budge", "cut"]
            .iter()
            .map(|s| pack(s).unwrap())
            .collect();
        assert!(keys.iter().all(|&k| !bits.may_hold(k)));
        for &k in &keys {
            bits.insert(k);
        }
        assert!(keys.iter().all(|&k| bits.may_hold(k)));
    }

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
