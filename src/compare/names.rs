//! People's names spelled two ways across outlets: "Kyle Bennet" in a wire and a radio
//! script, "Kyle Bennett" in a newsletter, each time the governor's spokesman.
//!
//! Two names are one person's spelled two ways when the first names are the same, the
//! last names one letter apart (an extra, missing, changed or swapped letter) and five
//! letters or longer, no article uses both (an article that does knows two people), and
//! the two are said to be the same person: the same title, or the same words quoted.
//! "Erik Hansen" and "Erik Hanson" with nothing else in common stay two people.

use std::collections::BTreeMap;

use super::evidence::Quoter;
use super::{join, new_finding};
use crate::model::{Claim, ClaimBody, Finding, FindingType, SpeakerKind};
use crate::text::Doc;
use crate::text::normalize::fold_name;

/// Shortest last name whose spelling is compared: short names one letter apart ("Lee",
/// "Lew") are as often two names as one misspelled.
const MIN_LAST_NAME: usize = 5;

/// Fewest words two quotes share, in a row, to say their speakers are one person.
const MIN_SHARED_WORDS: usize = 3;

/// What the articles say of the person behind one comparison key.
#[derive(Default)]
struct Person<'c> {
    /// The name as each claim gives it, with the claim.
    names: Vec<(String, &'c Claim)>,
    titles: Vec<&'c str>,
    quotes: Vec<Vec<String>>,
}

/// A name_spelling conflict for each pair of keys that name one person two ways.
pub fn judge(docs: &[Doc], claims: &[&Claim]) -> Vec<Finding> {
    let mut people: BTreeMap<&str, Person> = BTreeMap::new();
    for &c in claims {
        match &c.body {
            ClaimBody::Quote(q) => {
                let Some(s) = q.speaker.as_ref().filter(|s| s.kind == SpeakerKind::Person) else {
                    continue;
                };
                let p = people.entry(s.key.as_str()).or_default();
                p.names.push((s.name.clone(), c));
                p.quotes.push(words(&q.quote));
            }
            ClaimBody::Role(r) => {
                let p = people.entry(r.person_key.as_str()).or_default();
                p.names.push((r.person.clone(), c));
                p.titles.push(r.title.as_str());
            }
            _ => {}
        }
    }
    let keys: Vec<&str> = people.keys().copied().collect();
    let quote = Quoter::new(docs);
    let mut out = Vec::new();
    for (i, &ka) in keys.iter().enumerate() {
        for &kb in &keys[i + 1..] {
            let (a, b) = (&people[ka], &people[kb]);
            let (Some(na), Some(nb)) = (full_name(a), full_name(b)) else {
                continue;
            };
            if !spelled_alike(na, nb) || shares_an_article(a, b) || !said_to_be_one(a, b) {
                continue;
            }
            out.push(finding(&quote, (ka, a, na), (kb, b, nb)));
        }
    }
    out
}

/// The longest name a person is given ("Kyle Bennet" over "Bennet").
fn full_name<'p>(p: &'p Person) -> Option<&'p str> {
    p.names
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| n.split_whitespace().count() >= 2)
        .max_by_key(|n| (n.len(), std::cmp::Reverse(*n)))
}

/// Whether two full names are one name spelled two ways: the same first name, last
/// names of [`MIN_LAST_NAME`] letters or more one edit apart, not only by an "s".
pub fn spelled_alike(a: &str, b: &str) -> bool {
    let (a, b) = (fold_name(a).to_lowercase(), fold_name(b).to_lowercase());
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let (Some((fa, la)), Some((fb, lb))) = (first_last(&wa), first_last(&wb)) else {
        return false;
    };
    let plural = |x: &str, y: &str| x.strip_suffix('s') == Some(y);
    fa == fb
        && la != lb
        && la.chars().count().min(lb.chars().count()) >= MIN_LAST_NAME
        && strsim::damerau_levenshtein(la, lb) == 1
        && !plural(la, lb)
        && !plural(lb, la)
}

fn first_last<'w>(words: &[&'w str]) -> Option<(&'w str, &'w str)> {
    match words {
        [first, .., last] => Some((first, last)),
        _ => None,
    }
}

