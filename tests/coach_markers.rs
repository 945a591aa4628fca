//! The marker list (docs/mi.md, "What makes a reply MI-inconsistent") on the statements it must catch and the good MI statements
//! it must leave alone; the curriculum test relies on both halves.

use reframe_core::markers::{MarkerKind, find_markers};

fn kinds(text: &str) -> Vec<MarkerKind> {
    find_markers(text).into_iter().map(|h| h.kind).collect()
}

#[track_caller]
fn fires(text: &str, kind: MarkerKind) {
    let found = kinds(text);
    assert!(
        found.contains(&kind),
        "{text:?} should carry {kind:?}, found {found:?}"
    );
}

/// The reply may carry other notes (a plain "but", say), but none of these kinds.
#[track_caller]
fn lacks(text: &str, kinds: &[MarkerKind]) {
    let found = find_markers(text);
    assert!(
        found.iter().all(|m| !kinds.contains(&m.kind)),
        "{text:?} should carry none of {kinds:?}, found {found:?}"
    );
}

#[track_caller]
fn clean(text: &str) {
    let found = find_markers(text);
    assert!(
        found.is_empty(),
        "{text:?} should carry no marker, found {found:?}"
    );
}

#[test]
fn advice_without_permission() {
    use MarkerKind::Persuade;
    fires("You should really cut down.", Persuade);
    fires("you need to stop drinking before work", Persuade);
    fires("Honestly, you have to quit.", Persuade);
    fires("Why don't you just try nicotine patches?", Persuade);
    fires("You'd better start taking your meds.", Persuade);
    // Typed without the comma after "if"/"when"/"next time", the order still counts; the
    // client doing it ("you just go quiet") is a reflection.
    fires("next time he starts just walk out of the room", Persuade);
    clean("when she starts you just go quiet");
    fires("You must take this seriously.", Persuade);
    fires("Try going one weekend without it.", Persuade);
    fires("So just stop buying scratch cards.", Persuade);
    fires("Have you thought about going to a meeting?", Persuade);
    fires("have you considered a nicotine patch", Persuade);
    fires("YOU SHOULD", Persuade);
    fires("Youd better listen to the judge", Persuade);
}

#[test]
fn reflections_of_the_clients_own_must_are_not_advice() {
    clean("You feel you have to be the one holding it all together.");
    clean("Your boss says you have to cut back, and you're not convinced.");
    clean("It sounds like you have to be on top of everything at once.");
    clean("Everyone keeps telling you that you need to quit.");
    clean("Part of you thinks you should stop, and part of you isn't ready.");
}

#[test]
fn warnings_labels_and_confrontation() {
    fires(
        "If you keep drinking like this, you'll lose your license.",
        MarkerKind::Warning,
    );
    fires(
        "If you don't take your pills you're going to end up back in hospital.",
        MarkerKind::Warning,
    );
    fires("You're in denial.", MarkerKind::Confront);
    fires(
        "That's just an excuse, and excuses won't help.",
        MarkerKind::Confront,
    );
    fires("Let's be real here.", MarkerKind::Confront);
    fires("Be honest with yourself.", MarkerKind::Confront);
    fires("You sound like an alcoholic to me", MarkerKind::Confront);
    fires(
        "Face the facts: gambling is ruining you.",
        MarkerKind::Confront,
    );
    clean("Your wife calls you an alcoholic, and that word stings.");
    clean("You don't see yourself as an addict.");
    clean("If you don't want to talk about it today, that's fine.");
}

#[test]
fn yes_but_and_the_word_but() {
    fires("I hear you, but you still need help.", MarkerKind::YesBut);
    fires(
        "You enjoy smoking, but it's costing you your health.",
        MarkerKind::YesBut,
    );
    fires("But it's killing you.", MarkerKind::YesBut);
    fires(
        "That's true. However, your liver disagrees.",
        MarkerKind::YesBut,
    );
    fires("Actually, cannabis is addictive.", MarkerKind::YesBut);
    clean("You put butter on everything and love it.");
    clean("It's not the drinking that bothers you but the nagging.");
    clean("Not because anyone told you to, but because you want to.");
    clean("However you decide to handle it, it's your call.");
    clean("You haven't decided yet.");
}

#[test]
fn leading_and_stacked_questions() {
    fires(
        "Don't you think it's time to cut back?",
        MarkerKind::LeadingQuestion,
    );
    fires(
        "Wouldn't you agree that it's a problem?",
        MarkerKind::LeadingQuestion,
    );
    fires(
        "What happened? Why did you go back? Who was there?",
        MarkerKind::StackedQuestions,
    );
    clean("What would you like to focus on today?");
    // A rhetorical question opens with "would you…"; asking what the client wants does not.
    fires(
        "Would you want your kids to see you like this?",
        MarkerKind::Confront,
    );
    clean("What would you want your evenings together to be like?");
}

#[test]
fn reassurance_and_quick_fixes() {
    fires("Don't worry, it'll be fine.", MarkerKind::Reassurance);
    fires(
        "Here's what you do: throw out the lighters.",
        MarkerKind::Persuade,
    );
    fires("I'm sure you'll do great.", MarkerKind::Reassurance);
    fires("You could find a group near you.", MarkerKind::Persuade);
    let hits = find_markers("Don't worry about it.");
    assert_eq!(hits.len(), 1, "one hit, not also an imperative: {hits:?}");
}

