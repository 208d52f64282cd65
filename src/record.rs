//! A quotation in the context of its article: the unit saywho indexes, searches and prints.
//! Its JSON form is the contract of `extract --json` and `search --json`.

use crate::article::{Article, Lines};
use crate::extract::{Kind, Quote};
use crate::hash::{fnv1a, FNV_OFFSET};
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
    /// Publication date in RFC 3339 (`2024-03-14T08:30:00Z`), when the article gives one that parses.
    pub date: Option<String>,
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
    /// `lines` are the lines of `article.text`.
    pub fn new(article: &Article, lines: &Lines, quote: &Quote, path: &str) -> Record {
        let start = article.source_offset(quote.span.start);
        let end = article.source_offset(quote.span.end);
        Record {
            id: quote_id(&article.doc, start, end),
            doc: article.doc.clone(),
            path: path.to_string(),
            title: article.title.clone(),
            date: article.date.as_deref().and_then(rfc3339),
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
            line: lines.line_of(quote.span.start),
        }
    }
}

/// A date as written by news sources, in RFC 3339: `2024-03-14T08:30:00Z` stays, `2024-03-14`
/// and `2024-03-14 09:15:00` gain the missing parts (UTC assumed); anything else is dropped.
pub fn rfc3339(date: &str) -> Option<String> {
    let date = date.trim();
    let day = date.get(..10).filter(|d| crate::index::parse_date(d).is_some())?;
    let rest = &date[10..];
    let time = rest.get(1..9).filter(|t| {
        let b = t.as_bytes();
        matches!(rest.as_bytes()[0], b'T' | b' ')
            && b[2] == b':'
            && b[5] == b':'
            && t.bytes().filter(u8::is_ascii_digit).count() == 6
    });
    let zone = rest.get(9..).map(|z| z.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit())).unwrap_or("");
    let zone = match zone {
        "" | "Z" | "z" => "Z".to_string(),
        z if z.len() == 6 && (z.starts_with('+') || z.starts_with('-')) && z.as_bytes()[3] == b':' => z.to_string(),
        z if z.len() == 5 && (z.starts_with('+') || z.starts_with('-')) => format!("{}:{}", &z[..3], &z[3..]),
        _ => "Z".to_string(),
    };
    Some(match time {
        Some(t) => format!("{day}T{t}{zone}"),
        None if rest.trim().is_empty() => format!("{day}T00:00:00Z"),
        None => return None,
    })
}

/// The quotations of articles read from the file at `path`, as records.
pub fn records(articles: &[Article], path: &str) -> Vec<Record> {
    articles
        .iter()
        .flat_map(|a| {
            let quotes = crate::extract::extract(a);
            let lines = Lines::of(if quotes.is_empty() { "" } else { &a.text });
            quotes.into_iter().map(move |q| Record::new(a, &lines, &q, path))
        })
        .collect()
}

/// The article name and offsets hashed: stable across runs and machines.
fn quote_id(doc: &str, start: usize, end: usize) -> String {
    id_text(fnv1a(fnv1a(fnv1a(FNV_OFFSET, doc.as_bytes()), &start.to_le_bytes()), &end.to_le_bytes()))
}

/// An id as shown: 16 hexadecimal digits.
pub fn id_text(number: u64) -> String {
    format!("{number:016x}")
}

/// The number an id stands for, if `id` is one.
pub fn id_number(id: &str) -> Option<u64> {
    (id.len() == 16).then(|| u64::from_str_radix(id, 16).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::rfc3339;
    use crate::article::Lines;

    #[test]
    fn lines_count_from_one() {
        let lines = Lines::of("first\nsecond\n\nfourth");
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines.line_of(5), 1);
        assert_eq!(lines.line_of(6), 2);
        assert_eq!(lines.line_of(14), 4);
        assert_eq!(lines.line_of(100), 4);
    }

    #[test]
    fn dates_become_rfc3339() {
        assert_eq!(rfc3339("2024-03-14T08:30:00Z").as_deref(), Some("2024-03-14T08:30:00Z"));
        assert_eq!(rfc3339("2024-03-14").as_deref(), Some("2024-03-14T00:00:00Z"));
        assert_eq!(rfc3339("2024-01-22 09:15:00").as_deref(), Some("2024-01-22T09:15:00Z"));
        assert_eq!(rfc3339("2015-09-04T10:00:00+0100").as_deref(), Some("2015-09-04T10:00:00+01:00"));
        assert_eq!(rfc3339("last Tuesday"), None);
    }
}
