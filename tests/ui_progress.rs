//! The Progress page: after studying a few days with a fake clock, each chart's figures in
//! words (the text alternative a screen reader reads) are right; the MITI figures of typed
//! answers with their bands, per week and as lines; "Study …" starts a session of one kind of
//! resistance; "Export report…" writes the report where the file picker says.

mod ui_support;

use chrono::Duration;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reframe::ui::{App, ScriptedPicker};
use reframe_core::coach::{self, CODER_VERSION, Code};
use reframe_core::scheduler::StoredCoding;
use reframe_core::sm2::Grade;
use ui_support::{Env, choose_in_browser, press, press_ctrl};

const SIMPLE: &str = "You're here because someone else decided it.";
const COMPLEX: &str = "Part of you likes how drinking helps you unwind, and part of you is worried about the mornings.";
const CLOSED: &str = "Do you drink every day?";
const PERSUADE: &str = "You should quit.";

/// The whole page fits, so every section is on screen (and in the accessibility tree).
fn tall(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1000.0, 7000.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// From anywhere: Today, start, then reveal and grade each card with `grades` in turn.
fn study(h: &mut Harness<'static, App>, grades: &[Key]) {
    press_ctrl(h, Key::Num1);
    press(h, Key::Enter);
    for &g in grades {
        press(h, Key::Space);
        press(h, g);
    }
    h.get_by_label("Session done");
}

/// Three days of study, Mon 2 to Wed 4 March 2026, all through the window:
/// - Mon: three new cards graded 5, 5, 3; the 3 comes back as a re-drill, graded 4.
/// - Tue: the three are due (interval 1): 5, 4, 2; the 2 is re-drilled, graded 5.
/// - Wed: the lapsed card is due again: 4.
///
/// Afterwards `one` and `two` are at 6 days (due Mon 9 Mar), `three` at 1 day (due Thu 5 Mar).
fn three_days(env: &Env, h: &mut Harness<'static, App>) {
    study(h, &[Key::Num5, Key::Num5, Key::Num3, Key::Num4]);
    env.clock.advance(Duration::days(1));
    study(h, &[Key::Num5, Key::Num4, Key::Num2, Key::Num5]);
    env.clock.advance(Duration::days(1));
    study(h, &[Key::Num4]);
    press_ctrl(h, Key::Num5);
    h.get_by_label("Your progress");
}

#[test]
fn after_three_days_every_chart_says_its_figures_in_words() {
    let env = Env::new();
    let mut h = tall(env.app());
    h.run();
    three_days(&env, &mut h);

    // The calendar: 9 answers on 3 days (4, 4, 1), a streak of 3 that is also the longest.
    h.get_by_label("Current streak: 3 days. Longest streak: 3 days, ended Wed 4 Mar 2026.");
    h.get_by_label(
        "Over the past year you studied on 3 of 365 days and gave 9 answers. The busiest day was \
         Tue 3 Mar 2026 with 4 answers.",
    );
    // The calendar is one focusable widget whose label is the chosen day (today at first).
    h.get_by_label(
        "Study calendar, chosen day Wed 4 Mar 2026: 1 answer (0 new, 1 review, 0 re-drills). \
         Arrow keys move by a day or a week.",
    )
    .focus();
    h.run();
    press(&mut h, Key::ArrowLeft);
    h.get_by_label(
        "Study calendar, chosen day Tue 3 Mar 2026: 4 answers (0 new, 3 reviews, 1 re-drill). \
         Arrow keys move by a day or a week.",
    );
    h.get_by_label("Tue 3 Mar 2026: 4 answers (0 new, 3 reviews, 1 re-drill).");
    press(&mut h, Key::ArrowLeft);
    h.get_by_label("Mon 2 Mar 2026: 4 answers (3 new, 0 reviews, 1 re-drill).");

    // Answers per day, stacked: 3 new, 4 reviews, 2 re-drills.
    h.get_by_label(
        "Answers per day over the last 30 days: 9 answers on 3 days (new 3, reviews 4, \
         re-drills 2). Most on Tue 3 Mar 2026 (4).",
    );
    // The forecast: `three` tomorrow, `one` and `two` on Monday.
    h.get_by_label(
        "Cards due in the next 30 days: 3 in all, 3 in the next 7 days. Today 0 (overdue \
         included), tomorrow 1. The busiest day is Mon 9 Mar 2026 with 2.",
    );
    // Retention: four reviews of young cards, the 2 on Tuesday missed.
    h.get_by_label(
        "Retention over all your reviews: young cards 75 % (3 of 4), mature cards no reviews. \
         In the week of Mon 2 Mar 2026: young 75 % (3 of 4), mature no reviews.",
    );
    h.get_by_label("By month").click();
    h.run();
    h.get_by_label_contains("In the March 2026: young 75 % (3 of 4)");
    // Card counts: two young cards at 6 days, one learning at 1 day.
    h.get_by_label_contains(
        "3 cards in your decks: new 0, learning 1, young 2, mature 0, suspended 0, retired 0.",
    );
    h.get_by_label(
        "Intervals of the cards you have answered: 1 day 1, 2–6 days 2, 1–3 weeks 0, 3–8 weeks 0, \
         2–6 months 0, 6–12 months 0, over a year 0.",
    );
    // Mastery: seven first answers and reviews (re-drills left out), six passed.
    h.get_by_label("Your weakest kinds of resistance lately: Mandated (86 %).");
    assert_eq!(
        h.query_all_by_label("86 % (6 of 7)").count(),
        2,
        "its kind of resistance and its technique"
    );
    // The tables behind the words, one button away.
    h.get_by_label("Show the table of answers per day").click();
    h.run();
    h.get_by_label("Hide the table of answers per day");
    assert_eq!(
        h.query_all_by_label("Mon 2 Mar 2026").count(),
        1,
        "a row per study day"
    );
}

#[test]
fn study_these_starts_a_session_of_that_kind_only_within_todays_limits() {
    let env = Env::new();
    let mut h = tall(env.app());
    h.run();
    three_days(&env, &mut h);
    // Wednesday evening nothing of it is left: the button says so instead of an empty session.
    h.get_by_label("Study Mandated").click();
    h.run();
    h.get_by_label_contains("Nothing of Mandated is waiting today");
    h.get_by_label("Your progress");
    // Thursday: the lapsed card is due, and studying the kind brings it.
    env.clock.advance(Duration::days(1));
    press_ctrl(&mut h, Key::Num5);
    h.get_by_label("Study Mandated").click();
    h.run();
    h.get_by_label_contains("I only drink on weekends, it is fine.");
    h.get_by_label("1 card left · 0 re-drills pending · 0 answered");
    press(&mut h, Key::Space);
    press(&mut h, Key::Num5);
    h.get_by_label("Session done");
}

#[test]
fn export_report_writes_the_html_where_the_picker_says_with_replies_only_when_asked() {
    let env = Env::new();
    let plain = env.files.path().join("report.html");
    let typed = env.files.path().join("with-replies.html");
    let picker = ScriptedPicker::new([Some(plain.clone()), Some(typed.clone())]);
    let mut h = tall(env.app_with_picker(picker));
    h.run();
    three_days(&env, &mut h);
    h.get_by_label("Export report…").click();
    h.run();
    h.get_by_label_contains(&format!(
        "Wrote the report of 2026-02-05 to 2026-03-04 to {}",
        plain.display()
    ));
    let html = std::fs::read_to_string(&plain).expect("the report was written");
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc =
        roxmltree::Document::parse_with_options(&html, options).expect("the report is well-formed");
    let text = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("id") == Some(id))
            .map(|n| n.text().unwrap_or_default().to_string())
    };
    assert_eq!(text("study-days").as_deref(), Some("3"));
    assert_eq!(text("answers").as_deref(), Some("9"));
    assert_eq!(text("retention-young").as_deref(), Some("75 %"));
    assert!(text("replies").is_none(), "no typed replies unless asked");

    h.get_by_label("Include a sample of my typed replies (they stay private otherwise)")
        .click();
    h.get_by_label("Also save the figures as CSV beside it")
        .click();
    h.run();
    h.get_by_label("Export report…").click();
    h.run();
    h.get_by_label_contains("and its figures to");
    let html = std::fs::read_to_string(&typed).expect("the second report was written");
    assert!(
        html.contains("id=\"replies\""),
        "the sample section is there"
    );
    let csv = std::fs::read_to_string(typed.with_extension("csv")).expect("the CSV beside it");
    assert!(csv.contains("study,,study_days,3\n"), "{csv}");
}

