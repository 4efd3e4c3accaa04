//! Judging a topic of lists: complete lists against each other, partial lists against the
//! complete ones, stated counts against the article's own list.
//!
//! Benign relations are checked first: a partial list inside the complete lists is
//! agreement (subsumed), two partial lists never contradict each other, and a place that
//! is part of a listed place (a city in a listed state) is reported as `granularity`, with
//! the containing place named, rather than as a plain membership conflict.

use std::collections::BTreeMap;

use super::align::{ListTopic, contains, is_roster, same_place};
use super::evidence::Quoter;
use super::{join, new_finding, plural, possessive, singular, unique};
use crate::canon::places::parse_place_at;
use crate::model::{
    Claim, Evidence, Finding, FindingType, ListClaim, ListItem, ListRow, ListTable, Place,
    PlaceKind,
};
use crate::text::Doc;

/// One list of the topic.
struct L<'a> {
    claim: &'a Claim,
    list: &'a ListClaim,
}

/// Where partial lists name one place.
type Mentions<'a> = Vec<(&'a L<'a>, &'a ListItem)>;

/// Places found on complete lists, merged across lists.
struct Cluster<'a> {
    place: &'a Place,
    /// (index into the complete lists, item)
    members: Vec<(usize, &'a ListItem)>,
}

/// How many complete lists a cluster's place is in.
fn lists_in(cluster: &Cluster) -> usize {
    let mut lists: Vec<usize> = cluster.members.iter().map(|(m, _)| *m).collect();
    lists.sort_unstable();
    lists.dedup();
    lists.len()
}

