//! Judging stated facts other than counts: citations, fiscal years and programs, money
//! and percentages, dates and deadlines, and people's titles.
//!
//! Citations and titles compare by canonical key. Amounts and dates compare only when
//! the words around them share a stem that not every article uses. Two sums conflict
//! only on much evidence (two sums in one story are usually two different sums): close
//! values, the same words of time, and two rare shared words or the same noun right
//! after them ("$45 million in aid", "$40 million in emergency aid"). Two deadlines for
//! the same thing conflict on one rare shared word.

use std::collections::{BTreeMap, BTreeSet};

use super::evidence::Quoter;
use super::universal::Universal;
use super::{UnionFind, join, new_finding, possessive, unique};
use crate::extract::dates::RANGE_END;
use crate::model::{
    AmountUnit, Claim, ClaimBody, DateClaim, DateSlot, Finding, FindingType, Interval, VoteClaim,
};
use crate::text::Doc;
use crate::text::normalize::fold_name;

/// Every finding about citations, fiscal years, amounts, vote tallies, dates and titles.
pub fn judge(docs: &[Doc], claims: &[&Claim], df: &Universal) -> Vec<Finding> {
    let quote = Quoter::new(docs);
    let mut out = citations(&quote, claims);
    out.extend(fiscal_years(&quote, claims));
    out.extend(amounts(&quote, claims, df));
    out.extend(super::ratings::ratings(&quote, claims));
    out.extend(super::measures::measures(&quote, claims));
    out.extend(votes(&quote, claims, df));
    out.extend(scores(&quote, claims));
    out.extend(super::venues::venues(&quote, claims));
    out.extend(dates(&quote, claims, df));
    out.extend(lead_days(&quote, claims));
    out.extend(super::months::months(&quote, claims, df));
    out.extend(titles(&quote, claims));
    out
}

pub(super) fn articles_of(cs: &[&Claim]) -> Vec<String> {
    unique(cs.iter().map(|c| c.article.clone()))
}

/// One evidence line per article.
pub(super) fn evidence(quote: &Quoter, cs: &[&Claim]) -> Vec<crate::model::Evidence> {
    let mut seen = Vec::new();
    cs.iter()
        .filter(|c| {
            let new = !seen.contains(&c.article);
            seen.push(c.article.clone());
            new
        })
        .map(|c| quote.at(&c.article, &c.span))
        .collect()
}

/// Claims of several articles about one fact agree; the claims of one article are single
/// source. (summary, rule) for each case.
fn agree_or_alone(
    quote: &Quoter,
    topic: &str,
    key: &str,
    cs: &[&Claim],
    agreed: (String, &str),
    alone: (String, &str),
) -> Finding {
    let arts = articles_of(cs);
    let (kind, summary, rule, key) = if arts.len() >= 2 {
        (FindingType::Equivalent, agreed.0, agreed.1, key.to_string())
    } else {
        (
            FindingType::SingleSource,
            alone.0,
            alone.1,
            format!("{}:{key}", arts[0]),
        )
    };
    new_finding(kind, topic, &key, summary, rule, cs, evidence(quote, cs))
}

/// A normalized title as a reader knows it: an acronym the articles write in capitals
/// ("CEO") is shown so, not as the lowercase key ("ceo").
fn shown_title(title: &str, cs: &[&Claim]) -> String {
    let upper = title.to_uppercase();
    let written = cs.iter().any(|c| {
        c.text
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| w == upper)
    });
    if written && !title.contains(' ') {
        upper
    } else {
        title.to_string()
    }
}

/// The claims' words as written, each once, quoted: the forms a finding shows.
pub(super) fn forms(cs: &[&Claim]) -> String {
    unique(cs.iter().map(|c| format!("\"{}\"", c.text))).join(", ")
}

fn citations(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let mut groups: BTreeMap<String, (String, Vec<&Claim>)> = BTreeMap::new();
    let cites: Vec<(&Claim, &crate::model::CitationClaim)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Citation(x) => Some((c, x)),
            _ => None,
        })
        .collect();
    for (c, x) in &cites {
        // A bare "Section 7410" joins a U.S. Code citation of that section, if any.
        let key = match x.canonical.strip_prefix("section/") {
            Some(n) => cites
                .iter()
                .map(|(_, y)| &y.canonical)
                .find(|k| k.starts_with("usc/") && k.ends_with(&format!("/{n}")))
                .cloned()
                .unwrap_or_else(|| x.canonical.clone()),
            None => x.canonical.clone(),
        };
        let display = cites
            .iter()
            .find(|(_, y)| y.canonical == key)
            .map_or(x.display.clone(), |(_, y)| y.display.clone());
        groups.entry(key).or_insert((display, Vec::new())).1.push(c);
    }
    let mut out = other_sections(quote, &groups);
    out.extend(groups.into_iter().map(|(key, (display, cs))| {
        let arts = articles_of(&cs);
        let topic = format!("citation: {display}");
        agree_or_alone(
            quote,
            &topic,
            &key,
            &cs,
            (
                format!(
                    "{} cite {display} ({key}), written {}",
                    join(&arts),
                    forms(&cs)
                ),
                "citations in different styles name the same provision",
            ),
            (
                format!("Only {} cites {display} ({key})", arts[0]),
                "no other article cites this provision",
            ),
        )
    }));
    out
}

/// Fewest context words two citations must share to be cited for the same thing
/// ("wire fraud"), words that frame any citation aside.
const SAME_CITED_FOR: usize = 2;

/// `data/citation_frame_words.txt`: context stems that frame any citation.
static CITATION_FRAME: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/citation_frame_words.txt")).collect()
    });

/// Two sections of one code ("18 U.S.C. 666", "18 U.S.C. 1346"), each cited by articles
/// that do not cite the other, for the same words ("federal program bribery"): one of
/// them may be miscited, or the case may rest on both, so they are set side by side as
/// `not_comparable`, never as a conflict.
fn other_sections(
    quote: &Quoter,
    groups: &BTreeMap<String, (String, Vec<&Claim>)>,
) -> Vec<Finding> {
    // "usc/18" of "usc/18/666".
    fn code(key: &str) -> Option<&str> {
        key.rsplit_once('/').map(|(code, _)| code)
    }
    // "666" of "usc/18/666".
    fn section(key: &str) -> &str {
        key.rsplit_once('/').map_or(key, |(_, section)| section)
    }
    fn cite_verb(articles: &[String]) -> &'static str {
        if articles.len() == 1 { "cites" } else { "cite" }
    }
    fn context(c: &Claim) -> BTreeSet<&str> {
        match &c.body {
            ClaimBody::Citation(x) => x
                .context
                .iter()
                .map(String::as_str)
                .filter(|w| !CITATION_FRAME.contains(w))
                .collect(),
            _ => BTreeSet::new(),
        }
    }
    let mut out = Vec::new();
    let entries: Vec<(&String, &(String, Vec<&Claim>))> = groups.iter().collect();
    for (i, (ka, (da, ca))) in entries.iter().enumerate() {
        for (kb, (db, cb)) in &entries[i + 1..] {
            if code(ka).is_none() || code(ka) != code(kb) {
                continue;
            }
            let (aa, ab) = (articles_of(ca), articles_of(cb));
            if aa.iter().any(|a| ab.contains(a)) {
                continue;
            }
            let Some((x, y)) = ca.iter().find_map(|x| {
                cb.iter()
                    .find(|y| context(x).intersection(&context(y)).count() >= SAME_CITED_FOR)
                    .map(|y| (*x, *y))
            }) else {
                continue;
            };
            let claims = [x, y];
            out.push(new_finding(
                FindingType::NotComparable,
                &format!("citation: {da} / {db}"),
                &format!("citation:{ka}:{kb}"),
                format!(
                    "{} {} {da} and {} {} {db}, in the same words around them; {}",
                    join(&aa),
                    cite_verb(&aa),
                    join(&ab),
                    cite_verb(&ab),
                    // "58.1-3221" and "58.1-3212": a slip of the hand is likelier than
                    // two provisions that happen to share the digits.
                    if swapped_chars(section(ka), section(kb)) {
                        "the same digits with two swapped: one may be miscited"
                    } else {
                        "one may be miscited, or both may apply"
                    }
                ),
                "two sections of one code, each cited by articles that do not cite the other, with three or more context words in common",
                &claims,
                evidence(quote, &claims),
            ));
        }
    }
    out
}

fn fiscal_years(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let fs: Vec<(&Claim, &crate::model::FiscalClaim)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::FiscalYears(x) => Some((c, x)),
            _ => None,
        })
        .collect();
    let mut sets = UnionFind::new(fs.len());
    for a in 0..fs.len() {
        for b in a + 1..fs.len() {
            let ((ca, x), (cb, y)) = (fs[a], fs[b]);
            if x.years != y.years {
                continue;
            }
            let program_match = match (&x.program, &y.program) {
                (Some(p), Some(q)) => {
                    let (p, q) = (fold_name(p), fold_name(q));
                    p.contains(&q) || q.contains(&p)
                }
                _ => x.context.iter().any(|s| y.context.contains(s)),
            };
            if program_match && (ca.article != cb.article || x.program == y.program) {
                sets.union(a, b);
            }
        }
    }
    sets.groups()
        .into_iter()
        .map(|g| {
            let cs: Vec<&Claim> = g.iter().map(|&i| fs[i].0).collect();
            let x = fs[g[0]].1;
            let named = g.iter().find_map(|&i| fs[i].1.program.clone());
            let years: Vec<String> = x.years.iter().map(|y| format!("FY{y}")).collect();
            // A fiscal year with no program named ("the fiscal year 2028 budget") is
            // told by its years alone; the key keeps one form for either.
            let (value, topic) = match &named {
                Some(program) => (
                    format!("{} {program}", years.join(", ")),
                    format!("fiscal years: {program}"),
                ),
                None => (
                    years.join(", "),
                    format!("fiscal years: {}", years.join(", ")),
                ),
            };
            let program = named.unwrap_or_else(|| "an unnamed program".to_string());
            let key = format!("{}:{}", fold_name(&program), years.join("-"));
            let arts = articles_of(&cs);
            agree_or_alone(
                quote,
                &topic,
                &key,
                &cs,
                (
                    format!("{} agree on {value} ({})", join(&arts), forms(&cs)),
                    "the same fiscal years of the same program",
                ),
                (
                    format!("Only {} names {value} ({})", arts[0], forms(&cs)),
                    "no other article names these fiscal years",
                ),
            )
        })
        .collect()
}

/// Shared context strong enough to align two facts: `at_least` shared stems that not
/// every article uses, or three shared stems of any kind (several common words together
/// still point at one passage).
pub(super) fn strong_shared(a: &[String], b: &[String], df: &Universal, at_least: usize) -> bool {
    let shared: Vec<&String> = a.iter().filter(|s| b.contains(s)).collect();
    shared.iter().filter(|s| !df.has(s)).count() >= at_least || shared.len() >= 3
}

