//! `saywho extract PATH...`: quotations of files or folders, straight to stdout, no index.

use super::{guarded, warn, Outcome};
use crate::cli::ExtractArgs;
use crate::output::{self, Style};
use crate::record::{self, Record};
use crate::{article, crawl};
use rayon::prelude::*;
use std::io::Write;

/// Files read and extracted in parallel per batch; output stays in path order.
const BATCH: usize = 512;

pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let style = Style::new(output::use_colour());
    let mut found = 0usize;
    for root in &args.paths {
        if !root.exists() {
            anyhow::bail!("{}: no such file or folder", root.display());
        }
        let mut batch = Vec::with_capacity(BATCH);
        let mut files = crawl::walk(root).peekable();
        while files.peek().is_some() {
            batch.clear();
            for item in files.by_ref().take(BATCH) {
                match item {
                    Ok(f) => batch.push(f),
                    Err(p) => warn(&p.path, &p.reason),
                }
            }
            let results: Vec<_> = batch
                .par_iter()
                .map(|f| guarded(|| records_of(f, args.max_file_size).map_err(|e| e.to_string())))
                .collect();
            for (file, result) in batch.iter().zip(results) {
                match result {
                    Ok((records, problems)) => {
                        problems.iter().for_each(|p| warn(&file.path, p));
                        for r in &records {
                            if args.json {
                                output::json_line(&mut out, r)?;
                            } else {
                                output::record_block(&mut out, r, None, &[], style)?;
                            }
                        }
                        found += records.len();
                    }
                    Err(e) => warn(&file.path, &e),
                }
            }
        }
    }
    out.flush()?;
    Ok(if found > 0 { Outcome::Found } else { Outcome::NothingFound })
}

/// The records of one file, and problems with parts of it.
pub fn records_of(
    file: &crawl::SourceFile,
    max_size: u64,
) -> Result<(Vec<Record>, Vec<String>), article::ArticleError> {
    let parsed = article::read_file(&file.path, &file.doc, max_size)?;
    let records = record::records(&parsed.articles, &file.path.to_string_lossy());
    Ok((records, parsed.problems))
}
