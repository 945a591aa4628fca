//! Each statistic against a small log whose figures were worked out by hand.

use super::scan::{Answer, Replay};
use super::stats::*;
use super::{History, spread};
use crate::coach::MitiSummary;
use crate::collection::{CoachHistory, DayMiti};
use crate::mi::{Category, Technique};
use crate::scheduler::{AnswerKind, CardProgress, DayCounts, LOG_VERSION, LogRecord};
use crate::sm2::{Grade, Sm2State};
use chrono::{NaiveDate, TimeZone, Utc};
use std::collections::BTreeMap;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("a date")
}

fn g(q: u8) -> Grade {
    Grade::new(q).expect("a grade")
}

fn review(
    seq: u64,
    card: &str,
    on: NaiveDate,
    q: u8,
    redrill: bool,
    typed: Option<&str>,
) -> LogRecord {
    LogRecord::Review {
        v: LOG_VERSION,
        seq,
        dev: None,
        deck: "d".into(),
        card: card.into(),
        at: Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
        day: on,
        grade: g(q),
        redrill,
        typed: typed.map(str::to_string),
        coding: None,
        suggested: None,
    }
}

/// Mon 2 Mar: a 5 (new); b 2 (new), re-drilled 4; c 4 (new), taken back.
/// Tue 3 Mar: a 4 (review after 1 day); b 3 (review after 1 day), re-drilled 5.
fn hand_log() -> History {
    let mut r = Replay::new(true);
    let records = [
        review(1, "a", day(3, 2), 5, false, Some("You want to decide.")),
        review(2, "b", day(3, 2), 2, false, None),
        review(3, "b", day(3, 2), 4, true, None),
        review(4, "c", day(3, 2), 4, false, Some("Taken back.")),
    ];
    for rec in records {
        r.record(rec, "here");
    }
    let before_undo = CardProgress::default();
    r.record(
        LogRecord::Undo {
            v: LOG_VERSION,
            seq: 5,
            dev: None,
            of: 4,
            of_dev: None,
            deck: "d".into(),
            card: "c".into(),
            at: Utc.with_ymd_and_hms(2026, 3, 2, 9, 5, 0).unwrap(),
            restore: before_undo,
            undone_day: day(3, 2),
            undone_kind: AnswerKind::New,
        },
        "here",
    );
    for rec in [
        review(6, "a", day(3, 3), 4, false, None),
        review(7, "b", day(3, 3), 3, false, None),
        review(8, "b", day(3, 3), 5, true, None),
    ] {
        r.record(rec, "here");
    }
    r.finish()
}

#[test]
fn the_replay_keeps_each_answers_kind_and_prior_interval_and_drops_undone_ones() {
    let h = hand_log();
    let got: Vec<(u64, u32, AnswerKind, u32, u8)> = h
        .answers
        .iter()
        .map(|a| (a.seq, a.card, a.kind, a.interval_before, a.grade.value()))
        .collect();
    // Cards are numbered in order of first answer: a 0, b 1, c 2.
    assert_eq!(
        got,
        vec![
            (1, 0, AnswerKind::New, 0, 5),
            (2, 1, AnswerKind::New, 0, 2),
            (3, 1, AnswerKind::Redrill, 1, 4),
            (6, 0, AnswerKind::Review, 1, 4),
            (7, 1, AnswerKind::Review, 1, 3),
            (8, 1, AnswerKind::Redrill, 1, 5),
        ]
    );
    assert_eq!(h.cards.len(), 3);
    let typed: Vec<&str> = h.typed.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(typed, ["You want to decide."], "the undone reply is gone");
}

