//! The coach after reveal, driven through the window: a verdict dressed as a reflection is
//! flagged with its words and reason, the coach suggests a low grade and says why, Enter takes
//! the suggestion, and "The coach got this wrong" saves the learner's own code, which
//! `reframe code --disagreements` prints and the Progress page counts.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reframe_core::coach::{Code, code};
use reframe_core::scheduler::LogRecord;
use ui_support::{Env, own_log, press, press_ctrl, start_and_type, type_response};

/// A tall window, so the coach's panes and the code chooser are on screen without scrolling.
fn harness(app: reframe::ui::App) -> egui_kittest::Harness<'static, reframe::ui::App> {
    egui_kittest::Harness::builder()
        .with_size(egui::vec2(1000.0, 1400.0))
        .build_ui_state(|ui, app: &mut reframe::ui::App| app.ui(ui), app)
}

/// The app on `env`'s folder, with `reply` typed into the first card and revealed.
fn revealed(env: &Env, reply: &str) -> egui_kittest::Harness<'static, reframe::ui::App> {
    let mut h = harness(env.app());
    h.run();
    start_and_type(&mut h, reply);
    press_ctrl(&mut h, Key::Enter);
    h
}

/// The first answer in this computer's log: its grade and the grade the coach suggested.
fn answered(env: &Env) -> (u8, Option<u8>) {
    let log = std::fs::read_to_string(own_log(env.path())).expect("the log");
    log.lines()
        .filter_map(LogRecord::from_line)
        .find_map(|r| match r {
            LogRecord::Review {
                grade, suggested, ..
            } => Some((grade.value(), suggested.map(|g| g.value()))),
            _ => None,
        })
        .expect("the answer is in the log")
}

const VERDICT: &str = "Sounds like you're just making excuses for not coming.";

#[test]
fn a_verdict_shaped_like_a_reflection_is_flagged_graded_low_and_can_be_disputed() {
    let env = Env::new();
    let mut h = revealed(&env, VERDICT);

    // The coach's reading: confronting, with the flagged words and why.
    let coding = code(VERDICT);
    assert_eq!(coding.code, Code::Confront);
    h.get_by_label("yours: confronting · model: complex reflection");
    let flag = &coding.flags[0];
    h.get_by_label(&format!(
        "(1) \u{201c}{}\u{201d}: {}",
        flag.words, flag.reason
    ));
    // The suggested grade and the line that says why.
    h.get_by_label_contains("Suggested 1: the reply confronts the client");
    h.get_by_label_contains("Press Enter to take the suggested 1");

    // The learner disagrees: W opens the codes, they pick one and save it.
    press(&mut h, Key::W);
    h.get_by_label("How would you code your reply?");
    h.get_by_label("complex reflection").click();
    h.run();

    h.get_by_label("Save my code").click();
    h.run();
    h.get_by_label_contains("Saved: you'd code this reply as complex reflection");

    // Enter takes the suggestion: the card is answered with grade 1, both grades saved.
    press(&mut h, Key::Enter);
    assert!(
        h.query_by_label_contains("Suggested 1").is_none(),
        "moved on"
    );
    drop(h);
    let log = std::fs::read_to_string(own_log(env.path())).expect("the log");
    let records: Vec<LogRecord> = log.lines().filter_map(LogRecord::from_line).collect();
    let disagreed = records
        .iter()
        .find_map(|r| match r {
            LogRecord::Disagree {
                typed,
                coach,
                learner,
                ..
            } => Some((typed.clone(), coach.code.clone(), learner.clone())),
            _ => None,
        })
        .expect("the disagreement is in the log");
    assert_eq!(
        disagreed,
        (
            VERDICT.to_string(),
            "confront".to_string(),
            "complex-reflection".to_string()
        )
    );
    assert_eq!(
        answered(&env),
        (1, Some(1)),
        "graded as suggested, suggestion kept"
    );

    // The command line prints the disagreement for whoever improves the rules.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_reframe"))
        .args(["code", "--disagreements", "--data-dir"])
        .arg(env.path())
        .env_remove("REFRAME_DATA_DIR")
        .output()
        .expect("reframe runs");
    assert!(out.status.success());
    let tsv = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        tsv.lines().collect::<Vec<_>>(),
        vec![
            "reply\tcoach_code\tcoder_version\tlearner_code\tcard",
            &format!(
                "{VERDICT}\tconfront\t{}\tcomplex-reflection\ttest/one",
                reframe_core::coach::CODER_VERSION
            ),
        ]
    );

    // The Progress page says how often the learner took the coach's grade.
    let mut h = harness(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num5);
    h.get_by_label_contains(
        "You took the coach's suggested grade for 1 of 1 typed answers (100 %).",
    );
    h.get_by_label_contains("You recorded your own code for 1 reply the coach got wrong.");
}

