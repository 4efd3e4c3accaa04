//! Command-line arguments (clap derive, no logic) and their one conversion into a
//! [`Config`], the only place that looks at the terminal.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use xcheck::article::{DEFAULT_MAX_BYTES, Input};
use xcheck::report::{Format, RenderOptions};

const AFTER_HELP: &str = "\
Exit codes:
  0  the articles were read and nothing at or above --fail-on was found (with --baseline:
     the findings equal the baseline's)
  1  findings at or above --fail-on (conflicts by default), or findings that differ from
     the --baseline
  2  a usage error, or an input could not be read cleanly (missing, empty, binary, too
     large, not UTF-8, a bad baseline); the other inputs are still checked and reported.
     2 wins over 1.

Inputs: files, directories (their .txt, .html and .jsonl files, sorted, not recursing) and - for standard
input. Web pages (.html) give their article text; JSON Lines (.jsonl) give one article
per {id, title, text, url, source, published} record. Text that is not UTF-8
is read with replacement characters and reported.

Configuration: the nearest xcheck.toml from the current directory upward (or --config,
or none with --no-config) adds places, other names of people and places, and
boilerplate patterns.

Map and reduce: `xcheck extract FILES > claims.jsonl` writes each article's claims;
`xcheck compare claims.jsonl` groups and judges them, exactly as one run would.
Other commands: `xcheck completions <SHELL>`, `xcheck man`, `xcheck schema`.";

/// Cross-checks what several news articles claim about one story: lists of places,
/// quotes, counts, citations, dates, titles and attendance; where they agree, where they
/// conflict, and what rests on a single source.
#[derive(Debug, Parser)]
#[command(
    name = "xcheck",
    version,
    about,
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Article files, directories of articles, or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub inputs: Vec<PathBuf>,

    #[command(flatten)]
    pub reading: ReadArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// How inputs are read.
#[derive(Debug, Clone, clap::Args)]
pub struct ReadArgs {
    /// Refuse input files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Read this configuration file instead of the nearest xcheck.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Read no configuration file.
    #[arg(long)]
    pub no_config: bool,
}

/// How findings are judged and printed.
#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Which findings make the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict, value_name = "LEVEL")]
    pub fail_on: FailOn,

    /// Compare the findings with a report written by --write-baseline; exit 1 when they
    /// differ.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,

    /// Write the JSON report to FILE as a baseline for later runs.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// Print only the header line (text) or nothing on success (other formats).
    #[arg(short, long)]
    pub quiet: bool,

    /// Print the rule behind each finding (text format).
    #[arg(short, long)]
    pub verbose: bool,

    /// Compare all articles as one story instead of grouping them into stories.
    #[arg(long)]
    pub one_story: bool,

    /// Print on stderr how long each step took: reading, extraction, grouping,
    /// judging and printing.
    #[arg(long)]
    pub timings: bool,

    #[command(flatten)]
    pub color: colorchoice_clap::Color,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write each article's claims as JSON Lines (the map step; one article in, its
    /// claims out).
    Extract {
        /// Article files, directories of articles, or - for standard input.
        #[arg(required = true, value_name = "PATH")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        reading: ReadArgs,
    },
    /// Group and judge claims written by `xcheck extract` (the reduce step).
    Compare {
        /// A JSON Lines file from `xcheck extract`, or - for standard input.
        #[arg(value_name = "CLAIMS")]
        claims: PathBuf,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
    /// Print the JSON Schema of the JSON report.
    Schema,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A report for people.
    Text,
    /// One JSON document for tools (see `xcheck schema`).
    Json,
    /// Markdown for pull-request comments and issue bodies.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// Which findings fail the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any conflict.
    Conflict,
    /// Any conflict or single-source claim.
    SingleSource,
    /// Never (input errors still exit 2).
    Never,
}

/// How to read, validated.
#[derive(Debug)]
pub struct ReadConfig {
    pub inputs: Vec<Input>,
    pub max_bytes: u64,
    /// The configuration file to read, if any.
    pub config: Option<PathBuf>,
    /// Show a progress bar on stderr (a terminal, and not quiet).
    pub progress: bool,
}

/// How to judge and print, validated.
#[derive(Debug)]
pub struct OutputConfig {
    pub format: Format,
    pub render: RenderOptions,
    pub fail_on: FailOn,
    pub baseline: Option<PathBuf>,
    pub write_baseline: Option<PathBuf>,
    pub quiet: bool,
    pub one_story: bool,
    pub timings: bool,
}

impl ReadArgs {
    /// Reads the working directory once, here, to find a configuration file.
    pub fn into_config(self, inputs: Vec<PathBuf>, quiet: bool) -> ReadConfig {
        let config = if self.no_config {
            None
        } else {
            self.config.or_else(|| {
                std::env::current_dir()
                    .ok()
                    .and_then(|d| xcheck::config::find_upward(&d))
            })
        };
        ReadConfig {
            inputs: inputs
                .into_iter()
                .map(|p| {
                    if p.as_os_str() == "-" {
                        Input::Stdin
                    } else {
                        Input::Path(p)
                    }
                })
                .collect(),
            max_bytes: self.max_bytes,
            config,
            progress: std::io::stderr().is_terminal() && !quiet,
        }
    }
}

impl OutputArgs {
    /// Reads the terminal state once, here.
    pub fn into_config(self) -> OutputConfig {
        self.color.write_global();
        OutputConfig {
            format: match self.format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Html => Format::Html,
            },
            render: RenderOptions {
                escape_controls: std::io::stdout().is_terminal(),
                quiet: self.quiet,
                verbose: self.verbose,
            },
            fail_on: self.fail_on,
            baseline: self.baseline,
            write_baseline: self.write_baseline,
            quiet: self.quiet,
            one_story: self.one_story,
            timings: self.timings,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        super::Args::command().debug_assert();
    }
}
