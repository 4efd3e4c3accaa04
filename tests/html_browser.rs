//! The HTML report rendered by a real browser (headless Chromium) to a PNG that must not
//! be blank. `.ci/run` installs Chromium; outside CI a machine without it skips this test
//! with a message, and under CI=true a missing browser fails it.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{fixture, xcheck};
use tempfile::TempDir;

fn chromium() -> Option<&'static str> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
}

/// Share of pixels that are not near-white, and how many distinct colours there are.
fn ink(png_path: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(png_path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let mut inked = 0usize;
    let mut colours = std::collections::HashSet::new();
    let total = pixels.len() / channels;
    for px in pixels.chunks(channels) {
        if px[..3.min(channels)].iter().any(|&c| c < 200) {
            inked += 1;
        }
        colours.insert((
            px[0] / 32,
            px[1.min(channels - 1)] / 32,
            px[2.min(channels - 1)] / 32,
        ));
    }
    (inked as f64 / total as f64, colours.len())
}

#[test]
fn html_report_renders_in_a_real_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install chromium (see .ci/run)"
        );
        eprintln!("skipped: no chromium on this machine (apt-get install chromium)");
        return;
    };
    let dir = TempDir::new().unwrap();
    let html = xcheck(&[
        "--format",
        "html",
        fixture("sanctuary-2018").to_str().unwrap(),
    ]);
    let page = dir.path().join("report.html");
    fs::write(&page, &html.stdout).unwrap();
    let shot = dir.path().join("report.png");
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1280,1600",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        shot.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let (share, colours) = ink(&shot);
    assert!(
        share > 0.02,
        "the page looks blank: {share:.4} of pixels inked"
    );
    assert!(
        colours >= 4,
        "the page has too few colours ({colours}) for tables and marks"
    );
    if let Ok(keep) = std::env::var("XCHECK_KEEP_SCREENSHOT") {
        fs::copy(&shot, keep).unwrap();
    }
}
