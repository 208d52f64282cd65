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
            summary.changed -= 1;
            summary.unchanged += 1;
        }
        Ok(done) => {
            done.problems.iter().for_each(|p| progress.suspend(|| warn(&file.path, p)));
            summary.quotations += done.records.len();
            writer.add(&done.as_indexed(file, &key), known.contains_key(&key))?;
        }
        Err(reason) => {
            progress.suspend(|| warn(&file.path, &reason));
            summary.failed += 1;
            // A file that became unreadable keeps nothing stale in the index.
            writer.remove(&key);
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
    failed: usize,
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
        let reader = index.reader()?;
        index::file_states(&reader.searcher(), &fields)?
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    let plan = pool.install(|| plan(&roots, &known));
    let mut summary = Summary {
        added: plan.added.len(),
        changed: plan.changed.len(),
        removed: plan.removed.len(),
        unchanged: plan.unchanged,
        failed: plan.failed,
        ..Summary::default()
    };
    for source in &plan.removed {
        writer.remove(source);
    }
    let todo: Vec<&SourceFile> = plan.added.iter().chain(&plan.changed).collect();
    let write_error = || format!("cannot write the index at {}", dir.display());
    let progress = progress_bar(todo.len() as u64, quiet);
    let mut last_commit = Instant::now();
    // Workers read and extract files without pause and hand them over through a bounded channel,
    // so memory stays flat; this thread writes them and commits. `stop` ends the workers early.
    let stop = AtomicBool::new(false);
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel(BATCH / FILES_PER_MESSAGE);
    let written = std::thread::scope(|scope| -> anyhow::Result<()> {
        scope.spawn(|| {
            pool.install(|| {
                todo.par_chunks(FILES_PER_MESSAGE).for_each_with(done_tx, |done_tx, files| {
                    let stopped = || stop.load(Ordering::Relaxed) || interrupted.load(Ordering::SeqCst);
                    let done: Vec<_> = files
                        .iter()
                        .take_while(|_| !stopped())
                        .map(|&file| {
                            let known_state = known.get(file.path.to_string_lossy().as_ref());
                            (file, guarded(|| read_and_extract(file, args.max_file_size, known_state)))
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
        for (file, result) in done_rx.into_iter().flatten() {
            let wrote = write_one(&mut writer, file, result, &known, &mut summary, &progress);
            wrote.with_context(write_error).map_err(finish)?;
            progress.inc(1);
            if progress.position() % BATCH as u64 == 0 {
                progress.set_message(format!("{} quotations", summary.quotations));
            }
            if last_commit.elapsed() >= Duration::from_secs_f64(args.commit_every) {
                writer.commit().with_context(write_error).map_err(finish)?;
                last_commit = Instant::now();
            }
        }
        Ok(())
    });
    written?;
    let stopped = interrupted.load(Ordering::SeqCst);
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

/// The plan for one part of a corpus folder, and the indexed files it met (keys borrowed
/// from `known`).
#[derive(Default)]
struct PartPlan<'k> {
    plan: Plan,
    problems: Vec<crawl::Problem>,
    seen: Vec<&'k str>,
}

/// Compares the corpus folders with what the index holds. The parts of each folder are walked
/// in parallel (a walk is mostly `stat` calls); the plan keeps the walk's order.
fn plan(roots: &[(PathBuf, PathBuf)], known: &HashMap<String, FileState>) -> Plan {
    let mut plan = Plan::default();
    let mut seen: HashSet<&str> = HashSet::new();
    for (shown, canonical) in roots {
        let parts = crawl::parts(canonical);
        let planned: Vec<PartPlan> = parts.par_iter().map(|part| plan_part(canonical, part, known)).collect();
        for part in planned {
            for p in &part.problems {
                warn(&shown.join(p.path.strip_prefix(canonical).unwrap_or(&p.path)), &p.reason);
            }
            plan.failed += part.problems.len();
            plan.added.extend(part.plan.added);
            plan.changed.extend(part.plan.changed);
            plan.unchanged += part.plan.unchanged;
            seen.extend(part.seen);
        }
    }
    plan.removed = known
        .keys()
        .filter(|k| !seen.contains(k.as_str()) && roots.iter().any(|(_, c)| Path::new(k).starts_with(c)))
        .cloned()
        .collect();
    plan.removed.sort();
    plan
}

fn plan_part<'k>(root: &Path, part: &Path, known: &'k HashMap<String, FileState>) -> PartPlan<'k> {
    let mut planned = PartPlan::default();
    for item in crawl::walk_part(root, part) {
        let file = match item {
            Ok(f) => f,
            Err(p) => {
                planned.problems.push(p);
                continue;
            }
        };
        let indexed = known.get_key_value(file.path.to_string_lossy().as_ref());
        match indexed {
            None => planned.plan.added.push(file),
            Some((_, state)) if state.size != file.size || state.mtime != file.mtime => planned.plan.changed.push(file),
            Some(_) => planned.plan.unchanged += 1,
        }
        planned.seen.extend(indexed.map(|(key, _)| key.as_str()));
    }
    planned
}

fn plan_dry_run(dir: &Path, roots: &[(PathBuf, PathBuf)], rebuild: bool) -> anyhow::Result<Plan> {
    let known = match index::open(dir) {
        Ok((index, fields)) if !rebuild => index::file_states(&index.reader()?.searcher(), &fields)?,
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
    let (format, bytes) = article::read_bytes(&file.path, max_size).map_err(|e| e.to_string())?;
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

fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    let target = if quiet { ProgressDrawTarget::hidden() } else { ProgressDrawTarget::stderr() };
    let bar = ProgressBar::with_draw_target(Some(len), target);
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
