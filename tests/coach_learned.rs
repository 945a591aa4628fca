//! The coach's second reader (`crates/reframe-core/src/coach/learned.rs`): trained only on the
//! labelled sets written here, reproducible from them, never trained on the held-out sets, and
//! measured on those. Its caution never changes a code; it stops the suggested grade at 3.

use reframe_core::coach::learned::{self, HELD_OUT_SETS, Reader, TRAINING_SETS, TrainOptions};
use reframe_core::coach::text::Text;
use reframe_core::coach::{Code, Group, code, code_by_rules, suggest};
use reframe_core::mi::Technique;

fn set(name: &str) -> Vec<(String, Code)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coach");
    learned::read_set_file(&dir, name)
        .unwrap_or_else(|e| panic!("the labelled sets ship with the repo: {e}"))
}

#[test]
fn the_shipped_reader_is_what_the_training_sets_give() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coach");
    let (examples, paired) =
        learned::training_examples(&dir).expect("the labelled sets ship with the repo");
    let fresh =
        Reader::parse(&learned::train_all(&examples, &paired, TrainOptions::default()).to_text())
            .expect("a trained reader writes a file it can read");
    let shipped = learned::shipped();
    // Four decimals are written; a last-bit difference in `exp` between machines may move a
    // rounding, never a weight by more than this.
    for (name, a, b) in [
        (
            "mi-inconsistent",
            &fresh.mi_inconsistent,
            &shipped.mi_inconsistent,
        ),
        ("confront", &fresh.confront, &shipped.confront),
        ("in-reply", &fresh.in_reply, &shipped.in_reply),
    ] {
        assert!(
            a.len().abs_diff(b.len()) <= 5,
            "{name}: {} weights trained, {} shipped: run `cargo run --release -p reframe-core \
             --example train_coach` after changing the rules or the sets",
            a.len(),
            b.len()
        );
        for key in a.keys().chain(b.keys()) {
            assert!(
                (a.weight(key) - b.weight(key)).abs() < 0.002,
                "{name}: weight of {key:?} is {} trained, {} shipped: retrain with `cargo run \
                 --release -p reframe-core --example train_coach`",
                a.weight(key),
                b.weight(key)
            );
        }
    }
}

#[test]
fn the_held_out_sets_never_train_the_reader() {
    assert_eq!(
        HELD_OUT_SETS,
        [
            "learners-b.tsv",
            "learners-h.tsv",
            "learners-l.tsv",
            "learners-p.tsv",
            "learners-u.tsv",
            "learners-w.tsv",
            "learners-x.tsv",
            "learners-z.tsv",
            "learners-ab.tsv",
            "learners-ad.tsv",
            "learners-ag.tsv",
            "learners-ai.tsv",
            "learners-an.tsv",
            "learners-aq.tsv",
            "learners-ar.tsv",
            "learners-ap.tsv",
            "learners-aw.tsv",
            "learners-ax.tsv",
            "learners-ay.tsv",
            "learners-az.tsv",
            "learners-ba.tsv",
            "learners-bb.tsv",
            "learners-bc.tsv",
            "learners-bd.tsv",
            "learners-be.tsv",
            "learners-bf.tsv",
            "learners-bo.tsv",
            "learners-bp.tsv",
            "learners-bq.tsv",
            "learners-br.tsv",
            "learners-bs.tsv",
            "learners-bt.tsv",
            "learners-bu.tsv",
            "learners-bv.tsv",
            "learners-bw.tsv",
            "learners-bx.tsv",
            "learners-by.tsv",
            "learners-bz.tsv",
            "learners-ca.tsv",
            "learners-cb.tsv",
            "learners-cc.tsv",
            "learners-cd.tsv",
            "learners-cf.tsv",
            "learners-cg.tsv",
            "learners-ch.tsv",
            "learners-ce.tsv",
            "learners-cj.tsv",
            "learners-cl.tsv",
            "learners-ci.tsv",
            "learners-ck.tsv",
            "learners-cn.tsv",
            "learners-cm.tsv",
            "learners-co.tsv",
            "learners-cp.tsv",
            "learners-cq.tsv",
            "learners-cr.tsv",
            "learners-cs.tsv",
            "learners-ct.tsv",
            "learners-cu.tsv",
            "learners-cv.tsv",
            "learners-cw.tsv",
            "learners-cx.tsv",
            "learners-cy.tsv",
            "learners-cz.tsv",
            "learners-de.tsv",
            "learners-df.tsv",
            "learners-dh.tsv",
            "learners-dj.tsv",
            "learners-dl.tsv",
            "learners-dn.tsv",
            "learners-do.tsv",
            "learners-dp.tsv",
            "learners-dq.tsv",
            "learners-dr.tsv",
            "learners-dt.tsv",
            "learners-du.tsv",
            "learners-dw.tsv",
            "learners-dx.tsv",
            "learners-dy.tsv",
            "learners-dz.tsv",
            "learners-ed.tsv",
            "learners-ee.tsv",
            "learners-eh.tsv",
            "learners-ei.tsv",
            "learners-ej.tsv",
            "learners-ek.tsv",
            "learners-en.tsv",
            "learners-eo.tsv",
            "learners-er.tsv",
            "learners-es.tsv",
            "learners-ev.tsv",
            "learners-ew.tsv",
            "learners-fl.tsv",
            "learners-fm.tsv",
            "learners-fn.tsv",
            "learners-fo.tsv",
            "learners-fp.tsv",
            "learners-fq.tsv",
            "learners-fr.tsv",
            "learners-fs.tsv",
            "learners-fz.tsv",
            "learners-ga.tsv",
            "learners-gb.tsv",
            "learners-gc.tsv",
            "learners-gd.tsv",
            "learners-ge.tsv",
            "learners-gf.tsv",
            "learners-gg.tsv",
            "learners-gh.tsv",
            "learners-gi.tsv",
            "learners-gj.tsv",
            "learners-gk.tsv",
            "learners-gl.tsv",
            "learners-gm.tsv",
            "learners-gn.tsv",
            "learners-go.tsv",
            "learners-gp.tsv",
            "learners-gq.tsv",
            "learners-gr.tsv",
            "learners-gs.tsv",
            "learners-gt.tsv",
            "learners-gu.tsv",
            "learners-gv.tsv",
            "learners-gw.tsv",
            "learners-gx.tsv",
            "learners-gy.tsv",
            "learners-gz.tsv",
            "learners-ha.tsv",
            "learners-hb.tsv",
            "learners-hc.tsv",
            "echoes-b.tsv",
            "echoes-d.tsv",
            "echoes-e.tsv",
            "echoes-f.tsv",
            "echoes-g.tsv",
            "softeners-a.tsv",
            "softeners-b.tsv",
            "softeners-e.tsv",
            "softeners-f.tsv"
        ]
    );
    for held_out in HELD_OUT_SETS {
        assert!(!TRAINING_SETS.contains(held_out), "{held_out} trains");
    }
    // The probe sets are listed twice, once in each list: each must be held out.
    for probe in learned::PROBE_SETS {
        assert!(HELD_OUT_SETS.contains(probe), "{probe} is not held out");
    }
    let examples: usize = TRAINING_SETS.iter().map(|n| set(n).len()).sum::<usize>()
        + learned::bundled_answers().len();
    assert!(examples > 17_000, "{examples} training replies");
}

