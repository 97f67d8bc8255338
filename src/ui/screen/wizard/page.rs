//! The question pages and the check page. Every text is the flow's Fluent
//! key in the session's language; codes, numbers and e-mail addresses are
//! shown left-to-right on every page.

use iced::widget::{Column, Space, button, column, container, text};
use iced::{Alignment, Element, Length};

use super::{Message, Offers, State};
use crate::Library;
use crate::flows::answer::{Arg, Problem};
use crate::flows::session::{FieldError, SummaryRow};
use crate::flows::{Field, FieldKind};
use crate::i18n::{Args, Value, args};
use crate::keyboard::Layout;
use crate::ui::layout::{self, Ctx};
use crate::ui::{keyboard as osk, theme};

/// How many place names are suggested, in one row right above the
/// keyboard (where they stay in view however long the page is).
const SUGGESTIONS: usize = 4;

/// A validation problem in the session's language.
pub fn problem_text(ctx: &Ctx<'_>, problem: &Problem) -> String {
    let mut fluent = Args::new();
    for (name, arg) in &problem.args {
        let value = match arg {
            Arg::Text(t) => Value::from(t.clone()),
            Arg::Number(n) => Value::from(*n),
            Arg::Hundredths(h) => Value::from(*h as f64 / 100.0),
        };
        fluent.set(name.clone(), value);
    }
    ctx.tr.format(&problem.key, &fluent)
}

/// The line above the page: the service and where the person is, in
/// words and as a bar whose total never changes.
fn heading<'a>(ctx: &Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let (current, total) = state.session.position();
    let progress = ctx.tr.format(
        "wizard-progress",
        &args([
            ("current", Value::from(current)),
            ("total", Value::from(total)),
        ]),
    );
    let line = ctx.ends(
        vec![
            text(ctx.t(&state.service.name_key()))
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(theme::SMALL_TEXT_SIZE))
                .color(ctx.palette.text)
                .into(),
        ],
        vec![
            text(progress)
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(theme::SMALL_TEXT_SIZE))
                .color(ctx.palette.text)
                .into(),
        ],
    );
    let done = current as f32 / total.max(1) as f32;
    // The bar fills from the reading side.
    let done = if ctx.direction == crate::i18n::Direction::Rtl {
        1.0 - done
    } else {
        done
    };
    let bar = iced::widget::progress_bar(0.0..=1.0, done)
        .girth(ctx.px(12.0))
        .style(theme::progress(
            ctx.palette,
            ctx.direction == crate::i18n::Direction::Rtl,
        ));
    ctx.column(vec![line.into(), bar.into()])
        .spacing(theme::SPACING / 4.0)
        .into()
}

/// Back and Leave on the reading-start side, the main action on the other,
/// in a bar at the foot of the screen: the keyboard opens above it, so no
/// button moves under a finger.
fn nav<'a>(ctx: &Ctx<'a>, main: Option<(String, Message)>) -> Element<'a, Message> {
    let mut end = Vec::new();
    if let Some((label, message)) = main {
        end.push(ctx.button(label, message, true).into());
    }
    let start = vec![
        ctx.button(ctx.t("wizard-back"), Message::Back, false)
            .into(),
        ctx.button(ctx.t("wizard-leave"), Message::Leave, false)
            .into(),
    ];
    foot(ctx, start, end)
}

/// The bar at the foot of every page of a service (questions, check page,
/// results): one place on screen for Back, Continue and the ways out.
pub(super) fn foot<'a>(
    ctx: &Ctx<'a>,
    start: Vec<Element<'a, Message>>,
    end: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(ctx.ends(start, end))
        .padding([theme::SPACING, theme::PAGE_PADDING])
        .into()
}

