//! TODO
use super::Outcome;
pub fn run(_a: crate::cli::IndexArgs, _q: bool) -> anyhow::Result<Outcome> {
    anyhow::bail!("not yet")
}
