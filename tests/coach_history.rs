//! The coach over time, read back from a real data folder: typed answers over several study
//! days give each day's R:Q, %CR and MI-inconsistent count; undone answers do not count;
//! answers coded by an older coder are recoded.

#[path = "store_support/mod.rs"]
mod support;

use chrono::{Duration, NaiveDate};
use reframe_core::coach::{self, Band, CODER_VERSION, Code};
use reframe_core::collection::Collection;
use reframe_core::scheduler::StoredCoding;
use support::*;

/// A Monday morning.
const T0: &str = "2026-03-02T09:00:00+01:00";

const SIMPLE: &str = "You're here because someone else decided it.";
const COMPLEX: &str = "Part of you likes how drinking helps you unwind, and part of you is worried about the mornings.";
const CLOSED: &str = "Do you drink every day?";
const OPEN: &str = "What does a good night out look like for you?";
const PERSUADE: &str = "You need to stop drinking before it ruins your life.";
const CONFRONT: &str = "You're in denial about this.";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("a date")
}

/// The texts mean what the tests say they mean to the coder they run with.
fn check_texts() {
    for (text, code) in [
        (SIMPLE, Code::SimpleReflection),
        (COMPLEX, Code::ComplexReflection),
        (CLOSED, Code::ClosedQuestion),
        (OPEN, Code::OpenQuestion),
        (PERSUADE, Code::Persuade),
        (CONFRONT, Code::Confront),
    ] {
        assert_eq!(
            coach::code(text).code,
            code,
            "the coder's reading of {text:?}"
        );
    }
}

/// Types `text` for the current card, codes it as the app does, grades it 5.
fn typed(c: &mut Collection, text: &str) {
    let coding = StoredCoding::from(&coach::code(text));
    c.answer(g(5), Some(text.to_string()), Some(coding))
        .expect("the answer is saved");
}

#[test]
fn each_study_day_gets_its_own_miti_figures() {
    check_texts();
    let dir = tempfile::tempdir().expect("temp dir");
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 30)]);

    // Monday: two reflections (one complex) and a question; one card answered without typing.
    c.start_session();
    typed(&mut c, COMPLEX);
    typed(&mut c, SIMPLE);
    typed(&mut c, CLOSED);
    answer(&mut c, 5);
    // Tuesday: one reflection, one question, one piece of advice.
    fc.advance(Duration::days(1));
    c.start_session();
    typed(&mut c, PERSUADE);
    typed(&mut c, OPEN);
    typed(&mut c, COMPLEX);
    // A week later: questions only, and a label.
    fc.advance(Duration::days(7));
    c.start_session();
    typed(&mut c, OPEN);
    typed(&mut c, CLOSED);
    typed(&mut c, CONFRONT);

    let h = c.coach_history().expect("the history reads");
    assert_eq!(h.recoded, 0, "every answer was coded by this coder");
    let days: Vec<NaiveDate> = h.days.iter().map(|d| d.day).collect();
    assert_eq!(days, vec![day(3, 2), day(3, 3), day(3, 10)]);

    let monday = &h.days[0].miti;
    assert_eq!(monday.answers, 3, "the untyped answer is not coached");
    assert_eq!(monday.reflection_to_question(), Some(2.0));
    assert_eq!(monday.percent_complex(), Some(50.0));
    assert_eq!(monday.mi_non_adherent(), 0);
    let r = monday.rating();
    assert_eq!(
        (r.reflection_to_question, r.percent_complex),
        (Band::Good, Band::Good)
    );

    let tuesday = &h.days[1].miti;
    assert_eq!(tuesday.reflection_to_question(), Some(1.0));
    assert_eq!(tuesday.percent_complex(), Some(100.0));
    assert_eq!(tuesday.mi_non_adherent(), 1);
    assert_eq!(tuesday.rating().reflection_to_question, Band::Fair);

    let later = &h.days[2].miti;
    assert_eq!(later.reflection_to_question(), Some(0.0));
    assert_eq!(later.rating().reflection_to_question, Band::BelowFair);
    assert_eq!(later.percent_complex(), None, "no reflections to measure");
    assert_eq!(later.rating().percent_complex, Band::NotEnough);
    assert_eq!(later.mi_non_adherent(), 1);

    // Weeks: Monday and Tuesday together, then the next week.
    assert_eq!(h.weeks.len(), 2);
    assert_eq!(h.weeks[0].monday, day(3, 2));
    assert_eq!(h.weeks[0].miti.answers, 6);
    assert_eq!(h.weeks[0].miti.reflection_to_question(), Some(1.5));
    assert_eq!(h.weeks[1].monday, day(3, 9));

    // Overall: 3 reflections (2 complex), 4 questions, 2 MI-inconsistent; the persuade and
    // the label carry flags.
    assert_eq!(h.total.answers, 9);
    assert_eq!(h.total.reflection_to_question(), Some(0.75));
    let cr = h.total.percent_complex().expect("there are reflections");
    assert!((cr - 200.0 / 3.0).abs() < 1e-9, "{cr}");
    assert_eq!(h.total.mi_non_adherent(), 2);
    assert!(h.total.flagged >= 2);
    assert_eq!(h.coder_version, CODER_VERSION);

    // The same history after closing and opening again, and read-only (as `status` opens it).
    c.close().expect("closes");
    let again = open(dir.path(), &clock, vec![deck_n("d", 30)]);
    assert_eq!(again.coach_history().expect("reads"), h);
    drop(again);
    let ro = Collection::open_read_only(dir.path(), clock.clone()).expect("opens read-only");
    assert_eq!(ro.coach_history().expect("reads"), h);
}

