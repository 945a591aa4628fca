//! Word lists the coder's rules read: what opens a question, what marks a reflection as
//! complex, what affirms, what hands the choice back, what gives information. Phrases are
//! written as a person would type them; they are folded the same way as the text.

/// Words a sentence may start with before its real opening ("So what…", "Okay, and how…").
#[rustfmt::skip]
pub const LEAD_INS: &[&str] = &[
    "so", "and", "well", "okay", "ok", "now", "then", "alright", "um", "uh", "oh", "yeah", "right",
    "but", "just", "hmm", "mm", "huh", "mhm", "mmhmm", "uhhuh", "gosh", "like",
];

/// Question words that open an open question.
pub const OPEN_WH: &[&str] = &["what", "whats", "how", "hows", "why", "whys"];

/// Question words that ask for a narrow fact (MITI: a restricted range of answers).
pub const NARROW_WH: &[&str] = &["when", "where", "wheres", "who", "whos", "which", "whose"];

/// Openings of "how"/"what" questions that ask for a number or a fact.
#[rustfmt::skip]
pub const NARROW_OPENINGS: &[&str] = &[
    "how many", "how much", "how often", "how long", "how old", "how far", "what time",
    "what day", "what year", "what age", "how soon",
];

/// "How hard that must be" is an exclamation, not a question.
#[rustfmt::skip]
pub const EXCLAIMING: &[&str] = &[
    "how hard", "how tough", "how difficult", "how frustrating", "how scary", "how tiring",
    "how exhausting", "how lonely", "how painful", "how important", "how much you", "what a",
    "what an", "how awful", "how maddening",
];

/// Auxiliaries that open a yes/no question when a subject follows.
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "are", "is", "was", "were", "have", "has", "had", "can", "could",
    "would", "will", "should", "shall", "may", "might", "am", "dont", "doesnt", "didnt", "arent",
    "isnt", "wasnt", "werent", "havent", "hasnt", "cant", "couldnt", "wouldnt", "wont",
    "shouldnt",
];

/// Subjects that, after an auxiliary, make the sentence a question ("Do *you*…", "Is *it*…").
#[rustfmt::skip]
pub const SUBJECTS: &[&str] = &[
    "you", "i", "we", "it", "that", "this", "there", "he", "she", "they", "your", "anyone",
    "anything", "any", "anybody", "people", "things", "someone", "something", "the", "those",
    "these", "my", "his", "her", "their", "yourself", "drinking", "smoking", "a",
];

/// Openings that ask for talk without a question word.
#[rustfmt::skip]
pub const INVITATIONS: &[&str] = &[
    "tell me", "tell us", "describe", "say more", "walk me through", "help me understand", "talk to me",
    "talk me through", "i'd like to hear", "i would like to hear", "i'd love to hear",
    "i'm curious", "i am curious", "i wonder what", "i wonder how", "i wonder why",
    "i'm wondering what", "i'm wondering how", "i'm wondering why", "i'm wondering where",
    "i wonder where", "explain to me", "fill me in", "give me an example", "paint me a picture",
];

/// Framing that marks a statement ending in "?" as a reflection said with a rise (a plain
/// factual check, "So you've been sober two weeks?", stays a closed question).
#[rustfmt::skip]
pub const REFLECTIVE_STEMS: &[&str] = &[
    "you're worried", "you're afraid",
    "you're not sure", "sounds like", "it sounds", "it seems", "seems like", "you feel", "you're feeling",
    "part of you", "what i'm hearing", "i'm hearing", "if i understand", "you're saying",
    "it's like", "it feels like", "you've been feeling", "you're wondering", "feels like",
    "felt like",
];

/// An offer of what the clinician knows or can do, which seeks collaboration when it is asked
/// ("I can run through the options if that helps?") and otherwise only says what is on offer
/// (coder version 126).
#[rustfmt::skip]
pub const OFFERS: &[&str] = &[
    "i can/could tell you", "i can/could run/go/walk/talk you through", "i can/could run/go/walk/talk through",
    "i can/could share", "i can/could show you", "i can/could explain", "i can/could give you",
    "i can/could send you", "i can/could print", "i can/could pull up", "i can/could find out",
    "happy to tell/run/go/share/show/explain/walk/talk",
];

