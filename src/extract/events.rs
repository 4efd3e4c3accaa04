//! People's roles as stated, and events: who attended, who stayed away, and whether the
//! event was held, canceled or postponed.
//!
//! Status words and event nouns come from `data/event_words.tsv`. The subject of a status
//! is the person named last before it in the sentence (with "who attended", "she will not
//! attend" and "I will not be attending" inside a quote resolved to the person), or a
//! group ("mayors"); the event is the event noun after it, or the one the article named
//! last.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::gates::{Gate, Gates};
use super::people::People;
use crate::model::{Attendance, AttendanceClaim, Claim, ClaimBody, RoleClaim};
use crate::text::normalize::fold_name;
use crate::text::{Doc, pattern};

/// Status phrases and event nouns, longest first.
static WORDS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut v: Vec<(String, String)> = include_str!("../../data/event_words.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (p, m) = l.split_once('\t')?;
            Some((p.trim().to_lowercase(), m.trim().to_string()))
        })
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

fn words_pattern(events: bool) -> String {
    let mut alt: Vec<String> = Vec::new();
    // "met Tuesday in emergency session": the day may come between "met" and the rest
    // of the phrase. The phrases after "met" are one group, so the day is compiled once.
    let mut after_met: Vec<String> = Vec::new();
    // "met" alone is a status only with its day ("The board met Thursday and voted"):
    // "met the deadline", "met resistance" hold none.
    let mut met_alone = false;
    for (p, _) in WORDS
        .iter()
        .filter(|(_, m)| m.starts_with("event:") == events)
    {
        let words = regex::escape(p).replace(' ', r"\s+");
        match words.strip_prefix(r"met\s+") {
            Some(rest) => after_met.push(rest.to_string()),
            None if words == "met" => met_alone = true,
            None => alt.push(words),
        }
    }
    match (after_met.is_empty(), met_alone) {
        (false, true) => alt.push(format!(
            r"met\s+(?:{day}(?:\s+(?:{rest}))?|(?:{rest}))",
            day = day_words(),
            rest = after_met.join("|")
        )),
        (false, false) => alt.push(format!(
            r"met\s+(?:{}\s+)?(?:{})",
            day_words(),
            after_met.join("|")
        )),
        (true, true) => alt.push(format!(r"met\s+{}", day_words())),
        (true, false) => {}
    }
    format!(r"(?i)\b(?:{})\b", alt.join("|"))
}

/// The mention at `last` with the names coordinated before it, in text order:
/// "Commissioners Martin Greer, Sylvia Oduya and Paul Danforth boycotted" names three
/// people who boycotted. Names are coordinated when only a comma or "and" comes between
/// them, with titles ("Mayor Ann Lee and Gov. Tom Briggs"), or a name's place ("Gov. Ann
/// Lee of Ohio and Gov. Tom Briggs of Iowa").
fn coordinated<'m>(
    doc: &Doc,
    mentions: &'m [super::people::Mention],
    last: usize,
    from: usize,
) -> Vec<&'m super::people::Mention> {
    let mut out = vec![&mentions[last]];
    let mut i = last;
    while i > 0 {
        let (prev, next) = (&mentions[i - 1], &mentions[i]);
        if prev.range.start < from || prev.range.end > next.range.start {
            break;
        }
        let between = &doc.norm.text[prev.range.end..next.range.start];
        // "Gov. Ann Lee of Ashby and Gov. Tom Hale": the place after a name is its own.
        let mut gap = between.trim_start();
        if let Some(mut rest) = gap.strip_prefix("of ") {
            while rest.starts_with(|c: char| c.is_uppercase()) {
                let end = rest.find([' ', ',']).unwrap_or(rest.len());
                rest = rest[end..].trim_start_matches(' ');
            }
            gap = rest;
        }
        let gap = gap.trim_start().trim_start_matches(',').trim_start();
        let gap = gap.strip_prefix("and ").unwrap_or(gap);
        let joined = gap.split_whitespace().all(|w| {
            let w = w.trim_end_matches('.').to_lowercase();
            super::people::is_role_word(&w) || super::people::is_role_word(&format!("{w}."))
        });
        // A bare space is one name read as two, never a series.
        if !joined || between.trim().is_empty() {
            break;
        }
        out.push(prev);
        i -= 1;
    }
    out.reverse();
    out
}

/// A sentence that opens with a roll-call label: the label's range (colon included)
/// and the status it gives the people named after it.
fn roll_call(text: &str) -> Option<(Range<usize>, Attendance)> {
    let (label, meaning) = crate::text::roll_call::label(text)?;
    Some((label, status_of(meaning)?))
}

/// The verbs of sending someone (`data/stand_in_verbs.txt`).
static SENDING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/stand_in_verbs.txt")).collect());

/// A verb of sending someone before a space.
static SENT: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"\b(?:{})\s", SENDING_VERBS.join("|"))).unwrap());

/// Each verb of sending between spaces, searched for in every prose sentence before
/// [`SENT`] is run: "present" and "represent" hold "sent", and most sentences hold
/// neither.
static SENT_GATE: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    SENDING_VERBS
        .iter()
        .map(|v| memchr::memmem::Finder::new(format!(" {v} ").as_bytes()).into_owned())
        .collect()
});

/// Words after the one sent that make them a stand-in for the sender: "in her place",
/// "instead", "to represent him".
static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^\s*(?:in\s+(?:his|her|their|its)\s+(?:place|stead)|instead\b|to\s+represent\b)",
    )
    .unwrap()
});

/// The people a sentence says were sent to its event ("Ohio sent Lt. Gov. Bo Park.",
/// "sent Bo Park to the summit"): each sent person attended, cue "sent". The one sent
/// must follow the verb with nothing but capitalized titles between, and the clause
/// must end after the name or go on to the event or a stand-in phrase: "sent Park a
/// letter", "sent Park home", "sent Park to prison" send no one to an event. A named
/// sender of a stand-in ("Lee sent Park in her place") stayed away, cue the verb and
/// the phrase ("sent … in her place").
fn stand_ins(
    doc: &Doc,
    sentence: &Range<usize>,
    people: &People,
) -> Vec<(Range<usize>, usize, Attendance, String)> {
    let text = doc.text(sentence);
    let base = sentence.start;
    let mut out = Vec::new();
    let in_sentence: Vec<&super::people::Mention> = people
        .mentions
        .iter()
        .filter(|m| m.range.start >= sentence.start && m.range.end <= sentence.end)
        .collect();
    for verb in SENT.find_iter(text) {
        let Some(sent) = in_sentence
            .iter()
            .find(|m| m.range.start >= base + verb.end())
        else {
            continue;
        };
        let titles = &text[verb.end()..sent.range.start - base];
        if titles.split_whitespace().count() > 3
            || !titles
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        {
            continue;
        }
        let after = &text[sent.range.end - base..];
        let in_place = IN_PLACE.find(after);
        let ends = after.trim_start().is_empty() || after.starts_with(['.', ',', ';', ')']);
        let to_event = after
            .strip_prefix(" to ")
            .and_then(|rest| events_in(rest).first().map(|(at, _)| at.start))
            .is_some_and(|at| after[4..4 + at].split_whitespace().count() <= 2);
        if in_place.is_none() && !ends && !to_event {
            continue;
        }
        out.push((
            sent.range.clone(),
            sent.person,
            Attendance::Attended,
            "sent".to_string(),
        ));
        let Some(phrase) = in_place else {
            continue;
        };
        // The sender: a person named right before the verb.
        if let Some(sender) = in_sentence
            .iter()
            .rev()
            .find(|m| m.range.end <= base + verb.start())
            && text[sender.range.end - base..verb.start()]
                .trim()
                .is_empty()
            && sender.person != sent.person
        {
            // "sent … in her place": the verb and the phrase, without the name that
            // stands beside it in the table.
            let cue = format!("{} … {}", verb.as_str().trim(), phrase.as_str().trim());
            out.push((sender.range.clone(), sender.person, Attendance::Absent, cue));
        }
    }
    out
}

/// Words a roll call gives in place of names: "Absent: None."
const NO_ONE: [&str; 5] = ["none", "nobody", "all", "vacant", "n/a"];

/// The surnames of a roll call's series ("Council Members Adebayo, Farrell and Mayor
/// Lindqvist"): the last word of each item of up to four capitalized words. Items of
/// more words, or with a word in lowercase, are no names.
fn roll_call_surnames(text: &str, series: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = series.start;
    let s = &text[series.clone()];
    for item in s.split([',', ';']) {
        let at = from;
        from += item.len() + 1;
        let mut parts: Vec<(usize, &str)> = Vec::new();
        // "Ng and Mayor Lindqvist": two items joined by "and".
        let mut offset = at;
        for piece in item.split(" and ") {
            parts.push((offset, piece));
            offset += piece.len() + " and ".len();
        }
        for (start, piece) in parts {
            // "Park (NV)", "Ruiz of Ohio": the state after a name is no part of
            // it.
            let piece = [" (", " of "]
                .iter()
                .filter_map(|cut| piece.find(cut))
                .min()
                .map_or(piece, |at| &piece[..at]);
            let piece_trimmed = piece.trim_end_matches(['.', ' ']);
            let words: Vec<&str> = piece_trimmed.split_whitespace().collect();
            let Some(last) = words.last() else {
                continue;
            };
            let capitalized = |w: &&str| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            };
            let words_ok = words.len() <= 4 && words.iter().all(capitalized);
            // "Absent: None." names no one; nor does "Present: All".
            let no_one = words.len() == 1 && NO_ONE.contains(&last.to_lowercase().as_str());
            if !words_ok || no_one || last.len() < 2 || last.ends_with('.') {
                continue;
            }
            let end = start + piece_trimmed.len();
            out.push(end - last.len()..end);
        }
    }
    out
}

