//! The report's four languages: message catalogues, Serbian Cyrillic by
//! transliteration, and each language's way of writing numbers and dates.
//!
//! The catalogues are Project Fluent files (src/messages/*.ftl): a message
//! that shows a count selects its words by the language's CLDR plural rules,
//! which `fluent-bundle` carries, so "1 bod", "3 boda", "5 bodova" come from
//! one message and not from rules written here. Numbers reach Fluent as
//! numbers ([`Number`]) and are written in the page's notation.

mod cyrillic;
mod memo;
mod value;

pub use cyrillic::to_cyrillic;
pub use value::{Arg, Number, Value};

use crate::criteria::Text;
use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

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

/// The catalogues compiled into the binary. Serbian Cyrillic is the Serbian
/// Latin catalogue with its text transliterated as it is formatted, then the
/// few messages of `sr-Cyrl.ftl`, written by hand, in their place.
const CATALOGUES: [(&str, &str); 4] = [
    ("sq.ftl", include_str!("../messages/sq.ftl")),
    ("sr.ftl", include_str!("../messages/sr.ftl")),
    ("en.ftl", include_str!("../messages/en.ftl")),
    ("sr-Cyrl.ftl", include_str!("../messages/sr-Cyrl.ftl")),
];

/// A catalogue compiled into the binary does not parse: a build defect that
/// the catalogue tests catch first.
#[derive(Debug, thiserror::Error)]
#[error("message catalogue error: {0}")]
pub struct CatalogueError(String);

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// One language's interface text.
pub struct Messages {
    lang: Lang,
    bundle: Bundle,
    /// Every message's id, in catalogue order.
    keys: Vec<String>,
    /// Every message that takes no arguments, formatted once: the labels
    /// templates read as `m.key` and [`Messages::get`] lends out.
    plain: BTreeMap<String, String>,
    /// The same labels by their key, found by hashing: a page looks up
    /// dozens, and a search of the sorted map cost more than the rest of
    /// writing a label.
    labels: std::collections::HashMap<String, String>,
}

fn resource(file: &str) -> Result<FluentResource, CatalogueError> {
    let text = CATALOGUES
        .iter()
        .find(|(name, _)| *name == file)
        .map_or("", |(_, text)| text);
    FluentResource::try_new(text.to_string())
        .map_err(|(_, errors)| CatalogueError(format!("{file}: {errors:?}")))
}

/// The ids of a catalogue's messages.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