/// Seeking collaboration: asking permission, sharing the agenda, working together.
#[rustfmt::skip]
pub const SEEK: &[&str] = &[
    "would it be okay if", "would it be ok if", "would it be alright if", "is it okay if",
    "is it ok if", "is it alright if", "is it all right if", "would you mind if", "do you mind if", "may i",
    "can i share", "could i share", "can i tell you", "could i tell you", "could i offer",
    "can i offer", "can i make a suggestion", "could i make a suggestion", "would you like to hear",
    "would you like some information", "would you like me to", "would you be interested",
    "are you interested in hearing", "what would you like to focus", "what would you like to talk",
    "what would you like to work", "where would you like to start", "where should we start",
    "where do you want to start", "where would you like to begin", "how would you like to use",
    "what do you want to focus", "what should we focus", "what would be most helpful to talk",
    "let's look at", "let's figure", "let's work", "let's think", "let's talk about",
    "let's take a look", "this together", "it together", "work together", "together we",
    "what do you make of that", "what do you make of this", "what do you make of what i",
    "what do you think of that",
    "what do you think about that", "what do you think about what i", "how does that fit",
    "how does that sound to you", "i'd like to hear your ideas", "with your permission",
    "if it's okay with you", "if it's ok with you", "if you're open to it", "your permission",
    "we could", "we can decide", "we can talk about", "we can start wherever", "shall we",
    "would you be willing to", "what would be helpful", "what would help most today",
    "would it be all right if", "would it be all right to", "would it be okay to",
    "would it be ok to", "would it help if i", "could i explain", "can i explain",
    "could i ask", "can i ask", "if that ever appeals",
    "would it help to", "would it help if we", "would it be useful", "would it be helpful",
    "would you be open to", "would you be up for", "would you be ok with",
    "would you be okay with", "would you be ok if", "would you be okay if", "can we think",
    "could we go through", "can we go through", "could we look at", "can we look at",
    "i'd like to hear what you", "i'd love to hear", "what ideas do you have",
    // Coder version 35: an invitation to set the agenda or work it out together.
    "how about we", "how about you tell me", "how about you tell", "how about you say",
    // Coder version 62: asking whether the client wants to work something through, what would
    // be of use to them, or what they would rather take up.
    "would you like to look", "would you like to think", "would you like to go through",
    "would you like to talk through", "would you want to go through", "would you want to look",
    "would you like to work out", "would you like to plan", "would you like to prepare",
    "would you like to spend", "what would be useful", "what would be most useful",
    "what would be most helpful", "is there anything you'd rather", "is there anything else you'd rather",
    "is there something you'd rather", "is there something else you'd rather", "think together",
    "look together", "together and see",
    // Coder version 91: asking to work something out together ("Could we put our heads
    // together…?", "Can we leave the forms for now?"), to show the client something, or what
    // they would want from the time.
    "could we", "can we", "what would you like us to", "can i show", "could i show",
    "what would you like to get out of", "is there anything you'd want",
    "is there anything you'd like",
    // Coder version 126: offering to go through what the clinician knows ("Do you want me to
    // run through what the test picks up?", "want me to show you?"), as "would you like me to"
    // already was; not "you want me to tell you it's fine", the client's wish said back.
    "do/would you want me to go/run/walk/talk through", "do/would you want me to tell/show/give you",
    "do/would you want me to explain/share", "you~want me to go/run/walk/talk through",
    "you~want me to tell/show/give you", "you~want me to explain/share",
];

/// First words of a sentence about the speaker ("I've seen it work, …"): what closes it is the
/// clinician's own, not a point pressed on the client.
pub const SPEAKER: &[&str] = &["i", "im", "ive", "id", "ill"];

/// First words of a sentence about the client ("You've done it before, …"); with [`SPEAKER`],
/// a tag that closes such a sentence does not lecture ("…, and you know it").
pub const CLIENT: &[&str] = &["you", "youre", "youve", "youd", "youll", "your"];

/// Whether `key`, a sentence's first word, makes it about the client or the speaker.
pub fn about_client_or_speaker(key: &str) -> bool {
    CLIENT.contains(&key) || SPEAKER.contains(&key)
}

