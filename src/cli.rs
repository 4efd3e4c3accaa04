//! Command-line arguments (clap derive, no logic) and their one conversion into a
//! [`Config`].

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

use xcheck::article::{DEFAULT_MAX_BYTES, Input};
use xcheck::report::Format;

const AFTER_HELP: &str = "\
Exit codes:
  0  the articles were read and no conflict was found
  1  at least one conflict was found
  2  a usage error, or an input could not be read cleanly (missing, empty, binary, too
     large, not UTF-8); the other inputs are still checked and reported. 2 wins over 1.

Inputs: files, directories (their *.txt files, sorted, not recursing) and - for standard
input. Text that is not UTF-8 is read with replacement characters and reported.";

/// Cross-checks what several news articles claim about one story: lists of places,
/// where they agree, where they conflict, and what rests on a single source.
#[derive(Debug, Parser)]
#[command(name = "xcheck", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// Article files, directories of *.txt files, or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Refuse input files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A report for people.
    Text,
    /// One JSON document for tools (see the model module docs).
    Json,
}

/// Everything a run needs, validated.
#[derive(Debug)]
pub struct Config {
    pub inputs: Vec<Input>,
    pub format: Format,
    pub max_bytes: u64,
}

impl Args {
    pub fn into_config(self) -> Config {
        Config {
            inputs: self
                .inputs
                .into_iter()
                .map(|p| {
                    if p.as_os_str() == "-" {
                        Input::Stdin
                    } else {
                        Input::Path(p)
                    }
                })
                .collect(),
            format: match self.format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
            },
            max_bytes: self.max_bytes,
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
