//! `saywho index [CORPUS...]`: incremental indexing. Only new and changed files are read; files
//! gone from a corpus folder lose their quotations; unchanged files cost one `stat`. Work is
//! committed every few seconds, so a killed run loses at most that, and the next run completes it.
//! Ctrl-C commits what is done and exits with 130.

use super::{guarded, warn, Outcome};
use crate::article;
use crate::cli::IndexArgs;
use crate::crawl::{self, SourceFile};
use crate::hash::{fnv1a, FNV_OFFSET};
use crate::index::{self, FileState, IndexedFile, Writer};
use crate::record::{self, Record};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Extracted files waiting for the writer at most, and how often the progress message is
/// refreshed.
const BATCH: usize = 256;

/// Files a worker hands to the writer at once: fewer hand-overs, fewer thread wake-ups.
const FILES_PER_MESSAGE: usize = 8;

/// The machine summary of a run (`--json`).
#[derive(Debug, Default, Serialize)]
struct Summary {
    added: usize,
    changed: usize,
    removed: usize,
    unchanged: usize,
    failed: usize,
    quotations: usize,
    seconds: f64,
}

/// Writes one file's outcome: its quotations, a new modification time for a file that was only
/// touched, or a warning (and no stale quotations) for a file that failed.
fn write_one(
    writer: &mut Writer,
    file: &SourceFile,
    result: Result<Extracted, String>,
    known: &HashMap<String, FileState>,
    summary: &mut Summary,
    progress: &ProgressBar,
) -> tantivy::Result<()> {
    let key = source_key(file);
    match result {
        Ok(done) if done.same_content => {
            let quotations = known.get(&key).map_or(0, |k| k.quotations as usize);
            writer.touch(&done.as_indexed(file, &key), quotations)?;
            summary.unchanged += 1;
        }
        Ok(done) => {
            done.problems.iter().for_each(|p| progress.suspend(|| warn(&file.path, p)));
            summary.quotations += done.records.len();
            writer.add(&done.as_indexed(file, &key), known.contains_key(&key));
        }
        Err(reason) => {
            progress.suspend(|| warn(&file.path, &reason));
            summary.failed += 1;
            // A file that became unreadable keeps nothing stale in the index.
            writer.remove(&key)?;
        }
    }
    Ok(())
}

/// What a run has to do, decided before any file is read.
#[derive(Default)]
struct Plan {
    added: Vec<SourceFile>,
    changed: Vec<SourceFile>,
    removed: Vec<String>,
    unchanged: usize,
}

