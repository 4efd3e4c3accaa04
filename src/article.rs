//! Loading articles: paths, directories and standard input, with every bad input turned
//! into a [`Problem`] that names the file, never a panic.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::{ArticleInfo, Problem};

/// Files larger than this are refused unless the caller raises the limit: a scraped
/// article is a few kilobytes, and a multi-megabyte "article" is almost always a dump.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// One article's text, read once; every later stage borrows it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Article {
    pub id: String,
    pub path: String,
    pub title: String,
    pub text: String,
    /// Publication date from a scraper's record ("2025-03-11"), when known.
    pub published: Option<String>,
    /// The outlet and the address, from a scraper's record, when known.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Article {
    /// Builds an article from text already in memory (tests, other front ends).
    pub fn from_text(id: &str, path: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            path: path.to_string(),
            title: title_of(text),
            text: text.to_string(),
            published: None,
            source: None,
            url: None,
        }
    }

    pub fn info(&self) -> ArticleInfo {
        ArticleInfo {
            id: self.id.clone(),
            path: self.path.clone(),
            title: self.title.clone(),
            bytes: self.text.len(),
            published: self.published.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }
}

/// An input as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

/// Everything that was read, and everything that went wrong while reading.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// Reads every input. Directories contribute their `*.txt` files, sorted by name, not
/// recursing; a bad file is recorded and skipped, the others are still read.
///
/// Files are read and decoded in parallel; articles, problems and ids come out in input
/// order all the same, so a run does not depend on which file finished first.
pub fn load(inputs: &[Input], max_bytes: u64) -> Loaded {
    use rayon::prelude::*;
    let mut jobs = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => jobs.push(Job::Stdin),
            Input::Path(path) => expand(&mut jobs, path),
        }
    }
    let threads = (jobs.len() / crate::MAX_JOB).clamp(1, READERS);
    let read = || -> Vec<Part> {
        jobs.into_par_iter()
            .with_max_len(crate::MAX_JOB)
            .map(|job| job.run(max_bytes))
            .collect()
    };
    // A pool of its own, more threads than cores: see `READERS`. Should one not start,
    // the shared pool reads as well, only slower from a cold disk.
    let parts = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(read),
        Err(_) => read(),
    };
    // Ids are made unique in input order: the first file keeps its stem.
    let mut loaded = Loaded::default();
    let mut ids = rustc_hash::FxHashSet::default();
    for part in parts {
        for (mut article, fallback) in part.loaded.articles.into_iter().zip(part.fallbacks) {
            article.id = unique_id(&mut ids, std::mem::take(&mut article.id), fallback);
            loaded.articles.push(article);
        }
        loaded.problems.extend(part.loaded.problems);
    }
    loaded
}

/// Most threads that read files at once. Reading a file the disk cache does not hold
/// waits on the disk, not on a core, and the disk serves many requests in flight at once
/// about as fast as one: measured at 100k files (429 MB) with the cache dropped, 2
/// threads (one a core) read in 5.7–6.4 s, 8 in 2.6 s, 16 in 2.2–2.5 s, 32 in 2.2 s.
/// From a warm cache the count makes no difference (0.65–0.85 s each way): the threads
/// then share the cores as the kernel's copying needs them.
const READERS: usize = 32;

/// One unit of reading: a file, standard input, or a problem found while listing.
enum Job {
    File(PathBuf),
    Stdin,
    Problem(Problem),
}

/// What one job read. Each article's id is its wanted id (a file's stem, a record's id);
/// `fallbacks` holds, for each article, the id it takes when another input has the same
/// wanted id.
#[derive(Default)]
struct Part {
    loaded: Loaded,
    fallbacks: Vec<String>,
}

impl Part {
    /// Records an article under its wanted id, with the id it falls back to.
    fn push(&mut self, mut article: Article, wanted: &str, fallback: &str) {
        article.id = wanted.to_string();
        self.loaded.articles.push(article);
        self.fallbacks.push(fallback.to_string());
    }
}

