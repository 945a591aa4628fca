//! Review: the client statement, the optional "Your response" box, the reveal (model, technique,
//! note, foil, the learner's own words with the coach's reading) and the six grade buttons.
//! Keys: Ctrl+Enter reveals from the box, Space/Enter reveal otherwise, 0–5 grade, Ctrl+Z undoes
//! (the learner can change Space, the grades, undo and W in Settings: `ReviewKeys`).

use super::{Command, widgets};
use egui::{Key, Modifiers, RichText};
use reframe_core::coach::{self, Code, Coding, Suggestion};
use reframe_core::collection::Collection;
use reframe_core::review_keys::{ReviewAction, ReviewKeys};
use reframe_core::sm2::Grade;

const RESPONSE_LABEL: &str = "Your response";

/// The longest typed reply, in characters. A reply is a few sentences (a model response is
/// rarely over 40 words); the limit keeps a stray paste from freezing the window.
pub(crate) const RESPONSE_LIMIT: usize = 1_000;

/// The state of one card on screen: what was typed and whether it was revealed.
#[derive(Default)]
pub(crate) struct ReviewScreen {
    typed: String,
    /// `Some` once revealed; holds the coach's reading when something was typed.
    revealed: Option<Option<Coding>>,
    /// Whether any widget had the keyboard at the end of the last frame.
    had_focus: bool,
    /// A paste was cut to fit [`RESPONSE_LIMIT`]; said under the box until the next edit.
    cut: bool,
    /// The grade the coach suggests for what was typed (after reveal).
    suggestion: Option<Suggestion>,
    /// "The coach got this wrong" is open: the code the learner picked so far.
    disagreeing: Option<Option<Code>>,
    /// The learner's own code, once saved.
    disagreed: Option<Code>,
}

impl ReviewScreen {
    /// Shows the model; codes what was typed and suggests a grade for it against `card`.
    pub fn reveal(&mut self, card: Option<&reframe_core::collection::CardView>) {
        if self.revealed.is_none() {
            let text = self.typed.trim();
            // Coded in reply to the card's statement, as a supervisor would hear it.
            let coding = (!text.is_empty()).then(|| match card {
                Some(card) => coach::code_in_reply_to(&card.card.statement, text),
                None => coach::code(text),
            });
            self.suggestion = coding.as_ref().zip(card).map(|(c, card)| {
                coach::suggest(c, text, card.card.technique, &card.card.secondary)
            });
            self.revealed = Some(coding);
        }
    }

    /// The coach's suggested grade, if something was typed and revealed.
    pub fn suggested(&self) -> Option<Grade> {
        self.suggestion.as_ref().map(|s| s.grade)
    }

    /// The learner's code was saved.
    pub fn disagreement_saved(&mut self, code: Code) {
        self.disagreed = Some(code);
        self.disagreeing = None;
    }

    pub fn is_revealed(&self) -> bool {
        self.revealed.is_some()
    }

    /// Normally the grade buttons sit in a panel at the bottom of the window, so they never
    /// scroll out of sight; with very large text that panel would hide the card, so they follow
    /// the card instead. Decided from this frame's text size and window, before anything is
    /// drawn, so the bottom panel and the card always agree.
    pub fn grades_docked(ctx: &egui::Context) -> bool {
        let body = egui::TextStyle::Body.resolve(&ctx.global_style()).size;
        // About thirteen lines of body text (a row is about 1.15 times the font size) must
        // fit in less than half the window.
        body * 1.15 * 13.0 <= ctx.content_rect().height() * 0.45
    }

    /// The typed text and its coding, handed to the collection with the grade. The screen
    /// keeps both until the answer is saved.
    pub fn answer(&self) -> (Option<String>, Option<Coding>) {
        let typed = self.typed.trim().to_string();
        let coding = self.revealed.clone().flatten();
        ((!typed.is_empty()).then_some(typed), coding)
    }