/// The list claims of a topic, each beside its parsed list. A complete list whose
/// every place a longer complete list of its own article names is left out: it is a
/// part of the set named for another reason ("Three counties -- Adair, Boone and Clay
/// -- are in extreme drought" after the five under a burn ban), not the set told again
/// without two of its members.
fn lists_of<'a>(claims: &'a [&'a Claim], topic: &ListTopic) -> Vec<L<'a>> {
    let all: Vec<L<'a>> = topic
        .claims
        .iter()
        .filter_map(|&i| {
            claims[i].as_list().map(|list| L {
                claim: claims[i],
                list,
            })
        })
        .collect();
    let part_of_another = |l: &L| {
        l.list.complete
            && all.iter().any(|o| {
                o.claim.article == l.claim.article
                    && o.list.complete
                    && o.list.items.len() > l.list.items.len()
                    && super::align::matched(l.list, o.list) == l.list.items.len()
            })
    };
    let keep: Vec<bool> = all.iter().map(|l| !part_of_another(l)).collect();
    all.into_iter()
        .zip(keep)
        .filter_map(|(l, k)| k.then_some(l))
        .collect()
}

/// What a list's stated count counts.
enum Counted {
    /// The list's items (the count names their kind, or no kind of place).
    Items,
    /// The states the items lie in, this many: "in six states" before a list of cities
    /// each written with its state.
    States(u64),
    /// Some other kind of place than the items, or states some items name none of:
    /// not comparable with the list.
    Other,
}

/// What a list's stated count counts, by the kind of place its noun names: the items,
/// the states they lie in ("six states" before nine cities, each with its state), or
/// something the list cannot be checked against.
fn states_counted(count: &crate::model::StatedCount, items: &[ListItem]) -> Counted {
    // "15 cities and counties" names two kinds.
    if count
        .text
        .split_whitespace()
        .any(|w| matches!(w, "and" | "or" | "&"))
    {
        return Counted::Items;
    }
    let noun = count
        .text
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    let Some(kind) = super::facts::kind_named(&noun) else {
        return Counted::Items;
    };
    if items
        .iter()
        .all(|i| super::facts::rightly_called(kind, i.place.kind))
    {
        return Counted::Items;
    }
    let below_state = |k: PlaceKind| !matches!(k, PlaceKind::State | PlaceKind::Country);
    if kind != PlaceKind::State
        || !items
            .iter()
            .all(|i| below_state(i.place.kind) && i.place.state.is_some())
    {
        return Counted::Other;
    }
    let mut states: Vec<&str> = items
        .iter()
        .filter_map(|i| i.place.state.as_deref())
        .collect();
    states.sort_unstable();
    states.dedup();
    Counted::States(states.len() as u64)
}

/// Whether a stated count matches its list, and the words that say how.
fn stated_verdict(count: &crate::model::StatedCount, items: &[ListItem]) -> (bool, String) {
    let len = items.len() as u64;
    match states_counted(count, items) {
        _ if count.value == len => (true, "matches its list".into()),
        Counted::Items => (false, format!("its list has {len}")),
        Counted::States(n) if n == count.value => {
            (true, format!("counts the {n} states of its list"))
        }
        Counted::States(n) => (false, format!("its list's places lie in {n} states")),
        Counted::Other => (false, "counts another kind of place than its list".into()),
    }
}

/// Every finding about one topic of lists.
pub fn judge(docs: &[Doc], claims: &[&Claim], topic: &ListTopic) -> Vec<Finding> {
    let quote = Quoter::new(docs);
    let lists = lists_of(claims, topic);
    let noun = topic.name.trim_start_matches("list: ").to_string();
    let mut articles: Vec<&str> = Vec::new();
    for l in &lists {
        if !articles.contains(&l.claim.article.as_str()) {
            articles.push(&l.claim.article);
        }
    }
    let j = Judge {
        quote,
        topic: &topic.name,
        noun,
    };
    let mut out = Vec::new();
    let complete: Vec<&L> = lists.iter().filter(|l| l.list.complete).collect();
    let partial: Vec<&L> = lists.iter().filter(|l| !l.list.complete).collect();
    let clusters = cluster(&complete);
    out.extend(j.stated_counts(&complete, &clusters));
    if articles.len() == 1 {
        out.push(j.single_source(&lists));
        return out;
    }
    if complete.len() >= 2 {
        out.extend(j.complete_vs_complete(&complete, &clusters, &partial));
    } else if complete.len() == 1 {
        out.push(j.single_complete(complete[0]));
    }
    if complete.is_empty() {
        out.extend(j.partial_overlap(&partial));
    } else {
        out.extend(j.partial_vs_complete(&complete, &clusters, &partial));
    }
    out
}

/// The complete lists of a topic side by side, when there are two or more.
pub fn table(claims: &[&Claim], topic: &ListTopic) -> Option<ListTable> {
    let mut lists = lists_of(claims, topic);
    lists.retain(|l| l.list.complete);
    if lists.len() < 2 {
        return None;
    }
    let refs: Vec<&L> = lists.iter().collect();
    let rows = cluster(&refs)
        .iter()
        .map(|c| ListRow {
            place: c.place.display.clone(),
            cells: (0..lists.len())
                .map(|n| {
                    c.members
                        .iter()
                        .find(|(m, _)| *m == n)
                        .map_or(String::new(), |(_, item)| bare(&item.text).to_string())
                })
                .collect(),
            differs: c.members.len() < lists.len(),
        })
        .collect();
    Some(ListTable {
        topic: topic.name.clone(),
        articles: lists.iter().map(|l| l.claim.article.clone()).collect(),
        rows,
    })
}

fn cluster<'a>(complete: &[&'a L<'a>]) -> Vec<Cluster<'a>> {
    let mut clusters: Vec<Cluster> = Vec::new();
    for (n, l) in complete.iter().enumerate() {
        for item in &l.list.items {
            let found = clusters.iter_mut().find(|c| {
                !c.members.iter().any(|(m, _)| *m == n) && same_place(c.place, &item.place)
            });
            match found {
                Some(c) => {
                    if c.place.state.is_none() && item.place.state.is_some() {
                        c.place = &item.place;
                    }
                    c.members.push((n, item));
                }
                None => clusters.push(Cluster {
                    place: &item.place,
                    members: vec![(n, item)],
                }),
            }
        }
    }
    clusters
}

struct Judge<'a> {
    quote: Quoter<'a>,
    topic: &'a str,
    noun: String,
}