/// Emphasising autonomy: the choice is the client's.
#[rustfmt::skip]
pub const AUTONOMY: &[&str] = &[
    "up to you", "your call", "your choice", "your decision", "you decide", "you get to decide",
    "you're the one who decides", "only you can", "nobody can make you", "no one can make you",
    "nobody can decide", "no one can decide", "the choice is yours", "the decision is yours",
    "it's yours to", "yours to decide", "you're in charge", "you're the expert", "in your hands",
    "whatever you decide", "whatever you choose", "you know yourself", "you know best",
    "you know your", "it's your life", "you don't have to decide", "you don't have to do anything",
    "you don't have to change", "you don't have to quit", "you don't have to stop",
    "you don't have to talk", "you don't have to agree", "at your own pace", "your pace",
    "you're free to", "you're the boss", "you call the shots", "you can decide", "you choose",
    "you're the only one who", "decide for yourself", "entirely yours", "no pressure",
    "it's not my place to decide", "not up to me", "i can't make you", "i won't make you",
    "can't make that choice for you", "you get a say", "you get the final say",
    "you have the final say", "you get the last word", "you get to choose", "you get to pick",
    "you get to weigh",
    // Coder version 129: "How much contact you want is for you to say", "What's worth the
    // effort is yours to judge", "Nothing goes on your walls unless you say so".
    "for you to say/choose/judge", "for the two of you to", "yours to judge/choose/say",
    "unless you say so", "nobody can make that/this/the decision",
    "no one can make that/this/the decision", "you're the one in charge",
    "you get to control/set",
    // Coder version 32.
    "who gets to decide", "best judge of", "you'll be the judge", "that's your right",
    // Coder version 54: the choice handed back in words several writers share.
    "you don't have to tell me", "you don't have to answer", "you don't have to say",
    "you don't have to take", "you don't have to go", "you don't have to do",
    "you don't have to listen", "you don't have to trust", "you don't have to believe",
    "you don't have to come", "you don't have to accept", "you don't have to use",
    "for you to decide", "for you to work out", "for you and your doctor", "can make up your own mind",
    "you'll make up your own mind", "can make your own mind up", "you'll make your own mind up",
    "without your say", "your say-so", "you'll decide", "you'll be the one",
    "you'll have the final say", "you're the one who should decide", "the one who gets to",
    "i'm not going to tell you", "it's your money",
    "is your business", "as much or as little",
];

