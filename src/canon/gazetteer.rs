//! General geographic knowledge, loaded at build time from `data/`: states with their AP
//! abbreviations and USPS codes, well-known cities with their states and counties,
//! consolidated governments and their other names, and countries.
//!
//! Lookups take folded names (see [`fold_name`]); nothing here knows any one story.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::model::PlaceKind;
use crate::text::normalize::fold_name;

/// A state, DC or a territory.
#[derive(Debug, Clone)]
pub struct State {
    /// USPS code ("IL").
    pub code: String,
    /// Full name ("Illinois").
    pub name: String,
    /// AP abbreviations with their periods ("Ill."); empty when AP spells the name out.
    pub ap: Vec<String>,
}

/// A city the gazetteer knows.
#[derive(Debug, Clone)]
pub struct City {
    pub name: String,
    pub state: String,
    /// The county that holds most of the city, folded without "County" ("cook").
    pub county: Option<String>,
}

/// A consolidated government known under several names.
#[derive(Debug, Clone)]
pub struct Consolidated {
    pub core: String,
    pub state: String,
    pub kind: PlaceKind,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    states: Vec<State>,
    /// Folded full name → index in `states`.
    state_names: HashMap<String, usize>,
    /// AP abbreviation without periods, lowercased ("ill", "wva") → index.
    state_ap: HashMap<String, usize>,
    /// USPS code, uppercase → index.
    state_codes: HashMap<String, usize>,
    /// Folded city name (and folded other names) → cities of that name.
    cities: HashMap<String, Vec<usize>>,
    city_list: Vec<City>,
    /// (folded other name, state) → consolidated government.
    consolidated: HashMap<(String, String), usize>,
    /// folded other name → consolidated governments under that name in any state.
    consolidated_any: HashMap<String, Vec<usize>>,
    consolidated_list: Vec<Consolidated>,
    /// Folded name or other name → canonical country name.
    countries: HashMap<String, String>,
}

static GAZ: OnceLock<Gazetteer> = OnceLock::new();

/// The one gazetteer: the data files, plus what `configure` added before first use.
pub fn gazetteer() -> &'static Gazetteer {
    GAZ.get_or_init(Gazetteer::builtin)
}

/// Adds places from a configuration file; must run before the first lookup.
pub fn configure(extra: &PlaceConfig) -> Result<(), String> {
    let mut g = Gazetteer::builtin();
    g.extend(extra)?;
    GAZ.set(g)
        .map_err(|_| "the gazetteer was already in use when the configuration came".to_string())
}

/// Places a user adds in `xcheck.toml`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceConfig {
    /// "Name, ST" or "Name, ST, County Name".
    #[serde(default)]
    pub cities: Vec<String>,
    /// Other name → "Name, ST" of a city the gazetteer knows (or `cities` adds).
    #[serde(default)]
    pub aliases: std::collections::BTreeMap<String, String>,
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn list_field(field: &str) -> impl Iterator<Item = &str> {
    field
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
}

/// "Jefferson County", "East Baton Rouge Parish": a county name any state could have.
fn is_plain_county(name: &str) -> bool {
    let plain = !name.contains(" and ")
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '.' || c == '\'');
    plain && (name.ends_with(" County") || name.ends_with(" Parish"))
}

/// Strips a trailing "County" or "Parish" from a folded county name.
pub fn county_core(folded: &str) -> &str {
    folded
        .strip_suffix(" county")
        .or_else(|| folded.strip_suffix(" parish"))
        .unwrap_or(folded)
}

impl Gazetteer {
    /// The gazetteer of the data files alone.
    pub fn builtin() -> Gazetteer {
        Gazetteer::from_data(
            include_str!("../../data/states.tsv"),
            include_str!("../../data/cities.tsv"),
            include_str!("../../data/consolidated.tsv"),
            include_str!("../../data/countries.txt"),
        )
    }

