//! The coach over time: every typed answer in the review log, coded the MITI 4.2.1 way and
//! summed per study day, per ISO week and overall; plus the study streak and answers per day.
//! Answers coded by an older coder are recoded from their text with the current one.

use super::Collection;
use crate::coach::{CODER_VERSION, CountedAnswer, MitiSummary};
use crate::scheduler::LogRecord;
use crate::scheduler::{DayCounts, StoredCoding};
use crate::sm2::Grade;
use crate::store::{StoreError, io_err};
use chrono::{Datelike, Days, IsoWeek, NaiveDate};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};

/// The MITI summary of the typed answers of one study day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayMiti {
    pub day: NaiveDate,
    pub miti: MitiSummary,
    /// Typed answers of the day for which the coach suggested a grade.
    pub suggested: usize,
    /// Of those, answers graded exactly as the coach suggested.
    pub agreed: usize,
}

/// The MITI summary of the typed answers of one ISO week (Monday to Sunday).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekMiti {
    pub week: IsoWeek,
    /// The Monday the week starts on.
    pub monday: NaiveDate,
    pub miti: MitiSummary,
}

/// Every typed answer the learner kept (undone ones left out), summed over time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CoachHistory {
    /// Study days with at least one typed answer, oldest first.
    pub days: Vec<DayMiti>,
    /// ISO weeks with at least one typed answer, oldest first.
    pub weeks: Vec<WeekMiti>,
    /// All typed answers together.
    pub total: MitiSummary,
    /// Answers whose stored coding came from an older coder (or was missing or unreadable)
    /// and were coded again from their text.
    pub recoded: usize,
    /// The coder version every answer in this history is coded with (or newer, if a newer
    /// Reframe wrote it).
    pub coder_version: u32,
    /// Typed answers for which the coach suggested a grade.
    pub suggested: usize,
    /// Of those, answers graded exactly as the coach suggested.
    pub agreed: usize,
    /// Times the learner recorded their own code because the coach got a reply wrong.
    pub disagreements: usize,
}

impl CoachHistory {
    /// True when the learner never kept a typed answer.
    pub fn is_empty(&self) -> bool {
        self.total.answers == 0
    }
}

/// Answers given on one study day, for the "last days" table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StudyDay {
    pub day: NaiveDate,
    pub counts: DayCounts,
}

/// The recent study rhythm: the streak and each of the last days, today last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentStudy {
    pub today: NaiveDate,
    pub streak_days: u32,
    /// One entry per calendar day (days without answers included), oldest first.
    pub days: Vec<StudyDay>,
}

/// One kept typed answer, reduced to what the summary counts, with its study day.
#[derive(Debug, Clone, Copy)]
struct Counted {
    day: NaiveDate,
    answer: CountedAnswer,
    /// The coach's suggested grade and the grade the learner chose, when one was suggested.
    graded: Option<(Grade, Grade)>,
}

/// The fast test that lets most log lines pass by unparsed: only answers with a typed text
/// and undo records can change the history. A typed answer's line always holds `typed:Some(`
/// (ron writes no spaces); any false hit is parsed and then ignored.
fn may_matter(line: &str) -> bool {
    line.starts_with("Undo(") || line.starts_with("Disagree(") || line.contains("typed:Some(")
}

fn count(typed: &str, stored: Option<&StoredCoding>, day: NaiveDate) -> (Counted, bool) {
    let (answer, recoded) = CountedAnswer::of(typed, stored);
    let graded = None;
    (
        Counted {
            day,
            answer,
            graded,
        },
        recoded,
    )
}

fn add(summary: &mut MitiSummary, c: &Counted) {
    summary.count(&c.answer);
}

/// One "the coach got this wrong" record: the reply, the two codes, the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub reply: String,
    pub coach_code: String,
    pub coder_version: u32,
    pub learner_code: String,
    pub card: crate::scheduler::CardKey,
}

