//! The operator's panel: the outbox (no personal data: reference, service,
//! state, age, attempts, last error class) with retry, cancel with a reason
//! and reprint; the hand-offs (applications prepared for a portal that
//! people left to the desk: listed without personal data, opened one at a
//! time, `operator/hand_offs.rs`); the kiosk's health; the statistics of today, the last week
//! or month; assisted sessions; training mode with simulated faults; the
//! monthly CSV; leaving the kiosk. A banner on every tab says when
//! something needs the operator. Shown in the kiosk's default language.

mod hand_offs;

use iced::widget::{button, container, text};
use iced::{Element, Length};

use std::sync::Arc;

use crate::agencies::health::Report;
use crate::catalogue::{Agency, ServiceId};
use crate::desk::{Desk, Export, FaultPresets, HandOff};
use crate::i18n::{Value, args};
use crate::monitoring::ServiceFigures;
use crate::outbox::{CancelReason, Entry, ErrorClass};
use crate::simulator::faults::Preset;
use crate::speech::{Availability, Problem};
use crate::ui::contract::{Action, Env, Event, To};
use crate::ui::job;
use crate::ui::layout::{self, Ctx};
use crate::ui::theme;

pub use crate::desk::{Health, LOW_DISK_MIB};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Outbox,
    HandOffs,
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

/// Whether the kiosk is practising, and who decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Training {
    Off,
    /// Switched on from this panel: it can be switched off here.
    Switched,
    /// Set by kiosk-config (a training room).
    FromConfig,
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
    /// Opens a hand-off's answers (personal data) to finish it.
    OpenHandOff(String),
    CloseHandOff,
    /// Prints the opened hand-off's "continue on the portal" sheet.
    PrintHandOff,
    StartAssisted,
    StartTraining,
    StopTraining,
    Fault(Agency, Preset),
    Export,
    LeaveKiosk,
    Close,
    // Results of the panel's jobs.
    Entries(Vec<Entry>, Box<Health>),
    HandOffs(Vec<Entry>),
    HandOffOpened(Option<Box<HandOff>>),
    Figures(Vec<ServiceFigures>),
    HealthRead(Box<Health>),
    Exported(Result<Export, ()>),
    /// The practice desk, started off the UI thread.
    TrainingReady(Result<Arc<Desk>, ()>),
    FaultsRead(FaultPresets, Box<Health>),
    /// The kiosk switched to the practice desk (true) or back.
    DeskSwitched(bool),
}

impl Message {
    /// A job's result, not a touch.
    pub fn is_result(&self) -> bool {
        matches!(
            self,
            Message::Entries(..)
                | Message::HandOffs(_)
                | Message::HandOffOpened(_)
                | Message::Figures(_)
                | Message::HealthRead(_)
                | Message::Exported(_)
                | Message::TrainingReady(_)
                | Message::FaultsRead(..)
                | Message::DeskSwitched(_)
        )
    }
}

#[derive(Debug, Default)]
pub struct State {
    pub tab: Tab,
    pub period: Period,
    entries: Vec<Entry>,
    hand_offs: Vec<Entry>,
    /// The hand-off open on screen (personal data, wiped when closed).
    opened: Option<Box<HandOff>>,
    figures: Vec<ServiceFigures>,
    health: Health,
    faults: FaultPresets,
    cancelling: Option<String>,
    notice: Option<String>,
}

impl State {
    /// The panel as it opens: the outbox, being read.
    pub fn open() -> (Self, Action<Message>) {
        let state = Self::default();
        let load = state.load();
        (state, load)
    }

    pub fn update(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        match message {
            Message::Tab(tab) => {
                self.close_hand_off();
                self.tab = tab;
                self.load()
            }
            Message::Period(period) => {
                self.period = period;
                self.load()
            }
            Message::Refresh => self.load(),
            Message::Retry(reference) => outbox_work(move |desk, now| {
                desk.retry_now(&reference, now);
            }),
            Message::AskCancel(reference) => {
                self.cancelling = Some(reference);
                Action::None
            }
            Message::KeepIt => {
                self.cancelling = None;
                Action::None
            }
            Message::Cancel(reference, reason) => {
                self.cancelling = None;
                outbox_work(move |desk, now| desk.cancel(&reference, reason, now))
            }
            Message::Reprint(reference) => Action::Print(
                crate::desk::Doc::Receipt,
                crate::desk::Printable::Stored { reference },
            ),
            Message::Export => Action::Run(
                job::blocking("export", |desk, _| {
                    desk.export_month(jiff::Timestamp::now()).map_err(|e| {
                        tracing::warn!(error = %e, "the monthly CSV was not written");
                    })
                })
                .map(|done| Message::Exported(done.unwrap_or(Err(())))),
            ),
            Message::OpenHandOff(_) | Message::CloseHandOff | Message::PrintHandOff => {
                self.hand_off(message)
            }
            message => self.intent(message, env),
        }
    }