/// For each claim's key (an article with some kind of figure: its unit, a verb),
/// whether no other claim has the same key: the article's only one. No key, not alone.
pub(super) fn only_of_key<K: Ord>(keys: Vec<Option<K>>) -> Vec<bool> {
    let mut count: BTreeMap<&K, usize> = BTreeMap::new();
    for k in keys.iter().flatten() {
        *count.entry(k).or_default() += 1;
    }
    keys.iter()
        .map(|k| k.as_ref().is_some_and(|k| count[k] == 1))
        .collect()
}

fn amounts(quote: &Quoter, claims: &[&Claim], df: &Universal) -> Vec<Finding> {
    let owned: Vec<(&Claim, std::borrow::Cow<crate::model::AmountClaim>)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            // Ratings are judged by `super::ratings`, speeds and radii by
            // `super::measures`.
            ClaimBody::Amount(x) if !x.unit.is_rating() && !x.unit.is_measure() => {
                Some((c, in_cents(x)))
            }
            _ => None,
        })
        .collect();
    let xs: Vec<(&Claim, &crate::model::AmountClaim)> =
        owned.iter().map(|(c, x)| (*c, x.as_ref())).collect();
    // The same exact figure as each article's only one of its unit is one figure ("raise
    // the base fare to $2.75", "riders will pay $2.75"), whatever the words around it.
    let only = only_of_key(xs.iter().map(|(c, x)| Some((&c.article, x.unit))).collect());
    let mut links: Vec<(usize, usize)> = Vec::new();
    for a in 0..xs.len() {
        for b in a + 1..xs.len() {
            let ((ca, x), (cb, y)) = (xs[a], xs[b]);
            let lone_equal = x.value.is_exact() && x.value == y.value && only[a] && only[b];
            // A percentage with a tenth ("52.6%") given twice is one figure, as
            // grouping reads it: one this precise rarely recurs for another thing.
            let precise_equal = x.unit == AmountUnit::PercentTenths
                && x.value.is_exact()
                && x.value == y.value
                && x.value.lo % 10 != 0;
            // A precise sum given once with its rate and once without ("$12,480 a
            // year", an "annual" $12,480 the rate of which stands far before it) is one.
            let same_rate = x.per == y.per
                || (x.value.is_exact()
                    && x.value == y.value
                    && (x.per.is_none() || y.per.is_none())
                    && significant_digits(x.value.lo) >= PRECISE_DIGITS);
            if ca.article != cb.article
                && x.unit == y.unit
                && same_rate
                && sums_overlap(&x.value, &y.value)
                && !one_of_an_earlier_version(quote, ca, cb)
                && (lone_equal || precise_equal || linked_amounts(x, y, df))
            {
                links.push((a, b));
            }
        }
    }
    // Equal exact sums join first. A rough sum ("more than $30 million") then joins a
    // group, but never bridges two exact sums it both fits ("$32.5 million" and "$35
    // million"): those stay apart to be set against each other.
    let exact = |i: usize| xs[i].1.value.is_exact();
    links.sort_by_key(|&(a, b)| !(exact(a) && exact(b)));
    let mut sets = UnionFind::new(xs.len());
    let mut exact_of: Vec<Option<u64>> = (0..xs.len())
        .map(|i| exact(i).then_some(xs[i].1.value.lo))
        .collect();
    for (a, b) in links {
        let (ra, rb) = (sets.find(a), sets.find(b));
        if let (Some(va), Some(vb)) = (exact_of[ra], exact_of[rb])
            && va != vb
        {
            continue;
        }
        let value = exact_of[ra].or(exact_of[rb]);
        sets.union(a, b);
        let root = sets.find(a);
        exact_of[root] = value;
    }
    let mut groups = sets.groups();
    let mut out = Vec::new();
    // Money and percentages recur in a story for many things (a budget and its gap,
    // last year's figure and this year's), so a conflict asks for much: the same unit,
    // values apart but within a factor of [`AMOUNT_CONFLICT_RATIO`], the same words of
    // time around them, and two shared context words that not every article uses (or
    // three of any kind).
    // A sum ten, a hundred or a thousand times another, in the same digits, is one
    // sum with a slipped decimal point or scale word ("$4.2 million" and "$42 million"
    // for a fund to buy back water rights), and one with two digits swapped ("$120
    // million", "$210 million" in restructuring charges) is one sum mistyped, when the
    // noun after it and two rarer context words are shared, or three such words.
    // Each article's only sum of its unit, in the same digits with two swapped ("$48
    // million" in damage, "$84 million"), sharing one rarer word, or slipped and of the
    // same noun, is also one sum mistyped: an article that gives one sum gives its one
    // figure.
    let lone = |x: &crate::model::AmountClaim| {
        xs.iter()
            .zip(&only)
            .any(|((_, y), &o)| o && std::ptr::eq(*y, x))
    };
    // Sums of one time (the same words of time, or a twin that leaves them out) that
    // are close and share rare words, slipped or swapped, or two ceilings.
    let same_time_sum = |x: &crate::model::AmountClaim, y: &crate::model::AmountClaim| {
        let (vx, vy) = caps_as_figures(&x.value, &y.value);
        (same_time_words(&x.context, &y.context) || untimed_twin(x, y))
            && ((close_values(&vx, &vy)
                && (strong_shared(&x.context, &y.context, df, 2) || same_thing(x, y)))
                || (slipped_digits(&vx, &vy)
                    && ((same_thing(x, y) && strong_shared(&x.context, &y.context, df, 2))
                        || strong_shared(&x.context, &y.context, df, 3)))
                || (lone(x)
                    && lone(y)
                    && swapped_written(&vx, &vy)
                    && strong_shared(&x.context, &y.context, df, 1))
                // Each article's only sum, of the same noun, ten times the other in the
                // same digits ("a $45 million fund", "Fund is $4.5M"): one sum.
                || (lone(x) && lone(y) && slipped_digits(&vx, &vy) && same_thing(x, y))
                // Each article's only sum a ceiling: one cap, however far apart, unless
                // the words around them name different tiers ("repeat violators").
                || (lone(x)
                    && lone(y)
                    && cap(&x.value).is_some()
                    && cap(&y.value).is_some()
                    && ratio(&vx, &vy) <= CAP_CONFLICT_RATIO
                    && tiers(&x.context) == tiers(&y.context)
                    && strong_shared(&x.context, &y.context, df, 1)))
    };
    let one_sum = |x: &crate::model::AmountClaim, y: &crate::model::AmountClaim| {
        x.unit == y.unit
            && x.per == y.per
            && !sums_overlap(&x.value, &y.value)
            && (precise_swap(x, y, df, lone(x) && lone(y)) || same_time_sum(x, y))
    };
    let conflicts_of = |groups: &[Vec<usize>]| {
        let pairs = conflicting_groups(&xs, groups, |x, y| {
            one_sum(x, y) && !rounded(&x.value, &y.value)
        });
        nearest_rivals(&xs, groups, pairs)
    };
    let mut conflicts = conflicts_of(&groups);
    let exact_value = |x: &crate::model::AmountClaim| x.value.is_exact().then_some(x.value.lo);
    if join_equal_rivals(&xs, &groups, &conflicts, exact_value, &mut sets) {
        groups = sets.groups();
        conflicts = conflicts_of(&groups);
    }
    let mut in_conflict = vec![false; groups.len()];
    // One sum and the same sum rounded ("$212.4 million", "$212 million"): consistent.
    for (gi, gj) in conflicting_groups(&xs, &groups, |x, y| {
        one_sum(x, y) && rounded(&x.value, &y.value)
    }) {
        in_conflict[gi] = true;
        in_conflict[gj] = true;
        let (x, y) = (xs[groups[gi][0]].1, xs[groups[gj][0]].1);
        let (mut a, mut b) = (claims_of(&xs, &groups[gi]), claims_of(&xs, &groups[gj]));
        // The precise sum first.
        if place_of(x.value.lo) > place_of(y.value.lo) {
            std::mem::swap(&mut a, &mut b);
        }
        let topic = format!("{}: {}", noun_of(x), figure_text(&a));
        let key = format!("{:?}:{}:rounded:{}", x.unit, x.value.lo, y.value.lo);
        let mut all = a.clone();
        all.extend(&b);
        let (precise_arts, round_arts) = (articles_of(&a), articles_of(&b));
        let verb = |arts: &[String]| if arts.len() == 1 { "gives" } else { "give" };
        out.push(new_finding(
            FindingType::Subsumed,
            &topic,
            &key,
            format!(
                "{} {} {}; {} {} it rounded ({})",
                join(&precise_arts),
                verb(&precise_arts),
                forms(&a),
                join(&round_arts),
                verb(&round_arts),
                forms(&b)
            ),
            "a sum and the same sum rounded to a round figure",
            &all,
            evidence(quote, &all),
        ));
    }
    for (gi, gj) in conflicts {
        in_conflict[gi] = true;
        in_conflict[gj] = true;
        let (x, y) = (xs[groups[gi][0]].1, xs[groups[gj][0]].1);
        let (a, b) = (claims_of(&xs, &groups[gi]), claims_of(&xs, &groups[gj]));
        // Named for the figure more outlets give: the one the other differs from.
        let outlets = |cs: &[&Claim]| unique(cs.iter().map(|c| c.article.clone())).len();
        let named = if outlets(&b) > outlets(&a) { &b } else { &a };
        let topic = format!("{}: {}", noun_of(x), figure_text(named));
        let key = format!(
            "{:?}:{}:{}:{}:{}",
            x.unit, x.value.lo, a[0].article, y.value.lo, b[0].article
        );
        let slipped = slip(&x.value, &y.value);
        let rule = if slipped.is_some() {
            "the same sum in the same words, in the same digits a power of ten apart (a slipped decimal point or scale word) or with two digits swapped"
        } else {
            "the same sum in the same words, different values"
        };
        // A reader in a terminal sees the summary, not the rule: say the likely slip.
        let shown_b = match slipped {
            Some(how) => format!("{}, the same digits {how}: one may be mistyped", forms(&b)),
            None => forms(&b),
        };
        out.push(mismatch(
            quote,
            (&topic, &key),
            noun_of(x),
            (&a, &forms(&a)),
            (&b, &shown_b),
            rule,
        ));
    }
    let (apart, findings) = lone_figures_apart(quote, &xs, &groups, &only, &in_conflict);
    out.extend(findings);
    for (gi, g) in groups.iter().enumerate() {
        let cs: Vec<&Claim> = g.iter().map(|&i| xs[i].0).collect();
        let x = xs[g[0]].1;
        let noun = noun_of(x);
        let arts = articles_of(&cs);
        // A value set against another one is reported in that conflict (or beside it),
        // not again as resting on one source.
        if (in_conflict[gi] || apart[gi]) && arts.len() < 2 {
            continue;
        }
        let topic = format!("{noun}: {}", figure_text(&cs));
        let key = format!("{:?}:{}:{}", x.unit, x.value.lo, cs[0].article);
        out.push(agree_or_alone(
            quote,
            &topic,
            &key,
            &cs,
            (
                format!("{} agree on the {noun} ({})", join(&arts), forms(&cs)),
                "amounts with overlapping ranges and shared context",
            ),
            (
                format!("Only {} gives {}", arts[0], forms(&cs)),
                "no other article gives this amount",
            ),
        ));
    }
    out
}

