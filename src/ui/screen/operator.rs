//! The operator's panel: the outbox (no personal data: reference, service,
//! state, age, attempts, last error class) with retry, cancel with a reason
//! and reprint; the kiosk's health; the statistics of today, the last week
//! or month; assisted sessions; the monthly CSV; leaving the kiosk.
//! Shown in the kiosk's default language.

use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Length};

use crate::i18n::{Value, args};
use crate::monitoring::ServiceFigures;
use crate::outbox::{CancelReason, Entry};
use crate::printing::PrinterStatus;
use crate::ui::layout::{self, Ctx};
use crate::ui::theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Outbox,
    Health,
    Statistics,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Today,
    Week,
    Month,
}

impl Period {
    pub fn span(self) -> jiff::SignedDuration {
        match self {
            Period::Today => jiff::SignedDuration::from_hours(24),
            Period::Week => jiff::SignedDuration::from_hours(24 * 7),
            Period::Month => jiff::SignedDuration::from_hours(24 * 30),
        }
    }
}

/// What the health tab shows.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// Queue name and its problem's Fluent key (`None`: ready).
    pub printers: Vec<(String, Option<&'static str>)>,
    pub disk_free_mib: Option<u64>,
    pub pending: u64,
    pub oldest_pending_minutes: Option<u64>,
    pub metrics: Option<std::net::SocketAddr>,
    pub training: bool,
}

impl Health {
    /// The key of a printer's state as read by CUPS.
    pub fn printer_state(
        status: &Result<PrinterStatus, crate::printing::PrintError>,
    ) -> Option<&'static str> {
        match status {
            Ok(status) => status.problem_key(),
            Err(_) => Some("printer-offline"),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Period(Period),
    Refresh,
    Retry(String),
    AskCancel(String),
    Cancel(String, CancelReason),
    KeepIt,
    Reprint(String),
    StartAssisted,
    Export,
    LeaveKiosk,
    Close,
    // Results of the panel's jobs.
    Entries(Vec<Entry>),
    Figures(Vec<ServiceFigures>),
    HealthRead(Health),
    Exported(Result<String, ()>),
}

#[derive(Debug, Default)]
pub struct State {
    pub tab: Tab,
    pub period: Period,
    entries: Vec<Entry>,
    figures: Vec<ServiceFigures>,
    health: Health,
    cancelling: Option<String>,
    notice: Option<String>,
}

impl State {
    /// Stores a result; true when the message was a result.
    pub fn take_result(&mut self, message: &Message, ctx: &Ctx<'_>) -> bool {
        match message {
            Message::Entries(entries) => self.entries = entries.clone(),
            Message::Figures(figures) => self.figures = figures.clone(),
            Message::HealthRead(health) => self.health = health.clone(),
            Message::Exported(Ok(file)) => {
                self.notice = Some(ctx.tr.format(
                    "operator-exported",
                    &args([("file", Value::from(file.clone()))]),
                ));
            }
            Message::Exported(Err(())) => self.notice = Some(ctx.t("operator-export-failed")),
            _ => return false,
        }
        true
    }

    pub fn ask_cancel(&mut self, reference: Option<String>) {
        self.cancelling = reference;
    }

    /// The references in the outbox list (tests).
    pub fn references(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.reference.as_str()).collect()
    }
}

fn cell<'a>(content: String, portion: u16) -> Element<'a, Message> {
    container(text(content).size(theme::SMALL_TEXT_SIZE))
        .width(Length::FillPortion(portion))
        .into()
}

fn small<'a>(
    ctx: &Ctx<'a>,
    label: String,
    message: Message,
    primary: bool,
) -> Element<'a, Message> {
    button(text(label).size(theme::SMALL_TEXT_SIZE))
        .on_press(message)
        .padding([theme::SPACING / 2.0, theme::SPACING])
        .style(if primary {
            theme::primary(ctx.palette)
        } else {
            theme::secondary(ctx.palette)
        })
        .into()
}

