//! The coder against the labelled sets in tests/coach/, each reported on its own (run with
//! `--nocapture` to see per-code precision, recall, F1 and the four-group confusion):
//!
//! - `labelled.tsv` (652) and `spoken.tsv` (102): written with the rules, kept as the
//!   regression sets.
//! - `learners-a/c/d.tsv`: learner-style replies by three writers who saw no rules, written
//!   before the rules were tuned on them; the rules were then fitted to their misses.
//! - `learners-b.tsv`: the same kind of set by a fourth writer, never read while writing rules:
//!   the held-out figure.
//! - `learners-e/f/g.tsv` (hurried students; second-language trainees and health-care staff;
//!   polished professionals), `sessions-a.tsv` (transcript-style turns) and `hardneg-a/b/c.tsv`
//!   (MI-consistent turns that use words advice often uses): written by seven more writers who
//!   saw no rules, for tuning and for the coach's second reader.
//! - `learners-h.tsv`: a second held-out set by another writer, never read: only its figures
//!   are looked at.
//! - `learners-i/j/k.tsv` (health-care students typing on phones; peer-support volunteers;
//!   probation, youth and school staff): three more writers, for the second reader's training.
//! - `learners-l.tsv`: a third held-out set (a mixed cohort of trainees), never read: its
//!   figures were first taken with coder version 6 before anything else changed.
//!
//! Each floor sits just under the figure measured when it was set, so a regression fails.

use reframe_core::coach::learned::{
    self, HELD_OUT_SETS, Labelled, PROBE_SETS, read_labelled_lines,
};
use reframe_core::coach::{Code, Group, code, code_in_reply_to};

/// The six held-out sets written from the second writers' brief (coder version 70's stop). That
/// brief asked, besides, for reflections worded with advice's or judgement's words that only
/// restate the client, so their reflections are harder to leave unflagged; they are pooled on
/// their own ([`the_second_brief_sets_in_reply`]) rather than with the first seventeen.
const SECOND_BRIEF: [&str; 6] = [
    "learners-ax.tsv",
    "learners-ay.tsv",
    "learners-az.tsv",
    "learners-ba.tsv",
    "learners-bb.tsv",
    "learners-bc.tsv",
];

/// Three held-out sets written after coder version 73, from the first brief again (without the
/// second brief's request for reflections worded with advice's or judgement's words), by writers
/// of the same kind as the second brief's. Pooled on their own
/// ([`the_latest_sets_in_reply`]) and, since coder version 76, with the seventeen in
/// [`in_reply_to_the_statement_the_held_out_sets_gain`]: with version 73 the twenty flagged
/// 3.0 % of their reflections in reply (103 of 3,413), just over the 3 % that test holds them
/// to; with version 76, 2.8 % (95).
const LATEST: [&str; 3] = ["learners-bd.tsv", "learners-be.tsv", "learners-bf.tsv"];

/// Four held-out sets written after coder version 76, while version 77 was made, by writers who
/// saw no rules, code or outputs: learners-bo and bq from the first brief, bp and br from the
/// second. Pooled on their own ([`the_sets_written_after_version_76_in_reply`]).
const AFTER_76: [&str; 4] = [
    "learners-bo.tsv",
    "learners-bp.tsv",
    "learners-bq.tsv",
    "learners-br.tsv",
];

/// Four held-out sets written during coder versions 79 to 81, by writers who saw no rules, code
/// or outputs: learners-bs and bt from the first brief, bu and bv from the second. Pooled on
/// their own ([`the_sets_written_during_version_80_in_reply`]).
const DURING_80: [&str; 4] = [
    "learners-bs.tsv",
    "learners-bt.tsv",
    "learners-bu.tsv",
    "learners-bv.tsv",
];

/// Four held-out sets written during coder versions 90 to 92, by writers who saw no rules, code
/// or outputs: learners-bw and bx from the first brief, by and bz from the second. Pooled on
/// their own ([`the_sets_written_during_version_90_in_reply`]).
const DURING_90: [&str; 4] = [
    "learners-bw.tsv",
    "learners-bx.tsv",
    "learners-by.tsv",
    "learners-bz.tsv",
];

/// Four held-out sets written while coder version 96 was made, by writers who saw no rules, code
/// or outputs: learners-ca and cc from the second brief, cb and cd from the first. Pooled on
/// their own ([`the_sets_written_during_version_96_in_reply`]).
const DURING_96: [&str; 4] = [
    "learners-ca.tsv",
    "learners-cb.tsv",
    "learners-cc.tsv",
    "learners-cd.tsv",
];

/// Three held-out sets written while coder versions 97 and 98 were made, by writers who saw no
/// rules, code or outputs: learners-cg from the first brief, cf and ch from the second. Pooled
/// on their own ([`the_sets_written_during_version_97_in_reply`]).
const DURING_97: [&str; 3] = ["learners-cf.tsv", "learners-cg.tsv", "learners-ch.tsv"];

/// Held-out sets written while coder versions 99 to 101 were made, by writers who saw no rules,
/// code or outputs, all from the same prompt form: learners-ce (gambling-harm counsellors,
/// betting-helpline staff and financial-wellbeing coaches), learners-cj (probation officers,
/// prison programme facilitators and community-sentence case workers), learners-cl (university
/// wellbeing advisers, peer mentors and international-student support staff), learners-ci
/// (school counsellors and youth workers in South Africa and Kenya), learners-ck (diabetes
/// nurses, podiatrists and retinal-screening staff), learners-cn (sports-club welfare officers,
/// coaches and athletic trainers) and learners-cm (community pharmacists, pharmacy technicians
/// and medicines-optimisation nurses). Pooled on their own
/// ([`the_sets_written_during_version_99_in_reply`]).
const DURING_99: [&str; 7] = [
    "learners-ce.tsv",
    "learners-cj.tsv",
    "learners-cl.tsv",
    "learners-ci.tsv",
    "learners-ck.tsv",
    "learners-cn.tsv",
    "learners-cm.tsv",
];

/// Held-out sets written after coder version 101 was finished and before version 102 was
/// begun, by writers who saw no rules, code or outputs, from the same prompt form as
/// [`DURING_99`]: learners-co (hospice and palliative-care nurses, chaplaincy volunteers and
/// carers-support workers), learners-cp (HR partners, employee-assistance counsellors and
/// occupational therapists in India and Singapore), learners-cq (addiction nurses,
/// needle-exchange workers and opioid-substitution prescribers) and learners-cr (family-court
/// mediators, contact-centre staff and parenting-programme facilitators). Pooled on their own
/// ([`the_sets_written_after_version_101_in_reply`]).
const AFTER_101: [&str; 4] = [
    "learners-co.tsv",
    "learners-cp.tsv",
    "learners-cq.tsv",
    "learners-cr.tsv",
];

/// Held-out sets written after coder version 103 was finished, by writers who saw no rules, code
/// or outputs, from the same prompt form as [`DURING_99`]: learners-cs (cardiac-rehab nurses,
/// stroke-unit therapists and heart-failure nurses) and learners-ct (gaming-harm coaches,
/// esports welfare staff and parents-helpline volunteers). Blind to every version of this stop.
const AFTER_103: [&str; 2] = ["learners-cs.tsv", "learners-ct.tsv"];

/// Held-out sets written while coder version 104 was made, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-cu (utility-company vulnerable-customer teams,
/// credit-union advisers and council-tax recovery officers) and learners-cv (trucking health
/// coaches, shift-work occupational-health nurses and transport-union wellbeing reps).
const DURING_104: [&str; 2] = ["learners-cu.tsv", "learners-cv.tsv"];

/// Held-out sets written while coder versions 104 to 106 were made, by writers who saw no
/// rules, code or outputs, from the same prompt form: learners-cw (sexual-assault referral
/// centre staff, consent educators and women's health nurses) and learners-cx (dietitians,
/// school-meals coordinators and food-bank volunteers).
const DURING_105: [&str; 2] = ["learners-cw.tsv", "learners-cx.tsv"];

/// Held-out sets written after coder version 107 was finished, by writers who saw no rules, code
/// or outputs, from the same prompt form: learners-cy (Highland and island community nurses, GP
/// receptionists and crofting-support officers, several writing English after Gaelic). Blind to
/// every version of stop 37.
const AFTER_107: [&str; 1] = ["learners-cy.tsv"];

/// A held-out set written while coder versions 104 to 108 were made, by a writer who saw no
/// rules, code or outputs, from the same prompt form: learners-cz (college esports coaches,
/// student-athlete academic advisers and campus recreation staff in Texas and Ontario). Blind
/// to every version of stops 37 and 38.
const DURING_108: [&str; 1] = ["learners-cz.tsv"];

/// Two held-out sets written while coder versions 109 and 110 were made, by writers who saw no
/// rules, code or outputs, from a prompt form rewritten from the held-out sets' one in stop 39
/// (the earlier file was lost with the machine): learners-de (dental hygienists and oral-health
/// educators in South Africa) and learners-df (veterans' support workers and ex-service peer
/// mentors in Australia). Blind to versions 109 to 111.
const DURING_110: [&str; 2] = ["learners-de.tsv", "learners-df.tsv"];

/// A held-out set written while coder versions 117 to 119 were made, by a writer who saw no
/// rules, code or outputs, from the same prompt form: learners-dh (geriatric care managers,
/// memory-clinic nurses and hospital discharge planners in the United States). Blind to versions
/// 116 to 120.
const DURING_119: [&str; 1] = ["learners-dh.tsv"];

/// A held-out set written while coder versions 126 and 127 were made, by a writer who saw no
/// rules, code or outputs, from the same prompt form, asked for the style learners-dh's misses
/// come from (courteous two-sentence replies that start warm and end steering): learners-dj
/// (community pharmacists, cardiac-rehab nurses and diabetes educators in Canada and the United
/// States). Blind to versions 125 to 127.
const DURING_126: [&str; 1] = ["learners-dj.tsv"];

/// A held-out set written while coder version 128 was made, by a writer who saw no rules, code
/// or outputs, from the same prompt form and style as learners-dj: learners-dl (school nurses,
/// youth sexual-health workers and college counsellors in New Zealand and Australia). Blind to
/// versions 127 and 128.
const DURING_128: [&str; 1] = ["learners-dl.tsv"];

/// A held-out set written while coder versions 129 and 130 were made, by a writer who saw no
/// rules, code or outputs, from the same prompt form and style: learners-dn (employment
/// advisers, work coaches and disability support workers in Canada and Ireland). Blind to
/// versions 128 to 130.
const DURING_129: [&str; 1] = ["learners-dn.tsv"];

/// Two held-out sets written after coder version 131, by writers who saw no rules, code or
/// outputs, from the same prompt form and style: learners-do (hearing-loss and tinnitus
/// clinicians, optometrists and low-vision workers in the United States and South Africa) and
/// learners-dp (gastroenterology nurses, bariatric dietitians and liver-clinic staff in
/// Australia and Canada). Blind to every version of stop 42 (128 to 131).
const AFTER_131: [&str; 2] = ["learners-do.tsv", "learners-dp.tsv"];

/// Two held-out sets written after coder version 132, by writers who saw no rules, code or
/// outputs, from the same prompt form and style: learners-dq (podiatrists, wound-care nurses
/// and diabetes foot-clinic staff in Wales and New Zealand) and learners-dr (prison and
/// probation health workers, drug-and-alcohol caseworkers and court liaison nurses in England
/// and Canada). Blind to version 133 (the second reader retrained).
const AFTER_132: [&str; 2] = ["learners-dq.tsv", "learners-dr.tsv"];

/// Two held-out sets written after coder version 133, by writers who saw no rules, code or
/// outputs, from the same prompt form and style: learners-dt (paediatric asthma nurses, allergy
/// dietitians and school health workers in England and the United States) and learners-du
/// (university wellbeing advisers, student-union caseworkers and sports-club welfare officers
/// in Scotland and Australia).
const AFTER_133: [&str; 2] = ["learners-dt.tsv", "learners-du.tsv"];

/// Two held-out sets written after coder version 135, by writers who saw no rules, code or
/// outputs, from the same prompt form and style: learners-dw (falls-prevention
/// physiotherapists, home-safety assessors and community geriatric nurses in Wales and the
/// United States) and learners-dx (gambling-harm counsellors, debt advisers and
/// financial-capability coaches in Australia and Ireland). Blind to every version of stop 43.
const AFTER_135: [&str; 2] = ["learners-dw.tsv", "learners-dx.tsv"];

/// Two held-out sets written while coder version 136 was made, by writers who saw no rules,
/// code or outputs, from the same prompt form with two new styles: learners-dy (school nurses,
/// youth workers and student-wellbeing counsellors in Scotland and Canada; typed on a phone) and
/// learners-dz (occupational-health advisers, return-to-work case managers and workplace EAP
/// counsellors in England and New Zealand; a professional register). Blind to version 136: both
/// were scored once with versions 135 and 136 after 136's thresholds were chosen.
const DURING_136: [&str; 2] = ["learners-dy.tsv", "learners-dz.tsv"];

/// Two held-out sets written after coder version 136, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-ed (audiologists, physiotherapists and
/// chronic-pain clinic nurses in Canada and Wales) and learners-ee (sexual-health advisers,
/// contraception nurses and antenatal midwives in Australia and England; typed on a phone).
/// Blind to version 137.
const AFTER_136: [&str; 2] = ["learners-ed.tsv", "learners-ee.tsv"];

/// Two held-out sets written after coder version 137, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-eh (mental-health nurses, crisis-team workers
/// and peer-support workers in Scotland and Australia) and learners-ei (weight-management
/// coaches, bariatric nurses and exercise physiologists in England and South Africa; typed on a
/// phone). Blind to every version of stop 44.
const AFTER_137: [&str; 2] = ["learners-eh.tsv", "learners-ei.tsv"];

/// Two held-out sets written while a version 138 was tried (the reader retrained on two more
/// read sets, not kept: docs/coach.md, "A version 138 tried and not kept"), by writers who saw no rules, code
/// or outputs, from the same prompt form: learners-ej (dental hygienists, dentists and
/// oral-health educators in Ireland and New Zealand; warm first, then a recommendation or a
/// fact) and learners-ek (prison and probation officers, youth-justice workers and
/// court-diversion staff in Canada and England; typed on a tablet). Blind to version 137.
const DURING_138: [&str; 2] = ["learners-ej.tsv", "learners-ek.tsv"];

/// Two held-out sets written while coder version 138's rules were written, by writers who saw
/// no rules, code or outputs, from the same prompt form: learners-en (hospice nurses,
/// palliative-care social workers and chaplains in Wales and Canada; gentle sentences that
/// acknowledge and then steer) and learners-eo (gym instructors, cardiac-rehab physiologists
/// and health trainers in Scotland and South Africa; typed on a phone). Blind to version 138.
const WHILE_138: [&str; 2] = ["learners-en.tsv", "learners-eo.tsv"];

/// Two held-out sets written after coder version 139, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-er (renal nurses, dialysis technicians and
/// transplant coordinators in Northern Ireland and New Zealand; precise and clinical) and
/// learners-es (drug and alcohol outreach workers, needle-exchange staff and peer mentors in
/// Scotland and Canada; typed on a phone). Blind to every version of stop 45.
const AFTER_139: [&str; 2] = ["learners-er.tsv", "learners-es.tsv"];

/// Two held-out sets written after coder version 140, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-ev (HIV clinic nurses, PrEP advisers and
/// hepatitis C outreach workers in South Africa and Scotland; measured, long explanations of
/// risk) and learners-ew (occupational-health advisers, workplace wellbeing coaches and HR case
/// managers in England and Singapore; corporate phrasing, typed on a phone). Blind to versions
/// 140 and 141.
const AFTER_140: [&str; 2] = ["learners-ev.tsv", "learners-ew.tsv"];

/// Two held-out sets written after coder version 142, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-fl (chiropractors, osteopaths and
/// musculoskeletal physiotherapists in Canada and Ireland; confident, typed on a tablet) and
/// learners-fm (school nurses, youth workers and sexual-health outreach staff in Scotland and
/// South Africa; casual, typed on a phone). Blind to every version of stop 46.
const AFTER_142: [&str; 2] = ["learners-fl.tsv", "learners-fm.tsv"];

/// Two more held-out sets written after coder version 142, at the end of stop 46, by writers
/// who saw no rules, code or outputs, from the same prompt form: learners-fn (community
/// pharmacists, medicines-optimisation technicians and anticoagulation nurses in Wales and New
/// Zealand; polite, agree first and then correct) and learners-fo (prison officers, peer
/// mentors and chaplains in Scotland and Canada; blunt, typed on a tablet).
const LATE_142: [&str; 2] = ["learners-fn.tsv", "learners-fo.tsv"];

/// Four held-out sets written at the start of stop 47, while coder version 143 was made, by
/// writers who saw no rules, code or outputs, from the same prompt form (rewritten in stop 47
/// after the stop-39 version was lost, now kept in docs/coach-set-prompt.md): learners-fp (hypertension-clinic nurses, community
/// health workers and pharmacists in Ghana and Jamaica; careful full sentences), learners-fq
/// (police and fire-service wellbeing officers and occupational-health nurses in England and
/// Canada; brisk, on a phone), learners-fr (rural health outreach workers and farm-safety
/// advisers in Australia and Wales; plain-spoken) and learners-fs (epilepsy and neurology staff
/// in the United States and Scotland; a professional register).
const DURING_143: [&str; 4] = [
    "learners-fp.tsv",
    "learners-fq.tsv",
    "learners-fr.tsv",
    "learners-fs.tsv",
];

/// Four more held-out sets written late in stop 47, after a retrained reader was tried (and
/// not kept), by writers who saw no rules, code or outputs, from the same prompt form:
/// learners-fz (speech and language therapists, dysphagia nurses and dietitians in England and
/// South Africa; hurried full sentences), learners-ga (workplace drug-testing officers,
/// mining-site medics and employee-assistance counsellors in Australia and Canada), learners-gb
/// (orthodontists, dental nurses and oral-health promoters in Ireland and Singapore; on a
/// phone) and learners-gc (diabetes and kidney-clinic staff serving Māori, Pacific and
/// Aboriginal communities in New Zealand and Australia).
const LATE_143: [&str; 4] = [
    "learners-fz.tsv",
    "learners-ga.tsv",
    "learners-gb.tsv",
    "learners-gc.tsv",
];

/// Four held-out sets written at the end of stop 47, after coder version 144, by writers who saw
/// no rules, code or outputs, from the same prompt form: learners-gd (liaison psychiatry and
/// self-harm aftercare staff in England and Ireland), learners-ge (agricultural extension
/// officers, veterinary nurses and farm-business advisers in Kenya and Scotland; some writing
/// in a second language), learners-gf (school attendance officers and special-needs
/// coordinators in Wales and Canada; email style) and learners-gg (exercise-referral
/// instructors and weight-management coaches in Australia and England; upbeat coach talk).
const AFTER_144: [&str; 4] = [
    "learners-gd.tsv",
    "learners-ge.tsv",
    "learners-gf.tsv",
    "learners-gg.tsv",
];

/// Four more held-out sets written at the very end of stop 47, after coder version 144, by
/// writers who saw no rules, code or outputs, from the same prompt form: learners-gh (community
/// dental and mobile-clinic staff working with Traveller, Roma and migrant farmworker families
/// in Ireland and the United States), learners-gi (sports physiotherapists, club doctors and
/// academy welfare staff in England and South Africa; dressing-room directness), learners-gj
/// (gambling-support chat advisers and bank vulnerability teams in Canada and Australia; typed
/// in a chat window) and learners-gk (stroke-prevention nurses and anticoagulation pharmacists
/// in Scotland and Singapore).
const LATE_144: [&str; 4] = [
    "learners-gh.tsv",
    "learners-gi.tsv",
    "learners-gj.tsv",
    "learners-gk.tsv",
];

/// Four more held-out sets written at the start of stop 48, blind to coder version 145, by
/// writers who saw no rules, code or outputs, from the same prompt form: learners-gl
/// (fire-service occupational-health nurses, welfare officers and peer-support leads in England
/// and New Zealand; blunt, with banter), learners-gm (eczema and psoriasis nurses and dermatology
/// pharmacists in Wales and Malaysia; some second-language phrasing), learners-gn (autism and
/// ADHD assessment clinicians and specialist teachers in Ireland and Canada; warm and chatty)
/// and learners-go (kidney-clinic and dialysis nurses, renal dietitians and transplant
/// coordinators in Scotland and South Africa; terse, on a ward computer).
const BEFORE_146: [&str; 4] = [
    "learners-gl.tsv",
    "learners-gm.tsv",
    "learners-gn.tsv",
    "learners-go.tsv",
];

/// Four more held-out sets written during stop 48, after coder version 147, by writers who saw
/// no rules, code or outputs, from the same prompt form: learners-gp (hearing-aid audiologists
/// and tinnitus therapists in England and India), learners-gq (foster-care social workers and
/// residential children's home staff in Scotland and Australia; on a phone), learners-gr
/// (travel-health and occupational-health staff for mining and offshore workers in Canada and
/// Ghana; brisk) and learners-gs (bereavement counsellors and palliative-care social workers in
/// Ireland and the United States; gentle, reassuring too fast).
const AFTER_147: [&str; 4] = [
    "learners-gp.tsv",
    "learners-gq.tsv",
    "learners-gr.tsv",
    "learners-gs.tsv",
];

/// Four more held-out sets written at the start of stop 49, after coder version 147, by writers
/// who saw no rules, code or outputs, from the same prompt form: learners-gt (probation-hostel
/// keyworkers and approved-premises staff in England; quick, lowercase, text-speak), learners-gu
/// (pelvic-health physiotherapists and continence nurses in Australia and Ireland; careful,
/// a little formal), learners-gv (dentists, hygienists and oral-health educators in Canada and
/// India, some writing in a second language) and learners-gw (community paramedics and falls
/// responders in New Zealand and England; terse, clipped).
const STOP_49: [&str; 4] = [
    "learners-gt.tsv",
    "learners-gu.tsv",
    "learners-gv.tsv",
    "learners-gw.tsv",
];

/// Two held-out sets written at the start of stop 50 (after version 147) by two more writers who
/// saw no rules, code or outputs, from the same prompt form: learners-gx (gambling-support
/// counsellors and debt advisers in England and Wales; quick, lowercase) and learners-gy
/// (occupational therapists and hand-therapy clinicians in Singapore and Canada, some writing in
/// a second language).
const STOP_50: [&str; 2] = ["learners-gx.tsv", "learners-gy.tsv"];

/// Written during stop 51 by four writers who saw no rules, after coder version 151 landed: the
/// sets a trial reader was checked on before it was turned down (docs/coach.md, "Stop 51").
const STOP_51: [&str; 4] = [
    "learners-gz.tsv",
    "learners-ha.tsv",
    "learners-hb.tsv",
    "learners-hc.tsv",
];

/// Floor for the held-out sets coded in reply to their statements, just under the measured figure.
const FLOOR_IN_REPLY: f64 = 0.85;
/// MI-inconsistent recall floor for the same, just under the measured figure.
const RECALL_IN_REPLY: f64 = 0.80;
use std::collections::BTreeMap;

