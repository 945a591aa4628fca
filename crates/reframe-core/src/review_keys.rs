//! The keys of the review actions (reveal, grades 0–5, undo, "the coach got this wrong"), as
//! the learner set them in Settings. Keys are kept by name ("J", "Space", "Ctrl+Z"), so the
//! core knows nothing of any UI toolkit; the window maps the names to its own keys.
//!
//! Only the keys changed from the defaults are stored, as `action id → key` in `settings.ron`.
//! A name Reframe does not know, or a hand edit that gives two actions of one moment the same
//! key, falls back to the defaults rather than leaving an action without a key.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One thing the learner does during a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReviewAction {
    Reveal,
    /// Grade 0 to 5.
    Grade(u8),
    Undo,
    /// "The coach got this wrong": record your own code for your reply.
    CoachWrong,
}

impl ReviewAction {
    /// Every action, in the order Settings and Help list them.
    pub const ALL: [ReviewAction; 9] = [
        ReviewAction::Reveal,
        ReviewAction::Grade(0),
        ReviewAction::Grade(1),
        ReviewAction::Grade(2),
        ReviewAction::Grade(3),
        ReviewAction::Grade(4),
        ReviewAction::Grade(5),
        ReviewAction::Undo,
        ReviewAction::CoachWrong,
    ];

    /// The id stored in `settings.ron`, e.g. `grade-3`.
    pub fn id(self) -> String {
        match self {
            ReviewAction::Reveal => "reveal".into(),
            ReviewAction::Grade(q) => format!("grade-{q}"),
            ReviewAction::Undo => "undo".into(),
            ReviewAction::CoachWrong => "coach-wrong".into(),
        }
    }

    pub fn from_id(id: &str) -> Option<ReviewAction> {
        ReviewAction::ALL.into_iter().find(|a| a.id() == id)
    }

    /// What the learner reads, e.g. "grade 3".
    pub fn label(self) -> String {
        match self {
            ReviewAction::Reveal => "reveal the model response".into(),
            ReviewAction::Grade(q) => format!("grade {q}"),
            ReviewAction::Undo => "undo the last answer".into(),
            ReviewAction::CoachWrong => "the coach got this wrong".into(),
        }
    }

    /// The key it has until the learner changes it.
    pub fn default_key(self) -> KeyBinding {
        match self {
            ReviewAction::Reveal => KeyBinding::plain("Space"),
            ReviewAction::Grade(q) => KeyBinding::plain(DIGITS[usize::from(q.min(5))]),
            ReviewAction::Undo => KeyBinding::ctrl("Z"),
            ReviewAction::CoachWrong => KeyBinding::plain("W"),
        }
    }

    /// Whether the action listens before the reveal, after it, or both. Two actions may share
    /// a key only if they never listen at the same time (Space can reveal and then grade 5, as
    /// Anki users are used to).
    fn listens(self) -> (bool, bool) {
        match self {
            ReviewAction::Reveal => (true, false),
            ReviewAction::Grade(_) | ReviewAction::CoachWrong => (false, true),
            ReviewAction::Undo => (true, true),
        }
    }

    fn overlaps(self, other: ReviewAction) -> bool {
        let (a_before, a_after) = self.listens();
        let (b_before, b_after) = other.listens();
        (a_before && b_before) || (a_after && b_after)
    }
}

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The key names a review action can have: letters, digits, Space, punctuation and F2–F12.
/// Enter, Escape and Tab keep their fixed jobs and F1 opens Help, so they are not offered.
pub const KEY_NAMES: &[&str] = &[
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "Space",
    "Comma",
    "Period",
    "Semicolon",
    "Quote",
    "Slash",
    "Backslash",
    "Backtick",
    "OpenBracket",
    "CloseBracket",
    "Minus",
    "Equals",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F7",
    "F8",
    "F9",
    "F10",
    "F11",
    "F12",
];

/// A key, with or without Ctrl (Cmd on macOS), e.g. `J` or `Ctrl+Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyBinding {
    pub ctrl: bool,
    /// One of [`KEY_NAMES`].
    pub key: &'static str,
}

