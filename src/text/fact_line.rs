//! Lines that state one figure with a short label and no sentence around it. Incident
//! sheets, results pages and company fact boxes write "Acres: 14,200"; newsletters'
//! "By the numbers" write "481 — confirmed cases". Both say what a sentence would
//! ("14,200 acres", "481 confirmed cases"), so both are read as facts.

/// A fact line's two parts, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactLine<'a> {
    /// What the figure counts or measures: "Structures Destroyed", "confirmed cases".
    pub label: &'a str,
    /// The figure: "14,200", "15%", "$11.3 million".
    pub figure: &'a str,
    /// The label is a name, not a field ("Pike General Hospital, Dalton — $120,000"):
    /// it says whose the figure is, not what it counts.
    pub named: bool,
}

/// The fact line `line` is, if it is one: a label and a colon before a figure ("Acres:
/// 14,200"), or a figure and a dash before a label ("481 — confirmed cases"). Read for
/// every sentence, so the first and last bytes turn nearly all lines away.
pub fn fact_line(line: &str) -> Option<FactLine<'_>> {
    let line = line.trim();
    // "Damage: $48M.", "Cost: $4.2 million": a situation report's line may close with a
    // point, and a sum with its scale.
    let closed = line.strip_suffix('.').unwrap_or(line);
    // "Fatalities: 3 confirmed.": the figure before a closing word. Most lines end
    // otherwise than in a lowercase letter, or hold no ": ", and are not searched.
    let tailed = closed.ends_with(|c: char| c.is_ascii_lowercase())
        && memchr::memchr_iter(b':', closed.as_bytes())
            .any(|at| closed.as_bytes().get(at + 1) == Some(&b' '));
    let closed = tailed
        .then(|| {
            TAILS.iter().find_map(|t| {
                let head = closed.get(..closed.len().checked_sub(t.len())?)?;
                (closed[head.len()..].eq_ignore_ascii_case(t) && head.ends_with(' '))
                    .then(|| head.trim_end())
            })
        })
        .flatten()
        .unwrap_or(closed);
    // "Residents displaced: 96 (52 units)": an aside after a labeled figure is not the
    // figure's.
    let closed = closed
        .strip_suffix(')')
        .and_then(|c| c.rsplit_once(" ("))
        .map_or(closed, |(c, _)| c.trim_end());
    if closed.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || (ends_with_scale(closed) && closed.contains('$'))
    {
        label_first(closed).or_else(|| name_dash_figure(closed))
    } else if line.starts_with(|c: char| c.is_ascii_digit() || c == '$') {
        figure_first(line)
    } else if closed.ends_with(|c: char| c.is_ascii_alphabetic()) {
        label_first(closed).filter(|f| is_measure(f.figure))
    } else {
        None
    }
}

/// `data/fact_line_units.txt`: units a survey's or a warning's fact line gives its
/// figure in ("Path Length: 14.2 miles", "Peak Wind: 125 mph").
static UNITS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/fact_line_units.txt")).collect()
});

/// A measure as a fact line gives it: a number and a unit ("14.2 miles", "400 yards"),
/// or a tornado's rating ("EF2", "EF-3").
fn is_measure(figure: &str) -> bool {
    let figure = figure.trim();
    if let Some(rating) = figure.strip_prefix("EF") {
        let digit = rating.trim_start_matches('-');
        return digit.len() == 1 && digit.bytes().all(|b| matches!(b, b'0'..=b'5'));
    }
    figure
        .split_once(' ')
        .is_some_and(|(n, unit)| is_number(n) && UNITS.iter().any(|u| unit.eq_ignore_ascii_case(u)))
}

/// `data/fact_line_tails.txt`: words a fact line may close with after its figure.
static TAILS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/fact_line_tails.txt")).collect()
});

/// Longest label of a fact line, in bytes.
const MAX_LABEL: usize = 48;

/// Most words a label has, short lowercase joining words ("of") aside.
const MAX_LABEL_WORDS: usize = 4;