/// Share of `items` the reader cautions, or codes itself (since coder version 100 every path
/// by which its doubt becomes the code counts: a doubt it codes is no longer shown as a caution).
fn cautioned(items: &[&(String, Code)]) -> f64 {
    let n = items
        .iter()
        .filter(|(reply, _)| {
            let c = code(reply);
            c.caution.is_some()
                || c.why == reframe_core::coach::WHY_PRESSED_FACTS
                || c.why == reframe_core::coach::WHY_READER_DECIDES
                || c.why == reframe_core::coach::WHY_READER_STATEMENT
                || c.why == reframe_core::coach::WHY_READER_DEFAULT
                || c.why == reframe_core::coach::WHY_READER_OVERRULES
                || c.why == reframe_core::coach::WHY_READER_QUESTION
                || c.why == reframe_core::coach::WHY_READER_TYPED
        })
        .count();
    n as f64 / items.len().max(1) as f64
}

/// On the held-out sets: how many of the MI-inconsistent replies the rules miss get a caution
/// (or are coded by the reader), and how many MI-consistent replies the rules rightly let pass
/// get one wrongly. Coder version 100, counting every reply the reader codes itself (before
/// it, a reply coded by the typed path of version 97 or the question paths no longer counted,
/// since its doubt is then a flag, not a caution): b 56.9 % of misses, 0 % of reflections,
/// 2.1 % of the rest; h 58.0 %, 0 %, 0 %; l 55.1 %, 0.5 %, 0 % (version 98 counted the old
/// way: b 43.1 %, 0 %, 0.3 %; h 51.0 %; l 53.1 %). Coder version 121, whose rules catch a
/// miss in l the reader had doubted: l 53.7 %. Coder version 47, retrained with learners-af too: b 47.0 %, 0.5 %, 0.3 %; h
/// 53.5 %, 0.5 %, 0 %; l 56.6 %, 0.5 %, 0 %. Coder version 43, the reader retrained with
/// learners-v, y, aa, ac and ae:
/// b 45.5 % of misses, 1.0 % of reflections (2), 0.3 % of the rest; h 52.5 %, 0.9 %, 0 %; l
/// 54.1 %, 0.9 %, 0 %. Coder version 23, whose rules catch more of the misses the reader doubted:
/// b 42.6 %, h 52.0 %, l 49.0 %. Floors just under the figures measured with coder version 18, the reader
/// reading runs of words, retrained with learners-s and t, doubting above 0.9 (b: 43.5 % of
/// misses, 0 reflections, 0.7 % of the rest; h: 50.5 %, 1 of 215, 0 %; l: 48.5 %, 1 of 214,
/// 0 %; coder 17, doubting above 0.85: 50.7 %, 49.5 %, 51.5 %); coder 11, the reader
/// trained with learners-q and r too (b: 29.0 % of misses, 0 of 194 reflections, 1.7 % of the
/// rest; h: 26.7 %, 2 of 215, 0 %; l: 34.3 %, 0 of 214, 0 %; coder 9 and 10: 18.8 %, 23.8 %,
/// 32.4 %; coder 8: 19.4 % and 25.5 % for b and h, before its rules caught some of the misses
/// the reader had doubted). Coder version 133, the reader retrained on nineteen more read sets:
/// b 56.5 %, 0 %, 2.1 %; h 60.0 %, 0.5 %, 0.6 %; l 55.6 %, 0.9 %, 0 % (2 reflections cautioned
/// in l, against 1 with version 132). When
/// the rules catch more,
/// fewer and harder misses are left for the reader, so its share may fall as the rules improve.
#[test]
fn on_the_held_out_sets_a_caution_is_mostly_right() {
    for (name, misses_floor, reflections_ceiling, rest_ceiling) in [
        ("learners-b.tsv", 0.56, 0.011, 0.025),
        ("learners-h.tsv", 0.57, 0.01, 0.01),
        ("learners-l.tsv", 0.53, 0.01, 0.01),
    ] {
        let examples = set(name);
        let let_pass: Vec<_> = examples
            .iter()
            .filter(|(reply, _)| code_by_rules(reply).code.group() != Group::PersuadeConfront)
            .collect();
        let group = |g: Group| -> Vec<_> {
            let_pass
                .iter()
                .copied()
                .filter(|(_, truth)| truth.group() == g)
                .collect()
        };
        let misses = cautioned(&group(Group::PersuadeConfront));
        let reflections = cautioned(&group(Group::Reflection));
        let mut rest = group(Group::Question);
        rest.extend(group(Group::Other));
        let rest = cautioned(&rest);
        println!(
            "{name}: misses cautioned {:.1} %, reflections {:.1} %, questions and other {:.1} %",
            100.0 * misses,
            100.0 * reflections,
            100.0 * rest
        );
        assert!(
            misses >= misses_floor,
            "{name}: misses cautioned {misses:.3}"
        );
        assert!(
            reflections <= reflections_ceiling,
            "{name}: reflections cautioned {reflections:.3}"
        );
        assert!(rest <= rest_ceiling, "{name}: others cautioned {rest:.3}");
    }
}