/// A day as news names it after a verb: "Tuesday", "on Tuesday night", "yesterday".
fn day_words() -> String {
    let days = super::dates::WEEKDAYS.join("|");
    format!(
        r"(?:on\s+)?(?:{days}|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
    )
}

static STATUS: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&status_pattern()).unwrap());

/// The pattern of [`STATUS`], also read for every sentence by [`super::gates`].
pub(crate) fn status_pattern() -> String {
    words_pattern(false)
}
static EVENT: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&words_pattern(true)).unwrap());

/// Plural nouns for groups of people that can attend or stay away.
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    // Lowercase within a sentence ("Conference of Mayors" names a body, not a group of
    // people); capitalized as its first word ("Negotiators met with").
    let nouns: Vec<&str> = crate::data::lines(include_str!("../../data/group_nouns.txt")).collect();
    let capitalized: Vec<String> = nouns
        .iter()
        .map(|n| crate::text::names::with_capital(n))
        .collect();
    pattern::compile(&format!(
        r"\b(?:{})\b|^\s*(?:{})\b",
        nouns.join("|"),
        capitalized.join("|")
    ))
    .unwrap()
});

/// `data/group_quantifiers.txt`: words that make a group of people a part of it.
static GROUP_QUANTIFIERS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/group_quantifiers.txt")).collect()
});

/// A group of people with the words that make it a part ("five other governors", "two
/// of the seven governors", "at least two mayors", "the governors of Arizona and
/// California"), lowercase: a part's status is not the whole group's, so "two of the
/// seven governors boycotted" and "the five other governors attended" are no
/// contradiction. A bare group ("governors") as it is. Words that join a quantifier to
/// the group ("of the", "at least", "more than") are kept only with a quantifier.
fn qualified_group(text: &str, start: usize, end: usize) -> String {
    let words: Vec<&str> = text[..start].split_whitespace().collect();
    let mut from = words.len();
    let mut counted = false;
    // "two of the nine council leaders": up to two modifiers before the group.
    let modifier = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !GROUP_QUANTIFIERS.contains(w.to_lowercase().as_str())
            && !crate::canon::numbers::is_number_lower(&w.to_lowercase())
            && !matches!(w, "of" | "the")
    };
    while from > 0 && words.len() - from < 2 && modifier(words[from - 1]) {
        from -= 1;
    }
    let modifiers = words.len() - from;
    while from > 0 && words.len() - from < 5 + modifiers {
        let lower = words[from - 1].to_lowercase();
        let quantifier = GROUP_QUANTIFIERS.contains(lower.as_str())
            || crate::canon::numbers::is_number_lower(&lower);
        let joining = matches!(
            lower.as_str(),
            "of" | "the" | "at" | "least" | "more" | "than" | "nearly" | "about" | "almost"
        );
        if !(quantifier || joining) {
            break;
        }
        counted |= quantifier;
        from -= 1;
    }
    while from < words.len() && matches!(words[from].to_lowercase().as_str(), "of" | "the") {
        from += 1;
    }
    let mut phrase: Vec<String> = if counted {
        words[from..].iter().map(|w| w.to_lowercase()).collect()
    } else {
        Vec::new()
    };
    phrase.push(text[start..end].to_lowercase());
    // "of Arizona and California", "of the City of Clarksville": the places whose
    // group it is.
    let after = &text[end..];
    if let Some(rest) = after.strip_prefix(" of ") {
        let (the, rest) = match rest.strip_prefix("the ") {
            Some(rest) => ("the ", rest),
            None => ("", rest),
        };
        if rest.starts_with(|c: char| c.is_uppercase()) {
            let names: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of")
                })
                .collect();
            let names = names.join(" ");
            let names = names
                .trim_end_matches(" and")
                .trim_end_matches(" of")
                .trim_end_matches(',');
            phrase.push(format!("of {the}{names}"));
        }
    }
    phrase.join(" ")
}

/// Words before a status that make it a plan or a wish, not a fact ("was to have met").
static HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?i)\b(?:to have|was to|were to|set to|planned to|plans to|hoped to|expected to|looks forward to)\s*$").unwrap()
});

/// A passive's auxiliary right before a status ("was postponed", "has been canceled"):
/// the status is said of the sentence's subject.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?i)\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?$").unwrap()
});

/// A negation right before a status ("was not canceled", "wasn't held", "never
/// formally boycotted"): the sentence denies the status, so it states none. Statuses
/// whose own words hold the negation ("did not attend") are phrases of their own.
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"(?i)(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:[a-z]+ly\s+|yet\s+)?$")
        .unwrap()
});

/// "no" right before a word ("no such ", "no formal "): what follows is denied.
static NO_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?i)\bno\s+(?:such\s+|[a-z]+\s+)?$").unwrap());

/// Whether the status at `at` is said of an event the sentence denies: "no such
/// meeting took place", "No vote was held". The event noun is the status's subject
/// when at most a passive's auxiliary stands between them; the sentence states no
/// status, as "was not held" states none.
fn denied_subject(text: &str, events: &[(Range<usize>, String)], at: usize) -> bool {
    let Some((event, _)) = events.iter().rfind(|(e, _)| e.end <= at) else {
        return false;
    };
    let between = text[event.end..at].trim();
    (between.is_empty()
        || (PASSIVE.is_match(&text[event.end..at]) && between.split_whitespace().count() <= 2))
        && NO_BEFORE.is_match(&text[..event.start])
}

fn meaning(phrase: &str) -> Option<&'static str> {
    let p = phrase
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // "met tuesday in emergency session" means what "met in emergency session" does,
    // and "met tuesday" what "met" does.
    let p = MET_ON_DAY.replace(&p, "met ");
    let p = p.trim_end();
    WORDS.iter().find(|(w, _)| w == p).map(|(_, m)| m.as_str())
}

/// "met" and the day after it, lowercased and single-spaced.
static MET_ON_DAY: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"(?i)^met {}(?: |$)", day_words())).unwrap());

/// Each role a person is given, one claim per (person, role).
pub fn extract_roles(doc: &Doc, people: &People) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for (p, role, range) in &people.roles_at {
        let person = &people.persons[*p];
        let title = title_of(role);
        if title.is_empty() || !seen.insert((person.key(), title.clone())) {
            continue;
        }
        out.push(Claim {
            id: format!("{}#role{}", doc.article.id, out.len() + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Role(RoleClaim {
                person: person.name.clone(),
                person_key: person.key(),
                role: role.clone(),
                title,
            }),
            // The words as written: "Ann Lee, a spokeswoman for the board", "Board
            // spokeswoman Ann Lee", "The board's chair, Ann Lee".
            text: doc.words(range),
            span: doc.span(range),
        });
    }
    out
}

/// The title in a role, normalized: body and place words dropped, "Chairman" = "Chair",
/// "spokeswoman" = "spokesman" ("Commission Vice Chairman" → "vice chair").
pub fn title_of(role: &str) -> String {
    const BODY: &[&str] = &[
        "city", "county", "state", "federal", "district", "public", "staff", "the", "a", "an",
        "u.s.", "u.s", "for",
    ];
    let words: Vec<String> = role
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .to_lowercase()
        })
        .collect();
    // The title is the last run of role words.
    let mut title: Vec<String> = Vec::new();
    let mut run_start = words.len();
    let mut run_end = words.len();
    for (i, w) in words.iter().enumerate().rev() {
        if super::people::is_role_word(w) && !BODY.contains(&w.as_str()) {
            if title.is_empty() {
                run_end = i + 1;
            }
            title.push(normal_title_word(w));
            run_start = i;
        } else if !title.is_empty() {
            break;
        }
    }
    title.reverse();
    // "Secretary of State", "Chief of Staff": a department after "of" is part of the
    // title (data/title_departments.txt); a body's name is not.
    if words.get(run_end).is_some_and(|w| w == "of")
        && TITLE_DEPARTMENTS.contains(words[run_end + 1..].join(" ").as_str())
    {
        title.extend(words[run_end..].iter().cloned());
    }
    // A rank before the body's name belongs to the title: "Deputy Police Chief" is a
    // deputy chief, not a chief.
    let mut ranked: Vec<String> = words[..run_start]
        .iter()
        .filter(|w| RANKS.contains(&w.as_str()) && !title.contains(w))
        .cloned()
        .collect();
    ranked.extend(title);
    let title = ranked.join(" ");
    match TITLE_SYNONYMS.iter().find(|(written, _)| *written == title) {
        Some((_, canonical)) => canonical.to_string(),
        None => title,
    }
}

/// `data/title_departments.txt`: what follows "of" in a title ("of State").
static TITLE_DEPARTMENTS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/title_departments.txt")).collect()
});

/// `data/title_synonyms.tsv`: one post under two names ("CEO", "chief executive").
static TITLE_SYNONYMS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/title_synonyms.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// Words that make another rank of a title ("deputy chief" is not "chief").
pub const RANKS: &[&str] = &[
    "vice",
    "deputy",
    "assistant",
    "acting",
    "interim",
    "former",
    "associate",
];

fn normal_title_word(w: &str) -> String {
    match w {
        "chairman" | "chairwoman" | "chairperson" => "chair".to_string(),
        "spokeswoman" | "spokesman" => "spokesperson".to_string(),
        "councilman" | "councilwoman" => "council member".to_string(),
        "congressman" | "congresswoman" => "representative".to_string(),
        "gov." => "governor".to_string(),
        "sen." => "senator".to_string(),
        "rep." => "representative".to_string(),
        // "Supervisors Ann Lee and Bo Park": each is a supervisor.
        other => match other.strip_suffix('s') {
            Some(one) if !other.ends_with("ss") && super::people::is_role_word(one) => {
                normal_title_word(one)
            }
            _ => other.to_string(),
        },
    }
}

