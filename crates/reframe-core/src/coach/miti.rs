//! The MITI 4.2.1 summary over a set of coded answers: reflection-to-question ratio, percent
//! complex reflections, MI-adherent and non-adherent counts, each against the manual's
//! fair/good thresholds.

use super::{CODER_VERSION, Code, Coding};
use crate::scheduler::StoredCoding;
use std::fmt;

/// How a summary score compares with the MITI 4.2.1 thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// Too few answers of the right kind to say.
    NotEnough,
    BelowFair,
    Fair,
    Good,
}

impl Band {
    pub fn label(self) -> &'static str {
        match self {
            Band::NotEnough => "not enough answers",
            Band::BelowFair => "below fair",
            Band::Fair => "fair",
            Band::Good => "good",
        }
    }
}

/// The bands of one summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MitiRating {
    /// Reflections per question: fair ≥ 1, good ≥ 2.
    pub reflection_to_question: Band,
    /// Complex share of reflections: fair ≥ 40 %, good ≥ 50 %.
    pub percent_complex: Band,
}

/// Counts over a list of codings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MitiSummary {
    pub answers: usize,
    pub simple_reflections: usize,
    pub complex_reflections: usize,
    pub open_questions: usize,
    pub closed_questions: usize,
    pub persuade: usize,
    pub confront: usize,
    pub affirm: usize,
    pub autonomy: usize,
    /// Seeking collaboration, including questions that also seek it.
    pub seek: usize,
    pub info: usize,
    pub other: usize,
    /// Answers that carry at least one flag of docs/mi.md, "What makes a reply MI-inconsistent".
    pub flagged: usize,
}

/// One typed answer reduced to what a MITI summary counts. The session summary and the
/// Progress page both count answers through [`CountedAnswer::of`], so they cannot disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountedAnswer {
    pub code: Code,
    pub flagged: bool,
    /// The second code the same words earn (a question that also seeks collaboration).
    pub also: Option<Code>,
}

impl CountedAnswer {
    /// How a typed answer counts: its stored coding when the current (or a newer) coder made
    /// it and it names a known code, otherwise the current coder's reading of the text. The
    /// flag says whether it was coded again.
    pub fn of(typed: &str, stored: Option<&StoredCoding>) -> (CountedAnswer, bool) {
        if let Some(s) = stored
            && s.coder_version >= CODER_VERSION
            && let Some(code) = Code::from_id(&s.code)
        {
            let counted = CountedAnswer {
                code,
                flagged: !s.flags.is_empty(),
                also: s.also.as_deref().and_then(Code::from_id),
            };
            return (counted, false);
        }
        let coding = super::code(typed);
        let counted = CountedAnswer {
            code: coding.code,
            flagged: !coding.flags.is_empty(),
            also: coding.also,
        };
        (counted, true)
    }
}

impl MitiSummary {
    /// Adds one counted answer.
    pub fn count(&mut self, c: &CountedAnswer) {
        self.add_code(c.code);
        self.flagged += usize::from(c.flagged);
        if c.also == Some(Code::Seek) {
            self.seek += 1;
        }
    }

    /// "1.5 : 1, fair"; "no questions, good" when every counted answer was a reflection;
    /// the band alone ("not enough answers") with neither.
    pub fn reflection_to_question_words(&self) -> String {
        let band = self.rating().reflection_to_question.label();
        match self.reflection_to_question() {
            Some(r) => format!("{r:.1} : 1, {band}"),
            None if self.reflections() > 0 => format!("no questions, {band}"),
            None => band.to_string(),
        }
    }

    /// "67 %, good"; the band alone without reflections.
    pub fn percent_complex_words(&self) -> String {
        let band = self.rating().percent_complex.label();
        match self.percent_complex() {
            Some(p) => format!("{p:.0} %, {band}"),
            None => band.to_string(),
        }
    }

    /// "0, on target"; "2, the target is 0".
    pub fn non_adherent_words(&self) -> String {
        match self.mi_non_adherent() {
            0 => "0, on target".to_string(),
            n => format!("{n}, the target is 0"),
        }
    }

    /// Adds every count of `other` (two days into a week, say).
    pub fn merge(&mut self, other: &MitiSummary) {
        let MitiSummary {
            answers,
            simple_reflections,
            complex_reflections,
            open_questions,
            closed_questions,
            persuade,
            confront,
            affirm,
            autonomy,
            seek,
            info,
            other: others,
            flagged,
        } = *other;
        self.answers += answers;
        self.simple_reflections += simple_reflections;
        self.complex_reflections += complex_reflections;
        self.open_questions += open_questions;
        self.closed_questions += closed_questions;
        self.persuade += persuade;
        self.confront += confront;
        self.affirm += affirm;
        self.autonomy += autonomy;
        self.seek += seek;
        self.info += info;
        self.other += others;
        self.flagged += flagged;
    }