#[test]
fn good_mi_statements_carry_nothing() {
    clean(
        "Part of you wants to keep things as they are, and part of you is worried about your kids.",
    );
    clean("It's your call.");
    clean("It's up to you what we talk about today.");
    clean("Tell me more about what a good week looks like.");
    clean("Take your time.");
    clean("You came back even after a hard week.");
    clean("Being here wasn't your idea. How we use the hour is still up to you.");
    clean("It's been a real help on hard days, and you're here wondering what it's costing you.");
    clean("What would it take for you to feel ready?");
    clean(
        "Drinking is the one thing that helps you unwind, and you're tired of people lecturing you.",
    );
    clean("It's important to you that your kids see you at their games.");
    clean("You try to keep the peace at home.");
    // "you could find" is advice at the head of a sentence, not in "every angle you could find".
    clean("You've looked into this properly, from every angle you could find.");
}

#[test]
fn hits_carry_span_words_and_reason() {
    let text = "Well, you should quit.";
    let hits = find_markers(text);
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(&text[hit.span.clone()], "you should");
    assert_eq!(hit.words, "you should");
    assert!(!hit.reason.is_empty());
    assert!(MarkerKind::from_id(hit.kind.id()) == Some(hit.kind));
}

#[test]
fn siding_with_the_people_who_push_the_client_is_a_confrontation() {
    fires(
        "Sounds like your daughter is worried for good reason.",
        MarkerKind::Confront,
    );
    fires(
        "Well, if it's affecting your work, the board has a point.",
        MarkerKind::Confront,
    );
    fires("She's right to worry about the baby.", MarkerKind::Confront);
    // Reported, it is the other person's view, and a reflection of it.
    clean("Your wife says she has good reasons to worry, and you feel ganged up on.");
    clean("You have your reasons for keeping Saturdays as they are.");
}

#[test]
fn correcting_by_contrast_is_a_confrontation_unless_it_is_the_clients_view() {
    fires(
        "Reading about anxiety isn't the same as doing the work in therapy.",
        MarkerKind::Confront,
    );
    fires("Natural doesn't mean it's safe.", MarkerKind::Confront);
    fires(
        "Cannabis only masks the problem underneath.",
        MarkerKind::Confront,
    );
    fires(
        "The benefits far outweigh a bit of muscle pain.",
        MarkerKind::Confront,
    );
    // Said back as the client's own view, it is a reflection.
    clean("You feel that reading about it isn't the same as living it.");
}

#[test]
fn defending_the_helpers_standing_is_a_confrontation() {
    fires(
        "I'm fully qualified, so I do know what I'm doing.",
        MarkerKind::Confront,
    );
    fires(
        "I've worked with hundreds of people in your position.",
        MarkerKind::Confront,
    );
    fires("My age isn't relevant here.", MarkerKind::Confront);
    // The client's doubt said back is a reflection, not a defence.
    clean("You're wondering whether someone my age could understand what this is like.");
}

#[test]
fn telling_the_client_what_will_not_work_is_a_warning() {
    fires("Skipping meals won't help your mood.", MarkerKind::Warning);
    // The client's own words about what does not help are theirs to say, and being open about
    // the limits of confidentiality is not a threat.
    clean("You've found that talking about it hasn't helped so far.");
    clean("So the drinking isn't helping your sleep.");
    clean("If you tell me someone is at risk, I'll have to report it.");
}

#[test]
fn a_tautology_a_lecturing_you_know_and_a_harm_pressed_with_actually() {
    fires(
        "Stress is stress, whatever job you do.",
        MarkerKind::Confront,
    );
    fires(
        "Vaping is still bad for growing lungs, you know.",
        MarkerKind::Persuade,
    );
    fires(
        "Weed actually ruins the deep sleep you need.",
        MarkerKind::Persuade,
    );
    // A speaker starting again is not a tautology, a lone slogan may be the client's own, and
    // "you know" about the client or the speaker is a filler.
    clean("Is that- is that about your sister?");
    clean("Love is love.");
    clean("You've tried so hard with him, you know.");
    clean("I can see why it matters to you, you know.");
    // Framed as the client's view it is theirs.
    clean("You feel that a drink is a drink, whatever anyone says.");
}

#[test]
fn a_negative_statement_with_a_tag_leads_and_others_who_manage_are_pressure() {
    fires(
        "Three hours' sleep isn't really resting, is it?",
        MarkerKind::LeadingQuestion,
    );
    fires(
        "Plenty of parents manage a full-time job without a drink every night.",
        MarkerKind::Persuade,
    );
    // A tag that checks a reflection, and others who find it hard too, are fine.
    clean("You're worn out by the night shifts, aren't you?");
    clean("Many people find the first week without a drink the hardest.");
}

#[test]
fn siding_diagnosing_blaming_past_choices_and_conditions_on_the_help() {
    use MarkerKind::{Confront, LeadingQuestion, Persuade};
    fires("Your GP wouldn't refer you without good reason.", Confront);
    fires("Losing interest is a classic sign of burnout.", Confront);
    fires("Nobody forced you. That was your decision.", Confront);
    fires(
        "The breathing exercises only work if you do them daily.",
        Persuade,
    );
    fires(
        "Doesn't that tell you something about the betting?",
        LeadingQuestion,
    );
    fires(
        "I'm not lecturing, I'm just worried about your liver.",
        Confront,
    );
    // The client's own choice, going forward or in coming today, is autonomy, not blame.
    clean("It's your decision what happens next.");
    clean("Coming in today was your choice.");
    clean("You feel you were sent here without a reason.");
    clean("You see the tiredness as a sign of getting older.");
}

#[test]
fn actually_inside_a_reflection_is_not_a_correction() {
    // "Actually" leading into a gerund is an adverb in the clause, not a correction.
    clean("So actually being listened to is what matters most to you.");
    // Inside the client's surprise, "it is actually" is their discovery, not a dispute.
    clean("It's surprising to you that something you enjoy is actually costing you sleep.");
    // Opening a sentence on its own, it still corrects.
    fires("Actually, that isn't how it works.", MarkerKind::YesBut);
}