/// Two computers: answers are folded by instant across both logs, a conflict copy counts once,
/// and an undo written on one computer takes back the answer it names.
#[test]
fn every_computers_log_is_folded_in_time_order() {
    let at = |d: u32, h: u32| Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap();
    let answer = |seq: u64, dev: &str, d: u32, h: u32, q: u8| LogRecord::Review {
        v: LOG_VERSION,
        seq,
        dev: Some(dev.into()),
        deck: "d".into(),
        card: "x".into(),
        at: at(d, h),
        day: day(3, d),
        grade: g(q),
        redrill: false,
        typed: None,
        coding: None,
        suggested: None,
    };
    let replay = |with_undo: bool| {
        let mut r = Replay::new(false);
        // Home's log first, as the files are read: Monday 9:00 and Tuesday 9:00.
        r.record(answer(1, "home", 2, 9, 5), "home");
        r.record(answer(2, "home", 3, 9, 4), "home");
        // Work's log, and a sync tool's copy of it: Monday 12:00, between the two.
        for _ in 0..2 {
            r.record(answer(1, "work", 2, 12, 4), "work");
        }
        if with_undo {
            // Home takes back work's answer (an undo after a sync).
            r.record(
                LogRecord::Undo {
                    v: LOG_VERSION,
                    seq: 3,
                    dev: Some("home".into()),
                    of: 1,
                    of_dev: Some("work".into()),
                    deck: "d".into(),
                    card: "x".into(),
                    at: at(2, 13),
                    restore: CardProgress::default(),
                    undone_day: day(3, 2),
                    undone_kind: AnswerKind::Review,
                },
                "home",
            );
        }
        r.finish()
    };
    let h = replay(false);
    let got: Vec<(u64, AnswerKind, u32)> = h
        .answers
        .iter()
        .map(|a| (a.seq, a.kind, a.interval_before))
        .collect();
    // Work's answer comes second (after 1 day) and Tuesday's is a review after 6 days.
    assert_eq!(
        got,
        [
            (1, AnswerKind::New, 0),
            (1, AnswerKind::Review, 1),
            (2, AnswerKind::Review, 6)
        ]
    );
    // Taken back from the other computer: as if it had never been given.
    let h = replay(true);
    let got: Vec<(u64, u32)> = h
        .answers
        .iter()
        .map(|a| (a.seq, a.interval_before))
        .collect();
    assert_eq!(
        got,
        [(1, 0), (2, 1)],
        "work's answer is gone: Tuesday follows 1 day on"
    );
}

fn counts(new: u32, reviews: u32, redrills: u32) -> DayCounts {
    DayCounts {
        new,
        reviews,
        redrills,
    }
}

#[test]
fn the_calendar_counts_study_days_and_both_streaks() {
    // Studied 1-3 Mar (a run of 3), 5-6 Mar (2), then 8 Mar is today, still unstudied.
    let mut days = BTreeMap::new();
    for (d, c) in [
        (1, counts(2, 0, 0)),
        (2, counts(0, 3, 1)),
        (3, counts(0, 1, 0)),
        (4, counts(0, 0, 0)),
        (5, counts(1, 1, 0)),
        (6, counts(0, 2, 0)),
    ] {
        days.insert(day(3, d), c);
    }
    let c = calendar(&days, day(2, 27), day(3, 8));
    assert_eq!(c.days.len(), 10);
    assert_eq!((c.study_days, c.answers), (5, 11));
    // Today has no answer yet: the streak still counts from yesterday, which was a gap.
    assert_eq!(c.streaks.current, 0);
    assert_eq!(
        (c.streaks.longest, c.streaks.longest_ended),
        (3, Some(day(3, 3)))
    );
    let c = calendar(&days, day(3, 2), day(3, 7));
    assert_eq!(
        c.streaks.current, 2,
        "today (7th) unstudied, from the 6th back"
    );
    assert_eq!(
        c.streaks.longest, 2,
        "the run from the 1st counts only from the 2nd"
    );
    assert_eq!(total_counts(&c.days), counts(1, 7, 1));
}

fn card(
    category: Category,
    technique: Technique,
    state: Option<(u32, u16, NaiveDate)>,
) -> CardFacts {
    CardFacts {
        category,
        technique,
        progress: CardProgress {
            sm2: state.map(|(interval, ef, due)| Sm2State {
                repetitions: 2,
                interval_days: interval,
                ef100: ef,
                due,
                needs_redrill: false,
            }),
            ..CardProgress::default()
        },
        active: true,
    }
}

