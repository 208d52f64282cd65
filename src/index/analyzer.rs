//! Tantivy's `default` and `en_stem` analyzers, each in one pass: the same tokens, positions and
//! offsets as Tantivy's chains (simple tokenizer, tokens of 40 bytes or more removed, lower case,
//! and for `en_stem` Snowball English), so an index stays readable with or without them.
//!
//! Tantivy's chains run four boxed streams per token and decode every character; and it clones
//! an analyzer for each field of each new segment, so a memo kept in the analyzer starts cold
//! many times a run. Here a token of ASCII text is found, lower-cased and looked up in one loop,
//! and the memo of stems lives as long as the indexing thread. Tokenizing was half of Tantivy's
//! cost of indexing a quotation; news repeats its words (Zipf), so nearly every token is a hit.

use std::cell::RefCell;
use tantivy::tokenizer::{Language, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::Index;

/// Tantivy's limit for `default` and `en_stem`: tokens this long or longer are dropped.
const LONGEST_TOKEN: usize = 40;

/// Slots of the stem cache of each thread, as a power of two (64 bytes each: 4 MB). Measured on
/// 100 MB of news: 2^16 slots beat 2^14 by 4% of indexing CPU time; the frequent words stay in
/// the CPU cache either way.
const STEM_SLOT_BITS: u32 = 16;

thread_local! {
    static STEMS: RefCell<StemCache> = RefCell::new(StemCache::new());
}

/// Registers both analyzers on `index`, in place of Tantivy's.
pub fn register(index: &Index) {
    index.tokenizers().register("default", WordTokenizer { stem: false, token: Token::default() });
    index.tokenizers().register("en_stem", WordTokenizer { stem: true, token: Token::default() });
}

/// Words (runs of alphanumeric characters) in lower case, stemmed if `stem`.
#[derive(Clone)]
pub struct WordTokenizer {
    stem: bool,
    token: Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream { text, next: 0, stem: self.stem, token: &mut self.token }
    }
}

