//! The result model every stage shares, and the JSON contract for tools.
//!
//! # The JSON report
//!
//! `xcheck --format json` prints one [`Report`]:
//!
//! ```text
//! { "schema": 1, "xcheck": "<version>",
//!   "articles": [ {"id", "path", "title", "bytes"} ],
//!   "problems": [ {"path", "message", "fatal"} ],
//!   "claims":   [ {"id", "article", "kind", "text", "span", ...kind fields} ],
//!   "findings": [ {"id", "kind", "type", "topic", "summary", "rule", "articles",
//!                  "claims", "evidence": [ {"article", "line", "text"} ], ...} ],
//!   "summary":  {"articles", "claims", "conflicts", "agreements", "single_source",
//!                "not_comparable", "problems"} }
//! ```
//!
//! * Offsets: `span.start` and `span.end` are **byte** offsets into the article's file as
//!   read (half-open), `line` and `col` are 1-based; `col` counts Unicode scalar values.
//! * Findings are ordered: conflicts, then not-comparable notes, agreements, single-source
//!   claims; inside a kind by topic and id. Output is deterministic: same input, same bytes.
//! * Stability: fields are added, never silently removed or renamed; a breaking change bumps
//!   `schema`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the JSON layout; bumped only on a breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// Where in an article a claim or an item came from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Span {
    /// Byte offset of the first byte (inclusive).
    pub start: usize,
    /// Byte offset one past the last byte (exclusive).
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub col: usize,
}

/// What the report says about one input article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleInfo {
    /// Short id: the file stem (`-` for standard input).
    pub id: String,
    /// The path as given (or found in a directory).
    pub path: String,
    /// The first non-empty line.
    pub title: String,
    /// Size of the file in bytes.
    pub bytes: usize,
    /// Publication date, for articles read from JSON Lines records that give one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published: Option<String>,
    /// The outlet and the address, from JSON Lines records that give them.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// An input that could not be read cleanly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// `true` when the file was skipped; `false` when it was read with a repair
    /// (for example lossy decoding of bytes that are not UTF-8).
    pub fatal: bool,
}

/// The kind of a place, from its form ("State of X", "X County", "City and County of X")
/// or from the gazetteer.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    State,
    County,
    City,
    /// Consolidated city-county ("City and County of Denver").
    CityCounty,
    /// Metro government ("Lexington-Fayette Urban County Government").
    Metro,
    Country,
    /// A company, agency or party in a list of parties ("Acme Corp.").
    Organization,
    /// Named like a place but of no known kind (a bare name in a bulleted list).
    Unknown,
    /// A person in a list of people ("The four charged are Ann Lee, …").
    Person,
}

impl PlaceKind {
    /// Kinds that name the same government when the core name and state agree:
    /// a city, its consolidated city-county and its metro government are one member.
    pub fn class(self) -> &'static str {
        match self {
            PlaceKind::State => "state",
            PlaceKind::County => "county",
            PlaceKind::City | PlaceKind::CityCounty | PlaceKind::Metro | PlaceKind::Unknown => {
                "local"
            }
            PlaceKind::Country => "country",
            PlaceKind::Organization => "organization",
            PlaceKind::Person => "person",
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            PlaceKind::State => "state",
            PlaceKind::County => "county",
            PlaceKind::City => "city",
            PlaceKind::CityCounty => "city-county",
            PlaceKind::Metro => "metro government",
            PlaceKind::Country => "country",
            PlaceKind::Organization => "organization",
            PlaceKind::Unknown => "place",
            PlaceKind::Person => "person",
        }
    }
}

/// A canonical place: core name, kind and state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    /// Core name without kind words ("Cook" for Cook County, "Denver" for the City and
    /// County of Denver).
    pub name: String,
    pub kind: PlaceKind,
    /// USPS code of the state, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub state: Option<String>,
    /// How a reader would name it ("Cook County, Ill.", "State of Oregon").
    pub display: String,
    /// Comparison key: class, folded name and state ("county:cook:IL").
    pub key: String,
}

/// One member of a list, as written and as understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListItem {
    pub text: String,
    pub span: Span,
    pub place: Place,
}

/// A count stated for a list ("23 jurisdictions").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct StatedCount {
    pub value: u64,
    pub text: String,
    pub span: Span,
}