/// "Leave?" in the middle of the screen, over the page: "No, stay" where
/// the forward button stands in the dialog, "Yes, leave" on the other side
/// (never where Continue was, so a second tap on Continue drops nothing).
fn leave_dialog<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let content = ctx
        .column(vec![
            ctx.paragraph(ctx.t("wizard-leave-question"), theme::HEADING_SIZE - 6.0),
            ctx.ends(
                vec![
                    ctx.button(ctx.t("wizard-leave-yes"), Message::LeaveConfirmed, false)
                        .into(),
                ],
                vec![
                    ctx.button(ctx.t("wizard-leave-no"), Message::Stay, true)
                        .into(),
                ],
            )
            .into(),
        ])
        .spacing(theme::SPACING * 2.0)
        .into();
    crate::ui::layout::dialog(ctx, content, 760.0)
}

/// What is wrong on the page, at its top: one line per field, each a way
/// to that field. While the keyboard is up the summary shrinks to the other fields'
/// lines (the field being typed into shows its own error under it), so the
/// field stays in view above the keyboard; none when that is the only one.
fn error_summary<'a>(ctx: &Ctx<'a>, state: &'a State) -> Option<Element<'a, Message>> {
    let typing = state.shown.is_some();
    let errors: Vec<_> = state
        .errors
        .iter()
        .filter(|e| !typing || state.active.as_deref() != Some(e.field.as_str()))
        .collect();
    if errors.is_empty() {
        return None;
    }
    let mut lines = Vec::new();
    if !typing {
        lines.push(ctx.text(ctx.t("error-summary-title"), theme::HEADING_SIZE - 6.0));
        lines.push(ctx.paragraph(ctx.t("error-summary-hint"), theme::TEXT_SIZE));
    }
    // Each line is a way to its field: a tap puts the keyboard there
    // (the fields above it fold), or shows an option field's choices.
    for error in errors {
        let label = ctx.t(&state.flow().label_key(&error.field));
        let line = container(
            text(ctx.tr.format(
                "error-summary-item",
                &args([
                    ("field", Value::from(label)),
                    ("problem", Value::from(problem_text(ctx, &error.problem))),
                ]),
            ))
            .font(ctx.font)
            .line_height(ctx.line_height())
            .size(ctx.px(theme::TEXT_SIZE))
            .color(ctx.palette.danger),
        )
        .width(Length::Fill)
        .align_x(ctx.start());
        lines.push(
            button(line)
                .on_press(Message::Focus(error.field.clone()))
                .padding(0)
                .width(Length::Fill)
                .style(theme::plain(ctx.palette))
                .into(),
        );
    }
    Some(
        container(ctx.column(lines).spacing(theme::SPACING / 2.0))
            .padding(theme::SPACING)
            .width(Length::Fill)
            .style(theme::error_summary(ctx.palette))
            .into(),
    )
}

/// The frame of every page: heading, error summary, the page's content
/// (scrolling if long), the keyboard, and the buttons at the foot.
fn frame<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    content: Vec<Element<'a, Message>>,
    main: Option<(String, Message)>,
    above_keyboard: Option<Element<'a, Message>>,
) -> Element<'a, Message> {
    let mut page: Vec<Element<'a, Message>> = vec![heading(ctx, state)];
    if let Some(summary) = error_summary(ctx, state) {
        page.push(summary);
    }
    page.push(
        crate::ui::layout::scroll(
            ctx.column(content)
                .spacing(theme::SPACING * 1.5)
                .padding([0.0, theme::SPACING]),
        )
        .height(Length::Fill)
        .into(),
    );
    let body = ctx
        .column(page)
        .spacing(theme::SPACING)
        .padding([theme::SPACING, theme::PAGE_PADDING]);
    let mut whole = column![body.height(Length::Fill)];
    if let Some(shown) = state.shown {
        if let Some(strip) = above_keyboard {
            whole =
                whole.push(container(strip).padding([theme::SPACING / 2.0, theme::PAGE_PADDING]));
        }
        whole = whole.push(osk::view(ctx, shown, Message::Key));
    }
    whole = whole.push(nav(ctx, main));
    if state.leaving {
        return iced::widget::stack![whole, leave_dialog(ctx)].into();
    }
    whole.into()
}

