//! The JSON report: the serde form of [`Report`] (documented in [`crate::model`]).

use std::io::{self, Write};

use crate::model::Report;

/// Pretty-printed JSON with a final newline.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