/// Least Jaro-Winkler likeness of two longer last names ([`one_person_respelled`]).
const RESPELLED_LIKENESS: f64 = 0.75;

/// Whether two members of lists of people may be one person spelled two ways: the same
/// first name, last names one letter apart ("Ann Lee", "Ann Leer"), or longer ones
/// that open alike and read alike ("Bo Ortner", "Bo Ortman"). Said as "may be": a
/// note, never a finding of its own.
fn one_person_respelled(a: &Place, b: &Place) -> bool {
    let parts = |p: &Place| {
        let folded = crate::text::normalize::fold_name(&p.name);
        let mut words = folded.split_whitespace().map(str::to_string);
        let first = words.next().unwrap_or_default();
        (first, words.next_back().unwrap_or_default())
    };
    let ((fa, la), (fb, lb)) = (parts(a), parts(b));
    a.kind == PlaceKind::Person
        && b.kind == PlaceKind::Person
        && fa == fb
        && !la.is_empty()
        && (strsim::damerau_levenshtein(&la, &lb) == 1
            || (la.chars().count() >= 5
                && lb.chars().count() >= 5
                && la.chars().take(2).eq(lb.chars().take(2))
                && strsim::jaro_winkler(&la, &lb) >= RESPELLED_LIKENESS))
}

/// Whether a list's own sentence names `place` beside its items: "Thirteen states and
/// D.C. signed: Arizona, …, Washington" counts D.C. among the signers without listing
/// it, so a list that names D.C. does not find it missing there.
fn named_beside(l: &L, place: &Place) -> bool {
    let text = l.claim.text.as_str();
    let starts = std::iter::once(0).chain(
        text.char_indices()
            .filter(|&(i, c)| i > 0 && c.is_uppercase() && text[..i].ends_with([' ', '(', '"']))
            .map(|(i, _)| i),
    );
    starts
        .filter_map(|i| parse_place_at(text, i))
        .any(|p| same_place(&p.place, place))
}

/// Item text without list punctuation, for comparing how outlets wrote a name.
fn bare(text: &str) -> &str {
    text.trim().trim_end_matches([';', ','])
}

/// A place as it reads inside a sentence: "the State of Oregon".
fn named(place: &Place) -> String {
    if place.kind == PlaceKind::State {
        format!("the {}", place.display)
    } else {
        place.display.clone()
    }
}

