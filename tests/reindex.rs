//! Scripted, incremental, interruptible reindex jobs: what a cron job relies on.

mod common;

use common::{stderr_of, Workspace};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

#[test]
fn second_run_with_no_change_reads_nothing() {
    let ws = Workspace::new();
    let (code, first) = ws.index_json(&[]);
    assert_eq!(code, 0);
    assert_eq!(first["added"], 4);
    assert!(first["quotations"].as_u64().unwrap() > 10);
    let (_, second) = ws.index_json(&[]);
    assert_eq!(
        (second["added"].as_u64(), second["changed"].as_u64(), second["unchanged"].as_u64()),
        (Some(0), Some(0), Some(4))
    );
    assert_eq!(second["quotations"], 0);
}

#[test]
fn changed_removed_and_renamed_files_are_followed() {
    let ws = Workspace::indexed();
    let strike = ws.corpus().join("harbour-strike.txt");
    let mut text = std::fs::read_to_string(&strike).unwrap();
    text.push_str("\n“The cranes will be silent from Monday morning,” said dock pilot Zed Quill.\n");
    std::fs::write(&strike, text).unwrap();
    std::fs::remove_file(ws.corpus().join("library-reopening.md")).unwrap();
    std::fs::rename(ws.corpus().join("observatory.html"), ws.corpus().join("comet.html")).unwrap();
    let (_, summary) = ws.index_json(&[]);
    assert_eq!(
        (summary["changed"].as_u64(), summary["removed"].as_u64(), summary["added"].as_u64()),
        (Some(1), Some(2), Some(1))
    );
    ws.saywho().args(["search", "cranes", "--speaker", "quill"]).assert().code(0);
    ws.saywho().args(["search", "", "--speaker", "thorne"]).assert().code(1);
    let hits = ws.json_lines(&["search", "comet", "--json"]);
    assert!(hits.iter().all(|h| h["doc"] == "comet.html"), "{hits:?}");
}

