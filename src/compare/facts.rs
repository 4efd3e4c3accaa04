//! Judging counts across articles.
//!
//! Two counts speak of the same set when they count the same class of thing ("23
//! jurisdictions" ~ "23 communities") and share words around them. A shared word that
//! every article of the run uses ("commission" in a story about a commission) is enough
//! to join equal counts but not to set two different numbers against each other: a
//! conflict needs a rarer shared word ("violation"). Vague counts ("nearly two dozen")
//! are checked against the exact ones they share words with.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::evidence::Quoter;
use super::universal::Universal;
use super::{UnionFind, join, new_finding, pair_key, pair_of, plural, unique};
use crate::model::{Claim, CountClaim, Evidence, Finding, FindingType, PlaceKind, grouped};
use crate::text::Doc;

struct C<'a> {
    claim: &'a Claim,
    /// The claim's count, or the same length in months ([`years_in_months`]).
    count: std::borrow::Cow<'a, CountClaim>,
    ctx: HashSet<&'a str>,
    /// The kind of place it counts, if it counts three or more ([`place_base`]).
    base: Option<&'a str>,
    /// The span an exact figure in decimals of a scale word rounds ("1.2 million").
    rounded: Option<crate::model::Interval>,
}

impl C<'_> {
    /// The figures the count allows: a rounded figure's span, else its value.
    fn span(&self) -> crate::model::Interval {
        self.rounded.unwrap_or(self.count.value)
    }
}

/// Shared context of two counts: (any shared stem, a shared stem not every article uses
/// or three shared stems).
fn shared(a: &C, b: &C, df: &Universal) -> (bool, bool) {
    let shared: Vec<&&str> = a.ctx.intersection(&b.ctx).collect();
    let strong = shared.iter().any(|s| !df.has(s)) || shared.len() >= 3;
    (!shared.is_empty(), strong)
}

/// A count of three or more places ("11 states", "23 jurisdictions"): the count of a
/// list. Two articles that give the same such count of the same kind of place agree,
/// whatever words surround it: one says "shipped to the following 11 states", the
/// other "recalled in 11 Midwest states".
fn counts_places(c: &C) -> bool {
    crate::extract::lists::counts_places(&c.count)
}

/// The kind of place a count of three or more places counts, with no place that
/// narrows it: "14 Eastern Kentucky counties" and "14 counties" both count counties.
fn place_base(count: &CountClaim) -> Option<&str> {
    let base = count
        .class
        .split_once(':')
        .map_or(count.class.as_str(), |(b, _)| b);
    crate::extract::lists::counts_places_as(count, base).then_some(base)
}

/// The complete lists of a story: the lengths of each kind of place's lists, and the
/// articles that list each kind.
#[derive(Default)]
struct Listed<'a> {
    lengths: HashSet<(&'a str, u64)>,
    by: HashSet<(&'a str, &'a str)>,
}