pub fn run(args: IndexArgs, quiet: bool) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let interrupted = interrupt_flag();
    let dir = &args.location.dir;
    let roots = canonical_roots(&args.corpus)?;
    if args.dry_run {
        let plan = plan_dry_run(dir, &roots, args.rebuild)?;
        print_plan(&plan);
        return Ok(Outcome::Found);
    }
    let (index, fields) = index::open_or_create(dir, args.rebuild)?;
    let threads = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut writer = Writer::new(&index, dir, fields, threads, args.memory_mb, args.wait)?;
    let known = if args.rebuild {
        writer.clear()?;
        HashMap::new()
    } else {
        index::file_states(&index::searcher(&index)?, &fields)?
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    // The walk has its own threads: in the workers' pool it could wait for workers that wait for it.
    let walk_pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    let mut summary = Summary::default();
    let write_error = || format!("cannot write the index at {}", dir.display());
    let progress = progress_bar(quiet);
    let mut last_commit = Instant::now();
    // Three stages joined by bounded channels, so memory stays flat however large the corpus:
    // the walk hands over new and changed files as it finds them, workers read and extract them,
    // and this thread writes them and commits. `stop` ends the walk and the workers early.
    let stop = AtomicBool::new(false);
    let stopped = || stop.load(Ordering::Relaxed) || interrupted.load(Ordering::SeqCst);
    let (todo_tx, todo_rx) = std::sync::mpsc::sync_channel::<Vec<SourceFile>>(BATCH / FILES_PER_MESSAGE);
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel(BATCH / FILES_PER_MESSAGE);
    let mut walked = Walked::default();
    let written = std::thread::scope(|scope| -> anyhow::Result<()> {
        let (roots, known, progress) = (&roots, &known, &progress);
        let walker = scope.spawn(move || {
            let hand_over = |files: Vec<SourceFile>| {
                progress.inc_length(files.len() as u64);
                !stopped() && todo_tx.send(files).is_ok()
            };
            walk_pool.install(|| walk_corpus(roots, known, &hand_over))
        });
        scope.spawn(|| {
            pool.install(|| {
                todo_rx.into_iter().par_bridge().for_each_with(done_tx, |done_tx, files| {
                    let done: Vec<_> = files
                        .into_iter()
                        .take_while(|_| !stopped())
                        .map(|file| {
                            let known_state = indexed(known, &file).map(|(_, state)| state);
                            let result = guarded(|| read_and_extract(&file, args.max_file_size, known_state));
                            (file, result)
                        })
                        .collect();
                    // A closed channel means the writer stopped: nothing more to do.
                    let _ = done_tx.send(done);
                })
            })
        });
        let finish = |outcome| {
            stop.store(true, Ordering::Relaxed);
            outcome
        };
        for message in done_rx {
            for (file, result) in message {
                let wrote = write_one(&mut writer, &file, result, known, &mut summary, progress);
                wrote.with_context(write_error).map_err(finish)?;
                progress.inc(1);
                if progress.position() % BATCH as u64 == 0 {
                    progress.set_message(format!("{} quotations", summary.quotations));
                }
            }
            writer.flush().with_context(write_error).map_err(finish)?;
            if last_commit.elapsed() >= Duration::from_secs_f64(args.commit_every) {
                writer.commit().with_context(write_error).map_err(finish)?;
                last_commit = Instant::now();
            }
        }
        walked = walker.join().unwrap_or_default();
        Ok(())
    });
    written?;
    let stopped = interrupted.load(Ordering::SeqCst);
    // Files found in the index but not in the corpus are removed only after a complete walk.
    if walked.complete && !stopped {
        let removed = removed_files(&roots, &known, &walked.seen);
        for source in &removed {
            writer.remove(source).with_context(write_error)?;
        }
        summary.removed = removed.len();
    }
    // Files whose content had not changed were counted as unchanged when written.
    summary.changed = walked.changed.saturating_sub(summary.unchanged);
    summary.added = walked.added;
    summary.unchanged += walked.unchanged;
    summary.failed += walked.failed;
    writer.commit().with_context(write_error)?;
    progress.finish_and_clear();
    writer.finish()?;
    summary.seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    report(&summary, &args, quiet, stopped);
    Ok(if stopped {
        Outcome::Interrupted
    } else if args.strict && summary.failed > 0 {
        Outcome::SomeFilesFailed
    } else {
        Outcome::Found
    })
}

/// Corpus roots as absolute paths; a missing root is an error, not an empty corpus.
fn canonical_roots(corpus: &[PathBuf]) -> anyhow::Result<Vec<(PathBuf, PathBuf)>> {
    corpus
        .iter()
        .map(|root| {
            let canonical =
                root.canonicalize().with_context(|| format!("{}: cannot open corpus folder", root.display()))?;
            Ok((root.clone(), canonical))
        })
        .collect()
}

/// The key of a file in the index: its absolute path.
fn source_key(file: &SourceFile) -> String {
    file.path.to_string_lossy().into_owned()
}

/// The index's key and state for a file, if it holds the file (looked up without copying the path).
fn indexed<'k>(known: &'k HashMap<String, FileState>, file: &SourceFile) -> Option<(&'k String, &'k FileState)> {
    known.get_key_value(file.path.to_string_lossy().as_ref())
}

