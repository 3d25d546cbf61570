//! Turns the raw file into the validated model, collecting every problem in
//! one pass so a secretariat fixes the file in one sitting.

use super::diagnostic::{Code, Diagnostic, Pos};
use super::raw::*;
use super::*;
use std::collections::BTreeMap;

const WEIGHT_TOLERANCE: f64 = 1e-6;
const MAX_DECIMALS: i64 = 4;

pub fn parse_raw(bytes: &[u8]) -> Result<RawCriteria, Diagnostic> {
    parse_yaml(bytes, "criteria")
}

/// Parses YAML with positions; `what` names the file in messages.
fn parse_yaml<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() as u64 + 1;
        Diagnostic::error(
            Code::Syntax,
            Pos { line, column },
            "the file is not valid UTF-8 text",
            "save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")",
        )
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(
            Code::EmptyFile,
            Pos { line: 1, column: 1 },
            format!("the {what} file is empty"),
            format!("start from the bundled {what} file and adjust it"),
        ));
    }
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    serde_saphyr::from_str_with_options(text, options).map_err(|e| from_parse_error(&e))
}

fn from_parse_error(error: &serde_saphyr::Error) -> Diagnostic {
    let at = error
        .location()
        .map(|l| Pos {
            line: l.line(),
            column: l.column(),
        })
        .unwrap_or_default();
    let message = error.to_string();
    let message = message
        .split_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .trim()
        .to_string();
    if let Some((unknown, expected)) = unknown_field(&message) {
        let hint = match nearest(&unknown, &expected) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("allowed keys here: {}", expected.join(", ")),
        };
        return Diagnostic::error(
            Code::UnknownKey,
            at,
            format!("unknown key `{unknown}`"),
            hint,
        );
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Diagnostic::error(
            Code::MissingKey,
            at,
            format!("missing key {rest}"),
            "add the key; criteria/README.md shows an example",
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return Diagnostic::error(
            Code::Syntax,
            at,
            format!("key `{key}` appears twice in the same block"),
            "keep one of the two; the second would silently replace the first",
        );
    }
    if let Some(rest) = message.strip_prefix("non-finite float ") {
        let value = rest.split(' ').next().unwrap_or(rest);
        return Diagnostic::error(
            Code::WrongType,
            at,
            format!("{value} is not a usable number"),
            "write a plain number such as 40",
        );
    }
    let shape = match message.as_str() {
        "expected mapping start" => Some("expected a block of `key: value` lines here"),
        "expected sequence start" => {
            Some("expected a list here (items starting with `- `, or in [ ])")
        }
        "expected scalar" => Some("expected a single value here, not a list or block"),
        _ => None,
    };
    if let Some(shape) = shape {
        return Diagnostic::error(
            Code::WrongType,
            at,
            shape,
            "compare with the example in criteria/README.md",
        );
    }
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        return Diagnostic::error(
            Code::WrongType,
            at,
            message,
            "check the value's type: numbers without quotes, lists in [ ]",
        );
    }
    if message.starts_with("unknown variant") {
        return Diagnostic::error(Code::WrongType, at, message, "use one of the values listed");
    }
    Diagnostic::error(
        Code::Syntax,
        at,
        message,
        "fix the YAML at this place: indent with spaces, one value per key",
    )
}

/// Parses serde's "unknown field `x`, expected one of `a`, `b`" message.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (name, rest) = rest.split_once('`')?;
    let list = rest
        .split_once("expected one of ")
        .or_else(|| rest.split_once("expected "))
        .map_or("", |(_, list)| list);
    let expected = list
        .split(", ")
        .map(|k| k.trim_matches('`').to_string())
        .filter(|k| !k.is_empty())
        .collect();
    Some((name.to_string(), expected))
}

fn nearest<'a>(word: &str, candidates: &'a [String]) -> Option<&'a str> {
    crate::text::nearest(word, candidates.iter().map(String::as_str))
}

/// Collects diagnostics while the model is built.
#[derive(Default)]
struct Checker {
    problems: Vec<Diagnostic>,
    /// Language codes used by indicators and columns, checked once the
    /// language-status file is read.
    language_codes: Vec<(String, Pos)>,
}

impl Checker {
    fn error(&mut self, code: Code, at: Pos, message: impl Into<String>, hint: impl Into<String>) {
        self.problems
            .push(Diagnostic::error(code, at, message, hint));
    }

