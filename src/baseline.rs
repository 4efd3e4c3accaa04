//! Comparing a run with a baseline report, for CI on fixture corpora.
//!
//! Findings are matched by id, which is derived from the finding's type, topic and the
//! canonical key of what it is about, never from its position; so a baseline survives
//! harmless edits and reordering, and a changed finding shows as changed.

use crate::model::{BaselineChange, BaselineDiff, BaselineFinding, Finding, Report};

fn brief(f: &Finding) -> BaselineFinding {
    BaselineFinding {
        id: f.id.clone(),
        kind: f.kind,
        kind_type: f.kind_type,
        summary: f.summary.clone(),
    }
}

/// What appeared, disappeared or changed between `old` and `new`.
pub fn diff(old: &Report, new: &Report) -> BaselineDiff {
    let mut d = BaselineDiff::default();
    for f in &new.findings {
        match old.findings.iter().find(|o| o.id == f.id) {
            None => d.appeared.push(brief(f)),
            Some(o) if o.summary != f.summary || o.kind != f.kind || o.articles != f.articles => {
                d.changed.push(BaselineChange {
                    id: f.id.clone(),
                    before: o.summary.clone(),
                    after: f.summary.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for o in &old.findings {
        if !new.findings.iter().any(|f| f.id == o.id) {
            d.disappeared.push(brief(o));
        }
    }
    d
}
