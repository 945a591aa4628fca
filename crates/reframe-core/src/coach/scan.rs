//! How the marker list of `crate::markers` is applied to a response: phrase lookup by first
//! word, sentence openings, "if you keep… you'll…", "but" that takes back, and the frames
//! ("you feel you have to…") that make words part of a reflection rather than advice.

use super::lexicon as lex;
use super::text::{CONTEXT_WORDS, Phrase, Text};
use crate::markers::{Excused, MARKERS, Marker, MarkerHit, MarkerKind, Pattern};
use std::sync::LazyLock;

/// Words that frame what follows as the client's view or feelings ("you feel you have to…",
/// "it sounds like you need to…"): a modal or a warning after them is reflected, not advised.
#[rustfmt::skip]
const FRAMES: &[&str] = &[
    "you feel", "you felt", "you're feeling", "feel like", "feels like", "you think", "you thought",
    "you believe", "sounds like", "it sounds", "seems like", "it seems", "looks like", "you hope",
    "you're hoping", "you're not sure", "you don't know if", "you're sick of", "you're tired of",
    "you're fed up", "pressure", "pressured", "expects you", "expect you", "expected you",
    "want you", "wants you", "wanted you", "you decided", "you've decided", "you're convinced",
    "you figure", "in your mind", "as if", "you learned", "you've learned", "you grew up",
    "supposed to", "you realise", "you realize", "you wish", "you're thinking",
    "you've been thinking", "insists",
    "keep hearing", "keeps saying", "ordered", "you're being told", "you keep being told",
    "being told", "wondering", "you wonder", "you're wondering", "reason to think", "to think",
    "surprising to you", "surprises you", "you're surprised", "surprised you", "part of you",
    "you're saying", "you said yourself", "you worry", "you're worried", "you don't think",
    "you don't see", "you don't feel", "you don't believe", "you reckon", "telling yourself",
    "you tell yourself", "told yourself", "voice saying", "voice that says", "voice in your head",
    // Coder version 80: what others tell or treat the client as ("it's maddening to be told you
    // need help", "when people act like you should know better").
    "be told", "people act like", "people acting like", "everyone acts like",
    "everyone acting like", "they act like", "others act like",
];

/// Words that report what someone said or how the client sees themself ("your wife calls you
/// an alcoholic", "you don't see yourself as an addict"): only these excuse a label.
#[rustfmt::skip]
const REPORTED: &[&str] = &[
    "says", "said", "say", "tells you", "told you", "tell you", "telling you", "calls you",
    "called it", "calls it", "you've noticed", "your own", "read about", "on about", "assume you're", "assumes you're", "assuming you're",
    "called you", "call you", "calling you", "call yourself", "called yourself",
    "calling yourself", "label", "labelled", "labeled", "the word", "you've been told",
    "you were told", "you feel", "you're afraid", "you're scared", "you worry", "you're worried",
    "you fear", "you wonder", "part of you", "see yourself", "think of yourself", "you're not",
    "you are not", "you aren't", "treat you", "treats you", "treated", "see you as",
    "sees you as", "seen as", "think you're", "thinks you're", "want to be", "accused",
    "accuses", "blame you", "blames you", "you hate", "you don't", "you didn't", "you've heard",
    "you hear", "hearing", "afraid of being", "worried about being", "lumped in", "lumped",
    "being called", "you're wondering", "wondering", "thinking you", "thinks you", "mentioned",
    "caught yourself", "you noticed", "you named", "telling yourself", "you tell yourself",
    "told yourself", "voice saying", "voice that says",
    "you mentioned", "you said", "you told me",
    // Coder version 71: a label someone else pins on the client ("your teachers call you
    // lazy", "they've got you down as trouble", "being told you should be ashamed").
    "got you down as", "has you down as", "have you down as",
    "had you down as", "being told", "makes you out", "made you out", "making you out",
    "paint you as", "painted you as", "painting you as", "write you off as", "wrote you off as",
    // Coder version 80: how others treat the client ("when people act like you're being
    // careless"). Not "be told", which a label can follow ("you need to be told: you're in
    // denial").
    "people act like", "people acting like", "everyone acts like",
    "everyone acting like", "they act like", "others act like",
];

/// What the client (or people around them) believe or feel, opening a clause whose verdict is
/// then theirs, not the clinician's ([`view_in_clause`]). Not the client's wishes ("you don't
/// want to take responsibility" is a jibe) or words ("so you're saying it's everyone else's
/// fault?" is sarcasm as often as a reflection).
#[rustfmt::skip]
const BELIEF_VIEW: &[&str] = &[
    "you feel", "you felt", "you're feeling", "feels like", "felt like", "it feels", "it felt",
    "you think", "you thought", "you believe", "you reckon", "you're thinking", "you worry",
    "you're worried", "you're concerned", "you're afraid", "you're scared", "you fear",
    "for you", "to you", "from where you sit", "as you see it", "in your eyes", "in your view",
    "part of you", "you wonder", "you're wondering", "starting to think", "starting to believe",
    "beginning to think", "people think", "ppl think", "everyone thinks", "others think",
];

/// Phrases that, opening a reply, frame what follows as the client's own words or view ("ur
/// saying…", "you feel…", "for you…"): the second reader, which weighs words and not their
/// framing, does not overrule the rules on such a reply ([`opens_in_client_view`]).
#[rustfmt::skip]
const OPENING_VIEW: &[&str] = &[
    "you're saying", "you feel", "you think", "you reckon", "you believe", "for you", "to you",
    "as you see it", "part of you", "you're worried", "you worry", "you're afraid",
    "you're scared", "you mentioned", "you wonder", "you're wondering",
];

/// Someone naming the thing, straight before the name ("calling it lazy", "see it as a
/// problem"): the label is theirs. Further on ("calling it a flutter when… is a stretch") the
/// verdict is on the naming.
const NAMING: &[&str] = &[
    "calling it",
    "call it",
    "called it",
    "see it as",
    "sees it as",
];

/// The client's view, said back, around a phrase that is otherwise the clinician's own push
/// or verdict ("for you, a slip is still a slip", "you're worried I'll think you're
/// downplaying it"). Reflective stems ("sounds like", "it seems") are not here: a verdict
/// behind one is still the clinician's.
#[rustfmt::skip]
const CLIENT_VIEW: &[&str] = &[
    "you feel", "you felt", "you're feeling", "feels like", "felt like", "it feels", "it felt",
    "you think", "you thought", "you believe", "you reckon", "you're thinking", "you're saying",
    "you say", "you said", "you worry", "you're worried", "you're concerned", "you're afraid",
    "you're scared", "you fear", "you hate", "you don't want", "you didn't like",
    "you don't like", "you'd rather not", "you've admitted", "you admitted", "you called",
    "you're joking", "you're half-joking", "for you", "to you", "from where you sit",
    "as you see it", "as you put it", "in your eyes", "you heard", "you're tired of",
    "you're sick of", "you're fed up", "part of you", "you wonder", "you're wondering",
    "you noticed", "you've noticed", "you laughed", "you'd like", "keeps saying", "kept saying",
    "tired of", "sick of", "starting to think", "starting to believe", "beginning to think",
    "in your view",
];

/// Entries of [`REPORTED`] that deny a label rather than report anyone's words.
const NOT_SPEECH: &[&str] = &[
    "you're not",
    "you are not",
    "you aren't",
    "you don't",
    "you didn't",
    "want to be",
];

/// Others' words denied before advice ("Nobody's saying you have to stop, that's up to you"): a
/// frame for advice only, never for a verdict (coder version 151). Not others' words reported
/// ("people keep saying you should quit, and they're right"), which can be agreed with in the
/// next breath (version 152).
#[rustfmt::skip]
const SAYING: &[&str] = &[
    "nobodys saying", "nobody is saying", "no ones saying", "no one is saying", "noones saying",
    "nobody says", "no one says",
];

/// Words a sentence may open with before its first real word ("So try…", "Just stop…").
const LEAD_INS: &[&str] = &[
    "so",
    "well",
    "ok",
    "okay",
    "now",
    "then",
    "just",
    "please",
    "first",
    "maybe",
    "and",
    "oh",
    "also",
    "honestly",
    "really",
    "perhaps",
    "simply",
    "dude",
    "man",
    "always",
    "definitely",
];

/// Words that open an introduction before the main clause ("If…, go…", "Also, take…").
#[rustfmt::skip]
const INTRODUCERS: &[&str] = &[
    "if", "when", "whenever", "once", "before", "after", "next", "for", "in", "also", "secondly",
    "thirdly", "first", "firstly", "second", "third", "finally", "lastly", "otherwise",
    "instead", "meanwhile", "step", "ideally", "personally", "anyway", "then", "until",
    "while", "at", "as", "from", "during", "every", "each",
];

/// Openings that are instructions in form only: they invite the client to talk or take time.
#[rustfmt::skip]
const INVITATIONS: &[&str] = &[
    "take your time", "tell me", "tell us", "go on", "go ahead", "keep going", "help me", "walk me",
    "give me", "say more", "let me know", "correct me", "feel free", "think back", "stop me",
    "think about when", "think of a time", "imagine", "talk to me", "talk me through", "fill me in",
    "describe", "explain to me",
];

/// Verbs that, right after an opening word, show it was a noun ("Exercise *feels* like…",
/// "Change *is* hard"), not an instruction.
#[rustfmt::skip]
const NOUN_THEN_VERB: &[&str] = &[
    "is", "was", "isnt", "wasnt", "has", "hasnt", "does", "doesnt", "can", "cant", "could",
    "would", "will", "wont", "might", "must", "should", "seems", "sounds", "feels", "makes",
    "helps", "gets", "keeps", "takes", "means", "matters", "used", "became", "becomes", "always",
    "never", "itself",
    // "Work leaves you wound up", "Work asks more of you" (coder version 31).
    "leaves", "asks", "needs", "sent", "drains", "gives", "brings", "puts", "wants", "costs",
    "tends", "pays", "runs",
];

/// Words that open an instruction's object or complement, so that the verb after them is not
/// the first word's own ("Make sure it is…", "Check it is plugged in"): only after any other word
/// is a following "is" read as the verb of a two-noun subject ("Work stress is…").
#[rustfmt::skip]
const OBJECT_OPENERS: &[&str] = &[
    "it", "that", "this", "them", "him", "her", "me", "us", "sure", "what", "where", "who",
    "how", "why", "when", "which", "whatever", "things", "everything", "something", "anything",
    "nothing", "yourself", "there", "here", "up", "out", "on", "off", "in", "down", "back",
];

/// Verbs that take a whole clause as their object ("Remember alcohol is a depressant", "Accept
/// relapse is part of it"): after them a noun and "is" are that clause, not a two-noun subject
/// (coder version 78).
#[rustfmt::skip]
const CLAUSE_VERBS: &[&str] = &[
    "remember", "accept", "admit", "consider", "forget", "notice", "note", "picture", "prove",
    "show", "think", "trust", "face", "learn", "explain",
];

/// Adverbs that may sit between a noun and its verb: "Drink still has a place", "Exercise just
/// isn't something…".
const BETWEEN_NOUN_AND_VERB: &[&str] =
    &["just", "still", "really", "already", "also", "even", "only"];

/// What a warning threatens: a consequence after "if you keep…".
#[rustfmt::skip]
const CONSEQUENCES: &[&str] = &[
    "you'll", "you will", "you're going to", "you are going to", "you're gonna", "you could",
    "you might", "you may", "it will", "it'll", "they'll", "they will", "they're going to",
    "that's going to", "that'll", "you'd", "you would", "you risk", "you're looking at",
    "there will", "there'll", "it's going to", "will", "won't", "going to", "gonna", "end up",
    "lose", "turns into", "turn into", "you're risking", "you are risking", "it could",
    "it might", "that could", "that might", "could cost", "might cost",
];

/// Asking permission before advice or information ("Would it be okay if I shared…", "Can I
/// suggest…"): what follows in the same sentence is offered, not imposed (MITI's persuade
/// with permission).
#[rustfmt::skip]
const PERMISSION: &[&str] = &[
    "would it be okay if", "would it be ok if", "would it be alright if", "is it okay if",
    "is it ok if", "is it alright if", "is it all right if", "would you mind if", "do you mind if",
    "may i", "can i share", "could i share", "can i tell you", "could i tell you", "could i offer",
    "can i offer", "can i make a suggestion", "could i make a suggestion", "can i suggest",
    "could i suggest", "would you like to hear", "would you like some", "would you be interested",
];

/// Negations that make "not X but Y" a contrast rather than a take-back.
#[rustfmt::skip]
pub(super) const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nor", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
    "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint",
    "mustnt", "neednt",
];

/// Words that start a new clause after "but": then "but" joins two claims.
#[rustfmt::skip]
const CLAUSE_STARTS: &[&str] = &[
    "i", "you", "it", "he", "she", "they", "we", "there", "your", "my", "his", "her", "their",
    "its", "thats", "theres", "youre", "youve", "youd", "youll", "im", "ive", "id", "itll",
    "theyre", "people", "now", "then", "also", "this", "at",
];

struct Compiled {
    marker: &'static Marker,
    phrase: Phrase,
}

