//! Card ids made from a card's statement, for rows of a spreadsheet without an `id` column,
//! Anki notes, and new cards in the editor. An id is made once; editing the statement later
//! never changes it, so a learner's progress stays with the card.

use super::rules::MAX_ID_CHARS;
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// Makes ids for many cards at once: like [`derive_id`] for each, but a statement repeated
/// 100,000 times costs 100,000 steps, not 100,000² (the next number to try is kept per stem).
#[derive(Debug, Default)]
pub struct IdMaker {
    taken: HashSet<String>,
    next: HashMap<String, u64>,
}

impl IdMaker {
    /// A maker that never gives one of `taken` (the ids the deck already has).
    pub fn new(taken: HashSet<String>) -> IdMaker {
        IdMaker {
            taken,
            next: HashMap::new(),
        }
    }

    /// Takes an id given some other way; `false` if it was already taken.
    pub fn take(&mut self, id: &str) -> bool {
        self.taken.insert(id.to_string())
    }

    /// An id made from `statement`, as [`derive_id`] makes it, and taken from now on.
    pub fn make(&mut self, statement: &str) -> String {
        let stem = slug(statement);
        let n = self.next.entry(stem.clone()).or_insert(1);
        loop {
            let id = if *n == 1 {
                stem.clone()
            } else {
                format!("{stem}-{n}")
            };
            *n += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The most characters of the statement kept in an id (a suffix such as `-2` may follow).
const SLUG_CHARS: usize = 40;

/// A card id made from `statement`, different from every id in `taken`:
///
/// - lowercase; accented Latin letters lose their accents (`é` → `e`, `ß` → `ss`);
/// - every run of other characters (spaces, punctuation, emoji, other scripts) becomes one `-`;
/// - cut at a word boundary to at most 40 characters, no `-` at either end;
/// - `card` when nothing is left (a statement in another script, say);
/// - if that id is taken, `-2`, `-3`, … is added until it is not.
///
/// "My wife made this appointment. I'd have been fine." → `my-wife-made-this-appointment-i-d`.
/// The result always passes the deck format's id rule. Time is linear in the statement plus
/// the number of taken ids that share its stem.
pub fn derive_id<S: Borrow<str> + Hash + Eq>(statement: &str, taken: &HashSet<S>) -> String {
    let stem = slug(statement);
    if !taken.contains(stem.as_str()) {
        return stem;
    }
    (2u64..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or(stem)
}

/// The statement as lowercase ASCII words joined by `-`, at most [`SLUG_CHARS`] long.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(SLUG_CHARS + 8);
    let mut gap = false;
    for c in text.chars() {
        let plain = ascii_of(c);
        if plain.is_empty() {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('-');
            gap = false;
        }
        out.push_str(plain);
        if out.len() > SLUG_CHARS {
            break;
        }
    }
    if out.len() > SLUG_CHARS {
        // Cut at the last word boundary that fits; a single very long word is cut anyway.
        let cut = out[..=SLUG_CHARS].rfind('-').unwrap_or(SLUG_CHARS);
        out.truncate(cut);
    }
    let out = out.trim_matches('-').to_string();
    debug_assert!(out.len() <= MAX_ID_CHARS);
    if out.is_empty() { "card".into() } else { out }
}

/// A letter or digit as lowercase ASCII ("" for anything else).
fn ascii_of(c: char) -> &'static str {
    const DIGITS_AND_LETTERS: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    if c.is_ascii_alphanumeric() {
        let lower = c.to_ascii_lowercase();
        let i = DIGITS_AND_LETTERS.find(lower).unwrap_or(0);
        return &DIGITS_AND_LETTERS[i..=i];
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::rules::id_problem;

    fn none() -> HashSet<String> {
        HashSet::new()
    }

    #[test]
    fn ids_read_like_the_statement() {
        assert_eq!(
            derive_id(
                "My wife made this appointment. I'd have been fine.",
                &none()
            ),
            "my-wife-made-this-appointment-i-d-have"
        );
        assert_eq!(
            derive_id("  Ça m'est égal, Straße!  ", &none()),
            "ca-m-est-egal-strasse"
        );
        assert_eq!(derive_id("😤 لا أريد", &none()), "card");
        assert_eq!(derive_id("", &none()), "card");
        let long = "a".repeat(500);
        assert_eq!(derive_id(&long, &none()).len(), 40);
    }

    #[test]
    fn taken_ids_get_a_number() {
        let taken: HashSet<&str> = ["fine", "fine-2"].into_iter().collect();
        assert_eq!(derive_id("Fine.", &taken), "fine-3");
        assert_eq!(derive_id("Fine!", &HashSet::<&str>::new()), "fine");
    }

    #[test]
    fn the_maker_gives_what_derive_id_gives_and_stays_linear() {
        let mut maker = IdMaker::new(["fine".to_string()].into_iter().collect());
        let mut taken: HashSet<String> = ["fine".to_string()].into_iter().collect();
        for s in ["Fine.", "Fine 2", "fine", "Other", "Fine"] {
            let expected = derive_id(s, &taken);
            taken.insert(expected.clone());
            assert_eq!(maker.make(s), expected, "{s}");
        }
        let same = "x".repeat(100);
        let ids: HashSet<String> = (0..100_000).map(|_| maker.make(&same)).collect();
        assert_eq!(ids.len(), 100_000);
    }

    #[test]
    fn every_derived_id_is_a_valid_id() {
        let long_word = "x".repeat(41);
        let samples = [
            "I DON'T NEED THIS",
            "-- whatever --",
            long_word.as_str(),
            "Why should I listen to you? You're 25!",
            "ÆØÅ æøå",
        ];
        let mut taken = HashSet::new();
        for s in samples.iter().cycle().take(30) {
            let id = derive_id(s, &taken);
            assert_eq!(id_problem("card id", &id), None, "{id}");
            assert!(taken.insert(id));
        }
    }
}