impl Job {
    fn run(self, max_bytes: u64) -> Part {
        let mut part = Part::default();
        match self {
            Job::Problem(p) => part.loaded.problems.push(p),
            Job::Stdin => {
                let mut bytes = Vec::new();
                match std::io::stdin().lock().read_to_end(&mut bytes) {
                    Ok(_) => accept(&mut part, "-", "stdin", bytes, max_bytes),
                    Err(e) => part
                        .loaded
                        .problems
                        .push(fatal("-", format!("cannot read: {e}"))),
                }
            }
            Job::File(path) => read_file(&mut part, &path, max_bytes),
        }
        part
    }
}

/// A path as jobs: a file, each known file of a directory, or why it cannot be read.
fn expand(jobs: &mut Vec<Job>, path: &Path) {
    let shown = path.display().to_string();
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => match txt_files_in(path) {
            Ok(files) if files.is_empty() => jobs.push(Job::Problem(fatal(
                &shown,
                "directory holds no .txt, .html or .jsonl files".into(),
            ))),
            Ok(files) => jobs.extend(files.into_iter().map(Job::File)),
            Err(e) => jobs.push(Job::Problem(fatal(
                &shown,
                format!("cannot list directory: {e}"),
            ))),
        },
        Ok(_) => jobs.push(Job::File(path.to_path_buf())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => jobs.push(Job::Problem(fatal(
            &shown,
            "no such file or directory".into(),
        ))),
        Err(e) => jobs.push(Job::Problem(fatal(&shown, format!("cannot read: {e}")))),
    }
}

/// Reads one file (not a directory) by its kind.
fn read_file(part: &mut Part, path: &Path, max_bytes: u64) {
    let shown = path.display().to_string();
    let bytes = match read_bounded(path, max_bytes) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(len)) => {
            part.loaded.problems.push(fatal(
                &shown,
                format!(
                    "file is too large ({len} bytes; the limit is {max_bytes}, see --max-bytes)"
                ),
            ));
            return;
        }
        Err(e) => {
            part.loaded
                .problems
                .push(fatal(&shown, format!("cannot read: {e}")));
            return;
        }
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    match InputKind::of(path) {
        InputKind::Text => accept(part, &shown, &stem, bytes, max_bytes),
        InputKind::Html => accept_html(part, &shown, &stem, bytes, max_bytes),
        InputKind::JsonLines => accept_jsonl(part, &shown, &stem, bytes, max_bytes),
    }
}

/// A file's bytes through one handle, or its size when that is over `max_bytes`. The
/// size is read from the handle the bytes come from (one path lookup, not three, which
/// counts at a hundred thousand files), and at most `max_bytes + 1` bytes are read, so a
/// pipe or a file that grows cannot fill memory; `decode` refuses what is too long.
///
/// A file is read as long as its size said when it was opened: once that many bytes are
/// in, no further read asks whether there is more (one system call in four or five per
/// file, and the kernel's calls are most of the cost of reading many small files). What
/// has no size (a pipe, a file of `/proc`) is read to its end.
fn read_bounded(path: &Path, max_bytes: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    let mut file = std::fs::File::open(path)?;
    let len = file.metadata().map_or(0, |m| m.len());
    if len > max_bytes {
        return Ok(Err(len));
    }
    let Ok(size) = usize::try_from(len) else {
        return Ok(Err(len));
    };
    let mut bytes = Vec::with_capacity(size);
    if size > 0 {
        // `Take` answers "no more" itself once `len` bytes are read, with no system call.
        (&mut file).take(len).read_to_end(&mut bytes)?;
        return Ok(Ok(bytes));
    }
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(Ok(bytes))
}

