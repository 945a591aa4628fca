//! Shapes of an argument that a list of words cannot catch, because the words themselves are
//! ordinary: a tautology that waves a distinction away ("Stress is stress, whatever the job"),
//! and a statement of fact closed with ", you know", which lectures. Both count only when the
//! clinician says them: inside a frame of the client's view they are left alone. Also a
//! negative statement closed with a tag ("…isn't really under control, is it?"), which leads,
//! and a sentence that opens on what most people do ("Plenty of students study online…"),
//! which holds them up against the client.

use super::lexicon as lex;
use super::scan::NEGATIONS;
use super::text::{CONTEXT_WORDS, Text};
use crate::markers::{LEADING, LECTURING_TAG, MarkerHit, MarkerKind, NORMATIVE, OK_BUT, TAUTOLOGY};

/// Adds a hit for each shape found; `framed` says whether a word sits inside a frame of the
/// client's or someone else's view.
pub(super) fn shape_hits(
    text: &Text,
    hits: &mut Vec<MarkerHit>,
    framed: impl Fn(usize, MarkerKind) -> bool,
) {
    let mut hit = |kind, words, reason| hits.push(super::scan::hit_on(text, kind, words, reason));
    // A lone slogan ("Love is love.") may be the client's own; a tautology with more said
    // around it is an argument.
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
                && words.end - words.start > 3
                && !framed(at, MarkerKind::Confront)
            {
                hit(MarkerKind::Confront, at..at + 3, TAUTOLOGY);
            }
            // "A little coke is still coke", "a bet is still a bet": the same, said with "still".
            let article = usize::from(at + 4 < words.end && matches!(text.key(at + 3), "a" | "an"));
            let same = at + 3 + article;
            if a.len() >= 3
                && verb == "is"
                && b == "still"
                && same < words.end
                && text.key(same) == a
                && !matches!(a, "that" | "this" | "what" | "which" | "there" | "it")
                // "Progress is still progress", "a win is still a win" affirm.
                && !matches!(
                    a,
                    "progress" | "win" | "step" | "success" | "improvement" | "achievement"
                        | "start" | "effort" | "victory" | "change"
                )
                // "For you, a slip is still a slip", "debt is still debt to you": said as the
                // client's view, it reflects ("…, and your family knows it" does not make it so).
                && !text
                    .context_before(at)
                    .inspect(|_| super::text::tick())
                    .any(|j| matches!(text.key(j), "you" | "youre" | "yourself"))
                && !(matches!(text.key(same + 1), "to" | "for") && text.key(same + 2) == "you")
                && !framed(at, MarkerKind::Confront)
            {
                hit(MarkerKind::Confront, at..same + 1, TAUTOLOGY);
            }
        }
        // "Okay, but you can't think about it forever": a bare "okay" opening a statement,
        // then "but", grants the client's point in a word and moves on to the clinician's.
        // A question after it ("Okay, but what would help?", also typed without its "?")
        // still asks, "okay, but I…" is the clinician's own part, and "Okay, but that's your
        // call" hands the choice back.
        let first = words.start;
        // Read only for a sentence that opens "okay, but".
        let hands_back = || {
            (first + 2..words.end).any(|j| {
                matches!(text.key(j), "call" | "choice" | "decision" | "expert")
                    || (text.key(j) == "up" && text.key(j + 1) == "to" && text.key(j + 2) == "you")
            })
        };
        if !s.asks
            && words.end - words.start > 3
            && matches!(text.key(first), "ok" | "okay" | "k")
            && text.key(first + 1) == "but"
            && !matches!(
                text.key(first + 2),
                "i" | "im"
                    | "ive"
                    | "id"
                    | "ill"
                    | "sounds"
                    | "it"
                    | "what"
                    | "how"
                    | "why"
                    | "when"
                    | "where"
                    | "who"
                    | "which"
            )
            && !hands_back()
        {
            hit(MarkerKind::Persuade, first..first + 2, OK_BUT);
        }
        // "…, you know." closing a statement that is not about the client or the speaker.
        let n = words.end - words.start;
        if n >= 4 && !s.asks {
            let (you, know) = (words.end - 2, words.end - 1);
            let first = text.key(words.start);
            if text.key(you) == "you"
                && text.key(know) == "know"
                && text.words[you].pause_before
                && !lex::about_client_or_speaker(first)
                && !framed(words.start, MarkerKind::Persuade)
                && !warm(text, words.clone())
            {
                hit(MarkerKind::Persuade, words.clone(), LECTURING_TAG);
            }
        }
        // "That's your pride talking", "…, I bet": a label on where the client's words come
        // from, and sarcasm.
        let n = words.end - words.start;
        let last = text.key(words.end - 1);
        let first = text.key(words.start);
        // "…talking" names a source ("your pride", "the drink", "a fixed mindset"); "it's been
        // good talking" does not.
        let voice = (3..=7).contains(&n)
            && last == "talking"
            && matches!(first, "thats" | "its" | "that")
            && (words.start + 1..words.end - 1)
                .any(|i| matches!(text.key(i), "your" | "the" | "a" | "his" | "her" | "their"));
        let i_bet = n >= 4
            && last == "bet"
            && text.key(words.end - 2) == "i"
            && text.words[words.end - 2].pause_before
            && !warm(text, words.clone());
        if (voice || i_bet) && !framed(words.start, MarkerKind::Confront) {
            hit(
                MarkerKind::Confront,
                words.clone(),
                crate::markers::SARCASM_OR_SOURCE,
            );
        }
        // "…, you'll see." promises it will be fine.
        let youll_see = n >= 4
            && last == "see"
            && text.key(words.end - 2) == "youll"
            && text.words[words.end - 2].pause_before;
        if youll_see {
            hit(
                MarkerKind::Reassurance,
                words.end - 2..words.end,
                crate::markers::YOULL_SEE,
            );
        }
        // "…, just saying", "I'm just saying": the clinician's point pressed and disowned.
        let just_saying = n >= 2
            && last == "saying"
            && text.key(words.end - 2) == "just"
            && (words.end - 2 == words.start
                || text.words[words.end - 2].pause_before
                || matches!(text.key(words.end - 3), "im" | "i"));
        if just_saying && !framed(words.end - 2, MarkerKind::Confront) {
            hit(
                MarkerKind::Confront,
                words.end - 2..words.end,
                crate::markers::JUST_SAYING,
            );
        }
        // "That's a myth, I'm afraid", "…isn't optional I'm afraid": a statement closed with
        // regret tells the client they are wrong or have no say (coder version 61). Not the
        // clinician's own admission ("I didn't, I'm afraid") or the service's ("We're full,
        // I'm afraid"), nor the session's time ("That's all the time we have, I'm afraid").
        // The words of the regret, "I'm afraid" or "I am afraid", when the sentence closes on it.
        let regret = (n >= 4 && last == "afraid")
            .then(
                || match (text.key(words.end - 3), text.key(words.end - 2)) {
                    (_, "im") => Some(words.end - 2),
                    ("i", "am") => Some(words.end - 3),
                    _ => None,
                },
            )
            .flatten();
        if let Some(regret) = regret
            && regret - words.start >= 2
            && !matches!(
                first,
                "i" | "im" | "ive" | "id" | "ill" | "we" | "were" | "weve"
            )
            && !(words.start..regret).any(|i| {
                matches!(
                    text.key(i),
                    "time" | "minutes" | "mins" | "session" | "appointment" | "appointments"
                )
            })
            && !framed(regret, MarkerKind::Confront)
        {
            hit(
                MarkerKind::Confront,
                regret..words.end,
                crate::markers::IM_AFRAID,
            );
        }
        if let Some(tag) = leading_tag(text, words.clone()) {
            hit(MarkerKind::LeadingQuestion, words.start..tag.end, LEADING);
        }
        if let Some(group) = most_people(text, words.clone())
            && !s.asks
            && !framed(group.start, MarkerKind::Persuade)
        {
            hit(MarkerKind::Persuade, group, NORMATIVE);
        }
        if !s.asks
            && let Some(promise) = benefit_if(text, words.clone())
            && !framed(promise.start, MarkerKind::Persuade)
        {
            hit(MarkerKind::Persuade, promise, crate::markers::BENEFIT_IF);
        }
        if s.asks
            && let Some(choice) = disaster_choice(text, words.clone())
            && !framed(choice.start, MarkerKind::Confront)
        {
            hit(
                MarkerKind::Confront,
                choice,
                crate::markers::DISASTER_CHOICE,
            );
        }
        if !s.asks
            && let Some(side) = maybe_their_reason(text, words.clone())
            && !framed(side.start, MarkerKind::Confront)
        {
            hit(MarkerKind::Confront, side, crate::markers::SIDING);
        }
        if let Some(side) = their_reasons(text, words.clone())
            && !framed(side.start, MarkerKind::Confront)
        {
            hit(MarkerKind::Confront, side, crate::markers::SIDING);
        }
        if let Some(blame) = so_blame(text, words.clone())
            && !framed(blame.start, MarkerKind::Confront)
        {
            hit(MarkerKind::Confront, blame, crate::markers::SO_BLAME);
        }
        if s.asks && so_then(text, words.clone()) && !framed(words.start, MarkerKind::Confront) {
            hit(MarkerKind::Confront, words.clone(), crate::markers::SO_THEN);
        }
        if s.asks
            && let Some(tag) = sceptical_tag(text, words.clone())
            && !framed(words.start, MarkerKind::Confront)
        {
            hit(
                MarkerKind::Confront,
                words.start..tag.end,
                crate::markers::SCEPTICAL_TAG,
            );
        }
    }
    if let Some(echo) = echo_rebuttal(text)
        && !framed(echo.start, MarkerKind::Confront)
    {
        hit(MarkerKind::Confront, echo, crate::markers::ECHO_REBUTTAL);
    }
}