/// Articles whose only figure of a unit differs, close in value and with a word in
/// common ("raises property taxes 3.2%" in one, "property taxes go up 3.5%" in two
/// others, each its article's only percentage), or in the same digits two swapped,
/// but too little to say they are one figure: each would otherwise rest on its own source. They are set side by side as
/// `not_comparable`, never as a conflict. Returns, for each group, whether a finding
/// shows it, and the findings.
/// A price in whole dollars ("$4", under [`PRICE_DOLLARS`]) as cents, so that it meets
/// the same price written with cents ("$4.00"); any other amount as it is.
fn in_cents(x: &crate::model::AmountClaim) -> std::borrow::Cow<'_, crate::model::AmountClaim> {
    match x.value.hi {
        Some(hi) if x.unit == AmountUnit::Usd && hi < PRICE_DOLLARS => {
            let mut cents = x.clone();
            cents.unit = AmountUnit::UsdCents;
            cents.value = Interval {
                lo: x.value.lo * 100,
                hi: Some(hi * 100),
            };
            std::borrow::Cow::Owned(cents)
        }
        _ => std::borrow::Cow::Borrowed(x),
    }
}

/// Whole dollars under which a sum is compared in cents ([`in_cents`]).
const PRICE_DOLLARS: u64 = 1_000;

fn lone_figures_apart(
    quote: &Quoter,
    xs: &[(&Claim, &crate::model::AmountClaim)],
    groups: &[Vec<usize>],
    only: &[bool],
    in_conflict: &[bool],
) -> (Vec<bool>, Vec<Finding>) {
    let lone: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| g.iter().copied().filter(|&i| only[i]).collect())
        .collect();
    let candidate = |gi: usize| !in_conflict[gi] && !lone[gi].is_empty();
    let articles: Vec<BTreeSet<&str>> = groups
        .iter()
        .map(|g| g.iter().map(|&i| xs[i].0.article.as_str()).collect())
        .collect();
    let mut sets = UnionFind::new(groups.len());
    for gi in (0..groups.len()).filter(|&g| candidate(g)) {
        for gj in (gi + 1..groups.len()).filter(|&g| candidate(g)) {
            let side_by_side = lone[gi].iter().any(|&a| {
                lone[gj].iter().any(|&b| {
                    let (x, y) = (xs[a].1, xs[b].1);
                    // Or of the same digits two swapped, whatever their words, words of
                    // time too ("The contract is $4.8 million", "The $8.4 million job";
                    // "the last estimate I saw was $81 million" against "$18 million"):
                    // one may be mistyped, and a reader is told so.
                    x.unit == y.unit
                        && x.per == y.per
                        && !x.value.overlaps(&y.value)
                        && ((time_words(&x.context) == time_words(&y.context)
                            && (close_values(&x.value, &y.value) || close_points(x, y))
                            && x.context.iter().any(|s| y.context.contains(s)))
                            || swapped_written(&x.value, &y.value))
                })
            });
            if side_by_side && articles[gi].is_disjoint(&articles[gj]) {
                sets.union(gi, gj);
            }
        }
    }
    let mut shown = vec![false; groups.len()];
    let mut out = Vec::new();
    for component in sets.groups().into_iter().filter(|c| c.len() >= 2) {
        let mut all: Vec<&Claim> = Vec::new();
        let mut each = Vec::new();
        for &gi in &component {
            shown[gi] = true;
            let cs = claims_of(xs, &groups[gi]);
            each.push(format!(
                "{} in {} ({})",
                figure_text(&cs),
                join(&articles_of(&cs)),
                forms(&cs)
            ));
            all.extend(cs);
        }
        let x = xs[groups[component[0]][0]].1;
        let noun = noun_of(x);
        let values: Vec<String> = component
            .iter()
            .map(|&gi| xs[groups[gi][0]].1.value.lo.to_string())
            .collect();
        let swapped = match component[..] {
            [gi, gj] if swapped_written(&xs[groups[gi][0]].1.value, &xs[groups[gj][0]].1.value) => {
                format!(
                    "; {} and {} have the same digits, two swapped: one may be mistyped",
                    figure_text(&claims_of(xs, &groups[gi])),
                    figure_text(&claims_of(xs, &groups[gj]))
                )
            }
            _ => String::new(),
        };
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("{noun}: {}", figure_text(&all)),
            &format!("{:?}:lone:{}", x.unit, values.join(",")),
            format!(
                "The outlets' only {noun}s differ: {}; the words around them share too little to say they are one {noun}{swapped}",
                each.join(", ")
            ),
            "each article's only figure of this unit, close in value, with a word in common but too little to align them",
            &all,
            evidence(quote, &all),
        ));
    }
    (shown, out)
}

/// Of the conflicts of one group with two groups that one article both gives ("$12
/// million in punitive damages" against a wire's "$14.2 million verdict, including $10
/// million in punitive damages"), the one with the better rival only: the figure of the
/// same thing ("in punitive damages"), else the nearer. The article gives both figures,
/// so the sum stands against one of them, not both.
fn nearest_rivals(
    xs: &[(&Claim, &crate::model::AmountClaim)],
    groups: &[Vec<usize>],
    conflicts: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let first = |g: usize| xs[groups[g][0]].1;
    let articles = |g: usize| -> BTreeSet<&str> {
        groups[g]
            .iter()
            .map(|&i| xs[i].0.article.as_str())
            .collect()
    };
    // How well `other` matches `g`: the same thing first, then the nearer figure.
    let fit = |g: usize, other: usize| {
        let thing = groups[g]
            .iter()
            .any(|&i| groups[other].iter().any(|&j| same_thing(xs[i].1, xs[j].1)));
        let (x, y) = (first(g), first(other));
        (!thing, (ratio(&x.value, &y.value) * 1000.0) as u64)
    };
    let rivals_of = |g: usize| -> Vec<usize> {
        conflicts
            .iter()
            .filter_map(|&(a, b)| {
                if a == g {
                    Some(b)
                } else if b == g {
                    Some(a)
                } else {
                    None
                }
            })
            .collect()
    };
    let better_elsewhere = |g: usize, rival: usize| {
        rivals_of(g).into_iter().any(|other| {
            other != rival
                && !articles(other).is_disjoint(&articles(rival))
                && fit(g, other) < fit(g, rival)
        })
    };
    conflicts
        .iter()
        .copied()
        .filter(|&(a, b)| !better_elsewhere(a, b) && !better_elsewhere(b, a))
        .collect()
}

/// The unit of a figure's last place other than zero: 212,000,000 → 1,000,000.
fn place_of(v: u64) -> u64 {
    let mut p = 1u64;
    while let Some(next) = p.checked_mul(10)
        && v != 0
        && v.is_multiple_of(next)
    {
        p = next;
    }
    p
}

/// Whether one of two exact figures is the other rounded to its own last place, and
/// within a twentieth of it: "$212 million" for "$212.4 million", "52%" for "51.8%". An
/// outlet that rounds a sum gives no other sum; "$200 million" against "$240 million"
/// is still two.
fn rounded(a: &Interval, b: &Interval) -> bool {
    if !(a.is_exact() && b.is_exact()) || a.lo == 0 || b.lo == 0 {
        return false;
    }
    let (round, precise) = if place_of(a.lo) > place_of(b.lo) {
        (a.lo, b.lo)
    } else {
        (b.lo, a.lo)
    };
    let unit = place_of(round);
    if unit == place_of(precise) {
        return false;
    }
    let to_unit = (precise + unit / 2) / unit * unit;
    to_unit == round && round.abs_diff(precise) * 20 <= round
}

/// The words a finding names a figure by: the first in digits ("96 percent", not a
/// script's "Ninety-six percent"), else the first.
fn figure_text<'a>(cs: &[&'a Claim]) -> &'a str {
    cs.iter()
        .find(|c| c.text.bytes().any(|b| b.is_ascii_digit()))
        .unwrap_or(&cs[0])
        .text
        .as_str()
}

fn noun_of(x: &crate::model::AmountClaim) -> &'static str {
    if x.unit.is_money() {
        "amount"
    } else {
        "percentage"
    }
}

/// Two overlapping amounts of two articles are one sum when they share context: the
/// same exact value needs only a shared word (as the same day does for dates), or none
/// at all when it is a sum of money that tells a story ("$410 million" in one outlet's
/// lead and "Total cost: $410M" in another's list), other overlaps a word not every
/// article uses, or three words.
fn linked_amounts(
    x: &crate::model::AmountClaim,
    y: &crate::model::AmountClaim,
    df: &Universal,
) -> bool {
    // A large sum given alike ("$450 million", or "up to $450 million" and "as much as
    // $450 million": one ceiling) is one sum, whatever the words around it.
    let large = x.unit.is_whole_money()
        && x.value.hi.unwrap_or(x.value.lo) >= super::stories::MIN_SUM_FEATURE;
    if x.value == y.value && (x.value.is_exact() || large) {
        large || x.context.iter().any(|s| y.context.contains(s))
    } else {
        // "The work will cost about $1.1 million" and "The lease will cost the city
        // … just over $1 million": "cost" says a sum is money, not which sum.
        let telling: Vec<String> = x
            .context
            .iter()
            .filter(|s| !SUM_WORDS.contains(s.as_str()))
            .cloned()
            .collect();
        strong_shared(&telling, &y.context, df, 1) || same_thing(x, y)
    }
}

/// `data/sum_words.txt`: context stems that say a figure is a sum of money, not which.
static SUM_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/sum_words.txt")).collect()
    });

/// Two sums of the same thing, close in value, where one outlet leaves out the word of
/// time the other gives ("$32.5 million in initial aid", "$35 million in federal aid"):
/// one sum told two ways. Two words of time that differ ("initial", "final") tell two.
fn untimed_twin(x: &crate::model::AmountClaim, y: &crate::model::AmountClaim) -> bool {
    same_thing(x, y)
        && (time_words(&x.context).is_empty() || time_words(&y.context).is_empty())
        && ratio(&x.value, &y.value) <= UNTIMED_RATIO
}

/// How far apart two sums may be and still be one sum when one leaves out its word of
/// time (see [`untimed_twin`]).
const UNTIMED_RATIO: f64 = 1.2;