/// A list of places, parties or people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListClaim {
    /// The article presents the list as the whole set.
    pub complete: bool,
    /// The words (or form) that marked it complete or partial: "including",
    /// "bulleted list", "semicolon series", "the following", "table" (a table whose first
    /// column is headed by a kind of place).
    pub cue: String,
    /// What the list is a list of, when the text says ("jurisdictions").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub of: Option<String>,
    /// The count the article gives for this set, when one can be tied to it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stated_count: Option<StatedCount>,
    pub items: Vec<ListItem>,
}

/// What kind of source a speaker is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organization,
    /// A letter, a statement or a report, with no person named.
    Document,
    /// "a Justice Department official".
    Unnamed,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Document => "document",
            SpeakerKind::Unnamed => "unnamed",
        }
    }
}

/// Who a quote is credited to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    /// Canonical name ("Ann Lee", "Water Board").
    pub name: String,
    /// Comparison key ("person:sessions", "organization:justice department").
    pub key: String,
    pub kind: SpeakerKind,
    /// The attribution as the article wrote it ("State Treasurer Ann Lee", "she").
    pub as_written: String,
    /// The person's roles as this article states them ("New York City Mayor").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub roles: Vec<String>,
}

/// Whether a quote is a whole statement or a fragment inside the article's own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuoteForm {
    Whole,
    Fragment,
}

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct QuoteClaim {
    /// The words inside the marks, paragraphs joined by a space.
    pub quote: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker: Option<Speaker>,
    /// The attribution's verb and words ("said in a statement", "told reporters").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cue: Option<String>,
    /// How the words reached the public: spoken, statement, press_release, tweet,
    /// letter, interview, told, written, post.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub medium: Option<String>,
    pub form: QuoteForm,
    /// The opening mark was never closed; the quote was cut at its first sentence.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub unbalanced: bool,
}

/// A numeric value as a closed range; `hi` is absent when there is no upper bound
/// ("more than a dozen").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Interval {
    pub lo: u64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub hi: Option<u64>,
}

impl Interval {
    pub fn exact(n: u64) -> Interval {
        Interval { lo: n, hi: Some(n) }
    }

    pub fn is_exact(&self) -> bool {
        self.hi == Some(self.lo)
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi.unwrap_or(u64::MAX) && other.lo <= self.hi.unwrap_or(u64::MAX)
    }

    pub fn contains(&self, n: u64) -> bool {
        self.overlaps(&Interval::exact(n))
    }

    /// The range as a reader writes it, digits grouped by thousands: "4,200,000",
    /// "33,600,000–50,400,000", "2,000 or more". (`Display` writes bare digits, as
    /// keys and ids use them.)
    pub fn readable(&self) -> String {
        match self.hi {
            Some(h) if h == self.lo => grouped(h),
            Some(h) => format!("{}–{}", grouped(self.lo), grouped(h)),
            None => format!("{} or more", grouped(self.lo)),
        }
    }
}

/// A whole number with its digits grouped by thousands, as news copy writes a count:
/// 4200000 → "4,200,000", 2400 → "2,400".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.hi {
            Some(h) if h == self.lo => write!(f, "{h}"),
            Some(h) => write!(f, "{}–{h}", self.lo),
            None => write!(f, "{} or more", self.lo),
        }
    }
}

/// A count of things ("23 jurisdictions", "nearly two dozen jurisdictions").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CountClaim {
    pub value: Interval,
    /// The counted noun as written ("jurisdictions", "Democratic mayors" → "mayors").
    pub noun: String,
    /// What is counted, for alignment: a set-noun class ("local" for jurisdictions,
    /// communities, cities and counties) or the noun itself.
    pub class: String,
    /// "Twelve of the 15": a part of a set, compared only with other parts.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub partitive: bool,
    /// A word with no number in it ("several", "a handful of"): loose enough to agree
    /// with a count, never precise enough to contradict one.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub loose: bool,
    /// Content-word stems around the count, for telling which counts speak of the same
    /// set ("notic", "viola").
    pub context: Vec<String>,
}

/// A statute, regulation or compact provision ("42 U.S.C. 7410", "Article IV of the compact").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CitationClaim {
    /// Canonical form: `usc/42/7410`, `cfr/40/122.26`, `pl/117-58`, `article/compact/IV`,
    /// `act/<act>/<section>`, or `section/7410` when no code is named.
    pub canonical: String,
    /// How a reader would write it ("42 U.S.C. 7410").
    pub display: String,
    /// A finer part cited too ("(a)", "Section 3"), kept but not compared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub detail: Option<String>,
    /// Context stems (what the provision is cited for: "federal program bribery"), for
    /// setting two outlets' different sections for the same words side by side.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub context: Vec<String>,
}

