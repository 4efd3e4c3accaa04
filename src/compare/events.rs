//! Judging attendance: a person (or group) said to attend in one article and to stay away
//! in another, an event said to be canceled and to be held; and the who-attended table.

use std::collections::BTreeMap;

use super::evidence::Quoter;
use super::{join, new_finding, unique};
use crate::model::{
    Attendance, AttendanceClaim, Claim, ClaimBody, EventRow, EventTable, Finding, FindingType,
};
use crate::text::Doc;

type Row<'a> = Vec<(&'a Claim, &'a AttendanceClaim)>;

/// The event of a status whose sentences name none ("canceled the gala" aside).
const UNNAMED: &str = "event";

/// Attendance findings and the who-attended tables.
///
/// Where an article says the story's vote was canceled or put off, each other
/// article's tally in its opening paragraphs ("voted 5-2 Thursday") says the vote was
/// held (`crate::extract::votes::vote_held`). Elsewhere a tally adds no row: the vote
/// findings tell it already.
pub fn judge(docs: &[Doc], claims: &[&Claim]) -> (Vec<Finding>, Vec<EventTable>) {
    let vote_off = claims.iter().any(|c| {
        matches!(&c.body, ClaimBody::Attendance(a)
            if a.event == "vote"
                && a.who_key == "event"
                && matches!(a.status, Attendance::Canceled | Attendance::Postponed))
    });
    // Comparison's documents are unsegmented; an article with a tally is segmented
    // again here, which only a story with a vote put off asks for.
    let mut held: Vec<Claim> = Vec::new();
    if vote_off {
        for d in docs {
            let votes: Vec<&&Claim> = claims
                .iter()
                .filter(|c| c.article == d.article.id && c.as_vote().is_some())
                .collect();
            if votes.is_empty() {
                continue;
            }
            let doc = Doc::new(d.article);
            held.extend(
                votes
                    .into_iter()
                    .filter_map(|c| crate::extract::votes::vote_held(&doc, c)),
            );
        }
    }
    if held.is_empty() {
        return judge_statuses(docs, claims);
    }
    let all: Vec<&Claim> = claims.iter().copied().chain(&held).collect();
    judge_statuses(docs, &all)
}