#[test]
fn warnings_without_youll_and_promises() {
    fires(
        "Skipping breakfast will only make the cravings stronger.",
        MarkerKind::Warning,
    );
    fires(
        "Pre-diabetes turns into diabetes if you don't act.",
        MarkerKind::Warning,
    );
    fires(
        "Stick with it and you'll feel the difference.",
        MarkerKind::Reassurance,
    );
    fires(
        "She's right to be cross about the money.",
        MarkerKind::Confront,
    );
    // The client's own fear of it getting worse is theirs.
    clean("You feel that talking will only make it worse.");
    clean("You're right to be proud of those six weeks.");
    clean("What actually increases the cravings for you?");
    clean("We can change the subject if you'd like.");
    clean("Not everyone can manage that, and you did.");
}

#[test]
fn tags_with_a_full_stop_labels_on_the_source_sarcasm_and_false_comfort() {
    use MarkerKind::{Confront, LeadingQuestion, Persuade, Reassurance, Warning};
    fires(
        "That isn't really a night off though, is it.",
        LeadingQuestion,
    );
    // Typed without its comma, in a statement, it is still a tag; "…do it", "…are there" and a
    // question word before the "is it" are not.
    fires("thats not really cutting down is it", LeadingQuestion);
    fires("u cant keep doing nights like that can u", LeadingQuestion);
    clean("You feel like you can't ever do it.");
    clean("You don't like how things are there.");
    clean("You're not sure how bad it is.");
    fires("That's the drink talking.", Confront);
    fires("You found time for the pub, I bet.", Confront);
    fires("That's a bit short-sighted.", Confront);
    fires("We'll have you back on your feet in no time.", Reassurance);
    fires("You just have to push through the first week.", Persuade);
    fires(
        "If you don't take the tablets, you're risking a stroke.",
        Warning,
    );
    // A negation in an earlier clause does not make a later tag leading.
    clean("If you don't have the job, your confidence drops, is that right?");
    // A tag on a positive clause checks a reflection; warmth closed with "you know" or "I bet"
    // is not a lecture or a jibe; "good talking" names no source.
    clean("Your family is important to you, is it?");
    clean("You want things to be different, do you?");
    clean("That took real courage, you know.");
    clean("That must have been really hard, I bet.");
    clean("It's been really good talking.");
}

#[test]
fn idioms_of_pressure_promises_and_doubt() {
    use MarkerKind::{Confront, Persuade, Reassurance, Warning};
    fires("You say that now, but wait till you're fifty.", Warning);
    fires(
        "Since you're here, you might as well give it a go.",
        Persuade,
    );
    fires(
        "Once the weather turns you'll feel loads better.",
        Reassurance,
    );
    fires("You'll settle in fine, you'll see.", Reassurance);
    fires(
        "Other kids your age manage their homework and football.",
        Persuade,
    );
    fires(
        "That's what you said about the energy drinks last month.",
        Confront,
    );
    fires(
        "Stopping is the best thing you can do for your lungs.",
        Persuade,
    );
    // Framed as the client's hope or view, the same words are theirs.
    clean("You hope you'll feel better once the court case is over.");
    clean("You see your doctor next week and you'll see what she says.");
}

/// Words that are advice, pressure or a verdict when said to the client are part of the
/// client's picture inside a longer phrase: others named after a preposition ("same as everyone
/// else"), a modal in a clause about the client ("everything you've got"), and how the
/// client is treated ("like it's your fault"). The same words said to the client still count.
#[test]
fn advice_words_inside_the_clients_picture() {
    use MarkerKind::{Confront, Persuade};
    clean("a few beers after work, same as everyone else");
    clean("Kind of annoying, being the one who gets grief for something everyone does.");
    clean("After a full day for everyone else, the late hours are the only bit that's yours.");
    clean("You're giving everything you've got to the family, and it doesn't feel seen.");
    clean("The school keeps ringing you like it's your fault.");
    clean("every call feels like theyre pointing the finger at u, like its ur fault");
    fires("Everyone else manages to get in on time.", Persuade);
    fires(
        "Lots of people your age use one, it's nothing to be ashamed of.",
        Persuade,
    );
    fires(
        "Thirty years is exactly why you need to take this seriously now.",
        Persuade,
    );
    fires(
        "scratch cards have awful odds, youd be better off saving the money",
        Persuade,
    );
    fires("sounds like denial to me", Confront);
    fires("Sounds like you're minimising it a bit there.", Confront);
    fires("It's your fault the kids are upset.", Confront);
}

/// A statement closed with "though" sets the clinician's point against the client's; inside a
/// frame of the client's view it is still theirs.
#[test]
fn a_closing_though_argues() {
    use MarkerKind::Confront;
    fires("You remember your phone every day though.", Confront);
    fires("Missing school to game is a problem, though.", Confront);
    fires(
        "football was exciting before u started betting tho",
        Confront,
    );
    clean("You feel it helps though");
    clean("Though it's hard, you keep turning up.");
    // The same "though" closing a clause inside the sentence, before a pause. Going on with
    // "and" it holds both sides, and after "I" it is the clinician's own doubt.
    fires("ur sister isnt the one paying tho, u are", Confront);
    clean("Work's been brutal lately though, and the wine is how you switch off.");
    clean("I might have this wrong though, so tell me if I do.");
    clean("It's been a tough year, though, with the redundancy and your dad's illness.");
    clean("its a lot tho, juggling probation n work n ur little one");
    fires(
        "Cutting back is a start, though, the real change is stopping.",
        Confront,
    );
    fires("the tablets are safe tho, millions take them", Confront);
    // A concession, a comparison, a clause of time, or the client's own view stay clean.
    clean("Even though it's hard, you keep turning up.");
    clean("It feels as though nobody listens, and that hurts.");
    clean("Before the new job, though, when the hours were shorter, what did evenings look like?");
    clean("You feel it's pointless though, and you're tired of being asked.");
    // About someone else it is still the clinician's point; only their reported words, or an
    // affirmation in the reply, excuse it.
    fires("ur dad doesnt buy the cans tho", MarkerKind::YesBut);
    // Its reason speaks of the "though" the learner typed, not of a "but" they did not.
    let found = find_markers("ur dad doesnt buy the cans tho");
    assert!(
        found
            .iter()
            .all(|m| m.reason.contains("though") && !m.reason.starts_with("\"But\"")),
        "{found:?}"
    );
    fires("She's only trying to help, though.", Confront);
    clean("ur mum says ur fine tho");
    clean("binning the vape was a real step tho. you did that");
}

