//! The sample applicants of the category "Not eligible".

use super::{Applicant, BASE, Monitored, On};

#[rustfmt::skip]
pub(in crate::samples) const INELIGIBLE: &[Applicant] = &[
    // A publicly owned enterprise: no category takes this kind.
    // services 3: verbal 3/3, written 2/3, recommendations 2.5/3 -> 83.33
    // communication 5: simultaneous 4/5, equivalent 4/5, web 5: every language 4/5,
    //   simultaneous 4/5 -> 80
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
        web: &[
            &["New postal tariffs", "website", "https://example.org/posta/tariffs", "2025-12-01 10:00", "2025-12-01 10:00"],
            &["Holiday opening hours", "facebook", "https://example.org/posta/fb/310", "2026-04-02 08:00", "2026-04-02 08:30"],
            &["Track your parcel online", "instagram", "https://example.org/posta/ig/55", "2026-05-20 12:00", "2026-05-20 12:00"],
            &["Commemorative stamps 2026", "website", "https://example.org/posta/stamps", "2026-09-01 10:00", "2026-09-01 16:00"],
            // No Serbian version found.
            &["Job vacancies: postal workers", "website", "https://example.org/posta/jobs", "2026-09-10 10:00", ""],
        ],
        recommendations: &[
            &["R-2024-02", "Bilingual counter signs in every post office", "2024", "implemented"],
            &["R-2024-03", "Serbian version of the parcel tracking page", "2024", "implemented"],
            &["R-2025-01", "Answer complaints in the language they are written in", "2025", "partly"],
        ],
        monitoring: &[
            // One more sign in Cyrillic: signage stays 2/2.
            Monitored { on: On::Signage, cells: &["Counter", "Sporteli i Pagesave", "Шалтер за уплате"], source: "site_visit", reference: "Visit report 2026/16", observer: "Monitor C", observed_on: "2026-05-20 10:00" },
        ],
        ..BASE
    },
];
