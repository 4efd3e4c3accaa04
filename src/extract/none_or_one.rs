//! Counts of a fate that news writes with no figure: none ("No one was injured", "No
//! injuries were reported", "There were no deaths") and one ("One person was killed",
//! "One picketer was hurt"). The count reader skips both: "no" is no number, and a
//! count of one is mostly no count of a set ("one of the most …"). Yet an outlet that
//! says no one was hurt, beside one that says a picketer was, is the kind of difference
//! a reader checks first, and "One person died" against "Two people died" is a toll.
//!
//! Only the plain forms are read: a word between subject and fate ("No one was
//! seriously hurt", "No one else was hurt") or a narrowing after the noun ("no injuries
//! among residents") gives nothing, since it counts a part.

use std::sync::LazyLock;

use super::facts::{casualty, is_fate_link};

/// `data/report_verbs_of_none.txt`: verbs after "No injuries were" that report the
/// none ("reported", "recorded").
static REPORTED: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/report_verbs_of_none.txt")).collect()
});

/// `data/one_person_nouns.txt`: singular nouns of a person that "One" counts.
static ONE_PERSON: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/one_person_nouns.txt")).collect());

/// Whether a lowercase word is a noun of one person ("guest", "resident").
pub(crate) fn is_one_person_noun(word: &str) -> bool {
    ONE_PERSON.contains(word)
}

/// Link words ("was", "has been") read between a subject and its fate, at most.
const MAX_LINKS: usize = 3;

/// One count of none or one: where its words start and end in the sentence, the
/// figure, the noun and the fate (`data/casualty_words.tsv`'s second column).
#[derive(Debug, PartialEq)]
pub struct NoneOrOne {
    pub start: usize,
    pub end: usize,
    pub value: u64,
    pub noun: String,
    pub fate: &'static str,
}

/// Whether a sentence may hold such a count: "no", "nobody" or "one", in any case.
/// Most sentences hold none and are not split into words.
pub fn may_hold(text: &str) -> bool {
    // Built once: `memmem::find` builds its searcher on every call, which for every
    // sentence cost more than the searches.
    static CUES: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        LazyLock::new(|| [b" one ".as_slice(), b"obody", b"no "].map(memchr::memmem::Finder::new));
    let bytes = text.as_bytes();
    let [one, obody, no] = &*CUES;
    // "no one", or "one" opening a clause ("and one person died").
    one.find_iter(bytes).any(|at| {
        let before = text[..at].rsplit(' ').next().unwrap_or("");
        before.eq_ignore_ascii_case("no") || opens_clause(before)
    }) || obody.find(bytes).is_some()
        || bytes.starts_with(b"One ")
        || no.find(bytes).is_some()
        || bytes.starts_with(b"No ")
        || bytes.starts_with(b"None ")
}

/// Every count of none or one in a sentence.
pub fn counts(text: &str) -> Vec<NoneOrOne> {
    let words = crate::text::normalize::words_at(text);
    let lower: Vec<String> = words.iter().map(|(_, w)| w.to_ascii_lowercase()).collect();
    let mut out = Vec::new();
    for i in 0..words.len() {
        let found = match lower[i].as_str() {
            // The fate's own word is the noun: "0 hurt" reads where "0 people" would not.
            "nobody" => {
                fate_after(&words, &lower, i + 1).map(|(fate, word, end)| (0, word, fate, end))
            }
            "no" if lower.get(i + 1).is_some_and(|w| w == "one") => {
                fate_after(&words, &lower, i + 2).map(|(fate, word, end)| (0, word, fate, end))
            }
            "no" => none_of_a_noun(&words, &lower, i + 1)
                .or_else(|| none_of_people(&words, &lower, i + 1)),
            // "None was hospitalized": of those the sentence before counted, as its
            // first word ("none of the residents" counts a part).
            "none" if i == 0 => {
                fate_after(&words, &lower, 1).map(|(fate, word, end)| (0, word, fate, end))
            }
            // "One person was killed": a clause's first word only ("in one
            // house", "one of them"): the sentence's, or after a joining word
            // ("Eighteen were hospitalized and one person has died").
            "one" if i == 0 || opens_clause(&lower[i - 1]) => lower
                .get(i + 1)
                .filter(|n| ONE_PERSON.contains(n.as_str()))
                .and_then(|noun| {
                    fate_after_with(&words, &lower, i + 2, true)
                        .map(|(fate, _, end)| (1, noun.clone(), fate, end))
                }),
            _ => None,
        };
        if let Some((value, noun, fate, end)) = found {
            out.push(NoneOrOne {
                start: words[i].0,
                end,
                value,
                noun,
                fate,
            });
        }
    }
    out
}

