//! `reframe report`: the HTML file is read back as XML and its figures checked against a log
//! whose figures were worked out by hand; the CSV holds the same figures; typed replies appear
//! only with `--typed`; bad dates get a clear error. Any reply text gives a well-formed file.

mod store_support;

use proptest::prelude::*;
use reframe_core::coach;
use reframe_core::mi::Category;
use reframe_core::scheduler::StoredCoding;
use std::path::Path;
use std::process::{Command, Output};
use store_support::{answer, clock, g, open};

fn reframe(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reframe"))
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .output()
        .expect("the reframe binary runs")
}

fn parse(html: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(html, options).expect("the report is well-formed")
}

/// All the text inside the element with `id`.
fn text_of(doc: &roxmltree::Document<'_>, id: &str) -> String {
    let node = doc
        .descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no element #{id}"));
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The cells of the table row whose first cell is `first`, in table `id`.
fn row(doc: &roxmltree::Document<'_>, id: &str, first: &str) -> Vec<String> {
    let table = doc
        .descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no table #{id}"));
    let cells = |tr: roxmltree::Node<'_, '_>| -> Vec<String> {
        tr.children()
            .filter(|n| n.has_tag_name("td"))
            .map(|td| {
                td.descendants()
                    .filter(|n| n.is_text())
                    .filter_map(|n| n.text())
                    .collect::<String>()
            })
            .collect()
    };
    table
        .descendants()
        .filter(|n| n.has_tag_name("tr"))
        .map(cells)
        .find(|c| c.first().map(String::as_str) == Some(first))
        .unwrap_or_else(|| panic!("no row {first} in #{id}"))
}

/// Two blaming cards (b1, b2) and two mandated (m1, m2), studied over 23 days:
/// - Mon 2 Mar: all four new; b1 5, m1 5, b2 2 (re-drilled 4), m2 4, with typed replies on
///   b1 and m1.
/// - Tue 3 Mar: all four due after 1 day: b1 5, m1 4, b2 1 (re-drilled 5), m2 5.
/// - Mon 9 Mar: b1, m1, m2 due after 6 days: 5, 3 (re-drilled 4), 4; b2 (1 day, due 4 Mar,
///   overdue) 4.
/// - Tue 24 Mar: b2 (1 day after its lapse, due since the 10th): 2, re-drilled 4.
fn folder(dir: &Path) {
    let (fake, clk) = clock("2026-03-02T09:00:00+01:00");
    let mut deck = store_support::deck("mix", 1, &["m1", "m2"]);
    for id in ["b1", "b2"] {
        let mut b = store_support::card(id, &format!("Blaming statement {id}"));
        b.category = Category::Blaming;
        deck.cards.insert(if id == "b1" { 0 } else { 2 }, b);
    }
    // Deck order: b1, m1, b2, m2. Imported into the data folder, so `reframe report` finds
    // it; the built-in decks are turned off.
    std::fs::create_dir_all(dir.join("decks")).expect("a decks folder");
    std::fs::write(dir.join("decks/mix.ron"), reframe_core::deck::to_ron(&deck)).expect("written");
    let mut c = open(dir, &clk, Vec::new());
    let mut s = c.settings().clone();
    s.introduce_by_level = false;
    for b in reframe_core::deck::bundled() {
        s.inactive_decks
            .insert(b.parse().expect("a built-in deck").id);
    }
    c.update_settings(s).expect("saved");
    let typed = |c: &mut reframe_core::collection::Collection, q: u8, text: &str| {
        let coding = StoredCoding::from(&coach::code(text));
        c.answer(g(q), Some(text.to_string()), Some(coding))
            .expect("saved");
    };
    c.start_session();
    typed(&mut c, 5, "You want to be the one who decides.");
    typed(&mut c, 5, "You should stop blaming her.");
    for q in [2, 4, 4] {
        answer(&mut c, q);
    }
    assert!(c.current_card().is_none());
    fake.advance(chrono::Duration::days(1));
    c.start_session();
    for q in [5, 4, 1, 5, 5] {
        answer(&mut c, q);
    }
    assert!(c.current_card().is_none());
    fake.advance(chrono::Duration::days(6));
    c.start_session();
    for q in [4, 5, 3, 4, 4] {
        answer(&mut c, q);
    }
    assert!(c.current_card().is_none(), "{:?}", c.current_card());
    fake.advance(chrono::Duration::days(15));
    c.start_session();
    while c.current_card().is_some() {
        answer(&mut c, 2);
        if c.current_card().is_some() {
            answer(&mut c, 4);
        }
    }
}

#[test]
fn the_reports_figures_match_the_log_and_the_csv_holds_the_same() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = dir.path().join("data");
    folder(&data);
    let html_path = dir.path().join("report.html");
    let csv_path = dir.path().join("report.csv");
    let out = reframe(
        &data,
        &[
            "report",
            "--out",
            html_path.to_str().unwrap(),
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-10",
            "--csv",
            csv_path.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "Wrote the report of 2026-03-01 to 2026-03-10 to {} and its figures to {}.\n",
            html_path.display(),
            csv_path.display()
        )
    );
    let html = std::fs::read_to_string(&html_path).expect("written");
    assert!(!html.contains("<script"), "no script");
    assert!(
        !html.contains("http://") || !html.contains("src=\"http"),
        "nothing fetched"
    );
    let doc = parse(&html);
    assert_eq!(text_of(&doc, "period"), "Sun 1 Mar 2026 to Tue 10 Mar 2026");
    // Mon 2, Tue 3 and Mon 9 March: 3 study days of 10; the run Mon-Tue is the longest.
    assert_eq!(text_of(&doc, "study-days"), "3");
    assert_eq!(text_of(&doc, "longest-streak"), "2");
    assert_eq!(
        text_of(&doc, "current-streak"),
        "1",
        "the 9th, counted from the 10th"
    );
    // 5 + 5 + 5 answers; 4 different cards; 4 new.
    assert_eq!(text_of(&doc, "answers"), "15");
    assert_eq!(text_of(&doc, "cards-studied"), "4");
    assert_eq!(text_of(&doc, "new-cards"), "4");
    // Reviews (all young): Tue 5, 4, 1, 5 and Mon 9th 4, 5, 3, 4 -> 7 of 8 passed.
    assert_eq!(text_of(&doc, "retention-young"), "88 %");
    assert_eq!(text_of(&doc, "retention-mature"), "–");
    assert_eq!(
        row(&doc, "retention", "Mon 2 Mar 2026"),
        ["Mon 2 Mar 2026", "3", "4", "75 %", "0", "0", "–"]
    );
    assert_eq!(
        row(&doc, "retention", "Mon 9 Mar 2026"),
        ["Mon 9 Mar 2026", "4", "4", "100 %", "0", "0", "–"]
    );
    // Blaming: first answers 5, 2; reviews 5, 1; 5, 4 -> 4 of 6. Mandated: 5, 4; 4, 5; 3, 4
    // -> 6 of 6. The weakest comes first.
    let blaming = row(&doc, "categories", "Blaming");
    assert_eq!(blaming[..5], ["Blaming", "2", "0", "6", "4"]);
    assert!(blaming[5].ends_with("67 %"), "{blaming:?}");
    assert_eq!(
        row(&doc, "categories", "Mandated")[..5],
        ["Mandated", "2", "0", "6", "6"]
    );
    let first_category = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("categories"))
        .and_then(|t| t.descendants().find(|n| n.has_tag_name("td")))
        .and_then(|td| td.text());
    assert_eq!(first_category, Some("Blaming"));
    // Two typed replies: a complex or simple reflection and advice.
    assert_eq!(text_of(&doc, "typed"), "2");
    assert_eq!(text_of(&doc, "miti-inconsistent"), "1");
    assert!(
        !html.contains("You should stop blaming her."),
        "replies stay private"
    );
    // Every chart has its figures in words.
    for svg in doc.descendants().filter(|n| n.has_tag_name("svg")) {
        let words = svg.attribute("aria-label").unwrap_or_default();
        assert!(!words.is_empty(), "an SVG without words");
    }
    let csv = std::fs::read_to_string(&csv_path).expect("written");
    for line in [
        "section,item,measure,value",
        "study,,study_days,3",
        "study,,answers,15",
        "retention,all,young_passed,7",
        "retention,all,young_answered,8",
        "category,Blaming,passed,4",
        "category,Blaming,answered,6",
        "day,2026-03-03,redrills,1",
        "miti,,mi_inconsistent,1",
    ] {
        assert!(csv.lines().any(|l| l == line), "{line} missing from\n{csv}");
    }
    assert!(!csv.contains("stop blaming"), "no replies in the CSV");
}

