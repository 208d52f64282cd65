//! The command line, declared once with clap derive: help, completions and the man page come
//! from here.

use crate::extract::Kind;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "saywho", version, about = "Who said what: find, attribute and search quotations in news articles")]
pub struct Cli {
    /// No progress bar and no summary on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index the quotations of a corpus folder (incremental: only new and changed files are read).
    Index(IndexArgs),
    /// Ranked search over indexed quotations (Tantivy query syntax).
    Search(SearchArgs),
    /// Print the quotations of files or folders, without an index.
    Extract(ExtractArgs),
    /// Who is quoted, with counts, most first.
    Speakers(SpeakersArgs),
    /// Articles, quotations, speakers and size of an index.
    Stats(StatsArgs),
}

/// Where the index lives.
#[derive(Debug, Args, Clone)]
pub struct IndexLocation {
    /// Index folder.
    #[arg(long = "index", env = "SAYWHO_INDEX", default_value = "index", value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Corpus folders (or files) to index.
    #[arg(default_value = "corpus", value_name = "CORPUS_DIR")]
    pub corpus: Vec<PathBuf>,
    #[command(flatten)]
    pub location: IndexLocation,
    /// Drop the index and build it again from scratch.
    #[arg(long)]
    pub rebuild: bool,
    /// Only list what would be added, changed and removed.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the summary as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Worker threads for reading and extraction (default: all cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Memory budget of the index writer, in MB.
    #[arg(long, default_value_t = 256)]
    pub memory_mb: usize,
    /// Files larger than this many bytes are skipped with a warning.
    #[arg(long, default_value_t = crate::article::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// Exit with code 3 when any file could not be indexed.
    #[arg(long)]
    pub strict: bool,
    /// Wait for another saywho writing the index instead of failing.
    #[arg(long)]
    pub wait: bool,
    /// Commit at least this often (seconds); a killed run loses at most this much work.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub commit_every: f64,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Query in Tantivy syntax: words, "phrases", +must, -not, speaker:putin, kind:direct.
    #[arg(default_value = "")]
    pub query: String,
    /// Only quotations by speakers whose name contains this word.
    #[arg(short, long)]
    pub speaker: Option<String>,
    /// Only quotations of this kind.
    #[arg(short, long)]
    pub kind: Option<Kind>,
    /// Number of hits to show.
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    /// One JSON object per hit (JSON Lines).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// One JSON object per quotation (JSON Lines).
    #[arg(long)]
    pub json: bool,
    /// Files larger than this many bytes are skipped with a warning.
    #[arg(long, default_value_t = crate::article::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
}

#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Count only quotations matching this query (Tantivy syntax); all when empty.
    #[arg(default_value = "")]
    pub query: String,
    /// Number of speakers to show.
    #[arg(short = 'n', long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}
