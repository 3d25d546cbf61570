//! A pass over an .ods's `content.xml` before calamine reads it.
//!
//! Gnumeric, and any tool that pretty-prints its XML, indents `content.xml`:
//! a line break and spaces between a row's cells, between rows and between
//! the paragraphs of a cell. OpenDocument gives that whitespace no meaning,
//! but calamine 0.38 reads the whitespace inside a row as an error ("Expecting
//! 'table-cell', found Text") and would add the whitespace between two
//! paragraphs to the cell's text. So one streaming pass looks for it first;
//! when there is any, calamine reads an in-memory copy of the package without
//! it. Files without it (LibreOffice's, langaward's own) reach calamine untouched.
//! The write-up for calamine: `docs/upstream/calamine-ods-whitespace.md`.

use super::grid::GridError;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek, SeekFrom, Write};
use std::path::Path;
use zip::ZipArchive;
use zip::result::ZipError;

const CONTENT: &str = "content.xml";

/// The other parts calamine 0.38's `Ods::new` opens (mimetype check, the
/// manifest's encryption check, document properties): the in-memory copy
/// holds these and the normalised `content.xml`. Review on a calamine upgrade.
const PARTS_CALAMINE_READS: [&str; 3] = ["mimetype", "META-INF/manifest.xml", "meta.xml"];

/// Where calamine reads an .ods from.
pub enum Source {
    /// The applicant's file as it is.
    File(BufReader<File>),
    /// A copy of the parts calamine reads, `content.xml` normalised.
    Memory(Cursor<Vec<u8>>),
}

impl Read for Source {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Source::File(f) => f.read(buf),
            Source::Memory(m) => m.read(buf),
        }
    }
}

impl Seek for Source {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        match self {
            Source::File(f) => f.seek(pos),
            Source::Memory(m) => m.seek(pos),
        }
    }
}

/// What the pass over `content.xml` learned. A struct rather than a flag so
/// that the same single pass can report more about the content (e.g. the
/// cells that repeated rows and columns would make calamine allocate).
#[derive(Debug, Default)]
struct ContentScan {
    /// `content.xml` without the indentation between elements; `None` when
    /// it had none and calamine can read the file as it is.
    normalised: Option<Vec<u8>>,
}

/// Prepares an .ods for calamine. `max_unzipped` bounds what `content.xml`
/// may unpack to: the zip budget sniffing checked against what the entry
/// declares, held here against what it really holds.
pub fn source(path: &Path, max_unzipped: u64) -> Result<Source, GridError> {
    let broken = |e: &dyn std::fmt::Display| GridError::Broken(e.to_string());
    let file = File::open(path).map_err(|e| broken(&e))?;
    let mut archive = ZipArchive::new(BufReader::new(file)).map_err(|e| broken(&e))?;
    // A content.xml that cannot be read or parsed is calamine's to report,
    // in its own words, as it was before this pass existed.
    let scan = match content_xml(&mut archive, max_unzipped)? {
        Some(xml) => scan(&xml).unwrap_or_default(),
        None => ContentScan::default(),
    };
    match scan.normalised {
        Some(content) => repack(&mut archive, &content).map(Source::Memory),
        None => {
            let mut file = archive.into_inner();
            file.rewind().map_err(|e| broken(&e))?;
            Ok(Source::File(file))
        }
    }
}

/// `content.xml` whole, or `None` when it is missing or damaged.
fn content_xml<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    max_unzipped: u64,
) -> Result<Option<Vec<u8>>, GridError> {
    let Ok(entry) = archive.by_name(CONTENT) else {
        return Ok(None);
    };
    let mut xml = Vec::new();
    if entry
        .take(max_unzipped.saturating_add(1))
        .read_to_end(&mut xml)
        .is_err()
    {
        return Ok(None);
    }
    if xml.len() as u64 > max_unzipped {
        return Err(GridError::Broken(format!(
            "{CONTENT} unpacks to more than {} MB",
            max_unzipped.div_ceil(1024 * 1024)
        )));
    }
    Ok(Some(xml))
}

