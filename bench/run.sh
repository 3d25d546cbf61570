#!/usr/bin/env bash
# Benchmark: langaward evaluate (on the evidence alone, and with five filled
# juror sheets) against a bare parallel calamine read of the same synthetic
# corpus. Usage: bash bench/run.sh [N ...]   (default: 100 500 2000)
# Each tool runs RUNS times (default 3) per corpus size; the table gives the
# median wall time and the highest peak RSS over those runs.
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v /usr/bin/time >/dev/null 2>&1; then
    echo "error: GNU time (/usr/bin/time) is missing; install it with: apt-get install time" >&2
    exit 1
fi

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
    sizes=(100 500 2000)
fi
runs=${RUNS:-3}
for n in "${sizes[@]}" "$runs"; do
    if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then
        echo "error: sizes and RUNS must be positive whole numbers, got '$n'" >&2
        exit 2
    fi
done

echo "building release binaries..." >&2
cargo build --release --quiet --bin langaward --example bench_corpus --example bare_read --example make_jury

bin=target/release
root=target/bench
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

# Runs "$@" $runs times; prints "median_wall_s peak_rss_kib".
measure() {
    local walls=() rss=0 wall mem
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$timing" "$@" >/dev/null
        read -r wall mem <"$timing"
        walls+=("$wall")
        if [ "$mem" -gt "$rss" ]; then rss=$mem; fi
    done
    local median
    median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')
    echo "$median $rss"
}

rows=()
for n in "${sizes[@]}"; do
    dir=$root/$n
    count=0
    if [ -d "$dir" ]; then
        count=$(find "$dir" -maxdepth 1 -name 'inst-*.xlsx' | wc -l)
    fi
    if [ "$count" -ne "$n" ]; then
        echo "generating $n submissions in $dir..." >&2
        rm -rf "$dir"
        "$bin/examples/bench_corpus" "$n" "$dir" >/dev/null
    fi
    files=$(find "$dir" -maxdepth 1 -name '*.xlsx' | wc -l)
    jury=$root/jury-$n
    if [ ! -d "$jury" ] || [ "$jury" -ot "$dir" ]; then
        echo "filling juror sheets for $n submissions in $jury..." >&2
        rm -rf "$jury"
        "$bin/examples/make_jury" "$jury" "$dir" >/dev/null
    fi

    evaluate=("$bin/langaward" evaluate --criteria criteria/2026.yaml --submissions "$dir" --no-jury --out "$root/out-$n" --quiet --force)
    with_jury=("$bin/langaward" evaluate --criteria criteria/2026.yaml --submissions "$dir" --jury "$jury" --out "$root/out-jury-$n" --quiet --force)
    bare=("$bin/examples/bare_read" "$dir")
    for tool in langaward "langaward + jury" bare_read; do
        case $tool in
            langaward) cmd=("${evaluate[@]}") ;;
            "langaward + jury") cmd=("${with_jury[@]}") ;;
            *) cmd=("${bare[@]}") ;;
        esac
        echo "running $tool on $n files ($runs runs)..." >&2
        result=$(measure "${cmd[@]}")
        read -r wall rss <<<"$result"
        mib=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')
        rows+=("| $n | $files | $tool | $wall | $mib | \`${cmd[*]}\` |")
    done
done

echo
echo "Machine: $(nproc) cores (nproc), CPU: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "Runs per measurement: $runs (median wall time, highest peak RSS)"
echo
echo "| N | files | tool | median wall s | peak RSS MiB | command |"
echo "|---:|---:|---|---:|---:|---|"
printf '%s\n' "${rows[@]}"