const BL: Category = Category::Blaming;
const MI: Category = Category::Minimizing;
const SR: Technique = Technique::SimpleReflection;
const OQ: Technique = Technique::OpenQuestion;

#[test]
fn the_forecast_puts_overdue_cards_today_and_skips_new_suspended_and_inactive_ones() {
    let today = day(3, 10);
    let mut cards = vec![
        card(BL, SR, Some((6, 250, day(3, 1)))),  // overdue: today
        card(BL, SR, Some((6, 250, day(3, 10)))), // today
        card(BL, SR, Some((6, 250, day(3, 12)))), // in two days
        card(BL, SR, Some((6, 250, day(5, 1)))),  // past a 30-day horizon
        card(BL, SR, None),                       // new
        card(BL, SR, Some((6, 250, day(3, 12)))), // suspended
        card(BL, SR, Some((6, 250, day(3, 12)))), // deck turned off
    ];
    cards[5].progress.suspended = true;
    cards[6].active = false;
    let f = forecast(&cards, today, 30);
    assert_eq!(f.len(), 30);
    assert_eq!((f[0], f[1], f[2]), (2, 0, 1));
    assert_eq!(f.iter().sum::<u32>(), 3);
}

fn answer(seq: u64, card: u32, on: NaiveDate, kind: AnswerKind, before: u32, q: u8) -> Answer {
    Answer {
        seq,
        day: on,
        card,
        kind,
        interval_before: before,
        grade: g(q),
    }
}