    /// Adds a configuration's cities and other names.
    pub fn extend(&mut self, extra: &PlaceConfig) -> Result<(), String> {
        for c in &extra.cities {
            let f: Vec<&str> = c.split(',').map(str::trim).collect();
            if f.len() < 2 || self.state(f[1]).is_none() {
                return Err(format!(
                    "places.cities: \"{c}\" is not \"Name, ST[, County]\""
                ));
            }
            let i = self.city_list.len();
            self.city_list.push(City {
                name: f[0].to_string(),
                state: f[1].to_string(),
                county: f.get(2).map(|x| county_core(&fold_name(x)).to_string()),
            });
            self.cities.entry(fold_name(f[0])).or_default().push(i);
        }
        for (alias, target) in &extra.aliases {
            let (name, state) = target
                .rsplit_once(',')
                .map(|(n, s)| (n.trim(), s.trim()))
                .ok_or_else(|| format!("places.aliases: \"{target}\" is not \"Name, ST\""))?;
            let i = self.cities.get(&fold_name(name)).and_then(|v| {
                v.iter()
                    .copied()
                    .find(|&i| self.city_list[i].state == state)
            });
            let Some(i) = i else {
                return Err(format!(
                    "places.aliases: no city \"{target}\" to call \"{alias}\""
                ));
            };
            self.cities.entry(fold_name(alias)).or_default().push(i);
        }
        Ok(())
    }

    pub fn from_data(states: &str, cities: &str, consolidated: &str, countries: &str) -> Self {
        let mut g = Gazetteer::default();
        for line in data_lines(states) {
            let f: Vec<&str> = line.split('\t').collect();
            let (code, name, ap) = (f[0], f[1], f.get(2).copied().unwrap_or("-"));
            let i = g.states.len();
            g.state_names.insert(fold_name(name), i);
            g.state_codes.insert(code.to_string(), i);
            let ap: Vec<String> = list_field(ap).map(str::to_string).collect();
            for a in &ap {
                g.state_ap.insert(fold_name(a).replace(' ', ""), i);
            }
            g.states.push(State {
                code: code.to_string(),
                name: name.to_string(),
                ap,
            });
        }
        for line in data_lines(cities) {
            let f: Vec<&str> = line.split('\t').collect();
            let county = f
                .get(2)
                .filter(|c| **c != "-")
                .map(|c| county_core(&fold_name(c)).to_string());
            let i = g.city_list.len();
            g.city_list.push(City {
                name: f[0].to_string(),
                state: f[1].to_string(),
                county,
            });
            let mut names = vec![fold_name(f[0])];
            names.extend(list_field(f.get(3).copied().unwrap_or("-")).map(fold_name));
            for n in names {
                let entry = g.cities.entry(n).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
            }
        }
        for line in data_lines(consolidated) {
            let f: Vec<&str> = line.split('\t').collect();
            let kind = if f[2] == "metro" {
                PlaceKind::Metro
            } else {
                PlaceKind::CityCounty
            };
            let i = g.consolidated_list.len();
            g.consolidated_list.push(Consolidated {
                core: f[0].to_string(),
                state: f[1].to_string(),
                kind,
            });
            for alias in list_field(f.get(3).copied().unwrap_or("-")) {
                let folded = fold_name(alias);
                g.consolidated.insert((folded.clone(), f[1].to_string()), i);
                // Only names that no other state could also use resolve without a
                // state: never a plain "Jefferson County".
                if !is_plain_county(alias) {
                    g.consolidated_any.entry(folded).or_default().push(i);
                }
            }
        }
        for line in data_lines(countries) {
            let mut parts = line.split(" | ");
            let name = parts.next().unwrap_or_default().trim();
            g.countries.insert(fold_name(name), name.to_string());
            for alias in parts.flat_map(list_field) {
                g.countries.insert(fold_name(alias), name.to_string());
            }
        }
        g
    }

    pub fn state(&self, code: &str) -> Option<&State> {
        self.state_codes.get(code).map(|&i| &self.states[i])
    }

    /// A state by its full name ("West Virginia", any case).
    pub fn state_by_name(&self, name: &str) -> Option<&State> {
        self.state_names
            .get(&fold_name(name))
            .map(|&i| &self.states[i])
    }

    /// A state by an abbreviation as written: an AP form with or without its final
    /// period ("Ill.", "Ill", "W.Va."), which must start with a capital, or a USPS
    /// code, which must be in capitals ("IN", never "in").
    pub fn state_by_abbreviation(&self, token: &str) -> Option<&State> {
        if !token.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        if token.len() == 2 && token.chars().all(|c| c.is_ascii_uppercase()) {
            return self.state(token);
        }
        let key: String = token
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        self.state_ap.get(&key).map(|&i| &self.states[i])
    }

    /// Every state, DC and territory.
    pub fn states(&self) -> impl Iterator<Item = &State> {
        self.states.iter()
    }

    /// A state by full name or abbreviation.
    pub fn state_any(&self, token: &str) -> Option<&State> {
        self.state_by_abbreviation(token)
            .or_else(|| self.state_by_name(token))
    }

