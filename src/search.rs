//! Query -> ranked hits. BM25 over quote, speaker, role and title (quote weighted most), Tantivy
//! query syntax, and filters (speaker, kind, role, source path, dates) applied as required clauses
//! so that ranking stays BM25's. Only the returned hits' stored documents are loaded.

use crate::extract::{edit_distance, Kind};
use crate::index::{self, Fields};
use crate::record::Record;
use serde::Serialize;
use std::collections::BTreeSet;
use std::ops::Bound;
use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, RegexQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Term};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, Index, Order, Searcher, TantivyDocument};

/// Fields a query may name.
pub const QUERY_FIELDS: &[&str] = &["quote", "speaker", "speaker_mention", "role", "title", "kind", "cue", "doc"];

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    /// Best BM25 match first.
    #[default]
    Score,
    /// Newest article first (articles without a date last).
    Date,
}

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub query: String,
    /// Keep quotations whose speaker has a name word like each of these words (case and small
    /// misspellings forgiven: `felgenhauer` finds `Pavel Felgenhaeur`).
    pub speaker: Option<String>,
    pub kind: Option<Kind>,
    /// Keep quotations whose speaker's role has this word.
    pub role: Option<String>,
    /// Keep quotations of articles whose path matches this glob (`*.html`, `bbc/politics/*`).
    pub source: Option<String>,
    /// Articles dated on or after / on or before these days (seconds since the epoch).
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
}

/// One ranked quotation.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub score: f32,
    #[serde(flatten)]
    pub record: Record,
    /// Byte ranges of the query's words in `record.quote`.
    pub highlights: Vec<[usize; 2]>,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("invalid query {query:?}: {reason}. Syntax: words, \"a phrase\", +must, -not, field:value (fields: {fields})", fields = QUERY_FIELDS.join(", "))]
    Query { query: String, reason: String },
    #[error("no speaker matches {name:?}{}", suggest(.suggestions))]
    UnknownSpeaker { name: String, suggestions: Vec<String> },
    #[error("invalid --source pattern {0:?}")]
    Source(String),
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
}

fn suggest(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!("; closest speakers: {}", names.join(", "))
    }
}

/// An open index ready for queries.
pub struct Engine<'a> {
    pub index: &'a Index,
    pub fields: &'a Fields,
    pub searcher: &'a Searcher,
}

