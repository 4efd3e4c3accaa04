//! Where the time goes on a real corpus: runs each stage serially over every article of
//! a directory and prints its seconds, MB/s and share. The divan benchmarks measure the
//! same stages on the small fixture text; this measures them on a generated or real
//! corpus of any size.
//!
//! Usage: cargo run --release --example stage_times -- DIR

use std::time::{Duration, Instant};

use xcheck::article::{Input, load};
use xcheck::extract;
use xcheck::text::Doc;

// The allocator of the xcheck binary, so that stages cost here what they cost there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: stage_times DIR");
        std::process::exit(2);
    };
    let loaded = load(&[Input::Path(dir.into())], u64::MAX);
    let articles = &loaded.articles;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut times: Vec<(&str, Duration)> = Vec::new();
    let mut time = |name: &'static str, f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        times.push((name, start.elapsed()));
    };
    let mut docs = Vec::new();
    time("segment", &mut || {
        docs = articles.iter().map(Doc::new).collect();
    });
    let mut people = Vec::new();
    time("people", &mut || {
        people = docs.iter().map(extract::people::find_people).collect();
    });
    let mut gates = Vec::new();
    time("gates", &mut || {
        gates = docs.iter().map(extract::gates::Gates::new).collect();
    });
    let mut counts: Vec<Vec<xcheck::model::Claim>> = Vec::new();
    time("counts", &mut || {
        counts = docs
            .iter()
            .zip(&gates)
            .map(|(d, g)| extract::facts::extract_counts(d, g))
            .collect();
    });
    let mut lists: Vec<Vec<xcheck::model::Claim>> = Vec::new();
    time("lists", &mut || {
        lists = docs
            .iter()
            .zip(&gates)
            .zip(&counts)
            .map(|((d, g), c)| extract::lists::extract_lists(d, g, c))
            .collect();
    });
    let mut claims = Vec::new();
    let mut quotes = Vec::new();
    time("quotes", &mut || {
        quotes = docs
            .iter()
            .zip(&people)
            .map(|(d, p)| extract::quotes::extract_quotes(d, p))
            .collect();
    });
    time("attendance", &mut || {
        for ((((d, p), q), g), l) in docs
            .iter()
            .zip(&people)
            .zip(&quotes)
            .zip(&gates)
            .zip(&lists)
        {
            claims.extend(extract::events::extract_attendance(d, g, p, q, l));
        }
    });
    claims.extend(lists.into_iter().flatten());
    claims.extend(counts.into_iter().flatten());
    time("citations", &mut || {
        claims.extend(docs.iter().flat_map(extract::citations::extract_citations));
    });
    time("dates", &mut || {
        for (d, g) in docs.iter().zip(&gates) {
            claims.extend(extract::dates::extract_dates(d, g));
        }
    });
    time("amounts", &mut || {
        for (d, g) in docs.iter().zip(&gates) {
            claims.extend(extract::amounts::extract_amounts(d, g));
        }
    });
    time("roles", &mut || {
        for (d, p) in docs.iter().zip(&people) {
            claims.extend(extract::events::extract_roles(d, p));
        }
    });
    drop(docs);
    let options = xcheck::Options::default();
    let all: Vec<_> = articles
        .iter()
        .flat_map(|a| xcheck::extract_article(a, &options))
        .collect();
    time("compare (all stories)", &mut || {
        std::hint::black_box(xcheck::compare_claims(articles, all.clone(), &options));
    });
    let total: Duration = times.iter().map(|(_, t)| *t).sum();
    println!(
        "{} articles, {:.1} MB, serial",
        articles.len(),
        bytes as f64 / 1e6
    );
    println!("| stage | s | MB/s | share |\n|---|---:|---:|---:|");
    for (name, t) in &times {
        println!(
            "| {name} | {:.2} | {:.0} | {:.0}% |",
            t.as_secs_f64(),
            bytes as f64 / 1e6 / t.as_secs_f64(),
            100.0 * t.as_secs_f64() / total.as_secs_f64()
        );
    }
    println!(
        "| total | {:.2} | {:.1} | 100% |",
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64()
    );
}
