//! Plain text and Markdown: the first non-empty line is the title, blank lines separate paragraphs.

use super::decode::Decoded;
use super::{Article, Format};
use std::ops::Range;

pub fn parse(decoded: Decoded, format: Format, doc: &str) -> Article {
    let title = decoded.text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
    let title = match format {
        Format::Markdown => title.trim_start_matches('#').trim(),
        _ => title,
    }
    .to_string();
    let anchors = if decoded.bom > 0 && decoded.utf8 { vec![(0, decoded.bom)] } else { vec![] };
    Article { anchors, ..Article::from_plain_text(doc.to_string(), title, decoded.text) }
}

/// Byte ranges of the paragraphs of `text`, trimmed: blocks between blank lines, or single lines
/// when the text has no blank line at all. Inside a block, a line break is a paragraph break
/// unless the block is hard-wrapped (all its lines short), as in wire copy.
pub fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let has_blank_line = text.lines().any(|l| l.trim().is_empty());
    let mut out = Vec::new();
    for block in blocks(text) {
        let lines = line_ranges(text, block.clone());
        let wrapped = lines.iter().all(|l| l.len() <= HARD_WRAP_WIDTH);
        if has_blank_line && wrapped && lines.len() > 1 {
            out.push(block);
        } else {
            out.extend(lines);
        }
    }
    out
}

/// Lines longer than this are not hard-wrapped text.
const HARD_WRAP_WIDTH: usize = 100;

/// Blank-line separated blocks, trimmed.
fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        start.get_or_insert(line_start + lead);
        end = line_start + content.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

/// The trimmed, non-empty lines of `text[block]`.
fn line_ranges(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = block.start;
    for line in text[block].split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(offset + lead..offset + lead + trimmed.len());
        }
        offset += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Title\n\nFirst line\nwraps here.\n\n  Second.\n";
        let ranges: Vec<&str> = paragraph_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(ranges, ["Title", "First line\nwraps here.", "Second."]);
    }

    #[test]
    fn long_lines_in_a_block_are_paragraphs_of_their_own() {
        let long = "x".repeat(120);
        let text = format!("Title\n\n{long}\n{long}\n");
        assert_eq!(paragraph_ranges(&text).len(), 3);
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let text = "Title\nOne.\nTwo.";
        let ranges: Vec<&str> = paragraph_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(ranges, ["Title", "One.", "Two."]);
    }

    #[test]
    fn markdown_title_loses_its_hashes() {
        let decoded = Decoded { text: "# Big news\n\nBody.".into(), bom: 0, utf8: true };
        assert_eq!(parse(decoded, Format::Markdown, "a.md").title, "Big news");
    }
}
