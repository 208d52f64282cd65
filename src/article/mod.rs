//! Read one file into [`Article`]s: title, metadata and body text split into paragraphs.
//!
//! Plain text and Markdown give one article per file, HTML one (main text only, boilerplate dropped),
//! JSON one per object and JSON Lines one per line. Offsets in an article are byte offsets into its
//! `text`; [`Article::source_offset`] maps them back to byte offsets in the file as read.

mod decode;
mod html;
mod json;
mod text;

use std::io::Read;
use std::ops::Range;
use std::path::Path;

pub use decode::decode;

/// Files larger than this are refused unless the caller says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 20 * 1024 * 1024;

/// One news article, ready for extraction.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Name of the article in output: the file path, plus `#N` for the Nth record of a JSON file.
    pub doc: String,
    pub title: String,
    /// Publication date as written in the source (normalised to RFC 3339 where it parses).
    pub date: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// Body text; paragraph ranges and quotation offsets point into it.
    pub text: String,
    pub paragraphs: Vec<Range<usize>>,
    /// Anchors `(text_offset, source_offset)`, sorted, mapping text back to the file's bytes.
    /// Empty when text offsets are the source offsets.
    pub anchors: Vec<(usize, usize)>,
}

impl Article {
    /// Builds an article whose paragraphs are the blank-line separated blocks of `text`
    /// (or its lines, when the text has no blank line at all).
    pub fn from_plain_text(doc: String, title: String, text: String) -> Article {
        let paragraphs = text::paragraph_ranges(&text);
        Article { doc, title, text, paragraphs, ..Article::default() }
    }

    /// Byte offset in the file as read for a byte offset in `text`.
    pub fn source_offset(&self, text_offset: usize) -> usize {
        match self.anchors.partition_point(|&(t, _)| t <= text_offset) {
            0 => text_offset,
            i => {
                let (t, s) = self.anchors[i - 1];
                s + (text_offset - t)
            }
        }
    }
}

/// Where the lines of a text start: 1-based line numbers of byte offsets by binary search, so
/// numbering every quotation of an article reads its text once.
pub struct Lines {
    newlines: Vec<usize>,
}

impl Lines {
    pub fn of(text: &str) -> Lines {
        Lines { newlines: text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect() }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        1 + self.newlines.partition_point(|&newline| newline < offset)
    }
}

/// Why a file could not be read as articles.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("empty file")]
    Empty,
    #[error("binary file (not text)")]
    Binary,
    #[error("file too large ({size} bytes, limit {limit})")]
    TooLarge { size: u64, limit: u64 },
    #[error("not an article format saywho reads")]
    UnsupportedFormat,
    #[error("malformed JSON: {0}")]
    Json(String),
    #[error("no article text found")]
    NoText,
}

/// What kind of source a file is, decided by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl Format {
    /// The format of a path, or `None` when saywho does not read such files.
    pub fn of(path: &Path) -> Option<Format> {
        Format::of_file_name(path.file_name()?)
    }

    /// The format of a file name, by its extension in any case (no allocation: the crawl asks
    /// this of every file).
    pub fn of_file_name(name: &std::ffi::OsStr) -> Option<Format> {
        let name = name.as_encoded_bytes();
        let dot = name.iter().rposition(|&b| b == b'.').filter(|&d| d > 0)?;
        let ext = &name[dot + 1..];
        let is = |names: &[&str]| names.iter().any(|n| ext.eq_ignore_ascii_case(n.as_bytes()));
        Some(if is(&["txt", "text"]) {
            Format::Text
        } else if is(&["md", "markdown"]) {
            Format::Markdown
        } else if is(&["html", "htm", "xhtml"]) {
            Format::Html
        } else if is(&["json"]) {
            Format::Json
        } else if is(&["jsonl", "ndjson"]) {
            Format::JsonLines
        } else {
            return None;
        })
    }
}

/// The articles of one file, and problems with parts of it that were skipped (bad JSON lines).
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    pub problems: Vec<String>,
}

/// Reads a file from disk into its articles; `doc` is the name the articles carry in output.
pub fn read_file(path: &Path, doc: &str, max_size: u64) -> Result<Parsed, ArticleError> {
    let (format, bytes) = read_bytes(path, None, max_size)?;
    parse(&bytes, format, doc)
}

/// The format and bytes of an article file, refusing unknown formats and files over `max_size`.
/// With the size the crawl saw (`known_size`), the read takes two system calls fewer: no fstat,
/// and no read to find the end when the file still has that size (a file that grew since is read
/// to its end).
pub fn read_bytes(path: &Path, known_size: Option<u64>, max_size: u64) -> Result<(Format, Vec<u8>), ArticleError> {
    let format = Format::of(path).ok_or(ArticleError::UnsupportedFormat)?;
    let too_large = |size: u64| ArticleError::TooLarge { size, limit: max_size };
    if let Some(size) = known_size.filter(|&s| s > max_size) {
        return Err(too_large(size));
    }
    let mut file = std::fs::File::open(path)?;
    let size = match known_size {
        Some(size) => size,
        None => file.metadata()?.len(),
    };
    if size > max_size {
        return Err(too_large(size));
    }
    let mut bytes = vec![0; size as usize + 1];
    let mut filled = 0;
    loop {
        match file.read(&mut bytes[filled..])? {
            0 => break,
            n => filled += n,
        }
        if filled >= size as usize {
            break;
        }
    }
    bytes.truncate(filled);
    if filled > size as usize || known_size.is_none() {
        // Grown since it was listed, or of unknown size: read to the end, within the limit.
        // Read through `take`, not `fs::read`: std sizes its buffer with two more system calls.
        (&mut file).take(max_size.saturating_add(1) - filled as u64).read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 > max_size {
        return Err(too_large(bytes.len() as u64));
    }
    Ok((format, bytes))
}

/// Parses the bytes of a file of the given format into its articles.
pub fn parse(bytes: &[u8], format: Format, doc: &str) -> Result<Parsed, ArticleError> {
    let decoded = decode(bytes)?;
    let (articles, problems) = match format {
        Format::Text | Format::Markdown => (vec![text::parse(decoded, format, doc)], vec![]),
        Format::Html => (vec![html::parse(&decoded.text, doc)], vec![]),
        Format::Json => (json::parse_document(&decoded.text, doc)?, vec![]),
        Format::JsonLines => json::parse_lines(&decoded.text, doc)?,
    };
    let articles: Vec<Article> = articles.into_iter().filter(|a| !a.text.trim().is_empty()).collect();
    if articles.is_empty() {
        return Err(ArticleError::NoText);
    }
    Ok(Parsed { articles, problems })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_reads_whole_whether_its_size_is_known_stale_or_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Title\n\nBody text.").unwrap();
        for known in [None, Some(17), Some(30), Some(5), Some(0)] {
            let (_, bytes) = read_bytes(&path, known, 1000).unwrap();
            assert_eq!(bytes, b"Title\n\nBody text.", "known size {known:?}");
        }
        assert!(matches!(read_bytes(&path, Some(17), 10), Err(ArticleError::TooLarge { .. })));
        assert!(matches!(read_bytes(&path, Some(5), 10), Err(ArticleError::TooLarge { .. })));
    }
}
