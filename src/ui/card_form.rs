//! The deck editor's form for one card: every field with its label, the check `reframe check`
//! applies shown beside it as the author types, technique and category chosen from lists with
//! their one-line definitions, and the coach's notes on the author's own words.

use super::widgets;
use egui::RichText;
use reframe_core::authoring::{
    AltPart, AlternativeDraft, CardDraft, CoachNote, Field, alternative,
};
use reframe_core::deck::{Level, MAX_ALTERNATIVES};
use reframe_core::mi::{Category, Technique};

/// What the form needs besides the card: its problems and the coach's notes, worked out once
/// per change of the card, and whether the statement box should take the keyboard.
pub(crate) struct FormContext<'a> {
    pub problems: &'a [(Field, String)],
    pub notes: &'a [CoachNote],
    pub focus_statement: bool,
    /// The card's id, or `None` before its first save.
    pub id: Option<&'a str>,
}

impl FormContext<'_> {
    fn problem(&self, field: Field) -> Option<&str> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// A problem under a field: the word "Problem" first, so colour is never the only sign.
pub(crate) fn problem_line(ui: &mut egui::Ui, problem: Option<&str>) {
    if let Some(m) = problem {
        ui.label(RichText::new(format!("Problem: {m}")).color(widgets::problem_colour(ui)));
    }
}

/// The coach's notes for one field.
fn note_lines(ui: &mut egui::Ui, notes: &[CoachNote], field: Field) {
    let colour = widgets::note_colour(ui);
    for n in notes.iter().filter(|n| n.field == field) {
        ui.label(RichText::new(format!("Coach: {}", n.message)).color(colour));
        for (words, reason) in &n.flagged {
            ui.label(format!("    \u{201c}{words}\u{201d}: {reason}"));
        }
    }
}

/// A labelled text box (one line when `rows` is 0) with its problem under it.
pub(crate) fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    rows: usize,
    problem: Option<&str>,
) -> egui::Response {
    let name = ui.label(RichText::new(label).strong());
    let edit = if rows == 0 {
        egui::TextEdit::singleline(value)
    } else {
        egui::TextEdit::multiline(value).desired_rows(rows)
    };
    let response = ui
        .add(edit.id_salt(label).desired_width(f32::INFINITY))
        .labelled_by(name.id);
    problem_line(ui, problem);
    response
}

/// A technique or category: typed as an id (checked, with "did you mean"), or chosen from the
/// list of all of them with their one-line definitions; the chosen one's definition under it.
#[allow(clippy::too_many_arguments)]
fn term_field<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    choose: &str,
    value: &mut String,
    all: &[T],
    describe: fn(T) -> (&'static str, &'static str, &'static str),
    problem: Option<&str>,
) {
    let name = ui.label(RichText::new(label).strong());
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(value)
                .id_salt(label)
                .hint_text("an id, e.g. as listed")
                .desired_width(240.0),
        )
        .labelled_by(name.id);
        let choose_label = ui.label(choose);
        let current = value.trim().to_string();
        egui::ComboBox::from_id_salt(choose)
            .selected_text("the list…")
            .height(420.0)
            .show_ui(ui, |ui| {
                for &t in all {
                    let (id, title, summary) = describe(t);
                    if ui
                        .selectable_label(current == id, format!("{title}: {summary}"))
                        .clicked()
                    {
                        *value = id.to_string();
                    }
                }
            })
            .response
            .labelled_by(choose_label.id);
    });
    if let Some(&t) = all.iter().find(|&&t| describe(t).0 == value.trim()) {
        let (_, title, summary) = describe(t);
        ui.label(RichText::new(format!("{title}: {summary}")).weak());
    }
    problem_line(ui, problem);
}

fn technique(t: Technique) -> (&'static str, &'static str, &'static str) {
    (t.id(), t.label(), t.summary())
}

fn category(c: Category) -> (&'static str, &'static str, &'static str) {
    (c.id(), c.label(), c.summary())
}