/// Every caution names words of the reply, never sits on a reply the rules coded persuade or
/// confront, and never changes the rules' code. The reader changes a code in two cases only:
/// flagged facts to persuade (the rules' flags stay as they were), and a reply it doubts on
/// the terms of `learned::Reading` (a short reply it is all but certain about, a short
/// statement read as information, a reflection by default, a question that leads), coded as
/// the caution's kind with the caution as one more flag. Since version 102 it also clears the
/// rules' one flag on a reply it is all but certain is MI-consistent: that flag becomes the
/// caution, and the rest of the reply decides the code.
#[test]
fn a_caution_names_words_of_the_reply_and_leaves_the_code_alone() {
    let mut seen = 0;
    let mut decided = 0;
    let mut cleared = 0;
    for name in TRAINING_SETS {
        for (reply, _) in set(name) {
            let with = code(&reply);
            let rules = code_by_rules(&reply);
            // Since version 102 the reader may clear the rules' one flag: the rest of the reply
            // decides the code, never a question, and the flag is shown as a doubt.
            if let Some(doubt) = with
                .caution
                .as_ref()
                .filter(|d| d.reason == learned::CLEARED_REASON)
            {
                cleared += 1;
                assert_eq!(rules.code.group(), Group::PersuadeConfront, "{reply:?}");
                assert_eq!(rules.flags.len(), 1, "{reply:?}");
                assert_eq!(rules.flags[0].span, doubt.span, "{reply:?}");
                assert_eq!(&reply[doubt.span.clone()], doubt.words, "{reply:?}");
                assert!(with.flags.is_empty(), "{reply:?}");
                assert_ne!(with.code.group(), Group::PersuadeConfront, "{reply:?}");
                assert!(!with.code.is_question(), "{reply:?}");
                continue;
            }
            if with.why == reframe_core::coach::WHY_PRESSED_FACTS {
                assert_eq!(
                    (rules.code, with.code),
                    (Code::Info, Code::Persuade),
                    "{reply:?}"
                );
            } else if with.why == reframe_core::coach::WHY_READER_DECIDES
                || with.why == reframe_core::coach::WHY_READER_STATEMENT
                || with.why == reframe_core::coach::WHY_READER_DEFAULT
                || with.why == reframe_core::coach::WHY_READER_QUESTION
                || with.why == reframe_core::coach::WHY_READER_OVERRULES
                || with.why == reframe_core::coach::WHY_READER_TYPED
            {
                decided += 1;
                if with.why == reframe_core::coach::WHY_READER_STATEMENT {
                    assert_eq!(rules.code, Code::Info, "{reply:?}");
                }
                // Since version 65, a short typed reply with no question in it, whatever the
                // rules coded.
                if with.why == reframe_core::coach::WHY_READER_OVERRULES {
                    let text = Text::new(&reply);
                    assert!(text.words.len() <= learned::DECIDE_MAX_WORDS, "{reply:?}");
                    // Since version 90 a sentence may ask, but never one the rules coded a
                    // question.
                    assert!(
                        !text.sentences.iter().any(|s| s.asks) || !rules.code.is_question(),
                        "{reply:?}"
                    );
                }
                // A reflection only by default (the rules were not sure of it), or, since
                // version 41, one resting only on the client as a clause's subject; since
                // version 43, talk about the clinician the rules coded other.
                if with.why == reframe_core::coach::WHY_READER_DEFAULT {
                    assert!(
                        rules.code.is_reflection() || rules.code == Code::Other,
                        "{reply:?}"
                    );
                } else if with.why == reframe_core::coach::WHY_READER_QUESTION {
                    // Since version 45, a question the rules are sure of by its form; since
                    // version 60, a statement typed with a question mark; since version 96, a
                    // reflection that asks.
                    let text = Text::new(&reply);
                    assert!(
                        (rules.code.is_question()
                            && (rules.sure || rules.why == reframe_core::coach::WHY_RISING))
                            || (rules.code.is_reflection()
                                && text.sentences.iter().any(|s| s.asks)),
                        "{reply:?}"
                    );
                } else if with.why == reframe_core::coach::WHY_READER_TYPED {
                    // Since version 97, a reply typed as learners type theirs, of any length.
                    assert!(learned::typed_casually(&Text::new(&reply)), "{reply:?}");
                } else {
                    assert!(
                        Text::new(&reply).words.len() <= learned::DECIDE_MAX_WORDS,
                        "{reply:?}"
                    );
                }
                assert_ne!(rules.code.group(), Group::PersuadeConfront, "{reply:?}");
                assert!(matches!(with.code, Code::Persuade | Code::Confront));
                assert!(with.caution.is_none() && with.sure, "{reply:?}");
                let (last, before) = with.flags.split_last().expect("the reader's flag");
                assert_eq!(before, rules.flags.as_slice(), "{reply:?}");
                assert_eq!(&reply[last.span.clone()], last.words, "{reply:?}");
                let short_reasons = [learned::DECIDED_PERSUADE, learned::DECIDED_CONFRONT];
                let default_reasons = [learned::DEFAULT_PERSUADE, learned::DEFAULT_CONFRONT];
                let question_reasons = [learned::QUESTION_PERSUADE, learned::QUESTION_CONFRONT];
                if with.why == reframe_core::coach::WHY_READER_DEFAULT {
                    assert!(default_reasons.contains(&last.reason), "{reply:?}");
                } else if with.why == reframe_core::coach::WHY_READER_QUESTION {
                    assert!(question_reasons.contains(&last.reason), "{reply:?}");
                } else if with.why == reframe_core::coach::WHY_READER_TYPED {
                    let typed_reasons = [learned::TYPED_PERSUADE, learned::TYPED_CONFRONT];
                    assert!(typed_reasons.contains(&last.reason), "{reply:?}");
                } else {
                    assert!(short_reasons.contains(&last.reason), "{reply:?}");
                }
                continue;
            } else {
                assert_eq!(with.code, rules.code, "{reply:?}");
            }
            assert_eq!(with.flags, rules.flags, "{reply:?}");
            if let Some(doubt) = &with.caution {
                seen += 1;
                assert_ne!(with.code.group(), Group::PersuadeConfront, "{reply:?}");
                assert_eq!(&reply[doubt.span.clone()], doubt.words, "{reply:?}");
                assert!(!doubt.words.trim().is_empty(), "{reply:?}");
                assert!(
                    doubt
                        .reason
                        .starts_with("The rules did not code this reply as")
                );
            }
        }
    }
    assert!(seen > 100, "only {seen} cautions over the training sets");
    assert!(decided > 20, "only {decided} replies coded by the reader");
    assert!(cleared > 20, "only {cleared} flags cleared by the reader");
}

