//! Speeds of a story's things: the wind, its gusts, a vehicle's motion, a speed limit.
//! A story has one top wind and one speed of the car in the crash, so each article's
//! speed of a thing is one figure told: "130 mph winds" in one outlet and "maximum
//! sustained winds of 115 mph" in two others conflict, and "185 km/h" agrees with
//! "115 mph".
//!
//! As with ratings (`super::ratings`), an article's main speed of a thing is its first
//! one not given as a revision or an update ("weakened to 75 mph winds"); its others
//! only join another article's speed in agreement. A floor ("winds of more than 100
//! mph") joins a speed a little above it and is never set against one. A side that
//! gives its speed only as a revision or an update may be of another time: not
//! comparable.

use std::collections::{BTreeMap, BTreeSet};

use super::evidence::Quoter;
use super::ratings::revised;
use super::stated::{articles_of, evidence, forms};
use super::{join, new_finding};
use crate::model::{AmountUnit, Claim, ClaimBody, Finding, FindingType, Interval};

/// How far above a floor a speed may be and still be the one the floor tells of
/// ("more than 100 mph" and "115 mph"), as a fraction of the floor.
const FLOOR_REACH: f64 = 0.2;

/// What a class of speeds is called in a finding.
fn noun(class: &str) -> String {
    match class {
        crate::extract::speeds::TOP_WIND => "top wind speed".into(),
        "wind" => "wind speed".into(),
        "gust" => "gust speed".into(),
        "motion" => "speed".into(),
        "limit" => "speed limit".into(),
        other => format!("{other} speed"),
    }
}

/// Findings about the speeds of a story: agreements, conflicts, and speeds one article
/// gives alone.
pub fn speeds(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let mut by_class: BTreeMap<&str, Vec<(&Claim, Interval)>> = BTreeMap::new();
    for c in claims {
        if let ClaimBody::Amount(x) = &c.body
            && x.unit == AmountUnit::SpeedMph
            && let Some(what) = &x.what
        {
            by_class.entry(what).or_default().push((c, x.value));
        }
    }
    by_class
        .iter()
        .flat_map(|(class, cs)| judge_class(quote, class, cs))
        .collect()
}

/// A cluster of speeds told as one: its first closed range and its claims.
struct Cluster<'c> {
    range: Interval,
    claims: Vec<&'c Claim>,
}

impl Cluster<'_> {
    fn articles(&self) -> Vec<String> {
        articles_of(&self.claims)
    }
}

