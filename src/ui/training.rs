//! The operator's training switch: the kiosk swaps its desk for a
//! practice one (simulator, own outbox, nothing counted) and back, parking
//! the real desk, whose worker goes on delivering the real queue.

use std::sync::Arc;

use super::Kiosk;
use super::screen::Screen;
use super::screen::operator::Training;
use crate::desk::Desk;

impl Kiosk {
    /// Whether the kiosk practises, and who switched it on.
    pub(super) fn training(&self) -> Training {
        match (self.config().is_some_and(|c| c.training_mode), &self.parked) {
            (false, _) => Training::Off,
            (true, Some(_)) => Training::Switched,
            (true, None) => Training::FromConfig,
        }
    }

    /// The operator switched training on (the practice desk is ready) or
    /// off; false when nothing changed. A session left under the panel is
    /// wiped either way: what a person typed for a real office must not go
    /// to the simulator, nor a trainee's practice to a real office.
    pub(super) fn switch_desk(&mut self, practice: Option<Arc<Desk>>) -> bool {
        let leaving = match practice {
            Some(_) if self.parked.is_some() => return false,
            Some(practice) => {
                tracing::info!("operator switched training mode on");
                self.parked = self.desk.replace(practice);
                None
            }
            None => {
                let Some(real) = self.parked.take() else {
                    return false;
                };
                tracing::info!("operator switched training mode off");
                self.desk.replace(real)
            }
        };
        let panel = std::mem::replace(&mut self.screen, Screen::Attract(Default::default()));
        self.wipe();
        self.screen = panel;
        // Stopping a desk joins its worker and simulator threads: not on
        // the UI thread.
        if let Some(practice) = leaving {
            let _ = std::thread::Builder::new()
                .name("training-stop".into())
                .spawn(move || drop(practice));
        }
        true
    }
}
