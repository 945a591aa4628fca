//! Shapes of an argument that a list of words cannot catch, because the words themselves are
//! ordinary: a tautology that waves a distinction away ("Stress is stress, whatever the job"),
//! and a statement of fact closed with ", you know", which lectures. Both count only when the
//! clinician says them: inside a frame of the client's view they are left alone.

use super::text::Text;
use crate::markers::{LECTURING_TAG, MarkerHit, MarkerKind, TAUTOLOGY};

/// Adds a hit for each shape found; `framed` says whether a word sits inside a frame of the
/// client's or someone else's view.
pub(super) fn shape_hits(
    text: &Text,
    hits: &mut Vec<MarkerHit>,
    framed: impl Fn(usize, MarkerKind) -> bool,
) {
    let mut hit = |kind, words: std::ops::Range<usize>, reason| {
        hits.push(MarkerHit {
            kind,
            span: text.span(words.clone()),
            words: text.slice(words).to_string(),
            reason,
        })
    };
    // A lone slogan ("Love is love.") may be the client's own; a tautology with more said
    // around it is an argument.
    let more_than_the_slogan = text.words.len() > 3;
    for s in &text.sentences {
        let words = s.words.clone();
        for at in words.start..words.end.saturating_sub(2) {
            let (a, verb, b) = (text.key(at), text.key(at + 1), text.key(at + 2));
            // Said in one breath: "is that- is that…" is a speaker starting again.
            let one_breath = !text.words[at + 1].pause_before && !text.words[at + 2].pause_before;
            if a.len() >= 4
                && a == b
                && matches!(verb, "is" | "are")
                && one_breath
                && !matches!(
                    a,
                    "that" | "this" | "what" | "which" | "there" | "these" | "those"
                )
                && more_than_the_slogan
                && !framed(at, MarkerKind::Confront)
            {
                hit(MarkerKind::Confront, at..at + 3, TAUTOLOGY);
            }
        }
        // "…, you know." closing a statement that is not about the client or the speaker.
        let n = words.end - words.start;
        if n >= 4 && !s.asks {
            let (you, know) = (words.end - 2, words.end - 1);
            let first = text.key(words.start);
            if text.key(you) == "you"
                && text.key(know) == "know"
                && text.words[you].pause_before
                && !matches!(
                    first,
                    "you"
                        | "youre"
                        | "youve"
                        | "youd"
                        | "youll"
                        | "your"
                        | "i"
                        | "im"
                        | "ive"
                        | "id"
                        | "ill"
                )
                && !framed(words.start, MarkerKind::Persuade)
            {
                hit(MarkerKind::Persuade, words.clone(), LECTURING_TAG);
            }
        }
    }
}