    /// Opening, printing and closing a hand-off.
    fn hand_off(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::OpenHandOff(reference) => Action::Run(
                job::blocking("hand-off", move |desk, library| {
                    desk.open_hand_off(library, &reference).map(Box::new)
                })
                .map(|opened| Message::HandOffOpened(opened.flatten())),
            ),
            Message::PrintHandOff => match &self.opened {
                Some(h) => Action::Print(
                    crate::desk::Doc::PortalSheet,
                    crate::desk::Printable::PortalSheet {
                        service: h.service.clone(),
                        submission: h.submission.clone(),
                    },
                ),
                None => Action::None,
            },
            _ => {
                self.close_hand_off();
                Action::None
            }
        }
    }

    /// Overwrites the opened hand-off's answers.
    fn close_hand_off(&mut self) {
        if let Some(mut opened) = self.opened.take() {
            opened.wipe();
        }
    }

    /// The panel's other intents: training, the session, leaving; results.
    fn intent(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        match message {
            Message::StartTraining => Action::Run(job::start_training().map(|started| {
                Message::TrainingReady(match started {
                    Some(Ok(practice)) => Ok(practice),
                    Some(Err(e)) => {
                        tracing::error!(error = %e, "training mode cannot start");
                        Err(())
                    }
                    None => Err(()),
                })
            })),
            Message::TrainingReady(Ok(practice)) => Action::Event(Event::Training(Some(practice))),
            Message::TrainingReady(Err(())) => {
                self.notice = Some(env.ctx.t("training-failed"));
                Action::None
            }
            Message::StopTraining => Action::Event(Event::Training(None)),
            Message::DeskSwitched(true) => load_faults(),
            Message::DeskSwitched(false) => load_health(),
            Message::Fault(agency, preset) => Action::Run(
                job::blocking("set-fault", move |desk, library| {
                    let faults = desk.set_fault(agency, preset);
                    (faults, desk.health(library, jiff::Timestamp::now()))
                })
                .map(Message::faults_read),
            ),
            Message::StartAssisted => {
                tracing::info!("operator left the panel: assisted session");
                Action::Event(Event::Assisted)
            }
            Message::LeaveKiosk => {
                tracing::info!("operator left the kiosk for maintenance");
                Action::Event(Event::LeaveKiosk)
            }
            Message::Close => {
                tracing::info!("operator left the panel");
                Action::Navigate(To::Behind)
            }
            result => {
                self.take_result(result, &env.ctx);
                Action::None
            }
        }
    }

    /// Reads what the tab shows.
    fn load(&self) -> Action<Message> {
        match self.tab {
            Tab::Outbox => outbox_work(|_, _| {}),
            Tab::HandOffs => Action::Run(
                job::blocking("hand-offs", |desk, library| desk.hand_offs(library))
                    .map(|list| Message::HandOffs(list.unwrap_or_default())),
            ),
            Tab::Health => load_health(),
            Tab::Statistics => {
                let span = self.period.span();
                Action::Run(
                    job::blocking("statistics", move |desk, _| {
                        desk.statistics(span, jiff::Timestamp::now())
                    })
                    .map(|figures| Message::Figures(figures.unwrap_or_default())),
                )
            }
            Tab::Training => load_faults(),
        }
    }

    /// Stores a job's result.
    fn take_result(&mut self, message: Message, ctx: &Ctx<'_>) {
        match message {
            Message::Entries(entries, health) => {
                self.entries = entries;
                self.health = *health;
            }
            Message::Figures(figures) => self.figures = figures,
            Message::HandOffs(list) => self.hand_offs = list,
            Message::HandOffOpened(Some(opened)) => {
                self.close_hand_off();
                self.opened = Some(opened);
            }
            Message::HandOffOpened(None) => self.notice = Some(ctx.t("hand-off-gone")),
            Message::HealthRead(health) => self.health = *health,
            Message::FaultsRead(faults, health) => {
                self.faults = faults;
                self.health = *health;
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
                        .format(key, &args([("file", Value::from(export.file))])),
                );
            }
            Message::Exported(Err(())) => self.notice = Some(ctx.t("operator-export-failed")),
            _ => {}
        }
    }

    /// The references in the outbox list (tests).
    pub fn references(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.reference.as_str()).collect()
    }
}