impl<'a> Listed<'a> {
    fn new(claims: &[&'a Claim]) -> Listed<'a> {
        let mut listed = Listed::default();
        for c in claims {
            let Some(l) = c.as_list().filter(|l| l.complete) else {
                continue;
            };
            let Some(class) = l.of.as_deref().and_then(crate::extract::lists::noun_class) else {
                continue;
            };
            listed.lengths.insert((class, l.items.len() as u64));
            listed.by.insert((c.article.as_str(), class));
        }
        listed
    }
}

/// Whether two different counts of one kind of place are one figure told two ways: one
/// is the length of a complete list of that kind in the story, and the other is off by
/// one ("13 counties" where the lists name 14) in an article that lists none of that
/// kind (an article's own list against the others' is told item by item). Two sets of
/// one kind of place (14 counties for aid to families, 9 for aid to towns) seldom
/// differ by one, and an article that gives both figures is told apart below.
fn off_by_one_from_a_list(a: &C, b: &C, listed: &Listed) -> bool {
    let (Some(base), Some(other)) = (a.base, b.base) else {
        return false;
    };
    let (x, y) = (a.count.value.lo, b.count.value.lo);
    let odd = match (
        listed.lengths.contains(&(base, x)),
        listed.lengths.contains(&(base, y)),
    ) {
        (true, false) => b,
        (false, true) => a,
        _ => return false,
    };
    base == other && x.abs_diff(y) == 1 && !listed.by.contains(&(odd.claim.article.as_str(), base))
}

/// Fewest significant digits of a count that is one figure whatever its noun
/// ("48,213"): five, as a figure of four ("1,200 students", "1,200 seats") recurs.
const PRECISE_COUNT_DIGITS: usize = 5;

/// Whether a count is exact, of a whole set of things (no one's age, fate, votes,
/// margin or duration), and precise to [`PRECISE_COUNT_DIGITS`] digits.
fn precise_count(c: &C) -> bool {
    let class = c.count.class.as_str();
    c.count.value.is_exact()
        && !c.count.partitive
        && !c.count.loose
        && c.base.is_none()
        && !["age:", "casualty:", "votes:", "margin:", "duration:"]
            .iter()
            .any(|p| class.starts_with(p))
        && super::stated::significant_digits(c.count.value.lo) >= PRECISE_COUNT_DIGITS
}

fn same_kind(a: &C, b: &C) -> bool {
    a.count.class == b.count.class && a.count.partitive == b.count.partitive
}

/// An exact count of a whole set with a noun ("four workers", not "two of the five"):
/// one that may be its article's only count of that noun.
fn lone_candidate(c: &C) -> bool {
    c.count.value.is_exact() && !c.count.partitive && !c.count.noun.is_empty()
}

/// For each claim, a length in years of a thing that the story also gives in months
/// ("two years of free credit monitoring", "24 months of credit monitoring"), as that
/// many months: the two are then one figure, 24. Years stay years where no article
/// gives months of the same thing ("eight years" of prison against "seven years").
fn years_in_months(claims: &[&Claim]) -> Vec<Option<CountClaim>> {
    const YEARS: &str = "duration:year:";
    const MONTHS: &str = "duration:month:";
    let in_months: HashSet<&str> = claims
        .iter()
        .filter_map(|c| c.as_count()?.class.strip_prefix(MONTHS))
        .collect();
    claims
        .iter()
        .map(|c| {
            let count = c.as_count()?;
            let thing = count.class.strip_prefix(YEARS)?;
            in_months.contains(thing).then(|| CountClaim {
                value: crate::model::Interval {
                    lo: count.value.lo.saturating_mul(12),
                    hi: count.value.hi.map(|h| h.saturating_mul(12)),
                },
                // "years (prison, Ann Lee)" is "months (prison, Ann Lee)".
                noun: match count.noun.strip_prefix("years") {
                    Some(rest) => format!("months{rest}"),
                    None => format!("months ({thing})"),
                },
                class: format!("{MONTHS}{thing}"),
                ..count.clone()
            })
        })
        .collect()
}

/// Every count finding.
pub fn judge_counts(docs: &[Doc], claims: &[&Claim], df: &Universal) -> Vec<Finding> {
    let quote = Quoter::new(docs);
    // The age of one who died, unnamed ("A 6-year-old died"), is one person's only in a
    // story of one death: where any article counts two or more dead, two outlets' such
    // ages may be two people's.
    let many_dead = claims.iter().filter_map(|c| c.as_count()).any(|c| {
        c.class == "casualty:dead" && !c.partitive && (c.value.lo >= 2 || c.value.hi.is_none())
    });
    let cs: Vec<C> = claims
        .iter()
        .zip(years_in_months(claims))
        .filter(|(c, _)| {
            !(many_dead
                && c.as_count()
                    .is_some_and(|n| n.class == crate::extract::facts::DEAD_AGE_CLASS))
        })
        .filter_map(|(c, months)| {
            c.as_count().map(|count| C {
                claim: c,
                ctx: count.context.iter().map(String::as_str).collect(),
                base: place_base(count),
                rounded: count
                    .value
                    .is_exact()
                    .then(|| crate::extract::facts::rounded_span(&c.text))
                    .flatten(),
                count: months.map_or(std::borrow::Cow::Borrowed(count), std::borrow::Cow::Owned),
            })
        })
        .collect();
    // Candidate pairs through (class, stem) and (article, class, value), never all pairs.
    let owns: Vec<String> = cs
        .iter()
        .map(|c| format!("{}:{}", c.claim.article, c.count.value))
        .collect();
    // Counts of places meet by value, and by values one apart (each takes the keys of
    // its value and the next: 13 and 14 share "~14").
    let values: Vec<[String; 2]> = cs
        .iter()
        .map(|c| {
            if c.base.is_some() {
                let v = c.count.value.lo;
                [format!("~{v}"), format!("~{}", v + 1)]
            } else {
                Default::default()
            }
        })
        .collect();
    // A count this precise ("48,213 vehicles", "Units Affected: 48,213") is one figure
    // whatever noun counts it; keyed by its digits in order of size, so that the same
    // digits two swapped ("84,213 sedans") meet it too.
    let precise_keys: Vec<String> = cs
        .iter()
        .map(|c| {
            if precise_count(c) {
                let mut digits = c.count.value.lo.to_string().into_bytes();
                digits.sort_unstable();
                format!("digits:{}", String::from_utf8_lossy(&digits))
            } else {
                String::new()
            }
        })
        .collect();
    let listed = Listed::new(claims);
    // "Seven fire departments" in a briefing and in a situation report, told in other
    // words: when each article counts that noun once, equal exact counts of it agree
    // with no shared word (as each article's only sum or tally does). Different values
    // still need shared words to be set against each other.
    // A count of a fate is keyed by the fate, whatever noun counts it: "six
    // hospitalizations" and "Six patients were hospitalized" count one thing; so is the
    // size of a body of people ("a crowd of 48,500", "48,500 fans").
    fn lone_noun<'c>(c: &'c C) -> &'c str {
        if c.count.class.starts_with("casualty:")
            || c.count.class.starts_with("votes:")
            || crate::extract::facts::counts_a_body(&c.count.class)
        {
            c.count.class.as_str()
        } else {
            c.count.noun.as_str()
        }
    }
    // A headline that restates the body's figure (a live update's "Death toll rises to
    // 42" over "42 people were killed") adds no second count; two counts of one figure
    // in the body may count two sets ("opened five shelters", "five shelters more").
    let mut figures: HashMap<(&str, &str), (BTreeSet<u64>, usize)> = HashMap::default();
    for c in cs.iter().filter(|c| lone_candidate(c)) {
        let (values, in_body) = figures
            .entry((c.claim.article.as_str(), lone_noun(c)))
            .or_default();
        values.insert(c.count.value.lo);
        *in_body += usize::from(!quote.in_open_paragraph(&c.claim.article, &c.claim.span));
    }
    let only: Vec<bool> = cs
        .iter()
        .map(|c| {
            lone_candidate(c)
                && figures
                    .get(&(c.claim.article.as_str(), lone_noun(c)))
                    .is_some_and(|(values, in_body)| values.len() == 1 && *in_body <= 1)
        })
        .collect();
    let lone_keys: Vec<String> = cs
        .iter()
        .zip(&only)
        .map(|(c, &only)| {
            if only {
                format!("only:{}={}", lone_noun(c), c.count.value.lo)
            } else {
                String::new()
            }
        })
        .collect();
    // Each article's one count of a class, exact or hedged ("about 1,400 roles" in a
    // memo, "1,400 jobs" in a wire's headline): a hedged one that holds the other's
    // figure agrees with it whatever their words. Never set against it: a weak link.
    let mut any_figures: HashMap<(&str, &str), usize> = HashMap::default();
    for c in cs
        .iter()
        .filter(|c| !c.count.partitive && !c.count.noun.is_empty())
    {
        *any_figures
            .entry((c.claim.article.as_str(), c.count.class.as_str()))
            .or_default() += 1;
    }
    let lone_any: Vec<bool> = cs
        .iter()
        .map(|c| {
            !c.count.partitive
                && !c.count.loose
                && super::stated::as_written(&c.count.value).is_some()
                && any_figures.get(&(c.claim.article.as_str(), c.count.class.as_str())) == Some(&1)
        })
        .collect();
    // Each article's one count of a class, open above ("More than 1.3 million
    // patients"): set beside another's lone figure it leaves out, never against it.
    let lone_open: Vec<bool> = cs
        .iter()
        .map(|c| {
            !c.count.partitive
                && !c.count.loose
                && c.count.value.hi.is_none()
                && c.count.value.lo > 0
                && any_figures.get(&(c.claim.article.as_str(), c.count.class.as_str())) == Some(&1)
        })
        .collect();
    let mut index: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (i, c) in cs.iter().enumerate() {
        for s in &c.ctx {
            index.entry((&c.count.class, s)).or_default().push(i);
        }
        if !lone_keys[i].is_empty() {
            index
                .entry((&c.count.class, &lone_keys[i]))
                .or_default()
                .push(i);
        }
        index.entry((&owns[i], "")).or_default().push(i);
        if !precise_keys[i].is_empty() {
            index.entry((&precise_keys[i], "")).or_default().push(i);
        }
        // The class is the key: two such counts of one class meet.
        if lone_any[i] || lone_open[i] {
            index.entry((&c.count.class, "lone~")).or_default().push(i);
        }
        // Ages of one person meet whatever their words; so do counts of one fate,
        // which names its set by itself.
        // So do each article's only winning margins (a story of one race tells one).
        if c.count.class.starts_with("age:")
            || c.count.class.starts_with("casualty:")
            || crate::extract::facts::counts_a_body(&c.count.class)
            || (only[i] && c.count.class.starts_with("votes:"))
            || (only[i] && c.count.class.starts_with("margin:"))
            || (only[i] && c.count.class.starts_with("duration:"))
        {
            index.entry((&c.count.class, "")).or_default().push(i);
        }
        if let Some(base) = c.base {
            for key in &values[i] {
                index.entry((base, key)).or_default().push(i);
            }
        }
    }
    // Each pair as one number (the smaller index high), sorted and deduplicated: the
    // same order as sorting the pairs, at the cost of sorting plain integers.
    let mut pairs: Vec<u64> = Vec::new();
    for v in index.values() {
        for (k, &a) in v.iter().enumerate() {
            pairs.extend(v[k + 1..].iter().map(|&b| pair_key(a.min(b), a.max(b))));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut sets = UnionFind::new(cs.len());
    // A vague count of a fate is linked to an exact one of that fate whatever their
    // words; such a link is weak, so it makes no conflict.
    let fate = |c: &C| c.count.class.starts_with("casualty:");
    // So is a crowd's rough size to an exact one ("Approximately 4,000 people marched",
    // "Police estimated the crowd at 4,000").
    let fate_or_body = |c: &C| fate(c) || crate::extract::facts::counts_a_body(&c.count.class);
    let mut vague_links: Vec<(usize, usize, bool)> = Vec::new();
    // Two rough counts of one set in two articles ("about 80 residents", "roughly 60
    // residents"): linked by strong shared context, or by two shared words (in a story
    // of two or three articles every word is in every article, so none is strong), and
    // judged after the exact ones. They are never set against each other.
    let mut rough_pairs: Vec<(usize, usize)> = Vec::new();
    // Rounded figures linked to a precise one they hold: judged with its group, not as
    // a figure of their own.
    let mut rounding: HashSet<usize> = HashSet::default();
    for (a, b) in pairs.into_iter().map(pair_of) {
        let (ca, cb) = (&cs[a], &cs[b]);
        let equal = ca.count.value == cb.count.value;
        // Two precise counts of two articles, equal or with two digits swapped, are
        // one figure told or mistyped, whatever their nouns.
        if !precise_keys[a].is_empty()
            && precise_keys[a] == precise_keys[b]
            && ca.claim.article != cb.claim.article
            && (equal || super::stated::swapped_digits(ca.count.value.lo, cb.count.value.lo))
        {
            sets.union(a, b);
            continue;
        }
        // Counts of one kind of place in two articles, one narrowed by a place.
        let same_places =
            ca.base.is_some() && ca.base == cb.base && ca.claim.article != cb.claim.article;
        if !(same_kind(ca, cb) || same_places) {
            continue;
        }
        let (any, strong) = shared(ca, cb, df);
        let (ea, eb) = (ca.count.value.is_exact(), cb.count.value.is_exact());
        // Each its article's one count of the class (the same class, once same_kind
        // holds below).
        let lone = lone_any[a] && lone_any[b];
        if !same_kind(ca, cb) {
            // "14 Eastern Kentucky counties" and "14 counties" in two articles.
            if equal || (any && off_by_one_from_a_list(ca, cb, &listed)) {
                sets.union(a, b);
            }
            continue;
        }
        if ca.claim.article == cb.claim.article {
            if equal && ea {
                sets.union(a, b);
            }
            continue;
        }
        // "1.2 million patients" beside "1,204,311 patients": the rounded figure holds
        // the precise one, as a hedged count would, and is linked to it so.
        if ea && eb && !equal {
            match (ca.rounded, cb.rounded) {
                (Some(r), None) if r.contains(cb.count.value.lo) => {
                    vague_links.push((a, b, strong));
                    rounding.insert(a);
                    continue;
                }
                (None, Some(r)) if r.contains(ca.count.value.lo) => {
                    vague_links.push((b, a, strong));
                    rounding.insert(b);
                    continue;
                }
                _ => {}
            }
        }
        match (ea, eb) {
            // Figures more than a few times apart count different sets, whatever their
            // words share: "recalling 38,400 cases of bagged spinach" and a notice's
            // "Reported Cases: 27" of illness from it.
            // Not two figures of which one counts those still in a state ("Two inmates
            // who broke out … are still on the run" against "Four inmates left the
            // jail"): a part against the whole.
            (true, true)
                if (equal && (any || counts_places(ca)))
                    || (strong
                        && within_apart(&ca.count.value, &cb.count.value)
                        && !quote.still_in_sentence(&ca.claim.article, &ca.claim.span)
                        && !quote.still_in_sentence(&cb.claim.article, &cb.claim.span)) =>
            {
                sets.union(a, b)
            }
            (true, true) if equal && !lone_keys[a].is_empty() && lone_keys[a] == lone_keys[b] => {
                sets.union(a, b)
            }
            (true, true) if any && off_by_one_from_a_list(ca, cb, &listed) => sets.union(a, b),
            // Each article's only count of one noun, in the same digits but two swapped
            // ("thrown out 1,214 signatures", "rejected 1,241 signatures"), sharing a
            // word: one figure, mistyped by one of them.
            // A word of the count's own phrase will do ("316 fraudulent wire transfers",
            // "361 fraudulent transfers").
            // Each article's only winning margin needs no shared word: "a margin of 936
            // votes" and "lost by 963 votes" are one race's, told two ways.
            (true, true)
                if (any || ca.count.class.starts_with("margin:") || same_modifier(ca, cb))
                    && only[a]
                    && only[b]
                    && ca.count.noun == cb.count.noun
                    && super::stated::swapped_digits(ca.count.value.lo, cb.count.value.lo) =>
            {
                sets.union(a, b)
            }
            // Each article's only count of one fate, in figures near each other
            // ("Twenty people have been hospitalized", "Twenty-two people have been
            // hospitalized"): the fate names the set, so they are one set told two ways
            // however many articles share the words around them. Not a count of those
            // who "remain hospitalized", which is a part of it.
            // So is none against some ("No injuries were reported", "One picketer was
            // hurt"), which no ratio of figures can say.
            (true, true)
                if fate(ca)
                    && only[a]
                    && only[b]
                    && (within_apart(&ca.count.value, &cb.count.value)
                        || (ca.count.value.lo == 0) != (cb.count.value.lo == 0))
                    && !quote.still_after(&ca.claim.article, &ca.claim.span)
                    && !quote.still_after(&cb.claim.article, &cb.claim.span) =>
            {
                sets.union(a, b)
            }
            // How long one kind of thing lasts ("30-year lease", "25-year lease"): the
            // class names unit and thing, so one shared word of any kind links them, and
            // each article's only length of that thing needs none ("The trial lasted
            // eight days", "after a trial that lasted nine days").
            (true, true)
                if (any || (only[a] && only[b])) && ca.count.class.starts_with("duration:") =>
            {
                sets.union(a, b)
            }
            // A race's winning margin ("by 444 votes", "a margin of 454 votes"): one
            // shared word, such as a candidate's name, is enough.
            (true, true) if any && ca.count.class.starts_with("margin:") => sets.union(a, b),
            // One person's age ("Dale Mercer, 61," against "Dale Mercer, 62,"): the class
            // names the person, so no shared word is needed.
            (true, true) if ca.count.class.starts_with("age:") => sets.union(a, b),
            // One candidate's votes, each its article's only figure of them: the class
            // names the candidate. An article that gives two (early returns and the
            // final count) is set against no one.
            (true, true) if ca.count.class.starts_with("votes:") && only[a] && only[b] => {
                sets.union(a, b)
            }
            // Each article's one count of a noun, one exact and one rough, in the same
            // digits ten or more times apart ("2.4 million people", "about 24 million
            // people"): no range holds the other, and the words need not meet. A
            // reader is told a decimal point or a scale word may have slipped.
            (true, false) | (false, true)
                if lone
                    && ca.count.noun == cb.count.noun
                    && super::stated::slip(&ca.count.value, &cb.count.value)
                        .is_some_and(|s| s.ends_with("times apart")) =>
            {
                rough_pairs.push((a, b))
            }
            (true, false) if any || fate_or_body(ca) => vague_links.push((b, a, strong)),
            (false, true) if any || fate_or_body(ca) => vague_links.push((a, b, strong)),
            (true, false) if lone && cb.count.value.contains(ca.count.value.lo) => {
                vague_links.push((b, a, false))
            }
            (false, true) if lone && ca.count.value.contains(cb.count.value.lo) => {
                vague_links.push((a, b, false))
            }
            (true, false) if lone_any[a] && lone_open[b] && leaves_out(cb, ca) => {
                vague_links.push((b, a, false))
            }
            (false, true) if lone_open[a] && lone_any[b] && leaves_out(ca, cb) => {
                vague_links.push((a, b, false))
            }
            // "At least two", "dozens": an open range says too little to compare. One
            // from a figure of tens or more ("more than 300 residents packed the
            // meeting") may be set beside "About 200 people attended the meeting",
            // when it rules the other out or is the same range ("at least 41", "more
            // than 40"); "more than 30,000" beside "about 32,000" says nothing new.
            (false, false)
                if (strong || ca.ctx.intersection(&cb.ctx).nth(1).is_some())
                    && bounded(&ca.count.value)
                    && bounded(&cb.count.value)
                    && ((ca.count.value.hi.is_some() && cb.count.value.hi.is_some())
                        || ca.count.value == cb.count.value
                        || !ca.count.value.overlaps(&cb.count.value)) =>
            {
                rough_pairs.push((a, b))
            }
            // Each article's one count of a class, both hedged, of one figure or of the
            // same digits two swapped ("About 2,300 customers", "about 3,200 customers"):
            // set side by side whatever their words.
            (false, false) if lone && same_or_swapped(&ca.count.value, &cb.count.value) => {
                rough_pairs.push((a, b))
            }
            _ => {}
        }
    }
    let groups: Vec<Vec<usize>> = sets
        .groups()
        .into_iter()
        .filter(|g| cs[g[0]].count.value.is_exact() && !g.iter().all(|i| rounding.contains(i)))
        .collect();
    let group_of: HashMap<usize, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(gi, g)| g.iter().map(move |&i| (i, gi)))
        .collect();
    let mut out = Vec::new();
    let (mut unsure, unsure_findings) =
        lone_differing_counts(&cs, &groups, &vague_links, &rough_pairs, &quote);
    out.extend(unsure_findings);
    // An exact count set beside a rough one of other digits (a slipped scale word) is
    // told in that note, not as a single source.
    for &(a, b) in &rough_pairs {
        unsure.extend([a, b].iter().filter_map(|i| group_of.get(i)));
    }
    let mut attached: HashSet<usize> = HashSet::default();
    for (gi, g) in groups.iter().enumerate() {
        // Values by article.
        let mut by_value: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for &i in g {
            by_value.entry(cs[i].count.value.lo).or_default().push(i);
        }
        let articles_of = |idx: &[usize]| unique(idx.iter().map(|&i| cs[i].claim.article.clone()));
        let majority = by_value
            .iter()
            .max_by_key(|(v, idx)| (articles_of(idx).len(), std::cmp::Reverse(**v)))
            .map(|(v, _)| *v)
            .unwrap();
        // "others" ("five others were wounded") names no set by itself: another
        // claim's noun of the same figure ("5 hurt") heads the finding.
        let named = by_value[&majority]
            .iter()
            .find(|&&i| cs[i].count.noun != "others")
            .unwrap_or(&by_value[&majority][0]);
        let noun = match cs[*named].count.noun.as_str() {
            "" => "of the set",
            n => n,
        };
        let topic = if cs[g[0]].count.partitive {
            "count: part of a set".to_string()
        } else {
            format!("count: {noun}")
        };
        let key = format!("{}:{majority}", cs[g[0]].count.class);
        let vague: Vec<(usize, bool)> = vague_links
            .iter()
            .filter(|(_, e, _)| group_of.get(e) == Some(&gi))
            .map(|(v, _, strong)| (*v, *strong))
            .collect();
        let consistent: Vec<usize> = unique_idx(
            vague
                .iter()
                .filter(|(v, _)| cs[*v].span().contains(majority))
                .map(|(v, _)| *v),
        );
        // An article of the group that also gives a count within the vague one knows
        // both figures: "about 2,400 nurses" take part, of "5,600 nurses" statewide.
        // The vague count is then that other count's match, not a contradiction.
        let group_articles = articles_of(g);
        let known_to_the_group = |v: usize| {
            cs.iter().any(|c| {
                group_articles.contains(&c.claim.article)
                    && same_kind(c, &cs[v])
                    && c.count.value.overlaps(&cs[v].count.value)
            })
        };
        // So does the vague count's own article when another of its counts holds the
        // group's figure: "approximately 4.2 million customers ... for approximately
        // 310,000 customers, Social Security numbers" counts a part, not the whole.
        let agrees_elsewhere = |v: usize| {
            cs.iter().enumerate().any(|(i, c)| {
                i != v
                    && c.claim.article == cs[v].claim.article
                    && same_kind(c, &cs[v])
                    && c.count.value.contains(majority)
            })
        };
        // A vague count, not loose, that leaves the figure out though near it, and whose
        // article gives no other count that holds it.
        let excludes = |v: usize| {
            !cs[v].count.loose
                && !cs[v].span().contains(majority)
                && within_apart(&cs[v].count.value, &crate::model::Interval::exact(majority))
                && !agrees_elsewhere(v)
        };
        // A vague count linked to two figures of the story ("tops 150 cases" beside
        // "146 cases" statewide and "51 cases" in one county) stands against the nearer
        // one only: it tells that figure, not the other.
        let nearer_elsewhere = |v: usize| {
            let here = gap(&cs[v].count.value, majority);
            vague_links.iter().any(|&(w, e, _)| {
                w == v
                    && group_of.get(&e).is_some_and(|&g| g != gi)
                    && gap(&cs[v].count.value, cs[e].count.value.lo) < here
            })
        };
        let contradicting: Vec<usize> = unique_idx(
            vague
                .iter()
                .filter(|(v, strong)| {
                    *strong && excludes(*v) && !known_to_the_group(*v) && !nearer_elsewhere(*v)
                })
                .map(|(v, _)| *v),
        );
        // A vague count of a fate that excludes the figure, on weak context, from an
        // article with no exact count of that fate ("more than 30 injured" in a
        // headline, "injuring 27" in two outlets): set side by side, not called a
        // conflict, since the words around them do not say it is one set.
        let exact_of_class = |v: usize| {
            cs.iter().any(|c| {
                c.claim.article == cs[v].claim.article
                    && c.count.class == cs[v].count.class
                    && c.count.value.is_exact()
            })
        };
        // An exact count of the group's articles within the vague one: they know both.
        let exact_in_the_group = |v: usize| {
            cs.iter().any(|c| {
                group_articles.contains(&c.claim.article)
                    && same_kind(c, &cs[v])
                    && c.count.value.is_exact()
                    && cs[v].count.value.contains(c.count.value.lo)
            })
        };
        let unsure_vague: Vec<usize> = unique_idx(
            vague
                .iter()
                .filter(|(v, strong)| {
                    // Linked to one of the group's counts on strong context too
                    // ("canceled 1,240 flights" in a lead, "1,240 — flights
                    // canceled" in a box): set against the group, not beside it.
                    !*strong
                        && !contradicting.contains(v)
                        && (cs[*v].count.class.starts_with("casualty:") || lone_open[*v])
                        && excludes(*v)
                        && !exact_of_class(*v)
                        && !exact_in_the_group(*v)
                })
                .map(|(v, _)| *v),
        );
        attached.extend(consistent.iter().chain(&contradicting).chain(&unsure_vague));
        let all_articles = articles_of(g);
        let evidence_for = |idx: &[usize]| evidence_per_article(&quote, &cs, idx);
        let texts =
            |idx: &[usize]| unique(idx.iter().map(|&i| format!("\"{}\"", cs[i].claim.text)));
        // Two or more articles' counts of one value (`idx`), under `key`.
        let agreement = |key: &str, value: u64, idx: &[usize]| {
            let claims_of: Vec<&Claim> = idx.iter().map(|&i| cs[i].claim).collect();
            new_finding(
                FindingType::Equivalent,
                &topic,
                key,
                format!(
                    "{} agree on {} {noun} ({})",
                    join(&articles_of(idx)),
                    grouped(value),
                    texts(idx).join(", ")
                ),
                "counts of the same set agree",
                &claims_of,
                evidence_for(idx),
            )
        };
        let maj_arts = articles_of(&by_value[&majority]);
        // Three or more figures, none given by more articles than another ("11
        // counties", "12 counties", "13 counties"), no article giving two (see `several`
        // below): no figure is the one the others differ from, so one finding sets them
        // side by side.
        let tied = by_value
            .values()
            .filter(|idx| articles_of(idx).len() == maj_arts.len())
            .count();
        // An article that gives two of the group's figures counts two sets of one noun
        // ("Four council members stayed away", "Five members were present", "nine
        // council members" in all): its figures are no rival accounts of one set, and the
        // shared noun no longer says which figure of another outlet counts what.
        let mut values_of: BTreeMap<&str, BTreeSet<u64>> = BTreeMap::new();
        for &i in g {
            values_of
                .entry(cs[i].claim.article.as_str())
                .or_default()
                .insert(cs[i].count.value.lo);
        }
        let several: Vec<String> = values_of
            .iter()
            .filter(|(_, v)| v.len() > 1)
            .map(|(a, _)| a.to_string())
            .collect();
        if by_value.len() >= 3 && tied >= 2 && several.is_empty() {
            let claims_of: Vec<&Claim> = g.iter().map(|&i| cs[i].claim).collect();
            let figures: Vec<String> = by_value
                .iter()
                .map(|(v, idx)| {
                    let arts = articles_of(idx);
                    format!(
                        "{} count{} {} ({})",
                        join(&arts),
                        if arts.len() == 1 { "s" } else { "" },
                        grouped(*v),
                        texts(idx).join(", ")
                    )
                })
                .collect();
            out.push(new_finding(
                FindingType::CountMismatch,
                &topic,
                &format!("{}:split", cs[g[0]].count.class),
                format!(
                    "No two articles agree on the number of {noun}: {}",
                    figures.join("; ")
                ),
                "the same counted set, with words in common around the counts, has three or more numbers, none more often than another",
                &claims_of,
                evidence_for(g),
            ));
            continue;
        }
        if by_value.len() > 1 && maj_arts.len() >= 2 {
            out.push(agreement(&key, majority, &by_value[&majority]));
        }
        if by_value.len() > 1 {
            let minority: Vec<(u64, &Vec<usize>)> = by_value
                .iter()
                .filter(|(v, _)| **v != majority)
                .map(|(v, i)| (*v, i))
                .collect();
            for (value, idx) in minority {
                let arts = articles_of(idx);
                let mut all: Vec<usize> = idx.clone();
                all.extend(&by_value[&majority]);
                let claims_of: Vec<&Claim> = all.iter().map(|&i| cs[i].claim).collect();
                // "wire counts 12 ("12 counties") where tv counts 11 ("11 counties")".
                let versus = format!(
                    "{} count{} {} ({}) where {} count{} {} ({})",
                    join(&arts),
                    if arts.len() == 1 { "s" } else { "" },
                    grouped(value),
                    texts(idx).join(", "),
                    join(&maj_arts),
                    if maj_arts.len() == 1 { "s" } else { "" },
                    grouped(majority),
                    texts(&by_value[&majority]).join(", ")
                );
                if !several.is_empty() {
                    let told_apart = values_of
                        .values()
                        .any(|v| v.contains(&value) && v.contains(&majority));
                    if told_apart && arts.len() >= 2 {
                        out.push(agreement(&format!("{key}:also:{value}"), value, idx));
                    } else if told_apart {
                        let own: Vec<&Claim> = idx.iter().map(|&i| cs[i].claim).collect();
                        out.push(new_finding(
                            FindingType::SingleSource,
                            &topic,
                            &format!("{}:{key}:also:{value}", arts[0]),
                            format!(
                                "Only {} counts {} {noun} ({}), besides its other count of them",
                                arts[0],
                                grouped(value),
                                texts(idx).join(", ")
                            ),
                            "no other article gives this count",
                            &own,
                            evidence_for(idx),
                        ));
                    } else {
                        out.push(new_finding(
                            FindingType::NotComparable,
                            &topic,
                            &format!("{key}:{value}"),
                            format!(
                                "{versus}; {} give{} more than one count of {noun}, so these may count different {noun}",
                                join(&several),
                                if several.len() == 1 { "s" } else { "" },
                            ),
                            "counts of one noun with different values, in a story whose articles count more than one set of it",
                            &claims_of,
                            evidence_for(&all),
                        ));
                    }
                    continue;
                }
                // "grows to 14,200 acres" against "Acres Burned: 12,450": the larger
                // figure, given as an update, may be the same count at a later time.
                let update = |idx: &[usize]| {
                    idx.iter().find_map(|&i| {
                        let c = cs[i].claim;
                        quote
                            .update_word(&c.article, &c.span)
                            .map(|w| (c.article.as_str(), w))
                    })
                };
                let (larger, smaller) = if value > majority {
                    (idx.as_slice(), by_value[&majority].as_slice())
                } else {
                    (by_value[&majority].as_slice(), idx.as_slice())
                };
                if update(smaller).is_none()
                    && let Some((article, word)) = update(larger)
                {
                    out.push(new_finding(
                        FindingType::NotComparable,
                        &topic,
                        &format!("{key}:{value}"),
                        format!(
                            "{versus}; {article} gives {} as an update (\"{word}\"), so the counts may be of different times",
                            grouped(value.max(majority))
                        ),
                        "a larger count of the same set given as an update of an earlier one",
                        &claims_of,
                        evidence_for(&all),
                    ));
                    continue;
                }
                // "now stands at 60 cases" in a transcript dated March 7 against "grows
                // to 58 cases" in articles of March 6: the later article's larger
                // figure of a running count may be the same count a day on.
                let running = |idx: &[usize]| {
                    idx.iter().any(|&i| running_count(&cs[i].count)) || update(idx).is_some()
                };
                if (running(larger) || running(smaller))
                    && let Some(dated) =
                        quote.dated_after(&articles_of(larger), &articles_of(smaller))
                {
                    out.push(new_finding(
                        FindingType::NotComparable,
                        &topic,
                        &format!("{key}:{value}"),
                        format!("{versus}; {dated}, so the counts may be of different days"),
                        "a larger count of the same set in an article dated after those with the smaller one",
                        &claims_of,
                        evidence_for(&all),
                    ));
                    continue;
                }
                // "45 new cases" against "300 cases": one may count an increase, the
                // other the whole.
                let increment =
                    |idx: &[usize]| idx.iter().find_map(|&i| increment_word(&cs[i].claim.text));
                let (more, less) = (increment(larger), increment(smaller));
                if more.is_some() != less.is_some()
                    && let Some(word) = more.or(less)
                {
                    out.push(new_finding(
                        FindingType::NotComparable,
                        &topic,
                        &format!("{key}:{value}"),
                        format!(
                            "{versus}; only one side counts them as \"{word}\", so one may count an increase and the other a whole"
                        ),
                        "counts of the same set, one given as an increase and one not",
                        &claims_of,
                        evidence_for(&all),
                    ));
                    continue;
                }
                // "Three workers died" against "Five people died": the workers may be
                // three of the five. Counts of one fate by nouns with none in common,
                // one naming a part of the people, are set side by side.
                let nouns = |idx: &[usize]| -> BTreeSet<&str> {
                    idx.iter().map(|&i| cs[i].count.noun.as_str()).collect()
                };
                let (mine, theirs) = (nouns(idx), nouns(&by_value[&majority]));
                let part = mine
                    .iter()
                    .chain(&theirs)
                    .find(|n| crate::extract::facts::names_a_part_of_people(n));
                if cs[g[0]].count.class.starts_with("casualty:")
                    && mine.is_disjoint(&theirs)
                    && let Some(part) = part
                {
                    out.push(new_finding(
                        FindingType::NotComparable,
                        &topic,
                        &format!("{key}:{value}"),
                        format!(
                            "{versus}; the {part} may be some of the {}",
                            // The other side's noun.
                            if mine.contains(part) { &theirs } else { &mine }
                                .iter()
                                .next()
                                .copied()
                                .unwrap_or("people")
                        ),
                        "counts of one fate by different nouns, one naming a part of the people it befell",
                        &claims_of,
                        evidence_for(&all),
                    ));
                    continue;
                }
                out.push(new_finding(
                    FindingType::CountMismatch,
                    &topic,
                    &format!("{key}:{value}"),
                    versus,
                    "the same counted set, with words in common around the counts, has different numbers",
                    &claims_of,
                    evidence_for(&all),
                ));
            }
        } else if all_articles.len() >= 2 {
            let mut all = g.clone();
            all.extend(&consistent);
            let claims_of: Vec<&Claim> = all.iter().map(|&i| cs[i].claim).collect();
            let mut summary = format!(
                "{} agree on {} {noun} ({})",
                join(&all_articles),
                grouped(majority),
                texts(g).join(", ")
            );
            if !consistent.is_empty() {
                summary.push_str(&format!(
                    "; {} {} consistent with it",
                    texts(&consistent).join(", "),
                    if consistent.len() == 1 { "is" } else { "are" }
                ));
            }
            out.push(new_finding(
                if consistent.is_empty() {
                    FindingType::Equivalent
                } else {
                    FindingType::Subsumed
                },
                &topic,
                &key,
                summary,
                "counts of the same set agree (vague counts contain the exact value)",
                &claims_of,
                evidence_for(&all),
            ));
        } else if consistent.is_empty() {
            // Set beside another outlet's count in a not-comparable note.
            if unsure.contains(&gi) {
                continue;
            }
            // Set against (or beside) another article's vague count below: not a
            // single source.
            let alone = contradicting.is_empty() && unsure_vague.is_empty();
            let claims_of: Vec<&Claim> = g.iter().map(|&i| cs[i].claim).collect();
            out.extend(alone.then(|| {
                new_finding(
                    FindingType::SingleSource,
                    &topic,
                    &format!("{}:{key}", all_articles[0]),
                    format!(
                        "Only {} counts {} {noun} ({})",
                        all_articles[0],
                        grouped(majority),
                        texts(g).join(", ")
                    ),
                    "no other article gives this count",
                    &claims_of,
                    evidence_for(g),
                )
            }));
        } else {
            let mut all = g.clone();
            all.extend(&consistent);
            let claims_of: Vec<&Claim> = all.iter().map(|&i| cs[i].claim).collect();
            let arts = articles_of(&all);
            out.push(new_finding(
                FindingType::Subsumed,
                &topic,
                &key,
                format!(
                    "{} counts {} {noun} ({}); {} {} consistent with it",
                    all_articles[0],
                    grouped(majority),
                    texts(g).join(", "),
                    texts(&consistent).join(", "),
                    if consistent.len() == 1 { "is" } else { "are" }
                ),
                "a vague count contains the exact value",
                &claims_of,
                evidence_for(&all),
            ));
            let _ = arts;
        }
        // Each vague count that leaves the figure out, with the group's counts: set
        // beside them on weak context, against them on strong. Vague counts against
        // the figure that agree among themselves ("approximately 2.3 million", "about
        // 2.3 million" against "3.2 million") are one finding: the other side's view.
        let beside = unsure_vague.iter().map(|&v| (vec![v], false));
        let against = agreeing_sets(&contradicting, |v| cs[v].count.value);
        for (vs, against) in beside.chain(against.into_iter().map(|vs| (vs, true))) {
            let v = vs[0];
            let claims_of: Vec<&Claim> = vs
                .iter()
                .map(|&v| cs[v].claim)
                .chain(g.iter().map(|&i| cs[i].claim))
                .collect();
            let mut ev: Vec<Evidence> = vs
                .iter()
                .map(|&v| quote.at(&cs[v].claim.article, &cs[v].claim.span))
                .collect();
            ev.extend(evidence_for(g));
            let (kind, summary, rule) = if against && vs.len() > 1 {
                let says: Vec<String> = vs
                    .iter()
                    .map(|&v| format!("\"{}\"", cs[v].claim.text))
                    .collect();
                (
                    FindingType::CountMismatch,
                    format!(
                        "{} say {}, which cannot be {} as {} count",
                        join(&articles_of(&vs)),
                        join(&says),
                        grouped(majority),
                        join(&all_articles)
                    ),
                    "a vague count excludes the exact count of the same set",
                )
            } else if against {
                (
                    FindingType::CountMismatch,
                    format!(
                        "{} says \"{}\" ({}), which cannot be {} as {} count",
                        cs[v].claim.article,
                        cs[v].claim.text,
                        cs[v].count.value.readable(),
                        grouped(majority),
                        join(&all_articles)
                    ),
                    "a vague count excludes the exact count of the same set",
                )
            } else {
                (
                    FindingType::NotComparable,
                    format!(
                        "{} says \"{}\" ({}) where {} count {}; the words around them share too little to say they count the same {noun}",
                        cs[v].claim.article,
                        cs[v].claim.text,
                        cs[v].count.value.readable(),
                        join(&all_articles),
                        grouped(majority),
                    ),
                    "a vague count excludes another article's exact count, with little shared context",
                )
            };
            out.push(new_finding(
                kind,
                &topic,
                &format!("{key}:{}", cs[v].claim.id),
                summary,
                rule,
                &claims_of,
                ev,
            ));
        }
    }
    out.extend(judge_rough_counts(&cs, &rough_pairs, &attached, &quote));
    note_margins_by_votes(&cs, &mut out);
    out
}

/// A conflict over a race's margin notes what the articles' own tallies make of it:
/// an article that gives exactly two candidates' votes ("Szabo received 18,422 votes to
/// Pell's 17,486") says the margin is their difference (936), whichever figure it states.
fn note_margins_by_votes(cs: &[C], findings: &mut [Finding]) {
    /// One article's votes by candidate's class: (noun, value) as each time given.
    type Tally<'c> = BTreeMap<&'c str, Vec<(&'c str, u64)>>;
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for c in cs.iter().filter(|c| c.count.class.starts_with("votes:")) {
        if let Some(v) = c.count.value.is_exact().then_some(c.count.value.lo) {
            tallies
                .entry(c.claim.article.as_str())
                .or_default()
                .entry(c.count.class.as_str())
                .or_default()
                .push((c.count.noun.as_str(), v));
        }
    }
    let margin_ids: HashSet<&str> = cs
        .iter()
        .filter(|c| c.count.class == "margin:votes")
        .map(|c| c.claim.id.as_str())
        .collect();
    for f in findings.iter_mut().filter(|f| {
        f.kind_type == FindingType::CountMismatch
            && !f.claims.is_empty()
            && f.claims.iter().all(|id| margin_ids.contains(id.as_str()))
    }) {
        for (article, by) in &tallies {
            let firsts: Vec<(&str, u64)> = by
                .values()
                .filter_map(|v| {
                    let mut values = v.iter().map(|x| x.1);
                    let first = values.next()?;
                    values.all(|x| x == first).then_some((v[0].0, first))
                })
                .collect();
            let [(a, x), (b, y)] = firsts[..] else {
                continue;
            };
            let name = |noun: &str| noun.trim_start_matches("votes for ").to_string();
            f.notes.push(format!(
                "{article} gives {} {} votes and {} {}: {} apart",
                name(a),
                grouped(x),
                name(b),
                grouped(y),
                grouped(x.abs_diff(y))
            ));
        }
    }
}

/// `items` in sets whose values all overlap, each set in the order of its first item:
/// an item joins the first set whose every value overlaps its own.
fn agreeing_sets(
    items: &[usize],
    value: impl Fn(usize) -> crate::model::Interval,
) -> Vec<Vec<usize>> {
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for &i in items {
        let v = value(i);
        match sets
            .iter_mut()
            .find(|s| s.iter().all(|&j| value(j).overlaps(&v)))
        {
            Some(s) => s.push(i),
            None => sets.push(vec![i]),
        }
    }
    sets
}

/// How many times the largest of two figures of one kind may be the smallest for them
/// to be read as one set told two ways: a company's whole staff ("about 2,400 people")
/// and the workers of one site ("41 workers") are two sets.
/// Least lower bound that lets an open range ("more than 300") be set beside other
/// rough counts: "at least two" says too little.
const OPEN_RANGE_FLOOR: u64 = 10;

/// Whether a rough count says enough to be set beside another: a closed range, or an
/// open one from a figure of tens or more.
fn bounded(v: &crate::model::Interval) -> bool {
    v.hi.is_some() || v.lo >= OPEN_RANGE_FLOOR
}

fn within_apart(a: &crate::model::Interval, b: &crate::model::Interval) -> bool {
    let top = |v: &crate::model::Interval| v.hi.unwrap_or(v.lo);
    a.lo <= top(b).saturating_mul(FIGURES_APART) && b.lo <= top(a).saturating_mul(FIGURES_APART)
}

/// `data/increment_words.txt`: words that give a count as an increase.
static INCREMENT_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/increment_words.txt")).collect()
});