struct Lists {
    /// Phrase and opening markers, indexed by their first word.
    by_first: std::collections::HashMap<String, Vec<Compiled>>,
    conditionals: Vec<Compiled>,
    joining: Vec<Compiled>,
    several: Option<&'static Marker>,
    frames: Vec<Phrase>,
    reported: Vec<Phrase>,
    view: Vec<Phrase>,
    belief: Vec<Phrase>,
    naming: Vec<Phrase>,
    opening_view: Vec<Phrase>,
    /// [`crate::markers::I_DONT_THINK`] and [`crate::markers::IM_NOT_SURE`] with each word
    /// that excuses them: the clinician's own uncertainty.
    own_uncertainty: Vec<Phrase>,
    /// `reported` without the bare negations ("you don't", "you're not"), which excuse a
    /// label the client rejects but not a verdict the clinician gives.
    speech: Vec<Phrase>,
    saying: Vec<Phrase>,
    own_plan: Vec<Phrase>,
    leave: Vec<Phrase>,
    invitations: Vec<Phrase>,
    consequences: Vec<Phrase>,
    permission: Vec<Phrase>,
    /// Handing the choice back ([`super::lexicon::AUTONOMY`]).
    autonomy: Vec<Phrase>,
    /// Naming a strength or effort ([`super::lexicon::AFFIRM`]).
    affirm: Vec<Phrase>,
    /// Token agreements ([`super::lexicon::TOKEN_AGREEMENT`]): "I hear you", "fair enough".
    agreement: Vec<Phrase>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut lists = Lists {
        by_first: Default::default(),
        conditionals: Vec::new(),
        joining: Vec::new(),
        several: None,
        frames: FRAMES.iter().copied().map(Phrase::parse).collect(),
        reported: REPORTED.iter().copied().map(Phrase::parse).collect(),
        view: CLIENT_VIEW.iter().copied().map(Phrase::parse).collect(),
        belief: BELIEF_VIEW.iter().copied().map(Phrase::parse).collect(),
        naming: NAMING.iter().copied().map(Phrase::parse).collect(),
        opening_view: OPENING_VIEW.iter().copied().map(Phrase::parse).collect(),
        own_uncertainty: [crate::markers::I_DONT_THINK, crate::markers::IM_NOT_SURE]
            .iter()
            .flat_map(|source| {
                // The marker's words, then each word that excuses it.
                let Phrase {
                    keys, unless_next, ..
                } = Phrase::parse(source);
                unless_next.into_iter().map(move |next| Phrase {
                    keys: [keys.as_slice(), std::slice::from_ref(&next)].concat(),
                    unless_next: Vec::new(),
                    unless_before: Vec::new(),
                })
            })
            .collect(),
        speech: REPORTED
            .iter()
            .copied()
            .filter(|p| !NOT_SPEECH.contains(p))
            .map(Phrase::parse)
            .collect(),
        saying: SAYING.iter().copied().map(Phrase::parse).collect(),
        invitations: INVITATIONS.iter().copied().map(Phrase::parse).collect(),
        own_plan: OWN_PLAN.iter().copied().map(Phrase::parse).collect(),
        leave: LEAVE.iter().copied().map(Phrase::parse).collect(),
        consequences: CONSEQUENCES.iter().copied().map(Phrase::parse).collect(),
        permission: PERMISSION.iter().copied().map(Phrase::parse).collect(),
        autonomy: super::lexicon::AUTONOMY
            .iter()
            .copied()
            .map(Phrase::parse)
            .collect(),
        affirm: super::lexicon::AFFIRM
            .iter()
            .copied()
            .map(Phrase::parse)
            .collect(),
        agreement: super::lexicon::TOKEN_AGREEMENT
            .iter()
            .copied()
            .map(Phrase::parse)
            .collect(),
    };
    for marker in MARKERS {
        let source = match marker.pattern {
            Pattern::Phrase(s) | Pattern::Opening(s) | Pattern::Joining(s) => s,
            Pattern::Conditional(s) => s,
            Pattern::SeveralQuestions => {
                lists.several = Some(marker);
                continue;
            }
        };
        for phrase in Phrase::parse_all(source) {
            let compiled = Compiled { marker, phrase };
            match marker.pattern {
                Pattern::Conditional(_) => lists.conditionals.push(compiled),
                Pattern::Joining(_) => lists.joining.push(compiled),
                _ => {
                    if let Some(first) = compiled.phrase.keys.first() {
                        lists
                            .by_first
                            .entry(first.clone())
                            .or_default()
                            .push(compiled);
                    }
                }
            }
        }
    }
    lists
});

