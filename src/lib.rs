//! saywho: who said what across a folder of news articles.
//!
//! The data flow is the architecture: [`crawl`] walks a corpus folder, [`article`] reads each file,
//! [`extract`] finds and attributes quotations, [`index`] stores them in Tantivy, [`search`] answers
//! queries and [`output`] prints them. [`commands`] wires the stages to the CLI.

pub mod article;
pub mod cli;
pub mod commands;
pub mod context;
pub mod crawl;
pub mod extract;
pub mod hash;
pub mod index;
pub mod output;
pub mod record;
pub mod search;
