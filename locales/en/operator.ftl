## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Operator access
pin-hint = Type the operator PIN.
pin-enter = Enter
pin-cancel = Cancel
pin-delete = Delete
pin-checking = Checking the PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] Wrong PIN. { $left } more attempt, then access is locked.
       *[other] Wrong PIN. { $left } more attempts, then access is locked.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Too many wrong PINs: try again in { $seconds } second.
       *[other] Too many wrong PINs: try again in { $seconds } seconds.
    }

operator-title = Operator
operator-assisted = Start an assisted session
operator-close = Close the panel
operator-leave-kiosk = Leave the kiosk (maintenance)
operator-outbox = Outgoing requests
operator-health = Kiosk status
operator-statistics = Statistics
operator-export = Export this month's CSV
# Variables: $file (string)
operator-exported = Saved to { $file }
operator-export-failed = The CSV cannot be saved: check the disk space.
operator-refresh = Refresh

outbox-empty = No outgoing requests.
outbox-reference = Number
outbox-service = Service
outbox-state = State
outbox-age = Age
outbox-attempts = Attempts
outbox-error = Last error
outbox-retry = Retry now
outbox-cancel = Cancel…
outbox-reprint = Reprint the receipt
outbox-cancel-question = Why are you cancelling this request?
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

health-printer = Printer
health-printer-ok = ready
health-disk = Free disk space
health-queue = Requests not yet delivered
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] the oldest has waited { $minutes } minute
       *[other] the oldest has waited { $minutes } minutes
    }
health-metrics = Prometheus metrics
health-metrics-off = off (address in use or not valid)
health-training = Training mode on: nothing goes to the offices, nothing is counted.

stats-today = Today
stats-week = Last 7 days
stats-month = Last 30 days
stats-service = Service
stats-language = Language
stats-mode = Mode
stats-started = Started
stats-completed = Completed
stats-rate = Completion rate
stats-median = Median time
stats-gave-up = Where people stop
stats-none = No data in this period.
stats-mode-self = on their own
stats-mode-assisted = assisted