/// [`find_markers`] over an already split text.
pub fn find_markers_in(text: &Text) -> Vec<MarkerHit> {
    let lists = &*LISTS;
    let mut hits: Vec<MarkerHit> = Vec::new();
    let hit = |marker: &'static Marker, words: std::ops::Range<usize>| MarkerHit {
        kind: marker.kind,
        span: text.span(words.clone()),
        words: text.slice(words).to_string(),
        reason: marker.reason,
    };
    // Whether the reply hands the choice back anywhere: looked up once, when first needed.
    let hands_back = std::cell::OnceCell::new();
    // Whether the whole reply sits inside quotation marks: read once, when first needed, not
    // once per marker (that made a quoted reply full of markers quadratic).
    let wrapped = std::cell::OnceCell::new();
    let in_view = |at: usize, end: usize| {
        in_client_view(
            text,
            at,
            end,
            *wrapped.get_or_init(|| wrapped_in_quotes(text)),
        )
    };
    let mut opening = vec![false; text.words.len()];
    for at in sentence_openings(text) {
        opening[at] = true;
    }
    for at in clause_orders(text) {
        opening[at] = true;
    }
    // Where the first push the rules matched but excused ends (someone's words, the client's
    // view).
    let mut excused_push: Option<usize> = None;
    for (at, &opens) in opening.iter().enumerate() {
        let Some(candidates) = lists.by_first.get(text.key(at)) else {
            continue;
        };
        for c in candidates {
            let Some(end) = c.phrase.match_at(text, at) else {
                continue;
            };
            // Whether the marker's words were excused as someone's words or the client's view.
            let mut by_frame = false;
            let counts = match c.marker.pattern {
                // "Oh no, it was really painful": sympathy, not a "no" that disputes (coder
                // version 85).
                Pattern::Opening(p) if p == "nope" || p.starts_with("no ") => {
                    opens
                        && contradicts(text, at, end)
                        && !(at > 0
                            && matches!(text.key(at - 1), "oh" | "ah" | "aw" | "aww" | "ohh"))
                }
                // "…? Really?": disbelief only as a question of its own after something else
                // ("Trainers on a site? Really?"); "really" opening a sentence that goes on
                // ("Really glad you came") is not (coder version 93).
                Pattern::Opening(crate::markers::OPENS_REALLY) => {
                    let s = &text.sentences[text.words[at].sentence];
                    opens && s.asks && end == s.words.end && text.words[at].sentence > 0
                }
                // "Do you think snapping at them is teaching them anything?": a yes-or-no
                // question of eight words or more that offers no other side (coder version 131).
                Pattern::Opening(crate::markers::OPENS_DO_YOU_THINK) => {
                    let s = &text.sentences[text.words[at].sentence];
                    opens
                        && s.asks
                        && s.words.end - s.words.start >= 8
                        && !s.words.clone().any(|j| text.key(j) == "or")
                }
                // "I'm not here to tick boxes, I'm here to help you": a denial answered in the
                // same sentence by what the clinician is or does, after a pause (coder version
                // 132). Not "I'm not going anywhere, for what it's worth".
                Pattern::Opening(crate::markers::IM_NOT_THEN_IM) => {
                    let s = &text.sentences[text.words[at].sentence];
                    opens
                        && (end + 1..s.words.end.min(end + CONTEXT_WORDS)).any(|j| {
                            text.words[j].pause_before
                                && (matches!(text.key(j), "im" | "ive")
                                    || (text.key(j) == "i"
                                        && j + 1 < s.words.end
                                        && matches!(text.key(j + 1), "have" | "am")))
                        })
                }
                // "So your pride matters more than being safe?": only asked (coder version 129);
                // "Is your job more important than your baby?" too (version 130).
                Pattern::Phrase(
                    crate::markers::MATTERS_MORE_THAN | crate::markers::MORE_IMPORTANT_THAN,
                ) => text.sentences[text.words[at].sentence].asks,
                // "Smoking right up to the birth is a big risk, and you know that.": a point
                // closed by telling the client they know it (coder version 130). Not after a
                // sentence about the client or the speaker ("You've done it before, and you
                // know it"), as with "…, you know".
                Pattern::Phrase(crate::markers::AND_YOU_KNOW_THAT) => {
                    let s = &text.sentences[text.words[at].sentence];
                    !s.asks
                        && end == s.words.end
                        && text.words[at].pause_before
                        && !lex::about_client_or_speaker(text.key(s.words.start))
                }
                // Phrases that count only where they end a sentence that asks. "Where did you
                // read that?" asked and left there challenges the client's source; "Where did
                // you hear that exercise wears the knee out?" goes on to ask about it (coder
                // version 94). "And if you lose this week, then what?", "…, is that it?"; not
                // "if you'd known then what you know now" (coder version 129).
                Pattern::Phrase(p)
                    if (p.starts_with("where") && p.ends_with(" that"))
                        || p.starts_with("and~then what")
                        || p.starts_with("is that it") =>
                {
                    let s = &text.sentences[text.words[at].sentence];
                    s.asks && end == s.words.end
                }
                // "Well, you did agree to it": only where "well" opens the sentence.
                Pattern::Phrase(p) if p.starts_with("well ") => at == text.sentence_start(at),
                // "Is enjoying it really worth your liver?": only in a question put as one, not
                // a reflection said with a question mark ("You wonder if it's really worth
                // the hassle?").
                Pattern::Phrase(crate::markers::REALLY_WORTH) => {
                    let s = &text.sentences[text.words[at].sentence];
                    s.asks
                        && matches!(
                            text.key(s.words.start),
                            "is" | "are"
                                | "was"
                                | "were"
                                | "would"
                                | "will"
                                | "does"
                                | "do"
                                | "isnt"
                                | "arent"
                                | "wasnt"
                                | "wouldnt"
                                | "doesnt"
                        )
                }
                // "Actually having someone listen matters to you": "actually" leading into a
                // gerund is an adverb inside the clause, not a correction opening it.
                Pattern::Opening(crate::markers::OPENS_ACTUALLY) => {
                    let gerund = end < text.words.len()
                        && !text.words[end].pause_before
                        && text.key(end).ends_with("ing")
                        && text.words[end].sentence == text.words[at].sentence;
                    opens && !gerund
                }
                // "Don't drink at home?": a statement with its "you" dropped, asked back, as "Use
                // any other drugs?" is a question with its "do you" dropped.
                Pattern::Opening(crate::markers::OPENS_DONT) => opens && !asks(text, at),
                // "Never?", "Never again?": the client's "never" asked back is not an order
                // ("Never skip a dose"), which needs a verb after it (coder version 82).
                Pattern::Opening(crate::markers::OPENS_NEVER) => {
                    opens
                        && is_instruction(text, at, end)
                        && text.words.get(end).is_some_and(|w| {
                            w.sentence == text.words[at].sentence
                                && !matches!(w.key.as_str(), "again" | "ever" | "once")
                        })
                }
                // "I wasn't going to tell you what to do; it's your call": a defence that
                // hands the choice back (not "it isn't your choice any more") is autonomy.
                // An apology ("I wasn't listening, sorry") owns the mistake.
                _ if c.marker.reason == crate::markers::DEFENDING => {
                    let opening_ok = !matches!(c.marker.pattern, Pattern::Opening(_)) || opens;
                    opening_ok
                        && defends(text, at, end)
                        && !*hands_back.get_or_init(|| {
                            (0..text.words.len()).any(|j| {
                                // "it isn't your choice" takes the choice away; "I won't;
                                // that's your call" does not.
                                let negated = j > 0 && NEGATIONS.contains(&text.key(j - 1));
                                let apology = matches!(
                                    text.key(j),
                                    "sorry" | "apologise" | "apologize" | "apologies"
                                ) || (text.key(j) == "my"
                                    && matches!(text.key(j + 1), "bad" | "mistake" | "fault"));
                                apology || (!negated && any_starts_at(&lists.autonomy, text, j))
                            })
                        })
                }
                // "Part of you still hasn't given up, or you wouldn't be here": the client's
                // own wish to change, inferred, not their words disputed.
                Pattern::Phrase(crate::markers::OR_YOU_WOULDNT | crate::markers::OR_YOUD_HAVE)
                    if text.context_before(at).any(|j| {
                        text.key(j) == "part" && text.key(j + 1) == "of" && text.key(j + 2) == "you"
                    }) =>
                {
                    false
                }
                // "…something about you that isn't true": a relative clause inside the
                // client's picture, not the clinician saying "That isn't true."
                Pattern::Phrase(
                    crate::markers::THAT_ISNT_TRUE | crate::markers::THAT_IS_NOT_TRUE,
                ) if at > text.sentence_start(at)
                    && !text.words[at].pause_before
                    && !matches!(
                        text.key(at - 1),
                        "but"
                            | "and"
                            | "so"
                            | "well"
                            | "no"
                            | "honestly"
                            | "think"
                            | "just"
                            | "actually"
                            | "sure"
                            | "because"
                            | "cos"
                    ) =>
                {
                    false
                }
                // "What did you expect when you booked this?": the question goes on, so it asks
                // what the client hoped for; "What did you expect?" alone, or before a pause,
                // is rhetorical (coder version 89).
                Pattern::Phrase(
                    crate::markers::WHAT_DID_YOU_EXPECT | crate::markers::WHAT_DO_YOU_EXPECT,
                ) if text.words.get(end).is_some_and(|w| {
                    w.sentence == text.words[at].sentence
                        && !w.pause_before
                        && !matches!(
                            w.key.as_str(),
                            "lol"
                                | "tbh"
                                | "honestly"
                                | "mate"
                                | "really"
                                | "though"
                                | "tho"
                                | "then"
                                | "exactly"
                                | "seriously"
                                | "anyway"
                        )
                }) =>
                {
                    false
                }
                // "You'd rather sort it out yourself", "you're the one who always has to sort it
                // out": someone's own sorting out, not the clinician's order (coder version 84).
                Pattern::Phrase(crate::markers::SORT_IT_OUT | crate::markers::SORT_THAT_OUT)
                    if at > text.sentence_start(at)
                        && matches!(
                            text.key(at - 1),
                            "rather"
                                | "to"
                                | "you"
                                | "youd"
                                | "youll"
                                | "i"
                                | "we"
                                | "they"
                                | "he"
                                | "she"
                                | "who"
                                | "can"
                                | "could"
                                | "will"
                                | "would"
                                | "might"
                                | "cant"
                                | "couldnt"
                                | "wont"
                                | "wouldnt"
                                | "always"
                                | "usually"
                        ) =>
                {
                    false
                }
                // "you can't see what it's actually giving you", "whether it's actually doing
                // harm": "actually" inside a clause asking what is so is the client's question,
                // not a correction (coder version 83).
                Pattern::Phrase(crate::markers::ITS_ACTUALLY | crate::markers::IT_IS_ACTUALLY)
                    if at > text.sentence_start(at)
                        && matches!(
                            text.key(at - 1),
                            "what" | "whether" | "who" | "if" | "how" | "where" | "when"
                        ) =>
                {
                    false
                }
                // "All those years of training as a nurse", "you've put in years of training":
                // training counts as the clinician's standing only when they claim it.
                _ if c.marker.reason == crate::markers::CREDENTIALS
                    && (at..end).any(|k| text.key(k) == "training")
                    && !claimed_by_clinician(text, at) =>
                {
                    false
                }
                // "It's worth so much to you", "so it's worth keeping the peace, for you": what
                // the client values, said back, is not advice.
                _ if advises_worth(c.marker.reason)
                    && (at..end).any(|k| text.key(k) == "worth")
                    && valued_by_client(text, at) =>
                {
                    false
                }
                // "To be fair to you, it's been a brutal month" takes the client's part, and
                // "To be fair, I jumped in too soon" owns the clinician's.
                _ if c.marker.reason == crate::markers::TO_BE_FAIR => {
                    let to_the_client = matches!(text.key(end), "to" | "on")
                        && matches!(text.key(end + 1), "you" | "yourself");
                    let own_part =
                        matches!(text.key(end), "i" | "im" | "ive" | "id" | "ill" | "we");
                    // "To be fair, you've had a lot on your plate": fair to the client.
                    let sentence_end = text.sentences[text.words[at].sentence].words.end;
                    let hardship = text
                        .context_before(at)
                        .chain(end..sentence_end)
                        .take(2 * CONTEXT_AFTER + CONTEXT_WORDS)
                        .inspect(|_| super::text::tick())
                        .any(|j| HARDSHIP.contains(&text.key(j)));
                    !(to_the_client || own_part || hardship || in_view(at, end))
                }
                // "Well, you did fail the test": only after an opening "well" does "you did"
                // hold the client's deed against them ("You did it!" affirms).
                _ if c.marker.reason == crate::markers::YOU_DID => {
                    at > 0
                        && text.key(at - 1) == "well"
                        && text.sentence_start(at) == at - 1
                        && a_misdeed(text, end)
                        && !in_view(at, end)
                }
                // "You want to know if I'm qualified": the client's question said back, not the
                // clinician defending their standing (coder version 44).
                _ if (c.marker.reason == crate::markers::CREDENTIALS
                    || (c.marker.reason == crate::markers::CONTRADICT
                        && matches!(text.key(at), "i" | "im")))
                    && client_asks(text, at) =>
                {
                    false
                }
                // "You think I'm looking for a reason to breach you": a pretext someone seeks,
                // not the others' good reason (coder version 44).
                Pattern::Phrase(crate::markers::FOR_A_REASON)
                    if at > text.sentence_start(at)
                        && matches!(
                            text.key(at - 1),
                            "looking" | "searching" | "hunting" | "waiting" | "look" | "find"
                        ) =>
                {
                    false
                }
                // "Plenty of people have told you it's bad", "everyone else gave up on you": the
                // others are what happened to the client, not a standard held up (version 44).
                _ if (c.marker.reason == crate::markers::NORMATIVE
                    || c.marker.reason == crate::markers::COMPARE)
                    && done_to_client(text, at, end) =>
                {
                    false
                }
                // "My sister stopped, so it can be done" holds others up; "You went three
                // weeks without a bet, so it can be done" affirms what the client did.
                Pattern::Phrase(crate::markers::SO_IT_CAN_BE_DONE)
                    if text
                        .context_before(at)
                        .inspect(|_| super::text::tick())
                        .any(|j| matches!(text.key(j), "you" | "youve" | "youd")) =>
                {
                    false
                }
                // "It is easy to blame the wife, no?", "you know the rules, yes?": a tag after a
                // statement of three or more words, ending the sentence, asks the client to
                // agree. Not "yeah?", which checks a reflection as often (coder version 120).
                // "…, right?" checks a reflection too ("The bingo is the one night you get out
                // of the house, right?"), but after an argument it asks the client to concede
                // it (coder version 128): a contrast, a condition, a comparison or "you know"
                // in the sentence ("…better than pneumonia, right?", "You can afford takeout
                // though, right?"). Not after the clinician's own words ("I mean the obvious,
                // right?"), which check a fact.
                _ if c.marker.reason == crate::markers::TAG_AGREE => {
                    let s = &text.sentences[text.words[at].sentence];
                    s.asks
                        && end == s.words.end
                        && text.words[at].pause_before
                        && at >= s.words.start + 3
                        && (text.key(at) != "right" || right_after_an_argument(text, s, at))
                }
                // "So you think hitting them is fine", "So you're saying you know better?": the
                // client's view held up by "so" to be knocked down. "You think it's unfair"
                // without the "so" is a reflection, "So you're saying not yet." without the
                // question mark says it back, and so does a feeling checked back ("so you're
                // saying the tablets make you feel worse?"; coder version 118).
                Pattern::Opening(words @ ("you think" | "you're saying")) => {
                    let sentence = text.words[at].sentence;
                    let after_so = at > 0
                        && text.key(at - 1) == "so"
                        && text.words[at - 1].sentence == sentence
                        && !text.words[at].pause_before;
                    let feeling = (end..text.sentences[sentence].words.end)
                        .any(|j| matches!(text.key(j), "feel" | "feels" | "felt" | "feeling"));
                    opens && after_so && !feeling && (words == "you think" || asks(text, at))
                }
                Pattern::Opening(_) => {
                    opens
                        && (c.marker.kind != MarkerKind::Persuade || is_instruction(text, at, end))
                }
                // "Have you ever tried a vape?": "ever" asks about what the client has done
                // (coder version 87).
                _ if c.marker.reason == crate::markers::ADVICE_QUESTION
                    && text.key(at) == "have"
                    && (at..end).any(|k| text.key(k) == "ever") =>
                {
                    false
                }
                // "What have you tried so far?": after a question word it asks what the
                // client did, not whether they tried the clinician's idea.
                _ if c.marker.kind == MarkerKind::Persuade
                    && text.key(at) == "have"
                    && asked_by_question_word(text, at) =>
                {
                    false
                }
                // "a few beers, same as everyone else", "something everyone does": the others
                // are named after a preposition, as part of the client's picture, not held up
                // as the standard the client should meet.
                _ if c.marker.reason == crate::markers::NORMATIVE
                    && at > 0
                    && !(at..end).any(|k| text.key(k) == "age")
                    && matches!(
                        text.key(at - 1),
                        "for"
                            | "with"
                            | "like"
                            | "as"
                            | "than"
                            | "to"
                            | "from"
                            | "about"
                            | "at"
                            | "by"
                            | "something"
                            | "thing"
                    ) =>
                {
                    false
                }
                // "What would be worth talking about instead?": a question word asks the
                // client what is worth doing; the hedge is theirs to fill.
                _ if advises_worth(c.marker.reason)
                    && asks(text, at)
                    && first_word(text, at) < at
                    && matches!(
                        text.key(first_word(text, at)),
                        "what" | "which" | "who" | "where" | "when"
                    ) =>
                {
                    false
                }
                // "so you'll have to tell me", "you'll have to bear with me.": the clinician asks
                // to be taught or borne with, and the sentence ends there (coder version 151,
                // narrowed by 152: not "you'll have to show me you can stay off it").
                _ if c.marker.kind == MarkerKind::Persuade
                    && end > at + 1
                    && text.key(end - 2) == "have"
                    && text.key(end - 1) == "to"
                    && (at..end).any(|k| matches!(text.key(k), "youll" | "will" | "going"))
                    && asks_to_be_told(text, end) =>
                {
                    false
                }
                // "getting called in like it's your fault", "as if it's your fault": how the
                // client is treated, not the clinician's verdict.
                _ if c.marker.kind == MarkerKind::Confront
                    && c.marker.excused != Excused::Never
                    && (as_if(text, at) || scoped_after(text, at)) =>
                {
                    false
                }
                _ => {
                    let kept = match c.marker.excused {
                        Excused::Never => true,
                        Excused::ByFrame => {
                            !framed(text, at, c.marker.kind)
                                && (c.marker.kind != MarkerKind::Persuade
                                    || !in_clause(text, at, false))
                        }
                        Excused::ByFrameOrQuestion => {
                            !framed(text, at, c.marker.kind)
                                && !asks(text, at)
                                && !in_clause(text, at, true)
                        }
                        Excused::BySpeech => !reported(text, at, end) && !felt(text, at, end),
                        // Pushing words behind a reflective stem ("it sounds like it messes with
                        // your energy") are reflected, as advice behind one is.
                        Excused::InView => {
                            let stem = c.marker.kind == MarkerKind::Persuade
                                && framed(text, at, c.marker.kind);
                            !(stem || in_view(at, end))
                        }
                    };
                    by_frame = !kept;
                    kept
                }
            };
            let offered = matches!(c.marker.kind, MarkerKind::Persuade | MarkerKind::Warning)
                && after_permission(text, at);
            if counts && !offered {
                hits.push(hit(c.marker, at..end));
            } else if by_frame
                && matches!(
                    c.marker.kind,
                    MarkerKind::Persuade | MarkerKind::Confront | MarkerKind::Warning
                )
            {
                excused_push = Some(excused_push.map_or(end, |e: usize| e.min(end)));
            }
        }
    }
    // "Your GP told you to stop and she's right": agreeing with a push the rules excused as
    // someone else's words makes it the clinician's (coder version 154).
    if let Some(after) = excused_push
        && let Some(words) = agrees_with_them(text, after)
    {
        hits.push(MarkerHit {
            kind: MarkerKind::Confront,
            span: text.span(words.clone()),
            words: text.slice(words).to_string(),
            reason: crate::markers::SIDING,
        });
    }
    for c in &lists.conditionals {
        for found in c.phrase.find_in(text, 0..text.words.len()) {
            // The threat may come after the condition or before it ("…, if you don't").
            let sentence = &text.sentences[text.words[found.start].sentence];
            let after = found.end..sentence.words.end.min(found.end + CONTEXT_WORDS);
            let consequence = after.chain(text.context_before(found.start)).find_map(|j| {
                let found_at = |p: &Phrase| p.match_at(text, j).map(|e| j..e);
                lists.consequences.iter().find_map(found_at)
            });
            // "What will happen if you don't…?" asks the client to look ahead; after a
            // permission question the consequence is offered, not threatened.
            let looks_ahead = asks(text, found.start)
                && matches!(
                    text.key(first_word(text, found.start)),
                    "what" | "how" | "any"
                );
            if let Some(threat) = consequence
                && !looks_ahead
                && !after_permission(text, found.start)
                && !framed(text, found.start, c.marker.kind)
            {
                let words = found.start.min(threat.start)..found.end.max(threat.end);
                hits.push(hit(c.marker, words));
            }
        }
    }
    for c in &lists.joining {
        for found in c.phrase.find_in(text, 0..text.words.len()) {
            if takes_back(text, found.start) {
                hits.push(hit(c.marker, found));
            }
        }
    }
    general_hits(text, &mut hits);
    super::shapes::shape_hits(text, &mut hits, |at, kind| framed(text, at, kind));
    if let Some(marker) = lists.several
        && text.questions() >= 2
    {
        let asked: Vec<_> = text.sentences.iter().filter(|s| s.asks).collect();
        if let (Some(first), Some(last)) = (asked.first(), asked.last()) {
            let span = first.span.start..last.span.end;
            hits.push(MarkerHit {
                kind: marker.kind,
                words: text.raw[span.clone()].to_string(),
                span,
                reason: marker.reason,
            });
        }
    }
    // Advice words inside the client's own plan said back are the client's, not advice; after
    // "if it's okay with you" they are offered.
    hits.retain(|h| {
        let at = word_at(text, h.span.start);
        h.kind != MarkerKind::Persuade
            || !(clients_plan(text, at) || any_ends_before(&LISTS.leave, text, at))
    });
    // "haha yeah", "lol fair", "haha i get that a lot", "haha no i missed it": laughter that
    // opens an agreement, an apology or an admission is rapport, not mockery (coder version
    // 36). "lol i literally didn't say that", "lol where did u read that" still mock.
    hits.retain(|h| {
        let at = word_at(text, h.span.start);
        let laughs = matches!(
            text.key(at),
            "haha" | "hahaha" | "hah" | "lol" | "lmao" | "hehe"
        );
        let rapport = matches!(
            (text.key(at + 1), text.key(at + 2), text.key(at + 3)),
            (
                "yeah" | "yes" | "yep" | "yup" | "fair" | "sorry" | "true" | "honestly",
                _,
                _
            ) | ("i", "get" | "missed" | "know" | "hear", _)
                | ("no", "i", "missed" | "didnt")
        );
        !(h.kind == MarkerKind::Confront && laughs && at == 0 && rapport)
    });
    // "So \"just do your best\" doesn't help", "Your mum calls it \"a phase\"": words in
    // double quotes are someone's words reported, the client's or a stock phrase's, not the
    // clinician's push (coder version 39).
    // A reply typed wholly inside quotes is the clinician's own words.
    if text.quotes_are_reported() {
        hits.retain(|h| !text.in_quotes(&h.span));
    }
    // "-you have to quit.": a turn that opens on a dash carries on a sentence begun before the
    // other speaker broke in, as transcribed turns do. Whose words its first sentence carries
    // on ("your doctor says…") cannot be seen, so what it pushes is not held against the
    // clinician; the sentences after it are read as usual (coder version 42). A list typed with
    // dashes, or a negative number ("-5 out, you should…"), is not such a turn (version 46).
    if carries_on(text) {
        let first = text.sentences.first().map_or(0, |s| s.span.end);
        let asked_after = text.sentences.iter().skip(1).filter(|s| s.asks).count();
        hits.retain(|h| {
            h.span.start >= first
                // Several questions still count when the later sentences ask them.
                || (h.kind == MarkerKind::StackedQuestions && asked_after >= 2)
        });
    }
    // "…, which plenty of people don't", "more than most people manage": the client held up
    // above others is affirmed, not compared into changing (coder version 35).
    hits.retain(|h| {
        let at = word_at(text, h.span.start);
        let comparing =
            h.reason == crate::markers::NORMATIVE || h.reason == crate::markers::COMPARE;
        !(comparing && at > 0 && matches!(text.key(at - 1), "which" | "than"))
    });
    // A shorter hit inside a longer one ("don't" inside "don't worry") says less: drop it.
    // Sorted by start, longest first (then first found), every hit that could hold this one
    // comes before it, so one sweep with the furthest end seen so far decides.
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&i| (hits[i].span.start, std::cmp::Reverse(hits[i].span.end), i));
    let mut kept: Vec<MarkerHit> = Vec::new();
    let mut furthest: Option<usize> = None;
    for i in order {
        super::text::tick();
        let h = &hits[i];
        if furthest.is_none_or(|end| end < h.span.end) {
            kept.push(h.clone());
        }
        if h.kind != MarkerKind::StackedQuestions {
            furthest = Some(furthest.map_or(h.span.end, |end| end.max(h.span.end)));
        }
    }
    kept.sort_by_key(|h| (h.span.start, h.span.end));
    // Two overlapping hits of one kind ("If you keep drinking, you'll" and "you'll lose")
    // are one thing to point at: show their union once.
    let mut merged: Vec<MarkerHit> = Vec::new();
    for h in kept {
        match merged.last_mut() {
            Some(last) if last.kind == h.kind && h.span.start < last.span.end => {
                if h.span.end > last.span.end {
                    last.span.end = h.span.end;
                    last.words = text.raw[last.span.clone()].to_string();
                }
            }
            _ => merged.push(h),
        }
    }
    merged
}

