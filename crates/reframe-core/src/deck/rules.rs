//! The rules a deck's values follow (id characters, tags, language tags, lengths) and the
//! wording that helps an author fix them: what a value was, and which valid name was meant.

use super::syntax::{Head, Shape};
use std::borrow::Cow;

pub(super) const MAX_ID_CHARS: usize = 64;
pub(super) const MAX_TAG_CHARS: usize = 32;
pub(super) const MAX_TAGS: usize = 20;

/// A name or text cut to 40 characters for a message, so a hostile 10 MB name stays small.
pub(super) fn shorten(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(40) {
        Some((cut, _)) => Cow::Owned(format!("{}...", &s[..cut])),
        None => Cow::Borrowed(s),
    }
}

/// What is wrong with a deck or card id, if anything.
pub(super) fn id_problem(what: &str, id: &str) -> Option<String> {
    let n = id.chars().count();
    if n > MAX_ID_CHARS {
        return Some(format!(
            "{what} is {n} characters long; the most is {MAX_ID_CHARS}"
        ));
    }
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.');
    bad_chars(id, ok).map(|bad| {
        format!("{what} `{id}` has characters an id cannot hold ({bad}); use lowercase a-z, digits 0-9, `-`, `_` and `.`")
    })
}

/// What is wrong with a tag, if anything.
pub(super) fn tag_problem(tag: &str) -> Option<String> {
    let n = tag.chars().count();
    if n == 0 {
        return Some("a tag is empty; remove it or give it a name".into());
    }
    if n > MAX_TAG_CHARS {
        return Some(format!(
            "tag `{}` is {n} characters long; the most is {MAX_TAG_CHARS}",
            shorten(tag)
        ));
    }
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    bad_chars(tag, ok).map(|bad| {
        format!("tag `{tag}` has characters a tag cannot hold ({bad}); use lowercase a-z, digits 0-9 and `-`")
    })
}

/// The distinct characters of `s` that `ok` rejects, quoted, or `None` if all pass.
fn bad_chars(s: &str, ok: impl Fn(char) -> bool) -> Option<String> {
    let mut bad: Vec<char> = s.chars().filter(|&c| !ok(c)).collect();
    if bad.is_empty() {
        return None;
    }
    bad.sort_unstable();
    bad.dedup();
    let shown: Vec<String> = bad.iter().take(8).map(|c| format!("{c:?}")).collect();
    Some(shown.join(", "))
}

/// A BCP 47 language tag in the simple form decks use: `en`, `en-GB`, `zh-Hant-TW`. The
/// primary subtag is the 2-3 letter ISO 639 code, which also catches `English`.
pub(super) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphanumeric()))
}

/// What is wrong with a (trimmed) text value, if anything: empty where it may not be, or
/// longer than `max` characters. `purpose` is what the field is for, e.g. " (the model response)".
pub(super) fn text_problem(
    field: &str,
    purpose: &str,
    s: &str,
    max: usize,
    may_be_empty: bool,
) -> Option<String> {
    if s.is_empty() && !may_be_empty {
        return Some(format!("`{field}` is empty; it needs text{purpose}"));
    }
    // Byte length bounds the character count, so most texts skip the count.
    if s.len() > max {
        let n = s.chars().count();
        if n > max {
            return Some(format!(
                "`{field}` is {n} characters long; the most is {max}, so shorten it"
            ));
        }
    }
    None
}

/// `unknown technique "x" in `field`; did you mean "y"? the techniques are: ...`
pub(super) fn unknown_id<'c>(
    kind: (&str, &str),
    field: &str,
    given: &str,
    ids: impl Iterator<Item = &'c str> + Clone,
) -> String {
    let (kind, kinds) = kind;
    let hint = closest(given, ids.clone())
        .map(|c| format!("did you mean \"{c}\"? "))
        .unwrap_or_default();
    let shown: String = given.chars().take(64).collect();
    let list = ids.collect::<Vec<_>>().join(", ");
    format!("unknown {kind} \"{shown}\" in `{field}`; {hint}the {kinds} are: {list}")
}

/// What is wrong with a deck's language tag, if anything.
pub(super) fn language_problem(tag: &str) -> Option<String> {
    (!is_language_tag(tag)).then(|| {
        format!(
            "`language` should be a language tag such as \"en\" or \"en-GB\", found \"{}\"",
            shorten(tag)
        )
    })
}

