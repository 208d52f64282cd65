//! Shared by the integration tests: a temporary copy of `corpus/` and the binary run inside it.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A temporary copy of the sample corpus and an index location beside it.
pub struct Workspace {
    pub dir: TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
        }
        Workspace { dir }
    }
    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }
    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }
    pub fn saywho(&self) -> Command {
        let mut cmd = Command::cargo_bin("saywho").unwrap();
        cmd.current_dir(self.dir.path()).env("SAYWHO_INDEX", self.index()).env_remove("NO_COLOR");
        cmd
    }
    pub fn indexed() -> Workspace {
        let ws = Workspace::new();
        ws.saywho().args(["index", "corpus"]).assert().success();
        ws
    }
    pub fn json_lines(&self, args: &[&str]) -> Vec<Value> {
        let out = self.saywho().args(args).output().unwrap();
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }
}

impl Workspace {
    /// The `--json` summary of an index run, with its exit code.
    pub fn index_json(&self, extra: &[&str]) -> (i32, Value) {
        let out = self.saywho().args(["index", "corpus", "--json"]).args(extra).output().unwrap();
        let summary = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out.status.code().unwrap_or(-1), summary)
    }

    /// Writes `n` small generated articles, each with one attributed quotation, under `corpus/bulk/`.
    pub fn generate_articles(&self, n: usize) {
        let dir = self.corpus().join("bulk");
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..n {
            let text = format!(
                "Generated article {i}\n\nFictional text written by the saywho tests.\n\n\
                 \"The reservoir number {i} will be full by spring,\" said engineer Mira Castell.\n"
            );
            std::fs::write(dir.join(format!("a{i:05}.txt")), text).unwrap();
        }
    }

    /// `stats --json`, or `None` when the index cannot be opened.
    pub fn stats(&self) -> Option<Value> {
        let out = self.saywho().args(["stats", "--json"]).output().unwrap();
        out.status.success().then(|| serde_json::from_slice(&out.stdout).unwrap())
    }
}

pub fn stderr_of(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}