    fn unique_ids<'a>(&mut self, what: &str, ids: impl IntoIterator<Item = &'a S<String>>) {
        let mut seen: BTreeMap<&str, Pos> = BTreeMap::new();
        for id in ids {
            if let Some(first) = seen.get(id.value.as_str()) {
                self.error(
                    Code::DuplicateId,
                    Pos::of(id),
                    format!(
                        "{what} `{}` is defined twice (first at line {})",
                        id.value, first.line
                    ),
                    format!("give each {what} its own id"),
                );
            } else {
                seen.insert(&id.value, Pos::of(id));
            }
        }
    }

    fn weight(&mut self, weight: &S<Num>) -> f64 {
        if !weight.value.0.is_finite() || weight.value.0 < 0.0 {
            self.error(
                Code::WeightInvalid,
                Pos::of(weight),
                format!("weight {} is not a number from 0 to 100", weight.value.0),
                "use a plain number such as 40",
            );
            return 0.0;
        }
        weight.value.0
    }

    fn weights_sum(&mut self, what: &str, weights: &[&S<Num>], container: Pos) {
        let sum: f64 = weights.iter().map(|w| w.value.0).sum();
        if weights.iter().all(|w| w.value.0.is_finite()) && (sum - 100.0).abs() > WEIGHT_TOLERANCE {
            let at = weights.last().map_or(container, |w| Pos::of(w));
            self.error(
                Code::WeightSum,
                at,
                format!("the weights of {what} sum to {}, not 100", trim_float(sum)),
                format!("change the weights by {} in total", trim_float(100.0 - sum)),
            );
        }
    }

    fn date(&mut self, value: &S<String>) -> Option<NaiveDate> {
        let parsed = NaiveDate::parse_from_str(value.value.trim(), "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.error(
                Code::InvalidValue,
                Pos::of(value),
                format!("`{}` is not a date", value.value),
                "write dates as YYYY-MM-DD, e.g. 2026-09-30",
            );
        }
        parsed
    }

    fn count(&mut self, value: &S<Int>, what: &str) -> u32 {
        match u32::try_from(value.value.0) {
            Ok(n) => n,
            Err(_) => {
                self.error(
                    Code::InvalidValue,
                    Pos::of(value),
                    format!(
                        "{what} must be a whole number of 0 or more, found {}",
                        value.value.0
                    ),
                    "use a number such as 3",
                );
                0
            }
        }
    }
}

