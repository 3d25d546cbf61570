//! Decides what a file is from its first bytes, not its name: calamine picks
//! a reader by extension alone, and applicants rename files.

use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Xls,
    Ods,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "an Excel workbook (.xlsx)",
            Format::Xls => "a legacy Excel workbook (.xls)",
            Format::Ods => "an OpenDocument spreadsheet (.ods)",
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
#[derive(Debug, PartialEq, Eq)]
pub enum Sniffed {
    Workbook {
        format: Format,
        /// The extension promised another format; the content wins.
        renamed_from: Option<Format>,
    },
    /// Not meant as a workbook at all (a README, a lock file): listed, not an error.
    Skip(String),
    /// Meant as a workbook but unusable.
    Reject { code: &'static str, reason: String },
}

const ZIP: &[u8] = b"PK\x03\x04";
const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

pub fn sniff(path: &Path) -> Sniffed {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let claimed = Format::from_extension(&extension(path));
    if name.starts_with("~$") {
        return Sniffed::Skip(
            "an Excel lock file (the workbook is open somewhere); the workbook itself is read"
                .into(),
        );
    }
    if path.is_dir() {
        return match claimed {
            Some(_) => reject("S001", "this is a folder, not a workbook file"),
            None => Sniffed::Skip(
                "a folder; only files directly in the submissions folder are read".into(),
            ),
        };
    }
    let mut head = [0u8; 8];
    let read = match std::fs::File::open(path).and_then(|mut f| read_up_to(&mut f, &mut head)) {
        Ok(n) => n,
        Err(e) => return reject("S002", &format!("the file cannot be opened: {e}")),
    };
    let head = head.get(..read).unwrap_or_default();
    let actual = if head.starts_with(ZIP) {
        match zip_kind(path) {
            Ok(format) => format,
            Err(reason) => return reject("S003", &reason),
        }
    } else if head.starts_with(CFB) {
        match cfb_kind(path) {
            Ok(format) => format,
            Err(reason) => return reject("S004", &reason),
        }
    } else {
        return match claimed {
            Some(f) if read == 0 => reject(
                "S005",
                &format!("the file is empty (0 bytes); expected {}", f.name()),
            ),
            Some(f) => reject(
                "S006",
                &format!(
                    "the file is not a spreadsheet, although its name ends in .{}; expected {}",
                    extension(path),
                    f.name()
                ),
            ),
            None => {
                Sniffed::Skip("not a workbook (only .xlsx, .xlsm, .xls and .ods are read)".into())
            }
        };
    };
    Sniffed::Workbook {
        format: actual,
        renamed_from: claimed.filter(|c| *c != actual),
    }
}

fn reject(code: &'static str, reason: &str) -> Sniffed {
    Sniffed::Reject {
        code,
        reason: reason.to_string(),
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

fn zip_kind(path: &Path) -> Result<Format, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("the file cannot be opened: {e}"))?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| format!("the file looks like a workbook but its zip container is damaged ({e}); save it again from the spreadsheet program"))?;
    if archive.index_for_name("xl/workbook.xml").is_some() {
        return Ok(Format::Xlsx);
    }
    if let Ok(mut mimetype) = archive.by_name("mimetype") {
        let mut kind = String::new();
        let _ = (&mut mimetype).take(128).read_to_string(&mut kind);
        if kind.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
            return Ok(Format::Ods);
        }
        return Err(format!(
            "the file is an OpenDocument file of another kind ({}), not a spreadsheet",
            kind.trim()
        ));
    }
    if archive.index_for_name("word/document.xml").is_some() {
        return Err("the file is a Word document, not a workbook".into());
    }
    Err("the file is a zip archive without a workbook inside (no xl/workbook.xml)".into())
}

/// An encrypted OOXML workbook is a compound file holding an
/// `EncryptedPackage` stream; directory entry names are UTF-16LE.
fn cfb_kind(path: &Path) -> Result<Format, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("the file cannot be read: {e}"))?;
    let needle: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
        return Err("the workbook is password-protected; send it again without a password".into());
    }
    Ok(Format::Xls)
}