/// Attendance and event statuses of a document; `quotes` lets "I will not be attending"
/// inside a quote count for its speaker.
pub fn extract_attendance(
    doc: &Doc,
    gates: &Gates,
    people: &People,
    quotes: &[Claim],
    lists: &[Claim],
) -> Vec<Claim> {
    let mut found: Vec<(Range<usize>, AttendanceClaim)> = Vec::new();
    let sentences: Vec<&crate::text::Sentence> = doc.prose_sentences().collect();
    let mut last_event = LastEvent::default();
    for (k, s) in sentences.iter().enumerate() {
        let text = doc.text(&s.range);
        // Minutes' roll call: "Present: Mayor Rita Okafor, Councilmembers Dan Whitfield
        // and Grace Ho." Each person named after the label has its status.
        // A roll call says who was at an event the page names: "Notably absent:
        // California and Texas" in a page that names none is a writer's aside, no
        // roll call.
        if let Some((label, status)) = roll_call(text)
            && let Some(event) = last_event
                .before(doc, &sentences, k)
                .or_else(|| headline_event(doc))
                .or_else(|| heading_event_before(doc, s.range.start))
        {
            let range = s.range.start..s.range.start + label.end;
            let cue = text[label.clone()].trim_end_matches(':').trim().to_string();
            // A label alone at the end of its line ("In attendance:") names its people
            // on the lines after it, one to a line, in its paragraph.
            let series: Vec<Range<usize>> = if text[label.end..].trim().is_empty() {
                sentences[k + 1..]
                    .iter()
                    .take_while(|n| n.block == s.block)
                    .map(|n| n.range.clone())
                    .collect()
            } else {
                std::iter::once(range.end..s.range.end).collect()
            };
            let end = series.last().map_or(s.range.end, |r| r.end);
            let named: Vec<&super::people::Mention> = people
                .mentions
                .iter()
                .filter(|m| m.range.start >= range.end && m.range.end <= end)
                .collect();
            let mut whos: Vec<(Range<usize>, String, String)> = named
                .iter()
                .map(|m| {
                    let who = &people.persons[m.person];
                    (m.range.clone(), who.name.clone(), who.key())
                })
                .collect();
            // "Council Members Duarte, Hargrove and Pruitt": minutes name members by
            // surname after a plural title, which names no one by itself.
            for name in series
                .into_iter()
                .flat_map(|r| roll_call_surnames(&doc.norm.text, r))
            {
                if !named
                    .iter()
                    .any(|m| m.range.start < name.end && name.start < m.range.end)
                {
                    let surname = doc.norm.text[name.clone()].to_string();
                    let key = format!("person:{}", fold_name(&surname));
                    whos.push((name, surname, key));
                }
            }
            whos.sort_by_key(|(r, _, _)| r.start);
            for (at, who, who_key) in whos {
                found.push((at, status_claim(&event, who, who_key, status, &cue)));
            }
            continue;
        }
        // "Notably absent were the United States and Liberia": a status before the
        // countries or states it is said of.
        if let Some((cue, status, names)) = inverted_status(text)
            && let subjects = places_in_series(&text[names..])
            && !subjects.is_empty()
        {
            let event = last_event
                .before(doc, &sentences, k)
                .or_else(|| headline_event(doc))
                .unwrap_or_else(|| "event".to_string());
            let range = s.range.start + cue.start..s.range.start + cue.end;
            let cue = text[cue].split_whitespace().collect::<Vec<_>>().join(" ");
            for (who, who_key) in subjects {
                found.push((
                    range.clone(),
                    status_claim(&event, who, who_key, status, &cue),
                ));
            }
            continue;
        }
        // "Gov. Ann Lee sent Lt. Gov. Bo Park in her place": who was sent
        // attended, and who sent a stand-in stayed away.
        if SENT_GATE.iter().any(|f| f.find(text.as_bytes()).is_some())
            && let Some(event) = last_event
                .before(doc, &sentences, k)
                .or_else(|| headline_event(doc))
        {
            for (range, who, status, cue) in stand_ins(doc, &s.range, people) {
                let person = &people.persons[who];
                found.push((
                    range,
                    status_claim(&event, person.name.clone(), person.key(), status, &cue),
                ));
            }
        }
        // Most sentences hold no status word; their events are read only if a later
        // status needs the last event named before it.
        if !gates.open(&s.range, Gate::Status) {
            continue;
        }
        let mut statuses = STATUS
            .find_iter(text)
            .filter_map(|m| Some((m, meaning(m.as_str()).and_then(status_of)?)))
            .peekable();
        if statuses.peek().is_none() {
            continue;
        }
        let events = events_in(text);
        // "The meeting set for Monday was canceled": what became of an event outdoes
        // the plan for it in one sentence.
        let statuses: Vec<(regex::Match, Attendance)> = statuses.collect();
        let settled = statuses.iter().any(|(_, s)| {
            matches!(
                s,
                Attendance::Held | Attendance::Canceled | Attendance::Postponed
            )
        });
        for (m, status) in statuses {
            let before = &text[..m.start()];
            if status == Attendance::Scheduled
                && (settled || !planned(m.as_str(), text, &events, m.end()))
            {
                continue;
            }
            if HYPOTHETICAL.is_match(before)
                || NEGATED.is_match(before)
                || denied_subject(text, &events, m.start())
            {
                continue;
            }
            // "canceled 1,240 flights", "Customers whose flights were canceled": things
            // canceled, not an event, whatever event the article names elsewhere.
            if matches!(status, Attendance::Canceled | Attendance::Postponed)
                && things_done_to(text, &events, m.start(), m.end())
            {
                continue;
            }
            // "dissented, joined by Justice Voss": the one joined is the subject, and
            // what was joined is no event. "a summit in Toledo attended by seven
            // governors and Premier Ann Lee": the people after "by" attended the event
            // named right before.
            if status == Attendance::Attended && text[m.end()..].starts_with(" by ") {
                if m.as_str().eq_ignore_ascii_case("attended")
                    && let Some((_, event)) = events.iter().rfind(|(at, _)| at.end <= m.start())
                {
                    let from = s.range.start + m.end();
                    // To the clause's end ("U.S." holds points: the sentence ends it).
                    let to = text[m.end()..]
                        .find(';')
                        .map_or(s.range.end, |i| s.range.start + m.end() + i);
                    let cue = "attended by".to_string();
                    for mention in people
                        .mentions
                        .iter()
                        .filter(|x| x.range.start >= from && x.range.end <= to)
                    {
                        let who = &people.persons[mention.person];
                        found.push((
                            mention.range.clone(),
                            status_claim(event, who.name.clone(), who.key(), status, &cue),
                        ));
                    }
                }
                continue;
            }
            // "held a briefing", "was at the summit": the status governs the event noun
            // right after it; "held a sign outside the rally" says nothing of the rally,
            // nor "was at Delgado's party" of the vote named before. Its cue runs to the
            // noun: "held a briefing". What is canceled or put off is an event, named or
            // not ("canceled the gala").
            let mut cue_end = m.end();
            if !matches!(status, Attendance::Canceled | Attendance::Postponed)
                && governs_an_object(m.as_str())
            {
                let near = events
                    .iter()
                    .find(|(at, _)| at.start >= m.end())
                    .filter(|(at, _)| governed(&text[m.end()..at.start]));
                match near {
                    // "held a" alone says too little; "was at" says it all.
                    Some((at, _)) if ends_in_an_article(m.as_str()) => cue_end = at.end,
                    Some(_) => {}
                    None => continue,
                }
            }
            // "met with the staff" is itself a meeting; so is what "did meet", "met in
            // special session" and "convened" say was held, whatever noun follows.
            let lower = m.as_str().to_lowercase();
            // "Talks with a mediator ended without a deal": an ending says the event
            // named before it was held, and says nothing of any other; so does a
            // resumption ("Talks resumed Nov. 14"; "Service resumed" names no event).
            let ended = lower.starts_with("ended") || lower == "resumed";
            let ended_event = ended
                .then(|| events.iter().rfind(|(at, _)| at.end <= m.start()))
                .flatten()
                .map(|(_, e)| e.clone());
            if ended && ended_event.is_none() {
                continue;
            }
            let meets = lower.contains("met") || lower.contains("meet") || lower.contains("conven");
            let meeting_held = meets && status == Attendance::Held;
            // "A vote on higher rates was postponed after residents packed the meeting
            // room": what was put off is the subject, the event named before the verb.
            let subject_event = (matches!(status, Attendance::Canceled | Attendance::Postponed)
                && PASSIVE.is_match(before))
            .then(|| {
                events
                    .iter()
                    .rev()
                    .find(|(at, _)| at.end <= m.start())
                    .map(|(_, e)| e.clone())
            })
            .flatten();
            let event = own_event(m.as_str())
                .map(str::to_string)
                .or(ended_event)
                .or(subject_event)
                .or_else(|| meeting_held.then(|| "meeting".to_string()))
                .or_else(|| {
                    // "did not attend, saying they would boycott any vote": a status
                    // whose clause ends right after it has no object there; the event
                    // named after the comma is another clause's.
                    let closed = text[m.end()..].starts_with([',', ';', '.', ':']);
                    events
                        .iter()
                        .find(|(at, _)| at.start >= m.end() && !closed)
                        .map(|(_, e)| e.clone())
                })
                .or_else(|| meets.then(|| "meeting".to_string()))
                .or_else(|| {
                    events
                        .iter()
                        .rev()
                        .find(|(at, _)| at.start < m.start())
                        .map(|(_, e)| e.clone())
                })
                .or_else(|| last_event.before(doc, &sentences, k))
                .or_else(|| headline_event(doc));
            // "led by the governor and joined by 19 states": attending with no event
            // named in the sentence or before it says nothing a reader can check. A
            // status that is done to something ("canceled the gala") has its event.
            // Taking part "by video" or "virtually" is taking part in a meeting of some
            // kind, named or not.
            let event = match event {
                Some(event) => event,
                None if status == Attendance::Attended && !remote(m.as_str()) => continue,
                None if status == Attendance::Attended => "meeting".to_string(),
                // "canceled the gala": an event, unnamed.
                None => "event".to_string(),
            };
            let at = s.range.start + m.start();
            let range = at..s.range.start + cue_end;
            // One space between words, as a reader quotes them: a phrase may run over a
            // line break and the next line's indent.
            let cue = text[m.start()..cue_end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if matches!(
                status,
                Attendance::Held
                    | Attendance::Canceled
                    | Attendance::Postponed
                    | Attendance::Scheduled
            ) {
                found.push((
                    range,
                    AttendanceClaim {
                        event,
                        who: "the event".into(),
                        who_key: "event".into(),
                        status,
                        cue,
                    },
                ));
                continue;
            }
            let subject = s.range.start..at;
            let in_quote = quotes.iter().find(|q| {
                q.span.start <= doc.norm.to_original(at) && doc.norm.to_original(at) < q.span.end
            });
            let mut whos: Vec<(String, String)> = Vec::new();
            if let Some(q) = in_quote {
                let first_person = before.rsplit('"').next().unwrap_or("").trim_start();
                if (first_person.starts_with("I ") || first_person.starts_with("We "))
                    && let Some(sp) = q.as_quote().and_then(|x| x.speaker.as_ref())
                {
                    whos.push((sp.name.clone(), sp.key.clone()));
                }
                if whos.is_empty() {
                    continue;
                }
            } else if let Some(pron) = pronoun_subject(before) {
                // "… said he would not attend": the pronoun names the subject.
                if let Some(p) = people.before(at, pron) {
                    whos.push((people.persons[p].name.clone(), people.persons[p].key()));
                }
            } else {
                let last = people
                    .mentions
                    .iter()
                    .rposition(|m| m.range.start >= subject.start && m.range.end <= subject.end);
                let person = last.map(|i| &people.mentions[i]);
                let group = GROUP.find_iter(before).last();
                let group_after_person = match (person, group) {
                    (Some(p), Some(g)) => s.range.start + g.start() > p.range.start,
                    _ => false,
                };
                if let (Some(last), false) = (last, group_after_person) {
                    for m in coordinated(doc, &people.mentions, last, subject.start) {
                        let who = &people.persons[m.person];
                        whos.push((who.name.clone(), who.key()));
                    }
                }
                // "the United States boycotted", "Liberia also did not attend": a
                // country or a state right before the status, with no person or group.
                if person.is_none() && group.is_none() {
                    whos.extend(place_subjects(before));
                }
                if let Some(g) = group {
                    // "Several mayors—including Mayor Ann Lee—boycotted": both.
                    let includes = person.is_none()
                        || group_after_person
                        || text[g.end()..]
                            .split_whitespace()
                            .take(3)
                            .any(|w| w.trim_matches(|c: char| !c.is_alphabetic()) == "including");
                    if includes {
                        let g = qualified_group(before, g.start(), g.end());
                        whos.push((g.clone(), format!("group:{}", fold_name(&g))));
                    }
                }
            }
            for (who, who_key) in whos {
                found.push((
                    range.clone(),
                    status_claim(&event, who, who_key, status, &cue),
                ));
            }
        }
        last_event.read_to(k, events.last().map(|(_, e)| e.clone()));
    }
    found.extend(listed_statuses(doc, &sentences, lists));
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, a))| Claim {
            id: format!("{}#attend{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body: ClaimBody::Attendance(a),
            text: doc.words(&range),
            span: doc.span(&range),
        })
        .collect()
}