/// The word among a count's own words that gives it as an increase ("40 new
/// officers"), if any.
fn increment_word(words: &str) -> Option<&'static str> {
    let words: Vec<&str> = words.split_whitespace().collect();
    words.iter().enumerate().find_map(|(k, w)| {
        // "more than 30" is a hedge, not "30 more".
        let hedge = words
            .get(k + 1)
            .is_some_and(|n| n.eq_ignore_ascii_case("than"));
        INCREMENT_WORDS
            .iter()
            .copied()
            .find(|i| w.eq_ignore_ascii_case(i) && !hedge)
    })
}

/// Whether an open count ("more than 1.3 million") leaves out an exact one near it
/// (1,204,311): within [`FIGURES_APART`] times, so not a count of another scale.
fn leaves_out(open: &C, exact: &C) -> bool {
    !open.count.value.contains(exact.count.value.lo)
        && within_apart(&open.count.value, &exact.count.value)
}

/// How far a figure lies outside a range: 0 within it.
fn gap(range: &crate::model::Interval, figure: u64) -> u64 {
    if figure < range.lo {
        range.lo - figure
    } else {
        range.hi.map_or(0, |hi| figure.saturating_sub(hi))
    }
}

/// See [`within_apart`].
const FIGURES_APART: u64 = 3;

