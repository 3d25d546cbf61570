//! A compiled page written into its file as it is made: a report page holds
//! a row for every applicant, and growing it whole in memory before writing
//! it cost more in fresh pages of memory than writing its text did.

use super::escape::Html;
use std::io::{self, Write};
use std::ops::{Deref, DerefMut};

/// How much text is kept before it is handed to the file: at least the
/// file's own buffer, so each hand-over is written through without a copy.
const CHUNK: usize = 64 * 1024;

/// A page's text, handed to `out` a chunk at a time.
pub(super) struct Streamed<'o> {
    w: Html,
    out: &'o mut dyn Write,
    /// The first write that failed; nothing more is written after it.
    failed: Option<io::Error>,
}

impl<'o> Streamed<'o> {
    pub(super) fn new(out: &'o mut dyn Write) -> Streamed<'o> {
        Streamed {
            w: Html(String::with_capacity(CHUNK + CHUNK / 4)),
            out,
            failed: None,
        }
    }

    /// Hands the text written so far to the file once there is a chunk of
    /// it; called after each row of a long table.
    pub(super) fn spill(&mut self) {
        if self.w.0.len() >= CHUNK {
            self.hand_over();
        }
    }

    fn hand_over(&mut self) {
        if self.failed.is_none()
            && let Err(e) = self.out.write_all(self.w.0.as_bytes())
        {
            self.failed = Some(e);
        }
        self.w.0.clear();
    }

    /// Writes the rest; the first error of any write, if one failed.
    pub(super) fn finish(mut self) -> io::Result<()> {
        self.hand_over();
        self.failed.map_or(Ok(()), Err)
    }
}

impl Deref for Streamed<'_> {
    type Target = Html;

    fn deref(&self) -> &Html {
        &self.w
    }
}

impl DerefMut for Streamed<'_> {
    fn deref_mut(&mut self) -> &mut Html {
        &mut self.w
    }
}

impl AsMut<Html> for Streamed<'_> {
    fn as_mut(&mut self) -> &mut Html {
        &mut self.w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_page_arrives_whole_in_chunks() {
        let mut out = Vec::new();
        let mut w = Streamed::new(&mut out);
        let mut whole = String::new();
        for k in 0..20_000 {
            let row = format!("<tr><td>{k} & more</td></tr>\n");
            w.text(&row);
            whole.push_str(&minijinja::HtmlEscape(&row).to_string());
            w.spill();
            assert!(w.0.len() < CHUNK + 100);
        }
        w.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole);
    }

    #[test]
    fn the_first_failed_write_is_returned() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::other("disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut full = Full;
        let mut w = Streamed::new(&mut full);
        w.raw(&"x".repeat(CHUNK));
        w.spill();
        w.raw("more");
        let e = w.finish().unwrap_err();
        assert_eq!(e.to_string(), "disk full");
    }
}
