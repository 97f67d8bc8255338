//! The kiosk driven as a person would, in one test binary (one link of
//! iced and the crate instead of seven): the screens with iced_test and no
//! window, the jobs they start against the simulator on loopback and an
//! outbox on disk, the voice, the statistics, the operator's panel, and
//! the screenshot tour.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

#[path = "ui/channels.rs"]
mod channels;
#[path = "ui/home.rs"]
mod home;
#[path = "ui/idle.rs"]
mod idle;
#[path = "ui/layout.rs"]
mod layout;
#[path = "ui/look.rs"]
mod look;
#[path = "ui/monitoring.rs"]
mod monitoring;
#[path = "ui/operator.rs"]
mod operator;
#[path = "ui/portal.rs"]
mod portal;
#[path = "ui/screenshots.rs"]
mod screenshots;
#[path = "ui/sessions.rs"]
mod sessions;
#[path = "ui/speech.rs"]
mod speech;