/// A strength, effort or value of the client's, named.
#[rustfmt::skip]
pub const AFFIRM: &[&str] = &[
    "took courage", "takes courage", "took guts", "takes guts", "brave", "courage", "strength",
    "you're not alone", "you are not alone", "you aren't alone", "you can do it",
    "you can do this", "you are valid", "you're valid",
    "you're strong", "you are strong", "so strong", "how strong", "determined", "determination", "persistence", "persistent", "committed",
    "commitment", "dedicated", "dedication", "hard work", "worked hard", "working hard",
    "you did it", "you managed", "you handled", "you stuck with", "you've stuck with",
    "you kept going", "you came back", "you showed up", "showing up", "you made it",
    "you got through", "you've been honest", "you were honest", "your honesty",
    "being so honest", "being honest", "i appreciate", "thank you for", "thanks for",
    "resourceful", "creative", "capable", "resilient", "resilience", "you clearly care",
    "how much you care", "you really care", "caring", "good dad", "good mom", "good parent",
    "good father", "good mother", "good friend", "says a lot about you", "says something about you",
    "a lot of people wouldn't", "not everyone would", "not everyone can", "you've already",
    "you've been able to", "you were able to", "you figured out", "you found a way",
    "you're someone who", "you're the kind of person", "shows how much", "you put in",
    "real effort", "your effort", "progress", "come a long way", "come so far", "you've done",
    "you did that", "you pulled", "you've kept", "you kept", "you've made", "you've managed",
    "you've worked", "you've shown", "you showed", "you've held", "you held", "you've taken",
    "you took the step", "you stepped", "you reached out", "you've been through", "survived",
    "you've survived", "impressive", "remarkable", "proud of yourself", "wise", "insight",
    "thoughtful", "you protect", "you've protected", "you've looked after", "you look after",
    "matters enough to you", "you care a lot about", "you care deeply", "good instincts",
    "you knew what you needed", "you noticed", "you've been open", "you were open",
    "you were willing", "you've been willing", "you've tried hard", "step forward", "big step", "a real step",
    "which shows", "that shows", "no small thing", "not nothing", "no mean feat",
    "which isn't easy", "which is not easy", "that isn't easy", "takes discipline",
    "takes character", "takes a strong", "takes a lot of", "which a lot of people don't",
    "which many people don't", "tells me something about you", "comes through", "well done",
    "head start", "stood out", "achievement", "that's brilliant", "takes real",
    "you should be proud", "that's honest", "real care", "self awareness", "self-awareness",
    "took honesty", "takes honesty", "don't give up easily", "take your health seriously",
    // Coder version 32: a comment on what the client did that names its worth.
    // "…, which tells me you're not serious" is a verdict: only what it tells that is a strength.
    "that counts", "which counts", "that takes a", "which takes a", "you're honest about",
    "haven't given up", "you still came", "tells me you haven't given up", "tells me you want",
    "tells me you care", "tells me you take", "tells me how much",
    // Coder version 35: the client held up above others.
    "which plenty of people", "which most people", "which many people", "which a lot of people",
    "more than a lot of people", "more than most people", "more than plenty of people",
    // Coder version 54: strengths named in words several writers share.
    "you've clearly", "you clearly know", "you clearly have", "you've obviously",
    "straight with me", "honest with me", "upfront about", "upfront with me", "that's worth",
    "takes something", "took something", "says a lot about", "says something about",
    "stood up for yourself", "stand up for yourself", "got yourself here", "you've still come",
    "you still turned up", "really patient", "you're really clear about", "you've been really clear",
    "that's not easy", "real skill", "guts", "wisdom", "thought hard about",
    "you're clearly!fed|angry|upset|frustrated|worried|scared|annoyed|tired|unhappy|not|struggling|hurting|stressed|sick|sad|exhausted|done|feeling|finding|having|under|in",
    "you clearly!feel|felt|don't|dont|didn't|didnt|hate|hated|resent|want|wanted|think|thought|aren't|arent|wish|find",
    "even with everything", "even with all", "still standing",
    "that says", "to me that says",
    // Coder version 63: what the client did, named as worth something in a clause of its own
    // ("…, that took some control", "…, which is really useful").
    "that took !time|the|away|up|off|it|you|me|them|him|her|over|ages|forever|care|a",
    "that takes !time|the|away|up|off|it|you|me|them|him|her|over|ages|forever|care|a",
    "which took !time|the|away|up|off|it|you|me|them|him|her|over|ages|forever|care|a",
    "which takes !time|the|away|up|off|it|you|me|them|him|her|over|ages|forever|care|a",
    "takes grit", "takes patience", "takes effort", "takes serious", "which is useful",
    "which is really useful", "which is helpful", "which is really helpful", "good on you for",
    // Coder version 106: worth named in a word of its own, a quality it took, respect, and the
    // client still turning up (from the read sets' affirmations coded as reflections).
    "that's huge", "that's responsible", "that's sensible", "that's useful", "good on you",
    "good on ya", "good problem solving", "half the battle", "takes backbone", "took backbone",
    "takes nerve", "took nerve", "takes bottle", "took bottle", "took some trust", "takes trust",
    "i respect", "i really respect", "a survivor", "hard graft",
    "still came in", "still made it", "still turned up", "still turning up", "still showing up",
    "haven't completely given up", "haven't totally given up", "haven't given up on",
];

/// Praise that names nothing of the client's ("Great job!").
#[rustfmt::skip]
pub const PRAISE_WORDS: &[&str] = &[
    "great", "good", "awesome", "excellent", "nice", "wonderful", "fantastic", "amazing",
    "brilliant", "super", "done", "proud", "perfect", "terrific", "outstanding", "cool",
];
#[rustfmt::skip]
pub const PRAISE_FILLER: &[&str] = &[
    "job", "work", "well", "way", "to", "go", "for", "you", "thats", "that", "is", "so",
    "really", "very", "of", "im", "i", "am", "wow", "oh", "yay", "keep", "it", "up", "a", "the",
    "sounds",
];

