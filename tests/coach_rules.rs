//! The hard cases of issue 5, one by one: what a learner types, what the coach must call it.

use reframe_core::coach::{Code, MitiSummary, code, code_in_reply_to, code_lines};
use reframe_core::markers::MarkerKind;

#[track_caller]
fn coded(text: &str, expected: Code) {
    let c = code(text);
    assert_eq!(
        c.code, expected,
        "{text:?} coded {:?} ({}), flags {:?}",
        c.code, c.why, c.flags
    );
}

/// A reflection of either depth, with no persuade/confront flag.
#[track_caller]
fn reflects(text: &str) {
    let c = code(text);
    assert!(
        c.code.is_reflection(),
        "{text:?} coded {:?} ({})",
        c.code,
        c.why
    );
    assert!(c.flags.is_empty(), "{text:?} flagged {:?}", c.flags);
}

/// Not coded persuade or confront, whatever else it is.
#[track_caller]
fn lets_pass(text: &str) {
    let c = code(text);
    assert_ne!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{text:?}: {c:?}"
    );
}

/// Coded persuade or confront, with a flag of `kind` on `words`.
#[track_caller]
fn inconsistent_and_flagged(text: &str, kind: MarkerKind, words: &str) {
    let c = code(text);
    assert_eq!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{text:?}: {c:?}"
    );
    flagged(text, kind, words);
}

#[track_caller]
fn flagged(text: &str, kind: MarkerKind, words: &str) {
    let c = code(text);
    let flag = c.flags.iter().find(|f| f.kind == kind);
    let flag = flag.unwrap_or_else(|| panic!("{text:?} has no {kind:?} flag: {:?}", c.flags));
    assert_eq!(flag.words.to_lowercase(), words, "{text:?}");
    assert_eq!(&text[flag.span.clone()], flag.words);
    assert!(!flag.reason.is_empty());
}

#[test]
fn questions_without_a_question_mark() {
    coded("what brings you in today", Code::OpenQuestion);
    coded("Tell me about your week", Code::OpenQuestion);
    coded("do you drink every day", Code::ClosedQuestion);
    coded("how many cigarettes a day", Code::ClosedQuestion);
}

#[test]
fn statements_that_end_in_a_question_mark() {
    coded(
        "So you're worried about losing your job?",
        Code::ComplexReflection,
    );
    coded(
        "It sounds like the court is the only reason you're here?",
        Code::ComplexReflection,
    );
    coded("Three times last week?", Code::ClosedQuestion);
    // Opening with an auxiliary and closing with "?" asks, whatever the subject: a feeling word
    // inside ("worried") does not make it a reflection.
    coded(
        "Are both of your brothers worried about it?",
        Code::ClosedQuestion,
    );
    coded(
        "Is cutting down something you'd even want to look at?",
        Code::ClosedQuestion,
    );
}

/// A statement typed with a question mark that the second reader doubts, in one sentence with no
/// tag, is coded as the doubt (coder version 60): alone it is a rhetorical jab, not a request to
/// confirm. A checking tag, a plain fact to confirm, or a feeling said back keeps its code.
#[test]
fn a_doubted_statement_with_a_question_mark_is_coded_by_the_doubt() {
    for jab in [
        "Then you're happy to just wait it out?",
        "Then you're fine to just ride it out?",
    ] {
        // The rules code it a closed question only for its mark, so the reader's path for a
        // rising statement is the one that codes it (above `RISING_STATEMENT_THRESHOLD` since
        // coder version 133).
        let rules = reframe_core::coach::code_by_rules(jab);
        assert_eq!(
            rules.why,
            reframe_core::coach::WHY_RISING,
            "{jab:?}: {rules:?}"
        );
        let p = reframe_core::coach::learned::shipped()
            .mi_inconsistent
            .probability(&reframe_core::coach::learned::features(
                &reframe_core::coach::text::Text::new(jab),
            ));
        assert!(
            p > reframe_core::coach::learned::RISING_STATEMENT_THRESHOLD,
            "{jab:?}: {p}"
        );
        let c = code(jab);
        assert_eq!(c.code, Code::Confront, "{jab:?}: {c:?}");
        assert!(c.caution.is_none(), "{jab:?}: the doubt is now the flag");
        let flag = c.flags.iter().find(|f| f.kind == MarkerKind::Confront);
        let flag = flag.unwrap_or_else(|| panic!("{jab:?} has no confront flag: {c:?}"));
        assert!(flag.reason.starts_with("Questions worded like this one"));
    }
    lets_pass("You've had enough of being asked about it?");
    lets_pass("That's a lot to carry, isn't it?");
    lets_pass("Maybe twice a week?");
    coded("You're up for giving it a go?", Code::ClosedQuestion);
    coded(
        "so ur saying the tablets make u feel worse?",
        Code::ComplexReflection,
    );
}

/// Invitations and real questions that share words with advice or accusation are questions:
/// a learner asking them must not be told they persuaded.
#[test]
fn questions_that_share_words_with_advice_are_questions() {
    for (text, expected) in [
        (
            "So talk to me about what the doctor said.",
            Code::OpenQuestion,
        ),
        (
            "Why don't you walk me through these last few weeks?",
            Code::OpenQuestion,
        ),
        ("What have you tried so far?", Code::OpenQuestion),
        (
            "How could you get more support at home?",
            Code::OpenQuestion,
        ),
        (
            "Do you need more time to think it over?",
            Code::ClosedQuestion,
        ),
        ("Why not a three, rather than a one?", Code::OpenQuestion),
    ] {
        coded(text, expected);
    }
    // Looking ahead with the client, and advice offered after asking permission, are questions.
    coded(
        "What do you think will happen if you don't go back to the clinic?",
        Code::OpenQuestion,
    );
    coded(
        "Can I suggest that we meet again in two weeks?",
        Code::ClosedQuestion,
    );
    // The same words as advice or accusation still count.
    coded("Have you tried cutting down?", Code::Persuade);
    coded("Why don't you just say sorry to her?", Code::Persuade);
    coded("How could you do that to her?", Code::Confront);
}

/// A question put after an introduction is still a question, not talk about the clinician.
#[test]
fn questions_after_an_introduction() {
    coded(
        "So, I'm wondering, have you noticed any change since the new job?",
        Code::ClosedQuestion,
    );
    coded(
        "I hope this is okay to ask, but have you talked to her about it?",
        Code::ClosedQuestion,
    );
    coded(
        "I wanted to ask you how you feel about moving back home?",
        Code::OpenQuestion,
    );
    coded(
        "If ten is completely ready, where would you put yourself?",
        Code::ClosedQuestion,
    );
    coded("Tell us a bit about your sister.", Code::OpenQuestion);
    // A reflection said with a rise stays a reflection.
    coded(
        "So you're not sure how you feel about the move?",
        Code::ComplexReflection,
    );
}

#[test]
fn advice_disguised_as_a_question() {
    coded("Have you thought about going to a meeting?", Code::Persuade);
    coded("Have you considered nicotine gum?", Code::Persuade);
    coded("Why don't you try walking after dinner?", Code::Persuade);
    flagged(
        "Have you thought about going to AA?",
        MarkerKind::Persuade,
        "have you thought about",
    );
    coded(
        "Have you thought about what you want from today?",
        Code::ClosedQuestion,
    );
}

#[test]
fn have_to_inside_a_reflection_of_the_clients_words() {
    reflects("You feel you have to keep everyone happy.");
    reflects("Your boss says you have to cut back.");
    reflects("It sounds like you have to be the strong one at home.");
    coded("You have to stop drinking.", Code::Persuade);
}

#[test]
fn yes_but_and_double_sided_reflections() {
    coded("I hear you, but you need to cut down.", Code::Persuade);
    coded("I understand, but that won't fix anything.", Code::Persuade);
    let c = code("You enjoy smoking, but it's costing you your health.");
    assert_eq!(
        c.code,
        Code::ComplexReflection,
        "still a reflection, flagged"
    );
    flagged(
        "You enjoy smoking, but it's costing you your health.",
        MarkerKind::YesBut,
        "but",
    );
    let good = code("You enjoy smoking, and you're worried about your health.");
    assert_eq!(good.code, Code::ComplexReflection);
    assert!(good.flags.is_empty(), "{:?}", good.flags);
}

#[test]
fn warnings_and_labels() {
    coded(
        "If you keep drinking like this, you'll lose your license.",
        Code::Persuade,
    );
    flagged(
        "If you keep drinking, you'll lose her.",
        MarkerKind::Warning,
        "if you keep drinking, you'll lose",
    );
    assert_eq!(
        code("If you keep drinking, you'll lose her.").flags.len(),
        1,
        "overlapping warning hits are shown once"
    );
    coded("You're an addict.", Code::Confront);
    coded("You're in denial about the gambling.", Code::Confront);
    reflects("Your wife calls you an alcoholic, and that stings.");
}

#[test]
fn affirmations_versus_generic_praise() {
    coded("Great job!", Code::Other);
    coded("Well done.", Code::Other);
    coded("You came back even after a hard week.", Code::Affirm);
    coded("It took courage to tell your boss.", Code::Affirm);
    // Praise pinned to what the client did is a thin affirmation, never a reflection.
    coded("It's great that you came!", Code::Affirm);
    coded("That's really good that you told her.", Code::Affirm);
    // Short praise of the client's choice or plan, and praise of nothing at all: neither says
    // anything back.
    coded("Oh, that's a really good choice.", Code::Affirm);
    // What the client did, as the subject, and the strength it shows.
    coded("Showing up every week takes real commitment.", Code::Affirm);
    reflects("Feeling this torn shows how much the decision matters to you.");
    coded("Good plan.", Code::Affirm);
    coded("That sounds brilliant.", Code::Other);
    // Support ("you're not alone", "you can do this") says nothing back of the client's words:
    // not a reflection.
    coded("You're not alone with this.", Code::Affirm);
    coded("You can do this, one day at a time.", Code::Affirm);
    // A reflection of what the client did with the strength it shows named beside it is an
    // affirmation (coder version 21).
    coded(
        "You've stopped more than once, which shows you know how to do the first part.",
        Code::Affirm,
    );
    coded("u did four months, thats not nothing", Code::Affirm);
    coded(
        "You read up on it before starting, which a lot of people don't bother to do.",
        Code::Affirm,
    );
    coded(
        "Sticking to the routine when the kids hate it takes real backbone.",
        Code::Affirm,
    );
    // A sum said back is not a strength named.
    reflects("So the betting cost you about two grand this year.");
}

#[test]
fn a_neutral_fact_is_information_and_a_fact_that_argues_persuades() {
    coded(
        "Nicotine patches double your chances of quitting.",
        Code::Info,
    );
    // A risk to the client held up in reply to their view argues for change.
    coded(
        "Drinking every night raises your risk of liver disease.",
        Code::Persuade,
    );
    // The client's own worry about their odds is still a reflection.
    reflects("You're worried your chances of staying sober are slim.");
}

/// A long statement that is information only by default is as likely a reflection: it carries
/// no "facts nobody asked for" flag, and a feeling ("feels like") makes it a reflection.
#[test]
fn a_reflection_is_never_told_it_gave_facts_nobody_asked_for() {
    reflects("gambling feels like the only way out of the debt you can see right now");
    let c =
        code("the night shifts and the kids and the house leave basically no time that is yours");
    assert!(
        c.flags.is_empty(),
        "a default statement carries no flag: {:?}",
        c.flags
    );
    // A fact the coach is sure of still carries it.
    let c = code("Nicotine patches double your chances of quitting.");
    assert!(!c.flags.is_empty(), "information with a cue keeps its flag");
}

/// Coder version 26: an information cue inside a clause said as how things seem or feel to
/// the client ("it feels like doctors…", "part of you trusts…"), or a sentence closed with a
/// check ("…, that's how it sounds from what you're describing"), is the client's view said back, not
/// facts nobody asked for. A cue in a clause of its own is still information.
#[test]
fn facts_said_as_the_clients_view_are_a_reflection() {
    reflects("It feels like doctors go straight for the tablets.");
    reflects("Part of you trusts your own body more than a blood test.");
    reflects("the form feels like the only reason ur here");
    let c = code("the scrolling is addictive in a way, if ive got that right");
    assert!(c.code.is_reflection(), "{c:?}");
    assert!(c.flags.is_empty(), "{c:?}");
    coded(
        "It sounds like you need a proper plan; a week is usually when cravings peak.",
        Code::Info,
    );
    coded(
        "The scrolling is addictive; most people can't stop once they start.",
        Code::Persuade,
    );
}

/// Coder version 26: advice words inside the client's own plan or words said back ("you
/// mentioned you might try…", "you're willing to maybe try…") are the client's; after a
/// comma or "so" the clinician is speaking again.
#[test]
fn the_clients_own_plan_said_back_is_not_advice() {
    for text in [
        "you mentioned you might try cutting back a bit",
        "you're willing to maybe try going to the gym once a week",
        "You said you'd ring the clinic and just ask about the patch.",
        "I'm hearing you say be a bit more in control of it all.",
    ] {
        lets_pass(text);
        assert!(
            code(text).flags.is_empty(),
            "{text:?}: {:?}",
            code(text).flags
        );
    }
    flagged(
        "You said you'd quit, so just bin them.",
        MarkerKind::Persuade,
        "just bin",
    );
    flagged(
        "If you're ready to, just try the patches.",
        MarkerKind::Persuade,
        "just try",
    );
    // "Don't drink at home?" asks a statement back with its "you" dropped; said, it instructs.
    coded("Don't drink at home?", Code::ClosedQuestion);
    flagged("Don't give up now.", MarkerKind::Persuade, "don't");
}

/// Coder version 26: a benefit promised on a change the client would make argues for it;
/// a wish ("if you could…"), the client's own view and a question that asks are left alone.
#[test]
fn a_benefit_promised_on_a_change_persuades() {
    flagged(
        "You'd feel a lot better if you got some exercise.",
        MarkerKind::Persuade,
        "better if you got",
    );
    flagged(
        "a lot of ur mates would respect u more if u stopped",
        MarkerKind::Persuade,
        "more if u stopped",
    );
    flagged(
        "it'll get easier if you stick with it",
        MarkerKind::Persuade,
        "easier if you stick",
    );
    reflects("You think things would be easier if you quit.");
    lets_pass("Things would be easier if you could get some sleep.");
    coded("What would be better if you stopped?", Code::OpenQuestion);
}

/// The client's own word asked back on its own and then answered by the clinician argues with
/// it (coder version 30): the echo and the answer are flagged. A short question of its own, an
/// echo followed by a reflection or by praise, and an echo the reply goes on asking about are
/// left alone.
#[test]
fn an_echo_asked_back_and_answered_confronts() {
    flagged(
        "Just the weekends? Your bank statement says otherwise.",
        MarkerKind::Confront,
        "just the weekends? your bank statement says otherwise",
    );
    flagged(
        "nobody?? thats a stretch",
        MarkerKind::Confront,
        "nobody?? thats a stretch",
    );
    coded("Three pints? That is not a small amount.", Code::Confront);
    coded("every teacher? i doubt it", Code::Confront);
    lets_pass("Any other family nearby? You mentioned a cousin last time.");
    lets_pass("Only twice? It sounds like you've kept a lid on it.");
    lets_pass("Four days off it? That's brilliant.");
    lets_pass("Only at weekends? What happens on a weekend night?");
    lets_pass("Ah, the number nine? It's always late.");
    coded("Only at weekends?", Code::ClosedQuestion);
}

/// "So you…, then?" asked back draws the client's conclusion for them, and "so it's all her
/// fault" sums them up as blaming others (coder version 30). "Then" of time, "not your fault",
/// and blame said back without "so" are left alone.
#[test]
fn a_sarcastic_so_conclusion_confronts() {
    flagged(
        "So you're happy to keep losing sleep over it, then?",
        MarkerKind::Confront,
        "so you're happy to keep losing sleep over it, then",
    );
    coded(
        "so ur just gonna wait till it gets worse then?",
        Code::Confront,
    );
    coded("So it's all your manager's fault?", Code::Confront);
    flagged(
        "so none of it is on u",
        MarkerKind::Confront,
        "so none of it is on u",
    );
    lets_pass("So you were living with your sister back then?");
    lets_pass("So you'd like to start with the mornings, and see how it goes?");
    lets_pass("So it feels like it all falls on you at home.");
    lets_pass("So it's not your fault the shifts changed.");
    reflects("The way they keep ringing, it feels like the blame lands on you.");
}

/// Coder version 149: in reply, a plain statement made of the client's own words is a simple
/// reflection, but not one that opens on "so" and closes on "then": that draws a conclusion,
/// sarcastic or not, and the coach says it is not sure rather than praise it. Version 148 coded
/// every such short statement confront; a review found most ordinary "so … then" reflections
/// flagged by it, and it was withdrawn.
#[test]
fn in_reply_a_so_then_conclusion_is_not_praised_as_an_echo() {
    use reframe_core::coach::{code_in_reply_to, suggest};
    use reframe_core::mi::Technique;
    let said = "The vape is all I need, it does more for me than any of you do.";
    let coding = code_in_reply_to(said, "So the vape is all you need then.");
    assert!(!coding.sure, "{coding:?}");
    assert!(!coding.code.is_reflection(), "{coding:?}");
    let s = suggest(
        &coding,
        "So the vape is all you need then.",
        Technique::SimpleReflection,
        &[],
    );
    assert_eq!(s.grade.value(), 3, "{s:?}");
    // Without the conclusion it is still the client's words said back.
    let coding = code_in_reply_to(said, "So the vape is all you need.");
    assert_eq!(coding.code, Code::SimpleReflection, "{coding:?}");
    assert!(coding.sure, "{coding:?}");
    // Coded alone, an ordinary "so … then" is not flagged.
    lets_pass("So it's up to you then.");
    lets_pass("So you're keen to give it a go then.");
}

/// Coder version 40: "I respect that" followed at once by "however" or "but" is a token
/// agreement taken back; said on its own it stays respect.
#[test]
fn respect_taken_back_is_a_rebuttal() {
    coded(
        "I respect that; however, nothing changes if nothing changes.",
        Code::Persuade,
    );
    lets_pass("Okay, that's your decision, and I respect that.");
}

