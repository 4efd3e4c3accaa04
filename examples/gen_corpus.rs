//! A deterministic corpus generator for benchmarks: writes N articles across M stories,
//! in several house styles (bulleted lists, semicolon series, partial lists, quotes with
//! every kind of attribution, counts, deadlines, attendance), with planted
//! disagreements (a list that drops a place, a reworded quote, another deadline).
//!
//! Usage: `cargo run --release --example gen_corpus -- DIR N [M] [SEED]`
//! The same arguments always write the same bytes.

use std::fmt::Write as _;
use std::path::PathBuf;

/// xorshift64*: small, fast, deterministic; no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const PLACES: &[(&str, &str, &str)] = &[
    ("Boise", "Idaho", "Idaho"),
    ("Tulsa", "Oklahoma", "Okla."),
    ("Akron", "Ohio", "Ohio"),
    ("Dayton", "Ohio", "Ohio"),
    ("Omaha", "Nebraska", "Neb."),
    ("Wichita", "Kansas", "Kan."),
    ("Fresno", "California", "Calif."),
    ("Spokane", "Washington", "Wash."),
    ("Tacoma", "Washington", "Wash."),
    ("Madison", "Wisconsin", "Wis."),
    ("Durham", "North Carolina", "N.C."),
    ("Savannah", "Georgia", "Ga."),
    ("Knoxville", "Tennessee", "Tenn."),
    ("Lexington", "Kentucky", "Ky."),
    ("Toledo", "Ohio", "Ohio"),
    ("Reno", "Nevada", "Nev."),
    ("Provo", "Utah", "Utah"),
    ("Eugene", "Oregon", "Ore."),
    ("Syracuse", "New York", "N.Y."),
    ("Allentown", "Pennsylvania", "Pa."),
    ("Pueblo", "Colorado", "Colo."),
    ("Lubbock", "Texas", "Texas"),
    ("Gary", "Indiana", "Ind."),
    ("Flint", "Michigan", "Mich."),
];
const COUNTIES: &[(&str, &str, &str)] = &[
    ("Dane County", "Wisconsin", "Wis."),
    ("Ada County", "Idaho", "Idaho"),
    ("Kern County", "California", "Calif."),
    ("Pima County", "Arizona", "Ariz."),
    ("Lane County", "Oregon", "Ore."),
    ("Summit County", "Ohio", "Ohio"),
    ("Polk County", "Iowa", "Iowa"),
    ("Knox County", "Tennessee", "Tenn."),
];
const FIRST: &[&str] = &[
    "Ana", "Bo", "Carla", "Dev", "Elena", "Femi", "Grace", "Hugo", "Iris", "Jon", "Kim", "Luis",
    "Mara", "Nils", "Omar", "Paula",
];
const LAST: &[&str] = &[
    "Ruiz",
    "Park",
    "Okoro",
    "Lindqvist",
    "Moss",
    "Hale",
    "Castell",
    "Diaz",
    "Novak",
    "Ferris",
    "Quade",
    "Sato",
    "Ibarra",
    "Wendt",
    "Marsh",
    "Caro",
];
const AGENCIES: &[&str] = &[
    "Water Quality Board",
    "Transit Safety Office",
    "Housing Finance Agency",
    "Rural Broadband Authority",
    "Flood Control Commission",
    "Public Health Council",
];
const ACTIONS: &[(&str, &str)] = &[
    ("fined", "fines"),
    ("warned", "warnings"),
    ("audited", "audits"),
    ("sued", "suits"),
    ("funded", "grants"),
];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const VOCAB: &[&str] = &[
    "we",
    "will",
    "not",
    "let",
    "any",
    "town",
    "fall",
    "behind",
    "work",
    "fair",
    "every",
    "one",
    "rules",
    "are",
    "clear",
    "money",
    "belongs",
    "to",
    "taxpayers",
    "reports",
    "matter",
    "water",
    "safe",
    "families",
    "deserve",
    "answers",
    "deadline",
    "stands",
    "help",
    "small",
    "places",
    "trust",
    "records",
    "public",
    "late",
    "again",
    "promise",
    "budget",
    "roads",
    "schools",
];
const WORDS: &[&str] = &["deeply", "fully", "truly", "simply", "clearly"];
const FILLER: &[&str] = &[
    "Residents packed the hearing room, and several spoke for more than the allotted three minutes.",
    "The agency posted its findings online and said it would take written comments through the end of the month.",
    "Local officials said they had not seen the full report before it was released to reporters.",
    "The decision follows two years of complaints from neighborhood groups and a state audit last spring.",
    "Budget documents show the program has grown steadily since it was created a decade ago.",
    "Critics said the timeline was too short for small towns with part-time staff.",
];

struct Story {
    agency: String,
    action: (&'static str, &'static str),
    members: Vec<(String, String, String)>,
    official: (String, String),
    quote: Vec<String>,
    deadline: (usize, usize),
}