/// [`holds`] for each set in `sets`, with the macro-F1 floor, recall floor and most reflections
/// flagged given for it in `floors`, in the same order.
fn each_holds(sets: &[&str], floors: &[(f64, f64, f64)]) {
    assert_eq!(sets.len(), floors.len(), "one floor per set");
    for (set, &(f1, recall, flagged)) in sets.iter().zip(floors) {
        holds(set, f1, recall, flagged);
    }
}

fn labelled(name: &str) -> Vec<Labelled> {
    let path = format!("{}/tests/coach/{name}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).expect("the labelled sets ship with the repo");
    read_labelled_lines(&raw).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn prf<T: Ord + Copy>(pairs: &[(T, T)], class: T) -> (f64, f64, f64, usize) {
    let tp = pairs
        .iter()
        .filter(|(t, p)| *t == class && *p == class)
        .count() as f64;
    let predicted = pairs.iter().filter(|(_, p)| *p == class).count() as f64;
    let support = pairs.iter().filter(|(t, _)| *t == class).count();
    let precision = if predicted > 0.0 { tp / predicted } else { 0.0 };
    let recall = if support > 0 {
        tp / support as f64
    } else {
        0.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1, support)
}

/// Group macro-F1, persuade+confront recall, share of reflections coded persuade/confront.
struct Scores {
    macro_f1: f64,
    pc_recall: f64,
    reflections_false_flagged: f64,
    question_f1: f64,
}

/// `show_misses` lists the replies coded in the wrong group; it is false for the held-out sets,
/// whose text is never read while writing rules.
fn evaluate(examples: &[Labelled], show_misses: bool) -> Scores {
    let codings: Vec<_> = examples.iter().map(|e| code(&e.reply)).collect();
    let pairs: Vec<(Code, Code)> = examples
        .iter()
        .zip(&codings)
        .map(|(e, c)| (e.code, c.code))
        .collect();

    println!("{} labelled responses\n", examples.len());
    println!(
        "{:<20} {:>6} {:>6} {:>6} {:>6}",
        "code", "P", "R", "F1", "n"
    );
    for &c in Code::ALL {
        let (p, r, f, n) = prf(&pairs, c);
        println!("{:<20} {p:>6.2} {r:>6.2} {f:>6.2} {n:>6}", c.id());
    }

    let groups: Vec<(Group, Group)> = pairs.iter().map(|(t, p)| (t.group(), p.group())).collect();
    println!("\nfour-group confusion (rows: truth, columns: coder)");
    print!("{:<20}", "");
    for g in Group::ALL {
        print!("{:>18}", g.label());
    }
    println!();
    let mut macro_f1 = 0.0;
    for &t in Group::ALL {
        print!("{:<20}", t.label());
        for &p in Group::ALL {
            print!("{:>18}", groups.iter().filter(|x| **x == (t, p)).count());
        }
        println!();
        macro_f1 += prf(&groups, t).2 / Group::ALL.len() as f64;
    }
    for &g in Group::ALL {
        let (p, r, f, n) = prf(&groups, g);
        println!(
            "group {:<18} P {p:.2}  R {r:.2}  F1 {f:.2}  n {n}",
            g.label()
        );
    }
    let (_, pc_recall, _, _) = prf(&groups, Group::PersuadeConfront);
    let reflections: Vec<_> = examples
        .iter()
        .zip(&codings)
        .filter(|(e, _)| e.code.is_reflection())
        .collect();
    let false_flagged = reflections
        .iter()
        .filter(|(_, c)| c.code.group() == Group::PersuadeConfront)
        .count();
    let false_rate = false_flagged as f64 / reflections.len() as f64;
    println!(
        "\ngroup macro-F1 {macro_f1:.3}   persuade+confront recall {pc_recall:.3}   reflections coded persuade/confront {false_flagged}/{} = {:.1} %",
        reflections.len(),
        100.0 * false_rate
    );

    let mut misses: BTreeMap<(Code, Code), Vec<String>> = BTreeMap::new();
    for (e, c) in examples.iter().zip(&codings).filter(|_| show_misses) {
        if e.code.group() != c.code.group() {
            misses
                .entry((e.code, c.code))
                .or_default()
                .push(format!("  line {}: {}", e.line, e.reply));
        }
    }
    if show_misses {
        println!("\nmisses across groups:");
    }
    for ((t, p), lines) in &misses {
        println!("{} coded {}:", t.id(), p.id());
        for l in lines {
            println!("{l}");
        }
    }

    Scores {
        macro_f1,
        pc_recall,
        reflections_false_flagged: false_rate,
        question_f1: prf(&groups, Group::Question).2,
    }
}

#[test]
fn coder_meets_the_accuracy_bars_on_the_labelled_set() {
    let examples = labelled("labelled.tsv");
    assert!(
        examples.len() >= 600,
        "the labelled set needs at least 600 responses"
    );
    let s = evaluate(&examples, true);
    // Floors just under the measured 0.995 and 1.00, so a regression shows at once. This set
    // was written with the rules; it guards against regressions, not for accuracy on new words.
    assert!(
        s.macro_f1 >= 0.97,
        "group macro-F1 {:.3} is below 0.97",
        s.macro_f1
    );
    assert!(
        s.pc_recall >= 0.97,
        "persuade+confront recall {:.3} is below 0.97",
        s.pc_recall
    );
    assert!(
        s.reflections_false_flagged <= 0.03,
        "{:.1} % of reflections coded persuade/confront (max 3 %)",
        100.0 * s.reflections_false_flagged
    );
}

/// A smaller set in spoken-transcript style (fillers, false starts), written after the rules
/// and not used to tune them: a guard that the rules are not only fitted to tidy typed answers.
#[test]
fn coder_holds_up_on_spoken_transcript_style() {
    let examples = labelled("spoken.tsv");
    let s = evaluate(&examples, true);
    // Floors just under the measured 0.968 and 1.00.
    assert!(
        s.macro_f1 >= 0.94,
        "group macro-F1 {:.3} is below 0.94",
        s.macro_f1
    );
    assert!(
        s.question_f1 >= 0.97,
        "question F1 {:.3} is below 0.97",
        s.question_f1
    );
}

/// Asserts the floors for one set: group macro-F1, MI-inconsistent recall, and the share of
/// reflections coded persuade/confront. Coder version 97 (a reply typed as learners type it,
/// coded alone on the reader's in-reply terms) flags one or two more reflections in nine sets
/// and their ceilings were raised to just over the new figure: learners-ad 3.0 to 4.1 %, az 2.4
/// to 3.0 %, be 5.3 to 5.9 %, bk 0.6 to 1.9 %, bo 2.4 to 3.0 %, bt 2.3 to 2.9 %, bv 2.5 to
/// 3.2 %, bw 2.9 to 3.5 %, z 2.7 to 3.4 %; over the forty-two held-out sets 10 more of 7,084 reflections are
/// flagged alone (2.9 %) and 179 more MI-inconsistent replies caught.
fn holds(name: &str, macro_floor: f64, recall_floor: f64, max_reflections_flagged: f64) {
    println!("\n== {name}");
    // The held-out sets' replies are never shown, so that no rule is written from them.
    let held_out = HELD_OUT_SETS.contains(&name);
    let s = evaluate(&labelled(name), !held_out);
    assert!(
        s.macro_f1 >= macro_floor,
        "{name}: group macro-F1 {:.3} is below {macro_floor}",
        s.macro_f1
    );
    assert!(
        s.pc_recall >= recall_floor,
        "{name}: MI-inconsistent recall {:.3} is below {recall_floor}",
        s.pc_recall
    );
    assert!(
        s.reflections_false_flagged <= max_reflections_flagged,
        "{name}: {:.1} % of reflections coded persuade/confront (max {:.1} %)",
        100.0 * s.reflections_false_flagged,
        100.0 * max_reflections_flagged
    );
}

/// Tuning sets (coder 8): measured 0.869 / 0.891 / 0.9 %, 0.750 / 0.670 / 1.8 %, 0.793 / 0.752 /
/// 1.0 %.
#[test]
fn coder_on_the_learner_sets_it_was_tuned_on() {
    holds("learners-a.tsv", 0.85, 0.87, 0.02);
    holds("learners-c.tsv", 0.73, 0.63, 0.03);
    holds("learners-d.tsv", 0.76, 0.69, 0.02);
}

/// The held-out set: coder 24 (short statements the second reader doubts coded by it) measured
/// 0.834 / 0.723 / 1.5 %; coder 20 (more ways of asking permission read as seeking collaboration)
/// measured 0.823 / 0.686 / 1.5 %, coder 19 (a question that asks permission coded seeking
/// collaboration) 0.827, its writer having labelled such questions as questions;
/// coder 18 (the reader retrained with learners-s and t, coding above 0.99) 0.831 / 0.686 /
/// 1.5 %; coder 17 (the reader reading runs of words) 0.833 / 0.697 /
/// 1.5 %; coder 10 0.821 / 0.660 / 1.5 % (coder 9: 0.814 / 0.649 / 1.5 %; coder 8: 0.809 / 0.633 / 1.5 %; coder 7: 0.802 / 0.617 / 2.5 %; coder 6:
/// 0.794 / 0.590 / 2.5 %; before any tuning: 0.706 / 0.330 / 0.5 %).
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.842 / 0.745 / 1.5 %.
#[test]
fn coder_on_the_held_out_learner_set() {
    holds("learners-b.tsv", 0.845, 0.75, 0.021);
}

/// The sets by the newer writers who saw no rules, coder 8: learners-e 0.732 / 0.682 / 2.2 %,
/// f 0.708 / 0.632 / 3.1 %, g 0.749 / 0.742 / 4.8 %, sessions-a 0.724 / 0.577 / 1.8 %; the
/// hard negatives 0.725, 0.748, 0.759, their reflections flagged 4.8 %, 5.5 %, 4.8 % (version
/// 5 before any change for them: e 0.676 / 0.506, f 0.672 / 0.526, g 0.706 / 0.608; 6.3 %,
/// 6.1 %, 5.5 %).
#[test]
fn coder_on_the_newer_writers_sets() {
    holds("learners-e.tsv", 0.69, 0.58, 0.03);
    holds("learners-f.tsv", 0.67, 0.55, 0.04);
    holds("learners-g.tsv", 0.71, 0.66, 0.055);
    holds("sessions-a.tsv", 0.69, 0.49, 0.025);
    holds("hardneg-a.tsv", 0.70, 0.73, 0.055);
    holds("hardneg-b.tsv", 0.72, 0.76, 0.06);
    holds("hardneg-c.tsv", 0.74, 0.74, 0.055);
}

/// A probe of minimal pairs, written before version 71 by a writer who saw no rules: reflections
/// that use advice's, warnings' or verdicts' words only to say back the client's view, beside
/// MI-inconsistent replies that use the same words to push or judge (320 replies; the reader
/// does not learn from it). Version 70 flagged 29 of its 200 reflections (14.5 %; 31 in reply)
/// and caught 99 of 120 (0.825); version 71 flags 18 (9.0 %; 20 in reply), version 72 17 (8.5 %;
/// 19 in reply), and both catch the same.
/// Still far from the 3 % the coach aims for: what is left needs more than a phrase (the
/// client's view said with no frame at all, "so the fault lies with your ex").
#[test]
fn coder_on_the_minimal_pairs_probe() {
    holds("hardneg-e.tsv", 0.415, 0.82, 0.09);
}

/// The second held-out set, by a writer none of whose replies were read, coder 24: 0.787 / 0.722
/// / 4.0 %; coder 19 (a question
/// that asks permission coded seeking collaboration): 0.754 / 0.669 / 4.0 %; coder 18: 0.736 /
/// 0.669 / 4.0 %; coder 17: 0.745 /
/// 0.698 / 4.0 %; coder 10: 0.725 /
/// 0.637 / 4.0 % (coder 9: 0.709 / 0.588; coder 8: 0.704 / 0.576; coder 7: 0.694 / 0.547; coder 6: 0.676 / 0.498 / 4.0 %; version 5: 0.673 /
/// 0.490 / 4.0 %). Lower
/// than learners-b: rules carry only part of the way to a new writer's wording.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.796 / 0.747 / 4.0 %.
#[test]
fn coder_on_the_second_held_out_learner_set() {
    holds("learners-h.tsv", 0.81, 0.77, 0.037);
}

/// The third held-out set, a mixed cohort, never read: coder 6 measured 0.677 / 0.556 / 3.6 %
/// the day it was written, before any change; coder 7 0.680 / 0.565 / 3.6 %; coder 8 0.697 /
/// 0.605 / 3.6 %; coder 9 0.702 / 0.617 / 3.6 %; coder 10 0.713 / 0.653 / 3.6 %; coders 11–13
/// 0.712 / 0.649; coder 14 0.713 / 0.653; coder 17 0.731 / 0.710; coder 18 0.727 / 0.698; coder 19 0.741 / 0.698; coder 24 0.758 / 0.718.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.773 / 0.746 / 2.7 %.
/// Version 132 0.823 / 0.798 / 1.4 %; version 133 (the reader retrained on nineteen more read
/// sets, its in-reply threshold raised to 0.85) 0.815 / 0.782 / 1.4 %, the same 3 of 222
/// reflections flagged.
#[test]
fn coder_on_the_third_held_out_learner_set() {
    holds("learners-l.tsv", 0.81, 0.78, 0.03);
}

/// Three more writers' sets, written for the second reader's training after coder 6 and
/// measured with it before any change: learners-i 0.694 / 0.564 / 2.7 %, j 0.696 / 0.521 /
/// 2.6 %, k 0.702 / 0.517 / 2.7 %; coder 7: i 0.704 / 0.597, j 0.706 / 0.546, k 0.702 / 0.517;
/// coder 8: i 0.730 / 0.679, j 0.719 / 0.583, k 0.735 / 0.613; coder 9: i 0.743 / 0.720, j
/// 0.739 / 0.646, k 0.744 / 0.639.
#[test]
fn coder_on_the_reader_training_writers_sets() {
    holds("learners-i.tsv", 0.70, 0.63, 0.03);
    holds("learners-j.tsv", 0.70, 0.55, 0.03);
    holds("learners-k.tsv", 0.71, 0.58, 0.03);
}

/// Two more writers' sets, written for the second reader's training after coder 8 and scored
/// with it the day they were written, before any change: learners-m (recovery workers) 0.720 /
/// 0.613 / 4.4 %, learners-n (counselling graduate students) 0.685 / 0.492 / 3.5 %. With the
/// reader trained on them too: 0.732 / 0.647 and 0.713 / 0.579. Coder 9, whose rules were
/// written from their misses among others: 0.752 / 0.706 / 3.1 % and 0.733 / 0.636 / 3.1 %;
/// coder 17: 0.787 / 0.811 / 2.7 % and 0.778 / 0.752 / 2.2 %.
#[test]
fn coder_on_the_latest_writers_sets() {
    holds("learners-m.tsv", 0.80, 0.82, 0.04);
    holds("learners-n.tsv", 0.80, 0.75, 0.04);
}

/// The fourth held-out set, written after coder version 9 by a writer who saw no rules, code or
/// outputs (nursing, pharmacy and social-work students; 240 replies, half MI-inconsistent), and
/// scored once: version 8 0.665 / 0.442 / 1.4 %, version 9 0.668 / 0.450 / 1.4 %; version 10
/// (the second reader codes short replies it is all but certain about) 0.679 / 0.475 / 1.4 %;
/// version 17 (the reader reading runs of words) 0.700 / 0.525 / 1.4 %; version 18 0.696 /
/// 0.517; version 19 0.715 / 0.517; version 24 0.737 / 0.558; version 51 (the reader retrained
/// with five more writers' sets) 0.757 / 0.600 / 1.4 %. The
/// lowest of the held-out figures: on a new cohort's words the rules catch under half of the
/// MI-inconsistent replies.
#[test]
fn coder_on_the_fourth_held_out_learner_set() {
    holds("learners-p.tsv", 0.76, 0.595, 0.02);
}

/// A blind check written after coder version 8 by a writer who saw no rules, code or outputs
/// (240 replies, half MI-inconsistent): version 8 scored 0.735 / 0.533 / 1.4 %, version 9
/// before its third part 0.741 / 0.550 / 1.4 %; the third part was written from its misses
/// and scores 0.798 / 0.692 / 1.4 %; version 10 0.803 / 0.700 / 1.4 %.
#[test]
fn coder_on_the_blind_check_written_after_version_8() {
    holds("learners-o.tsv", 0.82, 0.70, 0.02);
}

/// Two more writers' sets, written after coder version 10 by writers who saw no rules, code or
/// outputs, and scored blind the day they were written: learners-q (youth crisis text-line
/// volunteers, texting style) version 9 0.682 / 0.587 / 3.9 %, version 10 0.695 / 0.619 /
/// 3.9 %; learners-r (primary-care clinicians trained in many countries) version 9 0.637 /
/// 0.435 / 3.9 %, version 10 0.642 / 0.459 / 3.9 %. They then joined the second reader's
/// training (no rule was written from them); version 11 scores 0.699 / 0.630 and 0.665 / 0.512,
/// version 17 0.738 / 0.744 and 0.719 / 0.664.
#[test]
fn coder_on_the_sets_written_after_version_10() {
    holds("learners-q.tsv", 0.77, 0.77, 0.045);
    holds("learners-r.tsv", 0.78, 0.71, 0.045);
}

/// A set written after coder version 16 by a writer who saw no rules, code or outputs
/// (social workers, probation officers and housing support staff on an MI refresher, 644
/// replies, 45 % MI-inconsistent), scored blind the day it was written: version 16 0.674 /
/// 0.519 / 1.6 %, version 17 (the second reader reading runs of words) 0.693 / 0.574 / 1.6 %.
/// It then joined the reader's training (version 18: 0.705 / 0.599).
/// One question was reworded afterwards because it shared eight words with a public
/// transcript.
#[test]
fn coder_on_the_set_written_after_version_16() {
    holds("learners-s.tsv", 0.77, 0.66, 0.02);
}

/// Transcript-style turns written after coder version 16 by a writer who saw no rules, code or
/// outputs (755 turns: spoken health and addiction sessions, and typed emotional-support
/// chats), scored blind the day they were written: version 16 0.779 / 0.750 / 1.1 %, version
/// 17 0.793 / 0.829 / 1.1 %, version 18 0.784 / 0.789. Not in the second reader's training: with it, the reader ranked
/// learners' misses no better in `cv_coach` and the public transcripts did not move.
#[test]
fn coder_on_the_transcript_style_set_written_after_version_16() {
    holds("sessions-b.tsv", 0.80, 0.80, 0.02);
}

/// A set written after coder version 16 by a writer who saw no rules, code or outputs (health
/// coaches, dietitians, trainers and physiotherapists on an online MI course, 643 replies, 45 %
/// MI-inconsistent), scored blind the day it was written: version 16 0.702 / 0.572 / 1.0 %,
/// version 17 0.717 / 0.614 / 1.0 %. It then joined the second reader's training (version 18:
/// 0.733 / 0.655). One reflection was reworded because it shared eight words with a public
/// transcript.
#[test]
fn coder_on_the_coaches_set_written_after_version_16() {
    holds("learners-t.tsv", 0.79, 0.72, 0.015);
}

/// The fifth held-out set, written after coder version 16 by a writer who saw no rules, code
/// or outputs (occupational-health nurses, employee-assistance counsellors, HR staff and line
/// managers, 642 replies, 45 % MI-inconsistent), never read: only its figures are looked at.
/// Scored blind the day it was written: version 16 0.693 / 0.584 / 1.6 %, version 17 0.705 /
/// 0.622 / 1.6 %; version 18 0.701 / 0.608 / 1.6 %; version 19 0.707 / 0.608; version 20
/// 0.729 / 0.608; version 24 0.742 / 0.640.
#[test]
fn coder_on_the_fifth_held_out_learner_set() {
    holds("learners-u.tsv", 0.77, 0.685, 0.02);
}

/// A set written after coder version 25 by a writer who saw no rules, code or outputs
/// (peer-support workers, recovery coaches, crisis-line volunteers and youth workers typing on
/// their phones, 670 replies, 39 % MI-inconsistent), scored blind the day it was written:
/// version 16 0.692 / 0.573 / 2.0 %, version 25 0.759 / 0.654 / 2.0 %, version 26 0.762 /
/// 0.654 / 2.0 %. Version 27's rules were then written from its misses (0.816 / 0.792 / 2.0 %):
/// a tuning set since. Version 30: 0.827 / 0.827 / 2.5 % (one reflection, "…people on ur course
/// take it", now coded persuade by the second reader).
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.831 / 0.831 / 2.5 %.
/// Since coder version 43 the second reader is trained on this set too (figures since then are
/// not a measure): version 41 0.833 / 0.838 / 2.5 %, version 43 0.857 / 0.908 / 2.0 %.
#[test]
fn coder_on_the_phone_typed_set_written_after_version_25() {
    holds("learners-v.tsv", 0.83, 0.835, 0.026);
}

/// The sixth held-out set, written after coder version 25 by a writer who saw no rules, code
/// or outputs (medical students, GP trainees, pharmacists, nurses and dental hygienists
/// practising for a timed communication exam, 673 replies, 37 % MI-inconsistent), never read:
/// only its figures are looked at. Scored blind the day it was written: version 16 0.675 /
/// 0.573 / 1.0 %, version 25 0.751 / 0.613 / 1.0 %, version 26 0.753 / 0.613 / 1.0 %; version
/// 28 (wordings missed across writers) 0.755 / 0.617 / 1.0 %, version 29 0.756 / 0.621 / 1.0 %;
/// version 30 (the reader codes a reflection the rules only defaulted to) 0.759 / 0.633.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.767 / 0.641 / 1.0 %.
#[test]
fn coder_on_the_sixth_held_out_learner_set() {
    holds("learners-w.tsv", 0.80, 0.70, 0.015);
}

/// The seventh held-out set, written after coder version 29 by a writer who saw no rules, code
/// or outputs (school counsellors, teachers, pastoral and youth-justice staff replying to
/// teenagers, 653 replies, 37 % MI-inconsistent), never read: only its figures are looked at.
/// Scored blind the day it was written: version 16 0.704 / 0.546 / 0 %, version 25 0.776 /
/// 0.613 / 0 %, version 29 0.778 / 0.621 / 0 %; version 30 0.790 / 0.658 / 0 %.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.791 / 0.658 / 0 %.
#[test]
fn coder_on_the_seventh_held_out_learner_set() {
    holds("learners-x.tsv", 0.81, 0.675, 0.01);
}

/// A set written after coder version 29 by a writer who saw no rules, code or outputs (an
/// international course for addiction, prison, refugee-support and community health workers,
/// many writing English as a second language, 664 replies, 36 % MI-inconsistent), scored blind
/// the day it was written: version 16 0.665 / 0.463 / 0.5 %, version 25 0.715 / 0.508 / 0.5 %,
/// version 29 0.721 / 0.517 / 0 %; version 30 0.731 / 0.550 / 0 %. The hardest set so far for
/// the coach: polite advice ("please
/// try…"), duty and faith as arguments. One question was reworded because it shared seven words
/// with a public transcript.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.736 / 0.554 / 0 %.
/// Since coder version 43 the second reader is trained on this set too (figures since then are
/// not a measure): version 41 0.738 / 0.562 / 0 %, version 43 0.792 / 0.727 / 0 %.
#[test]
fn coder_on_the_second_language_set_written_after_version_29() {
    holds("learners-y.tsv", 0.735, 0.56, 0.01);
}

/// The eighth held-out set, written while coder version 30 was being written, by a writer who
/// saw no rules, code or outputs (volunteers and staff of an online text-chat counselling service for
/// 18–25s, typing fast: lowercase, text-speak, typos; 662 replies, 36 % MI-inconsistent), never
/// read: only its figures are looked at. Scored blind the day it was written: version 16 0.683
/// / 0.681 / 2.7 %, version 25 0.726 / 0.739, version 29 0.731 / 0.744, version 30 0.736 /
/// 0.765 / 2.7 %.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.748 / 0.769 / 2.7 %.
#[test]
fn coder_on_the_eighth_held_out_learner_set() {
    holds("learners-z.tsv", 0.775, 0.82, 0.035);
}

/// A set written while coder version 30 was being written, by a writer who saw no rules, code
/// or outputs
/// (sports coaches, personal trainers, gym and rehab exercise staff on a health-coaching
/// certificate; 682 replies, 38 % MI-inconsistent), scored blind the day it was written:
/// version 16 0.621 / 0.529 / 2.6 %, version 25 0.703 / 0.595, version 29 0.705 / 0.603,
/// version 30 0.716 / 0.638 / 2.6 %. One offer was reworded because it shared seven words with
/// a public transcript.
/// Coder version 38 (versions 30–38: the second reader on default reflections, and wordings
/// several writers share), before version 41's reflections resting only on "you": 0.736 / 0.646 / 1.7 %.
/// Since coder version 43 the second reader is trained on this set too (figures since then are
/// not a measure): version 41 0.737 / 0.650 / 1.7 %, version 43 0.788 / 0.817 / 0.9 %.
#[test]
fn coder_on_the_coaching_set_written_during_version_30() {
    holds("learners-aa.tsv", 0.735, 0.64, 0.02);
}

/// The ninth held-out set, written after coder version 39's rules by a writer who saw no rules,
/// code or outputs (hospital and prison chaplains, pastoral carers and faith-community
/// volunteers, some leaning on faith, duty and family; 665 replies, 37 % MI-inconsistent),
/// never read: only its figures are looked at. Scored blind the day it was written: version 16
/// 0.627 / 0.453 / 4.4 %, version 25 0.678 / 0.506, version 29 0.680 / 0.506 / 3.8 %, version
/// 30 (the second reader on default reflections) 0.690 / 0.539, version 39 0.696 / 0.539 /
/// 3.1 %, version 51 (the reader retrained with five more writers' sets) 0.712 / 0.588 / 2.5 %.
/// The hardest held-out set so far: moral and faith arguments that no rule names.
#[test]
fn coder_on_the_ninth_held_out_learner_set() {
    holds("learners-ab.tsv", 0.73, 0.59, 0.026);
}

/// A set written after coder version 39's rules by a writer who saw no rules, code or outputs
/// (debt and money advisers, housing officers and gambling-harm support staff; 654 replies,
/// 37 % MI-inconsistent), scored blind the day it was written: version 16 0.634 / 0.514 /
/// 3.6 %, version 25 0.704 / 0.576, version 29 0.706 / 0.584, version 30 0.730 / 0.658,
/// version 39 0.733 / 0.658 / 3.6 %. One reply was reworded because it shared seven words with
/// a public transcript.
/// Since coder version 43 the second reader is trained on this set too (figures since then are
/// not a measure): version 41 0.733 / 0.658 / 3.6 %, version 43 0.781 / 0.823 / 3.6 %.
#[test]
fn coder_on_the_debt_advice_set_written_after_version_39() {
    holds("learners-ac.tsv", 0.73, 0.655, 0.04);
}

/// The tenth held-out set, written during coder version 42 by a writer who saw no rules, code or
/// outputs (midwives, health visitors, family-nurse-partnership nurses and perinatal
/// mental-health staff; 666 replies, 37 % MI-inconsistent), never read: only its figures are
/// looked at. Scored blind the day it was written: version 16 0.655 / 0.556 / 3.0 %, version 29
/// 0.733 / 0.629, version 30 0.745 / 0.669, version 39 0.751 / 0.669, version 41 0.754 / 0.681 /
/// 3.0 % (version 42 the same); version 43 0.757 / 0.698 / 3.0 %; version 51 (the reader
/// retrained with five more writers' sets) 0.765 / 0.718 / 3.0 %. One reply was reworded, by a
/// helper, because it shared seven words with a public transcript.
#[test]
fn coder_on_the_tenth_held_out_learner_set() {
    holds("learners-ad.tsv", 0.78, 0.715, 0.042);
}

/// A set written during coder version 42 by a writer who saw no rules, code or outputs
/// (diabetes and cardiac-rehabilitation nurses, dentists, dental hygienists and optometrists;
/// 661 replies, 37 % MI-inconsistent), scored blind the day it was written: version 16 0.654 /
/// 0.591 / 2.9 %, version 29 0.722 / 0.636, version 30 0.728 / 0.656, version 39 0.733 / 0.656,
/// version 41 0.734 / 0.660 / 2.9 %. Since version 43 the second reader is trained on it
/// (0.772 / 0.789 / 2.9 %, not a measure).
#[test]
fn coder_on_the_clinical_set_written_during_version_42() {
    holds("learners-ae.tsv", 0.73, 0.655, 0.03);
}

/// A set written while coder version 43 was being tested, by a writer who saw no rules, code or
/// outputs (university wellbeing advisers, student mentors, residence-life staff and personal
/// tutors; 673 replies, 38 % MI-inconsistent), scored blind the day it was written: version 16
/// 0.726 / 0.647 / 1.7 %, version 29 0.792 / 0.709, version 30 0.796 / 0.725, version 39 0.801
/// / 0.729, version 41 0.803 / 0.736, version 43 0.808 / 0.752 / 1.7 %. Read since (measuring):
/// its misses are single writers' wordings. Since version 47 the second reader is trained on it
/// (0.834 / 0.837 / 1.7 %, not a measure). One reply was reworded because it shared seven
/// words with a public transcript.
#[test]
fn coder_on_the_student_support_set_written_during_version_43() {
    holds("learners-af.tsv", 0.80, 0.745, 0.02);
}

/// The eleventh held-out set, written while coder version 43 was being tested, by a writer who
/// saw no rules, code or outputs (police officers, custody liaison and diversion workers,
/// community safety officers and youth offending staff; 674 replies, 36 % MI-inconsistent),
/// never read: only its figures are looked at. Scored blind the day it was written: version 16
/// 0.708 / 0.512 / 2.2 %, version 29 0.756 / 0.586, version 30 0.762 / 0.602, version 39 0.766 /
/// 0.611, version 41 0.767 / 0.615, version 43 0.771 / 0.627 / 2.2 %.
#[test]
fn coder_on_the_eleventh_held_out_learner_set() {
    holds("learners-ag.tsv", 0.79, 0.64, 0.022);
}

/// Four sets written while coder version 48 was current, by four writers who saw no rules, code
/// or outputs (work coaches, employment advisers and return-to-work case managers; community
/// pharmacists, stop-smoking advisers and sexual-health nurses; adult social-care workers,
/// dementia carers' support workers and occupational therapists; parenting practitioners,
/// early-help family workers and nursery key workers; 661, 667, 674 and 664 replies, 37–38 %
/// MI-inconsistent), scored blind the day they were written with version 48: 0.794 / 0.770 /
/// 1.8 %, 0.768 / 0.665 / 1.2 %, 0.749 / 0.680 / 4.6 % and 0.764 / 0.751 / 4.0 %. Read since
/// (measuring, and the misses several writers share). Version 49 (three wordings several writers
/// share, and two judgement words): 0.796 / 0.774, 0.771 / 0.673, unchanged, 0.767 / 0.759;
/// version 50 (three more): aj 0.773 / 0.677, am 0.768 / 0.763, the others unchanged. One
/// reply in each of three sets was reworded, and three in the pharmacy set, because they shared
/// seven words with a public transcript. Retraining the second reader on them was tried and
/// left out (docs/coach.md, "Version 49").
#[test]
fn coder_on_the_four_sets_written_during_version_48() {
    holds("learners-ah.tsv", 0.79, 0.77, 0.02);
    holds("learners-aj.tsv", 0.77, 0.675, 0.015);
    holds("learners-ak.tsv", 0.745, 0.675, 0.047);
    holds("learners-am.tsv", 0.76, 0.755, 0.041);
}

/// A set written while coder version 48 was current, by a writer who saw no rules, code or
/// outputs (chronic-pain physiotherapists, pain-clinic nurses and palliative-care staff; 664
/// replies, 38 % MI-inconsistent), scored blind after version 49's rules were written: versions
/// 48 and 49 both 0.805 / 0.783 / 1.7 %. One reply and one client statement were reworded because
/// they shared seven words with a public transcript.
#[test]
fn coder_on_the_pain_and_palliative_set_written_during_version_48() {
    holds("learners-al.tsv", 0.80, 0.78, 0.018);
}

/// The twelfth held-out set, written while coder version 48 was current, by a writer who saw no
/// rules, code or outputs (community and inpatient mental-health nurses and support workers;
/// 663 replies, 38 % MI-inconsistent), never read: only its figures are looked at. Scored blind
/// the day it was written: version 48 0.810 / 0.763 / 2.3 %; versions 49 and 50 the same.
#[test]
fn coder_on_the_twelfth_held_out_learner_set() {
    holds("learners-ai.tsv", 0.82, 0.77, 0.024);
}

/// The thirteenth held-out set, written while coder version 48 was current, by a writer who saw
/// no rules, code or outputs (emergency-department nurses, paramedics and urgent-care staff on a
/// brief-intervention course; blunt, hurried, darkly humorous; 669 replies, 38 %
/// MI-inconsistent), never read: only its figures are looked at. Scored blind the day it was
/// written: version 48 0.744 / 0.693 / 3.6 %. Two replies were then reworded, by a helper who saw
/// only those lines, because they shared seven words with a public transcript; one of them, an
/// MI-inconsistent reply, is no longer caught: version 48 0.743 / 0.689 / 3.6 %, versions 49–50 the
/// same. Its 3.6 % of reflections coded MI-inconsistent is over the 3 % target.
#[test]
fn coder_on_the_thirteenth_held_out_learner_set() {
    holds("learners-an.tsv", 0.76, 0.695, 0.037);
}

/// The fourteenth held-out set, written while coder version 51 was current, by a writer who saw
/// no rules, code or outputs (homelessness outreach workers, hostel key workers and rough-sleeper
/// team staff; warm but tired, typing fast on phones; 675 replies, 38 % MI-inconsistent), never
/// read: only its figures are looked at. Scored blind the day it was written: version 51 0.781 /
/// 0.710 / 3.5 %. One reply was then reworded, by a helper who saw only that line, because it
/// shared seven words with a public transcript, and it is no longer caught: version 51 0.780 /
/// 0.707 / 3.5 %. Its 3.5 % of reflections coded MI-inconsistent is over the 3 % target.
/// Version 65 (a short typed reply the reader all but certainly doubts is coded by it) codes one
/// more of its reflections MI-inconsistent: 4.1 %, 0.791 / 0.714.
#[test]
fn coder_on_the_fourteenth_held_out_learner_set() {
    holds("learners-aq.tsv", 0.785, 0.71, 0.042);
}

/// The sixteenth held-out set, written while coder version 69 was current, by a writer who saw
/// no rules, code or outputs (eating-disorder clinicians, dietitians and school nurses working
/// with teenagers and young adults; 673 replies, 36 % MI-inconsistent), never read: only its
/// figures are looked at. Scored blind the day it was finished: version 69 0.806 / 0.725 / 3.3 %
/// coded alone, 0.828 / 0.775 in reply (version 64: 0.802 / 0.717, in reply 0.829 / 0.779).
#[test]
fn coder_on_the_sixteenth_held_out_learner_set() {
    holds("learners-ap.tsv", 0.80, 0.72, 0.034);
}

/// The seventeenth held-out set, written while coder version 69 was current, by a writer who saw
/// no rules, code or outputs (HIV and hepatitis C nurses, sexual-health peer navigators and
/// adherence pharmacists; 331 replies, 37 % MI-inconsistent), never read: only its figures are
/// looked at. Scored blind the day it was finished: version 69 0.806 / 0.785 / 2.3 % coded
/// alone, 0.823 / 0.843 in reply (version 64: 0.802 / 0.769, in reply 0.823 / 0.843).
#[test]
fn coder_on_the_seventeenth_held_out_learner_set() {
    holds("learners-aw.tsv", 0.80, 0.78, 0.03);
}

/// The six sets of the second brief ([`SECOND_BRIEF`]), written while coder version 70 was being
/// made, by six writers who saw no rules, code or outputs, never read: only their figures are
/// looked at. Scored blind the day they were written, coded alone, versions 69 and 70 alike
/// (version 70 changes only coding in reply), macro-F1 / MI-inconsistent recall / reflections
/// flagged:
/// - learners-ax (audiologists, speech and language therapists, hearing-aid dispensers; 478
///   replies): 0.812 / 0.699 / 3.7 % (in reply, version 70: 0.846 / 0.760);
/// - learners-ay (armed-forces medics, veterans' welfare and military family staff; 480):
///   0.797 / 0.796 / 5.0 % (0.820 / 0.853);
/// - learners-az (weight-management nurses, sleep-clinic and respiratory staff; 483): 0.783 /
///   0.728 / 2.4 % (0.824 / 0.822);
/// - learners-ba (vets, veterinary nurses and animal-welfare officers; 491): 0.714 / 0.636 /
///   4.7 % (0.746 / 0.713);
/// - learners-bb (fertility nurses, antenatal educators and genetic counsellors; 491): 0.746 /
///   0.658 / 3.6 % (0.787 / 0.779);
/// - learners-bc (driving-offender course tutors and fleet safety managers; 482): 0.785 /
///   0.762 / 4.8 % (0.809 / 0.799).
///
/// One reply or client statement in each of five sets was reworded, by a helper who saw only
/// that line, because it shared seven words with a public transcript; no figure moved.
#[test]
fn coder_on_the_second_brief_sets() {
    holds("learners-ax.tsv", 0.81, 0.69, 0.037);
    holds("learners-ay.tsv", 0.79, 0.79, 0.05);
    holds("learners-az.tsv", 0.78, 0.72, 0.031);
    holds("learners-ba.tsv", 0.71, 0.63, 0.048);
    holds("learners-bb.tsv", 0.74, 0.65, 0.036);
    holds("learners-bc.tsv", 0.78, 0.76, 0.048);
}

/// The three latest sets ([`LATEST`]), written after coder version 73 by three writers who saw
/// no rules, code or outputs, never read: only their figures are looked at. Scored blind the day
/// they were written, coded alone, versions 69 and 73 alike:
/// - learners-bd (prison healthcare nurses, substance-misuse workers in custody, resettlement
///   officers; 497 replies): 0.810 / 0.711 / 1.2 % (in reply, version 73: 0.841 / 0.784);
/// - learners-be (school nurses, youth workers and sixth-form tutors; 489): 0.775 / 0.768 /
///   5.3 % (0.817 / 0.845);
/// - learners-bf (community mental-health support, carers' centre and housing-support staff,
///   many writing English as a second language; 491): 0.822 / 0.805 / 3.6 % (0.846 / 0.842).
///
/// One line in each of learners-bd and be was reworded, by a helper who saw only that line,
/// because it shared seven words with a public transcript; no figure moved.
#[test]
fn coder_on_the_latest_sets() {
    holds("learners-bd.tsv", 0.805, 0.70, 0.015);
    holds("learners-be.tsv", 0.77, 0.76, 0.06);
    holds("learners-bf.tsv", 0.82, 0.80, 0.037);
}

/// The four sets written after coder version 76 ([`AFTER_76`]), never read: only their figures
/// are looked at. Scored blind the day they were written, coded alone (versions 75 to 77 alike)
/// and in reply (versions 76 and 77 alike):
/// - learners-bo (dental nurses, orthodontic therapists and dental-health educators; first
///   brief; 491 replies): 0.796 / 0.757 / 2.4 %; in reply 0.850 / 0.847 / 2.4 %;
/// - learners-bp (alcohol liaison and alcohol care team nurses on hospital wards; second brief;
///   495): 0.769 / 0.726 / 6.4 %; in reply 0.815 / 0.822 / 5.2 %;
/// - learners-bq (trainee and assistant clinical psychologists; first brief; 493): 0.777 /
///   0.679 / 4.7 %; in reply 0.824 / 0.772 / 4.1 %;
/// - learners-br (occupational therapists, falls-prevention and fire-service safe-and-well
///   staff; second brief; 493): 0.770 / 0.674 / 1.2 %; in reply 0.814 / 0.782 / 1.2 %.
///
/// Eight lines (one each in bo, bq and br, five in bp) were reworded, by a helper who saw only
/// those lines, because they shared seven words with a public transcript; no figure moved.
#[test]
fn coder_on_the_sets_written_after_version_76() {
    holds("learners-bo.tsv", 0.79, 0.75, 0.031);
    holds("learners-bp.tsv", 0.76, 0.72, 0.07);
    holds("learners-bq.tsv", 0.77, 0.67, 0.05);
    holds("learners-br.tsv", 0.765, 0.665, 0.015);
}

/// The same four pooled and coded in reply, as the app codes: version 75 0.824 / 0.806 with 26
/// of 674 reflections flagged (3.9 %); versions 76 and 77 0.826 / 0.806 with 22 (3.3 %), over
/// the 3 % the coach aims for. Coded alone 0.778 / 0.709 / 3.7 %.
#[test]
fn the_sets_written_after_version_76_in_reply() {
    pooled_holds(
        "sets written after version 76",
        &AFTER_76,
        0.82,
        0.80,
        0.035,
    );
}

/// The four sets written during coder versions 79 to 81 ([`DURING_80`]), never read: only their
/// figures are looked at. Scored blind the day they were written, coded alone (version 78 at the
/// start of the stop; version 85 in brackets where it differs):
/// - learners-bs (psychiatry residents, mental-health pharmacists and clozapine-clinic nurses;
///   first brief; 491 replies): 0.772 / 0.759 / 1.8 % (0.777 / 0.759 / 1.2 %); in reply
///   0.808 / 0.827 / 1.8 % (0.821 / 0.848 / 1.2 %);
/// - learners-bt (health coaches on an app-based text coaching service; first brief; 500):
///   0.764 / 0.726 / 2.3 % (0.765 / 0.731); in reply 0.807 / 0.816 / 2.9 % (0.809 / 0.821);
/// - learners-bu (stroke-unit, neuro-rehabilitation and cardiology nurses and
///   physiotherapists; second brief; 498): 0.775 / 0.706 / 1.2 %; in reply 0.830 / 0.822 /
///   0.6 %;
/// - learners-bv (school attendance officers, college welfare staff and learning mentors;
///   second brief; 482): 0.815 / 0.789 / 2.5 %; in reply 0.836 / 0.843 / 4.5 %.
///
/// Five lines (one each in bs and bu, three in bv) were reworded, by a helper who saw only
/// those lines, because they shared seven words with a public transcript; no figure moved.
#[test]
fn coder_on_the_sets_written_during_version_80() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_80's order.
    let floors = [
        (0.77, 0.75, 0.015),
        (0.76, 0.72, 0.03),
        // learners-bu: 3 of 169 flagged with version 141 (1.8 %; 4 with 140, 2 with 139).
        (0.77, 0.70, 0.02),
        // learners-bv: 7 of 157 flagged with version 136 (4.5 %; 5 with 135).
        (0.81, 0.78, 0.046),
    ];
    each_holds(&DURING_80, &floors);
}

/// The same four pooled and coded in reply, as the app codes: version 78 0.821 / 0.827 with 16
/// of 669 reflections flagged (2.4 %); version 85 0.825 / 0.833 with 15 (2.2 %). Coded alone
/// 0.782 / 0.744 / 1.9 % (version 85: 0.783 / 0.745 / 1.8 %).
#[test]
fn the_sets_written_during_version_80_in_reply() {
    let name = "sets written during version 80";
    // 18 of 669 with version 141 (2.7 %; 19 with 140).
    pooled_holds(name, &DURING_80, 0.82, 0.83, 0.03);
}

/// The four sets written during coder versions 90 to 92 ([`DURING_90`]), never read: only their
/// figures are looked at. Scored blind the day they were written, coded alone with version 89
/// (the version at the start of the stop) and, in brackets where it differs, version 92:
/// - learners-bw (hepatology nurses, liver-clinic dietitians and alcohol specialist nurses;
///   first brief; 494 replies): 0.755 / 0.697 / 2.9 % (0.759); in reply 0.812 / 0.818 / 4.0 %
///   (0.816);
/// - learners-bx (immunisation nurses, community pharmacists and public-health outreach
///   workers; first brief; 480): 0.755 / 0.640 / 1.2 % (0.752); in reply 0.795 / 0.741 /
///   1.2 % (0.791);
/// - learners-by (paediatric and young-adult diabetes teams; second brief; 480): 0.764 /
///   0.744 / 3.6 % (0.770 / 0.738); in reply 0.804 / 0.831 / 3.6 % (0.813);
/// - learners-bz (men's anger-management and behaviour-change group facilitators; second
///   brief; 479): 0.813 / 0.707 / 4.3 %; in reply 0.833 / 0.761 / 4.9 %.
///
/// Four lines (one each in bw and bx, two in by) were reworded, by a helper who saw only those
/// lines, because they shared seven words with a public transcript; no figure moved. These
/// writers' sets are harder than the earlier ones: none meets the learner targets in reply.
#[test]
fn coder_on_the_sets_written_during_version_90() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_90's order.
    let floors = [
        (0.75, 0.69, 0.036),
        (0.745, 0.635, 0.015),
        (0.765, 0.73, 0.04),
        (0.81, 0.70, 0.045),
    ];
    each_holds(&DURING_90, &floors);
}

