//! Reading back: stored documents -> [`Record`]s, and the file state of an index.

use super::schema::{self, Fields};
use crate::extract::Kind;
use crate::record::Record;
use std::collections::HashMap;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Term, Value};
use tantivy::{Searcher, TantivyDocument};

/// What the index knows about a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileState {
    pub size: u64,
    pub mtime: i64,
    pub hash: u64,
    pub articles: u64,
    pub quotations: u64,
}

/// The state of every source file the index holds, by absolute path.
pub fn file_states(searcher: &Searcher, f: &Fields) -> tantivy::Result<HashMap<String, FileState>> {
    let query = TermQuery::new(Term::from_field_text(f.doc_type, schema::FILE), IndexRecordOption::Basic);
    let addresses = searcher.search(&query, &DocSetCollector)?;
    let mut states = HashMap::with_capacity(addresses.len());
    for address in addresses {
        let d: TantivyDocument = searcher.doc(address)?;
        let state = FileState {
            size: u64_of(&d, f.size),
            mtime: d.get_first(f.mtime).and_then(|v| v.as_i64()).unwrap_or(0),
            hash: u64_of(&d, f.hash),
            articles: u64_of(&d, f.articles),
            quotations: u64_of(&d, f.quotations),
        };
        states.insert(text_of(&d, f.source), state);
    }
    Ok(states)
}

fn text_of(d: &TantivyDocument, field: tantivy::schema::Field) -> String {
    d.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string()
}

fn u64_of(d: &TantivyDocument, field: tantivy::schema::Field) -> u64 {
    d.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0)
}

/// The one function that turns a stored quotation document back into a [`Record`].
pub fn record_from_doc(d: &TantivyDocument, f: &Fields) -> Record {
    let optional = |field| Some(text_of(d, field)).filter(|s| !s.is_empty());
    let kind = match text_of(d, f.kind).as_str() {
        "direct" => Kind::Direct,
        "mixed" => Kind::Mixed,
        _ => Kind::Indirect,
    };
    Record {
        id: text_of(d, f.id),
        doc: text_of(d, f.doc),
        path: text_of(d, f.source),
        title: text_of(d, f.title),
        date: optional(f.date_text),
        url: optional(f.url),
        speaker: text_of(d, f.speaker),
        speaker_mention: text_of(d, f.speaker_mention),
        role: text_of(d, f.role),
        quote: text_of(d, f.quote),
        kind,
        cue: text_of(d, f.cue),
        start: u64_of(d, f.start) as usize,
        end: u64_of(d, f.end) as usize,
        paragraph: u64_of(d, f.paragraph) as usize,
        line: u64_of(d, f.line) as usize,
    }
}
