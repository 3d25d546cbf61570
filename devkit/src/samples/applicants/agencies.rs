//! The sample applicants of the category "Agencies".

use super::{Applicant, BASE, CROSS, Monitored, On};

#[rustfmt::skip]
pub(in crate::samples) const AGENCIES: &[Applicant] = &[
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
        monitoring: &[
            // Two signs with Serbian in both alphabets, one with none: signage stays 2/3.
            Monitored { on: On::Signage, cells: &["Floor 1", "Zyra e Pritjes", "Prijemna kancelarija", "Пријемна канцеларија"], source: "site_visit", reference: "Visit report 2026/11", observer: "Monitor B", observed_on: "2026-04-22 10:00" },
            Monitored { on: On::Signage, cells: &["Floor 2", "Departamenti Ligjor", "Pravno odeljenje", "Правно одељење"], source: "site_visit", reference: "Visit report 2026/11", observer: "Monitor B", observed_on: "2026-04-22 10:00" },
            Monitored { on: On::Signage, cells: &["Ground floor", "Dalja", "", ""], source: "site_visit", reference: "Visit report 2026/11", observer: "Monitor B", observed_on: "2026-04-22 10:00" },
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
        monitoring: &[
            // One sign in Cyrillic, one in Latin only: signage stays 1/2.
            Monitored { on: On::Signage, cells: &["Floor 1", "Zyra e Ndihmës", "Канцеларија за помоћ"], source: "site_visit", reference: "Visit report 2026/14", observer: "Monitor A", observed_on: "2026-05-06 11:00" },
            Monitored { on: On::Signage, cells: &["Floor 2", "Salla e Trajnimeve", "Sala za obuku"], source: "site_visit", reference: "Visit report 2026/14", observer: "Monitor A", observed_on: "2026-05-06 11:00" },
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
        monitoring: &[
            // One sign in both alphabets, one without Serbian: signage stays 2/4.
            Monitored { on: On::Signage, cells: &["Floor 3", "Salla e Leximit", "Čitaonica", "Читаоница"], source: "site_visit", reference: "Visit report 2026/15", observer: "Monitor A", observed_on: "2026-05-07 10:00" },
            Monitored { on: On::Signage, cells: &["Floor 3", "Arkivi", "", ""], source: "site_visit", reference: "Visit report 2026/15", observer: "Monitor A", observed_on: "2026-05-07 10:00" },
        ],
        ..BASE
    },
];