fn txt_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let known = path.extension().is_some_and(|e| {
            ["txt", "html", "htm", "jsonl"]
                .iter()
                .any(|k| e.eq_ignore_ascii_case(k))
        });
        // The directory entry knows its type; only a link is followed with a lookup.
        let is_file = |t: std::fs::FileType| t.is_file() || (t.is_symlink() && path.is_file());
        if known && entry.file_type().is_ok_and(is_file) {
            files.push(path);
        }
    }
    // By the bytes of the whole path, which for the names of one directory is the order
    // `Path` gives, without splitting every path into components at each comparison
    // (most of the listing's cost for 100k files).
    files.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Ok(files)
}

/// Decodes bytes, recording a problem when they are refused or repaired.
fn decoded(loaded: &mut Loaded, path: &str, bytes: Vec<u8>, max_bytes: u64) -> Option<String> {
    match decode(bytes, max_bytes) {
        Err(message) => {
            loaded.problems.push(fatal(path, message));
            None
        }
        Ok((text, warning)) => {
            if let Some(message) = warning {
                loaded.problems.push(Problem {
                    path: path.to_string(),
                    message,
                    fatal: false,
                });
            }
            Some(text)
        }
    }
}

/// Checks raw bytes and turns them into an article, or records why not.
fn accept(part: &mut Part, path: &str, stem: &str, bytes: Vec<u8>, max_bytes: u64) {
    let Some(text) = decoded(&mut part.loaded, path, bytes, max_bytes) else {
        return;
    };
    let article = Article {
        title: title_of(&text),
        id: String::new(),
        path: path.to_string(),
        text,
        published: None,
        source: None,
        url: None,
    };
    part.push(article, stem, path);
}

/// What a file holds, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InputKind {
    Text,
    Html,
    JsonLines,
}

impl InputKind {
    fn of(path: &Path) -> InputKind {
        match path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .as_deref()
        {
            Some("html" | "htm") => InputKind::Html,
            Some("jsonl") => InputKind::JsonLines,
            _ => InputKind::Text,
        }
    }
}

/// A saved web page: its title and the text of its article, taken out with `scraper`.
fn accept_html(part: &mut Part, path: &str, stem: &str, bytes: Vec<u8>, max_bytes: u64) {
    let Some(html) = decoded(&mut part.loaded, path, bytes, max_bytes) else {
        return;
    };
    let (title, text) = crate::text::html::article_text(&html);
    if text.trim().is_empty() {
        part.loaded
            .problems
            .push(fatal(path, "web page holds no article text".into()));
        return;
    }
    let article = Article {
        id: String::new(),
        path: path.to_string(),
        text: format!("{title}\n\n{text}\n"),
        title,
        published: None,
        source: None,
        url: None,
    };
    part.push(article, stem, path);
}

/// One scraped record per line: `{"id", "title", "text", "url", "source", "published"}`.
#[derive(Debug, serde::Deserialize)]
struct Record {
    id: Option<String>,
    title: Option<String>,
    text: String,
    url: Option<String>,
    source: Option<String>,
    published: Option<String>,
}

/// JSON Lines from a scraper: each line an article; a bad line is reported and skipped.
/// Articles are ordered by `published` (then by line), which also dates "today".
fn accept_jsonl(part: &mut Part, path: &str, stem: &str, bytes: Vec<u8>, max_bytes: u64) {
    let Some(text) = decoded(&mut part.loaded, path, bytes, max_bytes) else {
        return;
    };
    let mut records = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{path}:{}", n + 1);
        match serde_json::from_str::<Record>(line) {
            Ok(r) if !r.text.trim().is_empty() => records.push((n + 1, r)),
            Ok(_) => part
                .loaded
                .problems
                .push(fatal(&at, "record has empty text".into())),
            Err(e) => part
                .loaded
                .problems
                .push(fatal(&at, format!("not an article record: {e}"))),
        }
    }
    records.sort_by(|(a, x), (b, y)| (&x.published, a).cmp(&(&y.published, b)));
    for (n, r) in records {
        let id = r.id.clone().unwrap_or_else(|| format!("{stem}-{n}"));
        let title = r.title.clone().unwrap_or_else(|| title_of(&r.text));
        let body = match &r.title {
            Some(t) => format!("{t}\n\n{}", r.text),
            None => r.text.clone(),
        };
        let at = format!("{path}:{n}");
        let article = Article {
            id: String::new(),
            path: at.clone(),
            title,
            text: body,
            published: r.published,
            source: r.source,
            url: r.url,
        };
        part.push(article, &id, &at);
    }
}

