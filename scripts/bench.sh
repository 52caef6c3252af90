#!/usr/bin/env bash
# Benchmark whosaid against tantivy-cli 0.24 on news-33k, side by side in one run.
#
#   scripts/bench.sh [WORKDIR]        (default WORKDIR: target/bench)
#
# Unpacks ../shared/corpus into WORKDIR, installs tantivy-cli 0.24 there as the reference, runs
# the two ingests alternately three times each (from scratch), then a re-ingest of the unchanged
# corpus and the queries, and prints a table of medians and ratios. Not part of the tests.
# whosaid is measured as its release is built, with profile-guided optimisation
# (scripts/build-pgo.sh, trained on other articles than these), and its ingest once more as a
# plain `cargo build --release` builds it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
shared=$(cd ../shared && pwd)
runs=${RUNS:-3}

command -v zstd >/dev/null || { apt-get install -y zstd >/dev/null 2>&1 || sudo apt-get install -y zstd >/dev/null; }
# ripgrep, the reference for a query over the raw files (optional: its cell says "-" without it).
command -v rg >/dev/null || apt-get install -y ripgrep >/dev/null 2>&1 || sudo apt-get install -y ripgrep >/dev/null 2>&1 || true
"$shared/corpus/unpack.sh" "$work/news-33k"
corpus=$work/news-33k
if ! [[ -x $work/tools/bin/tantivy ]]; then
  echo "bench: installing tantivy-cli 0.24.0 (once)" >&2
  cargo install --quiet tantivy-cli --version 0.24.0 --root "$work/tools"
fi
cargo build --quiet --release --bin whosaid --example query_latency
# The profile-guided build, again only when a source changed since it was built (it takes twice
# as long as a release build).
if ! [[ -x target/pgo/release/whosaid ]] || [[ -n $(find src Cargo.toml Cargo.lock scripts/build-pgo.sh -newer target/pgo/release/whosaid -print -quit) ]]; then
  bash scripts/build-pgo.sh
fi
whosaid=$PWD/target/pgo/release/whosaid
plain=$PWD/target/release/whosaid
latency=$PWD/target/release/examples/query_latency

# tantivy-cli's input: one JSON document per article (path, date raw; body en_stem, positions, stored).
if ! [[ -s $work/articles.jsonl ]]; then
  python3 - "$corpus" > "$work/articles.jsonl" <<'PY'
import json, os, sys
root = sys.argv[1]
for d, _, files in sorted(os.walk(root)):
    for f in sorted(files):
        if not f.endswith('.txt'):
            continue
        p = os.path.join(d, f)
        text = open(p, encoding='utf8').read()
        date = text[5:15] if text.startswith('date ') else ''
        print(json.dumps({'path': os.path.relpath(p, root), 'date': date, 'body': text}))
