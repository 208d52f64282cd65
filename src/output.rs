//! Records and hits -> text for people or JSON Lines for scripts. The one place that decides
//! about colour: only when stdout is a terminal and `NO_COLOR` is unset.

use crate::record::Record;
use serde::Serialize;
use std::io::{IsTerminal, Write};

/// Whether output to stdout may use colour.
pub fn use_colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
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
        if self.colour {
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
}

/// Writes one value as a line of JSON.
pub fn json_line<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// A record as a block for people: speaker (role), the quotation, its article and place.
pub fn record_block<W: Write>(out: &mut W, r: &Record, score: Option<f32>, style: Style) -> std::io::Result<()> {
    let role = if r.role.is_empty() { String::new() } else { format!(" ({})", r.role) };
    writeln!(
        out,
        "{}{} {}",
        style.speaker(&r.speaker),
        style.dim(&role),
        style.dim(&format!("[{} {}]", r.kind.as_str(), r.cue))
    )?;
    writeln!(out, "  “{}”", r.quote)?;
    let title = if r.title.is_empty() { String::new() } else { format!("{} — ", r.title) };
    let score = score.map(|s| format!("  score {s:.2}")).unwrap_or_default();
    writeln!(out, "  {}{}{}", style.dim(&title), style.path(&format!("{}:{}", r.doc, r.line)), style.dim(&score))?;
    writeln!(out)
}