/// Decodes an article's bytes. Text that is not UTF-8 is decoded lossily (each bad
/// sequence becomes U+FFFD) and reported, so one bad byte in a scrape does not hide the
/// rest of the article; offsets then refer to the decoded text.
pub fn decode(bytes: Vec<u8>, max_bytes: u64) -> Result<(String, Option<String>), String> {
    if bytes.len() as u64 > max_bytes {
        return Err(format!(
            "input is too large ({} bytes; the limit is {max_bytes}, see --max-bytes)",
            bytes.len()
        ));
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err("binary file (holds NUL bytes), not article text".into());
    }
    // The bytes become the text in place: at a newsroom day's volume a copy is hundreds
    // of megabytes of fresh memory.
    let (mut text, warning) = match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => (
            String::from_utf8_lossy(e.as_bytes()).into_owned(),
            Some(format!(
                "not valid UTF-8 (first bad byte at offset {}); read with replacement characters",
                e.utf8_error().valid_up_to()
            )),
        ),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.trim().is_empty() {
        return Err("empty file: no text to check".into());
    }
    Ok((text, warning))
}

/// `wanted`, or `fallback` when an earlier input took `wanted`; the id taken is recorded.
fn unique_id(ids: &mut rustc_hash::FxHashSet<String>, wanted: String, fallback: String) -> String {
    let id = if ids.contains(&wanted) {
        fallback
    } else {
        wanted
    };
    ids.insert(id.clone());
    id
}

fn fatal(path: &str, message: String) -> Problem {
    Problem {
        path: path.to_string(),
        message,
        fatal: true,
    }
}

/// The first non-empty line that is not site debris ("FOR IMMEDIATE RELEASE", a
/// "Published:" line), trimmed, with the lines it was wrapped onto (they go on in
/// lowercase); the first non-empty line when every line is debris.
pub fn title_of(text: &str) -> String {
    let mut lines = text.lines().map(str::trim);
    let first = lines.clone().find(|l| !l.is_empty()).unwrap_or_default();
    let Some(title) = lines
        .by_ref()
        .find(|l| !l.is_empty() && !crate::text::boilerplate::is_boilerplate(l))
    else {
        return first.to_string();
    };
    // A masthead ("KY3 News", "The Colorado Sun") over the headline: the headline is
    // the first line below it, before the body starts, that reads as one, in six words
    // or more (a four-word headline over a unit's name, "State Fire Service / North Unit",
    // stays the title).
    let title = if title.split_whitespace().count() < HEADLINE_WORDS {
        lines
            .clone()
            .filter(|l| !l.is_empty() && !crate::text::boilerplate::is_boilerplate(l))
            .take(MASTHEAD_REACH)
            .take_while(|l| !reads_as_body(l))
            .find(|l| reads_as_headline(l) && l.split_whitespace().nth(HEADLINE_WORDS).is_some())
            .unwrap_or(title)
    } else {
        title
    };
    // A headline wrapped onto the next lines goes on in lowercase.
    let mut title = title.to_string();
    for more in lines.take_while(|l| l.starts_with(|c: char| c.is_lowercase())) {
        title.push(' ');
        title.push_str(more);
    }
    title
}

/// Words from which a first line may be a headline, not a masthead ([`title_of`]).
const HEADLINE_WORDS: usize = 5;

/// Lines below a masthead searched for the headline.
const MASTHEAD_REACH: usize = 6;

/// A line of the body: a closed sentence of a dozen words or more.
fn reads_as_body(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', ')', '”', '’'])
        .ends_with(['.', '!', '?'])
        && line.split_whitespace().nth(11).is_some()
}

