//! Files and folders named on the command line. One that does not exist is
//! a slip of the keyboard far more often than an empty edition, so it is
//! refused before anything is read or written, with the nearest existing
//! name beside it instead of a report that says nobody applied.

use std::fmt;
use std::path::{Path, PathBuf};

/// A named path that does not exist, and the sibling it probably meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub path: PathBuf,
    /// The closest existing name in the same folder, spelt as the path was
    /// (same folder prefix), so it can be pasted back into the command.
    pub suggestion: Option<PathBuf>,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: no such file or folder", self.path.display())?;
        match &self.suggestion {
            Some(near) => write!(f, "; did you mean `{}`?", near.display()),
            None => Ok(()),
        }
    }
}

impl std::error::Error for Missing {}

/// Every path of `paths` that does not exist, in the order given; empty
/// when all do. A broken symbolic link counts as missing: nothing can be
/// read through it.
pub fn missing(paths: &[PathBuf]) -> Vec<Missing> {
    paths
        .iter()
        .filter(|p| !p.exists())
        .map(|p| Missing {
            path: p.clone(),
            suggestion: sibling(p),
        })
        .collect()
}

/// The existing entry of `path`'s folder whose name is closest to its own.
fn sibling(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let parent = path.parent().unwrap_or(Path::new(""));
    let listed = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let mut names: Vec<String> = std::fs::read_dir(listed)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // Sorted, so equally close names always give the same suggestion.
    names.sort();
    let near = crate::text::nearest(&name, names.iter().map(String::as_str))?;
    Some(parent.join(near))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_folder_is_missing_with_its_sibling_suggested() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("submissions")).unwrap();
        std::fs::create_dir(dir.path().join("jury")).unwrap();
        let typed = dir.path().join("submissons");
        let found = missing(&[dir.path().join("jury"), typed.clone()]);
        assert_eq!(
            found,
            [Missing {
                path: typed,
                suggestion: Some(dir.path().join("submissions")),
            }]
        );
        assert_eq!(
            missing(&[dir.path().join("elsewhere")])[0].suggestion,
            None,
            "nothing close: no guess"
        );
        let shown = Missing {
            path: "submissons".into(),
            suggestion: Some("submissions".into()),
        }
        .to_string();
        assert_eq!(
            shown,
            "submissons: no such file or folder; did you mean `submissions`?"
        );
    }
}
