//! The bundled criteria's workbook layout: sheet names, column headers and Institution
//! labels in the award's three languages.
//!
//! It mirrors `criteria/2026.yaml` (sheets, columns) and the reader's Institution labels
//! (`src/submission/`), written out once for every workbook made by code: the sample
//! submissions, the benchmark corpus and the integration tests' fixtures. langaward
//! itself finds sheets and headers by name, so these are the names a real applicant's
//! workbook carries.

/// Language of an applicant's labels, sheet names and column headers.
#[derive(Clone, Copy)]
pub enum Lang {
    En,
    Sq,
    Sr,
}

/// A label in the three languages of the award.
#[derive(Clone, Copy)]
pub struct Text {
    pub en: &'static str,
    pub sq: &'static str,
    pub sr: &'static str,
}

impl Text {
    const fn new(en: &'static str, sq: &'static str, sr: &'static str) -> Self {
        Text { en, sq, sr }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Sq => self.sq,
            Lang::Sr => self.sr,
        }
    }
}

/// What a column holds, as the criteria file types it.
#[derive(Clone, Copy)]
pub enum ColumnType {
    Text,
    YesNo,
    DateTime,
    Number,
}

/// One column of an evidence sheet.
pub struct Column {
    /// The column's key in the criteria file.
    pub key: &'static str,
    pub name: Text,
    pub ty: ColumnType,
    /// Written only by applicants that choose it (see [`SheetLayout::columns_with`]).
    pub optional: bool,
}

/// A column every applicant's sheet has.
const fn column(
    key: &'static str,
    en: &'static str,
    sq: &'static str,
    sr: &'static str,
    ty: ColumnType,
) -> Column {
    Column {
        key,
        name: Text::new(en, sq, sr),
        ty,
        optional: false,
    }
}

/// A column only some applicants' sheets have (a language not every institution owes, or
/// one the criteria let an applicant leave out).
const fn optional(
    key: &'static str,
    en: &'static str,
    sq: &'static str,
    sr: &'static str,
    ty: ColumnType,
) -> Column {
    Column {
        optional: true,
        ..column(key, en, sq, sr, ty)
    }
}

/// One evidence sheet: a header row, then one row per piece of evidence.
pub struct SheetLayout {
    pub name: Text,
    /// In the order they are written.
    pub columns: &'static [Column],
}

impl SheetLayout {
    /// The columns of a sheet that has every standard column and the optional ones whose
    /// keys are in `optional`, in order.
    pub fn columns_with(&self, optional: &[&str]) -> Vec<&'static Column> {
        self.columns
            .iter()
            .filter(|c| !c.optional || optional.contains(&c.key))
            .collect()
    }

    /// The header row of a sheet with the standard columns only.
    pub fn headers(&self, lang: Lang) -> Vec<&'static str> {
        let columns = self.columns_with(&[]);
        columns.iter().map(|c| c.name.get(lang)).collect()
    }
}

/// The Institution sheet's name. Every workbook made by code uses the English one, in
/// whatever language the rest is (the reader also accepts *Institucioni*, *Institucija*).
pub const INSTITUTION_SHEET: &str = "Institution";

/// Labels in the first column of the Institution sheet, one row per field.
pub struct InstitutionLabels {
    pub id: Text,
    pub name_sq: Text,
    pub name_sr: Text,
    pub name_sr_cyrl: Text,
    pub kind: Text,
    pub municipality: Text,
    pub contact: Text,
    pub submitted: Text,
    pub edition: Text,
    pub sample: Text,
}

/// The labels the reader accepts for each field.
pub const LABELS: InstitutionLabels = InstitutionLabels {
    id: Text::new("ID", "ID", "ID"),
    name_sq: Text::new("Name in Albanian", "Emri në shqip", "Naziv na albanskom"),
    name_sr: Text::new("Name in Serbian", "Emri në serbisht", "Naziv na srpskom"),
    name_sr_cyrl: Text::new(
        "Name in Serbian (Cyrillic)",
        "Emri në serbisht (cirilik)",
        "Naziv na srpskom (ćirilica)",
    ),
    kind: Text::new("Kind", "Lloji", "Vrsta"),
    municipality: Text::new("Municipality", "Komuna", "Opština"),
    contact: Text::new("Contact", "Kontakti", "Kontakt"),
    submitted: Text::new("Date of submission", "Data e dorëzimit", "Datum podnošenja"),
    edition: Text::new("Edition", "Edicioni", "Izdanje"),
    sample: Text::new("Fictional sample", "Mostër fiktive", "Fiktivni uzorak"),
};

