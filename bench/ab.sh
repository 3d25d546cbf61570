#!/usr/bin/env bash
# A/B comparison of two langaward binaries on the benchmark corpus of N
# applicants (made by run.sh), run alternately so both see the same machine:
# the full run into a new folder, each RUNS times (default 5). Prints each
# run's wall, user and sys time and peak RSS, then the medians.
# Usage: bash bench/ab.sh OLD_BINARY NEW_BINARY [N]
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ $# -lt 2 ]; then
    echo "usage: bash bench/ab.sh OLD_BINARY NEW_BINARY [N]" >&2
    exit 2
fi
old=$1 new=$2 n=${3:-2000} runs=${RUNS:-5}
if [ ! -d "target/bench/$n" ]; then
    echo "error: target/bench/$n is missing; run: bash bench/run.sh $n" >&2
    exit 1
fi
# Report folders are moved aside, not deleted, until the end (deleting
# thousands of files slows the creation of the next ones; see run.sh).
aside=$(mktemp -d target/bench/aside.XXXXXX)
trap 'rm -rf "$aside"' EXIT
results=$(mktemp)
trap 'rm -rf "$aside" "$results"' EXIT
for i in $(seq "$runs"); do
    for which in old new; do
        bin=$old
        if [ "$which" = new ]; then bin=$new; fi
        sync
        /usr/bin/time -f "$which %e %U %S %M" -a -o "$results" "$bin" evaluate \
            --criteria criteria/2026.yaml --submissions "target/bench/$n" --no-jury \
            --out "$aside/$which-$i" --quiet
    done
done
echo "binary wall_s user_s sys_s peak_rss_kib"
cat "$results"
for which in old new; do
    for col in 2 3 4; do
        grep "^$which " "$results" | cut -d' ' -f$col | sort -g |
            awk '{v[NR]=$1} END {printf "%s ", (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
    done | sed "s/^/median $which (wall user sys): /"
    echo
done
