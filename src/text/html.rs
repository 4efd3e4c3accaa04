//! Article text out of a saved web page, with the `scraper` crate (no hand-written HTML
//! parsing): the page title, then the headings, paragraphs, list items and block quotes
//! of its `<article>` (or `<main>`, or `<body>`), outside navigation, headers, footers,
//! asides, scripts and forms.

use scraper::{ElementRef, Html, Selector};

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("a valid selector")
}

/// (title, text): blocks separated by blank lines, list items as "• " bullets.
pub fn article_text(page: &str) -> (String, String) {
    let doc = Html::parse_document(page);
    let squash = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = doc
        .select(&selector("title"))
        .next()
        .or_else(|| doc.select(&selector("h1")).next())
        .map(|t| squash(t.text().collect()))
        .unwrap_or_default();
    let root = ["article", "main", "body"]
        .iter()
        .find_map(|s| doc.select(&selector(s)).next());
    let Some(root) = root else {
        return (title, String::new());
    };
    let blocks = selector("h1, h2, h3, h4, p, li, blockquote");
    let mut out: Vec<String> = Vec::new();
    for el in root.select(&blocks) {
        if skipped(el) {
            continue;
        }
        let text = squash(el.text().collect());
        if text.is_empty() || out.last() == Some(&text) {
            continue;
        }
        let bullet = el.value().name() == "li";
        out.push(if bullet { format!("• {text}") } else { text });
    }
    // The page title usually repeats as the first heading.
    if out.first().is_some_and(|f| *f == title) {
        out.remove(0);
    }
    (title, out.join("\n\n"))
}

/// Inside page furniture, or a block nested in another block already taken.
fn skipped(el: ElementRef) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        matches!(
            a.value().name(),
            "nav"
                | "header"
                | "footer"
                | "aside"
                | "script"
                | "style"
                | "form"
                | "figcaption"
                | "li"
                | "blockquote"
                | "p"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::article_text;

    #[test]
    fn article_blocks_without_page_furniture() {
        let page = r#"<html><head><title>Towns fined</title><script>var x = 1;</script></head>
        <body><nav><p>Home | News</p></nav><article><h1>Towns fined</h1>
        <p>The agency fined <b>three</b> towns.</p><ul><li>Dover, Delaware</li><li>Boise, Idaho</li></ul>
        <figure><figcaption>A photo caption</figcaption></figure><footer><p>© 2031</p></footer></article></body></html>"#;
        let (title, text) = article_text(page);
        assert_eq!(title, "Towns fined");
        assert_eq!(
            text,
            "The agency fined three towns.\n\n• Dover, Delaware\n\n• Boise, Idaho"
        );
    }
}