/// Coder version 39: words in double quotes are someone's words reported ("So \"just go to the
/// gym\" misses the point, for you"); what the clinician says outside them still counts, and a
/// reply typed wholly inside quotes is the clinician's own.
#[test]
fn quoted_words_are_reported_not_said() {
    lets_pass("So \"just go to the gym\" misses the point, for you.");
    lets_pass("\u{201C}Cut down\u{201D} isn't much to go on when you want an actual number.");
    flagged(
        "Your mum calls it \"a phase\". You need to see a doctor about it.",
        MarkerKind::Persuade,
        "you need to",
    );
    // A reply typed wholly inside quotes is the clinician's own.
    coded("\"You're just making excuses.\"", Code::Confront);
}

/// Coder version 44: false flags on reflections that several writers' sets share. The client's
/// inner voice ("you keep telling yourself…") and question ("you want to know whether I'm
/// qualified") said back, a pretext someone is looking for, and what the others did to the
/// client ("plenty of people have told you…") are not the clinician's push; the same words said
/// as the clinician's own still are.
#[test]
fn the_clients_inner_voice_question_and_story_said_back_are_not_pushes() {
    reflects("You keep telling yourself you should be coping better.");
    reflects("You want to know whether I'm qualified to help.");
    flagged(
        "I'm qualified, you know.",
        MarkerKind::Confront,
        "i'm qualified",
    );
    reflects("You think they're looking for a reason to sack you.");
    flagged(
        "They did it for a reason.",
        MarkerKind::Confront,
        "for a reason",
    );
    lets_pass("Plenty of people have told you to quit, and none of them asked why.");
    reflects("Everyone else gave up on you, and you're still here.");
    flagged(
        "Plenty of people made it work, so you can too.",
        MarkerKind::Persuade,
        "plenty of people",
    );
    // Version 46, from a review: only a question said back excuses a defence, only the client
    // as the others' object makes them part of the story, and a bare "tell yourself" is advice.
    flagged(
        "You asked for help and I'm trying to help, so listen.",
        MarkerKind::Confront,
        "i'm trying to help",
    );
    flagged(
        "Everyone else stopped at your age.",
        MarkerKind::Persuade,
        "everyone else",
    );
    let told = code("Just tell yourself you have to stay strong.");
    assert!(
        told.flags.iter().any(|f| f.words == "you have to"),
        "{told:?}"
    );
}

/// Coder version 42: a reflective stem that introduces words in quotes voices the client, and
/// the facts inside are theirs; a stem before a verdict of the clinician's own still counts.
#[test]
fn a_stem_before_quoted_words_voices_the_client() {
    reflects(
        "Sounds like \"it is normal to feel jealous now and then, and he has shown me a hundred \
         times he cares.\"",
    );
    reflects("sounds like \"everyone drinks at my age, it is normal\"");
    // A reply typed wholly in quotes is the clinician's own, stem and all (version 46).
    let wrapped = code("\"It sounds like drinking raises your risk of cancer.\"");
    assert!(!wrapped.code.is_reflection(), "{wrapped:?}");
    // Without the quotes the same facts are the clinician's: information, not a reflection.
    let bare = code(
        "It is normal to feel jealous now and then, and he has shown you a hundred times he cares.",
    );
    assert!(!bare.code.is_reflection(), "{bare:?}");
}

/// Coder version 42: a transcribed turn that opens on a dash carries on a sentence begun before
/// the other speaker broke in; whose words that first sentence carries on cannot be seen, so what
/// it pushes does not count. The sentences after it are read as usual, and typed replies never
/// open on a dash.
#[test]
fn a_turn_that_carries_on_a_broken_sentence_is_read_from_its_next_one() {
    lets_pass("-you have to quit.");
    lets_pass("\u{2014}so don't forget the kids in all this.");
    flagged(
        "-and the form says. You have to stop.",
        MarkerKind::Persuade,
        "you have to",
    );
    flagged("You have to quit.", MarkerKind::Persuade, "you have to");
    // Version 46: a typed bullet, a list of dashed lines and a negative number are not turns
    // carried on.
    flagged("- You should cut down.", MarkerKind::Persuade, "you should");
    flagged(
        "- you should cut down\n- you should drink more water",
        MarkerKind::Persuade,
        "you should",
    );
    flagged(
        "-5 degrees out, you should wear a coat.",
        MarkerKind::Persuade,
        "you should",
    );
}

/// Coder version 38: "…, and that's not how you see yourself" says the client's view back, and
/// "That's not how we want anyone to feel" apologises; "That's not how it works" still corrects.
#[test]
fn not_how_you_see_it_is_the_clients_view() {
    reflects("Saying no to her would feel like giving in, and that's not how you see yourself.");
    lets_pass("I'm sorry. That's not how we want anyone to feel here.");
    flagged(
        "That's not how it works, the house always wins.",
        MarkerKind::Confront,
        "that's not how it works",
    );
}

/// Coder version 37: "you need to know…" is the client's need for safety or information said
/// back ("you need to know it's safe before you say much"), not advice; "you need to cut down"
/// still is.
#[test]
fn a_need_to_know_is_the_clients() {
    lets_pass("You need to know the people helping you actually get it.");
    lets_pass("you need to know it's safe before you say much");
    flagged("You need to cut down.", MarkerKind::Persuade, "you need to");
}

/// Coder version 36: laughter that opens an agreement, an apology or an admission ("haha yeah",
/// "haha sorry", "haha i get that a lot") is rapport in a typed chat; laughter at what the client
/// said still mocks.
#[test]
fn laughter_that_opens_an_agreement_is_rapport() {
    lets_pass("haha yeah the forms are endless");
    lets_pass("haha sorry, ill stop with the questions");
    lets_pass("haha i get that a lot");
    coded("lol where did u hear that", Code::Confront);
    coded("all of them? or just the one lol", Code::Confront);
}

/// Coder version 35: an invitation to set the agenda ("How about you tell me what matters to
/// you?", "How about we work out…") seeks collaboration, "…, only if you want to" hands the
/// choice back, "…, which most people don't" affirms the client, and "What makes you think…?"
/// asks. "How about you just skip the bar?" and "Most people don't need a drink to relax" still
/// push.
#[test]
fn invitations_and_praise_by_comparison_are_not_pushes() {
    coded(
        "How about we work out what would make today useful?",
        Code::Seek,
    );
    coded(
        "How about you tell me what matters most to you this week?",
        Code::Seek,
    );
    lets_pass("Only if you want to, we could look at it together.");
    coded(
        "You stuck with it for a month, which most people don't.",
        Code::Affirm,
    );
    coded(
        "What makes you think it'll be different this time?",
        Code::OpenQuestion,
    );
    flagged(
        "How about you just skip the bar on Fridays?",
        MarkerKind::Persuade,
        "how about you",
    );
    flagged(
        "Most people don't need a drink to relax.",
        MarkerKind::Persuade,
        "most people don't",
    );
}

/// Coder version 34: three false flags several writers' reflections drew. "You need a smoke" is
/// the client's craving, not advice; "…feels like nothing to worry about" is the client's view;
/// "the fines don't worry you" says what does not worry them. Advice and reassurance in the
/// clinician's own voice are still flagged.
#[test]
fn the_clients_craving_and_calm_said_back_are_not_pushes() {
    reflects("Your head's pounding and you need a cigarette before anything else.");
    reflects("Next to the pills, the vape feels like nothing to worry about.");
    reflects("The letters from the bank don't worry you much.");
    flagged(
        "You need a hobby, something just for you.",
        MarkerKind::Persuade,
        "you need a",
    );
    flagged(
        "There's nothing to worry about, honestly.",
        MarkerKind::Reassurance,
        "nothing to worry about",
    );
    flagged(
        "Don't worry, it'll sort itself out.",
        MarkerKind::Reassurance,
        "don't worry",
    );
}

/// Coder version 32: wordings that several writers used for an affirmation, for handing the
/// choice back and for acknowledging a question, and that the rules coded as reflections. A
/// comment that tells something bad about the client is not an affirmation.
#[test]
fn affirmations_autonomy_and_acknowledgements_several_writers_used() {
    coded(
        "You came back after last week, and that counts.",
        Code::Affirm,
    );
    coded(
        "You're still going to the meetings, which takes a lot when nothing seems to change.",
        Code::Affirm,
    );
    coded("you're honest about how much it costs you", Code::Affirm);
    coded(
        "You haven't given up on the garden, even with your knees.",
        Code::Affirm,
    );
    coded(
        "You keep turning up, which tells me you want this to work.",
        Code::Affirm,
    );
    coded(
        "You're the best judge of what fits your week.",
        Code::Autonomy,
    );
    coded("That's your right.", Code::Autonomy);
    coded(
        "You're the one who gets to decide whether it's worth it.",
        Code::Autonomy,
    );
    coded("Fair question.", Code::Other);
    assert_ne!(
        code("that tells me you're not taking this seriously").code,
        Code::Affirm
    );
}

/// A word that can be an order ("Work", "Drink", "Exercise") opening a sentence in which it is
/// the subject ("Work leaves you…", "Drink still has…") is not an instruction (coder version 31);
/// followed by its object or a time, it still is.
#[test]
fn a_noun_that_opens_a_sentence_is_not_an_order() {
    reflects("Work leaves you too tired to cook.");
    lets_pass("Drink still has a part in your weekends.");
    lets_pass("Exercise just isn't on the cards with your back.");
    flagged("Work on it a bit each day.", MarkerKind::Persuade, "work");
    flagged(
        "Exercise just once a week to start.",
        MarkerKind::Persuade,
        "exercise",
    );
    // The first of two nouns before their verb, and the first part of a hyphened noun (coder
    // version 74); an object or "sure" after the verb still makes an order.
    lets_pass("work stress is what caused it");
    lets_pass("Sleep patterns are all over the place for you right now.");
    lets_pass("Check-ups feel like a lot of hassle for nothing.");
    flagged("Make sure it is done today.", MarkerKind::Persuade, "make");
    flagged("Keep that as it is for now.", MarkerKind::Persuade, "keep");
    // The verb must be in the same sentence, and a verb that takes a clause keeps its order
    // (coder version 78).
    flagged(
        "Stop drinking. Is that doable?",
        MarkerKind::Persuade,
        "stop",
    );
    flagged(
        "Remember alcohol is a depressant.",
        MarkerKind::Persuade,
        "remember",
    );
}

/// Advice verbs the read sets written for version 75 opened clauses with (coder version 75),
/// and the welcome that shares one of them.
#[test]
fn more_advice_verbs_open_an_order() {
    flagged(
        "Maybe just skip the Sunday session for a while",
        MarkerKind::Persuade,
        "just skip",
    );
    flagged(
        "Stores have anti-fog ones, grab a pair on your way out",
        MarkerKind::Persuade,
        "grab",
    );
    flagged(
        "Just choose the small glass when you're out",
        MarkerKind::Persuade,
        "just choose",
    );
    lets_pass("hi, thanks for coming in. grab a seat, we've got about half an hour");
}

/// A short statement about something other than the client reads as a reflection only by
/// default; when it names a harm or passes judgement it is the clinician's view, not the
/// client's, and codes as such with the sentence flagged.
#[test]
fn a_default_reflection_that_names_a_harm_or_judges_is_an_argument() {
    coded(
        "Energy drinks wreck your sleep in the long run.",
        Code::Persuade,
    );
    flagged(
        "Energy drinks wreck your sleep in the long run.",
        MarkerKind::Persuade,
        "energy drinks wreck your sleep in the long run.",
    );
    coded("A warning isn't enough this time.", Code::Confront);
    coded("It's her house too, though.", Code::Confront);
    // Empathy about a load the client carries is not an argument.
    reflects("A lot of pressure on your shoulders right now.");
    reflects("Too many things on your plate at the moment.");
    // With the client as its subject, or a feeling, it stays a reflection.
    reflects("You're worried the energy drinks are making your sleep worse.");
}

/// Thanks, sympathy and good wishes say nothing back of what the client said: they are not
/// reflections, unless the sentence goes on to reflect.
#[test]
fn thanks_sympathy_and_good_wishes_are_not_reflections() {
    coded("Good luck with the interview on Friday!", Code::Other);
    coded(
        "Congratulations on your first week without a bet.",
        Code::Other,
    );
    coded("Sorry to hear about your dad's operation.", Code::Other);
    coded(
        "Thanks for coming in, I know the bus is a pain.",
        Code::Other,
    );
    coded("Take care of yourself this weekend.", Code::Other);
    coded("Hope you get some rest tonight.", Code::Other);
    reflects("Sorry to hear that, it sounds like a rough week.");
    // Going on about the client after a pause, it is more than a good wish.
    reflects("take care of urself this wk, its been a heavy one for u");
    reflects("Sorry to hear that, losing your job must be a real blow.");
}

#[test]
fn autonomy_seek_and_information() {
    coded("It's up to you.", Code::Autonomy);
    coded("Whatever you decide, it's your call.", Code::Autonomy);
    // Asked as a question, seeking collaboration is still seeking collaboration, not a plain
    // question: MITI gives an utterance one code.
    for text in [
        "What would you like to focus on today?",
        "Could we look at this together?",
        "Would it be okay if I shared what other people have found?",
        "would it be ok if i told u what some ppl find helps",
        "Would it help if we looked at your week together?",
        "would u be up for adding up the units together",
        "Would it be useful to go through the options?",
        "Would you be open to hearing how other parents handle it?",
    ] {
        let c = code(text);
        assert_eq!((c.code, c.also), (Code::Seek, None), "{text:?}");
    }
    // A real question beside it keeps the question code, and the seeking is counted too.
    let both = code("What brings you in today? Would it be okay if I took a few notes?");
    assert_eq!(
        (both.code, both.also),
        (Code::OpenQuestion, Some(Code::Seek))
    );
    coded("Let's look at this together.", Code::Seek);
    coded("What would you like me to call you?", Code::OpenQuestion);
    assert_eq!(code("What would you like me to call you?").also, None);
    coded(
        "Most people find the first three days the hardest.",
        Code::Info,
    );
}

#[test]
fn simple_versus_complex_reflection() {
    coded("You drink on weekends.", Code::SimpleReflection);
    coded(
        "Part of you wants to quit, and part of you isn't ready.",
        Code::ComplexReflection,
    );
    coded(
        "You're tired of being told what to do.",
        Code::ComplexReflection,
    );
    coded(
        "It feels like the walls are closing in.",
        Code::ComplexReflection,
    );
}

#[test]
fn a_leading_question_persuades_and_stacked_questions_keep_their_question_code() {
    // MITI codes the push: a question that carries the clinician's answer persuades.
    let c = code("Don't you think it's time to cut back?");
    assert_eq!(c.code, Code::Persuade);
    assert_eq!(
        c.line(),
        "persuade  flags: leading-question[\"Don't you think\"]"
    );
    flagged(
        "What happened? Why did you go back?",
        MarkerKind::StackedQuestions,
        "what happened? why did you go back?",
    );
}

#[test]
fn empty_and_odd_input_never_panics() {
    for text in [
        "",
        "   ",
        "?!",
        "...",
        "\u{1F600}",
        "but",
        "you",
        "If you don't",
        "’’’",
    ] {
        let _ = code(text);
    }
    assert_eq!(code("").code, Code::Other);
}

#[test]
fn code_lines_keeps_lines_aligned_and_summarises() {
    let input =
        b"You drink on weekends.\n\nWhat brings you in?\nYou should quit.\n\xff\xfe broken\n";
    let mut out = Vec::new();
    code_lines(&input[..], &mut out, true).expect("writing to memory works");
    let out = String::from_utf8(out).expect("output is text");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "simple-reflection");
    assert_eq!(lines[1], "other");
    assert_eq!(lines[2], "open-question");
    assert!(
        lines[3].starts_with("persuade  flags: persuade[\"You should\"]"),
        "{}",
        lines[3]
    );
    assert!(out.contains("MITI summary over 4 answers"), "{out}");
    assert!(out.contains("R:Q = 1.00"), "{out}");
    assert!(
        out.contains("MI non-adherent (persuade + confront): 1"),
        "{out}"
    );
}

