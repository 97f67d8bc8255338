## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = The outbox ({ $path }) is damaged. A copy has been saved in { $preserved }. The kiosk cannot send applications: call technical support.
# Variables: $path (string)
outbox-key-missing = The outbox key ({ $path }) is missing. Without the key, the queued applications cannot be read: put the key file back or call technical support.
# Variables: $path (string)
outbox-key-wrong = The outbox key ({ $path }) is not the right one. Put the original key file back or call technical support.
outbox-too-new = The outbox was written by a newer version of the program. Update the kiosk or call technical support.
outbox-unavailable = The outbox cannot be opened. The kiosk cannot send applications: call technical support.

outbox-state-queued = Queued
outbox-state-sending = Sending
outbox-state-delivered = Delivered
outbox-state-retry-wait = Waiting to retry
outbox-state-needs-operator = Operator needed
outbox-state-cancelled = Cancelled

outbox-cancel-withdrawn = Withdrawn by the person
outbox-cancel-duplicate = Sent twice
outbox-cancel-wrong-data = Wrong data, redone
outbox-cancel-handled-elsewhere = Resolved at the desk