/// Word `i` is a lead-in ([`LEAD_INS`]): not "we'll", whose key is "well" too ("We'll go at
/// your pace" opens on its subject, not on "Well, go…"; coder version 88).
fn lead_in(text: &Text, i: usize) -> bool {
    let key = text.key(i);
    LEAD_INS.contains(&key)
        && !(key == "well"
            && text
                .words
                .get(i)
                .is_some_and(|w| text.raw[w.span.clone()].contains(['\'', '\u{2019}'])))
}

/// The reasons of the markers that advise through what is "worth" doing: hedged advice, and
/// since coder version 138 "so it's worth …", which carries the reason of a conclusion drawn for
/// the client. Both keep the same exceptions.
fn advises_worth(reason: &str) -> bool {
    reason == crate::markers::HEDGED || reason == crate::markers::DRAWN_CONCLUSION
}

/// Orders that open a clause after a pause inside a sentence ("You're not thick, don't say
/// that about yourself", "…, just don't leave it too long"), read as a sentence's opening is
/// (coder version 139). Not a "don't" whose subject was only dropped ("…, don't know why",
/// "…, don't blame you") nor a tag ("…, don't you?").
fn clause_orders<'t>(text: &'t Text) -> impl Iterator<Item = usize> + 't {
    #[rustfmt::skip]
    const DROPPED_SUBJECT: &[&str] = &[
        "you", "u", "ya", "they", "we", "i", "it", "he", "she", "know", "mind", "want", "wanna",
        "have", "need", "care", "feel", "think", "like", "see", "trust", "get", "seem", "really",
        "even", "always", "usually", "actually", "much", "remember", "believe", "understand",
        "agree", "blame", "reckon", "expect", "recall", "suppose", "imagine", "wish", "mean",
    ];
    (1..text.words.len()).filter(|&j| {
        let w = &text.words[j];
        let before = &text.words[j - 1];
        w.key == "dont"
            && before.sentence == w.sentence
            && (w.pause_before || (before.key == "just" && before.pause_before))
            && text.words.get(j + 1).is_some_and(|n| {
                n.sentence == w.sentence && !DROPPED_SUBJECT.contains(&n.key.as_str())
            })
    })
}

/// The word index where each sentence really starts, after lead-ins like "so" or "just"; and
/// where its main clause starts after an introductory phrase ("If it gets bad, *go*…",
/// "For example, *take*…", "If you feel it coming then *walk*…", "Step 1: *talk*…").
fn sentence_openings(text: &Text) -> Vec<usize> {
    let mut out = Vec::new();
    for s in &text.sentences {
        let mut at = s.words.start;
        while at + 1 < s.words.end && lead_in(text, at) {
            at += 1;
        }
        if at >= s.words.end {
            continue;
        }
        out.push(at);
        if !INTRODUCERS.contains(&text.key(at)) {
            continue;
        }
        // The first pause (or "then") within a dozen words ends the introduction.
        let limit = s.words.end.min(at + 12);
        if let Some(main) = (at + 1..limit)
            .find(|&j| text.words[j].pause_before || (text.key(j) == "then" && j > at + 1))
        {
            let mut main = if text.key(main) == "then" {
                main + 1
            } else {
                main
            };
            while main + 1 < s.words.end && lead_in(text, main) {
                main += 1;
            }
            if main < s.words.end {
                out.push(main);
            }
        }
    }
    out
}

/// An opening verb is an instruction unless it invites the client to talk ("tell me…") or is
/// a discourse marker followed by a pause ("Look, …").
fn is_instruction(text: &Text, at: usize, end: usize) -> bool {
    // A spoken stutter ("tell-tell me") is read from its last repeat.
    let sentence_end = text.sentences[text.words[at].sentence].words.end;
    let mut from = at;
    while from + 1 < sentence_end && from < at + 3 && text.key(from + 1) == text.key(from) {
        from += 1;
    }
    if any_starts_at(&LISTS.invitations, text, from) {
        return false;
    }
    let sentence = text.words[at].sentence;
    match text.words.get(end) {
        Some(next) if next.sentence == sentence => {
            // "Drink still has a place…": the word is the subject of a verb of its own. So is
            // the first of two nouns before one ("Work stress is what did it", "Sleep patterns
            // are all over the place"), and the first part of a hyphened noun ("Check-ups feel
            // like a hassle").
            let subject = NOUN_THEN_VERB.contains(&next.key.as_str())
                || (BETWEEN_NOUN_AND_VERB.contains(&next.key.as_str())
                    && NOUN_THEN_VERB.contains(&text.key(end + 1)))
                || (!OBJECT_OPENERS.contains(&next.key.as_str())
                    && !CLAUSE_VERBS.contains(&text.key(at))
                    && matches!(
                        text.key(end + 1),
                        "is" | "are" | "was" | "were" | "isnt" | "arent"
                    )
                    && text
                        .words
                        .get(end + 1)
                        .is_some_and(|w| w.sentence == sentence && !w.pause_before))
                || (text.raw[text.words[at].span.end..].starts_with('-')
                    && next.key != text.key(at)
                    && next.span.start == text.words[at].span.end + 1);
            !next.pause_before
                && !subject
                // "Look, I'm not…" typed without the comma: a discourse marker, not an order.
                && !matches!(next.key.as_str(), "i" | "im" | "ive" | "id" | "we" | "were" | "you")
        }
        _ => true,
    }
}

/// The reply carries on a sentence begun before it: it opens on a dash with its first word right
/// after (at most one space between, on the same line) in lower case or "I", not a number, and
/// it is not a list of lines each opening on a dash.
pub(super) fn carries_on(text: &Text) -> bool {
    let raw = text.raw.trim_start();
    let Some(dash) = raw.chars().next().filter(|&c| super::text::is_dash(c)) else {
        return false;
    };
    let rest = &raw[dash.len_utf8()..];
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    // A sentence carried on goes on in lower case ("-you have to…", "- and I think…"), or with
    // "I"; a typed bullet or heading starts a sentence of its own ("- You should…").
    let mut chars = rest.chars();
    let opens_on_word = match (chars.next(), chars.next()) {
        (Some('I'), next) => next.is_none_or(|c| !c.is_alphabetic()),
        (Some(c), _) => c.is_lowercase(),
        (None, _) => false,
    };
    let listed = raw.lines().skip(1).any(|l| {
        l.trim_start()
            .starts_with(|c| super::text::is_dash(c) || c == '*')
    });
    opens_on_word && !listed
}

/// Shortly before word `at`, in its sentence, the client asks or wonders ("you want to know
/// if…", "u wanna know whether…", "you're wondering if…", "you asked what…"): "you" just before
/// the asking verb, and a question word just after it.
fn client_asks(text: &Text, at: usize) -> bool {
    let window = text.context_before(at);
    window.clone().any(|j| {
        super::text::tick();
        let asked = match text.key(j) {
            "want" | "wanted" if text.key(j + 1) == "to" && text.key(j + 2) == "know" => j + 3,
            "wanna" if text.key(j + 1) == "know" => j + 2,
            "wondering" | "wonder" | "asked" | "asking" => j + 1,
            _ => return false,
        };
        let by_client = (j.saturating_sub(2)..j)
            .any(|i| i >= window.start && matches!(text.key(i), "you" | "youre"));
        by_client
            && asked < at
            && matches!(text.key(asked), "if" | "whether" | "what" | "why" | "how")
    })
}

/// After a normative subject (words `at..end`), what the others did to the client: a verb in
/// the past with the client as its object ("have told you", "gave up on you"), or one of a few
/// verbs of telling and judging before "your" ("had people picking over your spending"), at
/// most two particles between, in the same clause with no pause.
fn done_to_client(text: &Text, at: usize, end: usize) -> bool {
    const DONE: &[&str] = &[
        "told", "gave", "given", "said", "left", "let", "sent", "wrote", "written", "picked",
        "picking", "telling", "giving", "judging",
    ];
    const PARTICLES: &[&str] = &["up", "on", "at", "over", "down", "off", "to", "about"];
    let Some(word) = text.words.get(end) else {
        return false;
    };
    if word.sentence != text.words[at].sentence || word.pause_before {
        return false;
    }
    let sentence_end = text.sentences[word.sentence].words.end;
    let mut j = end;
    if matches!(text.key(j), "have" | "has" | "had" | "keep" | "kept") {
        j += 1;
    }
    let verb = text.key(j);
    let done = DONE.contains(&verb);
    if j >= sentence_end || !(done || (verb.len() > 4 && verb.ends_with("ed"))) {
        return false;
    }
    let mut i = j + 1;
    while i < sentence_end && i < j + 3 && PARTICLES.contains(&text.key(i)) {
        i += 1;
    }
    let object = match text.key(i) {
        "you" | "yourself" => true,
        // "your age", "your stage": the others held up at the client's point in life.
        "your" => done && !matches!(text.key(i + 1), "age" | "stage"),
        _ => false,
    };
    i < sentence_end && (j + 1..=i).all(|k| !text.words[k].pause_before) && object
}

/// Word `at` opens a new clause rather than a phrase that fills in the one before ("…, with
/// the redundancy", "…, juggling work and the baby", "…, and the wine is how you cope").
fn starts_clause(text: &Text, at: usize) -> bool {
    let key = text.key(at);
    let gerund = key.len() > 4 && key.ends_with("ing");
    let filling_in = matches!(
        key,
        "and"
            | "with"
            | "w"
            | "for"
            | "from"
            | "after"
            | "especially"
            | "given"
            | "what"
            | "all"
            | "n"
            | "plus"
            | "on"
            | "in"
            | "at"
            | "of"
            | "to"
    );
    !(gerund || filling_in)
}

/// The defence matched at `at..end` is about what the clinician did or meant: "I wasn't"
/// followed by a doing word ("…lecturing", "…going to say that"), "I never said" followed by
/// "you", "that" or "anything", or "I didn't say that" ending its clause. "I wasn't surprised",
/// "I wasn't going to bring it up, but…", "I never said it out loud before" and "I didn't say
/// that last week" tell the client something else.
fn defends(text: &Text, at: usize, end: usize) -> bool {
    let next = text.key(end);
    let same_clause = end < text.words.len()
        && text.words[end].sentence == text.words[at].sentence
        && !text.words[end].pause_before;
    match text.key(at + 1) {
        "wasnt" | "was" => {
            same_clause
                && if matches!(next, "going" | "gonna" | "even") {
                    (end + 1..(end + 4).min(text.words.len())).any(|j| {
                        matches!(
                            text.key(j),
                            "say" | "start" | "suggest" | "lecture" | "judge" | "tell" | "nag"
                        )
                    })
                } else {
                    next.len() > 4 && next.ends_with("ing")
                }
        }
        // "I'm not ticking a box", "we're not poking around", "I'm not against you" (coder
        // version 58): denying what the client said of the clinician, in the same clause.
        "not" => {
            same_clause
                && ((next.len() > 4 && next.ends_with("ing"))
                    || matches!(next, "on" | "against" | "out"))
        }
        "never" => {
            same_clause
                && (matches!(next, "you" | "that" | "anything" | "u")
                    || (next == "it"
                        && matches!(text.key(end + 1), "was" | "would" | "is" | "will")))
        }
        _ => !same_clause,
    }
}

/// A sentence that credits the client with something done, closed with "though" as an
/// affirmation is: "You got through the whole week without a drink, though."
fn achievement(text: &Text, words: std::ops::Range<usize>) -> bool {
    let mut keys = words.clone().map(|i| text.key(i));
    matches!(keys.next(), Some("you" | "u"))
        && matches!(
            keys.next(),
            Some(
                "still"
                    | "got"
                    | "made"
                    | "managed"
                    | "went"
                    | "did"
                    | "came"
                    | "kept"
                    | "showed"
                    | "stuck"
                    | "turned"
                    | "stayed"
                    | "tried"
            )
        )
}

/// The words at `at` open a clause inside a longer phrase ("something that you could do",
/// "stuff you need to be doing", "everything you've got"): a clause about the client, not an
/// instruction to them. `linking` also counts "that", "if", "what", "how" and the like, which
/// a modal ("you should", "you need to") may follow inside a clause, but which also open a
/// whole sentence of advice before other markers ("I think that everyone…").
fn in_clause(text: &Text, at: usize, linking: bool) -> bool {
    if at == 0
        || text.words[at].pause_before
        || text.words[at - 1].sentence != text.words[at].sentence
    {
        return false;
    }
    let before = text.key(at - 1);
    matches!(
        before,
        "something" | "somewhere" | "stuff" | "things" | "everything" | "anything" | "whatever"
    ) || (linking
        && (matches!(before, "that" | "which" | "what" | "whether" | "if" | "how")
            || (before == "why"
            // "…is exactly why you need to…" gives the reason for the advice.
            && !(at >= 2
                && matches!(
                    text.key(at - 2),
                    "exactly" | "is" | "thats" | "its" | "precisely" | "just"
                )))))
}