/// What the walk of the corpus folders met, besides the files it handed over.
#[derive(Default)]
struct Walked<'k> {
    added: usize,
    changed: usize,
    unchanged: usize,
    failed: usize,
    /// Indexed files met (keys borrowed from the index's file states).
    seen: Vec<&'k str>,
    /// Every folder was walked to its end.
    complete: bool,
}

impl<'k> Walked<'k> {
    fn merge(mut self, other: Walked<'k>) -> Walked<'k> {
        self.added += other.added;
        self.changed += other.changed;
        self.unchanged += other.unchanged;
        self.failed += other.failed;
        self.seen.extend(other.seen);
        self.complete &= other.complete;
        self
    }
}

/// Walks the corpus folders, the parts of each in parallel (a walk is mostly `stat` calls), and
/// hands new and changed files over in batches, in walk order within a part; stops early when
/// `hand_over` returns false.
fn walk_corpus<'k>(
    roots: &[(PathBuf, PathBuf)],
    known: &'k HashMap<String, FileState>,
    hand_over: &(dyn Fn(Vec<SourceFile>) -> bool + Sync),
) -> Walked<'k> {
    let all = Walked { complete: true, ..Walked::default() };
    roots.iter().fold(all, |walked, (shown, canonical)| {
        let parts = crawl::parts(canonical);
        let here = parts
            .par_iter()
            .map(|part| walk_part(shown, canonical, part, known, hand_over))
            .reduce(|| Walked { complete: true, ..Walked::default() }, Walked::merge);
        walked.merge(here)
    })
}

fn walk_part<'k>(
    shown: &Path,
    root: &Path,
    part: &Path,
    known: &'k HashMap<String, FileState>,
    hand_over: &(dyn Fn(Vec<SourceFile>) -> bool + Sync),
) -> Walked<'k> {
    let mut walked = Walked { complete: true, ..Walked::default() };
    let mut batch = Vec::with_capacity(FILES_PER_MESSAGE);
    for item in crawl::walk_part(root, part) {
        let file = match item {
            Ok(f) => f,
            Err(p) => {
                warn(&shown.join(p.path.strip_prefix(root).unwrap_or(&p.path)), &p.reason);
                walked.failed += 1;
                continue;
            }
        };
        let held = indexed(known, &file);
        walked.seen.extend(held.map(|(key, _)| key.as_str()));
        match held {
            None => walked.added += 1,
            Some((_, state)) if state.size != file.size || state.mtime != file.mtime => walked.changed += 1,
            Some(_) => {
                walked.unchanged += 1;
                continue;
            }
        }
        batch.push(file);
        if batch.len() == FILES_PER_MESSAGE && !hand_over(std::mem::take(&mut batch)) {
            walked.complete = false;
            return walked;
        }
    }
    if !batch.is_empty() && !hand_over(batch) {
        walked.complete = false;
    }
    walked
}

/// Indexed files under the corpus folders that the walk did not meet, sorted.
fn removed_files(roots: &[(PathBuf, PathBuf)], known: &HashMap<String, FileState>, seen: &[&str]) -> Vec<String> {
    let seen: HashSet<&str> = seen.iter().copied().collect();
    let mut removed: Vec<String> = known
        .keys()
        .filter(|k| !seen.contains(k.as_str()) && roots.iter().any(|(_, c)| Path::new(k).starts_with(c)))
        .cloned()
        .collect();
    removed.sort();
    removed
}

/// What a run would do (`--dry-run`): the walk's files, collected and sorted into walk order.
fn plan(roots: &[(PathBuf, PathBuf)], known: &HashMap<String, FileState>) -> Plan {
    let found = std::sync::Mutex::new(Vec::new());
    let walked = walk_corpus(roots, known, &|files| found.lock().map(|mut f| f.extend(files)).is_ok());
    let mut found = found.into_inner().unwrap_or_default();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    let (changed, added) = found.into_iter().partition(|f| indexed(known, f).is_some());
    let removed = removed_files(roots, known, &walked.seen);
    Plan { added, changed, removed, unchanged: walked.unchanged }
}

