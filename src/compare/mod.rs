//! Comparison: align claims of different articles that speak of the same thing, then
//! judge each aligned group.

pub mod align;
pub mod evidence;
pub mod lists;

use crate::model::{Claim, Finding};
use crate::text::Doc;

/// Every finding for a set of articles, in report order: conflicts, not-comparable notes,
/// agreements, single-source claims; inside a kind by topic, then id.
pub fn compare(docs: &[Doc], claims: &[Claim]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let topics = align::align_lists(claims);
    for topic in &topics {
        findings.extend(lists::judge(docs, claims, topic));
    }
    findings.sort_by(|a, b| (a.kind, &a.topic, &a.id).cmp(&(b.kind, &b.topic, &b.id)));
    findings
}
