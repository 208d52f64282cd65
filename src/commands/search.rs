//! TODO
use super::Outcome;
pub fn run(_a: crate::cli::SearchArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not yet")
}