/// Every disagreement in the data folder's review log, oldest first; reads only (works while
/// the app is open). A torn last line is passed over.
pub fn disagreements(
    data_dir: &std::path::Path,
    device: &crate::store::device::DeviceId,
) -> Result<Vec<Disagreement>, StoreError> {
    let dir = crate::store::DataDir::as_found(data_dir, device);
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (path, file_device) in crate::store::merge::every_log(&dir) {
        disagreements_in(&path, &file_device, &mut seen, &mut out)?;
    }
    Ok(out)
}

/// The disagreements of one log file not already in `seen` (a conflict copy repeats them).
fn disagreements_in(
    path: &std::path::Path,
    file_device: &str,
    seen: &mut std::collections::HashSet<(String, u64)>,
    out: &mut Vec<Disagreement>,
) -> Result<(), StoreError> {
    let path = path.to_path_buf();
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err(&path)(e)),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if reader.read_until(b'\n', &mut raw).map_err(io_err(&path))? == 0 {
            break;
        }
        if raw.last() != Some(&b'\n') || !raw.starts_with(b"Disagree(") {
            continue;
        }
        let Ok(line) = std::str::from_utf8(&raw) else {
            continue;
        };
        if let Some(LogRecord::Disagree {
            seq,
            dev,
            deck,
            card,
            typed,
            coach,
            learner,
            ..
        }) = LogRecord::from_line(line.trim())
            && seen.insert((dev.unwrap_or_else(|| file_device.to_string()), seq))
        {
            out.push(Disagreement {
                reply: typed,
                coach_code: coach.code,
                coder_version: coach.coder_version,
                learner_code: learner,
                card: crate::scheduler::CardKey { deck, card },
            });
        }
    }
    Ok(())
}

/// The coach's history from `logs` (as [`crate::store::merge::every_log`] lists them),
/// read-only: what [`Collection::coach_history`] gives, for a reader on another thread.
pub fn coach_history_of(logs: &[(std::path::PathBuf, String)]) -> Result<CoachHistory, StoreError> {
    read_history(logs)
}

/// Reads every device's log line by line and sums the typed answers that were not undone
/// (each answer once, though a conflict copy repeats it).
fn read_history(logs: &[(std::path::PathBuf, String)]) -> Result<CoachHistory, StoreError> {
    // Keyed by (device, sequence number), so an undo can take its answer back out.
    let mut kept: BTreeMap<(String, u64), (Counted, bool)> = BTreeMap::new();
    let mut undone: Vec<(String, u64)> = Vec::new();
    let mut disagreements = std::collections::HashSet::new();
    for (path, file_device) in logs {
        crate::store::log::complete_lines(path, |raw| {
            let Ok(line) = std::str::from_utf8(raw) else {
                return;
            };
            let line = line.trim();
            if !may_matter(line) {
                return;
            }
            let Some(record) = LogRecord::from_line(line) else {
                return;
            };
            let dev = record.dev().unwrap_or(file_device).to_string();
            match record {
                LogRecord::Review {
                    seq,
                    day,
                    typed: Some(typed),
                    coding,
                    grade,
                    suggested,
                    ..
                } if !typed.trim().is_empty() => {
                    let (mut counted, recoded) = count(&typed, coding.as_ref(), day);
                    counted.graded = suggested.map(|s| (s, grade));
                    kept.insert((dev, seq), (counted, recoded));
                }
                LogRecord::Disagree { seq, .. } => {
                    disagreements.insert((dev, seq));
                }
                LogRecord::Undo { of, of_dev, .. } => undone.push((of_dev.unwrap_or(dev), of)),
                _ => {}
            }
        })?;
    }
    for key in &undone {
        kept.remove(key);
    }
    let mut history = summarise(kept.values());
    history.disagreements = disagreements.len();
    Ok(history)
}