/// "like it's your fault", "as if it's your fault": how the client is treated, not the
/// clinician's verdict; but "sounds like you're in denial" still judges.
fn as_if(text: &Text, at: usize) -> bool {
    if at == 0 || text.words[at - 1].sentence != text.words[at].sentence {
        return false;
    }
    match text.key(at - 1) {
        "if" => at >= 2 && text.key(at - 2) == "as",
        "like" => {
            // "It's like it's your fault if you…" is the clinician's own comparison.
            !(at >= 2
                && matches!(
                    text.key(at - 2),
                    "sounds" | "sound" | "seems" | "seem" | "looks" | "look" | "its" | "it"
                ))
                && matches!(text.key(at), "its" | "it")
        }
        _ => false,
    }
}

/// A phrase of `list` starts at word `at`.
fn any_starts_at(list: &[Phrase], text: &Text, at: usize) -> bool {
    list.iter().any(|p| p.match_at(text, at).is_some())
}

/// A phrase of `list` ends at or before word `at`, starting in the words just before it
/// ([`Text::context_before`], so the look stays bounded).
fn any_ends_before(list: &[Phrase], text: &Text, at: usize) -> bool {
    any_ends_before_where(list, text, at, |_| true)
}

/// [`any_ends_before`], counting only a phrase whose end `e` passes `keep(e)`.
fn any_ends_before_where(
    list: &[Phrase],
    text: &Text,
    at: usize,
    keep: impl Fn(usize) -> bool,
) -> bool {
    list.iter().any(|p| {
        text.context_before(at)
            .any(|j| p.match_at(text, j).is_some_and(|e| e <= at && keep(e)))
    })
}

/// Words `at..end` are the client's view said back, someone's reported words, or a quotation:
/// a view phrase or a report before them in the sentence, "…, you said" after them, or an
/// open quotation mark before them (`wrapped`: the whole reply is in quotation marks, which
/// quotes nothing). Others named nearby do not excuse them: "she's got a point, to be fair"
/// sides with her.
fn in_client_view(text: &Text, at: usize, end: usize, wrapped: bool) -> bool {
    let Some(word) = text.words.get(at) else {
        return false;
    };
    // Quotation marks are counted from the start of the sentence, or of the bounded look-back
    // in a long one, so that the count stays linear in the text. An opening mark before a
    // sentence's first word is counted from the end of the previous sentence.
    let first = text.context_before(at).start;
    let start = if first == 0 {
        0
    } else if first == text.sentence_start(at) {
        text.words[first - 1].span.end.min(word.span.start)
    } else {
        text.words[first].span.start
    };
    let before = &text.raw[start..word.span.start];
    let before = if first == 0 {
        before
    } else {
        // The previous sentence's own closing marks ('…stop."') are not this one's.
        before.trim_start_matches(['.', '!', '?', '"', '\u{201d}', ')', '\'', '\u{2019}'])
    };
    let double = before
        .chars()
        .inspect(|_| super::text::tick())
        .filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
        .count()
        % 2
        == 1;
    // A single quotation mark opens a quotation only after a space or at the start ("the
    // kids' head in the sand" is a possessive).
    let trimmed = before.trim_end();
    let single = trimmed
        .strip_suffix(['\'', '\u{2018}'])
        .is_some_and(|rest| rest.chars().last().is_none_or(char::is_whitespace));
    let quoted = !wrapped && (double || single);
    // "…, you said" closing the sentence reports the client's words; "you put yourself…" in
    // the middle of it does not.
    let sentence_end = text.sentences[word.sentence].words.end;
    let said_after = (end..sentence_end.min(end + CONTEXT_AFTER)).any(|j| {
        matches!(text.key(j), "said" | "say" | "saying" | "says" | "heard")
            && matches!(text.key(j - 1), "you" | "youre")
            && text.words[j - 1].pause_before
    });
    quoted || said_after || any_ends_before(&LISTS.view, text, at) || someone_says(text, at)
}

/// A view phrase of the client's ("you think", "for you", "as you see it") opens the clause
/// that holds word `at`: nothing between them turns to the clinician's own point ("but",
/// "though", "actually", or a pause and a new "that's…"). "You think the teacher is the
/// problem" says back the client's verdict; "You think it's fine, but that's denial", "You
/// say it's nothing, that's denial" and "You think you're fine, you're in denial" give the
/// clinician's.
fn view_in_clause(text: &Text, at: usize) -> bool {
    // "Do you think your attitude is part of it?" asks; it does not say back a view.
    if asks(text, at) {
        return false;
    }
    let opens = |list: &[Phrase], fits: &dyn Fn(usize) -> bool| {
        text.context_before(at)
            .any(|j| list.iter().any(|p| p.match_at(text, j).is_some_and(fits)))
    };
    // Naming covers only the name straight after it; a belief, its whole clause.
    opens(&LISTS.naming, &|e| e <= at && at <= e + 1)
        || opens(&LISTS.belief, &|e| {
            e <= at && !turns_to_own_point(text, e, at)
        })
}

/// Between the end of a view phrase (`from`) and word `to`, the sentence turns to the
/// clinician's own point: a contrast word, or a pause and a new subject ("…, that's…", "…,
/// you're…").
fn turns_to_own_point(text: &Text, from: usize, to: usize) -> bool {
    (from..=to).any(|k| {
        let key = text.key(k);
        CONTRASTS.contains(&key)
            || (k > from && text.words[k].pause_before && NEW_SUBJECTS.contains(&key))
    })
}

/// Words that turn a sentence from the client's view to the clinician's point.
const CONTRASTS: &[&str] = &[
    "but", "though", "tho", "however", "yet", "although", "actually", "whereas", "honestly",
    "truth", "still",
];

/// Subjects that, after a pause, start a clause of the clinician's own.
const NEW_SUBJECTS: &[&str] = &[
    "thats", "that", "its", "it", "this", "which", "i", "you", "youre", "u", "ur",
];

/// The reply opens, after any lead-in ("so", "okay"), with a frame of the client's own words or
/// view ([`OPENING_VIEW`]).
pub fn opens_in_client_view(text: &Text) -> bool {
    opens_on(text, &LISTS.opening_view, |_| true)
}

/// A phrase of `list` starts at the reply's first word after any lead-in, and its end `e`
/// passes `keep(e)`.
fn opens_on(text: &Text, list: &[Phrase], keep: impl Fn(usize) -> bool) -> bool {
    if text.words.is_empty() {
        return false;
    }
    let at = first_word(text, 0);
    list.iter().any(|p| p.match_at(text, at).is_some_and(&keep))
}

/// The reply opens, after any lead-in ("so", "okay"), on the clinician's own uncertainty: "I
/// don't think" or "I'm not sure" followed by a word that makes it theirs ("I don't think I
/// explained the dosing very well", "I'm not sure whether the clinic opens on Saturdays"), which
/// the rules do not flag (coder versions 119 and 122). The second reader, which learned those
/// openings from replies that doubted the client, does not code such a reply either (version
/// 133). Not when the clause it opens is about the client ("I'm not sure whether you're taking
/// this seriously", "im not sure if ur ready"): that doubts them (version 134). The clause ends
/// at the first pause, so "I'm not sure I follow, can you say more?" stays the clinician's.
pub fn opens_in_own_uncertainty(text: &Text) -> bool {
    opens_on(text, &LISTS.own_uncertainty, |end| {
        let sentence_end = text.sentences[text.words[end - 1].sentence].words.end;
        !(end..sentence_end.min(end + CONTEXT_AFTER))
            .take_while(|&j| !text.words[j].pause_before)
            .any(|j| lex::CLIENT_WORDS.contains(&text.key(j)))
    })
}

/// The whole reply is typed inside one pair of quotation marks: the learner's own words, not a
/// quotation inside them.
fn wrapped_in_quotes(text: &Text) -> bool {
    let raw = text.raw.trim();
    raw.starts_with(['"', '\u{201c}'])
        && raw.ends_with(['"', '\u{201d}'])
        && raw
            .chars()
            .inspect(|_| super::text::tick())
            .filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
            .count()
            == 2
}

/// Words that say the client is having a hard time: "To be fair, you've had a brutal month"
/// takes the client's part.
const HARDSHIP: &[&str] = &[
    "brutal",
    "hard",
    "tough",
    "rough",
    "difficult",
    "exhausting",
    "exhausted",
    "painful",
    "struggling",
    "plate",
    "stressful",
    "awful",
    "horrible",
];

/// Word `k` is "problem" denied ("it's not a problem", "isn't really a problem", "no
/// problem"), the client's claim an if-clause grants before a "why". Not "no problem for
/// you", which offers.
fn denies_a_problem(text: &Text, k: usize) -> bool {
    text.key(k) == "problem"
        && !(matches!(text.key(k + 1), "for" | "with") && text.key(k + 2) == "you")
        && (k.saturating_sub(3).max(text.sentence_start(k))..k).any(|j| {
            matches!(
                text.key(j),
                "not" | "isnt" | "no" | "aint" | "wasnt" | "never"
            )
        })
}

/// How far after a phrase "…, you said" is looked for.
const CONTEXT_AFTER: usize = 12;

/// The words after "Well, you did" name something the client did wrong ("fail the test",
/// "lie to her", "get yourself into this"), not something they managed.
fn a_misdeed(text: &Text, after: usize) -> bool {
    match text.key(after) {
        "fail" | "lie" | "drive" | "commit" | "break" | "miss" | "skip" | "hit" | "steal"
        | "relapse" | "shout" | "throw" | "punch" | "spend" | "borrow" | "drink" | "smoke"
        | "something" | "cheat" | "lose" | "gamble" | "bet" | "ignore" | "slip" | "hurt" => true,
        // "Well, you did ask for it", not "you did ask for help".
        "ask" => text.key(after + 1) == "for" && text.key(after + 2) == "it",
        // "You did get yourself into this", not "you did get yourself here".
        "get" if text.key(after + 1) == "yourself" => {
            matches!(
                text.key(after + 2),
                "into" | "in" | "caught" | "arrested" | "the"
            )
        }
        "get" => matches!(
            text.key(after + 1),
            "caught"
                | "into"
                | "arrested"
                | "sacked"
                | "fired"
                | "banned"
                | "kicked"
                | "done"
                | "excluded"
                | "suspended"
                | "nicked"
        ),
        _ => false,
    }
}

/// The marker at word `at` sits inside a reflection of the client's view or someone's words.
fn framed(text: &Text, at: usize, kind: MarkerKind) -> bool {
    if kind == MarkerKind::Confront
        && (about_someone_else(text, at) || view_in_clause(text, at) || scoped_after(text, at))
    {
        return true;
    }
    let frames = match kind {
        MarkerKind::Confront => &LISTS.reported,
        _ => &LISTS.frames,
    };
    any_ends_before_where(frames, text, at, |e| !own_clause_between(text, e, at))
        || (kind != MarkerKind::Confront
            && (someone_says(text, at)
                || any_ends_before_where(&LISTS.saying, text, at, |e| {
                    !own_clause_between(text, e, at)
                })))
        || (kind == MarkerKind::Persuade && knows_already(text, at))
        || (kind != MarkerKind::Confront && (scoped_before(text, at) || scoped_after(text, at)))
}

/// The words from `at` ask the client to tell the clinician, explain to them, fill them in or bear
/// with them, and close the sentence: "tell me", "fill us in", "explain it to me", "bear with
/// me". Whatever follows in the same sentence may ask something of the client ("tell me how
/// you're going to quit", "show me you can stay off it", "tell me, and then you'll stop").
pub(super) fn asks_to_be_told(text: &Text, at: usize) -> bool {
    // "me" or "us" at `j`, with an optional particle, ending the sentence.
    let me = |j: usize, particle: &str| {
        if !matches!(text.key(j), "me" | "us") {
            return false;
        }
        let last = if !particle.is_empty() && text.key(j + 1) == particle {
            j + 1
        } else {
            j
        };
        text.words
            .get(last + 1)
            .is_none_or(|w| w.sentence != text.words[j].sentence)
    };
    match text.key(at) {
        "tell" => me(at + 1, ""),
        "fill" => me(at + 1, "in"),
        "bear" => text.key(at + 1) == "with" && me(at + 2, ""),
        "explain" => {
            (text.key(at + 1) == "to" && me(at + 2, ""))
                || (matches!(text.key(at + 1), "it" | "that" | "this")
                    && text.key(at + 2) == "to"
                    && me(at + 3, ""))
        }
        _ => false,
    }
}

/// After word `after`: the clinician agreeing with someone ("she's right", "they're dead right",
/// "I agree with him", "so do I"), not denied ("I'm not sure she's right", "you're not convinced
/// he's right"). The words of the agreement.
fn agrees_with_them(text: &Text, after: usize) -> Option<std::ops::Range<usize>> {
    let person = |k: usize| matches!(text.key(k), "shes" | "hes" | "theyre");
    let person_is = |k: usize| {
        matches!(text.key(k), "she" | "he" | "they") && matches!(text.key(k + 1), "is" | "are")
    };
    let degree = |k: usize| {
        matches!(
            text.key(k),
            "dead" | "quite" | "absolutely" | "completely" | "totally" | "spot" | "probably" | "so"
        )
    };
    // Denied or doubted ("I'm not sure she's right"), or the client's own view of it ("you
    // think she's right", "part of you knows he's right", "you told me she's right").
    let denied = |k: usize| {
        (k.saturating_sub(3)..k).any(|j| {
            NEGATIONS.contains(&text.key(j))
                || matches!(
                    text.key(j),
                    "if" | "whether"
                        | "convinced"
                        | "sure"
                        | "maybe"
                        | "think"
                        | "thinks"
                        | "reckon"
                        | "feel"
                        | "worried"
                        | "worry"
                        | "know"
                        | "knows"
                        | "suspect"
                        | "fear"
                        | "afraid"
                        | "wonder"
                        | "wonders"
                        | "wondering"
                        | "said"
                        | "saying"
                        | "told"
                        | "admitted"
                        | "admit"
                        | "admits"
                )
        })
    };
    (after..text.words.len()).find_map(|k| {
        let (mut j, start) = if person(k) {
            (k + 1, k)
        } else if person_is(k) {
            (k + 2, k)
        } else if text.key(k) == "i"
            && text.key(k + 1) == "agree"
            && matches!(text.key(k + 2), "with" | "wiv")
            && matches!(text.key(k + 3), "her" | "him" | "them")
        {
            return (!denied(k)).then_some(k..k + 4);
        } else if text.key(k) == "so"
            && matches!(text.key(k + 1), "do" | "would")
            && text.key(k + 2) == "i"
            && text
                .words
                .get(k + 3)
                .is_none_or(|w| w.pause_before || w.sentence != text.words[k].sentence)
        {
            return (!denied(k)).then_some(k..k + 3);
        } else {
            return None;
        };
        while degree(j) && j < start + 4 {
            j += 1;
        }
        (text.key(j) == "right" && !denied(start)).then_some(start..j + 1)
    })
}