pub fn question<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    library: &'a Library,
    page: usize,
    item: Option<usize>,
) -> Element<'a, Message> {
    let flow = state.flow();
    let Some(flow_page) = flow.pages.get(page) else {
        return column![].into();
    };
    let fields = state.session.visible_fields(page, item);
    let mut content: Vec<Element<'a, Message>> = Vec::new();
    if let Some(i) = item {
        content.push(
            ctx.paragraph(
                ctx.tr
                    .format("wizard-person", &args([("number", Value::from(i + 1))])),
                theme::TEXT_SIZE,
            ),
        );
    }
    let single = fields.len() == 1;
    if !single {
        content.push(ctx.paragraph(ctx.t(&flow.page_key(&flow_page.id)), theme::HEADING_SIZE));
    } else if fields.first().is_some_and(|f| f.kind == FieldKind::Note) {
        // A page that only tells something still has a heading.
        content.push(ctx.paragraph(ctx.t("wizard-note-title"), theme::HEADING_SIZE));
    }
    // While the keyboard is up, the fields above the one it writes into
    // fold into one line each, so the active field and its suggestions are
    // always in view above the keyboard (no scrolling needed).
    let active = state
        .active
        .as_deref()
        .and_then(|a| fields.iter().position(|f| f.id == a));
    for (i, field) in fields.iter().enumerate() {
        if active.is_some_and(|a| i < a) && field.kind != FieldKind::Note {
            content.push(folded(&ctx, state, field));
        } else {
            content.push(self::field(&ctx, state, field, single));
        }
    }
    if state.session.ended() {
        return ended(ctx, state, content);
    }
    frame(
        &ctx,
        state,
        content,
        Some((ctx.t("wizard-continue"), Message::Continue)),
        suggestion_strip(&ctx, state, library, &fields),
    )
}

/// An end page ("you are exempt"): no Continue, the way home or out.
fn ended<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    content: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    let nav = foot(
        &ctx,
        vec![
            ctx.button(ctx.t("wizard-back"), Message::Back, false)
                .into(),
        ],
        vec![
            ctx.button(ctx.t("wizard-ended-services"), Message::Home, false)
                .into(),
            ctx.button(ctx.t("wizard-ended-finish"), Message::Finish, true)
                .into(),
        ],
    );
    column![
        container(
            ctx.column(vec![
                heading(&ctx, state),
                ctx.column(content).spacing(theme::SPACING * 1.5).into(),
            ])
            .spacing(theme::SPACING),
        )
        .padding([theme::SPACING, theme::PAGE_PADDING])
        .height(Length::Fill),
        nav,
    ]
    .into()
}

fn field<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    field: &'a Field,
    single: bool,
) -> Element<'a, Message> {
    let flow = state.flow();
    if field.kind == FieldKind::Note {
        return ctx.paragraph(ctx.t(&flow.label_key(&field.id)), theme::TEXT_SIZE + 2.0);
    }
    let error = state.errors.iter().find(|e| e.field == field.id);
    let mut parts = field_header(ctx, state, field, single, error);
    let value = state.inputs.get(&field.id).map_or("", String::as_str);
    match field.kind {
        FieldKind::Choice => {
            if field.multiple {
                parts.push(ctx.paragraph(ctx.t("wizard-choose-many"), theme::SMALL_TEXT_SIZE));
            }
            parts.push(choices(ctx, state, field, value));
        }
        FieldKind::YesNo => {
            let tiles = [("yes", "wizard-yes"), ("no", "wizard-no")]
                .into_iter()
                .map(|(option, key)| {
                    option_tile(
                        ctx,
                        ctx.t(key),
                        value == option,
                        Message::Choose {
                            field: field.id.clone(),
                            option: option.to_owned(),
                        },
                    )
                })
                .collect();
            parts.push(ctx.tiles(tiles, 2, theme::SPACING).into());
        }
        FieldKind::AgencyChoice => parts.push(agency_choice(ctx, state, field, value)),
        _ => return typed_field(ctx, state, field, parts, error.is_some()),
    }
    ctx.column(parts).spacing(theme::SPACING / 2.0).into()
}

