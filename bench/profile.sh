#!/usr/bin/env bash
# Where the CPU time of a full run goes: `perf record` of `langaward evaluate`
# on the benchmark corpus of N applicants (default 2000, made by run.sh) into
# a new folder, then the share of all samples spent in each phase (a sample
# counts for every phase on its call stack, so shares overlap where phases
# nest, e.g. hashing inside writing; a phase is found by functions that are
# not inlined). Usage: bash bench/profile.sh [N] [--jury]
# Needs perf and python3; RAYON_NUM_THREADS is passed through.
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-2000}
jury=(--no-jury)
if [ "${2:-}" = --jury ]; then
    jury=(--jury "target/bench/jury-$n")
fi
for tool in perf python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: $tool is missing" >&2
        exit 1
    fi
done
if [ ! -d "target/bench/$n" ]; then
    echo "error: target/bench/$n is missing; run: bash bench/run.sh $n" >&2
    exit 1
fi

# DWARF unwinding copies 16 KiB of stack per sample: samples whose stack is
# deeper lose their outer frames and count for no phase, so the shares add
# up to less than 100 %. (Frame pointers lose more: the standard library and
# libc have none, and a larger copy slows the run it measures.)
cargo build --release --quiet --bin langaward
work=$(mktemp -d target/bench/profile.XXXXXX)
trap 'rm -rf "$work"' EXIT
sync
perf record -q -F 499 --call-graph dwarf,16384 -o "$work/perf.data" \
    target/release/langaward evaluate --criteria criteria/2026.yaml \
    --submissions "target/bench/$n" "${jury[@]}" --out "$work/out" --quiet
perf script -i "$work/perf.data" 2>/dev/null >"$work/stacks.txt"

python3 - "$work/stacks.txt" <<'EOF'
import re
import sys

# Each phase and the frames that mark it, as they appear in the stacks.
PHASES = [
    ("read, check and validate the workbooks", ["submission::Reader::read"]),
    ("score them (exact fractions)", ["scoring::Scorer::score"]),
    ("keep evidence rows aside and read them back", ["evaluate::spill::", "Evaluation::with_evidence"]),
    ("jury sheets read", ["jury::marks::"]),
    ("robustness analysis (1,000 draws)", ["langaward::robustness::analyse"]),
    ("ranking", ["langaward::ranking::"]),
    ("report pages (one per language: view and compiled writer)", ["report::html::report_page", "report::view::report::", "report::compiled::report::"]),
    ("scorecard views (rows, reasons, numbers in the page's notation)", ["report::view::scorecard::page", "report::view::scorecard::view", "report::view::evidence::evidence"]),
    ("scorecard HTML (compiled writer)", ["report::compiled::Shell::page", "report::compiled::body", "report::compiled::summary", "report::compiled::row", "report::compiled::evidence::"]),
    ("results.json", ["report::json::write", "report::json::Lines"]),
    ("results.xlsx", ["report::xlsx::results"]),
    ("CSV files", ["report::csv::"]),
    ("writing files (create, write, digest for the manifest)", ["output::ReportWriter::write"]),
    ("  of which the digest (XXH3)", ["xxhash_rust", "xxh3"]),
    ("switching the staged files into place, manifest", ["output::ReportWriter::finish"]),
]

samples = open(sys.argv[1], encoding="utf-8", errors="replace").read().split("\n\n")
samples = [s for s in samples if s.strip()]
counts = [0] * len(PHASES)
for sample in samples:
    frames = sample.split("\n")[1:]
    for i, (_, marks) in enumerate(PHASES):
        if any(m in f for f in frames for m in marks):
            counts[i] += 1
print(f"| phase | share of CPU samples ({len(samples)}) |")
print("|---|---:|")
for (name, _), c in zip(PHASES, counts):
    print(f"| {name} | {100 * c / len(samples):.0f} % |")
EOF