fn shares_an_article(a: &Person, b: &Person) -> bool {
    a.names
        .iter()
        .any(|(_, ca)| b.names.iter().any(|(_, cb)| ca.article == cb.article))
}

/// Whether the articles say two names are one person: a title in common, or words
/// quoted from both.
fn said_to_be_one(a: &Person, b: &Person) -> bool {
    a.titles.iter().any(|t| b.titles.contains(t))
        || a.quotes
            .iter()
            .any(|x| b.quotes.iter().any(|y| shares_a_run(x, y)))
}

/// The lowercase words of a quote, without punctuation.
fn words(quote: &str) -> Vec<String> {
    quote
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the shorter quote, of [`MIN_SHARED_WORDS`] words or more, is a run of the
/// longer one.
fn shares_a_run(x: &[String], y: &[String]) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short.len() >= MIN_SHARED_WORDS && long.windows(short.len()).any(|w| w == short)
}

/// "newsletter spells the name "Kyle Bennett" where radio and wire spell it "Kyle
/// Bennet"": the side in fewer articles first.
fn finding(
    quote: &Quoter,
    (ka, a, na): (&str, &Person, &str),
    (kb, b, nb): (&str, &Person, &str),
) -> Finding {
    let arts = |p: &Person| super::unique(p.names.iter().map(|(_, c)| c.article.clone()));
    let (mut x, mut y) = ((na, arts(a), a), (nb, arts(b), b));
    if (y.1.len(), nb) < (x.1.len(), na) {
        std::mem::swap(&mut x, &mut y);
    }
    let verb = |n: usize| if n == 1 { "spells" } else { "spell" };
    let claims: Vec<&Claim> = [x.2, y.2]
        .iter()
        .flat_map(|p| p.names.iter().map(|(_, c)| *c))
        .collect();
    // One line per article: where the name stands in a title, that line shows it.
    let mut evidence: Vec<crate::model::Evidence> = Vec::new();
    for p in [x.2, y.2] {
        for article in arts(p) {
            let of_article = || p.names.iter().filter(|(_, c)| c.article == article);
            let c = of_article()
                .find(|(_, c)| matches!(c.body, ClaimBody::Role(_)))
                .or_else(|| of_article().next())
                .map(|(_, c)| *c)
                .expect("an article of a person has a claim naming them");
            evidence.push(quote.at(&c.article, &c.span));
        }
    }
    let mut f = new_finding(
        FindingType::NameSpelling,
        &format!("name: {}", y.0),
        &format!("{ka}:{kb}"),
        format!(
            "{} {} the name \"{}\" where {} {} it \"{}\"",
            join(&x.1),
            verb(x.1.len()),
            x.0,
            join(&y.1),
            verb(y.1.len()),
            y.0
        ),
        "the same first name, last names one letter apart, and the same title or quoted words",
        &claims,
        evidence,
    );
    f.marks = vec![x.0.to_string(), y.0.to_string()];
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_apart_in_the_last_name_is_alike() {
        assert!(spelled_alike("Kyle Bennet", "Kyle Bennett"));
        assert!(spelled_alike("Maria Gonzalez", "Maria Gonzales"));
        assert!(spelled_alike("José Peña Marte", "Jose Pena Mrate"));
    }

    #[test]
    fn other_first_names_short_names_and_plurals_are_not() {
        assert!(!spelled_alike("Kyle Bennet", "Kate Bennett"));
        assert!(!spelled_alike("Ann Lee", "Ann Lew"));
        assert!(!spelled_alike("Tom Williams", "Tom William"));
        assert!(!spelled_alike("Kyle Bennet", "Kyle Bennet"));
        assert!(!spelled_alike("Bennet", "Bennett"));
        assert!(!spelled_alike("Kyle Bennet", "Kyle Burnett"));
    }

    #[test]
    fn a_run_of_three_words_is_shared() {
        let x = words("review the bill carefully");
        let y = words("She would \"review the bill carefully.\"");
        assert!(shares_a_run(&x, &y));
        assert!(!shares_a_run(&words("the bill"), &y));
    }
}
