//! The report's four languages: message catalogues, Serbian Cyrillic by
//! transliteration, and each language's way of writing numbers and dates.

use crate::criteria::Text;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    Sq,
    Sr,
    SrCyrl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Sq, Lang::Sr, Lang::SrCyrl, Lang::En];

    /// The code used in file names and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sq => "sq",
            Lang::Sr => "sr",
            Lang::SrCyrl => "sr-Cyrl",
            Lang::En => "en",
        }
    }

    /// BCP 47 tag for `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Sr => "sr-Latn",
            other => other.code(),
        }
    }

    /// The language's own name, as a reader looks for it.
    pub fn label(self) -> &'static str {
        match self {
            Lang::Sq => "Shqip",
            Lang::Sr => "Srpski",
            Lang::SrCyrl => "Српски",
            Lang::En => "English",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The languages of a `--lang` list, each once, in the order first
    /// named: `sq,sq` means Albanian, not two Albanian reports racing for
    /// one file name.
    pub fn distinct(langs: &[Lang]) -> Vec<Lang> {
        let mut out: Vec<Lang> = Vec::with_capacity(langs.len());
        for &lang in langs {
            if !out.contains(&lang) {
                out.push(lang);
            }
        }
        out
    }

    fn decimal_comma(self) -> bool {
        self != Lang::En
    }
}

const CATALOGUES: [(&str, &str); 3] = [
    ("sq", include_str!("messages/sq.yaml")),
    ("sr", include_str!("messages/sr.yaml")),
    ("en", include_str!("messages/en.yaml")),
];

/// A catalogue compiled into the binary does not parse: a build defect that
/// the catalogue tests catch first.
#[derive(Debug, thiserror::Error)]
#[error("message catalogue error: {0}")]
pub struct CatalogueError(String);

/// One language's interface text.
pub struct Messages {
    lang: Lang,
    map: BTreeMap<String, String>,
}

impl Messages {
    pub fn load(lang: Lang) -> Result<Messages, CatalogueError> {
        let source = match lang {
            Lang::SrCyrl => "sr",
            other => other.code(),
        };
        let text = CATALOGUES
            .iter()
            .find(|(code, _)| *code == source)
            .map_or("", |(_, text)| text);
        let mut map: BTreeMap<String, String> = serde_saphyr::from_str(text)
            .map_err(|e| CatalogueError(format!("{source}.yaml: {e}")))?;
        if lang == Lang::SrCyrl {
            for value in map.values_mut() {
                *value = to_cyrillic(value);
            }
        }
        Ok(Messages { lang, map })
    }

    /// The catalogue of `lang`, parsed once per run and shared: every page,
    /// finding and template of a language reads the same one.
    pub fn cached(lang: Lang) -> Result<&'static Messages, CatalogueError> {
        static CACHE: [std::sync::OnceLock<Result<Messages, String>>; 4] =
            [const { std::sync::OnceLock::new() }; 4];
        let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        let slot = CACHE
            .get(index)
            .ok_or_else(|| CatalogueError(lang.code().into()))?;
        slot.get_or_init(|| Messages::load(lang).map_err(|e| e.0))
            .as_ref()
            .map_err(|e| CatalogueError(e.clone()))
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.map
    }

    /// The message for `key`; a missing key shows as itself (a test makes
    /// sure none is missing).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.map.get(key).map_or(key, String::as_str)
    }

    /// The message with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        args.iter()
            .fold(self.get(key).to_string(), |s, (name, value)| {
                s.replace(&format!("{{{name}}}"), value)
            })
    }

    /// A number in this language's notation: 66,67 in Albanian and Serbian.
    pub fn number(&self, plain: &str) -> String {
        if self.lang.decimal_comma() {
            plain.replace('.', ",")
        } else {
            plain.to_string()
        }
    }

    /// A weight or bound such as 35 or 0.8, without trailing zeros.
    pub fn decimal(&self, x: f64) -> String {
        let s = format!("{x:.4}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        self.number(s)
    }

    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.get(&format!("month_{}", d.month())).to_string();
        self.fill(
            "date",
            &[
                ("day", &d.day().to_string()),
                ("month", &month),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// A criteria-file text in this language.
    pub fn text(&self, t: &Text) -> String {
        match self.lang {
            Lang::Sq => t.sq.clone(),
            Lang::Sr => t.sr.clone(),
            Lang::SrCyrl => to_cyrillic(&t.sr),
            Lang::En => t.en.clone(),
        }
    }

    /// "a, b and c" in this language.
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.get("and")),
        }
    }
}