#[rustfmt::skip]
pub const SERVICES: SheetLayout = SheetLayout {
    name: Text::new("Services", "Shërbimet", "Usluge"),
    columns: &[
        column("service", "Service", "Shërbimi", "Usluga", ColumnType::Text),
        column("verbal_sq", "Verbal in Albanian", "Gojarisht në shqip", "Usmeno na albanskom", ColumnType::YesNo),
        column("verbal_sr", "Verbal in Serbian", "Gojarisht në serbisht", "Usmeno na srpskom", ColumnType::YesNo),
        column("written_sq", "Written in Albanian", "Me shkrim në shqip", "Pismeno na albanskom", ColumnType::YesNo),
        column("written_sr", "Written in Serbian", "Me shkrim në serbisht", "Pismeno na srpskom", ColumnType::YesNo),
        optional("verbal_tr", "Verbal in Turkish", "Gojarisht në turqisht", "Usmeno na turskom", ColumnType::YesNo),
        optional("written_tr", "Written in Turkish", "Me shkrim në turqisht", "Pismeno na turskom", ColumnType::YesNo),
        optional("verbal_bs", "Verbal in Bosnian", "Gojarisht në boshnjakisht", "Usmeno na bosanskom", ColumnType::YesNo),
        optional("written_bs", "Written in Bosnian", "Me shkrim në boshnjakisht", "Pismeno na bosanskom", ColumnType::YesNo),
        optional("verbal_rom", "Verbal in Romani", "Gojarisht në romisht", "Usmeno na romskom", ColumnType::YesNo),
        optional("written_rom", "Written in Romani", "Me shkrim në romisht", "Pismeno na romskom", ColumnType::YesNo),
    ],
};

#[rustfmt::skip]
pub const COMMUNICATION: SheetLayout = SheetLayout {
    name: Text::new("Communication", "Komunikimi", "Komunikacija"),
    columns: &[
        column("item", "Title", "Titulli", "Naslov", ColumnType::Text),
        column("type", "Type", "Lloji", "Vrsta", ColumnType::Text),
        column("published_sq", "Published in Albanian", "Publikuar në shqip", "Objavljeno na albanskom", ColumnType::DateTime),
        column("published_sr", "Published in Serbian", "Publikuar në serbisht", "Objavljeno na srpskom", ColumnType::DateTime),
        optional("published_tr", "Published in Turkish", "Publikuar në turqisht", "Objavljeno na turskom", ColumnType::DateTime),
        optional("published_bs", "Published in Bosnian", "Publikuar në boshnjakisht", "Objavljeno na bosanskom", ColumnType::DateTime),
        column("words_sq", "Words in Albanian", "Fjalë në shqip", "Reči na albanskom", ColumnType::Number),
        column("words_sr", "Words in Serbian", "Fjalë në serbisht", "Reči na srpskom", ColumnType::Number),
    ],
};

#[rustfmt::skip]
pub const SIGNAGE: SheetLayout = SheetLayout {
    name: Text::new("Signage", "Mbishkrimet", "Natpisi"),
    columns: &[
        column("location", "Location", "Vendndodhja", "Lokacija", ColumnType::Text),
        column("text_sq", "Text in Albanian", "Teksti në shqip", "Tekst na albanskom", ColumnType::Text),
        column("text_sr", "Text in Serbian", "Teksti në serbisht", "Tekst na srpskom", ColumnType::Text),
        optional("text_sr_cyrl", "Text in Serbian (Cyrillic)", "Teksti në serbisht (cirilik)", "Tekst na srpskom (ćirilica)", ColumnType::Text),
        optional("text_tr", "Text in Turkish", "Teksti në turqisht", "Tekst na turskom", ColumnType::Text),
        optional("text_bs", "Text in Bosnian", "Teksti në boshnjakisht", "Tekst na bosanskom", ColumnType::Text),
        // A choice: a language code (sq, sr, tr, bs) or its name.
        optional("first_language", "Language written first", "Gjuha e parë në mbishkrim", "Prvi jezik na natpisu", ColumnType::Text),
    ],
};

/// The Language Commissioner's monitoring of web pages and social-media posts; a sheet
/// the criteria let a workbook leave out.
#[rustfmt::skip]
pub const WEB: SheetLayout = SheetLayout {
    name: Text::new("Web and social media", "Uebi dhe rrjetet sociale", "Veb i društvene mreže"),
    columns: &[
        column("page", "Page or post", "Faqja ose postimi", "Stranica ili objava", ColumnType::Text),
        // A choice: website, facebook, x, instagram, other, or its name.
        column("channel", "Channel", "Kanali", "Kanal", ColumnType::Text),
        column("link", "Link", "Lidhja", "Link", ColumnType::Text),
        column("published_sq", "Published in Albanian", "Publikuar në shqip", "Objavljeno na albanskom", ColumnType::DateTime),
        column("published_sr", "Published in Serbian", "Publikuar në serbisht", "Objavljeno na srpskom", ColumnType::DateTime),
        optional("published_tr", "Published in Turkish", "Publikuar në turqisht", "Objavljeno na turskom", ColumnType::DateTime),
        optional("published_bs", "Published in Bosnian", "Publikuar në boshnjakisht", "Objavljeno na bosanskom", ColumnType::DateTime),
    ],
};