/// The same four pooled and coded in reply, as the app codes: version 89 0.811 / 0.788 with 23
/// of 668 reflections flagged (3.4 %); version 92 0.813 / 0.788, the same 23. Below all three
/// learner targets (0.82, 0.80, at most 3 %). Coded alone: version 89 0.771 / 0.696 / 3.0 %,
/// version 92 0.772 / 0.695 / 3.0 %.
#[test]
fn the_sets_written_during_version_90_in_reply() {
    let name = "sets written during version 90";
    pooled_holds(name, &DURING_90, 0.81, 0.785, 0.035);
}

/// The four sets written while coder version 96 was made ([`DURING_96`]), never read: only their
/// figures are looked at. Scored blind the day they were written, coded alone with version 95
/// (the version at the start of the stop) and, in brackets where it differs, version 96:
/// - learners-ca (tuberculosis nurses, directly-observed-therapy workers and migrant-health
///   outreach staff, many writing English as a second language; second brief; 491 replies):
///   0.808 / 0.700 / 3.6 % (0.810 / 0.705); in reply 0.855 / 0.821 / 4.2 %;
/// - learners-cb (Australian and New Zealand alcohol-and-other-drug counsellors; first brief;
///   479): 0.791 / 0.751 / 3.0 % (0.792 / 0.756); in reply 0.835 / 0.843 / 2.4 %;
/// - learners-cc (rheumatology and osteoporosis nurses, physiotherapists and pharmacists;
///   second brief; 479): 0.805 / 0.768 / 3.0 %; in reply 0.861 / 0.871 / 3.6 %;
/// - learners-cd (dermatology nurses, skin-cancer screening staff and clinic pharmacists; first
///   brief; 495): 0.841 / 0.809 / 2.4 % (0.842 / 0.814); in reply 0.876 / 0.892 / 2.4 %.
///
/// Five lines (four in ca, one in cd) were reworded before scoring, by a helper who saw only
/// those lines, because they shared seven words with a public transcript.
#[test]
fn coder_on_the_sets_written_during_version_96() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_96's order.
    let floors = [
        (0.805, 0.70, 0.04),
        (0.79, 0.75, 0.035),
        (0.80, 0.765, 0.035),
        // cd: 3.0 % since version 103 (one more reflection flagged alone).
        (0.84, 0.81, 0.035),
    ];
    each_holds(&DURING_96, &floors);
}

