//! Ratings on a scale: an earthquake's magnitude, a tornado's EF rating, a storm's
//! category. One event has one rating, so two articles that each give one rating of a
//! scale speak of the same thing however little else their sentences share: "magnitude
//! 6.4" in one outlet and "a 6.2-magnitude quake" in another conflict.
//!
//! An article that gives two ratings of one scale (a quake and its aftershock, a storm
//! that strengthened from Category 2 to Category 4) rates two things: its first rating
//! that is neither a revision nor an aftershock's is its main one, compared as an only
//! rating is; the others only join another article's equal one in agreement. Ratings a side gives only as
//! revisions or updates ("downgraded to 6.2", "now a Category 3") may be of another
//! time than the other side's: not comparable.

use std::collections::{BTreeMap, BTreeSet};

use super::evidence::Quoter;
use super::stated::{articles_of, evidence, forms};
use super::{join, new_finding};
use crate::model::{AmountClaim, AmountUnit, Claim, ClaimBody, Finding, FindingType};

/// What a unit rates, as a finding names it.
fn noun(unit: AmountUnit) -> &'static str {
    match unit {
        AmountUnit::MagnitudeTenths => "magnitude",
        AmountUnit::EfRating => "tornado rating",
        _ => "storm category",
    }
}

/// `data/several_things.tsv`: for a measure, the plural nouns of the things it rates or
/// measures.
static SEVERAL: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        crate::data::lines(include_str!("../../data/several_things.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .map(|(m, n)| (m.trim(), n.trim()))
            .collect()
    });

/// The first count of a story that says it tells of several things a measure rates or
/// measures ("five tornadoes" for `ef_rating` or `path`), as its article and words.
pub(super) fn several<'c>(claims: &[&'c Claim], measure: &str) -> Option<&'c Claim> {
    claims.iter().copied().find(|c| match &c.body {
        ClaimBody::Count(k) => {
            k.value.lo > 1
                && !k.partitive
                && SEVERAL
                    .iter()
                    .any(|(m, n)| *m == measure && k.noun.eq_ignore_ascii_case(n))
        }
        _ => false,
    })
}

/// The name of a rating unit in `data/several_things.tsv`.
fn measure_name(unit: AmountUnit) -> &'static str {
    match unit {
        AmountUnit::MagnitudeTenths => "magnitude_tenths",
        AmountUnit::EfRating => "ef_rating",
        _ => "storm_category",
    }
}

/// Findings about the ratings of a story: agreements, conflicts, and ratings one
/// article gives alone.
pub fn ratings(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let xs: Vec<(&Claim, &AmountClaim)> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Amount(x) if x.unit.is_rating() => Some((c, x)),
            _ => None,
        })
        .collect();
    let units: BTreeSet<AmountUnit> = xs.iter().map(|(_, x)| x.unit).collect();
    let mut out = Vec::new();
    for unit in units {
        let of_unit: Vec<(&Claim, u64, Option<&str>)> = xs
            .iter()
            .filter(|(_, x)| x.unit == unit)
            .map(|(c, x)| (*c, x.value.lo, x.what.as_deref()))
            .collect();
        let many = several(claims, measure_name(unit));
        out.extend(judge_unit(quote, unit, &of_unit, many));
    }
    out
}

/// Stems of what a rating may be of besides the event itself (`AmountClaim::what`): a
/// quake's aftershocks and foreshocks.
const ASIDE: [&str; 2] = ["after", "fores"];