#[test]
fn miti_summary_rates_against_the_thresholds() {
    let codings: Vec<_> = [
        "You drink on weekends.",
        "Part of you wants to quit, and part of you isn't ready.",
        "You're tired of being told what to do.",
        "What brings you in?",
        "It's up to you.",
    ]
    .iter()
    .map(|t| code(t))
    .collect();
    let s = MitiSummary::new(&codings);
    assert_eq!(s.reflections(), 3);
    assert_eq!(s.questions(), 1);
    assert_eq!(s.reflection_to_question(), Some(3.0));
    let pct = s.percent_complex().expect("there are reflections");
    assert!((pct - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(s.mi_adherent(), 1);
    let r = s.rating();
    assert_eq!(r.reflection_to_question, reframe_core::coach::Band::Good);
    assert_eq!(r.percent_complex, reframe_core::coach::Band::Good);
    assert_eq!(
        MitiSummary::default().rating().percent_complex,
        reframe_core::coach::Band::NotEnough
    );
}

#[test]
fn stored_form_carries_the_coder_version() {
    let c = code("Don't you think you should quit?");
    let s: reframe_core::scheduler::StoredCoding = (&c).into();
    assert_eq!(s.coder_version, reframe_core::coach::CODER_VERSION);
    assert_eq!(s.code, c.code.id());
    assert_eq!(s.flags, c.flag_ids());
    assert_eq!(s.also, c.also.map(|a| a.id().to_string()));
}

proptest::proptest! {
    /// Whatever a learner types, coding never panics and every flag points at real text.
    #[test]
    fn any_text_codes_without_panic(text in "\\PC{0,80}", extra in "(you should|but|if you keep|, you'll|\\?|don’t you think| )*") {
        let typed = format!("{text}{extra}");
        let c = code(&typed);
        for f in &c.flags {
            proptest::prop_assert!(typed.is_char_boundary(f.span.start) && typed.is_char_boundary(f.span.end));
            proptest::prop_assert_eq!(&typed[f.span.clone()], f.words.as_str());
        }
    }

    /// Coded in reply to any statement (coder version 76 compares the flags with the client's
    /// words), coding never panics and every flag points at real text.
    #[test]
    fn any_reply_to_any_statement_codes_without_panic(
        said in "(I |my |I'm |need to |should |can't |not |everyone |\\PC{0,12} )*",
        text in "\\PC{0,60}",
        extra in "(you should|you need to|but|if you keep|, you'll|\\?| )*",
    ) {
        let typed = format!("{text}{extra}");
        let c = code_in_reply_to(&said, &typed);
        for f in &c.flags {
            proptest::prop_assert!(typed.is_char_boundary(f.span.start) && typed.is_char_boundary(f.span.end));
            proptest::prop_assert_eq!(&typed[f.span.clone()], f.words.as_str());
        }
    }
}

/// What the people around the client must have felt or carried, a sentence that goes on to the
/// client's own view, and an affirmation closed with "though" are not confrontations; the same
/// shapes defending the pushers, or arguing, are.
#[test]
fn siding_and_a_closing_though_leave_reflections_and_affirmations_alone() {
    for reply in [
        "Your mum must have had a really hard time back then too.",
        "She must have a lot on her plate, and it sounds like you want her to notice you anyway.",
        "Your boss must have seen how hard you were working, and it still felt like it wasn't enough.",
        "The school must have seen something that worried them, and you're not sure what.",
        "Your manager must have a lot riding on this project, and you're caught in the middle.",
        "They wouldn't listen even if you tried, is how it feels.",
        "Your partner wouldn't mind if you took a night off, you think.",
        "You got through the whole week without a drink, though.",
        "You still made it to your daughter's recital, though.",
    ] {
        let c = code(reply);
        assert_ne!(c.code, Code::Confront, "{reply:?}: {c:?}");
        assert_ne!(c.code, Code::Persuade, "{reply:?}: {c:?}");
    }
    coded(
        "Well, HR must have seen something that worried them.",
        Code::Confront,
    );
    coded(
        "Your doctor wouldn't prescribe them if they did nothing.",
        Code::Confront,
    );
    coded("You remember your phone every day though.", Code::Confront);
    coded("For someone your age, that's way too much.", Code::Persuade);
    coded(
        "Well it's like it's your fault if you keep going back.",
        Code::Confront,
    );
}

#[test]
fn however_without_its_second_comma_still_takes_the_agreement_back() {
    coded(
        "I understand that, however the clinic needs the form back by Friday.",
        Code::Persuade,
    );
    coded(
        "I hear you, however the hostel rules apply to everyone living there.",
        Code::Persuade,
    );
    // "However" that means "no matter how", or that does not follow a token agreement, takes
    // nothing back.
    for reply in [
        "You kept going to work, however rough the mornings were.",
        "ok, however u wanna do it is fine by me",
        "You want to see how the first week goes, however the meeting turns out.",
        "You keep getting back up, however long it takes, and that tells me something about you.",
        "You want to do this your own way, however you decide to go about it.",
        "Taking them however suits you on the day feels more natural to you.",
    ] {
        lets_pass(reply);
    }
}

#[test]
fn a_reason_then_so_its_worth_doing_is_advice() {
    coded(
        "Sugary drinks hit your teeth hard, so it's worth cutting back on them.",
        Code::Persuade,
    );
    coded("its defo worth getting that mole checked", Code::Persuade);
    coded(
        "Might be worth having a word with your GP about it.",
        Code::Persuade,
    );
    // The clinician's own "I'd say" reports nobody's words.
    coded(
        "I'd honestly say it might be worth keeping a diary of it.",
        Code::Persuade,
    );
    // Worth it, worth noting, worth asking about: not advice.
    for reply in [
        "All the overtime is tiring, but you feel it's worth it for the kids.",
        "You turned up even though you didn't want to. That's worth noting.",
        "You can't decide if it's worth the hassle of changing now.",
        "What do you think might be worth trying first?",
        "It's worth so much to you to keep your licence.",
        "For you, it's worth putting up with the cough if it keeps you calm.",
        "Then it's worth hanging on to the job, the way you see it.",
        "Part of you thinks it may be worth seeing the nurse, and part of you dreads it.",
    ] {
        lets_pass(reply);
    }
}

#[test]
fn a_reflection_that_says_the_client_is_justifying_or_blaming_confronts() {
    coded(
        "Sounds like you're justifying the shouting.",
        Code::Confront,
    );
    coded(
        "It sounds like you're looking for someone to blame for all of it.",
        Code::Confront,
    );
    coded(
        "You're putting all the blame on your sister for the row.",
        Code::Confront,
    );
    // The client being blamed, blaming themself, or having to explain themself to others:
    // reflections.
    reflects("You feel like you get the blame whenever anything goes wrong at home.");
    reflects("It's not something you feel you need to justify to anyone.");
    // The second reader doubts the texted "blame" but no longer codes it (version 10 coded it
    // confront; docs/coach.md, "Known misreads").
    lets_pass("ur putting all the blame on urself for how the move went");
    lets_pass("At work everyone seems to need someone to blame, and it ends up being you.");
    lets_pass("You've had to find a way to justify every missed shift to your supervisor.");
    lets_pass(
        "You talked yourself into coming in today, even though it was the last thing you wanted.",
    );
}

#[test]
fn training_and_years_held_up_against_the_client_confront() {
    coded(
        "I've been trained for exactly this kind of thing, so it's fine.",
        Code::Confront,
    );
    coded(
        "i've been doing this for twenty years, i know a thing or two about sleep",
        Code::Confront,
    );
    coded("I did two years of training for this role.", Code::Confront);
    // The client's doubt about the helper said back, the client's own training, and how
    // confidentiality works: not a defence of the helper.
    reflects("You're not sure I know what I'm doing, and that makes it hard to open up.");
    lets_pass(
        "All those years of training as an electrician, and now your back won't let you work.",
    );
    lets_pass("I've been trained to keep what you tell me between us, unless someone is at risk.");
}

#[test]
fn a_verdict_in_a_clause_of_its_own_or_after_a_denied_report_confronts() {
    // "them" and "nobody's telling you" come before the comma; the verdict after it is about
    // the client.
    coded(
        "No one's blaming your parents, there's no need to be so defensive.",
        Code::Confront,
    );
    coded(
        "Nobody said you had to run a marathon, there's no need to be so dramatic.",
        Code::Confront,
    );
    // Someone's words reported, and a clause that goes on about the same person, still excuse
    // the verdict.
    reflects("Your brother says you're being dramatic, and that stings.");
    reflects("No one at work listens, and your manager says you're being dramatic about it.");
    reflects(
        "Nobody warned you the course would be this hard, and now your tutor says you're lazy.",
    );
    reflects("You think she's doing her best, just a bit reckless with money.");
}

#[test]
fn therapy_words_used_as_a_label_for_how_the_client_thinks_confront() {
    coded(
        "Honestly that's classic black-and-white thinking.",
        Code::Confront,
    );
    coded(
        "It sounds like you've got quite a fixed mindset about the gym.",
        Code::Confront,
    );
    coded(
        "Calling it genetic is a convenient way of not changing anything.",
        Code::Confront,
    );
    // The client's own words about their thinking, said back, stay a reflection; so do the
    // same words naming something that is not the client's thinking.
    reflects("Your therapist called it black-and-white thinking, and that label stung.");
    lets_pass("You've noticed your own black-and-white thinking when work gets busy.");
    lets_pass("The bus just isn't a convenient way to get here from where you live.");
    lets_pass("Your dad never lets you off the hook, even for small things.");
    lets_pass("You don't feel you owe anyone a justification for how you spend your weekends.");
}

#[test]
fn questions_with_their_opening_dropped_or_their_asking_at_the_end() {
    // Asking whether there is more, whatever feeling the sentence names.
    coded(
        "Anyone at work who'd be glad to see you cut down?",
        Code::ClosedQuestion,
    );
    coded(
        "So that's the money and the sleep, anything else?",
        Code::ClosedQuestion,
    );
    // "Do you" dropped: a question, not an instruction.
    coded("Take any painkillers for it?", Code::ClosedQuestion);
    coded("Take a painkiller for it.", Code::Persuade);
    // The question after "if so,".
    coded("If so, what was that like.", Code::OpenQuestion);
    // Evoking the client's own reasons is a question, whatever words it uses.
    coded(
        "What might be some reasons it would be good for you to cut down?",
        Code::OpenQuestion,
    );
    coded("It would be good for you to cut down.", Code::Persuade);
}

#[test]
fn more_shapes_of_advice_labels_and_standing() {
    // "That said" is "having said that", not someone's words.
    coded(
        "I get where you're coming from, that said, you need to ring them back.",
        Code::Persuade,
    );
    coded("Worth giving the app a go, honestly.", Code::Persuade);
    coded("It'd be worth your while to write it down.", Code::Persuade);
    coded(
        "Honestly, that looks like a cognitive distortion.",
        Code::Confront,
    );
    coded(
        "I've worked in this field for twenty years.",
        Code::Confront,
    );
    // Saying what is worth saying, and being open about one's role, are not advice or a
    // defence.
    lets_pass("Worth saying, you've kept every appointment since the summer.");
    lets_pass("That's right, I'm a trained volunteer rather than a doctor.");
    lets_pass("Now you're here, what would make it worth your while");
}

#[test]
fn excusing_the_people_who_push_the_client_sides_with_them() {
    coded(
        "Your key worker is only trying to help you.",
        Code::Confront,
    );
    coded("honestly ur dad's just worried about you", Code::Confront);
    coded("The school is only doing their job.", Code::Confront);
    // The client's own view of it, said back, reflects.
    reflects("You feel your key worker is only trying to help you, and still it grates.");
}

#[test]
fn that_isnt_true_inside_the_clients_picture_is_a_relative_clause() {
    coded("That isn't true.", Code::Confront);
    coded("Honestly, I think that isn't true.", Code::Confront);
    lets_pass("Going to a meeting would say something about you that isn't true.");
    lets_pass("People keep repeating a story about your family that isn't true.");
}

#[test]
fn the_clients_doubt_and_effort_said_back_are_not_advice() {
    // "keep trying" advises only as an instruction.
    coded("Keep trying, you'll get there.", Code::Persuade);
    reflects("It's draining to keep trying when nothing seems to change.");
    // "You don't think you need…", "why you should…": the client's view.
    reflects("You don't think you need to change anything right now.");
    lets_pass("u cant see why u should stop when ur mates dont");
    coded(
        "Your age is exactly why you need to look after your heart.",
        Code::Persuade,
    );
    // The client's own wish to change, inferred: not a dispute.
    lets_pass("Part of you still wants this to work, or you wouldn't have come back.");
    coded(
        "It can't be that fine, or you wouldn't be here.",
        Code::Confront,
    );
}

/// The grade the coach suggests for `reply` against a card whose model is a complex reflection.
fn suggested(reply: &str) -> reframe_core::coach::Suggestion {
    reframe_core::coach::suggest(
        &code(reply),
        reply,
        reframe_core::mi::Technique::ComplexReflection,
        &[],
    )
}

/// The suggested grade quotes the words behind the main code: a confrontation after a
/// persuading "Okay, but" is named by its own words.
#[test]
fn the_suggestion_quotes_the_words_behind_the_main_code() {
    let reply = "Okay, but you can't put it off forever. To be fair, you did skip the last one.";
    assert_eq!(code(reply).code, Code::Confront);
    let s = suggested(reply);
    assert_eq!(s.grade.value(), 1, "{}", s.why);
    assert!(s.why.contains("\u{201c}To be fair\u{201d}"), "{}", s.why);
    // With only a persuading flag, its words are quoted.
    let s = suggested("Okay, but you can't put it off forever.");
    assert_eq!(s.grade.value(), 2, "{}", s.why);
    assert!(s.why.contains("\u{201c}Okay, but\u{201d}"), "{}", s.why);
}

/// A confrontation decided by a correcting "In fact" is named by those words, not by an earlier
/// flag of another kind.
#[test]
fn a_correction_is_quoted_for_the_confrontation_it_decides() {
    let reply = "You need to stop. In fact, the drinking is the main thing.";
    assert_eq!(code(reply).code, Code::Confront);
    let s = suggested(reply);
    assert!(s.why.contains("\u{201c}In fact\u{201d}"), "{}", s.why);
}

/// "You got…", "you get…", "you have…" and "you wanna…" open a statement of the client's
/// situation or wish, not an instruction, unless "to" follows ("you have to…", "you got to…").
/// "You get a say" and "you get to choose" hand the choice back. A sentence the clinician
/// opens about themselves ("We've changed…") is not about the client because a "you" follows.
#[test]
fn you_get_got_have_and_wanna_say_back_the_clients_situation() {
    for reply in [
        "You get along with your brother better than with anyone at home.",
        "You got a warning from the landlord last month.",
        "You have two kids under five and a job with night shifts.",
        "You wanna be the one who decides when you stop.",
        "So you get the bus in because the car's off the road.",
    ] {
        let c = code(reply);
        assert!(c.code.is_reflection(), "{reply:?}: {c:?}");
    }
    for reply in [
        "You have to take these with food.",
        "You got to stop leaving it so late.",
    ] {
        assert!(!code(reply).code.is_reflection(), "{reply:?}");
    }
    coded("You get a say in what happens next.", Code::Autonomy);
    coded("You get to choose what you try first.", Code::Autonomy);
    let c = code("We've moved the clinic upstairs, so you get a text the day before now.");
    assert!(!c.code.is_reflection(), "{c:?}");
}

/// Coder version 48: an instruction opened by "always" or "definitely" ("Always keep the
/// receipt."), and verbs of instruction the list lacked ("just finish the course, then
/// decide", "persevere with the tablets for a month"). "Hang on, let me check" asks for a moment, and
/// "step" is left out: "step families" names people.
#[test]
fn instructions_opened_by_always_and_verbs_the_list_lacked() {
    flagged(
        "Always keep the receipt when you post it.",
        MarkerKind::Persuade,
        "keep",
    );
    flagged(
        "definitely apply for the grant before it closes",
        MarkerKind::Persuade,
        "apply",
    );
    flagged(
        "just finish the course first, then decide",
        MarkerKind::Persuade,
        "just finish",
    );
    flagged(
        "Persevere with the tablets for a month before you judge them.",
        MarkerKind::Persuade,
        "persevere",
    );
    lets_pass("Hang on, let me check the letter.");
    reflects("Always being the one who gives in has worn you down.");
}

/// Coder version 49: "cynical" and "rash" as a verdict on the client or what they did ("that's
/// pretty cynical", "you're being rash"), also after "such a" ("that's such a rash move"), and
/// "you can't believe everything you read", which three writers' learners typed to dismiss
/// what the client had found; "did you actually…?", which doubts the client's account, and "but
/// what about…?", which sets the clinician's point against theirs (each typed by learners of three
/// writers and never in a turn that is not MI-inconsistent). The client's own cynicism, said
/// back, is not the clinician's verdict.
#[test]
fn cynical_rash_believe_everything_and_but_what_about_are_the_clinicians() {
    flagged(
        "that's pretty cynical",
        MarkerKind::Confront,
        "that's pretty cynical",
    );
    flagged(
        "You're being rash.",
        MarkerKind::Confront,
        "you're being rash",
    );
    flagged(
        "thats such a rash move",
        MarkerKind::Confront,
        "thats such a rash",
    );
    flagged(
        "you cant believe everything you read online",
        MarkerKind::Confront,
        "believe everything",
    );
    flagged(
        "Did you actually take them every day?",
        MarkerKind::Confront,
        "did you actually",
    );
    flagged(
        "ok but what about your kids?",
        MarkerKind::Confront,
        "but what about",
    );
    reflects("You've grown cynical about promises after being let down so many times.");
    reflects("You feel you're being rash, quitting with nothing lined up.");
}

/// Coder version 50: three more wordings missed in three or more writers' sets and never in a
/// turn that is not MI-inconsistent: "did you though?" (doubting the client's account), "there's
/// a difference" (correcting their words) and "…end up in hospital" (a warning). The client's
/// own fear of hospital, said back, warns nobody.
#[test]
fn did_you_though_theres_a_difference_and_end_up_in_hospital() {
    flagged("Did you though?", MarkerKind::Confront, "did you though");
    flagged(
        "you didnt fail, you gave up, theres a difference",
        MarkerKind::Confront,
        "theres a difference",
    );
    flagged(
        "you could end up in hospital with DKA",
        MarkerKind::Warning,
        "end up in hospital",
    );
    reflects("You're scared you'll end up in hospital again, like last winter.");
}

/// Coder version 53, by version 28's test run again: "don't need a gym" (arguing down the
/// client's barrier) and a reply opening "wow ok" (sarcasm). Said back in the client's view, the
/// first is left alone.
#[test]
fn dont_need_a_gym_and_wow_ok() {
    flagged(
        "You don't need a gym for that, a brisk walk does the same job.",
        MarkerKind::Persuade,
        "don't need a gym",
    );
    flagged(
        "wow ok, so the school is wrong about everything",
        MarkerKind::Confront,
        "wow ok",
    );
    reflects("You feel you don't need a gym.");
    reflects("You're saying you don't need a gym, walking works for you.");
}

/// Coder version 54: strengths named and choices handed back in words several writers share
/// ("you've clearly…", "straight with me", "that's worth…"; "you don't have to tell me",
/// "for you to decide"), which version 53 heard as reflections. A feeling said back with
/// "clearly" stays a reflection.
#[test]
fn strengths_and_choices_in_words_writers_share() {
    coded(
        "You've clearly done a lot of reading about your tablets.",
        Code::Affirm,
    );
    coded("you were straight with me about the weekends", Code::Affirm);
    coded(
        "You kept the diary all week. That's worth something.",
        Code::Affirm,
    );
    coded(
        "You don't have to tell me anything you'd rather keep to yourself.",
        Code::Autonomy,
    );
    coded(
        "Whether you keep taking the pills is for you to decide.",
        Code::Autonomy,
    );
    coded("you'll decide what fits, not me", Code::Autonomy);
    reflects("You're clearly fed up with being asked the same thing.");
    // Version 56: "clearly" before a strength, and carrying on "even with everything".
    coded("You're clearly someone who plans ahead.", Code::Affirm);
    coded(
        "you kept every appointment even with everything going on",
        Code::Affirm,
    );
    reflects("You clearly feel nobody listens to you here.");
    reflects("You want to make up your own mind, not be handed an answer.");
}

/// Coder version 55: in reply to the client's statement, as the app codes it, a plain statement
/// made mostly of the client's own words is said back to them: a simple reflection. Alone, the
/// coach cannot tell it from information and says it is not sure; facts of the clinician's own
/// stay information, and a flagged reply keeps its flag.
#[test]
fn a_plain_statement_in_the_clients_own_words_reflects_in_reply_to_them() {
    let said = "I've seen three therapists already and nothing changed.";
    let reply = "Three therapists, and nothing changed.";
    assert!(!code(reply).code.is_reflection() || !code(reply).sure);
    let c = code_in_reply_to(said, reply);
    assert_eq!(c.code, Code::SimpleReflection, "{reply:?}: {}", c.why);
    assert!(c.sure);
    assert_eq!(
        code_in_reply_to(said, "The clinic is open until eight on Thursdays.").code,
        code("The clinic is open until eight on Thursdays.").code
    );
    let pushing = "Three therapists is nothing, you need to give it longer.";
    assert!(matches!(
        code_in_reply_to(said, pushing).code,
        Code::Persuade | Code::Confront
    ));
}

/// Coder version 57: facts the reply says the client asked for ("since you asked", "you asked
/// about…") are information, neither unasked nor pressed on them, even when they speak of
/// "you"; how the service works ("just so you know…", "…stays between us") is information too.
#[test]
fn facts_the_client_asked_for_are_information() {
    for reply in [
        "Since you asked: the patches come in three strengths, and you'd start on the middle one.",
        "You asked about the group: it meets on Tuesdays at six, in the library.",
    ] {
        let c = code(reply);
        assert_eq!(c.code, Code::Info, "{reply:?}: {}", c.why);
        assert!(c.flags.is_empty(), "{reply:?} flagged {:?}", c.flags);
    }
    let c = code("just so you know, what you tell me stays between us");
    assert_eq!(c.code, Code::Info, "{}", c.why);
    // Unasked and pressed, the same kind of fact still persuades.
    assert!(matches!(
        code("Walking every day is really good for your heart, you should try it.").code,
        Code::Persuade
    ));
}

/// Coder version 58: the clinician denying what the client said of them, in the same clause
/// ("I'm not ticking a box, …", "We're not poking around, …") defends and confronts; saying
/// what the clinician is not here to do, or will not do, does not.
#[test]
fn denying_what_the_client_said_of_the_clinician_defends() {
    flagged(
        "I'm not ticking a box, I genuinely care about my students.",
        MarkerKind::Confront,
        "i'm not",
    );
    flagged(
        "We're not poking around, we're doing our job.",
        MarkerKind::Confront,
        "we're not",
    );
    lets_pass("I'm not here to judge you.");
    lets_pass("I'm not going to lecture you; what you do is your call.");
    lets_pass("I'm not sure I've understood, can you say more?");
}

/// A statement closed with "I'm afraid" tells the client they are wrong or have no say, however
/// politely (coder version 61); the clinician's own admission and the session's time are not.
#[test]
fn a_statement_closed_with_im_afraid_confronts() {
    flagged(
        "The waiting list is the only way in, I'm afraid.",
        MarkerKind::Confront,
        "i'm afraid",
    );
    flagged(
        "Cutting down alone rarely sticks im afraid",
        MarkerKind::Confront,
        "im afraid",
    );
    lets_pass("We're out of time, I'm afraid.");
    lets_pass("I didn't, I'm afraid.");
    lets_pass("You're worried the letter means more trouble, I'm afraid.");
    // Short sentences that end on "afraid" are read without stepping outside them.
    lets_pass("Afraid.");
    lets_pass("You're afraid.");
    lets_pass("Honestly? Afraid.");
}

/// Asking whether the client wants to work something through together, what would be of use to
/// them, or what they would rather take up shares the agenda: seeking collaboration, not a plain
/// question (coder version 62). A question about what they will do, or a plain offer, is not.
#[test]
fn asking_what_the_client_wants_to_work_through_seeks_collaboration() {
    for seek in [
        "Would you like to look at the bills together and see which one worries you most?",
        "Could we think together about what might make Sundays easier?",
        "Is there anything you'd rather talk about first?",
        "What would be most useful for you from today?",
        "Would you like to go through the letter with me?",
    ] {
        coded(seek, Code::Seek);
    }
    coded(
        "What would you like the next month to hold?",
        Code::OpenQuestion,
    );
    coded("Would you like a cup of tea?", Code::ClosedQuestion);
}

/// What the client did, named as worth something in a clause of its own, affirms; a choice
/// handed back after a pause ("…or not, up to you") is autonomy (coder version 63). "Takes the
/// edge off" names no strength, and "it wasn't up to you" hands nothing back.
#[test]
fn a_deed_named_as_worth_something_affirms() {
    coded(
        "You walked out before it got physical, that took some control.",
        Code::Affirm,
    );
    coded(
        "You've kept a diary of the cravings, which is really useful.",
        Code::Affirm,
    );
    coded(
        "Whether you come next week or not, up to you.",
        Code::Autonomy,
    );
    reflects("A drink at night, that takes the edge off.");
    reflects("It wasn't up to you.");
}

/// In reply to a client's statement, a doubt from the second reader above 0.85 is the code
/// (coder version 64). Coded alone, the same reply is only held back from praise: there the
/// caution threshold stays at 0.9.
#[test]
fn in_reply_a_lesser_doubt_is_the_code() {
    use reframe_core::coach::{Group, learned};
    let reply = "The school is just following the rules.";
    let alone = code(reply);
    assert!(alone.reserved && alone.caution.is_none(), "{alone:?}");
    assert_ne!(alone.code.group(), Group::PersuadeConfront);
    let heard = code_in_reply_to("They excluded my son over a haircut.", reply);
    assert_eq!(heard.code.group(), Group::PersuadeConfront, "{heard:?}");
    assert!(
        heard
            .flags
            .iter()
            .any(|f| f.reason == learned::IN_REPLY_CONFRONT
                || f.reason == learned::IN_REPLY_PERSUADE),
        "{heard:?}"
    );
}

/// "You know you should…": what the client already knows they ought to do, said back, is their
/// own ambivalence, not advice (coder version 72). "You know, you should…" (a filler before the
/// clinician's advice), "I know you should…" and an option offered ("you know you can always…")
/// still push.
#[test]
fn what_the_client_knows_they_ought_to_do_is_theirs() {
    reflects("You know you should cut down, and it bugs you that you haven't.");
    lets_pass("u already know u have to take them every day");
    coded("You know, you should just cut down.", Code::Persuade);
    coded("I know you should cut down.", Code::Persuade);
    coded("You know you can always ring the clinic.", Code::Persuade);
}

/// The client's view, handed back to them, is not the clinician's argument or verdict (coder
/// version 71): a sentence scoped by "in your eyes" or "the way you see it" (before or after
/// what it scopes) names a harm or passes judgement as the client sees it, and a label someone
/// else "calls" the client is theirs. The clinician's own view, and their own naming, still count.
#[test]
fn a_view_handed_back_to_the_client_is_theirs() {
    for reply in [
        "In your eyes, the risks are much smaller than people make out.",
        "So the doctor is overreacting, the way you see it.",
        "People keep calling you selfish, and it stings.",
        "Your dad calls you lazy, and that stings.",
    ] {
        lets_pass(reply);
    }
    coded("You're overreacting, the way I see it.", Code::Confront);
    coded("I'd call you lazy.", Code::Confront);
    coded("You're being selfish, and it stings.", Code::Confront);
}

/// In reply to a client, a question the second reader holds praise back from is coded by its
/// doubt (above 0.7, coder version 73): put to a client who has just pushed back, such questions
/// carried their own answer in every set the reader learned from. Coded alone it is only held
/// back from praise, and questions the reader does not doubt stay questions.
#[test]
fn in_reply_a_doubted_question_is_coded_by_the_doubt() {
    use reframe_core::coach::{Group, learned};
    let said = "I only drink at weekends, my liver's fine.";
    let reply = "And how long do you think your body can take that?";
    let alone = code(reply);
    assert!(alone.code.is_question(), "{alone:?}");
    // Held back from praise or doubted (version 137's reader is surer), never coded.
    assert!(alone.reserved || alone.caution.is_some(), "{alone:?}");
    let heard = code_in_reply_to(said, reply);
    assert_eq!(heard.code.group(), Group::PersuadeConfront, "{heard:?}");
    let flag = heard.flags.last().expect("the reader's flag");
    // The reason says it was the question that carried the push.
    assert!(
        flag.reason == learned::IN_REPLY_QUESTION_CONFRONT
            || flag.reason == learned::IN_REPLY_QUESTION_PERSUADE,
        "{heard:?}"
    );
    for question in [
        "What do the weekends give you?",
        "How many drinks would a weekend be, roughly?",
    ] {
        let heard = code_in_reply_to(said, question);
        assert!(heard.code.is_question(), "{question}: {heard:?}");
    }
}

/// In reply to a client, facts the rules read as plain information need less of the reader's
/// doubt to be coded as pushing (0.8 rather than 0.85, coder version 70): offered unasked to a
/// client who has just pushed back, they argue. Coded alone they are only held back from praise.
#[test]
fn in_reply_unasked_facts_need_less_doubt() {
    use reframe_core::coach::{Group, learned};
    let said = "They took my licence, fine, but I don't need a course about my drinking.";
    let reply = "Drivers who lose their licence often lose their job as well.";
    let alone = code(reply);
    assert_eq!(alone.code, Code::Info, "{alone:?}");
    assert!(alone.reserved && alone.caution.is_none(), "{alone:?}");
    let heard = code_in_reply_to(said, reply);
    assert_eq!(heard.code.group(), Group::PersuadeConfront, "{heard:?}");
    let flag = heard.flags.last().expect("the reader's flag");
    assert_eq!(flag.reason, learned::IN_REPLY_PERSUADE, "{heard:?}");
    // The words the reader weighed most: since coder version 140 they fall on "lose their
    // licence" (version 133 to 139, in the reply it replaced, "lose their licence tend to
    // lose").
    assert!(
        reply[flag.span.clone()] == flag.words && flag.words.contains("lose their licence"),
        "{flag:?}"
    );
    // A reflection of the same client is left alone.
    let reflection = code_in_reply_to(
        said,
        "So losing the licence was enough of a lesson on its own.",
    );
    assert!(reflection.code.is_reflection(), "{reflection:?}");
}

/// A short typed reply the rules let pass, which the second reader all but certainly doubts, is
/// coded by the doubt, whatever the rules made of it (coder version 65); not when the reply also
/// praises or asks, where the doubt may be about that part.
#[test]
fn a_short_reply_the_reader_is_all_but_certain_about_is_coded_by_it() {
    use reframe_core::coach::{Group, WHY_READER_OVERRULES, code_by_rules};
    let reply = "a short walk is always better than nothing";
    let rules = code_by_rules(reply);
    assert_ne!(rules.code.group(), Group::PersuadeConfront, "{rules:?}");
    let coded = code(reply);
    assert_eq!(coded.code, Code::Persuade, "{coded:?}");
    assert_eq!(coded.why, WHY_READER_OVERRULES);
    let flag = coded.flags.last().expect("the reader's flag");
    assert!(reply[flag.span.clone()].contains("better"), "{flag:?}");
    // A question, or praise alongside, leaves the rules' code.
    for reply in [
        "would a short walk be way better than nothing?",
        "well done for walking, a short walk is way better than nothing",
    ] {
        let coded = code(reply);
        assert_ne!(coded.why, WHY_READER_OVERRULES, "{reply}: {coded:?}");
    }
}

/// A frame of the client's view ("you feel", "sounds like", "your mum says") covers its own
/// clause, not the clinician's advice in the next one (coder version 66).
#[test]
fn advice_after_a_framed_clause_is_the_clinicians_own() {
    for reply in [
        "you feel angry, and you need to calm down before the hearing",
        "you feel judged, so you should just ignore them",
        "sounds like you're stressed, you need to rest more",
        "your mum says you drink too much, and you should listen to her",
    ] {
        coded(reply, Code::Persuade);
        assert!(
            code(reply)
                .flags
                .iter()
                .any(|f| f.kind == MarkerKind::Persuade),
            "{reply}"
        );
    }
    // The frame's own clause, and a clause inside what it frames, stay the client's.
    for reply in [
        "you feel you should be able to cope on your own",
        "you feel, deep down, you should cope alone",
        "you're scared that if you cut down, you'll lose your mates",
        "you think you should cut down",
    ] {
        reflects(reply);
    }
}

/// Stock verdicts and reassurance that shrinks the worry, as learners type them (coder version
/// 67), and the same words left alone where they are someone's reported words or the client's
/// own experience.
#[test]
fn stock_verdicts_and_shrinking_reassurance() {
    for (reply, kind) in [
        (
            "at least you've still got your job",
            MarkerKind::Reassurance,
        ),
        (
            "Well, at least your kids still talk to you.",
            MarkerKind::Reassurance,
        ),
        ("it could have been worse", MarkerKind::Reassurance),
        (
            "there's no point getting upset about it",
            MarkerKind::Reassurance,
        ),
        ("you're not the victim here", MarkerKind::Confront),
        (
            "sounds like you're taking the easy way out",
            MarkerKind::Confront,
        ),
        ("you're your own worst enemy", MarkerKind::Confront),
        ("well that's rich coming from you", MarkerKind::Confront),
        ("so you want a medal for turning up", MarkerKind::Confront),
    ] {
        let coded = code(reply);
        assert!(
            matches!(coded.code, Code::Persuade | Code::Confront),
            "{reply}: {coded:?}"
        );
        assert!(
            coded.flags.iter().any(|f| f.kind == kind),
            "{reply}: {coded:?}"
        );
    }
    for reply in [
        "you were the victim of a crime, and that still shakes you",
        "She said you always take the easy way out, and that stung.",
    ] {
        reflects(reply);
    }
}

/// More stock verdicts from a second probe of the same patterns (coder version 69), and the same
/// words left alone in someone's reported words, in a frame of the client's view, or said with
/// the client rather than against them.
#[test]
fn more_stock_verdicts() {
    for reply in [
        "you've got a real chip on your shoulder",
        "well you brought this on yourself by not turning up",
        "you're not helping yourself by skipping meds",
        "we both know that's not going to happen",
        "you can't have it both ways",
        "the team has bent over backwards for you",
        "it's obvious you're still drinking",
    ] {
        coded(reply, Code::Confront);
    }
    for reply in [
        "your wife says you brought this on yourself, and that hurt",
        "you feel you're not helping yourself, and that's frustrating",
        "We both know how hard this week has been for you.",
    ] {
        lets_pass(reply);
    }
}

/// In reply to a client, an obligation, warning or verdict that is the client's own, said back
/// in their words, is a simple reflection (coder version 76): the flagged words with a word
/// beside them stand in the statement once "I" reads as "you", and most of the reply's content
/// words are the client's. Turned round ("Not everyone does that"), added to ("…, but the bare
/// minimum won't get you a job") or said without the statement, it is still flagged.
#[test]
fn the_clients_own_obligation_said_back_is_a_reflection() {
    let said = "Counselling can't give me more hours in the day. I just need to study harder.";
    let c = code_in_reply_to(said, "you just need to study harder.");
    assert_eq!(c.code, Code::SimpleReflection, "{c:?}");
    assert!(c.flags.is_empty(), "{c:?}");
    assert_eq!(
        code("you just need to study harder.").code.group(),
        reframe_core::coach::Group::PersuadeConfront
    );
    let said =
        "Every time I go for a scan I'm sick with nerves for a week. I can't keep doing this.";
    assert_eq!(
        code_in_reply_to(said, "you can't keep doing this").code,
        Code::SimpleReflection
    );
    // Advice in the client's words but not theirs to give themself.
    let c = code_in_reply_to(said, "you can't keep skipping scans because of nerves");
    assert_eq!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{c:?}"
    );
    let said = "I only take a few extra on bad days. Everyone does that.";
    let c = code_in_reply_to(said, "Not everyone does that, no");
    assert_eq!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{c:?}"
    );
    // A "don't" the client did not say turns it round (coder version 78).
    let c = code_in_reply_to("I need to be stronger.", "You don't need to be stronger.");
    assert_eq!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{c:?}"
    );
    let said = "I'll do the bare minimum to keep my payments. That's it.";
    let c = code_in_reply_to(
        said,
        "That's your choice, but the bare minimum won't get you a job.",
    );
    assert_eq!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{c:?}"
    );
}