#[test]
fn typed_answers_in_two_weeks_show_as_lines_with_words_and_a_table() {
    for (text, code) in [
        (SIMPLE, Code::SimpleReflection),
        (COMPLEX, Code::ComplexReflection),
        (CLOSED, Code::ClosedQuestion),
        (PERSUADE, Code::Persuade),
    ] {
        assert_eq!(
            coach::code(text).code,
            code,
            "the coder's reading of {text:?}"
        );
    }
    let env = Env::new();
    {
        let mut c = env.open();
        let five = Grade::new(5).expect("a grade");
        let typed = |c: &mut reframe_core::collection::Collection, text: &str| {
            let coding = StoredCoding::from(&coach::code(text));
            c.answer(five, Some(text.to_string()), Some(coding))
                .expect("saved");
        };
        // Week of 2 March: two reflections (one complex) and a question.
        c.start_session();
        for text in [COMPLEX, SIMPLE, CLOSED] {
            typed(&mut c, text);
        }
        // Week of 9 March: a complex reflection, a question, and advice.
        env.clock.advance(Duration::days(7));
        c.start_session();
        for text in [COMPLEX, CLOSED, PERSUADE] {
            typed(&mut c, text);
        }
    }
    let mut h = tall(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num5);
    h.get_by_label(
        "Reflections to questions per week: week of Mon 2 Mar 2026 2.0 : 1; week of Mon 9 Mar \
         2026 1.0 : 1.",
    );
    h.get_by_label(
        "Complex reflections per week: week of Mon 2 Mar 2026 50.0 %; week of Mon 9 Mar 2026 \
         100.0 %.",
    );
    h.get_by_label(
        "MI-inconsistent replies per week: week of Mon 2 Mar 2026 0.0 %; week of Mon 9 Mar 2026 \
         33.3 %.",
    );
    // With two weeks the table starts by week; the bands are in words.
    h.get_by_label("Week of Mon 9 Mar 2026");
    assert_eq!(
        h.query_all_by_label("1, the target is 0").count(),
        2,
        "the week of 9 March and all time"
    );
    h.get_by_label_contains("fair from 1 : 1, good from 2 : 1");
}

