//! Markdown for pull-request comments and issue bodies: a summary table, conflicts with
//! their evidence as quoted lines, then agreements and single-source claims folded in
//! `<details>`, then the tables.

use std::io::{self, Write};

use crate::model::{Finding, FindingKind, Report};

/// Text from articles, safe inside Markdown: HTML and table syntax neutralized.
fn md(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('`', "'")
        .replace(['\n', '\r'], " ")
}

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &report.summary;
    writeln!(out, "## xcheck report\n")?;
    writeln!(
        out,
        "| articles | claims | conflicts | agreements | single-source | not comparable |"
    )?;
    writeln!(out, "|---:|---:|---:|---:|---:|---:|")?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n",
        s.articles, s.claims, s.conflicts, s.agreements, s.single_source, s.not_comparable
    )?;
    for p in &report.problems {
        writeln!(
            out,
            "- **input problem:** `{}`: {}",
            md(&p.path),
            md(&p.message)
        )?;
    }
    if let Some(d) = &report.baseline {
        writeln!(out, "\n### Baseline\n")?;
        if d.is_empty() {
            writeln!(out, "No change since the baseline.")?;
        }
        for f in &d.appeared {
            writeln!(out, "- **appeared** `{}`: {}", md(&f.id), md(&f.summary))?;
        }
        for f in &d.disappeared {
            writeln!(out, "- **disappeared** `{}`: {}", md(&f.id), md(&f.summary))?;
        }
        for c in &d.changed {
            writeln!(
                out,
                "- **changed** `{}`: {} → {}",
                md(&c.id),
                md(&c.before),
                md(&c.after)
            )?;
        }
    }
    let of = |k: FindingKind| report.findings.iter().filter(move |f| f.kind == k);
    let conflicts: Vec<&Finding> = of(FindingKind::Conflict).collect();
    writeln!(out, "\n### Conflicts ({})\n", conflicts.len())?;
    if conflicts.is_empty() {
        writeln!(out, "None.")?;
    }
    for f in conflicts {
        finding(f, out)?;
    }
    for (kind, title) in [
        (FindingKind::NotComparable, "Not comparable"),
        (FindingKind::Agreement, "Agreements"),
        (FindingKind::SingleSource, "Single source"),
    ] {
        let group: Vec<&Finding> = of(kind).collect();
        if group.is_empty() {
            continue;
        }
        writeln!(
            out,
            "\n<details><summary>{title} ({})</summary>\n",
            group.len()
        )?;
        for f in group {
            finding(f, out)?;
        }
        writeln!(out, "</details>")?;
    }
    for g in super::grids(report) {
        writeln!(out, "\n### {}\n", md(&g.title))?;
        let head: Vec<String> = g.columns.iter().map(|a| md(a)).collect();
        writeln!(out, "| {} | {} |", g.corner, head.join(" | "))?;
        writeln!(out, "|---|{}", "---|".repeat(g.columns.len()))?;
        for r in &g.rows {
            let label = if r.flagged {
                format!("**{}** ⚠", md(r.label))
            } else {
                md(r.label)
            };
            let cells: Vec<String> = r
                .cells
                .iter()
                .map(|c| if c.is_empty() { "—".into() } else { md(c) })
                .collect();
            writeln!(out, "| {label} | {} |", cells.join(" | "))?;
        }
    }
    Ok(())
}

fn finding(f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "**[{}] {}** — {}\n",
        f.kind_type.as_str(),
        md(&f.topic),
        md(&f.summary)
    )?;
    for e in &f.evidence {
        writeln!(out, "> `{}:{}` {}  ", md(&e.article), e.line, md(&e.text))?;
    }
    writeln!(out)
}