/// Advice's words in a sentence scoped as the client's view, opening it ("The way you see it,
/// …", "In your book …") or closing it after a pause ("…, the way you see it", "…, as far as
/// you can see, …"), are the client's said back (coder version 77), as version 71 made them
/// for harm and verdicts. A "but" after the scope turns to the clinician's own point, and "as far
/// as you can" alone urges.
#[test]
fn obligations_in_a_sentence_scoped_as_the_clients_view_are_theirs() {
    lets_pass("The way you see it, you shouldn't have to wear one just to cross the yard.");
    lets_pass("In your book you should be out there every single day.");
    lets_pass("You'd be better off without them, the way you see it.");
    lets_pass("You have to keep it from him, as far as you can see, or you're gone.");
    flagged(
        "The way you see it, you're fine, but you need to stop.",
        MarkerKind::Persuade,
        "you need to",
    );
    flagged("Cut down as far as you can.", MarkerKind::Persuade, "cut");
    // Only the client's view hands it back: "that's how it looks to me" is the clinician's.
    flagged(
        "You need to cut down, that's how it looks to me.",
        MarkerKind::Persuade,
        "you need to",
    );
}

/// Facts flagged for their words of harm ("…made things worse…") are the client's when those
/// words are the client's own said back (coder version 79): a simple reflection in reply. Not
/// when the client's sentence was negated and the reply drops it, nor when the reply adds a
/// "not" of its own.
#[test]
fn facts_said_back_in_the_clients_words_are_a_reflection() {
    use reframe_core::coach::Group::PersuadeConfront;
    let said = "I tried the group sessions last spring and honestly they made things worse.";
    let c = code_in_reply_to(said, "The group sessions made things worse for you.");
    assert_eq!(c.code, Code::SimpleReflection, "{c:?}");
    assert!(c.flags.is_empty(), "{c:?}");
    // Alone, the rule reads the words of harm as an argument; since coder version 105 the
    // second reader, all but certain the reply is MI-consistent, turns that flag into a doubt
    // the learner still sees.
    let alone = code("The group sessions made things worse for you.");
    assert_ne!(alone.code.group(), PersuadeConfront, "{alone:?}");
    assert!(
        alone
            .caution
            .as_ref()
            .is_some_and(|c| c.words.contains("made things worse")),
        "{alone:?}"
    );
    // The client said it had not made anything worse: saying it back without the "not" is
    // the clinician's claim.
    let said = "Vaping hasn't made anything worse for my chest.";
    let c = code_in_reply_to(said, "Vaping made things worse for your chest.");
    assert_eq!(c.code.group(), PersuadeConfront, "{c:?}");
}

