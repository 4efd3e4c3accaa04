//! People named in an article: full names with the roles written before or after them
//! ("Springfield Mayor Ann Lee", "Kim Ode, a spokeswoman for the board"),
//! later mentions by last name ("Lee"), and a gender where a word says so
//! ("spokeswoman"), for resolving "she said".
//!
//! Scraped link debris glued to a name ("LoweAnn Marie LoweTopic … MORE") is skipped by
//! the general pattern in `data/inline_debris.txt`.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::canon::gazetteer::gazetteer;
use crate::text::normalize::fold_name;
use crate::text::{BlockKind, Doc, pattern};

/// Role words (`data/roles.txt`), each also as one chosen but not yet in office
/// ("sheriff-elect", "secretary-designate").
static ROLE_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/roles.txt"))
        .map(str::to_lowercase)
        .flat_map(|r| {
            let chosen = (!r.contains([' ', '.']))
                .then(|| [format!("{r}-elect"), format!("{r}-designate")])
                .into_iter()
                .flatten();
            std::iter::once(r.clone()).chain(chosen)
        })
        .collect()
});

static ORG_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/org_words.txt")).collect());

static ABBREVIATIONS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/abbreviations.txt"))
        .map(str::to_string)
        .collect()
});

/// `data/place_name_ends.txt`: last words of streets' and towns' names, which end no
/// person's name.
static PLACE_NAME_ENDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/place_name_ends.txt")).collect());

pub(crate) static NOT_NAMES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/not_names.txt")).collect());

/// `data/surname_org_words.txt`: organization words that are also common surnames.
static SURNAME_ORG_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/surname_org_words.txt")).collect()
});

/// Whether a capitalized word makes a name an organization's ("County", "University").
pub fn is_org_word(word: &str) -> bool {
    ORG_WORDS.contains(word)
}

/// Whether a capitalized word ends streets' and towns' names, never a person's
/// ("Street", "Springs").
pub fn is_place_name_end(word: &str) -> bool {
    PLACE_NAME_ENDS.contains(word)
}

/// Whether a capitalized word is one that never names a person ("Tuesday", "State").
pub fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(word)
}

/// `data/place_descriptors.txt`: what a person is to the place or employer named before
/// them ("Cedar Flat resident Mike Tran").
static PLACE_DESCRIPTORS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/place_descriptors.txt")).collect()
});

/// `data/first_names.txt`: common given names, lowercase.
static FIRST_NAMES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/first_names.txt")).collect());

/// The first and last word of a name that reads as a person's: two or three
/// capitalized words (an initial between allowed), the first a common given name
/// (`data/first_names.txt`), none a word of an organization's, a street's or a town's
/// name or one that never names a person. "Ann Lee" and "Ann J. Lee" do; "Acme
/// Widgets", "Grace Hospital" do not. For a name of no known kind only: a guess.
pub fn as_a_persons_name(name: &str) -> Option<(&str, &str)> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if !(2..=3).contains(&words.len()) {
        return None;
    }
    let capitalized = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-'))
    };
    let initial = |w: &str| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
    let (first, last) = (words[0], words[words.len() - 1]);
    let fits = capitalized(first)
        && capitalized(last)
        && words[1..words.len() - 1]
            .iter()
            .all(|w| capitalized(w) || initial(w))
        && FIRST_NAMES.contains(first.to_lowercase().as_str())
        && words
            .iter()
            .all(|w| !is_org_word(w) && !is_place_name_end(w) && !is_not_name(w));
    fits.then_some((first, last))
}

static GENDER_WORDS: LazyLock<Vec<(String, Gender)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/person_words.tsv"))
        .filter_map(|l| {
            let (w, g) = l.split_once('\t')?;
            let g = if g.trim() == "f" {
                Gender::F
            } else {
                Gender::M
            };
            Some((w.trim().to_lowercase(), g))
        })
        .collect()
});

/// Inline debris: link text glued to a name and running to a marker word.
static DEBRIS: LazyLock<Vec<(Regex, Option<memchr::memmem::Finder<'static>>)>> =
    LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/inline_debris.txt"))
            .map(|l| {
                let re = pattern::compile(l).expect("data/inline_debris.txt holds valid patterns");
                // Debris is rare: a text without the words every match holds ("MORE")
                // is not searched at all.
                let gate = pattern::required_literal(l)
                    .map(|lit| memchr::memmem::Finder::new(&lit).into_owned());
                (re, gate)
            })
            .collect()
    });

/// Name particles written in lowercase inside a name ("Rosa de la Vega").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "di", "del", "della", "la", "le", "bin", "al", "du", "st.",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    F,
    M,
}

/// A person the article names.
#[derive(Debug, Clone)]
pub struct Person {
    /// Full name as first written, debris removed ("Ann Lowe").
    pub name: String,
    pub last: String,
    pub first: Option<String>,
    /// Roles as stated ("Attorney General", "a spokeswoman for the DOJ").
    pub roles: Vec<String>,
    pub gender: Option<Gender>,
}

impl Person {
    /// Comparison key across articles: the folded last name.
    pub fn key(&self) -> String {
        format!("person:{}", fold_name(&self.last))
    }
}

/// Where a person is named.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Normalized-text range of the name.
    pub range: Range<usize>,
    pub person: usize,
}

/// The people of one article and every mention of them, in text order.
#[derive(Debug, Clone, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub mentions: Vec<Mention>,
    /// Ranges of inline debris, which no extractor should read.
    pub debris: Vec<Range<usize>>,
    /// Each role as stated, with the person and the name it was stated with.
    pub roles_at: Vec<(usize, String, Range<usize>)>,
}