/// "Structures Destroyed: 42": a label of one to four words, the first capitalized, no
/// digits, then a figure that is the whole rest of the line.
fn label_first(line: &str) -> Option<FactLine<'_>> {
    let head = &line.as_bytes()[..line.len().min(MAX_LABEL + 2)];
    // An encyclopedia's or a table's row scraped as "Label<tab>figure" is one too.
    let (colon, width) = match memchr::memchr2(b':', b'\t', head)? {
        tab if head[tab] == b'\t' => (tab, 1),
        colon if line.as_bytes().get(colon + 1) == Some(&b' ') => (colon, 2),
        _ => return None,
    };
    let (label, figure) = (&line[..colon], line[colon + width..].trim_start());
    // "Injured, transported to hospitals: 11": a lowercase qualification after a comma
    // is the label's; a capitalized word after one names a place ("Dalton") and is not.
    let qualified = label
        .split_once(", ")
        .filter(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_lowercase()));
    let comma = qualified.map_or(label.len(), |(head, _)| head.len());
    let field = label.starts_with(|c: char| c.is_ascii_uppercase())
        && label.bytes().enumerate().all(|(i, b)| {
            b.is_ascii_alphabetic() || matches!(b, b' ' | b'(' | b')' | b'/') || i == comma
        })
        && is_label(label);
    let named = !field && is_name_label(label);
    let label_ok = field || named;
    // A seismic network's "Magnitude: M 6.4".
    let measured = label.eq_ignore_ascii_case("magnitude")
        && figure
            .strip_prefix('M')
            .is_some_and(|f| is_number(f.trim_start()));
    // A qualified label names what it counts before its comma.
    let label = qualified.filter(|_| field).map_or(label, |(head, _)| head);
    (label_ok && (is_figure(figure) || measured || is_measure(figure))).then_some(FactLine {
        label,
        figure,
        named,
    })
}

/// "481 — confirmed cases", "$11.3 million – emergency funding": a figure (a scale word
/// and a percent sign allowed), a dash between spaces, and a label of one to four
/// words with no digits and no closing point.
fn figure_first(line: &str) -> Option<FactLine<'_>> {
    let (figure, label) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| line.split_once(dash))?;
    let label = label.trim();
    let label_ok = label.starts_with(char::is_alphabetic)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'' || c == '’')
        && is_label(label);
    (label_ok && is_figure(figure)).then_some(FactLine {
        label,
        figure,
        named: false,
    })
}

/// "Pike General Hospital, Dalton — $120,000": a row of a list of named things,
/// a name (see [`is_name_label`]), a dash between spaces and a figure closing the line.
fn name_dash_figure(line: &str) -> Option<FactLine<'_>> {
    let (label, figure) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| line.rsplit_once(dash))?;
    let label = label.trim();
    (is_name_label(label) && is_figure(figure)).then_some(FactLine {
        label,
        figure,
        named: true,
    })
}

/// Most words of a label that is a name.
const MAX_NAME_WORDS: usize = 6;

/// A label that names one thing of a list: every word capitalized (a place after a
/// comma or in parentheses too), no digits, up to six words ("St. Jude's Hospital
/// (Ferris)", "Cove Regional Medical Center, Ashby"). A name says what its figure
/// is of as well as a field's label does.
fn is_name_label(label: &str) -> bool {
    let words = label.split_whitespace().count();
    label.len() <= MAX_LABEL + 12
        && (2..=MAX_NAME_WORDS).contains(&words)
        && label.bytes().all(|b| {
            b.is_ascii_alphabetic()
                || b >= 0x80
                || matches!(b, b' ' | b'(' | b')' | b'.' | b',' | b'\'' | b'&' | b'-')
        })
        && label.split_whitespace().all(|w| {
            w.trim_start_matches('(')
                .starts_with(|c: char| c.is_uppercase())
        })
}

/// One to four words ("of", "per" aside), not too long.
fn is_label(label: &str) -> bool {
    // "Potential Number of Units Affected": a short lowercase word ("of", "per",
    // "the") joins a label's words and is not counted among them.
    let words = label
        .split_whitespace()
        .filter(|w| !(w.len() <= 3 && w.starts_with(|c: char| c.is_ascii_lowercase())))
        .count();
    label.len() <= MAX_LABEL && (1..=MAX_LABEL_WORDS).contains(&words)
}

/// Scales a sum may be written with joined to it ("$48M"); after a space, it takes a
/// scale word (`canon::numbers::SCALE_WORDS`).
const SCALE_LETTERS: [&str; 5] = ["K", "M", "B", "bn", "mln"];

/// Whether a line ends in a scale word or letter: "$4.2 million", "$48M".
fn ends_with_scale(line: &str) -> bool {
    // Most lines end in a word that is no scale: turned away by the last letter.
    if !line.ends_with(['M', 'B', 'K', 'n', 'd']) {
        return false;
    }
    let last = line.rsplit([' ', '$']).next().unwrap_or("");
    let word = last.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    crate::canon::numbers::SCALE_WORDS
        .iter()
        .any(|s| word.eq_ignore_ascii_case(s))
        || (word.len() < last.len() && SCALE_LETTERS.contains(&word))
}

/// A figure alone: "$11.3 million", "$48M", "481", "15%", "2.5 billion".
fn is_figure(figure: &str) -> bool {
    let figure = figure.trim().trim_end_matches('%');
    let (number, scale) = figure.split_once(' ').unwrap_or((figure, ""));
    let sum = number.strip_prefix('$');
    let number = sum.map_or(number, |n| {
        SCALE_LETTERS
            .iter()
            .find_map(|l| n.strip_suffix(l))
            .unwrap_or(n)
    });
    let number_ok = is_number(number.trim_start_matches('$'));
    let scale_ok = matches!(
        scale.to_ascii_lowercase().as_str(),
        "" | "thousand" | "million" | "billion" | "trillion"
    );
    number_ok && scale_ok
}

