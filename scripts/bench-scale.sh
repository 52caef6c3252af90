#!/usr/bin/env bash
# Scale: whosaid on COPIES copies of news-33k beside one copy, in one run.
#
#   scripts/bench-scale.sh [COPIES] [WORKDIR]     (defaults: 10, target/bench)
#
# Unpacks ../shared/corpus into WORKDIR (as scripts/bench.sh does), links COPIES copies of it
# (hard links: no more disk), then ingests one copy and the copies from scratch, re-ingests the
# copies unchanged, and queries both indexes. Prints a table: ingest time against COPIES times
# one copy's, peak memory, segments, re-ingest time, and the query of scripts/bench.sh as a whole
# process (median of 30). Measures the plain `cargo build --release`; not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-10}
work=${2:-target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
shared=$(cd ../shared && pwd)

command -v zstd >/dev/null || { apt-get install -y zstd >/dev/null 2>&1 || sudo apt-get install -y zstd >/dev/null; }
"$shared/corpus/unpack.sh" "$work/news-33k"
cargo build --quiet --release --bin whosaid
whosaid=$PWD/target/release/whosaid

scale=$work/scale-$copies
if ! [[ -e $scale/.complete ]]; then
  rm -rf "$scale"
  mkdir -p "$scale"
  for i in $(seq 0 $((copies - 1))); do cp -al "$work/news-33k" "$scale/copy$i"; done
  touch "$scale/.complete"
  # Linking changes the files' change time: an ingest trusts no stamp younger than 3 s.
  sleep 4
fi

# Prints "wall_seconds peak_kb" of a command, its output dropped.
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt"
}
# Median whole-process time of the query on an index, in ms, of 30 runs.
query_ms() {
  python3 - "$whosaid" query "travel ban" --person Trump --from 2017-01-01 --to 2017-12-31 --index "$1" <<'PY'
import subprocess, sys, time, statistics
times = []
for _ in range(30):
    t = time.perf_counter(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); times.append((time.perf_counter() - t) * 1000)
print(f"{statistics.median(times):.1f}")
PY
}
segments() { find "$1" -maxdepth 1 -name '*.store' | wc -l; }

rm -rf "$work/scale-one-idx" "$work/scale-idx"
read -r one_s one_kb < <(measure "$whosaid" ingest "$work/news-33k" --index "$work/scale-one-idx")
echo "bench-scale: one copy $one_s s, peak $one_kb KB" >&2
read -r all_s all_kb < <(measure "$whosaid" ingest "$scale" --index "$work/scale-idx")
echo "bench-scale: $copies copies $all_s s, peak $all_kb KB" >&2
grep -o 'ingested.*' "$work/stderr.txt" >&2 || true
read -r again_s again_kb < <(measure "$whosaid" ingest "$scale" --index "$work/scale-idx")
grep -o 'ingested [^;]*' "$work/stderr.txt" >&2 || true
one_q=$(query_ms "$work/scale-one-idx")
all_q=$(query_ms "$work/scale-idx")

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
articles=$(find "$scale" -name '*.txt' | wc -l)
cat <<TABLE
| measure (plain release build) | one copy | $copies copies ($articles files) | ratio |
|---|---|---|---|
| ingest from scratch, wall | ${one_s} s | ${all_s} s | $(ratio "$all_s" "$one_s") ($(ratio "$all_s" "$(python3 -c "print($one_s * $copies)")") of $copies times one copy) |
| ingest, peak memory | $(( one_kb / 1024 )) MB | $(( all_kb / 1024 )) MB | $(ratio "$all_kb" "$one_kb") |
| segments written | $(segments "$work/scale-one-idx") | $(segments "$work/scale-idx") | - |
| re-ingest, unchanged | - | ${again_s} s (peak $(( again_kb / 1024 )) MB) | $(ratio "$again_s" "$all_s") of first |
| query "travel ban" + person + dates, whole process | ${one_q} ms | ${all_q} ms | $(ratio "$all_q" "$one_q") |
TABLE
