//! Editing a workbook at the level of its zip entries and XML: the way to make the
//! filled, damaged and hostile workbooks no spreadsheet library writes.

use crate::Result;
use std::io::{Read as _, Write as _};
use std::path::Path;

/// Rewrites the zip at `path` entry by entry; `edit` returns an entry's new
/// content, or `None` to leave the entry out.
pub fn rezip(
    path: &Path,
    mut edit: impl FnMut(&str, Vec<u8>) -> Result<Option<Vec<u8>>>,
) -> Result<()> {
    let bytes = std::fs::read(path)?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name()?.to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content)?;
        if let Some(content) = edit(&name, content)? {
            out.start_file(name, zip::write::SimpleFileOptions::default())?;
            out.write_all(&content)?;
        }
    }
    std::fs::write(path, out.finish()?.into_inner())?;
    Ok(())
}

/// Where the element of `cell` (e.g. "F7") lies in a worksheet's XML: its
/// start, the end of its opening tag, and its end — for `<c …/>` as well as
/// `<c …>…</c>`.
pub fn cell_span(xml: &str, cell: &str) -> Result<(usize, usize, usize)> {
    let start = xml
        .find(&format!("<c r=\"{cell}\""))
        .ok_or_else(|| format!("no cell {cell}"))?;
    let open_end = start + xml[start..].find('>').ok_or("unclosed cell")?;
    let end = if xml[..open_end].ends_with('/') {
        open_end + 1
    } else {
        open_end + xml[open_end..].find("</c>").ok_or("unclosed cell")? + 4
    };
    Ok((start, open_end, end))
}

/// Replaces cell `cell` (e.g. "D3") of worksheet number `sheet` (1-based,
/// in the order the sheets were added) with raw `xml`.
pub fn patch_cell(path: &Path, sheet: usize, cell: &str, xml: &str) -> Result<()> {
    let target = format!("xl/worksheets/sheet{sheet}.xml");
    rezip(path, |name, content| {
        if name != target {
            return Ok(Some(content));
        }
        let text = String::from_utf8(content)?;
        let (start, _, end) = cell_span(&text, cell)?;
        Ok(Some(
            format!("{}{xml}{}", &text[..start], &text[end..]).into_bytes(),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_found_blank_or_filled() {
        let xml = r#"<row><c r="A1" s="2"/><c r="B1" t="s"><v>0</v></c></row>"#;
        assert_eq!(cell_span(xml, "A1").unwrap(), (5, 21, 22));
        let (start, open_end, end) = cell_span(xml, "B1").unwrap();
        assert_eq!(&xml[start..=open_end], r#"<c r="B1" t="s">"#);
        assert_eq!(&xml[start..end], r#"<c r="B1" t="s"><v>0</v></c>"#);
        assert!(cell_span(xml, "C1").is_err());
    }
}