/// A reply whose last sentence opens on "so" and closes on a "then" that is not one of time, said
/// or asked ("So the app is all you need then."): a conclusion drawn, not a plain statement of
/// what the client said. Read in reply, where such a sentence made of the client's own words
/// would otherwise be a simple reflection by [`super::echo::echoes`] (coder version 149). Said
/// without a question mark it may be a verdict or a reflection closed by a softener ("So you're
/// going to give the patches a try then."); the words alone do not tell which.
pub(super) fn concludes_on_then(text: &Text) -> bool {
    text.sentences
        .last()
        .is_some_and(|s| so_then_conclusion(text, s.words.clone()).is_some())
}

/// Where a sentence (its `words`) opens on "so" and closes on a "then" that is not one of time,
/// with at least one word between them: the index of its "so". Shared by [`so_then`] and
/// [`concludes_on_then`].
fn so_then_conclusion(text: &Text, words: std::ops::Range<usize>) -> Option<usize> {
    let at = opens_on_so(text, words.clone())?;
    let last = words.end - 1;
    // "…back then" is one of time; after a comma ("…off your back, then?") it is the
    // conclusion.
    (last > at + 1
        && text.key(last) == "then"
        && (text.words[last].pause_before || !TIME_BEFORE_THEN.contains(&text.key(last - 1))))
    .then_some(at)
}

