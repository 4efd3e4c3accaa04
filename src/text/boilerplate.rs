//! Site debris (captions, "Read more" lines, sign-up prompts, bylines) recognized by the
//! general patterns in `data/boilerplate.txt`.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::pattern;

/// The patterns of `data/boilerplate.txt`, split by where a match can start.
struct Patterns {
    /// Patterns anchored at the start of the line (most of them): one set, searched at
    /// the line's first byte only, so most lines are turned away within a few bytes.
    anchored: RegexSet,
    /// The others, each with the text every match holds, if any ("newsletter"),
    /// lowercased: the pattern reads a line only when the lowercased line holds it.
    floating: Vec<(Regex, Option<memchr::memmem::Finder<'static>>)>,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let mut anchored = Vec::new();
    let mut floating = Vec::new();
    for line in crate::data::lines(include_str!("../../data/boilerplate.txt")) {
        let hir = regex_syntax::parse(line).expect("data/boilerplate.txt holds valid patterns");
        let case_blind = format!("(?i){line}");
        if hir
            .properties()
            .look_set_prefix()
            .contains(regex_syntax::hir::Look::Start)
        {
            anchored.push(case_blind);
        } else {
            // The literal is read from the pattern as written, before `(?i)`: a
            // case-blind match holds it in some case.
            let needle = pattern::required_literal(line)
                .filter(|l| l.is_ascii())
                .map(|l| memchr::memmem::Finder::new(&l.to_ascii_lowercase()).into_owned());
            let re =
                pattern::compile(&case_blind).expect("data/boilerplate.txt holds valid patterns");
            floating.push((re, needle));
        }
    }
    Patterns {
        anchored: pattern::compile_set(anchored)
            .expect("data/boilerplate.txt holds valid patterns"),
        floating,
    }
});

/// True when a whole (normalized, trimmed) line is debris that makes no claims.
pub fn is_boilerplate(line: &str) -> bool {
    // Debris is short; a long line of prose is never tested against every pattern.
    let line = line.trim();
    if line.len() > MAX_DEBRIS_LINE {
        return false;
    }
    let p = &*PATTERNS;
    if p.anchored.is_match(line) {
        return true;
    }
    // One lowercased copy on the stack, searched for each needle with `memmem`: cheaper
    // than a case-blind search per needle, and far cheaper than the patterns.
    let mut buf = [0u8; MAX_DEBRIS_LINE];
    let lower = &mut buf[..line.len()];
    lower.copy_from_slice(line.as_bytes());
    lower.make_ascii_lowercase();
    p.floating.iter().any(|(re, needle)| {
        needle.as_ref().is_none_or(|n| n.find(lower).is_some()) && re.is_match(line)
    })
}

/// Longer lines are story text, not debris.
const MAX_DEBRIS_LINE: usize = 300;

/// `data/line_stamps.txt`: a live page's time stamp or a thread's post number before a
/// paragraph.
static STAMPS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/line_stamps.txt"))
        .map(|l| {
            pattern::compile(&format!("(?i){l}"))
                .expect("data/line_stamps.txt holds valid patterns")
        })
        .collect()
});

/// The length of the time stamp that opens a (trimmed) line of a live page ("UPDATE
/// 3:15 PM: ", "UPDATE 3/4/2027: ") or of a thread's post number ("3/ "), or 0: the
/// paragraph's text starts after it. A stamp says only when, so its words must not stand beside the facts as
/// their context.
pub fn stamp_len(line: &str) -> usize {
    // A stamp holds a clock time within its first bytes, or is a post's number: nearly
    // every line has neither.
    let head = &line.as_bytes()[..line.len().min(STAMP_HEAD)];
    let clock = memchr::memchr_iter(b':', head).any(|i| {
        i > 0 && head[i - 1].is_ascii_digit() && head.get(i + 1).is_some_and(u8::is_ascii_digit)
    });
    let digits = head.iter().take_while(|b| b.is_ascii_digit()).count();
    let post = digits > 0 && head.get(digits) == Some(&b'/');
    // A wire's version mark: a word in capitals, maybe a number, and a hyphen.
    let mark = head.first().is_some_and(u8::is_ascii_uppercase)
        && head.get(1).is_some_and(u8::is_ascii_uppercase)
        && memchr::memchr(b'-', head).is_some();
    // An update's day: a word, then a date with slashes ("UPDATE 3/4/2027:").
    let dated = head.first().is_some_and(u8::is_ascii_alphabetic)
        && memchr::memchr(b'/', head).is_some_and(|i| i > 0 && head[i - 1].is_ascii_digit());
    if !clock && !post && !mark && !dated {
        return 0;
    }
    STAMPS
        .iter()
        .filter_map(|re| re.find(line).map(|m| m.end()))
        .max()
        .filter(|&end| end < line.len())
        .unwrap_or(0)
}