pub fn view<'a>(ctx: Ctx<'a>, state: &'a State, now: jiff::Timestamp) -> Element<'a, Message> {
    let tabs = row![
        ctx.button(
            ctx.t("operator-outbox"),
            Message::Tab(Tab::Outbox),
            state.tab == Tab::Outbox
        ),
        ctx.button(
            ctx.t("operator-health"),
            Message::Tab(Tab::Health),
            state.tab == Tab::Health
        ),
        ctx.button(
            ctx.t("operator-statistics"),
            Message::Tab(Tab::Statistics),
            state.tab == Tab::Statistics
        ),
        ctx.button(ctx.t("operator-refresh"), Message::Refresh, false),
    ]
    .spacing(theme::SPACING);
    let actions = row![
        ctx.button(ctx.t("operator-assisted"), Message::StartAssisted, true),
        ctx.button(ctx.t("operator-export"), Message::Export, false),
        ctx.button(ctx.t("operator-leave-kiosk"), Message::LeaveKiosk, false),
        ctx.button(ctx.t("operator-close"), Message::Close, false),
    ]
    .spacing(theme::SPACING);
    let body = match state.tab {
        Tab::Outbox => outbox(&ctx, state, now),
        Tab::Health => health(&ctx, state),
        Tab::Statistics => statistics(&ctx, state),
    };
    let mut page = column![
        text(ctx.t("operator-title")).size(theme::HEADING_SIZE),
        tabs,
    ]
    .spacing(theme::SPACING);
    if let Some(notice) = &state.notice {
        page = page.push(text(notice.clone()).size(theme::TEXT_SIZE));
    }
    page = page
        .push(layout::scroll(body).height(Length::Fill))
        .push(actions);
    container(page)
        .padding(theme::PAGE_PADDING)
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
}

fn outbox<'a>(ctx: &Ctx<'a>, state: &'a State, now: jiff::Timestamp) -> Element<'a, Message> {
    if state.entries.is_empty() {
        return text(ctx.t("outbox-empty")).size(theme::TEXT_SIZE).into();
    }
    let mut list = Column::new().spacing(theme::SPACING / 2.0).push(row![
        cell(ctx.t("outbox-reference"), 3),
        cell(ctx.t("outbox-service"), 4),
        cell(ctx.t("outbox-state"), 3),
        cell(ctx.t("outbox-age"), 2),
        cell(ctx.t("outbox-attempts"), 1),
        cell(ctx.t("outbox-error"), 3),
        cell(String::new(), 5),
    ]);
    for entry in &state.entries {
        let minutes = now.duration_since(entry.created_at).as_secs().max(0) / 60;
        let age = ctx
            .tr
            .format("outbox-minutes", &args([("minutes", Value::from(minutes))]));
        let mut buttons = row![].spacing(theme::SPACING / 2.0);
        let pending = matches!(
            entry.state,
            crate::outbox::State::Queued
                | crate::outbox::State::RetryWait
                | crate::outbox::State::NeedsOperator
        );
        if pending {
            buttons = buttons
                .push(small(
                    ctx,
                    ctx.t("outbox-retry"),
                    Message::Retry(entry.reference.clone()),
                    true,
                ))
                .push(small(
                    ctx,
                    ctx.t("outbox-cancel"),
                    Message::AskCancel(entry.reference.clone()),
                    false,
                ));
        }
        if entry.state == crate::outbox::State::Delivered || pending {
            buttons = buttons.push(small(
                ctx,
                ctx.t("outbox-reprint"),
                Message::Reprint(entry.reference.clone()),
                false,
            ));
        }
        list = list.push(
            row![
                container(text(entry.reference.clone()).size(theme::SMALL_TEXT_SIZE))
                    .width(Length::FillPortion(3)),
                cell(ctx.t(&format!("service-{}", entry.service)), 4),
                cell(ctx.t(&format!("outbox-state-{}", entry.state.as_str())), 3),
                cell(age, 2),
                cell(entry.attempts.to_string(), 1),
                cell(entry.last_error.clone().unwrap_or_default(), 3),
                container(buttons).width(Length::FillPortion(5)),
            ]
            .align_y(iced::Alignment::Center),
        );
        if state.cancelling.as_deref() == Some(entry.reference.as_str()) {
            let reasons = [
                CancelReason::Withdrawn,
                CancelReason::Duplicate,
                CancelReason::WrongData,
                CancelReason::HandledElsewhere,
            ]
            .into_iter()
            .map(|reason| {
                small(
                    ctx,
                    ctx.t(&format!("outbox-cancel-{}", reason.as_str())),
                    Message::Cancel(entry.reference.clone(), reason),
                    false,
                )
            });
            let mut choice =
                row![text(ctx.t("outbox-cancel-question")).size(theme::SMALL_TEXT_SIZE)]
                    .spacing(theme::SPACING / 2.0)
                    .align_y(iced::Alignment::Center);
            for r in reasons {
                choice = choice.push(r);
            }
            choice = choice.push(small(ctx, ctx.t("pin-cancel"), Message::KeepIt, true));
            list = list.push(
                container(choice)
                    .padding(theme::SPACING / 2.0)
                    .style(theme::section(ctx.palette)),
            );
        }
    }
    list.into()
}