/// Words that make a closing "then" one of time ("back then", "since then", "until then").
#[rustfmt::skip]
const TIME_BEFORE_THEN: &[&str] = &[
    "back", "since", "by", "and", "until", "till", "from", "just", "only", "even", "right", "now",
    "before", "after",
];

/// "So you're fine with being tired all the time, then?", "so it's all her fault then?": a
/// statement about the client opened with "so" and asked back closed with "then" draws the
/// client's conclusion for them. Left alone: "then" of time ("…back then?", "…since then?"
/// without a comma before it), and a sentence in a question's order.
fn so_then(text: &Text, words: std::ops::Range<usize>) -> bool {
    let last = words.end - 1;
    so_then_conclusion(text, words).is_some_and(|at| {
        last > at + 2
            && matches!(
                text.key(at + 1),
                "you" | "youre" | "youll" | "youd" | "youve" | "ur" | "u" | "its" | "it" | "thats"
            )
    })
}

/// "so its the app's fault and not yours", "So none of it is on you?", "so ur wife is wrong and
/// ur right?": a sentence opened with "so" that sums the client's account up as blaming someone
/// else, or as blaming no one. The words from "so" to the end of the sentence. Left alone: "not
/// your fault", and an account of blame not opened with "so" ("…and somehow it's your fault").
fn so_blame(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let at = opens_on_so(text, words.clone())?;
    let blames = (at + 1..words.end).any(|i| {
        let k = text.key(i);
        (k == "fault" && !NEGATIONS.contains(&text.key(i.saturating_sub(2))))
            // "all on her", "none of it is on you", but not "it all falls on you".
            || (matches!(k, "all" | "none" | "nothing")
                && (text.key(i + 1) == "on"
                    || (text.key(i + 1) == "is" && text.key(i + 2) == "on")
                    || (text.key(i + 1) == "of"
                        && text.key(i + 2) == "it"
                        && (text.key(i + 3) == "on"
                            || (text.key(i + 3) == "is" && text.key(i + 4) == "on")))))
            || (k == "wrong"
                && text.key(i + 1) == "and"
                && (i + 2..(i + 5).min(words.end)).any(|j| text.key(j) == "right"))
    });
    blames.then_some(at..words.end)
}

