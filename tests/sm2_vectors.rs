//! Every step of the 200 public SM-2 vectors (tests/sm2_vectors_public.jsonl; see docs/scheduling.md) must match exactly:
//! repetitions, interval and EF in hundredths, and whether the card comes back for a re-drill.

use chrono::NaiveDate;
use reframe_core::sm2::{Grade, Sm2State, review};

/// The few fields of one step we check, pulled out of a JSON object without a JSON dependency.
fn field(obj: &str, name: &str) -> String {
    let key = format!("\"{name}\":");
    let start = obj
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {obj}"))
        + key.len();
    obj[start..]
        .chars()
        .take_while(|c| !matches!(c, ',' | '}' | ']'))
        .collect::<String>()
        .trim()
        .to_string()
}

#[test]
fn public_vectors_match_every_step() {
    let text = include_str!("sm2_vectors_public.jsonl");
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut cases = 0;
    let mut steps_checked = 0;
    for (line_no, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let steps_at = line.find("\"steps\":[").expect("steps") + "\"steps\":[".len();
        let mut state = Sm2State::fresh(day);
        for (i, step) in line[steps_at..].split("},{").enumerate() {
            let q: u8 = field(step, "q").parse().unwrap();
            state = review(state, Grade::new(q).unwrap(), day);
            let want = (
                field(step, "repetitions").parse::<u32>().unwrap(),
                field(step, "interval_days").parse::<u32>().unwrap(),
                field(step, "easiness_hundredths").parse::<u16>().unwrap(),
                field(step, "redrill") == "true",
            );
            let got = (
                state.repetitions,
                state.interval_days,
                state.ef100,
                state.needs_redrill,
            );
            assert_eq!(got, want, "line {} step {} (q={q})", line_no + 1, i + 1);
            steps_checked += 1;
        }
        cases += 1;
    }
    assert_eq!(cases, 200, "the public file holds 200 cases");
    assert!(steps_checked > 200);
}
