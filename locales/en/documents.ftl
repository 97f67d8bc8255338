## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = Date and time
doc-kiosk = Kiosk
# Variables: $phone (string)
doc-help = For help, ask at the help desk or phone { $phone }.
doc-receipt-title = Receipt
doc-service = Service
doc-reference = The number of your request. Keep it: you need it to ask how your request is going.
doc-appointment = Appointment
doc-booking-code = Booking code (you need it to cancel)
doc-next = What happens now
doc-keep = Keep this sheet.

doc-payment-title = pagoPA payment notice
doc-payment-creditor = Body to be paid
doc-payment-creditor-code = Tax code of the body
doc-payment-subject = What you are paying for
doc-payment-amount = Amount
doc-payment-due = Pay by
doc-payment-notice-number = Notice code
doc-payment-how = You can pay with the app IO, at a bank, at the post office, at a tobacconist's or at a chemist's: show the QR code or the notice code.
doc-payment-pay-now = To pay now with your phone, scan this code: it opens the pagoPA payment page.

doc-certificate-title = Certificate
doc-certificate-number = Certificate number
doc-certificate-issued = Issued on
doc-certificate-stamp = Marca da bollo (revenue stamp) of 16 € (only if the certificate is with a stamp: glue it here before using the certificate)

doc-where-title = Where to check
doc-where-permit-status = You can check your permit on the Polizia di Stato (Italian State Police) website (questure.poliziadistato.it, foreigners section) with the number on the Post Office receipt, or ask the Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = You can check your application on the ALI portal of the Ministero dell'Interno (Ministry of the Interior) (portaleservizi.dlci.interno.it) with SPID or CIE, or ask the Prefettura di Arezzo.
doc-where-italian-test-a2 = You can see the result on the ALI portal of the Ministero dell'Interno (Ministry of the Interior) (portaleservizi.dlci.interno.it) with SPID or CIE, or ask the Prefettura di Arezzo.
doc-where-online-magazines = You can get in from home on the library website (toscana.medialibrary.it) with your library card, or ask the Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = You can ask the Centro per l'Impiego (job centre) in Arezzo, via Monte Cervino 24, or search on the Regione Toscana website.
doc-where-job-offers = You can search on the Toscana Lavoro website (lavoro.regione.toscana.it) or ask the Centro per l'Impiego (job centre) in Arezzo, via Monte Cervino 24.

doc-form-title = Form filled in at the kiosk
doc-form-declaration = I declare that the information written above is true. Take this signed form to the office, with an identity document.
doc-form-date = Date
doc-form-signature = Signature
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Aware of the criminal liability for false declarations (articles 75 and 76 of DPR 445/2000), we declare that the information written above is true. The declaration is valid only when all the adults who are moving have signed it and it has been delivered, with a copy of each person's identity document, to the anagrafe (registry office): at the counter, by registered mail (raccomandata) or by PEC (certified e-mail).
doc-yes = Yes
doc-no = No
doc-not-provided = Not given

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = The printer did not print. Your request is saved: the operator can print the sheet again for you.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = The printer did not print. When it is ready, touch "Print again", or ask the operator for help.
printer-paper-out = The printer has run out of paper.
printer-jam = The paper is stuck in the printer.
printer-door-open = The printer door is open.
printer-offline = The printer is switched off or disconnected.
printer-not-answering = The printer is not answering.
printer-stopped = The print queue has stopped.
printer-other = The printer reports a problem.
# Variables: $number (number)
doc-item-number = Person { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Result of the check
doc-result-checked = Checked on
doc-result-source = This is what the public page of the Polizia di Stato (Italian State Police) said at that moment. To check again, open this address:
