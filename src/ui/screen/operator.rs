//! The operator's panel: the outbox (no personal data: reference, service,
//! state, age, attempts, last error class) with retry, cancel with a reason
//! and reprint; the kiosk's health; the statistics of today, the last week
//! or month; assisted sessions; training mode with simulated faults; the
//! monthly CSV; leaving the kiosk. A banner on every tab says when
//! something needs the operator. Shown in the kiosk's default language.

use iced::widget::{button, container, text};
use iced::{Element, Length};

use std::sync::Arc;

use crate::agencies::health::Report;
use crate::catalogue::Agency;
use crate::desk::Desk;
use crate::i18n::{Value, args};
use crate::monitoring::ServiceFigures;
use crate::outbox::{CancelReason, Entry};
use crate::printing::PrinterStatus;
use crate::simulator::faults::Preset;
use crate::speech::{Availability, Problem};
use crate::ui::layout::{self, Ctx};
use crate::ui::theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Outbox,
    Health,
    Statistics,
    Training,
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

/// Less free space than this (MiB) needs the operator: the outbox and
/// the statistics stop growing when the disk is full.
pub const LOW_DISK_MIB: u64 = 1024;

/// What the health tab shows.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// Queue name and its problem's Fluent key (`None`: ready).
    pub printers: Vec<(String, Option<&'static str>)>,
    pub disk_free_mib: Option<u64>,
    pub pending: u64,
    /// Submissions an agency refused, or that stopped retrying.
    pub needs_operator: u64,
    pub oldest_pending_minutes: Option<u64>,
    pub agencies: Vec<Report>,
    pub metrics: Option<std::net::SocketAddr>,
    pub training: bool,
    pub speech: crate::speech::Availability,
    /// The native names of the languages without a voice.
    pub missing_voices: Vec<String>,
}

/// Whether the kiosk is practising, and who decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Training {
    Off,
    /// Switched on from this panel: it can be switched off here.
    Switched,
    /// Set by kiosk-config (a training room).
    FromConfig,
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
    StartTraining,
    StopTraining,
    Fault(Agency, Preset),
    Export,
    LeaveKiosk,
    Close,
    // Results of the panel's jobs.
    Entries(Vec<Entry>, Box<Health>),
    Figures(Vec<ServiceFigures>),
    HealthRead(Health),
    Exported(Result<Export, ()>),
    /// The practice desk, started off the UI thread.
    TrainingReady(Result<Arc<Desk>, ()>),
    FaultsRead(Vec<(Agency, Option<Preset>)>, Box<Health>),
}

/// Where the monthly CSV went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub file: String,
    /// On a USB stick (else the data folder).
    pub usb: bool,
    /// A USB folder is configured but nothing was mounted there.
    pub usb_missing: bool,
}

#[derive(Debug, Default)]
pub struct State {
    pub tab: Tab,
    pub period: Period,
    entries: Vec<Entry>,
    figures: Vec<ServiceFigures>,
    health: Health,
    faults: Vec<(Agency, Option<Preset>)>,
    cancelling: Option<String>,
    notice: Option<String>,
}

