//! Reads a juror's filled sheet back with the care given to submissions:
//! the file is opened the same guarded way, every unusable cell becomes a
//! finding with its place, and one bad row never costs the rest.

use super::layout::{
    ABOUT_LABELS, ABOUT_SHEET, HEADERS, Key, MARKS_SHEET, Names, WHOLE, conflict_key,
};
use super::{Aspect, Candidate, Conflict, Mark, Recusal};
use crate::criteria::{Criteria, Jury};
use crate::ix::{ApplicantIx, PerApplicant, PerCriterion};
use crate::submission::cells::{as_text, folded_text, number};
use crate::submission::grid::{Book, Cell};
use crate::submission::{CellRef, Finding, FindingCode, Limits, Read, open_with};
use crate::text::{FoldedSet, fold};
use calamine::Data;
use std::collections::HashMap;
use std::path::Path;

/// What one juror's sheet holds.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub juror: usize,
    pub marks: Vec<Mark>,
    pub recusals: Vec<Recusal>,
}

/// What reading needs besides the file: the criteria and the applicants the
/// marks may refer to.
pub struct Context<'a> {
    pub criteria: &'a Criteria,
    pub jury: &'a Jury,
    pub candidates: &'a [Candidate<'a>],
}

/// Reads one juror's sheet; `file` is the name reports show.
pub fn read(path: &Path, file: &str, cx: &Context, limits: &Limits) -> Read<Sheet> {
    open_with(path, limits, |book, findings| {
        let mut budget = limits.max_cells;
        let (about, about_cells) = sheet_cells(book, ABOUT_SHEET, limits, &mut budget)?;
        let juror = juror(&about, &about_cells, cx)?;
        let (marks_sheet, grid) = sheet_cells(book, MARKS_SHEET, limits, &mut budget)?;
        rows(&marks_sheet, &grid, file, juror, cx, findings)
    })
}

/// How much of a juror's work a sheet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filled {
    /// Rows with something in the Mark column, readable or not.
    pub marks: usize,
    /// Rows with a reason in the conflict-of-interest column.
    pub conflicts: usize,
}

impl Filled {
    /// Whether a juror wrote anything at all that would be lost if the
    /// sheet were replaced by a blank one.
    pub fn any(&self) -> bool {
        self.marks + self.conflicts > 0
    }
}

/// What a juror has written into a sheet, found the way [`read`] finds it,
/// but without judging it: a mark off the scale is still a juror's work.
/// `None` when the file is no juror sheet langaward can open (no Marks
/// sheet with its header).
pub fn filled(path: &Path, limits: &Limits) -> Option<Filled> {
    let counted = open_with(path, limits, |book, _| {
        let mut budget = limits.max_cells;
        let (sheet, grid) = sheet_cells(book, MARKS_SHEET, limits, &mut budget)?;
        let cols = columns(&sheet, &grid)?;
        let mut filled = Filled::default();
        for row in grid
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|r| r.first().is_some_and(|c| c.0 > 0))
        {
            filled.marks += usize::from(cell_in(row, cols.mark).is_some());
            filled.conflicts += usize::from(cell_in(row, cols.conflict).is_some());
        }
        Ok(filled)
    });
    match counted {
        Read::Usable { value, .. } => Some(*value),
        Read::Rejected { .. } | Read::Skipped { .. } => None,
    }
}

/// The named sheet (found ignoring case and diacritics) and its cells, or
/// J001 listing the sheets the workbook has instead.
fn sheet_cells(
    book: &mut Book,
    name: Key,
    limits: &Limits,
    budget: &mut usize,
) -> Result<(String, Vec<Cell>), Finding> {
    let sheets = book.sheets();
    let wanted = Names::of(name);
    let Some(found) = sheets.iter().find(|s| wanted.contains(&fold(&s.name))) else {
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        return Err(Finding::new(FindingCode::J001)
            .arg("sheet", wanted.shown)
            .arg("found", names.join(", ")));
    };
    let found = found.name.clone();
    let grid = cells(book, &found, limits, budget)?;
    Ok((found, grid))
}

/// A row's non-blank value in column `col`.
fn cell_in(row: &[Cell], col: u32) -> Option<&Data> {
    row.iter()
        .find(|(_, c, _)| *c == col)
        .map(|(_, _, v)| v)
        .filter(|v| !as_text(v).trim().is_empty())
}

