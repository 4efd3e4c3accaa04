//! Reading names from raw text: the words of a text with their line breaks, whether a
//! word is capitalized like a name, the words that start no name, and the people an
//! article is about. Grouping reads an article's opening with these; extraction reads
//! its subject's age with them.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Bytes of an article's opening read for names: the headline and the first
/// paragraphs, where a story names its places, people and bodies. Reading them costs
/// about 1% of a run (2,000 bytes cost twice that, callgrind on the 1k corpus).
pub(crate) const OPENING_BYTES: usize = 1_200;

/// Capitalized words that start no name of a story ("The", "Monday", "President",
/// "Mayor"): from `data/not_names.txt` and the titles of `data/roles.txt`.
static NOT_NAME_STARTS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/not_names.txt"))
        .chain(crate::data::lines(include_str!(
            "../../data/name_modifiers.txt"
        )))
        .map(str::to_lowercase)
        .chain(
            crate::data::lines(include_str!("../../data/roles.txt"))
                .filter(|l| !l.contains(' '))
                .map(str::to_lowercase),
        )
        .collect()
});

/// Last words of companies' names (`data/company_suffixes.txt`).
static COMPANY_SUFFIXES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/company_suffixes.txt")).collect());

/// Any company suffix, as written, with or without its point: the gate of
/// [`companies`].
static COMPANY_GATE: LazyLock<regex::Regex> = LazyLock::new(|| {
    let words: Vec<String> = COMPANY_SUFFIXES
        .iter()
        .map(|w| regex::escape(w.trim_end_matches('.')))
        .collect();
    crate::text::pattern::compile(&format!(r"\b(?:{})\b", words.join("|"))).unwrap()
});