/// The statuses a list's own introduction gives its countries and states: "The
/// following delegations attended:" over a bulleted list, "Boycotting the talks were:
/// Kenya, Peru and Chile." The status must end the introduction (its event, and a verb
/// that joins the list, may follow it), so that "Leaders who attended the summit
/// praised ..." gives none.
fn listed_statuses(
    doc: &Doc,
    sentences: &[&crate::text::Sentence],
    lists: &[Claim],
) -> Vec<(Range<usize>, AttendanceClaim)> {
    let mut out = Vec::new();
    for c in lists {
        let Some(list) = c.as_list() else { continue };
        let Some(first) = list.items.first() else {
            continue;
        };
        let start = doc.norm.from_original(c.span.start);
        let end = doc.norm.from_original(first.span.start);
        let Some(intro) = doc.norm.text.get(start..end) else {
            continue;
        };
        if intro.len() > MAX_LIST_INTRO {
            continue;
        }
        let Some((m, status)) = STATUS
            .find_iter(intro)
            .filter_map(|m| Some((m, meaning(m.as_str()).and_then(status_of)?)))
            .last()
        else {
            continue;
        };
        let before = &intro[..m.start()];
        if !matches!(status, Attendance::Attended | Attendance::Absent)
            || HYPOTHETICAL.is_match(before)
            || NEGATED.is_match(before)
        {
            continue;
        }
        // Only the event's noun, and a verb that joins the list ("were"), may follow
        // the status.
        let events = events_in(intro);
        let rest = match events.iter().find(|(at, _)| at.start >= m.end()) {
            Some((at, _)) => &intro[at.end..],
            None => &intro[m.end()..],
        };
        let joins = |w: &str| matches!(w, "were" | "was" | "are" | "is" | "include" | "included");
        if !rest
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| w.is_empty() || joins(w))
        {
            continue;
        }
        let event = events
            .last()
            .map(|(_, e)| e.clone())
            .or_else(|| {
                sentences
                    .iter()
                    .rev()
                    .filter(|s| s.range.end <= start)
                    .find_map(|s| events_in(doc.text(&s.range)).pop().map(|(_, e)| e))
            })
            .unwrap_or_else(|| "event".to_string());
        let cue = intro[m.range()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let g = crate::canon::gazetteer::gazetteer();
        for item in &list.items {
            let place = &item.place;
            let (who, who_key) = match place.kind {
                crate::model::PlaceKind::Country => {
                    country_subject(g.country(&fold_name(&place.name)).unwrap_or(&place.name))
                }
                crate::model::PlaceKind::State => match g.state_by_name(&place.name) {
                    Some(state) => state_subject(state),
                    None => continue,
                },
                _ => continue,
            };
            let range =
                doc.norm.from_original(item.span.start)..doc.norm.from_original(item.span.end);
            out.push((range, status_claim(&event, who, who_key, status, &cue)));
        }
    }
    out
}

/// One status of one subject at an event.
fn status_claim(
    event: &str,
    who: String,
    who_key: String,
    status: Attendance,
    cue: &str,
) -> AttendanceClaim {
    AttendanceClaim {
        event: event.to_string(),
        who,
        who_key,
        status,
        cue: cue.to_string(),
    }
}

