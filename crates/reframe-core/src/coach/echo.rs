//! What a reply says back of the client's own words (coder version 55). In the app the coach
//! knows the statement the learner answered. A plain statement the rules could not place, with
//! no "you" and no reflective stem to show it reflects ("Three therapists, and nothing
//! changed."), is the client's meaning said back when most of its content words are the
//! client's: a simple reflection. Without the statement (`reframe code` on bare lines, the
//! public transcripts) nothing changes.

use super::text::Text;

/// Words that carry no content of their own: a reply does not echo the client by sharing them.
#[rustfmt::skip]
const PLAIN: &[&str] = &[
    "i", "me", "my", "you", "your", "youre", "it", "its", "is", "are", "was", "were", "be",
    "been", "am", "the", "a", "an", "and", "or", "but", "so", "to", "of", "in", "on", "at",
    "for", "with", "that", "this", "they", "them", "he", "she", "we", "our", "not", "no", "do",
    "does", "did", "have", "has", "had", "just", "like", "really", "very", "im", "dont", "cant",
    "what", "when", "why", "how", "all", "any", "some", "about", "if", "then", "than", "too",
    "also", "get", "got", "go", "going", "there", "here", "their", "his", "her", "him", "as",
    "by", "from", "up", "out", "over", "because", "one", "more", "much", "yeah", "okay", "well",
    "though", "theyre", "thats", "isnt", "wasnt", "doesnt", "didnt", "wont", "would", "could",
    "should", "will", "can", "yes",
];

/// How many leading letters two words must share to count as one ("kids" and "kid",
/// "changed" and "change").
const STEM: usize = 5;

fn stem(key: &str) -> &str {
    match key.char_indices().nth(STEM) {
        Some((at, _)) => &key[..at],
        None => key,
    }
}

fn content(key: &str) -> bool {
    key.chars().count() >= 3 && !PLAIN.contains(&key)
}

/// Whether at least half of the reply's content words (and at least one) are the statement's.
pub(super) fn echoes(statement: &str, reply: &Text) -> bool {
    let theirs = Text::new(statement);
    let client: std::collections::HashSet<&str> = theirs
        .words
        .iter()
        .map(|w| w.key.as_str())
        .filter(|k| content(k))
        .map(stem)
        .collect();
    let (mine, shared) = reply
        .words
        .iter()
        .map(|w| w.key.as_str())
        .filter(|k| content(k))
        .fold((0, 0), |(mine, shared), k| {
            (mine + 1, shared + usize::from(client.contains(stem(k))))
        });
    shared > 0 && 2 * shared >= mine
}
