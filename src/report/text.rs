//! The report for people: a header with counts, then conflicts, not-comparable notes,
//! agreements and single-source claims, each one sentence with its evidence lines
//! (`article:line: the words`).

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::RenderOptions;
use super::sanitize::escape_controls;
use crate::model::{BaselineDiff, Finding, FindingKind, Report};

const BOLD: Style = Style::new().bold();
const RED: Style = AnsiColor::Red.on_default().bold();
const GREEN: Style = AnsiColor::Green.on_default();
const YELLOW: Style = AnsiColor::Yellow.on_default();
const DIM: Style = Style::new().dimmed();

/// Stories listed by name in the header (all of them with -v).
const MAX_STORIES_LISTED: usize = 20;

/// Notes shown per finding before "and N more".
const MAX_NOTES: usize = 6;

/// Writes the text report. Styles are always written; the caller's stream (anstream)
/// strips them when colour is off, so the bytes of a piped report never change.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let clean = |s: &str| -> String {
        if options.escape_controls {
            escape_controls(s).into_owned()
        } else {
            s.to_string()
        }
    };
    let s = &report.summary;
    writeln!(
        out,
        "{BOLD}xcheck {}{BOLD:#}: {} article{}, {} claim{}: {} conflict{}, {} agreement{}, {} single-source{}",
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
        writeln!(
            out,
            "{YELLOW}input {what}{YELLOW:#}: {}: {}",
            clean(&p.path),
            p.message
        )?;
    }
    if !options.quiet && !report.stories.is_empty() {
        writeln!(out, "{} stories", report.stories.len())?;
        if report.stories.len() <= MAX_STORIES_LISTED || options.verbose {
            for st in &report.stories {
                let names: Vec<String> = st.articles.iter().map(|a| clean(a)).collect();
                writeln!(out, "  {}: {}", st.id, names.join(", "))?;
            }
        }
    }
    if let Some(diff) = &report.baseline {
        baseline(diff, out)?;
    }
    if options.quiet {
        return Ok(());
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
        let style = match kind {
            FindingKind::Conflict => RED,
            FindingKind::Agreement => GREEN,
            _ => BOLD,
        };
        writeln!(out, "\n{style}{title} ({}){style:#}", group.len())?;
        if kind == FindingKind::SingleSource {
            single_sources(&group, &clean, out)?;
        } else {
            for f in group {
                finding(f, options, &clean, out)?;
            }
        }
    }
    for table in &report.events {
        event_table(table, &clean, out)?;
    }
    if report.findings.is_empty() {
        writeln!(
            out,
            "\nNo findings: no claim was made by the articles in a form xcheck compares."
        )?;
    }
    Ok(())
}

fn finding(
    f: &Finding,
    options: &RenderOptions,
    clean: &dyn Fn(&str) -> String,
    out: &mut dyn Write,
) -> io::Result<()> {
    let story = f
        .story
        .as_deref()
        .map(|s| format!("{s} · "))
        .unwrap_or_default();
    writeln!(
        out,
        "\n  {BOLD}[{}]{BOLD:#} {story}{}",
        f.kind_type.as_str(),
        clean(&f.topic)
    )?;
    writeln!(out, "  {}", clean(&f.summary))?;
    if options.verbose {
        writeln!(
            out,
            "      {DIM}rule: {}  id: {}{DIM:#}",
            f.rule,
            clean(&f.id)
        )?;
    }
    for note in f.notes.iter().take(MAX_NOTES) {
        writeln!(out, "      {DIM}note:{DIM:#} {}", clean(note))?;
    }
    if f.notes.len() > MAX_NOTES {
        writeln!(
            out,
            "      {DIM}note: … and {} more (see --format json){DIM:#}",
            f.notes.len() - MAX_NOTES
        )?;
    }
    for e in &f.evidence {
        writeln!(
            out,
            "    {DIM}{}:{}:{DIM:#} {}",
            clean(&e.article),
            e.line,
            clean(&e.text)
        )?;
    }
    Ok(())
}

/// What changed since the baseline, before anything else.
fn baseline(d: &BaselineDiff, out: &mut dyn Write) -> io::Result<()> {
    if d.is_empty() {
        return writeln!(out, "{GREEN}baseline: no change{GREEN:#}");
    }
    writeln!(
        out,
        "{RED}baseline: {} appeared, {} disappeared, {} changed{RED:#}",
        d.appeared.len(),
        d.disappeared.len(),
        d.changed.len()
    )?;
    for f in &d.appeared {
        writeln!(
            out,
            "  + [{}] {}\n      {}",
            f.kind_type.as_str(),
            f.id,
            f.summary
        )?;
    }
    for f in &d.disappeared {
        writeln!(
            out,
            "  - [{}] {}\n      {}",
            f.kind_type.as_str(),
            f.id,
            f.summary
        )?;
    }
    for c in &d.changed {
        writeln!(
            out,
            "  ~ {}\n      was: {}\n      now: {}",
            c.id, c.before, c.after
        )?;
    }
    Ok(())
}

/// Single-source findings, briefly: one line each under their topic ("quote: Ann Lee").
fn single_sources(
    group: &[&Finding],
    clean: &dyn Fn(&str) -> String,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut topic = "";
    for f in group {
        if f.topic != topic {
            topic = &f.topic;
            writeln!(out, "\n  {BOLD}{}{BOLD:#}", clean(topic))?;
        }
        match f.evidence.first() {
            Some(e) => writeln!(
                out,
                "    {DIM}{}:{}:{DIM:#} {}",
                clean(&e.article),
                e.line,
                clean(&f.summary)
            )?,
            None => writeln!(out, "    {}", clean(&f.summary))?,
        }
    }
    Ok(())
}

/// The who-attended table: rows are people, groups or the event, columns articles.
fn event_table(
    t: &crate::model::EventTable,
    clean: &dyn Fn(&str) -> String,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "\n{BOLD}WHO ATTENDED: {}{BOLD:#}", clean(&t.event))?;
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