#[test]
fn dry_run_lists_changes_without_making_them() {
    let ws = Workspace::indexed();
    std::fs::remove_file(ws.corpus().join("library-reopening.md")).unwrap();
    let out = ws.saywho().args(["index", "corpus", "--dry-run"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().any(|l| l.starts_with("remove\t") && l.ends_with("library-reopening.md")), "{stdout}");
    ws.saywho().args(["search", "", "--speaker", "thorne"]).assert().code(0);
}

#[test]
fn rebuild_starts_over() {
    let ws = Workspace::indexed();
    let (_, summary) = ws.index_json(&["--rebuild"]);
    assert_eq!((summary["added"].as_u64(), summary["unchanged"].as_u64()), (Some(4), Some(0)));
    assert_eq!(ws.stats().unwrap()["files"], 4);
}

#[test]
fn bad_files_get_one_warning_each_and_the_rest_is_indexed() {
    let ws = Workspace::new();
    let c = ws.corpus();
    std::fs::write(c.join("binary.txt"), b"\x00\x01\x02\x03PNG\x00\x00").unwrap();
    std::fs::write(c.join("empty.txt"), b"").unwrap();
    std::fs::write(
        c.join("latin1.txt"),
        b"Title\n\n\x93The ferry costs \xa35 more from Monday,\x94 said harbour clerk Lena Vos.\n",
    )
    .unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Title\n\n\"The tunnel opens in June next year,\" said engineer Ravi Okon.\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(c.join("utf16.txt"), utf16).unwrap();
    std::fs::write(
        c.join("broken.html"),
        "<html><body><p>“The roof leaks in every storm,” said janitor Pol Adair.<div><p>unclosed",
    )
    .unwrap();
    std::fs::write(
        c.join("bad.jsonl"),
        "{\"title\":\"ok\",\"text\":\"\\\"We will open a new school soon,\\\" said mayor Una Brisk.\"}\n{not json\n",
    )
    .unwrap();
    std::fs::write(c.join("big.txt"), "x".repeat(5000)).unwrap();
    std::os::unix::fs::symlink(".", c.join("loop")).unwrap();
    let odd_name = std::ffi::OsStr::from_encoded_bytes_unchecked_safe(b"caf\xe9.txt");
    std::fs::write(c.join(odd_name), "Title\n\n\"The cafe will reopen after the holidays,\" said owner Ida Marr.\n")
        .unwrap();

    let out = ws.saywho().args(["index", "corpus", "--json", "--max-file-size", "4000"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    for (file, reason) in [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("bad.jsonl", "line 2"),
        ("big.txt", "too large"),
        ("loop", "symlink loop"),
    ] {
        let line =
            stderr.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("no warning for {file}: {stderr}"));
        assert!(line.contains(reason), "{line}");
    }
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["failed"], 4, "{summary}");
    for speaker in ["vos", "okon", "adair", "brisk", "marr", "kowalczyk"] {
        ws.saywho().args(["search", "", "--speaker", speaker]).assert().code(0);
    }
    let hits = ws.json_lines(&["search", "ferry", "--json"]);
    assert_eq!(hits[0]["quote"], "The ferry costs £5 more from Monday,");

    let (code, _) = ws.index_json(&["--strict", "--rebuild", "--max-file-size", "4000"]);
    assert_eq!(code, 3);
}

/// `OsStr::from_encoded_bytes_unchecked` is unsafe; on Unix any bytes are a valid file name.
trait FromBytes {
    fn from_encoded_bytes_unchecked_safe(bytes: &[u8]) -> &std::ffi::OsStr;
}
impl FromBytes for std::ffi::OsStr {
    fn from_encoded_bytes_unchecked_safe(bytes: &[u8]) -> &std::ffi::OsStr {
        std::os::unix::ffi::OsStrExt::from_bytes(bytes)
    }
}

/// Polls `stats` until the index has committed at least one file.
fn wait_for_first_commit(ws: &Workspace) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(files) = ws.stats().and_then(|s| s["files"].as_u64()).filter(|&f| f > 0) {
            return files;
        }
        assert!(Instant::now() < deadline, "no commit within two minutes");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn spawn_index(ws: &Workspace, extra: &[&str]) -> std::process::Child {
    Process::new(env!("CARGO_BIN_EXE_saywho"))
        .current_dir(ws.dir.path())
        .env("SAYWHO_INDEX", ws.index())
        .args(["index", "corpus", "--quiet"])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killed_run_leaves_last_commit_and_next_run_completes() {
    let ws = Workspace::indexed();
    ws.generate_articles(12_000);
    let mut child = spawn_index(&ws, &["--commit-every", "0"]);
    let before_kill = wait_for_first_commit_beyond(&ws, 4);
    child.kill().unwrap();
    child.wait().unwrap();
    let after_kill = ws.stats().expect("index opens after SIGKILL")["files"].as_u64().unwrap();
    assert!(after_kill >= before_kill && after_kill < 12_004, "{after_kill}");
    ws.saywho().args(["search", "strike"]).assert().code(0);
    let (code, summary) = ws.index_json(&[]);
    assert_eq!(code, 0);
    assert_eq!(summary["unchanged"].as_u64().unwrap() + summary["added"].as_u64().unwrap(), 12_004);
    assert_eq!(ws.stats().unwrap()["files"], 12_004);
}

fn wait_for_first_commit_beyond(ws: &Workspace, known: u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let files = wait_for_first_commit(ws);
        if files > known {
            return files;
        }
        assert!(Instant::now() < deadline, "no new commit within two minutes");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_c_commits_what_is_done_and_exits_130() {
    let ws = Workspace::new();
    ws.generate_articles(12_000);
    let child = spawn_index(&ws, &["--commit-every", "0"]);
    let seen = wait_for_first_commit(&ws);
    Process::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let status = child.wait_with_output().unwrap().status;
    assert_eq!(status.code(), Some(130));
    let files = ws.stats().unwrap()["files"].as_u64().unwrap();
    assert!(files >= seen && files < 12_004, "{files}");
    let (code, _) = ws.index_json(&[]);
    assert_eq!(code, 0);
    assert_eq!(ws.stats().unwrap()["files"], 12_004);
}

#[test]
fn a_second_writer_is_refused_and_searches_keep_working() {
    let ws = Workspace::indexed();
    let index = tantivy::Index::open_in_dir(ws.index()).unwrap();
    let _writer: tantivy::IndexWriter = index.writer(50_000_000).unwrap();
    let (code, stderr) = stderr_of(ws.saywho().args(["index", "corpus"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("index is being written by another saywho process"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
    ws.saywho().args(["search", "strike"]).assert().code(0);
}

#[test]
fn an_index_with_another_schema_asks_for_rebuild() {
    let ws = Workspace::new();
    let mut builder = tantivy::schema::Schema::builder();
    builder.add_text_field("body", tantivy::schema::TEXT);
    std::fs::create_dir_all(ws.index()).unwrap();
    tantivy::Index::create_in_dir(ws.index(), builder.build()).unwrap();
    let (code, stderr) = stderr_of(ws.saywho().args(["search", "strike"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("saywho index --rebuild"), "{stderr}");
    let (code, _) = ws.index_json(&["--rebuild"]);
    assert_eq!(code, 0);
    ws.saywho().args(["search", "strike"]).assert().code(0);
}

#[test]
fn a_touched_file_keeps_its_quotations_without_extraction() {
    let ws = Workspace::indexed();
    let strike = ws.corpus().join("harbour-strike.txt");
    let later = std::time::SystemTime::now() + Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&strike).unwrap().set_modified(later).unwrap();
    let (_, summary) = ws.index_json(&[]);
    assert_eq!(
        (summary["changed"].as_u64(), summary["unchanged"].as_u64(), summary["quotations"].as_u64()),
        (Some(0), Some(4), Some(0))
    );
    ws.saywho().args(["search", "crane", "--speaker", "kowalczyk"]).assert().code(0);
    let (_, again) = ws.index_json(&[]);
    assert_eq!(again["unchanged"], 4);
    let stats = ws.stats().unwrap();
    assert_eq!(stats["files"], 4);
    assert_eq!(stats["quotations"].as_u64().unwrap(), ws.json_lines(&["extract", "corpus", "--json"]).len() as u64);
}

#[test]
fn a_write_error_stops_the_job_and_keeps_the_last_commit() {
    let ws = Workspace::indexed();
    ws.generate_articles(3_000);
    // A file size limit makes the index's writes fail as a full disk would (SIGXFSZ ignored).
    let command = format!(
        "trap '' XFSZ; ulimit -f 16; exec {} index corpus --index {}",
        env!("CARGO_BIN_EXE_saywho"),
        ws.index().display()
    );
    let out = Process::new("bash").args(["-c", &command]).current_dir(ws.dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot write the index at"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(ws.stats().expect("the index opens at its last commit")["files"], 4);
    let (code, _) = ws.index_json(&[]);
    assert_eq!(code, 0);
    assert_eq!(ws.stats().unwrap()["files"], 3_004);
}
