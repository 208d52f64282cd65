#!/usr/bin/env bash
# Speed benchmark: saywho beside the I/O floor, tantivy-cli and ripgrep on the same corpus.
#   scripts/bench.sh [MB]        (default 1000; e.g. 100 for a quick run)
# Builds the corpus with ../shared/bench/make_corpus.py (cached under $BENCH_DIR), installs tantivy-cli
# into a scratch root when it is missing, builds saywho in release mode, and prints one table.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1000}
bench_dir=${BENCH_DIR:-/tmp/saywho-bench}
corpus="$bench_dir/corpus-${mb}mb"
work="$bench_dir/work"
mkdir -p "$bench_dir" "$work"
if [ ! -d "$corpus" ]; then
    python3 ../shared/bench/make_corpus.py "$corpus" --mb "$mb"
fi
export TANTIVY_CLI=${TANTIVY_CLI:-$bench_dir/tantivy-cli/bin/tantivy}
if [ ! -x "$TANTIVY_CLI" ]; then
    # tantivy-cli's lock file pins a crate that no longer builds; let cargo resolve fresh versions.
    cargo install tantivy-cli --root "$bench_dir/tantivy-cli"
fi
command -v rg >/dev/null || { echo "bench.sh: ripgrep (rg) is needed"; exit 2; }
cargo build --release --quiet
cargo bench --bench search --no-run --quiet
python3 scripts/bench.py "$PWD" "$corpus" "$work"
