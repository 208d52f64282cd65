//! Extraction throughput on one core: reads every article of a folder into memory, then times
//! `extract` over all of them (best of several rounds). Prints MB/s and quotations/s.
//!
//!     cargo bench --bench extract -- [FOLDER]     (default ../shared/eval/polnear/train)
//!
//! `SAYWHO_BENCH_ROUNDS=N` sets the number of rounds (default 20); with 1 round under
//! `valgrind --tool=cachegrind` the instruction count compares builds on a noisy machine.

use saywho::article::{self, Format};
use saywho::crawl;
use std::path::PathBuf;
use std::time::Instant;

/// The allocator of the `saywho` binary, so that the numbers are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let folder = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/eval/polnear/train"));
    if !folder.exists() {
        println!("bench extract: {} not found; nothing to measure", folder.display());
        return;
    }
    let mut articles = Vec::new();
    let mut bytes = 0usize;
    for file in crawl::walk(&folder).filter_map(Result::ok) {
        let Ok(data) = std::fs::read(&file.path) else { continue };
        let Some(format) = Format::of(&file.path) else { continue };
        if let Ok(parsed) = article::parse(&data, format, &file.doc) {
            bytes += parsed.articles.iter().map(|a| a.text.len()).sum::<usize>();
            articles.extend(parsed.articles);
        }
    }
    let mut best = f64::MAX;
    let mut quotes = 0;
    let rounds = std::env::var("SAYWHO_BENCH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    for _ in 0..rounds {
        let start = Instant::now();
        quotes = articles.iter().map(|a| saywho::extract::extract(a).len()).sum::<usize>();
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "extract: {} articles, {:.1} MB, {} quotations in {:.3} s on one core: {:.1} MB/s, {:.0} articles/s, {:.0} quotations/s",
        articles.len(),
        bytes as f64 / 1e6,
        quotes,
        best,
        bytes as f64 / 1e6 / best,
        articles.len() as f64 / best,
        quotes as f64 / best
    );
}
