//! The Tantivy index: the one schema, opening and creating indexes, writing quotations with
//! their file state, and reading them back.
//!
//! Commits are atomic (Tantivy swaps `meta.json`), so an interrupted run leaves the index as it
//! was at its last commit. The commit payload records the schema version and the time of the run.

mod analyzer;
mod merge;
mod reader;
pub mod schema;
mod writer;

pub use reader::{file_states, record_from_doc, FileState};
pub use schema::Fields;
pub use writer::{parse_date, IndexedFile, Writer};

use serde::{Deserialize, Serialize};
use std::path::Path;
use tantivy::Index;

/// What an index remembers about the run that wrote it, in the commit payload.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct CommitInfo {
    pub schema_version: u32,
    /// Seconds since the Unix epoch when the commit was made.
    pub committed_at: u64,
    pub saywho_version: String,
}

/// Why an index cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index at {0}: run `saywho index` first")]
    Missing(String),
    #[error("the index at {0} was written by another version of saywho with a different schema: run `saywho index --rebuild`")]
    SchemaMismatch(String),
    #[error("index is being written by another saywho process ({0}); try again later or pass --wait")]
    Busy(String),
    #[error("index at {path}: {source}")]
    Tantivy { path: String, source: tantivy::TantivyError },
}

fn tantivy_error(dir: &Path) -> impl FnOnce(tantivy::TantivyError) -> IndexError + '_ {
    move |source| IndexError::Tantivy { path: dir.display().to_string(), source }
}

/// A searcher on the index's last commit. One-shot commands read one commit, so the reader
/// watches for no new ones: no watcher thread to start and stop.
pub fn searcher(index: &Index) -> tantivy::Result<tantivy::Searcher> {
    Ok(index.reader_builder().reload_policy(tantivy::ReloadPolicy::Manual).try_into()?.searcher())
}

/// True when `dir` holds a Tantivy index.
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Opens an existing index for reading, checking that its schema is ours.
pub fn open(dir: &Path) -> Result<(Index, Fields), IndexError> {
    if !exists(dir) {
        return Err(IndexError::Missing(dir.display().to_string()));
    }
    let index = Index::open_in_dir(dir).map_err(tantivy_error(dir))?;
    analyzer::register(&index);
    let (schema, fields) = schema::build();
    if index.schema() != schema {
        return Err(IndexError::SchemaMismatch(dir.display().to_string()));
    }
    Ok((index, fields))
}

/// Opens the index at `dir`, creating it when there is none. With `rebuild`, an index with another
/// schema is removed first (its documents are dropped in the first commit otherwise).
pub fn open_or_create(dir: &Path, rebuild: bool) -> Result<(Index, Fields), IndexError> {
    match open(dir) {
        Ok(opened) => Ok(opened),
        Err(IndexError::Missing(_)) => create(dir),
        Err(IndexError::SchemaMismatch(_)) if rebuild => {
            remove_index_files(dir).map_err(|e| tantivy_error(dir)(e.into()))?;
            create(dir)
        }
        Err(e) => Err(e),
    }
}

fn create(dir: &Path) -> Result<(Index, Fields), IndexError> {
    std::fs::create_dir_all(dir).map_err(|e| tantivy_error(dir)(e.into()))?;
    let (schema, fields) = schema::build();
    let index = Index::create_in_dir(dir, schema).map_err(tantivy_error(dir))?;
    analyzer::register(&index);
    Ok((index, fields))
}

/// Removes Tantivy's files from `dir` (and nothing else a user may keep there).
fn remove_index_files(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let tantivy_file = name == "meta.json"
            || name == ".managed.json"
            || name.ends_with(".lock")
            || name
                .split('.')
                .next()
                .is_some_and(|stem| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()));
        if tantivy_file && path.is_file() {
            std::fs::remove_file(path)?;
        }
    }
    Ok(())
}

/// The payload of the index's last commit.
pub fn commit_info(index: &Index) -> Option<CommitInfo> {
    let payload = index.load_metas().ok()?.payload?;
    serde_json::from_str(&payload).ok()
}

/// Total size in bytes of the files in the index folder.
pub fn disk_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()?.metadata().ok()).filter(|m| m.is_file()).map(|m| m.len()).sum())
        .unwrap_or(0)
}
