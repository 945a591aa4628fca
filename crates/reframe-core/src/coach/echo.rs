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

/// The client's word as the clinician says it back: "I" is "you", "my" is "your".
fn said_back(key: &str) -> &str {
    match key {
        "i" | "me" => "you",
        "my" => "your",
        "myself" => "yourself",
        "mine" => "yours",
        "im" => "youre",
        "ive" => "youve",
        "ill" => "youll",
        "id" => "youd",
        "am" => "are",
        _ => key,
    }
}

/// Words that, just before a phrase said back, turn it round ("Not everyone does that", "You
/// don't need to be stronger").
#[rustfmt::skip]
const TURNS_ROUND: &[&str] = &[
    "not", "no", "never", "hardly", "nobody", "nothing", "dont", "doesnt", "didnt", "cant",
    "cannot", "wont", "isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt",
    "hasnt", "havent", "hadnt", "aint", "mustnt", "neednt",
];

/// How many of the reply's content words must be the client's for its flags to be theirs.
const ECHOED_SHARE: f64 = 0.7;

/// The longest statement or reply, in words, whose flags are compared with the client's words:
/// a card's statement and a reply said back run to a few dozen words, and beyond this a pasted
/// text is coded as it would be alone, so that the comparison stays bounded however long the
/// line (coding stays linear in the text).
const ECHO_MAX_WORDS: usize = 150;

/// Whether every flag on a reply is the client's own words said back (coder version 76): the
/// flagged words stand in the client's statement in the same order once "I" is read as "you"
/// ("I just need to study harder" → "you just need to study harder"), a single flagged word
/// with a word beside it; at least [`ECHOED_SHARE`] of the reply's content words are the
/// client's; and no "not", "never" or "don't" the client did not say stands just before the
/// words said back ("Not everyone does that", "You don't need to be stronger"; version 78). Such a reply hands the client's obligation, warning or verdict back to them: a
/// simple reflection, however much it sounds like advice.
pub(super) fn flags_echo(statement: &str, reply: &Text, flags: &[super::Flag]) -> bool {
    if flags.is_empty() || reply.words.len() > ECHO_MAX_WORDS {
        return false;
    }
    let theirs = Text::new(statement);
    let client: Vec<&str> = theirs.words.iter().map(|w| said_back(&w.key)).collect();
    if client.is_empty() || client.len() > ECHO_MAX_WORDS {
        return false;
    }
    // `Text` has already read "u" as "you" and "ur" as "your".
    let mine: Vec<&str> = reply.words.iter().map(|w| w.key.as_str()).collect();
    // The share of the reply's content words that are the client's.
    let stems: std::collections::HashSet<&str> = client.iter().map(|k| stem(k)).collect();
    let (content_words, shared) = mine
        .iter()
        .filter(|k| content(k))
        .fold((0usize, 0usize), |(n, s), k| {
            (n + 1, s + usize::from(stems.contains(stem(k))))
        });
    if content_words > 0 && (shared as f64) < ECHOED_SHARE * content_words as f64 {
        return false;
    }
    flags.iter().all(|flag| {
        // The words the flag covers.
        let first = reply
            .words
            .iter()
            .position(|w| w.span.start >= flag.span.start);
        let end = reply
            .words
            .iter()
            .rposition(|w| w.span.end <= flag.span.end)
            .map(|i| i + 1);
        let (Some(a), Some(b)) = (first, end) else {
            return false;
        };
        if a >= b {
            return false;
        }
        // Facts flagged as a whole sentence for their words of harm ("Counselling made things
        // worse for you."): those words are what must be the client's (version 79).
        let parts = if flag.reason == crate::markers::ARGUING_INFO {
            super::rules::harm_words(reply, a..b)
        } else {
            Vec::new()
        };
        let sides = Sides {
            reply,
            mine: &mine,
            theirs: &theirs,
            client: &client,
        };
        if parts.is_empty() {
            said_back_whole(&sides, a, b)
        } else {
            parts
                .iter()
                .all(|p| said_back_whole(&sides, p.start, p.end))
        }
    })
}

/// The two sides of an echo: the reply's words and the client's, as keys (the client's said
/// back), with the texts they came from.
struct Sides<'a> {
    reply: &'a Text<'a>,
    mine: &'a [&'a str],
    theirs: &'a Text<'a>,
    client: &'a [&'a str],
}