pub(super) fn secondary_is_main(id: &str) -> String {
    format!("`secondary` lists \"{id}\", which is already the main technique")
}

pub(super) fn secondary_twice(id: &str) -> String {
    format!("`secondary` lists \"{id}\" twice")
}

pub(super) fn duplicate_card_id(id: &str) -> String {
    format!("card id `{id}` is used by two cards; ids must be unique in a deck")
}

pub(super) fn repeated_answer() -> String {
    "two answers of this card are the same word for word (the model response and `alternatives` must all differ)".into()
}

pub(super) fn too_many_tags(n: usize) -> String {
    format!("a card has {n} tags; the most is {MAX_TAGS}")
}

pub(super) fn too_many_alternatives(n: usize) -> String {
    format!(
        "a card has {n} alternatives; the most is {}",
        super::MAX_ALTERNATIVES
    )
}

pub(super) fn version_problem(n: i128) -> String {
    format!(
        "`version` is {n}; it should be a whole number from 1 to {}",
        u32::MAX
    )
}

pub(super) fn too_many_cards(n: usize) -> String {
    format!(
        "the deck has {n} cards; the most is {}, so split it into several decks",
        super::MAX_CARDS
    )
}

pub(super) const NEWER_FIELDS: &str = "`level` and `alternatives` are format 2";

/// The candidate closest to `input` by edit distance, if it is close enough to be a likely typo.
pub(super) fn closest<'c>(
    input: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    if input.chars().count() > 64 {
        return None;
    }
    let input = input.to_ascii_lowercase().replace('_', "-");
    candidates
        .into_iter()
        .map(|c| (edit_distance(&input, c), c))
        .filter(|&(d, c)| d <= 2 + c.len() / 4 && d < c.len())
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters (inputs are short: at most 64 characters).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// `SimpleReflection` → `simple-reflection`, for authors who wrote an enum name.
pub(super) fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(if c == '_' {
            '-'
        } else {
            c.to_ascii_lowercase()
        });
    }
    out
}

/// How a value reads in "found ..." messages.
pub(super) fn describe(head: &Head) -> String {
    match head {
        Head::Text(t) => {
            let shown: String = t.chars().take(40).collect();
            let more = if t.chars().nth(40).is_some() {
                "..."
            } else {
                ""
            };
            format!("text \"{}{more}\"", shown.escape_debug())
        }
        Head::Integer(n) => format!("the number {n}"),
        Head::Decimal => "a decimal number".into(),
        Head::Char => "a character in single quotes".into(),
        Head::Name(n @ ("true" | "false")) => format!("`{n}`"),
        Head::Name(n) => format!("the bare name `{}`", shorten(n)),
        Head::Open {
            name: Some(n),
            shape: Shape::Tuple,
        } if *n != "Some" => {
            format!("`{}(...)` without field names", shorten(n))
        }
        Head::Open { name: Some(n), .. } => format!("`{}(...)`", shorten(n)),
        Head::Open {
            name: None,
            shape: Shape::List,
        } => "a list `[...]`".into(),
        Head::Open {
            name: None,
            shape: Shape::Tuple,
        } => "`(...)` without field names".into(),
        Head::Open { name: None, .. } => "`(...)`".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_tags() {
        assert_eq!(id_problem("card id", "a-b_c.9"), None);
        let bad = id_problem("card id", "Bad Id").unwrap_or_default();
        assert!(bad.contains("' '") && bad.contains("'B'"), "{bad}");
        assert!(id_problem("card id", &"a".repeat(65)).is_some());
        assert_eq!(tag_problem("court-2"), None);
        assert!(tag_problem("a.b").is_some());
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "en-GB", "pt-BR", "zh-Hant-TW", "de"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "e", "English", "en_GB", "en-", "-en"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_find_typos_only() {
        let ids = ["simple-reflection", "complex-reflection", "reframe"];
        assert_eq!(closest("simple-reflect", ids), Some("simple-reflection"));
        assert_eq!(
            closest("complex_reflection", ids),
            Some("complex-reflection")
        );
        assert_eq!(closest("denial", ids), None);
        assert_eq!(kebab("SimpleReflection"), "simple-reflection");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
