//! In-process search latency: opens an index once, as a long-running process would, then runs
//! each query of a list several times. Prints, per query, the first run (cold: nothing of the
//! index touched yet by this process) and the median of the other runs (warm), then p50 and p99
//! over all queries.
//!
//!     cargo bench --bench search -- INDEX [QUERIES]     (default scripts/bench_queries.txt)
//!
//! The query list has `scripts/bench_queries.txt`'s format: TYPE<TAB>query<TAB>flags<TAB>pattern,
//! where flags are `saywho search` flags (`--speaker trump`).

use clap::Parser;
use saywho::cli::{Cli, Command};
use saywho::index;
use saywho::search::Engine;
use std::path::Path;
use std::time::Instant;

/// Runs of each query; the first is the cold one.
const RUNS: usize = 21;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let Some(dir) = args.first() else {
        println!("bench search: give an index folder: cargo bench --bench search -- INDEX");
        return;
    };
    let list = args.get(1).map_or("scripts/bench_queries.txt", String::as_str);
    let (idx, fields) = index::open(Path::new(dir)).unwrap_or_else(|e| panic!("{e}"));
    let searcher = idx.reader().expect("index reader").searcher();
    let engine = Engine { index: &idx, fields: &fields, searcher: &searcher };
    let queries = std::fs::read_to_string(list).unwrap_or_else(|e| panic!("{list}: {e}"));
    let (mut cold, mut warm) = (Vec::new(), Vec::new());
    println!("| query | hits | cold ms | warm p50 ms |\n| --- | --- | --- | --- |");
    for line in queries.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let columns: Vec<&str> = line.split('\t').collect();
        let mut argv = vec!["saywho", "search", columns.get(1).copied().unwrap_or("")];
        argv.extend(columns.get(2).copied().unwrap_or("").split_whitespace());
        let Ok(Cli { command: Command::Search(search), .. }) = Cli::try_parse_from(&argv) else {
            panic!("not a search: {argv:?}");
        };
        let request = search.request();
        let mut times = Vec::with_capacity(RUNS);
        let mut hits = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            hits = engine.search(&request).map_or(0, |h| std::hint::black_box(h).len());
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        let mut rest = times[1..].to_vec();
        rest.sort_by(f64::total_cmp);
        println!("| `{}` | {hits} | {:.2} | {:.3} |", argv[2..].join(" "), times[0], rest[rest.len() / 2]);
        cold.push(times[0]);
        warm.extend(rest);
    }
    println!(
        "\ncold (first run of each query): p50 {:.2} ms, p99 {:.2} ms",
        percentile(&mut cold, 0.5),
        percentile(&mut cold, 0.99)
    );
    println!(
        "warm (runs 2..{RUNS}): p50 {:.3} ms, p99 {:.3} ms",
        percentile(&mut warm, 0.5),
        percentile(&mut warm, 0.99)
    );
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(((values.len() as f64 * p) as usize).min(values.len().saturating_sub(1))).copied().unwrap_or(f64::NAN)
}
