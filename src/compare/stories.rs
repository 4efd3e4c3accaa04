//! Grouping articles into stories before comparing, so that a day's copy about many
//! stories is cross-checked story by story.
//!
//! Each article gives features from its claims: the opening words of its longer quotes
//! (and every run of six quoted words, in a thin article),
//! the people it quotes or names with a title, the places of its lists, its citations,
//! its exact sums of money, its large counts, its counts of a fate ("9 arrested"), its
//! quakes' magnitudes, its towns' snow or rain, its people's ages and its vote tallies
//! with a dissent; and
//! from its text, the companies its opening names, a name its headline gives and its
//! body repeats ("Brightwater"), things named by a designator and a number ("Flight
//! 1482", `data/designators.tsv`), codes ("26V-418", "HB26-1187"), named storms ("Hurricane Odalys",
//! `data/storm_names.tsv`), the streets its opening names ("Morrison St",
//! `data/street_names.tsv`), and the other names of its opening (towns, bodies,
//! people) and of its lists' places of no known kind, which weigh half.
//! An inverted index from feature to articles finds the articles that share features —
//! never every pair — and articles sharing two features, or four names, are one story. A feature
//! that too many articles share (a wire quote reprinted everywhere, "Washington") says
//! nothing about which story an article tells and is left out.

use std::collections::BTreeSet;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use super::UnionFind;
use super::quotes::{push_closing_words, push_quote_words, quote_windows};
use super::stated::as_written;
use crate::model::{AmountUnit, Claim, ClaimBody};
use crate::text::names::{
    OPENING_BYTES, companies, is_not_a_name_start, second_lower, starts_lower, starts_upper,
    subjects, title_subjects, words_of,
};

/// Weight two articles must share to be one story: a quote's opening words weigh four
/// (six words in the same order rarely recur by chance); a short quote of five words, a
/// person, a company, a place, a citation, a sum of money, a quake's magnitude (a strong
/// one's weighs four) or the name of an event ("Lisbon Declaration") weighs two; another name of the opening weighs one, so that a
/// city and a mayor two stories of one town both name do not make them one story,
/// while four names of the opening do. The name a headline gives and the body repeats
/// (no person's, no place's: "Brightwater") weighs as a quote: it is what the article is
/// about. Two stories of one company on one day are then one story. A named storm
/// weighs as a quote's opening too: a season names each storm once. A street weighs as
/// a place; a count of a fate under a hundred ("9 arrested") as a name of the opening.
const MIN_SHARED: usize = 4;

/// More articles than a story has (a day's copy rarely runs past a few dozen versions of
/// one story); a feature shared more widely says nothing about which story it is.
const MAX_STORY_ARTICLES: usize = 64;

/// Smallest sum of money that tells a story: small sums ($5 fares, $20 fees) recur.
pub(crate) const MIN_SUM_FEATURE: u64 = 10_000;

/// Smallest count that tells a story: "three hospitals" and "40 residents" recur.
const MIN_COUNT_FEATURE: u64 = 100;

/// Smallest count of a fate that is a feature ([`features`]): "two killed" recurs.
const MIN_FATE_FEATURE: u64 = 3;

/// Magnitude, in tenths, from which an earthquake's magnitude weighs as a quote's
/// opening in grouping.
const STRONG_QUAKE_TENTHS: u64 = 60;

/// The weight of a feature in grouping; see [`MIN_SHARED`].
fn weight(feature: &str) -> usize {
    match feature.as_bytes()[0] {
        b'q' | b't' | b'i' | b'R' => 4,
        b'w' | b'f' => 1,
        _ => 2,
    }
}

/// What grouping reads of one article: quote openings, people, places, citations, sums
/// of money, companies, names and names of events, each as one string ("q:…", "s:…",
/// "p:…", "c:…", "m:…", "o:…", "w:…", "e:…").
pub type Features = BTreeSet<String>;

