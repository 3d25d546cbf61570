#!/usr/bin/env python3
"""Convert the bundled sample that ships as legacy .xls (Excel 97-2003).

No maintained Rust crate writes .xls, so `cargo run --example make_samples` writes that
applicant as xlsx into target/xls-source/ and this script converts it: it reads the xlsx
with openpyxl and writes <out-dir>/<name>.xls with xlwt. Every sheet, cell position, text,
number and date is kept; dates stay real Excel dates with the source's number format
(yyyy-mm-dd hh:mm, yyyy-mm-dd), header cells stay bold.

Needs:  pip install openpyxl xlwt

Usage:  python3 tools/make_xls.py [SOURCE.xlsx ...] [--out-dir DIR]

Without SOURCE, converts every target/xls-source/*.xlsx; DIR defaults to submissions/.
Both defaults are relative to the repository root, not to the current directory.
"""

import argparse
import pathlib
import sys

import openpyxl
import xlwt

ROOT = pathlib.Path(__file__).resolve().parent.parent
XLSX_WIDTH_TO_XLS = 256  # xls column widths are in 1/256 of a character


def convert(source: pathlib.Path, target: pathlib.Path) -> None:
    book_in = openpyxl.load_workbook(source)
    book_out = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def style_of(cell):
        key = (cell.number_format, bool(cell.font and cell.font.b))
        if key not in styles:
            style = xlwt.XFStyle()
            style.num_format_str = key[0]
            font = xlwt.Font()
            font.bold = key[1]
            style.font = font
            styles[key] = style
        return styles[key]

    for sheet_in in book_in.worksheets:
        sheet_out = book_out.add_sheet(sheet_in.title)
        for row in sheet_in.iter_rows():
            for cell in row:
                if cell.value is not None:
                    sheet_out.write(cell.row - 1, cell.column - 1, cell.value, style_of(cell))
        for dimension in sheet_in.column_dimensions.values():
            if dimension.width:
                for column in range(dimension.min, dimension.max + 1):
                    sheet_out.col(column - 1).width = int(dimension.width * XLSX_WIDTH_TO_XLS)

    book_out.save(str(target))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=pathlib.Path, help="xlsx files to convert")
    parser.add_argument("--out-dir", type=pathlib.Path, default=ROOT / "submissions")
    args = parser.parse_args()

    sources = args.sources or sorted((ROOT / "target" / "xls-source").glob("*.xlsx"))
    if not sources:
        print("nothing to convert: run `cargo run --example make_samples` first", file=sys.stderr)
        return 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for source in sources:
        target = args.out_dir / (source.stem + ".xls")
        convert(source, target)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
