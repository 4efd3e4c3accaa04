//! Reading one place from text and giving it a canonical form: core name, kind, state.
//!
//! The kind comes from the form ("State of X", "X County", "City and County of X",
//! "X Metro", "Metropolitan Government of X") or from the gazetteer; the state from a
//! qualifier (", Ill.", " (Oregon)", " in Illinois", " TN") or from the gazetteer when the
//! name is known in one state only. A name the gazetteer does not know still parses when
//! its form or a qualifier says it is a place.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::gazetteer::{State, county_core, gazetteer};
use crate::model::{Place, PlaceKind};
use crate::text::normalize::fold_name;
use crate::text::pattern;

/// A place read from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedPlace {
    /// The words of the place, qualifier included, as offsets into the text parsed.
    pub range: Range<usize>,
    pub place: Place,
    /// The form, a qualifier or the gazetteer says this is a place; a bare unknown
    /// capitalized name is not confident.
    pub confident: bool,
    /// A bare name that is both a state and a city ("New York", "Washington"); the list it
    /// stands in decides.
    pub state_or_city: bool,
}

/// Words that start sentences and clauses, never place names on their own.
const NOT_A_START: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "But",
    "From",
    "To",
    "For",
    "With",
    "By",
    "Of",
    "Other",
    "Some",
    "Many",
    "Several",
    "Most",
    "All",
    "Both",
    "Each",
    "Every",
    "Among",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "Including",
    "Such",
];

/// Last words of organization names (`data/org_suffixes.txt`).
static ORG_SUFFIXES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/org_suffixes.txt")).collect());

/// Whether a word ends organizations' names ("Health", "Bank", "Inc."):
/// `data/org_suffixes.txt`.
pub(crate) fn is_org_suffix(word: &str) -> bool {
    ORG_SUFFIXES.contains(word)
}

/// Words that end a name run: they name a kind, a role or an event, not a place.
const RUN_STOPPERS: &[&str] = &["Mayor", "Mayors", "Governor", "Gov", "Sheriff", "Police"];

static PREFIX_FORM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?i)^(?:the[ \t]+)?(?:(?:entire|whole)[ \t]+)?(city and county|city and borough|metropolitan government|unified government|consolidated city|municipality|city|town|village|borough|township|county|parish|state|commonwealth)[ \t]+of[ \t]+",
    )
    .unwrap()
});

static NAME_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^(?:(?:[A-Z]\.){2,}|(?:St|Ste|Ft|Mt)\.|[A-Z][\p{L}\d'/&-]*)").unwrap()
});

static STATE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^(?:[A-Z][A-Za-z]{0,4}\.(?: ?[A-Z][A-Za-z]{0,4}\.)?|[A-Z]{2}\b|[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+){0,2})")
        .unwrap()
});

/// Reads the place that starts at `pos` in `text`, if any.
pub fn parse_place_at(text: &str, pos: usize) -> Option<ParsedPlace> {
    let rest = &text[pos..];
    if let Some(m) = PREFIX_FORM.captures(rest) {
        let form = m[1].to_lowercase();
        let name_start = pos + m.get(0).unwrap().end();
        let (words, name_end) = name_run(text, name_start, form.contains("government"))?;
        let name = words.join(" ");
        return Some(finish_prefix_form(text, pos, &form, &name, name_end));
    }
    if let Some(place) = state_named_with_of(text, pos) {
        return Some(place);
    }
    let (words, run_end) = name_run(text, pos, true)?;
    if NOT_A_START.contains(&words[0].as_str()) {
        return None;
    }
    Some(finish_name_form(text, pos, words, run_end))
}

/// The first words of the gazetteer's state names with "of" inside ("District").
static OF_STATE_STARTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    gazetteer()
        .states()
        .filter_map(|s| s.name.split_once(" of ").map(|(head, _)| head.to_string()))
        .filter(|head| !head.contains(' '))
        .collect()
});

