//! Statute, regulation and compact citations in their common styles, and fiscal years
//! with the programs they fund.
//!
//! "42 U.S.C. 7410", "42 USC § 7410(a)", "section 7410 of title 42", "Title 42, Section 7410
//! of the U.S. Code" are all `usc/42/7410`; "Section 110 of the Clean Air Act" is the
//! U.S. Code section the act's table in `data/statutes.tsv` gives.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::lists::stems;
use crate::model::{CitationClaim, Claim, ClaimBody, FiscalClaim};
use crate::text::normalize::fold_name;
use crate::text::{BlockKind, Doc, pattern};

/// A named act: its title of the U.S. Code and its section table.
struct Act {
    names: Vec<String>,
    title: u32,
    sections: Vec<(String, String)>,
}

static ACTS: LazyLock<Vec<Act>> = LazyLock::new(|| {
    include_str!("../../data/statutes.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            let mut names = vec![fold_name(f[0])];
            names.extend(f.get(1)?.split(',').filter(|n| *n != "-").map(fold_name));
            let sections = f
                .get(3)?
                .split(',')
                .filter_map(|p| p.split_once('='))
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                .collect();
            Some(Act {
                names,
                title: f.get(2)?.parse().ok()?,
                sections,
            })
        })
        .collect()
});

/// Program canonical names and their folded other names.
static PROGRAMS: LazyLock<Vec<(String, Vec<String>)>> = LazyLock::new(|| {
    include_str!("../../data/programs.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (name, others) = l.split_once('\t')?;
            let mut all = vec![fold_name(name)];
            all.extend(others.split(',').filter(|o| o.trim() != "-").map(fold_name));
            Some((name.trim().to_string(), all))
        })
        .collect()
});

static USC: LazyLock<Regex> = LazyLock::new(|| pattern::compile(USC_PATTERN).unwrap());
const USC_PATTERN: &str = r"\b(\d{1,2})\s*U\.?\s?S\.?\s?C(?:\.|ode)?\s*(?:§+\s*|[Ss]ec(?:tion|\.)\s*)?(\d+[a-zA-Z]?(?:-\d+)?)((?:\([a-zA-Z0-9]+\))*)";
static TITLE_SECTION: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(TITLE_SECTION_PATTERN).unwrap());
const TITLE_SECTION_PATTERN: &str = r"(?i)\btitle\s+(\d{1,2}),?\s+(?:of\s+the\s+U\.?S\.?\s+Code,?\s+)?section\s+(\d+[a-z]?)|\bsection\s+(\d+[a-z]?)\s+of\s+title\s+(\d{1,2})";
static ACT_SECTION: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(ACT_SECTION_PATTERN).unwrap());
const ACT_SECTION_PATTERN: &str = r"\b[Ss]ec(?:tion|\.)\s+(\d+[a-zA-Z]?(?:-\d+)?)((?:\([a-zA-Z0-9]+\))*)\s+of\s+the\s+(?:federal\s+|U\.S\.\s+)?((?:[A-Z][\w.]*\s+)+Act)\b";
static BARE_SECTION: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(BARE_SECTION_PATTERN).unwrap());
const BARE_SECTION_PATTERN: &str = r"\b[Ss]ection\s+(\d{3,}[a-zA-Z]?)\b";
static CFR: LazyLock<Regex> = LazyLock::new(|| pattern::compile(CFR_PATTERN).unwrap());
const CFR_PATTERN: &str =
    r"\b(\d{1,2})\s*C\.?\s?F\.?\s?R\.?\s*(?:§+\s*|[Pp]art\s+|[Ss]ection\s+)?(\d+(?:\.\d+)?)";