fn trim_float(x: f64) -> String {
    let s = format!("{x:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn text(raw: &RawText) -> Text {
    Text {
        sq: raw.sq.clone(),
        sr: raw.sr.clone(),
        en: raw.en.clone(),
    }
}

pub fn validate(raw: RawCriteria) -> Result<(Criteria, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut c = Checker {
        problems: Vec::new(),
        language_codes: Vec::new(),
    };

    if !(1990..=2200).contains(&raw.edition.value.0) {
        c.error(
            Code::InvalidValue,
            Pos::of(&raw.edition),
            format!("edition {} is not a plausible year", raw.edition.value.0),
            "write the edition's year, e.g. 2026",
        );
    }
    let from = c.date(&raw.period.from);
    let to = c.date(&raw.period.to);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        c.error(
            Code::InvalidValue,
            Pos::of(&raw.period.to),
            format!("the assessment period ends ({t}) before it starts ({f})"),
            "swap `from` and `to`",
        );
    }

    let deadline = raw.deadline.as_ref().and_then(|d| c.date(d));
    c.unique_ids("kind", raw.kinds.iter().map(|k| &k.id));
    let kinds: Vec<Kind> = raw
        .kinds
        .iter()
        .map(|k| Kind {
            id: k.id.value.clone(),
            name: text(&k.name),
            municipal: k.municipal.as_ref().is_some_and(|m| m.value),
        })
        .collect();

    c.unique_ids("category", raw.categories.iter().map(|k| &k.id));
    let categories = raw
        .categories
        .iter()
        .map(|cat| {
            if cat.kinds.value.is_empty() {
                c.error(
                    Code::CategoryNoKind,
                    Pos::of(&cat.kinds),
                    format!("category `{}` admits no institution kind", cat.id.value),
                    "list at least one kind from `kinds`, e.g. [ministry]",
                );
            }
            for k in &cat.kinds.value {
                if !kinds.iter().any(|kind| kind.id == k.value) {
                    c.error(
                        Code::UnknownKind,
                        Pos::of(k),
                        format!(
                            "category `{}` admits unknown kind `{}`",
                            cat.id.value, k.value
                        ),
                        hint_known("kinds", &k.value, kinds.iter().map(|k| k.id.as_str())),
                    );
                }
            }
            Category {
                id: cat.id.value.clone(),
                name: text(&cat.name),
                kinds: cat.kinds.value.iter().map(|k| k.value.clone()).collect(),
                open_from: cat.open_from.value.0,
            }
        })
        .collect();

    c.unique_ids("sheet", raw.sheets.iter().map(|s| &s.key));
    let sheets: Vec<SheetSpec> = raw.sheets.iter().map(|s| sheet(&mut c, s)).collect();

    c.unique_ids("criterion", raw.criteria.value.iter().map(|k| &k.id));
    let weights: Vec<&S<Num>> = raw.criteria.value.iter().map(|k| &k.weight).collect();
    c.weights_sum("the criteria", &weights, Pos::of(&raw.criteria));
    let criteria: Vec<Criterion> = raw
        .criteria
        .value
        .iter()
        .map(|k| criterion(&mut c, k, &sheets))
        .collect();

    c.unique_ids("gate", raw.gates.iter().map(|g| &g.id));
    let gates = raw
        .gates
        .iter()
        .filter_map(|g| gate(&mut c, g, &sheets))
        .collect();

    let bands = bands(&mut c, &raw.bands);

    let decimals = match u32::try_from(raw.rounding.decimals.value.0) {
        Ok(d) if i64::from(d) <= MAX_DECIMALS => d,
        _ => {
            c.error(
                Code::InvalidValue,
                Pos::of(&raw.rounding.decimals),
                format!(
                    "decimals must be from 0 to {MAX_DECIMALS}, found {}",
                    raw.rounding.decimals.value.0
                ),
                "use 2 for scores such as 66.67",
            );
            2
        }
    };

    let tie_breaks = raw
        .ranking
        .iter()
        .flat_map(|r| &r.tie_breaks)
        .filter_map(|t| {
            if t.value == "full_indicators" {
                return Some(TieBreak::FullIndicators);
            }
            if t.value == "jury" {
                if raw.jury.is_none() {
                    c.error(
                        Code::UnknownCriterion,
                        Pos::of(t),
                        "tie-break `jury` needs a `jury` section",
                        "add the jury, or remove `jury` from tie_breaks",
                    );
                }
                return Some(TieBreak::Jury);
            }
            let found = criteria.iter().position(|k| k.id == t.value);
            if found.is_none() {
                c.error(
                    Code::UnknownCriterion,
                    Pos::of(t),
                    format!("tie-break names unknown criterion `{}`", t.value),
                    hint_known(
                        "criteria (or jury, full_indicators)",
                        &t.value,
                        criteria.iter().map(|k| k.id.as_str()),
                    ),
                );
            }
            found.map(TieBreak::Criterion)
        })
        .collect();
    let rank_style = match raw.ranking.as_ref().and_then(|r| r.style.as_ref()) {
        None => RankStyle::Competition,
        Some(s) if s.value == "competition" => RankStyle::Competition,
        Some(s) if s.value == "dense" => RankStyle::Dense,
        Some(s) => {
            c.error(
                Code::InvalidValue,
                Pos::of(s),
                format!("rank style `{}` is unknown", s.value),
                "use competition (1-2-2-4) or dense (1-2-2-3)",
            );
            RankStyle::Competition
        }
    };
    c.unique_ids("tier", raw.tiers.iter().map(|t| &t.id));
    let tiers = raw
        .tiers
        .iter()
        .map(|t| {
            let min_band = t.min_band.as_ref().and_then(|b| {
                let found = bands.iter().position(|band| band.id == b.value);
                if found.is_none() {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(b),
                        format!("tier `{}` names unknown band `{}`", t.id.value, b.value),
                        hint_known("bands", &b.value, bands.iter().map(|x| x.id.as_str())),
                    );
                }
                found
            });
            Tier {
                id: t.id.value.clone(),
                name: text(&t.name),
                min_total: t.min_total.as_ref().map(|m| m.value.0),
                min_band,
                max_recipients: c.count(&t.max_recipients, "max_recipients"),
            }
        })
        .collect();
    let close_margin = raw.close_margin.as_ref().map(|m| m.value.0);
    let jury = raw.jury.as_ref().map(|j| jury(&mut c, j, &raw.categories));
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|d| (d.line, d.column, d.code));
        return Err(c.problems);
    }
    let (Some(from), Some(to)) = (from, to) else {
        return Err(c.problems);
    };
    let criteria = Criteria {
        edition: raw.edition.value.0,
        award: text(&raw.award),
        period: Period { from, to },
        deadline,
        kinds,
        categories,
        sheets,
        criteria,
        gates,
        bands,
        decimals,
        tie_breaks,
        rank_style,
        tiers,
        close_margin,
        jury,
        languages: crate::criteria::languages::LanguageStatus::central_only(),
        languages_file: raw
            .languages
            .as_ref()
            .map(|l| (l.value.clone(), Pos::of(l))),
        language_codes: c.language_codes,
        proper_names: raw.proper_names.clone(),
        aliases: raw.aliases.clone(),
    };
    let warnings = super::lint::lint(&raw, &criteria);
    Ok((criteria, warnings))
}

fn hint_known<'a>(what: &str, word: &str, known: impl Iterator<Item = &'a str>) -> String {
    let known: Vec<String> = known.map(str::to_string).collect();
    match nearest(word, &known) {
        Some(near) => format!("did you mean `{near}`?"),
        None if known.is_empty() => format!("declare it under `{what}` first"),
        None => format!("known {what}: {}", known.join(", ")),
    }
}

