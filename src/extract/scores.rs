//! Games' final scores: "Oregon held off Washington 31-28", "a 31-28 win", "WE WIN
//! 31-27", in a sentence or headline with a word of a game's result
//! (`data/score_words.txt`) and no word of a vote. A pair of points is a score only
//! right after a team's capitalized name, after a result word ("won 31-27") or before
//! one ("a 31-28 win"): "Oregon (11-2)", "finishes the season 11-2" and "led 14-7 at
//! halftime" are records and leads, no final score. A wire's "Oregon 31, Washington
//! 28" is one on a line of its own. Only an article that names a game
//! (`data/sport_words.txt`, words marked "game") is read: "won 52-48" in a story of an
//! election is no score.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Claim, ClaimBody, ScoreClaim};
use crate::text::normalize::ascii_lower;
use crate::text::{BlockKind, Doc, pattern};

/// `data/score_words.txt`.
static SCORE_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/score_words.txt")).collect());

/// Two numbers of points joined by a hyphen or a dash, not part of a longer run
/// ("2-1-1") or a word ("4-H").
static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?:^|[^0-9A-Za-z_(-])(?P<a>[0-9]{1,3}) ?[-–—] ?(?P<b>[0-9]{1,3})(?:$|[^0-9A-Za-z_)%-])",
    )
    .unwrap()
});

/// "Oregon 31, Washington 28", a wire's line of a final: two teams' names of one to
/// three capitalized words, each with its points.
static TEAMS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?:^|[:—–-] |\. )(?P<t1>[A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*){0,2}) (?P<a>[0-9]{1,3}), (?P<t2>[A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*){0,2}) (?P<b>[0-9]{1,3})(?:$|[^0-9A-Za-z_,%-])",
    )
    .unwrap()
});

/// Whether a name before points is no team's: a month ("Dec 28, 2027") or a weekday.
fn is_not_a_team(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    super::dates::is_month(last.trim_end_matches('.')) || super::dates::WEEKDAYS.contains(&last)
}

/// Whether a word is one of a game's result.
fn is_score_word(word: &str) -> bool {
    let mut buf = [0u8; 16];
    ascii_lower(word, &mut buf).is_some_and(|w| SCORE_WORDS.contains(w))
}

/// Every final score an article gives, in its headline and its prose.
pub fn extract_scores(doc: &Doc) -> Vec<Claim> {
    let mut out = Vec::new();
    // An article of a game names one ("bowl", "inning", "touchdown"): "won 52-48" in a
    // story of an election is no score. Asked only once a sentence may hold a score.
    let mut of_a_game: Option<bool> = None;
    for s in &doc.sentences {
        let kind = doc.blocks[s.block].kind;
        if !matches!(
            kind,
            BlockKind::Prose | BlockKind::Title | BlockKind::Heading
        ) {
            continue;
        }
        let text = doc.text(&s.range);
        if !pattern::has_digit(text) {
            continue;
        }
        // A score needs a dash or a comma: most sentences are not split into words.
        let dashed = pattern::has_byte(text, b'-') || text.contains('–');
        let comma = pattern::has_byte(text, b',');
        if !dashed && !comma {
            continue;
        }
        let result_told = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(is_score_word);
        // "Oregon 31, Washington 28": a line of its own, or a sentence that tells a
        // result ("Final: Oregon 31, Washington 28.").
        let line_of_its_own = kind != BlockKind::Prose || result_told;
        if !(dashed && result_told || line_of_its_own && comma)
            || super::votes::speaks_of_a_vote(text)
        {
            continue;
        }
        if !*of_a_game.get_or_insert_with(|| names_a_game(&doc.norm.text)) {
            return out;
        }
        let mut found: Vec<(u32, u32, usize, usize)> = Vec::new();
        if dashed && result_told {
            for c in pattern::captures(&PAIR, text) {
                let (m_a, m_b) = (c.name("a").unwrap(), c.name("b").unwrap());
                if let (Ok(a), Ok(b)) = (m_a.as_str().parse(), m_b.as_str().parse())
                    && placed_as_a_score(text, m_a.start(), m_b.end())
                {
                    found.push((a, b, m_a.start(), m_b.end()));
                }
            }
        }
        if line_of_its_own {
            for c in pattern::captures(&TEAMS, text) {
                let (m, m_a, m_b) = (
                    c.get(0).unwrap(),
                    c.name("a").unwrap(),
                    c.name("b").unwrap(),
                );
                if let (Ok(a), Ok(b)) = (m_a.as_str().parse(), m_b.as_str().parse())
                    && !is_not_a_team(&c["t1"])
                    && !is_not_a_team(&c["t2"])
                {
                    found.push((a, b, m.start(), m.end()));
                }
            }
        }
        for (a, b, start, end) in found {
            let r = s.range.start + start..s.range.start + end;
            out.push(Claim {
                id: format!("{}#score{}", doc.article.id, out.len() + 1),
                article: doc.article.id.clone(),
                body: ClaimBody::Score(ScoreClaim {
                    high: a.max(b),
                    low: a.min(b),
                    context: super::context_stems(text, start, end),
                }),
                text: doc.words(&r),
                span: doc.span(&r),
            });
        }
    }
    out
}