/// Whether one figure is the other in another power of ten (10, 100 or 1,000 times),
/// one of them exact with at least [`SHIFT_DIGITS`] significant digits: "14,231" and
/// "142,310" or "approximately 142,000" are one figure with a digit dropped or added.
/// Round figures ("about 14,000", "140,000") may well be two sets of two scales.
fn digit_dropped(a: &crate::model::Interval, b: &crate::model::Interval) -> bool {
    let precise = |v: &crate::model::Interval| {
        v.is_exact() && {
            let mut n = v.lo;
            while n > 0 && n.is_multiple_of(10) {
                n /= 10;
            }
            n >= 10u64.pow(SHIFT_DIGITS - 1)
        }
    };
    let (small, large) = if a.lo <= b.lo { (a, b) } else { (b, a) };
    if !(precise(small) || precise(large)) {
        return false;
    }
    [10u64, 100, 1_000].iter().any(|&k| {
        let scaled = crate::model::Interval {
            lo: small.lo.saturating_mul(k),
            hi: small.hi.map(|h| h.saturating_mul(k)),
        };
        // An exact figure scaled up stands for the span its dropped digits leave open.
        let scaled = if small.is_exact() {
            crate::model::Interval {
                lo: scaled.lo,
                hi: Some(scaled.lo + k - 1),
            }
        } else {
            scaled
        };
        scaled.overlaps(large)
    })
}