/// The features of one article: those of its claims and the names of its opening
/// ([`opening_names`]). They depend on that article alone, so articles are read in
/// parallel.
pub fn features<'a>(
    claims: impl IntoIterator<Item = &'a Claim>,
    text: &str,
    title: &str,
) -> Features {
    let mut out = BTreeSet::new();
    let mut quotes: Vec<&str> = Vec::new();
    for c in claims {
        match &c.body {
            ClaimBody::Quote(q) => {
                quotes.push(&q.quote);
                // Six words tell all a feature needs: the opening, or a quote of five.
                let mut opening = String::from("q:");
                match push_quote_words(&q.quote, 6, &mut opening) {
                    6 => {
                        out.insert(opening);
                    }
                    5 => {
                        // "We warned every operator twice": with its speaker, enough.
                        opening.replace_range(..1, "r");
                        out.insert(opening);
                    }
                    _ => {}
                }
                // Outlets cut a quote at its start more often than at its end ("no
                // evidence that …" against "We have no evidence that …"): its closing
                // words weigh as its opening does.
                let mut closing = String::from("q:");
                if push_closing_words(&q.quote, 6, &mut closing) == 6 {
                    out.insert(closing);
                }
                if let Some(s) = &q.speaker {
                    out.insert(tagged("s:", &s.key));
                }
            }
            ClaimBody::Role(r) => {
                out.insert(tagged("s:", &r.person_key));
            }
            // Who attended or stayed away is a person the article is about, as one
            // quoted is: a column that says a governor skipped a summit meets the
            // reports that say he joined it by video.
            ClaimBody::Attendance(a) if a.who_key.starts_with("person:") => {
                out.insert(tagged("s:", &a.who_key));
            }
            ClaimBody::List(l) => {
                // Class and name without the state: "Shasta counties" with no state
                // named is still Shasta County.
                for i in &l.items {
                    let loose = i
                        .place
                        .key
                        .rsplit_once(':')
                        .map_or(i.place.key.as_str(), |(k, _)| k);
                    out.insert(tagged("p:", loose));
                    // A place of no known kind ("Linden Heights" in an alert's bullets)
                    // is also a name of the article, met by the same name in another's
                    // opening, as names weigh. Counties and cities are not: they recur
                    // across a state's stories.
                    if i.place.kind == crate::model::PlaceKind::Unknown {
                        let name = i.text.to_lowercase();
                        if !known_place(&name) {
                            out.insert(tagged("w:", &name));
                        }
                    }
                }
            }
            ClaimBody::Citation(x) => {
                out.insert(tagged("c:", &x.canonical));
            }
            // A person's age ("Dwayne Morrow, 58"): the person is named in the story,
            // and the same age of the same surname in two articles is one person.
            ClaimBody::Count(x) if x.class.starts_with("age:") => {
                let surname = &x.class["age:".len()..];
                out.insert(format!("s:person:{surname}"));
                out.insert(format!("a:{surname}:{}", x.value.lo));
            }
            // A count of a hundred or more of one class of thing ("2,400 nurses", "about
            // 2,400 nurses", as the range it stands for): like a large sum, it rarely
            // recurs in another story. Open ranges ("more than 100") say too little.
            // A hedged count counts as the figure written, as a sum does.
            // Jobs are people: "412 jobs" cut in a paper and "412 people" in a forum
            // post are one layoff's; so are "2.4 million individuals" in a filing and
            // "2.4 million patients" in a blog, as every noun of people is.
            ClaimBody::Count(x) if x.value.lo >= MIN_COUNT_FEATURE && !x.partitive => {
                if let Some(figure) = as_written(&x.value) {
                    let people = x.class == "job" || crate::extract::facts::counts_people(&x.noun);
                    let class = if people { "people" } else { &x.class };
                    out.insert(format!("n:{figure}:{class}"));
                }
            }
            // An exact count of a fate under a hundred ("9 arrested", "Officers made 9
            // arrests"): other stories of a day have their dead and their arrested too,
            // so it weighs as a name of the opening.
            ClaimBody::Count(x)
                if x.class.starts_with("casualty:")
                    && x.value.is_exact()
                    && x.value.lo >= MIN_FATE_FEATURE
                    && !x.partitive =>
            {
                out.insert(format!("f:{}:{}", x.class, x.value.lo));
            }
            // A measure of one thing of the story: its storm's top wind, a vehicle's
            // speed, an order's radius ("was going 47 mph", "within a 1-mile radius"),
            // a town's snow or rain ("Underhill got 22 inches": the town and the figure).
            // A speed limit, a gust or a breeze recurs in other stories.
            ClaimBody::Amount(x) if x.unit.is_measure() => {
                let what = x.what.as_deref().unwrap_or_default();
                let told = what == crate::extract::speeds::TOP_WIND
                    || what == "motion"
                    || what.starts_with("radius:")
                    || (x.unit == AmountUnit::DepthTenthInches && what.contains(':'));
                if let Some(figure) = as_written(&x.value).filter(|_| told) {
                    out.insert(format!("x:{what}:{figure}"));
                }
            }
            // An exact sum of money of five figures or more ("$2.1 million"): two
            // unrelated stories rarely share one, let alone two.
            // A hedged sum counts as the figure written ("approximately $18 million" and
            // "about $18 million" are "$18 million"), the middle of its range.
            ClaimBody::Amount(x) if x.unit.is_whole_money() && x.value.lo >= MIN_SUM_FEATURE => {
                if let Some(figure) = as_written(&x.value) {
                    out.insert(format!("m:{figure}"));
                }
            }
            // A percentage with a tenth ("51.8%", as election results give a share of
            // the vote): like a large sum, a figure this precise rarely recurs in another
            // story. Round ones ("30%") recur every day.
            ClaimBody::Amount(x)
                if x.unit == AmountUnit::PercentTenths
                    && x.value.is_exact()
                    && x.value.lo % 10 != 0 =>
            {
                out.insert(format!("%:{}", x.value.lo));
            }
            // An earthquake's magnitude ("6.4"): a day has few quakes in the news, and
            // fewer of one magnitude. Tornadoes' and storms' ratings recur too often.
            // A strong one (6.0 or more) is what its story is about, and the news of a
            // day rarely holds two of one magnitude: it weighs as a quote's opening, so
            // a seismic agency's bulletin, with no person and no quote, joins the story.
            ClaimBody::Amount(x) if x.unit == AmountUnit::MagnitudeTenths => {
                let tag = if x.value.lo >= STRONG_QUAKE_TENTHS {
                    "R"
                } else {
                    "r"
                };
                out.insert(format!("{tag}:{}", x.value.lo));
            }
            // A vote's tally with a dissent ("6-2", "4-1"): bodies of many sizes vote
            // every day, so a tally alone groups nothing, but with a person or a sum it
            // tells one story (minutes, a paper and a release of one council vote).
            // Unanimous tallies ("5-0") recur too often to count.
            ClaimBody::Vote(x) if x.against > 0 => {
                out.insert(format!("v:{}-{}", x.in_favor, x.against));
            }
            _ => {}
        }
    }
    // A name of a person the claims already speak of ("said Director Femi Ibarra") is
    // that person's feature again: it would weigh one person twice.
    // A state, a country or a city the gazetteer knows ("California", "Chicago") is
    // named by too many stories of a day to tell them apart.
    // A company's name weighs as a person's: "Hollis Creek Farms" in a recall notice,
    // an outbreak page and a grocer's email. Its opening name ("hollis creek farms")
    // would weigh it again.
    // A company of several words is also its first word, as headlines shorten it
    // ("Brightlane Health, Inc." in a filing; "Brightlane breach hits …", whose
    // headline's name is a company's too, below), unless that word is a place's.
    let companies = companies(text);
    for name in &companies {
        out.insert(tagged("o:", name));
        if let Some((first, _)) = name.split_once(' ')
            && !known_place(first)
        {
            out.insert(tagged("o:", first));
        }
    }
    for name in opening_names(text) {
        if companies.iter().any(|c| c.starts_with(&name)) {
            continue;
        }
        let surname = name.rsplit(' ').next().unwrap_or(&name);
        let person = format!("s:person:{}", crate::text::normalize::fold_name(surname));
        if let Some(street) = street_key(&name) {
            out.insert(format!("l:{street}"));
        } else if !out.contains(&person) && !known_place(&name) {
            let tag = if names_an_event(&name) { "e:" } else { "w:" };
            out.insert(tagged(tag, &name));
        }
    }
    // The name the headline gives and the body repeats ("Brightwater"), when it is no
    // place and no person already weighed: what the article is about.
    // It is a company's name too, as another article's opening may give it with its
    // suffix ("Brightlane Health, Inc." in a filing, "Brightlane Health breach hits …"
    // in a blog's headline): the two weigh as a shared company.
    for name in title_subjects(text, title, &companies) {
        let person = format!("s:person:{}", crate::text::normalize::fold_name(&name));
        if !out.contains(&person) && !known_place(&name) {
            out.insert(tagged("t:", &name));
            out.insert(tagged("o:", &name));
        }
    }
    // "Flight 1482", "Proposition 12": a thing named by its number, anywhere in the
    // text (a thread may name the flight in its first post only).
    for (designator, heavy) in designated(text) {
        out.insert(tagged(if heavy { "i:" } else { "d:" }, &designator));
    }
    // "26V-418", "HB26-1187": a recall's or a bill's code, anywhere.
    for code in codes(text) {
        out.insert(format!("i:code {}", code.to_ascii_lowercase()));
    }
    // A storm story names its storm in its headline or first lines.
    let mut opening = OPENING_BYTES.min(text.len());
    while !text.is_char_boundary(opening) {
        opening -= 1;
    }
    for storm in named_storms(&text[..opening]) {
        out.insert(tagged("i:", &storm));
    }
    // The people the article is about, after its opening's names: a name kept there
    // still meets the same name in another article's opening.
    // A word of a company's name is no one's surname ("Ridgeway Appliance CEO …" names
    // Ridgeway Appliance Company twice).
    for subject in subjects(text) {
        if companies
            .iter()
            .any(|c| c.split(' ').any(|w| w == subject.key))
        {
            continue;
        }
        out.insert(tagged("s:person:", &subject.key));
    }
    // A thin article (a campaign's two-paragraph statement) has little but its quote to
    // be grouped by, and other outlets quote a run from its middle ("review every
    // option, including a recount" of "… We will review every option, including a
    // recount. …"): every six words of its quotes weigh as an opening, met by the
    // opening or closing words of the fragment another article quotes.
    if out.len() < THIN_ARTICLE_FEATURES {
        for q in quotes {
            out.extend(quote_windows(q, 6, "q:"));
        }
    }
    out
}