/// Whether two sums are said to be of the same thing, in the noun right after each
/// ("$45 million in aid", "$40 million in emergency aid").
fn same_thing(x: &crate::model::AmountClaim, y: &crate::model::AmountClaim) -> bool {
    x.what.is_some() && x.what == y.what
}

/// Pairs of groups (indices into `groups`) that set values against each other: no
/// article is in both (an article that gives both values knows of both), and some claim
/// of one is `linked` to some claim of the other.
fn conflicting_groups<T>(
    xs: &[(&Claim, &T)],
    groups: &[Vec<usize>],
    linked: impl Fn(&T, &T) -> bool,
) -> Vec<(usize, usize)> {
    let articles: Vec<std::collections::BTreeSet<&str>> = groups
        .iter()
        .map(|g| g.iter().map(|&i| xs[i].0.article.as_str()).collect())
        .collect();
    let mut out = Vec::new();
    for gi in 0..groups.len() {
        for gj in gi + 1..groups.len() {
            if articles[gi].is_disjoint(&articles[gj])
                && groups[gi]
                    .iter()
                    .any(|&a| groups[gj].iter().any(|&b| linked(xs[a].1, xs[b].1)))
            {
                out.push((gi, gj));
            }
        }
    }
    out
}

/// Joins (in `sets`) two groups of one exact value that are each set against the same
/// third group and share no article: "73 percent of members who cast ballots" in a
/// release and "73% support" in a paper, each the figure a wire gives as "71% of
/// members voting", are one figure, though their own words share none. Returns whether
/// any were joined.
fn join_equal_rivals<T>(
    xs: &[(&Claim, &T)],
    groups: &[Vec<usize>],
    conflicts: &[(usize, usize)],
    value: impl Fn(&T) -> Option<u64>,
    sets: &mut UnionFind,
) -> bool {
    let articles = |g: usize| -> std::collections::BTreeSet<&str> {
        groups[g]
            .iter()
            .map(|&i| xs[i].0.article.as_str())
            .collect()
    };
    let mut joined = false;
    for (n, &(a1, b1)) in conflicts.iter().enumerate() {
        for &(a2, b2) in &conflicts[n + 1..] {
            let (x, y) = match () {
                _ if a1 == a2 => (b1, b2),
                _ if a1 == b2 => (b1, a2),
                _ if b1 == a2 => (a1, b2),
                _ if b1 == b2 => (a1, a2),
                _ => continue,
            };
            let (vx, vy) = (value(xs[groups[x][0]].1), value(xs[groups[y][0]].1));
            if x != y && vx.is_some() && vx == vy && articles(x).is_disjoint(&articles(y)) {
                sets.union(groups[x][0], groups[y][0]);
                joined = true;
            }
        }
    }
    joined
}

fn claims_of<'a, T>(xs: &[(&'a Claim, &T)], group: &[usize]) -> Vec<&'a Claim> {
    group.iter().map(|&i| xs[i].0).collect()
}

/// A `count_mismatch` between two groups of claims: "A gives the vote as 4-1 where B
/// gives 5-0". Each side comes with the words that show its value.
fn mismatch(
    quote: &Quoter,
    (topic, key): (&str, &str),
    what: &str,
    (a, shown_a): (&[&Claim], &str),
    (b, shown_b): (&[&Claim], &str),
    rule: &str,
) -> Finding {
    let (arts_a, arts_b) = (articles_of(a), articles_of(b));
    let verb = |arts: &[String]| if arts.len() == 1 { "gives" } else { "give" };
    let mut all = a.to_vec();
    all.extend(b);
    new_finding(
        FindingType::CountMismatch,
        topic,
        key,
        format!(
            "{} {} the {what} as {shown_a} where {} {} {shown_b}",
            join(&arts_a),
            verb(&arts_a),
            join(&arts_b),
            verb(&arts_b)
        ),
        rule,
        &all,
        evidence(quote, &all),
    )
}

/// Stems of words that tell one figure from another in time or standing
/// (`data/time_words.txt`).
static TIME_STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/time_words.txt"))
        .map(|w| w.chars().take(5).collect())
        .collect()
});

/// Stems of `data/time_words.txt` that put a figure in an earlier version of a thing
/// ("an earlier version that capped increases at 3%", "the original $40 million
/// plan").
/// Not "former", which most often tells a person's old post ("former planning
/// commissioner Thomas Varga with 52.6% of the vote").
const EARLIER_STEMS: [&str; 4] = ["earli", "previ", "prior", "origi"];

/// Whether one figure is said to be of an earlier version and the other is not, in the
/// words of its clause before it: "an earlier version that capped increases at 3%" and
/// a TV page's "the law caps increases at 3%" are two figures in the same digits, no
/// agreement. Words after a figure ("$5.6 billion ..., compared with its previous
/// outlook") speak of another figure.
fn one_of_an_earlier_version(quote: &Quoter, x: &Claim, y: &Claim) -> bool {
    let earlier = |c: &Claim| {
        quote.stem_before(&c.article, &c.span, EARLIER_REACH, &EARLIER_STEMS)
            || quote.clause_ends_with(&c.article, &c.span, &EARLIER_AFTER)
    };
    earlier(x) != earlier(y)
}

/// Words that, ending the clause right after a figure, put it in an earlier version
/// ("from $16.2 billion to $16.5 billion before").
const EARLIER_AFTER: [&str; 4] = ["before", "previously", "earlier", "originally"];

/// Words before a figure read for a word of [`EARLIER_STEMS`].
const EARLIER_REACH: usize = 8;

/// Whether two contexts hold the same words of time, a forecast's "projected" being
/// one with "expects" or "forecast" ("is projected to save $4.2 million", "expects to
/// save $2.4 million"). "expects" alone is no word of time: "expects to spend $72
/// million" is set against a plain "$27 million".
fn same_time_words(x: &[String], y: &[String]) -> bool {
    let (tx, ty) = (time_words(x), time_words(y));
    if tx == ty {
        return true;
    }
    let forecast = |c: &[String]| c.iter().any(|s| FORECAST_STEMS.contains(&s.as_str()));
    let without = |t: &[&str]| -> Vec<String> {
        t.iter()
            .filter(|s| **s != "proje")
            .map(|s| s.to_string())
            .collect()
    };
    without(&tx) == without(&ty)
        && (tx.contains(&"proje") || forecast(x))
        && (ty.contains(&"proje") || forecast(y))
}

/// Context stems of a forecast that say what "projected" says.
const FORECAST_STEMS: [&str; 2] = ["expec", "forec"];

/// The time words of a context, in the order of the data file.
fn time_words(context: &[String]) -> Vec<&str> {
    TIME_STEMS
        .iter()
        .filter(|t| context.contains(t))
        .map(String::as_str)
        .collect()
}

/// Each article's only ceiling ("up to $25,000", "up to $50,000") is one cap misreported
/// within this factor: a cap is a figure of law or contract, doubled by a slip as often
/// as nudged.
const CAP_CONFLICT_RATIO: f64 = 4.0;

/// Amounts further apart than this are more often two sums than one sum misreported.
const AMOUNT_CONFLICT_RATIO: f64 = 1.5;

/// Whether two figures as written (an exact value, or the middle of "about $210
/// million") have the same digits a factor of 10, 100 or 1,000 apart, or the same
/// digits with two next to each other swapped.
fn slipped_digits(x: &Interval, y: &Interval) -> bool {
    slip(x, y).is_some()
}

/// How two figures as written slipped, as a reader is told it ("with two swapped",
/// "ten times apart"), when they did (see [`slipped_digits`]).
pub(super) fn slip(x: &Interval, y: &Interval) -> Option<&'static str> {
    let (a, b) = (as_written(x)?, as_written(y)?);
    let (a, b) = (a.min(b), a.max(b));
    if a == 0 || a == b {
        return None;
    }
    if swapped_digits(a, b) {
        return Some("with two swapped");
    }
    match (b % a, b / a) {
        (0, 10) => Some("ten times apart"),
        (0, 100) => Some("a hundred times apart"),
        (0, 1000) => Some("a thousand times apart"),
        _ => None,
    }
}

/// A precise sum with two digits swapped ("$551.7 million", "$515.7 million" of a
/// jackpot's cash value) is one sum mistyped when a word around them is shared, however
/// common, and whatever words of time stand beside them ("estimated" in one): two such
/// sums of two things hardly occur in one story; when each is its article's only sum
/// (`alone`: "Restitution was set at $1,284,500", "ordered them to repay $1,248,500"),
/// no word need be shared. Percentages written with tenths ("3.5%", "5.3%" of one
/// tuition increase) are as precise when a rarer word is shared.
fn precise_swap(
    x: &crate::model::AmountClaim,
    y: &crate::model::AmountClaim,
    df: &Universal,
    alone: bool,
) -> bool {
    if !swapped_written(&x.value, &y.value) {
        return false;
    }
    let tenths = |v: &Interval| as_written(v).is_some_and(|n| n % 10 != 0);
    if x.unit == AmountUnit::PercentTenths {
        return tenths(&x.value)
            && tenths(&y.value)
            && strong_shared(&x.context, &y.context, df, 1);
    }
    as_written(&x.value).is_some_and(|v| significant_digits(v) >= PRECISE_DIGITS)
        && (alone || x.context.iter().any(|w| y.context.contains(w)))
}

/// Fewest significant digits that make a sum precise ("$551.7 million" has four).
const PRECISE_DIGITS: usize = 4;

/// How many digits a figure has once its trailing zeros go: 551,700,000 has four.
pub(super) fn significant_digits(mut v: u64) -> usize {
    while v != 0 && v.is_multiple_of(10) {
        v /= 10;
    }
    v.to_string().len()
}

/// Whether two figures as written have the same digits with two next to each other
/// swapped ("$48 million", "$84 million").
fn swapped_written(x: &Interval, y: &Interval) -> bool {
    match (as_written(x), as_written(y)) {
        (Some(a), Some(b)) => swapped_digits(a.min(b), a.max(b)),
        _ => false,
    }
}

/// Whether two numbers have the same digits but two next to each other swapped
/// ("1,214" and "1,241"): one figure mistyped, the likeliest slip of a copying hand.
pub(super) fn swapped_digits(a: u64, b: u64) -> bool {
    swapped_chars(&a.to_string(), &b.to_string())
}

/// Whether two strings are the same but for two neighbouring characters swapped
/// ("58.1-3221" and "58.1-3212").
fn swapped_chars(a: &str, b: &str) -> bool {
    let (da, db) = (a.as_bytes(), b.as_bytes());
    let differ: Vec<usize> = (0..da.len().min(db.len()))
        .filter(|&i| da[i] != db[i])
        .collect();
    da.len() == db.len()
        && matches!(differ[..], [i, j] if j == i + 1 && da[i] == db[j] && da[j] == db[i])
}

