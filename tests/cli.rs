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
