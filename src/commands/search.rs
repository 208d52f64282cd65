//! `saywho search QUERY`: ranked quotations, as blocks for people or JSON Lines.

use super::Outcome;
use crate::cli::SearchArgs;
use crate::index;
use crate::output::{self, Style};
use crate::search::{self, Request};
use std::io::Write;

pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let (idx, fields) = index::open(&args.location.dir)?;
    let searcher = idx.reader()?.searcher();
    let request =
        Request { query: args.query.clone(), speaker: args.speaker.clone(), kind: args.kind, limit: args.limit };
    let hits = search::search(&idx, &fields, &searcher, &request)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let style = Style::new(output::use_colour());
    for hit in &hits {
        if args.json {
            output::json_line(&mut out, hit)?;
        } else {
            output::record_block(&mut out, &hit.record, Some(hit.score), style)?;
        }
    }
    out.flush()?;
    Ok(if hits.is_empty() { Outcome::NothingFound } else { Outcome::Found })
}