impl KeyBinding {
    fn plain(key: &'static str) -> KeyBinding {
        KeyBinding { ctrl: false, key }
    }

    fn ctrl(key: &'static str) -> KeyBinding {
        KeyBinding { ctrl: true, key }
    }

    /// A key by name (case does not matter), with or without Ctrl. `Err` says, in words for the
    /// learner, why the key cannot be used.
    pub fn new(ctrl: bool, name: &str) -> Result<KeyBinding, String> {
        let key = KEY_NAMES
            .iter()
            .find(|k| k.eq_ignore_ascii_case(name))
            .ok_or_else(|| match name {
                "Enter" => "Enter cannot be changed: it reveals and takes the coach's grade".into(),
                "Escape" => "Escape cannot be used: it leaves a box or goes back to Today".into(),
                "Tab" => "Tab cannot be used: it moves between the controls".into(),
                "F1" => "F1 cannot be used: it opens Help".into(),
                other => format!(
                    "{other} cannot be used for a review action; use a letter, a digit, Space, \
                     punctuation or F2–F12"
                ),
            })?;
        Ok(KeyBinding { ctrl, key })
    }

    /// Reads `J`, `Space` or `Ctrl+Z` (as [`fmt::Display`] writes them).
    pub fn parse(text: &str) -> Result<KeyBinding, String> {
        let text = text.trim();
        match text.split_once('+') {
            Some((m, key)) if m.eq_ignore_ascii_case("ctrl") => KeyBinding::new(true, key.trim()),
            Some(_) => Err(format!(
                "{text}: the only modifier a review key can have is Ctrl"
            )),
            None => KeyBinding::new(false, text),
        }
    }
}

impl fmt::Display for KeyBinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            write!(f, "Ctrl+{}", self.key)
        } else {
            f.write_str(self.key)
        }
    }
}

/// The learner's review keys: only those changed from the defaults, by action id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewKeys(BTreeMap<String, String>);

impl ReviewKeys {
    /// The key `action` answers to.
    pub fn key(&self, action: ReviewAction) -> KeyBinding {
        self.0
            .get(&action.id())
            .and_then(|text| KeyBinding::parse(text).ok())
            .unwrap_or_else(|| action.default_key())
    }

    /// True when every action has its default key.
    pub fn all_default(&self) -> bool {
        ReviewAction::ALL
            .into_iter()
            .all(|a| self.key(a) == a.default_key())
    }

    /// These keys with `action` on `key`, or why not: another action that listens at the same
    /// moment has it, or the window uses it for something else (`reserved`: the key and what
    /// it does there, e.g. `Ctrl+1` "opens Today").
    pub fn with(
        &self,
        action: ReviewAction,
        key: KeyBinding,
        reserved: &[(KeyBinding, String)],
    ) -> Result<ReviewKeys, String> {
        if let Some((_, does)) = reserved.iter().find(|(k, _)| *k == key) {
            return Err(format!("{key} is taken: it {does}. Pick another key."));
        }
        if let Some(other) = ReviewAction::ALL
            .into_iter()
            .find(|&o| o != action && o.overlaps(action) && self.key(o) == key)
        {
            return Err(format!(
                "{key} is already the key for {}. Pick another key, or give {} another key first.",
                other.label(),
                other.label()
            ));
        }
        let mut next = self.clone();
        if key == action.default_key() {
            next.0.remove(&action.id());
        } else {
            next.0.insert(action.id(), key.to_string());
        }
        Ok(next)
    }