/// Whether the word before "one" opens a clause: a joining word, or a clause's end.
fn opens_clause(before: &str) -> bool {
    matches!(before, "and" | "but" | "while")
        || before.ends_with([';', ':'])
        || super::people::SPEECH_VERBS.contains(before)
}

/// The fate told right after a subject that ends before word `from`: link words
/// only, then a word of a fate (the fate, its word in lowercase and where it ends). "No one was injured", "nobody has been hurt".
fn fate_after(
    words: &[(usize, &str)],
    lower: &[String],
    from: usize,
) -> Option<(&'static str, String, usize)> {
    fate_after_with(words, lower, from, false)
}

/// [`fate_after`]; with `lesser`, a word that makes the fate a lesser one ("One guard
/// suffered minor injuries") is read past: one person's minor injury is one injured,
/// where "No one was seriously hurt" counts a part and gives nothing.
fn fate_after_with(
    words: &[(usize, &str)],
    lower: &[String],
    from: usize,
    lesser: bool,
) -> Option<(&'static str, String, usize)> {
    for k in from..(from + MAX_LINKS + 1 + usize::from(lesser)).min(words.len()) {
        let bare = lower[k].trim_end_matches(['.', ',', ';', ':', '"', '\u{201d}']);
        if let Some(fate) = casualty(bare) {
            return Some((fate, bare.to_string(), words[k].0 + bare.len()));
        }
        if lesser && k > from && matches!(bare, "minor" | "non-life-threatening") {
            continue;
        }
        // A word that is no link ("seriously", "else"), or the clause's end: nothing.
        if !is_fate_link(bare) || bare.len() != lower[k].len() {
            return None;
        }
    }
    None
}

/// "no injuries", "no deaths" (a noun of a fate) that the sentence reports as none:
/// the noun closes the clause ("There were no injuries."), or link words and a verb of
/// reporting follow it ("No injuries were reported").
fn none_of_a_noun(
    words: &[(usize, &str)],
    lower: &[String],
    at: usize,
) -> Option<(u64, String, &'static str, usize)> {
    if let Some(found) = no_reports_of(words, lower, at) {
        return Some(found);
    }
    let noun = lower.get(at)?;
    let bare = noun.trim_end_matches(['.', ',', ';', ':']);
    if !bare.ends_with('s') {
        return None;
    }
    // A noun of a fate ("injuries"), not a verb ("no injured").
    let fate = casualty(bare)?;
    let noun_end = words[at].0 + bare.len();
    if bare.len() != noun.len() || at + 1 == words.len() {
        return Some((0, bare.to_string(), fate, noun_end));
    }
    for k in at + 1..(at + 1 + MAX_LINKS + 1).min(words.len()) {
        let w = lower[k].trim_end_matches(['.', ',', ';', ':']);
        if REPORTED.contains(w) {
            return Some((0, bare.to_string(), fate, words[k].0 + w.len()));
        }
        if !is_fate_link(w) {
            return None;
        }
    }
    None
}

/// "No staff member was injured", "No jail employees were hurt": a noun of people, after
/// one modifier at most, and a fate right after it. A word that counts a part ("No
/// other employees", "no more than") or ends the clause gives nothing.
fn none_of_people(
    words: &[(usize, &str)],
    lower: &[String],
    at: usize,
) -> Option<(u64, String, &'static str, usize)> {
    let person = |w: &str| ONE_PERSON.contains(w) || super::facts::is_people_noun(w);
    for k in at..(at + 2).min(lower.len()) {
        let w = lower[k].as_str();
        if matches!(w, "other" | "more" | "further" | "additional" | "one") {
            return None;
        }
        // "staff member": the noun is the last of the two.
        if person(w) && !lower.get(k + 1).is_some_and(|next| person(next)) {
            return fate_after(words, lower, k + 1)
                .map(|(fate, _, end)| (0, w.to_string(), fate, end));
        }
        if !w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
            return None;
        }
    }
    None
}