#[test]
fn a_doubted_reply_is_never_suggested_more_than_3() {
    let reply = "Sounds like you just don't want to hear it.";
    let coding = code(reply);
    assert_ne!(coding.code.group(), Group::PersuadeConfront);
    let doubt = coding.caution.as_ref().expect("the reader doubts it");
    let s = suggest(&coding, reply, Technique::ComplexReflection, &[]);
    assert_eq!(s.grade.value(), 3, "{}", s.why);
    assert!(s.why.contains(&doubt.words), "{}", s.why);
    // A plain reflection of the same client keeps its 5.
    let plain = "You've had a rough few months and it's hard to see past it.";
    let coding = code(plain);
    assert!(coding.caution.is_none());
    let s = suggest(&coding, plain, Technique::ComplexReflection, &[]);
    assert_eq!(s.grade.value(), 5, "{}", s.why);
}

/// Reflections that open the way reflections do ("It sounds like…", "That sounds…") are not
/// doubted for the opening: a doubt never rests on words that say nothing by themselves.
#[test]
fn plain_reflections_are_not_doubted_for_how_they_open() {
    for reply in [
        "That sounds unfair.",
        "It sounds like you did everything you could.",
        "It sounds like maybe you're more ready than you thought.",
        "That sounds really lonely.",
        "It sounds like the weekends are the hardest part.",
        "That sounds like a lot to carry on your own.",
        "It sounds like you're the one holding the family together.",
        "If you decided to go ahead, you'd want your sister to know first.",
        "You're worried about what people will think if you stop.",
        "It feels like everyone has an opinion about your drinking.",
    ] {
        let coding = code(reply);
        assert!(coding.caution.is_none(), "{reply:?}: {:?}", coding.caution);
        assert_ne!(coding.code.group(), Group::PersuadeConfront, "{reply:?}");
    }
}

/// Share of the MI-inconsistent replies in `items` the coach could praise: coded a sure
/// MI-consistent code, with no doubt and not held back.
fn praisable(items: &[(String, Code)]) -> f64 {
    let bad: Vec<_> = items
        .iter()
        .filter(|(_, truth)| truth.group() == Group::PersuadeConfront)
        .collect();
    let n = bad
        .iter()
        .filter(|(reply, _)| {
            let c = code(reply);
            c.code.group() != Group::PersuadeConfront
                && c.sure
                && c.caution.is_none()
                && !c.reserved
        })
        .count();
    n as f64 / bad.len().max(1) as f64
}

/// On the held-out sets, with the held-back praise of coder version 8: the MI-inconsistent
/// replies the coach could still praise (measured 15.4 %, 12.7 %, 12.1 %; 21.3 %, 16.3 %,
/// 18.5 % without holding back; coder 9: 14.9 %, 12.7 %, 12.1 %; coder 11, the reader trained
/// with learners-q and r too: 13.8 %, 9.8 %, 12.5 %; coder 17, the reader reading runs of
/// words: 9.6 %, 9.0 %, 11.3 %; coder 18, retrained with learners-s and t: 8.0 %, 8.6 %,
/// 10.1 %), and the reflections it holds back (coder 9: 1.0 %, 0.4 %, 0.5 %; coder 11: 1.0 %,
/// 0 %, 1.4 %; coder 17: 0.5 %, 1.3 %, 1.4 %; coder 18: 1.0 %, 1.3 %, 1.4 %; coder 43,
/// retrained with learners-v, y, aa, ac and ae: 8.5 %, 6.1 %, 10.1 % praisable, 0 %, 1.3 %,
/// 0.9 % held back; coder 47, with learners-af too: 8.0 %, 6.5 %, 9.7 % and 0.5 %, 1.8 %, 1.4 %;
/// coder 51, with learners-ah, aj, ak, al, am and sessions-b too: 9.0 %, 6.9 %, 9.3 % and
/// 1.0 %, 1.8 %, 0.9 %: it catches 23 more MI-inconsistent replies in the held-out sets, and
/// learners-b leaves two more of its misses without a doubt).
#[test]
fn on_the_held_out_sets_praise_is_held_back_from_more_misses_than_reflections() {
    for (name, praise_ceiling, held_ceiling) in [
        ("learners-b.tsv", 0.092, 0.015),
        ("learners-h.tsv", 0.09, 0.019),
        ("learners-l.tsv", 0.105, 0.02),
    ] {
        let examples = set(name);
        let praise = praisable(&examples);
        let reflections: Vec<_> = examples
            .iter()
            .filter(|(_, truth)| truth.group() == Group::Reflection)
            .collect();
        let held = reflections
            .iter()
            .filter(|(reply, _)| code(reply).reserved)
            .count() as f64
            / reflections.len().max(1) as f64;
        println!(
            "{name}: MI-inconsistent replies praisable {:.1} %, reflections held back {:.1} %",
            100.0 * praise,
            100.0 * held
        );
        assert!(praise <= praise_ceiling, "{name}: praisable {praise:.3}");
        assert!(
            held <= held_ceiling,
            "{name}: reflections held back {held:.3}"
        );
    }
}

#[test]
fn a_reply_the_reader_leans_against_is_suggested_3_without_naming_words() {
    // A mild jibe at the client's effort: no rule catches it, the reader leans against it
    // without being sure.
    let reply = "You aren't really sticking to the plan.";
    let coding = code(reply);
    assert!(coding.code.is_reflection(), "{coding:?}");
    assert!(coding.reserved, "{coding:?}");
    assert!(
        coding.caution.is_none(),
        "a doubt and a held-back praise never come together"
    );
    assert!(coding.line().contains("  reserved"), "{}", coding.line());
    let s = suggest(&coding, reply, Technique::ComplexReflection, &[]);
    assert_eq!(s.grade.value(), 3, "{}", s.why);
    assert!(s.why.contains("will not praise"), "{}", s.why);
    // A reply the rules code persuade is never held back: its flag says more.
    let pushy = "You should ring your sister back tonight.";
    assert!(!code(pushy).reserved);
}

/// Facts the rules flag as unasked are coded persuade when the reader also doubts them: the
/// two readings agree. A plain fact the reader has no doubt about keeps its information code
/// and its flag.
#[test]
fn flagged_facts_the_reader_also_doubts_are_coded_persuade() {
    let pressed = "There's loads of evidence for walking groups. The council runs them for free.";
    let by_rules = code_by_rules(pressed);
    assert_eq!(by_rules.code, Code::Info, "{by_rules:?}");
    let coding = code(pressed);
    assert_eq!(coding.code, Code::Persuade, "{coding:?}");
    assert_eq!(coding.why, reframe_core::coach::WHY_PRESSED_FACTS);
    assert_eq!(
        coding.flags, by_rules.flags,
        "the flag names the facts' words"
    );
    assert!(coding.caution.is_none() && !coding.reserved);
    let s = suggest(&coding, pressed, Technique::ComplexReflection, &[]);
    assert_eq!(s.grade.value(), 2, "{}", s.why);

    let plain = "The clinic is open from nine until five on weekdays.";
    let coding = code(plain);
    assert_eq!(coding.code, Code::Info, "{coding:?}");
    assert!(!coding.flags.is_empty());
}

