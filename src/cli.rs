//! The command line, declared once with clap derive: help, completions and the man page come
//! from here.

use crate::extract::Kind;
use crate::search::{Request, Sort};
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
    /// One quotation by its id, inside its paragraph, with its article's title, date, url and path.
    Show(ShowArgs),
    /// Stream every indexed quotation as NDJSON (Quickwit) or Elasticsearch/OpenSearch bulk lines.
    Export(ExportArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the man page (roff) to stdout.
    Man,
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
    #[command(flatten)]
    pub filters: Filters,
    /// Order of hits.
    #[arg(long, value_enum, default_value_t = Sort::Score)]
    pub sort: Sort,
    /// Number of hits to show (speakers with --group-by).
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    /// Skip this many hits first (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Show the top speakers, each with their best quotations.
    #[arg(long, value_enum)]
    pub group_by: Option<GroupBy>,
    /// Print this many sentences of the article before and after each quotation.
    #[arg(short = 'C', long, value_name = "N")]
    pub context: Option<usize>,
    /// Print on stderr how long opening the index and running the query took (milliseconds).
    #[arg(long)]
    pub timing: bool,
    #[command(flatten)]
    pub format: FormatArgs,
    #[command(flatten)]
    pub location: IndexLocation,
}

impl SearchArgs {
    /// The search request of the query, its filters and paging.
    pub fn request(&self) -> Request {
        Request { sort: self.sort, limit: self.limit, offset: self.offset, ..self.filters.request(&self.query) }
    }
}

/// Filters shared by `search` and `speakers`.
#[derive(Debug, Args, Clone, Default)]
pub struct Filters {
    /// Only quotations by speakers with a name word like this (case and small misspellings forgiven).
    #[arg(short, long)]
    pub speaker: Option<String>,
    /// Only quotations of this kind.
    #[arg(short, long, value_enum)]
    pub kind: Option<Kind>,
    /// Only quotations whose speaker's role has this word (`--role minister`).
    #[arg(long)]
    pub role: Option<String>,
    /// Only articles whose path matches this glob (`*.html`, `bbc/politics/*`).
    #[arg(long, value_name = "GLOB")]
    pub source: Option<String>,
    /// Only articles dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<i64>,
    /// Only articles dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<i64>,
}

impl Filters {
    /// A search request for `query` with these filters (default order and paging).
    pub fn request(&self, query: &str) -> Request {
        Request {
            query: query.to_string(),
            speaker: self.speaker.clone(),
            kind: self.kind,
            role: self.role.clone(),
            source: self.source.clone(),
            since: self.since,
            until: self.until,
            ..Request::default()
        }
    }
}

/// Output format options.
#[derive(Debug, Args, Clone)]
pub struct FormatArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Same as --format jsonl: one JSON object per line.
    #[arg(long)]
    pub json: bool,
    /// Fields to print, comma-separated (csv, tsv, json, jsonl).
    #[arg(long, value_delimiter = ',')]
    pub fields: Vec<String>,
}

impl FormatArgs {
    pub fn format(&self) -> Format {
        if self.json {
            Format::Jsonl
        } else {
            self.format
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Blocks for people.
    Text,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    Csv,
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    Speaker,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The quotation's id (the `id` field of a hit).
    pub id: String,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Line format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
    pub format: ExportFormat,
    /// Output file, `-` for stdout.
    #[arg(short, long, default_value = "-")]
    pub output: PathBuf,
    /// Index name in Elasticsearch bulk action lines.
    #[arg(long, default_value = "saywho")]
    pub es_index: String,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One quotation per line, for `quickwit index ingest`.
    Ndjson,
    /// `_bulk` API pairs: an action line, then the quotation.
    EsBulk,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `YYYY-MM-DD` -> seconds since the epoch.
fn parse_day(s: &str) -> Result<i64, String> {
    crate::index::parse_date(s).ok_or_else(|| format!("{s:?} is not a date like 2024-03-14"))
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
    #[command(flatten)]
    pub filters: Filters,
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
