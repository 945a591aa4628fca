//! Splits a response into words and sentences for the marker list and the coder: each word
//! keeps its byte range in the original text and a lowercase key with apostrophes removed, so
//! "Don't", "don’t" and "dont" all read as `dont` and "but" never matches inside "butter".

use std::ops::Range;

/// One word of the response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Lowercase, apostrophes removed.
    pub key: String,
    /// Index of the sentence the word is in.
    pub sentence: usize,
    /// A comma, semicolon, colon or dash sits between this word and the one before it.
    pub pause_before: bool,
}

/// One sentence: a run of words ended by `.`, `!`, `?`, a line break or the end of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Indices into [`Text::words`].
    pub words: Range<usize>,
    /// Byte range from the first word to the closing punctuation.
    pub span: Range<usize>,
    /// The sentence ends with a question mark.
    pub asks: bool,
}

/// A response, split.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    pub raw: &'a str,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
    /// The stretches in double quotes ([`Text::quoted`]), found once, when first asked for:
    /// the markers, the sentence moves and the second reader all read them.
    quoted: std::cell::OnceCell<Vec<Range<usize>>>,
}

/// A hyphen, en dash or em dash: what a transcribed turn cut off or carried on opens or ends on.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2014}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}' || c == '\u{2018}'
}

impl<'a> Text<'a> {
    pub fn new(raw: &'a str) -> Text<'a> {
        let mut words: Vec<Word> = Vec::new();
        let mut sentences = Vec::new();
        let mut sentence_first_word = 0;
        let mut sentence_start: Option<usize> = None;
        let mut pause = false;
        // Walks the text by byte position, looking at most two characters ahead; no copy of
        // the text is made, so memory stays proportional to the words found.
        let char_at = |pos: usize| raw.get(pos..).and_then(|r| r.chars().next());
        let mut at = 0;
        while let Some(c) = char_at(at) {
            if c.is_alphanumeric() {
                let start = at;
                let mut key = String::new();
                let mut end = at;
                while let Some(ch) = char_at(end) {
                    let next = end + ch.len_utf8();
                    let inner_apostrophe = is_apostrophe(ch)
                        && !key.is_empty()
                        && char_at(next).is_some_and(char::is_alphanumeric);
                    if ch.is_alphanumeric() {
                        key.extend(ch.to_lowercase());
                    } else if !inner_apostrophe {
                        break;
                    }
                    end = next;
                }
                sentence_start.get_or_insert(start);
                let key = match texting(&key) {
                    Some(full) => full.to_string(),
                    None => key,
                };
                words.push(Word {
                    span: start..end,
                    key,
                    sentence: sentences.len(),
                    pause_before: pause,
                });
                pause = false;
                at = end;
                continue;
            }
            let next = at + c.len_utf8();
            match c {
                '.' | '!' | '?' | '\n' => {
                    // Close the sentence at the last of a run like "?!" or "...".
                    let mut asks = c == '?';
                    let mut end = next;
                    while let Some(n) = char_at(end) {
                        if matches!(n, '.' | '!' | '?' | '"' | '\u{201d}' | ')') {
                            asks |= n == '?';
                            end += n.len_utf8();
                        } else {
                            break;
                        }
                    }
                    if let Some(start) = sentence_start.take() {
                        sentences.push(Sentence {
                            words: sentence_first_word..words.len(),
                            span: start..end,
                            asks,
                        });
                        sentence_first_word = words.len();
                    }
                    pause = false;
                    at = end;
                    continue;
                }
                ',' | ';' | ':' | '\u{2014}' | '\u{2013}' => pause = true,
                '-' if char_at(next).is_some_and(char::is_whitespace) => pause = true,
                _ => {}
            }
            at = next;
        }
        // "ur basically saying", "ur not": the "ur" was "you're", not "your".
        for i in 0..words.len() {
            let raw_key = &raw[words[i].span.clone()];
            if raw_key.eq_ignore_ascii_case("ur")
                && words.get(i + 1).is_some_and(|n| {
                    YOURE_BEFORE.contains(&n.key.as_str()) || n.key.ends_with("ing")
                })
            {
                words[i].key = "youre".to_string();
            }
        }
        if let Some(start) = sentence_start {
            let end = words.last().map_or(start, |w| w.span.end);
            sentences.push(Sentence {
                words: sentence_first_word..words.len(),
                span: start..end,
                asks: false,
            });
        }
        Text {
            raw,
            words,
            sentences,
            quoted: std::cell::OnceCell::new(),
        }
    }

    /// Byte ranges between a pair of double quotes (straight or curly), at most a few hundred
    /// bytes each: a stray quote mark does not make the rest of a pasted text "quoted". In
    /// order and apart.
    pub fn quoted(&self) -> &[Range<usize>] {
        self.quoted.get_or_init(|| {
            const LONGEST: usize = 300;
            let mut out = Vec::new();
            let mut open: Option<usize> = None;
            for (i, c) in self.raw.char_indices() {
                let closes = matches!(c, '"' | '\u{201D}') && open.is_some();
                if closes {
                    let start = open.take().unwrap_or(i);
                    if i - start <= LONGEST {
                        out.push(start..i);
                    }
                } else if matches!(c, '"' | '\u{201C}') {
                    open = Some(i + c.len_utf8());
                }
            }
            out
        })
    }

    /// `span` lies inside one of the [`Text::quoted`] stretches. They are in order and apart,
    /// so the one that could hold it is the last that starts at or before it, found by
    /// halving: a pasted text full of quote marks stays linear-logarithmic.
    pub fn in_quotes(&self, span: &Range<usize>) -> bool {
        let quoted = self.quoted();
        let after = quoted.partition_point(|q| q.start <= span.start);
        after > 0 && span.end <= quoted[after - 1].end
    }

    /// Some words stand in double quotes and some outside them: the quoted words are someone
    /// else's, reported ("Your mum calls it \"a phase\""). A reply typed wholly inside quotes is
    /// the clinician's own words, not a report (coder versions 39 and 143).
    pub fn quotes_are_reported(&self) -> bool {
        !self.quoted().is_empty() && self.words.iter().any(|w| !self.in_quotes(&w.span))
    }

    /// The key of word `i`, or "" past the end.
    pub fn key(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.key.as_str())
    }