/// "no (immediate) reports of injuries", closed by the clause's end or by "or"/"and"
/// ("no immediate reports of injuries or serious damage"): none reported. "no reports
/// of injuries among residents" narrows, and gives nothing.
fn no_reports_of(
    words: &[(usize, &str)],
    lower: &[String],
    mut at: usize,
) -> Option<(u64, String, &'static str, usize)> {
    if lower.get(at).is_some_and(|w| w == "immediate") {
        at += 1;
    }
    if !(matches!(lower.get(at)?.as_str(), "reports" | "report") && lower.get(at + 1)? == "of") {
        return None;
    }
    let noun = lower.get(at + 2)?;
    let bare = noun.trim_end_matches(['.', ',', ';', ':']);
    let fate = casualty(bare).filter(|_| bare.ends_with('s'))?;
    let closed = bare.len() != noun.len()
        || lower
            .get(at + 3)
            .is_none_or(|w| matches!(w.as_str(), "or" | "and"));
    closed.then(|| (0, bare.to_string(), fate, words[at + 2].0 + bare.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(text: &str) -> Vec<(u64, String, &'static str)> {
        counts(text)
            .into_iter()
            .map(|c| (c.value, c.noun, c.fate))
            .collect()
    }

    #[test]
    fn none_in_plain_words() {
        for (text, noun, fate) in [
            ("No one was injured in the fire.", "injured", "injured"),
            ("Nobody was hurt.", "hurt", "injured"),
            ("Police said no one has been killed.", "killed", "dead"),
            ("No injuries were reported.", "injuries", "injured"),
            (
                "No injuries were reported on the picket lines.",
                "injuries",
                "injured",
            ),
            ("There were no deaths.", "deaths", "dead"),
            ("No staff member was injured.", "member", "injured"),
            ("No jail employees were hurt.", "employees", "injured"),
            ("None was hospitalized.", "hospitalized", "hospitalized"),
            ("No one reported injuries.", "injuries", "injured"),
            (
                "There were no immediate reports of injuries or serious damage.",
                "injuries",
                "injured",
            ),
        ] {
            assert_eq!(got(text), [(0, noun.to_string(), fate)], "{text}");
        }
    }

    #[test]
    fn one_of_a_person_opening_the_sentence() {
        assert_eq!(
            got("One person was killed in the crash."),
            [(1, "person".to_string(), "dead")]
        );
        assert_eq!(
            got("One worker has been hospitalized."),
            [(1, "worker".to_string(), "hospitalized")]
        );
        // Or a clause after a joining word.
        assert_eq!(
            got("Six were hospitalized and one person has died."),
            [(1, "person".to_string(), "dead")]
        );
        assert_eq!(
            got("Two were treated; one resident was killed."),
            [(1, "resident".to_string(), "dead")]
        );
        // After a speech verb; a lesser injury of one person is one injured.
        assert_eq!(
            got("The sheriff said one guard suffered minor injuries."),
            [(1, "guard".to_string(), "injured")]
        );
    }

    #[test]
    fn a_part_or_a_narrowing_is_no_count() {
        for text in [
            "No one was seriously hurt.",
            "No one else was injured.",
            "There were no injuries among residents.",
            "No other injuries were reported.",
            "In one house, a man was hurt.",
            "The fire spread to one house and one car was damaged.",
            "No other employees were hurt.",
            "No employees were seriously hurt.",
            "Crews reached the home of one person who was hurt.",
            "One of the workers was hurt.",
            "One car was damaged.",
            "No one knows how many were hurt.",
            "Rescuers said none of the residents was hurt.",
            "There were no reports of injuries among residents.",
        ] {
            assert!(got(text).is_empty(), "{text}: {:?}", got(text));
        }
    }
}
