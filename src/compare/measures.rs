//! Measures of a story's things: speeds (the wind, its gusts, a vehicle's motion, a
//! speed limit) and radii of an order (an evacuation's, a shelter-in-place order's).
//! A story has one top wind, one speed of the car in the crash and one evacuation
//! radius, so each article's measure of such a thing is one figure told: "130 mph
//! winds" in one outlet and "maximum sustained winds of 115 mph" in two others
//! conflict, "185 km/h" agrees with "115 mph", and "within two miles" sets itself
//! against "within a 1-mile radius".
//!
//! As with ratings (`super::ratings`), an article's main measure of a thing is its
//! first one not given as a revision or an update ("weakened to 75 mph winds", "the
//! evacuation zone was expanded to 2 miles"); its others only join another article's
//! measure in agreement. A floor ("winds of more than 100 mph") joins a measure a
//! little above it and is never set against one. A side that gives its measure only as
//! a revision or an update may be of another time: not comparable.

use std::collections::{BTreeMap, BTreeSet};

use super::evidence::Quoter;
use super::ratings::{revised, versus};
use super::stated::{articles_of, evidence, forms};
use super::{join, new_finding};
use crate::model::{Claim, ClaimBody, Finding, FindingType, Interval};

/// How far above a floor a measure may be and still be the one the floor tells of
/// ("more than 100 mph" and "115 mph"), as a fraction of the floor.
const FLOOR_REACH: f64 = 0.2;

/// What a class of measures is called in a finding.
fn noun(class: &str) -> String {
    match class {
        "radius:evacuation" => "evacuation radius".into(),
        "radius:shelter" => "shelter-in-place radius".into(),
        crate::extract::paths::LENGTH => "path length".into(),
        crate::extract::paths::WIDTH => "path width".into(),
        crate::extract::speeds::TOP_WIND => "top wind speed".into(),
        crate::extract::speeds::TROPICAL_TOP_WIND => "tropical storm's top wind speed".into(),
        "wind" => "wind speed".into(),
        "gust" => "gust speed".into(),
        "motion" => "speed".into(),
        crate::extract::speeds::STORM_MOTION => "storm's forward speed".into(),
        "limit" => "speed limit".into(),
        other => match other.split_once(':') {
            Some(("snow", town)) => format!("snowfall in {town}"),
            Some(("rain", town)) => format!("rainfall in {town}"),
            _ => other.replace(':', " "),
        },
    }
}

/// Findings about the measures of a story: agreements, conflicts, and measures one
/// article gives alone.
pub fn measures(quote: &Quoter, claims: &[&Claim]) -> Vec<Finding> {
    let mut by_class: BTreeMap<&str, Vec<(&Claim, Interval)>> = BTreeMap::new();
    for c in claims {
        if let ClaimBody::Amount(x) = &c.body
            && x.unit.is_measure()
            && let Some(what) = &x.what
        {
            by_class.entry(what).or_default().push((c, x.value));
        }
    }
    // A story of several tornadoes has a path for each.
    let many_paths = super::ratings::several(claims, "path");
    by_class
        .iter()
        .flat_map(|(class, cs)| judge_class(quote, class, cs, many_paths.is_some()))
        .collect()
}

/// Whether a class of measures is a depth fallen at a town ("snow:Pine Hollow").
fn is_depth(class: &str) -> bool {
    class.starts_with("snow:") || class.starts_with("rain:")
}

/// Whether a class of measures is a dimension of a tornado's path.
fn is_path(class: &str) -> bool {
    class == crate::extract::paths::LENGTH || class == crate::extract::paths::WIDTH
}

/// A cluster of measures told as one: its first closed range and its claims.
struct Cluster<'c> {
    range: Interval,
    claims: Vec<&'c Claim>,
}

impl Cluster<'_> {
    fn articles(&self) -> Vec<String> {
        articles_of(&self.claims)
    }
}

