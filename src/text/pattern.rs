//! Compiling xcheck's own regular expressions so that they stay on the fast engine.
//!
//! The `regex` crate searches with a lazy DFA, which cannot evaluate a Unicode word
//! boundary `\b` once the haystack holds a non-ASCII byte (an em dash, a bullet, an
//! accented name). It then falls back to the PikeVM or the backtracker, which are
//! 10–20 times slower; profiling found that fallback to be the largest single cost of
//! extraction. Every pattern of xcheck (and of its data files) puts `\b` next to an ASCII
//! literal or class ("section", a digit, a speech verb), where the ASCII boundary
//! `(?-u:\b)` differs from the Unicode one only beside a non-ASCII letter ("5é"). So
//! [`compile`] and [`compile_set`] rewrite `\b` to `(?-u:\b)`. Patterns a user writes (in
//! `xcheck.toml`) are compiled as written.

use regex::{Regex, RegexSet};

/// `pattern` with every `\b` word boundary made ASCII; escaped backslashes (`\\b`) and
/// the `\b{…}` forms are left alone.
pub fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') if chars.peek() != Some(&'{') => out.push_str(r"(?-u:\b)"),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Compiles one of xcheck's own patterns with ASCII word boundaries.
#[allow(clippy::disallowed_methods)] // the one place xcheck's patterns are compiled
pub fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_boundaries(pattern))
}

/// Like [`compile`], for a set of patterns matched at once.
#[allow(clippy::disallowed_methods)]
pub fn compile_set<I: IntoIterator<Item = S>, S: AsRef<str>>(
    patterns: I,
) -> Result<RegexSet, regex::Error> {
    RegexSet::new(patterns.into_iter().map(|p| ascii_boundaries(p.as_ref())))
}

/// Like [`Regex::captures_iter`], but each match is found by the fast engine first and
/// only then are its groups read. Most sentences hold no match, and setting up capture
/// state for every search costs more than the search; the matches are the same.
pub fn captures<'r, 'h>(
    re: &'r Regex,
    haystack: &'h str,
) -> impl Iterator<Item = regex::Captures<'h>> + use<'r, 'h> {
    re.find_iter(haystack)
        .filter_map(move |m| re.captures_at(haystack, m.start()))
}

/// The longest run of bytes that every match of `pattern` contains, if there is one: a
/// `memmem` search for it tells, far faster than the pattern can, that a text holds no
/// match. `None` when the pattern is case-blind (its letters are classes), when each
/// part is optional or one of alternatives, or when it does not parse.
pub fn required_literal(pattern: &str) -> Option<Vec<u8>> {
    longest_required(&regex_syntax::parse(pattern).ok()?)
}

fn longest_required(hir: &regex_syntax::hir::Hir) -> Option<Vec<u8>> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Literal(literal) => Some(literal.0.to_vec()),
        HirKind::Capture(group) => longest_required(&group.sub),
        HirKind::Repetition(rep) if rep.min >= 1 => longest_required(&rep.sub),
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(longest_required)
            .max_by_key(Vec::len),
        _ => None,
    }
}