    /// The original text of words `range` (first word's start to last word's end).
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        match (
            self.words.get(range.start),
            self.words.get(range.end.wrapping_sub(1)),
        ) {
            (Some(a), Some(b)) if range.start < range.end => &self.raw[a.span.start..b.span.end],
            _ => "",
        }
    }

    /// Byte span of words `range`.
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        match (
            self.words.get(range.start),
            self.words.get(range.end.wrapping_sub(1)),
        ) {
            (Some(a), Some(b)) if range.start < range.end => a.span.start..b.span.end,
            _ => 0..0,
        }
    }

    /// Index of the first word of the sentence word `i` is in.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.words
            .get(i)
            .and_then(|w| self.sentences.get(w.sentence))
            .map_or(0, |s| s.words.start)
    }

    /// Words before word `i` in its sentence, at most [`CONTEXT_WORDS`] of them.
    pub fn context_before(&self, i: usize) -> Range<usize> {
        self.sentence_start(i).max(i.saturating_sub(CONTEXT_WORDS))..i
    }

    /// Number of sentences that end in a question mark.
    pub fn questions(&self) -> usize {
        self.sentences.iter().filter(|s| s.asks).count()
    }
}

/// Learners type fast: "u", "ur", "rly", "tho" read as the words they stand for. "ur" is
/// read as "your"; "ur" before a word that cannot follow "your" is fixed up afterwards.
fn texting(key: &str) -> Option<&'static str> {
    Some(match key {
        "u" => "you",
        "ur" | "yr" => "your",
        "urself" | "yrself" => "yourself",
        "r" => "are",
        "rly" | "rlly" => "really",
        "tho" => "though",
        "cuz" | "coz" | "bc" | "cos" => "because",
        "pls" | "plz" => "please",
        "thx" => "thanks",
        "ppl" => "people",
        "prob" | "prolly" => "probably",
        "def" | "defo" => "definitely",
        "ya" => "you",
        "y" => "why",
        "ok" => "okay",
        "yeh" | "ye" | "yea" => "yeah",
        _ => return None,
    })
}

/// Lowercase, apostrophe-free keys of a phrase written in plain text, e.g. "don't you" →
/// `["dont", "you"]`.
pub fn keys(phrase: &str) -> Vec<String> {
    Text::new(phrase).words.into_iter().map(|w| w.key).collect()
}