    /// Before the reveal: the response box and the Reveal button.
    fn ask(&mut self, ui: &mut egui::Ui, keys: &ReviewKeys, out: &mut Vec<Command>) {
        let label = ui.label(RESPONSE_LABEL);
        let before = self.typed.chars().count();
        // A paste longer than the room left is cut by the box itself (so a huge paste is never
        // laid out); note it to say so.
        let pasted = ui.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.chars().count()),
                    _ => None,
                })
                .max()
        });
        let edit = egui::TextEdit::multiline(&mut self.typed)
            .hint_text("Type what you would say (optional), or just think it")
            .char_limit(RESPONSE_LIMIT)
            .desired_rows(3)
            .desired_width(f32::INFINITY);
        let response = ui
            .add(edit)
            .labelled_by(label.id)
            .on_hover_text("Ctrl+Enter reveals");
        if response.changed() {
            self.cut = response.has_focus() && pasted.is_some_and(|n| before + n > RESPONSE_LIMIT);
        }
        let count = self.typed.chars().count();
        let counter = if self.cut {
            format!(
                "{count} / {RESPONSE_LIMIT} characters. What you pasted was cut to fit: a typed reply is a few sentences."
            )
        } else {
            format!("{count} / {RESPONSE_LIMIT} characters")
        };
        let weak = ui.visuals().weak_text_color();
        let colour = if self.cut || count == RESPONSE_LIMIT {
            widgets::problem_colour(ui)
        } else {
            weak
        };
        ui.label(RichText::new(counter).small().color(colour));
        ui.horizontal(|ui| {
            if ui.button("Reveal").clicked() {
                out.push(Command::Reveal);
            }
            ui.label(
                RichText::new(format!(
                    "{} or Enter reveals; in the box, Ctrl+Enter. Tab moves into the box.",
                    super::keys::review_key_text(keys, ReviewAction::Reveal)
                ))
                .small(),
            );
        });
        // Tab from "nothing focused" goes straight to the response box, not the top bar
        // (egui has already moved focus to the first widget; this takes it back).
        if !self.had_focus && ui.input(|i| i.key_pressed(Key::Tab) && !i.modifiers.shift) {
            response.request_focus();
        }
    }

    pub(crate) fn keys(&self, ui: &mut egui::Ui, keys: &ReviewKeys, out: &mut Vec<Command>) {
        let ctrl_enter = super::keys::REVEAL_IN_BOX;
        let pressed = |ui: &mut egui::Ui, action| {
            super::keys::review_shortcut(keys, action)
                .is_some_and(|s| ui.input_mut(|i| i.consume_shortcut(&s)))
        };
        let typing = ui.ctx().text_edit_focused();
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if !typing && pressed(ui, ReviewAction::Undo) {
            out.push(Command::Undo);
        }
        if self.revealed.is_none() {
            let reveal = ui.input_mut(|i| i.consume_shortcut(&ctrl_enter))
                || (nothing_focused
                    && (pressed(ui, ReviewAction::Reveal)
                        || ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter))));
            if reveal {
                ui.memory_mut(|m| {
                    if let Some(id) = m.focused() {
                        m.surrender_focus(id);
                    }
                });
                out.push(Command::Reveal);
            }
        } else if !typing && self.disagreeing.is_none() {
            for grade in Grade::ALL {
                if pressed(ui, ReviewAction::Grade(grade.value())) {
                    out.push(Command::Answer(grade));
                }
            }
            // Enter takes the coach's suggestion; any grade key overrides it.
            if let Some(s) = &self.suggestion
                && nothing_focused
                && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter))
            {
                out.push(Command::Answer(s.grade));
            }
        }
    }
}

/// "12 cards left · 2 re-drills pending · 5 answered" and the Undo button.
fn progress_line(ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
    let undo = super::keys::review_key_text(&collection.settings().review_keys, ReviewAction::Undo);
    let p = collection.progress().unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} left · {} pending · {} answered",
            widgets::count(p.left, "card", "cards"),
            widgets::count(p.redrills_pending, "re-drill", "re-drills"),
            p.answered
        ));
        if p.answered > 0
            && ui
                .small_button("Undo last answer")
                .on_hover_text(undo)
                .clicked()
        {
            out.push(Command::Undo);
        }
    });
}