/// A state whose gazetteer name has a lowercase "of" inside ("District of Columbia"),
/// which a run of capitalized words would cut at "of".
fn state_named_with_of(text: &str, pos: usize) -> Option<ParsedPlace> {
    let rest = &text[pos..];
    let first = rest.find(' ')?;
    if !rest[first..].starts_with(" of ") || !OF_STATE_STARTS.iter().any(|h| *h == rest[..first]) {
        return None;
    }
    let (_, end) = state_at(text, pos)?;
    let state = gazetteer().state_by_name(&text[pos..end])?;
    Some(confident(
        pos..end,
        make_place(&state.name, PlaceKind::State, Some(&state.code)),
    ))
}

/// A run of capitalized words from `pos`, single spaces between them. With
/// `join_and`, "X and Y County" is kept whole when the gazetteer knows it as one
/// government ("Indianapolis and Marion County").
fn name_run(text: &str, pos: usize, join_and: bool) -> Option<(Vec<String>, usize)> {
    let mut words = Vec::new();
    let mut end = pos;
    loop {
        let rest = &text[end..];
        let Some(m) = NAME_WORD.find(rest) else { break };
        let word = m.as_str();
        if RUN_STOPPERS.contains(&word) && !words.is_empty() {
            break;
        }
        words.push(word.to_string());
        end += m.end();
        if text[end..].starts_with(' ')
            && NAME_WORD.is_match(&text[end + 1..])
            && !text[end + 1..].starts_with("And ")
        {
            end += 1;
            continue;
        }
        if join_and
            && text[end..].starts_with(" and ")
            && let Some((more, more_end)) = name_run(text, end + 5, false)
        {
            let joined = format!("{} and {}", words.join(" "), more.join(" "));
            if gazetteer().is_consolidated_name(&fold_name(&joined)) {
                words.push("and".to_string());
                words.extend(more);
                end = more_end;
            }
        }
        break;
    }
    // A space consumed before a word that ended the run is given back.
    if text[..end].ends_with(' ') {
        end -= 1;
    }
    (!words.is_empty()).then_some((words, end))
}

/// A state named at `pos`: full name, AP abbreviation or USPS code, not followed by more
/// of a capitalized name (", New York City" is no qualifier).
pub fn state_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = &text[pos..];
    let m = STATE_TOKEN.find(rest)?;
    let token = m.as_str();
    // Try the longest reading first, then shorter word prefixes ("New York City" → no).
    let mut candidates: Vec<&str> = vec![token];
    if let Some(bare) = token.strip_suffix('.') {
        candidates.push(bare);
    }
    let mut cut = token;
    while let Some(i) = cut.rfind(' ') {
        cut = &cut[..i];
        candidates.push(cut);
    }
    for cand in candidates {
        let found = gazetteer()
            .state_by_name(cand)
            .filter(|s| fold_name(&s.name) == fold_name(cand))
            .or_else(|| gazetteer().state_by_abbreviation(cand));
        let Some(state) = found else { continue };
        let end = pos + cand.len();
        let after = &text[end..];
        let continues_name = after.starts_with(|c: char| c.is_alphanumeric())
            || (after.starts_with(' ') && NAME_WORD.is_match(&after[1..]))
            || after.starts_with('-');
        if continues_name {
            return None;
        }
        return Some((state.code.clone(), end));
    }
    None
}

/// A qualifier after a place name: ", Ill.", " (Oregon)", " in Illinois".
fn qualifier_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = &text[pos..];
    if let Some(r) = rest.strip_prefix(", ") {
        let at = pos + (rest.len() - r.len());
        return state_at(text, at);
    }
    if let Some(r) = rest.strip_prefix(" (") {
        let at = pos + 2;
        let (code, end) = state_at(text, at)?;
        let _ = r;
        return text[end..].starts_with(')').then(|| (code, end + 1));
    }
    if rest.starts_with(" in ") {
        return state_at(text, pos + 4);
    }
    None
}

/// Whether the words before a name put it in a series set off by commas ("Perry,
/// Juniata, Lebanon."), where a country's name after it is one more member.
fn in_a_comma_series(before: &str) -> bool {
    let b = before.trim_end();
    let b = b
        .strip_suffix(" and")
        .or_else(|| b.strip_suffix(" or"))
        .unwrap_or(b);
    b.ends_with(',')
}

