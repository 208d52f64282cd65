//! Query -> ranked hits. BM25 over quote, speaker, role and title (quote weighted most), Tantivy
//! query syntax, and filters (speaker word, kind) applied as required clauses so that ranking
//! stays BM25's. Only the top hits' stored documents are loaded.

use crate::extract::Kind;
use crate::index::{self, Fields};
use crate::record::Record;
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{IndexRecordOption, Term};
use tantivy::{Index, Searcher, TantivyDocument};

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub query: String,
    /// Keep quotations whose speaker's name contains this word (or all these words).
    pub speaker: Option<String>,
    pub kind: Option<Kind>,
    pub limit: usize,
}

/// One ranked quotation.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub score: f32,
    #[serde(flatten)]
    pub record: Record,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("invalid query {query:?}: {reason}")]
    Query { query: String, reason: String },
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Runs a search on an open index.
pub fn search(index: &Index, fields: &Fields, searcher: &Searcher, request: &Request) -> Result<Vec<Hit>, SearchError> {
    let query = build_query(index, fields, request)?;
    let limit = request.limit.max(1);
    let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
    top.into_iter()
        .map(|(score, address)| {
            let doc: TantivyDocument = searcher.doc(address)?;
            Ok(Hit { score, record: index::record_from_doc(&doc, fields) })
        })
        .collect()
}

fn build_query(index: &Index, f: &Fields, request: &Request) -> Result<Box<dyn Query>, SearchError> {
    let text = request.query.trim();
    let user: Box<dyn Query> = if text.is_empty() || text == "*" {
        Box::new(AllQuery)
    } else {
        let mut parser = QueryParser::for_index(index, vec![f.quote, f.speaker, f.role, f.title]);
        parser.set_field_boost(f.quote, 2.0);
        parser.set_field_boost(f.speaker, 1.5);
        parser.set_field_boost(f.title, 0.5);
        parser.parse_query(text).map_err(|e| SearchError::Query { query: text.to_string(), reason: e.to_string() })?
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, user), (Occur::Must, term(f.doc_type, index::schema::QUOTE))];
    if let Some(name) = &request.speaker {
        for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            clauses.push((Occur::Must, term(f.speaker, &word.to_lowercase())));
        }
    }
    if let Some(kind) = request.kind {
        clauses.push((Occur::Must, term(f.kind, kind.as_str())));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

fn term(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs))
}

/// How many quotations each speaker has among those matching `request` (limit ignored), most
/// first, ties by name.
pub fn speaker_counts(
    index: &Index,
    fields: &Fields,
    searcher: &Searcher,
    request: &Request,
) -> Result<Vec<(String, u64)>, SearchError> {
    let query = build_query(index, fields, request)?;
    let counts = searcher.search(&query, &SpeakerCounter)?;
    let mut counts: Vec<(String, u64)> = counts.into_iter().filter(|(name, _)| !name.is_empty()).collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(counts)
}

/// Counts matching documents per speaker through the `speaker_exact` fast field.
struct SpeakerCounter;

struct SegmentSpeakerCounter {
    column: Option<tantivy::columnar::StrColumn>,
    counts: Vec<u64>,
}

impl tantivy::collector::Collector for SpeakerCounter {
    type Fruit = std::collections::HashMap<String, u64>;
    type Child = SegmentSpeakerCounter;

    fn for_segment(&self, _id: u32, segment: &tantivy::SegmentReader) -> tantivy::Result<SegmentSpeakerCounter> {
        let column = segment.fast_fields().str("speaker_exact")?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentSpeakerCounter { column, counts: vec![0; terms] })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut total = std::collections::HashMap::new();
        for fruit in fruits {
            for (name, n) in fruit {
                *total.entry(name).or_insert(0) += n;
            }
        }
        Ok(total)
    }
}

impl tantivy::collector::SegmentCollector for SegmentSpeakerCounter {
    type Fruit = std::collections::HashMap<String, u64>;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        if let Some(ord) = self.column.as_ref().and_then(|c| c.ords().first(doc)) {
            self.counts[ord as usize] += 1;
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut out = std::collections::HashMap::new();
        let Some(column) = self.column else { return out };
        let mut name = String::new();
        for (ord, &n) in self.counts.iter().enumerate().filter(|(_, n)| **n > 0) {
            name.clear();
            if column.ord_to_str(ord as u64, &mut name).unwrap_or(false) {
                out.insert(name.clone(), n);
            }
        }
        out
    }
}