/// What a change could cost the client ("saying no could cost you something with your mates")
/// is the client's fear said back, as learners and the bundled decks write it; a cost threatened
/// for carrying on ("If you carry on, it could cost you…") still warns (coder version 79).
#[test]
fn what_a_change_could_cost_the_client_is_their_fear() {
    lets_pass("Turning the round down could cost you something with your mates.");
    lets_pass("Part of you knows what speaking up could cost you.");
    flagged(
        "If you carry on like this it could cost you your licence.",
        MarkerKind::Warning,
        "if you carry on like this it could",
    );
    flagged(
        "If you keep skipping the clinic, that might cost you the place.",
        MarkerKind::Warning,
        "if you keep skipping the clinic, that might",
    );
}

/// What others tell the client or treat them as ("to be told you need help", "when people act
/// like you're being careless") is reported, not the clinician's own advice or label (coder
/// version 80). The clinician's own "you act like…" and "you need to be told…" still count.
#[test]
fn what_others_tell_or_treat_the_client_as_is_reported() {
    lets_pass("It's galling to be told you need a hobby when you already work two jobs.");
    lets_pass("It stings when people act like you're being lazy about the rota.");
    flagged(
        "You need to be told this: you're in denial.",
        MarkerKind::Confront,
        "in denial",
    );
}

/// In reply, the client's own word thrown back as a question and then answered ("Everyone? I
/// doubt that.") doubts or disputes what they said: confront (coder version 82). Not when
/// what follows reflects in its own words, affirms, or asks them to say more; not without the
/// client's words to compare (alone, the rules decide as before).
#[test]
fn the_clients_word_thrown_back_and_answered_confronts() {
    use reframe_core::coach::Group::PersuadeConfront;
    let said = "My mates all vape, it's just what we do.";
    let reply = "Your mates? Half of them have already quit.";
    // Alone the rules read a question of its own and a statement.
    assert_ne!(code(reply).code.group(), PersuadeConfront);
    let c = code_in_reply_to(said, reply);
    assert_eq!(c.code, Code::Confront, "{c:?}");
    assert!(c.flags.iter().any(|f| f.words == "Your mates"), "{c:?}");
    let said = "I'm not wearing ear defenders all shift. End of.";
    let c = code_in_reply_to(said, "End of? It's site policy, mate.");
    assert_eq!(c.code, Code::Confront, "{c:?}");
    // What follows reflects or asks them to say more.
    let said = "Nobody at home even notices what I do.";
    let c = code_in_reply_to(said, "Nobody? That sounds really lonely.");
    assert!(c.code.is_reflection(), "{c:?}");
    let c = code_in_reply_to(
        "Everyone on my course drinks like this.",
        "Everyone? What do you mean by everyone?",
    );
    assert_ne!(c.code.group(), PersuadeConfront, "{c:?}");
    // A word the client did not say is not theirs thrown back.
    let c = code_in_reply_to(
        "Everyone on my course drinks like this.",
        "At uni? I didn't know you'd started.",
    );
    assert_ne!(c.code, Code::Confront, "{c:?}");
}

/// "Never?" or "Never again?" asks the client's word back; only "Never" before a verb opens an
/// order ("Never skip a dose") (coder version 82).
#[test]
fn never_asked_back_is_not_an_order() {
    lets_pass("Never?");
    lets_pass("Never again?");
    flagged("Never skip a dose.", MarkerKind::Persuade, "never");
}

/// A one-word verdict that is how something feels to the client ("That felt really
/// disrespectful") and "actually" inside a clause that asks what is so ("you can't see what
/// it's actually doing for you") are the client's, not the clinician's verdict or correction
/// (coder version 83). The clinician's own "That's disrespectful" and "It's actually safe" still
/// count.
#[test]
fn a_verdict_felt_and_actually_in_a_question_clause_are_the_clients() {
    lets_pass("Being talked down to like that felt really disrespectful.");
    lets_pass("It's starting to feel a bit dramatic, all these check-ins.");
    lets_pass("You can't see what it's actually doing for you.");
    lets_pass("You want to know whether it's actually worth the bother.");
    flagged(
        "Shouting at the nurses is disrespectful.",
        MarkerKind::Confront,
        "disrespectful",
    );
    flagged(
        "It's actually a very safe procedure.",
        MarkerKind::Confront,
        "it's actually",
    );
}

/// Three words of advice or accusation that were something else (coder version 84): "lying"
/// awake or in bed is not lying to anyone, "and so do the others" is not an order to do, and
/// "sort it out" after a subject or "rather" is someone's own sorting out. The order and the
/// accusation themselves still count.
#[test]
fn lying_awake_so_do_the_others_and_sorting_it_yourself_are_not_flagged() {
    lets_pass("You've tried every trick and you're still lying awake at four.");
    lets_pass("What goes through your mind when you're lying in bed?");
    lets_pass("The rotas keep changing and so do the managers.");
    lets_pass("You'd rather sort it out yourself.");
    lets_pass("You're the one who always has to sort that out.");
    flagged(
        "So you're lying to her about the money.",
        MarkerKind::Confront,
        "you're lying",
    );
    flagged(
        "Just sort it out.",
        MarkerKind::Persuade,
        "just sort it out",
    );
    flagged(
        "So do the stretches every morning.",
        MarkerKind::Persuade,
        "so do",
    );
}

/// "Oh no, …" is sympathy, not a "no" that disputes; "never" with no verb after it ("Never
/// again, because…", "…, never the good weeks") opens no order; and "you could just get…" is
/// the client's own wish, not an order hedged with "just" (coder version 85).
#[test]
fn oh_no_never_again_and_could_just_are_not_flagged() {
    lets_pass("oh no, that sounds like it really hurt");
    lets_pass("Never again, because last time took more than it gave.");
    lets_pass("people only see the slips, never the good weeks");
    lets_pass("If you could just get the debt down, you feel you'd cope.");
    flagged(
        "No, that's not how it works at all.",
        MarkerKind::Confront,
        "no",
    );
    flagged("Never skip a dose.", MarkerKind::Persuade, "never");
    flagged("So just get it done.", MarkerKind::Persuade, "just get");
}

/// Coded alone, a fragment of at most three words asked back on its own and then answered in
/// statements ("End of? Your hamstring might have different ideas.") is a rebuttal, whatever
/// its words (coder version 86); before, only a word that plays down or sweeps, or a count,
/// was. Not a fragment that asks something of its own ("Any other family?", "Your brother?"),
/// nor one whose answer validates, reflects or praises.
#[test]
fn a_fragment_asked_back_and_answered_is_a_rebuttal() {
    for reply in [
        "End of? Your hamstring might have different ideas.",
        "Fussing? She's trying to keep you alive.",
        "Harmless? Tell that to the lads in the burns unit.",
    ] {
        let c = code(reply);
        assert_eq!(c.code, Code::Confront, "{reply}: {c:?}");
    }
    for reply in [
        "Your brother? You mentioned him earlier.",
        "Stressed? That's understandable with three kids.",
        "Exhausted? It sounds like the nights are the worst of it.",
        "Four days? That's brilliant.",
        "Any other family? You mentioned a sister.",
    ] {
        let c = code(reply);
        assert_ne!(c.code, Code::Confront, "{reply}: {c:?}");
    }
}

/// "Have you ever tried…?", "Have you tried them?" and "How many diets have you tried?" ask
/// what the client has done; "Have you tried nicotine gum?" still suggests it (coder version 87).
#[test]
fn asking_what_the_client_has_tried_is_a_question() {
    for reply in [
        "Have you ever tried a patch?",
        "Have you tried them?",
        "how many diets have u tried",
        "Which ones have you tried?",
    ] {
        let c = code(reply);
        assert!(c.code.is_question(), "{reply}: {c:?}");
    }
    flagged(
        "Have you tried nicotine gum?",
        MarkerKind::Persuade,
        "have you tried",
    );
    flagged(
        "Have you tried those sugar-free sweets?",
        MarkerKind::Persuade,
        "have you tried",
    );
}

/// "We'll" is not "Well,": "We'll go at your pace" opens on its subject, not on a lead-in before
/// an order (coder version 88). "Well, go at your own pace" is still an order.
#[test]
fn well_is_not_we_will() {
    lets_pass("We'll go at whatever pace suits you.");
    lets_pass("OK, we'll keep to what you want to talk about.");
    lets_pass("We\u{2019}ll talk about whatever you like.");
    flagged(
        "Well, go at your own pace then.",
        MarkerKind::Persuade,
        "go",
    );
}

/// "What did you expect when you booked this?" asks what the client hoped for; "What did you
/// expect?" alone, before a pause or a tag ("…, after missing three in a row?", "…then?") is
/// rhetorical (coder version 89).
#[test]
fn what_did_you_expect_going_on_is_a_question() {
    let c = code("What did you expect when you signed up?");
    assert!(c.code.is_question(), "{c:?}");
    flagged(
        "What did you expect, after skipping three weeks?",
        MarkerKind::Confront,
        "what did you expect",
    );
    flagged(
        "What did you expect then?",
        MarkerKind::Confront,
        "what did you expect",
    );
}

/// A short reply plainly written to the client that the second reader all but certainly doubts
/// is coded as the doubt's kind even when it opens on a reflective stem, but never one the
/// rules coded a question, and a question keeps its code (coder version 90).
#[test]
fn a_reflective_stem_no_longer_holds_the_reader_back() {
    let text = "Sounds like you're nervous, but it's a quick scratch and over in seconds.";
    let c = code(text);
    assert_eq!(c.code, Code::Confront, "{c:?}");
    assert!(c.why.contains("second reader"), "{c:?}");
    let flag = c
        .flags
        .iter()
        .find(|f| f.kind == MarkerKind::Confront)
        .unwrap();
    assert_eq!(&text[flag.span.clone()], flag.words);
    // Plain reflections stay reflections.
    let c = code("Sounds like you're scared of the needle and tired of being told it's nothing.");
    assert!(c.code.is_reflection(), "{c:?}");
    let c = code("sounds like you're scared, is it the needle or the waiting?");
    assert!(c.code.is_question(), "{c:?}");
}

/// Asking to work something out together, to show the client something, or what they would
/// want from the time is seeking collaboration, not a plain question (coder version 91).
#[test]
fn asking_to_work_it_out_together_seeks_collaboration() {
    for text in [
        "Could we lay the two sets of numbers next to each other and talk them through?",
        "can we leave the forms for now and talk about your week",
        "What would you like us to spend the half hour on?",
        "Can I show you how the pump alarm works, then you decide?",
        "Is there anything you'd want from this appointment for yourself?",
    ] {
        assert_eq!(code(text).code, Code::Seek, "{text:?}");
    }
    // After a question word it is a plain question.
    assert!(code("What can we change first?").code.is_question());
}

/// In reply, a request to work together that the second reader doubts is weighed as a question
/// would be, so a correction followed by a request to move on is still flagged (coder version
/// 91).
#[test]
fn a_correction_then_a_request_to_move_on_is_flagged_in_reply() {
    let c = code_in_reply_to(
        "I take the tablets. Mostly.",
        "'Mostly' isn't good enough with tablets like these. Can we focus on that?",
    );
    assert_eq!(
        c.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{c:?}"
    );
}

/// "u've", "u'd", "u'll" typed short are the client as much as "you've" is (coder version 92).
#[test]
fn you_typed_short_is_still_the_client() {
    for text in [
        "uve been on the waiting list since march",
        "u'd rather sort it without the school knowing",
        "uve tried three times this year and kept at it",
    ] {
        let c = code(text);
        assert!(
            c.code.is_reflection() || c.code == Code::Affirm,
            "{text:?}: {c:?}"
        );
    }
    assert!(
        code("you've been on the waiting list since march")
            .code
            .is_reflection()
    );
}

/// Disbelief asked back as a question of its own after something else, and "is it really
/// worth…?", confront; "really" that opens a sentence going on, or "really worth" in a
/// reflection said with a question mark, does not (coder version 93).
#[test]
fn really_asked_back_confronts() {
    flagged(
        "Skipping the clinic because of the parking? Really?",
        MarkerKind::Confront,
        "really",
    );
    flagged(
        "Is a lie-in really worth a hospital stay?",
        MarkerKind::Confront,
        "really worth",
    );
    lets_pass("Really glad you came in today.");
    lets_pass("You wonder if the diet is really worth the hassle?");
}

/// Answering the client back: "Well, you signed…" with what they did, "Yeah but…", and "Where did
/// you read that?" asked and left there (coder version 94).
#[test]
fn answering_the_client_back_confronts() {
    flagged(
        "Well you signed the agreement in March.",
        MarkerKind::Confront,
        "well you signed",
    );
    flagged(
        "well u havent even tried the new pump yet",
        MarkerKind::Confront,
        "well u havent",
    );
    flagged(
        "Loads of people say that. Where did you read that?",
        MarkerKind::Confront,
        "where did you read that",
    );
    let c = code("yeah but skipping the walks is why your sugars are up");
    assert_eq!(c.code, Code::Persuade, "{c:?}");
    // Not where "well" does not open the sentence, nor a question that goes on to ask.
    let c = code("You told her, well you signed it, and she took it badly.");
    assert!(
        !c.flags
            .iter()
            .any(|f| f.words.to_lowercase() == "well you signed"),
        "{c:?}"
    );
    assert!(
        code("Where did you hear that the patches cause nightmares?")
            .code
            .is_question()
    );
    // A reflection that agrees and then gives the other side is not a "yeah but".
    lets_pass("Yeah, you feel stuck, but part of you wants out.");
}

/// "So you'd rather…?" with a harm the client is said to prefer: more harms count since coder
/// version 95 ("struggle", "risk", "cavities", "drugs", …). A choice with no harm in it, said
/// back as a statement, is still a reflection; put as a question, the second reader has coded
/// it since version 96.
#[test]
fn a_harm_pinned_on_the_clients_choice_includes_struggling_and_risk() {
    for text in [
        "So you'd rather struggle through the pain than take the tablets?",
        "so you'd rather risk a fall than use the frame?",
    ] {
        let c = code(text);
        assert_eq!(c.code, Code::Confront, "{text:?}: {c:?}");
    }
    lets_pass("You'd rather keep your evenings free than come on Tuesdays.");
}

/// A reflection's words put as a question the second reader leans against, short and typed:
/// coded as the reader's doubt since coder version 96, even below its caution. A reflection
/// asked as a check, with nothing the reader doubts, still passes.
#[test]
fn a_reflection_put_as_a_question_the_reader_doubts_is_coded_so() {
    use reframe_core::coach::Group;
    for text in [
        "So you'd happily keep missing the bus to work?",
        "Even though the last scan showed it getting worse?",
    ] {
        let c = code(text);
        assert_eq!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
        assert!(!c.flags.is_empty(), "{text:?}: {c:?}");
    }
    for text in [
        "So you're worried the group won't fit around work?",
        "you feel like nobody listens?",
    ] {
        let c = code(text);
        assert_ne!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
    }
}

/// A reply typed the way learners type theirs (no capital, "u", "tbh", "isnt"), coded alone: the
/// second reader's doubt decides on its in-reply terms since coder version 97. The same words
/// set down with a capital and apostrophes, as a transcript or a post is, keep the doubt as a
/// caution; typed reflections still pass.
#[test]
fn a_reply_typed_as_learners_type_is_coded_by_the_readers_doubt() {
    use reframe_core::coach::{Group, WHY_READER_TYPED};
    for text in [
        "stopping the inhaler without telling anyone isnt safe",
        "the patches work way better than willpower alone tbh",
    ] {
        let c = code(text);
        assert_eq!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
        assert_eq!(c.why, WHY_READER_TYPED, "{text:?}");
        assert!(!c.flags.is_empty(), "{text:?}: {c:?}");
    }
    let c = code("Stopping the inhaler without telling anyone is not safe.");
    assert_ne!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert!(c.caution.is_some(), "{c:?}");
    for text in [
        "u feel like nobody gets how tired u are",
        "sounds like ur worn out and fed up",
    ] {
        let c = code(text);
        assert_ne!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
    }
}

/// Since coder version 98 a reply sent without a closing mark after its last word is typed as
/// learners type theirs too: coded alone, the reader's doubt decides on its in-reply terms. With
/// the full stop a transcript or a post would carry, the doubt stays a caution.
#[test]
fn a_reply_sent_without_a_closing_mark_is_typed() {
    use reframe_core::coach::{Group, WHY_READER_TYPED};
    let c = code("You did still miss two appointments last month though");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert_eq!(c.why, WHY_READER_TYPED);
    let c = code("You did still miss two appointments last month though.");
    assert_ne!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert!(c.caution.is_some(), "{c:?}");
    reflects("You feel like everyone is on at you about it");
}

/// A statement typed as learners type, put with a question mark, which the rules code a closed
/// question only for its mark: since coder version 99 the second reader's doubt decides as soon
/// as it leans against the reply at all (above 0.5). Set down with a capital, or asked as a
/// real check with nothing the reader doubts, it stays a question.
#[test]
fn a_typed_statement_with_a_question_mark_the_reader_leans_against_is_coded_so() {
    use reframe_core::coach::{Group, WHY_READER_QUESTION};
    for text in [
        "so a few biscuits a day is fine then?",
        "so the takeaways every night are working out?",
    ] {
        let c = code(text);
        assert_eq!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
        assert_eq!(c.why, WHY_READER_QUESTION, "{text:?}");
        assert!(!c.flags.is_empty(), "{text:?}: {c:?}");
    }
    for text in [
        "So it's more the waiting than the needle?",
        "so its more the waiting than the needle?",
    ] {
        let c = code(text);
        assert_eq!(c.code, Code::ClosedQuestion, "{text:?}: {c:?}");
    }
}

