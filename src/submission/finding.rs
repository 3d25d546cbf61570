//! Findings about input files: a stable code, a place, and the values that
//! fill the code's message in each report language.

use super::{CellRef, FindingCode};
use crate::i18n::{Arg, Lang, Messages, Number, Value};
use serde::Serialize;
use serde::ser::SerializeStruct;
use std::fmt;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not a submission at all: said, not held against anyone.
    Note,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The code says what was found and how bad it is.
    pub code: FindingCode,
    pub at: Option<CellRef>,
    /// Values for the placeholders of the message `finding_<code>`.
    pub args: Vec<(&'static str, Value)>,
}

/// English is what the terminal, CSV and JSON say; pages use their own language.
static ENGLISH: LazyLock<Option<Messages>> = LazyLock::new(|| Messages::load(Lang::En).ok());

impl Finding {
    pub fn new(code: FindingCode) -> Finding {
        Finding {
            code,
            at: None,
            args: Vec::new(),
        }
    }

    /// The code's level: an error rejects the file, a warning is held
    /// against it, a note is said only.
    pub fn level(&self) -> Level {
        self.code.level()
    }

    pub fn at(mut self, at: impl Into<Option<CellRef>>) -> Finding {
        self.at = at.into();
        self
    }

    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Finding {
        self.args.push((name, Value::Text(value.to_string())));
        self
    }

    /// A count the message's words agree with ("1 sheet", "3 sheets").
    pub fn count(mut self, name: &'static str, n: impl Into<Number>) -> Finding {
        self.args.push((name, Value::Number(n.into())));
        self
    }

    /// The message in the catalogue's language, without the place.
    pub fn message(&self, m: &Messages) -> String {
        let args: Vec<(&str, &dyn Arg)> =
            self.args.iter().map(|(k, v)| (*k, v as &dyn Arg)).collect();
        m.fill(self.code.message_key(), &args)
    }

    pub fn english(&self) -> String {
        match ENGLISH.as_ref() {
            Some(m) => self.message(m),
            None => self.code.as_str().to_string(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{at}: {} [{}]", self.english(), self.code),
            None => write!(f, "{} [{}]", self.english(), self.code),
        }
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Finding", 4)?;
        st.serialize_field("code", self.code.as_str())?;
        st.serialize_field("level", &self.level())?;
        st.serialize_field("at", &self.at)?;
        st.serialize_field("message", &self.english())?;
        st.end()
    }
}