/// Where a sentence opens on "so", after "and", "but", "ok(ay)" or "right" ("Okay, so you…"):
/// the index of the "so", or `None`.
fn opens_on_so(text: &Text, words: std::ops::Range<usize>) -> Option<usize> {
    let mut at = words.start;
    while at + 2 < words.end && matches!(text.key(at), "and" | "but" | "ok" | "okay" | "right") {
        at += 1;
    }
    (text.key(at) == "so").then_some(at)
}

/// Words a client plays down or sweeps with ("only", "a few", "everyone", "never") and counts:
/// asked back alone, they are the clinician's doubt.
#[rustfmt::skip]
const ECHOED: &[&str] = &[
    "only", "just", "few", "bit", "little", "sometimes", "one", "anyone", "anybody",
    "everybody", "everyone", "nobody", "never", "always", "hundreds", "thousands", "all",
    "nothing", "every", "most", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "twenty", "seriously",
];

/// The longest fragment asked back and then answered that reads as a rebuttal whatever its
/// words ([`echo_rebuttal`]).
const FRAGMENT_WORDS: usize = 3;

/// Words in the answer to a fragment asked back that validate rather than dispute ("Stressed?
/// That's understandable.").
#[rustfmt::skip]
const VALIDATES: &[&str] = &[
    "understandable", "sense", "wonder", "course", "sorry", "natural", "hard", "tough",
];

/// Openings of a short question that asks something of its own ("Any other…?", "How many?",
/// "Really?", "Sorry?"), not an echo.
#[rustfmt::skip]
const NOT_ECHO: &[&str] = &[
    "what", "whats", "how", "hows", "why", "when", "where", "who", "which", "do", "does", "did",
    "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will", "should",
    "shall", "may", "might", "any", "anything", "right", "yes", "yeah", "no", "ok", "okay",
    "really", "hmm", "mm", "huh", "sorry", "pardon", "else", "ah", "aha", "ahh",
];

/// After the echo, openings that reflect or wonder ("Only twice? It sounds like…").
#[rustfmt::skip]
const ECHO_THEN_REFLECTS: &[&str] = &[
    "it sounds", "sounds", "it seems", "seems", "what im hearing", "i hear", "youre saying",
    "you feel", "i wonder", "im wondering", "so it sounds", "so youre saying",
];

