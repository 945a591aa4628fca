//! "Study …" on the Progress page: a session of one kind of resistance takes only that kind's
//! re-drills, due cards and new cards, and shares today's limits with every other session.

mod store_support;

use reframe_core::collection::Collection;
use reframe_core::deck::Deck;
use reframe_core::mi::Category;
use reframe_core::session::ItemKind;
use store_support::{answer, card, clock, open};

/// b1..b4 are blaming, m1..m4 mandated, interleaved in deck order.
fn mixed_deck() -> Deck {
    let mut d = store_support::deck("mix", 1, &[]);
    for i in 1..=4 {
        d.cards
            .push(card(&format!("m{i}"), &format!("Mandated {i}")));
        let mut b = card(&format!("b{i}"), &format!("Blaming {i}"));
        b.category = Category::Blaming;
        d.cards.push(b);
    }
    d
}

/// The queue of the session in progress: (card id, kind).
fn queue(c: &Collection) -> Vec<(String, ItemKind)> {
    c.session()
        .map(|s| s.queue().map(|i| (i.key.card.clone(), i.kind)).collect())
        .unwrap_or_default()
}

fn limits(c: &mut Collection, new: u32, reviews: u32) {
    let mut s = c.settings().clone();
    s.new_per_day = new;
    s.reviews_per_day = reviews;
    s.introduce_by_level = false;
    c.update_settings(s).expect("settings saved");
}

#[test]
fn a_kind_of_resistance_alone_within_the_days_limits() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (fake, clk) = clock("2026-03-02T09:00:00+01:00");
    let mut c = open(dir.path(), &clk, vec![mixed_deck()]);
    limits(&mut c, 3, 2);
    use ItemKind::*;

    // Monday: three new blaming cards (the day's new limit), none of the mandated ones.
    c.start_session_in(Some(Category::Blaming));
    assert_eq!(
        queue(&c),
        [("b1".into(), New), ("b2".into(), New), ("b3".into(), New)]
    );
    for _ in 0..3 {
        answer(&mut c, 5);
    }
    assert!(c.current_card().is_none());
    // The new cards of the day are used up, for this kind and for every other session.
    c.start_session_in(Some(Category::Mandated));
    assert!(queue(&c).is_empty(), "{:?}", queue(&c));
    c.start_session();
    assert!(queue(&c).is_empty());

    // Tuesday: three blaming cards are due but the review limit is 2; one new blaming card
    // is left, and a missed one comes back as a re-drill within the kind.
    fake.advance(chrono::Duration::days(1));
    c.start_session_in(Some(Category::Blaming));
    assert_eq!(
        queue(&c),
        [
            ("b1".into(), Review),
            ("b2".into(), Review),
            ("b4".into(), New)
        ]
    );
    assert_eq!(answer(&mut c, 2), "b1");
    assert!(
        queue(&c).contains(&("b1".into(), Redrill)),
        "the miss comes back: {:?}",
        queue(&c)
    );
    // A mandated session now: its new cards (three of them) and not the blaming re-drill.
    c.start_session_in(Some(Category::Mandated));
    assert_eq!(
        queue(&c),
        [("m1".into(), New), ("m2".into(), New), ("m3".into(), New)]
    );
    // The whole day's session still has the blaming re-drill, and room for one more review
    // (b1's answer used one of the two): b2 fits, b3 waits for tomorrow.
    c.start_session();
    let q = queue(&c);
    assert_eq!(q[0], ("b1".into(), Redrill));
    assert!(q.contains(&("b2".into(), Review)));
    assert!(
        !q.contains(&("b3".into(), Review)),
        "one review of the two is used: {q:?}"
    );
}