fn story(rng: &mut Rng) -> Story {
    let n = 5 + rng.below(10);
    let mut members = Vec::new();
    while members.len() < n {
        let (name, state, ap) = if rng.chance(25) {
            *rng.pick(COUNTIES)
        } else {
            *rng.pick(PLACES)
        };
        let m = (name.to_string(), state.to_string(), ap.to_string());
        if !members.contains(&m) {
            members.push(m);
        }
    }
    // Each story's official says something of their own.
    let quote: Vec<String> = (0..14).map(|_| rng.pick(VOCAB).to_string()).collect();
    Story {
        agency: rng.pick(AGENCIES).to_string(),
        action: *rng.pick(ACTIONS),
        members,
        official: (rng.pick(FIRST).to_string(), rng.pick(LAST).to_string()),
        quote,
        deadline: (rng.below(12), 1 + rng.below(28)),
    }
}

fn article(rng: &mut Rng, s: &Story, k: usize) -> String {
    let mut t = String::new();
    let n = s.members.len();
    let (first, last) = &s.official;
    let (verb, noun) = s.action;
    // Planted disagreements, each in about one article in ten.
    let drop_one = rng.chance(10);
    let count = if rng.chance(5) { n + 1 } else { n };
    let mut quote = s.quote.clone();
    if rng.chance(10) {
        let i = rng.below(quote.len());
        quote[i] = rng.pick(WORDS).to_string();
    }
    let (mut month, mut day) = s.deadline;
    if rng.chance(8) {
        day = 1 + (day + 9) % 28;
        month = (month + 1) % 12;
    }
    let _ = writeln!(t, "{} {} {} local governments\n", s.agency, verb, count);
    let _ = writeln!(
        t,
        "By {} {}\nStaff Writer\n",
        rng.pick(FIRST),
        rng.pick(LAST)
    );
    let _ = writeln!(
        t,
        "The state {} on Tuesday {verb} {count} local governments, saying they failed to file required reports on time.\n",
        s.agency
    );
    let said = match k % 3 {
        0 => format!("\"{},\" said Director {first} {last}.", quote.join(" ")),
        1 => format!(
            "Director {first} {last} spoke after the vote. \"{},\" {last} said.",
            quote.join(" ")
        ),
        _ => format!(
            "\"{},\" {first} {last}, the agency's director, said in a statement.",
            quote.join(" ")
        ),
    };
    let _ = writeln!(t, "{said}\n");
    // Enough story text for a wire article of a few kilobytes.
    for _ in 0..(12 + rng.below(16)) {
        let _ = writeln!(t, "{} {}\n", rng.pick(FILLER), rng.pick(FILLER));
    }
    let members: Vec<&(String, String, String)> = s
        .members
        .iter()
        .enumerate()
        .filter(|(i, _)| !(drop_one && *i == n - 1))
        .map(|(_, m)| m)
        .collect();
    match k % 4 {
        0 => {
            let _ = writeln!(t, "The following jurisdictions received {noun}:\n");
            for (name, state, _) in &members {
                let _ = writeln!(t, "  • {name}, {state};");
            }
            t.push('\n');
        }
        1 => {
            let items: Vec<String> = members
                .iter()
                .map(|(name, _, ap)| format!("{name}, {ap}"))
                .collect();
            let _ = writeln!(
                t,
                "The {noun} went to {}; and {}.\n",
                items[..items.len() - 1].join("; "),
                items[items.len() - 1]
            );
        }
        2 => {
            let _ = writeln!(
                t,
                "Those cited include {}, {} and {}.\n",
                members[0].0, members[1].0, members[2].0
            );
        }
        _ => {
            let _ = writeln!(
                t,
                "Officials in {}, {} and other communities said they would appeal.\n",
                members[0].0, members[1].0
            );
        }
    }
    let _ = writeln!(
        t,
        "Each must file a corrective plan by {} {}.\n",
        MONTHS[month], day
    );
    if rng.chance(30) {
        let verb = if rng.chance(50) {
            "attended"
        } else {
            "boycotted"
        };
        let _ = writeln!(
            t,
            "County Commissioner {} {} {verb} the hearing.\n",
            rng.pick(FIRST),
            s.official.1
        );
    }
    let _ = writeln!(
        t,
        "Read more: {} budget hearings continue next week",
        s.agency
    );
    t
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().expect("usage: gen_corpus DIR N [M] [SEED]"));
    let n: usize = args
        .get(1)
        .and_then(|x| x.parse().ok())
        .expect("N articles");
    let m: usize = args
        .get(2)
        .and_then(|x| x.parse().ok())
        .unwrap_or((n / 8).max(1));
    let seed: u64 = args.get(3).and_then(|x| x.parse().ok()).unwrap_or(42);
    std::fs::create_dir_all(&dir).expect("create the directory");
    let mut rng = Rng(seed.max(1));
    let stories: Vec<Story> = (0..m).map(|_| story(&mut rng)).collect();
    let mut bytes = 0;
    for i in 0..n {
        let s = i % m;
        let text = article(&mut rng, &stories[s], i / m);
        bytes += text.len();
        std::fs::write(dir.join(format!("s{s:05}-a{i:06}.txt")), text).expect("write an article");
    }
    eprintln!(
        "wrote {n} articles in {m} stories, {bytes} bytes, to {}",
        dir.display()
    );
}