/// A typed reply that opens on the speaker ("I…", "Im…") but is said to the client ("…for u"):
/// since coder version 100 the second reader's doubt decides on its in-reply terms, as for any
/// typed reply written to the client. One about the speaker alone, with no "you" in it, stays
/// theirs (self-disclosure), and the same words set down with a capital and a full stop keep
/// the doubt as a caution.
#[test]
fn a_typed_reply_opening_on_the_speaker_but_said_to_the_client_is_read() {
    use reframe_core::coach::{Group, WHY_READER_TYPED};
    let c = code("I honestly think the group could help u");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert_eq!(c.why, WHY_READER_TYPED);
    let c = code("I honestly think the group could help you.");
    assert_ne!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert!(c.caution.is_some(), "{c:?}");
    for text in [
        "I can hear ur tired of being asked",
        "Im the same with sugar, cant stop once I start",
    ] {
        let c = code(text);
        assert_ne!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
    }
}

/// A typed reply that opens by carrying on a turn ("well…", "but…", "yeah…") is read on the typed
/// terms since coder version 101: learners open so to push. One that opens on "so" is not ("so"
/// opens typed reflections too), nor the same words set down as a transcript would be.
#[test]
fn a_typed_reply_opening_on_well_or_but_is_read() {
    use reframe_core::coach::{Group, WHY_READER_TYPED};
    let c = code("well the rules are the rules, ur on a curfew");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert_eq!(c.why, WHY_READER_TYPED);
    let c = code("Well, the rules are the rules, you're on a curfew.");
    assert_ne!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert!(c.caution.is_some(), "{c:?}");
    for text in [
        "well that sounds exhausting",
        "so ur worn out with it",
        "yeah it sounds like ur fed up with the whole thing",
    ] {
        let c = code(text);
        assert_ne!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
    }
}

/// The second reader's doubt decides in reply (and, coded alone, for a typed reply) below the
/// caution's threshold: above 0.8 from coder version 103, above 0.85 again since version 133
/// ([`reframe_core::coach::learned::IN_REPLY_THRESHOLD`]). A verdict on the client said as a
/// plain statement (worded after one in learners-af) is coded so, while set down alone with a
/// capital it keeps the doubt from praise only. A reply closing on a check ("…, if ive got that
/// right") is not decided by the doubt.
#[test]
fn the_readers_doubt_decides_in_reply_below_its_caution() {
    use reframe_core::coach::Group;
    let typed = "you're a bit quick to judge things you haven't tried";
    assert_eq!(code(typed).code.group(), Group::PersuadeConfront);
    let set_down = "You're a bit quick to judge things you haven't tried.";
    let alone = code(set_down);
    assert_ne!(alone.code.group(), Group::PersuadeConfront, "{alone:?}");
    assert!(alone.reserved, "{alone:?}");
    let in_reply = code_in_reply_to("I'm not doing the group.", set_down);
    assert_eq!(
        in_reply.code.group(),
        Group::PersuadeConfront,
        "{in_reply:?}"
    );
    reflects("the scrolling is addictive in a way, if ive got that right");
}

/// Since coder version 104 a sentence without a question mark whose question word opens a clause
/// the sentence then says something about is a statement: handing the choice back ("How often
/// you check your sugars is up to you"), or saying back what matters to the client. Version 103
/// coded all three below as questions. A question word followed by an auxiliary still asks, and
/// so does one with nothing said about its clause; advice after such a clause is read as advice
/// (version 103 let "you can try" pass as part of a question).
#[test]
fn a_question_word_that_heads_a_statement_does_not_ask() {
    use reframe_core::coach::Group;
    coded(
        "How often you check your sugars is up to you.",
        Code::Autonomy,
    );
    coded(
        "What happens with the tablets from here is up to you.",
        Code::Autonomy,
    );
    reflects("What matters to you is keeping your weekends free.");
    for asked in [
        "what do you think is getting in the way",
        "What kind of help is out there for you?",
        "how much is it costing you",
        "what happened after that",
        "what made it feel like i was judging you",
    ] {
        let c = code(asked);
        assert!(c.code.is_question(), "{asked:?}: {c:?}");
    }
    let c = code("What helped another client of mine was to stop, maybe you can try that.");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
}

/// Since coder version 105 the second reader clears a flag the rules raise on facts or on the
/// clinician's own judgement as it clears a phrase's flag (version 102), and from 0.1 rather
/// than 0.02: a whole statement that names a harm is as often the client's experience said back.
/// The flag stays as a doubt, and the suggested grade is 3. Facts pressed on the client still
/// argue.
#[test]
fn the_second_reader_clears_a_flag_on_facts() {
    use reframe_core::coach::Group;
    for text in [
        "The last lot of tablets made your sleep worse.",
        "Counselling last year made things worse for you.",
    ] {
        let c = code(text);
        assert_ne!(c.code.group(), Group::PersuadeConfront, "{text:?}: {c:?}");
        assert!(c.caution.is_some(), "{text:?}: {c:?}");
        assert_eq!(suggested(text).grade.value(), 3, "{text:?}");
    }
    let c = code("Smoking doubles your risk of a stroke, and cutting down now is the smart move.");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
}

/// Since coder version 106 more affirmations are told from reflections: praise opened to the
/// client ("Good on you…"), worth named in a word of its own ("That's huge"), a quality a deed
/// took ("…took nerve"), respect for what the client does. Version 105 coded these as
/// reflections or information. Thanks for telling stays other, as the read sets' writers code
/// it. A double-sided reflection that notes the client is still here stays a
/// reflection, and respect taken back by "but" still pushes.
#[test]
fn affirmations_in_words_of_their_own() {
    use reframe_core::coach::Group;
    for text in [
        "Good on you for ringing them back yourself.",
        "You stood your ground with your brother, and I really respect that.",
        "You're bringing up two boys on your own. That's huge.",
        "Walking away from that argument took nerve.",
    ] {
        coded(text, Code::Affirm);
    }
    reflects("You're not sure it's a problem, and you're still here talking about it.");
    coded("Thanks for telling me how it really went.", Code::Other);
    let c = code("I respect that, but you need to cut down.");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
}

/// Since coder version 107 a flag on facts is cleared in reply as alone (version 105), unless
/// the facts turn the client's own words round: said back without the client's "not", or with
/// one of the reply's own.
#[test]
fn in_reply_a_flag_on_facts_is_cleared_unless_it_turns_the_clients_words_round() {
    use reframe_core::coach::Group;
    let c = code_in_reply_to(
        "I went to counselling last year and it did me no good at all.",
        "Counselling last year made things worse for you.",
    );
    assert_ne!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert!(c.caution.is_some(), "{c:?}");
    for (said, reply) in [
        (
            "Vaping hasn't made anything worse for my chest.",
            "Vaping made things worse for your chest.",
        ),
        (
            "The tablets never made my sleep any worse.",
            "The last lot of tablets made your sleep worse.",
        ),
    ] {
        let c = code_in_reply_to(said, reply);
        assert_eq!(c.code.group(), Group::PersuadeConfront, "{reply:?}: {c:?}");
    }
}

/// Since coder version 108 sarcasm in a few shapes of its own is confront: a statement closed
/// with a tag that keeps its sign, a doubt of the client's source ("says who?"), the
/// "can't or won't" choice, and the bridge everyone jumps off. A tag that checks a reflection
/// with the opposite sign, and the same words inside a reflection of the client's doubt, are
/// left alone.
#[test]
fn sarcasm_in_shapes_of_its_own_confronts() {
    for (text, words) in [
        (
            "So your sister's making it all up, is she?",
            "so your sister's making it all up, is she",
        ),
        (
            "so you'll stop when the baby comes, will you?",
            "so you'll stop when the baby comes, will you",
        ),
        (
            "Sure, I'll just phone the landlord and ask him to wait, shall I?",
            "sure, i'll just phone the landlord and ask him to wait, shall i",
        ),
        ("Five a day is fine according to who?", "according to who"),
        ("Too old for it? Says who?", "says who"),
        ("Can't or won't?", "can't or won't"),
        (
            "And if your mates jumped off a bridge, would you follow them?",
            "jumped off a bridge",
        ),
    ] {
        coded(text, Code::Confront);
        flagged(text, MarkerKind::Confront, words);
    }
    lets_pass("You're worn out with all of it, aren't you?");
    lets_pass("You're not sure yet whether it's can't or won't.");
}

/// Since coder version 109 a few more ways of arguing are read: a question asked in the
/// negative that carries its own answer ("do you not think…", "did you not read…"), the
/// client's words held against them ("you said that last time"), a correction by "debunked"
/// or "disproved", a risk they have "been lucky so far" to escape, a cost called a "small price
/// to pay", and "Charming." said back. A negative question that asks to learn, and the same
/// words inside a reflection of the client's own view, are left alone.
#[test]
fn arguing_in_a_few_more_shapes_is_flagged() {
    for (text, kind, words) in [
        (
            "do u not think your nan deserves a visit?",
            MarkerKind::LeadingQuestion,
            "do u not think",
        ),
        (
            "It's on the form you signed, did you not read it?",
            MarkerKind::LeadingQuestion,
            "did you not read",
        ),
        (
            "you said that last winter and nothing changed",
            MarkerKind::Confront,
            "you said that last",
        ),
        (
            "That scare story was debunked ages ago.",
            MarkerKind::Confront,
            "debunked",
        ),
        (
            "You've been lucky so far with your chest, that's all.",
            MarkerKind::Warning,
            "lucky so far",
        ),
        (
            "A bit of stiffness is a small price to pay for walking again",
            MarkerKind::Persuade,
            "small price to pay",
        ),
        ("Charming.", MarkerKind::Confront, "charming"),
    ] {
        inconsistent_and_flagged(text, kind, words);
    }
    assert!(
        code("Did they not get on with your flatmate?")
            .code
            .is_question()
    );
    lets_pass("It feels to you like the worry about it was debunked long ago.");
    lets_pass("You see yourself as having been lucky so far.");
}

/// Since coder version 110 standing defended by numbers ("I've treated hundreds of…", "I've
/// helped loads of…"), a failure blamed on the client not keeping at it ("if you'd stuck with
/// it"), a verdict on how they think ("you're jumping to…", "pretty narrow way of…") and "why
/// are you so touchy?" are flagged. The client's own view of people jumping to conclusions is
/// left alone.
#[test]
fn standing_blame_and_verdicts_on_thinking_are_flagged() {
    for (text, kind, words) in [
        (
            "ive treated hundreds of knees so i know how this goes",
            MarkerKind::Confront,
            "ive treated hundreds",
        ),
        (
            "the tapering might have worked if you'd stuck with it",
            MarkerKind::Confront,
            "if you'd stuck with",
        ),
        (
            "you're jumping to the worst case again",
            MarkerKind::Confront,
            "you're jumping to",
        ),
        (
            "pretty narrow way of seeing your options",
            MarkerKind::Confront,
            "pretty narrow way",
        ),
        (
            "why are you so touchy about the walking plan?",
            MarkerKind::LeadingQuestion,
            "why are you so touchy",
        ),
    ] {
        inconsistent_and_flagged(text, kind, words);
    }
    lets_pass("It feels to you like people jump to conclusions about your back.");
}

/// Since coder version 111 a statement that names how hard something is for the client ("It's
/// hard to…", "its so frustrating when…") or how something feels to them ("the treadmill feels
/// like one thing too many") is a reflection, whatever facts it mentions, and the feeling
/// outweighs a strength named beside it. The clinician's own feeling, "if you feel like it",
/// and praise that only points at the moment ("even though it feels like this, that's real
/// commitment") keep their codes.
#[test]
fn how_hard_or_how_it_feels_is_a_reflection() {
    for text in [
        "It's hard to trust the plan when the last two physios changed it every week.",
        "its so frustrating when the letters from the council contradict each other",
        "The side effects feel like a bigger risk to you than the blood pressure does.",
        "You've worked hard to stay dry for a month, and it feels like nobody at home has noticed.",
        "home doesnt feel like somewhere you can rest at the moment",
    ] {
        let c = code(text);
        assert!(c.code.is_reflection(), "{text:?}: {c:?}");
        assert!(c.flags.is_empty(), "{text:?}: {c:?}");
    }
    coded(
        "You still come every week even though it feels like this, that's real commitment.",
        Code::Affirm,
    );
    assert!(
        !code("I feel like we got off on the wrong foot today.")
            .code
            .is_reflection()
    );
    assert!(
        !code("We could walk a lap of the pool today, only if you feel like it.")
            .code
            .is_reflection()
    );
}

/// Since coder version 112 where the client stands, said back, is a reflection even beside a
/// strength or a choice: their mind made up, what they want or are tired of after "and", and
/// what did not help. Praise with no stance in it stays an affirmation.
#[test]
fn where_the_client_stands_is_a_reflection() {
    for text in [
        "You've made up your mind, and you don't want a lecture about it.",
        "youve done the budgeting course twice and it didnt change anything",
        "You've worked hard to get to three a day and you want that to count.",
        "You've made your decision, and you're tired of having to defend it.",
    ] {
        let c = code(text);
        assert!(c.code.is_reflection(), "{text:?}: {c:?}");
    }
    coded(
        "You've worked really hard these last six weeks.",
        Code::Affirm,
    );
}

/// Since coder version 113 "it feels unfair to…", "trusting someone new feels risky" and the
/// like name how something feels to the client: a reflection. A feeling granted in passing by
/// praise ("…even though it feels pointless, that says…") leaves the affirmation alone.
#[test]
fn what_feels_unfair_or_risky_is_a_reflection() {
    for text in [
        "It feels unfair to be the one singled out when the whole crew does it.",
        "after being let down so often, trusting a new worker feels risky",
        "being told it's easy by someone who has never had to do it feels a bit insulting",
    ] {
        let c = code(text);
        assert!(c.code.is_reflection(), "{text:?}: {c:?}");
    }
    coded(
        "You've kept every appointment even though it feels pointless, that takes grit.",
        Code::Affirm,
    );
    coded(
        "You've kept showing up even when it felt like nothing was changing.",
        Code::Affirm,
    );
}

/// Since coder version 114 what the client did, followed by a closing clause of its own that
/// names its worth ("…, that's real commitment", "…, which can't be easy", "…, thats a big thing
/// you did"), is an affirmation, however long the first part. A closing "that's something they
/// would…" names no worth and leaves the reflection alone.
#[test]
fn a_deed_then_its_worth_is_an_affirmation() {
    for text in [
        "Walking the dog every morning, whatever the weather, that's real commitment.",
        "You've kept the tenancy going through two winters on one income, which can't be easy.",
        "u got yourself off the energy drinks on your own, thats a big thing you did",
        "You're still doing the exercises most days without any reminders, that's something.",
    ] {
        coded(text, Code::Affirm);
    }
    reflects("Your sister backs you on it, that's something she would stand by.");
}

/// Since coder version 115 advice hedged as "it couldn't hurt to…", put as what is safer or
/// the smartest move, as what is "really important" for the client to do, or as a way to see
/// it ("Think of it as…"), is flagged. "It's important you know…" gives no instruction, and a
/// client who thinks of it some way is reflected.
#[test]
fn advice_as_what_is_safer_or_important_is_flagged() {
    for (text, words) in [
        (
            "It couldn't hurt to keep a spare inhaler at work.",
            "couldn't hurt to",
        ),
        (
            "its safer to come down slowly with the nurse",
            "its safer to",
        ),
        (
            "Your best bet is to phone the landlord today.",
            "best bet is",
        ),
        (
            "Good, it's really important you go.",
            "it's really important you",
        ),
        ("Think of it as a fresh start.", "think of it as"),
    ] {
        coded(text, Code::Persuade);
        flagged(text, MarkerKind::Persuade, words);
    }
    lets_pass("You think of it as the one thing that's yours.");
    assert!(
        code("It's important you know how much your effort shows.")
            .flags
            .is_empty()
    );
}

/// Since coder version 116 "Let's just…" deciding what happens next for the client is flagged
/// ("Let's just focus on the arrears rather than who came before"). "Let's just take a breath"
/// and "let's just have a look" are left alone.
#[test]
fn lets_just_decides_for_the_client() {
    for text in [
        "Let's just focus on the rent rather than the last worker.",
        "i know its not ideal but lets just crack on",
    ] {
        coded(text, Code::Persuade);
    }
    flagged(
        "Let's just focus on the rent rather than the last worker.",
        MarkerKind::Persuade,
        "let's just",
    );
    assert!(code("ok let's just take a breath").flags.is_empty());
}

/// Since coder version 117 a few markers leave alone the words around them that make them the
/// client's: "you just want it to be fair" (not "to be fair, …"), "it's hard to be honest
/// when…", "you're sure you'll lose…", "you shouldn't have to…" (the client's sense of
/// injustice, where "you shouldn't have done that" still judges), "scared you could get…" and
/// "you want it to be real".
#[test]
fn the_clients_own_fairness_fear_and_honesty_are_not_flagged() {
    for text in [
        "you'd meet them halfway, you just want it to be fair",
        "It's hard to be honest with someone who writes everything down.",
        "You're sure you'll lose the flat if you say anything.",
        "you shouldnt have to queue two hours for a repeat prescription",
        "its scary thinking you could get sent back",
        "you'd go to a group if you wanted it to be real, not a tick box",
    ] {
        lets_pass(text);
        assert!(
            code(text).flags.is_empty(),
            "{text:?}: {:?}",
            code(text).flags
        );
    }
    for (text, kind, words) in [
        (
            "To be fair, the nurse was only doing her job.",
            MarkerKind::Confront,
            "to be fair",
        ),
        (
            "be honest, you never really tried it",
            MarkerKind::Confront,
            "be honest",
        ),
        (
            "you shouldnt have done that",
            MarkerKind::Persuade,
            "you shouldnt have",
        ),
        (
            "Stop now or you'll lose the flat.",
            MarkerKind::Warning,
            "or you'll lose",
        ),
    ] {
        flagged(text, kind, words);
    }
}

/// Since coder version 118 "So you think…" and "So you're saying…?" opening a sentence are
/// flagged: the client's view held up to be knocked down. Said back plainly ("You think…",
/// "So you're saying not yet.") it is still a reflection.
#[test]
fn so_you_think_holds_the_view_up_to_knock_it_down() {
    for (text, words) in [
        ("so you think skipping the bloods is fine", "you think"),
        (
            "So you're saying the rules are for everyone but you?",
            "you're saying",
        ),
        ("ok so u think ur the only one who's busy", "u think"),
    ] {
        coded(text, Code::Confront);
        flagged(text, MarkerKind::Confront, words);
    }
    reflects("You think the bloods are a waste of a morning.");
    reflects("You're saying you'd rather wait until after the wedding.");
}