fn health<'a>(ctx: &Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let h = &state.health;
    let mut lines = Column::new().spacing(theme::SPACING);
    if h.training {
        lines = lines.push(text(ctx.t("health-training")).size(theme::TEXT_SIZE));
    }
    for (queue, problem) in &h.printers {
        let state = problem.map_or_else(|| ctx.t("health-printer-ok"), |key| ctx.t(key));
        lines = lines.push(
            text(format!("{} «{queue}»: {state}", ctx.t("health-printer"))).size(theme::TEXT_SIZE),
        );
    }
    if let Some(mib) = h.disk_free_mib {
        lines =
            lines.push(text(format!("{}: {mib} MiB", ctx.t("health-disk"))).size(theme::TEXT_SIZE));
    }
    let mut queue = format!("{}: {}", ctx.t("health-queue"), h.pending);
    if let Some(minutes) = h.oldest_pending_minutes {
        queue.push_str(&format!(
            " — {}",
            ctx.tr
                .format("health-oldest", &args([("minutes", Value::from(minutes))]))
        ));
    }
    lines = lines.push(text(queue).size(theme::TEXT_SIZE));
    let metrics = h.metrics.map_or_else(
        || ctx.t("health-metrics-off"),
        |a| format!("http://{a}/metrics"),
    );
    lines =
        lines.push(text(format!("{}: {metrics}", ctx.t("health-metrics"))).size(theme::TEXT_SIZE));
    lines.into()
}

fn statistics<'a>(ctx: &Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let periods = row![
        small(
            ctx,
            ctx.t("stats-today"),
            Message::Period(Period::Today),
            state.period == Period::Today
        ),
        small(
            ctx,
            ctx.t("stats-week"),
            Message::Period(Period::Week),
            state.period == Period::Week
        ),
        small(
            ctx,
            ctx.t("stats-month"),
            Message::Period(Period::Month),
            state.period == Period::Month
        ),
    ]
    .spacing(theme::SPACING / 2.0);
    let mut table = Column::new().spacing(theme::SPACING / 2.0).push(periods);
    if state.figures.is_empty() {
        return table
            .push(text(ctx.t("stats-none")).size(theme::TEXT_SIZE))
            .into();
    }
    table = table.push(row![
        cell(ctx.t("stats-service"), 4),
        cell(ctx.t("stats-language"), 2),
        cell(ctx.t("stats-mode"), 2),
        cell(ctx.t("stats-started"), 2),
        cell(ctx.t("stats-completed"), 2),
        cell(ctx.t("stats-rate"), 2),
        cell(ctx.t("stats-median"), 2),
        cell(ctx.t("stats-gave-up"), 3),
    ]);
    for f in &state.figures {
        let rate = if f.started > 0 {
            format!("{:.0} %", 100.0 * f.completed as f64 / f.started as f64)
        } else {
            "—".to_owned()
        };
        let median = f.median_seconds.map_or("—".to_owned(), |s| {
            format!("{}:{:02}", s as u64 / 60, s as u64 % 60)
        });
        let gave_up = f
            .abandoned_at
            .as_ref()
            .map_or("—".to_owned(), |(page, n)| format!("{page} ({n})"));
        table = table.push(row![
            cell(ctx.t(&format!("service-{}", f.service)), 4),
            cell(f.language.clone(), 2),
            cell(ctx.t(&format!("stats-mode-{}", f.mode)), 2),
            cell(f.started.to_string(), 2),
            cell(f.completed.to_string(), 2),
            cell(rate, 2),
            cell(median, 2),
            cell(gave_up, 3),
        ]);
    }
    table.into()
}
