//! Printers: each renders the one [`Report`] value; none computes findings.

pub mod json;
pub mod text;

use std::io::{self, Write};

use crate::model::Report;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// Writes the report in the chosen format.
pub fn render(report: &Report, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => text::render(report, out),
        Format::Json => json::render(report, out),
    }
}
