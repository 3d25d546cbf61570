//! The bad-input corpus: every file is made here by code, the whole corpus is
//! evaluated in one run, and each file's outcome and exact messages are
//! pinned. One bad file must never stop, crash or corrupt the evaluation.

use crate::fixtures::{Book, C, rezip, s};
use crate::{langaward, read, workspace};
use langaward_devkit::xlsx::patch_cell;
use std::io::Write;
use std::path::Path;

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
}

/// A compound file (the container of .xls and of encrypted OOXML) holding
/// the given streams.
fn compound(path: &Path, streams: &[(&str, &[u8])]) {
    let mut file = cfb::create(path).unwrap();
    for (name, bytes) in streams {
        let mut stream = file.create_stream(name).unwrap();
        stream.write_all(bytes).unwrap();
    }
    file.flush().unwrap();
}

/// A BIFF8 workbook stream that begins with a FILEPASS record: what Excel
/// writes for a password-protected .xls.
fn encrypted_biff() -> Vec<u8> {
    let record = |kind: u16, body: &[u8]| {
        let mut r = kind.to_le_bytes().to_vec();
        r.extend((body.len() as u16).to_le_bytes());
        r.extend(body);
        r
    };
    let bof = [
        0x00, 0x06, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    let mut out = record(0x0809, &bof);
    out.extend(record(0x002F, &[0x01, 0x00, 0x01, 0x00, 0x01, 0x00]));
    out.extend(vec![0u8; 64]);
    out
}

/// A valid workbook whose zip central directory claims an entry unpacks to
/// 4 GB: small on disk, huge when opened.
fn zip_bomb(path: &Path) {
    Book::valid("bomb", "ministry").write(path);
    let mut bytes = std::fs::read(path).unwrap();
    let central = bytes
        .windows(4)
        .position(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    bytes[central + 24..central + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    write(path, &bytes);
}

/// Builds the corpus in `dir`; returns nothing, the files speak for themselves.
pub fn build(dir: &Path) {
    let valid = |id: &str| Book::valid(id, "ministry");
    // Not a workbook.
    write(&dir.join("empty.xlsx"), b"");
    write(
        &dir.join("text.xlsx"),
        b"Dear secretariat, please find our evidence attached.",
    );
    write(
        &dir.join("scan.xlsx"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    );
    let ods = dir.join("really-ods.xlsx");
    ods_book("really-ods", &ods);
    let xlsx_as_ods = dir.join("really-xlsx.ods");
    valid("really-xlsx").write(&xlsx_as_ods);
    valid("no-extension").write(&dir.join("no-extension"));
    std::fs::create_dir_all(dir.join("folder.xlsx")).unwrap();
    write(&dir.join("~$mof.xlsx"), b"\x06owner");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("loop-b.xlsx", dir.join("loop-a.xlsx")).unwrap();
        std::os::unix::fs::symlink("loop-a.xlsx", dir.join("loop-b.xlsx")).unwrap();
    }
    write(&dir.join("notes.txt"), b"not a submission");

    // Broken containers.
    let truncated = dir.join("truncated.xlsx");
    valid("truncated").write(&truncated);
    let bytes = std::fs::read(&truncated).unwrap();
    write(&truncated, &bytes[..bytes.len() / 2]);
    let no_workbook = dir.join("no-workbook-xml.xlsx");
    valid("no-workbook-xml").write(&no_workbook);
    rezip(&no_workbook, |name, content| {
        (name != "xl/workbook.xml").then_some(content)
    });
    let strings = dir.join("broken-strings.xlsx");
    valid("broken-strings").write(&strings);
    rezip(&strings, |name, content| {
        Some(if name == "xl/sharedStrings.xml" {
            b"<sst><si><t>unclosed".to_vec()
        } else {
            content
        })
    });
    zip_bomb(&dir.join("zip-bomb.xlsx"));
    compound(
        &dir.join("encrypted.xlsx"),
        &[
            ("EncryptionInfo", &[4, 0, 4, 0]),
            ("EncryptedPackage", &[0u8; 64]),
        ],
    );
    compound(
        &dir.join("encrypted.xls"),
        &[("Workbook", &encrypted_biff())],
    );

    // Resource attacks.
    let far = dir.join("far-cell.xlsx");
    valid("far-cell").write(&far);
    patch_cell(
        &far,
        1,
        "B1",
        "<c r=\"B1\" t=\"inlineStr\"><is><t>far-cell</t></is></c><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c>",
    )
    .unwrap();
    let long = dir.join("long-string.xlsx");
    valid("long-string").write(&long);
    patch_cell(
        &long,
        2,
        "A2",
        &format!(
            "<c r=\"A2\" t=\"inlineStr\"><is><t>{}</t></is></c>",
            "x".repeat(10 * 1024 * 1024)
        ),
    )
    .unwrap();
    let mut rows = valid("many-rows");
    for r in 4..100_001 {
        rows = rows
            .set("Services", r, 0, s("Counter"))
            .set("Services", r, 1, s("yes"));
    }
    rows.write(&dir.join("many-rows.xlsx"));
    let mut sheets = valid("many-sheets");
    for i in 0..2000 {
        sheets.sheets.push((format!("Extra {i}"), Vec::new()));
    }
    sheets.write(&dir.join("many-sheets.xlsx"));

    // Content.
    valid("no-institution")
        .without("Institution")
        .write(&dir.join("no-institution.xlsx"));
    valid("no-signage")
        .without("Signage")
        .write(&dir.join("no-signage.xlsx"));
    valid("misspelt-header")
        .set("Communication", 0, 3, s("Publishd in Serbian"))
        .write(&dir.join("misspelt-header.xlsx"));
    let mut header_low = valid("header-low");
    let services = header_low.sheet_mut("Services");
    services.insert(0, vec![s("Services offered in 2026")]);
    services.insert(1, Vec::new());
    header_low.write(&dir.join("header-low.xlsx"));
    valid("text-dates")
        .set("Communication", 1, 2, s("2026-03-11 10:00"))
        .set("Communication", 2, 2, s("12.03.2026 10:00"))
        .set("Communication", 3, 2, s("13/03/2026 10:00"))
        .set("Communication", 4, 2, C::N(46095.4166666667))
        .set("Communication", 5, 3, s("2026-02-30 10:00"))
        .set("Communication", 1, 4, s("100"))
        .write(&dir.join("text-dates.xlsx"));
    let formula = dir.join("formula.xlsx");
    valid("formula").write(&formula);
    patch_cell(&formula, 3, "D2", "<c r=\"D2\"><f>C2+1/24</f></c>").unwrap();
    let errors = dir.join("error-cells.xlsx");
    valid("error-cells").write(&errors);
    patch_cell(&errors, 3, "D3", "<c r=\"D3\" t=\"e\"><v>#N/A</v></c>").unwrap();
    patch_cell(&errors, 3, "E4", "<c r=\"E4\" t=\"e\"><v>#REF!</v></c>").unwrap();
    let hidden = dir.join("hidden-sheet.xlsx");
    valid("hidden-sheet").write(&hidden);
    rezip(&hidden, |name, content| {
        Some(if name == "xl/workbook.xml" {
            String::from_utf8(content)
                .unwrap()
                .replace("name=\"Signage\"", "name=\"Signage\" state=\"hidden\"")
                .into_bytes()
        } else {
            content
        })
    });
    valid("dup")
        .set("Institution", 6, 0, s("Date of submission"))
        .set("Institution", 6, 1, C::D("2026-10-01 00:00".into()))
        .write(&dir.join("dup-first.xlsx"));
    valid("dup")
        .set("Institution", 6, 0, s("Date of submission"))
        .set("Institution", 6, 1, C::D("2026-10-20 00:00".into()))
        .write(&dir.join("dup-second.xlsx"));
    Book::valid("ngo", "ngo").write(&dir.join("unknown-kind.xlsx"));
    Book::valid("post", "public_enterprise").write(&dir.join("no-category.xlsx"));
    valid("old-edition")
        .set("Institution", 4, 1, C::N(2025.0))
        .write(&dir.join("old-edition.xlsx"));
    valid("no-id")
        .set("Institution", 0, 1, C::E)
        .write(&dir.join("no-id.xlsx"));
    valid("bad-values")
        .set("Services", 1, 2, s("maybe"))
        .set("Communication", 1, 1, s("poster"))
        .set("Communication", 2, 5, s("-5"))
        .set("Communication", 3, 4, s("many"))
        .set("Services", 2, 0, C::E)
        .write(&dir.join("bad-values.xlsx"));

    let mut merged = valid("merged-header");
    merged = merged
        .set(
            "Communication",
            0,
            2,
            s("Published in Albanian and Serbian"),
        )
        .set("Communication", 0, 3, C::E);
    merged.write(&dir.join("merged-header.xlsx"));
    let mut docx = zip::ZipWriter::new(std::fs::File::create(dir.join("letter.xlsx")).unwrap());
    docx.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    docx.write_all(b"<w:document/>").unwrap();
    docx.finish().unwrap();
    valid("macro-book").write(&dir.join("macro-book.xlsm"));

    // Hostile declarations that would make the parser allocate without
    // bound before any budget applies, and files that are not files.
    hostile(dir);

    // Untrusted text.
    valid("../../etc/passwd")
        .set("Institution", 1, 1, s("<script>alert(1)</script>"))
        .set(
            "Institution",
            2,
            1,
            s("=HYPERLINK(\"http://x\")\nline two\u{202E}gnp.exe\u{0}"),
        )
        .set("Signage", 1, 1, s("<img src=x onerror=alert(1)>"))
        .write(&dir.join("hostile.xlsx"));
}

/// The hostile files of the corpus, each a few KB: a shared-strings table
/// declaring a trillion strings (tafia/calamine#684), .ods sheets whose
/// repeated cells and rows calamine would lay out as gigabytes, and a pipe,
/// a socket and a pipe not named like a workbook.
pub fn hostile(dir: &Path) {
    let sst = dir.join("sst-trillion.xlsx");
    Book::valid("sst-trillion", "ministry").write(&sst);
    rezip(&sst, |name, content| {
        Some(if name == "xl/sharedStrings.xml" {
            let xml = String::from_utf8(content).unwrap();
            let at = xml.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = at + xml[at..].find('"').unwrap();
            format!("{}1099511627776{}", &xml[..at], &xml[end..]).into_bytes()
        } else {
            content
        })
    });
    let cell = |width: u32| {
        format!(
            r#"<table:table-cell table:number-columns-repeated="{width}" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>"#
        )
    };
    let row = |times: u32, width: u32| {
        format!(
            r#"<table:table-row table:number-rows-repeated="{times}">{}</table:table-row>"#,
            cell(width)
        )
    };
    for (name, rows) in [
        ("ods-wide-rows.ods", row(1, 16_384).repeat(3000)),
        ("ods-repeated-wide-row.ods", row(6000, 16_384)),
        ("ods-million-rows.ods", row(1_048_576, 1)),
    ] {
        let path = dir.join(name);
        ods_book(name.trim_end_matches(".ods"), &path);
        rezip(&path, |entry, content| {
            Some(if entry == "content.xml" {
                let xml = String::from_utf8(content).unwrap();
                xml.replacen("</table:table>", &format!("{rows}</table:table>"), 1)
                    .into_bytes()
            } else {
                content
            })
        });
    }
    #[cfg(unix)]
    {
        for name in ["pipe.xlsx", "notes-pipe"] {
            let made = std::process::Command::new("mkfifo")
                .arg(dir.join(name))
                .status()
                .unwrap();
            assert!(made.success());
        }
        // The socket file stays after the listener is closed.
        drop(std::os::unix::net::UnixListener::bind(dir.join("socket.ods")).unwrap());
    }
}

fn ods_book(id: &str, path: &Path) {
    use spreadsheet_ods::{Sheet, WorkBook};
    let book = Book::valid(id, "ministry");
    let mut wb = WorkBook::new_empty();
    for (name, rows) in &book.sheets {
        let mut sheet = Sheet::new(name);
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    C::S(v) | C::D(v) => sheet.set_value(r as u32, c as u32, v.as_str()),
                    C::N(v) => sheet.set_value(r as u32, c as u32, *v),
                    C::E => {}
                }
            }
        }
        wb.push_sheet(sheet);
    }
    spreadsheet_ods::write_ods(&mut wb, path).unwrap();
}

