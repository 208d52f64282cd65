//! The one schema. Every other place refers to fields through [`Fields`].
//!
//! An index holds two kinds of documents, told apart by `type`: one `quote` document per
//! quotation, and one `file` document per source file (its identity for incremental reindexing).
//! Keeping both in one index makes a commit atomic for quotations and file state together.

use tantivy::schema::{
    DateOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

/// Bumped whenever the schema changes; an index of another version must be rebuilt.
pub const SCHEMA_VERSION: u32 = 6;

pub const QUOTE: &str = "quote";
pub const FILE: &str = "file";

/// Handles to every field of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `quote` or `file`.
    pub doc_type: Field,
    /// Absolute path of the source file: the key for deleting and re-adding a file's documents.
    pub source: Field,
    /// The same path as a fast column, on file documents only: read for every file at the start
    /// of a run. Quotations leave it out (a column of one long path per quotation cost indexing
    /// about 1% of its time).
    pub file_path: Field,
    /// Article name relative to its corpus root (`#N` suffix for records of JSON files).
    pub doc: Field,
    /// The quotation's id as a number: a fast column, not a term, since each id is unique and
    /// one dictionary term per quotation made indexing 5% slower; `show` scans the column.
    pub id: Field,
    pub speaker: Field,
    /// The speaker's name as one exact term, for counting and exact filters.
    pub speaker_exact: Field,
    pub speaker_mention: Field,
    pub role: Field,
    pub quote: Field,
    pub kind: Field,
    pub cue: Field,
    pub title: Field,
    pub date: Field,
    pub date_text: Field,
    pub url: Field,
    pub start: Field,
    pub end: Field,
    pub paragraph: Field,
    pub line: Field,
    // File documents.
    pub size: Field,
    pub mtime: Field,
    pub hash: Field,
    pub articles: Field,
    pub quotations: Field,
}

/// Builds the schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    // Secondary text fields keep frequencies but no positions: cheaper to index, and phrase
    // queries are for quotations and speaker names. (Without frequencies, indexing took 1.8% fewer
    // instructions, but Tantivy keeps no block score bounds for a field then, and one-word
    // searches, which the title matches often, took up to 25% longer.)
    let text_without_positions = |tokenizer: &str| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer(tokenizer).set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let stored_u64 = NumericOptions::default().set_stored();
    // File state is read for every file at the start of each run: columns, not stored documents.
    let file_u64 = NumericOptions::default().set_stored().set_fast();
    let fields = Fields {
        doc_type: b.add_text_field("type", STRING),
        source: b.add_text_field("source", STRING | STORED),
        file_path: b.add_text_field("file_path", FAST),
        doc: b.add_text_field("doc", STRING | STORED),
        id: b.add_u64_field("id", NumericOptions::default().set_stored().set_fast()),
        speaker: b.add_text_field("speaker", text("default")),
        speaker_exact: b.add_text_field("speaker_exact", STRING | FAST),
        speaker_mention: b.add_text_field("speaker_mention", text_without_positions("default")),
        role: b.add_text_field("role", text_without_positions("en_stem")),
        quote: b.add_text_field("quote", text("en_stem")),
        kind: b.add_text_field("kind", STRING | STORED),
        cue: b.add_text_field("cue", STRING | STORED),
        title: b.add_text_field("title", text_without_positions("en_stem")),
        date: b.add_date_field("date", DateOptions::default().set_indexed().set_fast()),
        date_text: b.add_text_field("date_text", STORED),
        url: b.add_text_field("url", STORED),
        start: b.add_u64_field("start", stored_u64.clone()),
        end: b.add_u64_field("end", stored_u64.clone()),
        paragraph: b.add_u64_field("paragraph", stored_u64.clone()),
        line: b.add_u64_field("line", stored_u64.clone()),
        size: b.add_u64_field("size", file_u64.clone()),
        mtime: b.add_i64_field("mtime", NumericOptions::default().set_stored().set_fast()),
        hash: b.add_u64_field("hash", file_u64.clone()),
        articles: b.add_u64_field("articles", file_u64.clone()),
        quotations: b.add_u64_field("quotations", file_u64),
    };
    (b.build(), fields)
}
