//! Comparison: align claims of different articles that speak of the same thing, then
//! judge each aligned group.

pub mod align;
pub mod events;
pub mod evidence;
pub mod facts;
pub mod lists;
pub mod measures;
pub mod months;
pub mod names;
pub mod quotes;
pub mod ratings;
pub mod speakers;
pub mod stated;
pub mod stories;
pub mod universal;
pub mod venues;

use crate::model::{Claim, EventTable, Evidence, Finding, FindingType, ListTable};
use crate::text::Doc;
pub use crate::text::inflect::{plural, singular};

/// Every finding for a set of articles, in report order: conflicts, not-comparable notes,
/// agreements, single-source claims; inside a kind by topic, then id. Also the
/// who-attended tables.
pub fn compare(docs: &[Doc], claims: &[&Claim]) -> Compared {
    let renamed = speakers::by_surname(claims);
    let claims: Vec<&Claim> = claims
        .iter()
        .map(|&c| renamed.get(&c.id).unwrap_or(c))
        .collect();
    let claims = claims.as_slice();
    let mut findings = Vec::new();
    let mut list_tables = Vec::new();
    for topic in &align::align_lists(claims) {
        findings.extend(lists::judge(docs, claims, topic));
        list_tables.extend(lists::table(claims, topic));
    }
    findings.extend(quotes::judge(docs, claims));
    findings.extend(names::judge(docs, claims));
    let df = universal::Universal::new(docs, universal::Universal::wanted(claims));
    findings.extend(facts::judge_counts(docs, claims, &df));
    findings.extend(facts::characterizations(docs, claims));
    findings.extend(stated::judge(docs, claims, &df));
    let (attendance, tables) = events::judge(docs, claims);
    findings.extend(attendance);
    mark_conflict_words(&mut findings, claims);
    findings.sort_by(|a, b| (a.kind, &a.topic, &a.id).cmp(&(b.kind, &b.topic, &b.id)));
    findings.dedup_by(|a, b| a.id == b.id);
    Compared {
        findings,
        events: tables,
        lists: list_tables,
    }
}

/// What the comparison produces: findings, and tables for printers.
pub struct Compared {
    pub findings: Vec<Finding>,
    pub events: Vec<EventTable>,
    pub lists: Vec<ListTable>,
}

/// A conflict with no marks of its own marks the short claims it rests on ("April 15",
/// "boycotted", "14 cities and counties"), so printers can show where to look.
fn mark_conflict_words(findings: &mut [Finding], claims: &[&Claim]) {
    let by_id: rustc_hash::FxHashMap<&str, &Claim> =
        claims.iter().map(|&c| (c.id.as_str(), c)).collect();
    for f in findings
        .iter_mut()
        .filter(|f| f.kind == crate::model::FindingKind::Conflict && f.marks.is_empty())
    {
        f.marks = unique(
            f.claims
                .iter()
                .filter_map(|id| by_id.get(id.as_str()))
                .map(|c| c.text.clone())
                .filter(|t| t.chars().count() <= 40),
        );
    }
}

/// Two claim indices as one sortable number (indices of one story's claims fit 32 bits).
pub(crate) fn pair_key(a: usize, b: usize) -> u64 {
    debug_assert!(a <= u32::MAX as usize && b <= u32::MAX as usize);
    (a as u64) << 32 | b as u64
}

pub(crate) fn pair_of(key: u64) -> (usize, usize) {
    ((key >> 32) as usize, (key & u64::from(u32::MAX)) as usize)
}

/// Disjoint sets over `0..n`, for grouping claims that are linked pairwise.
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    pub fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        self.parent[x] = r;
        r
    }

    /// Joins two sets; the smaller root index stays the root, so groups are ordered by
    /// their first member.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        self.parent[ra.max(rb)] = ra.min(rb);
    }

    /// Members of each set, sets ordered by their smallest member. A root is its set's
    /// smallest member (see [`UnionFind::union`]), so a set is met first at its root and
    /// sets come out in order of their roots without sorting them.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut slot_of_root = vec![usize::MAX; self.parent.len()];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..self.parent.len() {
            let r = self.find(i);
            if slot_of_root[r] == usize::MAX {
                slot_of_root[r] = groups.len();
                groups.push(Vec::new());
            }
            groups[slot_of_root[r]].push(i);
        }
        groups
    }
}

/// A finding with its id derived from type, topic and key, never from order.
pub fn new_finding(
    kind_type: FindingType,
    topic: &str,
    key: &str,
    summary: String,
    rule: &str,
    claims: &[&Claim],
    mut evidence: Vec<Evidence>,
) -> Finding {
    // The same words on the same line twice (a count inside the list it counts) show
    // nothing new the second time.
    let mut seen = rustc_hash::FxHashSet::default();
    evidence.retain(|e| seen.insert((e.article.clone(), e.line, e.text.clone())));
    Finding {
        id: format!("{}:{}:{}", kind_type.as_str(), topic.replace(' ', ""), key),
        kind: kind_type.kind(),
        kind_type,
        topic: topic.to_string(),
        summary: close(summary),
        rule: rule.to_string(),
        articles: unique(claims.iter().map(|c| c.article.clone())),
        claims: unique(claims.iter().map(|c| c.id.clone())),
        evidence,
        notes: Vec::new(),
        diff: Vec::new(),
        story: None,
        marks: Vec::new(),
    }
}

/// "a", "a and b", "a, b and c".
pub fn join(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Lee's", "Jones'".
pub fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// The items in first-seen order, each once.
pub fn unique(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in items {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Ends a summary with one period, whatever the last word ends with ("Tenn.").
fn close(mut summary: String) -> String {
    if !summary.ends_with(['.', '!', '?']) {
        summary.push('.');
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_keys_sort_as_their_pairs_and_come_back_whole() {
        let pairs = vec![
            (3, 9),
            (0, 70_000),
            (3, 4),
            (1, 2),
            (0, 1),
            (70_000, 70_001),
        ];
        let mut by_pair = pairs.clone();
        by_pair.sort_unstable();
        let mut keys: Vec<u64> = pairs.iter().map(|&(a, b)| pair_key(a, b)).collect();
        keys.sort_unstable();
        let back: Vec<(usize, usize)> = keys.into_iter().map(pair_of).collect();
        assert_eq!(back, by_pair);
    }

    #[test]
    fn groups_come_in_order_of_their_smallest_member() {
        let mut sets = UnionFind::new(7);
        sets.union(5, 1);
        sets.union(6, 3);
        sets.union(3, 5);
        sets.union(4, 2);
        assert_eq!(sets.groups(), vec![vec![0], vec![1, 3, 5, 6], vec![2, 4]]);
    }
}
