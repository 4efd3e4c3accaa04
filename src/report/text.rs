//! The report for people: a header with counts, then conflicts, not-comparable notes,
//! agreements and single-source claims, each one sentence with its evidence lines
//! (`article:line: the words`).

use std::io::{self, Write};

use crate::model::{Finding, FindingKind, Report};

/// Notes shown per finding before "and N more".
const MAX_NOTES: usize = 6;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "xcheck {}: {} article{}, {} claim{}: {} conflict{}, {} agreement{}, {} single-source{}",
        report.xcheck,
        s.articles,
        plural(s.articles),
        s.claims,
        plural(s.claims),
        s.conflicts,
        plural(s.conflicts),
        s.agreements,
        plural(s.agreements),
        s.single_source,
        if s.not_comparable > 0 {
            format!(", {} not comparable", s.not_comparable)
        } else {
            String::new()
        }
    )?;
    for p in &report.problems {
        let what = if p.fatal {
            "skipped"
        } else {
            "read with repairs"
        };
        writeln!(out, "input {what}: {}: {}", p.path, p.message)?;
    }
    for kind in [
        FindingKind::Conflict,
        FindingKind::NotComparable,
        FindingKind::Agreement,
        FindingKind::SingleSource,
    ] {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| f.kind == kind).collect();
        if group.is_empty() {
            continue;
        }
        let title = match kind {
            FindingKind::Conflict => "CONFLICTS",
            FindingKind::NotComparable => "NOT COMPARABLE",
            FindingKind::Agreement => "AGREEMENTS",
            FindingKind::SingleSource => "SINGLE SOURCE",
        };
        writeln!(out, "\n{title} ({})", group.len())?;
        if kind == FindingKind::SingleSource {
            single_sources(&group, out)?;
        } else {
            for f in group {
                finding(f, out)?;
            }
        }
    }
    for table in &report.events {
        event_table(table, out)?;
    }
    if report.findings.is_empty() {
        writeln!(
            out,
            "\nNo findings: no claim was made by the articles in a form xcheck compares."
        )?;
    }
    Ok(())
}

fn finding(f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n  [{}] {}", f.kind_type.as_str(), f.topic)?;
    writeln!(out, "  {}", f.summary)?;
    for note in f.notes.iter().take(MAX_NOTES) {
        writeln!(out, "      note: {note}")?;
    }
    if f.notes.len() > MAX_NOTES {
        writeln!(
            out,
            "      note: … and {} more (see --format json)",
            f.notes.len() - MAX_NOTES
        )?;
    }
    for e in &f.evidence {
        writeln!(out, "    {}:{}: {}", e.article, e.line, e.text)?;
    }
    Ok(())
}

/// Single-source findings, briefly: one line each under their topic ("quote: Ann Lee").
fn single_sources(group: &[&Finding], out: &mut dyn Write) -> io::Result<()> {
    let mut topic = "";
    for f in group {
        if f.topic != topic {
            topic = &f.topic;
            writeln!(out, "\n  {topic}")?;
        }
        match f.evidence.first() {
            Some(e) => writeln!(out, "    {}:{}: {}", e.article, e.line, f.summary)?,
            None => writeln!(out, "    {}", f.summary)?,
        }
    }
    Ok(())
}

/// The who-attended table: rows are people, groups or the event, columns articles.
fn event_table(t: &crate::model::EventTable, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\nWHO ATTENDED: {}", t.event)?;
    let who_width = t
        .rows
        .iter()
        .map(|r| r.who.chars().count())
        .max()
        .unwrap_or(0)
        .max(3);
    let widths: Vec<usize> = t
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            t.rows
                .iter()
                .map(|r| r.cells[i].chars().count())
                .chain([a.chars().count().min(24)])
                .max()
                .unwrap_or(1)
        })
        .collect();
    let cut = |s: &str, w: usize| -> String {
        let n = s.chars().count();
        if n <= w {
            format!("{s}{}", " ".repeat(w - n))
        } else {
            format!("{}…", s.chars().take(w - 1).collect::<String>())
        }
    };
    let mut line = format!("    {}", cut("who", who_width));
    for (a, w) in t.articles.iter().zip(&widths) {
        line.push_str(&format!(" | {}", cut(a, *w)));
    }
    writeln!(out, "{}", line.trim_end())?;
    for r in &t.rows {
        let mut line = format!(
            "  {} {}",
            if r.conflict { "!" } else { " " },
            cut(&r.who, who_width)
        );
        for (c, w) in r.cells.iter().zip(&widths) {
            line.push_str(&format!(
                " | {}",
                cut(if c.is_empty() { "-" } else { c }, *w)
            ));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    if t.rows.iter().any(|r| r.conflict) {
        writeln!(
            out,
            "    (! marks a row where the articles contradict each other)"
        )?;
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