#[test]
fn typed_replies_appear_only_with_typed_and_only_from_the_period() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = dir.path().join("data");
    folder(&data);
    let path = dir.path().join("r.html");
    let p = path.to_str().unwrap();
    let out = reframe(
        &data,
        &[
            "report",
            "--out",
            p,
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-31",
            "--typed",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&path).expect("written");
    let doc = parse(&html);
    let replies = text_of(&doc, "replies");
    assert!(
        replies.contains("You should stop blaming her."),
        "{replies}"
    );
    assert!(replies.contains("confronting"), "with its code: {replies}");
    assert!(
        replies.contains("“You should”: Advice"),
        "and its flags: {replies}"
    );
    assert!(
        replies.contains("Blaming statement b1"),
        "with the client's words: {replies}"
    );
    let out = reframe(
        &data,
        &[
            "report",
            "--out",
            p,
            "--from",
            "2026-03-03",
            "--to",
            "2026-03-31",
            "--typed",
        ],
    );
    assert!(out.status.success());
    let html = std::fs::read_to_string(&path).expect("written");
    assert!(html.contains("No typed replies in this period."));
}

#[test]
fn bad_dates_are_refused_in_plain_words_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = dir.path().join("data");
    folder(&data);
    let path = dir.path().join("r.html");
    let p = path.to_str().unwrap();
    let out = reframe(&data, &["report", "--out", p, "--from", "1 March"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("\"1 March\" is not a date; write it as YYYY-MM-DD"),
        "{err}"
    );
    let out = reframe(
        &data,
        &[
            "report",
            "--out",
            p,
            "--from",
            "2026-03-10",
            "--to",
            "2026-03-01",
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--from must not be after --to"), "{err}");
    assert!(!path.exists());
}

proptest! {
    /// Whatever a learner types, the report stays well-formed and shows the words as typed
    /// (control characters other than tab and line breaks become spaces).
    #[test]
    fn any_text_is_escaped_into_well_formed_xml(text in "\\PC{0,40}|[<>&\"'\\t\\n\\x01a-z ]{0,40}") {
        let page = format!("<p>{}</p>", reframe_core::report::html::esc(&text));
        let doc = roxmltree::Document::parse(&page).expect("well-formed");
        let shown = doc.root_element().text().unwrap_or_default().to_string();
        let expected: String = text
            .chars()
            .map(|c| if c.is_control() && c != '\t' && c != '\n' { ' ' } else { c })
            .collect();
        // XML reads a carriage return as a line break.
        prop_assert_eq!(shown, expected.replace('\r', "\n"));
    }
}