/// Since coder version 119 the clinician's own "I don't think…" is flagged as disagreeing,
/// unless it is about the clinician ("I don't think I explained that well"), opens a space
/// ("I don't think there's a right answer") or is the client's voice said back.
#[test]
fn i_dont_think_disagrees_with_the_client() {
    for (text, words) in [
        (
            "I don't think that's quite how the letter reads.",
            "i don't think",
        ),
        (
            "i dont think u can blame the landlord for all of it",
            "i dont think",
        ),
    ] {
        coded(text, Code::Confront);
        flagged(text, MarkerKind::Confront, words);
    }
    for text in [
        "I don't think I explained the dosing very well.",
        "I don't think there's a right answer here.",
        "Part of you is going, I don't think I need any of this.",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 120 a tag asking agreement at the end of a statement (", no?", ", yes?",
/// ", eh?") is flagged: it argues with a question mark. "Yeah?" and "right?" check a reflection
/// as often ("right?" counts after an argument since version 128), and a bare "no?" or a real
/// either-or is a question.
#[test]
fn a_tag_asking_agreement_argues() {
    for (text, words) in [
        ("If you came on time we would not be rushing, no?", "no"),
        ("you know the rules about visitors, yes?", "yes"),
    ] {
        coded(text, Code::Confront);
        flagged(text, MarkerKind::Confront, words);
    }
    for text in [
        "The bingo is the one night you get out of the house, right?",
        "You'd rather hear it from her than from the nurse, yeah?",
        "no?",
        "Do you want to stop, yes or no?",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 121 what the clinician would do, said as advice ("I'd try…", "I'd
/// definitely speak to…", "I'd keep a close eye…"), is flagged. A view shared ("I'd call that
/// progress"), a wish ("I'd really like to hear…") and "what I'd try" asked about are not.
#[test]
fn what_the_clinician_would_do_is_advice() {
    for (text, words) in [
        ("I'd try walking to the shop before the bus.", "i'd try"),
        ("id definitely ring the council first", "id definitely ring"),
        ("I'd keep a close eye on his drinking.", "i'd keep"),
    ] {
        coded(text, Code::Persuade);
        flagged(text, MarkerKind::Persuade, words);
    }
    for text in [
        "Three weeks without a drink, I'd call that progress.",
        "I'd really like to hear how the week went.",
    ] {
        lets_pass(text);
        assert!(code(text).flags.is_empty(), "{text:?}");
    }
}

/// Since coder version 122 the clinician's "I'm not sure that's…" / "I'm not sure why you'd…"
/// doubts what the client said and is flagged. "I'm not sure whether / if / what / how…" and
/// "I'm not sure I…" own the clinician's uncertainty and are left alone.
#[test]
fn im_not_sure_thats_right_doubts_the_client() {
    for text in [
        "I'm not sure that's quite how the landlord would tell it.",
        "im not sure why you'd say the nurses don't care",
    ] {
        coded(text, Code::Confront);
    }
    flagged(
        "I'm not sure that's quite how the landlord would tell it.",
        MarkerKind::Confront,
        "i'm not sure",
    );
    for text in [
        "I'm not sure whether the clinic opens on Saturdays.",
        "I'm not sure I followed that, can you say more?",
        "I'm not sure what you mean by fine.",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 123 the clinician speaking for the client's family ("your kids would
/// want you around") is flagged as a lever of guilt. What the family would say, a question
/// about it, and the client's own view of it are left alone.
#[test]
fn speaking_for_the_family_argues_with_guilt() {
    for (text, words) in [
        (
            "Your grandkids would want you at the wedding, surely.",
            "your grandkids would",
        ),
        ("ur mum would be gutted if she heard that", "ur mum would"),
    ] {
        coded(text, Code::Persuade);
        flagged(text, MarkerKind::Persuade, words);
    }
    for text in [
        "What do you think your daughter would want for you?",
        "You feel your family would be better off without the worry.",
        "Your wife would say you never sit still.",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 124 "You can't just ignore it / give up…" is flagged as a lecture. The
/// client's own "can't just switch it off" or "can't just stop", said back, is left alone.
#[test]
fn you_cant_just_lectures() {
    for text in [
        "You can't just skip the bloods because the queue is long.",
        "u cant just ignore the letters",
    ] {
        coded(text, Code::Persuade);
    }
    flagged(
        "You can't just skip the bloods because the queue is long.",
        MarkerKind::Persuade,
        "you can't just",
    );
    for text in [
        "You can't just switch the worry off at night.",
        "It's like you can't just stop once you've started.",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 125 "it's not really fair to…" is flagged as a verdict and "imagine how
/// good you'll feel…" as selling the change. "I can imagine how hard that is" empathises, and
/// the client's own sense that something "isn't really fair" is reflected.
#[test]
fn really_fair_and_imagine_how_argue() {
    flagged(
        "It's not really fair to blame the nurses for the wait.",
        MarkerKind::Confront,
        "really fair",
    );
    flagged(
        "imagine how much easier the stairs would be with the walker",
        MarkerKind::Persuade,
        "imagine how",
    );
    for text in [
        "I can imagine how hard that week was.",
        "You feel it isn't really fair that the changes all land on you.",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 126 an offer to go through what the clinician knows ("Do you want me to
/// run through…?", "I can go through… if that would help?") seeks collaboration, as "would you
/// like me to" did, and "wouldn't you / it / that…?" leads. The client's wish said back, a
/// question about what to say, "I can tell you're…" and the clinician's own "I wouldn't" are
/// not.
#[test]
fn offers_to_go_through_seek_and_wouldnt_you_leads() {
    for text in [
        "Do you want me to run through what the scan looks for?",
        "want me to show you how the strips work?",
        "I can go through the side effects if that would help?",
    ] {
        coded(text, Code::Seek);
    }
    flagged(
        "Wouldn't you rather know now, while it can still be treated?",
        MarkerKind::LeadingQuestion,
        "wouldn't you",
    );
    flagged(
        "A walker would make the shops easier, wouldn't it?",
        MarkerKind::LeadingQuestion,
        "wouldn't it",
    );
    coded(
        "You want me to tell you it's fine to skip the shot.",
        Code::SimpleReflection,
    );
    coded(
        "What do you want me to tell your daughter?",
        Code::OpenQuestion,
    );
    for text in [
        "I can tell you're fed up with the leaflets.",
        "You'd rather not, and it wouldn't change much anyway.",
    ] {
        lets_pass(text);
    }
}

/// Since coder version 127 "…, then what?" and "…, is that it?" are rhetorical. The client's
/// own "and then what." said back, "Is that it for today?" and "Then what happened?" are not.
#[test]
fn then_what_and_is_that_it_are_rhetorical() {
    flagged(
        "And if the housing falls through? Then what?",
        MarkerKind::Confront,
        "then what",
    );
    flagged(
        "So the whole staff is against you, is that it?",
        MarkerKind::Confront,
        "is that it",
    );
    coded(
        "Without the tablets you're afraid you couldn't work, and then what.",
        Code::ComplexReflection,
    );
    coded(
        "Is that it for today, or is there more?",
        Code::ClosedQuestion,
    );
    coded("Then what happened after the visit?", Code::OpenQuestion);
}

/// Coder version 128: "surely" anywhere, "isn't that a bit / kind of / just…?", "…, right?"
/// after an argument, a treatment held up as "one of the safest…", "I'd hate for you to…" and
/// "I'm sure nobody…". Left alone: the client's "surely" said back, a reflection checked with
/// "right?", the clinician's own words checked ("I mean…, right?"), "one of the best decisions
/// you made", "one of the most precious parts of your week" and "one of the most common side
/// effects".
#[test]
fn surely_right_and_one_of_the_safest_push() {
    flagged(
        "You've been through harder things than a blood test, surely.",
        MarkerKind::LeadingQuestion,
        "surely",
    );
    flagged(
        "Isn't that a bit unkind to your sister?",
        MarkerKind::Confront,
        "isn't that a bit",
    );
    flagged(
        "Isn't that kind of dodging the question?",
        MarkerKind::Confront,
        "isn't that kind of",
    );
    flagged(
        "A week of mild aches is better than a stroke, right?",
        MarkerKind::Confront,
        "right",
    );
    flagged(
        "The jab is one of the safest vaccines we give, and it's been around for decades.",
        MarkerKind::Persuade,
        "one of the safest",
    );
    flagged(
        "Still, I'd hate for you to miss the chance while it's treatable.",
        MarkerKind::Persuade,
        "i'd hate for you",
    );
    flagged(
        "I'm sure nobody at the club is looking at your feet.",
        MarkerKind::Reassurance,
        "i'm sure nobody",
    );
    coded(
        "You're thinking, surely it can't be that bad.",
        Code::SimpleReflection,
    );
    coded(
        "It feels like you've just swapped one worry for another, right?",
        Code::ComplexReflection,
    );
    coded("I mean the start date, right?", Code::ClosedQuestion);
    coded(
        "Walking away was one of the best decisions you made.",
        Code::SimpleReflection,
    );
    lets_pass("Seeing the grandkids is one of the most precious parts of your week.");
    lets_pass("The allotment is the one place nobody bothers you, right?");
    coded(
        "Sleep problems are one of the most common side effects at first.",
        Code::Info,
    );
}

/// Coder version 129: "how do you know it / they…?" challenges the client's grounds, "…matters
/// more than…?" asked, "If you'd listened…" blames, "you mustn't…" advises, "not quite
/// right / fair" corrects, and more ways of handing the choice back ("is for you to say",
/// "unless you say so"). Left alone: "how do you know when…", what matters more to the client
/// said flat, and "then what" inside a sentence, which version 127 flagged.
#[test]
fn how_do_you_know_and_matters_more_than_confront() {
    flagged(
        "How do you know it was the new tablets?",
        MarkerKind::Confront,
        "how do you know it",
    );
    flagged(
        "So your weekend matters more than your heart?",
        MarkerKind::Confront,
        "matters more than",
    );
    flagged(
        "If you'd listened to the physio you'd be walking by now.",
        MarkerKind::Confront,
        "if you'd listened",
    );
    flagged(
        "You mustn't let one bad week put you off.",
        MarkerKind::Persuade,
        "you mustn't",
    );
    flagged(
        "That's not quite right, the letter came in March.",
        MarkerKind::Confront,
        "that's not quite right",
    );
    coded(
        "How much you tell your family is for you to say.",
        Code::Autonomy,
    );
    coded(
        "Nothing changes in your kitchen unless you say so.",
        Code::Autonomy,
    );
    coded(
        "How do you know when you've had enough?",
        Code::OpenQuestion,
    );
    lets_pass("Your grandkids matter more than the drink to you.");
    lets_pass("You'll decide then what to do about the job.");
}

/// Coder version 130: "it's important we…", "you'd be amazed what…", "but at least use…",
/// "better safe than sorry", "a small price", "doesn't change the / what…", "that's just the
/// science", "I doubt…", "where on earth…?", "…more important than…?" asked, and "…, and you
/// know that." closing a point. Left alone: what matters more to the client said flat, the
/// client's "small price" said back, "why on earth" in the client's view, and "…, and you know
/// it" after a sentence about the client.
#[test]
fn small_price_and_you_know_that_push() {
    flagged(
        "It's important we weigh him at every visit.",
        MarkerKind::Persuade,
        "it's important we",
    );
    flagged(
        "You'd be amazed what a ten-minute walk does.",
        MarkerKind::Persuade,
        "you'd be amazed what",
    );
    flagged(
        "Fine, but at least try the patches for a week.",
        MarkerKind::Persuade,
        "but at least try",
    );
    flagged(
        "Better safe than sorry with a chest like yours.",
        MarkerKind::Persuade,
        "better safe than sorry",
    );
    flagged(
        "A sore arm is a small price for a winter without flu.",
        MarkerKind::Persuade,
        "small price",
    );
    flagged(
        "Being annoyed with the dentist doesn't change the state of your teeth.",
        MarkerKind::Confront,
        "doesn't change the",
    );
    flagged(
        "Sugar feeds the bacteria, that's just the science.",
        MarkerKind::Confront,
        "that's just the science",
    );
    flagged(
        "I doubt the pharmacist told you that.",
        MarkerKind::Confront,
        "i doubt",
    );
    flagged(
        "Where on earth did that idea come from?",
        MarkerKind::Confront,
        "where on earth",
    );
    flagged(
        "Is the bingo more important than your lungs?",
        MarkerKind::Confront,
        "more important than",
    );
    flagged(
        "Drinking on the tablets is a real risk, and you know that.",
        MarkerKind::Persuade,
        "and you know that",
    );
    lets_pass("Your kids are more important than the drink to you.");
    lets_pass("For you the cost feels like a small price for the peace of mind.");
    lets_pass("You're wondering why on earth you agreed to come.");
    lets_pass("You've done it before, and you know it.");
    lets_pass("I doubt I'll have all the answers, but I'm glad you came.");
}

/// Coder version 131: a yes-or-no "Do you think…?" of eight words or more that offers no other
/// side leads. Left alone: a short one, one that names both sides ("…, or not really?"), and
/// "What do you think…?", which asks.
#[test]
fn a_long_do_you_think_question_leads() {
    flagged(
        "Do you think skipping the clinic is helping your sugar levels at all?",
        MarkerKind::LeadingQuestion,
        "do you think",
    );
    flagged(
        "I hear you. Do you think the school wrote to you for no reason?",
        MarkerKind::LeadingQuestion,
        "do you think",
    );
    coded("Do you think she's right?", Code::ClosedQuestion);
    coded(
        "Do you think the new tablets suit you better than the old ones, or not really?",
        Code::ClosedQuestion,
    );
    coded(
        "What do you think stops the walks from happening at the moment?",
        Code::OpenQuestion,
    );
}

/// Coder version 132: the clinician defending themselves, a denial answered in the same
/// sentence ("I'm not here to tick boxes, I'm here to help you"), and "Do you realise…?".
/// Left alone: the clinician's own uncertainty ("I'm not sure, I'm still reading about it") and
/// a denial that goes on to something else ("I'm not going anywhere, for what it's worth").
#[test]
fn im_not_this_im_that_defends() {
    flagged(
        "I'm not here to catch you out, I'm here to help you get the money.",
        MarkerKind::Confront,
        "i'm not",
    );
    flagged(
        "I'm not a cash machine, I have to check it's safe for you.",
        MarkerKind::Confront,
        "i'm not",
    );
    flagged(
        "Do you realise what that does to your liver?",
        MarkerKind::LeadingQuestion,
        "do you realise",
    );
    lets_pass("I'm not sure, I'm still reading about it.");
    lets_pass("I'm not going anywhere, for what it's worth.");
}

/// Coder version 135, from learners-ds: a flat rebuttal of the client's evidence or minimising,
/// doubt of their word, reassurance that waves the worry off, the family's wish pressed, the
/// promise that it is nicer than it looks, the case closed, and the client's good invoked.
/// The same words said back in the client's view, or asked, are left alone.
#[test]
fn rebuttals_and_pressure_from_the_stroke_clinic_set() {
    for (text, kind, words) in [
        (
            "one person living to ninety doesnt prove anything",
            MarkerKind::Confront,
            "doesnt prove anything",
        ),
        (
            "It's not nothing, the cough matters.",
            MarkerKind::Confront,
            "it's not nothing",
        ),
        (
            "I can tell you don't mean that.",
            MarkerKind::Confront,
            "you don't mean that",
        ),
        (
            "I wouldn't worry about it, we all want the same for you.",
            MarkerKind::Reassurance,
            "i wouldn't worry",
        ),
        (
            "It would mean a lot to her if you gave it a go.",
            MarkerKind::Persuade,
            "would mean a lot to her",
        ),
        (
            "The meals are nice once you try them.",
            MarkerKind::Persuade,
            "once you try them",
        ),
        (
            "The blood pressure caused it, thats why you need them.",
            MarkerKind::Persuade,
            "thats why you need",
        ),
        (
            "This is for your benefit, not mine.",
            MarkerKind::Persuade,
            "for your benefit",
        ),
    ] {
        inconsistent_and_flagged(text, kind, words);
    }
    for text in [
        "You're saying one good result doesn't prove anything.",
        "It's not nothing to you, this cough.",
        "Would it mean a lot to her if you went?",
    ] {
        lets_pass(text);
    }
}

/// Coder version 136: the second reader reads a question's words as a question's, so a question
/// that argues is coded, or at least doubted, while a real question about the same thing is
/// left alone.
#[test]
fn a_question_that_argues_is_read_as_one() {
    use reframe_core::coach::Group;
    let c = code("It's easier for you, but is it fair on her?");
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    // Set down with a capital and a full mark, alone it is at least doubted (coded since
    // version 137); in reply to the client's view, coded.
    let jab = "So you'll risk your licence for one more pint?";
    let alone = code(jab);
    assert!(
        alone.code.group() == Group::PersuadeConfront || alone.caution.is_some(),
        "{alone:?}"
    );
    let said = "It's only a pint or two after work, I'm fine to drive.";
    let heard = code_in_reply_to(said, jab);
    assert_eq!(heard.code.group(), Group::PersuadeConfront, "{heard:?}");
    for question in [
        "What would losing the licence mean for you?",
        "How did the plan go on the other nights?",
    ] {
        let c = code_in_reply_to(said, question);
        assert_eq!(c.code, Code::OpenQuestion, "{question:?}: {c:?}");
        assert!(c.caution.is_none() && !c.reserved, "{question:?}: {c:?}");
    }
}

/// Coder version 136: the ruler's question about a number the client gave ("Why a five and not
/// a two?") is not read by the second reader at all, though "why not" and "rather than" are
/// how advice is put; a question that pushes a number is still flagged by the rules.
#[test]
fn the_rulers_question_is_left_to_the_rules() {
    for question in [
        "Why a five and not a two?",
        "Why not a three, rather than a one?",
        "What would it take for a 4 to become a 6?",
    ] {
        let c = code(question);
        assert_eq!(c.code, Code::OpenQuestion, "{question:?}: {c:?}");
        assert!(c.caution.is_none() && !c.reserved, "{question:?}: {c:?}");
    }
    inconsistent_and_flagged(
        "You should be at a ten by now, shouldn't you?",
        MarkerKind::LeadingQuestion,
        "shouldn't you",
    );
}

/// Coder version 136: a transcriber's note in square brackets ("[laughs]") marks a spoken turn,
/// as a word broken off on a hyphen does, so the reader's doubt about it stays a doubt; the
/// same words typed are coded.
#[test]
fn a_note_of_how_it_was_said_marks_speech() {
    use reframe_core::coach::Group;
    let typed = code("So you're just going to wing it?");
    assert_eq!(typed.code.group(), Group::PersuadeConfront, "{typed:?}");
    let spoken = code("[laughs] So you're just going to wing it?");
    assert!(
        spoken.code.is_question() && spoken.caution.is_some(),
        "{spoken:?}"
    );
}

/// Coder version 136: a verdict on what the client does ("'Mostly' isn't good enough…"),
/// flagged by the rules even before a request to move on; in the client's view it is theirs.
#[test]
fn isnt_good_enough_is_a_verdict() {
    inconsistent_and_flagged(
        "'Mostly' isn't good enough with tablets like these.",
        MarkerKind::Confront,
        "isn't good enough",
    );
    inconsistent_and_flagged(
        "Being bored isn't a good enough reason to drop the course.",
        MarkerKind::Confront,
        "isn't a good enough",
    );
    reflects("You worry your English isn't good enough for the course.");
    // "You wonder if…" opens in the client's view, so the reader does not code what follows.
    let c = code("You wonder if the diet is really worth the hassle?");
    assert!(c.code.is_question() || c.code.is_reflection(), "{c:?}");
}

/// The reader's reason never says no rule fired when a rule underlined words that did not
/// decide the code alone: "but" in a question is flagged, and the reader codes the reply.
#[test]
fn the_readers_reason_does_not_deny_a_rules_flag() {
    use reframe_core::coach::{Group, WHY_READER_DECIDES};
    let reply = "That's handy for the money, but is it fair on your lungs?";
    let c = code(reply);
    assert_eq!(c.code.group(), Group::PersuadeConfront, "{c:?}");
    assert_eq!(c.why, WHY_READER_DECIDES, "{c:?}");
    assert!(
        c.flags.iter().any(|f| f.kind == MarkerKind::YesBut),
        "{c:?}"
    );
    assert!(!c.why.contains("no rule fired"), "{}", c.why);
    assert!(c.why.contains("no rule coded it persuade or confront"));
}

/// Coder version 138: a statement that ends by drawing the conclusion for the client, after a
/// pause and "so" (what they should do, what is worth doing, what they have no reason not to
/// do), persuades however kindly it starts. Not when the conclusion is in the client's view,
/// hands them the choice, frees them, or is the clinician's own duty.
#[test]
fn a_conclusion_drawn_for_the_client_persuades() {
    inconsistent_and_flagged(
        "The patches are the same nicotine, so there's really no reason not to give them a go.",
        MarkerKind::Persuade,
        "so there's really no reason",
    );
    inconsistent_and_flagged(
        "Most falls happen on the stairs, so that rail should go in this week.",
        MarkerKind::Persuade,
        "so that rail should",
    );
    inconsistent_and_flagged(
        "You've had the same inhaler for years, so a new one is a good idea.",
        MarkerKind::Persuade,
        "so a new one is a good idea",
    );
    inconsistent_and_flagged(
        "Every week off the drink counts, so keep going.",
        MarkerKind::Persuade,
        "so keep going",
    );
    // The client's view, their choice, a freedom, the clinician's own duty.
    lets_pass("It feels like nothing you try sticks, so there's no point.");
    lets_pass("The clinic moved the times, so you don't have to come in before work now.");
    lets_pass("The letter asks for the full hour, so I'll have to note it if you leave.");
    let c = code("It's your plan, so it should be something you actually want to do.");
    assert!(
        c.flags
            .iter()
            .all(|f| f.reason != reframe_core::markers::DRAWN_CONCLUSION),
        "{c:?}"
    );
}

/// Coder version 141: a conclusion that frees the client is left alone after any negation, not
/// only the eight words version 138 listed: "so you wouldn't have to", "so you haven't got to"
/// take something off the client rather than put it on them.
#[test]
fn a_conclusion_that_frees_the_client_after_any_negation() {
    lets_pass("The clinic moved nearer, so you wouldn't have to take two buses now.");
    lets_pass("The results came back clear, so you haven't got to go back until spring.");
    lets_pass("You booked the scan early so you wouldn't have to lie awake all week.");
    // Still a conclusion drawn for the client when nothing frees them.
    inconsistent_and_flagged(
        "The clinic moved nearer, so you would have to come every week now.",
        MarkerKind::Persuade,
        "so you would have to",
    );
}

/// Coder version 144: reproach, sarcasm and maxims that the learners of the sets written blind
/// to be read since version 142 typed and nothing caught, in our own words here. Each is
/// excused when it is the client's view or someone's words said back. Version 145 narrowed
/// them (and version 49's "did you actually", which flagged an open question) after a review
/// found reflections they flagged.
#[test]
fn reproach_sarcasm_and_maxims_from_the_fresh_read_sets() {
    for (reply, words) in [
        (
            "The tablets won't take themselves, be serious.",
            "be serious",
        ),
        (
            "You're making this a bigger deal than it is.",
            "you're making this a bigger deal",
        ),
        ("Quitting now is the easy option.", "is the easy option"),
        (
            "That's old thinking, lots of people use counselling now.",
            "that's old thinking",
        ),
        (
            "We went over this last week, the rules haven't changed.",
            "we went over this",
        ),
        ("You're being a bit of a martyr about it.", "martyr"),
        ("Fine, sulk then.", "sulk then"),
        ("Do I look like I've got all day?", "do i look like"),
        ("Was he a doctor? Didn't think so.", "didn't think so"),
        (
            "Avoiding the scales is part of the illness.",
            "part of the illness",
        ),
    ] {
        inconsistent_and_flagged(reply, MarkerKind::Confront, words);
    }
    for (reply, words) in [
        ("Better a sore arm than a week in bed.", "better a"),
        ("A second opinion never hurt anybody.", "never hurt anybody"),
    ] {
        inconsistent_and_flagged(reply, MarkerKind::Persuade, words);
    }
    // The client's view, or someone's words said back.
    lets_pass("It's hard to be serious about it when it feels like a joke.");
    lets_pass("You think you're making a big deal of nothing.");
    lets_pass("Part of you wants the easy way out, and part of you wants to see it through.");
    lets_pass("You didn't think so at the time.");
    lets_pass("You worry the staff will say it's part of the illness.");
    // Coder version 145: reflections a review found version 144's first forms flagged.
    for reflection in [
        "He'd never hurt anybody, so you can't see why the school is worried.",
        "You catch the old thinking sooner now, and that gives you some hope.",
        "You've come to see the cravings as part of the illness rather than a weakness.",
        "It'll be serious if you lose your licence, and that's what worries you most.",
        "The bleeding may be serious, and you came in straight away.",
        "He'll sulk for days if you take the console away.",
        "Didn't think so at first, but now you can see it's affecting your sleep.",
        "Dropping out would be the easy option, and you're not someone who takes it.",
        "What did you actually like about the group?",
    ] {
        lets_pass(reflection);
    }
    inconsistent_and_flagged(
        "How long did you actually try it for?",
        MarkerKind::Confront,
        "did you actually",
    );
}

/// Coder version 143: a conclusion inside double quotes is someone else's, reported, as the scan
/// has treated quoted words since version 39. Version 142 flagged both reported replies below
/// ("so you should", "so you need to"). A conclusion the clinician draws outside the quotes is still flagged, and so is
/// a reply typed wholly inside quotes (the clinician's own words).
#[test]
fn a_conclusion_inside_quotes_is_reported_not_drawn() {
    let reported = [
        "Your mum keeps telling you \"you are ill, so you should rest\".",
        "Your GP keeps saying \"you are run down, so you need to rest\", and you are sick of it.",
    ];
    for text in reported {
        lets_pass(text);
        assert!(
            code(text)
                .flags
                .iter()
                .all(|f| f.reason != reframe_core::markers::DRAWN_CONCLUSION),
            "{text:?}"
        );
    }
    inconsistent_and_flagged(
        "Your mum says \"rest more\", and she is right, so the sooner the better.",
        MarkerKind::Persuade,
        "so the sooner the better",
    );
    let own = code("\"You are ill, so you should rest.\"");
    assert_eq!(
        own.code.group(),
        reframe_core::coach::Group::PersuadeConfront,
        "{own:?}"
    );
}

/// Coder version 138: "The thing is, …" opening a sentence sets up the clinician's
/// counter-argument. The second reader may still clear it on a reply it is all but certain
/// reflects ("The thing is, you've been let down by services before.").
#[test]
fn the_thing_is_sets_up_a_counter_argument() {
    inconsistent_and_flagged(
        "The thing is, the tablets only work if you take them every day.",
        MarkerKind::Confront,
        "the thing is",
    );
    let c = code("The thing is, you've been let down by services before.");
    assert!(c.code.is_reflection(), "{c:?}");
    assert_eq!(
        c.caution.as_ref().map(|f| f.words.as_str()),
        Some("The thing is")
    );
    // Not inside a sentence: "the thing is heavy" names a thing.
    lets_pass("You said the thing is too heavy to carry up the stairs.");
}

/// Coder version 139: an order that opens a clause after a pause ("You're not a failure, don't
/// talk about yourself like that") is an order, as one opening the sentence is; not a "don't"
/// whose subject was only dropped, nor a tag.
#[test]
fn an_order_after_a_pause_is_an_order() {
    inconsistent_and_flagged(
        "You're not a failure, don't talk about yourself like that.",
        MarkerKind::Persuade,
        "don't",
    );
    lets_pass("You keep at it, don't want to let anyone down.");
    lets_pass("You're doing it for the kids, don't get me wrong, it's a lot.");
    let c = code("It wears you down, don't you think?");
    assert!(
        c.flags.iter().all(|f| f.words != "don't"),
        "a tag is not an order: {c:?}"
    );
}

/// Coder version 139: two more conclusions drawn for the client ("…, so the sooner the
/// better", "…, so this is the better option"), and what the client's words are really for
/// ("just a way of not facing it", "the easy way out"), except in the client's view. "…, so it
/// makes sense to start there" follows the client's priority and is left alone (a model
/// answer).
#[test]
fn more_conclusions_and_motives() {
    inconsistent_and_flagged(
        "Every week you wait it gets harder, so the sooner the better.",
        MarkerKind::Persuade,
        "so the sooner the better",
    );
    inconsistent_and_flagged(
        "It stays off your record this way, so this is the better option.",
        MarkerKind::Persuade,
        "so this is the better option",
    );
    inconsistent_and_flagged(
        "Skipping the group is just a way of not facing it.",
        MarkerKind::Confront,
        "a way of not",
    );
    inconsistent_and_flagged(
        "Leaving now would be the easy way out.",
        MarkerKind::Confront,
        "the easy way out",
    );
    lets_pass("You worry that stopping the tablets is the easy way out.");
    lets_pass("Losing your flat is the urgent thing right now, so it makes sense to start there.");
}

/// Coder version 150: a sentence closing on "have it" ("…nobody can make you have it") ends on a
/// verb and its object, not a tag: no tag pairs "have" with "it". A negative statement closed by
/// a real tag, typed with or without its comma, still leads.
#[test]
fn have_it_closing_a_sentence_is_not_a_tag() {
    lets_pass("you're saying nobody can make you have it");
    lets_pass("so you don't want to have it");
    flagged(
        "that isn't really under control is it",
        MarkerKind::LeadingQuestion,
        "that isn't really under control is it",
    );
    flagged(
        "you haven't tried it, have you?",
        MarkerKind::LeadingQuestion,
        "you haven't tried it, have you",
    );
}

/// Coder version 151, from the read probes of false flags (regional spoken English), as narrowed
/// by version 152 after two reviews: advice after others' words denied, and the clinician asking
/// to be told at the end of a sentence, are not pushes by the rules.
#[test]
fn denied_advice_and_a_request_to_be_told_are_not_pushed_by_the_rules() {
    use reframe_core::coach::code_by_rules;
    for reply in [
        "Nobody's saying you have to stop, that's up to you",
        "No one is saying you need to give it all up at once.",
        "you're dead right, I haven't, so you'll have to tell me",
        "I've never worked on the boats, so you'll have to tell me.",
        "You'll have to bear with me.",
        "you'll have to explain it to me",
    ] {
        let c = code_by_rules(reply);
        assert!(c.flags.is_empty(), "{reply:?}: {c:?}");
    }
}

/// Two reviews of coder version 151 wrote MI-inconsistent replies that used its excuses (someone
/// else's words, the client's view closing a sentence, pride, a request to be told, an
/// obligation given as a reason, a question offering a choice) to slip through. Version 152
/// keeps only the two that none of them got past, and flags them all as version 150 did.
#[test]
fn the_excuses_of_version_151_do_not_clear_a_push() {
    for (reply, kind, words) in [
        (
            "I keep saying you need to stop drinking.",
            MarkerKind::Persuade,
            "you need to",
        ),
        (
            "People keep saying you should quit, and I agree with them.",
            MarkerKind::Persuade,
            "you should",
        ),
        (
            "Your doctor is saying you need to stop and he's right.",
            MarkerKind::Persuade,
            "you need to",
        ),
        (
            "We keep saying you're being manipulative.",
            MarkerKind::Confront,
            "you're being manipulative",
        ),
        (
            "Your mum's making out you're an addict, and she's right, you are an addict.",
            MarkerKind::Confront,
            "addict",
        ),
        (
            "It's not a big deal, you reckon? Come off it.",
            MarkerKind::Reassurance,
            "not a big deal",
        ),
        (
            "You have to stop drinking, you heard the doctor.",
            MarkerKind::Persuade,
            "you have to",
        ),
        (
            "You need to stop, you reckon. Finally some sense.",
            MarkerKind::Persuade,
            "you need to",
        ),
        (
            "You should be pleased you didn't kill anyone.",
            MarkerKind::Persuade,
            "you should be",
        ),
        (
            "You should be so proud of how much you drank last night.",
            MarkerKind::Persuade,
            "you should be",
        ),
        (
            "I need you to tell me how you're going to quit.",
            MarkerKind::Persuade,
            "i need you to",
        ),
        (
            "You'll have to tell me how you're going to quit.",
            MarkerKind::Persuade,
            "you'll have to",
        ),
        (
            "You're going to have to show me you can stay off it.",
            MarkerKind::Persuade,
            "you're going to have to",
        ),
        (
            "You'll have to tell me, and then you'll stop.",
            MarkerKind::Persuade,
            "you'll have to",
        ),
        (
            "You'll quit because you have to, end of story.",
            MarkerKind::Persuade,
            "you have to",
        ),
        (
            "Would sobriety suit you better?",
            MarkerKind::Persuade,
            "suit you better",
        ),
        (
            "you'll have to tell your boss eventually",
            MarkerKind::Persuade,
            "you'll have to",
        ),
    ] {
        inconsistent_and_flagged(reply, kind, words);
    }
}

/// Coder version 153: a contrast ("but", "though", "yet"…) after a frame of the client's view
/// starts the clinician's own clause, comma or not, so a push after it is the clinician's: the
/// commonest way a verdict hides in a sentence shaped like a reflection. A double-sided
/// reflection whose second side is framed again, or holds no push, is left alone.
#[test]
fn a_push_after_but_is_the_clinicians_own() {
    for (reply, kind, words) in [
        (
            "You feel like it helps, but it's killing you.",
            MarkerKind::Warning,
            "it's killing you",
        ),
        (
            "You feel in control but you're fooling yourself.",
            MarkerKind::Confront,
            "fooling yourself",
        ),
        (
            "You think you're just a social drinker but you're an alcoholic.",
            MarkerKind::Confront,
            "alcoholic",
        ),
        (
            "You're not sure you can quit but you've got to try.",
            MarkerKind::Persuade,
            "you've got to",
        ),
        (
            "You feel stuck, but you ought to try the group.",
            MarkerKind::Persuade,
            "you ought to",
        ),
    ] {
        inconsistent_and_flagged(reply, kind, words);
    }
    lets_pass(
        "Part of you wants to stop, but part of you feels you have to keep going for your mates.",
    );
    lets_pass("You feel you have to be there for your mum, but it's wearing you out.");
    lets_pass(
        "You said you'd like to cut back, but you're worried you'll have to give up the darts.",
    );
    // A frame after the contrast holds what follows it (coder version 156: "you've been
    // thinking", found missing by a review of version 153).
    lets_pass(
        "You feel like nobody gets it, but you've been thinking it's time to talk to someone.",
    );
    flagged(
        "You've been thinking it's fine, but it's killing you.",
        MarkerKind::Warning,
        "it's killing you",
    );
}

/// Coder version 154: agreeing with someone whose push the rules excused as their words ("your
/// boss says you're lazy and he's dead right", "…and honestly so do I") makes the push the
/// clinician's. Agreeing with praise, doubting the other person, or the client's own view of
/// whether they are right is left alone.
#[test]
fn agreeing_with_a_reported_push_is_the_clinicians_own() {
    for (reply, words) in [
        (
            "Your boss says you're lazy and he's dead right.",
            "he's dead right",
        ),
        (
            "Your mum thinks you're an alcoholic and honestly so do I.",
            "so do i",
        ),
        (
            "The doctor says you should stop, and I agree with him.",
            "i agree with him",
        ),
        (
            "your mum says ur an addict and shes right tbh",
            "shes right",
        ),
    ] {
        inconsistent_and_flagged(reply, MarkerKind::Confront, words);
    }
    lets_pass("Your mum says you're doing really well, and she's right.");
    lets_pass("Your doctor says you need to stop, and you're not convinced she's right.");
    lets_pass("Your wife says you should rest more, and you think she's right.");
    lets_pass("Your GP says you need to cut down, and you're worried he's right.");
    // The client's agreement, reported (coder version 155, after a review of version 154).
    lets_pass("Your doctor says you need to cut down, and you told me he's right.");
    lets_pass("Your doctor says you need to cut down, and you admitted he's right.");
}