/// Token boundaries of a text, a hand-written scanner for what would be the regex
/// `(?:[A-Z]\.){2,}|[A-Z]\.|\p{Alphabetic}[\p{Alphabetic}'-]*|[0-9][\p{Alphabetic}\p{N}_,.$%-]*|[^\s\p{Alphabetic}0-9]`
/// (initialisms, initials, words, numbers, single punctuation), several times faster
/// on the hot path of name finding.
/// Each token is handed to `each` as it is found, so that callers build their own
/// tokens in one pass, with no list of boundaries in between.
fn scan_tokens(s: &str, mut each: impl FnMut(usize, usize)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII white space (what `char::is_whitespace` says of it), the byte met most.
        if matches!(b[i], b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        let c = char_at(s, i);
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        // Initials and initialisms: "J." and "U.S.".
        if c.is_ascii_uppercase() && b.get(i + 1) == Some(&b'.') {
            let mut end = i + 2;
            while end + 1 < b.len() && b[end].is_ascii_uppercase() && b[end + 1] == b'.' {
                end += 2;
            }
            each(i, end);
            i = end;
            continue;
        }
        let end = if c.is_alphabetic() {
            run_end(s, i + len, WORD, char::is_alphabetic)
        } else if c.is_ascii_digit() {
            run_end(s, i + len, NUMBER, char::is_alphanumeric)
        } else {
            i + len
        };
        each(i, end);
        i = end;
    }
}

/// Classes of ASCII bytes for [`run_end`]: what continues a word (letters, apostrophe,
/// hyphen), what continues a number (letters, digits, `_ , . $ % -`).
const WORD: u8 = 1;
const NUMBER: u8 = 2;
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        if c.is_ascii_alphabetic() || c == b'\'' || c == b'-' {
            t[i] |= WORD;
        }
        if c.is_ascii_alphanumeric() || matches!(c, b'_' | b',' | b'.' | b'$' | b'%' | b'-') {
            t[i] |= NUMBER;
        }
        i += 1;
    }
    t
};