/// Fewer features than this make an article thin: its quotes are read for every run of
/// six words ([`features`]). An article of a story usually gives a dozen or more.
const THIN_ARTICLE_FEATURES: usize = 8;

/// `data/street_names.tsv`: street words by their full form, and words of direction.
static STREET_NAMES: LazyLock<(
    FxHashMap<&'static str, &'static str>,
    FxHashSet<&'static str>,
)> = LazyLock::new(|| {
    let mut kinds = FxHashMap::default();
    let mut directions = FxHashSet::default();
    for line in crate::data::lines(include_str!("../../data/street_names.tsv")) {
        let cols: Vec<&str> = line.split('\t').collect();
        match cols[..] {
            ["kind", short, full] => {
                kinds.insert(short, full);
            }
            ["direction", word] => {
                directions.insert(word);
            }
            _ => {}
        }
    }
    (kinds, directions)
});

/// A street's name as one key, when a name of the opening is a street's ("Southwest
/// Morrison Street", "Morrison St": "morrison street"): a street a story happens on
/// tells it from other stories of its town as a person does, written in several ways.
fn street_key(name: &str) -> Option<String> {
    let (kinds, directions) = &*STREET_NAMES;
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let (last, rest) = words.split_last()?;
    let kind = kinds.get(last.as_str())?;
    let start = rest.iter().position(|w| !directions.contains(w.as_str()))?;
    Some(format!("{} {kind}", rest[start..].join(" ")))
}

