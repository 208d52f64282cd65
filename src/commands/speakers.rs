//! `saywho speakers [QUERY]`: who is quoted (about QUERY), with counts, most first.

use super::Outcome;
use crate::cli::SpeakersArgs;
use crate::index;
use crate::output::{self, Style};
use crate::search::Engine;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct SpeakerCount<'a> {
    speaker: &'a str,
    quotations: u64,
}

pub fn run(args: SpeakersArgs) -> anyhow::Result<Outcome> {
    let (idx, fields) = index::open(&args.location.dir)?;
    let searcher = index::searcher(&idx)?;
    let engine = Engine { index: &idx, fields: &fields, searcher: &searcher };
    let request = args.filters.request(&args.query);
    let counts = engine.speaker_counts(&request)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let style = Style::new(output::use_colour());
    for (speaker, quotations) in counts.iter().take(args.limit) {
        if args.json {
            output::json_line(&mut out, &SpeakerCount { speaker, quotations: *quotations })?;
        } else {
            writeln!(out, "{quotations:>6}  {}", style.speaker(speaker))?;
        }
    }
    out.flush()?;
    Ok(if counts.is_empty() { Outcome::NothingFound } else { Outcome::Found })
}