/// Whether the reply's words `a..b` stand in the client's words within a run of at least two,
/// with nothing turning them round: no "not", "never" or "don't" the client did not say just
/// before them in the reply (version 78), and the sentence before the run negated on both
/// sides or on neither ("Smoking hasn't made anything worse" said back as "smoking made things
/// worse" is not the client's view; version 79).
fn said_back_whole(sides: &Sides, a: usize, b: usize) -> bool {
    let (mine, client) = (sides.mine, sides.client);
    let (run, left, at) = longest_run(mine, client, a, b);
    let before = left.checked_sub(1).map(|i| mine[i]);
    run >= 2
        && before.is_none_or(|w| !TURNS_ROUND.contains(&w) || client.contains(&w))
        && negated_before(sides.reply, mine, left) == negated_before(sides.theirs, client, at)
}

/// A "not", "never" or "don't" stands in word `at`'s sentence before it.
fn negated_before(text: &Text, keys: &[&str], at: usize) -> bool {
    let Some(sentence) = text.words.get(at).map(|w| w.sentence) else {
        return false;
    };
    (0..at)
        .rev()
        .take_while(|&i| text.words[i].sentence == sentence)
        .any(|i| TURNS_ROUND.contains(&keys[i]))
}

/// The longest run of words the reply shares, in order, with the client's, that holds the
/// reply's words `a..b`: its length, where it starts in the reply and where in the client's
/// words.
fn longest_run(mine: &[&str], client: &[&str], a: usize, b: usize) -> (usize, usize, usize) {
    let n = b - a;
    let mut best = (0, a, 0);
    for j in 0..client.len().saturating_sub(n - 1) {
        super::text::tick();
        if client[j..j + n] != mine[a..b] {
            continue;
        }
        let (mut left, mut at) = (a, j);
        while left > 0 && at > 0 && mine[left - 1] == client[at - 1] {
            left -= 1;
            at -= 1;
        }
        let (mut right, mut to) = (b, j + n);
        while right < mine.len() && to < client.len() && mine[right] == client[to] {
            right += 1;
            to += 1;
        }
        if right - left > best.0 {
            best = (right - left, left, at);
        }
    }
    best
}

/// A flag on facts whose words of harm are the client's own, turned round: said back without
/// the client's "not" or with one the client did not say ("Vaping made things worse for your
/// chest" to "Vaping hasn't made anything worse for my chest"). Such facts contradict the
/// client, whatever the second reader makes of them (coder version 107).
pub(super) fn turns_round(statement: &str, reply: &Text, flag: &super::Flag) -> bool {
    if reply.words.len() > ECHO_MAX_WORDS {
        return false;
    }
    let theirs = Text::new(statement);
    let client: Vec<&str> = theirs.words.iter().map(|w| said_back(&w.key)).collect();
    if client.is_empty() || client.len() > ECHO_MAX_WORDS {
        return false;
    }
    let mine: Vec<&str> = reply.words.iter().map(|w| w.key.as_str()).collect();
    let inside: Vec<usize> = (0..reply.words.len())
        .filter(|&i| {
            reply.words[i].span.start >= flag.span.start && reply.words[i].span.end <= flag.span.end
        })
        .collect();
    let (Some(&a), Some(&last)) = (inside.first(), inside.last()) else {
        return false;
    };
    super::rules::harm_words(reply, a..last + 1)
        .iter()
        .any(|part| {
            let (run, left, at) = longest_run(&mine, &client, part.start, part.end);
            let before = left.checked_sub(1).map(|i| mine[i]);
            // One shared word of harm is enough here: a "not" on one side only turns it round.
            run >= 1
                && (before.is_some_and(|w| TURNS_ROUND.contains(&w) && !client.contains(&w))
                    || negated_before(reply, &mine, left) != negated_before(&theirs, &client, at))
        })
}

/// The longest opening question, in words, read as the client's word thrown back.
const THROWN_BACK_MAX_WORDS: usize = 3;

/// A reply that opens by throwing the client's own word back as a question, then goes on
/// ("Everyone? I doubt that.", "End of? It's site rules, mate.", coder version 82): the
/// opening sentence is a question of at most [`THROWN_BACK_MAX_WORDS`] words, all the
/// client's (said back), and more follows. Where the words thrown back are, if so.
pub(super) fn throws_back_their_word(
    statement: &str,
    reply: &Text,
) -> Option<std::ops::Range<usize>> {
    let first = reply.sentences.first()?;
    let n = first.words.len();
    if !first.asks || n == 0 || n > THROWN_BACK_MAX_WORDS || reply.sentences.len() < 2 {
        return None;
    }
    if reply.words.len() > ECHO_MAX_WORDS {
        return None;
    }
    let theirs = Text::new(statement);
    if theirs.words.len() > ECHO_MAX_WORDS {
        return None;
    }
    let client: std::collections::HashSet<&str> =
        theirs.words.iter().map(|w| said_back(&w.key)).collect();
    first
        .words
        .clone()
        .all(|i| client.contains(reply.key(i)) || client.contains(said_back(reply.key(i))))
        .then(|| first.words.clone())
}