/// A country after a comma at `pos` (", Mexico") that closes its item: the country's
/// name as the gazetteer gives it, and where it ends. In "Juniata, Lebanon, Mifflin"
/// or "Juniata, Lebanon and Mifflin" the country's name is one more member of a series
/// (a county here); "…; and Juarez, Mexico." and "in Juarez, Mexico, the company said"
/// qualify the town.
fn country_qualifier_at(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let at = pos + 2;
    if !text[pos..].starts_with(", ") {
        return None;
    }
    let (words, end) = name_run(text, at, false)?;
    let after = &text[end..];
    let closes = after.is_empty()
        || after.starts_with([';', '.', '\n', ')', ':'])
        || after
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()) && !r.starts_with("and "));
    if !closes {
        return None;
    }
    let country = gazetteer().country(&fold_name(&words.join(" ")))?;
    Some((country, end))
}

fn finish_prefix_form(
    text: &str,
    start: usize,
    form: &str,
    name: &str,
    name_end: usize,
) -> ParsedPlace {
    let qualifier = qualifier_at(text, name_end);
    let state = qualifier.as_ref().map(|q| q.0.as_str());
    let end = qualifier.as_ref().map_or(name_end, |q| q.1);
    let full = format!("{form} of {name}");
    let place = match form {
        "state" | "commonwealth" => match gazetteer().state_by_name(name) {
            Some(s) => make_place(&s.name, PlaceKind::State, Some(&s.code)),
            None => make_place(name, PlaceKind::Unknown, state),
        },
        "county" | "parish" => make_place(name, PlaceKind::County, state),
        "city" | "town" | "village" | "borough" | "township" | "municipality" => {
            make_place(name, PlaceKind::City, state)
        }
        _ => {
            let consolidated = gazetteer()
                .consolidated(&fold_name(&full), state)
                .or_else(|| gazetteer().consolidated(&fold_name(name), state));
            match consolidated {
                Some(c) => make_place(&c.core, c.kind, Some(&c.state)),
                None => {
                    let kind = if form == "city and county" || form == "city and borough" {
                        PlaceKind::CityCounty
                    } else {
                        PlaceKind::Metro
                    };
                    let core = name.split(" and ").next().unwrap_or(name);
                    make_place(core, kind, state)
                }
            }
        }
    };
    ParsedPlace {
        range: start..end,
        confident: place.kind != PlaceKind::Unknown,
        place,
        state_or_city: false,
    }
}

