//! `saywho stats`: what an index holds.

use super::Outcome;
use crate::cli::StatsArgs;
use crate::index;
use crate::search::{Engine, Request};
use serde::Serialize;

#[derive(Serialize)]
struct Stats {
    index: String,
    files: usize,
    articles: u64,
    quotations: u64,
    speakers: usize,
    size_bytes: u64,
    /// Seconds since the Unix epoch of the last commit.
    last_indexed: Option<u64>,
}

pub fn run(args: StatsArgs) -> anyhow::Result<Outcome> {
    let dir = &args.location.dir;
    let (idx, fields) = index::open(dir)?;
    let searcher = index::searcher(&idx)?;
    let files = index::file_states(&searcher, &fields)?;
    let engine = Engine { index: &idx, fields: &fields, searcher: &searcher };
    let speakers = engine.speaker_counts(&Request::default())?;
    let stats = Stats {
        index: dir.display().to_string(),
        files: files.len(),
        articles: files.values().map(|f| f.articles).sum(),
        quotations: files.values().map(|f| f.quotations).sum(),
        speakers: speakers.len(),
        size_bytes: index::disk_size(dir),
        last_indexed: index::commit_info(&idx).map(|c| c.committed_at),
    };
    if args.json {
        println!("{}", serde_json::to_string(&stats)?);
    } else {
        println!("index        {}", stats.index);
        println!("files        {}", stats.files);
        println!("articles     {}", stats.articles);
        println!("quotations   {}", stats.quotations);
        println!("speakers     {}", stats.speakers);
        println!("size         {:.1} MB", stats.size_bytes as f64 / 1e6);
        let when = stats.last_indexed.map_or("never".to_string(), format_timestamp);
        println!("last indexed {when}");
    }
    Ok(Outcome::Found)
}

/// `YYYY-MM-DD HH:MM:SS UTC` for seconds since the epoch.
fn format_timestamp(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Inverse of days_from_civil (Howard Hinnant).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_timestamps() {
        assert_eq!(super::format_timestamp(1_441_324_800 + 3661), "2015-09-04 01:01:01 UTC");
    }
}
