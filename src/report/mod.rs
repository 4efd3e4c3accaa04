//! Printers: each renders the one [`Report`] value; none computes findings.

pub mod html;
pub mod json;
pub mod markdown;
pub mod sanitize;
pub mod text;

use std::io::{self, Write};

use crate::model::Report;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Html,
}

/// How a printer should write, decided once from flags and the terminal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Escape control and bidi characters of article text (stdout is a terminal).
    pub escape_controls: bool,
    /// Text: only the header and any baseline difference.
    pub quiet: bool,
    /// Text: show the rule behind each finding.
    pub verbose: bool,
}

/// A table of the report seen the same way by every printer: complete lists side by
/// side, and who attended each event.
pub struct Grid<'a> {
    pub title: String,
    /// Heading of the first column ("place", "who").
    pub corner: &'static str,
    pub columns: &'a [String],
    pub rows: Vec<GridRow<'a>>,
}

/// One row: its label, one cell per column ("" where silent), and whether it is flagged
/// (a list lacks the place; the articles contradict each other).
pub struct GridRow<'a> {
    pub label: &'a str,
    pub cells: &'a [String],
    pub flagged: bool,
}

/// The report's tables, lists first.
pub fn grids(report: &Report) -> Vec<Grid<'_>> {
    let lists = report.lists.iter().map(|t| Grid {
        title: format!("Complete lists: {}", t.topic),
        corner: "place",
        columns: &t.articles,
        rows: t
            .rows
            .iter()
            .map(|r| GridRow {
                label: &r.place,
                cells: &r.cells,
                flagged: r.differs,
            })
            .collect(),
    });
    let events = report.events.iter().map(|t| Grid {
        title: format!("Who attended: {}", t.event),
        corner: "who",
        columns: &t.articles,
        rows: t
            .rows
            .iter()
            .map(|r| GridRow {
                label: &r.who,
                cells: &r.cells,
                flagged: r.conflict,
            })
            .collect(),
    });
    lists.chain(events).collect()
}

/// Writes the report in the chosen format.
pub fn render(
    report: &Report,
    format: Format,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::render(report, options, out),
        Format::Json => json::render(report, out),
        Format::Markdown => markdown::render(report, out),
        Format::Html => html::render(report, out),
    }
}
