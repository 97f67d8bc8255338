//! What the statistics know of one person's session, kept beside the
//! screen: it turns what the screens report (a language chosen, a service
//! started, a page shown, refused answers, an end reached, a service left)
//! into anonymous [`Event`]s. Pure: it records nothing itself.

use std::time::Instant;

use super::{Abandon, Event, Mode};
use crate::catalogue::ServiceId;
use crate::flows::FieldKind;
use crate::i18n::LanguageId;

/// The open service as the statistics see it.
#[derive(Debug, Clone)]
struct Open {
    service: ServiceId,
    /// When its first question was shown.
    started: Instant,
    /// Its completion counts in this language, even if an operator
    /// switched the language since.
    language: LanguageId,
    last_page: Option<String>,
    completed: bool,
}

/// What a service's screen shows now.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    /// The page's id (none past the check page).
    pub page: Option<String>,
    /// The kinds of the fields refused by the last Continue.
    pub refused: Vec<FieldKind>,
    /// The person got what they came for.
    pub reached_end: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SessionTally {
    mode: Option<Mode>,
    counted: bool,
    open: Option<Open>,
}

impl SessionTally {
    /// An operator started the session for the person.
    pub fn assisted() -> Self {
        Self {
            mode: Some(Mode::Assisted),
            ..Self::default()
        }
    }

    pub fn mode(&self) -> Mode {
        self.mode.unwrap_or(Mode::SelfService)
    }

    /// A language was chosen: the first choice starts the session.
    pub fn language_chosen(&mut self, language: &LanguageId) -> Option<Event> {
        if self.counted {
            return None;
        }
        self.counted = true;
        Some(Event::SessionStarted {
            language: language.clone(),
        })
    }

    /// A service's first question is about to be shown.
    pub fn service_started(
        &mut self,
        service: &ServiceId,
        language: &LanguageId,
        now: Instant,
    ) -> Event {
        self.open = Some(Open {
            service: service.clone(),
            started: now,
            language: language.clone(),
            last_page: None,
            completed: false,
        });
        Event::ServiceStarted {
            service: service.clone(),
            language: language.clone(),
        }
    }

    /// The open service shows `seen`; `validated`: after a Continue.
    pub fn observe(&mut self, seen: Seen, validated: bool, now: Instant) -> Vec<Event> {
        let Some(open) = self.open.as_mut() else {
            return Vec::new();
        };
        let mut events = Vec::new();
        let service = open.service.clone();
        match &seen.page {
            Some(page) if open.last_page.as_ref() != Some(page) => {
                events.push(Event::PageReached {
                    service: service.clone(),
                    page: page.clone(),
                });
            }
            _ if validated => {
                events.extend(
                    seen.refused
                        .into_iter()
                        .map(|field| Event::ValidationError {
                            service: service.clone(),
                            page: seen.page.clone().unwrap_or_default(),
                            field,
                        }),
                );
            }
            _ => {}
        }
        if seen.page.is_some() {
            open.last_page = seen.page;
        }
        if !open.completed && seen.reached_end {
            open.completed = true;
            events.push(Event::Completed {
                service,
                language: open.language.clone(),
                seconds: now.saturating_duration_since(open.started).as_secs_f64(),
            });
        }
        events
    }

    /// The open service is left: counted where it was left, unless it
    /// had reached its end.
    pub fn left(&mut self, reason: Abandon) -> Option<Event> {
        let open = self.open.take()?;
        (!open.completed).then(|| Event::Abandoned {
            service: open.service,
            page: open.last_page.unwrap_or_default(),
            reason,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(page: &str) -> Seen {
        Seen {
            page: Some(page.to_owned()),
            refused: Vec::new(),
            reached_end: false,
        }
    }

    #[test]
    fn a_session_is_counted_once_and_a_service_from_start_to_end() {
        let mut tally = SessionTally::default();
        let it = LanguageId::reference();
        let service = ServiceId::from("certificates");
        let t0 = Instant::now();
        assert!(tally.language_chosen(&it).is_some());
        assert!(tally.language_chosen(&it).is_none());
        tally.service_started(&service, &it, t0);
        let first = tally.observe(seen("which"), false, t0);
        assert!(matches!(first.as_slice(), [Event::PageReached { page, .. }] if page == "which"));
        // The same page refused: its fields' kinds, not a second page event.
        let refused = tally.observe(
            Seen {
                refused: vec![FieldKind::Date],
                ..seen("which")
            },
            true,
            t0,
        );
        assert!(matches!(
            refused.as_slice(),
            [Event::ValidationError {
                field: FieldKind::Date,
                ..
            }]
        ));
        let end = tally.observe(
            Seen {
                page: None,
                refused: Vec::new(),
                reached_end: true,
            },
            false,
            t0 + std::time::Duration::from_secs(90),
        );
        assert!(matches!(end.as_slice(), [Event::Completed { seconds, .. }] if *seconds == 90.0));
        // A completed service is not abandoned when it is left.
        assert_eq!(tally.left(Abandon::Cancel), None);
    }

    #[test]
    fn a_service_left_early_is_counted_where_it_was_left() {
        let mut tally = SessionTally::assisted();
        assert_eq!(tally.mode(), Mode::Assisted);
        let service = ServiceId::from("residence-change");
        tally.service_started(&service, &LanguageId::reference(), Instant::now());
        tally.observe(seen("address"), false, Instant::now());
        assert_eq!(
            tally.left(Abandon::Timeout),
            Some(Event::Abandoned {
                service,
                page: "address".into(),
                reason: Abandon::Timeout,
            })
        );
        assert_eq!(tally.left(Abandon::Timeout), None, "left once");
    }
}
