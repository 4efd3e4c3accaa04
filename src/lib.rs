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
    /// Reading claims from every article (the map step), and what grouping reads of
    /// each article.
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

/// [`extract_article`], so that a bug met in one article costs that article, not the
/// run: a newsroom's day of copy is still checked when one page trips a reader. The
/// article is then checked with no claims, and the problem names its file.
pub fn extract_article_guarded(
    article: &Article,
    options: &Options,
) -> Result<Vec<model::Claim>, model::Problem> {
    guarded(&article.path, || extract_article(article, options))
}

/// Runs `f`, turning a panic into a problem that names `path`.
fn guarded<T>(path: &str, f: impl FnOnce() -> T) -> Result<T, model::Problem> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        model::Problem {
            path: path.to_string(),
            message: format!(
                "its claims could not be read (an internal error; please report it): {why}"
            ),
            fatal: true,
        }
    })
}

/// [`check`], calling `on_article` after each article is read (for a progress bar).
/// Articles are read in parallel; the report does not depend on the order they finish.
pub fn check_observed(
    articles: &[Article],
    options: &Options,
    on_article: &(dyn Fn() + Sync),
) -> Report {
    let (claims, features, problems) = extract_all(articles, options, on_article);
    let mut report = judge_stories(
        articles.iter().collect(),
        Layout::grouped(claims, features),
        options,
        &mut Timings::default(),
    );
    report.problems = problems;
    report.summary = summarize(&report);
    report
}

/// What [`extract_all`] gives: each article's claims, the features grouping reads (when
/// there is more than one story to find), and a problem for each article whose claims
/// could not be read, in article order.
type Extracted = (
    Vec<Vec<model::Claim>>,
    Option<Vec<compare::stories::Features>>,
    Vec<model::Problem>,
);

/// Every article's claims, extracted in parallel, in article order, with the features
/// grouping reads of each article (none when every article is one story). They are read
/// right after the article's claims are made, on the same core.
fn extract_all(
    articles: &[Article],
    options: &Options,
    on_article: &(dyn Fn() + Sync),
) -> Extracted {
    use rayon::prelude::*;
    let grouping = !single_story(options, articles.len());
    let (claims, rest): (Vec<Vec<model::Claim>>, Vec<_>) = articles
        .par_iter()
        .with_max_len(MAX_JOB)
        .map(|a| {
            let (claims, problem) = match extract_article_guarded(a, options) {
                Ok(claims) => (claims, None),
                Err(problem) => (Vec::new(), Some(problem)),
            };
            let features = grouping.then(|| compare::stories::features(&claims, &a.text, &a.title));
            on_article();
            (claims, (features, problem))
        })
        .unzip();
    let (features, problems): (Vec<_>, Vec<_>) = rest.into_iter().unzip();
    (
        claims,
        grouping.then(|| features.into_iter().flatten().collect()),
        problems.into_iter().flatten().collect(),
    )
}

/// The claims the reduce step judges, as they come.
enum Layout {
    /// In any order (read back from `xcheck extract`): bucketed by article id, then
    /// grouped into stories. The report keeps them in this order.
    Any(Vec<model::Claim>),
    /// Article by article (`claims[i]` of article `i`), already grouped into stories.
    PerArticle {
        claims: Vec<Vec<model::Claim>>,
        stories: Vec<Vec<usize>>,
    },
}

impl Layout {
    /// Fresh claims, article by article, grouped into stories by their features (all
    /// one story when there are none).
    fn grouped(
        claims: Vec<Vec<model::Claim>>,
        features: Option<Vec<compare::stories::Features>>,
    ) -> Layout {
        let stories = match features {
            Some(features) => compare::stories::group_by_features(features),
            None => one_story(claims.len()),
        };
        Layout::PerArticle { claims, stories }
    }

    /// The claims as the report lists them: in article order.
    fn into_claims(self) -> Vec<model::Claim> {
        match self {
            Layout::Any(claims) => claims,
            Layout::PerArticle { claims, .. } => {
                // Sized once: the claims of 100k articles are hundreds of megabytes, and
                // growing a vector that size by doubling faults in fresh pages each time.
                let mut all = Vec::with_capacity(claims.iter().map(Vec::len).sum());
                claims.into_iter().for_each(|c| all.extend(c));
                all
            }
        }
    }
}