/// Digits, with commas and points between: "14,200", "11.3".
fn is_number(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

#[cfg(test)]
mod tests {
    use super::{FactLine, fact_line};

    fn parts(line: &str) -> Option<(&str, &str)> {
        fact_line(line).map(|FactLine { label, figure, .. }| (label, figure))
    }

    #[test]
    fn a_label_then_a_figure() {
        assert_eq!(parts("Acres: 14,200"), Some(("Acres", "14,200")));
        // Joining words are not counted among a label's four.
        assert_eq!(
            parts("Potential Number of Units Affected: 48,213"),
            Some(("Potential Number of Units Affected", "48,213"))
        );
        assert_eq!(
            parts("Structures Destroyed: 42"),
            Some(("Structures Destroyed", "42"))
        );
        assert_eq!(parts("Containment: 15%"), Some(("Containment", "15%")));
        // A closing word after the figure (data/fact_line_tails.txt).
        assert_eq!(parts("Fatalities: 3 confirmed."), Some(("Fatalities", "3")));
        assert_eq!(parts("Cases: 27 so far"), Some(("Cases", "27")));
        assert_eq!(parts("Magnitude: M 6.4"), Some(("Magnitude", "M 6.4")));
        // An aside after the figure is not the figure's; a lowercase qualification after
        // a comma is the label's, which names what it counts before the comma.
        assert_eq!(
            parts("Residents displaced: 96 (52 units)"),
            Some(("Residents displaced", "96"))
        );
        assert_eq!(
            parts("Injured, transported to hospitals: 11"),
            Some(("Injured", "11"))
        );
        assert!(fact_line("Injured, Dalton: 11").is_some_and(|f| f.named));
        assert_eq!(parts("Fatalities: 3 unconfirmed"), None);
        assert_eq!(parts("Cost: $4.2 million"), Some(("Cost", "$4.2 million")));
        assert_eq!(
            parts("Damage to bridges: $48M."),
            Some(("Damage to bridges", "$48M"))
        );
        assert_eq!(parts("Fatalities: 5."), Some(("Fatalities", "5")));
        // A damage survey's measures: a rating, a figure with its unit.
        assert_eq!(parts("Rating:      EF2"), Some(("Rating", "EF2")));
        assert_eq!(
            parts("Path Length /statute/:  14.2 miles"),
            Some(("Path Length /statute/", "14.2 miles"))
        );
        assert_eq!(
            parts("Estimated Peak Wind: 125 mph"),
            Some(("Estimated Peak Wind", "125 mph"))
        );
        // A time, a sentence, a figure with words after it, a label with digits, a
        // scale letter with no sum.
        for line in [
            "Units: 48M",
            "Date/Time: 08/12/2025 7:00 PM",
            "The fire grew overnight and crews said: 40",
            "Acres: 14,200 and growing",
            "Route 9: 12",
            "Contact: (617) 555-0142",
            "Rating: EF7",
            "Path: 14.2 miles southwest",
            "Wind: 125 apples",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }

    #[test]
    fn a_name_then_its_figure() {
        assert_eq!(
            parts("Cove Regional Medical Center, Dalton — $250,000"),
            Some(("Cove Regional Medical Center, Dalton", "$250,000"))
        );
        assert_eq!(
            parts("St. Jude's Hospital (Ferris): $180,000"),
            Some(("St. Jude's Hospital (Ferris)", "$180,000"))
        );
        // Such a label is a name; a field's is not.
        assert!(
            fact_line("Cove Regional Medical Center, Dalton — $250,000").is_some_and(|f| f.named)
        );
        assert!(fact_line("Structures Destroyed: 42").is_some_and(|f| !f.named));
        // A sentence before a dash, a name of one word, a lowercase word in the name.
        for line in [
            "The fine was raised — $250,000",
            "Mercy — $250,000",
            "Mercy and the clinic — $250,000",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }

    #[test]
    fn a_figure_then_a_dash_and_a_label() {
        assert_eq!(
            parts("481 — confirmed cases"),
            Some(("confirmed cases", "481"))
        );
        assert_eq!(
            parts("$11.3 million – emergency funding"),
            Some(("emergency funding", "$11.3 million"))
        );
        assert_eq!(parts("2 - deaths"), Some(("deaths", "2")));
        // A sentence after the dash, a date, a score, a figure with words before the dash.
        for line in [
            "481 — the most since the disease was declared eliminated in 2000",
            "2025 — The year the outbreak began.",
            "3-2 — final score",
            "481 cases — confirmed",
            "12 — 14",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }
}