static PUBLIC_LAW: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(PUBLIC_LAW_PATTERN).unwrap());
const PUBLIC_LAW_PATTERN: &str =
    r"\b(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s?L\.)\s*(?:No\.\s*)?(\d{2,3})[-–—](\d{1,3})\b";
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| pattern::compile(ARTICLE_PATTERN).unwrap());
const ARTICLE_PATTERN: &str = r"\b(?:Article|Art\.)\s+([IVXLC]+|\d+)(?:,?\s+(?:[Ss]ection|[Ss]ec\.|§)\s*(\d+))?\s+of\s+the\s+(?:[\w'’.]+\s+){0,4}?(compact|Compact|constitution|Constitution|charter|Charter|treaty|Treaty|convention|Convention|bylaws|Bylaws)\b";
static FISCAL: LazyLock<Regex> = LazyLock::new(|| pattern::compile(FISCAL_PATTERN).unwrap());
const FISCAL_PATTERN: &str = r"(?i)\b(?:FY\s?|fiscal(?:\s+years?)?\s+)'?(\d{4}|\d{2})\b((?:\s*(?:,|and|&|-|–|to|through)\s*(?:FY\s?|fiscal\s+)?'?(?:\d{4}|\d{2})\b)*)";
/// The citation forms as one set: a sentence with a digit is read once for all eleven, and
/// each form's own pattern runs only where it matches (the same pattern strings, so the
/// same matches). Their indices are those the extraction below reads them by.
/// A public-domain case citation: "2026 MT 288" (courts of `data/neutral_courts.txt`),
/// "2018-Ohio-1234".
static NEUTRAL: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&neutral_pattern()).unwrap());
fn neutral_pattern() -> String {
    let mut courts: Vec<&str> =
        crate::data::lines(include_str!("../../data/neutral_courts.txt")).collect();
    courts.sort_by_key(|c| std::cmp::Reverse(c.len()));
    let courts: Vec<String> = courts.iter().map(|c| regex::escape(c)).collect();
    format!(
        r"\b(?P<year>(?:19|20)\d{{2}})(?:\s+(?P<court>{})\s+|-(?P<ohio>Ohio)-)(?P<n>\d{{1,5}})\b",
        courts.join("|")
    )
}

static FORMS: LazyLock<RegexSet> = LazyLock::new(|| {
    pattern::compile_set([
        USC_PATTERN.to_string(),
        TITLE_SECTION_PATTERN.to_string(),
        ACT_SECTION_PATTERN.to_string(),
        CFR_PATTERN.to_string(),
        PUBLIC_LAW_PATTERN.to_string(),
        ARTICLE_PATTERN.to_string(),
        BARE_SECTION_PATTERN.to_string(),
        FISCAL_PATTERN.to_string(),
        state_code_pattern(),
        section_of_code_pattern(),
        neutral_pattern(),
    ])
    .unwrap()
});

static PROGRAM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^\s+((?:[A-Z][\w&.-]*\s+){1,6}?)(?P<kw>(?i:awards?|grants?|funds?|funding|program|money))\b").unwrap()
});
static PROGRAM_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"\b((?:[A-Z][\w&.-]*\s+){1,6}?)(?P<kw>(?i:awards?|grants?|funds?|program))\b")
        .unwrap()
});

/// A state code: its canonical name and the forms it is cited in (`data/state_codes.tsv`).
static STATE_CODES: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/state_codes.tsv"))
        .filter_map(|l| {
            let (name, forms) = l.split_once('\t')?;
            let mut all: Vec<&str> = forms.split(',').map(str::trim).collect();
            all.push(name.trim());
            Some((name.trim(), all))
        })
        .collect()
});

/// A section number of a state code: "3501.38", "12-3", "23152", "776.013(2)".
const CODE_SECTION: &str =
    r"(?P<section>\d+[A-Za-z]?(?:[.:-]\d+[A-Za-z]?)*)(?P<detail>(?:\([a-zA-Z0-9]+\))*)";

/// A state code cited by a form of `data/state_codes.tsv` ("R.C. 3501.38", "ORS
/// 166.250"), or by a name ending in "Code" ("Penal Code section 187", "California
/// Vehicle Code § 23152"): the code's words, then the section.
static STATE_CODE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&state_code_pattern()).unwrap());
fn state_code_pattern() -> String {
    let mut forms: Vec<&str> = STATE_CODES
        .iter()
        .flat_map(|(_, f)| f.iter().copied())
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let forms: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
    format!(
        r"(?:^|[\s(])(?P<code>{}|(?:[A-Z][a-z]+\s+){{1,4}}Code)\s*(?:§+\s*|[Ss]ec(?:tion|\.)\s*)?{CODE_SECTION}",
        forms.join("|")
    )
}