/// The form an answer takes beside its question, before anything is typed
/// (not only in the error): a date's digits, a name's Latin letters as in
/// the passport (with a picture of the passport's page, the name lines
/// marked).
fn with_format<'a>(
    ctx: &Ctx<'a>,
    field: &Field,
    label: Element<'a, Message>,
) -> Element<'a, Message> {
    let format = match field.kind {
        FieldKind::Date => "wizard-format-date",
        FieldKind::Name => "wizard-format-name",
        _ => return label,
    };
    let mut parts = vec![
        label,
        text(ctx.t(format))
            .font(ctx.font)
            .line_height(ctx.line_height())
            .size(ctx.px(theme::SMALL_TEXT_SIZE))
            .color(ctx.palette.muted)
            .into(),
    ];
    if field.kind == FieldKind::Name {
        // Where on the passport the name is written.
        let size = crate::ui::pictures::PASSPORT_SIZE;
        parts.push(
            iced::widget::canvas(crate::ui::pictures::PassportPage {
                palette: ctx.palette,
            })
            .width(ctx.px(size.width))
            .height(ctx.px(size.height))
            .into(),
        );
    }
    ctx.row(parts)
        .spacing(theme::SPACING)
        .align_y(Alignment::Center)
        .into()
}

/// The question, "optional", its hint and what is wrong with the answer.
fn field_header<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    field: &'a Field,
    single: bool,
    error: Option<&'a FieldError>,
) -> Vec<Element<'a, Message>> {
    let flow = state.flow();
    let label_size = if single {
        theme::HEADING_SIZE
    } else {
        theme::TEXT_SIZE + 4.0
    };
    let label = with_format(
        ctx,
        field,
        ctx.paragraph(ctx.t(&flow.label_key(&field.id)), label_size),
    );
    let mut parts = vec![label];
    if !field.required {
        parts.push(muted(ctx, ctx.t("wizard-optional")));
    }
    if field.hint {
        parts.push(muted(ctx, ctx.t(&flow.hint_key(&field.id))));
    }
    if let Some(error) = error {
        parts.push(
            container(
                text(problem_text(ctx, &error.problem))
                    .font(ctx.font)
                    .line_height(ctx.line_height())
                    .size(ctx.px(theme::TEXT_SIZE))
                    .color(ctx.palette.danger),
            )
            .width(Length::Fill)
            .align_x(ctx.start())
            .into(),
        );
    }
    parts
}

/// The options of a choice, one tile each (several may be chosen); two, or
/// four and more, short ones two to a row, so the page needs no scrolling.
fn choices<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    field: &'a Field,
    value: &str,
) -> Element<'a, Message> {
    let flow = state.flow();
    let chosen: Vec<&str> = value.split(',').collect();
    let labels: Vec<String> = field
        .options
        .iter()
        .map(|option| ctx.t(&flow.option_key(&field.id, option)))
        .collect();
    let short = labels.iter().all(|l| l.chars().count() <= 28);
    let pairs = field.options.len() == 2 || field.options.len() >= 4;
    let columns = if pairs && short { 2 } else { 1 };
    let options = field.options.iter().zip(labels).map(|(option, label)| {
        option_tile(
            ctx,
            label,
            chosen.contains(&option.as_str()),
            Message::Choose {
                field: field.id.clone(),
                option: option.clone(),
            },
        )
    });
    ctx.tiles(options.collect(), columns, theme::SPACING).into()
}

/// A field typed on the keyboard: the whole field (question, hint, box)
/// is one target, a tap anywhere on it puts the keyboard there (place
/// names get suggestions above the keyboard).
fn typed_field<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    field: &'a Field,
    mut parts: Vec<Element<'a, Message>>,
    wrong: bool,
) -> Element<'a, Message> {
    let value = state.inputs.get(&field.id).map_or("", String::as_str);
    parts.push(typed_box(ctx, state, field, value, wrong));
    let tappable = button(ctx.column(parts).spacing(theme::SPACING / 2.0))
        .on_press(Message::Focus(field.id.clone()))
        .padding(0)
        .width(Length::Fill)
        .style(theme::plain(ctx.palette));
    tappable.into()
}