/// "Only bits? It was forty percent of the essay.", "everyone? i doubt that", "four?? thats
/// insane": a short question that opens the reply and echoes the client's own word (a word
/// that plays down or sweeps, a count, or asked with "??"), then the clinician's answer to it
/// in statements. The words of the echo and of the first answer, or `None`. Left alone: a
/// short question of its own ("Any other family? You mentioned your brother."), an echo
/// followed by a reflection ("Only twice? It sounds like…") or by praise ("Four days? That's
/// brilliant."), and a reply that asks again after it.
fn echo_rebuttal(text: &Text) -> Option<std::ops::Range<usize>> {
    let [echo, answer, rest @ ..] = text.sentences.as_slice() else {
        return None;
    };
    let n = echo.words.end - echo.words.start;
    if !echo.asks || !(1..=5).contains(&n) || answer.asks || rest.iter().any(|s| s.asks) {
        return None;
    }
    let mut first = echo.words.start;
    while first + 1 < echo.words.end
        && matches!(
            text.key(first),
            "and" | "so" | "but" | "oh" | "ok" | "okay" | "um" | "yeah"
        )
    {
        first += 1;
    }
    if NOT_ECHO.contains(&text.key(first)) {
        return None;
    }
    let doubled = text.raw[echo.span.clone()].ends_with("??");
    let echoed = echo.words.clone().any(|i| {
        let k = text.key(i);
        ECHOED.contains(&k) || k.starts_with(|c: char| c.is_ascii_digit())
    });
    // "End of? Your hamstring might have different ideas.", "Fussing? She's trying to keep you
    // alive.": a fragment of at most three words, asked back on its own, then answered (coder
    // version 86).
    let fragment = echo.words.end - first <= FRAGMENT_WORDS
        // "Your brother?", "At uni?", "In the mornings?": which one, where or when, asked.
        && !matches!(
            text.key(first),
            "your" | "you" | "ur" | "u" | "at" | "in" | "on" | "by" | "with" | "for" | "from"
                | "since" | "after" | "before" | "during" | "about" | "like"
        )
        && !(first..echo.words.end).any(|i| NOT_ECHO.contains(&text.key(i)))
        && !(answer.words.clone()).any(|i| VALIDATES.contains(&text.key(i)));
    if !(doubled || echoed || fragment) || answer.words.end - answer.words.start < 2 {
        return None;
    }
    let reflects = ECHO_THEN_REFLECTS.iter().any(|p| {
        super::text::keys(p)
            .iter()
            .enumerate()
            .all(|(j, k)| text.key(answer.words.start + j) == k)
    });
    let praises = text.sentences[1..].iter().any(|s| {
        warm(text, s.words.clone())
            || s.words
                .clone()
                .any(|i| lex::PRAISE_WORDS.contains(&text.key(i)))
    });
    (!reflects && !praises).then_some(echo.words.start..answer.words.end)
}

/// What a sarcastic "you'd rather…?" pins on the client's choice.
#[rustfmt::skip]
const DISASTERS: &[&str] = &[
    "lose", "losing", "cancer", "hospital", "custody", "prison", "jail", "die", "dying", "dead",
    "death", "blind", "eyesight", "stroke", "overdose", "amputation", "amputated", "evicted",
    "homeless", "sacked", "fired", "expelled", "throw",
    // Coder version 95: harms named in the read sets' "So you'd rather…?" replies.
    "risk", "risking", "wreck", "wrecking", "ruin", "ruining", "damage", "disease", "suffer",
    "struggle", "cavities", "sick", "worse", "pain", "drugs", "crash", "injury", "fail",
];

/// A question in the order of a statement, "(So) you'd rather…?", that sets a disaster against
/// the client's choice ("So you'd rather lose your teeth than give up Coke?", "so u would
/// rather be back in hospital?"): the words from "you" to the end of the sentence. Left alone:
/// "Would you rather…?" (a real choice), "you'd rather not…" (the client's wish to avoid it),
/// and a question with no disaster in it ("So you'd rather keep your weekends free?").
fn disaster_choice(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let at = super::rules::first_real_word(text, words.clone());
    let rather = match (text.key(at), text.key(at + 1), text.key(at + 2)) {
        ("youd", "rather", _) => at + 1,
        ("you", "would", "rather") => at + 2,
        _ => return None,
    };
    if rather + 1 >= words.end || text.key(rather + 1) == "not" {
        return None;
    }
    let end = words.end.min(rather + 1 + CONTEXT_WORDS);
    (rather + 1..end)
        .any(|j| DISASTERS.contains(&text.key(j)))
        .then_some(at..words.end)
}

/// The people who push the client, named as the subject.
const PUSHERS: &[&str] = &[
    "they", "he", "she", "doctor", "doctors", "gp", "court", "judge", "school", "teacher",
    "teachers", "parents", "mum", "mom", "dad", "boss", "manager", "employer", "work", "hr",
    "police", "nurse", "officer", "wife", "husband", "partner", "family", "team", "service",
];