/// "Section 3501.38 of the Ohio Revised Code", "section 187 of the Penal Code".
static SECTION_OF_CODE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&section_of_code_pattern()).unwrap());
fn section_of_code_pattern() -> String {
    format!(
        r"\b[Ss]ection\s+{CODE_SECTION}\s+of\s+the\s+(?P<code>(?:[A-Z][\w.]*\s+){{0,4}}(?:Code|Statutes|Laws))\b"
    )
}

/// The claim of a state code's section, keyed by the code's canonical name.
fn state_code(written: &str, section: &str, detail: Option<String>) -> Option<CitationClaim> {
    let written = written.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = STATE_CODES
        .iter()
        .find(|(_, forms)| forms.iter().any(|f| *f == written))
        .map_or(written.as_str(), |(name, _)| name);
    // A section needs three characters ("Code 5" is too little to be one).
    if section.len() < 3 {
        return None;
    }
    let folded = fold_name(name);
    // A code named for its subject ("California Penal Code") is written with or without
    // its state in a story of one state, so its key has none; a state's general code
    // ("Ohio Revised Code", "Florida Statutes") keeps it, as many states have one.
    let state_less = crate::canon::gazetteer::gazetteer()
        .states()
        .find_map(|st| folded.strip_prefix(&format!("{} ", fold_name(&st.name))))
        .filter(|rest| {
            rest.ends_with(" code")
                && !["revised", "compiled", "general", "official", "consolidated"]
                    .iter()
                    .any(|w| rest.starts_with(w))
        })
        .unwrap_or(&folded);
    // "The Code 1234": no code's name.
    if state_less.starts_with("the ") || !state_less.contains(' ') {
        return None;
    }
    Some(CitationClaim {
        canonical: format!("code/{state_less}/{section}"),
        display: format!("{name} {section}"),
        detail,
        context: Vec::new(),
    })
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"\d{4}|\d{2}").unwrap());

