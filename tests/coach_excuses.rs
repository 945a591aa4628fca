//! Replies written to defeat the coach's excuses (tests/coach_excuses/): every excuse a rule
//! makes for words that usually push ("nobody's saying you have to…", "you'll have to tell me")
//! must not let a push wearing the same shape through. Two reviews of coder version 151 wrote
//! them; version 151 let 111 of the 263 pushes through, version 152 none that version 150
//! flagged (docs/coach.md, "Version 152").

use reframe_core::coach::{Group, code};

fn replies(name: &str) -> Vec<String> {
    let path = format!("{}/tests/coach_excuses/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .expect("the replies ship with the repository")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// How many of `replies` the coach, reading each alone, codes persuade or confront; and those it
/// does not.
fn flagged(replies: &[String]) -> (usize, Vec<&str>) {
    let missed: Vec<&str> = replies
        .iter()
        .filter(|r| code(r).code.group() != Group::PersuadeConfront)
        .map(String::as_str)
        .collect();
    (replies.len() - missed.len(), missed)
}

/// Each of `name`'s `len` pushes is coded alone; at least `floor` must be coded persuade or
/// confront.
#[track_caller]
fn pushes_flagged_at_least(name: &str, len: usize, floor: usize) {
    let pushes = replies(name);
    assert_eq!(pushes.len(), len);
    let (caught, missed) = flagged(&pushes);
    assert!(
        caught >= floor,
        "{name}: {caught} of {len} flagged; let through: {missed:#?}"
    );
}

/// Each of `name`'s `len` MI-consistent replies is coded alone; at most `ceiling` may be coded
/// persuade or confront.
#[track_caller]
fn consistent_flagged_at_most(name: &str, len: usize, ceiling: usize) {
    let consistent = replies(name);
    assert_eq!(consistent.len(), len);
    let (wrongly, _) = flagged(&consistent);
    assert!(
        wrongly <= ceiling,
        "{name}: {wrongly} of {len} MI-consistent replies flagged"
    );
}

/// Version 152 (and 150) flag 249 of the 263 pushes; version 151 flagged 152; version 154 251.
/// A new excuse that lets one of them through fails here.
#[test]
fn pushes_shaped_like_excused_replies_are_flagged() {
    pushes_flagged_at_least("pushes.txt", 263, 251);
}

/// Version 152 flags 40 of the 55 (version 150: 42; version 151: 23): the false flags an excuse
/// would be written to remove, kept from growing.
#[test]
fn replies_of_the_same_shapes_that_do_not_push_are_flagged_no_more_often() {
    consistent_flagged_at_most("consistent.txt", 55, 40);
}

/// Pushes carried inside a frame of the client's view or someone's words, written by a reviewer
/// who read the frames to attack them: version 152 flagged 25 of the 162, version 153 53 (a
/// contrast after the framed clause starts the clinician's own), version 154 55 (agreeing with a
/// reported push). Most still pass: the frames' known weakness, measured.
#[test]
fn pushes_inside_a_frame_are_flagged_at_least_as_often() {
    pushes_flagged_at_least("frame-pushes.txt", 162, 55);
}

/// MI-consistent replies in the same frames, many written to break a fix for the pushes above:
/// version 152 and 153 flag 18 of the 101.
#[test]
fn replies_inside_a_frame_that_do_not_push_are_flagged_no_more_often() {
    consistent_flagged_at_most("frame-consistent.txt", 101, 18);
}