/// Whether a lowercased name is a state, a country or a city the gazetteer knows
/// ("california", "chicago"): named by too many stories of a day to tell them apart.
fn known_place(name: &str) -> bool {
    let g = crate::canon::gazetteer::gazetteer();
    let folded = crate::text::normalize::fold_name(name);
    // A state's abbreviation is read capitalized ("Calif").
    let mut chars = name.chars();
    let capitalized: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    g.state_any(&capitalized).is_some()
        || g.country(&folded).is_some()
        || !g.cities(&folded).is_empty()
}

/// `data/designators.tsv`: words that name a thing by the number after them, each
/// with whether it weighs as much as a quote's opening.
static DESIGNATORS: LazyLock<(regex::Regex, FxHashMap<&'static str, bool>)> = LazyLock::new(|| {
    let mut letters: Vec<&str> = Vec::new();
    let rows: FxHashMap<&'static str, bool> =
        crate::data::lines(include_str!("../../data/designators.tsv"))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let word = cols.next()?.trim();
                let weight = cols.next()?.trim();
                if cols.next().is_some_and(|c| c.trim() == "letters") {
                    letters.push(word);
                }
                Some((word, weight == "4"))
            })
            .collect();
    let mut words: Vec<&str> = rows.keys().copied().collect();
    words.sort_unstable();
    letters.sort_unstable();
    let alternation = |ws: &[&str]| {
        ws.iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    };
    // A name in capitals ends at a space, a clause's mark or a sentence's end: "Measure
    // L." closes a sentence, "Measure L's" names it too, "Prop. HHS" is no name.
    let pattern = format!(
        r"\b(?P<d>{})\s+(?:No\.\s*)?(?P<n>\d{{1,5}})\b|\b(?P<ld>{})\s+(?P<l>[A-Z]{{1,2}})(?:[\s,;:)'’]|\.(?:\s|$)|$)",
        alternation(&words),
        alternation(&letters)
    );
    (crate::text::pattern::compile(&pattern).unwrap(), rows)
});

/// The things a text names by a designator and a number or capitals ("flight 1482",
/// "measure l"), lowercased, each with whether it weighs as a quote's opening.
fn designated(text: &str) -> impl Iterator<Item = (String, bool)> + '_ {
    let (pattern, rows) = &*DESIGNATORS;
    pattern.captures_iter(text).map(|c| {
        let d = c.name("d").or(c.name("ld")).unwrap().as_str();
        let n = c.name("n").or(c.name("l")).unwrap().as_str();
        (
            format!(
                "{} {}",
                d.trim_end_matches('.').to_lowercase(),
                n.to_lowercase()
            ),
            rows.get(d).copied().unwrap_or(false),
        )
    })
}

