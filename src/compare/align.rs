//! Alignment: which claims of different articles speak of the same thing.
//!
//! Lists are grouped into topics through their members: two lists of different articles
//! are about the same set when enough of their places match; lists of one article join
//! when they share a sentence or name sets of one class ("communities", "counties"). Place matching
//! goes through canonical keys, so the comparison grows with the number of items, not
//! with every pair of strings.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::UnionFind;
use crate::canon::gazetteer::gazetteer;
use crate::extract::lists::{noun_class, stems};
use crate::model::{Claim, ListClaim, Place, PlaceKind};
use crate::text::normalize::fold_name;

/// A group of list claims about one set.
#[derive(Debug, Clone)]
pub struct ListTopic {
    /// "list: jurisdictions".
    pub name: String,
    /// Indices into the claims slice, in claim order.
    pub claims: Vec<usize>,
}

/// True when two places are the same member of a list: same class (a city, its
/// city-county and its metro government are one), same name up to one typo in a long
/// name, and states that do not disagree.
pub fn same_place(a: &Place, b: &Place) -> bool {
    if a.key == b.key {
        return true;
    }
    if a.kind.class() != b.kind.class() {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.state, &b.state)
        && x != y
    {
        return false;
    }
    let (x, y) = (fold_name(&a.name), fold_name(&b.name));
    if x == y {
        return true;
    }
    // "Cologne, Germany" in one list and a bare "Cologne" in another: one town abroad,
    // when neither names a state.
    if a.state.is_none() && b.state.is_none() {
        let bare = |p: &Place| abroad_base(&p.name).map(fold_name);
        if bare(a).as_ref() == Some(&y) || bare(b).as_ref() == Some(&x) {
            return true;
        }
    }
    // "Evansvile IN" is Evansville: one edit in a long name, when the gazetteer does not
    // know both spellings as different places.
    let long = x.chars().count() >= 7 && y.chars().count() >= 7;
    let both_known = !gazetteer().cities(&x).is_empty() && !gazetteer().cities(&y).is_empty();
    long && !both_known
        && a.state.is_some()
        && a.state == b.state
        && strsim::levenshtein(&x, &y) <= 1
}

/// The town's name of a town abroad named with its country ("Cologne" of "Cologne,
/// Germany"), as `canon::places` names one.
fn abroad_base(name: &str) -> Option<&str> {
    let (town, country) = name.rsplit_once(", ")?;
    gazetteer().country(&fold_name(country)).map(|_| town)
}

/// True when `outer` holds `inner`: a state its counties and cities, a county the city
/// the gazetteer places in it.
pub fn contains(outer: &Place, inner: &Place) -> bool {
    let same_state = inner.state.is_some() && inner.state == outer.state;
    match outer.kind {
        PlaceKind::State => {
            inner.kind != PlaceKind::State && inner.kind != PlaceKind::Country && same_state
        }
        PlaceKind::County if inner.kind.class() == "local" && same_state => {
            let county = fold_name(&outer.name);
            gazetteer().cities(&fold_name(&inner.name)).iter().any(|c| {
                Some(&c.state) == inner.state.as_ref()
                    && c.county.as_deref() == Some(county.as_str())
            })
        }
        _ => false,
    }
}

/// How many items of `a` match an item of `b`.
pub fn matched(a: &ListClaim, b: &ListClaim) -> usize {
    a.items
        .iter()
        .filter(|x| b.items.iter().any(|y| same_place(&x.place, &y.place)))
        .count()
}

