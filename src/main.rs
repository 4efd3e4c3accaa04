//! The xcheck binary: parse arguments, run the library, print, map to an exit code.

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

/// Exit codes (see `xcheck --help`): 2 (input or usage error) wins over 1 (conflicts).
const EXIT_CLEAN: u8 = 0;
const EXIT_CONFLICTS: u8 = 1;
const EXIT_INPUT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let config = cli::Args::parse().into_config();
    let loaded = xcheck::article::load(&config.inputs, config.max_bytes);
    for p in &loaded.problems {
        let what = if p.fatal { "" } else { " (warning)" };
        eprintln!("xcheck: {}: {}{what}", p.path, p.message);
    }
    let report = xcheck::check_loaded(loaded, &xcheck::Options::default());
    let mut stdout = io::stdout().lock();
    let written =
        xcheck::report::render(&report, config.format, &mut stdout).and_then(|()| stdout.flush());
    if let Err(e) = written
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("xcheck: writing the report: {e}");
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    if report.has_input_errors() {
        ExitCode::from(EXIT_INPUT_ERROR)
    } else if report.conflicts() > 0 {
        ExitCode::from(EXIT_CONFLICTS)
    } else {
        ExitCode::from(EXIT_CLEAN)
    }
}