/// Words after which a typed "ur" must have meant "you're".
#[rustfmt::skip]
const YOURE_BEFORE: &[&str] = &[
    "not", "so", "just", "basically", "really", "being", "going", "a", "an", "the", "in", "on",
    "at", "still", "always", "never", "too", "very", "pretty", "quite", "all", "here", "there",
    "right", "wrong", "worried", "scared", "afraid", "sick", "tired", "fed", "angry", "upset",
    "sure", "saying", "feeling", "trying", "doing", "done", "stuck", "over", "only", "kind",
    "thinking", "wondering", "hoping", "comfortable", "happy", "ready",
];

/// How far the coder looks around a word for its context (a frame before a marker, the rest of
/// a condition, what a "but" takes back). A typed reply is a few sentences; the bound keeps
/// coding linear in the text however long a pasted line is.
pub const CONTEXT_WORDS: usize = 40;

#[cfg(test)]
thread_local! {
    /// Steps of work the coder did on this thread (phrase comparisons, hits swept), so a test
    /// can check that coding stays linear in the text without timing anything.
    pub(crate) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one step of work (tests only).
#[inline]
pub(crate) fn tick() {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + 1));
}

/// At most this many filler words may sit between two words of a phrase.
const MAX_FILLERS: usize = 3;

/// Words that may sit inside a phrase without breaking it: "you *really* should",
/// "in *complete* denial".
const FILLERS: &[&str] = &[
    "really",
    "so",
    "much",
    "just",
    "seriously",
    "definitely",
    "absolutely",
    "honestly",
    "simply",
    "totally",
    "probably",
    "also",
    "still",
    "truly",
    "actually",
    "complete",
    "total",
    "ever",
    "even",
    "strongly",
    "gently",
];

/// A phrase to look for: words in order, with optional words that must NOT come next
/// (written `its important to !you|him` in the source lists) and optional runs of words that
/// must NOT come just before it (written `hard to|easy to~be honest`).
#[derive(Debug, Clone)]
pub struct Phrase {
    pub keys: Vec<String>,
    pub unless_next: Vec<String>,
    pub unless_before: Vec<Vec<String>>,
}

/// A phrase's source in its three parts: the runs it must not come straight after (before "~"),
/// its words, and the words it must not be followed by (after "!").
fn split_source(source: &str) -> (&str, &str, &str) {
    let (before, rest) = source.split_once('~').unwrap_or(("", source));
    let (words, unless) = rest.split_once('!').unwrap_or((rest, ""));
    (before, words, unless)
}

impl Phrase {
    /// One phrase for each choice of words at the places that name alternatives (written
    /// `your kids/wife would !say`: "your kids would" and "your wife would", neither followed
    /// by "say"). A source without a "/" is one phrase.
    pub fn parse_all(source: &str) -> Vec<Phrase> {
        let (before, words, unless) = split_source(source);
        let around = Phrase::from_parts(before, "", unless);
        let mut choices = vec![String::new()];
        for place in words.split_whitespace() {
            choices = choices
                .iter()
                .flat_map(|start| place.split('/').map(move |word| format!("{start} {word}")))
                .collect();
        }
        choices
            .iter()
            .map(|words| Phrase {
                keys: keys(words),
                ..around.clone()
            })
            .collect()
    }

    pub fn parse(source: &str) -> Phrase {
        let (before, words, unless) = split_source(source);
        Phrase::from_parts(before, words, unless)
    }

    fn from_parts(before: &str, words: &str, unless: &str) -> Phrase {
        Phrase {
            keys: keys(words),
            unless_next: unless.split('|').flat_map(keys).collect(),
            unless_before: before
                .split('|')
                .map(keys)
                .filter(|run| !run.is_empty())
                .collect(),
        }
    }

    /// Whether one of the runs in `unless_before` ends just before word `at`, in its sentence
    /// and with no comma or dash between.
    fn blocked_before(&self, text: &Text, at: usize) -> bool {
        let sentence = text.words[at].sentence;
        self.unless_before.iter().any(|run| {
            run.len() <= at
                && run.iter().enumerate().all(|(k, key)| {
                    let i = at - run.len() + k;
                    let word = &text.words[i];
                    let next = &text.words[i + 1];
                    word.sentence == sentence && !next.pause_before && &word.key == key
                })
        })
    }