fn finish_name_form(
    text: &str,
    start: usize,
    mut words: Vec<String>,
    run_end: usize,
) -> ParsedPlace {
    // "Ore." alone: a state, never a town of the state written after it ("N.M., Ore.").
    if let Some((s, end)) = lone_abbreviation(text, &words, run_end) {
        return confident(
            start..end,
            make_place(&s.name, PlaceKind::State, Some(&s.code)),
        );
    }
    let mut end = run_end;
    let mut state: Option<String> = None;
    // "Dover Del", "Boise ID", "Dane County WI": a state abbreviation closing
    // the run is its qualifier.
    if words.len() >= 2 {
        let last = words.last().unwrap().clone();
        let with_period = text[end..].starts_with('.');
        let dotted = format!("{last}.");
        let found = with_period
            .then(|| gazetteer().state_by_abbreviation(&dotted).map(|s| (s, 1)))
            .flatten()
            .or_else(|| gazetteer().state_by_abbreviation(&last).map(|s| (s, 0)));
        if let Some((s, period)) = found {
            words.pop();
            state = Some(s.code.clone());
            end += period;
        }
    }
    let mut name = words.join(" ");
    let mut kind_hint = None;
    for (suffix, kind) in [
        (" Metro Government", PlaceKind::Metro),
        (" Metro", PlaceKind::Metro),
        (" County", PlaceKind::County),
        (" Parish", PlaceKind::County),
    ] {
        if name.len() > suffix.len() && name.ends_with(suffix) {
            kind_hint = Some(kind);
            break;
        }
    }
    if state.is_none()
        && let Some((code, q_end)) = qualifier_at(text, end)
    {
        // A qualifier that contradicts the gazetteer ("Los Angeles, New York and …")
        // is the next list item, not this place's state.
        // Nor is a state after a state ("Texas, Florida and Georgia"), unless the name is
        // also a city of that state ("New York, New York").
        // But a state written short ("Minneapolis, Kan.", "Paris, TX"), or one that
        // closes an item of a semicolon series or a line, is a qualifier all the same:
        // no list names a state that way, and many towns share a city's name.
        let known = gazetteer().cities(&fold_name(&name));
        let is_state = gazetteer().state_by_name(&name).is_some();
        let written = text[end..q_end].trim_start_matches([',', ' ', '(']);
        let written = written.strip_prefix("in ").unwrap_or(written);
        let abbreviated = gazetteer()
            .state_by_name(written.trim_end_matches(')'))
            .is_none();
        let closes_item = text[q_end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ';' | '\n'));
        let fits = kind_hint.is_some()
            || (known.is_empty() && !is_state)
            || known.iter().any(|c| c.state == code)
            || (!is_state && (abbreviated || closes_item));
        if fits {
            state = Some(code);
            end = q_end;
        }
    }
    let folded = fold_name(&name);
    let st = state.as_deref();
    // Other names of consolidated governments ("Lexington-Fayette", "Indianapolis-Marion
    // County", "Honolulu County").
    if let Some(c) = gazetteer().consolidated(&folded, st)
        && st.is_none_or(|s| s == c.state)
    {
        let place = make_place(&c.core, c.kind, Some(&c.state));
        return confident(start..end, place);
    }
    match kind_hint {
        Some(PlaceKind::County) => {
            let core = name
                .strip_suffix(" County")
                .or_else(|| name.strip_suffix(" Parish"))
                .unwrap_or(&name)
                .to_string();
            let kind = PlaceKind::County;
            let core = if name.ends_with(" Parish") {
                name.clone()
            } else {
                core
            };
            return confident(start..end, make_place(&core, kind, st));
        }
        Some(kind) => {
            let core = name
                .trim_end_matches(" Government")
                .trim_end_matches(" Metro")
                .split(['/', '-'])
                .next()
                .unwrap_or(&name)
                .to_string();
            name = core;
            return confident(start..end, make_place(&name, kind, st));
        }
        None => {}
    }
    // "Juarez, Mexico", "Paris, France": a town qualified by its country is a town
    // abroad, named with the country so that it is told from a town of the name at home.
    // A country or a state before the comma is a series ("Canada, Mexico and Japan").
    if st.is_none()
        && gazetteer().country(&folded).is_none()
        && gazetteer().state_by_name(&name).is_none()
        && !in_a_comma_series(&text[..start])
        && let Some((country, country_end)) = country_qualifier_at(text, end)
    {
        let place = make_place(&format!("{name}, {country}"), PlaceKind::City, None);
        return confident(start..country_end, place);
    }
    let cities = gazetteer().cities(&folded);
    let state_named = gazetteer()
        .state_by_name(&name)
        .filter(|s| fold_name(&s.name) == folded);
    if let Some(s) = state_named
        && st.is_none()
    {
        let both = !cities.is_empty() && !gazetteer().is_city_alias(&folded);
        let mut parsed = confident(
            start..end,
            make_place(&s.name, PlaceKind::State, Some(&s.code)),
        );
        parsed.state_or_city = both;
        return parsed;
    }
    if !cities.is_empty() {
        let chosen: Vec<_> = match st {
            Some(code) => cities.iter().filter(|c| c.state == code).collect(),
            None => cities.iter().collect(),
        };
        if chosen.len() == 1 {
            let c = chosen[0];
            return confident(
                start..end,
                make_place(&c.name, PlaceKind::City, Some(&c.state)),
            );
        }
        let name = cities[0].name.clone();
        return confident(start..end, make_place(&name, PlaceKind::City, st));
    }
    if st.is_none()
        && let Some(country) = gazetteer().country(&folded)
    {
        return confident(start..end, make_place(country, PlaceKind::Country, None));
    }
    // "Acme Corp.", "Blue River Energy": a party, not a place.
    if st.is_none() && words.len() >= 2 {
        let last = words.last().map(String::as_str).unwrap_or("");
        let dotted = text[end..].starts_with('.');
        let with_period = format!("{last}.");
        if ORG_SUFFIXES.contains(last) || (dotted && ORG_SUFFIXES.contains(with_period.as_str())) {
            let end = if dotted && ORG_SUFFIXES.contains(with_period.as_str()) {
                end + 1
            } else {
                end
            };
            return confident(start..end, make_place(&name, PlaceKind::Organization, None));
        }
    }
    let kind = if st.is_some() {
        PlaceKind::City
    } else {
        PlaceKind::Unknown
    };
    let place = make_place(&name, kind, st);
    ParsedPlace {
        range: start..end,
        confident: st.is_some(),
        place,
        state_or_city: false,
    }
}

