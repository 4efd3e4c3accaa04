//! The xcheck binary: parse arguments, run the library, print, map to an exit code.

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};

use cli::{Command, Config, FailOn};
use xcheck::model::{FindingKind, Report};

/// Exit codes (see `xcheck --help`): 2 (input or usage error) wins over 1 (findings).
const EXIT_CLEAN: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_INPUT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    if let Some(command) = &args.command {
        return match print_generated(command) {
            Ok(()) => ExitCode::from(EXIT_CLEAN),
            Err(e) => fail(&e),
        };
    }
    match run(args.into_config()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => fail(&e),
    }
}

fn fail(e: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(e) {
        return ExitCode::from(EXIT_CLEAN);
    }
    eprintln!("xcheck: {e:#}");
    ExitCode::from(EXIT_INPUT_ERROR)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

/// Completions, the man page and the JSON Schema, all generated from definitions.
fn print_generated(command: &Command) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut cli::Args::command(), "xcheck", &mut out);
        }
        Command::Man => clap_mangen::Man::new(cli::Args::command()).render(&mut out)?,
        Command::Schema => writeln!(out, "{}", xcheck::model::json_schema())?,
    }
    out.flush()?;
    Ok(())
}

/// Articles above which a run counts as long enough for a progress bar.
const PROGRESS_FROM: usize = 200;

fn run(config: Config) -> anyhow::Result<u8> {
    let mut options = match &config.config {
        Some(path) => {
            let file = xcheck::config::load(path)?;
            xcheck::canon::gazetteer::configure(&file.places)
                .map_err(|e| anyhow::anyhow!("config {}: {e}", path.display()))?;
            file.options()
        }
        None => xcheck::Options::default(),
    };
    options.one_story = config.one_story;
    let loaded = xcheck::article::load(&config.inputs, config.max_bytes);
    for p in &loaded.problems {
        let what = if p.fatal { "" } else { " (warning)" };
        eprintln!("xcheck: {}: {}{what}", p.path, p.message);
    }
    let bar = (config.progress && loaded.articles.len() >= PROGRESS_FROM).then(|| {
        indicatif::ProgressBar::new(loaded.articles.len() as u64).with_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        )
    });
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let mut report = xcheck::check_loaded(loaded, &options, &tick);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if let Some(path) = &config.baseline {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading baseline {}", path.display()))?;
        let old: Report = serde_json::from_str(&text).with_context(|| {
            format!(
                "reading baseline {}: not an xcheck JSON report",
                path.display()
            )
        })?;
        report.baseline = Some(xcheck::baseline::diff(&old, &report));
    }
    if let Some(path) = &config.write_baseline {
        let mut json = Vec::new();
        xcheck::report::render(
            &report,
            xcheck::report::Format::Json,
            &config.render,
            &mut json,
        )?;
        std::fs::write(path, json)
            .with_context(|| format!("writing baseline {}", path.display()))?;
    }
    let failing = match &report.baseline {
        Some(diff) => !diff.is_empty(),
        None => match config.fail_on {
            FailOn::Conflict => report.summary.conflicts > 0,
            FailOn::SingleSource => report
                .findings
                .iter()
                .any(|f| matches!(f.kind, FindingKind::Conflict | FindingKind::SingleSource)),
            FailOn::Never => false,
        },
    };
    let silent = config.quiet
        && !failing
        && !report.has_input_errors()
        && config.format != xcheck::report::Format::Text;
    if !silent {
        let mut out = anstream::stdout().lock();
        xcheck::report::render(&report, config.format, &config.render, &mut out)?;
        out.flush()?;
    }
    Ok(if report.has_input_errors() {
        EXIT_INPUT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}
