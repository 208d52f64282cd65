//! `saywho search QUERY`: ranked quotations, as blocks for people or JSON/CSV/TSV for scripts;
//! `--group-by speaker` shows who talks most about the query, each with their best quotations.

use super::Outcome;
use crate::cli::{Format, GroupBy, SearchArgs};
use crate::output::{self, Printer, Style};
use crate::search::{Engine, Hit, Request, SearchError};
use crate::{context, index};
use serde::Serialize;
use std::io::Write;

/// Quotations shown under each speaker with `--group-by speaker`.
const QUOTES_PER_SPEAKER: usize = 2;

pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let started = std::time::Instant::now();
    output::check_fields(&args.format.fields)?;
    let (idx, fields) = index::open(&args.location.dir)?;
    let searcher = index::searcher(&idx)?;
    let opened = started.elapsed();
    let engine = Engine { index: &idx, fields: &fields, searcher: &searcher };
    let request = args.request();
    let printer = Printer {
        format: args.format.format(),
        fields: args.format.fields.clone(),
        style: Style::new(output::use_colour()),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let found = match args.group_by {
        Some(GroupBy::Speaker) => by_speaker(&engine, &request, &printer, &mut out)?,
        None => {
            let hits = engine.search(&request)?;
            if args.timing {
                let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
                let total = started.elapsed();
                eprintln!(
                    "saywho: search took {:.3} ms: opening the index {:.3} ms, the query {:.3} ms",
                    ms(total),
                    ms(opened),
                    ms(total - opened)
                );
            }
            let contexts: Vec<Option<String>> = match args.context {
                Some(n) => hits.iter().map(|h| context_of(h, n)).collect(),
                None => vec![],
            };
            printer.hits(&mut out, &hits, &contexts)?;
            !hits.is_empty()
        }
    };
    out.flush()?;
    Ok(if found { Outcome::Found } else { Outcome::NothingFound })
}

/// Runs a search, except that `--speaker` matching nobody ends as "nothing found", with the
/// closest names on stderr, rather than as an error.
pub fn run_reporting_unknown_speakers(args: SearchArgs) -> anyhow::Result<Outcome> {
    match run(args) {
        Err(e) => match e.downcast_ref::<SearchError>() {
            Some(unknown @ SearchError::UnknownSpeaker { .. }) => {
                eprintln!("saywho: {unknown}");
                Ok(Outcome::NothingFound)
            }
            _ => Err(e),
        },
        ok => ok,
    }
}

fn context_of(hit: &Hit, sentences: usize) -> Option<String> {
    let article = context::article_of(&hit.record)?;
    context::sentences_around(&article, &hit.record, sentences)
}

/// One speaker with their number of matching quotations and best ones.
#[derive(Serialize)]
struct SpeakerGroup {
    speaker: String,
    quotations: u64,
    hits: Vec<Hit>,
}

fn by_speaker<W: Write>(engine: &Engine, request: &Request, printer: &Printer, out: &mut W) -> anyhow::Result<bool> {
    let counts = engine.speaker_counts(request)?;
    let groups: Vec<SpeakerGroup> = counts
        .into_iter()
        .skip(request.offset)
        .take(request.limit)
        .map(|(speaker, quotations)| {
            let exact = Request { speaker: None, limit: QUOTES_PER_SPEAKER, offset: 0, ..request.clone() };
            let hits = engine.search_by_exact_speaker(&exact, &speaker)?;
            Ok(SpeakerGroup { speaker, quotations, hits })
        })
        .collect::<anyhow::Result<_>>()?;
    match printer.format {
        Format::Text => {
            for g in &groups {
                writeln!(
                    out,
                    "{}  {}",
                    printer.style.speaker(&g.speaker),
                    printer.style.dim(&format!("{} quotations", g.quotations))
                )?;
                for hit in &g.hits {
                    writeln!(out, "  “{}”", output::highlighted(&hit.record.quote, &hit.highlights, printer.style))?;
                    writeln!(out, "    {}", printer.style.path(&format!("{}:{}", hit.record.doc, hit.record.line)))?;
                }
                writeln!(out)?;
            }
        }
        Format::Json => output::json_line(out, &groups)?,
        _ => groups.iter().try_for_each(|g| output::json_line(out, g))?,
    }
    Ok(!groups.is_empty())
}
