//! One self-contained HTML page, readable without JavaScript or network: a matrix of
//! topics × articles, each conflict with both sides' words side by side and the words
//! that matter marked, the complete lists side by side, and the who-attended tables.

use std::collections::BTreeMap;
use std::io::{self, Write};

use regex::Regex;

use crate::model::{Finding, FindingKind, Report};

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.counts span{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:.4rem;background:#f2f2f2}
.counts .c{background:#fde2e1;color:#8a1c14}.counts .a{background:#e1f5e4;color:#1c6b2a}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}td:first-child{min-width:13rem}td.conflict{background:#fde2e1;color:#8a1c14;font-weight:600}td.agrees{background:#e1f5e4;color:#1c6b2a}
td.only{background:#f0f0f0;color:#555}td.nc{background:#fff4d6}tr.differs td:first-child{font-weight:700;color:#8a1c14}td.missing{background:#fde2e1}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}
.finding.conflict{border-left-color:#d0342c}.finding.agreement{border-left-color:#2e9e44}
.finding .type{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#666}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.6rem;margin-top:.5rem}
.side{background:#fafafa;border:1px solid #e3e3e3;border-radius:.3rem;padding:.4rem .6rem;font-size:.9rem}
.side .where{font:.8rem ui-monospace,monospace;color:#666}mark{background:#ffe066;padding:0 .1em}
.notes{font-size:.85rem;color:#555;margin:.3rem 0 0 1rem}details{margin:1rem 0}summary{cursor:pointer;font-weight:600}
";

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Escaped text with each mark wrapped in `<mark>`.
fn marked(text: &str, marks: &[String]) -> String {
    let escaped = esc(text);
    let words: Vec<String> = marks
        .iter()
        .filter(|m| !m.trim().is_empty())
        .map(|m| regex::escape(&esc(m)))
        .collect();
    if words.is_empty() {
        return escaped;
    }
    // Marked words may end in a non-ASCII letter ("Zoë"), where only a Unicode word
    // boundary holds; a report marks a few words, so the slower engine costs nothing.
    #[allow(clippy::disallowed_methods)]
    let marks = Regex::new(&format!(r"(?i)\b(?:{})\b", words.join("|")));
    match marks {
        Ok(re) => re.replace_all(&escaped, "<mark>$0</mark>").into_owned(),
        Err(_) => escaped,
    }
}

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<title>xcheck report</title><style>{STYLE}</style></head><body>"
    )?;
    writeln!(out, "<h1>xcheck report</h1>")?;
    writeln!(
        out,
        "<p class=\"counts\"><span>{} articles</span><span>{} claims</span><span class=\"c\">{} conflicts</span><span class=\"a\">{} agreements</span><span>{} single-source</span></p>",
        s.articles, s.claims, s.conflicts, s.agreements, s.single_source
    )?;
    writeln!(
        out,
        "<p>Articles: {}</p>",
        report
            .articles
            .iter()
            .map(|a| format!("<b>{}</b> ({})", esc(&a.id), esc(&a.title)))
            .collect::<Vec<_>>()
            .join("; ")
    )?;
    for p in &report.problems {
        writeln!(
            out,
            "<p class=\"finding conflict\">Input problem: <code>{}</code>: {}</p>",
            esc(&p.path),
            esc(&p.message)
        )?;
    }
    if let Some(d) = &report.baseline {
        writeln!(out, "<h2>Baseline</h2><ul>")?;
        if d.is_empty() {
            writeln!(out, "<li>No change since the baseline.</li>")?;
        }
        for f in &d.appeared {
            writeln!(
                out,
                "<li><b>appeared</b> <code>{}</code>: {}</li>",
                esc(&f.id),
                esc(&f.summary)
            )?;
        }
        for f in &d.disappeared {
            writeln!(
                out,
                "<li><b>disappeared</b> <code>{}</code>: {}</li>",
                esc(&f.id),
                esc(&f.summary)
            )?;
        }
        for c in &d.changed {
            writeln!(
                out,
                "<li><b>changed</b> <code>{}</code>: {} → {}</li>",
                esc(&c.id),
                esc(&c.before),
                esc(&c.after)
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    let of = |k: FindingKind| {
        report
            .findings
            .iter()
            .filter(move |f| f.kind == k)
            .collect::<Vec<_>>()
    };
    writeln!(out, "<h2>Conflicts ({})</h2>", s.conflicts)?;
    for f in of(FindingKind::Conflict) {
        finding(f, "conflict", out)?;
    }
    matrix(report, out)?;
    for g in super::grids(report) {
        writeln!(
            out,
            "<h2>{}</h2><table><tr><th>{}</th>",
            esc(&g.title),
            g.corner
        )?;
        for a in g.columns {
            write!(out, "<th>{}</th>", esc(a))?;
        }
        writeln!(out, "</tr>")?;
        for r in &g.rows {
            write!(
                out,
                "<tr{}><td>{}</td>",
                if r.flagged { " class=\"differs\"" } else { "" },
                esc(r.label)
            )?;
            for c in r.cells {
                let class = match (c.is_empty(), r.flagged) {
                    (true, true) => " class=\"missing\"",
                    (false, true) if g.corner == "who" => " class=\"conflict\"",
                    _ => "",
                };
                write!(
                    out,
                    "<td{class}>{}</td>",
                    if c.is_empty() {
                        "—".to_string()
                    } else {
                        esc(c)
                    }
                )?;
            }
            writeln!(out, "</tr>")?;
        }
        writeln!(out, "</table>")?;
    }
    for (kind, title, class) in [
        (FindingKind::NotComparable, "Not comparable", "nc"),
        (FindingKind::Agreement, "Agreements", "agreement"),
        (FindingKind::SingleSource, "Single source", "single"),
    ] {
        let group = of(kind);
        if group.is_empty() {
            continue;
        }
        writeln!(out, "<details><summary>{title} ({})</summary>", group.len())?;
        for f in group {
            finding(f, class, out)?;
        }
        writeln!(out, "</details>")?;
    }
    writeln!(
        out,
        "<p class=\"notes\">xcheck {} · schema {}</p></body></html>",
        esc(&report.xcheck),
        report.schema
    )
}

/// Topics × articles: conflict, agrees, only here, or silent.
fn matrix(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut cells: BTreeMap<&str, BTreeMap<&str, FindingKind>> = BTreeMap::new();
    for f in &report.findings {
        let row = cells.entry(f.topic.as_str()).or_default();
        for a in &f.articles {
            let e = row.entry(a.as_str()).or_insert(f.kind);
            // Conflict outranks the rest, agreement outranks single source.
            if f.kind < *e {
                *e = f.kind;
            }
        }
    }
    writeln!(out, "<h2>Claims × articles</h2><table><tr><th>topic</th>")?;
    for a in &report.articles {
        write!(out, "<th>{}</th>", esc(&a.id))?;
    }
    writeln!(out, "</tr>")?;
    for (topic, row) in &cells {
        write!(out, "<tr><td>{}</td>", esc(topic))?;
        for a in &report.articles {
            let (class, text) = match row.get(a.id.as_str()) {
                Some(FindingKind::Conflict) => ("conflict", "conflicts"),
                Some(FindingKind::Agreement) => ("agrees", "agrees"),
                Some(FindingKind::SingleSource) => ("only", "only here"),
                Some(FindingKind::NotComparable) => ("nc", "unclear"),
                None => ("", ""),
            };
            write!(out, "<td class=\"{class}\">{text}</td>")?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</table>")
}

fn finding(f: &Finding, class: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<div class=\"finding {class}\"><div class=\"type\">{} · {}</div>",
        esc(f.kind_type.as_str()),
        esc(&f.topic)
    )?;
    writeln!(out, "<p>{}</p>", marked(&f.summary, &f.marks))?;
    if !f.notes.is_empty() {
        writeln!(
            out,
            "<ul class=\"notes\">{}</ul>",
            f.notes
                .iter()
                .map(|n| format!("<li>{}</li>", esc(n)))
                .collect::<String>()
        )?;
    }
    writeln!(out, "<div class=\"sides\">")?;
    for e in &f.evidence {
        writeln!(
            out,
            "<div class=\"side\"><div class=\"where\">{}:{}</div>{}</div>",
            esc(&e.article),
            e.line,
            marked(&e.text, &f.marks)
        )?;
    }
    writeln!(out, "</div></div>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_escaped_and_wrapped() {
        assert_eq!(
            marked("a <b> penalty, not a punishment", &["penalty".into()]),
            "a &lt;b&gt; <mark>penalty</mark>, not a punishment"
        );
        assert_eq!(marked("x", &[]), "x");
    }
}