/// The people who push the client defended by what they must have had in mind, and advice with
/// an intensifier; a caring reframe of the same shape and the client's own view stay clean.
#[test]
fn siding_by_the_pushers_reasons() {
    use MarkerKind::{Confront, Persuade};
    fires(
        "Your doctor wouldn't prescribe them if they did nothing.",
        Confront,
    );
    fires("ur parents wouldnt of booked it if u were fine", Confront);
    fires(
        "Well, HR must have seen something that worried them.",
        Confront,
    );
    fires("she must have a good reason to say that", Confront);
    fires(
        "I'd strongly suggest setting an alarm on your phone.",
        Persuade,
    );
    clean("She wouldn't have come if she didn't care about you.");
    clean("You feel your doctor wouldn't listen even if you asked.");
    clean("He must have been scared.");
}

/// "If you know, why…?" grants the client's point only to turn it against them; a "why" that
/// comes first, or one that names a reason, is left alone.
#[test]
fn granted_then_why_confronts() {
    use MarkerKind::Confront;
    fires("If you know the risks, why are you still vaping?", Confront);
    fires("if ur so sure its fine why did u come", Confront);
    fires(
        "If it only happened once, how come you're on a course?",
        Confront,
    );
    clean("Why might you want to cut down, if you decided to?");
    clean("If you'd like, we could look at why the evenings are harder.");
    clean("If it feels awkward, that's worth noticing: why you hold back matters.");
    // Permission, a guess or a musing before the "why" asks.
    clean("If you don't mind me asking, why did you decide to come in today?");
    clean("If you had to guess, why do you think your partner is so worried?");
    clean("If you think about it, how come that worked for you back then?");
    clean("If you'd rather, we can leave the why. Is there something else on your mind?");
}

/// Defending what the clinician did or meant confronts; not being sure, not having been there,
/// an apology for saying it badly, or a defence that hands the choice back are left alone.
#[test]
fn defending_what_the_clinician_meant_confronts() {
    use MarkerKind::Confront;
    fires("I wasn't judging you, I was only asking.", Confront);
    fires("i wasnt having a go, calm down", Confront);
    fires("I never said you were lazy.", Confront);
    fires("I didn't say that. You're twisting it.", Confront);
    clean("I wasn't sure what you meant by that.");
    clean("I wasn't there, so help me picture it.");
    clean("I didn't say that very well. What I meant was it's your decision.");
    clean("I wasn't going to tell you what to do; it's your call.");
    // What a reviewer found misfiring: owning a mistake, telling the client something else,
    // and a hand-back that is negated.
    clean("I wasn't listening properly just then, and I'm sorry.");
    clean("I wasn't surprised you pushed back; anyone would after being told what to do.");
    for reply in [
        "I wasn't going to bring it up, but you mentioned your health. Is that okay to talk about?",
        "I never said it out loud before, but I've noticed how hard you work for your kids.",
        "I didn't say that last week, but I should have: you've done a lot.",
    ] {
        // Their "but" carries its own note; what matters is that nothing confronts.
        lacks(reply, &[Confront]);
    }
    clean("I never said you had to quit; that's entirely your decision.");
    clean("I never said you had to stop, and I won't; that's your call.");
    fires(
        "I wasn't judging you, but it isn't your choice any more.",
        Confront,
    );
}

/// "To me" in "it sounds to me like…" is the clinician's stance: a label after it is still the
/// clinician's verdict on the client, not something said about someone else.
#[test]
fn a_label_after_to_me_is_still_a_verdict() {
    fires(
        "It seems to me there's some denial going on.",
        MarkerKind::Confront,
    );
    clean("It seems to me you're carrying a lot right now.");
    clean("Your brother says you're in denial, and that stings.");
}

/// Coder version 9: verdicts on how the client takes things in, the client's own deed or reason
/// held against them, siding by "to be fair" or "there must be something in it", and "A is
/// still A". Each with the MI-consistent wording it must leave alone.
#[test]
fn verdicts_and_held_against_them_confront() {
    use MarkerKind::{Confront, Persuade};
    fires(
        "Sounds like you might be downplaying how much you spend.",
        Confront,
    );
    fires(
        "Seems like a bit of head in the sand about the letters.",
        Confront,
    );
    fires(
        "Calling it stress relief kind of lets you off the hook.",
        Confront,
    );
    fires(
        "sounds like ur not listening to anything the nurse says",
        Confront,
    );
    fires(
        "It sounds like you're choosing not to listen to her.",
        Confront,
    );
    fires(
        "Skipping every check-up is pretty much the definition of avoidance.",
        Confront,
    );
    fires("Okay, there's no need to bite my head off.", Confront);
    fires("You're lucky they only gave you a warning.", Confront);
    fires("I don't appreciate being sworn at.", Confront);
    fires(
        "To be fair to your manager, you were late three times.",
        Confront,
    );
    fires(
        "She's worked with you for years, so there's probably something in it.",
        Confront,
    );
    fires(
        "Well, you did miss the appointment, so they had to chase it.",
        Confront,
    );
    fires("well u did skip the last two groups", Confront);
    fires("Being tired isn't a reason to skip your insulin.", Confront);
    fires(
        "Your mates drinking the same amount doesn't make it safe.",
        Confront,
    );
    fires("It takes two to have a row, surely.", Confront);
    fires(
        "Saying you'll fail is a bit of a self-fulfilling prophecy.",
        Confront,
    );
    fires("A small bet is still a bet.", Confront);
    fires(
        "Lots of carers fit in a walk every day, so it can be done.",
        Persuade,
    );
    fires("Vaping late at night messes with your sleep.", Persuade);
    clean("So the shouting bothers you more than you let on.");
    clean("You feel nobody is listening to you at home.");
    clean("To be fair to you, you've had a brutal month.");
    clean("Well, you did say the mornings are the worst part.");
    clean("Well, you did it: three weeks without a drink.");
    clean("You did fail the test, and it still stings.");
    clean("It takes two minutes to fill in, if you ever want to.");
    clean("There's something in it for you, even if it's hard to put into words.");
    clean("You can't see how it could be done with three kids at home.");
    clean("Knowing why doesn't make it any easier to stop.");
    clean("It all hinges on your own definition of a problem.");
}