/// A state written alone as its AP abbreviation ("Ariz.", "N.M.", "Wyo."), as a wire's
/// list of states writes it: the state and where its period ends. The period is needed,
/// so a word that merely shares the letters ("Wash", "Miss") is no state, and USPS codes
/// alone ("OR", "IN") are left alone, as many are words.
fn lone_abbreviation(text: &str, words: &[String], end: usize) -> Option<(&'static State, usize)> {
    let [word] = words else { return None };
    if word.ends_with('.') {
        // "N.M.", read whole by the name run.
        return gazetteer().state_by_abbreviation(word).map(|s| (s, end));
    }
    if !text[end..].starts_with('.') || word.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let dotted = format!("{word}.");
    let s = gazetteer().state_by_abbreviation(&dotted)?;
    // Only an abbreviation AP writes with a period: "Ohio." is a state's full name
    // ending a sentence, read above.
    s.ap.iter().any(|a| a == &dotted).then_some((s, end + 1))
}

fn confident(range: Range<usize>, place: Place) -> ParsedPlace {
    ParsedPlace {
        range,
        place,
        confident: true,
        state_or_city: false,
    }
}

/// The city reading of a bare name that is also a state ("New York" in a list of cities).
pub fn as_city(parsed: &ParsedPlace) -> Place {
    let folded = fold_name(&parsed.place.name);
    let cities = gazetteer().cities(&folded);
    match cities.first() {
        Some(c) => make_place(&c.name, PlaceKind::City, Some(&c.state)),
        None => parsed.place.clone(),
    }
}