/// `reframe code --explain` says why a reply is doubted or held back from praise.
#[test]
fn explain_says_why_a_reply_is_doubted_or_held_back() {
    let input =
        "Sounds like you just don't want to hear it.\nYou aren't really sticking to the plan.\n";
    let mut out = Vec::new();
    reframe_core::coach::code_lines_with(input.as_bytes(), &mut out, false, true)
        .expect("coding to memory");
    let out = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("  doubt: The rules did not code"),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("  reserved  "), "{}", lines[1]);
    assert!(
        lines[1].contains("reserved: The rules found nothing MI-inconsistent"),
        "{}",
        lines[1]
    );
}

/// A short reply no rule catches but the reader is all but certain about is coded by it: the
/// words that weighed most are underlined with its reason, the suggested grade is that of an
/// MI-inconsistent reply, and `--explain` says the second reader decided. A long reply it is as
/// sure about keeps the rules' code and only carries the doubt: long turns are outside what
/// it learned from.
#[test]
fn a_short_reply_the_reader_is_all_but_certain_about_is_coded_by_it() {
    let reply = "you say that every single time tho";
    assert!(code_by_rules(reply).code.is_reflection());
    let coding = code(reply);
    assert_eq!(coding.code, Code::Confront, "{coding:?}");
    assert_eq!(coding.why, reframe_core::coach::WHY_READER_DECIDES);
    let flag = coding.flags.last().expect("a flag");
    assert!(
        flag.words.ends_with("say that every single time tho"),
        "{flag:?}"
    );
    assert_eq!(flag.reason, learned::DECIDED_CONFRONT);
    assert!(coding.caution.is_none() && !coding.reserved);
    let s = suggest(&coding, reply, Technique::ComplexReflection, &[]);
    assert!(s.grade.value() <= 2, "{}", s.why);
    assert!(s.why.contains("every single time"), "{}", s.why);
    let mut out = Vec::new();
    reframe_core::coach::code_lines_with(format!("{reply}\n").as_bytes(), &mut out, false, true)
        .expect("coding to memory");
    let out = String::from_utf8(out).expect("utf-8");
    assert!(out.starts_with("confront "), "{out}");
    assert!(out.contains("Coded by the coach's second reader"), "{out}");
    assert!(out.contains(&flag.words), "{out}");

    let long = "you say that every single time tho, and you said it last week and the week \
                before that and the week before that as well";
    assert!(Text::new(long).words.len() > learned::DECIDE_MAX_WORDS);
    let coding = code(long);
    // Too long for the short-reply rule. Since coder version 41 the reader codes it anyway, as
    // a reflection that rests only on "you", and its flag does not call it short.
    assert_ne!(coding.why, reframe_core::coach::WHY_READER_DECIDES);
    assert_eq!(coding.why, reframe_core::coach::WHY_READER_DEFAULT);
    let flag = coding.flags.last().expect("the reader's flag");
    assert_eq!(flag.reason, learned::DEFAULT_CONFRONT);
}

/// A reply that opens by framing the client's own words or view ("ur saying…") is a reflection
/// in form: the reader, all but certain from the words alone, only doubts it. Without the
/// frame the same words are the clinician's and are coded.
#[test]
fn the_reader_does_not_code_a_reply_framed_as_the_clients_words() {
    let framed = "ur saying to be fair ur cousin drinks way more than u tho";
    let text = Text::new(framed);
    let p = learned::shipped()
        .mi_inconsistent
        .probability(&learned::features(&text));
    assert!(
        p > learned::DECIDE_THRESHOLD && text.words.len() <= learned::DECIDE_MAX_WORDS,
        "the reader would code it but for the frame: {p}"
    );
    let coding = code(framed);
    assert!(coding.code.is_reflection(), "{coding:?}");
    assert!(coding.caution.is_some(), "{coding:?}");
    let bare = "to be fair ur cousin drinks way more than u tho";
    assert_eq!(code(bare).code, Code::Confront);
}

/// A short statement the rules read as information, which the reader doubts, is coded by the
/// reader (coder version 24): a flat fact or opinion offered against the client's view argued
/// in nearly every example. A plain fact it does not doubt stays information.
#[test]
fn a_short_statement_the_reader_doubts_is_coded_by_it() {
    let reply = "Two wrongs don't make a right.";
    assert_eq!(code_by_rules(reply).code, Code::Info);
    let coding = code(reply);
    assert!(coding.code.group() == Group::PersuadeConfront, "{coding:?}");
    assert_eq!(coding.why, reframe_core::coach::WHY_READER_STATEMENT);
    let flag = coding.flags.last().expect("the reader's flag");
    assert!(reply.contains(&flag.words), "{flag:?}");
    let s = suggest(&coding, reply, Technique::ComplexReflection, &[]);
    assert!(s.grade.value() <= 2, "{}", s.why);

    let plain = "The clinic is open from nine until five on weekdays.";
    assert_eq!(code(plain).code, Code::Info);
}

