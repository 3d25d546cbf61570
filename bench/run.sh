#!/usr/bin/env bash
# Benchmark: langaward evaluate (on the evidence alone, and with five filled
# juror sheets) and its read stage alone (read, validate, score: the
# read_stage example) against a bare parallel calamine read of the same
# synthetic corpus. Usage: bash bench/run.sh [N ...]   (default: 100 500 2000)
# Each tool runs RUNS times (default 3) per corpus size; the table gives the
# median wall time, the median CPU time (user + sys), the median user and
# system times and the highest peak RSS over those runs.
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
cargo build --release --quiet --bin langaward --example bench_corpus --example bare_read --example make_jury --example read_stage --example robustness

bin=target/release
root=target/bench
mkdir -p "$root"
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

# The median of the numbers on standard input, one per line.
median() {
    sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}

# Folders moved out of the way by `measure`, removed when the script ends.
aside=$(mktemp -d "$root/aside.XXXXXX")
trap 'rm -f "$timing"; rm -rf "$aside"' EXIT

# Runs "$@" $runs times; prints "median_wall_s median_cpu_s peak_rss_kib
# median_user_s median_sys_s".
# With FRESH set to a folder, that folder is moved aside before every run (a
# run into an empty report folder). It is not deleted there: deleting 8,000
# files just before creating 8,000 new ones makes ext4 search past the
# recently freed inodes for each new one, which cost a fifth of the run's CPU
# time in a profile; a secretariat's new report folder pays no such cost.
# Every run starts after `sync`, so no run pays the kernel's writeback of the
# gigabytes the runs before it wrote (which showed as seconds of system time
# in whichever run came last).
measure() {
    local walls=() cpus=() users=() syss=() rss=0 wall user sys mem
    for _ in $(seq "$runs"); do
        if [ -n "${FRESH:-}" ] && [ -e "$FRESH" ]; then mv "$FRESH" "$(mktemp -u "$aside/run.XXXXXX")"; fi
        sync
        /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >/dev/null
        read -r wall user sys mem <"$timing"
        walls+=("$wall")
        users+=("$user")
        syss+=("$sys")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
        if [ "$mem" -gt "$rss" ]; then rss=$mem; fi
    done
    echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $rss" \
        "$(printf '%s\n' "${users[@]}" | median) $(printf '%s\n' "${syss[@]}" | median)"
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'
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

    out=$root/out-$n
    first=("$bin/langaward" evaluate --criteria criteria/2026.yaml --submissions "$dir" --no-jury --out "$out" --quiet)
    with_jury=("$bin/langaward" evaluate --criteria criteria/2026.yaml --submissions "$dir" --jury "$jury" --out "$root/out-jury-$n" --quiet)
    read_stage=("$bin/examples/read_stage" "$dir" criteria/2026.yaml)
    bare=("$bin/examples/bare_read" "$dir")
    # Writing the same report files with a minimal program: the floor of any
    # run that writes them.
    bare_write=(cp -r "$out" "$root/copy-$n")
    base_wall=0 base_cpu=0
    for tool in bare_read "read stage" "langaward, empty folder" "bare write of the same report" "langaward, second run" "langaward + jury, empty folder"; do
        fresh=""
        case $tool in
            bare_read) cmd=("${bare[@]}") ;;
            "bare write of the same report") cmd=("${bare_write[@]}"); fresh=$root/copy-$n ;;
            "read stage") cmd=("${read_stage[@]}") ;;
            "langaward, empty folder") cmd=("${first[@]}"); fresh=$out ;;
            "langaward, second run") cmd=("${first[@]}") ;;
            *) cmd=("${with_jury[@]}"); fresh=$root/out-jury-$n ;;
        esac
        echo "running $tool on $n files ($runs runs)..." >&2
        result=$(FRESH=$fresh measure "${cmd[@]}")
        read -r wall cpu rss user sys <<<"$result"
        if [ "$tool" = bare_read ]; then base_wall=$wall base_cpu=$cpu; fi
        mib=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')
        rows+=("| $n | $files | $tool | $wall | $cpu | $user | $sys | $(ratio "$wall" "$base_wall") | $(ratio "$cpu" "$base_cpu") | $mib | \`${cmd[*]}\` |")
    done
done

echo "running the bundled sample ($runs runs)..." >&2
sample=("$bin/langaward" --out "$root/out-sample" --quiet)
read -r wall cpu rss user sys <<<"$(FRESH=$root/out-sample measure "${sample[@]}")"
sample_row="| sample | 20 | langaward (no arguments), empty folder | $wall | $cpu | $user | $sys | | | $(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}') | \`${sample[*]}\` |"

echo
echo "Machine: $(nproc) cores (nproc), CPU: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "Runs per measurement: $runs (median wall and CPU time, highest peak RSS)"
echo
echo "| N | files | run | median wall s | median CPU s (user+sys) | median user s | median sys s | wall ÷ bare read | CPU ÷ bare read | peak RSS MiB | command |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
echo "$sample_row"
echo
# The robustness analysis alone (the criteria's draws over 2,000 applicants
# of one category), apart from reading the workbooks.
echo "Robustness analysis: $("$bin/examples/robustness" 2000)"
