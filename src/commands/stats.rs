//! TODO
use super::Outcome;
pub fn run(_a: crate::cli::StatsArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not yet")
}
