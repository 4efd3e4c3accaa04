//! Ratings on a scale: an earthquake's magnitude, a tornado's EF rating, a storm's
//! category. One event has one rating, so two articles that each give one rating of a
//! scale speak of the same thing however little else their sentences share: "magnitude
//! 6.4" in one outlet and "a 6.2-magnitude quake" in another conflict.
//!
//! An article that gives two ratings of one scale (a quake and its aftershock, a storm
//! that strengthened from Category 2 to Category 4) rates two things; its ratings only
//! join another article's equal one. A rating given as a revision or an update
//! ("downgraded to 6.2", "now a Category 3") may be of another time: not comparable.

use std::collections::{BTreeMap, BTreeSet};

use super::evidence::Quoter;
use super::stated::{articles_of, evidence};
use super::{join, new_finding, unique};
use crate::model::{AmountClaim, AmountUnit, Claim, ClaimBody, Finding, FindingType};

/// What a unit rates, as a finding names it.
fn noun(unit: AmountUnit) -> &'static str {
    match unit {
        AmountUnit::MagnitudeTenths => "magnitude",
        AmountUnit::EfRating => "tornado rating",
        _ => "storm category",
    }
}

fn forms(cs: &[&Claim]) -> String {
    unique(cs.iter().map(|c| format!("\"{}\"", c.text))).join(", ")
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
        let of_unit: Vec<(&Claim, u64)> = xs
            .iter()
            .filter(|(_, x)| x.unit == unit)
            .map(|(c, x)| (*c, x.value.lo))
            .collect();
        out.extend(judge_unit(quote, unit, &of_unit));
    }
    out
}

/// The findings of one scale: `cs` holds each rating with its value.
fn judge_unit(quote: &Quoter, unit: AmountUnit, cs: &[(&Claim, u64)]) -> Vec<Finding> {
    let noun = noun(unit);
    let mut values_of: BTreeMap<&str, BTreeSet<u64>> = BTreeMap::new();
    for (c, v) in cs {
        values_of.entry(c.article.as_str()).or_default().insert(*v);
    }
    let lone = |c: &Claim| values_of[c.article.as_str()].len() == 1;
    // The ratings of articles that give one, by value.
    let mut by_value: BTreeMap<u64, Vec<&Claim>> = BTreeMap::new();
    for (c, v) in cs.iter().filter(|(c, _)| lone(c)) {
        by_value.entry(*v).or_default().push(c);
    }
    // An article with two ratings joins another's equal one.
    let mut left: BTreeMap<u64, Vec<&Claim>> = BTreeMap::new();
    for (c, v) in cs.iter().filter(|(c, _)| !lone(c)) {
        match by_value.get_mut(v) {
            Some(group) => group.push(c),
            None => left.entry(*v).or_default().push(c),
        }
    }
    let mut out = Vec::new();
    // The value most articles give, the lowest of a tie.
    let majority = by_value
        .iter()
        .max_by_key(|(v, g)| (articles_of(g).len(), std::cmp::Reverse(**v)))
        .map(|(v, _)| *v);
    for (&value, group) in &by_value {
        let arts = articles_of(group);
        let topic = format!("{noun}: {}", group[0].text);
        let key = format!("{unit:?}:{value}");
        if arts.len() >= 2 {
            out.push(new_finding(
                FindingType::Equivalent,
                &topic,
                &key,
                format!("{} agree on the {noun} ({})", join(&arts), forms(group)),
                "the same rating on the same scale",
                group,
                evidence(quote, group),
            ));
        }
        let Some(majority) = majority.filter(|m| *m != value) else {
            if arts.len() == 1 && by_value.len() == 1 {
                out.push(alone(quote, noun, &topic, &key, group));
            }
            continue;
        };
        let theirs = &by_value[&majority];
        let their_arts = articles_of(theirs);
        let mut all = group.clone();
        all.extend(theirs);
        let verb = |arts: &[String]| if arts.len() == 1 { "gives" } else { "give" };
        let versus = format!(
            "{} {} the {noun} as {} where {} {} {}",
            join(&arts),
            verb(&arts),
            forms(group),
            join(&their_arts),
            verb(&their_arts),
            forms(theirs)
        );
        let revised = all
            .iter()
            .find_map(|c| quote.update_word(&c.article, &c.span).map(|w| (c, w)));
        let finding = match revised {
            Some((c, word)) => new_finding(
                FindingType::NotComparable,
                &topic,
                &format!("{key}:{majority}"),
                format!(
                    "{versus}; {} gives its rating as a revision or an update (\"{word}\"), so the ratings may be of different times",
                    c.article
                ),
                "two ratings on one scale, one given as a revision or an update",
                &all,
                evidence(quote, &all),
            ),
            None => new_finding(
                FindingType::CountMismatch,
                &topic,
                &format!("{key}:{majority}"),
                versus,
                "each article gives one rating on the scale, and the ratings differ",
                &all,
                evidence(quote, &all),
            ),
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