/// A field above the active one while the keyboard is up: its question and
/// what is in it, on one line; a tap opens it again.
fn folded<'a>(ctx: &Ctx<'a>, state: &'a State, field: &'a Field) -> Element<'a, Message> {
    let flow = state.flow();
    let value = state.inputs.get(&field.id).cloned().unwrap_or_default();
    let shown = match field.kind {
        FieldKind::Choice | FieldKind::YesNo if !value.is_empty() => value
            .split(',')
            .map(|o| match field.kind {
                FieldKind::YesNo => ctx.t(if o == "yes" {
                    "wizard-yes"
                } else {
                    "wizard-no"
                }),
                _ => ctx.t(&flow.option_key(&field.id, o)),
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => value,
    };
    let line = ctx
        .row(vec![
            text(ctx.t(&flow.label_key(&field.id)))
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(theme::SMALL_TEXT_SIZE))
                .color(ctx.palette.muted)
                .into(),
            text(shown.clone())
                .font(crate::ui::fonts::for_text(&shown, ctx.font))
                .line_height(crate::ui::fonts::line_height(crate::ui::fonts::for_text(
                    &shown, ctx.font,
                )))
                .size(ctx.px(theme::TEXT_SIZE))
                .into(),
        ])
        .spacing(theme::SPACING)
        .align_y(Alignment::Center);
    button(container(line).width(Length::Fill).align_x(ctx.start()))
        .on_press(Message::Focus(field.id.clone()))
        .padding([theme::SPACING / 2.0, theme::SPACING])
        .width(Length::Fill)
        .style(theme::tile(ctx.palette, false))
        .into()
}

/// Secondary text (hints, "if you want"), aligned to the reading start.
fn muted<'a>(ctx: &Ctx<'a>, content: String) -> Element<'a, Message> {
    container(
        text(content)
            .font(ctx.font)
            .line_height(ctx.line_height())
            .size(ctx.px(theme::TEXT_SIZE))
            .color(ctx.palette.muted),
    )
    .width(Length::Fill)
    .align_x(ctx.start())
    .into()
}

/// A tappable answer with a round mark, filled when chosen.
fn option_tile<'a>(
    ctx: &Ctx<'a>,
    label: String,
    chosen: bool,
    message: Message,
) -> Element<'a, Message> {
    let palette = ctx.palette;
    let mark = container(Space::new().width(18).height(18))
        .padding(5)
        .style(move |_| container::Style {
            background: chosen.then_some(iced::Background::Color(palette.primary_dark)),
            border: iced::Border {
                color: palette.primary_dark,
                width: 3.0,
                radius: 16.0.into(),
            },
            ..container::Style::default()
        });
    let content = ctx
        .row(vec![
            mark.into(),
            text(ctx.directed(label.clone()))
                .font(crate::ui::fonts::for_text(&label, ctx.font))
                .line_height(crate::ui::fonts::line_height(crate::ui::fonts::for_text(
                    &label, ctx.font,
                )))
                .size(ctx.px(theme::TEXT_SIZE))
                .into(),
        ])
        .spacing(theme::SPACING)
        .align_y(Alignment::Center);
    button(
        container(content)
            .width(Length::Fill)
            .align_x(ctx.start())
            .center_y(Length::Fill),
    )
    .on_press(message)
    .width(Length::Fill)
    .height(Length::Fixed(ctx.px(theme::TAP_TARGET)))
    .padding([0.0, theme::SPACING])
    .style(theme::tile(ctx.palette, chosen))
    .into()
}