/// Each article's main rating: its only one, or the first it gives neither as a
/// revision or an update nor of an aftershock ("A magnitude 6.4 earthquake … the
/// largest aftershock a magnitude 4.8"; "roared ashore as a Category 3 storm … had
/// strengthened to a Category 4 hurricane over the Gulf").
fn main_ratings<'c>(
    quote: &Quoter,
    cs: &[(&'c Claim, u64, Option<&str>)],
) -> BTreeMap<&'c str, u64> {
    let mut values_of: BTreeMap<&str, BTreeSet<u64>> = BTreeMap::new();
    for (c, v, _) in cs {
        values_of.entry(c.article.as_str()).or_default().insert(*v);
    }
    let mut main = BTreeMap::new();
    for (article, values) in &values_of {
        if values.len() == 1 {
            main.insert(*article, *values.first().unwrap());
            continue;
        }
        let first = cs
            .iter()
            .filter(|(c, _, what)| {
                c.article == *article
                    && !what.is_some_and(|w| ASIDE.contains(&w))
                    && quote.update_word(&c.article, &c.span).is_none()
            })
            .min_by_key(|(c, _, _)| c.span.start);
        if let Some((_, v, _)) = first {
            main.insert(*article, *v);
        }
    }
    main
}

/// The findings of one scale: `cs` holds each rating with its value and what it is of.
fn judge_unit(
    quote: &Quoter,
    unit: AmountUnit,
    cs: &[(&Claim, u64, Option<&str>)],
    several: Option<&Claim>,
) -> Vec<Finding> {
    let noun = noun(unit);
    let main = main_ratings(quote, cs);
    let is_main = |c: &Claim, v: u64| main.get(c.article.as_str()) == Some(&v);
    // Each article's main rating, by value.
    let mut by_value: BTreeMap<u64, Vec<&Claim>> = BTreeMap::new();
    for (c, v, _) in cs.iter().filter(|(c, v, _)| is_main(c, *v)) {
        by_value.entry(*v).or_default().push(c);
    }
    // An article's other ratings join another's equal main one in agreement, never in
    // a conflict, and not when given as a revision or an update ("had strengthened to
    // a Category 4 hurricane over the Gulf"): they may be of another time or thing.
    let mut joined: BTreeMap<u64, Vec<&Claim>> = BTreeMap::new();
    let mut left: BTreeMap<u64, Vec<&Claim>> = BTreeMap::new();
    for (c, v, _) in cs.iter().filter(|(c, v, _)| !is_main(c, *v)) {
        let to = if !by_value.contains_key(v) {
            &mut left
        } else if quote.update_word(&c.article, &c.span).is_none() {
            &mut joined
        } else {
            continue;
        };
        to.entry(*v).or_default().push(c);
    }
    let mut out = Vec::new();
    // The value most articles give, the lowest of a tie.
    let majority = by_value
        .iter()
        .max_by_key(|(v, g)| (articles_of(g).len(), std::cmp::Reverse(**v)))
        .map(|(v, _)| *v);
    for (&value, group) in &by_value {
        let topic = format!("{noun}: {}", group[0].text);
        let key = format!("{unit:?}:{value}");
        let mut agreeing = group.clone();
        agreeing.extend(joined.get(&value).into_iter().flatten());
        if articles_of(&agreeing).len() >= 2 {
            out.push(new_finding(
                FindingType::Equivalent,
                &topic,
                &key,
                format!(
                    "{} agree on the {noun} ({})",
                    join(&articles_of(&agreeing)),
                    forms(&agreeing)
                ),
                "the same rating on the same scale",
                &agreeing,
                evidence(quote, &agreeing),
            ));
        }
        let Some(majority) = majority.filter(|m| *m != value) else {
            if articles_of(&agreeing).len() == 1 && by_value.len() == 1 {
                out.push(alone(quote, noun, &topic, &key, group));
            }
            continue;
        };
        let theirs = &by_value[&majority];
        let mut all = group.clone();
        all.extend(theirs);
        let versus = versus(noun, group, theirs);
        // A side whose every rating is given as a revision or an update may be of
        // another time than the other side.
        let revised = revised(quote, group).or_else(|| revised(quote, theirs));
        // An article that gives both ratings (neither as a revision: "had strengthened
        // to a Category 4 hurricane" is of another time), or a story of several things
        // rated, may rate two things.
        let both = all.iter().find(|c| {
            let of = |v: u64| {
                cs.iter().any(|(x, xv, _)| {
                    x.article == c.article
                        && *xv == v
                        && quote.update_word(&x.article, &x.span).is_none()
                })
            };
            of(value) && of(majority)
        });
        if revised.is_none()
            && let Some(why) = both
                .map(|c| format!("{} gives both ratings", c.article))
                .or_else(|| several.map(|c| format!("{} tells of \"{}\"", c.article, c.text)))
        {
            let mut all = all.clone();
            all.extend(several.filter(|c| !all.iter().any(|x| x.article == c.article)));
            out.push(new_finding(
                FindingType::NotComparable,
                &topic,
                &format!("{key}:{majority}"),
                format!("{versus}; {why}, so the ratings may be of two things"),
                "two ratings on one scale in a story of several things rated",
                &all,
                evidence(quote, &all),
            ));
            continue;
        }
        let finding = match revised {
            Some((article, word)) => new_finding(
                FindingType::NotComparable,
                &topic,
                &format!("{key}:{majority}"),
                format!(
                    "{versus}; {article} gives its rating as a revision or an update (\"{word}\"), so the ratings may be of different times"
                ),
                "two ratings on one scale, one given as a revision or an update",
                &all,
                evidence(quote, &all),
            ),
            None => {
                let mut f = new_finding(
                    FindingType::CountMismatch,
                    &topic,
                    &format!("{key}:{majority}"),
                    versus,
                    "each article gives one rating on the scale, and the ratings differ",
                    &all,
                    evidence(quote, &all),
                );
                // An article of the majority that gives its rating as a revision ("now
                // puts the quake at 6.1") tells the reader which figure is the later.
                f.notes.extend(all.iter().filter_map(|c| {
                    let word = quote.update_word(&c.article, &c.span)?;
                    Some(format!(
                        "{} gives {} as a revision or an update (\"{word}\")",
                        c.article, c.text
                    ))
                }));
                f
            }
        };
        out.push(finding);
    }
    for (&value, group) in &left {
        let topic = format!("{noun}: {}", group[0].text);
        out.push(alone(
            quote,
            noun,
            &topic,
            &format!("{unit:?}:{value}"),
            group,
        ));
    }
    out
}