fn summarise<'a>(answers: impl Iterator<Item = &'a (Counted, bool)>) -> CoachHistory {
    let mut days: BTreeMap<NaiveDate, DayMiti> = BTreeMap::new();
    let mut weeks: BTreeMap<(i32, u32), (IsoWeek, MitiSummary)> = BTreeMap::new();
    let mut history = CoachHistory {
        coder_version: CODER_VERSION,
        ..CoachHistory::default()
    };
    for (c, recoded) in answers {
        history.recoded += usize::from(*recoded);
        let day = days.entry(c.day).or_insert_with(|| DayMiti {
            day: c.day,
            miti: MitiSummary::default(),
            suggested: 0,
            agreed: 0,
        });
        if let Some((suggested, chosen)) = c.graded {
            let agreed = usize::from(suggested == chosen);
            history.suggested += 1;
            history.agreed += agreed;
            day.suggested += 1;
            day.agreed += agreed;
        }
        add(&mut history.total, c);
        add(&mut day.miti, c);
        let week = c.day.iso_week();
        let slot = weeks
            .entry((week.year(), week.week()))
            .or_insert_with(|| (week, MitiSummary::default()));
        add(&mut slot.1, c);
    }
    history.days = days.into_values().collect();
    history.weeks = weeks
        .into_values()
        .filter_map(|(week, miti)| {
            let monday =
                NaiveDate::from_isoywd_opt(week.year(), week.week(), chrono::Weekday::Mon)?;
            Some(WeekMiti { week, monday, miti })
        })
        .collect();
    history
}

impl Collection {
    /// The MITI summary of every typed answer kept in this data folder, per study day, per
    /// ISO week and overall. Reads the review log once, line by line; answers taken back with
    /// undo do not count; answers coded by an older coder are recoded with the current one.
    /// Every review log of the folder with the device each belongs to (this computer's first):
    /// what the history readers read.
    pub fn review_logs(&self) -> Vec<(std::path::PathBuf, String)> {
        crate::store::merge::every_log(&self.dir)
    }

    pub fn coach_history(&self) -> Result<CoachHistory, StoreError> {
        read_history(&crate::store::merge::every_log(&self.dir))
    }

    /// The study streak and the answers of each of the last `days` days (today included).
    pub fn recent_study(&self, days: u32) -> RecentStudy {
        let today = self.study_day();
        let days = (0..days.max(1))
            .rev()
            .filter_map(|back| today.checked_sub_days(Days::new(u64::from(back))))
            .map(|day| StudyDay {
                day,
                counts: self.progress.day(day),
            })
            .collect();
        RecentStudy {
            today,
            streak_days: self.streak(),
            days,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::{self, Code};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).expect("a date")
    }

    #[test]
    fn only_typed_answers_and_undos_are_parsed() {
        assert!(may_matter(
            "Review(v:1,seq:3,typed:Some(\"so you\"),coding:None)"
        ));
        assert!(may_matter("Undo(v:1,seq:4,of:3)"));
        assert!(!may_matter("Review(v:1,seq:3,typed:None,coding:None)"));
        assert!(!may_matter("Suspend(v:1,seq:5)"));
    }

    #[test]
    fn a_stored_current_coding_is_trusted_and_an_old_one_recoded() {
        let text = "You're not sure this is worth your time.";
        let current = StoredCoding {
            coder_version: CODER_VERSION,
            code: "affirm".into(),
            flags: vec![],
            also: None,
        };
        let (c, recoded) = count(text, Some(&current), day(1));
        assert_eq!((c.answer.code, recoded), (Code::Affirm, false));
        let old = StoredCoding {
            coder_version: CODER_VERSION - 1,
            ..current
        };
        let (c, recoded) = count(text, Some(&old), day(1));
        assert_eq!((c.answer.code, recoded), (coach::code(text).code, true));
        let (_, recoded) = count(text, None, day(1));
        assert!(recoded, "an answer stored without a coding is coded now");
    }

    #[test]
    fn weeks_start_on_monday() {
        let a = (
            Counted {
                day: day(1), // a Sunday
                answer: CountedAnswer {
                    code: Code::ComplexReflection,
                    flagged: false,
                    also: None,
                },
                graded: None,
            },
            false,
        );
        let b = (Counted { day: day(2), ..a.0 }, false);
        let h = summarise([a, b].iter());
        assert_eq!(h.days.len(), 2);
        assert_eq!(h.weeks.len(), 2);
        assert_eq!(
            h.weeks[0].monday,
            NaiveDate::from_ymd_opt(2026, 2, 23).unwrap()
        );
        assert_eq!(h.weeks[1].monday, day(2));
        assert_eq!(h.total.complex_reflections, 2);
    }
}