/// The box that shows what the keyboard typed; a tap puts the keyboard on
/// it. Data Latin by nature is written left to right in the Latin face.
fn typed_box<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    field: &'a Field,
    value: &'a str,
    error: bool,
) -> Element<'a, Message> {
    let active = state.active.as_deref() == Some(field.id.as_str());
    let layout = Layout::choices(field.kind, state.language_keyboard)
        .first()
        .copied();
    let latin = layout.is_some_and(Layout::is_latin_by_nature);
    let shown: Element<'a, Message> = if value.is_empty() && !active {
        text(ctx.t("wizard-type-here"))
            .font(ctx.font)
            .line_height(ctx.line_height())
            .size(ctx.px(theme::TEXT_SIZE))
            .color(ctx.palette.muted)
            .into()
    } else {
        let font = if latin {
            crate::ui::fonts::LATIN
        } else {
            crate::ui::fonts::for_text(value, ctx.font)
        };
        // The caret where the keyboard writes; a tap between two letters
        // moves it there.
        let caret = active.then(|| {
            state.caret.map_or(value.len(), |c| {
                value.char_indices().nth(c).map_or(value.len(), |(b, _)| b)
            })
        });
        let shown = match caret {
            Some(at) => format!("{}|{}", &value[..at], &value[at..]),
            None => value.to_owned(),
        };
        let field_id = field.id.clone();
        let tapped = move |byte: usize| Message::Caret {
            field: field_id.clone(),
            at: letters_before(value, caret, byte),
        };
        crate::ui::tap_text::TapText::new(
            text(shown)
                .font(font)
                .line_height(crate::ui::fonts::line_height(font))
                .size(ctx.px(theme::TEXT_SIZE + 4.0)),
            tapped,
        )
        .into()
    };
    let inner = container(shown)
        .width(Length::Fill)
        .align_x(ctx.start())
        .center_y(Length::Fill)
        .padding([0.0, theme::SPACING]);
    container(inner)
        .height(Length::Fixed(ctx.px(theme::TAP_TARGET)))
        .style(theme::input(ctx.palette, active, error))
        .into()
}

/// A place name's suggestions, for the row right above the keyboard.
fn suggestion_strip<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    library: &'a Library,
    fields: &[&'a Field],
) -> Option<Element<'a, Message>> {
    let field = fields.iter().find(|f| {
        matches!(f.kind, FieldKind::Comune | FieldKind::Country)
            && state.active.as_deref() == Some(f.id.as_str())
    })?;
    let value = state.inputs.get(&field.id).map_or("", String::as_str);
    Some(suggestions(ctx, state, library, field, value))
}

/// The letter index in `value` of a caret position tapped in the text as
/// shown (`byte`, an offset in it), where the caret's mark `|` stands at
/// byte `mark` (and is not counted).
fn letters_before(value: &str, mark: Option<usize>, byte: usize) -> usize {
    let byte = match mark {
        Some(at) if byte > at => byte - 1,
        _ => byte,
    };
    value.char_indices().take_while(|(b, _)| *b < byte).count()
}

/// One suggested place: a state in the person's script beside its Italian
/// name ("বাংলাদেশ — Bangladesh", the name the office uses), a
/// municipality with its province.
fn suggestion<'a>(
    ctx: &Ctx<'a>,
    library: &'a Library,
    field: &'a Field,
    place: &crate::places::Place,
    language: &str,
) -> Element<'a, Message> {
    let label = match (
        &place.province,
        library.places.local_name(&place.code, language),
    ) {
        (Some(p), _) => format!("{} ({p})", place.name),
        (None, Some(own)) if !own.eq_ignore_ascii_case(&place.name) => {
            format!("{own} — {}", place.name)
        }
        (None, _) => place.name.clone(),
    };
    let face = crate::ui::fonts::for_text(&label, ctx.font);
    button(
        container(
            text(label)
                .font(face)
                .line_height(crate::ui::fonts::line_height(face))
                .size(ctx.px(theme::TEXT_SIZE)),
        )
        .center_y(Length::Fill),
    )
    .on_press(Message::Suggest {
        field: field.id.clone(),
        name: place.name.clone(),
    })
    .width(Length::Fill)
    .height(Length::Fixed(ctx.px(theme::TAP_TARGET)))
    .padding([0.0, theme::SPACING])
    .style(theme::tile(ctx.palette, false))
    .into()
}

