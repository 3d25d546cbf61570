//! The sample applicants of the category "Executive bodies and independent institutions".

use super::{Applicant, BASE, CROSS, Monitored, On, Origin};

#[rustfmt::skip]
pub(in crate::samples) const EXECUTIVE: &[Applicant] = &[
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
        monitoring: &[
            // One more sign in both alphabets: signage stays 8/8.
            Monitored { on: On::Signage, cells: &["Floor 2", "Zyra e Komisionerit", "Kancelarija poverenika", "Канцеларија повереника"], source: "site_visit", reference: "Visit report 2026/09", observer: "Monitor C", observed_on: "2026-03-18 09:30" },
        ],
        ..BASE
    },
    // The minimum number of rows everywhere: 3 services, 5 items, 2 signs (Serbian in
    // Cyrillic).
    // services 3: verbal 3/3, written 3/3, recommendations 2/2, test e-mails 2/2 -> 100
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
        recommendations: &[
            &["R-2024-01", "Publish judgments in both languages on the same day", "2024", "implemented"],
            &["R-2025-04", "Serbian version of the court's search engine", "2025", "implemented"],
        ],
        monitoring: &[
            // A test call served in both languages and a sign in Cyrillic: services and signage
            // stay at 3/3 and 2/2.
            Monitored { on: On::Services, cells: &["Information on filing a referral", "y", "y", "y", "y"], source: "test_call", reference: "Call log 2026/031", observer: "Monitor B", observed_on: "2026-02-10 10:15" },
            Monitored { on: On::Signage, cells: &["Floor 1", "Salla e Seancave", "Сала за седнице"], source: "site_visit", reference: "Visit report 2026/03", observer: "Monitor B", observed_on: "2026-02-11 12:00" },
            // Two test e-mails, each answered in both languages, the Serbian reply 4 and 23
            // hours after the Albanian one: reply parity 2/2, as every other services
            // indicator.
            Monitored { on: On::TestLetters, cells: &["How do I submit a referral?", "2026-03-02 09:00", "2026-03-03 11:00", "2026-03-02 09:00", "2026-03-03 15:00"], source: "test_email", reference: "Test e-mail 2026/017", observer: "Monitor B", observed_on: "2026-03-04 09:00" },
            Monitored { on: On::TestLetters, cells: &["Can I follow a pending case online?", "2026-05-11 10:00", "2026-05-12 10:00", "2026-05-11 10:00", "2026-05-13 09:00"], source: "test_email", reference: "Test e-mail 2026/033", observer: "Monitor B", observed_on: "2026-05-14 09:00" },
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
        monitoring: &[
            // Three signs in Cyrillic, one without Serbian: signage stays 3/4.
            Monitored { on: On::Signage, cells: &["Floor 2", "Departamenti i Statistikave", "Одељење за статистику"], source: "site_visit", reference: "Visit report 2026/12", observer: "Monitor C", observed_on: "2026-04-28 10:00" },
            Monitored { on: On::Signage, cells: &["Floor 2", "Zyra e Guvernatorit", "Кабинет гувернера"], source: "site_visit", reference: "Visit report 2026/12", observer: "Monitor C", observed_on: "2026-04-28 10:00" },
            Monitored { on: On::Signage, cells: &["Ground floor", "Arka", "Благајна"], source: "site_visit", reference: "Visit report 2026/12", observer: "Monitor C", observed_on: "2026-04-28 10:00" },
            Monitored { on: On::Signage, cells: &["Ground floor", "Salla e Pritjes", ""], source: "site_visit", reference: "Visit report 2026/12", observer: "Monitor C", observed_on: "2026-04-28 10:00" },
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
        monitoring: &[
            // Four items checked on the website: one simultaneous and of equal length, one equal in
            // length but late, two neither: communication stays at 2/8 and 4/8.
            Monitored { on: On::Communication, cells: &["Appeal: missing persons", "news_release", "2026-06-02 10:00", "2026-06-02 11:00", "200", "210"], source: "website", reference: "https://example.org/kp/news/missing-persons", observer: "Monitor A", observed_on: "2026-06-03 09:00" },
            Monitored { on: On::Communication, cells: &["Festive season patrols", "news_release", "2026-06-20 10:00", "2026-06-23 10:00", "180", "175"], source: "website", reference: "https://example.org/kp/news/festive-patrols", observer: "Monitor A", observed_on: "2026-06-24 09:00" },
            Monitored { on: On::Communication, cells: &["Results of the recruitment exam", "news_release", "2026-07-08 10:00", "2026-07-10 10:00", "300", "100"], source: "website", reference: "https://example.org/kp/news/recruitment", observer: "Monitor A", observed_on: "2026-07-11 09:00" },
            Monitored { on: On::Communication, cells: &["Road safety week", "social_media", "2026-09-14 08:00", "", "40", ""], source: "social_media", reference: "https://example.org/kp/posts/road-safety", observer: "Monitor A", observed_on: "2026-09-15 09:00" },
        ],
        ..BASE
    },
];