/// What a short praise can be pinned to without saying anything back ("That's a really good
/// decision", "Good plan").
#[rustfmt::skip]
pub const PRAISED_THINGS: &[&str] = &[
    "decision", "idea", "choice", "plan", "goal", "step", "start", "move", "news",
];

/// Backchannels, greetings and thanks that code as Other when they are all a sentence holds.
#[rustfmt::skip]
pub const FILLER_WORDS: &[&str] = &[
    "okay", "ok", "mm", "hmm", "mhm", "mmhmm", "uh", "huh", "um", "right", "yeah", "yes", "yep",
    "sure", "alright", "all", "i", "see", "got", "it", "gotcha", "thanks", "thank", "you", "hi",
    "hello", "good", "morning", "afternoon", "evening", "welcome", "bye", "oh", "wow", "no",
    "nope", "of", "course", "absolutely", "exactly", "true", "thats", "fair", "enough",
    "understand", "hear", "know", "get", "well", "so", "and", "cool", "sounds", "perfect", "ah",
    "indeed", "definitely", "totally", "great", "fine", "mmm", "uhhuh", "hey", "there", "again",
    "next", "week", "time", "then", "later", "take", "care", "now", "let's", "lets", "begin",
    "start", "come", "in", "sit", "down", "please", "nice", "to", "meet",
];

/// Feelings, meanings and values a complex reflection adds.
#[rustfmt::skip]
pub const DEPTH: &[&str] = &[
    "afraid", "scared", "scary", "worried", "worry", "worries", "frustrated", "frustrating",
    "angry", "anger", "mad", "furious", "sad", "lonely", "alone", "hurt", "hurts", "ashamed",
    "shame", "embarrassed", "guilty", "guilt", "exhausted", "overwhelmed", "overwhelming",
    "stuck", "trapped", "torn", "hopeless", "discouraged", "relieved", "relief", "proud",
    "anxious", "stressed", "fed up", "sick of", "tired of", "resent", "annoyed", "disappointed",
    "confused", "uncertain", "unsure", "not sure", "nervous", "judged", "pushed", "pressured",
    "cornered", "disrespected", "helpless", "powerless", "upset", "betrayed", "insulted",
    "dismissed", "unheard", "invisible", "burden", "burned out", "worn out", "drained",
    "matters", "matter", "important to you", "means", "meaning", "value", "values", "hope",
    "hoping", "wish", "deep down", "underneath", "the real", "what you want", "freedom",
    "control", "respect", "trust", "independence", "on your terms", "for yourself", "identity",
    "like a", "as if", "feels like", "feel like", "a weight", "carrying", "carry", "juggling",
    "treadmill", "a wall", "fight", "battle", "part of you", "on one hand", "on the other",
    "at the same time", "and yet", "even though", "because you", "so that", "which means",
    "wondering", "no wonder", "must be", "must have", "i wonder if", "i imagine",
    "i get the sense", "i sense", "it seems", "sounds like you're", "never", "nothing",
    "no one", "nobody", "completely", "at all", "whatsoever", "the only", "everything",
    "everyone", "all the", "any good", "safe", "safety", "comfort", "escape", "lifeline",
    "only thing", "only way", "care about", "cares about", "love", "loves", "miss", "missing",
    "lose", "losing", "lost", "ready", "want to be", "kind of person", "who you are",
    "for your kids", "for your family", "dignity", "fair", "unfair", "not fair", "cost",
    "costing", "price", "worth", "at least", "enjoy", "reluctant", "ambivalent", "mixed",
    "both", "little by little", "instead", "rather", "feels", "felt", "impossible", "feel",
    "hard to", "easier", "harder",
];

/// Words of feeling or appreciation that make a closing "you know" or "I bet" warm rather than
/// a lecture or a jibe ("That took courage, you know", "That must have been hard, I bet").
#[rustfmt::skip]
pub const WARM: &[&str] = &[
    "hard", "courage", "proud", "strength", "strong", "brave", "tough", "difficult", "scary",
    "painful", "must", "sad", "upset", "hurt", "lonely", "exhausting", "exhausted", "worried",
    "care", "cared", "caring", "well", "good", "great",
];