/// Significant digits an exact figure needs for [`digit_dropped`].
const SHIFT_DIGITS: u32 = 4;

/// Counts of one kind of thing from two or more articles, each the only count of that
/// kind its article gives, with different values and some word around them in common,
/// but too little to link them ("Northwind closing 4 plants" in a forum post, "will close
/// three plants, in Tennessee, Kentucky and Alabama" in the release). Each would
/// otherwise be "the only one" to count its plants; they may count the same plants or
/// not, so a reader is told the figures and that xcheck cannot say. At least one count
/// is exact; a rough one ("about 1,150 jobs" beside "1,400 jobs") takes part when it
/// excludes the exact figures and was linked to nothing. Returns the indices of the
/// exact groups so reported, and the findings.
fn lone_differing_counts(
    cs: &[C],
    groups: &[Vec<usize>],
    vague_links: &[(usize, usize, bool)],
    rough_pairs: &[(usize, usize)],
    quote: &Quoter,
) -> (HashSet<usize>, Vec<Finding>) {
    let rough = |c: &C| !c.count.value.is_exact() && c.count.value.hi.is_some() && !c.count.loose;
    // Each article's figures of each kind: an exact figure given twice (a headline's
    // "seven clinics", the lead's "seven urgent-care clinics") is still one figure.
    let mut per_article: HashMap<(&str, &str), (BTreeSet<crate::model::Interval>, usize)> =
        HashMap::default();
    for c in cs
        .iter()
        .filter(|c| !c.count.partitive && (c.count.value.is_exact() || rough(c)))
    {
        let (figures, counts) = per_article
            .entry((c.claim.article.as_str(), c.count.class.as_str()))
            .or_default();
        figures.insert(c.count.value);
        *counts += 1;
    }
    // A rough count must be its article's only count of the kind; an exact one its
    // article's only figure.
    let only_one = |c: &C| {
        let (figures, counts) = &per_article[&(c.claim.article.as_str(), c.count.class.as_str())];
        figures.len() == 1 && (c.count.value.is_exact() || *counts == 1)
    };
    // Counts already judged together: a rough count linked to an exact one it contains
    // or, on strong context, excludes near it; two rough counts of one set. (A strong
    // link between figures more than a few times apart is judged by no one there.)
    let linked: HashSet<usize> = vague_links
        .iter()
        .filter(|&&(v, e, strong)| {
            let (vv, ev) = (&cs[v].count.value, &cs[e].count.value);
            (strong && within_apart(vv, ev)) || vv.contains(ev.lo)
        })
        .flat_map(|&(v, e, _)| [v, e])
        .chain(rough_pairs.iter().flat_map(|&(a, b)| [a, b]))
        .collect();
    // Candidates by kind: single-count exact groups (by group) and rough counts (by
    // count), each its article's only count of its kind.
    let mut group_of: HashMap<usize, usize> = HashMap::default();
    let mut by_class: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (gi, g) in groups.iter().enumerate() {
        let c = &cs[g[0]];
        // A group of one figure (a group of two is judged as a conflict).
        let one_figure = g.iter().all(|&i| cs[i].count.value == c.count.value);
        if !c.count.partitive
            && one_figure
            && g.iter().all(|&i| !linked.contains(&i) && only_one(&cs[i]))
        {
            for &i in g {
                group_of.insert(i, gi);
                by_class.entry(&c.count.class).or_default().push(i);
            }
        }
    }
    for (i, c) in cs.iter().enumerate() {
        if rough(c) && !c.count.partitive && !linked.contains(&i) && only_one(c) {
            by_class.entry(&c.count.class).or_default().push(i);
        }
    }
    let mut unsure = HashSet::default();
    let mut out = Vec::new();
    for candidates in by_class.values() {
        // Those that share a word with another of the kind, in text order. A fate
        // names its set by itself: each outlet's only count of the hospitalized ("9
        // have been hospitalized", "10 of them were hospitalized") counts one set of a
        // story's people, in whatever words; so does the size of a body of people (a
        // match's "crowd of 48,500" and "Attendance: 45,800").
        let class = cs[candidates[0]].count.class.as_str();
        let fate = class.starts_with("casualty:") || crate::extract::facts::counts_a_body(class);
        // So does a thing's noun, not people's: each outlet's only count of schools
        // ("five schools", "SIX schools, not five like they keep saying") counts the
        // story's schools. People ("20 residents", "30 residents") come in many sets.
        // Their nouns must be the same word: a class may hold several.
        let thing = !crate::extract::facts::counts_people(&cs[candidates[0]].count.noun);
        let mut idx: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| {
                candidates.iter().any(|&j| {
                    cs[j].claim.article != cs[i].claim.article
                        && (fate
                            || (thing && cs[i].count.noun == cs[j].count.noun)
                            || cs[i].ctx.intersection(&cs[j].ctx).next().is_some())
                })
            })
            .collect();
        idx.sort_unstable();
        let exact: BTreeSet<u64> = idx
            .iter()
            .filter(|&&i| cs[i].count.value.is_exact())
            .map(|&i| cs[i].count.value.lo)
            .collect();
        let rough_apart = idx.iter().any(|&i| {
            !cs[i].count.value.is_exact() && exact.iter().all(|&v| !cs[i].count.value.contains(v))
        });
        if exact.is_empty() || (exact.len() < 2 && !rough_apart) {
            continue;
        }
        // Figures more than a few times apart ("about 6,000 people" a company employs,
        // "212 workers" laid off at one site) count different sets, not one set told
        // two ways.
        // Unless the figures are one in other powers of ten ("14,231 vehicles" in a forum
        // post, "approximately 142,000 vehicles" in the release): a digit dropped.
        let mut shifted: Option<(usize, usize)> = None;
        let apart = idx.iter().any(|&i| {
            idx.iter().any(|&j| {
                let (a, b) = (&cs[i].count.value, &cs[j].count.value);
                if within_apart(a, b) {
                    return false;
                }
                if digit_dropped(a, b) {
                    shifted.get_or_insert((i, j));
                    return false;
                }
                true
            })
        });
        if apart {
            continue;
        }
        unsure.extend(idx.iter().filter_map(|i| group_of.get(i)));
        let noun = cs[idx[0]].count.noun.as_str();
        // One entry for each figure, in the order first given, with the articles that
        // give it and their words: "8 in union (\"eight clinics\")", "7 in local and
        // wire (\"seven clinics\", …)".
        let mut by_figure: Vec<(&crate::model::Interval, Vec<usize>)> = Vec::new();
        for &i in &idx {
            match by_figure.iter_mut().find(|(v, _)| **v == cs[i].count.value) {
                Some((_, members)) => members.push(i),
                None => by_figure.push((&cs[i].count.value, vec![i])),
            }
        }
        let each: Vec<String> = by_figure
            .iter()
            .map(|(value, members)| {
                let texts = unique(members.iter().map(|&i| format!("\"{}\"", cs[i].claim.text)));
                format!(
                    "{} in {} ({})",
                    value.readable(),
                    join(&unique(
                        members.iter().map(|&i| cs[i].claim.article.clone())
                    )),
                    texts.join(", ")
                )
            })
            .collect();
        let mut values: Vec<&crate::model::Interval> =
            idx.iter().map(|&i| &cs[i].count.value).collect();
        values.sort_by_key(|v| (v.lo, v.hi));
        values.dedup();
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        let claims_of: Vec<&Claim> = idx.iter().map(|&i| cs[i].claim).collect();
        // Two figures of a running count, the larger in articles dated after the
        // smaller's: most likely one count on two days.
        let dated = match by_figure.as_slice() {
            [(a, x), (b, y)] if idx.iter().any(|&i| running_count(&cs[i].count)) => {
                let (larger, smaller) = if a.lo > b.lo { (x, y) } else { (y, x) };
                let arts = |m: &[usize]| unique(m.iter().map(|&i| cs[i].claim.article.clone()));
                quote.dated_after(&arts(larger), &arts(smaller))
            }
            _ => None,
        };
        let mut why = match dated {
            Some(dated) => format!("{dated}, so they may be of different days"),
            None => {
                format!("the words around them share too little to say they count the same {noun}")
            }
        };
        if let Some((i, j)) = shifted {
            let (small, large) = if cs[i].count.value.lo < cs[j].count.value.lo {
                (i, j)
            } else {
                (j, i)
            };
            why.push_str(&format!(
                "; \"{}\" and \"{}\" may be one figure with a digit dropped or added",
                cs[small].claim.text, cs[large].claim.text
            ));
        }
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("count: {noun}"),
            &format!("{}:lone:{}", cs[idx[0]].count.class, values.join(",")),
            format!(
                "The outlets' only counts of {noun} differ: {}; {why}",
                each.join(", ")
            ),
            "each article's only count of this kind of thing, with different values and too little shared context to align them",
            &claims_of,
            evidence_per_article(quote, cs, &idx),
        ));
    }
    (unsure, out)
}