    /// If the phrase starts at word `at` (all in one sentence), the index just past its end.
    pub fn match_at(&self, text: &Text, at: usize) -> Option<usize> {
        tick();
        let first = self.keys.first()?;
        let sentence = text.words.get(at)?.sentence;
        if text.key(at) != first {
            return None;
        }
        let mut i = at + 1;
        for key in &self.keys[1..] {
            let mut skipped = 0;
            loop {
                let word = text.words.get(i)?;
                // A phrase does not run across a comma or a dash: "they don't, you know"
                // is not "don't you know".
                if word.sentence != sentence || word.pause_before {
                    return None;
                }
                if &word.key == key {
                    break;
                }
                if !FILLERS.contains(&word.key.as_str()) || skipped == MAX_FILLERS {
                    return None;
                }
                skipped += 1;
                i += 1;
            }
            i += 1;
        }
        let next_blocks = text
            .words
            .get(i)
            .is_some_and(|w| w.sentence == sentence && self.unless_next.contains(&w.key));
        (!next_blocks && !self.blocked_before(text, at)).then_some(i)
    }

    /// Every place the phrase matches in words `range`, as word ranges.
    pub fn find_in(&self, text: &Text, range: Range<usize>) -> Vec<Range<usize>> {
        range
            .filter_map(|at| self.match_at(text, at).map(|end| at..end))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_spans_and_fold_apostrophes() {
        let t = Text::new("Don’t you think, Sam? I can't.");
        let keys: Vec<&str> = t.words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, ["dont", "you", "think", "sam", "i", "cant"]);
        assert_eq!(&t.raw[t.words[0].span.clone()], "Don’t");
        assert!(t.words[3].pause_before);
        assert_eq!(t.sentences.len(), 2);
        assert!(t.sentences[0].asks);
        assert!(!t.sentences[1].asks);
    }

    #[test]
    fn trailing_text_without_punctuation_is_a_sentence() {
        let t = Text::new("what would you like to do");
        assert_eq!(t.sentences.len(), 1);
        assert!(!t.sentences[0].asks);
        assert_eq!(t.slice(0..2), "what would");
    }

    #[test]
    fn phrases_skip_fillers_and_respect_unless() {
        let p = Phrase::parse("you should");
        let t = Text::new("You really should. You. Should");
        assert_eq!(p.match_at(&t, 0), Some(3));
        assert_eq!(p.match_at(&t, 3), None, "phrases stay inside one sentence");
        let q = Phrase::parse("its important to !you|him");
        assert!(
            q.match_at(&Text::new("It's important to stop"), 0)
                .is_some()
        );
        assert!(q.match_at(&Text::new("It's important to you"), 0).is_none());
        let r = Phrase::parse("hard to|it~to be fair");
        assert_eq!(r.match_at(&Text::new("To be fair, you tried"), 0), Some(3));
        assert_eq!(r.match_at(&Text::new("Well to be fair"), 1), Some(4));
        assert!(
            r.match_at(&Text::new("You want it to be fair"), 3)
                .is_none()
        );
        let h = Phrase::parse("hard to|easy to~be honest");
        assert!(
            h.match_at(&Text::new("It's hard to be honest"), 3)
                .is_none()
        );
        assert_eq!(h.match_at(&Text::new("Be honest"), 0), Some(2));
        let family = Phrase::parse_all("your kids/wife would !say|tell");
        assert_eq!(family.len(), 2);
        assert_eq!(family[1].keys, ["your", "wife", "would"]);
        assert_eq!(family[1].unless_next, ["say", "tell"]);
        let both = Phrase::parse_all("so|if~i'd stop/book now");
        assert_eq!(both[1].keys, keys("i'd book now"));
        assert_eq!(both[1].unless_before, [keys("so"), keys("if")]);
        assert_eq!(Phrase::parse_all("be honest").len(), 1);
        assert_eq!(h.match_at(&Text::new("I need to be honest"), 3), Some(5));
        assert_eq!(
            r.match_at(&Text::new("You want it, to be fair"), 3),
            Some(6),
            "a comma breaks the run before"
        );
    }

    #[test]
    fn empty_text_has_nothing() {
        let t = Text::new("  ... ");
        assert!(t.words.is_empty());
        assert!(t.sentences.is_empty());
    }
}