/// A reply the rules call a reflection only for want of anything else (not sure), which the
/// reader doubts, is coded by the reader (coder version 30): nothing in it says back what the
/// client meant. A turn that breaks off on a dash, as a transcribed turn cut off by the other
/// speaker does, only gets the doubt: where it was going, the reader cannot tell.
#[test]
fn a_default_reflection_the_reader_doubts_is_coded_by_it() {
    let reply = "Maybe the other nurses weren't the problem.";
    let rules = code_by_rules(reply);
    assert!(rules.code.is_reflection() && !rules.sure, "{rules:?}");
    // Since coder version 133 a reflection by default needs the reader above its own threshold.
    let p = learned::shipped()
        .mi_inconsistent
        .probability(&learned::features(&Text::new(reply)));
    assert!(p > learned::UNSURE_REFLECTION_THRESHOLD, "{p}");
    let coding = code(reply);
    assert!(coding.code.group() == Group::PersuadeConfront, "{coding:?}");
    assert_eq!(coding.why, reframe_core::coach::WHY_READER_DEFAULT);
    let flag = coding.flags.last().expect("the reader's flag");
    assert!(reply.contains(&flag.words), "{flag:?}");
    // The reason does not call a reply of any length short.
    assert_eq!(flag.reason, learned::DEFAULT_CONFRONT);
    let s = suggest(&coding, reply, Technique::ComplexReflection, &[]);
    assert!(s.grade.value() <= 2, "{}", s.why);

    let cut_off = "-the patches probably arent doing much for u tho";
    let coding = code(cut_off);
    assert!(coding.code.is_reflection(), "{coding:?}");
    assert!(coding.caution.is_some(), "{coding:?}");
    // Nor does one that opens in the client's view: the reader weighs words, not framing.
    let framed = code("For you, one slip is not a reason to drop the whole plan.");
    // (Held back from praise since version 137, doubted before.)
    assert!(
        framed.code.is_reflection() && (framed.caution.is_some() || framed.reserved),
        "{framed:?}"
    );
    // A reflection the rules are sure of keeps its code.
    reflects_surely("It sounds like that crowd isn't doing you many favours right now.");
}

/// Coder version 41: a reflection whose only evidence is the client as a clause's subject ("so
/// you're only here to…"), which the reader doubts above [`learned::THIN_THRESHOLD`], is coded
/// by the reader too; with the marks of transcribed speech ("you- you're") it keeps only
/// the doubt.
#[test]
fn a_reflection_resting_only_on_you_that_the_reader_doubts_is_coded_by_it() {
    // Longer than a short reply, so that only this rule can code it.
    let reply = "so ur only here to save ur own skin and ud say anything to get the court off \
                 ur back this month tbh";
    let rules = code_by_rules(reply);
    assert!(rules.code.is_reflection() && rules.sure, "{rules:?}");
    let coding = code(reply);
    assert_eq!(coding.code, Code::Confront, "{coding:?}");
    assert_eq!(coding.why, reframe_core::coach::WHY_READER_DEFAULT);
    let spoken = code(
        "so you- ur only here to save ur own skin and ud say anything to get the court off ur \
         back this month tbh",
    );
    assert!(
        spoken.code.is_reflection() && spoken.caution.is_some(),
        "{spoken:?}"
    );
    // A reflection with a stem or a feeling in it is not coded by the reader, however it leans,
    // nor one that also praises or asks ("…, glad ur here", "…, what helped u do that").
    reflects_surely("It sounds like you're only here because the court says so.");
    let praising = code("well u did come back this week after saying u wouldnt, glad ur here");
    assert_ne!(
        praising.code.group(),
        Group::PersuadeConfront,
        "{praising:?}"
    );
}

/// Coder version 43: a reply the rules call other only because it talks about the clinician
/// ("I'm not a cash machine, I can't just sign things off"), which the reader all but certainly
/// doubts, is coded by it,
/// on the terms of version 41's thin reflections.
#[test]
fn a_reply_about_the_clinician_the_reader_doubts_is_coded_by_it() {
    for (reply, kind) in [
        (
            "I'm not a cash machine, I can't just sign things off.",
            Code::Confront,
        ),
        (
            "I've got other patients waiting, so let's be quick.",
            Code::Persuade,
        ),
    ] {
        let rules = code_by_rules(reply);
        assert_eq!(rules.code, Code::Other, "{rules:?}");
        let coding = code(reply);
        assert_eq!(coding.code, kind, "{reply:?}: {coding:?}");
        let flag = coding
            .flags
            .last()
            .expect("the reader's words are underlined");
        // Since coder version 51 the reader is sure enough of the second reply to code it as a
        // short reply of its own certainty; either way it is the reader's code, with its reason.
        if coding.why == reframe_core::coach::WHY_READER_DECIDES {
            assert!(
                flag.reason == learned::DECIDED_CONFRONT
                    || flag.reason == learned::DECIDED_PERSUADE,
                "{flag:?}"
            );
        } else {
            assert_eq!(coding.why, reframe_core::coach::WHY_READER_DEFAULT);
            assert!(
                flag.reason == learned::DEFAULT_CONFRONT
                    || flag.reason == learned::DEFAULT_PERSUADE,
                "{flag:?}"
            );
        }
    }
    // Left alone: transcribed speech, a turn cut off on a dash, a question of its own.
    for reply in [
        "I- I'm not a cash machine, I can't just sign things off.",
        "I'm not a cash machine, I can't just sign things off-",
        "I'm not a cash machine, I can't just sign things off, what would help?",
    ] {
        let coding = code(reply);
        assert_ne!(
            coding.code.group(),
            Group::PersuadeConfront,
            "{reply:?}: {coding:?}"
        );
        assert!(coding.flags.is_empty(), "{reply:?}: {coding:?}");
    }
    // Talk about the clinician the reader does not doubt stays other.
    assert_eq!(
        code("I'll make a note of that so we can come back to it.").code,
        Code::Other
    );
}

/// Coder version 45: a question the rules are sure of by its form, which the reader all but
/// certainly doubts, carries its own answer and is coded by it; the same opening with a
/// question of the client's own stays a question.
#[test]
fn a_question_the_reader_all_but_certainly_doubts_is_coded_by_it() {
    let reply = "Have you thought about what the sugar is doing to your teeth?";
    let rules = code_by_rules(reply);
    assert!(rules.code.is_question() && rules.sure, "{rules:?}");
    let coding = code(reply);
    assert_eq!(coding.code, Code::Persuade, "{coding:?}");
    assert_eq!(coding.why, reframe_core::coach::WHY_READER_QUESTION);
    let flag = coding
        .flags
        .last()
        .expect("the reader's words are underlined");
    assert_eq!(flag.reason, learned::QUESTION_PERSUADE);
    assert_eq!(&reply[flag.span.clone()], flag.words);
    // Left alone: transcribed speech, a turn cut off on a dash, a question of the client's own.
    for reply in [
        "Have you- have you thought about what the sugar is doing to your teeth?",
        "Have you thought about what the sugar is doing to your teeth-",
        "Have you thought about what you want from today?",
    ] {
        let coding = code(reply);
        assert!(coding.code.is_question(), "{reply:?}: {coding:?}");
        assert!(coding.flags.is_empty(), "{reply:?}: {coding:?}");
    }
}

#[track_caller]
fn reflects_surely(reply: &str) {
    let c = code(reply);
    assert!(c.code.is_reflection() && c.sure, "{reply:?}: {c:?}");
}