/// Whether a word starts at byte `at` of `text`: no letter or digit right before it
/// ("mayor" in "ex-mayor", not in "formayor").
pub fn starts_word(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Whether a word ends at byte `end` of `text`: no letter or digit right after it
/// ("report" in "a police report", not in "reporters").
pub fn ends_word(text: &str, end: usize) -> bool {
    !text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

/// True when `haystack` holds an ASCII digit: a cheap gate before patterns that need one.
pub fn has_digit(haystack: &str) -> bool {
    // Whole 32-byte chunks with no exit inside, which the compiler turns into vector
    // compares; a byte-by-byte `any` stops to test after every byte.
    haystack.as_bytes().chunks(32).any(|chunk| {
        chunk
            .iter()
            .fold(false, |seen, b| seen | b.is_ascii_digit())
    })
}

/// True when `haystack` holds the ASCII byte `byte`: the vectorized `memchr`, where
/// `str::contains(char)` takes the standard library's portable loop.
pub fn has_byte(haystack: &str, byte: u8) -> bool {
    memchr::memchr(byte, haystack.as_bytes()).is_some()
}

/// True when `haystack` holds `needle`, ignoring ASCII case: a cheap gate before a
/// case-blind pattern that needs the needle.
pub fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return false;
    }
    // The needle is compared only where its rarest letter occurs, in either case: for
    // "of dollars" that is each "f", not each "o". A byte-by-byte comparison at every
    // position cost more than the pattern it guards.
    let (k, &rare) = n
        .iter()
        .enumerate()
        .min_by_key(|&(_, &b)| letter_rank(b))
        .expect("the needle is not empty");
    memchr::memchr2_iter(rare.to_ascii_lowercase(), rare.to_ascii_uppercase(), h).any(|at| {
        at.checked_sub(k)
            .and_then(|start| h.get(start..start + n.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// How common a byte is in English text, the rarest letter lowest. Every other byte
/// ranks after the letters: spaces and punctuation recur too, so a letter is preferred.
fn letter_rank(b: u8) -> usize {
    const RAREST_FIRST: &[u8] = b"zqxjkvbpygfwmucldrhsnioate";
    RAREST_FIRST
        .iter()
        .position(|&l| l == b.to_ascii_lowercase())
        .unwrap_or(RAREST_FIRST.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_finds_the_matches_of_captures_iter() {
        let re = compile(r"(?i)\b(?P<n>\d+|two)\s+(?P<w>[a-z]+)").unwrap();
        let text = "Two cats, 3 dogs and two-ish birds; 44 owls.";
        let want: Vec<(usize, String)> = re
            .captures_iter(text)
            .map(|c| (c.get(0).unwrap().start(), c["w"].to_string()))
            .collect();
        let got: Vec<(usize, String)> = captures(&re, text)
            .map(|c| (c.get(0).unwrap().start(), c["w"].to_string()))
            .collect();
        assert_eq!(got, want);
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn required_literals_are_what_every_match_holds() {
        let lit = |p: &str| required_literal(p).map(|l| String::from_utf8(l).unwrap());
        assert_eq!(
            lit(r"[a-z](?P<debris>[A-Z][\p{L}]+[ (][^\n]*? MORE)\b").as_deref(),
            Some(" MORE")
        );
        assert_eq!(lit(r"^read more at\b").as_deref(), Some("read more at"));
        assert_eq!(lit(r"x(?:abcd)+y?").as_deref(), Some("abcd"));
        assert_eq!(lit(r"(?i)readmore"), None);
        // Case-blind letters are classes; the space between them is still a literal.
        assert_eq!(lit(r"(?i)read more").as_deref(), Some(" "));
        assert_eq!(lit(r"cat|dog"), None);
        assert_eq!(lit(r"(?:abc)?\d"), None);
        assert_eq!(lit(r"(unclosed"), None);
    }

    #[test]
    fn gates() {
        assert!(starts_word("ex-mayor", 3) && !starts_word("formayor", 3));
        assert!(ends_word("a report.", 8) && !ends_word("reporters", 6));
        assert!(starts_word("é mayor", 3) && !starts_word("émayor", 2));
        assert!(has_digit("in 2031"));
        assert!(!has_digit("in twenty"));
        assert!(contains_ignore_case("Millions Of Dollars", "of dollars"));
        assert!(!contains_ignore_case("of dollar", "of dollars"));
        assert!(contains_ignore_case("Oft, of DOLLARS", "of dollars"));
        assert!(has_byte("costs $5", b'$'));
        assert!(!has_byte("costs five dollars", b'$'));
        assert!(!contains_ignore_case("anything", ""));
        // The needle is anchored on its rarest letter.
        let rarest = |n: &str| {
            *n.as_bytes()
                .iter()
                .min_by_key(|&&b| letter_rank(b))
                .unwrap()
        };
        assert_eq!(rarest("of dollars"), b'f');
        assert_eq!(rarest("per"), b'p');
        assert_eq!(rarest("1 2"), b'1');
        // The rare letter near the start or the end of the text.
        assert!(contains_ignore_case("fOf dollars", "of dollars"));
        assert!(!contains_ignore_case("f dollars", "of dollars"));
        assert!(contains_ignore_case("PER", "per"));
        assert!(!contains_ignore_case("pe", "per"));
        assert!(has_digit(&format!("{}7", "x".repeat(70))));
        assert!(!has_digit(&"x".repeat(70)));
    }

    #[test]
    fn boundaries_become_ascii_and_escapes_stay() {
        assert_eq!(ascii_boundaries(r"\bsaid\b"), r"(?-u:\b)said(?-u:\b)");
        assert_eq!(ascii_boundaries(r"a\\b"), r"a\\b");
        assert_eq!(ascii_boundaries(r"\b{start}x\d"), r"\b{start}x\d");
    }

    #[test]
    fn ascii_boundaries_still_bound_words_beside_non_ascii_text() {
        let re = compile(r"\bsaid\b").unwrap();
        assert!(re.is_match("— said —"));
        assert!(re.is_match("Peña said."));
        assert!(!re.is_match("unsaid"));
        assert_eq!(
            compile(r"\b\d+\b")
                .unwrap()
                .find("in 2031—ish")
                .unwrap()
                .as_str(),
            "2031"
        );
    }
}