/// `data/inverted_statuses.tsv`: status phrases before their subjects, longest first.
static INVERTED: LazyLock<Vec<(&'static str, Attendance)>> = LazyLock::new(|| {
    let mut v: Vec<(&str, Attendance)> =
        crate::data::lines(include_str!("../../data/inverted_statuses.tsv"))
            .filter_map(|l| {
                let (phrase, meaning) = l.split_once('\t')?;
                Some((phrase, status_of(meaning.trim())?))
            })
            .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// A sentence that opens with a status before its subjects ("Notably absent were",
/// "Also present were"; an adverb in "-ly" or "also" may come first): the phrase's
/// range, its status, and where the names start.
fn inverted_status(text: &str) -> Option<(Range<usize>, Attendance, usize)> {
    let lead = text.len() - text.trim_start().len();
    let mut at = lead;
    // Read for every prose sentence: no lowercased copy is made.
    let first = text[at..].split(' ').next().unwrap_or("");
    let adverb = first.len() > 3 && first.as_bytes()[first.len() - 2..].eq_ignore_ascii_case(b"ly");
    if first.eq_ignore_ascii_case("also") || adverb {
        at += first.len() + 1;
    }
    let rest = text.get(at..)?;
    let (phrase, status) = INVERTED.iter().find(|(p, _)| {
        rest.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && rest[p.len()..].starts_with(' ')
    })?;
    Some((lead..at + phrase.len(), *status, at + phrase.len() + 1))
}

/// The countries or states a series names, when it names nothing else ("the United
/// States and Liberia", "Kenya, Peru and Chile"), up to a clause after a comma ("…,
/// which declined to send delegations"); none when any item is not one.
fn places_in_series(series: &str) -> Vec<(String, String)> {
    let series = series.trim_end().trim_end_matches(['.', ';']);
    let series = [", which", ", who", " — ", ", citing", ", saying"]
        .iter()
        .filter_map(|cut| series.find(cut))
        .min()
        .map_or(series, |at| &series[..at]);
    let mut out = Vec::new();
    for item in series
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(|i| i.trim().trim_start_matches("and ").trim())
    {
        let words: Vec<&str> = item.split_whitespace().collect();
        match place_ending_at(&words) {
            Some((n, place)) if n == words.len() || (n + 1 == words.len() && words[0] == "the") => {
                out.push(place);
            }
            _ => return Vec::new(),
        }
    }
    out
}

/// Longest introduction of a list read for a status ([`listed_statuses`]).
const MAX_LIST_INTRO: usize = 160;

/// Whether a status phrase says one took part from afar ("joined by video", "took part
/// virtually").
fn remote(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    ["video", "virtual", "remote", "phone"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether a status phrase ends in an article, a possessive or a preposition ("held
/// a", "hosted their", "was at", "took part in"): it is said of the noun it governs, not
/// of any event of the sentence.
fn governs_an_object(phrase: &str) -> bool {
    ends_in_an_article(phrase) || ends_in(phrase, &["at", "in", "of"])
}

/// Whether a plan (`phrase`, ending at `end` of `text`) is of an event: "will meet"
/// and "will convene" only before a day, "with", "in", "on", "at", "again" or the
/// clause's end ("will meet the deadline" plans no meeting); "is scheduled for" only
/// after an event the sentence names ("The hearing is scheduled for Tuesday").
fn planned(phrase: &str, text: &str, events: &[(Range<usize>, String)], end: usize) -> bool {
    let lower = phrase.to_lowercase();
    if lower.ends_with(" for") {
        let start = end - phrase.len();
        return events.iter().any(|(at, _)| at.end <= start);
    }
    if !(lower.ends_with("meet") || lower.ends_with("convene")) {
        return true;
    }
    let after = text[end..].trim_start();
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    after.is_empty()
        || after.starts_with([',', '.', ';'])
        || matches!(
            next.as_str(),
            "with"
                | "in"
                | "on"
                | "at"
                | "again"
                | "next"
                | "this"
                | "today"
                | "tomorrow"
                | "tonight"
                | "later"
                | "privately"
                | "virtually"
                | "behind"
        )
        || super::dates::WEEKDAYS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(&next))
}

/// Whether a status phrase ends in an article or a possessive ("held a").
fn ends_in_an_article(phrase: &str) -> bool {
    ends_in(phrase, &["a", "an", "the", "its", "their"])
}

/// Whether the last word of `phrase` is one of `words`, in any case.
fn ends_in(phrase: &str, words: &[&str]) -> bool {
    phrase
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| words.iter().any(|d| w.eq_ignore_ascii_case(d)))
}

/// Whether the words between a status and an event noun leave the noun its object:
/// three words at most, none a preposition ("was at the White House summit", not "held
/// a banner outside the rally"), or the rest of the event's own name, capitalized
/// words and their joining words ("attends the Great Lakes Governors and Premiers
/// Leadership Summit").
fn governed(between: &str) -> bool {
    let mut words = between.split_whitespace();
    let count = words.clone().count();
    let preposition = |w: &str| {
        let mut buf = [0u8; 16];
        crate::text::normalize::ascii_lower(w, &mut buf)
            .is_some_and(|w| super::amounts::PREPOSITIONS.contains(w))
    };
    let named = || {
        count <= NAME_WORDS
            && between.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || matches!(w, "and" | "of" | "&" | "for" | "on")
            })
    };
    (count <= OBJECT_WORDS && !words.any(preposition)) || named()
}

/// Most words of an event's name before its event noun ([`governed`]).
const NAME_WORDS: usize = 8;

/// Most words between a status that governs an object and the event noun it governs.
const OBJECT_WORDS: usize = 3;

/// Words after which an event noun that is also a verb is the verb ("to vote on",
/// "couldn't vote"), from `data/verb_leads.txt`.
static VERB_LEADS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/verb_leads.txt")).collect());

/// Whether the word before `at` makes the event noun there a verb.
fn used_as_verb(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '—'))
        .next()
        .unwrap_or_default();
    let mut buf = [0u8; 16];
    crate::text::normalize::ascii_lower(word, &mut buf).is_some_and(|w| VERB_LEADS.contains(w))
}

/// The events a sentence names, with where each stands. An event noun used as a verb
/// ("not enough members to vote") names no event.
fn events_in(text: &str) -> Vec<(Range<usize>, String)> {
    EVENT
        .find_iter(text)
        .filter(|m| !used_as_verb(text, m.start()) && !the_readers(text, m.start()))
        .filter_map(|m| {
            Some((
                m.range(),
                meaning(m.as_str())?
                    .trim_start_matches("event:")
                    .to_string(),
            ))
        })
        .collect()
}

/// Whether the event noun at `at` is the reader's ("your Monday briefing"): a
/// newsletter's name for itself, no event of the story.
fn the_readers(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .rev()
        .take(EVENT_MODIFIERS + 1)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .any(|w| w.eq_ignore_ascii_case("your"))
}

/// Most words read before an event noun for whose it is ([`the_readers`]).
const EVENT_MODIFIERS: usize = 3;

/// The last event named in the sentences before a status, found lazily: sentences are
/// searched for events only back from a status that needs one, and each at most once.
#[derive(Default)]
struct LastEvent {
    /// Sentences before this index are accounted for in `event`.
    read: usize,
    event: Option<String>,
}

impl LastEvent {
    /// The last event named before sentence `k`.
    fn before(
        &mut self,
        doc: &Doc,
        sentences: &[&crate::text::Sentence],
        k: usize,
    ) -> Option<String> {
        if let Some(e) = (self.read..k)
            .rev()
            .find_map(|j| events_in(doc.text(&sentences[j].range)).pop())
        {
            self.event = Some(e.1);
        }
        self.read = self.read.max(k);
        self.event.clone()
    }

    /// Sentence `k` was read; `last` is the last event it names. A sentence that names
    /// none leaves the sentences before it still to be searched.
    fn read_to(&mut self, k: usize, last: Option<String>) {
        if let Some(e) = last {
            self.event = Some(e);
            self.read = k + 1;
        }
    }
}

/// The status a meaning gives; "held:visit" gives "held" (see [`own_event`]).
fn status_of(meaning: &str) -> Option<Attendance> {
    let status = meaning.split_once(':').map_or(meaning, |(s, _)| s);
    match status {
        "attended" => Some(Attendance::Attended),
        "absent" => Some(Attendance::Absent),
        "held" => Some(Attendance::Held),
        "canceled" => Some(Attendance::Canceled),
        "postponed" => Some(Attendance::Postponed),
        "scheduled" => Some(Attendance::Scheduled),
        _ => None,
    }
}

/// The event a status phrase names by itself ("toured", "visited": a visit was held),
/// from its meaning "held:visit" in `data/event_words.tsv`. Such a verb names no event
/// that another article's unnamed status ("classes were canceled") could be about.
pub fn own_event(phrase: &str) -> Option<&'static str> {
    meaning(phrase)?
        .split_once(':')
        .filter(|(status, _)| *status != "event")
        .map(|(_, event)| event)
}

/// Whether a verb of canceling (from `start` to `end` of `text`) is done to things,
/// not to the story's event: a lowercase plural noun that names no event is the noun
/// its participle modifies ("every canceled flight"), opens its object ("classes", "its
/// flights", "more than 1,400 flights"), or heads its passive's subject ("flights were
/// canceled"). "canceled talks" and "Talks were canceled" keep their event.
fn things_done_to(text: &str, events: &[(Range<usize>, String)], start: usize, end: usize) -> bool {
    let plural_at = |at: usize| plural_thing_at(text, events, at);
    // "refunds for every canceled flight": the participle modifies the noun after it,
    // which is no event ("a canceled meeting" is one).
    let word_before = text[..start].split_whitespace().next_back().unwrap_or("");
    if (super::is_determiner(word_before)
        || QUANTIFIERS.contains(&word_before.to_ascii_lowercase().as_str()))
        && text[end..].starts_with(' ')
        && text[end + 1..].starts_with(|c: char| c.is_ascii_lowercase())
        && !events.iter().any(|(e, _)| e.contains(&(end + 1)))
    {
        return true;
    }
    // The object, past an article or possessive and a count.
    let skip_space = |at: usize| at + (text[at..].len() - text[at..].trim_start().len());
    let mut at = skip_space(end);
    if let Some(word) = text[at..].split_whitespace().next()
        && (super::is_determiner(word) || word == "all")
    {
        at = skip_space(at + word.len());
    }
    at += super::facts::count_at_start(&text[at..]).unwrap_or(0);
    plural_at(at) || passive_subject(text, events, start).is_some_and(plural_at)
}

/// Where the head of a passive's subject starts, when the status at `start` follows an
/// auxiliary ("were canceled"): the word before the auxiliary, or the word before the
/// preposition that opens a phrase ending there ("flights to the coast were canceled";
/// "A vote on higher water rates was postponed" is a vote's). None when an event named
/// in the clause before it is the subject ("A planned meeting between the mayor and
/// march organizers was canceled").
fn passive_subject(text: &str, events: &[(Range<usize>, String)], start: usize) -> Option<usize> {
    let aux = PASSIVE.find(&text[..start])?;
    if events
        .iter()
        .any(|(e, _)| e.end <= aux.start() && !text[e.end..aux.start()].contains([',', ';']))
    {
        return None;
    }
    // The words back from the auxiliary, nearest first, through lowercase ones.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = text[..aux.start()].trim_end().len();
    while end > 0 && words.len() < PHRASE_WORDS + 2 {
        let start = text[..end]
            .rfind(|c: char| c.is_whitespace() || c == '"')
            .map_or(0, |i| i + 1);
        let word = &text[start..end];
        words.push((start, word));
        if words.len() > 1 && !word.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
        end = text[..start].trim_end().len();
    }
    let head = match words
        .iter()
        .skip(1)
        .position(|(_, w)| super::amounts::PREPOSITIONS.contains(w))
    {
        Some(i) => words.get(i + 2),
        None => words.first(),
    };
    head.map(|&(at, _)| at)
}