/// The figure an interval was read from: its value when exact, the middle of a
/// hedge's range ("about" makes 96–144 of 120) otherwise.
pub(super) fn as_written(x: &Interval) -> Option<u64> {
    let hi = x.hi?;
    (x.lo + hi).is_multiple_of(2).then_some((x.lo + hi) / 2)
}

/// Two small percentages a few points apart ("caps increases at 3%", "at 5%"): close
/// as figures of one thing, though one is more than [`AMOUNT_CONFLICT_RATIO`] times
/// the other.
fn close_points(x: &crate::model::AmountClaim, y: &crate::model::AmountClaim) -> bool {
    x.unit == AmountUnit::PercentTenths && x.value.lo.abs_diff(y.value.lo) <= CLOSE_POINTS
}

/// Percentage points, in tenths, within which two percentages are close (see
/// [`close_points`]).
const CLOSE_POINTS: u64 = 20;

/// `data/tier_words.txt` by their stems: words that name one tier of a penalty or a
/// price.
static TIER_STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let mut stems: Vec<String> = crate::data::lines(include_str!("../../data/tier_words.txt"))
        .filter_map(crate::extract::lists::stem_of)
        .collect();
    stems.sort();
    stems.dedup();
    stems
});

/// The tiers a sum's context names ("repea" in "Repeat violators face fines of up to
/// $25,000").
fn tiers(context: &[String]) -> Vec<&str> {
    TIER_STEMS
        .iter()
        .filter(|t| context.contains(t))
        .map(String::as_str)
        .collect()
}

/// The ceiling of a sum given as one ("up to $25,000", "as much as $2 million").
fn cap(v: &Interval) -> Option<u64> {
    v.hi.filter(|&hi| v.lo == 0 && hi > 0)
}

/// Whether two sums can be one. Two ceilings are figures in their own right: a law's
/// "penalties of up to $25,000" and "up to $50,000" name two different caps, though a
/// fine of $10,000 fits under either.
fn sums_overlap(x: &Interval, y: &Interval) -> bool {
    match (cap(x), cap(y)) {
        (Some(a), Some(b)) => a == b,
        _ => x.overlaps(y),
    }
}

/// Two ceilings as the figures they name, to be set against each other; other sums as
/// they are.
fn caps_as_figures(x: &Interval, y: &Interval) -> (Interval, Interval) {
    match (cap(x), cap(y)) {
        (Some(a), Some(b)) => (Interval::exact(a), Interval::exact(b)),
        _ => (*x, *y),
    }
}

fn close_values(x: &Interval, y: &Interval) -> bool {
    ratio(x, y) <= AMOUNT_CONFLICT_RATIO
}

/// How many times the larger of two figures is the smaller (by their lower bounds).
fn ratio(x: &Interval, y: &Interval) -> f64 {
    let (a, b) = (x.lo.max(1) as f64, y.lo.max(1) as f64);
    a.max(b) / a.min(b)
}

/// Games' final scores. Equal scores of two articles agree. Two scores conflict when
/// each is the only score its article gives (a story of one game: an article that gives
/// one score gives that game's) and they share a word of their context (the teams'
/// names): "31-27" in a fan's post against "31-28" everywhere else. An article that
/// gives several scores (a roundup) is set against no other.
fn scores(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let xs: Vec<(&Claim, &crate::model::ScoreClaim)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Score(x) => Some((c, x)),
            _ => None,
        })
        .collect();
    // Each article's scores, each once: an article of one score is of one game.
    let mut per_article: BTreeMap<&str, BTreeSet<(u32, u32)>> = BTreeMap::new();
    for (c, x) in &xs {
        per_article
            .entry(c.article.as_str())
            .or_default()
            .insert((x.high, x.low));
    }
    let lone = |c: &Claim| {
        per_article
            .get(c.article.as_str())
            .is_some_and(|s| s.len() == 1)
    };
    let mut groups: BTreeMap<(u32, u32), Vec<&Claim>> = BTreeMap::new();
    for (c, x) in &xs {
        groups.entry((x.high, x.low)).or_default().push(c);
    }
    let keys: Vec<(u32, u32)> = groups.keys().copied().collect();
    let mut out = Vec::new();
    let mut in_conflict: BTreeSet<(u32, u32)> = BTreeSet::new();
    for (i, ka) in keys.iter().enumerate() {
        for kb in &keys[i + 1..] {
            let (a, b) = (&groups[ka], &groups[kb]);
            let all_lone = a.iter().chain(b).all(|c| lone(c));
            let apart = a.iter().all(|c| !b.iter().any(|d| d.article == c.article));
            let shared = !score_context(a).is_disjoint(&score_context(b));
            if !(all_lone && apart && shared) {
                continue;
            }
            in_conflict.insert(*ka);
            in_conflict.insert(*kb);
            let (ta, tb) = (format!("{}-{}", ka.0, ka.1), format!("{}-{}", kb.0, kb.1));
            // The score more articles give is shown first.
            let ((a, ta), (b, tb)) = if articles_of(b).len() > articles_of(a).len() {
                ((b, tb), (a, ta))
            } else {
                ((a, ta), (b, tb))
            };
            out.push(mismatch(
                quote,
                (
                    &format!("score: {ta}"),
                    &format!("score:{tb}:{}:{ta}:{}", b[0].article, a[0].article),
                ),
                "final score",
                (b, &tb),
                (a, &ta),
                "each article gives one score of one game, and the scores differ",
            ));
        }
    }
    for (key, cs) in &groups {
        if in_conflict.contains(key) && articles_of(cs).len() < 2 {
            continue;
        }
        let shown_score = format!("{}-{}", key.0, key.1);
        let arts = articles_of(cs);
        out.push(agree_or_alone(
            quote,
            &format!("score: {shown_score}"),
            &format!("score:{shown_score}"),
            cs,
            (
                format!(
                    "{} agree on the final score {shown_score} ({})",
                    join(&arts),
                    forms(cs)
                ),
                "the same final score",
            ),
            (
                format!("Only {} gives the final score {shown_score}", arts[0]),
                "no other article gives this score",
            ),
        ));
    }
    out
}

/// The context stems of a group of scores.
fn score_context<'a>(cs: &[&'a Claim]) -> BTreeSet<&'a str> {
    cs.iter()
        .filter_map(|c| match &c.body {
            ClaimBody::Score(x) => Some(x.context.iter().map(String::as_str)),
            _ => None,
        })
        .flatten()
        .collect()
}

/// A tally as a reader writes it: "7-2", "2,912-431".
fn tally(v: &VoteClaim) -> String {
    use crate::model::grouped;
    if v.unanimous {
        return "unanimous".to_string();
    }
    format!(
        "{}-{}",
        grouped(v.in_favor.into()),
        grouped(v.against.into())
    )
}

/// Whether two tallies may be of one motion: two motions that share no word are two
/// votes; a tally with no motion named may be of either.
fn same_motion(x: &VoteClaim, y: &VoteClaim) -> bool {
    x.motion.is_empty() || y.motion.is_empty() || x.motion.iter().any(|s| y.motion.contains(s))
}

/// Whether two tallies are of two bodies ("the Senate", "the Assembly"): then they are
/// two votes, never one vote misreported.
fn other_bodies(x: &VoteClaim, y: &VoteClaim) -> bool {
    matches!((&x.body, &y.body), (Some(a), Some(b)) if a != b)
}

/// Whether two tallies are said to be of one body.
fn same_body(x: &VoteClaim, y: &VoteClaim) -> bool {
    x.body.is_some() && x.body == y.body
}

/// Whether two tallies differ only by two digits swapped in one side ("1,987 to 323",
/// "1,897-323"): one vote mistyped, when each is its article's only tally.
fn swapped_tally(x: &VoteClaim, y: &VoteClaim) -> bool {
    let (xf, yf) = (u64::from(x.in_favor), u64::from(y.in_favor));
    let (xa, ya) = (u64::from(x.against), u64::from(y.against));
    !x.unanimous
        && !y.unanimous
        && ((xa == ya && swapped_digits(xf.min(yf), xf.max(yf)))
            || (xf == yf && swapped_digits(xa.min(ya), xa.max(ya))))
}

fn same_tally(x: &VoteClaim, y: &VoteClaim) -> bool {
    match (x.unanimous, y.unanimous) {
        (true, true) => true,
        // "voted unanimously" and "12-0".
        (true, false) => y.against == 0,
        (false, true) => x.against == 0,
        (false, false) => (x.in_favor, x.against) == (y.in_favor, y.against),
    }
}

