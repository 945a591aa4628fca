//! How fast a 100,000-card deck parses. Ignored by default and never asserts a time (speed
//! lives in criterion benches); run it by hand to see the number:
//! `cargo test --release --test deck_speed -- --ignored --nocapture`

use reframe_core::deck::{Card, Deck, Foil, parse_deck, to_ron};
use reframe_core::mi::{Category, Technique};
use std::time::Instant;

/// The synth workload's shape: statements of about 60 characters, responses of about 120.
fn deck(cards: usize) -> Deck {
    let cards = (0..cards)
        .map(|i| Card {
            id: format!("card-{i:06}"),
            statement: format!("I've tried to cut down before and it never lasts, so why bother {i}?"),
            response: format!(
                "You've made real attempts, and it's discouraging when they slip; part of you still hopes it could stick ({i})."
            ),
            technique: Technique::ALL[i % Technique::ALL.len()],
            secondary: if i % 3 == 0 { vec![Technique::ALL[(i + 1) % Technique::ALL.len()]] } else { vec![] },
            category: Category::ALL[i % Category::ALL.len()],
            note: "Affirms the attempts and reflects the hope under the discouragement.".into(),
            foil: (i % 2 == 0).then(|| Foil {
                text: "Then you just need more willpower.".into(),
                flaw: "Advice nobody asked for, and it blames the client.".into(),
            }),
            tags: vec!["relapse".into()],
            level: Default::default(),
            alternatives: Vec::new(),
        })
        .collect();
    Deck {
        format: 1,
        id: "speed".into(),
        title: "Speed".into(),
        description: String::new(),
        author: "tests".into(),
        version: 1,
        language: "en".into(),
        cards,
    }
}

#[test]
#[ignore = "prints a speed; run by hand with --release"]
fn parse_100k_cards() {
    let text = to_ron(&deck(100_000));
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let parsed = parse_deck(text.as_bytes(), "speed.ron");
        let seconds = start.elapsed().as_secs_f64();
        assert_eq!(parsed.map(|d| d.cards.len()), Ok(100_000));
        best = best.min(seconds);
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "100,000 cards, {mb:.1} MB: best of 5 {:.0} ms = {:.0} MB/s",
        best * 1e3,
        mb / best
    );
}