/// The same four pooled and coded in reply, as the app codes: versions 95 and 96 0.859 / 0.857
/// with 21 of 662 reflections flagged (3.2 %), over the macro-F1 and recall targets (0.82,
/// 0.80) and just over the 3 % limit on flags. Coded alone: version 95 0.813 / 0.758 / 3.0 %,
/// version 96 0.815 / 0.762 / 3.0 %.
#[test]
fn the_sets_written_during_version_96_in_reply() {
    let name = "sets written during version 96";
    pooled_holds(name, &DURING_96, 0.855, 0.855, 0.035);
}

/// The three sets written while coder versions 97 and 98 were made ([`DURING_97`]), never read:
/// only their figures are looked at. Scored blind, coded alone with version 95 (the version at
/// the start of the stop) and, in brackets, version 98:
/// - learners-cf (occupational-health physicians, return-to-work nurses and fit-note
///   assessors; second brief; 462 replies): 0.812 / 0.776 / 3.2 % (the same: its writers
///   capitalise and punctuate); in reply 0.845 / 0.842 / 3.8 %;
/// - learners-cg (smoking-cessation advisers, lung-health nurses and vaping-advice workers in
///   Canada and the US; first brief; 484 replies): 0.812 / 0.764 / 2.4 % (0.821 / 0.791); in
///   reply 0.842 / 0.832 / 2.4 % (the same);
/// - learners-ch (perinatal mental-health nurses, breastfeeding counsellors and infant-feeding
///   peer supporters; second brief; 463): 0.779 / 0.747 / 4.3 % (0.790 / 0.775); in reply
///   0.842 / 0.885 / 4.3 % (0.844 / 0.890).
///
/// Lines that shared seven words with a public transcript were removed unread before scoring:
/// two replies in cg, three replies and one client statement with its replies in cf, and in ch
/// one reply and one client statement with its replies. A helper who saw only those lines
/// later reworded the ones in cg and ch, and the reworded lines were put back the stop after
/// (cg 486 replies, ch 479), scored again with version 98: cg 0.818 / 0.792 / 2.4 %, in reply
/// 0.839 / 0.833 / 2.4 %; ch 0.793 / 0.778 / 4.2 %, in reply 0.847 / 0.889 / 4.2 %.
#[test]
fn coder_on_the_sets_written_during_version_97() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_97's order.
    let floors = [
        (0.81, 0.77, 0.035),
        (0.815, 0.79, 0.03),
        (0.79, 0.775, 0.045),
    ];
    each_holds(&DURING_97, &floors);
}

/// The same three pooled and coded in reply: version 95 0.843 / 0.853 and version 98 0.844 /
/// 0.854, with 17 of 489 reflections flagged (3.5 %) both times. Coded alone: version 95 0.801 /
/// 0.763 / 3.3 %, version 98 0.808 / 0.781 / 3.3 %. With the reworded lines of cg and ch put
/// back (version 98): in reply 0.844 / 0.855 with 17 of 494 flagged (3.4 %); alone 0.808 /
/// 0.782 with 16 (3.2 %).
#[test]
fn the_sets_written_during_version_97_in_reply() {
    let name = "sets written during version 97";
    pooled_holds(name, &DURING_97, 0.84, 0.85, 0.036);
}

/// The seven sets written while coder versions 99 to 101 were made ([`DURING_99`]), never read:
/// only their figures are looked at. Scored blind, coded alone with version 98 (the version at
/// the start of the stop) and, in brackets, version 100 and version 101:
/// - learners-ce (497 replies): 0.808 / 0.797 / 3.0 % (the same; 0.809 / 0.802); in reply
///   0.824 / 0.812 / 3.0 % (the same both times);
/// - learners-cj (478 replies): 0.801 / 0.747 / 1.8 % (0.803 / 0.753; the same); in reply
///   0.828 / 0.805 / 1.8 % (the same both times);
/// - learners-cl (480 replies, delivered while version 101 was made): 0.763 / 0.839 / 4.2 %
///   (0.767 / 0.844; 0.768 / 0.849); in reply 0.799 / 0.869 / 3.0 % (the same both times);
/// - learners-ci (486 replies, delivered while version 101 was made): 0.817 / 0.753 / 4.2 %
///   with every version; in reply 0.826 / 0.758 / 4.2 %;
/// - learners-ck (495 replies, delivered while version 101 was made): 0.827 / 0.825 / 3.5 %
///   (0.832 / 0.835 with versions 100 and 101); in reply 0.850 / 0.840 / 2.9 % with every
///   version;
/// - learners-cn (486 replies, delivered after version 101): 0.828 / 0.745 / 1.9 % (version 101
///   0.837 / 0.766); in reply 0.844 / 0.771 / 1.9 % (0.850 / 0.782);
/// - learners-cm (496 replies, delivered after version 101): 0.785 / 0.753 / 2.9 % with every
///   version; in reply 0.822 / 0.808 / 2.4 %.
///
/// One reply in each of ce, cj, cl, ck and cm shared seven words with a public transcript and was
/// removed unread before scoring; ci and cn shared none.
///
/// Version 133 (the reader retrained on nineteen more read sets) lowers learners-cj from 0.818
/// / 0.763 / 0.6 % with version 132 to 0.808 / 0.737 / 0.0 %; its floors follow.
#[test]
fn coder_on_the_sets_written_during_version_99() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_99's order.
    let floors = [
        (0.805, 0.79, 0.035),
        (0.805, 0.735, 0.02),
        (0.765, 0.845, 0.045),
        (0.815, 0.75, 0.045),
        (0.83, 0.83, 0.04),
        (0.835, 0.76, 0.025),
        (0.78, 0.75, 0.035),
    ];
    each_holds(&DURING_99, &floors);
}

/// The same seven pooled and coded in reply: version 98 0.830 / 0.810 and version 101 0.830 /
/// 0.811, with 32 of 1,169 reflections flagged (2.7 %) both times. Coded alone: version 98
/// 0.806 / 0.780, version 101 0.809 / 0.788, 3.1 % both times. (The first six: 0.831 / 0.812 in
/// reply with 28 of 999 flagged; the first five: 0.827 / 0.818 in reply
/// with 25 of 837 flagged; the first four: 0.821 / 0.812 with 20 of 666; ce, cj and cl: 0.819 /
/// 0.829 with 13 of 500; ce and cj: 0.827 / 0.809 with 8 of 332.)
#[test]
fn the_sets_written_during_version_99_in_reply() {
    let name = "sets written during version 99";
    pooled_holds(name, &DURING_99, 0.825, 0.81, 0.03);
}

/// The four sets written after coder version 101 was finished ([`AFTER_101`]), never read: only
/// their figures are looked at. Scored blind with versions 98 and 101, which code them alike,
/// and, in brackets, with version 102, written after co and cp were scored and before cq and cr
/// arrived (so blind to cq and cr):
/// - learners-co (481 replies): alone 0.774 / 0.758 with 12 of 161 reflections flagged (7.5 %)
///   (0.775 / 0.758 / 6.8 %); in reply 0.797 / 0.763 / 5.6 % (0.799 / 0.763 / 5.0 %);
/// - learners-cp (486 replies): alone 0.748 / 0.713 / 5.3 % (0.753 / 0.713 / 3.6 %); in reply
///   0.799 / 0.790 / 4.1 % (0.804 / 0.790 / 2.4 %);
/// - learners-cq (494 replies): alone 0.805 / 0.798 / 2.4 % (0.810 / 0.798 / 1.2 %); in reply
///   0.825 / 0.818 / 2.4 % (0.830 / 0.818 / 1.2 %);
/// - learners-cr (493 replies): alone 0.808 / 0.719 / 0.6 % (0.810, the same); in reply 0.860 /
///   0.802 / 1.2 % (0.863, the same).
///
/// co and cp are the hardest of the recent sets, above all in reflections flagged. One reply in
/// each of co and cr shared seven words with a public transcript and was removed unread before
/// scoring.
///
/// Version 133 (the reader retrained): learners-cq 0.820 / 0.808 / 1.2 % with version 132 to
/// 0.826 / 0.828 / 1.8 % (3 of 167 reflections flagged against 2); its ceiling follows.
#[test]
fn coder_on_the_sets_written_after_version_101() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in AFTER_101's order.
    let floors = [
        (0.77, 0.75, 0.07),
        (0.75, 0.71, 0.04),
        (0.805, 0.795, 0.02),
        // learners-cr, version 137: 0.823 / 0.734 with 2 of 164 flagged (1.2 %; 1 with 136).
        (0.805, 0.715, 0.013),
    ];
    each_holds(&AFTER_101, &floors);
}

/// The same four pooled and coded in reply: 0.821 / 0.794 with 22 of 661 reflections flagged
/// (3.3 %), versions 98 and 101 alike; version 102 0.825 / 0.794 with 16 (2.4 %). Coded alone:
/// 0.785 / 0.747 with 26 flagged (3.9 %); version 102 0.788 / 0.747 with 20 (3.0 %). (co and cp
/// alone, in reply: 0.800 / 0.777 / 4.8 % before version 102.)
#[test]
fn the_sets_written_after_version_101_in_reply() {
    let name = "sets written after version 101";
    pooled_holds(name, &AFTER_101, 0.82, 0.79, 0.025);
}

/// The two sets written after coder version 103 ([`AFTER_103`]), never read, blind to versions 99
/// to 103. Coded alone, version 98 → 103:
/// - learners-cs (479 replies): 0.793 / 0.796 / 3.0 % → 0.799 / 0.812 / 2.4 %; in reply
///   0.833 / 0.874 / 3.6 % → 0.840 / 0.895 / 3.0 %;
/// - learners-ct (490 replies): 0.800 / 0.814 / 3.5 % → 0.800 / 0.820 / 4.0 %; in reply
///   0.814 / 0.835 / 3.5 % → 0.812 / 0.840 / 4.6 %.
///
/// One reply in cs shared seven words with a public transcript and was removed unread before
/// scoring.
#[test]
fn coder_on_the_sets_written_after_version_103() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in AFTER_103's order.
    // Version 133 (the reader retrained, in-reply threshold 0.85): learners-ct 0.813 / 0.809 /
    // 2.9 %, from 0.815 / 0.830 / 3.5 % with version 132.
    // Version 140: learners-cs flags 5 of 166 (3.0 %), from 4.
    let floors = [(0.795, 0.81, 0.035), (0.795, 0.805, 0.045)];
    each_holds(&AFTER_103, &floors);
}

/// The same two pooled and coded in reply: version 98 0.823 / 0.855 with 12 of 339 reflections
/// flagged (3.5 %); version 103 0.826 / 0.868 with 13 (3.8 %). Alone: version 98 0.796 / 0.805 /
/// 3.2 %, version 103 0.799 / 0.816 / 3.2 %. Version 132 0.840 / 0.881 with 12 flagged (3.5 %);
/// version 133, the reader retrained and its in-reply threshold raised to 0.85, 0.834 / 0.855
/// with 9 (2.7 %).
#[test]
fn the_sets_written_after_version_103_in_reply() {
    let name = "sets written after version 103";
    pooled_holds(name, &AFTER_103, 0.82, 0.85, 0.04);
}

/// The two sets written while coder version 104 was made ([`DURING_104`]), never read, scored
/// blind. Coded alone, version 98 → 103 (version 104 gives the same):
/// - learners-cu (467 replies): 0.807 / 0.744 / 3.0 % → 0.820 / 0.789 / 3.6 %; in reply
///   0.835 / 0.794 / 2.4 % → 0.841 / 0.811 / 3.0 %;
/// - learners-cv (497 replies): 0.827 / 0.824 / 4.0 % → 0.832 / 0.839 / 4.6 %; in reply
///   0.843 / 0.834 / 3.4 % → 0.847 / 0.845 / 4.0 %.
///
/// One client statement in cv shared seven words with a public transcript and was reworded
/// before scoring; no reply was.
#[test]
fn coder_on_the_sets_written_during_version_104() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_104's
    // order.
    let floors = [(0.815, 0.785, 0.04), (0.825, 0.835, 0.05)];
    each_holds(&DURING_104, &floors);
}

/// The same two pooled and coded in reply: version 98 0.839 / 0.815 with 10 of 343 reflections
/// flagged (2.9 %); versions 103 and 104 0.844 / 0.828 with 12 (3.5 %). Alone: version 98
/// 0.817 / 0.786 / 3.5 %, versions 103 and 104 0.826 / 0.815 / 4.1 %.
#[test]
fn the_sets_written_during_version_104_in_reply() {
    let name = "sets written during version 104";
    pooled_holds(name, &DURING_104, 0.84, 0.825, 0.04);
}

/// The two sets written while coder versions 104 to 106 were made ([`DURING_105`]), never
/// read, scored blind (learners-cx was scored with versions 103 to 105 as they were made, figures
/// only). Coded alone, version 98 → 104 → 106:
/// - learners-cw (485 replies): 0.784 / 0.756 / 5.8 % → 0.785 / 0.751 / 4.0 % → the same; in
///   reply 0.819 / 0.812 / 5.8 % → 0.823 / 0.817 / 4.0 % → the same;
/// - learners-cx (468 replies): 0.831 / 0.812 / 4.3 % → 0.842 / 0.845 / 3.7 % → 0.844 / 0.845 /
///   3.1 %; in reply 0.855 / 0.851 / 4.3 % → 0.862 / 0.873 / 3.7 % → the same (version 107:
///   0.864 / 0.873 / 3.1 %).
///
/// Four replies in cw and two in cx shared seven words with a public transcript and were
/// removed unread before scoring.
///
/// Version 133 (the reader retrained): learners-cw 0.808 / 0.782 / 4.0 % with version 132 to
/// 0.802 / 0.766 / 4.6 % (8 of 173 reflections flagged against 7); its ceiling follows.
#[test]
fn coder_on_the_sets_written_during_version_105() {
    // Macro-F1 floor, recall floor and most reflections flagged for each set, in DURING_105's
    // order.
    // learners-cw, version 137: 0.812 / 0.792 with 9 of 173 flagged (5.2 %; 8 with 136).
    let floors = [(0.78, 0.745, 0.053), (0.84, 0.84, 0.035)];
    each_holds(&DURING_105, &floors);
}

/// The same two pooled and coded in reply: version 98 0.838 / 0.831 with 17 of 335 reflections
/// flagged (5.1 %); version 106 0.843 / 0.844 with 13 (3.9 %); version 107 0.844 / 0.844 with
/// 12 (3.6 %). Alone: version 98 0.808 /
/// 0.783 / 5.1 %, version 106 0.815 / 0.796 / 3.6 %.
#[test]
fn the_sets_written_during_version_105_in_reply() {
    let name = "sets written during version 105";
    pooled_holds(name, &DURING_105, 0.84, 0.84, 0.04);
}

/// The set written after coder version 107 ([`AFTER_107`]), never read, blind to versions 104 to
/// 107. learners-cy (499 replies), careful full sentences for the most part: coded alone, version
/// 98 0.784 / 0.732 / 3.6 %, version 103 the same, version 107 0.786 / 0.732 / 3.6 %; in reply
/// 0.795 / 0.763 / 4.2 %, 0.803 / 0.789 / 4.2 % and 0.805 / 0.789 / 4.2 %. One reply that shared
/// seven words with a public transcript was removed unread before scoring.
#[test]
fn coder_on_the_set_written_after_version_107() {
    each_holds(&AFTER_107, &[(0.78, 0.73, 0.04)]);
}

/// The same coded in reply: version 107 0.805 / 0.789 with 7 of 168 reflections flagged (4.2 %).
#[test]
fn the_set_written_after_version_107_in_reply() {
    pooled_holds(
        "set written after version 107",
        &AFTER_107,
        0.80,
        0.785,
        0.045,
    );
}

/// The set written while versions 104 to 108 were made ([`DURING_108`]), never read.
/// learners-cz (490 replies, two that shared seven words with a public transcript removed unread
/// before scoring): coded alone, version 98 0.769 / 0.794 / 1.9 %, version 103 0.783 / 0.810 /
/// 1.3 %, versions 107 and 108 0.795 / 0.810 / 1.3 %.
#[test]
fn coder_on_the_set_written_during_version_108() {
    // Version 140 (the reader retrained on eight more read sets) flags 4 of 158 (2.5 %), from 2.
    each_holds(&DURING_108, &[(0.79, 0.805, 0.03)]);
}

/// The same coded in reply: version 98 0.785 / 0.804 / 1.9 %, version 103 0.802 / 0.831 / 1.3 %,
/// versions 107 and 108 0.815 / 0.831 with 2 of 158 reflections flagged (1.3 %).
#[test]
fn the_set_written_during_version_108_in_reply() {
    pooled_holds(
        "set written during version 108",
        &DURING_108,
        0.81,
        0.825,
        // 4 of 158 with version 140 (2.5 %).
        0.03,
    );
}

/// The sets written while versions 109 and 110 were made ([`DURING_110`]), never read, coded
/// alone. learners-de (486 replies, two that shared seven words with a public transcript removed
/// unread before scoring): versions 108 to 110 0.784 / 0.682 with 6 of 157 reflections flagged
/// (3.8 %), version 111 0.785 / 0.682; among the five lowest recalls of the held-out sets.
/// learners-df (495 replies, one such reply removed unread): versions 108 to 110 0.771 / 0.782
/// with 4 of 152 flagged (2.6 %), version 111 0.775 / 0.782.
#[test]
fn coder_on_the_sets_written_during_version_110() {
    // learners-df: 5 of 152 flagged with version 136 (3.3 %; 3 with 135).
    each_holds(&DURING_110, &[(0.78, 0.675, 0.04), (0.77, 0.775, 0.034)]);
}

/// The same coded in reply, pooled: versions 108 to 110 0.803 / 0.778 with 11 of 309
/// reflections flagged (3.6 %); version 111 0.806 / 0.778 with the same 11. Alone, pooled:
/// 0.778 / 0.733 (3.2 %), version 111 0.780. Version 132 0.811 / 0.781 with 11 flagged
/// (3.6 %); version 133, the reader retrained and its in-reply threshold raised to 0.85, 0.811 /
/// 0.770 with 9 (2.9 %).
#[test]
fn the_sets_written_during_version_110_in_reply() {
    pooled_holds(
        "sets written during version 110",
        &DURING_110,
        0.80,
        0.765,
        0.04,
    );
}

/// The set written while versions 117 to 119 were made ([`DURING_119`]), never read. learners-dh
/// (487 replies, two that shared seven words with a public transcript removed unread before
/// scoring), coded alone: version 116 0.709 / 0.555 with 3 of 159 reflections flagged (1.9 %),
/// versions 119 and 120 0.713 / 0.565, version 124 0.715 / 0.571: the lowest recall of the
/// held-out sets. Its writers'
/// careful two-sentence replies that start kind and end pushing are what the coach misses most.
#[test]
fn coder_on_the_set_written_during_version_119() {
    // Version 140 flags 4 of 159 (2.5 %), from 2.
    each_holds(&DURING_119, &[(0.705, 0.56, 0.03)]);
}

/// The same coded in reply: version 116 0.766 / 0.686, versions 119 and 120 0.768 / 0.691,
/// version 124 0.769 / 0.696, with 4 of 159 reflections flagged (2.5 %).
#[test]
fn the_set_written_during_version_119_in_reply() {
    pooled_holds(
        "set written during version 119",
        &DURING_119,
        0.76,
        0.685,
        // 6 of 159 with version 140 (3.8 %).
        // 7 of 159 with version 146 (4.4 %): the in-reply reader.
        0.045,
    );
}

/// The set written while versions 126 and 127 were made ([`DURING_126`]), never read.
/// learners-dj (489 replies; no reply shared seven words with a public transcript), coded alone:
/// versions 125 to 127 alike 0.766 / 0.711 with 2 of 161 reflections flagged (1.2 %).
#[test]
fn coder_on_the_set_written_during_version_126() {
    each_holds(&DURING_126, &[(0.76, 0.705, 0.02)]);
}

/// The same coded in reply: versions 125 to 127 alike 0.807 / 0.806, 2 of 161 flagged.
#[test]
fn the_set_written_during_version_126_in_reply() {
    pooled_holds(
        "set written during version 126",
        &DURING_126,
        0.80,
        0.80,
        0.02,
    );
}

/// The set written while version 128 was made ([`DURING_128`]), never read. learners-dl (497
/// replies; one that shared seven words with a public transcript removed unread before scoring),
/// coded alone: versions 127 and 128 alike 0.766 / 0.744 with 3 of 154 reflections flagged
/// (1.9 %); version 129, also blind to it, 0.771 / 0.750 (0.794 / 0.839 in reply); version 131
/// 0.775 / 0.761, version 132 0.773 / 0.761. The floors sit just under the last.
#[test]
fn coder_on_the_set_written_during_version_128() {
    each_holds(&DURING_128, &[(0.77, 0.755, 0.025)]);
}

/// The same coded in reply: versions 127 and 128 alike 0.790 / 0.833, 3 of 154 flagged; versions
/// 131 and 132 0.799 / 0.850. Version 138 flags one more (4 of 154, 2.6 %; 0.807 / 0.878), so
/// the ceiling went from 2.5 % to 3 %.
#[test]
fn the_set_written_during_version_128_in_reply() {
    pooled_holds(
        "set written during version 128",
        &DURING_128,
        0.795,
        0.845,
        0.03,
    );
}

/// The set written while versions 129 and 130 were made ([`DURING_129`]), never read.
/// learners-dn (485 replies; one that shared seven words with a public transcript removed
/// unread before scoring), coded alone: version 128 0.807 / 0.743, version 129 0.812 / 0.743,
/// with 3 of 157 reflections flagged (1.9 %).
#[test]
fn coder_on_the_set_written_during_version_129() {
    // Version 136: 0.821 / 0.760 with 7 of 157 flagged (4.5 %; 3 with 135).
    each_holds(&DURING_129, &[(0.805, 0.74, 0.046)]);
}