impl State {
    /// Stores a result; true when the message was a result.
    pub fn take_result(&mut self, message: &Message, ctx: &Ctx<'_>) -> bool {
        match message {
            Message::Entries(entries, health) => {
                self.entries = entries.clone();
                self.health = (**health).clone();
            }
            Message::Figures(figures) => self.figures = figures.clone(),
            Message::HealthRead(health) => self.health = health.clone(),
            Message::FaultsRead(faults, health) => {
                self.faults = faults.clone();
                self.health = (**health).clone();
            }
            Message::Exported(Ok(export)) => {
                let key = if export.usb {
                    "operator-exported-usb"
                } else if export.usb_missing {
                    "operator-exported-no-usb"
                } else {
                    "operator-exported"
                };
                self.notice = Some(
                    ctx.tr
                        .format(key, &args([("file", Value::from(export.file.clone()))])),
                );
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

    pub fn set_notice(&mut self, notice: Option<String>) {
        self.notice = notice;
    }
}

/// What needs the operator, one line each (empty: nothing).
pub fn attention(ctx: &Ctx<'_>, health: &Health) -> Vec<String> {
    let mut lines = Vec::new();
    for (queue, problem) in &health.printers {
        if let Some(problem) = problem {
            lines.push(printer_line(ctx, queue, problem));
        }
    }
    if health.needs_operator > 0 {
        lines.push(ctx.tr.format(
            "attention-needs-operator",
            &args([("count", Value::from(health.needs_operator))]),
        ));
    }
    for report in health.agencies.iter().filter(|r| r.state.needs_action()) {
        lines.push(agency_line(ctx, report));
    }
    match &health.speech {
        Availability::Unavailable(Problem::Disabled)
        | Availability::Checking
        | Availability::Ready { missing_voices: _ } => {}
        Availability::Unavailable(_) => lines.push(speech_line(ctx, health)),
    }
    if let Availability::Ready { missing_voices } = &health.speech
        && !missing_voices.is_empty()
    {
        lines.push(speech_line(ctx, health));
    }
    if let Some(mib) = health.disk_free_mib.filter(|mib| *mib < LOW_DISK_MIB) {
        lines.push(
            ctx.tr
                .format("attention-disk", &args([("mib", Value::from(mib))])),
        );
    }
    lines
}

/// The outbox's error class in words (`refused:<code>` keeps the agency's
/// code, which the operator may look up in the agency's contract).
fn error_label(ctx: &Ctx<'_>, class: Option<&str>) -> String {
    match class {
        None => String::new(),
        Some(class) => match class.strip_prefix("refused:") {
            Some(code) => ctx.tr.format(
                "outbox-error-refused-code",
                &args([("code", Value::from(code.to_owned()))]),
            ),
            None => match class {
                "unreachable" | "rate-limited" | "malformed" | "unknown-operation"
                | "unreadable-payload" | "refused" => ctx.t(&format!("outbox-error-{class}")),
                other => other.to_owned(),
            },
        },
    }
}

/// Whether pages can be read aloud, and if not, why.
fn speech_line(ctx: &Ctx<'_>, health: &Health) -> String {
    match &health.speech {
        Availability::Checking => ctx.t("health-speech-checking"),
        Availability::Ready { missing_voices } if missing_voices.is_empty() => {
            ctx.t("health-speech-ready")
        }
        Availability::Ready { .. } => ctx.tr.format(
            "health-speech-missing",
            &args([("languages", Value::from(health.missing_voices.join(", ")))]),
        ),
        Availability::Unavailable(Problem::NoAudio(detail)) => ctx.tr.format(
            "speech-problem-no-audio",
            &args([("detail", Value::from(detail.clone()))]),
        ),
        Availability::Unavailable(problem) => ctx.t(problem.key()),
    }
}

fn printer_line(ctx: &Ctx<'_>, queue: &str, problem: &str) -> String {
    ctx.tr.format(
        "health-printer-line",
        &args([
            ("queue", Value::from(queue.to_owned())),
            ("state", Value::from(ctx.t(problem))),
        ]),
    )
}

fn agency_line(ctx: &Ctx<'_>, report: &Report) -> String {
    ctx.tr.format(
        "health-agency-line",
        &args([
            (
                "agency",
                Value::from(ctx.t(&format!("agency-name-{}", report.agency.id()))),
            ),
            ("state", Value::from(ctx.t(report.state.key()))),
        ]),
    )
}

fn cell<'a>(ctx: &Ctx<'a>, content: String, portion: u16) -> Element<'a, Message> {
    container(text(ctx.directed(content)).size(theme::SMALL_TEXT_SIZE))
        .width(Length::FillPortion(portion))
        .align_x(ctx.start())
        .into()
}

/// A line of text across the panel, from the reading side.
fn line<'a>(ctx: &Ctx<'a>, content: String, size: f32) -> Element<'a, Message> {
    container(text(ctx.directed(content)).size(size))
        .width(Length::Fill)
        .align_x(ctx.start())
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