/// The Language Commissioner's earlier recommendations to the institution and how far
/// each was implemented; a sheet the criteria let a workbook leave out.
#[rustfmt::skip]
pub const RECOMMENDATIONS: SheetLayout = SheetLayout {
    name: Text::new("Recommendations", "Rekomandimet", "Preporuke"),
    columns: &[
        column("id", "Recommendation no.", "Nr. i rekomandimit", "Br. preporuke", ColumnType::Text),
        column("recommendation", "Recommendation", "Rekomandimi", "Preporuka", ColumnType::Text),
        column("issued", "Year issued", "Viti i lëshimit", "Godina izdavanja", ColumnType::Number),
        // A choice: implemented, partly, not_implemented, or its name.
        column("status", "Status", "Statusi", "Status", ColumnType::Text),
    ],
};

/// The Language Commissioner's test letters and e-mails: the same question sent in each
/// language the institution owes, with when it was sent and answered in each; a sheet the
/// criteria let a workbook leave out.
#[rustfmt::skip]
pub const TEST_LETTERS: SheetLayout = SheetLayout {
    name: Text::new("Test letters", "Letra testuese", "Probna pisma"),
    columns: &[
        column("question", "Question", "Pyetja", "Pitanje", ColumnType::Text),
        column("sent_sq", "Sent in Albanian", "Dërguar në shqip", "Poslato na albanskom", ColumnType::DateTime),
        column("replied_sq", "Replied in Albanian", "Përgjigjur në shqip", "Odgovoreno na albanskom", ColumnType::DateTime),
        column("sent_sr", "Sent in Serbian", "Dërguar në serbisht", "Poslato na srpskom", ColumnType::DateTime),
        column("replied_sr", "Replied in Serbian", "Përgjigjur në serbisht", "Odgovoreno na srpskom", ColumnType::DateTime),
        optional("sent_tr", "Sent in Turkish", "Dërguar në turqisht", "Poslato na turskom", ColumnType::DateTime),
        optional("replied_tr", "Replied in Turkish", "Përgjigjur në turqisht", "Odgovoreno na turskom", ColumnType::DateTime),
        optional("sent_bs", "Sent in Bosnian", "Dërguar në boshnjakisht", "Poslato na bosanskom", ColumnType::DateTime),
        optional("replied_bs", "Replied in Bosnian", "Përgjigjur në boshnjakisht", "Odgovoreno na bosanskom", ColumnType::DateTime),
    ],
};

/// The bundled criteria's provenance columns (`provenance.columns`), which any evidence
/// sheet may carry after its own: how a row was obtained, its reference, who observed it
/// and when. The criteria's fifth, *Verified*, is left out: no sample needs it.
#[rustfmt::skip]
pub const PROVENANCE: [Column; 4] = [
    column("source", "Source", "Burimi", "Izvor", ColumnType::Text),
    column("reference", "Reference", "Referenca", "Referenca", ColumnType::Text),
    column("observer", "Observer", "Vëzhguesi", "Posmatrač", ColumnType::Text),
    column("observed_on", "Observed on", "Vëzhguar më", "Posmatrano dana", ColumnType::DateTime),
];

/// The bundled criteria's observed sources (`provenance.sources`) by key, with the names a
/// monitor writes in the source column.
#[rustfmt::skip]
pub const SOURCES: [(&str, Text); 5] = [
    ("website", Text::new("Website", "Uebfaqe", "Veb-sajt")),
    ("social_media", Text::new("Social media", "Rrjete sociale", "Društvene mreže")),
    ("site_visit", Text::new("Site visit", "Vizitë në terren", "Poseta na terenu")),
    ("test_call", Text::new("Test call", "Thirrje testuese", "Probni poziv")),
    ("test_email", Text::new("Test e-mail", "Email testues", "Probni e-mejl")),
];

/// The evidence sheets, in the order a submission has them.
pub const LAYOUTS: [&SheetLayout; 6] = [
    &SERVICES,
    &COMMUNICATION,
    &SIGNAGE,
    &WEB,
    &RECOMMENDATIONS,
    &TEST_LETTERS,
];
