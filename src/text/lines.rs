//! Byte offset → 1-based line and column.

use crate::model::Span;

/// Start offsets of every line of a text, for turning byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        // memchr's iterator: a char-pattern search costs a setup for every line found.
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The span of `start..end` in `text`, with line and column (in characters) of `start`.
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let line = self.line_of(start);
        let line_start = self.starts[line - 1];
        let col = text
            .get(line_start..start)
            .map_or(1, |s| s.chars().count() + 1);
        Span {
            start,
            end,
            line,
            col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based_and_count_characters() {
        let text = "ab\n“cd” ef\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_of(0), 1);
        assert_eq!(idx.line_of(3), 2);
        let e = text.find("ef").unwrap();
        let span = idx.span(text, e, e + 2);
        assert_eq!((span.line, span.col), (2, 6));
    }
}