pub fn view<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    training: Training,
    now: jiff::Timestamp,
) -> Element<'a, Message> {
    let tabs = ctx
        .row(vec![
            ctx.button(
                ctx.t("operator-outbox"),
                Message::Tab(Tab::Outbox),
                state.tab == Tab::Outbox,
            )
            .into(),
            ctx.button(
                ctx.t("operator-health"),
                Message::Tab(Tab::Health),
                state.tab == Tab::Health,
            )
            .into(),
            ctx.button(
                ctx.t("operator-statistics"),
                Message::Tab(Tab::Statistics),
                state.tab == Tab::Statistics,
            )
            .into(),
            ctx.button(
                ctx.t("operator-training"),
                Message::Tab(Tab::Training),
                state.tab == Tab::Training,
            )
            .into(),
            ctx.button(ctx.t("operator-refresh"), Message::Refresh, false)
                .into(),
        ])
        .spacing(theme::SPACING);
    let actions = ctx
        .row(vec![
            ctx.button(ctx.t("operator-assisted"), Message::StartAssisted, true)
                .into(),
            ctx.button(ctx.t("operator-export"), Message::Export, false)
                .into(),
            ctx.button(ctx.t("operator-leave-kiosk"), Message::LeaveKiosk, false)
                .into(),
            ctx.button(ctx.t("operator-close"), Message::Close, false)
                .into(),
        ])
        .spacing(theme::SPACING);
    let body = match state.tab {
        Tab::Outbox => outbox(&ctx, state, now),
        Tab::Health => health(&ctx, state),
        Tab::Statistics => statistics(&ctx, state),
        Tab::Training => self::training(&ctx, state, training),
    };
    let mut page = ctx
        .column(vec![
            line(&ctx, ctx.t("operator-title"), theme::HEADING_SIZE),
            tabs.into(),
        ])
        .spacing(theme::SPACING);
    let needs = attention(&ctx, &state.health);
    if !needs.is_empty() {
        let colour = ctx.palette.on_danger;
        let coloured = |content: String, size: f32| -> Element<'a, Message> {
            container(text(ctx.directed(content)).size(size).color(colour))
                .width(Length::Fill)
                .align_x(ctx.start())
                .into()
        };
        let mut banner = ctx
            .column(vec![coloured(
                ctx.t("operator-attention"),
                theme::TEXT_SIZE,
            )])
            .spacing(theme::SPACING / 4.0);
        for need in needs {
            banner = banner.push(coloured(need, theme::SMALL_TEXT_SIZE));
        }
        page = page.push(
            container(banner)
                .padding(theme::SPACING / 2.0)
                .width(Length::Fill)
                .style(theme::alarm(ctx.palette)),
        );
    }
    if let Some(notice) = &state.notice {
        page = page.push(line(&ctx, notice.clone(), theme::TEXT_SIZE));
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
        return line(ctx, ctx.t("outbox-empty"), theme::TEXT_SIZE);
    }
    let mut list = ctx
        .column(Vec::new())
        .spacing(theme::SPACING / 2.0)
        .push(ctx.row(vec![
            cell(ctx, ctx.t("outbox-reference"), 3),
            cell(ctx, ctx.t("outbox-service"), 4),
            cell(ctx, ctx.t("outbox-state"), 3),
            cell(ctx, ctx.t("outbox-age"), 2),
            cell(ctx, ctx.t("outbox-attempts"), 1),
            cell(ctx, ctx.t("outbox-error"), 3),
            cell(ctx, String::new(), 5),
        ]));
    for entry in &state.entries {
        let minutes = now.duration_since(entry.created_at).as_secs().max(0) / 60;
        let age = ctx
            .tr
            .format("outbox-minutes", &args([("minutes", Value::from(minutes))]));
        let mut buttons: Vec<Element<'a, Message>> = Vec::new();
        let pending = matches!(
            entry.state,
            crate::outbox::State::Queued
                | crate::outbox::State::RetryWait
                | crate::outbox::State::NeedsOperator
        );
        if pending {
            buttons.push(small(
                ctx,
                ctx.t("outbox-retry"),
                Message::Retry(entry.reference.clone()),
                true,
            ));
            buttons.push(small(
                ctx,
                ctx.t("outbox-cancel"),
                Message::AskCancel(entry.reference.clone()),
                false,
            ));
        }
        if entry.state == crate::outbox::State::Delivered || pending {
            buttons.push(small(
                ctx,
                ctx.t("outbox-reprint"),
                Message::Reprint(entry.reference.clone()),
                false,
            ));
        }
        list = list.push(
            ctx.row(vec![
                cell(ctx, entry.reference.clone(), 3),
                cell(ctx, ctx.t(&format!("service-{}", entry.service)), 4),
                cell(
                    ctx,
                    ctx.t(&format!("outbox-state-{}", entry.state.as_str())),
                    3,
                ),
                cell(ctx, age, 2),
                cell(ctx, entry.attempts.to_string(), 1),
                cell(ctx, error_label(ctx, entry.last_error.as_deref()), 3),
                container(ctx.row(buttons).spacing(theme::SPACING / 2.0))
                    .width(Length::FillPortion(5))
                    .align_x(ctx.start())
                    .into(),
            ])
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
            let mut choice: Vec<Element<'a, Message>> = vec![
                text(ctx.t("outbox-cancel-question"))
                    .size(theme::SMALL_TEXT_SIZE)
                    .into(),
            ];
            choice.extend(reasons);
            choice.push(small(ctx, ctx.t("pin-cancel"), Message::KeepIt, true));
            list = list.push(
                container(
                    ctx.row(choice)
                        .spacing(theme::SPACING / 2.0)
                        .align_y(iced::Alignment::Center),
                )
                .padding(theme::SPACING / 2.0)
                .style(theme::section(ctx.palette)),
            );
        }
    }
    list.into()
}