#[test]
fn after_typed_answers_progress_shows_the_figures_and_their_bands() {
    let env = Env::new();
    let mut h = tall(env.app());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    // Three cards, each answered by typing before revealing, then graded 5.
    for text in [COMPLEX, SIMPLE, CLOSED] {
        h.get_by_label("Your response").click();
        h.run();
        h.get_by_label("Your response").type_text(text);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        h.run();
        h.key_press(Key::Num5);
        h.run();
    }
    h.get_by_label("Session done");
    // Ctrl+5 opens Progress from anywhere.
    press_ctrl(&mut h, Key::Num5);
    h.get_by_label("Your progress");
    // Two reflections to one question, one of the two reflections complex, nothing persuasive.
    assert_eq!(
        h.query_all_by_label("2.0 : 1, good").count(),
        2,
        "today and all time"
    );
    assert_eq!(h.query_all_by_label("50 %, good").count(), 2);
    assert_eq!(h.query_all_by_label("0, on target").count(), 2);
    h.get_by_label("All time");
    h.get_by_label_contains("fair from 40 %, good from 50 %");
    h.get_by_label_contains("the target is 0");
    h.get_by_label("Current streak: 1 day. Longest streak: 1 day, ended Mon 2 Mar 2026.");
}

#[test]
fn with_no_answers_progress_says_so_in_every_section() {
    let env = Env::new();
    let mut h = tall(env.app());
    h.run();
    h.get_by_label("Progress").click();
    h.run();
    h.get_by_label_contains("Type your response before revealing to get coached");
    h.get_by_label("Current streak: 0 days. Longest streak: 0 days.");
    h.get_by_label("Over the past year you studied on 0 of 365 days and gave 0 answers.");
    h.get_by_label(
        "Retention over all your reviews: young cards no reviews, mature cards no reviews.",
    );
    h.get_by_label("No answers in the last 30 days, so no kind of resistance stands out yet.");
    assert!(h.query_by_label("All time").is_none(), "no empty table");
}

