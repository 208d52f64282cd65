//! One file per subcommand, each a `run(args) -> Result<Outcome>`.

mod export;
mod extract;
mod index;
mod search;
mod show;
mod speakers;
mod stats;

use crate::cli::{Cli, Command};

/// What a command found, mapped to grep-like exit codes by `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Something was found or done: exit 0.
    Found,
    /// Nothing matched: exit 1.
    NothingFound,
    /// Done, but some input files failed and `--strict` was given: exit 3.
    SomeFilesFailed,
    /// Stopped by Ctrl-C after committing what was done: exit 130.
    Interrupted,
}

impl Outcome {
    pub fn exit_code(self) -> i32 {
        match self {
            Outcome::Found => 0,
            Outcome::NothingFound => 1,
            Outcome::SomeFilesFailed => 3,
            Outcome::Interrupted => 130,
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Index(args) => index::run(args, cli.quiet),
        Command::Search(args) => search::run_reporting_unknown_speakers(args),
        Command::Extract(args) => extract::run(args),
        Command::Speakers(args) => speakers::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Show(args) => show::run(args),
        Command::Export(args) => export::run(args, cli.quiet),
        Command::Completions(args) => {
            let mut cli = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut cli, "saywho", &mut script);
            std::io::Write::write_all(&mut std::io::stdout(), &script)?;
            Ok(Outcome::Found)
        }
        Command::Man => {
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut std::io::stdout())?;
            Ok(Outcome::Found)
        }
    }
}

/// Runs the work on one file so that a bug in it (a panic) fails that file, not the whole run.
pub fn guarded<T>(work: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        let message =
            panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned());
        Err(format!("internal error, file skipped: {}", message.unwrap_or_default()))
    })
}

/// Prints a one-line warning about one input file on stderr.
pub fn warn(path: &std::path::Path, reason: &str) {
    eprintln!("saywho: warning: {}: {reason}", path.display());
}