fn sheet(c: &mut Checker, s: &RawSheet) -> SheetSpec {
    c.unique_ids("column", s.columns.value.iter().map(|col| &col.key));
    let columns = s
        .columns
        .value
        .iter()
        .map(|col| {
            let ty = match col.kind.value {
                RawColumnType::Text => ColumnType::Text,
                RawColumnType::YesNo => ColumnType::YesNo,
                RawColumnType::DateTime => ColumnType::DateTime,
                RawColumnType::Number => {
                    if let (Some(min), Some(max)) = (&col.min, &col.max)
                        && min.value.0 > max.value.0
                    {
                        c.error(
                            Code::InvalidValue,
                            Pos::of(max),
                            format!("column `{}`: max is below min", col.key.value),
                            "swap min and max",
                        );
                    }
                    ColumnType::Number {
                        min: col.min.as_ref().map(|m| m.value.0),
                        max: col.max.as_ref().map(|m| m.value.0),
                    }
                }
                RawColumnType::Choice => {
                    let choices = col.choices.as_ref().map_or(&[][..], |c| &c.value[..]);
                    if choices.is_empty() {
                        c.error(
                            Code::InvalidValue,
                            Pos::of(&col.kind),
                            format!("choice column `{}` lists no choices", col.key.value),
                            "add `choices:` with a key and name for each allowed value",
                        );
                    }
                    c.unique_ids("choice", choices.iter().map(|ch| &ch.key));
                    ColumnType::Choice {
                        choices: choices
                            .iter()
                            .map(|ch| Choice {
                                key: ch.key.value.clone(),
                                name: text(&ch.name),
                            })
                            .collect(),
                    }
                }
            };
            if let Some(l) = &col.language {
                c.language_codes.push((l.value.clone(), Pos::of(l)));
            }
            ColumnSpec {
                key: col.key.value.clone(),
                name: text(&col.name),
                aliases: col.aliases.clone(),
                ty,
                required: col.required,
                optional: col.optional,
                language: col.language.as_ref().map(|l| l.value.clone()),
            }
        })
        .collect();
    SheetSpec {
        key: s.key.value.clone(),
        name: text(&s.name),
        aliases: s.aliases.clone(),
        columns,
    }
}

/// Resolves column keys for one indicator or gate, checking their types.
struct ColumnResolver<'a> {
    owner: String,
    sheet: &'a SheetSpec,
}

#[derive(Clone, Copy, PartialEq)]
enum Want {
    YesNo,
    DateTime,
    Text,
    Measurable,
    Number,
    Any,
}

impl ColumnResolver<'_> {
    fn column(&self, c: &mut Checker, key: &S<String>, want: Want) -> Option<usize> {
        let Some(i) = self
            .sheet
            .columns
            .iter()
            .position(|col| col.key == key.value)
        else {
            c.error(
                Code::UnknownColumn,
                Pos::of(key),
                format!(
                    "{} names column `{}`, which sheet `{}` does not declare",
                    self.owner, key.value, self.sheet.key
                ),
                hint_known(
                    "columns",
                    &key.value,
                    self.sheet.columns.iter().map(|col| col.key.as_str()),
                ),
            );
            return None;
        };
        let ty = self.sheet.columns.get(i).map(|col| &col.ty);
        let ok = matches!(
            (want, ty),
            (Want::Any, _)
                | (Want::YesNo, Some(ColumnType::YesNo))
                | (Want::DateTime, Some(ColumnType::DateTime))
                | (Want::Text, Some(ColumnType::Text))
                | (Want::Number, Some(ColumnType::Number { .. }))
                | (
                    Want::Measurable,
                    Some(ColumnType::Text | ColumnType::Number { .. })
                )
        );
        if !ok {
            let expected = match want {
                Want::YesNo => "yes_no",
                Want::DateTime => "date_time",
                Want::Text => "text",
                Want::Number => "number",
                Want::Measurable => "text or number",
                Want::Any => "any",
            };
            c.error(
                Code::ColumnType,
                Pos::of(key),
                format!(
                    "{} needs a {expected} column, but `{}` is of another type",
                    self.owner, key.value
                ),
                format!("pick a {expected} column or change the column's type"),
            );
            return None;
        }
        Some(i)
    }

    fn columns(&self, c: &mut Checker, keys: &S<Vec<S<String>>>, want: Want) -> Vec<usize> {
        if keys.value.is_empty() {
            c.error(
                Code::IndicatorField,
                Pos::of(keys),
                format!("{} lists no columns", self.owner),
                "list at least one column key",
            );
        }
        keys.value
            .iter()
            .filter_map(|k| self.column(c, k, want))
            .collect()
    }
}

