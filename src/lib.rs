//! xcheck: cross-checks what several news articles claim about one story.
//!
//! The pipeline (see DESIGN.md): [`article`] loads text, [`text`] segments it once,
//! [`extract`] reads claims from the segmented [`text::Doc`], [`canon`] gives places and
//! numbers canonical forms, [`compare`] aligns claims across articles and judges them, and
//! [`report`] renders the one [`model::Report`] as text or JSON. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod baseline;
pub mod canon;
pub mod compare;
pub mod config;
pub mod extract;
pub mod model;
pub mod report;
pub mod text;

use article::{Article, Loaded};
use model::{Report, SCHEMA_VERSION, Summary};

/// Options that change what is read and compared (not how it is printed).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Extra boilerplate line patterns (from `xcheck.toml`).
    pub boilerplate: Vec<regex::Regex>,
    /// Folded other name of a person → canonical name.
    pub person_aliases: std::collections::BTreeMap<String, String>,
}

/// Checks a set of articles against each other and returns the report.
pub fn check(articles: &[Article], options: &Options) -> Report {
    check_observed(articles, options, &mut || {})
}

/// [`check`], calling `on_article` after each article is read (for a progress bar).
pub fn check_observed(
    articles: &[Article],
    options: &Options,
    on_article: &mut dyn FnMut(),
) -> Report {
    let docs: Vec<text::Doc> = articles
        .iter()
        .map(|a| text::Doc::with_boilerplate(a, &options.boilerplate))
        .collect();
    let mut claims: Vec<model::Claim> = Vec::new();
    for d in &docs {
        claims.extend(extract::extract_with(d, &options.person_aliases));
        on_article();
    }
    let compared = compare::compare(&docs, &claims);
    let mut report = Report {
        schema: SCHEMA_VERSION,
        xcheck: env!("CARGO_PKG_VERSION").to_string(),
        articles: articles.iter().map(Article::info).collect(),
        problems: Vec::new(),
        claims,
        findings: compared.findings,
        events: compared.events,
        lists: compared.lists,
        summary: Summary::default(),
        baseline: None,
    };
    report.summary = summarize(&report);
    report
}

/// Loads and checks in one step; input problems are carried in the report.
pub fn check_loaded(loaded: Loaded, options: &Options, on_article: &mut dyn FnMut()) -> Report {
    let mut report = check_observed(&loaded.articles, options, on_article);
    report.problems = loaded.problems;
    report.summary = summarize(&report);
    report
}

fn summarize(report: &Report) -> Summary {
    use model::FindingKind as K;
    let count = |k: K| report.findings.iter().filter(|f| f.kind == k).count();
    Summary {
        articles: report.articles.len(),
        claims: report.claims.len(),
        conflicts: count(K::Conflict),
        agreements: count(K::Agreement),
        single_source: count(K::SingleSource),
        not_comparable: count(K::NotComparable),
        problems: report.problems.len(),
    }
}
