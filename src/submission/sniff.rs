//! Decides what a file is from its first bytes, not its name: calamine picks
//! a reader by extension alone, and applicants rename files.

use super::{Finding, Limits};
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

/// Looks at the bytes within `limits`: what a zip may declare it unpacks
/// to (zip bombs), and the sheet area an .xls may declare.
pub fn sniff(path: &Path, limits: &Limits) -> Sniffed {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = extension(path);
    let claimed = Format::from_extension(&ext);
    if name.starts_with("~$") {
        return Sniffed::Skip(Finding::note("K002"));
    }
    if path.is_dir() {
        return match claimed {
            Some(_) => Sniffed::Reject(Finding::error("S001")),
            None => Sniffed::Skip(Finding::note("K003")),
        };
    }
    let mut head = [0u8; 8];
    let read = match std::fs::File::open(path).and_then(|mut f| read_up_to(&mut f, &mut head)) {
        Ok(n) => n,
        Err(e) => return Sniffed::Reject(Finding::error("S002").arg("detail", e)),
    };
    let head = head.get(..read).unwrap_or_default();
    let actual = if head.starts_with(ZIP) {
        match zip_kind(path, limits.max_unzipped_bytes) {
            Ok(format) => format,
            Err(finding) => return Sniffed::Reject(finding),
        }
    } else if head.starts_with(CFB) {
        match cfb_kind(path, limits.max_cells) {
            Ok(format) => format,
            Err(f) => return Sniffed::Reject(f),
        }
    } else {
        return match claimed {
            Some(_) if read == 0 => Sniffed::Reject(Finding::error("S005").arg("ext", ext)),
            Some(_) => Sniffed::Reject(Finding::error("S006").arg("ext", ext)),
            None => Sniffed::Skip(Finding::note("K001")),
        };
    };
    Sniffed::Workbook {
        format: actual,
        renamed_from: claimed.filter(|c| *c != actual),
    }
}

fn read_up_to(f: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut total = 0;
    while total < buf.len() {
        let Some(rest) = buf.get_mut(total..) else {
            break;
        };
        match f.read(rest)? {
            0 => break,
            n => total += n,
        }
    }
    Ok(total)
}

/// Tells xlsx from ods inside a zip, after checking what it would unpack to.
fn zip_kind(path: &Path, max_unzipped: u64) -> Result<Format, Finding> {
    let damaged = |detail: String| Finding::error("S003").arg("detail", detail);
    let file = std::fs::File::open(path).map_err(|e| damaged(e.to_string()))?;
    let mut archive =
        zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| damaged(e.to_string()))?;
    let mut unzipped: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| damaged(e.to_string()))?;
        unzipped = unzipped.saturating_add(entry.size());
    }
    if unzipped > max_unzipped {
        let mb = |b: u64| b.div_ceil(1024 * 1024);
        return Err(Finding::error("S015")
            .arg("size", mb(unzipped))
            .arg("limit", mb(max_unzipped)));
    }
    let kind_of = |detail: &str| damaged(detail.to_string());
    if archive.index_for_name("xl/workbook.xml").is_some() {
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

/// Checks a compound file (the container of .xls) with the `cfb` crate
/// before calamine sees it: calamine follows sector chains without a bound,
/// so a damaged chain that loops would make it allocate until the machine
/// runs out of memory. Every stream is walked with a byte budget of the
/// file's own size; an encrypted OOXML workbook is recognised by its
/// `EncryptedPackage` stream.
fn cfb_kind(path: &Path, max_cells: usize) -> Result<Format, Finding> {
    let bytes = std::fs::read(path).map_err(|e| Finding::error("S002").arg("detail", e))?;
    let damaged = |detail: String| Finding::error("S017").arg("detail", detail);
    let budget = bytes.len() as u64 + 1;
    let mut file = cfb::CompoundFile::open_strict(std::io::Cursor::new(&bytes))
        .map_err(|e| damaged(e.to_string()))?;
    if file.is_stream("EncryptedPackage") {
        return Err(Finding::error("S004"));
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
/// declares, so a damaged or hostile record would make it allocate without
/// bound; such a record is refused here (BIFF8: 2-byte type, 2-byte length).
fn check_dimensions(biff: &[u8], max_cells: usize) -> Result<(), Finding> {
    let u16_at = |at: usize| {
        biff.get(at..at + 2)
            .map(|b| b.iter().rev().fold(0u64, |n, &x| n << 8 | u64::from(x)))
    };
    let u32_at = |at: usize| {
        biff.get(at..at + 4)
            .map(|b| b.iter().rev().fold(0u64, |n, &x| n << 8 | u64::from(x)))
    };
    let mut at = 0;
    while let (Some(kind), Some(len)) = (u16_at(at), u16_at(at + 2)) {
        let body = at + 4;
        if kind == 0x0200 {
            let (rows, cols) = match len {
                10 => (
                    u16_at(body).zip(u16_at(body + 2)),
                    u16_at(body + 4).zip(u16_at(body + 6)),
                ),
                14 | 16 => (
                    u32_at(body).zip(u32_at(body + 4)),
                    u16_at(body + 8).zip(u16_at(body + 10)),
                ),
                _ => (None, None),
            };
            if let (Some((first_row, last_row)), Some((first_col, last_col))) = (rows, cols) {
                let area = (last_row + 1)
                    .checked_sub(first_row)
                    .zip((last_col + 1).checked_sub(first_col))
                    .map(|(r, c)| r.saturating_mul(c));
                if area.is_none_or(|a| a > max_cells as u64) {
                    return Err(Finding::error("S018")
                        .arg("rows", format!("{first_row}–{last_row}"))
                        .arg("columns", format!("{first_col}–{last_col}"))
                        .arg("limit", max_cells));
                }
            }
        }
        at = body + len as usize;
    }
    Ok(())
}