fn cells(
    book: &mut Book,
    sheet: &str,
    limits: &Limits,
    budget: &mut usize,
) -> Result<Vec<Cell>, Finding> {
    let whole = CellRef {
        sheet: sheet.to_string(),
        row: 0,
        column: None,
    };
    book.cells(sheet, limits, budget)
        .map(|c| c.cells)
        .map_err(|e| e.finding().at(whole))
}

/// The juror the sheet belongs to, from the `Juror ID` and `Edition` rows.
fn juror(sheet: &str, cells: &[Cell], cx: &Context) -> Result<usize, Finding> {
    let value = |label: Key| {
        let label = Names::of(label);
        let row = cells
            .iter()
            .find(|(_, c, v)| *c == 0 && label.contains(&folded_text(v)))
            .map(|(r, _, _)| *r);
        let at = CellRef::cell(sheet, row.unwrap_or(0), 1);
        let text = row.and_then(|r| {
            cells
                .iter()
                .find(|(rr, c, _)| *rr == r && *c == 1)
                .map(|(_, _, v)| as_text(v).trim().to_string())
        });
        (text.filter(|t| !t.is_empty()), at)
    };
    let (id, at) = value(ABOUT_LABELS[0]);
    let Some(id) = id else {
        return Err(Finding::new(FindingCode::J002).at(at));
    };
    let Some(index) = cx.jury.jurors.iter().position(|j| fold(&j.id) == fold(&id)) else {
        let known: Vec<&str> = cx.jury.jurors.iter().map(|j| j.id.as_str()).collect();
        return Err(Finding::new(FindingCode::J003)
            .at(at)
            .arg("id", id)
            .arg("known", known.join(", ")));
    };
    let (edition, at) = value(ABOUT_LABELS[2]);
    if let Some(edition) = edition
        && edition != cx.criteria.edition.to_string()
    {
        return Err(Finding::new(FindingCode::J006)
            .at(at)
            .arg("edition", edition)
            .arg("expected", cx.criteria.edition));
    }
    Ok(index)
}

/// Column positions of the marks sheet, found by header name.
struct Columns {
    id: u32,
    criterion: u32,
    mark: u32,
    conflict: u32,
}

fn columns(sheet: &str, cells: &[Cell]) -> Result<Columns, Finding> {
    let header: Vec<(u32, String)> = cells
        .iter()
        .take_while(|(r, _, _)| *r == 0)
        .map(|(_, c, v)| (*c, folded_text(v)))
        .collect();
    // Where each column stands on the sheets langaward writes.
    let [_, id, _, criterion, _, mark, _, conflict] = HEADERS;
    let find = |i: u32, key: Key| {
        let wanted = Names::of(key);
        header
            .iter()
            .find(|(_, h)| wanted.contains(h))
            .map(|(c, _)| *c)
            .ok_or_else(|| {
                Finding::new(FindingCode::J005)
                    .at(CellRef::cell(sheet, 0, i))
                    .arg("header", &wanted.shown)
            })
    };
    Ok(Columns {
        id: find(1, id)?,
        criterion: find(3, criterion)?,
        mark: find(5, mark)?,
        conflict: find(7, conflict)?,
    })
}

/// Every marked row of the Marks sheet: marks and declared conflicts, each
/// unusable row a finding.
fn rows(
    sheet: &str,
    cells: &[Cell],
    file: &str,
    juror: usize,
    cx: &Context,
    findings: &mut Vec<Finding>,
) -> Result<Sheet, Finding> {
    let who = cx.jury.jurors.get(juror);
    let mut reading = Reading {
        sheet,
        file,
        cx,
        cols: columns(sheet, cells)?,
        categories: who.map_or(&[][..], |j| &j.categories[..]),
        own: who.and_then(|j| j.institution.as_deref()).map(fold),
        index: cx
            .candidates
            .indexed()
            .map(|(i, c)| (fold(c.id), i))
            .collect(),
        criteria: cx
            .criteria
            .criteria
            .iter()
            .map(|k| FoldedSet::new(std::iter::once(k.id.as_str()).chain(k.name.all())))
            .collect(),
        whole: Names::of(WHOLE),
        first: HashMap::new(),
        out: Sheet {
            juror,
            marks: Vec::new(),
            recusals: Vec::new(),
        },
        blank: Vec::new(),
    };
    for row in cells.chunk_by(|a, b| a.0 == b.0) {
        if let Some(r) = row.first().map(|c| c.0).filter(|&r| r > 0) {
            reading.row(row, r, findings);
        }
    }
    Ok(reading.finish(findings))
}