pub struct WordStream<'a> {
    text: &'a str,
    /// Byte offset where the search for the next word starts.
    next: usize,
    stem: bool,
    token: &'a mut Token,
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some(start) = find(self.text, self.next, true) {
            let end = find(self.text, start, false).unwrap_or(self.text.len());
            self.next = end;
            // A removed word still takes its position, as in Tantivy's chain.
            self.token.position = self.token.position.wrapping_add(1);
            if end - start < LONGEST_TOKEN {
                self.token.offset_from = start;
                self.token.offset_to = end;
                lower_case(&mut self.token.text, &self.text[start..end]);
                if self.stem {
                    STEMS.with_borrow_mut(|stems| stems.stem(&mut self.token.text));
                }
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// What a byte of UTF-8 text is to [`find`].
#[derive(Clone, Copy, PartialEq)]
enum ByteClass {
    /// An ASCII letter or digit.
    Word,
    /// Any other ASCII character.
    Gap,
    /// Part of a multi-byte character: decoded to tell.
    Other,
}

const BYTE_CLASSES: [ByteClass; 256] = {
    let mut classes = [ByteClass::Gap; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if !byte.is_ascii() {
            ByteClass::Other
        } else if byte.is_ascii_alphanumeric() {
            ByteClass::Word
        } else {
            ByteClass::Gap
        };
        b += 1;
    }
    classes
};

/// Byte offset of the first character at or after `from` that is alphanumeric (`alnum`) or not.
#[inline]
fn find(text: &str, mut from: usize, alnum: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let skip = if alnum { ByteClass::Gap } else { ByteClass::Word };
    while let Some(&b) = bytes.get(from) {
        match BYTE_CLASSES[b as usize] {
            class if class == skip => from += 1,
            ByteClass::Other => {
                let c = text[from..].chars().next()?;
                if c.is_alphanumeric() == alnum {
                    return Some(from);
                }
                from += c.len_utf8();
            }
            _ => return Some(from),
        }
    }
    None
}

/// Writes `word` in lower case into `out`.
fn lower_case(out: &mut String, word: &str) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        // Like Tantivy's LowerCaser: character by character, without the final-sigma rule.
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// Stems of recent words, by hash: a word takes the slot of an earlier one with the same slot,
/// so the cache follows the vocabulary of the text at hand and never grows. Words and stems sit
/// in the slot itself, zero-padded: a lookup reads one slot and compares a few machine words,
/// with no pointer to follow.
struct StemCache {
    /// Empty until the thread has stemmed [`WORDS_BEFORE_CACHE`] words.
    slots: Vec<Slot>,
    stemmed: usize,
    /// Tantivy's stemmer on a single-token stream, for words not in the cache.
    stemmer: TextAnalyzer,
}

/// Words stemmed without the cache first: a search stems a few words and should not pay for
/// a 4 MB table (1,000 of a search process's 2,300 page faults); indexing soon reaches this many.
const WORDS_BEFORE_CACHE: usize = 4096;

/// Longest word the cache holds; longer ones are stemmed each time (they are rare).
const CACHED_WORD: usize = 31;

/// A word, zero-padded, and its stem, zero-padded with its length in the last byte.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Slot {
    word: [u8; CACHED_WORD + 1],
    stem: [u8; CACHED_WORD + 1],
}

impl StemCache {
    fn new() -> StemCache {
        let stemmer = TextAnalyzer::builder(RawTokenizer::default()).filter(Stemmer::new(Language::English)).build();
        StemCache { slots: Vec::new(), stemmed: 0, stemmer }
    }

    /// Replaces `word` (lower case) with its stem.
    fn stem(&mut self, word: &mut String) {
        if word.len() > CACHED_WORD || !self.cache_ready() {
            *word = Self::stem_with(&mut self.stemmer, word);
            return;
        }
        let mut key = [0u8; CACHED_WORD + 1];
        key[..word.len()].copy_from_slice(word.as_bytes());
        let slot = &mut self.slots[slot_of(&key)];
        if slot.word != key {
            let stem = Self::stem_with(&mut self.stemmer, word);
            if stem.len() > CACHED_WORD {
                *word = stem;
                return;
            }
            slot.word = key;
            slot.stem = [0; CACHED_WORD + 1];
            slot.stem[..stem.len()].copy_from_slice(stem.as_bytes());
            slot.stem[CACHED_WORD] = stem.len() as u8;
        }
        let len = usize::from(slot.stem[CACHED_WORD]);
        word.clear();
        // The slot holds a stem copied from a `String`: valid UTF-8.
        word.push_str(std::str::from_utf8(&slot.stem[..len]).unwrap_or_default());
    }

    /// Counts a stemmed word; true once the table is there.
    fn cache_ready(&mut self) -> bool {
        if self.slots.is_empty() {
            self.stemmed += 1;
            if self.stemmed < WORDS_BEFORE_CACHE {
                return false;
            }
            let empty = Slot { word: [0; CACHED_WORD + 1], stem: [0; CACHED_WORD + 1] };
            self.slots = vec![empty; 1 << STEM_SLOT_BITS];
        }
        true
    }

    /// Tantivy's Snowball stem of `word`.
    fn stem_with(stemmer: &mut TextAnalyzer, word: &str) -> String {
        let mut stream = stemmer.token_stream(word);
        if stream.advance() {
            stream.token().text.clone()
        } else {
            word.to_string()
        }
    }
}

/// The slot of a zero-padded word: its 8-byte chunks mixed by multiplication, then the top bits
/// (Fibonacci hashing). Padding is zero, so the chunks past the word change nothing but cost.
fn slot_of(key: &[u8; CACHED_WORD + 1]) -> usize {
    let mut hash = 0u64;
    for chunk in key.chunks_exact(8) {
        let chunk = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if chunk == 0 {
            break;
        }
        hash = (hash ^ chunk).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
    }
    (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - STEM_SLOT_BITS)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    /// Text with what tokenizers trip on: case, apostrophes, digits, accents, non-Latin scripts,
    /// a final sigma, a word of 40 bytes and one of 39, symbols and an empty tail.
    const TRICKY: &str = "Strikes were striking; the STRIKERS struck again and again, said the strikers' union. \
        O'Neill's 3rd-quarter £2.5bn (€3bn) İstanbul ΟΔΥΣΣΕΥΣ naïve Ærø Москва 東京 42 \
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb end… ";

    fn same_as_tantivy(name: &str) {
        let index = Index::create_in_ram(tantivy::schema::Schema::builder().build());
        let mut tantivy_own = index.tokenizers().get(name).unwrap();
        register(&index);
        let mut ours = index.tokenizers().get(name).unwrap();
        for text in [TRICKY, "", "  ,; ", "word", "Émile"] {
            let expected = tokens(&mut tantivy_own, text);
            assert_eq!(tokens(&mut ours, text), expected, "{name}: {text}");
            assert_eq!(tokens(&mut ours, text), expected, "{name}, second pass (from the memo): {text}");
        }
    }

    #[test]
    fn same_tokens_positions_and_offsets_as_tantivy_en_stem() {
        same_as_tantivy("en_stem");
    }

    #[test]
    fn same_tokens_positions_and_offsets_as_tantivy_default() {
        same_as_tantivy("default");
    }

    #[test]
    fn stems_and_lower_cases() {
        let index = Index::create_in_ram(tantivy::schema::Schema::builder().build());
        register(&index);
        let mut en_stem = index.tokenizers().get("en_stem").unwrap();
        let words: Vec<String> = tokens(&mut en_stem, "STRIKERS Striking").into_iter().map(|t| t.0).collect();
        assert_eq!(words, ["striker", "strike"]);
    }

    #[test]
    fn stems_alike_before_and_after_the_cache_is_built() {
        let mut cache = StemCache::new();
        let words = ["running", "strikers", "nations", "said", "economies", "generously"];
        for n in 0..WORDS_BEFORE_CACHE + 2 * words.len() {
            let mut word = words[n % words.len()].to_string();
            cache.stem(&mut word);
            let expected = StemCache::stem_with(&mut cache.stemmer, words[n % words.len()]);
            assert_eq!(word, expected, "word {n}");
        }
        assert!(!cache.slots.is_empty());
    }
}