fn health<'a>(ctx: &Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let h = &state.health;
    let line = |content: String| line(ctx, content, theme::TEXT_SIZE);
    let mut lines = ctx.column(Vec::new()).spacing(theme::SPACING);
    if h.training {
        lines = lines.push(line(ctx.t("health-training")));
    }
    for (queue, problem) in &h.printers {
        lines = lines.push(line(printer_line(
            ctx,
            queue,
            problem.unwrap_or("health-printer-ok"),
        )));
    }
    if let Some(mib) = h.disk_free_mib {
        lines = lines.push(line(
            ctx.tr
                .format("health-disk-line", &args([("mib", Value::from(mib))])),
        ));
    }
    let mut queue = ctx.tr.format(
        "health-queue-line",
        &args([("count", Value::from(h.pending))]),
    );
    if let Some(minutes) = h.oldest_pending_minutes {
        queue.push_str(" — ");
        queue.push_str(
            &ctx.tr
                .format("health-oldest", &args([("minutes", Value::from(minutes))])),
        );
    }
    lines = lines.push(line(queue));
    lines = lines.push(line(speech_line(ctx, h)));
    lines = lines.push(line(match h.metrics {
        Some(address) => ctx.tr.format(
            "health-metrics-line",
            &args([("address", Value::from(format!("http://{address}/metrics")))]),
        ),
        None => ctx.t("health-metrics-off"),
    }));
    lines = lines.push(self::line(
        ctx,
        ctx.t("health-agencies"),
        theme::HEADING_SIZE * 0.75,
    ));
    let now = jiff::Timestamp::now();
    for report in &h.agencies {
        let mut agency = agency_line(ctx, report);
        if let Some(success) = report.last_success {
            let minutes = now.duration_since(success).as_secs().max(0) / 60;
            agency.push_str(" — ");
            agency.push_str(&ctx.tr.format(
                "health-agency-last",
                &args([("minutes", Value::from(minutes))]),
            ));
        }
        lines = lines.push(line(agency));
    }
    lines.into()
}