/// Fiscal years, with the program they fund when named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FiscalClaim {
    pub years: Vec<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub program: Option<String>,
    /// Context stems, for aligning claims with no program name.
    pub context: Vec<String>,
}

/// Units of an amount.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AmountUnit {
    /// US dollars.
    Usd,
    /// US cents: a sum written with cents and no scale word ("$1.87 a share", "$2.75
    /// fare" is 275), kept apart from whole dollars so that $1.87 and $1.78 are two.
    UsdCents,
    /// Pounds sterling ("£350m"); pence are not read.
    Gbp,
    /// Euros ("€2bn"); cents are not read.
    Eur,
    /// Percent, in tenths (37% is 370).
    PercentTenths,
    /// An earthquake's magnitude, in tenths ("magnitude 6.4" is 64).
    MagnitudeTenths,
    /// A tornado's rating on the Enhanced Fujita scale ("EF3" is 3).
    EfRating,
    /// A tropical storm's category on the Saffir-Simpson scale ("Category 4" is 4).
    StormCategory,
    /// A speed in miles per hour ("130 mph winds"; km/h and knots converted), of the
    /// thing `AmountClaim::what` names: wind, gust, motion or limit.
    SpeedMph,
    /// A distance in feet: the radius of an order ("within 2 miles", "a 1-mile radius";
    /// metric ones converted), `AmountClaim::what` naming the order ("radius:shelter").
    DistanceFeet,
    /// A depth in tenths of an inch: snow or rain fallen at a town ("48.5 inches of
    /// snow" is 485; feet and metric ones converted), `AmountClaim::what` naming the kind
    /// and the town ("snow:Pine Hollow").
    DepthTenthInches,
}

impl AmountUnit {
    /// Whether the unit is money (dollars, or cents, pounds or euros).
    pub fn is_money(self) -> bool {
        matches!(
            self,
            AmountUnit::Usd | AmountUnit::UsdCents | AmountUnit::Gbp | AmountUnit::Eur
        )
    }

    /// Whether the unit is whole money of a currency: dollars, pounds or euros.
    pub fn is_whole_money(self) -> bool {
        self.is_money() && self != AmountUnit::UsdCents
    }

    /// Whether the unit is a rating on a scale (a magnitude, a tornado's or a storm's
    /// category): one event has one, so two articles' ratings of it are compared
    /// with little said around them.
    pub fn is_rating(self) -> bool {
        matches!(
            self,
            AmountUnit::MagnitudeTenths | AmountUnit::EfRating | AmountUnit::StormCategory
        )
    }
}

impl AmountUnit {
    /// Whether the unit measures a thing of the story (a speed, a radius), whose
    /// `AmountClaim::what` names it: judged by `compare::measures`.
    pub fn is_measure(self) -> bool {
        matches!(
            self,
            AmountUnit::SpeedMph | AmountUnit::DistanceFeet | AmountUnit::DepthTenthInches
        )
    }
}

/// Money, a percentage or a rating on a scale, with floors and ceilings as a range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AmountClaim {
    pub unit: AmountUnit,
    pub value: Interval,
    /// "per day", "a year".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub per: Option<String>,
    /// The stem of the noun the sum is of, right after it ("$45 million in aid", "$40
    /// million in emergency aid": "aid"); two sums of one thing may be set against each
    /// other though little else around them is shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub what: Option<String>,
    pub context: Vec<String>,
}

/// A vote tally ("voted 4-1"), winner first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct VoteClaim {
    pub in_favor: u32,
    pub against: u32,
    /// The article calls the vote unanimous and gives no tally ("voted unanimously"):
    /// `in_favor` and `against` are then 0, and the vote agrees with any tally with no
    /// votes against.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub unanimous: bool,
    /// Content-word stems of what was voted on, from the "to …" after the tally ("to
    /// close the pool"), sorted; empty when the sentence does not say.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub motion: Vec<String>,
    /// The body that voted ("senate", "assembly", "local", "court": the second column
    /// of `data/vote_bodies.tsv`), when the sentence or the one before it names one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub body: Option<String>,
    pub context: Vec<String>,
}

/// A game's final score ("held off Washington 31-28", "a 31-28 win"), points high
/// first: which team scored which is not read, so "31-28" and "28-31" are one score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ScoreClaim {
    pub high: u32,
    pub low: u32,
    /// Content-word stems around the score (the teams' names among them).
    pub context: Vec<String>,
}