/// Whether the word at `at` is a lowercase plural that names no event ("flights", not
/// "talks").
fn plural_thing_at(text: &str, events: &[(Range<usize>, String)], at: usize) -> bool {
    let word = text[at..]
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'))
        .next()
        .unwrap_or("");
    super::facts::looks_plural(word)
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !events.iter().any(|(e, _)| e.contains(&at))
}

/// Words that, like a determiner, open a noun phrase a participle may modify
/// ("every canceled flight").
const QUANTIFIERS: &[&str] = &["every", "each", "any", "all", "no", "some", "many"];

/// Most words read back from a passive's auxiliary for a preposition.
const PHRASE_WORDS: usize = 3;

/// The event the headline names, when no sentence before a status names one: "LIVE:
/// Atlantic Ocean Summit, day two" ... "So Liberia did attend after all."
fn headline_event(doc: &Doc) -> Option<String> {
    doc.blocks
        .iter()
        .filter(|b| b.kind == crate::text::BlockKind::Title)
        .find_map(|b| events_in(doc.text(&b.range)).pop().map(|(_, e)| e))
}

/// The event the last heading before `at` names: minutes open with "MINUTES OF THE
/// REGULAR MEETING" under the body's name, and their roll call is of that meeting.
fn heading_event_before(doc: &Doc, at: usize) -> Option<String> {
    doc.blocks
        .iter()
        .take_while(|b| b.range.end <= at)
        .filter(|b| b.kind == crate::text::BlockKind::Heading)
        .filter_map(|b| events_in(doc.text(&b.range)).pop().map(|(_, e)| e))
        .last()
}

/// Words that may stand between a subject and its status ("Liberia also did not
/// attend"), besides adverbs in "-ly".
const SUBJECT_ADVERBS: &[&str] = &["also", "never", "still", "too", "then", "again", "even"];

/// The countries or states named right before a status, as its subjects: "at a summit
/// the United States boycotted", "The U.S. did not attend", "Liberia also did not
/// attend", "Vanuatu and Solomon Islands boycotted". Each with its display name and key
/// ("country:liberia", "state:TX"), in the order named.
fn place_subjects(before: &str) -> Vec<(String, String)> {
    let mut words: Vec<&str> = before.split_whitespace().collect();
    // "the United States, which declined to send a delegation": the relative pronoun
    // stands for the name before it.
    if words.len() >= 2
        && matches!(words[words.len() - 1], "which" | "who")
        && words[words.len() - 2].ends_with(',')
    {
        words.pop();
        let last = words.len() - 1;
        words[last] = words[last].trim_end_matches(',');
    }
    let mut end = words.len();
    while end > 0
        && words.len() - end < 2
        && (SUBJECT_ADVERBS.contains(&words[end - 1])
            || (words[end - 1].ends_with("ly")
                && words[end - 1].bytes().all(|b| b.is_ascii_lowercase())))
    {
        end -= 1;
    }
    let Some((n, last)) = place_ending_at(&words[..end]) else {
        return Vec::new();
    };
    // "Fiji, Samoa and Tonga boycotted": the names joined to the last one by "and", and
    // by commas before that "and". A comma alone joins nothing: "In Suva, Vanuatu
    // boycotted".
    let mut out = vec![last];
    // Where the names read so far start, with an article before one ("the Cook
    // Islands").
    let start_of = |at: usize| at - usize::from(at > 0 && words[at - 1] == "the");
    let mut at = start_of(end - n);
    let mut joined = false;
    loop {
        let before_and = at
            .checked_sub(1)
            .filter(|&i| matches!(words[i], "and" | "&"));
        let next_end = match before_and {
            Some(i) if !joined => {
                joined = true;
                i
            }
            _ if joined && at > 0 && words[at - 1].ends_with(',') => at,
            _ => break,
        };
        let Some((n, place)) = place_ending_at(&words[..next_end]) else {
            break;
        };
        out.push(place);
        at = start_of(next_end - n);
    }
    // A series without its "and" ("Fiji, Samoa boycotted") names the last one only.
    if !joined {
        out.truncate(1);
    }
    out.reverse();
    out
}

/// Most words of a country's or state's name ("Democratic Republic of the Congo" is
/// read by its shorter names).
const PLACE_SUBJECT_WORDS: usize = 4;

/// The country or state whose name ends `words` (a comma after it aside): how many
/// words it takes, its display name and its key.
fn place_ending_at(words: &[&str]) -> Option<(usize, (String, String))> {
    let end = words.len();
    let g = crate::canon::gazetteer::gazetteer();
    (1..=PLACE_SUBJECT_WORDS.min(end)).rev().find_map(|n| {
        let name = words[end - n..end].join(" ");
        let name = name.trim_end_matches(',');
        if !name.starts_with(|c: char| c.is_uppercase()) || name.contains(',') {
            return None;
        }
        let name = name
            .strip_prefix("The ")
            .or_else(|| name.strip_prefix("the "))
            .unwrap_or(name);
        let folded = fold_name(name);
        if let Some(country) = g.country(&folded) {
            return Some((n, country_subject(country)));
        }
        // "Washington sent no delegation" speaks of a government, not the state; a
        // state named like a city may be either.
        let state = g
            .state_by_name(name)
            .filter(|_| g.cities(&folded).is_empty())?;
        Some((n, state_subject(state)))
    })
}

/// A country as the subject of a status: its name and key ("country:liberia").
fn country_subject(country: &str) -> (String, String) {
    (
        country.to_string(),
        format!("country:{}", fold_name(country)),
    )
}

/// A state as the subject of a status: its name and key ("state:TX").
fn state_subject(state: &crate::canon::gazetteer::State) -> (String, String) {
    (state.name.clone(), format!("state:{}", state.code))
}

