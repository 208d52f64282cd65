//! A quotation back in its article: re-reads the source file to show the paragraph around a
//! quotation, or a few sentences before and after it. Nothing here is stored in the index.

use crate::article::{self, Article};
use crate::record::Record;
use std::path::Path;

/// The article a record came from, read again from disk (`None` when the file is gone).
pub fn article_of(record: &Record) -> Option<Article> {
    let base = record.doc.split('#').next().unwrap_or(&record.doc);
    let parsed = article::read_file(Path::new(&record.path), base, u64::MAX).ok()?;
    parsed.articles.into_iter().find(|a| a.doc == record.doc)
}

/// The text of the record's paragraph.
pub fn paragraph(article: &Article, record: &Record) -> Option<String> {
    let range = article.paragraphs.get(record.paragraph)?;
    Some(article.text[range.clone()].to_string())
}

/// `n` sentences before and after the quotation, with the quotation's own sentence.
pub fn sentences_around(article: &Article, record: &Record, n: usize) -> Option<String> {
    let at = article.text.find(record.quote.as_str())?;
    let bounds = sentence_starts(&article.text);
    let here = bounds.partition_point(|&s| s <= at).saturating_sub(1);
    let first = bounds[here.saturating_sub(n)];
    let last = bounds.get(here + n + 1).copied().unwrap_or(article.text.len());
    Some(article.text[first..last].split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Byte offsets where sentences start: the text start, after `.`, `!` or `?` (and any closing
/// quotation mark) followed by space and a capital or an opening mark, and at paragraph breaks.
fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        let terminal = matches!(c, '.' | '!' | '?') || (c == '\n' && chars.get(n + 1).is_some_and(|&(_, d)| d == '\n'));
        if !terminal {
            continue;
        }
        let mut k = n + 1;
        while chars.get(k).is_some_and(|&(_, d)| matches!(d, '"' | '”' | '’' | '\'' | ')')) {
            k += 1;
        }
        let space = chars.get(k).is_some_and(|&(_, d)| d.is_whitespace());
        while chars.get(k).is_some_and(|&(_, d)| d.is_whitespace()) {
            k += 1;
        }
        if let Some(&(j, d)) = chars.get(k) {
            if space && (d.is_uppercase() || matches!(d, '"' | '“' | '‘' | '\'')) && j > i {
                starts.push(j);
            }
        }
    }
    starts.dedup();
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_start_after_terminal_punctuation() {
        let text = "One. “Two,” he said. Three!\n\nFour";
        let starts: Vec<&str> = sentence_starts(text).into_iter().map(|s| &text[s..]).collect();
        assert_eq!(
            starts,
            ["One. “Two,” he said. Three!\n\nFour", "“Two,” he said. Three!\n\nFour", "Three!\n\nFour", "Four"]
        );
    }
}