/// Vote tallies. Equal tallies of two articles agree on one shared context word, or
/// with none when each is its article's only tally, unless they name motions that
/// share no word ("to close the pool", "to raise fees"). Two
/// tallies conflict when no article gives both, their motions ("to close the pool")
/// share a word where both name one, and they share context: one word not every article
/// uses when they count the same number of voters ("4-1" against "5-0" is one vote
/// misreported more often than two votes), two such words otherwise. Tallies of two
/// bodies never conflict. Tallies of one body, each its article's only tally of that
/// body, are one vote as each article's only tally is: "the Senate passed it 12-9" and
/// "passes the Senate. The final tally was 13-8" conflict with no other word shared,
/// when the body votes once in a story (a chamber, a court, a jury; not a council).
fn votes(quote: &Quoter, claims: &[&Claim], df: &Universal) -> Vec<Finding> {
    let xs: Vec<(&Claim, &VoteClaim)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Vote(x) => Some((c, x)),
            _ => None,
        })
        .collect();
    // Whether each tally is its article's only one: two such equal tallies are one vote
    // whatever the words around them ("Motion carried 4-1" in minutes, "the council's
    // 4-1 vote" in a release), as the same day of two articles is one date.
    let only = only_of_key(xs.iter().map(|(c, _)| Some(&c.article)).collect());
    let only_of_body = only_of_key(
        xs.iter()
            .map(|(c, x)| x.body.as_ref().map(|b| (&c.article, b)))
            .collect(),
    );
    let lone_of_body =
        |a: usize, b: usize| only_of_body[a] && only_of_body[b] && same_body(xs[a].1, xs[b].1);
    // Only a body that votes once in a story makes lone tallies one vote to conflict on.
    let votes_once = |x: &VoteClaim| {
        x.body
            .as_deref()
            .is_some_and(|b| crate::extract::votes::VOTES_ONCE.contains(b))
    };
    let mut sets = UnionFind::new(xs.len());
    for a in 0..xs.len() {
        for b in a + 1..xs.len() {
            let ((ca, x), (cb, y)) = (xs[a], xs[b]);
            // Each article's only tally, equal, of one body, told with two words in
            // common beyond "vote" ("board", "Tuesday"), is one vote however each
            // outlet words the motion ("to approve the consolidation plan", "to close
            // three schools"). "The board voted 4-1 to close the pool" and "The
            // council voted 4-1 to raise fees" share nothing: two votes.
            let one_vote = only[a]
                && only[b]
                && same_body(x, y)
                && x.context
                    .iter()
                    .filter(|s| s.as_str() != "vote" && y.context.contains(s))
                    .count()
                    >= 2;
            if ca.article != cb.article
                && same_tally(x, y)
                && (same_motion(x, y) || one_vote)
                && !other_bodies(x, y)
                && ((only[a] && only[b])
                    || lone_of_body(a, b)
                    || x.context.iter().any(|s| y.context.contains(s)))
            {
                sets.union(a, b);
            }
        }
    }
    let groups = sets.groups();
    let mut out = Vec::new();
    let mut in_conflict = vec![false; groups.len()];
    // Each tally with whether it is its article's only tally of its body, and its
    // article's only tally.
    let with_flag: Vec<(&VoteClaim, bool, bool)> = xs
        .iter()
        .zip(only_of_body.iter().zip(&only))
        .map(|(&(_, x), (&lone, &alone))| (x, lone, alone))
        .collect();
    let flagged: Vec<(&Claim, &(&VoteClaim, bool, bool))> = xs
        .iter()
        .zip(&with_flag)
        .map(|(&(c, _), f)| (c, f))
        .collect();
    let conflicts = conflicting_groups(&flagged, &groups, |&(x, lx, ax), &(y, ly, ay)| {
        // A unanimous vote's number of voters is unknown.
        let same_voters =
            !x.unanimous && !y.unanimous && x.in_favor + x.against == y.in_favor + y.against;
        // One side the same ("41-23", "41-24"): one roll call, the other side miscounted
        // or a member recorded late.
        let one_side =
            !x.unanimous && !y.unanimous && (x.in_favor == y.in_favor || x.against == y.against);
        !same_tally(x, y)
            && same_motion(x, y)
            && !other_bodies(x, y)
            && (((same_voters || one_side) && lx && ly && same_body(x, y) && votes_once(x))
                || (ax && ay && swapped_tally(x, y))
                || strong_shared(&x.context, &y.context, df, if same_voters { 1 } else { 2 }))
    });
    for (gi, gj) in conflicts {
        in_conflict[gi] = true;
        in_conflict[gj] = true;
        let (a, b) = (claims_of(&xs, &groups[gi]), claims_of(&xs, &groups[gj]));
        let (ta, tb) = (tally(xs[groups[gi][0]].1), tally(xs[groups[gj][0]].1));
        out.push(mismatch(
            quote,
            (
                &format!("vote: {ta}"),
                &format!("vote:{ta}:{}:{tb}:{}", a[0].article, b[0].article),
            ),
            "vote",
            (&a, &ta),
            (&b, &tb),
            "the same vote in the same words, different tallies",
        ));
    }
    // Each article's only tally, two tallies or more among them, none already judged:
    // the outlets may give one vote differently or give two votes. A reader is told.
    let lone: Vec<usize> = (0..groups.len())
        .filter(|&gi| !in_conflict[gi] && groups[gi].iter().all(|&i| only[i]))
        .collect();
    let mut noted = vec![false; groups.len()];
    let first_of = |gi: usize| xs[groups[gi][0]].1;
    let tallies: BTreeSet<String> = lone.iter().map(|&gi| tally(first_of(gi))).collect();
    // One motion, as far as the words tell: any tally of each group may speak for it,
    // since a group joins tallies whose motions are named in other words or not at all
    // ("voted 31-24 to close five libraries", "members voted 31 to 24").
    let motion_of_both = |a: usize, b: usize| {
        groups[a]
            .iter()
            .any(|&i| groups[b].iter().any(|&j| same_motion(xs[i].1, xs[j].1)))
    };
    let one_motion = lone
        .iter()
        .all(|&a| lone.iter().all(|&b| motion_of_both(a, b)));
    if tallies.len() >= 2 && one_motion {
        let each: Vec<String> = lone
            .iter()
            .map(|&gi| {
                let cs = claims_of(&xs, &groups[gi]);
                format!("{} {}", join(&articles_of(&cs)), tally(first_of(gi)))
            })
            .collect();
        let cs: Vec<&Claim> = lone
            .iter()
            .flat_map(|&gi| claims_of(&xs, &groups[gi]))
            .collect();
        let first = tally(first_of(lone[0]));
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("vote: {first}"),
            &format!("vote:lone:{first}:{}", cs[0].article),
            format!(
                "The outlets' only vote tallies differ: {}. The words around them share too little to say they tell one vote",
                each.join(", ")
            ),
            "each article's only vote tally, different tallies, with too little shared context to align them",
            &cs,
            evidence(quote, &cs),
        ));
        for &gi in &lone {
            noted[gi] = true;
        }
    }
    for (gi, g) in groups.iter().enumerate() {
        let cs: Vec<&Claim> = g.iter().map(|&i| xs[i].0).collect();
        let arts = articles_of(&cs);
        if (in_conflict[gi] || noted[gi]) && arts.len() < 2 {
            continue;
        }
        let t = tally(xs[g[0]].1);
        out.push(agree_or_alone(
            quote,
            &format!("vote: {t}"),
            &format!("vote:{t}:{}", cs[0].article),
            &cs,
            (
                format!("{} agree on the vote ({t})", join(&arts)),
                "equal tallies with shared context",
            ),
            (
                format!("Only {} gives the vote as {t}", arts[0]),
                "no other article gives this tally",
            ),
        ));
    }
    out
}

fn month_day(d: &DateClaim) -> Option<(u8, u8)> {
    Some((d.month?, d.day?))
}

fn date_text(d: &DateClaim) -> String {
    const MONTHS: [&str; 12] = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    match month_day(d) {
        Some((m, day)) => format!("{} {day}", MONTHS[usize::from(m.clamp(1, 12)) - 1]),
        None => d.weekday.clone().unwrap_or_default(),
    }
}

/// Words that say a date was changed, so two dates may both be right.
const UPDATE_STEMS: &[&str] = &[
    "exten", "moved", "postp", "delay", "pushe", "resch", "revis", "updat",
];

/// Verbs' stems before a date that date the same kind of happening, with the sense
/// they share (`data/date_verb_senses.tsv`).
static VERB_SENSES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/date_verb_senses.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });

/// The sense of a verb's stem before a date: "effec" (take effect), "begin" and "start"
/// are one ("start"); any other verb is its own.
fn verb_sense(stem: &str) -> &str {
    VERB_SENSES.get(stem).copied().unwrap_or(stem)
}

/// Event dates after the same verb ("was announced on March 3", "announced on March 4"),
/// each its article's only date after that verb, on different days, and not linked by
/// their context: the outlets may date one event differently, or date two events. A
/// verb alone ("announced") is too common to call that a conflict, and too telling to
/// leave each date "the only one": a reader is told the dates differ and why xcheck
/// cannot say more. Returns the findings and the dates they report, which are then not
/// also single-source (those of one day in two articles still agree).
fn lone_dates_after_one_verb(
    quote: &Quoter,
    xs: &[(&Claim, &DateClaim)],
    sets: &mut UnionFind,
) -> (Vec<Finding>, Vec<usize>) {
    let only = only_of_key(
        xs.iter()
            .map(|(c, d)| {
                let verb = d.action.as_deref().filter(|_| d.slot == DateSlot::Event)?;
                Some((&c.article, verb_sense(verb)))
            })
            .collect(),
    );
    let mut by_verb: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (_, d)) in xs.iter().enumerate() {
        if let (true, Some(verb), Some(_)) = (only[i], &d.action, month_day(d)) {
            by_verb.entry(verb_sense(verb)).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    let mut noted = Vec::new();
    for idx in by_verb.values() {
        let days: BTreeMap<(u8, u8), Vec<usize>> = idx.iter().fold(BTreeMap::new(), |mut m, &i| {
            m.entry(month_day(xs[i].1).unwrap_or_default())
                .or_insert_with(Vec::new)
                .push(i);
            m
        });
        // Two days or more, each date linked to none but dates of its own day among these:
        // a date linked elsewhere is judged (agreeing or as a mismatch) with its group.
        let linked_elsewhere = idx.iter().any(|&i| {
            (0..xs.len()).any(|j| {
                sets.find(i) == sets.find(j)
                    && (!idx.contains(&j) || month_day(xs[i].1) != month_day(xs[j].1))
            })
        });
        if days.len() < 2 || linked_elsewhere {
            continue;
        }
        let each: Vec<String> = days
            .values()
            .map(|is| {
                let arts = unique(is.iter().map(|&i| xs[i].0.article.clone()));
                format!("{} {}", join(&arts), date_text(xs[is[0]].1))
            })
            .collect();
        let claims: Vec<&Claim> = idx.iter().map(|&i| xs[i].0).collect();
        let first = xs[idx[0]].1;
        let one_verb = idx.iter().all(|&i| xs[i].1.action == first.action);
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("date: {}", date_text(first)),
            &format!(
                "date:verb:{}:{}",
                first.action.as_deref().unwrap_or_default(),
                xs[idx[0]].0.article
            ),
            format!(
                "The outlets give different dates after {}: {}. Each is its article's only date after {}, but the words around them share too little to say they date the same thing",
                if one_verb { "the same verb" } else { "verbs of one sense" },
                each.join(", "),
                if one_verb { "that verb" } else { "such a verb" },
            ),
            "each article's only date after the same verb, on different days, with too little shared context to align them",
            &claims,
            evidence(quote, &claims),
        ));
        noted.extend(idx);
    }
    (out, noted)
}

