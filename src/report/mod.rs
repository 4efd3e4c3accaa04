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