/// Municipalities or states whose name starts as typed, as tiles.
fn suggestions<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    library: &'a Library,
    field: &'a Field,
    value: &str,
) -> Element<'a, Message> {
    if value.trim().chars().count() < 2 {
        return column![].into();
    }
    let foreign = field.kind == FieldKind::Country;
    let language = ctx.tr.lang().as_str();
    let found =
        library
            .places
            .suggest(value, foreign, state.session.today(), SUGGESTIONS, language);
    if found.len() == 1 && found[0].name.eq_ignore_ascii_case(value.trim()) {
        return column![].into();
    }
    if found.is_empty() {
        return ctx.paragraph(ctx.t("wizard-no-suggestion"), theme::SMALL_TEXT_SIZE);
    }
    let tiles = found
        .into_iter()
        .map(|place| suggestion(ctx, library, field, place, language))
        .collect();
    ctx.column(vec![
        ctx.paragraph(ctx.t("wizard-suggestions"), theme::SMALL_TEXT_SIZE),
        ctx.tiles(tiles, SUGGESTIONS, theme::SPACING / 2.0).into(),
    ])
    .spacing(theme::SPACING / 4.0)
    .into()
}

/// The options an agency offers (CUP slots, courses…), once it answered.
fn agency_choice<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    field: &'a Field,
    value: &'a str,
) -> Element<'a, Message> {
    let flow = state.flow();
    match state.offers.get(&field.id) {
        None | Some(Offers::Loading) => ctx.paragraph(ctx.t("wizard-asking"), theme::TEXT_SIZE),
        Some(Offers::Failed(key)) => ctx
            .column(vec![
                ctx.paragraph(ctx.t(key), theme::TEXT_SIZE),
                ctx.button(ctx.t("wizard-try-again"), Message::RetryOffers, true)
                    .into(),
            ])
            .spacing(theme::SPACING)
            .into(),
        Some(Offers::Ready) => {
            let offers = state.session.offers(&field.id);
            if offers.is_empty() {
                return ctx.paragraph(
                    ctx.t(&flow.message_key(&format!("{}-none", field.id))),
                    theme::TEXT_SIZE,
                );
            }
            if offers
                .iter()
                .all(|o| o.starts_at.is_some() && o.place.is_some())
            {
                return slots_by_day(ctx, field, offers, value);
            }
            let tiles = offers
                .iter()
                .map(|offer| offer_tile(ctx, field, offer, offer.label.clone(), value))
                .collect();
            ctx.column(tiles).spacing(theme::SPACING).into()
        }
    }
}

fn offer_tile<'a>(
    ctx: &Ctx<'a>,
    field: &'a Field,
    offer: &'a crate::flows::Offer,
    label: String,
    value: &str,
) -> Element<'a, Message> {
    option_tile(
        ctx,
        label,
        value == offer.id,
        Message::Choose {
            field: field.id.clone(),
            option: offer.id.clone(),
        },
    )
}

/// Slots under their day (the weekday in the person's language and the
/// date), each as its time and place, the earliest first.
fn slots_by_day<'a>(
    ctx: &Ctx<'a>,
    field: &'a Field,
    offers: &'a [crate::flows::Offer],
    value: &str,
) -> Element<'a, Message> {
    let mut days: std::collections::BTreeMap<jiff::civil::Date, Vec<&crate::flows::Offer>> =
        std::collections::BTreeMap::new();
    for offer in offers {
        if let Some(at) = offer.starts_at {
            days.entry(at.date()).or_default().push(offer);
        }
    }
    let mut parts = Vec::new();
    for (day, mut slots) in days {
        slots.sort_by_key(|o| o.starts_at);
        let weekday = ctx.t(&format!("weekday-{}", day.weekday().to_monday_one_offset()));
        parts.push(ctx.paragraph(
            format!("{weekday} {}", crate::flows::answer::format_date(day)),
            theme::TEXT_SIZE + 4.0,
        ));
        for offer in slots {
            let time = offer
                .starts_at
                .map(|t| t.strftime("%H:%M").to_string())
                .unwrap_or_default();
            let place = offer.place.clone().unwrap_or_default();
            parts.push(offer_tile(
                ctx,
                field,
                offer,
                format!("{time} — {place}"),
                value,
            ));
        }
    }
    ctx.column(parts).spacing(theme::SPACING).into()
}