#[test]
fn retention_counts_reviews_only_young_and_mature_by_week_and_month() {
    use AnswerKind::*;
    let answers = [
        answer(1, 0, day(3, 2), New, 0, 1), // a first answer: not retention
        answer(2, 0, day(3, 3), Review, 1, 4), // week of 2 Mar, young, passed
        answer(3, 1, day(3, 4), Review, 20, 2), // young (under 21), missed
        answer(4, 1, day(3, 4), Redrill, 1, 5), // a re-drill: not retention
        answer(5, 2, day(3, 9), Review, 21, 3), // week of 9 Mar, mature, passed
        answer(6, 3, day(3, 31), Review, 40, 1), // week of 30 Mar, mature, missed
        answer(7, 3, day(4, 1), Review, 40, 5), // same week, April
        answer(8, 3, day(4, 20), Review, 40, 5), // after the period
    ];
    let weeks = retention(&answers, day(3, 1), day(4, 10), Span::Week);
    type Row = (NaiveDate, (u32, u32), (u32, u32));
    let got: Vec<Row> = weeks
        .iter()
        .map(|w| {
            (
                w.start,
                (w.young.passed, w.young.total),
                (w.mature.passed, w.mature.total),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (day(3, 2), (1, 2), (0, 0)),
            (day(3, 9), (0, 0), (1, 1)),
            (day(3, 30), (0, 0), (1, 2)),
        ]
    );
    let months = retention(&answers, day(3, 1), day(4, 30), Span::Month);
    assert_eq!(months.len(), 2);
    assert_eq!((months[0].start, months[0].mature.total), (day(3, 1), 2));
    assert_eq!(
        (
            months[1].start,
            months[1].mature.passed,
            months[1].mature.total
        ),
        (day(4, 1), 2, 2)
    );
    let (young, mature) = retention_total(&weeks);
    assert_eq!(young.words(), "50 % (1 of 2)");
    assert_eq!(mature.words(), "67 % (2 of 3)");
    assert_eq!(Tally::default().words(), "no reviews");
}

#[test]
fn card_counts_and_the_distributions_of_interval_and_easiness() {
    let mut cards = vec![
        card(BL, SR, None),                        // new
        card(BL, SR, Some((1, 236, day(3, 3)))),   // learning
        card(BL, SR, Some((6, 250, day(3, 3)))),   // young
        card(BL, SR, Some((20, 260, day(3, 3)))),  // young
        card(BL, SR, Some((21, 130, day(3, 3)))),  // mature
        card(BL, SR, Some((400, 280, day(3, 3)))), // mature
        card(BL, SR, Some((30, 250, day(3, 3)))),  // suspended
    ];
    cards[6].progress.suspended = true;
    let n = card_counts(&cards, 2);
    assert_eq!(
        n,
        CardCounts {
            new: 1,
            learning: 1,
            young: 2,
            mature: 2,
            suspended: 1,
            retired: 2
        }
    );
    assert_eq!(n.live(), 7);
    let intervals: Vec<usize> = interval_distribution(&cards)
        .iter()
        .map(|b| b.count)
        .collect();
    // 1 | 2-6 | 7-20 | 21-56 | 57-179 | 180-365 | over a year
    assert_eq!(intervals, [1, 1, 1, 1, 0, 0, 1]);
    let easiness: Vec<usize> = easiness_distribution(&cards)
        .iter()
        .map(|b| b.count)
        .collect();
    // 1.30 | 1.50 | 1.70 | 1.90 | 2.10 | 2.30 (2.36) | 2.50+ (2.50, 2.60, 2.80)
    assert_eq!(easiness, [1, 0, 0, 0, 0, 1, 3]);
}

#[test]
fn mastery_counts_mature_cards_and_recent_passes_and_puts_the_weakest_first() {
    use AnswerKind::*;
    let mut cards = vec![
        card(BL, SR, Some((30, 250, day(3, 30)))), // 0: mature
        card(BL, OQ, Some((3, 250, day(3, 12)))),  // 1
        card(MI, SR, Some((3, 250, day(3, 12)))),  // 2
        card(MI, SR, None),                        // 3: never answered
        card(MI, SR, None),                        // 4: in a deck turned off
    ];
    cards[4].active = false;
    let answers = [
        answer(1, 0, day(3, 10), Review, 30, 5),
        answer(2, 1, day(3, 10), Review, 1, 2),
        answer(3, 1, day(3, 10), Redrill, 1, 1), // re-drills do not count
        answer(4, 2, day(3, 10), New, 0, 1),
        answer(5, 2, day(3, 11), Review, 1, 4),
        answer(6, 2, day(2, 1), Review, 1, 0), // before the window
        answer(7, 9, day(3, 11), Review, 1, 0), // a retired card
    ];
    let m = mastery(
        &cards,
        &answers,
        |c| (c < 4).then_some(c as usize),
        day(3, 1),
        day(3, 31),
    );
    assert_eq!(m.categories.len(), 13);
    assert_eq!(m.techniques.len(), 13);
    let row = |rows: &[SkillRow], i: usize| {
        let r = rows[i];
        (
            r.skill,
            r.cards,
            r.studied,
            r.mature,
            r.recent.passed,
            r.recent.total,
        )
    };
    // Blaming 1 of 2 passed and Minimizing 1 of 2: equal rates, so fewer mature first.
    assert_eq!(row(&m.categories, 0), (Skill::Category(MI), 2, 1, 0, 1, 2));
    assert_eq!(row(&m.categories, 1), (Skill::Category(BL), 2, 2, 1, 1, 2));
    // The 11 kinds without answers follow.
    assert!(m.categories[2..].iter().all(|r| r.recent.total == 0));
    // Techniques: open question 0 of 1, then simple reflection 2 of 3.
    assert_eq!(row(&m.techniques, 0), (Skill::Technique(OQ), 1, 1, 0, 0, 1));
    assert_eq!(row(&m.techniques, 1), (Skill::Technique(SR), 3, 2, 1, 2, 3));
}

fn miti_day(
    d: NaiveDate,
    simple: usize,
    complex: usize,
    questions: usize,
    persuade: usize,
    suggested: usize,
    agreed: usize,
) -> DayMiti {
    DayMiti {
        day: d,
        miti: MitiSummary {
            answers: simple + complex + questions + persuade,
            simple_reflections: simple,
            complex_reflections: complex,
            open_questions: questions,
            persuade,
            ..MitiSummary::default()
        },
        suggested,
        agreed,
    }
}

#[test]
fn miti_per_week_and_over_a_period_with_the_coachs_agreement() {
    let days = vec![
        miti_day(day(3, 2), 1, 1, 1, 0, 3, 2), // Monday
        miti_day(day(3, 8), 0, 2, 1, 1, 1, 1), // Sunday, same week
        miti_day(day(3, 9), 2, 0, 0, 0, 0, 0), // next week: no questions
    ];
    let weeks = miti_weeks(&days, day(3, 1), day(3, 31));
    assert_eq!(weeks.len(), 2);
    // Week of 2 Mar: 4 reflections (3 complex), 2 questions, 1 persuade of 7 answers.
    assert_eq!(weeks[0].monday, day(3, 2));
    assert_eq!(weeks[0].answers, 7);
    assert_eq!(weeks[0].reflection_to_question, Some(2.0));
    assert_eq!(weeks[0].percent_complex, Some(75.0));
    assert!((weeks[0].percent_inconsistent - 100.0 / 7.0).abs() < 1e-9);
    assert_eq!(weeks[1].reflection_to_question, None);
    assert_eq!(weeks[1].percent_complex, Some(0.0));
    let h = CoachHistory {
        days,
        ..CoachHistory::default()
    };
    let (m, agreed) = miti_between(&h, day(3, 3), day(3, 31));
    assert_eq!((m.answers, m.reflections(), m.questions()), (6, 4, 1));
    assert_eq!((agreed.passed, agreed.total), (1, 1));
}

#[test]
fn a_sample_is_spread_over_the_whole_period() {
    let items: Vec<u32> = (0..100).collect();
    assert_eq!(spread(&items, 5), [0, 24, 49, 74, 99]);
    assert_eq!(spread(&items[..3], 5), [0, 1, 2]);
    assert!(spread(&items, 0).is_empty());
}

#[test]
fn html_escapes_and_the_calendar_shades() {
    use super::html::{esc, heat_level};
    assert_eq!(
        esc("a<b & \"c\" 'd'>"),
        "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;"
    );
    assert_eq!(esc("bell\u{7}"), "bell ");
    assert_eq!(
        [0, 1, 5, 10, 20].map(|n| heat_level(n, 20)),
        [0, 1, 1, 2, 4]
    );
    assert_eq!(heat_level(3, 0), 0);
}

mod fast_reader {
    use super::super::scan::{fast_review, plain_utc};
    use crate::scheduler::{LOG_VERSION, LogRecord, StoredCoding};
    use crate::sm2::Grade;
    use chrono::{NaiveDate, TimeZone, Utc};
    use proptest::prelude::*;

    fn record() -> impl Strategy<Value = LogRecord> {
        (
            (
                1u32..=4,
                any::<u64>(),
                "[a-z0-9-]{1,12}|\\PC{0,8}",
                "[a-z0-9-]{1,12}|[\"\\\\ a-z]{0,6}",
            ),
            (0i64..20_000, 0u8..=5, any::<bool>()),
            (
                prop::option::of("\\PC{0,20}"),
                prop::option::of(0u8..=5),
                any::<bool>(),
                prop::option::of("[a-z0-9-]{1,10}|[\"\\\\]{1,2}"),
                (
                    1_500_000_000i64..2_000_000_000,
                    prop_oneof![Just(0u32), 0u32..1_000_000_000],
                ),
            ),
        )
            .prop_map(
                |(
                    (v, seq, deck, card),
                    (days, q, redrill),
                    (typed, suggested, coded, dev, (secs, nanos)),
                )| {
                    let day = NaiveDate::from_ymd_opt(2000, 1, 1)
                        .and_then(|d| d.checked_add_days(chrono::Days::new(days as u64)))
                        .expect("a day");
                    LogRecord::Review {
                        v,
                        seq,
                        dev,
                        deck,
                        card,
                        at: Utc.timestamp_opt(secs, nanos).single().expect("an instant"),
                        day,
                        grade: Grade::new(q).expect("a grade"),
                        redrill,
                        coding: (coded && typed.is_some()).then(|| StoredCoding {
                            coder_version: 3,
                            code: "simple-reflection".into(),
                            flags: vec![],
                            also: None,
                        }),
                        typed,
                        suggested: suggested.map(|g| Grade::new(g).expect("a grade")),
                    }
                },
            )
    }

    proptest! {
        /// A time the quick check takes is one the general time parser takes too.
        #[test]
        fn the_quick_time_check_never_takes_what_chrono_refuses(
            at in "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,10})?Z?"
        ) {
            if let Some(t) = plain_utc(&at) {
                prop_assert_eq!(at.parse::<chrono::DateTime<chrono::Utc>>().ok(), Some(t), "{}", at);
            }
        }

        /// The fast reader either gives exactly what the RON reader gives or steps aside, and
        /// it reads every plain answer line this Reframe writes.
        #[test]
        fn agrees_with_the_ron_reader(r in record()) {
            let line = r.to_line().expect("written");
            let line = line.trim();
            let fast = fast_review(line);
            let LogRecord::Review { seq, dev, deck, card, day, grade, redrill, typed, coding, v, at, .. } =
                LogRecord::from_line(line).expect("ron reads its own line")
            else {
                panic!("not an answer");
            };
            match fast {
                Some(f) => {
                    prop_assert_eq!((f.seq, f.deck, f.card), (seq, deck.as_str(), card.as_str()));
                    prop_assert_eq!((f.day, f.grade, f.redrill, f.at), (day, grade, redrill, at));
                    prop_assert_eq!(f.dev, dev.as_deref());
                    prop_assert!(typed.is_none() && coding.is_none());
                }
                None => {
                    let plain = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                    prop_assert!(
                        typed.is_some()
                            || v > LOG_VERSION
                            || !plain(&deck)
                            || !plain(&card)
                            || !dev.as_deref().is_none_or(plain),
                        "a plain line was left to the slow reader: {}", line
                    );
                }
            }
        }

        /// Cut short or changed anywhere, a line is never misread: it is refused, or read
        /// the same as the RON reader reads it.
        #[test]
        fn never_misreads_a_damaged_line(r in record(), cut in 0usize..200, byte in any::<u8>()) {
            let line = r.to_line().expect("written");
            let mut bytes = line.trim().as_bytes().to_vec();
            let at = cut.min(bytes.len().saturating_sub(1));
            if !bytes.is_empty() {
                bytes[at] = byte;
            }
            let trimmed = line.trim();
            let mut end = cut.min(trimmed.len());
            while !trimmed.is_char_boundary(end) {
                end -= 1;
            }
            for text in [String::from_utf8_lossy(&bytes).into_owned(), trimmed[..end].to_string()] {
                if let Some(f) = fast_review(&text) {
                    let Some(LogRecord::Review { seq, deck, card, day, grade, redrill, .. }) = LogRecord::from_line(&text) else {
                        panic!("the fast reader read what RON refuses: {text}");
                    };
                    prop_assert_eq!((f.seq, f.deck, f.card), (seq, deck.as_str(), card.as_str()));
                    prop_assert_eq!((f.day, f.grade, f.redrill), (day, grade, redrill));
                }
            }
        }
    }
}

/// A typed reply the coach's second reader doubts says so in the report, with the words, so a
/// supervisor sees what the learner saw.
#[test]
fn a_doubted_sample_reply_says_so_with_its_words() {
    let reply = |doubt: Option<&str>| super::SampleReply {
        day: day(3, 2),
        card: crate::scheduler::CardKey {
            deck: "d".into(),
            card: "c".into(),
        },
        statement: Some("My app does more for me.".into()),
        reply: "The app is great, but money isnt everything.".into(),
        code: crate::coach::Code::ComplexReflection,
        flags: vec![],
        doubt: doubt.map(str::to_string),
    };
    let mut h = String::new();
    super::html::replies(&mut h, &[reply(Some("great, but money isnt"))]);
    assert!(
        h.contains("The coach had a doubt about \u{201c}great, but money isnt\u{201d}"),
        "{h}"
    );
    let mut h = String::new();
    super::html::replies(&mut h, &[reply(None)]);
    assert!(!h.contains("doubt"), "{h}");
}