/// [`judge`] over the statuses of `claims`.
fn judge_statuses<'a>(docs: &[Doc], claims: &[&'a Claim]) -> (Vec<Finding>, Vec<EventTable>) {
    let quote = Quoter::new(docs);
    // An event no article of the story names ("Notably absent were Liberia and the
    // United States") is the one event the others name, if they name only one. A verb
    // that names its own event ("toured": a visit) is not naming one: "classes were
    // canceled" is not about the governor's tour.
    let named: std::collections::BTreeSet<&str> = claims
        .iter()
        .filter_map(|c| match &c.body {
            ClaimBody::Attendance(a)
                if a.event != UNNAMED && crate::extract::events::own_event(&a.cue).is_none() =>
            {
                Some(a.event.as_str())
            }
            _ => None,
        })
        .collect();
    let event_of = |a: &'a AttendanceClaim| -> &'a str {
        match named.iter().next() {
            Some(&only) if a.event == UNNAMED && named.len() == 1 => only,
            _ => a.event.as_str(),
        }
    };
    // event → who_key → claims, in order of first appearance.
    let mut events: BTreeMap<&str, Vec<(&str, Row)>> = BTreeMap::new();
    for c in claims {
        let ClaimBody::Attendance(a) = &c.body else {
            continue;
        };
        let rows = events.entry(event_of(a)).or_default();
        match rows.iter_mut().find(|(k, _)| *k == a.who_key) {
            Some((_, row)) => row.push((c, a)),
            None => rows.push((a.who_key.as_str(), vec![(c, a)])),
        }
    }
    let mut findings = Vec::new();
    let mut tables = Vec::new();
    for (event, rows) in events {
        let mut table_rows = Vec::new();
        let mut alone: Vec<Alone> = Vec::new();
        // Columns in the order the articles were given.
        let articles: Vec<String> = unique(
            claims
                .iter()
                .filter(|c| matches!(&c.body, ClaimBody::Attendance(a) if event_of(a) == event))
                .map(|c| c.article.clone()),
        );
        // One article says the event was canceled or put off, another that someone
        // attended it ("A planned meeting ... was canceled" against "Mayor Keith Wilson
        // met with five of our members"): the event cannot be both.
        let off: Row = rows
            .iter()
            .filter(|(k, _)| *k == "event")
            .flat_map(|(_, r)| r.iter().copied())
            .filter(|(_, a)| matches!(a.status, Attendance::Canceled | Attendance::Postponed))
            .collect();
        let went: Row = rows
            .iter()
            .filter(|(k, _)| *k != "event")
            .flat_map(|(_, r)| r.iter().copied())
            .filter(|(_, a)| a.status == Attendance::Attended)
            .collect();
        // An event some article says was held is set against "canceled" in its own
        // row already; the people who attended add nothing to that finding.
        let said_held = rows
            .iter()
            .filter(|(k, _)| *k == "event")
            .any(|(_, r)| r.iter().any(|(_, a)| a.status == Attendance::Held));
        let held_against_off = !said_held
            && off
                .iter()
                .any(|(c, _)| went.iter().any(|(d, _)| d.article != c.article));
        if held_against_off {
            findings.push(attended_against_off(&quote, event, &off, &went));
        }
        for (who_key, row) in &rows {
            // The name in most words any article gives ("Ana Duarte" over a roll call's
            // "Duarte"); the first of as many words.
            let words = |w: &str| w.split_whitespace().count();
            let who = row
                .iter()
                .map(|(_, a)| &a.who)
                .fold(
                    &row[0].1.who,
                    |best, w| if words(w) > words(best) { w } else { best },
                )
                .clone();
            let who_text = if *who_key == "event" {
                format!("the {event} itself")
            } else {
                who.clone()
            };
            // Statuses by article, each article's first word for it.
            let mut by_status: BTreeMap<Attendance, Vec<(&Claim, &AttendanceClaim)>> =
                BTreeMap::new();
            for (c, a) in row {
                by_status.entry(a.status).or_default().push((c, a));
            }
            let statuses: Vec<Attendance> = by_status.keys().copied().collect();
            // Statuses of an event no article names by its noun contradict only across
            // two articles, when neither also says what the other does: a page that
            // says "canceled the full marathon, but the half marathon went ahead"
            // speaks of two events, and its "went ahead" contradicts no other page's
            // "canceled". A named event an article says was both canceled and held
            // ("canceled the meeting, though some did meet with him") is a conflict in
            // its own words.
            let says = |art: &str, s: Attendance| {
                row.iter().any(|(c, a)| c.article == art && a.status == s)
            };
            let conflict = if event == UNNAMED {
                row.iter().any(|(x, a)| {
                    row.iter().any(|(y, b)| {
                        x.article != y.article
                            && a.status.contradicts(b.status)
                            && !says(&x.article, b.status)
                            && !says(&y.article, a.status)
                    })
                })
            } else {
                statuses
                    .iter()
                    .any(|a| statuses.iter().any(|b| a.contradicts(*b)))
            };
            // A row the finding above already sets against the others.
            let judged = held_against_off
                && row.iter().any(|(_, a)| {
                    matches!(
                        a.status,
                        Attendance::Canceled | Attendance::Postponed | Attendance::Attended
                    )
                });
            let cells: Vec<String> = articles
                .iter()
                .map(|art| {
                    unique(
                        row.iter()
                            .filter(|(c, _)| &c.article == art)
                            .map(|(_, a)| a.cue.to_lowercase()),
                    )
                    .join("; ")
                })
                .collect();
            table_rows.push(EventRow {
                who: who_text.clone(),
                cells,
                conflict: conflict || judged,
            });
            let describe = |s: &Attendance| {
                let cs: Vec<&(&Claim, &AttendanceClaim)> = by_status[s].iter().collect();
                let arts = unique(cs.iter().map(|(c, _)| c.article.clone()));
                let cues = unique(cs.iter().map(|(_, a)| format!("\"{}\"", a.cue)));
                let verb = match s {
                    Attendance::Absent => "stayed away",
                    other => other.as_str(),
                };
                format!("{verb} in {} ({})", join(&arts), cues.join(", "))
            };
            let all: Vec<&Claim> = row.iter().map(|(c, _)| *c).collect();
            let evidence = once_a_line(&quote, &all);
            let topic = format!("event: {event}");
            let arts = unique(all.iter().map(|c| c.article.clone()));
            let parts: Vec<String> = statuses.iter().map(describe).collect();
            if conflict {
                let subject = if *who_key == "event" {
                    format!("The {event} is described as")
                } else {
                    format!("{who_text} is said to have")
                };
                findings.push(new_finding(
                    FindingType::Attendance,
                    &topic,
                    who_key,
                    format!("{subject} {}", parts.join(", but ")),
                    "attended against stayed away, or held against canceled or postponed",
                    &all,
                    evidence,
                ));
            } else if arts.len() >= 2 && statuses.len() > 1 && !plan_kept(&statuses) {
                // "Canceled" in one, "postponed" in another: different words, and both
                // may be right (a canceled meeting can be set again).
                findings.push(new_finding(
                    FindingType::NotComparable,
                    &topic,
                    who_key,
                    format!(
                        "{} is described differently: {}; both may be right",
                        crate::text::names::with_capital(&who_text),
                        parts.join("; ")
                    ),
                    "different statuses that do not exclude each other",
                    &all,
                    evidence,
                ));
            } else if arts.len() >= 2 {
                findings.push(new_finding(
                    FindingType::Equivalent,
                    &topic,
                    who_key,
                    format!(
                        "{}: {}",
                        crate::text::names::with_capital(&who_text),
                        parts.join("; ")
                    ),
                    "articles agree on who attended or stayed away",
                    &all,
                    evidence,
                ));
            } else if !judged {
                // "Only wire says the tribes stayed away from the hearing".
                let what = statuses
                    .iter()
                    .map(|s| match s {
                        Attendance::Absent if *who_key != "event" => "stayed away from",
                        other => other.as_str(),
                    })
                    .collect::<Vec<_>>()
                    .join(" and ");
                let cues = unique(row.iter().map(|(_, a)| format!("\"{}\"", a.cue))).join(", ");
                if *who_key == "event" {
                    findings.push(new_finding(
                        FindingType::SingleSource,
                        &topic,
                        &format!("{}:{who_key}", arts[0]),
                        format!("Only {} says the {event} was {what} ({cues})", arts[0]),
                        "no other article speaks of this",
                        &all,
                        evidence,
                    ));
                } else {
                    let said = (arts[0].clone(), what, cues);
                    match alone.iter_mut().find(|l| l.said == said) {
                        Some(l) => l.people.push((who_text, who_key, all)),
                        None => alone.push(Alone {
                            said,
                            people: vec![(who_text, who_key, all)],
                        }),
                    }
                }
            }
        }
        // A roll call's people whom no other article names are one finding, not one
        // each: "Only minutes says Ann Lee, Hale and Park attended the meeting".
        for Alone { said, people } in alone {
            let (art, what, cues) = said;
            let names: Vec<String> = people.iter().map(|(w, _, _)| w.clone()).collect();
            let key = people
                .iter()
                .map(|(_, k, _)| *k)
                .collect::<Vec<_>>()
                .join("+");
            let all: Vec<&Claim> = people
                .iter()
                .flat_map(|(_, _, c)| c.iter().copied())
                .collect();
            findings.push(new_finding(
                FindingType::SingleSource,
                &format!("event: {event}"),
                &format!("{art}:{key}"),
                format!(
                    "Only {art} says {} {what} the {event} ({cues})",
                    join(&names)
                ),
                "no other article speaks of this",
                &all,
                once_a_line(&quote, &all),
            ));
        }
        if articles.len() >= 2 {
            tables.push(EventTable {
                event: event.to_string(),
                articles,
                rows: table_rows,
            });
        }
    }
    (findings, tables)
}