/// "You know you should…", "u already know u need to…": the client's own sense of what they
/// ought to do, said back, straight after "you know" with no pause (coder version 72). Not "you
/// know, you should…", where "you know" is a filler before the clinician's advice.
fn knows_already(text: &Text, at: usize) -> bool {
    // Only what they ought to do: "you know you can always ring…" offers an option.
    let ought = matches!(
        text.key(at + 1),
        "should" | "shouldnt" | "need" | "have" | "must" | "ought" | "gotta"
    );
    if !matches!(text.key(at), "you" | "u") || text.words[at].pause_before || !ought {
        return false;
    }
    let mut k = at;
    if k > 0 && text.key(k - 1) == "that" && !text.words[k - 1].pause_before {
        k -= 1;
    }
    if k == 0 || text.key(k - 1) != "know" {
        return false;
    }
    let know = k - 1;
    let you = |i: usize| matches!(text.key(i), "you" | "u");
    (know > 0 && you(know - 1))
        || (know > 1 && matches!(text.key(know - 1), "already" | "probably") && you(know - 2))
}

/// After a frame ending at word `from` and what it frames, the words at `at` start a clause of
/// the clinician's own: after a pause, or after a pause and "and", "so" or "then", with or
/// without "you" ("it sounds like you're exhausted, and you should take a break"; "you feel
/// judged, so just ignore them"). Not when what is framed holds a clause of its own ("you're
/// worried that if you stop, you'll lose…"). A frame covers its own clause ("you feel you
/// should be able to cope on your own"), not the next one (coder version 66).
fn own_clause_between(text: &Text, from: usize, at: usize) -> bool {
    let start = if at > from && matches!(text.key(at - 1), "you" | "u" | "ya") {
        at - 1
    } else {
        at
    };
    let joined = start > from + 1
        && matches!(text.key(start - 1), "and" | "so" | "then" | "n")
        && text.words[start - 1].pause_before;
    // "You're worried that if you stop, you'll lose…": the pause closes a clause inside
    // the one framed.
    let inside = (from..start).any(|k| {
        matches!(
            text.key(k),
            "if" | "when" | "that" | "because" | "cause" | "whether" | "unless"
        )
    });
    // "You feel, deep down, you should…": a pause straight after the frame sets off an aside
    // inside what it frames, not a clause of the clinician's own.
    let aside = text.words.get(from).is_some_and(|w| w.pause_before);
    // "You feel like it helps, but it's killing you.": a contrast after the framed clause starts
    // the clinician's own, comma or not (coder version 153). Not "still", "yet", "actually" or
    // "honestly" ([`CONTRASTS`]), which sit inside many reflections ("you feel you still have
    // to…", "you're not sure yet whether…").
    let contrast = (from..start).any(|k| {
        matches!(
            text.key(k),
            "but" | "though" | "tho" | "however" | "although" | "whereas"
        )
    });
    start > from && (((text.words[start].pause_before || joined) && !inside && !aside) || contrast)
}

/// Someone's words are reported before word `at` ("your wife says…", "you told me…"), not the
/// clinician's own ("I'd say…", "I'd gently say it might be worth…").
fn someone_says(text: &Text, at: usize) -> bool {
    // "I" or "we" as the speaker, not asked about ("Can I tell you…?" asks permission).
    let own = |i: usize| {
        matches!(
            text.key(i),
            "i" | "id" | "ill" | "im" | "ive" | "we" | "wed"
        ) && !(i > 0 && matches!(text.key(i - 1), "can" | "could" | "may" | "might" | "if"))
    };
    LISTS.speech.iter().any(|p| {
        text.context_before(at).any(|j| {
            p.match_at(text, j)
                .is_some_and(|e| e <= at && !own_clause_between(text, e, at))
                // A bare "say" or "think" after "I'd (gently)": the clinician speaking. "I'm
                // hearing you're saying…" still reports the client, and "I can tell you…"
                // offers.
                && !(matches!(text.key(j), "say" | "said" | "think")
                    && ((j > 0 && own(j - 1))
                        || (j > 1 && own(j - 2) && !NEGATIONS.contains(&text.key(j - 1)))))
                // "That said, …": "having said that", nobody's words.
                && !(text.key(j) == "said" && j > 0 && matches!(text.key(j - 1), "that" | "this"))
        })
    })
}

/// The client's own plan or words, said back: advice words after one of these, in the same
/// clause, are the client's ("you mentioned you might try cutting back", "you're willing to
/// maybe try going less", "you said you'd ring the clinic and just ask about the patch").
#[rustfmt::skip]
const OWN_PLAN: &[&str] = &[
    "you said", "you've said", "you mentioned", "you've mentioned", "you'd mentioned",
    "you told me", "you were saying", "you're willing to", "you are willing to",
    "you'd be willing to", "you're ready to", "you are ready to", "you're planning to",
    "you plan to", "you've decided to", "you decided to", "you're hoping to", "you'd like to",
    "you're thinking of", "you're thinking about", "you've been thinking about", "your plan is",
    "you're open to", "you'd be open to", "hearing you say", "hearing you saying",
    "heard you say", "you're saying", "you keep saying", "you want something",
    "you'd want something", "you're looking for",
];

/// Words that start a clause of the clinician's own after the client's plan ("you said you'd
/// quit, so just bin them").
const PLAN_BREAKS: &[&str] = &[
    "so",
    "but",
    "then",
    "though",
    "however",
    "because",
    "cos",
    "otherwise",
    "if",
    "unless",
    "instead",
    "now",
];

/// Leave asked in a statement ("if that's okay with you, I'll go over…"): what follows in the
/// sentence is offered, as after a permission question.
#[rustfmt::skip]
const LEAVE: &[&str] = &[
    "if it's okay with you", "if that's okay with you", "if it's ok with you",
    "if that's ok with you", "if it's alright with you", "if that's alright with you",
    "if it's all right with you", "if you're okay with it", "if you're ok with it",
    "with your permission",
];

/// The index of the word that starts at byte `start` (or the last one before it).
fn word_at(text: &Text, start: usize) -> usize {
    text.words
        .partition_point(|w| w.span.start <= start)
        .saturating_sub(1)
}

/// Whether word `at` sits in a clause that says back the client's own plan or words: a
/// phrase of [`OWN_PLAN`] before it in the sentence, not itself a condition ("if you're
/// ready to, just try…"), with no comma, semicolon or clause word of [`PLAN_BREAKS`] between.
fn clients_plan(text: &Text, at: usize) -> bool {
    let context = text.context_before(at);
    let comma_before = |k: usize| {
        k > 0
            && text.raw[text.words[k - 1].span.end..text.words[k].span.start]
                .contains([',', ';', ':'])
    };
    let from = (context.start..=at)
        .rev()
        .find(|&k| k > context.start && (PLAN_BREAKS.contains(&text.key(k)) || comma_before(k)))
        .unwrap_or(context.start);
    (from..at).any(|j| {
        LISTS
            .own_plan
            .iter()
            .any(|p| p.match_at(text, j).is_some_and(|e| e <= at))
            && !(j > 0 && matches!(text.key(j - 1), "if" | "unless" | "when" | "whenever"))
    })
}

/// A hit of `kind` on words `words` of `text`.
pub(super) fn hit_on(
    text: &Text,
    kind: MarkerKind,
    words: std::ops::Range<usize>,
    reason: &'static str,
) -> MarkerHit {
    MarkerHit {
        kind,
        span: text.span(words.clone()),
        words: text.slice(words).to_string(),
        reason,
    }
}