/// Fewest digits a code holds to name one thing ([`codes`]): "F-150" and "COVID-19"
/// name things many stories speak of.
const MIN_CODE_DIGITS: usize = 4;

/// The codes a text writes: capitals and digits joined by hyphens, one part mixing
/// letters and digits, four digits or more in all ("26V-418", "HB26-1187"). Such a code
/// names one recall or bill, and weighs as a quote's opening. "I-95", "2026-27",
/// "24-CV-01234" and "CVE-2026-1234" (no part mixes both) are none.
fn codes(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_digit() || b.is_ascii_uppercase();
    let mut out = Vec::new();
    let mut next = 0;
    for dash in memchr::memchr_iter(b'-', bytes) {
        if dash < next {
            continue;
        }
        let mut start = dash;
        while start > 0 && (part(bytes[start - 1]) || bytes[start - 1] == b'-') {
            start -= 1;
        }
        let mut end = dash + 1;
        while end < bytes.len() && (part(bytes[end]) || bytes[end] == b'-') {
            end += 1;
        }
        next = end;
        // Whole words only: no letter, digit or other word character on either side.
        let bounded = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'_');
        if !bounded(start.checked_sub(1).map(|i| &bytes[i])) || !bounded(bytes.get(end)) {
            continue;
        }
        let code = &text[start..end];
        let parts: Vec<&str> = code.split('-').collect();
        let digits = code.bytes().filter(u8::is_ascii_digit).count();
        let mixed = |p: &&str| {
            p.bytes().any(|b| b.is_ascii_digit()) && p.bytes().any(|b| b.is_ascii_uppercase())
        };
        if parts.len() >= 2
            && parts.iter().all(|p| !p.is_empty())
            && digits >= MIN_CODE_DIGITS
            && parts.iter().any(mixed)
        {
            out.push(code);
        }
    }
    out
}