fn find_sheet<'a>(
    c: &mut Checker,
    sheets: &'a [SheetSpec],
    key: &S<String>,
) -> Option<(usize, &'a SheetSpec)> {
    let found = sheets.iter().enumerate().find(|(_, s)| s.key == key.value);
    if found.is_none() {
        c.error(
            Code::UnknownSheet,
            Pos::of(key),
            format!("unknown sheet `{}`", key.value),
            hint_known("sheets", &key.value, sheets.iter().map(|s| s.key.as_str())),
        );
    }
    found
}

fn criterion(c: &mut Checker, k: &RawCriterion, sheets: &[SheetSpec]) -> Criterion {
    let weight = c.weight(&k.weight);
    c.unique_ids("indicator", k.indicators.value.iter().map(|i| &i.id));
    if k.indicators.value.is_empty() {
        c.error(
            Code::InvalidValue,
            Pos::of(&k.indicators),
            format!("criterion `{}` has no indicators", k.id.value),
            "add at least one indicator",
        );
    } else {
        let weights: Vec<&S<Num>> = k.indicators.value.iter().map(|i| &i.weight).collect();
        c.weights_sum(
            &format!("criterion `{}`'s indicators", k.id.value),
            &weights,
            Pos::of(&k.indicators),
        );
    }
    Criterion {
        id: k.id.value.clone(),
        name: text(&k.name),
        weight,
        in_official_use: k.in_official_use,
        indicators: k
            .indicators
            .value
            .iter()
            .filter_map(|i| indicator(c, i, sheets))
            .collect(),
    }
}