/// Whether a text holds a word that names a game for sure (`data/sport_words.txt`,
/// marked "game").
fn names_a_game(text: &str) -> bool {
    let mut buf = [0u8; 16];
    text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        ascii_lower(w, &mut buf).is_some_and(|l| super::votes::SPORT_WORDS.get(l) == Some(&true))
    })
}

/// Whether the pair at `start..end` stands where a final score does: after a team's
/// capitalized name, a result word or "score of", or before a result word after "a",
/// "an" or "the" ("a 31-28 win").
fn placed_as_a_score(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let word_before = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ':']);
    let word_after = text[end..]
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if before.ends_with(',') {
        // "Washington, 31-28": a list's or an aside's number, not the score.
        return is_score_word(word_before);
    }
    // "won by a score of 5-4", "a final score of 31-28".
    let score_of = word_before == "of"
        && before[..before.len() - 2]
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("score");
    score_of
        || is_score_word(word_before)
        || (word_before.starts_with(|c: char| c.is_uppercase())
            && !super::dates::is_month(word_before)
            && !super::dates::WEEKDAYS.contains(&word_before))
        || (super::is_determiner(word_before) && is_score_word(word_after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn scores(text: &str) -> Vec<(u32, u32)> {
        let article = Article::from_text("t", "t.txt", text);
        let doc = Doc::new(&article);
        extract_scores(&doc)
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Score(x) => Some((x.high, x.low)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_games_final_score_is_read_where_a_score_stands() {
        for text in [
            "Pike held off Dalton 31-28 in the title game on Saturday.",
            "Pike beat the Hawks 31-28 and I'm still shaking.",
            "It was a 31-28 win for Pike.",
            "Pike won 28-31, a stunner in the title game.",
            "Pike won Game 3 by a score of 31-28.",
            "Final: Pike 31, Dalton 28.",
        ] {
            assert_eq!(scores(&format!("Game\n\n{text}\n")), [(31, 28)], "{text}");
        }
    }

    #[test]
    fn a_wires_line_of_a_final_is_a_score() {
        assert_eq!(
            scores(
                "Pike 31, Dalton 28\n\nAnn Lee threw three touchdown passes in the title game.\n"
            ),
            [(31, 28)]
        );
        // A date's day and year, and a sentence that tells no result, are none.
        assert!(scores("Game recap\nDec 28, 2027\n\nPike beat Dalton in the title game. Pike 31, Dalton 28 is what fans saw.\n").is_empty());
    }

    #[test]
    fn records_leads_and_votes_are_no_scores() {
        for text in [
            "Pike (11-2) won its third straight bowl game.",
            "With the win, Pike finishes the season 11-2.",
            "Pike led 14-7 at halftime before the loss.",
            "The council voted 5-2 after the win.",
            "Pike won on Saturday with 71,204 fans on hand; ages 5-12 got in free.",
        ] {
            assert!(scores(&format!("Game\n\n{text}\n")).is_empty(), "{text}");
        }
        // No word of a game in the article: an election's margin.
        assert!(scores("Results\n\nAnn Lee won 52-48 in the primary.\n").is_empty());
    }
}