/// Builds the canonical place: resolves consolidated governments, fills display and key.
/// `data/org_key_tails.tsv`: last words of institutions' names that outlets drop, and
/// what the key keeps of them ("-": nothing), longest first.
static ORG_KEY_TAILS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut tails: Vec<(String, &'static str)> =
        crate::data::lines(include_str!("../../data/org_key_tails.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .map(|(tail, kept)| (format!(" {tail}"), kept))
            .collect();
    tails.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    tails
});

/// An organization's folded name as its key holds it: a school's "elementary school"
/// is "elementary", as outlets that write "Ash Elementary" leave it.
fn institution_core(folded: &str) -> String {
    ORG_KEY_TAILS
        .iter()
        .find_map(|(tail, kept)| {
            folded
                .strip_suffix(tail.as_str())
                .filter(|head| !head.is_empty())
                .map(|head| match *kept {
                    "-" => head.to_string(),
                    kept => format!("{head} {kept}"),
                })
        })
        .unwrap_or_else(|| folded.to_string())
}

pub fn make_place(name: &str, kind: PlaceKind, state: Option<&str>) -> Place {
    let mut name = name.trim().to_string();
    let mut kind = kind;
    let mut state = state.map(str::to_string);
    // The name folded once, and again only when a consolidated government renames it.
    let mut folded = fold_name(&name);
    if kind == PlaceKind::County {
        let county = format!("{folded} county");
        if let Some(c) = gazetteer().consolidated(&county, state.as_deref()) {
            name = c.core.clone();
            kind = c.kind;
            state = Some(c.state.clone());
            folded = fold_name(&name);
        }
    }
    if matches!(kind, PlaceKind::City | PlaceKind::Unknown)
        && let Some(st) = &state
        && let Some(c) = gazetteer().consolidated_core(&folded, st)
    {
        name = c.core.clone();
        folded = fold_name(&name);
    }
    let org_core;
    let core = match kind {
        PlaceKind::County => county_core(&folded),
        PlaceKind::Organization => {
            org_core = institution_core(&folded);
            org_core.as_str()
        }
        _ => &folded,
    };
    let state_code = state.as_deref().unwrap_or("?");
    let class = kind.class();
    let mut key = String::with_capacity(class.len() + core.len() + state_code.len() + 2);
    for part in [class, ":", core, ":", state_code] {
        key.push_str(part);
    }
    let display = display_of(&name, &folded, kind, state.as_deref());
    Place {
        name,
        kind,
        state,
        display,
        key,
    }
}

/// How a reader would name a place; `folded` is its name as [`fold_name`] gives it.
fn display_of(name: &str, folded: &str, kind: PlaceKind, state: Option<&str>) -> String {
    let with_state = |mut base: String| {
        if let Some(code) = state {
            base.push_str(", ");
            base.push_str(gazetteer().ap_name(code));
        }
        base
    };
    match kind {
        // "District of Columbia" already says what it is.
        PlaceKind::State if name.contains(" of ") => name.to_string(),
        PlaceKind::State => format!("State of {name}"),
        PlaceKind::Country | PlaceKind::Organization => name.to_string(),
        PlaceKind::County if name.ends_with(" Parish") || name.ends_with(" Borough") => {
            with_state(name.to_string())
        }
        PlaceKind::County => with_state(format!("{name} County")),
        _ => {
            // "New York City", told from the state of New York.
            if state.is_some_and(|c| gazetteer().is_state_named(folded, c)) {
                with_state(format!("{name} City"))
            } else {
                with_state(name.to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> ParsedPlace {
        parse_place_at(text, 0).unwrap_or_else(|| panic!("no place in {text:?}"))
    }

    fn key(text: &str) -> String {
        parse(text).place.key
    }

    #[test]
    fn a_town_abroad_is_named_with_its_country() {
        let p = parse_place_at("plants in Ashby, Mexico.", 10).unwrap();
        assert!(p.confident);
        assert_eq!(p.place.display, "Ashby, Mexico");
        // A country's name as one more member of a series qualifies nothing.
        let text = "counties of Perry, Ashby, Lebanon.";
        let p = parse_place_at(text, 19).unwrap();
        assert_eq!(p.place.name, "Ashby");
        let p = parse_place_at("Ashby, Lebanon and Perry", 0).unwrap();
        assert_eq!(p.place.name, "Ashby");
    }

    #[test]
    fn an_institution_is_one_key_with_or_without_what_outlets_drop() {
        let org = |name: &str| make_place(name, PlaceKind::Organization, None).key;
        assert_eq!(org("Ash Elementary School"), org("Ash Elementary"));
        assert_eq!(org("Dale Middle School"), "organization:dale middle:?");
        assert_eq!(org("Acme Widgets Inc."), org("Acme Widgets"));
        assert_eq!(org("Corvo LLC"), "organization:corvo:?");
        assert_eq!(org("Pike General Hospital"), org("Pike General"));
        assert_eq!(
            org("Cove Regional Medical Center"),
            "organization:cove regional:?"
        );
        // Another school of the name, or a name that is all legal form, stays itself.
        assert_ne!(org("Ash Elementary"), org("Ash High School"));
        assert_eq!(org("Inc"), "organization:inc:?");
        // Names ending in an institution's word are parties, not places.
        assert_eq!(key("Lakeview Clinic;"), "organization:lakeview clinic:?");
        assert_eq!(key("Ash Elementary and"), "organization:ash elementary:?");
    }

    #[test]
    fn kinds_from_form() {
        assert_eq!(key("State of Nevada;"), "state:nevada:NV");
        assert_eq!(key("the state of Nevada and"), "state:nevada:NV");
        assert_eq!(key("Dane County, Wisconsin;"), "county:dane:WI");
        assert_eq!(key("Dane County, Wis. and"), "county:dane:WI");
        assert_eq!(key("Dane County WI"), "county:dane:WI");
        assert_eq!(key("Caddo Parish, La."), "county:caddo:LA");
        assert_eq!(key("City of Boise, Idaho"), "local:boise:ID");
        assert_eq!(
            key("the City and County of Honolulu, Hawaii"),
            "local:honolulu:HI"
        );
        assert_eq!(
            key("Lexington-Fayette Urban County Government"),
            "local:lexington:KY"
        );
    }

    #[test]
    fn qualifiers_in_every_style() {
        for text in [
            "Boise, Idaho;",
            "Boise (Idaho)",
            "Boise in Idaho",
            "Boise ID,",
            "Boise, ID.",
        ] {
            assert_eq!(key(text), "local:boise:ID", "{text}");
        }
        assert_eq!(key("Springfield, Mass."), "local:springfield:MA");
        assert_eq!(key("Springfield Mass"), "local:springfield:MA");
        assert_eq!(parse("Springfield, Mass.").range.end, 18);
    }

    #[test]
    fn gazetteer_fills_missing_states_and_keeps_ambiguity() {
        assert_eq!(key("Milwaukee and"), "local:milwaukee:WI");
        assert_eq!(key("Springfield and"), "local:springfield:?");
        let p = parse("Washington, Boise");
        assert!(p.state_or_city);
        assert_eq!(as_city(&p).key, "local:washington:DC");
    }

    #[test]
    fn unknown_names_parse_but_are_not_confident() {
        let p = parse("Smallville, Kan.");
        assert_eq!(p.place.key, "local:smallville:KS");
        assert!(p.confident);
        let p = parse("Smallville officials");
        assert!(!p.confident);
        assert!(parse_place_at("The mayor", 0).is_none());
    }

    #[test]
    fn a_contradicting_qualifier_is_the_next_item() {
        let p = parse("Milwaukee, New York and Boise");
        assert_eq!(p.place.key, "local:milwaukee:WI");
        assert_eq!(p.range.end, "Milwaukee".len());
        let p = parse("Yonkers, New York City");
        assert_eq!(p.range.end, "Yonkers".len());
    }

    #[test]
    fn a_town_that_shares_a_city_name_keeps_its_short_or_closing_qualifier() {
        // Minneapolis, Kan. is not Minneapolis, Minn.: a state written short, or one
        // that closes a series item or a line, is never the next item.
        assert_eq!(
            key("Minneapolis, Kan.; Lindsborg, Kan."),
            "local:minneapolis:KS"
        );
        assert_eq!(key("Paris, TX and Boise"), "local:paris:TX");
        assert_eq!(
            key("Minneapolis, Kansas; Assaria, Kansas"),
            "local:minneapolis:KS"
        );
        assert_eq!(key("Minneapolis, Kansas\n"), "local:minneapolis:KS");
        // Spelled out before another item, it still is.
        let p = parse("Milwaukee, New York and Boise");
        assert_eq!(p.range.end, "Milwaukee".len());
    }

    #[test]
    fn a_state_after_a_state_is_the_next_item() {
        let p = parse("Texas, Florida and Georgia");
        assert_eq!(p.place.key, "state:texas:TX");
        assert_eq!(p.range.end, "Texas".len());
        assert_eq!(key("New York City, New York"), "local:new york:NY");
    }

    #[test]
    fn a_state_written_alone_as_its_abbreviation_is_the_state() {
        let p = parse("Ariz., Colo. and Wyo.");
        assert_eq!(p.place.key, "state:arizona:AZ");
        assert_eq!(p.range.end, "Ariz.".len());
        // Not a town called "N.M." in Oregon.
        let p = parse("N.M., Ore., Utah");
        assert_eq!(p.place.key, "state:new mexico:NM");
        assert_eq!(p.range.end, "N.M.".len());
        // No period, no abbreviation; a code alone may be a word.
        assert!(!parse("Wash and Wyo").confident);
        assert_ne!(parse("OR and WA").place.kind, PlaceKind::State);
        // A city's qualifier is still a qualifier.
        assert_eq!(key("Santa Fe, N.M."), key("Santa Fe, New Mexico"));
    }

    #[test]
    fn consolidated_names_are_one_government() {
        let a = key("City and County of Honolulu");
        assert_eq!(a, key("Honolulu, Hawaii"));
        assert_eq!(a, key("Honolulu County, Hawaii"));
        assert_eq!(key("Indianapolis-Marion County"), key("Indianapolis, Ind."));
    }

    #[test]
    fn display_uses_ap_style() {
        assert_eq!(
            parse("Dane County, Wisconsin").place.display,
            "Dane County, Wis."
        );
        assert_eq!(parse("State of Ohio").place.display, "State of Ohio");
        assert_eq!(parse("Akron, Ohio").place.display, "Akron, Ohio");
        assert_eq!(parse("NYC").place.display, "New York City, N.Y.");
    }
}
