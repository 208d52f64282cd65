//! Walk a corpus folder -> the article files in it, with the identity used for incremental
//! reindexing (size, modification time). Hidden files and folders are skipped; symlinks are
//! followed, and loops are reported, not followed. Problems are values, not panics.

use crate::article::Format;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use walkdir::WalkDir;

/// An article file found under a corpus root.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// Path relative to the corpus root, `/`-separated (the file name when the root is a file).
    pub doc: String,
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch (0 when unknown).
    pub mtime: i64,
}

/// A path the walk could not use, and why.
#[derive(Debug, Clone)]
pub struct Problem {
    pub path: PathBuf,
    pub reason: String,
}

/// Walks `root` (a folder or a single file), yielding article files and problems in path order.
pub fn walk(root: &Path) -> impl Iterator<Item = Result<SourceFile, Problem>> + '_ {
    WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()))
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() && Format::of(e.path()).is_some() => {
                Some(source_file(root, e.path(), e.metadata().ok()))
            }
            Ok(_) => None,
            Err(err) => Some(Err(walk_problem(root, err))),
        })
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn source_file(root: &Path, path: &Path, meta: Option<std::fs::Metadata>) -> Result<SourceFile, Problem> {
    let meta = meta.ok_or_else(|| Problem { path: path.to_path_buf(), reason: "cannot read file metadata".into() })?;
    let mtime = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i64);
    Ok(SourceFile { path: path.to_path_buf(), doc: doc_name(root, path), size: meta.len(), mtime })
}

/// The name of a file in output: relative to the root folder, or its file name when the root is
/// the file itself.
pub fn doc_name(root: &Path, path: &Path) -> String {
    let relative = match path.strip_prefix(root) {
        Ok(r) if !r.as_os_str().is_empty() => r,
        _ => Path::new(path.file_name().unwrap_or(path.as_os_str())),
    };
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

fn walk_problem(root: &Path, err: walkdir::Error) -> Problem {
    let path = err.path().unwrap_or(root).to_path_buf();
    let reason = if err.loop_ancestor().is_some() {
        "symlink loop, not followed".to_string()
    } else if let Some(io) = err.io_error() {
        io.to_string()
    } else {
        err.to_string()
    };
    Problem { path, reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_article_files_and_skips_hidden_and_others() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        for f in ["a.txt", "sub/b.html", "sub/c.jsonl", ".hidden.txt", ".git/d.txt", "e.png"] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let docs: Vec<String> = walk(root).map(|f| f.unwrap().doc).collect();
        assert_eq!(docs, ["a.txt", "sub/b.html", "sub/c.jsonl"]);
    }

    #[test]
    fn a_single_file_is_named_by_its_file_name() {
        assert_eq!(doc_name(Path::new("x/y.txt"), Path::new("x/y.txt")), "y.txt");
    }
}