fn plan_dry_run(dir: &Path, roots: &[(PathBuf, PathBuf)], rebuild: bool) -> anyhow::Result<Plan> {
    let known = match index::open(dir) {
        Ok((index, fields)) if !rebuild => index::file_states(&index::searcher(&index)?, &fields)?,
        Ok(_) | Err(index::IndexError::Missing(_)) => HashMap::new(),
        Err(_) if rebuild => HashMap::new(),
        Err(e) => return Err(e.into()),
    };
    Ok(plan(roots, &known))
}

fn print_plan(plan: &Plan) {
    for f in &plan.added {
        println!("add\t{}", f.path.display());
    }
    for f in &plan.changed {
        println!("change\t{}", f.path.display());
    }
    for k in &plan.removed {
        println!("remove\t{k}");
    }
    eprintln!(
        "would add {}, change {}, remove {}; {} unchanged",
        plan.added.len(),
        plan.changed.len(),
        plan.removed.len(),
        plan.unchanged
    );
}

/// A file read and extracted.
struct Extracted {
    hash: u64,
    articles: usize,
    records: Vec<Record>,
    problems: Vec<String>,
    /// The content hash equals the indexed one: nothing was extracted.
    same_content: bool,
}

impl Extracted {
    fn as_indexed<'a>(&'a self, file: &'a SourceFile, source: &'a str) -> IndexedFile<'a> {
        IndexedFile {
            source,
            size: file.size,
            mtime: file.mtime,
            hash: self.hash,
            articles: self.articles,
            records: &self.records,
        }
    }
}

/// Reads one file, hashes it and extracts its quotations; the error is the reason to show.
/// A file whose content hash equals `known`'s is not extracted again (`same_content`).
fn read_and_extract(file: &SourceFile, max_size: u64, known: Option<&FileState>) -> Result<Extracted, String> {
    let (format, bytes) = article::read_bytes(&file.path, Some(file.size), max_size).map_err(|e| e.to_string())?;
    let hash = fnv1a(FNV_OFFSET, &bytes);
    if let Some(state) = known.filter(|k| k.hash == hash && k.size == file.size) {
        let articles = state.articles as usize;
        return Ok(Extracted { hash, articles, records: vec![], problems: vec![], same_content: true });
    }
    let parsed = article::parse(&bytes, format, &file.doc).map_err(|e| e.to_string())?;
    let records = record::records(&parsed.articles, &source_key(file));
    Ok(Extracted { hash, articles: parsed.articles.len(), records, problems: parsed.problems, same_content: false })
}

/// Set by Ctrl-C; the run commits what it has and stops.
fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let handler_flag = Arc::clone(&flag);
    // Only one handler per process; a second call (tests) keeps the first.
    let _ = ctrlc::set_handler(move || handler_flag.store(true, Ordering::SeqCst));
    flag
}

/// A progress bar whose length grows as the walk finds files to index.
fn progress_bar(quiet: bool) -> ProgressBar {
    let target = if quiet { ProgressDrawTarget::hidden() } else { ProgressDrawTarget::stderr() };
    let bar = ProgressBar::with_draw_target(Some(0), target);
    let style = ProgressStyle::with_template("{bar:30} {pos}/{len} files  {per_sec}  {msg}  eta {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

fn report(s: &Summary, args: &IndexArgs, quiet: bool, stopped: bool) {
    if args.json {
        println!("{}", serde_json::to_string(s).unwrap_or_default());
    } else if !quiet {
        let stop = if stopped { "interrupted; " } else { "" };
        eprintln!(
            "saywho: {stop}{} added, {} changed, {} removed, {} unchanged, {} failed; {} quotations in {:.1} s -> {}",
            s.added,
            s.changed,
            s.removed,
            s.unchanged,
            s.failed,
            s.quotations,
            s.seconds,
            args.location.dir.display()
        );
    }
}
