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
use quick_xml::Writer;
use quick_xml::events::{BytesStart, Event};
use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read, Seek, SeekFrom, Write};
use zip::ZipArchive;
use zip::result::ZipError;

const CONTENT: &str = "content.xml";

/// The other parts calamine 0.38's `Ods::new` opens (mimetype check, the
/// manifest's encryption check, document properties): the rewritten copy
/// holds these and the normalised `content.xml`. Review on a calamine upgrade.
const PARTS_CALAMINE_READS: [&str; 3] = ["mimetype", "META-INF/manifest.xml", "meta.xml"];

/// calamine 0.38's own caps on a sheet's rows and columns.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Where calamine reads an .ods from.
pub enum Source {
    /// The applicant's file, as read.
    Original(Cursor<Vec<u8>>),
    /// A rewritten copy in an anonymous temporary file (on disk, so a large
    /// document costs no memory), deleted when closed.
    Rewritten(BufReader<File>),
}

impl Read for Source {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Source::Original(bytes) => bytes.read(buf),
            Source::Rewritten(file) => file.read(buf),
        }
    }
}

impl Seek for Source {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        match self {
            Source::Original(bytes) => bytes.seek(to),
            Source::Rewritten(file) => file.seek(to),
        }
    }
}

/// What the pass over `content.xml` learned.
#[derive(Debug, Default, PartialEq)]
struct ContentScan {
    /// Indentation between elements that calamine would choke on.
    indented: bool,
}

/// Counts what is read through it: `content.xml`'s real size, whatever its
/// entry declares.
struct Counted<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes = self.bytes.saturating_add(n as u64);
        Ok(n)
    }
}

/// A sheet over the cell budget, as calamine would lay it out.
#[derive(Debug, PartialEq)]
struct TooLarge {
    rows: (u64, u64),
    columns: (u64, u64),
}

enum ScanError {
    /// Not well-formed: calamine's to report, in its own words.
    Xml,
    TooLarge(TooLarge),
}

/// Prepares an .ods for calamine, within `limits`: what `content.xml` may
/// unpack to (checked against what it really holds) and the cells calamine
/// would lay out. calamine builds every sheet as a dense grid while it opens
/// the file, materialising each repeated cell and row (3,000 rows of one cell
/// repeated 16,384 times is an 8 KB file and gigabytes of memory), so that
/// is counted first and refused over `--max-cells` (S018).
pub fn source(bytes: Vec<u8>, limits: &super::Limits) -> Result<Source, GridError> {
    let broken = |e: &dyn std::fmt::Display| GridError::Broken(e.to_string());
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| broken(&e))?;
    let budget = limits.max_unzipped_bytes;
    let (scanned, bytes) = match archive.by_name(CONTENT) {
        Ok(entry) => {
            let mut counted = Counted {
                inner: entry.take(budget.saturating_add(1)),
                bytes: 0,
            };
            let scanned = scan(BufReader::new(&mut counted), limits.max_cells);
            (scanned, counted.bytes)
        }
        // A missing or unreadable content.xml is calamine's to report.
        Err(_) => (Err(ScanError::Xml), 0),
    };
    if bytes > budget {
        return Err(GridError::Broken(format!(
            "{CONTENT} unpacks to more than {} MB",
            budget.div_ceil(1024 * 1024)
        )));
    }
    let scan = match scanned {
        Ok(scan) => scan,
        Err(ScanError::TooLarge(t)) => {
            return Err(GridError::Area {
                rows: t.rows,
                columns: t.columns,
                limit: limits.max_cells,
            });
        }
        Err(ScanError::Xml) => ContentScan::default(),
    };
    let mut source = if scan.indented {
        Source::Rewritten(repack(&mut archive)?)
    } else {
        Source::Original(archive.into_inner())
    };
    source.rewind().map_err(|e| broken(&e))?;
    Ok(source)
}

