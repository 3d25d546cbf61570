//! What-if runs: `--set PATH=VALUE` changes one value of the criteria file
//! for one run. The change is made to the file's *text*, before it is
//! parsed, so the unchanged parser and validator check the result as they
//! check the file: no rule is skipped in a what-if, and a value a `--set`
//! makes invalid is reported at the file's line and column, with the
//! argument that put it there. Pure: text in, text and positions out.
//!
//! A path is the file's keys joined by dots. In a list of items that have an
//! `id` (or a `key`, as sheets, columns and choices do) a segment names the
//! item by it, so `criteria.communication.weight` is the weight of the
//! criterion whose id is `communication`; a number names a list's item by
//! its position, from 1. A value is written as in the file: a plain value
//! (`50`, `high`, `'a text, quoted'`) or a list or mapping in brackets.

mod tree;

use super::diagnostic::{Code, Diagnostic, Pos};
use super::{CriteriaError, LoadedCriteria};
use serde_saphyr::granit_parser::{Event, Parser};
use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use tree::{Resolved, Shape, Target, Tree, after_colon, missed};

/// One part of a path: a mapping's key, a list item's `id` or `key`, or a
/// list position counted from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment(String);

impl Segment {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where an override puts its value: `criteria.communication.weight`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverridePath(Vec<Segment>);

impl OverridePath {
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }
}

impl fmt::Display for OverridePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<&str> = self.0.iter().map(Segment::as_str).collect();
        f.write_str(&parts.join("."))
    }
}

/// One `--set PATH=VALUE`: a value of the criteria file replaced, or a key
/// added, for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub path: OverridePath,
    /// The value as the criteria file would write it: a plain or quoted
    /// value, or a list or mapping in brackets.
    pub value: String,
}

/// Why a `--set` argument is not a `PATH=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OverrideError {
    #[error("`{0}` has no `=`: write PATH=VALUE, e.g. criteria.communication.weight=50")]
    NoValue(String),
    #[error(
        "`{0}`: the path has an empty part; write the keys and ids separated by single dots, e.g. bands.high.above"
    )]
    EmptySegment(String),
    #[error("`{0}`: the value is empty; write it as in the criteria file (`''` for an empty text)")]
    EmptyValue(String),
    #[error("`{arg}`: the value is not one value as the criteria file would write it: {why}")]
    NotOneValue { arg: String, why: &'static str },
}

impl Override {
    /// Reads `PATH=VALUE`. The value must be one YAML value that reads the
    /// same inside a line of the file as inside brackets, so splicing it
    /// cannot change the structure around it.
    pub fn parse(arg: &str) -> Result<Override, OverrideError> {
        let Some((path, value)) = arg.split_once('=') else {
            return Err(OverrideError::NoValue(arg.to_string()));
        };
        let segments: Vec<Segment> = path
            .trim()
            .split('.')
            .map(|s| Segment(s.trim().to_string()))
            .collect();
        if segments.iter().any(|s| s.0.is_empty()) {
            return Err(OverrideError::EmptySegment(arg.to_string()));
        }
        let value = value.trim();
        if value.is_empty() {
            return Err(OverrideError::EmptyValue(arg.to_string()));
        }
        one_value(value).map_err(|why| OverrideError::NotOneValue {
            arg: arg.to_string(),
            why,
        })?;
        Ok(Override {
            path: OverridePath(segments),
            value: value.to_string(),
        })
    }
}

/// How the override is written on the command line, to name it in messages.
impl fmt::Display for Override {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "--set {}={}", self.path, self.value)
    }
}

