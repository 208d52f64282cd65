//! TODO
use super::Outcome;
pub fn run(_a: crate::cli::SpeakersArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not yet")
}
