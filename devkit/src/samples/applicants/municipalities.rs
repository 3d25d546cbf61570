//! The sample applicants of the category "Municipalities".

use super::{Applicant, BASE, DA_NE, FileType, Monitored, On, PO_JO, YES_NO_CAPS};
use crate::layout::Lang;

#[rustfmt::skip]
pub(in crate::samples) const MUNICIPALITIES: &[Applicant] = &[
    // Turkish is in official use in Prishtinë (by tradition), so services are checked in
    // Albanian, Serbian and Turkish: the urban planning desk has no Turkish speaker, the
    // public transport office replies in writing in Turkish to no one. Turkish versions of
    // some items and signs are recorded too; communication and signage count the official
    // languages only, so they earn nothing and cost nothing.
    // services 12: verbal 11/12, written 10/12 -> (91.67 + 83.33)/2 = 87.5; recommendations
    //   3.5/4 = 87.5 too
    // communication 14: simultaneous 13/14, equivalent 13/14 -> (60*13 + 40*13)/14 = 92.86;
    //   web 7: every language 7/7, simultaneous 6/7 -> 13/14 = 92.86 too
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
        // Page or post, channel, link, published sq, sr, tr.
        web: &[
            &["Municipal budget 2026 adopted", "website", "https://example.org/prishtina/budget", "2025-12-22 15:00", "2025-12-22 17:00", ""],
            &["Snow clearing: streets served first", "facebook", "https://example.org/prishtina/fb/901", "2026-01-14 07:00", "2026-01-14 07:30", ""],
            &["Public consultation on the urban plan", "website", "https://example.org/prishtina/plan", "2026-02-09 10:00", "2026-02-09 10:00", "2026-02-09 10:00"],
            &["Free buses on election day", "x", "https://example.org/prishtina/x/1204", "2026-03-01 08:00", "2026-03-01 08:10", ""],
            // Serbian three days later: every language, not simultaneous.
            &["Scholarships for students", "website", "https://example.org/prishtina/scholarships", "2026-04-06 09:00", "2026-04-09 09:00", ""],
            &["Water interruption in Dardania", "facebook", "https://example.org/prishtina/fb/1377", "2026-06-18 06:00", "2026-06-18 06:20", ""],
            &["Summer festival programme", "instagram", "https://example.org/prishtina/ig/88", "2026-07-01 12:00", "2026-07-01 13:00", ""],
        ],
        recommendations: &[
            &["R-2023-04", "Serbian and Turkish versions of the municipal website", "2023", "implemented"],
            &["R-2024-09", "A Turkish-speaking officer at the civil registry", "2024", "implemented"],
            &["R-2024-10", "Bilingual street signs in the new neighbourhoods", "2024", "implemented"],
            &["R-2025-06", "Minutes of the assembly in Serbian", "2025", "partly"],
        ],
        monitoring: &[
            // One more sign in both alphabets: signage stays 9/9.
            Monitored { on: On::Signage, cells: &["Floor 3", "Drejtoria e Kulturës", "Direkcija za kulturu", "Дирекција за културу", "Kültür Müdürlüğü"], source: "site_visit", reference: "Visit report 2026/10", observer: "Monitor A", observed_on: "2026-04-14 10:00" },
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
    // recommendations 1.5/3 = 50 and test e-mails 1/2 = 50, as the services score
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
            "sent_tr", "replied_tr", "sent_bs", "replied_bs",
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
        recommendations: &[
            &["R-2024-12", "Bosnian and Turkish versions of the municipal decisions", "2024", "implemented"],
            &["R-2025-07", "Romani-speaking staff at the citizens' service centre", "2025", "partly"],
            &["R-2025-08", "Serbian in Cyrillic on the signs of the old town", "2025", "not_implemented"],
        ],
        monitoring: &[
            // Three items checked on the website: one simultaneous and of equal length, one equal
            // in length but late, one neither: communication stays at 3/9 and 6/9.
            Monitored { on: On::Communication, cells: &["Call for proposals: youth sports clubs", "Call for proposals", "2026-06-01 09:00", "2026-06-01 09:00", "2026-06-01 09:00", "2026-06-01 10:00", "900", "880"], source: "website", reference: "https://example.org/prizren/calls/sports-clubs", observer: "Monitor C", observed_on: "2026-06-02 10:00" },
            Monitored { on: On::Communication, cells: &["Water supply interruptions", "News release", "2026-06-15 10:00", "2026-06-17 10:00", "2026-06-15 10:00", "2026-06-15 10:00", "150", "145"], source: "website", reference: "https://example.org/prizren/news/water-supply", observer: "Monitor C", observed_on: "2026-06-18 10:00" },
            Monitored { on: On::Communication, cells: &["Tender: school renovation", "Tender", "2026-07-06 10:00", "2026-07-06 10:00", "2026-07-06 10:00", "", "1200", "600"], source: "website", reference: "https://example.org/prizren/tenders/schools", observer: "Monitor C", observed_on: "2026-07-07 10:00" },
            // Two test e-mails in all four official languages (question, then sent and replied
            // in Albanian, Serbian, Turkish, Bosnian): one answered in each within 21 hours of
            // the fastest, one answered in Turkish four days after the others -> 1 of 2 = 50.
            Monitored { on: On::TestLetters, cells: &["Opening hours of the civil registry", "2026-03-16 09:00", "2026-03-16 15:00", "2026-03-16 09:00", "2026-03-17 10:00", "2026-03-16 09:00", "2026-03-16 16:00", "2026-03-16 09:00", "2026-03-17 12:00"], source: "test_email", reference: "Test e-mail 2026/019", observer: "Monitor C", observed_on: "2026-03-18 10:00" },
            Monitored { on: On::TestLetters, cells: &["Documents for a construction permit", "2026-05-04 09:00", "2026-05-05 09:00", "2026-05-04 09:00", "2026-05-05 11:00", "2026-05-04 09:00", "2026-05-09 09:00", "2026-05-04 09:00", "2026-05-05 12:00"], source: "test_email", reference: "Test e-mail 2026/035", observer: "Monitor C", observed_on: "2026-05-11 10:00" },
        ],
        ..BASE
    },
    // Serbian labels, sheet names, headers, type names and da/ne; Serbian signs in Cyrillic,
    // Serbian written first (the local majority language); two items published in Serbian
    // first.
    // services 5: verbal 5/5, written 4/5 -> (100 + 80)/2 = 90
    // communication 7: simultaneous 6/7, equivalent 6/7 -> (60*6 + 40*6)/7 = 85.71; web 7:
    //   every language 7/7, simultaneous 5/7 -> 12/14 = 85.71 too
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
        // Stranica ili objava, kanal, link, objavljeno na albanskom, na srpskom.
        web: &[
            &["Budžet opštine za 2026", "website", "https://example.org/gracanica/budzet", "2025-12-20 12:00", "2025-12-20 10:00"],
            &["Radovi na vodovodu", "facebook", "https://example.org/gracanica/fb/410", "2026-01-21 09:00", "2026-01-21 08:00"],
            // Albanian two days after Serbian: in every language, not simultaneous.
            &["Konkurs za stipendije", "website", "https://example.org/gracanica/stipendije", "2026-03-05 10:00", "2026-03-03 10:00"],
            &["Dani kulture", "Instagram", "https://example.org/gracanica/ig/12", "2026-05-02 12:00", "2026-05-02 12:00"],
            &["Javna rasprava o urbanističkom planu", "website", "https://example.org/gracanica/plan", "2026-05-18 10:00", "2026-05-18 09:00"],
            // Albanian a week later.
            &["Vidovdanski sabor", "Facebook", "https://example.org/gracanica/fb/502", "2026-07-04 10:00", "2026-06-27 10:00"],
            &["Odvoz smeća tokom praznika", "facebook", "https://example.org/gracanica/fb/530", "2026-08-28 08:00", "2026-08-28 08:00"],
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
    // recommendations 1.5/4 = 37.5, as the services score
    // communication 6: simultaneous 0/6, equivalent 0/6, journalists 0/1, web 0/2 -> 0
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
            &["Press statement: municipal budget 2026", "press_statement", "2025-12-17 11:00", "", "2025-12-17 11:00", "280", ""],
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
        // Page or post, channel, link, published sq, sr, tr: no Serbian version found.
        web: &[
            &["Tomato festival 2026", "facebook", "https://example.org/mamusha/fb/75", "2026-08-05 10:00", "", "2026-08-05 10:00"],
            &["Subsidies for farmers", "website", "https://example.org/mamusha/subsidies", "2025-11-06 09:00", "", "2025-11-06 09:30"],
        ],
        recommendations: &[
            &["R-2023-09", "Serbian versions of the municipal decisions", "2023", "partly"],
            &["R-2024-14", "Serbian in Cyrillic on the municipal building", "2024", "partly"],
            &["R-2025-10", "Answer requests in Serbian", "2025", "partly"],
            &["R-2025-11", "Appoint a translator for Serbian", "2025", "not_implemented"],
        ],
        monitoring: &[
            // A sign and an item with no Serbian at all: signage and communication stay at 0, and
            // the gate still finds no item in Serbian.
            Monitored { on: On::Communication, cells: &["Session of the municipal assembly", "news_release", "2026-06-03 10:00", "", "2026-06-03 10:00", "150", ""], source: "website", reference: "https://example.org/mamusha/news/assembly", observer: "Monitor B", observed_on: "2026-06-04 10:00" },
            Monitored { on: On::Signage, cells: &["Floor 1", "Salla e Kuvendit", "", "Meclis Salonu"], source: "site_visit", reference: "Visit report 2026/13", observer: "Monitor B", observed_on: "2026-05-05 10:00" },
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
];