fn linked(a: &Claim, la: &ListClaim, b: &Claim, lb: &ListClaim) -> bool {
    if a.article == b.article {
        let same_sentence = a.span.start == b.span.start;
        let class = |l: &ListClaim| l.of.as_deref().and_then(noun_class);
        let same_noun = class(la).is_some() && class(la) == class(lb);
        // Two whole sets of one article that share no member are two sets: the schools
        // to close and the schools their students move to. So are two of different
        // sizes: an article does not tell one set two ways, so "Four counties --
        // Brantley, Charlton, Clinch and Ware -- are in exceptional drought" is a part
        // of the fourteen under a burn ban, named for another reason.
        let two_sets = la.complete
            && lb.complete
            && (matched(la, lb) == 0 || la.items.len() != lb.items.len());
        // Lists of people of one article are one set only as those of two articles
        // are (below): the finalists and those honored for their service are two.
        let same_set = if of_people(la) || of_people(lb) {
            share_a_lead_word(a, la, b, lb)
        } else {
            same_noun
        };
        return same_sentence || (same_set && !two_sets);
    }
    let (small, large) = if la.items.len() <= lb.items.len() {
        (la, lb)
    } else {
        (lb, la)
    };
    let m = matched(small, large);
    if m == 0 {
        return false;
    }
    // "Shasta and Tehama counties" speaks of the set its sentence is about: another
    // outlet's list is of the same set only when their sentences share a word.
    // A fact sheet's "Counties: Shasta County, Tehama County" has no word to share: its
    // label names no set but the story's own, so it may be the sentence's set.
    let plural = |l: &ListClaim| {
        l.cue == crate::extract::lists::PLURAL_SERIES
            || l.cue == crate::extract::lists::LOCATED_SERIES
            || l.cue == crate::extract::lists::ORDER_SERIES
    };
    // The same three or more places, each list whole and of one kind ("The outages are
    // in Ashe, Watauga and Avery counties", "customers remain without power in Ashe,
    // Watauga and Avery counties"): one set, told in other words. Joined, two such
    // lists can only agree.
    let class = |l: &ListClaim| l.of.as_deref().and_then(noun_class);
    let same_whole = la.complete
        && lb.complete
        && m >= 3
        && m == small.items.len()
        && m == large.items.len()
        && class(la) == class(lb);
    if (plural(la) || plural(lb))
        && !same_whole
        && !share_a_word(a, la, b, lb)
        && !bare_label(a, la)
        && !bare_label(b, lb)
    {
        return false;
    }
    // Those who voted one way are of one vote only when both articles tally it alike:
    // a story's meeting may hold several votes, and a name voted no on one of them.
    // Both tallied alike, they are that vote's one side, whatever their lead-ins
    // ("Nays:" in minutes, "voted against the plan" in a paper) and however few of
    // its names they share.
    if is_roster(la) || is_roster(lb) {
        return la.of == lb.of
            && matches!((&la.stated_count, &lb.stated_count), (Some(x), Some(y)) if x.value == y.value);
    }
    // People are named in many sets of one story (those charged, those voting yes, a
    // board's members): two lists of people are of one set only when their lead-ins
    // share a word beyond the names ("charged", "victims").
    if (of_people(la) || of_people(lb)) && !share_a_lead_word(a, la, b, lb) {
        return false;
    }
    match (la.complete, lb.complete) {
        (true, true) => 2 * m >= small.items.len() + large.items.len() - m,
        (true, false) => partial_fits(b, lb, a, la) || counted_part_of(lb, la),
        (false, true) => partial_fits(a, la, b, lb) || counted_part_of(la, lb),
        (false, false) => m >= 2 && 2 * m > small.items.len(),
    }
}

/// Whether a list names those who voted one way: a side of a vote cast, which no later
/// report can grow.
pub fn is_roster(list: &ListClaim) -> bool {
    matches!(list.of.as_deref(), Some("no votes" | "yes votes"))
}

/// A partial list speaks of a complete list's set when more than two thirds of its places are on
/// it, or more than half and its sentence shares a word with the complete list's
/// introduction beyond place names and set nouns ("letters", "notices"): "storms hit Texas, Ohio and Utah" is not
/// about the states that got letters just because two of three match.
fn partial_fits(pc: &Claim, partial: &ListClaim, cc: &Claim, complete: &ListClaim) -> bool {
    let m = matched(partial, complete);
    let n = partial.items.len();
    if 3 * m > 2 * n {
        return true;
    }
    if 2 * m <= n {
        return false;
    }
    share_a_word(pc, partial, cc, complete)
}