impl Message {
    fn faults_read(read: Option<(FaultPresets, Health)>) -> Message {
        match read {
            Some((faults, health)) => Message::FaultsRead(faults, Box::new(health)),
            None => Message::Refresh,
        }
    }
}

/// Outbox work, then the list again with the health (so the banner is
/// fresh).
fn outbox_work(work: impl FnOnce(&Desk, jiff::Timestamp) + Send + 'static) -> Action<Message> {
    Action::Run(
        job::blocking("outbox", move |desk, library| {
            let now = jiff::Timestamp::now();
            work(desk, now);
            (desk.outbox_entries(), desk.health(library, now))
        })
        .map(|read| match read {
            Some((entries, health)) => Message::Entries(entries, Box::new(health)),
            None => Message::Refresh,
        }),
    )
}

fn load_health() -> Action<Message> {
    Action::Run(
        job::blocking("health", |desk, library| {
            desk.health(library, jiff::Timestamp::now())
        })
        .map(|health| match health {
            Some(health) => Message::HealthRead(Box::new(health)),
            None => Message::Refresh,
        }),
    )
}

fn load_faults() -> Action<Message> {
    Action::Run(
        job::blocking("faults", |desk, library| {
            (
                desk.fault_presets(),
                desk.health(library, jiff::Timestamp::now()),
            )
        })
        .map(Message::faults_read),
    )
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

/// The outbox's error class in words (a refusal keeps the agency's code,
/// which the operator may look up in the agency's contract).
fn error_label(ctx: &Ctx<'_>, class: Option<&ErrorClass>) -> String {
    match class {
        None => String::new(),
        Some(ErrorClass::Refused { code: Some(code) }) => ctx.tr.format(
            "outbox-error-refused-code",
            &args([("code", Value::from(code.clone()))]),
        ),
        Some(class) => ctx.t(&format!("outbox-error-{}", class.name())),
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
            ("agency", Value::from(ctx.t(&report.agency.name_key()))),
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
    let body = match state.tab {
        Tab::Outbox => outbox(&ctx, state, now),
        Tab::HandOffs => hand_offs::view(&ctx, &state.hand_offs, state.opened.as_deref(), now),
        Tab::Health => health(&ctx, state),
        Tab::Statistics => statistics(&ctx, state),
        Tab::Training => self::training(&ctx, state, training),
    };
    let mut page = ctx
        .column(vec![
            line(&ctx, ctx.t("operator-title"), theme::HEADING_SIZE),
            tabs(&ctx, state.tab),
        ])
        .spacing(theme::SPACING);
    let needs = attention(&ctx, &state.health);
    if !needs.is_empty() {
        page = page.push(banner(&ctx, needs));
    }
    if let Some(notice) = &state.notice {
        page = page.push(line(&ctx, notice.clone(), theme::TEXT_SIZE));
    }
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
    page = page
        .push(layout::scroll(body).height(Length::Fill))
        .push(actions);
    container(page)
        .padding(theme::PAGE_PADDING)
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
}

/// The tabs, the one shown highlighted, and "refresh".
fn tabs<'a>(ctx: &Ctx<'a>, shown: Tab) -> Element<'a, Message> {
    let mut tabs: Vec<Element<'a, Message>> = [
        ("operator-outbox", Tab::Outbox),
        ("operator-hand-offs", Tab::HandOffs),
        ("operator-health", Tab::Health),
        ("operator-statistics", Tab::Statistics),
        ("operator-training", Tab::Training),
    ]
    .into_iter()
    .map(|(key, tab)| {
        ctx.button(ctx.t(key), Message::Tab(tab), shown == tab)
            .into()
    })
    .collect();
    tabs.push(
        ctx.button(ctx.t("operator-refresh"), Message::Refresh, false)
            .into(),
    );
    ctx.row(tabs).spacing(theme::SPACING).into()
}

/// "Needs action": what needs the operator, on every tab.
fn banner<'a>(ctx: &Ctx<'a>, needs: Vec<String>) -> Element<'a, Message> {
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
    container(banner)
        .padding(theme::SPACING / 2.0)
        .width(Length::Fill)
        .style(theme::alarm(ctx.palette))
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
        list = list.push(outbox_row(ctx, entry, now));
        if state.cancelling.as_deref() == Some(entry.reference.as_str()) {
            list = list.push(cancel_reasons(ctx, entry));
        }
    }
    list.into()
}

