//! `xcheck extract` and `xcheck compare`: the pipeline split into a stateless map step
//! (one article in, its claims out, as JSON Lines) and a reduce step that groups the
//! claims into stories and judges them. `xcheck extract … | xcheck compare -` gives the
//! findings of `xcheck …`, byte for byte: the records carry everything the reduce step
//! reads, the article's text included (evidence is quoted from it).

use std::io::{BufRead, Write};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::model::{Claim, Problem};

/// One line of `xcheck extract`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    /// An article and its claims.
    Article {
        article: Article,
        claims: Vec<Claim>,
    },
    /// An input that could not be read cleanly.
    Problem(Problem),
}

/// Writes one JSON line.
pub fn write_record(out: &mut dyn Write, record: &Record) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    writeln!(out)
}

/// Articles extracted and serialized together: enough to keep both cores busy, few enough
/// that the lines waiting to be written stay small.
const BATCH: usize = 256;

/// The map step over many articles: extracts each article's claims and writes its
/// record, in article order. Articles are extracted and serialized in parallel, a batch
/// at a time, so the output is the bytes of a serial run. An article whose claims could
/// not be read is written with none, after a problem record that names it (as the
/// one-step run reports it), and is passed to `on_problem`; how many there were is
/// returned.
pub fn write_articles(
    articles: Vec<Article>,
    options: &crate::Options,
    out: &mut dyn Write,
    on_problem: &mut dyn FnMut(&Problem),
) -> std::io::Result<usize> {
    let mut unread = 0;
    use rayon::prelude::*;
    let mut articles = articles.into_iter();
    loop {
        let batch: Vec<Article> = articles.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            return Ok(unread);
        }
        let lines: Vec<std::io::Result<(Vec<u8>, Option<Problem>)>> = batch
            .into_par_iter()
            .with_max_len(crate::MAX_JOB)
            .map(|article| {
                let mut line = Vec::new();
                let (claims, problem) = match crate::extract_article_guarded(&article, options) {
                    Ok(claims) => (claims, None),
                    Err(p) => {
                        write_record(&mut line, &Record::Problem(p.clone()))?;
                        (Vec::new(), Some(p))
                    }
                };
                write_record(&mut line, &Record::Article { article, claims })?;
                Ok((line, problem))
            })
            .collect();
        for line in lines {
            let (line, problem) = line?;
            if let Some(p) = problem {
                on_problem(&p);
                unread += 1;
            }
            out.write_all(&line)?;
        }
    }
}

/// Everything a reduce step needs, read back from records.
#[derive(Debug, Default)]
pub struct Extracted {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub problems: Vec<Problem>,
}

/// Reads records; a line that is not one is an error naming its line.
pub fn read_records(input: impl BufRead, name: &str) -> anyhow::Result<Extracted> {
    let mut e = Extracted::default();
    for (n, line) in input.lines().enumerate() {
        let line = line.with_context(|| format!("reading {name}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(&line)
            .with_context(|| format!("{name}:{}: not a record of `xcheck extract`", n + 1))?;
        match record {
            Record::Article { article, claims } => {
                e.articles.push(article);
                e.claims.extend(claims);
            }
            Record::Problem(p) => e.problems.push(p),
        }
    }
    Ok(e)
}