/// The markers that are patterns rather than phrases: an instruction at the start of any
/// clause ("…, so just walk away"), a judgement as the predicate ("that's pretty reckless",
/// "you're being childish"), a negative tag that asks for agreement ("…, don't they?"), and a
/// "but" that rebuts ("I get that, but it's still not okay").
fn general_hits(text: &Text, hits: &mut Vec<MarkerHit>) {
    let openings: std::collections::HashSet<usize> = sentence_openings(text).into_iter().collect();
    // Which sentences name a strength or effort ("Deleting them was a real step, though. You
    // did that."): looked up once, when first needed. A "though" is excused by one in its own
    // sentence or the next.
    let affirming = std::cell::OnceCell::new();
    let affirms = |sentence: usize| {
        let named: &Vec<bool> = affirming.get_or_init(|| {
            let mut named = vec![false; text.sentences.len()];
            for j in 0..text.words.len() {
                let negated = j > 0 && NEGATIONS.contains(&text.key(j - 1));
                if !negated && any_starts_at(&LISTS.affirm, text, j) {
                    named[text.words[j].sentence] = true;
                }
            }
            named
        });
        named[sentence] || named.get(sentence + 1).copied().unwrap_or(false)
    };
    let mut hit = |kind, words, reason| hits.push(hit_on(text, kind, words, reason));
    for s in &text.sentences {
        let words = s.words.clone();
        for at in words.clone() {
            let key = text.key(at);
            // Instructions at a clause start: after "so", "then", "just", "please" that follow a
            // pause or open the sentence, and the verb from the broad list.
            // A verb opening the sentence (after lead-ins), the main clause after an
            // introduction, or a clause after a comma with its object following ("…, try to
            // do things that…").
            let opens = openings.contains(&at);
            // "Never again, because…", "…, never the weeks u dont": "never" with no verb after
            // it is not an order (coder version 85).
            let never_alone = key == "never" && NOT_AFTER_AN_ORDER.contains(&text.key(at + 1));
            let after_comma = at > words.start
                && text.words[at].pause_before
                && !matches!(
                    text.key(at - 1),
                    "uh" | "um" | "er" | "erm" | "like" | "know"
                )
                && matches!(
                    text.key(at + 1),
                    "to" | "a"
                        | "the"
                        | "your"
                        | "yourself"
                        | "some"
                        | "it"
                        | "them"
                        | "him"
                        | "her"
                        | "on"
                        | "out"
                        | "up"
                        | "with"
                        | "about"
                        | "what"
                        | "that"
                );
            // In a question only the verbs of advice count ("Consider asking…?"); "Use any
            // other drugs?" is a question with its "do you" dropped.
            let in_question = s.asks && !matches!(key, "consider" | "try" | "think");
            if (opens || after_comma)
                && !in_question
                && !never_alone
                && IMPERATIVE_VERBS.contains(&key)
                && at + 1 < words.end
                && !matches!(text.key(at + 1), "of")
                // "Take care (of yourself)": a good wish. "Grab a seat", "take a seat": a welcome.
                && !(key == "take" && text.key(at + 1) == "care")
                && !(matches!(key, "grab" | "take" | "have")
                    && at + 2 < words.end
                    && matches!(text.key(at + 2), "seat" | "chair" | "pew"))
                && is_instruction(text, at, at + 1)
                && !matches!(
                    text.key(at + 1),
                    "you"
                        | "i"
                        | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "it"
                        | "its"
                        | "im"
                        | "youre"
                        | "there"
                        | "is"
                        | "are"
                        | "was"
                )
            {
                hit(
                    MarkerKind::Persuade,
                    at..at + 1,
                    crate::markers::IMPERATIVE_REASON,
                );
            }
            // "…, maybe ask about them?", "maybe just give it one night": advice hedged with
            // "maybe" is advice in a question too.
            let after_lead = at > words.start
                // "just sort of", "just kind of": a hedge, not an order.
                && !matches!(text.key(at + 1), "of")
                && matches!(
                    text.key(at - 1),
                    "so" | "then" | "just" | "please" | "maybe" | "perhaps"
                )
                && (at - 1 == words.start
                    || text.words[at - 1].pause_before
                    || (matches!(text.key(at.saturating_sub(2)), "and" | "so" | "then" | "please")
                        && !matches!(text.key(at - 1), "maybe" | "perhaps"))
                    // "…, maybe just give it one night", but not "we can talk and maybe get
                    // back to it": the hedge opens a clause of its own.
                    || (matches!(text.key(at.saturating_sub(2)), "maybe" | "perhaps")
                        && (at - 2 == words.start || text.words[at - 2].pause_before))
                    // Typed without the comma: "next time she starts just go for a walk".
                    || (text.key(at - 1) == "just"
                        && matches!(text.key(words.start), "if" | "when" | "whenever" | "next")));
            // "The times keep changing and so do the faces": "and so do" is "as do", not an
            // order (coder version 84).
            let as_do = key == "do" && at >= 2 && text.key(at - 2) == "and";
            if after_lead
                && !as_do
                && !never_alone
                && IMPERATIVE_VERBS.contains(&key)
                && is_instruction(text, at, at + 1)
                && !(at >= 2
                    && matches!(
                        text.key(at - 2),
                        "you" | "i" | "we" | "they" | "he" | "she"
                            // "If you could just get back to zero…" (coder version 85).
                            | "could" | "can" | "would" | "might" | "will" | "youd" | "youll"
                    ))
                && !matches!(text.key(at + 1), "you" | "i" | "we" | "they" | "he" | "she")
            {
                hit(
                    MarkerKind::Persuade,
                    at - 1..at + 1,
                    crate::markers::IMPERATIVE_REASON,
                );
            }
            // "that's (a bit) reckless", "you're being childish": a judgement as the predicate.
            if JUDGED_SUBJECTS.contains(&key) {
                let mut j = at + 1;
                while j < words.end && j < at + 5 && BEFORE_JUDGEMENT.contains(&text.key(j)) {
                    j += 1;
                }
                if j < words.end
                    && JUDGEMENTS.contains(&text.key(j))
                    && !reported(text, at, j + 1)
                    && !named_by_someone(text, at)
                {
                    hit(
                        MarkerKind::Confront,
                        at..j + 1,
                        crate::markers::JUDGEMENT_REASON,
                    );
                }
            }
        }
        // A "though" that closes a clause: at the sentence end, or before a pause inside it
        // ("the tablets are safe tho, millions take them"). "Even though" and "as though"
        // concede or compare; inside a sentence, a "though" that goes on with "and" holds both
        // sides ("work's been brutal though, and the wine is how you switch off"), one before a
        // phrase that only fills in the same point ("a tough year, though, with the redundancy")
        // says it again, one in a
        // clause of time or condition qualifies a story ("before the new job, though, when…"),
        // and one after "I" is the clinician's own doubt ("I might have this wrong though").
        let first_subordinator = words.clone().find(|&j| {
            matches!(
                text.key(j),
                "before"
                    | "after"
                    | "when"
                    | "while"
                    | "if"
                    | "since"
                    | "until"
                    | "once"
                    | "because"
            )
        });
        let subordinate = |e: usize| first_subordinator.is_some_and(|j| j < e);
        let opener = text.key(first_word(text, words.start));
        let closing = (words.start + 3..words.end).find(|&e| {
            if text.key(e) != "though" || matches!(text.key(e - 1), "even" | "as") {
                return false;
            }
            e + 1 == words.end
                || (text.words[e + 1].pause_before
                    && starts_clause(text, e + 1)
                    && !subordinate(e)
                    && !matches!(opener, "i" | "im" | "id" | "ive"))
        });
        // Handing the choice back is not a counterpoint ("It's still your call, though.").
        let sentence_hands_back = || {
            words
                .clone()
                .any(|j| any_starts_at(&LISTS.autonomy, text, j))
        };
        if let Some(e) = closing {
            let clause = words.start..e + 1;
            let at_end = e + 1 == words.end;
            // After a negation a closing "though" rebuts: "that won't pay the rent though".
            let negated = (words.start..e).any(|j| NEGATIONS.contains(&text.key(j)));
            // Only someone's words reported before it excuse it ("your mum says you're fine,
            // though"); a statement about someone else ("ur boss doesnt pour the drinks tho")
            // is still the clinician's point against the client's.
            let spoken = any_ends_before(&LISTS.speech, text, e);
            let excused = spoken || sentence_hands_back();
            if !excused && negated && at_end {
                hit(
                    MarkerKind::YesBut,
                    e..e + 1,
                    crate::markers::THOUGH_REBUTTAL,
                );
            } else if !excused
                && !framed(text, e, MarkerKind::Persuade)
                && !achievement(text, clause.clone())
                && !affirms(text.words[words.start].sentence)
            {
                // Any other closing "though" sets the clinician's point against the client's
                // ("Missing school is a problem, though.").
                hit(MarkerKind::Confront, clause, crate::markers::COUNTERPOINT);
            }
        }
        // "If you already know, why are you still…?": the client's point granted only to be
        // turned against them. The if-clause grants a claim ("if you know", "if you think",
        // "if you're so sure", "if it was just once") and the "why" follows it within a few
        // words; "If you don't mind me asking, why…?", "If you had to guess, why…?" and a
        // "why" that comes first ("Why might you cut down, if you did?") ask.
        let opening = first_word(text, words.start);
        if text.key(opening) == "if" {
            let reach = words.end.min(opening + 16);
            let why = (opening + 2..reach).find(|&j| {
                text.key(j) == "why" || (text.key(j) == "how" && text.key(j + 1) == "come")
            });
            let grants = |j: usize| {
                (opening + 1..j).any(|k| {
                    matches!(
                        text.key(k),
                        "know"
                            | "knew"
                            | "knows"
                            | "think"
                            | "thought"
                            | "thinks"
                            | "heard"
                            | "said"
                            | "say"
                            | "says"
                            | "believe"
                            | "sure"
                            | "already"
                            | "just"
                            | "only"
                    ) || denies_a_problem(text, k)
                        // "If you're really fine, why…": the client's claim; not "if it's fine
                        // with you" (permission), and not before an invitation ("why don't
                        // we…", "why not…").
                        || (matches!(text.key(k), "really" | "fine")
                            && !(matches!(text.key(k + 1), "with" | "for")
                                && text.key(k + 2) == "you")
                            && !(text.key(j + 1) == "not"
                                || (text.key(j + 1) == "dont" && text.key(j + 2) == "we")))
                })
            };
            // It asks: an auxiliary follows in the same sentence ("why are you…", "why havent
            // u…"), or a question mark ends it; "…: why you hold back matters" names a reason.
            let asked = |j: usize| {
                (j + 1 < words.end && super::lexicon::AUXILIARIES.contains(&text.key(j + 1)))
                    || s.asks
            };
            // "If you think about it, …" only asks the client to look.
            let musing = text.key(opening + 1) == "you"
                && text.key(opening + 2) == "think"
                && text.key(opening + 3) == "about";
            if let Some(j) = why.filter(|&j| !musing && grants(j) && asked(j)) {
                hit(
                    MarkerKind::Confront,
                    opening..j + 1,
                    crate::markers::GRANTED_THEN_WHY,
                );
            }
        } else if text.key(opening) == "why"
            && (s.asks || super::lexicon::AUXILIARIES.contains(&text.key(opening + 1)))
        {
            // The same turned round: "Why are you here if it's not a problem?" ("Why might you
            // cut down, if you did?" grants nothing and asks).
            let reach = words.end.min(opening + 12);
            // "…ask him if it's not a problem": "if" meaning "whether" asks nothing back.
            if let Some(i) = (opening + 2..reach).find(|&i| {
                text.key(i) == "if"
                    && !(i.saturating_sub(2)..i).any(|k| {
                        matches!(
                            text.key(k),
                            "ask" | "asking" | "check" | "checking" | "see" | "know" | "wonder"
                        )
                    })
            }) {
                let end = words.end.min(i + 7);
                if let Some(k) = (i + 1..end).find(|&k| denies_a_problem(text, k)) {
                    hit(
                        MarkerKind::Confront,
                        opening..k + 1,
                        crate::markers::GRANTED_THEN_WHY,
                    );
                }
            }
        }
        // "trust me" closing a sentence reassures the worry away.
        // "…even though you don't trust me", "if you trust me" say how the client stands,
        // not a plea to drop their doubt.
        if words.end >= words.start + 3
            && text.key(words.end - 2) == "trust"
            && text.key(words.end - 1) == "me"
            && !matches!(
                text.key(words.end - 3),
                "dont" | "not" | "you" | "cant" | "wont" | "didnt" | "never" | "to"
            )
        {
            hit(
                MarkerKind::Reassurance,
                words.end - 2..words.end,
                crate::markers::TRUST_ME_REASON,
            );
        }
        // "but" / "although" / "still" that rebuts: a take-back followed by an insistence.
        for at in words.clone() {
            if matches!(text.key(at), "but" | "although" | "though" | "however")
                && at > words.start + 1
                // "even though", "as though": a concession or a comparison, not a take-back.
                && !matches!(text.key(at - 1), "even" | "as")
            {
                let rest = at + 1..words.end.min(at + 10);
                if let Some(j) = rest.clone().find(|&j| REBUTTALS.contains(&text.key(j)))
                    && !reported(text, at, at + 1)
                {
                    hit(
                        MarkerKind::YesBut,
                        at..j + 1,
                        crate::markers::REBUTTAL_REASON,
                    );
                }
            }
        }
    }
}

/// A one-word verdict that is how something feels ("That felt really disrespectful", "being
/// pushed on it is starting to feel disrespectful"): a feeling verb just before it, with at most
/// three softening words between (coder version 83). Not "feels like…", which can open the
/// clinician's own verdict ("feels like an excuse to me").
fn felt(text: &Text, at: usize, end: usize) -> bool {
    const SOFTENERS: &[&str] = &[
        "a",
        "bit",
        "little",
        "really",
        "so",
        "very",
        "quite",
        "pretty",
        "kind",
        "sort",
        "of",
        "too",
        "totally",
        "completely",
        "just",
        "more",
        "somewhat",
        "kinda",
        "abit",
    ];
    if end != at + 1 {
        return false;
    }
    let start = text.sentence_start(at);
    let mut j = at;
    for _ in 0..=3 {
        if j == start {
            return false;
        }
        j -= 1;
        let k = text.key(j);
        if matches!(k, "feel" | "feels" | "felt" | "feeling") {
            return true;
        }
        if !SOFTENERS.contains(&k) {
            return false;
        }
    }
    false
}

/// Words after "never" that show no verb follows, so it opens no order ("Never again", "never
/// the weeks you don't").
const NOT_AFTER_AN_ORDER: &[&str] = &[
    "again", "ever", "once", "the", "a", "an", "your", "my", "his", "her", "their", "this", "that",
    "those", "these", "it", "before", "been", "",
];

/// Subjects whose predicate can pass judgement on the client or what they did.
const JUDGED_SUBJECTS: &[&str] = &["thats", "youre", "that", "you"];

/// Judgements on a person or their conduct ("that's reckless", "you're being childish").
#[rustfmt::skip]
const JUDGEMENTS: &[&str] = &[
    "reckless", "childish", "immature", "selfish", "lazy", "irresponsible", "rude",
    "disrespectful", "ridiculous", "silly", "stupid", "crazy", "dumb", "pathetic", "absurd",
    "unacceptable", "inappropriate", "unreasonable", "naive", "delusional", "dishonest",
    "manipulative", "defensive", "dramatic", "hysterical", "paranoid", "ungrateful",
    "hypocritical", "excessive", "unhealthy", "irrational", "illogical", "nonsense",
    "wrong", "dangerous", "careless", "negligent", "abusive", "toxic", "obsessive",
    "codependent", "avoidant", "avoidance", "denial", "enabling", "overreacting", "petty",
    "shortsighted", "entitled", "cynical", "rash",
];

/// Words between the subject and a judgement that only soften, strengthen or frame it ("that's
/// a bit reckless", "you're being so childish", "that's such a rash move"); at most four are
/// read.
#[rustfmt::skip]
const BEFORE_JUDGEMENT: &[&str] = &[
    "being", "acting", "so", "just", "really", "pretty", "quite", "very", "a", "bit", "little",
    "kind", "kinda", "sort", "of", "totally", "completely", "honestly", "incredibly", "extremely",
    "rather", "such", "an",
];

/// After "but", words that insist rather than hold both sides ("…, but it's still wrong").
#[rustfmt::skip]
const REBUTTALS: &[&str] = &[
    "still", "need", "needs", "should", "must", "wrong", "unacceptable", "nevertheless",
    "regardless", "anyway",
];

/// Base forms of verbs that, opening a clause, give an instruction.
#[rustfmt::skip]
const IMPERATIVE_VERBS: &[&str] = &[
    "try", "stop", "quit", "cut", "go", "get", "take", "make", "start", "avoid", "consider",
    "remember", "put", "call", "keep", "give", "use", "drink", "eat", "throw", "write", "find",
    "join", "set", "limit", "switch", "change", "drop", "focus", "check", "walk", "exercise",
    "wait", "leave", "ask", "talk", "think", "be", "pick", "plan", "replace", "reduce", "never",
    "stay", "delete", "turn", "buy", "spend", "save", "apologise", "apologize", "sign", "bin",
    "ditch", "breathe", "relax", "calm", "chill", "count", "accept", "admit", "own", "engage",
    "open", "follow", "do", "hold", "trust", "listen", "look", "speak", "tell",
    "book", "phone", "text", "ring", "visit", "read", "watch", "learn", "practise", "practice",
    "commit", "promise", "agree", "prove", "show", "face", "deal", "cope", "move", "grow",
    "toughen", "suck", "man", "pull", "sort", "fix", "clean", "wean", "taper", "swap",
    "substitute", "schedule", "track", "log", "record", "note", "notice", "remove", "block",
    "unsubscribe", "uninstall", "hand", "ignore", "forget", "forgive", "move", "seek", "reach",
    "attend", "head", "bring", "carry", "pay", "return", "report", "comply", "obey",
    "lower", "raise", "answer", "slow", "settle", "wear", "eat", "lay", "cool",
    "work", "concentrate", "picture", "release", "honour", "honor", "explain", "align",
    "measure", "contact", "surround", "stick", "prioritise", "prioritize", "limit",
    "aim", "allow", "build", "create", "establish", "express", "journal", "meditate",
    "exercise", "invest", "join", "rest", "sleep", "eat", "reach", "remind", "share", "set",
    "finish", "persevere", "push", "cheer", "lighten", "snap", "stand", "fill",
    "cancel", "apply", "register",
    // Coder version 75: advice verbs the new read sets (learners-bg to bn) opened clauses with.
    "choose", "grab", "skip", "reassure", "humour", "humor", "mention", "lift", "freeze", "cook",
];

/// "No, …" contradicts when a claim follows the pause ("No, it's not that simple"); a bare
/// "no" or "no I don't think so" answers a question.
fn contradicts(text: &Text, at: usize, end: usize) -> bool {
    let sentence = text.words[at].sentence;
    let Some(next) = text.words.get(end).filter(|n| n.sentence == sentence) else {
        return false;
    };
    let rest = text.sentences[sentence].words.end - end;
    next.pause_before
        && rest >= 3
        && !matches!(
            next.key.as_str(),
            "i" | "no" | "not" | "thanks" | "but" | "okay" | "yeah"
        )
}

/// The sentence holding word `at` asks: it ends in "?" or opens like a question (not with a
/// question word that heads a statement, "What would help is…": coder version 104).
fn asks(text: &Text, at: usize) -> bool {
    let s = &text.sentences[text.words[at].sentence];
    if s.asks {
        return true;
    }
    let first = first_word(text, at);
    let next = text.key(first + 1);
    (matches!(
        text.key(first),
        "what" | "how" | "why" | "when" | "where" | "who" | "which"
    ) && !super::rules::heads_a_statement(text, s, first))
        || (QUESTION_AUX.contains(&text.key(first))
            && matches!(
                next,
                "you" | "i" | "we" | "it" | "that" | "this" | "there" | "they"
            ))
}

/// The first word of the sentence word `at` is in, after lead-ins ("so", "okay", "um").
fn first_word(text: &Text, at: usize) -> usize {
    let s = &text.sentences[text.words[at].sentence];
    let mut first = s.words.start;
    while first + 1 < s.words.end && lead_in(text, first) {
        first += 1;
    }
    first
}

/// A permission question comes before word `at` in its sentence.
/// Only in a sentence that asks: "May I say, you need to stop." gives the advice anyway. The
/// look back is bounded like every other, so coding stays linear in the text.
fn after_permission(text: &Text, at: usize) -> bool {
    text.sentences[text.words[at].sentence].asks
        && text
            .context_before(at)
            .any(|j| any_starts_at(&LISTS.permission, text, j))
}