/// Event dates on different days that no other date joins, whose words share one that
/// not every article uses and another of any kind ("The recall vote will take place Nov.
/// 6", "The recall election is set for Nov. 4"): too little to say they date one thing,
/// too much to call each the only source of its date. A reader is told the dates
/// differ, as not comparable. An article with two such dates stands out of it, and so
/// does a date said of the "next" one (a meeting) against one that is not.
fn weakly_linked_dates(
    quote: &Quoter,
    xs: &[(&Claim, &DateClaim)],
    sets: &mut UnionFind,
    noted: &[usize],
    df: &Universal,
) -> (Vec<Finding>, Vec<usize>) {
    let mut size: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for i in 0..xs.len() {
        *size.entry(sets.find(i)).or_default() += 1;
    }
    let alone: Vec<bool> = (0..xs.len())
        .map(|i| {
            size[&sets.find(i)] == 1
                && !noted.contains(&i)
                && xs[i].1.slot == DateSlot::Event
                && month_day(xs[i].1).is_some()
        })
        .collect();
    let mut weak = UnionFind::new(xs.len());
    for a in (0..xs.len()).filter(|&a| alone[a]) {
        for b in (a + 1..xs.len()).filter(|&b| alone[b]) {
            let ((ca, x), (cb, y)) = (xs[a], xs[b]);
            let shared = x.context.iter().filter(|s| y.context.contains(s)).count();
            // "Next board meeting: May 25" dates a later event than a page's "May 11"
            // meeting, unless both speak of the next one.
            let next = |d: &DateClaim| d.context.iter().any(|s| s == "next");
            if ca.article != cb.article
                && month_day(x) != month_day(y)
                && next(x) == next(y)
                && shared >= 2
                && strong_shared(&x.context, &y.context, df, 1)
            {
                weak.union(a, b);
            }
        }
    }
    let mut out = Vec::new();
    let mut reported = Vec::new();
    for g in weak.groups().into_iter().filter(|g| g.len() >= 2) {
        let arts = unique(g.iter().map(|&i| xs[i].0.article.clone()));
        if arts.len() < g.len() {
            continue;
        }
        let each: Vec<String> = g
            .iter()
            .map(|&i| format!("{} {}", xs[i].0.article, date_text(xs[i].1)))
            .collect();
        let claims: Vec<&Claim> = g.iter().map(|&i| xs[i].0).collect();
        let first = xs[g[0]].1;
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("date: {}", date_text(first)),
            &format!("date:weak:{}:{}", date_text(first), xs[g[0]].0.article),
            format!(
                "The outlets give different dates in like words: {}; the words around them share too little to say they date the same thing",
                join(&each)
            ),
            "event dates on different days whose words share one rare word, too little to align them",
            &claims,
            evidence(quote, &claims),
        ));
        reported.extend(g);
    }
    (out, reported)
}

/// One outlet's lone date a day from the day several others give in the same slot,
/// with some word around them in common ("now set for Oct. 15" against four outlets'
/// "Oct. 14 meeting"): too little to say it dates the same thing, too close to leave
/// it "the only one" to give its day. A reader is told the two days. Returns the
/// findings and the dates they report, which are then not also single-source.
fn a_day_apart(
    quote: &Quoter,
    xs: &[(&Claim, &DateClaim)],
    sets: &mut UnionFind,
    noted: &[usize],
) -> (Vec<Finding>, Vec<usize>) {
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..xs.len() {
        members.entry(sets.find(i)).or_default().push(i);
    }
    // Each group of two or more articles: its members of its most-told day.
    let days: Vec<Vec<usize>> = members
        .values()
        .filter_map(|g| {
            let mut by_day: BTreeMap<(u8, u8), Vec<usize>> = BTreeMap::new();
            for &i in g {
                if let Some(md) = month_day(xs[i].1) {
                    by_day.entry(md).or_default().push(i);
                }
            }
            let arts =
                |idx: &Vec<usize>| unique(idx.iter().map(|&i| xs[i].0.article.clone())).len();
            by_day
                .into_values()
                .max_by_key(|idx| arts(idx))
                .filter(|idx| arts(idx) >= 2)
        })
        .collect();
    let mut out = Vec::new();
    let mut reported = Vec::new();
    for (i, &(c, x)) in xs.iter().enumerate() {
        let Some((month, day)) = month_day(x) else {
            continue;
        };
        if members[&sets.find(i)].len() > 1 || noted.contains(&i) || x.slot == DateSlot::LeadDay {
            continue;
        }
        let near = days
            .iter()
            .filter(|idx| {
                let (_, y) = xs[idx[0]];
                y.slot == x.slot
                    && y.month == Some(month)
                    && y.day.is_some_and(|d| d.abs_diff(day) == 1)
                    && idx.iter().all(|&j| xs[j].0.article != c.article)
                    && idx
                        .iter()
                        .any(|&j| xs[j].1.context.iter().any(|s| x.context.contains(s)))
            })
            .max_by_key(|idx| (idx.len(), std::cmp::Reverse(idx[0])));
        let Some(idx) = near else {
            continue;
        };
        let arts = unique(idx.iter().map(|&j| xs[j].0.article.clone()));
        let text = date_text(xs[idx[0]].1);
        let mut claims: Vec<&Claim> = vec![c];
        claims.extend(idx.iter().map(|&j| xs[j].0));
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("date: {text}"),
            &format!("date:near:{}-{}:{}", month, day, c.article),
            format!(
                "{} gives {} where {} give {text}, a day apart; the words around them share too little to say they date the same thing",
                c.article,
                date_text(x),
                join(&arts)
            ),
            "a lone date a day from the date other articles give, with some word in common",
            &claims,
            evidence(quote, &claims),
        ));
        reported.push(i);
    }
    (out, reported)
}

fn dates(quote: &Quoter, claims: &[&Claim], df: &Universal) -> Vec<Finding> {
    let xs: Vec<(&Claim, &DateClaim)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Date(x) if x.slot != DateSlot::LeadDay && !x.is_month() => Some((c, x)),
            _ => None,
        })
        .collect();
    let mut sets = UnionFind::new(xs.len());
    for a in 0..xs.len() {
        for b in a + 1..xs.len() {
            let ((ca, x), (cb, y)) = (xs[a], xs[b]);
            // The end of a range ("through October 17") meets only other ends: the day
            // a sale ended is no day on which something was announced.
            let range_end = |d: &DateClaim| d.action.as_deref() == Some(RANGE_END);
            if ca.article == cb.article || x.slot != y.slot || range_end(x) != range_end(y) {
                continue;
            }
            // The same day in the same slot agrees, whatever words are around it ("the
            // new fares take effect July 1", "riders will pay more starting July 1"):
            // otherwise each article was said to be the only one to give it. A different
            // day needs a deadline's rare shared word, or two for an event, to conflict.
            // Two deadlines to do the same thing ("to register") are one deadline.
            if month_day(x) == month_day(y) || dated_alike(x, y, df) {
                sets.union(a, b);
            }
        }
    }
    let (mut out, mut noted) = lone_dates_after_one_verb(quote, &xs, &mut sets);
    let (weak, weak_noted) = weakly_linked_dates(quote, &xs, &mut sets, &noted, df);
    out.extend(weak);
    noted.extend(weak_noted);
    let (near, near_noted) = a_day_apart(quote, &xs, &mut sets, &noted);
    out.extend(near);
    noted.extend(near_noted);
    for g in sets.groups() {
        let cs: Vec<&Claim> = g.iter().map(|&i| xs[i].0).collect();
        let slot = xs[g[0]].1.slot;
        let slot_name = if slot == DateSlot::Deadline {
            "deadline"
        } else {
            "date"
        };
        let by_day = by_day_and_year(&xs, &g);
        // Two years of one month and day ("July 1, 2028", "July 1, 2027") are told with
        // their years.
        let told_by_year = |md: (u8, u8, u16)| {
            by_day
                .keys()
                .any(|&(m, d, y)| (m, d) == (md.0, md.1) && y != md.2)
        };
        let day_text = |md: (u8, u8, u16), x: &DateClaim| {
            if told_by_year(md) && md.2 != 0 {
                format!("{}, {}", date_text(x), md.2)
            } else {
                date_text(x)
            }
        };
        let arts_of = |idx: &[usize]| unique(idx.iter().map(|&i| xs[i].0.article.clone()));
        let majority = by_day
            .iter()
            .max_by_key(|(md, idx)| (arts_of(idx).len(), std::cmp::Reverse(**md)))
            .map(|(md, _)| *md);
        let Some(majority) = majority else { continue };
        let maj_idx = &by_day[&majority];
        let maj_text = day_text(majority, xs[maj_idx[0]].1);
        let topic = format!("{slot_name}: {maj_text}");
        let key = format!(
            "{slot_name}:{}-{}:{}",
            majority.0, majority.1, xs[g[0]].0.article
        );
        let maj_claims: Vec<&Claim> = maj_idx.iter().map(|&i| xs[i].0).collect();
        let maj_arts = arts_of(maj_idx);
        if maj_arts.len() >= 2 {
            out.push(new_finding(
                FindingType::Equivalent,
                &topic,
                &key,
                format!(
                    "{} agree on the {slot_name} {maj_text} ({})",
                    join(&maj_arts),
                    forms(&maj_claims)
                ),
                "the same dated thing, on the same day",
                &maj_claims,
                evidence(quote, &maj_claims),
            ));
        }
        for (md, idx) in &by_day {
            if *md == majority {
                continue;
            }
            // An article that gives both days dates two things, not one thing twice: it
            // stands on neither side. When every article of this day gives the majority
            // day too, the day is a second dated thing they agree on.
            let own: Vec<usize> = idx
                .iter()
                .copied()
                .filter(|&i| !maj_arts.contains(&xs[i].0.article))
                .collect();
            if own.is_empty() {
                let claims: Vec<&Claim> = idx.iter().map(|&i| xs[i].0).collect();
                let arts = arts_of(idx);
                if arts.len() >= 2 {
                    let text = day_text(*md, xs[idx[0]].1);
                    out.push(new_finding(
                        FindingType::Equivalent,
                        &format!("{slot_name}: {text}"),
                        &minority_key(&key, *md, told_by_year(*md)),
                        format!(
                            "{} agree on the {slot_name} {text} ({})",
                            join(&arts),
                            forms(&claims)
                        ),
                        "the same dated thing, on the same day",
                        &claims,
                        evidence(quote, &claims),
                    ));
                }
                continue;
            }
            let idx = &own;
            let other: Vec<&Claim> = idx.iter().map(|&i| xs[i].0).collect();
            // The same day joins whatever its words, so a group may hold a day that only
            // falls on the majority's date ("As of February 20" beside a clinic "on
            // Saturday, Feb. 20"): the other day stands against the dates that share a
            // word with it, when any do.
            let tied: Vec<usize> = maj_idx
                .iter()
                .copied()
                .filter(|&j| {
                    idx.iter()
                        .any(|&i| xs[i].1.context.iter().any(|w| xs[j].1.context.contains(w)))
                })
                .collect();
            let maj_idx = if tied.is_empty() { maj_idx } else { &tied };
            let maj_claims: Vec<&Claim> = maj_idx.iter().map(|&i| xs[i].0).collect();
            let maj_arts = arts_of(maj_idx);
            let updated = idx.iter().chain(maj_idx).any(|&i| {
                xs[i]
                    .1
                    .context
                    .iter()
                    .any(|s| UPDATE_STEMS.contains(&s.as_str()))
            });
            let mut all = other.clone();
            all.extend(&maj_claims);
            let summary = format!(
                "{} give{} the {slot_name} as {} where {} give{} {maj_text}",
                join(&arts_of(idx)),
                if arts_of(idx).len() == 1 { "s" } else { "" },
                day_text(*md, xs[idx[0]].1),
                join(&maj_arts),
                if maj_arts.len() == 1 { "s" } else { "" },
            );
            let (kind, rule, summary) = if updated {
                (
                    FindingType::NotComparable,
                    "two dates for the same thing, but the text says one was changed",
                    format!("{summary}; the text mentions a change, so both may be right"),
                )
            } else {
                (
                    FindingType::DateMismatch,
                    "the same dated thing, on different days, with no word of a change",
                    summary,
                )
            };
            out.push(new_finding(
                kind,
                &topic,
                &minority_key(&key, *md, told_by_year(*md)),
                summary,
                rule,
                &all,
                evidence(quote, &all),
            ));
        }
        if maj_arts.len() < 2 && by_day.len() == 1 && !g.iter().all(|i| noted.contains(i)) {
            out.push(new_finding(
                FindingType::SingleSource,
                &topic,
                &key,
                format!(
                    "Only {} gives the {slot_name} {maj_text} ({})",
                    maj_arts[0],
                    forms(&cs)
                ),
                "no other article gives this date",
                &cs,
                evidence(quote, &cs),
            ));
        }
    }
    out
}