/// `data/storm_names.tsv`: words that name a storm by the name after them, and the
/// words after them that are no name; the pattern finds each designator and name, in
/// title case or in capitals.
static STORMS: LazyLock<(regex::Regex, FxHashSet<String>)> = LazyLock::new(|| {
    let rows: Vec<(&str, &str)> = crate::data::lines(include_str!("../../data/storm_names.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let mut designators: Vec<String> = rows
        .iter()
        .filter(|(kind, _)| *kind == "designator")
        .flat_map(|(_, d)| [regex::escape(d), regex::escape(&d.to_uppercase())])
        .collect();
    designators.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let not_names = rows
        .iter()
        .filter(|(kind, _)| *kind == "not a name")
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let pattern = format!(
        r"\b(?:{})[ \t]+(?P<name>\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{3,}})\b",
        designators.join("|")
    );
    (crate::text::pattern::compile(&pattern).unwrap(), not_names)
});

/// The storms a text names ("Hurricane Odalys" and "Tropical Storm Odalys" are both
/// "storm odalys").
fn named_storms(text: &str) -> impl Iterator<Item = String> + '_ {
    let (pattern, not_names) = &*STORMS;
    pattern.captures_iter(text).filter_map(|c| {
        let name = c["name"].to_lowercase();
        (!not_names.contains(&name) && !crate::extract::people::is_not_name(&c["name"]))
            .then(|| format!("storm {name}"))
    })
}

/// Last words of the names of one event or document (`data/event_names.txt`).
/// Whether a lowercased name of two words or more names one event or document ("lisbon
/// declaration", "cedar ridge fire"): a story's own name, which weighs as a place does.
fn names_an_event(name: &str) -> bool {
    name.rsplit_once(' ')
        .is_some_and(|(_, last)| crate::text::names::is_event_name_word(last))
}

/// Most names of an opening kept as features.
const OPENING_NAMES: usize = 12;

/// The names an article's opening gives inside its sentences: each run of capitalized
/// words after a word in lowercase ("struck Indonesia's", "the town of Majene", "said
/// Raditya Jati", "the state Water Quality Board"), lowercased, without leading titles
/// and common words ("President", "Monday"). A name that starts a sentence or a line
/// is read only as a run of two to [`MAX_OPENING_RUN`] words ("Green Mountain Power
/// said"): there one capitalized word may be any word. Two articles of one story name the
/// same places, people and bodies near their start; a name shared by too many articles
/// ("White House") is left out of grouping as every common feature is.
pub fn opening_names(text: &str) -> Vec<String> {
    let end = crate::text::normalize::floor_boundary(text, OPENING_BYTES);
    let mut names: Vec<String> = Vec::new();
    let mut keep = |run: &mut Vec<&str>| {
        let name = run.join(" ").to_lowercase();
        run.clear();
        // A body named for its county ("Rankin County Emergency Management Agency",
        // "the Cook County Sheriff's Office") names the county too, as another outlet
        // of the story writes it.
        let county = name
            .match_indices(" county ")
            .chain(name.match_indices(" parish "))
            .map(|(at, word)| &name[..at + word.len() - 1])
            .next()
            .filter(|county| !names.iter().any(|n| n == county))
            .map(str::to_string);
        if name.len() >= 4 && !names.contains(&name) {
            names.push(name);
        }
        if let Some(county) = county
            && names.len() < OPENING_NAMES
        {
            names.push(county);
        }
        names.len() < OPENING_NAMES
    };
    // By its last byte: '”' ends in 0x9D, as no other mark here does.
    let ends_sentence = |w: &str| {
        matches!(
            w.as_bytes()[w.len() - 1],
            b'.' | b'!' | b'?' | b':' | b';' | b'"'
        ) || w.ends_with('”')
    };
    // Whether the last word was in lowercase inside a sentence, or a leading title or
    // common word after one ("said President Donald Trump").
    let mut inside = false;
    // Whether the run is a credit ("Reporting by Ann Lee and Bo Park", "Photo by …"):
    // a reporter's name tells no story apart.
    let mut credit = false;
    // Whether the run follows a sentence's first word that starts no name ("What
    // Happened?", "For More Information."): capitalized to its end, such a run is a
    // heading in title case, whose words every notice of its kind repeats, and is not
    // read.
    let mut heading = false;
    // Whether the run opened its sentence or line ("Green Mountain Power said"): there
    // one capitalized word may be any word ("Crews", "Underhill"), so only a run of
    // two to [`MAX_OPENING_RUN`] words is read as a name.
    let mut initial = false;
    let mut flush = |run: &mut Vec<&str>, initial: bool| {
        if initial && !(2..=MAX_OPENING_RUN).contains(&run.len()) {
            run.clear();
            true
        } else {
            keep(run)
        }
    };
    let mut run: Vec<&str> = Vec::new();
    for (word, new_line) in words_of(&text[..end]) {
        if new_line {
            // A line ends every name and sentence state.
            if !run.is_empty() && !credit && !heading && !flush(&mut run, initial) {
                return names;
            }
            run.clear();
            inside = false;
            credit = false;
            initial = false;
        }
        let capitalized = starts_upper(word) && second_lower(word);
        if !(capitalized && (inside || !run.is_empty())) {
            if !run.is_empty() && !credit && !flush(&mut run, initial) {
                return names;
            }
            run.clear();
            initial = false;
            let ends = ends_sentence(word);
            let starts_none = capitalized && is_not_a_name_start(word);
            heading = !inside && !ends && starts_none;
            credit = (word.len() == 2 && word.eq_ignore_ascii_case("by"))
                || (credit && (word == "and" || capitalized) && !ends);
            // A sentence's first capitalized word that may start a name, with no mark
            // after it, opens a run that only more capitalized words make a name.
            if capitalized
                && !inside
                && !starts_none
                && !credit
                && word.bytes().all(|b| b.is_ascii_alphabetic())
            {
                run.push(word);
                initial = true;
                continue;
            }
            // A sentence's first word that starts no name ("The Suva Accord is done",
            // "In Mamuju, ...") leaves the name after it to be read; so does a number
            // inside a sentence ("at 400 Maple Ave.").
            let number = word.starts_with(|c: char| c.is_ascii_digit());
            inside = !ends && (starts_lower(word) || starts_none || (number && inside));
            continue;
        }
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if run.is_empty() && is_not_a_name_start(bare) {
            continue;
        }
        run.push(bare);
        // A name ends at punctuation or a possessive ("Indonesia's", "Mamuju,"); the
        // sentence goes on unless the punctuation ends it.
        if bare.len() != word.len() {
            inside = !ends_sentence(word);
            // A heading's run ends its sentence.
            let a_heading = heading && !inside;
            if !credit && !a_heading && !flush(&mut run, initial) {
                return names;
            }
            run.clear();
            credit = false;
            heading = false;
            initial = false;
        }
    }
    if !run.is_empty() && !credit && !heading {
        flush(&mut run, initial);
    }
    names
}

/// Most words of a name that opens a sentence ([`opening_names`]): longer runs there
/// are most often a headline in title case ("Storm Dumps Up To").
const MAX_OPENING_RUN: usize = 4;

/// A feature: its tag and its text in one string.
fn tagged(tag: &str, text: &str) -> String {
    let mut s = String::with_capacity(tag.len() + text.len());
    s.push_str(tag);
    s.push_str(text);
    s
}

/// Stories as lists of article indices, in the order of their first article, from each
/// article's claims (`by_article[i]`: the claims of article `i`) and its text and
/// title (`texts[i]`).
pub fn group(by_article: &[Vec<&Claim>], texts: &[(&str, &str)]) -> Vec<Vec<usize>> {
    let per_article: Vec<Features> = by_article
        .par_iter()
        .zip(texts)
        .with_max_len(crate::MAX_JOB)
        .map(|(cs, (text, title))| features(cs.iter().copied(), text, title))
        .collect();
    group_by_features(per_article)
}

/// Stories as lists of article indices, in the order of their first article, from each
/// article's [`features`] (`per_article[i]`: those of article `i`).
pub fn group_by_features(per_article: Vec<Features>) -> Vec<Vec<usize>> {
    let articles = per_article.len();
    // Indexed in article order, each posting lists its articles in ascending order.
    let mut postings: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, fs) in per_article.into_iter().enumerate() {
        for f in fs {
            postings.entry(f).or_default().push(i);
        }
    }
    // A feature shared by more articles than one story holds is too common to tell
    // stories apart, and pairing all its articles would cost the square of their number.
    let too_common = MAX_STORY_ARTICLES;
    let mut shared: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut sets = UnionFind::new(articles);
    // A pair is joined once its shared weight reaches the bar; the groups do not depend
    // on the order pairs are joined in (see [`UnionFind::groups`]), so the postings are
    // read in whatever order the map holds them.
    for (feature, list) in postings
        .iter()
        .filter(|(_, l)| l.len() >= 2 && l.len() <= too_common)
    {
        for (k, &a) in list.iter().enumerate() {
            for &b in &list[k + 1..] {
                let n = shared.entry((a, b)).or_default();
                *n += weight(feature);
                if *n >= MIN_SHARED {
                    sets.union(a, b);
                }
            }
        }
    }
    let mut groups = sets.groups();
    // A lone article attached may bring the bar within reach of another: a live page
    // that shares two names with a wire and with a charity's appeal joins once the
    // appeal has joined the wire's story. Rounds go on until none joins.
    while attach_lone_articles(&mut groups, &shared) {}
    groups
}