fn training<'a>(ctx: &Ctx<'a>, state: &'a State, training: Training) -> Element<'a, Message> {
    let line = |content: String| line(ctx, content, theme::TEXT_SIZE);
    let mut page = ctx.column(Vec::new()).spacing(theme::SPACING);
    match training {
        Training::Off => {
            page = page.push(line(ctx.t("training-off"))).push(ctx.button(
                ctx.t("training-start"),
                Message::StartTraining,
                true,
            ));
            return page.into();
        }
        Training::Switched => {
            page = page.push(line(ctx.t("training-on"))).push(ctx.button(
                ctx.t("training-stop"),
                Message::StopTraining,
                true,
            ));
        }
        Training::FromConfig => {
            page = page
                .push(line(ctx.t("training-on")))
                .push(line(ctx.t("training-from-config")));
        }
    }
    page = page
        .push(self::line(
            ctx,
            ctx.t("training-faults"),
            theme::HEADING_SIZE * 0.75,
        ))
        .push(self::line(
            ctx,
            ctx.t("training-faults-hint"),
            theme::SMALL_TEXT_SIZE,
        ));
    for (agency, current) in &state.faults {
        let mut choices: Vec<Element<'a, Message>> = Vec::new();
        for preset in Preset::ALL {
            choices.push(small(
                ctx,
                ctx.t(preset.key()),
                Message::Fault(*agency, preset),
                *current == Some(preset),
            ));
        }
        page = page.push(
            ctx.row(vec![
                cell(ctx, ctx.t(&format!("agency-name-{}", agency.id())), 2),
                container(ctx.row(choices).spacing(theme::SPACING / 2.0))
                    .width(Length::FillPortion(5))
                    .align_x(ctx.start())
                    .into(),
            ])
            .align_y(iced::Alignment::Center),
        );
    }
    page.into()
}

fn statistics<'a>(ctx: &Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let periods = ctx
        .row(vec![
            small(
                ctx,
                ctx.t("stats-today"),
                Message::Period(Period::Today),
                state.period == Period::Today,
            ),
            small(
                ctx,
                ctx.t("stats-week"),
                Message::Period(Period::Week),
                state.period == Period::Week,
            ),
            small(
                ctx,
                ctx.t("stats-month"),
                Message::Period(Period::Month),
                state.period == Period::Month,
            ),
        ])
        .spacing(theme::SPACING / 2.0);
    let mut table = ctx
        .column(Vec::new())
        .spacing(theme::SPACING / 2.0)
        .push(periods);
    if state.figures.is_empty() {
        return table
            .push(line(ctx, ctx.t("stats-none"), theme::TEXT_SIZE))
            .into();
    }
    table = table.push(ctx.row(vec![
        cell(ctx, ctx.t("stats-service"), 4),
        cell(ctx, ctx.t("stats-language"), 2),
        cell(ctx, ctx.t("stats-mode"), 2),
        cell(ctx, ctx.t("stats-started"), 2),
        cell(ctx, ctx.t("stats-completed"), 2),
        cell(ctx, ctx.t("stats-rate"), 2),
        cell(ctx, ctx.t("stats-median"), 2),
        cell(ctx, ctx.t("stats-gave-up"), 3),
    ]));
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
        table = table.push(ctx.row(vec![
            cell(ctx, ctx.t(&format!("service-{}", f.service)), 4),
            cell(ctx, f.language.clone(), 2),
            cell(ctx, ctx.t(&format!("stats-mode-{}", f.mode)), 2),
            cell(ctx, f.started.to_string(), 2),
            cell(ctx, f.completed.to_string(), 2),
            cell(ctx, rate, 2),
            cell(ctx, median, 2),
            cell(ctx, gave_up, 3),
        ]));
    }
    table.into()
}