/// After the reveal: the learner's words beside the model, the coach's reading, the foil.
fn revealed(
    ui: &mut egui::Ui,
    card: &reframe_core::collection::CardView,
    typed: &str,
    coding: Option<&Coding>,
) {
    let model_technique = card.card.technique.label();
    if let Some(coding) = coding {
        if coding.sure {
            ui.label(
                RichText::new(format!(
                    "yours: {} · model: {}",
                    coding.code.label(),
                    model_technique.to_lowercase()
                ))
                .strong(),
            );
            ui.label(RichText::new(coding.why).small());
        } else {
            // Thin evidence: say so rather than name a code with confidence.
            ui.label(
                RichText::new(format!(
                    "yours: not sure (perhaps {}) · model: {}",
                    coding.code.label(),
                    model_technique.to_lowercase()
                ))
                .strong(),
            );
            ui.label(RichText::new(coach::NOT_SURE).small());
        }
        // The second reader's doubt sits with the code it doubts, not below the fold.
        if let Some(doubt) = &coding.caution {
            ui.label(
                RichText::new(format!(
                    "A doubt about \u{201c}{}\u{201d}: {}",
                    doubt.words, doubt.reason
                ))
                .color(widgets::note_colour(ui)),
            );
        }
        ui.add_space(4.0);
    }
    ui.columns(if typed.is_empty() { 1 } else { 2 }, |cols| {
        if !typed.is_empty() {
            widgets::pane(&mut cols[0], "What you wrote", |ui| {
                let spans: Vec<_> = coding
                    .map(|c| c.flags.iter().map(|f| f.span.clone()).collect())
                    .unwrap_or_default();
                widgets::marked_text(ui, typed, &spans);
            });
        }
        let last = cols.len() - 1;
        widgets::pane(&mut cols[last], "Model response", |ui| {
            ui.label(
                RichText::new(&card.card.response)
                    .size(ui.text_style_height(&egui::TextStyle::Body) * 1.1),
            );
            ui.add_space(4.0);
            let mut techniques = model_technique.to_string();
            for s in &card.card.secondary {
                techniques.push_str(" + ");
                techniques.push_str(&s.label().to_lowercase());
            }
            ui.label(RichText::new(format!("Technique: {techniques}")).strong());
            ui.label(&card.card.note);
        });
    });

    if !card.card.alternatives.is_empty() {
        ui.add_space(6.0);
        widgets::pane(ui, "Other good answers", |ui| {
            for alternative in &card.card.alternatives {
                ui.label(
                    RichText::new(format!("\u{201c}{}\u{201d}", alternative.response))
                        .color(ui.visuals().strong_text_color()),
                );
                ui.label(format!(
                    "{}: {}",
                    alternative.technique.label(),
                    alternative.note
                ));
                ui.add_space(4.0);
            }
        });
    }

    if let Some(coding) = coding.filter(|c| !c.flags.is_empty()) {
        ui.add_space(6.0);
        widgets::pane(ui, "What the coach noticed in your words", |ui| {
            for (n, flag) in coding.flags.iter().enumerate() {
                ui.label(format!(
                    "({}) \u{201c}{}\u{201d}: {}",
                    n + 1,
                    flag.words,
                    flag.reason
                ));
            }
        });
    }

    if let Some(foil) = &card.card.foil {
        ui.add_space(6.0);
        widgets::pane(ui, "Avoid:", |ui| {
            ui.label(RichText::new(format!("\u{201c}{}\u{201d}", foil.text)).italics());
            ui.label(format!("Why not: {}", foil.flaw));
        });
    }
}

impl ReviewScreen {
    /// Under the reveal: the suggested grade and why, and "The coach got this wrong" with the
    /// codes to choose from when it is open.
    fn coach_verdict(
        &mut self,
        ui: &mut egui::Ui,
        coding: &Coding,
        keys: &ReviewKeys,
        out: &mut Vec<Command>,
    ) {
        ui.add_space(6.0);
        if let Some(s) = &self.suggestion {
            ui.label(RichText::new(&s.why).strong());
            ui.label(
                RichText::new(format!(
                    "Press Enter to take the suggested {}, or grade it yourself with {}.",
                    s.grade.value(),
                    super::keys::grade_keys_text(keys)
                ))
                .small(),
            );
        }
        let typing = ui.ctx().text_edit_focused();
        match self.disagreeing {
            None => {
                ui.horizontal(|ui| {
                    if let Some(code) = self.disagreed {
                        ui.label(format!(
                            "Saved: you'd code this reply as {}. It stays on this computer.",
                            code.label()
                        ));
                    }
                    let wrong = ReviewAction::CoachWrong;
                    let open = ui
                        .button(format!(
                            "The coach got this wrong ({})",
                            super::keys::review_key_text(keys, wrong)
                        ))
                        .on_hover_text("Record how you would code your reply");
                    let key = super::keys::review_shortcut(keys, wrong);
                    if open.clicked()
                        || (!typing
                            && key.is_some_and(|k| ui.input_mut(|i| i.consume_shortcut(&k))))
                    {
                        self.disagreeing = Some(None);
                    }
                });
            }
            Some(picked) => {
                widgets::pane(ui, "How would you code your reply?", |ui| {
                    ui.label(format!(
                        "The coach said {}. Pick your code; it is saved with the coach's version, \
                         for whoever improves the rules. Nothing leaves this computer.",
                        coding.code.label()
                    ));
                    let mut choice = picked;
                    ui.horizontal_wrapped(|ui| {
                        for &code in Code::ALL {
                            if ui.radio(choice == Some(code), code.label()).clicked() {
                                choice = Some(code);
                            }
                        }
                    });
                    self.disagreeing = Some(choice);
                    ui.horizontal(|ui| {
                        let save =
                            ui.add_enabled(choice.is_some(), egui::Button::new("Save my code"));
                        if save.clicked()
                            && let Some(code) = choice
                        {
                            out.push(Command::Disagree(code));
                        }
                        if ui.button("Cancel").clicked()
                            || ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
                        {
                            self.disagreeing = None;
                        }
                    });
                    // Just opened: bring the codes into view.
                    if picked.is_none() {
                        ui.scroll_to_rect(ui.min_rect(), None);
                    }
                });
            }
        }
    }