/// Coder version 27: a lone hedge or intensifier ("Honestly", "maybe", "tbh") still weighs,
/// but it is never the words a doubt or a code names: a learner cannot act on it.
#[test]
fn the_reader_never_names_a_lone_hedge() {
    let lone_hedge = |words: &str| {
        matches!(
            words.trim().to_lowercase().as_str(),
            "maybe" | "probably" | "perhaps" | "honestly" | "literally" | "tbh" | "even" | "only"
        )
    };
    let named = |reply: &str| -> Vec<String> {
        let c = code(reply);
        c.flags
            .iter()
            .chain(c.caution.iter())
            .map(|f| f.words.clone())
            .collect()
    };
    let words = named(
        "Honestly, three rounds of rehab sounds like you weren't really taking it seriously.",
    );
    assert!(
        words.iter().any(|w| w.contains("seriously")),
        "the verdict is named: {words:?}"
    );
    for name in TRAINING_SETS {
        for (reply, _) in set(name) {
            for w in named(&reply) {
                assert!(!lone_hedge(&w), "{name}: {reply:?} names {w:?}");
            }
        }
    }
}

/// Coder version 51: a turn that opens on "So," gathers up what the client said, as
/// counsellors' summaries in the public transcripts do, so the reader's doubt about it stays a
/// caution (the grade stops at 3) and is not made its code. A rule still codes it.
#[test]
fn a_turn_opening_so_comma_is_not_coded_by_the_reader() {
    for (bare, gathered) in [
        (
            "Stopping the energy drinks could make a big difference.",
            "So, stopping the energy drinks could make a big difference.",
        ),
        (
            "A steadier routine could make a big difference.",
            "So, a steadier routine could make a big difference.",
        ),
    ] {
        let pushed = code(bare);
        assert_eq!(pushed.code, Code::Persuade, "{bare:?}: {pushed:?}");
        let summed = code(gathered);
        assert_ne!(
            summed.code.group(),
            Group::PersuadeConfront,
            "{gathered:?}: {summed:?}"
        );
        assert!(summed.caution.is_some(), "{gathered:?}: {summed:?}");
        let s = suggest(&summed, gathered, Technique::ComplexReflection, &[]);
        assert_eq!(s.grade.value(), 3, "{}", s.why);
    }
    // Nor a short statement the rules read as information (coder version 52).
    let stated = "So, you might have to pack his bags for him.";
    let coding = code(stated);
    assert_eq!(coding.code, Code::Info, "{stated:?}: {coding:?}");
    assert!(coding.caution.is_some(), "{stated:?}: {coding:?}");
    // A rule's flag does not depend on the opening.
    assert_eq!(
        code("So, you should get the childcare sorted first.").code,
        Code::Persuade
    );
}

/// Coder version 81: a short reply plainly written to the client (no filler of speech, no
/// opening that carries on a spoken turn, not opening on the speaker), typed, with no praise and
/// no question, is coded by the reader a little below [`learned::THIN_THRESHOLD`], at
/// [`learned::WRITTEN_THRESHOLD`].
#[test]
fn a_short_reply_written_to_the_client_is_coded_by_the_reader_when_it_is_sure() {
    let reply = "You don't seem to be taking your cholesterol very seriously.";
    let text = reframe_core::coach::text::Text::new(reply);
    let p = learned::shipped()
        .mi_inconsistent
        .probability(&learned::features(&text));
    // Between the two thresholds: only version 81 codes it.
    assert!(
        p > learned::WRITTEN_THRESHOLD && p <= learned::THIN_THRESHOLD,
        "{p}"
    );
    assert!(
        !code_by_rules(reply)
            .code
            .group()
            .eq(&Group::PersuadeConfront)
    );
    assert_eq!(code(reply).code, Code::Confront, "{:?}", code(reply));
}

/// Coder version 102: when the rules raise one flag on a reply the second reader is all but
/// certain is MI-consistent (below `learned::CLEAR_THRESHOLD`), the rest of the reply decides
/// the code and the flag is shown as a doubt, with a suggested 3; in reply to a client it stays
/// a doubt. A plain push, and a question that argues, keep their flag.
#[test]
fn a_rule_flag_the_reader_clears_is_a_doubt() {
    for reply in [
        "You're the one who decides whether the group is worth a go.",
        "It feels like you can't be honest here without it being held against you.",
        "I can tell you what I'd suggest, and what you do with it is up to you.",
    ] {
        let rules = code_by_rules(reply);
        assert_eq!(rules.code.group(), Group::PersuadeConfront, "{rules:?}");
        let coding = code(reply);
        assert_ne!(coding.code.group(), Group::PersuadeConfront, "{coding:?}");
        assert!(coding.flags.is_empty(), "{coding:?}");
        let doubt = coding.caution.as_ref().expect("the cleared flag");
        assert_eq!(doubt.reason, learned::CLEARED_REASON);
        assert_eq!(doubt.words, rules.flags[0].words);
        let s = suggest(&coding, reply, Technique::ComplexReflection, &[]);
        assert_eq!(s.grade.value(), 3, "{s:?}");
        assert!(s.why.contains(&doubt.words), "{s:?}");
        let in_reply = reframe_core::coach::code_in_reply_to("I'm not doing the group.", reply);
        assert_ne!(
            in_reply.code.group(),
            Group::PersuadeConfront,
            "{in_reply:?}"
        );
        assert!(in_reply.caution.is_some(), "{in_reply:?}");
    }
    for reply in [
        "You should try the patches.",
        "What did you expect, after skipping three weeks?",
    ] {
        assert_eq!(
            code(reply).code.group(),
            Group::PersuadeConfront,
            "{reply:?}"
        );
    }
}