/// The companies an article's opening names ("Hollis Creek Farms recalled …", "said
/// Blue River Energy's chief"): a run of two or more capitalized words whose last is a
/// company's (`data/company_suffixes.txt`), lowercased, read at a sentence's start
/// too, where a company is often the subject. Leading words that start no name ("The",
/// "Monday") are left out.
pub fn companies(text: &str) -> Vec<String> {
    let end = crate::text::normalize::floor_boundary(text, OPENING_BYTES);
    let mut out: Vec<String> = Vec::new();
    // Most openings name no company: one search for the suffixes passes them over
    // (reading each word of every opening cost 1% of a run, callgrind on the 1k
    // corpus).
    if !COMPANY_GATE.is_match(&text[..end]) {
        return out;
    }
    let opening = &text[..end];
    let mut run: Vec<&str> = Vec::new();
    // Whether the line being read is debris ("Copyright 2025 Scripps Media, Inc."): a
    // station's owner is named under every story it runs.
    let mut debris = false;
    let mut first = true;
    let mut words = words_of(opening).peekable();
    while let Some((word, new_line)) = words.next() {
        if new_line || first {
            first = false;
            run.clear();
            let at = word.as_ptr() as usize - opening.as_ptr() as usize;
            let line = opening[at..].split('\n').next().unwrap_or("");
            debris = crate::text::boilerplate::is_boilerplate(line.trim());
        }
        if debris {
            continue;
        }
        if !(starts_upper(word) && (second_lower(word) || word.len() <= 5)) {
            run.clear();
            continue;
        }
        let bare = word.trim_end_matches([',', ';', ':']);
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare)
            .trim_end_matches(['\'', '’']);
        run.push(bare);
        // Words that start no name are dropped only once a suffix is found: most
        // openings name no company.
        if run.len() >= 2 && COMPANY_SUFFIXES.contains(bare) {
            let from = run
                .iter()
                .position(|w| !is_not_a_name_start(w))
                .unwrap_or(run.len());
            if run.len() - from >= 2 {
                // "Lumora Inc." and "Lumora Inc" are one name.
                let name = run[from..].join(" ").trim_end_matches('.').to_lowercase();
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        // A name before a comma and a suffix is a company's without the suffix
        // ("Brightwater Health Partners, Inc." is "Brightwater Health Partners", as
        // "Hollis Creek Farms, LLC" is "Hollis Creek Farms").
        let suffix_next = word.ends_with(',')
            && words.peek().is_some_and(|(next, _)| {
                COMPANY_SUFFIXES.contains(next.trim_end_matches([',', ')']))
            });
        if suffix_next && !COMPANY_SUFFIXES.contains(bare) {
            let from = run
                .iter()
                .position(|w| !is_not_a_name_start(w))
                .unwrap_or(run.len());
            let name = run[from..].join(" ").to_lowercase();
            if run.len() - from >= 2 && !out.contains(&name) {
                out.push(name);
            }
        }
        // Punctuation ends a name; a suffix's point ("Acme Corp.") does not.
        if bare.len() != word.len()
            || (word.ends_with(['.', '!', '?']) && !COMPANY_SUFFIXES.contains(word))
        {
            run.clear();
        }
    }
    out
}

/// Mentions a headline's name needs in the article's first [`TITLE_SUBJECT_BYTES`], the
/// headline's own included: a name the body uses twice more is what the article is
/// about.
const TITLE_SUBJECT_MENTIONS: usize = 3;

/// Bytes of an article read for the uses of its headline's names: its first few
/// paragraphs, where a story names its subject; the whole text costs each name a
/// search of it (callgrind: +0.9% of a run on the 1k corpus).
const TITLE_SUBJECT_BYTES: usize = 2_000;

/// The names of the headline that the article goes on using, capitalized: one word of
/// four letters or more, in lowercase ("brightwater" of "Brightwater hack exposed data
/// of 400,000 patients", which the body names twice more). A company is often written
/// so, without the suffix [`companies`] looks for ("Brightwater Health Partners" once,
/// "Brightwater" after). A word capitalized only for the headline's style ("Hack") or
/// at a sentence's start ("The") is not used so often, or starts no name. A name
/// written after "in" is a place's, which many stories of a day name. The first
/// word of each of `companies` (lowercased, as [`companies`] gives them) is weighed as
/// a headline's word is.
pub fn title_subjects(text: &str, title: &str, companies: &[String]) -> Vec<String> {
    let end = crate::text::normalize::floor_boundary(text, TITLE_SUBJECT_BYTES);
    let text = &text[..end];
    let mut out: Vec<String> = Vec::new();
    // The first word of a company's name, as written, is a candidate too: a notice
    // headed "NOTICE OF DATA SECURITY INCIDENT" names its company in its body.
    let first_words: Vec<String> = companies
        .iter()
        .filter_map(|c| c.split(' ').next().filter(|f| !f.is_empty()))
        .map(with_capital)
        .collect();
    for word in title
        .split_whitespace()
        .chain(first_words.iter().map(String::as_str))
    {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if bare.len() < 4
            || !(starts_upper(bare) && second_lower(bare))
            || !bare.chars().all(char::is_alphabetic)
            || is_not_a_name_start(bare)
            || crate::extract::people::is_not_name(bare)
            || crate::extract::people::is_org_word(bare)
        {
            continue;
        }
        let lower = bare.to_lowercase();
        if out.contains(&lower) || crate::extract::lists::STOPWORDS.contains(lower.as_str()) {
            continue;
        }
        // A place is written "in Gaza": what happens there is many stories. ("Patients
        // of Brightwater" may be a company's.)
        let (mentions, _, after_in) = uses(text, bare);
        if !after_in && mentions >= TITLE_SUBJECT_MENTIONS {
            // "Mercy" of "Mercy Valley closing 3 clinics", whose body writes "Mercy
            // Valley Health" each time: the name is of two words, and its first alone
            // is as much another story's ("Mercy Ridge Health").
            let name = match second_word(text, bare) {
                Some(second) => format!("{lower} {}", second.to_lowercase()),
                None => lower,
            };
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Bytes of an article's opening read for its subjects: a headline and a lead name them
/// (past a masthead of a few lines). Reading them is about 1% of a run.
const SUBJECT_BYTES: usize = 800;

/// `data/event_names.txt`: last words of the names of events and documents ("summit",
/// "declaration"), lowercase.
static EVENT_NAME_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/event_names.txt")).collect());

/// Whether a lowercase word ends the name of an event or a document ("summit").
pub fn is_event_name_word(lower: &str) -> bool {
    EVENT_NAME_WORDS.contains(lower)
}

/// Whether a word without its point is a title's abbreviation ("Gov" of "Ohio Gov.",
/// "Sen"): the run before it is a place and a title, no name.
fn is_title_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    crate::extract::people::is_role_word(&lower)
        || crate::extract::people::is_role_word(&format!("{lower}."))
}

/// A person an article is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// The folded surname, as people are keyed ("okonkwo").
    pub key: String,
    /// The surname as written ("Okonkwo").
    pub surname: String,
}

/// The people an article is about: a name of two or three capitalized words in its
/// opening ("Eleanor Ruth Castellano, 87, of Fairhaven"), even at a sentence's start,
/// whose last word the article uses at least [`SUBJECT_MENTIONS`] times ("Castellano, a
/// Democrat, was elected"). An obituary or a profile quotes its subject seldom and gives
/// no title, so the subject is read here or not at all.
pub fn subjects(text: &str) -> Vec<Subject> {
    let end = crate::text::normalize::floor_boundary(text, SUBJECT_BYTES);
    let g = crate::canon::gazetteer::gazetteer();
    let mut out: Vec<Subject> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    // Surnames already weighed, kept or not: an opening names its subject many times.
    let mut seen: Vec<String> = Vec::new();
    let mut consider = |run: &[&str], out: &mut Vec<Subject>| {
        if !(2..=3).contains(&run.len()) {
            return;
        }
        let surname = run[run.len() - 1];
        if seen.iter().any(|s| s == surname) {
            return;
        }
        seen.push(surname.to_string());
        if surname.len() < 3
            || crate::extract::people::is_org_word(surname)
            || is_title_abbreviation(surname)
            || crate::extract::people::is_not_name(surname)
            || crate::extract::people::is_place_name_end(surname)
            || g.state_any(surname).is_some()
        {
            return;
        }
        let folded = crate::text::normalize::fold_name(surname);
        if g.country(&folded).is_some()
            || !g.cities(&folded).is_empty()
            || out.iter().any(|o| o.key == folded)
        {
            return;
        }
        let (mentions, after_of, after_in) = uses(text, surname);
        if mentions < SUBJECT_MENTIONS || after_of || after_in {
            return;
        }
        out.push(Subject {
            key: folded,
            surname: surname.to_string(),
        });
    };
    for (word, new_line) in words_of(&text[..end]) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        let name_word = !bare.is_empty()
            && starts_upper(bare)
            && second_lower(bare)
            && !is_not_a_name_start(bare)
            && !crate::extract::people::is_not_name(bare);
        if new_line || !name_word {
            consider(&run, &mut out);
            run.clear();
        }
        if name_word {
            run.push(bare);
            // A name ends at punctuation ("Castellano,") or a possessive. A run before a
            // colon is a field's label ("Notice Date: 11/30/2026", "Layoff Date:"),
            // named by every form of its kind: no one's name.
            if bare.len() != word.len() {
                if !word.ends_with(':') {
                    consider(&run, &mut out);
                }
                run.clear();
            }
        }
    }
    consider(&run, &mut out);
    out
}

/// Fewest uses of a surname, with its first name or alone, that make its person the
/// article's subject: named twice, in a headline and a lead, in a title line and a
/// quote, or once in full and once alone.
const SUBJECT_MENTIONS: usize = 2;

/// How often a text uses a word as a whole word, and whether it uses it after "of"
/// ("mayor of Fairhaven") and after "in" ("lives in Fairhaven"), as a place's name is.
/// A town the gazetteer does not know is no one's surname. One pass over the text.
/// The capitalized word that follows every use of `word` in `text`, when one does and
/// it is no last word of an organization's (`data/org_suffixes.txt`, `data/
/// company_suffixes.txt`): "Valley" of "Mercy Valley Health"; not "Health" of
/// "Brightwater Health", whose first word is the name.
fn second_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let mut second: Option<&str> = None;
    for at in whole_uses(text, word) {
        let next = text[at + word.len()..]
            .strip_prefix(' ')?
            .split(|c: char| !c.is_alphabetic())
            .next()?;
        if !(next.len() >= 2 && starts_upper(next) && second_lower(next))
            || crate::canon::places::is_org_suffix(next)
            || COMPANY_SUFFIXES.contains(next)
            || second.is_some_and(|s| s != next)
        {
            return None;
        }
        second = Some(next);
    }
    second
}