#[test]
fn any_grade_key_overrides_the_suggestion_and_both_are_kept() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    start_and_type(
        &mut h,
        "You didn't choose to be here, and the hour is still yours.",
    );
    press_ctrl(&mut h, Key::Enter);
    h.get_by_label_contains("Suggested 5");
    press(&mut h, Key::Num3);
    drop(h);
    assert_eq!(answered(&env), (3, Some(5)));
}

#[test]
fn overlapping_flags_are_one_mark_with_both_numbers() {
    let env = Env::new();
    let h = revealed(&env, "you need to be honest about your own pills");
    // "you need to be" (advice) and "be honest" (confronting) share a word: both are marked.
    h.get_by_label("[you need to be honest](1)(2) about your own pills");
    h.get_by_label_contains("(2) \u{201c}be honest\u{201d}");
}

/// A reply the second reader doubts, which the rules alone let pass as a reflection: in reply
/// to the card's statement, as the review screen codes it (coder version 59), the doubt is
/// the code, its words are marked with the reader's reason, and the coach suggests a low grade
/// that Enter takes.
#[test]
fn a_reply_the_coach_doubts_is_coded_by_it_in_reply_to_the_client() {
    const DOUBTED: &str = "Sounds like you just don't want to hear it.";
    let coding = code(DOUBTED);
    let doubt = coding.caution.clone().expect("the second reader doubts it");
    assert!(coding.code.is_reflection() && coding.sure, "{coding:?}");
    let (kind, grade) = if doubt.kind == reframe_core::markers::MarkerKind::Confront {
        ("confronting", 1)
    } else {
        ("persuading", 2)
    };

    let env = Env::new();
    let mut h = revealed(&env, DOUBTED);

    h.get_by_label(&format!("yours: {kind} · model: complex reflection"));
    h.get_by_label_contains(&format!(
        "\u{201c}{}\u{201d}: Replies to a client's view",
        doubt.words
    ));
    h.get_by_label_contains(&format!("Suggested {grade}"));
    assert!(h.query_by_label_contains("A doubt about").is_none());
    press(&mut h, Key::Enter);
    drop(h);
    assert_eq!(answered(&env), (grade, Some(grade)));
}

/// A short confrontation no rule names, which the second reader is all but certain about: it
/// is coded confront, its words are marked with the reader's reason, the coach suggests 1, and
/// Enter takes the 1.
#[test]
fn a_reply_the_second_reader_codes_is_marked_and_suggested_1() {
    const DECIDED: &str = "you say that every single time tho";
    let coding = code(DECIDED);
    assert_eq!(coding.code, Code::Confront, "{coding:?}");
    let flag = coding.flags.last().expect("the reader's flag").clone();

    let env = Env::new();
    let mut h = revealed(&env, DECIDED);

    h.get_by_label(&format!(
        "yours: {} · model: complex reflection",
        Code::Confront.label()
    ));
    h.get_by_label(&DECIDED.replacen(&flag.words, &format!("[{}](1)", flag.words), 1));
    h.get_by_label_contains(&format!("(1) \u{201c}{}\u{201d}", flag.words));
    h.get_by_label_contains(&format!(
        "Suggested 1: the reply confronts the client (\u{201c}{}\u{201d})",
        flag.words
    ));
    assert!(h.query_by_label_contains("A doubt about").is_none());
    press(&mut h, Key::Enter);
    drop(h);
    assert_eq!(answered(&env), (1, Some(1)));
}