/// The Marks sheet as it is read, row by row.
struct Reading<'a> {
    sheet: &'a str,
    file: &'a str,
    cx: &'a Context<'a>,
    cols: Columns,
    /// The categories the juror marks.
    categories: &'a [usize],
    /// The juror's own institution, folded.
    own: Option<String>,
    /// Each applicant by its id, folded.
    index: HashMap<String, ApplicantIx>,
    /// Each criterion's id and names, folded once for every row.
    criteria: Vec<FoldedSet>,
    /// What a nominee's row names instead of a criterion, folded.
    whole: Names,
    /// Where each applicant and criterion was first marked.
    first: HashMap<(ApplicantIx, Aspect), CellRef>,
    out: Sheet,
    /// Rows with neither mark nor conflict, by applicant id: an applicant
    /// the juror declared a conflict for anywhere needs no marks.
    blank: Vec<String>,
}

impl Reading<'_> {
    /// One row, `r` its 0-based row number.
    fn row(&mut self, row: &[Cell], r: u32, findings: &mut Vec<Finding>) {
        let cols = &self.cols;
        let at = |col: u32| CellRef::cell(self.sheet, r, col);
        let get = |col: u32| cell_in(row, col);
        let (id, mark, conflict) = (get(cols.id), get(cols.mark), get(cols.conflict));
        if mark.is_none() && conflict.is_none() {
            if let Some(id) = id {
                self.blank.push(folded_text(id));
            }
            return;
        }
        let id = id.map(|v| as_text(v).trim().to_string());
        let Some((applicant, id)) = self.applicant(id, at(cols.id), findings) else {
            return;
        };
        let own_institution = self.own.as_deref() == Some(fold(&id).as_str());
        let declared = conflict.map(|v| reason(v, at(cols.conflict), findings));
        let recusal = match (declared, own_institution) {
            (_, true) => Some((Conflict::OwnInstitution, None, at(cols.id))),
            (Some((reason, note)), false) => Some((reason, note, at(cols.conflict))),
            (None, false) => None,
        };
        if let Some((reason, note, place)) = recusal {
            if !self.out.recusals.iter().any(|x| x.applicant == applicant) {
                if own_institution {
                    findings.push(
                        Finding::new(FindingCode::J017)
                            .at(place.clone())
                            .arg("id", &id),
                    );
                }
                self.out.recusals.push(Recusal {
                    juror: self.out.juror,
                    applicant,
                    reason,
                    note,
                    file: Some(self.file.to_string()),
                    at: Some(place),
                });
            }
            if mark.is_some() {
                findings.push(
                    Finding::new(FindingCode::J021)
                        .at(at(cols.mark))
                        .arg("id", &id),
                );
            }
            return;
        }
        if let Some(mark) = mark {
            let criterion = get(cols.criterion).map(as_text).unwrap_or_default();
            self.mark(applicant, &criterion, mark, r, findings);
        }
    }

    /// The applicant a row names, with its id as written, when the juror
    /// may mark it: it exists, it is ranked, and it is in one of the
    /// juror's categories.
    fn applicant(
        &self,
        id: Option<String>,
        at: CellRef,
        findings: &mut Vec<Finding>,
    ) -> Option<(ApplicantIx, String)> {
        let Some(id) = id else {
            findings.push(Finding::new(FindingCode::J010).at(at).arg("id", ""));
            return None;
        };
        let found = self
            .index
            .get(&fold(&id))
            .and_then(|&i| self.cx.candidates.at(i).map(|c| (i, c)));
        let code = match found {
            None => FindingCode::J010,
            Some((_, candidate)) if !candidate.ranked => FindingCode::J019,
            Some((_, candidate))
                if !candidate
                    .category
                    .is_some_and(|k| self.categories.contains(&k)) =>
            {
                FindingCode::J018
            }
            Some((applicant, _)) => return Some((applicant, id)),
        };
        findings.push(Finding::new(code).at(at).arg("id", &id));
        None
    }

    /// What a row's criterion cell names: one of the criteria, or, on a
    /// nominee's row, the nominee as a whole (the cell may then be empty).
    fn aspect(&self, applicant: ApplicantIx, criterion: &str) -> Option<Aspect> {
        let folded = fold(criterion);
        let nominee = self.cx.candidates.at(applicant).is_some_and(|c| c.nominee);
        if nominee {
            return (folded.is_empty() || self.whole.contains(&folded)).then_some(Aspect::Whole);
        }
        self.criteria
            .by_criterion()
            .find(|(_, k)| k.contains(&folded))
            .map(|(k, _)| Aspect::Criterion(k))
    }

    /// A mark for `applicant` on the criterion named `criterion`, kept when
    /// it is on the scale and the first for that applicant and criterion.
    fn mark(
        &mut self,
        applicant: ApplicantIx,
        criterion: &str,
        mark: &Data,
        r: u32,
        findings: &mut Vec<Finding>,
    ) {
        let cols = &self.cols;
        let at = |col: u32| CellRef::cell(self.sheet, r, col);
        let Some(aspect) = self.aspect(applicant, criterion) else {
            findings.push(
                Finding::new(FindingCode::J011)
                    .at(at(cols.criterion))
                    .arg("criterion", criterion),
            );
            return;
        };
        let Some(value) = value(mark, self.cx.jury, at(cols.mark), findings) else {
            return;
        };
        if let Some(first) = self.first.get(&(applicant, aspect)) {
            findings.push(
                Finding::new(FindingCode::J016)
                    .at(at(cols.mark))
                    .arg("first", first),
            );
            return;
        }
        self.first.insert((applicant, aspect), at(cols.mark));
        self.out.marks.push(Mark {
            juror: self.out.juror,
            applicant,
            aspect,
            value,
            file: self.file.to_string(),
            at: at(cols.mark),
        });
    }

    /// A conflict declared on one row covers the applicant's other rows
    /// too: their marks are dropped, and they need none.
    fn finish(mut self, findings: &mut Vec<Finding>) -> Sheet {
        let cx = self.cx;
        let out = &mut self.out;
        let recused: Vec<ApplicantIx> = out.recusals.iter().map(|r| r.applicant).collect();
        out.marks.retain(|m| {
            let keep = !recused.contains(&m.applicant);
            if !keep {
                let id = cx.candidates.at(m.applicant).map_or("", |c| c.id);
                findings.push(
                    Finding::new(FindingCode::J021)
                        .at(m.at.clone())
                        .arg("id", id),
                );
            }
            keep
        });
        let recused_ids: Vec<String> = out
            .recusals
            .iter()
            .filter_map(|r| cx.candidates.at(r.applicant).map(|c| fold(c.id)))
            .collect();
        self.blank.retain(|id| !recused_ids.contains(id));
        if !self.blank.is_empty() {
            findings.push(
                Finding::new(FindingCode::J020)
                    .at(CellRef {
                        sheet: self.sheet.to_string(),
                        row: 0,
                        column: None,
                    })
                    .count("count", self.blank.len()),
            );
        }
        self.out
    }
}