fn indicator(c: &mut Checker, i: &RawIndicator, sheets: &[SheetSpec]) -> Option<Indicator> {
    let weight = c.weight(&i.weight);
    let min_rows = i.min_rows.as_ref().map_or(1, |m| c.count(m, "min_rows"));
    let insufficient = match i.insufficient.as_ref().map(|s| s.value) {
        None | Some(RawInsufficient::Zero) => Insufficient::Zero,
        Some(RawInsufficient::Exclude) => Insufficient::Exclude,
    };
    let (sheet_index, sheet) = find_sheet(c, sheets, &i.sheet)?;
    let kind = i.kind.value;
    let owner = format!("indicator `{}`", i.id.value);
    let r = ColumnResolver {
        owner: owner.clone(),
        sheet,
    };
    let needs = |c: &mut Checker, field: &str| {
        c.error(
            Code::IndicatorField,
            Pos::of(&i.kind),
            format!("{owner} of kind {kind:?} needs `{field}`")
                .replace("kind Share", "kind share")
                .replace("kind Simultaneity", "kind simultaneity")
                .replace("kind Equivalence", "kind equivalence")
                .replace("kind Signage", "kind signage"),
            format!("add `{field}:`; criteria/README.md shows an example"),
        );
    };
    let stray: [(bool, &str, RawIndicatorKind); 7] = [
        (i.all_yes.is_some(), "all_yes", RawIndicatorKind::Share),
        (
            i.versions.is_some(),
            "versions",
            RawIndicatorKind::Simultaneity,
        ),
        (
            i.tolerance_hours.is_some(),
            "tolerance_hours",
            RawIndicatorKind::Simultaneity,
        ),
        (i.first.is_some(), "first", RawIndicatorKind::Equivalence),
        (i.second.is_some(), "second", RawIndicatorKind::Equivalence),
        (i.texts.is_some(), "texts", RawIndicatorKind::Signage),
        (i.distinct.is_some(), "distinct", RawIndicatorKind::Signage),
    ];
    for (present, field, owner_kind) in stray {
        if present && owner_kind != kind {
            c.error(
                Code::IndicatorField,
                Pos::of(&i.kind),
                format!("{owner}: `{field}` does not apply to this kind of indicator"),
                format!("remove `{field}` or change `kind`"),
            );
        }
    }
    let want = match kind {
        RawIndicatorKind::Share => Want::YesNo,
        RawIndicatorKind::Simultaneity => Want::DateTime,
        RawIndicatorKind::Signage => Want::Text,
        RawIndicatorKind::Equivalence => Want::Any,
    };
    let by_language: Vec<(String, usize)> = match &i.by_language {
        None => Vec::new(),
        Some(map) if kind == RawIndicatorKind::Equivalence => {
            c.error(
                Code::IndicatorField,
                Pos::of(map),
                format!("{owner}: `by_language` does not apply to an equivalence indicator"),
                "compare two columns with `first` and `second`",
            );
            Vec::new()
        }
        Some(map) => {
            let mut columns: Vec<(String, usize)> = map
                .value
                .iter()
                .filter_map(|(lang, key)| {
                    c.language_codes.push((lang.clone(), Pos::of(key)));
                    r.column(c, key, want).map(|col| (lang.clone(), col))
                })
                .collect();
            // The official languages first, in the Law's order, then the rest.
            columns.sort_by_key(|(lang, _)| {
                (
                    ["sq", "sr"].iter().position(|l| l == lang).unwrap_or(2),
                    lang.clone(),
                )
            });
            columns
        }
    };
    let listed =
        |c: &mut Checker, list: &Option<S<Vec<S<String>>>>, field: &str| -> Option<Vec<usize>> {
            match list {
                Some(cols) => Some(r.columns(c, cols, want)),
                None if i.by_language.is_some() => Some(Vec::new()),
                None => {
                    needs(c, &format!("{field}` or `by_language"));
                    None
                }
            }
        };
    let rule = match kind {
        RawIndicatorKind::Share => Rule::Share {
            all_yes: listed(c, &i.all_yes, "all_yes")?,
        },
        RawIndicatorKind::Simultaneity => {
            let versions = listed(c, &i.versions, "versions")?;
            let Some(tol) = &i.tolerance_hours else {
                needs(c, "tolerance_hours");
                return None;
            };
            if !tol.value.0.is_finite() || tol.value.0 < 0.0 {
                c.error(
                    Code::InvalidValue,
                    Pos::of(tol),
                    format!("tolerance_hours must be 0 or more, found {}", tol.value.0),
                    "use a number of hours such as 24",
                );
            }
            if let Some(cols) = &i.versions
                && cols.value.len() < 2
            {
                c.error(
                    Code::IndicatorField,
                    Pos::of(cols),
                    format!("{owner} compares fewer than two versions"),
                    "list one publication-time column per language",
                );
            }
            Rule::Simultaneity {
                versions,
                tolerance_hours: tol.value.0,
            }
        }
        RawIndicatorKind::Equivalence => {
            let (Some(first), Some(second)) = (&i.first, &i.second) else {
                needs(c, if i.first.is_none() { "first" } else { "second" });
                return None;
            };
            if i.ratio.is_none() && i.rating.is_none() {
                needs(c, "ratio` or `rating");
            }
            let ratio = i.ratio.as_ref().map(|ra| {
                if !(ra.min.value.0.is_finite() && ra.max.value.0.is_finite())
                    || ra.min.value.0 <= 0.0
                    || ra.min.value.0 > ra.max.value.0
                {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(&ra.max),
                        "ratio needs 0 < min <= max",
                        "e.g. ratio: { min: 0.8, max: 1.25 }",
                    );
                }
                (ra.min.value.0, ra.max.value.0)
            });
            let rating = i.rating.as_ref().and_then(|ra| {
                if !ra.min.value.0.is_finite() {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(&ra.min),
                        "rating min must be a number",
                        "e.g. rating: { column: quality, min: 4 }",
                    );
                }
                r.column(c, &ra.column, Want::Number)
                    .map(|col| (col, ra.min.value.0))
            });
            let first = r.column(c, first, Want::Measurable);
            let second = r.column(c, second, Want::Measurable);
            Rule::Equivalence {
                first: first?,
                second: second?,
                ratio,
                rating,
            }
        }
        RawIndicatorKind::Signage => {
            let texts = listed(c, &i.texts, "texts")?;
            let script = i.serbian_script.as_ref().and_then(|s| {
                let rule = crate::script::ScriptRule::parse(&s.value);
                if rule.is_none() {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(s),
                        format!("serbian_script `{}` is not a script rule", s.value),
                        "use cyrillic, latin, either or both",
                    );
                }
                rule
            });
            let cyrillic = i
                .serbian_cyrillic
                .as_ref()
                .and_then(|k| r.column(c, k, Want::Text));
            let first_language = i
                .first_language
                .as_ref()
                .and_then(|k| r.column(c, k, Want::Any));
            let order = i.order.as_ref().is_some_and(|o| o.value);
            if order && first_language.is_none() {
                needs(c, "first_language");
            }
            Rule::Signage {
                texts,
                distinct: i.distinct.as_ref().is_some_and(|d| d.value),
                script,
                cyrillic,
                first_language,
                order,
            }
        }
    };
    Some(Indicator {
        id: i.id.value.clone(),
        name: text(&i.name),
        description: i.description.as_ref().map(text),
        weight,
        sheet: sheet_index,
        by_language,
        min_rows,
        insufficient,
        rule,
    })
}

fn gate(c: &mut Checker, g: &RawGate, sheets: &[SheetSpec]) -> Option<Gate> {
    let min = c.count(&g.min, "min");
    let (sheet_index, sheet) = find_sheet(c, sheets, &g.sheet)?;
    let r = ColumnResolver {
        owner: format!("gate `{}`", g.id.value),
        sheet,
    };
    let nonempty = match &g.nonempty {
        Some(key) => Some(r.column(c, key, Want::Any)?),
        None => None,
    };
    match g.kind.value {
        RawGateKind::MinRows => Some(Gate {
            id: g.id.value.clone(),
            name: text(&g.name),
            sheet: sheet_index,
            nonempty,
            min,
        }),
    }
}