/// Bytes of a line in which a stamp's clock time is looked for.
const STAMP_HEAD: usize = 24;

/// `data/headline_tags.txt`: media tags that open a headline.
static HEADLINE_TAGS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("../../data/headline_tags.txt")).collect());

/// The length of a media tag and its colon that open a page's first line ("WATCH: ",
/// "VIDEO: "), when a headline of at least [`MIN_TAGGED_HEADLINE`] words follows it,
/// or 0. Inside a story such a line is a link to a clip and debris; as the first line
/// it is the page's headline, and its story's lead must not be taken for the title.
pub fn headline_tag_len(line: &str) -> usize {
    let Some(colon) = line.get(..MAX_TAG + 1).unwrap_or(line).find(':') else {
        return 0;
    };
    if !HEADLINE_TAGS.contains(line[..colon].trim().to_ascii_lowercase().as_str()) {
        return 0;
    }
    let rest = &line[colon + 1..];
    let start = colon + 1 + (rest.len() - rest.trim_start().len());
    if rest.split_whitespace().count() < MIN_TAGGED_HEADLINE || is_boilerplate(&line[start..]) {
        return 0;
    }
    start
}

/// Bytes of the longest headline tag with its colon.
const MAX_TAG: usize = 8;

/// Words a headline after a media tag has at least: "WATCH: Live" is a link.
const MIN_TAGGED_HEADLINE: usize = 3;

#[cfg(test)]
mod tests {
    use super::is_boilerplate;

    #[test]
    fn debris_forms_are_recognized() {
        for line in [
            "Read more at Example.com.",
            "Read more: Town council weighs new parking rules",
            "Image 2 of 7",
            "PHOTO: A crowd outside city hall on Monday.",
            "Sign up for our free newsletters and alerts.",
            "Copyright 2031 Example Media. All rights reserved.",
            "Contact Us",
            "By Jane Q. Reporter, Staff Writer",
            "Find out what's happening in Springfield for free with the latest updates from Hub.",
            "The Associated Press contributed to this report.",
            // Patterns that may match anywhere in the line, in any case.
            "Don't miss out: SIGN UP today for the Morning Newsletter",
            "(c) 2031 Example Media, all rights reserved",
            "Jane Roe in Springfield contributed reporting.",
            // A correction's or an update's note of what an earlier version said.
            "Correction (3/5): An earlier version of this story said five.",
            "Update, March 9: An earlier version of this post said the study appeared in a journal.",
            // A scraped page's navigation, stamps and share buttons, and a mailing's footer.
            "Skip to main content",
            "Subscribe | Log in",
            "Home | Local News | Sports",
            "Published June 16, 2026 | Updated June 16, 2026 at 5:12 p.m.",
            "Posted: Wednesday, March 10, 2027, 1:15 a.m.",
            "Issued: Friday, June 4, 2027, 6:00 p.m.",
            "Facebook  X  Email",
            "Comments (14)",
            "By Corinne Abernathy | Staff writer",
            "You are receiving this email because you subscribed at example.com.",
            "Unsubscribe | Manage preferences",
            // A post's counts of reactions.
            "👍 1.2K   💬 214   ↪️ 896 shares",
            "3,402 views",
            // A forum's action bar.
            "312 comments  Share  Save",
            "Reply  Share  23 upvotes",
            "\u{25b2} 212 \u{25bc}   \u{b7}   Reply   Share",
            // A post's meta line ending in its comment counter.
            "Posted in Match Reports | 312 Comments",
            "Posted by Jenna | Nov 15, 2025 | Food Safety | 14 comments",
            // A page's date line with its update stamp; a newsletter's greeting.
            "Feb. 2, 2031 Updated 4:10 p.m.",
            "Tuesday, March 3, 2031, 9:15 a.m. ET | Updated March 4",
            "Good morning. Three things today.",
            "Happy Friday, readers!",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn story_sentences_are_not_boilerplate() {
        for line in [
            "Update: The council will vote on the original version of the bill.",
            "By Wednesday, the council had voted 5-2 to approve the plan.",
            "The mayor said she would read more of the report before deciding.",
            "Officials in Springfield, Ill., said the photo was taken in 2019.",
            "The council's newsletter said residents could sign up at city hall.",
            "Volunteers contributed to the cleanup, officials said.",
            "Published reports put the toll at 14, officials said.",
            "Subscribers to the service will pay $5 more a month.",
            "The post drew 3,402 views and 896 shares by noon.",
            "41,212 - 38,100",
            "Fresno, Kern and Kings counties voted yes | no on the measure, officials said.",
            "Share 23 percent",
            "23 points",
            "Feb. 2, 2031 was the day the council first met.",
            "Good morning, the mayor told the crowd before the council voted to close the plant on Friday.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }
}
