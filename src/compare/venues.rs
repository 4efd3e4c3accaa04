//! Where a story's suit was filed. A story of one suit has one court: "federal court in
//! Boston" in one outlet against "the U.S. District Court for the District of Rhode
//! Island" in another is a conflict, and "federal court in Providence" agrees with the
//! District of Rhode Island. Venues are compared by the state the court sits in, and
//! federal courts only with federal courts.
//!
//! An article's venues of one level may name several states (a roundup of suits, a
//! suit moved from one court to another): such an article's venues join others in
//! agreement and are set against none. A venue told of another suit ("a similar suit
//! filed in Texas") is left out.

use std::collections::BTreeMap;

use super::evidence::Quoter;
use super::stated::{articles_of, evidence, forms};
use super::{join, new_finding};
use crate::canon::gazetteer::gazetteer;
use crate::model::{Claim, ClaimBody, CourtLevel, Finding, FindingType};

/// How a level of court is named in a finding.
fn court(level: CourtLevel) -> &'static str {
    match level {
        CourtLevel::Federal => "federal court",
        CourtLevel::State => "state court",
    }
}

/// A state's name as a reader knows it.
fn state_name(code: &str) -> &str {
    gazetteer().state(code).map_or(code, |s| s.name.as_str())
}

/// Findings about the venues of a story's suit.
pub fn venues(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let mut groups: BTreeMap<(CourtLevel, &str), Vec<&Claim>> = BTreeMap::new();
    // The states each article puts its suit in, by level.
    let mut states_of: BTreeMap<(&str, CourtLevel), Vec<&str>> = BTreeMap::new();
    for c in claims {
        if let ClaimBody::Venue(v) = &c.body
            && !v.aside
        {
            groups.entry((v.level, &v.state)).or_default().push(c);
            let states = states_of.entry((&c.article, v.level)).or_default();
            if !states.contains(&v.state.as_str()) {
                states.push(&v.state);
            }
        }
    }
    let lone = |c: &Claim, level: CourtLevel| {
        states_of
            .get(&(c.article.as_str(), level))
            .is_some_and(|s| s.len() == 1)
    };
    let keys: Vec<(CourtLevel, &str)> = groups.keys().copied().collect();
    let mut out = Vec::new();
    let mut in_conflict: Vec<(CourtLevel, &str)> = Vec::new();
    for (i, ka) in keys.iter().enumerate() {
        for kb in keys[i + 1..].iter().filter(|k| k.0 == ka.0) {
            let (a, b) = (&groups[ka], &groups[kb]);
            if !a.iter().chain(b).all(|c| lone(c, ka.0)) {
                continue;
            }
            in_conflict.extend([*ka, *kb]);
            // The venue more articles give is shown first.
            let ((a, ka), (b, kb)) = if articles_of(b).len() > articles_of(a).len() {
                ((b, kb), (a, ka))
            } else {
                ((a, ka), (b, kb))
            };
            let (arts_a, arts_b) = (articles_of(a), articles_of(b));
            let verb = |arts: &[String]| if arts.len() == 1 { "puts" } else { "put" };
            let mut all = a.to_vec();
            all.extend(b.iter());
            out.push(new_finding(
                FindingType::PlaceMismatch,
                &format!("venue: {}", court(ka.0)),
                &format!("venue:{:?}:{}:{}", ka.0, ka.1, kb.1).to_lowercase(),
                format!(
                    "{} {} the suit in {} in {} ({}) where {} {} it in {} ({})",
                    join(&arts_a),
                    verb(&arts_a),
                    court(ka.0),
                    state_name(ka.1),
                    forms(a),
                    join(&arts_b),
                    verb(&arts_b),
                    state_name(kb.1),
                    forms(b),
                ),
                "each article puts the story's suit in one court, and the courts sit in different states",
                &all,
                evidence(quote, &all),
            ));
        }
    }
    for (key, cs) in &groups {
        let arts = articles_of(cs);
        if in_conflict.contains(key) && arts.len() < 2 {
            continue;
        }
        let (level, state) = *key;
        let place = format!("{} in {}", court(level), state_name(state));
        let (kind, summary, rule, id) = if arts.len() >= 2 {
            (
                FindingType::Equivalent,
                format!(
                    "{} agree the suit was filed in {place} ({})",
                    join(&arts),
                    forms(cs)
                ),
                "the courts named sit in one state",
                format!("venue:{level:?}:{state}"),
            )
        } else {
            (
                FindingType::SingleSource,
                format!("Only {} says where the suit was filed: {place}", arts[0]),
                "no other article says where the suit was filed",
                format!("{}:venue:{level:?}:{state}", arts[0]),
            )
        };
        out.push(new_finding(
            kind,
            &format!("venue: {}", court(level)),
            &id.to_lowercase(),
            summary,
            rule,
            cs,
            evidence(quote, cs),
        ));
    }
    out
}