    /// Every AP abbreviation with its period, for the sentence splitter.
    pub fn ap_abbreviations(&self) -> impl Iterator<Item = &str> {
        self.states
            .iter()
            .flat_map(|s| s.ap.iter().map(String::as_str))
    }

    /// The AP way to name a state after a place: "Ill.", or "Ohio" where AP spells it out.
    pub fn ap_name<'a>(&'a self, code: &'a str) -> &'a str {
        match self.state(code) {
            Some(s) => s.ap.first().unwrap_or(&s.name),
            None => code,
        }
    }

    /// Whether `folded` (a name as [`fold_name`] gives it) is the full name of the state
    /// whose code is `code`.
    pub fn is_state_named(&self, folded: &str, code: &str) -> bool {
        self.state_names
            .get(folded)
            .is_some_and(|&i| self.states[i].code == code)
    }

    /// Cities known under a folded name (or one of their other names).
    pub fn cities(&self, folded: &str) -> Vec<&City> {
        self.cities
            .get(folded)
            .map(|v| v.iter().map(|&i| &self.city_list[i]).collect())
            .unwrap_or_default()
    }

    /// True when the folded name is another name of a city ("new york city"), not its
    /// own name.
    pub fn is_city_alias(&self, folded: &str) -> bool {
        self.cities(folded)
            .iter()
            .all(|c| fold_name(&c.name) != folded)
            && !self.cities(folded).is_empty()
    }

    /// A consolidated government by one of its names. Without a state, a plain "X County"
    /// name is never resolved (there are many Jefferson Counties); longer names are, when
    /// only one government carries them.
    pub fn consolidated(&self, folded: &str, state: Option<&str>) -> Option<&Consolidated> {
        if let Some(st) = state {
            return self
                .consolidated
                .get(&(folded.to_string(), st.to_string()))
                .map(|&i| &self.consolidated_list[i]);
        }
        match self.consolidated_any.get(folded) {
            Some(v) if v.len() == 1 => Some(&self.consolidated_list[v[0]]),
            _ => None,
        }
    }

    /// True when some consolidated government in some state carries this folded name.
    pub fn is_consolidated_name(&self, folded: &str) -> bool {
        self.consolidated_any.contains_key(folded)
    }

    /// True when the folded core name is a consolidated city-county or metro in `state`.
    pub fn consolidated_core(&self, folded_core: &str, state: &str) -> Option<&Consolidated> {
        self.consolidated_list
            .iter()
            .find(|c| c.state == state && fold_name(&c.core) == folded_core)
    }

    pub fn country(&self, folded: &str) -> Option<&str> {
        self.countries.get(folded).map(String::as_str)
    }

    /// Whether a folded name is the country whose places the gazetteer holds
    /// (`data/home_country.txt`): "US" in "7 US cities" narrows nothing.
    pub fn is_home_country(&self, folded: &str) -> bool {
        static HOME: std::sync::LazyLock<Option<&'static str>> = std::sync::LazyLock::new(|| {
            crate::data::lines(include_str!("../../data/home_country.txt")).next()
        });
        HOME.is_some_and(|home| self.country(folded) == Some(home))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_by_every_form() {
        let g = gazetteer();
        assert_eq!(g.state_by_abbreviation("Ill").unwrap().code, "IL");
        assert_eq!(g.state_by_abbreviation("Ill.").unwrap().code, "IL");
        assert_eq!(g.state_by_abbreviation("W.Va.").unwrap().code, "WV");
        assert_eq!(g.state_by_abbreviation("TN").unwrap().code, "TN");
        assert!(g.state_by_abbreviation("in").is_none());
        assert!(g.state_by_abbreviation("Ohio").is_none());
        assert_eq!(g.state_by_name("new mexico").unwrap().code, "NM");
        assert_eq!(g.ap_name("OH"), "Ohio");
        assert_eq!(g.ap_name("CA"), "Calif.");
        assert!(g.is_state_named("new york", "NY"));
        assert!(!g.is_state_named("new york", "NJ"));
        assert!(!g.is_state_named("albany", "NY"));
    }

    #[test]
    fn cities_and_consolidated_governments() {
        let g = gazetteer();
        assert_eq!(g.cities("boise")[0].state, "ID");
        assert_eq!(g.cities("springfield").len(), 3);
        assert!(g.is_city_alias("new york city"));
        let c = g.consolidated("city and county of honolulu", None).unwrap();
        assert_eq!((c.core.as_str(), c.state.as_str()), ("Honolulu", "HI"));
        assert!(g.consolidated("jefferson county", None).is_none());
        assert_eq!(g.country("the netherlands"), Some("Netherlands"));
    }
}