/// Whether a partial list names itself part of a complete list's set by its count:
/// "Minnesota and Wisconsin are among 14 states suing" against a complete list of
/// fourteen states, half or more of the partial list's places on it. A count of
/// [`MIN_COUNTED_SET`] or more rarely meets a list of that length by chance.
fn counted_part_of(partial: &ListClaim, complete: &ListClaim) -> bool {
    let n = complete.items.len() as u64;
    partial.stated_count.as_ref().is_some_and(|c| {
        c.value == n
            && n >= MIN_COUNTED_SET
            && 2 * matched(partial, complete) >= partial.items.len()
    })
}

/// Smallest set whose count ties a partial list to a complete list ([`counted_part_of`]).
const MIN_COUNTED_SET: u64 = 5;

/// Whether the sentences of two lists share a word beyond place names and set nouns,
/// which say what kind of thing is listed, not which set. The noun of a located
/// series is no such word: "retail stores in A, B and C" and "sold at grocery stores
/// in A, B and D" both tell where the stores are.
fn share_a_word(a: &Claim, la: &ListClaim, b: &Claim, lb: &ListClaim) -> bool {
    let mut places = item_stems(la, lb);
    for l in [la, lb] {
        if let Some(of) = &l.of
            && l.cue != crate::extract::lists::LOCATED_SERIES
        {
            places.extend(stems(of));
        }
    }
    share_beyond(a, b, &places) || share_a_label_number(&a.text, &b.text)
}

/// Whether two sentences name the same number of two digits or more that is no year:
/// a bill's, a route's or a case's ("Senate Bill 214 would apply in …", "SB 214
/// establishes a fund … in …"), or the same count of the set.
fn share_a_label_number(a: &str, b: &str) -> bool {
    fn numbers(t: &str) -> Vec<&str> {
        t.split(|c: char| !c.is_ascii_alphanumeric())
            .map(|w| w.trim_start_matches(|c: char| c.is_ascii_alphabetic()))
            .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_digit()))
            .filter(|w| !(w.len() == 4 && (1900..=2100).contains(&w.parse::<u32>().unwrap_or(0))))
            .collect()
    }
    let ours = numbers(a);
    numbers(b).iter().any(|n| ours.contains(n))
}

/// Whether a list names people.
fn of_people(l: &ListClaim) -> bool {
    l.items.iter().any(|i| i.place.kind == PlaceKind::Person)
}

/// Whether the words of two lists share a stem beyond their items' names and titles:
/// the set noun counts ("The four charged are …", "Those charged are …"), a title
/// does not (a board's "council members" and those "voting in favor" are two sets).
fn share_a_lead_word(a: &Claim, la: &ListClaim, b: &Claim, lb: &ListClaim) -> bool {
    let mut names = item_stems(la, lb);
    for text in [&a.text, &b.text] {
        for word in text.split_whitespace() {
            if crate::extract::people_lists::is_title_word(
                word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'),
            ) {
                names.extend(stems(word));
            }
        }
    }
    share_beyond(a, b, &names)
}

/// The stems of the items of two lists.
fn item_stems(la: &ListClaim, lb: &ListClaim) -> rustc_hash::FxHashSet<String> {
    la.items
        .iter()
        .chain(&lb.items)
        .flat_map(|i| stems(&i.text))
        .collect()
}

/// Whether two claims' words share a stem that is not `beyond`, each stem read as its
/// context synonym ("shut their doors" and "will close" share "close").
fn share_beyond(a: &Claim, b: &Claim, beyond: &rustc_hash::FxHashSet<String>) -> bool {
    let read = |c: &Claim| -> rustc_hash::FxHashSet<String> {
        stems(&c.text)
            .difference(beyond)
            .map(|s| crate::extract::context_stem(s).to_string())
            .collect()
    };
    let ours = read(a);
    read(b).iter().any(|w| ours.contains(w))
}

/// Whether a list's words are its places and its set noun alone ("Counties: Shasta
/// County, Tehama County"): a label, with nothing to say which of two sets it is.
fn bare_label(c: &Claim, l: &ListClaim) -> bool {
    // A table headed "County | Confirmed cases" says what its rows are, not which set
    // of the story's counties they are: a label too.
    if l.cue == crate::extract::lists::TABLE {
        return true;
    }
    let mut own: rustc_hash::FxHashSet<String> =
        l.items.iter().flat_map(|i| stems(&i.text)).collect();
    if let Some(of) = &l.of {
        own.extend(stems(of));
    }
    stems(&c.text).iter().all(|w| own.contains(w))
}