/// Checks that `value` is a single YAML value on one line: read inside
/// brackets (the strictest place a value can stand), it must be the one
/// item, and a list or mapping must be written in brackets of its own.
fn one_value(value: &str) -> Result<(), &'static str> {
    if value.chars().any(char::is_control) {
        return Err("it holds a line break or another control character");
    }
    let wrapped = format!("[{value}]");
    let (mut depth, mut items) = (0usize, 0usize);
    for event in Parser::new_from_str(&wrapped) {
        let (event, span) = event.map_err(|_| "it does not read as YAML; quote a text")?;
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let opens = span
                    .start
                    .byte_offset()
                    .and_then(|at| wrapped.get(at..))
                    .is_some_and(|rest| rest.starts_with(['[', '{']));
                if depth == 1 {
                    items += 1;
                    if !opens {
                        return Err(
                            "a `key: value` pair must be quoted as a text or written in braces, e.g. {evidence: 60, jury: 40}",
                        );
                    }
                }
                depth += 1;
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            Event::Scalar(..) | Event::Alias(..) if depth == 1 => items += 1,
            _ => {}
        }
    }
    match items {
        1 => Ok(()),
        _ => Err("it holds more than one value; quote a text with commas, e.g. 'a, b'"),
    }
}

/// An override as it was applied: what the file had in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub set: Override,
    /// The file's text the value replaced; `None` when the key was added.
    pub previous: Option<String>,
}

/// One spliced value: its range in the file's text, its range in the new
/// text, and the override it came from.
struct Splice {
    from: usize,
    to: usize,
    new_from: usize,
    new_to: usize,
    set: usize,
    /// Where a problem inside the new value is reported in the file.
    at: usize,
    /// From here (the value's key) up to `from`, a problem the parser
    /// reports is about the new value too.
    claim: usize,
}

/// A planned splice, before the new text is assembled.
struct Planned {
    from: usize,
    to: usize,
    text: String,
    set: usize,
    at: usize,
    claim: usize,
    /// Deeper additions at the same place go first, so each lands in its own mapping.
    depth: usize,
}

/// The criteria file's text with every override spliced in, and how to
/// point from the new text back into the file.
pub(super) struct Edited<'t> {
    bytes: Cow<'t, [u8]>,
    original: &'t str,
    splices: Vec<Splice>,
    applied: Vec<Applied>,
}