    /// True while the learner is choosing their own code (grade keys wait until it closes).
    pub fn choosing_code(&self) -> bool {
        self.disagreeing.is_some()
    }
}

/// Six buttons, each with its key, meaning and where it sends the card: 5 4 3 on the left,
/// 2 1 0 on the right, so all of them fit above the fold.
pub(crate) fn grade_panel(ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
    ui.add_space(4.0);
    let keys = &collection.settings().review_keys;
    ui.label(
        RichText::new(format!(
            "How close was your answer? Press {} or click.",
            super::keys::grade_keys_text(keys)
        ))
        .strong(),
    );
    let outcomes = collection.grade_outcomes();
    let button = |ui: &mut egui::Ui, grade: Grade, out: &mut Vec<Command>| {
        let when = outcomes
            .as_ref()
            .map(|o| o[usize::from(grade.value())].describe())
            .unwrap_or_default();
        let key = super::keys::review_key_text(keys, ReviewAction::Grade(grade.value()));
        // The key is named on the button only when it is not the grade's own digit.
        let own = if key == grade.value().to_string() {
            String::new()
        } else {
            format!(" (key {key})")
        };
        let text = format!(
            "{} · {}{own}\nNext: {}",
            grade.value(),
            grade.meaning(),
            when
        );
        let r = ui
            .add(
                egui::Button::new(text)
                    .wrap()
                    .min_size(egui::vec2(ui.available_width(), 0.0)),
            )
            .on_hover_text(format!("Key: {key}"));
        if r.clicked() {
            out.push(Command::Answer(grade));
        }
    };
    ui.columns(2, |cols| {
        for q in [5, 4, 3] {
            button(&mut cols[0], Grade::ALL[q], out);
        }
        for q in [2, 1, 0] {
            button(&mut cols[1], Grade::ALL[q], out);
        }
    });
    ui.add_space(4.0);
}

impl super::ScreenUi for ReviewScreen {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
        let Some(card) = collection.current_card() else {
            ui.label("This session has no more cards.");
            return;
        };
        let keys = &collection.settings().review_keys;
        self.keys(ui, keys, out);
        progress_line(ui, collection, out);
        ui.add_space(8.0);
        self.card_ui(ui, &card, Some(collection), keys, out);
    }
}

impl ReviewScreen {
    /// The card as the learner sees it, before and after reveal, with the grade buttons when
    /// there is a `collection` to grade in (the deck editor's preview has none).
    pub(crate) fn card_ui(
        &mut self,
        ui: &mut egui::Ui,
        card: &reframe_core::collection::CardView,
        collection: Option<&Collection>,
        keys: &ReviewKeys,
        out: &mut Vec<Command>,
    ) {
        let kind = if card.is_redrill {
            "Re-drill"
        } else if card.is_new {
            "New card"
        } else {
            "Review"
        };
        ui.label(
            RichText::new(format!(
                "{kind} · {} · {} level · {}",
                card.card.category.label(),
                card.card.level.label(),
                card.deck_title
            ))
            .color(ui.visuals().weak_text_color()),
        );
        ui.label(
            RichText::new(format!("\u{201c}{}\u{201d}", card.card.statement))
                .text_style(super::theme::statement_style())
                .color(ui.visuals().strong_text_color()),
        );
        ui.add_space(10.0);

        match &self.revealed {
            None => self.ask(ui, keys, out),
            Some(coding) => {
                let coding = coding.clone();
                revealed(ui, card, self.typed.trim(), coding.as_ref());
                if let Some(coding) = &coding {
                    self.coach_verdict(ui, coding, keys, out);
                }
                if let Some(collection) = collection
                    && !Self::grades_docked(ui.ctx())
                {
                    ui.add_space(10.0);
                    grade_panel(ui, collection, out);
                }
            }
        }
        self.had_focus = ui.memory(|m| m.focused().is_some());
    }
}