impl Engine<'_> {
    /// Runs a search: the page of hits `offset..offset + limit`.
    pub fn search(&self, request: &Request) -> Result<Vec<Hit>, SearchError> {
        let query = self.build_query(request)?;
        self.run(&*query, request)
    }

    fn run(&self, query: &dyn Query, request: &Request) -> Result<Vec<Hit>, SearchError> {
        let limit = request.limit.max(1);
        let addresses: Vec<(f32, DocAddress)> = match request.sort {
            Sort::Score => {
                self.searcher.search(query, &TopDocs::with_limit(limit).and_offset(request.offset).order_by_score())?
            }
            Sort::Date => {
                let top = TopDocs::with_limit(limit).and_offset(request.offset);
                let dated: Vec<(Option<DateTime>, DocAddress)> =
                    self.searcher.search(query, &top.order_by_fast_field::<DateTime>("date", Order::Desc))?;
                dated.into_iter().map(|(_, address)| (0.0, address)).collect()
            }
        };
        let mut snippets = SnippetGenerator::create(self.searcher, query, self.fields.quote)?;
        snippets.set_max_num_chars(100_000);
        addresses
            .into_iter()
            .map(|(score, address)| {
                let doc: TantivyDocument = self.searcher.doc(address)?;
                let record = index::record_from_doc(&doc, self.fields);
                let highlights = highlights(&snippets, &record.quote);
                Ok(Hit { score, record, highlights })
            })
            .collect()
    }

    /// The best hits of one speaker, named exactly as indexed.
    pub fn search_by_exact_speaker(&self, request: &Request, speaker: &str) -> Result<Vec<Hit>, SearchError> {
        let query: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, self.build_query(request)?),
            (Occur::Must, term(self.fields.speaker_exact, speaker)),
        ]));
        self.run(&*query, request)
    }

    /// The hit with this id.
    pub fn by_id(&self, id: &str) -> Result<Option<Record>, SearchError> {
        let Some(number) = crate::record::id_number(id) else { return Ok(None) };
        let id = Term::from_field_u64(self.fields.id, number);
        let query = RangeQuery::new(Bound::Included(id.clone()), Bound::Included(id));
        let top = self.searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        let Some((_, address)) = top.into_iter().next() else { return Ok(None) };
        let doc: TantivyDocument = self.searcher.doc(address)?;
        Ok(Some(index::record_from_doc(&doc, self.fields)))
    }

    /// How many quotations each speaker has among those matching `request` (limit ignored), most
    /// first, ties by name.
    pub fn speaker_counts(&self, request: &Request) -> Result<Vec<(String, u64)>, SearchError> {
        let query = self.build_query(request)?;
        let counts = self.searcher.search(&query, &SpeakerCounter)?;
        let mut counts: Vec<(String, u64)> = counts.into_iter().filter(|(name, _)| !name.is_empty()).collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(counts)
    }

    fn build_query(&self, request: &Request) -> Result<Box<dyn Query>, SearchError> {
        let f = self.fields;
        // File documents have none of the searched fields, so a text query never matches them;
        // only "everything" needs the type filter, which would otherwise slow every query down
        // (a required term that matches every quotation defeats BM25's block skipping).
        let text = request.query.trim();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = if text.is_empty() || text == "*" {
            vec![(Occur::Must, term(f.doc_type, index::schema::QUOTE))]
        } else {
            vec![(Occur::Must, self.user_query(text)?)]
        };
        if let Some(name) = &request.speaker {
            // Words that some speaker's name has are looked up directly; others fuzzily.
            let words: Vec<Term> =
                self.tokens(f.speaker, name).iter().map(|w| Term::from_field_text(f.speaker, w)).collect();
            let known = |t: &Term| self.searcher.doc_freq(t).is_ok_and(|n| n > 0);
            if !words.is_empty() && words.iter().all(known) {
                clauses.extend(
                    words.into_iter().map(|t| {
                        (Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>)
                    }),
                );
            } else {
                let names = self.speakers_like(name)?;
                let terms = names.iter().map(|n| Term::from_field_text(f.speaker_exact, n));
                clauses.push((Occur::Must, Box::new(TermSetQuery::new(terms))));
            }
        }
        if let Some(kind) = request.kind {
            clauses.push((Occur::Must, term(f.kind, kind.as_str())));
        }
        if let Some(role) = &request.role {
            for token in self.tokens(f.role, role) {
                clauses.push((Occur::Must, term(f.role, &token)));
            }
        }
        if let Some(glob) = &request.source {
            let regex = glob_to_regex(glob);
            let query = RegexQuery::from_pattern(&regex, f.doc).map_err(|_| SearchError::Source(glob.clone()))?;
            clauses.push((Occur::Must, Box::new(query)));
        }
        if request.since.is_some() || request.until.is_some() {
            let day = |secs: i64| Term::from_field_date(f.date, DateTime::from_timestamp_secs(secs));
            let lower = request.since.map_or(Bound::Unbounded, |s| Bound::Included(day(s)));
            let upper = request.until.map_or(Bound::Unbounded, |u| Bound::Excluded(day(u + 86_400)));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        // A query without filters runs as it is: wrapped in a one-clause boolean query, its
        // union of terms would score every match instead of skipping blocks (block-WAND).
        if clauses.len() == 1 {
            if let Some((Occur::Must, query)) = clauses.pop() {
                return Ok(query);
            }
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    fn user_query(&self, text: &str) -> Result<Box<dyn Query>, SearchError> {
        let text = text.trim();
        if text.is_empty() || text == "*" {
            return Ok(Box::new(AllQuery));
        }
        let f = self.fields;
        let mut parser = QueryParser::for_index(self.index, vec![f.quote, f.speaker, f.role, f.title]);
        parser.set_field_boost(f.quote, 2.0);
        parser.set_field_boost(f.speaker, 1.5);
        parser.set_field_boost(f.title, 0.5);
        parser.parse_query(text).map_err(|e| SearchError::Query { query: text.to_string(), reason: e.to_string() })
    }

    /// Words of `text` as the field's tokenizer makes them.
    fn tokens(&self, field: Field, text: &str) -> Vec<String> {
        let Ok(mut analyzer) = self.index.tokenizer_for_field(field) else { return vec![] };
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    /// Every speaker name in the index (each segment's term dictionary, merged).
    pub fn speaker_names(&self) -> Result<BTreeSet<String>, SearchError> {
        let mut names = BTreeSet::new();
        for segment in self.searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.speaker_exact)?;
            let mut stream = inverted.terms().stream().map_err(|e| SearchError::Tantivy(e.into()))?;
            while stream.advance() {
                names.insert(String::from_utf8_lossy(stream.key()).into_owned());
            }
        }
        Ok(names)
    }

    /// Speaker names whose words match each word of `wanted` (exactly, by prefix of four letters or
    /// more, or one or two letters off); when none does, the closest names as suggestions.
    fn speakers_like(&self, wanted: &str) -> Result<Vec<String>, SearchError> {
        let words: Vec<String> =
            wanted.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        let names = self.speaker_names()?;
        let matching: Vec<String> = names.iter().filter(|n| name_matches(n, &words)).cloned().collect();
        if !matching.is_empty() {
            return Ok(matching);
        }
        let mut scored: Vec<(usize, &String)> = names.iter().map(|n| (name_distance(n, &words), n)).collect();
        scored.sort();
        let suggestions = scored.into_iter().take(5).map(|(_, n)| n.clone()).collect();
        Err(SearchError::UnknownSpeaker { name: wanted.to_string(), suggestions })
    }
}

fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Every wanted word is like some word of the name.
fn name_matches(name: &str, wanted: &[String]) -> bool {
    let words = name_words(name);
    !wanted.is_empty() && wanted.iter().all(|w| words.iter().any(|n| words_alike(n, w)))
}

fn words_alike(name_word: &str, wanted: &str) -> bool {
    let allowed = match wanted.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    name_word == wanted
        || (wanted.len() >= 4 && name_word.starts_with(wanted))
        || (allowed > 0
            && name_word.len().abs_diff(wanted.len()) <= allowed
            && edit_distance(name_word, wanted) <= allowed)
}

/// Sum over wanted words of the distance to the closest word of the name.
fn name_distance(name: &str, wanted: &[String]) -> usize {
    let words = name_words(name);
    wanted.iter().map(|w| words.iter().map(|n| edit_distance(n, w)).min().unwrap_or(usize::MAX / 4)).sum()
}

/// A path glob as a regular expression over the whole article name: `*` within one folder,
/// `**` across folders, `?` one character; a glob without `/` matches the file name anywhere.
pub fn glob_to_regex(glob: &str) -> String {
    let mut regex = String::new();
    if !glob.contains('/') {
        regex.push_str("(.*/)?");
    }
    let mut chars = glob.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
                regex.push_str(".*");
            }
            '*' => regex.push_str("[^/]*"),
            '?' => regex.push_str("[^/]"),
            c if c.is_alphanumeric() || c == '/' || c == '_' || c == '-' => regex.push(c),
            c => {
                regex.push('\\');
                regex.push(c);
            }
        }
    }
    // Records of JSON files are named `file.jsonl#N`.
    regex.push_str("(#[0-9]+)?");
    regex
}

