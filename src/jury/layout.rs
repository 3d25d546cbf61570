//! The layout of a juror's marking sheet: the names the sheet writer gives
//! its sheets and columns and the reader finds them by. Kept here, beside the
//! reader, so the jury module never depends on the writer above it.

/// The marks sheet's columns, which [`super::marks`] (and the sheets `forms::juror` writes) finds by these names.
pub const HEADERS: [&str; 8] = [
    "Category",
    "Institution ID",
    "Institution",
    "Criterion",
    "Evidence score",
    "Mark",
    "Comment",
    "Conflict of interest",
];

/// The sheet of marks.
pub const MARKS_SHEET: &str = "Marks";
/// The sheet that says whose marks these are, for which edition.
pub const ABOUT_SHEET: &str = "Juror";
/// Labels in column A of [`ABOUT_SHEET`]: juror id, name, edition.
pub const ABOUT_LABELS: [&str; 3] = ["Juror ID", "Name", "Edition"];