/// Where a word or number that goes on from `end` stops: ASCII bytes by their class,
/// other characters by `more`.
fn run_end(s: &str, mut end: usize, class: u8, more: impl Fn(char) -> bool) -> usize {
    let b = s.as_bytes();
    while end < b.len() {
        let x = b[end];
        if x.is_ascii() {
            if ASCII_CLASS[usize::from(x)] & class == 0 {
                break;
            }
            end += 1;
        } else {
            let c = char_at(s, end);
            if !more(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// The character at byte `i` (a character boundary), without decoding ASCII.
fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes()[i] {
        b if b.is_ascii() => b as char,
        _ => s[i..].chars().next().unwrap_or(' '),
    }
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    text: &'a str,
    range: Range<usize>,
}

impl Tok<'_> {
    /// The word without a final period or possessive ("News'" → "News").
    fn bare(&self) -> &str {
        let t = self.text.trim_end_matches('.');
        t.strip_suffix("'s")
            .or_else(|| t.strip_suffix('\''))
            .unwrap_or(t)
    }
    /// A capitalized word that may be part of a name: not a contraction ("I'm Maya
    /// Reyes" names Maya Reyes).
    #[inline]
    fn is_cap(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase()) && !self.is_contraction()
    }
    /// "I'm", "We've", "They’re". Most words have no apostrophe in their last bytes
    /// (nor the last byte of "’"), and are passed over by those alone.
    #[inline]
    fn is_contraction(&self) -> bool {
        let b = self.text.as_bytes();
        b[b.len().saturating_sub(5)..]
            .iter()
            .any(|&c| c == b'\'' || c == 0x99)
            && [
                "'m", "'re", "'ve", "'ll", "'d", "’m", "’re", "’ve", "’ll", "’d",
            ]
            .iter()
            .any(|end| self.text.ends_with(end))
    }
    fn is_role(&self) -> bool {
        // Most words are short ASCII: lowercased on the stack, not in a new string. The
        // bare word is a prefix of the word, so of its lowercase form when ASCII.
        let mut buf = [0u8; 32];
        if let Some(lower) = crate::text::normalize::ascii_lower(self.text, &mut buf) {
            let bare = self.bare().len();
            return ROLE_WORDS.contains(lower)
                || (bare < lower.len() && ROLE_WORDS.contains(&lower[..bare]));
        }
        ROLE_WORDS.contains(&self.text.to_lowercase())
            || ROLE_WORDS.contains(&self.bare().to_lowercase())
    }
    /// A role word in the plural ("Justices Voss and Mehta", "Sens. Lee and Ortiz"):
    /// it names several people, so the name after it is no one name of its own.
    fn is_plural_role(&self) -> bool {
        let bare = self.bare();
        bare.len() > 3 && bare.ends_with('s') && {
            let mut buf = [0u8; 32];
            let singular = &bare[..bare.len() - 1];
            match crate::text::normalize::ascii_lower(singular, &mut buf) {
                Some(lower) => ROLE_WORDS.contains(lower),
                None => ROLE_WORDS.contains(&singular.to_lowercase()),
            }
        }
    }
    fn is_particle(&self) -> bool {
        PARTICLES.contains(&self.text)
    }
}

/// Finds the people of a document.
pub fn find_people(doc: &Doc) -> People {
    let text = &doc.norm.text;
    let mut people = People::default();
    for (re, gate) in DEBRIS.iter() {
        if gate
            .as_ref()
            .is_some_and(|g| g.find(text.as_bytes()).is_none())
        {
            continue;
        }
        for c in pattern::captures(re, text) {
            let m = c.name("debris").unwrap_or_else(|| c.get(0).unwrap());
            people.debris.push(m.start()..m.end());
        }
    }
    // Every readable sentence tokenized once; names are found in prose only (headlines
    // are in title case, where every phrase looks like a name), later mentions anywhere.
    // The tokens of all sentences are one vector (one allocation an article, where a
    // vector a sentence cost one each); a sentence holds the range of its tokens.
    let mut all: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let mut sentences: Vec<(Range<usize>, bool, Range<usize>)> = Vec::new();
    for s in &doc.sentences {
        let kind = doc.blocks[s.block].kind;
        if kind == BlockKind::Boilerplate {
            continue;
        }
        let from = all.len();
        push_tokens(text, s.range.clone(), &people.debris, &mut all);
        sentences.push((s.range.clone(), kind == BlockKind::Prose, from..all.len()));
    }
    // Pass 1: full names (two or more name words).
    for (range, _, toks) in sentences.iter().filter(|(_, prose, _)| *prose) {
        let toks = &all[toks.clone()];
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].is_cap() {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < toks.len()
                && adjacent(text, &toks[j], &toks[j + 1])
                && (toks[j + 1].is_cap() || particle_then_name(&toks[j + 1..]))
            {
                j += 1;
            }
            if let Some((name_start, name_end)) = name_in_run(&toks[i..=j])
                && !employer_before_title(text, toks, i + name_end)
                && !town_before_region(text, &toks[i + name_end - 1])
                && !after_place_kind(toks, i + name_start)
            {
                let (a, b) = (i + name_start, i + name_end);
                // "Gov. Dale Harmon's request" names Dale Harmon.
                let mut words: Vec<&str> = toks[a..b].iter().map(|t| t.text).collect();
                if let Some(last) = words.last_mut() {
                    *last = last.strip_suffix("'s").unwrap_or(last);
                }
                let (name_start, name_end) = (toks[a].range.start, toks[b - 1].range.end);
                // Each role with the words it was read from, the name included.
                let roles: Vec<(String, Range<usize>)> = [
                    role_before(text, toks, a).map(|(r, start)| (r, start..name_end)),
                    role_after(text, name_end, range.end).map(|(r, end)| (r, name_start..end)),
                ]
                .into_iter()
                .flatten()
                .collect();
                let gender = gender_near(toks, a, &roles);
                people.add_full(&words, name_start..name_end, roles, gender);
            } else if let Some(a) = surname_after_role(&toks[i..=j]).map(|k| i + k) {
                // "Justice Okafor wrote": a person known by title and surname only.
                let t = &toks[a];
                let roles: Vec<(String, Range<usize>)> = role_before(text, toks, a)
                    .map(|(r, start)| (r, start..t.range.end))
                    .into_iter()
                    .collect();
                let gender = gender_near(toks, a, &roles);
                people.add_full(&[t.bare()], t.range.clone(), roles, gender);
            }
            i = j + 1;
        }
    }
    // Pass 2: later mentions by last name alone (none to look for without a full name).
    if people.persons.is_empty() {
        return people;
    }
    let full_names: Vec<Range<usize>> = people.mentions.iter().map(|m| m.range.clone()).collect();
    for (_, _, toks) in &sentences {
        let toks = &all[toks.clone()];
        for (k, t) in toks.iter().enumerate() {
            if !t.is_cap() {
                continue;
            }
            let word = t.text.trim_end_matches(['\'', 's']).trim_end_matches('\'');
            let word = if t.text.ends_with("'s") { word } else { t.text };
            let Some(p) = people.persons.iter().position(|p| p.last == word) else {
                continue;
            };
            // "Theresa May" said, then "in May" or "May 3": a month, not her.
            if crate::extract::dates::is_month(word) && month_in_use(toks, k) {
                continue;
            }
            // "the Trump administration", "a Biden aide": the name of a thing the person
            // owns or leads, not the person, who is no one's "he" after it.
            if k > 0
                && ["the", "a", "an"]
                    .iter()
                    .any(|a| toks[k - 1].text.eq_ignore_ascii_case(a))
            {
                continue;
            }
            // "Harbor Health CEO Raymond Ostrowski", "Trump adviser Stephen Miller": a
            // name before a title names whom the titled person works for.
            if toks
                .get(k + 1)
                .is_some_and(|n| n.is_role() && adjacent(text, t, n))
                || employer_before_title(text, toks, k + 1)
            {
                continue;
            }
            let inside_full = full_names
                .iter()
                .any(|m| m.start <= t.range.start && t.range.start < m.end);
            if !inside_full {
                people.mentions.push(Mention {
                    range: t.range.clone(),
                    person: p,
                });
            }
        }
    }
    people.mentions.sort_by_key(|m| m.range.start);
    people
}

/// Honorifics before a name ("Dr. Lena Ortiz", "MR. SMITH" in a transcript's label),
/// lowercased, without their point. They are no part of the name: "Dr. Lena Ortiz" and
/// "Lena Ortiz" are one person, written one way.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "rev", "prof", "sir", "dame",
];

/// Whether a word is an honorific, with or without its point, in any case.
pub fn is_honorific(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    HONORIFICS.iter().any(|h| bare.eq_ignore_ascii_case(h))
}

impl People {
    fn add_full(
        &mut self,
        words: &[&str],
        range: Range<usize>,
        roles: Vec<(String, Range<usize>)>,
        gender: Option<Gender>,
    ) {
        let honorifics = words.iter().take_while(|w| is_honorific(w)).count();
        let words = &words[honorifics.min(words.len() - 1)..];
        let last = words.last().unwrap().trim_end_matches('.').to_string();
        let first = (words.len() > 1).then(|| words[0].to_string());
        let found = self.persons.iter().position(|p| {
            p.last == last && (p.first.is_none() || first.is_none() || p.first == first)
        });
        let idx = match found {
            // "Justice Okafor" first, "Justice Miriam Okafor" later: the full name.
            Some(i) if self.persons[i].first.is_none() && first.is_some() => {
                self.persons[i].name = words.join(" ");
                self.persons[i].first = first;
                i
            }
            Some(i) => i,
            None => {
                self.persons.push(Person {
                    name: words.join(" "),
                    last,
                    first,
                    roles: Vec::new(),
                    gender: None,
                });
                self.persons.len() - 1
            }
        };
        for (r, words) in &roles {
            self.roles_at.push((idx, r.clone(), words.clone()));
        }
        let p = &mut self.persons[idx];
        for (r, _) in roles {
            if !p.roles.contains(&r) {
                p.roles.push(r);
            }
        }
        p.gender = p.gender.or(gender);
        self.mentions.push(Mention { range, person: idx });
    }

