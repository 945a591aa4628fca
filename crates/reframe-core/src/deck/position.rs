//! Byte offsets to the 1-based line and column a deck author sees in an editor. Columns count
//! characters, not bytes. Only error paths pay for this; many offsets resolve in one pass.

/// Line and column of one offset (one scan up to it).
pub(super) fn line_col(text: impl AsRef<[u8]>, offset: usize) -> (usize, usize) {
    let bytes = text.as_ref();
    let upto = &bytes[..offset.min(bytes.len())];
    let line_start = upto.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
    let line = 1 + upto.iter().filter(|&&c| c == b'\n').count();
    (line, 1 + chars_in(&upto[line_start..]))
}

/// Characters in a byte slice: every byte that does not continue a UTF-8 sequence starts one.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&c| (c & 0xC0) != 0x80).count()
}

/// Line and column of many offsets at once: sorts them and walks the text once, so a file
/// with thousands of problems on one huge line still costs one pass.
pub(super) fn line_cols(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![(1, 1); offsets.len()];
    let (mut pos, mut line) = (0usize, 1usize);
    // Characters between the start of the current line and pos, kept so each step only counts what is new.
    let mut col_chars = 0usize;
    for i in order {
        let target = offsets[i].min(bytes.len());
        let segment = &bytes[pos..target];
        match segment.iter().rposition(|&c| c == b'\n') {
            Some(last) => {
                line += segment.iter().filter(|&&c| c == b'\n').count();
                col_chars = chars_in(&segment[last + 1..]);
            }
            None => col_chars += chars_in(segment),
        }
        pos = target;
        out[i] = (line, col_chars + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_lines_start_at_one() {
        let text = "ab\ncé d\n\nx";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'd' is after "cé " which is 4 bytes but 3 characters.
        assert_eq!(line_col(text, 7), (2, 4));
        assert_eq!(line_col(text, 10), (4, 1));
        assert_eq!(line_col(text, 99), (4, 2));
    }

    #[test]
    fn many_offsets_agree_with_one_at_a_time() {
        let text = "Deck(\n  id: \"é\",\n\n  cards: [],\n)\n";
        let offsets: Vec<usize> = vec![30, 0, 12, 5, 6, 17, 12, text.len()];
        let many = line_cols(text, &offsets);
        for (i, &o) in offsets.iter().enumerate() {
            assert_eq!(many[i], line_col(text, o), "offset {o}");
        }
    }
}