/// Coder version 9, second part: blame turned back on the client, a way of seeing judged,
/// limits set by rebuke, sarcasm, and a bare "okay, but" that moves straight on to the
/// clinician's point. With what each must leave alone.
#[test]
fn blame_turned_back_rebukes_and_okay_but_are_flagged() {
    use MarkerKind::{Confront, Persuade};
    fires("So it's his fault you missed the bus?", Confront);
    fires("so its all their fault then", Confront);
    fires("That's a pretty negative way to see your future.", Confront);
    fires(
        "That's quite an old-fashioned way of thinking about therapy.",
        Confront,
    );
    fires(
        "Two pints is a funny way of describing a whole evening.",
        Confront,
    );
    fires("There's no need for sarcasm, I'm trying to help.", Confront);
    fires("I won't be spoken to like that in this room.", Confront);
    fires(
        "You started on Monday; you can't possibly know yet.",
        Confront,
    );
    fires(
        "you do realise the debt doubles if you leave it",
        MarkerKind::LeadingQuestion,
    );
    fires("It matters whether you like it or not.", Confront);
    fires("Famous last words.", Confront);
    fires("Suit yourself, it's your funeral.", Confront);
    fires("Okay, but you can't put it off forever.", Persuade);
    fires("ok but maybe just try the patches for a week", Persuade);
    clean("As you see it, the rows are more his fault than yours.");
    clean("You feel it's your fault the business went under.");
    clean("You've found a new way of looking at the mornings.");
    clean("You don't appreciate being talked down to, and you won't put up with it.");
    // A plain "but" keeps its own note; what matters is that nothing persuades or confronts.
    for reply in [
        "Okay. But what would you like to get out of today?",
        "Okay, but what do you make of that yourself?",
        "Okay, but I'm still not clear what you'd like from me here.",
    ] {
        lacks(reply, &[Confront, Persuade]);
    }
    clean("You're choosing what matters to you, and nobody else gets to decide that.");
    // "Choosing not to" is the client's choice as often as it is a jibe, so it is not a rule.
    clean("You're choosing not to drink this weekend, and that's your call.");
}

/// The version-9 phrases are the clinician's push only when they are the clinician's own: in
/// the client's view said back, in someone's reported or quoted words, or about what the
/// client managed, they reflect or affirm. (A reviewer who had not written the rules built
/// 140 such replies around them; the first draft flagged 55.)
#[test]
fn version_9_phrases_in_the_clients_view_are_left_alone() {
    use MarkerKind::{Confront, Persuade};
    for reply in [
        "You're worried I'll think you're downplaying the bets.",
        "For you, a pint is still a pint, whatever the strength.",
        "As you see it, it takes two to make a marriage work.",
        "ur saying to be fair ur brother gets away with way more",
        "To be fair, I talked over you last time, and I'm sorry.",
        "Well, you did get through the wedding sober, and that meant a lot to you.",
        "well u did stick to the plan all week, how did u manage it",
        "You stayed off it for a month last year, so it can be done, as you see it.",
        "When your mum says \"suit yourself\", you feel shut out.",
        "\"Famous last words\" was how you put it, and you laughed.",
        "famous last words, u said, and it sounded like u half meant it",
        "You're tired of hearing \"you do realise\" from everyone at home.",
        "It feels like the school will make him go whether you like it or not.",
        "It sounds like the night shifts mess with your sleep more than anything.",
        "I don't appreciate how quickly I jumped in; that was on me.",
        "Being spoken to like that by the receptionist made you want to leave.",
    ] {
        lacks(reply, &[Confront, Persuade]);
    }
    // The same phrases as the clinician's own still count.
    fires("To be fair to them, you did skip the meeting.", Confront);
    fires("Sounds like she's got a point, to be fair.", Confront);
    fires("Well, you did get caught twice.", Confront);
    fires(
        "My cousin managed it with two kids, so it can be done.",
        Persuade,
    );
    fires("I'm not going to be spoken to like that.", Confront);
    fires(
        "Caffeine at night messes with your sleep, you know.",
        Persuade,
    );
}