#[test]
fn older_codings_are_recoded_and_bands_below_fair_are_named() {
    let env = Env::new();
    {
        // Two questions and a reflection an older coder got wrong, saved before this app opens.
        let mut c = env.open();
        c.start_session();
        let grade = Grade::new(5).expect("a grade");
        let old = StoredCoding {
            coder_version: CODER_VERSION - 1,
            code: "confront".to_string(),
            flags: vec!["confront".to_string()],
            also: None,
        };
        c.answer(grade, Some(SIMPLE.to_string()), Some(old))
            .expect("saved");
        for _ in 0..2 {
            let coding = StoredCoding::from(&coach::code(CLOSED));
            c.answer(grade, Some(CLOSED.to_string()), Some(coding))
                .expect("saved");
        }
    }
    let mut h = tall(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num5);
    assert_eq!(h.query_all_by_label("0.5 : 1, below fair").count(), 2);
    assert_eq!(h.query_all_by_label("0 %, below fair").count(), 2);
    assert_eq!(
        h.query_all_by_label("0, on target").count(),
        2,
        "the old confront reading is gone"
    );
    h.get_by_label_contains("1 answer saved by an earlier version of the coach was coded again");
    // The table can show weeks instead of days (the second "By week": the first is retention's).
    h.query_all_by_label("By week").nth(1).expect("two").click();
    h.run();
    h.get_by_label("Week of Mon 2 Mar 2026");
}

#[test]
fn a_large_collection_is_read_off_the_ui_thread_behind_a_spinner() {
    // More cards than one frame copies, and a review log too large to read in a frame.
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = dir.path().join("data");
    let clock = reframe_core::clock::FakeClock::at(ui_support::NOW);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("a day");
    let spec = reframe_core::synth::Spec {
        cards: 21_000,
        seed: 5,
        today,
        // Two computers' logs, as a folder shared through a sync tool holds them.
        devices: 2,
    };
    let written = reframe_core::synth::write_data_folder(&data, &spec).expect("written");
    let app = App::open(
        &data,
        std::sync::Arc::new(clock),
        Box::new(ScriptedPicker::default()),
    );
    let mut h = tall(app);
    h.run();
    h.get_by_label("Progress").click();
    h.step();
    h.step();
    h.get_by_label("Reading your history…");
    // Frames go on while the spinner turns; the figures arrive from the other thread.
    let mut frames = 0;
    while h.query_by_label("Reading your history…").is_some() {
        assert!(frames < 3000, "the figures never arrived");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
        frames += 1;
    }
    h.run();
    // The synthetic deck's cards (30 % never answered) and the built-in decks', all new.
    let built_in: usize = reframe_core::deck::bundled()
        .iter()
        .map(|b| b.parse().expect("a built-in deck").cards.len())
        .sum();
    h.get_by_label_contains(&format!(
        "{} cards in your decks: new {}, learning",
        written.cards + built_in,
        written.new + built_in
    ));
}

/// A desktop without a file portal: "Export report…" opens Reframe's own file browser (saying
/// so), and a path typed there gets the report, as the system dialog's would.
#[test]
fn export_report_without_a_system_dialog_uses_the_in_app_browser() {
    let env = Env::new();
    let out = env.files.path().join("for-my-supervisor.html");
    let mut h = tall(env.app_with_picker(ScriptedPicker::without_dialog()));
    h.run();
    three_days(&env, &mut h);
    h.get_by_label("Export report…").click();
    h.run();
    h.get_by_label_contains("could not show the system's file dialog");
    choose_in_browser(&mut h, &out);
    h.get_by_label_contains(&format!("to {}", out.display()));
    let html = std::fs::read_to_string(&out).expect("the report was written");
    assert!(
        html.contains("id=\"study-days\""),
        "a report, not an empty file"
    );

    // The in-app browser does not ask before replacing, so an existing file is left alone.
    std::fs::write(&out, "my notes").unwrap();
    h.get_by_label("Export report…").click();
    h.run();
    choose_in_browser(&mut h, &out);
    h.get_by_label_contains("Nothing was saved");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "my notes");
}
