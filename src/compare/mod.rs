//! Comparison: align claims of different articles that speak of the same thing, then
//! judge each aligned group.

pub mod align;
pub mod evidence;
pub mod lists;
pub mod quotes;

use crate::model::{Claim, Evidence, Finding, FindingType};
use crate::text::Doc;

/// Every finding for a set of articles, in report order: conflicts, not-comparable notes,
/// agreements, single-source claims; inside a kind by topic, then id.
pub fn compare(docs: &[Doc], claims: &[Claim]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for topic in &align::align_lists(claims) {
        findings.extend(lists::judge(docs, claims, topic));
    }
    findings.extend(quotes::judge(docs, claims));
    findings.sort_by(|a, b| (a.kind, &a.topic, &a.id).cmp(&(b.kind, &b.topic, &b.id)));
    findings.dedup_by(|a, b| a.id == b.id);
    findings
}

/// A finding with its id derived from type, topic and key, never from order.
pub fn new_finding(
    kind_type: FindingType,
    topic: &str,
    key: &str,
    summary: String,
    rule: &str,
    claims: &[&Claim],
    evidence: Vec<Evidence>,
) -> Finding {
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