/// Someone who pushes the client, defended by what they must have had in mind: "Your doctor
/// wouldn't prescribe them if they did nothing", "ur parents wouldnt of booked it if u were
/// fine", "HR must have seen something", "she must have a good reason". The words from the
/// subject to the reasoning, or `None`. Left alone: a condition about caring ("she wouldn't
/// have come if she didn't care"), what the pushers must have felt or carried ("your mum must
/// have had a hard time"), and a sentence that goes on to the client's view ("…, and you're
/// not sure what", "…, is how it feels"). Every look is bounded, so the cost stays linear.
fn their_reasons(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    // Each word looked at is counted, so `coding_is_linear_in_the_text` sees this look too.
    let window =
        |from: usize| (from..words.end.min(from + CONTEXT_WORDS)).inspect(|_| super::text::tick());
    let clients_view = |from: usize| {
        window(from).any(|k| {
            matches!(
                text.key(k),
                "youre"
                    | "feel"
                    | "feels"
                    | "felt"
                    | "think"
                    | "thought"
                    | "hurt"
                    | "sure"
                    | "want"
                    | "wanted"
                    | "caught"
                    | "wish"
            )
        })
    };
    for at in words.start + 1..words.end {
        if !PUSHERS.contains(&text.key(at - 1)) {
            continue;
        }
        let reasoning = match text.key(at) {
            // "…wouldn't (have) … if …": the condition must follow close by.
            "wouldnt" => window(at + 1).find(|&j| text.key(j) == "if").filter(|&j| {
                !window(j).any(|k| {
                    matches!(
                        text.key(k),
                        "care"
                            | "cared"
                            | "cares"
                            | "love"
                            | "loved"
                            | "loves"
                            | "matter"
                            | "matters"
                            | "mattered"
                    )
                })
            }),
            // "…must have seen / noticed…", "…must have (had) a good reason / their reasons".
            "must" if at + 2 < words.end && matches!(text.key(at + 1), "have" | "of") => {
                let seen = matches!(text.key(at + 2), "seen" | "noticed");
                let reason = window(at + 2)
                    .take(4)
                    .find(|&k| matches!(text.key(k), "reason" | "reasons"));
                if seen { Some(at + 2) } else { reason }
            }
            _ => None,
        };
        if let Some(end) = reasoning
            && !clients_view(at)
        {
            return Some(at - 1..end + 1);
        }
    }
    None
}

/// Words of feeling or appreciation ([`lex::WARM`]): "That took courage, you know", "That must
/// have been hard, I bet" are warm, not a lecture or a jibe.
fn warm(text: &Text, words: std::ops::Range<usize>) -> bool {
    words.into_iter().any(|i| lex::WARM.contains(&text.key(i)))
}

/// A negative statement closed with a positive tag ("…isn't really functioning, is it?",
/// "you don't need that, do you?"): the tag asks only for agreement. A positive statement with
/// a negative tag ("you're tired, aren't you?") checks a reflection and is left alone.
fn leading_tag(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has",
        "have", "should",
    ];
    const PRONOUNS: &[&str] = &["it", "you", "they", "he", "she", "we", "that", "there"];
    // With a question mark or without: typed in a hurry the tag often ends with a full stop
    // ("…, is it."), and it is still a tag.
    if words.end - words.start < 5 {
        return None;
    }
    let (aux, pronoun) = (words.end - 2, words.end - 1);
    // Typed without its comma ("thats not really cutting down is it") it is still a tag, in a
    // statement: not after a question word ("how bad is it") or in a question.
    let first = text.key(words.start);
    // "…do it", "…did it", "…are there" are a verb and its object or place, not a tag; so is
    // "…make you have it" (coder version 150): no tag pairs "have" with "it".
    let verb_and_object = (matches!(text.key(aux), "do" | "does" | "did" | "have")
        && text.key(pronoun) == "it")
        || matches!(text.key(pronoun), "there" | "that");
    let unmarked_tag = !text.words[aux].pause_before
        && !verb_and_object
        && !lex::OPEN_WH.contains(&text.key(aux - 1))
        && !lex::NARROW_WH.contains(&text.key(aux - 1))
        && !lex::OPEN_WH.contains(&first)
        && !lex::NARROW_WH.contains(&first)
        && !lex::AUXILIARIES.contains(&first);
    if !AUX.contains(&text.key(aux))
        || !PRONOUNS.contains(&text.key(pronoun))
        || !(text.words[aux].pause_before || unmarked_tag)
    {
        return None;
    }
    // The negation must be in the clause the tag closes, not in an earlier one ("if you don't
    // have a job, your confidence is lower, is that…").
    let clause = tag_clause(text, words.clone(), aux);
    negated(text, clause..aux).then_some(aux..words.end)
}