impl Judge<'_> {
    fn finding(
        &self,
        kind_type: FindingType,
        key: &str,
        summary: String,
        rule: &str,
        claims: Vec<&Claim>,
        evidence: Vec<Evidence>,
    ) -> Finding {
        new_finding(kind_type, self.topic, key, summary, rule, &claims, evidence)
    }

    /// A complete list whose length differs from the count its article states.
    fn stated_counts(&self, complete: &[&L], clusters: &[Cluster]) -> Vec<Finding> {
        let mut out = Vec::new();
        for (n, l) in complete.iter().enumerate() {
            let Some(count) = &l.list.stated_count else {
                continue;
            };
            let len = l.list.items.len() as u64;
            if count.value == len {
                continue;
            }
            // "nine warehouses in six states" before a list of cities counts the states
            // the cities lie in, not the list's items.
            match states_counted(count, &l.list.items) {
                Counted::Items => {}
                Counted::Other => continue,
                Counted::States(n) if n == count.value => continue,
                Counted::States(n) => {
                    out.push(self.finding(
                        FindingType::CountMismatch,
                        &l.claim.article,
                        format!(
                            "{} says \"{}\" but the places of its own complete list lie in {} state{}",
                            l.claim.article,
                            count.text,
                            n,
                            if n == 1 { "" } else { "s" }
                        ),
                        "stated count of states differs from the states of the article's own complete list",
                        vec![l.claim],
                        vec![
                            self.quote.at(&l.claim.article, &count.span),
                            self.quote.claim(l.claim),
                        ],
                    ));
                    continue;
                }
            }
            let lacked: Vec<&Cluster> = clusters
                .iter()
                .filter(|c| !c.members.iter().any(|(m, _)| *m == n))
                .collect();
            // What every other complete list has is the likelier gap; an item only some
            // lists have may be their error, not this list's.
            let in_all_others: Vec<String> = lacked
                .iter()
                .filter(|c| lists_in(c) + 1 == complete.len())
                .map(|c| c.place.display.clone())
                .collect();
            let (lacking, which) = if in_all_others.is_empty() {
                let all = lacked.iter().map(|c| c.place.display.clone()).collect();
                (all, "other complete lists include")
            } else if complete.len() == 2 {
                (in_all_others, "the other complete list includes")
            } else {
                (in_all_others, "every other complete list includes")
            };
            let mut summary = format!(
                "{} says \"{}\" but its own complete list has {} item{}",
                l.claim.article,
                count.text,
                len,
                if len == 1 { "" } else { "s" }
            );
            let only_here: Vec<String> = clusters
                .iter()
                .filter(|c| complete.len() > 1 && c.members.len() == 1 && c.members[0].0 == n)
                .map(|c| c.place.display.clone())
                .collect();
            if !lacking.is_empty() && count.value > len {
                summary.push_str(&format!("; it lacks {}, which {which}", join(&lacking)));
            } else if !only_here.is_empty() && count.value < len {
                summary.push_str(&format!(
                    "; it adds {}, which no other complete list has",
                    join(&only_here)
                ));
            }
            out.push(self.finding(
                FindingType::CountMismatch,
                &l.claim.article,
                summary,
                "stated count differs from the length of the article's own complete list",
                vec![l.claim],
                vec![
                    self.quote.at(&l.claim.article, &count.span),
                    self.quote.claim(l.claim),
                ],
            ));
        }
        out
    }

    fn complete_vs_complete(
        &self,
        complete: &[&L],
        clusters: &[Cluster],
        partial: &[&L],
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let arts = |idx: &[usize]| unique(idx.iter().map(|&i| complete[i].claim.article.clone()));
        for c in clusters {
            let have: Vec<usize> = c.members.iter().map(|(m, _)| *m).collect();
            let lack: Vec<usize> = (0..complete.len()).filter(|i| !have.contains(i)).collect();
            if lack.is_empty() || lack.iter().all(|&i| named_beside(complete[i], c.place)) {
                continue;
            }
            // A lacking list may name a part or a whole of the place instead.
            let related: Option<&ListItem> = lack.iter().find_map(|&i| {
                complete[i]
                    .list
                    .items
                    .iter()
                    .find(|y| contains(&y.place, c.place) || contains(c.place, &y.place))
            });
            let lack_arts = arts(&lack);
            let have_arts = arts(&have);
            // "Gaines, Terry, Dawson, Lubbock and Yoakum counties" in a transcript of
            // March 7 against four counties in articles of March 6: the list may have
            // grown between them. The sides of a vote cast do not grow.
            let grown = (related.is_none() && !is_roster(complete[have[0]].list))
                .then(|| self.quote.dated_after(&have_arts, &lack_arts))
                .flatten();
            let (kind_type, rule) = if related.is_some() {
                (
                    FindingType::Granularity,
                    "complete lists name a place at different levels",
                )
            } else if grown.is_some() {
                (
                    FindingType::NotComparable,
                    "a complete list has an item the complete lists of articles dated before it lack",
                )
            } else {
                (
                    FindingType::ListMembership,
                    "a complete list lacks an item other complete lists have",
                )
            };
            let poss =
                |arts: &[String]| join(&arts.iter().map(|a| possessive(a)).collect::<Vec<_>>());
            let lists_word = |n: usize| if n == 1 { "list" } else { "lists" };
            let mut summary = if have.len() < lack.len() {
                // One list has what the others lack: it adds an item.
                format!(
                    "{} complete {} of the {} add{} {}, which the complete {} of {} do{} not have",
                    poss(&have_arts),
                    lists_word(have.len()),
                    self.noun,
                    if have.len() == 1 { "s" } else { "" },
                    c.place.display,
                    lists_word(lack.len()),
                    join(&lack_arts),
                    if lack.len() == 1 { "es" } else { "" },
                )
            } else {
                format!(
                    "{} is missing from {} complete {} of the {}; the complete {} of {} include{} it",
                    c.place.display,
                    poss(&lack_arts),
                    lists_word(lack.len()),
                    self.noun,
                    lists_word(have.len()),
                    join(&have_arts),
                    if have.len() == 1 { "s" } else { "" },
                )
            };
            if let Some(dated) = &grown {
                summary.push_str(&format!("; {dated}, so the list may have grown"));
            }
            if let Some(y) = related {
                summary.push_str(&format!(
                    "; {} names {} instead",
                    join(&lack_arts),
                    named(&y.place)
                ));
            }
            // "Ann Leer" in the lists that lack Ann Lee: one person misspelled.
            let respelled = lack.iter().find_map(|&i| {
                complete[i]
                    .list
                    .items
                    .iter()
                    .find(|y| one_person_respelled(&y.place, c.place))
            });
            if let Some(y) = respelled {
                summary.push_str(&format!(
                    "; {} name{} {} instead, which may be the same person spelled otherwise",
                    join(&lack_arts),
                    if lack_arts.len() == 1 { "s" } else { "" },
                    y.place.display
                ));
            }
            let supporters: Vec<(&L, &ListItem)> = partial
                .iter()
                .filter_map(|p| {
                    p.list
                        .items
                        .iter()
                        .find(|x| same_place(&x.place, c.place))
                        .map(|x| (*p, x))
                })
                .collect();
            if !supporters.is_empty() {
                let names = unique(supporters.iter().map(|(p, _)| p.claim.article.clone()));
                summary.push_str(&format!(
                    ", and {} name{} it too",
                    join(&names),
                    if names.len() == 1 { "s" } else { "" }
                ));
            }
            let mut claims: Vec<&Claim> = have.iter().map(|&i| complete[i].claim).collect();
            let mut evidence: Vec<Evidence> = c
                .members
                .iter()
                .map(|(m, item)| self.quote.at(&complete[*m].claim.article, &item.span))
                .collect();
            for &i in &lack {
                claims.push(complete[i].claim);
                evidence.push(self.quote.claim(complete[i].claim));
            }
            if let Some(y) = related {
                let owner = lack
                    .iter()
                    .map(|&i| complete[i])
                    .find(|l| l.list.items.iter().any(|x| std::ptr::eq(x, y)));
                if let Some(l) = owner {
                    evidence.push(self.quote.at(&l.claim.article, &y.span));
                }
            }
            for (p, x) in supporters {
                claims.push(p.claim);
                evidence.push(self.quote.at(&p.claim.article, &x.span));
            }
            let mut f = self.finding(kind_type, &c.place.key, summary, rule, claims, evidence);
            f.marks = std::iter::once(&c.place.name)
                .chain(related.map(|y| &y.place.name))
                .cloned()
                .collect();
            out.push(f);
        }
        out.push(self.complete_agreement(complete, clusters));
        out
    }

    /// What the complete lists share, and how names were normalized to see it.
    fn complete_agreement(&self, complete: &[&L], clusters: &[Cluster]) -> Finding {
        let common: Vec<&Cluster> = clusters
            .iter()
            .filter(|c| c.members.len() == complete.len())
            .collect();
        let arts = unique(complete.iter().map(|l| l.claim.article.clone()));
        let identical = common.iter().all(|c| {
            c.members
                .iter()
                .all(|(_, i)| bare(&i.text) == bare(&c.members[0].1.text))
        });
        let counts_match: Vec<bool> = complete
            .iter()
            .map(|l| {
                l.list
                    .stated_count
                    .as_ref()
                    .is_some_and(|c| stated_verdict(c, &l.list.items).0)
            })
            .collect();
        let mut summary = if common.len() == clusters.len() {
            format!(
                "The complete lists of {} name the same {} {}",
                join(&arts),
                common.len(),
                self.noun
            )
        } else {
            format!(
                "The complete lists of {} agree on {} of {} {}",
                join(&arts),
                common.len(),
                clusters.len(),
                self.noun
            )
        };
        if !identical {
            summary.push_str(" once names are normalized");
        }
        if counts_match.iter().all(|m| *m) {
            summary.push_str(", and each matches its stated count");
        }
        let mut notes = vec![kinds_note(&common)];
        let stated: Vec<String> = complete
            .iter()
            .filter_map(|l| {
                let c = l.list.stated_count.as_ref()?;
                let verdict = stated_verdict(c, &l.list.items).1;
                Some(format!("{} \"{}\" ({verdict})", l.claim.article, c.text))
            })
            .collect();
        if !stated.is_empty() {
            notes.push(format!("stated counts: {}", stated.join("; ")));
        }
        for c in &common {
            let forms = unique(
                c.members
                    .iter()
                    .map(|(_, i)| format!("'{}'", bare(&i.text))),
            );
            if forms.len() > 1 {
                notes.push(format!("{}: {}", c.place.display, forms.join(" = ")));
            }
        }
        let mut f = self.finding(
            if identical {
                FindingType::Identical
            } else {
                FindingType::Equivalent
            },
            "complete-lists",
            summary,
            if identical {
                "complete lists hold the same items in the same words"
            } else {
                "complete lists hold the same items after place names are normalized"
            },
            complete.iter().map(|l| l.claim).collect(),
            complete.iter().map(|l| self.quote.claim(l.claim)).collect(),
        );
        f.notes = notes;
        f
    }

    fn single_complete(&self, l: &L) -> Finding {
        self.finding(FindingType::SingleSource,
            &l.claim.article,
            format!(
                "Only {} gives a complete list of the {} ({} items); the other articles name some of them at most.",
                l.claim.article,
                self.noun,
                l.list.items.len()
            ),
            "one article alone presents the whole set",
            vec![l.claim],
            vec![self.quote.claim(l.claim)],
        )
    }

    fn partial_vs_complete(
        &self,
        complete: &[&L],
        clusters: &[Cluster],
        partial: &[&L],
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let complete_arts = unique(complete.iter().map(|l| l.claim.article.clone()));
        // Unlisted places, merged across the partial lists that name them.
        let mut unlisted: BTreeMap<&str, (&Place, Mentions)> = BTreeMap::new();
        for p in partial {
            let mut all_listed = true;
            for item in &p.list.items {
                if clusters.iter().any(|c| same_place(c.place, &item.place)) {
                    continue;
                }
                all_listed = false;
                unlisted
                    .entry(item.place.key.as_str())
                    .or_insert((&item.place, Vec::new()))
                    .1
                    .push((*p, item));
            }
            // Named only where it holds: a complete list that lacks one of the items
            // does not contain the partial list.
            let holding: Vec<String> = complete_arts
                .iter()
                .filter(|a| {
                    complete.iter().any(|l| {
                        &l.claim.article == *a
                            && p.list.items.iter().all(|i| {
                                l.list.items.iter().any(|c| same_place(&c.place, &i.place))
                            })
                    })
                })
                .cloned()
                .collect();
            if all_listed && !p.list.items.is_empty() && !holding.is_empty() {
                out.push(self.subsumed(p, &holding));
            }
        }
        for (key, (place, mentions)) in unlisted {
            if complete.iter().any(|l| named_beside(l, place)) {
                continue;
            }
            let related: Vec<(&L, &ListItem)> = complete
                .iter()
                .filter_map(|l| {
                    l.list
                        .items
                        .iter()
                        .find(|y| contains(&y.place, place) || contains(place, &y.place))
                        .map(|y| (*l, y))
                })
                .collect();
            let who = unique(mentions.iter().map(|(p, _)| p.claim.article.clone()));
            let kind_word = match place.kind {
                PlaceKind::Unknown | PlaceKind::State | PlaceKind::Country => String::new(),
                k => format!(" (a {})", k.noun()),
            };
            let own: Vec<String> = complete_arts
                .iter()
                .filter(|a| who.contains(a))
                .map(|a| possessive(a))
                .collect();
            let own = if own.is_empty() {
                String::new()
            } else {
                format!(" ({} own included)", join(&own))
            };
            let mut summary = format!(
                "{} name{} {}{} among the {}, but no complete list does{own}",
                join(&who),
                if who.len() == 1 { "s" } else { "" },
                named(place),
                kind_word,
                self.noun,
            );
            let (kind_type, rule) = if let Some((_, y)) = related.first() {
                let relation = if contains(&y.place, place) {
                    "which contains it"
                } else {
                    "which lies within it"
                };
                summary.push_str(&format!(
                    ": the complete lists of {} name {}, {relation}",
                    join(&complete_arts),
                    named(&y.place)
                ));
                (
                    FindingType::Granularity,
                    "a partial list names a part or a whole of a place on the complete lists",
                )
            } else {
                summary.push_str(&format!(" (checked: {})", join(&complete_arts)));
                (
                    FindingType::ListMembership,
                    "a partial list names a place no complete list has",
                )
            };
            let mut claims: Vec<&Claim> = mentions.iter().map(|(p, _)| p.claim).collect();
            let mut evidence: Vec<Evidence> = mentions
                .iter()
                .map(|(p, i)| self.quote.at(&p.claim.article, &i.span))
                .collect();
            if related.is_empty() {
                for l in complete {
                    claims.push(l.claim);
                    evidence.push(self.quote.claim(l.claim));
                }
            } else {
                for (l, y) in &related {
                    claims.push(l.claim);
                    evidence.push(self.quote.at(&l.claim.article, &y.span));
                }
            }
            let mut f = self.finding(kind_type, key, summary, rule, claims, evidence);
            f.marks = std::iter::once(&place.name)
                .chain(related.first().map(|(_, y)| &y.place.name))
                .cloned()
                .collect();
            out.push(f);
        }
        out
    }

    fn subsumed(&self, p: &L, complete_arts: &[String]) -> Finding {
        let names: Vec<String> = p
            .list
            .items
            .iter()
            .map(|i| i.place.display.clone())
            .collect();
        let first = p.list.items.first().map_or("", |i| i.place.key.as_str());
        self.finding(
            FindingType::Subsumed,
            &format!("{}:{first}", p.claim.article),
            format!(
                "{} partial list (\"{}\") of {} — {} — is contained in the complete list{} of {}.",
                possessive(&p.claim.article),
                p.list.cue,
                if names.len() == 1 {
                    format!("one {}", singular(&self.noun))
                } else {
                    format!("{} {}", names.len(), self.noun)
                },
                join(&names),
                if complete_arts.len() == 1 { "" } else { "s" },
                join(complete_arts)
            ),
            "every item of a partial list is on the complete lists",
            vec![p.claim],
            vec![self.quote.claim(p.claim)],
        )
    }

    /// Partial lists only: places that several articles name.
    fn partial_overlap(&self, partial: &[&L]) -> Vec<Finding> {
        let mut shared: Vec<(&Place, Vec<&L>)> = Vec::new();
        for p in partial {
            for item in &p.list.items {
                match shared
                    .iter_mut()
                    .find(|(pl, _)| same_place(pl, &item.place))
                {
                    Some((_, ls)) => {
                        if !ls.iter().any(|l| l.claim.article == p.claim.article) {
                            ls.push(p);
                        }
                    }
                    None => shared.push((&item.place, vec![p])),
                }
            }
        }
        let common: Vec<&(&Place, Vec<&L>)> =
            shared.iter().filter(|(_, ls)| ls.len() >= 2).collect();
        if common.is_empty() {
            return Vec::new();
        }
        let names: Vec<String> = common.iter().map(|(p, _)| p.display.clone()).collect();
        let claims: Vec<&Claim> = partial.iter().map(|l| l.claim).collect();
        let arts = unique(claims.iter().map(|c| c.article.clone()));
        vec![self.finding(FindingType::Overlap,
            "partial-lists",
            format!(
                "The partial lists of {} overlap on {}; none claims to be complete, so what one omits is no conflict.",
                join(&arts),
                join(&names)
            ),
            "partial lists that share items",
            claims.clone(),
            claims.iter().map(|c| self.quote.claim(c)).collect(),
        )]
    }

    fn single_source(&self, lists: &[L]) -> Finding {
        let l = &lists[0];
        let names: Vec<String> = l
            .list
            .items
            .iter()
            .map(|i| i.place.display.clone())
            .collect();
        let shown = if names.len() > 6 {
            format!("{}, …", names[..6].join(", "))
        } else {
            join(&names)
        };
        self.finding(
            FindingType::SingleSource,
            &format!(
                "{}:{}",
                l.claim.article,
                l.list.items.first().map_or("", |i| i.place.key.as_str())
            ),
            format!(
                "Only {} lists these {} ({}, {} item{}): {}",
                l.claim.article,
                self.noun,
                if l.list.complete {
                    "complete"
                } else {
                    "partial"
                },
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                shown
            ),
            "no other article lists this set",
            lists.iter().map(|l| l.claim).collect(),
            lists.iter().map(|l| self.quote.claim(l.claim)).collect(),
        )
    }
}