    pub fn new<'a>(codings: impl IntoIterator<Item = &'a Coding>) -> MitiSummary {
        let mut s = MitiSummary::default();
        for coding in codings {
            s.add(coding);
        }
        s
    }

    pub fn add(&mut self, coding: &Coding) {
        self.flagged += usize::from(!coding.flags.is_empty());
        self.add_code(coding.code);
        if coding.also == Some(Code::Seek) {
            self.seek += 1;
        }
    }

    /// Counts one answer known only by its stored code id's `Code` (no flags, no second code).
    pub fn add_code(&mut self, code: Code) {
        self.answers += 1;
        let count = match code {
            Code::SimpleReflection => &mut self.simple_reflections,
            Code::ComplexReflection => &mut self.complex_reflections,
            Code::OpenQuestion => &mut self.open_questions,
            Code::ClosedQuestion => &mut self.closed_questions,
            Code::Persuade => &mut self.persuade,
            Code::Confront => &mut self.confront,
            Code::Affirm => &mut self.affirm,
            Code::Autonomy => &mut self.autonomy,
            Code::Seek => &mut self.seek,
            Code::Info => &mut self.info,
            Code::Other => &mut self.other,
        };
        *count += 1;
    }

    pub fn reflections(&self) -> usize {
        self.simple_reflections + self.complex_reflections
    }

    pub fn questions(&self) -> usize {
        self.open_questions + self.closed_questions
    }

    /// Reflections per question; `None` when there were no questions.
    pub fn reflection_to_question(&self) -> Option<f64> {
        (self.questions() > 0).then(|| self.reflections() as f64 / self.questions() as f64)
    }

    /// Complex reflections as a percentage of all reflections; `None` without reflections.
    pub fn percent_complex(&self) -> Option<f64> {
        (self.reflections() > 0)
            .then(|| 100.0 * self.complex_reflections as f64 / self.reflections() as f64)
    }

    /// Seek + Affirm + Emphasize autonomy.
    pub fn mi_adherent(&self) -> usize {
        self.seek + self.affirm + self.autonomy
    }

    /// Persuade + Confront (the MITI target is zero).
    pub fn mi_non_adherent(&self) -> usize {
        self.persuade + self.confront
    }

    pub fn rating(&self) -> MitiRating {
        let rq = match (self.reflection_to_question(), self.reflections()) {
            (Some(r), _) => band(r, 1.0, 2.0),
            // Reflections and no questions at all is above any ratio threshold.
            (None, n) if n > 0 => Band::Good,
            (None, _) => Band::NotEnough,
        };
        let cr = self
            .percent_complex()
            .map_or(Band::NotEnough, |p| band(p, 40.0, 50.0));
        MitiRating {
            reflection_to_question: rq,
            percent_complex: cr,
        }
    }
}

fn band(value: f64, fair: f64, good: f64) -> Band {
    if value >= good {
        Band::Good
    } else if value >= fair {
        Band::Fair
    } else {
        Band::BelowFair
    }
}

impl fmt::Display for MitiSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rating = self.rating();
        writeln!(f, "MITI summary over {} answers", self.answers)?;
        writeln!(
            f,
            "  reflections: {} ({} simple, {} complex)   questions: {} ({} open, {} closed)",
            self.reflections(),
            self.simple_reflections,
            self.complex_reflections,
            self.questions(),
            self.open_questions,
            self.closed_questions
        )?;
        let rq = match self.reflection_to_question() {
            Some(r) => format!("{r:.2}"),
            None if self.reflections() > 0 => "no questions".to_string(),
            None => "n/a".to_string(),
        };
        writeln!(
            f,
            "  R:Q = {rq}  [{}; fair >= 1, good >= 2]",
            rating.reflection_to_question.label()
        )?;
        let cr = self
            .percent_complex()
            .map_or("n/a".to_string(), |p| format!("{p:.0} %"));
        writeln!(
            f,
            "  %CR = {cr}  [{}; fair >= 40 %, good >= 50 %]",
            rating.percent_complex.label()
        )?;
        writeln!(
            f,
            "  MI-adherent (seek + affirm + autonomy): {}   MI non-adherent (persuade + confront): {} (target 0)",
            self.mi_adherent(),
            self.mi_non_adherent()
        )?;
        write!(
            f,
            "  giving information: {}   other: {}   answers with a flag: {}",
            self.info, self.other, self.flagged
        )
    }
}