/// One submission: its metadata and what the operator can do with it.
fn outbox_row<'a>(ctx: &Ctx<'a>, entry: &'a Entry, now: jiff::Timestamp) -> Element<'a, Message> {
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
    let reference = || entry.reference.clone();
    if pending {
        buttons.push(small(
            ctx,
            ctx.t("outbox-retry"),
            Message::Retry(reference()),
            true,
        ));
        buttons.push(small(
            ctx,
            ctx.t("outbox-cancel"),
            Message::AskCancel(reference()),
            false,
        ));
    }
    if entry.state == crate::outbox::State::Delivered || pending {
        buttons.push(small(
            ctx,
            ctx.t("outbox-reprint"),
            Message::Reprint(reference()),
            false,
        ));
    }
    let service = ServiceId::from(entry.service.as_str());
    ctx.row(vec![
        cell(ctx, reference(), 3),
        cell(ctx, ctx.t(&service.name_key()), 4),
        cell(
            ctx,
            ctx.t(&format!("outbox-state-{}", entry.state.as_str())),
            3,
        ),
        cell(ctx, age, 2),
        cell(ctx, entry.attempts.to_string(), 1),
        cell(ctx, error_label(ctx, entry.last_error.as_ref()), 3),
        container(ctx.row(buttons).spacing(theme::SPACING / 2.0))
            .width(Length::FillPortion(5))
            .align_x(ctx.start())
            .into(),
    ])
    .align_y(iced::Alignment::Center)
    .into()
}

/// "Why cancel it?": the fixed list of reasons, or keep it.
fn cancel_reasons<'a>(ctx: &Ctx<'a>, entry: &'a Entry) -> Element<'a, Message> {
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
    container(
        ctx.row(choice)
            .spacing(theme::SPACING / 2.0)
            .align_y(iced::Alignment::Center),
    )
    .padding(theme::SPACING / 2.0)
    .style(theme::section(ctx.palette))
    .into()
}

/// How many requests wait, and for how long the oldest.
fn queue_line(ctx: &Ctx<'_>, h: &Health) -> String {
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
    queue
}

/// What the operator should know of the kiosk's data: services disabled by
/// broken data, portal labels still to check.
fn data_lines(ctx: &Ctx<'_>, h: &Health) -> Vec<String> {
    let mut lines: Vec<String> = h
        .services_disabled
        .iter()
        .map(|(service, detail)| {
            ctx.tr.format(
                "health-service-disabled",
                &args([
                    ("service", Value::from(ctx.t(&service.name_key()))),
                    ("detail", Value::from(detail.clone())),
                ]),
            )
        })
        .collect();
    if !h.unconfirmed_forms.is_empty() {
        let names: Vec<String> = h
            .unconfirmed_forms
            .iter()
            .map(|s| ctx.t(&s.name_key()))
            .collect();
        lines.push(ctx.tr.format(
            "health-portal-labels-unconfirmed",
            &args([("services", Value::from(names.join(", ")))]),
        ));
    }
    lines
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
    lines = lines.push(line(queue_line(ctx, h)));
    lines = lines.push(line(speech_line(ctx, h)));
    for data in data_lines(ctx, h) {
        lines = lines.push(line(data));
    }
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
                cell(ctx, ctx.t(&agency.name_key()), 2),
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
    let periods = [
        ("stats-today", Period::Today),
        ("stats-week", Period::Week),
        ("stats-month", Period::Month),
    ]
    .into_iter()
    .map(|(key, period)| {
        small(
            ctx,
            ctx.t(key),
            Message::Period(period),
            state.period == period,
        )
    })
    .collect();
    let mut table = ctx
        .column(Vec::new())
        .spacing(theme::SPACING / 2.0)
        .push(ctx.row(periods).spacing(theme::SPACING / 2.0));
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
    for figures in &state.figures {
        table = table.push(figures_row(ctx, figures));
    }
    table.into()
}

/// A service in a language and mode: started, completed, rate, median
/// time, where people gave up.
fn figures_row<'a>(ctx: &Ctx<'a>, f: &'a ServiceFigures) -> Element<'a, Message> {
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
    ctx.row(vec![
        cell(
            ctx,
            ctx.t(&ServiceId::from(f.service.as_str()).name_key()),
            4,
        ),
        cell(ctx, f.language.clone(), 2),
        cell(ctx, ctx.t(&format!("stats-mode-{}", f.mode)), 2),
        cell(ctx, f.started.to_string(), 2),
        cell(ctx, f.completed.to_string(), 2),
        cell(ctx, rate, 2),
        cell(ctx, median, 2),
        cell(ctx, gave_up, 3),
    ])
    .into()
}
