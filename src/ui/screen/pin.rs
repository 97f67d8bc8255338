//! The operator's PIN pad: digits shown as dots, the number of attempts
//! left after a wrong PIN, the remaining lock time. The PIN is checked off
//! the UI thread (Argon2id) and overwritten as soon as it has been checked.

use iced::widget::{Row, button, column, container, text};
use iced::{Element, Length};
use zeroize::Zeroize;

use crate::i18n::{Value, args};
use crate::operator::Verdict;
use crate::ui::contract::{Action, Env, To};
use crate::ui::job;
use crate::ui::layout::Ctx;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    Digit(char),
    Delete,
    Enter,
    Cancel,
    /// The door's verdict on the PIN (a job's result).
    Checked(Verdict),
}

impl Message {
    /// A job's result, not a touch.
    pub fn is_result(&self) -> bool {
        matches!(self, Message::Checked(_))
    }
}

/// What the pad says under the dots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Checking,
    Wrong { attempts_left: u32 },
    Locked { seconds: u64 },
}

impl Notice {
    fn locked(remaining: std::time::Duration) -> Self {
        Notice::Locked {
            seconds: remaining.as_secs().max(1),
        }
    }
}

#[derive(Debug, Default)]
pub struct State {
    typed: String,
    pub notice: Option<Notice>,
}

impl State {
    /// The pad as it opens: says so at once if the door is locked.
    pub fn open(locked: Option<std::time::Duration>) -> Self {
        Self {
            typed: String::new(),
            notice: locked.map(Notice::locked),
        }
    }

    pub fn update(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        match message {
            Message::Cancel => {
                self.wipe();
                return Action::Navigate(To::Behind);
            }
            Message::Checked(verdict) => return self.checked(verdict),
            _ => {}
        }
        if let Some(remaining) = env.desk.pin_locked(env.now) {
            self.notice = Some(Notice::locked(remaining));
            return Action::None;
        }
        match message {
            Message::Digit(d) if self.typed.len() < *crate::operator::PIN_DIGITS.end() => {
                self.typed.push(d)
            }
            Message::Delete => {
                self.typed.pop();
            }
            Message::Enter if self.typed.len() >= *crate::operator::PIN_DIGITS.start() => {
                self.notice = Some(Notice::Checking);
                let pin = zeroize::Zeroizing::new(std::mem::take(&mut self.typed));
                return Action::Run(job::check_pin(pin, env.now).map(Message::Checked));
            }
            _ => {}
        }
        Action::None
    }

    fn checked(&mut self, verdict: Verdict) -> Action<Message> {
        match verdict {
            Verdict::Accepted => return Action::Navigate(To::Operator),
            Verdict::Wrong { attempts_left } => {
                self.notice = Some(Notice::Wrong { attempts_left });
            }
            Verdict::Locked { remaining } => self.notice = Some(Notice::locked(remaining)),
        }
        Action::None
    }

    pub fn wipe(&mut self) {
        self.typed.zeroize();
    }
}

impl Drop for State {
    fn drop(&mut self) {
        self.typed.zeroize();
    }
}

/// What the pad says under the dots.
fn notice_text(ctx: &Ctx<'_>, notice: Option<Notice>) -> String {
    match notice {
        None => String::new(),
        Some(Notice::Checking) => ctx.t("pin-checking"),
        Some(Notice::Wrong { attempts_left }) => ctx
            .tr
            .format("pin-wrong", &args([("left", Value::from(attempts_left))])),
        Some(Notice::Locked { seconds }) => ctx
            .tr
            .format("pin-locked", &args([("seconds", Value::from(seconds))])),
    }
}

pub fn view<'a>(ctx: Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let dots = "•".repeat(state.typed.len());
    let notice = notice_text(&ctx, state.notice);
    let key = |label: String, message: Message| -> Element<'a, Message> {
        // Digits large; the word keys (Delete, Enter) in text size.
        let size = if label.chars().count() == 1 {
            theme::HEADING_SIZE
        } else {
            theme::TEXT_SIZE
        };
        button(
            container(text(label).size(size))
                .center_x(Length::Fill)
                .center_y(Length::Fill),
        )
        .on_press(message)
        .width(160)
        .height(theme::TAP_TARGET + 8.0)
        .style(theme::key(ctx.palette))
        .into()
    };
    let mut pad = column![].spacing(theme::SPACING);
    for row in ["123", "456", "789"] {
        pad = pad.push(
            Row::with_children(row.chars().map(|d| key(d.to_string(), Message::Digit(d))))
                .spacing(theme::SPACING),
        );
    }
    pad = pad.push(
        Row::with_children([
            key(ctx.t("pin-delete"), Message::Delete),
            key("0".into(), Message::Digit('0')),
            key(ctx.t("pin-enter"), Message::Enter),
        ])
        .spacing(theme::SPACING),
    );
    let content = column![
        text(ctx.t("pin-title")).size(theme::HEADING_SIZE),
        text(ctx.t("pin-hint")).size(theme::TEXT_SIZE),
        container(text(dots).size(theme::TITLE_SIZE))
            .height(theme::TITLE_SIZE * 1.5)
            .center_x(Length::Fill),
        text(notice)
            .size(theme::TEXT_SIZE)
            .color(ctx.palette.danger),
        container(pad).center_x(Length::Fill),
        ctx.button(ctx.t("pin-cancel"), Message::Cancel, false),
    ]
    .spacing(theme::SPACING * 1.5)
    .align_x(iced::Alignment::Center);
    container(content)
        .center_x(Length::Fill)
        .center_y(Length::Fill)
        .into()
}
