//! The xcheck binary: parse arguments, run the library, print, map to an exit code.

mod cli;

use std::io::{self, BufReader, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{CommandFactory, Parser};

use cli::{Command, FailOn, OutputConfig, ReadConfig};
use xcheck::mapreduce::{Record, read_records, write_record};
use xcheck::model::{FindingKind, Report};

/// Exit codes (see `xcheck --help`): 2 (input or usage error) wins over 1 (findings).
const EXIT_CLEAN: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_INPUT_ERROR: u8 = 2;

/// Articles above which a run counts as long enough for a progress bar.
const PROGRESS_FROM: usize = 200;

fn main() -> ExitCode {
    // A bug met while reading one article is reported as that file's problem (the run
    // goes on); the panic itself gets one line, not a backtrace note.
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "xcheck: internal error: {}",
            info.to_string().replace('\n', " ")
        )
    }));
    let args = cli::Args::parse();
    let result = match args.command {
        Some(Command::Extract { inputs, reading }) => {
            run_extract(reading.into_config(inputs, false))
        }
        Some(Command::Compare { claims, output }) => run_compare(&claims, output.into_config()),
        Some(other) => print_generated(&other).map(|()| EXIT_CLEAN),
        None => {
            let output = args.output.into_config();
            let reading = args.reading.into_config(args.inputs, output.quiet);
            run_check(reading, output)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::from(EXIT_CLEAN),
        Err(e) => {
            eprintln!("xcheck: {e:#}");
            ExitCode::from(EXIT_INPUT_ERROR)
        }
    }
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
        Command::Extract { .. } | Command::Compare { .. } => unreachable!("handled in main"),
    }
    out.flush()?;
    Ok(())
}

/// Reads the configuration file (if any) and the inputs; reports input problems on stderr.
fn read(reading: &ReadConfig) -> anyhow::Result<(xcheck::Options, xcheck::article::Loaded)> {
    let options = match &reading.config {
        Some(path) => {
            let file = xcheck::config::load(path)?;
            xcheck::canon::gazetteer::configure(&file.places)
                .map_err(|e| anyhow::anyhow!("config {}: {e}", path.display()))?;
            file.options()
        }
        None => xcheck::Options::default(),
    };
    let loaded = xcheck::article::load(&reading.inputs, reading.max_bytes);
    for p in &loaded.problems {
        print_problem(p);
    }
    Ok((options, loaded))
}

/// One line on stderr for an input that failed or was read with a repair.
fn print_problem(p: &xcheck::model::Problem) {
    let what = if p.fatal { "" } else { " (warning)" };
    eprintln!("xcheck: {}: {}{what}", p.path, p.message);
}

fn run_check(reading: ReadConfig, output: OutputConfig) -> anyhow::Result<u8> {
    let started = Instant::now();
    let (mut options, loaded) = read(&reading)?;
    let read_time = started.elapsed();
    options.one_story = output.one_story;
    let bar = (reading.progress && loaded.articles.len() >= PROGRESS_FROM).then(|| {
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
    let read_problems = loaded.problems.len();
    let (report, timings) = xcheck::check_loaded(loaded, &options, &tick);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    for p in report.problems.iter().skip(read_problems) {
        print_problem(p);
    }
    finish(report, &output, Some((read_time, timings)))
}

/// The map step: one JSON line per article with its claims, one per input problem.
fn run_extract(reading: ReadConfig) -> anyhow::Result<u8> {
    let (options, loaded) = read(&reading)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for p in &loaded.problems {
        write_record(&mut out, &Record::Problem(p.clone()))?;
    }
    let problems = loaded.problems.len()
        + xcheck::mapreduce::write_articles(loaded.articles, &options, &mut out, &mut |p| {
            print_problem(p)
        })?;
    out.flush()?;
    Ok(if problems == 0 {
        EXIT_CLEAN
    } else {
        EXIT_INPUT_ERROR
    })
}

/// The reduce step: claims from `xcheck extract` grouped, judged and printed.
fn run_compare(claims: &std::path::Path, output: OutputConfig) -> anyhow::Result<u8> {
    let started = Instant::now();
    let extracted = if claims.as_os_str() == "-" {
        read_records(io::stdin().lock(), "standard input")?
    } else {
        let file =
            std::fs::File::open(claims).with_context(|| format!("reading {}", claims.display()))?;
        read_records(BufReader::new(file), &claims.display().to_string())?
    };
    let options = xcheck::Options {
        one_story: output.one_story,
        ..xcheck::Options::default()
    };
    let read_time = started.elapsed();
    let (mut report, timings) =
        xcheck::compare_claims_owned(extracted.articles, extracted.claims, &options);
    report.problems = extracted.problems;
    report.summary = xcheck::summarize(&report);
    finish(report, &output, Some((read_time, timings)))
}

/// Baseline, printing and the exit code, the same for every way of making a report.
/// `timings` (the time spent reading, and the library's steps) are printed on stderr
/// with the time spent printing when `--timings` asks for them.
fn finish(
    mut report: Report,
    config: &OutputConfig,
    timings: Option<(Duration, xcheck::Timings)>,
) -> anyhow::Result<u8> {
    let started = Instant::now();
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
    let code = if report.has_input_errors() {
        EXIT_INPUT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    if config.timings
        && let Some((read, steps)) = timings
    {
        eprintln!("{}", timings_line(read, steps, started.elapsed()));
    }
    // The process ends next: the operating system takes the report back at once, where
    // freeing a newsroom day's claims one by one would keep a core busy for nothing.
    std::mem::forget(report);
    Ok(code)
}

/// The `--timings` line: seconds for each step, in the order they ran.
fn timings_line(read: Duration, steps: xcheck::Timings, print: Duration) -> String {
    let steps = [
        ("read", read),
        ("extract", steps.extract),
        ("group", steps.group),
        ("judge", steps.judge),
        ("print", print),
    ];
    let total: Duration = steps.iter().map(|(_, d)| *d).sum();
    let parts: Vec<String> = steps
        .iter()
        .map(|(name, d)| format!("{name} {:.3}", d.as_secs_f64()))
        .collect();
    format!(
        "xcheck: timings (s): {}; total {:.3}",
        parts.join(", "),
        total.as_secs_f64()
    )
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