/// Whether two counts' own phrases share a word besides their noun and figures ("214
/// fraudulent wire transfers", "361 fraudulent transfers").
fn same_modifier(a: &C, b: &C) -> bool {
    let noun = crate::extract::lists::stems(&a.count.noun);
    let (sa, sb) = (
        crate::extract::lists::stems(&a.claim.text),
        crate::extract::lists::stems(&b.claim.text),
    );
    sa.iter().any(|w| sb.contains(w) && !noun.contains(w))
}

/// Rough counts of one set that no exact count anchors, from two or more articles. The
/// same rough figure agrees; different rough figures are not set against each other
/// (both may be right: "about 80" and "roughly 60" may describe one crowd), but a
/// reader is told the outlets give different figures.
fn judge_rough_counts(
    cs: &[C],
    pairs: &[(usize, usize)],
    attached: &HashSet<usize>,
    quote: &Quoter,
) -> Vec<Finding> {
    let mut sets = UnionFind::new(cs.len());
    for &(a, b) in pairs {
        sets.union(a, b);
    }
    let mut out = Vec::new();
    for g in sets.groups() {
        let articles = unique(g.iter().map(|&i| cs[i].claim.article.clone()));
        if articles.len() < 2 || g.iter().any(|i| attached.contains(i)) {
            continue;
        }
        let evidence = evidence_per_article(quote, cs, &g);
        let claims_of: Vec<&Claim> = g.iter().map(|&i| cs[i].claim).collect();
        let texts: Vec<String> = g
            .iter()
            .map(|&i| format!("\"{}\" ({})", cs[i].claim.text, cs[i].claim.article))
            .collect();
        let noun = match cs[g[0]].count.noun.as_str() {
            "" => "of the set",
            n => n,
        };
        let topic = format!("count: {noun}");
        let mut values: Vec<String> = g.iter().map(|&i| cs[i].count.value.to_string()).collect();
        values.sort();
        values.dedup();
        let key = format!("{}:rough:{}", cs[g[0]].count.class, values.join(","));
        // Two figures of the same digits, two swapped: one may be mistyped. Each figure
        // once: three outlets' "about 12,000" against one's "roughly 21,000" are two.
        let mut figures: Vec<u64> = Vec::new();
        for f in g
            .iter()
            .filter_map(|&i| super::stated::as_written(&cs[i].count.value))
        {
            if !figures.contains(&f) {
                figures.push(f);
            }
        }
        let swapped = match figures[..] {
            [x, y] if super::stated::swapped_digits(x, y) => Some(format!(
                "; {} and {} have the same digits, two swapped: one may be mistyped",
                grouped(x),
                grouped(y)
            )),
            _ => None,
        };
        // Two figures of the same digits ten or more times apart ("about 41 million",
        // "approximately 4.1 million"): both cannot be right; a decimal point or a
        // scale word may have slipped.
        let mut ranges: Vec<&crate::model::Interval> =
            g.iter().map(|&i| &cs[i].count.value).collect();
        ranges.sort_by_key(|v| (v.lo, v.hi));
        ranges.dedup();
        let slipped = match ranges[..] {
            [x, y] => super::stated::slip(x, y).filter(|s| s.ends_with("times apart")),
            _ => None,
        };
        out.push(if values.len() == 1 {
            new_finding(
                FindingType::Equivalent,
                &topic,
                &key,
                format!("{} give the same rough count: {}", join(&articles), texts.join(", ")),
                "rough counts of the same set give the same range",
                &claims_of,
                evidence,
            )
        } else if let Some(apart) = slipped {
            // An exact count set beside a rough one is no "rough count" itself.
            let rough = if g.iter().all(|&i| !cs[i].count.value.is_exact()) {
                "rough counts"
            } else {
                "counts"
            };
            new_finding(
                FindingType::NotComparable,
                &topic,
                &key,
                format!(
                    "{} give different {rough} in the same digits, {apart}: {}; a decimal point or a scale word may have slipped",
                    join(&articles),
                    texts.join(", "),
                ),
                "rough counts of the same set in the same digits, ten or more times apart; with no exact count, neither can be set against the other",
                &claims_of,
                evidence,
            )
        } else {
            new_finding(
                FindingType::NotComparable,
                &topic,
                &key,
                format!(
                    "{} give different rough counts, which may all be right: {}{}",
                    join(&articles),
                    texts.join(", "),
                    swapped.unwrap_or_default()
                ),
                "rough counts of the same set differ; with no exact count, neither can be set against the other",
                &claims_of,
                evidence,
            )
        });
    }
    out
}

