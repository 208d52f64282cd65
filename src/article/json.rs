//! JSON article dumps as common news scrapers write them (news-please, newspaper3k, Trafilatura):
//! an object, an array of objects, or one object per line. Text offsets are into the body text.

use super::{Article, ArticleError};
use serde_json::{Map, Value};

const TEXT_KEYS: &[&str] = &["text", "body", "content", "maintext", "article", "raw_text"];
const DATE_KEYS: &[&str] = &["date", "date_publish", "published", "publishedAt", "date_published", "pubdate"];
const AUTHOR_KEYS: &[&str] = &["authors", "author", "byline"];

/// A `.json` file: one article object or an array of them.
pub fn parse_document(src: &str, doc: &str) -> Result<Vec<Article>, ArticleError> {
    let value: Value = serde_json::from_str(src).map_err(|e| ArticleError::Json(e.to_string()))?;
    match value {
        Value::Object(map) => Ok(vec![article(&map, doc.to_string())]),
        Value::Array(items) => Ok(items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.as_object().map(|m| article(m, format!("{doc}#{}", i + 1))))
            .collect()),
        _ => Err(ArticleError::Json("expected an object or an array of objects".into())),
    }
}

/// A `.jsonl` file: one article per line. Malformed lines are skipped and described in the
/// second value; a file with no good line at all is an error.
pub fn parse_lines(src: &str, doc: &str) -> Result<(Vec<Article>, Vec<String>), ArticleError> {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in src.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match serde_json::from_str::<Map<String, Value>>(line) {
            Ok(map) => articles.push(article(&map, format!("{doc}#{}", n + 1))),
            Err(e) => problems.push(format!("line {}: malformed JSON: {e}", n + 1)),
        }
    }
    if articles.is_empty() && !problems.is_empty() {
        return Err(ArticleError::Json(problems.swap_remove(0)));
    }
    Ok((articles, problems))
}

fn article(map: &Map<String, Value>, doc: String) -> Article {
    let text = first_string(map, TEXT_KEYS).unwrap_or_default();
    let title = first_string(map, &["title", "headline"]).unwrap_or_default();
    Article {
        date: first_string(map, DATE_KEYS),
        url: first_string(map, &["url", "link", "source_url"]),
        authors: authors(map),
        ..Article::from_plain_text(doc, title, text)
    }
}

fn first_string(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().filter_map(|k| map.get(*k)?.as_str()).map(str::trim).find(|s| !s.is_empty()).map(String::from)
}

fn authors(map: &Map<String, Value>) -> Vec<String> {
    let Some(value) = AUTHOR_KEYS.iter().find_map(|k| map.get(*k)) else {
        return vec![];
    };
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items.iter().filter_map(|v| v.as_str().map(String::from)).collect(),
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_news_please_fields() {
        let line = r#"{"title":"T","maintext":"Para one.\n\nPara two.","date_publish":"2020-01-02 10:00:00","url":"u","authors":["A B"]}"#;
        let a = &parse_lines(line, "x.jsonl").unwrap().0[0];
        assert_eq!((a.doc.as_str(), a.title.as_str()), ("x.jsonl#1", "T"));
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.date.as_deref(), Some("2020-01-02 10:00:00"));
        assert_eq!(a.authors, ["A B"]);
    }

    #[test]
    fn skips_malformed_lines_but_keeps_good_ones() {
        let src = "{\"text\":\"ok\"}\n{broken\n{\"body\":\"also ok\"}\n";
        let (articles, problems) = parse_lines(src, "f.jsonl").unwrap();
        let docs: Vec<String> = articles.into_iter().map(|a| a.doc).collect();
        assert_eq!(docs, ["f.jsonl#1", "f.jsonl#3"]);
        assert!(problems[0].starts_with("line 2: malformed JSON"));
    }

    #[test]
    fn all_lines_malformed_is_an_error() {
        assert!(parse_lines("nope\n", "f.jsonl").is_err());
    }
}