fn bands(c: &mut Checker, raw: &S<Vec<RawBand>>) -> Vec<Band> {
    c.unique_ids("band", raw.value.iter().map(|b| &b.id));
    if raw.value.is_empty() {
        c.error(
            Code::BandRange,
            Pos::of(raw),
            "no bands are defined",
            "define bands that cover 0 to 100, best first",
        );
        return Vec::new();
    }
    let mut out: Vec<(Band, Pos, Pos)> = Vec::new();
    for b in &raw.value {
        let lower = match (&b.above, &b.from) {
            (Some(v), None) => Some((v, false)),
            (None, Some(v)) => Some((v, true)),
            _ => None,
        };
        let upper = match (&b.to, &b.below) {
            (Some(v), None) => Some((v, true)),
            (None, Some(v)) => Some((v, false)),
            _ => None,
        };
        let (Some((lo, lo_inc)), Some((up, up_inc))) = (lower, upper) else {
            c.error(
                Code::BandBounds,
                Pos::of(&b.id),
                format!(
                    "band `{}` needs exactly one lower bound (`above` or `from`) and one upper bound (`to` or `below`)",
                    b.id.value
                ),
                "e.g. from: 33 and to: 66",
            );
            continue;
        };
        for v in [lo, up] {
            if !v.value.0.is_finite() || !(0.0..=100.0).contains(&v.value.0) {
                c.error(
                    Code::BandRange,
                    Pos::of(v),
                    format!("band bound {} is outside 0–100", v.value.0),
                    "scores run from 0 to 100",
                );
            }
        }
        let empty = lo.value.0 > up.value.0 || (lo.value.0 == up.value.0 && !(lo_inc && up_inc));
        if empty {
            c.error(
                Code::BandRange,
                Pos::of(up),
                format!(
                    "band `{}` contains no score: its upper bound is not above its lower bound",
                    b.id.value
                ),
                "list the lower bound first, e.g. from: 33 and to: 66",
            );
        }
        out.push((
            Band {
                id: b.id.value.clone(),
                name: text(&b.name),
                lower: Bound {
                    value: lo.value.0,
                    inclusive: lo_inc,
                },
                upper: Bound {
                    value: up.value.0,
                    inclusive: up_inc,
                },
            },
            Pos::of(lo),
            Pos::of(up),
        ));
    }
    if out.len() != raw.value.len() {
        return Vec::new();
    }
    if let Some((first, _, up)) = out.first()
        && !(first.upper.value == 100.0 && first.upper.inclusive)
    {
        c.error(
            Code::BandRange,
            *up,
            format!("the best band `{}` does not reach 100", first.id),
            "end the first band with `to: 100`",
        );
    }
    if let Some((last, lo, _)) = out.last()
        && !(last.lower.value == 0.0 && last.lower.inclusive)
    {
        c.error(
            Code::BandRange,
            *lo,
            format!("the lowest band `{}` does not start at 0", last.id),
            "start the last band with `from: 0`",
        );
    }
    for pair in out.windows(2) {
        let [(upper_band, lo, _), (lower_band, _, _)] = pair else {
            continue;
        };
        let a = upper_band.lower;
        let b = lower_band.upper;
        if a.value == b.value && a.inclusive != b.inclusive {
            continue;
        }
        let (code, what) = if a.value < b.value || (a.value == b.value && a.inclusive) {
            (Code::BandOverlap, "both contain scores")
        } else {
            (Code::BandGap, "leave no band for scores")
        };
        let (x, y) = (a.value.min(b.value), a.value.max(b.value));
        let place = if x == y {
            format!("of exactly {}", trim_float(x))
        } else {
            format!("between {} and {}", trim_float(x), trim_float(y))
        };
        c.error(
            code,
            *lo,
            format!("bands `{}` and `{}` {what} {place}", upper_band.id, lower_band.id),
            format!(
                "make `{}` start `above: X` where `{}` ends `to: X` (or `from: X` after `below: X`)",
                upper_band.id, lower_band.id
            ),
        );
    }
    out.into_iter().map(|(b, _, _)| b).collect()
}

