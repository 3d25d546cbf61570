//! Sheets as sparse rows of cells, read within a budget: a 2 KB workbook can
//! declare a cell at XFD1048576, so xlsx sheets are streamed cell by cell
//! instead of allocating calamine's dense grid.

use super::sniff::Format;
use super::{Finding, FindingCode, Limits, ods};
use calamine::{Data, Reader, SheetVisible};
use std::io::Cursor;

/// One non-empty cell: 0-based row and column, and its value.
pub type Cell = (u32, u32, Data);

/// A sheet's filled cells, and the formulas saved without a result (a
/// workbook written by a script and never opened in a spreadsheet program).
pub struct SheetCells {
    pub cells: Vec<Cell>,
    pub uncached: Vec<(u32, u32, String)>,
}

pub struct SheetInfo {
    pub name: String,
    pub hidden: bool,
}

/// A workbook open for reading, from the bytes of its file.
pub enum Book {
    Xlsx(calamine::Xlsx<Cursor<Vec<u8>>>),
    Xls(calamine::Xls<Cursor<Vec<u8>>>),
    /// The file itself, or a copy without the indentation calamine cannot read.
    Ods(calamine::Ods<ods::Source>),
}

#[derive(Debug)]
pub enum GridError {
    /// The workbook cannot be opened: a technical detail from the parser.
    Broken(String),
    /// A sheet cannot be parsed.
    Sheet(String),
    /// More filled cells than the limit.
    TooLarge(usize),
    /// The workbook is password-protected.
    Encrypted,
    /// A sheet the parser would lay out as a dense grid larger than the
    /// cell budget (rows and columns from 1, first and last).
    Area {
        rows: (u64, u64),
        columns: (u64, u64),
        limit: usize,
    },
}

impl GridError {
    pub fn finding(&self) -> Finding {
        match self {
            GridError::Broken(detail) => Finding::new(FindingCode::S011).arg("detail", detail),
            GridError::Sheet(detail) => Finding::new(FindingCode::S014).arg("detail", detail),
            GridError::TooLarge(limit) => Finding::new(FindingCode::S013).count("limit", *limit),
            GridError::Encrypted => Finding::new(FindingCode::S004),
            GridError::Area {
                rows,
                columns,
                limit,
            } => Finding::new(FindingCode::S018)
                .arg("rows", format!("{}–{}", rows.0, rows.1))
                .arg("columns", format!("{}–{}", columns.0, columns.1))
                .arg("limit", limit),
        }
    }
}

impl Book {
    /// Opens a workbook of `format` (as sniffed) from the whole file's `bytes`.
    pub fn open(bytes: Vec<u8>, format: Format, limits: &Limits) -> Result<Book, GridError> {
        let broken = |e: &dyn std::fmt::Display| {
            let detail = e.to_string();
            if detail.to_ascii_lowercase().contains("password") {
                GridError::Encrypted
            } else {
                GridError::Broken(detail)
            }
        };
        Ok(match format {
            Format::Xlsx => {
                Book::Xlsx(calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| broken(&e))?)
            }
            Format::Xls => {
                Book::Xls(calamine::Xls::new(Cursor::new(bytes)).map_err(|e| broken(&e))?)
            }
            Format::Ods => {
                let source = ods::source(bytes, limits)?;
                Book::Ods(calamine::Ods::new(source).map_err(|e| broken(&e))?)
            }
        })
    }

    pub fn sheets(&self) -> Vec<SheetInfo> {
        let metadata = match self {
            Book::Xlsx(b) => b.sheets_metadata(),
            Book::Xls(b) => b.sheets_metadata(),
            Book::Ods(b) => b.sheets_metadata(),
        };
        metadata
            .iter()
            .map(|s| SheetInfo {
                name: s.name.clone(),
                hidden: s.visible != SheetVisible::Visible,
            })
            .collect()
    }

    /// The sheet's non-empty cells in row-major order, within `limits`.
    /// `budget` is the number of cells the workbook may still use.
    pub fn cells(
        &mut self,
        sheet: &str,
        limits: &Limits,
        budget: &mut usize,
    ) -> Result<SheetCells, GridError> {
        let mut out = Vec::new();
        let mut uncached = Vec::new();
        let mut push = |row: u32, col: u32, value: Data| -> Result<(), GridError> {
            if value == Data::Empty {
                return Ok(());
            }
            if *budget == 0 {
                return Err(GridError::TooLarge(limits.max_cells));
            }
            *budget -= 1;
            out.push((row, col, value));
            Ok(())
        };
        match self {
            Book::Xlsx(book) => {
                let mut reader = book
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| GridError::Sheet(e.to_string()))?;
                while let Some(cell) = reader
                    .next_cell_with_formula()
                    .map_err(|e| GridError::Sheet(e.to_string()))?
                {
                    let (row, col) = cell.pos;
                    let value = match (cell.value, cell.formula) {
                        (calamine::DataRef::Empty, Some(formula)) if !formula.is_empty() => {
                            uncached.push((row, col, formula));
                            Data::Empty
                        }
                        (value, _) => Data::from(value),
                    };
                    push(row, col, value)?;
                }
            }
            Book::Xls(book) => {
                let range = book
                    .worksheet_range(sheet)
                    .map_err(|e| GridError::Sheet(e.to_string()))?;
                push_range(&range, &mut push)?;
            }
            Book::Ods(book) => {
                let range = book
                    .worksheet_range(sheet)
                    .map_err(|e| GridError::Sheet(e.to_string()))?;
                push_range(&range, &mut push)?;
            }
        }
        // Readers give cells row by row; only an unusual file needs sorting.
        if !out.is_sorted_by_key(|(r, c, _)| (*r, *c)) {
            out.sort_by_key(|(r, c, _)| (*r, *c));
        }
        Ok(SheetCells {
            cells: out,
            uncached,
        })
    }
}

fn push_range(
    range: &calamine::Range<Data>,
    push: &mut impl FnMut(u32, u32, Data) -> Result<(), GridError>,
) -> Result<(), GridError> {
    let (start_row, start_col) = range.start().unwrap_or((0, 0));
    for (r, c, value) in range.used_cells() {
        let (Ok(r), Ok(c)) = (u32::try_from(r), u32::try_from(c)) else {
            continue;
        };
        push(
            start_row.saturating_add(r),
            start_col.saturating_add(c),
            value.clone(),
        )?;
    }
    Ok(())
}