    /// Renames people a configuration knows under another name, merging each into its
    /// canonical name ("Annie Lee" → "Ann Lee").
    pub fn apply_aliases(&mut self, aliases: &std::collections::BTreeMap<String, String>) {
        for p in &mut self.persons {
            if let Some(canonical) = aliases.get(&fold_name(&p.name)) {
                let words: Vec<&str> = canonical.split_whitespace().collect();
                p.name = canonical.clone();
                p.last = words.last().copied().unwrap_or_default().to_string();
                p.first = (words.len() > 1).then(|| words[0].to_string());
            }
        }
    }

    /// The person mentioned last before `offset`, optionally of a gender.
    pub fn before(&self, offset: usize, gender: Option<Gender>) -> Option<usize> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.range.end <= offset)
            .map(|m| m.person)
            .find(|&p| {
                gender.is_none()
                    || self.persons[p].gender.is_none()
                    || self.persons[p].gender == gender
            })
    }

    /// The person mentioned in `range`: the last one, or the first.
    pub fn within(&self, range: Range<usize>, last: bool) -> Option<usize> {
        let mut it = self
            .mentions
            .iter()
            .filter(|m| m.range.start >= range.start && m.range.end <= range.end)
            .map(|m| m.person);
        if last { it.next_back() } else { it.next() }
    }

    /// The first person named in `range` who is no owner of another there: in
    /// "Quintero's sister, Ana Quintero", Ana Quintero. A possessive mention is taken
    /// only when no other is.
    pub fn first_not_owner(&self, text: &str, range: Range<usize>) -> Option<usize> {
        let inside: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.range.start >= range.start && m.range.end <= range.end)
            .collect();
        let owner = |m: &Mention| {
            text.get(m.range.end..)
                .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"))
                || text[m.range.clone()].ends_with("'s")
        };
        inside
            .iter()
            .find(|m| !owner(m))
            .or(inside.first())
            .map(|m| m.person)
    }

    /// The one person whose stated roles hold `role` ("Mayor").
    pub fn by_role(&self, role: &str) -> Option<usize> {
        let role = role.to_lowercase();
        let found: Vec<usize> = self
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.roles
                    .iter()
                    .any(|r| r.to_lowercase().split_whitespace().any(|w| w == role))
            })
            .map(|(i, _)| i)
            .collect();
        (found.len() == 1).then(|| found[0])
    }

    pub fn in_debris(&self, offset: usize) -> bool {
        self.debris.iter().any(|d| d.contains(&offset))
    }
}

/// Appends the tokens of a range to `out`, with debris left out and a token glued to
/// debris cut where the debris starts ("LoweAnn" → "Lowe").
fn push_tokens<'a>(
    text: &'a str,
    range: Range<usize>,
    debris: &[Range<usize>],
    out: &mut Vec<Tok<'a>>,
) {
    let mut taken_to = range.start;
    scan_tokens(&text[range.clone()], |a, b| {
        let mut r = range.start + a..range.start + b;
        if r.start < taken_to || debris.iter().any(|d| d.start <= r.start && r.start < d.end) {
            return;
        }
        if let Some(d) = debris.iter().find(|d| r.start < d.start && d.start < r.end) {
            r.end = d.start;
        }
        // "Gov.", "Sen.", "Jr.": a known abbreviation keeps its period.
        if text.as_bytes().get(r.end) == Some(&b'.')
            && ABBREVIATIONS.contains(&text[r.start..=r.end])
        {
            r.end += 1;
        }
        taken_to = r.end;
        out.push(Tok {
            text: &text[r.clone()],
            range: r,
        });
    });
}

/// True when a lowercase word is a title or role word (`data/roles.txt`).
pub fn is_role_word(word: &str) -> bool {
    ROLE_WORDS.contains(word)
}

/// Lowercase particles followed by a capitalized word ("de la Vega").
fn particle_then_name(toks: &[Tok]) -> bool {
    let n = toks.iter().take_while(|t| t.is_particle()).count();
    n > 0 && toks.get(n).is_some_and(|t| t.is_cap())
}

/// Whether two tokens are next to each other: one space apart, or one line break of
/// wrapped prose ("Commissioner\nRay Tanaka"). A name does not run across punctuation
/// or a blank line.
fn adjacent(text: &str, a: &Tok, b: &Tok) -> bool {
    matches!(
        &text[a.range.end..b.range.start],
        " " | "\n" | " \n" | "\r\n" | " \r\n"
    )
}

