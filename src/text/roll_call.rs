//! Minutes' roll-call lines: "Present: Chair Ann Lee, Supervisor Bo Park", "Members
//! absent: Tom Hale". A label of `data/roll_call_labels.tsv`, a colon, then the people
//! the label says were there or away.

use std::ops::Range;
use std::sync::LazyLock;

/// Roll-call labels by their last words, lowercase, with what they say of each person
/// named after them ("attended", "absent"); longest first.
static LABELS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<(String, &'static str)> =
        crate::data::lines(include_str!("../../data/roll_call_labels.tsv"))
            .filter_map(|l| {
                let (label, meaning) = l.split_once('\t')?;
                Some((label.trim().to_lowercase(), meaning.trim()))
            })
            .collect();
    v.sort_by_key(|(l, _)| std::cmp::Reverse(l.len()));
    v
});

/// Most words a roll-call label has before its own ("Council members" in "Council
/// members present:").
const LEAD_WORDS: usize = 3;

/// A text that opens with a roll-call label: the label's range (colon included) and
/// what it says of the people named after it ("attended", "absent").
pub fn label(text: &str) -> Option<(Range<usize>, &'static str)> {
    let colon = memchr::memchr(b':', text.as_bytes().get(..40).unwrap_or(text.as_bytes()))?;
    let label = text[..colon].trim().to_lowercase();
    let (_, meaning) = LABELS.iter().find(|(l, _)| {
        label.strip_suffix(l.as_str()).is_some_and(|lead| {
            (lead.is_empty() || lead.ends_with(' '))
                && lead.split_whitespace().count() <= LEAD_WORDS
        })
    })?;
    Some((0..colon + 1, *meaning))
}

/// Whether a line is a roll call with its people on it ("Absent: Supervisor Tom
/// Hale"): short and without closing punctuation as it is, it states who was there.
pub fn is_roll_call_line(line: &str) -> bool {
    label(line).is_some_and(|(label, _)| !line[label.end..].trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_with_up_to_three_words_before_them() {
        assert_eq!(label("Present: Ann Lee"), Some((0..8, "attended")));
        assert_eq!(
            label("Council members absent: Tom Hale").map(|(_, m)| m),
            Some("absent")
        );
        assert_eq!(label("Four of the members absent: Tom Hale"), None);
        assert_eq!(label("Presentation: slides"), None);
        assert!(is_roll_call_line("Absent: Supervisor Tom Hale"));
        assert!(!is_roll_call_line("In attendance:"));
    }
}