/// Openings of thanks, sympathy and good wishes ("Good luck with it", "Sorry to hear that",
/// "Thanks for coming in"): warm, but they say nothing back of what the client said.
#[rustfmt::skip]
pub const SUPPORT: &[&str] = &[
    "good luck", "congratulations", "congrats", "best wishes", "all the best", "i hope you",
    "hope you", "i'm sorry to hear", "sorry to hear", "so sorry to hear", "thank you for",
    "thanks for", "thank you so much for", "you're welcome", "i'm here for you", "sending you",
    "take care", "hope it helps", "hope this helps", "i hope this helps", "i hope it helps",
    "i feel your pain", "we're here for you", "we are here for you",
    // Coder version 32: the client's question or slip acknowledged.
    "fair question", "no worries",
];

/// Words that say a sentence is information rather than a reflection of the client.
#[rustfmt::skip]
pub const INFO: &[&str] = &[
    "research", "studies", "study", "evidence", "percent", "statistics", "on average",
    "guideline", "guidelines", "recommended", "recommendation", "limit is", "most people",
    "many people", "some people", "lots of people", "a lot of people", "people who", "other people",
    "it's common", "it is common", "common for", "it's normal", "normal for", "typically",
    "usually", "tends to", "tend to", "can cause", "causes", "linked to", "associated with",
    "increases", "reduces", "lowers", "raises", "risk of", "the risk", "withdrawal",
    "side effect", "side effects", "dose", "the medication", "this medication", "the body",
    "your body", "the brain", "your brain", "nicotine", "the law", "legally", "program",
    "programme", "clinic", "appointment", "available", "options", "option", "there are",
    "one thing that", "for example", "for instance", "doctors", "experts", "the court requires",
    "the court will", "the group meets", "sessions last", "each session", "we'll meet", "we meet",
    "the form", "units", "common",
    "standard drink", "blood", "liver", "lungs", "heart", "cancer", "depressant", "stimulant",
    "addictive", "tolerance", "cravings usually", "craving", "peaks", "fades", "symptoms",
    "according to", "the data", "the results", "your results", "test shows", "your test",
    "was developed", "works by", "helps most people", "is safe", "is free", "free of charge",
    "information", "handout", "leaflet", "website", "hotline", "helpline", "phone number",
    "confidential", "mandated reporter", "the rules", "the policy", "my job is",
];

/// Words that tie a statement to the client: a statement that has one is usually a
/// reflection; one that has none reads as general information.
#[rustfmt::skip]
pub const CLIENT_WORDS: &[&str] = &[
    "you", "your", "youre", "youve", "youd", "youll", "yourself", "yours", "u", "ur",
    // Typed short (coder version 92): "u've", "u're", "u'd", "u'll" lose their apostrophes.
    "uve", "ure", "ud", "ull", "urself",
];

/// Openings of a statement about the client or the moment that reflect without "you".
#[rustfmt::skip]
pub const REFLECTIVE_OPENINGS: &[&str] = &[
    "it", "its", "that", "thats", "this", "theres", "there", "sounds", "seems", "hard", "not",
    "must", "quite", "such", "no", "nothing", "being", "feeling", "makes", "so", "a", "lot",
    "part", "both", "too", "kind", "sort", "almost", "never", "tough", "frustrating", "pretty",
    "everyone", "everybody", "nobody", "people", "sometimes", "somehow", "even", "still",
    "maybe", "perhaps", "probably", "like", "because", "until", "since", "when", "if", "now",
    "all", "having", "getting", "losing", "going", "doing", "making", "drinking", "smoking",
    "gambling", "using", "quitting", "stopping", "cutting", "coming", "talking", "living",
    "your", "my", "his", "her", "their", "and", "or", "just", "only", "one",
];

/// How hard or painful something is, after "it's" at the start of a sentence: the client's
/// experience named (coder version 111).
#[rustfmt::skip]
pub const HARDSHIP: &[&str] = &[
    "hard", "frustrating", "tough", "exhausting", "lonely", "confusing", "scary", "difficult",
    "draining", "annoying", "maddening", "infuriating", "upsetting", "painful", "awful", "rough",
    "hurtful", "stressful",
];

