//! xcheck: cross-checks what several news articles claim about the stories they report.
//!
//! The pipeline (see DESIGN.md): [`article`] loads text, [`text`] segments it once,
//! [`extract`] reads claims from the segmented [`text::Doc`] (the map step,
//! [`extract_article`]), [`canon`] gives places and numbers canonical forms, [`compare`]
//! groups articles into stories, aligns claims across articles and judges them (the
//! reduce step, [`compare_claims`]), and [`report`] renders the one [`model::Report`] as
//! text, JSON, Markdown or HTML. [`baseline`], [`config`] and [`mapreduce`] serve the
//! command line. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod baseline;
pub mod canon;
pub mod compare;
pub mod config;
pub mod extract;
pub mod mapreduce;
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
    /// Compare all articles as one story instead of grouping them.
    pub one_story: bool,
}

/// Checks a set of articles against each other and returns the report.
pub fn check(articles: &[Article], options: &Options) -> Report {
    check_observed(articles, options, &|| {})
}

/// Reads one article's claims: the map step, independent of every other article.
pub fn extract_article(article: &Article, options: &Options) -> Vec<model::Claim> {
    let doc = text::Doc::with_boilerplate(article, &options.boilerplate);
    extract::extract_with(&doc, &options.person_aliases)
}

/// [`check`], calling `on_article` after each article is read (for a progress bar).
/// Articles are read in parallel; the report does not depend on the order they finish.
pub fn check_observed(
    articles: &[Article],
    options: &Options,
    on_article: &(dyn Fn() + Sync),
) -> Report {
    use rayon::prelude::*;
    let claims: Vec<Vec<model::Claim>> = articles
        .par_iter()
        .map(|a| {
            let c = extract_article(a, options);
            on_article();
            c
        })
        .collect();
    compare_claims(articles, claims.into_iter().flatten().collect(), options)
}

/// The reduce step: groups articles into stories and judges each story's claims. The
/// articles' text is read again only to quote evidence; it is not segmented again.
pub fn compare_claims(
    articles: &[Article],
    claims: Vec<model::Claim>,
    options: &Options,
) -> Report {
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let stories = if options.one_story || articles.len() < 2 {
        vec![(0..articles.len()).collect()]
    } else {
        compare::stories::group(&ids, &claims)
    };
    let multi = stories.len() > 1;
    // Claims bucketed by article once, so each story gathers its own without scanning all.
    let index_of: std::collections::HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut by_article: Vec<Vec<&model::Claim>> = vec![Vec::new(); articles.len()];
    for c in &claims {
        if let Some(&i) = index_of.get(c.article.as_str()) {
            by_article[i].push(c);
        }
    }
    let mut findings = Vec::new();
    let mut events = Vec::new();
    let mut lists = Vec::new();
    let mut story_info = Vec::new();
    // Stories are judged in parallel and gathered in story order: the same bytes as a
    // serial run.
    use rayon::prelude::*;
    let judged: Vec<(compare::Compared, Option<model::Story>)> = stories
        .par_iter()
        .enumerate()
        .map(|(n, story)| {
            let docs: Vec<text::Doc> = story
                .iter()
                .map(|&i| text::Doc::unsegmented(&articles[i]))
                .collect();
            let story_claims: Vec<model::Claim> = story
                .iter()
                .flat_map(|&i| by_article[i].iter().map(|c| (*c).clone()))
                .collect();
            let mut compared = compare::compare(&docs, &story_claims);
            let info = multi.then(|| {
                let name = format!("story {}", n + 1);
                for f in &mut compared.findings {
                    f.story = Some(name.clone());
                    f.id = format!("{}:{}", ids[story[0]], f.id);
                }
                model::Story {
                    id: name,
                    articles: story.iter().map(|&i| ids[i].clone()).collect(),
                }
            });
            (compared, info)
        })
        .collect();
    for (compared, info) in judged {
        findings.extend(compared.findings);
        events.extend(compared.events);
        lists.extend(compared.lists);
        story_info.extend(info);
    }
    findings.sort_by(|a, b| {
        (a.kind, &a.story, &a.topic, &a.id).cmp(&(b.kind, &b.story, &b.topic, &b.id))
    });
    let mut report = Report {
        schema: SCHEMA_VERSION,
        xcheck: env!("CARGO_PKG_VERSION").to_string(),
        articles: articles.iter().map(Article::info).collect(),
        problems: Vec::new(),
        claims,
        findings,
        events,
        lists,
        stories: story_info,
        summary: Summary::default(),
        baseline: None,
    };
    report.summary = summarize(&report);
    report
}

/// Loads and checks in one step; input problems are carried in the report.
pub fn check_loaded(loaded: Loaded, options: &Options, on_article: &(dyn Fn() + Sync)) -> Report {
    let mut report = check_observed(&loaded.articles, options, on_article);
    report.problems = loaded.problems;
    report.summary = summarize(&report);
    report
}

/// The header counts of a report.
pub fn summarize(report: &Report) -> Summary {
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
