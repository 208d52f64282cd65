//! The `en_stem` analyzer with a memo of stems: the same tokens as Tantivy's own `en_stem`
//! (simple tokenizer, long tokens removed, lower case, Snowball English), so an index stays
//! readable with or without it, but each distinct word is stemmed once per indexing thread.
//!
//! News repeats its words (Zipf), so nearly every token is a memo hit; stemming was a tenth of
//! the indexing CPU before.

use crate::hash::FnvBuildHasher;
use std::collections::HashMap;
use tantivy::tokenizer::{
    Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter,
    TokenStream, Tokenizer,
};
use tantivy::Index;

/// Tantivy's limit for `en_stem`: longer tokens are dropped.
const LONGEST_TOKEN: usize = 40;

/// Distinct words remembered per thread: the first ones seen, mostly the frequent ones. A small
/// memo stays in the CPU cache; a miss in a large one costs more than stemming.
const MEMO_CAPACITY: usize = 16_384;

/// Stems by word.
type Memo = HashMap<String, String, FnvBuildHasher>;

/// Registers the memoised `en_stem` analyzer on `index`, in place of Tantivy's.
pub fn register(index: &Index) {
    let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(MemoStemmer)
        .build();
    index.tokenizers().register("en_stem", analyzer);
}

/// English Snowball stemming with a memo per analyzer instance (each indexing thread clones its own).
#[derive(Clone)]
pub struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> MemoStemmerFilter<T> {
        let stemmer = TextAnalyzer::builder(RawTokenizer::default()).filter(Stemmer::new(Language::English)).build();
        MemoStemmerFilter { inner, memo: Memo::default(), stemmer }
    }
}

#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
    memo: Memo,
    /// Tantivy's stemmer on a single-token stream, for words not in the memo yet.
    stemmer: TextAnalyzer,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoStemmerStream { tail: self.inner.token_stream(text), memo: &mut self.memo, stemmer: &mut self.stemmer }
    }
}

pub struct MemoStemmerStream<'a, T> {
    tail: T,
    memo: &'a mut Memo,
    stemmer: &'a mut TextAnalyzer,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.memo.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let mut stream = self.stemmer.token_stream(&token.text);
        let stem = if stream.advance() { stream.token().text.clone() } else { token.text.clone() };
        drop(stream);
        let word = std::mem::replace(&mut token.text, stem);
        if self.memo.len() < MEMO_CAPACITY {
            self.memo.insert(word, token.text.clone());
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn same_tokens_as_tantivy_en_stem() {
        let index = Index::create_in_ram(tantivy::schema::Schema::builder().build());
        let mut tantivy_own = index.tokenizers().get("en_stem").unwrap();
        register(&index);
        let mut memoised = index.tokenizers().get("en_stem").unwrap();
        let text = "Strikes were striking; the STRIKERS struck again and again, said the strikers' union.";
        let expected = tokens(&mut tantivy_own, text);
        assert_eq!(tokens(&mut memoised, text), expected);
        assert_eq!(tokens(&mut memoised, text), expected, "second pass, from the memo");
    }
}