/// Whether two hedged counts were read from one figure ("about 2,300", "roughly 2,300")
/// or from figures of the same digits, two swapped ("about 3,200").
fn same_or_swapped(a: &crate::model::Interval, b: &crate::model::Interval) -> bool {
    match (super::stated::as_written(a), super::stated::as_written(b)) {
        (Some(x), Some(y)) => x == y || super::stated::swapped_digits(x, y),
        _ => false,
    }
}

/// The evidence lines of counts `idx`, the first count of each article only.
fn evidence_per_article(quote: &Quoter, cs: &[C], idx: &[usize]) -> Vec<Evidence> {
    let mut seen = HashSet::default();
    idx.iter()
        .filter(|&&i| seen.insert(cs[i].claim.article.as_str()))
        .map(|&i| quote.at(&cs[i].claim.article, &cs[i].claim.span))
        .collect()
}

fn unique_idx(it: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut v: Vec<usize> = Vec::new();
    for i in it {
        if !v.contains(&i) {
            v.push(i);
        }
    }
    v
}

/// Smallest count set against a list of as many places for its noun: "two states" and
/// another outlet's "Scott and Newton counties" are as many by chance, where 23 of each
/// are one set.
const MIN_CHARACTERIZED: u64 = 5;

/// "23 cities" for a complete list of 23 that holds states and counties: the word for
/// what is counted does not fit the list's own members.
pub fn characterizations(docs: &[Doc], claims: &[&Claim]) -> Vec<Finding> {
    let quote = Quoter::new(docs);
    let mut out = Vec::new();
    let lists: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|c| c.as_list().is_some_and(|l| l.complete))
        .collect();
    for c in claims {
        let Some(count) = c.as_count() else { continue };
        let Some(kind) = kind_named(&count.noun) else {
            continue;
        };
        if !count.value.is_exact() || count.value.lo < MIN_CHARACTERIZED {
            continue;
        }
        let n = count.value.lo as usize;
        let matching: Vec<&&Claim> = lists
            .iter()
            .filter(|l| {
                l.as_list().is_some_and(|x| {
                    x.items.len() == n && x.items.iter().any(|i| miscalled(kind, i.place.kind))
                })
            })
            .collect();
        let Some(first) = matching.first() else {
            continue;
        };
        let list = first.as_list().unwrap();
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for i in &list.items {
            *kinds.entry(i.place.kind.noun()).or_default() += 1;
        }
        let breakdown: Vec<String> = kinds
            .iter()
            .map(|(k, v)| format!("{v} {}", if *v == 1 { k.to_string() } else { plural(k) }))
            .collect();
        let mut claims_of: Vec<&Claim> = vec![c];
        claims_of.extend(matching.iter().map(|l| **l));
        let mut evidence = vec![quote.at(&c.article, &c.span)];
        evidence.extend(matching.iter().map(|l| quote.claim(l)));
        out.push(new_finding(
            FindingType::Characterization,
            &format!("count: {}", count.noun),
            &format!("{}:{}", c.article, count.noun),
            format!(
                "{} calls the {n} \"{}\", but the complete list{} of {} hold{} {}",
                c.article,
                count.noun,
                if matching.len() == 1 { "" } else { "s" },
                join(&unique(matching.iter().map(|l| l.article.clone()))),
                if matching.len() == 1 { "s" } else { "" },
                breakdown.join(", ")
            ),
            "a count's noun names one kind of place, but the list it counts holds others",
            &claims_of,
            evidence,
        ));
    }
    out
}