/// The whole form for one card.
pub(crate) fn card_form(ui: &mut egui::Ui, card: &mut CardDraft, cx: &FormContext<'_>) {
    let p = |f: Field| cx.problem(f);
    ui.label(
        RichText::new(match cx.id {
            Some(id) => format!(
                "Card id: {id}. It stays when the text changes, so learners keep their progress."
            ),
            None => "Card id: made from the statement when the deck is saved; it never changes \
                     after that."
                .to_string(),
        })
        .weak(),
    );
    let statement = text_field(
        ui,
        "Statement (what the client says)",
        &mut card.statement,
        2,
        p(Field::Statement),
    );
    if cx.focus_statement {
        statement.request_focus();
    }
    ui.add_space(6.0);
    text_field(
        ui,
        "Model response",
        &mut card.response,
        3,
        p(Field::Response),
    );
    note_lines(ui, cx.notes, Field::Response);
    ui.add_space(6.0);
    term_field(
        ui,
        "Technique",
        "Choose a technique from",
        &mut card.technique,
        Technique::ALL,
        technique,
        p(Field::Technique),
    );
    ui.add_space(6.0);
    secondary_field(ui, card, p(Field::Secondary));
    ui.add_space(6.0);
    term_field(
        ui,
        "Category (the kind of resistance)",
        "Choose a category from",
        &mut card.category,
        Category::ALL,
        category,
        p(Field::Category),
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Level").strong());
    ui.horizontal_wrapped(|ui| {
        for level in Level::ALL {
            ui.radio_value(&mut card.level, level, level.label())
                .on_hover_text(level.summary());
        }
    });
    ui.label(RichText::new(format!("{}: {}", card.level.label(), card.level.summary())).weak());
    ui.add_space(6.0);
    text_field(
        ui,
        "Note (why the response works)",
        &mut card.note,
        2,
        p(Field::Note),
    );
    ui.add_space(6.0);
    ui.label(
        RichText::new(
            "A foil is optional: a tempting answer to avoid, and what is wrong with it. Leave \
             both empty for none.",
        )
        .weak(),
    );
    text_field(
        ui,
        "Foil: the tempting answer",
        &mut card.foil_text,
        2,
        p(Field::Foil),
    );
    note_lines(ui, cx.notes, Field::Foil);
    text_field(
        ui,
        "Foil: what is wrong with it",
        &mut card.foil_flaw,
        2,
        p(Field::FoilWhy),
    );
    ui.add_space(6.0);
    text_field(
        ui,
        "Tags (separated by commas)",
        &mut card.tags,
        0,
        p(Field::Tags),
    );
    ui.add_space(6.0);
    alternatives(ui, card, cx);
}

/// Other techniques the response uses: one box each; the main technique cannot be one.
fn secondary_field(ui: &mut egui::Ui, card: &mut CardDraft, problem: Option<&str>) {
    ui.label(RichText::new("Also uses (secondary techniques)").strong());
    let main = card.technique();
    ui.horizontal_wrapped(|ui| {
        for &t in Technique::ALL {
            let mut on = card.secondary.contains(&t);
            let is_main = Some(t) == main && !on;
            let r = ui
                .add_enabled(!is_main, egui::Checkbox::new(&mut on, t.label()))
                .on_hover_text(t.summary());
            if r.changed() {
                if on {
                    card.secondary.push(t);
                } else {
                    card.secondary.retain(|&x| x != t);
                }
            }
        }
    });
    problem_line(ui, problem);
}

/// Up to [`MAX_ALTERNATIVES`] other good answers, each with its technique and why it works.
fn alternatives(ui: &mut egui::Ui, card: &mut CardDraft, cx: &FormContext<'_>) {
    ui.label(RichText::new("Other good answers (shown after reveal)").strong());
    let mut remove = None;
    for (i, a) in card.alternatives.iter_mut().enumerate() {
        let n = i + 1;
        let at = |part: AltPart| cx.problem(alternative(i, part));
        ui.add_space(4.0);
        ui.label(RichText::new(format!("Answer {n}")).strong());
        ui.indent(("answer", i), |ui| {
            text_field(
                ui,
                &format!("Other good answer {n}"),
                &mut a.response,
                2,
                at(AltPart::Response),
            );
            note_lines(ui, cx.notes, alternative(i, AltPart::Response));
            term_field(
                ui,
                &format!("Technique of answer {n}"),
                &format!("Choose the technique of answer {n} from"),
                &mut a.technique,
                Technique::ALL,
                technique,
                at(AltPart::Technique),
            );
            text_field(
                ui,
                &format!("Why answer {n} works"),
                &mut a.note,
                1,
                at(AltPart::Note),
            );
            if ui.button(format!("Remove answer {n}")).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        card.alternatives.remove(i);
    }
    let full = card.alternatives.len() >= MAX_ALTERNATIVES;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!full, egui::Button::new("Add another good answer"))
            .clicked()
        {
            card.alternatives.push(AlternativeDraft::default());
        }
        ui.label(
            RichText::new(format!(
                "{} of at most {MAX_ALTERNATIVES}",
                card.alternatives.len()
            ))
            .weak(),
        );
    });
    problem_line(
        ui,
        cx.problem(alternative(MAX_ALTERNATIVES, AltPart::Response)),
    );
}