/// The same coded in reply: version 128 0.839 / 0.829, version 129 0.844 / 0.829, with 5 of
/// 157 reflections flagged (3.2 %). Version 133, the reader retrained and its in-reply
/// threshold raised to 0.85: 0.847 / 0.817 with 3 flagged (1.9 %).
#[test]
fn the_set_written_during_version_129_in_reply() {
    pooled_holds(
        "set written during version 129",
        &DURING_129,
        0.835,
        0.815,
        // Version 136: 0.853 / 0.840 with 7 flagged (4.5 %).
        0.046,
    );
}

/// The two sets written after version 131 ([`AFTER_131`]), never read, coded alone: learners-do
/// (488 replies) version 127 0.786 / 0.658, version 131 0.793 / 0.668, with no reflection of 157
/// flagged; learners-dp (494 replies; one that shared seven words with a public transcript
/// removed unread) version 127 0.798 / 0.789, version 131 0.805 / 0.799, with 3 of 155 flagged
/// (1.9 %).
#[test]
fn coder_on_the_sets_written_after_version_131() {
    // learners-dp, version 137: 0.820 / 0.840 with 5 of 155 flagged (3.2 %; 3 with 136).
    each_holds(&AFTER_131, &[(0.79, 0.665, 0.01), (0.80, 0.795, 0.033)]);
}

/// The same pooled and coded in reply: version 127 0.838 / 0.818, version 131 0.844 / 0.826,
/// with 3 of 312 reflections flagged (1.0 %).
#[test]
fn the_sets_written_after_version_131_in_reply() {
    pooled_holds(
        "sets written after version 131",
        &AFTER_131,
        0.84,
        0.82,
        // Version 137: 0.857 / 0.854 with 5 of 312 flagged (1.6 %; 4 with 136).
        0.017,
    );
}

/// The two sets written after version 132 ([`AFTER_132`]), never read, coded alone: learners-dq
/// (491 replies; one that shared seven words with a public transcript removed unread) version
/// 132 0.788 / 0.688, version 133 0.793 / 0.709, with 4 of 162 reflections flagged (2.5 %)
/// by both; learners-dr (492 replies) version 132 0.803 / 0.705, version 133 0.801 / 0.699,
/// with 4 of 160 flagged (2.5 %) by both. Pooled: 259 → 262 of 372 MI-inconsistent replies
/// caught.
#[test]
fn coder_on_the_sets_written_after_version_132() {
    // learners-dr, version 136: 0.805 / 0.710 with 6 of 160 flagged (3.8 %; 4 with 135);
    // version 142: 0.811 / 0.738 with 7 (4.4 %).
    each_holds(&AFTER_132, &[(0.79, 0.705, 0.03), (0.80, 0.695, 0.045)]);
}

/// The same pooled and coded in reply: version 132 0.838 / 0.796 with 10 of 322 reflections
/// flagged (3.1 %), version 133 0.836 / 0.793 with 9 (2.8 %): 296 → 295 of 372 caught.
#[test]
fn the_sets_written_after_version_132_in_reply() {
    pooled_holds(
        "sets written after version 132",
        &AFTER_132,
        0.835,
        0.79,
        // Version 136: 0.844 / 0.820 with 10 of 322 flagged (3.1 %); version 142 0.854 / 0.855
        // with 11 (3.4 %).
        // 12 of 322 with version 146 (3.7 %): the in-reply reader.
        0.038,
    );
}

/// The two sets written after version 133 ([`AFTER_133`]), never read, coded alone (version 134
/// codes them as 133 does): learners-dt (482 replies; one that shared seven words with a public
/// transcript removed unread) version 132 0.831 / 0.765 with 3 of 159 reflections flagged
/// (1.9 %), version 134 0.824 / 0.754 with 4 (2.5 %); learners-du (492 replies; one removed
/// the same way) version 132 0.804 / 0.773 with none flagged, version 134 0.805 / 0.778.
#[test]
fn coder_on_the_sets_written_after_version_133() {
    // learners-du, version 136: 0.802 / 0.757 with 1 of 159 flagged (0.778 with none, 135).
    each_holds(&AFTER_133, &[(0.82, 0.75, 0.03), (0.80, 0.755, 0.01)]);
}

/// The same pooled and coded in reply: version 132 0.849 / 0.853 with 5 of 318 reflections
/// flagged (1.6 %), version 134 0.851 / 0.856 with the same 5.
#[test]
fn the_sets_written_after_version_133_in_reply() {
    pooled_holds(
        "sets written after version 133",
        &AFTER_133,
        0.845,
        0.85,
        // Version 136: 0.856 / 0.867 with 8 of 318 flagged (2.5 %).
        0.026,
    );
}

/// The two sets written after version 135 ([`AFTER_135`]), never read, coded alone: learners-dw
/// (492 replies; two that shared seven words with a public transcript removed unread) version
/// 132 0.772 / 0.736 with 5 of 160 reflections flagged (3.1 %), version 135 0.769 / 0.725 with
/// 4 (2.5 %); learners-dx (491 replies) version 132 0.781 / 0.751 with 1 of 161 flagged
/// (0.6 %), version 135 0.784 / 0.762 with 1.
#[test]
fn coder_on_the_sets_written_after_version_135() {
    each_holds(&AFTER_135, &[(0.765, 0.72, 0.03), (0.78, 0.76, 0.01)]);
}

/// The same pooled and coded in reply: version 132 0.810 / 0.819 with 8 of 321 reflections
/// flagged (2.5 %), version 135 0.808 / 0.814 with 7 (2.2 %).
#[test]
fn the_sets_written_after_version_135_in_reply() {
    pooled_holds(
        "sets written after version 135",
        &AFTER_135,
        0.805,
        0.81,
        0.025,
    );
}

/// The two sets written during version 136 ([`DURING_136`]), never read, coded alone:
/// learners-dy (489 replies) version 135 0.818 / 0.800 with 3 of 162 reflections flagged
/// (1.9 %), version 136 0.829 / 0.832 with 4 (2.5 %); learners-dz (490 replies) version 135
/// 0.774 / 0.723 with 9 of 161 flagged (5.6 %), version 136 0.770 / 0.717 with 9, over the
/// 3 % target with either version.
#[test]
fn coder_on_the_sets_written_during_version_136() {
    each_holds(&DURING_136, &[(0.825, 0.83, 0.03), (0.765, 0.715, 0.06)]);
}

/// The same pooled and coded in reply: version 135 0.823 / 0.816 with 12 of 323 reflections
/// flagged (3.7 %), version 136 0.830 / 0.843 with 14 (4.3 %).
#[test]
fn the_sets_written_during_version_136_in_reply() {
    pooled_holds(
        "sets written during version 136",
        &DURING_136,
        0.825,
        // Version 137: 0.827 / 0.832 with 14 flagged (learners-dz 0.837 → 0.815).
        0.83,
        // 15 of 323 with version 146 (4.6 %): the in-reply reader.
        0.047,
    );
}

/// The two sets written after version 136 ([`AFTER_136`]), never read, coded alone:
/// learners-ed (495 replies; one that shared seven words with a public transcript removed
/// unread) versions 135 and 136 0.828 / 0.764 with 1 of 155 reflections flagged (0.6 %),
/// version 137 0.830 / 0.769 with 1; learners-ee (495 replies) version 135 0.804 / 0.764,
/// version 136 0.808 / 0.775, version 137 0.812 / 0.792, with 2 of 156 flagged (1.3 %) by each.
#[test]
fn coder_on_the_sets_written_after_version_136() {
    // Version 140: learners-ed 0.828 / 0.764, from 0.830 / 0.769 with version 139.
    each_holds(&AFTER_136, &[(0.825, 0.76, 0.01), (0.81, 0.79, 0.015)]);
}

/// The same pooled and coded in reply: version 135 0.837 / 0.803 with 3 of 311 reflections
/// flagged (1.0 %), version 136 0.836 / 0.803 with 4 (1.3 %), version 137 0.838 / 0.811 with 4.
#[test]
fn the_sets_written_after_version_136_in_reply() {
    pooled_holds(
        "sets written after version 136",
        &AFTER_136,
        0.835,
        0.81,
        0.015,
    );
}

/// The two sets written after version 137 ([`AFTER_137`]), never read, coded alone, versions
/// 135 → 136 → 137: learners-eh (485 replies) 0.806 / 0.712 → 0.814 / 0.733 → 0.824 / 0.759,
/// with 4 of 159 reflections flagged (2.5 %) by each; learners-ei (490 replies) 0.807 / 0.767 →
/// 0.809 / 0.772 → 0.817 / 0.788, with 5, 5 and 4 of 159 flagged. One reply in each that shared
/// seven words with a public transcript was removed unread.
#[test]
fn coder_on_the_sets_written_after_version_137() {
    each_holds(&AFTER_137, &[(0.82, 0.755, 0.03), (0.815, 0.785, 0.03)]);
}

/// The same pooled and coded in reply: version 135 0.842 / 0.846 with 11 of 318 reflections
/// flagged (3.5 %), version 136 0.845 / 0.859 with 11, version 137 0.849 / 0.865 with 12
/// (3.8 %).
#[test]
fn the_sets_written_after_version_137_in_reply() {
    pooled_holds(
        "sets written after version 137",
        &AFTER_137,
        0.845,
        0.86,
        // 13 of 318 with version 140 (4.1 %).
        0.045,
    );
}

/// The two sets written while version 138 was tried ([`DURING_138`]), never read, coded alone,
/// versions 135 → 137: learners-ej (493 replies) 0.793 / 0.634 → 0.804 / 0.656, with 4 of 155
/// reflections flagged (2.6 %) by each; learners-ek (492 replies) 0.769 / 0.724 → 0.783 /
/// 0.773, with 2 → 3 of 172 flagged. One reply in each that shared seven words with a public
/// transcript was removed unread.
#[test]
fn coder_on_the_sets_written_during_version_138() {
    // Version 140: learners-ek flags 5 of 172 (2.9 %), from 3.
    each_holds(&DURING_138, &[(0.80, 0.65, 0.03), (0.78, 0.77, 0.03)]);
}

/// The same pooled and coded in reply: version 135 0.806 / 0.723 with 6 of 327 reflections
/// flagged (1.8 %), version 137 0.819 / 0.764 with 7 (2.1 %).
#[test]
fn the_sets_written_during_version_138_in_reply() {
    pooled_holds(
        "sets written during version 138",
        &DURING_138,
        0.815,
        0.76,
        // 9 of 327 with version 140 (2.8 %).
        0.03,
    );
}

/// The two sets written while version 138's rules were written ([`WHILE_138`]), never read,
/// coded alone, versions 135 → 137 → 138, scored once the rules were written: learners-en (499
/// replies) 0.767 / 0.654 → 0.773 / 0.665 → 0.780 / 0.687, learners-eo (496 replies) 0.820 /
/// 0.725 → 0.827 / 0.746 → 0.827 / 0.746, with 2 of 151 and 2 of 160 reflections flagged by
/// each.
#[test]
fn coder_on_the_sets_written_while_version_138_was_made() {
    // Version 142: learners-eo 0.834 / 0.767 with 3 of 160 flagged (1.9 %), from 2.
    each_holds(&WHILE_138, &[(0.775, 0.68, 0.015), (0.825, 0.74, 0.02)]);
}

/// The same pooled and coded in reply: version 135 0.834 / 0.790, version 137 0.842 / 0.812,
/// version 138 0.844 / 0.817, with 4 of 311 reflections flagged (1.3 %) by each.
#[test]
fn the_sets_written_while_version_138_was_made_in_reply() {
    pooled_holds(
        "sets written while version 138 was made",
        &WHILE_138,
        0.84,
        0.815,
        // Version 142: 0.847 / 0.836 with 6 of 311 flagged (1.9 %), from 4.
        0.02,
    );
}

/// The two sets written after version 139 ([`AFTER_139`]), never read, coded alone, versions
/// 135 → 137 → 138 → 139: learners-er (492 replies) 0.772 / 0.629 → 0.778 / 0.640 → 0.778 /
/// 0.640 → 0.779 / 0.645, with 1 of 162 reflections flagged by each; learners-es (496 replies)
/// 0.763 / 0.768 → 0.775 / 0.779 → 0.777 / 0.784 → 0.777 / 0.784, with 5 → 6 of 162 flagged.
/// One er reply that shared seven words with a public transcript was removed unread.
#[test]
fn coder_on_the_sets_written_after_version_139() {
    // Version 140: learners-es flags 7 of 162 (4.3 %), from 6. Version 142: learners-es 0.769 /
    // 0.784, from 0.779 / 0.789.
    each_holds(&AFTER_139, &[(0.775, 0.64, 0.01), (0.765, 0.78, 0.045)]);
}

/// The same pooled and coded in reply: version 135 0.794 / 0.763 with 7 of 324 reflections
/// flagged (2.2 %), version 137 0.808 / 0.793 with 8 (2.5 %), version 138 0.809 / 0.795,
/// version 139 0.810 / 0.798, each with 8; version 140, blind to them too, 0.815 / 0.814 with 9
/// (2.8 %).
#[test]
fn the_sets_written_after_version_139_in_reply() {
    pooled_holds(
        "sets written after version 139",
        &AFTER_139,
        0.805,
        0.795,
        0.03,
    );
}

/// The two sets written after version 140 ([`AFTER_140`]), never read, coded alone, versions
/// 139 → 140 → 141: learners-ev (492 replies) 0.774 / 0.744 → 0.776 / 0.750 → 0.776 / 0.750,
/// with 0 → 1 → 1 of 160 reflections flagged; learners-ew (491 replies) 0.716 / 0.626 → 0.726 /
/// 0.653 → 0.726 / 0.653, with 5 of 158 flagged by each (3.2 %); its macro-F1 is the lowest of
/// any held-out set.
#[test]
fn coder_on_the_sets_written_after_version_140() {
    // Version 142: learners-ev 0.770 / 0.733 with none flagged, learners-ew 0.727 / 0.653 with 5.
    each_holds(&AFTER_140, &[(0.765, 0.73, 0.01), (0.725, 0.65, 0.035)]);
}

/// The same pooled and coded in reply: version 139 0.777 / 0.784 with 10 of 318 reflections
/// flagged (3.1 %), versions 140 and 141 0.785 / 0.800 with 11 (3.5 %).
#[test]
fn the_sets_written_after_version_140_in_reply() {
    pooled_holds(
        "sets written after version 140",
        &AFTER_140,
        0.78,
        0.795,
        0.036,
    );
}

/// The two sets written after version 142 ([`AFTER_142`]), never read, coded alone, versions
/// 139 → 141 → 142: learners-fl (494 replies) 0.768 / 0.683 → 0.780 / 0.716 → 0.778 / 0.710,
/// with 4 → 2 → 2 of 164 reflections flagged; learners-fm (485 replies; three that shared seven
/// words with a public transcript removed unread) 0.774 / 0.736 → 0.773 / 0.736 → 0.778 /
/// 0.746, with 4 → 4 → 3 of 158 flagged.
#[test]
fn coder_on_the_sets_written_after_version_142() {
    each_holds(&AFTER_142, &[(0.775, 0.705, 0.015), (0.775, 0.745, 0.02)]);
}

/// The same pooled and coded in reply: version 139 0.811 / 0.801 with 13 of 322 reflections
/// flagged (4.0 %), version 141 0.818 / 0.816 with 12 (3.7 %), version 142 0.821 / 0.819 with
/// 10 (3.1 %): 301 → 307 → 308 of 376 caught.
#[test]
fn the_sets_written_after_version_142_in_reply() {
    pooled_holds(
        "sets written after version 142",
        &AFTER_142,
        0.82,
        0.815,
        0.032,
    );
}

/// The two sets of [`LATE_142`], never read, coded alone, versions 139 → 141 → 142:
/// learners-fn (496 replies) 0.787 / 0.674 → 0.790 / 0.684 → 0.796 / 0.701, with 4 of 157
/// reflections flagged by each; learners-fo (491 replies; one that shared seven words with a
/// public transcript removed unread) 0.745 / 0.630 → 0.750 / 0.636 → 0.755 / 0.652, with 1 of
/// 159 by each.
#[test]
fn coder_on_the_sets_written_late_in_version_142() {
    each_holds(&LATE_142, &[(0.795, 0.70, 0.03), (0.75, 0.65, 0.01)]);
}

/// The same pooled and coded in reply: version 139 0.805 / 0.779 with 8 of 316 reflections
/// flagged (2.5 %), version 141 0.810 / 0.795 with 8, version 142 0.813 / 0.792 with 6 (1.9 %):
/// 289 → 295 → 294 of 371 caught.
#[test]
fn the_sets_written_late_in_version_142_in_reply() {
    pooled_holds(
        "sets written late in version 142",
        &LATE_142,
        0.81,
        0.79,
        // 8 of 316 with version 146 (2.5 %): the in-reply reader.
        0.026,
    );
}

/// The four sets of [`DURING_143`], never read, coded alone, scored blind with versions 142 and
/// 143 (alike on them): learners-fp (492 replies; two that shared seven words with a public
/// transcript removed unread) 0.799 / 0.674 with 3 of 159 reflections flagged; learners-fq (491;
/// one removed) 0.794 / 0.816 with 2 of 159; learners-fr (491; one removed) 0.795 / 0.730 with 5
/// of 160; learners-fs (491; one removed) 0.850 / 0.793 with 3 of 160.
#[test]
fn coder_on_the_sets_written_during_version_143() {
    each_holds(
        &DURING_143,
        &[
            (0.795, 0.67, 0.02),
            (0.79, 0.815, 0.015),
            (0.795, 0.725, 0.032),
            (0.845, 0.79, 0.02),
        ],
    );
}

/// The same pooled and coded in reply, versions 142 and 143 alike: 0.850 / 0.831 with 19 of 638
/// reflections flagged (2.98 %): 616 of 741 caught.
#[test]
fn the_sets_written_during_version_143_in_reply() {
    pooled_holds(
        "sets written during version 143",
        &DURING_143,
        0.845,
        0.83,
        0.03,
    );
}

/// The four sets of [`LATE_143`], never read, coded alone, scored blind with version 143 and
/// with the retrained reader that was tried: learners-fz (491 replies; one that shared seven
/// words with a public transcript removed unread) 0.837 / 0.784 with 4 of 160 reflections
/// flagged (the reader tried: 0.836 / 0.773 with 5); learners-ga (492) 0.829 / 0.751 with 1 of
/// 160; learners-gb (492) 0.812 / 0.714 with 2 of 160; learners-gc (490; two removed) 0.851 /
/// 0.783 with 2 of 160. Pooled, version 143 catches 560 of 739, the reader tried 559.
#[test]
fn coder_on_the_sets_written_late_in_version_143() {
    each_holds(
        &LATE_143,
        &[
            (0.835, 0.78, 0.026),
            (0.825, 0.75, 0.007),
            (0.81, 0.71, 0.013),
            (0.85, 0.78, 0.013),
        ],
    );
}

/// The same pooled and coded in reply: version 143 0.872 / 0.859 with 9 of 640 reflections
/// flagged (1.4 %), 635 of 739 caught; the retrained reader tried 0.871 / 0.847, 626 caught.
#[test]
fn the_sets_written_late_in_version_143_in_reply() {
    pooled_holds(
        "sets written late in version 143",
        &LATE_143,
        0.87,
        0.855,
        0.015,
    );
}

/// The four sets of [`AFTER_144`], never read, coded alone, blind, versions 143 → 144:
/// learners-gd (492 replies) 0.840 / 0.724 with 2 of 160 reflections flagged by each;
/// learners-ge (491; one that shared seven words with a public transcript removed unread) 0.768
/// / 0.605 → 0.770 / 0.611 with 1 of 159, among the lowest recalls of the held-out sets
/// (learners-dh's 0.571 is lower); learners-gf
/// (490; three removed) 0.842 / 0.788 with 1 of 161; learners-gg (492) 0.825 / 0.773 with none
/// of 160. Pooled, 534 → 535 of 739 caught.
#[test]
fn coder_on_the_sets_written_after_version_144() {
    each_holds(
        &AFTER_144,
        &[
            (0.835, 0.72, 0.013),
            (0.765, 0.605, 0.007),
            (0.84, 0.785, 0.007),
            (0.825, 0.77, 0.005),
        ],
    );
}

/// The same pooled and coded in reply, versions 143 and 144 alike: 0.864 / 0.835 with 7 of 640
/// reflections flagged (1.1 %), 617 of 739 caught.
#[test]
fn the_sets_written_after_version_144_in_reply() {
    pooled_holds(
        "sets written after version 144",
        &AFTER_144,
        0.86,
        0.83,
        // 8 of 640 with version 146 (1.25 %): the in-reply reader.
        0.013,
    );
}

/// The four sets of [`LATE_144`], never read, coded alone, blind, version 144: learners-gh (491
/// replies; one that shared seven words with a public transcript removed unread) 0.800 / 0.735
/// with 2 of 160 reflections flagged; learners-gi (492; one removed) 0.779 / 0.685 with 7 of 161
/// (4.3 %); learners-gj (492) 0.802 / 0.751 with 2 of 160; learners-gk (490; two removed) 0.843
/// / 0.778 with 3 of 160. Pooled, 545 of 739 caught.
#[test]
fn coder_on_the_sets_written_late_in_version_144() {
    each_holds(
        &LATE_144,
        &[
            (0.795, 0.73, 0.013),
            (0.775, 0.68, 0.044),
            (0.80, 0.75, 0.013),
            (0.84, 0.775, 0.019),
        ],
    );
}

/// The same pooled and coded in reply, version 144: 0.845 / 0.834 with 15 of 641 reflections
/// flagged (2.3 %), 616 of 739 caught.
#[test]
fn the_sets_written_late_in_version_144_in_reply() {
    pooled_holds(
        "sets written late in version 144",
        &LATE_144,
        0.84,
        0.83,
        // 17 of 641 with version 146 (2.7 %): the in-reply reader.
        0.027,
    );
}

/// The four sets of [`BEFORE_146`], never read, coded alone, blind, version 145: learners-gl
/// (493 replies) 0.782 / 0.708 with 3 of 160 reflections flagged; learners-gm (492) 0.821 /
/// 0.778 with 3 of 160; learners-gn (492; one that shared seven words with a public transcript
/// removed unread) 0.830 / 0.811 with 4 of 160; learners-go (491; one removed) 0.865 / 0.838
/// with 4 of 160. Pooled, 580 of 740 caught.
#[test]
fn coder_on_the_sets_written_before_version_146() {
    each_holds(
        &BEFORE_146,
        &[
            (0.78, 0.705, 0.019),
            (0.82, 0.775, 0.019),
            (0.825, 0.81, 0.026),
            (0.86, 0.835, 0.026),
        ],
    );
}

/// The same pooled and coded in reply, version 145: 0.856 / 0.849 with 14 of 640 reflections
/// flagged (2.2 %), 628 of 740 caught. Version 146 (the in-reply reader, blind to these sets):
/// 0.864 / 0.878 with 16 flagged (2.5 %), 650 caught.
#[test]
fn the_sets_written_before_version_146_in_reply() {
    pooled_holds(
        "sets written before version 146",
        &BEFORE_146,
        0.86,
        0.875,
        // 16 of 640 with version 146 (2.5 %): the in-reply reader.
        0.026,
    );
}