/// Byte ranges in `quote` of the words the query matched.
fn highlights(snippets: &SnippetGenerator, quote: &str) -> Vec<[usize; 2]> {
    let snippet = snippets.snippet(quote);
    let base = snippet.fragment_range().start;
    snippet.highlighted().iter().map(|r| [base + r.start, base + r.end]).collect()
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs))
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
        // One ordered pass over the dictionary for all speakers seen.
        let ords: Vec<u64> = (0..self.counts.len() as u64).filter(|&o| self.counts[o as usize] > 0).collect();
        let mut counts = ords.iter().map(|&o| self.counts[o as usize]);
        let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            if let Some(n) = counts.next() {
                out.insert(String::from_utf8_lossy(bytes).into_owned(), n);
            }
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_and_partial_names_match() {
        assert!(name_matches("Pavel Felgenhaeur", &["felgenhauer".into()]));
        assert!(name_matches("Vladimir Putin", &["putin".into()]));
        assert!(name_matches("Vladimir Putin", &["vlad".into()]));
        assert!(!name_matches("Peter Cook", &["putin".into()]));
    }

    #[test]
    fn globs_become_anchored_regexes() {
        assert_eq!(glob_to_regex("*.html"), "(.*/)?[^/]*\\.html(#[0-9]+)?");
        assert_eq!(glob_to_regex("bbc/**"), "bbc/.*(#[0-9]+)?");
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("felgenhaeur", "felgenhauer"), 1);
        assert_eq!(edit_distance("putin", "putin"), 0);
        assert_eq!(edit_distance("cook", "book"), 1);
    }
}