/// Where `word` stands in `text` as a whole word. `memmem`, vectorized:
/// `str::match_indices` read about two instructions a byte, and this reads whole
/// openings for each candidate name (1.5% of a run).
fn whole_uses<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).filter(move |&at| {
        super::pattern::starts_word(text, at) && super::pattern::ends_word(text, at + word.len())
    })
}

fn uses(text: &str, word: &str) -> (usize, bool, bool) {
    let mut whole = 0;
    let (mut after_of, mut after_in) = (false, false);
    for at in whole_uses(text, word) {
        let before = &text[..at];
        whole += 1;
        after_of |= before.ends_with(" of ");
        after_in |= before.ends_with(" in ");
    }
    (whole, after_of, after_in)
}

/// The words of a text split at blanks, each with whether a line break came before it:
/// read byte by byte, since this runs over the opening of every article.
pub(crate) fn words_of(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut new_line = false;
        while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\t' | b'\r') {
            new_line |= b[i] == b'\n';
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let start = i;
        while i < b.len() && !matches!(b[i], b' ' | b'\n' | b'\t' | b'\r') {
            i += 1;
        }
        Some((&text[start..i], new_line))
    })
}

pub(crate) fn starts_upper(w: &str) -> bool {
    match w.as_bytes()[0] {
        b if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.starts_with(char::is_uppercase),
    }
}