/// The four sets of [`AFTER_147`], never read, coded alone, blind, version 147 (alone as
/// version 145): learners-gp (490 replies; two that shared seven words with a public transcript
/// removed unread) 0.827 / 0.755 with 8 of 160 reflections flagged (5.0 %); learners-gq (494)
/// 0.855 / 0.855 with 4 of 161; learners-gr (493) 0.804 / 0.665 with none of 160; learners-gs
/// (489; three removed) 0.822 / 0.754 with 2 of 159. Pooled, 559 of 738 caught.
#[test]
fn coder_on_the_sets_written_after_version_147() {
    each_holds(
        &AFTER_147,
        &[
            (0.825, 0.75, 0.051),
            (0.85, 0.85, 0.026),
            (0.80, 0.66, 0.007),
            (0.82, 0.75, 0.013),
        ],
    );
}

/// The same pooled and coded in reply: version 145 0.865 / 0.831 with 14 of 640 reflections
/// flagged (2.2 %), 613 of 738 caught; version 147, blind, 0.870 / 0.851 with 14 flagged, 628
/// caught.
#[test]
fn the_sets_written_after_version_147_in_reply() {
    pooled_holds(
        "sets written after version 147",
        &AFTER_147,
        0.865,
        0.85,
        0.022,
    );
}

/// The four sets of [`STOP_49`], never read, coded alone, blind, version 147: learners-gt (491
/// replies; one that shared seven words with a public transcript removed unread) 0.840 / 0.859
/// with 1 of 160 reflections flagged; learners-gu (490; two removed) 0.841 / 0.757 with 6 of 160
/// (3.8 %); learners-gv (492) 0.791 / 0.703 with 2 of 160; learners-gw (492) 0.812 / 0.784 with
/// 5 of 160 (3.1 %). Pooled, 573 of 739 caught.
#[test]
fn coder_on_the_sets_written_in_stop_49() {
    each_holds(
        &STOP_49,
        &[
            (0.835, 0.855, 0.007),
            (0.84, 0.755, 0.038),
            (0.79, 0.70, 0.013),
            (0.81, 0.78, 0.032),
        ],
    );
}

/// The same pooled and coded in reply: version 145 0.853 / 0.843 with 13 of 640 reflections
/// flagged (2.0 %), 623 of 739 caught; version 147, blind, 0.857 / 0.866 with 13 flagged, 640
/// caught.
#[test]
fn the_sets_written_in_stop_49_in_reply() {
    pooled_holds("sets written in stop 49", &STOP_49, 0.855, 0.865, 0.021);
}

/// The two sets of [`STOP_50`], never read, coded alone. Blind, version 147: learners-gx (491
/// replies; one that shared seven words with a public transcript removed unread) 0.846 / 0.864
/// with 2 of 160 reflections flagged; learners-gy (491; one removed) 0.791 / 0.688 with 5 of
/// 160 (3.1 %). Version 149 codes every reply alone as version 147 did.
#[test]
fn coder_on_the_sets_written_in_stop_50() {
    each_holds(&STOP_50, &[(0.845, 0.86, 0.013), (0.79, 0.685, 0.032)]);
}

/// The same pooled and coded in reply: version 147, blind, 0.861 / 0.857 with 6 of 320
/// reflections flagged (1.9 %), 317 of 370 caught; version 149 the same.
#[test]
fn the_sets_written_in_stop_50_in_reply() {
    pooled_holds("sets written in stop 50", &STOP_50, 0.86, 0.855, 0.02);
}

/// The four sets of [`STOP_51`], never read, coded alone. Blind, version 151: learners-gz (490
/// replies, by cardiac-rehabilitation nurses and exercise physiologists; two that shared seven
/// words with a public transcript removed unread) 0.880 / 0.903 with 2 of 160 reflections
/// flagged; learners-ha (492, student social workers and family-court advisers) 0.833 / 0.768
/// with 4 of 160 (2.5 %); learners-hb (490, pharmacists running stop-smoking and weight clinics;
/// two removed) 0.820 / 0.735 with 2 of 160; learners-hc (490, peer-support workers and
/// recovery coaches; two removed) 0.820 / 0.838 with 2 of 159. Pooled alone 0.839 / 0.811, 600
/// of 740 caught, 10 of 639 flagged.
#[test]
fn coder_on_the_sets_written_in_stop_51() {
    each_holds(
        &STOP_51,
        &[
            (0.875, 0.9, 0.013),
            (0.83, 0.765, 0.026),
            (0.815, 0.73, 0.013),
            (0.815, 0.835, 0.013),
        ],
    );
}

/// The same pooled and coded in reply: version 151, blind, 0.865 / 0.877 with 9 of 639
/// reflections flagged (1.4 %), 649 of 740 caught.
#[test]
fn the_sets_written_in_stop_51_in_reply() {
    pooled_holds("sets written in stop 51", &STOP_51, 0.86, 0.875, 0.015);
}

/// The probe sets ([`PROBE_SETS`]), never read: replies built mostly from the client's own
/// words, about half of them MI-inconsistent in those words ("so the app is all you need
/// then"), written during stop 49 by three writers who saw no rules (echoes-b:
/// physiotherapists, diabetes nurses and health coaches; echoes-d: cardiac-rehab nurses,
/// pharmacists and health coaches; echoes-e: school counsellors and youth workers). Blind,
/// version 147: in reply 0.747 / 0.619 with 17 of 510 reflections flagged (3.3 %), 445 of 719
/// caught (version 145: 443 caught, 19 flagged); alone 0.667 / 0.503 with 21 flagged (4.1 %),
/// as version 145. Far under the learners' sets: the coach's known weakness, measured. Two more
/// written to the same brief at the start of stop 50 (echoes-f: community mental-health nurses,
/// social workers and crisis-line volunteers, 493 replies; echoes-g: sexual-health nurses,
/// weight-management dietitians and sleep-clinic staff, 494; three replies that shared seven
/// words with a public transcript removed unread), blind, version 147, in reply: echoes-f 0.794
/// / 0.683 with 5 of 169 flagged, echoes-g 0.748 / 0.573 with 1 of 170. All five: version 147
/// 0.756 / 0.623 with 23 of 849 flagged (2.7 %), 746 of 1,198 caught; alone 625 caught, 28
/// flagged. Version 149 the same.
#[test]
fn the_probe_sets_in_reply() {
    let echoes: Vec<&str> = PROBE_SETS
        .iter()
        .copied()
        .filter(|n| n.starts_with("echoes-"))
        .collect();
    assert_eq!(echoes.len(), 5);
    pooled_holds("probe sets (echoes)", &echoes, 0.755, 0.62, 0.028);
}

/// The probes of false flags (`softeners-a` and `b`, in [`PROBE_SETS`]), never read, written at
/// the end of stop 50 in the writers' regional spoken English, four in five replies
/// MI-consistent but worded like pushing or judging (a reflection closed on "then" or a tag, the
/// client's own plan said back, autonomy said bluntly), one in five MI-inconsistent in the same
/// voice: softeners-a (490 replies; one that shared seven words with a public transcript
/// removed unread) by addiction counsellors, practice nurses and probation officers in Ireland,
/// Scotland and the north of England; softeners-b (490) by community health workers,
/// physiotherapists and youth workers in Australia, New Zealand and South Africa. Blind, version
/// 149, alone: a 0.791 / 0.590 with 8 of 243 reflections flagged (3.3 %; 13 of 390
/// MI-consistent replies), b 0.825 / 0.720 with 10 of 240 (4.2 %; 11 of 390). In reply, pooled:
/// 0.839 / 0.775 with 21 of 483 reflections flagged (4.3 %; 31 of 780 MI-consistent, 4.0 %).
/// Over the issue's 3 %: the coach flags more good replies in this speech than in the learners'
/// sets. Withdrawn version 148 flagged 35 of the 483 reflections in reply (7.2 %).
#[test]
fn the_probes_of_false_flags() {
    pair_holds(
        "probes of false flags",
        [
            ("softeners-a.tsv", 0.79, 0.585, 0.034),
            ("softeners-b.tsv", 0.82, 0.715, 0.043),
        ],
        (0.835, 0.77, 0.044),
    );
}

/// Two more probes of false flags to the same brief ([`PROBE_SETS`]), never read, written at the
/// start of stop 51 before coder version 151 was begun: softeners-e (490 replies) by alcohol
/// liaison nurses, family-support workers and prison drug workers in Glasgow, Liverpool,
/// Newcastle and Dublin; softeners-f (490) by rural community nurses, Maori and Pacific health
/// workers and farm-family support workers in New Zealand and Queensland. Blind, version 150,
/// alone: e 0.791 / 0.650 with 7 of 240 reflections flagged (2.9 %), f 0.833 / 0.720 with 3 of
/// 240 (1.2 %); in reply, pooled, 0.859 / 0.855 with 17 of 480 (3.5 %). Version 151 the same.
#[test]
fn the_probes_of_false_flags_written_in_stop_51() {
    pair_holds(
        "probes of false flags, stop 51",
        [
            ("softeners-e.tsv", 0.79, 0.645, 0.03),
            ("softeners-f.tsv", 0.83, 0.715, 0.013),
        ],
        (0.855, 0.85, 0.036),
    );
}

/// The two probe sets written to the same brief and read to study the misses (echoes-a:
/// smoking-cessation advisers and pharmacists, 495 replies; echoes-c: alcohol-liaison and
/// hepatology nurses and addiction workers, 498), scored blind with version 147 before they were
/// read (echoes-a was written with echoes-b and first held out, then read for this study): alone echoes-a 0.698 / 0.504 with 7 of 170 reflections flagged (4.1 %), echoes-c 0.731 /
/// 0.584 with 9 of 171 (5.3 %); pooled in reply 0.763 / 0.621 with 13 of 341 (3.8 %). Not
/// trained on: training the in-reply reader on them lost 151 catches over the held-out
/// learners' sets (docs/coach.md, "Stop 49").
#[test]
fn coder_on_the_read_probe_sets() {
    pair_holds(
        "read probe sets (echoes)",
        [
            ("echoes-a.tsv", 0.69, 0.50, 0.042),
            ("echoes-c.tsv", 0.725, 0.58, 0.053),
        ],
        (0.76, 0.62, 0.039),
    );
}

/// Two more probes of false flags to the same brief, written at the end of stop 50 to be read
/// (not held out, not trained on): softeners-c (493 replies; two that shared seven words with a
/// public transcript removed unread) by drug and alcohol workers, community psychiatric nurses
/// and housing-support officers in Wales, the English Midlands and Northern Ireland; softeners-d
/// (487; two removed) by Aboriginal health workers, rural practice nurses and school counsellors
/// in Australia and Canada. Blind, version 149, alone: c 0.832 / 0.745 with 8 of 239
/// reflections flagged (3.3 %), d 0.833 / 0.859 with 7 of 244 (2.9 %); in reply, pooled, 0.839
/// / 0.841 with 26 of 483 (5.4 %; version 148: 34, 7.0 %). Read to find which rules and
/// readings flag such speech. Version 151 (rules read from them): alone c 0.834 / 0.745 with 6
/// flagged (2.5 %), d 0.838 / 0.859 with 6 (2.5 %); in reply 0.841 / 0.841 with 23 (4.8 %).
/// Version 152, which withdrew most of version 151's excuses after two reviews, codes them as
/// version 150 did: alone c 0.832 / 0.745 with 7 (2.9 %), d 0.836 / 0.859 with 7 (2.9 %); in
/// reply 0.839 / 0.841 with 25 (5.2 %).
#[test]
fn coder_on_the_read_probes_of_false_flags() {
    pair_holds(
        "read probes of false flags",
        [
            ("softeners-c.tsv", 0.83, 0.74, 0.03),
            ("softeners-d.tsv", 0.835, 0.855, 0.03),
        ],
        (0.835, 0.84, 0.053),
    );
}

/// Two more probes of false flags to the same brief, written at the start of stop 51 to be read
/// (not held out, not trained on): softeners-g (489 replies; one that shared seven words with a
/// public transcript removed unread) by mental-health support workers, smoking-cessation
/// advisers and social prescribers in Yorkshire, Lancashire, Belfast and Cork; softeners-h
/// (489; one removed) by youth justice workers, school wellbeing staff and sexual-health nurses
/// in Cape Town, Perth, Adelaide and Tasmania. Blind, version 150, alone: g 0.811 / 0.670 with 5
/// of 236 reflections flagged (2.1 %), h 0.817 / 0.790 with 4 of 239 (1.7 %); in reply, pooled,
/// 0.842 / 0.830 with 11 of 475 (2.3 %). Version 151 (rules read from them and from c and d):
/// alone g 0.814 / 0.670 with 3 (1.3 %); in reply 0.843 / 0.830 with 9 (1.9 %). Version 152, which
/// withdrew most of version 151's excuses, codes them as version 150 did.
#[test]
fn coder_on_the_read_probes_of_false_flags_of_stop_51() {
    pair_holds(
        "read probes of false flags, stop 51",
        [
            ("softeners-g.tsv", 0.81, 0.665, 0.022),
            ("softeners-h.tsv", 0.815, 0.785, 0.018),
        ],
        (0.84, 0.825, 0.024),
    );
}

/// Every held-out learners' set ([`HELD_OUT_SETS`] without the [`PROBE_SETS`], a hundred and
/// thirty since learners-gz to hc), pooled and coded in
/// reply as the app codes. The thirty-four held out before version 90: version 78 0.826 /
/// 0.807 with 177 of 5,754 reflections flagged (3.1 %); version 86 0.828 / 0.810 with 168
/// (2.9 %). The thirty-eight held out before version 96: version 92 0.830 / 0.808 with 191 of
/// 6,422 (2.97 %); version 96 0.831 / 0.810 with 191. All forty-two, version 96: 0.833 / 0.814
/// with 212 of 7,084 reflections flagged (2.99 %), the learner targets of issue 9 (0.82, 0.80,
/// at most 3 %) met with little to spare. Coded alone, version 96: 0.802 / 0.740 with 2.8 %.
/// All forty-five (since version 98): 0.834 / 0.817 with 229 of 7,573 reflections flagged
/// (3.02 %), two reflections over the 3 % target, so the ceiling here is 3.1 %; coded alone
/// 0.809 / 0.768 with 221 (2.9 %). With cg's and ch's reworded lines back, the same figures
/// with 229 of 7,578 (3.02 %). All forty-seven with version 100: 0.834 / 0.817 with 237 of
/// 7,910 reflections flagged (2.996 %), back under the 3 % target, so the ceiling is 3 % again;
/// coded alone 0.811 / 0.772 with 229 (2.9 %). All forty-eight with version 101: 0.833 / 0.818
/// with 242 of 8,078 flagged (2.996 %); alone 0.811 / 0.776 with 236 (2.9 %). All forty-nine
/// (learners-ci delivered last): 0.833 / 0.817 with 249 of 8,244 flagged (3.02 %), two
/// reflections over the target again, so the ceiling is 3.1 %; alone 0.811 / 0.776 with 243
/// (2.9 %). All fifty (learners-ck last): 0.833 / 0.817 with 254 of 8,415 flagged (3.02 %);
/// alone 0.812 / 0.777 with 249 (2.96 %). All fifty-one (learners-cn last): 0.834 / 0.817 with
/// 257 of 8,577 flagged (2.996 %); alone 0.812 / 0.777 with 252 (2.9 %). All fifty-two
/// (learners-cm last): 0.834 / 0.816 with 261 of 8,747 flagged (2.98 %); alone 0.812 / 0.776
/// with 257 (2.9 %). All fifty-four, with learners-co and cp ([`AFTER_101`]): 0.833 / 0.815
/// with 277 of 9,077 flagged (3.05 %), over the 3 % target, so the ceiling is 3.1 %; alone
/// 0.810 / 0.775 with 278 (3.06 %). All fifty-six, with learners-cq and cr: version 101 0.833 /
/// 0.815 with 283 of 9,408 flagged (3.0 %); version 102, which lets the second reader clear
/// a rule's one flag, 0.836 / 0.815 with 218 (2.3 %), alone 0.813 / 0.774 with 217 (2.3 %);
/// version 103, whose doubt decides from 0.8, 0.839 / 0.827 with 229 (2.4 %), alone 0.814 /
/// 0.780 with 220 (2.3 %). All fifty-eight, with learners-cs and ct: version 98 0.832 / 0.816
/// with 295 of 9,747 flagged (3.0 %); version 103 0.838 / 0.828 with 242 (2.5 %), alone 0.814 /
/// 0.782 with 231 (2.4 %). Version 104: 0.840 / 0.828 with 242 (2.5 %), alone 0.815 / 0.782
/// with 231 (2.4 %). All sixty, with learners-cu and cv: version 98 0.833 / 0.816 with 305 of
/// 10,090 flagged (3.0 %); version 104 0.840 / 0.828 with 254 (2.5 %), alone 0.816 / 0.783
/// with 245 (2.4 %); version 105, which clears flags on facts too, 0.840 / 0.828 with 245
/// (2.4 %), alone 0.816 / 0.783 with 226 (2.2 %). All sixty-two, with learners-cw and cx:
/// version 98 0.833 / 0.816 with 322 of 10,425 flagged (3.1 %); version 106 0.841 / 0.829 with
/// 258 (2.5 %), alone 0.817 / 0.783 with 238 (2.3 %); version 107 0.842 / 0.828 with 250
/// (2.4 %). All sixty-three, with learners-cy: version 98 0.832 / 0.815 with 329 of 10,593
/// flagged (3.1 %); version 107 0.841 / 0.828 with 257 (2.4 %), alone 0.817 / 0.782 with 244
/// (2.3 %). All sixty-four, with learners-cz: version 98 0.831 / 0.815 with 332 of 10,751
/// flagged (3.1 %); version 108 0.841 / 0.829 with 259 (2.4 %), alone 0.817 / 0.783 with 246
/// (2.3 %). All sixty-five, with learners-de: version 108 0.841 / 0.828 with 266 of 10,908
/// flagged (2.4 %); version 110 0.841 / 0.829 with 266, alone 0.817 / 0.784 with 252 (2.3 %).
/// All sixty-six, with learners-df: version 110 0.840 / 0.828 with 270 of 11,060 flagged
/// (2.4 %), alone 0.816 / 0.784 with 256 (2.3 %); version 111 0.843 / 0.828 with 269, alone
/// 0.819 / 0.784 with 255; version 114 0.846 / 0.828 with 269, alone 0.821 / 0.783 with 255.
/// All sixty-seven, with learners-dh: version 116 0.845 / 0.828 with 273 of 11,219 flagged
/// (2.4 %), alone 0.820 / 0.781 with 258 (2.3 %); version 120 0.846 / 0.829 with 270, alone
/// 0.821 / 0.784 with 255; version 124 0.846 / 0.830 with 270, alone 0.822 / 0.786 with 255.
/// All sixty-eight, with learners-dj: version 127 0.848 / 0.831 with 272 of 11,380 flagged
/// (2.4 %), alone 0.823 / 0.787 with 257 (2.3 %); version 128 0.848 / 0.832 with 272, alone
/// 0.824 / 0.788 with 257. All sixty-nine, with learners-dl: version 127 0.847 / 0.831 with 275
/// of 11,534 flagged (2.4 %), alone 0.823 / 0.786 with 260 (2.3 %); version 128 0.847 / 0.832,
/// alone 0.823 / 0.788, flags unchanged; version 129 0.848 / 0.832, alone 0.824 / 0.788. All
/// seventy, with learners-dn: version 129 0.847 / 0.832 with 280 of 11,691 flagged (2.4 %),
/// alone 0.823 / 0.787 with 263 (2.2 %); version 130 0.848 / 0.833, alone 0.824 / 0.788;
/// version 131 0.848 / 0.834, alone 0.824 / 0.789. All seventy-two, with learners-do and dp:
/// version 127 0.846 / 0.831 with 283 of 12,003 flagged (2.4 %), alone 0.822 / 0.784 with 266
/// (2.2 %); version 131 0.848 / 0.833, alone 0.823 / 0.788, flags unchanged; version 132 0.848
/// / 0.834, alone 0.824 / 0.788. All seventy-four, with learners-dq and dr: version 132 0.848 /
/// 0.833 with 293 of 12,325 flagged (2.4 %), alone 0.823 / 0.786 with 274 (2.2 %); version 133,
/// the reader retrained on nineteen more read sets and its in-reply threshold raised to 0.85,
/// 0.850 / 0.834 with 254 (2.1 %), alone 0.825 / 0.788 with 255 (2.1 %). All seventy-six, with
/// learners-dt and du: version 132 0.848 / 0.833 with 298 of 12,643 flagged (2.4 %), alone
/// 0.823 / 0.785 with 277 (2.2 %); version 134 0.850 / 0.834 with 259 (2.0 %), alone 0.825 /
/// 0.788 with 259 (2.0 %). All seventy-eight, with learners-dw and dx: version 132 0.847 /
/// 0.833 with 306 of 12,964 flagged (2.4 %), alone 0.822 / 0.784 with 283 (2.2 %); version 135
/// 0.849 / 0.834 with 266 (2.1 %), alone 0.824 / 0.787 with 264 (2.0 %); version 136, the
/// reader reading a question's words as a question's and its in-reply threshold back at 0.8,
/// 0.854 / 0.848 with 280 (2.2 %), alone 0.827 / 0.795 with 272 (2.1 %). All eighty, with
/// learners-dy and dz: version 135 0.849 / 0.834 with 278 of 13,287 flagged (2.1 %), alone
/// 0.823 / 0.786 with 276 (2.1 %); version 136 0.853 / 0.848 with 294 (2.2 %), alone 0.826 /
/// 0.795 with 285 (2.1 %); version 137, the reader trained on five more read sets, 0.854 /
/// 0.851 with 290 (2.2 %), alone 0.827 / 0.797 with 283 (2.1 %). All eighty-two, with
/// learners-ed and ee: version 136 0.853 / 0.847 with 298 of 13,598 flagged (2.2 %), alone
/// 0.826 / 0.794 with 288 (2.1 %); version 137 0.854 / 0.850 with 294 (2.2 %), alone 0.827 /
/// 0.797 with 286 (2.1 %). All eighty-four, with learners-eh and ei: version 135 0.848 / 0.833
/// with 292 of 13,916 flagged (2.1 %), alone 0.822 / 0.785 with 288 (2.1 %); version 137 0.854
/// / 0.851 with 306 (2.2 %), alone 0.826 / 0.796 with 294 (2.1 %). All eighty-six, with
/// learners-ej and ek: version 135 0.847 / 0.831 with 298 of 14,243 flagged (2.1 %), alone
/// 0.822 / 0.783 with 294 (2.1 %); version 137 0.853 / 0.849 with 313 (2.2 %), alone 0.826 /
/// 0.794 with 301 (2.1 %). Version 138 0.853 / 0.850 with 316 (2.2 %), alone 0.826 / 0.796
/// with 304 (2.1 %). All eighty-eight, with learners-en and eo: version 135 0.847 / 0.830 with
/// 302 of 14,554 flagged (2.1 %), alone 0.821 / 0.781 with 298 (2.0 %); version 137 0.853 /
/// 0.848 with 317, alone 0.825 / 0.792 with 305; version 138 0.853 / 0.849 with 320 (2.2 %),
/// alone 0.826 / 0.794 with 308 (2.1 %). All ninety, with learners-er and es: version 135
/// 0.846 / 0.829 with 309 of 14,878 flagged (2.1 %), alone 0.820 / 0.779 with 304 (2.0 %);
/// version 137 0.852 / 0.847 with 325, alone 0.824 / 0.791 with 312; version 139 0.852 /
/// 0.849 with 328 (2.2 %), alone 0.825 / 0.794 with 315 (2.1 %); version 140 0.855 / 0.856
/// with 348 (2.3 %), alone 0.828 / 0.801 with 331 (2.2 %). All ninety-two, with learners-ev
/// and ew: version 140 0.853 / 0.855 with 359 of 15,196 flagged (2.4 %), alone 0.826 / 0.799
/// with 337 (2.2 %); version 141 the same with 358 and 336; version 142 0.853 / 0.854 with 343
/// (2.3 %), alone 0.826 / 0.799 with 322 (2.1 %). All ninety-four, with learners-fl and fm:
/// version 141 0.853 / 0.854 with 370 of 15,518 flagged (2.4 %), alone 0.825 / 0.797 with 342
/// (2.2 %); version 142 0.853 / 0.854 with 353 (2.3 %), alone 0.825 / 0.798 with 327 (2.1 %).
/// All ninety-six, with learners-fn and fo: version 141 0.852 / 0.853 with 378 of 15,834
/// flagged (2.4 %), alone 0.824 / 0.795 with 347 (2.2 %); version 142 0.852 / 0.853 with 359
/// (2.3 %), alone 0.824 / 0.795 with 332 (2.1 %). All a hundred, with learners-fp to fs:
/// version 143 (= 142 on them) 0.852 / 0.852 with 378 of 16,472 flagged (2.29 %), alone 0.824
/// / 0.794 with 345 (2.1 %). All a hundred and four, with learners-fz to gc: version 143 0.853 /
/// 0.852 with 387 of 17,112 flagged (2.26 %), alone 0.824 / 0.792 with 354 (2.1 %). All a
/// hundred and eight, with learners-gd to gg: version 144 0.853 / 0.852 with 394 of 17,752
/// flagged (2.22 %), alone 0.824 / 0.790 with 358 (2.0 %). All a hundred and twelve, with
/// learners-gh to gk: version 144 0.853 / 0.851 with 409 of 18,393 flagged (2.22 %), alone
/// 0.823 / 0.789 with 372 (2.0 %). All a hundred and sixteen, with learners-gl to go: version
/// 145 0.853 / 0.851 with 423 of 19,033 flagged (2.22 %), alone 0.823 / 0.788 with 386
/// (2.0 %). Version 146, whose in-reply reader reads the reply with the client's statement:
/// 0.859 / 0.873 with 450 flagged (2.36 %); alone unchanged. All a hundred and twenty, with
/// learners-gp to gs: version 147 0.859 / 0.872 with 464 of 19,673 flagged (2.36 %). All a
/// hundred and twenty-four, with learners-gt to gw: version 147 0.859 / 0.872 with 477 of 20,313
/// flagged (2.35 %). All a hundred and twenty-six, with learners-gx and gy: version 147 0.859 /
/// 0.872 with 483 of 20,633 flagged (2.34 %), 21,310 of 24,440 caught, alone 0.823 / 0.787
/// with 421 (2.0 %), 19,232 caught; version 149 the same. All a hundred and thirty, with
/// learners-gz to hc: version 151 0.859 / 0.872 with 492 of 21,272 flagged (2.31 %), 21,958 of
/// 25,180 caught, alone 0.824 / 0.788 with 431 (2.0 %), 19,831 caught.
#[test]
fn every_held_out_set_in_reply() {
    let learners: Vec<&str> = learned::held_out_learner_sets().collect();
    pooled_holds(
        "every held-out set",
        &learners,
        0.855,
        0.87,
        // 423 of 19,033 since learners-gl to go, with version 145 (2.22 %).
        // 450 of 19,033 with version 146 (2.36 %): the in-reply reader.
        // 477 of 20,313 with version 147 over the 124 of stop 49 (2.35 %).
        // 483 of 20,633 with version 149 over the 126 of stop 50 (2.34 %).
        // 492 of 21,272 with version 151 over the 130 of stop 51 (2.31 %).
        0.024,
    );
}