/// Coder version 9, third part, from a fresh blind set's misses: a benefit or loss predicted
/// for the client, a promise that the worry will pass, doubting their honesty, and more
/// sarcasm, siding and standing. Questions and the client's view are left alone.
#[test]
fn predicted_benefits_doubts_and_standing_are_flagged() {
    use MarkerKind::{Confront, Persuade};
    fires(
        "Even swapping one coffee for water would make a real difference.",
        Persuade,
    );
    fires("Honestly a support group would really help you.", Persuade);
    fires(
        "It'd be a shame to lose the flat over a few bets.",
        Persuade,
    );
    fires(
        "its not too late to get back on track with college",
        Persuade,
    );
    fires("The side effects pass, you'll get used to it.", Persuade);
    fires(
        "I don't think you're being honest about the weekends.",
        Confront,
    );
    fires("did you even open the letter", Confront);
    fires("Calling it a phase is a bit of a stretch.", Confront);
    fires("You knew the rules when you moved in.", Confront);
    fires("That's the addiction making excuses for you.", Confront);
    fires("Interesting how you only mention the good days.", Confront);
    fires("You've barely given it a chance, to be honest.", Confront);
    fires("Your key worker isn't the enemy here.", Confront);
    fires("Plenty of people would be grateful for that job.", Confront);
    fires("I'm the qualified one, so let me do my job.", Confront);
    for reply in [
        "What, if anything, do you reckon would make a difference?",
        "Would it really help you to have someone with you at the appointment?",
        "You feel it's not too late to patch things up with your brother.",
        "You're worried you'll get used to it and stop noticing.",
        "You feel like your mum isn't the enemy, but it's hard to talk to her.",
        "Five tries. That's a lot of determination for someone who says they give up easily.",
    ] {
        lacks(reply, &[Confront, Persuade]);
    }
}

/// "If it's not a problem, why are you here?" grants the client's claim only to turn it on
/// them, also the other way round and typed without a question mark; "say otherwise" with a
/// plural subject contradicts as "says otherwise" does.
#[test]
fn a_problem_denied_then_why_confronts() {
    use MarkerKind::Confront;
    fires(
        "If it isn't really a problem, why did the school ring you?",
        Confront,
    );
    fires(
        "If you're really fine, why are you still waking up at four?",
        Confront,
    );
    fires("so why are u on this course if its no problem", Confront);
    fires("Your step counts say otherwise, to be honest.", Confront);
    clean("Why might you cut down, if you did?");
    clean("Why does it bother her, if it's fine for you?");
    clean("You feel fine, even though the numbers say otherwise.");
    clean("If it's a problem for you, what would you want to be different?");
}

/// What a reviewer of version 9 found misfiring or missing, each now a case: affirmations
/// after "Well, you did", "to be fair" about the client's hardship, permission and invitations
/// after "if…, why", "if" meaning "whether", a possessive apostrophe, a reply wrapped in
/// quotation marks, "okay, but" that hands the choice back or asks, and slogans that affirm.
#[test]
fn what_the_version_9_review_found() {
    use MarkerKind::{Confront, Persuade};
    for reply in [
        "Well, you did ask for help, and that took guts.",
        "Well, you did start going to the gym.",
        "Well, you did get yourself here today.",
        "To be fair, you've had a lot on your plate.",
        "To be fair, it's been a brutal month for you.",
        "If it's fine with you, why don't we look at your week?",
        "If it's no problem for you, why don't we meet on Tuesday?",
        "Why don't you ask him if it's not a problem to swap shifts?",
        "Okay but that's your call.",
        "Okay, but what would help",
        "Progress is still progress.",
        "A win is still a win, even a small one.",
    ] {
        lacks(reply, &[Confront]);
    }
    fires("To be fair, you put yourself in this position.", Confront);
    fires(
        "Well, you did skip it and you put your job at risk.",
        Confront,
    );
    fires("The kids' head in the sand won't help.", Confront);
    fires("\"You're downplaying it.\"", Confront);
    fires(
        "If you want my honest opinion, you're downplaying it.",
        Confront,
    );
    fires(
        "Look, a bet is still a bet, and your family knows it.",
        Confront,
    );
    fires(
        "I hear you. My sister stopped, so it can be done.",
        Persuade,
    );
}

/// A verdict inside a clause the client's belief opens ("you think…", "you're starting to
/// believe…", "for you…", "people think…", "see it as…") is theirs, said back. A turn to the
/// clinician's own point ("but", "though", a new "that's…") ends the clause; the client's wish
/// ("you don't want to…"), their words ("so you're saying…?") and a question ("do you
/// think…?") do not excuse it; and naming is only the name itself, not a verdict on it.
#[test]
fn a_verdict_in_a_clause_the_clients_belief_opens_is_theirs() {
    for reply in [
        "You think your manager is the problem, not the drinking.",
        "After three goes you're starting to believe the problem is you, not the patches.",
        "Your mates probably see it as lazy, but for you it's more that nothing seems worth it.",
        "People think you're lazy for missing the sessions, when really it's the pain.",
        "For you, a smoke calms you down rather than making you paranoid.",
        "Calling it a drinking problem doesn't fit how you see it.",
        "it feels selfish asking for help when everyone else is coping",
    ] {
        lacks(reply, &[MarkerKind::Confront]);
    }
    for reply in [
        "You think it's fine, but you're in denial.",
        "Sounds like you just don't want to take responsibility.",
        "Do you think your attitude is part of the problem?",
        "So you're saying it's everyone else's fault the course didn't work?",
        "Calling it a flutter when you've lost your savings is a bit of a stretch.",
    ] {
        fires(reply, MarkerKind::Confront);
    }
}

/// "(So) you'd rather <disaster> than…?" pins a disaster on the client's choice: a sarcastic
/// question, not a question. A real choice ("Would you rather…?"), the client's wish to avoid
/// it ("you'd rather not…"), a rising reflection with no disaster in it, and the same words
/// reported are left alone.
#[test]
fn a_disaster_pinned_on_the_clients_choice_is_sarcasm() {
    for reply in [
        "So you'd rather lose your job than miss a night out?",
        "so u would rather end up in hospital again??",
        "Right, so you'd rather risk a stroke than take one tablet, is that it?",
    ] {
        fires(reply, MarkerKind::Confront);
    }
    for reply in [
        "Would you rather lose the weight slowly or quickly?",
        "So you'd rather not lose your licence over this?",
        "So you'd rather keep your weekends free than come to the group?",
        "You'd rather lose a bit of sleep than miss the match.",
        "Your dad asked \"so you'd rather lose your job than stop?\" and it stung.",
    ] {
        lacks(reply, &[MarkerKind::Confront]);
    }
}