pub(crate) fn starts_lower(w: &str) -> bool {
    match w.as_bytes()[0] {
        b if b.is_ascii() => b.is_ascii_lowercase(),
        _ => w.starts_with(char::is_lowercase),
    }
}

/// Whether the second letter of a capitalized word is in lowercase ("Mamuju", not
/// "BNPB" or "U.S.").
pub(crate) fn second_lower(w: &str) -> bool {
    let b = w.as_bytes();
    match b.get(1) {
        Some(c) if b[0].is_ascii() && c.is_ascii() => c.is_ascii_lowercase(),
        _ => {
            let mut chars = w.chars();
            chars.next();
            chars.next().is_some_and(char::is_lowercase)
        }
    }
}

/// Whether a capitalized word starts no name ([`NOT_NAME_STARTS`]), lowercased on the
/// stack.
pub(crate) fn is_not_a_name_start(word: &str) -> bool {
    let mut buf = [0u8; 24];
    match crate::text::normalize::ascii_lower(word, &mut buf) {
        Some(lower) => NOT_NAME_STARTS.contains(lower),
        None => NOT_NAME_STARTS.contains(&word.to_lowercase()),
    }
}

/// The text with its first letter a capital ("the meeting itself" → "The meeting
/// itself", "negotiators" → "Negotiators"); empty text stays empty.
pub fn with_capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The word without its possessive ending ("Harlan's" → "Harlan", with a straight or a
/// curly apostrophe), or `None` when it has none.
pub fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companies_named_anywhere_in_a_sentence() {
        let text = "Recall\n\nBrightwater Farms, LLC of Salinas recalled spinach. The Acme Corp. unit and Police Department said so. Delta Airlines flew. Orchard Vale Foods' shares fell.";
        assert_eq!(
            companies(text),
            [
                "brightwater farms",
                // "Acme Corp." and "Acme Corp" are one name.
                "acme corp",
                "delta airlines",
                "orchard vale foods"
            ]
        );
    }

    #[test]
    fn a_company_before_a_comma_and_its_suffix_and_none_in_debris() {
        let text = "Notice\n\nBrightwater Health Partners, Inc. (\"Brightwater\") gives notice.\n\nCopyright 2025 Scripps Media, Inc. All rights reserved.\n";
        assert_eq!(companies(text), ["brightwater health partners"]);
    }

    #[test]
    fn a_headlines_name_the_body_repeats_is_its_subject() {
        let text = "Brightwater Hack Exposed Data\n\nBrightwater said hackers got in. Patients of Brightwater got letters.\n";
        assert_eq!(
            title_subjects(text, &crate::article::title_of(text), &[]),
            ["brightwater"]
        );
        // Named once more only; a place, written after "in"; a company's first word.
        let text = "Brightwater Hack\n\nBrightwater said so.\n";
        assert!(title_subjects(text, &crate::article::title_of(text), &[]).is_empty());
        let text = "Aid reaches Gaza\n\nTrucks entered Gaza. Aid in Gaza is short.\n";
        assert!(title_subjects(text, &crate::article::title_of(text), &[]).is_empty());
        let text = "NOTICE\n\nAcme Health Partners found it. Acme wrote. Acme called.\n";
        assert_eq!(
            title_subjects(text, "NOTICE", &["acme health partners".to_string()]),
            ["acme"]
        );
    }

    #[test]
    fn a_headlines_name_always_followed_by_one_word_is_of_two_words() {
        // "Pike" is the first word of "Pike Valley" each time: another story's "Pike
        // Ridge Health" shares the one word only.
        let text = "Pike Valley closing 3 clinics\n\nPike Valley Health will close them. A Pike Valley spokesperson said so.\n";
        assert_eq!(
            title_subjects(text, &crate::article::title_of(text), &[]),
            ["pike valley"]
        );
        // A name's last word ("Health") follows it, or it stands alone once: one word.
        let text =
            "Brightwater layoffs\n\nBrightwater Health cut jobs. Brightwater Health said so.\n";
        assert_eq!(
            title_subjects(text, &crate::article::title_of(text), &[]),
            ["brightwater"]
        );
        let text = "Brightwater layoffs\n\nBrightwater Health cut jobs. Brightwater said so.\n";
        assert_eq!(
            title_subjects(text, &crate::article::title_of(text), &[]),
            ["brightwater"]
        );
    }

    fn surnames(text: &str) -> Vec<String> {
        subjects(text).into_iter().map(|s| s.surname).collect()
    }

    #[test]
    fn a_fields_label_is_no_subject() {
        assert!(
            surnames("WARN Notice\n\nNotice Date: 11/30/2026\nLayoff Date: 01/29/2027\n")
                .is_empty()
        );
    }

    #[test]
    fn a_place_before_a_titles_abbreviation_is_no_subject() {
        assert!(
            surnames("Leaders meet\n\nPike Gov. Ann Lee and Dalton Gov. Tom Hale met. Pike Gov. Lee spoke.\n")
                .iter()
                .all(|s| s != "Gov")
        );
    }

    #[test]
    fn the_subject_is_a_name_in_the_opening_used_again() {
        // At a sentence's start, then alone.
        assert_eq!(
            surnames(
                "Obituary\n\nMarguerite Oyelowo, who ran the county fair for 30 years, died Friday. Oyelowo was 91.\n"
            ),
            ["Oyelowo"]
        );
        // Named once only; a town named with "of"; a body; a title before the name.
        assert!(surnames("Headline\n\nPerry Lanz spoke.\n").is_empty());
        assert!(
            surnames("Former Dunmore Mayor Ada Ruiz dies\n\nAda Ruiz was mayor of Dunmore. Dunmore Township mourns.\n")
                .iter()
                .all(|s| s != "Dunmore" && s != "Township")
        );
    }
}