#[test]
fn every_bad_input_gets_its_own_clear_outcome() {
    let ws = workspace();
    build(&ws.path().join("submissions"));
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).assert().code(65);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("ministries,") || stdout.contains("Institucioni mof"),
        "{stdout}"
    );
    // Every outcome and message, without the digests (the .ods writer
    // stamps the time into its zip).
    let inputs = read(&ws.path().join("report/inputs.csv"));
    let pinned: Vec<String> = inputs
        .lines()
        .map(|line| {
            let mut fields: Vec<&str> = line.splitn(3, ',').collect();
            fields.remove(1);
            fields.join(",")
        })
        .collect();
    assert!(pinned.len() > 40, "{} rows", pinned.len());
    insta::assert_snapshot!("corpus-inputs", pinned.join("\n"));
    // Untrusted text comes out cleaned: no control or direction-override
    // characters, formula prefixes neutralised, markup escaped.
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains(",\"'=HYPERLINK(\"\"http://x\"\") line twognp.exe\","),
        "{results}"
    );
    let html = read(&ws.path().join("report/report.en.html"));
    assert!(
        !html.contains('\u{202E}') && !html.contains("<script>alert"),
        "hostile text reached the page"
    );
    assert!(
        ws.path()
            .join("report/scorecards/etc-passwd.en.html")
            .is_file()
    );
}

/// Runs `langaward validate FILE` and returns its peak resident memory in
/// KiB: the kernel's high-water mark of the process (`VmHWM`, which counts
/// only this program, not the test process it was started from), sampled
/// every millisecond until it exits. A file that made the reader allocate
/// gigabytes would take far longer than a millisecond to do so.
#[cfg(target_os = "linux")]
fn peak_kib(dir: &Path, file: &Path) -> u64 {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("langaward"))
        .current_dir(dir)
        .arg("validate")
        .arg(file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        let hwm = std::fs::read_to_string(&status).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        });
        peak = peak.max(hwm.unwrap_or(0));
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    peak
}

#[cfg(target_os = "linux")]
#[test]
fn no_single_hostile_file_takes_a_quarter_of_a_gigabyte() {
    let ws = workspace();
    let dir = ws.path().join("submissions");
    build(&dir);
    let mut worst = (0, String::new());
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let kib = peak_kib(ws.path(), &path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(kib < 256 * 1024, "{name} took {} MiB", kib / 1024);
        worst = worst.max((kib, name));
    }
    eprintln!("largest peak: {} ({} MiB)", worst.1, worst.0 / 1024);
}