/// People only one article places at an event (or away from it), all in the same
/// words: (article, what they did, the cues), and each person's name, key and claims.
struct Alone<'a> {
    said: (String, String, String),
    people: Vec<(String, &'a str, Vec<&'a Claim>)>,
}

/// Whether the statuses are a plan and its keeping ("will meet Monday", "met
/// Monday"): told alike, not differently.
fn plan_kept(statuses: &[Attendance]) -> bool {
    statuses
        .iter()
        .all(|s| matches!(s, Attendance::Held | Attendance::Scheduled))
}

/// The finding that sets an event said to be canceled or put off (`off`) against people
/// said to attend it (`went`) in other articles.
fn attended_against_off(quote: &Quoter, event: &str, off: &Row, went: &Row) -> Finding {
    let side = |row: &Row| {
        let arts = unique(row.iter().map(|(c, _)| c.article.clone()));
        let cues = unique(row.iter().map(|(_, a)| format!("\"{}\"", a.cue)));
        (arts, cues)
    };
    let (off_arts, off_cues) = side(off);
    let (went_arts, went_cues) = side(went);
    let status = unique(off.iter().map(|(_, a)| a.status.as_str().to_string())).join(" or ");
    let people = unique(went.iter().map(|(_, a)| a.who.clone()));
    let all: Vec<&Claim> = off.iter().chain(went).map(|(c, _)| *c).collect();
    let evidence = once_a_line(quote, &all);
    new_finding(
        FindingType::Attendance,
        &format!("event: {event}"),
        "event:attended",
        format!(
            "The {event} is described as {status} in {} ({}), but {} attended it in {} ({})",
            join(&off_arts),
            off_cues.join(", "),
            join(&people),
            join(&went_arts),
            went_cues.join(", ")
        ),
        "an event said to be canceled or put off in one article and attended in another",
        &all,
        evidence,
    )
}

/// The evidence of claims, one entry for each line of an article they stand on.
fn once_a_line(quote: &Quoter, claims: &[&Claim]) -> Vec<crate::model::Evidence> {
    let mut seen = Vec::new();
    claims
        .iter()
        .filter(|c| {
            let key = (c.article.as_str(), c.span.line);
            let new = !seen.contains(&key);
            seen.push(key);
            new
        })
        .map(|c| quote.at(&c.article, &c.span))
        .collect()
}