/// One streaming pass over `content.xml`, with the reader set up as calamine
/// sets up its own, so both see the same events and the same errors.
/// Whitespace-only text is indentation inside `office:body` (the sheets and
/// named ranges calamine reads) when its innermost open element is not a
/// `text:*` element (a paragraph or span, where spaces are content). The
/// styles before the body keep theirs: a space in a number format is
/// content, and calamine skips them anyway.
fn scan(xml: &[u8]) -> Result<ContentScan, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut open: Vec<Open> = Vec::new();
    let mut without = Without::new(xml);
    loop {
        let start = position(&reader);
        match reader.read_event()? {
            Event::Start(e) => {
                let name = e.name().into_inner();
                open.push(Open {
                    in_body: name == "office:body" || open.last().is_some_and(|p| p.in_body),
                    text: name.starts_with("text:"),
                });
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Text(t) if open.last().is_some_and(Open::indented) && is_whitespace(&t) => {
                without.cut(start, position(&reader));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(ContentScan {
        normalised: without.finish(),
    })
}

/// An open element, as far as whitespace in it matters.
struct Open {
    /// It is `office:body` or inside it.
    in_body: bool,
    /// It is a `text:*` element.
    text: bool,
}

impl Open {
    /// Whitespace-only text directly inside it is indentation.
    fn indented(&self) -> bool {
        self.in_body && !self.text
    }
}

fn position(reader: &Reader<&[u8]>) -> usize {
    usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX)
}

/// XML's whitespace: space, tab, line feed, carriage return.
fn is_whitespace(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
}

/// The document with some byte ranges cut out, copied only once the first
/// cut is known, so a document without any costs no copy.
struct Without<'a> {
    xml: &'a [u8],
    out: Option<Vec<u8>>,
    /// Where the part not yet copied starts.
    copied: usize,
}

impl<'a> Without<'a> {
    fn new(xml: &'a [u8]) -> Self {
        Without {
            xml,
            out: None,
            copied: 0,
        }
    }

    /// Cuts `from..to`; ranges come in document order and do not overlap.
    fn cut(&mut self, from: usize, to: usize) {
        let out = self
            .out
            .get_or_insert_with(|| Vec::with_capacity(self.xml.len()));
        out.extend_from_slice(self.xml.get(self.copied..from).unwrap_or_default());
        self.copied = to;
    }

    fn finish(self) -> Option<Vec<u8>> {
        let mut out = self.out?;
        out.extend_from_slice(self.xml.get(self.copied..).unwrap_or_default());
        Some(out)
    }
}

/// The package calamine reads, in memory: the parts it opens copied as they
/// are (still compressed), `content.xml` replaced and stored uncompressed.
fn repack<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    content: &[u8],
) -> Result<Cursor<Vec<u8>>, GridError> {
    let broken = |e: &dyn std::fmt::Display| GridError::Broken(e.to_string());
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for name in PARTS_CALAMINE_READS {
        match archive.by_name(name) {
            Ok(part) => out.raw_copy_file(part).map_err(|e| broken(&e))?,
            // calamine says which required part is missing; meta.xml is optional.
            Err(ZipError::FileNotFound) => {}
            Err(e) => return Err(broken(&e)),
        }
    }
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file(CONTENT, stored).map_err(|e| broken(&e))?;
    out.write_all(content).map_err(|e| broken(&e))?;
    out.finish().map_err(|e| broken(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader as _};

    const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";
    const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

    fn document(body: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \
             xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
             xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">{body}</office:document-content>"
        )
    }

    const COMPACT: &str = r#"<office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>first</text:p><text:p>second</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"#;

    const PRETTY: &str = r#"
  <office:body>
    <office:spreadsheet>
      <table:table table:name="Sheet1">
        <table:table-row>
          <table:table-cell office:value-type="string">
            <text:p>a</text:p>
          </table:table-cell>
          <table:table-cell office:value-type="float" office:value="2">
            <text:p>2</text:p>
          </table:table-cell>
        </table:table-row>
        <table:table-row>
          <table:table-cell office:value-type="string">
            <text:p>first</text:p>
            <text:p>second</text:p>
          </table:table-cell>
        </table:table-row>
      </table:table>
    </office:spreadsheet>
  </office:body>
"#;

    /// An .ods file holding `content`, in a fresh temporary folder.
    fn ods_file(content: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.ods");
        let mut zip = zip::ZipWriter::new(File::create(&path).unwrap());
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, text) in [
            ("mimetype", MIMETYPE),
            ("META-INF/manifest.xml", MANIFEST),
            (CONTENT, content),
        ] {
            zip.start_file(name, stored).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
        (dir, path)
    }

    fn read_sheet(content: &str) -> (bool, calamine::Range<Data>) {
        let (_dir, path) = ods_file(content);
        let source = source(&path, u64::MAX).unwrap();
        let rewritten = matches!(source, Source::Memory(_));
        let mut book = calamine::Ods::new(source).unwrap();
        (rewritten, book.worksheet_range("Sheet1").unwrap())
    }

    #[test]
    fn a_pretty_printed_sheet_reads_like_a_compact_one() {
        let (rewritten, compact) = read_sheet(&document(COMPACT));
        assert!(!rewritten, "a compact file goes to calamine as it is");
        let (rewritten, pretty) = read_sheet(&document(PRETTY));
        assert!(rewritten);
        assert_eq!(pretty, compact);
        assert_eq!(
            compact.get_value((1, 0)),
            Some(&Data::String("first\nsecond".into()))
        );
    }

    #[test]
    fn indentation_in_the_body_is_cut_and_nothing_else() {
        let scan = scan(document(PRETTY).as_bytes()).unwrap();
        // The line breaks around office:body are outside it: kept.
        assert_eq!(
            String::from_utf8(scan.normalised.unwrap()).unwrap(),
            document(&format!("\n  {COMPACT}\n"))
        );
    }

    #[test]
    fn spaces_in_styles_are_kept() {
        let styles = r#"<office:automatic-styles><number:date-style style:name="N1"><number:year/><number:text> </number:text></number:date-style></office:automatic-styles>"#;
        let scan = scan(document(&format!("{styles}{COMPACT}")).as_bytes()).unwrap();
        assert!(scan.normalised.is_none());
    }

    #[test]
    fn whitespace_inside_paragraphs_is_content() {
        let cell = r#"<table:table-row><table:table-cell office:value-type="string"><text:p> </text:p><text:p>a<text:span>  </text:span>b</text:p></table:table-cell></table:table-row>"#;
        let body = format!(
            r#"<office:body><office:spreadsheet><table:table table:name="Sheet1">{cell}</table:table></office:spreadsheet></office:body>"#
        );
        assert!(
            scan(document(&body).as_bytes())
                .unwrap()
                .normalised
                .is_none()
        );
        let indented = body.replace("<table:table-row>", "\n  <table:table-row>");
        let (rewritten, range) = read_sheet(&document(&indented));
        assert!(rewritten);
        assert_eq!(
            range.get_value((0, 0)),
            Some(&Data::String(" \na  b".into()))
        );
    }

    #[test]
    fn files_from_libreoffice_and_langaward_need_no_rewrite() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for (file, pretty) in [
            ("submissions/gjilan.ods", false),
            ("tests/fixtures/real/libreoffice/ods/gjilan.ods", false),
            ("tests/fixtures/real/gnumeric/ods/gjilan.ods", true),
        ] {
            let mut archive = ZipArchive::new(File::open(root.join(file)).unwrap()).unwrap();
            let xml = content_xml(&mut archive, u64::MAX).unwrap().unwrap();
            let scan = scan(&xml).unwrap();
            assert_eq!(scan.normalised.is_some(), pretty, "{file}");
        }
    }

    #[test]
    fn content_larger_than_the_budget_is_refused() {
        let (_dir, path) = ods_file(&document(PRETTY));
        let err = source(&path, 100).err().unwrap();
        assert!(matches!(err, GridError::Broken(d) if d.contains("content.xml")));
    }

    #[test]
    fn malformed_content_is_left_for_calamine_to_report() {
        let (_dir, path) = ods_file("<office:document-content><a b=></office:document-content>");
        assert!(matches!(source(&path, u64::MAX), Ok(Source::File(_))));
    }
}