/// How something feels to the client after "feels" or "felt" ("feels unfair", "felt a bit
/// insulting"): the client's experience named (coder version 113).
#[rustfmt::skip]
pub const FELT_AS: &[&str] = &[
    "risky", "hollow", "easier", "harder", "hypocritical", "unfair", "pointless", "impossible",
    "safer", "wrong", "odd", "weird", "strange", "insulting", "patronising", "patronizing",
    "unsafe", "heavy", "huge", "massive", "overwhelming", "hopeless", "useless",
];

/// Words that name the worth of what the client did in a closing clause ("…, that's
/// relentless", "…, thats a big thing you did") (coder version 114).
#[rustfmt::skip]
pub const WORTH: &[&str] = &[
    "relentless", "commitment", "skill", "grit", "effort", "dedication", "huge", "big",
    "brilliant", "impressive", "admirable", "something", "important", "sensible", "smart",
    "mature", "responsible", "easy",
];

/// Token agreements that, followed by "but", make a rebuttal ("I hear you, but…").
#[rustfmt::skip]
pub const TOKEN_AGREEMENT: &[&str] = &[
    "yes", "yeah", "i hear you", "i understand", "i get that", "i get it", "i know", "sure",
    "ok", "okay", "right", "true", "that's true", "fair enough", "i see", "i agree",
    "i hear what", "that may be", "maybe", "i understand that", "i can see that", "that's fair",
    "i appreciate that", "i realize", "i realise", "granted", "i know that",
    // Coder version 40.
    "i respect that", "i totally respect that", "i really respect that", "i respect this",
];

/// In a sentence of facts, words that turn it into an argument for change: harm, benefit,
/// verdicts on what is wise, and "no reason" dismissals ("being overweight raises your risk",
/// "cutting sugar now is smart", "teachers don't pick on people for no reason").
#[rustfmt::skip]
pub const ARGUING: &[&str] = &[
    "your risk", "raises your", "increases your", "good for you", "not great for your",
    "harms", "damage your", "damages your", "smart", "it's important", "it is important",
    "it gets easier", "gets way easier", "only lasts", "for no reason", "don't work",
    "doesn't work", "won't work", "would help with", "will help you", "way more than",
    "we don't even know", "you'll feel", "you'd feel", "shortens your", "ruins your",
    "destroys your", "makes it worse", "the sooner", "before it's too late", "for your sake",
    "for your kids", "for your own good", "well known", "is how most", "adds up to",
    "double the", "the limit", "silent disease", "takes seriously", "extremely seriously",
    // Facts held up as proof against the client's view.
    "studies show", "research shows", "proven to", "by any definition", "is how dependence",
    "makes anxiety worse", "worse over time", "don't make people",
    // A harm set against the client's view.
    "not good for", "isn't good for", "aren't good for", "only part of it", "main signs",
    "can really affect", "really does raise", "does make", "really bad for", "strain on your",
    "hard on your", "mess up your", "messes up your", "mess with your", "messes with your",
    "can affect your", "it adds up", "adds up fast", "its proven", "it's proven", "is proven",
];

/// In a statement that is a reflection only by default (nothing in it says back the client's
/// view), words of harm that make it an argument for change ("cannabis wrecks your sleep",
/// "being stoned around hot oil is an accident waiting to happen").
#[rustfmt::skip]
pub const HARM: &[&str] = &[
    "ruins", "ruin", "wrecks", "wreck", "damage", "damages", "harm", "harms", "harmful",
    "linked to", "risk", "risks", "risky", "dangerous", "killer", "psychosis",
    "addictive", "worse", "bad for", "proven", "toxic", "kills", "years of life", "unhealthy",
    "isn't healthy", "not healthy", "sick", "accident waiting", "take your money",
    "gets its hooks", "always wins",
];

/// In such a statement, words of the clinician's own judgement that make it a correction
/// ("five hours isn't enough for anyone", "that's quite extreme", "one too many").
#[rustfmt::skip]
pub const JUDGEMENT: &[&str] = &[
    "isn't enough", "is not enough", "not enough for", "won't be enough", "is extreme", "is quite extreme", "thats extreme",
    "insulting", "isn't a luxury", "not a game", "exactly how", "exactly what", "no excuse",
];