/// Where the person's name sits in a run of capitalized words: after any role or body
/// words ("Springfield Mayor | Ann Lee"), two to four name words, none of them an
/// organization word, a place or a word that is never a name.
fn name_in_run(run: &[Tok]) -> Option<(usize, usize)> {
    // "Luis Grant": a given name, then a surname that is also an organization's word,
    // ends the run as a person's name.
    let surname_at = |i: usize| {
        i >= 1
            && i == run.len() - 1
            && SURNAME_ORG_WORDS.contains(run[i].bare())
            && FIRST_NAMES.contains(run[i - 1].bare().to_lowercase().as_str())
    };
    let last_role = run.iter().enumerate().rposition(|(i, t)| {
        t.is_role() || t.is_plural_role() || (ORG_WORDS.contains(t.bare()) && !surname_at(i))
    });
    let mut start = last_role.map_or(0, |r| r + 1);
    // "Vermont's Ann Lee": a possessive before the last word names whose the person
    // is; the name starts after it.
    if let Some(p) = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|t| t.text.ends_with("'s") || t.text.ends_with("’s"))
    {
        start = start.max(p + 1);
    }
    // "Twenty-six Atlantic nations": a number word starts no name.
    while start < run.len()
        && (NOT_NAMES.contains(run[start].text)
            || NOT_NAMES.contains(run[start].bare())
            || is_number_word(run[start].bare()))
    {
        start += 1;
    }
    // Whether a word, lowercased on the stack, is one of a list's (lowercase, ASCII).
    let lower_in = |t: &Tok, listed: fn(&str) -> bool| {
        let mut buf = [0u8; 32];
        crate::text::normalize::ascii_lower(t.bare(), &mut buf).is_some_and(listed)
    };
    // "Guest Otis Feld said": a noun of one person (data/one_person_nouns.txt) before
    // a name of two words or more says what the person is, as a title would.
    if run.len() >= start + 3 && lower_in(&run[start], super::none_or_one::is_one_person_noun) {
        start += 1;
    }
    let name = &run[start..];
    let words = name.iter().filter(|t| !t.is_particle()).count();
    if !(2..=4).contains(&words) {
        return None;
    }
    let all_caps = |t: &Tok| {
        t.text.len() >= 2
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !matches!(t.text, "II" | "III" | "IV")
    };
    // A month's full name ends a name as a surname ("Theresa May", "Jenna March"),
    // never starts one: "May Smith" may be a date before a name.
    let month_surname =
        |i: usize, t: &Tok| i == name.len() - 1 && i > 0 && crate::extract::dates::is_month(t.text);
    if name.iter().enumerate().any(|(i, t)| {
        // A surname such as Grant only in a name of two words ("Luis Grant").
        (ORG_WORDS.contains(t.bare()) && !(name.len() == 2 && surname_at(start + i)))
            || (NOT_NAMES.contains(t.bare()) && !month_surname(i, t))
            || all_caps(t)
    }) {
        return None;
    }
    // "Leadership Summit⏎Location: Toledo": a word that names an event before a name's
    // last word makes the run an event's name (run on to a label), no person's.
    if name[..name.len() - 1]
        .iter()
        .any(|t| lower_in(t, crate::text::names::is_event_name_word))
    {
        return None;
    }
    let last = name.last().unwrap();
    if gazetteer().state_by_abbreviation(last.text).is_some()
        || PLACE_NAME_ENDS.contains(last.text)
        || PLACE_NAME_ENDS.contains(last.bare())
    {
        return None;
    }
    let joined: Vec<&str> = name.iter().map(|t| t.text).collect();
    let folded = fold_name(&joined.join(" "));
    if !gazetteer().cities(&folded).is_empty()
        || gazetteer().state_by_name(&folded).is_some()
        || gazetteer().country(&folded).is_some()
        || name
            .iter()
            .any(|t| gazetteer().state_by_abbreviation(t.text).is_some() && t.text.len() <= 2)
        || PROVINCES.contains(&joined.join(" ").as_str())
    {
        return None;
    }
    Some((start, run.len()))
}

/// Words before a month that make it a time ("in May", "since March", "early June").
const MONTH_LEADS: [&str; 17] = [
    "in", "of", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "from",
    "through", "to", "before", "after", "during",
];

/// Whether the month's name at `k` is used as a month: after a word of time or before
/// a number ("May 3", "in May").
fn month_in_use(toks: &[Tok], k: usize) -> bool {
    let before = k.checked_sub(1).is_some_and(|b| {
        MONTH_LEADS
            .iter()
            .any(|w| toks[b].text.eq_ignore_ascii_case(w))
    });
    let after = toks
        .get(k + 1)
        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
    before || after
}

/// `data/place_kinds.txt`: kinds of places that name one with "of".
static PLACE_KINDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/place_kinds.txt")).collect());

/// Whether the name at token `at` follows a kind of place and "of" ("the city of West
/// Kelowna"): a place's name.
fn after_place_kind(toks: &[Tok], at: usize) -> bool {
    at >= 2
        && toks[at - 1].text == "of"
        && PLACE_KINDS.contains(toks[at - 2].text.to_ascii_lowercase().as_str())
}

/// `data/provinces.txt`: the provinces, states and territories of Canada and Australia,
/// by name and abbreviation.
static PROVINCES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/provinces.txt")).collect());

/// Whether a name whose last word is `last` is a town's: a comma, then a state's
/// abbreviation or a province ("West Kelowna, B.C.", "Harlan Springs, Ind.").
fn town_before_region(text: &str, last: &Tok) -> bool {
    let after = &text[last.range.end.min(text.len())..];
    let after = if last.text.ends_with(',') {
        after
    } else if let Some(rest) = after.strip_prefix(',') {
        rest
    } else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    let word: &str = after
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .next()
        .unwrap_or_default();
    let ends_at = |n: usize| !after[n..].starts_with(|c: char| c.is_alphabetic());
    (word.len() > 2 && gazetteer().state_by_abbreviation(word).is_some())
        || PROVINCES
            .iter()
            .any(|p| after.starts_with(p) && ends_at(p.len()))
}

/// Whether a capitalized word is a number ("Twenty-six"), lowercased on the stack.
fn is_number_word(word: &str) -> bool {
    let mut buf = [0u8; 24];
    crate::text::normalize::ascii_lower(word, &mut buf)
        .is_some_and(crate::canon::numbers::is_number_lower)
}

