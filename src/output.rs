//! Records and hits -> text for people, or JSON, JSON Lines, CSV, TSV for scripts. The one place
//! that decides about colour: only when stdout is a terminal and `NO_COLOR` is unset.

use crate::cli::Format;
use crate::record::Record;
use crate::search::Hit;
use serde::Serialize;
use serde_json::{Map, Value};
use std::io::{IsTerminal, Write};

/// Every field a hit has, in output order.
pub const FIELDS: &[&str] = &[
    "score",
    "speaker",
    "speaker_mention",
    "role",
    "kind",
    "cue",
    "quote",
    "doc",
    "line",
    "title",
    "date",
    "url",
    "path",
    "start",
    "end",
    "paragraph",
    "id",
    "highlights",
];

/// Fields of CSV and TSV output when `--fields` is not given.
const DEFAULT_TABLE_FIELDS: &[&str] = &["score", "speaker", "role", "kind", "cue", "quote", "doc", "line", "id"];

/// Whether output to stdout may use colour.
pub fn use_colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Checks `--fields` against the fields hits have.
pub fn check_fields(fields: &[String]) -> anyhow::Result<()> {
    match fields.iter().find(|f| !FIELDS.contains(&f.as_str())) {
        Some(bad) => anyhow::bail!("unknown field {bad:?} in --fields; fields are: {}", FIELDS.join(", ")),
        None => Ok(()),
    }
}

/// ANSI styles, or nothing when colour is off.
#[derive(Clone, Copy)]
pub struct Style {
    colour: bool,
}

impl Style {
    pub fn new(colour: bool) -> Style {
        Style { colour }
    }
    fn paint(&self, code: &str, s: &str) -> String {
        if self.colour && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn speaker(&self, s: &str) -> String {
        self.paint("1;32", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn path(&self, s: &str) -> String {
        self.paint("35", s)
    }
    pub fn highlight(&self, s: &str) -> String {
        self.paint("1;33", s)
    }
}

/// Writes one value as a line of JSON.
pub fn json_line<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Prints hits in the chosen format. `contexts`, when given, holds the text around each hit.
pub struct Printer {
    pub format: Format,
    pub fields: Vec<String>,
    pub style: Style,
}

impl Printer {
    pub fn hits<W: Write>(&self, out: &mut W, hits: &[Hit], contexts: &[Option<String>]) -> std::io::Result<()> {
        match self.format {
            Format::Text => {
                for (n, hit) in hits.iter().enumerate() {
                    record_block(out, &hit.record, Some(hit.score), &hit.highlights, self.style)?;
                    if let Some(Some(context)) = contexts.get(n) {
                        writeln!(out, "  {}", self.style.dim(context))?;
                        writeln!(out)?;
                    }
                }
                Ok(())
            }
            Format::Jsonl => hits.iter().try_for_each(|h| json_line(out, &self.selected(h))),
            Format::Json => {
                let all: Vec<Value> = hits.iter().map(|h| self.selected(h)).collect();
                json_line(out, &all)
            }
            Format::Csv | Format::Tsv => {
                let fields = self.table_fields();
                self.table_row(out, &fields.iter().map(|f| f.to_string()).collect::<Vec<_>>())?;
                for hit in hits {
                    let value = serde_json::to_value(hit).unwrap_or(Value::Null);
                    let row: Vec<String> = fields.iter().map(|f| cell(value.get(*f))).collect();
                    self.table_row(out, &row)?;
                }
                Ok(())
            }
        }
    }

    /// A hit as JSON, with only the chosen fields when `--fields` was given.
    fn selected(&self, hit: &Hit) -> Value {
        let value = serde_json::to_value(hit).unwrap_or(Value::Null);
        if self.fields.is_empty() {
            return value;
        }
        let mut map = Map::new();
        for f in &self.fields {
            map.insert(f.clone(), value.get(f).cloned().unwrap_or(Value::Null));
        }
        Value::Object(map)
    }

    fn table_fields(&self) -> Vec<&str> {
        if self.fields.is_empty() {
            DEFAULT_TABLE_FIELDS.to_vec()
        } else {
            self.fields.iter().map(String::as_str).collect()
        }
    }

    fn table_row<W: Write>(&self, out: &mut W, cells: &[String]) -> std::io::Result<()> {
        let line = match self.format {
            Format::Tsv => cells.iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect::<Vec<_>>().join("\t"),
            _ => cells.iter().map(|c| csv_escape(c)).collect::<Vec<_>>().join(","),
        };
        writeln!(out, "{line}")
    }
}

/// A JSON value as a table cell: strings as they are, the rest as JSON.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

/// RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes.
fn csv_escape(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A record as a block for people: speaker (role), the quotation with the query's words
/// highlighted, its article and place.
pub fn record_block<W: Write>(
    out: &mut W,
    r: &Record,
    score: Option<f32>,
    highlights: &[[usize; 2]],
    style: Style,
) -> std::io::Result<()> {
    let role = if r.role.is_empty() { String::new() } else { format!(" ({})", r.role) };
    let cue = if r.cue.is_empty() { String::new() } else { format!(" {}", r.cue) };
    writeln!(
        out,
        "{}{} {}",
        style.speaker(&r.speaker),
        style.dim(&role),
        style.dim(&format!("[{}{cue}]", r.kind.as_str()))
    )?;
    writeln!(out, "  “{}”", highlighted(&r.quote, highlights, style))?;
    let title = if r.title.is_empty() { String::new() } else { format!("{} — ", r.title) };
    let score = score.filter(|s| *s > 0.0).map(|s| format!("  score {s:.2}")).unwrap_or_default();
    writeln!(
        out,
        "  {}{}{}  {}",
        style.dim(&title),
        style.path(&format!("{}:{}", r.doc, r.line)),
        style.dim(&score),
        style.dim(&r.id)
    )?;
    writeln!(out)
}

/// `text` with the byte ranges painted; unchanged without colour.
pub fn highlighted(text: &str, ranges: &[[usize; 2]], style: Style) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &[start, end] in ranges {
        if start < at || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&style.highlight(&text[start..end]));
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_escape("plain"), "plain");
        assert_eq!(csv_escape("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn highlights_paint_ranges_only_with_colour() {
        assert_eq!(
            highlighted("an international coalition", &[[3, 16]], Style::new(false)),
            "an international coalition"
        );
        assert_eq!(highlighted("ab", &[[0, 1]], Style::new(true)), "\x1b[1;33ma\x1b[0mb");
    }
}
