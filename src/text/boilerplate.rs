//! Site debris (captions, "Read more" lines, sign-up prompts, bylines) recognized by the
//! general patterns in `data/boilerplate.txt`.

use std::sync::LazyLock;

use regex::RegexSet;

use super::pattern;

static PATTERNS: LazyLock<RegexSet> = LazyLock::new(|| {
    let lines =
        crate::data::lines(include_str!("../../data/boilerplate.txt")).map(|l| format!("(?i){l}"));
    pattern::compile_set(lines).expect("data/boilerplate.txt holds valid patterns")
});

/// True when a whole (normalized, trimmed) line is debris that makes no claims.
pub fn is_boilerplate(line: &str) -> bool {
    // Debris is short; a long line of prose is never tested against every pattern.
    let line = line.trim();
    line.len() <= MAX_DEBRIS_LINE && PATTERNS.is_match(line)
}

/// Longer lines are story text, not debris.
const MAX_DEBRIS_LINE: usize = 300;

#[cfg(test)]
mod tests {
    use super::is_boilerplate;

    #[test]
    fn debris_forms_are_recognized() {
        for line in [
            "Read more at Example.com.",
            "Read more: Town council weighs new parking rules",
            "Image 2 of 7",
            "PHOTO: A crowd outside city hall on Monday.",
            "Sign up for our free newsletters and alerts.",
            "Copyright 2031 Example Media. All rights reserved.",
            "Contact Us",
            "By Jane Q. Reporter, Staff Writer",
            "Find out what's happening in Springfield for free with the latest updates from Hub.",
            "The Associated Press contributed to this report.",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn story_sentences_are_not_boilerplate() {
        for line in [
            "By Wednesday, the council had voted 5-2 to approve the plan.",
            "The mayor said she would read more of the report before deciding.",
            "Officials in Springfield, Ill., said the photo was taken in 2019.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }
}