/// Every citation and fiscal-year claim of a document.
pub fn extract_citations(doc: &Doc) -> Vec<Claim> {
    let mut found: Vec<(Range<usize>, ClaimBody)> = Vec::new();
    for s in &doc.sentences {
        if doc.blocks[s.block].kind != BlockKind::Prose {
            continue;
        }
        let text = doc.text(&s.range);
        // Every form below holds a digit, or is an "Article" ("Art.") of a compact: most sentences
        // hold neither and are not searched ten times over.
        if !pattern::has_digit(text) && !text.contains("Art") {
            continue;
        }
        let forms = FORMS.matches(text);
        if !forms.matched_any() {
            continue;
        }
        let form = |re: &'static Regex, i: usize| {
            forms
                .matched(i)
                .then(|| pattern::captures(re, text))
                .into_iter()
                .flatten()
        };
        let at = |m: regex::Match| s.range.start + m.start()..s.range.start + m.end();
        let at_range = |r: Range<usize>| s.range.start + r.start..s.range.start + r.end;
        let mut taken: Vec<Range<usize>> = Vec::new();
        // Each citation's context: the words of its clause around it.
        let mut push =
            |found: &mut Vec<(Range<usize>, ClaimBody)>, r: Range<usize>, mut c: CitationClaim| {
                if !taken.iter().any(|t| t.start < r.end && r.start < t.end) {
                    taken.push(r.clone());
                    let (start, end) = (r.start - s.range.start, r.end - s.range.start);
                    let clause = clause_around(text, start, end);
                    c.context = super::context_stems(
                        &text[clause.clone()],
                        start - clause.start,
                        end - clause.start,
                    );
                    found.push((r, ClaimBody::Citation(c)));
                }
            };
        for c in form(&USC, 0) {
            let detail = Some(c[3].to_string()).filter(|d| !d.is_empty());
            push(&mut found, at(c.get(0).unwrap()), usc(&c[1], &c[2], detail));
        }
        for c in form(&TITLE_SECTION, 1) {
            let (title, section) = match (c.get(1), c.get(2)) {
                (Some(t), Some(s)) => (t.as_str(), s.as_str()),
                _ => (&c[4], &c[3]),
            };
            push(&mut found, at(c.get(0).unwrap()), usc(title, section, None));
        }
        for c in form(&ACT_SECTION, 2) {
            let detail = Some(c[2].to_string()).filter(|d| !d.is_empty());
            push(
                &mut found,
                at(c.get(0).unwrap()),
                act_section(&c[3], &c[1], detail),
            );
        }
        for c in form(&CFR, 3) {
            let claim = CitationClaim {
                canonical: format!("cfr/{}/{}", &c[1], &c[2]),
                display: format!("{} C.F.R. {}", &c[1], &c[2]),
                detail: None,
                context: Vec::new(),
            };
            push(&mut found, at(c.get(0).unwrap()), claim);
        }
        for c in form(&PUBLIC_LAW, 4) {
            let claim = CitationClaim {
                canonical: format!("pl/{}-{}", &c[1], &c[2]),
                display: format!("Pub. L. {}-{}", &c[1], &c[2]),
                detail: None,
                context: Vec::new(),
            };
            push(&mut found, at(c.get(0).unwrap()), claim);
        }
        for c in form(&ARTICLE, 5) {
            let doc_kind = c[3].to_lowercase();
            let claim = CitationClaim {
                canonical: format!("article/{doc_kind}/{}", &c[1]),
                display: format!("Article {} of the {doc_kind}", &c[1]),
                detail: c.get(2).map(|s| format!("Section {}", s.as_str())),
                context: Vec::new(),
            };
            push(&mut found, at(c.get(0).unwrap()), claim);
        }
        for c in form(&STATE_CODE, 8) {
            let detail = Some(c["detail"].to_string()).filter(|d| !d.is_empty());
            let m = c.get(0).unwrap();
            let start = c.name("code").unwrap().start();
            if let Some(claim) = state_code(&c["code"], &c["section"], detail) {
                push(&mut found, at_range(start..m.end()), claim);
            }
        }
        for c in form(&SECTION_OF_CODE, 9) {
            let detail = Some(c["detail"].to_string()).filter(|d| !d.is_empty());
            if let Some(claim) = state_code(&c["code"], &c["section"], detail) {
                push(&mut found, at(c.get(0).unwrap()), claim);
            }
        }
        // "2026 MT 288": one decision of one court, however its case is named.
        for c in form(&NEUTRAL, 10) {
            let court = c.name("court").or(c.name("ohio")).unwrap().as_str();
            let cite = if c.name("ohio").is_some() {
                format!("{}-Ohio-{}", &c["year"], &c["n"])
            } else {
                format!("{} {court} {}", &c["year"], &c["n"])
            };
            let claim = CitationClaim {
                canonical: format!("case/{}", cite.to_lowercase().replace(' ', "-")),
                display: cite,
                detail: None,
                context: Vec::new(),
            };
            push(&mut found, at(c.get(0).unwrap()), claim);
        }
        for c in form(&BARE_SECTION, 6) {
            let claim = CitationClaim {
                canonical: format!("section/{}", &c[1]),
                display: format!("Section {}", &c[1]),
                detail: None,
                context: Vec::new(),
            };
            push(&mut found, at(c.get(0).unwrap()), claim);
        }
        for c in form(&FISCAL, 7) {
            let m = c.get(0).unwrap();
            let years = fiscal_years(m.as_str());
            if years.is_empty() {
                continue;
            }
            let program = program_near(text, m.end());
            let ctx = stems(text).into_iter().collect::<Vec<_>>();
            let mut context = ctx;
            context.sort();
            found.push((
                at(m),
                ClaimBody::FiscalYears(FiscalClaim {
                    years,
                    program,
                    context,
                }),
            ));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .enumerate()
        .map(|(n, (range, body))| Claim {
            id: format!("{}#cite{}", doc.article.id, n + 1),
            article: doc.article.id.clone(),
            body,
            text: doc.words(&range),
            span: doc.span(&range),
        })
        .collect()
}

fn usc(title: &str, section: &str, detail: Option<String>) -> CitationClaim {
    CitationClaim {
        canonical: format!("usc/{title}/{section}"),
        display: format!("{title} U.S.C. {section}"),
        detail,
        context: Vec::new(),
    }
}

/// "Section 402 of the Clean Water Act": the U.S. Code section when the act is known.
fn act_section(act: &str, section: &str, detail: Option<String>) -> CitationClaim {
    let folded = fold_name(act.trim());
    let known = ACTS.iter().find(|a| a.names.contains(&folded));
    if let Some(a) = known {
        if let Some((_, code)) = a.sections.iter().find(|(s, _)| s == section) {
            return usc(&a.title.to_string(), code, detail);
        }
        if section.len() >= 4 {
            return usc(&a.title.to_string(), section, detail);
        }
    }
    CitationClaim {
        canonical: format!("act/{folded}/{section}"),
        display: format!("Section {section} of the {}", act.trim()),
        detail,
        context: Vec::new(),
    }
}

/// "FY2016 and FY2017", "fiscal 2025 and 2026", "FY 18–20".
fn fiscal_years(text: &str) -> Vec<u16> {
    let nums: Vec<u16> = YEAR
        .find_iter(text)
        .filter_map(|m| m.as_str().parse::<u16>().ok())
        .map(|y| if y < 100 { 2000 + y } else { y })
        .filter(|y| (1950..=2100).contains(y))
        .collect();
    let ranged = text.contains(['-', '–']) || text.contains(" to ") || text.contains("through");
    let mut years: Vec<u16> =
        if ranged && nums.len() == 2 && nums[0] < nums[1] && nums[1] - nums[0] < 20 {
            (nums[0]..=nums[1]).collect()
        } else {
            nums
        };
    years.sort_unstable();
    years.dedup();
    years
}

/// The program a fiscal year funds: the capitalized phrase before "awards" or "grants"
/// right after the years, or elsewhere in the sentence.
fn program_near(sentence: &str, after: usize) -> Option<String> {
    let c = PROGRAM_AFTER
        .captures(&sentence[after..])
        .or_else(|| PROGRAM_ANYWHERE.captures(sentence))?;
    // "Community Development Block Grant": a capitalized keyword is part of the name.
    let phrase = if c["kw"].starts_with(|ch: char| ch.is_uppercase()) {
        format!("{} {}", c[1].trim(), &c["kw"])
    } else {
        c[1].trim().to_string()
    };
    let folded = fold_name(&phrase);
    if folded.is_empty() {
        return None;
    }
    let canonical = PROGRAMS
        .iter()
        .find(|(_, all)| all.contains(&folded))
        .map(|(name, _)| name.clone());
    Some(canonical.unwrap_or(phrase))
}

/// Where a clause joined to others by ", and", ", or" or a semicolon ends before a
/// cited provision.
const CLAUSE_JOINS: [&str; 3] = [", and ", ", or ", "; "];

/// The clause of a sentence that holds `start..end`: a charge's citation is read with
/// the words of its own charge ("one count of wire fraud, in violation of 18 U.S.C.
/// 1343"), not those of the next one the sentence joins to it ("and one count of money
/// laundering").
fn clause_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let from = CLAUSE_JOINS
        .iter()
        .filter_map(|j| text[..start].rfind(j).map(|at| at + j.len()))
        .max()
        .unwrap_or(0);
    let to = CLAUSE_JOINS
        .iter()
        .filter_map(|j| text[end..].find(j).map(|at| end + at))
        .min()
        .unwrap_or(text.len());
    from..to
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn cites(text: &str) -> Vec<ClaimBody> {
        let article = Article::from_text("t", "t.txt", &format!("Headline\n\n{text}\n"));
        let doc = Doc::new(&article);
        extract_citations(&doc)
            .into_iter()
            .map(|c| c.body)
            .collect()
    }

    fn canon(text: &str) -> Vec<String> {
        cites(text)
            .into_iter()
            .filter_map(|b| match b {
                ClaimBody::Citation(c) => Some(c.canonical),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn neutral_case_citations_and_montanas_code() {
        assert_eq!(
            canon("The court ruled in Harlan v. DEQ, 2026 MT 288, that it applies."),
            ["case/2026-mt-288"]
        );
        assert_eq!(
            canon("See State v. Lee, 2018-Ohio-1234."),
            ["case/2018-ohio-1234"]
        );
        assert_eq!(canon("See 2019 WI App 45 too."), ["case/2019-wi-app-45"]);
        for text in [
            "It violated Mont. Code Ann. § 75-1-201 today.",
            "It violated MCA 75-1-201 today.",
        ] {
            assert_eq!(
                canon(text),
                ["code/montana code annotated/75-1-201"],
                "{text}"
            );
        }
        // A year and a number with no court's abbreviation between are no citation.
        assert!(canon("In 2026 the MTA ran 288 trains.").is_empty());
    }

    #[test]
    fn us_code_in_every_style() {
        for text in [
            "It cites 42 U.S.C. 7410 today.",
            "It cites 42 USC § 7410(a)(1) today.",
            "It cites 42 U.S.C. §7410 today.",
            "It cites section 7410 of title 42 today.",
            "It cites Title 42, Section 7410 of the U.S. Code today.",
            "It cites Section 110 of the Clean Air Act today.",
        ] {
            assert_eq!(canon(text), vec!["usc/42/7410"], "{text}");
        }
    }

    #[test]
    fn a_section_with_a_capital_letter_is_its_own_section() {
        // 18 U.S.C. 1028A (aggravated identity theft) is not 1028 (identity fraud).
        assert_eq!(
            canon("He pleaded guilty under 18 U.S.C. 1028A and 18 U.S.C. § 1343."),
            vec!["usc/18/1028A", "usc/18/1343"]
        );
        assert_eq!(
            canon("It cites 42 U.S.C. 2000e today."),
            vec!["usc/42/2000e"]
        );
    }

    #[test]
    fn other_citation_forms() {
        assert_eq!(
            canon("Under 40 C.F.R. 122.26 and Pub. L. 117-58, it acts."),
            vec!["cfr/40/122.26", "pl/117-58"]
        );
        // Each form alone in its sentence: a form is read only where the set of forms
        // says it matches, and a form read under another's answer would go missing.
        assert_eq!(
            canon("Congress passed Public Law No. 117-58 in 2021."),
            vec!["pl/117-58"]
        );
        assert_eq!(canon("It cites 40 CFR Part 122 today."), vec!["cfr/40/122"]);
        assert_eq!(
            canon("Article IV, Section 2 of the state compact applies."),
            vec!["article/compact/IV"]
        );
        // A law blog's abbreviations.
        assert_eq!(
            canon("It turns on Art. IV, § 4 of the Ohio Constitution."),
            vec!["article/constitution/IV"]
        );
        assert_eq!(
            canon("Section 8 of the Widget Act applies."),
            vec!["act/widget act/8"]
        );
        assert_eq!(canon("It broke Section 2201 again."), vec!["section/2201"]);
    }

    #[test]
    fn state_codes_in_their_short_and_long_forms() {
        let ohio = vec!["code/ohio revised code/3501.38"];
        assert_eq!(canon("The court said R.C. 3501.38 does not apply."), ohio);
        assert_eq!(canon("It read Ohio Rev. Code § 3501.38 closely."), ohio);
        assert_eq!(
            canon("It read Section 3501.38 of the Ohio Revised Code closely."),
            ohio
        );
        assert_eq!(
            canon("Officers cite ORS 166.250 often."),
            vec!["code/oregon revised statutes/166.250"]
        );
        // A code named for its subject is one code with or without its state.
        assert_eq!(
            canon("Cal. Penal Code § 187 and Penal Code section 187 differ in style."),
            vec!["code/penal code/187", "code/penal code/187"]
        );
        // A state's abbreviation before "Code", with no "Ann.": the code of that state.
        assert_eq!(
            canon("The deal was made under Va. Code § 58.1-3221 last year."),
            vec!["code/virginia code/58.1-3221"]
        );
        // No code's name, no citation.
        assert!(canon("The Code 1234 is a password.").is_empty());
    }

    #[test]
    fn fiscal_years_and_programs() {
        let b = cites("Towns may lose FY2019 and FY2020 CDBG awards.");
        let ClaimBody::FiscalYears(f) = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(f.years, vec![2019, 2020]);
        assert_eq!(
            f.program.as_deref(),
            Some("Community Development Block Grant")
        );
        let b = cites("They could lose fiscal 2021 through 2023 grant money.");
        let ClaimBody::FiscalYears(f) = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(f.years, vec![2021, 2022, 2023]);
        assert_eq!(f.program, None);
    }
}