/// The fifteenth held-out set, written while coder version 51 was current, by a writer who saw no
/// rules, code or outputs (domestic-abuse advocates, refugee and asylum caseworkers and
/// family-support workers; rights-focused, pushing safety plans; 669 replies, 38 %
/// MI-inconsistent), never read: only its figures are looked at. Scored blind the day it was
/// written: version 51 0.800 / 0.734 / 4.7 % (three replies were then reworded, by a helper who
/// saw only those lines, because they shared seven words with a public transcript; the figures
/// did not move). 8 of its 172 reflections are coded MI-inconsistent, over the 3 % target.
#[test]
fn coder_on_the_fifteenth_held_out_learner_set() {
    holds("learners-ar.tsv", 0.805, 0.74, 0.047);
}

/// Coder versions 55 and 59: in the app the coach codes a reply in reply to the card's
/// statement. A plain statement made mostly of the client's own words is a simple reflection,
/// and a reply the second reader doubts is coded as its doubt. Pooled over the held-out sets
/// (each gives its statements as `# client:` lines; learners-p has none and is coded alone),
/// coded that way: group macro-F1 and MI-inconsistent recall rise, and no more than 3 % of
/// the reflections are flagged. Since coder version 76 the twenty sets of the first brief
/// (with [`LATEST`]) are pooled here: 0.830 / 0.807 with 95 of 3,413 reflections flagged
/// (2.8 %); the seventeen alone 0.829 / 0.805 with 76 of 2,908 (2.6 %).
#[test]
fn in_reply_to_the_statement_the_held_out_sets_gain() {
    let first: Vec<&str> = learned::held_out_learner_sets()
        .filter(|n| {
            !SECOND_BRIEF.contains(n)
                && !AFTER_76.contains(n)
                && !DURING_80.contains(n)
                && !DURING_90.contains(n)
                && !DURING_96.contains(n)
                && !DURING_97.contains(n)
                && !DURING_99.contains(n)
                && !AFTER_101.contains(n)
                && !AFTER_103.contains(n)
                && !DURING_104.contains(n)
                && !DURING_105.contains(n)
                && !AFTER_107.contains(n)
                && !DURING_108.contains(n)
                && !DURING_110.contains(n)
                && !DURING_119.contains(n)
                && !DURING_126.contains(n)
                && !DURING_128.contains(n)
                && !DURING_129.contains(n)
                && !AFTER_131.contains(n)
                && !AFTER_132.contains(n)
                && !AFTER_133.contains(n)
                && !AFTER_135.contains(n)
                && !DURING_136.contains(n)
                && !AFTER_136.contains(n)
                && !AFTER_137.contains(n)
                && !DURING_138.contains(n)
                && !WHILE_138.contains(n)
                && !AFTER_139.contains(n)
                && !AFTER_140.contains(n)
                && !AFTER_142.contains(n)
                && !LATE_142.contains(n)
                && !DURING_143.contains(n)
                && !LATE_143.contains(n)
                && !AFTER_144.contains(n)
                && !LATE_144.contains(n)
                && !BEFORE_146.contains(n)
                && !AFTER_147.contains(n)
                && !STOP_49.contains(n)
                && !STOP_50.contains(n)
                && !STOP_51.contains(n)
        })
        .collect();
    let p = pooled_holds(
        "held-out sets, first brief",
        &first,
        FLOOR_IN_REPLY,
        RECALL_IN_REPLY,
        0.03,
    );
    assert!(
        p.f1 > p.alone_f1 && p.recall > p.alone_recall,
        "the statement should help"
    );
}

/// The six sets of the second brief ([`SECOND_BRIEF`]), written while coder version 70 was being
/// made and scored blind before anything else was done with them, pooled and coded in reply as
/// the app codes: version 69 0.801 / 0.776 with 49 of 998 reflections flagged (4.9 %), version
/// 70 0.805 / 0.787 with the same 49, version 73 0.808 / 0.793 with the same 49, version 76
/// 0.809 / 0.794 with 47 (4.7 %). Their reflections use words that advice and verdicts use,
/// and the coach flags about one in twenty of them: over the 3 % it aims for. The floors sit
/// just under the measured figures, and the ceiling on flags just over, so that neither slips.
#[test]
fn the_second_brief_sets_in_reply() {
    pooled_holds("second brief", &SECOND_BRIEF, 0.80, 0.78, 0.05);
}

/// The three latest sets ([`LATEST`]), written after coder version 73 and scored blind the day
/// they were written, pooled and coded in reply: version 69 0.831 / 0.813 with 18 of 505
/// reflections flagged (3.6 %), version 73 0.835 / 0.824 with 19 (3.8 %). Coded alone the two
/// versions agree: 0.803 / 0.761 / 3.4 %.
#[test]
fn the_latest_sets_in_reply() {
    pooled_holds("latest sets", &LATEST, 0.83, 0.82, 0.04);
}

/// Eight learner sets by new writers who saw no rules, code or outputs (first brief: learners-bg,
/// bi, bk, bm; second brief, with reflections worded with advice's or judgement's words: bh, bj,
/// bl, bn), written during coder version 74, scored blind with it and then read: versions 75
/// and 76 were written from their misses and false flags. Blind, version 74 scored them alone
/// 0.803 / 0.734 / 2.7 % and in reply 0.837 / 0.810 with 40 of 1,320 reflections flagged
/// (3.0 %). Version 76 (read): alone 0.805 / 0.738 / 2.7 %, in reply 0.839 / 0.815, 36 flagged
/// (2.7 %).
const READ_FOR_VERSION_75: [&str; 8] = [
    "learners-bg.tsv",
    "learners-bh.tsv",
    "learners-bi.tsv",
    "learners-bj.tsv",
    "learners-bk.tsv",
    "learners-bl.tsv",
    "learners-bm.tsv",
    "learners-bn.tsv",
];

/// Two learner sets by new writers who saw no rules, code or outputs, from the held-out sets
/// prompt form, written during coder version 108 for the second reader's next training:
/// learners-da (community pharmacists and pharmacy technicians in Ireland) and learners-db (youth
/// justice workers in Wales). Scored blind with version 108 before anyone read them; from now on
/// they may be read. In learners-db one seek reply sharing seven words with a public transcript
/// was reworded before scoring.
const WRITTEN_FOR_TRAINING: [&str; 2] = ["learners-da.tsv", "learners-db.tsv"];

/// The two sets written for the reader's next training ([`WRITTEN_FOR_TRAINING`]), alone, each
/// just under what version 108 measured blind: da 0.829 / 0.797 / 4.1 % (version 98 0.820 /
/// 0.777 / 4.1 %), db 0.810 / 0.775 / 5.8 % (0.800 / 0.764 / 5.8 %).
#[test]
fn coder_on_the_sets_written_for_training() {
    each_holds(
        &WRITTEN_FOR_TRAINING,
        &[(0.825, 0.79, 0.045), (0.805, 0.77, 0.06)],
    );
}

/// The same coded in reply: version 98 0.827 / 0.799 with 15 of 342 reflections flagged
/// (4.4 %), version 108 0.834 / 0.812 with the same 15.
#[test]
fn the_sets_written_for_training_in_reply() {
    pooled_holds(
        "sets written for training",
        &WRITTEN_FOR_TRAINING,
        0.83,
        0.81,
        0.045,
    );
}

/// Two more sets written for the reader's training, during coder version 109, by new writers
/// who saw no rules, code or outputs, from the held-out sets' prompt form (rewritten in stop
/// 39): learners-dc (physiotherapists and pain clinicians in New Zealand) and learners-dd
/// (housing support workers and tenancy officers in Canada). Scored blind with versions 108 and
/// 109 (dd with 110 too) before anyone read them; from now on they may be read. Three replies in
/// dd that shared seven words with a public transcript were removed unread before scoring.
const WRITTEN_FOR_TRAINING_2: [&str; 2] = ["learners-dc.tsv", "learners-dd.tsv"];

/// The two ([`WRITTEN_FOR_TRAINING_2`]) alone, each just under what version 110 measures: dc
/// 0.800 / 0.841 / 3.1 % (blind, versions 108 and 109: 0.790 / 0.808 / 3.1 %; version 110 was
/// read from its misses), dd 0.757 / 0.704 / 4.0 % (blind to all three; version 108 0.756 /
/// 0.699).
#[test]
fn coder_on_the_second_sets_written_for_training() {
    each_holds(
        &WRITTEN_FOR_TRAINING_2,
        &[(0.795, 0.835, 0.035), (0.75, 0.70, 0.045)],
    );
}

/// The same coded in reply, pooled: version 108 0.801 / 0.799, version 110 0.807 / 0.818, both
/// with 11 of 309 reflections flagged (3.6 %).
#[test]
fn the_second_sets_written_for_training_in_reply() {
    pooled_holds(
        "second sets written for training",
        &WRITTEN_FOR_TRAINING_2,
        0.80,
        0.81,
        0.04,
    );
}

/// A third set written for the reader's training, during coder version 116, by a new writer who
/// saw no rules, code or outputs, from the same prompt form: learners-dg (TB and HIV treatment
/// supporters and community health workers in the Philippines and Kenya, writing English as a
/// second language). Scored blind with versions 116 to 119 before anyone read it; from now on it
/// may be read.
const WRITTEN_FOR_TRAINING_3: [&str; 1] = ["learners-dg.tsv"];

/// learners-dg ([`WRITTEN_FOR_TRAINING_3`]) alone, just under what versions 116 to 119 measured
/// blind: 0.796 / 0.721 with 1 of 163 reflections flagged (0.6 %). Recall this low on a fresh
/// cohort is why it is read.
#[test]
fn coder_on_the_third_set_written_for_training() {
    each_holds(&WRITTEN_FOR_TRAINING_3, &[(0.79, 0.715, 0.01)]);
}

/// The same coded in reply: versions 116 to 119 0.807 / 0.726, 1 of 163 flagged.
#[test]
fn the_third_set_written_for_training_in_reply() {
    pooled_holds(
        "third set written for training",
        &WRITTEN_FOR_TRAINING_3,
        0.80,
        0.72,
        0.01,
    );
}

/// A set written to be read, while coder versions 126 and 127 were made, by a writer who saw no
/// rules, code or outputs, from the same prompt form and in the same style as learners-dj:
/// learners-di (primary-care nurses, Medicare wellness-visit coordinators and health coaches in
/// the United States). Scored blind with versions 125 to 127 before anyone read it; from version
/// 128 on it is read.
const WRITTEN_FOR_READING_127: [&str; 1] = ["learners-di.tsv"];

/// A second set written to be read, while coder version 128 was made, by a writer who saw no
/// rules, code or outputs, from the same prompt form and style: learners-dk (occupational
/// therapists, physiotherapists and home-care coordinators in England and Wales). Scored blind
/// with versions 127 and 128 before anyone read it; from version 129 on it is read.
const WRITTEN_FOR_READING_128: [&str; 1] = ["learners-dk.tsv"];

/// A third set written to be read, while coder version 129 was made, by a writer who saw no
/// rules, code or outputs, from the same prompt form and style: learners-dm (midwives, health
/// visitors and family nurses in Scotland and Northern Ireland). Scored blind with versions 128
/// and 129 before anyone read it; from version 130 on it is read.
const WRITTEN_FOR_READING_129: [&str; 1] = ["learners-dm.tsv"];

/// A fourth set written to be read, after coder version 133, by a writer who saw no rules, code
/// or outputs, from the same prompt form and style: learners-ds (cardiac and stroke
/// rehabilitation nurses, speech and language therapists and community stroke coordinators in
/// Ireland and Canada). Scored blind with versions 132 and 133 before anyone read it; from
/// version 135 on it is read. One reply that shared seven words with a public transcript was
/// reworded in our own words before scoring.
const WRITTEN_FOR_READING_133: [&str; 1] = ["learners-ds.tsv"];

/// A fifth set written to be read, after coder version 135, by a writer who saw no rules, code
/// or outputs, from the same prompt form and style: learners-dv (sexual-health nurses, PrEP
/// clinic staff and harm-reduction outreach workers in Ireland and South Africa). Scored blind
/// with versions 132 and 135 before anyone read it; it may be read from version 136 on. One
/// reply that shared seven words with a public transcript was reworded in our own words before
/// scoring.
const WRITTEN_FOR_READING_135: [&str; 1] = ["learners-dv.tsv"];

/// Three sets written to be read while coder version 136 was made, by writers who saw no rules,
/// code or outputs, from the same prompt form with new styles: learners-ea (hepatology nurses,
/// liver-clinic pharmacists and alcohol liaison workers in Northern Ireland and South Africa),
/// learners-eb (dietitians, diabetes educators and cardiac-rehab coaches in Singapore and the
/// United States; typed on a phone) and learners-ec (prison healthcare staff, probation officers
/// and drug-treatment keyworkers in England and Norway). Scored blind with versions 135 and 136
/// before anyone read them; the reader learns from them since version 137. One reply in each of
/// eb and ec that shared seven words with a public transcript was reworded in our own words.
const WRITTEN_FOR_READING_136: [&str; 3] =
    ["learners-ea.tsv", "learners-eb.tsv", "learners-ec.tsv"];

/// Two sets written to be read after coder version 137, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-ef (community pharmacists, smoking-cessation
/// advisers and respiratory nurses in Wales and Canada; polite replies that reflect first and
/// then add a fact or a recommendation) and learners-eg (family therapists, parenting-programme
/// facilitators and social workers in Ireland and the United States; typed on a phone). Scored
/// blind with versions 135 to 137 before anyone read them; they may be read from version 138
/// on. One eg reply that shared seven words with a public transcript was reworded first.
const WRITTEN_FOR_READING_137: [&str; 2] = ["learners-ef.tsv", "learners-eg.tsv"];

/// Two sets written to be read while a version 138 was tried, by writers who saw no rules, code
/// or outputs, from the same prompt form: learners-el (midwives, health visitors and lactation
/// consultants in Scotland and Canada; typed on a phone, warm pushes and reassurance) and
/// learners-em (occupational therapists, physiotherapists and falls-prevention nurses in Ireland
/// and Australia; formal, long sentences). Scored blind with versions 135 and 137 (and the
/// version 138 not kept) before anyone read them; they may be read from now on. One em reply
/// that shared seven words with a public transcript was reworded first.
const WRITTEN_FOR_READING_138: [&str; 2] = ["learners-el.tsv", "learners-em.tsv"];

/// Two sets written to be read while coder version 138's rules were written, by writers who
/// saw no rules, code or outputs, from the same prompt form: learners-ep (school counsellors,
/// educational psychologists and attendance officers in Ireland and the United States;
/// teacherly, half reflection and half push) and learners-eq (community mental-health nurses,
/// housing-support workers and employment advisers in England and Australia; typed on a
/// tablet). Scored blind with versions 135, 137 and 138 before anyone read them; they may be
/// read from now on. One ep client statement that shared seven words with a public transcript
/// was reworded first.
const WRITTEN_FOR_READING_WHILE_138: [&str; 2] = ["learners-ep.tsv", "learners-eq.tsv"];

/// Two sets written to be read after coder version 139, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-et (speech and language therapists, stroke
/// nurses and neuro-rehab physiotherapists in England and Canada; validate first, then explain
/// why the patient is wrong) and learners-eu (sports coaches, PE teachers and youth-club leaders
/// in Wales and Australia; typed on a phone). Scored blind with versions 135 to 139 before
/// anyone read them; they may be read from version 140 on. Two eu replies that shared seven
/// words with a public transcript were reworded first.
const WRITTEN_FOR_READING_139: [&str; 2] = ["learners-et.tsv", "learners-eu.tsv"];

/// Six sets written to be read after coder version 140, by writers who saw no rules, code or
/// outputs, from the same prompt form: learners-ex (gambling-support counsellors and debt
/// advisers in Australia and Ireland; blunt, typed on a tablet), learners-ey (podiatrists,
/// diabetic eye-screening staff and practice nurses in England and Canada; formal and
/// clinical), learners-ez (facilitators of programmes for men who have been abusive, and
/// family-violence caseworkers, in New Zealand and Scotland), learners-fa (sleep technologists
/// and sleep-clinic nurses in the United States and Ireland; typed on a phone), learners-fb
/// (student-wellbeing advisers, tutors and campus counsellors in England and Canada; chatty)
/// and learners-fc (care-home staff, dementia nurses and family liaison workers in Wales and
/// Australia; kindly but sometimes patronising). Scored blind with versions 139 to 141 before
/// anyone read them; they may be read from now on. Three lines (one each in ex, ez and fc) that
/// shared seven words with a public transcript were reworded first.
const WRITTEN_FOR_READING_140: [&str; 6] = [
    "learners-ex.tsv",
    "learners-ey.tsv",
    "learners-ez.tsv",
    "learners-fa.tsv",
    "learners-fb.tsv",
    "learners-fc.tsv",
];

/// Eight sets written to be read after coder version 142's reader was trained, by writers who
/// saw no rules, code or outputs, from the same prompt form: learners-fd (paramedics and
/// urgent-care nurses in England and New Zealand; on a phone), learners-fe (eating-disorder
/// dietitians and family-based treatment therapists in Ireland and Australia), learners-ff
/// (tuberculosis nurses and treatment supporters in India and South Africa; some writing in a
/// second language), learners-fg (veterans' caseworkers and PTSD therapists in the United
/// States and England), learners-fh (doctors and medical students in Scotland and Canada),
/// learners-fi (homelessness outreach and hostel workers in Wales and the United States; on a
/// phone), learners-fj (antenatal diabetes and perinatal mental-health staff in England and
/// Singapore) and learners-fk (hearing therapists and low-vision workers in Ireland and
/// Australia). Scored blind with versions 139, 141 and 142 before anyone read them; they may be
/// read from now on. Seven lines (one each in all but fi) that shared seven words with a public
/// transcript were reworded first.
const WRITTEN_FOR_READING_142: [&str; 8] = [
    "learners-fd.tsv",
    "learners-fe.tsv",
    "learners-ff.tsv",
    "learners-fg.tsv",
    "learners-fh.tsv",
    "learners-fi.tsv",
    "learners-fj.tsv",
    "learners-fk.tsv",
];

/// Six sets written to be read, while coder version 143 was made, by writers who saw no rules,
/// code or outputs, from the prompt form in docs/coach-set-prompt.md: learners-ft (COPD and
/// pulmonary-rehab nurses and respiratory physiotherapists in Ireland and India), learners-fu
/// (refugee-resettlement caseworkers, language teachers and interpreters in Canada and Germany;
/// many writing in a second language), learners-fv (fertility-clinic nurses and IVF
/// counsellors in England and Australia; warm and chatty), learners-fw (cancer-screening and
/// oncology nurses in Scotland and the United States; courteous, warm first and steering after),
/// learners-fx (early-intervention-in-psychosis and clozapine-clinic staff in Wales and Canada;
/// blunt, on a phone) and learners-fy (drink-drive course facilitators and road-safety officers
/// in Ireland and New Zealand). Scored blind with version 143 (142 codes them alike) before
/// anyone read them; they may be read from now on. Four lines (one in ft, one in fw, two in fy)
/// that shared seven words with a public transcript were reworded first.
const WRITTEN_FOR_READING_143: [&str; 6] = [
    "learners-ft.tsv",
    "learners-fu.tsv",
    "learners-fv.tsv",
    "learners-fw.tsv",
    "learners-fx.tsv",
    "learners-fy.tsv",
];

