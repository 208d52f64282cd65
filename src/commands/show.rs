//! `saywho show ID`: one quotation inside its paragraph, with its article's title, date, url
//! and path.

use super::Outcome;
use crate::cli::ShowArgs;
use crate::output::{self, Style};
use crate::search::Engine;
use crate::{context, index};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    record: &'a crate::record::Record,
    /// The paragraph around the quotation, when the article could be read again.
    paragraph_text: Option<String>,
}

pub fn run(args: ShowArgs) -> anyhow::Result<Outcome> {
    let (idx, fields) = index::open(&args.location.dir)?;
    let searcher = index::searcher(&idx)?;
    let engine = Engine { index: &idx, fields: &fields, searcher: &searcher };
    let Some(record) = engine.by_id(&args.id)? else {
        eprintln!("saywho: no quotation with id {:?}", args.id);
        return Ok(Outcome::NothingFound);
    };
    let paragraph = context::article_of(&record).and_then(|a| context::paragraph(&a, &record));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        output::json_line(&mut out, &Shown { record: &record, paragraph_text: paragraph })?;
    } else {
        let style = Style::new(output::use_colour());
        writeln!(out, "{}", style.speaker(&record.title))?;
        for (label, value) in
            [("date", record.date.as_deref()), ("url", record.url.as_deref()), ("path", Some(record.path.as_str()))]
        {
            if let Some(v) = value {
                writeln!(out, "{}  {v}", style.dim(&format!("{label:<5}")))?;
            }
        }
        let role = if record.role.is_empty() { String::new() } else { format!(" ({})", record.role) };
        writeln!(out, "{}  {}{role}, {} {}", style.dim("who  "), record.speaker, record.kind.as_str(), record.cue)?;
        writeln!(out)?;
        let text = paragraph.unwrap_or_else(|| record.quote.clone());
        let ranges: Vec<[usize; 2]> =
            text.find(&record.quote).map(|s| vec![[s, s + record.quote.len()]]).unwrap_or_default();
        writeln!(out, "{}", output::highlighted(&text, &ranges, style))?;
    }
    out.flush()?;
    Ok(Outcome::Found)
}