/// Whose courts a venue is among.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CourtLevel {
    /// A United States district court ("federal court in Boston").
    Federal,
    /// A state's court ("state court in Austin").
    State,
}

/// The court a suit was filed in ("filed in the U.S. District Court for the District of
/// Rhode Island", "sued the agency in federal court in Boston"), told by the state it
/// sits in: a town is read as its state, so "federal court in Providence" and "the
/// District of Rhode Island" are one venue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct VenueClaim {
    pub level: CourtLevel,
    /// The state the court sits in, as a USPS code ("RI").
    pub state: String,
    /// The part of the state a federal district is named for ("southern"), when written.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub district: Option<String>,
    /// The town the words name, when they name one ("Boston").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub town: Option<String>,
    /// Whether the words tell of another suit than the story's ("a similar suit filed
    /// in federal court in Texas last year"): such a venue is set against no other.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub aside: bool,
}

/// Which slot a date fills.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DateSlot {
    /// "by April 25", "until April 25", "no later than".
    Deadline,
    /// A dated event ("a workshop on March 27").
    Event,
    /// The weekday of the article's main event ("on Wednesday" in the lead).
    LeadDay,
}

/// A date, a weekday or a deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DateClaim {
    pub slot: DateSlot,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub month: Option<u8>,
    /// None for a weekday alone, or for a month of a year ("pleaded guilty in October
    /// 2024"), which is compared only with other months.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub day: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub year: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub weekday: Option<String>,
    /// For a deadline, the stem of what must be done by it ("until Sept. 30 to register",
    /// "must register new wells by Sept. 30", "an Oct. 1 deadline to register": "regis");
    /// for another date, the stem of the word right before it that says what happened
    /// ("was announced on March 3": "annou", "takes effect June 1": "effec").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub action: Option<String>,
    pub context: Vec<String>,
}

impl DateClaim {
    /// A month of a year with no day ("in October 2024").
    pub fn is_month(&self) -> bool {
        self.month.is_some() && self.day.is_none()
    }
}

/// A person's title as an article states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RoleClaim {
    pub person: String,
    pub person_key: String,
    /// The role as written ("Commission Vice Chairman").
    pub role: String,
    /// The title, normalized ("vice chair").
    pub title: String,
}

/// What someone did about an event, or what became of the event.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Attended,
    Absent,
    Held,
    Canceled,
    Postponed,
    // To be held: "will hold an emergency meeting", "was to meet Monday". Contradicts
    // nothing: a meeting set for Monday may be canceled by Sunday night.
    Scheduled,
}

impl Attendance {
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Attended => "attended",
            Attendance::Absent => "stayed away",
            Attendance::Held => "held",
            Attendance::Canceled => "canceled",
            Attendance::Postponed => "postponed",
            Attendance::Scheduled => "to be held",
        }
    }

    /// Two statuses that cannot both be true of one person (or event): an event held
    /// on its day was neither canceled nor put off.
    pub fn contradicts(self, other: Attendance) -> bool {
        use Attendance::*;
        matches!(
            (self, other),
            (Attended, Absent)
                | (Absent, Attended)
                | (Held, Canceled)
                | (Canceled, Held)
                | (Held, Postponed)
                | (Postponed, Held)
        )
    }
}

/// Attendance of a person or group at an event, or the event's own fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AttendanceClaim {
    /// The event's class ("meeting", "workshop").
    pub event: String,
    /// Who: a person's name, a group ("mayors"), or "the event" itself.
    pub who: String,
    pub who_key: String,
    pub status: Attendance,
    /// The words that say so ("boycotted", "will not attend").
    pub cue: String,
}

/// What a claim says, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimBody {
    List(ListClaim),
    Quote(QuoteClaim),
    Count(CountClaim),
    Citation(CitationClaim),
    FiscalYears(FiscalClaim),
    Amount(AmountClaim),
    Date(DateClaim),
    Role(RoleClaim),
    Attendance(AttendanceClaim),
    Vote(VoteClaim),
    Score(ScoreClaim),
    Venue(VenueClaim),
}

/// One thing an article claims, with the words it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Claim {
    /// `<article id>#<kind><n>`, unique in a report.
    pub id: String,
    pub article: String,
    #[serde(flatten)]
    pub body: ClaimBody,
    /// The article's own words for the whole claim.
    pub text: String,
    pub span: Span,
}

impl Claim {
    pub fn as_list(&self) -> Option<&ListClaim> {
        match &self.body {
            ClaimBody::List(l) => Some(l),
            _ => None,
        }
    }