impl<'t> Edited<'t> {
    /// The file `bytes` with `overrides` spliced in; every override that
    /// leads nowhere, or two that change the same place, as diagnostics.
    pub(super) fn new(
        bytes: &'t [u8],
        overrides: &[Override],
    ) -> Result<Edited<'t>, Vec<Diagnostic>> {
        let unchanged = Edited {
            bytes: Cow::Borrowed(bytes),
            original: "",
            splices: Vec::new(),
            applied: Vec::new(),
        };
        if overrides.is_empty() {
            return Ok(unchanged);
        }
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok();
        let Some((text, tree)) = text.and_then(|t| Some((t, Tree::read(t)?))) else {
            // The file itself is broken: the parser says where, as without overrides.
            return Err(super::parse(bytes).err().unwrap_or_else(unfollowable));
        };
        let mut problems = Vec::new();
        let mut resolved: Vec<(usize, Resolved)> = Vec::new();
        for (i, set) in overrides.iter().enumerate() {
            match tree.resolve(&set.path) {
                Ok(r) => {
                    if let Some((j, _)) = resolved.iter().find(|(_, o)| overlaps(o, &r)) {
                        problems.push(twice(&tree, text, overrides, (*j, i), &r));
                    }
                    resolved.push((i, r));
                }
                Err(miss) => problems.push(missed(&tree, text, set, miss)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut applied = Vec::new();
        let mut planned = Vec::new();
        for (i, r) in &resolved {
            let set = overrides.get(*i).cloned().ok_or_else(unfollowable)?;
            let (plan, previous) = plan(&tree, text, &set, *i, r).ok_or_else(unfollowable)?;
            planned.push(plan);
            applied.push(Applied { set, previous });
        }
        Ok(assemble(text, planned, applied))
    }

    /// The text the parser reads.
    pub(super) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The result of loading the edited text, its places in the criteria
    /// file at `path` pointed back into the file, and the overrides recorded.
    pub(super) fn relocate(
        self,
        path: &Path,
        loaded: Result<LoadedCriteria, CriteriaError>,
    ) -> Result<LoadedCriteria, CriteriaError> {
        match loaded {
            Ok(mut loaded) => {
                for (file, d) in &mut loaded.notes {
                    if file == path {
                        self.relocate_diagnostic(d);
                    }
                }
                if let Some(jury) = loaded.criteria.jury.as_mut()
                    && jury.jurors_source == path
                {
                    for juror in &mut jury.jurors {
                        juror.institution_at = self.locate(juror.institution_at).0;
                    }
                }
                loaded.overrides = self.applied;
                Ok(loaded)
            }
            Err(CriteriaError::Invalid {
                path: file,
                mut diagnostics,
            }) => {
                if file == path {
                    for d in &mut diagnostics {
                        self.relocate_diagnostic(d);
                    }
                }
                Err(CriteriaError::Invalid {
                    path: file,
                    diagnostics,
                })
            }
            Err(other) => Err(other),
        }
    }

    fn relocate_diagnostic(&self, d: &mut Diagnostic) {
        let (at, set) = self.locate(Pos {
            line: d.line,
            column: d.column,
        });
        (d.line, d.column) = (at.line, at.column);
        if let Some(applied) = set.and_then(|i| self.applied.get(i)) {
            d.set_by = Some(applied.set.to_string());
        }
    }

    /// The place in the file of a place in the edited text, and the
    /// override whose value holds it, if one does.
    fn locate(&self, at: Pos) -> (Pos, Option<usize>) {
        if self.splices.is_empty() || at.line == 0 {
            return (at, None);
        }
        let edited = std::str::from_utf8(&self.bytes).unwrap_or_default();
        let offset = offset_of(edited, at);
        let mut shift: isize = 0;
        for s in &self.splices {
            if offset < s.new_from {
                break;
            }
            if offset < s.new_to {
                return (pos_of(self.original, s.at), Some(s.set));
            }
            shift += (s.new_to - s.new_from) as isize - (s.to - s.from) as isize;
        }
        let original = offset.saturating_add_signed(-shift);
        let claimed = self
            .splices
            .iter()
            .find(|s| (s.claim..s.from).contains(&original));
        (pos_of(self.original, original), claimed.map(|s| s.set))
    }
}

/// The file parses, yet its YAML cannot be followed to a value: not
/// expected, and never a reason to run without the overrides.
fn unfollowable() -> Vec<Diagnostic> {
    vec![Diagnostic::error(
        Code::Syntax,
        Pos { line: 1, column: 1 },
        "the criteria file cannot be followed to the values --set names",
        "run `langaward check` on the file without --set",
    )]
}

/// Two overrides change the same place when one's way is the start of the
/// other's: the same value, or a value inside one the other replaces.
fn overlaps(a: &Resolved, b: &Resolved) -> bool {
    a.steps.starts_with(&b.steps) || b.steps.starts_with(&a.steps)
}

/// Where a value goes and its text, and the file's text it replaces.
fn plan(
    tree: &Tree,
    text: &str,
    set: &Override,
    i: usize,
    r: &Resolved,
) -> Option<(Planned, Option<String>)> {
    let depth = r.steps.len();
    match &r.target {
        Target::Replace { node, entry } => {
            let node = tree.node(*node)?;
            let colon = entry.and_then(|(_, key_end)| after_colon(text, key_end));
            let from = colon.unwrap_or(node.start);
            let value = match colon {
                Some(_) => format!(" {}", set.value),
                None => set.value.clone(),
            };
            let previous = text.get(node.start..node.end)?.trim();
            let previous = if previous.is_empty() { "~" } else { previous };
            let plan = Planned {
                from,
                to: node.end.max(from),
                text: value,
                set: i,
                at: node.start,
                claim: entry.map_or(from, |(key_start, _)| key_start),
                depth,
            };
            Some((plan, Some(previous.to_string())))
        }
        Target::Insert { mapping, key } => {
            let node = tree.node(*mapping)?;
            let Shape::Mapping { flow, entries } = &node.shape else {
                return None;
            };
            let pair = format!("{key}: {}", set.value);
            let last = entries.last().and_then(|e| tree.node(e.value));
            let (from, text) = match (flow, last) {
                (true, Some(last)) => (last.end, format!(", {pair}")),
                (true, None) => (node.start + 1, pair),
                (false, _) => {
                    let line_start = text.get(..node.start)?.rfind('\n').map_or(0, |n| n + 1);
                    let indent = " ".repeat(text.get(line_start..node.start)?.chars().count());
                    match text.get(..node.end)?.ends_with('\n') {
                        true => (node.end, format!("{indent}{pair}\n")),
                        false => (node.end, format!("\n{indent}{pair}")),
                    }
                }
            };
            let plan = Planned {
                from,
                to: from,
                text,
                set: i,
                at: node.start,
                claim: from,
                depth,
            };
            Some((plan, None))
        }
    }
}

/// The new text from the file's text and the planned splices.
fn assemble<'t>(text: &'t str, mut planned: Vec<Planned>, applied: Vec<Applied>) -> Edited<'t> {
    planned.sort_by_key(|p| (p.from, p.from != p.to, std::cmp::Reverse(p.depth), p.set));
    let mut out = String::with_capacity(text.len() + 64);
    let mut cursor = 0;
    let mut splices = Vec::new();
    for p in planned {
        out.push_str(text.get(cursor..p.from).unwrap_or_default());
        let new_from = out.len();
        out.push_str(&p.text);
        splices.push(Splice {
            from: p.from,
            to: p.to,
            new_from,
            new_to: out.len(),
            set: p.set,
            at: p.at,
            claim: p.claim,
        });
        cursor = p.to;
    }
    out.push_str(text.get(cursor..).unwrap_or_default());
    Edited {
        bytes: Cow::Owned(out.into_bytes()),
        original: text,
        splices,
        applied,
    }
}