/// A reply the second reader leans against without being sure: no words are pointed at, but
/// the coach will not praise it. It suggests 3 and says why, and Enter takes the 3.
#[test]
fn a_reply_the_coach_holds_back_praise_from_is_suggested_3() {
    const LEANING: &str = "You don't seem that worried about your health.";
    // The review screen codes it in reply to the card's statement (coder version 147: the
    // in-reply reader holds praise back there), whichever of the test deck's cards is first.
    let mut coding = code(LEANING);
    for said in [
        "My probation officer made me come.",
        "Therapy is a waste of my time.",
        "I only drink on weekends, it is fine.",
    ] {
        coding = reframe_core::coach::code_in_reply_to(said, LEANING);
        assert!(
            coding.reserved && coding.caution.is_none(),
            "{said}: {coding:?}"
        );
    }

    let env = Env::new();
    let mut h = revealed(&env, LEANING);

    h.get_by_label(&format!(
        "yours: {} · model: complex reflection",
        coding.code.label()
    ));
    assert!(h.query_by_label_contains("A doubt about").is_none());
    h.get_by_label_contains("Suggested 3: the coach found nothing MI-inconsistent");
    h.get_by_label_contains("so it will not praise it");
    press(&mut h, Key::Enter);
    drop(h);
    assert_eq!(answered(&env), (3, Some(3)));
}

/// Coder version 55: the review screen codes a typed reply in reply to the card's statement.
/// A plain statement made of the client's own words, which alone the coach could not place
/// ("not sure"), is heard as a simple reflection of what the client said.
#[test]
fn a_plain_statement_in_the_clients_words_is_heard_as_a_reflection() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    press(&mut h, Key::Enter);
    // The client's words on this card, said back as a plain statement.
    let echoes = [
        (
            "My probation officer made me come.",
            "The probation officer made the call to come.",
        ),
        (
            "Therapy is a waste of my time.",
            "Therapy, a waste of time.",
        ),
        (
            "I only drink on weekends, it is fine.",
            "Only weekends, and drinking then is fine.",
        ),
    ];
    let (said, reply) = echoes
        .iter()
        .find(|(said, _)| h.query_by_label_contains(said).is_some())
        .expect("one of the test deck's statements is shown");
    assert!(
        !code(reply).sure,
        "alone, {reply:?} should leave the coach unsure"
    );
    assert!(
        reframe_core::coach::code_in_reply_to(said, reply)
            .code
            .is_reflection()
    );
    type_response(&mut h, reply);
    press_ctrl(&mut h, Key::Enter);
    h.get_by_label("yours: simple reflection · model: complex reflection");
    h.get_by_label_contains("the client's own words back to them");
    assert!(
        h.query_by_label_contains("not sure what kind of reply")
            .is_none(),
        "in reply to the statement the coach is sure"
    );
}

/// Coder version 76: on the review screen an obligation that is the client's own, said back in
/// their words, is heard as a simple reflection with its reason, and nothing is underlined;
/// the same words coded alone are flagged as advice.
#[test]
fn the_clients_own_obligation_said_back_is_heard_as_a_reflection() {
    const SAID: &str =
        "Counselling can't give me more hours in the day. I just need to study harder.";
    const REPLY: &str = "you just need to study harder.";
    assert_eq!(code(REPLY).code, Code::Persuade, "alone it reads as advice");
    let env = Env::new();
    let deck = reframe_core::deck::parse_deck(
        ui_support::deck_text("echo", 1, &[("one", SAID)]).as_bytes(),
        "echo.ron",
    )
    .expect("the deck parses");
    let mut h = harness(env.app_on(vec![deck]));
    h.run();
    start_and_type(&mut h, REPLY);
    press_ctrl(&mut h, Key::Enter);
    h.get_by_label_contains("yours: simple reflection");
    h.get_by_label_contains("Says back the client's own words");
    assert!(
        h.query_by_label_contains("What the coach noticed")
            .is_none(),
        "nothing is underlined"
    );
}
