//! Where a JSON path sits in the text: line and column for error messages.
//!
//! serde_json's values do not keep their positions, so this module scans the
//! text once more, only along the path asked for. A key's position is the
//! key itself (where a typo is); an index's is the value. A path that goes
//! past what the text holds (a missing field) stops at the deepest part that
//! exists, which is the object the field belongs in. Text that is not JSON
//! gives no position; its syntax error already has one.

use crate::story::{JsonPath, Segment};

/// The 1-based line and column (in characters) where `path` is found.
pub fn locate(text: &str, path: &JsonPath) -> Option<(usize, usize)> {
    let mut scan = Scanner { bytes: text.as_bytes(), at: 0 };
    scan.whitespace();
    let mut found = scan.at;
    for segment in &path.0 {
        match (segment, scan.peek()?) {
            (Segment::Key(wanted), b'{') => match scan.find_key(wanted)? {
                Some(key_at) => found = key_at,
                None => break,
            },
            (Segment::Index(wanted), b'[') => match scan.find_index(*wanted)? {
                Some(value_at) => found = value_at,
                None => break,
            },
            _ => break,
        }
    }
    Some(line_column(text, found))
}

/// serde_json's line and column of a syntax error as this module's: serde_json
/// counts columns in bytes, and 0 before a line's first byte (empty text, a
/// root that is not an object); here they are 1-based, in characters.
pub fn from_serde(text: &str, line: usize, column: usize) -> (usize, usize) {
    let line_start = match line {
        0 | 1 => 0,
        _ => text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1),
    };
    // serde_json's column is that of the byte it stopped at, counted from 1.
    let mut offset = (line_start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    line_column(text, offset)
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.whitespace();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Reads a string and returns its raw contents (escapes left as written).
    fn string(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.at;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => break,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        let bytes: &'a [u8] = self.bytes;
        Some(&bytes[start..self.at - 1])
    }

    /// Skips one value of any kind. Arrays and objects it is inside are kept
    /// on a stack of their own, not the call stack: a hostile text may nest
    /// a value that the reader skips (an unknown field's) without limit.
    fn value(&mut self) -> Option<()> {
        // The closing bytes of the arrays and objects entered.
        let mut open = Vec::new();
        loop {
            self.whitespace();
            match self.peek()? {
                b'"' => self.string().map(drop)?,
                start @ (b'{' | b'[') => {
                    let close = if start == b'{' { b'}' } else { b']' };
                    self.at += 1;
                    self.whitespace();
                    if self.peek()? == close {
                        self.at += 1;
                    } else {
                        open.push(close);
                        if close == b'}' {
                            self.string()?;
                            self.expect(b':')?;
                        }
                        continue;
                    }
                }
                _ => {
                    while !matches!(self.peek()?, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        self.at += 1;
                    }
                }
            }
            // After a value: the next one of the array or object it is in,
            // or the ends of those it closes.
            loop {
                let Some(&close) = open.last() else { return Some(()) };
                self.whitespace();
                match self.peek()? {
                    b',' => {
                        self.at += 1;
                        if close == b'}' {
                            self.string()?;
                            self.expect(b':')?;
                        }
                        break;
                    }
                    c if c == close => {
                        self.at += 1;
                        open.pop();
                    }
                    _ => return None,
                }
            }
        }
    }

    /// Inside an object at `{`: moves to the value of `wanted` and returns the
    /// key's offset, or `Some(None)` when the object has no such key.
    fn find_key(&mut self, wanted: &str) -> Option<Option<usize>> {
        self.expect(b'{')?;
        loop {
            self.whitespace();
            if self.peek()? == b'}' {
                return Some(None);
            }
            let key_at = self.at;
            let key = self.string()?;
            let written = &self.bytes[key_at..self.at];
            self.expect(b':')?;
            self.whitespace();
            // A key written with escapes ("\u00e9", "\\") is compared as read.
            let read = || std::str::from_utf8(written).ok().and_then(|w| serde_json::from_str::<String>(w).ok());
            if key == wanted.as_bytes() || (key.contains(&b'\\') && read().as_deref() == Some(wanted)) {
                return Some(Some(key_at));
            }
            self.value()?;
            self.whitespace();
            if self.peek()? == b',' {
                self.at += 1;
            }
        }
    }

    /// Inside an array at `[`: moves to element `wanted` and returns its
    /// offset, or `Some(None)` when the array is shorter.
    fn find_index(&mut self, wanted: usize) -> Option<Option<usize>> {
        self.expect(b'[')?;
        for index in 0.. {
            self.whitespace();
            if self.peek()? == b']' {
                return Some(None);
            }
            if index == wanted {
                return Some(Some(self.at));
            }
            self.value()?;
            self.whitespace();
            if self.peek()? == b',' {
                self.at += 1;
            }
        }
        unreachable!()
    }
}