fn judge_class(quote: &Quoter, class: &str, cs: &[(&Claim, Interval)]) -> Vec<Finding> {
    let noun = noun(class);
    // Each article's main speed: the first not given as a revision or an update, else
    // its first.
    let mut main: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, (c, _)) in cs.iter().enumerate() {
        let fresh = quote.update_word(&c.article, &c.span).is_none();
        match main.get(c.article.as_str()) {
            Some(&j) if fresh && quote.update_word(&cs[j].0.article, &cs[j].0.span).is_some() => {
                main.insert(&c.article, i);
            }
            Some(_) => {}
            None => {
                main.insert(&c.article, i);
            }
        }
    }
    let mains: BTreeSet<usize> = main.values().copied().collect();
    // How many speeds of the class each article gives.
    let mut given: BTreeMap<&str, usize> = BTreeMap::new();
    for (c, _) in cs {
        *given.entry(c.article.as_str()).or_default() += 1;
    }
    // Closed main speeds, the narrowest first, make clusters; a speed that fits two
    // clusters joins neither.
    let mut order: Vec<usize> = mains
        .iter()
        .copied()
        .filter(|&i| cs[i].1.hi.is_some())
        .collect();
    order.sort_by_key(|&i| (width(&cs[i].1), cs[i].0.span.start, i));
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in order {
        let (c, v) = cs[i];
        let fits: Vec<usize> = (0..clusters.len())
            .filter(|&k| clusters[k].range.overlaps(&v))
            .collect();
        match fits[..] {
            [] => clusters.push(Cluster {
                range: v,
                claims: vec![c],
            }),
            [k] => clusters[k].claims.push(c),
            _ => {}
        }
    }
    // Floors, and each article's other speeds, join a cluster they fit alone; never a
    // new one.
    for (i, (c, v)) in cs.iter().enumerate() {
        let floor = v.hi.is_none();
        if mains.contains(&i) && !floor {
            continue;
        }
        if !floor && quote.update_word(&c.article, &c.span).is_some() {
            continue;
        }
        let reach = if floor {
            Interval {
                lo: v.lo,
                hi: Some((v.lo as f64 * (1.0 + FLOOR_REACH)).ceil() as u64),
            }
        } else {
            *v
        };
        let fits: Vec<usize> = (0..clusters.len())
            .filter(|&k| clusters[k].range.overlaps(&reach))
            .collect();
        if let [k] = fits[..]
            && !clusters[k].claims.iter().any(|x| x.article == c.article)
        {
            clusters[k].claims.push(c);
        }
    }
    for cluster in &mut clusters {
        cluster
            .claims
            .sort_by(|a, b| (&a.article, a.span.start).cmp(&(&b.article, b.span.start)));
    }
    clusters.sort_by_key(|k| (k.range.lo, k.range.hi));
    let majority = (0..clusters.len()).max_by_key(|&k| {
        (
            clusters[k].articles().len(),
            std::cmp::Reverse(clusters[k].range.lo),
        )
    });
    let mut out = Vec::new();
    for (k, cluster) in clusters.iter().enumerate() {
        let arts = cluster.articles();
        let topic = format!("{noun}: {}", cluster.claims[0].text);
        let key = format!("speed:{class}:{}", cluster.range.lo);
        if arts.len() >= 2 {
            out.push(new_finding(
                FindingType::Equivalent,
                &topic,
                &key,
                format!(
                    "{} agree on the {noun} ({})",
                    join(&arts),
                    forms(&cluster.claims)
                ),
                "speeds of one thing whose ranges meet",
                &cluster.claims,
                evidence(quote, &cluster.claims),
            ));
        }
        let Some(m) = majority.filter(|&m| m != k) else {
            if arts.len() == 1 && clusters.len() == 1 {
                out.push(new_finding(
                    FindingType::SingleSource,
                    &topic,
                    &format!("{}:{key}", arts[0]),
                    format!(
                        "Only {} gives the {noun} as {}",
                        arts[0],
                        forms(&cluster.claims)
                    ),
                    "no other article gives a speed of this thing",
                    &cluster.claims,
                    evidence(quote, &cluster.claims),
                ));
            }
            continue;
        };
        let theirs = &clusters[m];
        // Articles on both sides (a main speed here, another there) set nothing apart.
        let ours: Vec<&Claim> = cluster
            .claims
            .iter()
            .copied()
            .filter(|c| !theirs.claims.iter().any(|t| t.article == c.article))
            .collect();
        if ours.is_empty() {
            continue;
        }
        let (arts, their_arts) = (articles_of(&ours), theirs.articles());
        let mut all = ours.clone();
        all.extend(&theirs.claims);
        let verb = |arts: &[String]| if arts.len() == 1 { "gives" } else { "give" };
        let versus = format!(
            "{} {} the {noun} as {} where {} {} {}",
            join(&arts),
            verb(&arts),
            forms(&ours),
            join(&their_arts),
            verb(&their_arts),
            forms(&theirs.claims)
        );
        let key = format!("{key}:{}", theirs.range.lo);
        // A storm's top wind and a speed limit are one figure a story has; a vehicle's
        // speed is one when each article gives one (a crash may have two vehicles);
        // other winds and gusts vary by place and hour.
        let one_figure = match class {
            crate::extract::speeds::TOP_WIND | "limit" => true,
            "motion" => all.iter().all(|c| given[c.article.as_str()] == 1),
            _ => false,
        };
        if !one_figure {
            out.push(new_finding(
                FindingType::NotComparable,
                &topic,
                &key,
                format!("{versus}; such speeds vary by place, hour and thing, so they may not be one figure"),
                "two speeds of a thing that may have many",
                &all,
                evidence(quote, &all),
            ));
            continue;
        }
        out.push(match revised(quote, &ours).or_else(|| revised(quote, &theirs.claims)) {
            Some((article, word)) => new_finding(
                FindingType::NotComparable,
                &topic,
                &key,
                format!(
                    "{versus}; {article} gives its speed as a revision or an update (\"{word}\"), so the speeds may be of different times"
                ),
                "two speeds of one thing, one given as a revision or an update",
                &all,
                evidence(quote, &all),
            ),
            None => new_finding(
                FindingType::CountMismatch,
                &topic,
                &key,
                versus,
                "each article gives one speed of the thing, and the speeds do not meet",
                &all,
                evidence(quote, &all),
            ),
        });
    }
    out
}

/// How wide a closed range is.
fn width(v: &Interval) -> u64 {
    v.hi.map_or(u64::MAX, |hi| hi - v.lo)
}
