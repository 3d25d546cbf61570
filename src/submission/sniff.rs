//! Decides what a file is from its first bytes, not its name: calamine picks
//! a reader by extension alone, and applicants rename files.

use super::{Finding, FindingCode, Limits, Loaded};
use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Xls,
    Ods,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }

    fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "xls" => Some(Format::Xls),
            "ods" => Some(Format::Ods),
            _ => None,
        }
    }
}

/// What the bytes say a file is.
#[derive(Debug, PartialEq)]
pub enum Sniffed {
    Workbook {
        format: Format,
        /// The extension promised another format; the content wins.
        renamed_from: Option<Format>,
        /// The whole file, for the parser.
        bytes: Vec<u8>,
    },
    /// Not meant as a workbook at all (a README, a lock file): listed, not an error.
    Skip(Finding),
    /// Meant as a workbook but unusable.
    Reject(Finding),
}

const ZIP: &[u8] = b"PK\x03\x04";
const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Looks at what was `loaded` from `path` within `limits`: the file's size,
/// what a zip may declare it unpacks to (zip bombs), and the sheet area an
/// .xls may declare.
pub fn sniff(path: &Path, loaded: Loaded, limits: &Limits) -> Sniffed {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = extension(path);
    let claimed = Format::from_extension(&ext);
    let bytes = match loaded {
        Loaded::TooLarge(size) => {
            let mb = |b: u64| b.div_ceil(1024 * 1024);
            return Sniffed::Reject(
                Finding::new(FindingCode::S010)
                    .arg("size", mb(size))
                    .arg("limit", mb(limits.max_file_bytes)),
            );
        }
        _ if name.starts_with("~$") => return Sniffed::Skip(Finding::new(FindingCode::K002)),
        Loaded::Folder => {
            return match claimed {
                Some(_) => Sniffed::Reject(Finding::new(FindingCode::S001)),
                None => Sniffed::Skip(Finding::new(FindingCode::K003)),
            };
        }
        Loaded::Special => {
            return match claimed {
                Some(_) => Sniffed::Reject(Finding::new(FindingCode::S008)),
                None => Sniffed::Skip(Finding::new(FindingCode::K004)),
            };
        }
        Loaded::Unreadable(e) => {
            return Sniffed::Reject(Finding::new(FindingCode::S002).arg("detail", e));
        }
        Loaded::Bytes(bytes) => bytes,
    };
    let actual = if bytes.starts_with(ZIP) {
        match zip_kind(&bytes, limits.max_unzipped_bytes, limits.max_cells) {
            Ok(format) => format,
            Err(finding) => return Sniffed::Reject(finding),
        }
    } else if bytes.starts_with(CFB) {
        match cfb_kind(&bytes, limits.max_cells) {
            Ok(format) => format,
            Err(f) => return Sniffed::Reject(f),
        }
    } else {
        return match claimed {
            Some(_) if bytes.is_empty() => {
                Sniffed::Reject(Finding::new(FindingCode::S005).arg("ext", ext))
            }
            Some(_) => Sniffed::Reject(Finding::new(FindingCode::S006).arg("ext", ext)),
            None => Sniffed::Skip(Finding::new(FindingCode::K001)),
        };
    };
    Sniffed::Workbook {
        format: actual,
        renamed_from: claimed.filter(|c| *c != actual),
        bytes,
    }
}

/// Tells xlsx from ods inside a zip, after checking what it would unpack to.
fn zip_kind(bytes: &[u8], max_unzipped: u64, max_cells: usize) -> Result<Format, Finding> {
    let damaged = |detail: String| Finding::new(FindingCode::S003).arg("detail", detail);
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
    let mut unzipped: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| damaged(e.to_string()))?;
        unzipped = unzipped.saturating_add(entry.size());
    }
    if unzipped > max_unzipped {
        let mb = |b: u64| b.div_ceil(1024 * 1024);
        return Err(Finding::new(FindingCode::S015)
            .arg("size", mb(unzipped))
            .arg("limit", mb(max_unzipped)));
    }
    let kind_of = |detail: &str| damaged(detail.to_string());
    if archive.index_for_name("xl/workbook.xml").is_some() {
        check_shared_strings(&mut archive, max_cells)?;
        return Ok(Format::Xlsx);
    }
    if let Ok(mut mimetype) = archive.by_name("mimetype") {
        let mut kind = String::new();
        let _ = (&mut mimetype).take(128).read_to_string(&mut kind);
        if kind.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
            return Ok(Format::Ods);
        }
        return Err(kind_of(&format!(
            "an OpenDocument file of type {}",
            kind.trim()
        )));
    }
    if archive.index_for_name("word/document.xml").is_some() {
        return Err(kind_of("a Word document"));
    }
    Err(kind_of("no xl/workbook.xml inside"))
}

