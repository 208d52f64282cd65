//! A quotation in the context of its article: the unit saywho indexes, searches and prints.
//! Its JSON form is the contract of `extract --json` and `search --json`.

use crate::article::Article;
use crate::extract::{Kind, Quote};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Stable identifier of the quotation: article and byte offsets hashed.
    pub id: String,
    /// Article path relative to the corpus root (`#N` for the Nth record of a JSON file).
    pub doc: String,
    /// The file the article was read from.
    pub path: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub speaker: String,
    pub speaker_mention: String,
    pub role: String,
    pub quote: String,
    pub kind: Kind,
    pub cue: String,
    /// Byte offsets of the quotation in the file as read.
    pub start: usize,
    pub end: usize,
    /// 0-based paragraph number and 1-based line of the quotation's start.
    pub paragraph: usize,
    pub line: usize,
}

impl Record {
    pub fn new(article: &Article, quote: &Quote, path: &str) -> Record {
        let start = article.source_offset(quote.span.start);
        let end = article.source_offset(quote.span.end);
        Record {
            id: quote_id(&article.doc, start, end),
            doc: article.doc.clone(),
            path: path.to_string(),
            title: article.title.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            speaker: quote.speaker.name.clone(),
            speaker_mention: quote.speaker.mention.clone(),
            role: quote.speaker.role.clone(),
            quote: quote.text.clone(),
            kind: quote.kind,
            cue: quote.cue.clone(),
            start,
            end,
            paragraph: quote.paragraph,
            line: article.line_of(quote.span.start),
        }
    }
}

/// The quotations of articles read from the file at `path`, as records.
pub fn records(articles: &[Article], path: &str) -> Vec<Record> {
    articles
        .iter()
        .flat_map(|a| crate::extract::extract(a).into_iter().map(move |q| Record::new(a, &q, path)))
        .collect()
}

/// FNV-1a over the article name and offsets: stable across runs and machines.
fn quote_id(doc: &str, start: usize, end: usize) -> String {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in doc.bytes().chain(start.to_le_bytes()).chain(end.to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    format!("{hash:016x}")
}