/// Whether a listed place is known to be of a kind that the count's noun does not name.
/// A name of no known kind ("Niue" in a bulleted list) may be what the noun says: it is
/// no evidence that the count misnames the list.
fn miscalled(kind: PlaceKind, item: PlaceKind) -> bool {
    item != PlaceKind::Unknown && !rightly_called(kind, item)
}

/// Whether a place of kind `item` is rightly called by the noun of `kind`: "27 states"
/// may count countries, sovereign states, as a summit's signatories are.
pub(super) fn rightly_called(kind: PlaceKind, item: PlaceKind) -> bool {
    item.class() == kind.class() || (kind == PlaceKind::State && item == PlaceKind::Country)
}

/// The place kind a plural noun names, when it names exactly one.
pub(super) fn kind_named(noun: &str) -> Option<PlaceKind> {
    match noun {
        "cities" | "towns" | "municipalities" => Some(PlaceKind::City),
        "counties" => Some(PlaceKind::County),
        "states" => Some(PlaceKind::State),
        "countries" | "nations" => Some(PlaceKind::Country),
        _ => None,
    }
}

/// Nouns of counts that run on from day to day (`data/running_counts.txt`).
static RUNNING_NOUNS: std::sync::LazyLock<HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/running_counts.txt")).collect()
});

/// Whether a count is of a running tally: of casualties, or by a noun of
/// `data/running_counts.txt` ("58 confirmed cases"). Ages and the like never are.
fn running_count(count: &CountClaim) -> bool {
    let last = count.noun.rsplit(' ').next().unwrap_or("");
    count.class.starts_with("casualty:") || RUNNING_NOUNS.contains(last.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::increment_word;

    #[test]
    fn a_count_given_as_an_increase_and_a_hedge_that_is_none() {
        assert_eq!(increment_word("45 new measles cases"), Some("new"));
        assert_eq!(increment_word("another 300 jobs"), Some("another"));
        assert_eq!(increment_word("30 more officers"), Some("more"));
        assert_eq!(increment_word("more than 30 are hurt"), None);
        assert_eq!(increment_word("120 measles cases"), None);
    }
}