/// calamine reserves room for as many shared strings as `<sst
/// uniqueCount>` declares before it reads one (tafia/calamine#684): a 9 KB
/// workbook declaring a trillion aborts the whole process with an
/// allocation failure, which no panic handler can catch. So the declaration
/// is read first and refused when the table could not hold that many
/// strings (each takes at least `<si/>`, five bytes) or when it is over the
/// cell budget. Only the start of the table is read.
fn check_shared_strings<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    max_cells: usize,
) -> Result<(), Finding> {
    let tables: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"))
        .map(|n| n.into_owned())
        .collect();
    for name in tables {
        let Ok(entry) = archive.by_name(&name) else {
            continue;
        };
        let limit = (entry.size() / 5).min(max_cells as u64);
        let Some(declared) = declared_strings(entry) else {
            continue;
        };
        if declared > limit {
            return Err(Finding::new(FindingCode::S019)
                .count("declared", declared)
                .arg("limit", limit));
        }
    }
    Ok(())
}

/// The `uniqueCount` on the table's `<sst>` element, as calamine reads it.
/// The element opens the part, so a small buffer inflates only its first
/// bytes rather than the 8 KiB a default one asks for.
fn declared_strings(entry: impl Read) -> Option<u64> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::with_capacity(512, entry));
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                let count = e.try_get_attribute("uniqueCount").ok()??;
                return count.value.trim().parse().ok();
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => buf.clear(),
        }
    }
}