    pub fn as_count(&self) -> Option<&CountClaim> {
        match &self.body {
            ClaimBody::Count(c) => Some(c),
            _ => None,
        }
    }

    pub fn as_vote(&self) -> Option<&VoteClaim> {
        match &self.body {
            ClaimBody::Vote(v) => Some(v),
            _ => None,
        }
    }

    pub fn as_quote(&self) -> Option<&QuoteClaim> {
        match &self.body {
            ClaimBody::Quote(q) => Some(q),
            _ => None,
        }
    }
}

/// The four kinds of finding.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Conflict,
    NotComparable,
    Agreement,
    SingleSource,
}

impl FindingKind {
    /// Every kind, in report order (the derived order).
    pub const ALL: [FindingKind; 4] = [
        FindingKind::Conflict,
        FindingKind::NotComparable,
        FindingKind::Agreement,
        FindingKind::SingleSource,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FindingKind::Conflict => "conflict",
            FindingKind::NotComparable => "not comparable",
            FindingKind::Agreement => "agreement",
            FindingKind::SingleSource => "single source",
        }
    }
}

/// The relation a finding names (Radev's CST relations and de Marneffe et al.'s
/// contradiction types; see DESIGN.md).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FindingType {
    Identical,
    Equivalent,
    Subsumed,
    Overlap,
    SingleSource,
    ListMembership,
    Granularity,
    CountMismatch,
    QuoteWording,
    QuoteAttribution,
    Characterization,
    DateMismatch,
    Role,
    /// One person's name spelled two ways ("Kyle Bennet", "Kyle Bennett").
    NameSpelling,
    Attendance,
    /// One event put in different places: a suit filed in federal court in Boston in
    /// one outlet, in the District of Rhode Island in another.
    PlaceMismatch,
    NotComparable,
}

impl FindingType {
    /// The kind of finding a relation makes: contradiction types are conflicts, CST
    /// relations of agreement are agreements.
    pub fn kind(self) -> FindingKind {
        match self {
            FindingType::Identical
            | FindingType::Equivalent
            | FindingType::Subsumed
            | FindingType::Overlap => FindingKind::Agreement,
            FindingType::SingleSource => FindingKind::SingleSource,
            FindingType::NotComparable => FindingKind::NotComparable,
            FindingType::ListMembership
            | FindingType::Granularity
            | FindingType::CountMismatch
            | FindingType::QuoteWording
            | FindingType::QuoteAttribution
            | FindingType::Characterization
            | FindingType::DateMismatch
            | FindingType::Role
            | FindingType::NameSpelling
            | FindingType::Attendance
            | FindingType::PlaceMismatch => FindingKind::Conflict,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FindingType::Identical => "identical",
            FindingType::Equivalent => "equivalent",
            FindingType::Subsumed => "subsumed",
            FindingType::Overlap => "overlap",
            FindingType::SingleSource => "single_source",
            FindingType::ListMembership => "list_membership",
            FindingType::Granularity => "granularity",
            FindingType::CountMismatch => "count_mismatch",
            FindingType::QuoteWording => "quote_wording",
            FindingType::QuoteAttribution => "quote_attribution",
            FindingType::Characterization => "characterization",
            FindingType::DateMismatch => "date_mismatch",
            FindingType::Role => "role",
            FindingType::NameSpelling => "name_spelling",
            FindingType::Attendance => "attendance",
            FindingType::PlaceMismatch => "place_mismatch",
            FindingType::NotComparable => "not_comparable",
        }
    }
}

/// An article's own words backing a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    pub article: String,
    pub line: usize,
    pub text: String,
}

/// Agreement, conflict, single-source claim or not-comparable note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// Stable id derived from type, topic and the canonical key of what it is about,
    /// never from the order of findings.
    pub id: String,
    pub kind: FindingKind,
    #[serde(rename = "type")]
    pub kind_type: FindingType,
    /// What the finding is about ("list: jurisdictions").
    pub topic: String,
    /// One plain sentence a journalist can read.
    pub summary: String,
    /// The rule that fired, so a reader can see why.
    pub rule: String,
    pub articles: Vec<String>,
    pub claims: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// Notes on how values were normalized to compare them ("'Boise, Idaho' =
    /// 'City of Boise, Idaho'").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub notes: Vec<String>,
    /// For wording conflicts: the words that differ, article by article.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub diff: Vec<WordChange>,
    /// With several stories in one run: the story this finding belongs to.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub story: Option<String>,
    /// Words of the evidence a reader should look at (the differing word, the place a
    /// list lacks); printers may highlight them.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub marks: Vec<String>,
}