/// Whether the words around two dates say they date one thing: a deadline's rare shared
/// word, or two for an event; two deadlines to do the same thing ("to register") are one
/// deadline.
fn dated_alike(x: &DateClaim, y: &DateClaim, df: &Universal) -> bool {
    let need = if x.slot == DateSlot::Deadline { 1 } else { 2 };
    strong_shared(&x.context, &y.context, df, need)
        || (x.slot == DateSlot::Deadline && x.action.is_some() && x.action == y.action)
}

/// A group's dates by month, day and year. A year counts only where the article writes
/// it: a date without one takes the year the group's other articles write for that
/// month and day (the most written, then the earliest), or none (0). The year an
/// extractor infers from the publication date says nothing of which year the outlet
/// meant.
fn by_day_and_year(
    xs: &[(&Claim, &DateClaim)],
    g: &[usize],
) -> BTreeMap<(u8, u8, u16), Vec<usize>> {
    let written = |i: usize| {
        let (c, x) = xs[i];
        x.year.filter(|y| c.text.contains(&y.to_string()))
    };
    let mut years: BTreeMap<(u8, u8), BTreeMap<u16, usize>> = BTreeMap::new();
    for &i in g {
        if let (Some(md), Some(y)) = (month_day(xs[i].1), written(i)) {
            *years.entry(md).or_default().entry(y).or_default() += 1;
        }
    }
    let mut by_day: BTreeMap<(u8, u8, u16), Vec<usize>> = BTreeMap::new();
    for &i in g {
        let Some((m, d)) = month_day(xs[i].1) else {
            continue;
        };
        let year = written(i).or_else(|| {
            years.get(&(m, d)).and_then(|ys| {
                ys.iter()
                    .max_by_key(|(y, n)| (**n, std::cmp::Reverse(**y)))
                    .map(|(y, _)| *y)
            })
        });
        by_day.entry((m, d, year.unwrap_or(0))).or_default().push(i);
    }
    by_day
}

/// The key of a finding about a group's other day: with the year when one month and day
/// are written with two years.
fn minority_key(key: &str, md: (u8, u8, u16), by_year: bool) -> String {
    if by_year {
        format!("{key}:{}-{}-{}", md.0, md.1, md.2)
    } else {
        format!("{key}:{}-{}", md.0, md.1)
    }
}

/// The weekday each article gives its main event.
fn lead_days(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let xs: Vec<(&Claim, String)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Date(x) if x.slot == DateSlot::LeadDay => Some((c, x.weekday.clone()?)),
            _ => None,
        })
        .collect();
    if xs.len() < 2 {
        return Vec::new();
    }
    let mut by_day: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
    for (c, d) in &xs {
        by_day.entry(d.as_str()).or_default().push(c);
    }
    let all: Vec<&Claim> = xs.iter().map(|(c, _)| *c).collect();
    if by_day.len() == 1 {
        let (day, cs) = by_day.iter().next().unwrap();
        return vec![new_finding(
            FindingType::Equivalent,
            "day of the event",
            day,
            {
                let arts = articles_of(cs);
                let all = if arts.len() == 2 { "both" } else { "all" };
                format!("{} {all} put the main event on {day}", join(&arts))
            },
            "the weekday each lead gives (or its dated 'today')",
            &all,
            evidence(quote, &all),
        )];
    }
    let parts: Vec<String> = by_day
        .iter()
        .map(|(d, cs)| format!("{d} in {}", join(&articles_of(cs))))
        .collect();
    vec![new_finding(
        FindingType::NotComparable,
        "day of the event",
        "days",
        format!(
            "The leads give different days ({}); they may report different events",
            parts.join("; ")
        ),
        "leads name different weekdays; without a shared event this is not a contradiction",
        &all,
        evidence(quote, &all),
    )]
}

/// One person under two titles neither of which names the other ("CEO" in one outlet,
/// "president" in the rest): both may be right (one person can hold two posts), so it is
/// not a conflict, but a reader checking the story wants to know. The title most
/// articles give is set against each other title that no article gives with it, and
/// that does not merely drop words of it ("chief" beside "police chief").
fn other_titles(
    quote: &Quoter,
    person: &str,
    key: &str,
    by_title: &BTreeMap<&str, Vec<&Claim>>,
    conflicted: &[&str],
) -> Vec<Finding> {
    let mut titles: Vec<(&str, Vec<String>, &Vec<&Claim>)> = by_title
        .iter()
        .filter(|(t, _)| !conflicted.contains(t))
        .map(|(t, cs)| (*t, articles_of(cs), cs))
        .collect();
    // Most articles first; ties in title order.
    titles.sort_by_key(|(_, arts, _)| std::cmp::Reverse(arts.len()));
    let Some((main, main_arts, main_claims)) = titles.first() else {
        return Vec::new();
    };
    // Every word of `a` is a word of `b`.
    let within = |a: &str, b: &str| {
        a.split_whitespace()
            .all(|w| b.split_whitespace().any(|x| x == w))
    };
    let mut out = Vec::new();
    for (t, arts, cs) in &titles[1..] {
        if within(main, t) || within(t, main) || arts.iter().any(|a| main_arts.contains(a)) {
            continue;
        }
        let mut all: Vec<&Claim> = cs.to_vec();
        all.extend(main_claims.iter());
        out.push(new_finding(
            FindingType::NotComparable,
            &format!("role: {person}"),
            &format!("{key}:{t}:{main}"),
            format!(
                "{} call{} {person} {} ({}) where {} call{} {person} {} ({}); one person may hold both posts",
                join(arts),
                if arts.len() == 1 { "s" } else { "" },
                shown_title(t, cs),
                forms(cs),
                join(main_arts),
                if main_arts.len() == 1 { "s" } else { "" },
                shown_title(main, main_claims),
                forms(main_claims),
            ),
            "one person given two different titles, neither a rank of the other",
            &all,
            evidence(quote, &all),
        ));
    }
    out
}

use crate::extract::events::RANKS;

fn titles(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let mut by_person: BTreeMap<&str, Vec<(&Claim, &crate::model::RoleClaim)>> = BTreeMap::new();
    for c in claims {
        if let ClaimBody::Role(r) = &c.body {
            by_person
                .entry(r.person_key.as_str())
                .or_default()
                .push((c, r));
        }
    }
    let mut out = Vec::new();
    for (key, rs) in by_person {
        // The name written most fully ("President Trump" in one outlet is "President
        // Donald Trump" in another); among names as full, the first article's.
        let person = rs
            .iter()
            .map(|(_, r)| &r.person)
            .rev()
            .max_by_key(|p| p.split_whitespace().count())
            .expect("a person's roles are never empty");
        let mut by_title: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
        for (c, r) in &rs {
            by_title.entry(r.title.as_str()).or_default().push(c);
        }
        let mut conflicted = Vec::new();
        for (t, cs) in &by_title {
            for (u, ds) in &by_title {
                let ranked = RANKS.iter().any(|r| *u == format!("{r} {t}"));
                if !ranked {
                    continue;
                }
                let (a, b) = (articles_of(cs), articles_of(ds));
                // An article that gives both is describing two posts, not disagreeing.
                if a.iter().any(|x| b.contains(x)) {
                    continue;
                }
                let mut all = cs.clone();
                all.extend(ds);
                conflicted.push(*t);
                conflicted.push(*u);
                out.push(new_finding(
                    FindingType::Role,
                    &format!("role: {person}"),
                    &format!("{key}:{t}:{u}"),
                    format!(
                        "{} call{} {person} {} ({}) where {} call{} {person} {} ({})",
                        join(&b),
                        if b.len() == 1 { "s" } else { "" },
                        u,
                        forms(ds),
                        join(&a),
                        if a.len() == 1 { "s" } else { "" },
                        t,
                        forms(cs)
                    ),
                    "one person given two ranks of one title",
                    &all,
                    evidence(quote, &all),
                ));
            }
        }
        out.extend(other_titles(quote, person, key, &by_title, &conflicted));
        for (t, cs) in &by_title {
            let arts = articles_of(cs);
            if arts.len() >= 2 && !conflicted.contains(t) {
                out.push(new_finding(
                    FindingType::Equivalent,
                    &format!("role: {person}"),
                    &format!("{key}:{t}"),
                    format!(
                        "{} give {} title as {} ({})",
                        join(&arts),
                        possessive(person),
                        shown_title(t, cs),
                        forms(cs)
                    ),
                    "the same title for the same person",
                    cs,
                    evidence(quote, cs),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tiers_a_sums_words_name() {
        let ctx = |words: &[&str]| -> Vec<String> {
            words
                .iter()
                .filter_map(|w| crate::extract::lists::stem_of(w))
                .collect()
        };
        assert_eq!(tiers(&ctx(&["repeat", "violators", "fines"])), ["repea"]);
        assert!(tiers(&ctx(&["violators", "fines"])).is_empty());
    }

    #[test]
    fn two_ceilings_are_two_figures() {
        let e = Interval::exact;
        let up_to = |n| Interval { lo: 0, hi: Some(n) };
        assert!(!sums_overlap(&up_to(25_000), &up_to(50_000)));
        assert!(sums_overlap(&up_to(25_000), &up_to(25_000)));
        // A sum under a ceiling fits it.
        assert!(sums_overlap(&up_to(25_000), &e(10_000)));
        assert_eq!(
            caps_as_figures(&up_to(25_000), &up_to(50_000)),
            (e(25_000), e(50_000))
        );
        assert_eq!(
            caps_as_figures(&up_to(25_000), &e(10_000)),
            (up_to(25_000), e(10_000))
        );
    }

    #[test]
    fn a_sum_rounded_to_its_last_place_is_no_other_sum() {
        let e = Interval::exact;
        assert!(rounded(&e(212_400_000), &e(212_000_000)));
        assert!(rounded(&e(520), &e(518)));
        assert!(!rounded(&e(240_000_000), &e(200_000_000)));
        assert!(!rounded(&e(4_400_000), &e(4_000_000)));
        assert!(!rounded(&e(212_600_000), &e(212_000_000)));
        assert!(!rounded(&e(45), &e(45)));
    }
}
