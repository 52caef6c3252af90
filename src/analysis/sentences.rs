//! Splitting an article's body into sentences (interim version).

/// One sentence of an article: a byte range into the article's text and its paragraph.
///
/// `start..end` excludes the white space around the sentence; `paragraph` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the sentence's first character.
    pub start: usize,
    /// Byte offset just past the sentence's last character.
    pub end: usize,
    /// The paragraph the sentence belongs to, counting from 1.
    pub paragraph: u32,
}

/// Splits `text[body_start..]` into sentences, in order, with offsets into `text`.
pub fn split_sentences(text: &str, body_start: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut offset = body_start.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    for block in text[offset..].split("\n\n") {
        let trimmed = block.trim();
        if !trimmed.is_empty() {
            paragraph += 1;
            let start = offset + (block.len() - block.trim_start().len());
            out.push(Sentence {
                start,
                end: start + trimmed.len(),
                paragraph,
            });
        }
        offset += block.len() + 2;
    }
    out
}