/// Coder version 133: a reply that opens on the clinician's own uncertainty ("I don't think
/// I…", "I'm not sure whether…") is left to the rules, which do not flag it. The retrained
/// reader leans hard against both (it learned those openings from replies that doubted the
/// client), but neither is coded MI-inconsistent, alone or (since version 134) in reply, where
/// the doubt stays a caution. The same openings doubting the client are still flagged, and
/// since version 134 an uncertainty about the client ("I'm not sure whether you're…") is not
/// excused.
#[test]
fn the_clinicians_own_uncertainty_is_left_to_the_rules() {
    use reframe_core::coach::code_in_reply_to;
    let said = "I only drink at weekends.";
    for reply in [
        "I don't think I explained the dosing very well.",
        "I'm not sure whether the group still meets on Thursdays.",
    ] {
        let p = learned::shipped()
            .mi_inconsistent
            .probability(&learned::features(&Text::new(reply)));
        assert!(p > learned::CAUTION_THRESHOLD, "{reply:?}: {p}");
        let coding = code(reply);
        assert_ne!(
            coding.code.group(),
            Group::PersuadeConfront,
            "{reply:?}: {coding:?}"
        );
        let heard = code_in_reply_to(said, reply);
        assert_ne!(
            heard.code.group(),
            Group::PersuadeConfront,
            "{reply:?}: {heard:?}"
        );
        assert!(heard.caution.is_some(), "{reply:?}: {heard:?}");
    }
    // Typed, with the client's "you" only after a pause.
    let typed = "im not sure i follow, can u say more";
    assert_ne!(code(typed).code.group(), Group::PersuadeConfront);
    assert_ne!(
        code_in_reply_to(said, typed).code.group(),
        Group::PersuadeConfront
    );
    for reply in [
        "I don't think that's quite how the letter reads.",
        "I'm not sure that's quite how the landlord would tell it.",
        "I'm not sure whether you're taking this seriously.",
    ] {
        assert_eq!(code(reply).code, Code::Confront, "{reply:?}");
        assert_eq!(
            code_in_reply_to(said, reply).code.group(),
            Group::PersuadeConfront,
            "{reply:?}"
        );
    }
}

/// Coder version 146: in reply to a client's statement the in-reply reader, which reads the
/// reply with the statement, decides. A reply that brings its own matter against the client's
/// plan, which the reader alone could not place, is coded persuade in reply, its words flagged;
/// replies made of the client's own matter stay reflections; a blank statement is no statement.
/// (Examples written for this test. Version 145 coded the first "information, not sure" in
/// reply too.)
#[test]
fn in_reply_the_reader_reads_the_reply_with_the_statement() {
    use reframe_core::coach::{WHY_READER_IN_REPLY, code_in_reply_to};
    let knee = "I don't need the physio exercises, my knee's fine now.";
    let pushed = "Six weeks of work gone if you stop now.";
    assert_ne!(code(pushed).code.group(), Group::PersuadeConfront);
    let coding = code_in_reply_to(knee, pushed);
    assert_eq!(coding.code, Code::Persuade, "{coding:?}");
    assert_eq!(coding.why, WHY_READER_IN_REPLY);
    let flag = coding.flags.last().expect("the reader's flag");
    assert!(pushed.contains(&flag.words), "{flag:?}");
    for (statement, reflection) in [
        (
            knee,
            "Your knee feels fine now, so the exercises seem pointless.",
        ),
        (
            "The school keeps calling about my son. He's fifteen, I can't carry him there.",
            "You can't carry him there, and the calls keep coming.",
        ),
        (
            "I only vape at parties, it's not like I'm a smoker.",
            "You don't see yourself as a smoker, because it's only at parties.",
        ),
    ] {
        let coding = code_in_reply_to(statement, reflection);
        assert!(coding.code.is_reflection(), "{reflection}: {coding:?}");
        assert!(coding.flags.is_empty(), "{reflection}: {coding:?}");
    }
    assert_eq!(code_in_reply_to("  ", pushed), code(pushed));
}

/// Coder version 147: in reply, the in-reply reader also decides whether praise is held back
/// (above 0.6, chosen with `cv_in_reply` by version 17's rule: at most 2 % of a left-out
/// writer's reflections held back). Over every held-out set, coded in reply: MI-inconsistent
/// replies the coach could still praise (not coded so, sure, no doubt, not held back) 1,512 →
/// 1,178 of 22,593 (6.7 % → 5.2 %) from version 146; reflections held back 118 → 192 of
/// 19,033 (0.62 % → 1.01 %). Over the hundred and twenty-four held-out learners' sets of stop
/// 49 (the probe sets, [`learned::PROBE_SETS`], left out), version 147: 1,270 of 24,070
/// praisable (5.28 %), 203 of 20,313 reflections held back (1.00 %). Over the hundred and
/// twenty-six of stop 50, version 149: 1,295 of 24,440 praisable (5.30 %), 207 of 20,633 held
/// back (1.00 %); version 150 1,296, one held-out catch fewer. Over the hundred and thirty of stop
/// 51, version 151: 1,334 of 25,180 praisable (5.30 %), 212 of 21,272 held back (1.00 %). A reply that warns in the
/// client's own matter is held back; a model answer is not.
#[test]
fn in_reply_the_in_reply_reader_holds_back_praise() {
    use reframe_core::coach::code_in_reply_to;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coach");
    let (mut bad, mut praised, mut reflections, mut held) = (0usize, 0usize, 0usize, 0usize);
    for name in learned::held_out_learner_sets() {
        let text = std::fs::read_to_string(dir.join(name)).expect("the sets ship with the repo");
        for l in learned::read_labelled_lines(&text).expect("a labelled set") {
            let c = match &l.client {
                Some(said) => code_in_reply_to(said, &l.reply),
                None => code(&l.reply),
            };
            let passed = c.code.group() != Group::PersuadeConfront;
            match l.code.group() {
                Group::PersuadeConfront => {
                    bad += 1;
                    praised += usize::from(passed && c.sure && c.caution.is_none() && !c.reserved);
                }
                Group::Reflection => {
                    reflections += 1;
                    held += usize::from(passed && c.reserved);
                }
                _ => {}
            }
        }
    }
    let praise = praised as f64 / bad.max(1) as f64;
    let held_back = held as f64 / reflections.max(1) as f64;
    println!(
        "in reply: praisable {praised}/{bad} ({:.2} %), reflections held back {held}/{reflections} ({:.2} %)",
        100.0 * praise,
        100.0 * held_back
    );
    // 1,296 of 24,440 with version 150 over the 126 of stop 50 (5.30 %).
    assert!(praise <= 0.0535, "praisable {praise:.4}");
    assert!(held_back <= 0.011, "reflections held back {held_back:.4}");

    let app = "My quit-smoking app does more for me than this does. At least it tells me how much \
               money I've saved.";
    let warned = code_in_reply_to(app, "The savings will be gone the first week you slip.");
    assert!(warned.reserved, "{warned:?}");
    let model = code_in_reply_to(
        app,
        "The app gives you something you can watch adding up, and that's worth keeping.",
    );
    assert!(!model.reserved && model.caution.is_none(), "{model:?}");
}
