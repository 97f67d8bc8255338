## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = TRAINING — practice: nothing is sent to the offices, the papers are specimens.

bar-call-operator = Call an operator
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = We have told the help desk: an operator will come as soon as they can. Stay here.
bar-operator-calling = Telling the help desk…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = I cannot tell the help desk from here. Go to the help desk or raise your hand: an operator will help you.
bar-operator-cancel = Cancel the call
bar-text-size = Bigger text
bar-text-size-reset = Normal text
bar-contrast-high = High contrast
bar-contrast-normal = Normal contrast
bar-listen = Listen
bar-listen-stop = Stop the voice
bar-auto-read-on = Read every page
bar-auto-read-off = Stop reading
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = Your request number is on the screen and on the receipt. I do not read it aloud, to keep it private.

## Service introduction.

intro-start = Start
intro-print = Print this information

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Question { $current } of { $total }
wizard-continue = Continue
wizard-back = Back
wizard-leave = Exit
wizard-leave-question = Do you want to leave this service? The answers you gave will be deleted.
wizard-leave-yes = Yes, leave
wizard-leave-no = No, stay
wizard-optional = (if you want)
wizard-yes = Yes
wizard-no = No
wizard-choose-many = You can touch more than one answer.
wizard-type-here = Touch here to write
wizard-suggestions = Touch the right name:
wizard-no-suggestion = No name found: check the first letters.
wizard-asking = Asking the office…
wizard-try-again = Try again
# Variables: $number (number)
wizard-person = Person { $number }
wizard-add-another-yes = Yes, add a person
wizard-add-another-no = No, go on
wizard-ended-finish = I have finished
wizard-ended-services = Back to services

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = There is a problem
error-summary-hint = Correct what is marked in red. What you wrote is still there.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = Check your answers
check-hint = If something is wrong, touch "Change".
check-change = Change
check-not-provided = Not given
check-send-application = Send the request
check-send-status = Check now
check-send-item = Show the details

## Sending and waiting.

sending-title = Sending the request…
asking-title = Asking the office…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] { $seconds } second has passed.
       *[other] { $seconds } seconds have passed.
    }
sending-saved = The request is already saved in the kiosk: it will not be lost.
sending-continue = Go on without waiting
asking-cancel = Cancel

## Confirmation.

confirm-reference = The number of your request
confirm-keep = Keep the receipt: with this number you can ask how your request is going.
confirm-finish = I have finished
confirm-home = Another service

## Results of a look-up.

result-not-answered = We do not have an answer

## Printing.

print-receipt = Print the receipt
print-form = Print the form to sign
print-payment = Print the payment notice
print-certificate = Print the certificate
print-item = Print the details
print-where = Print where to check
print-again = Print again
print-printing = Printing…
print-done = Printed: take the sheet from the printer.

## The idle warning.

idle-title = Are you still there?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] In { $seconds } second I will delete everything and go back to the start.
       *[other] In { $seconds } seconds I will delete everything and go back to the start.
    }
idle-continue = Yes, continue

## The on-screen keyboard.

keyboard-space = space
keyboard-delete = Delete
keyboard-clear = Clear all
keyboard-capitals = Capitals
keyboard-other-letters = Other letters
keyboard-hide = Close keyboard

## Results: a title for each outcome.

result-refused = The office did not accept the request
result-not-found = No result with these details
print-result = Print the answer

## Formats told before typing; a page that only tells something.

wizard-format-date = Day, month and year in numbers: for example 15/03/1990.
wizard-format-name = In Latin letters, as in your passport.
wizard-note-title = Good to know

## Before "I have finished" when a paper did not print.

papers-title = Have you taken your papers?
papers-not-printed = A sheet was not printed.
papers-what-now = You can print it again, or ask for help at the help desk. If you finish now, this page closes.
papers-finish-anyway = Finish without the sheet
papers-back = Back to the page

## Days of the week (slots are listed by day), Monday first.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
