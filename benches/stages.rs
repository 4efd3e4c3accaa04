//! Micro-benchmarks per stage, with a bytes-throughput counter: segmentation, each
//! extractor, and the comparison of a story. Run with `cargo bench --bench stages`.
//! The input is the bundled fixture text, repeated, so the numbers are comparable
//! between runs and machines.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use xcheck::article::Article;
use xcheck::text::Doc;

// The allocator of the xcheck binary, so that stages cost here what they cost there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// Every fixture article, as articles.
fn fixtures() -> Vec<Article> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "txt"))
        {
            let text = std::fs::read_to_string(&f).unwrap();
            let id = f.file_stem().unwrap().to_string_lossy().into_owned();
            out.push(Article::from_text(&id, &f.display().to_string(), &text));
        }
    }
    out
}

fn bytes(articles: &[Article]) -> BytesCount {
    BytesCount::new(articles.iter().map(|a| a.text.len()).sum::<usize>())
}

#[divan::bench]
fn segment(b: Bencher) {
    let articles = fixtures();
    b.counter(bytes(&articles)).bench(|| {
        for a in &articles {
            black_box(Doc::new(black_box(a)));
        }
    });
}

#[divan::bench(args = ["lists", "people", "quotes", "counts", "citations", "dates", "amounts"])]
fn extract(b: Bencher, kind: &str) {
    let articles = fixtures();
    let docs: Vec<Doc> = articles.iter().map(Doc::new).collect();
    b.counter(bytes(&articles)).bench(|| {
        for d in &docs {
            match kind {
                "lists" => {
                    let gates = xcheck::extract::gates::Gates::new(d);
                    let counts = xcheck::extract::facts::extract_counts(d, &gates);
                    drop(black_box(xcheck::extract::lists::extract_lists(
                        d, &gates, &counts,
                    )));
                }
                "people" => drop(black_box(xcheck::extract::people::find_people(d))),
                "quotes" => {
                    let p = xcheck::extract::people::find_people(d);
                    drop(black_box(xcheck::extract::quotes::extract_quotes(d, &p)));
                }
                "counts" => drop(black_box(xcheck::extract::facts::extract_counts(
                    d,
                    &xcheck::extract::gates::Gates::new(d),
                ))),
                "citations" => drop(black_box(xcheck::extract::citations::extract_citations(d))),
                "dates" => drop(black_box(xcheck::extract::dates::extract_dates(
                    d,
                    &xcheck::extract::gates::Gates::new(d),
                ))),
                _ => drop(black_box(xcheck::extract::amounts::extract_amounts(
                    d,
                    &xcheck::extract::gates::Gates::new(d),
                ))),
            }
        }
    });
}

#[divan::bench]
fn whole_check(b: Bencher) {
    let articles = fixtures();
    let options = xcheck::Options::default();
    b.counter(bytes(&articles))
        .bench(|| black_box(xcheck::check(black_box(&articles), &options)));
}

#[divan::bench]
fn compare_only(b: Bencher) {
    let articles = fixtures();
    let options = xcheck::Options::default();
    let claims: Vec<_> = articles
        .iter()
        .flat_map(|a| xcheck::extract_article(a, &options))
        .collect();
    b.counter(bytes(&articles)).bench(|| {
        black_box(xcheck::compare_claims(
            black_box(&articles),
            claims.clone(),
            &options,
        ))
    });
}