/// Where the clause a tag at `aux` closes begins: after the last comma before the tag, or at
/// the sentence's start.
fn tag_clause(text: &Text, words: std::ops::Range<usize>, aux: usize) -> usize {
    (words.start + 1..aux)
        .rev()
        .find(|&i| text.words[i].pause_before)
        .unwrap_or(words.start)
}

/// A "not", "never", "nothing" or "nobody" among the words.
fn negated(text: &Text, words: std::ops::Range<usize>) -> bool {
    words.into_iter().any(|i| {
        let k = text.key(i);
        NEGATIONS.contains(&k) || matches!(k, "nothing" | "nobody")
    })
}

/// A positive statement closed with a positive tag ("So she's making it up, is she?", "so
/// you'll stop when you change jobs, will you?", "I'll just ring them and ask nicely, shall
/// I?"): opened on "so", "oh", "sure", "right" or "and", a tag that keeps the statement's sign
/// does not check a reflection, it doubts it. Without such an opening it may check one ("Your
/// family is important to you, is it?"), and a negative tag ("you're tired, aren't you?") is
/// left alone. The tag must follow a comma and the statement must not open as a question; the
/// words of the tag, or `None`.
fn sceptical_tag(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has",
        "have", "had", "should", "shall",
    ];
    const PRONOUNS: &[&str] = &["it", "you", "they", "he", "she", "we", "i"];
    if words.end - words.start < 5
        || !matches!(
            text.key(words.start),
            "so" | "oh" | "sure" | "right" | "and"
        )
    {
        return None;
    }
    let (aux, pronoun) = (words.end - 2, words.end - 1);
    if !AUX.contains(&text.key(aux))
        || !PRONOUNS.contains(&text.key(pronoun))
        || !text.words[aux].pause_before
    {
        return None;
    }
    let clause = tag_clause(text, words.clone(), aux);
    let first = super::rules::first_real_word(text, clause..aux);
    // A statement of two words or more, not a question ("is that right, is it?") and not a
    // negative one, which `leading_tag` reads.
    if aux < first + 2
        || lex::AUXILIARIES.contains(&text.key(first))
        || lex::OPEN_WH.contains(&text.key(first))
        || lex::NARROW_WH.contains(&text.key(first))
    {
        return None;
    }
    let negative = negated(text, clause..aux) || (clause..aux).any(|i| text.key(i) == "none");
    (!negative).then_some(aux..words.end)
}

/// "Most people…", "Plenty of students…", "Lots of nurses…" opening a sentence: what others
/// manage, set against the client. Returns the words of the group.
fn most_people(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    const PEOPLE: &[&str] = &[
        "people",
        "patients",
        "students",
        "nurses",
        "musicians",
        "smokers",
        "drinkers",
        "parents",
        "kids",
        "men",
        "women",
        "folk",
        "clients",
        "users",
        "gamblers",
        "couples",
        "adults",
        "teenagers",
        "workers",
        "others",
        "families",
        "mums",
        "dads",
    ];
    let mut at = words.start;
    while at < words.end
        && matches!(
            text.key(at),
            "and" | "so" | "but" | "well" | "honestly" | "look"
        )
    {
        at += 1;
    }
    let key = |i: usize| if i < words.end { text.key(i) } else { "" };
    let after_quantifier = match key(at) {
        "most" | "many" => at + 1,
        "lots" | "plenty" | "loads" if key(at + 1) == "of" => at + 2,
        "a" if key(at + 1) == "lot" && key(at + 2) == "of" => at + 3,
        _ => return None,
    };
    // One describing word may come between ("plenty of great musicians").
    let group = (after_quantifier..(after_quantifier + 2).min(words.end))
        .find(|&i| PEOPLE.contains(&key(i)))
        .map(|i| at..i + 1)?;
    // Others who manage what the client says they cannot ("…work long shifts without
    // drinking", "…still keep a normal routine") is pressure; others who find it hard too
    // ("many people find the first days the hardest") normalises, and is information.
    let rest = group.end..words.end;
    let manage = rest
        .clone()
        .any(|i| matches!(key(i), "without" | "manage" | "learn" | "sober" | "cope"));
    let hard = rest.into_iter().any(|i| {
        matches!(
            key(i),
            "hard"
                | "hardest"
                | "harder"
                | "difficult"
                | "struggle"
                | "struggled"
                | "several"
                | "slip"
                | "relapse"
        )
    });
    // "Most people don't manage…" denies the standard; "…learn to say no" does not.
    let negated = (group.end..words.end)
        .any(|i| NEGATIONS.contains(&key(i)) && !matches!(key(i), "no" | "never" | "nor"));
    (manage && !hard && !negated).then_some(group)
}