/// One place where two versions of a quote differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WordChange {
    pub article: String,
    /// The words this article prints ("penalty").
    pub words: String,
    pub other_article: String,
    /// The words the other article prints in their place ("punishment").
    pub other_words: String,
}

/// Articles grouped as one story (only when a run holds several).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Story {
    pub id: String,
    pub articles: Vec<String>,
}

/// Complete lists of one topic side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListTable {
    pub topic: String,
    /// One column per complete list: its article.
    pub articles: Vec<String>,
    pub rows: Vec<ListRow>,
}

/// One place and how each complete list writes it ("" where the list lacks it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListRow {
    pub place: String,
    pub cells: Vec<String>,
    /// Some list lacks it.
    pub differs: bool,
}

/// Who attended an event, article by article: the who-attended table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EventTable {
    /// The event's class ("meeting", "workshop").
    pub event: String,
    /// Column order.
    pub articles: Vec<String>,
    pub rows: Vec<EventRow>,
}

/// One person, group or the event itself, with what each article says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EventRow {
    pub who: String,
    /// One cell per article of `articles`: the status words, or "" where it is silent.
    pub cells: Vec<String>,
    /// The articles contradict each other on this row.
    pub conflict: bool,
}

/// A finding as a baseline remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BaselineFinding {
    pub id: String,
    pub kind: FindingKind,
    #[serde(rename = "type")]
    pub kind_type: FindingType,
    pub summary: String,
}

/// A finding whose words changed since the baseline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BaselineChange {
    pub id: String,
    pub before: String,
    pub after: String,
}

/// How today's findings differ from a baseline report's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BaselineDiff {
    pub appeared: Vec<BaselineFinding>,
    pub disappeared: Vec<BaselineFinding>,
    pub changed: Vec<BaselineChange>,
}

impl BaselineDiff {
    pub fn is_empty(&self) -> bool {
        self.appeared.is_empty() && self.disappeared.is_empty() && self.changed.is_empty()
    }
}

/// Counts for the report header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    pub articles: usize,
    pub claims: usize,
    pub conflicts: usize,
    pub agreements: usize,
    pub single_source: usize,
    pub not_comparable: usize,
    pub problems: usize,
}

/// The whole result of a run; every printer renders this one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    pub schema: u32,
    pub xcheck: String,
    pub articles: Vec<ArticleInfo>,
    pub problems: Vec<Problem>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    /// Who-attended tables, one per event that two or more articles speak of.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub events: Vec<EventTable>,
    /// Complete lists side by side, one table per list topic with two or more.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub lists: Vec<ListTable>,
    /// The stories the articles were grouped into, when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub stories: Vec<Story>,
    pub summary: Summary,
    /// With `--baseline`: how the findings differ from the baseline's.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub baseline: Option<BaselineDiff>,
}

impl Report {
    /// True when an input failed, whatever was found in the others.
    pub fn has_input_errors(&self) -> bool {
        !self.problems.is_empty()
    }

    pub fn conflicts(&self) -> usize {
        self.summary.conflicts
    }
}

/// The JSON Schema of [`Report`], pretty-printed (committed as `schema/report.schema.json`).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Report);
    serde_json::to_string_pretty(&schema).expect("a schema serializes")
}

#[cfg(test)]
mod tests {
    use super::FindingKind as K;

    #[test]
    fn counts_are_written_with_digits_grouped_by_thousands() {
        use super::{Interval, grouped};
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(2400), "2,400");
        assert_eq!(grouped(4_200_000), "4,200,000");
        let rough = Interval {
            lo: 33_600_000,
            hi: Some(50_400_000),
        };
        assert_eq!(rough.readable(), "33,600,000–50,400,000");
        assert_eq!(Interval { lo: 1001, hi: None }.readable(), "1,001 or more");
        // Keys and ids keep bare digits.
        assert_eq!(rough.to_string(), "33600000–50400000");
    }

    #[test]
    fn every_finding_kind_is_listed_in_report_order() {
        // A new kind stops this match compiling until it is listed in `ALL`.
        let listed = |k: K| match k {
            K::Conflict | K::NotComparable | K::Agreement | K::SingleSource => K::ALL.contains(&k),
        };
        assert!(K::ALL.iter().all(|&k| listed(k)));
        assert!(K::ALL.windows(2).all(|w| w[0] < w[1]));
    }
}