#[test]
fn an_undone_answer_is_not_counted() {
    check_texts();
    let dir = tempfile::tempdir().expect("temp dir");
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 5)]);
    c.start_session();
    typed(&mut c, SIMPLE);
    typed(&mut c, CONFRONT);
    assert!(
        c.undo().expect("undo saves"),
        "there was an answer to take back"
    );
    // The learner thinks again and answers the same card with a reflection.
    typed(&mut c, COMPLEX);

    let h = c.coach_history().expect("the history reads");
    assert_eq!(h.total.answers, 2);
    assert_eq!(h.total.mi_non_adherent(), 0, "the undone label is gone");
    assert_eq!(h.total.complex_reflections, 1);
    // The log still holds the undone answer; only the history leaves it out.
    let log = std::fs::read_to_string(own_log(dir.path())).expect("the log");
    assert!(log.contains("in denial"));
}

#[test]
fn an_answer_coded_by_an_older_coder_is_recoded() {
    check_texts();
    let dir = tempfile::tempdir().expect("temp dir");
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 5)]);
    c.start_session();
    // An older coder called this reflection a confrontation; another answer has no coding.
    let old = StoredCoding {
        coder_version: CODER_VERSION - 1,
        code: Code::Confront.id().to_string(),
        flags: vec!["confront".to_string()],
        also: None,
    };
    c.answer(g(5), Some(SIMPLE.to_string()), Some(old))
        .expect("saved");
    c.answer(g(5), Some(OPEN.to_string()), None).expect("saved");
    typed(&mut c, COMPLEX);

    let h = c.coach_history().expect("the history reads");
    assert_eq!(h.recoded, 2);
    assert_eq!(
        h.total.mi_non_adherent(),
        0,
        "the old confront reading is gone"
    );
    assert_eq!(h.total.flagged, 0);
    assert_eq!(h.total.simple_reflections, 1);
    assert_eq!(h.total.open_questions, 1);
    assert_eq!(h.total.reflection_to_question(), Some(2.0));
}

#[test]
fn no_typed_answers_means_an_empty_history_and_the_study_days_still_count() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 30)]);
    assert!(c.coach_history().expect("reads").is_empty());
    for _ in 0..3 {
        c.start_session();
        answer(&mut c, 5);
        answer(&mut c, 5);
        fc.advance(Duration::days(1));
    }
    // Three days in a row, and today (the fourth) has nothing yet.
    let h = c.coach_history().expect("reads");
    assert!(h.is_empty());
    assert!(h.days.is_empty());
    let recent = c.recent_study(14);
    assert_eq!(recent.today, day(3, 5));
    assert_eq!(recent.streak_days, 3);
    assert_eq!(recent.days.len(), 14);
    assert_eq!(recent.days.last().map(|d| d.day), Some(day(3, 5)));
    let answered: Vec<u32> = recent.days.iter().map(|d| d.counts.total()).collect();
    assert_eq!(&answered[10..], &[2, 2, 2, 0]);
    assert_eq!(answered[..10].iter().sum::<u32>(), 0);
}

#[test]
fn damaged_and_torn_lines_are_passed_over_not_fatal() {
    check_texts();
    let dir = tempfile::tempdir().expect("temp dir");
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 5)]);
    c.start_session();
    typed(&mut c, COMPLEX);
    // Damage after the good answer: a garbled typed line, bytes that are not UTF-8, and a
    // last line cut off by a crash in the middle of a typed answer.
    let mut bytes = std::fs::read(own_log(dir.path())).expect("the log");
    bytes.extend_from_slice(b"Review(v:1,seq:99,typed:Some(\"garbled\n");
    bytes.extend_from_slice(b"\xff\xfe typed:Some(\n");
    bytes.extend_from_slice(b"Review(v:1,seq:100,deck:\"d\",card:\"c01\",typed:Some(\"You need");
    std::fs::write(own_log(dir.path()), bytes).expect("write");

    let h = c.coach_history().expect("the history reads past damage");
    assert_eq!(h.total.answers, 1);
    assert_eq!(h.total.complex_reflections, 1);
}