/// The reader as calamine sets up its own, so both see the same events and
/// the same errors, except that empty elements stay empty (the rewrite then
/// keeps them as they were written).
fn reader<R: BufRead>(xml: R) -> Reader<R> {
    let mut reader = Reader::from_reader(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = false;
    reader
}

/// An open element, as far as whitespace in it matters.
struct Open {
    /// It is `office:body` or inside it.
    in_body: bool,
    /// It is a `text:*` element.
    text: bool,
    /// It is a table row: its direct children are the cells calamine counts.
    row: bool,
}

impl Open {
    /// Whitespace-only text directly inside it is indentation: inside
    /// `office:body` (the sheets and named ranges calamine reads) and not in
    /// a `text:*` element (a paragraph or span, where spaces are content).
    /// The styles before the body keep theirs: a space in a number format
    /// is content, and calamine skips them anyway.
    fn indented(&self) -> bool {
        self.in_body && !self.text
    }
}

/// Tracks the elements open at the current point of the document.
#[derive(Default)]
struct Stack(Vec<Open>);

impl Stack {
    fn push(&mut self, name: &str) {
        self.0.push(Open {
            in_body: name == "office:body" || self.0.last().is_some_and(|p| p.in_body),
            text: name.starts_with("text:"),
            row: name == "table:table-row",
        });
    }

    fn pop(&mut self) {
        self.0.pop();
    }

    /// Whitespace-only `text` here is indentation to cut.
    fn cuts(&self, text: &str) -> bool {
        self.0.last().is_some_and(Open::indented) && is_whitespace(text)
    }

    fn in_row(&self) -> bool {
        self.0.last().is_some_and(|o| o.row)
    }
}

/// One streaming pass over `content.xml`: whether it is indented, and the
/// cells calamine would allocate, refused as soon as they pass `max_cells`.
fn scan<R: BufRead>(xml: R, max_cells: usize) -> Result<ContentScan, ScanError> {
    let mut reader = reader(xml);
    let mut stack = Stack::default();
    let mut cells = Cells::new(max_cells as u64);
    let mut indented = false;
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|_| ScanError::Xml)?;
        match &event {
            Event::Start(e) => {
                cells.element(e, stack.in_row(), false)?;
                stack.push(e.name().into_inner());
            }
            Event::Empty(e) => cells.element(e, stack.in_row(), true)?,
            Event::End(e) => {
                cells.end(e.name().into_inner())?;
                stack.pop();
            }
            Event::Text(t) if stack.cuts(t.as_ref()) => indented = true,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(ContentScan { indented })
}

/// calamine's layout of one sheet, counted without building it: each row
/// holds its cells up to the last one (a run of empty cells is laid out only
/// when a cell follows it), and the sheet is the box from the first to the
/// last row and column holding a value, every repeated row laid out again.
struct Cells {
    max: u64,
    /// Cells of the sheets already closed.
    done: u64,
    sheet: Sheet,
    row: Row,
}

#[derive(Default)]
struct Sheet {
    /// Cells laid out row by row (a repeated row counted once).
    raw: u64,
    rows: u64,
    /// Rows (expanded) and columns of the first and last values.
    first_row: Option<u64>,
    end_row: u64,
    first_column: u64,
    last_column: u64,
}

#[derive(Default)]
struct Row {
    repeats: u64,
    width: u64,
    /// Empty cells not laid out unless another cell follows.
    pending: u64,
    first: Option<u64>,
    last: u64,
}

fn attribute(e: &BytesStart, name: &str) -> Option<u64> {
    let value = e.try_get_attribute(name).ok()??;
    value.value.trim().parse().ok()
}

impl Cells {
    fn new(max: u64) -> Cells {
        Cells {
            max,
            done: 0,
            sheet: Sheet::default(),
            row: Row::default(),
        }
    }

    fn element(&mut self, e: &BytesStart, in_row: bool, empty: bool) -> Result<(), ScanError> {
        match e.name().into_inner() {
            "table:table" if !empty => self.sheet = Sheet::default(),
            "table:table-row" => {
                let repeats = attribute(e, "table:number-rows-repeated").unwrap_or(1);
                let left = MAX_ROWS.saturating_sub(self.sheet.rows);
                self.row = Row {
                    repeats: repeats.min(left),
                    ..Row::default()
                };
                if empty {
                    self.end_row()?;
                }
            }
            "table:table-cell" | "table:covered-table-cell" if in_row => {
                let repeats = attribute(e, "table:number-columns-repeated").unwrap_or(1);
                let valued = ["office:value-type", "office:value", "table:formula"]
                    .iter()
                    .any(|a| e.try_get_attribute(a).ok().flatten().is_some());
                self.cell(repeats, valued || !empty);
            }
            _ => {}
        }
        Ok(())
    }

    /// One cell element: `valued` when it holds (or may hold) a value.
    fn cell(&mut self, repeats: u64, valued: bool) {
        let row = &mut self.row;
        let room = |width: u64| MAX_COLUMNS.saturating_sub(width);
        row.width += row.pending.min(room(row.width));
        row.pending = 0;
        let repeats = repeats.min(room(row.width));
        if valued {
            row.first.get_or_insert(row.width);
            row.width += repeats;
            row.last = row.width.saturating_sub(1);
        } else {
            row.pending = repeats;
        }
    }

    fn end(&mut self, name: &str) -> Result<(), ScanError> {
        match name {
            "table:table-row" => self.end_row(),
            "table:table" => {
                self.done = self.total();
                self.sheet = Sheet::default();
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn end_row(&mut self) -> Result<(), ScanError> {
        let (row, sheet) = (std::mem::take(&mut self.row), &mut self.sheet);
        sheet.raw += row.width;
        if let Some(first) = row.first {
            if sheet.first_row.is_none() {
                sheet.first_row = Some(sheet.rows);
                sheet.first_column = first;
            }
            sheet.first_column = sheet.first_column.min(first);
            sheet.last_column = sheet.last_column.max(row.last);
            sheet.end_row = sheet.rows + row.repeats;
        }
        sheet.rows += row.repeats;
        if self.total() > self.max {
            let s = &self.sheet;
            let top = s.first_row.unwrap_or(0);
            return Err(ScanError::TooLarge(TooLarge {
                rows: (top + 1, s.end_row.max(top + 1)),
                columns: (s.first_column + 1, s.last_column + 1),
            }));
        }
        Ok(())
    }

    /// Cells laid out so far: the closed sheets', this sheet's rows as read
    /// and its dense box.
    fn total(&self) -> u64 {
        let s = &self.sheet;
        let area = s.first_row.map_or(0, |top| {
            (s.end_row - top).saturating_mul(s.last_column + 1 - s.first_column)
        });
        self.done.saturating_add(s.raw).saturating_add(area)
    }
}

/// XML's whitespace: space, tab, line feed, carriage return.
fn is_whitespace(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
}

/// The package calamine reads, in an anonymous temporary file: the parts
/// it opens copied as they are (still compressed), `content.xml` streamed
/// through without its indentation and stored uncompressed.
fn repack<R: Read + Seek>(archive: &mut ZipArchive<R>) -> Result<BufReader<File>, GridError> {
    let broken = |e: &dyn std::fmt::Display| GridError::Broken(e.to_string());
    let file = tempfile::tempfile().map_err(|e| broken(&e))?;
    let mut out = zip::ZipWriter::new(std::io::BufWriter::new(file));
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
    let entry = archive.by_name(CONTENT).map_err(|e| broken(&e))?;
    normalise(BufReader::new(entry), &mut out).map_err(|e| broken(&e))?;
    let file = out.finish().map_err(|e| broken(&e))?;
    let file = file.into_inner().map_err(|e| broken(&e.into_error()))?;
    Ok(BufReader::new(file))
}

/// Copies `content.xml` event by event, leaving out the indentation.
fn normalise<R: BufRead, W: Write>(xml: R, out: W) -> Result<(), quick_xml::Error> {
    let mut reader = reader(xml);
    let mut writer = Writer::new(out);
    let mut stack = Stack::default();
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match &event {
            Event::Start(e) => stack.push(e.name().into_inner()),
            Event::End(_) => stack.pop(),
            Event::Text(t) if stack.cuts(t.as_ref()) => {
                buf.clear();
                continue;
            }
            Event::Eof => break,
            _ => {}
        }
        writer.write_event(event)?;
        buf.clear();
    }
    Ok(())
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

    /// The bytes of an .ods file holding `content`.
    fn ods_file(content: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = zip::write::SimpleFileOptions::default();
        for (name, text) in [
            ("mimetype", MIMETYPE),
            ("META-INF/manifest.xml", MANIFEST),
            (CONTENT, content),
        ] {
            zip.start_file(name, deflated).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn limits() -> super::super::Limits {
        super::super::Limits::default()
    }

    fn scanned(content: &str) -> Result<ContentScan, ScanError> {
        scan(content.as_bytes(), limits().max_cells)
    }

    fn indented(content: &str) -> bool {
        matches!(scanned(content), Ok(s) if s.indented)
    }

    fn read_sheet(content: &str) -> calamine::Range<Data> {
        let mut book = calamine::Ods::new(source(ods_file(content), &limits()).unwrap()).unwrap();
        book.worksheet_range("Sheet1").unwrap()
    }

    fn normalised(content: &str) -> String {
        let mut out = Vec::new();
        normalise(content.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_pretty_printed_sheet_reads_like_a_compact_one() {
        assert!(
            !indented(&document(COMPACT)),
            "a compact file goes to calamine as it is"
        );
        assert!(indented(&document(PRETTY)));
        let compact = read_sheet(&document(COMPACT));
        assert_eq!(read_sheet(&document(PRETTY)), compact);
        assert_eq!(
            compact.get_value((1, 0)),
            Some(&Data::String("first\nsecond".into()))
        );
    }

    #[test]
    fn indentation_in_the_body_is_cut_and_nothing_else() {
        // The line breaks around office:body are outside it: kept.
        assert_eq!(
            normalised(&document(PRETTY)),
            document(&format!("\n  {COMPACT}\n"))
        );
    }

    #[test]
    fn spaces_in_styles_are_kept() {
        let styles = r#"<office:automatic-styles><number:date-style style:name="N1"><number:year/><number:text> </number:text></number:date-style></office:automatic-styles>"#;
        let doc = document(&format!("{styles}{COMPACT}"));
        assert!(!indented(&doc));
        assert_eq!(normalised(&doc), doc);
    }

    #[test]
    fn whitespace_inside_paragraphs_is_content() {
        let cell = r#"<table:table-row><table:table-cell office:value-type="string"><text:p> </text:p><text:p>a<text:span>  </text:span>b</text:p></table:table-cell></table:table-row>"#;
        let body = format!(
            r#"<office:body><office:spreadsheet><table:table table:name="Sheet1">{cell}</table:table></office:spreadsheet></office:body>"#
        );
        assert!(!indented(&document(&body)));
        let indented_body = body.replace("<table:table-row>", "\n  <table:table-row>");
        assert!(indented(&document(&indented_body)));
        assert_eq!(
            read_sheet(&document(&indented_body)).get_value((0, 0)),
            Some(&Data::String(" \na  b".into()))
        );
    }

    #[test]
    fn files_from_libreoffice_and_langaward_need_no_rewrite() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (file, pretty) in [
            ("submissions/gjilan.ods", false),
            ("tests/fixtures/real/libreoffice/ods/gjilan.ods", false),
            ("tests/fixtures/real/gnumeric/ods/gjilan.ods", true),
        ] {
            let mut archive = ZipArchive::new(File::open(root.join(file)).unwrap()).unwrap();
            let entry = archive.by_name(CONTENT).unwrap();
            let found = scan(BufReader::new(entry), limits().max_cells)
                .ok()
                .unwrap();
            assert_eq!(found.indented, pretty, "{file}");
        }
    }

    #[test]
    fn content_larger_than_the_budget_is_refused() {
        let bytes = ods_file(&document(PRETTY));
        let small = super::super::Limits {
            max_unzipped_bytes: 100,
            ..limits()
        };
        let err = source(bytes, &small).err().unwrap();
        assert!(matches!(err, GridError::Broken(d) if d.contains("content.xml")));
    }

    #[test]
    fn malformed_content_is_left_for_calamine_to_report() {
        let bytes = ods_file("<office:document-content><a b=></office:document-content>");
        assert!(source(bytes, &limits()).is_ok());
    }

    /// A sheet of `rows` (each repeated `times`) of cells repeated `width` times.
    fn repeated(rows: usize, times: u64, width: u64, value: bool) -> String {
        let cell = if value {
            format!(
                r#"<table:table-cell table:number-columns-repeated="{width}" office:value-type="float" office:value="1"/>"#
            )
        } else {
            format!(r#"<table:table-cell table:number-columns-repeated="{width}"/>"#)
        };
        let row = format!(
            r#"<table:table-row table:number-rows-repeated="{times}">{cell}</table:table-row>"#
        );
        document(&format!(
            r#"<office:body><office:spreadsheet><table:table table:name="Sheet1">{}</table:table></office:spreadsheet></office:body>"#,
            row.repeat(rows)
        ))
    }

    fn refused(content: &str) -> Option<TooLarge> {
        match scanned(content) {
            Err(ScanError::TooLarge(t)) => Some(t),
            _ => None,
        }
    }

    #[test]
    fn repeated_cells_and_rows_are_counted_before_calamine_lays_them_out() {
        // 3,000 rows of one value repeated across every column: an 8 KB file.
        let wide_rows = refused(&repeated(3000, 1, 16_384, true)).unwrap();
        assert_eq!(wide_rows.columns, (1, 16_384));
        // One full-width row repeated 6,000 times.
        assert!(refused(&repeated(1, 6000, 16_384, true)).is_some());
        // One cell in a row repeated to the bottom of the sheet.
        let tall = refused(&repeated(1, 1_048_576, 1, true)).unwrap();
        assert_eq!(tall.rows, (1, 1_048_576));
        // A row repeated more often than a sheet has rows is capped as calamine caps it.
        assert!(refused(&repeated(1, u64::MAX, 1, true)).is_some());
    }

    #[test]
    fn empty_repeated_cells_and_rows_at_the_end_cost_nothing() {
        // What LibreOffice writes after the last value: styled empty cells
        // and rows repeated to the end of the sheet.
        let body = COMPACT.replace(
            "</table:table>",
            r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#,
        );
        assert!(scanned(&document(&body)).is_ok());
        assert!(scanned(&repeated(1, 1_048_576, 16_384, false)).is_ok());
    }

    #[test]
    fn the_count_covers_what_calamine_lays_out() {
        let body = r#"<office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row><table:table-cell table:number-columns-repeated="3"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row><table:table-row table:number-rows-repeated="5"><table:table-cell/></table:table-row><table:table-row><table:table-cell office:value-type="float" office:value="2"/></table:table-row></table:table></office:spreadsheet></office:body>"#;
        let doc = document(body);
        let range = read_sheet(&doc);
        let laid_out = (range.height() * range.width()) as u64;
        assert_eq!(laid_out, 7 * 4);
        let tight = laid_out as usize;
        assert!(
            matches!(scan(doc.as_bytes(), tight), Err(ScanError::TooLarge(_))),
            "the count includes calamine's grid and more"
        );
        assert!(scan(doc.as_bytes(), tight * 2).is_ok());
    }
}
