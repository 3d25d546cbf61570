#!/usr/bin/env bash
# Re-saves every sample workbook in submissions/ with real spreadsheet programs,
# so the tests read files as applicants send them and not only the ones
# langaward's own generator writes.
#
# Needs LibreOffice Calc and Gnumeric:
#     apt-get install libreoffice-calc gnumeric
#
# Each sample (.xlsx, .xls, .ods) is converted by LibreOffice headless
# (soffice --convert-to, with a throw-away user profile) and by Gnumeric
# (ssconvert, exporter named explicitly) into each of xlsx, ods and xls:
#     tests/fixtures/real/libreoffice/{xlsx,ods,xls}/<sample>.<ext>
#     tests/fixtures/real/gnumeric/{xlsx,ods,xls}/<sample>.<ext>
# keeping every file's base name. Earlier files in those folders are removed.
# The results are committed: CI has neither program, and tests/cli/real_files.rs
# reads the committed files. The files carry the time they were written, so a
# re-run changes their bytes but not their cells.
#
# Usage: bash tools/make-real-fixtures.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for program in soffice ssconvert; do
    if ! command -v "$program" >/dev/null; then
        echo "error: $program is missing; install it with: apt-get install libreoffice-calc gnumeric" >&2
        exit 1
    fi
done

out=tests/fixtures/real
samples=(submissions/*.xlsx submissions/*.xls submissions/*.ods)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# LibreOffice's export filter and Gnumeric's exporter for each format.
declare -A calc_filter=(
    [xlsx]='xlsx:Calc MS Excel 2007 XML'
    [ods]='ods:calc8'
    [xls]='xls:MS Excel 97'
)
declare -A gnumeric_exporter=(
    [xlsx]='Gnumeric_Excel:xlsx2'
    [ods]='Gnumeric_OpenCalc:odf'
    [xls]='Gnumeric_Excel:excel_biff8'
)

for ext in xlsx ods xls; do
    for program in libreoffice gnumeric; do
        rm -rf "${out:?}/$program/$ext"
        mkdir -p "$out/$program/$ext"
    done

    if ! log=$(soffice --headless "-env:UserInstallation=file://$profile" \
        --convert-to "${calc_filter[$ext]}" --outdir "$out/libreoffice/$ext" "${samples[@]}" 2>&1); then
        echo "$log" >&2
        exit 1
    fi

    for sample in "${samples[@]}"; do
        name=$(basename "${sample%.*}")
        if ! log=$(ssconvert --export-type="${gnumeric_exporter[$ext]}" \
            "$sample" "$out/gnumeric/$ext/$name.$ext" 2>&1); then
            echo "$log" >&2
            exit 1
        fi
    done
done

count=$(find "$out" -type f | wc -l)
expected=$((${#samples[@]} * 6))
if [ "$count" -ne "$expected" ]; then
    echo "error: wrote $count files, expected $expected" >&2
    exit 1
fi
echo "wrote $count files under $out/"