/// "That's not a healthy way to…", "that's not really a solution", "… is never the answer":
/// the clinician's verdict on what the client does. The client's own ("It's not the answer,
/// but it works"), their view ("you feel that's not a healthy way to live") and someone's
/// report ("your mum keeps saying that's not healthy") are left alone.
#[test]
fn a_verdict_on_what_the_client_does_confronts() {
    for reply in [
        "thats not a healthy way to deal with it tbh",
        "That's not really a solution, though.",
        "Skipping meals is never the answer.",
        "Honestly that's not safe with your heart.",
    ] {
        fires(reply, MarkerKind::Confront);
    }
    for reply in [
        "It's not the answer, but on a bad night it gets you through.",
        "You feel that's not a healthy way to live, and you want out.",
        "Your mum keeps saying that's not healthy, and you're sick of hearing it.",
        "For you, shouting is never the answer, and that's why last night shook you.",
    ] {
        lacks(reply, &[MarkerKind::Confront]);
    }
}

/// Stock comfort that closes the subject ("time heals", "plenty more fish", "everything
/// happens for a reason", "no pain no gain") is premature reassurance; the same words as
/// someone else's, or as the client hears them, are left alone.
#[test]
fn stock_comfort_is_premature_reassurance() {
    for reply in [
        "Time heals, honestly, give it a few months.",
        "theres plenty more fish in the sea tbh",
        "Everything happens for a reason, you'll get there.",
        "No pain no gain with these exercises, I'm afraid.",
    ] {
        fires(reply, MarkerKind::Reassurance);
    }
    for reply in [
        "Your nan always says time heals, and right now that feels like a slap.",
        "You feel like everyone keeps telling you there are plenty more fish, and it doesn't help.",
    ] {
        lacks(reply, &[MarkerKind::Reassurance]);
    }
}

/// Advice asked as a question, questions that lead, and a few more pushes (coder version 22):
/// "couldn't you just",
/// "wouldn't it be smarter", "have you looked into <a fix>", "surely…", "do you really expect…",
/// "are they really mates?". Asking what the client has already looked into is a question.
#[test]
fn advice_asked_and_questions_that_lead() {
    for reply in [
        "Couldn't you just cook for yourself on the nights they order in?",
        "couldnt you still take the break without the cigarette",
        "Wouldn't it be smarter to rest now and run in the autumn?",
        "Could you perhaps speak to your manager about flexible hours?",
        "Have you looked into the debt snowball method?",
    ] {
        fires(reply, MarkerKind::Persuade);
    }
    for reply in [
        "Surely your grandchildren matter more than the cigarettes?",
        "Do you really expect the court to believe that?",
        "If they'd drop you for not drinking, are they really mates?",
    ] {
        fires(reply, MarkerKind::LeadingQuestion);
    }
    for reply in [
        "Have you looked into any of the debt solutions before?",
        "What have you already looked into?",
    ] {
        lacks(reply, &[MarkerKind::Persuade, MarkerKind::LeadingQuestion]);
    }
    // Tips, "at least…", "I'm sure you don't want…", "hang in there", and verdicts that put
    // it back on the client; someone else's words or the client's own stay theirs.
    fires(
        "A good tip is to keep fruit at eye level.",
        MarkerKind::Persuade,
    );
    fires(
        "At least use a straw and rinse afterwards.",
        MarkerKind::Persuade,
    );
    fires(
        "Your brother had a stroke at 55, I'm sure you don't want the same.",
        MarkerKind::Persuade,
    );
    fires(
        "the waitlist is awful, just hang in there",
        MarkerKind::Reassurance,
    );
    fires(
        "You still chose to hit him back, that's on you.",
        MarkerKind::Confront,
    );
    fires("You're taking it far too personally.", MarkerKind::Confront);
    fires(
        "Maybe ask yourself why none of them stuck around.",
        MarkerKind::Confront,
    );
    lacks(
        "Your mum keeps telling you to hang in there, and it doesn't help.",
        &[MarkerKind::Reassurance],
    );
    lacks(
        "You feel like everyone says it's on you, that's on you, all the time.",
        &[MarkerKind::Confront],
    );
    // Coder version 25.
    for reply in [
        "Never is a strong word.",
        "They're not real mates if they keep you using.",
        "everyone? i doubt that somehow",
        "You always change the subject when we get to the falls.",
    ] {
        fires(reply, MarkerKind::Confront);
    }
    fires(
        "We expect all staff to engage with the process.",
        MarkerKind::Persuade,
    );
    lacks(
        "Your mum says they're not real mates, and that really stung.",
        &[MarkerKind::Confront],
    );
    // Coder version 23.
    fires("Are you sure it's the statin?", MarkerKind::LeadingQuestion);
    fires(
        "a child deserves a clean home, that's the bare minimum",
        MarkerKind::Confront,
    );
    for reply in [
        "Best thing is to do what they ask and get it over with.",
        "even just a muesli bar would help ur concentration",
    ] {
        fires(reply, MarkerKind::Persuade);
    }
    lacks(
        "You feel like doing the bare minimum is all you can manage right now.",
        &[MarkerKind::Confront],
    );
}

