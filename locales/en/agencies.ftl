## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = The office's service is not answering right now. You have lost nothing: try again later or ask the operator.
agency-where-else = You can also check by yourself, on the office's website, or ask at the desk. The operator can print you a sheet with the addresses.
agency-problem-other = The office could not accept the request as it is. Ask the operator.
agency-problem-no-such-reference = The office cannot find any application with this number and this date of birth. Check the number on the receipt.
agency-problem-card-not-valid = The library does not recognise the card: check the number and the surname, or ask at the library.
agency-problem-slot-taken = Someone else has just taken this place. Choose another day or another time.
agency-problem-prescription-not-found = The CUP (booking centre) cannot find this prescription. Check the number (NRE) on the prescription, or ask the operator.
agency-problem-prescription-used = This prescription has already been used for a booking.
agency-problem-already-applied = The office already has an application the same as this one.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = The residence permit is ready. The Questura (police office for permits) sends you an SMS with the day and the place to collect it.
status-permit-status-in-progress = The residence permit is being processed: it is not ready yet. Check again in a few days.
status-permit-status-not-in-archive = This number is not in the records of the Polizia di Stato (Italian State Police). Check the number on the receipt. If it is right, maybe the application has not arrived yet: try again in a few days or ask the operator.
permit-page-unreadable = We could not read the answer from the Polizia di Stato page. Open the page with the operator, or on your phone with this QR code, and type your number.



item-provider = Organised by
item-place = Place
item-hours = Hours
item-certificate = Certificate
item-requirements = Requirements
item-cost = Cost
item-starts-on = Starts
item-deadline = Deadline
item-contact = Contacts
item-posts = Places
item-contract = Contract
item-language = Language
item-how-to-read = How to read it
