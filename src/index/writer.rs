//! Writing: quotations of a file go in together with the file's state, replacing what the index
//! held for that file; a commit makes a batch of such changes visible at once.

use super::merge::BoundedMergePolicy;
use super::schema::{self, Fields};
use super::{tantivy_error, CommitInfo, IndexError};
use crate::record::{self, Record};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tantivy::indexer::UserOperation;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Term};
use tantivy::{DateTime, Index, IndexWriter, TantivyDocument, TantivyError};

/// Tantivy needs at least this much memory per indexing thread.
const MIN_MB_PER_THREAD: usize = 16;

/// A source file read and extracted, ready to be written.
pub struct IndexedFile<'a> {
    /// Absolute path: the file's key in the index.
    pub source: &'a str,
    pub size: u64,
    pub mtime: i64,
    pub hash: u64,
    pub articles: usize,
    pub records: &'a [Record],
}

pub struct Writer {
    writer: IndexWriter,
    fields: Fields,
    /// Operations of files added since the last [`Writer::flush`]: handed to Tantivy together.
    pending: Vec<UserOperation>,
}

impl Writer {
    /// Takes the index's writer lock. When another process holds it, fails with
    /// [`IndexError::Busy`], or with `wait` retries until it is free.
    pub fn new(
        index: &Index,
        dir: &Path,
        fields: Fields,
        threads: usize,
        memory_mb: usize,
        wait: bool,
    ) -> Result<Writer, IndexError> {
        let threads = threads.clamp(1, 8);
        let memory = memory_mb.max(MIN_MB_PER_THREAD * threads) * 1024 * 1024;
        loop {
            match index.writer_with_num_threads(threads, memory) {
                Ok(writer) => {
                    writer.set_merge_policy(Box::new(BoundedMergePolicy));
                    return Ok(Writer { writer, fields, pending: Vec::new() });
                }
                Err(TantivyError::LockFailure(_, _)) if wait => std::thread::sleep(Duration::from_millis(200)),
                Err(TantivyError::LockFailure(_, _)) => return Err(IndexError::Busy(dir.display().to_string())),
                Err(e) => return Err(tantivy_error(dir)(e)),
            }
        }
    }

    /// Drops every document (for `--rebuild`); takes effect at the next commit.
    pub fn clear(&self) -> tantivy::Result<()> {
        self.writer.delete_all_documents().map(|_| ())
    }

    /// Removes the quotations and state of a source file.
    pub fn remove(&mut self, source: &str) -> tantivy::Result<()> {
        self.flush()?;
        self.writer.delete_term(Term::from_field_text(self.fields.source, source));
        Ok(())
    }

    /// Adds a file's quotations and state; with `replaces`, drops what the index held for it first.
    /// Files go to Tantivy in batches ([`Writer::flush`]): one hand-over to an indexing thread
    /// for several files, not one per file or per quotation.
    pub fn add(&mut self, file: &IndexedFile, replaces: bool) {
        let delete = replaces.then(|| UserOperation::Delete(Term::from_field_text(self.fields.source, file.source)));
        let quotes = file.records.iter().map(|r| UserOperation::Add(quote_document(&self.fields, file.source, r)));
        let state = UserOperation::Add(file_document(&self.fields, file, file.records.len()));
        self.pending.extend(delete.into_iter().chain(quotes).chain([state]));
    }

    /// Hands the files added since the last call to Tantivy, in one batch.
    pub fn flush(&mut self) -> tantivy::Result<()> {
        if !self.pending.is_empty() {
            self.writer.run(std::mem::take(&mut self.pending))?;
        }
        Ok(())
    }

    /// Records a new modification time for a file whose content has not changed: only its file
    /// document is replaced; its `quotations` stay as they are.
    pub fn touch(&mut self, file: &IndexedFile, quotations: usize) -> tantivy::Result<()> {
        self.flush()?;
        let this_file: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, term_query(self.fields.source, file.source)),
            (Occur::Must, term_query(self.fields.doc_type, schema::FILE)),
        ]));
        self.writer.delete_query(this_file)?;
        self.writer.add_document(file_document(&self.fields, file, quotations))?;
        Ok(())
    }

    /// Commits everything written so far, atomically, with the run's [`CommitInfo`].
    pub fn commit(&mut self) -> tantivy::Result<()> {
        self.flush()?;
        let info = CommitInfo {
            schema_version: schema::SCHEMA_VERSION,
            committed_at: SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()),
            saywho_version: env!("CARGO_PKG_VERSION").to_string(),
        };
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&serde_json::to_string(&info).unwrap_or_default());
        prepared.commit()?;
        Ok(())
    }

    /// Waits for background merges so the process can exit with a tidy index.
    pub fn finish(self) -> tantivy::Result<()> {
        self.writer.wait_merging_threads()
    }
}

/// The one function that turns a quotation into a Tantivy document.
fn quote_document(f: &Fields, source: &str, r: &Record) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.doc_type, schema::QUOTE);
    d.add_text(f.source, source);
    d.add_text(f.doc, &r.doc);
    d.add_u64(f.id, record::id_number(&r.id).unwrap_or_default());
    d.add_text(f.speaker, &r.speaker);
    d.add_text(f.speaker_exact, &r.speaker);
    d.add_text(f.speaker_mention, &r.speaker_mention);
    d.add_text(f.role, &r.role);
    d.add_text(f.quote, &r.quote);
    d.add_text(f.kind, r.kind.as_str());
    d.add_text(f.cue, &r.cue);
    d.add_text(f.title, &r.title);
    if let Some(date) = &r.date {
        d.add_text(f.date_text, date);
        if let Some(secs) = parse_date(date) {
            d.add_date(f.date, DateTime::from_timestamp_secs(secs));
        }
    }
    if let Some(url) = &r.url {
        d.add_text(f.url, url);
    }
    d.add_u64(f.start, r.start as u64);
    d.add_u64(f.end, r.end as u64);
    d.add_u64(f.paragraph, r.paragraph as u64);
    d.add_u64(f.line, r.line as u64);
    d
}

fn file_document(f: &Fields, file: &IndexedFile, quotations: usize) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.doc_type, schema::FILE);
    d.add_text(f.source, file.source);
    d.add_text(f.file_path, file.source);
    d.add_u64(f.size, file.size);
    d.add_i64(f.mtime, file.mtime);
    d.add_u64(f.hash, file.hash);
    d.add_u64(f.articles, file.articles as u64);
    d.add_u64(f.quotations, quotations as u64);
    d
}

fn term_query(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic))
}

/// Seconds since the epoch of a date written `YYYY-MM-DD...` (time of day ignored), if it is one.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    let (y, m, d) =
        (s.get(0..4)?.parse::<i64>().ok()?, s.get(5..7)?.parse::<i64>().ok()?, s.get(8..10)?.parse::<i64>().ok()?);
    if !matches!(s.as_bytes().get(4), Some(b'-' | b'/')) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_at_day_precision() {
        assert_eq!(parse_date("1970-01-02"), Some(86_400));
        assert_eq!(parse_date("2015-09-04T10:00:00Z"), Some(1_441_324_800));
        assert_eq!(parse_date("yesterday"), None);
    }
}
