//! Reading the word lists under `data/`, which are compiled in with `include_str!`.

/// The entries of a one-per-line data file: each line trimmed, blank lines and `#`
/// comments left out.
pub fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words of a data file whose lines may carry a mark after a tab ("passes\tweak"),
/// each with whether it carries `mark`.
pub fn marked(
    text: &'static str,
    mark: &'static str,
) -> impl Iterator<Item = (&'static str, bool)> {
    lines(text).map(move |l| {
        let mut cols = l.split('\t');
        let word = cols.next().unwrap_or(l).trim();
        (word, cols.next().is_some_and(|f| f.trim() == mark))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_blank_lines_are_left_out() {
        let got: Vec<&str> = super::lines("# a comment\n\n  vote \nballot\n").collect();
        assert_eq!(got, ["vote", "ballot"]);
    }
}
