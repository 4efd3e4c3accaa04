//! Any text, however broken, is read without a panic, and every span points into it.

use proptest::prelude::*;
use xcheck::article::Article;

/// Text built from the pieces that trip parsers: quote marks of every kind, dashes,
/// bullets, abbreviations, numbers, capitals, non-ASCII letters, control characters.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "—",
        "–",
        "-",
        "•",
        "* ",
        "1) ",
        "\n",
        "\n\n",
        " ",
        ", ",
        "; ",
        ": ",
        ".",
        "U.S.",
        "Ill",
        "N.Y.",
        "County",
        "State of",
        "including",
        "and other",
        "said",
        "told",
        "he",
        "she",
        "Mayor",
        "Ann Lee",
        "Boise",
        "Springfield",
        "23",
        "nearly two dozen",
        "$4.5 million",
        "37%",
        "by April 25",
        "Section 402 of the Clean Water Act",
        "8 U.S.C. § 1373",
        "FY2020",
        "boycotted",
        "the meeting",
        "é",
        "中",
        "\u{202e}",
        "\u{0}",
        "\t",
        "SessionsJeff X MORE",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=5000 for a longer hunt.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_text_is_read_without_panic_and_spans_fit(a in tricky_text(), b in tricky_text()) {
        let articles = vec![Article::from_text("a", "a.txt", &a), Article::from_text("b", "b.txt", &b)];
        let report = xcheck::check(&articles, &xcheck::Options::default());
        for c in &report.claims {
            let text = if c.article == "a" { &a } else { &b };
            prop_assert!(c.span.start <= c.span.end && c.span.end <= text.len());
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            prop_assert!(c.span.line >= 1 && c.span.col >= 1);
        }
        for f in &report.findings {
            prop_assert!(!f.evidence.is_empty());
        }
        // Every printer copes too.
        for format in [xcheck::report::Format::Text, xcheck::report::Format::Json, xcheck::report::Format::Markdown, xcheck::report::Format::Html] {
            let mut out = Vec::new();
            xcheck::report::render(&report, format, &xcheck::report::RenderOptions::default(), &mut out).unwrap();
        }
    }
}