/// The reason in a conflict cell, as the dropdown offers it in any
/// language; words not in the list count as "other" and are kept.
fn reason(v: &Data, at: CellRef, findings: &mut Vec<Finding>) -> (Conflict, Option<String>) {
    let text = as_text(v).trim().to_string();
    let folded = fold(&text);
    match Conflict::ALL
        .into_iter()
        .find(|&c| fold(c.as_str()) == folded || Names::of(conflict_key(c)).contains(&folded))
    {
        Some(conflict) => (conflict, None),
        None => {
            findings.push(Finding::new(FindingCode::J015).at(at).arg("reason", &text));
            (Conflict::Other, Some(text))
        }
    }
}

/// A mark on the scale and step, or a finding saying what was expected.
fn value(v: &Data, jury: &Jury, at: CellRef, findings: &mut Vec<Finding>) -> Option<f64> {
    let scale = |f: Finding| {
        let f = f.at(at.clone()).arg("min", jury.min).arg("max", jury.max);
        match jury.step {
            Some(step) => f.arg("step", step),
            None => f.arg("step", "any"),
        }
    };
    let Some(x) = number(v) else {
        findings.push(scale(Finding::new(FindingCode::J012)).arg("value", as_text(v)));
        return None;
    };
    if !(jury.min..=jury.max).contains(&x) {
        findings.push(scale(Finding::new(FindingCode::J013)).arg("value", x));
        return None;
    }
    if let Some(step) = jury.step {
        let steps = (x - jury.min) / step;
        if (steps - steps.round()).abs() > 1e-6 {
            findings.push(scale(Finding::new(FindingCode::J014)).arg("value", x));
            return None;
        }
    }
    Some(x)
}
