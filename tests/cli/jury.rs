//! `langaward jury-sheets`: one marking workbook per juror.

use crate::{langaward, root};
use calamine::{Data, Reader};

#[test]
fn each_juror_gets_the_eligible_applicants_of_their_categories() {
    let dir = tempfile::tempdir().unwrap();
    let out = langaward(&root())
        .args(["jury-sheets", "--out", dir.path().to_str().unwrap()])
        .assert()
        .code(0);
    assert!(
        String::from_utf8_lossy(&out.get_output().stdout).contains("3 juror workbook(s) written")
    );
    let rows = |juror: &str| -> Vec<Vec<Data>> {
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook(dir.path().join(format!("{juror}.xlsx"))).unwrap();
        book.worksheet_range("Marks")
            .unwrap()
            .rows()
            .map(<[Data]>::to_vec)
            .collect()
    };
    let a = rows("juror-a");
    assert_eq!(a[0][5], Data::String("Mark".into()));
    // 17 ranked applicants (gate failures and ineligible ones are not marked) × 3 criteria.
    assert_eq!(a.len() - 1, 17 * 3);
    let b = rows("juror-b");
    let ids: Vec<&Data> = b.iter().skip(1).map(|r| &r[1]).collect();
    assert!(
        !ids.contains(&&Data::String("kjc".into())),
        "a juror never marks their own institution"
    );
    assert!(
        ids.contains(&&Data::String("cc".into())) && ids.contains(&&Data::String("aca".into()))
    );
    assert!(
        !ids.contains(&&Data::String("mof".into())),
        "juror B marks executive bodies and agencies only"
    );
    assert_eq!(b.len() - 1, (4 + 3) * 3);
    // The evidence score is shown; marks and conflicts have dropdowns.
    let mof = a
        .iter()
        .find(|r| r[1] == Data::String("mof".into()))
        .unwrap();
    assert_eq!(mof[4], Data::Float(93.75));
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("juror-a.xlsx")).unwrap())
            .unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains("\"0,1,2,3,4,5,6,7,8,9,10\""), "mark dropdown");
    assert!(
        xml.contains("\"professional conflict,personal relationship,own institution,other\""),
        "conflict reasons"
    );
    assert!(xml.contains("<sheetProtection"));
}