/// What a client might change, after "if you…".
#[rustfmt::skip]
const CHANGES: &[&str] = &[
    "stop", "stopped", "quit", "cut", "got", "get", "put", "tried", "try", "started", "start",
    "took", "take", "went", "go", "gave", "give", "ate", "eat", "drank", "exercise",
    "exercised", "used", "made", "spent", "saved", "save", "told", "tell", "talked", "talk",
    "stuck", "stick", "switched", "switch", "kept", "keep", "joined", "join", "listened",
    "listen", "reduced", "reduce", "limited", "limit", "changed", "change", "walked", "walk",
    "slept", "left", "leave", "sorted", "sort", "paid", "pay", "booked", "book", "called",
    "call", "rang", "ring", "checked", "check", "followed", "follow", "dropped", "drop",
    "ditched", "ditch", "swapped", "swap", "turned", "turn", "moved", "move", "opened",
    "open", "asked", "ask", "did", "do",
];

/// What the change is promised to bring: a comparative ("better", "easier", "more").
#[rustfmt::skip]
const BENEFITS: &[&str] = &[
    "better", "easier", "happier", "healthier", "calmer", "quicker", "faster", "sooner",
    "lighter", "stronger", "fitter", "safer", "cheaper", "richer", "more", "less", "fewer",
];

/// A benefit promised on a change ("You'd sleep better if you put the phone away", "your mates
/// would respect you more if you stopped", "it'll get easier if you stick to it"): the words
/// from the first of the two to the last, or `None`. Only a change the client would make
/// counts ("if you could", "if you had more time" wish, they do not promise), and only with
/// a would/will/could in the sentence, so "less stressful if you drank" in a story is not one.
fn benefit_if(text: &Text, words: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let key = |i: usize| if i < words.end { text.key(i) } else { "" };
    let condition = (words.start..words.end).find_map(|i| {
        // Keys are read as typed words stand for ("u", "ya" → "you").
        if key(i) != "if" || key(i + 1) != "you" {
            return None;
        }
        let mut verb = i + 2;
        while matches!(
            key(verb),
            "just" | "really" | "actually" | "only" | "even" | "ever"
        ) {
            verb += 1;
        }
        CHANGES.contains(&key(verb)).then_some(i..verb + 1)
    })?;
    let modal = (words.start..words.end).any(|i| {
        matches!(
            key(i),
            "youd"
                | "youll"
                | "would"
                | "will"
                | "itd"
                | "itll"
                | "could"
                | "theyd"
                | "theyll"
                | "thatd"
                | "thatll"
                | "wed"
                | "ud"
                | "ull"
        )
    });
    let benefit = (words.start..words.end).find(|&i| BENEFITS.contains(&key(i)))?;
    modal.then(|| condition.start.min(benefit)..condition.end.max(benefit + 1))
}

/// "Maybe she nags because you drink", "maybe they were pointing things out because they were
/// trying to help you": a guess at the pushers' reasons that puts the cause on the client or
/// the good intent on them. The words from "maybe" to the reason, or `None`.
fn maybe_their_reason(
    text: &Text,
    words: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let at = super::rules::first_real_word(text, words.clone());
    if !matches!(text.key(at), "maybe" | "perhaps")
        || !matches!(
            text.key(at + 1),
            "she" | "he" | "they" | "shes" | "hes" | "theyre" | "theyve" | "shed" | "hed"
        )
    {
        return None;
    }
    let end = words.end.min(at + CONTEXT_WORDS);
    (at + 2..end)
        .inspect(|_| super::text::tick())
        .find_map(|j| {
            let because = matches!(text.key(j), "because" | "cause")
                && matches!(text.key(j + 1), "you" | "your" | "youre" | "youve");
            let help =
                text.key(j) == "trying" && text.key(j + 1) == "to" && text.key(j + 2) == "help";
            let reason_end = if help { j + 3 } else { j + 2 };
            (because || help).then_some(at..reason_end.min(words.end))
        })
}
