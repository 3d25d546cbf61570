//! The sample applicants of the category "Ministries".

use super::{Applicant, BASE, Monitored, On, PO_JO};
use crate::layout::Lang;

#[rustfmt::skip]
pub(in crate::samples) const MINISTRIES: &[Applicant] = &[
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
        monitoring: &[
            // One more sign in both alphabets: signage stays 10/10.
            Monitored { on: On::Signage, cells: &["Floor 1", "Administrata Tatimore", "Poreska uprava", "Пореска управа"], source: "site_visit", reference: "Visit report 2026/05", observer: "Monitor A", observed_on: "2026-03-04 10:00" },
        ],
        ..BASE
    },
    // TIE BROKEN BY COMMUNICATION: mlga and mrd have the same total, 83.25.
    // mlga: services 6: verbal 5/6, written 4/6 -> (83.33 + 66.67)/2 = 75; recommendations
    //         3/4 -> 75 too
    //       communication 8: simultaneous 7/8, equivalent 8/8 -> (60*7 + 40*8)/8 = 92.5
    //       signage 4/5 -> 80 (Serbian written in Cyrillic; one sign without it)
    //       total 0.35*75 + 0.40*92.5 + 0.25*80 = 26.25 + 37 + 20 = 83.25 High
    // mrd:  services 4: verbal 4/4, written 2/4 -> (100 + 50)/2 = 75; recommendations 3/4,
    //         test e-mails 3/4 -> (32*100 + 32*50 + 16*75 + 20*75)/100 = 75
    //       communication 8: simultaneous 6/8, equivalent 7/8, journalists 1/1, web 3:
    //         every language 2/3, simultaneous 2/3
    //         -> (30*6/8 + 20*7/8 + 20*1 + 15*2/3 + 15*2/3)/100 = (22.5 + 17.5 + 20 + 10 + 10)/100 = 80
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
        // The Commissioner's recommendations: two implemented, two partly -> 3 of 4 = 75,
        // the services score, which they leave unchanged.
        recommendations: &[
            &["R-2024-07", "Publish the ministry's decisions in Serbian on the same day", "2024", "implemented"],
            &["R-2024-08", "Answer municipal assemblies in the language they write in", "2024", "implemented"],
            &["R-2025-02", "Translate the guidance for municipal officers into Serbian", "2025", "partly"],
            &["R-2025-03", "Train reception staff to answer in Serbian", "2025", "Partly implemented"],
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
            // Communication with journalists, scored on its own too: in both languages at once.
            &["Media invitation: press conference on economic zones", "media_invitation", "2026-01-27 11:00", "2026-01-27 11:00", "310", "295"],
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
        // The Commissioner's monitoring: 2 of 3 posts in both languages, both on time.
        web: &[
            &["Grants for regional development open", "facebook", "https://example.org/mrd/fb/1021", "2026-02-02 10:00", "2026-02-02 10:30"],
            &["Economic zones: a map of free plots", "website", "https://example.org/mrd/zones", "2026-03-12 09:00", "2026-03-12 09:00"],
            // No Serbian version found.
            &["Regional development agencies meet", "x", "https://example.org/mrd/x/77", "2026-07-08 12:00", ""],
        ],
        recommendations: &[
            &["R-2023-11", "Appoint a language officer", "2023", "implemented"],
            &["R-2024-05", "Publish calls for proposals in both languages at once", "2024", "implemented"],
            &["R-2024-06", "Bilingual forms for grant applicants", "2024", "implemented"],
            &["R-2025-09", "Serbian version of the ministry's website news", "2025", "not_implemented"],
        ],
        monitoring: &[
            // A test call served in both languages, a visit where the written reply came in
            // Albanian only, and one more sign: services stay 4/4 and 2/4, signage 6/6.
            Monitored { on: On::Services, cells: &["Grants information line", "y", "y", "y", "y"], source: "test_call", reference: "Call log 2026/044", observer: "Monitor B", observed_on: "2026-03-09 11:00" },
            Monitored { on: On::Services, cells: &["Farm registration desk", "y", "y", "y", "n"], source: "site_visit", reference: "Visit report 2026/06", observer: "Monitor B", observed_on: "2026-03-10 10:00" },
            Monitored { on: On::Signage, cells: &["Floor 2", "Arkivi", "Arhiva / Архива"], source: "site_visit", reference: "Visit report 2026/06", observer: "Monitor B", observed_on: "2026-03-10 10:00" },
            // Four test e-mails (question, sent and replied in Albanian, in Serbian): three
            // answered in both languages within 48 hours of each other, one never answered in
            // Serbian -> 3 of 4 = 75, the services score.
            Monitored { on: On::TestLetters, cells: &["Who may apply for a regional development grant?", "2026-02-16 09:00", "2026-02-17 10:00", "2026-02-16 09:00", "2026-02-18 16:00"], source: "test_email", reference: "Test e-mail 2026/012", observer: "Monitor B", observed_on: "2026-02-19 09:00" },
            Monitored { on: On::TestLetters, cells: &["When does the call for the economic zones close?", "2026-04-06 09:00", "2026-04-06 14:00", "2026-04-06 09:00", "2026-04-07 12:00"], source: "test_email", reference: "Test e-mail 2026/027", observer: "Monitor B", observed_on: "2026-04-08 09:00" },
            Monitored { on: On::TestLetters, cells: &["Is the open day for grant applicants held in Serbian too?", "2026-04-13 09:00", "2026-04-13 11:00", "2026-04-13 09:00", "2026-04-14 11:00"], source: "test_email", reference: "Test e-mail 2026/029", observer: "Monitor B", observed_on: "2026-04-15 09:00" },
            Monitored { on: On::TestLetters, cells: &["Which documents does the grant report need?", "2026-06-08 09:00", "2026-06-09 09:00", "2026-06-08 09:00", ""], source: "test_email", reference: "Test e-mail 2026/041", observer: "Monitor B", observed_on: "2026-06-22 09:00" },
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
        monitoring: &[
            // One more sign with its Serbian in Latin only: signage stays 0/3.
            Monitored { on: On::Signage, cells: &["Kati 1", "Zyra e Ministrit", "Kabinet ministra"], source: "site_visit", reference: "Raporti i vizitës 2026/08", observer: "Monitor C", observed_on: "2026-03-16 10:00" },
        ],
        ..BASE
    },
];