    /// What a settings file says, kept only if it is whole: entries for actions or keys Reframe
    /// does not know are dropped, and if two actions that listen at the same moment would
    /// share a key, every key goes back to its default.
    pub fn cleaned(self) -> ReviewKeys {
        let known: BTreeMap<String, String> = self
            .0
            .into_iter()
            .filter_map(|(id, text)| {
                let action = ReviewAction::from_id(&id)?;
                let key = KeyBinding::parse(&text).ok()?;
                (key != action.default_key()).then(|| (id, key.to_string()))
            })
            .collect();
        let keys = ReviewKeys(known);
        let clash = ReviewAction::ALL.into_iter().any(|a| {
            ReviewAction::ALL
                .into_iter()
                .any(|b| a < b && a.overlaps(b) && keys.key(a) == keys.key(b))
        });
        if clash { ReviewKeys::default() } else { keys }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grade(q: u8) -> ReviewAction {
        ReviewAction::Grade(q)
    }

    #[test]
    fn defaults_are_space_digits_ctrl_z_and_w() {
        let keys = ReviewKeys::default();
        let shown: Vec<String> = ReviewAction::ALL
            .into_iter()
            .map(|a| keys.key(a).to_string())
            .collect();
        assert_eq!(
            shown,
            ["Space", "0", "1", "2", "3", "4", "5", "Ctrl+Z", "W"]
        );
        assert!(keys.all_default());
    }

    #[test]
    fn a_new_key_is_kept_and_text_round_trips() {
        let keys = ReviewKeys::default()
            .with(grade(3), KeyBinding::parse("j").unwrap(), &[])
            .unwrap();
        assert_eq!(keys.key(grade(3)).to_string(), "J");
        assert!(!keys.all_default());
        for a in ReviewAction::ALL {
            assert_eq!(ReviewAction::from_id(&a.id()), Some(a));
            let k = a.default_key();
            assert_eq!(KeyBinding::parse(&k.to_string()), Ok(k));
        }
        // Back to the default key: nothing is stored for it.
        let back = keys.with(grade(3), grade(3).default_key(), &[]).unwrap();
        assert_eq!(back, ReviewKeys::default());
    }

    #[test]
    fn a_key_in_use_at_the_same_moment_is_refused() {
        let keys = ReviewKeys::default();
        let five = KeyBinding::parse("5").unwrap();
        let err = keys.with(grade(4), five, &[]).unwrap_err();
        assert!(err.contains("already the key for grade 5"), "{err}");
        let w = KeyBinding::parse("W").unwrap();
        assert!(keys.with(grade(0), w, &[]).is_err());
        let undo = KeyBinding::parse("Ctrl+Z").unwrap();
        assert!(keys.with(ReviewAction::Reveal, undo, &[]).is_err());
        // Reveal listens before the reveal, grades after it: they may share Space.
        let space = KeyBinding::parse("Space").unwrap();
        let shared = keys.with(grade(5), space, &[]).unwrap();
        assert_eq!(shared.key(grade(5)), shared.key(ReviewAction::Reveal));
    }

    #[test]
    fn keys_the_window_uses_elsewhere_and_fixed_keys_are_refused() {
        let reserved = [(KeyBinding::parse("Ctrl+1").unwrap(), "opens Today".into())];
        let err = ReviewKeys::default()
            .with(grade(1), KeyBinding::parse("Ctrl+1").unwrap(), &reserved)
            .unwrap_err();
        assert_eq!(err, "Ctrl+1 is taken: it opens Today. Pick another key.");
        for fixed in ["Enter", "Escape", "Tab", "F1", "Home"] {
            let err = KeyBinding::parse(fixed).unwrap_err();
            assert!(err.starts_with(fixed), "{err}");
        }
        assert!(KeyBinding::parse("Alt+J").is_err());
    }

    #[test]
    fn a_broken_or_clashing_hand_edit_falls_back() {
        let mut map = BTreeMap::new();
        map.insert("grade-2".to_string(), "K".to_string());
        map.insert("grade-9".to_string(), "L".to_string());
        map.insert("undo".to_string(), "Hyper+Q".to_string());
        let keys = ReviewKeys(map).cleaned();
        assert_eq!(keys.key(grade(2)).to_string(), "K");
        assert_eq!(keys.key(ReviewAction::Undo).to_string(), "Ctrl+Z");
        assert_eq!(keys.0.len(), 1);

        let mut clash = BTreeMap::new();
        clash.insert("grade-2".to_string(), "5".to_string());
        assert!(ReviewKeys(clash).cleaned().all_default());
    }
}