fn jury(c: &mut Checker, raw: &S<RawJury>, categories: &[RawCategory]) -> Jury {
    let j = &raw.value;
    let (min, max) = (j.marks.min.value.0, j.marks.max.value.0);
    if !(min.is_finite() && max.is_finite() && min < max) {
        c.error(
            Code::InvalidValue,
            Pos::of(&j.marks.max),
            "jury marks need min < max",
            "e.g. marks: { min: 0, max: 10, step: 1 }",
        );
    }
    let step = j.marks.step.as_ref().map(|s| {
        if !(s.value.0 > 0.0 && s.value.0 <= max - min) {
            c.error(
                Code::InvalidValue,
                Pos::of(s),
                "the mark step must be above 0 and within the scale",
                "e.g. step: 0.5",
            );
        }
        s.value.0
    });
    let ids: Vec<&str> = categories.iter().map(|k| k.id.value.as_str()).collect();
    let jurors = match (&j.jurors, &j.jurors_file) {
        (Some(list), None) => jurors(c, list, &ids),
        (None, Some(_)) => Vec::new(),
        (Some(_), Some(file)) => {
            c.error(
                Code::InvalidValue,
                Pos::of(file),
                "the jury has both `jurors` and `jurors_file`",
                "keep one: the list here, or the file that holds it",
            );
            Vec::new()
        }
        (None, None) => {
            c.error(
                Code::MissingKey,
                Pos::of(raw),
                "the jury lists no jurors",
                "add `jurors:` (a list) or `jurors_file: jurors.yaml`",
            );
            Vec::new()
        }
    };
    let aggregate = match j.aggregate.as_ref() {
        None => Aggregate::Mean,
        Some(a) if a.value == "mean" => Aggregate::Mean,
        Some(a) if a.value == "median" => Aggregate::Median,
        Some(a) if a.value == "trimmed_mean" => Aggregate::TrimmedMean,
        Some(a) => {
            c.error(
                Code::InvalidValue,
                Pos::of(a),
                format!("aggregate `{}` is unknown", a.value),
                "use mean, median or trimmed_mean",
            );
            Aggregate::Mean
        }
    };
    let mut at_least = |value: &Option<S<Int>>, least: i64, default: usize, what: &str| {
        value.as_ref().map_or(default, |v| {
            if v.value.0 < least {
                c.error(
                    Code::InvalidValue,
                    Pos::of(v),
                    format!("{what} must be at least {least}"),
                    format!("e.g. {what}: {}", least.max(default as i64)),
                );
            }
            usize::try_from(v.value.0).unwrap_or(default)
        })
    };
    let trim_from = at_least(&j.trim_from, 3, 3, "trim_from");
    let min_marks = at_least(&j.min_marks, 1, 1, "min_marks");
    let consensus_spread = j.consensus_spread.as_ref().map(|s| {
        if !(s.value.0 >= 0.0 && s.value.0 <= max - min) {
            c.error(
                Code::InvalidValue,
                Pos::of(s),
                "consensus_spread must lie within the mark scale",
                "e.g. consensus_spread: 4 on a 0–10 scale",
            );
        }
        s.value.0
    });
    let weights = [&j.weights.evidence, &j.weights.jury];
    let [evidence_weight, jury_weight] = weights.map(|w| c.weight(w));
    c.weights_sum("the evidence and the jury", &weights, Pos::of(raw));
    Jury {
        min,
        max,
        step,
        jurors,
        jurors_file: j
            .jurors_file
            .as_ref()
            .map(|f| (f.value.clone(), Pos::of(f))),
        jurors_source: PathBuf::new(),
        aggregate,
        trim_from,
        min_marks,
        standardise: j.standardise.unwrap_or(false),
        consensus_spread,
        evidence_weight,
        jury_weight,
    }
}

fn jurors(c: &mut Checker, raw: &[RawJuror], categories: &[&str]) -> Vec<Juror> {
    c.unique_ids("juror", raw.iter().map(|x| &x.id));
    raw.iter()
        .map(|x| {
            let categories = match &x.categories {
                None => (0..categories.len()).collect(),
                Some(list) => list
                    .iter()
                    .filter_map(|k| {
                        let found = categories.iter().position(|cat| *cat == k.value);
                        if found.is_none() {
                            c.error(
                                Code::InvalidValue,
                                Pos::of(k),
                                format!(
                                    "juror `{}` marks unknown category `{}`",
                                    x.id.value, k.value
                                ),
                                hint_known("categories", &k.value, categories.iter().copied()),
                            );
                        }
                        found
                    })
                    .collect(),
            };
            Juror {
                id: x.id.value.clone(),
                name: x.name.value.clone(),
                institution: x.institution.as_ref().map(|i| i.value.clone()),
                institution_at: x.institution.as_ref().map(Pos::of).unwrap_or_default(),
                categories,
            }
        })
        .collect()
}

/// Reads a separate jurors file against the validated categories.
pub fn jurors_file(bytes: &[u8], categories: &[&str]) -> Result<Vec<Juror>, Vec<Diagnostic>> {
    let raw: RawJurorsFile = parse_yaml(bytes, "jurors").map_err(|d| vec![d])?;
    let mut c = Checker::default();
    let jurors = jurors(&mut c, &raw.jurors, categories);
    if c.problems.is_empty() {
        Ok(jurors)
    } else {
        Err(c.problems)
    }
}
