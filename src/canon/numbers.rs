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

/// A regex fragment matching one number token, for building patterns.
pub fn number_pattern() -> String {
    let mut words: Vec<&str> = WORDS.keys().copied().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let alt = words.join("|");
    format!(r"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{alt})(?:-(?:{alt}))?)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_words_and_compounds() {
        assert_eq!(parse_number("42"), Some(42));
        assert_eq!(parse_number("1,250"), Some(1250));
        assert_eq!(parse_number("Seventeen"), Some(17));
        assert_eq!(parse_number("thirty-one"), Some(31));
        assert_eq!(parse_number("thirty-eleven"), None);
        assert_eq!(parse_number("many"), None);
    }
}
