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
pub mod data;
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

/// How long each step of a run took, for `--timings`: wall time, all cores working.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Reading claims from every article (the map step).
    pub extract: std::time::Duration,
    /// Grouping articles into stories.
    pub group: std::time::Duration,
    /// Judging every story, and gathering the findings into one report.
    pub judge: std::time::Duration,
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
    let claims = extract_all(articles, options, on_article);
    compare_claims(articles, claims, options)
}

/// Every article's claims, extracted in parallel and kept in article order.
fn extract_all(
    articles: &[Article],
    options: &Options,
    on_article: &(dyn Fn() + Sync),
) -> Vec<model::Claim> {
    use rayon::prelude::*;
    let claims: Vec<Vec<model::Claim>> = articles
        .par_iter()
        .map(|a| {
            let c = extract_article(a, options);
            on_article();
            c
        })
        .collect();
    // Sized once: the claims of 100k articles are hundreds of megabytes, and growing a
    // vector that size by doubling faults in fresh pages at every step.
    let mut all = Vec::with_capacity(claims.iter().map(Vec::len).sum());
    claims.into_iter().for_each(|c| all.extend(c));
    all
}

/// The reduce step: groups articles into stories and judges each story's claims. The
/// articles' text is read again only to quote evidence; it is not segmented again.
pub fn compare_claims(
    articles: &[Article],
    claims: Vec<model::Claim>,
    options: &Options,
) -> Report {
    judge_stories(
        articles.iter().collect(),
        claims,
        options,
        &mut Timings::default(),
    )
}

/// [`compare_claims`], owning the articles: each story's texts are freed as soon as the
/// story is judged, so the reduce step never holds every text and every finding at once.
/// Also says how long grouping and judging took.
pub fn compare_claims_owned(
    articles: Vec<Article>,
    claims: Vec<model::Claim>,
    options: &Options,
) -> (Report, Timings) {
    let mut timings = Timings::default();
    let report = judge_stories(articles, claims, options, &mut timings);
    (report, timings)
}

/// Groups, then judges story by story in parallel; `A` is an article or a reference to
/// one, and each story's articles are dropped when the story is done.
fn judge_stories<A: std::borrow::Borrow<Article> + Send>(
    articles: Vec<A>,
    claims: Vec<model::Claim>,
    options: &Options,
    timings: &mut Timings,
) -> Report {
    let started = std::time::Instant::now();
    let infos: Vec<model::ArticleInfo> = articles.iter().map(|a| a.borrow().info()).collect();
    let ids: Vec<&str> = infos.iter().map(|a| a.id.as_str()).collect();
    // Claims bucketed by article once, for grouping and so that each story gathers its
    // own without scanning all.
    let index_of: rustc_hash::FxHashMap<&str, usize> =
        ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut by_article: Vec<Vec<&model::Claim>> = vec![Vec::new(); articles.len()];
    // An article's claims come together (extraction gives them so): the article of the
    // claim before is tried before the map.
    let mut last: Option<(&str, usize)> = None;
    for c in &claims {
        let i = match last {
            Some((id, i)) if id == c.article => Some(i),
            _ => index_of.get(c.article.as_str()).copied(),
        };
        if let Some(i) = i {
            last = Some((c.article.as_str(), i));
            by_article[i].push(c);
        }
    }
    let stories = if options.one_story || articles.len() < 2 {
        vec![(0..articles.len()).collect()]
    } else {
        compare::stories::group(&by_article)
    };
    let multi = stories.len() > 1;
    timings.group = started.elapsed();
    // Each story takes its articles (stories do not share articles).
    let mut slots: Vec<Option<A>> = articles.into_iter().map(Some).collect();
    let grouped: Vec<(Vec<usize>, Vec<A>)> = stories
        .iter()
        .map(|story| {
            story
                .iter()
                .filter_map(|&i| Some((i, slots[i].take()?)))
                .unzip()
        })
        .collect();
    drop(slots);
    let mut findings = Vec::new();
    let mut events = Vec::new();
    let mut lists = Vec::new();
    let mut story_info = Vec::new();
    // Stories are judged in parallel and gathered in story order: the same bytes as a
    // serial run.
    use rayon::prelude::*;
    // Each story judges its claims where they lie, through references: copying them
    // cost a deep clone of every claim (about 1% of a run).
    let judged: Vec<(compare::Compared, Option<model::Story>)> = grouped
        .into_par_iter()
        .enumerate()
        .map(|(n, (story, story_articles))| {
            let docs: Vec<text::Doc> = story_articles
                .iter()
                .map(|a| text::Doc::unsegmented(a.borrow()))
                .collect();
            let story_claims: Vec<&model::Claim> = story
                .iter()
                .flat_map(|&i| by_article[i].iter().copied())
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
                    articles: story.iter().map(|&i| ids[i].to_string()).collect(),
                }
            });
            (compared, info)
        })
        .collect();
    let mut per_story = Vec::with_capacity(judged.len());
    for (compared, info) in judged {
        per_story.push(compared.findings);
        events.extend(compared.events);
        lists.extend(compared.lists);
        story_info.extend(info);
    }
    let names: Vec<Option<&str>> = (0..per_story.len())
        .map(|n| story_info.get(n).map(|s| s.id.as_str()))
        .collect();
    findings.extend(merge_findings(per_story, &names));
    let mut report = Report {
        schema: SCHEMA_VERSION,
        xcheck: env!("CARGO_PKG_VERSION").to_string(),
        articles: infos,
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
    timings.judge = started.elapsed() - timings.group;
    report
}

/// Every story's findings in report order, by kind, then story name, then topic and id:
/// what a stable sort of all of them by that key gives. Each story's findings come
/// sorted by kind, topic and id (see [`compare::compare`]) and a story's name prefixes
/// all its ids alike, so a merge that takes each kind's run from each story in name order
/// gives that order without comparing findings; `names[i]` is story `i`'s name.
fn merge_findings(
    per_story: Vec<Vec<model::Finding>>,
    names: &[Option<&str>],
) -> Vec<model::Finding> {
    debug_assert!(per_story.iter().all(|fs| {
        fs.windows(2)
            .all(|w| (w[0].kind, &w[0].topic, &w[0].id) <= (w[1].kind, &w[1].topic, &w[1].id))
    }));
    let mut order: Vec<usize> = (0..per_story.len()).collect();
    order.sort_by_key(|&i| names[i]);
    let mut out = Vec::with_capacity(per_story.iter().map(Vec::len).sum());
    let mut runs: Vec<std::iter::Peekable<std::vec::IntoIter<model::Finding>>> = per_story
        .into_iter()
        .map(|fs| fs.into_iter().peekable())
        .collect();
    for kind in model::FindingKind::ALL {
        for &i in &order {
            while let Some(f) = runs[i].next_if(|f| f.kind == kind) {
                out.push(f);
            }
        }
    }
    debug_assert!(runs.iter_mut().all(|r| r.peek().is_none()));
    out
}

/// Loads and checks in one step; input problems are carried in the report. The articles
/// are handed to the reduce step, which frees their text story by story. Also says how
/// long each step took.
pub fn check_loaded(
    loaded: Loaded,
    options: &Options,
    on_article: &(dyn Fn() + Sync),
) -> (Report, Timings) {
    let started = std::time::Instant::now();
    let claims = extract_all(&loaded.articles, options, on_article);
    let extract = started.elapsed();
    let (mut report, timings) = compare_claims_owned(loaded.articles, claims, options);
    report.problems = loaded.problems;
    report.summary = summarize(&report);
    (report, Timings { extract, ..timings })
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
