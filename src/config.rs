//! `xcheck.toml`: places, other names of people and places, and boilerplate patterns a
//! newsroom adds to the built-in data. Unknown keys are errors that name the key.
//!
//! ```toml
//! [places]
//! cities = ["Smallville, KS, Lowell County"]
//! aliases = { "the Big Apple" = "New York, NY" }
//!
//! [people]
//! aliases = { "Ann Lee" = ["Annie Lee", "A. J. Lee"] }
//!
//! [boilerplate]
//! patterns = ["^Advertisement: "]
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use regex::Regex;
use serde::Deserialize;

use crate::canon::gazetteer::PlaceConfig;

/// The file's contents.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(default)]
    pub places: PlaceConfig,
    #[serde(default)]
    pub people: PeopleConfig,
    #[serde(default)]
    pub boilerplate: BoilerplateConfig,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleConfig {
    /// Canonical name → other names the articles use.
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoilerplateConfig {
    /// Regular expressions for whole lines of site debris (case-insensitive).
    #[serde(default)]
    pub patterns: Vec<String>,
}

/// The file name looked for from the current directory upward.
pub const FILE_NAME: &str = "xcheck.toml";

/// The nearest `xcheck.toml` in `start` or a directory above it.
pub fn find_upward(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Reads and checks a configuration file.
pub fn load(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading config {}", path.display()))?;
    let config: FileConfig =
        toml::from_str(&text).with_context(|| format!("config {}", path.display()))?;
    for p in &config.boilerplate.patterns {
        // A user's pattern is compiled as written (see clippy.toml).
        #[allow(clippy::disallowed_methods)]
        Regex::new(p)
            .with_context(|| format!("config {}: boilerplate pattern {p:?}", path.display()))?;
    }
    Ok(config)
}

impl FileConfig {
    /// The options this configuration sets for a check.
    pub fn options(&self) -> crate::Options {
        let boilerplate = self
            .boilerplate
            .patterns
            .iter()
            .filter_map(|p| {
                #[allow(clippy::disallowed_methods)]
                Regex::new(&format!("(?i){p}")).ok()
            })
            .collect();
        let mut person_aliases = BTreeMap::new();
        for (name, others) in &self.people.aliases {
            for o in others {
                person_aliases.insert(crate::text::normalize::fold_name(o), name.clone());
            }
        }
        crate::Options {
            boilerplate,
            person_aliases,
            one_story: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_named() {
        let err = toml::from_str::<FileConfig>("[people]\nalias = {}\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `alias`"), "{err}");
        let err = toml::from_str::<FileConfig>("[persons]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("persons"), "{err}");
    }

    #[test]
    fn a_full_file_reads() {
        let c: FileConfig = toml::from_str(
            "[places]\ncities = [\"Smallville, KS, Lowell County\"]\naliases = { \"Big Apple\" = \"New York, NY\" }\n[people]\naliases = { \"Ann Lee\" = [\"Annie Lee\"] }\n[boilerplate]\npatterns = [\"^Advertisement\"]\n",
        )
        .unwrap();
        let o = c.options();
        assert_eq!(
            o.person_aliases.get("annie lee").map(String::as_str),
            Some("Ann Lee")
        );
        assert_eq!(o.boilerplate.len(), 1);
    }
}
