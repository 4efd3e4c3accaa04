//! Months of a year in which something was done: "pleaded guilty in October 2024" in
//! one outlet, "pleaded guilty in November 2024" in another.
//!
//! A month is compared only with months after the same verb (by stem), in articles that
//! give one month for that verb: an article with two ("arrested in May 2023 … arrested
//! in June 2023") dates two things and stands aside. Two different months conflict only
//! when their words share a stem that not every article uses ("guilty") besides the
//! verb: "was arrested" may be said of two people.

use std::collections::BTreeMap;

use super::evidence::Quoter;
use super::stated::{articles_of, evidence, strong_shared};
use super::universal::Universal;
use super::{UnionFind, join, new_finding};
use crate::model::{Claim, ClaimBody, DateClaim, Finding, FindingType};

/// Month names as a reader writes them with a year ("October 2024").
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Findings about months of a year after the same verb: agreements and conflicts.
/// A month no other article gives is not reported as single-source: a story's
/// background ("was founded in March 1998") rests on one outlet as a rule.
pub fn months(quote: &Quoter, claims: &[&Claim], df: &Universal) -> Vec<Finding> {
    let all: Vec<(&Claim, &DateClaim, (u16, u8))> = claims
        .iter()
        .copied()
        .filter_map(|c| match &c.body {
            ClaimBody::Date(x) if x.is_month() && x.action.is_some() => {
                Some((c, x, (x.year?, x.month?)))
            }
            _ => None,
        })
        .collect();
    // The months each article gives after each verb.
    let mut given: BTreeMap<(&str, &str), Vec<(u16, u8)>> = BTreeMap::new();
    for (c, x, ym) in &all {
        let months = given
            .entry((c.article.as_str(), x.action.as_deref().unwrap_or("")))
            .or_default();
        if !months.contains(ym) {
            months.push(*ym);
        }
    }
    let xs: Vec<&(&Claim, &DateClaim, (u16, u8))> = all
        .iter()
        .filter(|(c, x, _)| {
            given[&(c.article.as_str(), x.action.as_deref().unwrap_or(""))].len() == 1
        })
        .collect();
    let mut sets = UnionFind::new(xs.len());
    for a in 0..xs.len() {
        for b in a + 1..xs.len() {
            let ((ca, x, ma), (cb, y, mb)) = (xs[a], xs[b]);
            if ca.article != cb.article
                && x.action == y.action
                && (ma == mb || strong_shared(&besides_verb(x), &besides_verb(y), df, 1))
            {
                sets.union(a, b);
            }
        }
    }
    let mut out = Vec::new();
    for g in sets.groups() {
        let mut by_month: BTreeMap<(u16, u8), Vec<&Claim>> = BTreeMap::new();
        for &i in &g {
            by_month.entry(xs[i].2).or_default().push(xs[i].0);
        }
        let group: Vec<&Claim> = g.iter().map(|&i| xs[i].0).collect();
        if articles_of(&group).len() < 2 {
            continue;
        }
        // The month most articles give, the earliest of a tie.
        let (&majority, maj) = by_month
            .iter()
            .max_by_key(|(ym, cs)| (articles_of(cs).len(), std::cmp::Reverse(**ym)))
            .unwrap();
        let month_text =
            |(y, m): (u16, u8)| format!("{} {y}", MONTHS[usize::from(m.clamp(1, 12)) - 1]);
        let topic = format!("date: {}", month_text(majority));
        let action = xs[g[0]].1.action.as_deref().unwrap_or("");
        let key = format!("month:{action}:{}-{}", majority.0, majority.1);
        let forms = |cs: &[&Claim]| {
            let mut texts: Vec<String> = cs.iter().map(|c| format!("\"{}\"", c.text)).collect();
            texts.dedup();
            texts.join(", ")
        };
        if maj.len() >= 2 {
            out.push(new_finding(
                FindingType::Equivalent,
                &topic,
                &key,
                format!(
                    "{} agree on the month: {}",
                    join(&articles_of(maj)),
                    forms(maj)
                ),
                "the same thing done, in the same month",
                maj,
                evidence(quote, maj),
            ));
        }
        for (&ym, cs) in &by_month {
            if ym == majority {
                continue;
            }
            let arts = articles_of(cs);
            let maj_arts = articles_of(maj);
            let mut both = cs.clone();
            both.extend(maj.iter().copied());
            out.push(new_finding(
                FindingType::DateMismatch,
                &topic,
                &format!("{key}:{}-{}", ym.0, ym.1),
                format!(
                    "{} give{} {} where {} give{} {}: {} against {}",
                    join(&arts),
                    if arts.len() == 1 { "s" } else { "" },
                    month_text(ym),
                    join(&maj_arts),
                    if maj_arts.len() == 1 { "s" } else { "" },
                    month_text(majority),
                    forms(cs),
                    forms(maj)
                ),
                "the same thing done, after the same verb and with a rare shared word, in different months",
                &both,
                evidence(quote, &both),
            ));
        }
    }
    out
}

/// A month's context without its verb's stem, which every month it is set against
/// shares.
fn besides_verb(x: &DateClaim) -> Vec<String> {
    x.context
        .iter()
        .filter(|s| Some(s.as_str()) != x.action.as_deref())
        .cloned()
        .collect()
}
