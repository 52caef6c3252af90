#!/usr/bin/env bash
# Builds whosaid with profile-guided optimisation: the release build, laid out and inlined by
# what a training ingest ran most.
#
#   scripts/build-pgo.sh [TRAINING_DIR]      -> target/pgo/release/whosaid
#
# Three steps: a build that counts what runs (target/pgo-gen), a training run of it (ingest,
# re-ingest, queries, people, export, stats), then the release build that reads those counts
# (target/pgo). The training articles: TRAINING_DIR if given, else ../shared/eval/polnear-train
# (US political news, none of them in the benchmark's news-33k) when it is beside the checkout,
# else sample-corpus (small: the build still works, but learns less). The training text is only
# read, never kept: the counts are of branches and calls. Needs rustup's llvm-tools (installed
# here if missing) and about twice the time of `cargo build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

training=${1:-}
if [[ -z $training ]]; then
  if [[ -d ../shared/eval/polnear-train/articles ]]; then
    training=../shared/eval/polnear-train/articles
  else
    training=sample-corpus
    echo "build-pgo: ../shared/eval/polnear-train not found; training on sample-corpus (small)" >&2
  fi
fi
[[ -d $training ]] || { echo "build-pgo: $training is not a folder of articles" >&2; exit 2; }

sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata=$sysroot/lib/rustlib/$host/bin/llvm-profdata
if ! [[ -x $profdata ]]; then
  command -v rustup >/dev/null || { echo "build-pgo: llvm-profdata is missing and rustup is not installed to add it (rustup component add llvm-tools)" >&2; exit 2; }
  rustup component add llvm-tools >&2
fi

counts=$root/target/pgo-counts
rm -rf "$counts"
mkdir -p "$counts"
echo "build-pgo: 1/3 instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$counts/raw" \
  cargo build --quiet --locked --release --bin whosaid --target-dir target/pgo-gen

echo "build-pgo: 2/3 training on $training" >&2
trained=target/pgo-gen/release/whosaid
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
index=$scratch/index
"$trained" ingest "$training" --index "$index" --quiet
"$trained" ingest "$training" --index "$index" --quiet # the re-ingest of unchanged files
"$trained" ingest sample-corpus --index "$scratch/sample" --quiet
# A query that finds nothing exits 1 (as grep does): only other failures stop the build.
query() { "$trained" query "$@" --index "$index" >/dev/null || [[ $? -eq 1 ]]; }
for words in "travel ban" "tax" '"health care"' "police OR court" "said"; do
  query "$words"
  query "$words" --json --limit 50
done
query --person Trump --json
query "election" --person Clinton --from 2015-01-01 --to 2016-12-31
"$trained" people --index "$index" >/dev/null
"$trained" people --mentions --index "$index" >/dev/null
"$trained" stats --index "$index" >/dev/null
"$trained" export --index "$index" >/dev/null
"$profdata" merge -o "$counts/whosaid.profdata" "$counts/raw"

echo "build-pgo: 3/3 optimised build" >&2
RUSTFLAGS="-Cprofile-use=$counts/whosaid.profdata" \
  cargo build --quiet --locked --release --bin whosaid --target-dir target/pgo
echo "build-pgo: built target/pgo/release/whosaid" >&2
