//! `saywho export` produces what the Quickwit doc mapping in deploy/ declares.

mod common;

use common::Workspace;
use serde_json::Value;
use std::path::Path;

/// `(name, type)` of each field mapping in the Quickwit YAML (its `- name:` / `type:` lines).
fn quickwit_fields() -> Vec<(String, String)> {
    let yaml =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/quickwit/saywho.yaml")).unwrap();
    let mut fields = Vec::new();
    let mut name: Option<String> = None;
    for line in yaml.lines().map(str::trim) {
        if let Some(n) = line.strip_prefix("- name:") {
            name = Some(n.trim().to_string());
        } else if let (Some(t), Some(n)) = (line.strip_prefix("type:"), name.take()) {
            fields.push((n, t.trim().to_string()));
        }
    }
    fields
}

fn has_type(value: &Value, declared: &str) -> bool {
    match declared {
        _ if value.is_null() => true,
        "text" => value.is_string(),
        "u64" => value.as_u64().is_some(),
        "datetime" => value.as_str().is_some_and(|d| d.len() >= 20 && d.as_bytes()[10] == b'T'),
        other => panic!("type {other} not checked by this test"),
    }
}

#[test]
fn every_exported_line_has_every_mapped_field_with_its_type() {
    let ws = Workspace::indexed();
    let fields = quickwit_fields();
    assert!(fields.len() >= 15, "{fields:?}");
    let lines = ws.json_lines(&["export", "-q"]);
    let stats = ws.stats().unwrap();
    assert_eq!(lines.len() as u64, stats["quotations"].as_u64().unwrap());
    for line in &lines {
        for (name, declared) in &fields {
            let value = line.get(name).unwrap_or_else(|| panic!("{name} missing in {line}"));
            assert!(has_type(value, declared), "{name} should be {declared}: {value}");
        }
    }
    assert!(lines.iter().any(|l| l["date"] == "2024-03-14T08:30:00Z"));
}

#[test]
fn es_bulk_pairs_an_action_with_each_quotation() {
    let ws = Workspace::indexed();
    let lines = ws.json_lines(&["export", "--format", "es-bulk", "-q"]);
    assert_eq!(lines.len() % 2, 0);
    for pair in lines.chunks(2) {
        assert_eq!(pair[0]["index"]["_id"], pair[1]["id"]);
        assert_eq!(pair[0]["index"]["_index"], "saywho");
    }
}

#[test]
fn export_to_a_file_and_extract_share_one_schema() {
    let ws = Workspace::indexed();
    let file = ws.dir.path().join("out.ndjson");
    ws.saywho().args(["export", "-q", "--output", file.to_str().unwrap()]).assert().success();
    let exported: Vec<Value> =
        std::fs::read_to_string(&file).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let extracted = ws.json_lines(&["extract", "corpus", "--json"]);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&exported[0]), keys(&extracted[0]));
    assert_eq!(exported.len(), extracted.len());
}