/// Groups list claims into topics (union-find over the links above).
pub fn align_lists(claims: &[&Claim]) -> Vec<ListTopic> {
    let lists: Vec<(usize, &Claim, &ListClaim)> = claims
        .iter()
        .copied()
        .enumerate()
        .filter_map(|(i, c)| c.as_list().map(|l| (i, c, l)))
        .collect();
    let mut sets = UnionFind::new(lists.len());
    // Candidate pairs come from shared item keys (and shared article), not from every
    // pair of lists.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::default();
    for (n, (_, c, l)) in lists.iter().enumerate() {
        by_article.entry(c.article.as_str()).or_default().push(n);
        for item in &l.items {
            // An organization's key drops what outlets leave out of its name ("Inc.",
            // a school's "School"): its key, not its name, finds its peers.
            let loose = if item.place.kind == crate::model::PlaceKind::Organization {
                item.place.key.clone()
            } else {
                let name = match item.place.state {
                    None => abroad_base(&item.place.name).unwrap_or(&item.place.name),
                    Some(_) => &item.place.name,
                };
                format!("{}:{}", item.place.kind.class(), fold_name(name))
            };
            by_key.entry(loose).or_default().push(n);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for group in by_key.values().chain(by_article.values()) {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                if a != b {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    for (a, b) in pairs {
        let (_, ca, la) = lists[a];
        let (_, cb, lb) = lists[b];
        if linked(ca, la, cb, lb) {
            sets.union(a, b);
        }
    }
    let groups: Vec<Vec<usize>> = sets
        .groups()
        .into_iter()
        .map(|g| g.into_iter().map(|n| lists[n].0).collect())
        .collect();
    let mut names_used: HashMap<String, usize> = HashMap::default();
    groups
        .into_iter()
        .map(|members| {
            let base = format!("list: {}", topic_noun(claims, &members));
            let n = names_used.entry(base.clone()).or_insert(0);
            *n += 1;
            let name = if *n == 1 {
                base
            } else {
                format!("{base} ({n})")
            };
            ListTopic {
                name,
                claims: members,
            }
        })
        .collect()
}

/// The set noun most lists of a topic use, complete lists counting double.
fn topic_noun(claims: &[&Claim], members: &[usize]) -> String {
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in members {
        if let Some(l) = claims[i].as_list()
            && let Some(of) = &l.of
        {
            *votes.entry(of.as_str()).or_default() += if l.complete { 3 } else { 1 };
        }
    }
    votes
        .into_iter()
        .max_by_key(|(noun, n)| (*n, std::cmp::Reverse(*noun)))
        .map_or_else(|| "places".to_string(), |(noun, _)| noun.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::places::make_place;

    #[test]
    fn typo_in_a_long_name_matches_only_within_a_state() {
        let a = make_place("Brookhavenn", PlaceKind::City, Some("MS"));
        let b = make_place("Brookhaven", PlaceKind::City, Some("MS"));
        let c = make_place("Brookhaven", PlaceKind::City, Some("GA"));
        assert!(same_place(&a, &b));
        assert!(!same_place(&a, &c));
        let x = make_place("Cook", PlaceKind::County, Some("IL"));
        let y = make_place("Cook", PlaceKind::County, None);
        assert!(same_place(&x, &y));
        assert!(!same_place(
            &x,
            &make_place("Cook", PlaceKind::City, Some("IL"))
        ));
    }

    #[test]
    fn containment_by_state_and_by_county() {
        let ohio = make_place("Ohio", PlaceKind::State, Some("OH"));
        let akron = make_place("Akron", PlaceKind::City, Some("OH"));
        let summit = make_place("Summit", PlaceKind::County, Some("OH"));
        let lucas = make_place("Lucas", PlaceKind::County, Some("OH"));
        assert!(contains(&ohio, &akron));
        assert!(contains(&ohio, &summit));
        assert!(contains(&summit, &akron));
        assert!(!contains(&lucas, &akron));
        assert!(!contains(&akron, &ohio));
    }
}