/// "What have you tried…?", "…, and which have you tried?": the question word comes right
/// before "have" (fillers aside), so the client is asked what they did, not told what to try.
fn asked_by_question_word(text: &Text, at: usize) -> bool {
    let mut j = at;
    while j > text.sentence_start(at) {
        j -= 1;
        let key = text.key(j);
        if matches!(key, "um" | "uh" | "er" | "erm" | "like" | "so" | "and") {
            continue;
        }
        if matches!(
            key,
            "else" | "other" | "things" | "treatments" | "sorts" | "kinds" | "of"
        ) && at - j <= 4
        {
            continue;
        }
        // "How many diets have you tried?", "Which ones have you tried?": the question word and
        // the thing it counts or picks (coder version 87).
        if at - j <= 2
            && j > text.sentence_start(at)
            && matches!(text.key(j - 1), "many" | "which" | "what")
        {
            continue;
        }
        return matches!(
            key,
            "what" | "how" | "which" | "when" | "where" | "why" | "who" | "many"
        );
    }
    false
}

/// Auxiliaries that open a yes/no question.
#[rustfmt::skip]
const QUESTION_AUX: &[&str] = &[
    "do", "does", "did", "are", "is", "was", "were", "have", "has", "can", "could", "would",
    "will", "should", "shall", "may", "might",
];

/// The words at `at` are someone's own words or view reported ("your boss calls you lazy",
/// "you feel you're being difficult"): the only frame that excuses a verdict.
fn reported(text: &Text, at: usize, end: usize) -> bool {
    // A verdict that names the client itself ("you're the adult here") is about the client,
    // whoever was mentioned before it.
    let names_client = (at..end).any(|j| {
        matches!(
            text.key(j),
            "you" | "your" | "youre" | "youve" | "youd" | "youll" | "yourself"
        )
    });
    // "Nobody's telling you how to…", "no one said…": a report denied is the clinician's own
    // point, not someone's words.
    // The report nearest the verdict decides: "Nobody's telling you…, there's no need to be
    // so defensive" denies it; "Nobody told you…, and now your case worker says you're in
    // denial" reports the verdict after all.
    let denied = text
        .context_before(at)
        .rev()
        .find(|&k| {
            matches!(
                text.key(k),
                "said" | "says" | "say" | "telling" | "told" | "tells" | "asked" | "saying"
            )
        })
        .is_some_and(|k| {
            (k.saturating_sub(4)..k).any(|j| {
                let denier = matches!(text.key(j), "nobody" | "nobodys" | "noone" | "noones")
                    || (text.key(j) == "no" && text.key(j + 1) == "one");
                denier && !(j + 1..=k).any(|i| text.words[i].pause_before)
            })
        });
    (!names_client && about_someone_else(text, at))
        || (!denied && someone_says(text, at))
        || view_in_clause(text, at)
}

/// The words at `at` describe someone other than the client: the nearest person before them
/// is "he", "she" or "they" ("your boss seems so immature"), not "you".
fn about_someone_else(text: &Text, at: usize) -> bool {
    for j in text.context_before(at).rev() {
        // A clause of its own after a comma ("Nobody's telling you how to raise them,
        // there's no need to be so defensive") judges the client, not "them"; a clause without
        // a subject ("she's fine, just a bit lazy") goes on about the same person.
        if text.words[j + 1].pause_before
            && (j + 1..at).any(|k| {
                matches!(
                    text.key(k),
                    "thats" | "that" | "theres" | "there" | "its" | "it" | "this"
                )
            })
        {
            return false;
        }
        // "It sounds to me like…", "seems to me": the clinician's stance, not a subject.
        if text.key(j) == "me" && j > 0 && text.key(j - 1) == "to" {
            continue;
        }
        match text.key(j) {
            "you" | "your" | "youre" | "youve" | "youd" | "youll" | "yourself" => return false,
            // The clinician about themself ("I'm not a hypocrite") judges nobody else.
            "i" | "im" | "me" | "he" | "she" | "they" | "him" | "her" | "them" | "his"
            | "their" | "hes" | "shes" | "theyre" | "boyfriend" | "girlfriend" | "husband"
            | "wife" | "partner" | "boss" | "mum" | "mom" | "dad" | "father" | "mother" | "son"
            | "daughter" | "man" | "woman" => {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// Words after "however" that make it "no matter how" ("however hard it gets", "however
/// long it takes"): no take-back.
#[rustfmt::skip]
const NO_MATTER_HOW: &[&str] = &[
    "hard", "long", "much", "many", "bad", "small", "big", "little", "often", "far", "slow",
    "slowly", "fast", "quickly", "difficult", "good", "tough", "well", "badly", "few",
    "awkward", "strange", "odd", "silly", "minor",
];

/// The nearest person named before word `at` in its sentence is the clinician ("I've done
/// three years of training"), not the client or anyone else.
fn claimed_by_clinician(text: &Text, at: usize) -> bool {
    for j in text.context_before(at).rev() {
        match text.key(j) {
            "i" | "im" | "ive" | "id" | "my" | "me" => return true,
            "you" | "your" | "youre" | "youve" | "youd" | "yourself" | "he" | "she" | "they"
            | "people" | "ppl" | "someone" | "those" => return false,
            _ => {}
        }
    }
    false
}

/// A label that opens on the client ("you lazy") straight after someone calling them it ("your
/// teachers call you lazy"; not "I'd call you lazy"), coder version 71.
fn named_by_someone(text: &Text, at: usize) -> bool {
    at > 0
        && matches!(text.key(at), "you" | "u")
        && matches!(text.key(at - 1), "call" | "calls" | "called" | "calling")
        && !(at > 1 && matches!(text.key(at - 2), "i" | "id" | "ill" | "im" | "we" | "wed"))
}

/// The words of the sentence holding word `at`, and their keys by index, "" past its end (so a
/// phrase tested a few words ahead never runs into the next sentence).
fn sentence_keys<'t>(
    text: &'t Text<'_>,
    at: usize,
) -> (std::ops::Range<usize>, impl Fn(usize) -> &'t str) {
    let words = text.sentences[text.words[at].sentence].words.clone();
    let end = words.end;
    (
        words,
        move |j: usize| if j < end { text.key(j) } else { "" },
    )
}

/// Later in its sentence, after a pause, a phrase hands the words at `at` to the client ("so
/// the doctor's overreacting, the way you see it"; "lazy, in your book"), coder version 71.
fn scoped_after(text: &Text, at: usize) -> bool {
    let (words, key) = sentence_keys(text, at);
    (at + 1..words.end.min(at + 1 + CONTEXT_WORDS)).any(|j| {
        super::text::tick();
        text.words[j].pause_before
            && (scope_ends(&key, j).is_some()
                || matches!(
                    (key(j), key(j + 1), key(j + 2), key(j + 3)),
                    ("the", "way", "you", "see") | ("thats", "how", "you", "see")
                )
                // "…, that's how it feels to you", not "…, that's how it looks to me".
                || ((key(j), key(j + 1), key(j + 2)) == ("thats", "how", "it")
                    && matches!(key(j + 3), "feels" | "seems" | "looks")
                    && matches!(key(j + 4), "to" | "for")
                    && key(j + 5) == "you"))
    })
}

/// Where a phrase that hands a sentence to the client ("in your eyes", "as you see it", "the way
/// you see it", "as far as you can see") ends, if one starts at word `j`: the scopes
/// [`scoped_before`] and [`scoped_after`] both read.
fn scope_ends<'k>(key: &impl Fn(usize) -> &'k str, j: usize) -> Option<usize> {
    Some(match (key(j), key(j + 1), key(j + 2), key(j + 3)) {
        ("the", "way", "you", "see") if matches!(key(j + 4), "it" | "things") => j + 5,
        ("as", "you", "see", "it") => j + 4,
        ("in", "your", "eyes" | "view" | "book", _) => j + 3,
        ("from", "where", "you", "sit") => j + 4,
        ("as", "far", "as", "youre") => j + 5,
        _ if far_as_you_can_see(key, j) => j + 6,
        _ => return None,
    })
}

/// "as far as you can see" or "…tell", not "as far as you can" alone, which urges ("cut down as
/// far as you can").
fn far_as_you_can_see<'k>(key: &impl Fn(usize) -> &'k str, j: usize) -> bool {
    (key(j), key(j + 1), key(j + 2), key(j + 3), key(j + 4)) == ("as", "far", "as", "you", "can")
        && matches!(key(j + 5), "see" | "tell")
}

/// The sentence holding word `at` opens, after any lead-in, on a phrase that hands what follows
/// to the client ("The way you see it, you shouldn't have to…", "In your book you should be out
/// there every day"), and no "but" or "actually" turns it to the clinician's point before `at`
/// (coder version 77).
fn scoped_before(text: &Text, at: usize) -> bool {
    let first = first_word(text, at);
    let (_, key) = sentence_keys(text, at);
    let end = match (key(first), key(first + 1), key(first + 2), key(first + 3)) {
        ("from", "where", "youre", "sitting") => first + 4,
        ("to", "your", "mind", _) => first + 3,
        _ => match scope_ends(&key, first) {
            Some(end) => end,
            None => return false,
        },
    };
    end <= at && !(end..at).any(|k| CONTRASTS.contains(&text.key(k)))
}

/// Its sentence says whose valuation the words at `at` are: "For you, …" before them, or "to
/// you", "for you", "in your eyes", "the way you see it", "as far as you're concerned" after.
fn valued_by_client(text: &Text, at: usize) -> bool {
    let (words, key) = sentence_keys(text, at);
    let start = words.start;
    let opens_for_you = matches!((key(start), key(start + 1)), ("for" | "to", "you"))
        && text.words.get(start + 2).is_some_and(|w| w.pause_before);
    opens_for_you
        || (at..words.end).any(|j| {
            matches!((key(j), key(j + 1)), ("to" | "for", "you" | "yourself"))
                && !matches!(key(j + 2), "about" | "to")
                || (key(j), key(j + 1), key(j + 2)) == ("in", "your", "eyes")
                || (key(j), key(j + 1), key(j + 2)) == ("way", "you", "see")
                || (key(j), key(j + 1), key(j + 2)) == ("far", "as", "youre")
        })
}

/// A token agreement ("I hear you", "I appreciate that", "fair enough") is all that comes
/// before word `at` in its sentence (`start` is the sentence's first word).
fn agreement_opens(text: &Text, start: usize, at: usize) -> bool {
    LISTS
        .agreement
        .iter()
        .any(|p| p.match_at(text, start).is_some_and(|end| at - end <= 2))
}

/// "However you look at it", "however they want": "however" then someone choosing a way.
fn no_matter_how_you(text: &Text, at: usize) -> bool {
    let key = |i: usize| text.words.get(i).map(|w| w.key.as_str());
    matches!(
        key(at + 1),
        Some("you" | "it" | "they" | "we" | "i" | "he" | "she" | "people")
    ) && matches!(
        key(at + 2),
        Some(
            "like"
                | "want"
                | "wanna"
                | "wish"
                | "choose"
                | "feel"
                | "look"
                | "see"
                | "decide"
                | "put"
                | "say"
                | "do"
                | "prefer"
                | "please"
                | "goes"
                | "go"
                | "turns"
                | "is"
                | "works"
                | "ends"
                | "comes"
                | "happens"
                | "feels"
                | "looks"
        )
    )
}

/// "But", "however" or "yet" at word `at` takes back what came before it.
fn takes_back(text: &Text, at: usize) -> bool {
    let word = &text.words[at];
    let sentence = &text.sentences[word.sentence];
    let next = text
        .words
        .get(at + 1)
        .filter(|w| w.sentence == word.sentence);
    let prev = (at > sentence.words.start).then(|| text.key(at - 1));
    // "I'm sorry, but…" takes the apology back.
    if word.key == "but" && prev == Some("sorry") {
        return true;
    }
    match word.key.as_str() {
        // "I hear you, however the school has to…" joins as "but" does, typed without the
        // second comma, straight after a token agreement; "…, however hard it gets", "however
        // you like" and "…, however the meeting goes" say "no matter how".
        "however" => {
            next.is_none_or(|n| n.pause_before)
                || (word.pause_before
                    && next.is_some_and(|n| !NO_MATTER_HOW.contains(&n.key.as_str()))
                    && !no_matter_how_you(text, at)
                    && agreement_opens(text, sentence.words.start, at))
        }
        "though" => word.pause_before && next.is_none(),
        "yet" => word.pause_before && next.is_some_and(|n| n.key != "again" && n.key != "another"),
        _ => {
            if prev.is_some_and(|p| {
                matches!(
                    p,
                    "nothing"
                        | "anything"
                        | "all"
                        | "everything"
                        | "help"
                        | "choice"
                        | "last"
                        | "anywhere"
                        | "anyone"
                        | "everywhere"
                        | "everyone"
                )
            }) {
                return false;
            }
            let earlier = text.context_before(at);
            let keys = || earlier.clone().map(|j| text.key(j));
            if earlier
                .clone()
                .any(|j| text.key(j) == "not" && text.key(j + 1) == "only" && j + 1 < at)
            {
                return false;
            }
            let negated = keys().any(|k| NEGATIONS.contains(&k));
            let clause_follows = next.is_some_and(|n| CLAUSE_STARTS.contains(&n.key.as_str()));
            !negated || clause_follows
        }
    }
}

/// Whether the statement that "right?" closes (word `at`) argues: a contrast, a condition, a
/// comparison or "you know" before it in the sentence, which is not the clinician's own words
/// ("I mean…"). Coder version 128.
fn right_after_an_argument(text: &Text, s: &super::text::Sentence, at: usize) -> bool {
    if lex::SPEAKER.contains(&text.key(s.words.start)) {
        return false;
    }
    let before = text.context_before(at);
    before.clone().any(|j| {
        matches!(
            text.key(j),
            "but"
                | "though"
                | "than"
                | "if"
                | "unless"
                | "until"
                | "since"
                | "too"
                | "must"
                | "probably"
                | "actually"
                | "honest"
                | "honestly"
        ) || (text.key(j) == "know" && j > before.start && text.key(j - 1) == "you")
            || (j == s.words.start && text.key(j) == "well")
    })
}