/// An article left alone, which would be compared with nothing, joins the one story
/// whose articles together share the bar's weight with it: a union's release shares
/// "2,400 nurses" with the wire story and again with the TV story, and nothing twice
/// with either. A lone article with two such stories, or with none, stays alone. Each
/// lone article is weighed against the stories as grouped, so the result does not
/// depend on the order they are read in. Returns whether any article joined.
fn attach_lone_articles(
    groups: &mut Vec<Vec<usize>>,
    shared: &FxHashMap<(usize, usize), usize>,
) -> bool {
    let mut group_of = vec![0; groups.iter().map(Vec::len).sum()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            group_of[i] = g;
        }
    }
    // For each lone article, its shared weight with each story of two or more.
    let mut weights: std::collections::BTreeMap<usize, std::collections::BTreeMap<usize, usize>> =
        std::collections::BTreeMap::new();
    for (&(a, b), &w) in shared {
        for (lone, other) in [(a, b), (b, a)] {
            let (gl, go) = (group_of[lone], group_of[other]);
            if groups[gl].len() == 1 && groups[go].len() > 1 {
                *weights.entry(lone).or_default().entry(go).or_default() += w;
            }
        }
    }
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (lone, by_story) in weights {
        let best = by_story.values().copied().max().unwrap_or(0);
        let mut at_best = by_story.iter().filter(|&(_, &w)| w == best);
        if let (Some((&story, _)), None) = (at_best.next(), at_best.next())
            && best >= MIN_SHARED
        {
            moves.push((lone, story));
        }
    }
    if moves.is_empty() {
        return false;
    }
    for &(lone, story) in &moves {
        groups[story].push(lone);
        groups[group_of[lone]].clear();
    }
    groups.retain(|g| !g.is_empty());
    for g in groups.iter_mut() {
        g.sort_unstable();
    }
    // Stories in the order of their first article, as grouping gives them.
    groups.sort_by_key(|g| g[0]);
    true
}

#[cfg(test)]
mod names_tests {
    use super::{codes, designated, opening_names, street_key};

