//! The CLI contract, driven as a user would: the real binary on a temporary copy of `corpus/`.

mod common;

use common::Workspace;
use predicates::prelude::*;

#[test]
fn index_then_search_finds_the_quotation_and_its_speaker() {
    let ws = Workspace::indexed();
    ws.saywho()
        .args(["search", "crane quay"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Marta Kowalczyk"))
        .stdout(predicate::str::contains("Every crane on this quay will stop."))
        .stdout(predicate::str::contains("harbour-strike.txt:"));
}

#[test]
fn index_prints_a_one_line_summary() {
    let ws = Workspace::new();
    ws.saywho().args(["index", "corpus"]).assert().success().stderr(
        predicate::str::is_match(r"^saywho: 4 added, 0 changed, 0 removed, 0 unchanged, 0 failed; \d+ quotations")
            .unwrap(),
    );
}

#[test]
fn search_json_lines_carry_every_field_and_a_score() {
    let ws = Workspace::indexed();
    let hits = ws.json_lines(&["search", "comet", "--json"]);
    assert!(!hits.is_empty());
    for hit in &hits {
        for field in [
            "id",
            "doc",
            "title",
            "speaker",
            "speaker_mention",
            "role",
            "quote",
            "kind",
            "cue",
            "start",
            "end",
            "paragraph",
            "line",
            "score",
        ] {
            assert!(hit.get(field).is_some(), "missing {field} in {hit}");
        }
    }
    assert_eq!(hits[0]["doc"], "observatory.html");
    assert_eq!(hits[0]["date"], "2024-03-14T08:30:00Z");
}

#[test]
fn pronoun_and_surname_resolve_to_the_full_name() {
    let ws = Workspace::indexed();
    let hits = ws.json_lines(&["search", "\"clear result\"", "--json"]);
    assert_eq!(hits[0]["speaker"], "Marta Kowalczyk");
    assert_eq!(hits[0]["speaker_mention"], "she");
    let hits = ws.json_lines(&["search", "\"last day\"", "--json"]);
    assert_eq!(hits[0]["speaker"], "Oliver Brandt");
}

#[test]
fn speaker_filter_matches_a_word_of_the_name() {
    let ws = Workspace::indexed();
    let hits = ws.json_lines(&["search", "", "--speaker", "BRANDT", "--json"]);
    assert!(hits.len() >= 2);
    assert!(hits.iter().all(|h| h["speaker"] == "Oliver Brandt"));
}

#[test]
fn query_syntax_filters_by_field_and_kind() {
    let ws = Workspace::indexed();
    let hits = ws.json_lines(&["search", "kind:direct AND speaker:varga", "--json"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["kind"], "direct");
    let hits = ws.json_lines(&["search", "comet", "--kind", "mixed", "--json"]);
    assert!(hits.iter().all(|h| h["kind"] == "mixed"));
}

#[test]
fn no_hit_exits_1_and_bad_query_exits_2_with_one_line() {
    let ws = Workspace::indexed();
    ws.saywho().args(["search", "zeppelin"]).assert().code(1).stdout("");
    let out = ws.saywho().args(["search", "nosuchfield:x"]).assert().code(2);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("invalid query"), "{stderr}");
}

#[test]
fn missing_index_says_to_run_index() {
    let ws = Workspace::new();
    ws.saywho().args(["search", "strike"]).assert().code(2).stderr(predicate::str::contains("run `saywho index`"));
}

#[test]
fn no_colour_in_a_pipe() {
    let ws = Workspace::indexed();
    ws.saywho().args(["search", "strike"]).assert().success().stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn speakers_are_counted_most_first() {
    let ws = Workspace::indexed();
    let rows = ws.json_lines(&["speakers", "--json"]);
    assert_eq!(rows[0]["speaker"], "Marta Kowalczyk");
    let counts: Vec<u64> = rows.iter().map(|r| r["quotations"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let about_comets = ws.json_lines(&["speakers", "comet", "--json"]);
    assert_eq!(about_comets[0]["speaker"], "Ines Varga");
}

#[test]
fn stats_count_what_extract_finds() {
    let ws = Workspace::indexed();
    let extracted = ws.json_lines(&["extract", "corpus", "--json"]).len() as u64;
    let stats = &ws.json_lines(&["stats", "--json"])[0];
    assert_eq!(stats["files"], 4);
    assert_eq!(stats["articles"], 5);
    assert_eq!(stats["quotations"].as_u64().unwrap(), extracted);
    assert!(stats["last_indexed"].as_u64().unwrap() > 0);
}

#[test]
fn extract_offsets_point_at_the_quotation_in_the_file() {
    let ws = Workspace::new();
    let quotes = ws.json_lines(&["extract", "corpus", "--json"]);
    let mut checked = 0;
    for q in quotes.iter().filter(|q| !q["doc"].as_str().unwrap().contains('#')) {
        let bytes = std::fs::read(ws.corpus().join(q["doc"].as_str().unwrap())).unwrap();
        let (start, end) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        let slice = String::from_utf8_lossy(&bytes[start..end]);
        if q["doc"].as_str().unwrap().ends_with(".html") {
            // Entities in the source differ from the decoded quotation; the start still matches.
            let words = q["quote"].as_str().unwrap().split_whitespace().next().unwrap();
            assert!(slice.starts_with(words) || slice.contains(words), "{slice} vs {}", q["quote"]);
        } else {
            assert_eq!(slice, q["quote"].as_str().unwrap());
        }
        checked += 1;
    }
    assert!(checked > 10);
}

#[test]
fn extract_reports_direct_mixed_and_indirect() {
    let ws = Workspace::new();
    let quotes = ws.json_lines(&["extract", "corpus/library-reopening.md", "--json"]);
    let kinds: Vec<&str> = quotes.iter().map(|q| q["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"direct") && kinds.contains(&"indirect"), "{kinds:?}");
    assert_eq!(quotes[0]["doc"], "library-reopening.md");
    let mixed = ws.json_lines(&["extract", "corpus/observatory.html", "--json"]);
    assert!(mixed.iter().any(|q| q["kind"] == "mixed" && q["speaker"] == "Ines Varga"));
}

#[test]
fn json_hits_carry_highlight_ranges_of_the_query_words() {
    let ws = Workspace::indexed();
    let hits = ws.json_lines(&["search", "crane", "--json"]);
    let quote = hits[0]["quote"].as_str().unwrap();
    let ranges = hits[0]["highlights"].as_array().unwrap();
    assert!(!ranges.is_empty());
    for r in ranges {
        let (s, e) = (r[0].as_u64().unwrap() as usize, r[1].as_u64().unwrap() as usize);
        assert_eq!(quote[s..e].to_lowercase(), "crane");
    }
}

#[test]
fn fuzzy_speaker_lookup_and_suggestions() {
    let ws = Workspace::indexed();
    let hits = ws.json_lines(&["search", "", "--speaker", "kowalczik", "--json"]);
    assert!(!hits.is_empty() && hits.iter().all(|h| h["speaker"] == "Marta Kowalczyk"));
    let out = ws.saywho().args(["search", "", "--speaker", "brant"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = ws.saywho().args(["search", "", "--speaker", "zzzzqx"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("closest speakers:"));
}

#[test]
fn filters_by_kind_date_source_and_role() {
    let ws = Workspace::indexed();
    let dated = ws.json_lines(&["search", "", "--since", "2024-02-01", "--until", "2024-02-28", "--json"]);
    assert!(!dated.is_empty() && dated.iter().all(|h| h["date"] == "2024-02-05T00:00:00Z"), "{dated:?}");
    let html = ws.json_lines(&["search", "", "--source", "*.html", "--json", "-n", "50"]);
    assert!(!html.is_empty() && html.iter().all(|h| h["doc"] == "observatory.html"));
    let roles = ws.json_lines(&["search", "", "--role", "secretary", "--json"]);
    assert!(!roles.is_empty() && roles.iter().all(|h| h["role"].as_str().unwrap().contains("secretary")));
    let newest = ws.json_lines(&["search", "", "--sort", "date", "--json", "-n", "1"]);
    assert_eq!(newest[0]["date"], "2024-03-14T08:30:00Z");
}

#[test]
fn paging_with_offset() {
    let ws = Workspace::indexed();
    let all = ws.json_lines(&["search", "", "--json", "-n", "6"]);
    let second_page = ws.json_lines(&["search", "", "--json", "-n", "3", "--offset", "3"]);
    assert_eq!(
        all[3..].iter().map(|h| &h["id"]).collect::<Vec<_>>(),
        second_page.iter().map(|h| &h["id"]).collect::<Vec<_>>()
    );
}

#[test]
fn csv_tsv_json_formats_and_field_selection() {
    let ws = Workspace::indexed();
    let out = ws.saywho().args(["search", "comet", "--format", "csv", "--fields", "speaker,quote"]).output().unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().next(), Some("speaker,quote"));
    assert!(csv.contains("\"In forty years of watching the sky I have never seen anything this bright so early,\""));
    let out = ws.saywho().args(["search", "comet", "--format", "tsv"]).output().unwrap();
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.lines().all(|l| l.split('\t').count() == 9), "{tsv}");
    let out = ws.saywho().args(["search", "comet", "--format", "json", "--fields", "speaker"]).output().unwrap();
    let array: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(array.as_array().unwrap().iter().all(|h| h.as_object().unwrap().keys().eq(["speaker"])));
    let out = ws.saywho().args(["search", "comet", "--fields", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("fields are: score, speaker"));
}

#[test]
fn group_by_speaker_lists_top_speakers_with_best_quotations() {
    let ws = Workspace::indexed();
    let groups = ws.json_lines(&["search", "", "--group-by", "speaker", "--json", "-n", "2"]);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0]["speaker"], "Marta Kowalczyk");
    assert!(groups[0]["quotations"].as_u64().unwrap() >= groups[1]["quotations"].as_u64().unwrap());
    assert!(groups[0]["hits"].as_array().unwrap().iter().all(|h| h["speaker"] == "Marta Kowalczyk"));
}

#[test]
fn show_prints_the_quotation_in_its_paragraph_and_context_prints_sentences() {
    let ws = Workspace::indexed();
    let hit = &ws.json_lines(&["search", "\"last day\"", "--json"])[0];
    let id = hit["id"].as_str().unwrap();
    let shown = &ws.json_lines(&["show", id, "--json"])[0];
    assert_eq!(shown["speaker"], "Oliver Brandt");
    assert_eq!(shown["paragraph_text"], "\"We will keep the door open until the very last day.\"");
    ws.saywho().args(["show", id]).assert().success().stdout(predicate::str::contains("Dockworkers threaten strike"));
    ws.saywho().args(["show", "0000000000000000"]).assert().code(1);
    ws.saywho()
        .args(["search", "\"last day\"", "--context", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("least of all the families"));
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    let ws = Workspace::new();
    for shell in ["bash", "zsh", "fish"] {
        ws.saywho().args(["completions", shell]).assert().success().stdout(predicate::str::contains("speaker"));
    }
    ws.saywho().arg("man").assert().success().stdout(predicate::str::contains(".TH saywho"));
}

#[test]
fn colour_on_a_terminal_never_in_a_pipe() {
    let ws = Workspace::indexed();
    // `script` (util-linux) runs the command on a pseudo terminal.
    let command = format!("{} search crane --index {}", env!("CARGO_BIN_EXE_saywho"), ws.index().display());
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let tty = String::from_utf8_lossy(&out.stdout);
    assert!(tty.contains("\x1b[1;32mMarta Kowalczyk"), "{tty:?}");
    assert!(tty.contains("\x1b[1;33mcrane"), "highlight on a terminal: {tty:?}");
    ws.saywho().args(["search", "crane"]).assert().success().stdout(predicate::str::contains("\x1b[").not());
}