/// "Add another person?" after the items of a repeat group.
pub fn add_another<'a>(ctx: Ctx<'a>, state: &'a State, group: &'a str) -> Element<'a, Message> {
    let flow = state.flow();
    let content = vec![
        ctx.paragraph(ctx.t(&flow.add_another_key(group)), theme::HEADING_SIZE),
        ctx.tiles(
            vec![
                option_tile(
                    &ctx,
                    ctx.t("wizard-add-another-yes"),
                    false,
                    Message::AddAnother(true),
                ),
                option_tile(
                    &ctx,
                    ctx.t("wizard-add-another-no"),
                    false,
                    Message::AddAnother(false),
                ),
            ],
            2,
            theme::SPACING,
        )
        .into(),
    ];
    frame(&ctx, state, content, None, None)
}

/// Check your answers: every question with its answer and a Change button;
/// the main button names what it does.
pub fn check<'a>(ctx: Ctx<'a>, state: &'a State, library: &'a Library) -> Element<'a, Message> {
    let mut content: Vec<Element<'a, Message>> = vec![
        ctx.paragraph(ctx.t("check-title"), theme::HEADING_SIZE),
        ctx.paragraph(ctx.t("check-hint"), theme::TEXT_SIZE),
    ];
    let mut last_item = None;
    let mut rows: Column<'a, Message> = ctx.column(Vec::new()).spacing(theme::SPACING);
    for row in state.session.summary() {
        if row.item.is_some()
            && row.item != last_item
            && let Some(i) = row.item
        {
            rows = rows.push(
                ctx.paragraph(
                    ctx.tr
                        .format("wizard-person", &args([("number", Value::from(i + 1))])),
                    theme::TEXT_SIZE + 4.0,
                ),
            );
        }
        last_item = row.item;
        rows = rows.push(check_row(&ctx, state, library, row));
    }
    content.push(rows.into());
    frame(
        &ctx,
        state,
        content,
        Some((ctx.t(state.send_key()), Message::Send)),
        None,
    )
}

/// One answer on the check page: the question, the answer as the person
/// gave it, and "Change".
fn check_row<'a>(
    ctx: &Ctx<'a>,
    state: &'a State,
    library: &'a Library,
    row: SummaryRow,
) -> Element<'a, Message> {
    let flow = state.flow();
    let answer = match &row.answer {
        None => ctx.t("check-not-provided"),
        Some(a) => a.shown(
            flow,
            &row.field,
            &library.places,
            state.session.today(),
            |k| ctx.t(k),
        ),
    };
    let kind = flow.field(&row.field).map(|(_, f)| f.kind);
    let latin = kind.is_some_and(|k| {
        Layout::choices(k, crate::i18n::KeyboardLayout::LatinItalian)
            .first()
            .is_some_and(|l| l.is_latin_by_nature())
    });
    let shown_answer = if latin {
        layout::latin_value(ctx, answer, theme::TEXT_SIZE + 2.0)
    } else {
        layout::value(ctx, answer, theme::TEXT_SIZE + 2.0)
    };
    let texts = ctx
        .column(vec![
            container(
                text(ctx.t(&flow.label_key(&row.field)))
                    .font(ctx.font)
                    .line_height(ctx.line_height())
                    .size(ctx.px(theme::SMALL_TEXT_SIZE))
                    .color(ctx.palette.muted),
            )
            .width(Length::Fill)
            .align_x(ctx.start())
            .into(),
            shown_answer,
        ])
        .width(Length::Fill);
    container(
        ctx.row(vec![
            texts.into(),
            ctx.button(ctx.t("check-change"), Message::Change(row.step), false)
                .into(),
        ])
        .spacing(theme::SPACING)
        .align_y(Alignment::Center),
    )
    .padding(theme::SPACING)
    .style(theme::section(ctx.palette))
    .into()
}
