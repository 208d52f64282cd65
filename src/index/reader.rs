//! Reading back: stored documents -> [`Record`]s, and the file state of an index.

use super::schema::{self, Fields};
use crate::extract::Kind;
use crate::record::{self, Record};
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Term, Value};
use tantivy::{DocId, Score, Searcher, SegmentReader, TantivyDocument};

/// What the index knows about a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileState {
    pub size: u64,
    pub mtime: i64,
    pub hash: u64,
    pub articles: u64,
    pub quotations: u64,
}

/// The state of every source file the index holds, by absolute path, read from fast columns
/// (no stored document is loaded: a run over an unchanged corpus starts quickly).
pub fn file_states(searcher: &Searcher, f: &Fields) -> tantivy::Result<HashMap<String, FileState>> {
    let query = TermQuery::new(Term::from_field_text(f.doc_type, schema::FILE), IndexRecordOption::Basic);
    let states = searcher.search(&query, &FileStateCollector)?;
    Ok(states.into_iter().collect())
}

/// Collects `(source, FileState)` of file documents from their fast columns.
struct FileStateCollector;

struct SegmentFileStates {
    source: Option<StrColumn>,
    size: Column<u64>,
    mtime: Column<i64>,
    hash: Column<u64>,
    articles: Column<u64>,
    quotations: Column<u64>,
    docs: Vec<DocId>,
}

impl Collector for FileStateCollector {
    type Fruit = Vec<(String, FileState)>;
    type Child = SegmentFileStates;

    fn for_segment(&self, _id: u32, segment: &SegmentReader) -> tantivy::Result<SegmentFileStates> {
        let ff = segment.fast_fields();
        Ok(SegmentFileStates {
            source: ff.str("file_path")?,
            size: ff.u64("size")?,
            mtime: ff.i64("mtime")?,
            hash: ff.u64("hash")?,
            articles: ff.u64("articles")?,
            quotations: ff.u64("quotations")?,
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentFileStates {
    type Fruit = Vec<(String, FileState)>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.docs.push(doc);
    }

    fn harvest(self) -> Self::Fruit {
        let Some(source) = &self.source else { return Vec::new() };
        // Names come from one ordered pass over the dictionary, not one lookup per document.
        let mut by_ord: Vec<(u64, DocId)> =
            self.docs.iter().filter_map(|&doc| source.ords().first(doc).map(|ord| (ord, doc))).collect();
        by_ord.sort_unstable();
        by_ord.dedup_by_key(|(ord, _)| *ord);
        let ords: Vec<u64> = by_ord.iter().map(|(ord, _)| *ord).collect();
        let mut states = Vec::with_capacity(ords.len());
        let mut docs = by_ord.iter().map(|(_, doc)| *doc);
        let _ = source.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            let Some(doc) = docs.next() else { return };
            let state = FileState {
                size: self.size.first(doc).unwrap_or(0),
                mtime: self.mtime.first(doc).unwrap_or(0),
                hash: self.hash.first(doc).unwrap_or(0),
                articles: self.articles.first(doc).unwrap_or(0),
                quotations: self.quotations.first(doc).unwrap_or(0),
            };
            states.push((String::from_utf8_lossy(bytes).into_owned(), state));
        });
        states
    }
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
        // File documents have no id.
        id: d.get_first(f.id).and_then(|v| v.as_u64()).map(record::id_text).unwrap_or_default(),
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