/// The sets of [`WRITTEN_FOR_READING_143`] alone, blind, version 143: learners-ft 0.826 / 0.827
/// with 4 of 160 reflections flagged; learners-fu 0.786 / 0.708 with 5 of 160; learners-fv
/// 0.830 / 0.849 with 1 of 160; learners-fw 0.890 / 0.827 with 2 of 159; learners-fx 0.832 /
/// 0.784 with 2 of 160; learners-fy 0.773 / 0.643 with 4 of 160. Pooled, 858 of 1,110
/// MI-inconsistent replies caught.
#[test]
fn coder_on_the_sets_written_for_reading_during_version_143() {
    each_holds(
        &WRITTEN_FOR_READING_143,
        &[
            (0.825, 0.825, 0.026),
            (0.785, 0.705, 0.032),
            (0.83, 0.845, 0.007),
            (0.885, 0.825, 0.013),
            (0.83, 0.78, 0.013),
            (0.77, 0.64, 0.026),
        ],
    );
}

/// The same pooled and coded in reply, blind, version 143: 0.850 / 0.840 with 17 of 959
/// reflections flagged (1.8 %), 932 of 1,110 caught.
#[test]
fn the_sets_written_for_reading_during_version_143_in_reply() {
    pooled_holds(
        "sets written for reading during version 143",
        &WRITTEN_FOR_READING_143,
        0.845,
        0.835,
        // 18 of 959 with version 146 (1.9 %): the in-reply reader.
        0.019,
    );
}

/// The sets of [`WRITTEN_FOR_READING_142`] alone, blind, versions 139 → 141 → 142: learners-fd
/// 0.748 / 0.687 → 0.752 / 0.698 → 0.749 / 0.698 with 2 of 160 reflections flagged by each;
/// learners-fe 0.768 / 0.642 → 0.773 / 0.659 → 0.774 / 0.665 with 3 of 151; learners-ff 0.739 /
/// 0.693 → 0.744 / 0.699 → 0.747 / 0.710 with 11 → 10 → 10 of 166 (6.0 %, the most of any
/// set); learners-fg 0.753 / 0.685 → 0.752 / 0.674 → 0.755 / 0.685 with 1 → 0 → 0 of 163;
/// learners-fh 0.776 / 0.707 → 0.782 / 0.723 → 0.783 / 0.728 with 1 of 166; learners-fi 0.777 /
/// 0.783 → 0.786 / 0.804 → 0.786 / 0.804 with 1 of 157; learners-fj 0.819 / 0.758 → 0.815 /
/// 0.747 → 0.818 / 0.758 with none of 153; learners-fk 0.789 / 0.734 → 0.791 / 0.734 → 0.787 /
/// 0.723 with 2 → 1 → 1 of 159. Pooled: 1,036 → 1,045 → 1,051 of 1,455 MI-inconsistent replies
/// caught.
#[test]
fn coder_on_the_sets_written_for_reading_after_version_142() {
    each_holds(
        &WRITTEN_FOR_READING_142,
        &[
            (0.745, 0.695, 0.015),
            (0.77, 0.66, 0.02),
            (0.745, 0.705, 0.065),
            (0.75, 0.68, 0.005),
            (0.78, 0.725, 0.01),
            (0.785, 0.80, 0.01),
            (0.815, 0.755, 0.005),
            (0.785, 0.72, 0.01),
        ],
    );
}

/// The same pooled and coded in reply, blind: version 139 0.808 / 0.802 with 31 of 1,275
/// reflections flagged (2.4 %), version 141 0.813 / 0.811 with 29 (2.3 %), version 142 0.815 /
/// 0.819 with 26 (2.0 %): 1,167 → 1,180 → 1,191 caught.
#[test]
fn the_sets_written_for_reading_after_version_142_in_reply() {
    pooled_holds(
        "sets written for reading after version 142",
        &WRITTEN_FOR_READING_142,
        0.81,
        0.815,
        0.021,
    );
}

/// The sets of [`WRITTEN_FOR_READING_140`] alone, blind, versions 139 → 141 (140 codes them as
/// 141 does): learners-ex 0.766 / 0.648 → 0.771 / 0.663 with 2 of 159 reflections flagged,
/// learners-ey 0.776 / 0.683 → 0.781 / 0.699 with 4 → 2 of 165, learners-ez 0.770 / 0.648 →
/// 0.775 / 0.670 with 4 of 154, learners-fa 0.780 / 0.824 with 3 of 160, learners-fb 0.821 /
/// 0.824 → 0.826 / 0.840 with 1 of 166, learners-fc 0.760 / 0.669 → 0.764 / 0.680 with 4 of
/// 159. Version 142, which learns from them (so no longer blind), sets the floors: ex 0.847 /
/// 0.881 with 1 flagged, ey 0.824 / 0.836 with 2, ez 0.806 / 0.764 with 4, fa 0.825 / 0.963
/// with none, fb 0.845 / 0.898 with 1, fc 0.792 / 0.762 with 4.
#[test]
fn coder_on_the_sets_written_for_reading_after_version_140() {
    each_holds(
        &WRITTEN_FOR_READING_140,
        &[
            (0.845, 0.88, 0.01),
            (0.82, 0.835, 0.015),
            (0.805, 0.76, 0.03),
            (0.825, 0.96, 0.005),
            (0.845, 0.895, 0.01),
            (0.79, 0.76, 0.03),
        ],
    );
}

/// The same pooled and coded in reply, blind: version 139 0.808 / 0.788, version 141 0.812 /
/// 0.801, with 23 of 963 reflections flagged (2.4 %) by each. Version 142, which learns from
/// them (so no longer a blind figure): 0.876 / 0.988 with 12 (1.2 %); alone 0.824 / 0.852.
#[test]
fn the_sets_written_for_reading_after_version_140_in_reply() {
    pooled_holds(
        "sets written for reading after version 140",
        &WRITTEN_FOR_READING_140,
        0.875,
        0.985,
        0.013,
    );
}

/// The sets of [`WRITTEN_FOR_READING_139`] alone, blind, versions 135 → 137 → 139: learners-et
/// 0.834 / 0.717 → 0.833 / 0.711 → 0.833 / 0.711, learners-eu 0.787 / 0.716 → 0.794 / 0.727 →
/// 0.791 / 0.727, with 2 of 155 and 2 of 154 reflections flagged by each.
#[test]
fn coder_on_the_sets_written_for_reading_after_version_139() {
    each_holds(
        &WRITTEN_FOR_READING_139,
        &[(0.83, 0.705, 0.015), (0.785, 0.72, 0.015)],
    );
}

/// The same pooled and coded in reply, blind: version 135 0.839 / 0.786, version 137 0.848 /
/// 0.814, version 139 0.847 / 0.814, with 6 of 309 reflections flagged (1.9 %) by each.
#[test]
fn the_sets_written_for_reading_after_version_139_in_reply() {
    pooled_holds(
        "sets written for reading after version 139",
        &WRITTEN_FOR_READING_139,
        0.845,
        0.81,
        0.02,
    );
}

/// The sets of [`WRITTEN_FOR_READING_WHILE_138`] alone, blind, versions 135 → 137 → 138:
/// learners-ep 0.754 / 0.630 with 5 of 165 reflections flagged (3.0 %) by each (the hardest
/// set yet for MI-inconsistent recall coded alone), learners-eq 0.766 / 0.700 → 0.772 / 0.716
/// → 0.772 / 0.716 with 1 of 162.
#[test]
fn coder_on_the_sets_written_for_reading_while_version_138_was_made() {
    each_holds(
        &WRITTEN_FOR_READING_WHILE_138,
        &[(0.75, 0.625, 0.035), (0.77, 0.71, 0.01)],
    );
}

/// The same pooled and coded in reply, blind: version 135 0.806 / 0.792, versions 137 and 138
/// 0.809 / 0.798, with 10 of 327 reflections flagged (3.1 %) by each.
#[test]
fn the_sets_written_for_reading_while_version_138_was_made_in_reply() {
    pooled_holds(
        "sets written for reading while version 138 was made",
        &WRITTEN_FOR_READING_WHILE_138,
        0.805,
        0.795,
        0.035,
    );
}

/// The sets of [`WRITTEN_FOR_READING_138`] alone, blind, versions 135 → 137: learners-el
/// 0.825 / 0.803 → 0.834 / 0.831, learners-em 0.774 / 0.691 → 0.777 / 0.696, with 1 of 166
/// and 1 of 158 reflections flagged by each.
#[test]
fn coder_on_the_sets_written_for_reading_during_version_138() {
    each_holds(
        &WRITTEN_FOR_READING_138,
        &[(0.83, 0.825, 0.01), (0.775, 0.69, 0.01)],
    );
}

/// The same pooled and coded in reply, blind: version 135 0.847 / 0.853 with 3 of 324
/// reflections flagged (0.9 %), version 137 0.848 / 0.861 with 5 (1.5 %).
#[test]
fn the_sets_written_for_reading_during_version_138_in_reply() {
    pooled_holds(
        "sets written for reading during version 138",
        &WRITTEN_FOR_READING_138,
        0.845,
        0.855,
        0.02,
    );
}

/// The sets of [`WRITTEN_FOR_READING_137`] alone, blind, versions 135 → 136 → 137:
/// learners-ef 0.746 / 0.596 → 0.749 / 0.601 → 0.742 / 0.580, with 1 of 160 reflections
/// flagged by each (the hardest set yet for the coach alone: kind first sentences, then the
/// push); learners-eg 0.809 / 0.827 → 0.818 / 0.859 → 0.820 / 0.865, with 3 of 153 flagged
/// by each.
#[test]
fn coder_on_the_sets_written_for_reading_after_version_137() {
    each_holds(
        &WRITTEN_FOR_READING_137,
        &[(0.74, 0.575, 0.01), (0.815, 0.86, 0.02)],
    );
}

/// The same pooled and coded in reply, blind: learners-ef 0.791 / 0.723 → 0.792 / 0.723 →
/// 0.796 / 0.750, learners-eg 0.818 / 0.832 → 0.826 / 0.865 → 0.827 / 0.870; pooled with
/// version 137 0.812 / 0.810 with 5 of 313 reflections flagged (1.6 %).
#[test]
fn the_sets_written_for_reading_after_version_137_in_reply() {
    pooled_holds(
        "sets written for reading after version 137",
        &WRITTEN_FOR_READING_137,
        0.81,
        0.805,
        0.02,
    );
}

/// learners-ea, eb and ec ([`WRITTEN_FOR_READING_136`]) alone. Blind, version 135 → 136: ea
/// 0.740 / 0.727 → 0.750 / 0.754 with 7 of 161 reflections flagged (4.3 %) by both, eb 0.744 /
/// 0.753 → 0.744 / 0.758 with 3 → 2 of 160, ec 0.792 / 0.692 → 0.794 / 0.698 with 1 of 161;
/// pooled 0.759 / 0.724 / 2.3 % → 0.763 / 0.737 / 2.1 %. Version 137, which learns from them
/// (so no longer a blind figure): ea 0.784 / 0.866 with 5 flagged, eb 0.809 / 0.952 with 1, ec
/// 0.828 / 0.797 with 1.
#[test]
fn coder_on_the_sets_written_for_reading_during_version_136() {
    // Version 142: learners-ea 0.779 / 0.856 with 5 flagged (the rising statement's threshold
    // raised to 0.97; 0.787 / 0.877 with version 141).
    let floors = [
        (0.775, 0.85, 0.035),
        (0.805, 0.95, 0.01),
        (0.825, 0.795, 0.01),
    ];
    each_holds(&WRITTEN_FOR_READING_136, &floors);
}

/// The same pooled and coded in reply. Blind, version 135 0.796 / 0.804 with 13 of 482
/// reflections flagged (2.7 %), version 136 0.797 / 0.813 with 11 (2.3 %); version 137, which
/// learns from them, 0.857 / 0.987 with 7 (1.5 %).
#[test]
fn the_sets_written_for_reading_during_version_136_in_reply() {
    pooled_holds(
        "sets written for reading during version 136",
        &WRITTEN_FOR_READING_136,
        0.855,
        0.985,
        0.015,
    );
}

/// learners-dv ([`WRITTEN_FOR_READING_135`]) alone, blind: version 132 0.791 / 0.680 with 1 of
/// 155 reflections flagged (0.6 %), version 135 0.804 / 0.713 with none.
#[test]
fn coder_on_the_set_written_for_reading_after_version_135() {
    // Version 136: 0.801 / 0.708 with 1 of 155 flagged.
    each_holds(&WRITTEN_FOR_READING_135, &[(0.80, 0.705, 0.01)]);
}

/// The same coded in reply, blind: version 132 0.830 / 0.781 with 3 of 155 flagged (1.9 %),
/// version 135 0.829 / 0.770 with 1 (0.6 %).
#[test]
fn the_set_written_for_reading_after_version_135_in_reply() {
    pooled_holds(
        "set written for reading after version 135",
        &WRITTEN_FOR_READING_135,
        0.825,
        0.765,
        // Version 136: 0.834 / 0.787 with 3 of 155 flagged (1.9 %).
        0.02,
    );
}

/// learners-ds ([`WRITTEN_FOR_READING_133`]) alone: blind, version 132 0.797 / 0.741 and
/// version 133 0.813 / 0.777, with 3 of 156 reflections flagged (1.9 %) by both; version 134
/// the same as 133; version 135, the first written from it, 0.827 / 0.819. The floors sit just
/// under the latter.
#[test]
fn coder_on_the_set_written_for_reading_after_version_133() {
    // Version 136: 0.827 / 0.813 with 2 of 156 flagged.
    each_holds(&WRITTEN_FOR_READING_133, &[(0.825, 0.81, 0.02)]);
}

/// The same coded in reply: blind, version 132 0.817 / 0.803 with 7 of 156 flagged (4.5 %),
/// version 133 0.844 / 0.850 with 3 (1.9 %); version 134 the same as 133; version 135 0.858 /
/// 0.891.
#[test]
fn the_set_written_for_reading_after_version_133_in_reply() {
    pooled_holds(
        "set written for reading after version 133",
        &WRITTEN_FOR_READING_133,
        0.855,
        0.885,
        0.02,
    );
}

/// learners-dm ([`WRITTEN_FOR_READING_129`]) alone: version 129 measured 0.803 / 0.732 blind,
/// with 5 of 159 reflections flagged (3.1 %; version 128 0.801 / 0.727); version 130, the first
/// written from it, 0.817 / 0.776. The floors sit just under the latter.
#[test]
fn coder_on_the_set_written_for_reading_during_version_129() {
    each_holds(&WRITTEN_FOR_READING_129, &[(0.815, 0.77, 0.035)]);
}

/// The same coded in reply: version 129 0.845 / 0.836 with 5 of 159 flagged (3.1 %; version
/// 128 0.844 / 0.831); version 130 0.855 / 0.869.
#[test]
fn the_set_written_for_reading_during_version_129_in_reply() {
    pooled_holds(
        "set written for reading during version 129",
        &WRITTEN_FOR_READING_129,
        0.85,
        0.865,
        0.035,
    );
}

/// learners-dk ([`WRITTEN_FOR_READING_128`]) alone: versions 127 and 128 measured 0.781 /
/// 0.661 blind, with 1 of 160 reflections flagged (0.6 %); version 129, the first written from
/// it, 0.806 / 0.689; version 130 0.811 / 0.706. The floors sit just under the latter.
#[test]
fn coder_on_the_set_written_for_reading_during_version_128() {
    each_holds(&WRITTEN_FOR_READING_128, &[(0.805, 0.70, 0.01)]);
}

/// The same coded in reply: versions 127 and 128 0.810 / 0.740 with 2 of 160 flagged (1.2 %);
/// version 129 0.835 / 0.768.
#[test]
fn the_set_written_for_reading_during_version_128_in_reply() {
    pooled_holds(
        "set written for reading during version 128",
        &WRITTEN_FOR_READING_128,
        0.83,
        0.765,
        0.015,
    );
}

/// learners-di ([`WRITTEN_FOR_READING_127`]) alone: versions 125 to 127 measured 0.767 / 0.621
/// blind, with 1 of 160 reflections flagged (0.6 %); version 128, the first written from it,
/// 0.777 / 0.648. The floors sit just under the latter.
#[test]
fn coder_on_the_set_written_for_reading_during_version_127() {
    each_holds(&WRITTEN_FOR_READING_127, &[(0.775, 0.645, 0.01)]);
}

/// The same coded in reply: 0.801 / 0.720 with 3 of 160 flagged (1.9 %; one client statement
/// that shared seven words with a public transcript was replaced by one in our own words before
/// the set was read, and with it the figures were 0.803 / 0.720 / 1.2 %). Version 128: 0.812 /
/// 0.747 with 3 flagged.
#[test]
fn the_set_written_for_reading_during_version_127_in_reply() {
    pooled_holds(
        "set written for reading during version 127",
        &WRITTEN_FOR_READING_127,
        0.81,
        0.745,
        0.025,
    );
}

/// The eight sets read for version 75 ([`READ_FOR_VERSION_75`]), alone, each just under what
/// version 76 measured: bg 0.853 / 0.804 / 1.8 %, bh 0.782 / 0.641 / 1.2 %, bi 0.792 / 0.717 /
/// 1.8 %, bj 0.741 / 0.661 / 3.6 %, bk 0.829 / 0.733 / 0.6 %, bl 0.811 / 0.803 / 6.3 %, bm
/// 0.807 / 0.750 / 3.0 %, bn 0.818 / 0.796 / 3.7 %. And the three transcript-style sets written
/// beside them (sessions-c: clinics and pharmacies; d: typed listeners on a support chat; e:
/// counselling and probation), scored blind with version 74 alone 0.791 / 0.793 / 1.0 %, 0.828
/// / 0.905 / 4.1 % and 0.735 / 0.688 / 4.6 %; version 76 0.789 / 0.793 / 1.0 %, 0.826 / 0.905 /
/// 4.1 %, 0.736 / 0.688 / 4.6 %.
#[test]
fn coder_on_the_sets_read_for_version_75() {
    holds("learners-bg.tsv", 0.845, 0.795, 0.025);
    holds("learners-bh.tsv", 0.775, 0.635, 0.02);
    holds("learners-bi.tsv", 0.785, 0.71, 0.025);
    holds("learners-bj.tsv", 0.735, 0.655, 0.04);
    holds("learners-bk.tsv", 0.82, 0.725, 0.02);
    holds("learners-bl.tsv", 0.805, 0.795, 0.07);
    holds("learners-bm.tsv", 0.80, 0.745, 0.035);
    holds("learners-bn.tsv", 0.81, 0.79, 0.04);
    holds("sessions-c.tsv", 0.78, 0.78, 0.015);
    holds("sessions-d.tsv", 0.82, 0.89, 0.045);
    holds("sessions-e.tsv", 0.73, 0.67, 0.05);
}

/// The same eight learner sets pooled in reply to their statements: version 76 0.839 / 0.815
/// with 36 of 1,320 reflections flagged (2.7 %).
#[test]
fn the_sets_read_for_version_75_in_reply() {
    pooled_holds(
        "sets read for version 75",
        &READ_FOR_VERSION_75,
        0.835,
        0.81,
        0.03,
    );
}

/// [`pooled`] over `sets`, printed under `label`, held to a macro-F1 and an MI-inconsistent
/// recall floor in reply and a ceiling on the share of reflections flagged in reply.
/// Two sets written to one brief: each coded alone holds its floors and ceiling (`holds`), and
/// the two pooled in reply hold theirs (`pooled_holds`).
fn pair_holds(label: &str, sets: [(&str, f64, f64, f64); 2], in_reply: (f64, f64, f64)) {
    for (name, f1_floor, recall_floor, max_flagged) in sets {
        holds(name, f1_floor, recall_floor, max_flagged);
    }
    pooled_holds(
        label,
        &[sets[0].0, sets[1].0],
        in_reply.0,
        in_reply.1,
        in_reply.2,
    );
}

fn pooled_holds(
    label: &str,
    sets: &[&str],
    f1_floor: f64,
    recall_floor: f64,
    max_flagged: f64,
) -> Pooled {
    let p = pooled(sets);
    println!(
        "{label}, pooled: alone macro-F1 {:.3}, recall {:.3}; in reply {:.3}, recall {:.3}, reflections flagged {}/{} = {:.1} %",
        p.alone_f1,
        p.alone_recall,
        p.f1,
        p.recall,
        p.flagged,
        p.reflections,
        100.0 * p.share()
    );
    assert!(
        p.f1 >= f1_floor,
        "{label}, in reply: macro-F1 {:.3} below {f1_floor}",
        p.f1
    );
    assert!(
        p.recall >= recall_floor,
        "{label}, in reply: recall {:.3} below {recall_floor}",
        p.recall
    );
    assert!(
        p.share() <= max_flagged,
        "{label}: {:.1} % of reflections flagged in reply (max {:.1} %)",
        100.0 * p.share(),
        100.0 * max_flagged
    );
    p
}

/// Pooled figures over `sets`, each reply coded alone and in reply to its `# client:` statement
/// (learners-p has none: coded alone both times).
struct Pooled {
    alone_f1: f64,
    alone_recall: f64,
    f1: f64,
    recall: f64,
    flagged: usize,
    reflections: usize,
}

impl Pooled {
    fn share(&self) -> f64 {
        self.flagged as f64 / self.reflections.max(1) as f64
    }
}

fn pooled(sets: &[&str]) -> Pooled {
    let mut alone: Vec<(Group, Group)> = Vec::new();
    let mut in_reply: Vec<(Group, Group)> = Vec::new();
    for name in sets {
        for e in labelled(name) {
            let a = code(&e.reply).code.group();
            let r = match &e.client {
                Some(said) => code_in_reply_to(said, &e.reply).code.group(),
                None => a,
            };
            alone.push((e.code.group(), a));
            in_reply.push((e.code.group(), r));
        }
    }
    let macro_f1 = |pairs: &[(Group, Group)]| {
        Group::ALL.iter().map(|&g| prf(pairs, g).2).sum::<f64>() / Group::ALL.len() as f64
    };
    Pooled {
        alone_f1: macro_f1(&alone),
        alone_recall: prf(&alone, Group::PersuadeConfront).1,
        f1: macro_f1(&in_reply),
        recall: prf(&in_reply, Group::PersuadeConfront).1,
        flagged: in_reply
            .iter()
            .filter(|(t, p)| *t == Group::Reflection && *p == Group::PersuadeConfront)
            .count(),
        reflections: in_reply
            .iter()
            .filter(|(t, _)| *t == Group::Reflection)
            .count(),
    }
}