    #[test]
    fn codes_that_name_one_recall_or_bill() {
        assert_eq!(
            codes("Recall 26V-418 covers them (HB26-1187; case 2:24-CV-01234)."),
            ["26V-418", "HB26-1187"]
        );
        // No part mixing letters and digits, too few digits, or inside a word: none.
        assert!(codes("I-95, the 2026-27 budget, CVE-2026-1234, F-150, COVID-19").is_empty());
        assert!(codes("x26V-418 and 26V-418b").is_empty());
    }

    #[test]
    fn things_named_by_a_number_and_what_they_weigh() {
        let got: Vec<(String, bool)> = designated(
            "Flight 1482 ORD to PHX. Voters passed Proposition 12 and Prop. 50; House Bill No. 1047 died. The flight of 1482 people and bill 12 are none. Measure L passed; so did Measure AA. Bill O'Reilly and Prop. HHS are none.",
        )
        .collect();
        let row = |s: &str, heavy| (s.to_string(), heavy);
        assert_eq!(
            got,
            [
                row("flight 1482", true),
                row("proposition 12", false),
                row("prop 50", false),
                row("bill 1047", false),
                row("measure l", false),
                row("measure aa", false),
            ]
        );
    }

    #[test]
    fn names_inside_sentences_without_titles_credits_or_sentence_starts() {
        let text = "Strong quake kills 34 in Indonesia's Sulawesi\n\nBy Stanley Widianto and Ann Lee\n\nA quake struck Indonesia's West Sulawesi province, killing 26 in the capital, Mamuju, said President Joko Widodo. Mamuju was hit hardest.\n\n(Reporting by Kim Coghill; Editing by Bo Park)\n";
        assert_eq!(
            opening_names(text),
            [
                "indonesia",
                "sulawesi",
                "west sulawesi",
                "mamuju",
                "joko widodo"
            ]
        );
    }

    #[test]
    fn a_name_of_two_words_or_more_may_open_a_sentence() {
        let names = opening_names(
            "Pine Hollow Power said 31,000 customers lost power. Crews worked overnight. Ashby got 22 inches.\n",
        );
        assert_eq!(names, ["pine hollow power"]);
        // A headline in title case runs longer than a name.
        let names = opening_names("Storm Dumps Two Feet On Pine Hollow\n");
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_name_after_a_number_inside_a_sentence_is_read() {
        let names = opening_names("Crews remain on scene at 400 Elmwood Ave. after the blast.\n");
        assert!(names.iter().any(|n| n == "elmwood ave"), "{names:?}");
        // A sentence that opens with a number starts no name.
        let names = opening_names("400 Elmwood residents left.\n");
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_street_is_one_key_however_it_is_written() {
        for name in [
            "Elmwood St",
            "Elmwood St.",
            "Southwest Elmwood Street",
            "SW Elmwood Street",
        ] {
            assert_eq!(
                street_key(name).as_deref(),
                Some("elmwood street"),
                "{name}"
            );
        }
        assert_eq!(
            street_key("Elmwood Avenue").as_deref(),
            Some("elmwood avenue")
        );
        // No street word, or nothing but a direction before it: no street.
        assert_eq!(street_key("Keith Wilson"), None);
        assert_eq!(street_key("North Street").as_deref(), None);
    }

    #[test]
    fn a_heading_in_title_case_names_nothing() {
        let text = "NOTICE\n\nWhat Happened? Staff at Acme found it.\n\nWhat Information Was Involved? Names.\n\nFor More Information. Call us. The Suva Accord is done.\n";
        assert_eq!(opening_names(text), ["acme", "suva accord"]);
    }

    #[test]
    fn names_that_start_with_a_letter_of_two_bytes() {
        let text = "Talks\n\nThe mayor of Ålesund met Émile Zola in Oregon.";
        assert_eq!(opening_names(text), ["ålesund", "émile zola", "oregon"]);
        // As features: a state is left out, and a first letter of two bytes is
        // capitalized whole to look a name up.
        let features = super::features(std::iter::empty(), text, &crate::article::title_of(text));
        assert_eq!(
            features.into_iter().collect::<Vec<_>>(),
            ["w:ålesund", "w:émile zola"]
        );
    }

    /// "Health" ends many companies' names: two health systems' stories of one day share
    /// it, so it is no person's surname and no headline subject of its own.
    #[test]
    fn a_health_systems_last_word_is_no_feature() {
        let text = "Pike Health to close clinics\n\nPike Health said Monday it will close two clinics. Pike Health runs nine hospitals.\n";
        let features = super::features(std::iter::empty(), text, &crate::article::title_of(text));
        assert!(
            !features.iter().any(|f| f.ends_with(":health")),
            "{features:?}"
        );
    }
}
