//! `saywho export`: stream every quotation of an index as NDJSON (for `quickwit index ingest`) or
//! as Elasticsearch/OpenSearch `_bulk` lines. Segment by segment through the document store, so
//! memory stays flat whatever the index size. Same fields as `extract --json`.

use super::Outcome;
use crate::cli::{ExportArgs, ExportFormat};
use crate::index;
use crate::output;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use std::io::Write;

pub fn run(args: ExportArgs, quiet: bool) -> anyhow::Result<Outcome> {
    let (idx, fields) = index::open(&args.location.dir)?;
    let searcher = index::searcher(&idx)?;
    let total: u64 = searcher.segment_readers().iter().map(|s| u64::from(s.num_docs())).sum();
    let progress = if quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
    };
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} documents  {per_sec}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut out: Box<dyn Write> = if args.output.as_os_str() == "-" {
        Box::new(std::io::BufWriter::new(std::io::stdout().lock()))
    } else {
        let file =
            std::fs::File::create(&args.output).map_err(|e| anyhow::anyhow!("{}: {e}", args.output.display()))?;
        Box::new(std::io::BufWriter::new(file))
    };
    let mut exported = 0u64;
    for segment in searcher.segment_readers() {
        let store = segment.get_store_reader(16)?;
        for doc in store.iter::<tantivy::TantivyDocument>(segment.alive_bitset()) {
            progress.inc(1);
            let record = index::record_from_doc(&doc?, &fields);
            if record.id.is_empty() {
                continue; // a file document, not a quotation
            }
            if args.format == ExportFormat::EsBulk {
                output::json_line(&mut out, &json!({ "index": { "_index": args.es_index, "_id": record.id } }))?;
            }
            output::json_line(&mut out, &record)?;
            exported += 1;
        }
    }
    out.flush()?;
    progress.finish_and_clear();
    if !quiet {
        eprintln!("saywho: exported {exported} quotations");
    }
    Ok(if exported > 0 { Outcome::Found } else { Outcome::NothingFound })
}