/// A line that reads as a headline: five words or more, four of them words of letters
/// (no date line), not closed as a sentence, not a run of links ("Home | Bills |
/// Legislators", "Home > News > Health"), no field ("Location: Interstate 40"), no
/// label over a date, a figure or names in parentheses ("Contact: Ann Lee, (555)
/// 555-0148", "House: Rep. Ann Lee (D)", "For Immediate Release: March 3, 2027"), and
/// no part of debris. "LIVE UPDATES: Fire grows to 14,200 acres" is a headline.
fn reads_as_headline(line: &str) -> bool {
    let separators = [" | ", " > ", " / "]
        .iter()
        .map(|s| line.matches(s).count())
        .sum::<usize>();
    let lettered = line
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .count();
    let labelled = line.split_once(": ").is_some_and(|(label, rest)| {
        let first = rest.split_whitespace().next().unwrap_or("");
        // "Location: Interstate 40 westbound": a field's one word in title case, not
        // an outlet's or an agency's capitals ("NTSB: Train ...").
        let field = !label.contains(' ')
            && label.starts_with(|c: char| c.is_uppercase())
            && label.chars().skip(1).any(char::is_lowercase);
        field
            || label.split_whitespace().count() <= 3
                && (rest.contains('(')
                    || first.starts_with(|c: char| c.is_ascii_digit())
                    || crate::extract::dates::is_month(first.trim_end_matches(',')))
    });
    // "NEWS RELEASE — FOR IMMEDIATE RELEASE", "Local News -- Wednesday, March 12":
    // a part of debris makes the line debris.
    let debris = line
        .split(" — ")
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" -- "))
        .any(|part| {
            let part = part.trim();
            // A date's part starts with its weekday ("Wednesday, March 12, 2025").
            let dated = part
                .split([',', ' '])
                .next()
                .is_some_and(|w| crate::extract::dates::WEEKDAYS.contains(&w));
            !part.is_empty() && (dated || crate::text::boilerplate::is_boilerplate(part))
        });
    line.split_whitespace().nth(HEADLINE_WORDS - 1).is_some()
        && lettered >= HEADLINE_WORDS - 1
        && !debris
        && !line.trim_end().ends_with(['.', ':'])
        && separators == 0
        && !labelled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_that_gives_no_size_is_read_to_its_end() {
        // The kernel reports these as empty; reading no further than the size would lose
        // their text.
        let bytes = read_bounded(Path::new("/proc/self/status"), 1 << 20)
            .unwrap()
            .unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("Pid:"));
        // A file with a size is read whole, and one over the limit is refused by size.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "x".repeat(10_000)).unwrap();
        assert_eq!(read_bounded(&path, 1 << 20).unwrap().unwrap().len(), 10_000);
        assert_eq!(read_bounded(&path, 9_999).unwrap(), Err(10_000));
    }

    #[test]
    fn a_directory_is_read_in_name_order_and_a_taken_stem_falls_back_to_the_path() {
        let one = tempfile::tempdir().unwrap();
        let two = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.txt", "B.txt", "a b.txt", "a0.txt"] {
            std::fs::write(one.path().join(name), format!("Title {name}\n\nText.\n")).unwrap();
        }
        std::fs::write(two.path().join("a.txt"), "Other\n\nText.\n").unwrap();
        let inputs = [
            Input::Path(one.path().to_path_buf()),
            Input::Path(two.path().to_path_buf()),
        ];
        let loaded = load(&inputs, DEFAULT_MAX_BYTES);
        let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
        let taken = two.path().join("a.txt").display().to_string();
        assert_eq!(ids, ["B", "a b", "a", "a0", "b", taken.as_str()]);
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn decode_rejects_nul_and_empty() {
        assert!(
            decode(b"abc\0def".to_vec(), 100)
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            decode(b"  \n\n ".to_vec(), 100)
                .unwrap_err()
                .contains("empty")
        );
        assert!(
            decode(b"0123456789".to_vec(), 5)
                .unwrap_err()
                .contains("too large")
        );
    }

    #[test]
    fn decode_repairs_bad_utf8_and_says_so() {
        let (text, warning) = decode(b"caf\xe9 au lait".to_vec(), 100).unwrap();
        assert_eq!(text, "caf\u{fffd} au lait");
        assert!(warning.unwrap().contains("offset 3"));
    }

    #[test]
    fn files_read_in_parallel_keep_input_order_and_first_come_ids() {
        let root = std::env::temp_dir().join(format!("xcheck-load-{}", std::process::id()));
        let (one, two) = (root.join("one"), root.join("two"));
        for dir in [&one, &two] {
            std::fs::create_dir_all(dir).unwrap();
        }
        for i in 0..40 {
            std::fs::write(one.join(format!("a{i:02}.txt")), format!("One {i}\n")).unwrap();
        }
        std::fs::write(two.join("a00.txt"), "Two\n").unwrap();
        std::fs::write(two.join("empty.txt"), "").unwrap();
        let inputs = [
            Input::Path(two.clone()),
            Input::Path(root.join("missing.txt")),
            Input::Path(one.clone()),
        ];
        let loaded = load(&inputs, 1 << 20);
        std::fs::remove_dir_all(&root).unwrap();
        // The first "a00" read keeps its stem; the later one takes its path.
        assert_eq!(loaded.articles[0].id, "a00");
        assert_eq!(loaded.articles[0].title, "Two");
        assert_eq!(
            loaded.articles[1].id,
            one.join("a00.txt").display().to_string()
        );
        let titles: Vec<String> = (0..40).map(|i| format!("One {i}")).collect();
        let read: Vec<&str> = loaded.articles[1..]
            .iter()
            .map(|a| a.title.as_str())
            .collect();
        assert_eq!(read, titles);
        let problems: Vec<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
        assert!(problems[0].ends_with("empty.txt"), "{problems:?}");
        assert!(problems[1].ends_with("missing.txt"), "{problems:?}");
    }

    #[test]
    fn title_skips_debris_lines() {
        assert_eq!(
            title_of("\nFOR IMMEDIATE RELEASE\n\nBoard Approves Permit\n\nBOISE — …"),
            "Board Approves Permit"
        );
        assert_eq!(title_of("Advertisement\n"), "Advertisement");
    }

    #[test]
    fn a_mastheads_headline_is_the_title() {
        for (text, title) in [
            (
                "Channel 9 News\nHome > News > Health\n\nFlu cases climb past 150 in the valley\n\nThe outbreak grew.\n",
                "Flu cases climb past 150 in the valley",
            ),
            (
                "State General Assembly\nHome | Bills | Legislators\n\nHouse: Rep. Ann Lee (D)\nLocation: Route 9 northbound, mile marker 12\nHB 101  Protections for Tenants of Rented Lots\n",
                "HB 101  Protections for Tenants of Rented Lots",
            ),
            (
                "THE DAILY LEDGER\nLocal News -- Wednesday, March 12, 2025\n\nTown among 15 local governments cited by a state board\n",
                "Town among 15 local governments cited by a state board",
            ),
            // A four-word headline over a unit's name stays; so does a masthead with no
            // headline before the body.
            (
                "Pine Creek Fire Update\nState Fire Service / North Unit\n",
                "Pine Creek Fire Update",
            ),
            (
                "Tenants United Now\n\nMore than 1,000 of us filled the streets of downtown on Saturday to demand a freeze on rents.\n\nA long second line that is no headline at all here\n",
                "Tenants United Now",
            ),
        ] {
            assert_eq!(title_of(text), title, "{text}");
        }
    }

    #[test]
    fn title_is_first_nonempty_line_with_the_lines_it_was_wrapped_onto() {
        assert_eq!(title_of("\n\n  Headline here \nBody"), "Headline here");
        assert_eq!(
            title_of("Council freezes bus fares\nafter a long night\nBy Iris Cole\n"),
            "Council freezes bus fares after a long night"
        );
    }
}