PY
fi
tantivy_schema='{"index_settings":{"docstore_compression":"lz4","docstore_blocksize":16384},"segments":[],"schema":[
{"name":"path","type":"text","options":{"indexing":{"record":"basic","fieldnorms":false,"tokenizer":"raw"},"stored":true,"fast":false}},
{"name":"date","type":"text","options":{"indexing":{"record":"basic","fieldnorms":false,"tokenizer":"raw"},"stored":true,"fast":false}},
{"name":"body","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"en_stem"},"stored":true,"fast":false}}],"opstamp":0}'

# Runs a command, printing "wall_seconds peak_kb cpu_seconds" (cpu: user + system, which other
# tenants of a shared machine disturb less than the wall time).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time.txt"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$work/tantivy.txt"; : > "$work/whosaid.txt"; : > "$work/nospeakers.txt"; : > "$work/unindexed.txt"; : > "$work/plain.txt"
for run in $(seq "$runs"); do
  rm -rf "$work/tantivy-idx"; mkdir -p "$work/tantivy-idx"; echo "$tantivy_schema" > "$work/tantivy-idx/meta.json"
  measure sh -c "'$work/tools/bin/tantivy' index -i '$work/tantivy-idx' -t 2 < '$work/articles.jsonl'" >> "$work/tantivy.txt"
  # The same code built without the training's profile.
  rm -rf "$work/whosaid-idx"
  measure "$plain" ingest "$corpus" --index "$work/whosaid-idx" >> "$work/plain.txt"
  # The cost of speaker attribution: the same ingest without it (a hidden option for measuring).
  rm -rf "$work/whosaid-idx"
  measure "$whosaid" ingest "$corpus" --index "$work/whosaid-idx" --without speakers >> "$work/nospeakers.txt"
  # Attribution run, its results not indexed: what finding speakers costs apart from indexing them.
  rm -rf "$work/whosaid-idx"
  measure "$whosaid" ingest "$corpus" --index "$work/whosaid-idx" --without speaker-fields >> "$work/unindexed.txt"
  rm -rf "$work/whosaid-idx"
  measure "$whosaid" ingest "$corpus" --index "$work/whosaid-idx" >> "$work/whosaid.txt"
  echo "bench: run $run: tantivy-cli $(tail -1 "$work/tantivy.txt"), whosaid $(tail -1 "$work/whosaid.txt"), without speakers $(tail -1 "$work/nospeakers.txt"), not indexed $(tail -1 "$work/unindexed.txt"), plain build $(tail -1 "$work/plain.txt") (wall s, peak KB, cpu s)" >&2
done
grep -o 'ingested.*' "$work/stderr.txt" >&2 || true
: > "$work/reingest.txt"
for run in $(seq "$runs"); do
  measure "$whosaid" ingest "$corpus" --index "$work/whosaid-idx" >> "$work/reingest.txt"
done

tantivy_s=$(cut -d' ' -f1 "$work/tantivy.txt" | median)
tantivy_kb=$(cut -d' ' -f2 "$work/tantivy.txt" | median)
whosaid_s=$(cut -d' ' -f1 "$work/whosaid.txt" | median)
whosaid_kb=$(cut -d' ' -f2 "$work/whosaid.txt" | median)
reingest_s=$(cut -d' ' -f1 "$work/reingest.txt" | median)
nospeakers_s=$(cut -d' ' -f1 "$work/nospeakers.txt" | median)
plain_s=$(cut -d' ' -f1 "$work/plain.txt" | median)
plain_cpu=$(cut -d' ' -f3 "$work/plain.txt" | median)
tantivy_cpu=$(cut -d' ' -f3 "$work/tantivy.txt" | median)
whosaid_cpu=$(cut -d' ' -f3 "$work/whosaid.txt" | median)
nospeakers_cpu=$(cut -d' ' -f3 "$work/nospeakers.txt" | median)
unindexed_cpu=$(cut -d' ' -f3 "$work/unindexed.txt" | median)

# Whole-process query time: keyword, person and date range, top 10; median of 30 runs.
query=(query "travel ban" --person Trump --from 2017-01-01 --to 2017-12-31 --index "$work/whosaid-idx")
process_ms=$(python3 - "$whosaid" "${query[@]}" <<'PY'
import subprocess, sys, time, statistics
cmd = sys.argv[1:]
times = []
for _ in range(30):
    t = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL); times.append((time.perf_counter() - t) * 1000)
print(f"{statistics.median(times):.1f}")
PY
)
# query_latency prints "hits N open_ms A first_ms B p50_ms C p95_ms D".
read -r _ _ _ open_ms _ first_ms _ p50_ms _ p95_ms < <("$latency" "$work/whosaid-idx" 500 "travel ban" --person Trump --from 2017-01-01 --to 2017-12-31)
rg_ms=-
if command -v rg >/dev/null; then
  rg_ms=$(python3 - "$corpus" <<'PY'
import subprocess, sys, time, statistics
times = []
for _ in range(5):
    t = time.perf_counter(); subprocess.run(['rg', '-c', '-i', 'travel ban', sys.argv[1]], stdout=subprocess.DEVNULL); times.append((time.perf_counter() - t) * 1000)
print(f"{statistics.median(times):.0f}")
PY
)
fi

mb=$(du -sbL --exclude=.complete "$corpus/" | cut -f1)
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
cat <<TABLE
| measure (news-33k, $(( mb / 1000000 )) MB, medians of $runs) | tantivy-cli 0.24 | whosaid | ratio |
|---|---|---|---|
| ingest from scratch, wall | ${tantivy_s} s | ${whosaid_s} s | $(ratio "$whosaid_s" "$tantivy_s") |
| same, plain \`cargo build --release\` (no profile-guided optimisation) | - | ${plain_s} s (CPU ${plain_cpu} s) | $(ratio "$plain_s" "$tantivy_s") |
| ingest without speaker attribution (cost of attribution) | - | ${nospeakers_s} s | $(ratio "$whosaid_s" "$nospeakers_s") with it |
| ingest from scratch, processor time (user + system) | ${tantivy_cpu} s | ${whosaid_cpu} s | $(ratio "$whosaid_cpu" "$tantivy_cpu") |
| processor time without speaker attribution | - | ${nospeakers_cpu} s | $(ratio "$whosaid_cpu" "$nospeakers_cpu") with it |
| processor time, attribution run but its results not indexed | - | ${unindexed_cpu} s | $(ratio "$unindexed_cpu" "$nospeakers_cpu") of without |
| ingest, peak memory | $(( tantivy_kb / 1024 )) MB | $(( whosaid_kb / 1024 )) MB | $(ratio "$whosaid_kb" "$tantivy_kb") |
| re-ingest, unchanged corpus | - | ${reingest_s} s | $(ratio "$reingest_s" "$whosaid_s") of first |
| query "travel ban" + person + dates, whole process (ripgrep: "travel ban" alone) | rg ${rg_ms} ms | ${process_ms} ms | - |
| same query, in process (p50 / p95; opening the index ${open_ms} ms, the first search ${first_ms} ms) | - | ${p50_ms} / ${p95_ms} ms | - |
TABLE
