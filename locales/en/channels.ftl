## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Sent to the Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = The system of the Comune di Arezzo (the town hall) has received the request. Comune number: { $agency_reference }.
channel-comune-queued-title = Saved in the kiosk
channel-comune-queued-status = The request is saved in the kiosk and goes to the Comune as soon as its system answers. The Comune has not received it yet. You do not need to do anything: if there is a problem, the help desk will call you.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Booking made
# Variables: $agency_reference (string)
channel-pagopa-sent-status = The CUP (booking centre) of the Azienda USL has registered the booking. CUP number: { $agency_reference }. If there is a fee (ticket), you pay it with the pagoPA notice: at a bank, at the post office, at a tobacconist's or with the app.
channel-pagopa-queued-title = Saved in the kiosk
channel-pagopa-queued-status = The request is saved in the kiosk and goes to the CUP as soon as it answers. It is not a booking yet: if the time is no longer free, the help desk will call you.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = The ticket to pay (pagoPA)
pagopa-checking = Checking the payment notice with pagoPA…
pagopa-amount = Amount
pagopa-due = Pay by
pagopa-state-payable = The notice is valid: you can pay it now with your phone, or with the printed notice at a bank, at the post office, at a tobacconist's or with the app IO.
pagopa-state-overdue = The due date has passed, but the notice can still be paid.
pagopa-state-paid = This notice is recorded as already paid: do not pay it again.
pagopa-state-expired = This notice has expired and can no longer be paid: we are not printing it. Ask at the CUP desk how to pay the ticket.
pagopa-state-invalid = This notice has been cancelled by the Azienda USL: we are not printing it. Ask at the CUP desk.
pagopa-unknown = pagoPA does not know this notice: we are not printing it. Ask at the CUP desk how to pay the ticket.
pagopa-unreachable = Right now we cannot check the notice with pagoPA, so we are not printing it. The booking is still valid: ask at the help desk how to pay the ticket.
pagopa-not-verified = We could not check the notice with pagoPA, so we are not printing it. The booking is still valid: ask at the help desk how to pay the ticket.
pagopa-pay-now = To pay now with your phone, scan this code: it opens the pagoPA payment page.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Ready for the portal
channel-portal-prepared-status = We have not sent anything. You can make this application only on the portal, with your SPID or your CIE. On the sheet you will find the address, how to log in and your answers: you can do it at home, or here with an operator.
channel-portal-sent-title = The help desk has your answers
# Variables: $agency_reference (string)
channel-portal-sent-status = The help desk has received your answers (number { $agency_reference }). An operator will make the application with you on the portal, with your SPID or your CIE. The office has not received anything yet.
channel-portal-queued-title = Saved for the help desk
channel-portal-queued-status = Your answers are saved in the kiosk and go to the help desk as soon as the Comune's system answers. The office has not received anything yet: the application is made on the portal.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Answer from the Polizia di Stato page
channel-public-page-answered-status = This is what the public page of the Polizia di Stato (State Police) says now for your number. The kiosk has not sent any application.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = From the published list
channel-catalogue-answered-status = This information comes from the list that the office publishes. The kiosk has not sent any application: to sign up or apply, follow the steps in the details.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (Ministry of the Interior)
portal-name-testitaliano = Test di italiano (Italian test, Ministry of the Interior)
portal-name-unica = Unica (Ministry of Education and Merit)
portal-login-title = How to log in to the portal
portal-login-spid = With SPID: choose your provider and confirm with its app on your phone.
portal-login-cie-app = With your CIE and the CieID app: the app reads the card and scans the QR code on the screen.
portal-login-cie-reader = With your CIE on the help desk's card reader: you need the card's PIN.
portal-login-cns = With the Carta Nazionale dei Servizi (your activated health card) and a card reader.
portal-login-eidas = With a digital identity from another country of the European Union (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = Do you want to do it here with an operator? Your answers go to the Comune's help desk. The kiosk deletes them { $days ->
        [one] after one day
       *[other] after { $days } days
    }.
portal-hand-off = Ask the help desk to do it with me
check-send-portal = Prepare the sheet for the portal
print-portal = Print the sheet for the portal

## The "continue on the portal" sheet.

doc-portal-title = Continue on the portal
doc-portal-nothing-sent = This sheet is not an application: the kiosk has not sent anything to the office. The application is made on the portal, with your digital identity.
doc-portal-ready = What to have ready
doc-portal-answers = Your answers, with the names they have on the portal
