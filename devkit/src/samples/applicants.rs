//! The sample applicants: real institutions, fictional evidence, and the expected
//! scores of each worked out by hand in a comment (see [`super`]).

use crate::layout::Lang;

/// How an applicant writes yes and no.
#[derive(Clone, Copy)]
pub(super) struct Answers {
    pub(super) yes: &'static str,
    pub(super) no: &'static str,
}

pub(super) const YES_NO: Answers = Answers {
    yes: "yes",
    no: "no",
};
pub(super) const YES_NO_CAPS: Answers = Answers {
    yes: "Yes",
    no: "No",
};
pub(super) const PO_JO: Answers = Answers {
    yes: "po",
    no: "jo",
};
pub(super) const DA_NE: Answers = Answers {
    yes: "da",
    no: "ne",
};
pub(super) const CROSS: Answers = Answers { yes: "x", no: "" };

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FileType {
    Xlsx,
    Ods,
}

impl FileType {
    pub(super) fn extension(self) -> &'static str {
        match self {
            FileType::Xlsx => "xlsx",
            FileType::Ods => "ods",
        }
    }
}

/// Top-left cell of a table, zero-based.
#[derive(Clone, Copy)]
pub(super) struct Origin {
    pub(super) row: u32,
    pub(super) col: u32,
}

pub(super) const A1: Origin = Origin { row: 0, col: 0 };