/// Two overrides (`first`, `second`) that change the same place.
fn twice(
    tree: &Tree,
    text: &str,
    overrides: &[Override],
    (first, second): (usize, usize),
    r: &Resolved,
) -> Diagnostic {
    let name = |i: usize| {
        overrides
            .get(i)
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    let node = match &r.target {
        Target::Replace { node, .. } => *node,
        Target::Insert { mapping, .. } => *mapping,
    };
    let at = pos_of(text, tree.node(node).map_or(0, |n| n.start));
    Diagnostic {
        set_by: Some(name(second)),
        ..Diagnostic::error(
            Code::OverrideTwice,
            at,
            format!("`{}` changes what `{}` changes", name(second), name(first)),
            "give each value once; a value set inside a block another --set replaces would be lost",
        )
    }
}

/// The line and column (1-based, in characters) of a byte offset.
fn pos_of(text: &str, offset: usize) -> Pos {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    Pos {
        line: before.matches('\n').count() as u64 + 1,
        column: before.get(line_start..).map_or(0, |l| l.chars().count()) as u64 + 1,
    }
}

/// The byte offset of a line and column (1-based, in characters).
fn offset_of(text: &str, at: Pos) -> usize {
    let skip = usize::try_from(at.line.saturating_sub(1)).unwrap_or(usize::MAX);
    let line_start: usize = text.split_inclusive('\n').take(skip).map(str::len).sum();
    let line = text.get(line_start..).unwrap_or_default();
    let column = usize::try_from(at.column.saturating_sub(1)).unwrap_or(usize::MAX);
    line_start
        + line
            .char_indices()
            .nth(column)
            .map_or(line.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{Criteria, RankStyle, Rule, TieBreak, load_with};
    use std::path::PathBuf;

    fn bundled() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/2026.yaml")
    }

    fn sets(args: &[&str]) -> Vec<Override> {
        args.iter().map(|a| Override::parse(a).unwrap()).collect()
    }

    fn loaded(args: &[&str]) -> LoadedCriteria {
        load_with(&bundled(), &sets(args)).unwrap_or_else(|e| panic!("{args:?}: {e:?}"))
    }

    fn errors(args: &[&str]) -> Vec<Diagnostic> {
        match load_with(&bundled(), &sets(args)) {
            Err(CriteriaError::Invalid { diagnostics, .. }) => diagnostics,
            other => panic!("{args:?} should make the criteria invalid: {other:?}"),
        }
    }

    /// Where `needle` stands in the bundled file, after `after`.
    fn place(after: &str, needle: &str) -> (u64, u64) {
        let text = std::fs::read_to_string(bundled()).unwrap();
        let from = text.find(after).unwrap();
        let at = from + text[from..].find(needle).unwrap();
        let pos = pos_of(&text, at);
        (pos.line, pos.column)
    }

    fn criterion<'c>(c: &'c Criteria, id: &str) -> &'c crate::criteria::Criterion {
        c.criteria.iter().find(|k| k.id == id).unwrap()
    }

    #[test]
    fn an_argument_is_a_path_and_one_value() {
        let set = Override::parse("criteria.communication.weight=50").unwrap();
        assert_eq!(set.path.to_string(), "criteria.communication.weight");
        assert_eq!(set.value, "50");
        assert_eq!(set.to_string(), "--set criteria.communication.weight=50");
        for ok in [
            "a = 5 ",
            "a='x, y'",
            "a=\"quoted: text\"",
            "a={evidence: 60, jury: 40}",
            "a=[services, jury]",
            "a=x=y",
            "a=-5",
            "a=''",
        ] {
            assert!(Override::parse(ok).is_ok(), "{ok}");
        }
        let fails = |arg: &str| Override::parse(arg).unwrap_err();
        assert_eq!(fails("weight"), OverrideError::NoValue("weight".into()));
        assert_eq!(
            fails("a..b=1"),
            OverrideError::EmptySegment("a..b=1".into())
        );
        assert_eq!(fails("=1"), OverrideError::EmptySegment("=1".into()));
        assert_eq!(fails("a= "), OverrideError::EmptyValue("a= ".into()));
        for not_one in [
            "a=x: y",
            "a=[1, 2",
            "a=1, 2",
            "a=5 # note",
            "a=*anchor",
            "a=x\ny",
        ] {
            assert!(
                matches!(fails(not_one), OverrideError::NotOneValue { .. }),
                "{not_one}"
            );
        }
    }

    #[test]
    fn a_value_replaces_the_one_in_the_file_and_the_old_one_is_kept() {
        let l = loaded(&[
            "criteria.communication.weight=45",
            "criteria.signage.weight=20",
        ]);
        assert_eq!(criterion(&l.criteria, "communication").weight, 45.0);
        assert_eq!(criterion(&l.criteria, "signage").weight, 20.0);
        let previous: Vec<Option<&str>> =
            l.overrides.iter().map(|a| a.previous.as_deref()).collect();
        assert_eq!(previous, [Some("40"), Some("25")]);
        let file = std::fs::read(bundled()).unwrap();
        assert_eq!(
            l.sha256,
            crate::digest::sha256_hex(&file),
            "the digest is the file's"
        );
        assert!(loaded(&[]).overrides.is_empty());
    }

    #[test]
    fn a_list_item_is_named_by_its_id_key_or_position() {
        let l = loaded(&[
            "criteria.communication.indicators.simultaneous.tolerance_hours=48",
            "sheets.communication.columns.words_sr.min=1",
            "ranking.tie_breaks.1=signage",
        ]);
        let simultaneous = &criterion(&l.criteria, "communication").indicators[0];
        assert!(matches!(
            simultaneous.rule,
            Rule::Simultaneity {
                tolerance_hours: 48.0,
                ..
            }
        ));
        let signage = l.criteria.criteria.iter().position(|k| k.id == "signage");
        assert_eq!(
            l.criteria.tie_breaks.first(),
            Some(&TieBreak::Criterion(crate::ix::CriterionIx::new(
                signage.unwrap()
            )))
        );
        let words = l.criteria.sheets[1]
            .columns
            .iter()
            .find(|c| c.key == "words_sr")
            .unwrap();
        assert!(matches!(
            words.ty,
            crate::criteria::ColumnType::Number { min: Some(1.0), .. }
        ));
    }

    #[test]
    fn a_whole_block_or_a_value_inside_brackets_can_be_set() {
        let l = loaded(&[
            "jury.weights={evidence: 60, jury: 40}",
            "ranking={tie_breaks: [services], style: dense}",
        ]);
        let jury = l.criteria.jury.as_ref().unwrap();
        assert_eq!((jury.evidence_weight, jury.jury_weight), (60.0, 40.0));
        assert_eq!(l.criteria.rank_style, RankStyle::Dense);
        assert_eq!(l.criteria.tie_breaks.len(), 1);
        assert_eq!(
            l.overrides[1]
                .previous
                .as_deref()
                .map(|p| p.lines().count()),
            Some(2),
            "the block the value replaced, from its first key"
        );
        let l = loaded(&["jury.weights.evidence=50", "jury.weights.jury=50"]);
        let jury = l.criteria.jury.as_ref().unwrap();
        assert_eq!((jury.evidence_weight, jury.jury_weight), (50.0, 50.0));
    }

    #[test]
    fn a_key_the_file_lacks_is_added_to_its_block() {
        let l = loaded(&[
            "criteria.communication.in_official_use=true",
            "categories.ministries.weights={evidence: 80, jury: 20}",
        ]);
        assert!(criterion(&l.criteria, "communication").in_official_use);
        let ministries = &l.criteria.categories[0];
        assert_eq!(ministries.weights.map(|w| w.evidence), Some(80.0));
        assert_eq!(l.overrides[0].previous, None);
    }

    /// A value a `--set` makes invalid is reported where the file has the
    /// value it replaced, naming the argument; other places keep theirs,
    /// however much the spliced text moved them.
    #[test]
    fn a_problem_is_located_in_the_file_and_names_its_argument() {
        let found = errors(&["criteria.communication.weight=-5"]);
        let d = found
            .iter()
            .find(|d| d.code == Code::WeightInvalid)
            .unwrap();
        assert_eq!((d.line, d.column), place("  - id: communication\n", "40\n"));
        assert_eq!(
            d.set_by.as_deref(),
            Some("--set criteria.communication.weight=-5")
        );
        let found = errors(&[
            "award={sq: A, sr: B, en: C}",
            "criteria.communication.weight=50",
        ]);
        let sum = found.iter().find(|d| d.code == Code::WeightSum).unwrap();
        assert_eq!(
            (sum.line, sum.column),
            place("  - id: signage\n", "25\n"),
            "the last weight, after a block of four lines became one"
        );
        assert_eq!(sum.set_by, None);
    }

    #[test]
    fn overrides_that_make_the_criteria_invalid_are_rejected_with_a_place() {
        let cases: [(&str, &[&str]); 10] = [
            (
                "a path naming nothing",
                &["criteria.comunication.weight=50"],
            ),
            ("a path past a value", &["bands.high.above.x=1"]),
            ("a list position too far", &["ranking.tie_breaks.9=jury"]),
            ("a negative weight", &["criteria.communication.weight=-5"]),
            (
                "a weight that is text",
                &["criteria.communication.weight=abc"],
            ),
            (
                "weights no longer summing to 100",
                &["criteria.communication.weight=50"],
            ),
            ("a gap between bands", &["bands.high.above=70"]),
            (
                "a misspelt key added",
                &["criteria.communication.wieght=40"],
            ),
            (
                "a key added to a block in brackets",
                &["kinds.ministry.name.sr_cyrl=X"],
            ),
            (
                "the same place set twice",
                &[
                    "jury.weights={evidence: 60, jury: 40}",
                    "jury.weights.jury=40",
                ],
            ),
        ];
        let rendered: Vec<String> = cases
            .iter()
            .map(|(name, args)| {
                let lines: Vec<String> = errors(args)
                    .iter()
                    .map(|d| d.located(Path::new("2026.yaml")).to_string())
                    .collect();
                format!("## {name}\n{}\n", lines.join("\n"))
            })
            .collect();
        insta::assert_snapshot!(rendered.join("\n"));
    }

    #[test]
    fn offsets_and_places_convert_both_ways() {
        let text = "a: 1\nëb: 2\n";
        for offset in [0, 3, 5, 7, 9] {
            assert_eq!(offset_of(text, pos_of(text, offset)), offset);
        }
        assert_eq!(pos_of(text, 7), Pos { line: 2, column: 2 });
    }

    #[test]
    fn a_file_that_is_not_yaml_is_reported_as_without_overrides() {
        let broken = b"edition: 2026\naward: \"unclosed\n";
        let Err(problems) = Edited::new(broken, &sets(&["edition=2027"])) else {
            panic!("a broken file cannot be edited");
        };
        assert_eq!(problems, crate::criteria::parse(broken).unwrap_err());
    }
}