/// Coder version 27, written from the misses of a set scored blind after version 25: advice
/// hedged with "maybe" or "worth…", in a question too; tips from the clinician's own life;
/// arguments and warnings; verdicts, dismissals and contradictions typed fast. Each is left alone where its words are not advice: a question word that asks
/// what is worth doing, a hedge inside the clinician's own plan ("we can… and maybe…"), the
/// client's distrust said back, a promise of paperwork, a reflection of what the client hopes.
#[test]
fn hedged_advice_disclosure_and_verdicts_of_version_27() {
    for reply in [
        "there are other tablets without that side effect, worth asking your GP about",
        "the leaflet is in reception, maybe pick one up on the way out?",
        "sounds like a rough place to work, maybe start looking elsewhere?",
        "what helped me was a walk every night after tea",
        "Cutting out the late coffee makes a big difference to sleep.",
        "it'd be such a waste to drop out now",
        "A support group might suit you better than the app.",
    ] {
        fires(reply, MarkerKind::Persuade);
    }
    fires("it only takes once behind the wheel", MarkerKind::Warning);
    for reply in [
        "you're not exactly making it easy for her",
        "Six days? That's nothing, give it time.",
        "you can't expect one week to fix ten years",
        "honestly it's not as safe as you think",
        "the kids will be fine if you log off, it's not that deep",
        "the more you put in the better the review goes, just saying",
        "sounds like you've just given up on yourself",
    ] {
        assert!(
            fires_any(reply, &[MarkerKind::Confront, MarkerKind::Reassurance]),
            "{reply:?}: {:?}",
            find_markers(reply)
        );
    }
    for reply in [
        "You haven't given up on yourself, and that shows.",
        "you're not exactly thrilled to be here",
        "we can talk about the game first and maybe get back to the drinking later, does that work",
        "What would be worth talking about today?",
        "You came today even though you don't trust me.",
        "I'll send the summary, and you'll see it before it goes out.",
        "Having the car back could make a big difference.",
        "so people are just saying whatever comes into their heads",
    ] {
        lacks(
            reply,
            &[
                MarkerKind::Persuade,
                MarkerKind::Confront,
                MarkerKind::Reassurance,
            ],
        );
    }
}

fn fires_any(text: &str, kinds: &[MarkerKind]) -> bool {
    find_markers(text).iter().any(|m| kinds.contains(&m.kind))
}

/// Coder version 33, by the same test, now over more writers' sets: stock cheering ("third time
/// lucky"), "nobody said…", a defence of the clinician's age or childlessness, and "the longer
/// you leave it". The client's own words about blame or age are left alone.
#[test]
fn more_wordings_missed_across_writers() {
    fires(
        "Fourth time lucky, eh? You'll smash it.",
        MarkerKind::Reassurance,
    );
    fires("nobody said the group would be fun", MarkerKind::Confront);
    fires(
        "I don't need kids of my own to see what's going on here.",
        MarkerKind::Confront,
    );
    fires(
        "My age doesn't stop me understanding addiction.",
        MarkerKind::Confront,
    );
    fires(
        "The longer you leave the tooth, the worse it gets.",
        MarkerKind::Warning,
    );
    for reply in [
        "You feel nobody listens when you say you're struggling.",
        "You're worried your age counts against you at interviews.",
    ] {
        lacks(reply, &[MarkerKind::Confront, MarkerKind::Persuade]);
    }
}

/// Coder version 28: wordings missed in the sets of three or more writers, none of which occurs
/// in a reply that is not MI-inconsistent in any labelled set or the transcripts' dev half:
/// "…doesn't mean you are…", "…, but honestly…", "you don't actually…", "it's not fine",
/// "…is exactly what / how / why…", "it's not rude to…", "I do care", "got yourself into", and
/// a guess at the pushers' reasons that puts the cause on the client ("maybe she nags because
/// you…"). A guess that takes the client's side, and the client's own discomfort ("it's not fine
/// with you"), are left alone.
#[test]
fn wordings_missed_across_writers() {
    for reply in [
        "Sleeping fine doesn't mean you are fine.",
        "i hear u, but honestly the pills wont fix it on their own",
        "the hostel feels safer to you, but honestly it isn't",
        "you said no lectures, but honestly somebody has to say it",
        "you don't actually need the vape to concentrate",
        "It's not fine, your sugar was through the roof last week.",
        "Your daughter asking is exactly why this matters.",
        "I do care, or I wouldn't have rung you back.",
        "It sounds like you've got yourself into a bit of a mess with the cards.",
        "maybe he shouts because you never pick up",
        "Maybe they keep checking because they're trying to help you.",
    ] {
        assert!(
            fires_any(reply, &[MarkerKind::Confront, MarkerKind::Persuade]),
            "{reply:?}: {:?}",
            find_markers(reply)
        );
    }
    fires(
        "It's not rude to leave early when you're tired.",
        MarkerKind::Persuade,
    );
    for reply in [
        "maybe they don't get what it's like for you",
        "It's not fine with you, and you want it to stop.",
        "Maybe she's worried too.",
    ] {
        lacks(reply, &[MarkerKind::Confront, MarkerKind::Persuade]);
    }
}

/// Coder version 151, narrowed by 152: the clinician asking to be told or borne with, at the end
/// of a sentence, is not advice; telling the client whom they must tell, or what they must show,
/// still is.
#[test]
fn asking_to_be_told_is_not_advice() {
    use MarkerKind::Persuade;
    for reply in [
        "you're dead right, I haven't, so you'll have to tell me",
        "You'll have to bear with me.",
        "you'll have to explain it to me",
    ] {
        lacks(reply, &[Persuade]);
    }
    fires("you'll have to tell your boss eventually", Persuade);
    fires("You'll have to tell me that you'll stop.", Persuade);
    fires(
        "You'll have to bear with me, and you'll have to stop.",
        Persuade,
    );
    fires("You're going to have to show me you mean it.", Persuade);
}
