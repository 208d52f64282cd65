#!/usr/bin/env python3
"""saywho side by side with the I/O floor, tantivy-cli and ripgrep on one corpus, in one run.

Run through scripts/bench.sh, which builds the corpus and the tools. Prints one table."""
import os, re, shutil, statistics, subprocess, sys, time

root, corpus, work = sys.argv[1], os.path.realpath(sys.argv[2]), sys.argv[3]
saywho = os.path.join(root, "target/release/saywho")
tantivy = os.environ.get("TANTIVY_CLI", "/tmp/tantivy-cli/bin/tantivy")
threads = str(os.cpu_count())
repeats = int(os.environ.get("REPEATS", "5"))


def timed(cmd, stdin=None, env=None):
    """Wall seconds, CPU seconds and peak RSS (MB) of a command, with /usr/bin/time -v."""
    full = ["/usr/bin/time", "-v"] + cmd
    p = subprocess.run(full, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    err = p.stderr.decode(errors="replace")
    def field(name):
        m = re.search(name + r": ([0-9.:]+)", err)
        return m.group(1) if m else "0"
    wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")
    parts = [float(x) for x in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    cpu = float(field("User time \\(seconds\\)")) + float(field("System time \\(seconds\\)"))
    rss = int(field("Maximum resident set size \\(kbytes\\)")) / 1024
    return seconds, cpu, rss, p


def size_mb(path):
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    return total / 1e6


def whole_process(cmd):
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


corpus_mb = size_mb(corpus)
files = sum(len(f) for _, _, f in os.walk(corpus))
rows = []

# 1. I/O floor: every file read once (after one warm-up pass, so all three runs read from the page cache).
subprocess.run(f"find {corpus} -type f -exec cat {{}} + > /dev/null", shell=True)
wall, cpu, rss, _ = timed(["sh", "-c", f"find {corpus} -type f -exec cat {{}} + > /dev/null"])
rows.append(("read every file (I/O floor)", wall, cpu, rss, None, None))

# 2. tantivy-cli indexing the same articles as NDJSON.
ndjson = os.path.join(work, "articles.ndjson")
with open(ndjson, "w") as out:
    subprocess.run([sys.executable, os.path.join(root, "scripts/bench_ndjson.py"), corpus], stdout=out, check=True)
articles = sum(1 for _ in open(ndjson))
tindex = os.path.join(work, "tantivy-index")
shutil.rmtree(tindex, ignore_errors=True)
os.makedirs(tindex)
with open(os.path.join(tindex, "meta.json"), "w") as f:
    text = lambda name, tok, rec: {"name": name, "type": "text", "options": {"indexing": {"record": rec, "fieldnorms": True, "tokenizer": tok}, "stored": True, "fast": False}}
    import json
    json.dump({"index_settings": {"docstore_compression": "lz4", "docstore_blocksize": 16384}, "segments": [],
               "schema": [text("title", "en_stem", "position"), text("body", "en_stem", "position"), text("path", "raw", "basic")], "opstamp": 0}, f)
with open(ndjson) as stdin:
    t_wall, t_cpu, t_rss, _ = timed([tantivy, "index", "-i", tindex, "-t", threads], stdin=stdin)
rows.append((f"tantivy-cli index ({threads} threads)", t_wall, t_cpu, t_rss, size_mb(tindex), None))

# 3. saywho index from scratch, then a run with no change.
sindex = os.path.join(work, "saywho-index")
shutil.rmtree(sindex, ignore_errors=True)
s_wall, s_cpu, s_rss, p = timed([saywho, "index", corpus, "--index", sindex, "--json", "--quiet", "--jobs", threads])
summary = json.loads(p.stdout.decode() or "{}")
quotes = summary.get("quotations", 0)
rows.append((f"saywho index ({threads} jobs)", s_wall, s_cpu, s_rss, size_mb(sindex), quotes))
r_wall, r_cpu, r_rss, _ = timed([saywho, "index", corpus, "--index", sindex, "--json", "--quiet"])
rows.append(("saywho index, no change", r_wall, r_cpu, r_rss, None, 0))

print(f"\nMachine: {os.cpu_count()} cores. Corpus: {corpus_mb:.0f} MB in {files} files, {articles} articles.\n")
print("| run | wall s | CPU s | MB/s | articles/s | quotations/s | peak RSS MB | index / corpus |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for name, wall, cpu, rss, index_mb, q in rows:
    ratio = f"{index_mb / corpus_mb:.2f}" if index_mb else ""
    qps = f"{q / wall:,.0f}" if q else ""
    print(f"| {name} | {wall:.2f} | {cpu:.2f} | {corpus_mb / wall:.1f} | {articles / wall:,.0f} | {qps} | {rss:.0f} | {ratio} |")
print(f"\nsaywho / tantivy-cli: wall {s_wall / t_wall:.2f}x, peak RSS {s_rss / t_rss:.2f}x\n")

# 4. Queries: whole process (median of REPEATS runs), in-process (--timing), tantivy-cli search, rg -c.
print("| query | saywho ms | in-process ms (open + query) | query ms | tantivy-cli ms | rg -c ms | saywho/rg |")
print("| --- | --- | --- | --- | --- | --- | --- |")
inproc_all, query_all, whole_all, faster_than_rg = [], [], [], 0
queries = [l.rstrip("\n").split("\t") for l in open(os.path.join(root, "scripts/bench_queries.txt")) if l.strip() and not l.startswith("#")]
for kind, query, extra, pattern in queries:
    cmd = [saywho, "search", query, "--index", sindex] + (extra.split() if extra else [])
    whole = whole_process(cmd)
    inproc, query_only = [], []
    for _ in range(repeats):
        err = subprocess.run(cmd + ["--timing"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr.decode()
        m = re.search(r"search took ([0-9.]+) ms: opening the index ([0-9.]+) ms, the query ([0-9.]+) ms", err)
        if m:
            inproc.append(float(m.group(1)))
            query_only.append(float(m.group(3)))
    tquery = query if query else pattern
    tcli = whole_process([tantivy, "search", "-i", tindex, "-q", tquery])
    rg = whole_process(["rg", "-c", "-i", "-F", pattern, corpus])
    inproc_all += inproc
    query_all += query_only
    whole_all.append(whole)
    faster_than_rg += whole < rg
    label = f"{query} {extra}".strip()
    median = lambda xs: statistics.median(xs) if xs else float("nan")
    print(f"| `{label}` | {whole:.1f} | {median(inproc):.2f} | {median(query_only):.2f} | {tcli:.1f} | {rg:.1f} | {whole / rg:.3f} |")


def p99(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(0.99 * len(xs)))] if xs else float("nan")


print(f"\nsaywho search whole process p50 {statistics.median(whole_all):.1f} ms; in-process (open + query) p50 "
      f"{statistics.median(inproc_all):.2f} ms, p99 {p99(inproc_all):.2f} ms; query alone p50 "
      f"{statistics.median(query_all):.2f} ms, p99 {p99(query_all):.2f} ms; "
      f"faster than rg -c on {faster_than_rg}/{len(queries)} queries.")

# 5. In-process latency with the index open once (benches/search.rs): cold first runs, warm repeats.
print()
subprocess.run(["cargo", "bench", "--quiet", "--bench", "search", "--", sindex], cwd=root, check=False)
