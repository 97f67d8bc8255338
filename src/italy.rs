//! "Now" and "today" as the people and the offices mean them: the civil
//! time in Italy (Europe/Rome), never the machine's own time zone. Ages,
//! date limits, document headers and the monthly report all read it here.

use jiff::civil::Date;
use jiff::{Timestamp, ZonedDateTime};

/// The offices' time zone.
pub const ZONE: &str = "Europe/Rome";

/// This instant in Italy. Without the time-zone database (tzdata is
/// required in Debian, so only on a broken system) the machine's zone.
pub fn now() -> ZonedDateTime {
    at(Timestamp::now())
}

/// An instant in Italy.
pub fn at(instant: Timestamp) -> ZonedDateTime {
    instant.in_tz(ZONE).unwrap_or_else(|_| {
        tracing::warn!("no time-zone data for {ZONE}: the machine's zone is used");
        instant.to_zoned_datetime(jiff::tz::TimeZone::system())
    })
}

/// Today's date in Italy.
pub fn today() -> Date {
    now().date()
}

/// When a day in Italy starts (a month's report counts from there).
pub fn start_of(day: Date) -> Timestamp {
    day.in_tz(ZONE)
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}
