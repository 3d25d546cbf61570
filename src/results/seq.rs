//! The streaming side of results.json: its two long lists written one
//! element at a time, straight from the evaluation.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A list in results.json: read back, the elements themselves; written, a
/// length and a function that makes each element as it is reached, so a
/// large edition is serialised without a second copy of its scorecards.
pub struct Seq<'a, T> {
    source: Source<'a, T>,
}

enum Source<'a, T> {
    Items(Vec<T>),
    Made {
        len: usize,
        make: Box<dyn Fn(usize) -> Option<T> + 'a>,
    },
}

impl<'a, T> Seq<'a, T> {
    /// `len` elements, the `i`-th made by `make(i)` each time it is visited.
    pub(crate) fn made(len: usize, make: impl Fn(usize) -> Option<T> + 'a) -> Self {
        Seq {
            source: Source::Made {
                len,
                make: Box::new(make),
            },
        }
    }

    pub fn len(&self) -> usize {
        match &self.source {
            Source::Items(items) => items.len(),
            Source::Made { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements in order: borrowed when read, made one by one when written.
    pub fn iter(&self) -> Iter<'_, 'a, T>
    where
        T: Clone,
    {
        Iter { seq: self, next: 0 }
    }
}

impl<T> From<Vec<T>> for Seq<'_, T> {
    fn from(items: Vec<T>) -> Self {
        Seq {
            source: Source::Items(items),
        }
    }
}

/// The elements of a [`Seq`], in order.
pub struct Iter<'s, 'a, T> {
    seq: &'s Seq<'a, T>,
    next: usize,
}

impl<'s, T: Clone> Iterator for Iter<'s, '_, T> {
    type Item = Cow<'s, T>;

    fn next(&mut self) -> Option<Cow<'s, T>> {
        let item = match &self.seq.source {
            Source::Items(items) => Cow::Borrowed(items.get(self.next)?),
            Source::Made { len, make } if self.next < *len => Cow::Owned(make(self.next)?),
            Source::Made { .. } => return None,
        };
        self.next += 1;
        Some(item)
    }
}

impl<T: Clone + Serialize> Serialize for Seq<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Seq<'_, T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::deserialize(d).map(Seq::from)
    }
}

impl<T: Clone + fmt::Debug> fmt::Debug for Seq<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Equal when the elements are, however each side holds them: a written
/// document equals the same document read back.
impl<T: Clone + PartialEq> PartialEq for Seq<'_, T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}
