//! Numbers written as digits or words ("23", "twenty-three", "fifteen (15)").

use std::sync::LazyLock;

static WORDS: LazyLock<rustc_hash::FxHashMap<&'static str, u64>> = LazyLock::new(|| {
    include_str!("../../data/number_words.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (w, v) = l.split_once('\t')?;
            Some((w.trim(), v.trim().parse().ok()?))
        })
        .collect()
});

/// Scale words a figure may close with, after a space ("$4.2 million").
pub const SCALE_WORDS: [&str; 4] = ["thousand", "million", "billion", "trillion"];

/// Whether a lowercase token is a number (digits, a number word or a compound), with
/// no allocation: for loops over many words.
pub fn is_number_lower(lower: &str) -> bool {
    let digits = lower.starts_with(|c: char| c.is_ascii_digit())
        && lower.bytes().all(|b| b.is_ascii_digit() || b == b',');
    digits
        || WORDS.contains_key(lower)
        || lower
            .split_once('-')
            .is_some_and(|(t, o)| WORDS.contains_key(t) && WORDS.contains_key(o))
}

/// The value of a number word of two to ninety in lowercase ("ten": 10), for reading
/// "nine out of ten" and "nine out of 10" as one wording. "one" is left a word: it is a
/// pronoun as often as a number.
pub fn small_number_word(lower: &str) -> Option<u64> {
    // Every such word starts with one of these letters and is three to nine long.
    if !(3..=9).contains(&lower.len())
        || !matches!(lower.as_bytes()[0], b't' | b'f' | b's' | b'e' | b'n')
    {
        return None;
    }
    WORDS.get(lower).copied().filter(|v| (2..100).contains(v))
}

/// Whether a lowercase word is an ordinal of a number word ("fourth", "twelfth",
/// "twentieth"): the second half of "eighty-fourth" names no thing counted.
pub fn is_ordinal_word(lower: &str) -> bool {
    // One word: [`ordinal_value`] would read "thirty-first" whole.
    !lower.contains(['-', ' ']) && ordinal_value(lower).is_some()
}

/// The value of a spelled ordinal in lowercase, alone or after its tens ("fifth": 5,
/// "thirty-first" or "thirty first": 31), as a script writes a day of a month.
pub fn ordinal_value(lower: &str) -> Option<u64> {
    let (tens, unit) = match lower.rsplit_once(['-', ' ']) {
        Some((t, u)) => (*WORDS.get(t).filter(|&&v| v >= 20 && v % 10 == 0)?, u),
        None => (0, lower),
    };
    let value = match unit {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fifth" => 5,
        "eighth" => 8,
        "ninth" => 9,
        "twelfth" => 12,
        _ => {
            let stem = unit.strip_suffix("th")?;
            match WORDS.get(stem) {
                Some(&v) => v,
                None => *WORDS.get(format!("{}y", stem.strip_suffix("ie")?).as_str())?,
            }
        }
    };
    // "twenty-twentieth" is no ordinal.
    (tens == 0 || value < 10).then_some(tens + value)
}

/// A number spelled out in several words, read on from its first word's value
/// ("fourteen" then " thousand two hundred", as a broadcast script writes 14,200): its
/// value and the length of `rest` it takes. None unless "hundred" or a scale word is
/// read: "two three-bedroom homes" is no compound.
pub fn spelled_compound(first: u64, rest: &str) -> Option<(u64, usize)> {
    let (mut total, mut current, mut scaled, mut end, mut pos) = (0u64, first, false, 0, 0);
    let bytes = rest.as_bytes();
    while pos < bytes.len() && matches!(bytes[pos], b' ' | b'-') {
        let start = pos + 1;
        let len = rest[start..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len() - start);
        if len == 0 || len > 12 {
            break;
        }
        let word = rest[start..start + len].to_ascii_lowercase();
        pos = start + len;
        let scale = match word.as_str() {
            "thousand" => 1_000,
            "million" => 1_000_000,
            "billion" => 1_000_000_000,
            _ => 0,
        };
        if word == "and" {
            continue; // "two hundred and fifty": counted only if a number follows
        } else if word == "hundred" && (1..100).contains(&current) {
            current *= 100;
        } else if scale > 0 && current > 0 {
            total += current.checked_mul(scale)?;
            current = 0;
        } else if let Some(&v) = WORDS.get(word.as_str())
            && v < 100
            && scaled
            && (current % 100 == 0 || (current % 10 == 0 && current % 100 >= 20 && v < 10))
        {
            current += v;
            end = pos;
            continue;
        } else {
            break;
        }
        scaled = true;
        end = pos;
    }
    scaled.then_some((total + current, end))
}