/// Serbian Latin to Cyrillic, letter for letter (lj, nj, dž are one letter
/// each). Placeholders in braces are kept, and so are letters Serbian does
/// not use (q, w, x, y), so foreign words stay readable.
pub fn to_cyrillic(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut in_placeholder = false;
    while let Some(&c) = chars.get(i) {
        if c == '{' {
            in_placeholder = true;
        }
        if in_placeholder {
            out.push(c);
            in_placeholder = c != '}';
            i += 1;
            continue;
        }
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let pair = match (c, next) {
            ('l', 'j') => Some('љ'),
            ('L', 'j' | 'J') => Some('Љ'),
            ('n', 'j') => Some('њ'),
            ('N', 'j' | 'J') => Some('Њ'),
            ('d', 'ž') => Some('џ'),
            ('D', 'ž' | 'Ž') => Some('Џ'),
            _ => None,
        };
        if let Some(p) = pair {
            out.push(p);
            i += 2;
            continue;
        }
        out.push(letter(c));
        i += 1;
    }
    out
}

fn letter(c: char) -> char {
    LETTERS.iter().find(|(l, _)| *l == c).map_or(c, |(_, k)| *k)
}

const LETTERS: [(char, char); 54] = [
    ('a', 'а'),
    ('b', 'б'),
    ('c', 'ц'),
    ('č', 'ч'),
    ('ć', 'ћ'),
    ('d', 'д'),
    ('đ', 'ђ'),
    ('e', 'е'),
    ('f', 'ф'),
    ('g', 'г'),
    ('h', 'х'),
    ('i', 'и'),
    ('j', 'ј'),
    ('k', 'к'),
    ('l', 'л'),
    ('m', 'м'),
    ('n', 'н'),
    ('o', 'о'),
    ('p', 'п'),
    ('r', 'р'),
    ('s', 'с'),
    ('š', 'ш'),
    ('t', 'т'),
    ('u', 'у'),
    ('v', 'в'),
    ('z', 'з'),
    ('ž', 'ж'),
    ('A', 'А'),
    ('B', 'Б'),
    ('C', 'Ц'),
    ('Č', 'Ч'),
    ('Ć', 'Ћ'),
    ('D', 'Д'),
    ('Đ', 'Ђ'),
    ('E', 'Е'),
    ('F', 'Ф'),
    ('G', 'Г'),
    ('H', 'Х'),
    ('I', 'И'),
    ('J', 'Ј'),
    ('K', 'К'),
    ('L', 'Л'),
    ('M', 'М'),
    ('N', 'Н'),
    ('O', 'О'),
    ('P', 'П'),
    ('R', 'Р'),
    ('S', 'С'),
    ('Š', 'Ш'),
    ('T', 'Т'),
    ('U', 'У'),
    ('V', 'В'),
    ('Z', 'З'),
    ('Ž', 'Ж'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_handles_digraphs_and_keeps_placeholders() {
        assert_eq!(to_cyrillic("Ljubljana"), "Љубљана");
        assert_eq!(to_cyrillic("Njegoš"), "Његош");
        assert_eq!(to_cyrillic("Džakula"), "Џакула");
        assert_eq!(to_cyrillic("Opština Gračanica"), "Општина Грачаница");
        assert_eq!(to_cyrillic("Đakovica, Priština"), "Ђаковица, Приштина");
        assert_eq!(to_cyrillic("{rank}. od {count}"), "{rank}. од {count}");
        assert_eq!(to_cyrillic("LJUBAV"), "ЉУБАВ");
    }

    #[test]
    fn repeated_languages_count_once_in_the_order_first_named() {
        use Lang::*;
        assert_eq!(Lang::distinct(&[Sq, Sq]), [Sq]);
        assert_eq!(Lang::distinct(&[En, Sq, En, SrCyrl, Sq]), [En, Sq, SrCyrl]);
        assert_eq!(Lang::distinct(&[]), []);
    }

    #[test]
    fn every_catalogue_has_every_key() {
        let en = Messages::load(Lang::En).unwrap();
        for lang in Lang::ALL {
            let m = Messages::load(lang).unwrap();
            let keys: Vec<_> = m.map().keys().collect();
            let expected: Vec<_> = en.map().keys().collect();
            assert_eq!(keys, expected, "{} differs from en", lang.code());
            for (k, v) in m.map() {
                let holes = |s: &str| s.matches('{').count();
                assert_eq!(
                    holes(v),
                    holes(en.get(k)),
                    "{}: placeholders of {k} differ",
                    lang.code()
                );
                assert!(!v.trim().is_empty(), "{}: {k} is empty", lang.code());
            }
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        let sq = Messages::load(Lang::Sq).unwrap();
        let sr = Messages::load(Lang::Sr).unwrap();
        let cy = Messages::load(Lang::SrCyrl).unwrap();
        let en = Messages::load(Lang::En).unwrap();
        assert_eq!(sq.number("66.67"), "66,67");
        assert_eq!(en.number("66.67"), "66.67");
        assert_eq!(sr.decimal(0.8), "0,8");
        assert_eq!(en.decimal(35.0), "35");
        assert_eq!(sq.date(d), "30 shtator 2026");
        assert_eq!(sr.date(d), "30. septembar 2026.");
        assert_eq!(cy.date(d), "30. септембар 2026.");
        assert_eq!(en.date(d), "30 September 2026");
        assert_eq!(en.list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
    }
}
