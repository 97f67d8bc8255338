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
operator-hand-offs = To do on the portal
operator-health = Kiosk status
operator-statistics = Statistics
operator-training = Training
operator-attention = Needs your attention:
operator-export = Export this month's CSV
# Variables: $file (string)
operator-exported = Saved to { $file }
# Variables: $file (string)
operator-exported-usb = Saved to the USB stick: { $file }
# Variables: $file (string)
operator-exported-no-usb = No USB stick inserted: saved to { $file }
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
outbox-error-unreachable = the office does not answer
outbox-error-rate-limited = the office asks to wait
outbox-error-malformed = invalid reply
outbox-error-unknown-operation = unknown operation
outbox-error-unreadable-payload = unreadable data
outbox-error-refused = refused
# Variables: $code (string)
outbox-error-refused-code = refused ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# Variables: $queue (string), $state (string)
health-printer-line = Printer “{ $queue }”: { $state }
health-printer-ok = ready
# Variables: $mib (number)
health-disk-line = Free disk space: { $mib } MiB
# Variables: $count (number)
health-queue-line = Requests not yet delivered: { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] the oldest has waited { $minutes } minute
       *[other] the oldest has waited { $minutes } minutes
    }
# Variables: $address (string)
health-metrics-line = Prometheus metrics: { $address }
health-metrics-off = Prometheus metrics: off (address in use or not valid)
health-speech-ready = Voice: ready in all languages
health-speech-checking = Voice: checking…
# Variables: $languages (string)
health-speech-missing = Voice: voices missing for { $languages } (espeak-ng package)
speech-problem-disabled = Voice: turned off in the configuration
speech-problem-no-program = Voice: espeak-ng is not installed, the Listen button does not appear
speech-problem-no-player = Voice: aplay (alsa-utils package) is not installed, the Listen button does not appear
# Variables: $detail (string)
speech-problem-no-audio = Voice: the audio device does not open ({ $detail }), the Listen button does not appear
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Service turned off, its data is not valid: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Portal labels to check (compare them with the portal and set confirmed = true in assets/portals.toml): { $services }
health-agencies = Offices
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] last reply { $minutes } minute ago
       *[other] last reply { $minutes } minutes ago
    }
agency-state-unknown = no calls so far
agency-state-up = answering
agency-state-slow = answering slowly
agency-state-down = not answering
agency-state-circuit-open = sending paused after too many errors; it will retry by itself shortly

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } request is waiting for your decision (Outgoing requests)
       *[other] { $count } requests are waiting for your decision (Outgoing requests)
    }
# Variables: $mib (number)
attention-disk = Low free disk space: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = The kiosk is working with the real offices.
training-on = Training mode: everything goes to the simulator, documents are specimens, nothing is counted. Real outgoing requests keep being sent.
training-from-config = Training is set in the kiosk configuration (training room).
training-start = Start training
training-stop = Back to real service
training-failed = Training cannot start: the simulator does not start (see the log).
training-faults = Simulated faults at the offices
training-faults-hint = Choose how each office answers, to practise for difficult days.
fault-normal = Normal
fault-slow = Slow
fault-errors = Errors
fault-down = Out of service
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

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = No applications left with the help desk.
hand-off-open = Open
hand-off-close = Close and remove from the screen
hand-off-answers = The answers, with the portal's labels: enter them with the person, who logs in with their own SPID or CIE.
hand-off-gone = The answers to this application are no longer here (deleted after the retention period).
