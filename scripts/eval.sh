#!/usr/bin/env bash
# Scores saywho's extraction on every annotated set under ../shared/eval (when it exists):
# for each gold file X.gold.jsonl with a folder X beside it, runs `saywho extract X --json` and
# prints score.py's summary (all kinds, then direct+mixed only).
# With --check, exits 1 when a set's end-to-end F1 is below its floor in scripts/eval-floors.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${SAYWHO_EVAL:-../shared/eval}
check=false
[ "${1:-}" = "--check" ] && check=true
if [ ! -f "$eval_dir/score.py" ]; then
    echo "eval.sh: no evaluation data at $eval_dir; skipping"
    exit 0
fi
cargo build --release --quiet
bin=target/release/saywho
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
while IFS= read -r gold; do
    set_dir=${gold%.gold.jsonl}
    [ -d "$set_dir" ] || continue
    name=${set_dir#"$eval_dir"/}
    pred="$tmp/$(echo "$name" | tr / _).jsonl"
    "$bin" extract "$set_dir" --json >"$pred" 2>/dev/null || true
    echo "== $name"
    python3 "$eval_dir/score.py" "$gold" "$pred"
    echo "-- $name, direct and mixed only"
    python3 "$eval_dir/score.py" "$gold" "$pred" --kinds direct,mixed | tail -1
    if $check; then
        floor=$(awk -v n="$name" '$1 == n { print $2 }' scripts/eval-floors.txt)
        if [ -n "$floor" ]; then
            f1=$(python3 "$eval_dir/score.py" "$gold" "$pred" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["e2e_f1"])')
            if python3 -c "import sys; sys.exit(0 if $f1 >= $floor else 1)"; then
                echo "   e2e F1 $f1 >= floor $floor"
            else
                echo "   FAIL: e2e F1 $f1 is below the floor $floor"
                status=1
            fi
        fi
    fi
done < <(find "$eval_dir" -name '*.gold.jsonl' | sort)
exit $status