/// The findings of one class of measures (`cs`: each measure with its range): each
/// article's main measure clustered with those it meets, the cluster most articles
/// give set against each other one.
fn judge_class(
    quote: &Quoter,
    class: &str,
    cs: &[(&Claim, Interval)],
    many_paths: bool,
) -> Vec<Finding> {
    let noun = noun(class);
    // Each article's main measure: the first not given as a revision or an update, else
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
    // How many measures of the class each article gives, and of how many figures.
    let mut given: BTreeMap<&str, usize> = BTreeMap::new();
    let mut figures: BTreeMap<&str, BTreeSet<(u64, Option<u64>)>> = BTreeMap::new();
    for (c, v) in cs {
        *given.entry(c.article.as_str()).or_default() += 1;
        figures
            .entry(c.article.as_str())
            .or_default()
            .insert((v.lo, v.hi));
    }
    // Closed main measures, the narrowest first, make clusters; one that fits two
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
    // Floors, and each article's other measures, join a cluster they fit alone; never a
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
        let key = format!("measure:{class}:{}", cluster.range.lo);
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
                "measures of one thing whose ranges meet",
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
                    "no other article gives a measure of this thing",
                    &cluster.claims,
                    evidence(quote, &cluster.claims),
                ));
            }
            continue;
        };
        let theirs = &clusters[m];
        // Articles on both sides (a main measure here, another there) set nothing apart.
        let ours: Vec<&Claim> = cluster
            .claims
            .iter()
            .copied()
            .filter(|c| !theirs.claims.iter().any(|t| t.article == c.article))
            .collect();
        if ours.is_empty() {
            continue;
        }
        let mut all = ours.clone();
        all.extend(&theirs.claims);
        let versus = versus(&noun, &ours, &theirs.claims);
        let key = format!("{key}:{}", theirs.range.lo);
        // A storm's top wind, a speed limit and an order's radius are one figure a
        // story has; a vehicle's speed is one when each article gives one (a crash may
        // have two vehicles); other winds and gusts vary by place and hour.
        // A town's snow or rain grows while the storm goes on: two totals are one figure
        // only when they are the same digits with two swapped ("48.5", "84.5"), one
        // figure mistyped.
        let depth = is_depth(class);
        let one_figure = match class {
            crate::extract::speeds::TOP_WIND
            | crate::extract::speeds::TROPICAL_TOP_WIND
            | "limit" => true,
            _ if class.starts_with("radius:") => true,
            "motion" => all.iter().all(|c| given[c.article.as_str()] == 1),
            // A storm may have many tornadoes, each with its own path: a path's
            // dimension is one figure when each article gives one.
            _ if is_path(class) => {
                !many_paths && all.iter().all(|c| figures[c.article.as_str()].len() == 1)
            }
            _ if depth => {
                cluster.range.is_exact()
                    && theirs.range.is_exact()
                    && super::stated::swapped_digits(
                        cluster.range.lo.min(theirs.range.lo),
                        cluster.range.lo.max(theirs.range.lo),
                    )
            }
            _ => false,
        };
        if !one_figure {
            let why = if depth {
                "such totals grow while a storm goes on, so they may be of different hours"
            } else if is_path(class) {
                "the story or an article tells of more than one tornado, and each has its own path"
            } else {
                "such speeds vary by place, hour and thing, so they may not be one figure"
            };
            out.push(new_finding(
                FindingType::NotComparable,
                &topic,
                &key,
                format!("{versus}; {why}"),
                if depth {
                    "two totals of one town that may be of different hours"
                } else if is_path(class) {
                    "two dimensions of paths that may be of two tornadoes"
                } else {
                    "two speeds of a thing that may have many"
                },
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
                    "{versus}; {article} gives its figure as a revision or an update (\"{word}\"), so the figures may be of different times"
                ),
                "two measures of one thing, one given as a revision or an update",
                &all,
                evidence(quote, &all),
            ),
            None => new_finding(
                FindingType::CountMismatch,
                &topic,
                &key,
                versus,
                "each article gives one measure of the thing, and the measures do not meet",
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
