//! The coder on text it was not tuned on: the bundled decks, written by the curriculum
//! author. Model responses must not be coded persuade/confront, and most must land in the
//! group their technique belongs to; foils (tempting MI-inconsistent answers) should mostly
//! be caught. Run with `--nocapture` to see the numbers and the misses.
//!
//! The foils are subtle on purpose (facts fired back, moralising without a marker word), and
//! telling information from persuasion needs the client's statement the coder does not see,
//! so the foil bar guards against regressions rather than claiming the coder catches them all.

use reframe_core::coach::{Group, code, code_in_reply_to};
use reframe_core::deck::bundled;
use reframe_core::mi::Technique;

fn expected_group(t: Technique) -> Group {
    use Technique::*;
    match t {
        SimpleReflection
        | ComplexReflection
        | AmplifiedReflection
        | DoubleSidedReflection
        | Reframe
        | AgreementWithTwist
        | ComingAlongside => Group::Reflection,
        OpenQuestion => Group::Question,
        // Asking permission is seeking collaboration, one of the MI-adherent codes in the
        // "other" group (MITI gives an utterance one code).
        ShiftedFocus | Autonomy | Apology | Affirmation | AskingPermission => Group::Other,
    }
}

#[test]
fn bundled_cards_are_coded_sensibly() {
    let mut models = 0;
    let mut agree = 0;
    let mut model_pc = Vec::new();
    let mut foils = 0;
    let mut foils_caught = 0;
    // Foils whose main code is persuade or confront (the rest may still carry a flag).
    let mut foils_main = 0;
    // The same, coded in reply to the card's statement, as the app codes.
    let mut foils_main_in_reply = 0;
    let mut foil_misses = Vec::new();
    for b in bundled() {
        let deck = b
            .parse()
            .unwrap_or_else(|e| panic!("bundled deck {} does not parse: {e:?}", b.file_name));
        for card in &deck.cards {
            models += 1;
            let coding = code(&card.response);
            let group = coding.code.group();
            if group == expected_group(card.technique)
                || card.secondary.iter().any(|t| expected_group(*t) == group)
            {
                agree += 1;
            } else {
                println!(
                    "model {} ({}) coded {}: {}",
                    card.id,
                    card.technique.id(),
                    coding.code.id(),
                    card.response
                );
            }
            // A learner who types the model answer back must not be doubted or held back
            // either: the second reader would keep the suggested grade at 3.
            if group == Group::PersuadeConfront || coding.caution.is_some() || coding.reserved {
                model_pc.push(format!("{}: {}", card.id, card.response));
            }
            // The app codes a typed answer in reply to the card's statement (coder versions 55,
            // 59 and 64): there too the model answer must not read as persuasion.
            if code_in_reply_to(&card.statement, &card.response)
                .code
                .group()
                == Group::PersuadeConfront
            {
                model_pc.push(format!("{} (in reply): {}", card.id, card.response));
            }
            // Other good answers are answers too: none may read as persuasion.
            for alternative in &card.alternatives {
                let coded = code(&alternative.response);
                let in_reply = code_in_reply_to(&card.statement, &alternative.response);
                if coded.code.group() == Group::PersuadeConfront
                    || in_reply.code.group() == Group::PersuadeConfront
                    || coded.caution.is_some()
                    || coded.reserved
                {
                    model_pc.push(format!(
                        "{} (other good answer): {}",
                        card.id, alternative.response
                    ));
                }
            }
            if let Some(foil) = &card.foil {
                foils += 1;
                let coded = code(&foil.text);
                if coded.code.group() == Group::PersuadeConfront {
                    foils_main += 1;
                }
                if code_in_reply_to(&card.statement, &foil.text).code.group()
                    == Group::PersuadeConfront
                {
                    foils_main_in_reply += 1;
                }
                if coded.code.group() == Group::PersuadeConfront || !coded.flags.is_empty() {
                    foils_caught += 1;
                } else {
                    foil_misses.push(format!(
                        "{} [{}]: {}",
                        coded.code.id(),
                        foil.flaw,
                        foil.text
                    ));
                }
            }
        }
    }
    println!("\nfoils not caught:");
    for m in &foil_misses {
        println!("  {m}");
    }
    let agreement = agree as f64 / models.max(1) as f64;
    let caught = foils_caught as f64 / foils.max(1) as f64;
    println!(
        "\nmodel responses in their technique's group: {agree}/{models} = {:.0} %",
        100.0 * agreement
    );
    let main = foils_main as f64 / foils.max(1) as f64;
    println!(
        "foils coded persuade/confront or flagged: {foils_caught}/{foils} = {:.1} %",
        100.0 * caught
    );
    println!(
        "foils whose main code is persuade/confront: {foils_main}/{foils} = {:.1} %",
        100.0 * main
    );
    let main_in_reply = foils_main_in_reply as f64 / foils.max(1) as f64;
    println!(
        "foils whose main code is persuade/confront in reply to the statement: {foils_main_in_reply}/{foils} = {:.1} %",
        100.0 * main_in_reply
    );
    assert!(models > 0, "no bundled cards");
    // Just under the measured 87.6 % (coder 64).
    assert!(
        main_in_reply >= 0.87,
        "only {:.1} % of foils have persuade/confront as their main code in reply",
        100.0 * main_in_reply
    );
    assert!(
        model_pc.is_empty(),
        "model responses coded persuade/confront, doubted or held back: {model_pc:#?}"
    );
    assert!(
        agreement >= 0.80,
        "only {:.0} % of model responses in their group",
        100.0 * agreement
    );
    // Floors just under the measured figures (85.7 % and 83.0 % over 364 foils, coder 24;
    // 84.1 % and 81.3 %, coder 17;
    // 81.3 % and 76.1 %, coder 5): the
    // aim is 75 % by main code; docs/coach.md says why the coder, which does not see the
    // client's statement, still reads many fired-back facts as information.
    assert!(
        caught >= 0.85,
        "only {:.1} % of foils coded persuade/confront or flagged",
        100.0 * caught
    );
    assert!(
        main >= 0.82,
        "only {:.1} % of foils have persuade/confront as their main code",
        100.0 * main
    );
}