/// The surname in a run that is a title and one name ("Justice Okafor", "Mayor
/// Harlan's"), as a later story or a transcript names a person it never names in full:
/// its index in the run. Not a plural title ("Justices Voss"), an organization ("Justice
/// Department"), a place ("Mayor Fairview" is no name) or a word in capitals.
fn surname_after_role(run: &[Tok]) -> Option<usize> {
    let [.., title, name] = run else { return None };
    let plain = |t: &Tok| {
        !t.is_role()
            && !ORG_WORDS.contains(t.bare())
            && !NOT_NAMES.contains(t.bare())
            && t.bare().chars().skip(1).any(|c| c.is_lowercase())
    };
    if !title.is_role()
        || !plain(name)
        || run[..run.len() - 1]
            .iter()
            .any(|t| !t.is_role() && !t.is_cap())
    {
        return None;
    }
    let folded = fold_name(name.bare());
    let place = !gazetteer().cities(&folded).is_empty()
        || gazetteer().state_by_name(&folded).is_some()
        || gazetteer().country(&folded).is_some();
    (!place).then_some(run.len() - 1)
}

/// The role written before a name: capitalized body words and role words, in the run and
/// just before it ("White House spokeswoman", "Attorney General", "the group's president,").
fn role_before(text: &str, toks: &[Tok], name_at: usize) -> Option<(String, usize)> {
    let mut k = name_at;
    while k > 0 {
        let t = &toks[k - 1];
        let joined = adjacent(text, t, &toks[k]);
        // "of" inside a title, after a role word: "Secretary of State", "Chief of Staff".
        let of_in_title = t.text == "of"
            && k >= 2
            && k < name_at
            && toks[k - 2].is_role()
            && adjacent(text, &toks[k - 2], t);
        if !joined || !(t.is_role() || of_in_title || (t.is_cap() && !NOT_NAMES.contains(t.text))) {
            break;
        }
        k -= 1;
    }
    if k == name_at {
        return role_apposition_before(toks, name_at);
    }
    let words: Vec<&str> = toks[k..name_at].iter().map(|t| t.text).collect();
    if !toks[k..name_at].iter().any(|t| t.is_role()) {
        return None;
    }
    Some((words.join(" "), toks[k].range.start))
}

/// Speech verbs (`data/speech_verbs.txt`): no word of a title ("told director Jo Park").
pub(crate) static SPEECH_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/speech_verbs.txt")).collect());

/// Whether the name that ends before token `end` is an employer before a title in
/// lowercase and the titled person's name ("said Piggly Market food safety director
/// Kevin Lowry", "Lonestar Air vice president Renata Okoye"), or a place's before what
/// its person is to it ("Cedar Flat resident Mike Tran"): up to three lowercase
/// words, then the role words of the title, then a capitalized word. A verb between ("Ann Lee told deputy director Bob
/// Hart", "thanked", "and") breaks the title: the name is then a person's.
fn employer_before_title(text: &str, toks: &[Tok], end: usize) -> bool {
    // "Cedar Flat resident Mike Tran", "Ohio native Ann Lee": a noun of what the person
    // is to the place, right after its name and right before the person's.
    if let [noun, name, ..] = toks.get(end..).unwrap_or_default()
        && end > 0
        && adjacent(text, &toks[end - 1], noun)
        && adjacent(text, noun, name)
        && PLACE_DESCRIPTORS.contains(noun.text)
        && name.is_cap()
    {
        return true;
    }
    // Whether a role word was read: a title may have several ("vice president").
    let mut titled = false;
    for k in end..toks.len().min(end + 5) {
        let t = &toks[k];
        if k == 0 || !adjacent(text, &toks[k - 1], t) {
            return false;
        }
        let lower = t.text.starts_with(|c: char| c.is_ascii_lowercase());
        if t.is_role() && lower {
            titled = true;
            continue;
        }
        if titled || k >= end + 3 {
            return titled && t.is_cap();
        }
        let plain = t.text.bytes().all(|b| b.is_ascii_lowercase())
            && !t.text.ends_with("ed")
            && !super::lists::STOPWORDS.contains(t.text)
            && !SPEECH_VERBS.contains(t.text);
        if !plain {
            return false;
        }
    }
    false
}

/// An apposition before a name: "The board's chair, Elena Marquez".
fn role_apposition_before(toks: &[Tok], name_at: usize) -> Option<(String, usize)> {
    if name_at < 2 || toks[name_at - 1].text != "," {
        return None;
    }
    let end = name_at - 1;
    let start = toks[..end]
        .iter()
        .rposition(|t| matches!(t.text, "," | ";" | ":" | "\"" | "(" | "—"))
        .map_or(0, |p| p + 1);
    let phrase = &toks[start..end];
    let first = phrase.first()?.text.to_lowercase();
    let ok = (first == "the" || first == "a" || first == "an")
        && phrase.len() <= 7
        && phrase.last().is_some_and(|t| t.is_role());
    ok.then(|| {
        let role = phrase
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" ' s", "'s");
        (role, phrase[0].range.start)
    })
}

/// An apposition after a name: ", a spokeswoman for the DOJ," or ", the city's public works
/// director,".
fn role_after(text: &str, name_end: usize, limit: usize) -> Option<(String, usize)> {
    let rest = &text[name_end..limit];
    let rest = rest.strip_prefix(", ")?;
    let rest_at = name_end + 2;
    let end = rest.find([',', '.', ';']).unwrap_or(rest.len());
    let phrase = rest[..end].trim_end();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let starts_as_apposition = matches!(words[0].to_lowercase().as_str(), "a" | "an" | "the")
        || words[0].starts_with(|c: char| c.is_uppercase());
    let is_role = |w: &str| ROLE_WORDS.contains(&w.to_lowercase());
    let has_role = words.iter().any(|w| is_role(w));
    // "Chief Justice Ana Ruiz, Justice Owen Keller and …": a title before a name that
    // is no organization's ("Justice Department") names another person, not her role.
    let names_another = words.windows(2).any(|w| {
        is_role(w[0])
            && w[1].starts_with(|c: char| c.is_uppercase())
            && !is_role(w[1])
            && !ORG_WORDS.contains(w[1])
    });
    (starts_as_apposition
        && has_role
        && !names_another
        && !words.iter().any(|w| matches!(*w, "who" | "which" | "that")))
    .then(|| (phrase.to_string(), rest_at + phrase.len()))
}