/// One side's figures of a thing set against the other's: "wire gives the storm
/// category as "Category 4" where nhc and tv give "category 3", "Category 3"".
pub(super) fn versus(noun: &str, ours: &[&Claim], theirs: &[&Claim]) -> String {
    let (arts, their_arts) = (articles_of(ours), articles_of(theirs));
    let verb = |arts: &[String]| if arts.len() == 1 { "gives" } else { "give" };
    format!(
        "{} {} the {noun} as {} where {} {} {}",
        join(&arts),
        verb(&arts),
        forms(ours),
        join(&their_arts),
        verb(&their_arts),
        forms(theirs)
    )
}

/// The article and the word of the first of `side`'s ratings, when every one of them is
/// given as a revision or an update.
pub(super) fn revised<'c>(quote: &Quoter, side: &[&'c Claim]) -> Option<(&'c str, &'static str)> {
    let words: Vec<(&str, &str)> = side
        .iter()
        .filter_map(|c| {
            quote
                .update_word(&c.article, &c.span)
                .map(|w| (c.article.as_str(), w))
        })
        .collect();
    (words.len() == side.len()).then(|| words[0])
}

/// A rating no other article gives.
fn alone(quote: &Quoter, noun: &str, topic: &str, key: &str, cs: &[&Claim]) -> Finding {
    let arts = articles_of(cs);
    new_finding(
        FindingType::SingleSource,
        topic,
        &format!("{}:{key}", arts[0]),
        format!("Only {} gives the {noun} as {}", arts[0], forms(cs)),
        "no other article gives this rating",
        cs,
        evidence(quote, cs),
    )
}