/// "3 states, 6 counties, 2 city-counties, 12 cities".
fn kinds_note(common: &[&Cluster]) -> String {
    let mut counts: BTreeMap<PlaceKind, usize> = BTreeMap::new();
    for c in common {
        // The most specific kind any list gives ("Lexington-Fayette" over "Lexington").
        let kind = c
            .members
            .iter()
            .map(|(_, i)| i.place.kind)
            .max_by_key(|k| match k {
                PlaceKind::CityCounty | PlaceKind::Metro => 2,
                PlaceKind::Unknown => 0,
                _ => 1,
            })
            .unwrap_or(PlaceKind::Unknown);
        *counts.entry(kind).or_default() += 1;
    }
    let parts: Vec<String> = counts
        .into_iter()
        .map(|(k, n)| {
            let noun = k.noun();
            format!(
                "{n} {}",
                if n == 1 {
                    noun.to_string()
                } else {
                    plural(noun)
                }
            )
        })
        .collect();
    format!("kinds: {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::one_person_respelled;
    use crate::extract::people_lists::person_place;

    #[test]
    fn a_person_maybe_spelled_two_ways() {
        let p = |first: &str, last: &str| person_place((first, last), &format!("{first} {last}"));
        assert!(one_person_respelled(&p("Ann", "Lee"), &p("Ann", "Leer")));
        assert!(one_person_respelled(&p("Bo", "Ortner"), &p("Bo", "Ortman")));
        // Another first name, last names that open otherwise or read unalike: no.
        assert!(!one_person_respelled(&p("Ann", "Lee"), &p("Tom", "Leer")));
        assert!(!one_person_respelled(&p("Bo", "Garcia"), &p("Bo", "Gomez")));
        assert!(!one_person_respelled(
            &p("Bo", "Parker"),
            &p("Bo", "Parsons")
        ));
    }
}