impl Messages {
    pub fn load(lang: Lang) -> Result<Messages, CatalogueError> {
        let source = match lang {
            Lang::Sq => "sq.ftl",
            Lang::Sr | Lang::SrCyrl => "sr.ftl",
            Lang::En => "en.ftl",
        };
        let fail = |e: &dyn std::fmt::Debug| CatalogueError(format!("{source}: {e:?}"));
        let locale: LanguageIdentifier = lang.html_lang().parse().map_err(|e| fail(&e))?;
        let mut bundle = Bundle::new_concurrent(vec![locale]);
        // Bidi isolation marks around placeables would end up in every page,
        // CSV cell and terminal line; all four languages run left to right.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(if lang.decimal_comma() {
            value::with_comma
        } else {
            value::with_point
        }));
        let serbian = matches!(lang, Lang::Sr | Lang::SrCyrl);
        bundle.add_builtins().map_err(|e| fail(&e))?;
        bundle
            .add_function("PLURAL", value::plural(serbian))
            .map_err(|e| fail(&e))?;
        let main = resource(source)?;
        let keys = message_ids(&main);
        bundle.add_resource(main).map_err(|e| fail(&e))?;
        if lang == Lang::SrCyrl {
            bundle.set_transform(Some(cyrillic::text_element));
            bundle.add_resource_overriding(resource("sr-Cyrl.ftl")?);
        }
        let mut m = Messages {
            lang,
            bundle,
            keys,
            plain: BTreeMap::new(),
            labels: std::collections::HashMap::new(),
        };
        m.plain = m
            .keys
            .iter()
            .filter(|key| m.variables(key).is_empty())
            .map(|key| (key.clone(), m.format(key, &[])))
            .collect();
        m.labels = m.plain.clone().into_iter().collect();
        Ok(m)
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

    /// Every message's id.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }

    /// The messages that take no arguments: the labels templates read.
    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.plain
    }

    /// The names of the variables message `key` reads, its selectors
    /// included: what a caller must fill in.
    pub fn variables(&self, key: &str) -> BTreeSet<&str> {
        let mut out = BTreeSet::new();
        if let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) {
            pattern_variables(pattern, &mut out);
        }
        out
    }

    /// The label `key`, a message without variables, formatted once at load;
    /// a missing key shows as itself (a test makes sure none is missing).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map_or(key, String::as_str)
    }

    /// The message with its variables filled in: text as given, numbers in
    /// this language's notation, choosing the words that agree with them. A
    /// variable left out shows as `{$name}` (Fluent's own fallback), so a
    /// page still renders; a test fills every message without errors.
    ///
    /// Fluent formats a message with the same values at most twice on one
    /// thread while the memo has room; after that the text comes from the
    /// memo (see `memo`), since scorecard pages fill the same few messages
    /// with the same values thousands of times.
    pub fn fill(&self, key: &str, args: &[(&str, &dyn Arg)]) -> String {
        memo::fill(self.lang, key, args, || self.format(key, args)).owned()
    }

    /// What [`Messages::fill`] returns, shared with the memo rather than
    /// copied out of it: for a text a page repeats on many rows.
    pub fn fill_shared(&self, key: &str, args: &[(&str, &dyn Arg)]) -> Rc<str> {
        memo::fill(self.lang, key, args, || self.format(key, args)).shared()
    }

    /// What [`Messages::fill`] returns, formatted by Fluent.
    fn format(&self, key: &str, args: &[(&str, &dyn Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let args = value::fluent_args(args);
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// A number in this language's notation: 66,67 in Albanian and Serbian.
    pub fn number(&self, plain: &str) -> String {
        if self.lang.decimal_comma() {
            plain.replace('.', ",")
        } else {
            plain.to_string()
        }
    }

    /// What [`Messages::number`] makes of `x`'s text, written once: a page
    /// shows dozens of scores.
    pub fn number_of(&self, x: &impl std::fmt::Display) -> String {
        let mut text = x.to_string();
        if self.lang.decimal_comma() {
            // A point and a comma take one byte each: changed in place.
            while let Some(at) = text.find('.') {
                text.replace_range(at..=at, ",");
            }
        }
        text
    }

    /// A weight or bound such as 35 or 0.8, without trailing zeros.
    pub fn decimal(&self, x: f64) -> String {
        Number::decimal(x).written(self.lang.decimal_comma())
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

/// Every spelling of a criteria-file text a workbook may carry: Albanian,
/// Serbian, English, and the Serbian in Cyrillic as the sr-Cyrl template
/// writes it. Read back, the Cyrillic is the Serbian Latin letter for letter
/// except where a foreign name is transcribed (Фејсбук for Facebook), so a
/// sheet, column, choice or kind chosen from that template is still found.
pub fn spellings(t: &Text) -> [std::borrow::Cow<'_, str>; 4] {
    use std::borrow::Cow;
    [
        Cow::Borrowed(t.sq.as_str()),
        Cow::Borrowed(t.sr.as_str()),
        Cow::Borrowed(t.en.as_str()),
        Cow::Owned(to_cyrillic(&t.sr)),
    ]
}

/// The names of the variables a pattern reads, selectors included.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(e: &ast::Expression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match e {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables<'s>(e: &ast::InlineExpression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_languages_count_once_in_the_order_first_named() {
        use Lang::*;
        assert_eq!(Lang::distinct(&[Sq, Sq]), [Sq]);
        assert_eq!(Lang::distinct(&[En, Sq, En, SrCyrl, Sq]), [En, Sq, SrCyrl]);
        assert_eq!(Lang::distinct(&[]), []);
    }

    #[test]
    fn every_catalogue_has_every_key_with_the_same_variables() {
        let en = Messages::load(Lang::En).unwrap();
        let expected: Vec<&str> = en.keys().collect();
        for lang in Lang::ALL {
            let m = Messages::load(lang).unwrap();
            assert_eq!(
                m.keys().collect::<Vec<_>>(),
                expected,
                "{} differs from en",
                lang.code()
            );
            for key in m.keys() {
                assert_eq!(
                    m.variables(key),
                    en.variables(key),
                    "{}: the variables of {key} differ",
                    lang.code()
                );
                let text = m.fill(key, &[]);
                assert!(!text.trim().is_empty(), "{}: {key} is empty", lang.code());
            }
        }
        let overrides = resource("sr-Cyrl.ftl").unwrap();
        for key in message_ids(&overrides) {
            assert!(
                expected.contains(&key.as_str()),
                "sr-Cyrl.ftl overrides unknown {key}"
            );
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        for lang in Lang::ALL {
            let m = Messages::load(lang).unwrap();
            for key in m.keys() {
                let pattern = m
                    .bundle
                    .get_message(key)
                    .and_then(|msg| msg.value())
                    .unwrap();
                let names: Vec<&str> = m.variables(key).into_iter().collect();
                let one = Number::from(1_u32);
                let args: Vec<(&str, &dyn Arg)> =
                    names.iter().map(|n| (*n, &one as &dyn Arg)).collect();
                let args = value::fluent_args(&args);
                let mut errors = Vec::new();
                m.bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {key}: {errors:?}", lang.code());
            }
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
        let sq = Messages::load(Lang::Sq).unwrap();
        let sr = Messages::load(Lang::Sr).unwrap();
        let cy = Messages::load(Lang::SrCyrl).unwrap();
        let en = Messages::load(Lang::En).unwrap();
        assert_eq!(sq.number("66.67"), "66,67");
        for text in ["66.67", "1.2.3", "100", "-0.50", ""] {
            for m in [&sq, &sr, &cy, &en] {
                assert_eq!(m.number_of(&text), m.number(text), "{text}");
            }
        }
        assert_eq!(en.number("66.67"), "66.67");
        assert_eq!(sr.decimal(0.8), "0,8");
        assert_eq!(en.decimal(35.0), "35");
        assert_eq!(sq.date(d), "31 tetor 2026");
        assert_eq!(sr.date(d), "31. oktobra 2026.");
        assert_eq!(cy.date(d), "31. октобра 2026.");
        assert_eq!(en.date(d), "31 October 2026");
        assert_eq!(
            sr.fill("template_deadline", &[("date", &sr.date(d))]),
            "Pošaljite popunjenu radnu svesku najkasnije do 31. oktobra 2026."
        );
        assert_eq!(en.list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
    }

    #[test]
    fn numbers_reach_fluent_as_numbers_in_the_page_notation() {
        let sr = Messages::load(Lang::Sr).unwrap();
        let points = |x: f64| sr.fill("points", &[("n", &Number::decimal(x))]);
        assert_eq!(points(1.0), "1 bod");
        assert_eq!(points(3.0), "3 boda");
        assert_eq!(points(24.0), "24 boda");
        assert_eq!(points(5.0), "5 bodova");
        assert_eq!(points(11.0), "11 bodova");
        assert_eq!(points(21.0), "21 bod");
        assert_eq!(points(3.5), "3,5 boda");
        assert_eq!(points(16.67), "16,67 boda");
        let en = Messages::load(Lang::En).unwrap();
        assert_eq!(
            en.fill("points", &[("n", &Number::fixed(1.0, 2))]),
            "1.00 points"
        );
        assert_eq!(en.fill("points", &[("n", &1_u32)]), "1 point");
        let sq = Messages::load(Lang::Sq).unwrap();
        let text = "“x”";
        let rank = |n: u32| {
            sq.fill(
                "standing_ranked",
                &[("rank", &n), ("count", &5_u32), ("category", &text)],
            )
        };
        assert_eq!(rank(1), "Vendi i parë nga 5 në kategorinë ““x””");
        assert_eq!(rank(2), "Vendi i 2-të nga 5 në kategorinë ““x””");
        assert_eq!(rank(4), "Vendi i 4-t nga 5 në kategorinë ““x””");
    }

    #[test]
    fn cyrillic_keeps_literal_tokens_latin_and_takes_hand_written_messages() {
        let cy = Messages::load(Lang::SrCyrl).unwrap();
        assert_eq!(
            cy.get("finding_K001"),
            "није радна свеска (читају се само .xlsx, .xlsm, .xls и .ods)"
        );
        assert_eq!(
            cy.fill("finding_S042", &[("found", &"maybe")]),
            "очекује се да или не (yes/no, po/jo, da/ne или x за „да“), пронађено maybe"
        );
        assert!(cy.get("finding_K002").starts_with("Ексел датотека"));
        assert_eq!(
            cy.fill("more_rows", &[("n", &2_u32)]),
            "… и још 2 реда која овде нису приказана; сви редови су у results.json."
        );
    }

    #[test]
    fn criteria_texts_go_through_the_same_transliteration() {
        let cy = Messages::load(Lang::SrCyrl).unwrap();
        let text = Text {
            sq: "Shenja jashtëgjuhësore".into(),
            sr: "Vanjezički znaci u Excel datoteci".into(),
            en: "Non-linguistic signs".into(),
        };
        assert_eq!(cy.text(&text), "Ванјезички знаци у Excel датотеци");
    }

    /// Every message that selects a form by a number, with the counts 0, 1,
    /// 2, 5, 21 and 1.5 in every language: the table a native reader checks.
    #[test]
    fn count_bearing_messages_agree_with_their_numbers() {
        let counts = [
            Number::from(0_u32),
            Number::from(1_u32),
            Number::from(2_u32),
            Number::from(5_u32),
            Number::from(21_u32),
            Number::decimal(1.5),
        ];
        let catalogues: Vec<Messages> = Lang::ALL
            .into_iter()
            .map(|l| Messages::load(l).unwrap())
            .collect();
        let mut table = String::new();
        let en = &catalogues[3];
        for key in en.keys() {
            let selectors: BTreeSet<&str> = catalogues
                .iter()
                .flat_map(|m| selector_variables(m, key))
                .collect();
            if selectors.is_empty() {
                continue;
            }
            table.push_str(&format!("{key}\n"));
            for m in &catalogues {
                for n in &counts {
                    let names: Vec<&str> = m.variables(key).into_iter().collect();
                    let texts: Vec<String> = names.iter().map(|v| format!("‹{v}›")).collect();
                    let args: Vec<(&str, &dyn Arg)> = names
                        .iter()
                        .zip(&texts)
                        .map(|(name, text)| {
                            let value: &dyn Arg = if selectors.contains(name) { n } else { text };
                            (*name, value)
                        })
                        .collect();
                    let shown = n.written(false);
                    let text = m.fill(key, &args);
                    table.push_str(&format!("  {:<7} {shown:>3}  {text}\n", m.lang().code()));
                }
            }
        }
        insta::assert_snapshot!(table);
    }

    /// The variables message `key` selects on in `m`'s catalogue.
    fn selector_variables<'m>(m: &'m Messages, key: &str) -> BTreeSet<&'m str> {
        fn walk<'s>(pattern: &ast::Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { selector, variants },
                } = element
                {
                    inline_variables(selector, out);
                    for v in variants {
                        walk(&v.value, out);
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        if let Some(pattern) = m.bundle.get_message(key).and_then(|msg| msg.value()) {
            walk(pattern, &mut out);
        }
        out
    }
}