/// One sample submission.
///
/// Evidence cells are written as follows: yes/no cells hold `y` or `n` (written in the
/// applicant's [`Answers`]), dates are `YYYY-MM-DD HH:MM`, word counts are numbers, and an
/// empty string leaves the cell empty. A value starting with `!` is written verbatim as text:
/// a deliberate mistake for the reader to report. Anything else is a bug in this table and
/// stops the generator.
pub(super) struct Applicant {
    pub(super) id: &'static str,
    pub(super) name_sq: &'static str,
    pub(super) name_sr: &'static str,
    pub(super) name_sr_cyrl: Option<&'static str>,
    /// As written on the Institution sheet: a kind id or its name in any language.
    pub(super) kind: &'static str,
    pub(super) municipality: Option<&'static str>,
    pub(super) submitted: &'static str,
    pub(super) file: FileType,
    pub(super) lang: Lang,
    pub(super) answers: Answers,
    /// Dates of publication as ISO text instead of date cells.
    pub(super) dates_as_text: bool,
    pub(super) signage_origin: Origin,
    /// Keys of the optional columns (see [`crate::layout`]) this applicant's sheets have,
    /// e.g. the Turkish, Bosnian and Romani versions that only some municipalities owe.
    pub(super) optional_columns: &'static [&'static str],
    /// Service, verbal sq, verbal sr, written sq, written sr, [verbal tr, written tr,
    /// verbal bs, written bs, verbal rom, written rom,] likewise.
    pub(super) services: &'static [&'static [&'static str]],
    /// Title, type, published sq, published sr, [published tr, published bs,] words sq,
    /// words sr: the optional columns only if listed in `optional_columns`.
    pub(super) communication: &'static [&'static [&'static str]],
    /// Location, text sq, text sr, [text sr Cyrillic, text tr, text bs, first language,]
    /// likewise.
    pub(super) signage: &'static [&'static [&'static str]],
}

/// Defaults for the struct-update syntax below.
pub(super) const BASE: Applicant = Applicant {
    id: "",
    name_sq: "",
    name_sr: "",
    name_sr_cyrl: None,
    kind: "",
    municipality: None,
    submitted: "",
    file: FileType::Xlsx,
    lang: Lang::En,
    answers: YES_NO,
    dates_as_text: false,
    signage_origin: A1,
    optional_columns: &[],
    services: &[],
    communication: &[],
    signage: &[],
};

/// Every sample written by [`super::write_samples`], by category.
#[rustfmt::skip]
pub(super) const APPLICANTS: &[Applicant] = &[
    // ---- Ministries ---------------------------------------------------------------------
    // services 8: verbal 8/8, written 7/8 -> (100 + 87.5)/2 = 93.75
    // communication 12: simultaneous 11/12, equivalent 12/12 -> (60*11 + 40*12)/12 = 95
    // signage 10/10 -> 100 (every sign shows its Serbian in Latin and, in the column "Text
    //   in Serbian (Cyrillic)", in Cyrillic)
    // total 0.35*93.75 + 0.40*95 + 0.25*100 = 32.8125 + 38 + 25 = 95.8125 -> 95.81 High
    Applicant {
        id: "mof",
        name_sq: "Ministria e Financave, Punës dhe Transfereve",
        name_sr: "Ministarstvo finansija, rada i transfera",
        name_sr_cyrl: Some("Министарство финансија, рада и трансфера"),
        kind: "ministry",
        submitted: "2026-10-06",
        optional_columns: &["text_sr_cyrl"],
        services: &[
            &["Taxpayer information desk", "y", "y", "y", "y"],
            &["Budget inquiries from municipalities", "y", "y", "y", "y"],
            &["Pension and social transfer inquiries", "y", "y", "y", "y"],
            &["Labour inspection complaints", "y", "y", "y", "n"],
            &["Public debt information requests", "y", "y", "y", "y"],
            &["Access to public documents", "y", "y", "y", "y"],
            &["Employment mediation office", "y", "y", "y", "y"],
            &["Procurement help desk for bidders", "y", "y", "y", "y"],
        ],
        communication: &[
            &["Njoftim për shtyp: buxheti 2026", "news_release", "2025-10-14 10:00", "2025-10-14 12:30", "420", "410"],
            &["Call for proposals: support for NGOs 2026", "call_for_proposals", "2025-11-03 09:00", "2025-11-03 09:00", "1850", "1920"],
            &["Tender: office supplies framework contract", "tender", "2025-11-20 14:00", "2025-11-21 09:00", "960", "1010"],
            &["Press conference: mid-year fiscal report", "press_conference", "2025-12-09 11:00", "2025-12-09 11:00", "350", "340"],
            &["Pension payments calendar", "social_media", "2026-01-05 08:30", "2026-01-05 08:45", "60", "64"],
            &["Njoftim për shtyp: pagat në sektorin publik", "news_release", "2026-01-28 15:00", "2026-01-29 15:00", "510", "495"],
            &["Tender: IT maintenance services", "tender", "2026-02-16 10:00", "2026-02-16 16:00", "1200", "1180"],
            // Serbian three days later: not simultaneous.
            &["Tax administration opens e-filing", "news_release", "2026-03-10 09:00", "2026-03-13 09:00", "380", "372"],
            &["Deadline for annual tax returns", "social_media", "2026-03-31 08:00", "2026-03-31 08:00", "45", "48"],
            &["Call for proposals: youth employment grants", "call_for_proposals", "2026-04-01 09:00", "2026-04-01 10:00", "1600", "1540"],
            &["Press conference: budget review 2026", "press_conference", "2026-05-12 12:00", "2026-05-12 12:00", "290", "300"],
            &["Njoftim për shtyp: raporti vjetor i borxhit publik", "news_release", "2026-07-15 10:00", "2026-07-15 14:00", "640", "612"],
        ],
        // Location, text sq, text sr, text sr Cyrillic.
        signage: &[
            &["Main entrance", "Ministria e Financave, Punës dhe Transfereve", "Ministarstvo finansija, rada i transfera", "Министарство финансија, рада и трансфера"],
            &["Reception", "Recepsioni", "Recepcija", "Рецепција"],
            &["Floor 1", "Thesari", "Trezor", "Трезор"],
            &["Floor 2", "Departamenti i Buxhetit", "Odeljenje za budžet", "Одељење за буџет"],
            &["Floor 2", "Zyra e Ministrit", "Kabinet ministra", "Кабинет министра"],
            &["Floor 3", "Departamenti i Punës dhe Punësimit", "Odeljenje za rad i zapošljavanje", "Одељење за рад и запошљавање"],
            &["Floor 3", "Sektori i Prokurimit", "Sektor za nabavke", "Сектор за набавке"],
            &["Ground floor", "Salla e Konferencave", "Konferencijska sala", "Конференцијска сала"],
            &["Ground floor", "Arkivi", "Arhiva", "Архива"],
            &["Ground floor", "Dalja emergjente", "Izlaz za slučaj opasnosti", "Излаз за случај опасности"],
        ],
        ..BASE
    },
    // TIE BROKEN BY COMMUNICATION: mlga and mrd have the same total, 83.25.
    // mlga: services 6: verbal 5/6, written 4/6 -> (83.33 + 66.67)/2 = 75
    //       communication 8: simultaneous 7/8, equivalent 8/8 -> (60*7 + 40*8)/8 = 92.5
    //       signage 4/5 -> 80 (Serbian written in Cyrillic; one sign without it)
    //       total 0.35*75 + 0.40*92.5 + 0.25*80 = 26.25 + 37 + 20 = 83.25 High
    // mrd:  services 4: verbal 4/4, written 2/4 -> (100 + 50)/2 = 75
    //       communication 8: simultaneous 6/8, equivalent 7/8 -> (60*6 + 40*7)/8 = 80
    //       signage 6/6 -> 100 (Serbian in both alphabets in one cell: "Recepcija / Рецепција")
    //       total 0.35*75 + 0.40*80 + 0.25*100 = 26.25 + 32 + 25 = 83.25 High
    // Equal totals (0.40*12.5 more communication = 0.25*20 less signage); the first
    // tie-break, communication (92.5 > 80), puts mlga ahead of mrd.
    Applicant {
        id: "mlga",
        name_sq: "Ministria e Administrimit të Pushtetit Lokal",
        name_sr: "Ministarstvo administracije lokalne samouprave",
        kind: "Ministry",
        submitted: "2026-10-09",
        services: &[
            &["Review of the legality of municipal acts", "y", "y", "y", "y"],
            &["Inter-municipal cooperation help desk", "y", "y", "y", "y"],
            &["Information for municipal officials", "y", "y", "y", "y"],
            &["Complaints about municipal services", "y", "y", "y", "n"],
            &["Access to public documents", "y", "y", "y", "y"],
            &["Visitors' reception", "y", "n", "y", "n"],
        ],
        communication: &[
            &["Njoftim për shtyp: takimi me kryetarët e komunave", "news_release", "2025-10-08 11:00", "2025-10-08 11:30", "300", "310"],
            &["Call for proposals: municipal performance grant", "call_for_proposals", "2025-11-12 09:00", "2025-11-12 09:00", "1400", "1460"],
            &["Press conference: local government reform", "press_conference", "2025-12-02 12:00", "2025-12-02 12:00", "260", "255"],
            &["Tender: training for municipal staff", "tender", "2026-01-19 10:00", "2026-01-20 09:00", "880", "905"],
            &["Guide to municipal assembly sessions", "social_media", "2026-02-24 09:00", "2026-02-24 10:00", "75", "80"],
            // Serbian 46 hours later: not simultaneous.
            &["Report on municipal transparency", "news_release", "2026-04-07 10:00", "2026-04-09 08:00", "450", "430"],
            &["Call for proposals: inter-municipal projects", "call_for_proposals", "2026-05-20 09:00", "2026-05-20 15:00", "1250", "1190"],
            &["Njoftim për shtyp: ditët e hapura në ministri", "news_release", "2026-06-16 10:00", "2026-06-16 10:00", "220", "230"],
        ],
        signage: &[
            &["Main entrance", "Ministria e Administrimit të Pushtetit Lokal", "Министарство администрације локалне самоуправе"],
            &["Reception", "Informata", "Информације"],
            &["Floor 1", "Departamenti Ligjor", "Правно одељење"],
            &["Floor 2", "Zyra e Sekretarit të Përgjithshëm", "Канцеларија генералног секретара"],
            // No Serbian text.
            &["Floor 2", "Salla e Mbledhjeve", ""],
        ],
        ..BASE
    },
    Applicant {
        id: "mrd",
        name_sq: "Ministria e Zhvillimit Rajonal",
        name_sr: "Ministarstvo regionalnog razvoja",
        kind: "ministry",
        submitted: "2026-10-12",
        services: &[
            &["Information on regional development grants", "y", "y", "y", "y"],
            &["Help desk for grant applicants", "y", "y", "y", "n"],
            &["Visitors' reception", "y", "y", "y", "y"],
            // Written reply in Serbian only.
            &["Complaints and suggestions", "y", "y", "n", "y"],
        ],
        communication: &[
            &["Call for proposals: regional development projects 2026", "call_for_proposals", "2025-10-20 09:00", "2025-10-20 09:00", "1700", "1650"],
            // Serbian version a short summary: not equivalent (260/420 = 0.62).
            &["Balanced regional development fund", "news_release", "2025-11-17 10:00", "2025-11-17 13:00", "420", "260"],
            &["Tender: feasibility studies", "tender", "2025-12-15 09:00", "2025-12-15 11:00", "990", "1040"],
            &["Press conference: economic zones", "press_conference", "2026-01-27 11:00", "2026-01-27 11:00", "310", "295"],
            &["Njoftim për shtyp: rezultatet e thirrjes publike", "news_release", "2026-03-03 14:00", "2026-03-06 10:00", "380", "375"],
            &["Open day for grant applicants", "social_media", "2026-04-14 09:00", "2026-04-14 09:00", "55", "52"],
            &["Tender: road signs for economic zones", "tender", "2026-05-25 10:00", "2026-05-28 10:00", "640", "655"],
            &["Regional development agencies meet in Prizren", "news_release", "2026-07-08 10:00", "2026-07-08 12:00", "500", "520"],
        ],
        signage: &[
            &["Main entrance", "Ministria e Zhvillimit Rajonal", "Ministarstvo regionalnog razvoja / Министарство регионалног развоја"],
            &["Reception", "Recepsioni", "Recepcija / Рецепција"],
            &["Floor 1", "Departamenti për Zhvillim Rajonal", "Odeljenje za regionalni razvoj / Одељење за регионални развој"],
            &["Floor 1", "Zyra për Informim", "Kancelarija za informisanje / Канцеларија за информисање"],
            &["Floor 2", "Zyra e Ministrit", "Kabinet ministra / Кабинет министра"],
            &["Ground floor", "Salla e Konferencave", "Konferencijska sala / Конференцијска сала"],
        ],
        ..BASE
    },
    // Albanian labels, sheet names, headers, type names and po/jo.
    // services 5: verbal 2/5, written 1/5 -> (40 + 20)/2 = 30
    // communication 6: simultaneous 1/6, equivalent 2/6 -> (60*1 + 40*2)/6 = 23.33
    // signage 0/3 -> 0: each sign fails in its own way: the main entrance's Serbian is in
    //   Latin only (Cyrillic is required), one Serbian text is missing, one copies the Albanian
    // total 0.35*30 + 0.40*23.33 + 0.25*0 = 10.5 + 9.33 + 0 = 19.83 Low
    Applicant {
        id: "mh",
        name_sq: "Ministria e Shëndetësisë",
        name_sr: "Ministarstvo zdravlja",
        kind: "Ministri",
        submitted: "2026-10-14",
        lang: Lang::Sq,
        answers: PO_JO,
        services: &[
            &["Informata për sigurimet shëndetësore", "y", "y", "y", "y"],
            &["Licencimi i profesionistëve shëndetësorë", "y", "y", "y", "n"],
            &["Ankesat e pacientëve", "y", "n", "y", "n"],
            &["Regjistri i barnave", "y", "n", "y", "n"],
            &["Zyra e pritjes", "y", "n", "y", "n"],
        ],
        communication: &[
            &["Njoftim për shtyp: fushata e vaksinimit", "Njoftim për shtyp", "2025-10-21 10:00", "2025-10-21 16:00", "400", "390"],
            &["Konferencë për shtyp: lista e barnave esenciale", "Konferencë për shtyp", "2025-12-04 11:00", "2025-12-11 11:00", "300", "120"],
            &["Tender: pajisje mjekësore", "Tender", "2026-01-22 09:00", "", "1300", ""],
            &["Thirrje për propozime: promovimi i shëndetit", "Thirrje për propozime", "2026-03-09 09:00", "2026-03-20 09:00", "1500", "1420"],
            &["Orari i punës gjatë festave", "Rrjete sociale", "2026-04-30 08:00", "", "50", ""],
            &["Njoftim për shtyp: strategjia e shëndetësisë", "Njoftim për shtyp", "2026-06-18 10:00", "2026-06-25 10:00", "700", "210"],
        ],
        signage: &[
            // Serbian in Latin only: fails the bundled rule (Cyrillic required).
            &["Hyrja kryesore", "Ministria e Shëndetësisë", "Ministarstvo zdravlja"],
            &["Kati 1", "Zyra e Pritjes", ""],
            &["Kati 2", "Salla e Mbledhjeve", "Salla e mbledhjeve"],
        ],
        ..BASE
    },
    // ---- Executive bodies and independent institutions ----------------------------------
    // Signage sheet starts at B3 (header in row 3, column B).
    // services 10: verbal 10/10, written 9/10 -> (100 + 90)/2 = 95
    // communication 15: simultaneous 14/15, equivalent 14/15 -> (60*14 + 40*14)/15 = 93.33
    //   (one item exactly 24 h apart counts; one 24.5 h apart does not)
    // signage 8/8 -> 100 (Serbian in Latin and, in its own column, in Cyrillic)
    // total 0.35*95 + 0.40*93.33 + 0.25*100 = 33.25 + 37.33 + 25 = 95.58 High
    Applicant {
        id: "kjc",
        name_sq: "Këshilli Gjyqësor i Kosovës",
        name_sr: "Sudski savet Kosova",
        name_sr_cyrl: Some("Судски савет Косова"),
        kind: "independent_institution",
        submitted: "2026-10-02",
        signage_origin: Origin { row: 2, col: 1 },
        optional_columns: &["text_sr_cyrl"],
        services: &[
            &["Court information desk", "y", "y", "y", "y"],
            &["Case status inquiries", "y", "y", "y", "y"],
            &["Disciplinary complaints", "y", "y", "y", "y"],
            &["Access to court decisions", "y", "y", "y", "y"],
            &["Judicial statistics requests", "y", "y", "y", "y"],
            &["Court interpretation requests", "y", "y", "y", "y"],
            &["Recruitment of court staff", "y", "y", "y", "y"],
            &["Visitors' reception", "y", "y", "y", "y"],
            &["Free legal aid referrals", "y", "y", "y", "n"],
            &["Media accreditation", "y", "y", "y", "y"],
        ],
        communication: &[
            &["New judges sworn in", "news_release", "2025-10-03 10:00", "2025-10-03 10:00", "330", "345"],
            &["Njoftim për shtyp: statistikat e gjykatave, tremujori III 2025", "news_release", "2025-10-22 09:00", "2025-10-22 09:30", "280", "290"],
            &["Call for applications: court interpreters", "call_for_proposals", "2025-11-05 09:00", "2025-11-05 09:00", "900", "940"],
            &["Tender: case management system support", "tender", "2025-11-26 10:00", "2025-11-26 10:00", "1500", "1560"],
            &["Press conference: annual work plan", "press_conference", "2025-12-11 12:00", "2025-12-11 12:00", "240", "235"],
            &["Court holiday schedule", "social_media", "2025-12-23 08:00", "2025-12-23 08:00", "40", "42"],
            // Exactly 24 hours apart: still simultaneous.
            &["Backlog reduction results", "news_release", "2026-01-14 10:00", "2026-01-15 10:00", "410", "400"],
            // 24.5 hours apart: not simultaneous.
            &["Tender: renovation of the Basic Court in Prizren", "tender", "2026-02-03 09:00", "2026-02-04 09:30", "1100", "1080"],
            &["Press conference: judicial appointments", "press_conference", "2026-02-26 11:00", "2026-02-26 11:00", "200", "205"],
            &["Call for proposals: legal education projects", "call_for_proposals", "2026-03-16 09:00", "2026-03-16 09:00", "1300", "1350"],
            &["Njoftim për shtyp: dita e dyerve të hapura", "news_release", "2026-04-22 10:00", "2026-04-22 11:00", "260", "275"],
            // Serbian text shortened: not equivalent (30/70 = 0.43).
            &["E-services for court users", "social_media", "2026-05-06 09:00", "2026-05-06 09:00", "70", "30"],
            &["Mid-year court statistics", "news_release", "2026-07-09 10:00", "2026-07-09 10:00", "350", "365"],
            &["Tender: security services for courts", "tender", "2026-08-04 10:00", "2026-08-04 15:00", "1450", "1390"],
            &["Press conference: judicial reform progress", "press_conference", "2026-09-15 12:00", "2026-09-15 12:00", "300", "310"],
        ],
        signage: &[
            &["Main entrance", "Këshilli Gjyqësor i Kosovës", "Sudski savet Kosova", "Судски савет Косова"],
            &["Reception", "Informata për palët", "Informacije za stranke", "Информације за странке"],
            &["Floor 1", "Sekretariati", "Sekretarijat", "Секретаријат"],
            &["Floor 1", "Zyra e Kryetarit", "Kabinet predsednika", "Кабинет председника"],
            &["Floor 2", "Njësia e Statistikave", "Jedinica za statistiku", "Јединица за статистику"],
            &["Floor 2", "Salla e Seancave", "Sala za sednice", "Сала за седнице"],
            &["Ground floor", "Arkivi", "Arhiva", "Архива"],
            &["Ground floor", "Zyra për Media", "Kancelarija za medije", "Канцеларија за медије"],
        ],
        ..BASE
    },
    // The minimum number of rows everywhere: 3 services, 5 items, 2 signs (Serbian in
    // Cyrillic).
    // services 3: verbal 3/3, written 3/3 -> 100
    // communication 5: simultaneous 3/5, equivalent 5/5 -> (60*3 + 40*5)/5 = 76
    // signage 2/2 -> 100
    // total 0.35*100 + 0.40*76 + 0.25*100 = 35 + 30.4 + 25 = 90.40 High
    Applicant {
        id: "cc",
        name_sq: "Gjykata Kushtetuese",
        name_sr: "Ustavni sud",
        kind: "Independent institution",
        submitted: "2026-10-05",
        services: &[
            &["Submission of referrals", "y", "y", "y", "y"],
            &["Information on pending cases", "y", "y", "y", "y"],
            &["Library and publications", "y", "y", "y", "y"],
        ],
        communication: &[
            &["Judgment on a referral by a municipal assembly", "news_release", "2025-10-16 14:00", "2025-10-16 14:00", "520", "540"],
            &["Press conference: annual report 2025", "press_conference", "2026-01-29 11:00", "2026-01-29 11:00", "300", "290"],
            &["Tender: translation services", "tender", "2026-02-12 10:00", "2026-02-16 10:00", "800", "820"],
            &["Decision on admissibility of a referral", "news_release", "2026-04-08 15:00", "2026-04-10 09:00", "460", "450"],
            &["Public hearing schedule", "social_media", "2026-06-02 09:00", "2026-06-02 09:00", "35", "38"],
        ],
        signage: &[
            &["Main entrance", "Gjykata Kushtetuese", "Уставни суд"],
            &["Reception", "Pranimi i kërkesave", "Пријем захтева"],
        ],
        ..BASE
    },
    // Dates of publication as ISO text; yes/no as "x" or empty.
    // services 6: verbal 4/6, written 3/6 -> (66.67 + 50)/2 = 58.33
    // communication 10: simultaneous 5/10, equivalent 8/10 -> (60*5 + 40*8)/10 = 62
    // signage 3/4 -> 75 (Serbian in Cyrillic; one Serbian text copies the Albanian, in Latin
    //   and without diacritics)
    // total 0.35*58.33 + 0.40*62 + 0.25*75 = 20.42 + 24.8 + 18.75 = 63.97 Moderate
    Applicant {
        id: "cbk",
        name_sq: "Banka Qendrore e Republikës së Kosovës",
        name_sr: "Centralna banka Republike Kosovo",
        kind: "independent_institution",
        submitted: "2026-10-07",
        answers: CROSS,
        dates_as_text: true,
        services: &[
            &["Consumer complaints about banks", "y", "y", "y", "y"],
            &["Financial education desk", "y", "y", "y", "y"],
            &["Exchange of damaged banknotes", "y", "y", "y", "n"],
            &["Credit registry extracts", "y", "y", "y", "y"],
            &["Licensing information", "y", "n", "y", "n"],
            &["Visitors' reception", "y", "n", "y", "n"],
        ],
        communication: &[
            &["Monetary and financial statistics", "news_release", "2025-10-10 10:00", "2025-10-10 10:00", "380", "370"],
            &["Press conference: financial stability report", "press_conference", "2025-11-25 11:00", "2025-11-25 11:00", "300", "310"],
            &["Tender: cash processing equipment", "tender", "2025-12-08 09:00", "2025-12-12 09:00", "1400", "1350"],
            &["Interest rates survey", "news_release", "2026-01-21 10:00", "2026-01-21 17:00", "260", "250"],
            &["Beware of fraudulent text messages", "social_media", "2026-02-10 08:00", "2026-02-10 08:00", "45", "47"],
            &["Call for proposals: financial literacy week", "call_for_proposals", "2026-03-02 09:00", "2026-03-09 09:00", "1100", "1150"],
            &["Payment system statistics", "news_release", "2026-04-15 10:00", "", "340", ""],
            &["Press conference: annual report 2025", "press_conference", "2026-05-19 11:00", "2026-05-19 12:00", "280", "120"],
            &["Tender: data centre maintenance", "tender", "2026-06-23 10:00", "2026-06-29 10:00", "950", "980"],
            &["Remittances in the first half of 2026", "news_release", "2026-08-12 10:00", "2026-08-14 16:00", "300", "290"],
        ],
        signage: &[
            &["Main entrance", "Banka Qendrore e Republikës së Kosovës", "Централна банка Републике Косово"],
            &["Ground floor", "Këmbimi i kartëmonedhave", "Замена новчаница"],
            &["Floor 1", "Regjistri i Kredive", "Кредитни регистар"],
            &["Floor 1", "Mbrojtja e Konsumatorëve", "Mbrojtja e konsumatoreve"],
        ],
        ..BASE
    },
    // Total exactly on the lower boundary of Moderate (from 33).
    // services 5: verbal 2/5, written 2/5 -> 40
    // communication 8: simultaneous 2/8, equivalent 4/8 -> (60*2 + 40*4)/8 = 35
    // signage 1/5 -> 20 (only the main entrance passes, its Serbian in Latin and Cyrillic;
    //   two Serbian texts missing, two copies of the Albanian)
    // total 0.35*40 + 0.40*35 + 0.25*20 = 14 + 14 + 5 = 33.00 Moderate
    Applicant {
        id: "kp",
        name_sq: "Policia e Kosovës",
        name_sr: "Kosovska policija",
        name_sr_cyrl: Some("Косовска полиција"),
        kind: "Executive body",
        submitted: "2026-10-13",
        optional_columns: &["text_sr_cyrl"],
        services: &[
            &["Reporting a crime at the front desk", "y", "y", "y", "y"],
            &["Certificates for lost documents", "y", "y", "y", "y"],
            &["Traffic accident reports", "y", "n", "y", "n"],
            &["Weapon permit information", "y", "n", "y", "n"],
            &["Complaints about police conduct", "y", "n", "y", "n"],
        ],
        communication: &[
            &["Traffic safety campaign", "news_release", "2025-10-06 10:00", "2025-10-06 14:00", "250", "240"],
            &["Njoftim për shtyp: arrestimi i një grupi për kontrabandë", "news_release", "2025-11-11 09:00", "", "180", ""],
            &["Press conference: annual crime statistics", "press_conference", "2026-01-20 11:00", "2026-01-22 11:00", "400", "390"],
            &["Road closures for the city marathon", "social_media", "2026-03-28 08:00", "", "60", ""],
            &["Tender: patrol vehicles", "tender", "2026-04-13 10:00", "2026-04-13 10:00", "1300", "500"],
            &["Call for applications: police academy recruits", "call_for_proposals", "2026-05-04 09:00", "2026-05-11 09:00", "900", "880"],
            &["Summer traffic checks", "social_media", "2026-07-01 08:00", "", "50", ""],
            &["Waiting times at border crossings", "news_release", "2026-08-03 09:00", "2026-08-06 09:00", "150", "160"],
        ],
        signage: &[
            &["Main entrance", "Policia e Kosovës", "Kosovska policija", "Косовска полиција"],
            &["Front desk", "Shërbimi për qytetarët", "", ""],
            &["Floor 1", "Hetimet", "", ""],
            &["Floor 1", "Zyra e Komandantit", "ZYRA E KOMANDANTIT", ""],
            &["Ground floor", "Dalja", "Dalja", ""],
        ],
        ..BASE
    },
    // ---- Agencies -----------------------------------------------------------------------
    // The Agency for the Prevention of Corruption, which replaced the Anti-Corruption Agency
    // (id `aca` until then: the criteria's `aliases` let `langaward diff` follow it).
    // services 7: verbal 5/7, written 4/7 -> (71.43 + 57.14)/2 = 64.29
    // communication 9: simultaneous 6/9, equivalent 7/9 -> (60*6 + 40*7)/9 = 71.11
    // signage 2/3 -> 66.67 (Serbian in Latin and Cyrillic; one sign without Serbian)
    // total 0.35*64.29 + 0.40*71.11 + 0.25*66.67 = 22.5 + 28.44 + 16.67 = 67.61 High
    Applicant {
        id: "apk",
        name_sq: "Agjencia për Parandalimin e Korrupsionit",
        name_sr: "Agencija za sprečavanje korupcije",
        name_sr_cyrl: Some("Агенција за спречавање корупције"),
        kind: "agency",
        submitted: "2026-10-08",
        optional_columns: &["text_sr_cyrl"],
        services: &[
            &["Asset declaration help desk", "y", "y", "y", "y"],
            &["Reporting corruption", "y", "y", "y", "y"],
            &["Conflict of interest advice", "y", "y", "y", "y"],
            &["Training for public officials", "y", "y", "y", "n"],
            &["Access to asset declarations", "y", "y", "y", "y"],
            &["Visitors' reception", "y", "n", "y", "n"],
            &["Gifts register inquiries", "y", "n", "y", "n"],
        ],
        communication: &[
            &["Call for proposals: integrity in schools", "call_for_proposals", "2025-10-27 09:00", "2025-10-28 09:00", "1100", "1000"],
            &["Tender: asset declaration software", "tender", "2025-12-10 10:00", "2025-12-17 10:00", "1300", "1250"],
            &["Asset declarations are due by 31 March", "news_release", "2026-02-02 09:00", "2026-02-02 09:00", "230", "225"],
            &["Njoftim për shtyp: raporti vjetor 2025", "news_release", "2026-03-30 10:00", "2026-03-30 12:00", "600", "580"],
            &["Press conference: conflicts of interest in procurement", "press_conference", "2026-04-21 11:00", "2026-04-21 11:00", "320", "150"],
            &["How to report corruption", "social_media", "2026-05-13 08:00", "2026-05-13 08:30", "55", "60"],
            &["Training for municipal officials", "news_release", "2026-06-10 10:00", "", "280", ""],
            &["Tender: awareness campaign", "tender", "2026-07-20 09:00", "2026-07-20 11:00", "900", "940"],
            &["Cooperation agreement with the prosecution", "news_release", "2026-09-02 10:00", "2026-09-04 10:00", "310", "300"],
        ],
        signage: &[
            &["Main entrance", "Agjencia për Parandalimin e Korrupsionit", "Agencija za sprečavanje korupcije", "Агенција за спречавање корупције"],
            &["Floor 1", "Deklarimi i pasurisë", "Prijavljivanje imovine", "Пријављивање имовине"],
            &["Floor 2", "Salla e trajnimeve", "", ""],
        ],
        ..BASE
    },
    // SHARED RANK: ais and kas have the same services (75), communication (68) and
    // signage (50) scores from different rows, hence the same total:
    //   0.35*75 + 0.40*68 + 0.25*50 = 26.25 + 27.2 + 12.5 = 65.95 Moderate
    // ais: services 4: verbal 4/4, written 2/4 -> 75
    //      communication 5: simultaneous 3/5, equivalent 4/5 -> (60*3 + 40*4)/5 = 68
    //      signage 1/2 -> 50 (Serbian in Cyrillic; one Serbian text copies the Albanian)
    // kas: services 8: verbal 6/8, written 6/8 -> 75
    //      communication 10: simultaneous 6/10, equivalent 8/10 -> (60*6 + 40*8)/10 = 68
    //      signage 2/4 -> 50 (Serbian in Latin and Cyrillic; one Serbian text missing, one
    //        copying the Albanian)
    Applicant {
        id: "ais",
        name_sq: "Agjencia e Shoqërisë së Informacionit",
        name_sr: "Agencija za informaciono društvo",
        kind: "Agency",
        submitted: "2026-10-10",
        answers: CROSS,
        services: &[
            &["e-Kosova portal help desk", "y", "y", "y", "y"],
            &["Electronic signature support", "y", "y", "y", "n"],
            &["Government e-mail accounts", "y", "y", "y", "y"],
            &["Data centre access requests", "y", "y", "n", "y"],
        ],
        communication: &[
            &["New services on e-Kosova", "news_release", "2025-11-04 10:00", "2025-11-04 10:00", "300", "310"],
            &["Tender: government cloud infrastructure", "tender", "2026-01-13 10:00", "2026-01-13 16:00", "1800", "1750"],
            &["Scheduled portal maintenance", "social_media", "2026-03-05 08:00", "2026-03-05 08:00", "40", "15"],
            &["Call for proposals: digital skills for civil servants", "call_for_proposals", "2026-05-18 09:00", "2026-05-21 09:00", "1000", "1030"],
            &["Press conference: cyber security week", "press_conference", "2026-08-25 11:00", "2026-08-27 11:00", "250", "245"],
        ],
        signage: &[
            &["Main entrance", "Agjencia e Shoqërisë së Informacionit", "Агенција за информационо друштво"],
            &["Ground floor", "Qendra e të Dhënave", "Qendra e te dhenave"],
        ],
        ..BASE
    },
    Applicant {
        id: "kas",
        name_sq: "Agjencia e Statistikave të Kosovës",
        name_sr: "Agencija za statistiku Kosova",
        kind: "agency",
        submitted: "2026-10-10",
        optional_columns: &["text_sr_cyrl"],
        services: &[
            &["Statistical data requests", "y", "y", "y", "y"],
            &["Census information line", "y", "y", "y", "y"],
            &["Library and publications", "y", "y", "y", "y"],
            &["Business register extracts", "y", "y", "y", "y"],
            &["Microdata access for researchers", "y", "y", "y", "y"],
            &["Price index inquiries", "y", "y", "y", "n"],
            &["Agricultural survey help line", "y", "n", "y", "y"],
            &["Visitors' reception", "y", "n", "y", "n"],
        ],
        communication: &[
            &["Consumer price index, October 2025", "news_release", "2025-11-14 10:00", "2025-11-14 10:00", "210", "205"],
            &["Gross domestic product, third quarter 2025", "news_release", "2025-12-30 10:00", "2025-12-30 10:00", "260", "270"],
            &["Press conference: population estimates", "press_conference", "2026-01-26 11:00", "2026-01-26 11:00", "330", "320"],
            &["Tender: survey fieldwork services", "tender", "2026-02-09 09:00", "2026-02-20 09:00", "1400", "1380"],
            &["The labour force survey is under way", "social_media", "2026-03-02 08:00", "2026-03-02 08:00", "45", "20"],
            &["Foreign trade, first quarter 2026", "news_release", "2026-04-30 10:00", "2026-05-04 10:00", "240", "235"],
            &["Call for proposals: statistics in research", "call_for_proposals", "2026-05-25 09:00", "2026-05-25 09:00", "950", "920"],
            &["Consumer price index, June 2026", "news_release", "2026-07-14 10:00", "2026-07-14 10:00", "210", "80"],
            &["Njoftim për shtyp: anketa e buxhetit të familjeve", "news_release", "2026-08-18 10:00", "2026-08-21 10:00", "300", "310"],
            &["Gross domestic product, second quarter 2026", "news_release", "2026-09-15 10:00", "2026-09-18 10:00", "270", "265"],
        ],
        signage: &[
            &["Main entrance", "Agjencia e Statistikave të Kosovës", "Agencija za statistiku Kosova", "Агенција за статистику Косова"],
            &["Floor 1", "Zyra e Regjistrimit të Bizneseve", "", ""],
            &["Floor 2", "Departamenti i Metodologjisë", "Odeljenje za metodologiju", "Одељење за методологију"],
            &["Ground floor", "Salla e Konferencave", "Salla e konferencave", ""],
        ],
        ..BASE
    },
    // ---- Municipalities -----------------------------------------------------------------
    // Turkish is in official use in Prishtinë (by tradition), so services are checked in
    // Albanian, Serbian and Turkish: the urban planning desk has no Turkish speaker, the
    // public transport office replies in writing in Turkish to no one. Turkish versions of
    // some items and signs are recorded too; communication and signage count the official
    // languages only, so they earn nothing and cost nothing.
    // services 12: verbal 11/12, written 10/12 -> (91.67 + 83.33)/2 = 87.5
    // communication 14: simultaneous 13/14, equivalent 13/14 -> (60*13 + 40*13)/14 = 92.86
    // signage 9/9 -> 100 (Serbian in Latin and Cyrillic; the main entrance's Latin "Pristina"
    //   lost its "š": a remark, no points lost)
    // total 0.35*87.5 + 0.40*92.86 + 0.25*100 = 30.625 + 37.14 + 25 = 92.77 High
    Applicant {
        id: "prishtina",
        name_sq: "Komuna e Prishtinës",
        name_sr: "Opština Priština",
        name_sr_cyrl: Some("Општина Приштина"),
        kind: "municipality",
        municipality: Some("prishtina"),
        submitted: "2026-10-01",
        optional_columns: &["verbal_tr", "written_tr", "published_tr", "text_sr_cyrl", "text_tr"],
        // Service, verbal sq, sr, written sq, sr, verbal tr, written tr.
        services: &[
            &["Civil registry: birth certificates", "y", "y", "y", "y", "y", "y"],
            &["Civil registry: marriage certificates", "y", "y", "y", "y", "y", "y"],
            &["Property tax office", "y", "y", "y", "y", "y", "y"],
            &["Construction permits", "y", "y", "y", "y", "y", "y"],
            &["Business registration centre", "y", "y", "y", "y", "y", "y"],
            &["Social assistance applications", "y", "y", "y", "y", "y", "y"],
            &["Citizens' service centre", "y", "y", "y", "y", "y", "y"],
            // No Turkish at the desk; written replies are translated.
            &["Urban planning information", "y", "y", "y", "y", "n", "y"],
            // No written reply in Turkish.
            &["Public transport cards", "y", "y", "y", "y", "y", "n"],
            &["Complaints office", "y", "y", "y", "y", "y", "y"],
            &["School enrolment information", "y", "y", "y", "y", "y", "y"],
            &["Cadastral extracts", "y", "y", "y", "n", "y", "y"],
        ],
        // Title, type, published sq, sr, tr, words sq, sr.
        communication: &[
            &["Njoftim për shtyp: buxheti komunal 2026", "news_release", "2025-10-09 10:00", "2025-10-09 10:00", "2025-10-09 10:00", "500", "520"],
            &["Public hearing on the 2026 budget", "news_release", "2025-10-20 09:00", "2025-10-20 09:30", "2025-10-20 11:00", "310", "300"],
            &["Call for proposals: support for NGOs 2026", "call_for_proposals", "2025-11-10 09:00", "2025-11-10 09:00", "", "1800", "1850"],
            &["Tender: winter road maintenance", "tender", "2025-11-18 10:00", "2025-11-18 10:00", "", "1200", "1230"],
            &["Snow clearing plan", "social_media", "2025-12-15 07:30", "2025-12-15 08:00", "2025-12-15 08:00", "70", "75"],
            &["Press conference: new kindergartens", "press_conference", "2026-01-21 11:00", "2026-01-21 11:00", "", "280", "270"],
            &["Call for proposals: sports clubs subsidies", "call_for_proposals", "2026-02-17 09:00", "2026-02-17 09:00", "", "1500", "1480"],
            &["Tender: LED public lighting", "tender", "2026-03-11 10:00", "2026-03-14 10:00", "", "1100", "1090"],
            &["Njoftim për shtyp: aksioni i pastrimit të qytetit", "news_release", "2026-04-08 10:00", "2026-04-08 12:00", "", "260", "250"],
            &["Water supply interruption in Dardania", "social_media", "2026-05-05 07:00", "2026-05-05 07:00", "2026-05-05 07:30", "50", "52"],
            &["Press conference: urban mobility plan", "press_conference", "2026-06-03 11:00", "2026-06-03 11:00", "", "330", "340"],
            &["Summer cultural programme", "news_release", "2026-07-01 10:00", "2026-07-01 10:00", "2026-07-02 10:00", "400", "150"],
            &["Tender: school renovation works", "tender", "2026-08-10 10:00", "2026-08-10 14:00", "", "1350", "1300"],
            &["Call for proposals: youth initiatives", "call_for_proposals", "2026-09-07 09:00", "2026-09-07 09:00", "", "1250", "1290"],
        ],
        // Location, text sq, sr, sr Cyrillic, tr.
        signage: &[
            // Lost diacritics ("Pristina" for "Priština"): reported as a remark, costs nothing.
            &["Main entrance", "Komuna e Prishtinës", "Opština Pristina", "Општина Приштина", "Priştine Belediyesi"],
            &["Citizens' service centre", "Qendra për Shërbime me Qytetarë", "Centar za usluge građanima", "Центар за услуге грађанима", "Vatandaş Hizmetleri Merkezi"],
            &["Ground floor", "Gjendja Civile", "Matična služba", "Матична служба", "Nüfus Müdürlüğü"],
            &["Floor 1", "Drejtoria e Urbanizmit", "Direkcija za urbanizam", "Дирекција за урбанизам", ""],
            &["Floor 1", "Drejtoria e Arsimit", "Direkcija za obrazovanje", "Дирекција за образовање", ""],
            &["Floor 2", "Zyra e Kryetarit", "Kabinet predsednika opštine", "Кабинет председника општине", ""],
            &["Floor 2", "Salla e Kuvendit Komunal", "Sala Skupštine opštine", "Сала Скупштине општине", ""],
            &["Ground floor", "Zyra për Komunitete dhe Kthim", "Kancelarija za zajednice i povratak", "Канцеларија за заједнице и повратак", "Topluluklar ve Geri Dönüş Ofisi"],
            &["Ground floor", "Arkëtari", "Blagajna", "Благајна", ""],
        ],
        ..BASE
    },
    // FOUR LANGUAGES, AND A FIFTH FOR SERVICES: Prizren owes Albanian, Serbian, Turkish and
    // Bosnian (Municipality = prizren), so every item needs all four versions within 24
    // hours and every sign all four texts; Romani is in official use there, so every
    // service needs a yes in all five languages. yes/no as "Yes"/"No"; communication types
    // by their English names.
    // services 7: verbal 4/7, written 3/7 -> (57.14 + 42.86)/2 = 50
    //   (Serbian missing in two verbal and two written answers, Bosnian in two written ones,
    //   one of them the same service as a Serbian one; no Romani at the property tax, tourist
    //   and heritage offices, which costs the tax office its verbal answer and the tourist
    //   office its written one, the other answers having failed already)
    // communication 9: simultaneous 3/9, equivalent 6/9 -> (60*3 + 40*6)/9 = 46.67
    //   (Serbian late or missing in four items, Bosnian missing in one, Turkish 48 h late in one)
    // signage 4/7 -> 57.14 (Serbian in Latin and Cyrillic; one Turkish text missing, one
    //   Serbian text missing, one Serbian text a copy of the Albanian; "Prizren" alone, in
    //   Latin and Cyrillic, is the same name in every language)
    // total 0.35*50 + 0.40*46.67 + 0.25*57.14 = 17.5 + 18.67 + 14.29 = 50.45 Moderate
    Applicant {
        id: "prizren",
        name_sq: "Komuna e Prizrenit",
        name_sr: "Opština Prizren",
        kind: "Municipality",
        municipality: Some("prizren"),
        submitted: "2026-10-09",
        answers: YES_NO_CAPS,
        optional_columns: &[
            "verbal_tr", "written_tr", "verbal_bs", "written_bs", "verbal_rom", "written_rom",
            "published_tr", "published_bs", "text_sr_cyrl", "text_tr", "text_bs",
        ],
        // Service, verbal sq, sr, written sq, sr, verbal tr, written tr, verbal bs, written bs,
        // verbal rom, written rom.
        services: &[
            &["Civil registry", "y", "y", "y", "y", "y", "y", "y", "y", "y", "y"],
            // No written reply in Bosnian, no Romani at all: both fail.
            &["Property tax office", "y", "y", "y", "y", "y", "y", "y", "n", "n", "n"],
            &["Construction permits", "y", "y", "y", "n", "y", "y", "y", "y", "y", "y"],
            &["Citizens' service centre", "y", "y", "y", "y", "y", "y", "y", "y", "y", "y"],
            &["Social assistance", "y", "y", "y", "y", "y", "y", "y", "y", "y", "y"],
            // No verbal service in Serbian, no Romani at all: both fail.
            &["Tourist information office", "y", "n", "y", "y", "y", "y", "y", "y", "n", "n"],
            // No written reply in Serbian, Bosnian or Romani.
            &["Cultural heritage office", "y", "n", "y", "n", "y", "y", "y", "n", "n", "n"],
        ],
        // Title, type, published sq, sr, tr, bs, words sq, sr.
        communication: &[
            &["Call for proposals: cultural heritage projects", "Call for proposals", "2025-10-15 09:00", "2025-10-15 09:00", "2025-10-15 09:00", "2025-10-15 12:00", "1300", "1250"],
            &["Tender: restoration works in the historic centre", "Tender", "2025-11-24 10:00", "2025-12-01 10:00", "2025-11-24 10:00", "2025-11-24 10:00", "1500", "1450"],
            &["Njoftim për shtyp: buxheti komunal 2026", "News release", "2025-12-22 10:00", "", "2025-12-22 10:00", "2025-12-22 14:00", "450", ""],
            &["Press conference: results of the tourist season", "Press conference", "2026-01-15 11:00", "2026-01-15 11:00", "2026-01-15 11:00", "2026-01-15 11:00", "300", "120"],
            // No Bosnian version: not simultaneous.
            &["Parking in the city centre", "Social media post", "2026-03-04 08:00", "2026-03-04 09:00", "2026-03-04 09:00", "", "60", "58"],
            &["New citizens' service centre opens", "News release", "2026-04-20 10:00", "2026-04-22 10:00", "2026-04-20 10:00", "2026-04-20 10:00", "320", "310"],
            // Turkish two days after the others: not simultaneous.
            &["Tender: waste collection vehicles", "Tender", "2026-05-27 10:00", "2026-05-27 10:00", "2026-05-29 10:00", "2026-05-27 10:00", "1100", "1080"],
            &["Traffic arrangements during DokuFest", "News release", "2026-07-28 10:00", "2026-07-28 10:00", "2026-07-28 10:30", "2026-07-28 11:00", "200", "210"],
            &["Summer festival programme", "Social media post", "2026-08-12 09:00", "", "2026-08-12 09:00", "", "80", ""],
        ],
        // Location, text sq, sr, sr Cyrillic, tr, bs.
        signage: &[
            &["Main entrance", "Ndërtesa e Komunës", "Zgrada opštine", "Зграда општине", "Belediye Binası", "Zgrada Opštine"],
            // The same name in every language and alphabet: not an untranslated copy.
            &["Road sign at the city entrance", "Prizren", "Prizren", "Призрен", "Prizren", "Prizren"],
            &["Ground floor", "Qendra për Shërbime me Qytetarë", "Centar za usluge građanima", "Центар за услуге грађанима", "Vatandaş Hizmetleri Merkezi", "Centar za usluge građanima"],
            &["Floor 1", "Drejtoria e Kulturës", "Direkcija za kulturu", "Дирекција за културу", "Kültür Müdürlüğü", "Direkcija za kulturu"],
            // No Turkish text.
            &["Floor 1", "Zyra e Kryetarit", "Kabinet predsednika opštine", "Кабинет председника општине", "", "Kabinet predsjednika općine"],
            &["Historic centre", "Informata turistike", "", "", "Turizm Danışma Bürosu", "Turističke informacije"],
            &["Ground floor", "Arkivi", "ARKIVI", "", "Arşiv", "Arhiv"],
        ],
        ..BASE
    },
    // Serbian labels, sheet names, headers, type names and da/ne; Serbian signs in Cyrillic,
    // Serbian written first (the local majority language); two items published in Serbian
    // first.
    // services 5: verbal 5/5, written 4/5 -> (100 + 80)/2 = 90
    // communication 7: simultaneous 6/7, equivalent 6/7 -> (60*6 + 40*6)/7 = 85.71
    // signage 4/5 -> 80 (the main entrance's Cyrillic "Општинa" ends in a Latin "a")
    // total 0.35*90 + 0.40*85.71 + 0.25*80 = 31.5 + 34.29 + 20 = 85.79 High
    Applicant {
        id: "gracanica",
        name_sq: "Komuna e Graçanicës",
        name_sr: "Opština Gračanica",
        name_sr_cyrl: Some("Општина Грачаница"),
        kind: "Opština",
        municipality: Some("gracanica"),
        submitted: "2026-10-06",
        lang: Lang::Sr,
        answers: DA_NE,
        optional_columns: &["first_language"],
        services: &[
            &["Matična služba", "y", "y", "y", "y"],
            &["Katastar", "y", "y", "y", "y"],
            &["Građevinske dozvole", "y", "y", "y", "y"],
            &["Centar za usluge građanima", "y", "y", "y", "y"],
            &["Socijalna pomoć", "y", "y", "y", "n"],
        ],
        communication: &[
            // Serbian two hours before Albanian: simultaneous.
            &["Saopštenje za medije: budžet opštine za 2026", "Saopštenje za medije", "2025-10-23 12:00", "2025-10-23 10:00", "430", "450"],
            &["Poziv za predloge: podrška poljoprivrednicima", "Poziv za predloge", "2025-11-19 09:00", "2025-11-19 09:00", "1200", "1260"],
            &["Tender: rekonstrukcija lokalnih puteva", "Tender", "2026-01-08 10:00", "2026-01-08 10:00", "1000", "1050"],
            &["Prekid snabdevanja vodom", "Društvene mreže", "2026-03-10 07:00", "2026-03-09 15:00", "40", "45"],
            // Albanian version a short summary: not equivalent (300/150 = 2).
            &["Saopštenje za medije: upis u vrtiće", "Saopštenje za medije", "2026-04-27 10:00", "2026-04-27 10:00", "150", "300"],
            &["Konferencija za štampu: program Vidovdanskih svečanosti", "Konferencija za štampu", "2026-06-15 11:00", "2026-06-15 11:00", "280", "300"],
            // Albanian four days after Serbian: not simultaneous.
            &["Poziv za predloge: kulturne manifestacije", "Poziv za predloge", "2026-08-24 09:00", "2026-08-20 09:00", "1100", "1120"],
        ],
        // Location, text sq, text sr, language written first.
        signage: &[
            // HOMOGLYPH: the last letter of "Општинa" is the Latin "a" (U+0061), not the
            // Cyrillic "а" (U+0430): the word mixes alphabets and the sign fails.
            &["Glavni ulaz", "Komuna e Graçanicës", "Општин\u{61} Грачаница", "sr"],
            &["Prizemlje", "Gjendja Civile", "Матична служба", "sr"],
            &["Prizemlje", "Qendra për Shërbime me Qytetarë", "Центар за услуге грађанима", "sr"],
            &["Prvi sprat", "Zyra e Kryetarit", "Кабинет председника општине", "sr"],
            &["Prvi sprat", "Salla e Kuvendit Komunal", "Сала Скупштине општине", "sr"],
        ],
        ..BASE
    },
    // Half-filled, Serbian labels: three wrong cells ("maybe" in a yes/no cell, "next week"
    // as a date, "many" as a word count) and a few empty ones. Wrong cells count as empty;
    // every row still counts.
    // Turkish and Bosnian are in official use here, so services are checked in four
    // languages: Bosnian is missing from one written reply only, Turkish from the tax office
    // altogether. The Turkish and Bosnian columns of Communication and Signage are left
    // empty (those criteria count the official languages only).
    // The road sign at the southern entrance writes Albanian first and Serbian in Latin only:
    // it fails the bundled criteria (Serbian must be in Cyrillic), and would fail the order
    // too with `order: true` (Serbian, the local majority language, expected first). The
    // municipality's own signs are in Cyrillic, Serbian first.
    // services 6: verbal 3/6, written 2/6 -> (50 + 33.33)/2 = 41.67
    //   (the tax office fails both for Turkish; the other failures are in Albanian or
    //   Serbian, or the empty row)
    // communication 7: simultaneous 4/7, equivalent 5/7 -> (60*4 + 40*5)/7 = 62.86
    // signage 3/5 -> 60 (one sign without Albanian, the road sign in Latin only)
    // total 0.35*41.67 + 0.40*62.86 + 0.25*60 = 14.58 + 25.14 + 15 = 54.73 Moderate
    Applicant {
        id: "mitrovica-north",
        name_sq: "Komuna e Mitrovicës së Veriut",
        name_sr: "Opština Severna Mitrovica",
        name_sr_cyrl: Some("Општина Северна Митровица"),
        kind: "Opština",
        municipality: Some("mitrovica-north"),
        submitted: "2026-10-14",
        lang: Lang::Sr,
        answers: DA_NE,
        optional_columns: &[
            "verbal_tr", "written_tr", "verbal_bs", "written_bs",
            "published_tr", "published_bs", "text_tr", "text_bs", "first_language",
        ],
        // Service, verbal sq, sr, written sq, sr, verbal tr, written tr, verbal bs, written bs.
        services: &[
            &["Matična služba", "y", "y", "y", "y", "y", "y", "y", "y"],
            // No Turkish, verbally or in writing.
            &["Poreska kancelarija", "y", "y", "y", "y", "n", "n", "y", "y"],
            &["Građevinske dozvole", "y", "!maybe", "y", "y", "y", "y", "y", "y"],
            &["Centar za usluge građanima", "y", "y", "y", "n", "y", "y", "y", "y"],
            &["Socijalna pomoć", "y", "y", "n", "n", "y", "n", "y", ""],
            &["Kancelarija za žalbe", "", "", "", "", "", "", "", ""],
        ],
        // Title, type, published sq, sr, tr, bs, words sq, sr.
        communication: &[
            &["Saopštenje za medije: budžet opštine za 2026", "news_release", "2025-10-30 10:00", "2025-10-30 10:00", "", "", "400", "410"],
            &["Tender: zimsko održavanje puteva", "tender", "2025-11-13 10:00", "2025-11-13 10:00", "", "", "900", "950"],
            &["Poziv za predloge: podrška nevladinim organizacijama", "call_for_proposals", "2026-01-26 09:00", "!next week", "", "", "1200", "1180"],
            &["Konferencija za štampu: obnova gradskog parka", "press_conference", "2026-03-18 11:00", "2026-03-18 11:00", "", "", "300", "!many"],
            &["Radovi na vodovodu", "social_media", "2026-04-09 08:00", "2026-04-09 08:00", "", "", "50", "55"],
            &["Saopštenje za medije: Dani otvorenih vrata", "news_release", "2026-06-04 10:00", "", "", "", "", ""],
            // 26 hours apart: not simultaneous.
            &["Tender: javna rasveta", "tender", "2026-07-22 10:00", "2026-07-23 12:00", "", "", "800", "790"],
        ],
        // Location, text sq, sr, tr, bs, language written first.
        signage: &[
            &["Glavni ulaz", "Komuna e Mitrovicës së Veriut", "Општина Северна Митровица", "", "", "sr"],
            &["Prizemlje", "Gjendja Civile", "Матична служба", "", "", "sr"],
            &["Prvi sprat", "Zyra e Kryetarit", "Кабинет председника општине", "", "", "sr"],
            &["Prvi sprat", "", "Сала Скупштине општине", "", "", "sr"],
            // Albanian first, Serbian in Latin only: fails (Cyrillic required).
            &["Road sign at the southern entrance", "Mitrovicë e Veriut", "Severna Mitrovica", "", "", "sq"],
        ],
        ..BASE
    },
    // GATE FAILURE: nothing published in Serbian, so excluded from the ranking. Mamushë owes
    // Turkish too (Mamuşa): every service answers in Turkish, verbally and in writing, every
    // item is published in Albanian and Turkish, every sign has its Turkish text; that cannot
    // make up for the missing Serbian.
    // services 4: verbal 2/4, written 1/4 -> (50 + 25)/2 = 37.5 (Serbian missing; Turkish 4/4)
    // communication 6: simultaneous 0/6, equivalent 0/6 -> 0
    // signage 0/3 -> 0 (two Serbian texts missing, the third in Latin only)
    // total 0.35*37.5 + 0.40*0 + 0.25*0 = 13.125 -> 13.13 (Low, not ranked)
    Applicant {
        id: "mamusha",
        name_sq: "Komuna e Mamushës",
        name_sr: "Opština Mamuša",
        kind: "Komunë",
        municipality: Some("mamusha"),
        submitted: "2026-10-12",
        answers: PO_JO,
        optional_columns: &["verbal_tr", "written_tr", "published_tr", "text_tr"],
        // Service, verbal sq, sr, written sq, sr, verbal tr, written tr.
        services: &[
            &["Civil registry", "y", "y", "y", "y", "y", "y"],
            &["Property tax office", "y", "y", "y", "n", "y", "y"],
            &["Agricultural subsidies office", "y", "n", "y", "n", "y", "y"],
            &["Citizens' reception", "y", "n", "y", "n", "y", "y"],
        ],
        // Title, type, published sq, sr, tr, words sq, sr.
        communication: &[
            &["Thirrje për propozime: mbështetje për fermerët", "call_for_proposals", "2025-11-06 09:00", "", "2025-11-06 09:00", "1100", ""],
            &["Press conference: municipal budget 2026", "press_conference", "2025-12-17 11:00", "", "2025-12-17 11:00", "280", ""],
            &["Tender: rregullimi i rrugëve lokale", "tender", "2026-02-18 10:00", "", "2026-02-18 10:00", "900", ""],
            &["Vaccination of livestock", "social_media", "2026-03-23 08:00", "", "2026-03-23 08:00", "50", ""],
            &["Njoftim për shtyp: dita e hapur për qytetarët", "news_release", "2026-05-14 10:00", "", "2026-05-14 11:00", "200", ""],
            &["Basın bülteni: Domates Festivali 2026", "news_release", "2026-08-05 10:00", "", "2026-08-05 10:00", "300", ""],
        ],
        // Location, text sq, sr, tr.
        signage: &[
            // Serbian in Latin only: fails (Cyrillic required).
            &["Main entrance", "Komuna e Mamushës", "Opština Mamuša", "Mamuşa Belediyesi"],
            &["Ground floor", "Gjendja Civile", "", "Nüfus Müdürlüğü"],
            &["Floor 1", "Zyra e Kryetarit", "", "Belediye Başkanlığı"],
        ],
        ..BASE
    },
    // Ships as ODS; Albanian labels, sheet names, headers, type names and po/jo.
    // Turkish is in official use in Gjilan (by tradition), so services are checked in
    // Albanian, Serbian and Turkish: the building permits desk has no Turkish speaker, the
    // business registry replies in writing in Turkish to no one. Turkish versions of a few
    // items and signs are recorded too; communication and signage count the official
    // languages only.
    // services 9: verbal 6/9, written 5/9 -> (66.67 + 55.56)/2 = 61.11
    // communication 11: simultaneous 8/11, equivalent 9/11 -> (60*8 + 40*9)/11 = 76.36
    // signage 6/7 -> 85.71 (Serbian in Latin and Cyrillic; one Serbian text copies the Albanian)
    // total 0.35*61.11 + 0.40*76.36 + 0.25*85.71 = 21.39 + 30.55 + 21.43 = 73.36 High
    Applicant {
        id: "gjilan",
        name_sq: "Komuna e Gjilanit",
        name_sr: "Opština Gnjilane",
        name_sr_cyrl: Some("Општина Гњилане"),
        kind: "Komunë",
        municipality: Some("gjilan"),
        submitted: "2026-10-08",
        file: FileType::Ods,
        lang: Lang::Sq,
        answers: PO_JO,
        optional_columns: &["verbal_tr", "written_tr", "published_tr", "text_sr_cyrl", "text_tr"],
        // Service, verbal sq, sr, written sq, sr, verbal tr, written tr.
        services: &[
            &["Gjendja civile", "y", "y", "y", "y", "y", "y"],
            &["Tatimi në pronë", "y", "y", "y", "y", "y", "y"],
            // No Turkish at the desk; written replies are translated.
            &["Lejet e ndërtimit", "y", "y", "y", "y", "n", "y"],
            &["Qendra për shërbime me qytetarë", "y", "y", "y", "y", "y", "y"],
            &["Ndihma sociale", "y", "y", "y", "y", "y", "y"],
            // No written reply in Turkish.
            &["Regjistrimi i bizneseve", "y", "y", "y", "y", "y", "n"],
            &["Zyra për ankesa", "y", "y", "y", "n", "y", "y"],
            &["Subvencionet bujqësore", "y", "n", "y", "n", "n", "n"],
            &["Informata për urbanizëm", "y", "n", "y", "n", "n", "n"],
        ],
        // Title, type, published sq, sr, tr, words sq, sr.
        communication: &[
            &["Njoftim për shtyp: buxheti komunal 2026", "Njoftim për shtyp", "2025-10-16 10:00", "2025-10-16 10:00", "2025-10-16 10:00", "450", "440"],
            &["Thirrje për propozime: mbështetje për OJQ-të 2026", "Thirrje për propozime", "2025-11-05 09:00", "2025-11-05 09:00", "", "1600", "1650"],
            &["Tender: ndriçimi publik", "Tender", "2025-12-03 10:00", "2025-12-03 10:00", "", "1000", "980"],
            &["Konferencë për shtyp: investimet kapitale", "Konferencë për shtyp", "2026-01-13 11:00", "2026-01-13 11:00", "", "300", "290"],
            &["Pastrimi i borës", "Rrjete sociale", "2026-01-29 07:00", "2026-01-29 07:30", "2026-01-29 08:00", "40", "42"],
            &["Njoftim për shtyp: regjistrimi në çerdhe", "Njoftim për shtyp", "2026-03-16 10:00", "2026-03-19 10:00", "", "250", "240"],
            &["Tender: renovimi i shkollave", "Tender", "2026-04-14 10:00", "2026-04-14 10:00", "", "1200", "1250"],
            &["Thirrje për propozime: projektet rinore", "Thirrje për propozime", "2026-05-11 09:00", "2026-05-11 09:00", "", "1100", "500"],
            &["Konferencë për shtyp: sezoni i festivaleve", "Konferencë për shtyp", "2026-06-09 11:00", "", "", "280", ""],
            &["Ndërprerja e ujit", "Rrjete sociale", "2026-07-21 07:00", "2026-07-21 08:00", "2026-07-21 08:00", "45", "48"],
            &["Njoftim për shtyp: ditët e trashëgimisë kulturore", "Njoftim për shtyp", "2026-09-08 10:00", "2026-09-12 10:00", "", "320", "310"],
        ],
        // Location, text sq, sr, sr Cyrillic, tr.
        signage: &[
            &["Hyrja kryesore", "Komuna e Gjilanit", "Opština Gnjilane", "Општина Гњилане", "Gilan Belediyesi"],
            &["Përdhesa", "Gjendja Civile", "Matična služba", "Матична служба", "Nüfus Müdürlüğü"],
            &["Përdhesa", "Qendra për Shërbime me Qytetarë", "Centar za usluge građanima", "Центар за услуге грађанима", "Vatandaş Hizmetleri Merkezi"],
            &["Kati 1", "Drejtoria e Urbanizmit", "Direkcija za urbanizam", "Дирекција за урбанизам", ""],
            &["Kati 1", "Zyra për Komunitete", "Kancelarija za zajednice", "Канцеларија за заједнице", "Topluluklar Ofisi"],
            &["Kati 2", "Zyra e Kryetarit", "Kabinet predsednika opštine", "Кабинет председника општине", ""],
            &["Kati 2", "Salla e Kuvendit", "Salla e Kuvendit", "", ""],
        ],
        ..BASE
    },
    // ---- Not eligible -------------------------------------------------------------------
    // A publicly owned enterprise: no category takes this kind.
    // services 3: verbal 3/3, written 2/3 -> 83.33
    // communication 5: simultaneous 4/5, equivalent 4/5 -> 80
    // signage 2/2 -> 100 (Serbian in Cyrillic)
    // total 0.35*83.33 + 0.40*80 + 0.25*100 = 29.17 + 32 + 25 = 86.17 (not ranked)
    Applicant {
        id: "posta",
        name_sq: "Posta e Kosovës",
        name_sr: "Pošta Kosova",
        kind: "Publicly owned enterprise",
        submitted: "2026-10-11",
        services: &[
            &["Parcel counter", "y", "y", "y", "y"],
            &["Postal money orders", "y", "y", "y", "y"],
            &["Complaints about lost items", "y", "y", "y", "n"],
        ],
        communication: &[
            &["New postal tariffs", "news_release", "2025-12-01 10:00", "2025-12-01 10:00", "260", "250"],
            &["Tender: delivery vans", "tender", "2026-02-05 10:00", "2026-02-05 10:00", "1000", "1020"],
            &["Opening hours during the holidays", "social_media", "2026-04-02 08:00", "2026-04-02 08:00", "35", "36"],
            &["Press conference: digital postal services", "press_conference", "2026-06-11 11:00", "2026-06-11 11:00", "280", "100"],
            &["Commemorative stamps 2026", "news_release", "2026-09-01 10:00", "2026-09-05 10:00", "200", "195"],
        ],
        signage: &[
            &["Main entrance", "Posta e Kosovës", "Пошта Косова"],
            &["Counter", "Sporteli për Pako", "Шалтер за пакете"],
        ],
        ..BASE
    },
];

/// The applicant that ships as legacy `.xls`. [`super::write_xls_source`] writes it as xlsx;
/// `tools/make_xls.py` converts that into `submissions/cec.xls`.
///
/// Executive category; total exactly on the upper boundary of Moderate (to 66).
/// services 5: verbal 3/5, written 3/5 -> 60
/// communication 8: simultaneous 5/8, equivalent 5/8 -> (60*5 + 40*5)/8 = 62.5
/// signage 4/5 -> 80 (Serbian in Cyrillic; one sign without it)
/// total 0.35*60 + 0.40*62.5 + 0.25*80 = 21 + 25 + 20 = 66.00 Moderate
#[rustfmt::skip]
pub(super) const XLS_APPLICANT: Applicant = Applicant {
    id: "cec",
    name_sq: "Komisioni Qendror i Zgjedhjeve",
    name_sr: "Centralna izborna komisija",
    name_sr_cyrl: Some("Централна изборна комисија"),
    kind: "Institucion i pavarur",
    submitted: "2026-10-05",
    answers: YES_NO_CAPS,
    services: &[
        &["Voter information line", "y", "y", "y", "y"],
        &["Checking one's entry in the voter list", "y", "y", "y", "y"],
        &["Registration of political entities", "y", "y", "y", "y"],
        &["Registration of voters outside Kosovo", "y", "n", "y", "n"],
        &["Complaints about polling stations", "y", "n", "y", "n"],
    ],
    communication: &[
        &["Press conference: preliminary turnout", "press_conference", "2025-10-12 20:00", "2025-10-12 20:00", "220", "230"],
        &["Certification of the results of the local elections", "news_release", "2025-10-29 18:00", "2025-10-29 18:00", "300", "290"],
        &["Call for proposals: voter education by NGOs", "call_for_proposals", "2025-12-01 09:00", "2025-12-03 09:00", "1200", "1180"],
        &["Tender: printing of ballot papers", "tender", "2026-01-12 10:00", "2026-01-12 10:00", "1600", "900"],
        &["Check your polling station", "social_media", "2026-02-02 08:00", "2026-02-02 09:00", "40", "20"],
        &["New rules for voter registration", "news_release", "2026-03-18 10:00", "2026-03-25 10:00", "450", "440"],
        &["Press conference: electoral calendar", "press_conference", "2026-05-05 12:00", "2026-05-05 12:00", "260", "100"],
        &["Accreditation of election observers", "news_release", "2026-07-01 10:00", "2026-07-06 10:00", "380", "395"],
    ],
    signage: &[
        &["Main entrance", "Komisioni Qendror i Zgjedhjeve", "Централна изборна комисија"],
        &["Reception", "Informata për votuesit", "Информације за бираче"],
        &["Floor 1", "Sekretariati i KQZ-së", "Секретаријат ЦИК-а"],
        &["Floor 2", "Zyra për Regjistrimin e Partive Politike", "Канцеларија за регистрацију политичких партија"],
        &["Ground floor", "Qendra e Numërimit", ""],
    ],
    ..BASE
};