/// "… said he would not attend": the pronoun right before the status.
fn pronoun_subject(before: &str) -> Option<Option<super::people::Gender>> {
    use super::people::Gender;
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    if words.iter().any(|w| w == "she") {
        Some(Some(Gender::F))
    } else if words.iter().any(|w| w == "he") {
        Some(Some(Gender::M))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::extract::people::find_people;

    /// The events and statuses of one paragraph under a headline.
    fn statuses(text: &str) -> Vec<(String, Attendance)> {
        attendance(&format!("Headline\n\n{text}\n"))
            .into_iter()
            .map(|(_, event, status)| (event, status))
            .collect()
    }

    #[test]
    fn a_plan_to_hold_an_event_is_its_schedule_and_what_became_of_it_outdoes_it() {
        let meeting = |status| vec![("meeting".to_string(), status)];
        for text in [
            "The Pike County board will hold an emergency meeting Monday at 9 a.m.",
            "The board will meet in emergency session Monday.",
            "The board was to meet Monday to ratify the order.",
            "Council members will meet with the mayor Tuesday.",
            "The hearing is scheduled for Tuesday.",
        ] {
            let want = if text.contains("hearing") {
                vec![("hearing".to_string(), Attendance::Scheduled)]
            } else {
                meeting(Attendance::Scheduled)
            };
            assert_eq!(statuses(text), want, "{text}");
        }
        // No meeting is planned, or the plan was undone in the same sentence.
        for text in [
            "The county will meet the deadline.",
            "Flights are scheduled for Tuesday.",
        ] {
            assert!(statuses(text).is_empty(), "{text}");
        }
        assert_eq!(
            statuses("The board, which was to meet Monday, canceled the meeting."),
            meeting(Attendance::Canceled)
        );
    }

    #[test]
    fn attends_before_an_event_is_attendance_and_before_a_school_a_habit() {
        assert_eq!(
            statuses("The summit was held Monday. Mayor Ann Lee attends the summit."),
            [
                ("meeting".to_string(), Attendance::Held),
                ("meeting".to_string(), Attendance::Attended)
            ]
        );
        assert_eq!(
            statuses("The vote was held Monday. Bo Park, whose brother attends Adair, was sad."),
            [("vote".to_string(), Attendance::Held)]
        );
        // An event's name of many capitalized words before its noun is still its object.
        assert_eq!(
            statuses("Gov. Ann Lee attends the Pike River Mayors and Chiefs Leadership Summit."),
            [("meeting".to_string(), Attendance::Attended)]
        );
        // Lowercase words between are no name: "the opening of" keeps the summit no
        // object of "attends the".
        assert_eq!(
            statuses("Gov. Ann Lee attends the opening of the Pike River Summit."),
            []
        );
    }

    #[test]
    fn the_people_an_event_was_attended_by_attended_it() {
        for text in [
            "Headline\n\nThe summit, attended by Gov. Ann Lee and Mayor Tom Hale, ended early.\n",
            "Headline\n\nA pledge was signed at a summit in Dalton attended by seven U.S. governors, Gov. Ann Lee and Mayor Tom Hale.\n",
        ] {
            assert_eq!(
                people_at(text),
                [
                    ("Ann Lee".into(), "meeting".into(), Attendance::Attended),
                    ("Tom Hale".into(), "meeting".into(), Attendance::Attended)
                ],
                "{text}"
            );
        }
        // Joined by someone: the one joined is the subject, and no event is named.
        assert_eq!(
            people_at("Headline\n\nJustice Ann Lee dissented, joined by Justice Tom Hale.\n"),
            []
        );
    }

    #[test]
    fn who_opened_or_chaired_an_event_attended_it() {
        assert_eq!(
            people_at(
                "Headline\n\nGov. Ann Lee, the host, opened the summit. Gov. Tom Hale chaired the closing session.\n"
            ),
            [
                ("Ann Lee".into(), "meeting".into(), Attendance::Attended),
                ("Tom Hale".into(), "meeting".into(), Attendance::Attended)
            ]
        );
    }

    #[test]
    fn things_canceled_in_the_plural_are_no_event() {
        assert!(statuses("More than 80 school districts canceled classes Thursday.").is_empty());
        assert!(statuses("The airline canceled its flights.").is_empty());
        assert_eq!(
            statuses("The club canceled the gala."),
            [("event".to_string(), Attendance::Canceled)]
        );
        // Counted, or the passive's subject, with an event named in the sentence.
        for text in [
            "Pike Air cancelled more than 1,400 flights on Tuesday, a day before the hearing.",
            "The outage canceled 1,240 flights and delayed the board meeting.",
            "After the meeting, customers whose flights were canceled asked for refunds.",
            "Before the summit, all classes were postponed.",
            "At the hearing, flights to the coast were canceled.",
            "After the hearing, refunds are due for every canceled flight.",
        ] {
            assert!(
                statuses(text)
                    .iter()
                    .all(|(_, s)| *s != Attendance::Canceled && *s != Attendance::Postponed),
                "{text}: {:?}",
                statuses(text)
            );
        }
        // Events in the plural, named as the object or the subject, keep their status.
        assert_eq!(
            statuses("The county canceled talks set for Monday."),
            [("meeting".to_string(), Attendance::Canceled)]
        );
        assert_eq!(
            statuses("Before the hearing, talks were canceled."),
            [("meeting".to_string(), Attendance::Canceled)]
        );
        assert_eq!(
            statuses("A planned meeting between the mayor and march organizers was canceled."),
            [("meeting".to_string(), Attendance::Canceled)]
        );
        assert_eq!(
            statuses("Members were angry about the canceled meeting."),
            [("meeting".to_string(), Attendance::Canceled)]
        );
    }

    #[test]
    fn what_was_canceled_by_someone_and_talks_that_ended_are_events() {
        let canceled = vec![("meeting".to_string(), Attendance::Canceled)];
        assert_eq!(
            statuses(
                "A bargaining session set for Monday was canceled by the county, the union said."
            ),
            canceled
        );
        assert_eq!(
            statuses("Talks with a mediator on Monday ended without a deal."),
            [("meeting".to_string(), Attendance::Held)]
        );
        // An ending speaks of the event named before it, and of no other.
        assert_eq!(
            statuses("The hearing ended with a vote."),
            [("hearing".to_string(), Attendance::Held)]
        );
        assert!(statuses("The meeting was set. The march ended without incident.").is_empty());
    }

    fn attendance(text: &str) -> Vec<(String, String, Attendance)> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        let people = find_people(&doc);
        let quotes = crate::extract::quotes::extract_quotes(&doc, &people);
        let gates = Gates::new(&doc);
        let counts = crate::extract::facts::extract_counts(&doc, &gates);
        let lists = crate::extract::lists::extract_lists(&doc, &gates, &counts);
        extract_attendance(&doc, &gates, &people, &quotes, &lists)
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Attendance(a) => Some((a.who, a.event, a.status)),
                _ => None,
            })
            .collect()
    }

    /// [`attendance`] of people and groups, without what became of the event.
    fn people_at(text: &str) -> Vec<(String, String, Attendance)> {
        let mut got = attendance(text);
        got.retain(|(who, _, _)| who != "the event");
        got
    }

    #[test]
    fn taking_part_from_afar_and_a_room_called_over() {
        // By video, with no event named before: a meeting all the same.
        let a = attendance("Headline\n\nGov. Ann Lee of Vermont took part by video.\n");
        assert_eq!(
            a,
            [(
                "Ann Lee".to_string(),
                "meeting".to_string(),
                Attendance::Attended
            )]
        );
        // "joined by video" is no "joined by" (those who joined another).
        let a = attendance(
            "Headline\n\nThe hearing opened. Gov. Ann Lee, who joined by video from home, spoke first.\n",
        );
        assert!(
            a.contains(&("Ann Lee".into(), "hearing".into(), Attendance::Attended)),
            "{a:?}"
        );
        // A roll call of who is in the room, each name with its state after it.
        let a = attendance(
            "Headline\n\nThe summit opened.\n\nFour governors are in the room: Park of Ohio, Dale (IN), Ruiz (MI) and Gov. Tom Boyd of Iowa.\n",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Park", "Dale", "Ruiz", "Tom Boyd"], "{a:?}");
        assert!(a.iter().all(|x| x.2 == Attendance::Attended));
    }

    #[test]
    fn a_denied_status_states_none() {
        for text in [
            "The meeting was not canceled despite the storm.",
            "The summit wasn't postponed, officials said.",
            "Mayor Bo Park never formally boycotted the hearing.",
            "The gala was not yet called off.",
        ] {
            let a = attendance(&format!("Headline\n\n{text}\n"));
            assert!(a.is_empty(), "{text}: {a:?}");
        }
        // A status whose own words deny is still read, and so is a plain one.
        let a = attendance("Headline\n\nMayor Bo Park did not attend the hearing.\n");
        assert!(
            a.contains(&("Bo Park".into(), "hearing".into(), Attendance::Absent)),
            "{a:?}"
        );
        let a = attendance("Headline\n\nThe board canceled the gala.\n");
        assert!(a.iter().any(|x| x.2 == Attendance::Canceled), "{a:?}");
    }

    #[test]
    fn a_status_whose_clause_ends_takes_no_later_clauses_event() {
        // "did not attend," then another clause's "vote": the meeting named before is
        // the one stayed away from; the boycott of the vote is its own status.
        let a = attendance(
            "Headline\n\nThe board held its meeting. Trustee Bo Park did not attend, saying he would boycott any vote on the plan.\n",
        );
        assert!(
            a.contains(&("Bo Park".into(), "meeting".into(), Attendance::Absent)),
            "{a:?}"
        );
    }

    #[test]
    fn putting_off_an_event_postpones_it_and_being_put_off_does_not() {
        for text in [
            "The harbor board put off its vote on the ferry contract.",
            "Members pushed back a vote on the contract to next month.",
        ] {
            assert_eq!(
                statuses(text),
                [("vote".to_string(), Attendance::Postponed)],
                "{text}"
            );
        }
        for text in [
            "Many residents were put off by the fare increase discussed at the meeting.",
            "The board pushed back against critics at the hearing.",
        ] {
            assert!(statuses(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn what_was_put_off_is_the_subject_of_the_passive() {
        assert_eq!(
            statuses(
                "A vote on higher water rates was postponed Thursday after residents packed the meeting room."
            ),
            [("vote".to_string(), Attendance::Postponed)]
        );
        // Active, the event after the verb is what was put off.
        assert_eq!(
            statuses("After the vote, the board postponed the hearing."),
            [("hearing".to_string(), Attendance::Postponed)]
        );
    }

    #[test]
    fn met_with_its_day_says_a_meeting_was_held() {
        assert_eq!(
            statuses("The water board met Thursday and voted to raise rates."),
            [("meeting".to_string(), Attendance::Held)]
        );
        assert_eq!(
            statuses("The council met Tuesday in closed session."),
            [("meeting".to_string(), Attendance::Held)]
        );
        // Without a day "met" says nothing of a meeting.
        assert!(statuses("The district met its goal for the year.").is_empty());
    }

    #[test]
    fn who_did_what_about_which_event() {
        let a = attendance(
            "Headline\n\nCouncil Member Ana Ruiz, who attended the hearing, spoke first. Mayor Bo Park said he would skip the budget workshop. The board canceled the gala.\n",
        );
        assert!(
            a.contains(&("Ana Ruiz".into(), "hearing".into(), Attendance::Attended)),
            "{a:?}"
        );
        assert!(
            a.contains(&("Bo Park".into(), "workshop".into(), Attendance::Absent)),
            "{a:?}"
        );
        assert!(
            a.iter()
                .any(|x| x.0 == "the event" && x.2 == Attendance::Canceled),
            "{a:?}"
        );
    }

    #[test]
    fn an_event_noun_used_as_a_verb_names_no_event() {
        // "to vote on" is no vote: the absence is from the meeting named before.
        let a = attendance(
            "Headline\n\nThe special meeting began at 6. The council needed six members to vote on the budget. Council Member Ana Ruiz did not attend.\n",
        );
        assert_eq!(
            a,
            [("Ana Ruiz".into(), "meeting".into(), Attendance::Absent)]
        );
        // "did meet" holds a meeting, whatever event is named after it.
        let a = attendance(
            "Headline\n\nThe council did meet Monday, but it could not hold the vote.\n",
        );
        assert_eq!(
            a,
            [("the event".into(), "meeting".into(), Attendance::Held)]
        );
    }

    #[test]
    fn a_roll_calls_surnames_after_a_plural_title_are_people() {
        let text = "x: Council Members Adebayo, Farrell, Ng and Mayor Lindqvist.";
        let names: Vec<&str> = roll_call_surnames(text, 3..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(names, ["Adebayo", "Farrell", "Ng", "Lindqvist"]);
        // An item in lowercase words or of many words is no name.
        let text = "x: the rest of the council, Mayor Ann Lee.";
        let names: Vec<&str> = roll_call_surnames(text, 3..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(names, ["Lee"]);
        // "None" in place of names names no one.
        for text in ["x: None.", "x: none", "x: All"] {
            assert!(roll_call_surnames(text, 3..text.len()).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_roll_call_label_alone_on_its_line_names_the_lines_after_it() {
        let pool = "Pool report\n\nThe governors held a meeting on Monday.\n\nIn attendance:\nGov. Ann Lee (Massachusetts)\nGov. Tom Hale (Iowa)\nLt. Gov. Bo Park (New Hampshire)\n\nThe pool left at noon.\n";
        let got = people_at(pool);
        for who in ["Ann Lee", "Tom Hale", "Bo Park"] {
            assert!(
                got.contains(&(who.into(), "meeting".into(), Attendance::Attended)),
                "{who}: {got:?}"
            );
        }
        // The label's lines end with its paragraph.
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn who_was_sent_attended_and_who_sent_a_stand_in_stayed_away() {
        let wire = "Governors meet\n\nFive governors held a meeting on Monday. Gov. Ann Lee sent Lt. Gov. Bo Park in her place.\n";
        let got = people_at(wire);
        assert!(
            got.contains(&("Bo Park".into(), "meeting".into(), Attendance::Attended)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Ann Lee".into(), "meeting".into(), Attendance::Absent)),
            "{got:?}"
        );
        let sent = "Governors meet\n\nFive governors held a meeting on Monday. Ohio sent Lt. Gov. Bo Park.\n";
        assert_eq!(
            people_at(sent),
            [("Bo Park".into(), "meeting".into(), Attendance::Attended)]
        );
        // Sending someone a letter, home or to prison sends no one to the event.
        for other in [
            "Ann Lee sent Tom Hale a letter.",
            "The coach sent Tom Hale home.",
            "The judge sent Tom Hale to prison.",
        ] {
            let text =
                format!("Governors meet\n\nFive governors held a meeting on Monday. {other}\n");
            assert_eq!(people_at(&text), [], "{other}");
        }
    }

    #[test]
    fn a_roll_call_needs_an_event_the_page_names() {
        // A writer's aside in a page about a settlement names no meeting.
        let aside = "Settlement signed\n\nTwelve states signed the deal on Wednesday.\n\nNotably absent: Ohio and Texas, which have suits of their own.\n";
        assert_eq!(attendance(aside), []);
        // Minutes name the meeting before their roll call.
        let minutes = "Minutes\n\nMayor Ann Lee called the meeting to order at 7 p.m.\n\nAbsent: Councilmember Tom Hale.\n";
        assert!(attendance(minutes).contains(&(
            "Tom Hale".into(),
            "meeting".into(),
            Attendance::Absent
        )));
        // Or in a heading under the body's name, before the roll call.
        let heading = "PIKE COUNTY BOARD\nMINUTES OF THE REGULAR MEETING\nMonday, May 4\n\nPresent: Chair Ann Lee\nAbsent: Supervisor Tom Hale\n\nThe board adopted the budget.\n";
        assert_eq!(
            attendance(heading),
            [
                ("Ann Lee".into(), "meeting".into(), Attendance::Attended),
                ("Tom Hale".into(), "meeting".into(), Attendance::Absent)
            ]
        );
    }

    #[test]
    fn people_who_were_absent_stayed_away() {
        let got = people_at(
            "Board backs plan\n\nThe board meeting opened Tuesday. Two supervisors, Ann Lee and Tom Hale, were absent.\n",
        );
        assert_eq!(
            got,
            [
                ("Ann Lee".into(), "meeting".into(), Attendance::Absent),
                ("Tom Hale".into(), "meeting".into(), Attendance::Absent)
            ]
        );
    }

    #[test]
    fn a_status_with_no_event_of_its_own_takes_the_last_one_named_before() {
        // The rally is named after the hearing, in sentences with no status word; the
        // hearing sentence has one that names no event of its own.
        let a = attendance(
            "Headline\n\nThe hearing opened at noon. Mayor Bo Park attended. A rally formed outside. It grew loud. Council Member Ana Ruiz boycotted.\n",
        );
        assert!(
            a.contains(&("Bo Park".into(), "hearing".into(), Attendance::Attended)),
            "{a:?}"
        );
        assert!(
            a.contains(&("Ana Ruiz".into(), "rally".into(), Attendance::Absent)),
            "{a:?}"
        );
        // "met with" is a meeting of its own, and the rally before it stays the last
        // event named.
        let a = attendance(
            "Headline\n\nA rally formed outside. Mayor Bo Park met with staff. Council Member Ana Ruiz boycotted.\n",
        );
        assert!(
            a.contains(&("Ana Ruiz".into(), "rally".into(), Attendance::Absent)),
            "{a:?}"
        );
    }

    #[test]
    fn plans_are_not_facts_and_quotes_speak_for_their_speaker() {
        let a = attendance(
            "Headline\n\nThe mayors were to have met with the governor on Monday.\n\nGov. Lee Moss tweeted: \"I will not be attending today's meeting.\"\n",
        );
        assert_eq!(
            a,
            vec![(
                "Lee Moss".to_string(),
                "meeting".to_string(),
                Attendance::Absent
            )]
        );
    }

    #[test]
    fn titles_normalize() {
        assert_eq!(title_of("Commission Vice Chairman"), "vice chair");
        assert_eq!(title_of("Commission Chair"), "chair");
        assert_eq!(title_of("Executive director"), "executive director");
        assert_eq!(title_of("a spokeswoman for the DOJ"), "spokesperson");
        assert_eq!(title_of("New Orleans Mayor"), "mayor");
        // A rank before the body's name stays with the title.
        assert_eq!(title_of("Deputy Police Chief"), "deputy chief");
        assert_eq!(title_of("Acting Fire Chief"), "acting chief");
        assert_eq!(title_of("Police Chief"), "chief");
        assert_eq!(title_of("Secretary of State"), "secretary of state");
        assert_eq!(title_of("White House Chief of Staff"), "chief of staff");
        assert_eq!(title_of("President of Harvest Lane Foods"), "president");
        // A plural title before several names gives each the title of one.
        assert_eq!(title_of("Supervisors"), "supervisor");
        assert_eq!(title_of("County Commissioners"), "commissioner");
        assert_eq!(title_of("Press"), "press");
        assert_eq!(title_of("Nevada AG"), "attorney general");
    }

    #[test]
    fn a_country_or_a_state_right_before_a_status_is_its_subject() {
        let absent = |text: &str| -> Vec<String> {
            attendance(&format!("Headline\n\nThe summit opened Monday. {text}\n"))
                .into_iter()
                .filter(|(_, _, status)| *status == Attendance::Absent)
                .map(|(who, _, _)| who)
                .collect()
        };
        assert_eq!(absent("Kenya also did not attend."), ["Kenya"]);
        assert_eq!(absent("The U.S. did not attend."), ["United States"]);
        assert_eq!(
            absent("Absent was Peru, which declined to send a delegation."),
            ["Peru"]
        );
        assert_eq!(absent("Nevada boycotted the talks."), ["Nevada"]);
        // A state named like a city may stand for a government; a sentence's
        // subject that is no place names no one.
        assert!(absent("Washington sent no delegation.").is_empty());
        assert!(absent("The hosts reportedly boycotted it.").is_empty());
        // Names joined by "and", and by commas before it, are subjects each.
        assert_eq!(
            absent("Kenya and Peru boycotted the talks."),
            ["Kenya", "Peru"]
        );
        assert_eq!(
            absent("Chile, Peru and the Netherlands did not attend."),
            ["Chile", "Peru", "Netherlands"]
        );
        // A comma alone joins nothing: "After Chile," is when, not who.
        assert_eq!(absent("After Chile, Peru boycotted the talks."), ["Peru"]);
        // The status may come first; then every name of the series must be a country's
        // or a state's.
        assert_eq!(
            absent("Notably absent were the United States and Liberia."),
            ["United States", "Liberia"]
        );
        assert!(absent("Absent were Ann Lee and Tom Hale.").is_empty());
    }

    #[test]
    fn a_rosters_introduction_gives_each_listed_country_its_status() {
        let got = attendance(
            "Headline\n\nThe summit opened Monday.\n\nThe following delegations attended:\n- Kenya\n- Peru\n- Chile\n",
        );
        assert_eq!(
            got,
            ["Kenya", "Peru", "Chile"].map(|c| (
                c.to_string(),
                "meeting".to_string(),
                Attendance::Attended
            ))
        );
        let got = attendance(
            "Headline\n\nThe summit opened Monday. Boycotting the talks were: Kenya, Peru and Chile.\n",
        );
        assert_eq!(
            got,
            ["Kenya", "Peru", "Chile"].map(|c| (
                c.to_string(),
                "meeting".to_string(),
                Attendance::Absent
            ))
        );
        assert_eq!(
            attendance("Headline\n\nThe summit opened Monday. Attending were: Kenya and Peru.\n"),
            ["Kenya", "Peru"].map(|c| (c.to_string(), "meeting".to_string(), Attendance::Attended))
        );
        // A status that does not end the introduction is said of others: the leaders,
        // not the nations they praised.
        assert_eq!(
            attendance(
                "Headline\n\nThe summit opened Monday.\n\nLeaders who attended praised the following nations:\n- Kenya\n- Peru\n- Chile\n",
            ),
            [(
                "leaders".to_string(),
                "meeting".to_string(),
                Attendance::Attended
            )]
        );
    }

    #[test]
    fn the_readers_briefing_is_no_event() {
        let events =
            |text: &str| -> Vec<String> { events_in(text).into_iter().map(|(_, e)| e).collect() };
        assert!(events("The Reef Report, your Monday Pacific briefing").is_empty());
        assert_eq!(
            events("Officials gave a briefing on Monday"),
            ["press conference"]
        );
    }
}