/// Checks a compound file (the container of .xls) with the `cfb` crate
/// before calamine sees it: calamine follows sector chains without a bound,
/// so a damaged chain that loops would make it allocate until the machine
/// runs out of memory. Every stream is walked with a byte budget of the
/// file's own size; an encrypted OOXML workbook is recognised by its
/// `EncryptedPackage` stream.
///
/// The file is opened permissively: LibreOffice, among others, writes a
/// directory tree that breaks the spec's red-black colouring rules, which
/// neither calamine nor any spreadsheet program minds, so refusing it would
/// refuse ordinary workbooks. What protects the machine is the budgeted
/// walk, not the strict reading of the directory.
fn cfb_kind(bytes: &[u8], max_cells: usize) -> Result<Format, Finding> {
    let damaged = |detail: String| Finding::new(FindingCode::S017).arg("detail", detail);
    let budget = bytes.len() as u64 + 1;
    let mut file =
        cfb::CompoundFile::open(std::io::Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
    if file.is_stream("EncryptedPackage") {
        return Err(Finding::new(FindingCode::S004));
    }
    let streams: Vec<std::path::PathBuf> = file
        .walk()
        .filter(|e| e.is_stream())
        .map(|e| e.path().to_path_buf())
        .collect();
    for stream in &streams {
        let reader = file
            .open_stream(stream)
            .map_err(|e| damaged(e.to_string()))?;
        let mut content = Vec::new();
        reader
            .take(budget)
            .read_to_end(&mut content)
            .map_err(|e| damaged(e.to_string()))?;
        if content.len() as u64 >= budget {
            return Err(damaged(format!(
                "stream {} runs in a loop",
                stream.display()
            )));
        }
        let name = stream.to_string_lossy();
        if name.ends_with("Workbook") || name.ends_with("Book") {
            check_dimensions(&content, max_cells)?;
        }
    }
    if !file.is_stream("Workbook") && !file.is_stream("Book") {
        return Err(damaged("no Workbook stream inside".into()));
    }
    Ok(Format::Xls)
}

/// calamine reserves room for every cell a sheet's DIMENSIONS record
/// declares, and then lays every sheet out as a dense grid spanning its
/// cells; a damaged or hostile record (a cell at row 65535, column 60000)
/// would make it allocate without bound. So the BIFF records are scanned
/// here first (2-byte type, 2-byte length; cell records start with a 2-byte
/// row and a 2-byte column) and each sheet's area is checked against the
/// cell budget.
fn check_dimensions(biff: &[u8], max_cells: usize) -> Result<(), Finding> {
    let le = |at: usize, n: usize| {
        biff.get(at..at + n)
            .map(|b| b.iter().rev().fold(0u64, |v, &x| v << 8 | u64::from(x)))
    };
    let too_large = |rows: (u64, u64), cols: (u64, u64)| {
        Finding::new(FindingCode::S018)
            .arg("rows", format!("{}–{}", rows.0, rows.1))
            .arg("columns", format!("{}–{}", cols.0, cols.1))
            .arg("limit", max_cells)
    };
    let area = |rows: (u64, u64), cols: (u64, u64)| {
        (rows.1 + 1)
            .checked_sub(rows.0)
            .zip((cols.1 + 1).checked_sub(cols.0))
            .map(|(r, c)| r.saturating_mul(c))
    };
    // The bounding box of the current sheet's cells: (min row, max row, min col, max col).
    let mut bbox: Option<(u64, u64, u64, u64)> = None;
    let mut at = 0;
    while let (Some(kind), Some(len)) = (le(at, 2), le(at + 2, 2)) {
        let body = at + 4;
        let cell = |col_at: usize| le(body, 2).zip(le(body + col_at, 2));
        let mut cells = Vec::new();
        match kind {
            // BOF: a new sheet begins.
            0x0809 => bbox = None,
            // DIMENSIONS, BIFF8 (u32 rows) and older (u16 rows).
            0x0200 => {
                let dims = match len {
                    10 => le(body, 2)
                        .zip(le(body + 2, 2))
                        .zip(le(body + 4, 2).zip(le(body + 6, 2))),
                    14 | 16 => le(body, 4)
                        .zip(le(body + 4, 4))
                        .zip(le(body + 8, 2).zip(le(body + 10, 2))),
                    _ => None,
                };
                if let Some(((first_row, end_row), (first_col, end_col))) = dims {
                    let rows = (first_row, end_row.saturating_sub(1).max(first_row));
                    let cols = (first_col, end_col.saturating_sub(1).max(first_col));
                    if end_row < first_row
                        || end_col < first_col
                        || area(rows, cols).is_none_or(|a| a > max_cells as u64)
                    {
                        return Err(too_large((first_row, end_row), (first_col, end_col)));
                    }
                }
            }
            // NUMBER, LABEL, LABELSST, RK, BOOLERR, FORMULA, RSTRING, BLANK.
            0x0203 | 0x0204 | 0x00FD | 0x027E | 0x0205 | 0x0006 | 0x00D6 | 0x0201 => {
                cells.extend(cell(2))
            }
            // MULRK, MULBLANK: a run of columns on one row; the last column ends the record.
            0x00BD | 0x00BE => {
                cells.extend(cell(2));
                if let (Some(row), Some(last)) = (
                    le(body, 2),
                    (len >= 2).then(|| le(body + len as usize - 2, 2)).flatten(),
                ) {
                    cells.push((row, last));
                }
            }
            _ => {}
        }
        for (row, col) in cells {
            let b = bbox.get_or_insert((row, row, col, col));
            *b = (b.0.min(row), b.1.max(row), b.2.min(col), b.3.max(col));
            let (rows, cols) = ((b.0, b.1), (b.2, b.3));
            if area(rows, cols).is_none_or(|a| a > max_cells as u64) {
                return Err(too_large(rows, cols));
            }
        }
        at = body + len as usize;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const END_OF_CHAIN: u32 = 0xFFFF_FFFE;

    /// A version 3 compound file (512-byte sectors) whose `Workbook` stream
    /// fills 16 regular sectors.
    fn compound() -> Vec<u8> {
        let cursor = std::io::Cursor::new(Vec::new());
        let mut file = cfb::CompoundFile::create_with_version(cfb::Version::V3, cursor).unwrap();
        let mut stream = file.create_stream("Workbook").unwrap();
        stream.write_all(&[0u8; 16 * 512]).unwrap();
        drop(stream);
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    /// Points the last sector of the 16-sector chain back at its first, so
    /// that no sector is pointed at twice and only walking the chain finds
    /// the loop.
    fn loop_the_chain(bytes: &mut [u8]) {
        let u32_at = |b: &[u8], at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
        let fat_at = (u32_at(bytes, 0x4C) as usize + 1) * 512;
        let next = |b: &[u8], sector: u32| u32_at(b, fat_at + 4 * sector as usize);
        // The sectors of the chain starting at `start`, if it ends properly.
        let chain = |b: &[u8], start: u32| {
            let mut sectors = vec![start];
            loop {
                match next(b, *sectors.last().unwrap()) {
                    END_OF_CHAIN => return sectors,
                    n if n < 128 && sectors.len() < 128 => sectors.push(n),
                    _ => return Vec::new(),
                }
            }
        };
        let sectors = (0..128)
            .map(|s| chain(bytes, s))
            .find(|c| c.len() == 16)
            .unwrap();
        let at = fat_at + 4 * *sectors.last().unwrap() as usize;
        bytes[at..at + 4].copy_from_slice(&sectors[0].to_le_bytes());
    }

    fn kind(bytes: &[u8]) -> Result<Format, Finding> {
        cfb_kind(bytes, 1_000_000)
    }

    #[test]
    fn a_directory_only_a_strict_reader_refuses_is_read() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/real/libreoffice/xls/cec.xls");
        let bytes = std::fs::read(path).unwrap();
        let strict = cfb::CompoundFile::open_strict(std::io::Cursor::new(&bytes));
        assert!(
            strict
                .err()
                .unwrap()
                .to_string()
                .contains("adjacent red nodes")
        );
        assert_eq!(kind(&bytes), Ok(Format::Xls));
    }

    #[test]
    fn a_sector_chain_that_loops_is_refused() {
        let mut bytes = compound();
        assert_eq!(kind(&bytes), Ok(Format::Xls));
        loop_the_chain(&mut bytes);
        let refused = kind(&bytes).unwrap_err();
        assert_eq!(refused.code, FindingCode::S017, "{refused:?}");
    }
}

#[cfg(test)]
mod shared_string_tests {
    use super::*;
    use std::io::Write;

    /// A zip holding `xl/workbook.xml` and the given shared-strings table.
    fn workbook(sst: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("xl/workbook.xml", options).unwrap();
        zip.write_all(b"<workbook/>").unwrap();
        zip.start_file("xl/sharedStrings.xml", options).unwrap();
        zip.write_all(sst.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    fn kind(sst: &str, max_cells: usize) -> Result<Format, Finding> {
        zip_kind(&workbook(sst), u64::MAX, max_cells)
    }

    #[test]
    fn a_table_declaring_more_strings_than_it_holds_is_refused() {
        let hostile = r#"<?xml version="1.0"?><sst xmlns="x" count="1" uniqueCount="1099511627776"><si><t>a</t></si></sst>"#;
        let refused = kind(hostile, 1_000_000).unwrap_err();
        assert_eq!(refused.code, FindingCode::S019);
        assert!(refused.args[0].1 == *"1099511627776");
    }

    #[test]
    fn a_table_declaring_more_strings_than_the_cell_budget_is_refused() {
        let padded = format!(
            r#"<sst uniqueCount="5000">{}</sst>"#,
            "<si><t>a</t></si>".repeat(5000)
        );
        assert_eq!(kind(&padded, 1000).unwrap_err().code, FindingCode::S019);
        assert_eq!(kind(&padded, 10_000), Ok(Format::Xlsx));
    }

    #[test]
    fn honest_and_undeclared_tables_pass() {
        let honest = r#"<sst count="2" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>"#;
        assert_eq!(kind(honest, 1_000_000), Ok(Format::Xlsx));
        assert_eq!(kind("<sst><si><t>a</t></si></sst>", 1), Ok(Format::Xlsx));
        assert_eq!(kind("not xml <<<", 1), Ok(Format::Xlsx));
    }
}