fn gender_near(toks: &[Tok], name_at: usize, roles: &[(String, Range<usize>)]) -> Option<Gender> {
    let mut words: Vec<String> = roles
        .iter()
        .flat_map(|(r, _)| r.split_whitespace().map(str::to_lowercase))
        .collect();
    if name_at > 0 {
        words.push(toks[name_at - 1].text.to_lowercase());
    }
    GENDER_WORDS
        .iter()
        .find(|(w, _)| words.iter().any(|x| x == w))
        .map(|(_, g)| *g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_no_known_kind_read_as_a_persons() {
        assert_eq!(as_a_persons_name("Ann Lee"), Some(("Ann", "Lee")));
        assert_eq!(as_a_persons_name("Tom J. Hale"), Some(("Tom", "Hale")));
        // No given name first, an organization's word, one word, all capitals: none.
        assert_eq!(as_a_persons_name("Acme Widgets"), None);
        assert_eq!(as_a_persons_name("Ann Lee Hospital"), None);
        assert_eq!(as_a_persons_name("Tom"), None);
        assert_eq!(as_a_persons_name("ANN LEE"), None);
    }
    use crate::article::Article;

    #[test]
    fn a_month_may_end_a_name_but_a_month_in_use_is_no_mention() {
        let p = people(
            "Headline\n\nThe plan came from Ann May, the board chair. In May the board met. May said it was time.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann May"]);
        // The full name and "May said"; not "In May".
        assert_eq!(p.mentions.len(), 2, "{:?}", p.mentions);
    }

    #[test]
    fn an_events_name_run_onto_the_next_lines_label_is_no_person() {
        let p = people(
            "Schedule\n\n9:00 AM - Gov. Ann Lee attends the Pike River Governors and Premiers Leadership Summit\nLocation: Dalton, Ohio\nOPEN PRESS\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann Lee"]);
    }

    #[test]
    fn a_noun_of_one_person_before_a_full_name_is_no_part_of_it() {
        let p = people(
            "Headline\n\nGuest Tom Hale said on the show that he voted yes. Resident Ann Lee agreed.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Tom Hale", "Ann Lee"]);
    }

    #[test]
    fn a_given_name_before_a_surname_that_is_an_organizations_word_is_a_person() {
        let p = people(
            "Headline\n\nFire Department spokesman Tom Grant said crews were busy. The Pell Grant program grew, said Ann Lee.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Tom Grant", "Ann Lee"]);
    }

    #[test]
    fn a_town_before_its_province_or_after_city_of_is_no_person() {
        let p = people(
            "Headline\n\nThe fire near Pine Hollow, B.C., grew. It jumped toward the town of Cedar Flats, officials said. Fire Chief Ann Lee spoke.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann Lee"]);
    }

    #[test]
    fn a_possessive_before_a_name_is_no_part_of_it() {
        let p = people("Headline\n\nSix came. Vermont's Ann Lee did not; she skipped it.\n");
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann Lee"]);
    }

    fn people(text: &str) -> People {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        find_people(&doc)
    }

    #[test]
    fn a_place_before_what_its_person_is_to_it_is_no_person() {
        let p = people(
            "Headline\n\n\"It is gone,\" said Pine Hollow resident Dana Ortiz, 44. Ashby native Bo Park agreed, and Tom Hale met Ann Lee.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Dana Ortiz", "Bo Park", "Tom Hale", "Ann Lee"]);
    }

    #[test]
    fn an_employer_before_a_title_in_lowercase_is_no_person() {
        let p = people(
            "Headline\n\n\"We pulled it,\" said Dorran Outfitters safety director Lia Venn. Tova Marsh told deputy director Ben Aske the same. Kestrel Outfitters vice president Ida Lund agreed.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["Lia Venn", "Tova Marsh", "Ben Aske", "Ida Lund"]
        );
    }

    #[test]
    fn names_roles_and_later_mentions() {
        let p = people(
            "Headline\n\nSpringfield Mayor Ana Ruiz met Gov. Tom Lee on Monday. Ruiz said little. Treasury spokeswoman Kim Ode, a former reporter, declined to comment.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Ana Ruiz", "Tom Lee", "Kim Ode"]);
        assert_eq!(p.persons[0].roles, vec!["Springfield Mayor"]);
        assert_eq!(p.persons[1].roles, vec!["Gov."]);
        assert_eq!(p.persons[2].gender, Some(Gender::F));
        assert_eq!(p.mentions.iter().filter(|m| m.person == 0).count(), 2);
    }

    #[test]
    fn a_title_and_a_surname_name_a_person_and_a_plural_title_none() {
        let p = people(
            "Headline\n\nJustice Okafor wrote for the court. Justice Brandt dissented, joined by Justices Voss and Mehta. Later, Justice Miriam Okafor spoke. I'm Maya Reyes, and the Brandt dissent is long.\n",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Miriam Okafor", "Brandt", "Maya Reyes"]);
        assert_eq!(p.persons[1].roles, vec!["Justice"]);
        // "the Brandt dissent" is no mention of Brandt.
        assert_eq!(p.mentions.iter().filter(|m| m.person == 1).count(), 1);
        // A name before a title names an employer, not a mention of a person.
        let p = people(
            "Headline\n\nHarbor Health today welcomed it, said Harbor Health CEO Raymond Ostrowski.\n",
        );
        let last = p.mentions.last().map(|m| p.persons[m.person].name.as_str());
        assert_eq!(last, Some("Raymond Ostrowski"));
        // "Harbor Health" is a company's name, no person's (data/org_words.txt).
        assert_eq!(p.mentions.len(), 1);
        // Nor is a place after a title a surname.
        assert!(
            people("Headline\n\nMayor Boston spoke.\n")
                .persons
                .is_empty()
        );
    }

    #[test]
    fn a_line_break_of_wrapped_prose_parts_words_as_a_space_does() {
        let p = people(
            "Headline\n\nThe authority faces a $4.8 million shortfall, officials said. Commissioner\n\
             Ray Tanaka, who opposed the cuts, did not attend a session held before the vote.\n\n\
             The council met on Monday in the old hall downtown, and later Deputy Mayor Ana\n\
             Ruiz spoke to reporters outside the hall about the budget and the vote.\n",
        );
        let found: Vec<(&str, &[String])> = p
            .persons
            .iter()
            .map(|x| (x.name.as_str(), x.roles.as_slice()))
            .collect();
        assert_eq!(
            found,
            [
                ("Ray Tanaka", &["Commissioner".to_string()][..]),
                ("Ana Ruiz", &["Deputy Mayor".to_string()][..])
            ]
        );
        // A blank line still parts them: a paragraph's last word and the next one's first.
        let p = people("Headline\n\nThe vote went to Commissioner\n\nRay Tanaka spoke later.\n");
        assert!(
            p.persons.iter().all(|x| x.roles.is_empty()),
            "{:?}",
            p.persons
        );
    }

    #[test]
    fn places_organizations_and_openers_are_not_people() {
        let p = people(
            "Headline\n\nThe Water Board met in Santa Fe and Salt Lake City on Monday. Standing nearby, New Mexico officials watched.\n",
        );
        assert!(p.persons.is_empty(), "{:?}", p.persons);
    }

    #[test]
    fn particles_and_appositions() {
        let p =
            people("Headline\n\nCouncil Member Rosa de la Vega, the panel's vice chair, spoke.\n");
        assert_eq!(p.persons[0].name, "Rosa de la Vega");
        assert_eq!(p.persons[0].last, "Vega");
        assert!(
            p.persons[0]
                .roles
                .contains(&"the panel's vice chair".to_string()),
            "{:?}",
            p.persons[0].roles
        );
    }

    #[test]
    fn a_title_and_name_after_a_comma_is_another_person_not_a_role() {
        let p = people(
            "Headline\n\nChief Justice Rafael Mendes, Justice Owen Keller and Justice Ana Lindqvist dissented. County Counsel Kristin Yao, a Justice Department veteran, spoke.\n",
        );
        let roles = |name: &str| {
            p.persons
                .iter()
                .find(|x| x.name == name)
                .map(|x| x.roles.clone())
                .unwrap_or_default()
        };
        assert_eq!(roles("Rafael Mendes"), ["Chief Justice"]);
        assert_eq!(roles("Ana Lindqvist"), ["Justice"]);
        // "Counsel" is a title, and an organization after a title is no person.
        assert_eq!(
            roles("Kristin Yao"),
            ["County Counsel", "a Justice Department veteran"]
        );
    }

    fn token_texts(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        scan_tokens(s, |a, b| out.push(&s[a..b]));
        out
    }

    #[test]
    fn tokens_match_the_documented_pattern() {
        let s = "U.S. Sen. J. Doe's well-known 3,200-acre plan—cost $5.2M, 12%!";
        let want = "U.S.|Sen|.|J.|Doe's|well-known|3,200-acre|plan|—|cost|$|5.2M,|12%|!";
        assert_eq!(token_texts(s).join("|"), want);
        // Accented names, Unicode punctuation, and a superscript that is no letter.
        let s = "José Peña-Ruiz (Zürich) said: «5½ m²» O'Neil’s 3.5km—ok";
        let want = "José|Peña-Ruiz|(|Zürich|)|said|:|«|5½|m|²|»|O'Neil|’|s|3.5km|—|ok";
        assert_eq!(token_texts(s).join("|"), want);
    }

    proptest::proptest! {
        /// The scanner and the pattern it stands for split any mix of ASCII classes,
        /// accented and other letters, Unicode spaces, digits and marks alike.
        #[test]
        fn tokens_are_those_of_the_documented_pattern(
            chars in proptest::collection::vec(
                proptest::sample::select("aZJUS.'-_,$%05 \t\n\u{b}\u{1c}éÉßİ½²Ⅻ\u{301}\u{345}—’«»\u{a0}\u{2003}٣".chars().collect::<Vec<_>>()),
                0..40,
            )
        ) {
            let s: String = chars.into_iter().collect();
            #[allow(clippy::disallowed_methods)]
            let re = regex::Regex::new(
                r"(?:[A-Z]\.){2,}|[A-Z]\.|\p{Alphabetic}[\p{Alphabetic}'-]*|[0-9][\p{Alphabetic}\p{N}_,.$%-]*|[^\s\p{Alphabetic}0-9]",
            )
            .unwrap();
            let want: Vec<&str> = re.find_iter(&s).map(|m| m.as_str()).collect();
            proptest::prop_assert_eq!(token_texts(&s), want);
        }
    }

    #[test]
    fn glued_link_debris_is_skipped() {
        let p = people(
            "Headline\n\n\"We will act,\" Senator Ann LoweAnn Marie LoweTopic one — Topic two headline here MORE said.\n",
        );
        assert_eq!(p.persons.len(), 1, "{:?}", p.persons);
        assert_eq!(p.persons[0].name, "Ann Lowe");
    }
}
