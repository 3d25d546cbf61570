#!/usr/bin/env bash
# Benchmark: langaward evaluate (on the evidence alone, and with five filled
# juror sheets) and its read stage alone (read, validate, score: the
# read_stage example) against a bare parallel calamine read of the same
# synthetic corpus. Usage: bash bench/run.sh [N ...]   (default: 100 500 2000)
# Each tool runs RUNS times (default 3) per corpus size; the table gives the
# median wall time, the median CPU time (user + sys) and the highest peak RSS
# over those runs.
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
cargo build --release --quiet --bin langaward --example bench_corpus --example bare_read --example make_jury --example read_stage

bin=target/release
root=target/bench
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

# The median of the numbers on standard input, one per line.
median() {
    sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}

# Runs "$@" $runs times; prints "median_wall_s median_cpu_s peak_rss_kib".
measure() {
    local walls=() cpus=() rss=0 wall user sys mem
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >/dev/null
        read -r wall user sys mem <"$timing"
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
        if [ "$mem" -gt "$rss" ]; then rss=$mem; fi
    done
    echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $rss"
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
    read_stage=("$bin/examples/read_stage" "$dir" criteria/2026.yaml)
    bare=("$bin/examples/bare_read" "$dir")
    for tool in langaward "langaward + jury" "read stage" bare_read; do
        case $tool in
            langaward) cmd=("${evaluate[@]}") ;;
            "langaward + jury") cmd=("${with_jury[@]}") ;;
            "read stage") cmd=("${read_stage[@]}") ;;
            *) cmd=("${bare[@]}") ;;
        esac
        echo "running $tool on $n files ($runs runs)..." >&2
        result=$(measure "${cmd[@]}")
        read -r wall cpu rss <<<"$result"
        mib=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')
        rows+=("| $n | $files | $tool | $wall | $cpu | $mib | \`${cmd[*]}\` |")
    done
done

echo
echo "Machine: $(nproc) cores (nproc), CPU: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "Runs per measurement: $runs (median wall and CPU time, highest peak RSS)"
echo
echo "| N | files | tool | median wall s | median CPU s (user+sys) | peak RSS MiB | command |"
echo "|---:|---:|---|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