/// The value of one number token: digits with optional thousands commas, a number
/// word, or a hyphenated compound ("twenty-three"). Case-insensitive.
pub fn parse_number(token: &str) -> Option<u64> {
    let t = token.trim();
    if t.chars().next()?.is_ascii_digit() {
        let digits: String = t.chars().filter(|c| *c != ',').collect();
        return digits.parse().ok();
    }
    let lower = t.to_lowercase();
    if let Some(&v) = WORDS.get(lower.as_str()) {
        return Some(v);
    }
    let (tens, ones) = lower.split_once('-')?;
    let (tens, ones) = (*WORDS.get(tens)?, *WORDS.get(ones)?);
    (tens >= 20 && tens % 10 == 0 && tens < 100 && ones < 10).then_some(tens + ones)
}

/// A measure's figure as a number: digits with a decimal point ("48.5"), a number in
/// words or digits ("two", "1,000"), or "a"/"one" for one ("a foot", "within a mile").
pub fn measure_figure(n: &str) -> Option<f64> {
    if n.eq_ignore_ascii_case("a") || n.eq_ignore_ascii_case("one") {
        Some(1.0)
    } else if n.contains('.') {
        n.replace(',', "").parse().ok()
    } else {
        parse_number(n).map(|v| v as f64)
    }
}

/// A regex fragment matching one number in words ("seven", "twenty-one"), for building
/// patterns.
pub fn number_word_pattern() -> String {
    let mut words: Vec<&str> = WORDS.keys().copied().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let alt = words.join("|");
    format!(r"(?:{alt})(?:-(?:{alt}))?")
}

/// A regex fragment matching one number token, for building patterns.
pub fn number_pattern() -> String {
    format!(r"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{})", number_word_pattern())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelled_ordinals_have_values() {
        for (word, value) in [
            ("first", 1),
            ("twelfth", 12),
            ("fifteenth", 15),
            ("twentieth", 20),
            ("thirty-first", 31),
            ("twenty second", 22),
        ] {
            assert_eq!(ordinal_value(word), Some(value), "{word}");
        }
        for word in ["twenty", "fourths", "twenty-twentieth", "the"] {
            assert_eq!(ordinal_value(word), None, "{word}");
        }
    }

    #[test]
    fn digits_words_and_compounds() {
        assert_eq!(parse_number("42"), Some(42));
        assert_eq!(parse_number("1,250"), Some(1250));
        assert_eq!(parse_number("Seventeen"), Some(17));
        assert_eq!(parse_number("thirty-one"), Some(31));
        assert_eq!(parse_number("thirty-eleven"), None);
        assert_eq!(parse_number("many"), None);
    }

    #[test]
    fn numbers_spelled_in_several_words() {
        assert_eq!(
            spelled_compound(14, " THOUSAND TWO HUNDRED ACRES"),
            Some((14_200, " THOUSAND TWO HUNDRED".len()))
        );
        assert_eq!(
            spelled_compound(2, " hundred and fifty-five people"),
            Some((255, " hundred and fifty-five".len()))
        );
        assert_eq!(
            spelled_compound(3, " million and a half"),
            Some((3_000_000, " million".len()))
        );
        assert_eq!(spelled_compound(2, " three-bedroom homes"), None);
        assert_eq!(spelled_compound(20, " homes"), None);
    }
}