/// Most items a parallel job takes at once. Rayon splits a range further only when a
/// worker steals half of it, so without a bound the last job of a run can be thousands
/// of articles long: measured at 100k, one core finished its share 0.35 s before the
/// other. Jobs this short cost nothing to hand out (an article takes about 0.1 ms).
pub(crate) const MAX_JOB: usize = 32;

/// Whether every article is judged as one story: asked for, or too few to group.
fn single_story(options: &Options, articles: usize) -> bool {
    options.one_story || articles < 2
}

/// Every article in one story.
fn one_story(articles: usize) -> Vec<Vec<usize>> {
    vec![(0..articles).collect()]
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
        Layout::Any(claims),
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
    let report = judge_stories(articles, Layout::Any(claims), options, &mut timings);
    (report, timings)
}

/// Groups (unless the layout already did), then judges story by story in parallel; `A`
/// is an article or a reference to one, and each story's articles are dropped when the
/// story is done. The claims are gathered into the report's one vector while, on the
/// other core, the findings are merged: both steps are serial and each takes about a
/// tenth of a second at 100k articles.
fn judge_stories<A: std::borrow::Borrow<Article> + Send>(
    articles: Vec<A>,
    mut layout: Layout,
    options: &Options,
    timings: &mut Timings,
) -> Report {
    let started = std::time::Instant::now();
    let infos: Vec<model::ArticleInfo> = articles.iter().map(|a| a.borrow().info()).collect();
    let ids: Vec<&str> = infos.iter().map(|a| a.id.as_str()).collect();
    let (by_article, stories) = match &mut layout {
        Layout::PerArticle { claims, stories } => (
            claims.iter().map(|c| c.iter().collect()).collect(),
            std::mem::take(stories),
        ),
        Layout::Any(claims) => {
            let by_article = bucket_by_article(claims, &ids);
            let stories = if single_story(options, articles.len()) {
                one_story(articles.len())
            } else {
                let texts: Vec<(&str, &str)> = articles
                    .iter()
                    .map(|a| (a.borrow().text.as_str(), a.borrow().title.as_str()))
                    .collect();
                compare::stories::group(&by_article, &texts)
            };
            (by_article, stories)
        }
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
        .with_max_len(MAX_JOB)
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
    drop(by_article);
    let (claims, findings) = rayon::join(
        || layout.into_claims(),
        || merge_findings(per_story, &names),
    );
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

/// Each article's claims, found by article id; a claim of no known article is left out.
fn bucket_by_article<'a>(claims: &'a [model::Claim], ids: &[&str]) -> Vec<Vec<&'a model::Claim>> {
    let index_of: rustc_hash::FxHashMap<&str, usize> =
        ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut by_article: Vec<Vec<&model::Claim>> = vec![Vec::new(); ids.len()];
    // An article's claims come together (extraction gives them so): the article of the
    // claim before is tried before the map.
    let mut last: Option<(&str, usize)> = None;
    for c in claims {
        let i = match last {
            Some((id, i)) if id == c.article => Some(i),
            _ => index_of.get(c.article.as_str()).copied(),
        };
        if let Some(i) = i {
            last = Some((c.article.as_str(), i));
            by_article[i].push(c);
        }
    }
    by_article
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
    let (claims, features, unread) = extract_all(&loaded.articles, options, on_article);
    let extract = started.elapsed();
    let started = std::time::Instant::now();
    let layout = Layout::grouped(claims, features);
    let grouping = started.elapsed();
    let mut timings = Timings::default();
    let mut report = judge_stories(loaded.articles, layout, options, &mut timings);
    report.problems = loaded.problems;
    report.problems.extend(unread);
    report.summary = summarize(&report);
    timings.extract = extract;
    timings.group += grouping;
    (report, timings)
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

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_while_reading_an_article_is_a_problem_naming_its_file() {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let failed = guarded("a.txt", || -> u8 { panic!("index 9 out of range") });
        std::panic::set_hook(hook);
        let p = failed.unwrap_err();
        assert_eq!(p.path, "a.txt");
        assert!(p.fatal);
        assert!(p.message.contains("index 9 out of range"), "{}", p.message);
        assert_eq!(guarded("b.txt", || 7).unwrap(), 7);
    }
}
